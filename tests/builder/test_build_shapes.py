"""The eight shape documents in `documents/shapes/`, checked against what `EXPECTED.md` there says a good
extractor finds: titles, levels, skills found and not found, list sizes, FAQ items kept and dropped, cards.

Each document stands for a shape real postings and collections take (front matter, a career path, STAR
answers, a git collection in five question formats, a career ladder, a job-board SEO page, URLs in prose,
mixed bullet styles); the tests check the behaviour, not the files' wording where they can.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from prep.core.builder import build
from prep.core.builder.documents import read_document
from prep.core.builder.extract import Extraction, extract
from prep.core.builder.headings import SectionKind
from prep.core.model import Card, CardType, Level, Pack

from build_support import SHAPES

JUNIOR, MID, SENIOR, LEAD = Level.JUNIOR, Level.MID, Level.SENIOR, Level.LEAD


def found(name: str) -> Extraction:
    return extract(read_document(SHAPES / name, name))


@pytest.fixture(scope="module")
def decks(bundled_packs: list[Pack]) -> dict[str, Pack]:
    return {path.name: build([path], bundled=bundled_packs).pack for path in sorted(SHAPES.iterdir())}


def own_cards(pack: Pack) -> list[Card]:
    """The cards made from the document's own text (not the bundled cards picked for its skills)."""
    return [card for card in pack.cards if card.source is None or card.source.kind != "skill"]


def texts(cards: list[Card]) -> str:
    return "\n".join(part for card in cards for part in (card.prompt, *card.answer, *card.choices, card.explain))


def skill_names(result: Extraction) -> set[str]:
    return {skill.name for skill in result.skills}


def listing(result: Extraction, heading: str) -> list[str]:
    for candidate in result.listings:
        if candidate.heading.rstrip(":").casefold() == heading.casefold():
            return [item.text for item in candidate.items]
    raise AssertionError(f"no list under {heading!r}: {[entry.heading for entry in result.listings]}")


def assert_not_skills(result: Extraction, *words: str) -> None:
    names = {skill.name.casefold() for skill in result.skills}
    assert not names & {word.casefold() for word in words}, names & {word.casefold() for word in words}


def assert_well_formed(cards: list[Card]) -> None:
    for card in cards:
        assert card.prompt[:1].isupper() and card.prompt.rstrip("*").endswith(("?", ".")), card.prompt
        assert "…" not in card.prompt and all("…" not in choice for choice in card.choices), card.prompt
        assert card.answer and all(answer.strip() for answer in card.answer), card.prompt


# ---------------------------------------------------------------- 1. front matter, company heading, tech stack line


def test_senior_posting_with_front_matter(decks: dict[str, Pack]) -> None:
    result = found("senior-frontmatter.md")
    assert (result.title, result.company) == ("Senior Software Engineer", "Kestrelgate")
    assert result.levels == result.stated_levels == [SENIOR]  # "mentor mid-level engineers" changes nothing
    assert {"Go", "PostgreSQL", "Kafka", "Kubernetes", "Terraform", "gRPC", "Redis"} <= skill_names(result)
    assert next(skill for skill in result.skills if skill.name == "Terraform").slug == "terraform"  # a library topic
    assert_not_skills(result, "https", "example", "com", "Kestrelgate", "Berlin", "TLS", "HTTP")
    assert len(listing(result, "What you'll do")) == 8
    bring = listing(result, "What you bring")
    assert len(bring) == 7 and bring[0].startswith("4–6 years of experience")
    assert listing(result, "Tech stack") == ["Go", "PostgreSQL", "Kafka", "Kubernetes", "Terraform", "gRPC", "Redis"]
    cards = own_cards(decks["senior-frontmatter.md"])
    assert cards and {card.levels for card in cards} == {(SENIOR,)}
    for chrome in (
        "Kreuzberg",
        "pension",
        "Send us your CV",
        "four steps",
        "Apply",
        "jobs in Berlin",
        "Kestrelgate runs",
    ):
        assert chrome not in texts(cards)


# ---------------------------------------------------------------- 2. plain text, career path, FAQ with pay and applying


def test_junior_posting_with_a_career_path_and_a_faq(decks: dict[str, Pack]) -> None:
    result = found("junior-career-path.txt")
    assert (result.title, result.company) == ("Junior Backend Developer", "Marlowe Parcel Systems")
    assert result.levels == result.stated_levels == [JUNIOR]  # the career path names future roles
    skills = {skill.name: skill for skill in result.skills}
    assert {"Python", "FastAPI", "SQL", "PostgreSQL", "Git", "Docker", "RabbitMQ", "AWS"} <= set(skills)
    assert skills["RabbitMQ"].optional and skills["AWS"].optional
    assert not any(skills[name].optional for name in ("Python", "FastAPI", "SQL", "PostgreSQL", "Git", "Docker"))
    assert skills["FastAPI"].slug is None and skills["Python"].slug == "python"
    assert_not_skills(result, "https", "example", "4821", "Tech Lead", "Engineering Manager", "Leeds", "Marlowe")
    assert len(listing(result, "Responsibilities")) == 6
    assert len(listing(result, "Requirements")) == 6
    assert len(listing(result, "Nice to have")) == 2
    career = next(entry for entry in result.listings if entry.kind is SectionKind.CAREER)
    assert [item.text for item in career.items] == [
        "Backend Developer",
        "Senior Backend Developer",
        "Tech Lead",
        "Engineering Manager",
    ]
    assert [faq.question.split()[:3] for faq in result.faqs] == [
        ["What", "does", "a"],
        ["Which", "programming", "languages"],
    ]
    reasons = " ".join(result.skipped)
    assert "(pay)" in reasons and "(job market)" in reasons and "How do I apply for this job?" in reasons
    cards = own_cards(decks["junior-career-path.txt"])
    faq_cards = [card for card in cards if card.source and card.source.kind == "faq"]
    assert [card.answer[0].split()[:3] for card in faq_cards] == [["Most", "days", "start"], ["Python", "is", "the"]]
    assert {card.levels for card in cards} == {(JUNIOR,)}
    for chrome in ("£", "Similar jobs", "Graduate Software Engineer", "JobHarbour", "Posted 3 days ago", "Save job"):
        assert chrome not in texts(cards)
    assert_well_formed(faq_cards)


# ---------------------------------------------------------------- 3. STAR answers


def test_behavioural_collection_keeps_the_star_answers(decks: dict[str, Pack]) -> None:
    result = found("behavioural-collection.md")
    assert result.title == "10 Behavioural Interview Questions (with STAR Example Answers)"
    assert result.stated_levels == [] and result.asks == []
    headings = re.findall(r"^### \d+\. (.+)$", (SHAPES / "behavioural-collection.md").read_text(), re.MULTILINE)
    assert [faq.question for faq in result.faqs] == headings and len(headings) == 10
    assert "Describe a time you received critical feedback. How did you respond?" in headings
    for faq in result.faqs:
        labels = [faq.answer.find(f"**{label}:**") for label in ("Situation", "Task", "Action", "Result")]
        assert -1 not in labels and labels == sorted(labels), faq.answer
        assert "interviewers look for" not in faq.answer
        assert faq.note.startswith("What interviewers look for:")
    assert {skill.slug for skill in result.skills} <= {"behavioural"}
    assert_not_skills(result, "load test", "search cluster", "canary", "staging")
    cards = own_cards(decks["behavioural-collection.md"])
    assert len(cards) == 10 and all(card.type is CardType.FLASHCARD for card in cards)
    assert all("What interviewers look for" in card.explain and "behavioural" in card.topics for card in cards)
    for chrome in ("Last updated", "set the scene", "Final tips", "Prepare five or six stories"):
        assert chrome not in texts(cards)
    assert_well_formed(cards)


# ---------------------------------------------------------------- 4. a git collection in five formats


def test_git_collection_keeps_every_answer_and_every_placeholder(decks: dict[str, Pack]) -> None:
    result = found("git-collection.md")
    assert result.title == "Git Interview Questions: 20 Questions on Git Version Control"
    assert result.stated_levels == [] and result.asks == []
    assert len(result.faqs) == 20 and "Answer" not in {faq.question for faq in result.faqs}
    answers = {faq.question: faq.answer for faq in result.faqs}
    assert "What does `git init` do compared with `git clone`?" in answers and "What is HEAD?" in answers
    every = "\n".join(answers.values())
    for literal in ("<BRANCH>", "<new-branch>", "<start-point>", "<file>", "<url>", "<commit-hash>", "<base-branch>"):
        assert literal in every
    assert "`<<<<<<<`, `=======` and `>>>>>>>`" in every
    assert every.count("```bash\n") == 5
    discard = answers["How do you throw away local changes to a single file?"]
    assert discard == "```bash\ngit restore <file>\n# older equivalent\ngit checkout -- <file>\n```"
    listed = answers["How do you list, create and delete branches?"]
    assert listed.startswith("List local branches with `git branch`.") and "`git branch -D <BRANCH>`" in listed
    true_false = [faq for faq in result.faqs if faq.question.startswith("True or False?")]
    assert [faq.question for faq in true_false] == [
        "True or False? `git pull` is `git fetch` followed by `git merge` by default.",
        "True or False? Deleting a branch with `git branch -d <BRANCH>` also deletes the commits on it.",
    ]
    assert true_false[0].answer.startswith("True.") and true_false[1].answer.startswith("False.")
    assert "Found a mistake" not in every and "Contents" not in every
    assert [(skill.slug, skill.name) for skill in result.skills] == [("git", "Git")]
    assert result.topic == "git"
    cards = own_cards(decks["git-collection.md"])
    assert len(cards) == 20 and all(card.topics[0] == "git" for card in cards)
    assert "gives no model answer" not in texts(cards)
    assert_well_formed(cards)


# ---------------------------------------------------------------- 5. a career ladder


def test_career_ladder_gives_self_assessment_cards_at_each_level(decks: dict[str, Pack]) -> None:
    result = found("career-ladder.html")
    assert (result.title, result.company) == ("Engineering Career Ladder", "Orrery Health")
    assert result.stated_levels == [JUNIOR, MID, SENIOR, LEAD]
    assert [role.name for role in result.roles] == ["Engineer I", "Engineer II", "Senior Engineer", "Staff Engineer"]
    by_level = {level: [item for item in result.competencies if item.level is level] for level in Level}
    assert [len(by_level[level]) for level in Level] == [9, 9, 9, 8]
    placed = {item.text: item.level for item in result.competencies}
    assert placed["Helps onboard new Engineer I teammates"] is MID
    assert placed["Mentors Engineer I and Engineer II teammates"] is SENIOR
    assert placed["Grows senior engineers into technical leaders"] is LEAD
    assert_not_skills(result, "assets", "css", "js", "favicon", "ico", "4f2a1c", "9b01e7")
    cards = own_cards(decks["career-ladder.html"])
    assert len(cards) == 35 and all(card.type is CardType.FLASHCARD for card in cards)
    levels = {item.line: item.level for item in result.competencies}
    assert all(card.source and card.levels == (levels[card.source.line],) for card in cards)
    assert len({card.prompt.split(" you ")[0] for card in cards}) >= 3  # the wording varies
    prompts = " ".join(card.prompt for card in cards)
    assert (
        " their " not in prompts
        and "you review pull requests from peers and act on feedback on your own work" in prompts
    )
    for chrome in (
        "cookies",
        "Accept all",
        "Last reviewed",
        "Privacy",
        "Learning the codebase",
        "This ladder describes",
    ):
        assert chrome not in texts(cards)
    assert_well_formed(cards)


# ---------------------------------------------------------------- 6. a job-board SEO page


def test_seo_landing_page_keeps_only_the_role_faq(decks: dict[str, Pack]) -> None:
    result = found("seo-faq.html")
    assert result.title == "Backend Engineer"
    assert result.stated_levels == []  # levels only in the salary table, the SEO text and FAQ answers
    assert {"Java", "Go", "Python", "C#", "SQL", "Docker", "HTTP"} <= skill_names(result)
    assert_not_skills(result, "TLS", "https", "static", "app", "css", "login", "href", "example", "London", "Remote")
    assert [faq.question for faq in result.faqs] == [
        "What does a backend engineer do?",
        "Which skills do backend engineers need?",
        "How do backend engineers keep services reliable?",
    ]
    reasons = " ".join(result.skipped)
    assert "(pay)" in reasons and "(job market)" in reasons and "(applying)" in reasons
    cards = own_cards(decks["seo-faq.html"])
    assert [card.prompt for card in cards] == [faq.question for faq in result.faqs]
    for chrome in ("Stackyard", "2,418", "€", "London", "Related searches", "thousands of backend engineer jobs"):
        assert chrome not in texts(cards)
    assert_well_formed(cards)


# ---------------------------------------------------------------- 7. URLs in prose, a Tools line


def test_posting_with_urls_in_its_prose() -> None:
    result = found("tech-posting-url.txt")
    assert (result.title, result.company) == ("Data Platform Engineer", "Quillmarsh Analytics")
    assert result.levels == result.stated_levels == [MID]
    skills = {skill.name: skill for skill in result.skills}
    assert {"Python", "Django", "Rust", "Spark", "Flink", "SQL", "dbt"} <= set(skills)
    assert skills["Spark"].optional and skills["Flink"].optional and skills["Rust"].optional
    assert not any(skills[name].optional for name in ("Python", "Django", "SQL"))
    assert skills["Spark"].slug is None and skills["SQL"].slug == "sql"
    assert listing(result, "Tools") == ["Jira", "Confluence", "Datadog", "PagerDuty", "Snowflake", "dbt"]
    assert not {skill.slug for skill in result.skills} & {"tls", "http", "kafka"}
    assert_not_skills(result, "https", "http", "tls", "kafka", "status", "careers", "docs", "security", "rotation")
    assert_not_skills(result, "engineering", "goodbye", "jobs", "2024", "05", "Quillmarsh", "Rotterdam")


# ---------------------------------------------------------------- 8. mixed bullet styles


def test_mid_level_posting_with_mixed_bullets(decks: dict[str, Pack]) -> None:
    result = found("mid-responsibilities.md")
    assert result.title.startswith("Backend Engineer") and result.company == "Tidewell Payments"
    assert result.levels == result.stated_levels == [MID]  # "mentor our summer interns" changes nothing
    names = skill_names(result)
    assert {"Java", "Kotlin", "TypeScript", "Node.js", "SQL", "PostgreSQL", "GitHub Actions", "GitLab CI"} <= names
    assert_not_skills(result, "The backend role", "Lisbon", "Tidewell")
    assert len(listing(result, "Responsibilities")) == 8 and len(listing(result, "Qualifications")) == 8
    assert {entry.kind for entry in result.listings} == {SectionKind.RESPONSIBILITIES, SectionKind.QUALIFICATIONS}
    cards = own_cards(build([SHAPES / "mid-responsibilities.md"]).pack)
    for chrome in ("€", "30-minute call", "careers@tidewell.example", "take-home", "health insurance"):
        assert chrome not in texts(cards)


# ---------------------------------------------------------------- all of them


@pytest.mark.parametrize("path", [path for path in sorted(SHAPES.iterdir()) if path.name != "EXPECTED.md"], ids=str)
def test_the_same_shape_document_gives_the_same_pack(path: Path, bundled_packs: list[Pack]) -> None:
    from prep.core.packs.write import dump_pack

    first, second = build([path], bundled=bundled_packs), build([path], bundled=bundled_packs)
    assert dump_pack(first.pack, first.header) == dump_pack(second.pack, second.header)


def test_a_job_board_page_copied_from_a_browser(tmp_path: Path) -> None:
    """The board's buttons, the hiring team and the "Similar jobs" list are chrome: the title is the role under
    the board's menu, no button becomes a skill or a question, and the other postings' roles are not this one's."""
    document = tmp_path / "board.txt"
    document.write_text(
        "Skip to main content\nHome\nJobs\n\nBackend Engineer II, Ledger Platform\n"
        "Acme Pay · Berlin (Hybrid) · Over 100 applicants\n\nEasy Apply\nSave\n"
        "Save Backend Engineer II, Ledger Platform at Acme Pay\n\nAbout the job\n\n"
        "What you'll do\n- Design idempotent payment APIs used by our partners\n"
        "- Take part in the on-call rotation for the ledger services\n\n"
        "Seniority level\nMid-Senior level\n\nSet alert\n\nReport this job\n\n"
        "Similar jobs\nStaff Software Engineer, Payments\nNorthwind Bank\n\nLead Backend Engineer\nContoso\n\n"
        "Looking for talent?\nPost a job\n",
        encoding="utf-8",
    )
    (report,) = build([document]).documents
    cards = build([document]).pack.cards
    assert report.title == "Backend Engineer II, Ledger Platform" and report.levels == ("mid",)
    assert not {"Set alert", "Report this job", "Easy Apply"} & set(report.skills)
    assert not any("talent" in card.prompt or card.id.startswith("level-") for card in cards)
    assert any("payment APIs" in card.prompt for card in cards)


def test_faq_items_on_the_terms_of_the_job_make_no_card(tmp_path: Path) -> None:
    document = tmp_path / "faq.md"
    document.write_text(
        "# Junior Backend Developer\n\n## What you'll do\n\n- Write tests for the forms API\n\n"
        "## Not required\n\n- Kubernetes expertise; the platform team runs the clusters\n\n"
        "## What you'll learn\n\n- Spring Boot and JPA, from the team's own code\n\n"
        "## FAQ\n\n### Do I need a computer science degree?\n\nNo, many of us came from other fields.\n\n"
        "### Is this role remote?\n\nMostly: we meet in the office twice a month.\n\n"
        "### When does it start?\n\nIn September, with the rest of the cohort.\n\n"
        "### What does on-call look like?\n\nJuniors shadow the rota for their first quarter before taking pages.\n",
        encoding="utf-8",
    )
    result = build([document])
    prompts = [card.prompt for card in result.pack.cards]
    assert any("on-call" in prompt for prompt in prompts), prompts
    assert not any("degree" in prompt or "remote" in prompt or "Kubernetes" in prompt for prompt in prompts)
    assert not any("start" in prompt for prompt in prompts), prompts
    assert not {"Kubernetes", "JPA"} & set(result.documents[0].skills)  # not required; what the job teaches


def test_a_list_of_duties_under_a_heading_that_names_no_kind(tmp_path: Path) -> None:
    """ "The work" names no kind of section, but its list opens with verbs: those are the posting's duties."""
    document = tmp_path / "work.md"
    document.write_text(
        "# Backend Engineer\n\n## The work\n\n- Own the payroll run from calculation to the bank file\n"
        "- Design APIs used by the web app and by customers, with versioning and idempotency keys\n"
        "- Take part in on-call, one week in six\n\n## What you bring\n\n- Solid PostgreSQL and transactions\n",
        encoding="utf-8",
    )
    prompts = [card.prompt for card in build([document]).pack.cards]
    assert any("APIs" in prompt for prompt in prompts), prompts
    assert any("on-call" in prompt for prompt in prompts), prompts


def test_a_footer_under_a_list_of_requirements_names_no_skill(tmp_path: Path) -> None:
    document = tmp_path / "footer.md"
    document.write_text(
        "# Backend Engineer\n\n## What you'll do\n\n- Take part in the on-call rotation for the booking APIs\n\n"
        "## What you bring\n\n- Solid PostgreSQL\n\n"
        "About us    Press    Accessibility    Privacy policy    Cookie settings    Terms\n",
        encoding="utf-8",
    )
    (report,) = build([document]).documents
    assert "PostgreSQL" in report.skills and not any("privacy" in skill.lower() for skill in report.skills)


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("What you'll be responsible for", SectionKind.RESPONSIBILITIES),
        ("What you've done", SectionKind.QUALIFICATIONS),
        ("It would be great if", SectionKind.QUALIFICATIONS),
    ],
)
def test_more_ways_postings_head_their_lists(heading: str, kind: SectionKind) -> None:
    from prep.core.builder.headings import classify_heading

    assert classify_heading(heading).kind is kind


def test_a_recruiter_email_takes_its_title_from_the_subject(tmp_path: Path) -> None:
    document = tmp_path / "email.txt"
    document.write_text(
        "From: A Recruiter <a@example.com>\nSubject: Backend Developer (PHP -> Go) | Leeds, hybrid | up to £60k\n\n"
        "Hi there,\n\nThey're looking for a mid-level backend developer.\n\nKey responsibilities:\n"
        "- Take part in the on-call rotation for the quote services\n",
        encoding="utf-8",
    )
    (report,) = build([document]).documents
    assert report.title == "Backend Developer (PHP -> Go)"
