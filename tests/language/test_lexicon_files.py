"""Every trigger entry of each language's lexicon.yaml is checked by tools/check_lexicon.py: PLOVER type
and mode, known fields, and an example the language's pipeline reads with the entry's lemma."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_lexicon_has_no_fault(lang: str) -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "tools/check_lexicon.py"), lang],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert run.stdout.rstrip().endswith("0 fault(s)")
