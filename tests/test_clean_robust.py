"""Bad input never crashes or hangs clean(): malformed, enormous, all-boilerplate, foreign, re-encoded."""

from __future__ import annotations

import pytest

from newsfuse import settings
from newsfuse.clean import _MAX_TEXT_CHARS, TOO_LONG, clean
from newsfuse.ingest import decode_bytes
from newsfuse.records import RawDocument

PROSE = (
    "The regional water board said on Tuesday that the reservoir at Kell Ridge had fallen to "
    "31 percent of capacity, the lowest level recorded since the dam was finished in 1974. "
)


def _html(content: str) -> RawDocument:
    return RawDocument(id="h", source_path="p.html", kind="html", content=content)


def _text(content: str) -> RawDocument:
    return RawDocument(id="t", source_path="p.txt", kind="text", content=content)


@pytest.mark.parametrize(
    "content",
    [
        "<html><body><p>Unclosed <b>bold <i>and italic<p>" + PROSE,
        "<div>" * 3000 + PROSE + "</div>" * 10,
        "<<<>>> </p></div></html> <p " + PROSE,
        "\x00\x01 binary junk <p>" + PROSE,
        "<?xml version='1.0' encoding='latin-1'?><html><body><p>" + PROSE + "</p></body></html>",
    ],
)
def test_clean_robust_malformed_html_gives_a_document(content: str) -> None:
    doc = clean(_html(content))
    assert doc.paragraphs
    assert all(isinstance(p.reason, str) and p.reason for p in doc.paragraphs)


# Bounded work is asserted by what is classified, not by time (which depends on the machine's load):
# past the bound nothing is classified, and nothing is lost either.


def test_clean_robust_enormous_page_is_bounded() -> None:
    page = "<html><body>" + ("<p>" + PROSE * 3 + "</p>\n") * 12_000 + "<p>The last line.</p></body></html>"  # ~6 MB
    doc = clean(_html(page))
    *classified, rest = doc.paragraphs
    assert doc.text and (rest.kept, rest.reason) == (False, TOO_LONG) and rest.text.endswith("The last line.")
    assert sum(len(p.text.encode()) for p in classified) <= settings.get("max_html_bytes")


def test_clean_robust_enormous_text_is_bounded() -> None:
    text = "\n\n".join(PROSE * 2 for _ in range(6_000)) + "\n\nThe last line."
    doc = clean(_text(text))
    *classified, rest = doc.paragraphs
    assert doc.text and (rest.kept, rest.reason) == (False, TOO_LONG) and rest.text.endswith("The last line.")
    assert sum(len(p.text) for p in classified) <= _MAX_TEXT_CHARS


def test_clean_robust_all_boilerplate_text_keeps_nothing_and_says_why() -> None:
    text = "Home\n\nWorld\n\nSport\n\nShare this article\n\nFacebook Twitter Email\n\n© 2025 Example Media. All rights reserved."
    doc = clean(_text(text))
    assert doc.text == ""
    assert {p.reason for p in doc.paragraphs} <= {"navigation", "share", "copyright", "title", "boilerplate"}


def test_clean_robust_non_english_text_records_language() -> None:
    german = (
        "Die Stadt hat am Montag beschlossen, die alte Brücke über den Fluss zu sanieren. Die Arbeiten sollen "
        "im Frühjahr beginnen und werden nach Angaben der Verwaltung etwa zwei Jahre dauern.\n\n"
        "Der Bürgermeister sagte, die Brücke sei für den Verkehr in der Innenstadt unverzichtbar und müsse "
        "deshalb so schnell wie möglich wieder für Lastwagen freigegeben werden."
    )
    doc = clean(_text(german))
    assert doc.language == "de"
    assert "Brücke" in doc.text


def test_clean_robust_non_english_html_records_language() -> None:
    page = "<html lang='fr'><body><article><p>" + "Le conseil municipal a voté lundi le budget de la ville. " * 8 + "</p></article></body></html>"
    assert clean(_html(page)).language == "fr"


@pytest.mark.parametrize(
    "encoding",
    [
        "cp1252",
        "latin-1",
        "utf-16",
    ],
)
def test_clean_robust_other_encodings_decode_and_clean(encoding: str) -> None:
    text = "Café owners in Zürich said prices rose 5 % - the sharpest rise since 2008.\n\n" + PROSE
    decoded = decode_bytes(text.encode(encoding), f"cafe.{encoding}.txt")
    doc = clean(_text(decoded))
    assert "Zürich" in doc.text


def test_clean_robust_empty_and_whitespace_inputs() -> None:
    for raw in (_html(""), _html("   "), _text(""), _text("\n\n\n")):
        doc = clean(raw)
        assert doc.text == ""
        assert doc.paragraphs


def test_clean_a_malformed_address_in_the_text_is_no_crash() -> None:
    from newsfuse.brief import outlet_of
    from newsfuse.clean import clean
    from newsfuse.records import Document, RawDocument, content_id

    text = ("Mayor Jane Doe said the harbour budget passed on Monday after a long debate.\n\n"
            "The council voted 7-2 to approve it.\n\nRead more at http://[harbourpost.example/news")
    doc = clean(RawDocument(id=content_id(text), source_path="x.txt", kind="text", content=text))
    assert [p.kept for p in doc.paragraphs][:2] == [True, True]
    assert outlet_of(Document(id="a", source_path="a.txt", paragraphs=(), url="http://[broken/path")) == "unknown"


def test_control_characters_and_terminal_codes_leave_text_and_metadata() -> None:
    # a title copied from a terminal kept its colour codes, a NUL split an outlet's name, a bell sat inside a sentence
    raw = RawDocument(id="c", source_path="c.jsonl:1", kind="text",
                      content=PROSE + "\n\nCrews \x07cleared the spillway\x0cof debris on Monday, the board said.",
                      title="Reservoir \x1b[31mlevel\x1b[0m falls", outlet="Kell\x00 Ridge Post", authors=("Ana\x1b[1m Ruiz",))
    doc = clean(raw)
    assert doc.title == "Reservoir level falls"
    assert doc.outlet == "Kell Ridge Post"
    assert doc.authors == ("Ana Ruiz",)
    assert "Crews cleared the spillway" in doc.text
    assert not any(ch in doc.text for ch in "\x07\x0c\x1b\x00")


def test_a_title_of_control_characters_only_is_no_title() -> None:
    doc = clean(RawDocument(id="c", source_path="c.txt", kind="text", content=PROSE, title="\x1b[0m\x07"))
    assert doc.title != "\x1b[0m\x07" and (doc.title or "").isprintable()


def test_windows_1252_punctuation_read_as_latin_1_is_read_as_meant() -> None:
    # "\x96" had been kept as an invisible control character where the writer put a dash
    doc = clean(_text(PROSE + "\n\nThe board \x96 which met on Monday \x96 said the level would keep falling\x85"))
    assert "The board \u2013 which met on Monday \u2013 said the level would keep falling\u2026" in doc.text
