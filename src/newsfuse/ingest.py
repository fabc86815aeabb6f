"""Ingest: read files and folders into :class:`RawDocument` records.

One reader per input format (.txt, .html/.htm, .json/.jsonl, .warc/.warc.gz, .rss/.atom/.xml).
Each reader yields a :class:`RawDocument` per record it could read and an :class:`InputError`
per file or record it could not, so one bad file (or one malformed JSON line) never stops a
batch. A record's id is a hash of its content: reading the same content twice gives the same id.
"""

from __future__ import annotations

import errno
import gzip
import json
import os
import re
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from newsfuse.errors import InputError
from newsfuse.records import RawDocument, content_id

Item = RawDocument | InputError

TEXT_FIELDS = ("text", "content", "body", "article", "maintext")
HTML_FIELDS = ("html", "raw_html")
TITLE_FIELDS = ("title", "headline")
OUTLET_FIELDS = ("outlet", "source", "site_name", "publisher", "source_domain")
DATE_FIELDS = ("published", "date", "date_publish", "published_at", "pubDate", "datetime")
ID_FIELDS = ("id", "ID", "_id", "uuid")
URL_FIELDS = ("url", "link", "source_url")

# A file larger than this is refused rather than read into memory.
MAX_FILE_BYTES = 512 * 1024 * 1024

_HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>])", re.IGNORECASE)


def iter_inputs(paths: Iterable[str | Path]) -> Iterator[Path]:
    """The files named or found (recursively, sorted, hidden files skipped) under ``paths``."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if _is_input(child) and not any(part.startswith(".") for part in child.relative_to(path).parts):
                    yield child
        else:
            yield path


def _is_input(path: Path) -> bool:
    # A broken or looping link is yielded so that it is reported, not silently passed over.
    return path.is_file() or (path.is_symlink() and not path.exists())


def read_path(path: Path) -> Iterator[Item]:
    """Every record of one file, or an :class:`InputError` saying why it cannot be read."""
    if path.is_dir():
        yield InputError(str(path), "is a folder, not a file; pass the files in it, or give the folder to `newsfuse run`")
        return
    if path.is_symlink() and not path.exists():  # a looping or broken link says so, whatever its name
        yield InputError(str(path), _dangling_link(path))
        return
    name = path.name.lower()
    reader = _reader_for(name)
    if reader is None:
        yield InputError(str(path), _unsupported(name))
        return
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield InputError(str(path), _unreadable(path, exc))
        return
    if size == 0:
        yield InputError(str(path), "empty file")
        return
    if size > MAX_FILE_BYTES:
        yield InputError(str(path), f"file too large ({size} bytes > {MAX_FILE_BYTES}); split it")
        return
    try:
        yield from reader(path)
    except InputError as exc:
        yield exc
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield InputError(str(path), f"cannot read file: {exc}")
    except OSError as exc:
        yield InputError(str(path), _unreadable(path, exc))


def _dangling_link(path: Path) -> str:
    try:
        path.stat()
    except OSError as exc:
        return _unreadable(path, exc)
    return "the link's target disappeared while reading; check the link"


def _unsupported(name: str) -> str:
    if name.endswith(".gz"):
        # Saved crawls often gzip each page; only WARC is read compressed.
        return f"compressed file: of the gzip formats only .warc.gz is read; decompress it first (gunzip {name})"
    return f"unsupported file type; supported: {', '.join(SUPPORTED)}"


def _unreadable(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop (the link leads back to itself); remove or fix the link"
    if path.is_symlink() and not path.exists():
        return f"broken symbolic link (its target {os.readlink(path)} does not exist); fix or remove the link"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied; give your user read access to the file (chmod u+r)"
    return f"cannot read file: {exc.strerror or exc}"


def read_paths(paths: Iterable[str | Path]) -> Iterator[Item]:
    for path in iter_inputs(paths):
        if not path.exists() and not path.is_symlink():
            yield InputError(str(path), "no such file or folder")
            continue
        yield from read_path(path)


# -- decoding ------------------------------------------------------------------------------------


def decode_bytes(data: bytes, path: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM), else the detected encoding; binary refused."""
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        if _nul_share(data) > MAX_NUL_SHARE:
            raise InputError(path, "binary file (contains NUL bytes), not text")
        # A stray NUL (a glitch of the program that saved the page) carries no text: the
        # article around it is read rather than refused.
        data = data.replace(b"\x00", b"")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    text = _prefer_western(data, from_bytes(data).best())
    if text is None:
        raise InputError(path, "cannot decode text: not UTF-8 and no other encoding fits; convert it to UTF-8")
    if _control_ratio(text) > 0.05:
        raise InputError(path, "binary file (mostly control characters), not text")
    return text


# Binary formats hold NUL bytes throughout; a text file saved with a glitch holds one or two.
MAX_NUL_SHARE = 0.01


def _nul_share(data: bytes) -> float:
    sample = data[:8192]
    return sample.count(b"\x00") / len(sample) if sample else 0.0


# Single-byte Latin-script code pages are indistinguishable on short texts (charset_normalizer
# may pick cp1250/cp1257/cp775 for plain French or German); Western cp1252 is by far the most
# common of them in news, so it wins whenever the guess is any Latin-script page.
_LATIN_SCRIPT_PAGES = frozenset(
    {"cp1250", "cp1252", "cp1254", "cp1257", "cp775", "cp850", "cp852", "cp858", "latin_1",
     "iso8859_2", "iso8859_4", "iso8859_9", "iso8859_13", "iso8859_15", "mac_latin2", "mac_roman"}
)


def _prefer_western(data: bytes, best):  # type: ignore[no-untyped-def]
    if best is None or best.encoding not in _LATIN_SCRIPT_PAGES:
        return str(best) if best is not None else None
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return str(best)


def _control_ratio(text: str) -> float:
    sample = text[:8192]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bad / len(sample)


def _read_text_file(path: Path) -> str:
    text = decode_bytes(path.read_bytes(), str(path))
    if not text.strip():
        raise InputError(str(path), "file holds only white space")
    if _control_ratio(text) > 0.05:
        raise InputError(str(path), "binary file (mostly control characters), not text")
    return text


# -- readers -------------------------------------------------------------------------------------


def _make(path: str, kind: str, content: str, **meta: Any) -> RawDocument:
    return RawDocument(id=content_id(content), source_path=path, kind=kind, content=content, **meta)  # type: ignore[arg-type]


def read_txt(path: Path) -> Iterator[Item]:
    yield _make(str(path), "text", _read_text_file(path))


def read_html(path: Path) -> Iterator[Item]:
    text = _read_text_file(path)
    if "<" not in text:
        raise InputError(str(path), "no HTML markup found; rename it to .txt if it is plain text")
    yield _make(str(path), "html", text)


def read_json(path: Path) -> Iterator[Item]:
    text = _read_text_file(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(str(path), f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}; fix the "
                                    "file there (or save one article per line as .jsonl)") from exc
    records = data if isinstance(data, list) else data.get("articles", [data]) if isinstance(data, dict) else None
    if not isinstance(records, list):
        raise InputError(str(path), "JSON must be an object or a list of objects")
    for number, record in enumerate(records, 1):
        yield _record_to_raw(record, f"{path}#{number}")


def read_jsonl(path: Path) -> Iterator[Item]:
    text = _read_text_file(path)
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            # exc.msg alone can end mid-phrase ("Unterminated string starting at"): the column completes it.
            yield InputError(where, f"malformed JSON line: {exc.msg} (column {exc.colno}); fix or remove that line")
            continue
        yield _record_to_raw(record, where)


def _record_to_raw(record: object, where: str) -> Item:
    if not isinstance(record, dict):
        return InputError(where, "record is not a JSON object")
    html = _first(record, HTML_FIELDS)
    body = _first(record, TEXT_FIELDS)
    if not html and not body:
        return InputError(where, f"record has no text; expected one of the fields {', '.join(TEXT_FIELDS)}")
    content = str(html or body)
    kind = "html" if html or _HTML_START.match(content) else "text"
    authors = record.get("authors") or record.get("author") or ()
    if isinstance(authors, str):
        authors = tuple(a.strip() for a in re.split(r",| and ", authors) if a.strip())
    external = _first(record, ID_FIELDS)
    return _make(
        where,
        kind,
        content,
        url=_str_or_none(_first(record, URL_FIELDS)),
        external_id=None if external is None else str(external),
        title=_str_or_none(_first(record, TITLE_FIELDS)),
        outlet=_outlet_value(_first(record, OUTLET_FIELDS)),
        published=_str_or_none(_first(record, DATE_FIELDS)),
        authors=tuple(str(a) for a in authors if a),
    )


def _first(record: dict[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        value = record.get(name)
        if value not in (None, "", [], {}):
            return value
    return None


def _outlet_value(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("name") or value.get("title")
    return _str_or_none(value)


def _str_or_none(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def read_warc(path: Path) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    count = skipped = 0
    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type not in ("response", "resource"):
                    continue
                content_type = (record.http_headers.get_header("Content-Type") if record.http_headers else None) or (
                    record.rec_headers.get_header("Content-Type") or ""
                )
                if "html" not in content_type.lower():
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI")
                where = f"{path}#{uri or count + 1}"
                try:
                    text = decode_bytes(record.content_stream().read(), where)
                except InputError as exc:
                    skipped += 1
                    yield exc
                    continue
                count += 1
                yield _make(
                    where,
                    "html",
                    text,
                    url=uri,
                    external_id=record.rec_headers.get_header("WARC-Record-ID"),
                    published=record.rec_headers.get_header("WARC-Date"),
                )
    except (ArchiveLoadFailed, EOFError, zlib.error, gzip.BadGzipFile, OSError, ValueError) as exc:
        read = f" after {count} records" if count else ""
        yield InputError(str(path), f"truncated or damaged WARC{read}: {exc}")
        return
    if count == 0 and not skipped:  # otherwise the file would vanish from the run without a word
        yield InputError(str(path), "no HTML page found in the WARC (no response or resource record with an HTML "
                                    "content type); check that it is a WARC of web pages")


def read_feed(path: Path) -> Iterator[Item]:
    import feedparser

    raw = path.read_bytes()
    parsed = feedparser.parse(raw)
    if not parsed.entries:
        reason = str(getattr(parsed, "bozo_exception", "")) or "no entries"
        raise InputError(str(path), f"not a readable RSS/Atom feed ({reason})")
    feed_title = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, 1):
        where = f"{path}#{entry.get('id') or number}"
        html = ""
        if entry.get("content"):
            html = "\n".join(c.get("value", "") for c in entry["content"])
        html = html or entry.get("summary", "")
        if not html.strip():
            yield InputError(where, "feed entry has no content or summary")
            continue
        authors = tuple(a.get("name", "") for a in entry.get("authors", []) if a.get("name"))
        kind = "html" if "<" in html else "text"
        yield _make(
            where,
            kind,
            html,
            url=entry.get("link"),
            external_id=entry.get("id"),
            title=entry.get("title"),
            outlet=feed_title,
            published=entry.get("published") or entry.get("updated"),
            authors=authors,
        )


READERS: dict[str, Callable[[Path], Iterator[Item]]] = {
    ".txt": read_txt,
    ".text": read_txt,
    ".md": read_txt,
    ".html": read_html,
    ".htm": read_html,
    ".json": read_json,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".warc": read_warc,
    ".warc.gz": read_warc,
    ".rss": read_feed,
    ".atom": read_feed,
    ".xml": read_feed,
}
SUPPORTED = tuple(READERS)


def _reader_for(name: str) -> Callable[[Path], Iterator[Item]] | None:
    for suffix in sorted(READERS, key=len, reverse=True):
        if name.endswith(suffix):
            return READERS[suffix]
    return None
