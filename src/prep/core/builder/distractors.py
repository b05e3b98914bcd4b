"""Wrong options for built choice questions: plausible, of the same kind, never a second right answer.

"Which of these is listed as a responsibility of a Senior Backend Engineer?" needs options that
read like responsibilities but are not this role's. They come from the lists of other kinds of
roles in the same build (a frontend posting's duties for a backend posting), skipping any that
resemble an item of the role's own list, and otherwise from the built-in lists below: duties and
requirements of the other jobs at a software company (design, frontend, mobile, data science,
sales, support, IT), written for prep. Duties close to backend work (testing, operations, data
pipelines, security) are left out on purpose: a posting that does not list them may still expect
them, and a wrong option must be wrong.
Options are shortened to similar lengths so the right one does not stand out, and every choice is
deterministic (hashes of the card's content, not random numbers).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from prep.core.builder.trim import shorten

MAX_OPTION_CHARS = 110
SIMILAR = 0.3
"""Word overlap (Jaccard) at or above which a candidate is too close to a right answer to be wrong."""
SAMPLE = 16
"""How many pool entries one card looks at, whatever the size of the pool (keeps builds linear)."""

RESPONSIBILITIES: tuple[str, ...] = (
    "Build responsive page layouts in React from the design team's mockups.",
    "Tune CSS animations so the landing page scrolls smoothly on older phones.",
    "Publish new releases of the iOS and Android apps to the app stores.",
    "Run usability interviews with customers and turn the findings into design changes.",
    "Design the icon set, colour palette and illustrations for the product.",
    "Train machine-learning models that predict which customers will cancel.",
    "Build dashboards in the BI tool for the sales and finance teams.",
    "Set up laptops, accounts and VPN access for new employees.",
    "Answer customer support tickets and pass product bugs on to engineering.",
    "Give product demos to prospective customers during the sales process.",
    "Manually test each release on a matrix of phones and browsers before launch.",
    "Create marketing emails and measure their open and click rates.",
    "Keep the website's landing pages and blog posts up to date in the CMS.",
    "Produce screen recordings and tutorial videos for the help centre.",
    "Negotiate software licence renewals with vendors.",
    "Maintain the office network, printers and meeting-room screens.",
    "Screen job applications and schedule interviews for open roles.",
    "Translate the app's user interface into French and German.",
    "Prepare the monthly report on advertising spend and conversions.",
    "Design the onboarding screens of the mobile app in Figma.",
    "Moderate the community forum and answer questions from new users.",
    "Make the web app's forms usable with screen readers and keyboards.",
    "Turn the brand guidelines into a reusable library of UI components that every web team can use.",
    "Interview customers about their workflows and turn what you learn into personas for the design team.",
    "Plan the app store release calendar and coordinate screenshots, release notes and staged rollouts.",
    "Run quarterly sessions that teach the sales team how to demo the product's newest features.",
    "Analyse funnel data in spreadsheets to find where trial users drop off, and present it to marketing.",
    "Own the visual design of the marketing site, from the first sketches to the final illustrations.",
)
"""Duties of other jobs at a software company (design, frontend, mobile, data science, sales, support, IT)."""

QUALIFICATIONS: tuple[str, ...] = (
    "A portfolio of shipped mobile app designs in Figma.",
    "Three years of experience building user interfaces in React or Vue.",
    "A strong eye for typography, spacing and colour.",
    "Experience training deep-learning models for image recognition.",
    "A certification in IT service management such as ITIL.",
    "Experience running paid campaigns on search and social platforms.",
    "A track record of meeting quarterly sales targets for software products.",
    "Fluency in French and German for translation work.",
    "Experience with screen readers and accessibility audits of web pages.",
    "Experience managing app releases in the Apple and Google app stores.",
    "Skill in video editing and motion graphics.",
    "A background in customer support for a software product.",
    "Experience recruiting engineers for a fast-growing company.",
    "Knowledge of search engine optimisation and web analytics tools.",
    "Experience designing print and packaging materials.",
    "Strong spreadsheet modelling skills for financial forecasts.",
    "Experience planning user research studies and summarising interviews.",
    "Hands-on experience with CSS animations and responsive layouts.",
    "At least three years as a product designer, with case studies that show your research and final screens.",
    "Experience supporting a sales team as a solutions engineer, giving technical demos to prospects.",
    "A background in illustration and brand design, with a portfolio of campaigns for consumer products.",
    "Experience administering laptops, user accounts and office networks for a company of a hundred people.",
)
"""Requirements of other jobs at a software company."""

_WORD = re.compile(r"[a-z0-9][a-z0-9+#.-]*")
_STOP = frozenset(
    {
        "and",
        "or",
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "for",
        "with",
        "on",
        "as",
        "by",
        "at",
        "from",
        "their",
        "its",
        "our",
        "your",
        "other",
        "into",
        "that",
        "this",
        "be",
        "is",
        "are",
        "all",
    }
)


def digest(*parts: str) -> int:
    """A stable number from text (Python's own `hash` changes between runs)."""
    return int(hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12], 16)


def words(text: str) -> frozenset[str]:
    return frozenset(word for word in _WORD.findall(text.lower()) if word not in _STOP)


def similar(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return False
    return len(a & b) / len(a | b) >= SIMILAR


def pick(
    answer: str,
    own: Sequence[frozenset[str]],
    pool: Sequence[tuple[str, frozenset[str]]],
    builtin: Sequence[str],
    key: str,
    count: int = 3,
) -> list[str]:
    """Up to `count` wrong options for `answer`, none resembling an item of the right answer's list (`own`).

    `pool` holds (text, words) pairs, the words computed once per build rather than once per card.
    """
    chosen: list[str] = []
    seen = {shorten(answer, MAX_OPTION_CHARS).casefold()}
    for candidate, candidate_words in _candidates(pool, builtin, answer, key):
        option = shorten(candidate, MAX_OPTION_CHARS)
        if option.casefold() in seen:
            continue
        if any(similar(candidate_words, item) for item in own):
            continue
        seen.add(option.casefold())
        chosen.append(option)
        if len(chosen) == count:
            break
    return chosen


def _candidates(
    pool: Sequence[tuple[str, frozenset[str]]], builtin: Sequence[str], answer: str, key: str
) -> Iterable[tuple[str, frozenset[str]]]:
    if pool:
        start = digest(key, "pool") % len(pool)
        for offset in range(min(SAMPLE, len(pool))):
            yield pool[(start + offset) % len(pool)]
    yield from _by_length(tuple(builtin), len(shorten(answer, MAX_OPTION_CHARS)), digest(key, "builtin"))


def _by_length(builtin: tuple[str, ...], size: int, seed: int) -> list[tuple[str, frozenset[str]]]:
    """The built-in options closest in length to `size` first, ties in an order that `seed` picks."""
    return [
        (text, text_words)
        for _, _, text, text_words in sorted(
            (abs(length - size) // 15, (index * 2654435761 + seed) % 1_000_003, text, text_words)
            for index, (length, text, text_words) in enumerate(_prepared(builtin))
        )
    ]


@lru_cache(maxsize=8)
def _prepared(builtin: tuple[str, ...]) -> tuple[tuple[int, str, frozenset[str]], ...]:
    return tuple((len(shorten(text, MAX_OPTION_CHARS)), text, words(text)) for text in builtin)


def place(answer: str, wrong: list[str], key: str) -> tuple[str, ...]:
    """The options in a stable order that puts the right answer at a position chosen by `key`."""
    options = sorted(wrong, key=lambda text: digest(key, text))
    position = digest(key, "position") % (len(options) + 1)
    options.insert(position, answer)
    return tuple(options)
