"""Incremental linking: the documents a run added, placed into the link state kept in the store.

A full link step (``newsfuse run --relink``, or the first run on a store) recomputes
duplicates, entities, stories and storylines over every document and writes, beside the
results, the state the next run starts from (:class:`newsfuse.store.LinkState`): MinHash band
keys of every document and substantial paragraph, each document's clustering features, each
story's time span and embedding sum, and entity-name counts. A run that adds documents then:

1. **copies**: looks each new document's band keys up in the stored index
   (:meth:`Store.lsh_lookup`) and verifies the few candidates with the rule of
   :func:`newsfuse.link.dedup.find_copies` (:func:`check_new`); a document bridging two
   syndication groups joins them, an earlier-published newcomer becomes its group's canonical
   copy, an outlet's newer version of its own article supersedes the older one;
2. **entities**: canonicalises the new documents' mentions and merges the result into the stored
   entities with the same (name-derived, stable) ids;
3. **stories**: builds a :class:`StoryIndex` from only the stories a new document could join
   (time span within the window, centroid cosine high enough that the entity term could lift it
   to the threshold), seeds them with their members, and places the new documents in publication
   order; a document reaching the threshold with several stories merges them into the oldest
   (:meth:`StoryIndex.place_merging`); copies join their original's story;
4. **briefs**: splits a touched story whose dated articles now fall in two bursts
   (:func:`newsfuse.link.stories.split_bursts`, as a full step does), then recomputes storylines
   and briefings of the touched stories only.

What it leaves to a full relink: surname-only and acronym mentions in a new document join
entities named in full in the same batch only, and a new story's storyline is chosen among the
stories loaded in step 3 (run ``newsfuse run --relink`` after changing settings, or now and then).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

import numpy as np

from newsfuse.link.canonical import attach_speakers, canonicalise
from newsfuse.link.dedup import (
    STORED_PEERS,
    LshRows,
    Reuse,
    canonical_order,
    check_new,
    lookup_keys,
    lsh_index,
    lsh_rows,
    publication_time,
    superseded_versions,
)
from newsfuse.link.stories import (
    MAX_ENTITY_GAIN,
    SECONDS_PER_DAY,
    StoryIndex,
    clustering_names,
    publication_order,
    split_bursts,
    weights_from_counts,
)
from newsfuse.records import Document, Entity, Extraction, Span, Story
from newsfuse.store import LinkState, ReuseRow, Store, StorySpan

# Brief builder: (documents, extractions, assignment, storylines, embeddings) -> stories.
# (documents, extractions, assignment, storylines, embeddings, partial reuse among the documents) -> stories
Briefer = Callable[
    [Sequence[Document], dict[str, Extraction], dict[str, str], dict[str, str], dict[str, np.ndarray], list[ReuseRow]],
    list[Story],
]
# Entity-name set of one extraction under an (doc, cluster) -> entity id map.
EntitySetter = Callable[[Extraction, dict[tuple[str, int], str]], set[str]]


@dataclass(slots=True)
class Increment:
    """What one incremental link step changes (written by :meth:`Store.update_links`)."""

    documents: dict[str, Document] = field(default_factory=dict)
    extractions: list[Extraction] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    assignments: dict[str, str] = field(default_factory=dict)
    merged: dict[str, str] = field(default_factory=dict)
    state: LinkState = field(default_factory=lambda: LinkState(full=False))
    touched: set[str] = field(default_factory=set)


# -- step 1: copies --------------------------------------------------------------------------------


class CopyChecker:
    """Duplicate and reuse checks of new documents against the store's LSH index and each other."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.changed: dict[str, Document] = {}  # documents whose link fields this step changed
        self.rows: list[tuple[int, str, int]] = []
        self.reuse: list[Reuse] = []
        self._local: dict[tuple[int, int], list[tuple[str, int]]] = {}

    def add(self, doc: Document) -> Document:
        """Check ``doc``, record what changes; returns ``doc`` with its link fields set."""
        self.changed[doc.id] = doc
        rows = lsh_rows([doc])
        keys = lookup_keys(rows)
        hits = self.store.lsh_lookup(keys, per_key=STORED_PEERS)
        for wanted in keys:
            hits.update(self._local.get(wanted, [])[:STORED_PEERS])
        candidates = self._documents({d for d, _ in hits} - {doc.id})
        found = check_new(doc, list(candidates.values()))
        self.reuse.extend(found.reuse)
        if found.duplicates:
            self._join_groups(doc, set(found.duplicates))
        for band_key, doc_id, paragraph in rows:
            self._local.setdefault((band_key, paragraph if paragraph < 0 else 0), []).append((doc_id, paragraph))
        self.rows.extend(rows)
        return self.changed[doc.id]

    def _documents(self, ids: Iterable[str]) -> dict[str, Document]:
        wanted = set(ids)
        found = {i: self.changed[i] for i in wanted if i in self.changed}
        found.update(self.store.documents_by_id(wanted - set(found)))
        return found

    def _join_groups(self, doc: Document, canonicals: set[str]) -> None:
        """``doc`` joins the groups it duplicates; bridged groups become one under the earliest copy."""
        heads = self._documents(canonicals) | {doc.id: doc}
        canonical = min(heads.values(), key=canonical_order).id
        moving = [c for c in canonicals if c != canonical]
        members = self._documents(self._members(moving)) if moving else {}
        for member in members.values():
            self.changed[member.id] = replace(member, duplicate_of=None if member.id == canonical else canonical)
        if doc.id != canonical:
            self.changed[doc.id] = replace(self.changed[doc.id], duplicate_of=canonical)
        self._supersede(self.changed[doc.id], canonical)

    def _members(self, canonicals: Iterable[str], outlet: str | None = None) -> set[str]:
        wanted = set(canonicals)
        stored = set(self.store.group_members(wanted, outlet=outlet))
        local = {
            d.id for d in self.changed.values()
            if (d.id in wanted or d.duplicate_of in wanted)
            and (outlet is None or (d.outlet or "").strip().lower() == outlet.strip().lower())
        }
        return stored | local

    def _supersede(self, doc: Document, canonical: str) -> None:
        """An outlet's versions of one article: the newest replaces the others in their story."""
        if not (doc.outlet or "").strip():
            return
        versions = self._documents(self._members({canonical}, outlet=doc.outlet) | {doc.id})
        versions = {i: self.changed.get(i, d) for i, d in versions.items()}
        if len(versions) < 2:
            return
        newest = superseded_versions(list(versions.values()), {i: canonical for i in versions})
        for doc_id, version in versions.items():
            wanted = newest.get(doc_id)
            if version.superseded_by != wanted:
                self.changed[doc_id] = replace(version, superseded_by=wanted)


# -- step 2: entities ------------------------------------------------------------------------------


def merge_entities(new: Sequence[Entity], stored: Mapping[str, Entity]) -> list[Entity]:
    """New entities folded into the stored ones with the same id (mentions, aliases, titles unioned)."""
    out = []
    for entity in new:
        old = stored.get(entity.id)
        if old is None:
            out.append(entity)
            continue
        mentions = tuple(sorted(set(old.mentions) | set(entity.mentions), key=_span_key))
        out.append(
            replace(
                old,
                aliases=tuple(dict.fromkeys((*old.aliases, *entity.aliases))),
                titles=tuple(dict.fromkeys((*old.titles, *entity.titles))),
                mentions=mentions,
            )
        )
    return out


def _span_key(span: Span) -> tuple[str, int, int]:
    return (span.doc, span.start, span.end)


# -- step 3: stories -------------------------------------------------------------------------------


def _timestamp(doc: Document) -> float | None:
    when = publication_time(doc)
    return when.timestamp() if when else None


def _unit(vector: np.ndarray) -> np.ndarray:
    v = np.asarray(vector, dtype=np.float32).reshape(-1)
    norm = float(np.sqrt(v @ v))
    return v / norm if norm > 0 else v


def reachable_stories(
    store: Store, docs: Sequence[Document], embeddings: Mapping[str, np.ndarray], *, threshold: float, window_days: float
) -> set[str]:
    """Stored stories some new document could join: in its time window, with a centroid cosine that the entity
    term (at most ``MAX_ENTITY_GAIN``) could lift to ``threshold``; the others cannot win a placement."""
    window = window_days * SECONDS_PER_DAY
    reachable: set[str] = set()
    for doc in docs:
        vector = embeddings.get(doc.id)
        spans: list[StorySpan] = store.story_spans(around=_timestamp(doc), window_seconds=window)
        if not spans:
            continue
        if vector is None:
            reachable.update(s.story for s in spans)
            continue
        sums = np.vstack([s.vector for s in spans])
        norms = np.linalg.norm(sums, axis=1)
        cosine = (sums @ _unit(vector)) / np.where(norms > 0, norms, 1.0)
        reachable.update(spans[int(i)].story for i in np.flatnonzero(cosine + MAX_ENTITY_GAIN >= threshold))
    return reachable


def _when(at: float | None) -> datetime | None:
    return datetime.fromtimestamp(at, UTC) if at is not None else None


def seed_index(
    store: Store,
    stories: Iterable[str],
    new_names: Mapping[str, frozenset[str]],
    *,
    threshold: float | None = None,
    window_days: float | None = None,
) -> tuple[StoryIndex, dict[str, str]]:
    """A mergeable :class:`StoryIndex` holding ``stories`` (their original members), with name weights from the
    stored counts plus ``new_names``; returns it and the seeded members' assignment."""
    members = store.story_members(stories)
    story_of = {doc: story for story, docs in members.items() for doc in docs}
    originals = store.originals(story_of)
    features = store.doc_links(originals)
    vectors = store.embeddings_by_id(originals)
    added = Counter(name for names in new_names.values() for name in names)
    names = set(added) | {n for _, member_names in features.values() for n in member_names}
    counts = Counter(store.name_counts(names))
    counts.update(added)
    weights = weights_from_counts(store.name_documents() + len(new_names), counts)
    index = StoryIndex(_dimension(vectors), threshold=threshold, window_days=window_days, weights=weights, mergeable=True)
    order = sorted(features, key=lambda d: (features[d][0] is None, features[d][0] or 0.0, d))
    for doc in order:
        at, member_names = features[doc]
        index.seed_at(story_of[doc], vector=vectors.get(doc), entities=member_names, when=_when(at))
    return index, story_of


def _dimension(vectors: Mapping[str, np.ndarray]) -> int:
    for vector in vectors.values():
        return int(np.asarray(vector).reshape(-1).shape[0])
    return 384


def story_spans(
    members: Mapping[str, Sequence[Document]], embeddings: Mapping[str, np.ndarray], dimension: int
) -> list[StorySpan]:
    """Each story's time span and sum of unit embeddings over its originals (copies do not weigh, as in
    clustering); what :func:`reachable_stories` reads."""
    spans = []
    for story, docs in members.items():
        originals = [d for d in docs if not d.duplicate_of] or list(docs)
        total = np.zeros(dimension, dtype=np.float32)
        for doc in originals:
            if (vector := embeddings.get(doc.id)) is not None:
                total += _unit(vector)
        stamps = [t for d in originals if (t := _timestamp(d)) is not None]
        spans.append(StorySpan(story, min(stamps) if stamps else None, max(stamps) if stamps else None, total))
    return spans


def doc_features(docs: Iterable[Document], entity_sets: Mapping[str, Iterable[str]]) -> dict[str, tuple[float | None, list[str]]]:
    """Document id -> (publication time, clustering names: entity names and the numbers of title and lead),
    as kept in ``doc_links``."""
    return {d.id: (_timestamp(d), sorted(clustering_names(d, entity_sets.get(d.id, ())))) for d in docs}


def name_counts(names: Iterable[Iterable[str]]) -> Counter[str]:
    """Document frequency of each (clustering-normalised) entity name."""
    counts: Counter[str] = Counter()
    for doc_names in names:
        counts.update(set(doc_names))
    return counts


def reuse_rows(reuse: Iterable[Reuse]) -> list[ReuseRow]:
    return [ReuseRow(r.doc, r.source, r.paragraphs, r.source_paragraphs) for r in reuse]


def full_state(
    documents: Sequence[Document],
    assignment: Mapping[str, str],
    embeddings: Mapping[str, np.ndarray],
    entity_sets: Mapping[str, Iterable[str]],
    reuse: Iterable[Reuse],
    *,
    lsh: LshRows | None = None,
) -> LinkState:
    """The link state of a full relink, for the next incremental run. ``lsh``: the documents' LSH index when
    already built (``find_copies(..., index=True)``); otherwise :func:`lsh_index` hashes them again."""
    features = doc_features(documents, entity_sets)
    members: dict[str, list[Document]] = {}
    for doc in documents:
        if doc.id in assignment:
            members.setdefault(assignment[doc.id], []).append(doc)
    return LinkState(
        lsh=lsh_index(documents) if lsh is None else lsh,  # iterated in key order: the index B-tree is filled front to back
        doc_links=features,
        story_spans=story_spans(members, embeddings, _dimension(embeddings)),
        name_counts=dict(name_counts(names for _, names in features.values())),
        name_documents=len(features),
        reuse=reuse_rows(reuse),
        full=True,
    )


# -- the step --------------------------------------------------------------------------------------


def link_new(
    store: Store,
    new_docs: Sequence[Document],
    *,
    embeddings: Mapping[str, np.ndarray],
    entity_set: EntitySetter,
    brief: Briefer,
    threshold: float | None = None,
    window_days: float | None = None,
) -> Increment:
    """Link ``new_docs`` (stored, not yet linked) into the store's link state; see the module docstring.

    ``embeddings`` holds the new documents' vectors; ``entity_set`` gives an extraction's entity
    names under the canonical ids; ``brief`` builds the records of the touched stories.
    """
    out = Increment()
    ordered = publication_order(new_docs)
    copies = CopyChecker(store)
    for doc in ordered:
        copies.add(doc)
    documents = copies.changed
    new_ids = [d.id for d in ordered]

    extractions = store.extractions_by_id(new_ids)
    entities, entity_of = canonicalise([documents[i] for i in new_ids], extractions)
    out.entities = merge_entities(entities, store.entities_by_id(e.id for e in entities))
    by_id = {e.id: e for e in out.entities}
    out.extractions = [attach_speakers(extractions[i], entity_of, by_id, documents[i].text)
                       for i in new_ids if i in extractions]
    sets = {x.doc: entity_set(x, entity_of) for x in out.extractions}
    names = {i: clustering_names(documents[i], sets.get(i, ())) for i in new_ids}

    index = StoryIndex(1, threshold=threshold, window_days=window_days)  # settings resolved once
    originals = [documents[i] for i in new_ids if not documents[i].duplicate_of and documents[i].has_article_text]
    candidates = reachable_stories(
        store, originals, embeddings, threshold=index.threshold, window_days=index.window_days
    )
    story_index, assignment = seed_index(
        store, candidates, names, threshold=index.threshold, window_days=index.window_days
    )
    # Stored stories of the documents this step changed and of the groups new copies joined.
    fresh = set(new_ids)
    assignment.update(store.stories_of(i for i in documents if i not in fresh))
    assignment.update(store.stories_of({d.duplicate_of for d in documents.values() if d.duplicate_of}))
    merged: dict[str, str] = {}
    for doc in publication_order(documents[i] for i in new_ids if documents[i].has_article_text):
        group = _group_story(doc, documents, assignment, merged)
        if group is not None:
            assignment[doc.id] = group
            continue
        story, absorbed = story_index.place_merging(doc, vector=embeddings.get(doc.id), entities=names[doc.id])
        assignment[doc.id] = story
        merged.update({old: story for old in absorbed})
    merged = {old: _resolve(story, merged) for old, story in merged.items()}
    assignment = {d: _resolve(s, merged) for d, s in assignment.items()}

    touched = {assignment[i] for i in documents if i in assignment}
    out.merged = merged
    out.documents = documents
    features = doc_features((documents[i] for i in new_ids), sets)
    context = _Context(store, merged, assignment, documents, out.extractions, embeddings, features, copies.reuse)
    out.stories, out.assignments, spans = context.rebuild(touched, candidates - touched, brief)
    out.touched = set(out.assignments.values())  # with the stories a split of the touched ones founded
    out.state = LinkState(
        lsh=copies.rows,
        doc_links=features,
        story_spans=spans,
        name_counts=dict(name_counts(names.values())),
        name_documents=len(new_ids),
        reuse=reuse_rows(copies.reuse),
        full=False,
    )
    return out


def _resolve(story: str, merged: Mapping[str, str]) -> str:
    seen = {story}
    while story in merged and merged[story] not in seen:
        story = merged[story]
        seen.add(story)
    return story


def _group_story(
    doc: Document, documents: Mapping[str, Document], assignment: Mapping[str, str], merged: Mapping[str, str]
) -> str | None:
    """The story of an already placed member of ``doc``'s syndication group, if any (copies follow their original)."""
    canonical = doc.duplicate_of or doc.id
    for member in (canonical, *(d.id for d in documents.values() if d.duplicate_of == canonical)):
        if member != doc.id and member in assignment:
            return _resolve(assignment[member], merged)
    return None


def _split_touched(
    docs: Mapping[str, Document], assignment: Mapping[str, str], touched: set[str], vectors: Mapping[str, np.ndarray]
) -> dict[str, str]:
    """The later bursts of the touched stories as stories of their own (:func:`split_bursts`), copies with their
    original; returns document id -> story id for the documents moved."""
    members = [d for i, d in docs.items() if assignment.get(i) in touched]
    moved = split_bursts([d for d in members if not d.duplicate_of], assignment, vectors)
    moved.update({d.id: moved[d.duplicate_of] for d in members if d.duplicate_of in moved})
    return moved


@dataclass(slots=True)
class _Context:
    """What the incremental step knows besides the store: its assignment, changed documents, new features."""

    store: Store
    merged: Mapping[str, str]
    assignment: Mapping[str, str]
    changed: Mapping[str, Document]
    new_extractions: Sequence[Extraction]
    new_embeddings: Mapping[str, np.ndarray]
    new_features: Mapping[str, tuple[float | None, list[str]]]
    new_reuse: Sequence[Reuse]

    def rebuild(
        self, touched: set[str], nearby: set[str], brief: Briefer
    ) -> tuple[list[Story], dict[str, str], list[StorySpan]]:
        """Records, member rows and spans of the touched stories. Storylines of stored stories are kept; a new
        story's is chosen among the touched and ``nearby`` stories (those the new documents could have joined)."""
        from newsfuse.link.stories import storylines

        stored_members = self.store.story_members(touched | nearby | set(self.merged))
        story_assignment = {
            d: _resolve(self.assignment.get(d) or s, self.merged) for s, ids in stored_members.items() for d in ids
        }
        story_assignment.update({d: s for d, s in self.assignment.items() if s in touched})
        member_ids = set(story_assignment)
        docs = self.store.documents_by_id(member_ids - set(self.changed))
        docs.update({i: d for i, d in self.changed.items() if i in member_ids})
        new_docs = {x.doc for x in self.new_extractions}
        extractions = self.store.extractions_by_id(
            i for i in member_ids if i not in new_docs and story_assignment[i] in touched
        )
        extractions.update({x.doc: x for x in self.new_extractions})
        vectors = self.store.embeddings_by_id(i for i in member_ids if i not in self.new_embeddings)
        vectors.update({i: v for i, v in self.new_embeddings.items() if i in member_ids})
        features = dict(self.store.doc_links(member_ids - set(self.new_features)))
        features.update(self.new_features)
        moved = _split_touched(docs, story_assignment, touched, vectors)
        story_assignment.update(moved)
        touched = touched | set(moved.values())
        previous = self.store.stories_by_id(set(story_assignment.values()))
        lines = storylines(
            [docs[i] for i in member_ids if i in docs],
            story_assignment,
            embeddings=vectors,
            entities={i: set(names) for i, (_, names) in features.items()},
            previous={s.id: s.storyline for s in previous.values() if s.storyline},
        )
        touched_docs = [docs[i] for i in member_ids if i in docs and story_assignment[i] in touched]
        touched_assignment = {d: s for d, s in story_assignment.items() if s in touched}
        stories = brief(touched_docs, extractions, touched_assignment, lines, vectors, self._reuse(touched_docs))
        members: dict[str, list[Document]] = {}
        for doc in touched_docs:
            members.setdefault(touched_assignment[doc.id], []).append(doc)
        return stories, touched_assignment, story_spans(members, vectors, _dimension(vectors))

    def _reuse(self, docs: Sequence[Document]) -> list[ReuseRow]:
        """Partial reuse with a borrower among ``docs``: stored rows and this step's new ones."""
        ids = {d.id for d in docs}
        rows = {(r.doc, r.source): r for doc_id in sorted(ids) for r in self.store.reuse(doc_id) if r.doc in ids}
        rows.update({(r.doc, r.source): r for r in reuse_rows(self.new_reuse) if r.doc in ids})
        return [rows[key] for key in sorted(rows)]
