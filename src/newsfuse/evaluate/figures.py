"""``newsfuse eval figures``: figure extraction scored on hand-annotated AllSides articles.

The gold set (``newsfuse/data/figures_gold.jsonl``, package data) holds only annotations, never
article text: the first line lists the annotated article IDs (every figure in them is annotated,
so an extracted figure that matches nothing is a false positive), each further line one figure
mention: ``article``, ``start``/``end`` (char offsets into the article's ``content_original``),
``value``, ``upper`` (the top of a range), ``unit``, ``hedge`` (exact|approx|lower|upper) and
``about`` (the noun phrase the figure counts or measures, ``null`` when none is written).

Annotation guidelines (written before running the extractor on the set):

* a figure is a number that counts or measures something: counts, money, percentages,
  measures, index levels, "eight in ten" ratios (as a percentage), fractions ("two-thirds",
  "half of"), vague magnitudes ("thousands of" = 2000, "hundreds of thousands" = 200000, the
  least they mean, hedge ``lower``);
* not figures: dates, years, clock times, durations and ages (the dates extractor covers those),
  ordinals, numbers inside names or identifiers ("CAC 40", "H.R. 40", "18-882"), vote tallies
  and scores ("54-46", "8-1");
* a figure converted in brackets right after a hedged one ("about 4,660 kilometers (2,900 miles)")
  carries the same hedge; "just over"/"just under"/"nearly" are ``approx``;
* ``about`` is the counted noun ("1,517 adult Americans" -> "Americans", "65% of Americans" ->
  "Americans") or, for a level or change, its subject ("the DAX slid 1.7 percent" -> "DAX").

The articles are read from ``DATA/data/jsons/<ID>.json`` (the AllSides folder), parsed with the
project's spaCy pipeline and run through :func:`newsfuse.extract.figures.extract_figures`.
Extracted and gold mentions are matched one-to-one by character overlap (largest first).
Scores: mention precision/recall/F1, and over matched gold mentions the accuracy of the value
(value and upper within 0.5% relative), the hedge and the counted noun (head word: the last word
with a letter, lower-cased, plural "s" dropped; a gold head found among the extracted phrase's
words also counts; both ``null`` counts as equal).

Splits (``--split``): ``all`` (default), ``tune`` (annotated articles at even positions in sorted-ID
order) and ``test`` (odd positions). Extraction rules are developed on ``tune`` only, so ``test``
is the less optimistic number (rules written before the split existed saw all 24 articles).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from newsfuse.errors import EvaluationError
from newsfuse.evaluate.core import PRF, Metric, Report, data_fingerprint
from newsfuse.evaluate.dates import match_relaxed
from newsfuse.records import Figure

TARGET = 0.9
VALUE_TOLERANCE = 0.005
# Article-level split so rule changes can be developed on one half and checked on the other:
# ``tune`` = annotated articles whose index in sorted-ID order is even, ``test`` = odd.
SPLITS = ("all", "tune", "test")


@dataclass(frozen=True, slots=True)
class GoldFigure:
    article: str
    start: int
    end: int
    value: float
    upper: float | None
    unit: str | None
    hedge: str
    about: str | None


@dataclass(slots=True)
class FigureScores:
    mentions: PRF
    matched: int = 0
    value_ok: int = 0
    hedge_ok: int = 0
    about_ok: int = 0
    unit_ok: int = 0

    def accuracy(self, name: str) -> float:
        return getattr(self, f"{name}_ok") / self.matched if self.matched else 0.0


def gold_path() -> Path:
    return Path(str(resources.files("newsfuse") / "data" / "figures_gold.jsonl"))


def load_gold(path: Path | None = None) -> tuple[list[str], list[GoldFigure]]:
    """The annotated article IDs and their gold figure mentions."""
    path = path or gold_path()
    if not path.exists():
        raise EvaluationError(f"{path}: figures gold set not found")
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not lines or "articles" not in lines[0]:
        raise EvaluationError(f"{path}: first line must list the annotated articles")
    articles = list(lines[0]["articles"])
    gold = [
        GoldFigure(
            article=row["article"], start=int(row["start"]), end=int(row["end"]), value=float(row["value"]),
            upper=None if row.get("upper") is None else float(row["upper"]), unit=row.get("unit"),
            hedge=row["hedge"], about=row.get("about"),
        )  # fmt: skip
        for row in lines[1:]
    ]
    return articles, gold


def run(data: Path, split: str | None) -> Report:
    """Score figure extraction on the hand-annotated articles found under ``data``."""
    if split not in (None, *SPLITS):
        raise EvaluationError(f"unknown split {split!r}; the figures gold set has splits: {', '.join(SPLITS)}")
    articles, gold = load_gold()
    articles = split_articles(articles, split or "all")
    paths = [_article_path(data, article) for article in articles]
    texts = {article: _read_article(path) for article, path in zip(articles, paths, strict=True)}
    predicted = dict(_extracted(texts))
    scores = score(gold, predicted, articles)
    report = Report(task="figures", data=str(data), fingerprint=data_fingerprint(paths, then=[gold_path()]),
                    items=len(articles))  # fmt: skip
    anchor = "no published figure-extraction score on this set; hand-annotated gold"
    report.metrics.extend(
        [
            Metric("figure mention F1", scores.mentions.f1, target=TARGET, anchor=anchor),
            Metric("figure mention precision", scores.mentions.precision),
            Metric("figure mention recall", scores.mentions.recall),
            Metric("figure value accuracy (matched)", scores.accuracy("value"), target=TARGET),
            Metric("figure hedge accuracy (matched)", scores.accuracy("hedge"), target=TARGET),
            Metric("figure counted-noun accuracy", scores.accuracy("about"), target=TARGET),
            Metric("figure unit accuracy (matched)", scores.accuracy("unit")),
        ]
    )
    in_split = sum(g.article in set(articles) for g in gold)
    report.notes.append(
        f"split {split or 'all'}: {in_split} gold figure mentions in {len(articles)} articles; {scores.matched} matched"
    )
    return report


def split_articles(articles: list[str], split: str) -> list[str]:
    """The annotated articles of one split: ``tune`` = even positions in sorted-ID order, ``test`` = odd."""
    if split not in SPLITS:
        raise EvaluationError(f"unknown split {split!r}; the figures gold set has splits: {', '.join(SPLITS)}")
    ordered = sorted(articles)
    if split == "all":
        return ordered
    parity = 0 if split == "tune" else 1
    return [article for index, article in enumerate(ordered) if index % 2 == parity]


def _article_path(data: Path, article: str) -> Path:
    for candidate in (data / "data" / "jsons" / f"{article}.json", data / "jsons" / f"{article}.json",
                      data / f"{article}.json"):  # fmt: skip
        if candidate.exists():
            return candidate
    raise EvaluationError(f"{data}: article {article}.json not found (expected the AllSides folder with data/jsons/)")


def _read_article(path: Path) -> str:
    try:
        text = json.loads(path.read_text(encoding="utf-8"))["content_original"]
    except (ValueError, KeyError) as exc:
        raise EvaluationError(f"{path}: not an AllSides article JSON ({exc})") from exc
    return str(text or "")


def _extracted(texts: dict[str, str]) -> Iterator[tuple[str, list[Figure]]]:
    from rich.console import Console
    from rich.progress import Progress

    from newsfuse.extract.figures import extract_figures
    from newsfuse.nlp import load_nlp

    nlp = load_nlp()
    with Progress(console=Console(file=sys.stderr), transient=True) as progress:
        task = progress.add_task("extracting figures", total=len(texts))
        for doc, article in nlp.pipe(((text, article) for article, text in texts.items()), as_tuples=True):
            progress.advance(task)
            yield article, list(extract_figures(doc, doc_id=article))


def score(gold: list[GoldFigure], predicted: dict[str, list[Figure]], articles: list[str]) -> FigureScores:
    """Mention P/R/F1 over the annotated articles and attribute accuracies over matched gold."""
    scores = FigureScores(mentions=PRF())
    for article in articles:
        gold_here = [g for g in gold if g.article == article]
        found = predicted.get(article, [])
        pairs = match_relaxed([(f.start, f.end) for f in found], [(g.start, g.end) for g in gold_here])
        scores.mentions.add(tp=len(pairs), fp=len(found) - len(pairs), fn=len(gold_here) - len(pairs))
        for i, j in pairs:
            figure, truth = found[i], gold_here[j]
            scores.matched += 1
            scores.value_ok += same_value(figure.value, truth.value) and same_value(figure.upper, truth.upper)
            scores.hedge_ok += figure.hedge == truth.hedge
            scores.about_ok += same_head(figure.about, truth.about)
            scores.unit_ok += (figure.unit or None) == truth.unit
    return scores


def same_value(found: float | None, truth: float | None) -> bool:
    if found is None or truth is None:
        return found is None and truth is None
    if truth == 0:
        return found == 0
    return abs(found - truth) <= VALUE_TOLERANCE * abs(truth)


def head_word(phrase: str | None) -> str | None:
    """The last word with a letter, lower-cased, a plural "s" dropped ("Russian casualties" -> "casualtie")."""
    if not phrase:
        return None
    words = [w for w in re.findall(r"[\w&'-]+", phrase.lower()) if re.search(r"[a-z]", w)]
    return _singular(words[-1]) if words else None


def same_head(found: str | None, truth: str | None) -> bool:
    truth_head, found_head = head_word(truth), head_word(found)
    if truth_head is None or found_head is None:
        return truth_head == found_head
    found_words = {_singular(w) for w in re.findall(r"[\w&'-]+", (found or "").lower())}
    return truth_head == found_head or truth_head in found_words


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word
