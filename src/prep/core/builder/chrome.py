"""Page chrome: the parts of a web page that are not about the job and must never become cards.

Salaries, locations, benefits, calls to action ("Start Free Trial", "Ready to apply?", "See 10
live ... jobs"), navigation, tables of contents, legal notices and comment sections. Headings that
announce them make their whole section chrome; single lines are checked on their own wherever a
card could come from them.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from prep.core.builder.interview_words import LOGISTICS


def _pattern(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(parts), re.IGNORECASE)


_JOB_BOARD_PARTS = (
    r"^easy apply$",
    r"^save$",
    r"^save (?:.{1,100} )?(?:engineer|developer|programmer|manager|lead|architect|sre|intern)\b.{0,60} at .{1,80}$",
    r"^set (?:an? )?(?:job )?alert$",
    r"^report this (?:job|post|posting)$",
    r"^message$",
    r"^promoted(?: by (?:the )?hirer)?$",
    r"^skip to (?:the )?(?:main )?content$",
    r"^meet the hiring team$",
    r"^(?:hiring team|job poster)$",
    r"^looking for (?:talent|candidates)\??$",
    r"^get notified about\b",
    r"^referrals increase\b",
    r"^(?:employment type|job function|industries)$",
    r"^actively (?:recruiting|hiring|reviewing applicants)$",
    r"\b(?:over )?\d[\d,]* applicants\b",
    r"^(?:show (?:more|less)|see more)$",
    r"^[\d,.]+k? followers$",
    r"^(?:my network|notifications|messaging|for business)$",
    r"^try premium\b",
)
"""The buttons and labels a job board wraps a posting in, as a page copied from a browser keeps them."""
_JOB_BOARD = _pattern(*_JOB_BOARD_PARTS)

_HEADINGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "salary",
        _pattern(
            r"\bsalar",
            r"\bcompensation\b",
            r"^pay\b",
            r"\bpay (?:range|scale|band)",
            r"\bwages?\b",
            r"how much (?:do|does|can)\b.*\b(?:earn|make|paid)",
        ),
    ),
    (
        "benefits",
        _pattern(
            r"^(?:our |employee |the )?benefits(?: (?:and|&) perks)?$",
            r"^perks\b",
            r"what we offer",
            r"why (?:join|work)",
            r"why you(?:'|’)?ll love",
            r"^we offer\b",
            r"^(?:what )?you(?:'|’)?ll get\b",
        ),
    ),
    (
        "locations",
        _pattern(
            r"\blocations?\b",
            r"\bcities\b",
            r"\bjobs? (?:in|near|by)\b",
            r"popular jobs",
            r"\bwhere (?:to|are the) (?:work|jobs)\b",
            r"^(?:remote|hybrid|on-?site)\b",
        ),
    ),
    (
        "call to action",
        _pattern(
            r"^(?:ready to |how to |where to |want to |time to )?apply\b",
            r"\bapply (?:now|today|here|online|for (?:this|the) (?:job|role|position))",
            r"\b(?:application|hiring|interview|recruitment|selection) process\b",
            r"^(?:application|screening|applicant) question(?:s|\(s\))?\b",
            r"free trial",
            r"get started",
            r"sign (?:up|in)\b",
            r"\blog ?in\b",
            r"\bsubscribe\b",
            r"newsletter",
            r"^download\b",
            r"^contact(?: us)?\b",
            r"\bshare (?:this|on)\b",
            r"\bfollow us\b",
            r"\bjoin (?:us|our team)\b",
            r"\bpost a job\b",
            r"\bwe(?:'|’)?re hiring\b",
            r"\bbook a demo\b",
            r"\brequest a demo\b",
            r"^see \d+",
            r"\blive jobs\b",
            r"^find\b.*\bjobs?\b",
            r"^browse\b",
            r"^search\b",
            r"^interested\b",
            r"\bsound(?:s)? like you\b",
            r"\bwas this (?:article |page )?helpful\b",
        ),
    ),
    (
        "navigation",
        _pattern(
            r"table of contents",
            r"^contents$",
            r"^on this page$",
            r"^in this (?:article|guide|post)$",
            r"^navigation$",
            r"^menu$",
            r"^(?:related|similar|more|recommended) (?:jobs|articles|posts|"
            r"roles|reading|positions|searches)",
            r"popular searches",
            r"\btrending\b",
            r"you may also like",
            r"^see also$",
            r"^(?:useful |further )?(?:links|resources|reading)$",
            r"^references$",
            r"^categories$",
            r"^tags$",
            r"back to top",
            r"^breadcrumbs?$",
            r"^footer$",
            r"^sidebar$",
        ),
    ),
    (
        "about the company",
        _pattern(
            r"^about (?:us|the company|our company|the team|company)\b",
            r"^who we are\b(?! (?:looking|hiring|searching|seeking)\b)",
            r"^our (?:company|story|mission|values|culture|team)\b",
            r"^company (?:overview|description|info)",
            r"^why us\b",
        ),
    ),
    (
        "legal",
        _pattern(
            r"equal (?:opportunity|employment)",
            r"\beeo\b",
            r"\bdisclaimer\b",
            r"privacy policy",
            r"terms (?:of|and) ",
            r"\bcookie (?:policy|settings|preferences|consent|banner)\b",
            r"\bwe use cookies\b",
            r"\bcopyright\b",
            r"all rights reserved",
            r"diversity (?:and|&) inclusion statement",
        ),
    ),
    (
        "job board",
        _pattern(*_JOB_BOARD_PARTS),
    ),
    (
        "what the job teaches",
        _pattern(
            r"^what you(?:'|’)?ll learn$",
            r"^what you will learn$",
            r"^(?:how )?we(?:'|’)?ll (?:teach|train) you\b",
        ),
    ),
    (
        "not required",
        _pattern(
            r"^not (?:required|needed|necessary|expected|a requirement)\b",
            r"^(?:what |things )?(?:you )?(?:don't|do not|won't|will not) (?:need|have to)\b",
            r"^(?:what |things )?we (?:don't|do not) (?:expect|need|require)\b",
            r"^no need\b",
            r"^you don't need to\b",
        ),
    ),
    (
        "comments",
        _pattern(
            r"^comments?\b",
            r"leave a (?:reply|comment)",
            r"^responses$",
            r"^about the author",
            r"^(?:written|posted|published) by\b",
        ),
    ),
)

_CALL_TO_ACTION = re.compile(
    r"^(?:start|try|get|sign|log|apply|subscribe|download|book|request|join|find|see|view|browse|explore|search|"
    r"hire|learn|read|click|contact|share|follow|watch|register|upgrade|buy|shop|discover|load|show)\b",
    re.IGNORECASE,
)
# (reason, words that must appear for the pattern to have a chance, pattern): most lines skip the regex.
_LINES: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...] = (
    (
        "salary",
        ("$", "€", "£", "¥", "₹", "year", "annum", "annually", "hour", "month", "/yr"),
        _pattern(
            r"[$€£¥₹]\s?\d",
            r"\b\d[\d,.]*\s?(?:k|usd|eur|gbp)\b.{0,30}\b(?:year|yr|annum|annually|hour|month)\b",
            r"\bper (?:year|annum|hour|month)\b",
            r"/\s?(?:year|yr|hour|hr|month)\b",
        ),
    ),
    (
        "locations",
        (", ", "location", "based in", "office", "remote", "hybrid", "site"),
        _pattern(
            r"^[A-Z][A-Za-z.' -]{1,30}, [A-Z]{2}(?:,? (?:USA|US))?$",
            r"^(?:location|based in|office)\s*:",
            r"^(?:remote|hybrid|on-?site)(?:\s*[-/(|,:].{0,40})?$",
        ),
    ),
    (
        "call to action",
        ("open", "job", "apply", "join", "click", "download", "newsletter", "want more", "subscribe", "call", "chat"),
        _pattern(
            r"\bopen to an? (?:quick |short |brief )?(?:\d+[- ]min(?:ute)?s? )?(?:call|chat)\b",
            r"\b(?:download|grab|get) (?:our|the|a|your) free\b",
            r"\bjoin [\d,.]+k? (?:other )?(?:engineers|developers|readers|subscribers|people)\b",
            r"^want more\b",
            r"\b(?:sign up for|subscribe to) (?:our|the) (?:newsletter|mailing list)\b",
            r"\bpositions? (?:are )?open\b",
            r"\bopen (?:positions|roles|jobs)\b",
            r"\bjobs? (?:available|open)\b",
            r"\b\d+\+? (?:live|open|new) jobs\b",
            r"^(?:ready to|want to|time to) (?:apply|join)\b",
            r"\bapply (?:now|today|here)\b",
            r"\bclick here\b",
        ),
    ),
    (
        "navigation",
        (">", "»", "›", "/", "back to top", "next", "previous", "page "),
        _pattern(
            r"^\w[\w ]{0,20}(?:\s[>»›/]\s[\w &-]{1,30}){2,}$",
            r"back to top",
            r"^(?:next|previous)(?: (?:page|post|article))?\s*[:»›>]?$",
            r"^page \d+ of \d+$",
        ),
    ),
    (
        "legal",
        ("©", "(c)", "rights reserved", "privacy", "terms of", "cookie"),
        _pattern(
            r"©",
            r"\(c\) \d{4}",
            r"all rights reserved",
            r"privacy policy",
            r"terms of (?:use|service)",
            r"\bcookies?\b.{0,40}\b(?:accept|consent|use)\b",
        ),
    ),
)
_ANY_TRIGGER = re.compile(
    "|".join(re.escape(trigger) for _, triggers, _ in _LINES for trigger in triggers), re.IGNORECASE
)
_ASCII_TRIGGERS = tuple(trigger for _, triggers, _ in _LINES for trigger in triggers if trigger.isascii())
"""The triggers an ASCII line can hold: for such a line, finding one of them in its lower case is what
`_ANY_TRIGGER` finds (an alternation of literals is slow to search: about ten times slower)."""
MAX_CHROME_LINE = 160
"""Chrome lines are short; a long line that mentions a price or a city is content."""


def _combined(groups: tuple[tuple[str, re.Pattern[str]], ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for a list of (reason, pattern): a single search per heading instead of one per reason."""
    names = {f"g{index}": reason for index, (reason, _) in enumerate(groups)}
    joined = "|".join(f"(?P<g{index}>{pattern.pattern})" for index, (_, pattern) in enumerate(groups))
    return re.compile(joined, re.IGNORECASE), names


_ANY_HEADING, _HEADING_NAMES = _combined(_HEADINGS)


@lru_cache(maxsize=65536)
def heading_reason(text: str) -> str:
    """Why a heading announces page chrome ("salary", "locations", ...), or "" when it does not."""
    match = _ANY_HEADING.search(text)
    return _HEADING_NAMES[match.lastgroup] if match and match.lastgroup else ""


def line_reason(text: str) -> str:
    """Why a line (a list item, a short paragraph) is page chrome, or "" when it is not."""
    if len(text) > MAX_CHROME_LINE:
        return ""
    if _has_trigger(text):
        lower = text.lower()
        for reason, triggers, pattern in _LINES:
            if any(trigger in lower for trigger in triggers) and pattern.search(text):
                return reason
    if len(text) <= 80 and not text.endswith(".") and _CALL_TO_ACTION.match(text) and len(text.split()) <= 8:
        return "call to action"
    if _JOB_BOARD.search(text.strip()):
        return "job board"
    if _navigation(text):
        return "navigation"
    return ""


def _navigation(text: str) -> bool:
    """A site's menu copied with the page ("Jobs  People  Learning  Messages  Notifications  Me")."""
    words = text.split()
    return (
        len(words) >= 4
        and all(word[:1].isupper() and word.isalpha() for word in words)
        and sum(word.lower() in _MENU_WORDS for word in words) >= 3
    )


_MENU_WORDS = frozenset(
    {"home", "jobs", "people", "learning", "messages", "notifications", "me", "network", "companies", "salaries"}
    | {"reviews", "login", "search", "menu", "careers", "about", "blog", "contact", "community", "events", "news"}
    | {"products", "pricing", "resources", "profile", "settings", "help", "discover", "explore", "inbox"}
)


def _has_trigger(text: str) -> bool:
    """Whether `text` holds one of the chrome lines' triggers, in any case."""
    if text.isascii():
        lower = text.lower()
        return any(trigger in lower for trigger in _ASCII_TRIGGERS)
    return _ANY_TRIGGER.search(text) is not None  # case folding beyond ASCII (the Kelvin sign, the long s)


def question_reason(text: str) -> str:
    """Why a question is chrome ("Ready to apply?", "Was this helpful?"), or ""."""
    reason = heading_reason(text) if len(text.split()) <= 8 else ""
    return reason or line_reason(text)


_OFF_TOPIC_FAQ = _pattern(
    r"\bsalar",
    r"\bcompensation\b",
    r"\bpay (?:range|scale|band|grade)s?\b",
    r"\bhow much (?:does|do|will|would|can)\b.{0,60}\b(?:pay|earn|make)\b",
    r"\b(?:well|highly|best|better) paid\b",
    r"\bearnings?\b",
    r"\bwages?\b",
    r"\b(?:job|labou?r|hiring) market\b",
    r"\bjob outlook\b",
    r"\bhow (?:do|can|should) (?:i|you|we) apply\b(?! (?:a|an|the|this|these|those|it|them)\b(?! (?:role|job|"
    r"position|vacancy|opening)s?\b)| [a-z]+ing\b| (?:changes|patches|migrations|filters|backpressure|pressure)\b)",
    r"\bhow to apply\b",
    r"\b(?:application|hiring|interview|recruitment|recruiting|selection) (?:process|rounds?|stages?|steps)\b",
    r"\bhow many (?:interview )?(?:rounds|interviews|stages)\b",
    r"\bhear back\b",
)


_TERMS_FAQ = _pattern(
    r"\b(?:work|working) (?:fully |entirely |mostly )?(?:remote(?:ly)?|from home|hybrid)\b",
    r"\b(?:role|job|position|team)\b.{0,20}\b(?:fully )?(?:remote|hybrid|on-?site|in[- ]office)\b",
    r"\b(?:remote|hybrid) (?:work|working|friendly|options?|policy)\b",
    r"\b(?:relocat\w*|visas?|sponsorship|work permits?|right to work)\b",
    r"\bdo i need (?:a |an )?(?:[\w-]+ ){0,3}"
    r"(?:degree|diploma|qualifications?|certificat\w*|clearance|experience|background)\b",
    r"\bcan i apply\b",
    r"\bopen to (?:graduates|students|new grads|career changers|international applicants)\b",
    r"\b(?:part[- ]time|four[- ]day (?:week|weeks)|start date|notice period|working hours)\b",
    r"\b(?:available|able|free) to start\b|\bwhen can (?:you|i) start\b",
    r"\b(?:my|your|the) first (?:day|days|week|weeks|month|months|90 days)\b|\bonboarding (?:look|work|like)\b",
    r"\bhow (?:often|many days)\b.{0,40}\b(?:office|on-?site|in person)\b",
    r"\bwhen does (?:it|the\b[^?]{0,60}?\b(?:programme|program|scheme|role|job|placement|intake|internship)\)?) "
    r"start\b",
    r"\b(?:start dates?|when (?:do|would|will) i start)\b",
    r"\bis there (?:a )?rotation between teams\b|\b(?:rotate|rotations?) (?:between|across) teams\b",
    r"\bon[- ]?call (?:expectations?|rotations?|schedules?|policy|pay|allowance|compensation|like)\b",
    r"\b(?:is there|will i be|would i be|am i|how often)\b.{0,20}\bon[- ]?call\b",
)
"""A FAQ item about the terms of the job (where, when, who may apply), not the work: no interview question."""


_BENEFITS_FAQ = _pattern(
    r"\b(?:what|which|any|are there|do you offer|do i get)\b.{0,40}\b(?:benefits|perks|pension|holidays?|vacation|"
    r"paid time off|pto|parental leave|stock options|equity|bonus(?:es)?)\b(?! (?:of|and|or|over|versus|vs)\b)"
    r"(?!.{0,40}\b(?:pattern|architecture|sourcing|design|approach|caching|testing|typing)\b)",
)
_PERKS_FAQ = _pattern(r"\b(?:perks|pension|parental leave|paid time off|pto|vacation days|annual leave)\b")
_TO_THE_HIRE = _pattern(
    r"\b(?:i|me|my|you|your|we|our|employees|staff|role|job|position|offer\w*|packages?|includ\w*)\b"
)
"""A FAQ item about what the job gives besides the work ("What benefits do I get?"), asked by the person hired (not
"What benefits does a monorepo give?"): not asked."""


_MARKETING = _pattern(
    r"\b(?:looking|searching) for (?:an? |your )?(?:new |next )?.{0,40}\b(?:jobs?|roles?|vacanc)",
    r"\bjob alerts?\b",
    r"\b(?:sign up|create (?:an? )?(?:free )?(?:account|profile))\b",
    r"\bbrowse\b.{0,40}\b(?:jobs|roles|vacancies)\b",
    r"\bwhy (?:choose|use) (?:us|our)\b",
)
"""A FAQ item that sells the site, not the role: "Looking for backend jobs?", "How do I set up job alerts?"."""


def faq_reason(question: str, answer: str) -> str:
    """Why a FAQ item is not interview material (pay, the job market, how to apply, the site's own marketing), or "".

    The answer's first sentence counts too: a page that printed only answers leaves prep a question
    written from it, and "The average salary for ..." is about pay whatever the question says.
    """
    lead = answer.split(". ", 1)[0]
    for text in (question, lead):
        match = _OFF_TOPIC_FAQ.search(text)
        if match:
            word = match.group().lower()
            return _faq_topic(word)
    if _TERMS_FAQ.search(question):
        return "terms of the job"
    if _PERKS_FAQ.search(question) or (_BENEFITS_FAQ.search(question) and _TO_THE_HIRE.search(question)):
        return "benefits"
    if _MARKETING.search(question) or _MARKETING.search(lead) or seo_reason(answer):
        return "marketing"
    if len(answer) < 200 and "\n" not in answer and _POINTER.search(answer):
        return "the answer is elsewhere on the page"
    if _mostly_perks(answer):
        return "benefits"  # "Why Acme?" answered with the perks list
    return question_reason(question)


def _mostly_perks(answer: str) -> bool:
    lines = [line.strip(" -*•") for line in answer.splitlines() if line.strip(" -*•")]
    return len(lines) >= 2 and sum(bool(LOGISTICS.search(line)) for line in lines) * 2 >= len(lines)


_POINTER = _pattern(r"\b(?:below|above)\b", r":$", r"\bthe following\b")
"""A one-line "answer" that only points at the rest of the page ("one of the paths below")."""


def _faq_topic(words: str) -> str:
    if "market" in words or "outlook" in words:
        return "job market"
    if any(word in words for word in ("appl", "process", "round", "interview", "stage", "step", "hear back")):
        return "applying"
    return "pay"


def off_topic_sentence(sentence: str) -> bool:
    """A sentence inside a role FAQ answer that is about pay, the job market, applying or the site itself."""
    return bool(_OFF_TOPIC_FAQ.search(sentence) or _MARKETING.search(sentence) or _SITE_ACTION.search(sentence))


_SITE_ACTION = _pattern(
    r"\b(?:click|tap) (?:the|on|here)\b",
    r"\bupload your (?:cv|resume|résumé)\b",
    r"\b(?:apply|subscribe|register) (?:now|today|here|online|in minutes)\b",
    r"\bwith one click\b",
    r"\b(?:find|browse|search|discover) (?:thousands|hundreds|dozens) of\b",
    r"\bon our (?:site|website|platform|job board|app)\b",
)

_SEO_WORDS = re.compile(r"[a-z0-9][a-z0-9+#'’-]*")
_SEO_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "in",
        "on",
        "for",
        "to",
        "with",
        "at",
        "by",
        "from",
        "your",
        "you",
        "our",
        "we",
        "is",
        "are",
        "be",
        "as",
        "that",
        "this",
        "it",
        "its",
    ]
)
_JOB_BOARD_WORDS = frozenset({"job", "jobs", "roles", "vacancies", "openings", "careers", "salaries", "hiring"})
MIN_SEO_WORDS = 30


def seo_reason(text: str) -> str:
    """ "keyword stuffing" for a paragraph written for search engines ("backend engineer jobs in Berlin ... backend
    engineer jobs Berlin"): one phrase three times or more among job-board words, else ""."""
    words = _SEO_WORDS.findall(text.lower())
    if len(words) < MIN_SEO_WORDS or sum(word in _JOB_BOARD_WORDS for word in words) < 3:
        return ""
    pairs: dict[tuple[str, str], int] = {}
    for first, second in itertools.pairwise(words):
        if first not in _SEO_STOP and second not in _SEO_STOP:
            pairs[first, second] = pairs.get((first, second), 0) + 1
    return "keyword stuffing" if pairs and max(pairs.values()) >= 3 else ""
