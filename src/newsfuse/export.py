"""Everything in a database, written out: JSON, JSON Lines, Markdown, HTML and CSV.

``json``
    One object following the contract of DESIGN.md (:func:`build_contract`).
``jsonl``
    One JSON object per line and per record, with a ``"type"`` field: ``document``, ``entity``,
    ``quote``, ``figure``, ``date``, ``story`` or ``reuse``; the other fields are the contract's. Entities
    and dates have a ``type`` of their own (``PERSON``, ``DATE``): on these lines it is called
    ``entity_type`` and ``date_type``.
``md``
    A Markdown briefing per story: title, outlets, date span, summary sentences each followed
    by its citations ``[outlet, doc id]``, claims with their status, timeline, who said what,
    framing, sources grouped by syndication (:func:`story_markdown`).
``html``
    One self-contained HTML report (inline CSS, no script, no external asset) with every story;
    :func:`write_story_reports` writes one such file per story plus an ``index.html``.
``csv``
    One flat table with a ``type`` column (:data:`FINDING_COLUMNS`): a ``document`` row per
    article, then its ``quote``, ``figure`` and ``date`` rows, and a ``claim`` row per claim of
    each story. One table fits a stream (``--out FILE`` or stdout) and filters well in a
    spreadsheet; :func:`write_csv_tables` writes one normalised CSV per record kind into a
    folder instead (documents, entities, quotes, figures, dates, stories, claims).

Text is escaped for where it lands: HTML-escaped in HTML (Jinja autoescape), Markdown
punctuation backslash-escaped and ``< > &`` written as entities in Markdown, ``< > &`` as
``\\u`` escapes in JSON (same data once parsed), and CSV cells that a spreadsheet would run as a
formula (starting with ``= + - @``) prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from newsfuse import __version__
from newsfuse.brief import FRAMING_LEGEND, outlet_of
from newsfuse.records import Document, Extraction, Story
from newsfuse.store import Store
from newsfuse.web.views import index as index_view
from newsfuse.web.views import story as story_view
from newsfuse.web.views.common import Context, ReportLinks, jinja_env, json_dumps, stylesheet, web_url

FORMATS: tuple[str, ...] = ("json", "jsonl", "md", "html", "csv")

FINDING_COLUMNS: tuple[str, ...] = (
    "type", "story", "doc", "outlet", "published", "start", "end", "text",
    "speaker", "speaker_name", "speaker_title", "kind", "cue",
    "value", "upper", "unit", "about", "hedge", "source", "grain",
    "status", "focus", "sources", "conflicts_with", "duplicate_of", "url",
)  # fmt: skip


# -- the JSON contract ----------------------------------------------------------------------------


def build_contract(store: Store) -> dict[str, Any]:
    """The whole database as the JSON contract of DESIGN.md (plain dicts and lists)."""
    extractions = store.extractions()
    return {
        "version": __version__,
        "documents": [d.to_dict() for d in store.documents()],
        "entities": [e.to_dict() for e in store.entities()],
        "quotes": [q.to_dict() for x in extractions.values() for q in sorted(x.quotes, key=_start)],
        "figures": [f.to_dict() for x in extractions.values() for f in sorted(x.figures, key=_start)],
        "dates": [d.to_dict() for x in extractions.values() for d in sorted(x.dates, key=_start)],
        "stories": [s.to_dict() for s in store.stories()],
        # Added field (optional for readers): partial reuse, a document carrying paragraphs of an
        # earlier one without being its copy (paragraph indices in each).
        "reuse": [r.to_dict() for r in store.reuse()],
    }


def _start(record: Any) -> int:
    return int(record.start)


def write_export(store: Store, fmt: str, out: TextIO) -> None:
    """Write the database to ``out`` in format ``fmt`` (one of :data:`FORMATS`)."""
    writers: dict[str, Callable[[Store, TextIO], None]] = {
        "json": write_json,
        "jsonl": write_jsonl,
        "md": write_markdown,
        "html": write_html,
        "csv": write_csv,
    }
    if fmt not in writers:
        raise ValueError(f"unknown export format {fmt!r}; formats: {', '.join(FORMATS)}")
    writers[fmt](store, out)


def write_json(store: Store, out: TextIO) -> None:
    out.write(json_dumps(build_contract(store), indent=2))
    out.write("\n")


def jsonl_records(store: Store) -> Iterator[dict[str, Any]]:
    """The contract's records one by one, each with its ``type``."""
    contract = build_contract(store)
    kinds = (("documents", "document"), ("entities", "entity"), ("quotes", "quote"),
             ("figures", "figure"), ("dates", "date"), ("stories", "story"), ("reuse", "reuse"))  # fmt: skip
    for key, kind in kinds:
        for record in contract[key]:
            line = {"type": kind}
            for name, value in record.items():
                line[f"{kind}_type" if name == "type" else name] = value
            yield line


def write_jsonl(store: Store, out: TextIO) -> None:
    for record in jsonl_records(store):
        out.write(json_dumps(record))
        out.write("\n")


# -- Markdown -------------------------------------------------------------------------------------

_URL_SAFE = ":/?#[]@!$&'()*+,;=%~"
_MD_PUNCTUATION = re.compile(r"([\\`*_\[\]])")


def md_escape(text: str | None) -> str:
    """Text safe inside a Markdown paragraph: one line, no live markup, no HTML."""
    if not text:
        return ""
    text = " ".join(text.split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_PUNCTUATION.sub(r"\\\1", text)


def _md_marked(before: str, focus: str, after: str) -> str:
    """``before **focus** after``, escaped, keeping the spaces around the focus."""
    if not focus:
        return md_escape(before + after)
    return (
        md_escape(before) + (" " if before[-1:].isspace() else "") + f"**{md_escape(focus)}**"
        + (" " if after[:1].isspace() else "") + md_escape(after)
    )  # fmt: skip


def _md_cites(sources: Iterable[Context]) -> str:
    return " ".join(f"[{md_escape(s['outlet'] or 'unknown')}, {md_escape(s['doc'])}]" for s in sources)


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _md_span(first: str | None, last: str | None) -> str:
    a, b = (first or "")[:10], (last or "")[:10]
    if a and b and a != b:
        return f"{a} → {b}"
    return a or b or "undated"


def story_markdown(store: Store, story: Story) -> str:
    """A Markdown briefing of one story; every sentence is followed by its citations."""
    c = story_view.build_for(store, story, ReportLinks())
    st = c["story"]
    lines = [f"# {md_escape(st['title'])}", ""]
    lines.append(
        f"{_plural(st['size'], 'article')}, {_plural(st['independent'], 'independent source')} · "
        f"{md_escape(', '.join(st['outlets'])) or 'unknown outlets'} · "
        f"{_md_span(st['first_seen'], st['last_seen'])} · story `{st['id']}`"
    )
    lines += ["", "## Briefing", ""]
    lines += [f"{i}. {md_escape(s['text'])} {_md_cites(s['sources'])}" for i, s in enumerate(c["summary"], 1)]
    if not c["summary"]:
        lines.append("No summary sentences.")
    if c["claims"]:
        lines += ["", "## Claims", ""]
        # one sentence can hold several claims ("rose 0.9% in June, faster than the 0.6% increase in May"):
        # where it does, each line names its figure, as bold type is lost in plain text
        repeated = Counter(claim["text"] for claim in c["claims"])
        for claim in c["claims"]:
            focus = claim["parts"][1]
            which = f" ({md_escape(focus)})" if repeated[claim["text"]] > 1 and focus else ""
            lines.append(f"- **{claim['status']}**{which}: {_md_marked(*claim['parts'])} {_md_cites(claim['sources'])}")
            for other in claim["conflicts_with"]:
                lines.append(f"    - conflicts with: {md_escape(other['text'] or other['id'])}")
            if claim["note"]:
                lines.append(f"    - {md_escape(claim['note'])}")
    if c["timeline"]:
        lines += ["", "## Timeline", ""]
        lines += [
            f"- **{md_escape(e['date'])}**: {md_escape(e['text'])} {_md_cites(e['sources'])}" for e in c["timeline"]
        ]
    if c["quotes"]:
        lines += ["", "## Who said what", ""]
        lines += [_md_quote(q) for q in c["quotes"]]
    if c["framing"]:
        lines += ["", "## Framing by outlet", "", f"_{md_escape(FRAMING_LEGEND)}_", ""]
        lines += [_md_framing(f) for f in c["framing"]]
    lines += ["", "## Sources", ""]
    for group in c["sources"]:
        lines.append(f"- {_md_doc(group['original'])}")
        lines += [f"    - copy: {_md_doc(d)}" for d in group["copies"]]
    return "\n".join(lines) + "\n"


def _md_quote(q: Context) -> str:
    who = md_escape(q["speaker_name"]) or "(unknown speaker)"
    if q["speaker_title"]:
        who += f" ({md_escape(q['speaker_title'])})"
    said = md_escape(q["shown"])
    sources = [{"outlet": q["outlet"], "doc": q["doc"]}, *q.get("also_in", [])]
    return f"- **{who}**: {said} {_md_cites(sources)}"


def _md_framing(f: Context) -> str:
    terms = ", ".join(md_escape(t) for t in f["loaded_terms"]) or "none"
    voices = ", ".join(f"{md_escape(v['name'])} ({v['count']})" for v in f["voices"]) or "none"
    reprinted = f" (also printed by {md_escape(', '.join(f['reprinted_by']))})" if f.get("reprinted_by") else ""
    return f"- **{md_escape(f['outlet'])}**{reprinted}: tone {f['tone']:+.2f}; loaded terms: {terms}; voices: {voices}"


def _md_doc(d: Context) -> str:
    parts = [md_escape(d["outlet"] or "unknown outlet"), f"*{md_escape(d['title'] or 'untitled')}*"]
    if d["published"]:
        parts.append(md_escape(d["published"][:10]))
    parts.append(f"`{d['id']}`")
    url = web_url(d["url"])
    if url:
        # An autolink may hold no space, < or >: percent-encode whatever is not URL syntax.
        parts.append(f"<{quote(url, safe=_URL_SAFE)}>")
    return ", ".join(parts)


def write_markdown(store: Store, out: TextIO) -> None:
    stories = store.stories()
    out.write(f"<!-- newsfuse {__version__} export: {len(stories)} stories -->\n\n")
    for i, story in enumerate(stories):
        if i:
            out.write("\n---\n\n")
        out.write(story_markdown(store, story))
    if not stories:
        out.write("No stories in this database.\n")


# -- HTML -----------------------------------------------------------------------------------------


def render_report(store: Store, stories: Iterable[Story], *, title: str, links: ReportLinks,
                  index_href: str | None = None) -> str:  # fmt: skip
    """A self-contained HTML report of ``stories`` (inline CSS, no script, no external asset)."""
    contexts = [story_view.build_for(store, s, links) for s in stories]
    return jinja_env().get_template("report.html").render(
        stories=contexts, title=title, css=stylesheet(), version=__version__, generated=None, index_href=index_href
    )


def write_html(store: Store, out: TextIO) -> None:
    stories = store.stories()
    title = f"{len(stories)} stor{'y' if len(stories) == 1 else 'ies'}"
    out.write(render_report(store, stories, title=title, links=ReportLinks()))


def story_file_name(story_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", story_id) + ".html"


def write_story_reports(store: Store, out_dir: Path) -> list[Path]:
    """One self-contained HTML file per story in ``out_dir``, plus an ``index.html`` linking
    them; returns the story files (the index is not in the list)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    links = ReportLinks(story_file=story_file_name)
    stories = store.stories()
    paths = []
    for story in stories:
        path = out_dir / story_file_name(story.id)
        path.write_text(
            render_report(store, [story], title=story.title, links=links, index_href="index.html"), encoding="utf-8"
        )
        paths.append(path)
    docs = {d.id: d for d in store.documents()}
    rows = [index_view.story_row(s, docs, links) for s in stories]
    index_html = jinja_env().get_template("report_index.html").render(
        stories=rows, css=stylesheet(), version=__version__, generated=None
    )
    (out_dir / "index.html").write_text(index_html, encoding="utf-8")
    return paths


# -- CSV ------------------------------------------------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A cell a spreadsheet will not execute: text starting like a formula gets a leading "'"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _spans_text(spans: Iterable[Any]) -> str:
    return "; ".join(f"{s.doc}:{s.start}-{s.end}" for s in spans)


def finding_rows(store: Store) -> Iterator[dict[str, Any]]:
    """The rows of the flat CSV: documents with their findings, then each story's claims."""
    story_of = {doc_id: s.id for s in store.stories() for doc_id in s.documents}
    extractions = store.extractions()
    for doc in store.documents():
        yield from _document_rows(doc, extractions.get(doc.id), story_of.get(doc.id))
    for story in store.stories():
        for claim in story.claims:
            yield {
                "type": "claim", "story": story.id, "doc": claim.sources[0].doc if claim.sources else None,
                "start": claim.sources[0].start if claim.sources else None,
                "end": claim.sources[0].end if claim.sources else None,
                "text": claim.text, "status": claim.status, "focus": claim.focus,
                "sources": _spans_text(claim.sources), "conflicts_with": "; ".join(claim.conflicts_with),
            }  # fmt: skip


def _document_rows(doc: Document, extraction: Extraction | None, story: str | None) -> Iterator[dict[str, Any]]:
    base = {"story": story, "doc": doc.id, "outlet": outlet_of(doc), "published": doc.published}
    yield base | {"type": "document", "text": doc.title, "duplicate_of": doc.duplicate_of, "url": doc.url}
    if extraction is None:
        return
    for q in sorted(extraction.quotes, key=_start):
        yield base | {
            "type": "quote", "start": q.start, "end": q.end, "text": q.text, "speaker": q.speaker,
            "speaker_name": q.speaker_name, "speaker_title": q.speaker_title, "kind": q.kind, "cue": q.cue,
        }  # fmt: skip
    for f in sorted(extraction.figures, key=_start):
        yield base | {
            "type": "figure", "start": f.start, "end": f.end, "text": f.text, "value": f.value, "upper": f.upper,
            "unit": f.unit, "about": f.about, "hedge": f.hedge, "source": f.source,
        }  # fmt: skip
    for d in sorted(extraction.dates, key=_start):
        yield base | {
            "type": "date", "start": d.start, "end": d.end, "text": d.text, "value": d.value,
            "grain": d.grain, "kind": d.type,
        }  # fmt: skip


def _write_rows(out: TextIO, columns: tuple[str, ...], rows: Iterable[dict[str, Any]]) -> None:
    writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: csv_cell(row.get(c)) for c in columns})


def write_csv(store: Store, out: TextIO) -> None:
    _write_rows(out, FINDING_COLUMNS, finding_rows(store))


CSV_TABLES: dict[str, tuple[str, ...]] = {
    "documents": ("id", "story", "outlet", "title", "published", "language", "authors", "url", "external_id",
                  "source_path", "duplicate_of", "kept_paragraphs", "dropped_paragraphs"),
    "entities": ("id", "name", "type", "aliases", "titles", "mentions", "documents"),
    "quotes": ("doc", "start", "end", "kind", "speaker", "speaker_name", "speaker_title", "speaker_kind", "cue", "text"),
    "figures": ("doc", "start", "end", "text", "value", "upper", "unit", "about", "hedge", "source"),
    "dates": ("doc", "start", "end", "text", "value", "grain", "type"),
    "stories": ("id", "title", "storyline", "first_seen", "last_seen", "documents", "summary"),
    "claims": ("story", "id", "status", "text", "focus", "sources", "conflicts_with"),
}  # fmt: skip


def table_rows(store: Store) -> dict[str, list[dict[str, Any]]]:
    """One list of rows per table of :data:`CSV_TABLES`."""
    stories = store.stories()
    story_of = {doc_id: s.id for s in stories for doc_id in s.documents}
    extractions = store.extractions()
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in CSV_TABLES}
    for doc in store.documents():
        kept = sum(1 for p in doc.paragraphs if p.kept)
        tables["documents"].append(
            doc.to_dict() | {"story": story_of.get(doc.id), "authors": "; ".join(doc.authors),
                             "kept_paragraphs": kept, "dropped_paragraphs": len(doc.paragraphs) - kept}
        )  # fmt: skip
    for e in store.entities():
        tables["entities"].append(
            {"id": e.id, "name": e.name, "type": e.type, "aliases": "; ".join(e.aliases),
             "titles": "; ".join(e.titles), "mentions": len(e.mentions), "documents": len({m.doc for m in e.mentions})}
        )  # fmt: skip
    for x in extractions.values():
        tables["quotes"] += [q.to_dict() for q in sorted(x.quotes, key=_start)]
        tables["figures"] += [f.to_dict() for f in sorted(x.figures, key=_start)]
        tables["dates"] += [d.to_dict() for d in sorted(x.dates, key=_start)]
    for s in stories:
        tables["stories"].append(
            {"id": s.id, "title": s.title, "storyline": s.storyline, "first_seen": s.first_seen,
             "last_seen": s.last_seen, "documents": "; ".join(s.documents),
             "summary": " ".join(sentence.text for sentence in s.summary)}
        )  # fmt: skip
        tables["claims"] += [
            {"story": s.id, "id": c.id, "status": c.status, "text": c.text, "focus": c.focus,
             "sources": _spans_text(c.sources), "conflicts_with": "; ".join(c.conflicts_with)}
            for c in s.claims
        ]  # fmt: skip
    return tables


def write_csv_tables(store: Store, out_dir: Path) -> list[Path]:
    """One CSV per record kind (``documents.csv``, ``quotes.csv``, ...) in ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, rows in table_rows(store).items():
        path = out_dir / f"{name}.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            _write_rows(handle, CSV_TABLES[name], rows)
        paths.append(path)
    return paths
