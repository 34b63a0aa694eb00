"""Shared fixtures: spaCy pipelines and the extractor are loaded once per test session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from dragoman.model import Document, Event, PartialDate

SHARED = Path(__file__).resolve().parents[2] / "shared"


def shared_path(relative: str) -> Path:
    """A file of ../shared, or skip the test with a message saying what is missing."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} is absent: this test reads the shared development data beside the repository")
    return path


@pytest.fixture(scope="session")
def extractor():  # type: ignore[no-untyped-def]
    from dragoman.pipeline import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def events_of(extractor) -> Callable[..., list[Event]]:  # type: ignore[no-untyped-def]
    """Extract the events of a text written for the test."""

    def run(text: str, lang: str = "fr", published: str | None = "2023-06-15") -> list[Event]:
        doc = Document(
            doc_id="t",
            text=text,
            language=lang,
            published=PartialDate.parse(published) if published else None,
        )
        return list(extractor.document(doc).events)

    return run
