"""A document that could not be read: reported, skipped, and the run goes on."""

from __future__ import annotations

from dataclasses import dataclass

from dragoman.errors import InputError


@dataclass(frozen=True)
class IngestProblem:
    """What could not be read (`source` is "path" or "path:line"), why, and what to do."""

    source: str
    message: str
    code: str

    @classmethod
    def from_error(cls, err: InputError, source: str) -> IngestProblem:
        """A problem from a raised InputError; its message names a place only when that is not `source`."""
        message = str(err).removeprefix(f"{source}: ") if err.where == source else str(err)
        return cls(source=source, message=message, code=err.code)

    def __str__(self) -> str:
        return f"{self.source}: {self.message} [{self.code}]"
