"""Cards in and out of other flashcard tools: Anki, hashcards, hascard and plain TSV/CSV.

Export writes Anki's text import format (`anki.py`). Import reads a foreign file into `Draft`s
(one reader per format: `anki.py`, `apkg.py`, `hashcards.py`, `hascard.py`, `delimited.py`),
then `packing.py` turns the drafts into a pack — stable ids, levels, topics — and runs it through
prep's own validator, so what an import writes always loads. Card text from other tools is
converted into prep's Markdown subset (`markup.py`), never shown as the markup it was.

Every problem is a `PackError` located in the file it came from (`FILE:LINE: what, and how to fix it`).
"""

FORMATS = ("anki", "apkg", "hashcards", "hascard", "tsv", "csv")
"""What `prep import --format` may name; without it the format is told from the file."""
