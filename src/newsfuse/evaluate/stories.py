"""``newsfuse eval stories``: story clustering scored against gold event clusters.

Two data sets, told apart by the folder's content:

- **ECB+** (``ECB+/<topic>/<topic>_<n>ecb[plus].xml``): 982 articles in 43 topics, each topic two
  "seminal events" (``ecb`` vs ``ecbplus`` files). Gold *event* = topic + file family, gold *topic*
  = topic folder. Articles are rebuilt from the tokens (one paragraph per sentence; the leading
  URL line of ECB+ files becomes ``url``, date lines are dropped as boilerplate). They carry no
  publication date, so clustering runs without the time prior. One clustering is scored at both
  levels: stories (``story_threshold``) against events, and storylines (``storyline_threshold``,
  a second looser level over the same stories) against topics — the two events of a topic are
  near-identical in wording ("X checks into rehab" twice), so a single threshold cannot serve both.
  Splits: ``all`` (default), ``train``/``dev``/``test`` (the topic split of Cybulska & Vossen 2015).
- **NeuS / AllSides** (``data/raw_crawled/*.jsonl``): 506 AllSides events with left/centre/right
  articles about the same event (title + body). Gold story = AllSides event. Publication dates are
  taken only from the article URL where it carries one (as ingest would infer them); the others
  are undated. The data has no split of the crawl: ``tune`` and ``test`` are two fixed halves of
  the events (parity of the SHA-256 of the event id; thresholds are chosen on ``tune``), ``all``
  (default) every event. Split ``val`` scores ``val.source`` instead (307 triples of title +
  truncated lead, no dates).

Metrics: B-cubed precision/recall/F1 (Bagga & Baldwin 1998) and the adjusted Rand index.
Entities: spaCy NER (en_core_web_sm) over each document's :func:`~newsfuse.link.stories.story_text`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import html
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import numpy as np
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from newsfuse import settings
from newsfuse.clean import date_from_url
from newsfuse.errors import EvaluationError
from newsfuse.evaluate.core import Metric, Report, data_fingerprint
from newsfuse.link.embeddings import load_encoder
from newsfuse.link.stories import NAMED_TYPES, cluster_stories, normalise_entity, story_text, storylines
from newsfuse.records import Document, Paragraph

ANCHOR = "Miranda et al. 2018 news clustering F1 0.941 (their corpus)"
ECB_TOPIC_TARGET = 0.95
ECB_EVENT_TARGET = 0.85
NEUS_TARGET = 0.90

# Topic split of Cybulska & Vossen (2015), used by most later ECB+ papers.
ECB_SPLITS: dict[str, frozenset[int]] = {
    "dev": frozenset({2, 5, 12, 18, 21, 23, 34, 35}),
    "test": frozenset(range(36, 46)),
}

K = TypeVar("K")


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """A document with its gold cluster labels (``levels`` maps level name -> label)."""

    doc: Document
    levels: dict[str, str]


# -- scoring -------------------------------------------------------------------------------------


def bcubed(predicted: Mapping[K, str], gold: Mapping[K, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering (items missing from ``predicted`` are singletons)."""
    items = list(gold)
    if not items:
        return 0.0, 0.0, 0.0
    pred = {item: predicted.get(item, f"\0{item}") for item in items}
    pred_sizes, gold_sizes = Counter(pred.values()), Counter(gold[i] for i in items)
    joint = Counter((pred[i], gold[i]) for i in items)
    precision = sum(joint[(pred[i], gold[i])] / pred_sizes[pred[i]] for i in items) / len(items)
    recall = sum(joint[(pred[i], gold[i])] / gold_sizes[gold[i]] for i in items) / len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _pairs(n: float) -> float:
    return n * (n - 1) / 2.0


def adjusted_rand_index(predicted: Mapping[K, str], gold: Mapping[K, str]) -> float:
    """Adjusted Rand index (Hubert & Arabie 1985) from the contingency table of the two clusterings."""
    items = list(gold)
    pred = {item: predicted.get(item, f"\0{item}") for item in items}
    together = sum(_pairs(c) for c in Counter((pred[i], gold[i]) for i in items).values())
    pred_pairs = sum(_pairs(c) for c in Counter(pred.values()).values())
    gold_pairs = sum(_pairs(c) for c in Counter(gold.values()).values())
    total = _pairs(len(items))
    if total == 0:
        return 1.0
    expected = pred_pairs * gold_pairs / total
    maximum = (pred_pairs + gold_pairs) / 2.0
    if maximum == expected:
        return 1.0
    return (together - expected) / (maximum - expected)


# -- loading -------------------------------------------------------------------------------------

_TOKEN = re.compile(r'<token t_id="\d+" sentence="(\d+)" number="\d+">([^<]*)</token>')
_ECB_FILE = re.compile(r"^(\d+)_(\d+)(ecbplus|ecb)\.xml$")
_URL_LINE = re.compile(r"^(https?\s*:|www\s*\.)", re.IGNORECASE)
_DATE_WORD = re.compile(
    r"^(?:\d+|[ap]\.?m\.?|[A-Z]{2,4}|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*"
    r"|dec\w*|mon\w*|tue\w*|wed\w*|thu\w*|fri\w*|sat\w*|sun\w*|updated|published|posted|first|last|on|at|by"
    r"|[:/,.\-|])$",
    re.IGNORECASE,
)


def detokenise(tokens: Sequence[str]) -> str:
    """Join PTB-style tokens back into readable text."""
    text = " ".join(html.unescape(t) for t in tokens)
    text = re.sub(r"``\s*|''", '"', text)
    text = re.sub(r"\s+([.,;:!?%)\]}]|n't|'s|'re|'ve|'ll|'d|'m)", r"\1", text)
    text = re.sub(r"([(\[{$])\s+", r"\1", text)
    text = re.sub(r'"\s+([^"]*?)\s+"', r'"\1"', text)
    return re.sub(r"\s{2,}", " ", text).strip()


def _is_dateline(tokens: Sequence[str]) -> bool:
    return len(tokens) <= 16 and all(_DATE_WORD.match(t) for t in tokens)


def _ecb_document(path: Path, doc_id: str) -> Document:
    sentences: dict[int, list[str]] = {}
    for number, token in _TOKEN.findall(path.read_text(encoding="utf-8")):
        sentences.setdefault(int(number), []).append(token)
    url: str | None = None
    paragraphs: list[Paragraph] = []
    for number in sorted(sentences):
        tokens = sentences[number]
        if not paragraphs and url is None and _URL_LINE.match(" ".join(tokens)):
            url = "".join(tokens)
            continue
        dateline = _is_dateline(tokens)
        paragraphs.append(
            Paragraph(len(paragraphs), detokenise(tokens), not dateline, "dateline" if dateline else "body")
        )
    return Document(id=doc_id, source_path=str(path), paragraphs=tuple(paragraphs), url=url)


def load_ecbplus(root: Path, split: str | None) -> tuple[list[GoldDocument], list[Path]]:
    """ECB+ articles with gold ``event`` and ``topic`` labels."""
    base = root / "ECB+" if (root / "ECB+").is_dir() else root
    files = sorted(p for p in base.glob("*/*.xml") if _ECB_FILE.match(p.name))
    if not files:
        raise EvaluationError(f"{root}: no ECB+ XML files (expected ECB+/<topic>/<topic>_<n>ecb[plus].xml)")
    topics = _ecb_topics(split)
    out: list[GoldDocument] = []
    used: list[Path] = []
    for path in files:
        match = _ECB_FILE.match(path.name)
        assert match is not None  # filtered above
        topic, family = int(match.group(1)), match.group(3)
        if topics is not None and not _in_split(topic, topics, split):
            continue
        doc = _ecb_document(path, path.stem)
        out.append(GoldDocument(doc, {"topic": str(topic), "event": f"{topic}-{family}"}))
        used.append(path)
    return out, used


def _in_split(topic: int, topics: frozenset[int], split: str | None) -> bool:
    return topic not in topics if split == "train" else topic in topics


def _ecb_topics(split: str | None) -> frozenset[int] | None:
    """Topics of ``split``; for ``train`` the topics to exclude (every dev and test topic)."""
    if split in (None, "", "all"):
        return None
    if split == "train":
        return ECB_SPLITS["dev"] | ECB_SPLITS["test"]
    if split in ECB_SPLITS:
        return ECB_SPLITS[split]
    raise EvaluationError(f"unknown ECB+ split {split!r}: use all, train, dev or test")


def _paragraphs(texts: Iterable[str]) -> tuple[Paragraph, ...]:
    cleaned = [t.replace("\u00a0", " ").strip() for t in texts]
    return tuple(Paragraph(i, t, True, "body") for i, t in enumerate(c for c in cleaned if c))


def load_neus_events(path: Path) -> list[GoldDocument]:
    """AllSides events (raw crawl): one document per outlet article, gold ``story`` = event id.

    ``published`` comes from the article URL when it carries a date; the AllSides event day is
    kept in the ``event_day`` level for the dated variant of the run.
    """
    out: list[GoldDocument] = []
    for line_number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            event = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvaluationError(f"{path}:{line_number}: {exc}") from exc
        for side, article in sorted((event.get("news") or {}).items()):
            paragraphs = _paragraphs(article.get("newBody") or [])
            if not paragraphs:
                continue
            doc = Document(
                id=f"{event['id']}-{side}",
                source_path=f"{path}:{line_number}",
                paragraphs=paragraphs,
                url=article.get("newsLink"),
                outlet=article.get("newsSource"),
                title=article.get("newsTitle"),
                published=date_from_url(article.get("newsLink")),
            )
            day = str(event.get("date") or "")[:10]
            out.append(GoldDocument(doc, {"story": str(event["id"]), "event_day": day}))
    return out


_NEUS_ARTICLE = re.compile(r"TITLE=>\s*(.*?)\s*ARTICLE=>\s*(.*)", re.DOTALL)


def load_neus_probe(path: Path) -> list[GoldDocument]:
    """NeuS ``*.source`` lines: each line is one event's articles separated by ``[SEP]``."""
    out: list[GoldDocument] = []
    for line_number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        for part_number, part in enumerate(line.split("[SEP]")):
            match = _NEUS_ARTICLE.search(part)
            if not match or not match.group(2).strip():
                continue
            title = match.group(1).strip().removesuffix(".")
            doc = Document(
                id=f"{path.stem}-{line_number}-{part_number}",
                source_path=f"{path}:{line_number}",
                paragraphs=_paragraphs([match.group(2)]),
                title=title,
            )
            out.append(GoldDocument(doc, {"story": str(line_number)}))
    return out


NEUS_EVENT_SPLITS = ("tune", "test")


def neus_event_split(event_id: str) -> str:
    """``"tune"`` or ``"test"``: a fixed half of the AllSides events each, by the parity of the id's SHA-256."""
    return NEUS_EVENT_SPLITS[int(hashlib.sha256(event_id.encode("utf-8")).hexdigest(), 16) % 2]


def load_neus(root: Path, split: str | None) -> tuple[list[GoldDocument], list[Path]]:
    """Raw-crawl events (split ``all``, or its ``tune``/``test`` half), or a ``*.source`` probe file (``val``)."""
    if split in (None, "", "all", "raw", *NEUS_EVENT_SPLITS):
        files = sorted(root.glob("**/raw_crawled/*.jsonl"))
        if not files:
            raise EvaluationError(f"{root}: no data/raw_crawled/*.jsonl")
        events = [g for f in files for g in load_neus_events(f)]
        if split in NEUS_EVENT_SPLITS:
            events = [g for g in events if neus_event_split(g.levels["story"]) == split]
        return events, files
    files = sorted(root.glob(f"**/{split}.source"))
    if not files:
        raise EvaluationError(f"{root}: no {split}.source file (splits: all, tune, test, val)")
    return [g for f in files for g in load_neus_probe(f)], files


def detect(root: Path) -> str:
    """Which data set ``root`` holds: ``"ecbplus"`` or ``"neus"``."""
    if any(root.glob("ECB+/*/*.xml")) or any(root.glob("*/*ecbplus.xml")):
        return "ecbplus"
    if any(root.glob("**/raw_crawled/*.jsonl")) or any(root.glob("**/*.source")):
        return "neus"
    raise EvaluationError(f"{root}: neither ECB+ (ECB+/<topic>/*.xml) nor NeuS (data/raw_crawled/*.jsonl)")


# -- features ------------------------------------------------------------------------------------


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )


def _batches(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def embed(docs: Sequence[Document], progress: Progress) -> dict[str, np.ndarray]:
    encoder = load_encoder()
    texts = [story_text(d) for d in docs]
    task = progress.add_task("embedding leads", total=len(texts))
    rows: list[np.ndarray] = []
    for batch in _batches(texts, 64):
        rows.append(encoder.encode(list(batch)))
        progress.advance(task, len(batch))
    matrix = np.vstack(rows) if rows else np.zeros((0, 1), dtype=np.float32)
    return {doc.id: matrix[i] for i, doc in enumerate(docs)}


def named_entities(docs: Sequence[Document], progress: Progress) -> dict[str, set[str]]:
    """Entity names per document from spaCy NER over the lead (the parser and lemmatizer are off)."""
    from newsfuse.nlp import load_nlp

    nlp = load_nlp()
    task = progress.add_task("entities (spaCy NER)", total=len(docs))
    names: dict[str, set[str]] = {}
    wanted = [p for p in ("tok2vec", "ner") if p in nlp.pipe_names]
    with nlp.select_pipes(enable=wanted):
        for parsed, doc_id in nlp.pipe(((story_text(d), d.id) for d in docs), as_tuples=True, batch_size=64):
            names[doc_id] = {n for e in parsed.ents if e.label_ in NAMED_TYPES and (n := normalise_entity(e.text))}
            progress.advance(task)
    return names


# -- the task ------------------------------------------------------------------------------------


def _level_metrics(
    level: str, predicted: Mapping[str, str], gold: Mapping[str, str], target: float | None
) -> list[Metric]:
    precision, recall, f1 = bcubed(predicted, gold)
    return [
        Metric(f"{level} B-cubed precision", precision),
        Metric(f"{level} B-cubed recall", recall),
        Metric(f"{level} B-cubed F1", f1, target=target, anchor=ANCHOR),
        Metric(f"{level} ARI", adjusted_rand_index(predicted, gold)),
        Metric(f"{level} clusters (gold {len(set(gold.values()))})", float(len(set(predicted.values())))),
    ]


def run(data: Path, split: str | None) -> Report:
    """Cluster the data set's articles into stories and score them against the gold clusters."""
    kind = detect(data)
    gold_docs, files = load_ecbplus(data, split) if kind == "ecbplus" else load_neus(data, split)
    if not gold_docs:
        raise EvaluationError(f"{data}: no documents for split {split!r}")
    docs = [g.doc for g in gold_docs]
    with _progress() as progress:
        embeddings = embed(docs, progress)
        entities = named_entities(docs, progress)
    stories = cluster_stories(docs, embeddings=embeddings, entities=entities)
    report = Report(
        task="stories",
        data=f"{data} ({kind}, split={split or 'all'})",
        fingerprint=data_fingerprint(files),
        items=len(docs),
    )
    threshold, window = settings.get("story_threshold"), settings.get("story_window_days")
    if kind == "ecbplus":
        lines = storylines(docs, stories, embeddings=embeddings, entities=entities)
        topics = {doc_id: lines[story] for doc_id, story in stories.items()}
        report.metrics += _level_metrics("topic", topics, {g.doc.id: g.levels["topic"] for g in gold_docs},
                                         ECB_TOPIC_TARGET)
        report.metrics += _level_metrics("event", stories, {g.doc.id: g.levels["event"] for g in gold_docs},
                                         ECB_EVENT_TARGET)
        report.notes.append(
            f"events = stories (story_threshold={threshold}); topics = storylines over the same stories "
            f"(storyline_threshold={settings.get('storyline_threshold')}); documents undated, no time prior"
        )
    else:
        gold = {g.doc.id: g.levels["story"] for g in gold_docs}
        dated = sum(1 for d in docs if d.published)
        report.metrics += _level_metrics("story (URL dates)", stories, gold, NEUS_TARGET)
        report.notes.append(
            f"story_threshold={threshold}, story_window_days={window}; 'URL dates': {dated}/{len(docs)} documents "
            f"dated from their URL, the rest clustered without the time prior"
        )
        if all(g.levels.get("event_day") for g in gold_docs):
            day_docs = [dataclasses.replace(g.doc, published=g.levels["event_day"]) for g in gold_docs]
            by_day = cluster_stories(day_docs, embeddings=embeddings, entities=entities)
            report.metrics += _level_metrics("story (dated)", by_day, gold, NEUS_TARGET)
            report.notes.append(
                "'dated': every article given its AllSides roundup day as publication day (a stand-in for the "
                "article dates ingest reads from HTML metadata; real articles fall within a day or two of it)"
            )
    return report
