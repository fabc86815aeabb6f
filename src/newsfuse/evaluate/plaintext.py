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
(the default); the rules were developed looking at ``tune`` only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import lxml.etree
import lxml.html
from rich.console import Console
from rich.progress import track

from newsfuse.clean import clean
from newsfuse.errors import EvaluationError
from newsfuse.evaluate.core import PRF, Metric, Report, data_fingerprint
from newsfuse.evaluate.extraction import Page, load_pages
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


def predicted_kept(paragraphs: Sequence[str], kept_by_text: Sequence[tuple[str, bool]]) -> list[bool]:
    """Per rendered paragraph: kept when most of its characters are in kept classifier paragraphs.

    The classifier may split a rendered block into lines or join wrapped lines; it never
    reorders, so a forward walk pairs each of its paragraphs with the rendered block that
    contains it.
    """
    kept_chars = [0] * len(paragraphs)
    total_chars = [0] * len(paragraphs)
    keys = [_key(p) for p in paragraphs]
    cursor = 0
    for text, kept in kept_by_text:
        key = _key(text)
        if not key:
            continue
        j = cursor
        while j < len(keys) and key not in keys[j]:
            j += 1
        if j == len(keys):
            continue  # not found (should not happen); leave the cursor where it was
        cursor = j
        total_chars[j] += len(key)
        if kept:
            kept_chars[j] += len(key)
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
    """Score the plain-text classifier on browser-copied benchmark pages (``split`` tune|test|all)."""
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
        "positions; rules were developed on 'tune' only"
    )
    report.notes.append(
        f"paragraphs: {int(gold_body)} body, {int(keep_all.fp)} boilerplate; "
        f"body dropped {int(ours.fn)}, boilerplate kept {int(ours.fp)}"
    )
    return report
