"""Targets: readiness on the interview day, the gap map and the plan, with scripted study histories."""

from __future__ import annotations

import json
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from prep.core.clock import local_date
from prep.core.gaps import target_figures
from prep.core.model import Card, CardType, Level, Pack, PostingGroup, PostingSkill
from prep.core.plan import REVIEW_DAYS, Stage, plan_for
from prep.core.scheduler import Rating
from prep.core.store import Store
from prep.core.study import Mode, NothingToStudy, StudyOptions, target_session
from prep.core.targets import Target, save_target, target_cards, to_record
from prep.paths import Paths

from conftest import FakeClock, prep_command, write

# ---------------------------------------------------------------- the plan, as numbers


def test_the_plan_spreads_the_unseen_cards_over_the_days_before_the_review_days() -> None:
    plan = plan_for(days_left=14, unseen=120, introduced_today=0, due_today=3)
    assert plan.stage is Stage.LEARNING and plan.new_per_day == 10  # 120 cards over the 12 learning days
    assert (plan.new_today, plan.reviews_today) == (10, 3) and plan.today == "today: 3 reviews, 10 new"


def test_studying_counts_against_today_and_more_today_means_fewer_tomorrow() -> None:
    assert plan_for(14, unseen=114, introduced_today=6, due_today=0).new_today == 4  # 6 of today's 10 done
    ahead = plan_for(13, unseen=90, introduced_today=0, due_today=0)  # 30 studied on the first day
    assert ahead.new_per_day == 9 < 10  # 90 cards over 11 days, rounded up


def test_a_skipped_day_is_shared_by_the_days_left() -> None:
    on_time = plan_for(13, unseen=110, introduced_today=0, due_today=0)
    after_a_skip = plan_for(12, unseen=110, introduced_today=0, due_today=0)
    assert after_a_skip.new_per_day > on_time.new_per_day
    assert after_a_skip.new_per_day * (12 - REVIEW_DAYS) >= 110  # still every card before the review days


def test_the_last_days_are_for_review_and_unseen_cards_all_come_at_once_there() -> None:
    review = plan_for(REVIEW_DAYS, unseen=0, introduced_today=0, due_today=7)
    assert review.stage is Stage.REVIEWING and review.new_today == 0 and review.reviews_today == 7
    behind = plan_for(1, unseen=15, introduced_today=0, due_today=2)
    assert behind.stage is Stage.CATCHING_UP and behind.new_today == 15
    day = plan_for(0, unseen=15, introduced_today=0, due_today=2)
    assert day.stage is Stage.INTERVIEW_DAY and day.new_today == 0
    past = plan_for(-3, unseen=15, introduced_today=0, due_today=2)
    assert past.stage is Stage.PAST and (past.new_today, past.reviews_today) == (0, 0)


def test_without_a_date_the_plan_is_the_usual_daily_allowance() -> None:
    plan = plan_for(None, unseen=300, introduced_today=5, due_today=1)
    assert plan.stage is Stage.NO_DATE and plan.new_today == 15


# ---------------------------------------------------------------- a target in a store

TODAY = date(2026, 11, 23)  # the FakeClock's day


def library(count: int = 24) -> list[Pack]:
    """A library pack with `count` flashcards on kafka and go, and a deck that uses them plus two of its own."""
    cards = tuple(
        Card(f"c{n}", CardType.FLASHCARD, (Level.SENIOR,), f"Question {n}?", (f"Answer {n}",),
             topics=("kafka" if n % 2 else "go",), pack="lib")
        for n in range(count)
    )  # fmt: skip
    own = tuple(
        Card(f"duty{n}", CardType.FLASHCARD, (Level.SENIOR,), f"Tell me about {n}?", ("rubric",), pack="deck-acme")
        for n in range(2)
    )
    deck = Pack("deck-acme", "Acme", "1", own, uses=tuple(("lib", card.id) for card in cards))
    return [Pack("lib", "Library", "1", cards), deck]


def target(days: int | None = 14) -> Target:
    return Target(
        name="acme",
        title="Senior Backend Engineer",
        level=Level.SENIOR,
        interview_date=TODAY + timedelta(days=days) if days is not None else None,
        deck="deck-acme",
        postings=("posting.md",),
        skills=(PostingSkill("Kafka", "kafka"), PostingSkill("Go", "go"), PostingSkill("Spark", None, optional=True)),
        groups=(PostingGroup("What you'll do", "responsibilities", ("duty0", "duty1")),),
        created=FakeClock()(),
    )


def figures(store: Store, clock: FakeClock, chosen: Target | None = None, packs: list[Pack] | None = None):
    chosen = chosen or target()
    return target_figures(chosen, target_cards(chosen, packs or library()), store, clock())


def study_today(store: Store, clock: FakeClock, rating: Rating = Rating.GOOD, chosen: Target | None = None) -> int:
    """Follow today's plan in flashcards, giving every card `rating`; how many cards were rated."""
    chosen = chosen or target()
    try:
        session = target_session(chosen, library(), store, StudyOptions(Level.SENIOR, Mode.FLASHCARDS), clock)
    except NothingToStudy:
        return 0
    rated = 0
    while session.current is not None:
        session.rate(rating)
        rated += 1
    return rated


def test_a_new_target_is_0_percent_ready_with_every_skill_listed_and_the_gap_first(store: Store, clock) -> None:
    found = figures(store, clock)
    assert (found.cards, found.studied, found.readiness) == (26, 0, 0.0)
    assert [item.name for item in found.skills] == ["Spark", "Go", "Kafka"]  # the gap first, then weakest
    spark = found.skills[0]
    assert spark.gap and spark.cards == 0 and spark.optional
    assert [(item.cards, item.studied) for item in found.skills[1:]] == [(12, 0), (12, 0)]
    assert [(group.name, group.cards) for group in found.groups] == [("What you'll do", 2)]
    assert found.plan.new_today == 3 and found.plan.unseen == 26  # 26 cards over 12 learning days


def test_readiness_on_the_day_is_below_readiness_tonight_and_failing_counts_nothing(store: Store, clock) -> None:
    study_today(store, clock)
    on_the_day = figures(store, clock)
    tonight = figures(store, clock, target(days=None))
    assert 0 < on_the_day.readiness < tonight.readiness  # memories fade by the day; tonight they are fresh
    far = figures(store, clock, target(days=60))
    assert far.readiness < on_the_day.readiness
    studied = store.schedule_of(Level.SENIOR, [card.key for card in target_cards(target(), library())])
    for key in studied:
        store.record_rating(Level.SENIOR, key, Rating.AGAIN, clock())
    assert figures(store, clock).readiness == 0.0  # every studied card just failed


def test_following_the_plan_every_day_sees_every_card_before_the_review_days(store: Store, clock) -> None:
    new_each_day = []
    for _ in range(14):
        before = figures(store, clock).plan.unseen
        study_today(store, clock)
        new_each_day.append(before - figures(store, clock).plan.unseen)
        clock.advance(days=1)
    assert sum(new_each_day[: 14 - REVIEW_DAYS]) == 26 and new_each_day[14 - REVIEW_DAYS :] == [0, 0]
    assert max(new_each_day) - min(new_each_day[: 14 - REVIEW_DAYS]) <= 1  # an even pace
    assert figures(store, clock).plan.stage is Stage.INTERVIEW_DAY


def test_skipped_days_are_caught_up_and_still_every_card_is_seen_in_time(store: Store, clock) -> None:
    for day in range(12):
        if day not in (2, 3, 4, 7):  # away four days
            study_today(store, clock)
        clock.advance(days=1)
    found = figures(store, clock)
    assert found.plan.unseen == 0 and found.plan.stage is Stage.REVIEWING
    assert found.readiness > 0.5


def test_a_target_whose_date_passed_is_past_not_gone(store: Store, clock) -> None:
    clock.advance(days=20)
    found = figures(store, clock)
    assert found.plan.stage is Stage.PAST and found.target.is_past(local_date(clock()))


# ---------------------------------------------------------------- the commands

POSTING = """# Senior Backend Engineer

Acme builds payment services. We are hiring a senior engineer (5+ years).

## What you'll do

- Design and run Kafka consumers that process card payments
- Improve PostgreSQL query performance for our ledger

## What you bring

- Strong Go or Python
- Experience with Spark is a plus
"""


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(prep_command() + list(args), input=stdin, capture_output=True, text=True, timeout=60)


def test_target_add_list_show_and_remove(data_dir: Path, tmp_path: Path) -> None:
    posting = write(tmp_path / "acme.md", POSTING)
    when = (date.today() + timedelta(days=14)).isoformat()
    added = run("target", "add", str(posting), "--name", "acme", "--date", when)
    assert added.returncode == 0, added.stderr
    assert "Saved target acme" in added.stdout and "level: senior" in added.stdout
    assert (data_dir / "packs" / "deck-acme.yaml").is_file()
    listed = run("target", "list")
    assert listed.stdout.startswith("acme · senior · 14 days · 0% ready on the day · today: 0 reviews, ")
    shown = json.loads(run("target", "show", "acme", "--json").stdout)
    assert shown["level"] == "senior" and shown["date"] == when and shown["plan"]["stage"] == "learning"
    names = {skill["name"]: skill for skill in shown["skills"]}
    assert {"Kafka", "PostgreSQL", "Go", "Python"} <= set(names)
    assert all(skill["cards"] > 0 for name, skill in names.items() if name in ("Kafka", "PostgreSQL"))
    text = run("target", "show", "acme").stdout
    assert "Skills, weakest first" in text and "What you'll do" in text
    removed = run("target", "remove", "acme")
    assert removed.returncode == 0 and not (data_dir / "packs" / "deck-acme.yaml").exists()
    assert run("target", "list").stdout.startswith("No targets yet")


def test_a_posting_from_stdin_is_kept_and_the_level_can_be_chosen(data_dir: Path) -> None:
    added = run("target", "add", "-", "--level", "mid", stdin=POSTING)
    assert added.returncode == 0, added.stderr
    assert "level: mid" in added.stdout and "no date" in added.stdout
    kept = list((data_dir / "postings").iterdir())
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == POSTING


@pytest.mark.parametrize(
    "args, message",
    [
        (["--date", "2020-01-01"], "interview date 2020-01-01 has passed; give today's date or a later one"),
        (["--date", "next friday"], "interview date 'next friday': write it as YYYY-MM-DD"),
        (["--name", "Acme Corp"], "target name 'Acme Corp': use lowercase letters, digits and dashes, like acme-corp"),
    ],
)
def test_bad_target_options_are_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    posting = write(tmp_path / "acme.md", POSTING)
    done = run("target", "add", str(posting), *args)
    assert done.returncode == 2 and message in done.stderr and done.stderr.count("\n") == 1


def test_names_are_unique_and_a_typo_gets_a_suggestion(tmp_path: Path) -> None:
    posting = write(tmp_path / "acme.md", POSTING)
    assert run("target", "add", str(posting), "--name", "acme").returncode == 0
    again = run("target", "add", str(posting), "--name", "acme")
    assert again.returncode == 2 and "a target named 'acme' exists" in again.stderr
    typo = run("target", "show", "acm")
    assert typo.returncode == 2 and "did you mean 'acme'?" in typo.stderr


def test_studying_a_target_from_the_command_line(tmp_path: Path) -> None:
    posting = write(tmp_path / "acme.md", POSTING)
    run("target", "add", str(posting), "--name", "acme", "--date", (date.today() + timedelta(days=3)).isoformat())
    quiz = run("quiz", "--target", "acme", "--plain", "-n", "2", stdin="1\n1\n")
    assert quiz.returncode == 0, quiz.stderr
    both = run("quiz", "--target", "acme", "--level", "mid", "--plain")
    assert both.returncode == 2 and "give --target or --level, not both" in both.stderr
    assert json.loads(run("target", "show", "acme", "--json").stdout)["studied"] >= 1


def test_saving_a_target_twice_under_one_name_is_refused(
    paths: Paths, store: Store, clock: FakeClock, tmp_path
) -> None:
    from prep.core.targets import draft_target
    from prep.errors import UsageError

    posting = write(tmp_path / "acme.md", POSTING)
    draft = draft_target([posting], library(), name="acme")
    saved = save_target(draft, None, paths, store, clock())
    assert store.targets() == [("acme", to_record(saved))]
    with pytest.raises(UsageError, match="exists"):
        save_target(draft, None, paths, store, clock())


@pytest.mark.parametrize(
    "title, name",
    [
        ("Backend Developer / Senior Backend Developer", "backend-developer"),
        ("Senior Software Engineer, Backend (Payments) - Remote", "senior-software-engineer"),
        ("Staff Platform Engineer – Distributed Storage and Streaming Systems", "staff-platform-engineer"),
        ("Principal Engineer for Large Scale Distributed Data Platforms", "principal-engineer-for-large"),
        ("", "posting"),
    ],
)
def test_a_target_is_named_from_the_first_part_of_the_title_in_whole_words(title: str, name: str) -> None:
    from prep.core.targets import NAME, short_name

    assert short_name(title) == name and NAME.match(name)


def test_target_add_counts_each_list_s_cards_in_words(data_dir: Path, tmp_path: Path) -> None:
    posting = write(
        tmp_path / "one.md",
        "# Senior Backend Engineer\n\n## What you'll do\n\n- Take part in the on-call rotation for the payment APIs\n"
        "- Add a cache in front of the pricing API and own how its entries expire\n\n"
        "## Nice to have\n\n- Experience with rate limiting and quotas for public APIs\n",
    )
    added = run("target", "add", str(posting), "--name", "one")
    assert added.returncode == 0, added.stderr
    assert "What you'll do: 2 cards" in added.stdout and "Nice to have: 1 card\n" in added.stdout


def test_a_pasted_ad_whose_lists_lost_their_bullets_gives_a_question_per_line(tmp_path: Path) -> None:
    from prep.core.packs.discover import bundled_library
    from prep.core.targets import draft_target, posting_from_text

    pasted = (
        "Backend Engineer\n\nResponsibilities\n"
        "Build and ship features in our Django application, from migration to production\n"
        "Design PostgreSQL schemas and write fast queries; find and fix N+1 queries,\n"
        "missing indexes and slow ORM calls\n"
        "Own background processing in Celery: retries, idempotent jobs and queue priorities\n"
    )
    path = posting_from_text(pasted, tmp_path)
    draft = draft_target([path], bundled_library().packs)
    duties = {card.source.line for card in draft.result.pack.cards if card.source and card.source.kind}
    assert len(duties) == 3
    markdown = posting_from_text("# Backend Engineer\n\n## Responsibilities\n\n- Design PostgreSQL schemas\n", tmp_path)
    assert draft_target([markdown], bundled_library().packs).result.pack.cards  # Markdown is still read as such
