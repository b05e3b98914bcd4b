"""The notes a back adds on the tools, standards and patterns its question names (`tool_notes`)."""

from __future__ import annotations

import re

import pytest

from prep.core.builder.interview import MAX_ANSWER_CHARS, draft, rubric
from prep.core.builder.interview_words import THEME_BY_NAME
from prep.core.builder.tool_notes import LIMIT, NOTES, tool_notes
from prep.core.model import Level


def _note(subject: str) -> str:
    return next(note.note for note in NOTES if note.subject == subject)


def _back(bullet: str, level: Level = Level.SENIOR, kind: str = "responsibility") -> str:
    drafted = draft(bullet, kind)
    assert drafted is not None, bullet
    return drafted.at(level).answer


@pytest.mark.parametrize("note", NOTES, ids=lambda note: note.subject)
def test_every_note_names_its_subject_and_is_found_by_its_own_pattern(note) -> None:
    assert re.search(note.subject, note.note.lower())
    assert re.search(note.pattern, note.note, re.IGNORECASE)
    assert tool_notes(note.note, said="") and tool_notes(note.note, said=note.note) != (note.note,)


@pytest.mark.parametrize(
    ("bullet", "subject"),
    [
        ("Knowledge of the outbox pattern and idempotent consumers", "outbox"),
        ("Build internal tools and Kubernetes operators in Go to make deployment self-service", "operator"),
        ("Keep patient data secure and follow our clinical safety process (DCB0129)", "clinical safety"),
        ("Use Redis for caching and for short-lived job queues", "job queue"),
        ("Reconciliation of payouts against bank statement files", "reconcil\\w*"),
        ("Know the JVM well enough to reason about GC pauses and thread pools", "jvm"),
        ("Any experience with Express or NestJS", "node(?:\\.js)?"),
        ("Meet DORA incident reporting duties with the compliance team", "dora"),
        ("Build instant SEPA credit transfers through TIPS and RT1", "sepa"),
        ("Handle 3-D Secure 2 challenges and exemptions in checkout", "psd2|strong customer authentication"),
        ("Model recurring bookings across daylight savings changes", "time zones?|daylight[- ]savings?|dst"),
        ("Move order fulfilment onto Temporal workflows", "temporal|durable (?:workflows?|execution)"),
        ("Keep the star schema and its slowly changing dimensions tidy", "dimensional|star schemas?|slowly changing"),
        ("Roll out features behind feature flags and clean up flag debt", "flag debt|openfeature"),
        ("Add circuit breakers and retries with backoff to the payment client", "half-open|retry budgets?"),
        ("Build change data capture with Debezium for the orders service", "change data capture"),
        ("Fix N+1 queries in the Django ORM with select_related", "eager loading"),
        ("Harden our GitHub Actions workflows", "github actions"),
        ("Write Go services with goroutines and context cancellation", "goroutines?"),
    ],
)
def test_a_back_knows_the_thing_its_question_names(bullet: str, subject: str) -> None:
    assert _note(subject) in _back(bullet)


def test_the_standard_the_work_must_meet_comes_before_the_tools() -> None:
    question = "How would you design network controls on GCP (VPC, Cloud Armor) that satisfy PCI DSS auditors?"
    notes = tool_notes(question, said="")
    assert len(notes) == LIMIT
    assert notes[0] == _note("pci")


def test_a_subject_the_theme_lines_already_mention_gets_no_note() -> None:
    assert tool_notes("Tell me about Kafka and Redis", said="Kafka consumer lag watched") == (_note("redis"),)


def test_words_that_only_look_like_a_subject_add_nothing() -> None:
    for question in (
        "What did you do last spring?",
        "Who were the operators of the night shift?",
        "Who was at the helm when it went wrong?",
        "How did you build the date picker with Angular CDK?",
        "What were the bitwise operators in Go you used?",
        "Where did the spark of an idea come from?",
        "How do you reconcile conflicting priorities from two stakeholders?",
        "What happens to pods when a node pool is drained?",
        "How would you express and track an SLO?",
        "How does garbage collection work in Go?",
        "How do you track DORA metrics such as deployment frequency?",
        "Which SCA tools scan your open-source dependencies?",
        "How do you collect SEPA direct debits?",
        "Any tips for debugging a flaky test?",
        "How do you collaborate with a team across time zones?",
        "Which rule matches on the src/dst port pair?",
        "How do caches exploit temporal and spatial locality?",
        "What is temporal coupling between services?",
        "How did you render the three-dimensional model viewer?",
        "How do market-wide circuit breakers halt trading on stock exchanges?",
        "How does a VPN kill switch work?",
        "What is a GPT partition table?",
        "Given an array of n+1 integers, find the duplicate.",
        "How do you verify clock domain crossing (CDC) paths?",
        "What makes a big query slow in plain English?",
        "Who taught you the game of Go?",
    ):
        assert tool_notes(question, said="") == ()


@pytest.mark.parametrize(
    ("question", "absent", "present"),
    [
        ("What does a Kubernetes controller's reconciliation loop do?", "operator", "kubernetes|k8s"),
        ("How many shards does a Kinesis stream need?", "shard keys?|resharding", "kinesis"),
        ("How do you write a lambda in Java?", "lambda", "java"),
    ],
)
def test_a_look_alike_gets_the_note_on_what_it_is_not_the_one_it_resembles(
    question: str, absent: str, present: str
) -> None:
    notes = tool_notes(question, said="")
    assert _note(absent) not in notes and _note(present) in notes


@pytest.mark.parametrize("level", list(Level))
def test_a_back_with_notes_fits_a_card_and_keeps_a_line_of_its_theme(level: Level) -> None:
    drafted = draft("Keep card payments compliant with PCI DSS, with network controls on GCP (VPC, Cloud Armor)", "")
    assert drafted is not None and "PCI DSS" in drafted.prompt
    back = drafted.at(level).answer
    assert len(back) <= MAX_ANSWER_CHARS
    assert _note("pci") in back
    assert any(line in back for theme in drafted.themes[:1] for line in theme.covers)


def test_a_note_is_left_out_when_the_cards_theme_already_covers_it() -> None:
    question = "How would you manage all cloud infrastructure as code with Terraform?"
    assert _note("terraform") in tool_notes(question, said="")
    assert tool_notes(question, said="", themes=("infrastructure",)) == ()


def test_within_a_group_the_tool_the_question_names_first_comes_first() -> None:
    notes = tool_notes("How would you run long jobs as Celery tasks on RabbitMQ?", said="")
    assert notes == (_note("celery"), _note("rabbitmq"))


def test_theme_lines_dropped_to_make_room_come_back_once_the_second_note_had_to_go_anyway() -> None:
    """The back sheds a second theme line, then the theme's second line, then the second note: when the note goes
    too, the lines dropped before it fit again and stay on the card."""
    themes = (THEME_BY_NAME["events"], THEME_BY_NAME["idempotency"])
    back = rubric("behavioural", Level.SENIOR, themes, notes=(_note("kafka"), "x" * 900))
    assert "x" * 900 not in back and len(back) <= MAX_ANSWER_CHARS
    assert all(line in back for line in themes[0].covers), back


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("Build and ship services in Docker containers", "docker"),
        ("Run our services on Kubernetes (EKS) with Helm", "kubernetes|k8s"),
        ("Design and operate infrastructure on AWS", "aws"),
        ("Build data services on GCP", "google cloud|gcp"),
        ("Deploy services to Microsoft Azure", "azure"),
        ("Solid understanding of Git and code review workflows", "git"),
        ("Strong Linux skills and comfort on the command line", "linux"),
        ("Maintain our CI/CD pipelines", "ci/cd|continuous (?:integration|delivery|deployment)"),
        ("Write OPA policies in Rego for our platform", "opa|rego|policy[- ]as[- ]code|kyverno|gatekeeper"),
        ("Manage secrets with HashiCorp Vault", "vault|secrets? management"),
        ("Monitor errors with Sentry and Datadog", "sentry|error track\\w*"),
        ("Maintain Jenkins pipelines for our Java services", "jenkins"),
        ("Secure service-to-service traffic with mTLS", "mtls|mutual tls"),
        ("Design and build microservices in Java", "microservices?"),
        ("Build event-driven services on NATS", "nats"),
        ("Build streaming pipelines on Amazon Kinesis", "kinesis"),
        ("Build event pipelines on Google Pub/Sub", "(?:google |cloud )pub/sub"),
        ("When would you pick a NoSQL store over a relational one?", "nosql"),
        ("Scale our caching layer on Memcached", "memcached?"),
        ("Build analytics on ClickHouse", "clickhouse"),
        ("Build stream processing jobs in Apache Flink", "flink"),
        ("Build real-time features with WebSockets", "websockets?"),
        ("Integrate enterprise SSO (SAML, OIDC) for our customers", "saml|single sign-on|sso"),
        ("Strong SQL skills", "sql|relational"),
        ("Write backend services in Python", "python"),
        ("Build services in Java and Spring Boot", "java"),
        ("Build APIs in C# and .NET", "c(?=#)|dotnet|(?<=\\.)net"),
        ("Write performance-critical services in Rust", "rust"),
        ("Maintain our PHP monolith", "php"),
        ("Build data pipelines in Scala and Spark", "scala"),
        (
            "Most design discussion happens in RFC documents before anyone opens an editor",
            "design doc(?:ument)?s?|rfcs?",
        ),
        ("Write design docs for changes that cross team boundaries", "design doc(?:ument)?s?|rfcs?"),
        (
            "Get agreement on one approach, written up as an architecture decision record",
            "architect(?:ure|ural) decision records?|adrs?",
        ),
        ("Record architectural decision records for the platform", "architect(?:ure|ural) decision records?|adrs?"),
        ("Build the dashboards and burn-rate alerts that tell us when we spend the budget too fast", "burn[- ]rates?"),
        ("Set up multi-window, multi-burn-rate alerting for our SLOs", "burn[- ]rates?"),
        ("Long-term storage with Thanos", "thanos|mimir|victoriametrics"),
        ("Run Grafana Mimir for metrics", "thanos|mimir|victoriametrics"),
        ("Join the hiring loop as a bar-raiser for senior candidates", "bar[- ]raisers?"),
        ("Act as a bar raiser in interviews for other teams", "bar[- ]raisers?"),
        ("Lead threat modeling sessions with product teams", "threat[- ]model\\w*|stride"),
    ],
)
def test_a_question_naming_a_platform_language_or_practice_gets_its_note(question: str, subject: str) -> None:
    assert _note(subject) in tool_notes(question, said="")


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("Experience with containers for shipping freight", "docker"),
        ("Build Kubernetes operators in Go", "kubernetes|k8s"),
        ("Build serverless functions on AWS Lambda", "aws"),
        ("Store objects in Google Cloud Storage", "google cloud|gcp"),
        ("Store documents in Azure Blob Storage", "azure"),
        ("Experience with GitHub Actions", "git"),
        ("We are a member of the Linux Foundation", "linux"),
        ("Build data pipelines in Airflow", "ci/cd|continuous (?:integration|delivery|deployment)"),
        ("Act as a gatekeeper for code quality in reviews", "opa|rego|policy[- ]as[- ]code|kyverno|gatekeeper"),
        ("Model the warehouse as a Data Vault 2.0", "vault|secrets? management"),
        ("Sentry mode for the vehicle fleet", "sentry|error track\\w*"),
        ("Report to Sarah Jenks, head of engineering", "jenkins"),
        ("Terminate TLS at the load balancer", "mtls|mutual tls"),
        ("Manage a microscope fleet in the lab", "microservices?"),
        ("Work with NATS, the UK's air traffic control provider", "nats"),
        ("Deliver logs to S3 with Kinesis Firehose", "kinesis"),
        ("Use Redis pub/sub for cache invalidation", "(?:google |cloud )pub/sub"),
        ("Experience with SQL databases", "nosql"),
        ("Cache responses in Redis", "memcached?"),
        ("Click the house icon to open the dashboard", "clickhouse"),
        ("Flinkster is our office dog", "flink"),
        ("Manage socket connections in C", "websockets?"),
        ("Samlet data for Danish customers", "saml|single sign-on|sso"),
        ("Experience with NoSQL databases", "sql|relational"),
        ("Monty Python fans welcome", "python"),
        ("Build front ends in JavaScript and React", "java"),
        ("Build ASP.NET Core APIs", "c(?=#)|dotnet|(?<=\\.)net"),
        ("Build trust with customers", "rust"),
        ("Earn a PhD in computer science", "php"),
        ("Build scalable services", "scala"),
        ("Implement RFC 9110 semantics correctly", "design doc(?:ument)?s?|rfcs?"),
        ("Follow RFC 7519 for JWTs", "design doc(?:ument)?s?|rfcs?"),
        ("Improve the hotel's adr and occupancy reporting", "architect(?:ure|ural) decision records?|adrs?"),
        ("Grow ADR and RevPAR across the portfolio", "architect(?:ure|ural) decision records?|adrs?"),
        ("We have a low burn rate and 4 years of runway", "burn[- ]rates?"),
        ("Manage our cash burn rate", "burn[- ]rates?"),
        ("Mimir is our internal codename", "thanos|mimir|victoriametrics"),
        ("Mimir is our internal codename for the new monitoring service", "thanos|mimir|victoriametrics"),
        ("Raise the bar for code quality", "bar[- ]raisers?"),
        ("Be a bar raiser for code quality and engineering craft", "bar[- ]raisers?"),
        ("Build threat detection rules in the SIEM", "threat[- ]model\\w*|stride"),
        ("Make big strides in your career", "threat[- ]model\\w*|stride"),
    ],
)
def test_a_look_alike_of_a_platform_language_or_practice_gets_no_note_on_it(question: str, subject: str) -> None:
    assert _note(subject) not in tool_notes(question, said="")


def test_a_platform_named_in_passing_comes_after_the_specific_tool() -> None:
    assert tool_notes("Tell me about Spark jobs running on Kubernetes", said="")[0] == _note("spark")
    assert tool_notes("How would you write Helm charts for Kubernetes?", said="")[0] == _note("helm")


def test_examples_listed_in_brackets_come_after_the_platform_they_are_examples_of() -> None:
    assert tool_notes("How would you run services on AWS (EKS, RDS, MSK, S3)?", said="")[0] == _note("aws")
    assert tool_notes("How did you build internal APIs in Python (FastAPI)?", said="")[0] == _note("fastapi")
