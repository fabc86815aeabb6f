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


CODE_LINES = [
    "<!-- ad_slot = 'harbour-300x250'; ad_zone = '4f1c2a9e77b0'; //-->",
    '<!-- promo_client = "pub-1234"; promo_width = 468; promo_height = 60; //-->',
    "@media only screen and (min-width : 500px) {.harbour-mobile { display: none; }}",
    ".teaser-box { display: none; margin: 0; }",
    "var shareVia = 'HarbourNews'; share.init({'id': '42', 'title': 'Ferry terminal to close'});",
    '<embed data-id="7781"></embed>',
]


@pytest.mark.parametrize("code", CODE_LINES)
def test_clean_line_of_code_left_in_a_scraped_body_is_dropped(code: str) -> None:
    # An ad's settings in an HTML comment, a style rule, a share widget's script or an empty embed
    # tag, left by the scraper at the end of the article, stayed as its last paragraph.
    reasons = _reasons([*LEAD, *CLOSING, code])
    assert reasons[code] == "code"
    assert all(reasons[p] == "body" for p in [*LEAD, *CLOSING])


def test_clean_code_lines_inside_the_article_part_nothing() -> None:
    # Four empty embed tags between two parts of the story: once dropped, they had parted the last
    # paragraphs from the main block, and the paragraph model dropped them as an outlying block.
    embeds = [f'<embed data-id="77{n}"></embed>' for n in range(4)]
    ending = [
        "Writing for the harbour weekly, a former pilot said the board had waited too long, and that the "
        "ferries should have moved to the cargo quay before the first cracks appeared in the spring.",
        "\u201cThey saw the pier sinking for a year and did nothing until the engineers forced their hand,\u201d "
        "she wrote, adding that the town would pay for the delay in lost summer visitors.",
    ]
    reasons = _reasons([*LEAD, *CLOSING, *embeds, *ending])
    assert [reasons[p] for p in embeds] == ["code"] * 4
    assert all(reasons[p] == "body" for p in [*LEAD, *CLOSING, *ending]), reasons


@pytest.mark.parametrize("line", [
    "The <div> tag holds a block of the page: write <div class=\"box\"> to open one.",
    "var x = 5;",
    "Use the @media rule {like this} to style a page: it works in every browser.",
])
def test_clean_sentence_naming_code_stays(line: str) -> None:
    reasons = _reasons([*LEAD, line, *CLOSING], learned=False)
    assert reasons[line] is None or reasons[line] == "body"


@pytest.mark.parametrize(("note", "reason"), [
    ("Follow Jane Doe and Tom Roe on Twitter: https://twitter.com/janedoe and https://twitter.com/tomroe.", "author-note"),
    ("Follow Jane Doe and Tom Roe on Twitter", "author-note"),
    ("This post has been updated.", "author-note"),
    ("This post has been updated with comment from the ferry company.", "author-note"),
    ("More to follow.", "promo"),
    ("More details to come.", "promo"),
    ("\ufeffThis is a developing story and will be updated.", "promo"),
])
def test_clean_notes_on_the_writers_and_the_story_state_go(note: str, reason: str) -> None:
    # Two writers to follow (the note named one only), a post's update note, a wire's "More to
    # follow.", a story-state note behind a byte-order mark: kept as the article's last paragraph.
    doc = clean(RawDocument(id="x", source_path="x.txt", kind="text", content="\n\n".join([*LEAD, *CLOSING, note])))
    assert [p.reason for p in doc.paragraphs] == ["body"] * (len(LEAD) + len(CLOSING)) + [reason]


@pytest.mark.parametrize("line", [
    "More to come on this later, the mayor said after the vote.",
    "Supporters follow Jane Doe and Tom Roe on Twitter to keep up with the campaign's events and the vote.",
])
def test_clean_sentences_like_those_notes_stay(line: str) -> None:
    reasons = _reasons([*LEAD, line, *CLOSING], learned=False)
    assert reasons[line] == "body"


@pytest.mark.parametrize("credit", ["Getty.", "Getty Images", "Shutterstock", "AP Photo."])
def test_clean_picture_agency_alone_on_its_line_is_a_credit(credit: str) -> None:
    # A listicle's items each under a picture whose caption the scrape lost: the agency's name stayed
    # between the item's heading and its paragraph as text.
    item = "Harbour Pilot Explains Why The Pier Sank."
    reasons = _reasons([*LEAD, item, credit, *CLOSING], learned=False)
    assert reasons[credit] == "credit"
    assert all(reasons[p] is None or reasons[p] == "body" for p in [*LEAD, *CLOSING])


@pytest.mark.parametrize("item", ["Pool", "Rex"])
def test_clean_list_item_named_like_an_agency_stays(item: str) -> None:
    lines = [*LEAD, "The new terminal will offer:", "Parking", item, "Showers", "Cafe", *CLOSING]
    assert _reasons(lines, learned=False)[item] != "credit"


def test_clean_short_headline_of_two_sentences_repeating_the_title_is_the_title() -> None:
    first = "Vote delayed. Ferry waits again."
    paragraphs = _clean([first, *LEAD, *CLOSING], "Vote delayed. Ferry waits again")
    assert paragraphs[0] == (first, "title")
