"""Evaluation task ``boilerplate``: main text vs boilerplate, snippet by snippet.

Data: trafilatura's evaluation corpus (``tests/evaldata.json`` mapping a URL to its HTML file
and to short "with" snippets of main text and "without" snippets of boilerplate; the HTML is
gzipped in ``tests/cache/`` or ``tests/eval/``). About 990 pages, mostly German, also English,
French and other languages; news, blogs, government and company pages.

Metric, as trafilatura's own evaluation scores it: the extracted text is whitespace-normalised;
a "with" snippet found in it is a true positive, missing a false negative; a "without" snippet
found in it is a false positive, absent a true negative. Precision, recall, accuracy and F1 are
computed over all snippets of all pages. Plain ``trafilatura.extract`` (defaults) is scored in
the same run on the same decoded HTML.
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from pathlib import Path

import trafilatura
import trafilatura.utils
from rich.console import Console
from rich.progress import track

from newsfuse.clean import clean
from newsfuse.errors import EvaluationError, InputError
from newsfuse.evaluate.core import PRF, Metric, Report, data_fingerprint
from newsfuse.ingest import decode_bytes
from newsfuse.records import RawDocument, content_id

TASK = "boilerplate"
TARGET_F1 = 0.93
ANCHOR = "trafilatura 2.2 F1 0.924; justext 0.862"

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Page:
    url: str
    html: str
    with_: tuple[str, ...]
    without: tuple[str, ...]


@dataclass(slots=True)
class SnippetScore:
    """Counts of the four snippet outcomes."""

    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    def add(self, text: str, page: Page) -> None:
        found = _SPACE.sub(" ", text or "")
        for snippet in page.with_:
            if snippet in found:
                self.tp += 1
            else:
                self.fn += 1
        for snippet in page.without:
            if snippet in found:
                self.fp += 1
            else:
                self.tn += 1

    @property
    def prf(self) -> PRF:
        return PRF(tp=self.tp, fp=self.fp, fn=self.fn)

    @property
    def accuracy(self) -> float:
        total = self.tp + self.fn + self.fp + self.tn
        return (self.tp + self.tn) / total if total else 0.0


def _decode(data: bytes, where: str) -> str:
    try:
        return decode_bytes(data, where)
    except InputError:
        # The pipeline's reader refuses text it cannot decode with confidence; for scoring,
        # trafilatura's own lossy decoder keeps the page in the count instead of skipping it.
        return str(trafilatura.utils.decode_file(data))


def load_pages(data: Path, limit: int | None = None) -> tuple[list[Page], list[Path]]:
    """The corpus's pages in URL order, with their snippets, and the files read."""
    root = data / "tests" if (data / "tests").is_dir() else data
    index_path = root / "evaldata.json"
    if not index_path.is_file():
        raise EvaluationError(
            f"{data}: expected trafilatura's evaluation layout, tests/evaldata.json "
            "(url -> {file, with, without}) and the gzipped HTML in tests/cache/ or tests/eval/"
        )
    try:
        index = json.loads(index_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EvaluationError(f"{index_path}: cannot read ({exc})") from exc
    pages: list[Page] = []
    files = [index_path]
    for url in sorted(index)[:limit]:
        entry = index[url]
        path = next((p for p in (root / "cache" / f"{entry['file']}.gz", root / "eval" / f"{entry['file']}.gz") if p.is_file()), None)
        if path is None:
            raise EvaluationError(f"{root}: no HTML file {entry['file']}.gz for {url}")
        try:
            html = _decode(gzip.decompress(path.read_bytes()), str(path))
        except (OSError, EOFError) as exc:
            raise EvaluationError(f"{path}: not a readable gzip file ({exc})") from exc
        pages.append(Page(url, html, tuple(s for s in entry.get("with") or () if s),
                          tuple(s for s in entry.get("without") or () if s)))
        files.append(path)
    return pages, files


def newsfuse_text(page: Page) -> str:
    raw = RawDocument(id=content_id(page.url), source_path=page.url, kind="html", content=page.html, url=page.url)
    return clean(raw).text


def trafilatura_text(page: Page) -> str:
    return trafilatura.extract(page.html, url=page.url) or ""


def run(data: Path, split: str | None = None, *, limit: int | None = None) -> Report:
    """Score newsfuse's clean() and plain trafilatura snippet by snippet.

    The corpus has one split (``"all"``); ``limit`` scores the first pages only (by URL).
    """
    if split not in (None, "all", "test"):
        raise EvaluationError(f"{TASK}: unknown split {split!r}; the corpus has one split, 'all'")
    pages, files = load_pages(Path(data), limit)
    console = Console(stderr=True)
    ours, baseline = SnippetScore(), SnippetScore()
    for page in track(pages, description="boilerplate: scoring pages", console=console, transient=True):
        ours.add(newsfuse_text(page), page)
        baseline.add(trafilatura_text(page), page)
    mine, theirs = ours.prf, baseline.prf
    report = Report(task=TASK, data=str(data), fingerprint=data_fingerprint(files), items=len(pages))
    report.metrics = [
        Metric("newsfuse precision", mine.precision),
        Metric("newsfuse recall", mine.recall),
        Metric("newsfuse accuracy", ours.accuracy),
        Metric("newsfuse F1", mine.f1, target=TARGET_F1, anchor=ANCHOR),
        Metric("trafilatura.extract F1 (measured here)", theirs.f1,
               anchor=f"trafilatura {trafilatura.__version__} defaults, same pages"),
    ]
    report.notes.append(
        f"snippets: {ours.tp + ours.fn} with, {ours.fp + ours.tn} without; "
        f"trafilatura.extract P {theirs.precision:.4f} R {theirs.recall:.4f} accuracy {baseline.accuracy:.4f}"
    )
    return report
