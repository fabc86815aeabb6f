"""The pipeline map: one function per stage, run in order by :func:`run`.

    ingest   read files into RawDocument records           (newsfuse.ingest)
    clean    RawDocument -> Document with kept/dropped      (newsfuse.clean)
    nlp      spaCy Doc per document, batched                (newsfuse.nlp)
    extract  mentions, quotes, figures, dates per document  (newsfuse.extract)
    link     duplicates, entities, stories across documents (newsfuse.link)
    corroborate  claims cross-checked across sources        (newsfuse.corroborate)
    brief    summary, timeline, framing per story           (newsfuse.brief)
    store    SQLite                                         (newsfuse.store)

Every per-document step is committed per document, so a killed run resumes with the
documents that were not finished and never stores one twice. The cross-document steps run in
full on the first run of a store (or with ``relink=True``) and write the link state beside their
results; later runs link only the new documents into that state (:mod:`newsfuse.link.incremental`)
and rewrite only the stories they touch. Either way the link step is one transaction: a run
killed during it leaves the new documents unlinked, and the next run links them.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from newsfuse import settings
from newsfuse.errors import InputError
from newsfuse.records import Document, Extraction, RawDocument, Story
from newsfuse.store import ReuseRow, Store

if TYPE_CHECKING:
    import numpy as np

    from newsfuse.link.dedup import Reuse

T = TypeVar("T")

# A progress hook: wraps an iterable, given its length (if known) and a description.
Tracker = Callable[[Iterable[T], int | None, str], Iterable[T]]

# Documents cleaned, parsed and stored per round; bounds memory on large corpora.
PROCESS_CHUNK = 256

LINKED_ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT"})


def no_progress(items: Iterable[T], total: int | None, description: str) -> Iterable[T]:
    return items


def _shown_bar(track: Tracker, total: int, description: str) -> Iterator[int]:
    """A bar of ``total`` steps, on screen from now on; each ``next`` after this call advances it by one.

    A tracker draws its bar when first asked for an item: a stage that asked only after its first
    step showed nothing while the models loaded and the first spaCy batch ran (43 s on 300 AllSides
    articles after the ingest bar had finished), and its bar ran one step behind.
    """
    bar = iter(track(range(total), total, description))
    next(bar, None)
    return bar


@dataclass(slots=True)
class RunReport:
    """What one run did: counts, and every input that could not be read with its reason."""

    ingested: int = 0
    already_present: int = 0  # stored by an earlier run
    copies: int = 0  # same content as another input of this run: stored once
    processed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    # (source path, what was left out): documents kept without what one extractor could not read
    partial: list[tuple[str, str]] = field(default_factory=list)
    documents: int = 0
    duplicates: int = 0
    stories: int = 0
    undated: int = 0
    # (id, source path) of documents cleaning kept no article text of: stored, in no story
    storyless: list[tuple[str, str]] = field(default_factory=list)
    link_mode: str = "none"  # "full", "incremental", or "none" when nothing needed linking
    linked: int = 0  # documents placed by this run's link step
    touched_stories: int = 0
    merged_stories: int = 0
    reuse: int = 0

    @property
    def nothing_ingested(self) -> bool:
        return self.ingested == 0 and self.already_present == 0


def run(
    paths: Iterable[str | Path], *, db: str | Path | None = None, track: Tracker = no_progress, relink: bool = False
) -> RunReport:
    """Ingest ``paths``, process everything new in the database, and link it (everything when ``relink``)."""
    settings.check_all()
    report = RunReport()
    with Store(settings.get("db", db)) as store, store.writer():
        ingest_into(store, paths, report, track=track)
        process_pending(store, report, track=track)
        link_corpus(store, report, track=track, relink=relink)
    return report


# -- ingest ----------------------------------------------------------------------------------


def ingest_into(store: Store, paths: Iterable[str | Path], report: RunReport, *, track: Tracker = no_progress) -> None:
    from newsfuse.ingest import iter_inputs, printable_path, read_path

    # A file named twice (`run a.txt folder/` with a.txt in folder/, or a link to it) is read once,
    # not reported as a copy of itself; the database's own files are not inputs. realpath, not
    # Path.resolve: a looping link must reach read_path, which reports it.
    seen = store.own_files()
    files = []
    for found in iter_inputs(paths):
        real = Path(os.path.realpath(found))
        if real not in seen:
            seen.add(real)
            files.append(found)
    added: set[str] = set()
    for path in track(files, len(files), "ingest"):
        if not path.exists() and not path.is_symlink():  # a broken link: read_path says so
            _fail(store, report, InputError(printable_path(str(path)), "no such file or folder; check the path"))
            continue
        for item in read_path(path):
            if isinstance(item, InputError):
                _fail(store, report, item)
            elif store.add_raw(item):
                report.ingested += 1
                added.add(item.id)
            elif item.id in added:
                report.copies += 1
            else:
                report.already_present += 1


def _fail(store: Store, report: RunReport, error: InputError) -> None:
    report.failed.append((error.path, error.reason))
    store.record_failure(error.path, error.reason)


# -- clean, nlp, extract -----------------------------------------------------------------------


def process_pending(store: Store, report: RunReport, *, track: Tracker = no_progress) -> None:
    """Clean, parse and extract every ingested record not yet processed."""
    pending = store.pending_raw()
    progress = _shown_bar(track, len(pending), "clean + nlp + extract")
    for chunk in _chunks(pending, PROCESS_CHUNK):
        for doc, extraction in process_documents(chunk, on_error=lambda raw, exc: _dead_letter(store, report, raw, exc),
                                                 on_partial=lambda doc, stage, exc: _partial(report, doc, stage, exc)):
            store.save_processed(doc, extraction)
            report.processed += 1
            next(progress, None)
    for _ in progress:  # finish the bar for records that failed
        pass


def process_documents(
    raws: Sequence[RawDocument], *, on_error: Callable[[RawDocument, Exception], None],
    on_partial: Callable[[Document, str, Exception], None] | None = None,
) -> Iterator[tuple[Document, Extraction]]:
    """Clean, parse (one ``nlp.pipe`` over the batch) and extract a batch of raw records. An
    extractor that fails on a document is reported through ``on_partial`` and the document kept
    with the others' findings (without ``on_partial`` it goes to ``on_error``, as before)."""
    from newsfuse.clean import clean
    from newsfuse.extract import extract_document
    from newsfuse.nlp import parse

    cleaned: dict[str, Document] = {}

    def cleaned_texts() -> Iterator[tuple[str, str]]:
        # Cleaned as the parser asks for them (one spaCy batch at a time), not all before the first
        # parse: documents are then stored, and the progress bar moves, from the first batch on,
        # so a run stopped during a chunk keeps what it finished.
        for raw in raws:
            try:
                cleaned[raw.id] = clean(raw)
            except Exception as exc:  # noqa: BLE001 - one bad record goes to the dead-letter list, the batch goes on
                on_error(raw, exc)
                continue
            yield cleaned[raw.id].text, raw.id

    for spacy_doc, doc_id in parse(cleaned_texts()):
        document = cleaned[doc_id]
        stage_error = None if on_partial is None else (
            lambda stage, exc, document=document: on_partial(document, stage, exc))  # type: ignore[misc]
        try:
            extraction = extract_document(spacy_doc, doc_id=doc_id, published=document.published,
                                          on_stage_error=stage_error)
        except Exception as exc:  # noqa: BLE001 - same dead-letter policy as cleaning
            on_error(_raw_stub(document), exc)
            continue
        yield document, extraction


def _partial(report: RunReport, doc: Document, stage: str, exc: Exception) -> None:
    report.partial.append((doc.source_path, f"{stage} could not be extracted ({type(exc).__name__}: {exc}); "
                                            "the document is kept with everything else; please report this file"))


def _raw_stub(doc: Document) -> RawDocument:
    return RawDocument(id=doc.id, source_path=doc.source_path, kind="text", content="")


def _dead_letter(store: Store, report: RunReport, raw: RawDocument, exc: Exception) -> None:
    reason = f"could not be processed ({type(exc).__name__}: {exc}); please report this file"
    report.failed.append((raw.source_path, reason))
    store.mark_failed(raw.id, raw.source_path, reason)


def _chunks(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# -- link, corroborate, brief ----------------------------------------------------------------


def link_corpus(store: Store, report: RunReport, *, track: Tracker = no_progress, relink: bool = False) -> None:
    """Link what is new: the whole store on its first run or when ``relink``, else only unlinked documents."""
    if relink or not store.has_link_state():
        relink_corpus(store, report, track=track)
        return
    new_docs = store.unlinked_documents()
    if new_docs:
        link_new_documents(store, new_docs, report, track=track)
    counts = store.counts()
    report.documents, report.duplicates, report.stories = counts["documents"], counts["duplicates"], counts["stories"]
    report.undated = store.undated_linked()
    report.storyless = store.storyless_documents()


def link_new_documents(
    store: Store, new_docs: Sequence[Document], report: RunReport, *, track: Tracker = no_progress
) -> None:
    """Place ``new_docs`` into the stored link state and rewrite only the stories they touch."""
    from newsfuse.link.incremental import link_new

    steps = _shown_bar(track, 3, "link (new documents)")
    embeddings = embed_new(store, new_docs, track=track)
    next(steps, None)
    increment = link_new(
        store,
        new_docs,
        embeddings=embeddings,
        entity_set=_entity_set,
        brief=lambda docs, extractions, assignment, lines, vectors, reuse: build_stories(
            docs, extractions, assignment, lines, vectors, reuse=reuse, track=track
        ),
    )
    next(steps, None)
    store.update_links(  # one transaction: a run killed before it leaves the new documents unlinked
        documents=increment.documents.values(),
        extractions=increment.extractions,
        entities=increment.entities,
        stories=increment.stories,
        assignments=increment.assignments,
        merged=increment.merged,
        state=increment.state,
    )
    for _ in steps:
        pass
    report.link_mode = "incremental"
    report.linked = len(new_docs)
    report.touched_stories = len(increment.touched)
    report.merged_stories = len(increment.merged)
    report.reuse = len(increment.state.reuse)


def embed_new(store: Store, documents: Sequence[Document], *, track: Tracker = no_progress) -> dict[str, np.ndarray]:
    """Embeddings of ``documents`` only: stored ones read back, missing ones computed and stored."""
    known = store.embeddings_by_id(d.id for d in documents)
    missing = [d for d in documents if d.id not in known]
    if missing:
        _embed_and_store(store, missing, track=track)
        known = store.embeddings_by_id(d.id for d in documents)
    return known


def _embed_and_store(store: Store, missing: Sequence[Document], *, track: Tracker = no_progress) -> None:
    from newsfuse.link.embeddings import load_encoder
    from newsfuse.link.stories import story_text

    encoder = load_encoder()
    batch = 64
    for start in track(range(0, len(missing), batch), (len(missing) + batch - 1) // batch, "embed"):
        part = missing[start : start + batch]
        vectors = encoder.encode([story_text(d) for d in part])
        store.save_embeddings({d.id: v for d, v in zip(part, vectors, strict=True)})


def relink_corpus(store: Store, report: RunReport, *, track: Tracker = no_progress) -> None:
    """Recompute duplicates, reuse, entities, speakers, stories and the link state over the whole store."""
    from newsfuse.link import find_copies, syndication_groups
    from newsfuse.link.canonical import attach_speakers, canonicalise
    from newsfuse.link.dedup import superseded_versions
    from newsfuse.link.incremental import full_state
    from newsfuse.link.stories import cluster_stories, storylines, without_time_prior

    documents = store.documents()
    report.documents = len(documents)
    if not documents:
        return
    steps = _shown_bar(track, 4, "link")
    extractions = store.extractions()
    copies = find_copies(documents, index=True)  # the LSH index of the link state, from the same hashing
    documents = [replace(d, duplicate_of=copies.duplicates.get(d.id)) for d in documents]
    replaced = superseded_versions(documents, syndication_groups(documents, copies.duplicates))
    documents = [replace(d, superseded_by=replaced.get(d.id)) for d in documents]
    next(steps, None)
    entities, entity_of = canonicalise(documents, extractions)
    by_id, texts = {e.id: e for e in entities}, {d.id: d.text for d in documents}
    extractions = {doc_id: attach_speakers(ex, entity_of, by_id, texts.get(doc_id)) for doc_id, ex in extractions.items()}
    next(steps, None)
    embeddings = embed_documents(store, documents, track=track)
    entity_sets = {doc_id: _entity_set(ex, entity_of) for doc_id, ex in extractions.items()}
    previous_stories = store.stories()
    assignment = cluster_stories(
        documents, embeddings=embeddings, entities=entity_sets, previous=store.story_assignments()
    )
    next(steps, None)
    lines = storylines(
        documents,
        assignment,
        embeddings=embeddings,
        entities=entity_sets,
        previous={s.id: s.storyline for s in previous_stories if s.storyline},
    )
    next(steps, None)
    for _ in steps:
        pass
    stories = build_stories(documents, extractions, assignment, lines, embeddings, reuse=copies.reuse, track=track)
    state = full_state(documents, assignment, embeddings, entity_sets, copies.reuse, lsh=copies.index)
    store.save_links(
        documents=documents, extractions=extractions.values(), entities=entities, stories=stories,
        assignments=assignment, state=state,
    )
    report.storyless = store.storyless_documents()
    report.link_mode = "full"
    report.linked = len(documents)
    report.touched_stories = len(stories)
    report.reuse = len(copies.reuse)
    report.duplicates = sum(1 for d in documents if d.duplicate_of)
    report.undated = len(without_time_prior(d for d in documents if d.id in assignment))
    report.stories = len(stories)


def embed_documents(store: Store, documents: Sequence[Document], *, track: Tracker = no_progress) -> dict[str, np.ndarray]:
    """Embeddings of each document's title and lead, computed once and kept in the store."""
    known = store.embeddings()
    missing = [d for d in documents if d.id not in known]
    if missing:
        _embed_and_store(store, missing, track=track)
        known = store.embeddings()
    return known


def _entity_set(extraction: Extraction, entity_of: dict[tuple[str, int], str]) -> set[str]:
    return {
        entity_of.get((extraction.doc, m.cluster), m.text)
        for m in extraction.mentions
        if m.type in LINKED_ENTITY_TYPES
    }


def _encode(texts: list[str]) -> np.ndarray:
    """The story embedder on ``texts``, loaded on first use: a run that links stories whose
    timelines need no merging by meaning never loads the model for it."""
    from newsfuse.link.embeddings import load_encoder

    return load_encoder().encode(texts)


def build_stories(
    documents: Sequence[Document],
    extractions: dict[str, Extraction],
    assignment: dict[str, str],
    lines: dict[str, str],
    embeddings: dict[str, np.ndarray],
    *,
    reuse: Iterable[Reuse | ReuseRow] = (),
    track: Tracker = no_progress,
) -> list[Story]:
    """Each story's record: members, dates, summary, timeline, claims and framing.

    A document superseded by its outlet's updated version (``superseded_by``) stays assigned to
    the story but is not one of its documents: the update replaces it there. Paragraphs a document
    lifted from another (``reuse``) count as the lender's words in claims, summary and framing.
    """
    from newsfuse.brief import build_timeline, compare_framing, summarise
    from newsfuse.corroborate import cross_check
    from newsfuse.link.dedup import independent_sources, lifted_passages, syndication_groups
    from newsfuse.link.stories import story_title

    by_id = {d.id: d for d in documents}
    members: dict[str, list[Document]] = defaultdict(list)
    for doc_id, story_id in assignment.items():
        if doc_id in by_id and not _replaced_in_story(by_id[doc_id], story_id, assignment):
            members[story_id].append(by_id[doc_id])
    duplicates = {d.id: d.duplicate_of for d in documents if d.duplicate_of}
    # what counts sources (claims, summary) counts an outlet and a wire story once each
    groups = independent_sources(documents, syndication_groups(documents, duplicates))
    lifted = lifted_passages(documents, reuse)
    stories = []
    for story_id, docs in track(sorted(members.items()), len(members), "brief"):
        docs.sort(key=lambda d: (d.published or "9999", d.id))
        story_extractions = {d.id: extractions[d.id] for d in docs if d.id in extractions}
        dated = [d.published for d in docs if d.published]
        stories.append(
            Story(
                id=story_id,
                title=story_title(docs, embeddings),
                documents=tuple(d.id for d in docs),
                first_seen=min(dated) if dated else None,
                last_seen=max(dated) if dated else None,
                storyline=lines.get(story_id),
                # outlets retell one fact or one day's event in other words: the summary keeps one
                # telling, the timeline merges them
                summary=summarise(docs, story_extractions, groups=groups, lifted=lifted,
                                  encode=_encode if len(docs) > 1 else None),
                timeline=build_timeline(docs, story_extractions, encode=_encode if len(docs) > 1 else None),
                claims=cross_check(docs, story_extractions, groups, lifted=lifted),
                framing=compare_framing(docs, story_extractions, lifted=lifted),
            )
        )
    return stories



def _replaced_in_story(doc: Document, story_id: str, assignment: dict[str, str]) -> bool:
    """Whether ``doc``'s updated version stands in for it in this story."""
    return doc.superseded_by is not None and assignment.get(doc.superseded_by) == story_id
