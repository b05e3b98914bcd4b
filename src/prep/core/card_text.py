"""The small Markdown subset card text may use: paragraphs, list items, `inline code` and fenced code.

Prompts, answers and explanations are read into `Block`s here, once, for every front end: the TUI
styles inline code and highlights code blocks, plain mode indents code blocks and prints the rest
as text. Inside a paragraph or list item single newlines are joined, so a pack can wrap its lines
anywhere and the text still wraps well at any width; a code block keeps its lines exactly. Nothing
else is interpreted — no links, no HTML, no emphasis — so pack text stays literal everywhere.

`problems()` is what the validator reports: a fence never closed, a language prep does not know.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LANGUAGES = frozenset(
    [
        "bash",
        "c",
        "console",
        "cpp",
        "csharp",
        "css",
        "diff",
        "dockerfile",
        "go",
        "graphql",
        "hcl",
        "html",
        "http",
        "ini",
        "java",
        "javascript",
        "json",
        "kotlin",
        "nginx",
        "php",
        "protobuf",
        "python",
        "ruby",
        "rust",
        "scala",
        "shell",
        "sql",
        "text",
        "toml",
        "typescript",
        "xml",
        "yaml",
    ]
)
"""Languages a code block may name (an empty name is plain text)."""
ALIASES = {"py": "python", "js": "javascript", "ts": "typescript", "sh": "bash", "golang": "go", "yml": "yaml",
           "proto": "protobuf", "terraform": "hcl", "tf": "hcl", "cs": "csharp", "rb": "ruby", "rs": "rust",
           "plaintext": "text", "txt": "text", "postgresql": "sql", "docker": "dockerfile"}  # fmt: skip

_FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})\s*([\w+#-]*)\s*$")
_ITEM = re.compile(r"^\s*(?:([-*+])|(\d{1,3})[.)])\s+(.*)$")


@dataclass(frozen=True, slots=True)
class Block:
    kind: str
    """"paragraph", "item" (of a list) or "code"."""
    text: str
    marker: str = ""
    """An item's marker as written ("-", "1."): numbered lists keep their numbers."""
    language: str = ""
    """A code block's language, by its canonical name (see `ALIASES`); "" for plain text."""


def language_of(name: str) -> str:
    name = name.lower()
    return ALIASES.get(name, name)


def blocks(text: str) -> list[Block]:
    """`text` as its paragraphs, list items and code blocks, in order (an unclosed fence runs to the end)."""
    found: list[Block] = []
    lines = text.split("\n")
    open_lines: list[str] = []
    marker = ""

    def close() -> None:
        nonlocal open_lines, marker
        if open_lines:
            joined = " ".join(line.strip() for line in open_lines)
            found.append(Block("item" if marker else "paragraph", joined, marker))
        open_lines, marker = [], ""

    index = 0
    while index < len(lines):
        line = lines[index]
        fence = _FENCE.match(line)
        if fence:
            close()
            indent, mark, name = fence.groups()
            end = next((n for n in range(index + 1, len(lines)) if lines[n].strip().startswith(mark[0] * len(mark))
                        and not lines[n].strip().strip(mark[0])), len(lines))  # fmt: skip
            code = [_dedent(body, len(indent)) for body in lines[index + 1 : end]]
            found.append(Block("code", "\n".join(code).rstrip("\n"), language=language_of(name)))
            index = end + 1
            continue
        item = _ITEM.match(line)
        if not line.strip():
            close()
        elif item:
            close()
            marker = item.group(1) or f"{item.group(2)}."
            open_lines = [item.group(3)]
        else:
            open_lines.append(line)
        index += 1
    close()
    return found


def _dedent(line: str, width: int) -> str:
    """A code line without the indentation its fence had (lines indented less lose what they have)."""
    if not width:
        return line
    return line[width:] if line[:width].isspace() else line.lstrip()


def problems(text: str) -> list[tuple[int, str]]:
    """(line within `text`, 0-based; message) for each fence never closed or naming an unknown language."""
    found = []
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        fence = _FENCE.match(lines[index])
        if fence:
            _indent, mark, name = fence.groups()
            if name and language_of(name) not in LANGUAGES:
                known = ", ".join(sorted(LANGUAGES))
                found.append((index, f"code block language {name!r} is not one prep knows; use one of {known}"))
            end = next(
                (n for n in range(index + 1, len(lines)) if lines[n].strip() and not lines[n].strip().strip(mark[0])),
                None,
            )
            if end is None:
                found.append(
                    (index, f"code block opened with {mark} is never closed; end it with {mark} on its own line")
                )
                return found
            index = end
        index += 1
    return found


def plain(text: str, indent: str = "") -> str:
    """The text for a plain terminal: paragraphs and items as lines of text, code blocks indented by
    four spaces and never wrapped."""
    out = []
    for block in blocks(text):
        if block.kind == "code":
            out.append("\n".join(f"{indent}    {line}" if line else "" for line in block.text.split("\n")))
        elif block.kind == "item":
            out.append(f"{indent}{block.marker} {block.text}")
        else:
            out.append(f"{indent}{block.text}")
    return "\n".join(out)
