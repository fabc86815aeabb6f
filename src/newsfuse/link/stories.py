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
import math
import re
from collections.abc import Iterable, Mapping, Sequence
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
# Pseudo-documents carrying none of the names, added to the IDF's document count: in a small
# corpus every name is "frequent" (an event's names fill a third of an 18-article folder), and
# unsmoothed IDF would weigh the event's own names down; a large corpus gets close to plain IDF.
NAME_PRIOR_DOCUMENTS = 100


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


# Distinct member entity sets kept per story for the entity overlap (the most recent ones): a story
# of thousands of articles is still compared in bounded time.
MAX_ENTITY_SETS = 256
# Upper bound of what the entity term can add to a cosine: clusters whose cosine is lower than the
# threshold minus this cannot reach it, and their entity overlap is never computed.
MAX_ENTITY_GAIN = ENTITY_BOOST * (1.0 - ENTITY_BASELINE)


class NameWeights:
    """Inverse document frequency of entity names among the documents counted so far.

    A name most articles carry ("Trump", "Congress" in a politics feed) says little about which
    event an article reports; a rare one ("Ashford Creek") says a lot. The count is smoothed by
    NAME_PRIOR_DOCUMENTS, so that with few documents every name weighs about the same (plain Jaccard).
    """

    __slots__ = ("_df", "documents")

    def __init__(self) -> None:
        self._df: dict[str, int] = {}
        self.documents = 0

    def count(self, names: Iterable[str]) -> None:
        self.documents += 1
        for name in set(names):
            self._df[name] = self._df.get(name, 0) + 1

    def weight(self, name: str) -> float:
        return math.log((self.documents + NAME_PRIOR_DOCUMENTS) / (self._df.get(name, 0) + 1))


class _EntityIndex:
    """Distinct entity sets of a story's members with an inverted index, for the best member overlap."""

    __slots__ = ("_postings", "_sets")

    def __init__(self) -> None:
        self._sets: dict[frozenset[str], int] = {}
        self._postings: dict[str, list[frozenset[str]]] = {}

    def __bool__(self) -> bool:
        return bool(self._sets)

    def add(self, entities: frozenset[str]) -> None:
        if not entities or entities in self._sets:
            return
        if len(self._sets) >= MAX_ENTITY_SETS:
            oldest = next(iter(self._sets))
            del self._sets[oldest]
            for name in oldest:
                self._postings[name].remove(oldest)
        self._sets[entities] = 1
        for name in entities:
            self._postings.setdefault(name, []).append(entities)

    def best_overlap(self, entities: frozenset[str], weights: NameWeights) -> float:
        """Best IDF-weighted Jaccard of ``entities`` with one member's set (members sharing no name are skipped)."""
        weight = {name: weights.weight(name) for name in entities}
        shared: dict[frozenset[str], float] = {}
        for name in entities:
            for member in self._postings.get(name, ()):
                shared[member] = shared.get(member, 0.0) + weight[name]
        total = sum(weight.values())
        best = 0.0
        for member, common in shared.items():
            union = total + sum(weights.weight(n) for n in member) - common
            if union > 0:
                best = max(best, common / union)
        return best


class _Clusterer:
    """Online centroid clustering shared by stories and storylines.

    Centroid sums live in one growing numpy matrix, so a document is scored against every open
    story with one matrix-vector product. When documents arrive in time order, stories whose last
    document lies more than the window behind are dropped from the open set for good (``advance``);
    undated documents are scored against every story, without the time prior.
    """

    def __init__(
        self, dimension: int, *, threshold: float, window_days: float | None, weights: NameWeights | None = None
    ) -> None:
        self.threshold = threshold
        self.weights = weights if weights is not None else NameWeights()
        self.window_days = window_days
        self.ids: list[str] = []
        self._row: dict[str, int] = {}
        self._totals = np.zeros((16, dimension), dtype=np.float32)
        self._norms = np.zeros(16)
        self._first = np.full(16, np.nan)
        self._last = np.full(16, np.nan)
        self._entities: list[_EntityIndex] = []
        # Open stories: a flag per row and the lowest open row. Stories are founded in time order,
        # so the open ones sit in a short tail of the matrix, scored through a view (no copy).
        self._is_open = np.zeros(16, dtype=bool)
        self._lowest_open = 0
        self._clock = -np.inf  # latest time passed to ``advance``

    @property
    def clusters(self) -> dict[str, int]:
        """Cluster id -> row (for tests and callers that count clusters)."""
        return dict(self._row)

    def _grow(self) -> None:
        size = len(self._first) * 2
        totals = np.zeros((size, self._totals.shape[1]), dtype=np.float32)
        totals[: len(self.ids)] = self._totals[: len(self.ids)]
        first, last, norms = np.full(size, np.nan), np.full(size, np.nan), np.zeros(size)
        is_open = np.zeros(size, dtype=bool)
        count = len(self.ids)
        first[:count], last[:count], norms[:count] = self._first[:count], self._last[:count], self._norms[:count]
        is_open[:count] = self._is_open[:count]
        self._totals, self._first, self._last, self._norms, self._is_open = totals, first, last, norms, is_open

    def add_to(
        self, cluster_id: str, vector: np.ndarray | None, entities: frozenset[str], when: datetime | None
    ) -> None:
        row = self._row.get(cluster_id)
        if row is None:
            if len(self.ids) == len(self._first):
                self._grow()
            row = self._row[cluster_id] = len(self.ids)
            self.ids.append(cluster_id)
            self._entities.append(_EntityIndex())
            self._is_open[row] = True
        if vector is not None:
            self._totals[row] += vector
            self._norms[row] = float(np.sqrt(self._totals[row] @ self._totals[row]))
        self._entities[row].add(entities)
        if when is not None:
            stamp = when.timestamp()
            first, last = self._first[row], self._last[row]
            self._first[row] = stamp if np.isnan(first) else min(first, stamp)
            self._last[row] = stamp if np.isnan(last) else max(last, stamp)

    def advance(self, when: datetime | None) -> None:
        """Close stories that ended more than the window before ``when`` (call with non-decreasing times)."""
        if when is None or self.window_days is None or when.timestamp() <= self._clock:
            return
        self._clock = when.timestamp()
        horizon = self._clock - self.window_days * SECONDS_PER_DAY
        lo, hi = self._lowest_open, len(self.ids)
        # NaN (undated stories) compares False: they stay open.
        self._is_open[lo:hi] &= ~(self._last[lo:hi] < horizon)
        still_open = np.flatnonzero(self._is_open[lo:hi])
        self._lowest_open = lo + int(still_open[0]) if len(still_open) else hi

    def _window(self, when: datetime | None) -> tuple[int, np.ndarray | None]:
        """First row to score and the open flags from there (``None``: score every row from 0)."""
        if when is None or self.window_days is None or when.timestamp() < self._clock:
            # Undated, or back-filled behind the clock (closed stories may be in its window):
            # every story, the window is then applied by ``scores``.
            return 0, None
        return self._lowest_open, self._is_open[self._lowest_open : len(self.ids)]

    def best(self, vector: np.ndarray | None, entities: frozenset[str], when: datetime | None) -> str | None:
        """The cluster this item should join, or ``None`` when none is similar enough."""
        lo, is_open = self._window(when)
        if lo >= len(self.ids):
            return None
        scores = self.scores(lo, vector, entities, when)
        if is_open is not None:
            scores[~is_open] = -np.inf
        top = int(np.argmax(scores))
        return self.ids[lo + top] if scores[top] >= self.threshold else None

    def scores(
        self, lo: int, vector: np.ndarray | None, entities: frozenset[str], when: datetime | None
    ) -> np.ndarray:
        """Similarity of the item to each cluster from row ``lo`` on (``-inf`` outside the time window)."""
        hi = len(self.ids)
        norms = self._norms[lo:hi]
        if vector is not None:
            cosine = (self._totals[lo:hi] @ vector) / np.where(norms > 0, norms, 1.0)
        else:
            cosine = np.zeros(hi - lo)
        score = cosine.astype(np.float64)
        entity_term = np.zeros(hi - lo)
        if entities:
            reachable = np.flatnonzero(cosine + MAX_ENTITY_GAIN >= self.threshold)
            for k in reachable:
                index = self._entities[lo + int(k)]
                if index:
                    entity_term[k] = ENTITY_BOOST * (index.best_overlap(entities, self.weights) - ENTITY_BASELINE)
            # Clusters that cannot reach the threshold keep their (lower) cosine: never chosen.
        if when is not None and self.window_days:
            stamp = when.timestamp()
            first, last = self._first[lo:hi], self._last[lo:hi]
            dated = ~np.isnan(first)
            gap = np.where(dated, np.maximum(first - stamp, 0.0) + np.maximum(stamp - last, 0.0), 0.0) / SECONDS_PER_DAY
            decay = 1.0 - TIME_DECAY * np.minimum(gap / self.window_days, 1.0)
            score = (score + entity_term) * decay
            score[gap > self.window_days] = -np.inf
        else:
            score = score + entity_term
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


def without_time_prior(docs: Iterable[Document]) -> list[str]:
    """Ids of the documents clustered without the time prior (no readable ``published``), to report them."""
    return [doc.id for doc in docs if publication_time(doc) is None]


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
    kept = dict(previous or {})
    by_id = {doc.id: doc for doc in docs}
    embeddings = _unit_rows(embeddings)
    index = StoryIndex(
        _dimension(embeddings), threshold=threshold, window_days=window_days, weights=name_weights(by_id, entities)
    )
    assignment: dict[str, str] = {}
    ordered = publication_order(by_id.values())
    for doc in ordered:
        if doc.id in kept:
            index.seed(doc, kept[doc.id], vector=embeddings.get(doc.id), entities=entities.get(doc.id, ()))
            assignment[doc.id] = kept[doc.id]
    copies = [d for d in ordered if d.id not in kept and d.duplicate_of in by_id and d.duplicate_of != d.id]
    copy_ids = {d.id for d in copies}
    for doc in ordered:
        if doc.id not in kept and doc.id not in copy_ids:
            assignment[doc.id] = index.place(doc, vector=embeddings.get(doc.id), entities=entities.get(doc.id, ()))
    for doc in copies:
        assignment[doc.id] = _original_story(doc.id, by_id, assignment)
    return assignment


class StoryIndex:
    """The stories seen so far, ready to place new documents one at a time.

    :func:`cluster_stories` is this index fed in publication order; a long-running process (or a
    benchmark) keeps one and calls :meth:`place` for each arriving article. Documents arriving in
    time order are scored only against the stories still open (last seen within the window), so
    the cost of a placement follows the number of open stories, not the size of the store.
    """

    def __init__(
        self,
        dimension: int,
        *,
        threshold: float | None = None,
        window_days: float | None = None,
        weights: NameWeights | None = None,
    ) -> None:
        """``weights``: entity name frequencies already counted over the corpus (see :func:`name_weights`);
        without them, every seeded or placed document is counted as it comes."""
        self.threshold = float(settings.get("story_threshold", threshold))
        self.window_days = float(settings.get("story_window_days", window_days))
        self._count_names = weights is None
        self._clusterer = _Clusterer(
            dimension, threshold=self.threshold, window_days=self.window_days, weights=weights
        )

    def __len__(self) -> int:
        return len(self._clusterer.ids)

    def seed(self, doc: Document, story: str, *, vector: np.ndarray | None, entities: Iterable[str]) -> None:
        """Add a document whose story is already known (a previous run's assignment)."""
        names = _names(entities)
        if self._count_names:
            self._clusterer.weights.count(names)
        self._clusterer.add_to(story, _unit(vector), names, publication_time(doc))

    def place(self, doc: Document, *, vector: np.ndarray | None, entities: Iterable[str]) -> str:
        """Join the most similar open story reaching the threshold, or found a new one; returns the story id."""
        unit, names, when = _unit(vector), _names(entities), publication_time(doc)
        if self._count_names:
            self._clusterer.weights.count(names)
        self._clusterer.advance(when)
        story = self._clusterer.best(unit, names, when) or story_id(doc.id)
        self._clusterer.add_to(story, unit, names, when)
        return story


def name_weights(docs: Iterable[str], entities: Mapping[str, Iterable[str]]) -> NameWeights:
    """Entity name document frequencies over the documents ``docs`` (ids), for IDF-weighted overlap."""
    weights = NameWeights()
    for doc_id in docs:
        weights.count(_names(entities.get(doc_id, ())))
    return weights


def _unit_rows(embeddings: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
    """All vectors normalised in one matrix operation (per-vector calls dominate at corpus scale)."""
    if not embeddings:
        return {}
    keys = list(embeddings)
    matrix = normalise_rows(np.vstack([np.asarray(embeddings[k], dtype=np.float32).reshape(1, -1) for k in keys]))
    return dict(zip(keys, matrix, strict=True))


def _unit(raw: np.ndarray | None) -> np.ndarray | None:
    if raw is None:
        return None
    vector = np.asarray(raw, dtype=np.float32).reshape(-1)
    norm = float(np.sqrt(vector @ vector))
    return vector / norm if norm > 0 else vector


def _names(entities: Iterable[str]) -> frozenset[str]:
    return frozenset(n for n in (normalise_entity(e) for e in entities) if n)


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
    weights = name_weights((d.id for d in docs), names)
    clusterer = _Clusterer(_dimension(embeddings), threshold=limit, window_days=None, weights=weights)
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
