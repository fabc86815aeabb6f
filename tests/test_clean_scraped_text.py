"""Plain-text cleaning of scraped article bodies: the furniture a scraper keeps goes, the article's own lines stay.

Found by reading every dropped paragraph and the kept short lines of 700 real scraped bodies (twenty-second
session, docs/evaluation.md "Cleaning"). The texts here are invented, shaped like those bodies.
"""

from __future__ import annotations

import pytest

from .test_clean_body_kept import CLOSING, LEAD, _reasons

# Four paragraphs of an invented article: the lead and one closing paragraph of the body-kept tests.
ARTICLE = [*LEAD, CLOSING[1]]


def _reasons_inside(line: str) -> dict[str, str]:
    """The reasons of the article with ``line`` set between its second and third paragraphs; the article stays."""
    reasons = _reasons([ARTICLE[0], ARTICLE[1], line, ARTICLE[2], ARTICLE[3]])
    assert all(reasons[p] == "body" for p in ARTICLE), reasons
    return reasons


def test_clean_caption_under_a_picture_copyright_label_is_a_caption_at_any_length() -> None:
    # A copied page prints "Image copyright <owner> Image caption <caption>" above each picture; past 120
    # characters the line had stayed as article text.
    caption = ("Image copyright Harbour Pictures Image caption The ferry company's chief executive, Mara Lindqvist, "
               "leaves the hearing at the town hall in Port Ellery on Tuesday evening")
    assert _reasons_inside(caption)[caption] == "caption"


@pytest.mark.parametrize("prompt", [
    "Follow @harbourdesk",
    "Follow @harbourdesk Follow @maralindqvist",
    "Follow @harbourdeskFollow @maralindqvist",
])
def test_clean_bare_follow_prompts_are_promos(prompt: str) -> None:
    assert _reasons_inside(prompt)[prompt] == "promo"


@pytest.mark.parametrize("note", [
    "Associated Press writers Jane Doe and Omar Ali in Springfield, Illinois, and Lena Marsh in Dover "
    "contributed to this report.",
    "Marsh reported from Dover. Harbour Gazette writers Omar Ali in Kingsport and Jane Doe in Ellery contributed "
    "to this report.",
    "–Harbour Gazette's Lena Marsh contributed to this report",
    "Data journalist Omar Ali contributed from Kingsport.",
])
def test_clean_wire_contributor_lists_are_author_notes(note: str) -> None:
    lines = [*ARTICLE, note]
    reasons = _reasons(lines)
    assert reasons[note] == "author-note"
    assert all(reasons[p] == "body" for p in ARTICLE)


def test_clean_contribution_sentence_of_the_article_stays() -> None:
    # "contributed from" a place is a note; an article's sentence about money contributed stays.
    sentence = "Local fishermen contributed from their own savings to shore up the old pier last winter."
    lines = [ARTICLE[0], sentence, *ARTICLE[1:]]
    assert _reasons(lines)[sentence] == "body"


def test_clean_full_coverage_link_is_read_more() -> None:
    link = "Full Coverage: Harbour Closure"
    assert _reasons_inside(link)[link] == "read-more"


@pytest.mark.parametrize("teaser", [
    "Can the old ferry terminal in Port Ellery still be saved? Read more",
    "‘Go! Go! Go!’ – can the mayor of Port Ellery win the harbour vote? Read more",
])
def test_clean_question_headline_with_read_more_label_is_a_teaser(teaser: str) -> None:
    assert _reasons_inside(teaser)[teaser] == "read-more"


@pytest.mark.parametrize("cut", ["The harbour authority will...", "The new...", "“We will not..."])
def test_clean_last_paragraph_cut_short_by_the_source_is_article_text(cut: str) -> None:
    # A scraper or a feed cuts the article mid-sentence: its last words are still the article's.
    lines = [*ARTICLE[:3], cut]
    reasons = _reasons(lines)
    assert reasons[cut] == "body"
    assert all(reasons[p] == "body" for p in ARTICLE[:3])


@pytest.mark.parametrize("button", ["Show more...", "Loading..."])
def test_clean_button_with_an_ellipsis_after_the_article_is_not_kept(button: str) -> None:
    lines = [*ARTICLE, button]
    assert _reasons(lines)[button] != "body"


def test_clean_two_sentences_opening_like_a_box_heading_are_the_article() -> None:
    # "Also on ..." heads a box of other stories; "Also on the story was X. Its headline:" introduces a quoted
    # headline, and the headline and the line after it had been lost as a box.
    intro = "Also on the story was the Coastal Times. Its headline:"
    headline = "Ferry pier sinking faster than feared, engineers say"
    lines = [ARTICLE[0], ARTICLE[1], intro, headline, "The Coastal Times report begins:", ARTICLE[2], ARTICLE[3]]
    reasons = _reasons(lines)
    assert reasons[intro] == "body"
    assert reasons[headline] == "body"
    assert all(reasons[p] == "body" for p in ARTICLE)


@pytest.mark.parametrize("prompt", [
    "Sign up for the new Harbour Gazette morning briefing",
    "Sign up for regular email dispatches from the coast to hear from Lena and the people of Port Ellery",
    "STAY UP TO DATE WITH THE FREE HARBOUR GAZETTE APP!",
])
def test_clean_sign_up_prompts_for_briefings_and_apps_are_promos(prompt: str) -> None:
    assert _reasons_inside(prompt)[prompt] == "promo"


def test_clean_headline_over_byline_and_picture_caption_names_the_document() -> None:
    # A pasted page's header: the headline, the byline, the first picture's caption, then the text. Once the
    # caption is read as one, the line above the byline is still the headline.
    from newsfuse.clean import clean
    from newsfuse.records import RawDocument

    headline = "Will the old ferry pier survive another winter in Port Ellery?"
    caption = ("Image copyright Harbour Pictures Image caption The pier has sunk by almost forty centimetres since the "
               "spring, engineers told the harbour authority on Monday")
    text = "\n\n".join([headline, "By Lena Marsh, harbour reporter", caption, *ARTICLE])
    doc = clean(RawDocument(id="x", source_path="x.txt", kind="text", content=text))
    assert doc.title == headline
    reasons = {p.text: p.reason for p in doc.paragraphs}
    assert reasons[caption] == "caption"
    assert all(reasons[p] == "body" for p in ARTICLE)


def test_clean_list_an_article_line_announces_with_a_colon_is_article_text() -> None:
    # One-word answers share no words with the article and read as a menu by their shape; the colon above
    # them announces them as the article's own list.
    # A run of more than eight short lines between two paragraphs is read as a menu but for its sentences.
    intro = "They came up with:"
    answers = ["Cold", "Chaos", "Patience", "Shame", "Puddles"]
    second = "Then we asked the fishermen on the north side. They said:"
    more = ["Fair", "Overdue", "Expensive", "Quiet"]
    lines = [ARTICLE[0], ARTICLE[1], intro, *answers, second, *more, ARTICLE[2], ARTICLE[3]]
    reasons = _reasons(lines)
    assert all(reasons[p] == "body" for p in [intro, *answers, second, *more, *ARTICLE]), reasons


def test_clean_menu_after_a_colon_ending_in_page_chrome_stays_dropped() -> None:
    # The run must end where the article goes on, at a line a local rule dropped or at the text's end; a
    # run of labels that ends in a longer line of chrome is not the announced list.
    intro = "The full timetable for the winter crossings is printed below:"
    menu = ["Home", "News", "Sport", "Weather"]
    chrome = ("Port Ellery Gazette, 12 Quay Street, Port Ellery, registered in the harbour district under "
              "number 4471 since the year the old pier opened")
    lines = [*ARTICLE, intro, *menu, chrome]
    reasons = _reasons(lines)
    assert all(reasons[p] != "body" for p in menu), reasons


@pytest.mark.parametrize(("line", "reason"), [
    ("Harbour Pictures via Getty Images, FILE", "credit"),
    ("REUTERS/Jane Doe/File Photo", "credit"),
    ("The old pier at Port Ellery seen from the water, March 3, 2019. Jane Doe/Getty Images, FILE", "caption"),
    ("Watch Harbour Hour on Sundays at 9am. For the latest from Harbour Hour click here.", "promo"),
    ("For a programming schedule, click here.", "promo"),
    ("This report was featured in the Monday, March 2, 2020, episode of “Harbour Hour,” the Gazette's daily "
     "podcast.", "author-note"),
    ("Analysis by Jane Doe, Harbour Gazette, Port Ellery", "byline"),
    ("(RELATED: Mayor Says Old Pier Will Close By Winter)", "read-more"),
    ("[embedtweet id=1234567890]", "video"),
])
def test_clean_scraped_furniture_of_wire_and_broadcast_sites(line: str, reason: str) -> None:
    assert _reasons_inside(line)[line] == reason


def test_clean_wire_dateline_lead_over_a_picture_credit_is_not_the_headline() -> None:
    from newsfuse.clean import clean
    from newsfuse.records import RawDocument

    lead = "PORT ELLERY (Reuters) - The old pier is sinking. Ferries will stop using it in the autumn."
    text = "\n\n".join([lead, "REUTERS/Jane Doe/File Photo", *ARTICLE])
    doc = clean(RawDocument(id="x", source_path="x.txt", kind="text", content=text))
    assert doc.title != lead
    assert {p.text: p.reason for p in doc.paragraphs}[lead] == "body"


def test_clean_short_wire_lead_above_a_picture_caption_and_credit_is_kept() -> None:
    # The lead shares no word with the paragraphs below, so only its wire dateline says it is the article's.
    lead = "PORT ELLERY (Reuters) - Mara Lindqvist sold her eleven fishing boats to a neighbour. Omar Ali kept seven."
    caption = ("FILE PHOTO: The old ferry pier of Port Ellery seen from the harbour wall at low tide on a grey morning "
               "in Port Ellery, March 3, 2019.")
    lines = [lead, caption, "REUTERS/Jane Doe/File Photo", *ARTICLE]
    reasons = _reasons(lines)
    assert reasons[lead] == "body"
    assert all(reasons[p] == "body" for p in ARTICLE)
