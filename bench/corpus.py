"""The articles a benchmark runs on: `CORPUS.jsonl [N]` from the command line, else the first 200 of
../shared's French Wikinews corpus."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

DEFAULT = Path(__file__).resolve().parents[2] / "shared/corpora/wikinews-fr-2016-2018.jsonl"


def articles_from_argv() -> list[dict[str, Any]]:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    if not corpus.exists():
        sys.exit(f"{corpus} is absent: give a JSONL corpus")
    return [json.loads(line) for line in corpus.read_text("utf-8").splitlines()[:n]]
