"""``/``: the story list.

Context::

    {
      "stories": [{"id", "title", "href", "storyline", "documents": int (articles),
                   "sources": int (independent: syndicated copies count once),
                   "outlets": [str], "first_seen", "last_seen"}],   # newest first
      "counts": {"documents", "stories", "entities", "duplicates", "failures", ...},
      "failures": [{"path", "reason", "when"}],                    # inputs that could not be read
      "storyless": [{"path", "href"}]                              # read, but no article text: in no story
    }
"""

from __future__ import annotations

from newsfuse.brief import outlet_of
from newsfuse.records import Document, Story
from newsfuse.store import Store
from newsfuse.web.views.common import Context, Links, independent_count


def build(store: Store, links: Links) -> Context:
    docs = {d.id: d for d in store.documents()}
    return {
        "stories": [story_row(story, docs, links) for story in store.stories()],
        "counts": store.counts(),
        "failures": [{"path": p, "reason": r, "when": w} for p, r, w in store.failures()],
        "storyless": [{"path": path, "href": links.doc(doc_id)} for doc_id, path in store.storyless_documents()],
    }


def story_row(story: Story, docs: dict[str, Document], links: Links) -> Context:
    members = [docs[d] for d in story.documents if d in docs]
    return {
        "id": story.id,
        "title": story.title,
        "href": links.story(story.id),
        "storyline": story.storyline,
        "documents": len(story.documents),
        "sources": independent_count(members, docs),
        "outlets": sorted({outlet_of(d) for d in members}),
        "first_seen": story.first_seen,
        "last_seen": story.last_seen,
    }
