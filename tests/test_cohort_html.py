"""The cohort report's HTML page: self-contained, inert (hostile names stay text), printable, and fast
on a class of 200."""

from __future__ import annotations

import asyncio
import base64
import json
import random
import re
import subprocess
import time
from datetime import timedelta
from pathlib import Path

import pytest

from prep.cli import main
from prep.cohort_html import render_page
from prep.core.cohort import cohort_report, load_students
from prep.core.model import Deck, Level
from prep.core.packs.discover import bundled_library
from prep.core.packs.load import load_pack
from prep.core.progress_file import write_export
from prep.core.scheduler import REVIEW, Memory
from prep.core.store.transfer import Progress, ScheduleRecord

from browser_support import assert_not_blank, browser_or_skip, open_page
from cohort_support import NOW, synthetic_progress, write_exports
from conftest import PACKS, prep_command

DECK = Deck.of([load_pack(PACKS / "basics.yaml")])
HOSTILE = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(2)>',
    'O\'Brien & "Sons"',
    "\x1b[31mred\x1b[0m\x00nul\x07",
    "right\u202eto-left",
]


def hostile_exports(folder: Path) -> list[Path]:
    """One export per hostile name, each with a card from a hostile pack name too."""
    folder.mkdir(parents=True, exist_ok=True)
    memory = Memory(REVIEW, None, 20.0, 5.0, NOW + timedelta(days=20), NOW - timedelta(days=1))
    paths = []
    for number, name in enumerate(HOSTILE):
        schedule = [
            ScheduleRecord(Level.JUNIOR, "test-basics", "http-post", memory, NOW),
            ScheduleRecord(Level.JUNIOR, "<b>evil-pack</b>", "<i>card</i>", memory, NOW),
        ]
        path = folder / f"{number}.json"
        write_export(path, Progress(schedule=schedule), [Level.JUNIOR], NOW, student=name)
        paths.append(path)
    return paths


def hostile_page(tmp_path: Path) -> str:
    students, problems = load_students(hostile_exports(tmp_path / "class"))
    assert problems == []
    return render_page(cohort_report(students, DECK, [Level.JUNIOR], now=NOW, packs=["<pack> & 1"]))


def test_hostile_names_are_text_not_markup(tmp_path: Path) -> None:
    page = hostile_page(tmp_path)
    assert "<script" not in page.lower()
    assert "<img" not in page.lower() and "<b>" not in page and "<i>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&quot;&gt;&lt;img src=x onerror=alert(2)&gt;" in page
    assert "O&#x27;Brien &amp; &quot;Sons&quot;" in page
    assert "&lt;b&gt;evil-pack&lt;/b&gt; (5 students)" in page  # the packs the report does not know
    assert "&lt;pack&gt; &amp; 1" in page


def test_control_and_invisible_characters_never_reach_the_page(tmp_path: Path) -> None:
    page = hostile_page(tmp_path)
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202e]", page)
    assert "␛[31mred␛[0m␀nul␇" in page
    assert "rightto-left" in page


def test_the_page_is_self_contained(tmp_path: Path) -> None:
    page = hostile_page(tmp_path)
    inert = page.lower().replace("&lt;img src=x", "")  # a hostile name, escaped: text, not an attribute
    for outside in ("http://", "https://", "src=", "<link", "@import", "url(", "<script", "<iframe"):
        assert outside not in inert, outside
    assert "default-src 'none'" in page  # and the browser is told to load nothing, should anything slip through
    assert page.count("<svg") == 1 and 'class="bar"' in page


def test_the_page_states_the_denominator(tmp_path: Path) -> None:
    page = hostile_page(tmp_path)
    assert "the denominator is every card of the level and the levels below it" in page
    assert "4 cards in the pool" in page
    assert "Cards never studied count 0" in page


def test_cli_writes_the_page_and_says_so(tmp_path: Path, capsys) -> None:
    hostile_exports(tmp_path / "class")
    out = tmp_path / "report.html"
    assert (
        main(["cohort", "report", str(tmp_path / "class"), "-o", str(out), "--pack", str(PACKS / "basics.yaml")]) == 0
    )
    assert capsys.readouterr().out.strip() == f"wrote {out}: 5 students, junior"
    assert out.read_text().startswith("<!DOCTYPE html>")


def test_the_page_renders_in_a_real_browser_inert_and_printable(tmp_path: Path) -> None:
    """Headless Chromium shows the page (screenshot kept), runs nothing, shows hostile names as text,
    and prints it to PDF."""
    browser = browser_or_skip()
    page_file = tmp_path / "report.html"
    page_file.write_text(hostile_page(tmp_path), encoding="utf-8")
    shot = tmp_path / "cohort-report.png"

    async def look() -> None:
        async with open_page(browser, page_file.as_uri(), tmp_path / "profile") as page:
            await asyncio.wait_for(page.loaded.wait(), 30)
            assert await page.evaluate("document.scripts.length") == 0
            assert await page.evaluate("document.images.length") == 0
            shown = str(await page.evaluate("document.body.innerText"))
            assert "<script>alert(1)</script>" in shown  # the name, as text
            assert 'O\'Brien & "Sons"' in shown
            assert await page.evaluate("document.querySelectorAll('tbody tr').length") == 5 + 4
            assert_not_blank(await page.screenshot(shot))
            pdf = base64.b64decode((await page.call("Page.printToPDF", printBackground=True))["data"])
            (tmp_path / "cohort-report.pdf").write_bytes(pdf)
            assert pdf.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page[^s]", pdf)) >= 1

    asyncio.run(look())


# A class of 200.


@pytest.fixture(scope="module")
def class_of_200(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """200 synthetic students' exports over the bundled junior pool, written once for this module."""
    folder = tmp_path_factory.mktemp("class-of-200")
    write_exports(folder, 200, bundled_library().deck().pool(Level.JUNIOR))
    return folder


def test_two_hundred_students_in_a_few_seconds(class_of_200: Path, tmp_path: Path) -> None:
    """The whole command, startup included, on 200 synthetic students over the bundled junior pool:
    the table, --json and the page. A loose bound against a slow path; benchmarks/run.py cohort measures."""
    command = [*prep_command(), "cohort", "report", str(class_of_200)]
    started = time.perf_counter()
    table = subprocess.run(command, capture_output=True, text=True, timeout=120)
    seconds = time.perf_counter() - started
    assert table.returncode == 0, table.stderr
    assert seconds < 15
    assert table.stdout.count("Student ") >= 200
    page = subprocess.run([*command, "-o", str(tmp_path / "r.html"), "--json"], capture_output=True, timeout=120)
    data = json.loads(page.stdout)
    assert len(data["students"]) == 200 and data["pools"]["junior"] == len(bundled_library().deck().pool(Level.JUNIOR))
    assert (tmp_path / "r.html").read_text().count('<tr class="') == 200


def test_the_page_for_two_hundred_students_renders_in_a_real_browser(class_of_200: Path, tmp_path: Path) -> None:
    """Headless Chromium lays out the class's page: 200 student rows, the histogram, not blank
    (screenshot kept), printable to PDF on more than one page."""
    browser = browser_or_skip()
    page_file = tmp_path / "report.html"
    done = subprocess.run([*prep_command(), "cohort", "report", str(class_of_200), "-o", str(page_file)],
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"wrote {page_file}: 200 students, junior"

    async def look() -> None:
        async with open_page(browser, page_file.as_uri(), tmp_path / "profile") as page:
            await asyncio.wait_for(page.loaded.wait(), 30)
            assert await page.evaluate("document.querySelectorAll('table.students tbody tr').length") == 200
            assert await page.evaluate("document.querySelectorAll('svg rect.count').length") > 0
            assert "Student 001" in str(await page.evaluate("document.body.innerText"))
            height = await page.evaluate("document.documentElement.scrollHeight")
            assert isinstance(height, int) and height > 200 * 20  # a row each, laid out, not collapsed
            assert_not_blank(await page.screenshot(tmp_path / "cohort-200.png"))
            pdf = base64.b64decode((await page.call("Page.printToPDF", printBackground=True))["data"])
            (tmp_path / "cohort-200.pdf").write_bytes(pdf)
            assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) > 1

    asyncio.run(look())


def test_synthetic_students_look_like_a_class() -> None:
    """The generator gives a spread: some never started, most partly studied, some cards just failed."""
    cards = bundled_library().deck().pool(Level.JUNIOR)
    rng = random.Random(1)
    tracks = [synthetic_progress(cards, Level.JUNIOR, rng) for _ in range(50)]
    studied = [len(track.schedule) for track in tracks]
    assert min(studied) == 0 and max(studied) > len(cards) / 2 and len(set(studied)) >= 4
    assert any(record.memory.state != REVIEW for track in tracks for record in track.schedule)
