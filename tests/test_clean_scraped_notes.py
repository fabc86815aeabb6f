"""Plain-text cleaning of scraped bodies: an outlet's notes and calls around the article go, its own lines stay.

Found by reading every dropped paragraph and the first and last kept paragraphs of 700 real scraped bodies
(twenty-third session, docs/evaluation.md "Cleaning"). The texts here are invented, shaped like those bodies.
"""

from __future__ import annotations

import pytest

from .test_clean_body_kept import CLOSING, LEAD, _reasons

ARTICLE = [*LEAD, CLOSING[1]]


def _reasons_inside(line: str) -> dict[str, str]:
    """The reasons of the article with ``line`` set between its second and third paragraphs; the article stays."""
    reasons = _reasons([ARTICLE[0], ARTICLE[1], line, ARTICLE[2], ARTICLE[3]])
    assert all(reasons[p] == "body" for p in ARTICLE), reasons
    return reasons


def _reasons_after(*lines: str) -> dict[str, str]:
    """The reasons of the article followed by ``lines``; the article stays."""
    reasons = _reasons([*ARTICLE, *lines])
    assert all(reasons[p] == "body" for p in ARTICLE), reasons
    return reasons


@pytest.mark.parametrize("prompt", [
    # a site's widget to follow a topic, under the lead
    "Interested in Harbour Closures? Add Harbour Closures as an interest to stay up to date on the latest Harbour "
    "Closures news, video, and analysis from Gazette News. Add Interest",
    # follow prompts worded as a suggestion, and a show named in quotes
    "You can follow Lena Marsh on Twitter at @lenamarsh, and on Instagram.",
    'Like "Harbour Hour" on Facebook here. You can also follow the show on Twitter here.',
    "• Follow the Quay Review on Twitter at @quayreview, or sign up to the weekly email here.",
    # calls to hear the outlet's show, and its newsletter
    "Listen to past episodes of “The Quay Show” and subscribe to it in iTunes.",
    "Get news from the Gazette in your inbox, each weekday morning",
])
def test_clean_outlet_calls_to_follow_listen_and_subscribe_are_promos(prompt: str) -> None:
    assert _reasons_inside(prompt)[prompt] == "promo"


@pytest.mark.parametrize("line", [
    '"You can follow us on Twitter, but we will not answer there," the harbour master told the meeting.',
    "Listen to the recording of the meeting here:",
])
def test_clean_quoted_call_and_an_article_line_about_audio_stay(line: str) -> None:
    assert _reasons_inside(line)[line] == "body"


@pytest.mark.parametrize(("note", "reason"), [
    ("Content created by the Quay News Foundation is available without charge to any eligible news publisher that "
     "can provide a large audience. For licensing opportunities of our original content, please contact "
     "licensing@quaynews.example.org.", "copyright"),
    ('Excerpted from "The Sinking Pier: A Harbour History" by Lena Marsh. Copyright © 2019 by Lena Marsh. '
     "Excerpted by permission of Quay Books.", "copyright"),
    ("This transcript has been automatically generated and may not be 100% accurate.", "author-note"),
    ("Marsh reported from Dover. Ali reported from Kingsport, Maine.", "author-note"),
    ("Numerous Gazette journalists contributed from across the U.S.", "author-note"),
    ("The Gazette receives support for science coverage from the Port Ellery Marine Foundation. The Gazette is "
     "solely responsible for all content.", "author-note"),
])
def test_clean_notes_on_the_copy_under_the_article_are_dropped(note: str, reason: str) -> None:
    assert _reasons_after(note)[note] == reason


def test_clean_sentence_about_a_critic_at_the_end_is_no_author_bio() -> None:
    # "X is a (big, longtime) critic of ..." says what someone thinks; only a critic by trade presents the writer.
    critic = ("Lindqvist is a longtime critic of the harbour authority and of its plan to close the old pier before "
              "the winter crossings begin.")
    lines = [*ARTICLE[:3], critic, ARTICLE[3]]
    assert _reasons(lines)[critic] == "body"


def test_clean_date_headings_of_a_story_told_day_by_day_are_kept() -> None:
    # The days of a schedule, each heading its paragraph: read alone, each looks like a page's date line.
    days = ["Tuesday, Sept. 24", "Wednesday, Sept. 25", "Thursday, Sept. 26"]
    plans = [
        "The harbour authority will hold its first vote in the morning, before the ferry company presents its "
        "timetable for the winter crossings to the council.",
        "Engineers will report on the pier to the full council, which can then decide whether to close it at once "
        "or to wait for the end of the season.",
        "The council will vote on the money for the repairs, which needs a two-thirds majority to pass and is "
        "likely to be opposed by the fishermen's party.",
    ]
    lines = [ARTICLE[0], ARTICLE[1]]
    for day, plan in zip(days, plans):
        lines += [day, plan]
    lines += [ARTICLE[2], ARTICLE[3]]
    reasons = _reasons(lines)
    assert all(reasons[line] == "body" for line in lines), reasons


def test_clean_one_date_line_inside_the_text_stays_dropped() -> None:
    stamp = "Tuesday, Sept. 24"
    assert _reasons_inside(stamp)[stamp] == "dateline-meta"


def _clean_with_title(lines: list[str], title: str) -> dict[str, str]:
    from newsfuse.clean import clean
    from newsfuse.records import RawDocument

    doc = clean(RawDocument(id="x", source_path="x.json", kind="text", content="\n\n".join(lines), title=title))
    return {p.text: p.reason for p in doc.paragraphs}


def test_clean_standfirst_under_a_declared_title_is_kept() -> None:
    # The record declares the headline; the body opens with the standfirst, a long line in sentence case with no
    # end mark, which had been read as the title and dropped.
    standfirst = ("The harbour authority's plan appears designed to force the ferry company's hand, but the council is "
                  "treading cautiously")
    reasons = _clean_with_title([standfirst, *ARTICLE], "Ferry terminal to close as old pier sinks")
    assert reasons[standfirst] == "body"
    assert all(reasons[p] == "body" for p in ARTICLE)


@pytest.mark.parametrize("line", [
    "Why The Old Pier Of Port Ellery Cannot Be Saved By Anyone This Winter",  # a second headline, in title case
    "Harbour authority closes terminal",  # a short line: a kicker or a shorter headline
])
def test_clean_second_headline_under_a_declared_title_stays_dropped(line: str) -> None:
    reasons = _clean_with_title([line, *ARTICLE], "Ferry terminal to close as old pier sinks")
    assert reasons[line] != "body"
