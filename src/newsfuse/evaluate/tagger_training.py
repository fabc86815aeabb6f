"""Fitting the quote-content boundary tagger (:mod:`newsfuse.extract.content_tagger`) with torch.

Examples are the contents ``extract_quotes(cognition=True)`` finds on the PolNeAR train split
that overlap a gold content: the target is that gold content's first and last word (the
fragment overlapping most, punctuation at its edges left out, cut to the window). Contents
overlapping no gold are left out: their edges teach nothing. Torch is used for fitting only; the
weights are exported to the numpy arrays the extractor reads.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

import numpy as np

from newsfuse.extract import content_tagger as ct
from newsfuse.extract.quotes import find_quote_spans
from newsfuse.records import Quote

if TYPE_CHECKING:
    import torch
    from spacy.tokens import Doc

    from newsfuse.evaluate.quotes import GoldAttribution

# Settings chosen on 200 train articles held out from the 640 fitted on (seed 7), see
# docs/evaluation.md (Quotes).
HIDDEN = 64
EPOCHS = 8
LEARNING_RATE = 2e-3
DROPOUT = 0.2
BATCH = 32
MARGIN = 1.0
# Embedding widths per categorical input (ct.CATEGORIES).
EMBED_SIZES = {"pos": 8, "tag": 8, "dep": 12, "word": 24, "cue_distance": 8, "kind": 4}
# A word needs this many occurrences in the training documents to get its own embedding.
MIN_WORD_COUNT = 30
MAX_WORDS = 2000
MIN_LABEL_COUNT = 5

Example = tuple[ct.Window, tuple[int, int]]


def quoted_test(text: str) -> Callable[[int], bool]:
    """``quoted(char)``: does the character lie between quote marks?"""
    from newsfuse.extract.quotes import _inside

    spans = [(s.start, s.end) for s in find_quote_spans(text)]
    return lambda char: _inside(spans, char)


def vocabularies(docs: Iterable[Doc]) -> dict[str, dict[str, int]]:
    """Ids (from 1; 0 is unseen) of the labels and frequent words of the training documents."""
    counts: dict[str, Counter[str]] = {k: Counter() for k in ("pos", "tag", "dep", "word")}
    for doc in docs:
        for token in doc:
            counts["pos"][token.pos_] += 1
            counts["tag"][token.tag_] += 1
            counts["dep"][token.dep_] += 1
            counts["word"][token.lower_] += 1
            counts["word"]["<shape>" + token.shape_[:3]] += 1
    result = {k: {label: i + 1 for i, label in enumerate(sorted(v for v, c in counts[k].items()
                                                               if c >= MIN_LABEL_COUNT))}
              for k in ("pos", "tag", "dep")}
    words = [w for w, c in counts["word"].most_common() if c >= MIN_WORD_COUNT][:MAX_WORDS]
    result["word"] = {w: i + 1 for i, w in enumerate(words)}
    result["kind"] = {"direct": 1, "indirect": 2}
    return result


def _gold_target(doc: Doc, first: int, last: int, gold: Sequence[GoldAttribution],
                 window: ct.Window) -> tuple[int, int] | None:
    """Window rows of the gold content fragment overlapping tokens first..last most (word tokens)."""
    best, best_overlap = None, 0
    for attribution in gold:
        for start, end in attribution.content:
            tokens = ct.content_tokens(doc, start, end)
            if tokens is None:
                continue
            overlap = sum(1 for i in range(max(tokens[0], first), min(tokens[1], last) + 1) if not doc[i].is_punct)
            if overlap > best_overlap:
                best, best_overlap = tokens, overlap
    if best is None:
        return None
    a, b = best
    while a < b and (doc[a].is_punct or doc[a].is_space):
        a += 1
    while b > a and (doc[b].is_punct or doc[b].is_space):
        b -= 1
    a, b = max(a, window.start), min(b, window.end - 1)
    return (a - window.start, b - window.start) if a <= b else None


def content_windows(doc: Doc, quotes: Iterable[Quote], vocab: dict[str, dict[str, int]]
                    ) -> list[tuple[Quote, int, int, ct.Window]]:
    """Each quote whose window the tagger can read, with its tokens (first, last) and window inputs.
    Direct quotes are examples too (held-out train, seed 7: trained on both kinds, refining
    reported speech only, F1 0.7507, against 0.7488 trained on reported speech alone)."""
    inputs = ct.doc_inputs(doc, vocab, quoted_test(doc.text))
    out = []
    for quote in quotes:
        cue = (quote.cue_start, quote.cue_end) if quote.cue_start is not None and quote.cue_end is not None else None
        found = ct.content_window(doc, inputs, quote.start, quote.end, cue, quote.kind)
        if found is not None:
            out.append((quote, *found))
    return out


def examples(doc: Doc, quotes: Iterable[Quote], gold: Sequence[GoldAttribution],
             vocab: dict[str, dict[str, int]]) -> list[Example]:
    """(window, target rows) of each quote of ``doc`` that overlaps a gold content."""
    out = []
    for _, first, last, window in content_windows(doc, quotes, vocab):
        target = _gold_target(doc, first, last, gold, window)
        if target is not None:
            out.append((window, target))
    return out


def tagger_network(vocab: dict[str, dict[str, int]], dense_width: int) -> torch.nn.Module:
    import torch
    from torch import nn

    counts = {"pos": len(vocab["pos"]) + 1, "tag": len(vocab["tag"]) + 1, "dep": len(vocab["dep"]) + 1,
              "word": len(vocab["word"]) + 1, "cue_distance": 2 * ct.MAX_CUE_DISTANCE + 4, "kind": 3}

    class Tagger(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.embed = nn.ModuleDict({k: nn.Embedding(counts[k], EMBED_SIZES[k]) for k in ct.CATEGORIES})
            width = dense_width + sum(EMBED_SIZES[k] for k in ct.CATEGORIES)
            self.drop = nn.Dropout(DROPOUT)
            self.lstm = nn.LSTM(width, HIDDEN, batch_first=True, bidirectional=True)
            self.out = nn.Linear(2 * HIDDEN, 2)

        def forward(self, cats: torch.Tensor, dense: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
            x = torch.cat([dense] + [self.embed[k](cats[:, :, j]) for j, k in enumerate(ct.CATEGORIES)], dim=2)
            packed = nn.utils.rnn.pack_padded_sequence(self.drop(x), lengths, batch_first=True, enforce_sorted=False)
            hidden, _ = self.lstm(packed)
            hidden, _ = nn.utils.rnn.pad_packed_sequence(hidden, batch_first=True, total_length=cats.shape[1])
            return self.out(self.drop(hidden))

    return Tagger()


def _batch(windows: Sequence[ct.Window], mean: np.ndarray, scale: np.ndarray
           ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    import torch

    longest = max(w.end - w.start for w in windows)
    cats = torch.zeros(len(windows), longest, len(ct.CATEGORIES), dtype=torch.long)
    dense = torch.zeros(len(windows), longest, windows[0].dense.shape[1])
    for b, window in enumerate(windows):
        n = window.end - window.start
        cats[b, :n] = torch.from_numpy(window.categories)
        dense[b, :n] = torch.from_numpy((window.dense - mean) / scale)
    return cats, dense, torch.tensor([w.end - w.start for w in windows])


def fit(train: list[Example], vocab: dict[str, dict[str, int]], *, seed: int = 0,
        log: Callable[[str], None] | None = None) -> ct.TaggerWeights:
    """Fit the tagger on ``train`` (cross-entropy of the first and of the last token over each
    window, Adam) on one CPU thread and return its weights for :mod:`newsfuse.extract.content_tagger`."""
    import torch
    from torch import nn

    torch.set_num_threads(1)  # a shared machine; the network is small
    torch.manual_seed(seed)
    dense = np.concatenate([w.dense for w, _ in train])
    mean, scale = dense.mean(axis=0), dense.std(axis=0)
    flags = len(ct.FLAGS)
    mean[:flags], scale[:flags] = 0.0, 1.0
    scale[scale < 1e-6] = 1.0
    network = tagger_network(vocab, dense.shape[1])
    optimiser = torch.optim.Adam(network.parameters(), lr=LEARNING_RATE)
    order = list(train)
    shuffle = random.Random(seed)
    for epoch in range(EPOCHS):
        network.train()
        shuffle.shuffle(order)
        total = 0.0
        for i in range(0, len(order), BATCH):
            batch = order[i:i + BATCH]
            cats, inputs, lengths = _batch([w for w, _ in batch], mean, scale)
            padding = torch.arange(cats.shape[1])[None, :] >= lengths[:, None]
            logits = network(cats, inputs, lengths).masked_fill(padding[:, :, None], -1e9)
            target = torch.tensor([t for _, t in batch])
            loss = (nn.functional.cross_entropy(logits[:, :, 0], target[:, 0])
                    + nn.functional.cross_entropy(logits[:, :, 1], target[:, 1]))
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            total += loss.item() * len(batch)
        if log is not None:
            log(f"content tagger: epoch {epoch + 1}/{EPOCHS}, loss {total / len(order):.3f}")
    network.eval()
    return exported_weights(network, vocab, mean, scale)


def exported_weights(network: torch.nn.Module, vocab: dict[str, dict[str, int]], mean: np.ndarray,
                     scale: np.ndarray) -> ct.TaggerWeights:
    """The network's parameters as the numpy arrays :func:`newsfuse.extract.content_tagger.edge_scores`
    reads (torch's two LSTM biases summed)."""
    arrays = {name: value.detach().numpy().astype(np.float32) for name, value in network.state_dict().items()}
    exported = {f"embed.{k}": arrays[f"embed.{k}.weight"] for k in ct.CATEGORIES}
    for suffix in ("", "_reverse"):
        exported[f"lstm.weight_ih_l0{suffix}"] = arrays[f"lstm.weight_ih_l0{suffix}"]
        exported[f"lstm.weight_hh_l0{suffix}"] = arrays[f"lstm.weight_hh_l0{suffix}"]
        exported[f"lstm.bias_l0{suffix}"] = arrays[f"lstm.bias_ih_l0{suffix}"] + arrays[f"lstm.bias_hh_l0{suffix}"]
    exported["out.weight"], exported["out.bias"] = arrays["out.weight"], arrays["out.bias"]
    exported["dense_mean"], exported["dense_scale"] = mean.astype(np.float32), scale.astype(np.float32)
    return ct.TaggerWeights(exported, vocab, MARGIN)
