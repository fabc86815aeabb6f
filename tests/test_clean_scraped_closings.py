"""Plain-text cleaning of scraped bodies: the article's own short lines stay, the note on its writer goes.

Found by reading every dropped paragraph and the first and last kept paragraphs of 700 real scraped bodies
(twenty-fourth session, docs/evaluation.md "Cleaning"). The texts here are invented, shaped like those bodies.
"""

from __future__ import annotations

import pytest

from newsfuse.clean import _credit_reason

from .test_clean_body_kept import CLOSING, LEAD, _reasons

ARTICLE = [*LEAD, CLOSING[1]]


def _reasons_after(*lines: str) -> dict[str, str]:
    """The reasons of the article followed by ``lines``; the article stays."""
    reasons = _reasons([*ARTICLE, *lines])
    assert all(reasons[p] == "body" for p in ARTICLE), reasons
    return reasons


@pytest.mark.parametrize("bio", [
    # a writer presented by a trade that is no writing job
    "Lena Marsh is a senior fellow at the Quayside Policy Institute.",
    "Tom Brannock has been an adviser to two harbour boards and a candidate for the regional council. He lives in "
    "Port Ellery. Write to him at tom@example.org.",
    "Lena Marsh is the chair of Harbour Watch, a group that campaigns for open ports. Harbour Watch has 4,000 members.",
    "Lena Marsh is writing a book about coastal towns. She most recently taught history at Quay College.",
    # the writer's book, with or without a description of the writer in front
    "Lena Marsh’s latest book is The Sinking Pier: A Harbour History.",
    "Historian and former ferry captain, T. J. Brannock III’s most recent book is Low Tide, a novel.",
    # two writers of an opinion piece
    "• Lena Marsh and Tom Brannock are economists at the University of Port Ellery.",
])
def test_clean_closing_note_on_a_writer_the_article_never_named_is_an_author_note(bio: str) -> None:
    assert _reasons_after(bio)[bio] == "author-note"


@pytest.mark.parametrize("line", [
    # someone the article named above
    "The harbour master, Ada Quill, had warned of the sinking in April. Quill is a former ferry captain.",
    # what a newcomer does, not who a writer is
    "Lena Marsh is expected to present the consultation next week.",
    "Gazette News is seeking comment from the ferry company.",
    # a source named by a title, and a source quoted
    "Sen. Lena Marsh is a member of the transport committee.",
    "Lena Marsh, a ferry passenger, said she would miss the old terminal.",
    "Lena Marsh is a nurse who takes the ferry every day. “It will add an hour to my trip,” she said.",
])
def test_clean_closing_lines_about_the_story_s_people_stay(line: str) -> None:
    reasons = _reasons_after(line)
    assert reasons[line] == "body", reasons


def test_clean_an_earlier_paragraph_shaped_like_a_bio_stays() -> None:
    # Only the text's last kept paragraph is read as a note on its writer.
    line = "Lena Marsh is a senior fellow at the Quayside Policy Institute."
    reasons = _reasons([ARTICLE[0], ARTICLE[1], line, ARTICLE[2], ARTICLE[3]])
    assert reasons[line] == "body"


def test_clean_embedded_post_read_as_a_call_is_the_article_s() -> None:
    # The article quotes a campaign's post; its words end in a call ("Join us."), its signature names the poster.
    post = ("THREAD: These ferry firms all back #SafePiers. But their ads appear on sites that mock the crews. We're "
            "calling on all these firms to #DropTheAds. Join us. pic.twitter.com/abc123 — Harbour Watch (@harbourwatch) "
            "June 3, 2020")
    reasons = _reasons([ARTICLE[0], ARTICLE[1], post, ARTICLE[2], ARTICLE[3]])
    assert reasons[post] == "body", reasons


def test_clean_embedded_post_closing_the_article_is_the_article_s() -> None:
    # A reaction closing the article: capitalised like a headline, but its signature makes it a post.
    post = ("RIP Captain Ada Quill. A Port Ellery legend and a wonderful friend to the Harbour Watch crews. — Lena Marsh "
            "(@lenamarsh) March 6, 2016")
    assert _reasons_after(post)[post] == "body"


def test_clean_labelled_poll_rows_after_prose_are_the_article() -> None:
    # A poll's results, one name and its figures a line, printed right under the paragraph announcing them and
    # above the outlet's call to follow the writer.
    intro = ("The survey also asked whether voters held a favourable or an unfavourable view of each candidate "
             "for the harbour board. Here are the results.")
    rows = ["Marsh 45-51", "Ellery 45-48", "Quill 42-53", "Baker 36-52"]
    reasons = _reasons([*LEAD, *CLOSING, intro, *rows, "Follow Lena Marsh on Twitter @lenamarsh"])
    assert all(reasons[r] == "body" for r in rows), reasons


@pytest.mark.parametrize("word", ["Amazing.", "Oops!"])
def test_clean_a_one_word_last_line_under_the_prose_is_the_article_s(word: str) -> None:
    assert _reasons_after(word)[word] == "body"


@pytest.mark.parametrize("control", ["Back.", "Continue.", "Sources."])
def test_clean_a_one_word_control_after_the_article_stays_dropped(control: str) -> None:
    assert _reasons_after(control)[control] != "body"


@pytest.mark.parametrize("credit", ["Lena Marsh/Pool via REUTERS", "Harbour Press Pool/Pool via Reuters"])
def test_clean_pool_picture_handed_on_by_an_agency_is_a_credit(credit: str) -> None:
    assert _credit_reason(credit) == "credit"
    assert _reasons_after(credit)[credit] == "credit"


@pytest.mark.parametrize("teaser", [
    # a headline and its writer after a bar, the writer's name with an initial or a small word
    "Ferries must go. But not before the winter | Jane van Doe Read more",
    "The pier can wait. The crews cannot | Tom H Baker Read more",
    # two sentences with a question
    "Will the pier hold? The key questions answered Read more",
    "The night ferry is back. But can it last the winter? Read more",
])
def test_clean_teaser_headline_with_its_read_more_label_is_a_link(teaser: str) -> None:
    reasons = _reasons([ARTICLE[0], ARTICLE[1], teaser, ARTICLE[2], ARTICLE[3]])
    assert reasons[teaser] == "read-more", reasons


def test_clean_article_sentence_glued_to_read_more_stays() -> None:
    line = ("As recently as Monday, two ferries sailed from the cargo quay to the islands, about forty miles away, "
            "with no trouble at all. Read more")
    reasons = _reasons([ARTICLE[0], ARTICLE[1], line, ARTICLE[2], ARTICLE[3]])
    assert reasons[line] == "body", reasons


@pytest.mark.parametrize("line", [
    # the article's own last lines without a full stop: a quotation, a sentence with its verb, an announcement
    "“It will be part of what the engineers look at,” she said",
    "The case is Marsh v. Quill (21A317)",
    "Here is the authority's full statement:",
    # a list under its announcement
    "the north quay and the old fish market",
])
def test_clean_closing_lines_of_the_article_without_a_full_stop_stay(line: str) -> None:
    assert _reasons_after(line)[line] == "body"


def test_clean_long_video_caption_after_the_player_notice_is_a_video() -> None:
    line = ("Media playback is unsupported on your device Media caption The harbour master, the ferry captain and "
            "two crew members describe how the pier began to sink during the spring tides and what they saw")
    assert len(line) > 160
    reasons = _reasons([ARTICLE[0], ARTICLE[1], line, ARTICLE[2], ARTICLE[3]])
    assert reasons[line] == "video", reasons


def test_clean_podcast_call_after_a_description_of_the_show_is_a_promo() -> None:
    line = ('"Quay Talk" offers a straightforward look at the harbour\'s top stories in 20 minutes. Listen for free '
            "every weekday on Apple Podcasts, Spotify, or wherever you get your podcasts.")
    assert _reasons_after(line)[line] == "promo"


def test_clean_last_line_announcing_what_the_scrape_lost_under_an_ad_label_stays() -> None:
    # The article's last sentence introduces an exchange the scrape cut; an advertisement's label sits above it.
    line = "But the harbour master will have none of it. Hence, there's this exchange with the ferry crews:"
    reasons = _reasons([*ARTICLE, "Advertisement:", line])
    assert reasons[line] == "body", reasons


def test_clean_a_post_s_signature_alone_is_not_given_back() -> None:
    # The post's words sit in the paragraph above; its signature alone adds nothing when the rules drop it.
    from newsfuse.clean import _restore_embedded_posts

    lines = [*ARTICLE, "— Harbour Watch (@harbourwatch) June 3, 2020"]
    reasons: list[str | None] = [None] * len(ARTICLE) + ["navigation"]
    _restore_embedded_posts(lines, reasons)
    assert reasons[-1] == "navigation"
