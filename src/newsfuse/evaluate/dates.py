"""``newsfuse eval dates``: temporal expressions scored on TempEval-3 (TimeML TIMEX3).

Each ``.tml`` file's ``<TEXT>`` is stripped to plain text (TIMEX3 offsets kept), its creation
time (DCT) is the publication date, the text is parsed with the project's spaCy pipeline and
:func:`newsfuse.extract.dates.extract_dates` runs on it. Scores, TempEval-3 style:

* extent F1 strict (exact offsets) and relaxed (any overlap, one-to-one);
* value F1: a relaxed match counts only when the normalised value equals the gold value, over
  all system and all gold expressions (TempEval-3 "value F1").

Split: files sorted by name; index % 5 == 0 is "test", the rest "tune" (the rules were tuned
on "tune" only; "train" is accepted as its old name).
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newsfuse.errors import EvaluationError
from newsfuse.evaluate.core import PRF, Metric, Report, data_fingerprint

SPLITS = ("tune", "test", "all")
SPLIT_ALIASES = {"train": "tune"}
TARGET_VALUE_F1 = 0.85
ANCHOR = "HeidelTime value F1 0.776 (TE3-platinum), normalisation F1 0.876 (TimeBank)"


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    value: str
    type: str


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    name: str
    text: str
    dct: str | None
    timexes: tuple[GoldTimex, ...]


def run(data: Path, split: str | None) -> Report:
    """Score date extraction on the TempEval-3 TimeML files under ``data``."""
    split = SPLIT_ALIASES.get(split or "test", split or "test")
    if split not in SPLITS:
        raise EvaluationError(f"unknown split {split!r}; choose one of {', '.join(SPLITS)}")
    files = select_files(find_files(data), split)
    documents = [read_timeml(path) for path in files]
    scores = score(documents)
    report = Report(task="dates", data=str(data), fingerprint=data_fingerprint(files), items=len(documents))
    report.metrics.extend(
        [
            Metric("timex extent F1 (strict)", scores["strict"].f1),
            Metric("timex extent F1 (relaxed)", scores["relaxed"].f1),
            Metric("timex value F1", scores["value"].f1, target=TARGET_VALUE_F1, anchor=ANCHOR),
            Metric("timex value precision", scores["value"].precision),
            Metric("timex value recall", scores["value"].recall),
            Metric("timex type F1", scores["type"].f1),
        ]
    )
    gold = int(scores["relaxed"].tp + scores["relaxed"].fn)
    report.notes.append(f"split={split}: {len(documents)} files, {gold} gold TIMEX3 (DCTs excluded)")
    report.notes.append("TBAQ-cleaned (TimeBank + AQUAINT); TE3-platinum is not in the data folder")
    return report


def find_files(data: Path) -> list[Path]:
    """The TimeML files under ``data``, one per document name (the copy in testpipeline/ is skipped)."""
    if not data.exists():
        raise EvaluationError(f"{data}: TempEval-3 data folder not found")
    by_name: dict[str, Path] = {}
    for path in sorted(data.rglob("*.tml")):
        by_name.setdefault(path.name, path)
    if not by_name:
        raise EvaluationError(f"{data}: no .tml files found")
    return [by_name[name] for name in sorted(by_name)]


def select_files(files: list[Path], split: str) -> list[Path]:
    if split == "all":
        return files
    keep_test = split == "test"
    return [path for index, path in enumerate(files) if (index % 5 == 0) == keep_test]


def read_timeml(path: Path) -> TimeMLDocument:
    """Plain text of ``<TEXT>`` with its TIMEX3 spans, and the DCT value."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise EvaluationError(f"{path}: not well-formed TimeML ({exc})") from exc
    text_element = root.find("TEXT")
    if text_element is None:
        raise EvaluationError(f"{path}: no <TEXT> element")
    dct_timex = root.find("DCT/TIMEX3")
    dct = dct_timex.get("value") if dct_timex is not None else None
    pieces: list[str] = []
    timexes: list[GoldTimex] = []
    _walk(text_element, pieces, timexes, is_root=True)
    return TimeMLDocument(path.name, "".join(pieces), dct, tuple(timexes))


def _walk(element: ET.Element, pieces: list[str], timexes: list[GoldTimex], *, is_root: bool = False) -> None:
    start = sum(len(p) for p in pieces)
    pieces.append(element.text or "")
    for child in element:
        _walk(child, pieces, timexes)
    if element.tag == "TIMEX3" and not is_root:
        end = sum(len(p) for p in pieces)
        covered = "".join(pieces)[start:end]
        lead = len(covered) - len(covered.lstrip())
        trail = len(covered) - len(covered.rstrip())
        timexes.append(
            GoldTimex(start + lead, end - trail, covered.strip(), element.get("value", ""), element.get("type", ""))
        )
    if not is_root:
        pieces.append(element.tail or "")


def _parsed(documents: list[TimeMLDocument]) -> Iterator[tuple[TimeMLDocument, object]]:
    from rich.console import Console
    from rich.progress import Progress

    from newsfuse.nlp import load_nlp

    nlp = load_nlp()
    nlp.max_length = max(nlp.max_length, max((len(d.text) for d in documents), default=0) + 1)
    with Progress(console=Console(file=sys.stderr), transient=True) as progress:
        task = progress.add_task("parsing TimeML documents", total=len(documents))
        for doc, document in nlp.pipe(((d.text, d) for d in documents), as_tuples=True, batch_size=16):
            progress.advance(task)
            yield document, doc


def score(documents: list[TimeMLDocument]) -> dict[str, PRF]:
    """Strict and relaxed extent, value and type scores over all documents."""
    from newsfuse.extract.dates import extract_dates

    scores = {name: PRF() for name in ("strict", "relaxed", "value", "type")}
    for document, doc in _parsed(documents):
        predicted = list(extract_dates(doc, doc_id=document.name, published=document.dct))  # type: ignore[arg-type]
        gold = document.timexes
        scores["strict"].score_sets({(p.start, p.end) for p in predicted}, {(g.start, g.end) for g in gold})
        pairs = match_relaxed([(p.start, p.end) for p in predicted], [(g.start, g.end) for g in gold])
        scores["relaxed"].add(tp=len(pairs), fp=len(predicted) - len(pairs), fn=len(gold) - len(pairs))
        value_ok = sum(1 for i, j in pairs if predicted[i].value == gold[j].value)
        type_ok = sum(1 for i, j in pairs if predicted[i].type == gold[j].type)
        scores["value"].add(tp=value_ok, fp=len(predicted) - value_ok, fn=len(gold) - value_ok)
        scores["type"].add(tp=type_ok, fp=len(predicted) - type_ok, fn=len(gold) - type_ok)
    return scores


def match_relaxed(predicted: list[tuple[int, int]], gold: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One-to-one overlap matching (greedy by overlap size): pairs of (predicted index, gold index)."""
    candidates = []
    for i, (ps, pe) in enumerate(predicted):
        for j, (gs, ge) in enumerate(gold):
            overlap = min(pe, ge) - max(ps, gs)
            if overlap > 0:
                candidates.append((overlap, i, j))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in sorted(candidates, reverse=True):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs
