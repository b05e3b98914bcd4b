"""The cohort report as one self-contained HTML page: inline CSS, CSS bars and inline SVG, no script.

Nothing is fetched and nothing runs: the page's Content-Security-Policy forbids scripts and every
outside resource, and every piece of text that came from an export or a pack (names, pack and
topic names) is passed through `visible()` and HTML-escaped. It prints as it shows.
"""

from __future__ import annotations

from html import escape

from prep import __version__
from prep.core.cohort import BEHIND_MARGIN, CohortReport, StudentFigures, TopicCohort
from prep.core.model import Level
from prep.core.text import visible

BINS = 10
"""The readiness histogram's bars: 0–10 %, 10–20 %, … 90–100 %."""

STYLE = """
:root { --ink: #1d2733; --muted: #5b6876; --line: #d8dee5; --bar: #2f6fb2; --weak: #c2410c; --track: #e8edf2; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--ink);
       margin: 2rem auto; max-width: 72rem; padding: 0 1.5rem; background: #fff; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2.5rem 0 .5rem; border-bottom: 2px solid var(--ink); padding-bottom: .25rem; }
h2 small, .meta { color: var(--muted); font-weight: normal; font-size: .9rem; }
h3 { font-size: 1rem; margin: 1.5rem 0 .5rem; }
p { margin: .3rem 0; }
.definition { max-width: 60rem; color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: .8rem; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.name { overflow-wrap: anywhere; min-width: 9rem; max-width: 18rem; }
td.ready { white-space: nowrap; }
tr.behind td.name::after { content: " ●"; color: var(--weak); }
.share { white-space: nowrap; font-variant-numeric: tabular-nums; }
.bar { display: inline-block; width: 6rem; height: .7rem; background: var(--track); border-radius: 2px;
       vertical-align: middle; margin-right: .4rem; overflow: hidden; }
.bar > span { display: block; height: 100%; background: var(--bar); }
tr.behind .bar > span { background: var(--weak); }
.none { color: var(--muted); }
.behind-list { color: var(--weak); }
svg { display: block; margin: .5rem 0 1rem; }
svg text { font: 11px system-ui, sans-serif; fill: var(--muted); }
svg rect.count { fill: var(--bar); }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line);
         padding-top: .5rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  section.level { break-before: page; }
  section.level:first-of-type { break-before: auto; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  .bar > span, svg rect { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


def text(value: object) -> str:
    """Any text for the page: control characters made visible, then escaped, quotes included."""
    return escape(visible(str(value)), quote=True)


def render_page(report: CohortReport) -> str:
    sections = "\n".join(_level_section(report, level) for level in report.levels)
    title = f"prep cohort report · {report.day.isoformat()}"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{text(title)}</title>
<style>{STYLE}</style>
</head>
<body>
<header>
<h1>Cohort report</h1>
<p class="meta">{len(report.names)} students · readiness at the end of {report.day.isoformat()}
 · levels: {text(", ".join(level.label for level in report.levels))}</p>
{_definition(report)}
</header>
{sections}
{_footer(report)}
</body>
</html>
"""


def _definition(report: CohortReport) -> str:
    margin = round(BEHIND_MARGIN * 100)
    return (
        '<p class="definition"><strong>Ready</strong> is the chance, by the FSRS forgetting curve, that the'
        " student would recall each card of the level's pool at the end of the day, averaged over the whole"
        " pool: the denominator is every card of the level and the levels below it in the packs this report"
        " was made with (the pool size is given for each level). Cards never studied count 0, and so do cards"
        " failed and not recalled since. <strong>Recall of studied</strong> is the same mean over only the"
        " cards the student has studied on that track, so it is the kinder figure. <strong>Accuracy</strong>"
        " is right quiz answers over answers; the <strong>streak</strong> counts days in a row with reviews."
        f" A student marked ● is at least {margin} points below the cohort's mean; under each topic, those"
        f" at least {margin} points below the topic's mean are listed as behind. Cards no pack here knows"
        ' count under the topic "unknown".</p>'
    )


def _level_section(report: CohortReport, level: Level) -> str:
    students = [figures for figures in report.students if figures.level is level]
    topics = [topic for topic in report.topics if topic.level is level]
    mean = report.means[level]
    summary = f"{report.pools[level]} cards in the pool · cohort mean {_percent(mean)}"
    rows = "\n".join(_student_row(figures) for figures in students)
    topic_rows = "\n".join(_topic_row(topic) for topic in topics)
    return f"""<section class="level">
<h2>{text(level.label.capitalize())} <small>{text(summary)}</small></h2>
<p class="meta">Students by readiness, in tenths</p>
{_histogram(students, level)}
<table class="students">
<thead><tr><th>Student</th><th>Ready</th><th class="number">Studied</th><th class="number">Recall of studied</th>
<th class="number">Accuracy</th><th class="number">Streak</th><th>Last active</th><th>Weakest topics</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<h3>Topics · weakest first</h3>
<table class="topics">
<thead><tr><th>Topic</th><th class="number">Cards</th><th>Cohort mean</th><th class="number">Students</th>
<th>Behind</th></tr></thead>
<tbody>
{topic_rows}
</tbody>
</table>
</section>"""


def _student_row(f: StudentFigures) -> str:
    extra = f" + {f.studied - f.studied_in_pool} outside it" if f.studied > f.studied_in_pool else ""
    accuracy = f"{_percent(f.accuracy)} of {f.answered}" if f.answered else '<span class="none">no answers</span>'
    active = f.last_active.astimezone().date().isoformat() if f.last_active else '<span class="none">never</span>'
    weakest = text(", ".join(f.weakest)) if f.weakest else '<span class="none">—</span>'
    if f.not_started:
        weakest += f' <span class="none">({f.not_started} not started)</span>'
    return (
        f'<tr class="{"behind" if f.behind else "student"}"><td class="name">{text(f.student)}</td>'
        f'<td class="ready">{_bar(f.readiness)}</td>'
        f'<td class="number">{f.studied_in_pool} of {f.pool}{text(extra)}</td>'
        f'<td class="number">{_percent(f.recall_studied)}</td><td class="number">{accuracy}</td>'
        f'<td class="number">{f.streak} d</td><td>{active}</td><td>{weakest}</td></tr>'
    )


def _topic_row(t: TopicCohort) -> str:
    behind = ", ".join(f"{text(name)} {_percent(value)}" for name, value in t.behind)
    shown = f'<span class="behind-list">{behind}</span>' if behind else '<span class="none">—</span>'
    return (
        f'<tr><td class="name">{text(t.topic)}</td><td class="number">{t.cards}</td>'
        f'<td class="ready">{_bar(t.readiness)}</td>'
        f'<td class="number">{t.students}</td><td>{shown}</td></tr>'
    )


def _bar(share: float | None) -> str:
    if share is None:
        return '<span class="none">—</span>'
    width = max(0.0, min(1.0, share)) * 100
    return f'<span class="bar"><span style="width:{width:.1f}%"></span></span><span class="share">{share:.0%}</span>'


def _percent(share: float | None) -> str:
    return "—" if share is None else f"{share:.0%}"


def _histogram(students: list[StudentFigures], level: Level) -> str:
    """How many students are at each tenth of readiness, as a small inline SVG bar chart."""
    counts = [0] * BINS
    for figures in students:
        if figures.readiness is not None:
            counts[min(BINS - 1, int(figures.readiness * BINS))] += 1
    top = max(counts) or 1
    width, gap, height, room = 36, 4, 80, 14  # room: above the bars for their counts, below for the axis
    bars, labels = [], []
    for index, count in enumerate(counts):
        x = index * (width + gap)
        size = round(height * count / top)
        bars.append(f'<rect class="count" x="{x}" y="{room + height - size}" width="{width}" height="{size}"/>')
        if count:
            bars.append(f'<text x="{x + width / 2}" y="{room + height - size - 3}" text-anchor="middle">{count}</text>')
        labels.append(f'<text x="{x + width / 2}" y="{room + height + room}" text-anchor="middle">{index * 10}%</text>')
    tall, wide = room + height + room + 4, BINS * (width + gap)
    label = f"{level.label}: students by readiness, in tenths: " + ", ".join(str(count) for count in counts)
    return (
        f'<svg role="img" aria-label="{text(label)}" width="{wide}" height="{tall}" viewBox="0 0 {wide} {tall}">'
        f"{''.join(bars)}{''.join(labels)}</svg>"
    )


def _footer(report: CohortReport) -> str:
    skipped = ""
    if report.skipped:
        items = "".join(f"<li>{text(problem)}</li>" for problem in report.skipped)
        skipped = f"<p>{len(report.skipped)} export(s) could not be read and are left out:</p><ul>{items}</ul>"
    packs = text(", ".join(report.packs)) or "none"
    unknown = ""
    if report.unknown_packs:
        named = ", ".join(f"{text(pack)} ({count} student{'s' if count != 1 else ''})"
                          for pack, count in report.unknown_packs.items())  # fmt: skip
        unknown = f"<p>Cards from packs this report was not given (under “unknown”): {named}.</p>"
    return f"<footer>{skipped}<p>Packs: {packs}.</p>{unknown}<p>Made by prep {text(__version__)}.</p></footer>"
