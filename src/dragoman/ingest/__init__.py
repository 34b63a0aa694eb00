"""Ingest stage: text, HTML and JSONL files in, Documents (text as decoded, offsets into it) out."""

from dragoman.ingest.corpus import read_corpus
from dragoman.ingest.reader import read_inputs
from dragoman.ingest.text import MAX_FILE_BYTES, MAX_TEXT_CHARS, read_text_file

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_TEXT_CHARS",
    "read_corpus",
    "read_inputs",
    "read_text_file",
]
