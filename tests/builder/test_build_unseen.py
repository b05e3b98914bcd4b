"""Documents written to try the builder on shapes the other fixtures do not have, each kept for the bug
it found: a posting whose headings use other words ("You might be a fit if", "Bonus points", "Our
stack"), an HTML page with bold labels for its lists, a plain-text posting with `•` and `*` bullets,
and a question collection numbered `Q1.` / `A1.`.
"""

from __future__ import annotations

import pytest

from prep.core.builder import build
from prep.core.builder.documents import read_document
from prep.core.builder.extract import Extraction, extract
from prep.core.builder.headings import SectionKind, classify_heading
from prep.core.builder.questions import answer_prefix, reads_as_question
from prep.core.builder.skill_book import optional_at
from prep.core.builder.skills import scan, unknown_names
from prep.core.model import Pack

from build_support import DOCUMENTS

UNSEEN = DOCUMENTS / "unseen"


def found(name: str) -> Extraction:
    return extract(read_document(UNSEEN / name, name))


def lists(result: Extraction) -> dict[str, list[str]]:
    return {listing.heading.rstrip(":"): [item.text for item in listing.items] for listing in result.listings}


def skills(result: Extraction) -> dict[str, bool]:
    """Skill name → optional."""
    return {skill.name: skill.optional for skill in result.skills}


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("You might be a fit if", SectionKind.QUALIFICATIONS),
        ("Is this you?", SectionKind.QUALIFICATIONS),
        ("What it takes", SectionKind.QUALIFICATIONS),
        ("Ideally you have", SectionKind.QUALIFICATIONS),
        ("What you'll own", SectionKind.RESPONSIBILITIES),
        ("How you'll make an impact", SectionKind.RESPONSIBILITIES),
        ("Fitness allowance", SectionKind.OTHER),
    ],
)
def test_headings_in_other_words(heading: str, kind: SectionKind) -> None:
    assert classify_heading(heading).kind is kind


def test_markdown_posting_with_other_heading_words() -> None:
    result = found("fintech-posting.md")
    listed = lists(result)
    assert len(listed["You might be a fit if"]) == 4 and len(listed["Your day-to-day"]) == 5
    assert listed["Our stack"][5] == "AWS (ECS, SQS)"  # commas inside brackets belong to the item
    named = skills(result)
    assert named["Temporal"] and named["ISO 20022"] and not named["Java"]
    assert "ISO" not in named


def test_bold_labels_are_list_headings_not_questions(bundled_packs: list[Pack]) -> None:
    result = found("platform-posting.html")
    assert not result.faqs  # "Must have:" over a list was a FAQ "Must have?"
    listed = lists(result)
    assert len(listed["Must have"]) == 3 and len(listed["Nice to have"]) == 2
    assert {"Istio", "Linkerd", "Cloudflare Workers"} <= {name for name, optional in skills(result).items() if optional}
    prompts = [card.prompt for card in build([UNSEEN / "platform-posting.html"], bundled=bundled_packs).pack.cards]
    assert prompts and not any(prompt.startswith("Must") for prompt in prompts)


@pytest.mark.parametrize("label", ["Must have", "Must haves", "Should have", "Will be a plus"])
def test_modal_labels_read_as_labels(label: str) -> None:
    assert not reads_as_question(label)


def test_plain_text_posting_with_dot_and_star_bullets() -> None:
    result = found("data-posting.txt")
    listed = lists(result)
    assert len(listed["What you will do"]) == 4 and len(listed["What we are looking for"]) == 4
    assert len(listed["Nice to have"]) == 2
    named = skills(result)
    assert named["Apache Spark"] and named["Kafka"]
    assert not named["SQL"]  # "SQL and one programming language, ideally Python": only Python is a bonus


@pytest.mark.parametrize(
    ("text", "name", "optional"),
    [
        ("Good knowledge of SQL and one language, ideally Python", "SQL", False),
        ("Good knowledge of SQL and one language, ideally Python", "Python", True),
        ("Ideally, you know Kafka", "Kafka", True),
        ("Redis is a plus", "Redis", True),
    ],
)
def test_leading_bonus_words_make_only_what_follows_optional(text: str, name: str, optional: bool) -> None:
    assert optional_at(text, text.index(name)) is optional


def test_numbered_questions_and_answers(bundled_packs: list[Pack]) -> None:
    result = found("numbered-qa.md")
    assert result.topic == "redis" and len(result.faqs) == 5
    assert not any(faq.answer.startswith(("A1", "A2", "A3", "A4", "A5")) for faq in result.faqs)
    assert "`SET <key> <value> EX 60`" in result.faqs[2].answer
    assert result.faqs[3].question.startswith("True or False?")


@pytest.mark.parametrize(("text", "rest"), [("A1. Lists and sets", "Lists and sets"), ("A12) Yes", "Yes")])
def test_numbered_answer_labels(text: str, rest: str) -> None:
    assert answer_prefix(text) == (rest, True)


def test_a_standard_s_number_is_part_of_its_name() -> None:
    for text, names in (
        ("You have worked with ISO 20022 messages", ["ISO 20022"]),
        ("Experience with Spark 3", ["Spark"]),
    ):
        assert [name for name, _ in unknown_names(text, scan(text))] == names
