"""Robustness: arbitrary text, Markdown and HTML never raise anything but `BuildError`, and finish fast.

Whatever `build()` returns must be a pack that writes and loads back without a single problem.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prep.core.builder import build
from prep.core.packs.load import load_pack
from prep.core.packs.write import write_pack
from prep.errors import BuildError

from build_support import skill_pack

FUZZ = settings(
    max_examples=120,
    deadline=1000,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
BUNDLED = [skill_pack()]

MARKDOWN_PIECES = [
    "# ",
    "## ",
    "### 1. ",
    "- ",
    "* ",
    "• ",
    "1. ",
    "2) ",
    "-\n",
    "1\n",
    "| ",
    " |",
    "|---|---|\n",
    "---\n",
    "===\n",
    "```\n",
    "~~~",
    "> ",
    ">> ",
    "<details>",
    "<summary>",
    "</summary>",
    "</details>",
    "<!-- ",
    " -->",
    "Q: ",
    "A: ",
    "**Q:** ",
    "**",
    "__",
    "`",
    "[link](#x)",
    "![img](a.png)",
    "<br>",
    "\n",
    "\n\n",
    "  ",
    "\t",
    "?",
    ".",
    ":",
    "Skills",
    "Responsibilities",
    "Requirements",
    "Frequently Asked Questions",
    "Career Path",
    "Seniority Levels",
    "Salary Range",
    "ROLES AND TYPES",
    "WHAT IS A BACKEND JOB",
    "What is Kafka?",
    "How do you scale Postgres?",
    "A Senior Engineer is responsible for uptime.",
    "To become a Lead, ship things.",
    "Python",
    "k8s",
    "Go",
    "REST",
    "5+ years of experience",
    "Junior Backend Engineer",
    "Staff Engineer",
    "$100k /year",
    "Start Free Trial",
    "Ready to apply?",
    "Explain the CAP theorem.",
    "{{x}}",
    "}}",
    "{{",
    "é",
    "😀",
    "\u202e",
    "\x1b[2J",
    "\x00",
    "\u2028",
    "\r",
    "\x0c",
    "Term - responsible for things",
]
HTML_TAGS = [
    "div",
    "p",
    "span",
    "ul",
    "ol",
    "li",
    "h1",
    "h2",
    "h3",
    "table",
    "tr",
    "td",
    "th",
    "details",
    "summary",
    "dl",
    "dt",
    "dd",
    "script",
    "style",
    "nav",
    "footer",
    "a",
    "strong",
    "b",
    "br",
    "hr",
    "pre",
    "svg",
    "template",
    "noscript",
    "title",
    "head",
    "body",
    "section",
    "button",
    "img",
    "iframe",
]


def build_text(tmp_path: Path, text: str, suffix: str) -> None:
    path = tmp_path / f"doc{suffix}"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    check(tmp_path, path)


def check(tmp_path: Path, path: Path) -> None:
    try:
        result = build([path], bundled=BUNDLED)
    except BuildError as error:
        assert "\n" not in str(error)
        return
    out = tmp_path / "out.yaml"
    write_pack(result.pack, out, header=result.header)
    loaded = load_pack(out)
    assert len(loaded.cards) == len(result.pack.cards)


@FUZZ
@given(text=st.text(max_size=2000), suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_arbitrary_text(tmp_path: Path, text: str, suffix: str) -> None:
    build_text(tmp_path, text.encode("utf-8", "replace").decode("utf-8"), suffix)


@FUZZ
@given(
    pieces=st.lists(st.sampled_from(MARKDOWN_PIECES) | st.text(max_size=12), max_size=120),
    suffix=st.sampled_from([".txt", ".md"]),
)
def test_markdown_soup(tmp_path: Path, pieces: list[str], suffix: str) -> None:
    build_text(tmp_path, "".join(pieces).encode("utf-8", "replace").decode("utf-8"), suffix)


@st.composite
def html(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 80))):
        choice = draw(st.integers(0, 5))
        tag = draw(st.sampled_from(HTML_TAGS))
        if choice == 0:
            parts.append(f"<{tag}>")
        elif choice == 1:
            parts.append(f"</{tag}>")
        elif choice == 2:
            parts.append(f'<{tag} class="x" href="#{draw(st.text(max_size=5))}">')
        elif choice == 3:
            parts.append(draw(st.sampled_from(MARKDOWN_PIECES)))
        elif choice == 4:
            parts.append(
                draw(
                    st.sampled_from(
                        [
                            "&amp;",
                            "&#0;",
                            "&#x1b;",
                            "&nbsp;",
                            "<!--",
                            "-->",
                            "<![CDATA[",
                            "]]>",
                            "<!doctype html>",
                            "<?xml?>",
                            "<",
                            ">",
                            "&",
                            "<a",
                            "</",
                        ]
                    )
                )
            )
        else:
            parts.append(draw(st.text(max_size=20)))
    return "".join(parts)


@FUZZ
@given(page=html())
def test_html_soup(tmp_path: Path, page: str) -> None:
    build_text(tmp_path, page.encode("utf-8", "replace").decode("utf-8"), ".html")


SLOT = st.text(min_size=1, max_size=80) | st.sampled_from(
    [
        "{{x}}",
        "- a: b",
        "&anchor *alias !!tag",
        "? key",
        "'quoted' \"double\"",
        "#comment",
        "|",
        ">",
        "\\",
        "null",
        "1e3",
        "yes",
        "x" * 3000,
    ]
)


@FUZZ
@given(
    title=SLOT,
    duties=st.lists(SLOT, min_size=1, max_size=6),
    questions=st.lists(st.tuples(SLOT, SLOT), max_size=4),
    answers=st.lists(SLOT, max_size=3),
    suffix=st.sampled_from([".txt", ".md", ".html"]),
)
def test_structured_documents_with_arbitrary_text(
    tmp_path: Path, title: str, duties: list[str], questions: list[tuple[str, str]], answers: list[str], suffix: str
) -> None:
    """Every slot a card is made from holds arbitrary text; the pack must still load back without a problem."""
    lines = [f"# Senior {title} Engineer", "", "## Responsibilities", ""]
    lines += [f"- {duty}" for duty in duties]
    lines += ["", "## Skills", "", "- Kafka", f"- {title}", "", "## FAQ", ""]
    for question, answer in questions:
        lines += [f"{question}?", answer, ""]
    lines += ["", "## Frequently Asked Questions", ""] + [
        f"A Staff {answer} is responsible for it.\n" for answer in answers
    ]
    text = "\n".join(lines)
    if suffix == ".html":
        import html as escape

        text = "".join(
            f"<p>{escape.escape(line)}</p>"
            if not line.startswith(("#", "-"))
            else f"<h2>{escape.escape(line.lstrip('# '))}</h2>"
            if line.startswith("#")
            else f"<li>{escape.escape(line[2:])}</li>"
            for line in lines
        )
    build_text(tmp_path, text.encode("utf-8", "replace").decode("utf-8"), suffix)


@FUZZ
@given(data=st.binary(max_size=600))
def test_arbitrary_bytes(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(data)
    check(tmp_path, path)


HUGE = {
    "nested.html": "<div>" * 100_000 + "<h2>Skills</h2><ul><li>Kafka</li></ul>" + "</div>" * 100_000,
    "nested-lists.html": "<ul><li>" * 20_000 + "What is Kafka?" + "</li></ul>" * 20_000,
    "unclosed.html": "<p><b><i>" * 30_000 + "<h2>Skills</h2><li>Redis",
    "line.md": "## Skills\n\n" + "Kafka, " * 150_000 + "\n",
    "one-line.txt": "x" * 1_000_000,
    "brackets.md": "[" * 300_000 + "](" * 200_000 + "**" * 100_000,
    "quotes.md": ">" * 200_000 + " - What is Kafka?\n" + "  " * 100_000 + "- Redis\n",
    "emphasis.md": "*a" * 300_000 + "\n" + "_b" * 300_000,
    "questions.txt": "What is this? " * 80_000,
    "many-lines.md": "## Skills\n" + "- Kafka\n- Go\n" * 60_000,
    "tables.md": "| a |" * 100_000 + "\n" + "|---|\n" * 50_000,
    "comment.html": "<!--" + "x" * 500_000 + "<h2>FAQ</h2>",
    "wrapped.md": "## Skills\n\n" + "lorem ipsum dolor sit amet and Kafka\n" * 100_000,
    "fence.md": "```\n" + "- What is Kafka?\n" * 100_000,
    "markers.txt": "Skills\n" + "-\n" * 100_000 + "Kafka\n",
    # Markup that makes html.parser rescan unfinished constructs (see documents.defuse):
    "open-tags.html": "<a " * 200_000,
    "close-tags.html": "</" * 200_000,
    "quotes.html": '<a b="' * 100_000,
    "comments.html": "<!--" * 200_000,
    "cdata.html": "<![CDATA[" * 100_000 + "<h2>Skills</h2><li>Kafka</li>",
    "mixed.html": "<a<b<c" * 100_000,
}


@pytest.mark.parametrize("name", sorted(HUGE))
def test_huge_and_deeply_nested_documents_finish(tmp_path: Path, name: str) -> None:
    """No hang and no quadratic blow-up on hostile shapes (about 1 MB each). The bound is loose on
    purpose — a shared 2-core machine under load must not fail it; how fast a build is, is measured
    by `benchmarks/run.py build` (a 10 MB document in at most 10 s)."""
    path = tmp_path / name
    path.write_text(HUGE[name], encoding="utf-8")
    started = time.perf_counter()
    check(tmp_path, path)
    assert time.perf_counter() - started < 30
