"""Plain-text cleaning of scraped bodies: article text around a photo's caption or a link stays, the page's notes go.

Found by reading every dropped paragraph and the first and last kept paragraphs of 700 real scraped bodies no
cleaning session had read (twenty-sixth session, docs/evaluation.md "Cleaning"). The texts here are invented,
shaped like those bodies.
"""

from __future__ import annotations

import pytest

from .test_clean_body_kept import CLOSING, LEAD, _reasons

# A wire story told in other words than its lead: the lead block shares less than half its vocabulary.
STORY = [
    "Engineers measured the old pier every week since April and found it had sunk almost forty centimetres, "
    "with cracks opening in three of the twelve concrete piles under its northern half.",
    "Shipping lines that use the cargo quay complained that the ferries would crowd their berths, and the "
    "dockers' union asked for extra staff on the night shifts during the busiest months.",
    "Shares of the ferry operator, listed in Copenhagen, rose 3 percent on the news, as analysts said a new "
    "terminal would let the company run larger boats on the northern route from 2027.",
    "The operator's chief executive, Mara Lind, told reporters the company was ready to pay part of the cost "
    "if the lease on the new terminal ran for at least twenty years after it opened.",
]
WIRE_LEAD = [
    "PORT ELLERY (HP) — The harbour authority of Port Ellery voted on Monday to close the old ferry terminal at "
    "the end of the season and to move every crossing to a temporary berth on the cargo quay.",
    "The vote ends a year of arguments between the town council, which wanted the old terminal repaired, and "
    "the ferry company, which said it could no longer dock safely at a pier that kept moving.",
]
CAPTIONS = [
    "FILE - In this March 3, 2019, file photo, a ferry waits at the old terminal in Port Ellery, whose pier "
    "has sunk by almost forty centimetres since the spring, according to the engineers' report.",
    "The harbour authority of Port Ellery voted on Monday to close the old ferry terminal at the end of the "
    "season and to move every crossing to a temporary berth on the cargo quay, officials said. (AP Photo/John "
    "Roe, File)",
]


def test_clean_wire_lead_above_a_photo_caption_stays() -> None:
    # Two captions after the lead (over 400 characters) had parted it from the story as a block of
    # its own, and the outlying-block pass dropped the lead as boilerplate (on the real page the
    # paragraph model gave back two of its three paragraphs; the rules must keep it themselves).
    reasons = _reasons([*WIRE_LEAD, *CAPTIONS, *STORY], learned=False)
    assert [reasons[p] for p in [*WIRE_LEAD, *STORY]] == ["body"] * 6, reasons


def test_clean_last_paragraphs_under_photo_captions_stay() -> None:
    # The captions (over 400 characters) had parted the last paragraphs from the story, and the
    # outlying-block pass dropped them as a related block below the article.
    captions = [
        "This still image taken from a video posted online on March 3, 2019, shows the old pier of Port Ellery "
        "at low tide, with cracks along the concrete piles under its northern half. (Photo credit: AP)",
        "FILE - In this April 9, 2018, file photo, divers of the town's sailing club swim under the old pier of "
        "Port Ellery, whose piles the engineers say sank almost forty centimetres in one summer. (AP Photo/Jane "
        "Doe, File)",
    ]
    ending = [
        "The video, filmed by a diver from the town's sailing club, shows the piles leaning towards the "
        "channel, and the club has handed it to the authority's engineers.",
        "In light of the footage, divers from the coast guard will inspect the southern half of the pier "
        "next week before the ferries resume their winter timetable on Saturday.",
    ]
    reasons = _reasons([*LEAD, *STORY, *captions, *ending])
    assert [reasons[p] for p in [*LEAD, *STORY, *ending]] == ["body"] * 9, reasons


def test_clean_quote_closing_in_quotation_marks_after_a_link_is_no_other_story() -> None:
    # A tabloid sets "MORE: <headline>" links between the paragraphs; the speaker's last quoted
    # sentence ends inside its quotation mark, which had read as a headline opening another story.
    lines = [
        *LEAD,
        "Harbour master Tom Brannock said: ‘The first two weeks were fine and the ferries docked without trouble.",
        "MORE: Seal pup rescued from fishing net after three-hour operation",
        "‘Then the pier started to lean and we knew we had a problem with the piles under the waiting room.",
        "‘In other words, it was never meant for boats like these, and we assume the old timber simply gave "
        "way, probably out of sheer age.’",
        "For any Moby Dick fans out there, this may change their opinion of Captain Ahab, who also lost a ship.",
        "MORE: Lighthouse keeper's cottage goes on sale for first time in a century",
        "MORE: Town bakery wins national award for its harbour loaf",
    ]
    reasons = _reasons(lines)
    assert all(reasons[p] == "body" for p in lines if not p.startswith("MORE:")), reasons
    assert all(reasons[p] == "read-more" for p in lines if p.startswith("MORE:")), reasons


def _reasons_after(*lines: str) -> dict[str, str]:
    """The reasons of the article followed by ``lines``; the article stays."""
    article = [*LEAD, CLOSING[1]]
    reasons = _reasons([*article, *lines])
    assert all(reasons[p] == "body" for p in article), reasons
    return reasons


@pytest.mark.parametrize("note", [
    "Developing...",
    "Story developing.",
    "This story is developing. Please check back for further updates.",
    "This is a developing story. Refresh the page for updated information.",
    "This is a breaking news story and will be updated as we learn more.",
    "Check back for updates.",
    "Check back for more on this breaking story.",
])
def test_clean_note_that_the_story_is_developing_is_a_promo(note: str) -> None:
    assert _reasons_after(note)[note] == "promo"


@pytest.mark.parametrize("line", [
    "Developing nations will get more of the ferry fund, the minister said.",
    "The story is developing quickly as more divers reach the pier.",
    "Check back in with your doctor a week after the crossing.",
])
def test_clean_article_sentence_about_developing_things_stays(line: str) -> None:
    assert _reasons_after(line, CLOSING[2])[line] == "body"


@pytest.mark.parametrize("credit", [
    "[Image via Harbour Times]",
    "[Photo courtesy of the Port Ellery Sailing Club]",
    "[Lead image via Example.com.]",
    "[Image via: Shutterstock.com]",
    "[h/t Harbour Times] [Image via Jane Doe/Coast Photos]",
    "[Image via Harbour Times; map via Example Maps]",
])
def test_clean_bracketed_picture_credit_is_a_credit(credit: str) -> None:
    assert _reasons_after(credit)[credit] == "credit"


@pytest.mark.parametrize("link", [
    # a box label glued to its first headline, or its icon's letter glued before it
    "RelatedFerry Fares Rise for Third Year in a RowHarbour Master Retires After 30 YearsNew Lighthouse Opens",
    "lRelated Ferry timetable changes from next week",
    # the link to where the story came from
    "Click for more from the Harbour Times.",
    "- See more at: http://example.com/harbour/pier-to-close/#sthash.abc123",
    "Read more in the full article here.",
    "Read the full report at Harbour Times.",
])
def test_clean_link_to_another_page_is_a_read_more(link: str) -> None:
    assert _reasons_after(link)[link] == "read-more"


def test_clean_closed_comments_notice_is_a_comment() -> None:
    note = "Sorry we are not currently accepting comments on this article."
    assert _reasons_after(note)[note] == "comment"


def test_clean_related_companies_sentence_stays() -> None:
    line = "Related companies, which own the cargo quay, said on Monday that the ferries could use two berths."
    assert _reasons_after(line, CLOSING[2])[line] == "body"


@pytest.mark.parametrize(("line", "reason"), [
    # a template's call to comment, closing the story
    ("Have something to add to this story? Share it in the comments.", "comment"),
    ("What do you think of the new timetable? Sound off in the comments below.", "comment"),
    # a pointer to a video the copy lost, and the player's leftovers
    ("Watch the full interview over at Harbour TV", "video"),
    ("Watch the harbour master's answer below.", "video"),
    ("Video loading Watch again Up next", "video"),
    # follow prompts with the writer's handle in brackets, or after a section label
    (">> Follow Jane Doe (@janedoe) on Twitter", "promo"),
    ("TWITTER: You can follow me at twitter.com/janedoe", "promo"),
    # how to reach the writer
    ("To contact the author of this post, please email jdoe@example.com.", "author-note"),
])
def test_clean_calls_under_the_story_are_dropped(line: str, reason: str) -> None:
    assert _reasons_after(line)[line] == reason


@pytest.mark.parametrize("line", [
    "Let us know down below in the comments which ferry you take!",
    "Watch out for the ferries when you swim near the old pier, the harbour master said.",
])
def test_clean_writer_s_own_calls_stay(line: str) -> None:
    assert _reasons_after(line, CLOSING[2])[line] == "body"


def test_clean_closing_remark_above_the_writer_s_note_stays() -> None:
    # The column's last line, short and right under the prose, had been kept only when nothing followed
    # it: with the note on the writer and a picture's credit after it, the context pass dropped it.
    remark = "There, feel better?"
    reasons = _reasons([*LEAD, *CLOSING, remark, "Write to Jane Doe at jdoe@example.com.", "[Photo credit: Jane Doe]"])
    assert reasons[remark] == "body", reasons

