"""One catalogue of the errors dragoman raises: each class has a code, a command-line exit status and an
HTTP status, so the CLI and the API answer the same error the same way (`exit_status`, `http_status`).

An error keeps its message and the place it is about (`where`: a file, "file:line", a database) apart;
`str(error)` joins them, and whoever prints it adds nothing more.
"""

from __future__ import annotations

from collections.abc import Iterator


class DragomanError(Exception):
    """Base of every error dragoman raises on purpose."""

    code = "D000"
    exit_status = 2
    http_status = 500

    def __init__(self, message: str, *, where: str | None = None) -> None:
        self.message = message
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)

    def at(self, where: str) -> DragomanError:
        """The same error about `where`, unless it already names a place."""
        if self.where is not None:
            return self
        located = type(self)(self.message, where=where)
        located.__cause__ = self.__cause__
        return located


class InputError(DragomanError, ValueError):
    """A document cannot be read: empty, binary, too large, not JSON, bad metadata."""

    code = "D100"
    http_status = 400


class EmptyInputError(InputError):
    """A document has no text: the file is empty or holds only whitespace."""

    code = "D101"
    http_status = 422


class BinaryInputError(InputError):
    """A file holds binary data, not text: an image, an archive, a PDF."""

    code = "D102"
    http_status = 415


class InputTooLargeError(InputError):
    """A document is over the size limit: split it into smaller documents."""

    code = "D103"
    http_status = 413


class MalformedInputError(InputError):
    """A corpus line or a metadata sidecar is malformed: not JSON, not an object, a field of a wrong type."""

    code = "D104"


class DuplicateDocumentError(InputError):
    """Two documents of one run carry the same doc_id: the later one is skipped."""

    code = "D105"
    http_status = 409


class MissingFileError(InputError):
    """A file named on the command line does not exist or cannot be opened."""

    code = "D106"
    http_status = 404


class NothingReadError(InputError):
    """No document of a run could be read (every input missing, unreadable or skipped): nothing is written."""

    code = "D107"
    exit_status = 1
    http_status = 422


class UnsupportedLanguageError(InputError):
    """The document is in a language dragoman has no pipeline for."""

    code = "D110"
    http_status = 422


class ConfigError(DragomanError, ValueError):
    """A setting or option has a value that is not allowed."""

    code = "D200"
    http_status = 400


class LanguageDataError(ConfigError):
    """A language folder's data is malformed: the message names the file and the key."""

    code = "D210"
    http_status = 500


class EmptyWordClassError(LanguageDataError):
    """A rule needs a word class the language leaves empty, and the language does not switch the rule off."""

    code = "D211"


class KnowledgeBaseError(DragomanError, ValueError):
    """A knowledge-base file is malformed: the message names the file and the entry."""

    code = "D300"
    http_status = 500


class StoreError(DragomanError, RuntimeError):
    """The event store cannot be opened, written or read (names the database)."""

    code = "D400"
    http_status = 503


class NotFoundError(DragomanError, LookupError):
    """Something asked for by name is not there: an actor, a story, a document."""

    code = "D500"
    http_status = 404


class OutputError(DragomanError):
    """An output file cannot be written: its folder is missing, it is a folder, or writing it failed."""

    code = "D600"
    http_status = 500


def catalogue() -> Iterator[type[DragomanError]]:
    """Every error class, base first: the table docs/errors.md lists and the API maps."""
    seen: list[type[DragomanError]] = []
    todo: list[type[DragomanError]] = [DragomanError]
    while todo:
        cls = todo.pop(0)
        if cls not in seen:
            seen.append(cls)
            todo.extend(cls.__subclasses__())
    return iter(sorted(seen, key=lambda c: c.code))
