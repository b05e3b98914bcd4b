"""The progress store: the only code in prep that speaks SQL.

`Store` (database.py) opens the file and answers named questions with model values; `schema.py`
holds the tables and migrations, `writes.py` the statements that change them, `files.py` the file
on disk, `backups.py` the copies kept beside it, and `transfer.py` the values of whole tracks that
export and import move (kept apart so that studying never pays for loading them).
"""

from prep.core.store.database import Store
from prep.core.store.records import Answer, CardKey, LevelCounts, Marks, Review

__all__ = ["Answer", "CardKey", "LevelCounts", "Marks", "Review", "Store"]
