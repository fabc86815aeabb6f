"""Near-duplicate, syndication and partial-reuse detection on invented wire copy."""

from __future__ import annotations

import time

from newsfuse.link.dedup import (
    CopyIndex,
    Reuse,
    check_new,
    find_copies,
    find_duplicates,
    find_reuse,
    independent_sources,
    normalise_words,
    own_words,
    rewritten_pairs,
    shingles,
    syndication_groups,
)
from newsfuse.records import Document, Paragraph

WIRE = [
    "HALDEN, Norway (Nordwire) — Engineers at the Halden ferry terminal worked through the night on "
    "Tuesday to free a passenger ferry that ran aground in heavy fog, the harbour authority said, after "
    "all 212 passengers and 31 crew were taken ashore in lifeboats and pilot vessels.",
    "The MS Skagerrak Star struck a sandbank about 400 metres from the quay shortly after 9 p.m. while "
    "turning into the channel, harbour master Ingrid Solberg told reporters. Nobody was seriously hurt, "
    "although four passengers were treated for minor cuts and one for hypothermia.",
    "Solberg said divers had found a gash of roughly two metres in the outer hull but no sign of fuel "
    "leaking into the fjord. Two tugboats were expected to attempt to pull the vessel free at high tide "
    "on Wednesday morning, weather permitting.",
    "The operator, Skagerrak Lines, cancelled all crossings between Halden and Strömstad until further "
    "notice and said passengers with bookings would be offered refunds or places on coaches.",
    "The national accident investigation board said it had opened an inquiry and would interview the "
    "captain and the bridge crew. It was the second grounding in the narrow channel in three years.",
    "Local fishermen said visibility had dropped to a few metres within minutes as the fog rolled in "
    "from the sea, and that the channel markers had been hard to see even with searchlights.",
]

# A different article on the same event: same facts, its own words.
OWN_REPORT = [
    "A ferry carrying more than two hundred people is stuck on a sandbank off Halden after it lost its "
    "way in thick fog on Tuesday evening.",
    "Passengers described a loud scraping noise followed by a sudden lurch. 'Cups and plates flew off "
    "the tables,' said Maria Lind, 54, who was travelling home from Sweden with her grandson.",
    "Rescue crews used lifeboats to bring everyone to the quay, where the Red Cross handed out blankets. "
    "Harbour officials said the hull was damaged but the ship was stable.",
    "Skagerrak Lines has suspended its Halden route. The accident board is investigating what went "
    "wrong in the channel, where another ship ran aground in 2021.",
]


def _doc(doc_id: str, paragraphs: list[str], *, published: str | None = None, outlet: str = "") -> Document:
    return Document(
        id=doc_id,
        source_path=f"{doc_id}.txt",
        paragraphs=tuple(Paragraph(i, text, True, "body") for i, text in enumerate(paragraphs)),
        published=published,
        outlet=outlet or None,
    )


def _corpus() -> list[Document]:
    return [
        _doc("wire", WIRE, published="2024-03-05T22:10:00+00:00", outlet="Nordwire"),
        # Republished with the outlet's own boilerplate around the same copy.
        _doc(
            "daily",
            [
                "Updated 11:42 PM | Share this article",
                *WIRE,
                "Follow the Halden Daily on social media for more updates.",
            ],
            published="2024-03-05T23:00:00+00:00",
        ),
        _doc(
            "gazette",
            ["By Gazette staff with Nordwire", *WIRE, "Copyright 2024 Nordwire. All rights reserved."],
            published="2024-03-06T06:30:00+01:00",
        ),
        _doc(
            "courier",
            [*WIRE, "Subscribe to the Courier morning newsletter to get the day's top stories in your inbox."],
            published="2024-03-06T07:00:00Z",
        ),
        # The same wire copy with its last two paragraphs trimmed.
        _doc("trimmed", WIRE[:4], published="2024-03-06T08:00:00Z"),
        _doc("own", OWN_REPORT, published="2024-03-05T23:30:00Z"),
    ]


def test_link_dedup_wire_copies_point_at_the_earliest() -> None:
    duplicates = find_duplicates(_corpus())
    assert duplicates == {"daily": "wire", "gazette": "wire", "courier": "wire", "trimmed": "wire"}


def test_link_dedup_same_topic_article_is_not_a_duplicate() -> None:
    duplicates = find_duplicates(_corpus())
    assert "own" not in duplicates
    assert "own" not in duplicates.values()


def test_link_dedup_syndication_groups_count_a_wire_story_once() -> None:
    docs = _corpus()
    groups = syndication_groups(docs, find_duplicates(docs))
    assert set(groups) == {d.id for d in docs}
    assert groups["own"] == "own"
    assert {groups[k] for k in ("wire", "daily", "gazette", "courier", "trimmed")} == {"wire"}
    assert len(set(groups.values())) == 2


def test_link_dedup_an_outlet_and_a_wire_story_are_one_independent_source_each() -> None:
    docs = [_doc("bbc1", ["one"], outlet="BBC News"), _doc("bbc2", ["two"], outlet="bbc news "),
            _doc("wire", ["three"], outlet="Wire"), _doc("daily", ["three"], outlet="Daily"),
            _doc("gazette", ["three"], outlet="Gazette"), _doc("own", ["four"], outlet="Daily"),
            _doc("other", ["five"], outlet="Gazette"), _doc("anon1", ["six"]), _doc("anon2", ["seven"])]
    sources = independent_sources(docs, {"daily": "wire", "gazette": "wire"})
    assert sources["bbc1"] == sources["bbc2"]  # two articles of one newsroom
    assert sources["wire"] == sources["daily"] == sources["gazette"]  # one wire story, printed three times
    # the Daily's and the Gazette's own articles are their own, not the wire's nor each other's
    assert len({sources["own"], sources["other"], sources["wire"]}) == 3
    assert sources["anon1"] != sources["anon2"]
    assert len(set(sources.values())) == 6


def test_link_dedup_canonical_is_earliest_then_by_id_and_undated_last() -> None:
    docs = [
        _doc("b-copy", WIRE, published="2024-03-06"),
        _doc("a-copy", WIRE, published="2024-03-06"),
        _doc("undated", WIRE),
    ]
    assert find_duplicates(docs) == {"b-copy": "a-copy", "undated": "a-copy"}


def test_link_dedup_chains_are_flattened() -> None:
    # c ~ b by Jaccard (b plus a footer), c and b ~ a by containment (a is their trimmed lead):
    # every copy points at the earliest, never at another copy.
    docs = [
        _doc("c", ["Updated 9:10 AM | Share", *WIRE, "Copyright 2024 Nordwire."], published="2024-03-07"),
        _doc("b", ["Updated 9:10 AM | Share", *WIRE], published="2024-03-06"),
        _doc("a", WIRE[:4], published="2024-03-05"),
    ]
    duplicates = find_duplicates(docs)
    assert duplicates == {"b": "a", "c": "a"}
    assert set(duplicates.values()) <= {d.id for d in docs} - set(duplicates)


def test_link_dedup_lifted_paragraphs_are_partial_reuse_not_a_copy() -> None:
    # An article with its own lead that lifts two wire paragraphs is not a copy of the wire story.
    host = [OWN_REPORT[0], WIRE[1], WIRE[2], *OWN_REPORT[1:]]
    docs = [_doc("wire", WIRE, published="2024-03-05"), _doc("host", host, published="2024-03-06")]
    copies = find_copies(docs)
    assert copies.duplicates == {}
    assert copies.reuse == [Reuse("host", "wire", (1, 2), (1, 2))]
    assert find_reuse(docs) == copies.reuse


def test_link_dedup_dropped_lead_is_reuse_not_a_copy() -> None:
    # Containment alone would call this a copy; without the wire lead it is the wire's text reused.
    docs = [_doc("wire", WIRE, published="2024-03-05"), _doc("tail", WIRE[2:], published="2024-03-06")]
    assert find_duplicates(docs) == {}
    assert [(r.doc, r.source) for r in find_reuse(docs)] == [("tail", "wire")]


def test_link_dedup_one_shared_paragraph_or_a_common_footer_is_not_reuse() -> None:
    footer = "This report was produced by the Nordic wire service cooperative and may be republished by members."
    docs = [_doc("own", [*OWN_REPORT, footer], published="2024-03-05")]
    docs += [_doc(f"other{i}", [f"Council item {i} was approved after a long debate about the harbour budget "
                                f"and the ferry route number {i}.", WIRE[i % 6], footer]) for i in range(5)]
    reuse = find_reuse(docs)
    # The footer is carried by six stories (common text); one wire paragraph is not enough.
    assert reuse == []


def test_link_dedup_thousands_of_identical_copies_stay_linear() -> None:
    docs = [_doc(f"copy{i:04d}", WIRE, published="2024-03-06") for i in range(3000)]
    docs.append(_doc("first", WIRE, published="2024-03-05"))
    started = time.perf_counter()
    duplicates = find_duplicates(docs)
    assert time.perf_counter() - started < 20
    assert len(duplicates) == 3000 and set(duplicates.values()) == {"first"}


def test_link_dedup_copy_index_checks_one_arrival_like_the_batch() -> None:
    corpus = _corpus()
    index = CopyIndex(corpus, duplicates=find_duplicates(corpus))
    assert len(index) == len(corpus)
    late = _doc("late", ["By Evening Post staff", *WIRE[:5]], published="2024-03-07")
    assert index.add(late) == "wire"
    fresh = ["The Halden town council voted on Thursday to ask the government for a new lighthouse at the "
             "mouth of the channel, two days after the Skagerrak Star ran aground there in fog."]
    assert index.add(_doc("fresh", fresh, published="2024-03-07")) is None
    assert index.add(_doc("again", WIRE, published="2024-03-08")) == "wire"  # exact copy


def test_link_dedup_empty_and_one_word_documents_are_never_duplicates() -> None:
    docs = [
        _doc("empty-1", []),
        _doc("empty-2", [""]),
        _doc("word-1", ["Breaking"]),
        _doc("word-2", ["Breaking!"]),
        _doc("wire", WIRE),
    ]
    assert find_duplicates(docs) == {}


def test_link_dedup_threshold_is_respected() -> None:
    docs = [_doc("wire", WIRE, published="2024-03-05"), _doc("trimmed", WIRE[:2], published="2024-03-06")]
    # The trimmed copy lies wholly inside the wire text: containment 1.0 passes any threshold.
    assert find_duplicates(docs, threshold=0.95) == {"trimmed": "wire"}
    assert find_duplicates([docs[0], _doc("own", OWN_REPORT)], threshold=0.3) == {}


def test_link_dedup_normalisation_ignores_case_and_punctuation() -> None:
    assert normalise_words("The ferry's HULL, torn — 2 metres!") == ["the", "ferry's", "hull", "torn", "2", "metres"]
    assert shingles("One, two. Three four five six") == shingles("one two three four five six")
    assert shingles("word") == frozenset()


def test_link_dedup_scales_without_pairwise_comparison() -> None:
    # 400 distinct short articles plus one copy: LSH keeps this fast and finds only the copy.
    docs = [
        _doc(f"n{i:03d}", [f"Council meeting number {i} approved budget line {i * 7} for road {i % 13} "
                           f"and postponed item {i * 3} until session {i + 400} of the year {1900 + i}."])
        for i in range(400)
    ]
    docs.append(_doc("n999", list(docs[17].paragraphs[0].text.split("\n"))))
    assert find_duplicates(docs) == {"n999": "n017"}


# Two outlets' own reports of one statement by the harbour authority and one post by the operator.
STATEMENT = (
    "We are working with the operator and the coast guard to refloat the Skagerrak Star safely, and we "
    "expect the channel to reopen to traffic by Thursday evening at the latest."
)
POST = (
    "All crossings between Halden and Strömstad are cancelled until further notice. Passengers with "
    "bookings will be offered refunds or seats on our coaches. — Skagerrak Lines (@skagerraklines) March 5, 2024"
)


def test_link_dedup_a_statement_quoted_by_two_outlets_is_not_reuse() -> None:
    wire = [WIRE[0], f"“{STATEMENT}” the harbour authority said.", POST, *WIRE[3:]]
    own = [OWN_REPORT[0], f"The harbour authority said: \"{STATEMENT}\"", POST, *OWN_REPORT[1:]]
    docs = [_doc("wire", wire, published="2024-03-05"), _doc("own", own, published="2024-03-06")]
    # Each outlet quoted the statement and embedded the post: neither borrowed the other's prose.
    assert find_reuse(docs) == []
    assert check_new(docs[1], docs[:1]).reuse == ()


def test_link_dedup_a_lifted_paragraph_with_a_shared_quotation_is_reuse() -> None:
    quoted = f"“{STATEMENT}” the harbour authority said in a statement on Tuesday night."
    wire = [WIRE[0], quoted, *WIRE[1:]]
    host = [OWN_REPORT[0], quoted, WIRE[1], *OWN_REPORT[1:]]
    docs = [_doc("wire", wire, published="2024-03-05"), _doc("host", host, published="2024-03-06")]
    # The wire's own paragraph came along with the quotation: that is borrowing.
    assert find_reuse(docs) == [Reuse("host", "wire", (1, 2), (1, 2))]
    assert check_new(docs[1], docs[:1]).reuse == (Reuse("host", "wire", (1, 2), (1, 2)),)


def test_link_dedup_own_words_leave_out_quotations_and_embedded_posts() -> None:
    assert own_words("“We will reopen,” the mayor said. “Soon.”") == ["the", "mayor", "said"]
    assert own_words("the channel is clear,” she added.") == ["she", "added"]  # a quotation running on
    assert own_words('He said "the pier is safe') == ["he", "said"]
    assert own_words(POST) == []


def test_rewords_sentence_tells_an_edited_copy_from_one_fact_in_other_words() -> None:
    from newsfuse.link.dedup import own_words, rewords_sentence

    wire = own_words("Mayor Hart is one of 12 candidates trying to win the nomination to take on Governor Lind in "
                     "next spring's election.")
    edited = own_words("Hart and Osei are among 12 candidates vying to win the nomination to take on Governor Lind "
                       "in the May 2026 election.")
    # the same names, number and a stock phrase ("to take on Governor Lind"), but not the sentence
    own = own_words("Twelve candidates hope to take on Governor Lind in May, and Mayor Hart leads the early polls.")
    assert rewords_sentence(wire, edited)
    assert not rewords_sentence(wire, own) and not rewords_sentence(edited, own)


# -- partial reuse below the paragraph: wire sentences edited into an outlet's own paragraphs ------

# A local paper's article: its own lead and paragraphs, with three wire sentences lightly edited and
# worked into them (no paragraph is near-identical to one of the wire's).
EDITED_IN = [
    "Halden's mayor called on Wednesday for a new lighthouse at the mouth of the channel after a night "
    "of anxiety for families waiting on the quay.",
    "The MS Skagerrak Star struck a sandbank about 400 metres from the quay shortly after 9 p.m. as it "
    "turned into the channel. Families gathered at the terminal as the first lifeboats arrived.",
    "Divers found a gash of roughly two metres in the outer hull but no sign of fuel leaking into the "
    "fjord, the harbour authority said. The mayor said the town would pay for extra pilots this winter.",
    "Skagerrak Lines cancelled all crossings between Halden and Strömstad until further notice and said "
    "passengers with bookings would be offered refunds. Coach operators said they had added buses.",
]
# Two articles whose only shared sentences are a stock bio line and a credit line, inside paragraphs of
# their own words (the paragraphs are not near-identical).
BIO_A = [
    "The harbour board met on Monday to discuss the winter timetable for the ferries to Strömstad. "
    "Ingrid Solberg is the harbour master of Halden and a former captain with the coastal steamer line "
    "that served the fjord towns for twenty years. She told the board that two crossings a day would do.",
    "Board members asked for a report on pilot numbers before the vote in April. Reporters from the "
    "Halden Daily newsroom across the county contributed to this report on Monday.",
]
BIO_B = [
    "Fishermen in Halden asked for brighter channel markers after a second foggy week in the fjord. "
    "Ingrid Solberg is the harbour master of Halden and a former captain with the coastal steamer line "
    "that served the fjord towns for twenty years. Her office said new markers were already on order.",
    "The fishermen's association plans a meeting with the county next month. Reporters from the Halden "
    "Daily newsroom across the county contributed to this report on Friday.",
]


def test_link_dedup_edited_wire_sentences_in_own_paragraphs_are_partial_reuse() -> None:
    wire = _doc("wire", WIRE, published="2024-03-05T22:10:00Z", outlet="Nordwire")
    local = _doc("local", EDITED_IN, published="2024-03-06T09:00:00Z", outlet="Halden Tidende")
    copies = find_copies([wire, local])
    assert copies.duplicates == {}
    assert copies.reuse == [Reuse("local", "wire", (1, 2, 3), (1, 2, 3))]
    # The same rule when the local article arrives after the wire is stored.
    assert check_new(local, [wire]).reuse == (Reuse("local", "wire", (1, 2, 3), (1, 2, 3)),)


def test_link_dedup_two_stock_sentences_or_quoted_sentences_are_not_reuse() -> None:
    a = _doc("a", BIO_A, published="2024-03-05", outlet="Halden Daily")
    b = _doc("b", BIO_B, published="2024-03-09", outlet="Fjord Post")
    assert find_reuse([a, b]) == []
    quoted = [f"\u201c{sentence}\u201d the mayor said." for sentence in EDITED_IN[1:]]
    c = _doc("c", ["The mayor spoke to the council on Thursday about the ferry accident.", *quoted],
             published="2024-03-08", outlet="Fjord Post")
    d = _doc("d", ["Council members heard the mayor's account of the grounding on Thursday.", *quoted[::-1]],
             published="2024-03-08T12:00:00Z", outlet="Halden Daily")
    assert find_reuse([c, d]) == []  # both quote one speech: the words are the mayor's


# The wire report retold by another outlet sentence by sentence: each sentence reworded around a run of its words.
RETOLD = [
    "A passenger ferry ran aground in heavy fog at the Halden ferry terminal on Tuesday night, and all 212 "
    "passengers and 31 crew were brought to shore.",
    "The MS Skagerrak Star hit a sandbank about 400 metres from the quay while it was turning into the channel, "
    "the harbour master said.",
    "Divers had found a gash of roughly two metres in the hull, Solberg said, and tugs were expected to attempt "
    "to pull the vessel free at high tide.",
]


def test_dedup_an_article_retold_sentence_by_sentence_is_found_and_an_own_report_is_not() -> None:
    wire = _doc("wire", WIRE, outlet="Nordwire")
    retold = _doc("retold", RETOLD, outlet="Harbour Times")
    own = _doc("own", OWN_REPORT, outlet="Fjord Post")
    assert rewritten_pairs([wire, retold, own]) == [("wire", "retold")]
