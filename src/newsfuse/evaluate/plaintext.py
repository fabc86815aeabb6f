"""Evaluation task ``plaintext``: the plain-text paragraph classifier on browser-copied pages.

Data: the Article Extraction Benchmark (``html/<id>.html.gz`` and ``ground-truth.json``), the
same set as ``extraction``, used differently: each page is rendered to the text a reader gets
by selecting the whole page and copying it (every visible block, boilerplate included: menus,
share bars, captions, related headlines, footers), and that text goes through
:func:`newsfuse.clean.clean` as ``kind="text"``, i.e. without any HTML structure.

Gold labels: the rendered page is one token stream; a token is article text when a 4-token
shingle containing it occurs in the ground-truth ``articleBody``, and a paragraph is body when
most of its tokens are article text. Using the page's running stream lets a short subheading
inside the article count as body while the same word in a menu does not.

Metrics: paragraph-level precision, recall and F1 of the kept (body) class, and the share of
body paragraphs dropped. Split: pages sorted by id, even positions ``tune``, odd ``test``
(the default); the rules were developed looking at ``tune`` only, and the paragraph model
(:mod:`newsfuse.paragraph_model`) is fitted there and on trafilatura's corpus with weak labels
(``python -m newsfuse.evaluate.plaintext --data DIR --weak DIR`` retrains it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import lxml.etree
import lxml.html
import numpy as np
from rich.console import Console
from rich.progress import track

from newsfuse.clean import BODY, classify_paragraphs, clean, split_paragraphs
from newsfuse.errors import EvaluationError
from newsfuse.evaluate.core import PRF, Metric, Report, data_fingerprint, retrain_main
from newsfuse.evaluate.extraction import Page, load_pages
from newsfuse.paragraph_model import (
    MODEL_FILE,
    ParagraphModel,
    apply_scores,
    fit,
    paragraph_features,
    protected_paragraphs,
)
from newsfuse.records import RawDocument, content_id

TASK = "plaintext"
TARGET_F1 = 0.95
TARGET_DROPPED = 0.01
SHINGLE = 4
SPLITS = ("tune", "test", "all")

_TOKEN = re.compile(r"\w+", re.UNICODE)
_SPACE = re.compile(r"[ \t\r\f\v\u00a0]*\t[ \t\r\f\v\u00a0]*|[ \r\f\v\u00a0]+")
_INVISIBLE = frozenset(
    "script style noscript template head title svg math iframe object embed select option input "
    "textarea canvas video audio map source track meta link".split()
)
_BLOCK = frozenset(
    "p div li h1 h2 h3 h4 h5 h6 tr figcaption caption blockquote pre dt dd section article "
    "header footer nav aside address summary details ul ol dl table form figure main center hr "
    "fieldset legend body html".split()
)


# ---------------------------------------------------------------------------------------
# Rendering a page the way a browser copy does
# ---------------------------------------------------------------------------------------


def render_page(html: str) -> list[str]:
    """The visible text of a page as paragraphs, one per block element.

    ``<br>`` is a line break; a table row is one paragraph with its cells separated by tabs.
    """
    try:
        tree = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.LxmlError):
        return []
    chunks: list[str] = []
    _walk(tree, chunks)
    text = "".join(chunks)
    paragraphs = []
    for block in text.split("\n\n"):
        lines = [_SPACE.sub(lambda m: "\t" if "\t" in m.group(0) else " ", line).strip() for line in block.split("\n")]
        joined = "\n".join(line for line in lines if line)
        if joined:
            paragraphs.append(joined)
    return paragraphs


def _walk(el: lxml.html.HtmlElement, out: list[str]) -> None:
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    visible = bool(tag) and tag not in _INVISIBLE and not _hidden(el)
    if visible:
        block = tag in _BLOCK
        if block:
            out.append("\n\n")
        if tag == "br":
            out.append("\n")
        if tag in ("td", "th"):
            out.append("\t")  # a copied table row is one line, cells separated by tabs
        if el.text:
            out.append(el.text.replace("\n", " "))
        for child in el:
            _walk(child, out)
        if block:
            out.append("\n\n")
    if el.tail:
        out.append(el.tail.replace("\n", " "))


def _hidden(el: lxml.html.HtmlElement) -> bool:
    if el.get("hidden") is not None:
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


# ---------------------------------------------------------------------------------------
# Gold labels
# ---------------------------------------------------------------------------------------


def gold_labels(paragraphs: Sequence[str], article_body: str) -> list[bool]:
    """Per paragraph: True when most of its tokens are covered by a shingle of the article body."""
    body_tokens = [t.lower() for t in _TOKEN.findall(article_body)]
    body_shingles = {tuple(body_tokens[i:i + SHINGLE]) for i in range(len(body_tokens) - SHINGLE + 1)}
    stream: list[str] = []
    owner: list[int] = []
    for index, paragraph in enumerate(paragraphs):
        tokens = [t.lower() for t in _TOKEN.findall(paragraph)]
        stream.extend(tokens)
        owner.extend([index] * len(tokens))
    covered = [False] * len(stream)
    for i in range(len(stream) - SHINGLE + 1):
        if tuple(stream[i:i + SHINGLE]) in body_shingles:
            for j in range(i, i + SHINGLE):
                covered[j] = True
    hits = [0] * len(paragraphs)
    sizes = [0] * len(paragraphs)
    for i, index in enumerate(owner):
        sizes[index] += 1
        hits[index] += covered[i]
    return [sizes[i] > 0 and hits[i] * 2 > sizes[i] for i in range(len(paragraphs))]


# ---------------------------------------------------------------------------------------
# Mapping the classifier's paragraphs back to the rendered ones
# ---------------------------------------------------------------------------------------


def _key(text: str) -> str:
    return " ".join(_TOKEN.findall(text.lower()))


def paragraph_owners(paragraphs: Sequence[str], texts: Sequence[str]) -> list[int | None]:
    """For each classifier paragraph in ``texts``, the index of the rendered paragraph holding it.

    The classifier may split a rendered block into lines or join wrapped lines; it never
    reorders, so a forward walk pairs each of its paragraphs with the rendered block that
    contains it (``None`` for one with no words, or not found).
    """
    keys = [_key(p) for p in paragraphs]
    owners: list[int | None] = []
    cursor = 0
    for text in texts:
        key = _key(text)
        j = cursor
        while key and j < len(keys) and key not in keys[j]:
            j += 1
        if not key or j == len(keys):
            owners.append(None)  # leave the cursor where it was
            continue
        cursor = j
        owners.append(j)
    return owners


def predicted_kept(paragraphs: Sequence[str], kept_by_text: Sequence[tuple[str, bool]]) -> list[bool]:
    """Per rendered paragraph: kept when most of its characters are in kept classifier paragraphs."""
    kept_chars = [0] * len(paragraphs)
    total_chars = [0] * len(paragraphs)
    owners = paragraph_owners(paragraphs, [text for text, _ in kept_by_text])
    for (text, kept), owner in zip(kept_by_text, owners, strict=True):
        if owner is None:
            continue
        size = len(_key(text))
        total_chars[owner] += size
        if kept:
            kept_chars[owner] += size
    return [total_chars[i] > 0 and kept_chars[i] * 2 > total_chars[i] for i in range(len(paragraphs))]


# ---------------------------------------------------------------------------------------
# Running the task
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PageResult:
    gold: list[bool]
    kept: list[bool]


def split_pages(pages: Sequence[Page], split: str) -> list[Page]:
    ordered = sorted(pages, key=lambda p: p.id)
    if split == "all":
        return ordered
    parity = 0 if split == "tune" else 1
    return [p for i, p in enumerate(ordered) if i % 2 == parity]


def score_page(page: Page) -> PageResult | None:
    paragraphs = render_page(page.html)
    if not paragraphs:
        return None
    gold = gold_labels(paragraphs, page.gold)
    text = "\n\n".join(paragraphs)
    doc = clean(RawDocument(id=content_id(text), source_path=f"{page.id}.txt", kind="text", content=text))
    kept = predicted_kept(paragraphs, [(p.text, p.kept) for p in doc.paragraphs])
    scored = [i for i, p in enumerate(paragraphs) if _TOKEN.search(p)]
    return PageResult([gold[i] for i in scored], [kept[i] for i in scored])


def iter_results(pages: Sequence[Page]) -> Iterator[PageResult]:
    console = Console(stderr=True)
    for page in track(pages, description="plaintext: scoring pages", console=console, transient=True):
        result = score_page(page)
        if result is not None:
            yield result


def run(data: Path, split: str | None = None, *, limit: int | None = None) -> Report:
    """Score the plain-text classifier on browser-copied benchmark pages (``split`` tune|test|all).

    Given trafilatura's evaluation corpus instead (``evaldata.json``), the same rendered pages are
    scored snippet by snippet (:func:`run_snippets`).
    """
    if is_snippet_corpus(Path(data)):
        return run_snippets(Path(data), split, limit=limit)
    split = split or "test"
    if split not in SPLITS:
        raise EvaluationError(f"{TASK}: unknown split {split!r}; choose one of {', '.join(SPLITS)}")
    all_pages, files = load_pages(Path(data))
    pages = split_pages(all_pages, split)[:limit]
    ours, keep_all = PRF(), PRF()
    for result in iter_results(pages):
        for gold, kept in zip(result.gold, result.kept):
            ours.add(tp=gold and kept, fp=kept and not gold, fn=gold and not kept)
            keep_all.add(tp=gold, fp=not gold)
    gold_body = ours.tp + ours.fn
    dropped = ours.fn / gold_body if gold_body else 0.0
    report = Report(task=TASK, data=str(data), fingerprint=data_fingerprint(files), items=len(pages))
    report.metrics = [
        Metric("kept-class precision", ours.precision),
        Metric("kept-class recall", ours.recall),
        Metric("kept-class F1", ours.f1, target=TARGET_F1, anchor="no published anchor; keep-everything below"),
        Metric("body paragraphs dropped (share)", dropped, target=TARGET_DROPPED, higher_is_better=False),
        Metric("keep-everything F1 (reference)", keep_all.f1),
    ]
    report.notes.append(
        f"split {split!r}: pages sorted by id, {'even' if split == 'tune' else 'odd' if split == 'test' else 'all'} "
        "positions; rules were developed and the paragraph model fitted on 'tune' (and trafilatura-eval) only"
    )
    report.notes.append(
        f"paragraphs: {int(gold_body)} body, {int(keep_all.fp)} boilerplate; "
        f"body dropped {int(ours.fn)}, boilerplate kept {int(ours.fp)}"
    )
    return report


# ---------------------------------------------------------------------------------------
# The same rendering scored on trafilatura's snippet corpus
# ---------------------------------------------------------------------------------------


def is_snippet_corpus(data: Path) -> bool:
    return (data / "tests" / "evaldata.json").is_file() or (data / "evaldata.json").is_file()


@dataclass(slots=True)
class SnippetOutcomes:
    """Snippets of main text ("with") and of boilerplate ("without") kept or dropped in the cleaned
    text; a snippet the rendered page does not hold (hidden, or text a script writes) is unscored."""

    with_kept: int = 0
    with_dropped: int = 0
    without_kept: int = 0
    without_dropped: int = 0
    unscored: int = 0

    def add(self, rendered: str, kept: str, with_: Sequence[str], without: Sequence[str]) -> None:
        page, found = f" {_key(rendered)} ", f" {_key(kept)} "
        for snippets, main_text in ((with_, True), (without, False)):
            for snippet in snippets:
                key = f" {_key(snippet)} "
                if not key.strip() or key not in page:
                    self.unscored += 1
                elif key in found:
                    self.with_kept += main_text
                    self.without_kept += not main_text
                else:
                    self.with_dropped += main_text
                    self.without_dropped += not main_text


def run_snippets(data: Path, split: str | None = None, *, limit: int | None = None) -> Report:
    """Pages of trafilatura's evaluation corpus rendered as browser copies and cleaned as plain text:
    a main-text snippet is a true positive when the kept text holds it, a boilerplate snippet a
    false positive (word tokens compared, so line breaks and punctuation do not matter)."""
    from newsfuse.evaluate.boilerplate import load_pages as load_snippet_pages

    if split not in (None, "all", "test"):
        raise EvaluationError(f"{TASK}: unknown split {split!r} for a snippet corpus; it has one split, 'all'")
    pages, files = load_snippet_pages(data, limit)
    outcomes = SnippetOutcomes()
    console = Console(stderr=True)
    for n, page in enumerate(track(pages, description="plaintext: scoring pages", console=console, transient=True)):
        text = "\n\n".join(render_page(page.html))
        if not text:
            outcomes.add("", "", page.with_, page.without)
            continue
        doc = clean(RawDocument(id=content_id(text), source_path=f"page-{n}.txt", kind="text", content=text))
        outcomes.add(text, "\n".join(p.text for p in doc.paragraphs if p.kept), page.with_, page.without)
    ours = PRF(tp=outcomes.with_kept, fp=outcomes.without_kept, fn=outcomes.with_dropped)
    keep_all = PRF(tp=outcomes.with_kept + outcomes.with_dropped, fp=outcomes.without_kept + outcomes.without_dropped)
    main_text = outcomes.with_kept + outcomes.with_dropped
    report = Report(task=TASK, data=str(data), fingerprint=data_fingerprint(files), items=len(pages))
    report.metrics = [
        Metric("snippet precision", ours.precision),
        Metric("snippet recall", ours.recall),
        Metric("snippet F1", ours.f1, anchor="no published anchor for plain text; keep-everything below"),
        Metric("main-text snippets dropped (share)", outcomes.with_dropped / main_text if main_text else 0.0,
               target=TARGET_DROPPED, higher_is_better=False),
        Metric("keep-everything F1 (reference)", keep_all.f1),
    ]
    report.notes.append(
        f"snippets: {main_text} main text ({outcomes.with_dropped} dropped), "
        f"{outcomes.without_kept + outcomes.without_dropped} boilerplate ({outcomes.without_kept} kept); "
        f"{outcomes.unscored} not in the rendered page, unscored"
    )
    report.notes.append("one split; a development set for the rules since the twelfth session (the paragraph model is "
                        "fitted on the benchmark's tune half and, with weak labels from its snippets, on these pages)")
    return report


# ---------------------------------------------------------------------------------------
# Training the learned second opinion (newsfuse.paragraph_model) on the tune half
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TrainingPage:
    texts: list[str]
    rule_reasons: list[str]
    labels: list[bool | None]  # per classifier paragraph: article text, not, or unknown (left out of the fit)
    features: np.ndarray
    protected: np.ndarray  # the model's safety limits (independent of its weights)
    # Scoring: a benchmark page by its rendered paragraphs' gold labels, a snippet page by its snippets.
    rendered: list[str]
    gold: list[bool] | None = None
    with_: Sequence[str] = ()
    without: Sequence[str] = ()


def _training_page(rendered: list[str], labels_of: Callable[[list[str]], list[bool | None]],
                   **scoring: object) -> TrainingPage:
    texts = split_paragraphs("\n\n".join(rendered))
    reasons = classify_paragraphs(texts, learned=False)
    return TrainingPage(texts, reasons, labels_of(texts), paragraph_features(texts, reasons),
                        protected_paragraphs(texts, reasons), rendered, **scoring)  # type: ignore[arg-type]


def training_page(page: Page) -> TrainingPage | None:
    """A benchmark page as the classifier sees it (its own paragraphs and the rules' reasons), with labels."""
    rendered = render_page(page.html)
    if not rendered:
        return None
    gold = gold_labels(rendered, page.gold)

    def labels_of(texts: list[str]) -> list[bool | None]:
        return [owner is not None and gold[owner] for owner in paragraph_owners(rendered, texts)]

    return _training_page(rendered, labels_of, gold=gold)


def snippet_training_page(rendered: list[str], with_: Sequence[str], without: Sequence[str]) -> TrainingPage | None:
    """A page of trafilatura's corpus with weak labels: a paragraph holding a main-text snippet and no
    boilerplate snippet is article text, one holding only boilerplate snippets is not, the rest unknown."""
    if not rendered:
        return None
    main = [key for s in with_ if (key := _key(s))]
    noise = [key for s in without if (key := _key(s))]

    def labels_of(texts: list[str]) -> list[bool | None]:
        labels: list[bool | None] = []
        for text in texts:
            key = f" {_key(text)} "
            is_main, is_noise = any(f" {k} " in key for k in main), any(f" {k} " in key for k in noise)
            labels.append(is_main if is_main != is_noise else None)
        return labels

    return _training_page(rendered, labels_of, with_=with_, without=without)


def _page_counts(page: TrainingPage, reasons: Sequence[str]) -> tuple[int, int, int]:
    """(tp, fp, fn) of the kept class, as :func:`run` (paragraphs) or :func:`run_snippets` (snippets) scores them."""
    if page.gold is None:
        outcomes = SnippetOutcomes()
        outcomes.add("\n\n".join(page.rendered), "\n".join(t for t, r in zip(page.texts, reasons, strict=True)
                                                             if r == BODY), page.with_, page.without)
        return outcomes.with_kept, outcomes.without_kept, outcomes.with_dropped
    kept = predicted_kept(page.rendered, [(t, r == BODY) for t, r in zip(page.texts, reasons, strict=True)])
    tp = fp = fn = 0
    for text, gold, is_kept in zip(page.rendered, page.gold, kept, strict=True):
        if _TOKEN.search(text):
            tp += gold and is_kept
            fp += is_kept and not gold
            fn += gold and not is_kept
    return tp, fp, fn


def _f1_and_dropped(pages: Sequence[TrainingPage], scores: Sequence[np.ndarray] | None, drop_below: float,
                    restore_above: float) -> tuple[float, int]:
    """Kept-class F1 and body paragraphs (or main-text snippets) dropped, with the given scores
    (``None``: the rules alone)."""
    tp = fp = fn = 0
    for n, page in enumerate(pages):
        reasons = page.rule_reasons if scores is None else apply_scores(
            page.rule_reasons, scores[n], page.protected, drop_below, restore_above)
        a, b, c = _page_counts(page, reasons)
        tp, fp, fn = tp + a, fp + b, fn + c
    return PRF(tp=tp, fp=fp, fn=fn).f1, fn


def _fit_pages(pages: Sequence[TrainingPage]) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    rows = [(page.features[i], float(label)) for page in pages for i, label in enumerate(page.labels)
            if label is not None]
    return fit(np.array([r[0] for r in rows]), np.array([r[1] for r in rows]))


# Thresholds tried; restore_above > 1 means "never restore".
DROP_GRID = (0.2, 0.25, 0.3, 0.35)
RESTORE_GRID = (0.4, 0.45, 0.5, 0.55, 0.6, 0.8, 1.01)
FOLDS = 5


def _choose_thresholds(sets: Sequence[Sequence[TrainingPage]], scores: Sequence[Sequence[np.ndarray]]
                       ) -> tuple[float, float, str]:
    """The thresholds with the best summed out-of-fold F1 over the sets that drop, on no set, more article
    text than the rules alone."""
    rules = [_f1_and_dropped(pages, None, 0.0, 1.01) for pages in sets]
    best: tuple[float, float, float, str] | None = None
    for drop_below in DROP_GRID:
        for restore_above in RESTORE_GRID:
            results = [_f1_and_dropped(pages, s, drop_below, restore_above) for pages, s in zip(sets, scores, strict=True)]
            if any(r[1] > base[1] for r, base in zip(results, rules, strict=True)):
                continue
            total = sum(r[0] for r in results)
            if best is None or total > best[0]:
                text = "; ".join(f"F1 {b[0]:.4f} -> {r[0]:.4f}, dropped {b[1]} -> {r[1]}"
                                 for b, r in zip(rules, results, strict=True))
                best = (total, drop_below, restore_above, text)
    if best is None:
        raise EvaluationError("no threshold keeps the rules' count of dropped article text; keep the old model")
    return best[1], best[2], best[3]


def train_paragraph_model(data: Path, split: str = "tune", weak: Path | None = None) -> tuple[ParagraphModel, str]:
    """Fit the paragraph model on ``split`` of the benchmark (plus, given ``weak``, trafilatura's corpus with
    weak labels from its snippets) and choose its thresholds by page-grouped cross-validation: the best
    out-of-fold kept-class F1 that drops, on each set, no more article text than the rules alone."""
    all_pages, _ = load_pages(Path(data))
    sets = [[p for page in split_pages(all_pages, split) if (p := training_page(page)) is not None]]
    if not sets[0]:
        raise EvaluationError(f"{data}: no page to train on in split {split!r}")
    trained_on = f"article-extraction-benchmark {split} ({len(sets[0])} pages)"
    if weak is not None:
        from newsfuse.evaluate.boilerplate import load_pages as load_snippet_pages

        snippet_pages, _ = load_snippet_pages(weak, None)
        sets.append([p for page in snippet_pages
                     if (p := snippet_training_page(render_page(page.html), page.with_, page.without)) is not None])
        trained_on += f" + trafilatura-eval weak labels ({len(sets[1])} pages)"
    drop_below, restore_above, summary = _choose_thresholds(sets, _out_of_fold_scores(sets))
    mean, scale, weights, bias = _fit_pages([p for pages in sets for p in pages])
    model = ParagraphModel(tuple(mean), tuple(scale), tuple(weights), bias, drop_below, restore_above, trained_on)
    return model, (f"{trained_on}: out of fold, rules alone -> with the model, {summary} "
                   f"(drop_below {drop_below}, restore_above {restore_above})")


def _out_of_fold_scores(sets: Sequence[Sequence[TrainingPage]]) -> list[list[np.ndarray]]:
    """Each page's scores from a model fitted on the other folds (pages dealt round-robin; fold k of every
    set is scored by a model fitted on the other folds of all of them)."""
    pages = [(s, n, page) for s, group in enumerate(sets) for n, page in enumerate(group)]
    scores = [[np.zeros(0)] * len(group) for group in sets]
    for fold in range(FOLDS):
        mean, scale, weights, bias = _fit_pages([page for _, n, page in pages if n % FOLDS != fold])
        model = ParagraphModel(tuple(mean), tuple(scale), tuple(weights), bias, 0.0, 1.01)
        for s, n, page in pages:
            if n % FOLDS == fold:
                scores[s][n] = model.scores(page.features)
    return scores


def main(argv: Sequence[str] | None = None) -> None:
    """``python -m newsfuse.evaluate.plaintext --data DIR [--weak DIR] [--out FILE]``: retrain the paragraph
    model on the benchmark's tune half, with trafilatura's corpus (``--weak``) as weakly labelled pages."""
    import argparse

    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--weak", type=Path, help="trafilatura-eval folder: its pages, weakly labelled, join the fit")
    known, _ = parser.parse_known_args(argv)
    retrain_main(argv, description=main.__doc__ or "", data_help="the article-extraction-benchmark folder",
                 model_file=MODEL_FILE, train=lambda data: train_paragraph_model(data, weak=known.weak),
                 parents=[parser])


if __name__ == "__main__":
    main()
