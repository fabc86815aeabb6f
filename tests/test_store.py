from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from newsfuse.errors import StoreError
from newsfuse.records import Document, Entity, Extraction, Paragraph, Quote, RawDocument, Span, Story
from newsfuse.store import Store


def _doc(doc_id: str, text: str, title: str = "Harbour budget") -> Document:
    return Document(
        id=doc_id,
        source_path=f"{doc_id}.txt",
        title=title,
        outlet="Eastport Echo",
        paragraphs=(Paragraph(0, text, True, "body"), Paragraph(1, "Sign up now", False, "promo")),
    )


def test_store_add_raw_is_idempotent_and_pending_until_processed(db_path: Path) -> None:
    raw = RawDocument(id="d1", source_path="a.txt", kind="text", content="x")
    with Store(db_path) as store:
        assert store.add_raw(raw) is True
        assert store.add_raw(raw) is False
        assert [r.id for r in store.pending_raw()] == ["d1"]
        store.save_processed(_doc("d1", "The council approved the budget."), Extraction(doc="d1"))
        assert store.pending_raw() == []
        assert store.counts()["documents"] == 1


def test_store_round_trips_records_and_searches(db_path: Path) -> None:
    with Store(db_path) as store:
        store.add_raw(RawDocument(id="d1", source_path="a.txt", kind="text", content="x"))
        doc = _doc("d1", "The council approved the harbour budget on Tuesday.")
        quote = Quote(doc="d1", text="This is right", kind="direct", start=0, end=13, speaker_name="Ana Ruiz")
        store.save_processed(doc, Extraction(doc="d1", quotes=(quote,)))
        story = Story(id="s-1", title="Harbour budget", documents=("d1",), last_seen="2025-03-04")
        entity = Entity(id="e-1", name="Ana Ruiz", type="PERSON", mentions=(Span("d1", 0, 3),))
        store.save_links(documents=[doc], extractions=[Extraction(doc="d1", quotes=(quote,))],
                         entities=[entity], stories=[story])
    with Store(db_path) as store:
        assert store.document("d1") == doc
        assert store.story("s-") == story
        assert store.entity("e-1") == entity
        assert store.quotes(speaker="ruiz")[0].text == "This is right"
        assert store.quotes(story="s-1") and not store.quotes(story="nope")
        hits = store.search('harbour "approved the"')
        assert hits and hits[0].doc == "d1" and "[" in hits[0].snippet
        assert store.search('"; DROP TABLE documents; --') == []
        assert store.story_assignments() == {"d1": "s-1"}


def test_store_search_an_accented_letter_matches_that_letter(db_path: Path) -> None:
    # The index folds accents, so "ü" had found "U.S." and "Müller" had found "Muller".
    texts = {"d1": "The U.S. Treasury said on Monday that rates would hold.",
             "d2": "Jana Müller, the mayor of Kleinstadt, opened the new bridge on Friday.",
             "d3": "Tom Muller, a farmer, said the bridge came too late for the harvest."}
    with Store(db_path) as store:
        for doc_id, text in texts.items():
            store.add_raw(RawDocument(id=doc_id, source_path=f"{doc_id}.txt", kind="text", content=text))
            store.save_processed(_doc(doc_id, text), Extraction(doc=doc_id))
        assert store.search("ü") == []
        assert [h.doc for h in store.search("Müller")] == ["d2"]
        assert [h.doc for h in store.search("MÜLLER bridge")] == ["d2"]
        assert [h.doc for h in store.search("Mu\u0308ller")] == ["d2"]  # typed with a combining diaeresis
        assert [h.doc for h in store.search('"Jana Müller"')] == ["d2"]
        assert {h.doc for h in store.search("Muller")} == {"d2", "d3"}  # a plain query still finds both spellings
        assert [h.doc for h in store.search("U.S.")] == ["d1"]


def test_store_search_finds_a_word_inside_a_run_of_chinese_or_japanese(db_path: Path) -> None:
    # These scripts put no spaces between words: the tokenizer took "市长安娜说" for one token and the
    # word "市长" (mayor) was never found.
    texts = {"d1": "海港市长安娜说预算已经通过。", "d2": "港の市議会は火曜日に予算を可決した。",
             "d3": "The Eastport mayor said the harbour budget passed."}
    with Store(db_path) as store:
        for doc_id, text in texts.items():
            store.add_raw(RawDocument(id=doc_id, source_path=f"{doc_id}.txt", kind="text", content=text))
            store.save_processed(_doc(doc_id, text), Extraction(doc=doc_id))
        [hit] = store.search("市长")
        assert hit.doc == "d1" and "[市长]" in hit.snippet
        assert [h.doc for h in store.search("市議会 budget")] == ["d2"]  # the title "Harbour budget" holds the other
        assert store.search("市长 可決") == []  # every term must be in the hit
        assert [h.doc for h in store.search("mayor")] == ["d3"]


def test_store_keeps_embeddings_and_failures(db_path: Path) -> None:
    with Store(db_path) as store:
        store.save_embeddings({"d1": np.arange(4, dtype=np.float32)})
        store.record_failure("bad.txt", "empty file")
        assert np.allclose(store.embeddings()["d1"], [0, 1, 2, 3])
        assert store.failures()[0][:2] == ("bad.txt", "empty file")


def test_store_refuses_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "not.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="--db"):
        Store(path)


def test_store_incremental_link_state_merges_and_unlinked_documents(db_path: Path) -> None:
    from newsfuse.store import LinkState, StorySpan

    with Store(db_path) as store:
        for doc_id in ("d1", "d2"):
            store.add_raw(RawDocument(id=doc_id, source_path=f"{doc_id}.txt", kind="text", content=doc_id))
            store.save_processed(_doc(doc_id, f"The council approved budget number {doc_id}."), Extraction(doc=doc_id))
        assert not store.has_link_state() and len(store.unlinked_documents()) == 2
        stories = [Story(id="s-1", title="a", documents=("d1",)), Story(id="s-2", title="b", documents=("d2",))]
        state = LinkState(
            lsh=[(42, "d1", -1), (42, "d2", -1), (7, "d2", 0)],
            doc_links={"d1": (1.0e9, ["budget"]), "d2": (None, ["budget", "council"])},
            story_spans=[StorySpan("s-1", 1.0e9, 1.0e9, np.ones(4, dtype=np.float32)),
                         StorySpan("s-2", None, None, np.ones(4, dtype=np.float32))],
            name_counts={"budget": 2, "council": 1},
            name_documents=2,
        )
        store.save_links(documents=[], extractions=[], entities=[], stories=stories, state=state)
        assert store.has_link_state() and store.unlinked_documents() == []
        assert store.lsh_lookup([(42, -1)], per_key=1) in ({("d1", -1)}, {("d2", -1)})
        assert store.lsh_lookup([(7, 0)], per_key=8) == {("d2", 0)}
        assert {s.story for s in store.story_spans(around=1.0e9 + 3600, window_seconds=86_400)} == {"s-1", "s-2"}
        assert {s.story for s in store.story_spans(around=5.0e9, window_seconds=86_400)} == {"s-2"}
        assert store.name_counts(["budget", "nope"]) == {"budget": 2} and store.name_documents() == 2
        merged = Story(id="s-1", title="a", documents=("d1", "d2"))
        store.update_links(
            documents=[], extractions=[], entities=[], stories=[merged], assignments={"d1": "s-1", "d2": "s-1"},
            merged={"s-2": "s-1"}, state=LinkState(name_counts={"budget": 1}, name_documents=1, full=False),
        )
        assert store.story("s-2") == merged and store.merged_into("s-2") == "s-1"
        assert store.story_assignments() == {"d1": "s-1", "d2": "s-1"}
        assert store.name_counts(["budget"]) == {"budget": 3} and store.name_documents() == 3
