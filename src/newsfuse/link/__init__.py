"""Cross-document linking: near-duplicate/syndication detection and story clustering.

``find_duplicates`` → ``syndication_groups`` (one wire story counts once), then
``cluster_stories`` over :func:`story_text` embeddings and entity names, then ``storylines``.
"""

from newsfuse.link.dedup import find_duplicates, syndication_groups
from newsfuse.link.embeddings import Encoder, load_encoder
from newsfuse.link.stories import (
    cluster_stories,
    document_embeddings,
    mention_names,
    story_text,
    story_title,
    storylines,
)

__all__ = [
    "Encoder",
    "cluster_stories",
    "document_embeddings",
    "find_duplicates",
    "load_encoder",
    "mention_names",
    "story_text",
    "story_title",
    "storylines",
    "syndication_groups",
]
