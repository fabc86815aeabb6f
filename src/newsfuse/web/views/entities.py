"""``/entities``: every canonical entity, the most quoted first (who speaks in this corpus).

Context::

    {
      "entities": [{"id", "name", "type", "titles": [str], "quotes": int, "mentions": int,
                    "documents": int, "href"}]
    }
"""

from __future__ import annotations

from collections import Counter

from newsfuse.store import Store
from newsfuse.web.views.common import Context, Links


def build(store: Store, links: Links) -> Context:
    quoted = Counter(q.speaker for q in store.quotes() if q.speaker)
    rows = [
        {
            "id": e.id,
            "name": e.name,
            "type": e.type,
            "titles": list(e.titles),
            "quotes": quoted.get(e.id, 0),
            "mentions": len(e.mentions),
            "documents": len({m.doc for m in e.mentions}),
            "href": links.entity(e.id),
        }
        for e in store.entities()
    ]
    rows.sort(key=lambda r: (-r["quotes"], -r["mentions"], r["name"].lower()))
    return {"entities": rows}
