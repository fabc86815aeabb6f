"""A scraped body's own lines at its edges stay: a column's short last sentence, a letter's closing and
signature, an opening sentence read as a title when the record declares another title.

Found by reading the lines the plain-text cleaner still dropped in 700 real scraped bodies (twenty-second
session, docs/evaluation.md "Cleaning"). The texts here are invented, shaped like those bodies.
"""

from __future__ import annotations

import pytest

from newsfuse.clean import clean
from newsfuse.records import RawDocument

from .test_clean_body_kept import CLOSING, LEAD, _reasons

ARTICLE = [*LEAD, *CLOSING]


@pytest.mark.parametrize("last", ["Just wondering.", "You decide!", "Who knew?"])
def test_clean_column_short_last_sentence_at_the_text_end_is_kept(last: str) -> None:
    reasons = _reasons([*ARTICLE, last])
    assert reasons[last] == "body"


def test_clean_short_label_at_the_text_end_stays_dropped() -> None:
    # No sentence: a menu's label after the article, as before.
    reasons = _reasons([*ARTICLE, "Local News", "Weather"])
    assert reasons["Local News"] != "body" and reasons["Weather"] != "body"


def test_clean_letter_closing_and_signature_are_kept() -> None:
    lines = [*ARTICLE, "Yours in hope of a working pier,", "Tomas"]
    reasons = _reasons(lines)
    assert reasons["Yours in hope of a working pier,"] == "body"
    assert reasons["Tomas"] == "body"


def test_clean_last_letter_signature_on_a_letters_page_is_kept() -> None:
    # Each letter is signed with a name and a town; the last signature sits at the text's end, over the
    # page's call for letters.
    lines = [LEAD[0], "Ingrid Vale", "Port Ellery, Westshire", LEAD[1], "Halvard Moen", "Northbridge", LEAD[2],
             CLOSING[0], CLOSING[1], "Oskar Brandt", "Lowmoor", "• Have your say – email letters@harbourgazette.example"]
    reasons = _reasons(lines)
    assert reasons["Oskar Brandt"] == "body" and reasons["Lowmoor"] == "body"
    assert reasons["• Have your say – email letters@harbourgazette.example"] == "promo"


def test_clean_bare_name_closing_a_news_story_is_not_restored() -> None:
    # No closing line and no letters signed above (one name line is a source's): a name under a story is
    # its byline, not article text.
    reasons = _reasons([LEAD[0], "Ingrid Vale", "Port Ellery, Westshire", *LEAD[1:], *CLOSING, "Tomas Berg",
                        "Harbour Desk"])
    assert reasons["Tomas Berg"] != "body"


@pytest.mark.parametrize("line", ["Send your news tips to desk@harbourgazette.example",
                                  "Join the conversation: letters@harbourgazette.example"])
def test_clean_call_for_letters_with_an_address_is_a_promo(line: str) -> None:
    reasons = _reasons([LEAD[0], LEAD[1], line, *CLOSING])
    assert reasons[line] == "promo"


def _clean_text(lines: list[str], title: str | None) -> dict[str, str]:
    doc = clean(RawDocument(id="a", source_path="a.json", kind="text", content="\n\n".join(lines), title=title))
    return {p.text: p.reason for p in doc.paragraphs}


@pytest.mark.parametrize("opening", ["Enough!", "Is the pier really sinking?"])
def test_clean_opening_exclamation_or_question_under_a_declared_title_is_text(opening: str) -> None:
    reasons = _clean_text([opening, *ARTICLE], "Harbour authority votes to close the old ferry terminal")
    assert reasons[opening] == "body"


@pytest.mark.parametrize(("line", "declared"), [
    ("Will the old ferry terminal close?", "Will the old ferry terminal close?"),  # the title itself
    ("Will the old ferry terminal close?", None),  # no title declared: as likely the headline
    ("Engineers fear the worst for the harbour", "Harbour votes to close the terminal"),  # a standfirst
])
def test_clean_line_read_as_title_stays_the_title(line: str, declared: str | None) -> None:
    from newsfuse.clean import _keep_opening_read_as_title  # new in this change

    reasons = ["title", "body"]
    _keep_opening_read_as_title([line, ARTICLE[0]], reasons, declared)
    assert reasons[0] == "title"
