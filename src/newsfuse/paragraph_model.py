"""A learned second opinion on the plain-text paragraph classifier of :mod:`newsfuse.clean`.

The rules of :func:`newsfuse.clean.classify_paragraphs` name each kind of noise and give a reason;
what they miss is the page furniture that looks like prose line by line (teaser paragraphs under
related headlines, author blurbs, shop widgets). This module scores every paragraph with a
logistic regression over features of the paragraph, its neighbours and its place in the page
(the rules' own verdicts included), trained on browser copies of the Article Extraction Benchmark
``tune`` half and of trafilatura's evaluation pages, weakly labelled by their snippets (``python -m
newsfuse.evaluate.plaintext --data ../shared/data/article-extraction-benchmark --weak
../shared/data/trafilatura-eval``, see docs/evaluation.md; the thresholds are chosen by page-grouped
cross-validation), and then:

* drops a paragraph the rules kept when its score is below ``drop_below`` and it lies outside
  the main block of article text (reason ``low-content-score``; kept text above a "More from"
  box set inside the story, its lead, counts as inside, and so does kept prose below such a box
  that shares a quarter of the article's vocabulary; the block ends at the first line the rules
  dropped after its last prose paragraph, so the short lines of an author box or a sign-in prompt
  under a share bar are outside): inside the article, a short
  last line or a one-sentence paragraph is never taken away on a score alone, nor is a paragraph
  after it that shares a fifth of its vocabulary with the article's lead (it continues the
  story), nor a row of a table of figures (the rules keep those wherever they sit), nor the paragraph
  right under the page's headline (its opening, which a share bar may part from the rest), and
* restores a paragraph the rules dropped for a *soft* reason (navigation, boilerplate, title,
  caption, credit) when its score is at least ``restore_above``.

Hard reasons (copyright, comments, share bars, promos, appended unrelated stories, "More from",
teaser units of other stories: ``related``)
are never overturned: those are the rules' confident calls and the model has not seen enough of
them to second-guess them. The weights are plain numbers in ``data/paragraph_model.json``; no
model is downloaded, and scoring one page is a few numpy operations.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from operator import itemgetter

import numpy as np

from newsfuse.clean import (
    BODY,
    HEADER_LINE_REASONS,
    INLINE_BOX_REASONS,
    INVISIBLE_REASONS,
    MAX_INLINE_BOX_LINES,
    PICTURE_REASONS,
    STOPWORDS,
    is_table_row,
    lower_for_literals,
    lower_words_of,
    opens_under_title,
    words_of,
)

MODEL_FILE = "paragraph_model.json"
LOW_SCORE = "low-content-score"
# Reasons a confident model may overturn (the rest are left to the rules). Not "related": a teaser
# under the article (headline, author, date, one paragraph) reads as the article's last paragraph, and
# at the cross-validated restore threshold the model gave such teasers back.
SOFT_REASONS = frozenset({"navigation", "boilerplate", "title", "caption", "credit"})
# The reasons the features tell apart; any other reason counts as "other".
REASON_FEATURES = (
    BODY, "navigation", "more-from", "boilerplate", "share", "promo", "dateline-meta", "related", "comment",
    "copyright", "read-more", "byline", "title", "separator", "credit", "caption", "unrelated",
)  # fmt: skip
# Neighbours whose shape is part of a paragraph's features (before and after it).
NEIGHBOUR_OFFSETS = (-2, -1, 1, 2)
# Half-width of the window over which the share of rule-kept paragraphs is taken.
WINDOW = 4
# Gaps of this many non-body paragraphs still belong to one block of article text.
MAX_BLOCK_GAP = 2
# A paragraph sharing this much of its vocabulary with the article's lead continues the story:
# the model never drops it (appended content is split off by topical discontinuity, issue 3).
ON_TOPIC = 0.2

_SENTENCE_END = re.compile(r"[.!?…:][\"'”’»)\]]*$")
_SENTENCE_BREAK = re.compile(r"[.!?…][\"'”’)\]]*\s+[A-Z\"“]")
_URL = re.compile(r"(?:https?://|www\.)\S+|\b\S+\.(?:com|org|net|co\.uk)\b", re.I)
_REPORTING_WORDS = r"\b(?:said|says|told|according to|added)\b"
_REPORTING = re.compile(_REPORTING_WORDS, re.I)
# The same search in lower-cased text, where it is exact and cheaper (see :func:`_reports`).
_REPORTING_LOWER = re.compile(_REPORTING_WORDS)
_REPORTING_LITERALS = ("said", "says", "told", "according to", "added")
_SEPARATORS = ("|", "»", "•")
_DIGIT = re.compile(r"\d")
_PUNCTUATION = re.compile(r"[^\w\s]")  # and "_", counted apart


@dataclass(frozen=True, slots=True)
class ParagraphModel:
    """Standardisation, weights and decision thresholds of the logistic regression."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    drop_below: float
    restore_above: float
    trained_on: str = ""

    def scores(self, features: np.ndarray) -> np.ndarray:
        """Probability that each row is article text."""
        if len(features) == 0:
            return np.zeros(0)
        z = (features - np.asarray(self.mean)) / np.asarray(self.scale)
        return 1.0 / (1.0 + np.exp(-(z @ np.asarray(self.weights) + self.bias)))

    def to_json(self) -> str:
        return json.dumps({name: getattr(self, name) for name in self.__slots__}, indent=1)

    @classmethod
    def from_json(cls, text: str) -> ParagraphModel:
        data = json.loads(text)
        for name in ("mean", "scale", "weights"):
            data[name] = tuple(float(v) for v in data[name])
        return cls(**data)


@lru_cache(maxsize=1)
def load_model() -> ParagraphModel:
    """The model shipped with the package (``newsfuse/data/paragraph_model.json``)."""
    return ParagraphModel.from_json(resources.files("newsfuse").joinpath("data", MODEL_FILE).read_text("utf-8"))


def refine(paragraphs: Sequence[str], reasons: Sequence[str], model: ParagraphModel | None = None) -> list[str]:
    """The rules' reasons with the model's confident disagreements applied (see the module doc)."""
    if not paragraphs:
        return list(reasons)
    model = model or load_model()
    scores, protected = score_page(paragraphs, reasons, model)
    return apply_scores(reasons, scores, protected, model.drop_below, model.restore_above)


def score_page(paragraphs: Sequence[str], reasons: Sequence[str], model: ParagraphModel) -> tuple[np.ndarray, np.ndarray]:
    """The model's scores of a page's paragraphs, and which of them the safety limits protect
    (inside the main block of kept text up to the article's end or above it across a box of links, sharing a fifth of
    their vocabulary with the lead, a row of a table of figures, which the rules keep wherever
    it sits, or the paragraph right under the page's headline)."""
    layout = _Layout.of(paragraphs, reasons)
    return model.scores(_features(paragraphs, reasons, layout)), _protected(paragraphs, reasons, layout)


def protected_paragraphs(paragraphs: Sequence[str], reasons: Sequence[str]) -> np.ndarray:
    """Which paragraphs the safety limits of :func:`score_page` protect (they do not depend on the weights)."""
    return _protected(paragraphs, reasons, _Layout.of(paragraphs, reasons))


def _protected(paragraphs: Sequence[str], reasons: Sequence[str], layout: _Layout) -> np.ndarray:
    index = np.arange(len(reasons))
    last = _end_across_boxes(paragraphs, reasons, layout, layout.first, layout.last)
    last = _article_end(paragraphs, reasons, layout, last)
    inside = (index >= _lead_across_boxes(reasons, layout.first)) & (index <= last)
    table = np.array([is_table_row(p) for p in paragraphs], dtype=bool)
    standfirst = np.zeros(len(reasons), dtype=bool)
    if (k := _standfirst(paragraphs, reasons)) is not None:
        standfirst[k] = True
    return inside | (layout.lead_overlap >= ON_TOPIC) | table | standfirst


def _article_end(paragraphs: Sequence[str], reasons: Sequence[str], layout: _Layout, last: int) -> int:
    """The last paragraph of the main block of kept text that still belongs to the article: the block
    runs on over gaps of up to ``MAX_BLOCK_GAP`` dropped lines, and so takes in the short lines under the
    article (an author box, a row of links, a sign-in prompt after the share bar or a notice). Past the
    block's last prose paragraph, the first line the rules dropped ends the article, unless it is a
    picture's caption or credit or a kind of line the article already had between its paragraphs (an
    "Advertisement" label the story is cut by recurs under its last paragraph, before a hat tip); with
    no such line the block's end stands (an article closing on a list goes on unbroken). Measured on
    the lead's vocabulary instead of any prose, the end came too early: a story moves on from its lead
    (a subheading after a video, a closing "did not respond" line after a related link)."""
    first = max(layout.first, 0)
    prose = [i for i in range(first, last + 1) if reasons[i] == BODY and _is_prose(paragraphs[i], layout.words[i])]
    if not prose:
        return last
    within = set(reasons[first:prose[-1]])
    for k in range(prose[-1] + 1, last + 1):
        if reasons[k] != BODY and reasons[k] not in PICTURE_REASONS | INVISIBLE_REASONS and reasons[k] not in within:
            return k - 1
    return last


def _standfirst(paragraphs: Sequence[str], reasons: Sequence[str]) -> int | None:
    """The kept paragraph right under the page's headline (the rules' ``title``), past its date, byline,
    picture or share lines: the article's opening, wherever the main block of kept text lies (a share bar
    or a subtitle may part it from the rest)."""
    if "title" not in reasons:
        return None
    k = reasons.index("title") + 1
    while k < len(reasons) and reasons[k] in HEADER_LINE_REASONS:
        k += 1
    return k if k < len(reasons) and reasons[k] == BODY and opens_under_title(paragraphs, reasons, k) else None


def _lead_across_boxes(reasons: Sequence[str], first: int) -> int:
    """The first paragraph of the main block of article text moved up over the boxes of links set
    inside the story: kept text above a "More from"/"Related" box of up to ``MAX_INLINE_BOX_LINES`` lines
    (with up to ``MAX_BLOCK_GAP`` other dropped lines around it) is the article's lead. Downwards
    (:func:`_end_across_boxes`) kept text must also share the article's vocabulary: below the article,
    a box is where teasers and appended stories sit."""
    k, box, other = first - 1, 0, 0
    while first > 0 and k >= 0:
        if reasons[k] == BODY:
            first, box, other = k, 0, 0
        else:
            counted = _count_gap_line(reasons[k], box, other)
            if counted is None:
                break
            box, other = counted
        k -= 1
    return first


def _count_gap_line(reason: str, box: int, other: int) -> tuple[int, int] | None:
    """Box lines and other dropped lines crossed so far, with one more line of ``reason``; None
    once either is past what a box set inside the story holds."""
    if reason in INLINE_BOX_REASONS:
        box += 1
        return (box, other) if box <= MAX_INLINE_BOX_LINES else None
    if reason in PICTURE_REASONS or reason in INVISIBLE_REASONS:
        return box, other  # a picture's caption or credit sits inside the story, code is never shown: they part nothing
    other += 1
    return (box, other) if other <= MAX_BLOCK_GAP else None


# Lines after which the page, not the article, goes on: a box below them holds other stories.
_PAGE_END_REASONS = frozenset({"copyright", "comment", "unrelated"})
# Share of its vocabulary that kept text after a box of links must share with the article above
# the box to go on with it (an appended story or a teaser under the box shares little).
CONTINUATION_OVERLAP = 0.25
# A single paragraph between the box and the page's end must share more: teasers come one at a time.
SINGLE_OVERLAP = 0.35


def _vocabulary(words: Sequence[str], lowered: Sequence[str]) -> set[str]:
    # The length is the written word's: lower-casing may lengthen one ("İ" is two characters lower-cased).
    return {lw for w, lw in zip(words, lowered) if len(w) > 3 and lw not in STOPWORDS}


# A statement's end: a full stop (not an ellipsis) or an exclamation mark, before closing quotes
# (German closes a quotation with "“").
_STATEMENT_END = re.compile(r"(?<!\.\.)[.!][\"'”’“»)\]]*$")


def _is_prose(text: str, words: Sequence[str]) -> bool:
    """A statement of some length: not a headline asking a question, nor a teaser cut short ("...")."""
    return len(words) >= 8 and bool(_STATEMENT_END.search(text.rstrip()))


def _end_across_boxes(paragraphs: Sequence[str], reasons: Sequence[str], layout: _Layout, first: int,
                      last: int) -> int:
    """The last paragraph of the main block of article text moved down over the boxes of links set
    inside the story: the kept text right after a "More from"/"Related" box of up to
    ``MAX_INLINE_BOX_LINES`` lines (with up to ``MAX_BLOCK_GAP`` other dropped lines around it) is the
    article going on when it shares ``CONTINUATION_OVERLAP`` of its vocabulary with the article
    above, and when the page's copyright line or comments do not come first."""
    if last < 0:
        return last
    words, lowered = layout.words, layout.lowered
    article = set().union(*(_vocabulary(words[i], lowered[i]) for i in range(first, last + 1) if reasons[i] == BODY))
    k, box, other = last + 1, 0, 0
    while k < len(reasons):
        if reasons[k] == BODY:
            if not box:
                break
            run, gap, j = [], 0, k
            while j < len(reasons) and gap <= MAX_BLOCK_GAP:
                if reasons[j] == BODY:
                    run.append(j)
                    gap = 0
                else:
                    gap += 1
                j += 1
            vocabulary = set().union(*(_vocabulary(words[i], lowered[i]) for i in run))
            needed = CONTINUATION_OVERLAP if len(run) > 1 else SINGLE_OVERLAP
            if (not any(_is_prose(paragraphs[i], words[i]) for i in run) or not vocabulary
                    or len(vocabulary & article) / len(vocabulary) < needed):
                break
            article |= vocabulary
            last, box, other = run[-1], 0, 0
            if len(run) == 1:
                break  # one paragraph between two boxes: a teaser in a list of them, or the article's last
            k = last + 1
            continue
        if reasons[k] in _PAGE_END_REASONS or reasons[k] == "read-more" and _URL.search(paragraphs[k]):
            break  # the page's end, or the link to the full story on its site ("Read more at cbn.com")
        counted = _count_gap_line(reasons[k], box, other)
        if counted is None:
            break
        box, other = counted
        k += 1
    return last


def apply_scores(reasons: Sequence[str], scores: np.ndarray, protected: np.ndarray, drop_below: float,
                 restore_above: float) -> list[str]:
    """Drop kept, unprotected paragraphs scoring below ``drop_below``; restore paragraphs dropped
    for a soft reason scoring ``restore_above`` or more."""
    refined = []
    for reason, score, safe in zip(reasons, scores, protected, strict=True):
        if reason == BODY and score < drop_below and not safe:
            reason = LOW_SCORE
        elif reason in SOFT_REASONS and score >= restore_above:
            reason = BODY
        refined.append(reason)
    return refined


# -- features ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Layout:
    """What the features and the safety limits share about one page: its words, the rules' kept
    paragraphs, the main block of article text and each paragraph's overlap with the lead."""

    words: list[tuple[str, ...]]
    lowered: list[tuple[str, ...]]
    kept: np.ndarray
    first: int
    last: int
    block_words: int
    lead_overlap: np.ndarray

    @classmethod
    def of(cls, paragraphs: Sequence[str], reasons: Sequence[str]) -> _Layout:
        words = [words_of(p) for p in paragraphs]
        lowered = [lower_words_of(p) for p in paragraphs]
        kept = np.array([r == BODY for r in reasons], dtype=float)
        invisible = [r in INVISIBLE_REASONS for r in reasons]
        first, last, block_words = _main_block(kept, [len(w) for w in words], invisible)
        return cls(words, lowered, kept, first, last, block_words, _lead_overlap(kept, words, lowered, first, last))


def paragraph_features(paragraphs: Sequence[str], reasons: Sequence[str]) -> np.ndarray:
    """One row per paragraph: its shape, the rules' verdict, its place in the page, its neighbours."""
    return _features(paragraphs, reasons, _Layout.of(paragraphs, reasons))


def _features(paragraphs: Sequence[str], reasons: Sequence[str], layout: _Layout) -> np.ndarray:
    shape = np.array([_shape(p, w, lw) for p, w, lw in zip(paragraphs, layout.words, layout.lowered, strict=True)],
                     dtype=float)
    verdict = np.array([[float(r == name) for name in REASON_FEATURES] + [float(r not in REASON_FEATURES)]
                        for r in reasons], dtype=float)
    kept = layout.kept
    return np.hstack([shape, verdict, _placement(layout), _neighbours(shape, kept), _window_share(kept)[:, None]])


def _shape(text: str, words: Sequence[str], lowered: Sequence[str]) -> list[float]:
    """Length, sentence shape, function-word density and typography of one paragraph (``lowered``: its
    words lower-cased)."""
    n, chars = len(words), max(len(text), 1)
    low = text.lower()
    return [
        math.log1p(len(text)),
        math.log1p(n),
        float(bool(_SENTENCE_END.search(text.rstrip()))),
        math.log1p(len(_SENTENCE_BREAK.findall(text)) + 1),
        sum(map(STOPWORDS.__contains__, lowered)) / n if n else 0.0,
        sum(map(str.isupper, map(_FIRST, words))) / n if n else 0.0,  # (words_of gives no empty word)
        len(_DIGIT.findall(text)) / chars,
        (len(_PUNCTUATION.findall(text)) + text.count("_")) / chars,
        (sum(map(len, words)) / n / 10) if n else 0.0,
        float(_has_url(text, low)),
        float("©" in text or "copyright" in low),
        float(any(s in text for s in _SEPARATORS)),
        float(_reports(text)),
        float(any(q in text for q in "\"“”")),
        float(n <= 3),
        float(n >= 25),
        float("\t" in text),
        float(text.rstrip().endswith("?")),
    ]


def _reports(text: str) -> bool:
    """Whether ``text`` holds a verb of reported speech (``_REPORTING``)."""
    # The literals first: the pattern's search costs tens of microseconds on a long paragraph without them.
    low = lower_for_literals(text)
    if low is None:
        return bool(_REPORTING.search(text))
    return any(literal in low for literal in _REPORTING_LITERALS) and bool(_REPORTING_LOWER.search(low))


_FIRST = itemgetter(0)
_URL_HINTS = ("http", "www.", ".com", ".org", ".net", ".co.uk")


def _has_url(text: str, lowered: str) -> bool:
    # The substring test first (``lowered``: the text lower-cased): the pattern backtracks over every word of a
    # long paragraph.
    return any(hint in lowered for hint in _URL_HINTS) and bool(_URL.search(text))


# Columns of _shape that describe a neighbour: words (log), ends a sentence, function-word density.
_NEIGHBOUR_SHAPE = (1, 2, 4)


def _neighbours(shape: np.ndarray, kept: np.ndarray) -> np.ndarray:
    key = np.column_stack([shape[:, _NEIGHBOUR_SHAPE], kept])
    columns = []
    for offset in NEIGHBOUR_OFFSETS:
        shifted = np.zeros_like(key)
        if offset < 0:
            shifted[-offset:] = key[:offset]
        else:
            shifted[:-offset] = key[offset:]
        columns.append(shifted)
    return np.hstack(columns)


def _window_share(kept: np.ndarray) -> np.ndarray:
    padded = np.concatenate([np.zeros(WINDOW), kept, np.zeros(WINDOW)])
    sums = np.convolve(padded, np.ones(2 * WINDOW + 1), mode="valid")
    return sums / (2 * WINDOW + 1)


def _placement(layout: _Layout) -> np.ndarray:
    """Where a paragraph sits relative to the article: position, inside/before/after the main
    block of rule-kept text, and how much of its vocabulary the article's lead shares."""
    n = len(layout.kept)
    index = np.arange(n)
    position = index / max(n - 1, 1)
    first, last = layout.first, layout.last
    if first >= 0:
        inside = ((index >= first) & (index <= last)).astype(float)
        before, after = np.where(index < first, first - index, 0), np.where(index > last, index - last, 0)
    else:
        inside, before, after = np.zeros(n), np.zeros(n), np.zeros(n)
    body_share = layout.block_words / max(1, sum(len(w) for w in layout.words))
    return np.column_stack([
        position, position < 0.05, position > 0.9, inside, np.log1p(before), np.log1p(after),
        layout.lead_overlap, np.full(n, body_share),
    ]).astype(float)


def _lead_overlap(kept: np.ndarray, words: Sequence[Sequence[str]], lowered: Sequence[Sequence[str]], first: int,
                  last: int) -> np.ndarray:
    """Share of each paragraph's content words found in the article's lead (the first three
    prose paragraphs of the main block; 1.0 for those paragraphs themselves)."""
    lead_rows = [i for i in range(first, last + 1) if kept[i] and len(words[i]) >= 12][:3] if first >= 0 else []
    vocabularies = [{v for w in ws if len(v := w.strip(".'’-")) > 3 and v not in STOPWORDS} for ws in lowered]
    lead = set().union(*(vocabularies[i] for i in lead_rows)) if lead_rows else set()
    return np.array([1.0 if i in lead_rows else (len(v & lead) / len(v) if v else 0.0)
                     for i, v in enumerate(vocabularies)])


def _main_block(kept: np.ndarray, counts: Sequence[int], invisible: Sequence[bool] = ()) -> tuple[int, int, int]:
    """(first, last, words) of the run of kept paragraphs (gaps of up to MAX_BLOCK_GAP) with the
    most words; (-1, -1, 0) when nothing is kept. Lines never shown on the page (``invisible``: code
    left in a scraped text) count in no gap."""
    best = (0, -1, -1)
    start, last, total, gap = -1, -1, 0, 0
    for i, is_kept in enumerate(kept):
        if i < len(invisible) and invisible[i]:
            continue
        if is_kept:
            if start < 0:
                start, total = i, 0
            total, last, gap = total + counts[i], i, 0
        elif start >= 0:
            gap += 1
            if gap > MAX_BLOCK_GAP:
                best = max(best, (total, start, last))
                start = -1
    if start >= 0:
        best = max(best, (total, start, last))
    words, first, end = best
    return first, end, words


# -- training ----------------------------------------------------------------------------------


def fit(features: np.ndarray, labels: np.ndarray, *, l2: float = 1.0, iterations: int = 3000,
        rate: float = 0.5) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """Logistic regression by gradient descent on standardised features: (mean, scale, weights, bias)."""
    mean = features.mean(axis=0)
    scale = features.std(axis=0) + 1e-6
    z = (features - mean) / scale
    weights = np.zeros(z.shape[1])
    bias = 0.0
    n = len(labels)
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(z @ weights + bias)))
        error = p - labels
        weights -= rate * (z.T @ error / n + l2 * weights / n)
        bias -= rate * float(error.mean())
    return mean, scale, weights, bias
