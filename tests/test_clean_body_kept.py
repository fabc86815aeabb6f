"""Plain-text cleaning must not lose the article's own text around the page's boxes and furniture.

The texts are invented, shaped like browser copies of news pages.
"""

from __future__ import annotations

from newsfuse.clean import classify_paragraphs

LEAD = [
    "The harbour authority of Port Ellery voted on Monday to close the old ferry terminal at the end of the "
    "season, after engineers found that the pier had sunk by almost forty centimetres since the spring.",
    "The ferry company will move its crossings to the cargo quay on the north side of the harbour, where a "
    "temporary waiting room is being built from shipping containers, the authority said in a statement.",
    "Passengers were told to expect longer walks to the boats and fewer parking spaces during the winter, "
    "while the authority decides whether to repair the pier or to build a new terminal altogether.",
]
BOX = ["Related stories", "Council approves budget for new swimming pool", "Storm warning issued for the coast",
       "School bus route changes from next week"]


# The article's last paragraphs, after whatever a test sets above them.
CLOSING = [
        "The ferry company said it welcomed the decision, since the crossings could not run safely from a pier "
        "that kept moving, and promised that timetables would stay the same through the winter months.",
        "Repairs are expected to cost at least eleven million euros, according to the engineers' report, while a "
        "new terminal would cost about three times as much and take four years to build and open.",
        "The authority will meet again in January to choose between the two plans after a public consultation "
        "that opens next week in the town library and online on the authority's website.",
]


def _reasons(lines: list[str], *, learned: bool = True) -> dict[str, str]:
    return dict(zip(lines, classify_paragraphs(lines, learned=learned)))


def _assert_kept_and_dropped(reasons: dict[str, str], article: list[str], furniture: list[str]) -> None:
    assert all(reasons[p] == "body" for p in article), [p for p in article if reasons[p] != "body"]
    assert all(reasons[p] != "body" for p in furniture), [p for p in furniture if reasons[p] == "body"]


def test_list_items_ending_in_semicolons_after_a_box_are_the_article() -> None:
    # The article lists what the engineers found, one item a line, and a box of links cuts the list:
    # a headline never ends in a semicolon, so the items above the point where prose resumes go back.
    items = [
        "cracks in three of the twelve concrete piles that carry the northern half of the pier;",
        "rusted steel in the fenders that protect the pier from the ferries when they come alongside;",
    ]
    rest = [
        "the lifting gear for the car ramp, which failed twice in August and left passengers waiting on the quay.",
        *CLOSING,
    ]
    lines = [*LEAD, "The engineers' report lists several faults:", BOX[0], *BOX[1:], *items, *rest]
    reasons = _reasons(lines)
    _assert_kept_and_dropped(reasons, [*LEAD, *items, *rest], BOX)


def test_a_subheading_with_running_text_above_it_after_a_box_is_the_article() -> None:
    # After the box the article goes on with a question, a short answer and a subheading before its
    # prose resumes: two lines of running text in a row that share the article's words are no box of
    # links, so the subheading and the lines above it go back to the article.
    after = [
        "So why did the pier sink so quickly after sixty calm years?",
        "Engineers blame the harbour dredging.",
        "The dredging under scrutiny",
        "Two years ago the channel beside the pier was dredged to let larger ferries reach the harbour, and the "
        "engineers believe that the work loosened the silt under the pier's northern piles.",
        "The dredging company said it had followed the plan approved by the harbour authority and that its own "
        "surveys had found no movement in the pier during or after the work in the channel.",
        "An independent survey of the harbour bed has been ordered, and its results are expected in March, when "
        "the authority will also publish the full engineering report on the state of the pier.",
    ]
    lines = [*LEAD, *BOX, *after]
    reasons = _reasons(lines)
    _assert_kept_and_dropped(reasons, [*LEAD, *after], BOX)


def test_a_teaser_list_ending_on_a_bare_headline_is_still_dropped() -> None:
    # Teasers of other stories (two lines each, about other things) then a bare headline right above
    # the article's prose: the give-back may not cross that headline into the teasers.
    teasers = [
        "Swimming pool plans approved",
        "The council approved the plans for a new swimming pool in the west of the town on Tuesday evening.",
        "Construction of the pool is expected to start in the summer and to last for two full years.",
        "Storm warning issued for the coast",
    ]
    after = CLOSING
    reasons = _reasons([*LEAD, "Most read", *teasers, *after])
    _assert_kept_and_dropped(reasons, [*LEAD, after[0]], teasers)


def test_a_list_article_goes_on_after_an_advertisement_and_a_related_link() -> None:
    # A training plan: an introduction, then a long list of short lines, an advertisement's label and
    # a "Related" link set inside the list. The two labels in a row are no edge of the article: the
    # list items after them stay, while a share bar and a menu after the article still end it.
    intro = (
        "Training for your first half marathon takes about twelve weeks if you can already run for thirty "
        "minutes without stopping, and the plan below builds up slowly so that your legs have time to adapt."
    )
    week = ["Monday", "Rest day", "Tuesday", "Easy run of 5 km at a pace you can talk at", "Wednesday",
            "Strength session: squats, lunges and planks, 3 sets each", "Thursday", "Tempo run of 4 km",
            "Friday", "Rest day or a gentle swim", "Saturday", "Long run of 10 km, slower than race pace"]
    more = ["Sunday", "Rest day or an easy walk", "Week two", "Add 1 km to the long run on Saturday",
            "Keep the tempo run on Thursday at 4 km", "Week three", "Add a second strength session on Friday",
            "Week four", "Cut every run by a third to recover"]
    outro = (
        "After the fourth week the plan starts again with a longer long run, and most runners find that the "
        "Saturday run becomes the part of the training week they look forward to the most."
    )
    labels = ["Advertisement", "Related", "How to choose your first running shoes", "Ten stretches for runners"]
    chrome = ["Share", "Facebook", "Twitter", "Email", "Home", "News", "Sport", "Contact us"]
    lines = [intro, *week, *labels, *more, outro, *chrome]
    reasons = _reasons(lines)
    _assert_kept_and_dropped(reasons, [intro, *week, *more, outro], chrome)


def test_the_article_s_own_list_resumes_after_a_box() -> None:
    # An interview set as "Q:"/"A:" lines and a numbered list, each cut by a box of links (one of
    # them under a comment-count link): the next question, or the next number of the list, is the
    # article going on for the rules, though no three prose paragraphs follow the box.
    interview = [
        "We asked the new head of the harbour's sailing school a few questions before the season starts.",
        "Q: Where did you learn to sail?",
        "A: On the lake behind my grandparents' farm, in a boat my uncle built from a kit.",
        "Q: What is the first thing you teach?",
        "A: How to capsize and climb back in.",
    ]
    rest = ["Q: Your favourite spot on the coast?", "A: The bay north of the lighthouse at sunrise.",
            "Q: Any advice for beginners?", "A: Wear more layers than you think you need."]
    lines = [*LEAD, *interview, "Comments (12)", *BOX, *rest, "Share this article", "Facebook", "Twitter"]
    reasons = _reasons(lines, learned=False)
    _assert_kept_and_dropped(reasons, [*LEAD, *interview, *rest], BOX)

    steps = ["1. Check the weather forecast for the crossing.", "2. Arrive at the cargo quay early.",
             "3. Keep your ticket on your phone."]
    more = ["4. Follow the painted line.", "5. Board when called.", "6. Sit low in rough weather."]
    lines = [*LEAD, "What passengers should do this winter:", *steps, *BOX, *more, "Share this article", "Facebook"]
    reasons = _reasons(lines, learned=False)
    _assert_kept_and_dropped(reasons, [*LEAD, *steps, *more], BOX)
