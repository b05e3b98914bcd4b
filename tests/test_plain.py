"""`--plain` mode, driven through stdin as a script or a screen-reader user would."""

from __future__ import annotations

import io
import json
import re
import subprocess
from pathlib import Path

from prep.core.model import Card, Level
from prep.core.packs.load import load_pack
from prep.core.quiz import QuizSession
from prep.plain import Console, run_quiz

from conftest import PACKS, prep_command


def run(stdin: str, *ids: str) -> tuple[str, QuizSession]:
    """Answer the cards `ids` with the lines of `stdin`; `{POST}` in line N is the number that choice
    has on card N as shown (choices are shuffled), `{GET,PUT}` several."""
    found = {card.id: card for card in load_pack(PACKS / "basics.yaml").cards}
    session = QuizSession([found[card_id] for card_id in ids], Level.MID)
    lines = [
        re.sub(r"\{(.+?)\}", lambda m, n=n: numbers(session.cards[n], m.group(1)), line)
        for n, line in enumerate(stdin.splitlines(keepends=True))
    ]
    out = io.StringIO()
    run_quiz(session, Console(io.StringIO("".join(lines)), out))
    return out.getvalue(), session


def numbers(card: Card, texts: str) -> str:
    return ", ".join(str(card.choices.index(text) + 1) for text in texts.split(","))


def test_numbers_text_and_multi_answers() -> None:
    out, session = run("{POST}\n404\n{GET,PUT}\n", "http-post", "http-404", "idempotent-methods")
    assert f"  {session.cards[0].choices.index('POST') + 1}) POST" in out
    assert out.count("✓ Right.") == 3
    assert "Score: 3/3 (100%)" in out


def test_wrong_answer_shows_the_answer_and_explanation() -> None:
    out, _ = run("{PUT}\n", "http-post")
    assert "✗ Not quite. The answer: POST" in out
    assert "Why: Sending the same POST twice" in out
    assert "Missed:" in out and "you: PUT" in out


def test_empty_line_skips_and_q_quits() -> None:
    out, session = run("\nq\n", "http-post", "http-404", "norway")
    assert "Skipped." in out
    assert "No answers · 1 skipped" in out
    assert len(session.outcomes) == 1


def test_end_of_input_ends_with_the_summary() -> None:
    out, session = run("{POST}\n", "http-post", "http-404")
    assert "Score: 1/1" in out
    assert session.finished


def test_hostile_text_is_printed_without_escapes(tmp_path) -> None:
    found = {card.id: card for card in load_pack(PACKS / "hostile.yaml").cards}
    card = found["markup-prompt"]
    card = type(card)(**{**{f: getattr(card, f) for f in card.__slots__}, "prompt": "evil \x1b]0;title\x07 \x9b2J"})
    out = io.StringIO()
    run_quiz(QuizSession([card], Level.JUNIOR), Console(io.StringIO("1\n"), out))
    assert "\x1b" not in out.getvalue() and "\x9b" not in out.getvalue() and "\x07" not in out.getvalue()
    assert "evil ␛]0;title␇" in out.getvalue()


def test_plain_quiz_end_to_end_then_stats(data_dir) -> None:
    """The issue's own check: three answers through stdin, then `prep stats --json` counts them."""
    done = subprocess.run(
        prep_command() + ["quiz", "--level", "junior", "--plain", "-n", "3"],
        input="1\n1\n1\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("Question ") == 3 and "Score: " in done.stdout
    stats = subprocess.run(prep_command() + ["stats", "--json"], capture_output=True, text=True, timeout=60)
    figures = json.loads(stats.stdout)["levels"]
    assert figures["junior"]["answered"] == 3
    assert figures["junior"]["seen"] == 3
    assert figures["junior"]["total"] >= 3
    assert set(figures) == {"junior", "mid", "senior", "lead"}


def test_plain_flashcards_reveal_rate_and_undo(data_dir) -> None:
    """`prep cards --plain`: Enter reveals, a line 1-4 rates, u takes the last rating back."""
    pack = str(PACKS / "basics.yaml")
    stdin = "\n3\n\nu\n\n4\n\n1\nq\n"
    done = subprocess.run(
        prep_command() + ["cards", "--level", "junior", "--pack", pack, "--plain", "--seed", "1"],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "prep flashcards · junior track · 4 cards" in out
    assert "Answer: " in out and "Rate: 1 Again (1m) · 2 Hard (6m) · 3 Good (10m) · 4 Easy (" in out
    assert "Undone." in out
    assert "Rated Good: back this session." in out and "Rated Again: back this session." in out
    assert re.search(r"Rated Easy: due in \d+d\.", out)
    assert "Rated 2 cards · 1 Again · 1 Easy" in out
    figures = json.loads(
        subprocess.run(
            prep_command() + ["stats", "--json", "--pack", pack], capture_output=True, text=True, timeout=60
        ).stdout
    )["levels"]["junior"]
    assert figures["seen"] == 2 and figures["answered"] == 0
    assert sum(figures["reviews_per_day"]) == 2
    assert figures["due_today"] >= 1  # the card rated Again


def test_plain_cram_leaves_the_schedule_alone(data_dir) -> None:
    pack = str(PACKS / "basics.yaml")
    subprocess.run(
        prep_command() + ["cards", "-l", "junior", "--pack", pack, "--plain"],
        input="\n4\n\n4\nq\n",
        capture_output=True,
        text=True,
        timeout=60,
    )

    def schedule() -> list:
        subprocess.run(prep_command() + ["progress", "export", "snapshot.json"], check=True, capture_output=True)
        return json.loads(Path("snapshot.json").read_text())["schedule"]

    before = schedule()
    assert len(before) == 2
    done = subprocess.run(
        prep_command() + ["cards", "-l", "junior", "--pack", pack, "--plain", "--until", "2026-12-15"],
        input="\n1\n\n1\nq\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "prep cram · junior track" in done.stdout and "1 Again (cram)" in done.stdout
    assert schedule() == before
    bad = subprocess.run(
        prep_command() + ["cards", "-l", "junior", "--until", "soon", "--plain"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 2 and "write it as YYYY-MM-DD" in bad.stderr


def test_a_reorder_card_takes_the_order_as_numbers() -> None:
    card = {card.id: card for card in load_pack(PACKS / "basics.yaml").cards}["tls-handshake"]
    session = QuizSession([card, card, card], Level.LEAD)
    right = " ".join(str(session.cards[0].choices.index(item) + 1) for item in card.answer)
    out = io.StringIO()
    run_quiz(session, Console(io.StringIO(f"{right}\n1 2 3 4\n1 1 2 3\n"), out))
    text = out.getvalue()
    assert "Order (? for a hint; all 4 numbers, first to last" in text
    assert [outcome.correct for outcome in session.outcomes] == [True, False, False]  # a repeated number is wrong
    assert "The answer: The client sends ClientHello with its key share → The server replies" in text


def test_a_question_mark_shows_the_hint_and_a_late_answer_is_wrong() -> None:
    card = {card.id: card for card in load_pack(PACKS / "basics.yaml").cards}["tls-handshake"]
    now = [0.0]

    class Slow(io.StringIO):
        def readline(self, *args):  # the learner takes 40 s to type each line
            now[0] += 40
            return super().readline(*args)

    session = QuizSession([card], Level.LEAD, timer=lambda: now[0], time_limit=30)
    right = " ".join(str(session.cards[0].choices.index(item) + 1) for item in card.answer)
    out = io.StringIO()
    run_quiz(session, Console(Slow(f"?\n{right}\n"), out))
    text = out.getvalue()
    assert "(30 s to answer)" in text and "Hint: Who speaks first" in text
    assert "✗ Too late: the time limit had passed." in text and session.outcomes[0].correct is False
