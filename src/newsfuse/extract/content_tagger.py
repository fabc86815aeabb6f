"""A learned boundary tagger for quote contents: where does what was said start and end?

The rules of :mod:`newsfuse.extract.quotes` take a content from the parse (a verb's clausal
complement, an object and the rest of its verb phrase, the words between quote marks). An
attribution corpus draws those edges by its own conventions, which the parse's subtree misses
in both directions ("endorsed <Mr. Trump> at a news conference" against "attacks <Rubio in
Saturday's debate>"). This module reads the sentence(s) around each content the rules found,
with its cue, and scores every token as the content's first and as its last word; the best pair
(first <= last) is the refined content.

The scorer is a small bidirectional LSTM over per-token inputs the spaCy ``Doc`` already holds:
the ``doc.tensor`` row (en_core_web_sm's contextual tok2vec output, 96 numbers), embeddings of
the part of speech, tag, dependency label, the lower-cased word (frequent words; else its shape)
and the distance to the cue, and flags (inside the rules' content, at its edges, the cue itself,
inside quote marks, in the cue's subtree, a sentence or paragraph start). Inference is numpy
only, a few matrix products per content on the Doc the pipeline already parsed; a Doc without a
tensor (built by hand) keeps the rules' contents.

Trained on the PolNeAR train split (``python -m newsfuse.evaluate.quotes --data
../shared/data/polnear --tagger``, see :func:`newsfuse.evaluate.quotes.train_content_tagger`);
weights in ``data/content_tagger.json``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from threadpoolctl import ThreadpoolController

MODEL_FILE = "content_tagger.json"
# Tokens a window may hold (around the content, whole sentences otherwise): long enough for the
# sentence(s) of nearly every content, short enough to keep the cost per content small.
MAX_WINDOW = 120
# Distances to the cue, in tokens, that get their own embedding (farther ones share one each side).
MAX_CUE_DISTANCE = 8
# Kinds of quote whose edges the tagger moves.
REFINED_KINDS = frozenset({"indirect"})
# Categorical inputs, in the order the model's embedding tables are stored.
CATEGORIES = ("pos", "tag", "dep", "word", "cue_distance", "kind")
# Binary inputs per token, in order.
FLAGS = ("in_content", "content_first", "content_last", "cue", "quoted", "cue_subtree", "cue_child",
         "sent_start", "after_break", "punct", "same_sentence_as_content")


@dataclass(frozen=True, slots=True)
class Window:
    """The tokens a content is refined over, and its inputs: ``categories`` (tokens x
    categories, vocabulary ids) and ``dense`` (tokens x (flags + tensor width))."""

    start: int
    end: int
    categories: np.ndarray
    dense: np.ndarray


class DocInputs:
    """Per-token inputs of a document for its windows: the sentence bounds of each token, and a
    table of vocabulary ids (pos, tag, dep, word) and flags that do not depend on the content
    (inside quote marks, sentence start, after a line break, punctuation), filled for a token the
    first time a window holds it (most of an article lies in no window)."""

    def __init__(self, doc: Doc, vocabularies: dict[str, dict[str, int]], quoted: Callable[[int], bool]) -> None:
        n = len(doc)
        self.doc, self.vocabularies, self.quoted = doc, vocabularies, quoted
        self.sent_start = np.zeros(n, dtype=np.int64)
        self.sent_end = np.zeros(n, dtype=np.int64)
        for sent in doc.sents:
            self.sent_start[sent.start:sent.end], self.sent_end[sent.start:sent.end] = sent.start, sent.end
        self.table = np.zeros((n, 8), dtype=np.int64)
        self.filled = np.zeros(n, dtype=bool)
        self.tensor = doc.tensor
        self.kinds = vocabularies["kind"]

    def rows(self, start: int, end: int) -> np.ndarray:
        """Table rows of tokens [start, end): ids (4 columns), then quoted, sentence start, after a
        line break, punctuation (0/1)."""
        doc, v = self.doc, self.vocabularies
        for i in np.flatnonzero(~self.filled[start:end]) + start:
            t = doc[int(i)]
            after_break = i > 0 and "\n" in doc[int(i) - 1].text_with_ws
            self.table[i] = (v["pos"].get(t.pos_, 0), v["tag"].get(t.tag_, 0), v["dep"].get(t.dep_, 0),
                             _word_key(t.lower_, t.shape_, v["word"]), self.quoted(t.idx), bool(t.is_sent_start),
                             after_break, t.is_punct)
        self.filled[start:end] = True
        return self.table[start:end]


def doc_inputs(doc: Doc, vocabularies: dict[str, dict[str, int]], quoted: Callable[[int], bool]) -> DocInputs:
    """The inputs of ``doc``'s tokens; ``quoted(char)`` says a character lies inside quote marks.
    Vocabulary ids are 0 for labels unseen in training."""
    return DocInputs(doc, vocabularies, quoted)


def window_bounds(inputs: DocInputs, first: int, last: int, cue: int | None) -> tuple[int, int]:
    """Token range [start, end) of the sentences holding tokens ``first``..``last`` and the cue,
    cut to :data:`MAX_WINDOW` tokens around the content."""
    ends = [first, last] if cue is None else [first, last, cue]
    start = int(min(inputs.sent_start[i] for i in ends))
    end = int(max(inputs.sent_end[i] for i in ends))
    if end - start > MAX_WINDOW:
        low, high = min(ends), max(ends) + 1
        spare = max(0, MAX_WINDOW - (high - low))
        start = max(start, low - spare // 2)
        end = min(end, start + MAX_WINDOW)
    return start, end


def _word_key(token_lower: str, shape: str, vocabulary: dict[str, int]) -> int:
    """The word's id if frequent in training, else the id of its coarse shape."""
    found = vocabulary.get(token_lower)
    if found is not None:
        return found
    return vocabulary.get("<shape>" + shape[:3], 0)


def window_inputs(doc: Doc, inputs: DocInputs, first: int, last: int, cue: Sequence[int], kind: str) -> Window:
    """Inputs of the window around content tokens ``first``..``last`` (inclusive) with cue tokens
    ``cue`` (empty when the content has none)."""
    anchor = cue[0] if cue else None
    start, end = window_bounds(inputs, first, last, anchor)
    rows = np.arange(start, end)
    cue_subtree: set[int] = set()
    cue_children: set[int] = set()
    for i in cue:
        cue_subtree.update(t.i for t in doc[i].subtree)
        cue_children.update(c.i for c in doc[i].children)
    if anchor is None:
        distance = np.zeros(len(rows), dtype=np.int64)
    else:  # 1 .. 2 * MAX_CUE_DISTANCE + 3; 0 = no cue
        distance = np.clip(rows - anchor, -MAX_CUE_DISTANCE - 1, MAX_CUE_DISTANCE + 1) + MAX_CUE_DISTANCE + 2
    kind_id = np.full(len(rows), inputs.kinds.get(kind, 0), dtype=np.int64)
    table = inputs.rows(start, end)
    categories = np.concatenate([table[:, :4], distance[:, None], kind_id[:, None]], axis=1)
    flags = np.stack([
        (rows >= first) & (rows <= last), rows == first, rows == last, np.isin(rows, list(cue)),
        table[:, 4] > 0, np.isin(rows, list(cue_subtree)), np.isin(rows, list(cue_children)),
        (table[:, 5] > 0) | (rows == start), table[:, 6] > 0, table[:, 7] > 0,
        inputs.sent_start[start:end] == inputs.sent_start[first],
    ], axis=1).astype(np.float32)
    return Window(start, end, categories, np.concatenate([flags, inputs.tensor[start:end].astype(np.float32)], axis=1))


def content_tokens(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """First and last token of the characters [start, end), if any."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.start, span.end - 1


def content_window(doc: Doc, inputs: DocInputs, start: int, end: int, cue: tuple[int, int] | None,
                   kind: str) -> tuple[int, int, Window] | None:
    """The content [start, end) (characters) as tokens (first, last) with its window's inputs;
    ``None`` when the content and its cue (character offsets) do not fit in one window."""
    tokens = content_tokens(doc, start, end)
    if tokens is None:
        return None
    first, last = tokens
    cue_tokens = content_tokens(doc, *cue) if cue is not None else None
    cue_range = list(range(cue_tokens[0], cue_tokens[1] + 1)) if cue_tokens is not None else []
    if max([last, *cue_range]) - min([first, *cue_range]) + 1 > MAX_WINDOW:
        return None
    return first, last, window_inputs(doc, inputs, first, last, cue_range, kind)


@dataclass(frozen=True, slots=True)
class TaggerWeights:
    """Weights of the boundary tagger as numpy arrays (names as :meth:`ContentTagger.state` keys)."""

    arrays: dict[str, np.ndarray]
    vocabularies: dict[str, dict[str, int]]
    margin: float
    trained_on: str = ""

    def to_json(self) -> str:
        arrays = {name: {"shape": list(array.shape), "values": [round(float(x), 4) for x in array.ravel()]}
                  for name, array in sorted(self.arrays.items())}
        return json.dumps({"trained_on": self.trained_on, "margin": self.margin, "vocabularies": self.vocabularies,
                           "arrays": arrays}, separators=(",", ":"), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> TaggerWeights:
        data = json.loads(text)
        arrays = {name: np.asarray(value["values"], dtype=np.float32).reshape(value["shape"])
                  for name, value in data["arrays"].items()}
        return cls(arrays, data["vocabularies"], float(data["margin"]), data.get("trained_on", ""))


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 + 0.5 * np.tanh(0.5 * x)  # the logistic function, without overflow


def _bilstm(projected: np.ndarray, w_hh: np.ndarray) -> np.ndarray:
    """Both LSTM directions at once over their projected inputs (2 directions x windows x tokens
    x gates, each window's tokens first, padding after; the second direction's tokens already
    reversed), recurrent weights stacked by direction; gates in torch's order (i, f, g, o)."""
    size = w_hh.shape[2]
    recurrent = np.ascontiguousarray(np.swapaxes(w_hh, 1, 2))  # a view would skip BLAS
    h = np.zeros((2, projected.shape[1], size), dtype=np.float32)
    c = np.zeros_like(h)
    out = np.empty((2, projected.shape[1], projected.shape[2], size), dtype=np.float32)
    for t in range(projected.shape[2]):
        gates = projected[:, :, t] + np.matmul(h, recurrent)
        squashed = _sigmoid(gates)
        c = squashed[..., size:2 * size] * c + squashed[..., :size] * np.tanh(gates[..., 2 * size:3 * size])
        h = squashed[..., 3 * size:] * np.tanh(c)
        out[:, :, t] = h
    return out


def _inputs(weights: TaggerWeights, window: Window) -> np.ndarray:
    a = weights.arrays
    embedded = [a[f"embed.{name}"][window.categories[:, k]] for k, name in enumerate(CATEGORIES)]
    dense = (window.dense - a["dense_mean"]) / a["dense_scale"]
    return np.concatenate([dense, *embedded], axis=1).astype(np.float32)


def edge_scores(weights: TaggerWeights, windows: Sequence[Window]) -> list[np.ndarray]:
    """Scores (tokens x 2) of each window's tokens as the content's first and last token, all
    windows of a document and both directions in one batch (a few array operations per token step)."""
    if not windows:
        return []
    a = weights.arrays
    lengths = [w.end - w.start for w in windows]
    rows = np.concatenate([_inputs(weights, w) for w in windows])
    # The input products on the windows' rows only (no padding), one 2-D product per direction.
    ahead = rows @ a["lstm.weight_ih_l0"].T + a["lstm.bias_l0"]
    behind = rows @ a["lstm.weight_ih_l0_reverse"].T + a["lstm.bias_l0_reverse"]
    projected = np.zeros((2, len(windows), max(lengths), ahead.shape[1]), dtype=np.float32)
    offset = 0
    for b, n in enumerate(lengths):
        projected[0, b, :n] = ahead[offset:offset + n]
        projected[1, b, :n] = behind[offset:offset + n][::-1]  # each window reversed from its own last token
        offset += n
    hidden = _bilstm(projected, np.stack([a["lstm.weight_hh_l0"], a["lstm.weight_hh_l0_reverse"]]))
    scores = []
    for b, n in enumerate(lengths):
        both = np.concatenate([hidden[0, b, :n], hidden[1, b, :n][::-1]], axis=1)
        scores.append(both @ a["out.weight"].T + a["out.bias"])
    return scores


def best_span(scores: np.ndarray, max_tokens: int = MAX_WINDOW) -> tuple[int, int, float]:
    """Window rows (first, last) maximising first-score + last-score with first <= last."""
    total = scores[:, 0][:, None] + scores[:, 1][None, :]
    n = scores.shape[0]
    rows, cols = np.indices((n, n))
    total = np.where((cols >= rows) & (cols - rows < max_tokens), total, -np.inf)
    flat = int(np.argmax(total))
    return flat // n, flat % n, float(total.flat[flat])


def moved_edges(scores: np.ndarray, offset: int, first: int, last: int, margin: float) -> tuple[int, int]:
    """The best-scoring (first, last) token pair of a window starting at token ``offset``, kept at
    the rules' ``first``, ``last`` unless it beats them by more than ``margin``."""
    new_first, new_last, best = best_span(scores)
    kept = scores[first - offset, 0] + scores[last - offset, 1]
    if best - kept <= margin:
        return first, last
    return new_first + offset, new_last + offset


def has_inputs(doc: Doc, weights: TaggerWeights) -> bool:
    """Does ``doc`` carry the contextual rows the tagger reads (a parsed Doc; not one built by hand)?"""
    tensor = doc.tensor
    width = weights.arrays["dense_mean"].shape[0] - len(FLAGS)
    return tensor is not None and tensor.ndim == 2 and tensor.shape == (len(doc), width)


@lru_cache(maxsize=1)
def _blas_controller() -> ThreadpoolController | None:
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return None
    return ThreadpoolController()


def _one_blas_thread() -> AbstractContextManager[object]:
    """BLAS on one thread for the tagger's small products: OpenBLAS threads them, and on a busy
    machine waking its threads cost ten times the products (31 ms against 3.5 ms per article)."""
    controller = _blas_controller()
    return controller.limit(limits=1, user_api="blas") if controller is not None else nullcontext()


@lru_cache(maxsize=1)
def load_weights() -> TaggerWeights | None:
    """The tagger shipped with the package (``newsfuse/data/content_tagger.json``), if any."""
    path = resources.files("newsfuse").joinpath("data", MODEL_FILE)
    if not path.is_file():
        return None
    return TaggerWeights.from_json(path.read_text("utf-8"))


def refined_contents(weights: TaggerWeights, doc: Doc, contents: Sequence[tuple[int, int, tuple[int, int] | None, str]],
                     quoted: Callable[[int], bool]) -> list[tuple[int, int] | None]:
    """For each content (start, end, cue or ``None``, kind) in characters: tokens (first, last) as
    the tagger draws it, ``None`` when it keeps the rules' edges or cannot read the content (a
    window too long). All windows of the document are scored in one batch."""
    inputs = doc_inputs(doc, weights.vocabularies, quoted)
    found = [content_window(doc, inputs, start, end, cue, kind) for start, end, cue, kind in contents]
    readable = [f for f in found if f is not None]
    with _one_blas_thread():
        scores = iter(edge_scores(weights, [window for _, _, window in readable]))
    result: list[tuple[int, int] | None] = []
    for item in found:
        if item is None:
            result.append(None)
            continue
        first, last, window = item
        moved = moved_edges(next(scores), window.start, first, last, weights.margin)
        result.append(None if moved == (first, last) else moved)
    return result
