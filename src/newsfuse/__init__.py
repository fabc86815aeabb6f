"""newsfuse: turn a pile of news articles from many outlets into sourced, cross-checked stories.

Python API::

    from newsfuse import run, Store
    report = run(["articles/"], db="newsfuse.db")
    with Store("newsfuse.db") as store:
        for story in store.stories():
            print(story.title, len(story.documents))
"""

from __future__ import annotations

__version__ = "0.1.0"

from newsfuse.errors import EvaluationError, InputError, ModelError, NewsfuseError, SettingError, StoreError
from newsfuse.pipeline import RunReport, run
from newsfuse.records import (
    Claim,
    DateMention,
    Document,
    Entity,
    Extraction,
    Figure,
    Framing,
    Mention,
    Paragraph,
    Quote,
    RawDocument,
    Span,
    Story,
    SummarySentence,
    TimelineEntry,
)
from newsfuse.store import Store

__all__ = [
    "Claim",
    "DateMention",
    "Document",
    "Entity",
    "EvaluationError",
    "Extraction",
    "Figure",
    "Framing",
    "InputError",
    "Mention",
    "ModelError",
    "NewsfuseError",
    "Paragraph",
    "Quote",
    "RawDocument",
    "RunReport",
    "SettingError",
    "Span",
    "Store",
    "Story",
    "StoreError",
    "SummarySentence",
    "TimelineEntry",
    "__version__",
    "run",
]
