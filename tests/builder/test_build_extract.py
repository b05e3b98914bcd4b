"""Extraction on self-written documents that cover every shape the builder reads, and its small parts.

The documents in `documents/` are written for these tests: a Markdown posting, a Markdown question
collection, a plain-text page with two roles, a plain list of interview questions and an HTML
careers page with a level table.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from prep.core.builder.blocks import Kind, blocks_of
from prep.core.builder.chrome import heading_reason, line_reason, question_reason
from prep.core.builder.documents import read_document
from prep.core.builder.extract import Extraction, extract
from prep.core.builder.headings import SectionKind, classify_heading
from prep.core.builder.levels import clean_title, level_in, role_of, subject_levels, years_asked
from prep.core.builder.lines import text_lines
from prep.core.builder.question_writer import question_for
from prep.core.builder.questions import is_question, reads_as_question, split_inline, tidy
from prep.core.builder.skills import scan
from prep.core.model import Level

from build_support import DOCUMENTS


def found(name: str) -> Extraction:
    return extract(read_document(DOCUMENTS / name, name))


def listing(result: Extraction, kind: SectionKind, role: str | None = None) -> list[str]:
    for candidate in result.listings:
        if candidate.kind is kind and (role is None or (candidate.role and candidate.role.name == role)):
            return [item.text for item in candidate.items]
    raise AssertionError(f"no {kind} list" + (f" for {role}" if role else ""))


def questions(result: Extraction) -> dict[str, str]:
    return {faq.question: faq.answer for faq in result.faqs}


def skills(result: Extraction) -> list[str]:
    return [skill.name for skill in result.skills]


def all_text(result: Extraction) -> str:
    parts = [f"{faq.question} {faq.answer}" for faq in result.faqs] + [ask.question for ask in result.asks]
    parts += [item.text for entry in result.listings for item in entry.items]
    return "\n".join(parts)


# ---------------------------------------------------------------- whole documents


def test_markdown_posting() -> None:
    result = found("platform-engineer.md")
    assert result.title == "Senior Platform Engineer"
    assert result.levels == [Level.SENIOR, Level.LEAD]  # the posting, and the staff level it describes
    assert [(note.level, note.subject) for note in result.level_notes] == [(Level.LEAD, "Staff Platform Engineer")]
    assert questions(result) == {}  # the interview rounds are how to apply; remote work, visas, on-call its terms
    assert any("Is there an on-call rotation? (terms of the job)" in line for line in result.skipped)
    assert any("Can I work remotely? (terms of the job)" in line for line in result.skipped)
    assert any("Do you sponsor visas? (terms of the job)" in line for line in result.skipped)
    duties = listing(result, SectionKind.RESPONSIBILITIES)
    assert len(duties) == 5 and duties[2].endswith("including storage and connection limits.")
    assert len(listing(result, SectionKind.QUALIFICATIONS)) == 4
    skill_lists = [[item.text for item in entry.items] for entry in result.listings if entry.kind is SectionKind.SKILLS]
    assert skill_lists == [
        ["Go", "NodeJS", "Postgres", "Redis", "Kafka", "Terraform", "Grafana"],
        ["Python (FastAPI)", "Go (gin)", "Postgres", "Kafka", "Grafana"],
        ["Terraform — Infrastructure changes", "Argo CD — Deployments"],
    ]
    assert {
        "PostgreSQL",
        "Kubernetes",
        "Kafka",
        "Go",
        "Node.js",
        "Redis",
        "Terraform",
        "GCP",
        "AWS",
        "Python",
        "Argo CD",
    } <= set(skills(result))
    assert "Go (gin)" not in skills(result)
    text = all_text(result)
    for chrome in ("holiday", "€", "Hamburg, Germany", "Apply now", "layout", "Tracking", "parcels"):
        assert chrome not in text.replace("meets in Hamburg", "")
    assert any("Benefits" in skipped for skipped in result.skipped)
    assert any("How many interview rounds are there? (applying)" in skipped for skipped in result.skipped)


def test_markdown_question_collection() -> None:
    result = found("backend-questions.md")
    assert result.title == "Backend Interview Questions"
    asked = questions(result)
    assert set(asked) == {
        "What is an index?",
        "Why can too many indexes slow a table down?",
        "What does ACID stand for?",
        "When would you denormalise a schema?",
        "What is the difference between PUT and PATCH?",
        'Which status code means "not modified"?',
        "Is GET supposed to change server state?",
        "What is a cookie?",
        "What is a covering index?",
    }
    assert (
        asked["What is an index?"].startswith("A separate data structure")
        and "scanning the whole table" in asked["What is an index?"]
    )
    assert asked["When would you denormalise a schema?"].startswith("When reads dominate")
    assert (
        asked["What is the difference between PUT and PATCH?"]
        == "PUT replaces the whole resource; PATCH applies a partial change."
    )
    assert asked['Which status code means "not modified"?'] == "304"
    open_questions = {ask.question: ask.role.level if ask.role else None for ask in result.asks}
    assert open_questions == {
        "What happens when you type a URL into a browser?": Level.JUNIOR,
        "What is the difference between a process and a thread?": Level.JUNIOR,
        "Explain what a foreign key does.": Level.JUNIOR,
        "How would you roll out a schema change to a table with a billion rows?": Level.SENIOR,
        "Describe how you would find the cause of a sudden latency spike.": Level.SENIOR,
        "Tell me about a time you disagreed with an architectural decision.": Level.SENIOR,
    }
    assert "Try answering these aloud" not in all_text(result)  # a loose paragraph after a list of questions
    assert "Back to top" not in all_text(result) and "print(" not in all_text(result)
    assert result.levels == [Level.JUNIOR, Level.MID, Level.SENIOR]


def test_plain_text_with_two_roles_a_ladder_and_answer_only_faq() -> None:
    result = found("data-roles.txt")
    assert [(role.name, role.resolved()) for role in result.roles] == [
        ("Junior Data Engineer", Level.JUNIOR),
        ("Senior Data Engineer", Level.SENIOR),
    ]
    assert listing(result, SectionKind.RESPONSIBILITIES, "Junior Data Engineer") == [
        "Maintain the nightly batch jobs that load order data into the warehouse.",
        "Add tests to existing transformation code.",
        "Fix data quality issues reported by analysts.",
    ]
    assert len(listing(result, SectionKind.RESPONSIBILITIES, "Senior Data Engineer")) == 4
    assert len(listing(result, SectionKind.QUALIFICATIONS, "Senior Data Engineer")) == 3
    roles = next(entry for entry in result.listings if entry.kind is SectionKind.ROLES)
    assert [term for term, _, _ in roles.definitions] == [
        "Analytics engineers",
        "Platform engineers",
        "Machine learning engineers",
        "Data stewards",
    ]
    assert listing(result, SectionKind.CAREER) == ["Staff Data Engineer", "Data Architect", "Engineering Manager, Data"]
    generated = {faq.question for faq in result.faqs if faq.generated}
    assert generated == {
        "What is a Data Engineer responsible for?",
        "How do you become a Data Engineer?",
        "What tools do data engineers use?",
    }
    faq = next(faq for faq in result.faqs if faq.generated)
    assert result.level_of(faq.role) == (Level.JUNIOR, Level.SENIOR)  # page-wide: every role's level
    assert result.levels == [Level.JUNIOR, Level.SENIOR]  # the career path names future roles, not a level
    assert {"Python", "Scala", "SQL", "Kafka", "Kubernetes", "AWS"} <= set(skills(result))
    # Named only in the answer to "What tools do data engineers use?": a FAQ about the role's skills names them.
    assert {"Spark", "Airflow"} <= set(skills(result)) and "dbt" not in skills(result)
    text = all_text(result)
    for chrome in ("Send your CV", "$95,000", "Austin", "Start Free Trial", "Ready to apply"):
        assert chrome not in text
    assert any("AVERAGE SALARY" in skipped for skipped in result.skipped)


def test_plain_list_of_interview_questions() -> None:
    result = found("interview-list.txt")
    assert [ask.question for ask in result.asks] == [
        "How does a hash map handle collisions?",
        "What is the difference between optimistic and pessimistic locking?",
        "When would you pick a message queue over a direct HTTP call?",
        "Explain how you would paginate a large result set.",
        "Walk me through how TLS protects a request.",
    ]
    assert questions(result) == {
        "How long is the interview?": "About two hours, with a short break in the middle.",
        "Can I use my own laptop?": "Yes, as long as you can share your screen.",
    }
    assert result.levels == [Level.JUNIOR] and result.for_every_level  # no role: for every level's pool


def test_html_careers_page() -> None:
    result = found("careers.html")
    assert result.title == "Backend Engineer"
    assert questions(result) == {  # part-time contracts and who may apply are the job's terms, not the work
        "Which languages does the team use?": "Mostly Java, with some Kotlin for newer services.",
    }
    terms = [line for line in result.skipped if line.endswith("(terms of the job)")]
    assert len(terms) == 2 and any("part-time contracts" in line for line in terms)
    assert listing(result, SectionKind.RESPONSIBILITIES) == [
        "Build and operate the ledger service in Java and Spring Boot.",
        "Keep p99 latency of the payment API under 200 ms.",
        "Take part in the on-call rotation and write post-incident reviews.",
    ]
    assert len(listing(result, SectionKind.QUALIFICATIONS)) == 3
    assert result.main_role is not None and result.main_role.resolved() is Level.MID  # "3+ years"
    assert result.levels == [Level.JUNIOR, Level.MID, Level.SENIOR, Level.LEAD]  # the level columns
    cells = {(cell.level, cell.label, cell.text) for cell in result.level_cells}
    assert (Level.LEAD, "Design", "Sets technical direction") in cells and len(cells) == 8
    assert listing(result, SectionKind.SKILLS) == ["Java", "Postgres", "Event-driven design", "Kotlin"]
    assert {"Java", "Spring Boot", "Docker", "CI/CD", "SQL", "PostgreSQL", "Kotlin"} <= set(skills(result))
    text = all_text(result)
    for chrome in (
        "What is this?",
        "Is this a question?",
        "Why join us?",
        "What was removed?",
        "€70,000",
        "Frankfurt",
        "Apply for this job",
        "Start Free Trial",
        "All rights reserved",
        "SVG",
    ):
        assert chrome not in text


# ---------------------------------------------------------------- encodings and shapes of files


@pytest.mark.parametrize(
    "encoding, bom",
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")],
)
def test_text_encodings_that_are_read(tmp_path: Path, encoding: str, bom: bytes) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(bom + "Skills\n\n• Kafka\n• Redis\n• Docker\n".encode(encoding))
    assert skills(extract(read_document(path, "doc.txt"))) == ["Kafka", "Redis", "Docker"]


def test_html_is_recognised_without_its_suffix(tmp_path: Path) -> None:
    path = tmp_path / "posting"
    path.write_text("<!doctype html><h2>Skills</h2><ul><li>Kafka</li><li>k8s</li></ul>", encoding="utf-8")
    assert skills(extract(read_document(path, "posting"))) == ["Kafka", "Kubernetes"]


def test_control_characters_are_removed() -> None:
    lines = text_lines("Skills:\x1b[31m\n• Ka\u202efka\x00\r\n• Redis\u200b\r")
    assert [line.text for line in lines] == ["Skills:[31m", "• Kafka", "• Redis", ""]


# ---------------------------------------------------------------- the parts


@pytest.mark.parametrize(
    "answer, question",
    [
        (
            "A Site Reliability Engineer is responsible for keeping services available. They also ...",
            "What is a Site Reliability Engineer responsible for?",
        ),
        ("To become a Platform Engineer, you usually start in operations.", "How do you become a Platform Engineer?"),
        ("Most data engineers need skills in SQL and Python.", "What skills do most data engineers need?"),
        (
            "The typical salary for a QA Engineer varies by region and company size.",
            "How does the typical salary for a QA Engineer vary?",
        ),
        ("Kubernetes is an open-source system for running containers.", "What is Kubernetes?"),
        (
            "A Tech Lead usually focuses on design reviews and unblocking the team.",
            "What does a Tech Lead usually focus on?",
        ),
        ("An API Developer should understand HTTP caching rules.", "What should an API Developer understand?"),
        ("Good documentation is increasingly important for remote teams.", "How important is good documentation?"),
        ("It is a role that needs patience.", None),
        ("They write code.", None),
        ("Yes, definitely, as long as you like it.", None),
        ("Remote work, flexible hours, and a good salary.", None),
    ],
)
def test_questions_written_for_answer_only_faqs(answer: str, question: str | None) -> None:
    assert question_for(answer) == question


@pytest.mark.parametrize(
    "heading, prompt",
    [
        ("WHAT IS A PLATFORM ENGINEER JOB?", "What is a platform engineer job?"),
        ("HOW TO BECOME A DATA ENGINEER", "How do you become a data engineer?"),
        ("WHAT ARE THE COMMON TOOLS", "What are the common tools for a data engineer?"),
        ("What do people do in this role?", "What do people do in the data engineer role?"),
        ("## 2. How Does Replication Work In PostgreSQL", "How does replication work in PostgreSQL?"),
        ("Q: What is a deadlock", "What is a deadlock?"),
    ],
)
def test_question_prompts_are_tidied(heading: str, prompt: str) -> None:
    assert tidy(heading.lstrip("# "), "Data Engineer") == prompt


@pytest.mark.parametrize(
    "text, expected",
    [
        ("How to become a backend engineer", True),
        ("What is a service mesh", True),
        ("What you'll do", False),
        ("What we offer", False),
        ("Why join us", False),
        ("Who we are", False),
        ("Responsibilities", False),
        ("What skills are needed", True),
        ("Is Go worth learning?", True),
    ],
)
def test_headings_that_read_as_questions(text: str, expected: bool) -> None:
    assert reads_as_question(text) is expected


def test_questions_and_inline_answers() -> None:
    assert is_question("What is a race condition?")
    assert not is_question("We build services. Want to know more?")
    assert split_inline("What is TLS? The protocol that encrypts HTTPS traffic.") == (
        "What is TLS?",
        "The protocol that encrypts HTTPS traffic.",
    )
    assert split_inline("Is it fast? Yes.") is None


@pytest.mark.parametrize(
    "heading, kind",
    [
        ("Frequently Asked Questions", SectionKind.FAQ),
        ("Key Responsibilities:", SectionKind.RESPONSIBILITIES),
        ("What you'll do", SectionKind.RESPONSIBILITIES),
        ("Requirements", SectionKind.QUALIFICATIONS),
        ("What we're looking for", SectionKind.QUALIFICATIONS),
        ("Tech stack", SectionKind.SKILLS),
        ("Top 5 skills for this position", SectionKind.SKILLS),
        ("Typical tools", SectionKind.SKILLS),
        ("Seniority Levels", SectionKind.LEVELS),
        ("Career Path", SectionKind.CAREER),
        ("Roles and types", SectionKind.ROLES),
        ("Salary Range", SectionKind.CHROME),
        ("Locations with the most jobs", SectionKind.CHROME),
        ("Ready to apply?", SectionKind.CHROME),
        ("Table of contents", SectionKind.CHROME),
        ("Benefits", SectionKind.CHROME),
        ("Interview questions", SectionKind.QUESTIONS),
        ("Staff Engineer", SectionKind.ROLE),
        ("Role Overview", SectionKind.OTHER),
        ("Benefits of event sourcing", SectionKind.OTHER),
    ],
)
def test_heading_kinds(heading: str, kind: SectionKind) -> None:
    assert classify_heading(heading).kind is kind


@pytest.mark.parametrize(
    "text, reason",
    [
        ("Start Free Trial", "call to action"),
        ("See 12 live Data Engineer jobs", "call to action"),
        ("$60k - $90k /year", "salary"),
        ("Portland, OR", "locations"),
        ("Home > Jobs > Backend", "navigation"),
        ("© 2026 Example Ltd", "legal"),
        ("Design, build and run the billing service.", ""),
        ("Python", ""),
        ("Create REST endpoints for the mobile app", ""),
    ],
)
def test_chrome_lines(text: str, reason: str) -> None:
    assert line_reason(text) == reason


def test_chrome_headings_and_questions() -> None:
    assert heading_reason("AVERAGE SALARY") == "salary"
    assert question_reason("Ready to apply?") == "call to action"
    assert question_reason("Was this article helpful?") == "call to action"
    assert question_reason("How do you apply the SOLID principles?") == ""
    assert question_reason("What is a cookie?") == ""


@pytest.mark.parametrize(
    "text, slugs",
    [
        (
            "Python (Django/Flask) Node.js (Express.js) Java (Spring Boot)",
            ["python", "django", "flask", "nodejs", "express", "java", "spring-boot"],
        ),
        ("Experience with Postgres, NodeJS and k8s", ["postgresql", "nodejs", "kubernetes"]),
        ("Languages such as Go, Rust or C#", ["go", "csharp"]),
        ("We go to great lengths to rest", []),
        ("Design REST APIs; version control (Git); CI/CD", ["rest", "git", "ci-cd"]),
        ("SQL/NoSQL and TCP/IP", ["sql", "nosql", "tcp-ip"]),
    ],
)
def test_skills_are_found_and_normalised(text: str, slugs: list[str]) -> None:
    assert [match.slug for match in scan(text)] == slugs


def test_only_technology_names_count_outside_skills_sections() -> None:
    assert [match.slug for match in scan("Strong security and testing habits with Docker", named_only=True)] == [
        "docker"
    ]


def test_levels_and_roles() -> None:
    assert role_of("Senior Backend Developer Job Description Template").name == "Senior Backend Developer"
    assert role_of("Software Engineer - Backend").level is None
    assert role_of("Frequently Asked Questions") is None
    assert clean_title("Backend Engineer (f/m/x)") == "Backend Engineer"
    assert level_in("Principal Engineer") is Level.LEAD and level_in("Engineering Manager") is Level.LEAD
    assert years_asked("5+ years of experience; 1-3 years of professional experience") == [5, 1]
    assert years_asked("4+ years with Kafka; founded 12 years ago; 2 years in a row") == [4]
    assert subject_levels(
        "A Junior Backend Engineer typically ships small changes, under the guidance of senior engineers."
    ) == [(Level.JUNIOR, "Junior Backend Engineer")]


def test_plain_text_structure() -> None:
    lines = text_lines(
        "ROLE OVERVIEW\n\nSome text here.\nSkills\n-\nKafka\n1\nLead Engineer\n"
        "Python\nGo\nRust\n\n| Area | Junior | Senior |\n|---|---|---|\n| Scope | Task | System |"
    )
    from prep.core.builder.documents import Document

    blocks = blocks_of(Document("x.txt", "text", lines, ""))
    assert [(block.kind, block.text) for block in blocks] == [
        (Kind.HEADING, "ROLE OVERVIEW"),
        (Kind.TEXT, "Some text here."),
        (Kind.HEADING, "Skills"),
        (Kind.ITEM, "Kafka"),
        (Kind.ITEM, "Lead Engineer"),
        (Kind.ITEM, "Python"),
        (Kind.ITEM, "Go"),
        (Kind.ITEM, "Rust"),
        (Kind.ROW, "Area | Junior | Senior"),
        (Kind.ROW, "Scope | Task | System"),
    ]
    assert blocks[-2].header and not blocks[-1].header


def from_text(tmp_path: Path, name: str, text: str) -> Extraction:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract(read_document(path, name))


def test_lists_typed_without_bullets(tmp_path: Path) -> None:
    result = from_text(
        tmp_path,
        "plain.txt",
        "Responsibilities:\nDesign APIs for partners.\nWrite tests for every change.\nReview code from peers.\n",
    )
    assert listing(result, SectionKind.RESPONSIBILITIES) == [
        "Design APIs for partners.",
        "Write tests for every change.",
        "Review code from peers.",
    ]


def test_a_table_of_contents_does_not_swallow_the_questions_after_it(tmp_path: Path) -> None:
    result = from_text(
        tmp_path,
        "repo.md",
        "# Go questions\n\n## Table of Contents\n\n| No. | Question |\n|---|---|\n"
        "| 1 | [What is a goroutine?](#q1) |\n\n"
        "1. ### What is a goroutine?\n\n   A function running concurrently with "
        "others, scheduled by the Go runtime.\n\n"
        "   **[⬆ Back to Top](#table-of-contents)**\n",
    )
    assert questions(result) == {
        "What is a goroutine?": "A function running concurrently with others, scheduled by the Go runtime."
    }


@pytest.mark.parametrize(
    "title, name, level",
    [
        ("Software Engineer II", "Software Engineer II", Level.MID),
        ("Backend Engineer L5", "Backend Engineer L5", Level.SENIOR),
        ("Backend Engineer at Example Bank", "Backend Engineer", None),
        ("Job Title: Junior API Developer", "Junior API Developer", Level.JUNIOR),
        ("SENIOR SRE", "Senior SRE", Level.SENIOR),
    ],
)
def test_role_titles(title: str, name: str, level: Level | None) -> None:
    role = role_of(title)
    assert role is not None and (role.name, role.level) == (name, level)


@pytest.mark.parametrize(
    "question", ["What are the on-call expectations?", "Will I be on call?", "What is the on-call rotation like?"]
)
def test_a_faq_about_being_on_call_is_a_term_of_the_job(question: str) -> None:
    from prep.core.builder.chrome import faq_reason

    assert faq_reason(question, "One week in six, with a paid allowance.") == "terms of the job"
    assert faq_reason("How does the team handle incidents?", "We run blameless reviews after each one.") == ""


def test_an_application_form_question_is_not_interview_material() -> None:
    from prep.core.builder.chrome import faq_reason

    assert faq_reason("Are you available to start in March?", "") == "terms of the job"
    assert faq_reason("What will I work on in my first month?", "You'll pair with ...") == "terms of the job"
    assert heading_reason("Application question(s):") == "call to action"
    assert heading_reason("Screening questions") == "call to action"
