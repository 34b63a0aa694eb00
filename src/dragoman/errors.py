"""One catalogue of the errors dragoman raises, each with a code and a message that says what to do."""

from __future__ import annotations


class DragomanError(Exception):
    """Base of every error dragoman raises on purpose."""

    code = "D000"

    def __init__(self, message: str, *, where: str | None = None) -> None:
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)


class InputError(DragomanError, ValueError):
    """A document cannot be read: empty, binary, too large, not JSON, bad metadata."""

    code = "D100"


class UnsupportedLanguageError(InputError):
    """The document is in a language dragoman has no pipeline for."""

    code = "D110"


class ConfigError(DragomanError, ValueError):
    """A setting or option has a value that is not allowed."""

    code = "D200"


class KnowledgeBaseError(DragomanError, ValueError):
    """A knowledge-base file is malformed: the message names the file and the entry."""

    code = "D300"


class EmptyInputError(InputError):
    """A document has no text: the file is empty or holds only whitespace."""

    code = "D101"


class BinaryInputError(InputError):
    """A file holds binary data, not text: an image, an archive, a PDF."""

    code = "D102"


class InputTooLargeError(InputError):
    """A document is over the size limit: split it into smaller documents."""

    code = "D103"


class MalformedInputError(InputError):
    """A corpus line or a metadata sidecar is malformed: not JSON, not an object, a field of a wrong type."""

    code = "D104"


class DuplicateDocumentError(InputError):
    """Two documents of one run carry the same doc_id: the later one is skipped."""

    code = "D105"


class StoreError(DragomanError, RuntimeError):
    """The event store cannot be opened, written or read (names the database)."""

    code = "D400"
