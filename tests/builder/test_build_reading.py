"""The small parts behind the shape documents: inline Markdown, pieces of a long document, skills in prose and
addresses, optional wording, levels in sentences, ladder wording, SEO text and trimmed answers."""

from __future__ import annotations

import pytest

from prep.core.builder.answers import trimmed
from prep.core.builder.chrome import faq_reason, seo_reason
from prep.core.builder.inline import render
from prep.core.builder.levels import hiring_level
from prep.core.builder.lines import _NEWLINES, Line, clean, text_lines
from prep.core.builder.markdown import markdown_blocks
from prep.core.builder.questions import reads_as_question, true_or_false
from prep.core.builder.sections import page_title_text
from prep.core.builder.skill_book import optional_at
from prep.core.builder.skills import _ADDRESS, scan, skill_name, unknown_names, without_addresses
from prep.core.builder.wording import role_term, second_person
from prep.core.model import Level

from build_support import DOCUMENTS, SHAPES


@pytest.mark.parametrize(
    "markdown, text, lead",
    [
        ("**Situation:** My team was *very* busy", "Situation: My team was very busy", 10),
        ("Run `git branch -d <BRANCH>` first", "Run `git branch -d <BRANCH>` first", 0),
        ("What does <code>git init</code> do?", "What does `git init` do?", 0),
        ("Keep <commit-hash> and <b>drop</b> tags", "Keep <commit-hash> and drop tags", 0),
        ("snake_case_name, 2 * 3 and a*b*c", "snake_case_name, 2 * 3 and abc", 0),
        ("**a* stays half bold", "*a stays half bold", 0),
        ("See [the docs](https://example.com/x) &amp; ![logo](l.png)more", "See the docs & more", 0),
        ("\\*not emphasis\\*", "*not emphasis*", 0),
    ],
)
def test_inline_markdown_is_read_as_prep_keeps_it(markdown: str, text: str, lead: int) -> None:
    rendered = render(markdown)
    assert [line.text for line in rendered.lines] == [text]
    assert rendered.leads.get(0, 0) == lead


def test_link_only_lines_are_marked() -> None:
    rendered = render("[Fundamentals](#a) · [Branching](#b)\nplain text")
    assert [line.link for line in rendered.lines] == [True, False]


def test_a_long_document_parses_the_same_in_pieces() -> None:
    text = "\n\n".join(path.read_text(encoding="utf-8") for path in [*SHAPES.glob("*.md"), *DOCUMENTS.glob("*.md")] * 3)
    lines = text_lines(text)
    whole = markdown_blocks(lines, chunk_lines=10**9)
    pieces = markdown_blocks(lines, chunk_lines=5)
    assert len(whole) > 500 and pieces == whole


@pytest.mark.parametrize(
    "text, slugs",
    [
        ("Our uptime page lives at http://status.example.com and https://docs.example.com/security/tls", []),
        ("The write-up is at https://engineering.example.com/2024/05/goodbye-kafka.", []),
        ("Write to kafka-team@example.com or visit careers.example.com/kafka", []),
        ("We moved from Kafka to RabbitMQ (see https://example.com/kafka)", ["kafka", "rabbitmq"]),
        ("Node.js/Express and HTTP APIs", ["nodejs", "express", "http", "api-design"]),
    ],
)
def test_no_skill_is_found_inside_an_address(text: str, slugs: list[str]) -> None:
    assert [match.slug for match in scan(text)] == slugs
    assert len(without_addresses(text)) == len(text)


def test_addresses_are_blanked_as_the_full_pattern_blanks_them() -> None:
    """The quick checks before `_ADDRESS` only skip texts it could not match."""
    lines = [line for path in sorted(DOCUMENTS.rglob("*")) if path.is_file() for line in path.read_text().splitlines()]
    lines += ["Mail ops@acme", "see ftp://x", "www.acme", "api.Example.IO", "acme.dev/jobs", "x.y", "v1.2", "e.g. Go"]
    for line in lines:
        assert without_addresses(line) == _ADDRESS.sub(lambda match: " " * len(match.group()), line), line


@pytest.mark.parametrize(
    "text, names",
    [
        ("Experience with Spark or Flink is a plus", ["Spark", "Flink"]),
        ("You're fluent in at least one of Java, Kotlin or TypeScript", ["Kotlin"]),
        ("Build internal APIs in Python (FastAPI) for the warehouse", ["FastAPI"]),
        ("A stream processing framework such as Apache Beam", ["Apache Beam"]),
        ("Work with Product and Design on what we build next", []),
        ("Offices in London, Berlin and Lisbon", []),
        ("Pair with Senior Engineers from day one", []),
        ("You will work mostly in Python, with some Rust", []),
        ("Some experience with SQL (SELECT, JOIN, INSERT, UPDATE)", []),
    ],
)
def test_technology_names_outside_the_vocabulary(text: str, names: list[str]) -> None:
    assert [name for name, _ in unknown_names(text, scan(text))] == names


@pytest.mark.parametrize(
    "text, names",
    [
        ("Postgres, NodeJS, k8s and golang", ["PostgreSQL", "Node.js", "Kubernetes", "Go"]),
        ("Services talk gRPC; the frontend is TypeScript", ["gRPC", "TypeScript"]),
        ("CI runs on GitHub Actions and Jenkins", ["GitHub Actions", "Jenkins"]),
        ("Version Control (Git); relational databases", ["Git", "SQL"]),
    ],
)
def test_skills_keep_the_document_s_name_for_a_distinct_product(text: str, names: list[str]) -> None:
    assert [skill_name(match, text) for match in scan(text)] == names


@pytest.mark.parametrize(
    "text, word, optional",
    [
        ("Python is required; experience with Spark is a plus.", "Python", False),
        ("Python is required; experience with Spark is a plus.", "Spark", True),
        ("It would be nice if you have worked with Rust.", "Rust", True),
        ("Bonus points for Go.", "Go", True),
        ("You will use Python plus SQL every day.", "SQL", False),
    ],
)
def test_optional_wording_belongs_to_its_clause(text: str, word: str, optional: bool) -> None:
    assert optional_at(text, text.index(word)) is optional


@pytest.mark.parametrize(
    "text, level",
    [
        ("We are hiring at the mid level, which means roughly 3–5 years.", Level.MID),
        ("This is a senior role for someone who has run services in production.", Level.SENIOR),
        ("We are looking for a junior developer to join the team.", Level.JUNIOR),
        ("Review code and mentor mid-level engineers.", None),
        ("Pair with senior developers on new features.", None),
        ("Companies hiring backend engineers, platform engineers and senior developers.", None),
    ],
)
def test_a_level_stated_in_a_sentence(text: str, level: Level | None) -> None:
    assert hiring_level(text) is level


@pytest.mark.parametrize(
    "bullet, clause",
    [
        (
            "Reviews pull requests and acts on feedback on their own work",
            "review pull requests and act on feedback on your own work",
        ),
        ("Finds and solves problems that no single team owns", "find and solve problems that no single team owns"),
        (
            "Debugs production issues using logs, metrics and traces",
            "debug production issues using logs, metrics and traces",
        ),
        ("Applies patches and fixes the flaky tests", "apply patches and fix the flaky tests"),
        ("Plans budgets and timelines for the team", None),
        ("Estimates their work, flags risks early, and delivers on time", None),
        (
            "Unblocks other teams on hard problems, then leaves those teams more capable",
            "unblock other teams on hard problems, then leave those teams more capable",
        ),
        ("Grows other engineers by reviewing their design docs", None),
        ("Mentors juniors and reviews their code", None),
        ("Reviews code from peers and owns their own bugs", "review code from peers and own your own bugs"),
        ("Systems thinking and design", None),
        ("Tests are written before the code", None),
    ],
)
def test_ladder_expectations_in_the_second_person(bullet: str, clause: str | None) -> None:
    assert second_person(bullet) == clause


def test_role_terms_as_one_person() -> None:
    assert role_term("Analytics engineers") == ("an analytics engineer", "Analytics engineers")
    assert role_term("DevOps engineer") == ("a DevOps engineer", "DevOps engineers")


def test_questions_with_a_lead_in_and_true_or_false_items() -> None:
    assert reads_as_question("Have you ever helped a colleague who was struggling? What did you do?")
    assert not reads_as_question("We build services. Want to know more?")
    assert true_or_false("True or False? `git pull` fetches and merges.")
    assert not true_or_false("True to our values, we ship often.")


def test_keyword_stuffing_and_marketing() -> None:
    stuffed = (
        "Looking for backend engineer jobs in Berlin? Browse backend engineer jobs, compare salaries and find "
        "hybrid backend roles. New backend engineer jobs every day from startups and scale-ups, plus remote "
        "backend engineer jobs for every level of experience and every kind of company."
    )
    assert seo_reason(stuffed) == "keyword stuffing"
    assert seo_reason("A backend engineer builds the servers, databases and APIs behind an app. " * 2) == ""
    assert faq_reason("Looking for your next backend engineer job?", "Create a free account.") == "marketing"


def test_role_faq_answers_lose_only_their_off_topic_sentences() -> None:
    answer = (
        "A backend engineer builds the parts of an application that users never see. They design APIs and "
        "databases. Salaries start at €50,000 a year. They review code and run services in production. They "
        "also write documentation. Finally, they pair with designers and mobile developers so that each "
        "release does what its users need. Apply now with one click. More at https://jobs.example.com/backend."
    )
    short = trimmed(answer)
    assert short.startswith("A backend engineer builds") and "€" not in short and "Apply" not in short
    assert "https" not in short
    # Every sentence that answers the question stays, the last one included, however long the answer.
    assert "They review code" in short and short.endswith("does what its users need.")
    listed = "Tools include:\n\n• Git\n• Docker"
    assert trimmed(listed) == listed


def test_page_titles_lose_the_site_name() -> None:
    assert page_title_text("Backend Engineer Jobs – 2,418 Open Roles | Stackyard Jobs") == "Backend Engineer Jobs"
    assert page_title_text("Engineering Career Ladder | Orrery Health") == "Engineering Career Ladder"


def test_lines_cleaned_at_once_are_the_lines_cleaned_one_by_one() -> None:
    texts = [path.read_text(errors="replace") for path in sorted(DOCUMENTS.rglob("*")) if path.is_file()]
    texts.append("a\x00b\u200b\tc \r\nd\x0be\x85f\u2028g\xa0h \u202e\x7f\x9fi\n" * 3)
    for text in texts:
        raw = text.replace("\r\n", "\n").translate(_NEWLINES).split("\n")
        assert text_lines(text) == tuple(Line(number, clean(line).rstrip()) for number, line in enumerate(raw, 1))
