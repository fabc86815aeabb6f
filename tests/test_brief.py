"""The story briefing: cited summary, timeline and framing, on invented articles."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace

import pytest

from newsfuse.brief import build_timeline, compare_framing, distinct_statements, summarise, timeline_date, tone, voices
from newsfuse.records import DateMention, Document, Extraction, Figure, Mention, Paragraph, Quote


def make_doc(doc_id: str, text: str, outlet: str, published: str) -> Document:
    paragraphs = tuple(Paragraph(index=i, text=p, kept=True, reason="body") for i, p in enumerate(text.split("\n\n")))
    return Document(id=doc_id, source_path=f"{doc_id}.txt", paragraphs=paragraphs, outlet=outlet, published=published)


def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """A plain sentence splitter for fixtures: ends at . ! ? (and a closing quote) or a paragraph break."""
    spans, start = [], 0
    for m in re.finditer(r"[.!?][\"”]?(?=\s|$)|\n\n", text):
        end = m.end() if m.group() != "\n\n" else m.start()
        if end > start:
            spans.append((start, end))
        start = m.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        spans.append((start, len(text)))
    return tuple(spans)


def date(doc: Document, surface: str, value: str, grain: str = "day", kind: str = "DATE") -> DateMention:
    start = doc.text.index(surface)
    return DateMention(
        doc=doc.id, text=surface, value=value, grain=grain, start=start, end=start + len(surface), type=kind
    )


WIRE = (
    "Published March 4, 2025\n\n"
    "Lawmakers in Lisbon approved a contested housing bill on Monday after a marathon overnight session, "
    "capping rent increases at 2 percent for three years.\n\n"
    "The bill passed with 116 votes in favour and 98 against, parliament's speaker said.\n\n"
    "Opposition parties said they would challenge the law in the Constitutional Court before it takes "
    "effect in July.\n\n"
    "Sign up for our morning newsletter to get the day's top stories in your inbox.\n\n"
    "Reporting by Ana Lopes; Editing by Mark Reed."
)
DIARIO = (
    "Portugal's parliament approved a contested housing bill on Monday after a marathon overnight session, "
    "capping rent increases at 2 percent for three years.\n\n"
    "Tenants' groups celebrated outside the assembly, calling the vote a historic victory for renters.\n\n"
    "The bill passed with 116 votes in favour and 98 against, parliament's speaker said.\n\n"
    "Landlords' associations warned that the cap would shrink the supply of rental homes.\n\n"
    "The government first presented the plan on January 15, when rents in Lisbon had risen 19 percent in a year."
)
TRIBUNE = (
    "The socialist regime rammed its radical rent control scheme through parliament on Monday, a move critics "
    "slammed as a disaster for property owners.\n\n"
    '"This law is a catastrophe and an outrageous attack on property," said Rui Costa, head of the landlords\' '
    "association.\n\n"
    "The bill passed with 116 votes in favour and 98 against, parliament's speaker said.\n\n"
    "Investors fear chaos in the housing market, and several funds paused projects in January.\n\n"
    "The plan was first presented on January 15 by the housing minister."
)


@pytest.fixture
def story():
    wire = make_doc("wire", WIRE, "Lusa Wire", "2025-03-04")
    copy = make_doc("copy", WIRE, "Algarve Daily", "2025-03-04")
    diario = make_doc("diario", DIARIO, "Diario Central", "2025-03-04")
    tribune = make_doc("tribune", TRIBUNE, "Property Tribune", "2025-03-05")
    docs = [wire, copy, diario, tribune]
    extractions = {}
    for d in (wire, copy):
        extractions[d.id] = Extraction(
            doc=d.id,
            sentences=sentences(d.text),
            dates=(
                date(d, "March 4, 2025", "2025-03-04"),
                date(d, "Monday", "2025-03-03"),
                date(d, "three years", "P3Y", "duration", "DURATION"),
                date(d, "July", "2025-07", "month"),
            ),
            figures=(
                Figure(
                    d.id,
                    "116 votes",
                    116,
                    None,
                    "votes",
                    "exact",
                    d.text.index("116 votes"),
                    d.text.index("116 votes") + 9,
                ),
            ),
        )
    extractions["diario"] = Extraction(
        doc="diario",
        sentences=sentences(DIARIO),
        dates=(
            date(diario, "Monday", "2025-03-03"),
            date(diario, "January 15", "2025-01-15"),
            date(diario, "a year", "P1Y", "duration"),
        ),
        quotes=(),
    )
    costa = TRIBUNE.index("Rui Costa")
    q_text = "This law is a catastrophe and an outrageous attack on property,"
    extractions["tribune"] = Extraction(
        doc="tribune",
        sentences=sentences(TRIBUNE),
        dates=(
            date(tribune, "Monday", "2025-03-03"),
            date(tribune, "January 15", "2025-01-15"),
            date(tribune, "January", "2025-01", "month"),
        ),
        quotes=(
            Quote(
                "tribune",
                q_text,
                "direct",
                TRIBUNE.index(q_text),
                TRIBUNE.index(q_text) + len(q_text),
                speaker_name="Rui Costa",
                speaker_title="head of the landlords' association",
                cue="said",
                speaker_start=costa,
                speaker_end=costa + 9,
            ),
        ),
    )
    groups = {"wire": "g1", "copy": "g1", "diario": "g2", "tribune": "g3"}
    return docs, extractions, groups


def cited_text(docs, span) -> str:
    return next(d.text for d in docs if d.id == span.doc)[span.start : span.end]


def _hand_dated_timeline(text: str, published: str, marks: Sequence[tuple[str, str, str]]) -> list[str]:
    """The timeline dates of a one-article story (paragraphs split at blank lines) whose date mentions are given
    by hand as (surface, value, grain); a surface written "in [May]," is the bracketed words at that place."""
    doc = Document(id="a", source_path="a.txt", outlet="A", published=published,
                   paragraphs=tuple(Paragraph(i, p, True, "body") for i, p in enumerate(text.split("\n\n"))))
    dates = []
    for surface, value, grain in marks:
        context, word = surface.replace("[", "").replace("]", ""), re.sub(r".*\[(.*)\].*", r"\1", surface)
        start = doc.text.index(context) + context.index(word)
        dates.append(DateMention(doc="a", text=word, value=value, grain=grain, start=start, end=start + len(word)))
    extraction = Extraction(doc="a", dates=tuple(dates), sentences=sentences(doc.text))
    return [e.date for e in build_timeline([doc], {"a": extraction})]


def test_brief_summary_cites_every_copy_and_skips_boilerplate(story) -> None:
    docs, extractions, groups = story
    summary = summarise(docs, extractions, groups=groups, n_sentences=4)
    assert 1 <= len(summary) <= 4
    for sentence in summary:
        assert cited_text(docs, sentence.sources[0]) == sentence.text
        assert "newsletter" not in sentence.text and "Reporting by" not in sentence.text
        assert not sentence.text.startswith("Published")
    votes = [s for s in summary if s.text.startswith("The bill passed with 116 votes")]
    assert len(votes) == 1, [s.text for s in summary]
    # The same sentence in the wire story, its syndicated copy and two other outlets: all cited.
    assert {s.doc for s in votes[0].sources} == {"wire", "copy", "diario", "tribune"}
    assert all(cited_text(docs, s) == votes[0].text for s in votes[0].sources)


def test_brief_summary_is_not_redundant_and_respects_n(story) -> None:
    docs, extractions, groups = story
    summary = summarise(docs, extractions, groups=groups, n_sentences=3)
    assert len(summary) == 3
    leads = [s for s in summary if "approved a contested housing bill" in s.text]
    assert len(leads) <= 1  # the wire lead and Diario's reworded lead say the same thing
    assert summarise(docs, extractions, groups=groups, n_sentences=0) == ()
    assert summarise([], {}, groups={}) == ()


def test_brief_summary_uses_setting(story, monkeypatch) -> None:
    docs, extractions, groups = story
    monkeypatch.setenv("NEWSFUSE_SUMMARY_SENTENCES", "2")
    assert len(summarise(docs, extractions, groups=groups)) == 2


def test_brief_timeline_merges_orders_and_excludes(story) -> None:
    docs, extractions, _ = story
    timeline = build_timeline(docs, extractions)
    dates = [e.date for e in timeline]
    assert dates == sorted(dates)
    assert "2025-03-04" not in dates  # only the "Published ..." line carries it
    assert all(not e.date.startswith("P") for e in timeline)
    january = [e for e in timeline if e.date == "2025-01-15"]
    assert len(january) == 1
    assert {s.doc for s in january[0].sources} == {"diario", "tribune"}
    monday = [e for e in timeline if e.date == "2025-03-03"]
    # The vote as told by the wire (and its copy) and by Diario is one entry; the Tribune's
    # wording shares too few words with it and stays separate.
    assert any({"wire", "copy", "diario"} <= {s.doc for s in e.sources} for e in monday)
    assert "2025-07" in dates
    for entry in timeline:
        for span in entry.sources:
            assert cited_text(docs, span).strip()


@pytest.mark.parametrize(
    ("value", "grain", "kind", "expected"),
    [
        ("2025-03-04", "day", "DATE", "2025-03-04"),
        ("2025-03", "month", "DATE", "2025-03"),
        ("2025-03-04T14:30", "time", "TIME", "2025-03-04"),
        ("2025-W10", "week", "DATE", None),
        ("P3D", "duration", "DURATION", None),
        ("XXXX-WXX-1", "set", "SET", None),
        (None, "day", "DATE", None),
        ("2025", "year", "DATE", None),
    ],
)
def test_brief_timeline_date_values(value, grain, kind, expected) -> None:
    mention = DateMention(doc="d", text="x", value=value, grain=grain, start=0, end=1, type=kind)
    assert timeline_date(mention) == expected


def test_brief_framing_loaded_terms_voices_tone(story) -> None:
    docs, extractions, _ = story
    framing = {f.outlet: f for f in compare_framing(docs, extractions)}
    assert set(framing) == {"Lusa Wire", "Algarve Daily", "Diario Central", "Property Tribune"}
    tribune = framing["Property Tribune"]
    for term in ("regime", "radical", "slammed", "chaos", "socialist"):
        assert term in tribune.loaded_terms
    # Words inside the long direct quote are the speaker's, not the outlet's; so is what critics "slammed" the move
    # "as" (the verb is the outlet's).
    assert "catastrophe" not in tribune.loaded_terms and "outrageous" not in tribune.loaded_terms
    assert "disaster" not in tribune.loaded_terms
    assert tribune.voices == {"Rui Costa": 1}
    assert tribune.tone < 0
    diario = framing["Diario Central"]
    assert "historic" in diario.loaded_terms  # strongly polar and used by no other outlet
    assert diario.tone > tribune.tone
    assert framing["Lusa Wire"].loaded_terms == ()
    assert framing["Lusa Wire"].voices == {}


def test_brief_tone_and_voices_helpers() -> None:
    assert tone(["The talks were a success and fair to both sides."]) == 0.375
    assert tone(["The talks were not a success and not fair to either side."]) < 0
    assert tone(["The committee met on Tuesday."]) == 0.0
    # one lexicon word is no tone: "killed" in a death toll is the event, not a stance
    assert tone(["The virus has killed more than four million people."]) == 0.0
    quotes = [
        Quote("d", "a", "direct", 0, 1, speaker_name="Mr. Costa", speaker="e-1"),
        Quote("d", "b", "indirect", 2, 3, speaker_name="Rui Costa", speaker="e-1"),
        Quote("d", "c", "indirect", 4, 5, speaker_name="Rui Costa", speaker="e-1"),
        Quote("d", "d", "direct", 6, 7),
        # a pronoun never resolved, or a name without a word, is no voice of its own
        Quote("d", "e", "indirect", 8, 9, speaker_name="They"),
        Quote("d", "f", "direct", 10, 11, speaker_name="-"),
    ]
    assert voices(quotes) == {"Rui Costa": 3, "unattributed": 3}


def test_brief_voices_the_official_referred_back_to_is_the_one_introduced_before() -> None:
    # "a senior official said ... The official said ...": one unnamed source with two statements
    quotes = [
        Quote("d", "a", "indirect", 0, 10, speaker_name="a senior White House official", speaker_kind="anonymous"),
        Quote("d", "b", "indirect", 20, 30, speaker_name="The official", speaker_kind="anonymous"),
        Quote("d", "c", "indirect", 40, 50, speaker_name="a U.S. official", speaker_kind="anonymous"),
        Quote("d", "d", "indirect", 60, 70, speaker_name="the U.S. official", speaker_kind="anonymous"),
    ]
    assert voices(quotes[:2]) == {"a senior White House official": 2}
    # two unnamed officials before it: "the official" may be either, and stays apart
    assert voices([quotes[0], quotes[2], replace(quotes[1], start=80, end=90)]) == {
        "a senior White House official": 1, "a U.S. official": 1, "The official": 1}
    # "the U.S. official" holds words only one of them has
    assert voices(quotes) == {"a U.S. official": 2, "a senior White House official": 2}
    # in another article the phrase introduces no one
    assert voices([quotes[0], replace(quotes[1], doc="e")]) == {"a senior White House official": 1, "The official": 1}


def test_brief_tone_reads_stance_words_not_the_events_every_outlet_reports() -> None:
    # a jobs report's "recovery" and "boost", an election's "won" and "victory", a storm's "warned" and
    # "risk": the event's words, written by every outlet that reports it, are no stance of the outlet
    assert tone(["The recovery got a boost as hiring rose and wages showed growth."]) == 0.0
    assert tone(["She won the race, a victory her rivals welcomed."]) == 0.0
    assert tone(["Forecasters warned of a high risk of flooding and residents voiced fears."]) == 0.0
    assert tone(["The mayor criticised the plan, which critics condemned."]) == 0.0
    # a lexicon word naming a kind of thing is no judgement: "breakthrough infections", "disaster relief"
    assert tone(["Breakthrough infections rose as disaster relief and a fair trial were promised."]) == 0.0
    assert tone(["Prices rose at an alarming rate in a dangerous area."]) == -0.75  # adjectives still judge
    assert tone(["Crews will blow up the old bridge, a remarkable success for the town."]) == 0.625
    # the outlet's own judging words still give a tone
    assert tone(["The reckless plan ended in a debacle."]) < -0.5
    assert tone(["The rescue was a remarkable success."]) > 0.5


def test_brief_partial_quote_inside_a_reported_statement_is_one_statement() -> None:
    text = 'Mayor Ines Duarte told reporters that the demolition went "exactly as planned" on Sunday.'
    partial = text.index("exactly")
    statement = Quote("d", text[text.index("that"):-1], "indirect", text.index("that"), len(text) - 1,
                      speaker_name="Ines Duarte", speaker="e-7", cue="told")
    nested = Quote("d", "exactly as planned", "direct", partial, partial + len("exactly as planned"),
                   speaker_name="Ines Duarte", speaker="e-7", cue="told")
    elsewhere = Quote("d", "We were lucky", "direct", 200, 213, speaker_name="Ines Duarte", speaker="e-7", cue="said")
    assert distinct_statements([statement, nested, elsewhere]) == [statement, elsewhere]
    assert voices([statement, nested, elsewhere]) == {"Ines Duarte": 2}
    # the same words from another speaker or cue are not folded
    other = Quote("d", "exactly as planned", "direct", partial, partial + 18, speaker_name="Ana Pinto", cue="told")
    assert distinct_statements([statement, other]) == [statement, other]



def test_brief_a_statement_split_by_its_attribution_is_one_statement() -> None:
    text = "The result, media critic Tom Reyes said, was a mess for the network."
    cue = text.index("said")
    first = Quote("d", "The result", "indirect", 0, 10, speaker_name="Tom Reyes", speaker="e-3", cue="said",
                  cue_start=cue, cue_end=cue + 4)
    second = Quote("d", "was a mess for the network", "indirect", text.index("was"), len(text) - 1,
                   speaker_name="Tom Reyes", speaker="e-3", cue="said", cue_start=cue, cue_end=cue + 4)
    joined = distinct_statements([first, second])
    assert [(q.text, q.start, q.end) for q in joined] == [("The result … was a mess for the network", 0, len(text) - 1)]
    assert voices([first, second]) == {"Tom Reyes": 1}
    # two statements of one speaker with their own cues stay two
    later = Quote("d", "it would recover", "indirect", 100, 116, speaker_name="Tom Reyes", speaker="e-3", cue="added",
                  cue_start=90, cue_end=95)
    assert len(distinct_statements([first, second, later])) == 2

@pytest.mark.model
def test_brief_timeline_merges_retellings_by_meaning() -> None:
    from newsfuse.link.embeddings import load_encoder

    texts = {
        "a": "President Lena Varga signed an executive order on Wednesday to harden federal computer networks "
             "against hackers.",
        "b": "Varga on Wednesday issued a directive tightening cybersecurity rules for government computer systems.",
        "c": "Fuel prices rose on Wednesday as petrol stations ran dry across the region.",
    }
    docs = [Document(id=k, source_path=f"{k}.txt", paragraphs=(Paragraph(0, t, True, "body"),), outlet=k.upper())
            for k, t in texts.items()]
    extractions = {
        d.id: Extraction(doc=d.id, dates=(date(d, "Wednesday", "2025-05-07"),), sentences=sentences(d.text))
        for d in docs
    }
    # Without the encoder the two retellings share too few words to merge; with it they are one
    # event, and the day's other event stays apart.
    assert len(build_timeline(docs, extractions)) == 3
    timeline = build_timeline(docs, extractions, encode=load_encoder().encode)
    assert sorted(sorted(s.doc for s in e.sources) for e in timeline) == [["a", "b"], ["c"]]


def test_brief_timeline_keeps_different_events_of_one_day_apart() -> None:
    import numpy as np

    text_a = "The House passed the spending bill on Tuesday after a long debate over disaster aid."
    text_b = "Protesters gathered outside the governor's mansion on Tuesday to demand new rent rules."
    a = Document(id="a", source_path="a.txt", paragraphs=(Paragraph(0, text_a, True, "body"),), outlet="A")
    b = Document(id="b", source_path="b.txt", paragraphs=(Paragraph(0, text_b, True, "body"),), outlet="B")
    extractions = {
        d.id: Extraction(doc=d.id, dates=(date(d, "Tuesday", "2025-05-06"),), sentences=sentences(d.text))
        for d in (a, b)
    }

    def orthogonal(texts: list[str]) -> np.ndarray:
        return np.eye(len(texts), dtype=np.float32)

    def identical(texts: list[str]) -> np.ndarray:
        return np.ones((len(texts), 1), dtype=np.float32)

    assert len(build_timeline([a, b], extractions, encode=orthogonal)) == 2
    merged = build_timeline([a, b], extractions, encode=identical)
    assert len(merged) == 1 and {s.doc for s in merged[0].sources} == {"a", "b"}


def test_brief_timeline_merges_near_retellings_that_give_one_exact_figure() -> None:
    import numpy as np

    # two outlets' "claims increased by 37,000 to 412,000" and "applications rose 37,000 to 412,000", at a cosine
    # just under the plain threshold, had been two entries of one report
    texts = {
        "a": "Initial filings for port-worker benefits increased to 41,200, a rise of 2,300, the agency said Thursday.",
        "b": "The number of new benefit claims from port workers rose 2,300 last week to 41,200, data showed on Thursday.",
        "c": "Dockworkers staged a two-hour walkout at the north terminal over pay, the union said on Thursday.",
    }
    docs = [Document(id=k, source_path=f"{k}.txt", paragraphs=(Paragraph(0, t, True, "body"),), outlet=k.upper())
            for k, t in texts.items()]
    extractions = {
        d.id: Extraction(doc=d.id, dates=(date(d, "Thursday", "2025-05-08"),), sentences=sentences(d.text))
        for d in docs
    }

    def half_close(texts: list[str]) -> np.ndarray:
        # every pair at a cosine of 0.5: under TIMELINE_SIMILARITY, over TIMELINE_FIGURE_SIMILARITY
        return np.array([[np.sqrt(0.5), np.sqrt(0.5) * (1 if i == 0 else 0), np.sqrt(0.5) * (1 if i == 1 else 0),
                          np.sqrt(0.5) * (1 if i == 2 else 0)] for i in range(len(texts))], dtype=np.float32)

    timeline = build_timeline(docs, extractions, encode=half_close)
    # the two with the figure are one event; the third, without it, stays apart
    assert sorted(sorted(s.doc for s in e.sources) for e in timeline) == [["a", "b"], ["c"]]


@pytest.mark.parametrize(
    ("text", "base", "value"),
    [
        ("Ferry fares in June rose 0.9% from May, the transport board said.", "May", "2025-05"),
        ("The mayor's approval rating is down 4 points from March, a poll found.", "March", "2025-03"),
        ("Harbour traffic fell by nearly 12 percent from April as the strike went on.", "April", "2025-04"),
    ],
)
def test_brief_timeline_a_change_by_an_amount_from_a_month_is_not_dated_there(text: str, base: str, value: str) -> None:
    # "consumer prices in June rose 0.9% from May" had been filed under May, as if the rise were May's
    doc = Document(id="a", source_path="a.txt", paragraphs=(Paragraph(0, text, True, "body"),), published="2025-07-15")
    extraction = Extraction(doc="a", dates=(date(doc, base, value, "month"),), sentences=sentences(doc.text))
    assert build_timeline([doc], {"a": extraction}) == ()


def test_brief_timeline_a_change_over_a_stretch_from_a_month_keeps_its_start() -> None:
    text = "Ferry fares rose 5% from May to July, the transport board said."
    doc = Document(id="a", source_path="a.txt", paragraphs=(Paragraph(0, text, True, "body"),), published="2025-08-15")
    extraction = Extraction(doc="a", dates=(date(doc, "May", "2025-05", "month"),), sentences=sentences(doc.text))
    assert [e.date for e in build_timeline([doc], {"a": extraction})] == ["2025-05"]


def test_brief_timeline_merges_near_retellings_that_name_one_actor_in_full() -> None:
    import numpy as np

    # two outlets' "Frances Haugen detailed to a Senate panel Tuesday" and "whistleblower Frances Haugen, who blasted
    # her ex-employer during Senate testimony on Tuesday", at a cosine under the plain threshold, had been two entries
    texts = {
        "a": "Former ferry inspector Marta Olsen told a state panel on Tuesday that safety logs had been falsified.",
        "b": "The warning came from whistleblower Marta Olsen, who accused her old agency of a cover-up at a hearing Tuesday.",
        "c": "Ferry workers in Olsen County walked off the job on Tuesday over unpaid overtime.",
        "d": "Governor Ruth Adler signed an emergency order for the Olsen County ferries on Tuesday.",
    }
    docs = [Document(id=k, source_path=f"{k}.txt", paragraphs=(Paragraph(0, t, True, "body"),), outlet=k.upper())
            for k, t in texts.items()]

    def names(d: Document, *found: tuple[str, str]) -> tuple[Mention, ...]:
        return tuple(Mention(doc=d.id, start=d.text.index(n), end=d.text.index(n) + len(n), text=n, type=kind,
                             cluster=0) for n, kind in found)

    people = {"a": [("Marta Olsen", "PERSON")], "b": [("Marta Olsen", "PERSON")], "c": [("Olsen County", "GPE")],
              "d": [("Ruth Adler", "PERSON"), ("Olsen County", "GPE")]}
    extractions = {
        d.id: Extraction(doc=d.id, dates=(date(d, "Tuesday", "2025-05-06"),), sentences=sentences(d.text),
                         mentions=names(d, *people[d.id]))
        for d in docs
    }

    def half_close(texts: list[str]) -> np.ndarray:
        # every pair at a cosine of 0.5: under TIMELINE_SIMILARITY, over TIMELINE_FIGURE_SIMILARITY
        return np.array([[np.sqrt(0.5)] + [np.sqrt(0.5) * (1 if i == j else 0) for j in range(len(texts))]
                         for i in range(len(texts))], dtype=np.float32)

    timeline = build_timeline(docs, extractions, encode=half_close)
    # the two naming Marta Olsen are one event; a shared place ("Olsen County") makes no retelling
    assert sorted(sorted(s.doc for s in e.sources) for e in timeline) == [["a", "b"], ["c"], ["d"]]


def test_brief_timeline_a_shared_figure_does_not_take_what_a_closer_retelling_would() -> None:
    import numpy as np

    # a draft merging by a shared figure in the same pass let "b" join "a", and left "c"'s retelling of "b" alone
    # (its article was in "a"'s entry already)
    texts = {
        "a": "Port payrolls increased by 1,940 in March as the idle rate fell to 4.8%, the board said.",
        "b": "Harbour employers added just 1,940 jobs in March, a weak gain.",
        "c": "The idle rate declined to 4.8% in March. Dock companies hired only 1,940 workers in March.",
    }
    docs = [Document(id=k, source_path=f"{k}.txt", paragraphs=(Paragraph(0, t, True, "body"),), outlet=k.upper())
            for k, t in texts.items()]
    extractions = {
        d.id: Extraction(doc=d.id, sentences=sentences(d.text), dates=tuple(
            DateMention(doc=d.id, text="March", value="2025-03", grain="month", start=m.start(), end=m.end())
            for m in re.finditer("March", d.text)))
        for d in docs
    }
    basis = {"payrolls": (1.0, 0.0), "idle rate declined": (1.0, 0.0), "employers added": (0.5, 0.75 ** 0.5),
             "hired only": (0.0, 1.0)}

    def by_words(texts: list[str]) -> np.ndarray:
        return np.array([next(v for k, v in basis.items() if k in t) for t in texts], dtype=np.float32)

    timeline = build_timeline(docs, extractions, encode=by_words)
    assert sorted(sorted(s.doc for s in e.sources) for e in timeline) == [["a", "c"], ["b", "c"]]


def _parsed_timeline(nlp, text: str, published: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Date -> entry text of a one-paragraph article run through the extract stage."""
    from newsfuse.extract import extract_document

    doc = Document(id="d", source_path="d.txt", paragraphs=(Paragraph(0, text, True, "body"),), outlet="Wire",
                   published=published)
    extraction = extract_document(nlp(text), doc_id="d", published=published)
    return {e.date: e.text for e in build_timeline([doc], {"d": extraction})}


@pytest.mark.model
def test_brief_timeline_dates_the_phrase_a_date_modifies_not_its_clause(nlp) -> None:
    text = ("The Tamsin River crested at 24.6 feet at the Dunmore gauge on Wednesday, breaking the previous "
            "record of 23.9 feet set in April 1981.")
    timeline = _parsed_timeline(nlp, text, "2025-03-14")
    # The 1981 entry is the old record, not the river cresting in 1981.
    assert timeline["1981-04"] == "the previous record of 23.9 feet set in April 1981"
    assert "crested" in timeline["2025-03-12"]


@pytest.mark.model
def test_brief_timeline_dates_a_since_or_after_clause_not_the_main_event(nlp) -> None:
    text = ("A bomb killed at least four people at the Ridgeway market on Sunday, the first attack in the city "
            "since the army withdrew in August. Police arrested two men on Monday after they fled the area in a van.")
    timeline = _parsed_timeline(nlp, text, "2025-10-07")
    # August dates the withdrawal, not the bombing.
    assert timeline["2025-08"] == "the army withdrew in August"
    assert "bomb killed" in timeline["2025-10-05"]
    assert "arrested" in timeline["2025-10-06"]


@pytest.mark.model
def test_brief_timeline_event_does_not_start_inside_a_quotation(nlp) -> None:
    # The dash inside the quoted log entry had cut the event to 'priority” in November ...'.
    text = ("According to a maintenance log, the valve was flagged as “needs replacement – priority” in November "
            "and again in January.")
    timeline = _parsed_timeline(nlp, text, "2025-03-06")
    assert timeline["2024-11"].startswith("According to a maintenance log, the valve was flagged")


def test_brief_timeline_cites_an_article_once_per_event() -> None:
    text = ("The council approved the harbour budget on Tuesday after a long debate.\n\n"
            "On Tuesday the council approved the harbour budget, which adds two ferries.")
    doc = Document(id="a", source_path="a.txt", outlet="A",
                   paragraphs=tuple(Paragraph(i, p, True, "body") for i, p in enumerate(text.split("\n\n"))))
    first = doc.text.index("Tuesday")
    second = doc.text.index("Tuesday", first + 1)
    dates = tuple(DateMention(doc="a", text="Tuesday", value="2025-05-06", grain="day", start=s, end=s + 7)
                  for s in (first, second))
    timeline = build_timeline([doc], {"a": Extraction(doc="a", dates=dates, sentences=sentences(doc.text))})
    assert len(timeline) == 1 and [s.doc for s in timeline[0].sources] == ["a"]


def test_brief_summary_cites_an_article_once_however_often_it_repeats_itself() -> None:
    # A recap paragraph restates the lead word for word: one article is still one source.
    lead = "The harbour bridge reopened to traffic on Monday after six weeks of repairs."
    gazette = make_doc("gazette", f"{lead}\n\nCrews replaced two expansion joints.\n\nIn short: {lead}", "Gazette",
                       "2025-03-04")
    wire = make_doc("wire", f"{lead}\n\nThe repairs cost the city 4 million euros.", "Wire", "2025-03-04")
    docs = [gazette, wire]
    extractions = {d.id: Extraction(doc=d.id, sentences=sentences(d.text)) for d in docs}
    summary = summarise(docs, extractions, groups={"gazette": "g1", "wire": "g2"}, n_sentences=3)
    reopened = [s for s in summary if "reopened to traffic" in s.text]
    assert reopened and all(len({s.doc for s in r.sources}) == len(r.sources) for r in reopened)
    assert {s.doc for s in reopened[0].sources} == {"gazette", "wire"}


@pytest.mark.model
def test_brief_timeline_leaves_out_a_speakers_tonight_or_weekday(nlp) -> None:
    # The speech was given the night before publication: inside the quote, "tonight" and "on
    # Saturday" count from the speech, which the publication date cannot place.
    text = ("Mayor Lena Varga spoke to a crowd at the harbour hall on Tuesday night. "
            "\u201cAnd tonight, this whole hall stands together. That was me speaking on Saturday, right after the "
            "flood,\u201d Varga told the crowd. The city council approved the flood budget on Monday.")
    timeline = _parsed_timeline(nlp, text, "2025-03-19")
    assert "spoke" in timeline["2025-03-18"]
    assert "approved" in timeline["2025-03-17"]
    assert not any("tonight" in entry or "Saturday" in entry for entry in timeline.values())


def _one_article_summary(text: str):  # type: ignore[no-untyped-def]
    doc = make_doc("gazette", text, "Gazette", "2025-03-04")
    return summarise([doc], {"gazette": Extraction(doc="gazette", sentences=sentences(doc.text))},
                     groups={"gazette": "g1"}, n_sentences=5)


def test_brief_summary_never_shows_part_of_a_quotation() -> None:
    # The mayor's quotation runs over two sentences: neither half alone is a summary sentence.
    text = ("The harbour bridge reopened to traffic on Monday after six weeks of repairs.\n\n"
            "\u201cWhat happened on this bridge strikes at the heart of the city. We will never let it close "
            "again,\u201d the mayor said at the reopening ceremony.\n\n"
            "The repairs cost the city four million euros, the council said in its budget report.")
    summary = _one_article_summary(text)
    assert summary and not any("strikes at the heart" in s.text or "never let it close" in s.text for s in summary)


def test_brief_summary_sentences_stand_alone() -> None:
    text = ("The harbour bridge reopened to traffic on Monday after six weeks of repairs.\n\n"
            "It had been closed since a barge struck one of its piers in January.\n\n"
            "But traders on the east bank said the closure had cost them half their customers.\n\n"
            "\u201cIt is a good day for the whole city,\u201d the mayor said at the reopening ceremony.")
    texts = [s.text for s in _one_article_summary(text)]
    assert any("reopened to traffic" in t for t in texts) and any("good day for the whole city" in t for t in texts)
    assert not any(t.startswith(("It had", "But traders")) for t in texts)


def test_brief_summary_leaves_out_a_fronted_clause_and_main_clause_on_one_pronoun() -> None:
    # "While he ..., he ..." names nobody; a name after the comma tells who the clause's pronoun is
    text = ("The harbour council approved the new ferry terminal on Tuesday after a four-hour debate.\n\n"
            "While he may have spoken harshly of the plan in the past, he is keeping his views quiet this week.\n\n"
            "When she was first elected, Mayor Ana Ruiz promised the fishing fleet a new quay on the north side.")
    texts = [s.text for s in _one_article_summary(text)]
    assert any(t.startswith("When she was first elected, Mayor Ana Ruiz") for t in texts)
    assert not any(t.startswith("While he may have") for t in texts)


def test_brief_summary_leaves_out_a_sentence_opening_with_a_label() -> None:
    # A newsletter's section label turns the outlet's analysis into what reads, alone, as a plain fact; a lead-in
    # naming who spoke is an attribution and stays.
    text = ("The harbour council approved the new ferry terminal on Tuesday after a four-hour debate.\n\n"
            "Why it matters: The council is taking a huge gamble with the fishing fleet's future.\n\n"
            "The big picture: Three other ports along the coast have shut their ferry lines in a decade.\n\n"
            "Why it matters, via editor Dana Holt: The vote sets up a long fight over the quay.\n\n"
            "The harbour master told reporters: \u201cThe fleet will keep its berths on the north quay.\u201d")
    texts = [s.text for s in _one_article_summary(text)]
    assert any("approved the new ferry terminal" in t for t in texts)
    assert any(t.startswith("The harbour master told reporters:") for t in texts)
    assert not any(t.startswith(("Why it matters", "The big picture")) for t in texts), texts


def test_brief_summary_leaves_out_a_quotation_with_no_speaker_and_a_pointing_opening() -> None:
    # A sentence that is one quotation, or opens a single-quoted one that does not close, shows words of no one;
    # "Amid that," points back like "But". A single-quoted quotation with its speaker stays.
    text = ("The harbour council approved the new ferry terminal on Tuesday after a four-hour debate.\n\n"
            "The mayor of the port town spoke against the plan for most of the evening session.\n\n"
            "\u201cIt is a matter of keeping the fishing fleet alive in this harbour for good.\u201d\n\n"
            "'Most of the boats moored on the north quay will have nowhere to go next winter.\n\n"
            "Amid that, the council voted to double the harbour's dredging budget for next year.\n\n"
            "\u2018We will not abandon the fleet or the people who crew it,\u2019 the council leader told reporters.")
    texts = [s.text for s in _one_article_summary(text)]
    assert any("approved the new ferry terminal" in t for t in texts)
    assert any(t.startswith("\u2018We will not abandon") for t in texts)
    assert not any(t.startswith(("\u201cIt is a matter", "'Most of the boats", "Amid that")) for t in texts)


_POST_TEXT = (
    "The harbour council approved the new ferry terminal on Tuesday after a long debate.\n\n"
    "The terminal is a disaster for the fishermen and a gift to developers, and today we lost. "
    "\u2014 Dana Whitlock (@DanaWhitlock) March 3, 2025\n\n"
    "Construction of the terminal is scheduled to begin in the autumn of next year."
)


def _post_dates(doc: Document) -> tuple[DateMention, ...]:
    text = doc.text
    tuesday, signed, today = text.index("Tuesday"), text.index("March 3, 2025"), text.index("today")
    return (DateMention(doc=doc.id, text="Tuesday", value="2025-03-04", grain="day", start=tuesday, end=tuesday + 7),
            DateMention(doc=doc.id, text="today", value="2025-03-05", grain="day", start=today, end=today + 5),
            DateMention(doc=doc.id, text="March 3, 2025", value="2025-03-03", grain="day", start=signed,
                        end=signed + 13))


def test_brief_timeline_dates_an_embedded_post_by_its_sign_off() -> None:
    doc = make_doc("gazette", _POST_TEXT, "Gazette", "2025-03-05")
    extraction = Extraction(doc="gazette", dates=_post_dates(doc), sentences=sentences(doc.text))
    timeline = {e.date: e.text for e in build_timeline([doc], {"gazette": extraction})}
    # The post is the event of its date, with who posted it; "today" in it is the poster's day, not the article's.
    assert timeline["2025-03-03"] == ("The terminal is a disaster for the fishermen and a gift to developers, and today "
                                      "we lost. \u2014 Dana Whitlock (@DanaWhitlock)")
    assert "2025-03-05" not in timeline and "approved" in timeline["2025-03-04"]


def test_brief_summary_never_states_an_embedded_post_as_the_storys_own_words() -> None:
    doc = make_doc("gazette", _POST_TEXT, "Gazette", "2025-03-05")
    summary = summarise([doc], {"gazette": Extraction(doc="gazette", sentences=sentences(doc.text))},
                        groups={"gazette": "g1"}, n_sentences=5)
    assert summary and not any("disaster" in s.text for s in summary)


def test_brief_timeline_entry_does_not_start_with_a_datelines_dash() -> None:
    text = ("\u2014 Western governments on Thursday accused hackers of trying to steal vaccine research.\n\n"
            "The advisory was published by the cyber security centre.")
    doc = make_doc("wire", text, "Wire", "2020-07-16")
    thursday = text.index("Thursday")
    dates = (DateMention(doc="wire", text="Thursday", value="2020-07-16", grain="day", start=thursday, end=thursday + 8),)
    timeline = build_timeline([doc], {"wire": Extraction(doc="wire", dates=dates, sentences=sentences(doc.text))})
    assert [e.text for e in timeline] == [
        "Western governments on Thursday accused hackers of trying to steal vaccine research."]


def test_brief_summary_leaves_out_a_sentence_cut_off_mid_way() -> None:
    # a teaser cut with an ellipsis, and a sentence split after a title before the names it introduces
    text = ("The harbour bridge reopened to traffic on Monday after six weeks of repairs.\n\n"
            "The council rejected two of the contractors the ministry had proposed for the work, Reps. "
            "Ada Morn and Lee Hart said.\n\n"
            "Traders on the east bank said the closure had cost them nearly half of their regular customers "
            "and that some shops had chosen to...")
    texts = [s.text for s in _one_article_summary(text)]
    assert any("reopened to traffic" in t for t in texts)
    assert not any(t.endswith(("to...", "Reps.")) for t in texts)


def test_brief_timeline_leaves_out_the_date_a_record_is_measured_from() -> None:
    # "the steepest rise since March 2009" says nothing happened then; "closed since March 3" and a
    # clause after "since" are events
    text = ("Bread prices rose at the steepest pace since March 2009, the agency said on Tuesday.\n\n"
            "The old mill has been closed since March 3, when a fire gutted its roof.")
    assert _hand_dated_timeline(text, "2025-05-07", [("March 2009", "2009-03", "month"), ("Tuesday", "2025-05-06", "day"),
                                                        ("March 3", "2025-03-03", "day")]) == ["2025-03-03", "2025-05-06"]


def test_brief_summary_leaves_out_half_a_sentence_the_split_cut_off() -> None:
    # the splitter ends a sentence after "(D-Ore.)"; what follows in lower case is the same sentence
    text = ("The harbour bridge reopened to traffic on Monday after six weeks of repairs.\n\n"
            "The council on Friday chose Rep. Ada Morn (D-Ore.) to replace Rep. Lee Hart (R-Ore.) "
            "as chair of the harbour committee, ending a month of quarrels.")
    doc = make_doc("gazette", text, "Gazette", "2025-03-04")
    cut = doc.text.index("(R-Ore.)") + len("(R-Ore.)")
    spans = ((0, doc.text.index("\n\n")), (doc.text.index("The council"), cut), (cut + 1, len(doc.text)))
    summary = summarise([doc], {"gazette": Extraction(doc="gazette", sentences=spans)}, groups={"gazette": "g1"},
                        n_sentences=5)
    texts = [s.text for s in summary]
    assert any("reopened to traffic" in t for t in texts)
    assert not any(t.startswith("The council") for t in texts)


def test_brief_summary_leaves_out_no_comment_notes_and_four_dot_cuts() -> None:
    text = ("The harbour bridge reopened to traffic on Monday after six weeks of repairs.\n\n"
            "The mayor and her staff did not respond to requests for comment on the delays.\n\n"
            "The contractor could not be reached for comment about the cost of the repairs.\n\n"
            "Engineers said the new bearings should last for decades, the inspection report emphasizes....")
    texts = [s.text for s in _one_article_summary(text)]
    assert any("reopened to traffic" in t for t in texts)
    assert not any("comment" in t or t.endswith("....") for t in texts)


def test_brief_timeline_leaves_out_the_date_an_event_is_compared_with() -> None:
    text = ("In May alone, bread prices rose 0.6%, slightly less than in April, the agency said.\n\n"
            "Sales were higher than the March figures suggested.")
    assert _hand_dated_timeline(text, "2025-06-10", [("May", "2025-05", "month"), ("April", "2025-04", "month")]) == ["2025-05"]


@pytest.mark.model
def test_brief_timeline_dates_the_noun_a_date_stands_before_and_no_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The House panel investigating the March 3 blast at the Ashford plant issued a subpoena Wednesday for a "
            "former manager.")
    timeline = _parsed_timeline(nlp, text, "2025-10-16")
    assert timeline["2025-03-03"] == "the March 3 blast at the Ashford plant"
    assert "issued a subpoena" in timeline["2025-10-15"]
    # a date inside a name ("the House March 3 Select Committee") dates no event
    timeline = _parsed_timeline(nlp, "The House March 3 Select Committee announced on Wednesday that it seeks "
                                     "records from the plant's owner.", "2025-10-16")
    assert list(timeline) == ["2025-10-15"]


def test_brief_voices_never_show_a_pronoun_as_a_voice() -> None:
    # "It found intelligence was not passed on ...": the report's finding, its speaker an unresolved
    # "It"; alone in an outlet's quotes it had been listed as the voice "It"
    assert voices([Quote("d", "a", "indirect", 0, 1, speaker_name="It")]) == {"unattributed": 1}
    assert voices([Quote("d", "a", "indirect", 0, 1, speaker_name="they"),
                   Quote("d", "b", "direct", 2, 3, speaker_name="They")]) == {"unattributed": 2}


def test_brief_summary_leaves_out_a_quotation_its_sentence_gives_to_a_bare_pronoun() -> None:
    # "'...,' he added." names no one: alone in a briefing, the words belong to nobody the reader knows
    text = ("The harbour bridge reopened to traffic on Monday after six weeks of repairs.\n\n"
            "\u201cWe should have fixed the piers years ago instead of waiting for a barge to hit them,\u201d "
            "he added.\n\n"
            "She said: \u201cThe traders on the east bank lost half of their customers this winter.\u201d\n\n"
            "\u201cIt is a good day for the whole city,\u201d the mayor said at the reopening ceremony.")
    texts = [s.text for s in _one_article_summary(text)]
    assert any("good day for the whole city" in t for t in texts)
    assert not any("fixed the piers" in t or "half of their customers" in t for t in texts)


def test_brief_timeline_leaves_out_the_date_of_the_level_a_change_started_from() -> None:
    # "fell to 4.1% in May from 4.4% in April": April dates the starting level; the clause, about
    # the fall, filed under April would say the rate fell in April
    text = ("The jobless rate fell to 4.1% in May from 4.4% in April, the agency said.\n\n"
            "Average daily cases climbed to 2,300 on Monday, up from 1,130 on June 3, officials said.")
    assert _hand_dated_timeline(text, "2025-06-10", [
        ("May", "2025-05", "month"), ("April", "2025-04", "month"), ("Monday", "2025-06-09", "day"),
        ("June 3", "2025-06-03", "day")]) == ["2025-05", "2025-06-09"]


def test_brief_timeline_leaves_out_a_bound_said_as_how_long_ago() -> None:
    # "more than six months ago" says only that the shots came before that month; "nearly" still dates it.
    text = ("Seniors who had their second shot more than six months ago can get a booster, the agency said.\n\n"
            "The clinic opened its second site nearly three months ago in the old library building.")
    assert _hand_dated_timeline(text, "2025-09-28", [("more than six months ago", "2025-03", "month"),
                                                        ("nearly three months ago", "2025-06", "month")]) == ["2025-06"]


def test_brief_timeline_leaves_out_a_starting_level_with_its_noun_or_an_ago() -> None:
    # The starting level as a noun phrase ("the 1,130 case average", "980 jobs added") and a day said with how
    # long ago it was: still the level's date, not the change's.
    text = ("Average daily cases climbed to 2,300 on Monday, up from the 1,130 case average two weeks ago on May 26.\n\n"
            "The county added 410 jobs in May, down from 980 jobs added in April, officials said.")
    assert _hand_dated_timeline(text, "2025-06-10", [
        ("Monday", "2025-06-09", "day"), ("May 26", "2025-05-26", "day"), ("in [May],", "2025-05", "month"),
        ("April", "2025-04", "month")]) == ["2025-05", "2025-06-09"]


@pytest.mark.parametrize(
    ("said_a", "said_b"),
    [
        # the same words but for a negation, or but for the number: two statements, not two copies
        ("The council has not approved the harbour budget at its meeting on Monday evening.",
         "The council has approved the harbour budget at its meeting on Monday evening."),
        ("Police said 12 people died in the warehouse fire near the harbour on Monday night.",
         "Police said 14 people died in the warehouse fire near the harbour on Monday night."),
    ],
)
def test_brief_summary_never_cites_a_source_that_says_otherwise(said_a: str, said_b: str) -> None:
    a = make_doc("a", said_a + "\n\nThe harbour has been closed to ships since the storm in March.", "Gazette",
                 "2025-03-04")
    b = make_doc("b", said_b + "\n\nFerries will run on the winter timetable until the end of April.", "Tribune",
                 "2025-03-04")
    extractions = {d.id: Extraction(doc=d.id, sentences=sentences(d.text)) for d in (a, b)}
    summary = summarise([a, b], extractions, groups={"a": "a", "b": "b"}, n_sentences=4)
    assert summary
    for sentence in summary:
        for source in sentence.sources:
            assert cited_text([a, b], source) == sentence.text


@pytest.mark.model
def test_brief_timeline_event_keeps_its_subject_across_a_dashed_aside(nlp) -> None:
    # The event had been "said Wednesday that his record disqualified him", without who said it.
    text = ("The review board — the outside panel the company set up to judge hard cases — said Wednesday that "
            "his record of violence disqualified him for now.")
    timeline = _parsed_timeline(nlp, text, "2025-05-08")
    assert timeline["2025-05-07"].startswith("The review board")


def test_brief_timeline_dated_phrase_ends_before_an_apposition() -> None:
    # A parse that hung "her chief (said)" on "attack" as an apposition had made the timeline entry
    # "the Jan. 6 attack on the Capitol, her chief said".
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from newsfuse.extract import with_dated_phrase
    from newsfuse.records import DateMention

    words = ["They", "will", "study", "the", "Jan.", "6", "attack", "on", "the", "Capitol", ",", "her", "chief", "said",
             "."]
    heads = [2, 2, 2, 6, 6, 4, 2, 6, 9, 7, 6, 12, 6, 12, 2]
    deps = ["nsubj", "aux", "ROOT", "det", "nmod", "nummod", "dobj", "prep", "det", "pobj", "punct", "poss", "appos",
            "acl", "punct"]
    pos = ["PRON", "AUX", "VERB", "DET", "PROPN", "NUM", "NOUN", "ADP", "DET", "PROPN", "PUNCT", "PRON", "NOUN", "VERB",
           "PUNCT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    start = doc[4].idx
    date = DateMention(doc="d", text="Jan. 6", value="2021-01-06", grain="day", start=start, end=doc[5].idx + 1,
                       type="DATE")
    dated = with_dated_phrase(doc, date)
    assert doc.text[dated.event_start:dated.event_end] == "the Jan. 6 attack on the Capitol"


@pytest.mark.parametrize(
    ("and_head", "plan_head", "plan_dep"),
    # "and" on the date or on the noun, its conjunct hung elsewhere: a bare "and" ended the entry
    [(9, 1, "dobj"), (4, 1, "dobj")],
)
def test_brief_timeline_dated_clause_does_not_end_on_a_dangling_coordinator(
    and_head: int, plan_head: int, plan_dep: str
) -> None:
    # Seen on a real article: 'the $1.9 trillion stimulus package that was enacted in March and' was a timeline entry.
    import spacy
    from spacy.tokens import Doc

    from newsfuse.extract import with_dated_phrase
    from newsfuse.records import DateMention

    words = ["They", "balked", "after", "the", "package", "that", "was", "enacted", "in", "March", "and", "the", "road",
             "plan", "."]
    heads = [1, 1, 1, 4, 2, 7, 7, 4, 7, 8, and_head, 13, 13, plan_head, 1]
    deps = ["nsubj", "ROOT", "prep", "det", "pobj", "nsubjpass", "auxpass", "relcl", "prep", "pobj", "cc", "det",
            "compound", plan_dep, "punct"]
    pos = ["PRON", "VERB", "ADP", "DET", "NOUN", "PRON", "AUX", "VERB", "ADP", "PROPN", "CCONJ", "DET", "NOUN", "NOUN",
           "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    date = DateMention(doc="d", text="March", value="2021-03", grain="month", start=doc[9].idx, end=doc[9].idx + 5,
                       type="DATE")
    dated = with_dated_phrase(doc, date)
    assert doc.text[dated.event_start:dated.event_end] == "the package that was enacted in March"


def _two_outlet_story(lead_a: str, lead_b: str) -> tuple[list[Document], dict[str, Extraction]]:
    a = make_doc("a", lead_a + "\n\nThe harbour has been closed to ships since the storm in March, and ferries "
                 "are running on the winter timetable.", "Gazette", "2025-03-04")
    b = make_doc("b", lead_b + "\n\nThe mayor said the repairs would be paid for from the city's reserve fund "
                 "this year.", "Tribune", "2025-03-04")
    return [a, b], {d.id: Extraction(doc=d.id, sentences=sentences(d.text)) for d in (a, b)}


@pytest.mark.model
def test_brief_summary_tells_a_fact_once_when_outlets_retell_it_in_other_words() -> None:
    from newsfuse.link.embeddings import load_encoder

    docs, extractions = _two_outlet_story(
        "The city council on Monday approved a plan to rebuild the storm-damaged harbour wall.",
        "Councillors voted on Monday to go ahead with rebuilding the harbour wall that the storm had wrecked.")
    groups = {"a": "a", "b": "b"}
    # Word overlap alone keeps both leads; by meaning they are one fact, told once.
    plain = [s.text for s in summarise(docs, extractions, groups=groups, n_sentences=4)]
    assert sum("harbour wall" in t for t in plain) == 2
    told = [s.text for s in summarise(docs, extractions, groups=groups, n_sentences=4, encode=load_encoder().encode)]
    assert sum("harbour wall" in t for t in told) == 1
    assert len(told) == 3


@pytest.mark.model
@pytest.mark.parametrize(
    "lead_b",
    [
        # a figure the first telling lacks, or the opposite polarity: the reader must see both
        "Councillors voted 9 to 2 on Monday to go ahead with rebuilding the harbour wall that the storm had wrecked.",
        "Councillors voted on Monday not to go ahead with rebuilding the harbour wall that the storm had wrecked.",
    ],
)
def test_brief_summary_keeps_a_retelling_that_adds_a_figure_or_disputes_it(lead_b: str) -> None:
    from newsfuse.link.embeddings import load_encoder

    docs, extractions = _two_outlet_story(
        "The city council on Monday approved a plan to rebuild the storm-damaged harbour wall.", lead_b)
    told = [s.text for s in summarise(docs, extractions, groups={"a": "a", "b": "b"}, n_sentences=4,
                                      encode=load_encoder().encode)]
    assert sum("harbour wall" in t for t in told) == 2


@pytest.mark.model
def test_brief_timeline_dates_a_noun_by_its_own_date_beside_the_verbs(nlp) -> None:
    # The May entry had been the whole sentence: the apology, which happened on Tuesday.
    text = "Senator Ada Brandt apologized on Tuesday for her remarks last month comparing the city's curfew to martial law."
    timeline = _parsed_timeline(nlp, text, "2025-06-12")
    assert timeline["2025-05"] == "her remarks last month comparing the city's curfew to martial law"
    assert timeline["2025-06-10"].startswith("Senator Ada Brandt apologized")


@pytest.mark.model
def test_brief_timeline_keeps_the_clause_when_the_nouns_date_is_the_only_one(nlp) -> None:
    # With no date of its own on the verb, a date after its object may date the clause.
    text = "The harbour board criticised the decision last month, calling it reckless and rushed."
    timeline = _parsed_timeline(nlp, text, "2025-06-12")
    assert timeline["2025-05"].startswith("The harbour board criticised")


@pytest.mark.model
def test_brief_timeline_dates_the_noun_when_the_clauses_tense_rules_its_date_out(nlp) -> None:
    # The pledge was made before the article: next month is the meeting's, not the whole sentence's.
    text = ("The premier said the port will stay open and pledged to raise the tariffs during her meeting with the "
            "Dunmore trade council next month.")
    assert _parsed_timeline(nlp, text, "2025-03-14") == {"2025-04": "her meeting with the Dunmore trade council next month"}
    # The testimony is still to come: last month dates what they will testify about, not the testimony.
    text = "The harbour pilots will testify about their rescue of the ferry crew last month at a hearing in Ridgeway."
    assert all("testify" not in entry for entry in _parsed_timeline(nlp, text, "2025-03-14").values())
    # A source the sentence cites keeps the sentence, whatever its tense.
    text = "The harbour pilot will report to the court on May 6, according to a court filing on Wednesday."
    assert _parsed_timeline(nlp, text, "2025-03-14")["2025-03-12"] == text
    # A past clause with a past date keeps its clause, as before.
    text = "The harbour board criticised the decision last month, calling it reckless and rushed."
    assert _parsed_timeline(nlp, text, "2025-06-12")["2025-05"].startswith("The harbour board criticised")


@pytest.mark.model
def test_brief_timeline_a_date_naming_an_occasion_dated_otherwise_dates_nothing(nlp) -> None:
    # Labor Day names the address; Sunday is when it was given ("her Labor Day address on Sunday" had been
    # filed under the Monday holiday as well).
    text = "The mayor thanked the lifeguards of Ridgeway beach during her Labor Day address on Sunday."
    assert _parsed_timeline(nlp, text, "2025-09-02") == {"2025-08-31": text}
    # A month and a year after it tell one time twice.
    text = "The two rangers were lost in the hills on a frosty December night last year."
    assert _parsed_timeline(nlp, text, "2025-03-14") == {"2024-12": "a frosty December night"}


@pytest.mark.model
def test_brief_timeline_a_stretch_on_a_participle_dates_its_noun(nlp) -> None:
    # July 3 had filed the whole sentence, the board's Friday release, under the festivals' first day.
    text = ("About 70% of the 300 cases tied to festivals held in Dunmore from July 3 to 17 were mild, according to "
            "figures released Friday by the health board.")
    timeline = _parsed_timeline(nlp, text, "2025-07-25")
    assert timeline["2025-07-03"] == "festivals held in Dunmore from July 3 to 17"
    assert timeline["2025-07-25"] == text
    # A poll the sentence cites is still the sentence.
    text = "A poll conducted from Monday to Wednesday found that most voters back the plan."
    assert _parsed_timeline(nlp, text, "2025-07-25") == {"2025-07-21": text}


@pytest.mark.model
def test_brief_timeline_keeps_the_clause_that_happens_in_the_dated_noun(nlp) -> None:
    # The letter's date is the acknowledgement's: "in" puts the clause inside the letter.
    text = ("In a letter June 30 to the harbour board, made public Thursday, the port's director acknowledged "
            "that the cranes had failed their inspection.")
    timeline = _parsed_timeline(nlp, text, "2025-07-11")
    assert "acknowledged" in timeline["2025-06-30"]


@pytest.mark.model
def test_brief_timeline_leaves_out_what_may_happen_later(nlp) -> None:
    # "global supply issues that may lead to shortages this Christmas" had been an entry on December 25.
    text = ("The port will stay open around the clock from Wednesday. Economists warn that the backlog may lead "
            "to empty shelves this Christmas.")
    timeline = _parsed_timeline(nlp, text, "2025-10-13")
    assert "2025-12-25" not in timeline
    assert "2025-10-15" in timeline
    # the day's own event keeps a modal beside it, and "May" is a month
    text = "The mayor unveiled the budget on Monday, which might anger the unions. Sales fell in May."
    assert set(_parsed_timeline(nlp, text, "2025-10-13")) == {"2025-10-13", "2025-05"}


# -- framing: a syndicated copy and lifted paragraphs are not the printing outlet's framing -----------

HARBOUR_WIRE = (
    "Protesters slammed the harbour board's so-called renewal plan on Tuesday, calling the vote a disaster "
    "for the fishing families of Brenmouth.\n\n"
    '"They are selling our harbour to the highest bidder," said Mara Kell, who chairs the fishers\' '
    "cooperative.\n\n"
    "The board approved the plan by seven votes to two after a four-hour meeting."
)
ECHO_OWN = (
    "The Brenmouth harbour board approved its renewal plan on Tuesday by seven votes to two.\n\n"
    "Work on the new quay is due to start in the spring, the board's chair said."
)


def _framing_story(copy_of: str | None) -> tuple[list[Document], dict[str, Extraction]]:
    wire = make_doc("wire", HARBOUR_WIRE, "Coastal Wire", "2025-05-06")
    copy = Document(
        id="echo-copy", source_path="echo-copy.txt", paragraphs=wire.paragraphs, outlet="Brenmouth Echo",
        published="2025-05-06", duplicate_of=copy_of,
    )
    own = make_doc("echo-own", ECHO_OWN, "Brenmouth Echo", "2025-05-06")
    docs = [wire, copy, own]
    extractions = {}
    for d in docs:
        quotes = ()
        if "Mara Kell" in d.text:
            start, end = d.text.index('"They') + 1, d.text.index('bidder,"') + len("bidder")
            quotes = (Quote(doc=d.id, text=d.text[start:end], kind="direct", start=start, end=end,
                            speaker_name="Mara Kell"),)
        extractions[d.id] = Extraction(doc=d.id, sentences=sentences(d.text), quotes=quotes)
    return docs, extractions


def test_brief_framing_reads_a_syndicated_copy_once_as_the_original_outlets() -> None:
    docs, extractions = _framing_story(copy_of="wire")
    framing = {f.outlet: f for f in compare_framing(docs, extractions)}
    echo, wire = framing["Brenmouth Echo"], framing["Coastal Wire"]
    # The wire's wording is not the outlet that reprinted it: its own article has none of it.
    assert not {"slammed", "so-called", "disaster"} & set(echo.loaded_terms)
    assert echo.voices == {} and echo.reprinted_by == ()
    assert {"slammed", "so-called", "disaster"} <= set(wire.loaded_terms)
    assert wire.voices == {"Mara Kell": 1}  # the copy's quote is not counted a second time
    assert wire.reprinted_by == ("Brenmouth Echo",)


def test_brief_framing_without_copies_reads_each_article() -> None:
    docs, extractions = _framing_story(copy_of=None)
    framing = {f.outlet: f for f in compare_framing(docs, extractions)}
    assert "slammed" in framing["Brenmouth Echo"].loaded_terms and framing["Coastal Wire"].reprinted_by == ()


def test_brief_framing_leaves_out_paragraphs_lifted_from_another_article() -> None:
    wire = make_doc("wire", HARBOUR_WIRE, "Coastal Wire", "2025-05-06")
    borrower_text = ECHO_OWN + "\n\n" + HARBOUR_WIRE.split("\n\n")[0] + "\n\n" + HARBOUR_WIRE.split("\n\n")[1]
    borrower = make_doc("echo", borrower_text, "Brenmouth Echo", "2025-05-07")
    docs = [wire, borrower]
    _, base = _framing_story(copy_of=None)
    start = borrower_text.index('"They') + 1
    end = borrower_text.index('bidder,"') + len("bidder")
    extractions = {
        "wire": base["wire"],
        "echo": Extraction(doc="echo", sentences=sentences(borrower_text), quotes=(
            Quote(doc="echo", text=borrower_text[start:end], kind="direct", start=start, end=end,
                  speaker_name="Mara Kell"),)),
    }
    lifted_from = borrower_text.index("Protesters")
    lifted = {"echo": [(lifted_from, len(borrower_text), "wire")]}
    echo = {f.outlet: f for f in compare_framing(docs, extractions, lifted=lifted)}["Brenmouth Echo"]
    assert not {"slammed", "so-called", "disaster"} & set(echo.loaded_terms)
    assert echo.voices == {}  # the quote came with the lifted paragraph: the lender's voice, not the borrower's
    unmarked = {f.outlet: f for f in compare_framing(docs, extractions)}["Brenmouth Echo"]
    assert "slammed" in unmarked.loaded_terms and unmarked.voices == {"Mara Kell": 1}


def test_brief_summary_asks_for_sentence_embeddings_only_to_compare_two_articles() -> None:
    def refuse(_: list[str]):  # type: ignore[no-untyped-def]
        raise AssertionError("sentence embeddings were computed")

    doc = make_doc("a", "The city council on Monday approved a plan to rebuild the storm-damaged harbour wall.\n\n"
                   "The harbour has been closed to ships since the storm in March, and ferries are running late.",
                   "Gazette", "2025-03-04")
    extractions = {"a": Extraction(doc="a", sentences=sentences(doc.text))}
    assert len(summarise([doc], extractions, groups={"a": "a"}, n_sentences=4, encode=refuse)) == 2


@pytest.mark.model
def test_brief_timeline_files_a_reported_clause_under_its_own_date(nlp) -> None:
    # "Yellen on Tuesday told Congress that the U.S. will run out of flexibility on Oct. 18" had filed the whole
    # sentence under both days; the 18th's entry is what is due then.
    text = ("Officials said Wednesday that the storm had killed 12 people on Monday and that rescue teams would "
            "reach the valley by Friday.")
    timeline = _parsed_timeline(nlp, text, "2025-09-30")
    assert timeline["2025-09-24"].startswith("Officials said Wednesday")
    assert timeline["2025-09-29"] == "the storm had killed 12 people on Monday"
    assert timeline["2025-10-03"] == "rescue teams would reach the valley by Friday"
    # a clause without a subject of its own keeps the sentence, which says who
    assert _parsed_timeline(nlp, "She decided on Friday to resign in June.", "2025-09-30")["2026-06"].startswith("She")


def test_brief_timeline_leaves_out_the_period_a_change_is_counted_over() -> None:
    text = "Ferries carried more than 78,000 passengers in June, a 3% increase over the prior month."
    assert _hand_dated_timeline(text, "2025-07-10", [("in [June],", "2025-06", "month"),
                                                     ("the prior month", "2025-05", "month")]) == ["2025-06"]
    # a season named in its own right may be when the change happened
    text = "Ferry fares rose over the winter and fell again in April after the new terminal opened."
    assert _hand_dated_timeline(text, "2025-07-10", [("the winter", "2025-01", "month"),
                                                     ("in [April]", "2025-04", "month")]) == ["2025-01", "2025-04"]


@pytest.mark.model
def test_brief_timeline_leaves_out_a_phrase_that_names_a_period_only(nlp) -> None:
    text = ("Port traffic fell 2,000 to 41,000 containers for the week ended May 15, figures from the harbour "
            "board showed Thursday.")
    timeline = _parsed_timeline(nlp, text, "2025-05-23")
    assert "2025-05-15" not in timeline
    assert "2025-05-22" in timeline


@pytest.mark.model
def test_brief_timeline_files_a_reported_future_under_its_own_date(nlp) -> None:
    # what was said to come later is its own entry, not the saying filed under that later day
    text = 'The governor said in her farewell remarks that the handover will be effective "in 14 days."'
    assert _parsed_timeline(nlp, text, "2025-08-10") == {"2025-08-24": 'the handover will be effective "in 14 days."'}
    text = ("The minister said Sunday the ministry will push for a deal but the assembly will begin debating the "
            "plan on Wednesday.")
    timeline = _parsed_timeline(nlp, text, "2025-06-09")
    assert timeline["2025-06-11"] == "the assembly will begin debating the plan on Wednesday"
    assert timeline["2025-06-08"].startswith("The minister said Sunday")


@pytest.mark.model
def test_brief_timeline_a_day_after_a_reporting_verb_is_when_it_was_said(nlp) -> None:
    # "said Wednesday Trump would ..." had read the day as a modifier of the name after it: no Wednesday entry,
    # and the whole sentence under Friday.
    text = "The spokesman said Wednesday Reyes would sign four executive orders on Friday after she is sworn in."
    timeline = _parsed_timeline(nlp, text, "2025-01-16")
    assert timeline["2025-01-15"].startswith("The spokesman said Wednesday")
    assert timeline["2025-01-17"] == "Reyes would sign four executive orders on Friday after she is sworn in"


def test_brief_lies_as_a_verb_of_place_is_no_polar_word() -> None:
    # "lies with the courts", "there lies the problem": where something is, not a charge of lying
    assert tone(["The decision lies with the courts, a fair outcome and a success."]) == 0.375
    assert tone(["And there lies the answer, a fair outcome and a success."]) == 0.375
    assert tone(["The answer lies primarily in the budget, a fair outcome and a success."]) == 0.375
    assert tone(["The minister's lies were exposed, a fair outcome and a success."]) < 0.375


def test_brief_framing_a_stated_omission_is_no_loaded_term() -> None:
    a = make_doc("a", "The contractor failed to pay the fee, and the council noted his failure to file and "
                 "his failure to register.",
                 "Harbor Post", "2025-04-10")
    b = make_doc("b", "The contractor owes the council a fee, officials said.", "Capitol Wire", "2025-04-10")
    c = make_doc("c", "The contractor's failed policy was a betrayal, critics said.", "Beltway Daily", "2025-04-10")
    framing = {f.outlet: f for f in compare_framing([a, b, c], {})}
    assert "failed" not in framing["Harbor Post"].loaded_terms and "failure" not in framing["Harbor Post"].loaded_terms
    assert framing["Harbor Post"].tone < 0  # the omission still counts for tone
    assert "betrayal" in framing["Beltway Daily"].loaded_terms


def test_brief_summary_leaves_out_the_middle_of_a_longer_quotation() -> None:
    # The middle sentence of a three-sentence quotation has no quote mark of its own to give it away, and
    # alone it reads as the outlet's own first-person statement.
    text = ("The harbour council approved the new ferry terminal on Tuesday after a four-hour debate.\n\n"
            "\u201cIt won't be easy for me. Everyone who has followed my work on this council knows that I "
            "keep my promises, and I will tell every skipper on the quay that the ferries are staying. No "
            "exceptions,\u201d the council leader told the local radio station on Wednesday.\n\n"
            "The terminal will cost the port twelve million euros over the next three years.")
    texts = [s.text for s in _one_article_summary(text)]
    assert any("approved the new ferry terminal" in t for t in texts)
    assert not any(t.startswith("Everyone who has followed") for t in texts), texts


def test_brief_summary_leaves_out_a_label_whose_first_word_is_a_verb_too() -> None:
    # "State" is a speech verb, but as the label's first word it is the label's noun.
    text = ("The harbour council approved the new ferry terminal on Tuesday after a four-hour debate.\n\n"
            "State of play: The council said it was also weighing a second terminal on the north quay.\n\n"
            "The terminal will cost the port twelve million euros over the next three years.")
    texts = [s.text for s in _one_article_summary(text)]
    assert any("approved the new ferry terminal" in t for t in texts)
    assert not any(t.startswith("State of play") for t in texts), texts


def test_brief_summary_leaves_out_questions_and_an_attribution_split_from_its_words() -> None:
    # A question states nothing a source can be cited for; "The Gazette reported, citing ..." is the end of the
    # sentence before, split off at the quotation's period: alone it says nothing. A quoted question with its
    # asker, and a lead-in ("As the harbour master noted, ...") followed by what was said, stay.
    text = ("The harbour council approved the new ferry terminal on Tuesday after a four-hour debate.\n\n"
            "So what does the new terminal mean for the fishing fleet on the north quay?\n\n"
            "Council members described a \"tense and at times bitter mood\" in the chamber. "
            "The Harbour Gazette reported, citing interviews with nine council members.\n\n"
            "The mayor said Friday, adding that the fleet would keep its berths for another five years.\n\n"
            "One fisherman asked the council, \u201cWhere will our boats go next winter?\u201d\n\n"
            "As the harbour master noted, the old ferry ramp has been closed since a storm in January.")
    texts = [s.text for s in _one_article_summary(text)]
    assert any("approved the new ferry terminal" in t for t in texts)
    assert any(t.startswith("One fisherman asked") for t in texts), texts
    assert any(t.startswith("As the harbour master noted") for t in texts), texts
    assert not any(t.endswith("?") or t.startswith(("The Harbour Gazette reported", "The mayor said Friday"))
                   for t in texts), texts


def test_brief_summary_of_a_story_with_a_report_leaves_out_its_opinion_pieces() -> None:
    # The op-ed's verdict had been a summary sentence, read as the story's fact; a story of views only is still
    # summarised from them.
    report = make_doc("report", "The harbour council approved the new ferry terminal on Tuesday after a four-hour "
                      "debate.\n\nThe terminal will cost the port twelve million euros over three years.",
                      "Harbour Gazette", "2025-03-04")
    view = replace(make_doc("view", "Tuesday's vote on the ferry terminal is a shameful betrayal of every family "
                            "that fishes from the harbour.\n\nCouncillors who backed the terminal should resign "
                            "before the next storm season.", "Coast Courier", "2025-03-04"),
                   url="https://courier.example/opinion/2025/03/04/ferry-terminal-betrayal")
    docs = [report, view]
    extractions = {d.id: Extraction(doc=d.id, sentences=sentences(d.text)) for d in docs}
    summary = summarise(docs, extractions, groups={"report": "g1", "view": "g2"}, n_sentences=5)
    assert summary and all(span.doc == "report" for s in summary for span in s.sources), summary
    alone = summarise([view], extractions, groups={"view": "g2"}, n_sentences=5)
    assert any("betrayal" in s.text for s in alone)


def test_brief_summary_leaves_out_a_sentence_naming_the_event_before_it() -> None:
    # "The move" and "the announcement" name the event of the sentence before: alone, which move? With what it
    # is of or to ("the decision to close ..."), or "on the move", the sentence says it.
    text = ("The harbour council approved the new ferry terminal on Tuesday after a four-hour debate.\n\n"
            "The move drew immediate criticism from fishing crews on the north quay of the harbour.\n\n"
            "Opponents denounced the move as a giveaway to developers and vowed a legal challenge.\n\n"
            "The announcement comes two weeks after a storm damaged the old ferry ramp beyond repair.\n\n"
            "The decision to close the old ramp for good was made by the harbour master in January.\n\n"
            "Fishing crews have been on the move since dawn, shifting their boats to the south basin.")
    texts = [s.text for s in _one_article_summary(text)]
    assert any(t.startswith("The decision to close the old ramp") for t in texts), texts
    assert any(t.startswith("Fishing crews have been on the move") for t in texts), texts
    assert not any(t.startswith(("The move drew", "Opponents denounced", "The announcement comes")) for t in texts)


def test_brief_summary_sentence_and_timeline_entry_leave_out_the_dateline() -> None:
    # "HALDEN, Norway (Coast Wire) — " says where the report was filed; the sentence starts after it, and a
    # capitalised name before a dash inside a sentence stays
    text = ("HALDEN, Norway (Coast Wire) \u2014 The harbour council approved the new ferry terminal on Tuesday after a "
            "four-hour debate.\n\nNATO officials \u2014 two of them on the council \u2014 backed the terminal in "
            "the vote.")
    doc = make_doc("wire", text, "Coast Wire", "2025-03-05")
    tuesday = text.index("Tuesday")
    dates = (DateMention(doc="wire", text="Tuesday", value="2025-03-04", grain="day", start=tuesday, end=tuesday + 7),)
    extraction = Extraction(doc="wire", dates=dates, sentences=sentences(text))
    summary = summarise([doc], {"wire": extraction}, groups={"wire": "g1"}, n_sentences=5)
    assert [s.text for s in summary][0].startswith("The harbour council approved")
    assert text[summary[0].sources[0].start:].startswith("The harbour council")
    assert any(s.text.startswith("NATO officials") for s in summary)
    timeline = build_timeline([doc], {"wire": extraction})
    assert [e.text for e in timeline] == [
        "The harbour council approved the new ferry terminal on Tuesday after a four-hour debate."]


def test_brief_timeline_files_a_range_under_its_first_day_only() -> None:
    # "conducted May 27-30" had given two entries with the same clause, one per end of the range
    text = ("The survey, conducted from May 27-30 among 900 adults, found that most oppose the toll.\n\n"
            "Crews worked on the bridge from May 3 through May 9, the city said.")
    marks = [("May 27", "2025-05-27", "day"), ("-[30]", "2025-05-30", "day"), ("May 3", "2025-05-03", "day"),
             ("May 9", "2025-05-09", "day")]
    assert _hand_dated_timeline(text, "2025-06-02", marks) == ["2025-05-03", "2025-05-27"]


def test_brief_timeline_leaves_out_a_level_not_seen_since_a_date() -> None:
    # "figures not seen since March 2020" is the point a level is measured from; someone "not seen since"
    # a day was seen that day
    text = ("The weekly average fell to 330 deaths, figures not seen since March 2020.\n\n"
            "The hiker has not been seen since June 3, when she left the lodge.")
    marks = [("March 2020", "2020-03", "month"), ("June 3", "2025-06-03", "day")]
    assert _hand_dated_timeline(text, "2025-06-10", marks) == ["2025-06-03"]


@pytest.mark.model
def test_brief_timeline_dates_a_day_named_with_an_event_as_that_event(nlp) -> None:  # type: ignore[no-untyped-def]
    # "the soldiers killed in Thursday's attack" had filed the release of their names under Thursday
    text = "The ministry has released the names of the soldiers killed in Thursday's attack on the depot."
    assert _parsed_timeline(nlp, text, "2025-06-07") == {"2025-06-05": "Thursday's attack on the depot"}
    # the clause still happens at the event it names: "said at Thursday's hearing", "won today's vote"
    text = "The inspector said at Thursday's hearing that the depot had no guards."
    assert "said at Thursday" in _parsed_timeline(nlp, text, "2025-06-07")["2025-06-05"]


@pytest.mark.model
def test_brief_timeline_dates_the_noun_a_dated_phrase_follows_when_the_verb_has_its_own_day(nlp) -> None:  # type: ignore[no-untyped-def]
    # "released its report on the riot on Jan. 6" filed the whole release under Jan. 6
    text = "A panel of senators on Tuesday released its report on the deadly fire on March 3 and offered advice."
    timeline = _parsed_timeline(nlp, text, "2025-06-11")
    assert timeline["2025-03-03"] == "the deadly fire on March 3"
    assert "released its report" in timeline["2025-06-10"]


@pytest.mark.model
def test_brief_timeline_a_committee_named_by_a_date_did_nothing_that_day(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The March 3 select committee tasked with investigating the fire could be the chairman's last post."
    assert "2025-03-03" not in _parsed_timeline(nlp, text, "2025-06-11")


def test_brief_timeline_leaves_out_what_ought_to_happen_later() -> None:
    # "Come September, all pupils ought to be back in class" had been filed under September
    text = ("Come September, all pupils ought to be back in class.\n\n"
            "A ruling on the ferry contract should come by late June.\n\n"
            "The new timetable will start in September, the council said.")
    marks = [("September", "2025-09", "month"), ("late June", "2025-06", "month"), ("in [September]", "2025-09", "month")]
    assert _hand_dated_timeline(text, "2025-05-20", marks) == ["2025-09"]


@pytest.mark.model
def test_brief_timeline_a_noun_phrase_entry_stops_before_another_day(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parse hangs the launch's "Tuesday" on the riot: the riot's entry had ended in "... riot Tuesday"
    text = "Lawmakers are opening their inquiry into the March 3 depot riot Tuesday with a focus on the guards."
    assert _parsed_timeline(nlp, text, "2025-07-30")["2025-03-03"] == "the March 3 depot riot"


@pytest.mark.model
def test_brief_timeline_a_noun_phrase_entry_stays_in_its_paragraph(nlp) -> None:
    # "the Jan. 6 attack in Washington D.C." had run on into the blank line after its paragraph
    text = ("Four guards filed a lawsuit Thursday accusing the men of planning what led to the March 3 riot at the "
            "harbour depot in Port Ellis, N.C.\n\nThe suit is the widest civil effort yet over the riot.")
    doc = Document(id="d", source_path="d.txt", paragraphs=(Paragraph(0, text, True, "body"),), outlet="Wire",
                   published="2025-07-31")
    from newsfuse.extract import extract_document

    extraction = extract_document(nlp(text), doc_id="d", published="2025-07-31")
    riot = next(e for e in build_timeline([doc], {"d": extraction}) if e.date == "2025-03-03")
    assert riot.text.startswith("the March 3 riot") and riot.text.endswith("Port Ellis, N.C.")


@pytest.mark.model
def test_brief_timeline_the_end_of_a_stretch_is_no_day_of_the_clause(nlp) -> None:
    # "until the end of September" had filed the call for a moratorium under September as well
    text = ("The health agency on Wednesday called for a pause on booster shots until the end of September, so "
            "that poorer countries can catch up. The council extended the rent freeze on Monday through March "
            "2026. The curfew on the old town runs until Sept. 30.")
    timeline = _parsed_timeline(nlp, text, "2025-08-06")
    assert "called for a pause" in timeline["2025-08-06"] and "2025-09" not in timeline
    assert timeline["2025-08-04"].startswith("The council extended the rent freeze") and "2026-03" not in timeline
    assert "curfew" in timeline["2025-09-30"]


@pytest.mark.model
def test_brief_timeline_the_end_of_what_a_deed_set_going_is_not_its_day(nlp) -> None:
    # "has since extended that protection until July" had been filed under July, as if extended then
    text = ("The ferry company has since extended its fare freeze until July. The harbour ban was extended until "
            "the end of October. The court ordered the port to keep both docks open through June. The reading "
            "rooms of the old library will remain closed until Sept. 30. The north pier was not reopened until "
            "April 2.")
    timeline = _parsed_timeline(nlp, text, "2025-05-14")
    assert not {"2025-07", "2025-10", "2025-06"} & set(timeline)
    # a state that lasts has no object: its end stays its entry; and "not ... until" is when the deed was done
    assert "remain closed" in timeline["2025-09-30"] and "north pier" in timeline["2025-04-02"]


@pytest.mark.model
def test_brief_timeline_a_gerund_after_since_or_until_dates_no_clause(nlp) -> None:
    # "hovered in the low 50s since taking office in late January" had been filed under January as a whole
    text = ("The mayor's approval rating hovered in the low 50s since taking office in late January. The order let "
            "the port keep its night curfew for eight more months until quietly lifting it in March. After meeting "
            "the union on Monday, the harbour board dropped the fee. Before adjourning on Friday, the judge reminded "
            "the jurors to avoid the news.")
    timeline = _parsed_timeline(nlp, text, "2025-09-10")
    assert not {"2025-01", "2025-03"} & set(timeline)
    # "after" and "before" stay: what follows or precedes an event of the day mostly happened that day
    assert "dropped the fee" in timeline["2025-09-08"] and any("reminded the jurors" in t for t in timeline.values())


@pytest.mark.model
def test_brief_timeline_a_gerund_after_after_or_before_in_a_dated_clause_dates_nothing(nlp) -> None:
    # "claims fell to 400,000 last week after reaching a peak of 904,000 in January" had been filed under January whole
    text = ("Applications for port-worker benefits fell to 41,200 last week after reaching a peak of 90,400 in January. "
            "The ferry line cut its fares on Tuesday before raising them again in June. After meeting the union on "
            "Monday, the harbour board dropped the fee.")
    timeline = _parsed_timeline(nlp, text, "2025-09-10")
    assert not {"2025-01", "2025-06"} & set(timeline)
    assert "cut its fares" in timeline["2025-09-09"]
    # a gerund in a clause with no date of its own still dates it: what follows an event of the day mostly happened then
    assert "dropped the fee" in timeline["2025-09-08"]


@pytest.mark.model
def test_brief_timeline_a_later_deadline_in_a_dated_sentence_is_no_entry(nlp) -> None:
    # "asked ... in a letter Friday to bring up a motion by July 31" had also been filed under July 31
    text = ("In a letter Friday, the tenants' union asked the council to put the rent cap to a vote by Sept. 30. By "
            "Tuesday the count of flooded homes had reached 40, officials said Thursday. Applications for the grant "
            "must be in by Oct. 6.")
    timeline = _parsed_timeline(nlp, text, "2025-09-12")
    assert "letter" in timeline["2025-09-12"] and "2025-09-30" not in timeline
    # a "by" of the past dates what was reached then, and a deadline alone is its sentence's entry
    assert timeline["2025-09-09"].startswith("By Tuesday the count") and "grant" in timeline["2025-10-06"]


@pytest.mark.model
def test_brief_timeline_a_hope_or_a_forecast_of_a_later_day_is_no_entry(nlp) -> None:
    # "hope on Tuesday to advance ..." and "projected the peak will occur on Aug. 24" had been entries
    text = ("Council members hope on Friday to pass the harbour budget. A county epidemiologist projected the flu peak "
            "will arrive on Sept. 24. The weather office predicted Friday that the storm would weaken.")
    timeline = _parsed_timeline(nlp, text, "2025-09-12")
    assert "2025-09-24" not in timeline and "pass the harbour budget" not in timeline.get("2025-09-12", "")
    # a forecast made that day is the day's event
    assert "predicted Friday" in timeline["2025-09-12"]


@pytest.mark.model
def test_brief_timeline_entry_inside_a_quotation_starts_at_its_mark(nlp) -> None:
    text = ("A county judge struck down the harbour fee. \u201cThe storm forced hard choices on the council. The "
            "harbour fee is one such choice,\u201d Judge Mara Lind wrote on Wednesday.")
    timeline = _parsed_timeline(nlp, text, "2025-05-08")
    assert timeline["2025-05-07"].startswith("\u201cThe storm forced hard choices")


@pytest.mark.model
def test_brief_timeline_the_date_of_what_a_change_is_compared_with(nlp) -> None:
    # "faster than the 0.6% increase in May" had filed the whole sentence under May
    text = ("The bureau said Tuesday that rents rose 0.9% in June, faster than the 0.6% increase in May. "
            "Arrests rose to 3,400, compared with the 2,100 recorded in March. The mayor was sentenced to "
            "more than a year in prison in October.")
    timeline = _parsed_timeline(nlp, text, "2025-07-17")
    assert "2025-05" not in timeline and "2025-03" not in timeline
    assert "rents rose 0.9% in June" in timeline["2025-06"]
    assert "sentenced" in timeline["2024-10"]


@pytest.mark.model
def test_brief_timeline_a_day_naming_a_past_event_of_another_year_is_no_entry(nlp) -> None:
    # written the day before the anniversary: the attacks were years ago, not tomorrow
    text = "The governor honoured the victims of the March 3 flood attacks Friday, reading their names aloud."
    timeline = _parsed_timeline(nlp, text, "2025-03-02")
    assert "2025-03-03" not in timeline
    assert timeline["2025-02-28"].startswith("The governor honoured")
    # nor on the anniversary itself: a same-day event goes by its weekday or "today"
    assert "2025-03-03" not in _parsed_timeline(nlp, text, "2025-03-03")
    # which stays that day's
    text = "Monday’s blast drew renewed calls from residents to close the plant."
    assert _parsed_timeline(nlp, text, "2025-03-03") == {"2025-03-03": text}
    # a date after "of" on a noun names what happened then: the quoted words were not said on it
    text = '"Courage is what the town showed us. To me that is the lesson of March 3," the mayor said.'
    assert "2025-03-03" not in _parsed_timeline(nlp, text, "2025-03-02")
    # the morning of a day places its clause
    text = "On the morning of Feb. 26, protesters blocked the bridge."
    assert _parsed_timeline(nlp, text, "2025-03-02") == {"2025-02-26": text}


@pytest.mark.model
def test_brief_timeline_a_stretch_between_two_dates_is_one_entry(nlp) -> None:
    text = "The lab told the agency in a report that between March 2019 and April 2020 it had grown three strains."
    assert list(_parsed_timeline(nlp, text, "2021-06-01")) == ["2019-03"]
    # with a full date, a comma comes before "and" (the end had been an entry of its own)
    text = "The team read the records of 2 million patients between Dec. 14, 2020, and Aug. 8, the study said."
    assert list(_parsed_timeline(nlp, text, "2021-10-05")) == ["2020-12-14"]


@pytest.mark.model
def test_brief_timeline_a_holiday_naming_a_noun_dates_no_clause(nlp) -> None:
    # "the Memorial Day holiday": the article belongs to the noun, and the day dates the phrase, not the sentence
    text = "The governor warned Thursday about crowded beaches as families hit the road for the Memorial Day holiday."
    timeline = _parsed_timeline(nlp, text, "2025-05-22")
    assert list(timeline) == ["2025-05-22"]


@pytest.mark.model
def test_brief_timeline_what_happened_before_a_day_is_not_dated_on_it(nlp) -> None:
    # "before March 3, 2015" had filed the release of the file under the day of the flood, years earlier
    text = ("The agency released a 40-page file Saturday night that details the help given to two of the "
            "organisers before March 3, 2015. Crews worked through the night ahead of Tuesday. The bill passed "
            "just before midnight on Thursday.")
    timeline = _parsed_timeline(nlp, text, "2025-06-01")
    assert "2015-03-03" not in timeline and "2025-06-03" not in timeline
    assert timeline["2025-05-31"].startswith("The agency released a 40-page file")
    assert "passed just before midnight" in timeline["2025-05-29"]
    # the event a date names is on that day, whatever happened before it
    from newsfuse.brief import _before_the_date

    text = "Turnout rose ahead of the Nov. 3 presidential election."
    start = text.index("Nov. 3")
    named = DateMention(doc="d", text="Nov. 3", value="2025-11-03", grain="day", start=start, end=start + 6,
                        event_start=text.index("the Nov."), event_end=len(text) - 1)
    assert not _before_the_date(named, text) and _before_the_date(replace(named, event_start=None, event_end=None), text)


@pytest.mark.model
def test_brief_timeline_into_a_month_ends_a_stretch(nlp) -> None:
    # "fund the government into early December" had filed Thursday's vote under December as well
    text = "Congress on Thursday approved a measure to fund the government into early December."
    assert list(_parsed_timeline(nlp, text, "2025-09-26")) == ["2025-09-25"]


@pytest.mark.model
def test_brief_timeline_a_day_a_law_makes_a_holiday_dates_nothing(nlp) -> None:
    # the bill's day had been filed under the holiday's date, as if passed then
    text = ("The council approved a bill Tuesday that would make Founders Day, the date of the town's charter, "
            "a paid public holiday. Lawmakers voted to make Labor Day a paid holiday for all city workers.")
    timeline = _parsed_timeline(nlp, text, "2021-06-16")
    assert list(timeline) == ["2021-06-15"] and timeline["2021-06-15"].startswith("The council approved a bill")


def _quote(doc: Document, words: str, kind: str, **fields) -> Quote:  # type: ignore[no-untyped-def]
    start = doc.text.index(words)
    return Quote(doc.id, words, kind, start, start + len(words), **fields)  # type: ignore[arg-type]


def test_brief_voices_count_each_statement_once_and_only_speakers() -> None:
    text = ("The port minister told the mayor that the ferry budget was final, officials said. "
            'The utility said there was "no sign of tampering with the meters" at the depot. '
            'A leaked audit found that the depot\'s roof was "beyond repair" and had not been inspected since 2019. '
            "The Harbour Authority's annual report said that fees would rise by 4 percent. "
            'The council said its engineer, Ana Reis, had called the roof "a danger to every worker."')
    doc = make_doc("a", text, "Harbor Post", "2025-04-10")
    quotes = (
        _quote(doc, "told the mayor that the ferry budget was final", "indirect", speaker="e-min",
               speaker_name="The port minister", speaker_kind="person", cue="told"),
        # the same statement read a second time from its object on: one statement, not two
        _quote(doc, "the mayor that the ferry budget was final", "indirect", speaker="e-min",
               speaker_name="The port minister", speaker_kind="person", cue="told"),
        _quote(doc, 'there was "no sign of tampering with the meters" at the depot', "indirect",
               speaker_name="The utility", speaker_kind="organisation", cue="said"),
        # the quotation inside the utility's statement is its words, not an unattributed voice
        _quote(doc, "no sign of tampering with the meters", "direct"),
        # a document no author was found for is no voice
        _quote(doc, 'that the depot\'s roof was "beyond repair" and had not been inspected since 2019', "indirect",
               speaker_name="A leaked audit", speaker_kind="written", cue="found"),
        _quote(doc, "beyond repair", "direct"),  # the audit's words: no voice either
        # a document with an author is its author's voice, shown under the author's name
        _quote(doc, "that fees would rise by 4 percent", "indirect", speaker="e-auth",
               speaker_name="The Harbour Authority's annual report", speaker_kind="written", cue="said",
               speaker_start=text.index("Harbour Authority"),
               speaker_end=text.index("Harbour Authority") + len("Harbour Authority")),
        # someone else quoted inside a statement keeps a voice of her own
        _quote(doc, 'its engineer, Ana Reis, had called the roof "a danger to every worker."', "indirect",
               speaker_name="The council", speaker_kind="organisation", cue="said"),
        _quote(doc, "a danger to every worker.", "direct", speaker="e-reis", speaker_name="Ana Reis",
               speaker_kind="person", cue="called"),
    )
    other = make_doc("b", "The ferry budget is final, the port minister said.", "Capitol Wire", "2025-04-10")
    extractions = {"a": Extraction(doc="a", sentences=sentences(text), quotes=quotes), "b": Extraction(doc="b")}
    framing = {f.outlet: f for f in compare_framing([doc, other], extractions)}
    assert framing["Harbor Post"].voices == {
        "Ana Reis": 1, "Harbour Authority": 1, "The council": 1, "The port minister": 1, "The utility": 1}


def test_brief_voices_show_a_person_under_one_name_in_every_outlets_row() -> None:
    a = make_doc("a", "Costa said the bill was fair. Costa added that rents would fall.", "Harbor Post", "2025-04-10")
    b = make_doc("b", "Rui Costa said the bill was fair.", "Capitol Wire", "2025-04-10")
    extractions = {
        "a": Extraction(doc="a", quotes=(
            _quote(a, "the bill was fair", "indirect", speaker="e-costa", speaker_name="Costa", speaker_kind="person"),
            _quote(a, "that rents would fall", "indirect", speaker="e-costa", speaker_name="Costa",
                   speaker_kind="person"))),
        "b": Extraction(doc="b", quotes=(
            _quote(b, "the bill was fair", "indirect", speaker="e-costa", speaker_name="Rui Costa",
                   speaker_kind="person"),)),
    }
    framing = {f.outlet: f for f in compare_framing([a, b], extractions)}
    assert framing["Harbor Post"].voices == {"Costa": 2}
    assert framing["Capitol Wire"].voices == {"Costa": 1}  # not "Rui Costa", a second person to a reader


def test_brief_framing_a_word_quoted_from_a_named_speaker_is_not_the_outlets() -> None:
    text = ('Governor Ines Duarte declared a state of "disaster emergency" over the floods on Monday. '
            'Crews struggled with the "chaos" at the flooded depot.')
    a = make_doc("a", text, "Harbor Post", "2025-04-10")
    b = make_doc("b", "The governor declared an emergency over the floods on Monday.", "Capitol Wire", "2025-04-10")
    quoted = _quote(a, "disaster emergency", "direct", speaker="e-duarte", speaker_name="Ines Duarte",
                    speaker_kind="person", cue="declared")
    extractions = {"a": Extraction(doc="a", sentences=sentences(text), quotes=(quoted,)), "b": Extraction(doc="b")}
    post = {f.outlet: f for f in compare_framing([a, b], extractions)}["Harbor Post"]
    assert "disaster" not in post.loaded_terms  # the governor's term, not the outlet calling it a disaster
    assert "chaos" in post.loaded_terms  # a scare quote no one is named for stays the outlet's framing


def test_brief_framing_reported_speech_is_its_speakers_wording() -> None:
    text = ("The former mayor called the council's housing plan a catastrophe on Monday. "
            "Rents rose 9 percent last year amid a deepening crisis, according to the housing agency.")
    a = make_doc("a", text, "Harbor Post", "2025-04-10")
    b = make_doc("b", "The council presented its housing plan on Monday.", "Capitol Wire", "2025-04-10")
    extractions = {"a": Extraction(doc="a", sentences=sentences(text), quotes=(
        _quote(a, "the council's housing plan a catastrophe", "indirect", speaker="e-mayor",
               speaker_name="The former mayor", speaker_kind="person", cue="called"),
        _quote(a, "Rents rose 9 percent last year amid a deepening crisis", "indirect",
               speaker_name="the housing agency", speaker_kind="organisation", cue="according to"),
    )), "b": Extraction(doc="b")}
    post = {f.outlet: f for f in compare_framing([a, b], extractions)}["Harbor Post"]
    assert "catastrophe" not in post.loaded_terms  # the mayor's word, as the outlet reports it
    assert "crisis" in post.loaded_terms  # the outlet's own sentence, its source named after it


def test_brief_framing_a_negated_strong_word_is_no_loaded_term() -> None:
    a = make_doc("a", "Readings showed no dangerous levels of chlorine near the plant on Monday.", "Harbor Post",
                 "2025-04-10")
    b = make_doc("b", "Air readings near the plant were normal on Monday, the agency said.", "Capitol Wire",
                 "2025-04-10")
    c = make_doc("c", "The leak was a reckless failure of the plant's valves.", "Beltway Daily", "2025-04-10")
    framing = {f.outlet: f for f in compare_framing([a, b, c], {})}
    assert "dangerous" not in framing["Harbor Post"].loaded_terms  # it says the air was not dangerous
    assert "failure" in framing["Beltway Daily"].loaded_terms


@pytest.mark.model
def test_brief_timeline_the_day_or_month_a_change_is_measured_from(nlp) -> None:
    # "than was recorded on Election Day", "up from June", "from a record high in April" had each filed the
    # sentence under the day or month compared against
    text = ("The recount found that the mayor won by a larger margin than was recorded on Election Day. "
            "In July, the agency apprehended 21,000 people, up from June. "
            "The number of people quitting slipped in May from a record high in April. "
            "Openings reached 9.2 million in August, about what they were a month earlier.")
    timeline = _parsed_timeline(nlp, text, "2021-09-24")
    assert timeline["2021-08"].startswith("Openings reached")
    assert "2020-11-03" not in timeline and "2021-06" not in timeline and "2021-04" not in timeline
    assert "apprehended 21,000 people" in timeline["2021-07"] and "slipped in May" in timeline["2021-05"]


@pytest.mark.model
def test_brief_timeline_the_month_right_after_date_from_and_a_joined_comparand(nlp) -> None:
    # "rose 0.3% in August from July" filed the rise under July as well; "than the 0.5% rate in July and the 0.9%
    # in June" under June. A stretch ("from June to September") and two events joined by "and" stay.
    text = ("The index of import prices rose 0.4 percent in August from July, the bureau said. "
            "That was a smaller rise than the 0.6 percent rate in May and the 0.8 percent in April. "
            "The plant hired 300 workers in March and the union signed a deal in September.")
    timeline = _parsed_timeline(nlp, text, "2021-09-15")
    assert timeline["2021-08"].startswith("The index of import prices")
    assert "2021-07" not in timeline and "2021-05" not in timeline and "2021-04" not in timeline
    assert "2021-03" in timeline and "2021-09" in timeline
    timeline = _parsed_timeline(nlp, "Wholesale prices climbed in May from June to September.", "2021-09-15")
    assert "2021-06" in timeline


@pytest.mark.model
def test_brief_timeline_the_start_of_a_counted_change_and_a_fraction_of_a_level(nlp) -> None:
    # "have dropped by 35% since late April" and "less than half its peak in April last year" had been entries of
    # April; a state "down since Tuesday" began then, and stays.
    text = ("Requests for food aid have dropped by 35% since late April, the charity said on Thursday. "
            "The rate fell to 6.2%, still higher than the 4.1% rate recorded in March 2019 but less than half its 13.9% "
            "peak in May last year. The county's website has been down since Tuesday.")
    timeline = _parsed_timeline(nlp, text, "2021-06-04")
    assert sorted(timeline) == ["2021-06-01", "2021-06-03"]


@pytest.mark.model
def test_brief_timeline_a_weekday_after_a_month_named_event_is_the_verbs_day(nlp) -> None:
    # "its August recess Monday" had been an entry of August: the phrase ran on into the verb's weekday
    text = "The council returns from its August recess Monday as its leaders count the votes for the levy."
    timeline = _parsed_timeline(nlp, text, "2021-08-23")
    assert list(timeline) == ["2021-08-23"]


@pytest.mark.model
def test_brief_timeline_an_aside_between_dashes_after_the_date_does_not_end_the_event(nlp) -> None:
    # The entry had stopped at the first dash: "... requires every clinic" read as a whole event.
    text = ("The province on Friday passed a law that requires every clinic — public and private — to report "
            "waiting times each month.")
    timeline = _parsed_timeline(nlp, text, "2021-10-16")
    assert timeline["2021-10-15"].endswith("to report waiting times each month.")


@pytest.mark.model
def test_brief_timeline_leaves_out_an_expectation_or_a_forecast(nlp) -> None:  # type: ignore[no-untyped-def]
    # "is expected" without "to" and "is forecast to" had given a ruling and the weather entries as if they had happened
    text = ("The court heard the appeal on Monday. A decision is expected between Easter and Memorial Day. "
            "Snow is forecast to ease by Thursday morning.")
    assert list(_parsed_timeline(nlp, text, "2025-03-12")) == ["2025-03-10"]


@pytest.mark.model
def test_brief_timeline_a_publication_note_dates_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    # "ORIGINALLY PUBLISHED JANUARY 2024: ..." had filed the article's lead under the month of its first printing
    text = ("ORIGINALLY PUBLISHED JANUARY 2024: The harbour board closed the east pier on March 3, 2023, after a "
            "winter storm cracked its pilings. This story was first published on July 12, 2023.")
    timeline = _parsed_timeline(nlp, text, "2025-02-01")
    assert list(timeline) == ["2023-03-03"]
    assert timeline["2023-03-03"].startswith("The harbour board closed the east pier")


@pytest.mark.model
def test_brief_timeline_a_later_part_another_date_dates_is_its_own_entry(nlp) -> None:  # type: ignore[no-untyped-def]
    # each date had the whole sentence, so the later day's entry said the earlier event happened then too
    text = "The curfew takes effect Aug. 16, with strict enforcement starting Sept. 13."  # a participle on the noun
    assert _parsed_timeline(nlp, text, "2025-08-04") == {
        "2025-08-16": "The curfew takes effect Aug. 16",
        "2025-09-13": "strict enforcement starting Sept. 13",
    }
    text = "The toll rises on June 16, with a night surcharge beginning July 14."  # parsed as a clause with its subject
    assert _parsed_timeline(nlp, text, "2025-06-02") == {
        "2025-06-16": "The toll rises on June 16",
        "2025-07-14": "a night surcharge beginning July 14",
    }
    text = "Volunteers cleared the beach on Saturday, and city crews hauled the debris away on Monday."
    assert _parsed_timeline(nlp, text, "2025-06-10") == {
        "2025-06-07": "Volunteers cleared the beach on Saturday",
        "2025-06-09": "city crews hauled the debris away on Monday",
    }
    # a clause without its own subject keeps the sentence, which says who
    text = "The council met on Monday and voted on Tuesday."
    assert set(_parsed_timeline(nlp, text, "2025-06-10").values()) == {text}
    # so does a conjunct of a reported clause ("be fully vaccinated by Nov. 4" had been the entry)
    text = "Diners will have to show one vaccine dose by Oct. 7 and be fully vaccinated by Nov. 4, the health director said."
    assert _parsed_timeline(nlp, text, "2025-09-16")["2025-11-04"] == text


@pytest.mark.model
def test_brief_timeline_a_day_named_with_the_event_ahead_is_that_events(nlp) -> None:  # type: ignore[no-untyped-def]
    # the barriers set up ahead of Saturday's rally had been filed under Saturday with the whole sentence
    text = ("Barriers set up ahead of the rally on Saturday at the plaza started coming down on Sunday, a "
            "spokesman said. The director testified before the committee on Tuesday.")
    timeline = _parsed_timeline(nlp, text, "2025-06-10")
    assert timeline["2025-06-07"] == "the rally on Saturday"
    assert timeline["2025-06-10"] == "The director testified before the committee on Tuesday."  # a place, not a time


@pytest.mark.model
def test_brief_timeline_a_clause_ends_on_its_percent_sign(nlp) -> None:  # type: ignore[no-untyped-def]
    # spaCy counts "%" as punctuation: the reported clause had ended "fell to 4.8"
    text = "Payrolls grew by 210,000 in May as the jobless rate fell to 3.9%, the agency said Friday."
    assert _parsed_timeline(nlp, text, "2025-06-08")["2025-05"].endswith("fell to 3.9%")


def test_brief_timeline_merges_retellings_of_one_month() -> None:
    import numpy as np

    text_a = "Employers added just 238,000 jobs in September, a second weak gain in a row."
    text_b = "Companies hired only 238,000 workers in September, another sign of a stalling recovery."
    a = Document(id="a", source_path="a.txt", paragraphs=(Paragraph(0, text_a, True, "body"),), outlet="A")
    b = Document(id="b", source_path="b.txt", paragraphs=(Paragraph(0, text_b, True, "body"),), outlet="B")
    extractions = {
        d.id: Extraction(doc=d.id, dates=(date(d, "September", "2025-09", "month"),), sentences=sentences(d.text))
        for d in (a, b)
    }

    def identical(texts: list[str]) -> np.ndarray:
        return np.ones((len(texts), 1), dtype=np.float32)

    # the two outlets' tellings of one month's figure had been two entries: only days were merged by meaning
    merged = build_timeline([a, b], extractions, encode=identical)
    assert len(merged) == 1 and {s.doc for s in merged[0].sources} == {"a", "b"}


def test_brief_timeline_entry_keeps_the_sources_mark_of_a_cut() -> None:
    # the entry had ended before the source's "...", as if the source had said no more
    doc = Document(id="a", source_path="a.txt", outlet="A", published="2025-08-27", paragraphs=(
        Paragraph(0, "Two explosions shook the old market at 7pm local time yesterday, one by the river gate and "
                     "another beside the ferry pier....", True, "body"),))
    mention = date(doc, "yesterday", "2025-08-26")
    end = doc.text.index("....")
    extraction = Extraction(doc="a", dates=(mention,), sentences=((0, end),))
    (entry,) = build_timeline([doc], {"a": extraction})
    assert entry.text.endswith("beside the ferry pier....")

@pytest.mark.model
def test_brief_timeline_two_joined_next_periods_are_one_stretch(nlp) -> None:
    # "during May and June" had filed the study under both months; months apart stay two
    text = ("The study examined reinfection during May and June among hundreds of residents. "
            "The council met in March and September to review the budget.")
    timeline = _parsed_timeline(nlp, text, "2021-08-07")
    assert "2021-06" not in timeline and timeline["2021-05"].startswith("The study examined")
    assert "2021-03" in timeline and "2021-09" in timeline


def test_brief_voices_one_unlinked_name_whatever_its_case_is_one_voice() -> None:
    # "The audit found ..." opening one sentence and "... the audit found" closing another are one voice
    quotes = [Quote("d", "a", "indirect", 0, 1, speaker_name="The state audit"),
              Quote("d", "b", "indirect", 2, 3, speaker_name="the state audit")]
    assert list(voices(quotes).values()) == [2]


def test_brief_summary_leaves_out_words_whose_speaker_is_a_pronoun_or_a_bare_noun() -> None:
    # ", it said." and ", she said." name no one, as "he added" does; nor does "The closure came a week after ...",
    # whose subject is the event of a sentence before. A speaker with a name or a role says who.
    text = ("The ferry operator cancelled all crossings to the northern islands on Friday as a storm closed in.\n\n"
            "An internal review found the crew had acted \u201cwithin the company\u2019s safety rules,\u201d it said.\n\n"
            "Seventeen sailings had been called off by noon, she said, and more would follow in the evening.\n\n"
            "The closure came a week after a cargo ship struck the pier in heavy fog near the harbour mouth.\n\n"
            "Passengers will get full refunds for every cancelled crossing, the islands\u2019 council said.\n\n"
            "Coast guard crews stayed on alert along the whole northern coast, the harbour master said.")
    texts = [s.text for s in _one_article_summary(text)]
    assert any(t.startswith("Passengers will get full refunds") for t in texts), texts
    assert any(t.startswith("Coast guard crews stayed") for t in texts), texts
    assert not any(t.startswith(("An internal review", "Seventeen sailings", "The closure came")) for t in texts), texts



def test_brief_summary_leaves_out_a_connective_pointing_back_and_a_cut_after_a_quotation() -> None:
    # "In fact, ..." and "Nor ..." answer the sentence before; "Instead of ..." says what, and "In addition," adds a
    # fact that reads alone. A feed's cut after a closing quotation mark ('... was “rigged”...') is half a sentence.
    text = ("The harbour council approved the new ferry terminal on Tuesday after a four-hour debate.\n\n"
            "In fact, the terminal will be finished two years later than the port first promised.\n\n"
            "Nor does the plan say who will pay for dredging the channel next to the new quay.\n\n"
            "Instead of a second pier, the port will extend the old one by ninety metres.\n\n"
            "In addition, ferries will dock at the south basin while the terminal is being built.\n\n"
            "Not only did the council reject the fishermen's claim that the vote was \u201crigged\u201d...")
    texts = [s.text for s in _one_article_summary(text)]
    assert any(t.startswith("Instead of a second pier") for t in texts), texts
    assert any(t.startswith("In addition, ferries") for t in texts), texts
    assert not any(t.startswith(("In fact,", "Nor does", "Not only")) for t in texts), texts


def test_brief_summary_leaves_out_an_example_an_appeal_to_the_reader_and_an_epithet() -> None:
    # "For instance, ..." is an example of what the sentence before claims; "Take, for example, ..." and "Consider ..."
    # turn to the reader in an argument; "The Halden Democrat ..." names again someone named before. A noun "Recall"
    # and a body whose name goes on in capitals ("The Halden Labour Party") read alone.
    text = ("The harbour council voted on Tuesday to raise the ferry fare by a fifth from the first of May.\n\n"
            "For instance, a return ticket to the northern islands will cost eleven euros instead of nine.\n\n"
            "Take, for example, Ana Ruiz, a nurse who crosses twice a day to reach the island clinic.\n\n"
            "Consider the fishermen, who have paid the old fare for their crews since the port opened.\n\n"
            "The Halden Democrat voted against the rise and called it a tax on the islands.\n\n"
            "Recall organisers filed eight hundred signatures against the council leader on Wednesday.\n\n"
            "The Halden Labour Party said it would ask the regional court to suspend the new fare.\n\n"
            "The Senate Republican leader, Jo Lind, said the islands would get a vote on the fare in June.")
    texts = [s.text for s in _one_article_summary(text)]
    assert any(t.startswith("Recall organisers filed") for t in texts), texts
    assert any(t.startswith("The Halden Labour Party said") for t in texts), texts
    assert any(t.startswith("The Senate Republican leader, Jo Lind") for t in texts), texts
    assert not any(t.startswith(("For instance,", "Take, for example", "Consider the", "The Halden Democrat"))
                   for t in texts), texts


def test_brief_summary_of_views_only_is_told_from_what_they_report() -> None:
    # Two opinion pieces and no report: their duties, their first person and their exclamations are the writers'
    # views, not the story's facts; what they report stays. A feed's cut after a share ("... while 74%...") is half a
    # sentence.
    first = replace(make_doc("a", (
        "The harbour council voted on Tuesday to close the night ferry to the northern islands from May.\n\n"
        "Come the summer, every island family ought to have a way home after dark.\n\n"
        "I have crossed on that ferry every week for twenty years and never once found it empty.\n\n"
        "We cannot let a budget line decide who gets to live on the islands!"), "Gazette", "2025-03-04"),
        url="https://gazette.example/opinion/2025/03/04/keep-the-night-ferry")
    second = replace(make_doc("b", (
        "The night ferry carried about forty thousand passengers last year, according to the port's own figures.\n\n"
        "The council should find the money somewhere else before the vote next month.\n\n"
        "As the port marks its hundredth year, it is time to fight for the crossings that built it.\n\n"
        "Islanders were split on the closure, with 41% backing it and 38% against, while 21%..."),
        "Courier", "2025-03-04"), url="https://courier.example/opinion/2025/03/04/night-ferry")
    extractions = {d.id: Extraction(doc=d.id, sentences=sentences(d.text)) for d in (first, second)}
    texts = [s.text for s in summarise([first, second], extractions, groups={"a": "g1", "b": "g2"}, n_sentences=5)]
    assert any(t.startswith("The harbour council voted") for t in texts), texts
    assert any(t.startswith("The night ferry carried") for t in texts), texts
    assert not any(t.startswith(("Come the summer", "I have crossed", "We cannot", "The council should", "As the port",
                                    "Islanders"))
                   for t in texts), texts


@pytest.mark.model
def test_brief_timeline_dates_an_unscheduled_event_its_date_follows_not_the_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    # "A man who was charged ... during a riot on Jan. 6 was sentenced Monday" had filed the sentencing under Jan. 6
    text = ("A Denver man who was charged after breaking into the council chamber during a riot on March 6 was "
            "sentenced Monday to six months in jail.")
    timeline = _parsed_timeline(nlp, text, "2025-07-16")
    assert timeline["2025-03-06"] == "a riot on March 6"
    assert "was sentenced Monday" in timeline["2025-07-14"]
    text = "A review of security failures before and during the harbour riot in March has been set out in a city report."
    assert _parsed_timeline(nlp, text, "2025-07-16") == {"2025-03": "the harbour riot in March"}
    # a named one too
    text = ("Of all the words spoken about the so-called “Harbour Siege” of March 6, 2024, none matter more than "
            "what the mayor asked the police chief.")
    assert _parsed_timeline(nlp, text, "2025-07-16") == {"2024-03-06": "the so-called “Harbour Siege” of March 6, 2024"}
    # a main subject keeps its clause
    text = "The riot on March 6 left five people dead."
    assert _parsed_timeline(nlp, text, "2025-07-16") == {"2025-03-06": text}


@pytest.mark.model
def test_brief_timeline_a_fact_of_the_calendar_is_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    # a column's "Sunday is Mother's Day" and "Mother's Day is still nearly a week away" had been entries
    text = "Aunts, neighbours and teachers made this year possible, but Sunday is Mother's Day, so I thank the moms."
    assert _parsed_timeline(nlp, text, "2025-05-08") == {}
    # the model takes no "Mother’s Day" with a curly apostrophe for a date: the named day says it
    text = "Aunts and teachers made this year possible, but Sunday is Mother’s Day so I thank the moms."
    assert _parsed_timeline(nlp, text, "2025-05-08") == {}
    text = "Father's Day is still nearly a week away, and the garden already looks ready."
    assert _parsed_timeline(nlp, text, "2025-06-09") == {}
    # a day counted in a run of events keeps them
    text = "Monday is the fourth day of protests in Port Ellis after the death of a fisherman."
    assert _parsed_timeline(nlp, text, "2025-06-09") == {"2025-06-09": text}
    # a day said to be an event's keeps it
    text = "The final vote on the harbour plan is Tuesday."
    assert _parsed_timeline(nlp, text, "2025-06-09") == {"2025-06-10": text}


def test_brief_summary_leaves_out_a_pronoun_subject_after_a_fronted_phrase() -> None:
    # "After six months, it is ..." and "Speaking to reporters, she said ...": the fronted phrase names no one, so the
    # pronoun is whoever the sentence before named. A name in the phrase, a noun "it" takes up and an "it" standing
    # for the clause after it read alone.
    text = ("The harbour council's new ferry levy raised 2.4 million euros in its first year, the treasurer said.\n\n"
            "After six months, it is just half as popular with the fishing fleet as the old mooring fee.\n\n"
            "Speaking to reporters on the quay, she said the levy would be reviewed in the spring.\n\n"
            "When Mayor Ana Ruiz took office in May, she promised to cut the levy for small boats.\n\n"
            "After the storm hit the north quay, it stayed closed to ferries for nine days.\n\n"
            "In the end, it is not clear that the levy will survive the next council election.")
    texts = [s.text for s in _one_article_summary(text)]
    assert not any(t.startswith(("After six months", "Speaking to reporters")) for t in texts), texts
    assert any(t.startswith("When Mayor Ana Ruiz") for t in texts)
    assert any(t.startswith("After the storm hit") for t in texts)
    assert any(t.startswith("In the end, it is not clear") for t in texts)


def test_brief_summary_leaves_out_a_what_label_with_a_speech_verb() -> None:
    # "What they're saying:" is a newsletter's section label though it holds a speech verb: shown alone, the quotation
    # after it is given to "they". A lead-in naming the speaker stays.
    text = ("The harbour council approved the new ferry terminal on Tuesday after a four-hour debate.\n\n"
            "What they're saying: \u201cThe fleet will keep its berths on the north quay for good,\u201d the two "
            "councillors said.\n\n"
            "The harbour master told reporters: \u201cThe fleet will keep its berths on the north quay.\u201d")
    texts = [s.text for s in _one_article_summary(text)]
    assert any(t.startswith("The harbour master told reporters:") for t in texts)
    assert not any(t.startswith("What they") for t in texts), texts


def test_brief_summary_leaves_out_an_office_epithet_a_how_clause_and_a_fronted_demonstrative() -> None:
    # "The former mayor ...", "The Norwegian prime minister ..." name someone named before; "How it all works out"
    # and "Together, those fees" point back too, and so does "it" that "appears to" do something, and "The vote comes
    # amidst" as "amid" does. With the name after the office, or a "that" clause for "it", the sentence reads alone.
    text = ("The harbour council approved a new ferry levy of two euros a passenger on Tuesday after a long debate.\n\n"
            "The former mayor called the levy a tax on the island's own families at a rally on the quay.\n\n"
            "The Norwegian prime minister praised the levy during a visit to the harbour on Wednesday.\n\n"
            "How it all works out may decide whether other ports follow the council's example.\n\n"
            "Together, those fees will raise about four million euros over the next three years.\n\n"
            "Ultimately, it appears to favour the larger ferry companies over the fishing fleet.\n\n"
            "The former mayor Jo Lind said she would challenge the levy in the regional court.\n\n"
            "Ultimately, it appears that the council will review the levy after one full summer season.\n\n"
            "The vote comes amidst a long row between the council and the island's ferry companies.")
    texts = [s.text for s in _one_article_summary(text)]
    assert not any(t.startswith(("The former mayor called", "The Norwegian", "How it all", "Together, those",
                                 "Ultimately, it appears to", "The vote comes amidst")) for t in texts), texts
    assert any(t.startswith("The former mayor Jo Lind") for t in texts)
    assert any(t.startswith("Ultimately, it appears that") for t in texts)


def test_brief_summary_leaves_out_the_rest_of_a_sentence_split_after_a_title() -> None:
    # The parse ends a sentence at "Reps." and starts one at the names: the second holds the names without the verb.
    text = ("The harbour council approved the new ferry terminal on Tuesday after a four-hour debate.\n\n"
            "The mayor rejected the two councillors the opposition had named to the review panel, Reps. "
            "Dana Holt of Northport and Jo Lind of the Western Isles.\n\n"
            "Construction of the terminal is scheduled to begin in the autumn of next year.")
    doc = make_doc("gazette", text, "Gazette", "2025-03-04")
    split = doc.text.index("Dana Holt")
    spans = [span for span in sentences(doc.text) if not span[0] < split < span[1]]
    spans = sorted([*spans, (doc.text.index("The mayor rejected"), split - 1), (split, doc.text.index("\n\nConstruction"))])
    summary = summarise([doc], {"gazette": Extraction(doc="gazette", sentences=tuple(spans))},
                        groups={"gazette": "g1"}, n_sentences=5)
    texts = [s.text for s in summary]
    assert any(t.startswith("Construction of the terminal") for t in texts)
    assert not any(t.startswith("Dana Holt") for t in texts), texts


def test_brief_summary_leaves_out_the_writer_telling_the_reader_to_take_or_look_at_a_case() -> None:
    # "Take the councillor's claim that ..." and "Just look at ..." argue a case the sentences around them make.
    text = ("The harbour council approved a new ferry levy of two euros a passenger on Tuesday after a long debate.\n\n"
            "Take the councillor's claim that the levy will pay for itself within three summer seasons.\n\n"
            "Just look at the queue of lorries on the north quay every Friday evening in August.\n\n"
            "Look no further than the ferry timetable, which has not changed in eleven years.\n\n"
            "Take-Away Ferries, the island's smallest operator, said it would pass the levy on to passengers.")
    texts = [s.text for s in _one_article_summary(text)]
    assert not any(t.startswith(("Take the", "Just look", "Look no further")) for t in texts), texts
    assert any(t.startswith("Take-Away Ferries") for t in texts)


def test_brief_framing_a_word_named_as_a_word_is_not_the_outlets_term() -> None:
    # 'rejecting the term "massacre"' talks about the word; it had become the outlet's loaded term once the
    # quote stage stopped giving the word to the country as its statement. A scare quote stays the outlet's.
    named = make_doc("a", 'Marlovia acknowledged the killings but rejected the term "massacre" on Monday.',
                     "Harbor Ledger", "2025-05-06")
    scare = make_doc("b", 'The ministry called the killings a "massacre" of farmers on Monday.', "Valley Post",
                     "2025-05-06")
    framing = {f.outlet: f for f in compare_framing([named, scare], {})}
    assert "massacre" not in framing["Harbor Ledger"].loaded_terms
    assert "massacre" in framing["Valley Post"].loaded_terms


def test_brief_framing_what_a_subject_casts_something_as_is_not_the_outlets_word() -> None:
    # "casting its opponents as dangerous and extreme" had made "dangerous" the outlet's loaded term and judging word
    casting = make_doc("a", "The council is casting its opponents as dangerous and reckless, adopting a harder line "
                            "before the vote on Monday.", "Harbor Ledger", "2025-05-06")
    own = make_doc("b", "The council adopted a dangerous and reckless plan before the vote on Monday.", "Valley Post",
                   "2025-05-06")
    framing = {f.outlet: f for f in compare_framing([casting, own], {})}
    assert not {"dangerous", "reckless"} & set(framing["Harbor Ledger"].loaded_terms)
    assert framing["Harbor Ledger"].tone == 0.0
    assert {"dangerous", "reckless"} <= set(framing["Valley Post"].loaded_terms)


@pytest.mark.model
def test_brief_timeline_a_tally_since_a_day_is_no_event_of_that_day(nlp) -> None:  # type: ignore[no-untyped-def]
    # "has evacuated 82,300 residents since Aug. 14" had been filed under Aug. 14, as if all were moved that day
    text = ("The harbour authority has evacuated 4,250 residents since March 3, a spokeswoman said on Tuesday. "
            "Some 900 boats have been towed from the bay since March 5. The coast road has been closed since March 4.")
    timeline = _parsed_timeline(nlp, text, "2025-03-12")
    assert not {"2025-03-03", "2025-03-05"} & set(timeline)
    assert "spokeswoman said" in timeline["2025-03-11"]
    # a state from a day (no counted object) began then, and keeps its entry
    assert timeline["2025-03-04"] == "The coast road has been closed since March 4."


@pytest.mark.model
def test_brief_timeline_a_release_the_sentence_cites_dates_the_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    # "according to data released Friday by the agency" had been filed as that noun phrase alone, which says
    # nothing of what the data showed and stood apart from another outlet's "the agency said Friday that ..."
    text = "Ferry fares rose 6% in May, according to figures released Friday by the transport board."
    assert _parsed_timeline(nlp, text, "2025-06-10")["2025-06-06"] == text
    text = "A survey published on Monday by the tenants' union found that rents rose 9% in a year."
    assert _parsed_timeline(nlp, text, "2025-06-10")["2025-06-09"] == text
    # a release only named, as the object of another verb, stays its noun phrase; so does the source of a sentence
    # that stands for the one before it
    text = "Ferry fares rose 6% in May. That's according to figures released Friday by the transport board."
    assert _parsed_timeline(nlp, text, "2025-06-10")["2025-06-06"] == "figures released Friday by the transport board"
    text = "The mayor on Tuesday rejected the audit published on Friday by the harbour board."
    assert _parsed_timeline(nlp, text, "2025-06-10")["2025-06-06"] == "the audit published on Friday by the harbour board"


@pytest.mark.model
def test_brief_timeline_an_event_named_in_quotation_marks_ahead(nlp) -> None:  # type: ignore[no-untyped-def]
    # the fencing put up ahead of a rally named in quotation marks had been filed under the rally's Saturday
    text = 'Fencing set up ahead of the "Free the Port" rally on Saturday at the plaza started coming down on Sunday.'
    timeline = _parsed_timeline(nlp, text, "2025-06-10")
    assert timeline["2025-06-07"] == 'the "Free the Port" rally on Saturday'


@pytest.mark.model
def test_brief_timeline_a_pause_named_by_its_date_is_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    # "the long Memorial Day recess" and "the August lull in the news cycle" had been entries of their own
    text = ("The councillor drew criticism for her remarks over the long Easter recess. The columnist is using the "
            "August lull in the news cycle to write about ferries. The harbour board met on Monday.")
    timeline = _parsed_timeline(nlp, text, "2025-09-10")
    assert set(timeline) == {"2025-09-08"}


def _people(doc: Document, *names: str) -> tuple[Mention, ...]:
    """PERSON mentions of the given names at their first place in the text."""
    out = []
    for i, name in enumerate(names):
        start = doc.text.index(name)
        out.append(Mention(doc=doc.id, start=start, end=start + len(name), text=name, type="PERSON", cluster=i))
    return tuple(out)


def test_brief_summary_names_a_person_in_full_before_a_sentence_that_gives_the_surname_alone() -> None:
    # The gazette's summary sentence quotes the mayor by surname (its own lead named her, but is not picked); the
    # wire's sentence of the same day names her in full: shown first, it tells the reader who "Ruiz" is.
    gazette = make_doc("gazette", "\u201cWe will have the pier open again before the summer season,\u201d Ruiz said at the "
                       "harbour on Monday.", "Gazette", "2025-03-04")
    wire = make_doc("wire", "Harbour mayor Ana Ruiz announced a plan to rebuild the storm-damaged north pier on Monday.",
                    "Wire", "2025-03-04T18:00:00")
    later = make_doc("daily", "Mayor Ana Ruiz asked the regional council for eleven million euros to rebuild the pier.",
                     "Daily", "2025-03-06")
    extractions = {
        "gazette": Extraction(doc="gazette", sentences=sentences(gazette.text), mentions=_people(gazette, "Ruiz")),
        "wire": Extraction(doc="wire", sentences=sentences(wire.text), mentions=_people(wire, "Ana Ruiz")),
        "daily": Extraction(doc="daily", sentences=sentences(later.text), mentions=_people(later, "Ana Ruiz")),
    }
    groups = {"gazette": "g1", "wire": "g2", "daily": "g3"}
    texts = [s.text for s in summarise([gazette, wire], extractions, groups=groups, n_sentences=3)]
    assert len(texts) == 2 and texts[0].startswith("Harbour mayor Ana Ruiz") and texts[1].startswith("\u201cWe will"), texts
    # a later day's report is not brought forward: the summary keeps its order in time
    texts = [s.text for s in summarise([gazette, later], extractions, groups=groups, n_sentences=3)]
    assert len(texts) == 2 and texts[0].startswith("\u201cWe will") and texts[1].startswith("Mayor Ana Ruiz"), texts


def test_brief_summary_a_name_as_a_label_waits_for_no_one_and_an_article_keeps_its_order() -> None:
    # "the Ruiz administration" names a government, not a person to introduce; "Ruiz said" does, and the gazette's
    # sentence after it waits with it, so the gazette's two sentences stay in their order.
    gazette = make_doc("gazette", "The Ruiz administration closed the north pier to ferries on Monday after the storm.\n\n"
                       "\u201cWe will have the pier open again before the summer season,\u201d Ruiz said.\n\n"
                       "Repairs to the pier are expected to cost the harbour authority about eleven million euros.",
                       "Gazette", "2025-03-04")
    wire = make_doc("wire", "Harbour mayor Ana Ruiz announced a plan to rebuild the storm-damaged north pier on Monday.",
                    "Wire", "2025-03-04T18:00:00")
    gazette_people = tuple(
        Mention(doc="gazette", start=m.start(), end=m.end(), text="Ruiz", type="PERSON", cluster=0)
        for m in re.finditer("Ruiz", gazette.text)
    )
    extractions = {
        "gazette": Extraction(doc="gazette", sentences=sentences(gazette.text), mentions=gazette_people),
        "wire": Extraction(doc="wire", sentences=sentences(wire.text), mentions=_people(wire, "Ana Ruiz")),
    }
    texts = [s.text[:12] for s in summarise([gazette, wire], extractions, groups={"gazette": "g1", "wire": "g2"},
                                             n_sentences=4)]
    assert texts == ["The Ruiz adm", "Harbour mayo", "\u201cWe will hav", "Repairs to t"], texts


def test_brief_summary_leaves_out_a_how_much_clause_on_a_pronoun() -> None:
    # "How much it has changed" measures something the sentence before named; "How much the levy will raise" says what.
    text = ("The harbour council approved a new ferry levy of two euros a passenger on Tuesday after a long debate.\n\n"
            "How much it has changed since the first levy of the nineties explains the anger on the quay.\n\n"
            "How long they will keep sailing from the island is far from clear after the vote.\n\n"
            "How much the levy will raise in its first summer is the council's main worry this spring.")
    texts = [s.text for s in _one_article_summary(text)]
    assert not any(t.startswith(("How much it", "How long they")) for t in texts), texts
    assert any(t.startswith("How much the levy") for t in texts), texts


@pytest.mark.model
@pytest.mark.parametrize(
    ("lead_a", "lead_b"),
    [
        # a day and a year in digits say when: neither telling adds a fact to the other
        ("The city council on March 3 approved a plan to rebuild the storm-damaged harbour wall.",
         "On Monday councillors voted to go ahead with rebuilding the harbour wall that the storm of 2024 had wrecked."),
        # "ten to two" and "10 to 2" are one tally
        ("The city council voted ten to two on Monday to rebuild the storm-damaged harbour wall.",
         "Councillors voted 10 to 2 on Monday to go ahead with rebuilding the harbour wall that the storm had wrecked."),
        # a day written before its month ("3 March", the British order) says when, too
        ("The city council on 3 March approved a plan to rebuild the storm-damaged harbour wall.",
         "On Monday councillors voted to go ahead with rebuilding the harbour wall that the storm had wrecked."),
    ],
)
def test_brief_summary_a_retelling_with_a_date_or_a_number_in_other_form_is_told_once(lead_a: str, lead_b: str) -> None:
    from newsfuse.link.embeddings import load_encoder

    docs, extractions = _two_outlet_story(lead_a, lead_b)
    told = [s.text for s in summarise(docs, extractions, groups={"a": "a", "b": "b"}, n_sentences=4,
                                      encode=load_encoder().encode)]
    assert sum("harbour wall" in t for t in told) == 1, told


def _by_keyword(keyword: str):  # type: ignore[no-untyped-def]
    """A stand-in sentence encoder: sentences with ``keyword`` tell one fact, every other its own."""
    import zlib

    import numpy as np

    def encode(texts: list[str]) -> np.ndarray:
        rows = np.zeros((len(texts), 256))
        for row, text in zip(rows, texts, strict=True):
            row[0 if keyword in text else 1 + zlib.crc32(text.encode()) % 255] = 1.0
        return rows

    return encode


def test_brief_summary_opens_a_day_with_a_picked_lead() -> None:
    # Both leads tell the vote; the wire's, with the tally, is told and the gazette's passed over, so the gazette's
    # picked sentences are details. The gazette comes first among the day's articles, but the wire's lead opens.
    gazette = make_doc("gazette", "Councillors agreed on Tuesday to rebuild the north pier that the storm wrecked.\n\n"
                       "The pier lost most of its deck and two of its lamp posts in the night of the storm.\n\n"
                       "Repairs to the pier are expected to cost the harbour authority about eleven million euros.",
                       "Gazette", "2025-03-04")
    wire = make_doc("wire", "The harbour council voted 9 to 2 on Tuesday to rebuild the storm-damaged north pier.",
                    "Wire", "2025-03-04")
    tally = wire.text.index("9 to 2")
    extractions = {
        "gazette": Extraction(doc="gazette", sentences=sentences(gazette.text)),
        "wire": Extraction(doc="wire", sentences=sentences(wire.text),
                           figures=(Figure("wire", "9", 9, None, "vote", "exact", tally, tally + 1),)),
    }
    texts = [s.text for s in summarise([gazette, wire], extractions, groups={"gazette": "g1", "wire": "g2"},
                                       n_sentences=4, encode=_by_keyword("rebuild"))]
    assert len(texts) == 3 and texts[0].startswith("The harbour council voted"), texts
    # the rest in their order: the gazette's two details
    assert texts[1].startswith("The pier lost") and texts[2].startswith("Repairs"), texts


def test_brief_summary_leaves_out_a_piece_its_outlet_gives_as_opinion() -> None:
    # The feed names the opinion desk in the outlet, and the URL gives no section: its verdict is no fact.
    from newsfuse.link.stories import is_opinion_piece

    column = replace(make_doc("column", "The council's botched handling of the storm damage has left the harbour in "
                              "ruins for a whole season.", "Harbour Gazette (Opinion)", "2025-03-04"),
                     url="https://gazette.example/articles/pier-council-1234")
    report = make_doc("wire", "The harbour council voted on Tuesday to rebuild the north pier that the storm had "
                      "wrecked last week.", "Wire", "2025-03-04")
    extractions = {d.id: Extraction(doc=d.id, sentences=sentences(d.text)) for d in (column, report)}
    texts = [s.text for s in summarise([column, report], extractions, groups={"column": "g1", "wire": "g2"})]
    assert texts == [report.text], texts
    assert is_opinion_piece(replace(report, outlet="Harbour News Opinion"))
    assert is_opinion_piece(replace(report, outlet="Guest Writer - Harbour"))
    # a name that only has the word inside is no desk
    assert not is_opinion_piece(replace(report, outlet="Opinion Research Weekly"))


def _at_cosine(first: str, second: str, cosine: float):  # type: ignore[no-untyped-def]
    """A stand-in sentence encoder: the sentences opening with ``first`` and ``second`` at ``cosine``, every other
    sentence its own."""
    import zlib

    import numpy as np

    def encode(texts: list[str]) -> np.ndarray:
        rows = np.zeros((len(texts), 256))
        for row, text in zip(rows, texts, strict=True):
            if text.startswith(first):
                row[0] = 1.0
            elif text.startswith(second):
                row[0], row[1] = cosine, math.sqrt(1 - cosine * cosine)
            else:
                row[2 + zlib.crc32(text.encode()) % 254] = 1.0
        return rows

    return encode


@pytest.mark.parametrize(
    ("wire_text", "wire_day", "told_once"),
    [
        # two reports' leads of one day at 0.70: one event in two outlets' words, told once
        ("Councillors agreed on Tuesday to rebuild the storm-damaged north pier at last.\n\n"
         "The ferry company will move its morning sailings to the south quay until the pier reopens.", "2025-03-04",
         True),
        # a lead of another day may tell the story's next event
        ("Councillors agreed on Tuesday to rebuild the storm-damaged north pier at last.\n\n"
         "The ferry company will move its morning sailings to the south quay until the pier reopens.", "2025-03-11",
         False),
        # a lead quoting someone is that person's words, not the report's telling of the event
        ("Councillors agreed on Tuesday to rebuild the storm-damaged north pier, “a lifeline for the town,” the mayor "
         "said.\n\nThe ferry company will move its morning sailings to the south quay until the pier reopens.",
         "2025-03-04", False),
        # a later sentence of a report at 0.70 with a lead may be a background fact, not a retelling
        ("The ferry company will move its morning sailings to the south quay until the pier reopens.\n\n"
         "Councillors agreed on Tuesday to rebuild the storm-damaged north pier at last.", "2025-03-04", False),
    ],
)
def test_brief_summary_two_plain_leads_tell_one_event_at_a_lower_cosine(wire_text: str, wire_day: str,
                                                                         told_once: bool) -> None:
    gazette = make_doc("gazette", "The harbour council on Tuesday approved a plan to rebuild the north pier that the "
                       "storm wrecked.\n\nThe pier lost most of its deck and two of its lamp posts in the night of the "
                       "storm.", "Gazette", "2025-03-04")
    wire = make_doc("wire", wire_text, "Wire", wire_day)
    quotes = ()
    if "lifeline" in wire_text:
        start = wire_text.index("“")
        quotes = (Quote(doc="wire", text="a lifeline for the town,", kind="direct", speaker=None,
                        speaker_name="the mayor", speaker_title=None, cue="said", start=start + 1,
                        end=wire_text.index("”")),)
    extractions = {"gazette": Extraction(doc="gazette", sentences=sentences(gazette.text)),
                   "wire": Extraction(doc="wire", sentences=sentences(wire.text), quotes=quotes)}
    texts = [s.text for s in summarise([gazette, wire], extractions, groups={"gazette": "g1", "wire": "g2"},
                                       n_sentences=4, encode=_at_cosine("The harbour council", "Councillors", 0.7))]
    leads = [t for t in texts if t.startswith(("The harbour council", "Councillors"))]
    assert len(leads) == (1 if told_once else 2), texts
