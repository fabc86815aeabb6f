"""Cross-document linking: near-duplicate/syndication detection and story clustering.

``find_duplicates`` → ``syndication_groups`` (one wire story counts once), then
``cluster_stories`` over :func:`story_text` embeddings and entity names, then ``storylines``.
"""

from newsfuse.link.dedup import CopyIndex, Reuse, find_copies, find_duplicates, find_reuse, syndication_groups
from newsfuse.link.embeddings import Encoder, load_encoder
from newsfuse.link.stories import (
    cluster_stories,
    document_embeddings,
    mention_names,
    story_text,
    story_title,
    storylines,
    without_time_prior,
)

__all__ = [
    "CopyIndex",
    "Encoder",
    "Reuse",
    "find_copies",
    "find_reuse",
    "cluster_stories",
    "document_embeddings",
    "find_duplicates",
    "load_encoder",
    "mention_names",
    "story_text",
    "story_title",
    "storylines",
    "syndication_groups",
    "without_time_prior",
]
