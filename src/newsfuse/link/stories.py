"""Story clustering: documents about one event become one story, stories about one thread a storyline.

Single-pass, incremental-friendly clustering (the "online centroid" scheme used for news event
detection): documents are visited in order of publication (undated ones last, without the time
prior); each joins the most similar open story when the similarity reaches the ``story_threshold``
setting, else it founds a new story. Similarity of a document to a story is

    (cosine(doc embedding, story centroid) + ENTITY_BOOST * entity Jaccard) * time decay

where the entity Jaccard is the best overlap of the document's entity names with one member's,
and the time decay falls linearly from 1 (same day) to ``1 - TIME_DECAY`` at ``story_window_days``,
an entity overlap below ENTITY_BASELINE lowers the score;
stories last seen further away than the window are closed to the document. Syndicated copies
(``duplicate_of``) join their original's story without weighing on its centroid, so one wire story
printed ten times does not drag the story towards its wording.

Story ids are ``"s-"`` + the first 10 hex digits of the SHA-256 of the founding document's id, so
they are stable across runs; assignments passed in ``previous`` are kept as they are.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np

from newsfuse import settings
from newsfuse.link.dedup import canonical_order, normalise_words, publication_time
from newsfuse.link.embeddings import Encoder, load_encoder, normalise_rows
from newsfuse.records import Document, Mention

# Weight of the entity Jaccard added to the cosine similarity (tuned with the thresholds,
# see evaluate/stories.py).
ENTITY_BOOST = 0.5
# Entity overlap expected by chance between two articles on different events: less than this
# lowers the similarity (two "X checks into rehab" stories naming different people stay apart).
ENTITY_BASELINE = 0.2
# Share of the similarity lost by a document published ``story_window_days`` after the story.
# A steep decay in a 3-day window scored best on NeuS/AllSides when every article carried its
# roundup's day, but split a news story from its follow-ups a few days later (the bundled
# corpus: 13 stories for 3 events); 0.3 over 7 days keeps follow-ups and the NeuS score close
# (docs/evaluation.md).
TIME_DECAY = 0.3
# The lead: the first paragraphs, at least this many and at least LEAD_WORDS words (so one-sentence
# paragraphs still give the model a full lead).
LEAD_PARAGRAPHS = 3
LEAD_WORDS = 120
# all-MiniLM-L6-v2 reads 256 word pieces; more characters than this are never seen.
MAX_STORY_TEXT_CHARS = 1200
# Mention types that name who and where a story is about (spaCy labels).
NAMED_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})

SECONDS_PER_DAY = 86_400.0


def story_id(founding_doc_id: str) -> str:
    """Stable story id: ``"s-"`` + first 10 hex digits of sha256(founding document id)."""
    return "s-" + hashlib.sha256(founding_doc_id.encode("utf-8")).hexdigest()[:10]


def storyline_id(founding_story_id: str) -> str:
    """Stable storyline id: ``"l-"`` + first 10 hex digits of sha256(founding story id)."""
    return "l-" + hashlib.sha256(founding_story_id.encode("utf-8")).hexdigest()[:10]


def story_text(doc: Document) -> str:
    """What is embedded for clustering: the title and the lead (first kept paragraphs), not the whole article."""
    lead = _lead(doc)
    title = (doc.title or "").strip()
    if title and lead and _same_words(title, lead[0]):
        title = ""
    parts = ([title + "."] if title and title[-1] not in ".!?:" else [title] if title else []) + lead
    return " ".join(parts)[:MAX_STORY_TEXT_CHARS]


def _lead(doc: Document) -> list[str]:
    lead: list[str] = []
    words = 0
    for paragraph in doc.paragraphs:
        text = paragraph.text.strip()
        if not paragraph.kept or not text:
            continue
        if len(lead) >= LEAD_PARAGRAPHS and words >= LEAD_WORDS:
            break
        lead.append(text)
        words += len(text.split())
    return lead


def _same_words(a: str, b: str) -> bool:
    return normalise_words(a) == normalise_words(b)


def normalise_entity(name: str) -> str:
    """Entity name for overlap: lower case, no leading "the", no possessive, single spaces."""
    words = normalise_words(name)
    if words and words[0] == "the":
        words = words[1:]
    if words and words[-1] == "s" and name.rstrip().endswith(("'s", "’s")):
        words = words[:-1]
    return " ".join(w.removesuffix("'s") for w in words)


def mention_names(mentions: Iterable[Mention]) -> dict[str, set[str]]:
    """Entity name sets per document from extracted mentions (named types only), ready for clustering."""
    names: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.type in NAMED_TYPES and (name := normalise_entity(mention.text)):
            names.setdefault(mention.doc, set()).add(name)
    return names


def document_embeddings(docs: Sequence[Document], *, encoder: Encoder | None = None) -> dict[str, np.ndarray]:
    """Embed :func:`story_text` of every document (loads the default encoder when none is given)."""
    if not docs:
        return {}
    model = encoder if encoder is not None else load_encoder()
    vectors = model.encode([story_text(doc) for doc in docs])
    return {doc.id: vectors[i] for i, doc in enumerate(docs)}


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


@dataclass(slots=True)
class _Cluster:
    """A story (or storyline) being built: running embedding sum, members' entity sets, time span."""

    id: str
    total: np.ndarray
    entity_sets: list[frozenset[str]] = field(default_factory=list)
    first: datetime | None = None
    last: datetime | None = None

    def add(self, vector: np.ndarray | None, entities: frozenset[str], when: datetime | None) -> None:
        if vector is not None:
            self.total = self.total + vector
        if entities:
            self.entity_sets.append(entities)
        if when is not None:
            self.first = when if self.first is None else min(self.first, when)
            self.last = when if self.last is None else max(self.last, when)

    def gap_days(self, when: datetime | None) -> float | None:
        """Days between ``when`` and the story's time span (0 inside it); ``None`` without dates."""
        if when is None or self.first is None or self.last is None:
            return None
        if self.first <= when <= self.last:
            return 0.0
        nearest = self.first if when < self.first else self.last
        return abs((when - nearest).total_seconds()) / SECONDS_PER_DAY

    def entity_overlap(self, entities: frozenset[str]) -> float:
        return max((_jaccard(entities, other) for other in self.entity_sets), default=0.0)


class _Clusterer:
    """Online centroid clustering shared by stories and storylines."""

    def __init__(self, dimension: int, *, threshold: float, window_days: float | None) -> None:
        self.threshold = threshold
        self.window_days = window_days
        self.clusters: dict[str, _Cluster] = {}
        self._dimension = dimension

    def add_to(
        self, cluster_id: str, vector: np.ndarray | None, entities: frozenset[str], when: datetime | None
    ) -> None:
        cluster = self.clusters.get(cluster_id)
        if cluster is None:
            cluster = self.clusters[cluster_id] = _Cluster(cluster_id, np.zeros(self._dimension, dtype=np.float32))
        cluster.add(vector, entities, when)

    def best(self, vector: np.ndarray | None, entities: frozenset[str], when: datetime | None) -> str | None:
        """The cluster this item should join, or ``None`` when none is similar enough."""
        best_id, best_score = None, self.threshold
        for cluster in self.clusters.values():
            score = self.similarity(cluster, vector, entities, when)
            if score is not None and score >= best_score:
                best_id, best_score = cluster.id, score
        return best_id

    def similarity(
        self, cluster: _Cluster, vector: np.ndarray | None, entities: frozenset[str], when: datetime | None
    ) -> float | None:
        gap = cluster.gap_days(when)
        if gap is not None and self.window_days is not None and gap > self.window_days:
            return None
        norm = float(np.linalg.norm(cluster.total))
        cosine = float(vector @ cluster.total) / norm if vector is not None and norm > 0 else 0.0
        score = cosine
        if entities and cluster.entity_sets:
            score += ENTITY_BOOST * (cluster.entity_overlap(entities) - ENTITY_BASELINE)
        if gap is not None and self.window_days:
            score *= 1.0 - TIME_DECAY * min(gap / self.window_days, 1.0)
        return score


def _vector(embeddings: Mapping[str, np.ndarray], doc_id: str) -> np.ndarray | None:
    raw = embeddings.get(doc_id)
    if raw is None:
        return None
    return normalise_rows(np.asarray(raw, dtype=np.float32))[0]


def _dimension(embeddings: Mapping[str, np.ndarray]) -> int:
    for vector in embeddings.values():
        return int(np.asarray(vector).reshape(-1).shape[0])
    return 1


def _entity_set(entities: Mapping[str, Iterable[str]], doc_id: str) -> frozenset[str]:
    return frozenset(n for n in (normalise_entity(e) for e in entities.get(doc_id, ())) if n)


def publication_order(docs: Iterable[Document]) -> list[Document]:
    """Dated documents oldest first, then undated ones; ties by id."""
    return sorted(docs, key=canonical_order)


def cluster_stories(
    docs: Sequence[Document],
    *,
    embeddings: Mapping[str, np.ndarray],
    entities: Mapping[str, set[str]],
    previous: Mapping[str, str] | None = None,
    threshold: float | None = None,
    window_days: int | None = None,
) -> dict[str, str]:
    """Assign every document to a story; returns document id -> story id.

    ``embeddings`` maps document ids to vectors of :func:`story_text` (see
    :func:`document_embeddings`), ``entities`` to entity name sets. Documents in ``previous`` keep
    their story id (and seed those stories, so new documents can join them); the others are
    visited in publication order and join the most similar story reaching ``threshold`` (setting
    ``story_threshold``) among those seen within ``window_days`` (setting ``story_window_days``),
    or found a new one. Undated documents come last and ignore the time window. A document whose
    ``duplicate_of`` is among ``docs`` joins its original's story.
    """
    limit = float(settings.get("story_threshold", threshold))
    window = float(settings.get("story_window_days", window_days))
    kept = dict(previous or {})
    by_id = {doc.id: doc for doc in docs}
    clusterer = _Clusterer(_dimension(embeddings), threshold=limit, window_days=window)
    assignment: dict[str, str] = {}

    def place(doc: Document, story: str | None) -> None:
        vector, names, when = _vector(embeddings, doc.id), _entity_set(entities, doc.id), publication_time(doc)
        if story is None:
            story = clusterer.best(vector, names, when) or story_id(doc.id)
        clusterer.add_to(story, vector, names, when)
        assignment[doc.id] = story

    ordered = publication_order(by_id.values())
    for doc in ordered:
        if doc.id in kept:
            place(doc, kept[doc.id])
    copies = [d for d in ordered if d.id not in kept and d.duplicate_of in by_id and d.duplicate_of != d.id]
    copy_ids = {d.id for d in copies}
    for doc in ordered:
        if doc.id not in kept and doc.id not in copy_ids:
            place(doc, None)
    for doc in copies:
        assignment[doc.id] = _original_story(doc.id, by_id, assignment)
    return assignment


def _original_story(doc_id: str, by_id: Mapping[str, Document], assignment: Mapping[str, str]) -> str:
    """The story of the first original up the ``duplicate_of`` chain that has one."""
    seen = {doc_id}
    current = by_id[doc_id].duplicate_of
    while current is not None and current not in seen:
        if current in assignment:
            return assignment[current]
        seen.add(current)
        current = by_id[current].duplicate_of if current in by_id else None
    return story_id(doc_id)


def storylines(
    docs: Sequence[Document],
    stories: Mapping[str, str],
    *,
    embeddings: Mapping[str, np.ndarray],
    entities: Mapping[str, set[str]] | None = None,
    previous: Mapping[str, str] | None = None,
    threshold: float | None = None,
) -> dict[str, str]:
    """Group stories into storylines (a looser level: one thread of related events); story id -> storyline id.

    Stories are visited in order of their earliest document; each joins the storyline whose
    centroid (mean of its documents' embeddings, plus the same entity boost as stories) is most
    similar when that reaches ``threshold`` (setting ``storyline_threshold``), with no time window.
    ``previous`` story -> storyline assignments are kept.
    """
    limit = float(settings.get("storyline_threshold", threshold))
    kept = dict(previous or {})
    names = entities or {}
    members: dict[str, list[Document]] = {}
    for doc in publication_order(docs):
        if doc.id in stories and not (doc.duplicate_of and doc.duplicate_of in stories):
            members.setdefault(stories[doc.id], []).append(doc)
    clusterer = _Clusterer(_dimension(embeddings), threshold=limit, window_days=None)
    result: dict[str, str] = {}
    for story in sorted(members, key=lambda s: canonical_order(members[s][0])):
        vectors = [v for d in members[story] if (v := _vector(embeddings, d.id)) is not None]
        centroid = normalise_rows(np.sum(vectors, axis=0))[0] if vectors else None
        story_names = frozenset().union(*(_entity_set(names, d.id) for d in members[story]))
        line = kept.get(story) or clusterer.best(centroid, story_names, None) or storyline_id(story)
        clusterer.add_to(line, centroid, story_names, None)
        result[story] = line
    return result


def story_title(docs_in_story: Sequence[Document], embeddings: Mapping[str, np.ndarray] | None = None) -> str:
    """The title of the story's most central document.

    Central means closest to the centroid of the members' embeddings when ``embeddings`` are
    given, else sharing the most title words with the other titles. A story without any title
    falls back to the first sentence of its earliest document.
    """
    titled = [d for d in publication_order(docs_in_story) if (d.title or "").strip()]
    if not titled:
        return _first_sentence(publication_order(docs_in_story))
    vectors = {d.id: v for d in titled if embeddings and (v := _vector(embeddings, d.id)) is not None}
    if vectors:
        centroid = normalise_rows(np.sum(list(vectors.values()), axis=0))[0]
        best = max(titled, key=lambda d: float(vectors[d.id] @ centroid) if d.id in vectors else -2.0)
    else:
        bags = {d.id: set(normalise_words(d.title or "")) for d in titled}
        best = max(titled, key=lambda d: sum(_jaccard(frozenset(bags[d.id]), frozenset(b)) for b in bags.values()))
    return (best.title or "").strip()


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _first_sentence(docs: Sequence[Document], limit: int = 120) -> str:
    for doc in docs:
        text = doc.text.strip()
        if text:
            sentence = _SENTENCE_END.split(text, maxsplit=1)[0]
            return sentence if len(sentence) <= limit else sentence[: limit - 1].rstrip() + "…"
    return ""
