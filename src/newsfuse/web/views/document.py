"""``/doc/{id}``: one document, every paragraph with why it was kept or dropped.

``?hl=START-END`` highlights a cited span of the kept text; the highlight carries the id
``p-START`` so a citation link ``/doc/ID?hl=START-END#p-START`` scrolls to it. Each kept
paragraph carries the id ``p-<offset of its first character>``.

Context::

    {
      "document":   {"id", "title", "outlet", "published", "url", "external_id", "source_path",
                     "language", "authors": [str], "story": null | {"id", "title", "href"},
                     "duplicate_of": null | doc ref, "copies": [doc ref],
                     "superseded_by": null | doc ref,          # the outlet's updated version
                     "reuse": [{"role": "borrows"|"lent", "other": doc ref,
                                "paragraphs": [int], "other_paragraphs": [int]}]},
      "metadata":   [{"field", "value", "how"}],     # how each value was obtained (inferred)
      "paragraphs": [{"index", "kept", "reason", "text", "start", "end", "anchor",
                      "segments": [{"text", "mark", "id"}]}],   # start/end null when dropped
      "kept": int, "dropped": int,
      "highlight":  null | {"start", "end", "text"},
      "quotes":     [quote row],
      "figures":    [{"text", "value", "upper", "unit", "about", "hedge", "source", "start", "end", "href"}],
      "dates":      [{"text", "value", "grain", "type", "reason", "start", "end", "href"}]
    }

(doc ref and quote row as in :mod:`newsfuse.web.views.story`.)
"""

from __future__ import annotations

from newsfuse.brief import outlet_of
from newsfuse.records import Document, Extraction, Story, paragraph_spans
from newsfuse.store import Store
from newsfuse.web.views.common import Context, EntityLookup, Links, NotFound, doc_ref, prefix_suggestions, quote_row

METADATA_FIELDS = ("title", "outlet", "published", "authors", "language", "url", "external_id", "source_path")


def build(store: Store, doc_id: str, links: Links, highlight: tuple[int, int] | None = None) -> Context:
    doc = store.document(doc_id)
    if doc is None:
        raise NotFound(
            f"No document {doc_id!r} in this database. Document ids are 16 hex digits; "
            "story pages and search results link to every document.",
            prefix_suggestions(doc_id, ((d.id, d.title or d.source_path) for d in store.documents()), links.doc),
        )
    extraction = store.extraction(doc.id) or Extraction(doc=doc.id)
    text = doc.text
    span = highlight if highlight and 0 <= highlight[0] < highlight[1] <= len(text) else None
    story_id = store.story_of(doc.id)
    story = store.story(story_id) if story_id else None
    related = _related(store, doc, story)
    entities = EntityLookup(store)
    paragraphs = paragraph_rows(doc, span)
    header = _header(doc, story, related, links)
    header["superseded_by"] = _ref(store, doc.superseded_by, links) if doc.superseded_by else None
    header["reuse"] = reuse_rows(store, doc.id, links)
    return {
        "document": header,
        "metadata": metadata_rows(doc),
        "paragraphs": paragraphs,
        "kept": sum(1 for p in paragraphs if p["kept"]),
        "dropped": sum(1 for p in paragraphs if not p["kept"]),
        "highlight": {"start": span[0], "end": span[1], "text": text[span[0] : span[1]]} if span else None,
        "quotes": [quote_row(q, related, entities, links) for q in sorted(extraction.quotes, key=lambda q: q.start)],
        "figures": [
            {
                "text": f.text,
                "value": f.value,
                "upper": f.upper,
                "unit": f.unit,
                "about": f.about,
                "hedge": f.hedge,
                "source": f.source,
                "start": f.start,
                "end": f.end,
                "href": links.doc(doc.id, f.start, f.end),
            }
            for f in sorted(extraction.figures, key=lambda f: f.start)
        ],
        "dates": [
            {
                "text": d.text,
                "value": d.value,
                "grain": d.grain,
                "type": d.type,
                "reason": d.reason,
                "start": d.start,
                "end": d.end,
                "href": links.doc(doc.id, d.start, d.end),
            }
            for d in sorted(extraction.dates, key=lambda d: d.start)
        ],
    }


def _ref(store: Store, doc_id: str, links: Links) -> Context:
    return doc_ref(store.document(doc_id), doc_id, links)


def reuse_rows(store: Store, doc_id: str, links: Links) -> list[Context]:
    """Partial reuse involving this document: paragraphs it carries from another ("borrows"), or that
    another carries from it ("lent"); paragraph numbers are ``Paragraph.index`` values."""
    rows = []
    for r in store.reuse(doc_id):
        borrows = r.doc == doc_id
        rows.append({
            "role": "borrows" if borrows else "lent",
            "other": _ref(store, r.source if borrows else r.doc, links),
            "paragraphs": list(r.paragraphs if borrows else r.source_paragraphs),
            "other_paragraphs": list(r.source_paragraphs if borrows else r.paragraphs),
        })
    return rows


def _related(store: Store, doc: Document, story: Story | None) -> dict[str, Document]:
    """This document, the one it copies, and the other documents of its story."""
    related = {doc.id: doc}
    wanted = list(story.documents) if story else []
    if doc.duplicate_of:
        wanted.append(doc.duplicate_of)
    for other_id in wanted:
        if other_id not in related:
            other = store.document(other_id)
            if other is not None:
                related[other_id] = other
    return related


def _header(doc: Document, story: Story | None, related: dict[str, Document], links: Links) -> Context:
    original = related.get(doc.duplicate_of) if doc.duplicate_of else None
    return {
        "id": doc.id,
        "title": doc.title,
        "outlet": outlet_of(doc),
        "published": doc.published,
        "url": doc.url,
        "external_id": doc.external_id,
        "source_path": doc.source_path,
        "language": doc.language,
        "authors": list(doc.authors),
        "story": {"id": story.id, "title": story.title, "href": links.story(story.id)} if story else None,
        "duplicate_of": doc_ref(original, doc.duplicate_of, links) if doc.duplicate_of else None,
        "copies": [doc_ref(d, d.id, links) for d in related.values() if d.duplicate_of == doc.id],
    }


def metadata_rows(doc: Document) -> list[Context]:
    """Each metadata field with its value and how it was obtained ("input" when declared)."""
    rows = []
    for name in METADATA_FIELDS:
        value = getattr(doc, name)
        if isinstance(value, tuple):
            value = ", ".join(value) or None
        how = doc.inferred.get(name)
        if how is None and value is not None and name in {"url", "external_id", "source_path"}:
            how = "input"
        rows.append({"field": name, "value": value, "how": how})
    return rows


def paragraph_rows(doc: Document, highlight: tuple[int, int] | None) -> list[Context]:
    """Paragraphs in reading order; kept ones with their offsets into the kept text."""
    rows = []
    spans = paragraph_spans(doc.paragraphs)
    for paragraph in doc.paragraphs:
        if not paragraph.kept:
            rows.append(
                {
                    "index": paragraph.index,
                    "kept": False,
                    "reason": paragraph.reason,
                    "text": paragraph.text,
                    "start": None,
                    "end": None,
                    "anchor": f"dropped-{paragraph.index}",
                    "segments": [{"text": paragraph.text, "mark": False, "id": None}],
                }
            )
            continue
        start, end = spans[paragraph.index]
        rows.append(
            {
                "index": paragraph.index,
                "kept": True,
                "reason": paragraph.reason,
                "text": paragraph.text,
                "start": start,
                "end": end,
                "anchor": f"p-{start}",
                "segments": segments(paragraph.text, start, highlight),
            }
        )
    return rows


def segments(text: str, start: int, highlight: tuple[int, int] | None) -> list[Context]:
    """The paragraph cut around the highlighted span (offsets are into the whole kept text)."""
    end = start + len(text)
    if highlight is None or highlight[1] <= start or highlight[0] >= end:
        return [{"text": text, "mark": False, "id": None}]
    lo, hi = max(highlight[0], start) - start, min(highlight[1], end) - start
    # The highlight's first piece gets the id the citation link points at, unless the
    # paragraph itself already has it (the highlight starts the paragraph).
    mark_id = f"p-{highlight[0]}" if start < highlight[0] < end else None
    parts = [
        {"text": text[:lo], "mark": False, "id": None},
        {"text": text[lo:hi], "mark": True, "id": mark_id},
        {"text": text[hi:], "mark": False, "id": None},
    ]
    return [p for p in parts if p["text"]]
