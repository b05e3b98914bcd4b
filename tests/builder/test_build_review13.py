"""Rules from the second review of built decks (review13), each tried on a small document written for it:
FAQ answers keep every sentence that answers the question, only the page's own role makes a definition
card, lists in answers become Markdown items, requirements written as prose become questions, ladder
expectations get answers of their own, and a named technology no theme knows gets rubric lines about it
rather than the generic block alone."""

from __future__ import annotations

from pathlib import Path

from prep.core.builder import build
from prep.core.builder.answers import asks_duties, trimmed
from prep.core.builder.interview import draft
from prep.core.builder.lines import text_lines
from prep.core.builder.lists import prose_items
from prep.core.builder.markdown import markdown_blocks
from prep.core.builder.sections import outline
from prep.core.model import Card, Level, Pack

CAREERS_PAGE = """Reliability Engineer jobs and careers

WHAT DOES A RELIABILITY ENGINEER DO?

A reliability engineer keeps production services healthy and measurable. They set service level objectives with
the teams that own each service. They also automate away the manual steps in deploys and recovery. Finally, they
coach product teams through their first on-call weeks so that paging stays humane. Apply now with one click.

WHICH TOOLS DO THEY USE?

Reliability engineers lean on a few families of tools:
    ◦ Metrics and tracing stacks such as Prometheus or OpenTelemetry
    ◦ Infrastructure as code such as Terraform
        ◦ Policy checks run in CI

KINDS OF ROLES

The field has several neighbouring job families:
  • Reliability engineers - responsible for keeping production services healthy and measurable
  • Security engineers - responsible for threat models, secrets handling and audits
  • Release managers - responsible for planning release trains across teams
  • Reliability architects - responsible for the long-term shape of the failover strategy
"""


def cards_of(tmp_path: Path, name: str, text: str, bundled: list[Pack]) -> list[Card]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return list(build([path], bundled=bundled).pack.cards)


def test_a_faq_answer_keeps_its_last_answering_sentence(tmp_path: Path, bundled_packs: list[Pack]) -> None:
    cards = cards_of(tmp_path, "careers.txt", CAREERS_PAGE, bundled_packs)
    answer = next(card.answer[0] for card in cards if card.prompt.startswith("What does a reliability engineer do"))
    assert answer.endswith("paging stays humane.") and "Apply" not in answer


def test_only_the_pages_own_role_makes_a_definition_card(tmp_path: Path, bundled_packs: list[Pack]) -> None:
    cards = cards_of(tmp_path, "careers.txt", CAREERS_PAGE, bundled_packs)
    # Security engineers, release managers and architects are other job families; the page's own role is
    # defined by its FAQ already, so the list gives no card at all.
    assert not [card for card in cards if card.source and card.source.kind == "role"]
    alone = CAREERS_PAGE.replace("WHAT DOES A RELIABILITY ENGINEER DO?", "ABOUT THE TEAM").replace(
        "keeps production services healthy and measurable", "joins a team of six"
    )
    roles = [
        card.prompt for card in cards_of(tmp_path, "alone.txt", alone, bundled_packs) if card.id.startswith("role-")
    ]
    assert roles == ["What is a reliability engineer responsible for?"]


def test_lists_in_faq_answers_are_clean_markdown_items(tmp_path: Path, bundled_packs: list[Pack]) -> None:
    cards = cards_of(tmp_path, "careers.txt", CAREERS_PAGE, bundled_packs)
    answer = next(card.answer[0] for card in cards if "tools" in card.prompt.lower())
    lines = answer.splitlines()
    assert "- Metrics and tracing stacks such as Prometheus or OpenTelemetry" in lines
    assert "  - Policy checks run in CI" in lines  # nested one level below the shallowest item
    assert "◦" not in answer and "•" not in answer


PROSE_POSTING = """Search Engineer

Lanternfly Books runs a catalogue of nine million second-hand titles.

What you will do

Day to day you will tune the ranking of search results, build the indexing jobs that keep the catalogue
fresh, and review the query logs with the merchandising team. You will join the three-person search team.

Who you are

You have run Elasticsearch or OpenSearch clusters in production, and you can explain how an inverted index
answers a phrase query. You have at least 4 years of professional experience. You write tests for relevance
changes, because ranking regressions are invisible otherwise. You are happy to earn a salary of €70,000.
"""


def test_requirements_written_as_prose_become_questions(tmp_path: Path, bundled_packs: list[Pack]) -> None:
    cards = cards_of(tmp_path, "prose.txt", PROSE_POSTING, bundled_packs)
    asked = [card for card in cards if card.source and card.source.kind in ("responsibility", "qualification")]
    prompts = " ".join(card.prompt for card in asked).lower()
    for subject in ("ranking of search results", "indexing jobs", "elasticsearch", "inverted index", "tests for"):
        assert subject in prompts, subject
    # The same exclusions as for bullets: the team, the years and the salary make no question, nor does the
    # reason given after "because".
    for excluded in ("three-person", "years", "salary", "€", "invisible"):
        assert excluded not in prompts, excluded


LADDER = """# Engineering levels

## Engineer II

- Runs blameless post-incident reviews after outages
- Writes integration tests that catch regressions before release
- Reviews pull requests from teammates with specific, kind feedback
"""


def test_ladder_self_checks_get_answers_that_fit_each_expectation(tmp_path: Path, bundled_packs: list[Pack]) -> None:
    cards = [card for card in cards_of(tmp_path, "ladder.md", LADDER, bundled_packs) if card.id.startswith("self-")]
    assert len(cards) == 3
    answers = [card.answer[0] for card in cards]
    assert len(set(answers)) == 3 and not any("lists this" in answer for answer in answers)
    by_subject = dict(zip(("incident", "tests", "pull requests"), answers, strict=True))
    assert "blameless review" in by_subject["incident"].lower()
    assert "tested at which level" in by_subject["tests"]
    assert "feedback that is kind" in by_subject["pull requests"].lower()
    assert all("At mid level, also:" in answer and "Red flags:" in answer for answer in answers)


def test_a_technology_no_theme_knows_gets_rubric_lines_about_it() -> None:
    for text, name in (
        ("Maintain Spring Boot services for the booking flow", "Spring Boot"),
        ("You have worked with HL7 FHIR messages", "HL7 FHIR"),
    ):
        drafted = draft(text, "qualification")
        assert drafted is not None
        answer = drafted.at(Level.MID).answer
        assert f"A limitation or surprise of {name}" in answer, answer


def test_marketing_trailers_and_a_duties_faq_are_recognised() -> None:
    answer = "A tester designs checks for new features. They pair with developers. Browse hundreds of tester roles."
    assert trimmed(answer) == "A tester designs checks for new features. They pair with developers."
    assert trimmed("A tester writes checks. See every open role on our site.") == "A tester writes checks."
    assert asks_duties("What does a QA engineer do?") and asks_duties("What is a QA engineer?")
    assert not asks_duties("What is the difference between a QA engineer and an SDET?")
    assert not asks_duties("What are the typical tools for a QA engineer?")


def test_a_prose_duty_loses_its_also() -> None:
    section = outline(
        markdown_blocks(text_lines("## The job\n\nYou will also answer pages during your on-call week.\n"))
    ).sections[0]
    assert [item.text for item in prose_items(section)] == ["Answer pages during your on-call week"]
