"""``/search?q=``: full-text search over titles and kept article text.

Words are all required; "a quoted phrase" is matched as a phrase.

Context::

    {
      "query":   str,
      "count":   int,
      "results": [{"doc", "title", "outlet", "href", "story": null | {"id", "title", "href"},
                   "snippet": str,                           # matches between [ and ]
                   "snippet_parts": [{"text", "match": bool}]}]
    }
"""

from __future__ import annotations

import re

from newsfuse.store import Store
from newsfuse.web.views.common import Context, Links

MAX_RESULTS = 100
MAX_QUERY_CHARS = 500

# The store's snippets mark each match as [match].
_MATCH = re.compile(r"\[([^\[\]]*)\]")


def build(store: Store, query: str, links: Links) -> Context:
    query = query.strip()[:MAX_QUERY_CHARS]
    hits = store.search(query, limit=MAX_RESULTS) if query else []
    stories: dict[str, Context | None] = {}
    results = []
    for hit in hits:
        story_id = store.story_of(hit.doc)
        if story_id and story_id not in stories:
            story = store.story(story_id)
            stories[story_id] = {"id": story.id, "title": story.title, "href": links.story(story.id)} if story else None
        results.append(
            {
                "doc": hit.doc,
                "title": hit.title,
                "outlet": hit.outlet,
                "href": links.doc(hit.doc),
                "story": stories.get(story_id) if story_id else None,
                "snippet": hit.snippet,
                "snippet_parts": snippet_parts(hit.snippet),
            }
        )
    return {"query": query, "count": len(results), "results": results}


def snippet_parts(snippet: str) -> list[Context]:
    """The snippet split into plain text and matched words (rendered as <mark>)."""
    parts: list[Context] = []
    last = 0
    for match in _MATCH.finditer(snippet):
        if match.start() > last:
            parts.append({"text": snippet[last : match.start()], "match": False})
        if match.group(1):
            parts.append({"text": match.group(1), "match": True})
        last = match.end()
    if last < len(snippet):
        parts.append({"text": snippet[last:], "match": False})
    return parts
