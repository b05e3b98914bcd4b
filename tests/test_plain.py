"""`--plain` mode, driven through stdin as a script or a screen-reader user would."""

from __future__ import annotations

import io
import json
import subprocess

from conftest import PACKS, prep_command
from prep.core.model import Level
from prep.core.packs.load import load_pack
from prep.core.session import QuizSession
from prep.plain import Console, run_quiz


def run(stdin: str, *ids: str) -> tuple[str, QuizSession]:
    found = {card.id: card for card in load_pack(PACKS / "basics.yaml").cards}
    session = QuizSession([found[card_id] for card_id in ids], Level.MID)
    out = io.StringIO()
    run_quiz(session, Console(io.StringIO(stdin), out))
    return out.getvalue(), session


def test_numbers_text_and_multi_answers() -> None:
    out, session = run("4\n404\n1, 3\n", "http-post", "http-404", "idempotent-methods")
    assert "  4) POST" in out
    assert out.count("✓ Right.") == 3
    assert "Score: 3/3 (100%)" in out


def test_wrong_answer_shows_the_answer_and_explanation() -> None:
    out, _ = run("2\n", "http-post")
    assert "✗ Not quite. The answer: POST" in out
    assert "Why: Sending the same POST twice" in out
    assert "Missed:" in out and "you: PUT" in out


def test_empty_line_skips_and_q_quits() -> None:
    out, session = run("\nq\n", "http-post", "http-404", "norway")
    assert "Skipped." in out
    assert "Score: 0/0 (0%) · 1 skipped" in out
    assert len(session.outcomes) == 1


def test_end_of_input_ends_with_the_summary() -> None:
    out, session = run("4\n", "http-post", "http-404")
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
    done = subprocess.run(prep_command() + ["quiz", "--level", "junior", "--plain", "-n", "3"],
                          input="1\n1\n1\n", capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("Question ") == 3 and "Score: " in done.stdout
    stats = subprocess.run(prep_command() + ["stats", "--json"], capture_output=True, text=True, timeout=60)
    figures = json.loads(stats.stdout)["levels"]
    assert figures["junior"]["answered"] == 3
    assert figures["junior"]["seen"] == 3
    assert figures["junior"]["total"] >= 3
    assert set(figures) == {"junior", "mid", "senior", "lead"}
