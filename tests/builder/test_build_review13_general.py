"""Rules from the fourth pass over review13: query tuning, Linux work and small releases get rubrics of their
own; a bullet that only names the stack or asks for a decision is asked about the right thing; a page with
no lists of its own gives questions from its FAQ on the work and from a skills list written as requirements.
Every document here was written for these tests."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from prep.core.builder import BuildResult, build
from prep.core.builder.interview import draft
from prep.core.builder.lists import duty_phrases
from prep.core.model import Level, Pack


def _themes(text: str, kind: str = "responsibility") -> list[str]:
    drafted = draft(text, kind)
    assert drafted is not None, text
    return [theme.name for theme in drafted.themes]


def _answer(text: str, kind: str = "responsibility") -> str:
    drafted = draft(text, kind)
    assert drafted is not None, text
    return drafted.at(Level.MID).answer


def test_tuning_queries_is_asked_about_plans_and_indexes() -> None:
    assert _themes("Tune slow MySQL queries and design indexes with the DBA")[0] == "query-tuning"
    assert "EXPLAIN ANALYZE" in _answer("Speed up the slowest reporting queries on PostgreSQL")


def test_tuning_that_is_not_about_queries_stays_performance_work() -> None:
    themes = _themes("Tune the JVM garbage collector for lower checkout latency")
    assert "query-tuning" not in themes and themes[0] == "performance"


def test_linux_administration_has_its_own_rubric_lines() -> None:
    themes = _themes("You are comfortable with Docker and basic Linux administration", "qualification")
    assert themes[:2] == ["containers", "linux"]
    answer = _answer("Keep our Linux hosts patched and healthy")
    assert "systemd" in answer and "Dockerfile" not in answer


def test_watching_batch_jobs_is_asked_about_the_data_not_latency() -> None:
    assert _themes("Monitor the nightly loads and fix failures before analysts notice")[0] == "job-monitoring"
    assert "row counts" in _answer("Monitor the nightly loads and fix failures before analysts notice")
    assert _themes("Monitor the checkout API and page on errors")[0] == "observability"


def test_small_releases_bring_slicing_into_the_rubric() -> None:
    assert "delivery" in _themes("Break large features into small releases with the product manager")


@pytest.mark.parametrize(
    "bullet",
    ["Work mostly in Python and Django", "You will work primarily in Go", "Use Terraform and Ansible daily"],
)
def test_a_bullet_that_only_names_the_stack_gives_no_question(bullet: str) -> None:
    # The library's cards on those skills are the deck's questions about them.
    assert draft(bullet, "responsibility") is None


def test_working_with_people_or_on_a_thing_still_gives_a_question() -> None:
    assert draft("Work with product managers to shape the roadmap", "responsibility") is not None
    assert draft("Work on the billing ledger in Kotlin", "responsibility") is not None


def test_a_decision_is_asked_about_how_the_call_is_made() -> None:
    drafted = draft("Help decide which services we should rewrite and which we should keep", "responsibility")
    assert drafted is not None
    assert "weigh" in drafted.prompt or "evidence" in drafted.prompt
    assert "criteria" in drafted.at(Level.SENIOR).answer.lower()


def test_one_colon_to_a_question() -> None:
    for bullet in ("Experience with cloud platforms such as AWS or Azure", "Experience with GCP"):
        drafted = draft(bullet, "qualification")
        assert drafted is not None and drafted.prompt.count(":") <= 1, drafted


def test_duty_phrases_keep_coordinated_verbs_and_their_separators() -> None:
    answer = (
        "As a platform engineer, you will be responsible for planning, building, and running the deploy "
        "system. This includes writing clear, short, and current runbooks, reviewing changes, and fixing "
        "flaky checks. Salaries depend on the city."
    )
    assert duty_phrases(answer) == [
        "Planning, building, and running the deploy system",
        "Writing clear, short, and current runbooks",
        "Reviewing changes",
        "Fixing flaky checks",
    ]


CAREERS_PAGE = """Platform engineer jobs and careers

WHAT DOES A PLATFORM ENGINEER DO DAY TO DAY?

As a platform engineer, you will be responsible for keeping the deploy pipeline fast and safe. This includes
writing runbooks for incidents, automating rollbacks, and reviewing Terraform changes from other teams.
Additionally, you will mentor new teammates through their first on-call weeks.

HOW MUCH DO PLATFORM ENGINEERS EARN?

Pay depends on the city and the company.

MOST WANTED SKILLS

  • Experience with Kubernetes in production
  • Knowledge of TCP, DNS and TLS basics
  • Python, Go
"""


def _built(tmp_path: Path, text: str, bundled: Sequence[Pack] = (), name: str = "careers.txt") -> BuildResult:
    """The build of `text` saved as `name` (its suffix says how prep reads it)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return build([path], bundled=bundled)


def _prompts(tmp_path: Path, text: str, name: str = "careers.txt") -> str:
    """The prompts of the cards `text` builds to, joined."""
    return " ".join(card.prompt for card in _built(tmp_path, text, name=name).pack.cards)


def test_a_page_without_lists_asks_about_the_work_its_faq_describes(tmp_path: Path, bundled_packs: list[Pack]) -> None:
    cards = _built(tmp_path, CAREERS_PAGE, bundled_packs).pack.cards
    duties = [card for card in cards if card.source and card.source.kind == "responsibility"]
    prompts = " ".join(card.prompt.lower() for card in duties)
    assert "runbooks" in prompts and "rollbacks" in prompts and "mentor" in prompts
    assert all(card.source and card.source.line == 3 for card in duties)  # the FAQ's question line
    assert not [card for card in cards if "earn" in card.prompt.lower() or "city" in card.prompt.lower()]


def test_a_skills_list_written_as_requirements_gives_questions(tmp_path: Path, bundled_packs: list[Pack]) -> None:
    cards = _built(tmp_path, CAREERS_PAGE, bundled_packs).pack.cards
    asked = [card.prompt for card in cards if card.source and card.source.kind == "qualification"]
    assert any("Kubernetes" in prompt for prompt in asked)
    assert any("DNS" in prompt or "TLS" in prompt for prompt in asked)
    assert not any(prompt.startswith(("Python", "Go")) for prompt in asked)  # a bare run of names asks nothing


def test_a_posting_with_its_own_lists_keeps_them_alone(tmp_path: Path, bundled_packs: list[Pack]) -> None:
    posting = CAREERS_PAGE + (
        "\nWHAT YOU WILL DO\n\n  • Own the deploy pipeline end to end\n  • Run game days for failover\n"
        "\nREQUIREMENTS\n\n  • Experience running PostgreSQL in production\n  • Clear written English\n"
    )
    cards = _built(tmp_path, posting, bundled_packs).pack.cards
    prompts = " ".join(card.prompt for card in cards)
    assert "runbooks" not in prompts and "Kubernetes" not in prompts
    assert "deploy pipeline" in prompts and "PostgreSQL" in prompts


def test_a_past_time_question_puts_the_relative_clause_in_the_past_too() -> None:
    # The candidate's own services, which reconciled payments: not this employer's, which reconcile them.
    drafted = draft("Own services that reconcile card settlements with bank partners", "qualification")
    assert drafted is not None and "services that reconciled card settlements" in drafted.prompt
    kept = draft("Ensure that work is reviewed before release", "qualification")
    assert kept is not None and "that work was reviewed" in kept.prompt  # "work" here is a noun


def test_a_title_that_goes_on_past_the_role_still_names_it() -> None:
    from prep.core.builder.levels import role_of

    role = role_of("Backend Engineer (Payments) — Northwind Ledger")
    assert role is not None and role.name == "Backend Engineer (Payments)"
    senior = role_of("Senior Go Developer | Berlin")
    assert senior is not None and senior.level is Level.SENIOR
    assert role_of("About us — Acme") is None
    graded = role_of("Backend Engineer II, Field Data Platform")
    assert graded is not None and graded.level is Level.MID  # a grade before the team
    lead = role_of("Engineering Lead, Online Services (Matchmaking & Live Ops)")
    assert lead is not None and lead.name == "Engineering Lead" and lead.level is Level.LEAD
    assert role_of("Work with the Engineering Manager, product and design") is None


def test_a_posting_titled_role_then_employer_reads_its_level_from_the_intro(tmp_path: Path) -> None:
    result = _built(
        tmp_path,
        (
            "# Platform Engineer (Billing) — Quarry Labs\n\n"
            "We're looking for a senior platform engineer to join us.\n\n"
            "## What you'll do\n\n- Run game days for our failover drills\n- Keep our Kubernetes clusters patched\n"
        ),
        name="posting.md",
    )
    assert {card.levels for card in result.pack.cards} == {(Level.SENIOR,)}


def test_a_question_collection_is_for_every_level(tmp_path: Path) -> None:
    result = _built(
        tmp_path,
        (
            "# Redis interview questions\n\n## What is a Redis sorted set?\n\nA set whose members each carry a score, "
            "kept in score order.\n\n## Why is KEYS dangerous in production?\n\nIt walks every key and blocks the "
            "server while it does.\n"
        ),
        name="questions.md",
    )
    assert result.pack.cards and {card.levels for card in result.pack.cards} == {(Level.JUNIOR,)}
    assert result.report(["x"])["documents"][0]["levels"] == []  # none named: not a guess shown as fact


# ---- from the review of documents prep had never seen (review13/fresh): what a bullet is about, not one keyword


@pytest.mark.parametrize(
    ("bullet", "theme"),
    [
        ("Write audit logging that records every access to patient records and cannot be altered", "audit"),
        ("Make order placement idempotent so a retried request never charges a shopper twice", "idempotency"),
        ("Write idempotent consumers for RabbitMQ queues", "events"),
        ("Evolve PostgreSQL schemas on tables with millions of rows without downtime", "schema-migration"),
        ("A good understanding of distributed systems failure modes: timeouts, partial failure", "distributed-systems"),
        ("Set service level objectives with product teams and use error budgets", "slos"),
        ("Handle underperformance on the team with care and clarity", "people-management"),
        ("Solid experience with Terraform at scale: module design, state management, rollouts", "infrastructure"),
        ("Work with the DPO on privacy impact assessments for new features", "privacy"),
        ("Build consensus on contentious technical choices across teams", "leadership"),
        ("Keep our Postgres fleet healthy: vacuum, replication lag, connection pooling", "database-operations"),
        ("Own database backups, restores and failover drills", "database-operations"),
        ("Experience operating PostgreSQL in production", "database-operations"),
    ],
)
def test_the_rubric_follows_what_the_bullet_is_about(bullet: str, theme: str) -> None:
    assert _themes(bullet, "qualification")[0] == theme


def test_moving_services_is_not_a_schema_change() -> None:
    assert "schema-migration" not in _themes("Migrate our services from virtual machines to Kubernetes")


@pytest.mark.parametrize(
    "bullet",
    [
        "Design failover for our payment API across two regions",
        "Back up and restore customer files in S3",
        "Restore trust with customers after an outage",
    ],
)
def test_failover_and_backups_are_database_work_only_beside_a_database(bullet: str) -> None:
    assert "database-operations" not in _themes(bullet)


@pytest.mark.parametrize(
    ("bullet", "asked"),
    [
        ("Lead, coach and grow a team of platform engineers", "led, coached and grew a team of platform engineers"),
        ("Encrypt sensitive data at rest and manage keys with AWS KMS", "encrypted sensitive data at rest"),
        (
            "Hire for the team: write the role, run interviews, calibrate with other leads and close candidates",
            "calibrated with other leads",
        ),
        ("Build REST APIs for uploading, storing and sharing records", "for uploading, storing and sharing records"),
    ],
)
def test_every_verb_of_a_bullet_is_read_and_put_in_the_past(bullet: str, asked: str) -> None:
    drafted = draft(bullet, "qualification")  # asked about the past
    assert drafted is not None and asked in drafted.prompt, drafted


def test_a_second_requirement_joined_by_and_is_not_pasted_into_the_question() -> None:
    drafted = draft("Experience running services on Kubernetes, and comfort reading dashboards", "qualification")
    assert drafted is not None and "comfort" not in drafted.prompt
    assert drafted.themes[0].name == "kubernetes"


def test_knowing_how_something_works_is_asked_as_knowledge() -> None:
    drafted = draft("You understand how OAuth 2.0 and OpenID Connect work in web APIs", "qualification")
    assert drafted is not None and "a time you understood" not in drafted.prompt
    assert "OAuth" in drafted.prompt


MARKDOWN_QUESTIONS = """# Postgres interview questions

## How do you keep only the newest row per customer?

Number the rows per customer, newest first, and keep the first.

To get the newest order per customer:

```sql
SELECT DISTINCT ON (customer_id) * FROM orders ORDER BY customer_id, created_at DESC;
```

## True or False? A primary key column can hold NULL.

False. A primary key is unique and NOT NULL.

## Which isolation level does PostgreSQL use by default?

The default is one of four levels:

- READ COMMITTED, the default
- REPEATABLE READ and SERIALIZABLE when asked for
"""


def test_a_colon_lead_in_stays_in_its_answer_and_true_or_false_headings_are_asked(tmp_path: Path) -> None:
    result = _built(tmp_path, MARKDOWN_QUESTIONS, name="postgres.md")
    cards = {card.prompt: card.answer[0] for card in result.pack.cards}
    assert "DISTINCT ON" in cards["How do you keep only the newest row per customer?"]
    assert cards["True or False? A primary key column can hold NULL."].startswith("False.")
    assert "READ COMMITTED" in cards["Which isolation level does PostgreSQL use by default?"]
    assert len(cards) == 3


def test_a_shouted_question_keeps_its_capital_i() -> None:
    from prep.core.builder.questions import tidy

    assert tidy("DO I NEED A DEGREE IF I'M SELF-TAUGHT?") == "Do I need a degree if I'm self-taught?"


def test_sentences_to_the_candidate_beside_a_list_are_read_too(tmp_path: Path) -> None:
    prompts = _prompts(
        tmp_path,
        (
            "Backend Engineer\n\nRequirements\n\n- Experience running PostgreSQL in production\n\n"
            "You understand how TLS certificates are issued and rotated. You have written audit logging that "
            "nobody can alter afterwards.\n"
        ),
        name="posting.txt",
    )
    assert "PostgreSQL" in prompts and "TLS" in prompts and "audit logging" in prompts


def test_the_same_back_on_the_same_skills_is_one_card(tmp_path: Path) -> None:
    result = _built(
        tmp_path,
        (
            "# Backend Engineer\n\n## What you'll do\n\n- Build event-driven services on Kafka\n\n"
            "## What we look for\n\n- Experience with Kafka\n"
        ),
        name="posting.md",
    )
    answers = [card.answer for card in result.pack.cards if "kafka" in card.topics]
    assert len(answers) == len(set(answers))


def test_running_post_mortems_is_asked_about_the_review_not_the_outage() -> None:
    assert _themes("Run blameless post-mortems and follow up on their actions")[0] == "incident-reviews"


def test_a_rubric_never_repeats_a_red_flag() -> None:
    answer = _answer("Collaborate with frontend developers on the interfaces between our services")
    flags = answer.split("Red flags:\n", 1)[1].splitlines()
    assert len(flags) == len(set(flags))


def test_who_relies_on_the_work_stays_in_the_question_in_the_past() -> None:
    drafted = draft("You have shipped REST APIs that other teams depend on", "qualification")
    assert drafted is not None and "REST APIs that other teams depended on" in drafted.prompt


def test_writing_readable_sql_is_asked_about_readable_sql() -> None:
    drafted = draft("Write SQL that other people can read", "qualification")
    assert drafted is not None and drafted.themes[0].name == "sql-writing"
    assert "constraints and indexes" not in drafted.prompt


def test_a_choice_of_languages_gets_answer_lines_for_the_first_two() -> None:
    for seed in range(12):  # the probe asked depends on the text: try bullets until the concurrency one comes up
        drafted = draft(f"Experience with Node.js or Python ({seed})", "qualification")
        if drafted is not None and "concurrency" in drafted.prompt:
            answer = drafted.at(Level.MID).answer
            assert "event loop" in answer and "free-threaded" in answer
            return
    pytest.fail("no concurrency question in twelve tries")


# ---- from the review of a second set of unseen documents (review13/fresh2)


@pytest.mark.parametrize(
    ("bullet", "asked"),
    [
        ("Design and implementation of scalable services in Kotlin", "designed and implemented scalable services"),
        ("Integration of third-party payment providers", "integrated third-party payment providers"),
        ("Technical mentoring of junior colleagues and active participation in design reviews", "mentored junior"),
    ],
)
def test_duties_written_as_nouns_are_asked_as_verbs(bullet: str, asked: str) -> None:
    drafted = draft(bullet, "responsibility")
    assert drafted is not None and asked in drafted.prompt, drafted
    assert "participation" not in drafted.prompt


def test_the_design_and_implementation_of_something_stays_whole() -> None:
    drafted = draft("Lead the design and implementation of our billing services", "qualification")
    assert drafted is not None and "the design and implementation of billing services" in drafted.prompt


@pytest.mark.parametrize(
    ("bullet", "theme", "not_theme"),
    [
        ("Integrate third-party payment providers and their webhooks", "integrations", "api"),
        ("Automate repetitive operational tasks with bash and Python scripts", "automation", "linux"),
        ("Set up CI pipelines for the mobile team and fix failing builds", "ci-cd", "job-monitoring"),
        ("Take part in incident reviews after outages", "incident-reviews", "code-review"),
    ],
)
def test_a_near_keyword_does_not_pull_in_another_subject(bullet: str, theme: str, not_theme: str) -> None:
    themes = _themes(bullet)
    assert themes[0] == theme and not_theme not in themes


def test_a_narrow_theme_keeps_the_broad_one_out_of_its_rubric() -> None:
    answer = _answer("Define SLOs and error budgets for the payments API with the reliability team")
    assert "error budget" in answer and "circuit breakers" not in answer


PLAIN_QUIZ = """Python interview questions

Q: What does this print, and why?
    def add(item, bucket=[]):
        bucket.append(item)
        return bucket

    print(add(1))
    print(add(2))

A: It prints [1] and then [1, 2]: the default list is made once and shared by every call.

Q: What is a decorator? Write a simple one.
A: A callable that takes a function and returns a wrapped one; "==" on objects calls __eq__.

- Write-through: every write goes to the cache and the store at once.
"""


def test_a_plain_text_quiz_keeps_its_code_and_its_whole_questions(tmp_path: Path) -> None:
    result = _built(tmp_path, PLAIN_QUIZ, name="quiz.txt")
    cards = {card.prompt: card.answer[0] for card in result.pack.cards}
    shown = next(prompt for prompt in cards if prompt.startswith("What does this print"))
    assert "```\ndef add(item, bucket=[]):\n    bucket.append(item)" in shown and "print(add(2))" in shown
    assert cards[shown].startswith("It prints [1]")
    assert "calls __eq__." in cards["What is a decorator? Write a simple one."]
    assert not any(prompt.startswith("Write-through") for prompt in cards)


# ---- from the review of a third set of unseen documents (review13/fresh3)

CONVERSATIONAL = """# Backend Engineer at Tallybook

## You'll

- Design leaderboards on Redis sorted sets for seasonal events
- Build and extend services in C# on .NET 8 for the store

## Who you probably are

You probably have shipped a service that other teams depended on. You know your way around SQL.

Things that would make us very happy, but aren't required:

- You've worked with idempotency keys, retries and webhooks at some scale
- You play games, although it really isn't required
"""


def test_conversational_headings_and_hedges_are_read(tmp_path: Path) -> None:
    result = _built(tmp_path, CONVERSATIONAL, name="posting.md")
    prompts = [card.prompt for card in result.pack.cards]
    text = " ".join(prompts)
    assert "leaderboards" in text and "C# on .NET 8" in text  # under "You'll"
    assert "other teams depended on" in text  # prose under "Who you probably are" ("SQL" alone: the library's cards)
    assert "idempotency keys" in text  # the list under "... would make us very happy"
    assert "games" not in text and "probably" not in text


def test_why_the_employer_wants_it_is_not_pasted_into_the_question() -> None:
    drafted = draft(
        "Reason about latency and tail percentiles, because wait time is a number players feel", "qualification"
    )
    assert drafted is not None and "because" not in drafted.prompt and "players" not in drafted.prompt


BEHAVIOURAL_HEADINGS = """# Behavioural questions

## 1. Give an example of a time you had to learn a new technology quickly.

**Situation:** Our team adopted Kafka a month before a launch.
**Action:** I built a small consumer on a spare evening and paired with the platform team.
**Result:** We shipped on time and I ran the team's first Kafka session.
"""


def test_an_instruction_heading_is_a_behavioural_question(tmp_path: Path) -> None:
    result = _built(tmp_path, BEHAVIOURAL_HEADINGS, name="questions.md")
    cards = result.pack.cards
    assert [card.prompt for card in cards] == ["Give an example of a time you had to learn a new technology quickly."]
    assert "Kafka session" in cards[0].answer[0]


FAQ_PAGE = """<html><body><article>
<h1>Kafka interview questions</h1>
<p>Kafka shows up in most backend interviews. These are the questions we hear most often.</p>
<h3>What does an idempotent producer prevent?</h3>
<p>Duplicates written when the producer retries a send after a timeout.</p>
<pre><code>props.put("enable.idempotence", "true");
props.put("acks", "all");</code></pre>
<p class="cta">Want more? Download our free PDF and join 12,000 engineers on the newsletter.</p>
</article></body></html>
"""


def test_a_faq_page_keeps_code_lines_and_leaves_its_intro_and_pitch_out(tmp_path: Path) -> None:
    result = _built(tmp_path, FAQ_PAGE, name="kafka.html")
    cards = result.pack.cards
    assert [card.prompt for card in cards] == ["What does an idempotent producer prevent?"]
    answer = cards[0].answer[0]
    assert 'props.put("enable.idempotence", "true");\nprops.put("acks", "all");' in answer
    assert "Download" not in answer and "newsletter" not in answer


# ---- from the held-out set (review13/fresh4) and round 5


@pytest.mark.parametrize(
    "bullet",
    [
        "You will report to the Engineering Manager, Platform",
        "Spend roughly a third of your time writing and reviewing code",
        "We pay a referral fee if you introduce a friend",
    ],
)
def test_logistics_of_the_job_make_no_question(bullet: str) -> None:
    assert draft(bullet, "responsibility") is None


@pytest.mark.parametrize(
    ("bullet", "not_theme"),
    [
        ("Build new screens in Kotlin and Jetpack Compose", "containers"),
        ("Redesign the indexing path that keeps search results fresh", "data"),
        ("Ship time-limited live events for millions of players", "events"),
    ],
)
def test_a_word_with_another_meaning_does_not_choose_the_rubric(bullet: str, not_theme: str) -> None:
    drafted = draft(bullet, "responsibility")
    assert drafted is None or not_theme not in [theme.name for theme in drafted.themes]


def test_follow_ups_are_ones_the_rubric_answers() -> None:
    drafted = draft("Document data sets so analysts can find what they need", "responsibility")
    assert drafted is not None and "read the docs" not in drafted.prompt


def test_an_answer_label_alone_on_its_line_is_not_a_section(tmp_path: Path) -> None:
    text = (
        "# Caching questions\n\nQ: What is cache-aside?\nA:\n\n- Read the cache first\n- On a miss, load and fill it\n"
    )
    cards = _built(tmp_path, text, name="caching.md").pack.cards
    assert [card.prompt for card in cards] == ["What is cache-aside?"]
    assert "On a miss" in cards[0].answer[0]


RECRUITER_EMAIL = """Hi Sam,

I'm working with a health-tech company in Leeds. They're hiring a Senior Backend Engineer for their booking
team, which runs the APIs clinics use all day. Day to day you would:

- Design and run the booking APIs on PostgreSQL
- Review code and mentor two mid-level engineers

Would you be open to a quick 15-minute call this week?
"""


def test_a_list_introduced_at_the_end_of_a_paragraph_and_the_level_it_hires_at(tmp_path: Path) -> None:
    result = _built(tmp_path, RECRUITER_EMAIL, name="email.txt")
    prompts = " ".join(card.prompt for card in result.pack.cards)
    assert "booking APIs on PostgreSQL" in prompts and "mentor" in prompts
    assert {card.levels for card in result.pack.cards} == {(Level.SENIOR,)}
    assert "call" not in prompts


def test_no_theme_matches_every_text() -> None:
    from prep.core.builder.interview_words import THEMES

    for theme in THEMES:
        assert not theme.pattern.search(""), theme.name  # an empty alternative ("a||b") would match anything
        assert not theme.pattern.search("the and of"), theme.name


def test_praise_before_a_skill_is_not_part_of_its_name(tmp_path: Path, bundled_packs: list[Pack]) -> None:
    text = "# Backend Engineer\n\n## Requirements\n\n- Solid Kotlin or Java, including how the JVM handles memory\n"
    skills = [skill.name for skill in _built(tmp_path, text, bundled_packs, name="posting.md").skills]
    assert "Kotlin" in skills and not any(name.startswith("Solid") for name in skills)


def test_a_page_of_expectations_at_each_level_is_a_ladder(tmp_path: Path) -> None:
    text = (
        "# What we expect at each level\n\n"
        "## Engineer I\n\n- Writes tests for the code they change\n- Reads logs before escalating\n\n"
        "## Engineer II\n\n- Breaks work into small pull requests\n- Joins the on-call rotation\n\n"
        "## Senior Engineer\n\n- Leads design reviews for the team\n"
    )
    cards = _built(tmp_path, text, name="levels.md").pack.cards
    assert {Level.JUNIOR, Level.MID} <= {level for card in cards for level in card.levels}


def test_a_career_framework_is_a_ladder_and_the_levels_beyond_it_make_no_card(tmp_path: Path) -> None:
    text = (
        "# Platform engineering career framework\n\n"
        "## Engineer I\n\n- Writes tests for the code they change\n- Reads logs before escalating\n\n"
        "## Senior Engineer\n\n- Leads design reviews for the team\n- Owns the on-call handbook\n\n"
        "## Beyond Staff\n\nPrincipal Engineer and the management track are still being defined with the CTO.\n"
    )
    cards = _built(tmp_path, text, name="framework.md").pack.cards
    assert {Level.JUNIOR, Level.SENIOR} <= {level for card in cards for level in card.levels}
    assert not any("Principal" in card.prompt or "Principal" in " ".join(card.answer) for card in cards)


def test_a_long_title_with_an_employer_still_names_a_staff_role() -> None:
    from prep.core.builder.levels import role_of

    role = role_of("Staff Backend Engineer, Content Delivery — Lumen Audio")
    assert role is not None and role.level is Level.LEAD


def test_a_gerund_naming_a_subject_is_asked_about_the_subject() -> None:
    drafted = draft("Caching strategies for data that goes stale quickly", "qualification")
    assert drafted is not None and "cached strategies" not in drafted.prompt
    assert "cache" in drafted.prompt.lower().split("?")[0].split(".")[-1]  # the probe asked is about caching


@pytest.mark.parametrize(
    ("bullet", "not_theme"),
    [
        ("Keep the payments service inside PCI DSS scope", "product"),
        ("Review design documents from other teams", "code-review"),
        ("Drive cost optimisation across our Kubernetes clusters", "performance"),
        ("Experience with cost optimization in AWS", "performance"),
    ],
)
def test_a_phrase_is_read_whole(bullet: str, not_theme: str) -> None:
    drafted = draft(bullet, "qualification")
    assert drafted is not None and not_theme not in [theme.name for theme in drafted.themes]


def test_http_basics_are_asked_about_methods_and_status_codes() -> None:
    drafted = draft("You know what HTTP status codes mean and the difference between GET and POST", "qualification")
    assert drafted is not None and "4xx" in drafted.prompt and "idempotent" in drafted.at(Level.JUNIOR).answer


def test_knowing_something_is_never_asked_as_a_time_you_understood_it() -> None:
    for bullet in ("You understand basic data structures such as lists and trees", "You know SQL well"):
        drafted = draft(bullet, "qualification")
        assert drafted is None or ("understood" not in drafted.prompt and "knew" not in drafted.prompt)


def test_a_why_us_question_answered_with_perks_makes_no_card(tmp_path: Path) -> None:
    text = (
        "# Backend Developer\n\n## What you'll do\n\n- Build and test the booking APIs on PostgreSQL\n\n"
        "## Why Tallybook?\n\n- Team lunch every Thursday\n- A learning budget of 1,000 euros\n- Train travel paid\n"
    )
    result = _built(tmp_path, text, name="posting.md")
    assert not [card for card in result.pack.cards if card.prompt.startswith("Why")]


def test_lists_after_prose_lead_ins_are_read(tmp_path: Path) -> None:
    text = (
        "# Principal Engineer\n\nYou will set direction for the payments platform.\n\n"
        "Beyond that, you will:\n\n- Run design reviews for the ledger service\n- Mentor staff engineers\n\n"
        "We don't expect you to tick every box, but it helps if you have:\n\n- Experience with Kafka in production\n"
    )
    prompts = " ".join(card.prompt for card in _built(tmp_path, text, name="posting.md").pack.cards)
    assert "design reviews" in prompts and "Kafka" in prompts


def test_an_availability_service_is_not_about_uptime() -> None:
    assert "reliability" not in _themes("Build and maintain the availability service that shows open slots")


def test_money_work_is_asked_about_money() -> None:
    drafted = draft("Model money correctly: integer minor units, currency codes and explicit rounding", "qualification")
    assert drafted is not None and drafted.themes[0].name == "money"
    assert "never floats" in drafted.at(Level.SENIOR).answer


def test_a_guarantee_is_a_duty() -> None:
    drafted = draft("Guarantee exactly-once effects for ledger postings using idempotency keys", "qualification")
    assert drafted is not None and "guaranteed exactly-once effects" in drafted.prompt


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("✅ You bring", "qualifications"),
        ("🛠 Your day-to-day", "responsibilities"),
        ("Who we think fits:", "qualifications"),
    ],
)
def test_a_heading_is_read_past_its_emoji(heading: str, kind: str) -> None:
    from prep.core.builder.headings import classify_heading

    assert classify_heading(heading).kind.value == kind


@pytest.mark.parametrize(
    "sentence", ["I'd call this a senior role, but titles matter less than what you built.", "Level: Senior"]
)
def test_a_level_named_in_a_founder_s_words_or_a_label(sentence: str) -> None:
    from prep.core.builder.levels import hiring_level

    assert hiring_level(sentence) is Level.SENIOR


def test_a_skill_known_well_enough_to_do_something_is_asked_about_the_skill() -> None:
    drafted = draft("You know Postgres well enough to design schemas and spot a bad query", "qualification")
    assert drafted is not None and "well enough" not in drafted.prompt and "Postgres" in drafted.prompt


def test_the_same_rubric_on_another_subject_is_another_question_but_a_repeat_is_dropped(tmp_path: Path) -> None:
    text = (
        "# Data Engineer\n\n## Responsibilities\n\n"
        "- Build and maintain batch pipelines in Apache Spark that process meter readings\n"
        "- Develop and schedule workflows in Apache Airflow, including backfills and retries\n\n"
        "## Requirements\n\n- Experience building and maintaining batch pipelines in Apache Spark\n"
    )
    prompts = [card.prompt for card in _built(tmp_path, text, name="data.md").pack.cards]
    assert sum("Airflow" in prompt for prompt in prompts) == 1
    assert sum("Spark" in prompt for prompt in prompts) == 1, prompts


def test_a_feeling_after_the_skill_is_not_part_of_the_question() -> None:
    drafted = draft("Experience with Prometheus or similar monitoring, and comfort writing PromQL", "qualification")
    assert drafted is not None and "comfort" not in drafted.prompt and "Prometheus" in drafted.prompt


def test_a_site_menu_copied_with_the_page_is_not_its_title(tmp_path: Path) -> None:
    text = (
        "Skip to main content\nJobs   People   Learning   Messages   Notifications   Me\n\n"
        "Senior Platform Engineer\nHalcyon Freight · Berlin\n\nResponsibilities\n\n"
        "- Run the Kubernetes clusters and their upgrades\n- Own the Terraform modules\n"
    )
    assert _built(tmp_path, text, name="posting.txt").pack.title == "Senior Platform Engineer"


PROBLEMS_POSTING = """# Senior Backend Engineer, Checkout

## Problems worth solving

1. Our basket service copes with 2k orders a minute but stalls during flash sales. You'll help rebuild it around
   partitioned queues so checkout stays under a second at p99.
2. Payments are confirmed by webhooks that arrive late or twice. We need idempotent handlers and a clear record of
   what was already applied.

## Must haves

- Strong Go
"""


def test_a_numbered_list_of_problems_under_an_unknown_heading_gives_its_duties(
    tmp_path: Path, bundled_packs: list[Pack]
) -> None:
    """A problem described in the team's words, then the candidate's part: the duty is read, and its "it" is the
    thing the problem named; what the team needs is work to deliver."""
    cards = _built(tmp_path, PROBLEMS_POSTING, bundled_packs, name="checkout.md").pack.cards
    prompts = [card.prompt for card in cards if card.source and card.source.kind == "responsibility"]
    assert any("rebuild a basket service" in prompt or "rebuild the basket service" in prompt for prompt in prompts)
    assert any("idempotent handlers" in prompt for prompt in prompts), prompts
    assert not any(" it around" in prompt for prompt in prompts)


PROBLEMS_BESIDE_DUTIES = """# Staff Engineer, Data Platform

## What you'll do

- Set the technical direction for the streaming platform
- Mentor senior engineers through design reviews

## Problems you'll tackle in your first year

1. **Schema sprawl.** Four teams define events in four ways. You'll lead the move to a shared schema registry with
   enforced compatibility rules.
2. **Tenancy.** Large customers want dedicated capacity; small ones want low cost. We need an architecture that
   serves both.
3. **Growing the bench.** We want two more engineers operating at staff level within 18 months.
4. **Billing data.** We need end-to-end guarantees against duplicates and loss.
"""


def test_the_problems_the_hire_will_tackle_are_duties_beside_a_list_of_them(
    tmp_path: Path, bundled_packs: list[Pack]
) -> None:
    """A numbered list of problems the hire will work on is read even where the posting lists duties too; a
    clause that points back ("serves both") and a wish for more people give no card; "end-to-end guarantees" are
    not end-to-end tests."""
    cards = _built(tmp_path, PROBLEMS_BESIDE_DUTIES, bundled_packs, name="staff.md").pack.cards
    asked = [card for card in cards if card.source and card.source.kind == "responsibility"]
    prompts = [card.prompt for card in asked]
    assert any("shared schema registry" in prompt for prompt in prompts), prompts
    assert not any("serves both" in prompt or "two more engineers" in prompt for prompt in prompts), prompts
    billing = [card for card in asked if "duplicates and loss" in card.prompt]
    assert billing and "flaky" not in billing[0].prompt and "flaky" not in billing[0].answer[0]


TOOL_TWICE = """# Backend Engineer

## What you'll do

- Design and build payment services on Spring Boot for the checkout team

## Requirements

- Experience with Spring Boot and modern Java
"""


def test_a_requirement_on_a_tool_a_duty_already_asked_about_makes_no_second_story(
    tmp_path: Path, bundled_packs: list[Pack]
) -> None:
    """The duty's story already has the tool's note on its back: the requirement's tool story would repeat it."""
    cards = _built(tmp_path, TOOL_TWICE, bundled_packs, name="tool.md").pack.cards
    stories = [card.prompt for card in cards if card.source and card.source.kind in ("responsibility", "qualification")]
    assert len(stories) == 1 and "payment services" in stories[0], stories


PARAGRAPH_ROLE = """Founding Engineer

Why this role exists

We want someone to own the technical direction of the payments platform, coach the engineers who work on it,
and still write code.

The hard problems

Beyond that, you'll run the technical side of hiring and set up an on-call rotation that doesn't burn people out.
We need correct concurrency control in PostgreSQL and a reconciliation process for when our records and the
bank's disagree.

Money
Salary: 100k
"""


def test_a_posting_written_in_paragraphs_gives_the_duties_it_describes(
    tmp_path: Path, bundled_packs: list[Pack]
) -> None:
    """ "We want someone to ...", "Beyond that, you'll ..." and "We need X" are the job's duties; the clause whose
    "it" points back is left out, and a line asked twice is reported, not dropped silently."""
    built = _built(tmp_path, PARAGRAPH_ROLE, bundled_packs, name="role.txt")
    prompts = " ".join(card.prompt for card in built.pack.cards)
    assert "technical direction" in prompts and "hiring" in prompts and "concurrency control" in prompts
    assert "work on it" not in prompts


def test_a_line_asked_by_an_earlier_card_is_reported(tmp_path: Path, bundled_packs: list[Pack]) -> None:
    built = _built(tmp_path, TOOL_TWICE, bundled_packs, name="tool.md")
    skipped = [line for document in built.documents for line in document.skipped]
    assert any("a card above asks it" in line for line in skipped), skipped


def test_a_pay_question_whose_answer_was_dropped_makes_no_card(tmp_path: Path) -> None:
    result = _built(
        tmp_path,
        (
            "<html><body><h1>Junior Backend Developer</h1><h2>What you'll do</h2><ul><li>Build and maintain "
            "features in the Django monolith</li></ul><h2>FAQ</h2><h3>What is the salary for this role?</h3>"
            "<p>The salary is &pound;32,000&ndash;&pound;38,000 depending on experience, reviewed every April.</p>"
            "<h3>How do you apply the outbox pattern here?</h3><p>Orders write their events in the same "
            "transaction and a relay publishes them.</p></body></html>"
        ),
        name="posting.html",
    )
    prompts = [card.prompt for card in result.pack.cards]
    assert not any("salary" in prompt.lower() for prompt in prompts)
    assert any("outbox" in prompt for prompt in prompts)  # "apply" here is not applying for the job
    assert any("(pay)" in line for line in result.report(["x"])["documents"][0]["skipped"])


def test_a_collection_question_marked_q_is_kept_however_it_is_phrased(tmp_path: Path) -> None:
    result = _built(
        tmp_path,
        (
            "# Databases — my prep notes\n\n### Q: Explain the difference between an INNER JOIN and a LEFT JOIN.\n\n"
            "An inner join keeps only rows with a match on both sides; a left join keeps every left row.\n\n"
            "### Q: Write a query that returns the three latest orders per customer.\n\nA: Rank with ROW_NUMBER() "
            "over each customer, newest first, and keep ranks up to three.\n\n### Q: (Behavioural) Tell me about a "
            "time you fixed a slow query.\n\nA: Situation: the dashboard took six seconds. Action: I added an index. "
            "Result: 300 ms.\n"
        ),
        name="notes.md",
    )
    prompts = [card.prompt for card in result.pack.cards]
    assert any(prompt.startswith("Explain the difference between an INNER JOIN") for prompt in prompts)
    assert any(prompt.startswith("Write a query that returns") for prompt in prompts)
    assert any(prompt.startswith("Tell me about a time you fixed a slow query") for prompt in prompts)  # no label


def test_the_options_a_duty_may_take_are_not_duties_of_their_own(tmp_path: Path) -> None:
    prompts = _prompts(
        tmp_path,
        (
            "# Staff Engineer\n\n## About the role\n\nYou will own the technical strategy for making reservations "
            "consistent, whether that means sagas, a transactional outbox, or something we haven't considered.\n"
        ),
        name="posting.md",
    )
    assert "whether" not in prompts and "technical strategy" in prompts


@pytest.mark.parametrize(
    ("bullet", "wanted", "unwanted"),
    [
        (
            "You've run Temporal, Cadence, or a similar workflow engine in production",
            "Temporal or Cadence",
            "Temporal, Cadence",
        ),
        (
            "Understand where the money goes and to make trade-offs between cost and latency explicit",
            "where money went and made trade-offs",
            "a money",
        ),
    ],
)
def test_a_cut_or_coordinated_clause_still_reads_as_english(bullet: str, wanted: str, unwanted: str) -> None:
    drafted = draft(bullet, "responsibility")
    assert drafted is not None and wanted in drafted.prompt and unwanted not in drafted.prompt


@pytest.mark.parametrize(
    ("bullet", "not_theme"),
    [
        ("Spend your first month shadowing each of the three teams", "cost"),
        ("Understand where the money goes and make trade-offs between cost and latency explicit", "money"),
    ],
)
def test_idioms_about_time_and_money_are_not_cost_or_payments_work(bullet: str, not_theme: str) -> None:
    drafted = draft(bullet, "responsibility")
    assert drafted is None or not_theme not in [theme.name for theme in drafted.themes]


def test_requirements_written_as_should_are_read() -> None:
    drafted = draft("You should be comfortable reasoning about consistency models and failure modes", "qualification")
    assert drafted is not None and "reasoned about consistency models" in drafted.prompt
    assert _themes("Take formal mentees and help them grow into tech leads")[0] == "mentoring"


def test_a_careers_page_question_to_the_employer_is_asked_of_the_team(tmp_path: Path) -> None:
    result = _built(
        tmp_path,
        (
            "# Junior Backend Developer\n\n## What you'll do\n\n- Build and maintain features in the Django app\n\n"
            "## FAQ\n\n### How do you handle production incidents?\n\nJuniors shadow the on-call engineer for a month, "
            "then join the rota with a senior as backup.\n\n### How do you become a backend developer?\n\nMost of "
            "our engineers started with a bootcamp or a degree and a side project.\n"
        ),
        name="posting.md",
    )
    prompts = [card.prompt for card in result.pack.cards]
    assert "How does the team handle production incidents?" in prompts  # not a question to the candidate
    assert "How do you become a backend developer?" in prompts  # anyone's "you"


@pytest.mark.parametrize(
    "bullet", ["You write idiomatic Go, or you are fluent in another typed language", "Write clean, well-tested Python"]
)
def test_writing_good_code_in_a_language_is_asked_about_the_language(bullet: str) -> None:
    drafted = draft(bullet, "qualification")
    assert drafted is not None and not drafted.prompt.startswith(("Tell me", "Describe", "Walk me", "Think of"))
    assert drafted.prompt.count(" in ") >= 1 and ("Go" in drafted.prompt or "Python" in drafted.prompt)


def test_the_details_after_a_colon_choose_the_technical_question() -> None:
    drafted = draft(
        "You understand relational databases beyond the ORM: indexes, isolation levels, lock contention",
        "qualification",
    )
    assert drafted is not None and "isolation level" in drafted.prompt


def test_the_follow_up_that_shares_the_bullets_words_is_asked() -> None:
    drafted = draft("Design the message flows between the order, routing and billing services", "responsibility")
    assert drafted is not None and "messages" in drafted.prompt.split("—")[-1].split(":")[-1]


def test_an_emphasis_word_does_not_stay_in_the_question() -> None:
    drafted = draft("Exposure to PostgreSQL specifically.", "qualification")
    assert drafted is not None and "specifically" not in drafted.prompt


def test_how_deep_a_skill_is_wanted_stays_out_of_the_question() -> None:
    drafted = draft("Comfortable with Linux internals at the level of reading strace output", "qualification")
    assert drafted is not None and "Linux internals" in drafted.prompt and "at the level of" not in drafted.prompt


@pytest.mark.parametrize(
    "bullet",
    [
        "Build and maintain features in the Django monolith, from models and migrations to views",
        "Own the monolith and its deploys",
    ],
)
def test_working_in_a_monolith_is_not_a_migration(bullet: str) -> None:
    assert "migration" not in _themes(bullet)


def test_breaking_up_a_monolith_is_a_migration() -> None:
    assert _themes("Break our Rails monolith into services")[0] == "migration"


@pytest.mark.parametrize(
    ("bullet", "asked"),
    [
        (
            "Experience running Kubernetes in production: upgrades, resource limits, autoscaling, and debugging pods",
            "upgrades, resource limits and autoscaling",
        ),
        ("Keep our Postgres fleet healthy: vacuum, replication lag, connection pooling", "replication lag"),
    ],
)
def test_the_things_listed_after_a_colon_are_what_the_follow_up_asks(bullet: str, asked: str) -> None:
    drafted = draft(bullet, "qualification")
    assert drafted is not None and asked in drafted.prompt


def test_kinds_of_a_thing_after_a_colon_are_not_asked_as_things() -> None:
    drafted = draft("Write automated tests at more than one level: unit, integration and contract", "responsibility")
    assert drafted is not None and "handle unit" not in drafted.prompt


def test_a_strong_narrow_theme_leads_the_broad_one_it_stands_in_for() -> None:
    bullet = "Evolve our PostgreSQL schemas safely — zero-downtime migrations, partitioning the bookings table"
    assert _themes(bullet)[0] == "schema-migration"


def test_a_second_clause_gives_the_theme_when_the_first_has_none() -> None:
    drafted = draft(
        "Design, build, and own Go services that score and rank carriers, and keep their p99 latency under 150 ms",
        "responsibility",
    )
    assert drafted is not None and [theme.name for theme in drafted.themes][:1] == ["performance"]
    assert "scored and ranked carriers" in drafted.prompt and "p99" in drafted.prompt


def test_a_junior_posting_asks_for_the_fundamentals(tmp_path: Path) -> None:
    result = _built(
        tmp_path,
        (
            "# Junior Backend Developer\n\n## What we're looking for\n\n"
            "- Comfort writing Python: functions, classes and reading a traceback\n"
            "- Everyday use of Git: branches, commits and pull requests\n"
            "- A basic understanding of how the web works — HTTP methods and status codes\n"
        ),
        name="posting.md",
    )
    prompts = [card.prompt for card in result.pack.cards]
    assert len(prompts) == 3 and not any("concurrency" in prompt for prompt in prompts)
    assert any("Git" in prompt for prompt in prompts) and any("how the web works" in prompt for prompt in prompts)


def test_only_a_junior_posting_leaves_out_the_experts_questions() -> None:
    senior, junior = (draft("Working knowledge of Python", "qualification", junior=only) for only in (False, True))
    assert senior is not None and "concurrency" in senior.prompt
    assert junior is not None and "concurrency" not in junior.prompt


def test_the_employers_own_examples_stay_out_of_a_story_question() -> None:
    drafted = draft("Work on background jobs in Celery, such as renewal reminder emails and waitlist reshuffles", "x")
    assert drafted is not None and "reminder" not in drafted.prompt and "events" in [t.name for t in drafted.themes]
    kept = draft("Build integrations with payment providers, such as Stripe or Adyen", "responsibility")
    assert kept is not None and "Stripe or Adyen" in kept.prompt


@pytest.mark.parametrize(
    ("bullet", "theme", "wanted"),
    [
        ("Ensure our services meet SOC 2 and GDPR requirements", "privacy", "ensured services met SOC 2"),
        ("Build internal tooling that makes other engineers more productive", "automation", "internal tooling"),
    ],
)
def test_compliance_requirements_and_internal_tooling_have_their_own_rubric(
    bullet: str, theme: str, wanted: str
) -> None:
    drafted = draft(bullet, "responsibility")
    assert drafted is not None and drafted.themes[0].name == theme and wanted in drafted.prompt


def test_a_lead_posting_in_prose_gives_its_duties(tmp_path: Path) -> None:
    prompts = _prompts(
        tmp_path,
        (
            "# Principal Engineer, Payments\n\n## About the role\n\nAs a Principal Engineer you will set the "
            "technical direction for our payments platform across four teams. You will spend most of your time on "
            "design reviews and prototypes. In your first year you will lead the redesign of our ledger so that "
            "every balance can be rebuilt from its entries, and you will help the teams move from nightly batch "
            "settlement to near-real-time settlement.\n\n## What we look for\n\n"
            "- Experience influencing roadmaps without formal authority\n"
        ),
        name="posting.md",
    )
    assert "technical direction" in prompts and "settlement" in prompts
    assert not any(theme in prompts for theme in ("money went", "how much did you save"))  # "spend ... time"


@pytest.mark.parametrize(
    ("bullet", "asked"),
    [
        ("Define and enforce data contracts with application teams", "agree the contract"),
        ("Strong SQL and dimensional modelling", "grain of the fact tables"),
        ("Write and deliver twice-yearly performance reviews", "nothing in a review"),
        ("Experience with Kafka, including schema evolution and a schema registry", "without breaking consumers"),
    ],
)
def test_what_a_bullet_names_beyond_its_theme_sets_the_follow_up(bullet: str, asked: str) -> None:
    drafted = draft(bullet, "responsibility")
    assert drafted is not None and asked in drafted.prompt


def test_a_second_requirement_or_a_new_subject_after_and_is_not_part_of_the_question() -> None:
    tests = draft("A habit of writing automated tests and an understanding of where unit tests stop", "qualification")
    assert tests is not None and "understanding" not in tests.prompt
    talks = draft("Run weekly 1:1s with each engineer, and we expect those conversations to be about growth", "x")
    assert talks is not None and "expect" not in talks.prompt


def test_an_sql_keyword_is_read_as_a_word() -> None:
    drafted = draft("Basic SQL: you can write a SELECT with a JOIN and a WHERE clause", "qualification", junior=True)
    assert drafted is not None and "a SELECT" in drafted.prompt and drafted.themes[0].name == "sql-writing"


def test_a_benefits_question_makes_no_card_but_the_benefits_of_a_pattern_do() -> None:
    from prep.core.builder.chrome import faq_reason

    assert faq_reason("What benefits do I get?", "") == "benefits" == faq_reason("Are there any perks?", "")
    assert faq_reason("What are the benefits of event sourcing?", "") == ""
    assert faq_reason("What benefits does a monorepo give?", "") == ""


def test_the_employers_people_and_support_stay_out_of_a_story_question() -> None:
    helped = draft("Investigate and fix production bugs with the help of your mentor", "responsibility")
    assert helped is not None and "mentor" not in helped.prompt


def test_a_bare_topic_with_details_is_asked_by_its_head() -> None:
    drafted = draft("Snowflake cost management: warehouse sizing, clustering keys, resource monitors.", "qualification")
    assert drafted is not None and drafted.prompt.count(":") <= 1 and "resource monitors" not in drafted.prompt


def test_a_paragraph_listing_the_responsibilities_gives_a_question_for_each(tmp_path: Path) -> None:
    prompts = _prompts(
        tmp_path,
        (
            "LEAD DATA ENGINEER\n\nTHE ROLE\n\nResponsibilities include: owning the architecture of our ingestion "
            "layer and making sure it can grow to three times today's volume, mentoring the mid-level engineers in "
            "the group, and representing the platform in quarterly planning with product leadership.\n"
        ),
        name="posting.txt",
    )
    assert "today's volume" in prompts and "mentor" in prompts and "quarterly planning" in prompts


def test_a_posting_written_in_sections_of_prose_gives_the_duties_of_each(tmp_path: Path) -> None:
    prompts = _prompts(
        tmp_path,
        (
            "# Principal Engineer, Platform\n\n## The role\n\nYou will report to the CTO. You will set technical "
            "strategy across multiple teams. You can read more at https://example.com before you apply.\n\n"
            "## Reliability\n\nYou'll raise the bar on reliability across engineering by defining the service-level "
            "objectives that matter to customers. We want you to debug those, and you will lead the design of both: "
            "dual writes or change-data-capture.\n\n## Mentoring\n\nYou will mentor staff engineers directly.\n"
        ),
        name="posting.md",
    )
    assert "reliability" in prompts and "mentor" in prompts and "strategy" in prompts
    assert not any(word in prompts for word in ("those", "both", "https", "apply"))


@pytest.mark.parametrize(
    ("bullet", "theme", "wanted"),
    [
        ("Run game days and chaos experiments to test our failover assumptions", "reliability", "game days"),
        ("Build and maintain two-way sync with Google Calendar via their APIs and webhooks", "integrations", "sync"),
        ("Design, build and operate the booking and reservation services in Kotlin", "", "operated booking and"),
        ("Proficiency in Go or another systems language, plus comfort with scripting", "", "in Go,"),
    ],
)
def test_set_28_lines_read_as_english_with_their_own_rubric(bullet: str, theme: str, wanted: str) -> None:
    drafted = draft(bullet, "responsibility")
    assert drafted is not None and wanted in drafted.prompt and "plus comfort" not in drafted.prompt
    assert not theme or drafted.themes[0].name == theme


def test_a_label_with_details_is_asked_by_its_label_and_a_crash_loop_by_its_cause() -> None:
    labelled = draft("Observability: metrics, tracing, structured logs", "qualification")
    assert labelled is not None and "structured logs:" not in labelled.prompt and labelled.prompt.count(":") <= 1
    crashing = draft("Kubernetes in production: you have debugged a pod stuck in CrashLoopBackOff", "qualification")
    assert crashing is not None and "kept crashing" in crashing.prompt


@pytest.mark.parametrize(
    ("bullet", "asked"),
    [
        ("Solid TypeScript, including generics, type narrowing and strict mode", "idiomatic"),
        ("Python: asyncio, threads and the GIL", "concurrency"),
        ("Go: error handling and testing", "errors"),
    ],
)
def test_what_a_language_requirement_details_chooses_the_language_question(bullet: str, asked: str) -> None:
    drafted = draft(bullet, "qualification")
    assert drafted is not None and asked in drafted.prompt


@pytest.mark.parametrize(
    ("bullet", "wanted", "unwanted"),
    [
        ("Are comfortable deploying and debugging services on Kubernetes.", "deployed and debugged", "work on are"),
        (
            "Nice to have: exposure to Django or Flask, Docker, or any cloud platform",
            "Django or Flask",
            "Flask, Docker",
        ),
    ],
)
def test_set_29_lines_read_as_english(bullet: str, wanted: str, unwanted: str) -> None:
    drafted = draft(bullet, "qualification")
    assert drafted is not None and wanted in drafted.prompt and unwanted not in drafted.prompt


def test_threat_modelling_is_not_data_modelling() -> None:
    assert "data" not in _themes("Run threat modelling sessions for new features with the security team")


def test_a_numbered_problem_with_a_bold_title_gives_its_title_and_its_duties(tmp_path: Path) -> None:
    prompts = _prompts(
        tmp_path,
        (
            "# Senior Engineer, ML Platform\n\n## What you'll work on\n\n1. **Make feature pipelines boring.** "
            "Today about 300 Airflow DAGs compute our features in different styles. You'll add data checks to "
            "every pipeline.\n2. **Know when a model is quietly getting worse.** We have dashboards for latency "
            "only. You'll add monitoring for input drift and prediction distributions.\n"
        ),
        name="posting.md",
    )
    assert "feature pipelines boring" in prompts and "monitoring for input drift" in prompts
    assert "Today about 300" not in prompts


@pytest.mark.parametrize(
    ("bullet", "asked"),
    [
        ("You have run Temporal, Cadence, or a similar workflow engine in production", "deterministic"),
        ("Experience with asynchronous Python in production and its sharp edges", "event loop"),
    ],
)
def test_workflow_engines_and_async_python_get_follow_ups_of_their_own(bullet: str, asked: str) -> None:
    drafted = draft(bullet, "qualification")
    assert drafted is not None and asked in drafted.prompt


def test_writing_design_documents_is_asked_about_options_and_the_review() -> None:
    drafted = draft("You write design documents in English and defend them in review", "qualification")
    assert drafted is not None and "options" in drafted.prompt and "stale" not in drafted.prompt


def test_a_story_about_a_tool_no_theme_knows_is_asked_about_the_tool() -> None:
    drafted = draft("Experience with Spring Boot", "qualification")
    assert drafted is not None and "what was your part" not in drafted.prompt
    assert any(word in drafted.prompt for word in ("work around it", "went wrong with it"))


def test_a_recruiters_email_names_the_role_and_its_required_skills(tmp_path: Path) -> None:
    result = _built(
        tmp_path,
        (
            "Hi Priya,\n\nHope you're well! I'm reaching out about a contract role.\n\n"
            "Role: Senior Platform Engineer (contract, 6 months)\nClient: a renewable energy scale-up\n\n"
            "Key responsibilities:\n- Build and run the EKS clusters with Terraform\n- Own the CI/CD pipelines\n\n"
            "Essential skills:\n- Strong Terraform and Kubernetes\n- Python or Go for tooling\n\nRate: £550 per day\n"
        ),
        name="email.txt",
    )
    assert result.pack.title.startswith("Senior Platform Engineer")
    assert {card.levels for card in result.pack.cards} == {(Level.SENIOR,)}
    prompts = " ".join(card.prompt for card in result.pack.cards)
    assert "Terraform and Kubernetes" in prompts and "Python or Go" in prompts


def test_set_30_lines_make_no_garbled_or_unwanted_card(tmp_path: Path) -> None:
    from prep.core.builder.chrome import faq_reason
    from prep.core.builder.lists import _POINTS_BACK

    tuned = draft("Strong relational database skills: query tuning, indexing strategies, isolation levels", "x")
    assert tuned is not None and "queried" not in tuned.prompt
    owned = draft("Own testing and code review", "responsibility")
    assert owned is not None and ("owned testing" in owned.prompt or "own testing" in owned.prompt)
    assert faq_reason("When does the graduate programme start?", "") == "terms of the job"
    assert _POINTS_BACK.search("Lead the design of its replacement")
    result = _built(
        tmp_path,
        (
            "# Message queue questions\n\n### Q: When would you choose an SQS FIFO queue?\n\nWhen order matters "
            "within a group.\n\n**14. Tell me about a time you cleared a message backlog. (Behavioural — use STAR)**"
            "\n\nSituation: a consumer fell behind. Action: I scaled it out. Result: lag under a minute.\n\n"
            "**15. Explain how consumer offset commits work in Kafka.**\n\nConsumers commit the next offset.\n"
        ),
        name="questions.md",
    )
    prompts = [card.prompt for card in result.pack.cards]
    assert "Tell me about a time you cleared a message backlog." in prompts
    assert "Explain how consumer offset commits work in Kafka." in prompts and len(prompts) == 3


def test_a_long_name_before_a_plural_takes_no_article() -> None:
    from prep.core.builder.interview import _indefinite

    words = ["operated", "the", "Java", "21", "/", "Spring", "Boot", "services", "that", "powered", "loans"]
    assert " ".join(_indefinite(words)).startswith("operated Java 21 / Spring Boot services")


def test_a_verb_after_a_role_taken_on_is_coordinated_with_the_head() -> None:
    drafted = draft("Act as incident commander during major incidents and write or facilitate the review", "x")
    assert drafted is not None and "wrote or facilitated" in drafted.prompt
    contact = draft("Act as the main contact for partners and own the integration roadmap", "responsibility")
    assert contact is not None and "the main contact" in contact.prompt


def test_event_names_after_a_colon_are_not_things_to_handle_and_a_bare_the_migration_points_back() -> None:
    from prep.core.builder.lists import _POINTS_BACK

    events = draft("Publish domain events on Kafka: application submitted, decision made, offer accepted", "x")
    assert events is not None and "handle application submitted" not in events.prompt
    assert _POINTS_BACK.search("Plan the migration") and not _POINTS_BACK.search("Plan the migration to Kubernetes")


def test_a_short_object_after_and_a_is_read_without_error() -> None:
    drafted = draft("Write unit tests and a dashboard", "responsibility")
    assert drafted is not None and "dashboard" in drafted.prompt
