"""A card's back must fit the bullet it was made from: rules from the ninth held-out review.

A keyword outside the verbs and their object does not choose the rubric; a bullet prep has no specific rubric
for makes no card; caching and search have rubrics of their own; the second piece of work in a two-part bullet
adds its rubric line; every technical question carries the lines that answer it. Every bullet and document
here was written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from prep.core.builder import build
from prep.core.builder.interview import draft
from prep.core.builder.interview_words import THEMES
from prep.core.model import Level, Pack


def _drafted(text: str, kind: str = "responsibility"):
    drafted = draft(text, kind)
    assert drafted is not None, text
    return drafted


def _themes(text: str, kind: str = "responsibility") -> list[str]:
    return [theme.name for theme in _drafted(text, kind).themes]


def test_a_keyword_inside_a_clause_about_something_else_does_not_choose_the_rubric() -> None:
    # "release" is what the service does to seats, not a software release; "locking" is locking people out
    assert "ci-cd" not in _themes("Build the booking service that holds, releases and sells seats")
    assert "concurrency" not in _themes("Work with the trust team to stop scalpers without locking out real buyers")
    assert not _drafted("Build the booking service that holds, releases and sells seats").specific


def test_a_keyword_in_the_object_still_chooses_it() -> None:
    assert _themes("Own the billing service and its on-call rotation")[0] == "on-call"
    assert _themes("Write unit and integration tests for the code you ship")[0] == "testing"


def test_a_duty_without_a_specific_rubric_makes_no_card(tmp_path: Path, bundled_packs: list[Pack]) -> None:
    document = tmp_path / "posting.md"
    document.write_text(
        "# Backend Engineer\n\n## What you will do\n\n"
        "- Build the booking service that holds, releases and sells seats\n"
        "- Add a cache in front of the pricing API and own how its entries expire\n"
        "- Take part in the on-call rotation for the booking APIs\n",
        encoding="utf-8",
    )
    prompts = [card.prompt for card in build([document], bundled=bundled_packs).pack.cards]
    assert not any("booking service" in prompt for prompt in prompts), prompts
    assert any("cache" in prompt for prompt in prompts), prompts
    assert any("on-call" in prompt for prompt in prompts), prompts


def test_caching_work_is_asked_about_caching() -> None:
    drafted = _drafted("Add a read-through cache in front of the pricing API and own how entries expire")
    assert drafted.themes[0].name == "caching"
    answer = drafted.at(Level.MID).answer
    assert "TTL" in answer and "stale" in answer
    assert "percentiles" not in answer  # not the performance rubric
    assert "caching" not in _themes("Experience with Redis and PostgreSQL", "qualification")  # a store, not a cache


def test_search_work_is_asked_about_relevance_or_the_index() -> None:
    assert _themes("Tune the ranking of search results")[0] == "search-relevance"
    assert _themes("Build the indexing jobs that keep the catalogue fresh")[0] == "search-indexing"
    assert "bottleneck" not in _drafted("Tune the ranking of search results").prompt


def test_the_second_piece_of_work_adds_its_rubric_line() -> None:
    drafted = _drafted("Mentor two junior engineers and run the weekly architecture review")
    assert [theme.name for theme in drafted.themes[:2]] == ["mentoring", "architecture"]
    assert drafted.themes[1].covers[0] in drafted.at(Level.SENIOR).answer


def test_a_verb_that_takes_a_preposition_is_put_in_the_past() -> None:
    assert "reviewed pull requests and paired with junior engineers" in _drafted(
        "Review pull requests and pair with junior engineers", "qualification"
    ).prompt.replace("Describe a time when you ", "")


def test_a_noun_before_a_preposition_stays_a_noun() -> None:
    prompt = _drafted("Provide guidance and support to peers", "qualification").prompt
    assert "support to peers" in prompt and "supported" not in prompt


def test_working_as_an_adjective_is_not_a_verb() -> None:
    drafted = draft("Working SQL: joins, GROUP BY, window functions", "qualification")
    assert drafted is None or "worked SQL" not in drafted.prompt


@pytest.mark.parametrize("theme", THEMES, ids=lambda theme: theme.name)
def test_every_technical_question_carries_its_own_answer_lines(theme) -> None:
    for probe in theme.probes:
        assert probe.covers, f"{theme.name}: {probe.text}"
        assert all(len(line) <= 200 and not line.endswith(".") for line in probe.covers)


def test_a_technical_card_shows_the_answer_to_its_question() -> None:
    drafted = _drafted("Knowledge of caching strategies", "qualification")
    assert drafted.style == "technical"
    probe = next(probe for probe in drafted.themes[0].probes if probe.text in drafted.prompt)
    assert all(line in drafted.at(Level.JUNIOR).answer for line in probe.covers)


def test_a_numbered_answer_under_a_question_heading_is_kept(tmp_path: Path) -> None:
    document = tmp_path / "tokens.md"
    document.write_text(
        "# Token questions with answers\n\n## 1. How does a service check a signed token?\n\nAt minimum:\n\n"
        "1. Verify the signature with the issuer's published key.\n2. Check the audience and the expiry.\n\n"
        "Refresh the published keys when an unknown key id turns up.\n\n"
        "## 2. Why keep tokens short-lived?\n\nA leaked token stops working soon.\n",
        encoding="utf-8",
    )
    card = next(card for card in build([document]).pack.cards if "signed token" in card.prompt)
    assert "Verify the signature" in card.answer[0] and "unknown key id" in card.answer[0]


def test_a_posting_written_in_paragraphs_gives_its_duties(tmp_path: Path) -> None:
    document = tmp_path / "lead.md"
    document.write_text(
        "# Engineering Lead, Storage Platform\n\n"
        "Corvid Labs runs the storage layer behind our photo products.\n\n"
        "In your first three months you'll own the move of our object store onto Kubernetes. "
        "You'll run blameless incident reviews, set service level objectives with the teams that depend on us, "
        "and hire two engineers.\n\n"
        "What you'll bring:\n\n- Experience leading a team of engineers\n- Production experience with Kubernetes\n",
        encoding="utf-8",
    )
    prompts = " ".join(card.prompt for card in build([document]).pack.cards).lower()
    assert "incident review" in prompts and "service level objectives" in prompts, prompts
    assert "corvid" not in prompts


def test_prose_beside_a_list_of_duties_adds_nothing(tmp_path: Path) -> None:
    document = tmp_path / "mid.md"
    document.write_text(
        "# Backend Engineer\n\nYou'll run blameless incident reviews with the on-call team.\n\n"
        "## What you'll do\n\n- Build and test Go services that store meter readings\n",
        encoding="utf-8",
    )
    prompts = " ".join(card.prompt for card in build([document]).pack.cards).lower()
    assert "incident review" not in prompts  # the posting's own list says what the job is


def test_a_second_requirement_is_not_part_of_the_topic() -> None:
    prompt = _drafted("Strong knowledge of Kotlin or Java, and of relational databases", "qualification").prompt
    assert "relational" not in prompt and "Kotlin or Java" in prompt
    drafted = _drafted(
        "You understand consistency models and can explain the trade-offs between strong and eventual consistency",
        "qualification",
    )
    assert "can explain" not in drafted.prompt and "consisten" in drafted.prompt.lower()


def test_our_before_a_number_is_dropped() -> None:
    assert "help two mid-level engineers" in _drafted("Help our two mid-level engineers become senior").prompt


def test_owning_something_is_not_by_itself_delivery_work() -> None:
    assert not _drafted("Own the nightly batch that reconciles our inventory against the central database").specific
    assert _themes("Own delivery of features end to end")[0] == "delivery"


def test_live_updates_are_asked_about_connections_and_fan_out() -> None:
    drafted = _drafted("Push live order updates to browsers over WebSockets so customers see changes at once")
    assert drafted.themes[0].name == "realtime"
    assert "reconnect" in drafted.at(Level.MID).answer


def test_a_vague_object_is_read_with_its_clause() -> None:
    drafted = _drafted("You've built or operated something that had to survive a traffic spike", "qualification")
    assert drafted.specific and drafted.themes[0].name == "performance"
    assert "traffic spike" in drafted.prompt


def test_the_report_names_the_duties_that_made_no_card(tmp_path: Path) -> None:
    document = tmp_path / "posting.md"
    document.write_text(
        "# Backend Engineer\n\n## What you will do\n\n- Design the waiting room that admits visitors in batches\n"
        "- Take part in the on-call rotation for the booking APIs\n",
        encoding="utf-8",
    )
    (report,) = build([document]).documents
    assert any("line 5: Design the waiting room" in line and "no rubric fits it" in line for line in report.skipped)
    assert not any("on-call" in line for line in report.skipped)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Git: branches, commits and pull requests", "Git"),
        ("PostgreSQL: schema design, indexes, and reading query plans", "PostgreSQL"),
        ("Strong Go — we run it on every service — and a feel for profiling", "Go"),
        ("JavaScript or TypeScript, including how promises settle", "JavaScript or TypeScript"),
    ],
)
def test_a_requirement_that_opens_with_a_skill_is_asked_about_it(text: str, named: str) -> None:
    drafted = _drafted(text, "qualification")
    assert drafted.style == "technical" and named in drafted.prompt
    assert "we run" not in drafted.prompt


def test_being_on_call_is_not_a_topic_called_call() -> None:
    drafted = draft("Comfortable on call for the services you build", "qualification")
    assert drafted is None or "about call" not in drafted.prompt


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Design multi-tenant services with strong tenant isolation", "multi-tenancy"),
        ("Own the order status transitions from checkout to delivery", "workflows"),
        ("Implement rate limiting and quotas for the public API", "rate-limiting"),
    ],
)
def test_tenants_workflows_and_rate_limits_have_rubrics_of_their_own(text: str, theme: str) -> None:
    assert _themes(text)[0] == theme


@pytest.mark.parametrize(
    "text",
    [
        "Enter and maintain tenant data in Yardi and respond to maintenance requests",
        "Answer customer questions about order status by phone and email",
        "Diagnose thermal throttling on Android devices",
    ],
)
def test_the_same_words_outside_engineering_pick_none_of_them(text: str) -> None:
    drafted = draft(text, "responsibility")
    picked = [theme.name for theme in drafted.themes] if drafted else []
    assert not {"multi-tenancy", "workflows", "rate-limiting"} & set(picked)


def test_our_before_a_compound_noun_is_one_thing() -> None:
    assert "built a claims workflow engine" in _drafted("Build our claims workflow engine").prompt


def test_a_bullet_asks_about_its_first_sentence() -> None:
    drafted = _drafted("Keep an eye on cost. Dedicated game servers are expensive and idle ones burn money")
    assert "an eye on cost" in drafted.prompt and "Dedicated" not in drafted.prompt
    assert drafted.themes[0].name == "cost"


def test_learning_how_to_do_something_asks_about_doing_it() -> None:
    drafted = _drafted("Learn how to make those jobs safe to retry")
    assert "make the jobs safe to retry" in drafted.prompt and "learn" not in drafted.prompt
    assert drafted.themes[0].name == "idempotency"


def test_pairing_with_a_named_person_asks_about_the_work() -> None:
    prompt = _drafted("Pair with Marta, one of our two senior engineers, on the document ingestion service").prompt
    assert "Marta" not in prompt and "a teammate on a document ingestion service" in prompt
    assert "programming" not in _drafted("Pair programming with more experienced developers most days").prompt


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Run launch-readiness reviews and load tests before every season", "testing"),
        ("You've worked with document/OCR pipelines for attachments", "documentation"),
        ("Give clear feedback early and deal with underperformance directly", "code-review"),
    ],
)
def test_a_word_used_in_another_sense_does_not_pick_its_rubric(text: str, wrong: str) -> None:
    drafted = draft(text, "responsibility")
    assert drafted is None or wrong not in [theme.name for theme in drafted.themes]


def test_a_payment_question_needs_a_bullet_about_money() -> None:
    sensor = _drafted("Handle late-arriving and out-of-order sensor readings idempotently", "qualification")
    assert "payment" not in sensor.at(Level.MID).answer.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Develop and support the real-time card authorisation service, which must answer within 100 ms",
        "Ability to influence without authority, and to write clearly for engineers and non-engineers",
        "Background in logistics, marketplaces or anything involving optimisation/routing problems",
    ],
)
def test_authorising_a_card_authority_and_routing_problems_are_not_security_or_speed(text: str) -> None:
    drafted = draft(text, "qualification")
    assert drafted is None or not {"security", "performance"} & {theme.name for theme in drafted.themes}


def test_what_the_days_are_spent_writing_is_the_stack() -> None:
    assert draft("You'll write mostly Go, some SQL, and the occasional bash script", "responsibility") is None


def test_employer_plans_and_todays_tools_stay_out_of_a_past_time_question() -> None:
    assert "this year" not in _drafted("Grow the backend team to ten engineers this year").prompt
    assert "today" not in _drafted("Keep the RabbitMQ consumers that bill customers healthy today").prompt


def test_a_preferred_tool_is_an_example_and_keeps_its_name() -> None:
    prompt = _drafted("Infrastructure as code, ideally Terraform", "qualification").prompt
    assert "such as Terraform" in prompt and "ideally" not in prompt


def test_a_technical_question_is_the_probe_closest_to_what_the_bullet_names() -> None:
    isolation = _drafted(
        "Solid understanding of relational databases, including transaction isolation levels", "qualification"
    )
    assert "isolation level" in isolation.prompt
    plans = _drafted("Knowledge of PostgreSQL indexing and query plans", "qualification").prompt.split(":", 1)[-1]
    assert "index" in plans or "plan" in plans


def test_the_employers_systems_are_one_of_their_kind_in_a_past_time_question() -> None:
    assert "designed a sync API for a mobile app" in _drafted("Design the sync API for the mobile app").prompt
    assert "mentored junior engineers" in _drafted("Mentor the junior engineers on the team").prompt
    assert "the reliability of" in _drafted("Own the reliability of the claims services").prompt
    assert "PSD2 Open Banking APIs" in _drafted("Build and maintain the PSD2 Open Banking APIs").prompt
    assert "on the JVM" in _drafted("Write production Kotlin services on the JVM").prompt


def test_a_human_language_is_not_an_interview_topic() -> None:
    text = "Reading German or French is handy for tax documentation, though not required"
    assert draft(text, "qualification") is None


def test_a_team_named_by_its_function_is_kept() -> None:
    assert "with Quality Assurance on" in _drafted("Partner with Quality Assurance on the GxP lifecycle").prompt


def test_keeping_a_system_right_is_asked_about_like_any_duty() -> None:
    drafted = _drafted("Keep WebRTC media servers reliable and safe to change")
    assert drafted.style == "behavioural" and drafted.themes[0].name == "reliability"
    assert (
        draft("Stay hands-on as much as you can", "responsibility") is None
        or not _drafted("Stay hands-on as much as you can").specific
    )


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Strong grounding in online experimentation: A/B test design and variance reduction", "testing"),
        ("Interest in food security and the nonprofit sector", "security"),
        ("Build the securities settlement service", "security"),
    ],
)
def test_a_b_tests_food_security_and_securities_are_not_their_namesakes(text: str, wrong: str) -> None:
    drafted = draft(text, "qualification")
    assert drafted is None or wrong not in [theme.name for theme in drafted.themes]


def test_a_requirement_written_as_a_bare_noun_phrase_is_asked_when_a_question_fits() -> None:
    drafted = _drafted("Zero-downtime schema migrations on large Postgres tables", "qualification")
    assert drafted.style == "technical" and "lock" in drafted.prompt
    assert draft("Insurance domain knowledge and rating tables", "qualification") is None


def test_a_technical_question_needs_a_probe_that_touches_the_bullet() -> None:
    drafted = draft("The usual tools of the trade: Jira, PagerDuty, Notion", "qualification")
    assert drafted is None or "alert fatigue" not in drafted.prompt


def test_a_verb_that_takes_with_is_put_in_the_past_after_and() -> None:
    prompt = _drafted("Give clear feedback early, run a fair review cycle, and deal with underperformance").prompt
    assert "and dealt with underperformance" in prompt


def test_a_language_that_is_also_a_verb_is_asked_about() -> None:
    assert "Go or Kotlin" in _drafted("Go or Kotlin", "qualification").prompt


def test_a_present_verb_after_a_perfect_one_is_put_in_the_past_too() -> None:
    prompt = _drafted("You've worked with relational databases and understand indexes and isolation levels").prompt
    assert "and understood indexes" in prompt


def test_a_second_gerund_with_an_object_is_put_in_the_past() -> None:
    prompt = _drafted("Experience operating k8s clusters and writing Helm charts", "qualification").prompt
    assert "operated k8s clusters and wrote Helm charts" in prompt


def test_an_ing_noun_after_and_stays_a_noun() -> None:
    prompt = _drafted("Experience building data pipelines and monitoring dashboards", "qualification").prompt
    assert "and monitoring dashboards" in prompt


def test_capacity_planning_is_asked_about_forecasts_and_limits() -> None:
    drafted = _drafted("Run the weekly capacity review and plan database growth, including storage limits")
    assert drafted.themes[0].name == "capacity"
    assert "limit" in drafted.prompt and "access patterns" not in drafted.prompt


def test_a_leadership_capacity_is_not_capacity_planning() -> None:
    assert "capacity" not in [theme.name for theme in _drafted("Work in a leadership capacity across teams").themes]


def test_modifiers_listed_before_a_plural_head_take_no_article() -> None:
    prompt = _drafted("Design the message flows between the order, routing and billing services").prompt
    assert "between order, routing and billing services" in prompt


def test_message_flows_are_asked_about_like_events() -> None:
    assert _themes("Design the message flows between the order and billing services")[0] == "events"


def test_settlement_reconciliation_is_money_work() -> None:
    assert _themes("Own services that reconcile card settlements with our bank partners")[0] == "money"
    assert "money" not in _themes("Reconcile data between the CRM and the warehouse")


@pytest.mark.parametrize(
    "bullet",
    [
        "Plan for rapid growth across Europe",
        "Forecast customer demand for the sales team",
        "Own sprint capacity planning",
    ],
)
def test_business_growth_and_sprint_capacity_are_not_capacity_planning(bullet: str) -> None:
    assert "capacity" not in _themes(bullet)


def test_a_bonus_payout_or_a_dispute_settlement_is_not_money_work() -> None:
    from prep.core.builder.interview import themes_of

    assert "money" not in [theme.name for theme in themes_of("Handle the annual bonus payout and dispute settlement")]


def test_an_idiom_keeps_its_article_and_a_phrase_ends_before_its_adverb() -> None:
    prompt = _drafted("Troubleshoot performance problems all the way down the stack").prompt
    assert "all the way down the stack" in prompt
    prompt = _drafted("Run blameless postmortems and make sure the action items actually get done").prompt
    assert "made sure action items actually" in prompt


def test_a_concession_after_a_skill_is_not_part_of_the_question() -> None:
    prompt = _drafted(
        "Exposure to Kubernetes is a plus, though most of our edge runs on bare metal", "qualification"
    ).prompt
    assert "plus" not in prompt and "though" not in prompt and "Kubernetes" in prompt


def test_a_warehouse_tuning_bullet_is_asked_about_scans_and_cost_not_indexes() -> None:
    drafted = _drafted("Tune Snowflake warehouse sizes and query performance to keep credit usage in check")
    assert drafted.themes[0].name == "warehouse-tuning"
    assert "query-tuning" not in [theme.name for theme in drafted.themes]
    assert _themes("Tune PostgreSQL queries and indexes for the order service")[0] == "query-tuning"


@pytest.mark.parametrize(
    ("bullet", "wanted"),
    [
        ("You'll lead four engineers and still spend half your time writing code", "and still spent half"),
        ("Consume events from Kafka and land them reliably in the warehouse", "and landed them"),
    ],
)
def test_a_second_verb_after_an_adverb_or_before_them_is_put_in_the_past(bullet: str, wanted: str) -> None:
    assert wanted in _drafted(bullet).prompt


def test_experience_at_a_kind_of_employer_is_background_not_a_tool() -> None:
    from prep.core.builder.interview import draft

    assert draft("Experience at a CDN, ISP or hosting provider", "qualification") is None
    assert "worked with Kafka" in _drafted("Experience at scale with Kafka", "qualification").prompt


def test_languages_named_for_a_purpose_get_the_language_question() -> None:
    prompt = _drafted("Proficiency in Go or Python for writing production-quality tooling", "qualification").prompt
    assert prompt.startswith("Of Go or Python") or "Go or Python" in prompt.split("?")[0]
    assert "for writing" not in prompt


@pytest.mark.parametrize(
    ("bullet", "not_theme"),
    [
        ("Model data in Snowflake using dbt: staging, intermediate and mart layers", "data"),
        ("Monitor data quality and freshness, and investigate when numbers look wrong", "observability"),
    ],
)
def test_analytics_work_is_not_asked_like_a_transactional_database_or_a_service(bullet: str, not_theme: str) -> None:
    assert not_theme not in _themes(bullet)
    assert "data" in _themes("Design PostgreSQL schemas for the billing service")


def test_learning_to_do_something_after_a_gerund_is_put_in_the_past() -> None:
    prompt = _drafted("Fixing bugs reported by colleagues, and learning to trace an issue through logs").prompt
    assert "and learned to trace" in prompt or "and learn to trace" in prompt  # past or situational
    assert "learning" not in prompt


def test_examples_listed_before_or_similar_get_their_or_back_when_a_clause_follows() -> None:
    bullet = "Experience with job queues such as Celery, RQ or similar, and an understanding of idempotent tasks"
    assert "such as Celery or RQ" in _drafted(bullet, "qualification").prompt


def test_a_bare_requirement_keeps_its_indefinite_article() -> None:
    bullet = "A security-minded approach: least privilege, secrets management (we use Vault), supply chain scanning"
    assert "about a security-minded approach" in _drafted(bullet, "qualification").prompt


def test_operating_kubernetes_clusters_is_asked_about_upgrades_and_sharing_not_workloads() -> None:
    bullet = "Operate and evolve our Kubernetes clusters (EKS), including upgrades and node autoscaling with Karpenter"
    assert _themes(bullet)[0] == "cluster-operations"
    for other in ("Run our Kafka clusters", "Deploy microservices running on EKS clusters"):
        assert "cluster-operations" not in _themes(other)


@pytest.mark.parametrize(
    "bullet", ["Pairing with a senior developer who will be your mentor for your first year", "You'll be mentored"]
)
def test_the_support_a_job_gives_is_a_term_of_the_job_not_a_question(bullet: str) -> None:
    from prep.core.builder.interview import draft

    assert draft(bullet, "responsibility") is None
    assert draft("Mentor junior developers and review their code", "responsibility") is not None


def test_a_list_of_three_things_is_not_explained_to_a_new_teammate() -> None:
    bullet = "You're comfortable with Git, CI pipelines and Docker-based local development"
    drafted = draft(bullet, "qualification")
    assert drafted is None or "new teammate" not in drafted.prompt


def test_async_code_is_asked_about_concurrency_and_async_messaging_about_delivery() -> None:
    assert "events" not in _themes("Understanding of async Python (asyncio)")
    assert "concurrency" in _themes("Understanding of async Python (asyncio)")
    assert "events" in _themes("Design asynchronous messaging between services")
    assert "concurrency" not in _themes("Design asynchronous messaging between services")


@pytest.mark.parametrize(
    "bullet",
    [
        "You'll join the Integrations squad, which connects us to the hospital's other systems",
        "Join stand-ups, planning and retrospectives, and present your work at the cohort demo day",
    ],
)
def test_the_team_and_its_meetings_a_job_puts_you_in_are_not_questions(bullet: str) -> None:
    assert draft(bullet, "responsibility") is None


def test_packaging_with_docker_is_work_and_search_before_services_is_a_noun() -> None:
    prompt = _drafted("Packaging services with Docker and deploying them through our CI pipelines").prompt
    assert "packaged services with Docker and deployed them" in prompt or "package services" in prompt
    prompt = _drafted("Build and maintain REST APIs in Node.js for our booking and search services").prompt
    assert "booking and search services" in prompt


def test_a_gerund_after_the_tools_worked_with_is_put_in_the_past() -> None:
    prompt = _drafted("Experience with Prometheus, Grafana or Datadog and defining SLIs/SLOs.", "qualification").prompt
    assert "and defined SLIs/SLOs" in prompt
    assert "and defining" not in prompt


def test_a_technical_question_naming_no_skill_is_filed_under_its_themes_topic(tmp_path: Path) -> None:
    posting = tmp_path / "posting.md"
    posting.write_text(
        "# Backend Engineer\n\n## Nice to have\n\n- Knowledge of the outbox pattern and idempotent consumers\n",
        encoding="utf-8",
    )
    cards = [card for card in build([posting]).pack.cards if "outbox" in card.prompt]
    assert cards and all("career" not in card.topics for card in cards)
    assert "message-queues" in cards[0].topics


def test_every_theme_topic_is_a_theme_and_a_topic_of_the_bundled_packs() -> None:
    from prep.core.builder.interview_words import THEME_TOPICS
    from prep.core.packs.discover import bundled_library

    topics = {topic for pack in bundled_library().packs for card in pack.cards for topic in card.topics}
    assert set(THEME_TOPICS) <= {theme.name for theme in THEMES}
    assert set(THEME_TOPICS.values()) <= topics


def test_an_aside_cut_short_by_a_dash_is_left_out_of_the_question() -> None:
    bullet = "Deep experience running Kubernetes in production (not just kubectl apply - we mean debugging at 3 a.m.)"
    prompt = _drafted(bullet, "qualification").prompt
    assert "kubectl" not in prompt and "Kubernetes in production" in prompt


def test_a_wish_set_off_by_commas_leaves_the_requirement_reading_on() -> None:
    prompt = _drafted("Understanding of REST API design and, ideally, OpenAPI specifications.", "qualification").prompt
    assert "REST API design and OpenAPI specifications" in prompt


def test_code_names_with_underscores_are_kept_in_a_question() -> None:
    bullet = "Profile slow endpoints and queries, fix N+1s with `select_related` / `prefetch_related`"
    assert "select_related / prefetch_related" in _drafted(bullet).prompt


def test_a_list_of_duties_is_not_followed_by_a_follow_up_that_lists_again() -> None:
    drafted = draft("Review code and mentor mid-level engineers, and help shape our engineering standards", "")
    assert drafted is not None
    assert drafted.prompt.count(", and ") <= 1


def test_an_integration_engine_is_not_asked_about_like_an_outside_provider() -> None:
    drafted = draft("Experience with Mirth Connect or another integration engine", "qualification")
    assert drafted is None or "integrations" not in [theme.name for theme in drafted.themes]
    assert "integrations" in _themes("Integrate with payment providers and handle their webhooks")


def test_a_requirement_that_repeats_a_duty_on_the_same_skills_is_asked_once(tmp_path: Path) -> None:
    from dataclasses import replace

    from prep.core.builder.cards import _first_of_its_kind

    posting = tmp_path / "posting.md"
    posting.write_text(
        "# Senior Backend Engineer\n\n## Responsibilities\n\n"
        "- Own the event pipeline on Kafka, making sure order events are processed once and in order\n",
        encoding="utf-8",
    )
    (duty,) = build([posting]).pack.cards
    assert duty.source is not None and duty.source.kind == "responsibility"
    required = replace(  # the same story asked again from the requirements, with another follow-up
        duty,
        prompt="Tell me about a project where you used Kafka in production — what did you monitor?",
        answer=(duty.answer[0] + "\n- Consumer lag alerts",),
        source=replace(duty.source, kind="qualification"),
    )
    other = replace(required, topics=("rabbitmq", "behavioural"), prompt=required.prompt.replace("Kafka", "RabbitMQ"))
    seen: dict = {}
    assert _first_of_its_kind(duty, seen)
    assert not _first_of_its_kind(required, seen)
    assert _first_of_its_kind(other, seen)  # a skill the duty did not name is asked about


def test_programming_skills_in_named_languages_get_the_language_question() -> None:
    prompt = _drafted("Strong programming skills in Go or Python.", "qualification").prompt
    assert "Go or Python" in prompt and "programming skills" not in prompt
    assert draft("Good programming skills", "qualification") is None


def test_comfortable_using_a_tool_asks_about_working_with_it() -> None:
    prompt = _drafted("Comfortable using Git — branching, commits, pull requests", "qualification").prompt
    assert "worked with Git" in prompt and "comfortable" not in prompt.lower()


def test_a_gerund_after_a_list_of_examples_is_put_in_the_past_with_the_head() -> None:
    bullet = "Integrating with card schemes (ISO 8583, ISO 20022) and handling timeouts, retries and partial failures"
    prompt = _drafted(bullet).prompt
    assert "and handled timeouts" in prompt or "and handle timeouts" in prompt
    assert "and handling" not in prompt


def test_what_was_made_sure_of_is_in_the_past_too() -> None:
    drafted = draft("Make sure our consumers are idempotent and handle retries", "")
    assert drafted is not None
    assert " are idempotent" not in drafted.prompt or "make sure" in drafted.prompt


def test_a_follow_up_does_not_ask_again_about_what_the_question_already_said() -> None:
    drafted = draft("Make sure our consumers are idempotent and handle retries", "")
    assert drafted is not None
    question, _, follow_up = drafted.prompt.partition(" — ")
    assert "retries" in question and "retries" not in follow_up


def test_a_bare_named_tool_no_probe_fits_is_asked_as_a_story_about_working_with_it() -> None:
    prompt = _drafted("Kafka or another streaming platform (Kinesis, Pulsar)", "qualification").prompt
    assert "worked with Kafka or another streaming platform" in prompt or "used Kafka" in prompt


def test_a_requirement_for_the_basics_is_asked_to_explain_them_not_an_experts_incident() -> None:
    for bullet in ("Basic SQL: SELECT, JOINs, and simple schema design", "Familiarity with Kubernetes"):
        assert "explain" in _drafted(bullet, "qualification").prompt


def test_the_first_weeks_of_a_job_and_its_rota_are_terms_not_the_work() -> None:
    assert draft("You'll ship code to production in your first week.", "responsibility") is None
    bullet = (
        "Instrument services with metrics and traces (Prometheus, Grafana) and take part in a 1-in-6 on-call rotation"
    )
    prompt = _drafted(bullet).prompt
    assert "1-in-6" not in prompt and "on-call rotation" in prompt
    assert "and take part" not in prompt or prompt.startswith(("Suppose", "You have", "If you", "Walk me through how"))


def test_a_list_copied_without_its_bullets_gives_one_question_per_line(tmp_path: Path) -> None:
    posting = tmp_path / "pasted.txt"
    posting.write_text(
        "Backend Engineer\n\nAbout the job\nWe make software for bakeries. It is used in 40 towns.\n\n"
        "Responsibilities\n"
        "Build and ship features in our Django application, from migration to production\n"
        "Design PostgreSQL schemas and write fast queries; find and fix N+1 queries,\n"
        "missing indexes and slow ORM calls\n"
        "Own background processing in Celery: retries, idempotent jobs and queue priorities\n"
        "Use Redis for caching and rate limiting\n\n"
        "Qualifications\n"
        "3+ years of professional software development experience\n"
        "Solid SQL skills and experience with PostgreSQL (EXPLAIN ANALYZE, transactions,\n"
        "locking)\n"
        "Familiarity with RESTful API design\n"
        "Experience with background job systems such as Sidekiq or Resque\n"
        "Understanding of caching strategies\n",
        encoding="utf-8",
    )
    result = build([posting])
    duties = [card for card in result.pack.cards if card.source and card.source.kind == "responsibility"]
    assert len({card.source.line for card in duties if card.source}) >= 3
    assert any(card.source and card.source.line == 8 for card in duties)  # "Design PostgreSQL schemas ..."
    assert not any("Understanding" in str(skill) for skill in result.documents[0].skills)  # "Resque\nUnderstanding"


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Who we are looking for", "qualifications"),
        ("What we need from you", "qualifications"),
        ("What you'll actually be doing", "responsibilities"),
        ("Who we are", "chrome"),
    ],
)
def test_headings_postings_write(heading: str, kind: str) -> None:
    from prep.core.builder.headings import classify_heading

    assert classify_heading(heading).kind.value == kind


def test_a_wide_column_store_is_not_asked_about_foreign_keys() -> None:
    drafted = draft("Model and tune viewing-history data in ScyllaDB", "responsibility")
    assert drafted is not None
    back = drafted.at(Level.SENIOR).answer
    assert "foreign keys" not in back and "partition key" in back


def test_a_faq_on_whether_experience_of_the_field_is_needed_is_a_term_of_the_job() -> None:
    from prep.core.builder.chrome import faq_reason

    assert faq_reason("Do I need insurance experience?", "No. We will teach you the claims lifecycle.")


def test_gerunds_a_duty_includes_stay_gerunds_in_a_past_question() -> None:
    bullet = "Writing data access with Dapper against SQL Server, including query tuning and reading execution plans"
    prompt = _drafted(bullet).prompt
    assert "including query tuning and reading execution plans" in prompt


@pytest.mark.parametrize(
    ("bullet", "topic"),
    [
        (
            "Solid SQL skills and experience with PostgreSQL (EXPLAIN ANALYZE, transactions, locking)",
            "SQL and PostgreSQL",
        ),
        ("Strong Terraform skills — state management, module design, safe refactoring", "Terraform"),
    ],
)
def test_a_requirement_is_asked_about_its_subject_without_how_much_of_it_is_wanted(bullet: str, topic: str) -> None:
    prompt = _drafted(bullet, "qualification").prompt
    assert f"about {topic}" in prompt
    assert not any(word in prompt for word in ("Solid", "solid", "Strong", "strong", "skills"))


def test_cost_work_named_by_its_levers_is_asked_about_cost() -> None:
    bullet = "Driving cost optimisation: rightsizing, Karpenter node pools, Savings Plans, spot instances where safe"
    assert _themes(bullet)[0] == "cost"
