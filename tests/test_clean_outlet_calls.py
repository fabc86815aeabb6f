"""Plain-text cleaning of scraped bodies: an outlet's calls and a wire's credits go, the article's own lines stay.

Found by reading every dropped paragraph and the first and last kept paragraphs of the 679 real scraped bodies
not read before (twenty-fifth session, docs/evaluation.md "Cleaning"). The texts here are invented, shaped like
those bodies.
"""

from __future__ import annotations

import pytest

from .test_clean_body_kept import CLOSING, LEAD, _reasons

ARTICLE = [*LEAD, CLOSING[1]]


def _reasons_after(*lines: str) -> dict[str, str]:
    """The reasons of the article followed by ``lines``; the article stays."""
    reasons = _reasons([*ARTICLE, *lines])
    assert all(reasons[p] == "body" for p in ARTICLE), reasons
    return reasons


@pytest.mark.parametrize("note", [
    # a wire's writers with a bare "contributed", or where they reported from
    "Harbour Press writer Jane Doe in Dover and John Roe in Kent contributed.",
    "HP Business writers Lena Marsh, Tom Brannock and Ada Quill contributed.",
    "Doe reported from Dover. Roe reported from Kent, England. Harbour Press writers Lena Marsh, Tom Brannock, "
    "Ada Quill and Ben Fox contributed reporting from Port Ellery.",
    # a credit to the wire whose copy the story used
    "Material from the Harbour Press was used in this story.",
])
def test_clean_wire_contribution_note_is_an_author_note(note: str) -> None:
    assert _reasons_after(note)[note] == "author-note"


def test_clean_contribution_note_takes_the_wire_rule_above_it() -> None:
    note = "Harbour Press writer Jane Doe in Dover contributed."
    reasons = _reasons_after("___", note)
    assert reasons[note] == "author-note"
    assert reasons["___"] == "separator"


@pytest.mark.parametrize("call", [
    # when the outlet's show airs
    "Quay Talk is seen weekdays on the Harbour Channel.",
    "Harbour Hour Daily airs on Coast Radio 101 weekdays from 6 a.m. to 9 a.m. Eastern.",
    "Check out what time “Quay Talk” airs in your area.",
    # where to look next
    "Stay tuned to example.com for the latest on the harbour vote.",
    "The Tide is a daily Harbour News feature on the day's votes. Please check back Monday for the latest.",
    # how to write in, with the address
    "Are you a dock worker who saw the pier sink? Reach out to Jane Doe at her secure address jdoe@example.org.",
    "Were you on the ferry? If it's safe to do so, tell us what you saw by emailing tips@example.org",
    "Send tips to jane@ example.org.",
    "You can also contact us in the following ways:",
    # a writer's handle given as the outlet's
    "Follow Harbour News’s @janedoe.",
])
def test_clean_outlet_call_under_the_story_is_a_promo(call: str) -> None:
    assert _reasons_after(call)[call] == "promo"


def test_clean_outlet_rule_on_where_to_comment_is_a_comment_line() -> None:
    rule = "We encourage readers who wish to comment on our stories to do so through our Facebook and Twitter pages."
    assert _reasons_after(rule)[rule] == "comment"


@pytest.mark.parametrize("line", [
    # a sentence that names someone by a role word and goes on is no byline
    "Mayor Lena Marsh, a frequent port critic, had rare praise for the ferry firm on Monday.",
    # a column's prose with a link in it is no promotion
    "Readers of this column already know the story of the sinking pier, as this space covered a good deal of its "
    "background in February when the first cracks were found. Click here to see that background; we'll give a "
    "short summary now.",
    # an article's sentence on when a show airs, going on
    "Quay Talk airs weekdays on Coast Radio. Its host said on Monday that the show would broadcast from the pier.",
])
def test_clean_article_lines_shaped_like_credits_or_calls_stay(line: str) -> None:
    lines = [*LEAD, line, *CLOSING]
    reasons = _reasons(lines)
    assert reasons[line] == "body", reasons


@pytest.mark.parametrize("byline", ["Jane Doe, Harbour News correspondent", "Tom Roe, Port Ellery reporter"])
def test_clean_byline_with_a_role_stays_a_byline(byline: str) -> None:
    lines = [*LEAD, byline, *CLOSING]
    assert _reasons(lines)[byline] == "byline"


def test_clean_writer_note_with_an_address_stays_an_author_note() -> None:
    note = "Tom Brannock is a fellow at the Quayside Policy Institute. Write to him at tom@example.org."
    assert _reasons_after(note)[note] == "author-note"


@pytest.mark.parametrize("link", [
    "Related: Mayor Says Ferry Pier Might be Too Weak for Winter Crossings",
    "READ MORE: 'The pier will not hold,' engineer says",
])
def test_clean_link_label_before_a_headline_with_a_reporting_verb_is_a_link(link: str) -> None:
    assert _reasons_after(link)[link] == "read-more"


def test_clean_link_label_before_a_reported_sentence_stays() -> None:
    line = "Read more: the engineers said on Monday that the pier had sunk again overnight."
    lines = [*LEAD, line, *CLOSING]
    assert _reasons(lines)[line] == "body"


def test_clean_handout_picture_passed_on_by_an_agency_is_a_caption() -> None:
    caption = ("Harbour master Jane Doe is pictured in this undated handout photo provided by the Port Ellery "
               "authority. REUTERS/Port Ellery Authority/Handout via Reuters")
    lines = [LEAD[0], caption, *LEAD[1:], *CLOSING]
    assert _reasons(lines)[caption] == "caption"
