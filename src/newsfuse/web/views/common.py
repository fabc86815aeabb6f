"""Pieces shared by every page: links, citations, document references, quote rows, Jinja.

A view builds a *context*: a dict of plain JSON values (str, int, float, bool, None, lists,
dicts) and nothing else, so the same object is rendered by a template or returned as JSON.
Every link in a context comes from a :class:`Links` object, so the same context builders serve
the web app (:class:`WebLinks`, links to other pages) and the self-contained HTML and Markdown
reports (:class:`ReportLinks`, links to anchors inside one file).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote as url_quote
from urllib.parse import urlencode, urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from newsfuse.brief import FRAMING_LEGEND, outlet_of
from newsfuse.link.canonical import name_tokens, normalise_name
from newsfuse.records import Document, Entity, Quote, Span
from newsfuse.store import Store

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
STATIC = Path(__file__).resolve().parents[1] / "static"

Context = dict[str, Any]


class NotFound(LookupError):
    """The page asked for a record that is not in the database.

    ``suggestions`` are ``(label, href)`` pairs shown on the HTML error page (for instance the
    stories whose id starts with what was typed).
    """

    def __init__(self, message: str, suggestions: Iterable[tuple[str, str]] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.suggestions = list(suggestions)


class Links(Protocol):
    """Where a reference points; ``None`` means "render as plain text, no link"."""

    def story(self, story_id: str) -> str | None: ...

    def doc(self, doc_id: str, start: int | None = None, end: int | None = None) -> str | None: ...

    def entity(self, entity_id: str) -> str | None: ...

    def search(self, query: str) -> str | None: ...


class WebLinks:
    """Links between the web app's pages, under ``root`` (the ASGI root path, usually "")."""

    def __init__(self, root: str = "") -> None:
        self.root = root.rstrip("/")

    def story(self, story_id: str) -> str:
        return f"{self.root}/story/{url_quote(story_id, safe='')}"

    def doc(self, doc_id: str, start: int | None = None, end: int | None = None) -> str:
        # The document page highlights ?hl=start-end and gives that highlight the id p-<start>,
        # so the fragment scrolls to the cited words, not just to the top of the page.
        base = f"{self.root}/doc/{url_quote(doc_id, safe='')}"
        if start is None:
            return base
        end = start if end is None else end
        return f"{base}?{urlencode({'hl': f'{start}-{end}'})}#p-{start}"

    def entity(self, entity_id: str) -> str:
        return f"{self.root}/entity/{url_quote(entity_id, safe='')}"

    def search(self, query: str) -> str:
        return f"{self.root}/search?{urlencode({'q': query})}"


class ReportLinks:
    """Links inside self-contained reports: sources are anchors in the same file; a story is
    an anchor too (one file for all stories) or another file (``story_file``, one per story)."""

    def __init__(self, story_file: Callable[[str], str] | None = None) -> None:
        self.story_file = story_file

    def story(self, story_id: str) -> str:
        if self.story_file is not None:
            return self.story_file(story_id)
        return f"#story-{anchor_id(story_id)}"

    def doc(self, doc_id: str, start: int | None = None, end: int | None = None) -> str:
        return f"#doc-{anchor_id(doc_id)}"

    def entity(self, entity_id: str) -> None:
        return None

    def search(self, query: str) -> None:
        return None


def anchor_id(value: str) -> str:
    """A string usable inside an HTML id and a URL fragment without escaping."""
    return "".join(c if c.isascii() and (c.isalnum() or c in "-_.") else "_" for c in value)


# -- records as context pieces -------------------------------------------------------------------


def day(value: str | None) -> str | None:
    """The date part of an ISO date or datetime ("2025-03-04T10:00:00Z" -> "2025-03-04")."""
    return value[:10] if value else None


def doc_ref(doc: Document | None, doc_id: str, links: Links) -> Context:
    """A short reference to a document: enough to name and link it."""
    if doc is None:
        return {"id": doc_id, "title": None, "outlet": None, "published": None, "url": None,
                "duplicate_of": None, "href": links.doc(doc_id)}
    return {
        "id": doc.id,
        "title": doc.title,
        "outlet": outlet_of(doc),
        "published": doc.published,
        "url": doc.url,
        "duplicate_of": doc.duplicate_of,
        "href": links.doc(doc.id),
    }


def citation(span: Span, docs: Mapping[str, Document], links: Links) -> Context:
    """One cited place: the document, its outlet, the offsets, and a link to the words."""
    doc = docs.get(span.doc)
    return {
        "doc": span.doc,
        "outlet": outlet_of(doc) if doc else None,
        "published": doc.published if doc else None,
        "start": span.start,
        "end": span.end,
        "href": links.doc(span.doc, span.start, span.end),
    }


def citations(spans: Iterable[Span], docs: Mapping[str, Document], links: Links) -> list[Context]:
    """One citation per article, at its first passage: a claim whose figure an article gives twice
    is still that one article's word, and "[The Guardian] [The Guardian]" reads as two sources."""
    first: dict[str, Span] = {}
    for span in spans:
        first.setdefault(span.doc, span)
    return [citation(s, docs, links) for s in first.values()]


class EntityLookup:
    """Entity ids -> entities, each looked up once per page."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._cache: dict[str, Entity | None] = {}

    def get(self, entity_id: str | None) -> Entity | None:
        if entity_id is None:
            return None
        if entity_id not in self._cache:
            self._cache[entity_id] = self.store.entity(entity_id)
        return self._cache[entity_id]


def shown_speaker(written: str | None, entity: Entity | None, kind: str | None = None) -> str | None:
    """The speaker as the text names them, or the full name of the person that name resolves to when
    the text gave only part of it ("Harris" of Kamala Harris): one person reads the same across the
    outlets of a story. Phrases ("a spokesman", "the agency") stay as written; a text whose owner the
    sentence names elsewhere ("according to estimates released Wednesday by the agency") is shown with
    its owner, "estimates (Social Security Administration)", as "estimates" alone says nothing of whose."""
    if entity is None:
        return written
    if written is None:
        return entity.name
    if kind == "written" and not set(name_tokens(entity.name, entity.type)) <= set(normalise_name(written).split()):
        return f"{written} ({entity.name})"  # "data from the Department of Labor" names the Labor Department
    own = set(name_tokens(written, "PERSON"))
    if entity.type == "PERSON" and own and own < set(name_tokens(entity.name, "PERSON")):
        return entity.name
    return written


def quote_row(quote: Quote, docs: Mapping[str, Document], entities: EntityLookup, links: Links) -> Context:
    """A who-said-what row: the quote, its speaker (linked when resolved) and its source."""
    entity = entities.get(quote.speaker)
    doc = docs.get(quote.doc)
    return {
        "text": quote.text,
        "shown": quote.shown(),
        "kind": quote.kind,
        "speaker": quote.speaker,
        "speaker_name": shown_speaker(quote.speaker_name, entity, quote.speaker_kind),
        "speaker_title": quote.speaker_title,
        "speaker_kind": quote.speaker_kind,
        "speaker_href": links.entity(entity.id) if entity else None,
        "cue": quote.cue,
        "doc": quote.doc,
        "outlet": outlet_of(doc) if doc else None,
        "published": doc.published if doc else None,
        "start": quote.start,
        "end": quote.end,
        "href": links.doc(quote.doc, quote.start, quote.end),
    }


def independent_count(members: Iterable[Document], docs: Mapping[str, Document]) -> int:
    """How many independent sources ``members`` are: an outlet and a wire story count once each."""
    from newsfuse.link.dedup import independent_sources

    members = list(members)
    return len(set(independent_sources(members, {d.id: syndication_root(d.id, docs) for d in members}).values()))


def syndication_root(doc_id: str, docs: Mapping[str, Document]) -> str:
    """The original a document was copied from, following ``duplicate_of`` (cycle-safe)."""
    seen = {doc_id}
    current = doc_id
    while True:
        doc = docs.get(current)
        parent = doc.duplicate_of if doc else None
        if parent is None or parent in seen:
            return current
        seen.add(parent)
        current = parent


def prefix_suggestions(typed: str, ids: Iterable[tuple[str, str]], href: Any, limit: int = 8) -> list[tuple[str, str]]:
    """``(label, href)`` of the records whose id starts with what was typed (or contains it)."""
    typed = typed.strip().lower()
    if not typed:
        return []
    pairs = list(ids)
    hits = [(i, label) for i, label in pairs if i.lower().startswith(typed)]
    if not hits:
        hits = [(i, label) for i, label in pairs if typed in i.lower() or typed in label.lower()]
    return [(f"{label} ({i})", href(i)) for i, label in hits[:limit]]


# -- rendering --------------------------------------------------------------------------------------


@cache
def jinja_env() -> Environment:
    """The one template environment; autoescape is on for every template, whatever its name."""
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["day"] = day
    env.filters["anchor"] = anchor_id
    env.filters["web_url"] = web_url
    env.filters["signed"] = lambda x: f"{x:+.2f}"
    env.filters["number"] = number
    env.globals["framing_legend"] = FRAMING_LEGEND
    return env


def number(value: float | int | None) -> str:
    """2400000.0 -> "2,400,000"; 2.5 -> "2.5"; None -> "—"."""
    if value is None:
        return "—"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def web_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) address, else None: a stored ``javascript:`` URL must not
    become a live link, and escaping alone does not prevent that."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in {"http", "https"} else None


# Characters that could end a <script> block or start markup if the JSON is ever embedded in
# HTML; \u escapes keep the JSON identical once parsed (the technique of Go's encoding/json).
_JSON_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def json_dumps(value: Any, *, indent: int | None = None) -> str:
    """JSON text with ``< > &`` written as ``\\u`` escapes: same data, never live markup."""
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    # Outside strings JSON has none of these characters, so replacing them everywhere is safe.
    for char, escape in _JSON_UNSAFE.items():
        text = text.replace(char, escape)
    return text


def stylesheet() -> str:
    """The app's CSS, inlined into self-contained reports."""
    return (STATIC / "style.css").read_text(encoding="utf-8")
