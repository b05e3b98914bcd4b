"""List items in a section: bullets, numbers, table rows, and lists written on one line.

"Python (Django/Flask) Node.js (Express.js) Java (Spring Boot)" is three items, "Go, Rust, Kotlin"
three more; "Junior → Senior → Staff" is a career path; a list typed without bullets (one short line
per item) counts too. Items that are questions or page chrome are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from prep.core.builder.blocks import Block, Kind
from prep.core.builder.chrome import line_reason
from prep.core.builder.headings import SectionKind
from prep.core.builder.interview_words import GERUNDS, VERBS
from prep.core.builder.questions import is_question, sentences
from prep.core.builder.sections import Section
from prep.core.builder.skills import scan

MAX_ITEM_CHARS = 600
MIN_DEFINITIONS = 3


@dataclass(frozen=True, slots=True)
class Item:
    text: str
    line: int


def _items(section: Section) -> list[Item]:
    candidates = [block for block in section.blocks if block.kind in (Kind.ITEM, Kind.ROW) and not block.header]
    if not candidates:
        candidates = _unmarked_items(section)
    if not candidates:
        return []
    top = (
        min(block.level for block in candidates if block.kind is Kind.ITEM)
        if any(block.kind is Kind.ITEM for block in candidates)
        else 0
    )
    items = []
    for block in candidates:
        if (block.kind is Kind.ITEM and block.level > top) or block.link:
            continue
        text = " — ".join(cell for cell in block.cells if cell) if block.kind is Kind.ROW else block.text
        if not text or len(text) > MAX_ITEM_CHARS or is_question(text) or line_reason(text):
            continue
        items.extend(
            _problem_items(text, block) if block.kind is Kind.ITEM and block.bold_lead else [Item(text, block.line)]
        )
    return items


def _problem_items(text: str, block: Block) -> list[Item]:
    """ "**Make feature pipelines boring.** Today ... You'll add data checks ...": a numbered problem with a bold
    title is asked as its title and as each duty its sentences give the candidate."""
    written = sentences(text)
    if len(written) < 2:
        return [Item(text, block.line)]
    title = text[: block.bold_lead].strip(" .:—–-")
    duties = [clause for sentence in written[1:] for clause in _clauses(sentence)]
    return [Item(part, block.line) for part in [title, *duties] if part and _stands_alone(part)]


def _unmarked_items(section: Section) -> list[Block]:
    """A list written without bullets: short one-line paragraphs, one per item ("Design APIs.\nWrite tests."),
    or lines a copied page joined into one paragraph (see `unjoined`)."""
    texts = [line for block in section.blocks if block.kind is Kind.TEXT for line in unjoined(block)]
    short = [block for block in texts if block.lines == 1 and len(block.text) <= 250 and not is_question(block.text)]
    if len(short) < 3 or len(short) < len(texts) - 1:
        return []
    if texts[0] not in short:  # an introduction ("You will:") before the list
        texts = texts[1:]
    return short if len(short) == len(texts) else []


def unjoined(block: Block) -> list[Block]:
    """A paragraph of plain text that is really a list whose bullets were lost when the page was copied
    ("Build features in our Rails app\nDesign PostgreSQL schemas and write queries; find and fix\nmissing
    indexes ..."), as one block per item: a line starting with a capital starts an item unless the line
    before stopped mid-phrase ("work with" / "Kafka"); other lines carry the item on. A paragraph with a
    sentence ending inside it is prose, and stays whole."""
    if len(block.parts) < 2 or any(_SENTENCE_INSIDE.search(text) for _, text in block.parts[:-1]):
        return [block]
    items: list[list[tuple[int, str]]] = []
    for number, text in block.parts:
        before = items[-1][-1][1] if items else ""
        if not items or (text[:1].isupper() and not _MID_PHRASE.search(before)):
            items.append([(number, text)])
        else:
            items[-1].append((number, text))
    return [Block(Kind.TEXT, " ".join(text for _, text in item), item[0][0], gap=block.gap) for item in items]


_SENTENCE_INSIDE = re.compile(r"[.!?:]$|[.!?]\s+[A-Z]")
_MID_PHRASE = re.compile(
    r"(?:,|\b(?:and|or|the|a|an|of|with|to|in|for|on|at|by|from|as|such|our|your|their|its|is|are|be))$",
    re.IGNORECASE,
)


def section_items(section: Section) -> list[Item]:
    """The section's list items, and for skills and career paths the items written on one line."""
    items = _items(section)
    if section.kind in (SectionKind.RESPONSIBILITIES, SectionKind.QUALIFICATIONS):
        return items + prose_items(section)  # a list, and sentences written to the candidate beside it
    if section.kind in (SectionKind.SKILLS, SectionKind.CAREER):
        for block in section.blocks:
            if block.kind is Kind.TEXT:
                items.extend(_inline_items(block, section.kind))
    return items


_ADDRESSED = re.compile(
    r"^(?:(?:day to day|day-to-day|in this role|here|at first|over time|early on|beyond that|on top of that|"
    r"after that|"
    r"(?:in|within|during|over|after) (?:your |the )?(?:first |next )?[\w-]+(?: [\w-]+)? "
    r"(?:days?|weeks?|months?|years?|quarters?)),?\s+|as (?:an?|the|our) [\w -]{1,60}?\s+)?"
    r"(?=(?:you(?:['’](?:ll|ve|re|d))?|we (?:expect|need|want) (?:you|someone) to|we(?:['’]d| would) like you to)\b)",
    re.IGNORECASE,
)
"""A sentence written to the candidate ("You have shipped ...", "Day to day you will ...", "As a Principal Engineer
you will ..."; "As a platform engineer, you will be responsible for ..." is how a FAQ answer describes the job, read
by `duty_phrases`): a requirement or a duty."""
_CLAUSE_BREAK = re.compile(r"\s*;\s*|,?\s+(?:and|but)\s+(?=you\b)|,\s+(?=you\b)", re.IGNORECASE)
_REASON = re.compile(
    r",?\s+(?:because|since|so that|which means|if you are)\b.*$|,\s+so (?:you|we)\b.*$", re.IGNORECASE
)
_WILL = re.compile(
    r"^(?:you(?: will|['’]ll| would| get to)|we (?:expect|need|want) (?:you|someone) to)\s+(?:also\s+)?", re.IGNORECASE
)
_LIST_PART = re.compile(r",\s+(?:and\s+|or\s+)?")
_LIST_PART_KEPT = re.compile(f"({_LIST_PART.pattern})")
_BACK_REFERENCE = re.compile(r"\b(?:it|them|this|these|those|the two|both)\b", re.IGNORECASE)
_DEMONSTRATIVE = re.compile(
    r"\b(?:that|this|these|those) (?:plans?|work|migration|move|change|effort|project|shift)\b", re.I
)
"""A clause whose object an earlier sentence names ("to shape that plan"): alone on a card it points at nothing."""


def prose_items(section: Section, in_items: bool = False) -> list[Item]:
    """Requirements and duties written as sentences in a paragraph, split into one clause each: "You have
    shipped a system others depended on, and you write clearly" → two items; "Day to day you will design
    data models, review pull requests and write SQL" → three. Sentences not addressed to the candidate
    (about the company, the team, the perks) give nothing. `in_items`: also the sentences of list items that are
    paragraphs (a numbered list of problems under a heading that names no kind)."""
    items: list[Item] = []
    for block in section.blocks:
        kinds = (Kind.TEXT, Kind.ITEM) if in_items else (Kind.TEXT,)
        if block.kind not in kinds or block.link or line_reason(block.text):
            continue
        written = sentences(block.text)
        subject = _subject(written[0]) if block.kind is Kind.ITEM and written else None
        for sentence in written:
            wanted = _WE_NEED.match(sentence) if in_items else None
            clauses = [f"Deliver {sentence[wanted.end() :].rstrip(' .!')}"] if wanted else _clauses(sentence)
            if subject:
                clauses = [_IT.sub(f"the {subject}", clause, count=1) for clause in clauses]
            items.extend(Item(clause, block.line) for clause in clauses if _stands_alone(clause))
    return items


def _subject(sentence: str) -> str | None:
    """What a numbered problem is about, for the "it" of the duty that follows: "Our matchmaker works well at 30k
    players but ... You'll help redesign it" → "matchmaker" (the words before the first verb, which ends in -s)."""
    found = _SUBJECT.match(sentence)
    return found.group(1) if found else None


_SUBJECT = re.compile(
    r"^(?:our|the|your)\s+((?:[\w/-]+\s+){0,2}?[\w/-]+)\s+"
    r"(?:[a-z]+[^s\W]s|is|was|has|can|cannot|will|could)\b",
    re.IGNORECASE,
)
_WE_NEED = re.compile(
    r"^we (?:want|need|would like)\s+"
    r"(?!(?:you|someone|people|an? (?:engineer|person))\b|(?:[\w-]+ ){0,3}(?:engineers?|developers?|people|hires?)\b)",
    re.I,
)
"""In a numbered problem ("We need idempotent write APIs and ..."), what the team needs is the work to deliver."""
_POINTS_BACK = re.compile(
    r"\b(?:both|either|them|those|these)(?:\W*$|\s*[:—–])|^[\w-]+ (?:(?:the design|each|all|any|some) of )?"
    r"(?:it|its|them|their|those|these|this|that|both|one)\b(?! (?:of|in|on|for|with)\b)|^be the\b|"
    r"^[\w-]+ the (?:\w+ )?of (?:it|its|them|their)\b|"
    r"^[\w-]+ the (?:migration|move|change|work|project|effort|rollout|transition|replacement)$",
    re.I,
)
"""A clause whose object is named in the sentences before it ("an architecture that serves both", "lead the design of
both: ...", "debug those", "deliver one that ..."), or that says who the hire is rather than what they do ("be the
engineer people want in the room"): alone on a card it points at nothing."""
_CHROME = re.compile(r"https?://|\bwww\.|\b(?:before|to|when) you apply\b", re.I)
"""A sentence that points the reader at a web page or the application, not at the work."""
_IT = re.compile(r"(?<=\w )it\b(?!['’])")


def _stands_alone(clause: str) -> bool:
    """Whether a clause read out of prose can be asked on a card of its own: not pointing at an earlier sentence,
    not about a web page or applying."""
    return not (_POINTS_BACK.search(clause) or _DEMONSTRATIVE.search(clause) or _CHROME.search(clause))


def _clauses(sentence: str) -> list[str]:
    lead = _ADDRESSED.match(sentence)
    if lead is None and _LISTED_DUTIES.match(sentence):
        return duty_phrases(sentence)  # "Responsibilities include: owning ..., setting ..., mentoring ..."
    if lead is None or is_question(sentence):
        return []
    text = sentence[lead.end() :].rstrip(" .!")
    clauses = []
    for number, clause in enumerate(_REASON.sub("", part).strip(" ,") for part in _CLAUSE_BREAK.split(text)):
        if not clause.lower().startswith(("you", "we ")) or (number and _BACK_REFERENCE.search(clause)):
            continue
        clauses.extend(_duties(clause))
    return [clause[:1].upper() + clause[1:] for clause in clauses if len(clause.split()) >= 3]


def _duties(clause: str) -> list[str]:
    """ "you will design data models, review pull requests and write SQL" → one duty per verb phrase (not one whose
    "it" points at an earlier one: "own the platform, lead the engineers who work on it")."""
    will = _WILL.match(clause)
    if will is None:
        return [clause]
    duty = _OPTIONS.sub("", clause[will.end() :])
    parts = [part.strip() for part in _LIST_PART.split(duty) if part.strip()]
    if len(parts) < 3 or not all(part.split(" ", 1)[0].lower() in VERBS for part in parts[1:]):
        return [duty]  # "own the strategy for X, whether that means sagas, an outbox, ...": one duty
    return [part for number, part in enumerate(parts) if not (number and _BACK_REFERENCE.search(part))]


_OPTIONS = re.compile(r",\s+(?:whether|be it)\b.*$", re.IGNORECASE)
"""The options a duty may take ("..., whether that means sagas, an outbox or ..."): the posting's own choices, not
the candidate's past."""


_DUTY_LEAD = re.compile(
    r"^(?:(?:as an? [^,]{1,60}|additionally|also|in addition|finally|in this role|typically|usually|day to day),\s*)+",
    re.IGNORECASE,
)
_DUTY_SUBJECT = re.compile(
    r"^(?:you(?: will|['’]ll| would)?(?: also)?(?: be (?:responsible|accountable) for)?|they(?: also)?|"
    r"(?:this|it|the (?:role|job|work|position)|"
    r"(?:the )?(?:key |main |typical |core )?(?:responsibilities|duties|tasks))"
    r" (?:also )?(?:includes?|involves?|covers?|means?)):?\s+",
    re.IGNORECASE,
)
_LISTED_DUTIES = re.compile(
    r"^(?:(?:key |main |typical |core )?(?:responsibilities|duties)|the (?:role|job) (?:also )?(?:includes?|involves?))"
    r"\b",
    re.IGNORECASE,
)
"""A sentence that lists the job's duties without addressing the candidate ("Responsibilities include: ...")."""
_PURPOSE = re.compile(r",?\s+(?:to ensure|to make sure|so that|in order to)\b.*$", re.IGNORECASE)


def duty_phrases(answer: str) -> list[str]:
    """The duties an answer to "What does a backend engineer do?" lists, one verb phrase each: "You will be
    responsible for designing and maintaining services. This includes writing tests, reviewing code and
    fixing bugs." → "Designing and maintaining services", "Writing tests", "Reviewing code", "Fixing bugs".
    Sentences that do not list the work (about the field, the pay, the market) give nothing."""
    phrases: list[str] = []
    for sentence in sentences(answer):
        text = _DUTY_LEAD.sub("", sentence.strip().rstrip(" .!"))
        subject = _DUTY_SUBJECT.match(text)
        if subject is None or text[: subject.end()].strip().lower() in ("you", "you also"):  # "you need a degree"
            continue
        rest = _PURPOSE.sub("", text[subject.end() :])
        first = rest.split(" ", 1)[0].lower().rstrip(",")
        parts = _gerund_phrases(rest) if first in GERUNDS else [rest]
        phrases.extend(part[:1].upper() + part[1:] for part in parts if len(part.split()) >= 2)
    return phrases


def _gerund_phrases(text: str) -> list[str]:
    """ "designing, developing, and maintaining apps, managing databases, and building APIs" → two phrases:
    a gerund with no object yet is coordinated with the next one, a part that is not a gerund belongs to
    the one before it (", efficient, and reliable code")."""
    pieces = _LIST_PART_KEPT.split(text)
    phrases: list[str] = []
    pending = previous = ""
    for index in range(0, len(pieces), 2):
        part, separator = pieces[index], pieces[index + 1] if index + 1 < len(pieces) else ""
        first = part.split(" ", 1)[0].lower()
        if first not in GERUNDS and phrases and not pending:
            phrases[-1] += previous + part
        elif len(part.split()) == 1 and first in GERUNDS:
            pending += part + separator
        else:
            phrases.append(pending + part)
            pending = ""
        previous = separator
    return phrases


def _inline_items(block: Block, kind: SectionKind) -> list[Item]:
    """Items written on one line: "Python (Django/Flask) Node.js (Express.js) ...", "A, B, C", "A → B → C"."""
    text = block.text
    if kind is SectionKind.CAREER:
        for arrow in ("→", "->", "=>", "»", ">"):
            if text.count(arrow) >= 1 and len(text) <= 300:
                return [Item(part.strip(), block.line) for part in text.split(arrow) if part.strip()]
        return []
    if ". " in text or len(text) > 500:
        return []
    label, colon, listed = text.partition(": ")
    body = listed if colon and len(label.split()) <= 4 else text
    parts = [part.strip() for part in _split_list(body)]
    if len(parts) >= 3 and all(0 < len(part.split()) <= 4 for part in parts):
        return [Item(part.rstrip("."), block.line) for part in parts]
    return _run_of_names(body, block.line)


_LABELLED = re.compile(
    r"^(?P<label>(?:(?:our|the|main|core|key) )?(?:tech(?:nical|nology)? stack|stack|tools?(?: (?:and|&) technologies)?"
    r"|tooling|technolog(?:y|ies)|(?:programming )?languages?|frameworks?|(?:tech(?:nical)? )?skills|platforms?"
    r"|databases?|infrastructure|libraries))\s*:\s*(?P<body>\S.*)$",
    re.IGNORECASE,
)
"""A line that lists technologies after a label: "Tools: Jira, Confluence, dbt", "Tech stack: Go, Kafka"."""


def labelled_items(block: Block) -> tuple[str, list[Item]] | None:
    """(label, items) for a "Tools: a, b, c" line (two or more short items), else None."""
    match = _LABELLED.match(block.text) if ":" in block.text[:40] else None
    if match is None or ". " in match.group("body"):
        return None
    parts = [part.rstrip(".") for part in _split_list(match.group("body"))]
    if len(parts) < 2 or not all(0 < len(part.split()) <= 4 for part in parts):
        return None
    return match.group("label"), [Item(part, block.line) for part in parts]


def _split_list(text: str) -> list[str]:
    """ "Java, AWS (ECS, SQS) and Docker" → ["Java", "AWS (ECS, SQS)", "Docker"]: separators inside
    brackets belong to their item."""
    for separator in (";", ",", "|", "•", "·"):
        if separator in text:
            parts = []
            for part in _outside_brackets(text, separator):
                part = part.strip()
                for joiner in ("and ", "or ", "& "):
                    if part.startswith(joiner):
                        part = part[len(joiner) :]
                parts.append(part)
            return [part for part in parts if part]
    return [text]


def _outside_brackets(text: str, separator: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for index, char in enumerate(text):
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth = max(depth - 1, 0)
        elif char == separator and depth == 0:
            parts.append(text[start:index])
            start = index + 1
    return [*parts, text[start:]]


def _run_of_names(text: str, line: int) -> list[Item]:
    """ "Python (Django/Flask) Node.js (Express.js) Java (Spring Boot) PostgreSQL": one item per name.

    Names are the skills found outside parentheses (a parenthesis belongs to the name before it);
    a capitalised word that is no known skill counts as a name of its own. Lower-case words mean
    the line is prose, not a run of names.
    """
    matches = scan(text)
    if len(matches) < 3:
        return []
    items: list[list[int]] = []  # [start, end] spans in `text`
    depth = 0
    index = 0
    while index < len(text):
        char = text[index]
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(depth - 1, 0)
            if depth == 0 and items:
                items[-1][1] = index + 1
        elif depth == 0 and not char.isspace() and char not in ",;":
            match = next((m for m in matches if m.start == index), None)
            end = match.end if match else _word_end(text, index)
            word = text[index:end]
            if match is None and word.lower() in ("and", "or", "&"):
                index = end
                continue
            if match is None and not word[:1].isupper():
                return []
            items.append([index, end])
            index = end
            continue
        index += 1
    found = [Item(text[a:b].strip(), line) for a, b in items]
    return found if len(found) >= 3 else []


def _word_end(text: str, start: int) -> int:
    end = start
    while end < len(text) and not text[end].isspace() and text[end] not in "(,;":
        end += 1
    return end


def definitions(items: list[Item]) -> list[tuple[str, str, int]]:
    found = []
    for item in items:
        for separator in (" - ", " – ", " — ", ": "):
            term, sep, description = item.text.partition(separator)
            if sep and 0 < len(term.split()) <= 5 and len(description.split()) >= 3:
                found.append((term.strip(), description.strip().rstrip("."), item.line))
                break
    terms = {term.casefold() for term, _, _ in found}
    return found if len(found) >= MIN_DEFINITIONS and len(terms) == len(found) else []
