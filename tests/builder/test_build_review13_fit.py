"""Rules from the third pass over review13: a rubric's theme comes from what a bullet asks, not from a
side clause; a follow-up is answered by the rubric of its own theme. Documents written for these tests."""

from __future__ import annotations

from prep.core.builder.interview import draft
from prep.core.model import Level


def _themes(text: str, kind: str = "responsibility") -> list[str]:
    drafted = draft(text, kind)
    assert drafted is not None
    return [theme.name for theme in drafted.themes]


def test_side_clause_keyword_does_not_choose_the_rubric() -> None:
    # "performance" only describes where a second language is used: the bullet is about billing services.
    assert "performance" not in _themes(
        "Build billing services in Ruby and Rails, with some Go for performance-sensitive jobs"
    )


def test_main_clause_keyword_still_chooses_the_rubric() -> None:
    assert _themes("Profile and speed up slow checkout requests")[0] == "performance"


def test_tuning_database_reports_is_query_tuning() -> None:
    assert _themes("Tune the heaviest PostgreSQL reports with the analytics team")[0] == "query-tuning"


def test_review_disagreement_follow_up_is_covered_by_the_rubric() -> None:
    drafted = draft("Give code reviews to the wider team", "responsibility")
    assert drafted is not None
    answer = drafted.at(Level.MID).answer
    assert "disagree" in answer.lower()


def test_head_verb_theme_leads_the_follow_up() -> None:
    # Tuning queries: the follow-up asks how to find the slow queries, not which schema to design.
    assert _themes("Tune slow PostgreSQL queries and add indexes with the DBA")[0] == "query-tuning"
