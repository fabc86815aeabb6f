"""``/entity/{id}``: a speaker (or any canonical entity) and everything they said.

Context::

    {
      "entity":  {"id", "name", "type", "aliases": [str], "titles": [str],
                  "mentions": int, "documents": int},
      "quotes":  [quote row + {"story": null | {"id", "title", "href"}}],   # oldest first
      "stories": [{"id", "title", "href", "quotes": int, "mentions": int}]
    }

(quote row as in :mod:`newsfuse.web.views.story`.)
"""

from __future__ import annotations

from collections import Counter

from newsfuse.brief import distinct_statements
from newsfuse.records import Document, Story
from newsfuse.store import Store
from newsfuse.web.views.common import Context, EntityLookup, Links, NotFound, prefix_suggestions, quote_row


def build(store: Store, entity_id: str, links: Links) -> Context:
    entity = store.entity(entity_id)
    if entity is None:
        raise NotFound(
            f"No entity {entity_id!r} in this database. Speaker names on story pages link to their entity pages.",
            prefix_suggestions(entity_id, ((e.id, e.name) for e in store.entities()), links.entity),
        )
    quotes = distinct_statements([q for q in store.quotes(speaker=entity.id) if q.speaker == entity.id])
    doc_ids = {q.doc for q in quotes} | {m.doc for m in entity.mentions}
    docs: dict[str, Document] = {}
    for doc_id in doc_ids:
        doc = store.document(doc_id)
        if doc is not None:
            docs[doc_id] = doc
    story_of = {doc_id: store.story_of(doc_id) for doc_id in doc_ids}
    stories: dict[str, Story] = {}
    for story_id in set(story_of.values()) - {None}:
        story = store.story(story_id) if story_id else None
        if story is not None:
            stories[story.id] = story
    entities = EntityLookup(store)
    rows = []
    for quote in quotes:
        row = quote_row(quote, docs, entities, links)
        story = stories.get(story_of.get(quote.doc) or "")
        row["story"] = {"id": story.id, "title": story.title, "href": links.story(story.id)} if story else None
        rows.append(row)
    rows.sort(key=lambda r: (r["published"] or "9999", r["doc"], r["start"]))
    quote_counts = Counter(story_of.get(q.doc) for q in quotes)
    mention_counts = Counter(story_of.get(m.doc) for m in entity.mentions)
    return {
        "entity": {
            "id": entity.id,
            "name": entity.name,
            "type": entity.type,
            "aliases": list(entity.aliases),
            "titles": list(entity.titles),
            "mentions": len(entity.mentions),
            "documents": len({m.doc for m in entity.mentions} | {q.doc for q in quotes}),
        },
        "quotes": rows,
        "stories": sorted(
            (
                {
                    "id": s.id,
                    "title": s.title,
                    "href": links.story(s.id),
                    "quotes": quote_counts.get(s.id, 0),
                    "mentions": mention_counts.get(s.id, 0),
                }
                for s in stories.values()
            ),
            key=lambda r: (-r["quotes"], -r["mentions"], r["title"]),
        ),
    }
