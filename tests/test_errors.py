"""The error catalogue: every class has its own code, an exit status and an HTTP status, and the guide
lists each with what to do."""

from __future__ import annotations

import re
from pathlib import Path

from dragoman.errors import InputError, MissingFileError, catalogue


def test_every_error_has_its_own_code_and_statuses() -> None:
    errors = list(catalogue())
    assert len({e.code for e in errors}) == len(errors)
    assert all(e.exit_status in (1, 2) and 400 <= e.http_status < 600 for e in errors)


ROOT = Path(__file__).parents[1]


def test_the_guide_lists_every_code_with_what_it_means_and_what_to_do() -> None:
    guide = (ROOT / "docs" / "errors.md").read_text("utf-8")
    for error in catalogue():
        row = f"| {error.code} | {error.__name__} | {error.exit_status} | {error.http_status} |"
        assert row in guide, f"docs/errors.md has no row {row}"
        line = next(line for line in guide.splitlines() if line.startswith(row))
        means, to_do = (cell.strip() for cell in line[len(row) :].strip().strip("|").split(" | "))
        assert means and to_do, f"docs/errors.md: {error.code} needs what it means and what to do"


def test_every_code_the_documentation_cites_is_in_the_catalogue() -> None:
    codes = {error.code for error in catalogue()}
    for page in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        cited = set(re.findall(r"\bD\d{3}\b", page.read_text("utf-8")))
        assert cited <= codes, f"{page.name} cites unknown codes {sorted(cited - codes)}"


def test_the_place_is_kept_apart_from_the_message() -> None:
    error = MissingFileError("no such file: check the path").at("a.txt")
    assert (error.where, error.message, str(error)) == (
        "a.txt",
        "no such file: check the path",
        "a.txt: no such file: check the path",
    )
    assert isinstance(error, InputError) and error.at("b.txt") is error  # a place once given stays
