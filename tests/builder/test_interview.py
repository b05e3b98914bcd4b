"""Interview questions from a posting's bullets: shapes, styles, tenses, rubrics, and never a bad card.

Every bullet here is written for these tests (none comes from a real posting). The checks on a
prompt are written out again below rather than borrowed from the module, so a bug in its own
checker cannot hide a bad card.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prep.core.builder.interview import (
    BEHAVIOURAL,
    MAX_ANSWER_CHARS,
    MAX_PROMPT_CHARS,
    SITUATIONAL,
    STYLES,
    TECHNICAL,
    InterviewQuestion,
    interview_question,
    themes_of,
    well_formed,
)
from prep.core.model import Level

R = "responsibility"
Q = "qualification"
EMPLOYER = re.compile(r"\b(?:we|us|our|ours|ourselves)\b", re.IGNORECASE)
DOUBLED = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)


def ask(text: str, kind: str = R, level: Level = Level.SENIOR, role: str = "") -> InterviewQuestion | None:
    return interview_question(text, kind, level, role)


def assert_well_formed(question: InterviewQuestion) -> None:
    prompt = question.prompt
    assert question.style in STYLES
    assert prompt.endswith("?") and prompt.count("?") == 1, prompt
    assert prompt[:1].isupper(), prompt
    assert len(prompt) <= MAX_PROMPT_CHARS, prompt
    assert "…" not in prompt and "..." not in prompt, prompt
    assert not EMPLOYER.search(prompt), prompt
    assert not DOUBLED.search(prompt), prompt
    assert "  " not in prompt and " ," not in prompt and " ." not in prompt, prompt
    assert prompt.count("(") == prompt.count(")"), prompt
    assert not re.search(r"\b(?:a|an|the|and|or)\s*[,.?—:]", prompt), prompt
    assert not re.search(r"\ba [aeio]", prompt, re.IGNORECASE), prompt  # "a event", "a on-call"
    assert question.key and question.key == question.key.strip() and len(question.key.split()) <= 8
    assert 0 < len(question.answer) <= MAX_ANSWER_CHARS
    assert question.answer.startswith("A strong answer covers:\n- ")
    assert "\nRed flags:\n- " in question.answer
    for line in question.answer.splitlines():
        assert line.startswith("- ") or line.endswith(":"), line


# ---------------------------------------------------------------- shapes and styles

STYLED = [
    # experience in any shape → behavioural
    ("Experience designing, building and running payment services", Q, BEHAVIOURAL),
    ("Experience planning and leading database migrations", Q, BEHAVIOURAL),
    ("You have shipped and supported a backend for a mobile app", Q, BEHAVIOURAL),
    ("Have written load tests and acted on what they showed", Q, BEHAVIOURAL),
    ("A proven track record of launching internal platforms that teams adopt", Q, BEHAVIOURAL),
    ("Hands-on experience with RabbitMQ or a similar message broker", Q, BEHAVIOURAL),
    ("A patient mentor who enjoys pairing with new graduates", Q, BEHAVIOURAL),
    ("Comfortable being the first responder when an alert fires at night", Q, BEHAVIOURAL),
    ("Great communication skills", Q, BEHAVIOURAL),
    ("Strong analytical and problem-solving abilities", Q, BEHAVIOURAL),
    ("You've migrated a busy service from one datastore to another", Q, BEHAVIOURAL),
    ("Someone who writes a failing test before fixing a bug", Q, BEHAVIOURAL),
    ("Has coached an engineer through their first on-call week", Q, BEHAVIOURAL),
    ("Comfortable working with loosely defined requirements", Q, BEHAVIOURAL),
    # knowledge → technical
    ("A solid grasp of event sourcing and CQRS", Q, TECHNICAL),
    ("Deep understanding of HTTP caching and CDNs", Q, TECHNICAL),
    ("Familiarity with property-based testing", Q, TECHNICAL),
    ("Working knowledge of Redis as a cache and as a queue", Q, TECHNICAL),
    ("You're fluent in Go or Kotlin", Q, TECHNICAL),
    ("Strong Python skills", Q, TECHNICAL),
    ("Knowledge of OAuth 2.0 flows and token lifetimes", Q, TECHNICAL),
    ("Proficient with Terraform (or Pulumi)", Q, TECHNICAL),
    ("Some exposure to Kubernetes operators", Q, TECHNICAL),
    ("Kafka, PostgreSQL and Redis", Q, TECHNICAL),
    # ability, process and collaboration → situational
    ("Able to turn a vague request into a small, testable plan", Q, SITUATIONAL),
    ("Ability to profile a slow endpoint and find its bottleneck", Q, SITUATIONAL),
    ("Partner with designers to shape the onboarding flow for new merchants", R, SITUATIONAL),
    ("Collaborate with the analytics team on event tracking for the checkout", R, SITUATIONAL),
    ("Work closely with support engineers to diagnose bugs reported by customers", R, SITUATIONAL),
    ("Participate in the weekly architecture review", R, SITUATIONAL),
    ("Keep our dependencies patched and our container images lean", R, BEHAVIOURAL),  # work on a system
    ("Stay current with changes in the Python packaging ecosystem", R, SITUATIONAL),
]


@pytest.mark.parametrize(("text", "kind", "style"), STYLED, ids=[text[:40] for text, _, _ in STYLED])
def test_the_style_follows_what_the_bullet_asks_for(text: str, kind: str, style: str) -> None:
    question = ask(text, kind)
    assert question is not None, text
    assert question.style == style, question.prompt
    assert_well_formed(question)


DUTIES = [
    "Design, build and operate the Rust services that price delivery routes",
    "• You'll own the billing service and its on-call rotation",
    "Help us move our reporting jobs off the old cron server",
    "Designing and evolving the public GraphQL schema that our partners build on",
    "Improving the reliability of our notification pipeline",
    "Make our search results faster for customers with large catalogues",
    "Build and run the services behind our loyalty programme (Kotlin, PostgreSQL, Kafka)",
    "Lead the follow-up after incidents; write the postmortem and track the actions",
    "- Mentor two junior engineers through their first year",
    "3) Review pull requests within a day, e.g. by sharing the load across the team",
    "Own data retention (what we keep, for how long, and why) for customer records",
    "Drive down our AWS bill without hurting reliability",
    "Write clear runbooks so that on-call engineers can act quickly",
    "You will be responsible for the uptime of our checkout",
    "Break up the shared database into schemas owned by each team",
    "Set up tracing across services and teach the team to use it",
    "Investigate slow queries, add the right indexes and remove the unused ones",
    "Turn product ideas into small experiments that ship within a week",
    "Interview backend candidates and help us improve our hiring loop",
    "Automate the release process so that anyone can deploy on a Friday",
    "**Own** the integration with our payment provider, end to end",
    "Define and track SLOs for the services your team runs",
    "Actively contribute to our internal developer platform",
    "Take ownership of the search indexer and its data pipeline",
    "Rewrite the legacy invoicing module in Go, one endpoint at a time",
]


@pytest.mark.parametrize("text", DUTIES, ids=[text[:40] for text in DUTIES])
def test_duties_become_behavioural_or_situational_questions(text: str) -> None:
    question = ask(text)
    assert question is not None, text
    assert question.style in (BEHAVIOURAL, SITUATIONAL), question.prompt
    assert_well_formed(question)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Experience designing, building and running payment services", "designed, built and ran payment services"),
        ("Experience planning and leading database migrations", "planned and led database migrations"),
        ("Experience applying rate limits to public endpoints", "applied rate limits to public endpoints"),
        ("Experience writing runbooks for the services you own", "wrote runbooks for services you owned"),
        ("Experience taking a service from prototype to production", "took a service from prototype to production"),
        ("Experience making slow batch jobs fast", "made slow batch jobs fast"),
        ("Experience keeping an old codebase healthy while shipping features", "kept an old codebase healthy"),
        ("You have shipped and supported a backend for a mobile app", "shipped and supported a backend"),
        ("Have written load tests and acted on what they showed", "wrote load tests and acted on what they showed"),
        ("Experience teaching engineers to debug production issues", "taught engineers to debug production issues"),
        ("Experience splitting a monolith and migrating its data", "split a monolith and migrated its data"),
        ("Experience debugging memory leaks in JVM services", "debugged memory leaks in JVM services"),
        ("Experience breaking down epics into shippable tasks", "broke down epics into shippable tasks"),
        ("Experience choosing and adopting observability tools", "chose and adopted observability tools"),
        ("Experience stopping and preventing abuse of public APIs", "stopped and prevented abuse of public APIs"),
        ("Experience owning services and keeping them running", "owned services and kept them running"),
    ],
)
def test_behavioural_prompts_put_the_verbs_in_the_past(text: str, expected: str) -> None:
    question = ask(text, Q)
    assert question is not None and question.style == BEHAVIOURAL
    assert expected in question.prompt, question.prompt
    assert_well_formed(question)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Help us carve up our order monolith into services", "carve up an order monolith", "help us"),
        ("Make our payment services faster", "payment services faster", "our"),
        ("Work with product to decide what we build next", "decide what to build next", " we "),
        ("Own the uptime of our public API", "the uptime of a public API", "our"),
        ("Build the tools our support team depends on", "tools a support team depended on", "our"),
    ],
)
def test_the_employer_never_stays_in_the_prompt(text: str, expected: str, absent: str) -> None:
    question = ask(text)
    assert question is not None
    assert expected in question.prompt, question.prompt
    assert not re.search(rf"\b{absent.strip()}\b", question.prompt, re.IGNORECASE), question.prompt
    assert_well_formed(question)


def test_clauses_brackets_and_examples_become_plain_words() -> None:
    on_call = ask("You'll share the on-call rotation, with paid time back after a busy week", R)
    assert on_call is not None and "paid time" not in on_call.prompt
    brackets = ask("A solid grasp of SQL and schema design (we run MySQL)", Q)
    assert brackets is not None and "MySQL" not in brackets.prompt and "(" not in brackets.prompt
    examples = ask("Experience with cloud platforms (e.g. AWS, GCP)", Q)
    assert examples is not None and "such as AWS or GCP" in examples.prompt, examples.prompt
    listed = ask("Experience with message queues like SQS, RabbitMQ, or similar", Q)
    assert listed is not None and "such as SQS or RabbitMQ" in listed.prompt, listed.prompt
    for question in (on_call, brackets, examples, listed):
        assert_well_formed(question)


def test_a_long_bullet_is_shortened_at_a_clause_not_in_a_word() -> None:
    text = (
        "Design and maintain the services that accept, validate, enrich and store incoming shipment events from "
        "carriers all over the continent, so that warehouse staff, customer support agents, finance analysts and "
        "external partners can rely on up-to-date tracking data at any hour of the day, including the busiest "
        "sales of the year"
    )
    question = ask(text, R)
    assert question is not None
    assert_well_formed(question)
    assert "busiest" not in question.prompt


# ---------------------------------------------------------------- what makes no question

NOTHING_TO_ASK = [
    "4–6 years of experience",
    "5+ years of professional software development experience",
    "At least 3 years in a backend engineering role",
    "Two or more years of commercial experience",
    "BSc or MSc in Computer Science or a related field",
    "A degree in engineering, or equivalent experience",
    "Right to work in the EU",
    "Competitive salary and equity",
    "25 days of paid holiday plus public holidays",
    "Private health insurance for you and your partner",
    "Hybrid working, two days a week in the office",
    "Work on exciting projects",
    "Other duties as required",
    "A passion for technology",
    "Willingness to travel up to 20% of the time",
    "Must be based within commuting distance of Leeds",
    "We are an equal opportunity employer",
    "Proven experience as a backend engineer or in a similar role",
    "Self-motivated team player",
    "Help us grow",
    "Join our friendly team",
    "£55,000 – £65,000 depending on experience",
    "",
    "   ",
    "-",
    "???",
    "Is this the right role for you?",
    "6+ years of experience in infrastructure or platform engineering",
    "3 years building payment systems in Kotlin",
    "Extensive experience in web development with a strong portfolio of shipped products",
    "A portfolio of mobile apps you have published",
]


@pytest.mark.parametrize("text", NOTHING_TO_ASK, ids=[text[:40] or "empty" for text in NOTHING_TO_ASK])
@pytest.mark.parametrize("kind", [R, Q])
def test_years_degrees_logistics_and_fluff_make_no_question(text: str, kind: str) -> None:
    assert ask(text, kind) is None


def test_a_bullet_that_only_restates_the_role_makes_no_question() -> None:
    assert ask("Experience as a Staff Engineer", Q, role="Staff Engineer") is None


# ---------------------------------------------------------------- stable and varied

POSTING = [
    ("Design and run the Go services that route parcels between depots", R),
    ("Own the tracking API that carriers and shops call", R),
    ("Join the on-call rotation for the services you build", R),
    ("Write integration tests against real PostgreSQL and Kafka", R),
    ("Mentor two junior engineers", R),
    ("Partner with the product manager on what to build next", R),
    ("Help us split the legacy dispatch system into smaller services", R),
    ("Cut build times in CI from twenty minutes to five", R),
    ("Experience designing APIs that other teams rely on", Q),
    ("A solid grasp of relational data modelling", Q),
    ("Familiarity with contract testing", Q),
    ("You're fluent in Go or Java", Q),
    ("Comfortable debugging production issues under pressure", Q),
    ("A clear communicator who can explain trade-offs to non-engineers", Q),
    ("Have written design documents that others reviewed", Q),
]


def test_the_same_bullet_always_gives_the_same_card() -> None:
    for text, kind in POSTING:
        first = ask(text, kind, Level.MID, "Backend Engineer")
        second = ask(text, kind, Level.MID, "Backend Engineer")
        assert first == second


def test_the_prompt_is_the_same_at_every_level_and_the_rubric_is_not() -> None:
    for text, kind in POSTING:
        cards = [ask(text, kind, level) for level in Level]
        assert all(card is not None for card in cards), text
        assert len({card.prompt for card in cards if card}) == 1
        assert len({card.answer for card in cards if card}) == len(Level)


def test_a_posting_gives_varied_prompts() -> None:
    questions = [ask(text, kind, Level.MID) for text, kind in POSTING]
    made = [question for question in questions if question is not None]
    assert len(made) >= 14
    openings = {" ".join(question.prompt.split()[:3]) for question in made}
    assert len(openings) >= 6, openings
    assert {question.style for question in made} == set(STYLES)
    assert len({question.prompt for question in made}) == len(made)
    for question in made:
        assert_well_formed(question)


# ---------------------------------------------------------------- rubrics


def rubric(level: Level, text: str = "Experience splitting a monolith and migrating its data") -> str:
    question = ask(text, Q, level)
    assert question is not None
    return question.answer


def test_the_rubric_is_specific_to_the_level() -> None:
    junior, mid, senior, lead = (rubric(level) for level in Level)
    assert "At junior level, also:" in junior and "At lead level, also:" in lead
    assert "trade-off" not in junior.lower()
    assert "help" in junior.lower() and "learned" in junior.lower()
    assert "end to end" in mid.lower()
    assert "trade-off" in senior.lower() and "influenc" in senior.lower()
    assert "direction" in lead.lower() and "grew others" in lead.lower()


@pytest.mark.parametrize("text, kind", POSTING)
def test_junior_rubrics_never_demand_trade_offs(text: str, kind: str) -> None:
    junior = ask(text, kind, Level.JUNIOR)
    senior = ask(text, kind, Level.SENIOR)
    assert junior is not None and senior is not None
    assert "trade-off" not in junior.answer.lower()
    assert "trade-off" in senior.answer.lower()


def test_a_behavioural_rubric_has_the_star_parts_and_the_theme() -> None:
    question = ask("Experience making slow endpoints fast under heavy load", Q, Level.MID)
    assert question is not None and question.style == BEHAVIOURAL
    answer = question.answer
    for part in ("at stake", "their own task", "themselves", "evidence", "learned"):
        assert part in answer, part
    assert "baseline" in answer.lower() and "bottleneck" in answer.lower()
    assert '"we"' in answer and "numbers" in answer


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("Take part in the on-call rotation and run the incident reviews", R, ("mitigation", "blameless")),
        ("Experience evolving public APIs without breaking clients", Q, ("versioning", "consumers")),
        ("Have written tests at several levels", Q, ("unit", "flaky")),
        ("Familiarity with event-driven systems built on Kafka", Q, ("idempotent", "consumer")),
        ("A solid grasp of relational data modelling", Q, ("access patterns", "indexes")),
        ("Experience mentoring engineers early in their career", Q, ("adapted", "outcome")),
        ("Improve CI pipelines so that builds finish in minutes", R, ("pipeline", "rollback")),
        ("Experience hardening authentication for public endpoints", Q, ("least privilege", "secrets")),
        ("Experience cutting cloud spend on a large platform", Q, ("cost", "reliability")),
    ],
)
def test_rubrics_carry_lines_for_the_bullets_theme(text: str, kind: str, words: tuple[str, ...]) -> None:
    question = ask(text, kind, Level.MID)
    assert question is not None
    for word in words:
        assert word in question.answer.lower(), (word, question.answer)


def test_themes_come_from_keywords_and_verbs() -> None:
    assert themes_of("Migrate the orders table to PostgreSQL", "migrating migrate")[0].name == "migration"
    assert themes_of("Keep the p99 latency of search under 100 ms")[0].name == "performance"
    assert themes_of("Write the postmortem after each incident")[0].name == "on-call"
    assert themes_of("Keep the API documentation current", "keeping keep documentation")[0].name == "documentation"
    assert themes_of("Knowledge of GDPR and data retention")[0].name == "privacy"
    assert themes_of("A good grasp of threads, locks and race conditions")[0].name == "concurrency"
    assert themes_of("Nothing to see here") == []


def test_technical_questions_fit_what_the_bullet_names() -> None:
    stack = ask("Fluent in TypeScript and Node.js", Q)
    assert stack is not None and "TypeScript and Node.js" in stack.prompt and "Of " not in stack.prompt
    choice = ask("Fluent in TypeScript or Go", Q)
    assert choice is not None and "TypeScript or Go" in choice.prompt
    documents = ask("Working knowledge of MongoDB", Q)
    assert documents is not None and "relational" not in documents.prompt.lower()
    containers = ask("Knowledge of Docker and Kubernetes", Q)
    assert containers is not None and re.search(r"container|Kubernetes", containers.prompt.split(". ")[-1])


# ---------------------------------------------------------------- the prompt checker and any text


def test_the_checker_refuses_broken_prompts() -> None:
    assert well_formed("Tell me about a time you built a service — what did you measure?")
    for broken in (
        "Tell me about a time you built our service — what did you measure?",
        "Tell me about a time you built a service?? What?",
        "Tell me about a time you built a …?",
        "Tell me about a time you built the the service — what happened?",
        "tell me about a time you built a service — what happened?",
        "Tell me about a time you built a service",
        "Tell me about a time you built a service for the — what happened?",
        "Tell me about a time (you built a service — what happened?",
        "Short?",
        "Tell me about " + "a very long prompt " * 20 + "?",
    ):
        assert not well_formed(broken), broken


PIECES = [
    "- ",
    "• ",
    "1. ",
    "Design",
    "Designing",
    "design, build and run",
    " and ",
    ", ",
    "our",
    "we",
    "us",
    "you'll",
    "You're",
    "Experience",
    "with",
    "a solid grasp of",
    "Kafka",
    "PostgreSQL",
    "services",
    "the",
    "(",
    ")",
    "e.g.",
    "i.e.",
    "etc.",
    ";",
    ":",
    " — ",
    "?",
    "…",
    "5+ years",
    "help us",
    "that",
    "who",
    "fast",
    "Comfortable being",
    "on call",
    "responsible for",
    "\n",
    "**",
]


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(st.text(max_size=200), st.lists(st.sampled_from(PIECES), max_size=14).map(" ".join)),
    st.sampled_from([R, Q, "other"]),
    st.sampled_from(list(Level)),
)
def test_any_text_gives_none_or_a_well_formed_question(text: str, kind: str, level: Level) -> None:
    question = interview_question(text, kind, level)
    if question is not None:
        assert_well_formed(question)


# ---------------------------------------------------------------- review13 rules


def rubric_lines(question: InterviewQuestion) -> str:
    return question.answer.split("At ", 1)[0].lower()


def test_a_data_pipeline_bullet_gets_a_data_rubric_not_a_ci_cd_one() -> None:
    question = ask("Build nightly ETL pipelines in Airflow that load sensor readings into a warehouse")
    assert question is not None
    assert "rerun" in question.answer.lower() or "row counts" in question.answer.lower()
    assert "canar" not in question.answer.lower() and "flaky" not in question.answer.lower()
    ci = ask("Speed up our CI pipelines so builds finish in minutes")
    assert ci is not None and "pipeline speed" in ci.answer.lower()


def test_an_adjective_alone_does_not_choose_the_theme() -> None:
    question = ask("Write clean, efficient and readable code with good naming", Q)
    assert question is not None
    assert "percentile" not in question.answer.lower() and "readab" in question.answer.lower()


def test_containers_and_cloud_do_not_get_a_terraform_rubric() -> None:
    docker = ask("Hands-on experience with Docker", Q)
    assert docker is not None and "image" in rubric_lines(docker) and "terraform" not in docker.answer.lower()
    assert "state handled safely" not in docker.answer
    cloud = ask("Familiarity with AWS", Q)  # no cloud question names AWS: the library's AWS cards ask about it
    assert cloud is None or "state handled safely" not in cloud.answer


def test_service_level_objectives_get_a_reliability_rubric() -> None:
    question = ask("Define service level objectives with product teams and review them quarterly")
    assert question is not None and "error budget" in question.answer.lower()
    assert "negotiating scope" not in question.answer.lower()


def test_the_head_of_the_bullet_beats_a_word_in_its_tail() -> None:
    question = ask("Participate in code reviews, helping to raise code quality across the team")
    assert question is not None and "flaky" not in question.prompt.lower()
    assert "feedback" in question.answer.lower()


def test_a_placeholder_alternative_is_dropped_from_the_topic() -> None:
    for text in ("Good knowledge of SQL and one programming language", "Exposure to Docker or another container tool"):
        question = ask(text, Q)
        assert question is not None
        assert not re.search(r"\b(?:one|another)\b", question.prompt), question.prompt


def test_a_topic_with_nothing_known_about_it_makes_no_card() -> None:
    assert ask("Experience with Zanzibar-style frobnication", Q) is None


def test_a_language_concurrency_question_has_an_answer_about_that_language() -> None:
    found = [
        question
        for text in ("Proficiency in Python", "Working knowledge of Python", "Strong Python")
        if (question := ask(text, Q)) is not None and "concurrency" in question.prompt
    ]
    assert found and all("GIL" in question.answer for question in found)


def test_grpc_versus_rest_has_its_own_answer_lines() -> None:
    found = [
        question
        for text in ("gRPC and REST", "Knowledge of gRPC", "REST or gRPC APIs")
        if (question := ask(text, Q)) is not None and "gRPC over REST" in question.prompt
    ]
    assert found and all("protobuf" in question.answer and "browser" in question.answer for question in found)


def test_habit_and_collaboration_questions_skip_the_planning_block() -> None:
    question = ask("Work closely with designers to refine user flows before development starts")
    assert question is not None and question.prompt.startswith(("How do you", "Walk me through how you"))
    assert "questions they would ask first" not in question.answer.lower()
    assert "how they actually do it today" in question.answer.lower()


def test_a_past_time_question_keeps_the_work_of_a_clause_but_not_the_employer() -> None:
    question = ask("Build and operate Kotlin services that reconcile our merchants' card settlements")
    assert question is not None
    assert "Kotlin services that reconciled merchants' card settlements" in question.prompt
    assert " our " not in question.prompt and "rounding" in question.prompt


def test_a_bullet_listing_work_of_several_kinds_gets_a_line_for_each() -> None:
    """ "Caching, rate limiting and distributed locks": the back answers every listed part, not only the first."""
    question = ask("Use Redis for caching, rate limiting and distributed locks", R, Level.MID)
    assert question is not None
    assert "TTLs" in question.answer and "429" in question.answer
    unthemed = ask("Improve our services for speed, security and reliability", R, Level.MID)
    assert unthemed is not None
    assert "least privilege" in unthemed.answer and "circuit breakers" in unthemed.answer


def test_the_details_after_a_colon_each_add_the_line_of_their_work() -> None:
    """ "Keep sync reliable: process webhooks ..., respect their rate limits": the back answers the details too,
    and a detail the card's own theme already fits ("staging" on a CI card) adds no second line of it."""
    bullet = "Keep two-way calendar sync reliable: process webhooks from the providers, respect their rate limits"
    question = ask(bullet, R, Level.MID)
    assert question is not None and "calendar sync" in question.prompt
    assert "someone else's API" in question.answer and "429" in question.answer
    plain = ask("Keep two-way calendar sync reliable", R, Level.MID)
    assert plain is not None and "429" not in plain.answer
    spoken = ask("Clear written communication: you can explain a trade-off to an engineer and to a finance lead", Q)
    assert spoken is not None and "acceptance criteria" not in spoken.answer
    dashed = ask("Raise the bar on reliability and data quality — SLAs for freshness, data contracts, lineage", R)
    assert dashed is not None and "Data checks on every run" in dashed.answer
    tuned = ask("Profile and tune PostgreSQL queries — read EXPLAIN output, add the right indexes", R, Level.MID)
    assert tuned is not None and "audience" not in tuned.answer  # "EXPLAIN" is not explaining to someone


def test_a_list_inside_the_objects_clause_adds_no_line() -> None:
    """Who calls the APIs is not work the candidate did: the consumers listed after "that" choose no theme."""
    question = ask("Design the REST APIs that our dashboard, mobile app and partner integrations call", R, Level.MID)
    assert question is not None
    assert "saturation" not in question.answer and "someone else's API" not in question.answer


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The design and evolution of our billing ledger and its audit trail", ("billing ledger", "owned")),
        ("Ownership of the release process for the mobile backend", ("release process",)),
    ],
)
def test_a_duty_written_as_the_thing_owned_is_asked_about(text: str, words: tuple[str, ...]) -> None:
    """Under "What you'll own", a noun phrase is the duty: it is asked about as work the candidate owned."""
    question = ask(text, R, Level.SENIOR)
    assert question is not None
    for word in words:
        assert word in question.prompt, question.prompt
    assert "ownership of" not in question.prompt.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Knowledge of UDP multicast and how market-data clients recover from gaps",
        "Property-based testing or model checking for settlement invariants",
    ],
)
def test_a_probe_that_only_shares_a_common_word_is_not_asked(text: str) -> None:
    """ "Clients" or "testing" alone do not make a question about a request's path or about mocks fit the bullet."""
    question = ask(text, Q, Level.SENIOR)
    assert question is None or not any(word in question.prompt for word in ("DNS", "mock", "flaky")), question


def test_being_at_home_with_a_subject_is_knowledge_not_a_story() -> None:
    question = ask("You're at home with Linux and networking", Q, Level.MID)
    assert question is not None and "were at home" not in question.prompt


def test_a_past_time_question_puts_an_ability_clause_in_the_past() -> None:
    """ "You've led X and can write Y": the candidate led X and wrote Y, not "led X and can write Y"."""
    question = ask("You've led a platform migration across teams and can write a design doc people follow", Q)
    assert question is not None
    assert "and can write" not in question.prompt and "wrote a design doc" in question.prompt


def test_the_head_noun_chooses_the_theme_over_its_modifier() -> None:
    """ "API documentation" is documentation work: no article before the mass noun, a documentation follow-up."""
    question = ask("Helping to keep our API documentation up to date", R, Level.JUNIOR)
    assert question is not None
    assert "an API documentation" not in question.prompt and "consumers" not in question.prompt


def test_a_gerund_with_its_preposition_after_and_is_a_verb() -> None:
    question = ask("An interest in writing clean, readable code and learning from feedback", Q, Level.JUNIOR)
    assert question is not None and "learn from feedback" in question.prompt


def test_a_tool_prep_has_a_note_on_is_asked_about_even_without_a_theme() -> None:
    """ "Any experience with Express or NestJS": no theme knows it, the Node.js note answers it."""
    question = ask("Any experience with Express or NestJS", Q, Level.JUNIOR)
    assert question is not None and "Express or NestJS" in question.prompt
    assert "event loop" in question.answer
    assert ask("Experience with Quuxly or Frobnitz", Q, Level.JUNIOR) is None


def test_a_second_requirement_in_a_topic_does_not_choose_its_question() -> None:
    """ "Redis and its failure modes, and a relational database": Redis is asked about, not relational modelling."""
    question = ask("Good knowledge of Redis and its failure modes, and a relational database such as MySQL", Q)
    assert question is not None and "Redis" in question.prompt
    assert "relational" not in question.prompt and "failover" in question.answer


def test_other_experience_offered_instead_is_not_pasted_into_the_question() -> None:
    """ "Breaking a monolith into services, or with GraphQL": one question asks about the first experience."""
    question = ask("Experience breaking a monolith into services, or with GraphQL", Q)
    assert question is not None and "broke a monolith into services" in question.prompt
    assert "GraphQL" not in question.prompt


@pytest.mark.parametrize(
    ("text", "kind", "present", "absent"),
    [
        ("Model recurring rules, time zones and daylight-saving transitions correctly", R, "time zones", ""),
        ("You write clear design notes, and you're happy to give and receive code review", Q, "design notes", "happy"),
        ("You have built a REST API for a mobile app", Q, "a REST API", "an REST"),
        (
            "Move slow work into Celery tasks, and make those tasks idempotent and safe to retry",
            R,
            "made tasks",
            "a tasks",
        ),
        ("Decide with me which parts of the system we rewrite", R, "decided which parts", "with me"),
    ],
)
def test_a_prompt_keeps_the_work_and_drops_what_is_not_part_of_it(
    text: str, kind: str, present: str, absent: str
) -> None:
    question = ask(text, kind)
    assert question is not None, text
    assert present in question.prompt and (not absent or absent not in question.prompt), question.prompt


def test_real_money_as_the_stakes_is_not_money_handling() -> None:
    question = ask("You've run a production backend with real money or real inventory behind it", Q)
    assert question is None or "rounding" not in question.prompt


def test_a_requirement_that_lists_its_details_is_asked_about_them() -> None:
    """ "Relational databases: schema design, ..., transactions and isolation levels": a question on the details
    it lists, not "explain relational databases"."""
    question = ask("A solid grasp of relational databases: schema design, transactions and isolation levels", Q)
    assert question is not None and "explain" not in question.prompt
    assert "isolation level" in question.prompt or "schema" in question.prompt


@pytest.mark.parametrize(
    ("text", "kind", "present", "absent"),
    [
        (
            "Writing SQL and Django ORM queries, and learning how to spot and fix slow ones",
            R,
            "and learned how to spot",
            "learning",
        ),
        (
            "Mentor engineers on the team and write the internal docs nobody else will",
            R,
            "nobody else would",
            "an internal",
        ),
        ("Evidence of growing other engineers and improving how we hire", Q, "grew other engineers", "deadlines"),
        (
            "Proficiency in at least one general-purpose language (Go or Python preferred) for tooling",
            Q,
            "Go",
            "general",
        ),
        ("An understanding of how REST APIs work - HTTP methods, status codes, JSON", Q, "explain", "gRPC"),
        ("Kafka or RabbitMQ operations experience", Q, "RabbitMQ operations —", "experience"),
        ("Experience with Prometheus and Grafana, and opinions about cardinality", Q, "Grafana", "opinions"),
        ("Pairing with our senior developers, who will set aside time to mentor you", R, "senior", "set aside"),
    ],
)
def test_a_requirement_is_asked_about_in_plain_grammar(text: str, kind: str, present: str, absent: str) -> None:
    """The second gerund goes into the past too; "nobody else will" becomes "would"; "evidence of" is a record of
    work; a language asked for in general is asked about the ones in brackets; "how X works" is explained."""
    question = ask(text, kind, Level.SENIOR)
    assert question is not None
    assert present in question.prompt and absent not in question.prompt, question.prompt


@pytest.mark.parametrize(
    "text",
    ["Experience in energy, utilities or other regulated industries", "Background in the fintech or insurance sector"],
)
def test_the_industries_worked_in_are_a_background_not_a_question(text: str) -> None:
    assert ask(text, Q, Level.SENIOR) is None
    assert ask("Build tools for the financial sector", R, Level.SENIOR) is not None


def test_a_noun_phrase_of_work_prep_has_a_note_on_is_asked_as_a_story_about_that_work() -> None:
    """ "Multi-region failover design and disaster-recovery drills" under "Bonus points": no probe fits, but the
    note on multi-region designs answers a story about the work; a list of alternatives stays without a card."""
    question = ask("Multi-region failover design and disaster-recovery drills", Q, Level.SENIOR)
    assert question is not None and "your work on multi-region failover design" in question.prompt
    assert "RPO and RTO" in question.answer
    assert ask("Payments domain, Kubernetes, or observability tooling", Q, Level.SENIOR) is None
