"""Evaluation task ``extraction``: article-body extraction from HTML.

Data: the Zyte/Scrapinghub Article Extraction Benchmark (181 news and blog pages,
``html/<id>.html.gz`` and ``ground-truth.json`` mapping each id to its ``articleBody``).

Metric, as the benchmark defines it: texts are tokenised into ``\\w+`` tokens, turned into a
multiset of 4-token shingles; per page, true positives, false positives and false negatives
are counted on the shingle multisets and normalised to sum to one; precision and recall are
averaged over pages and F1 is the harmonic mean of the two averages.

Our :func:`newsfuse.clean.clean` is scored on every page (its ``Document.text``), and plain
``trafilatura.extract`` is scored in the same run as the reference point measured here.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import trafilatura
from rich.console import Console
from rich.progress import track

from newsfuse.clean import clean
from newsfuse.errors import EvaluationError
from newsfuse.evaluate.core import Metric, Report, data_fingerprint
from newsfuse.records import RawDocument

TASK = "extraction"
TARGET_F1 = 0.970  # issue 3: rs_trafilatura's published score
ANCHOR = "trafilatura 2.0 F1 0.958; rs_trafilatura 0.970"
SHINGLE_SIZE = 4

_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class ItemScore:
    """One page's shingle counts, normalised so that ``tp + fp + fn == 1`` (or all zero)."""

    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float:
        if self.tp + self.fp == 0:
            # Nothing predicted: perfect only if there was nothing to find.
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Multiset of ``size``-token shingles; a text shorter than ``size`` tokens is one shingle."""
    tokens = _TOKEN.findall(text or "")
    if not tokens:
        return Counter()
    count = max(1, len(tokens) - size + 1)
    return Counter(tuple(tokens[i:i + size]) for i in range(count))


def score_item(predicted: str, gold: str) -> ItemScore:
    """Shingle-level tp/fp/fn of one page, normalised to sum to one."""
    pred, true = shingles(predicted), shingles(gold)
    tp = sum((pred & true).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    total = tp + fp + fn
    if total == 0:
        return ItemScore(0.0, 0.0, 0.0)
    return ItemScore(tp / total, fp / total, fn / total)


@dataclass(frozen=True, slots=True)
class Summary:
    """Precision and recall averaged over pages, and the F1 of the two averages."""

    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def summarise(items: Sequence[ItemScore]) -> Summary:
    if not items:
        return Summary(0.0, 0.0)
    return Summary(
        precision=sum(i.precision for i in items) / len(items),
        recall=sum(i.recall for i in items) / len(items),
    )


@dataclass(frozen=True, slots=True)
class Page:
    id: str
    html: str
    gold: str
    url: str | None


def load_pages(data: Path, limit: int | None = None) -> tuple[list[Page], list[Path]]:
    """The benchmark's pages with their ground truth, and the files read (for the fingerprint)."""
    truth_path = data / "ground-truth.json"
    html_dir = data / "html"
    if not truth_path.is_file() or not html_dir.is_dir():
        raise EvaluationError(
            f"{data}: expected the Article Extraction Benchmark layout, "
            f"{truth_path} (JSON: id -> {{articleBody, url}}) and {html_dir}/<id>.html.gz"
        )
    try:
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EvaluationError(f"{truth_path}: cannot read ground truth ({exc})") from exc
    if not isinstance(truth, dict) or not truth:
        raise EvaluationError(f"{truth_path}: expected a non-empty JSON object of id -> {{articleBody, url}}")
    pages: list[Page] = []
    files = [truth_path]
    for item_id in sorted(truth)[:limit]:
        entry = truth[item_id]
        path = html_dir / f"{item_id}.html.gz"
        if not path.is_file() or not isinstance(entry, dict):
            raise EvaluationError(f"{path}: missing page for ground-truth item {item_id}")
        try:
            html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        except (OSError, EOFError) as exc:
            raise EvaluationError(f"{path}: not a readable gzip file ({exc})") from exc
        pages.append(Page(item_id, html, entry.get("articleBody") or "", entry.get("url")))
        files.append(path)
    return pages, files


def newsfuse_text(page: Page) -> str:
    raw = RawDocument(id=page.id, source_path=f"{page.id}.html", kind="html", content=page.html, url=page.url)
    return clean(raw).text


def trafilatura_text(page: Page) -> str:
    return trafilatura.extract(page.html, url=page.url) or ""


def run(data: Path, split: str | None = None, *, limit: int | None = None) -> Report:
    """Score newsfuse's clean() and plain trafilatura on the benchmark.

    ``split`` is accepted for the common task interface; the benchmark has a single split
    (``"all"``). ``limit`` evaluates the first pages only (sorted by id), for quick checks.
    """
    if split not in (None, "all", "test"):
        raise EvaluationError(f"{TASK}: unknown split {split!r}; the benchmark has one split, 'all'")
    pages, files = load_pages(Path(data), limit)
    console = Console(stderr=True)
    ours: list[ItemScore] = []
    baseline: list[ItemScore] = []
    for page in track(pages, description="extraction: scoring pages", console=console, transient=True):
        ours.append(score_item(newsfuse_text(page), page.gold))
        baseline.append(score_item(trafilatura_text(page), page.gold))
    mine, theirs = summarise(ours), summarise(baseline)
    report = Report(task=TASK, data=str(data), fingerprint=data_fingerprint(files), items=len(pages))
    report.metrics = [
        Metric("newsfuse precision", mine.precision),
        Metric("newsfuse recall", mine.recall),
        Metric("newsfuse F1", mine.f1, target=TARGET_F1, anchor=ANCHOR),
        Metric("trafilatura.extract F1 (measured here)", theirs.f1,
               anchor=f"trafilatura {trafilatura.__version__} defaults, same pages"),
    ]
    report.notes.append(
        f"trafilatura.extract precision {theirs.precision:.4f}, recall {theirs.recall:.4f}"
    )
    return report
