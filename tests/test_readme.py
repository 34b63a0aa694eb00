"""Every code block of the README runs as written, on a small folder of articles written for this test.

Shell lines run one by one in that folder with the installed `dragoman` on the PATH; Python blocks run
there too; the JSON record parses and follows the contract; the YAML knowledge-base file loads. Lines
starting with `make` are the set-up itself (what CI runs), and the PostgreSQL line runs only where the
test server of `make test` is up.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dragoman.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
BLOCK = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)
PG_EXAMPLE = "postgresql://user@host/dbname"

ARTICLES = {
    "folder/ankara.txt": (ROOT / "examples" / "demo-fr.txt").read_text("utf-8"),
    "folder/bruxelles.txt": (
        "BRUXELLES, 9 avril 2024 – L'Union européenne a imposé de nouvelles sanctions à la Russie."
    ),
}
CORPUS = [
    {
        "doc_id": "c1",
        "published": "2024-02-02",
        "text": "La France a condamné vendredi l'essai de missile nord-coréen.",
    },
    {
        "doc_id": "c2",
        "language": "en",
        "text": "Turkey's foreign minister met his Iranian counterpart in Ankara.",
    },
]
GOLD = {
    "doc": "article",
    "id": "article:E1",
    "required": True,
    "types": ["CONSULT"],
    "directed": False,
    "actor": {"any": ["turc"], "country": "TUR"},
    "recipient": {"any": ["iranien"], "country": "IRN"},
    "date": None,
}
ENTITIES = """organizations:
  - id: kb:org:anadolu
    name: Anadolu Agency
    kind: media
    country: TUR
    aliases: {fr: [agence Anadolu], en: [Anadolu]}
"""


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    here = tmp_path_factory.mktemp("readme")
    for name, text in ARTICLES.items():
        (here / name).parent.mkdir(parents=True, exist_ok=True)
        (here / name).write_text(text, encoding="utf-8")
    shutil.copy(ROOT / "examples" / "demo-fr.txt", here / "article.txt")
    (here / "article.meta.json").write_text('{"doc_id": "article", "published": "2024-03-14"}', "utf-8")
    (here / "corpus.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in CORPUS), "utf-8"
    )
    (here / "gold.jsonl").write_text(json.dumps(GOLD) + "\n", "utf-8")
    (here / "my-entities.yaml").write_text(ENTITIES, "utf-8")
    return here


def blocks() -> list[tuple[str, str]]:
    return [(m.group(1), m.group(2)) for m in BLOCK.finditer((ROOT / "README.md").read_text("utf-8"))]


def _shell(line: str, folder: Path) -> None:
    if line.startswith("DRAGOMAN_DB=postgresql"):
        server = os.environ.get("DRAGOMAN_TEST_PG")
        if not server:
            return  # the PostgreSQL line needs the server `make test` starts; the store tests cover it
        line = line.replace(PG_EXAMPLE, shlex.quote(server))
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    env.pop("DRAGOMAN_DB", None)
    done = subprocess.run(
        ["bash", "-c", line], cwd=folder, env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, f"README line failed: {line}\n{done.stderr[-2000:]}"
    assert "Traceback" not in done.stderr


def test_every_code_block_runs(folder: Path) -> None:
    found = blocks()
    kinds = {kind for kind, _ in found}
    assert kinds == {"", "python", "json", "yaml"}, kinds
    for kind, body in found:
        if kind == "":
            for line in body.splitlines():
                if line.strip() and not line.startswith("make "):
                    _shell(line, folder)
        elif kind == "python":
            done = subprocess.run(
                [sys.executable, "-c", body], cwd=folder, capture_output=True, text=True, timeout=600
            )
            assert done.returncode == 0, f"README Python block failed:\n{body}\n{done.stderr[-2000:]}"
        elif kind == "json":
            record = json.loads(body)
            assert {"doc_id", "event_id", "event_type", "actors", "recipients", "evidence"} <= set(record)
        else:
            path = folder / "readme-kb.yaml"
            path.write_text(body, "utf-8")
            kb = KnowledgeBase.load([path])
            assert kb.lookup("My NGO") and kb.lookup("Jane Doe")
    assert (folder / "network.png").stat().st_size > 0 and (folder / "gdelt.csv").stat().st_size > 0
