"""Story clustering: documents about one event become one story, stories about one thread a storyline.

Single-pass, incremental-friendly clustering (the "online centroid" scheme used for news event
detection): documents are visited in order of publication (undated ones last, without the time
prior); each joins the most similar open story when the similarity reaches the ``story_threshold``
setting, else it founds a new story. Similarity of a document to a story is

    (cosine(doc embedding, story centroid) + ENTITY_BOOST * entity Jaccard) * time decay

where the entity Jaccard is the best overlap of the document's entity names (and the numbers its
title and lead give: "194,000 jobs", "$3.5 trillion", see :func:`story_numbers`) with one member's,
and the time decay falls linearly from 1 (same day) to ``1 - TIME_DECAY`` at ``story_window_days``,
an entity overlap below ENTITY_BASELINE lowers the score. A story spans at most
``story_window_days`` from its first document to its last: a document that would stretch it
further cannot join it (a thread of daily or weekly episodes is a storyline, not one story). An
undated document that scores about as well (within UNDATED_MARGIN) with two dated stories founds
its own story: without a date nothing tells which episode it reports, unless it names a day of the
week ("the Senate on Tuesday passed") that only one of them spans (:func:`named_weekdays`). A story whose
dated articles fall in two bursts days apart, each from several outlets, is two events of a thread and
becomes two stories (:func:`split_bursts`). Syndicated copies
(``duplicate_of``) join their original's story without weighing on its centroid, so one wire story
printed ten times does not drag the story towards its wording.

Story ids are ``"s-"`` + the first 10 hex digits of the SHA-256 of the founding document's id, so
they are stable across runs; assignments passed in ``previous`` are kept as they are.
"""

from __future__ import annotations

import functools
import hashlib
import heapq
import math
import re
import zlib
from collections import Counter
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


# A number written in the title or lead: digits with thousands separators and a decimal part
# ("194,000", "$3.5", "96%" -> "194000", "3.5", "96"), not inside a word or a longer number.
_NUMBER = re.compile(r"(?<![\w.,])\$?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?!\d)")
# Numbers join the entity names under this prefix, which no normalised entity name carries.
NUMBER_PREFIX = "#"


def story_numbers(doc: Document) -> frozenset[str]:
    """The numbers of :func:`story_text` as clustering names (``"#194000"``, ``"#3.5"``).

    A count, a sum or a score ("194,000 jobs", "$3.5 trillion", "31-24") tells one report of a
    recurring kind of event from the next (the weekly jobless claims, two budget votes a day apart)
    where the names are the same. Numbers of one digit and years are left out: they recur in
    every report of a thread (the time prior handles when).
    """
    numbers = set()
    for whole, fraction in _NUMBER.findall(story_text(doc)):
        whole = whole.replace(",", "")
        if len(whole) + len(fraction) < 2 or (not fraction and len(whole) == 4 and whole[:2] in ("19", "20")):
            continue
        numbers.add(NUMBER_PREFIX + whole + ("." + fraction if fraction else ""))
    return frozenset(numbers)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A weekday name, not inside a holiday or shopping-day name ("Black Friday", "Super Tuesday").
_WEEKDAY = re.compile(
    r"(?<!Black )(?<!Cyber )(?<!Super )(?<!Good )(?<!Ash )(?<!Easter )(?<!Palm )(?<!Giving )"
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def named_weekdays(doc: Document) -> frozenset[int]:
    """The days of the week :func:`story_text` names (Monday 0 .. Sunday 6)."""
    return frozenset(_WEEKDAYS.index(day.lower()) for day in _WEEKDAY.findall(story_text(doc)))


def clustering_names(doc: Document, entities: Iterable[str]) -> frozenset[str]:
    """What a document's story overlap compares: its entity names (:func:`entity_names`) and :func:`story_numbers`."""
    return _names(entities) | story_numbers(doc)


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
# An undated document cannot be told which of two dated stories it belongs to when their scores
# differ by less than this: it founds its own story rather than guess (weekly reports of one kind,
# the episodes of a thread a few days apart). Chosen on the NeuS/AllSides tune half (0.03-0.06 score
# within 0.003 of each other), docs/evaluation.md.
UNDATED_MARGIN = 0.04
# An undated document that names a day of the week ("the Senate on Tuesday passed") reports an event of
# that day: a dated story none of whose days, from this many days before its first document to its last,
# falls on a weekday it names is scored as a document at the window's end. On the NeuS/AllSides tune half,
# 86% of the undated articles that name a weekday first name their event's day or the day before it; 2
# days scored best there (1: 0.807, 2: 0.815, 3: 0.812), docs/evaluation.md.
WEEKDAY_LOOKBACK_DAYS = 2
# A story's dated articles in two bursts this many publication days apart, with none between and each
# from at least BURST_OUTLETS outlets, are two stories (:func:`split_bursts`). On the NeuS/AllSides tune
# half, 3 days split no gold event; 2 would split the bundled corpus's strike, whose articles come every
# day or two. Articles of one event fall within a day or two of it (AllSides: 90% on its day or the day before).
BURST_GAP_DAYS = 3
BURST_OUTLETS = 2
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
        # Member set -> its entity names without the numbers (what a union counts).
        self._sets: dict[frozenset[str], tuple[str, ...]] = {}
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
        self._sets[entities] = tuple(n for n in entities if not n.startswith(NUMBER_PREFIX))
        for name in entities:
            self._postings.setdefault(name, []).append(entities)

    def best_overlap(self, entities: frozenset[str], weights: NameWeights) -> float:
        """Best IDF-weighted Jaccard of ``entities`` with one member's set (members sharing no name are skipped).

        Numbers (:data:`NUMBER_PREFIX`) count when the two share them and are left out of the union
        otherwise: a follow-up gives new figures (a death toll rises from 12 to 15), which must not
        count against it, while a figure both give ("194,000 jobs") is as telling as a rare name.
        """
        shared: dict[frozenset[str], float] = {}  # weight of the names a member shares
        figures: dict[frozenset[str], float] = {}  # weight of the numbers it shares
        total = 0.0
        for name in entities:
            weight = weights.weight(name)
            into = figures if name.startswith(NUMBER_PREFIX) else shared
            if into is shared:
                total += weight
            for member in self._postings.get(name, ()):
                into[member] = into.get(member, 0.0) + weight
        best = 0.0
        for member in shared.keys() | figures.keys():
            common, extra = shared.get(member, 0.0), figures.get(member, 0.0)
            union = total + sum(weights.weight(n) for n in self._sets[member]) - common + extra
            if union > 0:
                best = max(best, (common + extra) / union)
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
        self._retired: set[int] = set()  # rows folded into another cluster (never scored again)

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
        """Close stories that began more than the window before ``when`` (call with non-decreasing times)."""
        if when is None or self.window_days is None or when.timestamp() <= self._clock:
            return
        self._clock = when.timestamp()
        horizon = self._clock - self.window_days * SECONDS_PER_DAY
        lo, hi = self._lowest_open, len(self.ids)
        # NaN (undated stories) compares False: they stay open.
        self._is_open[lo:hi] &= ~(self._first[lo:hi] < horizon)
        still_open = np.flatnonzero(self._is_open[lo:hi])
        self._lowest_open = lo + int(still_open[0]) if len(still_open) else hi

    def _window(self, when: datetime | None) -> tuple[int, np.ndarray | None]:
        """First row to score and the open flags from there (``None``: score every row from 0)."""
        if when is None or self.window_days is None or when.timestamp() < self._clock:
            # Undated, or back-filled behind the clock (closed stories may be in its window):
            # every story, the window is then applied by ``scores``.
            return 0, None
        return self._lowest_open, self._is_open[self._lowest_open : len(self.ids)]

    def best(
        self,
        vector: np.ndarray | None,
        entities: frozenset[str],
        when: datetime | None,
        weekdays: frozenset[int] = frozenset(),
    ) -> str | None:
        """The cluster this item should join, or ``None`` when none is similar enough.

        ``weekdays`` (Monday 0), for an undated item: the days of the week its text names
        (:func:`named_weekdays`); a dated cluster that spans none of them is scored as a document at the
        window's end (``TIME_DECAY`` off its score).
        """
        lo, is_open = self._window(when)
        if lo >= len(self.ids):
            return None
        scores = self.scores(lo, vector, entities, when)
        if when is None and weekdays and self.window_days:
            scores = np.where(self._weekdays_fit(lo, weekdays), scores, scores * (1.0 - TIME_DECAY))
        if is_open is not None:
            scores[~is_open] = -np.inf
        top = int(np.argmax(scores))
        if scores[top] < self.threshold:
            return None
        if when is None and self.window_days and self._ambiguous(lo, scores, top):
            return None
        return self.ids[lo + top]

    def _weekdays_fit(self, lo: int, weekdays: frozenset[int]) -> np.ndarray:
        """Per cluster from row ``lo``: undated, or one of its days, from WEEKDAY_LOOKBACK_DAYS before its
        first document to its last, falls on one of ``weekdays`` (an article names the day of the event it
        reports, which dated reports follow within a day or two)."""
        first, last = self._first[lo : len(self.ids)], self._last[lo : len(self.ids)]
        dated = ~np.isnan(first)
        start = np.floor(np.where(dated, first, 0.0) / SECONDS_PER_DAY) - WEEKDAY_LOOKBACK_DAYS
        span = np.floor(np.where(dated, last, 0.0) / SECONDS_PER_DAY) - start
        fits = ~dated
        for weekday in weekdays:
            # Day 0 of the epoch (1 January 1970) was a Thursday (weekday 3).
            fits |= np.mod(weekday - (start + 3), 7) <= span
        return fits

    def _ambiguous(self, lo: int, scores: np.ndarray, top: int) -> bool:
        """Whether an undated item scores within UNDATED_MARGIN of the best with two dated clusters.

        A date would let the time prior choose between two dated stories alike in wording (the weekly
        jobless claims, a bill's vote and the budget plan released a day before); without one, the
        item founds its own story instead of joining, and so merging into one, an arbitrary episode.
        """
        if np.isnan(self._first[lo + top]) or len(scores) < 2:
            return False
        runner_up = scores.copy()
        runner_up[top] = -np.inf
        second = int(np.argmax(runner_up))
        return bool(scores[top] - runner_up[second] < UNDATED_MARGIN and not np.isnan(self._first[lo + second]))

    def best_dated(self, vector: np.ndarray | None, entities: frozenset[str], when: datetime) -> str | None:
        """:meth:`best` for a dated item re-read once every cluster is built (:func:`rejoin_lone_documents`), or
        ``None`` when its best cluster is undated (the time prior cannot check that one against it).

        Call in time order with the clock advanced to the item. The clusters were founded in time order,
        dated ones first: those founded more than the window after the item are not scored (the cost
        follows the stories within its reach, and the undated ones)."""
        count = len(self.ids)
        undated = np.flatnonzero(np.isnan(self._first[:count]))
        tail = int(undated[0]) if len(undated) else count  # the first undated cluster
        lo = min(self._lowest_open, tail)
        horizon = when.timestamp() + (self.window_days or 0.0) * SECONDS_PER_DAY
        best, top = None, -np.inf
        for start, stop in ((lo, lo + int(np.searchsorted(self._first[lo:tail], horizon, side="right"))), (tail, count)):
            if start < stop:
                scores = self.scores(start, vector, entities, when, hi=stop)
                k = int(np.argmax(scores))
                if scores[k] > top:
                    best, top = start + k, float(scores[k])
        if best is None or top < self.threshold or np.isnan(self._first[best]):
            return None
        return self.ids[best]

    def retire(self, cluster_id: str) -> None:
        """Stop scoring a cluster whose members were added to another one (a merge)."""
        if (row := self._row.get(cluster_id)) is not None:
            self._retired.add(row)

    def scores(
        self,
        lo: int,
        vector: np.ndarray | None,
        entities: frozenset[str],
        when: datetime | None,
        hi: int | None = None,
    ) -> np.ndarray:
        """Similarity of the item to each cluster from row ``lo`` to ``hi`` (default: the last; ``-inf`` outside
        the time window)."""
        hi = len(self.ids) if hi is None else hi
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
            # A story spans at most the window: an event and its follow-ups, not a thread of weekly
            # episodes chained one after the other (storylines group those).
            span = np.where(dated, np.maximum(stamp, last) - np.minimum(stamp, first), 0.0) / SECONDS_PER_DAY
            decay = 1.0 - TIME_DECAY * np.minimum(gap / self.window_days, 1.0)
            score = (score + entity_term) * decay
            score[span > self.window_days] = -np.inf
        else:
            score = score + entity_term
        for row in self._retired:
            if lo <= row < hi:
                score[row - lo] = -np.inf
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
    """Assign every document with article text to a story; returns document id -> story id.

    A document cleaning kept no text of (``no-article-text``) is in no story: nothing of it could
    be summarised or cross-checked, and an empty story would stand among real ones.

    ``embeddings`` maps document ids to vectors of :func:`story_text` (see
    :func:`document_embeddings`), ``entities`` to entity name sets. Documents in ``previous`` keep
    their story id (and seed those stories, so new documents can join them); the others are
    visited in publication order and join the most similar story reaching ``threshold`` (setting
    ``story_threshold``) among those it keeps within ``window_days`` from first to last document
    (setting ``story_window_days``), or found a new one. Undated documents come last and ignore the
    time window; one as close to two dated stories as to each other (UNDATED_MARGIN) founds its own.
    ``entities`` are entity names; the numbers of each title and lead are added (:func:`clustering_names`).
    A new story whose dated articles fall in bursts BURST_GAP_DAYS apart is split at them (:func:`split_bursts`).
    A document whose ``duplicate_of`` is among ``docs`` joins its original's story.
    """
    kept = dict(previous or {})
    by_id = {doc.id: doc for doc in docs if doc.has_article_text}
    embeddings = _unit_rows(embeddings)
    names = {doc.id: clustering_names(doc, entities.get(doc.id, ())) for doc in by_id.values()}
    index = StoryIndex(
        _dimension(embeddings), threshold=threshold, window_days=window_days, weights=name_weights(by_id, names)
    )
    assignment: dict[str, str] = {}
    ordered = publication_order(by_id.values())
    for doc in ordered:
        if doc.id in kept:
            index.seed_at(kept[doc.id], vector=embeddings.get(doc.id), entities=names[doc.id], when=publication_time(doc))
            assignment[doc.id] = kept[doc.id]
    copies = [d for d in ordered if d.id not in kept and d.duplicate_of in by_id and d.duplicate_of != d.id]
    copy_ids = {d.id for d in copies}
    for doc in ordered:
        if doc.id not in kept and doc.id not in copy_ids:
            assignment[doc.id] = index.place_named(doc, _unit(embeddings.get(doc.id)), names[doc.id])
    movable = [d for d in assignment if d not in kept]
    assignment.update(rejoin_lone_documents(ordered, assignment, movable, embeddings=embeddings, names=names, index=index))
    # Stories holding a previous run's documents stay as they were (``previous`` is kept as it is).
    settled = set(kept.values())
    assignment.update(split_bursts([by_id[d] for d, s in assignment.items() if s not in settled], assignment, embeddings))
    for doc in copies:
        assignment[doc.id] = _original_story(doc.id, by_id, assignment)
    return assignment


def rejoin_lone_documents(
    ordered: Sequence[Document],
    assignment: Mapping[str, str],
    movable: Iterable[str],
    *,
    embeddings: Mapping[str, np.ndarray],
    names: Mapping[str, frozenset[str]],
    index: StoryIndex,
) -> dict[str, str]:
    """The dated lone documents among ``movable`` (alone in their story) that join a story once every story is built.

    Placing articles one by one in publication order compares each with the stories as they are when it
    arrives: the first report of an event can found a story of its own because the one report before it
    told the event another way, and the reports after it then gather round that other one (three outlets
    on one bomb threat: the second does not reach the first, the third reaches both and joins the second,
    and the first stays alone).
    An editor re-reads the lone article against the finished stories: it joins the most similar one it
    reaches the threshold with among those the window lets it join, if that one is dated
    (:meth:`_Clusterer.best_dated`). Undated lone articles stay alone: without a time prior the stories
    they could join are threads of many events (on the AllSides store, 3 of 5 such moves joined another
    event, none plainly the same one). ``ordered``: every document of ``assignment`` in publication order;
    ``index``: the one that placed them (its threshold, window and name weights). Returns the moved
    documents' stories; a moved document draws no other one after it.
    """
    size = Counter(assignment[doc.id] for doc in ordered if doc.id in assignment)
    dated = {doc.id for doc in ordered if publication_time(doc) is not None}
    lone = {d for d in movable if size[assignment[d]] == 1 and d in dated}
    if not lone:
        return {}
    finished = index.empty_copy()
    for doc in ordered:
        if doc.id in assignment and doc.id not in lone:
            finished.seed_named(assignment[doc.id], _unit(embeddings.get(doc.id)), names[doc.id], publication_time(doc))
    moved: dict[str, str] = {}
    for doc in ordered:
        if doc.id in lone and (story := finished.rejoin(doc, _unit(embeddings.get(doc.id)), names[doc.id])):
            moved[doc.id] = story
    return moved


def split_bursts(
    docs: Sequence[Document], assignment: Mapping[str, str], embeddings: Mapping[str, np.ndarray]
) -> dict[str, str]:
    """New stories for the later bursts of stories whose dated articles fall in separate bursts.

    An event is reported within a day or two; a story whose dated articles form two bursts at least
    BURST_GAP_DAYS apart, with no article between them and each burst from at least BURST_OUTLETS
    outlets, reports two events of one thread (a bill's Senate vote and, four days later, its
    signing), which storylines group. A lone article days later (a "one week later" follow-up, one
    outlet's update) stays with the burst before it. Undated members go to the burst whose centroid
    their vector is closest to. ``docs`` are the documents whose story may change (copies follow
    their original afterwards); returns document id -> story id for the documents moved.
    """
    members: dict[str, list[Document]] = {}
    for doc in docs:
        members.setdefault(assignment[doc.id], []).append(doc)
    moved: dict[str, str] = {}
    for story, group in members.items():
        bursts = _bursts(group)
        if len(bursts) < 2:
            continue
        centroids = [_centroid(b, embeddings) for b in bursts]
        ids = [story] + [story_id(b[0].id) for b in bursts[1:]]
        for k, burst in enumerate(bursts[1:], 1):
            moved.update({doc.id: ids[k] for doc in burst})
        for doc in group:
            if publication_time(doc) is None and (k := _closest(embeddings.get(doc.id), centroids)) > 0:
                moved[doc.id] = ids[k]
    return moved


def _bursts(group: Sequence[Document]) -> list[list[Document]]:
    """The dated documents of one story in bursts (publication days less than BURST_GAP_DAYS apart), oldest
    first; a burst from fewer than BURST_OUTLETS outlets is continued by the next one (the last joins the one before)."""
    dated = sorted(
        ((_day(when), doc) for doc in group if (when := publication_time(doc)) is not None), key=lambda p: (p[0], p[1].id)
    )
    bursts: list[list[Document]] = []
    last_day = -math.inf
    for day, doc in dated:
        if day - last_day >= BURST_GAP_DAYS and (not bursts or _outlets(bursts[-1]) >= BURST_OUTLETS):
            bursts.append([])
        bursts[-1].append(doc)
        last_day = day
    if len(bursts) > 1 and _outlets(bursts[-1]) < BURST_OUTLETS:
        bursts[-2].extend(bursts.pop())
    return bursts


def _day(when: datetime) -> int:
    return int(when.timestamp() // SECONDS_PER_DAY)


def _outlets(burst: Sequence[Document]) -> int:
    """Distinct outlets of a burst (a document without one counts as its own)."""
    return len({doc.outlet or doc.id for doc in burst})


def _centroid(burst: Sequence[Document], embeddings: Mapping[str, np.ndarray]) -> np.ndarray | None:
    vectors = [embeddings[doc.id] for doc in burst if doc.id in embeddings]
    return _unit(np.sum(vectors, axis=0)) if vectors else None


def _closest(vector: np.ndarray | None, centroids: Sequence[np.ndarray | None]) -> int:
    """Index of the centroid most similar to ``vector`` (0 when there is no vector to compare)."""
    if vector is None:
        return 0
    scores = [float(c @ vector) if c is not None else -math.inf for c in centroids]
    return int(np.argmax(scores))


class StoryIndex:
    """The stories seen so far, ready to place new documents one at a time.

    :func:`cluster_stories` is this index fed in publication order; a long-running process, the
    incremental link step (:mod:`newsfuse.link.incremental`) or a benchmark keeps one and calls
    :meth:`place` (or :meth:`place_merging`) for each arriving article. Documents arriving in
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
        mergeable: bool = False,
    ) -> None:
        """``weights``: entity name frequencies already counted over the corpus (see :func:`name_weights`);
        without them, every seeded or placed document is counted as it comes. ``mergeable`` keeps
        each story's members so that :meth:`place_merging` can fold one story into another (it
        costs a reference per document; :func:`cluster_stories` over a whole corpus does without)."""
        self.threshold = float(settings.get("story_threshold", threshold))
        self.window_days = float(settings.get("story_window_days", window_days))
        self.mergeable = mergeable
        self._count_names = weights is None
        self._clusterer = _Clusterer(
            dimension, threshold=self.threshold, window_days=self.window_days, weights=weights
        )
        # Per story: its members' (unit vector, names, time), to fold a story into another on a merge.
        self._members: dict[str, list[tuple[np.ndarray | None, frozenset[str], datetime | None]]] = {}
        # Stories merged into an older one -> the survivor (their rows stay in the clusterer).
        self._merged: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._clusterer.ids) - len(self._merged)

    @property
    def merged(self) -> dict[str, str]:
        """Story id -> the story it was merged into by :meth:`place_merging`."""
        return dict(self._merged)

    def seed(self, doc: Document, story: str, *, vector: np.ndarray | None, entities: Iterable[str]) -> None:
        """Add a document whose story is already known (a previous run's assignment)."""
        self.seed_at(story, vector=vector, entities=clustering_names(doc, entities), when=publication_time(doc))

    def seed_at(
        self, story: str, *, vector: np.ndarray | None, entities: Iterable[str], when: datetime | None
    ) -> None:
        """:meth:`seed` from stored features (publication time as read by :func:`publication_time`)."""
        names = _names(entities)
        if self._count_names:
            self._clusterer.weights.count(names)
        self._add(self._resolve(story), _unit(vector), names, when)

    def seed_named(self, story: str, unit: np.ndarray | None, names: frozenset[str], when: datetime | None) -> None:
        """:meth:`seed_at` with the unit vector and the names (:func:`clustering_names`) already computed."""
        if self._count_names:
            self._clusterer.weights.count(names)
        self._add(self._resolve(story), unit, names, when)

    def place(self, doc: Document, *, vector: np.ndarray | None, entities: Iterable[str]) -> str:
        """Join the most similar open story reaching the threshold, or found a new one; returns the story id.

        ``entities`` are the document's entity names; the numbers of its title and lead are added here."""
        return self.place_named(doc, _unit(vector), clustering_names(doc, entities))

    def place_named(self, doc: Document, unit: np.ndarray | None, names: frozenset[str]) -> str:
        """:meth:`place` with the unit vector and the names (:func:`clustering_names`) already computed."""
        when = publication_time(doc)
        if self._count_names:
            self._clusterer.weights.count(names)
        self._clusterer.advance(when)
        weekdays = named_weekdays(doc) if when is None else frozenset()
        best = self._clusterer.best(unit, names, when, weekdays)
        story = self._resolve(best) if best is not None else story_id(doc.id)
        self._add(story, unit, names, when)
        return story

    def place_merging(
        self, doc: Document, *, vector: np.ndarray | None, entities: Iterable[str]
    ) -> tuple[str, tuple[str, ...]]:
        """:meth:`place`, and merge the stories this document bridges.

        Every story the document reaches the threshold with is about its event; when there are
        several, the oldest (earliest first document; ties by id) absorbs the others and keeps its
        id. Returns the document's story and the ids of the stories merged into it. An undated
        document bridges nothing: it is placed as by :meth:`place` (close to two episodes of a
        thread, it says nothing about their being one event).
        """
        unit, names, when = _unit(vector), clustering_names(doc, entities), publication_time(doc)
        if when is None:
            return self.place_named(doc, unit, names), ()
        if self._count_names:
            self._clusterer.weights.count(names)
        self._clusterer.advance(when)
        reached = self._reached(unit, names, when)
        if not reached:
            story = story_id(doc.id)
            self._add(story, unit, names, when)
            return story, ()
        survivor, absorbed = reached[0], tuple(reached[1:])
        for other in absorbed:
            self._absorb(other, survivor)
        self._add(survivor, unit, names, when)
        return survivor, absorbed

    def empty_copy(self) -> StoryIndex:
        """An index with no stories and this one's threshold, window and name weights."""
        return StoryIndex(
            self._clusterer._totals.shape[1],
            threshold=self.threshold,
            window_days=self.window_days,
            weights=self._clusterer.weights,
        )

    def rejoin(self, doc: Document, unit: np.ndarray | None, names: frozenset[str]) -> str | None:
        """The dated story a dated document left out of this index would join (:meth:`_Clusterer.best_dated`),
        or ``None``; the index is not changed, but for its clock (call in publication order)."""
        when = publication_time(doc)
        if when is None:
            return None
        self._clusterer.advance(when)
        best = self._clusterer.best_dated(unit, names, when)
        return self._resolve(best) if best is not None else None

    def _reached(self, unit: np.ndarray | None, names: frozenset[str], when: datetime | None) -> list[str]:
        """Distinct stories whose score reaches the threshold, oldest first."""
        if not self._clusterer.ids:
            return []
        scores = self._clusterer.scores(0, unit, names, when)
        rows = np.flatnonzero(scores >= self.threshold)
        stories = {self._resolve(self._clusterer.ids[int(r)]) for r in rows}
        return sorted(stories, key=lambda s: (self._first_time(s), s))

    def _first_time(self, story: str) -> float:
        stamps = [when.timestamp() for _, _, when in self._members.get(story, ()) if when is not None]
        return min(stamps) if stamps else math.inf

    def _absorb(self, other: str, survivor: str) -> None:
        moved = self._members.pop(other, [])
        for unit, names, when in moved:
            self._clusterer.add_to(survivor, unit, names, when)
        self._members.setdefault(survivor, []).extend(moved)
        self._merged[other] = survivor
        self._clusterer.retire(other)
        for old, into in self._merged.items():
            if into == other:
                self._merged[old] = survivor

    def _add(self, story: str, unit: np.ndarray | None, names: frozenset[str], when: datetime | None) -> None:
        self._clusterer.add_to(story, unit, names, when)
        if self.mergeable:
            self._members.setdefault(story, []).append((unit, names, when))

    def _resolve(self, story: str) -> str:
        return self._merged.get(story, story)


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
    """Normalised entity names; number names (:func:`story_numbers`, kept in the link state) pass as they are."""
    return frozenset(n for n in (e if e.startswith(NUMBER_PREFIX) else normalise_entity(e) for e in entities) if n)


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

    Average-link agglomeration over stories: two groups of stories merge, most similar pair first,
    while the mean similarity of their documents reaches ``threshold`` (setting
    ``storyline_threshold``); there is no time window. A document's similarity to another mixes its
    embedding cosine with the cosine of IDF-weighted content words of its title and lead (the event
    type: "quake", "rehab", "sequel") and entity names (``entities``), which tell two threads of one
    kind apart; two groups whose own people and places differ entirely lose a share of it
    (:class:`NameConflicts`): a fire in one town and a fire in another are two threads unless their
    words say otherwise strongly. Stories keep their ``previous`` storyline; two stories already in
    different storylines never merge, so storyline ids stay stable. A new storyline's id derives from
    its earliest story.
    """
    limit = float(settings.get("storyline_threshold", threshold))
    kept = dict(previous or {})
    members: dict[str, list[Document]] = {}
    for doc in publication_order(docs):
        if doc.id in stories and not (doc.duplicate_of and doc.duplicate_of in stories):
            members.setdefault(stories[doc.id], []).append(doc)
    order = sorted(members, key=lambda s: canonical_order(members[s][0]))
    if not order:
        return {}
    # each document's names normalised once, for the term vectors and the name conflicts alike
    names = {doc.id: _storyline_names(doc, entities or {}) for story in order for doc in members[story]}
    sums = _story_sums(members, order, embeddings=embeddings, entities=entities or {}, names=names)
    sizes = np.array([len(members[story]) for story in order], dtype=float)
    conflicts = NameConflicts([members[story] for story in order], entities or {}, names=names)
    groups = average_link(sums, sizes, limit, pinned=[kept.get(story) for story in order], conflicts=conflicts)
    line_of_group: dict[int, str] = {}
    for k, story in enumerate(order):  # earliest story first: it names a new storyline
        if story in kept:
            line_of_group[groups[k]] = kept[story]
        else:
            line_of_group.setdefault(groups[k], storyline_id(story))
    return {story: line_of_group[groups[k]] for k, story in enumerate(order)}


# Share of the embedding cosine in the storyline similarity; the rest is the word and name overlap.
# Chosen on ECB+ train topics with the threshold (docs/evaluation.md): embeddings alone group every
# earthquake together, words alone miss paraphrases.
STORYLINE_EMBEDDING_WEIGHT = 0.4
# Words and names are hashed into this many signed buckets (a dense block next to the embedding,
# bounded memory whatever the vocabulary); collisions add zero-mean noise.
LEXICAL_BUCKETS = 1024
# Candidate storylines per story scored exactly during agglomeration (the nearest by average similarity).
STORYLINE_NEIGHBOURS = 12
# Rows of the story-by-story similarity computed at once when finding neighbours (bounds memory).
NEIGHBOUR_BLOCK = 1024
# Documents whose storyline rows are built at once when summing them per story (bounds memory:
# 100,000 rows would take 560 MB).
SUM_SLICE_DOCUMENTS = 8192
_WORD = re.compile(r"[a-z][a-z'\-]+")
_SUFFIXES = ("ings", "ing", "ed", "es", "s")


# English function words and reporting verbs (words of three letters or more; shorter ones are
# dropped anyway). Kept here rather than imported from spaCy: link code runs without loading it,
# and IDF already weighs down whatever common word this list misses.
STOP_WORDS = frozenset(
    """
    about above after again against all also among and another any are around because been before
    being below between both but can could did does doing down during each either else ever every
    few for from further had has have having her here hers herself him himself his how however into
    its itself just last least less many might more most much must near neither next nor not now off
    once one only onto other our ours out over own per perhaps rather said same say says see seen
    several she should since some still such than that the their theirs them themselves then there
    these they this those though three through thus told too two under until upon very via was were
    what when where whether which while who whom whose why will with within without would yet you
    your yours new also according week year years day days monday tuesday wednesday thursday friday
    saturday sunday
    """.split()
)


def content_words(text: str) -> list[str]:
    """Lower-case words of ``text`` without stop words, with plural and verb endings cut ("quakes" -> "quak")."""
    return [_stem(w) for w in _WORD.findall(text.lower()) if len(w) > 2 and w not in STOP_WORDS]


def _stem(word: str) -> str:
    """Crude but consistent: "escape", "escapes", "escaped", "escaping" all become "escap"."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


@functools.lru_cache(maxsize=1 << 18)
def _bucket(term: str) -> tuple[int, float]:
    code = zlib.crc32(term.encode("utf-8"))
    return code % LEXICAL_BUCKETS, 1.0 if code & 0x8000_0000 else -1.0


def storyline_vectors(
    docs: Sequence[Document],
    *,
    embeddings: Mapping[str, np.ndarray],
    entities: Mapping[str, Iterable[str]],
    frequency: Mapping[str, int] | None = None,
    total: int | None = None,
    names: Mapping[str, frozenset[str]] | None = None,
) -> np.ndarray:
    """One row per document: its unit embedding and its unit IDF-weighted term vector, weighted so that
    the dot product of two rows is the storyline similarity of the two documents.

    Terms are the content words of :func:`story_text` and the entity names (prefixed, so that "Jordan"
    the country and "jordan" the word stay apart); IDF is counted over ``docs``, or taken from
    ``frequency`` over ``total`` documents when the rows are built a slice at a time; ``names`` are the
    documents' normalised entity names when the caller has them already.
    """
    bags = [_term_bag(d, entities, names) for d in docs]
    if frequency is None:
        frequency = Counter(term for bag in bags for term in bag)
        total = len(docs)
    # Smoothed like NameWeights: in a small folder about one kind of event its kind words are in
    # most documents, and plain IDF would weigh them down to nothing.
    smoothed = (total if total is not None else len(docs)) + NAME_PRIOR_DOCUMENTS + 1
    lexical = np.zeros((len(docs), LEXICAL_BUCKETS), dtype=np.float32)
    for k, bag in enumerate(bags):
        for term, count in bag.items():
            bucket, sign = _bucket(term)
            lexical[k, bucket] += sign * (1.0 + math.log(count)) * math.log(smoothed / (frequency.get(term, 0) + 1))
    semantic = np.zeros((len(docs), _dimension(embeddings)), dtype=np.float32)
    for k, doc in enumerate(docs):
        if (vector := _unit(embeddings.get(doc.id))) is not None:
            semantic[k] = vector
    return np.hstack(
        [
            math.sqrt(STORYLINE_EMBEDDING_WEIGHT) * semantic,
            math.sqrt(1.0 - STORYLINE_EMBEDDING_WEIGHT) * _unit_matrix(lexical),
        ]
    )


def _term_bag(doc: Document, entities: Mapping[str, Iterable[str]],
              names: Mapping[str, frozenset[str]] | None = None) -> Counter[str]:
    own = names[doc.id] if names is not None and doc.id in names else _storyline_names(doc, entities)
    return Counter(content_words(story_text(doc))) + Counter("@" + n for n in own)


def _storyline_names(doc: Document, entities: Mapping[str, Iterable[str]]) -> frozenset[str]:
    """The document's entity names without the numbers the link state keeps beside them."""
    return frozenset(n for n in _names(entities.get(doc.id, ())) if not n.startswith(NUMBER_PREFIX))


def _story_sums(
    members: Mapping[str, list[Document]],
    order: Sequence[str],
    *,
    embeddings: Mapping[str, np.ndarray],
    entities: Mapping[str, Iterable[str]],
    names: Mapping[str, frozenset[str]] | None = None,
) -> np.ndarray:
    """Per story (in ``order``), the sum of its documents' storyline rows, built a slice of documents at
    a time so that memory follows the number of stories, not the number of documents."""
    frequency: Counter[str] = Counter()
    total = 0
    for story in order:
        for doc in members[story]:
            frequency.update(_term_bag(doc, entities, names).keys())
            total += 1
    sums = np.zeros((len(order), _dimension(embeddings) + LEXICAL_BUCKETS), dtype=np.float32)
    start = 0
    while start < len(order):
        end, size = start, 0
        while end < len(order) and (size == 0 or size + len(members[order[end]]) <= SUM_SLICE_DOCUMENTS):
            size += len(members[order[end]])
            end += 1
        docs = [d for story in order[start:end] for d in members[story]]
        rows = storyline_vectors(docs, embeddings=embeddings, entities=entities, frequency=frequency, total=total,
                                 names=names)
        row = 0
        for k in range(start, end):
            count = len(members[order[k]])
            sums[k] = rows[row : row + count].sum(axis=0)
            row += count
        start = end
    return sums


# A group's own names are those at least this share of its documents give (not a passing mention) ...
OWN_NAME_SHARE = 0.3
# ... and at most this share of the documents grouped (plus NAME_PRIOR_DOCUMENTS): "U.S." or "police"
# appear in every kind of thread and tell none apart.
COMMON_NAME_SHARE = 0.05
# Share of the similarity lost by two groups whose own names differ entirely. Chosen on ECB+ train topics
# with the threshold (docs/evaluation.md): 0.15 parts two fires in two countries and two sentencings in
# two cities; a stronger one also parts what ECB+ counts as one topic, two events of one kind in two
# places (riots in two countries after police shootings).
NAME_CONFLICT_PENALTY = 0.15


class NameConflicts:
    """Whether two groups of stories are about different people and places, for :func:`average_link`.

    Two groups conflict when each has names of its own, they share none, and no document of the
    corpus gives one name of each: a document naming both "Aceh" and "Indonesia" says they belong
    together, which no gazetteer is needed to learn. A conflict scales the groups' similarity by
    ``1 - NAME_CONFLICT_PENALTY``: a kind of event seen in two places is still one storyline when the
    words and embeddings say so strongly enough. Groups are numbered as the rows of ``average_link``.

    Cost: memory follows the mentions of rare names (each one's documents); a group's own names are
    recomputed only after it merges, and ``average_link`` asks only about its candidate pairs.
    """

    def __init__(self, groups: Sequence[Sequence[Document]], entities: Mapping[str, Iterable[str]],
                 names: Mapping[str, frozenset[str]] | None = None) -> None:
        known = names or {}
        by_group = [[known[doc.id] if doc.id in known else _storyline_names(doc, entities) for doc in docs]
                    for docs in groups]
        frequency = Counter(name for group in by_group for doc_names in group for name in doc_names)
        limit = COMMON_NAME_SHARE * (sum(len(group) for group in by_group) + NAME_PRIOR_DOCUMENTS)
        self._documents: dict[str, set[int]] = {}  # rare name -> the (numbered) documents giving it
        self._counts: dict[int, Counter[str]] = {}  # group -> documents giving each rare name
        self._sizes: dict[int, int] = {}
        self._own: dict[int, frozenset[str]] = {}
        number = 0
        for k, group in enumerate(by_group):
            counts: Counter[str] = Counter()
            for doc_names in group:
                rare = [name for name in doc_names if frequency[name] <= limit]
                counts.update(rare)
                for name in rare:
                    self._documents.setdefault(name, set()).add(number)
                number += 1
            self._counts[k], self._sizes[k] = counts, len(group)

    def merge(self, a: int, b: int) -> None:
        """Group ``a`` absorbs group ``b``."""
        self._counts.setdefault(a, Counter()).update(self._counts.pop(b, Counter()))
        self._sizes[a] = self._sizes.get(a, 0) + self._sizes.pop(b, 0)
        self._own.pop(a, None)
        self._own.pop(b, None)

    def factor(self, a: int, b: int) -> float:
        """What the similarity of groups ``a`` and ``b`` is multiplied by: 1, or less when they conflict."""
        mine, theirs = self._own_names(a), self._own_names(b)
        if not mine or not theirs or mine & theirs or self._named_together(mine, theirs):
            return 1.0
        return 1.0 - NAME_CONFLICT_PENALTY

    def _own_names(self, k: int) -> frozenset[str]:
        if k not in self._own:
            least = OWN_NAME_SHARE * self._sizes.get(k, 0)
            self._own[k] = frozenset(n for n, c in self._counts.get(k, Counter()).items() if c >= least)
        return self._own[k]

    def _named_together(self, mine: frozenset[str], theirs: frozenset[str]) -> bool:
        return any(not self._documents[x].isdisjoint(self._documents[y]) for x in mine for y in theirs)


def _unit_matrix(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms > 0, norms, 1.0)


def average_link(
    sums: np.ndarray,
    sizes: np.ndarray,
    threshold: float,
    *,
    pinned: Sequence[str | None],
    conflicts: NameConflicts | None = None,
) -> list[int]:
    """Average-link agglomeration of groups given by the sums of their members' rows; group index per input row.

    The average similarity of two groups is ``sums[a] @ sums[b] / (sizes[a] * sizes[b])`` (the mean dot
    product of their members). Groups with the same ``pinned`` label start merged; groups with different
    labels never merge. Only each group's STORYLINE_NEIGHBOURS nearest groups are candidates, so the cost
    grows with the number of groups times the neighbours, not with its square (beyond one blocked search).
    ``conflicts`` scales the similarity of two groups that name different people and places.
    """
    conflicts = conflicts or NameConflicts([], {})
    sums = sums.astype(np.float64)
    sizes = sizes.astype(np.float64).copy()
    parent = list(range(len(sizes)))
    label: list[str | None] = list(pinned)
    first_of: dict[str, int] = {}
    for k, name in enumerate(pinned):
        if name is not None:
            if name in first_of:
                _absorb(first_of[name], k, sums, sizes, parent, conflicts)
            else:
                first_of[name] = k
    alive = [k for k in range(len(sizes)) if parent[k] == k]
    neighbours = _nearest(sums, sizes, alive)
    heap: list[tuple[float, int, int]] = []
    for a in alive:
        for b in neighbours[a]:
            if a < b:
                _push(heap, sums, sizes, a, b, threshold, conflicts)
    while heap:
        key, a, b = heapq.heappop(heap)
        if parent[a] != a or parent[b] != b or (label[a] is not None and label[b] is not None):
            continue  # one side was merged into a third group (that pair was pushed then), or both are pinned
        if -key != _similarity(sums, sizes, a, b, conflicts):
            _push(heap, sums, sizes, a, b, threshold, conflicts)  # pushed before one side grew: score it as it is now
            continue
        _absorb(a, b, sums, sizes, parent, conflicts)
        label[a] = label[a] or label[b]
        merged = (neighbours[a] | neighbours[b]) - {a, b}
        neighbours[a] = merged
        for c in merged:
            neighbours[c].discard(b)
            neighbours[c].add(a)
            _push(heap, sums, sizes, min(a, c), max(a, c), threshold, conflicts)
    return [_root(parent, k) for k in range(len(sizes))]


def _absorb(a: int, b: int, sums: np.ndarray, sizes: np.ndarray, parent: list[int], conflicts: NameConflicts) -> None:
    sums[a] += sums[b]
    sizes[a] += sizes[b]
    parent[b] = a
    conflicts.merge(a, b)


def _root(parent: list[int], k: int) -> int:
    while parent[k] != k:
        k = parent[k]
    return k


def _push(
    heap: list[tuple[float, int, int]],
    sums: np.ndarray,
    sizes: np.ndarray,
    a: int,
    b: int,
    threshold: float,
    conflicts: NameConflicts,
) -> None:
    similarity = _similarity(sums, sizes, a, b, conflicts)
    if similarity >= threshold:
        heapq.heappush(heap, (-similarity, a, b))


def _similarity(sums: np.ndarray, sizes: np.ndarray, a: int, b: int, conflicts: NameConflicts) -> float:
    return float(sums[a] @ sums[b]) / (sizes[a] * sizes[b]) * conflicts.factor(a, b)


def _nearest(sums: np.ndarray, sizes: np.ndarray, alive: list[int]) -> dict[int, set[int]]:
    """Each live group's nearest live groups by average similarity (symmetric: a neighbour's neighbour too)."""
    neighbours: dict[int, set[int]] = {k: set() for k in alive}
    if len(alive) < 2:
        return neighbours
    index = np.array(alive)
    means = sums[index] / sizes[index, None]
    wanted = min(STORYLINE_NEIGHBOURS, len(alive) - 1)
    for start in range(0, len(alive), NEIGHBOUR_BLOCK):
        block = means[start : start + NEIGHBOUR_BLOCK] @ means.T
        for offset in range(block.shape[0]):
            block[offset, start + offset] = -np.inf
        top = np.argpartition(-block, wanted - 1, axis=1)[:, :wanted]
        for offset, row in enumerate(top):
            a = alive[start + offset]
            for j in row:
                b = alive[int(j)]
                neighbours[a].add(b)
                neighbours[b].add(a)
    return neighbours


def story_title(docs_in_story: Sequence[Document], embeddings: Mapping[str, np.ndarray] | None = None) -> str:
    """The title of the story's most central document.

    Central means closest to the centroid of the members' embeddings when ``embeddings`` are
    given (among titles equally near, the one whose words the other articles' titles and leads use
    most: :func:`_title_support`), else sharing the most title words with the other titles. A story
    without any title falls back to the first sentence of its earliest document.
    """
    titled = [d for d in publication_order(docs_in_story) if (d.title or "").strip()]
    if not titled:
        return _first_sentence(publication_order(docs_in_story))
    # a story is named by its news, not by a view of it or a teaser: "Joe Manchin's selfishness" (an op-ed),
    # "Frances Haugen, Facebook Whistleblower: 5 Fast Facts You Need to Know" over the reports beside them
    titled = [d for d in titled if not _names_a_view_or_teaser(d)] or titled
    vectors = {d.id: v for d in titled if embeddings and (v := _vector(embeddings, d.id)) is not None}
    if vectors:
        centroid = normalise_rows(np.sum(list(vectors.values()), axis=0))[0]
        nearness = {d.id: float(vectors[d.id] @ centroid) if d.id in vectors else -2.0 for d in titled}
        # Two reports are always equally near their centroid, and a float's last bit had named the story
        # ("Inside Democrats' tax-hike menu" in one run, the other article's headline in the next): among
        # titles the embeddings cannot tell apart, the one whose words the other articles say names it.
        top = max(nearness.values())
        tied = [d for d in titled if nearness[d.id] >= top - _CENTRALITY_TIE]
        best = max(tied, key=lambda d: (_title_support(d, docs_in_story), nearness[d.id]))
    else:
        bags = {d.id: set(normalise_words(d.title or "")) for d in titled}
        best = max(titled, key=lambda d: sum(_jaccard(frozenset(bags[d.id]), frozenset(b)) for b in bags.values()))
    return (best.title or "").strip()


# Cosines to the centroid closer than this are one value (float32 rounding of two equal cosines).
_CENTRALITY_TIE = 1e-4


def _title_support(doc: Document, docs_in_story: Sequence[Document]) -> float:
    """The share of the title's content words that the story's other articles use in their title or lead,
    averaged over those articles: a plain report's headline ("Administration issues new eviction moratorium")
    is told by the others, a slant or a teaser ("bends to liberals", "Inside ... menu") is its own."""
    own = set(content_words(doc.title or ""))
    others = [d for d in docs_in_story if d.id != doc.id]
    if not own or not others:
        return 0.0
    return sum(len(own & set(content_words(story_text(o)))) / len(own) for o in others) / len(others)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# Opinion sections by their URL path, and titles labelled as a view.
# A section ("/opinion/") or, where the section is news, a slug the outlet opens with its label ("/news/opinion-the-...",
# "/technology/opinion-why-are-we-...").
_VIEW_PATH = re.compile(r"/(?:opinions?|editorials?|commentary|op-?eds?|columns?|columnists?|blogs?|views?|voices)(?:/|$)"
                        r"|/(?:opinion|editorial|op-?ed|commentary)-", re.IGNORECASE)
_VIEW_LABEL = re.compile(r"^\s*(?:opinion|editorial|op-?ed|commentary|column|analysis|perspective|letters?)\s*[:|\u2014\u2013-]",
                         re.IGNORECASE)
# Teasers that withhold the news: "5 Fast Facts You Need to Know", "What to know about ...", a question, a title
# that explains ("Why we can ...", "Why the vote matters", "How the storm grew so fast"); and round-ups of reactions to the news, a side
# article ("The most savage memes about the couple's divorce", "Twitter reacts to ..."; "meme stocks" is news).
_TEASER = re.compile(r"\b(?:you need to know|what (?:you|we) (?:need to )?know|what to know|fast facts|things to know|"
                     r"here'?s (?:what|why|how)|explained|memes|(?:twitter|the internet|social media) (?:reacts|roasts)|"
                     r"best (?:reactions|tweets))\b|\?\s*$|^\W*(?:why|how)\b", re.IGNORECASE)


def _names_a_view_or_teaser(doc: Document) -> bool:
    """An opinion piece or a teaser title."""
    return is_opinion_piece(doc) or bool(_TEASER.search(doc.title or ""))


# A title that is the writer's verdict: what someone must or should do, or who is wrong to do it ("Oversight Board Is
# Wrong to Uphold ...", "The Government Should Stop Telling ...", "Biden must sort out ..."). Modals inside a
# reported or embedded clause ("Americans divided on whether Trump should be banned", "forces X to admit CNN
# shouldn't have ...", "Governor says schools must reopen", "Mayor: 'We must rebuild'") are the news, not the view, and
# a teaser's question ("The chip shortage is getting worse. Here's why you should care") explains it.
_VERDICT_TITLE = re.compile(r"\b(?:is|are|was|were)\s+(?:\w+\s+)?(?:wrong|right)\s+to\b|\b(?:should|must)\b", re.IGNORECASE)
_REPORTED_TITLE = re.compile(
    r"\b(?:whether|if|that|admits?|says?|said|urges?|calls?|warns?|tells?|argues?|claims?|insists?|asks?|demands?|"
    r"poll|survey|here['’]?s\s+(?:why|what|how))\b|[:\"“‘]|\s[—–-]\s",
    re.IGNORECASE,
)


# Words anywhere in the title that make its modal a rule or someone else's view ("Schools should reopen, CDC says",
# "Travelers must show proof of vaccination under new rule", "Workers must be tested weekly, Biden orders", "Court
# rules states must count late ballots").
_RULE_OR_REPORT = re.compile(
    r"\b(?:says?|said|rules?|ruled|orders?|ordered|under|according|or\s+face|court|judge)\b"
    # a rule's own terms: how long or by when ("All travelers must quarantine for 14 days", "Staff must be
    # vaccinated by Jan. 4", "Visitors must show a test taken within 72 hours"); a verdict sets no term
    r"|\b(?:for|within)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|thirty)\s+"
    r"(?:days?|weeks?|months?|hours?)\b"
    r"|\b(?:by|from|starting|beginning)\s+(?:(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    re.IGNORECASE,
)


# An outlet given as its opinion desk ("The Daily Ledger (Opinion)", "Harbour News Opinion", "... Editorials") or as a
# guest writer ("Guest Writer - Left", "Guest column"): a feed that names the section a piece came from, or its writer
# as a guest's, says so by the outlet, where the URL may give no section ("/articles/...", "/news/...").
_VIEW_OUTLET = re.compile(r"(?:^|[\s(])(?:opinions?|editorials?|commentary|op-?eds?)\)?\s*$"
                          r"|\bguest\s+(?:writers?|columns?|columnists?|essays?|contributors?|op-?eds?)\b", re.IGNORECASE)


def is_opinion_piece(doc: Document) -> bool:
    """An opinion piece, by its URL's section ("/opinion/", "/commentary/", "/blogs/"), its outlet's ("... (Opinion)"),
    its title's label ("Opinion:", "Analysis:") or its title's verdict ("... Is Wrong to ...", "... Should Stop ...")."""
    path = re.sub(r"^[a-z]+://[^/]+", "", doc.url or "", flags=re.IGNORECASE)
    title = doc.title or ""
    verdict = _VERDICT_TITLE.search(title)
    if verdict is not None and not _REPORTED_TITLE.search(title[: verdict.start()]) \
            and not _RULE_OR_REPORT.search(title):
        return True
    return bool(_VIEW_PATH.search(path) or _VIEW_LABEL.match(title) or _VIEW_OUTLET.search(doc.outlet or ""))


def _first_sentence(docs: Sequence[Document], limit: int = 120) -> str:
    for doc in docs:
        # Within the first paragraph: a lead that ends without a full stop (a headline kept as text,
        # a line in another script) had run on into the next paragraphs, blank lines and all.
        paragraph = next((p.strip() for p in doc.text.split("\n\n") if p.strip()), "")
        if paragraph:
            sentence = " ".join(_SENTENCE_END.split(paragraph, maxsplit=1)[0].split())
            return sentence if len(sentence) <= limit else sentence[: limit - 1].rstrip() + "…"
    return ""


def weights_from_counts(documents: int, counts: Mapping[str, int]) -> NameWeights:
    """Name weights from stored counts: ``documents`` counted, ``counts`` the document frequency of
    the names that matter (keys as :func:`normalise_entity` gives them); the incremental link step
    loads only those instead of recounting the corpus."""
    weights = NameWeights()
    weights.documents = documents
    weights._df.update(counts)  # noqa: SLF001 - this module's own class, filled from the store
    return weights


def entity_names(entities: Iterable[str]) -> frozenset[str]:
    """Entity names as clustering compares them (:func:`normalise_entity`, empty ones dropped)."""
    return _names(entities)
