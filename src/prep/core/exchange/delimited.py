"""Delimited text: the records of a TSV or CSV file, and plain `front<TAB>back[<TAB>tags]` decks.

`rows()` reads records the way Anki does (RFC 4180 with any delimiter: a field that starts with
`"` is quoted, `""` is a quote inside one, a `"` elsewhere is literal; `#` lines are comments
when asked), and gives each record the line it starts on. Python's `csv` module is not used: it
has no comments, counts lines at a record's end, and caps a field at 128 KiB.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from prep.core.exchange.drafts import Reading
from prep.core.exchange.notes import Note, note_drafts, stock_faces
from prep.errors import PackError

SNIFFED_CHARS = 8192
TAB_SUFFIXES = (".tsv", ".tab")
HEADER_NAMES = frozenset({"front", "back", "tags"})
HTML_RECORDS = 5
_HTML = re.compile(r"<!--.*?-->|<style.*?>.*?</style>|<script.*?>.*?</script>|<.*?>", re.IGNORECASE | re.DOTALL)
"""Anki's test for HTML in a file without an `#html:` header, applied to its first five records."""
_QUOTED = re.compile(r'"([^"]*(?:""[^"]*)*)"')


@dataclass(frozen=True, slots=True)
class Row:
    line: int
    """The line the record starts on."""
    cells: list[str]


def rows(shown: str, text: str, delimiter: str, *, first_line: int = 1, comments: bool = False) -> Iterator[Row]:
    """The records of `text` (which has `\\n` line ends); blank lines are skipped."""
    unquoted = re.compile(f"[^{re.escape(delimiter)}\n]*")
    position, line, end = 0, first_line, len(text)
    while position < end:
        if text[position] == "\n" or (comments and text[position] == "#"):
            newline = text.find("\n", position)
            position = end if newline < 0 else newline + 1
            line += 1
            continue
        start = line
        cells: list[str] = []
        while True:
            if text.startswith('"', position):
                quoted = _QUOTED.match(text, position)
                if quoted is None:
                    raise PackError(shown, 'a quoted field starts here and never ends; close it with " '
                                    '(write a quote inside a quoted field as "")', line=line)  # fmt: skip
                line += quoted.group(1).count("\n")
                rest = unquoted.match(text, quoted.end())
                assert rest is not None  # matches the empty string at worst
                cells.append(quoted.group(1).replace('""', '"') + rest.group())
                position = rest.end()
            else:
                plain = unquoted.match(text, position)
                assert plain is not None
                cells.append(plain.group())
                position = plain.end()
            if position < end and text[position] == delimiter:
                position += 1
                continue
            break
        position += 1  # the newline, or past the end
        line += 1
        yield Row(start, cells)


def delimiter_for(text: str, suffix: str) -> str:
    """Tab for .tsv/.tab files and any file with a tab near its start; else `;` when more of the
    first lines have one than a comma (a spreadsheet's CSV in a comma-decimal locale), else `,`."""
    if suffix.lower() in TAB_SUFFIXES or "\t" in text[:SNIFFED_CHARS]:
        return "\t"
    return comma_or_semicolon(text)


def comma_or_semicolon(text: str) -> str:
    lines = [_QUOTED.sub("", line) for line in text[:SNIFFED_CHARS].split("\n")[:20]]
    semicolons = sum(";" in line for line in lines)
    commas = sum("," in line for line in lines)
    return ";" if semicolons > commas else ","


def looks_like_html(records: Sequence[Row]) -> bool:
    return any(_HTML.search(cell) for row in records[:HTML_RECORDS] for cell in row.cells)


def read_delimited(shown: str, text: str, suffix: str, delimiter: str = "") -> Reading:
    """A plain deck: `front<TAB>back[<TAB>tags]` (or commas), an optional `front,back,tags` header row.

    A file with HTML in its first records is an Anki export without headers, and its fields are
    read as HTML, as Anki would; any other field is plain text, where a line break stays one."""
    delimiter = delimiter or delimiter_for(text, suffix)
    records = list(rows(shown, text, delimiter))
    html = looks_like_html(records)
    reading = Reading(format="Anki text" if html else "TSV" if delimiter == "\t" else "CSV")
    extra_columns = False
    for index, row in enumerate(records):
        cells = [cell.strip() for cell in row.cells]
        if not any(cells) or (index == 0 and _is_header(cells)):
            continue
        if len(cells) < 2:
            name = "a tab" if delimiter == "\t" else repr(delimiter)
            reading.problem(shown, row.line, f"skipped: one column only; write front, back and tags apart by {name}")
            continue
        if len(cells) > 3 and not extra_columns:
            extra_columns = True
            reading.problem(shown, row.line, f"{len(cells)} columns; prep reads front, back and tags, and no more")
        fields = (cells[0], cells[1])
        cloze, faces, _unsupported = stock_faces("", fields)
        tags = tuple(cells[2].split()) if len(cells) > 2 else ()
        note_drafts(Note(row.line, fields, faces, cloze=cloze, html=html, tags=tags), reading, shown)
    return reading


def _is_header(cells: list[str]) -> bool:
    names = {cell.lower() for cell in cells if cell}
    return bool(cells) and cells[0].lower() == "front" and names <= HEADER_NAMES
