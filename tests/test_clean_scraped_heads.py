"""Plain-text cleaning of scraped bodies' first lines: a headline copied into the body goes, a wire lede stays.

Found by reading every dropped paragraph and the first and last kept paragraphs of 700 real scraped bodies no
cleaning session had read (twenty-seventh session, docs/evaluation.md "Cleaning"). The texts here are invented,
shaped like those bodies.
"""

from __future__ import annotations

import pytest

from newsfuse.clean import clean
from newsfuse.records import RawDocument

from .test_clean_body_kept import CLOSING, LEAD, _reasons


def _clean(lines: list[str], title: str | None) -> list[tuple[str, str]]:
    doc = clean(RawDocument(id="x", source_path="x.txt", kind="text", content="\n\n".join(lines), title=title))
    return [(p.text, p.reason) for p in doc.paragraphs]


@pytest.mark.parametrize(("title", "first_line"), [
    ("Harbour Board Delays Vote On Ferry Terminal", "Harbour Board Delays Vote On Ferry Terminal."),
    ("Harbour board delays vote on ferry terminal", "Harbour board delays vote on ferry terminal;"),
    ("Ferry fares rise again", "Ferry fares rise again."),
])
def test_clean_first_line_repeating_the_declared_title_is_the_title(title: str, first_line: str) -> None:
    # A scraped body that opens on its own headline, closed by a period or a semicolon: with the
    # period it read as a sentence and stayed as the article's first paragraph (its words counted twice).
    paragraphs = _clean([first_line, *LEAD, *CLOSING], title)
    assert paragraphs[0] == (first_line, "title")
    assert [r for _, r in paragraphs[1:]] == ["body"] * (len(LEAD) + len(CLOSING))


def test_clean_lead_sentence_declared_as_the_title_stays() -> None:
    # Some inputs declare the article's lead sentence as its title: that line is the lead, not a headline.
    lead = LEAD[0]
    paragraphs = _clean([lead, *LEAD[1:], *CLOSING], lead)
    assert all(r == "body" for _, r in paragraphs)


def test_clean_first_line_differing_from_the_declared_title_stays() -> None:
    first = "Ferry fares rise again."
    paragraphs = _clean([first, *LEAD, *CLOSING], "Ferry fares rise again in the north")
    assert paragraphs[0] == (first, "body")


LIVE_LOG_LEDE = "HARBOURTON, Del. (HP) — The Latest on the strike at the port of Harbourton (all times local):"
LIVE_LOG = [
    "The Latest: Dockers walk out at Harbourton port",
    LIVE_LOG_LEDE,
    "___",
    "3:40 p.m.",
    "Dockers at the port of Harbourton walked out on Tuesday afternoon after talks on the night shifts broke "
    "down, leaving four container ships waiting at anchor outside the harbour mouth.",
    "The union said the strike would last until the port authority agreed to hire twenty more crane drivers.",
    "___",
    "1:15 p.m.",
    "Talks between the union and the port authority resumed at noon in the town hall, the mayor's office said, "
    "after a first round last week ended without an agreement on the number of night shifts.",
    "___",
    "11:50 a.m.",
    "The port authority said all ferries to the islands would sail as planned, since their crews belong to "
    "another union that has not joined the strike at the container terminal.",
]


@pytest.mark.parametrize("learned", [False, True])
def test_clean_live_log_lede_and_its_first_time_stamp_stay(learned: bool) -> None:
    # A wire live log's lede ends in a colon over a rule and the first entry's time stamp: the
    # context pass found no prose next to it and dropped it as page chrome, or the title pass took it
    # for the headline, and the first time stamp, above every prose paragraph, went as a date line.
    reasons = _reasons(LIVE_LOG, learned=learned)
    assert reasons[LIVE_LOG_LEDE] == "body"
    assert reasons["3:40 p.m."] == "body"
    assert reasons["1:15 p.m."] == "body"
    if not learned:
        assert reasons[LIVE_LOG[0]] != "body"  # the headline over the lede stays out


def test_clean_wire_lede_with_a_mixed_case_state_stays_over_its_live_log() -> None:
    # "LOUISVILLE, Ky." style datelines: the state's abbreviation in mixed case is part of the dateline.
    lines = [LIVE_LOG_LEDE.replace("HARBOURTON, Del.", "HARBOURTON, New Del."), *LIVE_LOG[2:]]
    reasons = _reasons(lines, learned=False)
    assert reasons[lines[0]] == "body"
    assert reasons["3:40 p.m."] == "body"
