from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from newsfuse.errors import InputError
from newsfuse.ingest import decode_bytes, read_path, read_paths
from newsfuse.records import RawDocument

ARTICLE = (
    "Council approves harbour budget\n\n"
    "The Eastport city council voted 7-2 on Tuesday to approve a $14 million harbour budget.\n\n"
    '"This is the right plan," said Mayor Ana Ruiz.\n'
)


def _items(path: Path) -> tuple[list[RawDocument], list[InputError]]:
    items = list(read_path(path))
    return [i for i in items if isinstance(i, RawDocument)], [i for i in items if isinstance(i, InputError)]


def test_ingest_txt_gives_one_text_record_with_content_id(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    docs, errors = _items(path)
    assert not errors
    assert docs[0].kind == "text" and docs[0].content == ARTICLE
    again, _ = _items(path)
    assert again[0].id == docs[0].id


def test_ingest_latin1_text_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "b.txt"
    text = "Le maire de Montréal a déclaré que la réunion était très productive et que le budget serait adopté."
    path.write_bytes(text.encode("latin-1"))
    docs, errors = _items(path)
    assert not errors
    assert "Montréal" in docs[0].content


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("binary.txt", b"\x00\x01\x02\xff" * 100, "binary"),
        ("blank.txt", b"   \n\n  ", "white space"),
        # the separators 0x1c-0x1f are white space to str.strip(), but a file of them is no text
        ("separators.txt", b"\x1c\x1d\x1e\x1f" * 50, "binary"),
        ("feed.pdf", b"%PDF-1.4", "unsupported file type"),
        ("bad.json", b"{not json", "malformed JSON"),
        ("trunc.warc.gz", gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n")[:12], "WARC"),
    ],
)
def test_ingest_bad_file_is_reported_with_reason(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    docs, errors = _items(path)
    assert not docs
    assert len(errors) == 1 and reason in errors[0].reason
    assert errors[0].path.endswith(name)


def test_ingest_jsonl_keeps_good_lines_and_reports_the_bad_one(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "r1", "title": "Harbour budget", "text": ARTICLE, "url": "https://e.example/1",
                    "outlet": "Eastport Echo", "published": "2025-03-04", "authors": ["Jo Lee"]}),
        "{broken",
        json.dumps({"id": 2, "content": "<p>A second article about the harbour budget.</p>", "source": {"name": "Wire"}}),
        json.dumps({"id": 3, "title": "no text"}),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    docs, errors = _items(path)
    assert [d.external_id for d in docs] == ["r1", "2"]
    assert docs[0].outlet == "Eastport Echo" and docs[0].authors == ("Jo Lee",) and docs[0].url == "https://e.example/1"
    assert docs[1].kind == "html" and docs[1].outlet == "Wire"
    assert {e.path.rsplit(":", 1)[1] for e in errors} == {"2", "4"}


def test_ingest_json_reads_the_published_text_beside_a_tokenised_copy(tmp_path: Path) -> None:
    published = "The council, after a long debate, voted 7-2 on Tuesday.\n\n\"It's done,\" said Ana Ruiz."
    tokenised = "The council , after a long debate , voted 7-2 on Tuesday . `` It 's done , '' said Ana Ruiz ."
    lines = [json.dumps({"id": "a", "content": tokenised, "content_original": published}),
             json.dumps({"id": "b", "original_text": published, "text": tokenised}),
             json.dumps({"id": "c", "content": tokenised, "content_original": ""})]
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    docs, errors = _items(path)
    assert not errors
    assert [d.content for d in docs] == [published, published, tokenised]


def test_ingest_json_names_a_published_text_field_that_holds_no_text(tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps({"id": "a", "content_original": {"body": "x"}}), encoding="utf-8")
    docs, errors = _items(path)
    assert not docs and "'content_original' field holds" in errors[0].reason


def test_ingest_warc_reads_html_responses(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        html = b"<html><body><article><p>Harbour budget approved by the council.</p></article></body></html>"
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        record = writer.create_warc_record("https://news.example/budget", "response", payload=io.BytesIO(html),
                                           http_headers=headers)
        writer.write_record(record)
    docs, errors = _items(path)
    assert not errors
    assert docs[0].kind == "html" and docs[0].url == "https://news.example/budget"


def test_ingest_rss_entries_become_records(tmp_path: Path) -> None:
    rss = """<?xml version="1.0"?><rss version="2.0"><channel><title>Eastport Echo</title>
    <item><title>Budget approved</title><link>https://e.example/b</link><guid>b1</guid>
    <pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate>
    <description>&lt;p&gt;The council approved the harbour budget on Tuesday.&lt;/p&gt;</description></item>
    </channel></rss>"""
    path = tmp_path / "feed.rss"
    path.write_text(rss, encoding="utf-8")
    docs, errors = _items(path)
    assert not errors
    assert docs[0].title == "Budget approved" and docs[0].outlet == "Eastport Echo" and docs[0].url == "https://e.example/b"


def test_ingest_folder_walks_files_and_reports_missing_paths(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(ARTICLE + "x", encoding="utf-8")
    items = list(read_paths([tmp_path, tmp_path / "missing.txt"]))
    assert sum(isinstance(i, RawDocument) for i in items) == 1
    assert any(isinstance(i, InputError) and "no such file" in i.reason for i in items)


def test_decode_bytes_refuses_binary() -> None:
    with pytest.raises(InputError):
        decode_bytes(b"abc\x00def", "x.txt")
