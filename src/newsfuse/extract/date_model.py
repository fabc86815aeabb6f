"""A learned choice between a day and the day with its part ("Friday night": ``1998-10-23`` or
``1998-10-23TNI``).

The rules of :mod:`newsfuse.extract.dates` give a weekday or day word followed by a part of the
day its part (TimeML's guideline value). TimeBank annotates that choice inconsistently, often
tagging only the weekday ("on [Friday] night") and then giving the plain day; no rule on the
words tells the two apart (on the TempEval-3 *tune* split about 11 plain days for 18 with the
part). This module scores the choice with a logistic regression over sparse features of the
expression the ``Doc`` already holds: its words, its syntactic head, the word before and after
it, the tense of its verb, whether it opens the sentence, follows a comma or sits in a
quotation, and how many other dates share its sentence.

Only this choice is learned. A keep-or-drop decision ("now", "current", "recent" as vague
references, generic "years") and the other granularity choices (an ISO week or ``WXX`` for
"last week", ``PXY`` or ``PAST_REF`` for "recent years", a year, quarter or day for "a year
ago") were tried with the same features and lost value F1 under cross-validation by file (see
docs/evaluation.md), so the rules decide them alone. The model never drops an expression and
never moves a date: at most it leaves out the part of the day.

Trained on the TempEval-3 *tune* split (``python -m newsfuse.evaluate.dates --data
../shared/data/tempeval3``, see :func:`newsfuse.evaluate.dates.train_date_model`); the weights
are plain numbers in ``data/date_model.json`` and scoring is a few dictionary look-ups for the
rare expression that has a part of the day.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

# The same sparse logistic regression (fit, scoring, JSON form) as the quote cue model.
from newsfuse.extract.quote_model import CueModel

if TYPE_CHECKING:
    from spacy.tokens import Span

MODEL_FILE = "date_model.json"
_QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''"})
_WEEKDAY_NAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_DAY_WITH_PART_RE = re.compile(r"(\d{4}-\d{2}-\d{2})T(?:MO|AF|EV|NI|DT)")


@lru_cache(maxsize=1)
def load_model() -> CueModel:
    """The model shipped with the package (``newsfuse/data/date_model.json``)."""
    return CueModel.from_json(resources.files("newsfuse").joinpath("data", MODEL_FILE).read_text("utf-8"))


def plain_day(value: str | None) -> str | None:
    """The day of a day-with-part value ("1998-10-23TNI" -> "1998-10-23"), else ``None``."""
    match = _DAY_WITH_PART_RE.fullmatch(value or "")
    return match.group(1) if match else None


def _weekday_as_one(word: str) -> str:
    return "<weekday>" if word.rstrip(".") in _WEEKDAY_NAMES else word


def _inside_quote(span: Span) -> bool:
    """An odd number of quotation marks between the sentence start and the expression."""
    marks = sum(1 for token in span.doc[span.sent.start : span.start] if token.text in _QUOTE_MARKS)
    return marks % 2 == 1


def part_of_day_features(span: Span, tense: str | None, others: int) -> list[str]:
    """Sparse feature names of an expression whose value has a part of the day; ``tense`` is its
    governing verb's tense, ``others`` the number of other dates in its sentence."""
    doc = span.doc
    root = span.root
    head = root.head
    words = [token.lower_ for token in span]
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    # Weekday names are one feature: which weekday it is says nothing about the convention.
    words = [_weekday_as_one(word) for word in words]
    features = [
        f"text={' '.join(words)}" if len(words) <= 3 else f"len={min(len(words), 6)}",
        f"root={_weekday_as_one(root.lower_)}",
        f"rootpos={root.pos_}|{root.dep_}",
        f"headlem={head.lemma_.lower()}|{root.dep_}" if head.i != root.i else "head=ROOT",
        f"headpos={head.pos_}",
        f"tense={tense}",
        f"prev={before.lower_ if before is not None else '^'}",
        f"next={after.lower_ if after is not None else '$'}",
        f"initial={span.start == span.sent.start}",
        f"others={min(others, 3)}",
        f"quote={_inside_quote(span)}",
    ]
    features.extend(f"w={word}" for word in sorted(set(words)))
    if before is not None and before.pos_ == "ADP":
        features.append(f"prep={before.lower_}")
    if after is not None and after.text == ",":
        features.append("comma")
    return features


def prefers_plain_day(span: Span, tense: str | None, others: int, model: CueModel | None = None) -> bool:
    """Whether the model gives this day-with-part expression its plain day."""
    model = model or load_model()
    return model.score(part_of_day_features(span, tense, others)) >= model.threshold
