"""What every reader gives back: the cards a foreign file holds, before they become a pack."""

from __future__ import annotations

from dataclasses import dataclass, field

from prep.core.model import CardType
from prep.errors import PackError


@dataclass(frozen=True, slots=True)
class Draft:
    """One card as a foreign file gives it: prep's card type and text, before it has an id and a level."""

    line: int
    """Where the card starts in its file (a package has no lines: 0)."""
    identity: str
    """What names the card across re-imports: the source's own id (an Anki GUID) or the text that
    identifies it (a front, a question). The card's prep id is made from it, so progress survives."""
    type: CardType
    prompt: str
    answer: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    accept: tuple[str, ...] = ()
    explain: str = ""
    hint: str = ""
    tags: tuple[str, ...] = ()
    """The source's tags or categories, as written."""
    deck: str = ""
    """The source's deck (an Anki deck path such as `Backend::Databases`, a hashcards deck name)."""
    where: str = ""
    """How messages name the card when it has no line (`note 12 (GUID h8Zq!r2Lx@)`)."""
    by_guid: bool = False
    """`identity` is the source's own id: two cards with one are an error, not two cards."""


@dataclass
class Reading:
    """What a reader found in a file: cards, and the problems with the ones it had to leave out."""

    drafts: list[Draft] = field(default_factory=list)
    problems: list[PackError] = field(default_factory=list)
    format: str = ""
    """The format's name as messages and the report give it ("Anki text", "hashcards", ...)."""
    title: str = ""
    """A title the file itself gives (an Anki deck name, a hashcards deck name), if any."""

    def problem(self, shown: str, line: int | None, message: str) -> None:
        self.problems.append(PackError(shown, message, line=line or None))
