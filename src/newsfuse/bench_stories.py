"""``newsfuse bench stories``: deduplication and story clustering at corpus scale.

Synthetic corpora of 1k, 10k and 100k articles (``limit`` caps the largest size): stories with a
random unit centre in the embedding space of all-MiniLM-L6-v2 (384 dimensions), each article its
story's centre plus noise (cosine to the centre about 0.8), three to five entity names of its story
plus one of a few names every story mentions, a publication date a day or two after its story
began (stories start evenly over a year; 1% of articles undated), and a text of four paragraphs
of random words with its story's words mixed in; 5% of articles are syndicated copies of an
earlier one (re-wrapped in boilerplate, half of them trimmed).

Timed per size: :func:`newsfuse.link.dedup.find_copies` (duplicates, partial reuse and, as in a full relink, the
stored LSH index from the same hashing) and
:func:`newsfuse.link.stories.cluster_stories`, and the storylines over those stories (run by a
full relink only; an incremental run regroups the stories it touched); then the largest corpus is written to a SQLite
store as a full run leaves it (entity canonicalisation over all of it is timed too), and one
more article is run into it: the link step of ``newsfuse run`` on a store that already holds
the corpus (incremental: stored LSH index, stories within reach, brief of the touched story,
one transaction). spaCy and embeddings are not part of these timings (they are computed once per article and kept in the store); the real
encoder's throughput is measured apart on real articles. Memory is the process's peak resident
set size (``resource.getrusage``), which includes the synthetic corpus itself.
Targets (issue 6): 100k articles in <= 120 s, one added article <= 1 s, peak memory <= 2 GB.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

from newsfuse.bench import Tracker, load_allsides
from newsfuse.errors import EvaluationError
from newsfuse.link.dedup import Copies, find_copies
from newsfuse.link.stories import cluster_stories, story_text, storylines
from newsfuse.records import Document, Extraction, Mention, Paragraph, Story

SIZES = (1_000, 10_000, 100_000)
DIMENSION = 384
SEED = 6
STORY_SIZE = 8  # mean articles per story
NOISE = 0.75 / np.sqrt(DIMENSION)  # per-dimension noise: cosine to the centre ~0.8
VOCABULARY = 30_000
COMMON_NAMES = 40
COPY_SHARE = 0.05
UNDATED_SHARE = 0.01
EMBED_SAMPLE = 64
TARGET_SECONDS = 120.0
TARGET_ADD_SECONDS = 1.0
TARGET_MEMORY_GB = 2.0
START = datetime(2023, 1, 1, tzinfo=UTC)


@dataclass(slots=True)
class Corpus:
    docs: list[Document]
    embeddings: dict[str, np.ndarray]
    entities: dict[str, set[str]]


def synthesise(size: int, *, seed: int = SEED) -> Corpus:
    """A synthetic corpus of ``size`` articles (see the module docstring)."""
    rng = np.random.default_rng(seed)
    stories = max(1, size // STORY_SIZE)
    centres = rng.normal(size=(stories, DIMENSION)).astype(np.float32)
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    span_days = 365.0
    starts = rng.uniform(0, span_days, stories)
    story_names = [[f"name{n}" for n in rng.integers(0, stories * 4, 5)] for _ in range(stories)]
    story_words = rng.integers(0, VOCABULARY, (stories, 40))
    docs: list[Document] = []
    embeddings: dict[str, np.ndarray] = {}
    entities: dict[str, set[str]] = {}
    for i in range(size):
        doc_id = f"d{i:06d}"
        story = int(rng.integers(0, stories))
        if docs and rng.random() < COPY_SHARE:
            original = docs[int(rng.integers(0, len(docs)))]
            docs.append(_copy(original, doc_id, rng))
            embeddings[doc_id] = embeddings[original.id]
            entities[doc_id] = set(entities[original.id])
            continue
        vector = centres[story] + rng.normal(0, NOISE, DIMENSION).astype(np.float32)
        embeddings[doc_id] = vector / np.linalg.norm(vector)
        names = set(rng.choice(story_names[story], int(rng.integers(3, 6)), replace=False).tolist())
        entities[doc_id] = names | {f"common{int(rng.integers(0, COMMON_NAMES))}"}
        when = START + timedelta(days=float(starts[story] + rng.exponential(1.5)))
        published = None if rng.random() < UNDATED_SHARE else when.isoformat()
        docs.append(Document(id=doc_id, source_path=f"synthetic/{doc_id}", paragraphs=_paragraphs(rng, story_words[story]),
                             published=published, title=f"Story {story} report {i}"))
    return Corpus(docs, embeddings, entities)


def _paragraphs(rng: np.random.Generator, story_words: np.ndarray) -> tuple[Paragraph, ...]:
    out = []
    for index in range(4):
        length = int(rng.integers(25, 45))
        own = rng.integers(0, VOCABULARY, length)
        mixed = np.where(rng.random(length) < 0.3, rng.choice(story_words, length), own)
        out.append(Paragraph(index, " ".join(f"w{w}" for w in mixed) + ".", True, "body"))
    return tuple(out)


def _copy(original: Document, doc_id: str, rng: np.random.Generator) -> Document:
    body = list(original.paragraphs)
    if rng.random() < 0.5:
        body = body[:-1]
    lines = ["By staff and wire reports", *(p.text for p in body), "Copyright 2023. All rights reserved."]
    published = original.published
    if published:
        published = (datetime.fromisoformat(published) + timedelta(hours=float(rng.uniform(0, 24)))).isoformat()
    return Document(id=doc_id, source_path=f"synthetic/{doc_id}", title=original.title, published=published,
                    paragraphs=tuple(Paragraph(i, t, True, "body") for i, t in enumerate(lines)))


def peak_memory_gb() -> float:
    """Peak resident set size of this process so far (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024**3 if sys.platform == "darwin" else 1024**2)


def _line(name: str, value: float, target: str | None = None) -> str:
    text = f"{name:<50} {value:10.3f}"
    return f"{text}  target {target}" if target else text


def _embedding_rate(data: Path | None) -> str:
    """Real encoder throughput (articles/s) on a small sample of real articles; a note when unavailable."""
    from newsfuse.clean import clean
    from newsfuse.link.embeddings import load_encoder

    try:
        raws = load_allsides(data, EMBED_SAMPLE)
    except EvaluationError as exc:
        return f"embedding throughput: not measured ({exc})"
    texts = [story_text(clean(raw)) for raw in raws]
    encoder = load_encoder()
    encoder.encode(texts[:4])  # warm-up: model load and first batch are not throughput
    started = time.perf_counter()
    encoder.encode(texts)
    seconds = time.perf_counter() - started
    rate = len(texts) / seconds if seconds else float("inf")
    return _line(f"embedding (articles/s, real text, n={len(texts)})", rate) + (
        f"  -> 100k articles embed in {100_000 / rate / 60:.0f} min, once, outside these timings"
    )


def bench_stories(data: Path | None, limit: int, track: Tracker) -> str:
    """Time deduplication + clustering on synthetic corpora up to ``limit`` articles (see the module docstring)."""
    sizes = [s for s in SIZES if s <= limit] or [limit]
    lines = [f"newsfuse bench stories  synthetic corpora {', '.join(f'{s:,}' for s in sizes)} articles "
             f"(dim {DIMENSION}, ~{STORY_SIZE} articles/story, {COPY_SHARE:.0%} copies, {UNDATED_SHARE:.0%} undated)"]
    corpus: Corpus | None = None
    copies: Copies | None = None
    assignment: dict[str, str] = {}
    for size in track(sizes, len(sizes), "sizes"):
        corpus = synthesise(size)
        started = time.perf_counter()
        copies = find_copies(corpus.docs, index=True)  # a full relink's call: its link state takes the index
        dedup_s = time.perf_counter() - started
        docs = [replace(d, duplicate_of=copies.duplicates.get(d.id)) for d in corpus.docs]
        started = time.perf_counter()
        assignment = cluster_stories(docs, embeddings=corpus.embeddings, entities=corpus.entities)
        cluster_s = time.perf_counter() - started
        started = time.perf_counter()
        threads = storylines(docs, assignment, embeddings=corpus.embeddings, entities=corpus.entities)
        storylines_s = time.perf_counter() - started
        target = f"<= {TARGET_SECONDS:.0f}" if size == SIZES[-1] else None
        lines += [
            _line(f"{size:>7,} dedup + reuse (s)", dedup_s),
            _line(f"{size:>7,} cluster stories (s)", cluster_s),
            _line(f"{size:>7,} dedup + cluster (s)", dedup_s + cluster_s, target),
            _line(f"{size:>7,} storylines, full relink only (s)", storylines_s),
            f"{'':>8}{len(copies.duplicates):,} duplicates, {len(copies.reuse):,} reuse, "
            f"{len(set(assignment.values())):,} stories (generated ~{size // STORY_SIZE:,} events), "
            f"{len(set(threads.values())):,} storylines",
            _line(f"{size:>7,} peak memory so far (GB)", peak_memory_gb(),
                  f"<= {TARGET_MEMORY_GB:.0f}" if size == SIZES[-1] else None),
        ]
    assert corpus is not None and copies is not None
    lines += _add_one(corpus, copies, assignment)
    lines.append(_line("peak memory, whole run (GB)", peak_memory_gb(), f"<= {TARGET_MEMORY_GB:.0f}"))
    lines.append(_embedding_rate(data))
    return "\n".join(lines)


def _new_article(corpus: Corpus, rng: np.random.Generator) -> tuple[Document, np.ndarray, set[str]]:
    """One more article on the story of a random dated original of ``corpus``, an hour after it."""
    dated = [d for d in corpus.docs if d.published and d.duplicate_of is None]
    base = dated[int(rng.integers(0, len(dated)))]
    vector = corpus.embeddings[base.id] + rng.normal(0, NOISE, DIMENSION).astype(np.float32)
    published = (datetime.fromisoformat(base.published or "") + timedelta(hours=1)).isoformat()
    words = np.array([int(w[1:]) for p in base.paragraphs for w in p.text.rstrip(".").split()[:10]])
    doc = Document(id="new-article", source_path="synthetic/new-article", published=published, title="New report",
                   paragraphs=_paragraphs(rng, words))
    return doc, vector / np.linalg.norm(vector), set(corpus.entities[base.id])


def _extraction(doc_id: str, names: set[str]) -> Extraction:
    """Mentions of the synthetic names (one cluster each), as the extract stage would store them."""
    mentions, start = [], 0
    for cluster, name in enumerate(sorted(names)):
        mentions.append(Mention(doc=doc_id, start=start, end=start + len(name), text=name.title(), type="ORG",
                                cluster=cluster))
        start += len(name) + 1
    return Extraction(doc=doc_id, mentions=tuple(mentions))


def _build_store(db: Path, corpus: Corpus, copies: Copies, assignment: dict[str, str]) -> list[str]:
    """A store of the corpus as a full ``newsfuse run`` leaves it: documents, extractions, embeddings, entities,
    stories and the link state (story briefs of the synthetic stories are left empty: no sentences to brief)."""
    from newsfuse.link.canonical import canonicalise
    from newsfuse.link.incremental import full_state
    from newsfuse.pipeline import _entity_set
    from newsfuse.store import Store

    docs = [replace(d, duplicate_of=copies.duplicates.get(d.id)) for d in corpus.docs]
    extractions = {d.id: _extraction(d.id, corpus.entities[d.id]) for d in docs}
    started = time.perf_counter()
    entities, entity_of = canonicalise(docs, extractions)
    canonical_s = time.perf_counter() - started
    entity_sets = {doc_id: _entity_set(x, entity_of) for doc_id, x in extractions.items()}
    members: dict[str, list[Document]] = {}
    for doc in docs:
        members.setdefault(assignment[doc.id], []).append(doc)
    stories = [
        Story(id=sid, title=ds[0].title or "", documents=tuple(d.id for d in ds),
              first_seen=min((d.published for d in ds if d.published), default=None),
              last_seen=max((d.published for d in ds if d.published), default=None))
        for sid, ds in members.items()
    ]
    started = time.perf_counter()
    with Store(db) as store:
        store.save_processed_many((d, extractions[d.id]) for d in docs)
        store.save_embeddings(corpus.embeddings)
        state = full_state(docs, assignment, corpus.embeddings, entity_sets, copies.reuse, lsh=copies.index)
        store.save_links(documents=[], extractions=[], entities=entities, stories=stories,
                         assignments=assignment, state=state)
    write_s = time.perf_counter() - started
    size = len(docs)
    return [
        _line(f"entity canonicalisation over {size:,} (s)", canonical_s),
        _line(f"write {size:,}-article store + link state (s)", write_s),
    ]


def _add_one(corpus: Corpus, copies: Copies, assignment: dict[str, str]) -> list[str]:
    """A ``newsfuse run`` of one new article into a store of the largest corpus, its model steps excluded.

    The article is stored as the process stage leaves it (cleaned document, extraction) with its
    embedding; what is timed is the link step of the run: the incremental path of
    :func:`newsfuse.pipeline.link_corpus` (copy check against the stored index, entities, story
    placement among the stories it could join, storylines and brief of the touched story, one
    transaction), with the store opened and closed as a run does.
    """
    # Imported before the clock starts, as the run's process stage (extract) has already done.
    import newsfuse.brief
    import newsfuse.corroborate
    import newsfuse.link.incremental  # noqa: F401
    from newsfuse.pipeline import RunReport, link_corpus
    from newsfuse.store import Store

    size = len(corpus.docs)
    new_doc, vector, names = _new_article(corpus, np.random.default_rng(SEED + 1))
    with tempfile.TemporaryDirectory(prefix="newsfuse-bench-") as folder:
        db = Path(folder) / "bench.db"
        lines = _build_store(db, corpus, copies, assignment)
        with Store(db) as store:
            store.save_processed(new_doc, _extraction(new_doc.id, names))
            store.save_embeddings({new_doc.id: vector})
        report = RunReport()
        started = time.perf_counter()
        with Store(db) as store:
            link_corpus(store, report)
            story = store.story_of(new_doc.id)
        add_s = time.perf_counter() - started
        db_mb = sum(p.stat().st_size for p in Path(folder).iterdir()) / 1024**2
    base_story = next((assignment[d.id] for d in corpus.docs if corpus.entities[d.id] == names), "?")
    return [
        *lines,
        _line(f"store size on disk, {size:,} articles (MB)", db_mb),
        _line(f"newsfuse run of one article into {size:,} (s)", add_s, f"<= {TARGET_ADD_SECONDS:.0f}"),
        f"{'':>8}{report.link_mode} link: {report.touched_stories} story rewritten, placed in story {story} "
        f"({'its source story' if story == base_story else 'a new story'}); spaCy and embedding excluded",
    ]
