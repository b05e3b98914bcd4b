"""The rows of an Anki collection: another program's SQLite file, read for `prep import deck.apkg`.

The file is a stranger's, unpacked into a temporary folder: SQLite opens it read-only and
immutable, with untrusted schema features off, a cap on the length of a value and a time limit
on the whole read (a crafted file that would take longer is refused). Its tables must be plain
tables, not views. The rows come back as they are; `prep.core.exchange.apkg` makes sense of them.
"""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

MAX_SECONDS = 30.0
MAX_VALUE_BYTES = 64 * 1024 * 1024
_TABLES_11 = ("col", "notes", "cards")
_TABLES_15 = (*_TABLES_11, "notetypes", "fields", "templates", "decks")


class CollectionError(Exception):
    """The file is not a collection prep can read; the message says why, for the user."""


@dataclass
class AnkiCollection:
    schema: int
    """The collection's schema version: 11 keeps note types and decks as JSON in `col`; 15 and
    later in tables of their own, with protobuf blobs."""
    models: object = None
    """Schema 11: the note types, JSON text."""
    decks_json: object = None
    """Schema 11: the decks, JSON text."""
    note_types: list[tuple[int, str, object]] = field(default_factory=list)
    """Schema 15+: (id, name, config blob)."""
    fields: list[tuple[int, str]] = field(default_factory=list)
    """Schema 15+: (note type id, field name), in field order."""
    templates: list[tuple[int, int, object]] = field(default_factory=list)
    """Schema 15+: (note type id, number, config blob), in template order."""
    decks: list[tuple[int, str]] = field(default_factory=list)
    """Schema 15+: (id, name with \\x1f between levels)."""
    cards: list[tuple[int, int, int, int]] = field(default_factory=list)
    """(note id, card number, deck id, original deck id), in card order."""
    notes: list[tuple[int, str, int, str, str]] = field(default_factory=list)
    """(id, GUID, note type id, tags, fields joined by \\x1f), in note order: at most `max_notes` + 1."""


def read_anki_collection(path: Path, max_notes: int) -> AnkiCollection:
    """Every row prep needs from the collection at `path`; `CollectionError` if it cannot be read."""
    try:
        with closing(_connect(path)) as connection:
            return _read(connection, max_notes)
    except sqlite3.OperationalError as error:
        if "interrupted" in str(error):
            raise CollectionError(
                f"takes more than {MAX_SECONDS:.0f} s to read; it is not a collection Anki made"
            ) from None
        raise CollectionError(f"is damaged (SQLite: {error}); export it from Anki again") from None
    except sqlite3.DatabaseError as error:
        raise CollectionError(f"is damaged (SQLite: {error}); export it from Anki again") from None


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    deadline = time.monotonic() + MAX_SECONDS
    connection.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
    connection.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    connection.execute("PRAGMA trusted_schema = OFF")
    connection.execute("PRAGMA cell_size_check = ON")
    connection.create_collation("unicase", _unicase)  # Anki's collation on names (schema 15 and later)
    return connection


def _unicase(one: str, other: str) -> int:
    return (one.casefold() > other.casefold()) - (one.casefold() < other.casefold())


def _read(connection: sqlite3.Connection, max_notes: int) -> AnkiCollection:
    collection = AnkiCollection(_schema(connection))
    if collection.schema >= 15:
        collection.note_types = connection.execute("SELECT id, name, config FROM notetypes").fetchall()
        collection.fields = connection.execute("SELECT ntid, name FROM fields ORDER BY ntid, ord").fetchall()
        collection.templates = connection.execute(
            "SELECT ntid, ord, config FROM templates ORDER BY ntid, ord"
        ).fetchall()
        collection.decks = connection.execute("SELECT id, name FROM decks").fetchall()
    else:
        collection.models, collection.decks_json = connection.execute("SELECT models, decks FROM col").fetchone()
    collection.cards = connection.execute("SELECT nid, ord, did, odid FROM cards ORDER BY id").fetchall()
    query = "SELECT id, guid, mid, tags, flds FROM notes ORDER BY id LIMIT ?"
    collection.notes = connection.execute(query, (max_notes + 1,)).fetchall()
    return collection


def _schema(connection: sqlite3.Connection) -> int:
    """The collection's schema version, once its tables are known to be plain tables (not views)."""
    tables = {name: sql or "" for name, kind, sql in connection.execute("SELECT name, type, sql FROM sqlite_master")
              if kind == "table"}  # fmt: skip
    if any(name not in tables for name in _TABLES_11):
        raise CollectionError("is not an Anki collection (its database has no notes); export it from Anki again")
    row = connection.execute("SELECT ver FROM col").fetchone()
    version = row[0] if row else None
    if not isinstance(version, int):
        raise CollectionError("has no schema version; export it from Anki again")
    needed = _TABLES_15 if version >= 15 else _TABLES_11
    if any(name not in tables or "virtual" in tables[name].lower() for name in needed):
        raise CollectionError(f"is of schema {version} but lacks the tables Anki's has; export it from Anki again")
    return version
