"""Incremental linking: the stored LSH index, bridging merges and updated versions without models;
then second runs of the pipeline on the bundled corpus (model-dependent)."""

from __future__ import annotations

import shutil
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from newsfuse.export import build_contract
from newsfuse.link.dedup import Reuse, check_new, lsh_rows, superseded_versions
from newsfuse.link.incremental import CopyChecker, full_state, merge_entities
from newsfuse.link.stories import StoryIndex, story_id
from newsfuse.pipeline import RunReport, build_stories, ingest_into, link_corpus, process_pending, run
from newsfuse.records import Document, Entity, Extraction, Paragraph, RawDocument, Span
from newsfuse.store import Store

from .test_link_dedup import EDITED_IN, OWN_REPORT, WIRE
from .test_pipeline import CORPUS, Killed, _kill_after


def _doc(doc_id: str, paragraphs: list[str], *, published: str | None = None, outlet: str | None = None) -> Document:
    return Document(
        id=doc_id,
        source_path=f"{doc_id}.txt",
        paragraphs=tuple(Paragraph(i, text, True, "body") for i, text in enumerate(paragraphs)),
        published=published,
        outlet=outlet,
        title=paragraphs[0][:40],
    )


def _store_with(db: Path, docs: list[Document]) -> Store:
    """A store holding ``docs``, linked in full (one story each, no entities) with its link state."""
    store = Store(db)
    for doc in docs:
        store.add_raw(RawDocument(id=doc.id, source_path=doc.source_path, kind="text", content=doc.text))
        store.save_processed(doc, Extraction(doc=doc.id))
    assignment = {d.id: story_id(d.id) for d in docs}
    vectors = {d.id: np.eye(4, dtype=np.float32)[i % 4] for i, d in enumerate(docs)}
    state = full_state(docs, assignment, vectors, {}, [])
    store.save_links(documents=docs, extractions=[], entities=[], stories=[], assignments=assignment, state=state)
    return store


def test_link_incremental_new_copy_is_found_through_the_stored_index(tmp_path: Path) -> None:
    wire = _doc("wire", WIRE, published="2024-03-05T22:10:00Z", outlet="Nordwire")
    own = _doc("own", OWN_REPORT, published="2024-03-05T23:30:00Z", outlet="Halden Daily")
    with _store_with(tmp_path / "s.db", [wire, own]) as store:
        checker = CopyChecker(store)
        copy = _doc("gazette", ["By Gazette staff", *WIRE, "Copyright 2024."], published="2024-03-06", outlet="Gazette")
        assert checker.add(copy).duplicate_of == "wire"
        fresh = _doc("other", [OWN_REPORT[0], "A council meeting approved the new harbour budget on a vote of six to three."])
        assert checker.add(fresh).duplicate_of is None
        # A second copy in the same batch finds the first one through the run's own rows too.
        again = _doc("again", [*WIRE, "Read more at the Courier."], published="2024-03-07", outlet="Courier")
        assert checker.add(again).duplicate_of == "wire"


def test_link_incremental_earlier_newcomer_becomes_canonical(tmp_path: Path) -> None:
    later = _doc("later", WIRE, published="2024-03-06", outlet="Courier")
    copy = _doc("copy", [*WIRE, "Subscribe to our newsletter for more."], published="2024-03-07", outlet="Gazette")
    docs = [later, Document(**{**{f: getattr(copy, f) for f in copy.__slots__}, "duplicate_of": "later"})]
    with _store_with(tmp_path / "s.db", docs) as store:
        checker = CopyChecker(store)
        first = checker.add(_doc("first", WIRE, published="2024-03-05", outlet="Nordwire"))
        assert first.duplicate_of is None
        assert checker.changed["later"].duplicate_of == "first"
        assert checker.changed["copy"].duplicate_of == "first"


def test_link_incremental_reuse_is_found_and_stored_and_exported(tmp_path: Path) -> None:
    wire = _doc("wire", WIRE, published="2024-03-05", outlet="Nordwire")
    with _store_with(tmp_path / "s.db", [wire]) as store:
        checker = CopyChecker(store)
        host = _doc("host", [OWN_REPORT[0], WIRE[1], WIRE[2], *OWN_REPORT[1:]], published="2024-03-06", outlet="Daily")
        assert checker.add(host).duplicate_of is None
        assert checker.reuse == [Reuse("host", "wire", (1, 2), (1, 2))]
        store.add_raw(RawDocument(id="host", source_path="host.txt", kind="text", content=host.text))
        store.save_processed(host, Extraction(doc="host"))
        state = full_state([wire, host], {"wire": "s-1", "host": "s-1"}, {}, {}, checker.reuse)
        store.save_links(documents=[wire, host], extractions=[], entities=[], stories=[], state=state)
        rows = store.reuse("wire")
        assert [(r.doc, r.source, r.paragraphs, r.source_paragraphs) for r in rows] == [("host", "wire", (1, 2), (1, 2))]
        contract = build_contract(store)
        assert contract["reuse"] == [{"doc": "host", "source": "wire", "paragraphs": [1, 2], "source_paragraphs": [1, 2]}]
    # The document pages say it, both ways.
    from fastapi.testclient import TestClient

    from newsfuse.web import create_app

    client = TestClient(create_app(tmp_path / "s.db"))
    assert "are reused from" in client.get("/doc/host").text
    assert "are reused by" in client.get("/doc/wire").text


def test_link_incremental_check_new_mirrors_the_batch_rule() -> None:
    wire = _doc("wire", WIRE, published="2024-03-05")
    tail = _doc("tail", WIRE[2:], published="2024-03-06")
    found = check_new(tail, [wire])
    assert found.duplicates == frozenset()
    assert [(r.doc, r.source) for r in found.reuse] == [("tail", "wire")]
    assert check_new(_doc("x", ["Word"]), [wire]).duplicates == frozenset()


def test_link_incremental_updated_version_replaces_the_old_one_in_its_story(tmp_path: Path) -> None:
    first = _doc("v1", WIRE[:4], published="2024-03-05T22:00:00Z", outlet="Halden Daily")
    other = _doc("other", ["By staff", *WIRE[:4], "Copyright 2024."], published="2024-03-05T23:00:00Z", outlet="Gazette")
    docs = [first, Document(**{**{f: getattr(other, f) for f in other.__slots__}, "duplicate_of": "v1"})]
    with _store_with(tmp_path / "s.db", docs) as store:
        checker = CopyChecker(store)
        update = _doc("v2", [*WIRE[:4], WIRE[4]], published="2024-03-06T08:00:00Z", outlet="halden daily")
        assert checker.add(update).duplicate_of == "v1"
        assert checker.changed["v1"].superseded_by == "v2"
        assert "other" not in checker.changed or checker.changed["other"].superseded_by is None
    # The story shows the update, not the old version; both stay stored.
    docs = [replace_doc(first, superseded_by="v2"), replace_doc(update, duplicate_of="v1"), docs[1]]
    assignment = {"v1": "s-1", "v2": "s-1", "other": "s-1"}
    extractions = {d.id: Extraction(doc=d.id) for d in docs}
    (story,) = build_stories(docs, extractions, assignment, {}, {})
    assert set(story.documents) == {"v2", "other"}


def replace_doc(doc: Document, **changes: object) -> Document:
    return replace(doc, **changes)  # type: ignore[arg-type]


def test_link_incremental_superseded_versions_need_one_outlet_and_one_group() -> None:
    docs = [
        _doc("a1", WIRE, published="2024-03-05", outlet="Daily"),
        _doc("a2", WIRE, published="2024-03-06", outlet="DAILY "),
        _doc("b", WIRE, published="2024-03-07", outlet="Gazette"),
        _doc("n", WIRE, published="2024-03-08"),
    ]
    groups = {d.id: "a1" for d in docs}
    assert superseded_versions(docs, groups) == {"a1": "a2"}
    assert superseded_versions(docs, {d.id: d.id for d in docs}) == {}


def _unit(*values: float) -> np.ndarray:
    v = np.array(values, dtype=np.float32)
    return v / np.linalg.norm(v)


def test_link_incremental_bridging_article_merges_two_stories_into_the_older() -> None:
    index = StoryIndex(3, threshold=0.6, window_days=7, mergeable=True)
    older = _doc("a", ["x y"], published="2024-03-01")
    newer = _doc("b", ["x y"], published="2024-03-02")
    index.seed(older, "s-old", vector=_unit(1, 0, 0), entities=["Halden"])
    index.seed(newer, "s-new", vector=_unit(0, 1, 0), entities=["Halden"])
    assert len(index) == 2
    lone = _doc("c", ["x y"], published="2024-03-02")
    story, merged = index.place_merging(lone, vector=_unit(0, 0, 1), entities=["Oslo"])
    assert merged == () and story == story_id("c")
    bridge = _doc("d", ["x y"], published="2024-03-02")
    story, merged = index.place_merging(bridge, vector=_unit(1, 1, 0), entities=["Halden"])
    assert (story, merged) == ("s-old", ("s-new",))
    assert index.merged == {"s-new": "s-old"}
    # A later article close to the absorbed story lands in the survivor.
    follow = _doc("e", ["x y"], published="2024-03-03")
    assert index.place(follow, vector=_unit(0, 1, 0), entities=["Halden"]) == "s-old"


def test_link_incremental_merge_entities_unions_mentions() -> None:
    stored = Entity(id="e-1", name="Ingrid Solberg", type="PERSON", aliases=("Ingrid Solberg",),
                    mentions=(Span("d1", 0, 14),))
    new = Entity(id="e-1", name="Solberg", type="PERSON", aliases=("Solberg",), titles=("harbour master",),
                 mentions=(Span("d2", 5, 12), Span("d1", 0, 14)))
    fresh = Entity(id="e-2", name="Skagerrak Lines", type="ORG", mentions=(Span("d2", 0, 15),))
    merged = {e.id: e for e in merge_entities([new, fresh], {"e-1": stored})}
    assert merged["e-1"].name == "Ingrid Solberg"
    assert merged["e-1"].aliases == ("Ingrid Solberg", "Solberg")
    assert merged["e-1"].titles == ("harbour master",)
    assert merged["e-1"].mentions == (Span("d1", 0, 14), Span("d2", 5, 12))
    assert merged["e-2"] == fresh


# -- incremental linking ------------------------------------------------------------------------

LATE_FLOOD = "northgatedaily_2025-03-15_kessler-valley-floodwaters-recede.txt"
LATE_BLAST = "valleycourier_2025-03-05_ashford-creek-death-toll.txt"


@pytest.fixture(scope="module")
def base_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A store linked in full from the corpus minus two articles, and a folder holding those two."""
    root = tmp_path_factory.mktemp("incremental")
    first, later = root / "first", root / "later"
    shutil.copytree(CORPUS, first)
    later.mkdir()
    for name in (LATE_FLOOD, LATE_BLAST):
        shutil.move(first / name, later / name)
    db = root / "base.db"
    report = run([first], db=db)
    assert report.link_mode == "full" and not report.failed
    return db, later


def _copy_db(base: Path, tmp_path: Path) -> Path:
    db = tmp_path / "copy.db"
    shutil.copy(base, db)
    return db


@pytest.mark.model
def test_link_incremental_run_second_run_links_only_the_new_article(base_db: tuple[Path, Path], tmp_path: Path) -> None:
    db = _copy_db(base_db[0], tmp_path)
    with Store(db) as store:
        before = {s.id: s for s in store.stories()}
        docs_before = store.counts()["documents"]
    folder = tmp_path / "one"
    folder.mkdir()
    shutil.copy(base_db[1] / LATE_FLOOD, folder / LATE_FLOOD)
    report = run([folder], db=db)
    assert report.link_mode == "incremental" and report.linked == 1
    assert report.touched_stories == 1
    with Store(db) as store:
        after = {s.id: s for s in store.stories()}
        assert store.counts()["documents"] == docs_before + 1
        assert store.unlinked_documents() == []
        new_doc = next(d for d in store.documents() if LATE_FLOOD in d.source_path)
        story = store.story_of(new_doc.id)
        assert story is not None and new_doc.id in after[story].documents
        # Story ids are stable; every story the article did not join is byte-for-byte the same record.
        assert set(before) <= set(after)
        assert {sid for sid in after if after[sid] != before.get(sid)} == {story}
        assignments = store.story_assignments()
        assert len(assignments) == docs_before + 1  # every document in exactly one story, none twice
    again = run([folder], db=db)
    assert again.ingested == 0 and again.link_mode == "none"


@pytest.mark.model
def test_link_incremental_run_killed_link_step_resumes(base_db: tuple[Path, Path], tmp_path: Path) -> None:
    db = _copy_db(base_db[0], tmp_path)
    with pytest.raises(Killed):
        run([base_db[1]], db=db, track=_kill_after(1, "link (new documents)"))
    with Store(db) as store:
        assert len(store.unlinked_documents()) == 2  # processed and stored, not linked: nothing half-written
    report = run([base_db[1]], db=db)
    assert report.ingested == 0 and report.linked == 2
    with Store(db) as store:
        assert store.unlinked_documents() == []
        assert len(store.story_assignments()) == store.counts()["documents"]


@pytest.mark.model
def test_link_incremental_run_bridging_article_merges_two_stories(base_db: tuple[Path, Path], tmp_path: Path) -> None:
    """An article as close to two stories as to each alone merges them; the older id survives and the other resolves."""
    import numpy as np

    db = _copy_db(base_db[0], tmp_path)
    with Store(db) as store:
        stories = sorted(store.stories(), key=lambda s: s.first_seen or "")
        embeddings = store.embeddings()
        docs = {d.id: d for d in store.documents()}
        # Two stories at most three days apart (the first run kept the blast and its follow-ups apart).
        pairs = [(a, b) for a in stories for b in stories if (a.first_seen or "") < (b.first_seen or "")
                 and abs(int((b.first_seen or "")[8:10]) - int((a.last_seen or "")[8:10])) <= 3]
        older, newer = pairs[0]
        centroid = sum(embeddings[d] / np.linalg.norm(embeddings[d]) for s in (older, newer) for d in s.documents)
        report = RunReport()
        folder = tmp_path / "bridge"
        folder.mkdir()
        shutil.copy(base_db[1] / LATE_BLAST, folder / LATE_BLAST)
        ingest_into(store, [folder], report)
        process_pending(store, report)
        (new_doc,) = store.unlinked_documents()
        assert new_doc.id not in docs
        # Its embedding is stored before linking (the run reads stored ones): between both stories.
        store.save_embeddings({new_doc.id: (centroid / np.linalg.norm(centroid)).astype(np.float32)})
        new_doc = replace(new_doc, published=newer.first_seen)
        store.save_processed(new_doc, store.extraction(new_doc.id))  # type: ignore[arg-type]
        link_corpus(store, report)
        assert report.merged_stories >= 1
        survivor = store.story(newer.id)
        assert survivor is not None and survivor.id != newer.id
        assert set(older.documents) | set(newer.documents) | {new_doc.id} <= set(survivor.documents)
        assert store.merged_into(newer.id) == survivor.id


def test_link_incremental_briefing_a_story_loads_no_model_it_does_not_need(monkeypatch: pytest.MonkeyPatch) -> None:
    # A run that links one new article into a large store timed 4.8 s when building the story's
    # timeline loaded the embedding model whether or not any retelling was there to merge.
    import newsfuse.link.embeddings

    def refuse(*_: object) -> None:
        raise AssertionError("the embedding model was loaded")

    monkeypatch.setattr(newsfuse.link.embeddings, "load_encoder", refuse)
    docs = [_doc("a", WIRE, published="2024-03-05", outlet="Daily"), _doc("b", WIRE[2:], published="2024-03-06",
                                                                           outlet="Gazette")]
    extractions = {d.id: Extraction(doc=d.id) for d in docs}
    (story,) = build_stories(docs, extractions, {"a": "s-1", "b": "s-1"}, {}, {})
    assert set(story.documents) == {"a", "b"}


INQUIRY = {
    "harborledger_2025-03-20_kessler-valley-flood-inquiry.txt": (
        "Inquiry opens into Kessler Valley flood warnings\n\nBy Lena Ortiz\nHarbor Ledger\nPublished March 20, 2025\n\n"
        "A public inquiry into why flood warnings reached Dunmore hours late opened on Thursday, with the county's "
        "emergency manager the first to give evidence.\n\nResidents of Little Fork told the panel that sirens never sounded."
    ),
    "cws_2025-03-20_tamsin-flood-inquiry-hearing.txt": (
        "Flood inquiry hears sirens failed in Little Fork\n\nBy Sam Adeyemi\nCWS\nPublished March 20, 2025\n\n"
        "Sirens in Little Fork stayed silent as the Tamsin River rose, the first day of the flood inquiry heard on "
        "Thursday.\n\nThe county's emergency manager said a software fault delayed the warnings to Dunmore."
    ),
}


@pytest.mark.model
def test_link_incremental_run_later_burst_of_a_story_becomes_its_own(base_db: tuple[Path, Path], tmp_path: Path) -> None:
    """Two outlets reporting three days after a story's last article: a second event, split off by the incremental
    step as by a full one."""
    db = _copy_db(base_db[0], tmp_path)
    folder = tmp_path / "inquiry"
    folder.mkdir()
    for name, text in INQUIRY.items():
        (folder / name).write_text(text, encoding="utf-8")
    with Store(db) as store:
        flood = next(s for s in store.stories() if (s.first_seen or "").startswith("2025-03-13"))
        embeddings = store.embeddings()
        centroid = sum(embeddings[d] / np.linalg.norm(embeddings[d]) for d in flood.documents)
        report = RunReport()
        ingest_into(store, [folder], report)
        process_pending(store, report)
        new_docs = store.unlinked_documents()
        assert len(new_docs) == 2
        # Worded as the flood story (its centroid), so both join it when placed.
        store.save_embeddings({d.id: (centroid / np.linalg.norm(centroid)).astype(np.float32) for d in new_docs})
        for doc in new_docs:
            store.save_processed(replace(doc, published="2025-03-20"), store.extraction(doc.id))  # type: ignore[arg-type]
        link_corpus(store, report)
        assert report.touched_stories == 2 and report.merged_stories == 0
        after = store.story(flood.id)
        assert after is not None and set(after.documents) == set(flood.documents)
        first = min(d.id for d in new_docs)
        assert {store.story_of(d.id) for d in new_docs} == {story_id(first)}
        assert len(store.story_assignments()) == store.counts()["documents"]


def test_build_stories_reads_partial_reuse_as_the_lenders_words() -> None:
    # The briefing gets the corpus' partial reuse: the paragraph the Gazette lifted from the Daily is
    # not the Gazette's framing (the incremental briefer passes the stored and new reuse rows the same way).
    lifted = "Critics slammed the so-called renewal plan as a disaster for the fishing families of Brenmouth."
    daily = _doc("a", ["The harbour board approved its renewal plan on Tuesday by seven votes to two.", lifted],
                 published="2024-03-05", outlet="Daily")
    gazette = _doc("b", ["Work on the new quay in Brenmouth is due to start in the spring, the board said.", lifted],
                   published="2024-03-06", outlet="Gazette")
    extractions = {d.id: Extraction(doc=d.id) for d in (daily, gazette)}
    assignment = {"a": "s-1", "b": "s-1"}
    (before,) = build_stories([daily, gazette], extractions, assignment, {}, {})
    assert "slammed" in {f.outlet: f for f in before.framing}["Gazette"].loaded_terms
    (story,) = build_stories([daily, gazette], extractions, assignment, {}, {}, reuse=[Reuse("b", "a", (1,), (1,))])
    framing = {f.outlet: f for f in story.framing}
    assert "slammed" not in framing["Gazette"].loaded_terms and "slammed" in framing["Daily"].loaded_terms


def test_link_incremental_edited_wire_sentences_are_found_through_the_stored_fingerprints(tmp_path: Path) -> None:
    # No paragraph of the local article is near-identical to the wire's: only the stored sentence
    # fingerprints make the wire a candidate.
    wire = _doc("wire", WIRE, published="2024-03-05", outlet="Nordwire")
    with _store_with(tmp_path / "s.db", [wire]) as store:
        checker = CopyChecker(store)
        local = _doc("local", EDITED_IN, published="2024-03-06", outlet="Halden Tidende")
        assert checker.add(local).duplicate_of is None
        assert checker.reuse == [Reuse("local", "wire", (1, 2, 3), (1, 2, 3))]


def test_link_incremental_full_relink_fingerprints_each_text_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A full relink hashed every text twice: once to find copies and reuse, once more for the stored LSH
    # index (its sentence fingerprints alone ~30 s at 100,000 articles). The index now comes from the first.
    import newsfuse.link.dedup
    import newsfuse.link.embeddings
    from newsfuse.pipeline import relink_corpus

    def refuse(*_: object) -> None:
        raise AssertionError("the embedding model was loaded")

    docs = [
        _doc("wire", WIRE, published="2024-03-05T22:10:00Z", outlet="Nordwire"),
        _doc("exact", WIRE, published="2024-03-06", outlet="Courier"),  # an exact copy
        _doc("gazette", ["By Gazette staff", *WIRE, "Copyright 2024."], published="2024-03-06", outlet="Gazette"),
        _doc("local", EDITED_IN, published="2024-03-06T09:00:00Z", outlet="Halden Tidende"),  # sentence reuse
        _doc("own", OWN_REPORT, published="2024-03-05T23:30:00Z", outlet="Halden Daily"),
    ]
    fingerprinted: Counter[str] = Counter()
    real = newsfuse.link.dedup._sentence_fingerprints

    def counting(text: newsfuse.link.dedup._Text) -> object:
        fingerprinted[text.doc.id] += 1
        return real(text)

    with _store_with(tmp_path / "s.db", docs) as store:
        store.save_embeddings({d.id: np.eye(5, dtype=np.float32)[i] for i, d in enumerate(docs)})
        expected = sorted(lsh_rows(docs))
        monkeypatch.setattr(newsfuse.link.embeddings, "load_encoder", refuse)
        monkeypatch.setattr(newsfuse.link.dedup, "_sentence_fingerprints", counting)
        relink_corpus(store, RunReport())
        assert fingerprinted == Counter({d.id: 1 for d in docs})
        # The stored index and the reuse found are what hashing each text on its own gives.
        assert sorted(store.conn.execute("SELECT key, doc, paragraph FROM lsh")) == expected
        assert [(r.doc, r.source) for r in store.reuse()] == [("local", "wire")]
        assert {d.id: d.duplicate_of for d in store.documents()}["exact"] == "wire"
