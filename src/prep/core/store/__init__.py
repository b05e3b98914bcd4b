"""The progress store: the only code in prep that speaks SQL.

`Store` (database.py) opens the file and answers named questions with model values; `schema.py`
holds the tables and migrations, `writes.py` the statements that change them, `files.py` the file
on disk, and `backups.py` the copies kept beside it.
"""

from prep.core.store.database import Store
from prep.core.store.records import (
    Answer,
    CardKey,
    LevelCounts,
    MergeResult,
    Progress,
    Review,
    ReviewRecord,
    ScheduleRecord,
)

__all__ = [
    "Answer",
    "CardKey",
    "LevelCounts",
    "MergeResult",
    "Progress",
    "Review",
    "ReviewRecord",
    "ScheduleRecord",
    "Store",
]
