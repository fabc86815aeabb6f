"""The command line contract: names, exit codes, data on stdout, messages on stderr."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsfuse.cli import app

from .conftest import EXAMPLES

runner = CliRunner()

ARTICLE = """Eastport council approves $14 million harbour budget

By Jo Lee

EASTPORT, March 4 — The Eastport city council voted 7-2 on Tuesday to approve a $14 million budget
for the harbour, ending a debate that lasted nearly three months.

"This is the right plan for the harbour and for the people who work there," Mayor Ana Ruiz said after
the vote. "We listened to every objection."

Councillor Tom Blake, who voted against the plan, said the city had underestimated dredging costs by
as much as $2 million.

Sign up now for our morning newsletter

© 2025 Eastport Echo. All rights reserved.
"""

CONTRACT_DOCUMENT_FIELDS = {"id", "source_path", "url", "external_id", "outlet", "title", "published",
                            "language", "duplicate_of", "paragraphs"}


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "in" / "harbour.txt"
    path.parent.mkdir()
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_cli_clean_json_shows_kept_and_dropped_paragraphs(article: Path) -> None:
    result = runner.invoke(app, ["clean", str(article), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    reasons = {p["reason"] for p in data["paragraphs"] if not p["kept"]}
    assert "promo" in reasons and "copyright" in reasons
    assert any("voted 7-2" in p["text"] for p in data["paragraphs"] if p["kept"])


def test_cli_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["stories", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "newsfuse run" in result.output


def test_cli_unknown_eval_task_and_format_exit_2(tmp_path: Path) -> None:
    assert runner.invoke(app, ["eval", "nonsense", "--data", str(tmp_path)]).exit_code == 2
    assert runner.invoke(app, ["export", "--format", "pdf", "--db", str(tmp_path / "x.db")]).exit_code == 2


def test_cli_run_with_only_bad_files_exits_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    result = runner.invoke(app, ["run", str(bad), "--db", str(tmp_path / "b.db")])
    assert result.exit_code == 1
    assert "empty file" in result.output


@pytest.mark.model
def test_cli_run_export_show_quotes(article: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    result = runner.invoke(app, ["run", str(article.parent), "--db", db])
    assert result.exit_code == 0, result.output
    exported = runner.invoke(app, ["export", "--format", "json", "--db", db])
    assert exported.exit_code == 0
    data = json.loads(exported.stdout)
    assert {"version", "documents", "entities", "quotes", "figures", "dates", "stories"} <= set(data)
    assert CONTRACT_DOCUMENT_FIELDS <= set(data["documents"][0])
    assert any(q["speaker_name"] and "Ruiz" in q["speaker_name"] for q in data["quotes"])
    story_id = data["stories"][0]["id"]
    shown = runner.invoke(app, ["show", story_id[:6], "--db", db])
    assert shown.exit_code == 0 and "harbour" in shown.stdout.lower()
    assert runner.invoke(app, ["show", "zzz-none", "--db", db]).exit_code == 1
    quotes = runner.invoke(app, ["quotes", "--speaker", "ruiz", "--json", "--db", db])
    assert quotes.exit_code == 0 and json.loads(quotes.stdout)
    for fmt in ("jsonl", "md", "html", "csv"):
        out = runner.invoke(app, ["export", "--format", fmt, "--db", db])
        assert out.exit_code == 0 and out.stdout.strip(), fmt
    # after changing a setting, the database is relinked as it is, without naming the inputs again
    relinked = runner.invoke(app, ["run", "--relink", "--db", db])
    assert relinked.exit_code == 0, relinked.output
    assert "linked" in relinked.output and "(full)" in relinked.output
    assert json.loads(runner.invoke(app, ["export", "--format", "json", "--db", db]).stdout)["stories"]


def test_cli_run_without_inputs_says_what_to_give(tmp_path: Path) -> None:
    result = runner.invoke(app, ["run", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2 and "pass files or folders" in result.output
    result = runner.invoke(app, ["run", "--relink", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no database" in result.output
    assert not (tmp_path / "none.db").exists()


def test_cli_help_lists_contract_commands() -> None:
    result = runner.invoke(app, ["--help"])
    for name in ("run", "stories", "show", "export", "clean", "serve", "eval", "bench"):
        assert name in result.stdout


def test_examples_exist() -> None:
    assert (EXAMPLES / "corpus").is_dir()


def test_cli_eval_help_lists_its_tasks() -> None:
    from newsfuse.evaluate.tasks import TASKS

    result = runner.invoke(app, ["eval", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert all(task in result.output for task in TASKS)


def _store_with_one_article(db: Path) -> None:
    from newsfuse.records import Document, Extraction, Paragraph, RawDocument
    from newsfuse.store import Store

    text = "The Eastport council [updated] approved the harbour budget on Tuesday."
    with Store(db) as store:
        store.add_raw(RawDocument(id="d1", source_path="harbour.txt", kind="text", content=text))
        store.save_processed(
            Document(id="d1", source_path="harbour.txt", title="Harbour [live] budget", outlet="Eastport Echo",
                     paragraphs=(Paragraph(0, text, True, "body"),)),
            Extraction(doc="d1"),
        )


def test_cli_search_prints_hits_without_markup_tags(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    _store_with_one_article(db)
    result = runner.invoke(app, ["search", "harbour", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "[bold]" not in result.stdout
    assert "d1  Eastport Echo  Harbour [live] budget" in result.stdout


def test_cli_quotes_of_an_unknown_story_is_an_error_not_an_empty_table(tmp_path: Path) -> None:
    db = tmp_path / "q.db"
    _store_with_one_article(db)
    result = runner.invoke(app, ["quotes", "--story", "s-nonexistent", "--db", str(db)])
    assert result.exit_code == 1
    assert "no story 's-nonexistent'" in result.output


def test_cli_run_help_names_every_supported_input_suffix() -> None:
    from newsfuse.ingest import SUPPORTED

    result = runner.invoke(app, ["run", "--help"], env={"COLUMNS": "400"})
    assert result.exit_code == 0
    for suffix in SUPPORTED:
        assert suffix in result.stdout, suffix


def test_cli_story_prefix_of_several_stories_says_so(tmp_path: Path) -> None:
    from newsfuse.records import Document, Extraction, Paragraph, Story
    from newsfuse.store import Store

    db = tmp_path / "p.db"
    docs = [Document(id=f"d{n}", source_path=f"d{n}.txt", paragraphs=(Paragraph(0, f"The ferry to pier {n} sailed.", True, "body"),))
            for n in (1, 2)]  # fmt: skip
    with Store(db) as store:
        store.save_links(documents=docs, extractions=[Extraction(doc=d.id) for d in docs], entities=[],
                         stories=[Story(id="s-ab12", title="Pier one", documents=("d1",)),
                                  Story(id="s-ab34", title="Pier two", documents=("d2",))])
    for command in (["show", "s-ab"], ["timeline", "s-ab"], ["quotes", "--story", "s-ab"]):
        result = runner.invoke(app, [*command, "--db", str(db)])
        assert result.exit_code == 1
        assert "'s-ab' is the start of several story ids (s-ab12, s-ab34); give more of the id" in " ".join(result.output.split())
    assert "Pier two" in runner.invoke(app, ["show", "s-ab3", "--db", str(db)]).stdout


def test_cli_run_interrupted_says_how_to_resume(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import newsfuse.pipeline

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(newsfuse.pipeline, "run", interrupted)
    (tmp_path / "harbour.txt").write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["run", str(tmp_path / "harbour.txt"), "--db", str(tmp_path / "i.db")])
    assert result.exit_code == 130
    assert "Run the same command again to resume" in " ".join(result.output.split())


# -- hostile-user audit (session 20): output paths, ports, empty results ----------------------------


def _said(result) -> str:  # type: ignore[no-untyped-def]
    return " ".join(result.output.split())


def test_cli_export_into_a_folder_or_an_unwritable_place_says_what_to_do(tmp_path: Path) -> None:
    db = tmp_path / "e.db"
    _store_with_one_article(db)
    folder = runner.invoke(app, ["export", "--out", str(tmp_path), "--db", str(db)])
    assert folder.exit_code == 2 and isinstance(folder.exception, SystemExit)
    assert f"{tmp_path} is a folder; pass --out with a file name" in _said(folder)
    blocked = tmp_path / "a-file"
    blocked.write_text("x", encoding="utf-8")
    nowhere = runner.invoke(app, ["export", "--out", str(blocked / "out.json"), "--db", str(db)])
    assert nowhere.exit_code == 2 and isinstance(nowhere.exception, SystemExit)
    assert "cannot write the export to" in _said(nowhere) and "pass --out with a file in a folder" in _said(nowhere)


def test_cli_export_failing_half_way_keeps_the_previous_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import newsfuse.export

    db = tmp_path / "e.db"
    _store_with_one_article(db)
    out = tmp_path / "export.json"
    out.write_text('{"previous": true}', encoding="utf-8")

    def disk_full(store: object, fmt: str, handle) -> None:  # type: ignore[no-untyped-def]
        handle.write('{"documents": [')
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(newsfuse.export, "write_export", disk_full)
    result = runner.invoke(app, ["export", "--out", str(out), "--db", str(db)])
    assert result.exit_code == 2
    assert "No space left on device; free some disk space" in _said(result)
    assert out.read_text(encoding="utf-8") == '{"previous": true}'
    assert not (tmp_path / "export.json.part").exists()


def test_cli_report_onto_a_file_says_to_give_a_folder(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    _store_with_one_article(db)
    taken = tmp_path / "notes.txt"
    taken.write_text("mine", encoding="utf-8")
    result = runner.invoke(app, ["report", "--out", str(taken), "--db", str(db)])
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit)
    assert "is a file; pass --out with a folder" in _said(result)
    assert taken.read_text(encoding="utf-8") == "mine"


def test_cli_serve_on_a_port_in_use_or_out_of_range_says_what_to_do(tmp_path: Path) -> None:
    import socket

    db = tmp_path / "w.db"
    _store_with_one_article(db)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(app, ["serve", "--port", str(port), "--db", str(db)])
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit)
    assert f"cannot serve on 127.0.0.1:{port}" in _said(result) and "pass --port with another number" in _said(result)
    assert runner.invoke(app, ["serve", "--port", "99999", "--db", str(db)]).exit_code == 2


def test_cli_quotes_of_a_speaker_nobody_matches_says_how_to_find_one(tmp_path: Path) -> None:
    db = tmp_path / "q.db"
    _store_with_one_article(db)
    result = runner.invoke(app, ["quotes", "--speaker", "Nobody Known", "--json", "--db", str(db)])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []
    assert "no quotes by a speaker matching 'Nobody Known'" in _said(result)


def test_cli_empty_database_says_to_run_first(tmp_path: Path) -> None:
    from newsfuse.store import Store

    db = tmp_path / "empty.db"
    Store(db).close()
    for command, message in ((["stories"], "no stories yet"), (["duplicates"], "no documents yet"),
                             (["quotes"], "the database has no documents yet")):
        result = runner.invoke(app, [*command, "--db", str(db)])
        assert result.exit_code == 0
        assert message in _said(result) and "newsfuse run PATH..." in _said(result)


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("NEWSFUSE_BATCH_SIZE", "abc", "set it to a whole number of at least 1 (default 32)"),
        ("NEWSFUSE_BATCH_SIZE", "-1", "set it to a whole number of at least 1 (default 32)"),
        ("NEWSFUSE_STORY_THRESHOLD", "high", "set it to a number from 0 to 1"),
        # NaN passed every bound check (each comparison with it is False) and turned the threshold off.
        ("NEWSFUSE_DEDUP_THRESHOLD", "nan", "set it to a number from 0 to 1"),
        ("NEWSFUSE_STORYLINE_THRESHOLD", "-NaN", "set it to a number from 0 to 1"),
    ],
)
def test_cli_unusable_setting_stops_before_the_run_and_says_what_to_set(
    tmp_path: Path, article: Path, variable: str, value: str, expected: str
) -> None:
    db = tmp_path / "s.db"
    result = runner.invoke(app, ["run", str(article), "--db", str(db)], env={variable: value})
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit)
    assert f"{variable}={value!r} cannot be used: {expected}" in _said(result)
    assert not db.exists()  # nothing ingested half-way
    listed = runner.invoke(app, ["settings"], env={variable: value, "COLUMNS": "400"})
    assert listed.exit_code == 2 and f"unusable: {value!r}" in listed.stdout


def test_cli_tables_and_messages_print_brackets_in_the_data_as_written(tmp_path: Path) -> None:
    from newsfuse.records import Document, Extraction, Paragraph, Quote, RawDocument, Span, Story, TimelineEntry
    from newsfuse.store import Store

    text = 'Ola Brandt said: "We asked [the mayor] to act [/b] before the storm," at the pier on Monday.'
    start = text.index("We asked")
    end = text.index('," at')
    doc = Document(id="d1", source_path="[draft] pier.txt", title="Pier [updated] report", outlet="Holmby Post",
                   paragraphs=(Paragraph(0, text, True, "body"),))
    quote = Quote(doc="d1", text=text[start:end], kind="direct", start=start, end=end, speaker_name="Ola Brandt")
    extraction = Extraction(doc="d1", quotes=(quote,))
    with Store(tmp_path / "b.db") as store:
        store.add_raw(RawDocument(id="d1", source_path=doc.source_path, kind="text", content=text))
        store.save_processed(doc, extraction)
        store.save_links(
            documents=[doc], extractions=[extraction], entities=[],
            stories=[Story(id="s-pier", title="Pier [updated] report", documents=("d1",),
                           timeline=(TimelineEntry("2025-03-03", "[the mayor] was asked to act", (Span("d1", 0, 10),)),))])
    db = str(tmp_path / "b.db")
    wide = {"COLUMNS": "300"}
    quotes = runner.invoke(app, ["quotes", "--db", db], env=wide)
    assert quotes.exit_code == 0, quotes.output
    assert "We asked [the mayor] to act [/b] before the storm" in quotes.stdout
    timeline = runner.invoke(app, ["timeline", "s-pier", "--db", db], env=wide)
    assert "Pier [updated] report" in timeline.stdout and "[the mayor] was asked to act" in timeline.stdout
    assert "Pier [updated] report" in runner.invoke(app, ["stories", "--db", db], env=wide).stdout
    unknown = runner.invoke(app, ["show", "[/bold]", "--db", db], env=wide)
    assert unknown.exit_code == 1 and "no story '[/bold]'" in unknown.output


def test_cli_stories_and_export_of_a_run_stopped_half_way_say_what_is_missing(tmp_path: Path) -> None:
    from newsfuse.records import RawDocument
    from newsfuse.store import Store

    db = tmp_path / "killed.db"
    _store_with_one_article(db)  # processed, not yet linked: the run was killed before the link step
    with Store(db) as store:
        store.add_raw(RawDocument(id="d2", source_path="pier.txt", kind="text", content="The pier reopened on Monday."))
    for command in (["stories"], ["export", "--format", "json"]):
        result = runner.invoke(app, [*command, "--db", str(db)])
        assert result.exit_code == 0
        said = _said(result)
        # It printed an empty story list (or an export without stories) without a word.
        assert "2 stored records are not in the stories yet" in said and "run `newsfuse run PATH...` again" in said
        assert "no stories yet" not in said
