"""Fair grading of typed and cloze answers: natural ways of giving the right answer count, and
near-misses stay wrong."""

from __future__ import annotations

import pytest

from prep.core.grading import grade
from prep.core.matching import matches
from prep.core.model import Card, CardType, Level


@pytest.mark.parametrize(
    "given, accepted, prompt",
    [
        ("a deadlock", "deadlock", "Two transactions each wait for a lock the other holds. What is this called?"),
        ("the event loop", "event loop", "What runs callbacks in Node.js?"),
        ("AAAA record", "AAAA", "Which DNS record type maps a name to an IPv6 address?"),
        ("port 443", "443", "Which port does HTTPS use by default?"),
        ("443 port", "443", "Which TCP port does HTTPS use by default?"),
        ("HTTP 429", "429", "Which status code means the client sent too many requests?"),
        ("http 429 too many requests", "429", "Which status code means rate limited?"),
        ("dead letter queues", "dead-letter queue", "Where do messages go after too many failed deliveries?"),
        ("2 replicas", "2", "How many replicas does a minimal highly available deployment need?"),
        ("B+tree", "B+ tree", "Which structure backs a default PostgreSQL index?"),
        ("architecture decision record (ADR)", "ADR", "What short document records a design choice?"),
        ("ADR", "architecture decision record (ADR)", "What short document records a design choice?"),
        ("architecture decision record", "ADR (architecture decision record)", "Name the document."),
        ("The Retry-After header", "Retry-After", "Which header tells a client when to try again?"),
        ("cookies", "cookie", "What does a browser send back on every request to the same site?"),
        ("policies", "policy", "What does an IAM role attach?"),
        ("indexes", "index", "What speeds up a lookup by a column?"),
    ],
)
def test_natural_answers_count(given: str, accepted: str, prompt: str) -> None:
    assert matches(given, [accepted], prompt)


@pytest.mark.parametrize(
    "given, accepted, prompt",
    [
        ("PUT", "POST", "Which method creates a resource under a collection?"),
        ("403", "401", "Which status code means the request lacks valid authentication?"),
        ("HTTP 403", "401", "Which status code means the request lacks valid authentication?"),
        ("B-tree", "hash", "Which index type only supports equality?"),
        ("B-tree", "B+ tree", "Which structure backs the index?"),
        ("PUT or POST", "PUT", "Which method is idempotent?"),
        ("livelock", "deadlock", "Two transactions each wait for a lock the other holds."),
        ("A record", "AAAA", "Which DNS record type maps a name to an IPv6 address?"),
        ("record", "AAAA", "Which DNS record type maps a name to an IPv6 address?"),
        ("port 80", "443", "Which port does HTTPS use by default?"),
        ("3 replicas", "2", "How many replicas?"),
        ("ADRs are optional", "ADR", "What short document records a design choice?"),
        ("", "x", "Anything?"),
    ],
)
def test_near_misses_stay_wrong(given: str, accepted: str, prompt: str) -> None:
    assert not matches(given, [accepted], prompt)


def test_a_category_noun_only_counts_when_the_prompt_names_it() -> None:
    assert not matches("AAAA record", ["AAAA"], "Which type maps a name to an IPv6 address?")


def test_a_cloze_answered_with_its_whole_sentence() -> None:
    card = Card("pg", CardType.CLOZE, (Level.JUNIOR,), "PostgreSQL listens on port {{5432}} by default.", ("5432",))
    assert grade(card, "PostgreSQL listens on port 5432 by default").correct
    assert grade(card, "port 5432").correct
    assert not grade(card, "PostgreSQL listens on port 5433 by default").correct
