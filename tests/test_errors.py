"""The error catalogue: every class has its own code, an exit status and an HTTP status, and the guide
lists each with what to do."""

from __future__ import annotations

from pathlib import Path

from dragoman.errors import InputError, MissingFileError, catalogue


def test_every_error_has_its_own_code_and_statuses() -> None:
    errors = list(catalogue())
    assert len({e.code for e in errors}) == len(errors)
    assert all(e.exit_status in (1, 2) and 400 <= e.http_status < 600 for e in errors)


def test_the_guide_lists_every_code() -> None:
    guide = (Path(__file__).parents[1] / "docs" / "errors.md").read_text("utf-8")
    for error in catalogue():
        row = f"| {error.code} | {error.__name__} | {error.exit_status} | {error.http_status} |"
        assert row in guide, f"docs/errors.md has no row {row}"


def test_the_place_is_kept_apart_from_the_message() -> None:
    error = MissingFileError("no such file: check the path").at("a.txt")
    assert (error.where, error.message, str(error)) == (
        "a.txt",
        "no such file: check the path",
        "a.txt: no such file: check the path",
    )
    assert isinstance(error, InputError) and error.at("b.txt") is error  # a place once given stays
