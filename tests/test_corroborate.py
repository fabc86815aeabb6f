"""Claims cross-checked across independent sources, on hand-built figures and quotes."""

from __future__ import annotations

import re

import pytest

from newsfuse.corroborate import about_words, claim_id, cross_check, figure_bounds, lemma
from newsfuse.records import Document, Extraction, Figure, Paragraph, Quote


def make_doc(doc_id: str, text: str, outlet: str) -> Document:
    paragraphs = tuple(Paragraph(index=i, text=p, kept=True, reason="body") for i, p in enumerate(text.split("\n\n")))
    return Document(id=doc_id, source_path=f"{doc_id}.txt", paragraphs=paragraphs, outlet=outlet)


def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """A plain sentence splitter for test fixtures: ends at . ! ? (and a closing quote)."""
    spans, start = [], 0
    for m in re.finditer(r"[.!?][\"”]?(?=\s|$)", text):
        spans.append((start, m.end()))
        start = m.end()
        while start < len(text) and text[start].isspace():
            start += 1
    return tuple(spans)


def figure(
    doc: Document,
    surface: str,
    value: float,
    about: str,
    hedge: str = "exact",
    unit: str | None = None,
    upper: float | None = None,
) -> Figure:
    start = doc.text.index(surface)
    return Figure(
        doc=doc.id,
        text=surface,
        value=value,
        unit=unit,
        about=about,
        hedge=hedge,  # type: ignore[arg-type]
        start=start,
        end=start + len(surface),
        upper=upper,
    )


def quote(doc: Document, surface: str) -> Quote:
    start = doc.text.index(surface)
    return Quote(doc=doc.id, text=surface, kind="direct", start=start, end=start + len(surface), speaker_name="Ramirez")


WIRE = (
    "At least 12 people were killed when a landslide buried homes in the hill town of San Mateo on Sunday, "
    "officials said. Rescue teams were still searching for survivors.\n\n"
    '"We are digging with our hands because the machines cannot get through," said mayor Elena Ramirez.'
)
LOCAL = (
    "Fourteen people died and 30 were injured in Sunday's landslide in San Mateo, the regional "
    "civil protection office said. Nearly 300 residents were evacuated.\n\n"
    '"We are digging with our hands, because the machines cannot get through," Ramirez told reporters.'
)
TV = (
    "Nine people were killed in the San Mateo landslide, according to the fire brigade. "
    "About 290 residents have left their homes and were evacuated to a school."
)


@pytest.fixture
def story():
    wire = make_doc("wire", WIRE, "Reuters")
    copy = make_doc("copy", WIRE, "Daily Courier")  # the same wire story, syndicated
    local = make_doc("local", LOCAL, "El Heraldo")
    tv = make_doc("tv", TV, "Canal 5")
    extractions = {
        "wire": Extraction(
            doc="wire",
            figures=(figure(wire, "At least 12 people", 12, "people killed", "lower"),),
            quotes=(quote(wire, "We are digging with our hands because the machines cannot get through,"),),
            sentences=sentences(wire.text),
        ),
        "copy": Extraction(
            doc="copy",
            figures=(figure(copy, "At least 12 people", 12, "people killed", "lower"),),
            quotes=(quote(copy, "We are digging with our hands because the machines cannot get through,"),),
            sentences=sentences(copy.text),
        ),
        "local": Extraction(
            doc="local",
            figures=(
                figure(local, "Fourteen people", 14, "people died"),
                figure(local, "30", 30, "people injured"),
                figure(local, "Nearly 300 residents", 300, "residents evacuated", "approx"),
            ),
            quotes=(quote(local, "We are digging with our hands, because the machines cannot get through,"),),
            sentences=sentences(local.text),
        ),
        "tv": Extraction(
            doc="tv",
            figures=(
                figure(tv, "Nine people", 9, "people killed"),
                figure(tv, "About 290 residents", 290, "residents evacuated", "approx"),
            ),
            sentences=sentences(tv.text),
        ),
    }
    groups = {"wire": "g-wire", "copy": "g-wire", "local": "g-local", "tv": "g-tv"}
    return [wire, copy, local, tv], extractions, groups


def claim_with(claims, doc: str, surface: str, docs):
    text = next(d.text for d in docs if d.id == doc)
    start = text.index(surface)
    return next(c for c in claims if any(s.doc == doc and s.start == start for s in c.sources))


def test_corroborate_syndicated_copies_are_one_source(story) -> None:
    docs, extractions, groups = story
    claims = cross_check(docs[:2], {k: extractions[k] for k in ("wire", "copy")}, groups)
    toll = claim_with(claims, "wire", "At least 12 people", docs)
    assert toll.status == "single-source"
    assert {s.doc for s in toll.sources} == {"wire", "copy"}
    # The quote is carried twice, but by one syndication group: no corroborated quote claim.
    assert all("digging" not in c.text for c in claims)


def test_corroborate_hedged_figures_agree_and_conflict(story) -> None:
    docs, extractions, groups = story
    claims = cross_check(docs, extractions, groups)
    toll = claim_with(claims, "wire", "At least 12 people", docs)
    # "at least 12" (wire, copy) and "fourteen" (local) agree; "nine" (tv) contradicts both.
    assert {s.doc for s in toll.sources} == {"wire", "copy", "local"}
    nine = claim_with(claims, "tv", "Nine people", docs)
    assert toll.status == nine.status == "conflicting"
    assert toll.conflicts_with == (nine.id,)
    assert nine.conflicts_with == (toll.id,)
    assert toll.text.startswith("At least 12 people were killed") and toll.text.endswith("officials said.")


def test_corroborate_approximate_figures_corroborate(story) -> None:
    docs, extractions, groups = story
    claims = cross_check(docs, extractions, groups)
    evacuated = claim_with(claims, "local", "Nearly 300 residents", docs)
    assert evacuated.status == "corroborated"
    assert [s.doc for s in evacuated.sources] == ["local", "tv"]
    assert evacuated.conflicts_with == ()


def test_corroborate_different_counts_are_not_aligned(story) -> None:
    docs, extractions, groups = story
    claims = cross_check(docs, extractions, groups)
    injured = claim_with(claims, "local", "30", docs)
    assert injured.status == "single-source"
    assert injured.conflicts_with == ()


def test_corroborate_same_quote_from_independent_groups(story) -> None:
    docs, extractions, groups = story
    claims = cross_check(docs, extractions, groups)
    quoted = [c for c in claims if "digging with our hands" in c.text]
    assert len(quoted) == 1
    assert quoted[0].status == "corroborated"
    assert {s.doc for s in quoted[0].sources} == {"wire", "copy", "local"}


def test_corroborate_ids_are_stable_and_unique(story) -> None:
    docs, extractions, groups = story
    claims = cross_check(docs, extractions, groups)
    assert len({c.id for c in claims}) == len(claims)
    assert all(re.fullmatch(r"c-[0-9a-f]{10}", c.id) for c in claims)
    toll = claim_with(claims, "wire", "At least 12 people", docs)
    assert toll.id == claim_id(toll.text, "At least 12 people")
    # Story-independent: the same claim checked inside another selection of documents keeps its id.
    again = cross_check(docs[:2], {k: extractions[k] for k in ("wire", "copy")}, groups)
    assert claim_with(again, "wire", "At least 12 people", docs).id == toll.id
    for c in claims:
        for s in c.sources:
            text = next(d.text for d in docs if d.id == s.doc)
            assert 0 <= s.start < s.end <= len(text)


def test_corroborate_single_document_and_empty() -> None:
    assert cross_check([], {}, {}) == ()
    doc = make_doc("solo", "The company said it would cut 1,200 jobs by March.", "Business Wire")
    ex = Extraction(doc="solo", figures=(figure(doc, "1,200 jobs", 1200, "jobs"),), sentences=sentences(doc.text))
    (claim,) = cross_check([doc], {"solo": ex}, {})
    assert claim.status == "single-source"
    assert claim.text == doc.text


@pytest.mark.parametrize(
    ("hedge", "value", "upper", "bounds"),
    [
        ("exact", 5, None, (5, 5)),
        ("lower", 12, None, (12, float("inf"))),
        ("upper", 40, None, (0, 40)),
        ("approx", 300, None, (270, 330)),
        ("exact", 10, 15, (10, 15)),
    ],
)
def test_corroborate_figure_bounds(hedge: str, value: float, upper: float | None, bounds: tuple[float, float]) -> None:
    f = Figure(doc="d", text="x", value=value, unit=None, about="x", hedge=hedge, start=0, end=1, upper=upper)  # type: ignore[arg-type]
    assert figure_bounds(f) == pytest.approx(bounds)


def test_corroborate_about_words_and_lemmas() -> None:
    assert about_words("people killed") == about_words("persons dead")
    assert about_words("people injured") != about_words("people killed")
    assert lemma("casualties") == "casualty" and lemma("stopped") == "stop"
