"""`--plain`: the same sessions on stdin/stdout, for scripts, screen readers and dumb terminals.

One question at a time; one answer line read. Every string from a pack passes `visible()`.
End of input ends the session cleanly with its summary.
"""

from __future__ import annotations

import sys
from typing import TextIO

from prep.core.card_text import plain as plain_text
from prep.core.flashcards import FlashcardSession
from prep.core.grading import parse_choice_numbers
from prep.core.model import Card, CardType
from prep.core.quiz import Outcome, QuizSession, Summary
from prep.core.text import plural, visible

QUIT_WORDS = {"q", "quit", ":q"}


class Console:
    """Line-based input and output over two text streams."""

    def __init__(self, stdin: TextIO | None = None, stdout: TextIO | None = None) -> None:
        self.stdin = stdin or sys.stdin
        self.stdout = stdout or sys.stdout

    def say(self, text: str = "") -> None:
        self.stdout.write(text + "\n")

    def ask(self, prompt: str) -> str | None:
        """One line from the user without its newline, or None at end of input."""
        self.stdout.write(prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        if not line:
            self.stdout.write("\n")
            return None
        return line.rstrip("\r\n")


def run_session(session: QuizSession | FlashcardSession, console: Console) -> None:
    """Run a session from `prep.core.study.start_session` on the console."""
    if isinstance(session, QuizSession):
        run_quiz(session, console)
    else:
        run_flashcards(session, console)


def run_quiz(session: QuizSession, console: Console) -> Summary:
    console.say(f"prep quiz · {session.level} track · {plural(session.total, 'question')}")
    card = session.current
    while card is not None:
        console.say()
        _print_question(console, session, card)
        line = console.ask(_answer_hint(card))
        while line is not None and line.strip() == HINT_WORD and card.hint:
            console.say(f"Hint: {visible(session.hint())}")
            line = console.ask(_answer_hint(card))
        if line is None or line.strip().lower() in QUIT_WORDS:
            break
        if not line.strip():
            session.skip()
            console.say("Skipped.")
        else:
            response = parse_choice_numbers(card, line) if card.type is not CardType.REORDER else None
            outcome = session.submit(response if response is not None else line)
            _print_outcome(console, outcome)
        card = session.advance()
    summary = session.finish()
    print_summary(console, summary)
    return summary


def _print_question(console: Console, session: QuizSession, card: Card) -> None:
    topics = f"  [{', '.join(card.topics)}]" if card.topics else ""
    limit = f"  ({session.time_limit:g} s to answer)" if session.time_limit else ""
    console.say(f"Question {session.position}/{session.total}{visible(topics)}{limit}")
    console.say(visible(plain_text(card.question)))
    for number, choice in enumerate(card.choices, start=1):
        console.say(f"  {number}) {visible(choice)}")


HINT_WORD = "?"
"""Typed instead of an answer: shows the card's hint (no answer is ever just "?")."""


def _answer_hint(card: Card) -> str:
    hint = f"{HINT_WORD} for a hint; " if card.hint else ""
    return _answer_prompt(card).replace("(", f"({hint}", 1)


def _answer_prompt(card: Card) -> str:
    if card.type is CardType.REORDER:
        return f"Order (all {len(card.choices)} numbers, first to last, like 3 1 2; empty skips; q quits): "
    if card.type is CardType.MULTI:
        return "Answer (numbers like 1,3; empty skips; q quits): "
    if card.type is CardType.CHOICE:
        return "Answer (number or text; empty skips; q quits): "
    return "Answer (empty skips; q quits): "


def _print_outcome(console: Console, outcome: Outcome) -> None:
    if outcome.timed_out:
        console.say(f"✗ Too late: the time limit had passed. The answer: {visible(outcome.card.answer_text)}")
    elif outcome.correct:
        console.say("✓ Right.")
    else:
        typed = "" if outcome.card.choices else f" (you wrote: {visible(outcome.given)})"
        console.say(f"✗ Not quite. The answer: {visible(outcome.card.answer_text)}{typed}")
    if outcome.card.explain:
        console.say(f"Why: {visible(plain_text(outcome.card.explain))}")


def print_summary(console: Console, summary: Summary) -> None:
    minutes, seconds = divmod(round(summary.seconds), 60)
    console.say()
    score = f"Score: {summary.right}/{summary.answered} ({summary.percent}%)" if summary.answered else "No answers"
    console.say(f"{score} · {summary.skipped} skipped · {minutes}:{seconds:02d}")
    if summary.topics:
        console.say("By topic:")
        width = max(len(topic) for topic in summary.topics)
        for topic, tally in summary.topics.items():
            console.say(f"  {visible(topic):<{width}}  {tally.right}/{tally.asked}")
    if summary.missed:
        console.say("Missed:")
        for outcome in summary.missed:
            console.say(f"  - {visible(outcome.card.question.split(chr(10), 1)[0])}")
            console.say(f"    you: {visible(outcome.given) or '—'} · answer: {visible(outcome.card.answer_text)}")


RATING_KEYS = {"1": 1, "2": 2, "3": 3, "4": 4}


def run_flashcards(session: FlashcardSession, console: Console) -> int:
    """Front, Enter reveals, then a rating line 1–4 (`u` undoes the last rating, `q` quits)."""
    from prep.core.scheduler import Rating

    kind = "cram" if session.cram else "flashcards"
    console.say(f"prep {kind} · {session.level} track · {plural(session.remaining, 'card')}")
    while (card := session.current) is not None:
        console.say()
        console.say(
            f"Card {session.rated + 1} · {session.progress}"
            + visible(f"  [{', '.join(card.topics)}]" if card.topics else "")
        )
        console.say(visible(plain_text(card.question)))
        for number, choice in enumerate(card.choices, start=1):
            console.say(f"  {number}) {visible(choice)}")
        hint = f"{HINT_WORD} for a hint; " if card.hint else ""
        line = console.ask(f"(Enter shows the answer; {hint}q quits) ")
        if line is not None and line.strip() == HINT_WORD and card.hint:
            console.say(f"Hint: {visible(card.hint)}")
            line = console.ask("(Enter shows the answer; q quits) ")
        if line is None or line.strip().lower() in QUIT_WORDS:
            break
        console.say(f"Answer: {visible(plain_text(card.back))}")
        if card.explain:
            console.say(f"Why: {visible(plain_text(card.explain))}")
        intervals = session.intervals()
        choices = " · ".join(f"{int(r)} {r.label} ({intervals[r]})" for r in Rating)
        line = _ask_rating(console, f"Rate: {choices}; u undoes, q quits: ")
        if line is None or line in QUIT_WORDS:
            break
        if line == "u":
            undone = session.undo()
            console.say("Undone." if undone else "Nothing to undo.")
            continue
        session.rate(Rating(RATING_KEYS[line]))
        console.say(f"Rated {session.last_rating()}.")
    console.say()
    console.say(session.summary().tally)
    return session.rated


def _ask_rating(console: Console, prompt: str) -> str | None:
    while True:
        line = console.ask(prompt)
        if line is None:
            return None
        line = line.strip().lower()
        if line in RATING_KEYS or line in QUIT_WORDS or line == "u":
            return line
        console.say("Type 1, 2, 3 or 4 (or u to undo, q to quit).")
