"""Every store test runs on both backends: a DuckDB file, and a real PostgreSQL server when one is up."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

NO_SERVER = (
    "DRAGOMAN_TEST_PG is not set: PostgreSQL tests need the server that `make test` starts "
    "(.ci/with-postgres, from Debian's postgresql package)"
)


def _database(admin: str, name: str) -> str:
    parts = urlsplit(admin)
    return urlunsplit(parts._replace(path=f"/{name}"))


@pytest.fixture(params=["duckdb", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty store on each backend."""
    if request.param == "duckdb":
        yield str(tmp_path / "events.duckdb")
        return
    admin = os.environ.get("DRAGOMAN_TEST_PG")
    if not admin:
        pytest.skip(NO_SERVER)
    import psycopg

    name = f"dragoman_test_{uuid.uuid4().hex[:12]}"
    try:
        with psycopg.connect(admin, autocommit=True, connect_timeout=5) as conn:
            conn.execute(f"CREATE DATABASE {name}")
    except psycopg.Error as exc:
        pytest.skip(f"PostgreSQL at DRAGOMAN_TEST_PG cannot be used: {exc}")
    yield _database(admin, name)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


MEETING_FR = (
    "DOHA, 14 mars 2024 (AFP) - Le ministre omanais des Affaires étrangères, Badr Albusaidi, a rencontré "
    "mardi à Téhéran le président iranien. Les deux hommes ont discuté de la sécurité dans le Golfe."
)
PROTEST_FR = (
    "PARIS, 2 février 2024 (AFP) - La France a condamné vendredi l'essai de missile de la Corée du Nord, "
    "a déclaré le ministère des Affaires étrangères."
)
SANCTION_FR = (
    "BRUXELLES, 9 avril 2024 (AFP) - L'Union européenne a imposé de nouvelles sanctions à la Russie, "
    "selon un communiqué du Conseil."
)


def write_articles(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """A folder of three short French articles written for these tests."""
    return write_articles(
        tmp_path / "articles", {"oman.txt": MEETING_FR, "france.txt": PROTEST_FR, "ue.txt": SANCTION_FR}
    )
