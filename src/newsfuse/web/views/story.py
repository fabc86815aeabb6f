"""``/story/{id}``: one story's briefing (the id may be a unique prefix).

Context::

    {
      "story":    {"id", "title", "storyline", "first_seen", "last_seen", "documents": [doc id],
                   "outlets": [str], "size": int, "independent": int},
      "summary":  [{"text", "sources": [citation]}],
      "claims":   [{"id", "anchor", "text", "parts": (before, focus, after), "status", "outlets": [str],
                    "sources": [citation],
                    "conflicts_with": [{"id", "text", "href"}],
                    "note": null | str}],   # each side's value, outlets and dates (a conflict, an update)
      "claim_counts": {"corroborated": int, "conflicting": int, "single-source": int},
      "timeline": [{"date", "text", "anchor", "sources": [citation]}],
      "chart":    null | {"width", "height", "baseline", "left", "right", "start", "end",
                          "bars": [{"date", "grain", "entries", "x", "y", "width", "height", "href"}],
                          "ticks": [{"x", "label"}],
                          "earlier": null | {"entries", "from", "to", "href"},   # background dates
                          "later": null | {"entries", "from", "to", "href"}},    # off the axis
      "framing":  [{"outlet", "tone", "loaded_terms": [str], "voices": [{"name", "count"}],
                    "term_links": [{"term", "href": null | str}],   # each term's first use in own words
                    "reprinted_by": [str]}],   # outlets whose syndicated copies were read as this outlet's
      "quotes":   [quote row + {"also_in": [citation]}],   # who said what, by speaker; each
                                                          # quote once, also_in = other articles
      "sources":  [{"original": doc ref, "copies": [doc ref]}],   # syndication groups
      "storyline": [{"id", "title", "href", "first_seen", "last_seen"}]   # other stories of it
    }

    citation  = {"doc", "outlet", "published", "start", "end", "href"}
    doc ref   = {"id", "title", "outlet", "published", "url", "duplicate_of", "href"}
    quote row = {"text", "kind", "speaker", "speaker_name", "speaker_title", "speaker_kind", "speaker_href", "cue",
                 "doc", "outlet", "published", "start", "end", "href"}

``href`` of a citation opens the document at the cited words (``/doc/ID?hl=start-end#p-start``).
The chart geometry is computed here (SVG user units) so the page needs no script.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence

from newsfuse.brief import distinct_statements, first_own_uses, outlet_of
from newsfuse.corroborate import normalise_quote
from newsfuse.extract.dates import value_period as period
from newsfuse.records import Claim, Document, Extraction, Span, Story, TimelineEntry
from newsfuse.store import Store
from newsfuse.web.views.common import (
    Context,
    EntityLookup,
    Links,
    NotFound,
    anchor_id,
    citation,
    citations,
    doc_ref,
    independent_count,
    prefix_suggestions,
    quote_row,
    syndication_root,
)

STATUSES = ("corroborated", "conflicting", "single-source")

# Timeline chart geometry, in SVG user units (the SVG scales to the page width).
CHART_WIDTH = 1000
CHART_HEIGHT = 150
PLOT_LEFT = 30
PLOT_RIGHT = 970
PLOT_TOP = 12
BASELINE = 112
MAX_BAR_WIDTH = 36.0
MIN_BAR_WIDTH = 4.0
MAX_TICKS = 6
PERIOD_BAND = 14.0
CONTEXT_DAYS = 14
MAX_LISTED_MATCHES = 8  # stories listed for a prefix several ids start with


def build(store: Store, story_id: str, links: Links) -> Context:
    story = store.story(story_id)
    if story is None:
        several = store.story_ids_starting(story_id, limit=MAX_LISTED_MATCHES)
        if len(several) > 1:
            # The prefix is not wrong, only short: list the stories it could mean, as the CLI does.
            more = " (the first shown)" if len(several) == MAX_LISTED_MATCHES else ""
            raise NotFound(
                f"{story_id!r} is the start of several story ids{more}; give more of the id or pick one.",
                [(f"{_title_of(store, i)} ({i})", links.story(i)) for i in several],
            )
        raise NotFound(
            f"No story {story_id!r} in this database. Story ids are listed on the start page.",
            prefix_suggestions(story_id, ((s.id, s.title) for s in store.stories()), links.story),
        )
    return build_for(store, story, links)


def _title_of(store: Store, story_id: str) -> str:
    story = store.story(story_id)
    return story.title if story is not None else story_id


def build_for(store: Store, story: Story, links: Links) -> Context:
    """The context of a story already loaded (used by the exports)."""
    docs = _story_documents(store, story)
    members = [docs[d] for d in story.documents if d in docs]
    entities = EntityLookup(store)
    extractions = {d.id: e for d in members if (e := store.extraction(d.id)) is not None}
    return {
        "story": {
            "id": story.id,
            "title": story.title,
            "storyline": story.storyline,
            "first_seen": story.first_seen,
            "last_seen": story.last_seen,
            "documents": list(story.documents),
            "outlets": sorted({outlet_of(d) for d in members}),
            "size": len(story.documents),
            "independent": independent_count(members, docs),
        },
        "summary": [{"text": s.text, "sources": citations(s.sources, docs, links)} for s in story.summary],
        "claims": claim_rows(story.claims, docs, links),
        "claim_counts": {status: sum(1 for c in story.claims if c.status == status) for status in STATUSES},
        "timeline": [
            {"date": e.date, "text": e.text, "anchor": f"t-{i}", "sources": citations(e.sources, docs, links)}
            for i, e in enumerate(story.timeline)
        ],
        "chart": timeline_chart(story.timeline, around=(story.first_seen, story.last_seen)),
        "framing": [
            {
                "outlet": f.outlet,
                "tone": f.tone,
                "loaded_terms": list(f.loaded_terms),
                "term_links": _term_links([d for d in members if outlet_of(d) == f.outlet], extractions,
                                          f.loaded_terms, links),
                "reprinted_by": list(f.reprinted_by),
                "voices": [
                    {"name": n, "count": c} for n, c in sorted(f.voices.items(), key=lambda kv: (-kv[1], kv[0]))
                ],
            }
            for f in story.framing
        ],
        "quotes": _who_said_what(members, extractions, docs, entities, links),
        "sources": syndication_groups(members, docs, links),
        "storyline": _storyline(store, story, links),
    }


def _story_documents(store: Store, story: Story) -> dict[str, Document]:
    """The story's documents, plus any original they copy that sits outside the story."""
    docs: dict[str, Document] = {}
    pending = list(story.documents)
    while pending:
        doc_id = pending.pop()
        if doc_id in docs:
            continue
        doc = store.document(doc_id)
        if doc is None:
            continue
        docs[doc_id] = doc
        if doc.duplicate_of and doc.duplicate_of not in docs:
            pending.append(doc.duplicate_of)
    return docs


def claim_rows(claims: Sequence[Claim], docs: Mapping[str, Document], links: Links) -> list[Context]:
    by_id = {c.id: c for c in claims}
    rows = []
    for claim in claims:
        rows.append(
            {
                "id": claim.id,
                "anchor": f"claim-{anchor_id(claim.id)}",
                "text": claim.text,
                "parts": claim_parts(claim),
                "status": claim.status,
                "outlets": sorted({outlet_of(docs[s.doc]) for s in claim.sources if s.doc in docs}),
                "sources": citations(claim.sources, docs, links),
                "conflicts_with": [
                    {
                        "id": other,
                        "text": by_id[other].text if other in by_id else None,
                        "href": f"#claim-{anchor_id(other)}" if other in by_id else None,
                    }
                    for other in claim.conflicts_with
                ],
                # what a reader checks first: each side's value, outlets and dates ("Sources disagree: ..."),
                # or the later report that updated the figure
                "note": claim.note,
            }
        )
    return rows


def claim_parts(claim: Claim) -> tuple[str, str, str]:
    """The claim's text as (before, focus, after), so a page can mark what was cross-checked;
    ("text", "", "") when the claim has no focus."""
    if claim.focus is None or claim.focus_start is None:
        return claim.text, "", ""
    end = claim.focus_start + len(claim.focus)
    return claim.text[: claim.focus_start], claim.text[claim.focus_start : end], claim.text[end:]


def _who_said_what(
    members: Sequence[Document], extractions: Mapping[str, Extraction], docs: Mapping[str, Document],
    entities: EntityLookup, links: Links,
) -> list[Context]:
    """Every statement of the story once: the same words from the same speaker in several articles
    (syndicated copies, re-quotes) become one row whose ``also_in`` cites the other articles, and a
    partial quote inside a reported statement is not a row of its own."""
    rows: dict[tuple[str, str], tuple[int, Context]] = {}
    for rank, doc in enumerate(members):
        extraction = extractions.get(doc.id)
        if extraction is None:
            continue
        for quote in sorted(distinct_statements(extraction.quotes), key=lambda q: q.start):
            who = quote.speaker or (quote.speaker_name or "").strip().lower()
            key = (who, " ".join(quote.text.lower().split()))
            if key in rows:
                rows[key][1]["also_in"].append(citation(Span(quote.doc, quote.start, quote.end), docs, links))
                continue
            rows[key] = (rank, quote_row(quote, docs, entities, links) | {"also_in": []})
    _fold_unattributed_copies(rows)
    # Named speakers first, alphabetically, each speaker's quotes in story order.
    ordered = sorted(
        rows.values(),
        key=lambda r: (r[1]["speaker_name"] is None, (r[1]["speaker_name"] or "").lower(), r[0], r[1]["start"]),
    )
    return [row for _, row in ordered]


# Words a quotation needs before its copy in another article may lend it a speaker.
MIN_FOLDED_QUOTE_WORDS = 6
_CITATION_KEYS = ("doc", "outlet", "published", "start", "end", "href")


def _fold_unattributed_copies(rows: dict[tuple[str, str], tuple[int, Context]]) -> None:
    """A direct quote one article prints without a speaker joins the row of the speaker another
    article gives the same words to (a trimmed copy included): one quote with several occurrences.
    Words that two speakers' rows both hold stay where they are."""
    attributed = [
        (f" {normalise_quote(row['text'])} ", row)
        for _, row in rows.values()
        if row["speaker_name"] and row["kind"] == "direct"
    ]
    for key, (_, row) in list(rows.items()):
        words = normalise_quote(row["text"])
        if row["speaker_name"] or row["kind"] != "direct" or len(words.split()) < MIN_FOLDED_QUOTE_WORDS:
            continue
        padded = f" {words} "
        homes = [r for k, r in attributed if (padded in k or k in padded) and r["doc"] != row["doc"]]
        if len({(h["speaker"] or h["speaker_name"]) for h in homes}) != 1:
            continue
        home = homes[0]
        if len(min(words, normalise_quote(home["text"]), key=len).split()) < MIN_FOLDED_QUOTE_WORDS:
            continue
        home["also_in"].extend([{k: row[k] for k in _CITATION_KEYS}, *row["also_in"]])
        del rows[key]


def _term_links(outlet_docs: Sequence[Document], extractions: Mapping[str, Extraction], terms: Sequence[str],
                links: Links) -> list[Context]:
    """Each loaded term with a link to its first use in the outlet's own words (None when not found)."""
    uses = first_own_uses(outlet_docs, extractions, terms) if terms else {}
    return [{"term": t, "href": links.doc(*use) if (use := uses[t]) else None} for t in terms]


def syndication_groups(members: Sequence[Document], docs: Mapping[str, Document], links: Links) -> list[Context]:
    """Documents grouped by the original they copy: one group is one independent source."""
    groups: dict[str, list[Document]] = defaultdict(list)
    for doc in members:
        groups[syndication_root(doc.id, docs)].append(doc)
    result = []
    for root, copies in groups.items():
        original = docs.get(root)
        result.append(
            {
                "original": doc_ref(original, root, links),
                "copies": [doc_ref(d, d.id, links) for d in copies if d.id != root],
            }
        )
    result.sort(key=lambda g: (g["original"]["published"] or "9999", g["original"]["id"]))
    return result


def _storyline(store: Store, story: Story, links: Links) -> list[Context]:
    if not story.storyline:
        return []
    return [
        {"id": s.id, "title": s.title, "href": links.story(s.id), "first_seen": s.first_seen, "last_seen": s.last_seen}
        for s in store.stories()
        if s.storyline == story.storyline and s.id != story.id
    ]


# -- timeline chart -----------------------------------------------------------------------------


def timeline_chart(
    timeline: Sequence[TimelineEntry], *, around: tuple[str | None, str | None] = (None, None)
) -> Context | None:
    """Bars on a date axis: one bar per distinct date, as tall as its number of events.

    ``around`` is the story's (first_seen, last_seen): background dates more than
    :data:`CONTEXT_DAYS` outside it ("the plant opened in 1978") would squeeze the story's own
    days into one pixel, so they are left off the axis and counted in ``earlier``/``later``.
    """
    counts: Counter[str] = Counter()
    first_entry: dict[str, int] = {}
    periods: dict[str, tuple[dt.date, dt.date, str]] = {}
    for i, entry in enumerate(timeline):
        found = period(entry.date)
        if found is None:
            continue
        periods[entry.date] = found
        counts[entry.date] += 1
        first_entry.setdefault(entry.date, i)
    if not periods:
        return None
    shown, earlier, later = _split_by_window(periods, around)
    # The axis spans the days; a month or year only widens it when there are no days at all,
    # and is otherwise cut to the axis (or left off it when it does not reach it).
    basis = [d for d in shown if periods[d][2] == "day"] or shown
    lo = min(periods[d][0] for d in basis)
    hi = max(periods[d][1] for d in basis)
    pad = dt.timedelta(days=max(1, (hi - lo).days // 20))
    lo, hi = lo - pad, hi + pad
    earlier += [d for d in shown if periods[d][1] < lo]
    later += [d for d in shown if periods[d][0] > hi]
    shown = [d for d in shown if periods[d][1] >= lo and periods[d][0] <= hi]
    total_days = (hi - lo).days + 1
    plot_width = PLOT_RIGHT - PLOT_LEFT
    per_day = plot_width / total_days

    def x_of(day: dt.date) -> float:
        return PLOT_LEFT + (day - lo).days * per_day

    tallest = max(counts[d] for d in shown)
    bars = []
    # Periods first so that the day bars are drawn over them.
    for date in sorted(shown, key=lambda d: (periods[d][2] == "day", periods[d][0], periods[d][1])):
        start, end, grain = periods[date]
        start, end = max(start, lo), min(end, hi)
        span = ((end - start).days + 1) * per_day
        width = span if grain != "day" else min(MAX_BAR_WIDTH, max(MIN_BAR_WIDTH, span * 0.8))
        width = max(MIN_BAR_WIDTH, width)
        centre = x_of(start) + span / 2
        if grain == "day":
            height = max(4.0, (BASELINE - PLOT_TOP) * counts[date] / tallest)
        else:
            # A month or a year is drawn as a low band behind the day bars: its width already
            # says "some time in this period", a full-height block would hide the days.
            height = PERIOD_BAND
        bars.append(
            {
                "date": date,
                "grain": grain,
                "entries": counts[date],
                "x": round(centre - width / 2, 2),
                "y": round(BASELINE - height, 2),
                "width": round(width, 2),
                "height": round(height, 2),
                "href": f"#t-{first_entry[date]}",
            }
        )
    return {
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
        "baseline": BASELINE,
        "left": PLOT_LEFT,
        "right": PLOT_RIGHT,
        "start": lo.isoformat(),
        "end": hi.isoformat(),
        "bars": bars,
        "ticks": _ticks(lo, hi, x_of, per_day),
        "earlier": _off_axis(earlier, counts, first_entry),
        "later": _off_axis(later, counts, first_entry),
    }


def _split_by_window(
    periods: Mapping[str, tuple[dt.date, dt.date, str]], around: tuple[str | None, str | None]
) -> tuple[list[str], list[str], list[str]]:
    """Dates on the axis, dates well before the story, dates well after it."""
    bounds = [p for p in (period(a[:10]) for a in around if a) if p is not None]
    if not bounds:
        return list(periods), [], []
    window_lo = min(p[0] for p in bounds) - dt.timedelta(days=CONTEXT_DAYS)
    window_hi = max(p[1] for p in bounds) + dt.timedelta(days=CONTEXT_DAYS)
    shown = [d for d, p in periods.items() if p[1] >= window_lo and p[0] <= window_hi]
    if not shown:
        return list(periods), [], []
    earlier = [d for d, p in periods.items() if p[1] < window_lo]
    later = [d for d, p in periods.items() if p[0] > window_hi]
    return shown, earlier, later


def _off_axis(dates: list[str], counts: Mapping[str, int], first_entry: Mapping[str, int]) -> Context | None:
    if not dates:
        return None
    first = min(dates, key=lambda d: first_entry[d])
    return {
        "entries": sum(counts[d] for d in dates),
        "from": min(dates),
        "to": max(dates),
        "href": f"#t-{first_entry[first]}",
    }


def _ticks(lo: dt.date, hi: dt.date, x_of: Callable[[dt.date], float], per_day: float) -> list[Context]:
    total = (hi - lo).days
    n = min(MAX_TICKS, total + 1)
    step = max(1, round(total / max(1, n - 1)))
    same_year = lo.year == hi.year
    long_span = total > 730
    ticks = []
    day = lo
    while day <= hi:
        if long_span:
            label = f"{day.year}-{day.month:02d}"
        elif same_year:
            label = f"{day:%b} {day.day}"
        else:
            label = day.isoformat()
        ticks.append({"x": round(x_of(day) + per_day / 2, 2), "label": label})
        day += dt.timedelta(days=step)
    return ticks
