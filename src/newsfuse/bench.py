"""Benchmarks: stage timings on real articles, printed beside their targets.

``newsfuse bench pipeline`` cleans, parses and extracts N articles of
``../shared/data/article-bias-prediction-allsides`` and reports documents per second for the
clean stage and the added cost of each extractor as a share of spaCy's own time (targets from
the issues: clean >= 100 docs/s on one core; each extractor family <= 10% of spaCy time).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from newsfuse.errors import EvaluationError
from newsfuse.evaluate.core import shared_data_dir
from newsfuse.ingest import read_path
from newsfuse.records import RawDocument

DEFAULT_DATA = shared_data_dir() / "article-bias-prediction-allsides"

# Documents run before a rate is timed, and not timed (see bench_clean).
WARMUP = 10

Tracker = Callable[[Iterable[Any], int | None, str], Iterable[Any]]


def load_allsides(data: Path | None, limit: int) -> list[RawDocument]:
    """Real articles as plain-text records (their own metadata kept as input metadata)."""
    folder = (data or DEFAULT_DATA) / "data" / "jsons"
    if not folder.is_dir():
        raise EvaluationError(
            f"no articles at {folder}; pass --data with the article-bias-prediction-allsides folder from ../shared/data"
        )
    # Read as `newsfuse run` reads them, so the bench times what users run (the published text).
    raws = []
    for path in sorted(folder.glob("*.json"))[:limit]:
        raws.extend(item for item in read_path(path) if isinstance(item, RawDocument))
    return raws


def bench_pipeline(data: Path | None, limit: int, track: Tracker) -> str:
    from newsfuse.clean import clean
    from newsfuse.extract import extract_dates, extract_figures, extract_mentions, extract_quotes
    from newsfuse.nlp import load_nlp, parse

    raws = load_allsides(data, limit + WARMUP)
    load_nlp()
    # Untimed warm-up, as in bench_clean: what a batch pays once (model weights, the quote cue
    # model, the first-name data, compiled patterns) is not a per-document cost.
    warm = [clean(raw) for raw in raws[:WARMUP]]
    for spacy_doc, doc_id in parse((d.text, d.id) for d in warm):
        mentions = tuple(extract_mentions(spacy_doc, doc_id=doc_id))
        list(extract_quotes(spacy_doc, doc_id=doc_id, mentions=mentions))
        list(extract_figures(spacy_doc, doc_id=doc_id))
        list(extract_dates(spacy_doc, doc_id=doc_id, published=None))
    raws = raws[WARMUP:]
    started = time.perf_counter()
    docs = [clean(r) for r in track(raws, len(raws), "clean")]
    clean_s = time.perf_counter() - started

    started = time.perf_counter()
    parsed = list(track(parse((d.text, d.id) for d in docs), len(docs), "spaCy"))
    spacy_s = time.perf_counter() - started

    published = {d.id: d.published for d in docs}
    timings = {"entities": 0.0, "quotes": 0.0, "figures": 0.0, "dates": 0.0}
    for spacy_doc, doc_id in track(parsed, len(parsed), "extract"):
        t0 = time.perf_counter()
        mentions = tuple(extract_mentions(spacy_doc, doc_id=doc_id))
        t1 = time.perf_counter()
        list(extract_quotes(spacy_doc, doc_id=doc_id, mentions=mentions))
        t2 = time.perf_counter()
        list(extract_figures(spacy_doc, doc_id=doc_id))
        t3 = time.perf_counter()
        list(extract_dates(spacy_doc, doc_id=doc_id, published=published[doc_id]))
        t4 = time.perf_counter()
        timings["entities"] += t1 - t0
        timings["quotes"] += t2 - t1
        timings["figures"] += t3 - t2
        timings["dates"] += t4 - t3

    n = len(docs)
    lines = [
        f"newsfuse bench pipeline  articles={n}  (article-bias-prediction-allsides, plain text)",
        _line("clean (docs/s, one core)", n / clean_s if clean_s else float("inf"), ">= 100"),
        _line("spaCy parse (docs/s)", n / spacy_s if spacy_s else float("inf"), None),
    ]
    for name, seconds in timings.items():
        share = seconds / spacy_s if spacy_s else 0.0
        lines.append(_line(f"{name} (share of spaCy time)", share, "<= 0.10"))
    total = sum(timings.values()) / spacy_s if spacy_s else 0.0
    lines.append(_line("all extractors (share of spaCy)", total, None))
    return "\n".join(lines)


def _line(name: str, value: float, target: str | None) -> str:
    text = f"{name:<36} {value:10.3f}"
    return f"{text}  target {target}" if target else text


def bench_clean(data: Path | None, limit: int, track: Tracker) -> str:
    """Documents per second of :func:`newsfuse.clean.clean` on one core.

    HTML: the Article Extraction Benchmark pages; plain text: AllSides articles without their
    metadata, so outlet/date inference and the unrelated-content pass run too. ``data`` points
    at the AllSides folder; the HTML pages are read from ``../shared/data`` beside it. The
    HTML rate is printed beside trafilatura's own on the same pages (the extraction that
    ``clean`` builds on, called the way ``clean`` calls it), which bounds what our code can reach.
    Each rate is timed after a warm-up on WARMUP documents that are not timed (imports, lazy model
    and pattern loading: what a batch pays once, not per document).
    """
    from newsfuse.clean import clean, extract_html
    from newsfuse.evaluate.extraction import load_pages

    texts = [RawDocument(id=r.id, source_path=r.source_path, kind="text", content=r.content)
             for r in load_allsides(data, limit + WARMUP)]
    html_dir = (data.parent if data else shared_data_dir()) / "article-extraction-benchmark"
    pages, _ = load_pages(html_dir, limit + WARMUP)
    htmls = [RawDocument(id=p.id, source_path=f"{p.id}.html", kind="html", content=p.html, url=p.url) for p in pages]
    rates = {
        "html": _rate(htmls[WARMUP:], clean, track, "clean html", warmup=htmls[:WARMUP]),
        "trafilatura": _rate(htmls[WARMUP:], extract_html, track, "trafilatura alone", warmup=htmls[:WARMUP]),
        "text": _rate(texts[WARMUP:], clean, track, "clean text", warmup=texts[:WARMUP]),
    }
    return "\n".join([
        f"newsfuse bench clean  html pages={len(htmls) - WARMUP} (article-extraction-benchmark)  "
        f"text articles={len(texts) - WARMUP} (article-bias-prediction-allsides)  "
        f"after a warm-up on {WARMUP} other documents of each",
        _line("clean HTML (docs/s, one core)", rates["html"], ">= 100"),
        _line("  trafilatura alone (docs/s)", rates["trafilatura"], None),
        _line("clean plain text (docs/s, one core)", rates["text"], ">= 100"),
    ])


def _rate(raws: list[RawDocument], step: Callable[[RawDocument], object], track: Tracker, label: str,
          warmup: Iterable[RawDocument] = ()) -> float:
    for raw in warmup:
        step(raw)
    started = time.perf_counter()
    for raw in track(raws, len(raws), label):
        step(raw)
    seconds = time.perf_counter() - started
    return len(raws) / seconds if seconds else float("inf")


def _bench_stories(data: Path | None, limit: int, track: Tracker) -> str:
    from newsfuse.bench_stories import bench_stories

    return bench_stories(data, limit, track)


BENCHES: dict[str, Callable[[Path | None, int, Tracker], str]] = {
    "pipeline": bench_pipeline,
    "clean": bench_clean,
    "stories": _bench_stories,
}
# Articles timed when --limit is not given (stories: the largest synthetic corpus).
DEFAULT_LIMITS: dict[str, int] = {"pipeline": 200, "clean": 200, "stories": 100_000}
