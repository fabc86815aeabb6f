"""Bad input never crashes a batch, never hangs and never loses text (issues 3-6).

Each test builds its input in ``tmp_path`` from invented text.
"""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from newsfuse import clean as clean_module
from newsfuse.clean import TOO_LONG, clean, declared_date
from newsfuse.errors import InputError
from newsfuse.ingest import read_path, read_paths
from newsfuse.pipeline import RunReport, ingest_into
from newsfuse.records import RawDocument, content_id
from newsfuse.store import Store

from .conftest import EXAMPLES

ARTICLE = (
    "Ferry service to Holmby Island resumes after storm\n\n"
    "By Petra Lindqvist\n\n"
    "March 12, 2025\n\n"
    "HOLMBY - The first ferry in four days left the mainland pier on Wednesday morning, carrying "
    "supplies and about 60 passengers, the port authority said.\n\n"
    '"We had people sleeping in their cars at the terminal," harbour master Ola Brandt said. '
    '"Getting the boats moving again was the only thing that mattered."\n\n'
    "The authority said a second crossing would run in the afternoon if the wind kept dropping.\n"
)


def _raw(content: str, *, kind: str = "text", published: str | None = None) -> RawDocument:
    return RawDocument(id=content_id(content), source_path="test", kind=kind, content=content, published=published)


# -- ingest ------------------------------------------------------------------------------------


def test_ingest_stray_nul_byte_does_not_refuse_the_article(tmp_path: Path) -> None:
    data = ARTICLE.encode()
    path = tmp_path / "glitch.txt"
    path.write_bytes(data[:200] + b"\x00" + data[200:])
    [item] = read_path(path)
    assert isinstance(item, RawDocument)
    assert item.content == ARTICLE


def test_ingest_file_of_nul_bytes_is_still_binary(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\x00\x00\x00\x0dIHDR\x00\x00\x01\x00" * 50)
    [item] = read_path(path)
    assert isinstance(item, InputError) and "binary" in item.reason


def test_ingest_symlink_loop_in_a_folder_is_reported(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    items = list(read_paths([tmp_path]))
    assert sum(isinstance(i, RawDocument) for i in items) == 1
    [error] = [i for i in items if isinstance(i, InputError)]
    assert error.path.endswith("loop.txt") and "symbolic link loop" in error.reason


def test_ingest_broken_symlink_names_its_target(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted-draft.txt")
    [error] = read_paths([tmp_path])
    assert isinstance(error, InputError)
    assert "broken symbolic link" in error.reason and "deleted-draft.txt" in error.reason


def test_ingest_folder_given_as_a_file_says_it_is_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "articles.txt"
    folder.mkdir()
    [error] = read_path(folder)
    assert isinstance(error, InputError) and "is a folder" in error.reason


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file: permissions cannot fail")
def test_ingest_unreadable_file_says_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    path.chmod(0)
    [error] = read_path(path)
    assert isinstance(error, InputError) and "permission denied" in error.reason and "chmod" in error.reason


def test_pipeline_identical_copies_are_counted_as_copies_not_as_already_stored(tmp_path: Path) -> None:
    folder = tmp_path / "copies"
    folder.mkdir()
    for n in range(4):
        (folder / f"copy{n}.txt").write_text(ARTICLE, encoding="utf-8")
    with Store(tmp_path / "copies.db") as store:
        first = RunReport()
        ingest_into(store, [folder], first)
        assert (first.ingested, first.copies, first.already_present) == (1, 3, 0)
        again = RunReport()
        ingest_into(store, [folder], again)
        assert (again.ingested, again.copies, again.already_present) == (0, 0, 4)


def test_store_rerun_over_a_bad_file_lists_it_once(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "blank.txt").write_bytes(b"")
    with Store(tmp_path / "f.db") as store:
        for _ in range(3):
            ingest_into(store, [folder], RunReport())
        assert [(Path(path).name, reason) for path, reason, _ in store.failures()] == [("blank.txt", "empty file")]


# -- clean -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("declared", "expected"),
    [
        ("2025-03-12T08:30:00+01:00", "2025-03-12T08:30:00+01:00"),
        ("Wed, 12 Mar 2025 08:30:00 GMT", "2025-03-12T08:30:00+00:00"),
        ("March 12, 2025", "2025-03-12"),
        ("2021-02-30", None),
        ("not a date", None),
        ("", None),
    ],
)
def test_clean_declared_date_is_read_or_refused(declared: str, expected: str | None) -> None:
    assert declared_date(declared) == expected


def test_clean_feed_date_becomes_iso_so_relative_dates_can_be_resolved(tmp_path: Path) -> None:
    feed = tmp_path / "ferries.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Holmby Courier</title><item>'
        "<title>Ferry resumes</title><guid>holmby-1</guid><pubDate>Wed, 12 Mar 2025 08:30:00 GMT</pubDate>"
        "<description>The first ferry in four days left the mainland pier yesterday, the port authority said."
        "</description></item></channel></rss>",
        encoding="utf-8",
    )
    [raw] = read_path(feed)
    assert isinstance(raw, RawDocument)
    assert clean(raw).published == "2025-03-12T08:30:00+00:00"


def test_clean_impossible_declared_date_is_not_used_and_says_why() -> None:
    body = ARTICLE.replace("March 12, 2025\n\n", "")
    doc = clean(_raw(body, published="2021-02-30"))
    assert doc.published is None
    assert "'2021-02-30' is not a date" in doc.inferred["published"]


def test_clean_unreadable_declared_date_falls_back_to_the_date_line() -> None:
    doc = clean(_raw(ARTICLE, published="not a date"))
    assert doc.published == "2025-03-12"
    assert doc.inferred["published"].startswith("input 'not a date' is not a date; ")


def test_clean_text_beyond_the_bound_is_kept_as_a_dropped_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clean_module, "_MAX_TEXT_CHARS", 2_000)
    extra = "\n\n".join(f"Update {n}: the ferry timetable for pier {n} was posted at the terminal." for n in range(80))
    doc = clean(_raw(ARTICLE + "\n" + extra))
    last = doc.paragraphs[-1]
    assert (last.kept, last.reason) == (False, TOO_LONG)
    assert "Update 79: the ferry timetable for pier 79" in last.text
    assert any(p.kept for p in doc.paragraphs)


def test_clean_html_nested_beyond_the_parser_depth_keeps_its_text() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n")[3:])
    html = "<html><body>" + "<div>" * 2_000 + paragraphs + "</div>" * 2_000 + "</body></html>"
    doc = clean(_raw(html, kind="html"))
    assert "first ferry in four days" in doc.text
    assert "Getting the boats moving again" in doc.text


def test_clean_html_unclosed_title_does_not_swallow_the_article() -> None:
    # Without its "</title>" the parser reads the whole page as the title: the article was lost.
    body = "".join(f"<p>{p}\n" for p in ARTICLE.split("\n\n")[3:])
    html = (
        "<html><head><title>Ferry service resumes | Holmby Herald\n"
        '<meta property="og:site_name" content="Holmby Herald>\n</head>\n'
        f"<body><div class=story><h1>Ferry service resumes</h1>\n{body}</body></html>"
    )
    doc = clean(_raw(html, kind="html"))
    assert "first ferry in four days" in doc.text
    assert "Getting the boats moving again" in doc.text
    assert doc.title == "Ferry service resumes"
    # the site name's missing closing quote ran its value into the tags after it
    assert doc.outlet == "Holmby Herald"


def test_clean_html_thousands_of_unclosed_style_tags_still_give_the_article() -> None:
    # A hostile head: each unclosed <style> is closed at the next tag, in one pass over the page.
    body = "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n")[3:])
    html = "<html><head>" + "<style>x" * 50_000 + f"</head><body>{body}</body></html>"
    doc = clean(_raw(html, kind="html"))
    assert "first ferry in four days" in doc.text


def test_clean_html_closed_title_and_style_are_left_as_they_are() -> None:
    html = "<html><head><title>A</title><style>p { color: red }</style></head><body><p>x</p></body></html>"
    assert clean_module._close_unclosed_text_elements(html) == html


def test_clean_non_latin_page_records_its_script_as_language() -> None:
    # Invented Russian: "The ferry to the island resumed on Wednesday, the port said. About sixty
    # passengers went on the first crossing."
    text = "Паром на остров возобновил рейсы в среду, сообщили в порту. Около шестидесяти пассажиров отправились первым рейсом.\n"
    doc = clean(_raw("Паром снова ходит\n\n" + text))
    assert (doc.language, doc.inferred["language"]) == ("und-Cyrl", "script")


def test_clean_short_or_mixed_text_has_no_language() -> None:
    assert clean(_raw("Hello\n")).language is None


# -- the example files the pipeline tests read ---------------------------------------------------


def test_examples_bad_stray_nul_and_impossible_date_are_read() -> None:
    [nul] = read_path(EXAMPLES / "bad" / "stray_nul_byte.txt")
    assert isinstance(nul, RawDocument) and "\x00" not in nul.content
    [record] = read_path(EXAMPLES / "bad" / "impossible_date.json")
    assert isinstance(record, RawDocument)
    assert clean(record).published is None


# -- extract -----------------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The trust reported reserves of " + "7" * 5_000 + " crowns on Monday, its auditors said.",
        "The archive will stay sealed until the year 30000, the librarian said on Tuesday.",
        "The hearing was listed for February 30, 2025, and later for March 32.",
        'Brandt said: "' + " ".join(["the", "ferry", "will", "run", "again"] * 1_000),
        "Nobody spoke at the meeting, which ended early.",
    ],
)
def test_extract_survives_hostile_text(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    from newsfuse.extract import extract_document

    extraction = extract_document(nlp(text), doc_id="d", published="2025-03-12")
    for mention in extraction.dates:
        assert mention.value is None or not mention.value.startswith("3000")


@pytest.mark.model
def test_extract_relative_dates_stay_unresolved_without_a_publication_date(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsfuse.extract import extract_document

    doc = clean(_raw("The ferry resumed yesterday, and a second boat will sail next week.\n", published="2021-02-30"))
    extraction = extract_document(nlp(doc.text), doc_id="d", published=doc.published)
    relative = [d for d in extraction.dates if d.text.lower() in ("yesterday", "next week")]
    assert relative and all(d.value is None and d.reason == "no publication date" for d in relative)


@pytest.mark.model
def test_extract_quote_opened_and_never_closed_is_reported_unbalanced(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsfuse.extract import extract_document

    text = 'Harbour master Ola Brandt said: "' + " ".join(["the", "ferry", "will", "run", "again"] * 1_000) + "\n"
    extraction = extract_document(nlp(text), doc_id="d", published="2025-03-12")
    assert any(q.unbalanced for q in extraction.quotes)


@pytest.mark.model
def test_extract_figures_of_a_long_document_take_linear_time(nlp) -> None:  # type: ignore[no-untyped-def]
    import time

    from newsfuse.extract import extract_figures

    # 400 short items (about 37,000 characters): figures used to cost
    # time per figure proportional to the document (over 2 s here); now a tenth of a second.
    items = "".join(
        f"Item {n}: the ferry board approved {n * 7 % 900 + 12} new timetable slots for pier {n % 40}.\n\n"
        for n in range(400)
    )
    doc = nlp(items)
    started = time.process_time()  # CPU time: a loaded machine does not slow it
    figures = list(extract_figures(doc, doc_id="d"))
    assert len(figures) >= 300
    assert time.process_time() - started < 1.0


def test_clean_copyright_year_is_no_publication_day() -> None:
    page = ('<html><head><title>Harbour Herald</title></head><body><nav><a href="/">Home</a> <a href="/port">Port'
            '</a></nav><footer><p>Subscribe now</p><p>Copyright 2024 Harbour Herald. All rights reserved.</p>'
            '</footer></body></html>')
    assert clean(_raw(page, kind="html")).published is None
    dated = page.replace("<footer>", "<p>Published January 1, 2024</p><footer>")
    assert clean(_raw(dated, kind="html")).published == "2024-01-01"


@pytest.mark.model
def test_pipeline_an_extractor_failing_on_a_document_keeps_the_document(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsfuse.extract as extract_module
    from newsfuse.pipeline import process_documents

    def broken(*args: object, **kwargs: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(extract_module, "extract_dates", broken)
    text = 'Mayor Jane Ortiz said on Tuesday that 12 people were hurt. "We are safe now," Ortiz said.'
    raw = RawDocument(id=content_id(text), source_path="a.txt", kind="text", content=text)
    failed: list[object] = []
    partial: list[tuple[str, str]] = []
    kept = list(process_documents([raw], on_error=lambda r, e: failed.append(e),
                                  on_partial=lambda d, stage, e: partial.append((d.source_path, stage))))
    assert not failed and partial == [("a.txt", "dates")]
    (document, extraction), = kept
    assert extraction.dates == () and extraction.quotes and extraction.figures and extraction.mentions


def test_ingest_symlink_loop_without_an_article_suffix_is_reported_as_a_loop(tmp_path: Path) -> None:
    (tmp_path / "latest").symlink_to("latest")
    [error] = read_paths([tmp_path])
    assert isinstance(error, InputError) and "symbolic link loop" in error.reason


def test_ingest_gzipped_page_says_to_decompress_it(tmp_path: Path) -> None:
    path = tmp_path / "harbour-budget.html.gz"
    path.write_bytes(gzip.compress(b"<html><body><p>The harbour board met on Monday.</p></body></html>"))
    [error] = read_path(path)
    assert isinstance(error, InputError) and "gunzip harbour-budget.html.gz" in error.reason


def test_ingest_warc_without_any_record_is_reported_not_dropped(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(gzip.compress(b"<html><body><p>The harbour board met on Monday.</p></body></html>" * 50))
    [error] = read_path(path)
    assert isinstance(error, InputError) and "no HTML page found in the WARC" in error.reason


def test_ingest_malformed_json_says_where_and_what_to_do(tmp_path: Path) -> None:
    (tmp_path / "article.json").write_text('{"title": "Harbour budget", "text": ', encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text('{"title": "Harbour budget", "text": "The board met\n', encoding="utf-8")
    reasons = sorted(e.reason for e in read_paths([tmp_path]) if isinstance(e, InputError))
    assert reasons == [
        "malformed JSON at line 1, column 37: Expecting value; fix the file there (or save one article per line as .jsonl)",
        "malformed JSON line: Unterminated string starting at (column 37); fix or remove that line",
    ]


def test_clean_html_beyond_the_bound_keeps_the_rest_as_a_dropped_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSFUSE_MAX_HTML_BYTES", "3000")
    updates = "".join(f"<p>Update {n}: the ferry timetable for pier {n} was posted at the terminal.</p>" for n in range(80))
    html = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n")[3:]) + updates
    doc = clean(_raw(html + "<script>var tracker = 1;</script></article></body></html>", kind="html"))
    last = doc.paragraphs[-1]
    assert (last.kept, last.reason) == (False, TOO_LONG)
    assert "Update 79: the ferry timetable for pier 79 was posted at the terminal." in last.text
    assert "tracker" not in last.text and "<p>" not in last.text
    # The cut falls between paragraphs: the last paragraph cleaned is whole.
    assert all(p.text.endswith(".") for p in doc.paragraphs[:-1] if p.text.startswith("Update"))


# -- hostile-user audit (session 20): encodings, mistyped records, fragments, foreign databases ------


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_ingest_utf16_without_byte_order_mark_is_read_not_called_binary(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "ferry.txt"
    path.write_bytes(ARTICLE.encode(codec))  # no BOM: some Windows tools save it so
    [item] = read_path(path)
    assert isinstance(item, RawDocument)
    assert item.content == ARTICLE


def test_ingest_file_of_utf8_lines_and_cp1252_lines_reads_each_in_its_encoding(tmp_path: Path) -> None:
    first = "Ferry service resumes\n\n\u201cWe are back,\u201d the captain said on Wednesday.\n"
    second = "The port\u2019s manager said the \u201csecond crossing\u201d would run at noon.\n"
    path = tmp_path / "joined.txt"  # two saved files pasted into one
    path.write_bytes(first.encode("utf-8") + second.encode("cp1252"))
    [item] = read_path(path)
    assert isinstance(item, RawDocument)
    assert item.content == first + second


def test_ingest_cp1252_file_with_sharp_s_before_a_curly_quote_stays_one_encoding(tmp_path: Path) -> None:
    # "ß" + "“" in cp1252 happen to be a valid UTF-8 pair (an NKo letter): no sign of a UTF-8 part.
    text = "Der Hafenmeister sagte: \u201eDie Stra\u00dfe bleibt gro\u00df\u201c und ging.\nK\u00f6ln meldet Sturm.\n"
    path = tmp_path / "hafen.txt"
    path.write_bytes(text.encode("cp1252"))
    [item] = read_path(path)
    assert isinstance(item, RawDocument) and item.content == text


def test_ingest_json_nested_thousands_deep_is_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    good = '{"title": "Ferry back", "text": "The ferry sailed on Wednesday, the port said."}'
    (tmp_path / "lines.jsonl").write_text(good + "\n" + "[" * 100_000 + "]" * 100_000 + "\n" + good + "\n", encoding="utf-8")
    items = list(read_paths([tmp_path]))
    errors = [i for i in items if isinstance(i, InputError)]
    assert sorted(e.path.rsplit("/", 1)[-1] for e in errors) == ["deep.json", "lines.jsonl:2"]
    assert all("nested too deeply" in e.reason for e in errors)
    assert sum(isinstance(i, RawDocument) for i in items) == 2


def _records(tmp_path: Path, *records: dict[str, object]) -> list[RawDocument | InputError]:
    import json

    path = tmp_path / "export.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return list(read_path(path))


def test_ingest_json_author_that_is_a_number_does_not_lose_the_rest_of_the_file(tmp_path: Path) -> None:
    items = _records(
        tmp_path,
        {"title": "Ferry back", "text": "The ferry sailed on Wednesday.", "author": 42},
        {"title": "Pier shut", "text": "The pier closed on Thursday.", "authors": [{"name": "Ola Brandt"}, None, 7, "Petra Lind"]},
    )
    assert [i.title for i in items if isinstance(i, RawDocument)] == ["Ferry back", "Pier shut"]
    assert [i.authors for i in items if isinstance(i, RawDocument)] == [(), ("Ola Brandt", "Petra Lind")]


def test_ingest_json_fields_of_other_types_are_read_for_what_they_mean(tmp_path: Path) -> None:
    first, second, number, obj = _records(
        tmp_path,
        {"title": ["Ferry back", "Crossings resume"], "outlet": ["Holmby Post"], "published": 1741780800,
         "text": ["The ferry sailed on Wednesday.", "", "About 60 passengers were on board."]},
        {"title": {"en": "Pier shut"}, "text": "The pier closed on Thursday.", "published": 1741867200000,
         "id": {"$oid": "65f0c0ffee"}},
        {"title": "Count", "text": 12345},
        {"title": "Object", "body": {"p": "The pier closed."}},
    )
    assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
    assert first.content == "The ferry sailed on Wednesday.\n\nAbout 60 passengers were on board."
    assert (first.title, first.outlet, first.published) == ("Ferry back", "Holmby Post", "2025-03-12T12:00:00+00:00")
    assert second.title is None  # never the Python text of an object ("{'en': 'Pier shut'}")
    assert second.published == "2025-03-13T12:00:00+00:00"  # milliseconds
    assert second.external_id == '{"$oid": "65f0c0ffee"}'
    assert isinstance(number, InputError) and "'text' field holds a number" in number.reason
    assert isinstance(obj, InputError) and "'body' field holds an object" in obj.reason


def test_ingest_json_text_field_of_another_type_gives_way_to_one_holding_text(tmp_path: Path) -> None:
    [item] = _records(tmp_path, {"title": "Ferry back", "text": 20250312, "content": "The ferry sailed on Wednesday."})
    assert isinstance(item, RawDocument) and item.content == "The ferry sailed on Wednesday."


def test_ingest_json_date_number_out_of_range_is_reported_as_not_a_date(tmp_path: Path) -> None:
    [item] = _records(tmp_path, {"title": "Ferry back", "text": "The ferry sailed on Wednesday.", "published": -5})
    assert isinstance(item, RawDocument)
    doc = clean(item)
    assert doc.published is None and "'-5' is not a date" in doc.inferred["published"]


@pytest.mark.parametrize(
    "fragment",
    [
        "<p>The ferry to Holmby Island sailed on Wednesday with about 60 passengers, the port authority said.</p>",
        "The ferry to Holmby Island sailed on Wednesday with <b>about 60 passengers</b>, the port authority said.",
    ],
)
def test_clean_html_fragment_of_one_block_keeps_its_text(fragment: str) -> None:
    # A feed item's summary or a JSON record's html field: trafilatura refuses one block as not HTML.
    doc = clean(_raw(fragment, kind="html"))
    assert doc.text == "The ferry to Holmby Island sailed on Wednesday with about 60 passengers, the port authority said."


def test_store_refuses_another_programs_database_and_leaves_it_unchanged(tmp_path: Path) -> None:
    import sqlite3

    from newsfuse.errors import StoreError

    path = tmp_path / "bookmarks.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE bookmarks (url TEXT)")
    conn.execute("INSERT INTO bookmarks VALUES ('https://example.org/')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="another program .tables: bookmarks"):
        Store(path)
    assert path.read_bytes() == before


def test_store_written_by_a_newer_version_says_to_upgrade(tmp_path: Path) -> None:
    import sqlite3

    from newsfuse.errors import StoreError

    path = tmp_path / "news.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO migrations VALUES ('0099_future', 'later')")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer newsfuse"):
        Store(path)


def test_pipeline_second_run_on_a_database_in_use_stops_with_a_message(tmp_path: Path) -> None:
    from newsfuse.errors import StoreError
    from newsfuse.pipeline import run

    db = tmp_path / "news.db"
    (tmp_path / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    with Store(db) as first, first.writer():
        with pytest.raises(StoreError, match=r"another `newsfuse run` \(process \d+\) is writing to"):
            run([tmp_path / "ferry.txt"], db=db)
        with Store(db) as reader:  # reading needs no lock
            assert reader.counts()["raw"] == 0
    with Store(db) as again, again.writer():  # released when the first run ends
        pass


@pytest.mark.skipif(os.name != "posix", reason="file names are bytes only on POSIX")
def test_ingest_file_name_that_is_not_utf8_is_stored_and_reported_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    folder = os.fsencode(tmp_path / "in")
    with open(os.path.join(folder, b"ferry-\xff.txt"), "wb") as handle:  # a Latin-1 name from an old archive
        handle.write(ARTICLE.encode())
    os.symlink(b"/no/such/\xfe", os.path.join(folder, b"gone-\xfd.txt"))
    report = RunReport()
    with Store(tmp_path / "news.db") as store:
        ingest_into(store, [tmp_path / "in"], report)
        [raw] = store.pending_raw()
        failures = store.failures()
    assert report.ingested == 1 and raw.source_path.endswith("ferry-\\xff.txt")
    assert [(path.rsplit("/", 1)[-1], "/no/such/\\xfe" in reason) for path, reason, _ in failures] == [("gone-\\xfd.txt", True)]


def _warc(pages: int, *, compressed: bool) -> bytes:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compressed)
    for n in range(pages):
        html = (f"<html><body><article><p>The ferry to pier {n} sailed on Wednesday with about 60 passengers, "
                f"the port authority said.</p><p>A second crossing to pier {n} is planned.</p></article></body></html>")
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://port.example/pier-{n}", "response",
                                                      payload=io.BytesIO(html.encode()), http_headers=headers))
    return buffer.getvalue()


@pytest.mark.parametrize("compressed", [False, True])
@pytest.mark.parametrize("share", [0.4, 0.7, 0.97])
def test_ingest_truncated_warc_keeps_the_whole_pages_and_says_it_is_cut(tmp_path: Path, compressed: bool,
                                                                        share: float) -> None:
    data = _warc(4, compressed=compressed)
    path = tmp_path / ("crawl.warc.gz" if compressed else "crawl.warc")
    path.write_bytes(data[: int(len(data) * share)])  # a download or copy cut short
    items = list(read_path(path))
    pages = [i for i in items if isinstance(i, RawDocument)]
    [error] = [i for i in items if isinstance(i, InputError)]
    assert "truncated" in error.reason and "again" in error.reason
    # no half page is stored as if it were the article
    assert all(p.content.rstrip().endswith("</html>") for p in pages)
    assert int(share * 4) - 1 <= len(pages) <= int(share * 4)  # the pages before the cut are read


def test_ingest_web_page_saved_as_text_is_read_as_the_page(tmp_path: Path) -> None:
    page = ("<!DOCTYPE html><html><head><title>Ferry back</title><script>var t = 1;</script></head><body>"
            "<nav>Home | Ferries</nav><article><p>The ferry to Holmby Island sailed on Wednesday with about 60 "
            "passengers, the port authority said.</p><p>A second crossing is planned for the afternoon.</p></article>"
            "</body></html>")
    (tmp_path / "ferry.txt").write_text(page, encoding="utf-8")
    [raw] = read_path(tmp_path / "ferry.txt")
    assert isinstance(raw, RawDocument) and raw.kind == "html"
    assert "<p>" not in clean(raw).text and "var t" not in clean(raw).text


def test_ingest_plain_text_under_an_html_name_is_read_not_refused(tmp_path: Path) -> None:
    (tmp_path / "ferry.html").write_text(ARTICLE, encoding="utf-8")
    [raw] = read_path(tmp_path / "ferry.html")
    assert isinstance(raw, RawDocument) and raw.kind == "text"
    assert "harbour master Ola Brandt said" in clean(raw).text


def test_pipeline_run_in_the_database_folder_does_not_report_the_database_as_input(tmp_path: Path) -> None:
    (tmp_path / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "latest.txt").symlink_to("latest.txt")  # a looping link is still reported
    report = RunReport()
    with Store(tmp_path / "newsfuse.db") as store:  # `newsfuse run .` with the default --db
        store.record_failure("earlier", "made the -wal and -shm files exist")
        ingest_into(store, [tmp_path], report)
    assert report.ingested == 1
    assert [path.rsplit("/", 1)[-1] for path, _ in report.failed] == ["latest.txt"]


def test_ingest_feed_summary_of_one_paragraph_is_read_and_a_title_only_entry_says_what_to_do(tmp_path: Path) -> None:
    rss = """<?xml version="1.0"?><rss version="2.0"><channel><title>Holmby Post</title>
    <item><title>Ferry back</title><link>https://holmby.example/ferry</link>
    <description>&lt;p&gt;The ferry to Holmby Island sailed on Wednesday, the port authority said.&lt;/p&gt;</description></item>
    <item><title>Pier shut</title><link>https://holmby.example/pier</link></item>
    </channel></rss>"""
    (tmp_path / "feed.rss").write_text(rss, encoding="utf-8")
    entry, title_only = read_path(tmp_path / "feed.rss")
    assert isinstance(entry, RawDocument)
    assert clean(entry).text == "The ferry to Holmby Island sailed on Wednesday, the port authority said."
    assert isinstance(title_only, InputError)
    assert "save the page it links to" in title_only.reason


def test_pipeline_file_named_twice_is_read_once_not_counted_as_its_own_copy(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    article = tmp_path / "in" / "ferry.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    report = RunReport()
    with Store(tmp_path / "news.db") as store:
        ingest_into(store, [article, tmp_path / "in", article], report)
    assert (report.ingested, report.copies, report.failed) == (1, 0, [])


def test_ingest_warc_capture_time_is_not_taken_for_the_publication_date(tmp_path: Path) -> None:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    html = ('<html><head><title>Pier reopens</title><meta property="article:published_time" content="2019-05-01T10:00:00Z">'
            "</head><body><article><p>The Northgate pier reopened on Saturday after repairs, the harbor office said.</p>"
            "<p>Anglers were back on it by noon, the office said.</p></article></body></html>")
    path = tmp_path / "archive.warc.gz"
    with path.open("wb") as handle:  # crawled five years after the article appeared
        writer = WARCWriter(handle, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://northgate.example/pier", "response", payload=io.BytesIO(html.encode()), http_headers=headers,
            warc_headers_dict={"WARC-Date": "2024-02-01T00:00:00Z"}))
    [raw] = read_path(path)
    assert isinstance(raw, RawDocument)
    assert clean(raw).published.startswith("2019-05-01")


def test_examples_bad_kinds_added_by_the_hostile_user_audit_are_read_or_reported() -> None:
    bad = EXAMPLES / "bad"
    items = {name: list(read_path(bad / name)) for name in (
        "utf16_no_bom.txt", "mixed_encodings.txt", "mistyped_fields.jsonl", "page_saved_as.txt", "cut_short.warc.gz",
        "feed_summaries.rss", "deeply_nested.json")}
    read = {name: [i for i in found if isinstance(i, RawDocument)] for name, found in items.items()}
    errors = {name: [i.reason for i in found if isinstance(i, InputError)] for name, found in items.items()}
    assert "\u201cWe had people sleeping in their cars,\u201d" in read["utf16_no_bom.txt"][0].content
    assert "librarian Agn\u00e8s Roux said" in read["mixed_encodings.txt"][0].content
    assert [r.title for r in read["mistyped_fields.jsonl"]] == ["Tram line to Port Merritt opens", "Bridge closed for checks"]
    assert errors["mistyped_fields.jsonl"] == [
        "the record's 'text' field holds a number, not the article text; put the text there as a string (or a list of "
        "paragraph strings)"]
    assert read["page_saved_as.txt"][0].kind == "html"
    assert len(read["cut_short.warc.gz"]) == 2 and "truncated" in errors["cut_short.warc.gz"][0]
    assert len(read["feed_summaries.rss"]) == 1 and "save the page it links to" in errors["feed_summaries.rss"][0]
    assert not read["deeply_nested.json"] and "nested too deeply" in errors["deeply_nested.json"][0]


def test_store_in_a_folder_that_does_not_exist_says_so(tmp_path: Path) -> None:
    from newsfuse.errors import StoreError

    with pytest.raises(StoreError, match=r"the folder .*newsroom does not exist; create it first"):
        Store(tmp_path / "newsroom" / "news.db")


def test_ingest_json_lone_surrogate_escape_is_read_as_a_replacement_character(tmp_path: Path) -> None:
    # A scraper that cut an emoji in half writes "\ud83d" alone; Python's JSON reader keeps it as a
    # character no UTF-8 encoder takes, and spaCy's tokenizer stopped the whole run on it.
    path = tmp_path / "cut_emoji.jsonl"
    path.write_text('{"title": "Pier \\ud83d reopens", "text": "The pier reopened \\udc00 on Monday.", '
                    '"outlet": "Holmby \\ud800Post", "author": ["Ola \\udfffBrandt"]}\n', encoding="utf-8")
    [item] = read_path(path)
    assert isinstance(item, RawDocument)
    assert item.content == "The pier reopened \ufffd on Monday."
    assert (item.title, item.outlet, item.authors) == ("Pier \ufffd reopens", "Holmby \ufffdPost", ("Ola \ufffdBrandt",))
    for text in (item.content, item.title, item.outlet, *item.authors):
        text.encode("utf-8")  # would raise on a lone surrogate
    assert item.id == content_id("The pier reopened \ufffd on Monday.")


def test_ingest_folder_linked_into_the_input_folder_is_read_once_and_a_link_back_up_is_no_loop(tmp_path: Path) -> None:
    archive = tmp_path / "archive" / "2025"
    archive.mkdir(parents=True)
    (archive / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "2025").symlink_to(archive)  # the year's pages linked in from elsewhere
    (archive / "up").symlink_to(corpus)  # and a link back up: a loop if followed blindly
    items = list(read_paths([corpus]))
    assert [(type(i).__name__, Path(i.source_path).name) for i in items if isinstance(i, RawDocument)] == [
        ("RawDocument", "ferry.txt")]
    assert not [i for i in items if isinstance(i, InputError)]


def test_ingest_named_pipe_is_reported_without_waiting_for_a_writer(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(ARTICLE, encoding="utf-8")
    pipe = tmp_path / "feed.txt"
    os.mkfifo(pipe)
    for given in ([tmp_path], [pipe]):  # found in a folder (it was passed over) or named
        errors = [i for i in read_paths(given) if isinstance(i, InputError)]
        assert [(Path(e.path).name, e.reason.split(";")[0]) for e in errors] == [
            ("feed.txt", "not a regular file (a named pipe, socket or device)")]


def test_ingest_folder_that_cannot_be_listed_is_reported_not_passed_over(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "story.txt").write_text(ARTICLE, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "inside.txt").write_text(ARTICLE, encoding="utf-8")
    listing, scanning = Path.iterdir, os.scandir

    def refuse(path: Path):  # type: ignore[no-untyped-def]
        if Path(path) == locked:  # as if chmod 000 (the tests may run as root, who may read anything)
            raise PermissionError(13, "Permission denied", str(path))
        return listing(path)

    monkeypatch.setattr(Path, "iterdir", refuse)
    monkeypatch.setattr(os, "scandir", lambda path: refuse(Path(path)) and scanning(path))
    items = list(read_paths([tmp_path]))
    assert sum(isinstance(i, RawDocument) for i in items) == 1
    [error] = [i for i in items if isinstance(i, InputError)]
    assert error.path == str(locked) and "cannot be listed" in error.reason and "chmod u+rx" in error.reason


@pytest.mark.parametrize("name", ["page.warc", "page.warc.gz"])
def test_ingest_file_that_is_no_warc_says_so_briefly_and_what_to_do(tmp_path: Path, name: str) -> None:
    # A minified page of one long line, saved under a WARC name.
    page = "<html><body>" + "<p>The&nbsp;ferry&nbsp;left.</p>" * 8000 + "</body></html>"
    path = tmp_path / name
    path.write_bytes(gzip.compress(page.encode()) if name.endswith(".gz") else page.encode())
    [error] = read_path(path)
    assert isinstance(error, InputError)
    assert error.reason.startswith("not a WARC file") and "'<html><body><p>The&nbsp;ferry" in error.reason
    assert "as .html" in error.reason and "download" not in error.reason  # it never was a WARC: no use fetching again
    assert len(error.reason) < 300  # warcio's message quoted the whole 200,000-character first line
