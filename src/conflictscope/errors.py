"""Coded errors. Each message is one line that names the input and the problem."""

from __future__ import annotations


class ConflictscopeError(Exception):
    """Base class; ``code`` is a stable identifier users can search for (CS001...)."""

    code = "CS000"

    def __init__(self, message: str, *, source: str | None = None):
        self.source = source
        super().__init__(message)

    def one_line(self) -> str:
        where = f"{self.source}: " if self.source else ""
        text = " ".join(str(self).split())
        return f"{where}{text} [{self.code}]"


class InputError(ConflictscopeError):
    """A document could not be read or is not processable text."""

    code = "CS001"


class EmptyInput(InputError):
    code = "CS002"


class BinaryInput(InputError):
    code = "CS003"


class TooLarge(InputError):
    code = "CS004"


class NotEnglish(InputError):
    code = "CS005"


class MalformedRecord(InputError):
    """A JSONL line that is not a JSON object with a ``text`` string."""

    code = "CS006"


class UsageError(ConflictscopeError):
    """An invalid option value (exit code 2)."""

    code = "CS010"


class GazetteerError(ConflictscopeError):
    code = "CS020"
