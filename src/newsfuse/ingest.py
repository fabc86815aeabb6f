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
import stat
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import datetime, timezone
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
            yield from _files_under(path)
        else:
            yield path


def _files_under(folder: Path) -> Iterator[Path]:
    """Every entry under ``folder`` that is not a folder, depth first in name order. Links to folders
    are followed (a corpus often links its years or outlets in from elsewhere, and ``rglob`` passed
    them over without a word), each folder entered once, so a link back up is no loop. A folder that
    cannot be listed is yielded itself, for read_path to say why."""
    entered: set[tuple[int, int]] = set()
    pending: list[Iterator[Path]] = [iter([folder])]
    while pending:
        entry = next(pending[-1], None)
        if entry is None:
            pending.pop()
        elif not entry.is_dir():
            if _is_input(entry):
                yield entry
        elif (children := _listing(entry, entered)) is None:
            yield entry
        else:
            pending.append(iter(children))


def _listing(folder: Path, entered: set[tuple[int, int]]) -> list[Path] | None:
    """The folder's entries, hidden ones left out (empty when it was entered before); None when it
    cannot be listed."""
    try:
        info = folder.stat()
        children = sorted(child for child in folder.iterdir() if not child.name.startswith("."))
    except OSError:
        return None
    if (info.st_dev, info.st_ino) in entered:
        return []
    entered.add((info.st_dev, info.st_ino))
    return children


def _is_input(path: Path) -> bool:
    # A broken or looping link, a named pipe or a device is yielded so that it is reported, not
    # silently passed over.
    return path.is_file() or path.is_symlink() or path.exists()


def read_path(path: Path) -> Iterator[Item]:
    """Every record of one file, or an :class:`InputError` saying why it cannot be read."""
    for item in _read_path(path):
        yield _with_printable_path(item)


def printable_path(where: str) -> str:
    """A path as text that can be stored and printed: the bytes of a file name that is not UTF-8
    (Python keeps them as lone surrogates, which SQLite and the terminal refuse) as ``\\xff``."""
    return where.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _with_printable_path(item: Item) -> Item:
    if isinstance(item, InputError):  # the reason may name the file too ("gunzip NAME")
        where, reason = printable_path(item.path), printable_path(item.reason)
        return item if (where, reason) == (item.path, item.reason) else InputError(where, reason)
    where = printable_path(item.source_path)
    return item if where == item.source_path else replace(item, source_path=where)


def _read_path(path: Path) -> Iterator[Item]:
    if path.is_dir():
        yield InputError(str(path), _folder_given(path))
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
        info = path.stat()
    except OSError as exc:
        yield InputError(str(path), _unreadable(path, exc))
        return
    if not stat.S_ISREG(info.st_mode):
        # Reading a named pipe waits for a writer that may never come; a device never ends.
        yield InputError(str(path), "not a regular file (a named pipe, socket or device); save what it holds to a "
                                    "file and give that file")
        return
    size = info.st_size
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


def _folder_given(path: Path) -> str:
    try:
        with os.scandir(path):
            pass
    except OSError as exc:  # met inside a given folder: its files would be passed over
        return f"folder that cannot be listed, its files not read: {_unreadable(path, exc)}"
    return "is a folder, not a file; pass the files in it, or give the folder to `newsfuse run`"


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
        if path.is_dir():
            return "permission denied; give your user access to the folder (chmod u+rx)"
        return "permission denied; give your user read access to the file (chmod u+r)"
    return f"cannot read file: {exc.strerror or exc}"


def read_paths(paths: Iterable[str | Path]) -> Iterator[Item]:
    for path in iter_inputs(paths):
        if not path.exists() and not path.is_symlink():
            yield InputError(printable_path(str(path)), "no such file or folder")
            continue
        yield from read_path(path)


# -- decoding ------------------------------------------------------------------------------------


def decode_bytes(data: bytes, path: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 (with or without BOM), a file of UTF-8
    lines and lines of one legacy encoding, else the detected encoding; binary refused."""
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        if (utf16 := _bomless_utf16(data)) is not None:
            return utf16
        if _nul_share(data) > MAX_NUL_SHARE:
            raise InputError(path, "binary file (contains NUL bytes), not text")
        # A stray NUL (a glitch of the program that saved the page) carries no text: the
        # article around it is read rather than refused.
        data = data.replace(b"\x00", b"")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    mixed = _decode_mixed_lines(data)
    text = mixed if mixed is not None else _decode_legacy(data)
    if text is None:
        raise InputError(path, "cannot decode text: not UTF-8 and no other encoding fits; convert it to UTF-8")
    if _control_ratio(text) > 0.05:
        raise InputError(path, "binary file (mostly control characters), not text")
    return text


def _decode_legacy(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    return _prefer_western(data, from_bytes(data).best())


# UTF-16 saved without a byte-order mark (some Windows tools): Latin-script text is then about half
# NUL bytes, nearly all on one side of each byte pair. Binary formats scatter their NULs over both.
_UTF16_MIN_NUL_SHARE = 0.3
_UTF16_SAME_SIDE = 0.95


def _bomless_utf16(data: bytes) -> str | None:
    """``data`` decoded as UTF-16 when its NUL bytes say it is (LE or BE, no BOM), else None."""
    sample = data[:8192]
    sample = sample[: len(sample) - len(sample) % 2]
    nuls = sample.count(b"\x00")
    if not sample or nuls < _UTF16_MIN_NUL_SHARE * len(sample):
        return None
    odd = sample[1::2].count(b"\x00")  # the high byte of a little-endian pair
    for codec, same_side in (("utf-16-le", odd), ("utf-16-be", nuls - odd)):
        if same_side >= _UTF16_SAME_SIDE * nuls:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            return text if _control_ratio(text) <= 0.05 else None
    return None


def _decode_mixed_lines(data: bytes) -> str | None:
    """A file joined from a UTF-8 file and a legacy-encoded one: each line in its own encoding.

    Only when some line is valid UTF-8 with letters or punctuation a legacy encoding would not give
    by chance (see :func:`_plausible_utf8`); then the other lines are decoded in the encoding they
    share. Decoding the whole file in one legacy encoding turned every UTF-8 quotation mark of the
    first part into mojibake ("‚Äú").
    """
    lines = data.split(b"\n")
    decoded: list[str | None] = []
    evidence = False
    for line in lines:
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            decoded.append(None)
            continue
        evidence = evidence or _plausible_utf8(text)
        decoded.append(text)
    if not evidence:
        return None
    legacy = b"\n".join(line for line, text in zip(lines, decoded) if text is None)
    rest = _decode_legacy(legacy)
    if rest is None:
        return None
    rest_lines = iter(rest.split("\n"))
    return "\n".join(text if text is not None else next(rest_lines, "") for text in decoded)


def _plausible_utf8(line: str) -> bool:
    """Whether a line's non-ASCII characters are ones UTF-8 text holds (accented Latin letters,
    typographic punctuation, currency, three-byte scripts) rather than two legacy characters that
    happen to form a UTF-8 pair ("ß" and a curly quote in cp1252 read as one NKo letter)."""
    wide = [ch for ch in line if ord(ch) > 0x7F]
    return bool(wide) and all(
        0xA0 <= ord(ch) <= 0x24F or 0x2000 <= ord(ch) <= 0x20CF or ord(ch) >= 0x800 for ch in wide
    )


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
    # Control characters first: Python's strip() takes the separators 0x1c-0x1f for white space, so a file of
    # them had been called "only white space" instead of binary.
    if _control_ratio(text) > 0.05:
        raise InputError(str(path), "binary file (mostly control characters), not text")
    if not text.strip():
        raise InputError(str(path), "file holds only white space")
    return text


# -- readers -------------------------------------------------------------------------------------


def _make(path: str, kind: str, content: str, **meta: Any) -> RawDocument:
    content = without_lone_surrogates(content)
    meta = {name: _meta_without_lone_surrogates(value) for name, value in meta.items()}
    return RawDocument(id=content_id(content), source_path=path, kind=kind, content=content, **meta)  # type: ignore[arg-type]


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def without_lone_surrogates(text: str) -> str:
    """``text`` with each lone UTF-16 surrogate as U+FFFD. JSON may escape one ("\\ud800", a
    scraper's cut emoji) and Python reads it as a character no UTF-8 encoder takes: spaCy, SQLite and
    the terminal all refused it, and the whole run stopped."""
    return _LONE_SURROGATE.sub("\ufffd", text) if _LONE_SURROGATE.search(text) else text


def _meta_without_lone_surrogates(value: Any) -> Any:
    if isinstance(value, str):
        return without_lone_surrogates(value)
    if isinstance(value, tuple):
        return tuple(without_lone_surrogates(v) if isinstance(v, str) else v for v in value)
    return value


def read_txt(path: Path) -> Iterator[Item]:
    text = _read_text_file(path)
    # A web page saved under a text name ("Save as... article.txt") is read as the page it is: as
    # text, its markup, menus and scripts were the article.
    yield _make(str(path), "html" if _HTML_START.match(text) else "text", text)


def read_html(path: Path) -> Iterator[Item]:
    text = _read_text_file(path)
    # Plain text under an .html name is read as the text it is (it had been refused).
    yield _make(str(path), "html" if "<" in text else "text", text)


def read_json(path: Path) -> Iterator[Item]:
    text = _read_text_file(path)
    try:
        data = json.loads(text)
    except RecursionError as exc:  # thousands of nested brackets: Python's parser gives up
        raise InputError(str(path), "JSON nested too deeply to read (thousands of brackets inside each other); "
                                    "save the articles as a list of objects") from exc
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
        except RecursionError:
            yield InputError(where, "JSON line nested too deeply to read; fix or remove that line")
            continue
        yield _record_to_raw(record, where)


def _record_to_raw(record: object, where: str) -> Item:
    if not isinstance(record, dict):
        return InputError(where, "record is not a JSON object")
    html = _first_text(record, HTML_FIELDS)
    body = _first_text(record, TEXT_FIELDS)
    if not html and not body:
        return InputError(where, _no_text(record))
    content = html or body or ""
    kind = "html" if html or _HTML_START.match(content) else "text"
    external = _first(record, ID_FIELDS)
    return _make(
        where,
        kind,
        content,
        url=_str_or_none(_first_string(_first(record, URL_FIELDS))),
        external_id=None if external is None else _id_value(external),
        title=_str_or_none(_first_string(_first(record, TITLE_FIELDS))),
        outlet=_outlet_value(_first(record, OUTLET_FIELDS)),
        published=_date_value(_first(record, DATE_FIELDS)),
        authors=_authors_value(record.get("authors") or record.get("author")),
    )


def _first(record: dict[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        value = record.get(name)
        if value not in (None, "", [], {}):
            return value
    return None


# Records come from scrapers and other people's exports, so a field may hold another type than
# text. Each value is read for what it can mean; nothing is stored as a Python repr ("['a', 'b']").


def _first_text(record: dict[str, Any], names: tuple[str, ...]) -> str | None:
    """The first of ``names`` that holds text (a numeric "text" beside a "content" string: the content).

    Datasets that ship a processed text (tokenised, lower-cased) keep the text as published beside it
    under ``<name>_original`` or ``original_<name>``; cleaning wants the published text, so that is
    read first.
    """
    return next((text for name in names for field in _original_first(name)
                 if (text := _text_value(record.get(field))) is not None), None)


def _original_first(name: str) -> tuple[str, str, str]:
    return (f"{name}_original", f"original_{name}", name)


def _text_value(value: Any) -> str | None:
    """An article text field: a string, or a list of paragraph strings (joined by blank lines)."""
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        joined = "\n\n".join(v.strip() for v in value if v.strip())
        return joined or None
    return None


def _no_text(record: dict[str, Any]) -> str:
    for name in (field for base in (*HTML_FIELDS, *TEXT_FIELDS) for field in _original_first(base)):
        value = record.get(name)
        if value not in (None, "", [], {}) and _text_value(value) is None:
            return (f"the record's {name!r} field holds {_kind_of(value)}, not the article text; "
                    "put the text there as a string (or a list of paragraph strings)")
    return f"record has no text; expected one of the fields {', '.join(TEXT_FIELDS)}"


def _kind_of(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list of other things than strings"
    return "blank text" if isinstance(value, str) else type(value).__name__


def _first_string(value: Any) -> Any:
    """A title, outlet or URL given as a list (alternatives, a headline and its deck): its first string."""
    if isinstance(value, list):
        return next((v for v in value if isinstance(v, str) and v.strip()), None)
    if isinstance(value, (dict, bool)):
        return None
    return value


def _id_value(value: Any) -> str:
    if isinstance(value, (dict, list)):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)  # {"$oid": "..."}: stable text
    return str(value)


# A number in a date field is a Unix time: in seconds, or in milliseconds (JavaScript exports).
_MIN_UNIX_SECONDS = 0
_MAX_UNIX_SECONDS = 4102444800  # 2100-01-01; anything later in seconds is taken as milliseconds


def _date_value(value: Any) -> str | None:
    """A date field as text for the clean stage: strings as given, a Unix time (seconds or
    milliseconds) as an ISO UTC time; any other value as its JSON text, which cleaning reports as
    "not a date" instead of using it."""
    if value is None or isinstance(value, str):
        return _str_or_none(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = value / 1000 if abs(value) > _MAX_UNIX_SECONDS else value
        if _MIN_UNIX_SECONDS < seconds <= _MAX_UNIX_SECONDS:  # also False for NaN
            return datetime.fromtimestamp(seconds, tz=timezone.utc).isoformat()
    return json.dumps(value, ensure_ascii=False, allow_nan=True)


def _authors_value(value: Any) -> tuple[str, ...]:
    """Author names from a string ("A, B and C"), a list of strings or of {"name": ...} objects."""
    if isinstance(value, str):
        return tuple(a.strip() for a in re.split(r",| and ", value) if a.strip())
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        return ()
    names = (v.get("name") if isinstance(v, dict) else v for v in value)
    return tuple(n.strip() for n in names if isinstance(n, str) and n.strip())


def _outlet_value(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("name") or value.get("title")
    return _str_or_none(_first_string(value))


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
                content_type = (record.http_headers.get_header("Content-Type") if record.http_headers else None) or (
                    record.rec_headers.get_header("Content-Type") or ""
                )
                wanted = record.rec_type in ("response", "resource") and "html" in content_type.lower()
                uri = record.rec_headers.get_header("WARC-Target-URI")
                where = f"{path}#{uri or count + 1}"
                payload = record.content_stream().read() if wanted else _drain(record.raw_stream)
                if missing := getattr(record.raw_stream, "limit", 0):
                    # warcio hands over a record the file ends inside with what it has: half a page
                    # would be stored as if it were the article, and the file's end passed over.
                    yield InputError(where, f"the WARC ends inside this record ({missing} bytes missing): the file is "
                                            f"truncated after {count} pages; download or copy it again for the rest")
                    return
                if not wanted:
                    continue
                try:
                    text = decode_bytes(payload, where)
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
                    # No WARC-Date: it is when the crawler fetched the page, not when it was published,
                    # and as a declared date it won over the page's own ("2019-05-01" filed under the
                    # crawl day, with every "yesterday" counted from it). The page's date is read in cleaning.
                )
    # warcio raises AttributeError when the file ends inside a record's header block.
    except (ArchiveLoadFailed, EOFError, zlib.error, gzip.BadGzipFile, OSError, ValueError, AttributeError) as exc:
        if count == 0 and str(exc).startswith("Unknown archive format"):
            # warcio's message quotes the whole first line: a page of one 2 MB line filled the screen,
            # and "download it again" is no help for a file that never was a WARC.
            yield InputError(str(path), _not_a_warc(path))
            return
        read = f" after {count} records" if count else ""
        detail = "the file ends inside a record's header" if isinstance(exc, AttributeError) else str(exc)
        yield InputError(str(path), f"truncated or damaged WARC{read}: {detail}; download or copy it again for the rest")
        return
    if path.name.lower().endswith(".gz") and not _gzip_complete(path):
        # warcio stops without a word at a gzip member the file ends inside (a copy cut short).
        yield InputError(str(path), f"the WARC is truncated (its last gzip member is cut short) after {count} pages; "
                                    "the pages before were read; download or copy the file again for the rest")
        return
    if count == 0 and not skipped:  # otherwise the file would vanish from the run without a word
        yield InputError(str(path), "no HTML page found in the WARC (no response or resource record with an HTML "
                                    "content type); check that it is a WARC of web pages")


def _not_a_warc(path: Path) -> str:
    try:
        with (gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb")) as stream:
            head = stream.read(40)
    except (OSError, EOFError, zlib.error):  # not gzip after all: its own first bytes
        with path.open("rb") as stream:
            head = stream.read(40)
    start = head.decode("utf-8", "replace").split("\n")[0]
    return (f"not a WARC file: it does not begin with a WARC record header (it begins {start!r}); give a saved web "
            "page as .html, a crawl as .warc or .warc.gz")


def _drain(stream: Any) -> bytes:
    """Read a record we do not keep to its end (warcio would, to reach the next one), keeping nothing."""
    while stream.read(1 << 16):
        pass
    return b""


def _gzip_complete(path: Path) -> bool:
    """Whether a gzip file decompresses to its end (one streaming pass; memory stays bounded)."""
    try:
        with gzip.open(path, "rb") as stream:
            while stream.read(1 << 20):
                pass
    except (EOFError, zlib.error, gzip.BadGzipFile, OSError):
        return False
    return True


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
            yield InputError(where, "feed entry has no text, only its title and link; save the page it links to and "
                                    "give that file to `newsfuse run`")
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
