"""Exports: the JSON contract, JSON Lines, Markdown, HTML and CSV, on a small invented corpus.

``populate_store`` builds the corpus through the store's write side (add_raw, save_processed,
save_links); test_web.py reuses it. One article's title, outlet, speaker and quote carry
markup (``<script>alert(1)</script>``), which every output must render inert.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from newsfuse import __version__
from newsfuse.export import (
    CSV_TABLES,
    FINDING_COLUMNS,
    FORMATS,
    build_contract,
    md_escape,
    story_markdown,
    write_csv_tables,
    write_export,
    write_story_reports,
)
from newsfuse.records import (
    Claim,
    DateMention,
    Document,
    Entity,
    Extraction,
    Figure,
    Framing,
    Mention,
    Paragraph,
    Quote,
    RawDocument,
    Span,
    Story,
    SummarySentence,
    TimelineEntry,
)
from newsfuse.store import Store

XSS = "<script>alert(1)</script>"
EVIL_SPEAKER = '<img src=x onerror="alert(2)">Dr. Evil'
STORY_ID = "s-7f3a9c21b0"
OTHER_STORY_ID = "s-02be44d190"

GAZETTE_PARAGRAPHS = (
    ("A container crane collapsed at the Port Callow terminal on Tuesday, injuring at least three "
     "dock workers and halting cargo traffic for most of the day.", True, "body"),
    ("Photo: The toppled crane lies across berth 4. (Tidewater Gazette/M. Osei)", False, "caption"),
    ('"We heard a crack like thunder and then the whole boom came down," said harbour master Ana Ruiz, '
     "who ordered the terminal closed.", True, "body"),
    ("Sign up for our morning newsletter to get the day's top stories.", False, "promo"),
    ("Inspectors from the Maritime Safety Authority arrived on Wednesday and said the cause was not yet known.",
     True, "body"),
)  # fmt: skip

XSS_PARAGRAPHS = (
    (f"Port Callow crane failure {XSS} left workers hurt, the terminal operator confirmed.", True, "body"),
    (f'"The operator ignored warnings {XSS}," said {EVIL_SPEAKER}, a union safety officer.', True, "body"),
    ("Seven workers were treated at St. Brendan's hospital, the union said.", True, "body"),
)

BUDGET_PARAGRAPHS = (
    ("The Port Callow council approved an emergency inspection budget of $2.4 million on March 10.", True, "body"),
    ("Councillor Hana Li said the money would pay for checks on every crane at the terminal.", True, "body"),
)


def _document(doc_id: str, paragraphs: tuple[tuple[str, bool, str], ...], **meta: object) -> Document:
    paras = tuple(Paragraph(index=i, text=t, kept=k, reason=r) for i, (t, k, r) in enumerate(paragraphs))
    return Document(id=doc_id, source_path=f"corpus/{doc_id}.txt", paragraphs=paras, **meta)  # type: ignore[arg-type]


def _span(doc: Document, needle: str) -> tuple[int, int]:
    start = doc.text.index(needle)
    return start, start + len(needle)


@dataclass(frozen=True)
class Corpus:
    documents: list[Document]
    extractions: list[Extraction]
    entities: list[Entity]
    stories: list[Story]


def corpus() -> Corpus:
    """The invented corpus: three articles on a crane collapse (one a syndicated copy, one
    full of markup) and one on the follow-up budget, with extractions, entities and stories."""
    gazette = _document(
        "a1b2c3d4e5f60718", GAZETTE_PARAGRAPHS, outlet="Tidewater Gazette", title="Crane collapses at Port Callow",
        published="2025-03-04T09:30:00Z", url="https://tidewater.example/crane-collapse", language="en",
        authors=("M. Osei",), inferred={"outlet": "copyright line", "published": "input", "title": "first line"},
    )  # fmt: skip
    copy = _document(
        "b2c3d4e5f6071829", GAZETTE_PARAGRAPHS, outlet="Coastline Wire", title="Crane collapses at Port Callow",
        published="2025-03-04T11:00:00Z", duplicate_of=gazette.id, url="https://coastline.example/wire/crane",
    )  # fmt: skip
    evil = _document(
        "c3d4e5f60718293a", XSS_PARAGRAPHS, outlet=f"Evil {XSS} News", title=f"Crane {XSS} <b>bold</b> & more",
        published="2025-03-05", url="javascript:alert(3)", inferred={"title": f"<i>{XSS}</i>"},
    )  # fmt: skip
    budget = _document(
        "d4e5f60718293a4b", BUDGET_PARAGRAPHS, outlet="Tidewater Gazette", title="Council funds crane inspections",
        published="2025-03-10",
    )

    ruiz_start, ruiz_end = _span(gazette, "Ana Ruiz")
    quote_start, quote_end = _span(gazette, "We heard a crack like thunder and then the whole boom came down,")
    gazette_x = Extraction(
        doc=gazette.id,
        mentions=(Mention(gazette.id, ruiz_start, ruiz_end, "Ana Ruiz", "PERSON", 0, ("harbour master",)),),
        quotes=(Quote(doc=gazette.id, text=gazette.text[quote_start:quote_end], kind="direct", start=quote_start,
                      end=quote_end, speaker_name="Ana Ruiz", speaker_title="harbour master", cue="said",
                      speaker="e-ana-ruiz"),),
        figures=(Figure(doc=gazette.id, text="at least three dock workers", value=3.0, unit="people",
                        about="injured dock workers", hedge="lower",
                        start=_span(gazette, "at least three dock workers")[0],
                        end=_span(gazette, "at least three dock workers")[1]),),
        dates=(DateMention(doc=gazette.id, text="Tuesday", value="2025-03-04", grain="day",
                           start=_span(gazette, "Tuesday")[0], end=_span(gazette, "Tuesday")[1]),
               DateMention(doc=gazette.id, text="Wednesday", value="2025-03-05", grain="day",
                           start=_span(gazette, "Wednesday")[0], end=_span(gazette, "Wednesday")[1])),
    )  # fmt: skip
    evil_quote = f"The operator ignored warnings {XSS},"
    e_start, e_end = _span(evil, evil_quote)
    evil_x = Extraction(
        doc=evil.id,
        quotes=(Quote(doc=evil.id, text=evil_quote, kind="direct", start=e_start, end=e_end,
                      speaker_name=EVIL_SPEAKER, speaker_title=f"union {XSS} officer", cue="said", speaker="e-evil"),
                Quote(doc=evil.id, text="Seven workers were treated at St. Brendan's hospital", kind="indirect",
                      start=_span(evil, "Seven workers")[0], end=_span(evil, "hospital")[1], speaker_name="the union",
                      cue="said")),
        figures=(Figure(doc=evil.id, text="Seven workers", value=7.0, unit="people", about=f"treated {XSS}",
                        hedge="exact", start=_span(evil, "Seven workers")[0], end=_span(evil, "Seven workers")[1],
                        source="the union"),),
    )  # fmt: skip
    budget_x = Extraction(
        doc=budget.id,
        figures=(Figure(doc=budget.id, text="$2.4 million", value=2_400_000.0, unit="USD", about="inspection budget",
                        hedge="exact", start=_span(budget, "$2.4 million")[0], end=_span(budget, "$2.4 million")[1]),),
        dates=(DateMention(doc=budget.id, text="March 10", value="2025-03-10", grain="day",
                           start=_span(budget, "March 10")[0], end=_span(budget, "March 10")[1]),),
    )  # fmt: skip
    copy_x = Extraction(doc=copy.id, quotes=tuple(
        Quote(doc=copy.id, text=q.text, kind=q.kind, start=q.start, end=q.end, speaker_name=q.speaker_name,
              speaker_title=q.speaker_title, cue=q.cue, speaker=q.speaker) for q in gazette_x.quotes))  # fmt: skip

    entities = [
        Entity(id="e-ana-ruiz", name="Ana Ruiz", type="PERSON", aliases=("Ruiz",), titles=("harbour master",),
               mentions=(Span(gazette.id, ruiz_start, ruiz_end),)),
        Entity(id="e-evil", name=EVIL_SPEAKER, type="PERSON", aliases=(XSS,), titles=(f"union {XSS} officer",),
               mentions=(Span(evil.id, *_span(evil, EVIL_SPEAKER)),)),
    ]  # fmt: skip
    lead = _span(gazette, GAZETTE_PARAGRAPHS[0][0])
    evil_lead = _span(evil, XSS_PARAGRAPHS[0][0])
    story = Story(
        id=STORY_ID, title=f"Crane collapse at Port Callow {XSS}", documents=(gazette.id, copy.id, evil.id),
        first_seen="2025-03-04T09:30:00Z", last_seen="2025-03-05", storyline="l-1a2b3c4d5e",
        summary=(SummarySentence(text=GAZETTE_PARAGRAPHS[0][0],
                                 sources=(Span(gazette.id, *lead), Span(copy.id, *lead))),
                 SummarySentence(text=XSS_PARAGRAPHS[0][0], sources=(Span(evil.id, *evil_lead),))),
        timeline=(TimelineEntry(date="2025-03-04", text="A container crane collapsed at the Port Callow terminal",
                                sources=(Span(gazette.id, *lead),)),
                  TimelineEntry(date="2025-03-05", text="Inspectors from the Maritime Safety Authority arrived",
                                sources=(Span(gazette.id, *_span(gazette, "Inspectors from the Maritime")),)),
                  TimelineEntry(date="2025-03", text=f"Union complaints {XSS} during March",
                                sources=(Span(evil.id, *evil_lead),))),
        claims=(Claim(id="c-injured-3", text="At least three dock workers were injured", status="conflicting",
                      sources=(Span(gazette.id, *_span(gazette, "at least three dock workers")),),
                      conflicts_with=("c-injured-7",),
                      note=f"Sources disagree: “at least three” (Tidewater Gazette) vs “Seven” {XSS}."),
                Claim(id="c-injured-7", text=f"Seven workers were treated {XSS}", status="conflicting",
                      sources=(Span(evil.id, *_span(evil, "Seven workers")),), conflicts_with=("c-injured-3",)),
                Claim(id="c-closed", text="The terminal was closed", status="corroborated",
                      sources=(Span(gazette.id, *_span(gazette, "ordered the terminal closed")),
                               Span(evil.id, *evil_lead))),
                Claim(id="c-cause", text="The cause was not yet known", status="single-source",
                      sources=(Span(gazette.id, *_span(gazette, "the cause was not yet known")),))),
        framing=(Framing(outlet="Tidewater Gazette", loaded_terms=(), voices={"Ana Ruiz": 1}, tone=-0.25,
                         reprinted_by=("Coastline Wire",)),
                 Framing(outlet=f"Evil {XSS} News", loaded_terms=("<i>chaos</i>", "ignored", "failure"),
                         voices={EVIL_SPEAKER: 1, "the union": 1}, tone=-0.8)),
    )  # fmt: skip
    other = Story(
        id=OTHER_STORY_ID, title="Council funds crane inspections", documents=(budget.id,),
        first_seen="2025-03-10", last_seen="2025-03-10", storyline="l-1a2b3c4d5e",
        summary=(SummarySentence(text=BUDGET_PARAGRAPHS[0][0],
                                 sources=(Span(budget.id, 0, len(BUDGET_PARAGRAPHS[0][0])),)),),
        timeline=(TimelineEntry(date="2025-03-10", text="The council approved an emergency inspection budget",
                                sources=(Span(budget.id, 0, 40),)),),
        claims=(Claim(id="c-budget", text="The budget is $2.4 million", status="single-source",
                      sources=(Span(budget.id, *_span(budget, "$2.4 million")),),
                      focus="$2.4 million", focus_start=len("The budget is ")),),
        framing=(Framing(outlet="Tidewater Gazette", loaded_terms=(), voices={}, tone=0.1),),
    )  # fmt: skip
    return Corpus(
        documents=[gazette, copy, evil, budget],
        extractions=[gazette_x, copy_x, evil_x, budget_x],
        entities=entities,
        stories=[story, other],
    )


def populate_store(path: Path) -> Corpus:
    """Write the invented corpus into a new database at ``path`` through the store's write side."""
    data = corpus()
    with Store(path) as store:
        for doc, extraction in zip(data.documents, data.extractions, strict=True):
            store.add_raw(RawDocument(id=doc.id, source_path=doc.source_path, kind="text", content=doc.text))
            store.save_processed(doc, extraction)
        store.save_links(
            documents=data.documents, extractions=data.extractions, entities=data.entities, stories=data.stories
        )
        store.record_failure(f"corpus/{XSS}.bin", "not text: binary content")
    return data


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    populate_store(tmp_path / "export.db")
    with Store(tmp_path / "export.db") as opened:
        yield opened


def _export(store: Store, fmt: str) -> str:
    buffer = io.StringIO()
    write_export(store, fmt, buffer)
    return buffer.getvalue()


# -- JSON contract --------------------------------------------------------------------------------

CONTRACT = {
    "documents": {"id", "source_path", "url", "external_id", "outlet", "title", "published", "language",
                  "duplicate_of", "paragraphs"},
    "entities": {"id", "name", "type", "aliases", "titles", "mentions"},
    "quotes": {"doc", "text", "kind", "speaker", "speaker_name", "speaker_title", "cue", "start", "end"},
    "figures": {"doc", "text", "value", "unit", "about", "hedge", "start", "end"},
    "dates": {"doc", "text", "value", "grain", "start", "end"},
    "stories": {"id", "title", "storyline", "documents", "first_seen", "last_seen", "summary", "timeline",
                "claims", "framing"},
}  # fmt: skip


def test_export_contract_has_every_field_of_design(store: Store) -> None:
    data = json.loads(_export(store, "json"))
    assert data["version"] == __version__
    for key, fields in CONTRACT.items():
        assert data[key], key
        for record in data[key]:
            assert fields <= set(record), (key, fields - set(record))
    assert set(data["documents"][0]["paragraphs"][0]) == {"index", "text", "kept", "reason"}
    story = next(s for s in data["stories"] if s["id"] == STORY_ID)
    assert set(story["summary"][0]) == {"text", "sources"}
    assert set(story["summary"][0]["sources"][0]) == {"doc", "start", "end"}
    assert set(story["claims"][0]) >= {"id", "text", "status", "sources", "conflicts_with"}
    assert set(story["framing"][0]) >= {"outlet", "loaded_terms", "voices", "tone"}
    assert set(story["timeline"][0]) == {"date", "text", "sources"}
    assert data["entities"][0]["mentions"][0].keys() == {"doc", "start", "end"}


def test_export_contract_offsets_point_into_kept_text(store: Store) -> None:
    data = build_contract(store)
    kept = {
        d["id"]: "\n\n".join(p["text"] for p in d["paragraphs"] if p["kept"]) for d in data["documents"]
    }
    for quote in data["quotes"]:
        assert kept[quote["doc"]][quote["start"] : quote["end"]] == quote["text"]
    for record in data["figures"] + data["dates"]:
        assert kept[record["doc"]][record["start"] : record["end"]] == record["text"]
    assert {q["speaker"] for q in data["quotes"]} == {"e-ana-ruiz", "e-evil", None}
    assert next(d for d in data["documents"] if d["outlet"] == "Coastline Wire")["duplicate_of"] == "a1b2c3d4e5f60718"


def test_export_json_round_trips_markup_without_raw_tags(store: Store) -> None:
    text = _export(store, "json")
    assert "<" not in text and ">" not in text
    data = json.loads(text)
    assert any(XSS in d["title"] for d in data["documents"] if d["title"])
    assert any(q["text"] == f"The operator ignored warnings {XSS}," for q in data["quotes"])


def test_export_jsonl_one_typed_record_per_line(store: Store) -> None:
    lines = [json.loads(line) for line in _export(store, "jsonl").splitlines()]
    counts: dict[str, int] = {}
    for line in lines:
        counts[line["type"]] = counts.get(line["type"], 0) + 1
    assert counts == {"document": 4, "entity": 2, "quote": 4, "figure": 3, "date": 3, "story": 2}
    entity = next(line for line in lines if line["type"] == "entity")
    assert entity["entity_type"] == "PERSON" and entity["name"]
    date = next(line for line in lines if line["type"] == "date")
    assert date["date_type"] == "DATE" and date["grain"] == "day"
    assert "<script>" not in _export(store, "jsonl")


# -- Markdown -------------------------------------------------------------------------------------


def test_export_markdown_briefing_cites_every_sentence(store: Store) -> None:
    story = store.story(STORY_ID)
    assert story is not None
    md = story_markdown(store, story)
    assert md.startswith("# Crane collapse at Port Callow")
    assert "2025-03-04 → 2025-03-05" in md and "Tidewater Gazette" in md
    briefing = md.split("## Briefing")[1].split("##")[0]
    numbered = [line for line in briefing.splitlines() if re.match(r"\d+\. ", line)]
    assert len(numbered) == 2
    for line in numbered:
        assert re.search(r"\[[^\]]+, [0-9a-f]{16}\]$", line), line
    assert "[Tidewater Gazette, a1b2c3d4e5f60718] [Coastline Wire, b2c3d4e5f6071829]" in numbered[0]
    assert "- **conflicting**: At least three dock workers were injured" in md
    # the values, outlets and dates behind a conflict or an update are shown, not only in the JSON
    assert "    - Sources disagree: “at least three” (Tidewater Gazette) vs “Seven”" in md
    assert "- **single-source**: The cause was not yet known" in md
    assert "- **2025-03-04**: A container crane collapsed" in md
    assert "**Ana Ruiz (harbour master)**: “We heard a crack" in md
    assert "copy: Coastline Wire" in md


def test_export_markdown_and_html_escape_markup(store: Store) -> None:
    for fmt in ("md", "html"):
        text = _export(store, fmt)
        assert "<script>" not in text, fmt
        assert "<img" not in text and "<b>bold" not in text and "<i>chaos" not in text, fmt
        assert "javascript:" not in text, fmt
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in _export(store, "md")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in _export(store, "html")


def test_markdown_escape_neutralises_markdown_and_html() -> None:
    assert md_escape("*bold* [link](x) `code` <b>") == r"\*bold\* \[link\](x) \`code\` &lt;b&gt;"
    assert md_escape("line one\nline two") == "line one line two"
    assert md_escape(None) == ""


# -- HTML -----------------------------------------------------------------------------------------


def test_export_html_is_one_self_contained_report(store: Store) -> None:
    html = _export(store, "html")
    assert html.startswith("<!doctype html>")
    assert "<style>" in html and "<script" not in html and "<link" not in html
    assert 'src="http' not in html and "href=\"http" in html  # only the articles' own pages link out
    for anchor in (f'id="story-{STORY_ID}"', f'id="story-{OTHER_STORY_ID}"', 'id="doc-a1b2c3d4e5f60718"'):
        assert anchor in html
    assert 'href="#doc-a1b2c3d4e5f60718"' in html  # citations point to the sources in the file
    assert "badge conflicting" in html and "badge corroborated" in html
    assert "Sources disagree: “at least three” (Tidewater Gazette) vs “Seven”" in html
    assert '<svg class="chart"' in html


def test_write_story_reports_one_file_per_story(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "report"
    paths = write_story_reports(store, out)
    assert sorted(p.name for p in paths) == sorted([f"{STORY_ID}.html", f"{OTHER_STORY_ID}.html"])
    index = (out / "index.html").read_text(encoding="utf-8")
    assert f'href="{STORY_ID}.html"' in index
    crane = (out / f"{STORY_ID}.html").read_text(encoding="utf-8")
    assert "<script>" not in crane and "Crane collapse at Port Callow &lt;script&gt;" in crane
    # The other story of the storyline is linked as its own file.
    assert f'href="{OTHER_STORY_ID}.html"' in crane


# -- CSV ------------------------------------------------------------------------------------------


def test_export_csv_flat_table_parses_back(store: Store) -> None:
    rows = list(csv.DictReader(io.StringIO(_export(store, "csv"))))
    assert tuple(rows[0]) == FINDING_COLUMNS
    kinds = [r["type"] for r in rows]
    assert kinds.count("document") == 4 and kinds.count("quote") == 4 and kinds.count("claim") == 5
    evil_quote = next(r for r in rows if r["type"] == "quote" and r["speaker"] == "e-evil")
    assert evil_quote["text"] == f"The operator ignored warnings {XSS},"  # data kept, CSV quoting is the escaping
    assert evil_quote["outlet"] == f"Evil {XSS} News" and evil_quote["story"] == STORY_ID
    figure = next(r for r in rows if r["type"] == "figure" and r["unit"] == "USD")
    assert float(figure["value"]) == 2_400_000.0 and figure["hedge"] == "exact"
    claim = next(r for r in rows if r["type"] == "claim" and r["text"].startswith("At least three"))
    assert claim["status"] == "conflicting" and claim["conflicts_with"] == "c-injured-7"


def test_export_csv_neutralises_spreadsheet_formulas(tmp_path: Path) -> None:
    doc = _document("e5f60718293a4b5c", (("=HYPERLINK(\"http://evil\") says the mayor.", True, "body"),),
                    title="=1+1", outlet="@Outlet")  # fmt: skip
    with Store(tmp_path / "f.db") as store:
        store.save_processed(doc, Extraction(doc=doc.id))
        rows = list(csv.DictReader(io.StringIO(_export(store, "csv"))))
    assert rows[0]["text"] == "'=1+1" and rows[0]["outlet"] == "'@Outlet"


def test_write_csv_tables_one_file_per_kind(store: Store, tmp_path: Path) -> None:
    paths = write_csv_tables(store, tmp_path / "csv")
    assert sorted(p.stem for p in paths) == sorted(CSV_TABLES)
    with (tmp_path / "csv" / "documents.csv").open(encoding="utf-8", newline="") as handle:
        docs = list(csv.DictReader(handle))
    gazette = next(d for d in docs if d["id"] == "a1b2c3d4e5f60718")
    assert gazette["kept_paragraphs"] == "3" and gazette["dropped_paragraphs"] == "2"
    assert gazette["story"] == STORY_ID and gazette["authors"] == "M. Osei"
    with (tmp_path / "csv" / "claims.csv").open(encoding="utf-8", newline="") as handle:
        claims = list(csv.DictReader(handle))
    assert {c["status"] for c in claims} == {"conflicting", "corroborated", "single-source"}


# -- formats --------------------------------------------------------------------------------------


def test_export_unknown_format_lists_the_formats(store: Store) -> None:
    with pytest.raises(ValueError, match="json, jsonl, md, html, csv"):
        write_export(store, "pdf", io.StringIO())


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_empty_database_writes_valid_output(tmp_path: Path, fmt: str) -> None:
    with Store(tmp_path / "empty.db") as store:
        text = _export(store, fmt)
    if fmt == "json":
        assert json.loads(text)["documents"] == []
    elif fmt == "jsonl":
        assert text == ""
    else:
        assert text.strip()


def test_export_claim_marks_what_was_cross_checked(store: Store) -> None:
    other = store.story(OTHER_STORY_ID)
    assert other is not None
    assert "- **single-source**: The budget is **$2.4 million** [" in story_markdown(store, other)
    assert "The budget is <mark>$2.4 million</mark>" in _export(store, "html")
    # a claim without a focus reads as before
    assert "- **single-source**: The cause was not yet known [" in _export(store, "md")


def test_export_framing_names_the_outlets_that_reprinted_a_story(store: Store) -> None:
    # The Coastline Wire copy is read once, as the Gazette's words: the briefing says who reprinted it.
    story = next(s for s in store.stories() if s.id == STORY_ID)
    md = story_markdown(store, story)
    assert "- **Tidewater Gazette** (also printed by Coastline Wire): tone -0.25" in md
    assert "also printed by Coastline Wire" in _export(store, "html")


def test_export_framing_says_what_its_numbers_mean(store: Store) -> None:
    # a reader of "tone -0.25" is told what it is read from, on the page and in the Markdown
    story = next(s for s in store.stories() if s.id == STORY_ID)
    md = story_markdown(store, story)
    legend = md.split("## Framing by outlet", 1)[1].strip().splitlines()[0]
    assert legend.startswith("_Read from each outlet") and "Tone: mean polarity" in legend and legend.endswith("_")
    assert "Voices: statements quoted, per speaker." in _export(store, "html")


def test_export_markdown_names_the_figure_of_each_claim_sharing_a_sentence(tmp_path: Path) -> None:
    # "rose 0.9% in June, faster than the 0.6% increase in May" holds two claims: in plain text (bold lost)
    # the two lines had read the same
    data = corpus()
    budget = data.documents[3]
    sentence = BUDGET_PARAGRAPHS[0][0]
    claims = tuple(
        Claim(id=f"c-{i}", text=sentence, status="single-source", sources=(Span(budget.id, *_span(budget, focus)),),
              focus=focus, focus_start=sentence.index(focus))
        for i, focus in enumerate(("$2.4 million", "March 10"))
    )
    story = replace(data.stories[1], claims=claims)
    with Store(tmp_path / "two.db") as db:
        for doc, extraction in zip(data.documents, data.extractions, strict=True):
            db.add_raw(RawDocument(id=doc.id, source_path=doc.source_path, kind="text", content=doc.text))
            db.save_processed(doc, extraction)
        db.save_links(documents=data.documents, extractions=data.extractions, entities=data.entities,
                      stories=[data.stories[0], story])
        md = story_markdown(db, db.story(story.id))
    assert "- **single-source** ($2.4 million):" in md and "- **single-source** (March 10):" in md
