"""``newsfuse eval dates``: temporal expressions scored on TempEval-3 (TimeML TIMEX3).

Each ``.tml`` file's ``<TEXT>`` is stripped to plain text (TIMEX3 offsets kept), its creation
time (DCT) is the publication date, the text is parsed with the project's spaCy pipeline and
:func:`newsfuse.extract.dates.extract_dates` runs on it. Scores, TempEval-3 style:

* extent F1 strict (exact offsets) and relaxed (any overlap, one-to-one);
* value F1: a relaxed match counts only when the normalised value equals the gold value, over
  all system and all gold expressions (TempEval-3 "value F1").

Split: files sorted by name; index % 5 == 0 is "test", the rest "tune" (the rules were tuned
on "tune" only; "train" is accepted as its old name).

Given MEANTIME (``--data ../shared/data/meantime-en``, CAT XML), the English Wikinews articles are
scored the same way, all of them by default: a second development set of recent news. Its
temporal expressions are annotated in the title and the first five sentences only (no TIMEX3 lies
later in any file), so the text scored is that part of each article.

``python -m newsfuse.evaluate.dates --data DIR`` retrains the day-or-part-of-day model of
:mod:`newsfuse.extract.date_model` on "tune" and prints its cross-validated value F1.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from newsfuse.errors import EvaluationError
from newsfuse.evaluate.core import PRF, Metric, Report, data_fingerprint, retrain_main

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsfuse.extract.quote_model import CueModel
    from newsfuse.records import DateMention

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
    meantime = _is_meantime(data)
    default = "all" if meantime else "test"
    split = SPLIT_ALIASES.get(split or default, split or default)
    if split not in SPLITS:
        raise EvaluationError(f"unknown split {split!r}; choose one of {', '.join(SPLITS)}")
    if meantime:
        files = select_files(find_cat_files(data), split)
        documents = [read_cat_timexes(path) for path in files]
    else:
        files = select_files(find_files(data), split)
        documents = [read_timeml(path) for path in files]
    scores = score(documents)
    report = Report(task="dates", data=str(data), fingerprint=data_fingerprint(files), items=len(documents))
    report.metrics.extend(
        [
            Metric("timex extent F1 (strict)", scores["strict"].f1),
            Metric("timex extent F1 (relaxed)", scores["relaxed"].f1),
            # The target is set on TBAQ-cleaned; MEANTIME is printed for development only.
            Metric("timex value F1", scores["value"].f1, target=None if meantime else TARGET_VALUE_F1,
                   anchor=None if meantime else ANCHOR),
            Metric("timex value precision", scores["value"].precision),
            Metric("timex value recall", scores["value"].recall),
            Metric("timex type F1", scores["type"].f1),
        ]
    )
    gold = int(scores["relaxed"].tp + scores["relaxed"].fn)
    report.notes.append(f"split={split}: {len(documents)} files, {gold} gold TIMEX3 (DCTs excluded)")
    if meantime:
        report.notes.append(f"MEANTIME English (Wikinews): the title and first {MEANTIME_TIMEX_SENTENCES} sentences "
                            "of each article, the part its TIMEX3 annotation covers; a development set, not the target's")
    else:
        report.notes.append("TBAQ-cleaned (TimeBank + AQUAINT); TE3-platinum is not in the data folder")
    return report


# MEANTIME numbers the title sentence 0; TIMEX3s are annotated up to sentence 5.
MEANTIME_TIMEX_SENTENCES = 5


def _is_meantime(data: Path) -> bool:
    return data.is_dir() and not any(data.rglob("*.tml")) and any(data.rglob("intra_cross-doc_annotation"))


def find_cat_files(data: Path) -> list[Path]:
    """The MEANTIME CAT files under ``data``, sorted by name."""
    from newsfuse.evaluate.entities import find_annotation_folder

    files = sorted(find_annotation_folder(data).rglob("*.xml"), key=lambda path: path.name)
    if not files:
        raise EvaluationError(f"{data}: no MEANTIME .xml article found")
    return files


def read_cat_timexes(path: Path) -> TimeMLDocument:
    """One MEANTIME CAT file: the annotated sentences' text, its TIMEX3 spans and its creation time."""
    from newsfuse.evaluate.entities import detokenise

    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise EvaluationError(f"{path}: not well-formed XML ({exc})") from exc
    # The creation time is printed as a line of the text, as TempEval keeps it outside <TEXT>: left out.
    creation = {a.get("t_id", "") for timex in root.iter("TIMEX3") if timex.get("functionInDocument") == "CREATION_TIME"
                for a in timex.iter("token_anchor")}
    tokens = [(t.get("t_id", ""), t.get("sentence", "0"), t.text or "") for t in root.iter("token")
              if int(t.get("sentence", "0")) <= MEANTIME_TIMEX_SENTENCES and t.get("t_id", "") not in creation]
    text, offsets, _ = detokenise(tokens)
    dct: str | None = None
    timexes: list[GoldTimex] = []
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = _iso_day(timex.get("value", ""))
            continue
        spans = [offsets[a.get("t_id", "")] for a in timex.iter("token_anchor") if a.get("t_id", "") in offsets]
        if spans:
            start, end = spans[0][0], spans[-1][1]
            timexes.append(GoldTimex(start, end, text[start:end], timex.get("value", ""), timex.get("type", "")))
    return TimeMLDocument(path.name, text, dct, tuple(timexes))


def _iso_day(value: str) -> str | None:
    """A creation time as ISO 8601; one MEANTIME file writes it day first ("03-02-2009")."""
    if len(value) == 10 and value[2] == "-" and value[5] == "-":
        return f"{value[6:]}-{value[3:5]}-{value[:2]}"
    return value or None


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

    scores = _empty_scores()
    for document, doc in _parsed(documents):
        predicted = list(extract_dates(doc, doc_id=document.name, published=document.dct))  # type: ignore[arg-type]
        _add_scores(scores, predicted, document.timexes)
    return scores


def _empty_scores() -> dict[str, PRF]:
    return {name: PRF() for name in ("strict", "relaxed", "value", "type")}


def _add_scores(scores: dict[str, PRF], predicted: Sequence[DateMention], gold: Sequence[GoldTimex]) -> None:
    """Add one document's predictions against its gold expressions to ``scores``."""
    scores["strict"].score_sets({(p.start, p.end) for p in predicted}, {(g.start, g.end) for g in gold})
    pairs = match_relaxed([(p.start, p.end) for p in predicted], [(g.start, g.end) for g in gold])
    scores["relaxed"].add(tp=len(pairs), fp=len(predicted) - len(pairs), fn=len(gold) - len(pairs))
    value_ok = sum(1 for i, j in pairs if predicted[i].value == gold[j].value)
    type_ok = sum(1 for i, j in pairs if predicted[i].type == gold[j].type)
    scores["value"].add(tp=value_ok, fp=len(predicted) - value_ok, fn=len(gold) - value_ok)
    scores["type"].add(tp=type_ok, fp=len(predicted) - type_ok, fn=len(gold) - type_ok)


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


# --- the part-of-day model (tune split only) ----------------------------------------------------

# Settings of newsfuse.extract.date_model, chosen by 5-fold cross-validation by file on tune
# (fold = file index % 5; rules alone 0.8315): value F1 at threshold 0.5 with L2 0.3 / 1 / 3 / 10
# 0.8342 / 0.8348 / 0.8348 / 0.8342; with L2 1 at thresholds 0.4 / 0.5 / 0.6 / 0.7 0.8335 /
# 0.8348 / 0.8342 / 0.8342. Nested (the setting chosen inside each training fold): +4 right values.
DATE_MODEL_L2 = 1.0
DATE_MODEL_THRESHOLD = 0.5
FOLDS = 5


@dataclass(frozen=True, slots=True)
class _Choice:
    """One expression whose value has a part of the day, with its label when gold decides it."""

    index: int  # position among the document's predictions
    plain: str  # its value without the part of the day
    features: list[str]
    label: int | None  # 1: gold has the plain day, 0: gold has the part, None: neither


def part_of_day_choices(document: TimeMLDocument, doc: Doc) -> tuple[list[DateMention], list[_Choice]]:
    """The rules' predictions for ``document`` (without the learned choice) and the choices in them."""
    from newsfuse.extract.date_model import part_of_day_features, plain_day
    from newsfuse.extract.dates import extract_dates, governing_tense

    predicted = list(extract_dates(doc, doc_id=document.name, published=document.dct, learned=False))
    spans = [doc.char_span(p.start, p.end, alignment_mode="expand") for p in predicted]
    in_sentence = Counter(span.sent.start for span in spans if span is not None)
    gold_of = dict(match_relaxed([(p.start, p.end) for p in predicted], [(g.start, g.end) for g in document.timexes]))
    choices = []
    for index, (mention, span) in enumerate(zip(predicted, spans)):
        plain = plain_day(mention.value)
        if plain is None or span is None:
            continue
        gold = document.timexes[gold_of[index]].value if index in gold_of else None
        label = 1 if gold == plain else 0 if gold == mention.value else None
        features = part_of_day_features(span, governing_tense(span), in_sentence[span.sent.start] - 1)
        choices.append(_Choice(index, plain, features, label))
    return predicted, choices


def _fit_choices(choices: Sequence[_Choice], l2: float, threshold: float, trained_on: str = "") -> CueModel:
    from newsfuse.extract.quote_model import CueModel, fit

    labelled = [c for c in choices if c.label is not None]
    weights, bias = fit([c.features for c in labelled], [1 if c.label == 1 else 0 for c in labelled], l2=l2)
    return CueModel(weights, bias, threshold, trained_on)


def _with_choices(predicted: list[DateMention], choices: Sequence[_Choice], model: CueModel) -> list[DateMention]:
    out = list(predicted)
    for choice in choices:
        if model.score(choice.features) >= model.threshold:
            out[choice.index] = replace(out[choice.index], value=choice.plain, type="DATE")
    return out


def cross_validate(parsed: Sequence[tuple[TimeMLDocument, list[DateMention], list[_Choice]]], *,
                   l2: float = DATE_MODEL_L2, threshold: float = DATE_MODEL_THRESHOLD) -> tuple[PRF, PRF]:
    """Value scores of the rules alone and with the part-of-day model, each file scored by a model
    fitted on the other folds (fold = file index % FOLDS)."""
    rules, learned = _empty_scores(), _empty_scores()
    for fold in range(FOLDS):
        training = [c for n, (_, _, choices) in enumerate(parsed) if n % FOLDS != fold for c in choices]
        model = _fit_choices(training, l2, threshold)
        for document, predicted, choices in parsed[fold::FOLDS]:
            _add_scores(rules, predicted, document.timexes)
            _add_scores(learned, _with_choices(predicted, choices, model), document.timexes)
    return rules["value"], learned["value"]


def train_date_model(data: Path, split: str = "tune") -> tuple[CueModel, str]:
    """Fit the part-of-day model on ``split`` and say what cross-validation by file gave."""
    documents = [read_timeml(path) for path in select_files(find_files(data), split)]
    parsed = [(document, *part_of_day_choices(document, doc)) for document, doc in _parsed(documents)]
    rules, learned = cross_validate(parsed)
    choices = [c for _, _, found in parsed for c in found]
    labelled = [c for c in choices if c.label is not None]
    trained_on = (f"TempEval-3 {split} ({len(documents)} files, {len(labelled)} labelled choices, "
                  f"{sum(c.label or 0 for c in labelled)} plain days)")
    summary = (f"{trained_on}\n{FOLDS}-fold cross-validated value F1: rules {rules.f1:.4f}, "
               f"with the model {learned.f1:.4f}")
    return _fit_choices(choices, DATE_MODEL_L2, DATE_MODEL_THRESHOLD, trained_on), summary


def main(argv: Sequence[str] | None = None) -> None:
    """``python -m newsfuse.evaluate.dates --data DIR [--out FILE]``: retrain the part-of-day model."""
    from newsfuse.extract.date_model import MODEL_FILE

    retrain_main(argv, description=main.__doc__ or "", data_help="the TempEval-3 folder", model_file=MODEL_FILE,
                 train=train_date_model)


if __name__ == "__main__":
    main()
