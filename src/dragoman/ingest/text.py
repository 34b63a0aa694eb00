"""Text and HTML files: decoding (UTF-8, else detected), refusing binary, empty and oversized files."""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from dragoman.errors import (
    BinaryInputError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
    MissingFileError,
)
from dragoman.ingest.html import HTML_NOTE, extract_html, looks_like_html
from dragoman.ingest.meta import Given, build_document, read_sidecar
from dragoman.model import Document, content_hash

# A file is refused from its size on disk before a byte is read, so a 50 MB file costs nothing.
MAX_FILE_BYTES = 5 * 1024 * 1024
# spaCy's default nlp.max_length: a longer text would fail later, in the middle of a run.
MAX_TEXT_CHARS = 1_000_000
HTML_SUFFIXES = frozenset({".html", ".htm"})
# Above this share of control characters, decoded "text" is binary data that happened to decode.
_MAX_CONTROL_SHARE = 0.01
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# BOMs that say the encoding outright; UTF-32 before UTF-16, whose BOM is its prefix.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# On a short text charset-normalizer cannot tell cp1252 from cp1250 or cp1257 (they differ on "à", "ç",
# "ë"): a code page the caller prefers (those its languages are written in) wins when it is nearly as
# plausible as the best one.
_PREFERRED_TOLERANCE = 0.1
SPLIT_ADVICE = "split it into files of at most 5 MB, or put its articles in a JSONL corpus, one per line"


@dataclass(frozen=True)
class Decoded:
    text: str
    note: str | None  # set when the encoding was not plain UTF-8


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _binary(detail: str, what: str = "file") -> BinaryInputError:
    return BinaryInputError(f"binary {what}, not text ({detail}): give text, HTML or a JSONL corpus")


def decode(data: bytes, code_pages: Sequence[str] = ()) -> Decoded:
    """Decode file bytes: a BOM's encoding, else UTF-8, else what charset-normalizer detects, preferring
    the `code_pages` given when they are nearly as plausible."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                raise _binary(f"starts with a {encoding} byte-order mark but does not decode") from None
            note = None if encoding == "utf-8-sig" else f"decoded as {encoding} (byte-order mark)"
            return Decoded(text.removeprefix("\ufeff"), note)
    if b"\x00" in data:
        raise _binary("contains NUL bytes")
    try:
        return Decoded(data.decode("utf-8"), None)
    except UnicodeDecodeError:
        pass
    matches = list(from_bytes(data))
    if not matches:
        raise _binary("no text encoding fits its bytes")
    best = matches[0]
    preferred = [
        m for m in matches if m.encoding in code_pages and m.chaos <= best.chaos + _PREFERRED_TOLERANCE
    ]
    chosen = preferred[0] if preferred else best
    return Decoded(str(chosen), f"decoded as {chosen.encoding} (detected)")


def check_text(text: str, what: str) -> None:
    """Refuse text that is empty, mostly control characters, or too long for the language stage."""
    if not text.strip():
        raise EmptyInputError(f"empty: the {what} is empty or only whitespace")
    if len(_CONTROL.findall(text)) > _MAX_CONTROL_SHARE * len(text):
        raise _binary(f"the {what} is mostly control characters", "data")
    if len(text) > MAX_TEXT_CHARS:
        raise InputTooLargeError(
            f"the {what} has {len(text):,} characters, over the limit of {MAX_TEXT_CHARS:,}: "
            "split it into shorter documents"
        )


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, refused on its size before reading; the read is capped in case the file grows."""
    try:
        size = os.stat(path).st_size
        if size > MAX_FILE_BYTES:
            raise InputTooLargeError(
                f"file is {_megabytes(size)}, over the limit of {_megabytes(MAX_FILE_BYTES)}: {SPLIT_ADVICE}"
            )
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise MissingFileError("no such file: check the path") from None
    except IsADirectoryError:
        raise InputError("is a directory: give it to read_inputs, which walks directories") from None
    except OSError as err:
        raise InputError(f"cannot read the file ({err.strerror or err}): check its permissions") from None
    if len(data) > MAX_FILE_BYTES:
        raise InputTooLargeError(f"file is over the limit of {_megabytes(MAX_FILE_BYTES)}: {SPLIT_ADVICE}")
    return data


def _read_text_file(path: Path, given: Given, doc_id: str | None) -> Document:
    data = _read_bytes(path)
    if not data:
        raise EmptyInputError("empty: the file has no bytes")
    decoded = decode(data, given.code_pages)
    notes = [decoded.note] if decoded.note else []
    text, title = decoded.text, None
    if path.suffix.lower() in HTML_SUFFIXES or looks_like_html(text):
        page = extract_html(text)
        text, title = page.text, page.title
        notes.append(HTML_NOTE)
        check_text(text, "HTML page's visible text")
    else:
        check_text(text, "file")
    return build_document(
        text,
        doc_id=text_id(text) if given.id_from == "hash" else doc_id or path.stem,
        source=str(path),
        meta=read_sidecar(path),
        given=given,
        title=title,
        notes=notes,
    )


def text_id(text: str) -> str:
    """A doc_id from the text alone (`--id-from hash`): the same text has it wherever it lies."""
    return "sha256-" + content_hash(text)[:16]


def read_text_file(path: Path, given: Given | None = None, doc_id: str | None = None) -> Document:
    """Read one text or HTML file (with its NAME.meta.json sidecar); raise InputError naming the file.
    The doc_id is the sidecar's, else `doc_id`, else the file's name without suffix (or the text's hash
    when the caller asks for that)."""
    try:
        return _read_text_file(path, given or Given(), doc_id)
    except InputError as err:
        raise err.at(str(path)) from None
