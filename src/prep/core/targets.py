"""Targets: the interviews a candidate is preparing for.

A target is a posting (one or more documents), the level being hired and the interview date.
Adding one builds the posting's deck into the user pack folder — the cards made from the posting's
own text, and the library's cards on its skills by reference — and keeps in the store what the
posting asks for (its skills and lists), so that the gap map and the plan (`gaps.py`, `plan.py`)
can be drawn on any day. A target whose date has passed is kept, as past.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from prep.core.model import Card, Deck, Level, Pack, PostingGroup, PostingSkill
from prep.errors import PrepError, UsageError

if TYPE_CHECKING:
    from prep.core.builder import BuildResult
    from prep.core.store import Store
    from prep.paths import Paths

NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,40}$")
DECK_PREFIX = "deck-"


class TargetError(PrepError):
    """A target that cannot be found, made or used; the message says what to do."""


@dataclass(frozen=True, slots=True)
class Target:
    name: str
    """A slug, unique among targets (`prep target show NAME`)."""
    title: str
    """The posting's title ("Senior Backend Engineer")."""
    level: Level
    interview_date: date | None
    """When the interview is, if known."""
    deck: str
    """The name of the deck built from the posting (a pack in the user pack folder)."""
    postings: tuple[str, ...]
    """Where the posting came from: the documents as given, or the saved copy of pasted text."""
    skills: tuple[PostingSkill, ...]
    groups: tuple[PostingGroup, ...]
    created: datetime

    def days_left(self, today: date) -> int | None:
        """Days from `today` to the interview (0 on the day, negative after it); None without a date."""
        return None if self.interview_date is None else (self.interview_date - today).days

    def is_past(self, today: date) -> bool:
        return self.interview_date is not None and self.interview_date < today


# ---------------------------------------------------------------- stored form


def to_record(target: Target) -> str:
    return json.dumps(
        {
            "title": target.title,
            "level": target.level.label,
            "date": target.interview_date.isoformat() if target.interview_date else None,
            "deck": target.deck,
            "postings": list(target.postings),
            "skills": [[skill.name, skill.topic, skill.optional] for skill in target.skills],
            "groups": [[group.heading, group.kind, list(group.cards)] for group in target.groups],
            "created": target.created.isoformat(),
        },
        ensure_ascii=False,
    )


def from_record(name: str, text: str) -> Target:
    """The target stored as `text`; `TargetError` when the record is not one prep wrote."""
    try:
        record: dict[str, Any] = json.loads(text)
        return Target(
            name=name,
            title=str(record["title"]),
            level=Level.parse(record["level"]),
            interview_date=date.fromisoformat(record["date"]) if record["date"] else None,
            deck=str(record["deck"]),
            postings=tuple(str(posting) for posting in record["postings"]),
            skills=tuple(PostingSkill(str(n), None if t is None else str(t), bool(o)) for n, t, o in record["skills"]),
            groups=tuple(PostingGroup(str(h), str(k), tuple(map(str, c))) for h, k, c in record["groups"]),
            created=datetime.fromisoformat(record["created"]),
        )
    except (ValueError, KeyError, TypeError, PrepError) as error:
        raise TargetError(f"target {name!r} is stored damaged ({error}); remove it with `prep target remove`") from None


def load_targets(store: Store) -> list[Target]:
    """Every target, oldest first (`TargetError` on a damaged one)."""
    return [from_record(name, record) for name, record in store.targets()]


def find_target(store: Store, name: str) -> Target:
    targets = load_targets(store)
    for target in targets:
        if target.name == name:
            return target
    import difflib

    names = [target.name for target in targets]
    close = difflib.get_close_matches(name, names, n=1)
    hint = f"did you mean {close[0]!r}?" if close else ("targets: " + ", ".join(names) if names else "")
    raise UsageError(f"no target named {name!r}; " + (hint or "add one with `prep target add POSTING`"))


# ---------------------------------------------------------------- adding


@dataclass(frozen=True, slots=True)
class Draft:
    """A posting built and read, before it is kept: what the "new target" screen and `target add` show."""

    result: BuildResult
    name: str
    level: Level
    detected: tuple[Level, ...]
    """The levels the posting describes (the chosen one is among them unless the user picked another)."""
    postings: tuple[str, ...]

    @property
    def title(self) -> str:
        return self.result.pack.title


def posting_from_text(text: str, folder: Path) -> Path:
    """Keep a posting given as text in `folder` (named by its content, so pasting it twice keeps one copy)."""
    from prep.core.files import atomic_write

    if not text.strip():
        raise UsageError("the posting is empty; paste the job ad's text, or give the path of a file")
    data = text.encode("utf-8")
    # not ".md": text copied from a browser is plain text (a list that lost its bullets is one line an item);
    # the builder reads text that looks like Markdown as Markdown
    suffix = ".html" if re.match(r"\s*<(!doctype|html|body|div|h1|p)\b", text, re.I) else ".txt"
    path = folder / f"posting-{hashlib.sha256(data).hexdigest()[:12]}{suffix}"
    if not path.exists():
        atomic_write(path, data)
    return path


def draft_target(
    inputs: Sequence[Path], library: Sequence[Pack], *, level: Level | None = None, name: str | None = None
) -> Draft:
    """Build the posting's deck (in memory) at `level`, or at the level it describes (the highest of
    several); `name` defaults to a slug of the posting's title."""
    from prep.core.builder import build, slug

    if name is not None and not NAME.match(name):
        raise UsageError(f"target name {name!r}: use lowercase letters, digits and dashes, like {slug(name) or 'acme'}")
    found = build(inputs, bundled=library)
    detected = tuple(sorted({Level.parse(label) for report in found.documents for label in report.levels}))
    chosen = level or (detected[-1] if detected else Level.MID)
    target_name = name or short_name(found.pack.title)
    result = build(inputs, bundled=library, level=chosen, name=f"{DECK_PREFIX}{target_name}"[:64])
    return Draft(result, target_name, chosen, detected, tuple(str(path) for path in inputs))


def short_name(title: str, width: int = 30) -> str:
    """A target name from a posting's title: its first part ("Backend Developer / Senior ..." →
    backend-developer), whole words up to `width` characters."""
    from prep.core.builder import slug

    words = slug(re.split(r"\s[/|–—-]\s|[(,]", title)[0]).split("-")
    name = words[0][:width] if words else ""
    for word in words[1:]:
        if len(name) + 1 + len(word) > width:
            break
        name += f"-{word}"
    return name.strip("-") or "posting"


def save_target(draft: Draft, when: date | None, paths: Paths, store: Store, now: datetime) -> Target:
    """Install the draft's deck in the user pack folder and keep the target; `UsageError` when a target
    of that name exists already."""
    from prep.core.files import write_failed
    from prep.core.packs.write import write_deck

    if any(name == draft.name for name, _ in store.targets()):
        raise UsageError(f"a target named {draft.name!r} exists; choose another name, or remove that one first")
    output = paths.packs / f"{draft.result.pack.name}.yaml"
    try:
        write_deck(draft.result.pack, output, header=draft.result.header)
    except OSError as error:
        raise write_failed(output, error) from None
    target = Target(
        name=draft.name,
        title=draft.title,
        level=draft.level,
        interview_date=when,
        deck=draft.result.pack.name,
        postings=draft.postings,
        skills=draft.result.skills,
        groups=draft.result.groups,
        created=now,
    )
    store.save_target(target.name, to_record(target), now)
    return target


# ---------------------------------------------------------------- studying


def target_deck(target: Target, packs: Sequence[Pack], others: Sequence[Pack] = ()) -> Deck:
    """The target's cards: its deck's own and the ones the deck uses, each once."""
    from prep.core.packs.discover import Library

    deck = next((pack for pack in packs if pack.name == target.deck), None)
    if deck is None:
        raise TargetError(
            f"target {target.name!r}: its deck {target.deck} is not installed (was {target.deck}.yaml removed from"
            " the pack folder?); remove the target and add it again"
        )
    chosen = Library(packs=[deck], others=[pack for pack in (*packs, *others) if pack.name != deck.name])
    return chosen.deck()


def target_cards(target: Target, packs: Sequence[Pack]) -> list[Card]:
    """The cards a session for the target draws from: the target's cards at its level or below."""
    return target_deck(target, packs).pool(target.level)
