"""Strict, safe YAML: bytes in, plain values out, every value with its line number.

`yaml.safe_load` is not enough for files that strangers write. It turns `no` into False and
`1.10` into 1.1, keeps the last of two duplicate keys, expands alias bombs, and recurses on deep
nesting. Here the file is read as a stream of parser events (libyaml's C parser when present)
and built with an explicit stack, so that:

- every scalar stays exactly the text that was written (only an empty plain value is None);
- tags, anchors and aliases are errors, as are duplicate keys (naming both lines);
- size, nesting depth, value length and node count are bounded before they can cost much;
- the text must be UTF-8 (a BOM is fine) without NUL or other control bytes;
- there must be exactly one document, and its top level must be a mapping.

Every problem is a `PackError` with a line number.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from prep.core.collector import gc_paused
from prep.core.packs.format import MAX_FILE_BYTES, too_big
from prep.core.text import find_control_character
from prep.errors import PackError

MAX_DEPTH = 16
MAX_SCALAR_CHARS = 20_000
MAX_NODES = 1_000_000
TOO_DEEP = f"nested more than {MAX_DEPTH} levels deep; packs are flatter than that"
SYNTAX_ERROR = "YAML syntax error"
"""How prep's message on a file the YAML parser refuses begins; the parser's own words follow in brackets."""

_ALLOWED_TAGS = {None, "!", "tag:yaml.org,2002:str", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"}
_Parser = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class YamlMap(dict):
    """A mapping that remembers its own line and the line of each key."""

    __slots__ = ("key_lines", "line")

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line
        self.key_lines: dict[str, int] = {}


class YamlList(list):
    """A sequence that remembers its own line and the line of each item."""

    __slots__ = ("item_lines", "line")

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line
        self.item_lines: list[int] = []


def read_text(path: str, data: bytes) -> str:
    """Decode a pack file's bytes, rejecting what is not clean UTF-8 text."""
    if len(data) > MAX_FILE_BYTES:
        raise PackError(path, too_big(len(data)))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise PackError(path, "file is UTF-16; save it as UTF-8", line=1)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise PackError(path, "file is not UTF-8 text; save it as UTF-8", line=line) from None
    position = find_control_character(text.replace("\r\n", "\n"))
    if position is not None:
        clean = text.replace("\r\n", "\n")
        char = clean[position]
        line = clean.count("\n", 0, position) + 1
        name = "a NUL byte" if char == "\0" else f"control character U+{ord(char):04X}"
        raise PackError(path, f"{name} in the text; remove it (only tab and newline are allowed)", line=line)
    return text


def parse(path: str, text: str) -> YamlMap:
    """Parse one YAML document whose top level is a mapping."""
    if not text.strip():
        raise PackError(path, "file is empty; a pack needs a `pack:` mapping and a `cards:` list", line=1)
    builder = _Builder(path)
    try:
        with gc_paused():
            for event in yaml.parse(text, Loader=_Parser):
                builder.feed(event)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        if mark is not None:
            builder.check_unparsed_nesting(text, mark.index + 1)
        line = mark.line + 1 if mark else None
        problem = error.problem or error.context or "syntax error"
        raise PackError(
            path, f"{SYNTAX_ERROR} ({problem}); check the quotes, brackets and indentation here", line=line
        ) from None
    except yaml.YAMLError as error:
        raise PackError(path, f"YAML error: {error}") from None
    return builder.result()


# What can stand between two flow brackets: quoted text, a comment, or anything else but a bracket.
_FLOW_TOKEN = re.compile(r"""(?<![^\s\[{,:])'(?:[^']|'')*'|(?<![^\s\[{,:])"(?:[^"\\]|\\.)*"|(?<!\S)#[^\n]*|[\[{\]}]""")


def _line(event: Any) -> int:
    """The 1-based line an event starts on."""
    mark = event.start_mark
    return mark.line + 1 if mark is not None else 1


class _Builder:
    """Builds plain values from parser events with an explicit stack (no recursion)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.stack: list[YamlMap | YamlList] = []
        self.pending_keys: list[str | None] = []
        self.root: Any = None
        self.documents = 0
        self.nodes = 0
        self.parsed_up_to = 0
        """Index in the text just past the last event seen."""

    def error(self, message: str, event: Any) -> PackError:
        return PackError(self.path, message, line=_line(event))

    def feed(self, event: Any) -> None:
        self.parsed_up_to = event.end_mark.index
        if isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                raise self.error("a pack file holds one YAML document; remove this `---` or split the file", event)
            return
        if isinstance(event, (yaml.StreamStartEvent, yaml.StreamEndEvent, yaml.DocumentEndEvent)):
            return
        if isinstance(event, yaml.AliasEvent):
            raise self.error(f"aliases (*{event.anchor}) are not supported; write the value out in full", event)
        if getattr(event, "anchor", None):
            raise self.error(f"anchors (&{event.anchor}) are not supported; write each value out in full", event)
        tag = getattr(event, "tag", None)
        if tag not in _ALLOWED_TAGS:
            raise self.error(f"tag {tag} is not allowed; remove it (quote the value if it is text)", event)
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise self.error(f"more than {MAX_NODES:,} values; split the pack into several files", event)
        if isinstance(event, yaml.ScalarEvent):
            self.add_scalar(event)
        elif isinstance(event, yaml.MappingStartEvent):
            self.open(YamlMap(_line(event)), event)
        elif isinstance(event, yaml.SequenceStartEvent):
            self.open(YamlList(_line(event)), event)
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            node = self.stack.pop()
            self.pending_keys.pop()
            self.add(node, node.line, event)

    def check_unparsed_nesting(self, text: str, end: int) -> None:
        """Raise prep's depth error if the text the parser refused opens too many flow collections.

        A parser may refuse deep nesting itself before it has handed over the events that would
        trip MAX_DEPTH (libyaml looks ahead over a run of brackets); prep's own limit is what the
        author must see, so the brackets it did not hand over are counted here.
        """
        depth = len(self.stack)
        for token in _FLOW_TOKEN.finditer(text, self.parsed_up_to, end):
            bracket = token.group()
            if bracket in ("[", "{"):
                depth += 1
                if depth > MAX_DEPTH:
                    line = text.count("\n", 0, token.start()) + 1
                    raise PackError(self.path, TOO_DEEP, line=line)
            elif bracket in ("]", "}"):
                depth = max(depth - 1, len(self.stack))

    def add_scalar(self, event: yaml.ScalarEvent) -> None:
        value: str | None = event.value or ""
        if len(event.value or "") > MAX_SCALAR_CHARS:
            size = len(event.value or "")
            raise self.error(f"value is {size:,} characters long; the limit is {MAX_SCALAR_CHARS:,}", event)
        if event.style is None and value == "":
            value = None
        self.add(value, _line(event), event)

    def open(self, node: YamlMap | YamlList, event: Any) -> None:
        if len(self.stack) >= MAX_DEPTH:
            raise self.error(TOO_DEEP, event)
        if self.stack and isinstance(self.stack[-1], YamlMap) and self.pending_keys[-1] is None:
            raise self.error("a key must be plain text, not a list or mapping", event)
        self.stack.append(node)
        self.pending_keys.append(None)

    def add(self, value: Any, line: int, event: Any) -> None:
        if not self.stack:
            self.root = value
            return
        parent = self.stack[-1]
        if isinstance(parent, YamlList):
            parent.append(value)
            parent.item_lines.append(line)
            return
        key = self.pending_keys[-1]
        if key is None:
            if not isinstance(value, str):
                raise self.error("a key must be plain text", event)
            if value in parent.key_lines:
                raise self.error(
                    f"duplicate key {value!r} (first at line {parent.key_lines[value]}); keep only one", event
                )
            parent.key_lines[value] = line
            self.pending_keys[-1] = value
        else:
            parent[key] = value
            self.pending_keys[-1] = None

    def result(self) -> YamlMap:
        if self.documents == 0 or self.root is None:
            raise PackError(
                self.path, "file has no YAML content (only comments?); a pack needs `pack:` and `cards:`", line=1
            )
        if not isinstance(self.root, YamlMap):
            kind = "a list" if isinstance(self.root, YamlList) else "plain text"
            raise PackError(
                self.path, f"the top level is {kind}; a pack is a mapping with `pack:` and `cards:` keys", line=1
            )
        return self.root
