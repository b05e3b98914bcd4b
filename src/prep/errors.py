"""The error family: every error a user can cause carries a one-line message.

The CLI prints `str(error)` on one line and exits with `error.exit_code`; the TUI shows the same
text in a notification. Nothing here imports anything heavy.
"""

from __future__ import annotations


class PrepError(Exception):
    """An error whose message is written for the user, never shown as a traceback."""

    exit_code = 1


class UsageError(PrepError):
    """The command line asked for something that does not exist (an unknown level, say)."""

    exit_code = 2


class UnknownLevel(PrepError, ValueError):
    """A level name prep does not know; where it came from (a flag, a file) decides the exit code."""


class PackError(PrepError):
    """One problem in a pack file, located as precisely as we can.

    Rendered as `FILE:LINE: card ID: FIELD: MESSAGE`, leaving out the parts that are unknown.
    """

    def __init__(
        self,
        path: str,
        message: str,
        *,
        line: int | None = None,
        card_id: str | None = None,
        field: str | None = None,
    ) -> None:
        self.path = path
        self.line = line
        self.card_id = card_id
        self.field = field
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        parts = [where]
        if self.card_id is not None:
            parts.append(f"card {self.card_id}")
        if self.field is not None:
            parts.append(self.field)
        parts.append(self.message)
        return ": ".join(parts)

    def to_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "line": self.line,
            "card": self.card_id,
            "field": self.field,
            "message": self.message,
        }


class PackErrors(PrepError):
    """All the problems found in one pack file; the pack is skipped."""

    def __init__(self, errors: list[PackError]) -> None:
        self.errors = errors
        super().__init__("\n".join(str(error) for error in errors))


class StoreError(PrepError):
    """The progress store cannot be opened or written."""


class BuildError(PrepError):
    """A document cannot be turned into cards."""
