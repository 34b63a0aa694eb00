"""Document metadata from sidecars and corpus records, and the precedence that builds a Document."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from dragoman.errors import MalformedInputError
from dragoman.model import Document, PartialDate

SIDECAR_SUFFIX = ".meta.json"
# The fields a sidecar or a corpus record may set; anything else (a "note" for humans) is ignored.
_STRING_FIELDS = ("doc_id", "language", "title", "url")


@dataclass(frozen=True)
class Metadata:
    """What a sidecar or a corpus record says about a document; None where it says nothing."""

    doc_id: str | None = None
    language: str | None = None
    published: PartialDate | None = None
    title: str | None = None
    url: str | None = None
    origin: str = "metadata"  # named in notes: "the sidecar x.meta.json", "the corpus record"


class IdFrom(StrEnum):
    """How a file without a doc_id of its own (in a sidecar) is named: its name without suffix, its path
    under the folder it was found in, or a hash of its text."""

    STEM = "stem"
    PATH = "path"
    HASH = "hash"


@dataclass(frozen=True)
class Given:
    """What the caller says for every document of the run; it wins over any metadata. `code_pages` are
    the encodings to prefer for a file that is not UTF-8 (those its languages are written in)."""

    published: PartialDate | None = None
    language: str | None = None
    code_pages: tuple[str, ...] = ()
    id_from: IdFrom = IdFrom.STEM


def parse_published(value: str) -> PartialDate:
    """YYYY, YYYY-MM, YYYY-MM-DD, or a longer ISO timestamp cut to its day; ValueError otherwise."""
    text = value.strip()
    if len(text) > 10 and text[10] in "Tt ":
        text = text[:10]
    return PartialDate.parse(text)


def _string_field(record: Mapping[str, Any], key: str, where: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if key == "doc_id" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise MalformedInputError(
            f"field {key!r} must be a string, not {type(value).__name__}: fix the record", where=where
        )
    return value.strip() or None


def metadata_from_record(record: Mapping[str, Any], where: str, origin: str) -> Metadata:
    """Read the metadata fields of a JSON object; raise MalformedInputError naming the bad field."""
    strings = {key: _string_field(record, key, where) for key in _STRING_FIELDS}
    raw_published = record.get("published")
    published = None
    if raw_published is not None:
        if not isinstance(raw_published, str):
            raise MalformedInputError(
                f"field 'published' must be a string like \"2016-01-24\", not {raw_published!r}", where=where
            )
        if raw_published.strip():
            try:
                published = parse_published(raw_published)
            except ValueError as err:
                raise MalformedInputError(f"field 'published': {err}", where=where) from None
    return Metadata(published=published, origin=origin, **strings)


def sidecar_path(path: Path) -> Path:
    """NAME.meta.json beside NAME.txt (or NAME.html)."""
    return path.with_name(path.stem + SIDECAR_SUFFIX)


def read_sidecar(path: Path) -> Metadata:
    """The metadata in the sidecar of `path`, empty if there is none; a malformed one raises, naming it."""
    sidecar = sidecar_path(path)
    if not sidecar.is_file():
        return Metadata()
    where = str(sidecar)
    try:
        record = json.loads(sidecar.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise MalformedInputError(
            f"metadata sidecar is not readable JSON ({err}): fix it or remove it", where=where
        ) from None
    if not isinstance(record, dict):
        raise MalformedInputError(
            f"metadata sidecar must hold a JSON object, not {type(record).__name__}", where=where
        )
    return metadata_from_record(record, where, origin=f"the sidecar {sidecar.name}")


def build_document(
    text: str,
    *,
    doc_id: str,
    source: str,
    meta: Metadata,
    given: Given,
    title: str | None = None,
    notes: Sequence[str] = (),
) -> Document:
    """Apply the precedence caller > metadata and say in notes where the date came from (without either,
    the language stage reads the dateline)."""
    kept = list(notes)
    language = given.language or meta.language
    published = given.published or meta.published
    if given.published is not None:
        kept.append(f"published {given.published} given by the caller")
    elif meta.published is not None:
        kept.append(f"published {meta.published} from {meta.origin}")
    return Document(
        doc_id=meta.doc_id or doc_id,
        text=text,
        language=language,
        published=published,
        title=meta.title or title,
        url=meta.url,
        source=source,
        notes=kept,
    )
