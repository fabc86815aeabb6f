"""End to end: the pipeline on the bundled sample corpus and on bad input (model-dependent)."""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest

from newsfuse.pipeline import RunReport, ingest_into, process_pending, run
from newsfuse.store import Store

from .conftest import EXAMPLES

T = TypeVar("T")

pytestmark = pytest.mark.model

CORPUS = EXAMPLES / "corpus"
BAD = EXAMPLES / "bad"


class Killed(Exception):
    """Stands for the process being killed in the middle of a stage."""


def _kill_after(n: int, stage: str):  # type: ignore[no-untyped-def]
    def track(items: Iterable[T], total: int | None, description: str) -> Iterator[T]:
        for i, item in enumerate(items):
            if description == stage and i == n:
                raise Killed
            yield item

    return track


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    report = run([CORPUS], db=db)
    assert report.processed >= 15 and not report.failed
    return db


def test_pipeline_demo_corpus_gives_stories_with_cited_summaries(demo_db: Path) -> None:
    with Store(demo_db) as store:
        stories = store.stories()
        docs = {d.id: d for d in store.documents()}
        assert len(docs) >= 15
        assert len(stories) >= 3
        for story in stories:
            for sentence in story.summary:
                assert sentence.sources, "every summary sentence cites a source"
                for src in sentence.sources:
                    text = docs[src.doc].text
                    assert 0 <= src.start < src.end <= len(text)
                    # the cited span holds the sentence (modulo whitespace)
                    assert " ".join(text[src.start:src.end].split())[:40] in " ".join(text.split())


def test_pipeline_rerun_adds_nothing(demo_db: Path) -> None:
    with Store(demo_db) as store:
        before = store.counts()
        stories_before = {s.id for s in store.stories()}
    report = run([CORPUS], db=demo_db)
    assert report.ingested == 0 and report.already_present >= 15
    with Store(demo_db) as store:
        assert store.counts()["documents"] == before["documents"]
        assert {s.id for s in store.stories()} == stories_before


def test_pipeline_killed_run_resumes_without_duplicates(tmp_path: Path) -> None:
    db = tmp_path / "resume.db"
    with Store(db) as store:
        report = RunReport()
        ingest_into(store, [CORPUS], report)
        total = store.counts()["raw"]
        with pytest.raises(Killed):
            process_pending(store, report, track=_kill_after(3, "clean + nlp + extract"))
        assert 0 < store.counts()["documents"] < total
    again = run([CORPUS], db=db)
    assert again.ingested == 0
    with Store(db) as store:
        counts = store.counts()
        assert counts["documents"] == total and counts["pending"] == 0


def test_pipeline_bad_files_are_reported_and_the_rest_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    shutil.copytree(BAD, folder)
    good = sorted(CORPUS.glob("*.txt"))[0]
    shutil.copy(good, folder / good.name)
    db = tmp_path / "mixed.db"
    report = run([folder], db=db)
    assert report.processed >= 2  # the good article and the good JSONL lines
    failed = dict(report.failed)
    assert any("empty" in reason for reason in failed.values())
    assert any("binary" in reason for reason in failed.values())
    assert any("malformed JSON" in reason for reason in failed.values())
    with Store(db) as store:
        assert len(store.failures()) == len(report.failed)



def test_pipeline_document_without_article_text_is_in_no_story(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(sorted(CORPUS.glob("*.txt"))[0], folder / "article.txt")
    # a page of navigation only: cleaning keeps no article text of it
    (folder / "menu.html").write_text(
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav></body></html>",
        encoding="utf-8",
    )
    db = tmp_path / "s.db"
    report = run([folder], db=db)
    assert [path for _, path in report.storyless] == [str(folder / "menu.html")]
    with Store(db) as store:
        [story] = store.stories()
        [(menu_id, _)] = store.storyless_documents()
        assert menu_id not in story.documents and store.story_of(menu_id) is None
        assert store.documents_by_id([menu_id])  # stored, with its dropped paragraphs
    # an incremental run places a new text-less document in no story either
    (folder / "menu2.html").write_text("<html><body><nav><a href='/a'>About us</a></nav></body></html>", encoding="utf-8")
    report = run([folder], db=db)
    assert report.link_mode == "incremental"
    assert len(report.storyless) == 2 and report.stories == 1
    # The web app's story list says where they are: read, no article text, in no story.
    from fastapi.testclient import TestClient

    from newsfuse.web import create_app

    page = TestClient(create_app(db)).get("/").text
    assert "2 documents with no article text, in no story" in page
    assert f'href="/doc/{menu_id}"' in page
    # ... and so does `newsfuse stories`, beside its table
    from typer.testing import CliRunner

    from newsfuse.cli import app

    result = CliRunner().invoke(app, ["stories", "--db", str(db)])
    assert result.exit_code == 0 and "2 more documents have no article text" in result.output


def test_pipeline_one_outlet_never_corroborates_itself(tmp_path: Path) -> None:
    import json

    quote = "\u201cWe will rebuild the Miller Street bridge before winter,\u201d Mayor Ana Ruiz said on Tuesday."
    articles = [
        ("a", "Harbor Times", "The Miller Street bridge in Harbor City collapsed into the Green River on Monday night "
         "after days of heavy rain, cutting the main road between the harbour and the eastern suburbs.\n\n"
         f"{quote}\n\nEngineers from the state transport department inspected the remaining supports on "
         "Tuesday and closed two smaller crossings upstream as a precaution."),
        ("b", "Harbor Times", "Commuters from the eastern suburbs of Harbor City faced detours of up to an hour on "
         "Tuesday, a day after the Miller Street bridge fell into the swollen Green River.\n\nBus operators added "
         f"extra services along the coast road while ferries ran every twenty minutes.\n\n{quote}"),
        ("c", "Valley Post", "Divers searched the Green River on Tuesday after the collapse of the Miller Street "
         "bridge in Harbor City, though the fire service said no vehicles had been on the span when it fell on "
         "Monday night.\n\nResidents said the river had risen by almost two metres in three days of rain."),
    ]

    def write(rows: list[tuple[str, str, str]]) -> Path:
        path = tmp_path / "in.jsonl"
        path.write_text("\n".join(json.dumps({"id": i, "title": "Miller Street bridge collapses", "outlet": o,
                                              "published": "2024-03-05", "text": t}) for i, o, t in rows),
                        encoding="utf-8")
        return path

    def corroborated(db: Path) -> list[str]:
        with Store(db) as store:
            [story] = store.stories()
            return [c.text for c in story.claims if c.status == "corroborated" and "rebuild" in c.text]

    run([write(articles)], db=tmp_path / "s.db")
    assert corroborated(tmp_path / "s.db") == []  # two Harbor Times articles are one newsroom's word
    from fastapi.testclient import TestClient

    from newsfuse.web import create_app

    with Store(tmp_path / "s.db") as store:
        [story] = store.stories()
    assert "2 independent sources" in TestClient(create_app(tmp_path / "s.db")).get(f"/story/{story.id}").text
    # a second newsroom printing the words corroborates them
    articles.append(("d", "Valley Post", "Harbor City officials promised on Tuesday to move quickly after the "
                     "Miller Street bridge collapse, as the state released emergency money for repairs.\n\n"
                     f"{quote}\n\nThe state treasurer said the first payment would arrive within a week."))
    run([write(articles)], db=tmp_path / "s2.db")
    assert corroborated(tmp_path / "s2.db")


def test_pipeline_stores_the_first_documents_before_cleaning_the_whole_chunk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run stopped during a chunk keeps the documents already parsed (and its bar has moved)."""
    from newsfuse import clean as clean_module
    from newsfuse import extract, nlp
    from newsfuse.pipeline import process_documents
    from newsfuse.records import Extraction, RawDocument

    events: list[str] = []
    real_clean = clean_module.clean

    def counting_clean(raw: RawDocument):  # type: ignore[no-untyped-def]
        events.append(f"clean {raw.id}")
        return real_clean(raw)

    def one_at_a_time(items: Iterable[tuple[str, str]], **_: object) -> Iterator[tuple[str, str]]:
        yield from items  # stands for nlp.pipe with a batch of one

    monkeypatch.setattr(clean_module, "clean", counting_clean)
    monkeypatch.setattr(nlp, "parse", one_at_a_time)
    monkeypatch.setattr(extract, "extract_document", lambda doc, doc_id, **_: Extraction(doc=doc_id))
    raws = [RawDocument(id=f"r{n}", source_path=f"pier{n}.txt", kind="text",
                        content=f"The ferry to pier {n} sailed at noon on Monday, the harbour master said.")
            for n in range(3)]  # fmt: skip
    for doc, _ in process_documents(raws, on_error=lambda raw, exc: None):
        events.append(f"stored {doc.id}")
    assert events.index("stored r0") < events.index("clean r2")


def test_pipeline_stage_bar_is_on_screen_before_its_first_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A bar appears when its stage starts (models load, the first batch parses under it), and counts exactly."""
    import newsfuse.pipeline
    from newsfuse.records import RawDocument

    events: list[str] = []

    def track(items: Iterable[T], total: int | None, description: str) -> Iterator[T]:
        events.append(f"bar {description}")
        for item in items:
            yield item
            events.append("advance")

    def slow_first_batch(raws, **kwargs):  # type: ignore[no-untyped-def]
        events.append("models load, first batch parses")
        for raw in raws:
            yield raw, None

    monkeypatch.setattr(newsfuse.pipeline, "process_documents", slow_first_batch)
    with Store(tmp_path / "bar.db") as store:
        monkeypatch.setattr(store, "save_processed", lambda doc, extraction: None)
        for n in range(3):
            text = f"The ferry to pier {n} sailed on Wednesday."
            store.add_raw(RawDocument(id=f"r{n}", source_path=f"{n}.txt", kind="text", content=text))
        process_pending(store, RunReport(), track=track)
    assert events == ["bar clean + nlp + extract", "models load, first batch parses", "advance", "advance", "advance"]
