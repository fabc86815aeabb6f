"""Claims cross-checked across independent sources, on hand-built figures and quotes.

Each fixture reproduces one way figures were wrongly set against each other (a town's
population against evacuees, "two of the victims" against a death toll, injuries against
evacuations) or a real disagreement that must be found (12 vs 14 dead, 40 vs 31 injured,
$4.2 million vs $3.8 million, 1,500 vs 2,000 evacuated), with invented text.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from newsfuse.corroborate import claim_id, counted_noun, cross_check, event_concept, figure_bounds, lemma
from newsfuse.extract import link_restatements
from newsfuse.records import Claim, Document, Extraction, Figure, Mention, Paragraph, Quote

from .conftest import EXAMPLES


def make_doc(doc_id: str, text: str, outlet: str, published: str | None = None) -> Document:
    paragraphs = tuple(Paragraph(index=i, text=p, kept=True, reason="body") for i, p in enumerate(text.split("\n\n")))
    return Document(id=doc_id, source_path=f"{doc_id}.txt", paragraphs=paragraphs, outlet=outlet, published=published)


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
    about: str | None,
    predicate: str | None,
    hedge: str = "exact",
    *,
    scope: str = "total",
    unit: str | None = None,
    purpose: str | None = None,
    revised: bool = False,
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
        predicate=predicate,
        scope=scope,  # type: ignore[arg-type]
        purpose=purpose,
        revised=revised,
    )


def quote(doc: Document, surface: str) -> Quote:
    start = doc.text.index(surface)
    return Quote(doc=doc.id, text=surface, kind="direct", start=start, end=start + len(surface), speaker_name="Soto")


def extraction(doc: Document, *figures: Figure, quotes: tuple[Quote, ...] = ()) -> Extraction:
    """As the extract stage writes it: repetitions inside the document linked (Figure.restates)."""
    linked = tuple(link_restatements(figures))
    return Extraction(doc=doc.id, figures=linked, quotes=quotes, sentences=sentences(doc.text))


def claim_with(claims: tuple[Claim, ...], doc: Document, surface: str) -> Claim:
    start = doc.text.index(surface)
    return next(c for c in claims if any(s.doc == doc.id and s.start == start for s in c.sources))


def claims_citing(claims: tuple[Claim, ...], doc: Document, surface: str) -> list[Claim]:
    start = doc.text.index(surface)
    return [c for c in claims if any(s.doc == doc.id and s.start == start for s in c.sources)]


# -- a factory fire, reported over a week ------------------------------------------------------

WIRE = (
    "A fire tore through a furniture factory in Dalby on Monday, killing at least 12 workers and injuring as many "
    "as 40 others, officials said. Police said nearly 300 residents had been told to leave their homes.\n\n"
    '"We lost friends today," said Fire Chief Ana Soto. She said two firefighters had been treated for smoke '
    "inhalation. Dalby, a town of about 9,000 people, grew up around the factory."
)
LOCAL = (
    "Fourteen people died in Monday's fire, the county coroner said. Two of the victims died overnight at the "
    "regional hospital. Hospital officials said 31 people had been treated for injuries. Most of the nearly 300 "
    'residents who were evacuated have returned home.\n\n"We lost friends today," Soto told reporters.'
)
FOLLOW_UP = (
    "Hospital officials said 29 people injured in the fire were still being treated on Wednesday. Families of four "
    "of the victims have filed a lawsuit against the factory's owner."
)
WEEK_LATER = "The mayor read the names of the 14 victims on Sunday. The fire killed 14 workers, the coroner said."


@pytest.fixture
def fire() -> tuple[list[Document], dict[str, Extraction], dict[str, str]]:
    wire = make_doc("wire", WIRE, "Harbor Wire", "2025-06-02")
    copy = make_doc("copy", WIRE, "Daily Courier", "2025-06-02")  # the same wire story, syndicated
    local = make_doc("local", LOCAL, "Dalby Gazette", "2025-06-03")
    follow = make_doc("follow", FOLLOW_UP, "Valley Post", "2025-06-04")
    week = make_doc("week", WEEK_LATER, "Northern Ledger", "2025-06-09")

    def wire_figures(doc: Document) -> Extraction:
        return extraction(
            doc,
            figure(doc, "at least 12", 12, "workers", "kill", "lower"),
            figure(doc, "as many as 40", 40, "others", "injure", "upper"),
            figure(doc, "nearly 300", 300, "residents", "leave home", "approx"),
            figure(doc, "two", 2, "firefighters", "treat"),
            figure(doc, "about 9,000", 9000, "people", "town", "approx", scope="background"),
            quotes=(quote(doc, "We lost friends today,"),),
        )

    extractions = {
        "wire": wire_figures(wire),
        "copy": wire_figures(copy),
        "local": extraction(
            local,
            figure(local, "Fourteen", 14, "people", "die"),
            figure(local, "Two", 2, "victims", "die", scope="part"),
            figure(local, "31", 31, "people", "treat"),
            figure(local, "nearly 300", 300, "residents", "evacuate", "approx"),
            quotes=(quote(local, "We lost friends today,"),),
        ),
        "follow": extraction(
            follow,
            figure(follow, "29", 29, "people", "treat", scope="state"),
            figure(follow, "four", 4, "victims", "family", scope="part"),
        ),
        "week": extraction(
            week,
            figure(week, "14 victims", 14, "victims", "name"),
            figure(week, "14 workers", 14, "workers", "kill"),
        ),
    }
    groups = {"wire": "g-wire", "copy": "g-wire", "local": "g-local", "follow": "g-follow", "week": "g-week"}
    return [wire, copy, local, follow, week], extractions, groups


def test_corroborate_syndicated_copies_are_one_source(fire) -> None:
    docs, extractions, groups = fire
    claims = cross_check(docs[:2], {k: extractions[k] for k in ("wire", "copy")}, groups)
    toll = claim_with(claims, docs[0], "at least 12")
    assert toll.status == "single-source"
    assert {s.doc for s in toll.sources} == {"wire", "copy"}
    # The quote is carried twice, but by one syndication group: no corroborated quote claim (a figure claim
    # whose sentence, "She said two firefighters ...", needs the quotation before it may show it).
    assert all("lost friends" not in (c.focus or "") for c in claims)


def test_corroborate_death_toll_conflict_is_found(fire) -> None:
    docs, extractions, groups = fire
    wire, _, local, _, week = docs
    claims = cross_check(docs, extractions, groups)
    twelve = claim_with(claims, wire, "at least 12")
    fourteen = claim_with(claims, local, "Fourteen")
    # "at least 12" does not stretch to 14: a reporter who knew of 14 deaths would say so.
    assert twelve.status == fourteen.status == "conflicting"
    assert twelve.conflicts_with == (fourteen.id,) and fourteen.conflicts_with == (twelve.id,)
    # "killed 14 workers" a week later agrees with "Fourteen people died" (workers and people).
    assert {s.doc for s in fourteen.sources} == {"local", "week"}
    assert "at least 12" in (twelve.note or "") and "Fourteen" in (twelve.note or "")
    assert "1 day(s) apart" in (twelve.note or "")
    assert twelve.text.startswith("A fire tore through") and twelve.text.endswith("officials said.")


def test_corroborate_injury_conflict_is_found(fire) -> None:
    docs, extractions, groups = fire
    wire, _, local, follow, _ = docs
    claims = cross_check(docs, extractions, groups)
    forty = claim_with(claims, wire, "as many as 40")
    treated = claim_with(claims, local, "31")
    assert forty.status == treated.status == "conflicting"
    assert forty.conflicts_with == (treated.id,)
    # "still being treated" two days later is a snapshot, not the total of injured.
    still = claim_with(claims, follow, "29")
    assert still.status == "single-source" and still.conflicts_with == ()


def test_corroborate_no_conflict_with_population_subset_or_other_quantity(fire) -> None:
    docs, extractions, groups = fire
    wire, _, local, follow, week = docs
    claims = cross_check(docs, extractions, groups)
    evacuated = claim_with(claims, wire, "nearly 300")
    # "told to leave their homes" and "who were evacuated" are one quantity, from two sources.
    assert evacuated.status == "corroborated" and evacuated.conflicts_with == ()
    assert {s.doc for s in evacuated.sources} == {"wire", "copy", "local"}
    # The town's population, "Two of the victims", "four of the victims": no claims at all.
    assert claims_citing(claims, wire, "about 9,000") == []
    assert claims_citing(claims, local, "Two of the victims") == []
    assert claims_citing(claims, follow, "four") == []
    # "the names of the 14 victims" is no count of deaths to conflict with, nor a claim of its own.
    assert claims_citing(claims, week, "14 victims") == []
    # Two firefighters treated is a part of the injured, not a rival total.
    firefighters = claim_with(claims, wire, "two")
    assert firefighters.status == "single-source" and firefighters.conflicts_with == ()


def test_corroborate_ranking_and_ids(fire) -> None:
    docs, extractions, groups = fire
    claims = cross_check(docs, extractions, groups)
    ranks = [{"conflicting": 0, "corroborated": 1, "single-source": 2}[c.status] for c in claims]
    assert ranks == sorted(ranks)
    assert len({c.id for c in claims}) == len(claims)
    assert all(re.fullmatch(r"c-[0-9a-f]{10}", c.id) for c in claims)
    toll = claim_with(claims, docs[0], "at least 12")
    assert toll.id == claim_id(toll.text, "at least 12")
    # Story-independent: the same claim checked inside another selection of documents keeps its id.
    again = cross_check(docs[:2], {k: extractions[k] for k in ("wire", "copy")}, groups)
    assert claim_with(again, docs[0], "at least 12").id == toll.id
    for c in claims:
        for s in c.sources:
            text = next(d.text for d in docs if d.id == s.doc)
            assert 0 <= s.start < s.end <= len(text)


def test_corroborate_same_quote_from_independent_groups(fire) -> None:
    docs, extractions, groups = fire
    claims = cross_check(docs, extractions, groups)
    quoted = [c for c in claims if "lost friends" in (c.focus or "")]
    assert len(quoted) == 1
    assert quoted[0].status == "corroborated"
    assert {s.doc for s in quoted[0].sources} == {"wire", "copy", "local"}


# -- money for two purposes, one disputed --------------------------------------------------------

COUNCIL = (
    "The council approved a $1.46 billion budget that includes $4.2 million in extra money for the regional transit "
    "authority. The budget also includes $9 million for a new branch library in Eastfield. Under the plan, the "
    "$4.2 million would go to the transit authority as a one-time payment."
)
COAST_WIRE = "The council's budget includes $4.2 million for the region's transit authority, officials said."
COURIER = (
    "Negotiators for the regional transit authority returned to talks on Wednesday, hours after the council approved "
    "a budget that sets aside $3.8 million to help pay for a new contract."
)


def test_corroborate_money_conflict_and_purposes() -> None:
    council = make_doc("council", COUNCIL, "City Ledger", "2025-03-11")
    coast = make_doc("coast", COAST_WIRE, "Coast Wire", "2025-03-11T23:10:00-05:00")
    courier = make_doc("courier", COURIER, "Valley Courier", "2025-03-12")
    usd = {"unit": "USD"}
    extractions = {
        "council": extraction(
            council,
            figure(council, "$1.46 billion", 1.46e9, "budget", "approve", **usd),
            figure(
                council, "$4.2 million in", 4.2e6, None, "include", purpose="for the regional transit authority", **usd
            ),
            figure(council, "$9 million", 9e6, None, "include", purpose="for a new branch library in Eastfield", **usd),
            figure(council, "$4.2 million would", 4.2e6, None, "go", purpose="to the transit authority", **usd),
        ),
        "coast": extraction(
            coast,
            figure(coast, "$4.2 million", 4.2e6, None, "include", purpose="for the region's transit authority", **usd),
        ),
        "courier": extraction(
            courier,
            figure(courier, "$3.8 million", 3.8e6, None, "set aside", purpose="to help pay for a new contract", **usd),
        ),
    }
    claims = cross_check([council, coast, courier], extractions, {})
    extra = claim_with(claims, council, "$4.2 million in")
    # A restatement in the same article is the same claim, and the wire agrees with it.
    assert {(s.doc, s.start) for s in extra.sources} >= {("council", COUNCIL.index("$4.2 million would"))}
    assert {s.doc for s in extra.sources} == {"council", "coast"}
    other = claim_with(claims, courier, "$3.8 million")
    assert extra.status == other.status == "conflicting"
    assert extra.conflicts_with == (other.id,)
    # The library money and the whole budget are other quantities.
    assert claim_with(claims, council, "$9 million").conflicts_with == ()
    assert claims_citing(claims, council, "$1.46 billion") == [] or all(
        c.conflicts_with == () for c in claims_citing(claims, council, "$1.46 billion")
    )


def test_corroborate_an_amount_that_says_nothing_of_what_it_is_disputes_nothing() -> None:
    # "about $6 billion" is the total of several plans; nothing says it is the $1.8 billion plan.
    post = make_doc("post", "The governor proposed a $1.8 billion plan on Wednesday to expand preschool.", "Post",
                    "2025-04-28")
    ledger = make_doc("ledger", "The governor unveiled another plan, bringing the total she has proposed this year "
                      "to about $6 billion.", "Ledger", "2025-04-28")
    usd = {"unit": "USD"}
    extractions = {
        "post": extraction(post, figure(post, "$1.8 billion", 1.8e9, "plan", "propose", **usd)),
        "ledger": extraction(ledger, figure(ledger, "about $6 billion", 6e9, None, "propose", hedge="approx", **usd)),
    }
    claims = cross_check([post, ledger], extractions, {})
    assert all(c.status != "conflicting" for c in claims)


def test_corroborate_a_change_that_says_nothing_of_what_changed_disputes_nothing() -> None:
    # Two weekly reports each give "a decrease of" some number; nothing says it is the same series.
    wire = make_doc("wire", "The average was 412,000, a decrease of 12,500 from the week before.", "Wire",
                    "2025-05-13")
    daily = make_doc("daily", "Claims were reported as a decrease of 31,000 from the week before.", "Daily",
                     "2025-05-13")
    extractions = {
        "wire": extraction(wire, figure(wire, "12,500", 12500, "decrease", "decrease")),
        "daily": extraction(daily, figure(daily, "31,000", 31000, "decrease", "decrease")),
    }
    claims = cross_check([wire, daily], extractions, {})
    assert all(c.status != "conflicting" for c in claims)


# -- a flood: a real disagreement, and figures that change over days -------------------------------


def test_corroborate_evacuee_conflict_and_updates_over_days() -> None:
    a = make_doc(
        "a", "More than 1,500 residents were ordered to leave their homes on Wednesday.", "Granite Times", "2025-03-13"
    )
    b = make_doc(
        "b", "The flood forced about 2,000 residents from their homes, officials said.", "Coast Wire", "2025-03-13"
    )
    c = make_doc(
        "c", "Crews had restored power to all but about 400 homes by Saturday.", "Northgate Daily", "2025-03-15"
    )
    d = make_doc(
        "d", "Crews have restored power to all but about 60 homes, the utility said.", "Valley Courier", "2025-03-17"
    )
    e = make_doc("e", "Officials said at least 350 homes had been damaged.", "Northgate Daily", "2025-03-15")
    f = make_doc(
        "f", "The number of homes found to be damaged had risen to 412, officials said.", "Valley Courier", "2025-03-17"
    )
    extractions = {
        "a": extraction(a, figure(a, "More than 1,500", 1500, "residents", "leave home", "lower")),
        "b": extraction(b, figure(b, "about 2,000", 2000, "residents", "force home", "approx")),
        "c": extraction(c, figure(c, "about 400", 400, "homes", "restore power", "approx", scope="state")),
        "d": extraction(d, figure(d, "about 60", 60, "homes", "restore power", "approx", scope="state")),
        "e": extraction(e, figure(e, "at least 350", 350, "homes", "damage", "lower")),
        "f": extraction(f, figure(f, "412", 412, None, "damage", revised=True)),
    }
    claims = cross_check([a, b, c, d, e, f], extractions, {})
    fifteen, two = claim_with(claims, a, "More than 1,500"), claim_with(claims, b, "about 2,000")
    assert fifteen.status == two.status == "conflicting" and fifteen.conflicts_with == (two.id,)
    # Homes without power two days apart: a snapshot that moved, not a conflict.
    before, after = claim_with(claims, c, "about 400"), claim_with(claims, d, "about 60")
    assert before.status == after.status == "single-source"
    assert before.superseded_by == after.id and "about 60" in (before.note or "")
    # "had risen to 412" reports its own revision of "at least 350".
    damaged, risen = claim_with(claims, e, "at least 350"), claim_with(claims, f, "412")
    assert damaged.status == "single-source" and damaged.superseded_by == risen.id
    assert risen.superseded_by is None and risen.conflicts_with == ()


def test_corroborate_same_document_whole_and_part() -> None:
    doc = make_doc(
        "solo",
        "At least 40 people were injured in the crash. Paramedics said 34 people were taken to hospital.",
        "Metro News",
        "2025-04-01",
    )
    ex = extraction(
        doc,
        figure(doc, "At least 40", 40, "people", "injure", "lower"),
        figure(doc, "34", 34, "people", "hospitalize"),
    )
    claims = cross_check([doc], {"solo": ex}, {})
    # A report does not contradict itself: the smaller count is a part of the larger one.
    assert [c.status for c in claims] == ["single-source"]
    assert claims_citing(claims, doc, "34") == []


def test_corroborate_single_source_needs_a_clear_quantity() -> None:
    assert cross_check([], {}, {}) == ()
    doc = make_doc(
        "solo",
        "The company said it would cut 1,200 jobs by March. Its chief executive lives four blocks from the plant.",
        "Business Wire",
    )
    ex = extraction(
        doc,
        figure(doc, "1,200", 1200, "jobs", "cut"),
        figure(doc, "four", 4, "blocks", "live"),
    )
    (claim,) = cross_check([doc], {"solo": ex}, {})
    assert claim.status == "single-source"
    assert claim.text == "The company said it would cut 1,200 jobs by March."
    # a vague count is too little to list on one source's word
    vague = make_doc("vague", "The company said it would cut hundreds of jobs by March.", "Business Wire")
    assert cross_check([vague], {"vague": extraction(vague, figure(vague, "hundreds", 200, "jobs", "cut"))}, {}) == ()


@pytest.mark.parametrize(
    ("text", "hedge", "value", "upper", "bounds"),
    [
        ("5", "exact", 5, None, (5, 5)),
        ("at least 12", "lower", 12, None, (12, 13.8)),
        ("as many as 40", "upper", 40, None, (34, 40)),
        ("about 300", "approx", 300, None, (270, 330)),
        ("10 to 15", "exact", 10, 15, (10, 15)),
        ("hundreds", "lower", 200, None, (200, 1000)),
    ],
)
def test_corroborate_figure_bounds(
    text: str, hedge: str, value: float, upper: float | None, bounds: tuple[float, float]
) -> None:
    f = Figure(doc="d", text=text, value=value, unit=None, about="x", hedge=hedge, start=0, end=1, upper=upper)  # type: ignore[arg-type]
    assert figure_bounds(f) == pytest.approx(bounds)


def test_corroborate_concepts_and_nouns() -> None:
    assert event_concept("kill") == event_concept("die") == event_concept("death toll") == "death"
    assert event_concept("treat") == event_concept("injure") == "injury"
    assert event_concept("leave home") == event_concept("evacuate") == "displacement"
    assert event_concept("leave") is None  # "left 210,000 riders looking for a way to work"
    assert event_concept("set aside") == event_concept("include") == "allocation"
    assert counted_noun("plant’s workers") == counted_noun("people") == "person"
    assert counted_noun("homes") == "home" and counted_noun(None) is None
    assert lemma("casualties") == "casualty" and lemma("stopped") == "stop"


# -- the bundled corpus (spaCy) ----------------------------------------------------------------


@pytest.mark.model
def test_corroborate_bundled_corpus_conflicts(tmp_path: Path) -> None:
    from newsfuse.link import find_duplicates
    from newsfuse.link.dedup import syndication_groups
    from newsfuse.pipeline import RunReport, ingest_into, process_pending
    from newsfuse.store import Store

    notes = json.loads((EXAMPLES / "corpus_notes.json").read_text(encoding="utf-8"))
    with Store(tmp_path / "c.db") as store:
        report = RunReport()
        ingest_into(store, [EXAMPLES / "corpus"], report)
        process_pending(store, report)
        documents = store.documents()
        extractions = store.extractions()
    groups = syndication_groups(documents, find_duplicates(documents))

    def key(doc: Document) -> str:
        name = Path(doc.source_path.split(":")[0].split("#")[0]).name
        return f"{name}#{doc.external_id}" if name.endswith(".jsonl") else name

    by_key = {key(d): d for d in documents}
    texts = {d.id: d.text for d in documents}
    all_claims: list[tuple[int, Claim]] = []
    for number, event in enumerate(notes["events"]):
        keys = list(event["files"]) + [f"feed.jsonl#{r}" for r in event.get("feed_records", [])]
        docs = sorted((by_key[k] for k in keys), key=lambda d: (d.published or "", d.id))
        all_claims += [(number, c) for c in cross_check(docs, {d.id: extractions[d.id] for d in docs}, groups)]
    by_id = {c.id: c for _, c in all_claims}

    values_at = {(f.doc, f.start): f.value for ex in extractions.values() for f in ex.figures}

    def cited(claim: Claim) -> str:
        return " ".join(texts[s.doc][s.start : s.end] for s in claim.sources)

    def values(claim: Claim) -> set[float | None]:
        return {values_at.get((s.doc, s.start)) for s in claim.sources}

    for planted in notes["conflicting_figures"]:
        planted_values = sorted({float(v["value"]) for v in planted["values"]})
        low, high = planted_values[0], planted_values[-1]
        pairs = [
            (c, by_id[other])
            for event, c in all_claims
            if event == planted["event"] and c.status == "conflicting"
            for other in c.conflicts_with
        ]
        assert any(low in values(a) and high in values(b) for a, b in pairs), (
            f"planted conflict not found: {planted['quantity']} ({low:g} vs {high:g})"
        )
    # No conflict sets a total against a part ("Two of the victims") or a town's population.
    for _, c in all_claims:
        for span in c.sources if c.status == "conflicting" else ():
            before, after = texts[span.doc][max(0, span.start - 30) : span.start], texts[span.doc][span.end :]
            assert not re.search(r"(?i)\b(?:town|village|region|city) of\s*$", before), (c.text, cited(c))
            assert not re.match(r"(?i)\s+of (?:the|them|those|her|his|its)\b", after), (c.text, cited(c))
    conflicting = [c for _, c in all_claims if c.status == "conflicting"]
    assert len(conflicting) <= 2 * len(notes["conflicting_figures"]) + 2, [c.text for c in conflicting]


def test_corroborate_counts_given_for_different_days_are_updates_not_conflicts() -> None:
    # Published the same day: only the dates the figures are given for tell them apart.
    a = make_doc("a", "As of Monday, 12 workers had died in the blast.", "Granite Times", "2025-03-12")
    b = make_doc("b", "As of Tuesday, 14 workers had died in the blast, officials said.", "Coast Wire", "2025-03-12")
    c = make_doc("c", "Officials said 17 workers had died in the blast.", "Valley Courier", "2025-03-12")
    extractions = {
        "a": extraction(a, replace(figure(a, "12", 12, "workers", "die"), as_of="2025-03-10")),
        "b": extraction(b, replace(figure(b, "14", 14, "workers", "die"), as_of="2025-03-11")),
        "c": extraction(c, figure(c, "17", 17, "workers", "die")),
    }
    claims = cross_check([a, b, c], extractions, {})
    monday, tuesday = claim_with(claims, a, "12"), claim_with(claims, b, "14")
    assert tuesday.id not in monday.conflicts_with and monday.id not in tuesday.conflicts_with
    assert monday.superseded_by == tuesday.id
    # Without a date of its own, a different count the same day still disputes them.
    undated = claim_with(claims, c, "17")
    assert undated.status == "conflicting" and tuesday.id in undated.conflicts_with


def test_corroborate_claims_name_what_they_cross_check() -> None:
    # One sentence, two figures: two claims with the same text, told apart by their focus.
    text_a = "The package would cost $950 billion over eight years and include $410 billion in new spending."
    text_b = "Senators said the plan costs $950 billion in all, with $410 billion in new spending."
    a, b = make_doc("a", text_a, "Metro Times"), make_doc("b", text_b, "Plains Herald")
    usd = {"unit": "USD"}
    extractions = {
        "a": extraction(
            a, figure(a, "$950 billion", 9.5e11, None, "cost", **usd), figure(a, "$410 billion", 4.1e11, None, "include", **usd)
        ),
        "b": extraction(
            b, figure(b, "$950 billion", 9.5e11, None, "cost", **usd), figure(b, "$410 billion", 4.1e11, None, "include", **usd)
        ),
    }
    claims = cross_check([a, b], extractions, {})
    cost, spending = claim_with(claims, a, "$950 billion"), claim_with(claims, a, "$410 billion")
    assert cost.text == spending.text == text_a
    assert (cost.focus, spending.focus) == ("$950 billion", "$410 billion")
    for claim in (cost, spending):
        assert claim.text[claim.focus_start : claim.focus_start + len(claim.focus)] == claim.focus


def test_corroborate_quote_claim_focus_is_the_quotation(fire) -> None:
    docs, extractions, groups = fire
    quoted = next(c for c in cross_check(docs, extractions, groups) if "lost friends" in c.text)
    assert quoted.focus == "We lost friends today,"
    assert quoted.text[quoted.focus_start :].startswith(quoted.focus)


def test_corroborate_counts_dated_to_different_periods_are_different_events() -> None:
    # A background count from another year is neither a dispute with this week's toll nor its update.
    now = make_doc("now", "A gunman killed 11 people at a nightclub in Arden last week, police said.", "Arden Post")
    then = make_doc("then", "In 2016 a gunman killed 23 people at a concert hall in Arden.", "Valley Times")
    agree = make_doc("agree", "The shooting last week killed 23 people, officials said.", "Metro Daily")
    extractions = {
        "now": extraction(now, replace(figure(now, "11", 11, "people", "kill"), as_of="2024-W10")),
        "then": extraction(then, replace(figure(then, "23", 23, "people", "kill"), as_of="2016")),
        "agree": extraction(agree, replace(figure(agree, "23", 23, "people", "kill"), as_of="2024-W10")),
    }
    claims = cross_check([now, then, agree], extractions, {})
    background = claim_with(claims, then, "23")
    assert background.conflicts_with == () and background.superseded_by is None
    assert {s.doc for s in background.sources} == {"then"}  # not corroborated by this week's 23
    # this week's two counts do disagree
    assert claim_with(claims, now, "11").conflicts_with == (claim_with(claims, agree, "23").id,)


@pytest.mark.model
def test_corroborate_breakdown_items_are_parts_not_totals(nlp) -> None:
    from newsfuse.extract import extract_document

    text = "The jury convicted Hale of four counts of bank fraud, three counts of tax fraud and one count of perjury."
    figures = {f.text: f for f in extract_document(nlp(text), doc_id="d", published="2024-05-01").figures}
    assert figures["four"].scope == figures["three"].scope == "part"
    alone = extract_document(nlp("Hale was convicted on eight counts of fraud."), doc_id="e", published="2024-05-01")
    assert alone.figures[0].scope == "total"


def test_corroborate_unstated_count_is_not_set_against_a_named_group() -> None:
    a = make_doc("a", "Forty-one Republicans voted with all Democrats, while 150 voted against it.", "Capitol Wire")
    b = make_doc("b", "Forty-one Republicans joined 212 Democrats in support of the bill.", "Beltway Daily")
    extractions = {
        "a": extraction(a, figure(a, "Forty-one", 41, "Republicans", "vote"), figure(a, "150", 150, None, "vote")),
        "b": extraction(b, figure(b, "Forty-one", 41, "Republicans", "vote"), figure(b, "212", 212, "Democrats", "vote")),
    }
    claims = cross_check([a, b], extractions, {})
    assert all(c.status != "conflicting" for c in claims)
    assert claim_with(claims, a, "Forty-one").status == "corroborated"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll rose to 14 on Tuesday from 12 on Monday.", {"14": "2025-05-06", "12": "2025-05-05"}),
        ("Police arrested 12 people on Monday and 10 people on Tuesday.", {"12": "2025-05-05", "10": "2025-05-06"}),
        # the closest governing verb dates the figure, not the day it was said
        ("Payrolls grew by 150,000 in April as the jobless rate fell to 3.9%, the agency said Friday.",
         {"150,000": "2025-04", "3.9%": "2025-04"}),
        # "in March" belongs to the 4.4% it follows
        ("The report showed the jobless rate fell to 3.9% from 4.4% in March.", {"3.9%": None, "4.4%": "2025-03"}),
        # the end of the period it is measured over dates it, not the day the figure was reported
        ("Consumer prices rose 4.2% in the 12 months ending in April, the agency reported Thursday.",
         {"4.2%": "2025-04"}),
        ("Rents climbed 7% in the year ended in March, the survey showed on Monday.", {"7%": "2025-03"}),
    ],
)
def test_figure_date_is_the_nearest_date_of_its_own_clause(nlp, text: str, expected: dict[str, str]) -> None:
    from newsfuse.extract import extract_document

    figures = extract_document(nlp(text), doc_id="d", published="2025-05-09").figures
    assert {f.text: f.as_of for f in figures} == expected


def test_cross_check_a_level_reached_up_or_down_is_one_quantity_and_a_change_another() -> None:
    a = make_doc("a", "The jobless rate fell to 3.9% in April.", "Capitol Wire", "2025-05-02")
    b = make_doc("b", "The jobless rate declined to 3.9% last month.", "Beltway Daily", "2025-05-02")
    c = make_doc("c", "The jobless rate rose 3.9% over the year.", "Harbor Post", "2025-05-02")
    extractions = {
        "a": extraction(a, figure(a, "3.9%", 3.9, "jobless rate", "fall", unit="%")),
        "b": extraction(b, figure(b, "3.9%", 3.9, "jobless rate", "decline", unit="%")),
        "c": extraction(c, figure(c, "3.9%", 3.9, "jobless rate", "rise", unit="%")),
    }
    claims = cross_check([a, b, c], extractions, {})
    level = claim_with(claims, a, "3.9%")
    assert level.status == "corroborated"
    assert {s.doc for s in level.sources} == {"a", "b"}


def test_cross_check_two_vague_amounts_never_conflict() -> None:
    a = make_doc("a", "The governor asked for tens of billions of dollars in storm relief.", "Capitol Wire", "2025-05-02")
    b = make_doc("b", "The governor asked for billions of dollars in storm relief.", "Beltway Daily", "2025-05-02")
    extractions = {
        "a": extraction(a, figure(a, "tens of billions", 2e10, "dollars", "ask", unit="$")),
        "b": extraction(b, figure(b, "billions", 2e9, "dollars", "ask", unit="$")),
    }
    claims = cross_check([a, b], extractions, {})
    assert all(c.status != "conflicting" for c in claims)


def test_cross_check_a_definite_head_count_is_not_listed_on_one_source() -> None:
    doc = make_doc("a", "Prosecutors arrested all four officers on Wednesday. Police arrested 23 protesters overnight.",
                   "Capitol Wire", "2025-05-02")
    extractions = {
        "a": extraction(doc, figure(doc, "four", 4, "officers", "arrest"), figure(doc, "23", 23, "protesters", "arrest")),
    }
    claims = cross_check([doc], extractions, {})
    assert claims_citing(claims, doc, "four") == []
    assert claim_with(claims, doc, "23").status == "single-source"


@pytest.mark.model
def test_corroborate_officers_who_fired_shots_are_not_officers_who_were_fired(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsfuse.extract import extract_document

    # Seen on a real story: these two had been a "conflicting" claim (six against four officers fired).
    texts = {"a": "The sergeant was one of six officers who fired their weapons in the 2006 shooting of a suspect.",
             "b": "Four city police officers were fired on Tuesday over the death of the man."}
    docs = [make_doc(i, t, "Outlet " + i, "2020-05-27") for i, t in texts.items()]
    extractions = {d.id: extract_document(nlp(d.text), doc_id=d.id, published="2020-05-27") for d in docs}
    assert event_concept("fire weapon") == "shooting" and event_concept("fire") == "layoff"
    assert all(c.status != "conflicting" for c in cross_check(docs, extractions, {}))


def test_cross_check_two_different_percentage_changes_are_two_measures() -> None:
    # "rose 0.7%" on the month and "rose 4.8%" on the year: different bases, no dispute, no update
    a = make_doc("a", "Grocery prices rose 4.8% in March from a year earlier.", "Capitol Wire", "2025-04-10")
    b = make_doc("b", "Grocery prices rose 0.7% in March, the agency said.", "Beltway Daily", "2025-04-10")
    c = make_doc("c", "Grocery prices rose 0.7% last month.", "Harbor Post", "2025-04-10")
    extractions = {
        "a": extraction(a, figure(a, "4.8%", 4.8, "grocery prices", "rise", unit="%", revised=True)),
        "b": extraction(b, figure(b, "0.7%", 0.7, "grocery prices", "rise", unit="%", revised=True)),
        "c": extraction(c, figure(c, "0.7%", 0.7, "grocery prices", "rise", unit="%", revised=True)),
    }
    claims = cross_check([a, b, c], extractions, {})
    assert all(c.status != "conflicting" and c.superseded_by is None for c in claims)
    assert claim_with(claims, b, "0.7%").status == "corroborated"
    one_doc = make_doc("d", "Grocery prices rose 4.8% from a year earlier and 0.7% from February.", "Capitol Wire",
                       "2025-04-10")
    extractions = {"d": extraction(one_doc, figure(one_doc, "4.8%", 4.8, "grocery prices", "rise", unit="%"),
                                   figure(one_doc, "0.7%", 0.7, "grocery prices", "rise", unit="%"))}
    kept = cross_check([one_doc], extractions, {})
    assert claims_citing(kept, one_doc, "0.7%") != []  # not dropped as a part of the 4.8% rise


def test_cross_check_counts_far_apart_at_one_time_are_not_a_conflict() -> None:
    # a count at one shelter and the county's toll: a part and its whole, not a dispute
    a = make_doc("a", "Floodwaters swept through a shelter, killing 9.", "Capitol Wire", "2025-04-10")
    b = make_doc("b", "More than 60 people died in Marlow county, police said.", "Beltway Daily", "2025-04-10")
    c = make_doc("c", "The floods killed 75 people, officials said.", "Harbor Post", "2025-04-10")
    extractions = {
        "a": extraction(a, figure(a, "9", 9, None, "kill")),
        "b": extraction(b, figure(b, "More than 60", 60, "people", "die", "lower")),
        "c": extraction(c, figure(c, "75", 75, "people", "kill")),
    }
    claims = cross_check([a, b, c], extractions, {})
    assert all(c.status != "conflicting" for c in claims_citing(claims, a, "9"))
    assert claim_with(claims, c, "75").status == "conflicting"  # 60-69 against 75 at one time: a dispute


def test_corroborate_an_article_repeating_a_quotation_is_cited_once() -> None:
    a = make_doc("a", 'The mayor said it was "a shame for the whole city" to close the pier. "It is a shame for the whole '
                 'city, and we will fix it," she told reporters.', "Capitol Wire", "2025-04-10")
    b = make_doc("b", 'The mayor called the closure "a shame for the whole city" on Tuesday.', "Beltway Daily",
                 "2025-04-10")
    extractions = {
        "a": extraction(a, quotes=(quote(a, "a shame for the whole city"),
                                   quote(a, "It is a shame for the whole city, and we will fix it,"))),
        "b": extraction(b, quotes=(quote(b, "a shame for the whole city"),)),
    }
    claims = cross_check([a, b], extractions, {})
    quoted = [c for c in claims if c.status == "corroborated"]
    assert len(quoted) == 1
    assert [s.doc for s in quoted[0].sources] == ["a", "b"]
    assert quoted[0].sources[0].start == a.text.index("a shame")


def test_corroborate_counts_for_two_places_neither_conflict_nor_update() -> None:
    from newsfuse.records import Mention

    def place(doc: Document, name: str) -> Mention:
        start = doc.text.index(name)
        return Mention(doc=doc.id, start=start, end=start + len(name), text=name, type="GPE", cluster=0)

    a = make_doc("a", "On Friday, officials gave a death toll of 41 for Veldmark province.", "Capitol Wire", "2025-04-10")
    b = make_doc("b", "The death toll in Ostland climbed to at least 97 on Saturday.", "Beltway Daily", "2025-04-11")
    c = make_doc("c", "The death toll in Ostland stood at 80 on Saturday.", "Harbor Post", "2025-04-11")
    fa = figure(a, "41", 41, "death toll", "death toll")
    fb = figure(b, "at least 97", 97, "death toll", "death toll", "lower")
    fc = figure(c, "80", 80, "death toll", "death toll")
    extractions = {
        "a": Extraction(doc="a", figures=(fa,), mentions=(place(a, "Veldmark"),), sentences=sentences(a.text)),
        "b": Extraction(doc="b", figures=(fb,), mentions=(place(b, "Ostland"),), sentences=sentences(b.text)),
        "c": Extraction(doc="c", figures=(fc,), mentions=(place(c, "Ostland"),), sentences=sentences(c.text)),
    }
    claims = cross_check([a, b, c], extractions, {})
    veldmark = claim_with(claims, a, "41")
    assert veldmark.superseded_by is None and veldmark.status != "conflicting"
    assert claim_with(claims, c, "80").status == "conflicting"  # one place, one day, 80 against 97-111


def test_corroborate_one_precise_figure_in_other_words_agrees() -> None:
    a = make_doc("a", "Initial claims rose to 418,000 last week, the ministry said.", "Capitol Wire", "2025-04-10")
    b = make_doc("b", "New filings for jobless aid climbed to 418,000 last week.", "Beltway Daily", "2025-04-10")
    c = make_doc("c", "About 20,000 workers rallied while 20,000 fans cheered.", "Harbor Post", "2025-04-10")
    extractions = {
        "a": extraction(a, figure(a, "418,000", 418000, "claims", "rise")),
        "b": extraction(b, figure(b, "418,000", 418000, "filings", "climb")),
        "c": extraction(c, figure(c, "About 20,000", 20000, "workers", "rally", "approx")),
    }
    claims = cross_check([a, b, c], extractions, {})
    same = claim_with(claims, a, "418,000")
    assert same.status == "corroborated" and {s.doc for s in same.sources} == {"a", "b"}


def test_corroborate_a_quoted_title_is_no_statement() -> None:
    a = make_doc("a", 'Her new book, "Harbour Lights: Notes on the Future of Our Towns," comes out in May.',
                 "Capitol Wire", "2025-04-10")
    b = make_doc("b", 'She will publish "Harbour Lights: Notes on the Future of Our Towns" in May.', "Beltway Daily",
                 "2025-04-10")
    title = "Harbour Lights: Notes on the Future of Our Towns"
    extractions = {"a": extraction(a, quotes=(quote(a, title),)), "b": extraction(b, quotes=(quote(b, title),))}
    assert cross_check([a, b], extractions, {}) == ()


def test_cross_check_a_definite_count_with_an_adjective_is_not_listed_on_one_source() -> None:
    doc = make_doc("a", "Prosecutors charged the remaining 12 suspects on Wednesday. Police arrested 23 protesters "
                   "overnight.", "Capitol Wire", "2025-05-02")
    extractions = {
        "a": extraction(doc, figure(doc, "12", 12, "suspects", "arrest"), figure(doc, "23", 23, "protesters", "arrest")),
    }
    claims = cross_check([doc], extractions, {})
    assert claims_citing(claims, doc, "12") == []
    assert claim_with(claims, doc, "23").status == "single-source"


def test_cross_check_the_level_a_change_starts_from_is_neither_the_change_nor_the_new_level() -> None:
    # "rose by 5 to 14" and "climbed to 14 from 12": the 12 is where the toll stood before, not a
    # rise of 12 to set against a rise of 5
    a = make_doc("a", "The death toll rose by 5 to 14 on Tuesday, officials said.", "Capitol Wire", "2025-05-06")
    b = make_doc("b", "The death toll climbed to 14 from 12, the coroner said.", "Beltway Daily", "2025-05-06")
    extractions = {
        "a": extraction(a, figure(a, "5", 5, "death toll", "rise"), figure(a, "14", 14, "death toll", "rise")),
        "b": extraction(b, figure(b, "14", 14, "death toll", "climb"), figure(b, "12", 12, "death toll", "climb")),
    }
    claims = cross_check([a, b], extractions, {})
    assert all(c.status != "conflicting" for c in claims)
    assert claim_with(claims, a, "14").status == "corroborated"


def test_cross_check_a_level_reached_with_an_adjective_before_it_is_a_level() -> None:
    # "to a seasonally adjusted 373,000" is the new level as much as "to 373,000"
    a = make_doc("a", "Jobless claims rose by 2,000 last week to a seasonally adjusted 373,000.", "Capitol Wire",
                 "2025-07-10")
    b = make_doc("b", "Jobless claims increased by 2,000 from the previous week to 373,000.", "Beltway Daily",
                 "2025-07-10")
    extractions = {
        "a": extraction(a, figure(a, "2,000", 2000, "jobless claims", "rise"),
                        figure(a, "373,000", 373000, "jobless claims", "rise")),
        "b": extraction(b, figure(b, "2,000", 2000, "jobless claims", "increase"),
                        figure(b, "373,000", 373000, "jobless claims", "increase")),
    }
    claims = cross_check([a, b], extractions, {})
    level = claim_with(claims, a, "373,000")
    assert level.status == "corroborated" and {s.doc for s in level.sources} == {"a", "b"}
    assert claim_with(claims, a, "2,000").status == "corroborated"


def test_cross_check_a_change_is_not_dropped_as_a_part_of_its_starting_level() -> None:
    # one article: "fell 92,000 from 590,000" is a drop and the level before it, not a part and its whole
    a = make_doc("a", "Jobless claims fell 92,000 last week from 590,000 the week before.", "Capitol Wire", "2025-05-06")
    b = make_doc("b", "Jobless claims fell by 92,000 last week, the agency said.", "Beltway Daily", "2025-05-06")
    extractions = {
        "a": extraction(a, figure(a, "92,000", 92000, "jobless claims", "fall"),
                        figure(a, "590,000", 590000, "jobless claims", "fall")),
        "b": extraction(b, figure(b, "92,000", 92000, "jobless claims", "fall")),
    }
    claims = cross_check([a, b], extractions, {})
    assert claim_with(claims, a, "92,000").status == "corroborated"


@pytest.mark.model
def test_corroborate_a_count_after_including_is_a_part_not_a_rival_total(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsfuse.extract import extract_document

    # "the death toll, including 12 civilians": the 12 are among the dead; set against another
    # outlet's "killed 13 people" it had made a conflict of a part and a total
    texts = {"a": "The blast killed 14 people, including 11 soldiers and two medics, officials said.",
             "b": "The death toll, including 12 civilians, rose to 15 on Thursday.",
             "c": "The attack killed 13 people, the army said.",
             "d": "The agenda includes several bills, including a $3.5 trillion spending plan."}
    docs = [make_doc(i, t, "Outlet " + i, "2025-05-09") for i, t in texts.items()]
    extractions = {d.id: extract_document(nlp(d.text), doc_id=d.id, published="2025-05-09") for d in docs}
    scopes = {f.text: f.scope for e in extractions.values() for f in e.figures}
    assert scopes["11"] == scopes["two"] == scopes["12"] == "part"
    assert scopes["14"] == scopes["15"] == scopes["13"] == "total"
    assert scopes["$3.5 trillion"] == "total"  # an item's amount is its own total ("the $3.5 trillion plan")
    assert all(c.status != "conflicting" for c in cross_check(docs[1:3], extractions, {}))


@pytest.mark.model
def test_corroborate_a_count_of_an_earlier_event_is_background_not_a_rival(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsfuse.extract import extract_document

    # "days after two blasts killed 13 soldiers" dates the story's event against an earlier one: the
    # 13 are that earlier event's dead, not a rival to another outlet's "killed 10 people"
    texts = {"a": "A missile strike in Varna killed 10 people, the ministry said on Friday.",
             "b": "The general had called the attack a justified strike, days after two blasts at the port killed 13 people.",
             "c": "The memorial was held weeks after the flood that killed 300 people.",
             "d": "It was the worst shooting since the 2019 attack that left 51 dead.",
             "e": "After the rescue ended, the toll rose to 13.",
             "f": "Police arrested the man hours after he stabbed four people.",
             "g": "The army spoke on Tuesday, a day after the strike killed nine civilians."}
    docs = [make_doc(i, t, "Outlet " + i, "2025-05-09") for i, t in texts.items()]
    extractions = {d.id: extract_document(nlp(d.text), doc_id=d.id, published="2025-05-09") for d in docs}
    scopes = {(e.doc, f.text): f.scope for e in extractions.values() for f in e.figures}
    assert scopes[("b", "13")] == scopes[("c", "300")] == scopes[("d", "51")] == "background"
    # the main clause's count, a same-day "after" and a bare "hours after" stay the story's own
    assert scopes[("e", "13")] == scopes[("f", "four")] == scopes[("g", "nine")] == scopes[("a", "10")] == "total"
    assert all(c.status != "conflicting" for c in cross_check(docs[:2], extractions, {}))


def test_corroborate_a_quote_claim_states_only_the_words_every_source_prints() -> None:
    # one outlet prints the longer quotation, the other its first half: what both print is the half,
    # so the claim must not read as if both said "and nobody will stop us"
    a = make_doc("a", "\u201cWe will rebuild the pier this summer, and nobody will stop us,\u201d the mayor said.",
                 "Capitol Wire", "2025-04-10")
    b = make_doc("b", "\u201cWe will rebuild the pier this summer,\u201d the mayor told reporters on Tuesday.",
                 "Beltway Daily", "2025-04-10")
    extractions = {
        "a": extraction(a, quotes=(quote(a, "We will rebuild the pier this summer, and nobody will stop us,"),)),
        "b": extraction(b, quotes=(quote(b, "We will rebuild the pier this summer,"),)),
    }
    claims = cross_check([a, b], extractions, {})
    assert len(claims) == 1 and claims[0].status == "corroborated"
    assert {s.doc for s in claims[0].sources} == {"a", "b"}
    assert "nobody will stop us" not in claims[0].text
    assert claims[0].focus == "We will rebuild the pier this summer,"


def test_corroborate_two_outlets_writing_thousands_corroborate_no_number() -> None:
    # "thousands" in one quotation printed by two outlets had been a corroborated figure claim.
    a = make_doc("a", "The envoy resigned over the decision to deport thousands of refugees.", "Post", "2025-09-23")
    b = make_doc("b", "He quit over the decision to deport thousands of refugees, he wrote.", "Ledger", "2025-09-23")
    extractions = {
        "a": extraction(a, figure(a, "thousands", 2000, "refugees", "deport", hedge="lower")),
        "b": extraction(b, figure(b, "thousands", 2000, "refugees", "deport", hedge="lower")),
    }
    claims = cross_check([a, b], extractions, {})
    assert not any(c.focus == "thousands" for c in claims)


# -- a flood report and an article that lifted a sentence of it ----------------------------------

FLOOD_WIRE = (
    "Rescue teams in the river town of Velden searched flooded streets on Thursday. The flooding has forced 2,300 "
    "residents from their homes in the district since Tuesday, the regional emergency agency said. "
    "\u201cWe will rebuild every bridge before winter,\u201d Governor Lena Hart said at a news conference in Velden "
    "on Thursday afternoon."
)
# The Post's own lead and ending around two sentences lifted from the wire report.
FLOOD_POST = (
    "Velden's mayor asked the army for help as the river kept rising. The flooding has forced 2,300 residents from "
    "their homes in the district since Tuesday, the regional emergency agency said. Schools will stay closed. "
    "\"We will rebuild every bridge before winter,\" Governor Lena Hart said at a news conference in Velden on "
    "Thursday afternoon."
)
# The Ledger's own report: the same number and statement in its own words.
FLOOD_LEDGER = (
    "About 2,300 people have had to leave their homes, emergency officials told the Ledger. Hart promised: "
    "\u201cWe will rebuild every bridge before winter.\u201d"
)


def _flood(*names: str) -> tuple[list[Document], dict[str, Extraction]]:
    texts = {"wire": (FLOOD_WIRE, "Harbor Wire"), "post": (FLOOD_POST, "Velden Post"), "ledger": (FLOOD_LEDGER, "Ledger")}
    docs = [make_doc(n, texts[n][0], texts[n][1], "2025-10-02") for n in names]
    extractions = {
        d.id: extraction(
            d,
            figure(d, "2,300", 2300, "residents" if d.id != "ledger" else "people", "evacuate",
                   "exact" if d.id != "ledger" else "approx"),
            quotes=(quote(d, "We will rebuild every bridge before winter"),),
        )
        for d in docs
    }
    return docs, extractions


def test_corroborate_a_sentence_lifted_from_another_outlet_is_not_a_second_source() -> None:
    # The Post printed the wire's sentences word for word: one report, whatever the article around it.
    docs, extractions = _flood("wire", "post")
    claims = cross_check(docs, extractions, {})
    assert not [c for c in claims if c.status == "corroborated"]
    # An outlet writing the number and quoting the statement in its own words corroborates both.
    docs, extractions = _flood("wire", "post", "ledger")
    claims = cross_check(docs, extractions, {})
    assert claim_with(claims, docs[2], "2,300").status == "corroborated"
    quoted = [c for c in claims if c.focus and "rebuild every bridge" in c.focus]
    assert len(quoted) == 1 and quoted[0].status == "corroborated"


def test_corroborate_an_outlet_relaying_another_outlets_interview_is_not_a_second_source() -> None:
    times = make_doc("times", "Governor Lena Hart told the Velden Times on Friday that 2,300 residents had been "
                     "evacuated. \u201cWe will rebuild every bridge before winter,\u201d she said.", "Velden Times (News)")
    relay = make_doc("relay", "The governor said 2,300 residents had been evacuated, according to the Velden Times. "
                     "\u201cWe will rebuild every bridge before winter,\u201d Hart told the Velden Times.", "Daily Post")
    extractions = {
        d.id: extraction(d, figure(d, "2,300", 2300, "residents", "evacuate"),
                         quotes=(quote(d, "We will rebuild every bridge before winter"),))
        for d in (times, relay)
    }
    claims = cross_check([times, relay], extractions, {})
    # The Post relays what Hart told the Times: one report of the number and of the quotation.
    assert not [c for c in claims if c.status == "corroborated"]
    assert claim_with(claims, times, "2,300").status == "single-source"


def _place(doc: Document, name: str, nth: int = 0) -> Mention:
    start = [m.start() for m in re.finditer(re.escape(name), doc.text)][nth]
    return Mention(doc=doc.id, start=start, end=start + len(name), text=name, type="GPE", cluster=0)


def test_corroborate_one_place_of_an_enumeration_is_a_part_not_a_rival_total() -> None:
    # The Post counts Harlow's dead and then the county's other death; the wire counts the whole
    # Harlow area. Both name Harlow, but 6 is a part of "at least seven", not a dispute.
    wire = make_doc("wire", "Flash floods in the Harlow area killed at least seven people on Tuesday.", "Harbor Wire",
                    "2025-05-06")
    post = make_doc("post", "Six people died in Harlow, and a woman in her 60s died in Brenford after her car was "
                    "swept away.", "Velden Post", "2025-05-06")
    # Another outlet giving 11 dead for Harlow the same day still disputes the wire's count.
    daily = make_doc("daily", "The floods killed 11 people in Harlow on Tuesday.", "Daily Ledger", "2025-05-06")
    extractions = {
        "wire": Extraction(doc="wire", figures=(figure(wire, "at least seven", 7, "people", "kill", "lower"),),
                           mentions=(_place(wire, "Harlow"),), sentences=sentences(wire.text)),
        "post": Extraction(doc="post", figures=(figure(post, "Six", 6, "people", "die"),),
                           mentions=(_place(post, "Harlow"), _place(post, "Brenford")), sentences=sentences(post.text)),
        "daily": Extraction(doc="daily", figures=(figure(daily, "11", 11, "people", "kill"),),
                            mentions=(_place(daily, "Harlow"),), sentences=sentences(daily.text)),
    }
    claims = cross_check([wire, post], {k: extractions[k] for k in ("wire", "post")}, {})
    assert not [c for c in claims if c.status in ("conflicting", "corroborated")]
    assert claim_with(claims, post, "Six").status == "single-source"
    claims = cross_check([wire, daily], {k: extractions[k] for k in ("wire", "daily")}, {})
    assert claim_with(claims, daily, "11").status == "conflicting"


def test_corroborate_one_place_of_an_enumeration_still_agrees_with_an_equal_count() -> None:
    a = make_doc("a", "The blast at the Harlow depot killed 14 people, and a second blast in Brenford killed three.",
                 "Harbor Wire", "2025-05-06")
    b = make_doc("b", "An explosion killed 14 people in Harlow on Tuesday.", "Velden Post", "2025-05-06")
    extractions = {
        "a": Extraction(doc="a", figures=(figure(a, "14", 14, "people", "kill"),),
                        mentions=(_place(a, "Harlow"), _place(a, "Brenford")), sentences=sentences(a.text)),
        "b": Extraction(doc="b", figures=(figure(b, "14", 14, "people", "kill"),),
                        mentions=(_place(b, "Harlow"),), sentences=sentences(b.text)),
    }
    claims = cross_check([a, b], extractions, {})
    assert claim_with(claims, b, "14").status == "corroborated"


def test_corroborate_an_edited_copy_of_a_wire_sentence_is_not_a_second_source() -> None:
    # The Post printed an earlier version of the wire's sentence: two words changed, a name added.
    wire = make_doc("wire", "Mayor Hart is one of 12 candidates trying to win the nomination to take on Governor "
                    "Lind in next spring's election.", "Harbor Wire", "2025-03-02")
    post = make_doc("post", "Hart and Osei are among 12 candidates vying to win the nomination to take on Governor "
                    "Lind in the May 2026 election.", "Velden Post", "2025-03-03")
    # The Ledger reports the same field in its own words: a second source.
    ledger = make_doc("ledger", "Twelve candidates have filed, Hart among them, hoping to face Lind in May.", "Ledger",
                      "2025-03-03")

    def extractions_of(*docs: Document) -> dict[str, Extraction]:
        surface = {"wire": "12", "post": "12", "ledger": "Twelve"}
        return {d.id: extraction(d, figure(d, surface[d.id], 12, "candidates", "run")) for d in docs}

    claims = cross_check([wire, post], extractions_of(wire, post), {})
    assert not [c for c in claims if c.status == "corroborated"]
    claims = cross_check([wire, post, ledger], extractions_of(wire, post, ledger), {})
    assert claim_with(claims, ledger, "Twelve").status == "corroborated"


# -- a paragraph lifted from another article is the lender's report ---------------------------------

LENDER = (
    "A gas explosion destroyed a bakery in Corran on Friday morning.\n\n"
    '"Eleven people were hurt, three of them badly," said Fire Officer Ines Marr.'
)
BORROWER = (
    "Residents of Corran gathered outside the town hall on Saturday to ask for tighter gas checks.\n\n"
    '"Eleven people were hurt, three of them badly," said Fire Officer Ines Marr.\n\n'
    "The council said an inspection of the street's gas mains would begin next week."
)


def _lifted_story() -> tuple[list[Document], dict[str, Extraction], dict[str, str]]:
    lender = make_doc("lender", LENDER, "Corran Courier", "2025-09-05")
    borrower = make_doc("borrower", BORROWER, "Valley Voice", "2025-09-06")
    extractions = {
        d.id: extraction(
            d, figure(d, "Eleven", 11, "people", "hurt"),
            quotes=(quote(d, "Eleven people were hurt, three of them badly,"),),
        )
        for d in (lender, borrower)
    }
    return [lender, borrower], extractions, {"lender": "g-lender", "borrower": "g-borrower"}


def test_corroborate_a_lifted_paragraph_counts_for_its_lender() -> None:
    docs, extractions, groups = _lifted_story()
    # Two outlets printing one statement in their own words would be two sources ...
    assert any(c.status == "corroborated" for c in cross_check(docs, extractions, groups))
    # ... but the second outlet lifted the whole paragraph from the first (partial reuse): one report.
    start = BORROWER.index('"Eleven')
    lifted = {"borrower": [(start, BORROWER.index("\n\nThe council"), "lender")]}
    claims = cross_check(docs, extractions, groups, lifted=lifted)
    assert claims and all(c.status == "single-source" for c in claims)
    eleven = claim_with(claims, docs[0], "Eleven")
    assert {s.doc for s in eleven.sources} == {"lender", "borrower"}  # both still cited


def test_corroborate_an_article_and_the_paragraph_it_lifted_are_one_source_together() -> None:
    # The lender's article is in another story; the borrower repeats the lifted count in its own words.
    own = "Eleven people were hurt in the blast on Friday, the council said in a statement on Saturday."
    text = BORROWER.replace("Residents of Corran gathered", own + " Residents of Corran gathered")
    borrower = make_doc("borrower", text, "Valley Voice", "2025-09-06")
    figures = [figure(borrower, "Eleven", 11, "people", "hurt")]
    lifted_at = text.index('"Eleven')
    figures.append(replace(figures[0], start=lifted_at + 1, end=lifted_at + 7))
    extractions = {"borrower": extraction(borrower, *figures)}
    groups = {"borrower": "g-borrower", "lender": "g-lender"}
    lifted = {"borrower": [(lifted_at, text.index("\n\nThe council"), "lender")]}
    claims = cross_check([borrower], extractions, groups, lifted=lifted)
    assert claims and all(c.status == "single-source" for c in claims)


def test_cross_check_an_average_is_not_the_count_it_averages() -> None:
    # the week's count and its four-week moving average are two measures: the smaller is no part
    # of the larger, neither disputes nor updates the other, and the count still meets its copy
    a = make_doc("a", "Initial claims fell to 412,000 last week, the ministry said.", "Capitol Wire", "2025-04-10")
    b = make_doc("b", "Initial claims fell 25,000 to 412,000 last week. The four-week moving average — which "
                 "smooths out weekly swings — fell to 431,500.", "Beltway Daily", "2025-04-11")
    extractions = {
        "a": extraction(a, figure(a, "412,000", 412000, "claims", "fall")),
        "b": extraction(b, figure(b, "25,000", 25000, "claims", "fall"), figure(b, "412,000", 412000, "claims", "fall"),
                        figure(b, "431,500", 431500, None, "fall")),
    }
    claims = cross_check([a, b], extractions, {})
    count = claim_with(claims, a, "412,000")
    assert count.status == "corroborated" and {s.doc for s in count.sources} == {"a", "b"}
    assert count.superseded_by is None and count.note is None
    assert all(c.status != "conflicting" and c.superseded_by is None for c in claims)


def test_corroborate_a_quotation_of_two_sentences_is_shown_whole() -> None:
    said = "We will rebuild the pier this summer. Nobody will stop us"
    a = make_doc("a", f"The mayor spoke on Monday. “{said},” Soto said.", "Capitol Wire", "2025-04-10")
    b = make_doc("b", f"“{said},” the mayor told reporters.", "Beltway Daily", "2025-04-10")
    extractions = {"a": extraction(a, quotes=(quote(a, said),)), "b": extraction(b, quotes=(quote(b, said),))}
    (claim,) = cross_check([a, b], extractions, {})
    assert claim.status == "corroborated" and said in claim.text
    assert claim.focus == said and claim.text[claim.focus_start : claim.focus_start + len(said)] == said


def test_corroborate_a_quote_claim_cites_only_quotations_holding_its_words() -> None:
    # one outlet also shows the whole post two quotations come from, so both parts fold into the
    # whole: the claim shows one part and must not cite the other part as its source
    first, second = "The harbour plan has failed on every count", "Nothing like this has happened before"
    a = make_doc("a", f"“{first},” Soto wrote. “{second}.”", "Capitol Wire", "2025-04-10")
    b = make_doc("b", f"“{first},” Soto posted. “{second}.” The post read: “{first}. {second}.”", "Beltway Daily",
                 "2025-04-10")
    whole = f"{first}. {second}"
    at = b.text.index(whole)
    post = Quote(doc="b", text=whole, kind="direct", start=at, end=at + len(whole), speaker_name="Soto")
    extractions = {
        "a": extraction(a, quotes=(quote(a, first), quote(a, second))),
        "b": extraction(b, quotes=(quote(b, first), quote(b, second), post)),
    }
    docs = {"a": a, "b": b}
    claims = cross_check([a, b], extractions, {})
    assert claims and all(c.status == "corroborated" and c.focus for c in claims)
    for claim in claims:
        assert {s.doc for s in claim.sources} == {"a", "b"}
        assert all(claim.focus in docs[s.doc].text[s.start : s.end] for s in claim.sources)


def test_corroborate_a_plan_and_a_past_count_dispute_nothing() -> None:
    # "says it will launch four missiles" against "launched two ... in July": what is planned and what was done
    # are not rival counts of one thing (a real read marked them conflicting).
    gazette = make_doc("gazette", "The navy says it will launch four drones over the bay next week.", "Gazette",
                       "2025-08-10")
    ledger = make_doc("ledger", "The navy, which has tested drones five times, launched two drones over the bay "
                      "in July.", "Ledger")
    extractions = {
        "gazette": extraction(gazette, figure(gazette, "four", 4, "drones", "launch")),
        "ledger": extraction(ledger, figure(ledger, "two", 2, "drones", "launch")),
    }
    claims = cross_check([gazette, ledger], extractions, {})
    assert all(c.status != "conflicting" for c in claims)
    # two outlets' plans that differ still disagree
    herald = make_doc("herald", "The navy said it will launch six drones over the bay next week.", "Herald",
                      "2025-08-10")
    extractions["herald"] = extraction(herald, figure(herald, "six", 6, "drones", "launch"))
    claims = cross_check([gazette, herald], extractions, {})
    assert {c.status for c in claims} == {"conflicting"}


def test_corroborate_a_restated_count_keeps_the_day_it_was_given_for() -> None:
    # "2,800 documents" released on Thursday, then "more than 2,800 documents" with no date of its own, had been
    # set against another outlet's count of a release in July as a rival figure.
    wire = make_doc("wire", "The archive released 2,800 documents on Thursday. More than 2,800 documents were posted "
                    "online.", "Wire", "2025-10-27")
    paper = make_doc("paper", "Their publication follows a release in July, when the archive posted 3,801 documents "
                     "online.", "Paper", "2025-10-27")
    first, again = (replace(figure(wire, "2,800", 2800, "documents", "post"), as_of="2025-10-23"),
                    figure(wire, "More than 2,800", 2800, "documents", "post", hedge="lower"))
    again = replace(again, start=wire.text.index("More than 2,800"), end=wire.text.index("More than 2,800") + 15)
    extractions = {
        "wire": extraction(wire, first, again),
        "paper": extraction(paper, replace(figure(paper, "3,801", 3801, "documents", "post"), as_of="2025-07")),
    }
    assert extractions["wire"].figures[1].as_of == "2025-10-23"
    claims = cross_check([wire, paper], extractions, {})
    assert all(c.status != "conflicting" for c in claims)


def test_corroborate_a_claim_that_points_back_shows_the_sentence_before() -> None:
    # "It was created by researchers at ..." alone says nothing of what "it" is.
    text = ("The agency approved the antiviral pill, sold as Virexa, on Monday. It was developed by a university "
            "team and is given as four pills twice a day for five days.\n\nIt costs about $700 a course.")
    doc = make_doc("d", text, "Gazette", "2025-10-11")
    claims = cross_check([doc], {"d": extraction(doc, figure(doc, "four", 4, "pills", "give"))}, {})
    pills = claim_with(claims, doc, "four")
    assert pills.text.startswith("The agency approved the antiviral pill")
    assert pills.text[pills.focus_start:pills.focus_start + len("four")] == "four"


# -- one figure told in other words (twentieth session) ------------------------------------------


def test_corroborate_one_exact_figure_named_two_ways() -> None:
    # "12,345 burglaries" and "12,345 break-ins" are one count; the same specific number for two
    # events the table tells apart (deaths, injuries) is not
    a = make_doc("a", "Police recorded 12,345 burglaries last year, the report said.", "Metro Ledger", "2025-02-03")
    b = make_doc("b", "The report counted 12,345 break-ins in the city last year.", "Valley Post", "2025-02-03")
    c = make_doc("c", "The storm killed 1,214 people, officials said.", "Metro Ledger", "2025-02-03")
    d = make_doc("d", "Officials said 1,214 people were injured in the storm.", "Valley Post", "2025-02-03")
    extractions = {
        "a": extraction(a, figure(a, "12,345", 12345, "burglaries", "record")),
        "b": extraction(b, figure(b, "12,345", 12345, "break-ins", "count")),
        "c": extraction(c, figure(c, "1,214", 1214, "people", "kill")),
        "d": extraction(d, figure(d, "1,214", 1214, "people", "injure")),
    }
    claims = cross_check([a, b, c, d], extractions, {})
    assert claim_with(claims, a, "12,345").status == "corroborated"
    assert claim_with(claims, c, "1,214").status == "single-source"


def test_corroborate_a_change_noun_and_the_change_it_names() -> None:
    # "the 0.6% increase in May" does not say what rose; the other sentence does, for the same month
    a = make_doc("a", "Prices rose 0.9% in June, faster than the 0.6% increase in May.", "Metro Ledger", "2025-07-15")
    b = make_doc("b", "Prices also rose 0.6 percent in May, the bureau said.", "Valley Post", "2025-07-15")
    c = make_doc("c", "Wages rose 0.6 percent in April, the bureau said.", "Coast Wire", "2025-07-15")
    pct = {"unit": "%"}
    extractions = {
        "a": extraction(a, replace(figure(a, "0.9%", 0.9, "Prices", "rise", **pct), as_of="2025-06"),
                        replace(figure(a, "0.6%", 0.6, "increase", None, **pct), as_of="2025-05")),
        "b": extraction(b, replace(figure(b, "0.6 percent", 0.6, "Prices", "rise", **pct), as_of="2025-05")),
        "c": extraction(c, replace(figure(c, "0.6 percent", 0.6, "Wages", "rise", **pct), as_of="2025-04")),
    }
    claims = cross_check([a, b, c], extractions, {})
    may = claim_with(claims, a, "0.6%")
    assert may.status == "corroborated" and {s.doc for s in may.sources} == {"a", "b"}


def test_corroborate_a_price_index_counts_prices() -> None:
    a = make_doc("a", "The consumer price index rose 0.9% in June.", "Metro Ledger", "2025-07-15")
    b = make_doc("b", "Consumer prices rose 0.9% in June, the bureau said.", "Valley Post", "2025-07-15")
    pct = {"unit": "%"}
    extractions = {
        "a": extraction(a, figure(a, "0.9%", 0.9, "consumer price index", "rise", **pct)),
        "b": extraction(b, figure(b, "0.9%", 0.9, "Consumer prices", "rise", **pct)),
    }
    assert claim_with(cross_check([a, b], extractions, {}), a, "0.9%").status == "corroborated"


def test_corroborate_a_spending_plan_under_two_names_and_verbs() -> None:
    # one plan's amount agrees under "package" and "plan"; two plans' amounts are no dispute
    a = make_doc("a", "The governor will pitch a $1.8 billion package for schools on Wednesday.", "Metro Ledger",
                 "2025-04-28")
    b = make_doc("b", "The governor unveiled the $1.8 billion plan for schools.", "Valley Post", "2025-04-28")
    c = make_doc("c", "The Senate passed a $3.5 billion bill for roads.", "Coast Wire", "2025-04-28")
    usd = {"unit": "USD"}
    extractions = {
        "a": extraction(a, figure(a, "$1.8 billion", 1.8e9, "package", "pitch", **usd)),
        "b": extraction(b, figure(b, "$1.8 billion", 1.8e9, "plan", "unveil", **usd)),
        "c": extraction(c, figure(c, "$3.5 billion", 3.5e9, "bill", "pass", **usd)),
    }
    claims = cross_check([a, b, c], extractions, {})
    assert claim_with(claims, a, "$1.8 billion").status == "corroborated"
    assert all(c.status != "conflicting" for c in claims)


def test_corroborate_a_change_hung_on_down() -> None:
    a = make_doc("a", "Initial claims dropped 23,000 to 341,000 last week.", "Metro Ledger", "2025-08-14")
    b = make_doc("b", "Filings reached 341,000 last week, down 23,000 from the week before.", "Valley Post",
                 "2025-08-14")
    extractions = {
        "a": extraction(a, figure(a, "23,000", 23000, None, "drop")),
        "b": extraction(b, figure(b, "23,000", 23000, "filings", "down")),
    }
    assert claim_with(cross_check([a, b], extractions, {}), a, "23,000").status == "corroborated"


def test_corroborate_a_vague_plural_does_not_back_a_number() -> None:
    # "hundreds of companies" in a second outlet is no second source for "over 200 companies"
    a = make_doc("a", "The attack hit over 200 companies on Friday. It hit hundreds of companies worldwide.",
                 "Metro Ledger", "2025-07-04")
    b = make_doc("b", "The attack hit hundreds of companies worldwide on Friday.", "Valley Post", "2025-07-04")
    extractions = {
        "a": extraction(a, figure(a, "over 200", 200, "companies", "hit", "lower"),
                        figure(a, "hundreds", 200, "companies", "hit", "approx")),
        "b": extraction(b, figure(b, "hundreds", 200, "companies", "hit", "approx")),
    }
    claims = cross_check([a, b], extractions, {})
    assert not any(c.status == "corroborated" and c.focus == "over 200" for c in claims)


def test_corroborate_an_article_crediting_another_outlet_relays_its_figures() -> None:
    # the second article names the first as its source in another paragraph: its figure is the
    # first outlet's report retold, not a second source
    a = make_doc("a", "Some 15,100 ballots were discarded in the county this spring, according to records obtained "
                 "by Metro Ledger.", "Metro Ledger", "2025-05-02")
    b = make_doc("b", "\u201cIt is a disgrace,\u201d the county clerk told Metro Ledger.\n\nThe 15,100 discarded "
                 "ballots may be an undercount, the report said.", "Valley Post", "2025-05-02")
    c = make_doc("c", "The election office confirmed on Friday that 15,100 ballots had been discarded since March.",
                 "Coast Wire", "2025-05-02")
    extractions = {
        "a": extraction(a, figure(a, "Some 15,100", 15100, "ballots", "discard", "approx")),
        "b": extraction(b, figure(b, "15,100", 15100, "ballots", "discard")),
    }
    assert all(c.status == "single-source" for c in cross_check([a, b], extractions, {}))
    extractions["c"] = extraction(c, figure(c, "15,100", 15100, "ballots", "discard"))
    assert claim_with(cross_check([a, b, c], extractions, {}), a, "Some 15,100").status == "corroborated"


def test_corroborate_a_rate_and_a_change_noun_agree_with_the_count_they_measure() -> None:
    # "the burglary rate rose nearly 12%" and "burglaries jumped nearly 12 percent" in 2024 are one change;
    # "an increase of 11.8%" in 2024 names no subject but gives the same change for the same year
    a = make_doc("a", "The burglary rate rose nearly 12% in 2024, the bureau said. It was an increase of 11.8% in 2024.",
                 "Metro Ledger", "2025-09-27")
    b = make_doc("b", "Burglaries jumped nearly 12 percent in 2024, bureau statistics show.", "Valley Post", "2025-09-27")
    pct = {"unit": "%"}
    extractions = {
        "a": extraction(a, replace(figure(a, "nearly 12%", 12, "burglary rate", "rise", "approx", **pct), as_of="2024"),
                        replace(figure(a, "11.8%", 11.8, "increase", None, **pct), as_of="2024")),
        "b": extraction(b, replace(figure(b, "nearly 12 percent", 12, "Burglaries", "jump", "approx", **pct),
                                   as_of="2024")),
    }
    claims = cross_check([a, b], extractions, {})
    assert claim_with(claims, b, "nearly 12 percent").status == "corroborated"


def test_corroborate_one_amount_as_spending_and_as_funding() -> None:
    # "$640 million in new spending" and "$640 million in new funding" are one amount of one bill (a real read
    # listed them as two single-source claims); two different amounts still dispute nothing on these words
    a = make_doc("a", "The bill includes $640 million in new spending for ferries.", "Metro Ledger", "2025-04-28")
    b = make_doc("b", "The measure, which includes $640 million in new funding, passed on Tuesday.", "Valley Post",
                 "2025-04-28")
    c = make_doc("c", "It also includes $90 million in new funding for piers.", "Coast Wire", "2025-04-28")
    usd = {"unit": "USD"}
    extractions = {
        "a": extraction(a, figure(a, "$640 million", 6.4e8, "new spending", "include", **usd)),
        "b": extraction(b, figure(b, "$640 million", 6.4e8, "new funding", "include", **usd)),
        "c": extraction(c, figure(c, "$90 million", 9e7, "new funding", "include", **usd)),
    }
    claims = cross_check([a, b, c], extractions, {})
    assert claim_with(claims, a, "$640 million").status == "corroborated"
    assert len(claim_with(claims, a, "$640 million").sources) == 2
    assert all(c.status != "conflicting" for c in claims)


def test_corroborate_a_count_of_deaths_and_of_fatalities_under_any_verb() -> None:
    # "reaching more than 41,000 fatalities" and "a grim milestone with over 41,000 deaths": the noun names
    # the event the verb does not (a real read left them unaligned); a count of injuries stays apart
    a = make_doc("a", "The country reached more than 41,000 fatalities on Tuesday.", "Metro Ledger", "2025-04-28")
    b = make_doc("b", "The country recorded a grim milestone with over 41,000 deaths, data showed.", "Valley Post",
                 "2025-04-28")
    c = make_doc("c", "The country counted 45,000 injuries from the virus.", "Coast Wire", "2025-04-28")
    extractions = {
        "a": extraction(a, figure(a, "more than 41,000", 41000, "fatalities", "reach", "lower")),
        "b": extraction(b, figure(b, "over 41,000", 41000, "deaths", "record milestone", "lower")),
        "c": extraction(c, figure(c, "45,000", 45000, "injuries", "count")),
    }
    claims = cross_check([a, b, c], extractions, {})
    assert claim_with(claims, a, "more than 41,000").status == "corroborated"
    assert all(c.status != "conflicting" for c in claims)
    assert "corroborated" not in {cl.status for cl in claims_citing(claims, c, "45,000")}


def test_corroborate_a_count_to_come_does_not_back_a_count_reached() -> None:
    # "will surpass 12,000 deaths in the next few days" says the count is not there yet: it backs no report
    # of "more than 12,000 deaths" (a real read counted such a forecast as a third source)
    a = make_doc("a", "The province will surpass 12,000 deaths in the next few days, officials warned.", "Metro Ledger",
                 "2025-04-28")
    b = make_doc("b", "The province recorded more than 12,000 deaths on Tuesday.", "Valley Post", "2025-04-28")
    c = make_doc("c", "The province passed 12,000 deaths on Tuesday, data showed.", "Coast Wire", "2025-04-28")
    extractions = {
        "a": extraction(a, figure(a, "12,000", 12000, "deaths", "surpass")),
        "b": extraction(b, figure(b, "more than 12,000", 12000, "deaths", "record", "lower")),
        "c": extraction(c, figure(c, "12,000", 12000, "deaths", "pass")),
    }
    claims = cross_check([a, b, c], extractions, {})
    reached = claim_with(claims, b, "more than 12,000")
    assert reached.status == "corroborated"
    assert {s.doc for s in reached.sources} == {"b", "c"}
    assert all(c.status != "conflicting" for c in claims)


def test_corroborate_an_amount_rounded_to_one_digit_is_no_rival_of_the_precise_one() -> None:
    # "the $2 billion harbour bill" and "the $2.3 billion harbour bill" name one bill, once rounded the way
    # headlines round (a real read marked "$1 trillion" and "$1.2 trillion" as a dispute); two precise
    # amounts that differ still conflict
    a = make_doc("a", "The council delayed a vote on the $2 billion harbour bill on Thursday.", "Metro Ledger",
                 "2025-04-28")
    b = make_doc("b", "A vote on the $2.3 billion harbour bill was delayed on Thursday.", "Valley Post", "2025-04-28")
    c = make_doc("c", "The council put off its vote on the $2.8 billion harbour bill.", "Coast Wire", "2025-04-28")
    usd = {"unit": "USD"}
    extractions = {
        "a": extraction(a, figure(a, "$2 billion", 2e9, "harbour bill", "vote", **usd)),
        "b": extraction(b, figure(b, "$2.3 billion", 2.3e9, "harbour bill", "vote", **usd)),
        "c": extraction(c, figure(c, "$2.8 billion", 2.8e9, "harbour bill", "vote", **usd)),
    }
    claims = cross_check([a, b], extractions, {})
    assert all(c.status != "conflicting" for c in claims)
    claims = cross_check([b, c], extractions, {})
    assert {c.status for c in claims} == {"conflicting"}
    # a rounded amount the precise one does not round to is still a rival
    claims = cross_check([a, c], extractions, {})
    assert {c.status for c in claims} == {"conflicting"}


def test_corroborate_two_counts_far_apart_on_one_day_are_no_update() -> None:
    # "claims dropped 21,000 to 264,000" and "continuing claims dropped to 2.41 million", both reported the same
    # morning: two quantities under one noun, not a count revised nine-fold within the day
    a = make_doc("a", "Initial claims dropped 21,000 to 264,000 last week, the ministry said.", "Metro Ledger",
                 "2025-04-28")
    b = make_doc("b", "Continuing claims dropped to 2.41 million, the ministry said.", "Valley Post", "2025-04-28")
    extractions = {
        "a": extraction(a, figure(a, "264,000", 264000, "Initial claims", "drop", revised=True)),
        "b": extraction(b, figure(b, "2.41 million", 2.41e6, "Continuing claims", "drop", revised=True)),
    }
    claims = cross_check([a, b], extractions, {})
    assert all(c.superseded_by is None and c.status != "conflicting" for c in claims)


def test_corroborate_one_count_told_with_two_verbs() -> None:
    # "received over 3,700 complaints" and "gathered more than 3,700 complaints": the parse gives each its own
    # verb, outside the event table; the same number of two significant digits with one noun is one count
    a = make_doc("a", "The regulator said it received over 3,700 complaints about the meters.", "Metro Ledger",
                 "2025-03-12")
    b = make_doc("b", "The agency gathered more than 3,700 complaints in the first month.", "Valley Post",
                 "2025-03-12")
    extractions = {
        "a": extraction(a, figure(a, "over 3,700", 3700, "complaints", "receive", "lower")),
        "b": extraction(b, figure(b, "more than 3,700", 3700, "complaints", "gather", "lower")),
    }
    assert claim_with(cross_check([a, b], extractions, {}), a, "over 3,700").status == "corroborated"
    # a round number recurs too easily: "300 complaints" received and "300 complaints" answered stay apart
    c = make_doc("c", "The office received 300 complaints in May.", "Metro Ledger", "2025-06-02")
    d = make_doc("d", "Inspectors answered 300 complaints last month.", "Valley Post", "2025-06-02")
    extractions = {
        "c": extraction(c, figure(c, "300", 300, "complaints", "receive")),
        "d": extraction(d, figure(d, "300", 300, "complaints", "answer")),
    }
    assert all(c.status != "corroborated" for c in cross_check([c, d], extractions, {}))


def test_corroborate_a_second_amount_of_a_list_is_no_part_of_the_first() -> None:
    # "$12 billion for roads, as well as $4.6 billion to pay for ...": the parse hangs both on one verb and only the
    # first says what it is; the second is its own amount, which another outlet's "$4.6 billion" backs
    a = make_doc("a", "The governor is asking for $12 billion in aid to repair roads, as well as $4.6 billion to "
                 "pay for new rail cars.", "Metro Ledger", "2025-09-08")
    b = make_doc("b", "State officials also want $4.6 billion to help buy rail cars for the northern line.",
                 "Valley Post", "2025-09-08")
    usd = {"unit": "USD"}
    extractions = {
        "a": extraction(a, figure(a, "$12 billion", 12e9, "aid", "repair", **usd),
                        figure(a, "$4.6 billion", 4.6e9, None, "repair", **usd)),
        "b": extraction(b, figure(b, "$4.6 billion", 4.6e9, None, "help", **usd)),
    }
    claim = claim_with(cross_check([a, b], extractions, {}), a, "$4.6 billion")
    assert claim.status == "corroborated"
    assert {s.doc for s in claim.sources} == {"a", "b"}


def test_corroborate_a_vague_plural_neither_updates_nor_disputes_a_number() -> None:
    # a later "the quake that killed hundreds" is no update of "killed at least 1,312": it gives no number
    a = make_doc("a", "The earthquake on Saturday killed at least 1,312 people in the province.", "Metro Ledger",
                 "2025-08-17")
    b = make_doc("b", "Rescuers in the province are still searching after the earthquake that killed hundreds of "
                 "people.", "Valley Post", "2025-08-18")
    extractions = {
        "a": extraction(a, replace(figure(a, "at least 1,312", 1312, "people", "kill", "lower"), as_of="2025-08-16")),
        "b": extraction(b, replace(figure(b, "hundreds", 200, "people", "kill", "lower"), as_of="2025-08-18")),
    }
    claims = cross_check([a, b], extractions, {})
    claim = claim_with(claims, a, "at least 1,312")
    assert claim.superseded_by is None and claim.note is None and claim.status == "single-source"
    assert not claims_citing(claims, b, "hundreds")


def test_corroborate_one_amount_is_one_claim_whatever_the_order_of_reading() -> None:
    # the article's "the $2.2 billion investment" is read before the other outlet's "will invest $2.2 billion",
    # which joins the article's earlier "more than $2 billion": one amount had shown as two claims
    a = make_doc("a", "The city will invest more than $2 billion in school buildings. The mayor announced the $2.2 "
                 "billion investment on Monday.", "Metro Ledger", "2025-06-17")
    b = make_doc("b", "The city will invest $2.2 billion in school buildings, officials said.", "Valley Post",
                 "2025-06-17")
    usd = {"unit": "USD"}
    extractions = {
        "a": extraction(a, figure(a, "more than $2 billion", 2e9, None, "invest", "lower", **usd),
                        figure(a, "$2.2 billion", 2.2e9, "investment", "announce", **usd)),
        "b": extraction(b, figure(b, "$2.2 billion", 2.2e9, None, "invest", **usd)),
    }
    claims = cross_check([a, b], extractions, {})
    citing = claims_citing(claims, a, "$2.2 billion")
    assert len(citing) == 1 and citing[0].status == "corroborated"
    assert {s.doc for s in citing[0].sources} == {"a", "b"}


@pytest.mark.parametrize("plan", ["pledged to send", "is set to send", "is expected to send"])
def test_corroborate_a_pledge_is_a_plan_not_a_rival_count(plan: str) -> None:
    # "pledged to send 40 buses" and "sent 25 buses": what is promised and what was done are two quantities
    a = make_doc("a", f"The province {plan} 40 buses to the border towns.", "Metro Ledger", "2025-02-03")
    b = make_doc("b", "The province sent 25 buses to the border towns on Sunday.", "Valley Post", "2025-02-03")
    extractions = {
        "a": extraction(a, figure(a, "40", 40, "buses", "send")),
        "b": extraction(b, figure(b, "25", 25, "buses", "send")),
    }
    assert all(c.status != "conflicting" for c in cross_check([a, b], extractions, {}))


def test_corroborate_people_killed_and_a_death_toll_count_one_thing() -> None:
    # "killed at least 1,312 people" on Saturday and "raised the death toll to 1,804" on Tuesday: the toll of
    # the same quake, updated; the people a harm befell were never compared with the noun naming the harm
    a = make_doc("a", "The earthquake on Saturday killed at least 1,312 people in the province.", "Metro Ledger",
                 "2025-08-19")
    b = make_doc("b", "Officials raised the death toll from the earthquake to 1,804 on Tuesday.", "Valley Post",
                 "2025-08-19")
    extractions = {
        "a": extraction(a, replace(figure(a, "at least 1,312", 1312, "people", "kill", "lower"), as_of="2025-08-16")),
        "b": extraction(b, replace(figure(b, "1,804", 1804, "death toll", "raise toll earthquake"), as_of="2025-08-19")),
    }
    claims = cross_check([a, b], extractions, {})
    later = claim_with(claims, b, "1,804")
    assert claim_with(claims, a, "at least 1,312").superseded_by == later.id
    assert all(c.status != "conflicting" for c in claims)


def test_corroborate_one_precise_percentage_told_with_a_light_verb() -> None:
    # "the adjustment will be 3.7%" in two outlets: a percentage written with two significant digits is as
    # telling as a count of ten or more, however small its value
    a = make_doc("a", "The pension office said next year's cost-of-living adjustment will be 3.7%.", "Metro Ledger",
                 "2025-10-15")
    b = make_doc("b", "Next year's adjustment will be 3.7%, the office said on Wednesday.", "Valley Post",
                 "2025-10-15")
    extractions = {
        "a": extraction(a, figure(a, "3.7%", 3.7, "adjustment", "be", unit="%")),
        "b": extraction(b, figure(b, "3.7%", 3.7, "adjustment", "be", unit="%")),
    }
    assert claim_with(cross_check([a, b], extractions, {}), a, "3.7%").status == "corroborated"
    # one significant digit recurs too easily: "the new fee is 3%" and "the fee was 3%" stay apart
    c = make_doc("c", "The new fee is 3%, the council said.", "Metro Ledger", "2025-10-15")
    d = make_doc("d", "Last year the fee was 3%, records show.", "Valley Post", "2025-10-15")
    extractions = {
        "c": extraction(c, figure(c, "3%", 3, "fee", "be", unit="%")),
        "d": extraction(d, figure(d, "3%", 3, "fee", "be", unit="%")),
    }
    assert all(c.status != "corroborated" for c in cross_check([c, d], extractions, {}))


def test_corroborate_one_count_of_one_event_under_two_nouns() -> None:
    # "arrested 45 protesters" and "45 demonstrators were detained": the same number of two significant digits
    # for one event of the table is one count, whatever noun each outlet counts it by
    a = make_doc("a", "Police arrested 45 protesters outside the port on Saturday.", "Metro Ledger", "2025-04-06")
    b = make_doc("b", "Officers said 45 demonstrators were detained at the port gates.", "Valley Post", "2025-04-06")
    extractions = {
        "a": extraction(a, figure(a, "45", 45, "protesters", "arrest")),
        "b": extraction(b, figure(b, "45", 45, "demonstrators", "detain")),
    }
    assert claim_with(cross_check([a, b], extractions, {}), a, "45").status == "corroborated"
    # a round number recurs too easily, and a percentage change names what changed by its noun
    c = make_doc("c", "Police arrested 40 protesters. Wages rose 4.2% last year.", "Metro Ledger", "2025-04-06")
    d = make_doc("d", "Officers detained 40 dock workers. Rents rose 4.2% last year.", "Valley Post", "2025-04-06")
    extractions = {
        "c": extraction(c, figure(c, "40", 40, "protesters", "arrest"),
                        figure(c, "4.2%", 4.2, "wages", "rise", unit="%")),
        "d": extraction(d, figure(d, "40", 40, "dock workers", "detain"),
                        figure(d, "4.2%", 4.2, "rents", "rise", unit="%")),
    }
    assert all(c.status != "corroborated" for c in cross_check([c, d], extractions, {}))


def test_corroborate_a_number_inside_a_corroborated_quotation_is_not_a_second_claim() -> None:
    # two outlets printing one statement corroborate the statement (its quote claim); the number in it is the
    # speaker's word, not a count each outlet reported, and is not shown again as a corroborated figure
    words = "These three bridges will reopen by spring, whatever the repairs cost"
    a = make_doc("a", f'The mayor spoke at the river. "{words}," she said.', "Metro Ledger", "2025-03-04")
    b = make_doc("b", f'"{words}," Mayor Soto told reporters on Tuesday.', "Valley Post", "2025-03-04")
    extractions = {
        "a": extraction(a, figure(a, "three", 3, "bridges", "reopen"), quotes=(quote(a, words),)),
        "b": extraction(b, figure(b, "three", 3, "bridges", "reopen"), quotes=(quote(b, words),)),
    }
    claims = cross_check([a, b], extractions, {})
    assert [c.focus for c in claims] == [words]
    assert claims[0].status == "corroborated"
    # told by one outlet in its own words, the count is that outlet's report, and stays a figure claim
    c = make_doc("c", "Three bridges will reopen by spring, city officials said.", "Valley Post", "2025-03-04")
    extractions = {
        "a": extractions["a"],
        "c": extraction(c, figure(c, "Three", 3, "bridges", "reopen")),
    }
    assert claim_with(cross_check([a, c], extractions, {}), c, "Three").status == "corroborated"


def test_corroborate_an_amount_named_by_a_change_noun_is_set_apart_by_no_noun() -> None:
    # "a monthly increase of $57" says by how much, not of what: it is the amount another outlet gives as
    # what the adjustment "comes to"
    a = make_doc("a", "The pension office said that means a monthly increase of $57 for the average retiree.",
                 "Metro Ledger", "2025-10-15")
    b = make_doc("b", "The adjustment comes to $57 a month for the average retiree, the office said.", "Valley Post",
                 "2025-10-15")
    extractions = {
        "a": extraction(a, figure(a, "$57", 57, "monthly increase", "increase", unit="$")),
        "b": extraction(b, figure(b, "$57", 57, "adjustment", "come", unit="$")),
    }
    assert claim_with(cross_check([a, b], extractions, {}), a, "$57").status == "corroborated"
    # two nouns that say what each amount is still set them apart: a fee is not a refund
    c = make_doc("c", "Drivers will pay a $57 fee to renew a licence.", "Metro Ledger", "2025-10-15")
    d = make_doc("d", "Some drivers will get a $57 refund this year.", "Valley Post", "2025-10-15")
    extractions = {
        "c": extraction(c, figure(c, "$57", 57, "fee", "pay", unit="$")),
        "d": extraction(d, figure(d, "$57", 57, "refund", "get", unit="$")),
    }
    assert all(c.status != "corroborated" for c in cross_check([c, d], extractions, {}))


def test_corroborate_a_small_number_fused_into_an_adjective_is_no_count() -> None:
    # "a two-state solution", "a two-lane bridge": the number names a kind of thing; two outlets writing the
    # name under one verb had made "two" a corroborated count of solutions
    a = make_doc("a", "The council said it remained committed to a two-lane bridge over the river.", "Metro Ledger",
                 "2025-04-02")
    b = make_doc("b", "The mayor said the city remained committed to a two-lane bridge at the ford.", "Valley Post",
                 "2025-04-02")
    extractions = {
        "a": extraction(a, figure(a, "two", 2, "bridge", "committed", scope="state")),
        "b": extraction(b, figure(b, "two", 2, "bridge", "committed", scope="state")),
    }
    assert cross_check([a, b], extractions, {}) == ()
    # fused to people, a small number still counts them: "a three-member panel" in two outlets agrees
    c = make_doc("c", "A three-member panel will review the forecast.", "Metro Ledger", "2025-04-02")
    d = make_doc("d", "The agency named a three-member panel to review the forecast.", "Valley Post", "2025-04-02")
    extractions = {
        "c": extraction(c, figure(c, "three", 3, "panel", "review")),
        "d": extraction(d, figure(d, "three", 3, "panel", "review")),
    }
    assert claim_with(cross_check([c, d], extractions, {}), c, "three").status == "corroborated"


def test_corroborate_a_large_number_fused_to_a_word_counts_that_word() -> None:
    # "the 48-page ruling" counts pages: it is the same figure as another outlet's "48-page decision" (one
    # ruling, two nouns for it), and it is no count of rulings
    a = make_doc("a", "Her 48-page ruling leaves the levy in place for now.", "Metro Ledger", "2025-04-02")
    b = make_doc("b", "In a 48-page decision, Judge Okafor said the levy could stand.", "Valley Post", "2025-04-02")
    extractions = {
        "a": extraction(a, figure(a, "48", 48, "ruling leaves", None)),
        "b": extraction(b, figure(b, "48", 48, "decision", "say")),
    }
    claim = claim_with(cross_check([a, b], extractions, {}), a, "48")
    assert claim.status == "corroborated"
    assert {s.doc for s in claim.sources} == {"a", "b"}


def test_corroborate_a_number_only_in_one_quotation_needs_a_clear_quantity() -> None:
    # two outlets printing one speaker's words ('they warned us a thousand different ways') show a statement
    # printed twice, not a count two reporters checked; their quotations differ a little, so there is no quote
    # claim either
    a = make_doc("a", '"The board found out and warned us a thousand different ways," the engineer said.',
                 "Metro Ledger", "2025-04-02")
    b = make_doc("b", 'She said: "Then the board found out and it warned us a thousand different ways."',
                 "Valley Post", "2025-04-03")
    qa = "The board found out and warned us a thousand different ways,"
    qb = "Then the board found out and it warned us a thousand different ways."
    extractions = {
        "a": extraction(a, figure(a, "a thousand", 1000, "different ways", "warn"), quotes=(quote(a, qa),)),
        "b": extraction(b, figure(b, "a thousand", 1000, "different ways", "warn"), quotes=(quote(b, qb),)),
    }
    assert [c for c in cross_check([a, b], extractions, {}) if c.focus == "a thousand"] == []
    # a clear count in the speaker's words (people killed) is still listed as corroborated
    c = make_doc("c", '"The flood killed 14 people in the valley, and we will rebuild," the engineer said.',
                 "Metro Ledger", "2025-04-02")
    d = make_doc("d", 'She said: "It killed 14 people in the valley."', "Valley Post", "2025-04-03")
    extractions = {
        "c": extraction(c, figure(c, "14", 14, "people", "kill"),
                        quotes=(quote(c, "The flood killed 14 people in the valley, and we will rebuild,"),)),
        "d": extraction(d, figure(d, "14", 14, "people", "kill"), quotes=(quote(d, "It killed 14 people in the valley."),)),
    }
    assert claim_with(cross_check([c, d], extractions, {}), c, "14").status == "corroborated"


def test_corroborate_a_plan_named_by_its_blueprint_or_its_deal_is_one_amount() -> None:
    # "a $2.4 billion budget blueprint" and "the $2.4 billion package" name one plan: the amount agrees
    a = make_doc("a", "Councillors must first adopt a $2.4 billion budget blueprint, the leader said.", "Metro Ledger",
                 "2025-06-02")
    b = make_doc("b", "The mayor wants votes to advance her $2.4 billion package this week.", "Valley Post",
                 "2025-06-02")
    extractions = {
        "a": extraction(a, figure(a, "$2.4 billion", 2.4e9, "budget blueprint", "adopt", unit="$")),
        "b": extraction(b, figure(b, "$2.4 billion", 2.4e9, "package", "advance", unit="$")),
    }
    assert claim_with(cross_check([a, b], extractions, {}), a, "$2.4 billion").status == "corroborated"
    # a fee and a refund of one amount are still two things
    c = make_doc("c", "Drivers will pay a $2.4 billion fee.", "Metro Ledger", "2025-06-02")
    d = make_doc("d", "Drivers will get a $2.4 billion refund.", "Valley Post", "2025-06-02")
    extractions = {
        "c": extraction(c, figure(c, "$2.4 billion", 2.4e9, "fee", "pay", unit="$")),
        "d": extraction(d, figure(d, "$2.4 billion", 2.4e9, "refund", "get", unit="$")),
    }
    assert all(x.status != "corroborated" for x in cross_check([c, d], extractions, {}))


def test_corroborate_people_counted_by_a_group_name_and_a_person_noun_agree() -> None:
    # "about 2,300 Norwegian citizens remain" and "about 2,300 Norwegians remain": one count of people
    a = make_doc("a", "About 2,300 Norwegian citizens remain in the region, the minister said.", "Metro Ledger",
                 "2025-08-25")
    b = make_doc("b", "The minister said about 2,300 Norwegians remain in the region.", "Valley Post", "2025-08-25")
    extractions = {
        "a": extraction(a, figure(a, "About 2,300", 2300, "Norwegian citizens", "remain", "approx", scope="state")),
        "b": extraction(b, figure(b, "about 2,300", 2300, "Norwegians", "remain", "approx", scope="state")),
    }
    claim = claim_with(cross_check([a, b], extractions, {}), a, "About 2,300")
    assert claim.status == "corroborated"
    assert {s.doc for s in claim.sources} == {"a", "b"}
    # a group's count is no rival of everyone's: 70 of one nation among 120 dead is no dispute
    c = make_doc("c", "The fire killed 70 Norwegians.", "Metro Ledger", "2025-08-25")
    d = make_doc("d", "The fire killed 120 people.", "Valley Post", "2025-08-25")
    extractions = {
        "c": extraction(c, figure(c, "70", 70, "Norwegians", "kill")),
        "d": extraction(d, figure(d, "120", 120, "people", "kill")),
    }
    assert all(x.status != "conflicting" for x in cross_check([c, d], extractions, {}))


def test_corroborate_an_exact_figure_dated_to_its_report_day_is_the_period_figure() -> None:
    # one outlet's parse dates the count to the day the bureau reported it, the other's to the month it counts:
    # the same exact figure of three significant digits is still one figure
    a = make_doc("a", "Hiring slowed, with the economy adding 318,000 positions, the bureau reported Friday.",
                 "Metro Ledger", "2025-04-04")
    b = make_doc("b", "Employers added 318,000 jobs in March, the bureau said.", "Valley Post", "2025-04-04")
    extractions = {
        "a": extraction(a, replace(figure(a, "318,000", 318000, "positions", "add"), as_of="2025-04-04")),
        "b": extraction(b, replace(figure(b, "318,000", 318000, "jobs", "add"), as_of="2025-03")),
    }
    claim = claim_with(cross_check([a, b], extractions, {}), a, "318,000")
    assert claim.status == "corroborated"
    # two periods stay two: the same count for March and for February is two figures
    c = make_doc("c", "Employers added 318,000 jobs in February, the bureau said.", "Valley Post", "2025-04-04")
    extractions = {
        "b": extractions["b"],
        "c": extraction(c, replace(figure(c, "318,000", 318000, "jobs", "add"), as_of="2025-02")),
    }
    assert all(x.status != "corroborated" for x in cross_check([b, c], extractions, {}))


@pytest.mark.model
def test_corroborate_a_toll_told_by_a_state_and_by_a_rising_count_is_one(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsfuse.extract import extract_document

    # "at least 40 are confirmed dead" gives the toll by its complement, not by "confirmed"; "the number of
    # confirmed dead climbed to 40" gives it as the new level of a count of the dead: one toll, two outlets
    texts = {"a": "At least 40 are confirmed dead after the tower fell, the county mayor said.",
             "b": "The number of confirmed dead at the tower climbed to 40 overnight, officials said."}
    docs = [make_doc(i, t, "Outlet " + i, "2025-07-08") for i, t in texts.items()]
    extractions = {d.id: extract_document(nlp(d.text), doc_id=d.id, published="2025-07-08") for d in docs}
    assert extractions["a"].figures[0].predicate == "dead"
    # the state tells of the verb's object when it has one: the blasts are not the dead
    blasts = extract_document(nlp("Four blasts in the port left nine workers dead."), doc_id="c", published="2025-07-08")
    assert {f.text: f.predicate for f in blasts.figures}["Four"] != "dead"
    assert {f.text: f.predicate for f in blasts.figures}["nine"] == "dead"
    claim = claim_with(cross_check(docs, extractions, {}), docs[0], "At least 40")
    assert claim.status == "corroborated"
    assert {s.doc for s in claim.sources} == {"a", "b"}


def test_corroborate_an_amount_rounded_at_its_written_precision_agrees() -> None:
    # "almost $47 million" is "$46.8 million" as another outlet rounded it, and "more than $920 billion" is
    # "$926 billion" cut to its tens; a full number ("590,000") is exact and no rounding of "593,000"
    a = make_doc("a", "The mayor released $46.8 million of funding for the shelters on Monday.", "Metro Ledger",
                 "2025-03-03")
    b = make_doc("b", "On Monday the mayor committed almost $47 million to reopen the shelters.", "Valley Post",
                 "2025-03-03")
    usd = {"unit": "USD"}
    extractions = {
        "a": extraction(a, figure(a, "$46.8 million", 46.8e6, "funding", "release", **usd)),
        "b": extraction(b, figure(b, "almost $47 million", 47e6, None, "commit", "approx", **usd)),
    }
    claim = claim_with(cross_check([a, b], extractions, {}), a, "$46.8 million")
    assert claim.status == "corroborated" and {s.doc for s in claim.sources} == {"a", "b"}

    c = make_doc("c", "Senators unveiled an offer to spend $926 billion on roads.", "Metro Ledger", "2025-06-05")
    d = make_doc("d", "The counteroffer would spend more than $920 billion on roads.", "Valley Post", "2025-06-05")
    e = make_doc("e", "The counteroffer would spend more than $930 billion on roads.", "Coast Wire", "2025-06-05")
    extractions = {
        "c": extraction(c, figure(c, "$926 billion", 926e9, "offer", "spend", **usd)),
        "d": extraction(d, figure(d, "more than $920 billion", 920e9, None, "spend", "lower", **usd)),
        "e": extraction(e, figure(e, "more than $930 billion", 930e9, None, "spend", "lower", **usd)),
    }
    claim = claim_with(cross_check([c, d, e], extractions, {}), c, "$926 billion")
    assert {s.doc for s in claim.sources} == {"c", "d"}


def test_corroborate_a_rounded_amount_needs_two_digits_and_a_scale_word() -> None:
    # "$1 trillion" says too little to back "$1.2 trillion"; "$590,000" written out is exact
    a = make_doc("a", "The board approved $1.2 trillion for the program.", "Metro Ledger", "2025-06-05")
    b = make_doc("b", "The board set aside about $1 trillion for the program.", "Valley Post", "2025-06-05")
    c = make_doc("c", "The county paid $593,400 to the contractor.", "Metro Ledger", "2025-06-05")
    d = make_doc("d", "The county owed about $593,000 to the contractor.", "Valley Post", "2025-06-05")
    usd = {"unit": "USD"}
    extractions = {
        "a": extraction(a, figure(a, "$1.2 trillion", 1.2e12, None, "approve", **usd)),
        "b": extraction(b, figure(b, "about $1 trillion", 1e12, None, "set aside", "approx", **usd)),
    }
    assert all(c.status != "corroborated" for c in cross_check([a, b], extractions, {}))
    extractions = {
        "c": extraction(c, figure(c, "$593,400", 593400, None, "pay", **usd)),
        "d": extraction(d, figure(d, "about $593,000", 593000, None, "owe", "approx", **usd)),
    }
    assert all(c.status != "corroborated" for c in cross_check([c, d], extractions, {}))
    # "about $1.5 billion" rounds $1.45-1.55 billion, not "$1.41 billion"
    e = make_doc("e", "The board owes $1.41 billion to the program.", "Metro Ledger", "2025-06-05")
    f = make_doc("f", "The board set aside about $1.5 billion for the program.", "Valley Post", "2025-06-05")
    extractions = {
        "e": extraction(e, figure(e, "$1.41 billion", 1.41e9, None, "owe", **usd)),
        "f": extraction(f, figure(f, "about $1.5 billion", 1.5e9, None, "set aside", "approx", **usd)),
    }
    assert all(c.status != "corroborated" for c in cross_check([e, f], extractions, {}))


def test_corroborate_an_amount_with_no_noun_or_verb_still_agrees() -> None:
    # "called for spending upward of $612 billion": the parse gives the amount neither a noun nor a verb; the
    # same amount in another outlet's "a $612 billion plan" is one amount, and no other amount is set against it
    a = make_doc("a", "Senators on Thursday called for spending upward of $612 billion on bridges.", "Metro Ledger",
                 "2025-04-24")
    b = make_doc("b", "Senators unveiled a $612 billion plan on Thursday.", "Valley Post", "2025-04-24")
    c = make_doc("c", "Senators unveiled a $700 billion plan on Thursday.", "Coast Wire", "2025-04-24")
    usd = {"unit": "USD"}
    extractions = {
        "a": extraction(a, figure(a, "upward of $612 billion", 612e9, None, None, "lower", **usd)),
        "b": extraction(b, figure(b, "$612 billion", 612e9, "plan", "unveil", **usd)),
    }
    claim = claim_with(cross_check([a, b], extractions, {}), b, "$612 billion")
    assert claim.status == "corroborated" and {s.doc for s in claim.sources} == {"a", "b"}
    extractions = {
        "a": extraction(a, figure(a, "upward of $612 billion", 612e9, None, None, "lower", **usd)),
        "c": extraction(c, figure(c, "$700 billion", 700e9, "plan", "unveil", **usd)),
    }
    assert all(c.status != "conflicting" for c in cross_check([a, c], extractions, {}))


def test_corroborate_an_interview_given_to_another_outlet_relays_only_what_the_article_calls_a_report() -> None:
    # one paragraph quoting someone who "told Coast Wire" does not make the article's own count Coast Wire's;
    # "according to Coast Wire" anywhere, or "the report said" by the figure, still does
    a = make_doc("a", "Officials said on Monday that the fleet has grown to 410 patrol boats.", "Coast Wire",
                 "2025-02-10")
    b = make_doc("b", "The navy now operates 410 patrol boats, a ministry count shows.\n\n\u201cWe are watching the "
                 "coast,\u201d the admiral told Coast Wire.", "Valley Post", "2025-02-10")
    c = make_doc("c", "The navy now operates 410 patrol boats, a ministry count shows.\n\nThe admiral is watching the "
                 "coast, according to Coast Wire.", "Metro Ledger", "2025-02-10")
    d = make_doc("d", "The navy now operates 410 patrol boats, the report said.\n\n\u201cWe are watching the "
                 "coast,\u201d the admiral told Coast Wire.", "Metro Ledger", "2025-02-10")
    boats = {k: extraction(v, figure(v, "410", 410, "patrol boats", "operate")) for k, v in
             {"a": a, "b": b, "c": c, "d": d}.items()}
    assert claim_with(cross_check([a, b], boats, {}), a, "410").status == "corroborated"
    assert all(x.status != "corroborated" for x in cross_check([a, c], boats, {}))
    assert all(x.status != "corroborated" for x in cross_check([a, d], boats, {}))


def test_corroborate_inflation_is_the_rise_of_the_price_index() -> None:
    # "inflation rose 4.1%" and "the CPI climbed 4.1%" for one month give one change of consumer prices
    a = make_doc("a", "Inflation rose 4.1% in the year ending in March, the bureau reported.", "Metro Ledger",
                 "2025-04-10")
    b = make_doc("b", "The consumer price index (CPI) climbed 4.1% in March from a year earlier.", "Valley Post",
                 "2025-04-10")
    c = make_doc("c", "The CPI rose 4.1% on the year, the fastest pace in a decade.", "Coast Wire", "2025-04-10")
    pct = {"unit": "%"}
    extractions = {
        "a": extraction(a, replace(figure(a, "4.1%", 4.1, "Inflation", "rise", **pct), as_of="2025-03")),
        "b": extraction(b, replace(figure(b, "4.1%", 4.1, "consumer price index", "climb", **pct), as_of="2025-03")),
    }
    claim = claim_with(cross_check([a, b], extractions, {}), a, "4.1%")
    assert claim.status == "corroborated" and {s.doc for s in claim.sources} == {"a", "b"}
    extractions = {
        "a": extraction(a, replace(figure(a, "4.1%", 4.1, "Inflation", "rise", **pct), as_of="2025-03")),
        "c": extraction(c, figure(c, "4.1%", 4.1, "CPI", "rise", **pct)),
    }
    assert claim_with(cross_check([a, c], extractions, {}), a, "4.1%").status == "corroborated"


def test_corroborate_a_plan_named_by_its_price_tag() -> None:
    a = make_doc("a", "Democrats agreed on a $2.4 trillion price tag for their spending plans.", "Metro Ledger",
                 "2025-07-14")
    b = make_doc("b", "Party leaders unveiled a $2.4 trillion investment plan on Tuesday.", "Valley Post",
                 "2025-07-14")
    usd = {"unit": "USD"}
    extractions = {
        "a": extraction(a, figure(a, "$2.4 trillion", 2.4e12, "price tag", "agree", **usd)),
        "b": extraction(b, figure(b, "$2.4 trillion", 2.4e12, "investment plan", "unveil", **usd)),
    }
    claim = claim_with(cross_check([a, b], extractions, {}), a, "$2.4 trillion")
    assert claim.status == "corroborated" and {s.doc for s in claim.sources} == {"a", "b"}


def test_corroborate_documents_obtained_by_another_outlet_are_its_report() -> None:
    # "according to documents first obtained by Metro Ledger": the second article retells the first's scoop,
    # in that sentence and in its others
    a = make_doc("a", "The mayor will propose a $7.2 billion budget on Friday, a record for the city.", "Metro Ledger",
                 "2025-05-27")
    b = make_doc("b", "The mayor plans to unveil a $7.2 billion budget proposal on Friday.\n\nThe plan raises spending "
                 "on parks, according to documents first obtained by Metro Ledger.", "Valley Post", "2025-05-28")
    usd = {"unit": "USD"}
    extractions = {
        "a": extraction(a, figure(a, "$7.2 billion", 7.2e9, "budget", "propose", **usd)),
        "b": extraction(b, figure(b, "$7.2 billion", 7.2e9, "budget proposal", "unveil", **usd)),
    }
    assert all(c.status != "corroborated" for c in cross_check([a, b], extractions, {}))


def test_corroborate_two_figures_written_alike_in_one_sentence_are_two_claims() -> None:
    # "five Democrats, five Republicans": one sentence, one word twice, two quantities; one id had merged them
    # into a single row citing both and the second outlet's backing of the first
    a = make_doc("a", "Aides said the panel includes five Democrats, five Republicans and two independents.",
                 "Metro Ledger", "2025-03-04")
    b = make_doc("b", "The new panel includes five Democrats, its chair said on Tuesday.", "Valley Post", "2025-03-04")
    first = figure(a, "five", 5, "Democrats", "include")
    second = replace(first, about="Republicans", start=a.text.index("five Rep"), end=a.text.index("five Rep") + 4)
    extractions = {
        "a": extraction(a, first, second),
        "b": extraction(b, figure(b, "five", 5, "Democrats", "include")),
    }
    claims = cross_check([a, b], extractions, {})
    democrats, republicans = claim_with(claims, a, "five Democrats"), claim_with(claims, a, "five Republicans")
    assert democrats.id != republicans.id
    assert democrats.status == "corroborated" and {s.doc for s in democrats.sources} == {"a", "b"}
    assert [s.start for s in republicans.sources] == [second.start]


def test_corroborate_a_report_in_another_outlet_is_its_report() -> None:
    # "according to a report in Metro Ledger": the second article retells the first's count
    a = make_doc("a", "The district has cut more than 4,200 teaching jobs since 2020, Metro Ledger found.",
                 "Metro Ledger", "2025-09-08")
    b = make_doc("b", "Schools keep shrinking, according to a report in Metro Ledger on Sunday. That means more "
                 "than 4,200 teaching jobs have been cut in the district.", "Valley Post", "2025-09-09")
    extractions = {
        "a": extraction(a, figure(a, "more than 4,200", 4200, "teaching jobs", "cut", "lower")),
        "b": extraction(b, figure(b, "more than 4,200", 4200, "teaching jobs", "cut", "lower")),
    }
    claim = claim_with(cross_check([a, b], extractions, {}), a, "more than 4,200")
    assert claim.status == "single-source" and {s.doc for s in claim.sources} == {"a", "b"}


def test_corroborate_two_kinds_of_one_noun_in_one_article_are_no_part_and_whole() -> None:
    # one writer's "new jobless claims" and "continuing claims" are two counts: the smaller is no part of the
    # larger, and stays to back another outlet's count of new claims
    a = make_doc("a", "New jobless claims fell to 412,000 last week, the department said. Continuing claims fell "
                 "to 3,120,000.", "Metro Ledger", "2025-05-15")
    b = make_doc("b", "Initial claims for unemployment benefits fell to 412,000, the fewest this year.",
                 "Valley Post", "2025-05-15")
    extractions = {
        "a": extraction(a, figure(a, "412,000", 412_000, "New jobless claims", "fall"),
                        figure(a, "3,120,000", 3_120_000, "Continuing claims", "fall")),
        "b": extraction(b, figure(b, "412,000", 412_000, "Initial claims", "fall")),
    }
    claim = claim_with(cross_check([a, b], extractions, {}), a, "412,000")
    assert claim.status == "corroborated" and {s.doc for s in claim.sources} == {"a", "b"}


def test_corroborate_a_count_someone_is_planning_is_no_rival_of_one_done() -> None:
    a = make_doc("a", "The carmaker is planning to cut 500 jobs at its plant next year.", "Metro Ledger",
                 "2025-06-02")
    b = make_doc("b", "The carmaker cut 420 jobs at the plant, a union official said.", "Valley Post", "2025-06-02")
    extractions = {
        "a": extraction(a, figure(a, "500", 500, "jobs", "cut")),
        "b": extraction(b, figure(b, "420", 420, "jobs", "cut")),
    }
    assert all(c.status != "conflicting" for c in cross_check([a, b], extractions, {}))


def test_corroborate_one_count_under_one_verb_with_and_without_its_particle() -> None:
    # the parse gives "clock" to one sentence and "clock in" to the other: one verb, one count of pages
    a = make_doc("a", "The final text of the bill clocks in at 1,318 pages.", "Metro Ledger", "2025-08-01")
    b = make_doc("b", "The bill clocked in at some 1,300 pages, and senators began reading it.", "Valley Post",
                 "2025-08-01")
    extractions = {
        "a": extraction(a, figure(a, "1,318", 1318, "pages", "clock")),
        "b": extraction(b, figure(b, "some 1,300", 1300, "pages", "clock in", "approx")),
    }
    claim = claim_with(cross_check([a, b], extractions, {}), a, "1,318")
    assert claim.status == "corroborated" and {s.doc for s in claim.sources} == {"a", "b"}


RETOLD_FIRST = (
    "Thousands of city workers will see the largest pay raise in a decade, following a sharp rise in living costs "
    "this year.\n\nThe city's personnel office said Tuesday that next year's general wage increase, or GWI, will be "
    "4.8%. That comes to a monthly increase of $212 for a full-time clerk, bringing the typical salary to $4,630, the "
    "office said."
)
RETOLD_SECOND = (
    "City employees will get the largest pay raise in a decade next year, reflecting a sharp rise in living costs "
    "this year.\n\nNext year's general wage increase, or GWI, will be 4.8%, the city's personnel office said Tuesday. "
    "The raise will add $212 to a full-time clerk's monthly pay, bringing the typical salary to $4,630, the office "
    "estimates."
)


def test_corroborate_an_article_retold_sentence_by_sentence_is_one_source() -> None:
    # the second outlet rewords the first's short report sentence by sentence: each sentence keeps a run of five
    # words or more, none is a copy; its figures are the first outlet's report again
    a = make_doc("a", RETOLD_FIRST, "Metro Ledger", "2025-10-14")
    b = make_doc("b", RETOLD_SECOND, "Valley Post", "2025-10-14")
    usd = {"unit": "USD"}
    extractions = {
        "a": extraction(a, figure(a, "$4,630", 4630, "typical salary", "bring", **usd)),
        "b": extraction(b, figure(b, "$4,630", 4630, "typical salary", "bring", **usd)),
    }
    assert all(c.status != "corroborated" for c in cross_check([a, b], extractions, {}))
    # an article of its own that shares one such sentence with the first stays a second source
    c = make_doc("c", "Union leaders welcomed the deal on Wednesday. Next year's general wage increase, or GWI, will "
                 "be 4.8%, bringing the typical salary to $4,630 by spring.\n\nThe union had asked for six percent "
                 "and a shorter week for night staff at the depots.", "Coast Wire", "2025-10-15")
    extractions["c"] = extraction(c, figure(c, "$4,630", 4630, "typical salary", "bring", **usd))
    claim = claim_with(cross_check([a, c], extractions, {}), a, "$4,630")
    assert claim.status == "corroborated"


def test_corroborate_people_counted_by_one_written_number_under_two_verbs() -> None:
    # "up to 2,300 residents are stranded" and "about 2,300 people remain": one count of people in the thousands,
    # written alike with two significant digits; a round or small one recurs by chance, and two events of the
    # table are two counts
    a = make_doc("a", "Officials said up to 2,300 residents are still stranded on the island.", "Metro Ledger",
                 "2025-02-03")
    b = make_doc("b", "About 2,300 people remain on the island, the governor said on Monday.", "Valley Post",
                 "2025-02-03")
    c = make_doc("c", "The storm killed 2,300 people on the island, the governor said.", "Coast Wire", "2025-02-03")
    d = make_doc("d", "Some 40 million people live under the warning, officials said.", "Metro Ledger", "2025-02-03")
    e = make_doc("e", "The warning covers 40 million people in four states.", "Valley Post", "2025-02-03")
    extractions = {
        "a": extraction(a, figure(a, "up to 2,300", 2300, "residents", "strand", "upper")),
        "b": extraction(b, figure(b, "About 2,300", 2300, "people", "remain", "approx")),
        "c": extraction(c, figure(c, "2,300", 2300, "people", "kill")),
        "d": extraction(d, figure(d, "Some 40 million", 40e6, "people", "live", "approx")),
        "e": extraction(e, figure(e, "40 million", 40e6, "people", "cover")),
    }
    claim = claim_with(cross_check([a, b], extractions, {}), a, "up to 2,300")
    assert claim.status == "corroborated" and {s.doc for s in claim.sources} == {"a", "b"}
    assert all(x.status != "corroborated" for x in cross_check([a, c], extractions, {}))
    assert all(x.status != "corroborated" for x in cross_check([d, e], extractions, {}))


def test_corroborate_a_limit_raised_and_a_plan_to_allow_it_are_one_count() -> None:
    # "raised the cap on arrivals to 41,300" sets what is to come, as "would allow 41,300 migrants" does: one
    # count; "admitted 9,200 migrants" was done, and is no rival of the limit
    a = make_doc("a", "The governor raised the cap on arrivals to 41,300 on Friday.", "Metro Ledger", "2025-04-04")
    b = make_doc("b", "The state would allow 41,300 migrants to settle this year, officials said.", "Valley Post",
                 "2025-04-04")
    c = make_doc("c", "The state admitted 9,200 migrants last year, officials said.", "Coast Wire", "2025-04-04")
    extractions = {
        "a": extraction(a, figure(a, "41,300", 41300, "cap", "raise cap")),
        "b": extraction(b, figure(b, "41,300", 41300, "migrants", "settle")),
        "c": extraction(c, figure(c, "9,200", 9200, "migrants", "admit")),
    }
    claims = cross_check([a, b, c], extractions, {})
    claim = claim_with(claims, a, "41,300")
    assert claim.status == "corroborated" and {s.doc for s in claim.sources} == {"a", "b"}
    assert all(x.status != "conflicting" for x in claims)
    assert "c" not in {s.doc for s in claim.sources}


def test_corroborate_one_share_of_one_people_noun_under_two_verbs() -> None:
    # "including 64% of residents" and "nearly 64% of residents are due to receive": one share of people by one
    # noun as written, with two significant digits; not a round share, nor a share of other people ("workers")
    a = make_doc("a", "The plan sends checks to households including 64% of residents in the region.",
                 "Metro Ledger", "2025-03-03")
    b = make_doc("b", "Nearly 64% of residents are due to receive the checks, the ministry said.", "Valley Post",
                 "2025-03-03")
    c = make_doc("c", "Some 64% of workers back the plan, a survey found.", "Coast Wire", "2025-03-03")
    d = make_doc("d", "The checks reach 70% of residents, the ministry said.", "Metro Ledger", "2025-03-03")
    e = make_doc("e", "About 70% of residents oppose the plan, a poll found.", "Valley Post", "2025-03-03")
    extractions = {
        "a": extraction(a, figure(a, "64%", 64, "residents", "household", unit="%")),
        "b": extraction(b, figure(b, "Nearly 64%", 64, "residents", "receive check", "approx", unit="%")),
        "c": extraction(c, figure(c, "Some 64%", 64, "workers", "back plan", "approx", unit="%")),
        "d": extraction(d, figure(d, "70%", 70, "residents", "reach", unit="%")),
        "e": extraction(e, figure(e, "About 70%", 70, "residents", "oppose plan", "approx", unit="%")),
    }
    claim = claim_with(cross_check([a, b], extractions, {}), a, "64%")
    assert claim.status == "corroborated" and {s.doc for s in claim.sources} == {"a", "b"}
    assert all(x.status != "corroborated" for x in cross_check([a, c], extractions, {}))
    assert all(x.status != "corroborated" for x in cross_check([d, e], extractions, {}))


@pytest.mark.model
def test_corroborate_one_percentage_change_under_two_bare_change_nouns(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsfuse.extract import extract_document

    # Neither "boost" nor "adjustment" says what changed: one pension rise of 4.7% told by three outlets
    texts = {"a": "Pensioners will get a 4.7% boost in their monthly payments next year, the largest in a decade.",
             "b": "Next year's cost-of-living adjustment will be 4.7%, the pension board said Wednesday.",
             "c": "Pensioners will see a 4.7% bump in 2026."}
    docs = [make_doc(i, t, "Outlet " + i, "2025-10-15") for i, t in texts.items()]
    extractions = {d.id: extract_document(nlp(d.text), doc_id=d.id, published="2025-10-15") for d in docs}
    claims = [c for c in cross_check(docs, extractions, {}) if c.status == "corroborated"]
    assert len(claims) == 1 and {s.doc for s in claims[0].sources} == {"a", "b", "c"}


@pytest.mark.model
def test_corroborate_a_count_placed_by_one_verb_is_what_its_own_clause_tells(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsfuse.extract import extract_document

    # "ended with at least 90 people killed" kills people (not "end"), and "killed in 230 shootings that occurred"
    # does not kill shootings: the people killed agree with the other outlet's toll
    texts = {"a": "The long weekend ended with at least 90 people killed in more than 230 shootings that occurred "
                  "across the state, according to a tracking group.",
             "b": "At least 90 people were killed in shootings over the long weekend, the tracking group said."}
    docs = [make_doc(i, t, "Outlet " + i, "2025-07-08") for i, t in texts.items()]
    extractions = {d.id: extract_document(nlp(d.text), doc_id=d.id, published="2025-07-08") for d in docs}
    predicates = {f.text: f.predicate for f in extractions["a"].figures}
    assert predicates["at least 90"] == "kill" and predicates["more than 230"] != "kill"
    toll = claims_citing(cross_check(docs, extractions, {}), docs[0], "at least 90")
    assert [c.status for c in toll] == ["corroborated"]


def test_cross_check_poll_shares_under_allocation_verbs_are_no_allocation() -> None:
    # "approve" and "give" allocate money in the event table; a share under them is a poll's answer to its own
    # question ("approve of the inquiry", "give him approval" among one group), never one allocation told twice
    a = make_doc("a", "And a solid 58% approve of the harbour inquiry being carried out.", "Capitol Wire", "2025-04-10")
    b = make_doc("b", "Rural men without a degree are his core. They give him 64% approval.", "Beltway Daily",
                 "2025-04-10")
    extractions = {
        "a": extraction(a, figure(a, "58%", 58.0, None, "approve", unit="%")),
        "b": extraction(b, figure(b, "64%", 64.0, "approval", "give", unit="%")),
    }
    assert all(c.status != "conflicting" for c in cross_check([a, b], extractions, {}))
