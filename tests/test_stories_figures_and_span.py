"""Story clustering: figures shared by title and lead, and the longest span of one story (model-free)."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import UTC, datetime

import numpy as np

from newsfuse.link.incremental import doc_features, name_counts
from newsfuse.link.stories import (
    StoryIndex,
    cluster_stories,
    clustering_names,
    named_weekdays,
    publication_order,
    story_id,
    story_numbers,
    storylines,
    weights_from_counts,
)
from newsfuse.records import Document
from tests.test_link_stories import _doc as _story_doc


def _doc(doc_id: str, title: str, published: str | None, *paragraphs: str) -> Document:
    return _story_doc(doc_id, title, published, list(paragraphs))


def test_stories_numbers_are_figures_not_years_or_single_digits() -> None:
    doc = _doc(
        "jobs",
        "US employers add a weak 194,000 jobs as unemployment falls to 4.8%",
        "2021-10-08",
        "Employers added 194,000 jobs in September 2021, the Labor Department said, the 3rd weak month.",
        "Economists had expected $1.2 trillion in new spending to lift hiring to 500,000.",
    )
    assert story_numbers(doc) == frozenset({"#194000", "#4.8", "#1.2", "#500000"})
    # Figures join the entity names under their prefix; entity names are normalised as before.
    assert clustering_names(doc, {"The Labor Department"}) == frozenset(
        {"labor department", "#194000", "#4.8", "#1.2", "#500000"}
    )


def _claims(doc_id: str, published: str | None, figure: str) -> Document:
    return _doc(
        doc_id,
        f"Weekly jobless claims fall to {figure}",
        published,
        f"First-time applications for unemployment benefits fell to {figure} last week, the Labor Department said.",
    )


# Two weekly reports of one kind, each covered twice, worded alike: one embedding for every article.
WEEKLY = [
    _claims("week1-a", "2021-09-02", "340,000"),
    _claims("week1-b", "2021-09-02T14:00:00Z", "340,000"),
    _claims("week2-a", "2021-09-10", "310,000"),
    _claims("week2-b", "2021-09-10T15:00:00Z", "310,000"),
]
SAME = {d.id: np.array([1.0, 0.0], dtype=np.float32) for d in WEEKLY}
NAMES = {d.id: {"labor department"} for d in WEEKLY}


def test_stories_shared_figure_places_an_undated_report_in_its_week() -> None:
    # Undated, and naming one place the dated reports do not: on embedding and names alone both
    # weeks score the same; the figure it shares with the second week decides.
    late = _claims("undated", None, "310,000")
    docs = [*WEEKLY, late]
    embeddings = {**SAME, "undated": np.array([1.0, 0.0], dtype=np.float32)}
    entities = {**NAMES, "undated": {"labor department", "washington"}}
    stories = cluster_stories(docs, embeddings=embeddings, entities=entities)
    assert stories["week1-a"] == stories["week1-b"] != stories["week2-a"] == stories["week2-b"]
    assert stories["undated"] == story_id("week2-a")


def test_stories_new_figures_do_not_count_against_a_follow_up() -> None:
    # The follow-up repeats the names and gives a new death toll; its wording is further from the
    # first report (cosine 0.3). Unshared figures stay out of the overlap, so it joins the story.
    first = _doc(
        "blast",
        "Explosion at Ashford Creek plant kills 12",
        "2025-03-04",
        "An explosion at the Larkspur plant in Ashford Creek killed 12 workers, officials said.",
    )
    update = _doc(
        "toll",
        "Ashford Creek death toll rises to 15",
        "2025-03-05",
        "Three more workers injured in the Larkspur plant blast have died, bringing the toll to 15.",
    )
    embeddings = {"blast": np.array([1.0, 0.0]), "toll": np.array([0.3, math.sqrt(1 - 0.09)])}
    entities = {"blast": {"ashford creek", "larkspur"}, "toll": {"ashford creek", "larkspur"}}
    stories = cluster_stories([first, update], embeddings=embeddings, entities=entities)
    assert stories["toll"] == stories["blast"]


def test_stories_a_story_spans_at_most_the_window() -> None:
    # A daily thread worded alike for ten days: the first eight days (a week from the first report)
    # are one story, the rest found the next one instead of stretching it day by day.
    days = [
        _doc(f"day{n}", "Talks continue", f"2024-05-{n + 1:02d}", "Negotiators met again in Geneva.") for n in range(10)
    ]
    vector = np.array([0.0, 1.0], dtype=np.float32)
    embeddings = {d.id: vector for d in days}
    entities = {d.id: {"geneva"} for d in days}
    stories = cluster_stories(days, embeddings=embeddings, entities=entities, window_days=7)
    assert {stories[f"day{n}"] for n in range(8)} == {story_id("day0")}
    assert stories["day8"] == stories["day9"] == story_id("day8")
    # One index fed in publication order places them the same way.
    index = StoryIndex(2, window_days=7)
    placed = {d.id: index.place(d, vector=embeddings[d.id], entities=entities[d.id]) for d in publication_order(days)}
    assert placed == stories
    # The storyline level still joins the two weeks of one thread.
    lines = storylines(days, stories, embeddings=embeddings, entities=entities)
    assert lines[story_id("day0")] == lines[story_id("day8")]


def test_stories_index_seeded_from_stored_features_places_like_the_batch() -> None:
    # The incremental link step seeds its index from the stored features (time and clustering names,
    # figures included) and name counts: a new article lands where the batch puts it.
    late = _claims("undated", None, "310,000")
    embeddings = {**SAME, "undated": np.array([1.0, 0.0], dtype=np.float32)}
    entities = {**NAMES, "undated": {"labor department", "washington"}}
    batch = cluster_stories([*WEEKLY, late], embeddings=embeddings, entities=entities)

    features = doc_features(WEEKLY, NAMES)
    assert "#310000" in features["week2-a"][1]
    counts = name_counts([*(names for _, names in features.values()), clustering_names(late, entities["undated"])])
    index = StoryIndex(2, weights=weights_from_counts(len(WEEKLY) + 1, counts))
    previous = {d: s for d, s in batch.items() if d != "undated"}
    for doc in publication_order(WEEKLY):
        at, names = features[doc.id]
        when = datetime.fromtimestamp(at, UTC) if at is not None else None
        index.seed_at(previous[doc.id], vector=SAME[doc.id], entities=names, when=when)
    assert index.place(late, vector=embeddings["undated"], entities=entities["undated"]) == batch["undated"]


def test_stories_undated_report_alike_to_two_dated_episodes_founds_its_own_story() -> None:
    # No date, no figure, the same names: it could report either week, so it joins neither.
    unsure = _doc(
        "unsure",
        "Jobless claims keep falling",
        None,
        "Fewer Americans applied for benefits, the Labor Department said.",
    )
    embeddings = {**SAME, "unsure": np.array([1.0, 0.0], dtype=np.float32)}
    entities = {**NAMES, "unsure": {"labor department"}}
    stories = cluster_stories([*WEEKLY, unsure], embeddings=embeddings, entities=entities)
    assert stories["unsure"] == story_id("unsure")
    # Clearly closer to one week, it joins that one.
    embeddings["unsure"] = np.array([1.0, 0.0], dtype=np.float32)
    shifted = {**embeddings, "week1-a": np.array([0.8, 0.6]), "week1-b": np.array([0.8, 0.6])}
    stories = cluster_stories([*WEEKLY, unsure], embeddings=shifted, entities=entities)
    assert stories["unsure"] == story_id("week2-a")
    # An undated document does not one-sidedly declare two dated stories one event in the incremental step.
    index = StoryIndex(2, mergeable=True)
    for doc in publication_order(WEEKLY):
        index.place(doc, vector=SAME[doc.id], entities=NAMES[doc.id])
    assert index.place_merging(unsure, vector=embeddings["unsure"], entities=entities["unsure"]) == (
        story_id("unsure"),
        (),
    )
    assert index.merged == {}


def test_stories_named_weekdays_skip_holiday_names() -> None:
    doc = _doc("days", "Stores open early on Black Friday", None, "Shoppers queued on Thursday night and again Saturday.")
    assert named_weekdays(doc) == frozenset({3, 5})
    assert named_weekdays(_doc("none", "Claims fall", None, "Fewer people applied.")) == frozenset()


def test_stories_undated_report_naming_a_weekday_joins_the_episode_of_that_day() -> None:
    # Alike to both weeks, but it names Friday: only the second week (reports on Friday 10 September)
    # spans a Friday; the first (Thursday 2 September, and the two days before) does not.
    friday = _doc(
        "friday",
        "Jobless claims keep falling",
        None,
        "Fewer Americans applied for benefits, the Labor Department said on Friday.",
    )
    embeddings = {**SAME, "friday": np.array([1.0, 0.0], dtype=np.float32)}
    entities = {**NAMES, "friday": {"labor department"}}
    stories = cluster_stories([*WEEKLY, friday], embeddings=embeddings, entities=entities)
    assert stories["friday"] == story_id("week2-a")
    # Naming the Wednesday both weeks could report on (the day before the first, two before the second),
    # it stays as unsure as without a weekday.
    wednesday = _doc("wednesday", "Jobless claims keep falling", None, "Fewer Americans applied on Wednesday.")
    embeddings["wednesday"], entities["wednesday"] = embeddings["friday"], entities["friday"]
    stories = cluster_stories([*WEEKLY, wednesday], embeddings=embeddings, entities=entities)
    assert stories["wednesday"] == story_id("wednesday")
    # The incremental step places it the same way.
    index = StoryIndex(2, mergeable=True)
    for doc in publication_order(WEEKLY):
        index.place(doc, vector=SAME[doc.id], entities=NAMES[doc.id])
    assert index.place_merging(friday, vector=embeddings["friday"], entities=entities["friday"]) == (
        story_id("week2-a"),
        (),
    )


def test_stories_a_merged_story_is_scored_once() -> None:
    # After a bridging merge the absorbed story's row is retired: an undated article as close to the
    # merged story as to its former part is not torn between the two (it would found its own story).
    index = StoryIndex(2, mergeable=True, window_days=7)
    a = _doc("a", "Harbour fire", "2024-03-01", "A fire broke out at the harbour.")
    b = _doc("b", "Harbour fire spreads", "2024-03-02", "The harbour fire spread to a warehouse.")
    index.place(a, vector=np.array([1.0, 0.0]), entities={"halden"})
    index.place(b, vector=np.array([0.0, 1.0]), entities={"halden"})
    bridge = _doc("c", "Harbour fire", "2024-03-02", "Firefighters fought the harbour fire.")
    assert index.place_merging(bridge, vector=np.array([1.0, 1.0]), entities={"halden"}) == (
        story_id("a"),
        (story_id("b"),),
    )
    late = _doc("d", "Harbour fire report", None, "The harbour fire report was published.")
    # Cosine 0.924 with the merged centroid and with the absorbed story's own.
    assert index.place(late, vector=np.array([0.383, 0.924]), entities={"halden"}) == story_id("a")


def _holiday(doc_id: str, published: str | None, outlet: str, title: str) -> Document:
    return _story_doc(
        doc_id,
        title,
        published,
        ["Lawmakers voted to make Harvest Day, 3 October, a public holiday in Valdoria, Senator Ana Ruiz said."],
        outlet=outlet,
    )


# A thread's two events four days apart, each reported by two outlets, worded alike enough for one story.
VOTE = [
    _holiday("vote-a", "2024-06-14T16:00:00Z", "Valdoria Herald", "Senate votes to make Harvest Day a holiday"),
    _holiday("vote-b", "2024-06-14T18:00:00Z", "Capital Courier", "Harvest Day holiday bill passes the Senate"),
]
SIGNING = [
    _holiday("sign-a", "2024-06-18T11:00:00Z", "Valdoria Herald", "President signs Harvest Day holiday into law"),
    _holiday("sign-b", "2024-06-19T09:00:00Z", "Capital Courier", "Harvest Day is now a public holiday"),
]
HOLIDAY_VECTORS = {
    **{d.id: np.array([1.0, 0.0], dtype=np.float32) for d in VOTE},
    **{d.id: np.array([0.9, math.sqrt(1 - 0.81)], dtype=np.float32) for d in SIGNING},
}
HOLIDAY_NAMES = {d.id: {"harvest day", "valdoria", "ana ruiz"} for d in [*VOTE, *SIGNING]}


def test_stories_two_bursts_of_one_thread_are_two_stories() -> None:
    # Reported on the 14th and again from the 18th, nothing between: two events of a thread, whose
    # storyline joins them. An undated report worded as the signing goes with the signing.
    undated = _holiday("sign-c", None, "Northgate Daily", "Harvest Day holiday signed into law")
    embeddings = {**HOLIDAY_VECTORS, "sign-c": np.array([0.8, 0.6], dtype=np.float32)}
    names = {**HOLIDAY_NAMES, "sign-c": HOLIDAY_NAMES["vote-a"]}
    stories = cluster_stories([*VOTE, *SIGNING, undated], embeddings=embeddings, entities=names)
    assert stories["vote-a"] == stories["vote-b"] == story_id("vote-a")
    assert stories["sign-a"] == stories["sign-b"] == stories["sign-c"] == story_id("sign-a")
    lines = storylines([*VOTE, *SIGNING, undated], stories, embeddings=embeddings, entities=names)
    assert lines[story_id("vote-a")] == lines[story_id("sign-a")]


def test_stories_a_lone_follow_up_or_a_close_burst_stays_in_its_story() -> None:
    # One outlet's two pieces days later are a follow-up, not a second event reported by the press.
    one_outlet = [replace(d, outlet="Valdoria Herald") for d in SIGNING]
    stories = cluster_stories([*VOTE, *one_outlet], embeddings=HOLIDAY_VECTORS, entities=HOLIDAY_NAMES)
    assert set(stories.values()) == {story_id("vote-a")}
    # Two days between the bursts: coverage going on, one story.
    sooner = [replace(SIGNING[0], published="2024-06-16T11:00:00Z"), replace(SIGNING[1], published="2024-06-16T19:00:00Z")]
    stories = cluster_stories([*VOTE, *sooner], embeddings=HOLIDAY_VECTORS, entities=HOLIDAY_NAMES)
    assert set(stories.values()) == {story_id("vote-a")}
