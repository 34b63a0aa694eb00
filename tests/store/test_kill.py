"""A run killed with SIGKILL in the middle, then run again, stores exactly what an uninterrupted run does."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from dragoman.store import open_store
from tests.store.conftest import write_articles

pytestmark = pytest.mark.slow

COUNTRIES = [
    "La France",
    "L'Allemagne",
    "Le Japon",
    "Le Canada",
    "L'Italie",
    "L'Espagne",
    "La Suède",
    "Le Brésil",
]
DRAGOMAN = [sys.executable, "-c", "from dragoman.cli import main; main()"]


def _corpus(folder: Path) -> Path:
    return write_articles(
        folder,
        {
            f"{n:02d}.txt": f"PARIS, {n + 1} mars 2024 (AFP) - {who} a condamné l'essai de missile "
            f"de la Corée du Nord, a déclaré le ministère des Affaires étrangères."
            for n, who in enumerate(COUNTRIES)
        },
    )


def _counts(url: str) -> dict[str, int]:
    with open_store(url) as store:
        return store.counts()


def _ingest(url: str, folder: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*DRAGOMAN, "ingest", str(folder), "--db", url, "--batch", "1"],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "COLUMNS": "200"},
    )


def test_sigkill_in_the_middle_then_rerun_gives_the_uninterrupted_counts(
    store_url: str, tmp_path: Path
) -> None:
    folder = _corpus(tmp_path / "corpus")
    reference = str(tmp_path / "reference.duckdb")
    assert _ingest(reference, folder).wait(timeout=300) == 0

    run = _ingest(store_url, folder)
    assert run.stderr is not None
    committed = 0
    for line in run.stderr:
        if line.startswith("committed"):
            committed += 1
            if committed == 2:
                run.send_signal(signal.SIGKILL)
                break
    run.wait(timeout=60)
    assert run.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    partial = _counts(store_url)
    assert 2 <= partial["documents"] < len(COUNTRIES)

    assert _ingest(store_url, folder).wait(timeout=300) == 0
    assert _counts(store_url) == _counts(reference)


def _events(url: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*DRAGOMAN, "events", "--db", url, "--format", "jsonl"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "COLUMNS": "200"},
    )


def test_ctrl_c_between_batches_says_how_to_resume_and_readers_say_the_store_lags(
    store_url: str, tmp_path: Path
) -> None:
    folder = _corpus(tmp_path / "corpus")
    run = _ingest(store_url, folder)
    assert run.stderr is not None
    committed = 0
    for line in run.stderr:
        if line.startswith("committed"):
            committed += 1
            if committed == 2:
                run.send_signal(signal.SIGINT)
                break
    rest = run.stderr.read()
    run.wait(timeout=60)
    assert run.returncode == 130, rest
    assert "new document(s) stored; run the same command again to resume" in rest

    # Batches are stored, their stories are not merged yet: a reader says so rather than show fewer.
    lagging = _events(store_url)
    assert lagging.returncode == 0
    assert "not merged" in lagging.stderr and "dragoman ingest" in lagging.stderr

    assert _ingest(store_url, folder).wait(timeout=300) == 0
    done = _events(store_url)
    assert done.returncode == 0 and "not merged" not in done.stderr
    assert len(done.stdout.splitlines()) == _counts(store_url)["stories"] > 0


def test_a_writer_merges_what_an_interrupted_run_left_before_reading_anything(
    store_url: str, tmp_path: Path
) -> None:
    # A run stopped right after its last batch: every document is stored, no story is. A rerun of the
    # same input reads nothing new and still leaves the store whole.
    folder = _corpus(tmp_path / "corpus")
    assert _ingest(store_url, folder).wait(timeout=300) == 0
    with open_store(store_url) as store:
        stories = store.counts()["stories"]
        store.replace_stories([])
        store.db.execute("UPDATE store_info SET value = '1' WHERE key = 'stories_stale'")
    assert "not merged" in _events(store_url).stderr
    assert _ingest(store_url, folder).wait(timeout=300) == 0
    assert _counts(store_url)["stories"] == stories
    assert "not merged" not in _events(store_url).stderr


def test_two_writers_at_once_store_the_corpus_once(store_url: str, tmp_path: Path) -> None:
    # The second waits for the first (PostgreSQL) or is refused with who holds the file (DuckDB); rerun
    # when refused, the store ends as one uninterrupted run leaves it, and nothing raised a traceback.
    folder = _corpus(tmp_path / "corpus")
    reference = str(tmp_path / "reference.duckdb")
    assert _ingest(reference, folder).wait(timeout=300) == 0
    first, second = _ingest(store_url, folder), _ingest(store_url, folder)
    outs = [p.communicate(timeout=300)[1] for p in (first, second)]
    assert all("Traceback" not in out for out in outs), outs
    codes = [first.returncode, second.returncode]
    if store_url.startswith("postgresql"):
        assert codes == [0, 0], outs
        assert any("waiting for it to finish" in out for out in outs), outs
    else:
        assert 0 in codes, outs
        refused = [out for code, out in zip(codes, outs, strict=True) if code]
        assert all("open in another process" in out for out in refused), outs
    assert _ingest(store_url, folder).wait(timeout=300) == 0
    assert _counts(store_url) == _counts(reference)


def test_a_second_writer_told_not_to_wait_is_refused(store_url: str, tmp_path: Path) -> None:
    if not store_url.startswith("postgresql"):
        pytest.skip("a DuckDB file refuses a second process anyway (test above)")
    folder = _corpus(tmp_path / "corpus")
    with open_store(store_url):  # this test holds the writer lock
        late = subprocess.run(
            [*DRAGOMAN, "ingest", str(folder), "--db", store_url, "--no-wait"],
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ, "COLUMNS": "200"},
        )
    assert late.returncode != 0 and "Traceback" not in late.stderr
    assert "another process writes this store" in late.stderr and "dragoman (pid" in late.stderr
    assert _counts(store_url)["documents"] == 0


def test_ten_kills_at_random_points_then_a_rerun_give_the_uninterrupted_store(
    store_url: str, tmp_path: Path
) -> None:
    # Each run is killed after a random number of committed batches and a random moment more (while it
    # extracts, writes, or merges the stories), and goes on from where the last one stopped. Between two
    # runs a reader shows events, or says the store lags behind: never a silently empty store.
    import random
    import time

    folder = _corpus(tmp_path / "corpus")
    reference = str(tmp_path / "reference.duckdb")
    assert _ingest(reference, folder).wait(timeout=300) == 0
    chance = random.Random(20261204)
    for _ in range(10):
        after, pause = chance.randrange(0, 4), chance.uniform(0.0, 0.5)
        run = _ingest(store_url, folder)
        assert run.stderr is not None
        seen = 0
        for line in run.stderr:
            if line.startswith("committed"):
                seen += 1
                if seen >= after:
                    break
        time.sleep(pause)
        run.send_signal(signal.SIGKILL)
        run.wait(timeout=60)
        stored = _counts(store_url)
        if stored["documents"]:
            shown = _events(store_url)
            assert shown.returncode == 0, shown.stderr
            assert shown.stdout.strip() or "not merged" in shown.stderr, (stored, shown.stderr)
    assert _ingest(store_url, folder).wait(timeout=300) == 0
    assert _counts(store_url) == _counts(reference)
