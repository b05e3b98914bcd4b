"""Questions and their answers, within one section.

A question is a line ending in `?`, a `Q:` / `Question 3:` line, a question heading (its section is
the answer), a `<details>` summary, a list item or a table row asking something, and, in interview
question sections, a prompt such as "Explain ...". The blocks after it, up to the next question,
heading or `</details>`, are its answer. A question without an answer is kept as an open question.
A list of questions stays a list: a paragraph after it is not the last question's answer.

Questions that are calls to action ("Ready to apply?") are dropped with what follows them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from prep.core.builder.blocks import BARE_LABELS, Block, Kind
from prep.core.builder.chrome import faq_reason, line_reason, off_topic_sentence, seo_reason
from prep.core.builder.headings import SectionKind
from prep.core.builder.levels import Role, has_role_noun
from prep.core.builder.question_writer import question_for
from prep.core.builder.questions import (
    answer_prefix,
    is_prompt,
    is_question,
    lead_sentence,
    question_prefix,
    reads_as_question,
    sentences,
    split_inline,
    tidy,
    true_or_false,
)
from prep.core.builder.sections import Section
from prep.core.builder.skills import scan
from prep.core.builder.trim import limit, shorten

MAX_ANSWER_CHARS = 4000
MAX_NOTE_CHARS = 600


_DUTIES_QUESTION = re.compile(
    r"^what (?:does|do|is|are) .*\b(?:do|does|job|role|position|responsible for|responsibilities)\W*$"
    r"|^what (?:is|are) an? (?:[\w-]+ ){0,3}[\w-]+\W*$",
    re.IGNORECASE,
)


def asks_duties(question: str) -> bool:
    """Whether a FAQ of the page asks what its role is or does ("What does a data engineer do?", "What is a
    platform engineer?"): then a definition of the same role would be a second card on the same question."""
    return bool(_DUTIES_QUESTION.search(question)) and has_role_noun(question) and len(question.split()) <= 14


_WORK_QUESTION = re.compile(r"\b(?:responsibilities|duties|day[- ]to[- ]day|a typical day|usually do)\b", re.IGNORECASE)


def asks_about_the_work(question: str) -> bool:
    """Whether a FAQ asks what the role's work is: its answer lists duties an interviewer asks about."""
    return asks_duties(question) or (bool(_WORK_QUESTION.search(question)) and has_role_noun(question))


@dataclass(frozen=True, slots=True)
class Faq:
    question: str
    """The prompt; for a cloze, the lead sentence with its `{{blank}}`."""
    answer: str
    line: int
    section: str
    role: Role | None
    generated: bool = False
    """The document printed only the answer; the question was written from it."""
    cloze: bool = False
    note: str = ""
    """What the document says beside the answer, label and all ("What interviewers look for: respect for ...")."""
    full: bool = True
    """The answer is all the document gives (False when it was trimmed to what answers the question)."""


@dataclass(frozen=True, slots=True)
class Ask:
    """A question without an answer in the document."""

    question: str
    line: int
    section: str
    role: Role | None


@dataclass(slots=True)
class Answered:
    """What the questions of one section gave."""

    faqs: list[Faq] = field(default_factory=list)
    asks: list[Ask] = field(default_factory=list)
    rest: list[Block] = field(default_factory=list)
    """The blocks that were neither questions nor answers."""
    skipped: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Open:
    question: str
    line: int
    answers: list[Block] = field(default_factory=list)
    inline: str = ""
    heading: bool = False
    summary: bool = False
    """The question is a <details> summary: what follows up to </details> is its answer."""
    item_depth: int = -1
    """Depth of the list item the question was, or -1."""
    after_unanswered: bool = False
    """The question before it, in the same list, had no answer: a loose paragraph is not its answer."""
    code: Block | None = None
    """Code the question shows ("What does this print?") before its answer starts."""


def pair_questions(section: Section, role_name: str) -> Answered:
    """Pair each question in the section with its answer; `rest` keeps the blocks that were neither."""
    found = Answered()
    rest = found.rest
    pending: _Open | None = None
    unanswered_items = 0
    dropping = False
    if section.question:
        pending = _Open(tidy(section.heading, role_name), section.line, heading=True)

    def close() -> None:
        nonlocal pending, unanswered_items
        if pending is None:
            return
        answer, note = _answer_text(pending)
        if answer:
            question = pending.question
            if pending.code is not None:
                question = f"{question}\n\n{_answer_block(pending.code, False, [])}"
            found.faqs.append(Faq(question, answer, pending.line, section.heading, section.role, note=note))
            unanswered_items = 0
        else:
            unanswered_items = unanswered_items + 1 if pending.item_depth >= 0 else 0
            unasked = faq_reason(pending.question, "")  # "What is the salary?" whose answer was dropped as pay
            if unasked:
                found.skipped.append(f"line {pending.line}: {shorten(pending.question, 70)} ({unasked})")
            elif pending.question.endswith("?") or is_prompt(pending.question):
                found.asks.append(Ask(pending.question, pending.line, section.heading, section.role))
        pending = None

    for block in section.blocks:
        if block.kind is Kind.BREAK:
            close()
            dropping = False
            continue
        if pending is not None and _shows_code(pending, block):
            pending.code = block
            continue
        if pending is not None and _goes_on(pending, block):
            pending.answers.append(block)
            continue
        asked = None if block.link else _question_in(block, section.kind)
        if asked is not None:
            question, inline = asked
            reason = faq_reason(question, "")  # pay, applying, terms: not asked even when the answer is not kept
            close()
            if reason:
                found.skipped.append(f"line {block.line}: {shorten(question, 70)} ({reason})")
                dropping = True
                continue
            dropping = False
            depth = block.level if block.kind is Kind.ITEM else -1
            pending = _Open(
                tidy(question, role_name),
                block.line,
                inline=inline,
                summary=block.kind is Kind.SUMMARY,
                item_depth=depth,
                after_unanswered=depth >= 0 and unanswered_items > 0,
            )
            if inline:
                close()
            continue
        if dropping:
            if block.kind is not Kind.HEADING:
                found.skipped.append(f"line {block.line}: {shorten(block.text, 70)} (after a call to action)")
            continue
        if pending is not None and _answers(pending, block):
            pending.answers.append(block)
            continue
        if pending is not None:
            close()
        rest.append(block)
    close()
    return found


def _question_in(block: Block, kind: SectionKind) -> tuple[str, str] | None:
    """(question, inline answer) when `block` asks a question."""
    if block.kind is Kind.SUMMARY:
        return (block.text, "") if len(block.text) <= 300 else None
    if block.kind is Kind.ROW:
        cells = [cell for cell in block.cells if cell]
        if not block.header and len(cells) >= 2 and is_question(cells[0]):
            return cells[0], " — ".join(cells[1:])
        return None
    if block.kind not in (Kind.TEXT, Kind.ITEM):
        return None
    text, prefixed = question_prefix(block.text)
    if true_or_false(text):
        return text, ""
    if prefixed and text:
        pair = split_inline(text)
        return pair if pair else (text, "")
    if is_question(text):
        return text, ""
    pair = split_inline(text)
    if pair is not None:
        return pair
    if kind is SectionKind.QUESTIONS and (is_prompt(text) or reads_as_question(text)):
        return text, ""
    if block.kind is Kind.TEXT and _NUMBERED_PROMPT.match(text) and len(text) <= 300:
        return text, ""  # "**15. Explain how offset commits work.**" between a collection's questions
    return None


_ABOUT_CODE = re.compile(r"\b(?:this|these|the following|below|snippet|code|print|prints|output)\b", re.IGNORECASE)


def _shows_code(pending: _Open, block: Block) -> bool:
    """Whether `block` is the code a question asks about: right after it, before any answer."""
    return (
        block.kind is Kind.CODE
        and pending.code is None
        and not pending.answers
        and not pending.inline
        and bool(_ABOUT_CODE.search(pending.question))
    )


def _goes_on(pending: _Open, block: Block) -> bool:
    """Whether `block` belongs to the answer being read even though it could be read as a question of its own:
    text under a summary or a question heading, or indented under a question item ("Explain ..." there is
    the answer's first sentence, not a new prompt)."""
    if block.kind is Kind.SUMMARY or block.text.endswith("?") or not _answers(pending, block):
        return False
    if block.kind is Kind.TEXT and _NUMBERED_PROMPT.match(block.text):
        return False  # "**14. Tell me about a time ... (Behavioural — use STAR)**": the collection's next question
    if pending.summary or pending.heading:
        return True
    return pending.item_depth >= 0 and (block.indent > 0 or block.kind is Kind.CODE)


_NUMBERED_PROMPT = re.compile(
    r"^\d{1,3}[.)]\s+(?:explain|describe|tell (?:me|us) about|walk (?:me|us) through|compare|design|write|"
    r"how|what|why|when|which|give)\b",
    re.IGNORECASE,
)
"""A numbered paragraph that asks (written "**14. Explain ...**", so not a list item) under another question's heading:
a question of its own, not part of the answer."""


def _answers(pending: _Open, block: Block) -> bool:
    if block.kind not in (Kind.TEXT, Kind.ITEM, Kind.ROW, Kind.CODE) or block.link or block.header:
        return False
    if pending.heading:
        return True
    if pending.item_depth >= 0:
        if block.kind is Kind.ITEM and block.level <= pending.item_depth:
            return False
        if pending.after_unanswered and block.kind is Kind.TEXT and block.gap and not block.indent:
            return False
    return True


def _answer_text(pending: _Open) -> tuple[str, str]:
    """The answer as Markdown-flavoured text (code fenced, list items bulleted, bold labels kept), and the note
    beside it ("What interviewers look for: ..."), each without page chrome."""
    parts: list[str] = []
    notes: list[str] = []
    if pending.inline:
        parts.append(answer_prefix(pending.inline)[0])
    previous: Block | None = None
    depths = sorted({block.level for block in pending.answers if block.kind is Kind.ITEM})
    for block in pending.answers:
        if block.kind is Kind.TEXT and _NOTE.match(block.text):
            notes.append(block.text)
            continue
        text = _answer_block(block, first=not parts, depths=depths)
        if not text.strip() or (block.kind is not Kind.CODE and (line_reason(text) or seo_reason(text))):
            continue
        joiner = "\n" if previous is not None and previous.kind is Kind.ITEM and block.kind is Kind.ITEM else "\n\n"
        parts.append(joiner + text if parts else text)
        previous = block
    return limit("".join(parts).strip(), MAX_ANSWER_CHARS), limit(" ".join(notes), MAX_NOTE_CHARS)


_NOTE = re.compile(
    r"^(?:what (?:the )?(?:interviewers?|hiring managers?|they|we)(?: are| ’re| 're)? "
    r"(?:look(?:ing)? for|want(?: to (?:see|hear))?|expect)"
    r"|why (?:interviewers?|they|we) ask(?: this)?|interviewer(?:'s|’s)? notes?|(?:a )?tips?|hints?)\s*[:—–-]\s*",
    re.IGNORECASE,
)
"""A note beside an answer: what the interviewer looks for, a tip. It goes with its question, not into the answer."""
_GLYPH = re.compile(r"^(?:[•◦▪▫‣⁃∙·●○■□➢➤►▶✓✔*+-]\s+)+")
"""A bullet glyph left at the start of an item's text by a source that nested its lists."""


def _answer_block(block: Block, first: bool, depths: list[int]) -> str:
    """One block of an answer as card Markdown; list items become `- ` items, nested one step per distinct
    depth of the answer's items (`depths`), whatever glyph and indentation the source used."""
    if block.kind is Kind.CODE:
        language = block.cells[0].split()[0] if block.cells and block.cells[0] else ""
        fence = "~~~" if "```" in block.text else "```"
        return f"{fence}{language}\n{block.text}\n{fence}"
    text = answer_prefix(block.text)[0] if first else block.text
    label = block.text[: block.bold_lead]
    if text == block.text and label.endswith(":") and label[:-1].strip().lower() not in BARE_LABELS:
        text = f"**{label}**{text[len(label) :]}"
    if block.kind is Kind.ITEM:
        depth = depths.index(block.level) if block.level in depths else 0
        text = "  " * min(depth, 3) + "- " + _GLYPH.sub("", text)
    return text


_LINK = re.compile(r"https?://|www\.\w", re.IGNORECASE)


def trimmed(answer: str) -> str:
    """A role FAQ answer without its off-topic sentences (pay, applying, marketing, the site itself, links).
    Every other sentence stays, however long the answer: a sentence that answers the question is never
    cut. Answers laid out as lists or code are kept whole."""
    if "\n" in answer:
        return answer
    told = sentences(answer)
    kept = [told[0], *(sentence for sentence in told[1:] if not _off_topic(sentence))] if told else []
    return " ".join(kept)


def _off_topic(sentence: str) -> bool:
    return off_topic_sentence(sentence) or bool(_LINK.search(sentence))


def answer_only(section: Section, rest: list[Block]) -> Answered:
    """A FAQ section that printed only answers: write each answer's question (or a cloze)."""
    found = Answered()
    groups: list[list[Block]] = []
    for block in rest:
        if block.link or line_reason(block.text) or seo_reason(block.text):
            continue
        if block.kind is Kind.TEXT and len(block.text.split()) >= 6:
            groups.append([block])
        elif groups and block.kind in (Kind.ITEM, Kind.TEXT, Kind.ROW, Kind.CODE):
            groups[-1].append(block)
    for group in groups:
        lead = group[0]
        answer, _ = _answer_text(_Open("", lead.line, answers=group))
        question = question_for(lead.text)
        if question is not None:
            found.faqs.append(Faq(question, answer, lead.line, section.heading, section.role, generated=True))
            continue
        cloze = _cloze(lead.text)
        if cloze is not None:
            found.faqs.append(Faq(cloze, answer, lead.line, section.heading, section.role, generated=True, cloze=True))
        else:
            found.skipped.append(f"line {lead.line}: FAQ answer with no question ({shorten(lead.text, 50)})")
    return found


def _cloze(text: str) -> str | None:
    """The lead sentence with a technology it names blanked out, or None."""
    sentence = lead_sentence(text)
    if "{" in sentence or "}" in sentence or len(sentence) > 400:
        return None
    matches = scan(sentence, named_only=True)
    if not matches:
        return None
    match = matches[0]
    return f"{sentence[: match.start]}{{{{{match.text}}}}}{sentence[match.end :]}"
