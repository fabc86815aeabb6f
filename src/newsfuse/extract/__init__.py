"""Per-document extraction over a parsed spaCy ``Doc``: mentions, quotes, figures, dates.

One module per kind; each extractor is a pure generator over the ``Doc`` with keyword-only
options. :func:`extract_document` runs them all on the ``Doc`` the nlp stage already made
(no second parse).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfuse.extract.dates import extract_dates
from newsfuse.extract.entities import extract_mentions
from newsfuse.extract.figures import extract_figures
from newsfuse.extract.quotes import extract_quotes
from newsfuse.records import Extraction

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["extract_dates", "extract_document", "extract_figures", "extract_mentions", "extract_quotes"]


def extract_document(doc: Doc, *, doc_id: str, published: str | None) -> Extraction:
    """Everything the extract stage finds in one parsed document."""
    mentions = tuple(extract_mentions(doc, doc_id=doc_id))
    return Extraction(
        doc=doc_id,
        mentions=mentions,
        quotes=tuple(extract_quotes(doc, doc_id=doc_id, mentions=mentions)),
        figures=tuple(extract_figures(doc, doc_id=doc_id)),
        dates=tuple(extract_dates(doc, doc_id=doc_id, published=published)),
        sentences=tuple((s.start_char, s.end_char) for s in doc.sents),
    )
