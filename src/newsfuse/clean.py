"""Clean stage: raw HTML or pasted text → a :class:`~newsfuse.records.Document`.

Nothing is silently lost: every block of text the input held becomes a :class:`Paragraph`;
the article body is ``kept=True, reason="body"`` and everything else is ``kept=False`` with
the reason it was dropped ("caption", "promo", "more-from", ...).

- ``kind == "html"``: trafilatura extracts the body and the metadata; the page's other visible
  text blocks are recorded as dropped paragraphs, with a reason taken from where they sit in
  the page (``<nav>``, ``<figcaption>``, a "related" box, ...). The extracted paragraphs then go
  through the same high-confidence noise rules as plain text (share widgets, promos, bylines
  that the extractor let through) plus HTML-only ones: notes about the reporters, teaser and
  second copies of the article, "Related:" lists, runs of linked headlines (by the share of
  link text in their page block, so in any language) and labels left dangling after the
  last paragraph. A multi-sentence lead set apart above the body (a "teaser" box) is put back.
- ``kind == "text"``: the text is split into paragraphs and a rule-based classifier, built on
  structural features (length, ending punctuation, capitalisation, position, link-like text)
  plus a few phrase patterns, keeps the body and labels the rest. A "More from X" heading
  starts a block of other stories' headlines and teasers that runs until the article resumes.

Metadata declared by the input (``RawDocument`` fields) always wins over inferred values;
``Document.inferred`` records how each field was obtained.
"""

from __future__ import annotations

import bisect
import email.utils
import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from html import unescape
from itertools import accumulate
from urllib.parse import urlsplit

import lxml.etree
import lxml.html
import trafilatura

from newsfuse import settings
from newsfuse.records import Document, Paragraph, RawDocument

__all__ = ["clean", "classify_paragraphs", "extract_html", "find_date", "split_paragraphs"]

BODY = "body"
NO_ARTICLE_TEXT = "no-article-text"
TOO_LONG = "too-long"  # text beyond the per-document bound, kept unclassified

# ---------------------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------------------


def clean(raw: RawDocument) -> Document:
    """Clean one raw record. Pure; never raises on malformed or empty content."""
    if raw.kind == "html":
        return _clean_html(raw)
    return _clean_text(raw)


@dataclass(frozen=True, slots=True)
class _Meta:
    """Inferred metadata: value and how it was obtained, per field."""

    title: tuple[str | None, str] = (None, "")
    outlet: tuple[str | None, str] = (None, "")
    published: tuple[str | None, str] = (None, "")
    authors: tuple[tuple[str, ...], str] = ((), "")
    language: tuple[str | None, str] = (None, "")
    url: tuple[str | None, str] = (None, "")


def _build_document(raw: RawDocument, paragraphs: list[Paragraph], meta: _Meta) -> Document:
    """Assemble the Document; the input's declared metadata wins over inferred values."""
    if not paragraphs:
        paragraphs = [Paragraph(0, "", False, NO_ARTICLE_TEXT)]
    inferred: dict[str, str] = {}

    def pick(field: str, declared: object, guess: tuple[object, str]) -> object:
        if declared:
            inferred[field] = "input"
            return declared
        if guess[0]:
            inferred[field] = guess[1]
            return guess[0]
        return None

    title = pick("title", _one_line(raw.title), meta.title)
    outlet = pick("outlet", _one_line(raw.outlet), meta.outlet)
    declared = declared_date(raw.published)
    # A page's own date first; then the one its URL carries (a feed or JSON record without a date).
    published = pick("published", declared, meta.published if meta.published[0] else (declared_date(date_from_url(raw.url or meta.url[0])), "url"))
    if raw.published and not declared:
        # Kept in view, so a reader sees why the input's date was not used.
        inferred["published"] = f"input {raw.published!r} is not a date; " + inferred.get("published", "left undated")
    authors = pick("authors", tuple(a for a in map(_one_line, raw.authors or ()) if a), meta.authors) or ()
    language = pick("language", None, meta.language)
    url = pick("url", raw.url, meta.url)
    return Document(
        id=raw.id,
        source_path=raw.source_path,
        paragraphs=tuple(Paragraph(i, p.text, p.kept, p.reason) for i, p in enumerate(paragraphs)),
        url=url,  # type: ignore[arg-type]
        external_id=raw.external_id,
        outlet=outlet,  # type: ignore[arg-type]
        title=title,  # type: ignore[arg-type]
        published=published,  # type: ignore[arg-type]
        language=language,  # type: ignore[arg-type]
        authors=tuple(authors),  # type: ignore[arg-type]
        inferred=inferred,
    )


def _one_line(value: str | None) -> str | None:
    """A declared title, outlet or author as one line of printable text (None when nothing is left)."""
    if value is None:
        return None
    return " ".join(without_control_characters(value).split()) or None


# A date in a URL path: separated (``/2021/10/18/``, ``/2021/10/7/``, ``-2021-10-18/``) or packed
# (``/20211018/``, ``/2021/0921/``), after a path or word boundary, as htmldate (which trafilatura's
# metadata extraction runs on a page's URL) reads them.
_URL_DATE = re.compile(
    r"[/_-](20\d\d|19\d\d)(?:[/-](1[0-2]|0?[1-9])[/-](3[01]|[12]\d|0?[1-9])"
    r"|[/-]?(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01]))(?=[/._-]|$)"
)


# An article number that is its publication time, ending the URL's last path segment: a one-digit
# prefix and the Unix time in seconds after the slug (``-11634250935``, as the Dow Jones sites
# number articles), or a 24-hex object id whose first 8 hex digits are the Unix time (``_n_6169b75b...``,
# a MongoDB ObjectId). A bare 10-digit number is not read: on news sites it is a content id
# (``-1235089585/`` on a 2021 page would read as February 2009).
_URL_TIME_ID = re.compile(r"-\d(\d{10})/?$|[/_-]([0-9a-fA-F]{24})/?$")
_PATH_YEAR = re.compile(r"/((?:19|20)\d\d)(?=/)")
_EARLIEST_URL_TIME = datetime(2000, 1, 1, tzinfo=UTC)


def date_from_url(url: str | None) -> str | None:
    """The ISO date a news URL carries in its path (``/2021/10/18/``, ``-2021-10-18/``, ``/20211018/``),
    else the publication time its article number encodes (:func:`_time_from_url_id`)."""
    match = _URL_DATE.search(url or "")
    if not match:
        return _time_from_url_id(url or "")
    month, day = (match.group(2), match.group(3)) if match.group(2) else (match.group(4), match.group(5))
    return f"{match.group(1)}-{int(month):02d}-{int(day):02d}"


def _time_from_url_id(url: str) -> str | None:
    """The UTC time (ISO 8601) an article number at the end of the URL's path encodes, if plausible.

    Only a time from 2000 to a day from now counts, and none that a year segment of the path
    (``/2021/``) contradicts: a content id that happens to have the form then gives no date
    rather than a wrong one."""
    path = urlsplit(url).path
    match = _URL_TIME_ID.search(path)
    if not match:
        return None
    seconds = int(match.group(1)) if match.group(1) else int(match.group(2)[:8], 16)
    when = datetime.fromtimestamp(seconds, UTC)
    if not _EARLIEST_URL_TIME <= when <= datetime.now(UTC) + timedelta(days=1):
        return None
    years = set(_PATH_YEAR.findall(path))
    if years and str(when.year) not in years:
        return None
    return when.isoformat()


# ---------------------------------------------------------------------------------------
# Shared text helpers
# ---------------------------------------------------------------------------------------

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
# What _SPACES changes: a space other than a plain one, or two plain spaces in a row.
_ODD_SPACES = re.compile(r"[\t\u00a0\u2000-\u200b\u202f\u205f\u3000]|  ")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
_TOKEN = re.compile(r"\w+", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?…](?:[\"'”’»)\]]+)?$")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_ROLE_WORDS = (
    r"reporter|correspondent|writer|editor|contributor|columnist|journalist|staff|producer|"
    r"analyst|bureau chief|critic|photographer|news service|associated press|reuters|afp"
)

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own said same says she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself""".split()
)


# Terminal colour codes and other control characters a scraper or a copy from a terminal leaves in text ("\x1b[31m",
# a bell, a NUL): they are no part of the article, and stayed in titles, outlets and sentences (a quote or a name read
# across a hidden character). Line and page breaks become line breaks; tabs stay. The C1 range (U+0080-U+009F) is
# Windows-1252 punctuation decoded as Latin-1 ("\x96" for "–", "\x93" for "“"): it is read as the character meant.
_TERMINAL_CODES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")


def _control_character_table() -> dict[int, str]:
    table = dict.fromkeys([*range(0x00, 0x09), *range(0x0E, 0x1C), 0x1F, 0x7F], "")
    table |= dict.fromkeys([0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x2028, 0x2029], "\n")
    for code in range(0x80, 0xA0):
        try:
            table[code] = bytes([code]).decode("cp1252")
        except UnicodeDecodeError:  # five bytes Windows-1252 leaves undefined
            table[code] = ""
    return table


_CONTROL_TABLE = _control_character_table()
_CONTROL_CHARACTERS = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_CONTROL_TABLE)) + "]")


def without_control_characters(text: str) -> str:
    """``text`` without terminal codes and control characters (line and page breaks read as line breaks, Windows-1252
    punctuation decoded as Latin-1 read as meant)."""
    if not _CONTROL_CHARACTERS.search(text):
        return text
    return _TERMINAL_CODES.sub("", text).translate(_CONTROL_TABLE)


def _norm_space(text: str) -> str:
    # Most lines hold single plain spaces only, which the substitution would replace one by one with themselves.
    return (_SPACES.sub(" ", text) if _ODD_SPACES.search(text) else text).strip()


# Scrapers lose the paragraph break between a quotation and the next sentence: 'the money?"One
# expert said ...', 'she said.“We will'. The quote finder then pairs the marks wrongly and a
# speaker comes from the wrong sentence. A space goes back on the right side of the mark.
_GLUED_MARK = re.compile(r"(?<=[a-z0-9][.?!])([\"”“])(?=[A-Z“\"\[])")


def _unglue_quotes(text: str) -> str:
    if ('"' not in text and "”" not in text and "“" not in text) or not _GLUED_MARK.search(text):
        return text
    pieces: list[str] = []
    last = 0
    for match in _GLUED_MARK.finditer(text):
        mark = match.group(1)
        # A straight mark closes a quotation after an odd number of them, else it opens one.
        closing = mark == "”" or mark == '"' and text.count('"', 0, match.start()) % 2 == 1
        pieces.append(text[last:match.start()] + (mark + " " if closing else " " + mark))
        last = match.end()
    return "".join(pieces) + text[last:]


@functools.lru_cache(maxsize=8192)
def words_of(text: str) -> tuple[str, ...]:
    """The words of a paragraph (letters first; digits and punctuation-only tokens left out).

    Cached: the rules, the context pass and the paragraph model each look at every paragraph's words."""
    return tuple(_WORD.findall(text))


@functools.lru_cache(maxsize=8192)
def lower_words_of(text: str) -> tuple[str, ...]:
    """:func:`words_of` lower-cased, word for word (cached: the stop-word tests of every pass use them)."""
    return tuple(map(str.lower, words_of(text)))


def _ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text.rstrip()))


def _sentence_count(text: str) -> int:
    return len([s for s in _SENTENCE_SPLIT.split(text.strip()) if s])


def _content_words(text: str) -> set[str]:
    # The length is the written word's: lower-casing may lengthen one ("İ" is two characters lower-cased).
    return {lw.strip(".'’-") for w, lw in zip(words_of(text), lower_words_of(text)) if len(w) > 2 and lw not in STOPWORDS}


def _is_heading_like(text: str) -> bool:
    """A line that reads like a headline or label: short, no sentence-final period."""
    text = text.strip()
    words = words_of(text)
    if not words or len(text) > 200 or len(words) > 25 or "\n" in text:
        return False
    if text.endswith((".", ",", ";")) and not text.endswith("..."):
        return False
    return text[0].isupper() or text[0].isdigit() or text[0] in "\"'“‘"


# ---------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9,
    "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12,
    "december": 12,
}  # fmt: skip
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_DATE_PATTERNS = (
    re.compile(rf"\b(?P<mon>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH})\.?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>\d{1,2})-(?P<day>\d{1,2})(?:\b|(?=T\d))"),
    re.compile(r"\b(?P<mon>\d{1,2})/(?P<day>\d{1,2})/(?P<year>(?:19|20)\d\d)\b"),
)
_DATE_NO_YEAR = re.compile(rf"\b(?P<mon>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b", re.I)
_TIME = re.compile(r"\b\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)(?=\W|$)|\b\d{1,2}:\d\d\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _month_number(text: str) -> int:
    return int(text) if text.isdigit() else _MONTHS.get(text.lower().rstrip("."), 0)


def _iso(year: int, month: int, day: int) -> str | None:
    if month > 12 and day <= 12:  # a day-first numeric date such as 25/12/2024
        month, day = day, month
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def find_date(text: str) -> str | None:
    """The first full calendar date written in ``text``, as an ISO date."""
    best: tuple[int, str] | None = None
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            value = _iso(int(m["year"]), _month_number(m["mon"]), int(m["day"]))
            if value and (best is None or m.start() < best[0]):
                best = (m.start(), value)
            break
    return best[1] if best else None


def declared_date(value: str | None) -> str | None:
    """An input's publication date as ISO 8601; ``None`` when it is missing or not a real date.

    ISO values are kept as given (time and offset included); feed dates (RFC 2822, "Tue, 04
    Mar 2025 10:00:00 GMT") and written dates ("March 4, 2025") become ISO. A date that does not
    exist ("2021-02-30") or free text ("not a date") gives ``None``: the extract stage then leaves
    relative dates unresolved instead of counting from an impossible day.
    """
    text = (value or "").strip()
    if not text:
        return None
    try:
        date.fromisoformat(text[:10])
        return text
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).isoformat()
    except (TypeError, ValueError, IndexError):
        return find_date(text)


_ISO_DATETIME = re.compile(r"\b(?:19|20)\d\d-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?", re.I)


def _strip_dates(text: str) -> str:
    for pattern in (_ISO_DATETIME, *_DATE_PATTERNS, _DATE_NO_YEAR, _TIME):
        text = pattern.sub(" ", text)
    return text


# How long the page says its article takes to read, a meta line like its date ("5 min read", "Reading time: 4
# minutes", "Lesezeit: 3 Minuten", "3 Min. Lesezeit", "Temps de lecture : 4 min", "Tiempo de lectura: 8 minutos"),
# alone or after the date and the writer's name. A label and a number of minutes, or the number before a reading
# word: "the talks took 40 minutes" and "a five-minute read" name no reading time.
_READING_MINUTES = r"\d{1,3}\s*(?:min(?:utes?|uten|utos|uti|s)?\b\.?|minute\b)"
_READING_TIME = re.compile(
    r"\b(?:(?:estimated |geschätzte |ungefähre )?(?:reading time|read time|lesezeit|lesedauer|temps de lecture|durée de"
    r" lecture|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd|czas czytania)\s*:?\s*"
    rf"(?:~|ca\.|circa|etwa|von|approx\.)?\s*{_READING_MINUTES}"
    rf"|{_READING_MINUTES}\s*(?:read|lesezeit|lesedauer|de lecture|de lectura|di lettura|de leitura|leestijd|czytania)\b)",
    re.I)


def _strip_stamps(text: str) -> str:
    """``text`` without its dates, times and reading time: what is left of a meta line is its words."""
    return _strip_dates(_READING_TIME.sub(" ", text))


# ---------------------------------------------------------------------------------------
# Paragraph splitting
# ---------------------------------------------------------------------------------------

_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")


def split_paragraphs(text: str) -> list[str]:
    """Split pasted text into paragraphs.

    Blank lines separate paragraphs. Inside a blank-line block, hard-wrapped prose is joined
    back into one paragraph, while a stack of independent short lines (a menu, a share bar,
    a list of headlines) becomes one paragraph per line. A text without any blank line is
    read as one paragraph per line.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    lines_only = not _BLANK_LINE.search(text)
    paragraphs: list[str] = []
    blocks = text.split("\n") if lines_only else _BLANK_LINE.split(text)
    for block in blocks:
        lines = [_unglue_quotes(_norm_space(line)) for line in block.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            continue
        if len(lines) > 1 and _is_hard_wrapped(lines):
            paragraphs.extend(_split_glued_parts(" ".join(lines)))
        else:
            paragraphs.extend(part for line in lines for part in _split_glued_parts(line))
    return paragraphs


# A sentence's end, not an abbreviation's ("Sen. Smith", "Dec. 10"): three lower-case letters, a
# digit or a parenthesis before the stop, a capital after.
_SENTENCE_BREAK = re.compile(r"(?:(?<=[a-z]{3}[.!?])|(?<=[0-9][.!?])|(?<=\)[.!?]))\s+(?=[A-Z“\"])")


def _split_leading_caption(paragraph: str) -> list[str]:
    """"FILE - In this Dec. 10, 2018, file photo X poses for a portrait in New York. X's remarks led
    ...": a wire photo's caption glued before the article's first sentence is a paragraph of its own
    (a second sentence of the caption ending in its credit is then dropped as one)."""
    if not _CAPTION_START.match(paragraph):
        return [paragraph]
    end = _SENTENCE_BREAK.search(paragraph, 40)
    return [paragraph[:end.start()], paragraph[end.end():]] if end else [paragraph]


# A link to another story set inside a paragraph: "... into the U.S. illegally. (RELATED: Poll Shows
# Dems Are Losing Steam)". It becomes a paragraph of its own, so it is dropped as a link, not
# read as a sentence of the article.
_INLINE_LINK = re.compile(r"\((?i:related|read more|see also|also read|read also|watch|more)\s*:\s*[A-Z\"'“‘][^()]{2,200}\)")


def _split_glued_parts(paragraph: str) -> list[str]:
    """A paragraph with what was glued into it set apart: a leading wire caption, inline links."""
    paragraph_parts = _split_leading_caption(paragraph)
    if len(paragraph_parts) > 1:
        return paragraph_parts[:1] + _split_glued_parts(paragraph_parts[1])
    if "(" not in paragraph:
        return [paragraph]
    parts: list[str] = []
    start = 0
    for link in _INLINE_LINK.finditer(paragraph):
        parts.extend(p for p in (paragraph[start:link.start()].strip(), link.group(0)) if p)
        start = link.end()
    parts.extend(p for p in (paragraph[start:].strip(),) if p)
    return parts or [paragraph]


def _is_hard_wrapped(lines: list[str]) -> bool:
    """Prose wrapped at a fixed width: most line breaks fall mid-sentence in long lines."""
    width = max(len(line) for line in lines)

    def breaks_mid_sentence(line: str, following: str) -> bool:
        if len(line) < 40:
            return False
        if len(line) + 1 + len(following.split(" ", 1)[0]) <= width - 2:
            # The next word would have fitted on the line: no wrap broke it there (a headline over
            # its standfirst: "Bakery turns 50 with free rolls" / "The shop on Elm Street ...").
            return False
        return following[:1].islower() or (not _ends_sentence(line) and not _is_heading_like(following))

    pairs = list(zip(lines, lines[1:]))
    return sum(1 for line, following in pairs if breaks_mid_sentence(line, following)) * 2 > len(pairs)


# ---------------------------------------------------------------------------------------
# Local (one paragraph at a time) noise rules
# ---------------------------------------------------------------------------------------

_REPORTING = re.compile(r"\b(?:said|says|told|according to|announced|wrote|added)\b", re.I)

# "All rights reserved" in the languages news sites use most after English.
_RIGHTS_RESERVED = (
    r"rights reserved|rechte vorbehalten|droits réservés|derechos reservados|diritti riservati|direitos reservados"
    r"|rechten voorbehouden|prawa zastrzeżone|права защищены")
_COPYRIGHT = re.compile(
    rf"^\s*(?:©|\(c\)\s|copyright\b)|{_RIGHTS_RESERVED}|may not be (?:published|reproduced|redistributed)"
    r"|rewritten or redistributed|chroniony prawem autorskim|vervielfältigung nur mit\b", re.I)
# Each _COPYRIGHT branch needs one of these (lower case): a cheap test that spares most lines the search.
_COPYRIGHT_LITERALS = ("©", "(c)", "copyright", *_RIGHTS_RESERVED.split("|"), "may not be ", "rewritten or redistributed",
                       "chroniony prawem autorskim", "vervielfältigung nur mit")
# Characters that re.IGNORECASE matches otherwise than str.lower() does ("ſ" matches "s", "ı" "i", "İ" lowers
# to two characters, "Σ" to "ς" or "σ" by position, Greek and Cyrillic variants such as "ϐ" and "ᲀ": the
# non-ASCII characters of re._casefix). A text without them holds an IGNORECASE literal exactly where its
# lower-case form holds the lower-case literal (for literals without such characters themselves).
_FOLD_EXCEPTIONS = re.compile("[\u00b5\u0130\u0131\u017f\u0345\u0390\u03a3\u03b0\u03b2\u03b5\u03b8\u03b9\u03ba\u03bc\u03c0\u03c1\u03c2\u03c3\u03c6\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u0432\u0434\u043e\u0441\u0442\u044a\u0463\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88\u1e61\u1e9b\u1fbe\u1fd3\u1fe3\ua64b\ufb05\ufb06]")


def lower_for_literals(text: str) -> str | None:
    """``text.lower()``, or None when a literal test on it could disagree with an IGNORECASE pattern."""
    return None if _FOLD_EXCEPTIONS.search(text) else text.lower()


def _may_be_copyright(text: str) -> bool:
    low = lower_for_literals(text)
    return low is None or any(literal in low for literal in _COPYRIGHT_LITERALS)


_SOCIAL = frozenset(
    "facebook twitter x email e-mail mail whatsapp linkedin reddit pinterest print copy link share "
    "messenger telegram flipboard tumblr sms instagram threads bluesky mastodon tweet pin save "
    "comment comments url copied gift article this story".split()
)
_SHARE = re.compile(
    r"^(?:share(?: this| the)?(?: article| story| post| page| on\b.*| via\b.*)?|copy (?:the )?link|link copied"
    r"|save (?:this )?(?:article|story)|gift (?:this )?article|listen to (?:this )?(?:article|story)\b.*"
    r"|print (?:this )?(?:article|page|story)|email (?:this )?(?:article|story|page)|bookmark"
    # German, French, Spanish, Italian, Portuguese, Dutch, Polish and Russian share and print buttons
    r"|(?:(?:diesen|den) (?:artikel|beitrag) |diese (?:geschichte|seite) |(?:inhalt|seite|artikel|beitrag|news) "
    r"|mit freunden |jetzt )?teilen"
    r"|teilen(?: sie)?(?: dies(?:en (?:artikel|beitrag))?)? mit|teile (?:diesen|den) (?:artikel|beitrag)(?: auf| mit)?"
    r"|url zum kopieren|link kopieren|partager(?: (?:cet|l')article| sur \S.*)?|compartir(?: en \S.*)?"
    r"|compart(?:e|ilhe|ilhar)(?: (?:esta|este) \w+)?|condividi(?: su \S.*)?|delen|deel dit artikel"
    r"|udostępnij|podziel się|поделиться|klick(?:en)?,? um .{0,40}zu (?:teilen|senden)\b.*"
    r"|klicken zum ausdrucken\b.*)[\s:!.]*$", re.I)
# "Comments" in the languages news sites use most.
_COMMENT_WORD = r"(?:comments?|kommentare?|commentaires?|comentarios?|commenti|comentários|reacties|komentarze?|комментари[ийя])"
_COMMENT = re.compile(
    r"^(?:facebook comments|comments?(?: \(\d+\))?|\d+ comments?|(?:(?:log|sign) in (?:to|and) )?join the (?:conversation|discussion)"
    r"|leave a (?:comment|reply)|(?:show|view|read|see|load|hide) (?:all )?(?:\d+ )?comments"
    r"|post a comment|add a comment|comment on this (?:story|article)|conversation|discussion"
    r"|comments are (?:closed|disabled)|commenting (?:is|has been) (?:closed|disabled)"
    r"|(?:sorry,? )?we are not (?:currently )?accepting comments(?: on this (?:article|story|post))?"
    r"|be the first to comment|what do you think\?.*"
    # the comment form's heading and the count link in other languages
    rf"|(?:\d+\s+)?{_COMMENT_WORD}(?:\s*[(\[]\d+[)\]])?|"
    r"(?:keine|noch keine) kommentare(?: vorhanden)?|kommentieren(?: sie hier)?"
    r"|(?:schreib(?:e|en sie)?|hinterlass(?:e|en sie)) (?:jetzt )?(?:einen kommentar|eine antwort)|kommentar (?:schreiben"
    r"|verfassen|hinzufügen|abgeben)"
    r"|diskutieren sie mit|(?:laisser|laissez|ajouter|écrire|rédiger) un commentaire|(?:votre|vos) (?:commentaire"
    r"|réactions?)s?(?: \(\d+\))?"
    r"|réagir(?: à cet article)?|(?:deja|dejar|deje|escribe|escribir|añadir|agregar) (?:un|tu|su) comentario"
    r"|comentar(?: (?:esta|este) \w+)?"
    r"|lascia(?:te)? un commento|(?:deixe|deixar) (?:um|o seu|seu) comentário|laat een reactie achter"
    r"|plaats een reactie"
    r"|(?:dodaj|napisz) komentarz|оставить комментарий|оставьте комментарий)[\s:!.]*$", re.I)
_VIDEO = re.compile(
    r"^(?:video embed|watch\s*:|watch (?:the )?(?:video|live|now)\b|video\s*:|play video|now playing|"
    r"video duration\b|media playback is (?:unsupported|not supported)|\(?\d{1,2}:\d\d\)?\s*video\b|"
    r"replay\b|this video (?:is|can)\b|video loading\b"
    # a pointer to a video the copy lost ("Watch the full interview over at Harbour TV", "Watch the exchange below.")
    r"|watch\b(?! out)[^.!?:]{0,100}?\b(?:above|below|here|over at \S[^.!?]{0,40})\s*[.:!]?$)", re.I)
# A player's notice run into the caption of its video ("Media playback is unsupported on your device Media caption
# The mayor on the ferry ..."): a video's caption runs as long as a picture's.
_PLAYER_CAPTION = re.compile(r"^media playback is (?:unsupported|not supported) on your device\s+media caption\b", re.I)
_READ_MORE = re.compile(
    r"^\(?(?:read more|read also|also read|see also|related(?: article| story| content| coverage| link)?s?|"
    r"more|continue reading|read the (?:full |whole |complete )?(?:story|article|report|interview)|full story|full coverage|"
    r"click here to read|read more in the (?:full |whole |original )?(?:story|article|report)|"
    r"read next|also|previously|see|listen|further reading|more on this|recommended|"
    # the same labels in other languages
    r"lesen sie (?:auch|mehr|hier|weiter)(?: [^:]{1,40}(?=:))?|lies auch|(?:hier |jetzt |zum )?weiterlesen"
    r"|(?:mehr|auch) lesen(?: über| zu| zum thema)?|siehe auch|auch interessant|mehr erfahren|mehr(?=\s*(?:\.\.\.|…)$)"
    r"|link zum artikel|"
    r"(?:à |a )?lire (?:aussi|également|la suite)|voir aussi|en savoir plus|"
    r"(?:lea|lee|vea|ver|mira|mirá|leé) (?:también|más)|(?:también )?(?:te|le) (?:puede|podría) interesar|puedes ver|"
    r"(?:lea|mira|mire|vea)(?=\s*:)|"
    r"leggi (?:anche|tutto)|(?:leia|veja) (?:também|mais)|lees (?:ook|meer)|"
    r"(?:czytaj|zobacz) (?:też|także|również|więcej)|читайте (?:также|еще|ещё)|смотрите также|подробнее)"
    # a teaser's link label may carry the reading time of the story it links to ("weiterlesen 5 Minuten")
    r"\s*(?::|at\b|here\b|on\b|about\b|»|›|>|—|–|-|$|(?:\.\.\.|…)$|\d{1,3}\s*min(?:utes?|uten|utos|uti|s)?\.?$)",
    re.I)
# A wire page's "Related Coverage" label run into the headline below it ("Related Coverage Cohen
# told Congress he did not know ...: Axios"): a headline may hold a reporting verb, so the
# _READ_MORE exception for reported speech does not apply.
_GLUED_RELATED = re.compile(r"^Related Coverage\s+[A-Z0-9‘“'\"]")
# A box label with no space before its first headline ("RelatedMayor Says Pier Will CloseFerry Fares Rise ..."), or
# its icon's letter glued before it ("lRelated Ferry fares rise again"): no word of a sentence is spelled so.
_GLUED_RELATED_BOX = re.compile(r"^(?:Related(?=[A-Z0-9‘“'\"])|lRelated\s+[A-Z0-9‘“'\"])")
_MAX_GLUED_BOX_CHARS = 600
# A link to where the story came from, alone on its line ("Click for more from the Harbour Times.", "- See more at:
# http://example.com/..."): the first outlet's text continues there, not here.
_LINK_TO_SOURCE = re.compile(
    r"^(?:(?i:click (?:here )?for more (?:from|at|on) (?:the )?)[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,5}[.!]?"
    r"|[-–—]?\s*(?i:see more at)\s*:\s*(?i:https?://|www\.)\S+)\s*$")
# Promotions for the publication itself: an imperative ("Sign up", "Subscribe", "Click here")
# together with something that points at the outlet (our, newsletter, inbox, app, today).
_PROMO_VERB = re.compile(
    # "For the latest from the show, click here.", "For an audio version, subscribe to the podcast.", "Get news from
    # us in your inbox". A dash inside a word ("App-Downloads") leads no call.
    r"(?:^|[.!?]\s+|[-–—:|•>»](?<!\w[-–—])\s*)(?:(?i:for) [^.!?]{1,60}?,?\s+)?(?:sign up|subscribe|click here|download|"
    r"(?:follow|like) (?:us|(?i:the) \S+(?: \S+)?|\S+(?: \S+)?)(?: \(@\w+\))? on|get (?:the|our|news)\b|become a (?:member|subscriber|supporter)|"
    r"support (?:our|independent|quality)|donate|join (?:us|our)|start your day|"
    r"stay (?:up to date|informed|in the know) with)", re.I)
_PROMO_TARGET = re.compile(
    r"\b(?:our|newsletters?|inbox|app|channel|youtube|alerts?|podcasts?|journalism|twitter|facebook|briefings?|dispatch(?:es)?|"
    r"instagram|tiktok|itunes|free daily|every (?:morning|day|week))\b|(?:sign up|subscribe) (?:now|here|today)|"
    r"(?:click|download it) here", re.I)
# The same calls worded as a suggestion ("You can also follow the show on Twitter here.").
_SUGGESTED_PROMO = re.compile(r"(?:^|[.!?:]\s+)you can (?:also )?(?:sign up|subscribe|download|(?:follow|like) \S)", re.I)
# A call to hear the outlet's show ("Listen to past episodes of “Quay Talk” on iTunes.", "Listen for free every
# weekday on Apple Podcasts."): a show or a podcast service named, so an article's "Listen to the audio here:" stays.
_LISTEN_PROMO = re.compile(
    r"(?:^|[.!?]\s+)listen (?:to|on|for free|free|now|(?:every|each) \w+)\b.{0,150}?"
    r"\b(?:podcasts?|itunes|spotify|siriusxm|sirius xm|episodes)\b", re.I)
# A news site's widget to follow a topic ("Interested in Harbours? Add Harbours as an interest to stay up to date on
# the latest Harbours news ...", "Get alerts on this topic", "Follow this story"): the site's, whatever the topic.
_FOLLOW_TOPIC = re.compile(
    r"\badd .{1,60}? (?:as an interest|to (?:your|my) (?:interests|topics|alerts|feed))\b"
    r"|^(?:get (?:e-?mail |news )?alerts|follow) (?:on |for |about )?(?:this|these) (?:topics?|story|stories)\b", re.I)
# An advertisement's label in the languages news sites use most after English.
_AD_WORDS = r"anzeige|werbung|publicité|publicidad|pubblicità|publicidade|advertentie|reklama|реклама"
_PROMO_FIXED = re.compile(
    rf"^(?:advertisement|advertising|{_AD_WORDS}|"
    r"sponsored(?: content| post| by\b.*)?|ad|paid (?:content|post|partner\b.*)|"
    r"promoted(?: content| stories)?|story continues below.*|article continues below.*|continue reading below.*|"
    r"thanks for signing up!?|already a (?:subscriber|member)\b.*|subscribers? only\b.*|"
    r".*\bwe may earn (?:a )?commission\b.*|.*\baffiliate links?\b.*|this content is (?:imported|provided) from\b.*|"
    r".*\bnewsletter\b.{0,40})[\s:!.]*$", re.I)


# An advertisement's label set between the article's paragraphs ("Advertisement", "Story continues below").
_AD_LABEL = re.compile(
    rf"^(?:advertisement|advertising|{_AD_WORDS}|ad|sponsored|story continues below.*|article continues below.*|"
    r"continue reading below.*)[\s:!.]*$", re.I)


# A link to the comments with their count ("Comments (12)", "12 comments"), set under the lead.
_COMMENT_COUNT = re.compile(rf"^(?:{_COMMENT_WORD}\s*[(\[]?\d+[)\]]?|\d+\s+{_COMMENT_WORD})$", re.I)


# A line of bare "Follow @handle" prompts, one or several, a copy often glues together ("Follow @deskFollow
# @janedoe"): no social site is named, so the "Follow X on Twitter" test above does not see them.
# The handle may be given as an outlet's ("Follow Harbour News’s @janedoe.").
_FOLLOW_HANDLES = re.compile(
    r"^(?:[-–—•]\s*)?(?:(?i:follow)(?: (?i:us|me|him|her|them)| (?:[A-Z][\w.&-]*\s){0,3}[A-Z][\w.&-]*['’]s)?(?: (?i:on) \w+)?"
    r"\s*:?\s*@\w+?(?=[\s,.;]|(?i:follow)|$)[\s,.;]*)+$")


# The outlet's notes on its own shows and its calls to readers, set under a story: when a show airs ("Harbour Hour
# airs on Coast Radio 101 weekdays from 6 a.m.", "Quay Talk is seen weekdays on the Harbour Channel.", "Check out
# what time “Quay Talk” airs in your area."), where to look next ("Stay tuned to example.com for the latest on the
# vote.", "Please check back Monday for the latest."), and how to write in, with the address ("Are you a dock worker
# who saw the collapse? Reach out to Jane Doe at jdoe@example.org.", "Send tips to jane@ example.org.", "You can also
# contact us in the following ways:").
_SHOW_SCHEDULE = re.compile(
    r"^(?:[\"“]?[A-Z][\w.’'&-]*[\"”]?\s+){1,6}(?:airs|is seen|is heard|is broadcast|can be (?:seen|heard))\b[^.!?]{0,100}?"
    r"\b(?:weekdays|weeknights|weekends|daily|nightly|(?:mon|tues|wednes|thurs|fri|satur|sun)days|every (?:day|morning|evening|"
    r"night|week(?:day|night|end)?))\b")
_OUTLET_CALL = re.compile(
    r"\bairs in your (?:area|market)\b"
    r"|^stay tuned (?:to|at) \S+ for\b"
    r"|\bplease check back\b[^.!?]{0,40}\bfor (?:the latest|more|updates)\b"
    r"|^(?:you can )?(?:also )?(?:contact|reach) us (?:in the following ways|here)\s*:?$"
    # (a writer's own address, "Write to him at ...", closes a note on the writer: an author note, not this)
    # (an address after a bare "E-mail:" label is a contact line, and "Email vote@example.org for details" may be
    # the article's: the call names whom it addresses)
    r"|(?:^|[.!?]\s+)(?:if [^.!?]{1,40},\s*)?(?:tell us|reach out to|get in touch|(?:contact|e-?mail) (?:us|our|the|[A-Z]\S*['’]s)"
    r"|send (?:us )?(?:your )?(?:(?:news )?tips|stories|views|letters?)(?: to)?)\b(?!\s+(?:him|her|them|the (?:author|writer|reporter))\b)"
    r"[^.!?@]{0,80}?[\w.+-]+@\s?[\w-]+(?:\.[\w-]+)+",
    re.I)
# A note that the story is still being written, alone on its line with the outlet's promise of more ("Developing...",
# "Story developing.", "This is a developing story. Refresh the page for updates.", "This story is developing.
# Please check back for further updates.", "Check back for updates."): the site's state of the page, not the story.
_STORY_STATE = (r"(?:(?:this is an? |this |the )?(?:developing(?: news)?(?: story)?|breaking(?: news)? story)|(?:this |the )?story"
                r"(?: is)?(?: still)? developing|(?:this|the) (?:story|post|article) will be updated)")
_STORY_STATE_CALL = (r"(?:and |it |we |we'll |we will )?(?:please )?(?:check back|refresh|stay tuned|will be updated|update"
                     r"|more (?:details|information|to come)|(?:further |more )?updates? (?:to follow|soon))")
_STORY_STATE_NOTE = re.compile(
    rf"^(?:{_STORY_STATE}(?:\s*(?:\.\.\.|…|[.!:,;—–-]))*(?:\s*{_STORY_STATE_CALL}[^.!?]{{0,80}}[.!…]*)?"
    rf"|(?:please )?check back (?:later |soon |often |here )?for (?:more|(?:further |more )?updates|the latest"
    r"|more (?:details|information))[^.!?]{0,60}[.!…]*"
    r"|refresh (?:this |the )?(?:page|post) for (?:the latest|updates?|updated information|more)[^.!?]{0,60}[.!…]*"
    r"|more (?:details |information )?to (?:follow|come)[.!…]*)\s*$",
    re.I)
_MAX_STORY_STATE_CHARS = 160
_STORY_STATE_INITIALS = frozenset("TtSsDdBbCcPpRrMm")
# Every _SHOW_SCHEDULE and _OUTLET_CALL match holds one of these (lower case): cheap tests that spare most lines
# the patterns.
_SHOW_SCHEDULE_LITERALS = (" airs ", " is seen ", " is heard ", " is broadcast ", " can be seen ", " can be heard ")
_OUTLET_CALL_LITERALS = ("@", "airs in your", "stay tuned", "check back", " us in the following", " us here")


def _is_outlet_call(text: str) -> bool:
    low = lower_for_literals(text)
    # A show's schedule alone on its line: an article's sentence may say when a show airs and go on.
    schedule = (len(text) <= 160 and (low is None or any(literal in low for literal in _SHOW_SCHEDULE_LITERALS))
                and _SHOW_SCHEDULE.match(text) and not _SENTENCE_BREAK.search(text))
    call = schedule or (low is None or any(literal in low for literal in _OUTLET_CALL_LITERALS)) and _OUTLET_CALL.search(text)
    return bool(call) and not _REPORTING.search(text)


def _is_promo(text: str) -> bool:
    # Quoted words are no promotion, unless the quotes hold a show's or a book's name only.
    if len(text) > 300 or _looks_quoted(text) and not _quotes_only_names(text):
        return False
    low = lower_for_literals(text)
    promo = (_fixed_promo_literal(low) and _PROMO_FIXED.match(text) or _has_promo_call(text) and _PROMO_TARGET.search(text)
             or _worded_promo_literal(low) and (_SUGGESTED_PROMO.search(text) and _PROMO_TARGET.search(text)
                                               or _LISTEN_PROMO.search(text) or _FOLLOW_TOPIC.search(text)))
    # Reported speech is no promotion: tested last, as it is rarely needed.
    return bool(promo) and not _REPORTING.search(text)


# An outlet's call is short: one that follows a sentence of twenty words or more is a link set in the article's
# prose ("Readers of this column know the background, as this space covered it in February when ... Click here to
# see that background; we'll give a short summary now.").
_MAX_WORDS_BEFORE_CALL = 20


def _has_promo_call(text: str) -> bool:
    call = _PROMO_VERB.search(text)
    if call is None:
        return False
    # unless the sentence before it is about the outlet's offer ("We will soon launch Harbour Notes, a weekly
    # newsletter bringing you ... Sign up here.")
    before = text[:call.start()]
    return len(words_of(before)) < _MAX_WORDS_BEFORE_CALL or _PROMO_TARGET.search(before) is not None


# Every _PROMO_FIXED label starts with one of these or holds one of the phrases (lower case): a cheap
# test that spares most lines the pattern, whose ".*" branches try every position.
_FIXED_PROMO_STARTS = ("ad", "anzeige", "werbung", "public", "pubblicit", "reklama", "реклама", "sponsored", "paid ",
                       "promoted", "story continues below", "article continues below", "continue reading below",
                       "thanks for signing up", "already a ", "subscriber", "this content is ")
_FIXED_PROMO_PHRASES = ("we may earn", "affiliate link", "newsletter")


# Every _SUGGESTED_PROMO, _LISTEN_PROMO and _FOLLOW_TOPIC match holds one of these (lower case).
_WORDED_PROMO_LITERALS = ("you can", "listen", "interest", "topic", "stor", "alert")


def _may_be_worded_promo(text: str) -> bool:
    return _worded_promo_literal(lower_for_literals(text))


def _worded_promo_literal(low: str | None) -> bool:
    return low is None or any(literal in low for literal in _WORDED_PROMO_LITERALS)


def _may_be_fixed_promo(text: str) -> bool:
    return _fixed_promo_literal(lower_for_literals(text))


def _fixed_promo_literal(low: str | None) -> bool:
    """The cheap test of :func:`_may_be_fixed_promo` on the text lower-cased by :func:`lower_for_literals`."""
    return low is None or low.startswith(_FIXED_PROMO_STARTS) or any(p in low for p in _FIXED_PROMO_PHRASES)


_NAV_WORDS = frozenset(
    """skip to main content|skip to content|skip navigation|menu|main menu|open menu|close menu|close|search|
    home|homepage|log in|login|sign in|register|my account|account|back to top|top|next article|
    previous article|next story|previous story|next|previous|toggle navigation|privacy policy|privacy|
    terms of use|terms of service|terms and conditions|terms & conditions|cookie policy|cookie settings|
    cookie preferences|manage cookies|contact us|contact|about us|about|advertise|advertise with us|
    accessibility|sitemap|site map|careers|jobs|help|faq|subscriptions|corrections|rss|
    all sections|sections|more sections|edition|us edition|uk edition|international edition|
    do not sell my personal information|your privacy choices|feedback|topics|trending topics|
    zurück|zurück zur übersicht|zurück zur startseite|startseite|impressum|datenschutz|datenschutzerklärung|
    kontakt|suche|anmelden|einloggen|registrieren|mentions légales|accueil|rechercher|se connecter|
    politique de confidentialité|inicio|buscar|aviso legal|política de privacidad|contacto|iniciar sesión|
    suche nach|beitrags-navigation|beitragsnavigation|kategorien|archiv"""
    .replace("\n", "").replace("    ", "").split("|")
)
_BREADCRUMB_SEP = re.compile(r"\s*(?:[›»>|•·/]|\s-\s)\s*")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"')]+", re.I)

_CREDIT_LABEL = (
    r"(?i:photo(?:graph)?s?|image|picture|pic|illustration|graphic|video|footage|photo illustration|"
    r"credit|photo credit|image credit|image source|main image credit|top image)"
)
# Picture agencies, case-sensitive on purpose: "EPA" the agency, not "ePA" the acronym.
_AGENCY = (
    r"(?:Getty(?: Images)?|AFP|Reuters|REUTERS|AP|AP Photo|The Associated Press|EPA(?:-EFE)?|Shutterstock|"
    r"Alamy|PA(?: Media| Wire)?|Bloomberg|Xinhua|Anadolu(?: Agency)?|SIPA|Sipa|ZUMA(?: Press)?|NurPhoto|"
    r"Imago|iStock|Newscom|ABACA|Rex|NASA|ESA|UPI|Pool)"
)
_PERSON = r"(?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*"
# A wire credit's note on where the picture comes from: "(AP Photo/Jane Doe, File)"; unbracketed, also after a
# slash ("REUTERS/Jane Doe/File Photo", "Jane Doe/Getty Images, FILE").
_CREDIT_NOTE = r"(?:\s*,\s*(?i:file|pool|handout))?"
_LOOSE_CREDIT_NOTE = r"(?:\s*,\s*(?i:file|pool|handout)|\s*/\s*(?i:file photo|handout|pool))?"
_CREDIT_TAIL = re.compile(
    r"(?:"
    # (Photo: Justin Sullivan/Getty Images), (Image credit: NASA)
    rf"\(\s*{_CREDIT_LABEL}\s*(?i:by|credit)?\s*[:/,]\s*[^()]{{1,80}}\)"
    # (AP Photo/Evan Vucci), (Justin Sullivan/Getty Images), (Reuters)
    rf"|\(\s*{_AGENCY}(?:\s+(?i:photo))?(?:\s*/\s*{_PERSON})?{_CREDIT_NOTE}\s*\)"
    rf"|\(\s*{_PERSON}\s*/\s*{_AGENCY}(?:\s+via\s+Getty Images)?{_CREDIT_NOTE}\s*\)"
    # (Jane Doe/The Dallas Morning News via AP, File), (AP Photo/The Canadian Press, Jane Doe), (Photo by Jane Doe/AP)
    rf"|\([^()]{{1,80}}\bvia\s+{_AGENCY}{_CREDIT_NOTE}\s*\)|\(\s*{_AGENCY}\s+(?i:photo)\s*/[^()]{{1,80}}\)"
    rf"|\(\s*{_CREDIT_LABEL}\s+(?i:by)\s+[^()]{{1,80}}\)"
    # Photograph: Justin Sullivan/Getty Images   Credit...Jane Doe for The New York Times
    rf"|\b{_CREDIT_LABEL}\s*(?i:by)?\s*(?::|\.\.\.|…)\s*[^.!?]{{2,90}}"
    # "... ate a rabbitCredit: Getty - Contributor": the label glued to the caption by the page's layout
    r"|(?<=[a-z.!?])(?:Credit|Picture|Photo|Image)\s*:\s*[A-Z][^.!?]{1,89}"
    # Justin Sullivan/Getty Images   REUTERS/Lucas Jackson   AFP via Getty Images   Angela Weiss/AFP/Getty Images
    # Jane Doe/Pool via REUTERS (a pool picture handed on by the agency)
    rf"|(?<![\w/]){_PERSON}\s*/\s*{_AGENCY}(?:\s*/\s*{_AGENCY})*(?:\s+via\s+{_AGENCY})?{_LOOSE_CREDIT_NOTE}"
    # REUTERS/Jane Doe, REUTERS/Harbour Police/Handout via Reuters (a handout picture passed on by the agency)
    rf"|(?<![\w/]){_AGENCY}\s*/\s*{_PERSON}(?:\s*/\s*(?i:handout))?(?:\s+via\s+{_AGENCY})?{_LOOSE_CREDIT_NOTE}"
    # "FOX via Getty Images", "Bloomberg via Getty Images, FILE": a picture's owner handed on by the agency
    rf"|\b{_PERSON}\s+via\s+Getty Images{_LOOSE_CREDIT_NOTE}"
    # "... in New York.Reuters", "... in Natanz, Iran. Getty Images, FILE": an agency after the last sentence
    rf"|(?<=[.!?])\s*{_AGENCY}{_LOOSE_CREDIT_NOTE}"
    r")\s*$"
)
# An agency name glued after the last sentence ("... in New York.Reuters"): the one credit form
# without a parenthesis, a slash, a label's colon or "via Getty Images".
_GLUED_AGENCY = re.compile(rf"[.!?]\s*{_AGENCY}\s*$")


def _may_end_in_credit(text: str) -> bool:
    """Whether ``text`` holds what one of the credit forms of _CREDIT_TAIL needs: a cheap test that
    spares most paragraphs the costly search. The bracketed forms end the text with their bracket; a
    label's colon or ellipsis needs the label; the other forms need a slash, "Getty Images" or an agency
    glued to the last sentence."""
    return (text.rstrip().endswith(")") or "/" in text or _has_credit_label_mark(text) or "Getty Images" in text
            or bool(_GLUED_AGENCY.search(text)))


# Lower-case literals of which every _CREDIT_LABEL alternative holds one.
_CREDIT_LABEL_LITERALS = ("photo", "image", "pic", "illustration", "graphic", "video", "footage", "credit")


def _has_credit_label_mark(text: str) -> bool:
    """A label's colon or ellipsis and, unless the text holds letters that IGNORECASE matches otherwise
    than lower-case, one of the label's words."""
    if ":" not in text and "…" not in text and "..." not in text:
        return False
    low = lower_for_literals(text)
    return low is None or any(literal in low for literal in _CREDIT_LABEL_LITERALS)


# Wire-photo captions open with "In this Dec. 12, 2006, file photo, ..." (AP adds "FILE - " before it).
_CAPTION_START = re.compile(
    r"^(?:(?:image|media) caption\s*[:,]|caption\s*:|(?:pictured|above|top|left|right|below|inset)\s*:|"
    r"(?:file\s*[-–—]\s*)?in this [\w .,]{0,40}\b(?:file |handout |pool |undated )?(?:photo|image|picture|photograph)\b|"
    r"in this handout\b|this (?:photo|image|handout photo|file photo)\b|file photo\s*:|"
    r"(?:file\s*[-–—]\s*)?this [\w .,]{0,40}\b(?:file|handout|pool|undated) (?:photo|image|picture|photograph)\b|"
    # AP marks an archive picture's caption "FILE - ..." (upper case: no sentence opens so)
    r"(?-i:FILE)\s*[-–—]\s)",
    re.I)

_BYLINE_BY = re.compile(
    r"^(?i:by|written by|words by|story by|reporting by|reported by|text by|analysis by|commentary by)\s+[A-Z\u00c0-\u00de]")
_BYLINE_SMALL_WORDS = frozenset({"and", "de", "van", "von", "der", "da", "del", "in", "the", "staff", "of", "bin", "al"})
_REPORTING_BY = re.compile(r"^(?:additional )?(?:reporting|writing|editing|compiled|research) by\b", re.I)
_NAME = r"[A-Z\u00c0-\u024f][\w\u00c0-\u024f'’.-]*(?:\s+(?:de|van|von|da|del|bin|al|la|le)\b)?"
_BYLINE_ROLE = re.compile(
    rf"^(?:{_NAME}\s+){{1,3}}{_NAME}\s*(?:,|\||–|—|-)\s*(?:[\w-]+\s+){{0,3}}(?i:{_ROLE_WORDS})\b")
_NAME_LINE = re.compile(rf"^(?:{_NAME}\s+){{1,3}}{_NAME}$")

_META_WORDS = frozenset(
    """published updated posted modified last first on at am pm a.m p.m et est edt pst pdt cst cdt mst mdt
    gmt bst utc cet cest ist aest min mins minute minutes read reading time ago hour hours hr hrs day
    days week weeks month months year years yesterday today just now mon tue wed thu fri sat sun monday
    tuesday wednesday thursday friday saturday sunday date created by""".split()
)


@functools.lru_cache(maxsize=16384)
def _local_reason(text: str) -> str | None:
    """The noise category of one paragraph on its own, or None if nothing marks it as noise.

    Pure, and cached: page chrome ("Home", "Share", "© 2024 ...") repeats across pages.

    Only high-confidence patterns fire here; every rule is limited to short paragraphs so a
    long body paragraph that merely mentions a newsletter or a photo is never dropped.
    """
    t = text.strip().lstrip("\ufeff")  # a byte-order mark glued to a line hides nothing from the rules
    n = len(t)
    words = words_of(t)
    if not words:
        # Rules and ornaments ("***", "—", "|") carry no text; numbers alone may be data.
        if n <= 40 and find_date(t):
            return "dateline-meta"  # a bare date line: "2019-03-13", "05/08/2017"
        return "separator" if n <= 40 and not any(c.isalnum() for c in t) else None
    if n <= 300 and _may_be_copyright(t) and _COPYRIGHT.search(t):
        return "copyright"
    if _is_code_line(t):
        return "code"
    if n <= 120 and _is_share_bar(t):
        return "share"
    if n <= 100 and _COMMENT.match(t) or n <= 250 and _is_comment_call(t):
        return "comment"
    if (n <= 160 and _VIDEO.match(t) or t[0] == "[" and n <= 250 and _EMBED_SHORTCODE.match(t)
            or n <= _MAX_CAPTION_CHARS and t[0] in "Mm" and _PLAYER_CAPTION.match(t)):
        return "video"
    # A bracketed link label ("(RELATED: Mayor Says Pier Will Close)"), or a label and its colon before a headline
    # that ends in no full stop ("Related: Mayor Says Pier Will Close"), is a link whatever the headline says.
    if n <= 250 and _READ_MORE.match(t) and (
            not _REPORTING.search(t) or _INLINE_LINK.fullmatch(t) or _is_labelled_headline(t)) and not (
        # a label's separator ("Read more: ...", "À lire aussi » ...") marks a link, not a sentence; without
        # one, a line of two sentences is the article's ("Also on the story was the Post. Its headline:")
        (_ends_sentence(t) and len(words) > 12 or _sentence_count(t) > 1) and not any(sep in t[:25] for sep in ":»›")
    ):
        return "read-more"
    if n <= 200 and _is_teaser_link(t):
        return "read-more"
    if n <= 250 and _GLUED_RELATED.match(t) or n <= _MAX_GLUED_BOX_CHARS and _GLUED_RELATED_BOX.match(t):
        return "read-more"
    if n <= 120 and _LINK_TO_SOURCE.match(t):
        return "read-more"
    if _is_promo(t) or n <= 160 and (_FOLLOW_HANDLES.match(t) or _WRITE_IN.match(t)) or (
            n <= _MAX_STORY_STATE_CHARS and t[0] in _STORY_STATE_INITIALS and _STORY_STATE_NOTE.match(t)) or (
            # a note on the writer that gives the address to write to stays an author note
            n <= 300 and _is_outlet_call(t) and not _is_author_note(t)):
        return "promo"
    credit = _credit_reason(t) or ("credit" if n <= 40 and (_is_wire_credit(t) or _PICTURE_AGENCY_LINE.match(t))
                                   or n <= _MAX_BY_CREDIT_CHARS and _is_by_credit(t) else None)
    if credit:
        return credit
    if _is_byline(t):
        return "byline"
    if n <= 120 and _is_dateline_meta(t):
        return "dateline-meta"
    if n <= 160 and _is_navigation(t):
        return "navigation"
    if _is_author_note(t):
        return "author-note"
    return None


# A page's code left in the scraped text, one line of it: an HTML comment holding an ad's settings
# ("<!-- ad_size = '300x250'; //-->"), tags with no text between them ('<embed id="42"></embed>'), a style
# rule ("@media screen and (min-width: 500px) {.box { display: none; }}"), a script's statements
# ("var via = 'Harbour'; share.init({...})"). Only a whole line of code, on one line: a tutorial's code
# block keeps its line breaks, and a sentence naming a tag or a property is no such line.
_HTML_COMMENT_LINE = re.compile(r"^<!--[^\n]*-->$")
_MARKUP_ONLY = re.compile(r"^(?:</?[A-Za-z][\w:-]*(?:\s[^<>\n]*)?/?>\s*)+\.?$")
_STYLE_BLOCK = r"[#.@\w][^{}\n]{0,200}\{(?:\s*[\w-]+\s*:\s*[^;{}\n]+;?)+\s*\}"
_STYLE_RULE = re.compile(rf"^(?:@media[^{{}}\n]{{0,200}}\{{\s*(?:{_STYLE_BLOCK}\s*)+\}}|(?:{_STYLE_BLOCK}\s*)+)$")
_SCRIPT_LINE = re.compile(r"^(?:var|let|const)\s+[\w$]+\s*=[^;\n]+;[^\n]*[;)}]$")
_MIN_SCRIPT_STATEMENTS = 2


def _is_code_line(text: str) -> bool:
    if text[0] == "<":
        return bool(_HTML_COMMENT_LINE.match(text) or _MARKUP_ONLY.match(text))
    if "{" in text and "}" in text and ":" in text and _STYLE_RULE.match(text):
        return True
    return text[:3] in ("var", "let", "con") and text.count(";") >= _MIN_SCRIPT_STATEMENTS and bool(_SCRIPT_LINE.match(text))


_LABEL_COLON = re.compile(r"^[^:]{1,25}:\s*")
_MAX_LINKED_HEADLINE_WORDS = 20


def _is_labelled_headline(text: str) -> bool:
    """A link label and its colon before a headline: the words after it end in no full stop or other sentence end."""
    label = _LABEL_COLON.match(text)
    if label is None:
        return False
    headline = text[label.end():]
    return not _ends_sentence(headline) and 0 < len(words_of(headline)) <= _MAX_LINKED_HEADLINE_WORDS


# The page's call for readers' letters or tips with the address to write to ("• Join the debate – email
# letters@example.com", "Send us your tips at tips@example.org"): the outlet's, never an article's sentence.
_WRITE_IN = re.compile(
    r"^(?:[•·*–-]\s*)?(?:join the (?:debate|conversation|discussion)|have your say|write to us|e-?mail us"
    r"|send (?:us )?(?:your )?(?:letters?|(?:news )?tips|views|comments|stories)|got a (?:news )?(?:tip|story)"
    r"|contact us)\b[^.!?@]{0,60}?[\w.+-]+@[\w-]+\.[\w.]+\s*\.?$", re.I)


# A publishing system's placeholder for an embedded post or player, left in a scraped body
# ("[embedtweet id=1234]", "[jwplayer abc123]").
_EMBED_SHORTCODE = re.compile(
    r"^\[(?:embed\w*|tweet|jwplayer|youtube|vimeo|instagram|facebook|video|audio|gallery|playlist)\b[^\[\]]{0,200}\]$", re.I)


def _looks_quoted(text: str) -> bool:
    return sum(text.count(q) for q in "\"“”") >= 2


# A quoted span that names something (a show, a book: "Harbour Hour", “The Quay Podcast.”), not a quoted sentence.
_QUOTED_SPAN = re.compile(r"[\"“]([^\"“”]{1,80})[\"”]")
_MAX_QUOTED_NAME_WORDS = 5


def _quotes_only_names(text: str) -> bool:
    """Whether every quoted span is a title-case name of a few words: a promo names its show in quotes, while
    a quoted sentence ("Subscribe to our channel," she said) is someone's words."""
    spans = _QUOTED_SPAN.findall(text)
    return bool(spans) and all(
        (words := words_of(span)) and len(words) <= _MAX_QUOTED_NAME_WORDS and all(w[0].isupper() or w.lower() in STOPWORDS
                                                                                   for w in words)
        and not span.rstrip().endswith((",", "?", "!"))
        for span in spans)


_NETWORKS = frozenset(
    "facebook twitter whatsapp linkedin reddit pinterest email messenger telegram flipboard".split())


# The outlet's rule on where to comment ("We encourage readers who wish to comment on our stories to do so through
# our Facebook page."): the page's, whatever the story. (A writer's call to comment, "Let us know in the comments",
# stays: trafilatura-eval's gold counts a blog's as its text.)
_COMMENT_CALL = re.compile(
    r"\bwho (?:wish|want|would like) to comment on our (?:material|stories|articles|content|coverage)\b"
    # a template's call closing the story ("Have something to add to this story? Share it in the comments.", "What do
    # you think? Sound off in the comments below."); a blog's own words ("Let us know in the comments") are its post's
    r"|(?:^|[.!?]\s+)(?:sound off|share (?:it|them|your (?:thoughts|views|story|stories))) in the comments?"
    r"(?: section)?(?: below)?[.!]*$", re.I)


def _is_comment_call(text: str) -> bool:
    low = lower_for_literals(text)
    return (low is None or "comment" in low) and bool(_COMMENT_CALL.search(text))


def _is_share_bar(text: str) -> bool:
    if _SHARE.match(text):
        return True
    tokens = [w.lower() for w in re.findall(r"[\w-]+", text)]
    if not tokens or len(tokens) > 14:
        return False
    if len(tokens) == 1 and tokens[0] in _NETWORKS:
        return True  # one button of a share bar on its own line ("Facebook", "Twitter")
    social = sum(1 for tok in tokens if tok in _SOCIAL or tok.isdigit())
    named = sum(1 for tok in tokens if tok in _NETWORKS)
    return named >= 2 and social / len(tokens) >= 0.75


_MAX_CAPTION_CHARS = 400
_MAX_LONG_CAPTION_CHARS = 1500
# A bracketed credit naming a picture or its photographer, not a bare "(Reuters)" citing a source.
_NAMED_PHOTO_CREDIT = re.compile(r"\([^()]*(?:\b(?i:photo|image|picture)s?\b|/|\bvia\b)[^()]*\)")


# A picture's credit in square brackets on its own line, as blogs set it under the picture or the story ("[Image via
# Harbour Times]", "[Photo courtesy of Jane Doe]", "[Lead image via Example.com.]", "[h/t Harbour Times] [Image via
# Shutterstock]").
_BRACKETED_CREDIT = re.compile(
    r"^(?:\[(?i:h/t|hat tip|via)\b[^\[\]]{1,60}\]\s*)?\[\s*(?i:(?:lead |top |header |featured |main )?"
    r"(?:images?|photos?|pictures?|pics?|graphics?|illustrations?|screenshots?|screengrabs?))"
    r"(?i:\s+credits?)?\s*(?i:via|courtesy(?: of)?|by|from|source)?\s*:?\s+[^\[\]]{1,120}\]$")


def _credit_reason(text: str) -> str | None:
    """'caption' for a picture description ending in a photo credit, 'credit' for a bare credit.

    Wire captions can run long (AP's retell the story in a few sentences): past
    _MAX_CAPTION_CHARS a paragraph is a caption only by a caption opening or a bracketed credit
    naming the picture or its photographer ("(AP Photo/Jane Doe)", "(Jane Doe via AP)").
    """
    if len(text) > _MAX_LONG_CAPTION_CHARS:
        return None
    if _CAPTION_START.match(text):
        return "caption"
    if text[0] == "[" and len(text) <= 200 and _BRACKETED_CREDIT.match(text):
        return "credit"
    m = _CREDIT_TAIL.search(text) if _may_end_in_credit(text) else None
    if not m:
        return None
    names_a_picture = bool(_NAMED_PHOTO_CREDIT.match(m.group(0)))
    if len(text) > _MAX_CAPTION_CHARS and not names_a_picture:
        return None
    head = text[: m.start()].strip(" .,;:-–—|")
    if len(words_of(head)) < 3:
        return "credit" if len(words_of(text)) <= 14 else None
    # Captions describe a picture; a paragraph with reported speech that ends in an agency
    # name in brackets is a body paragraph citing its source.
    if _REPORTING.search(head) and not (names_a_picture or re.search(_CREDIT_LABEL, m.group(0))):
        return None
    return "caption"


# A picture's credit alone on its line, with "by" and no colon ("Photo by Jane Doe", "Photograph by Jane Doe,
# Example Trust", "Photo by jdoe on Example", "Foto von Erika Muster"): a capitalised label opening the line,
# then a name, not a sentence ("Photo by photo, the city rebuilt itself.", "Picture by the sea").
_BY_CREDIT = re.compile(
    r"^(?:Photo(?:graph)?s?|Image|Picture|Illustration|Foto|Bild)(?: credit)?\s+(?:by|von)\s+(?P<who>[^!?:;]{1,80}?)\.?$")
_MAX_BY_CREDIT_CHARS = 120
_MAX_BY_CREDIT_WORDS = 10
# Words of a credit besides the names: where the picture was found ("on Example", "via Example", "von Example").
_CREDIT_SMALL_WORDS = _BYLINE_SMALL_WORDS | {"on", "from", "via", "for", "at", "auf", "bei"}
_MIN_BY_CREDIT_CAPITALS = 0.6


def _is_by_credit(text: str) -> bool:
    m = _BY_CREDIT.match(text) if text[:1] in "PIFB" else None
    if not m:
        return False
    words = [w for w in words_of(m["who"]) if w != "/"]
    if not words or len(words) > _MAX_BY_CREDIT_WORDS:
        return False
    named = sum(1 for w in words if w[0].isupper() or w.lower() in _CREDIT_SMALL_WORDS)
    return named / len(words) >= _MIN_BY_CREDIT_CAPITALS


# A line holding only a news agency's name ("Associated Press", "REUTERS", "AP", "AFP"): the story's
# wire credit, printed under the headline or at the end, never a sentence of the article. The short names
# must be in capitals ("AP", not "Ap"); the spelled-out ones in any case.
_WIRE_CREDIT = re.compile(
    r"^[\s—–-]*(?:(?i:(?:the\s+)?associated\s+press|reuters|agence\s+france[- ]presse|press\s+association|xinhua)"
    r"|AP|AFP|UPI|EFE|DPA|dpa|PA Media|PA)[\s.]*$")


# A line holding only a picture agency's name ("Getty.", "Shutterstock", "AP Photo"): the credit of the picture above
# or below it, which a scrape keeps without its caption. Agencies whose name is also a common word ("Pool", "Rex")
# are left out: a list's item may be that word alone.
_PICTURE_AGENCY_LINE = re.compile(
    r"^(?:Getty(?: Images)?|GETTY(?: IMAGES)?|Shutterstock|SHUTTERSTOCK|Alamy|iStock(?:photo)?|AP Photo|EPA(?:-EFE)?|"
    r"ZUMA(?: Press| Wire)?|NurPhoto|Imago|Newscom|ABACA(?:PRESS)?|Corbis)[\s.]*$")


def _is_wire_credit(text: str) -> bool:
    return bool(_WIRE_CREDIT.match(text))


_SOCIAL_HANDLE = re.compile(r"\(?@[\w.]+\)?")


def _is_byline(text: str) -> bool:
    if len(text) > 160:
        return False
    if _REPORTING_BY.match(text):
        return True
    if _BYLINE_BY.match(text):
        # "By Jane Doe and John Roe, Staff Writers | March 3": mostly capitalised name words,
        # not a sentence ("By Tuesday, prices had doubled.").
        rest = _strip_stamps(re.sub(r"^\w+(?: by)?\s+", "", text, flags=re.I)).strip(" |·•,")
        rest = re.sub(r"^the\s+", "", rest, flags=re.I)  # "Analysis by the BBC's Jane Doe"
        rest = _SOCIAL_HANDLE.sub(" ", rest)  # "By Jane Roe (@janeroe)": the handle is no word of a sentence
        words = words_of(rest)
        if not words or len(words) > 16 or _ends_sentence(rest):
            return False
        capital = sum(1 for w in words if w[0].isupper() or w.lower() in _BYLINE_SMALL_WORDS)
        return capital / len(words) >= 0.7
    if len(text) > 90:
        return False
    role = _BYLINE_ROLE.match(text)
    # "Jane Doe, Harbour correspondent" ends at its role; a sentence that names someone by a role word and goes on
    # ("The mayor, a frequent port critic, had rare praise for the ferry on Monday.") is the article's.
    return bool(role) and not (_ends_sentence(text) and len(words_of(text[role.end():])) >= 3)


def _is_dateline_meta(text: str) -> bool:
    # Every date and time pattern needs a digit: most lines are spared the searches.
    has_date = bool(_HAS_DIGIT.search(text) and (find_date(text) or _DATE_NO_YEAR.search(text) or _TIME.search(text)))
    low = text.lower()
    has_meta = bool(_META_MARKER.search(low) or _READING_TIME.search(low))
    if not (has_date or has_meta):
        return False
    rest = _strip_stamps(low)
    leftover = [w for w in re.findall(r"[^\W\d_]+", rest) if w not in _META_WORDS]
    return len(leftover) <= 1


_META_MARKER = re.compile(r"\b(?:min(?:ute)?s? read|ago|updated|published|posted|last modified)\b")


def _is_clock_only(text: str) -> bool:
    """A bare time or weekday/time line ("4:14 p.m.", "Tue – Sat 4PM"): no date, no meta word.

    Inside a story such lines are live-blog stamps or opening hours, part of the text.
    """
    return (not find_date(text) and not _DATE_NO_YEAR.search(text) and not _META_MARKER.search(text.lower())
            and not _READING_TIME.search(text))


def _is_navigation(text: str) -> bool:
    low = text.lower().strip(" .:|»›>")
    if low in _NAV_WORDS:
        return True
    if _URL.fullmatch(text.strip()):
        return True
    if text.lstrip().startswith("|"):
        return False  # a table row, not a breadcrumb trail
    parts = [p for p in _BREADCRUMB_SEP.split(text) if p.strip()]
    if len(parts) >= 3 and all(1 <= len(words_of(p)) <= 3 and not _ends_sentence(p) for p in parts):
        return True
    return False


# ---------------------------------------------------------------------------------------
# Whole-document (positional) rules
# ---------------------------------------------------------------------------------------

_MORE_FROM = re.compile(
    r"^(?:more (?:from|on|in|about|stories|news|top stories|headlines|coverage|to read|like this)\b.*|"
    r"most (?:read|popular|viewed|shared|emailed|watched|recent)\b.*|you (?:may|might|could) (?:also )?"
    r"(?:like|enjoy|be interested in)\b.*|recommended(?: for you| stories| reading| articles| videos)?|"
    r"related (?:stories|articles|content|coverage|news|reading|links|posts|topics|videos)(?: (?:from|on|about) .{1,50})?|"
    r"(?:what to )?read next|up next|trending(?: now| stories| news| (?:on|at|in) \S.*)?|top stories|"
    r"latest(?: news| stories| headlines| articles)?|popular(?: now| stories| articles)?|"
    r"editor'?s'? picks|in other news|around the web|from (?:our|the) partners?|from around the web|"
    r"sponsored (?:content|stories|links)|promoted (?:stories|content|links)|don'?t miss|elsewhere on \S.*|"
    r"also on \S.*|more to explore|keep reading|other stories|we recommend|more headlines|"
    r"(?:other )?stories you (?:may|might) (?:also )?(?:find interesting|like|enjoy)|"
    r"more stories from \S.*|in case you missed it|today'?s top (?:stories|news|headlines)|"
    # German
    r"(?:ähnliche|verwandte|weitere|empfohlene|neueste|aktuellste|beliebte|populäre|meistgelesene|passende) "
    r"(?:(?:aktuelle|interessante|spannende|lesenswerte) )?(?:beiträge|artikel|inhalte|nachrichten|news|meldungen"
    r"|themen(?:bereiche)?|links|stories|geschichten|pressemitteilungen|kolumnen)(?: (?:zu|zum|aus|von|der|des|dieses)"
    r"(?: .{1,50})?)?|"
    r"(?:\w+ ){0,3}könnten? (?:sie|dich|euch|ihnen) (?:\w+ ){0,2}interessieren(?: \W)?|mehr zu(?:m|r)? (?:thema"
    r"|themen)\b.{0,50}|"
    r"mehr (?:nachrichten|artikel|beiträge|news|geschichten|themen)\b.{0,50}|mehr (?:aus|von"
    r"|über) (?:[\w.&'’-]+ ?){1,4}|"
    r"(?:artikel|beiträge|mehr|alles) zum thema\b.{0,50}|(?:die )?meist ?gelesen(?:en?)?(?: artikel| beiträge| news"
    r"| nachrichten)?\b.{0,30}|"
    r"empfehlungen (?:aus der|der) redaktion|(?:für dich|für sie) empfohlen|unsere empfehlungen?|das (?:könnte"
    r"|dürfte) .{0,30}gefallen|"
    r"(?:auch|ebenfalls) interessant|schon gelesen\?|(?:das )?interessiert (?:dich|sie|euch) vielleicht auch"
    r"|(?:dich|sie|euch) interessiert vielleicht auch|am meisten gelesen|nicht verpassen|(?:neueste|letzte|aktuelle) kommentare|"
    # French
    r"(?:à |a )?lire aussi|sur le même (?:sujet|thème)|dans la même rubrique|(?:nos )?articles? (?:similaires|liés"
    r"|connexes|correspondants)|"
    r"(?:les )?(?:articles )?(?:les )?plus lus|vous (?:aimerez|pourriez (?:aussi )?aimer)\b.*|à voir aussi"
    r"|pour approfondir|"
    r"(?:les )?dernières (?:actualités|infos|nouvelles)|"
    # Spanish
    r"(?:noticias|notas|artículos|contenidos?|temas) relacionad[oa]s\b.{0,50}|(?:también )?(?:te|le) (?:puede"
    r"|podría) interesar|"
    r"otras noticias|más noticias\b.{0,50}|lo más (?:leído|visto)|(?:las |los )?más (?:leíd|vist)[oa]s"
    r"|últimas noticias|"
    r"más sobre \S.{0,50}|"
    # Italian
    r"(?:ti )?potrebbe(?:ro)? (?:anche )?interessarti|(?:articoli|notizie) correlat[ie]|(?:i )?più letti"
    r"|ultime notizie|altre notizie|"
    # Portuguese
    r"(?:notícias|artigos|matérias) relacionad[oa]s|(?:você )?(?:também )?pode (?:gostar|se interessar)|(?:as "
    r"|os )?mais lid[oa]s|"
    r"últimas notícias|"
    # Dutch
    r"gerelateerde (?:artikelen|berichten|nieuws)|meest gelezen|ook interessant|meer nieuws|"
    # Polish
    r"polecamy|najczęściej (?:czytane|komentowane)|(?:powiązane|podobne|inne) artykuły\b.{0,30}|najnowsze (?:artykuły"
    r"|wiadomości)|"
    # Russian
    r"(?:вам )?(?:также )?может быть интересно|похожие (?:статьи|новости|материалы)|другие новости|самое (?:читаемое"
    r"|популярное)|"
    r"последние новости|материалы по теме)[\s:!.…]*$",
    re.I,
)
# "More Washington Examiner", "More CNN": "More" and a name, as a box of the outlet's other stories is
# headed, or a topic and its "More" link ("Trump Impeachment Inquiry More"). Capitals required:
# "More than 100 people were hurt" is a sentence.
_MORE_OUTLET = re.compile(r"^(?:More(?: [A-Z][\w.&'’-]*){1,4}:?|(?:[A-Z][\w.&'’-]* ){1,5}More)$")


def _is_more_from(text: str) -> bool:
    """The heading of a box of other stories: "More from X", "Most read", "Don't miss", "More X"."""
    t = text.strip()
    return len(t) <= 80 and bool(_MORE_FROM.match(t) or _MORE_OUTLET.match(t))


_READ_MORE_HEADING = re.compile(
    r"^(?:read more|also read|see also|related|read also|more|related articles?|related stories"
    r"|lesen sie auch|lies auch|siehe auch|auch interessant|(?:à |a )?lire aussi|voir aussi|(?:lea|lee|vea) también"
    r"|leggi anche|(?:leia|veja) também|lees ook|(?:czytaj|zobacz) (?:też|także|również)|читайте также)\s*[:.]*$", re.I)


def classify_paragraphs(paragraphs: Sequence[str], *, learned: bool = True) -> list[str]:
    """One reason per paragraph: ``"body"`` for article text, otherwise the noise category.

    With ``learned`` (the default) the rules' verdicts get a second opinion from the paragraph
    model (:mod:`newsfuse.paragraph_model`), which may drop low-scoring kept text or restore a
    paragraph dropped for a soft reason; ``learned=False`` is the rules alone.
    """
    reasons: list[str | None] = [_local_reason(p) or _page_notice_reason(p) for p in paragraphs]
    _mark_embed_labels(paragraphs, reasons)
    deferred = _defer_story_furniture(paragraphs, reasons)
    first_body = _first_body_index(paragraphs, reasons)
    if sum(1 for r in reasons[:first_body] if r is None) <= 4:
        # A short header (title, byline, date) above the article: read it before the context
        # pass, which would count the lines far from the prose as page chrome.
        _mark_title(paragraphs, reasons)
        _mark_header_noise(paragraphs, reasons)
    _mark_by_context(paragraphs, reasons)
    if "title" not in reasons:
        _mark_title(paragraphs, reasons)
        _mark_header_noise(paragraphs, reasons)
    _mark_more_from_blocks(paragraphs, reasons)
    _mark_read_more_lists(paragraphs, reasons)
    _mark_outlying_blocks(paragraphs, reasons)
    _mark_comment_section(paragraphs, reasons)
    _mark_teaser_runs(paragraphs, reasons)
    _mark_linked_cards(paragraphs, reasons)
    _mark_unrelated(paragraphs, reasons)
    _mark_tail(paragraphs, reasons)
    _mark_author_bio(paragraphs, reasons)
    _mark_author_box(paragraphs, reasons)
    _mark_writer_cards(paragraphs, reasons)
    _restore_letter_signoff(paragraphs, reasons)
    _restore_article_lists(paragraphs, reasons)
    _restore_announced_lists(paragraphs, reasons)
    _restore_unanchored_list(paragraphs, reasons)
    _restore_data_lists(paragraphs, reasons)
    _restore_quantity_lists(paragraphs, reasons)
    _restore_data_tables(paragraphs, reasons)
    _restore_wire_leads(paragraphs, reasons)
    _restore_inner_clock_lines(paragraphs, reasons)
    _restore_inner_date_headings(paragraphs, reasons)
    _restore_inner_markers(paragraphs, reasons)
    _restore_embedded_posts(paragraphs, reasons)
    _mark_form_fields(paragraphs, reasons)
    for i, reason in deferred.items():
        if reasons[i] is None:
            reasons[i] = reason
    verdicts = [r or BODY for r in reasons]
    if learned:
        from newsfuse.paragraph_model import refine  # it builds on this module's vocabulary

        verdicts = refine(paragraphs, verdicts)
    return _mark_repeated_paragraphs(paragraphs, verdicts)


def _defer_story_furniture(paragraphs: Sequence[str], reasons: list[str | None]) -> dict[int, str]:
    """Take back, until the passes that read the text's layout are done, the reasons of two kinds of
    furniture those passes count as part of the story they sit in: a widget to follow the story's topic
    ("Add Harbours as an interest ...", which names the topic of a teaser in a box or of an appended story)
    and a syndication notice closing the article (its length is part of the article's when the passes
    weigh the article against a tail of other stories). Read as noise from the start, they shifted which
    appended stories and boxes those passes found (`newsfuse eval metadata`, appended-story paragraphs
    dropped 0.8997 -> 0.8964); the lines still kept after the passes get their reasons back."""
    deferred = {i: r for i, (p, r) in enumerate(zip(paragraphs, reasons))
                if r is not None and (r == "promo" and _FOLLOW_TOPIC.search(p) or r == "copyright" and _SYNDICATION.search(p))}
    for i in deferred:
        reasons[i] = None
    return deferred


# Scraped text often holds a paragraph twice (a wire caption above the story and again in its
# gallery, a summary repeated as the lead): the second copy would count every quote and figure
# in it twice. Short lines repeat legitimately (list labels, "Advertisement"), and so do the
# items of a plan or schedule (the same meal on three days), so only long paragraphs count, only
# when a text repeats a few of them, and only a paragraph that occurs exactly twice.
_MIN_REPEATED_WORDS = 12
_MAX_REPEATED_PARAGRAPHS = 3


def _mark_repeated_paragraphs(paragraphs: Sequence[str], verdicts: list[str]) -> list[str]:
    """A kept paragraph repeating an earlier one word for word is a ``duplicate``; a repeat of a
    caption is a caption too (a long caption may read as prose to every other rule)."""
    # Only a paragraph whose first word another paragraph opens with too can repeat one: the others'
    # keys (the costly part) are not built.
    firsts = [_first_key_word(text) for text in paragraphs]
    openings = Counter(firsts)
    keys = [_key(text) if openings[first] > 1 else None for text, first in zip(paragraphs, firsts)]
    counts = Counter(key for key in keys if key is not None and key.count(" ") + 1 >= _MIN_REPEATED_WORDS)
    if not 0 < sum(1 for n in counts.values() if n > 1) <= _MAX_REPEATED_PARAGRAPHS:
        return verdicts
    first_verdict: dict[str, str] = {}
    out = list(verdicts)
    for i, key in enumerate(keys):
        if counts.get(key, 0) != 2:
            continue  # a second copy; a line the page repeats over and over is part of its make-up
        if key not in first_verdict:
            first_verdict[key] = out[i]
        elif out[i] == BODY:
            first = first_verdict[key]
            out[i] = "duplicate" if first == BODY else first if first in ("caption", "credit") else BODY
    return out


# Page furniture that a browser copy carries and an extractor's HTML never holds: the cookie
# banner and its settings panel, the comment form's fine print, newsletter sign-up forms,
# affiliate notices, gallery counters and one-word buttons. Plain text only (the HTML path has
# the page structure for these); each pattern is limited to short paragraphs.
_NOTICE = re.compile(
    r"\b(?:(?:this|our) (?:web)?site uses cookies|we use cookies|uses? cookies to (?:improve|enhance|give|ensure|provide)"
    r"|cookies (?:are|that (?:are|may be)) (?:absolutely |strictly )?(?:necessary|essential|categori[sz]ed)"
    r"|(?:accept|reject|manage|necessary|non-necessary|functional|analytics?|performance|marketing) cookies\b"
    r"|privacy overview|always enabled"
    r"|save my name(?:,| and)? e-?mail|your e-?mail address will not be published|required fields are marked"
    r"|notify me (?:of|via|by|when)\b|uses akismet|comment data is processed"
    r"|(?:delivered|straight|directly) (?:to|into) your inbox|unsubscribe at any time|no spam\b"
    r"|(?:succes+ful+y|already) subscribed|processing your subscription|opt-in box|activation link"
    r"|may (?:earn|get|receive) (?:an? )?(?:\w+ )?(?:commission|compensation|share of (?:the )?sales?)"
    r"|to (?:view|read|continue reading) (?:the full|this) (?:story|article)|already a subscriber|log in for (?:immediate )?access"
    r"|^(?:for (?:the latest|more|breaking) .{0,60}download (?:our|the \w+(?: \w+)?)|download our) (?:news )?apps?\b"
    r"|(?:^|[.!?] )(?:submit|send|write) (?:a|your) letters? to the editor|would like to send you (?:push )?notifications"
    r"|(?:log|sign) in (?:here )?to (?:leave|post|add|write) a comment"
    r"|slideshow requires javascript|this (?:video|content|feature) requires javascript"
    r"|(?:back to|see full|view (?:the )?full|open) gallery"
    # Other languages: a cookie banner ("Wir verwenden Cookies", "Ce site utilise des cookies") ...
    r"|\b(?:wir (?:verwenden|nutzen|benutzen|setzen)|nous utilisons|utilizamos|usamos|utilizziamo|wij gebruiken|używamy"
    r"|korzystamy z|(?:мы )?используем)(?: [\w-]+){0,3} (?:(?:plików |файлы )?cookies?)"
    r"|\b(?:diese|unsere|ce|notre|este|esta|nuestr[oa]|questo|nostro|nosso|deze|onze|ta|nasz[ae]|наш|этот)"
    r" (?:(?:web)?site|seite|website|webseite|sitio|página|sito|strona|serwis|сайт)(?: web)? (?:verwendet|nutzt"
    r"|benutzt|setzt"
    r"|utilise|utiliza|usa|utilizza|gebruikt|używa|korzysta z|использует)(?: [\w-]+){0,3} (?:(?:plików "
    r"|файлы )?cookies?)"
    # ... the comment form's fine print ("Deine E-Mail-Adresse wird nicht veröffentlicht") ...
    r"|e-?mail(?:-adresse)? wird nicht veröffentlicht|erforderliche felder sind|pflichtfelder sind"
    r"|in diesem browser speichern|dans (?:ce|le) navigateur|en este navegador|in questo browser|neste navegador"
    # (WordPress's other German wordings of the box to keep the name: "... in diesem Browser für die nächste
    # Kommentierung speichern", "... für den nächsten Kommentar in diesem Browser")
    r"|in diesem browser,? für die nächste kommentierung|für den nächsten kommentar in diesem browser"
    r"|in deze browser|w tej przeglądarce|в этом браузере"
    r"|benachrichtige mich über|(?:verwendet|nutzt|utilise|utiliza|usa|gebruikt|używa) akismet"
    r"|(?:adresse (?:e-?mail|de messagerie)|courriel) ne sera pas publiée|champs (?:obligatoires|requis) sont indiqués"
    r"|(?:correo electrónico|e-?mail) no (?:será|se) publica|campos obligatorios están marcados"
    r"|indirizzo e-?mail non sarà pubblicato|campi obbligatori sono contrassegnati|e-?mail não será publicado"
    r"|e-?mailadres wordt niet gepubliceerd|adres e-?mail nie zostanie opublikowany|адрес (?:email"
    r"|электронной почты) не будет опубликован"
    r"|(?:^|[.!?] )(?:sie müssen|du musst|bitte)\b.{0,30}(?:einloggen|anmelden|eingeloggt|angemeldet|registrieren"
    r"|loggen sie sich)\b"
    r".{0,60}(?:kommentar|kommentieren|diskussion)"
    r"|neue beiträge per e-?mail|^para comentar (?:\w+ ){0,3}(?:debes|debés|tienes que|es necesario|por favor)"
    # a paywall's "read the rest" line
    r"|^pour (?:lire|voir|découvrir) la suite\b"
    r"|(?:gib|geben sie) (?:deine|ihre) e-?mail-adresse ein"
    # ... and a newsletter form ("Newsletter abonnieren", "Abonnez-vous à notre newsletter").
    r"|\b(?:newsletter|nieuwsbrief)[ -]?(?:abonnieren|bestellen|anmelden|anmeldung)|(?:zum|für den"
    r"|unseren?) newsletter an(?:melden)?\b"
    r"|(?:abonnez-vous|inscrivez-vous) (?:à|a) (?:notre|la)|(?:suscríbete|suscríbase|suscribite) (?:a|al|para)\b"
    r"|iscriviti alla|inscreva-se (?:na|em)|schrijf je in voor|zapisz się do|подпишитесь на"
    # A reader's feedback prompt under the article ("War der Artikel hilfreich?", "Hat Ihnen dieser Artikel gefallen?").
    r"|(?:hat|gefällt) (?:ihnen|dir|euch) (?:dieser|der) (?:artikel|beitrag)|(?:artikel|beitrag) gefallen\?"
    r"|(?:war|ist) (?:dieser|der) (?:artikel|beitrag) (?:nützlich|hilfreich)"
    r"|wie (?:bewerten|fanden|findest) (?:sie|du) (?:diesen|den) (?:artikel|beitrag)"
    # A blog's like button and its comment box ("Gefällt mir:", "Gib hier deinen Kommentar ein ...") and an
    # embedded post's link ("Sieh dir diesen Beitrag auf Instagram an").
    r"|^(?:gefällt mir|liken)\b.{0,20}$|bloggern gefällt das|deinen kommentar ein|trage deine daten unten ein"
    r"|view this post on instagram|diesen beitrag auf instagram an)",
    re.I)
# More notices of browser copies, apart from _NOTICE so that the lines its hints let through (English
# "publication", "comment") do not pay for these: a supplement's legal disclaimer, a paper's citation
# line, sign-up, subscription and paywall prompts, WordPress's comment form and closed comments, in
# English, German and French.
_NOTICE_MORE = re.compile(
    r"(?:\berhält .{1,40}\b(?:ggf\. |gegebenenfalls |eventuell |unter umständen )?eine provision\b"
    r"|these statements have not been evaluated by the food and drug administration|this document is subject to copyright"
    r"|^citation: .{10,200}\bretrieved \d{1,2} \w+ \d{4} from https?://|^i agree (?:that|to) .{0,60}\bnewsletters?\b"
    r"|(?:get|receive) (?:the )?(?:top|latest|best) .{0,30}\b(?:in|to) your inbox"
    r"|enter your e-?mail (?:address )?(?:below )?to (?:receive|get|subscribe)|^subscribe to (?:e-?mail|our) updates"
    r"|diesen blog zu abonnieren|e-?mail(?:-adresse)? \(?wird (?:benötigt|erforderlich) und nicht veröffentlicht"
    r"|^(?:\(?(?:wird|werden) nicht veröffentlicht\)?|votre commentaire\s*:?\s*\*?|write a comment)$"
    # German and French sign-up and paywall prompts ("direkt in dein Postfach", "Folge uns auf Instagram",
    # "Kostenlos registrieren und weiterlesen", "Vous avez lu 1 des 4 articles gratuits")
    r"|\b(?:(?:direkt|bequem|kostenlos|wöchentlich|täglich|regelmäßig) in (?:dein|ihr|euer)|in (?:dein|euer))"
    r" (?:e-?mail-)?postfach\b|(?:mit|über) (?:unserem|meinem|dem) (?:kostenlosen )?newsletter"
    r"|^(?:folgen sie uns|folge (?:uns|mir)) auf\b|(?:kostenlos )?registrieren und (?:weiter|gratis )?lesen"
    r"|^(?:jetzt|hier) (?:kostenlos )?(?:registrieren|anmelden)\W*$|^unterstütze[n]? (?:sie )?(?:\S+ ){1,3}(?:bereits )?(?:mit|ab) \d"
    r"|vous avez lu \d+ des? \d+ articles|you(?:'ve| have) read \d+ of (?:your )?\d+ free"
    r"|kommentarfunktion (?:ist|wurde) (?:\w+ )?(?:deaktiviert|geschlossen|abgeschaltet)|kommentare sind (?:\w+ )?(?:geschlossen"
    r"|deaktiviert)|sind (?:hier )?keine kommentare möglich|nur (?:angemeldete|registrierte) (?:benutzer|nutzer|mitglieder)"
    r" können kommentieren|les commentaires sont fermés|los comentarios están cerrados|i commenti sono chiusi"
    # A reader-funded site's appeal under the article ("Ihr Beitrag hilft, ...", "Unterstützen Sie unseren
    # Journalismus", "Support independent journalism", "Apoya a El Faro", "Je fais un don"): at a sentence's start,
    # so a report that voters "support us" is not one.
    r"|(?:^|[.!?:] )(?:(?:ihre?|deine?|eure?|jeder?) (?:kleiner? )?(?:beitrag|spende) hilft|(?:jetzt|bitte) spenden\b"
    r"|unterstütze[n]? (?:sie )?(?:uns|unsere[nm]?|unabhängigen|diese[ns]?|den|das|die) (?:\w+ )?(?:journalismus"
    r"|arbeit|berichterstattung|form des journalismus|medien|projekt|magazin|blog|redaktion)\b|unterstütze[n]? (?:sie )?uns\b"
    r"|(?:please )?(?:support|donate to|help fund) (?:us|our (?:journalism|work|reporting|newsroom)|independent journalism)\b"
    r"|apoya (?:a|al|el|nuestro) (?:periodismo|\w+ \w+$)|apóyanos|(?:je fais|faites) un don\b|soutenez(?:-nous)? (?:notre|le"
    r" journalisme|l'information))"
    r"|^thank you for your support[.!]*$|^(?:vielen )?dank für (?:ihre|deine|eure) unterstützung[.!]*$"
    r"|\bif you(?:'re| are) (?:running|using) an ad-?blocker"
    # More sign-up prompts of a site's newsletter ("Sign up to get the best stories of the week", "Verpasse keine
    # News zu ...", "Jetzt für die Top-News anmelden", "Der X-Newsletter: ..."), at the line's start.
    r"|^sign up (?:to|for) (?:get |receive )?(?:the |our )?(?:best|latest|top|daily|weekly)\b|^get (?:regular|daily"
    r"|weekly) updates\b|^(?:receive|get) a (?:daily|weekly) (?:list|digest|roundup|e-?mail)\b"
    r"|\b(?:delivered|straight|directly) (?:to|into) their inbox(?:es)?\b"
    r"|^(?:verpasse|verpassen sie) (?:keine|nichts)\b|\bnichts mehr verpassen\?|^keine .{1,50} mehr verpassen\b"
    r"|^jetzt (?:für|zum) .{1,40} anmelden\W*$|^(?:der|unser) [\w-]*newsletter\s*:"
    # and its opening, a reader pleased by the article ("If you enjoyed this article, ...")
    r"|^(?:if you (?:enjoyed|liked|valued) (?:reading )?this (?:article|post|story|piece)|wenn (?:ihnen|dir|euch)"
    r" (?:unser|der|dieser) (?:artikel|beitrag|text) gefallen hat|si (?:te|le) (?:gustó|ha gustado) (?:este|esta)"
    r" (?:artículo|nota)|si vous avez aimé cet article)\b"
    r")", re.I)
# Some hints are longer than one word so that common words ("Donald", "supporters", "funding", "August") do
# not let the costly pattern run; those hints hold no "s" or "i", whose IGNORECASE matches ("ſ", "ı") lower-case
# to other letters, so every line the pattern matches still holds one.
_NOTICE_MORE_HINTS = ("provision", "food and drug", "subject to copyright", "retrieved", "i agree", "inbox",
                      "enter your e", "updates", "diesen blog", "nicht veröffentlicht", "commentaire", "write a comment",
                      "postfach", "newsletter", "folge", "registrieren", "anmelden", "unterstütz", "vous avez lu",
                      "have read", "'ve read", "komment", "commenti", "comentarios", "hilft", "spenden", "upport u",
                      "upport o", "ndependent journal", "thank you for your ", "donate", "help fund", "apoy", "apóy",
                      "un don", "soutenez", "blocker", "enjoyed", "liked", "valued", "gefallen", "ustó", "ustado", "aimé",
                      "sign up", "receive", "get a", "verpass")
_NOTICE_CREDIT = re.compile(
    rf"^(?:(?:photo(?:graph)?s?|image|picture|video)\s+(?i:by|courtesy(?: of)?)\s+{_PERSON}|(?i:courtesy of)\s+{_PERSON}"
    rf"|{_PERSON}\s+(?i:submitted photo|file photo|contributed photo)|(?i:(?:image|photo) copyright)\b.*)$")
# A caption's label the copy runs into the caption ("Image caption The minister leaves ..."): its colon is lost.
_GLUED_CAPTION_LABEL = re.compile(r"^(?i:image|media) caption\s+[A-Z\"“‘'(]")
# A picture's copyright label run into its caption label and the caption ("Image copyright Getty Images Image
# caption The minister leaves ..."): a copied page prints the two labels above every picture. Past the credit
# notice's 120 characters the caption had stayed as article text, and its words became quotes and entities.
_CREDITED_CAPTION = re.compile(r"^(?i:image|picture|photo) (?i:copyright|source)\b.{1,120}?\s(?i:image|media|picture) caption\s+\S")
_GALLERY_COUNTER = re.compile(
    r"^(?:(?:image|photo|picture|slide)\s+)?\d{1,3}\s*(?:of|/)\s*\d{1,3}$"
    r"|^(?:slideshow|gallery|photos?|pictures?)\s*\(\d{1,3}\s+(?:images?|photos?|pictures?|slides?)\)$", re.I)
_BUTTON_WORDS = frozenset(
    "subscribe|subscribe now|print|report|advert|read later|save for later|shares|sharing is caring!|"
    "no thanks|subscribe no thanks|see all newsletters|sorry!|"
    # the same buttons in other languages, and a comment's reply button
    "drucken|imprimer|imprimir|stampa|drukuj|печать|antworten|répondre|responder|rispondi|beantwoorden|odpowiedz|ответить|"
    "jetzt anmelden|abonnieren|"
    # skip links, a picture's buttons and the way back to a site's listing
    "direkt zum inhalt|zum inhalt springen|navigation schließen|navigation schliessen|navigation öffnen|bild anzeigen|"
    "bild schließen|bild anzeigen bild schließen|teilen senden|view all|aller au contenu|ir al contenido|"
    "saltar al contenido|vai al contenuto".split("|"))
_BACK_TO_LISTING = re.compile(
    r"^(?:<\s*)?zurück zu[mr]? (?:übersicht|übersichtsseite|listenansicht|startseite|homepage|vorherigen seite|suche"
    r"|suchergebnissen|kategorie|blog|archiv|lexikon|artikelübersicht|news-?übersicht|themenseite)[\s«»<>]*$"
    r"|^view all\s*\(\d+\)$|^click to (?:share|print|email)\b.{0,60}\(opens in new window\)$", re.I)
# A share bar whose buttons are sentences of a few words ("Auf Facebook teilen In Whatsapp teilen Via E-Mail teilen").
_SHARE_BAR_WORDS = frozenset(
    "auf in via per mit teilen senden e mail email partager sur par compartir en por condividi su delen op".split())
_POSTED = re.compile(r"^(?:posted|published|written) (?:on|by)\b", re.I)
# A picture credit in the languages of the pages most often copied after English ("Foto: Jane Doe/dpa",
# "Bild: Agentur", "Fot. Jane Doe / Agencja", "Imagen: Télam", "(Bildquelle: Verband)", "© Jane Doe / Agentur"),
# alone on its line or closing a caption.
_FOREIGN_CREDIT_LABEL = (
    r"(?:fotos?|fot\.|bild(?:er|quelle)?|imagen(?:es)?|cr[ée]dito?s?(?: (?:photo|foto))?|kuva|zdj[eę]cie|фото|foto di)")
_FOREIGN_CREDIT = re.compile(
    rf"(?:^|(?<=[\s(.!?]))\(?(?i:{_FOREIGN_CREDIT_LABEL})(?<=\.)?\s*(?::|(?<=\.))\s*"
    r"(?P<who>(?:[^!?:()\s]|\s(?![a-zà-ÿ]+\s+[a-zà-ÿ]+\s+[a-zà-ÿ]+\b)|\([^()]{0,40}\)){1,80}?)\)?\.?\s*$"
    r"|(?<=\S)(?<!(?i:copyright))\s*[-–—]?\s*©\s*(?P<owner>[^©!?()]{2,60})$")
# A blog's tag or category line under the post ("Tags: travel, Berlin", "Schlagworte: Mode Winter",
# "Etiquetas:", "Markiert mit ..."): a label, then names or nothing (the tags on the next lines), no sentence.
_TAG_LINE = re.compile(
    r"^(?:tags?|tagged(?: with)?|schlagw(?:orte|örter)|stichw(?:orte|örter)|markiert(?: mit)?|getaggt(?: mit)?"
    r"|verschlagwortet(?: mit)?|etiquetas|étiquettes|mots[- ]clés|tagi|теги|метки|categories|kategorien)"
    r"\s*(?::\s*(?P<rest>.*)|(?P<bare>))$", re.I)
# An English tag line without its colon ("Tags Jane Doe Springfield"): the label, then capitalised names.
_BARE_TAGS = re.compile(r"^(?:Tags|TAGS)\s+(?:[#A-Z][\w.'’&-]*(?:,?\s+|$)){1,12}$")
# The post's footer a blog engine prints ("This entry was posted in News. Bookmark the permalink.",
# "Dieser Beitrag wurde am 3. Mai 2019 veröffentlicht und wurde unter ... abgelegt", "Eingestellt von
# Jane um 21:11"), in the languages of the blog engines' translations.
_POST_FOOTER = re.compile(
    r"^(?:this (?:entry|post) was posted (?:in|on|by)\b|bookmark the permalink"
    r"|(?:dieser|der) (?:beitrag|eintrag|artikel) wurde\b.{0,80}?\b(?:veröffentlicht|abgelegt|gepostet)\b"
    r"|eingestellt (?:von|am)\b.{1,60}\bum \d{1,2}[:.]\d\d"
    r"|posted by\b.{1,60}\bat \d{1,2}:\d\d"
    r"|(?:ce|cet) (?:billet|article) a été publié\b|cette entrée a été publiée\b"
    r"|esta entrada (?:fue|se) publicó|esta entrada fue publicada\b|esta entrada foi publicada\b"
    r"|questa voce è stata pubblicata\b|dit bericht is geplaatst\b|ten wpis został opublikowany\b"
    # a wiki's page footer
    r"|this page was last (?:edited|modified) on\b|diese seite wurde zuletzt am\b.{0,60}\bgeändert"
    r"|cette page a été modifiée pour la dernière fois\b|esta página (?:fue|se) editó por última vez\b)", re.I)


@functools.lru_cache(maxsize=16384)
def _page_notice_reason(text: str) -> str | None:
    """The reason for a line of page furniture that only a browser copy holds, or None."""
    t = text.strip()
    n = len(t)
    if n > 400:
        return None
    if n <= 300 and _is_licence_notice(t):
        return "copyright"
    if n <= 40 and t.lower().rstrip(" .:") in _BUTTON_WORDS:
        return "notice"  # an interface string, word for word: not "navigation", which the model may give back
    if n <= 120 and _BACK_TO_LISTING.match(t):
        return "share" if t[:5].lower() == "click" else "notice"
    if n <= 160 and _is_worded_share_bar(t):
        return "share"
    if n <= 40 and _GALLERY_COUNTER.match(t.replace("\t", " ")):
        return "caption"
    if n <= _MAX_CAPTION_CHARS and t[:5].lower() in ("image", "pictu", "photo") and _CREDITED_CAPTION.match(t):
        return "caption"
    if n <= 120 and _NOTICE_CREDIT.match(t):
        return "credit"
    if t[:5].lower() in ("image", "media") and _GLUED_CAPTION_LABEL.match(t):
        return "caption"
    if n <= 300 and _may_hold_foreign_credit(t):
        m = _FOREIGN_CREDIT.search(t)
        if m and not re.search(r"\.\s+[A-Z]", m["who"] or m["owner"] or "") and not _REPORTING.search(t) \
                and not _looks_quoted(t[: m.start()]):
            return "credit" if len(words_of(t[: m.start()])) < 3 else "caption"
    if n <= 160 and _POSTED.match(t) and (find_date(t) or _DATE_NO_YEAR.search(t)) and len(words_of(t)) <= 16:
        return "dateline-meta"
    if _POST_FOOTER.match(t) and not _REPORTING.search(t) and not _looks_quoted(t):
        return "dateline-meta"
    if n <= 200 and _is_tag_line(t):
        return "notice"  # not "navigation": the model would give a tag line under the last paragraph back
    if n <= 80 and any(c.isdigit() for c in t) and _is_foreign_dateline(t):
        return "dateline-meta"
    lowered = t.lower()
    if ((any(hint in lowered for hint in _NOTICE_HINTS) and _NOTICE.search(t)
         or any(hint in lowered for hint in _NOTICE_MORE_HINTS) and _NOTICE_MORE.search(t))
            and not _REPORTING.search(t) and not _looks_quoted(t)):
        return "notice"
    if _is_embed_consent(t):
        return EMBED
    return None


# The placeholder a page shows instead of an embedded post, video or map until the reader agrees to load it
# from its provider ("Mit dem Laden des Videos akzeptieren Sie die Datenschutzerklärung von YouTube.", "Please
# accept YouTube cookies to play this video.", "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt
# werden."). It sits between the article's paragraphs, so the context pass kept it as text. Four things say it
# together: loading or showing, an embedded thing, consent or privacy (or content called external), and the
# reader addressed; an article on privacy law reports them about others ("users who want to view flagged
# content must click ..." addresses no reader).
_EMBED_LOAD = re.compile(
    r"\b(?:lade[nt]?|geladen|nachladen|anzeig\w*|angezeigt|abgespielt|abspielen|eingebunden|einbindung\w*"
    r"|load(?:s|ed|ing)?|display(?:s|ed)?|view(?:ing)?|play(?:ing)?|show(?:n|ing)?|watch|charger|afficher)\b", re.I)
_EMBED_THING = re.compile(
    r"\b(?:inhalt\w*|content|videos?|beitr[aä]g\w*|posts?|tweets?|karte|maps?|widgets?|medien\w*|media|embed\w*"
    r"|contenus?|vidéos?)\b|youtube|twitter|instagram|facebook|vimeo|spotify|tiktok", re.I)
_EMBED_CONSENT = re.compile(
    r"datenschutz\w*|\bprivacy\b|\bcookies?\b|einverstanden|zustimm\w*|\beinwillig\w*|akzeptier\w*|\baccept\w*"
    r"|\bconsent\w*|\bpermission\b|drittanbieter\w*|drittplattform\w*|third[- ]part(?:y|ies)|personenbezogene\w*"
    r"|\bextern(?:e[nrs]?|al)\b|personal data|persönlichen daten|\bblockiert\b|\bblocked\b|\bconsentement\b"
    r"|\bdonnées personnelles\b", re.I)
_READER_ADDRESSED = re.compile(
    r"\b(?:Sie|Ihr|Ihre[nmrs]?|du|dir|dein\w*|euch|ich|mir|you|your|please|bitte|vous|votre)\b")
_MAX_EMBED_CONSENT_CHARS = 400
# The reason of the placeholder's lines: it stands where the embedded post would be, inside the article.
EMBED = "embed"


# A cookie banner or its settings panel speaks of the whole site ("Die Website verwendet Cookies ... für die
# Anzeige von Inhalten"), a placeholder of the one thing it holds back.
_WHOLE_SITE = re.compile(r"\b(?:web)?site\b|\bwebseite\b|\binternetseite\b|\binternetauftritt\b", re.I)


def _is_embed_consent(text: str) -> bool:
    return (len(text) <= _MAX_EMBED_CONSENT_CHARS
            and all(p.search(text) for p in (_EMBED_LOAD, _EMBED_THING, _EMBED_CONSENT, _READER_ADDRESSED))
            and not _WHOLE_SITE.search(text)
            and not _REPORTING.search(text) and not _looks_quoted(text))


# The placeholder's own heading and buttons around its notice ("Externer Inhalt", "Empfohlener redaktioneller
# Inhalt", "Zustimmen und Inhalt laden", "Allow Twitter content?", "Accept and continue"): a label of a few words
# in the widget's words, touching the notice. A subheading after the embed speaks of the article's subject.
_EMBED_LABEL_WORD = re.compile(
    r"\b(?:inhalt\w*|content|medien|media|laden|load|anzeigen|show|zustimmen|akzeptieren|accept|allow|erlauben"
    r"|continue|datenschutz|privacy|contenus?|charger|afficher|accepter)", re.I)
_MAX_EMBED_LABEL_WORDS = 6
_MAX_EMBED_LABEL_CHARS = 60


def _is_embed_label(text: str) -> bool:
    t = text.strip()
    return (0 < len(t) <= _MAX_EMBED_LABEL_CHARS and len(words_of(t)) <= _MAX_EMBED_LABEL_WORDS
            and not t.endswith(".") and _EMBED_LABEL_WORD.search(t) is not None)


def _mark_embed_labels(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """The heading and buttons of an embed's consent placeholder, walking away from its notice both ways
    (several notices in a row are one placeholder)."""
    for i, p in enumerate(paragraphs):
        if reasons[i] != EMBED or not _is_embed_consent(p.strip()):
            continue
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(paragraphs) and (reasons[j] is None and _is_embed_label(paragraphs[j])
                                                or reasons[j] == EMBED):
                reasons[j] = EMBED
                j += step


# A form's field labels ("Name *", "E-Mail *", "Website", "E-Mail (Adresse wird niemals veröffentlicht)"): a field's
# name alone, perhaps marked required or with a short note. Alone, "Name" or "E-Mail" could head an article's box of
# contacts, and "E-Mail" is a share button too (dropped between two article paragraphs, a share bar of three lines
# parts the article's main block), so only touching another such label or the form's notice or comment heading.
_FORM_FIELD = re.compile(
    r"^(?:name|your name|vorname|nachname|e-?mail|e-?mail-adresse|email address|website|webseite|homepage"
    r"|kommentar|comment|passwort|password|nachricht|message|telefon|phone|betreff|subject)"
    r"\s*(?:\*|:|\(.{1,40}\))?\s*\*?$", re.I)
_FORM_NEIGHBOUR_REASONS = frozenset({"notice", "comment"})
_MAX_FORM_FIELD_CHARS = 60


def _mark_form_fields(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """The labels of a comment, sign-up or log-in form still kept next to its notice or in a run of two or more.
    Read last among the rules: a label read as a notice from the start moved the passes that weigh the page's
    layout (on trafilatura-eval, three main-text lines went with a sidebar they had been told apart from)."""
    fields = [len(p) <= _MAX_FORM_FIELD_CHARS and _FORM_FIELD.match(p.strip()) is not None for p in paragraphs]
    changed = True
    while changed:  # a run of labels is marked from the notice it touches outwards
        changed = False
        for i, is_field in enumerate(fields):
            if not is_field or reasons[i] is not None:
                continue
            neighbours = [j for j in (i - 1, i + 1) if 0 <= j < len(paragraphs)]
            if any(fields[j] or reasons[j] in _FORM_NEIGHBOUR_REASONS for j in neighbours):
                reasons[i] = "notice"
                changed = True


# The page's licence line, the copyright notice of a site under a Creative Commons licence ("This work is
# licensed under a Creative Commons Attribution 4.0 License", "Die Inhalte dieser Website stehen unter CC-BY"):
# a licence named and the page's content put under it. An article explaining the licences names them without
# putting anything under one.
_LICENCE_NAME = re.compile(r"\b(?:creative[ -]commons|cc[- ]by\b|cc0\b)", re.I)
_LICENSED_UNDER = re.compile(
    r"\blicen[cs]ed under\b|\b(?:published|available|released|distributed) under\b|\b(?:steh(?:t|en)|sind|ist|wurde|werden"
    r"|veröffentlicht)(?: \S+){0,4} unter (?:einer|der|cc)\b|\bunter (?:einer|der) .{0,40}lizen[zs]\b|\blizenziert\b"
    r"|\bsous (?:une |la )?licence\b|\bbajo (?:una |la )?licencia\b|\bsotto (?:una |la )?licenza\b", re.I)


def _is_licence_notice(text: str) -> bool:
    if _may_be_syndication(text) and _SYNDICATION.search(text):
        return not _REPORTING.search(text)
    return _LICENCE_NAME.search(text) is not None and _LICENSED_UNDER.search(text) is not None \
        and not _REPORTING.search(text) and not _looks_quoted(text)


# A syndication or reprint notice under the article ("Content created by the X Foundation is available without
# charge to any eligible news publisher ... For licensing opportunities, contact ...", "Excerpted from <book> by
# Jane Doe. Excerpted by permission of the publisher."): the terms of the copy, whatever book or outlet it quotes.
_SYNDICATION = re.compile(
    r"\bavailable (?:without charge|free of charge|for (?:free )?republication) to\b|\bfor licensing (?:opportunities|inquiries|requests)\b"
    r"|\b(?:excerpted|reprinted|republished) (?:\w+ ){0,3}(?:with|by) (?:the )?(?:kind )?permission\b", re.I)


def _may_be_syndication(text: str) -> bool:
    """Whether ``text`` holds a literal every _SYNDICATION match holds: a cheap test before the pattern."""
    low = lower_for_literals(text)
    return low is None or "charge to" in low or "republication" in low or "licensing" in low or "permission" in low


# Month names in the languages of the pages most often copied after English (German, French,
# Spanish, Italian, Portuguese, Dutch, Polish in the genitive, Indonesian), for date lines.
_FOREIGN_MONTH = (
    r"(?:jan(?:uar|vier|eiro|uari)|jänner|feb(?:ruar|ruari)|février|fevereiro|märz|mars|maart|maret|april|avril|abril"
    r"|aprile|mai|maio|mei|juni|juin|junio|junho|giugno|juli|juillet|julio|julho|luglio|august(?:us)?|agosto|agustus"
    r"|août|septemb(?:er|re)|septiembre|setembro|settembre|oktober|octobre|octubre|outubro|ottobre|novemb(?:er|re)"
    r"|noviembre|novembro|dezember|décembre|diciembre|dezembro|dicembre|desember|enero|febrero|marzo|mayo|gennaio"
    r"|febbraio|maggio|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada"
    r"|grudnia)")
_FOREIGN_DATE = re.compile(
    rf"\b\d{{1,2}}\.?\s+(?:de\s+)?{_FOREIGN_MONTH}\b(?:,?\s+(?:de\s+)?(?:19|20)\d\d\b)?"
    rf"|\b{_FOREIGN_MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d\d\b|\b{_FOREIGN_MONTH}\s+(?:19|20)\d\d\b"
    r"|\b\d{1,2}\.\d{1,2}\.(?:19|20)?\d\d\b", re.I)
_FOREIGN_TIME = re.compile(r"\b\d{1,2}[:.]\d\d(?:\s*(?:uhr|h)\b)?|\b\d{1,2}\s*uhr\b", re.I)
# What a date line says around its date: "Veröffentlicht am ... um ... Uhr", "Publié le ... à ...",
# "Aktualisiert:", "Stand:", weekdays, "Uhr", and the articles and prepositions in between.
_FOREIGN_META_WORDS = frozenset(
    """veröffentlicht aktualisiert publiziert erstellt geändert zuletzt stand am um uhr vom von und datum
    montag dienstag mittwoch donnerstag freitag samstag sonntag
    publié publiée mis à jour le la à h par modifié lundi mardi mercredi jeudi vendredi samedi dimanche
    publicado publicada actualizado actualizada el de del a las por lunes martes miércoles jueves viernes sábado domingo
    pubblicato aggiornato il alle ore ultima modifica da lunedì martedì mercoledì giovedì venerdì sabato domenica
    atualizado em às segunda terça quarta quinta sexta feira
    gepubliceerd bijgewerkt op om door maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    opublikowano aktualizacja aktualizowano dnia
    diterbitkan dipublikasikan diperbarui pada oleh""".split())


_PUBLISHED_WORDS = frozenset(
    """veröffentlicht aktualisiert publiziert erstellt geändert stand publié publiée modifié jour publicado publicada
    actualizado actualizada pubblicato aggiornato atualizado gepubliceerd bijgewerkt opublikowano aktualizacja
    aktualizowano diterbitkan dipublikasikan diperbarui posted published updated""".split())


def _is_foreign_dateline(text: str) -> bool:
    """A date line in another language ("Veröffentlicht am 6. Juli 2015, 12:35 Uhr", "Publié le 3 mai 2019",
    "Aktualisiert: 11.04.2020, 10:27", "opublikowano: 7 kwietnia 2021"): a date, and at most one other word."""
    m = _FOREIGN_DATE.search(text)
    if m is None:
        return False
    rest = _FOREIGN_TIME.sub(" ", _FOREIGN_DATE.sub(" ", text)).lower()
    words = re.findall(r"[^\W\d_]+", rest)
    leftover = [w for w in words if w not in _FOREIGN_META_WORDS and w not in _META_WORDS]
    if len(leftover) > 1:
        return False
    # A publication stamp says so ("veröffentlicht", "publié", "Stand"); a bare date, with its hour or a
    # label of its own ("März 2020", "27. November 2016 15:00", "Termin: 6.3.2020"), is an event's.
    return any(w in _PUBLISHED_WORDS for w in words)


def _may_hold_foreign_credit(text: str) -> bool:
    lowered = text.lower()
    return "©" in text or "fot" in lowered or "bild" in lowered or "imag" in lowered or "crédit" in lowered \
        or "kuva" in lowered or "zdj" in lowered or "фото" in lowered


def _is_worded_share_bar(text: str) -> bool:
    lowered = text.lower()
    if sum(1 for network in _NETWORKS if network in lowered) < 2:
        return False  # the cheap test first: most short lines name no network
    tokens = re.findall(r"\w+", lowered)
    named = sum(1 for tok in tokens if tok in _NETWORKS)
    return named >= 2 and all(tok in _NETWORKS or tok in _SHARE_BAR_WORDS for tok in tokens)


def _is_tag_line(text: str) -> bool:
    m = _TAG_LINE.match(text)
    if m is None:
        return bool(_BARE_TAGS.match(text))
    rest = m["rest"]
    if rest is None:
        return text.strip().lower() != "tag"  # the bare label, its tags on the lines below ("Tag" is a day in German)
    # the tags: names or words separated by commas, spaces or "#", never a sentence
    return len(words_of(rest)) <= 20 and not _ends_sentence(rest) and not _REPORTING.search(rest)


# Every _NOTICE pattern holds one of these; the substring test spares the pattern on most lines.
_NOTICE_HINTS = ("cookie", "privacy", "enabled", "mail", "required", "notify", "akismet", "comment", "inbox",
                 "subscri", "spam", "opt-in", "activation", "commission", "share of", "javascript", "gallery",
                 "compensation", "full story", "full article", "continue reading", "log in", "download", "to the editor",
                 "notification", "veröffentlicht", "felder", "benachrichtig", "publiée", " publica", "pubblicato",
                 "gepubliceerd", "opublikowany", "опубликован", "newsletter", "nieuwsbrief", "abonn",
                 "inscri", "suscr", "iscriv", "zapisz", "подпиш", "komment", "diskussion", "gefall", "gefäll", "nützlich",
                 "hilfreich", "bewerten", "browser", "navigat", "navegador", "przeglądar", "браузер", "liken", "daten unten",
                 "instagram", "comentar", "la suite")


def _body_span(paragraphs: Sequence[str], reasons: Sequence[str | None]) -> tuple[int, int]:
    """Indexes of the first and last prose paragraphs still counted as body (-1, -1 if none)."""
    prose = [i for i, (p, r) in enumerate(zip(paragraphs, reasons)) if r in (None, BODY) and _is_bodylike(p)]
    return (prose[0], prose[-1]) if prose else (-1, -1)


# A wire story's lede runs on past its dateline: a sentence, or the colon announcing a live log's entries.
_MIN_WIRE_LEAD_WORDS = 8
_SOFT_LEAD_REASONS = frozenset({"title", "boilerplate", "navigation", "related"})


def _is_wire_lead(text: str) -> bool:
    t = text.strip()
    return (bool(_WIRE_LEAD.match(t)) and len(words_of(t)) >= _MIN_WIRE_LEAD_WORDS
            and (_ends_sentence(t) or t.endswith(":")))


def _restore_wire_leads(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """A line opening on a wire dateline ("HARBOURTON, Del. (AP) — The Latest on the port strike (all times
    local):") is the story's lede, not its headline or page chrome, when prose follows it.

    A live log's lede ends in a colon and sits over a time stamp and a rule, so the context pass found no
    prose next to it, and the title pass took it for the headline of a text whose real headline it had
    already dropped."""
    first, _ = _body_span(paragraphs, reasons)
    for i in range(max(first, 0)):
        if reasons[i] in _SOFT_LEAD_REASONS and _is_wire_lead(paragraphs[i]):
            reasons[i] = None


def _restore_inner_clock_lines(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """Time stamps between two prose paragraphs belong to the story (live-blog entries); a full date in
    another language ("15. Mai 2019, 05:28 Uhr") or a blog's post footer is no such stamp. A wire lede over
    the first entry ("... (all times local):") opens the story as a prose paragraph does."""
    first, last = _body_span(paragraphs, reasons)
    lead = next((i for i, (p, r) in enumerate(zip(paragraphs, reasons)) if r is None and _is_wire_lead(p)), -1)
    if 0 <= lead < first:
        first = lead
    for i in range(first + 1, last):
        text = paragraphs[i]
        if (reasons[i] == "dateline-meta" and _is_clock_only(text) and not _FOREIGN_DATE.search(text)
                and not _POST_FOOTER.match(text)):
            reasons[i] = None


# A story told day by day heads each day's paragraphs with the date alone ("Tuesday, Sept. 24", "March 3"): two such
# lines or more, each between two kept prose paragraphs, are the story's headings, not the page's date lines. (A
# list of other stories dates each headline too, but its headlines and teasers are no prose paragraphs.)
_MIN_DATE_HEADINGS = 2
_MAX_DATE_HEADING_CHARS = 40


def _restore_inner_date_headings(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    first, last = _body_span(paragraphs, reasons)
    headings = [i for i in range(first + 1, last) if reasons[i] == "dateline-meta" and _is_date_heading(paragraphs[i])
                and all(reasons[j] is None and _is_bodylike(paragraphs[j]) for j in (i - 1, i + 1))]
    if len(headings) >= _MIN_DATE_HEADINGS:
        for i in headings:
            reasons[i] = None


def _is_date_heading(text: str) -> bool:
    """A date written out, with or without its weekday, and nothing else: no time of day, no "updated" or
    "ago", no label ("News 14 Jan"), no bare figures ("03/11/2023", a listing's stamp)."""
    t = text.strip()
    if len(t) > _MAX_DATE_HEADING_CHARS or _TIME.search(t) or not _DATE_NO_YEAR.search(t) and not _MONTH_FIRST_DAY.search(t):
        return False
    return all(w in _WEEKDAYS or _MONTH_WORD.fullmatch(w) for w in re.findall(r"[^\W\d_]+", t.lower()))


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_MONTH_WORD = re.compile(_MONTH)
_MONTH_FIRST_DAY = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\b", re.I)


_ROW_START = re.compile(rf"^(?:(?P<num>\d)|(?P<month>{_MONTH})\.?\s+\d)", re.I)
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")
# Reasons the context-driven passes give; a data list next to the article overrides them.
_CONTEXT_REASONS = frozenset({"boilerplate", "navigation", "related"})


# A labelled row: a name or a label of up to three words, then its figures only ("Jane Doe 45-51",
# "Ohio 52% 44%"): a poll's or a score table's line.
_LABELLED_ROW = re.compile(r"^(?:[^\W\d_][\w.'’&-]*\s+){1,3}\d[\d\s.,%:/()–—-]*$")


def _row_shape(text: str) -> str | None:
    """The shape of one row of a data list (a table row, a dated schedule line), or None.

    A row starts with a figure or a date and carries figures or a date: "3 Kevin Harvick 5033
    4 6", "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL"; or it is a label and two
    figures or more ("Jane Doe 45-51"). A ranked list of headlines ("1 Headline") has a single
    number and is not a data row.
    """
    if len(text) > 160:
        return None
    m = _ROW_START.match(text)
    if not m:
        return "labelled" if _LABELLED_ROW.match(text) and len(_NUMBER.findall(text)) >= 2 else None
    if m["month"]:
        return "date"
    return "figures" if len(_NUMBER.findall(text)) >= 2 else None


def _restore_data_lists(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """A run of data rows that opens or closes on the article is part of it (tables, tour dates).

    Such rows carry few stop words and no sentence, so the context pass reads them as page
    chrome; but a table or schedule printed right after (or before) article prose belongs to
    the story. The heading line introducing the run goes with it.
    """
    i = 0
    while i < len(paragraphs):
        shape = _row_shape(paragraphs[i])
        j = i
        while j < len(paragraphs) and shape and _row_shape(paragraphs[j]) == shape:
            j += 1
        if j - i < 3:
            i = max(j, i + 1)
            continue
        start = i
        if start > 0 and reasons[start - 1] in _CONTEXT_REASONS and _is_heading_like(paragraphs[start - 1]):
            start -= 1  # "Tour dates:" above the rows
        opens = start > 0 and reasons[start - 1] is None and _is_bodylike(paragraphs[start - 1])
        closes = j < len(paragraphs) and reasons[j] is None and _is_bodylike(paragraphs[j])
        if opens or closes:
            for k in range(start, j):
                if reasons[k] in _CONTEXT_REASONS:
                    reasons[k] = None
        i = j


# An ingredient or a part list's line: a quantity, perhaps a unit, a name ("350 g Zucker", "1 Pck. Vanillezucker",
# "2 tbsp oil", "½ cup milk", "1-2 Spritzer Bitter"); no sentence.
_QUANTITY_LINE = re.compile(r"^(?:\d+(?:[.,/]\d+)?|[½¼¾⅓⅔⅛])(?:\s*[-–]\s*\d+(?:[.,/]\d+)?)?\s*[^\W\d_]")
_MAX_QUANTITY_LINE_WORDS = 10
_MIN_QUANTITY_LINES = 4
# Lines between the quantities: a bare name ("Salz"), a part's heading ("Für den Teig:").
_MAX_LIST_LABEL_WORDS = 4


def _is_quantity_line(text: str) -> bool:
    return (len(text) <= 100 and bool(_QUANTITY_LINE.match(text)) and len(words_of(text)) <= _MAX_QUANTITY_LINE_WORDS
            and not _ends_sentence(text))


# Most short lines between a list of quantities and the prose it belongs to: the steps' heading, a time, a
# step's number ("Zubereitung", "120 Minuten", "1", "Vorbereiten").
_MAX_BRIDGE_LINES = 5


def _labels_to_prose(paragraphs: Sequence[str], reasons: Sequence[str | None], start: int) -> list[int] | None:
    """The short label lines from ``start`` down to the first kept prose line, or None when something else
    comes first or the prose is more than ``_MAX_BRIDGE_LINES`` lines away.

    A recipe sets its method's heading, its times and its step numbers between the ingredients and the first
    step; such a run of labels is no page chrome when article prose closes it."""
    labels: list[int] = []
    for k in range(start, len(paragraphs)):
        text, reason = paragraphs[k], reasons[k]
        if reason is None and _is_bodylike(text):
            return labels
        short = len(words_of(text)) <= _MAX_LIST_LABEL_WORDS or _is_quantity_line(text)
        if len(labels) == _MAX_BRIDGE_LINES or not (reason is None or reason in _CONTEXT_REASONS) or not short \
                or _ends_sentence(text):
            return None
        labels.append(k)
    return None


def _restore_quantity_lists(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """A list of quantities next to the article (a recipe's ingredients, a kit's parts) is part of it.

    Its lines carry no stop words and no sentence, so a long one reads as a menu to the context pass.
    A run of at least _MIN_QUANTITY_LINES lines opening with a quantity, most of the run, with bare
    names and part headings between them, goes back when kept prose lies within three lines of it; a
    numbered list ("1 Politics", "2 Business") is no list of quantities.
    """
    i = 0
    n = len(paragraphs)
    while i < n:
        if not (_is_quantity_line(paragraphs[i]) and (reasons[i] is None or reasons[i] in _CONTEXT_REASONS)):
            i += 1
            continue
        j, quantities, last = i, 0, i
        while j < n and (reasons[j] is None or reasons[j] in _CONTEXT_REASONS):
            text = paragraphs[j]
            if _is_quantity_line(text):
                quantities += 1
                last = j
            elif len(words_of(text)) > _MAX_LIST_LABEL_WORDS or _ends_sentence(text) or j - last > 2:
                break
            j += 1
        start, end = i, last + 1
        while start > 0 and start > i - 2 and reasons[start - 1] in _CONTEXT_REASONS and \
                len(words_of(paragraphs[start - 1])) <= _MAX_LIST_LABEL_WORDS and not _ends_sentence(paragraphs[start - 1]):
            start -= 1  # "Zutaten", "Für 12 Stück" above the list
        near = [k for k in (*range(max(0, start - 3), start), *range(end, min(n, end + 3)))
                if reasons[k] is None and _is_bodylike(paragraphs[k])]
        # Only down to the steps: above the list, labels lead up to the page's header and whatever prose
        # stands over it (a notice on the pictures' rights).
        bridge = _labels_to_prose(paragraphs, reasons, end)
        leading = [int(m[0]) for k in range(i, end) if (m := re.match(r"\d+(?=\D)", paragraphs[k]))]
        numbered = sum(1 for a, b in zip(leading, leading[1:]) if b == a + 1) * 2 >= len(leading)
        if quantities >= _MIN_QUANTITY_LINES and quantities * 5 >= (end - i) * 3 and (near or bridge) and not numbered:
            for k in (*range(start, end), *(bridge or ())):
                if reasons[k] in _CONTEXT_REASONS:
                    reasons[k] = None
        i = max(end, i + 1)


# A shopping line of a product list: a price with or without its store, or a store's button
# ("$49.99 at Amazon", "See at Best Buy", "Buy now", "Also at Walmart").
_PRICE = r"(?:[$£€¥]\s?\d[\d,.]*|\d[\d,.]*\s?(?:[$£€¥]|usd|eur|gbp))"
_STORE = r"(?:at|on|from|@)\s+\S.{0,30}"
_STORE_LINE = re.compile(
    rf"^(?:(?:now |was |from |only )?{_PRICE}(?:\s+{_STORE})?|(?:buy|shop)(?: it)?(?: now)?(?: {_STORE})?|"
    rf"(?:see|get|check|view)(?: it| (?:the )?(?:price|deal|offer)s?)?(?: now)? {_STORE}|(?:also|now)(?: available)? {_STORE}|"
    r"(?:check|see|view) (?:the )?(?:price|deal|offer)s?(?: now)?)[\s!.]*$", re.I)
# Most words a line may have to count as a list item's name above its blurb.
_MAX_ITEM_NAME_WORDS = 6
# Share of a list's words that must be the article's words for the list to be the article's.
_LIST_OVERLAP = 0.3
# A list of fewer items is left to the context pass.
_MIN_LIST_ITEMS = 3


def _restore_article_lists(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """A list printed among or next to the article's lines, in the article's words, is the article's.

    A listicle, a deals roundup or a list of facts is mostly short lines (item names, one-line
    blurbs, "$49 at Amazon"), which the context pass cannot tell from a menu or a box of headlines by
    their shape. What tells them apart is what they say: walking away from a kept line (over other
    kept lines), a run of dropped lines whose items are content lines (lower-case words, figures, a
    sentence) sharing the article's vocabulary goes back to the article, with the name line above
    each item and the price or store lines after it. Two labels in a row (a menu), a line dropped by
    a local rule (a share bar, a copyright line, a "More from" heading) or a line neither item nor
    label ends the walk.
    """
    article_words = _article_vocabulary(paragraphs, reasons)
    if len(article_words) < 25:
        return  # no article to compare with
    for step in (1, -1):
        covered = -1 if step > 0 else len(paragraphs)
        indexes = range(len(paragraphs)) if step > 0 else range(len(paragraphs) - 1, -1, -1)
        for i in indexes:
            j = i + step
            if ((j - covered) * step <= 0 or reasons[i] is not None or not 0 <= j < len(paragraphs)
                    or not _soft_list_line(paragraphs[j], reasons[j])):
                continue
            run, covered = _article_list_run(paragraphs, reasons, j, step, article_words)
            for k in run:
                reasons[k] = None


# A list the article announces with a colon: at most this many items, each a short line.
_MAX_ANNOUNCED_ITEMS = 30
_MAX_ANNOUNCED_ITEM_WORDS = 8
_MIN_ANNOUNCING_WORDS = 3


def _restore_announced_lists(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """The short lines right under an article line that announces them with a colon ("They came up with:",
    "To list a few of the topics discussed:") are the list it announces, whatever words they use.

    One-word answers, topics or poll rows ("Rubio 32-58") share no vocabulary with the article, so the list
    walk above does not take them, and the context pass reads them as a menu. The announcing line is prose or
    follows prose, the run is short lines only (kept or dropped by the context pass, no bare link), and the
    article must go on below it: a kept paragraph of prose or the next announcing line. A run reaching the
    text's end or a line a local rule dropped does not count: in a browser copy the article's last line with a
    colon is followed by the page's links down to its share bar (trafilatura-eval F1 0.8811 -> 0.8808 with
    such runs, and a list closing a scraped article, poll rows under their question, is left dropped).
    """
    for i, text in enumerate(paragraphs):
        if not _announces_list(text, reasons[i]) or not _follows_prose(paragraphs, reasons, i):
            continue
        j = i + 1
        while j < len(paragraphs) and j - i <= _MAX_ANNOUNCED_ITEMS and reasons[j] in (None, *_CONTEXT_REASONS) \
                and _is_announced_item(paragraphs[j]):
            j += 1
        if j == i + 1 or j == len(paragraphs) or reasons[j] is not None:
            continue
        if _is_bodylike(paragraphs[j]) or _announces_list(paragraphs[j], reasons[j]):
            for k in range(i + 1, j):
                reasons[k] = None


def _follows_prose(paragraphs: Sequence[str], reasons: Sequence[str | None], i: int) -> bool:
    """Whether line ``i`` is inside the article: it is a paragraph of prose, or the kept line above it is one
    (past the lines the local rules dropped, as a caption or an advertisement's label)."""
    if _is_bodylike(paragraphs[i].rstrip().rstrip(":") + "."):
        return True
    k = i - 1
    while k >= 0 and reasons[k] is not None and reasons[k] not in _CONTEXT_REASONS:
        k -= 1
    return k >= 0 and reasons[k] is None and _is_bodylike(paragraphs[k])


def _announces_list(text: str, reason: str | None) -> bool:
    return reason is None and text.rstrip().endswith(":") and len(words_of(text)) >= _MIN_ANNOUNCING_WORDS


def _is_announced_item(text: str) -> bool:
    t = text.strip()
    return 0 < len(words_of(t)) <= _MAX_ANNOUNCED_ITEM_WORDS and not _URL.search(t)


def _soft_list_line(text: str, reason: str | None) -> bool:
    """A line dropped for its shape or neighbours only, which a list next to the article may hold."""
    return reason in _CONTEXT_REASONS or reason == "read-more" and bool(_STORE_LINE.match(text))


def _article_list_run(paragraphs: Sequence[str], reasons: Sequence[str | None], start: int, step: int,
                      article_words: set[str]) -> tuple[list[int], int]:
    """The dropped lines from ``start`` on (walking by ``step`` from a kept line) that make a list of
    the article's, and where the walk stopped.

    Price and store lines right after a kept item go back on their own (they close it), and so does
    a name line between such a line and the next kept item (it opens that one); the rest only when
    the walk holds ``_MIN_LIST_ITEMS`` items and the dropped ones are in the article's words. Going
    down, a line opening with the next number of the list ("4. ...") is an item or its name whatever
    words it uses, and so is the note under such a name."""
    run: list[int] = []
    closing: list[int] = []  # lines that go back on their own: store lines and names around kept items
    label: int | None = None  # an item's name line waiting for its item
    named = False  # the name line came right after a store line
    numbered = False  # the name line carries the list's next number
    number = 0  # the last number of the list met going down
    items = 0
    dropped_items: list[int] = []
    after_item = kept_item = step > 0 and _is_list_entry(paragraphs[start - step], set())
    if step > 0 and (m := _NUMBER_MARKER.match(paragraphs[start - 1])):
        number = int(m["num"])
    j = start
    while 0 <= j < len(paragraphs) and (reasons[j] is None or reasons[j] in PICTURE_REASONS
                                        or _soft_list_line(paragraphs[j], reasons[j])):
        text = paragraphs[j]
        if reasons[j] in PICTURE_REASONS:
            j += step  # a picture's caption or credit between the article and its list parts nothing
            continue
        next_number = step > 0 and bool(m := _NUMBER_MARKER.match(text)) and int(m["num"]) == number + 1
        if next_number:
            number += 1
        if reasons[j] is None:
            entry = _is_list_entry(text, set())
            items += entry
            if entry and label is not None:
                (closing if named else run).append(label)  # the name line above a kept item
            after_item = kept_item = step > 0
            label = None
        elif _STORE_LINE.match(text):
            if not after_item:
                break
            (closing if kept_item else run).append(j)
        elif _is_list_entry(text, set() if next_number or numbered and label is not None else article_words):
            items += 1
            dropped_items.append(j)
            run.extend(k for k in (label, j) if k is not None)
            label = None
            after_item, kept_item = step > 0, False
        elif label is None and (next_number or len(words_of(text)) <= _MAX_ITEM_NAME_WORDS and not _ends_sentence(text)):
            named = step > 0 and _STORE_LINE.match(paragraphs[j - 1]) is not None
            numbered = next_number
            label = j
            after_item = kept_item = False
            if step < 0 and dropped_items and dropped_items[-1] == j + 1:
                run.append(j)  # walking up, the name sits above the item just taken
                label = None
        else:
            break
        j += step
    words: set[str] = set()
    for k in dropped_items:
        words |= _content_words(paragraphs[k])
    in_words = bool(words) and len(words & article_words) / len(words) >= _LIST_OVERLAP
    if items < _MIN_LIST_ITEMS or not (in_words or number >= _MIN_LIST_ITEMS):
        return closing, j
    return closing + run, j


# A list standing for the article holds at least this many items, most of them sharing a word
# with another item of the list (its cohesion), and as many lines ending like a sentence or opening
# with a bullet or a number as half its items.
_MIN_LONE_LIST_ITEMS = 5
_LONE_LIST_COHESION = 0.6
_LIST_MARK = re.compile(r"^(?:[-–—•*·▪►✓]|\d{1,2}[.)])\s+\S")


# Prose paragraphs that anchor an article: with this many kept, the article is not a lone list.
_ANCHORING_PARAGRAPHS = 2


def _restore_unanchored_list(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """A page whose article is a list with no prose to anchor it: the list outweighs what was kept.

    When the article is a one-line lead and a list of facts, the context pass finds no prose on its
    side and drops it all as page chrome, and :func:`_restore_article_lists` has no kept line to walk
    from. The longest run of dropped list items (content lines or short sentences, each under a name
    line at most) goes back when it holds more text than everything kept, its items talk about the
    same things (a menu or a box of headlines of different stories does not) and its lines ending
    like a sentence or opening with a bullet or a number ("3. The harbour") are at least half as many
    as its items (headlines and menu labels do neither).
    """
    kept_chars = sum(len(p) for p, r in zip(paragraphs, reasons) if r is None)
    best: tuple[int, list[int], list[int]] | None = None
    i = 0
    while i < len(paragraphs):
        run, items, end = _list_lines_from(paragraphs, reasons, i)
        size = sum(len(paragraphs[k]) for k in items)
        if len(items) >= _MIN_LONE_LIST_ITEMS and (best is None or size > best[0]):
            best = (size, run, items)
        i = max(end, i + 1)
    if best is None or best[0] <= kept_chars or _cohesion([paragraphs[k] for k in best[2]]) < _LONE_LIST_COHESION:
        return
    if sum(1 for p, r in zip(paragraphs, reasons) if r is None and _is_prose_paragraph(p)) >= _ANCHORING_PARAGRAPHS:
        return  # the article has prose of its own: a longer list elsewhere is a box of other stories
    shaped = sum(1 for k in best[1] if _is_running_text(paragraphs[k]) or _LIST_MARK.match(paragraphs[k]))
    if shaped * 2 < len(best[2]):
        return
    for k in best[1]:
        reasons[k] = None


def _list_lines_from(paragraphs: Sequence[str], reasons: Sequence[str | None],
                     start: int) -> tuple[list[int], list[int], int]:
    """The run of lines dropped by the context pass from ``start`` that reads as a list: all its
    lines, its items, and where it ends (two labels in a row, or a line neither item nor label)."""
    run: list[int] = []
    items: list[int] = []
    label: int | None = None
    j = start
    while j < len(paragraphs) and reasons[j] in _CONTEXT_REASONS:
        text = paragraphs[j]
        if _is_list_entry(text, set()):
            items.append(j)
            run.extend(k for k in (label, j) if k is not None)
            label = None
        elif label is None and len(words_of(text)) <= _MAX_ITEM_NAME_WORDS and not _ends_sentence(text):
            label = j
        else:
            break
        j += 1
    return run, items, j


def _cohesion(texts: Sequence[str]) -> float:
    """Share of ``texts`` that share a content word with another one of them."""
    words = [_content_words(t) for t in texts]
    counts: dict[str, int] = {}
    for ws in words:
        for w in ws:
            counts[w] = counts.get(w, 0) + 1
    return sum(1 for ws in words if any(counts[w] > 1 for w in ws)) / len(texts) if texts else 0.0


def _is_list_entry(text: str, article_words: set[str]) -> bool:
    """A list item's text: a content line or a short sentence, using one of ``article_words`` if given."""
    if len(words_of(text)) < 3 or len(text) > 300:
        return False
    if not (_is_content_line(text) or _ends_sentence(text)):
        return False
    return not article_words or bool(_content_words(text) & article_words)


# A copied table of figures: at least this many rows in a row, each with this many figures.
_MIN_TABLE_ROWS = 5
_MIN_ROW_FIGURES = 4


def is_table_row(text: str) -> bool:
    """A row of a table of figures as a browser copies it: "3 Kevin Harvick 5033 4 6 15 26"."""
    return _row_shape(text) == "figures" and len(_NUMBER.findall(text)) >= _MIN_ROW_FIGURES


def _restore_data_tables(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """A table of figures (standings, results, scores) is the article's wherever it sits.

    A browser copies a table row as one line; a run of ``_MIN_TABLE_ROWS`` or more data rows
    (:func:`_row_shape`) that each carry ``_MIN_ROW_FIGURES`` figures or more is data, not a
    menu or a list of headlines, even with no prose around it. Its header line just above and
    a line introducing it (ending in a colon) go with it. Only the context passes' verdicts
    are overturned.
    """
    i = 0
    while i < len(paragraphs):
        j = i
        while j < len(paragraphs) and is_table_row(paragraphs[j]):
            j += 1
        if j - i < _MIN_TABLE_ROWS:
            i = max(j, i + 1)
            continue
        start = i
        for _ in range(2):  # the header row ("Pos. Driver Points"), then "Final standings:"
            if start > 0 and len(paragraphs[start - 1]) <= 200 and (
                    _is_heading_like(paragraphs[start - 1]) or paragraphs[start - 1].rstrip().endswith(":")):
                start -= 1
        for k in range(start, j):
            if reasons[k] in _CONTEXT_REASONS:
                reasons[k] = None
        i = j


def _table_starts(paragraphs: Sequence[str], j: int) -> bool:
    """Whether a table of figures (``_MIN_TABLE_ROWS`` rows, see :func:`_restore_data_tables`) starts
    at ``j``, or after up to two lines introducing it ("Final standings:", a header row)."""
    for start in range(j, min(j + 3, len(paragraphs))):
        rows = paragraphs[start:start + _MIN_TABLE_ROWS]
        if len(rows) == _MIN_TABLE_ROWS and all(is_table_row(p) for p in rows):
            return True
        if not _introduces_table(paragraphs[start]):
            return False
    return False


# Most lines of a note under a numbered item of a list ("3. Chapel Ridge" and its description).
_MAX_NOTE_LINES = 2


def _numbered_list_end(paragraphs: Sequence[str], j: int) -> int:
    """Where a numbered list of items with notes that starts at ``j`` ends, or ``j`` when none does.

    Such a list is "1. ..." and the next numbers, ``_MIN_LIST_ITEMS`` or more, each numbered line
    followed by at most ``_MAX_NOTE_LINES`` lines and most of them by some. A box of other stories
    numbers its headlines ("Most read: 1. ... 2. ..."), one line each."""
    number = noted = 0
    k = end = j
    while k < len(paragraphs) and (m := _NUMBER_MARKER.match(paragraphs[k])) and int(m["num"]) == number + 1:
        number += 1
        k += 1
        notes = 0
        while k < len(paragraphs) and notes < _MAX_NOTE_LINES and not _NUMBER_MARKER.match(paragraphs[k]):
            notes += 1
            k += 1
        if notes == _MAX_NOTE_LINES and k < len(paragraphs) and not _NUMBER_MARKER.match(paragraphs[k]):
            end = k - notes  # the lines after the last number may be the page's: only its numbered line
            break
        noted += notes > 0
        end = k
    return end if number >= _MIN_LIST_ITEMS and noted * 2 > number else j


def _introduces_table(text: str) -> bool:
    """A line that may stand above a table: its header row or a line ending in a colon."""
    return len(text) <= 200 and not is_table_row(text) and (_is_heading_like(text) or text.rstrip().endswith(":"))


def _restore_inner_markers(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """A section rule ("___", "* * *") or a bare source link between two kept lines is the article's.

    Inside running text such lines separate sections or cite a source; page chrome puts
    them among other chrome, where a neighbour is dropped too.
    """
    for i in range(1, len(paragraphs) - 1):
        if reasons[i - 1] is not None or reasons[i + 1] is not None:
            continue
        text = paragraphs[i].strip()
        if reasons[i] == "separator" or reasons[i] == "navigation" and _URL.fullmatch(text):
            reasons[i] = None


# An embedded post as a scraped body keeps it: the post's words, then its signature, "— Jane Doe (@janedoe)
# March 6, 2016". The article quotes it (a reaction, the message a story is about), whatever its words: a
# call ("Join us."), a headline-like line, a line at the text's start or end.
_EMBEDDED_POST_SIGNATURE = re.compile(
    rf"[—–-]\s*[^—–\n]{{1,80}}?\(@\w{{1,30}}\)\s+{_MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}}\s*$", re.I)
# Reasons a post's words or place earn it; a caption, a credit or a share bar is no post.
_SOFT_POST_REASONS = frozenset({"promo", "related", "boilerplate", "title", "navigation", "read-more"})


def _restore_embedded_posts(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """An embedded post dropped for its words or its place is the article's, when the article has prose."""
    if not any(r is None and _is_bodylike(p) for p, r in zip(paragraphs, reasons)):
        return
    for i, text in enumerate(paragraphs):
        if reasons[i] in _SOFT_POST_REASONS and "(@" in text and (m := _EMBEDDED_POST_SIGNATURE.search(text)) and len(
                words_of(text[:m.start()])) >= _MIN_POST_WORDS:
            reasons[i] = None


# The post's own words before its signature: a signature alone on its line adds nothing to the post above it.
_MIN_POST_WORDS = 3


def _is_bodylike(text: str) -> bool:
    """Text that reads as article prose: a full sentence of some length."""
    return len(words_of(text)) >= 8 and (_ends_sentence(text) or len(text) >= 200)


def _first_body_index(paragraphs: Sequence[str], reasons: Sequence[str | None]) -> int:
    for i, (p, r) in enumerate(zip(paragraphs, reasons)):
        if r is None and _is_bodylike(p):
            return i
    return len(paragraphs)


def _mark_title(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """The first heading-like line before any body text is the title.

    Shorter labels ahead of it (one- or two-word section names, "kickers") are navigation.
    """
    first_body = _first_body_index(paragraphs, reasons)
    candidates = [i for i in range(first_body) if reasons[i] is None and _is_heading_like(paragraphs[i])]
    if not candidates:
        return
    title = next((i for i in candidates if len(words_of(paragraphs[i])) >= 3), candidates[0])
    reasons[title] = "title"
    for i in candidates:
        if i < title:
            reasons[i] = "navigation"


def _is_bare_name(text: str) -> bool:
    """A line that is only a person's name ("Jane Doe", "Maria de la Cruz"): capitalised words, no function word."""
    return bool(_NAME_LINE.match(text)) and not {w.lower() for w in words_of(text)} & STOPWORDS


def _names_only(text: str) -> bool:
    """A line of one to three people's names ("Jane Doe", "Jane Doe and Tom Roe", "JANE DOE, TOM ROE")."""
    names = [n for n in _AUTHOR_SPLIT.split(text.strip()) if n]
    return 1 <= len(names) <= 3 and all(_is_bare_name(n) and len(words_of(n)) >= 2 for n in names) \
        if len(names) > 1 else _is_bare_name(text)


def _mark_header_noise(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """Between the title and the first body paragraph, a bare name line is the byline."""
    if "title" not in reasons:
        return
    start = reasons.index("title") + 1
    end = _first_body_index(paragraphs, reasons)
    for i in range(start, end):
        p = paragraphs[i]
        if reasons[i] is None and _names_only(p):
            reasons[i] = "byline"


def _mark_more_from_blocks(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """A "More from X" heading and the other stories listed after it.

    The block runs until the article visibly resumes: a prose paragraph that shares most of
    its content words with the article so far (teasers of unrelated stories share few), or a
    run of prose paragraphs (teasers come one at a time, between headlines), whatever words it
    uses: after a box set inside it, a story often goes on about other sides of the event. The
    running text just above the point where the article resumes (a short paragraph, a subheading
    ending in a question) goes back to the article: a box of links ends on a headline.

    A box that has listed only bare headlines ends at the first whole paragraph of several
    sentences, and any block ends where a table of figures or a numbered list of items with notes
    starts (the list is the article's, see :func:`_numbered_list_end`). A block with no article prose
    before its heading that never sees the article resume took the article itself (a "Latest" link
    in a site menu above a story in a language without spaces): it is undone, the heading aside.
    """
    i = 0
    while i < len(paragraphs):
        p = paragraphs[i]
        if not _is_more_from(p) or reasons[i] not in (None, "read-more", "navigation", "boilerplate") \
                or _sentence_count(p) > 1:
            # A box's heading is a label: "Also on this trail was the Post. Its headline:" is two sentences
            # of the article introducing a quoted headline, not the heading of a box of other stories.
            i += 1
            continue
        reasons[i] = "more-from"
        article_words = _article_vocabulary(paragraphs[:i], reasons[:i])
        prose_before = (k for k in range(i) if reasons[k] is None and _is_bodylike(paragraphs[k]))
        story_before = sum(1 for _ in zip(range(_PROSE_RUN), prose_before)) == _PROSE_RUN
        # A block after the page's copyright line or comment widget, with a story before them, is
        # probably past the end of the article: one paragraph sharing its vocabulary does not resume
        # it (a teaser of another local story names the same places), only a run of prose that
        # shares some of it does. A "Comments (12)" link or a "© Reuters" photo credit under the
        # lead is no end of a story.
        ended = story_before and len(article_words) >= 25 and _after_article_end(paragraphs[:i], reasons[:i])
        j = i + 1
        taken: list[int] = []  # the kept lines the block takes
        listed: list[int] = []  # the lines it takes, kept or not: the box's items so far
        previous = reasons[j:]
        markers = _list_markers(paragraphs, reasons, i)
        while j < len(paragraphs):
            if reasons[j] is None and (
                    _continues_list(paragraphs[j], markers)
                    or not ended and _article_resumes(paragraphs[j], article_words)
                    or _links_box_ends(paragraphs, listed, j)
                    or _prose_resumes(paragraphs, reasons, j, article_words if ended else set(), closing=not ended)):
                break
            if _table_starts(paragraphs, j):
                break  # a table of figures is the article's wherever it sits (_restore_data_tables)
            if (end := _numbered_list_end(paragraphs, j)) > j:
                # So is a numbered list of items with notes: a box numbers bare headlines.
                for k in range(j, end):
                    if reasons[k] in _CONTEXT_REASONS:
                        reasons[k] = None
                break
            if reasons[j] is None:
                taken.append(j)
            if reasons[j] is None or reasons[j] in ("title", "navigation", "dateline-meta", "byline", "boilerplate"):
                reasons[j] = "more-from"
                listed.append(j)
            j += 1
        if (last := _last_shopping_line(paragraphs, listed)) is not None:
            # A box of links lists headlines, not prices: the block ran over the article's own
            # product list (a deals roundup under a "Don't miss" link). It ends after its heading.
            reasons[i + 1:last + 1] = previous[:last - i]
            j = i + 1
        elif j < len(paragraphs):
            _give_back_running_text(paragraphs, reasons, i, j, set(taken), article_words)
        elif not any(r is None and _is_bodylike(p) for p, r in zip(paragraphs[:i], reasons[:i])):
            # No article before the heading and none after it: the block took the article itself (a
            # "Latest" link in the site menu above a story the rules cannot read as prose, such as a
            # table or a language without spaces). Only the heading goes.
            reasons[i + 1:] = previous
            j = i + 1
        i = j


# Price or store lines a box of links may hold (a deal headline's price) before it reads as a
# product list.
_MAX_BOX_SHOPPING_LINES = 2


def _last_shopping_line(paragraphs: Sequence[str], listed: Sequence[int]) -> int | None:
    """The last of the lines a "More from" block took that is a price or store line, when it took
    more than a box of links holds; None otherwise."""
    shopping = [k for k in listed if _STORE_LINE.match(paragraphs[k].strip())]
    return shopping[-1] if len(shopping) > _MAX_BOX_SHOPPING_LINES else None


_LABEL_MARKER = re.compile(r"^(?P<label>[A-Z][\w'’-]{0,19}):\s+\S")
_NUMBER_MARKER = re.compile(r"^(?P<num>\d{1,2})[.)]\s+\S")
# How many kept lines above a box are looked at for the article's own list ("Q:"/"A:", "7. ...").
_MARKER_WINDOW = 8


def _list_markers(paragraphs: Sequence[str], reasons: Sequence[str | None], heading: int) -> tuple[set[str], int]:
    """The article's own list just above a box's ``heading``: the labels that start two or more of its
    last kept lines ("Q:", "A:") and the number of its last numbered line ("7. ..."), 0 when none."""
    kept = [k for k in range(heading) if reasons[k] is None][-_MARKER_WINDOW:]
    labels: dict[str, int] = {}
    number = 0
    for k in kept:
        if m := _LABEL_MARKER.match(paragraphs[k]):
            labels[m["label"]] = labels.get(m["label"], 0) + 1
        if m := _NUMBER_MARKER.match(paragraphs[k]):
            number = int(m["num"])
    return {label for label, count in labels.items() if count >= 2}, number


def _continues_list(text: str, markers: tuple[set[str], int]) -> bool:
    """Whether ``text`` goes on with the article's own list above the box: a line with one of its
    labels, or the next number of its numbered items. Headlines in a box share neither."""
    labels, number = markers
    if (m := _LABEL_MARKER.match(text)) and m["label"] in labels:
        return True
    return bool(number) and bool(m := _NUMBER_MARKER.match(text)) and int(m["num"]) == number + 1


# A box of bare headlines holds at least this many of them before any teaser.
_MIN_BOX_HEADLINES = 3


def _links_box_ends(paragraphs: Sequence[str], listed: Sequence[int], j: int) -> bool:
    """Whether a box set inside the story whose items so far (``listed``) are only headlines ends at
    ``j``, a whole prose paragraph: a box keeps one shape, bare headlines or headlines with teasers,
    so the first full paragraph after a run of bare headlines is the article going on."""
    text = paragraphs[j].rstrip()
    if not _is_bodylike(text) or text.endswith(("...", "…")) or _is_heading_like(text) or _sentence_count(text) < 2:
        return False
    headlines = {paragraphs[k] for k in listed if _is_heading_like(paragraphs[k]) and not _is_item_byline(paragraphs[k])}
    return len(headlines) >= _MIN_BOX_HEADLINES and all(_is_heading_like(paragraphs[k]) for k in listed)


def _may_be_item_byline(text: str, reason: str | None) -> bool:
    return reason in ("byline", "dateline-meta") or reason is None and len(text) <= _MAX_ITEM_BYLINE_CHARS


# An author or date line under a teaser's headline is short ("Jane Doe", "Wednesday November 20, 2019").
_MAX_ITEM_BYLINE_CHARS = 80


def _is_item_byline(text: str) -> bool:
    """A teaser's author or date line ("Jane Doe", "Wednesday November 20, 2019"): no headline of its own."""
    t = text.strip()
    return _is_bare_name(t) or _is_dateline_meta(t)


def _give_back_running_text(paragraphs: Sequence[str], reasons: list[str | None], heading: int, resume: int,
                            taken: set[int], article_words: set[str] = frozenset()) -> None:
    """Put back the kept lines of running text right above ``resume``, where the article resumes
    after the block that starts at ``heading``: up to the box's last headline. One subheading is
    crossed when the two lines above it are running text sharing a quarter of ``article_words``."""
    k = resume - 1
    crossed = False
    while k > heading:
        if reasons[k] in _INLINE_NOISE or _is_button(paragraphs[k]) or k in taken and _is_running_text(paragraphs[k]):
            if k in taken and not _is_button(paragraphs[k]):
                reasons[k] = None
            k -= 1
        elif (not crossed and k in taken and _is_subheading(paragraphs[k])
              and _running_lines_above(paragraphs, taken, k, article_words)):
            # A subheading of the article with two lines of its running text above it: a box of
            # links alternates headlines and single teasers, never two lines of running text.
            reasons[k] = None
            crossed = True
            k -= 1
        else:
            break


def _is_subheading(text: str) -> bool:
    """A short heading-like line, no sentence."""
    return _is_heading_like(text) and len(words_of(text)) <= 12 and not _ends_sentence(text)


def _running_lines_above(paragraphs: Sequence[str], taken: set[int], k: int, article_words: set[str]) -> bool:
    """Whether the two lines above ``k`` are taken lines of running text that share the article's words."""
    lines = (k - 1, k - 2)
    if not all(j in taken and _is_running_text(paragraphs[j]) and not _is_button(paragraphs[j]) for j in lines):
        return False
    words = _content_words(paragraphs[k - 1]) | _content_words(paragraphs[k - 2])
    return bool(words) and len(words & article_words) / len(words) >= _GIVE_BACK_OVERLAP


# Share of their vocabulary that the two lines above a subheading must share with the article for the
# give-back to cross it (a box ending on a bare headline, under teasers of other stories, shares little).
_GIVE_BACK_OVERLAP = 0.25


# Longest label of a button or a picture's overlay set between paragraphs ("Report", "Close").
_MAX_BUTTON_WORDS = 3


def _is_button(text: str) -> bool:
    """A button or overlay label set inside running text ("Report", "Close", "Play video")."""
    return len(words_of(text)) <= _MAX_BUTTON_WORDS and not _ends_sentence(text) and not text.rstrip().endswith(":")


# A run of this many prose paragraphs in a row ends a "More from" block: a list of other stories
# alternates headlines and one-paragraph teasers, while the article resumes with running prose.
# Past the end of the article (see _after_article_end) the run must share this much vocabulary.
_PROSE_RUN = 3
_RUN_OVERLAP = 0.1
# A shorter run will do when it closes the text (reaches its end or the page's copyright line):
# the article's last paragraphs after a box of links set inside it.
_CLOSING_RUN = 2
# Lines set inside running text by the page (a photo caption, an advertisement label).
_INLINE_NOISE = frozenset({"caption", "credit", "promo", "share", "video", "separator", EMBED})
# A list item's semicolon ends running text too: a headline never ends in one.
_RUNNING_END = re.compile(r"[.:;!?][\"'”’)\]]*$")


def _is_running_text(text: str) -> bool:
    """A line of the article's running text: prose, or a short line that ends like a sentence
    ("Sperry continues:", "Nobody was hurt.", "What did the minister say?"). Linked headlines
    rarely end in a full stop or a colon, and a teaser cut short with "..." is no running text."""
    text = text.rstrip()
    if text.endswith(("...", "…")):
        return False
    return _is_bodylike(text) or bool(words_of(text)) and bool(_RUNNING_END.search(text))


def _prose_resumes(paragraphs: Sequence[str], reasons: Sequence[str | None], start: int, article_words: set[str],
                   *, closing: bool = False) -> bool:
    """Whether ``_PROSE_RUN`` prose paragraphs follow one another from ``start`` (or, with
    ``closing``, ``_CLOSING_RUN`` of them up to the end of the text, its copyright line or the heading
    of another box of links: two boxes set one after the other have no prose between them) and,
    together, share some of ``article_words`` (any run does when it is empty). Lines the local
    rules dropped inside running text, such as captions, are skipped, and so are short lines of
    running text after the first paragraph; a teaser cut short with "..." is no prose."""
    run: list[int] = []
    for j in range(start, len(paragraphs)):
        if reasons[j] in _INLINE_NOISE:
            continue
        if closing and (reasons[j] == "copyright" or _is_box_heading(paragraphs[j], reasons[j])):
            break
        text = paragraphs[j].rstrip()
        if reasons[j] is not None or text.endswith(("...", "…")):
            return False
        if _is_bodylike(text):
            run.append(j)
        elif not (run and _is_running_text(text)):
            return False
        if len(run) == _PROSE_RUN:
            break
    if len(run) < (_CLOSING_RUN if closing else _PROSE_RUN):
        return False
    words = set().union(*(_content_words(paragraphs[j]) for j in run))
    return not article_words or bool(words) and len(words & article_words) / len(words) >= _RUN_OVERLAP


def _is_box_heading(text: str, reason: str | None) -> bool:
    """The heading of a box of links: "More from X", "Most read", a bare "Read more:"."""
    text = text.strip()
    if reason == "read-more":
        return bool(_READ_MORE_HEADING.match(text))
    return _is_more_from(text)


def _after_article_end(paragraphs: Sequence[str], reasons: Sequence[str | None]) -> bool:
    """True when the page's copyright notice or a comment widget follows the last body-like paragraph.

    A "© Jane Doe/Reuters" line without a year or "rights reserved" credits a picture inside the
    story; it is no end of the article."""
    for p, r in zip(reversed(paragraphs), reversed(reasons)):
        if r == "comment" or _is_page_end(p, r):
            return True
        if r is None and _is_bodylike(p):
            return False
    return False


def _is_page_end(text: str, reason: str | None) -> bool:
    """The page's copyright notice: what follows is no longer the article. (A comment widget may
    also end it, but a "Comments (12)" link can sit under the lead.)"""
    return reason == "copyright" and _is_page_copyright(text)


_RIGHTS = re.compile(rf"{_RIGHTS_RESERVED}|may not be|redistributed", re.I)


def _is_page_copyright(text: str) -> bool:
    """A copyright notice of the page ("All rights reserved", or a year), not a picture credit: a
    photographer and an agency ("© 2019 Jane Doe/Getty Images") or a picture library ("© 2019 Getty
    Images") credit a picture inside the story."""
    if _RIGHTS.search(text):
        return True
    return bool(_YEAR.search(text)) and not _credit_reason(text) and not _PICTURE_SOURCE.search(text)


# Words of a picture's credit line, not of a publication's notice: "© 2019 Getty Images", "Photo © 2020".
_PICTURE_SOURCE = re.compile(r"\b(?:getty|shutterstock|alamy|istock|photos?|images?|pictures?)\b", re.I)


def _article_vocabulary(paragraphs: Sequence[str], reasons: Sequence[str | None]) -> set[str]:
    words: set[str] = set()
    for p, r in zip(paragraphs, reasons):
        if r in (None, "title"):
            words |= _content_words(p)
    return words


def _article_resumes(text: str, article_words: set[str]) -> bool:
    if not _is_bodylike(text):
        return False
    words = _content_words(text)
    if len(article_words) < 25:
        # Little or no article before the block (a "Most read" box near the top of the
        # story): the first prose paragraph starts or resumes the article.
        return True
    if not words:
        return False
    # Conservative on purpose: losing article text is worse than keeping a teaser, and
    # teasers of other stories that slip through are caught by the unrelated-content pass.
    return len(words & article_words) / len(words) >= 0.25


# A blog's comment thread: its heading ("12 thoughts on “Title”", "3 Responses to ...") or the
# per-comment header lines ("jdoe says:", "Jane Doe says on May 3, 2019 at 7:07 pm:"). Only
# "says:" and several different names: an article quoting "The minister said:" is not a thread.
_COMMENTS_HEADING = re.compile(
    r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:thoughts?|comments?|responses?|replies|reactions?)"
    r" (?:on|to)\b.{0,200}$"
    r"|^\d+ (?:(?:gedanken|kommentare?|antworten|reaktionen) (?:zu|auf)|(?:commentaires?|réponses?|réactions?) (?:à|au"
    r"|sur)"
    r"|(?:comentarios?|respuestas?) (?:a|al|en|para)|(?:commenti|risposte) (?:a|su)|(?:comentários|respostas) (?:para"
    r"|em|a))\b.{0,200}$",
    re.I)
_COMMENTER = re.compile(r"^(?P<name>\S+(?: \S+){0,3}) says(?: on .{0,60})?:$")
_MIN_COMMENTERS = 3


def _mark_comment_section(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """Everything from the start of a comment thread after the article is "comment".

    The thread starts at its heading, or at the first commenter line when at least three
    appear; it is only looked for after the article's first prose paragraph.
    """
    first_body = _first_body_index(paragraphs, reasons)
    start = next((i for i in range(first_body + 1, len(paragraphs))
                  if len(paragraphs[i]) <= 250 and _COMMENTS_HEADING.match(paragraphs[i].strip())), None)
    if start is None:
        commenters = [(i, m["name"]) for i in range(first_body + 1, len(paragraphs))
                      if len(paragraphs[i]) <= 120 and (m := _COMMENTER.match(paragraphs[i].strip()))
                      and not {w.lower() for w in words_of(m["name"])} & STOPWORDS]
        start = commenters[0][0] if len({name for _, name in commenters}) >= _MIN_COMMENTERS else None
    if start is None:
        return
    for i in range(start, len(paragraphs)):
        if reasons[i] is None:
            reasons[i] = "comment"


# Fewest words of a linked story's headline.
_MIN_HEADLINE_WORDS = 3


def _mark_read_more_lists(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """A bare "Read more:" heading is followed by a list of linked headlines. A label of one or two
    words ("Sunday", "Week two") is no headline of a story: the list ends there (the article went on
    as a list of its own after a "Related" link)."""
    for i, p in enumerate(paragraphs):
        if reasons[i] == "read-more" and _READ_MORE_HEADING.match(p.strip()):
            j = i + 1
            while (j < len(paragraphs) and reasons[j] is None and _is_heading_like(paragraphs[j])
                   and len(words_of(paragraphs[j])) >= _MIN_HEADLINE_WORDS):
                reasons[j] = "read-more"
                j += 1


# A box of other stories with teasers repeats one unit: headline, the story's author and/or date,
# one paragraph of teaser. A list inside an article repeats subheading and paragraph too, but
# names no author and no date under each subheading.
_MIN_TEASER_UNITS = 3
_MAX_ITEM_BYLINES = 2


def _mark_teaser_runs(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """Runs of at least ``_MIN_TEASER_UNITS`` teaser units (a kept headline, one or two author or
    date lines, one kept paragraph) after the article's first prose paragraphs are other stories."""
    first = _first_body_index(paragraphs, reasons)
    i = first + 1
    while i < len(paragraphs):
        units: list[list[int]] = []
        j = i
        while (unit := _teaser_unit(paragraphs, reasons, j)) is not None:
            units.append(unit)
            j = unit[-1] + 1
        if len(units) >= _MIN_TEASER_UNITS:
            for unit in units:
                for k in unit:
                    if reasons[k] is None:
                        reasons[k] = "related"
            i = j
        else:
            i += 1


# A card linking to another story prints its headline twice in a row (the picture's link and the
# title's), often under a section label ("Business", "Column").
_MIN_CARD_HEADLINE_WORDS = 4
_MAX_CARD_LABEL_WORDS = 2


def _mark_linked_cards(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """A headline printed twice in a row ("Title", "Title"), or twice under the same short label
    ("Business", "Title", "Business", "Title"), is a link to another story. A line the page prints
    more often is an interface string ("Click to enlarge"), not a card."""
    counts = Counter(p.strip() for p in paragraphs)
    for i in range(1, len(paragraphs)):
        text = paragraphs[i].strip()
        if (reasons[i] is not None or counts[text] != 2 or not _is_heading_like(text)
                or len(words_of(text)) < _MIN_CARD_HEADLINE_WORDS):
            continue
        if paragraphs[i - 1].strip() == text:
            card = [i - 1, i]
        elif i >= 3 and paragraphs[i - 2].strip() == text and _is_card_label(paragraphs[i - 1]) \
                and paragraphs[i - 3].strip() == paragraphs[i - 1].strip():
            card = [i - 3, i - 2, i - 1, i]
        else:
            continue
        for k in card:
            reasons[k] = "read-more"


def _is_card_label(text: str) -> bool:
    return len(words_of(text)) <= _MAX_CARD_LABEL_WORDS and _is_heading_like(text)


def _teaser_unit(paragraphs: Sequence[str], reasons: Sequence[str | None], i: int) -> list[int] | None:
    """The lines of a teaser unit starting at ``i`` (headline, author/date lines, teaser), or None."""
    if i + 1 >= len(paragraphs) or reasons[i] is not None or not _may_be_item_byline(paragraphs[i + 1], reasons[i + 1]):
        return None  # the cheap test first: most kept lines are followed by a paragraph
    if not _is_heading_like(paragraphs[i]):
        return None
    if len(words_of(paragraphs[i])) < _MIN_HEADLINE_WORDS or _is_item_byline(paragraphs[i]):
        return None
    j, bylines = i + 1, 0
    while j < len(paragraphs) and bylines < _MAX_ITEM_BYLINES + 1 and (
            reasons[j] in ("byline", "dateline-meta") or reasons[j] is None and _is_item_byline(paragraphs[j])):
        bylines += 1
        j += 1
    if not 1 <= bylines <= _MAX_ITEM_BYLINES or j >= len(paragraphs):
        return None
    if reasons[j] is not None or not _is_bodylike(paragraphs[j]) or _is_heading_like(paragraphs[j]):
        return None
    return list(range(i, j + 1))


def _mark_tail(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """After the last prose paragraph, leftover label-like lines are footer navigation."""
    last_body = max((i for i, (p, r) in enumerate(zip(paragraphs, reasons)) if r is None and _is_bodylike(p)), default=-1)
    if last_body < 0:
        return
    attached = True  # still in the run of kept lines right after the prose
    under_labels = True  # only inline labels (an advertisement's, a caption) dropped since the prose
    for i in range(last_body + 1, len(paragraphs)):
        text = paragraphs[i]
        if reasons[i] is not None:
            under_labels = under_labels and _is_inline_label(text, reasons[i])
            attached = False
            continue
        if under_labels and i == len(paragraphs) - 1 and _announces_lost_text(text):
            continue  # "Hence this exchange:" under an advertisement's label: the article's, the exchange lost
        if attached and (_is_list_item(text) or _introduces_list(paragraphs, reasons, i)):
            continue  # a list closing the article ("It comes with: ...") rather than links
        if attached and _is_closing_remark(text) and all(r in _STORY_NOTE_REASONS for r in reasons[i + 1:]):
            # a column's last word at the text's end ("Who knew?"), or above only the story's own notes (on the
            # writer, a picture's credit), not a footer link; a footer's menu or copyright line after it is a page's
            continue
        attached = False
        if _is_heading_like(text) and not _is_cut_short(text):
            reasons[i] = "navigation" if len(words_of(text)) <= 4 else "related"


_MIN_ANNOUNCING_SENTENCE_WORDS = 6
# Lines a story itself closes on, under its last paragraph: a note on the writer, a picture's caption or credit.
_STORY_NOTE_REASONS = frozenset({"author-note", "byline", "caption", "credit", "separator"})


def _announces_lost_text(text: str) -> bool:
    """A sentence of the article announcing what follows ("Hence, there's this exchange:"), mostly lower-case
    words: as the text's last line, what it announced is what the scrape lost."""
    return (text.rstrip().endswith(":") and len(words_of(text)) >= _MIN_ANNOUNCING_SENTENCE_WORDS
            and _is_list_item(text))


# A letter's or open letter's closing line ("Yours sincerely,", "Regards,", "Yours in the struggle,"): the
# writer's words, as is the signature under it (a name, a town), which the context pass reads as a footer.
_LETTER_CLOSING = re.compile(
    r"^(?:yours\b|sincerely\b|(?:kind |best |warm )?regards\b|best wishes\b|respectfully\b|cordially\b"
    r"|with (?:thanks|love|gratitude|best wishes|respect)\b)[^.!?:]{0,60},$", re.I)
_MAX_SIGNATURE_LINES = 2
_MAX_SIGNATURE_WORDS = 6


def _restore_letter_signoff(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """A letter's closing and signature after the last prose paragraph stay with it.

    The signature is read as one only under a closing line, or on a letters page, where the letters
    above were signed the same way (a name line between kept paragraphs): a bare name closing a news
    story may be its byline, which is no article text.
    """
    last_body = max((i for i, (p, r) in enumerate(zip(paragraphs, reasons)) if r is None and _is_bodylike(p)), default=-1)
    i = last_body + 1
    if last_body < 0 or i >= len(paragraphs) or reasons[i] not in (None, *_CONTEXT_REASONS):
        return
    if _LETTER_CLOSING.match(paragraphs[i].strip()):
        reasons[i] = None
        i += 1
    elif not (_is_bare_name(paragraphs[i]) and len(words_of(paragraphs[i])) >= 2 and i + 1 < len(paragraphs)
              and _is_signature_line(paragraphs[i + 1]) and _signed_letters_above(paragraphs, reasons, last_body)):
        return
    for j in range(i, min(i + _MAX_SIGNATURE_LINES, len(paragraphs))):
        if reasons[j] not in _CONTEXT_REASONS or not _is_signature_line(paragraphs[j]):
            break
        reasons[j] = None


def _is_signature_line(text: str) -> bool:
    """A name or a place ("Jane Doe", "Leeds, West Yorkshire"): short, capitalised, no sentence."""
    t = text.strip()
    return (0 < len(words_of(t)) <= _MAX_SIGNATURE_WORDS and t[0].isupper() and not _ends_sentence(t)
            and not t.endswith(":") and not _URL.search(t))


def _signed_letters_above(paragraphs: Sequence[str], reasons: Sequence[str | None], end: int) -> bool:
    """Whether, before ``end``, ``_MIN_SIGNED_LETTERS`` letters were signed with a name and a place line
    between kept prose paragraphs: a letters page (one name line in a text is a source's or an author's)."""
    signed = 0
    for k in range(1, end - 2):
        if (reasons[k - 1] is None and _is_bodylike(paragraphs[k - 1]) and reasons[k] is None
                and reasons[k + 1] is None and reasons[k + 2] is None and _is_bare_name(paragraphs[k])
                and len(words_of(paragraphs[k])) >= 2 and _is_signature_line(paragraphs[k + 1])
                and _is_bodylike(paragraphs[k + 2])):
            signed += 1
    return signed >= _MIN_SIGNED_LETTERS


_MIN_SIGNED_LETTERS = 2


# The note about the writer that closes many stories ("Jane Doe is a senior writer for The Atlantic,
# covering energy. @janedoe"): a person's name, then a journalist's role. Only at the end of the
# article: a name and a role inside it introduce a source.
_AUTHOR_BIO = re.compile(
    rf"^(?:{_NAME}\s+){{0,3}}{_NAME},? (?:is|was|has been) (?:a|an|the) (?:[\w’'-]+ ){{0,4}}"
    r"(?:writer|reporter|editor|correspondent|columnist|contributor|journalist|producer|blogger|critic(?! of\b)|author of)\b")
_MAX_AUTHOR_BIO_CHARS = 400
_AUTHOR_BIO_PLACES = 2  # the last kept paragraphs looked at


def _mark_author_bio(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """One of the last kept paragraphs that presents the writer is an author note, not article text."""
    kept = [i for i, r in enumerate(reasons) if r is None]
    for i in kept[-_AUTHOR_BIO_PLACES:]:
        text = paragraphs[i].strip()
        if (len(text) <= _MAX_AUTHOR_BIO_CHARS and _sentence_count(text) <= 3 and _AUTHOR_BIO.match(text)
                and not _REPORTING.search(text)):
            reasons[i] = "author-note"
    if len(kept) > _MIN_PROSE_ABOVE_NEWCOMER_BIO and reasons[kept[-1]] is None and _is_newcomer_bio(
            paragraphs[kept[-1]], [paragraphs[i] for i in kept[:-1]]):
        reasons[kept[-1]] = "author-note"


# The note on a writer whose trade is no writing job ("Jane Doe is a senior fellow at the Example
# Institute.", "John Roe has been an adviser to two governors.", "Jane Doe's latest book is ..."). An
# article's sentence introducing someone has the same shape, so only as the text's last kept paragraph,
# under three kept paragraphs at least, about a person the article never named (a source introduced in the
# last lines was quoted or named above them), every sentence about that person and none reporting speech.
_NEWCOMER_BIO = re.compile(
    rf"^(?:[•·*–-]\s*)?(?P<names>{_NAME}(?:\s+{_NAME}){{1,3}}(?:\s+and\s+{_NAME}(?:\s+{_NAME}){{1,3}})?),?"
    r" (?:is|was|are|has been|have been|serves as) (?!(?:expected|set|scheduled|due|likely|not|also|now|still)\b)")
_NEWCOMER_BOOK = re.compile(
    rf"^(?:[^.!?]{{1,100}}?,\s+)?(?P<names>{_NAME}(?:\s+{_NAME}){{1,3}})[’']s? (?:new|latest|most recent|forthcoming|next)"
    r" (?:book|novel)\b")
_MIN_PROSE_ABOVE_NEWCOMER_BIO = 3
# Such notes run longer than a writer's one-line note: a career, a degree, a book, a call to follow.
_MAX_NEWCOMER_BIO_CHARS = 700
_MAX_NEWCOMER_BIO_SENTENCES = 6
# "is writing a book" presents a writer; "is seeking comment", "is facing charges" report what someone does.
_BIO_PROGRESSIVES = frozenset({"writing", "working"})
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# What a bio's later sentences open with besides the person: a pronoun, or a call to reach or read the writer.
_BIO_SENTENCE_OPENERS = frozenset({"he", "she", "his", "her", "they", "their", "write", "email", "e-mail", "follow",
                                   "contact", "reach", "find", "read"})


def _is_newcomer_bio(text: str, above: Sequence[str]) -> bool:
    text = text.strip()
    if len(text) > _MAX_NEWCOMER_BIO_CHARS or _REPORTING.search(text):
        return False
    m = _NEWCOMER_BIO.match(text) or _NEWCOMER_BOOK.match(text)
    if not m:
        return False
    predicate = words_of(text[m.end():])[:1]
    if predicate and predicate[0].endswith("ing") and predicate[0].lower() not in _BIO_PROGRESSIVES:
        return False
    # Sentences as a bio breaks them: not after an initial or an abbreviation ("Joel B. Pollak", "the U.S. Office").
    sentences = _SENTENCE_BREAK.split(text)
    if len(sentences) > _MAX_NEWCOMER_BIO_SENTENCES:
        return False
    people = [words_of(name) for name in m["names"].split(" and ")]
    surnames: set[str] = set()
    for words in people:
        if len(words) < 2 or any(w.lower() in STOPWORDS or w.endswith(("’s", "'s")) for w in words[:-1]):
            return False  # "So Jane Doe is", "Fox's Jane Doe is": no bare name
        if words[0].endswith(".") and 3 <= len(words[0]) <= 5:
            return False  # "Sen. Jane Doe", "Dr. John Roe": the article's way of naming a source
        names = [w.rstrip(".") for w in words if w.rstrip(".").lower() not in _NAME_SUFFIXES]
        surnames.add(re.sub(r"[’']s?$", "", names[-1]))
    # A later sentence opens with the person, a pronoun, a call to reach the writer, or what the first named
    # ("Jane Doe is the chair of Example Action. Example Action has ...").
    named = set(words_of(sentences[0]))
    for sentence in sentences[1:]:
        opener = words_of(sentence)[:1]
        if opener and opener[0].lower() not in _BIO_SENTENCE_OPENERS and opener[0] not in surnames | named:
            return False
    above_words = {w for paragraph in above for w in words_of(paragraph)}
    return not any(surname in above_words or surname + "’s" in above_words or surname + "'s" in above_words
                   for surname in surnames)


# The heading of the box presenting the writer under a post: "About the author", "Über den Autor",
# "Sobre el autor", or "About"/"Über"/"Sobre" and the writer's name ("About Jane Doe").
_AUTHOR_BOX_LABEL = re.compile(
    r"^(?:about the authors?|über (?:den autor|die autorin|die autoren)|zu[mr] (?:autor|autorin)|sobre (?:el|la|o|a)"
    r" (?:autor|autora)|à propos de l[’']auteur|l[’']auteur|sull[’']autore|over de auteur|o autor(?:ze|ce))\s*:?$", re.I)
_AUTHOR_BOX_NAME = re.compile(rf"^(?:About|Über|Sobre|Over)\s+(?P<name>{_NAME}(?:\s+{_NAME}){{1,3}})\s*:?$")
_MAX_AUTHOR_BOX_CHARS = 800
_AUTHOR_BOX_PARAGRAPHS = 2
_MIN_PROSE_ABOVE_AUTHOR_BOX = 3


def _mark_author_box(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """The box presenting the writer below the article, its heading and the one or two paragraphs
    under it, is an author note: under "About the author", or under "About Jane Doe" when the paragraph
    names her. Only below three paragraphs of article prose (a profile opening "About Jane Doe" is
    the article)."""
    if not any(len(text) <= 60 and text.lstrip()[:1] in "AaÜüSsZzÀàLlOo" and (
            _AUTHOR_BOX_NAME.match(text.strip()) or _AUTHOR_BOX_LABEL.match(text.strip())) for text in paragraphs):
        return  # no heading of such a box: spare the walk
    prose = 0
    for i, text in enumerate(paragraphs):
        if reasons[i] is None and _is_prose_paragraph(text):
            prose += 1
            continue
        if prose < _MIN_PROSE_ABOVE_AUTHOR_BOX or len(text) > 60:
            continue
        label = text.strip()
        named = _AUTHOR_BOX_NAME.match(label)
        if not named and not _AUTHOR_BOX_LABEL.match(label):
            continue
        name = [w.lower() for w in words_of(named["name"])] if named else []
        if any(w in STOPWORDS or w in GERMAN_STOPWORDS for w in name):
            continue  # "About The Tram Line": a subheading, not a name
        name_words = set(name[-1:])  # the bio names the writer, at least by the surname
        box = [k for k in range(i + 1, min(i + 1 + _AUTHOR_BOX_PARAGRAPHS, len(paragraphs)))]
        box = box[: next((n for n, k in enumerate(box) if reasons[k] is not None), len(box))]
        if not box or len(paragraphs[box[0]]) > _MAX_AUTHOR_BOX_CHARS or _looks_quoted(paragraphs[box[0]]):
            continue
        if name_words and not name_words & {w.lower() for w in words_of(paragraphs[box[0]])}:
            continue
        if len(box) > 1 and (len(paragraphs[box[1]]) > _MAX_AUTHOR_BOX_CHARS or _is_prose_paragraph(paragraphs[box[1]])
                             and not name_words & {w.lower() for w in words_of(paragraphs[box[1]])}):
            box = box[:1]
        for k in [i, *box]:
            reasons[k] = "author-note"


# The card presenting the writer, wherever the page prints it (under the byline, beside a column, above a sidebar,
# so not only among the last kept paragraphs, where _mark_author_bio looks): the writer's name alone on a line,
# perhaps a role label ("Autor", "Redakteur für Wirtschaft"), then a paragraph that opens with that name, or with
# the writer's life ("Geboren 1983, ist ...", "Schreibt seit 2008 für ..."), and gives a writing job ("Jane Doe
# ist Redakteurin bei ...", "Nils Roe ist freier Autor und Journalist."). An article presenting a source does not
# set the source's name on a line of its own above the sentence.
_WRITING_JOB = re.compile(
    r"\b(?:redakteur|autor|journalist|korrespondent|reporter|volontär|kolumnist|chefredakteur|ressortleiter"
    r"|redaktionsleiter|fotograf|blogger)(?:in(?:nen)?|\*in|:in|_in)?\b|\bschreibt (?:seit|für|über|als)\b"
    r"|\b(?:writer|reporter|correspondent|columnist|journalist|editor)s?\b", re.I)
_WRITER_LIFE_OPENER = re.compile(r"^(?:Geboren|Jahrgang|Schreibt|Arbeitet|Born|Writes)\b")
_CARD_ROLE_LABEL = re.compile(r"^(?:autor(?:in|\*in|:in|en|innen|\*innen|:innen)?|authors?|redakteur(?:in)?)\s*:?$",
                              re.I)
_MAX_CARD_NAME_CHARS = 40
_MAX_CARD_ROLE_WORDS = 6
_MAX_WRITER_CARD_CHARS = 700
_MAX_WRITER_CARD_SENTENCES = 5


def _mark_writer_cards(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """A writer's name line, its role label and the paragraph presenting the writer are an author note."""
    for i, text in enumerate(paragraphs):
        name = text.strip()
        if len(name) > _MAX_CARD_NAME_CHARS or not _is_card_name(name):
            continue
        k = i + 1
        if k < len(paragraphs) and _is_card_role(paragraphs[k].strip()):
            k += 1
        if k >= len(paragraphs) or reasons[k] is not None or not _presents_writer(paragraphs[k].strip(), name):
            continue
        for j in range(i, k + 1):
            if reasons[j] is None:
                reasons[j] = "author-note"


def _is_card_name(text: str) -> bool:
    """A name line: a person's name, or a first name alone (the card's bio then opens with the full name)."""
    if _is_bare_name(text):
        return True
    return (re.fullmatch(_NAME, text) is not None and text.isalpha() and text.lower() not in STOPWORDS
            and text.lower() not in GERMAN_STOPWORDS)


def _is_card_role(text: str) -> bool:
    return _CARD_ROLE_LABEL.match(text) is not None or (
        len(words_of(text)) <= _MAX_CARD_ROLE_WORDS and not _RUNNING_END.search(text)
        and _WRITING_JOB.match(text) is not None)


def _presents_writer(bio: str, name: str) -> bool:
    if len(bio) > _MAX_WRITER_CARD_CHARS or _looks_quoted(bio) or _REPORTING.search(bio):
        return False
    name_words = words_of(name)
    opening = words_of(bio)[:len(name_words) + 1]
    if len(name_words) == 1:
        # "Celia" over "Celia Parbey ist ...": the first name, then a surname
        opens_with_name = opening[:1] == name_words and len(opening) > 1 and opening[1][:1].isupper()
    else:
        opens_with_name = opening[:len(name_words)] == name_words
    if not (opens_with_name or _WRITER_LIFE_OPENER.match(bio)):
        return False
    return (len(_SENTENCE_BREAK.split(bio)) <= _MAX_WRITER_CARD_SENTENCES
            and (_WRITING_JOB.search(bio) is not None or _AUTHOR_BIO.match(bio) is not None))


def _introduces_list(paragraphs: Sequence[str], reasons: Sequence[str | None], i: int) -> bool:
    """A line ending in a colon with a kept list item right after it ("The kit includes:")."""
    following = i + 1
    return (paragraphs[i].rstrip().endswith(":") and following < len(paragraphs) and reasons[following] is None
            and _is_list_item(paragraphs[following]))


def _is_list_item(text: str) -> bool:
    """A short content line of a list: mostly lower-case words, not a capitalised headline."""
    words = words_of(text)
    if len(words) < 4:
        return False
    return sum(1 for w in words[1:] if w[0].islower()) * 2 >= len(words) - 1


# ---------------------------------------------------------------------------------------
# Context: prose density and neighbours (a jusText-style pass over plain text)
# ---------------------------------------------------------------------------------------
# A whole page copied from a browser holds menus, teasers and footers as short lines around
# the article. Each paragraph is first graded on its own (long stop-word-dense prose is
# "good", long lists of names or labels "bad", the rest "short"/"near"); short and near
# paragraphs then take their grade from their neighbours, so a subheading or a one-line
# quote inside the article stays while the same kind of line inside a menu goes.
# Thresholds set on the `plaintext` task's tune split (AEB pages, even positions).

_GOOD, _NEAR, _SHORT, _BAD, _NOISE = "good", "near", "short", "bad", "noise"


# Scripts written without spaces between words (Chinese, Japanese kana and kanji): for the density
# of function words each character counts as a token, the way a word does elsewhere.
_UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_DENSITY_TOKEN = re.compile(rf"[{_UNSPACED}]|[^\W{_UNSPACED}]+")


def _stopword_density(text: str, stopwords: frozenset[str] = STOPWORDS, tokens_of: re.Pattern[str] = _DENSITY_TOKEN) -> float:
    return _share_in(_lower_tokens(text, tokens_of), stopwords)


def _lower_tokens(text: str, tokens_of: re.Pattern[str] = _DENSITY_TOKEN) -> list[str]:
    """The tokens of ``text`` lower-cased (``tokens_of``: a pattern of runs of word characters)."""
    if "\u0130" in text or "\u03a3" in text:
        # "İ" lower-cases to "i" and a combining dot (no word character), "Σ" to "ς" or "σ" by the letters around it
        return list(map(str.lower, tokens_of.findall(text)))
    # Lower-casing the text once gives the same tokens: every other character lower-cases to one character
    # of the same kind (a word character, a digit, a letter, a character of a script without spaces).
    return tokens_of.findall(text.lower())


def _share_in(tokens: Sequence[str], words: frozenset[str]) -> float:
    """The share of ``tokens`` that are in ``words`` (0.0 for no tokens)."""
    return sum(map(words.__contains__, tokens)) / len(tokens) if tokens else 0.0


# Function words of German, the language most pages copied after English are in: its prose is as
# dense in them as English prose is in STOPWORDS, whatever the page's own most frequent words are
# (on a page whose comments or menus outweigh a short article those are names and labels).
GERMAN_STOPWORDS = frozenset(
    """der die das den dem des ein eine einen einem einer eines und oder aber doch sondern denn weil dass daß
    wenn als wie ob auch noch schon nur nicht kein keine keinen keinem keiner ich du er sie es wir ihr mich mir
    dich dir sich uns euch ihm ihn ihnen sein seine seinen seinem seiner seines ihre ihren ihrem ihrer ihres
    unser unsere unseren unserem mein meine meinen dein deine in im ins an am auf aus bei beim mit nach von vom
    zu zum zur für über unter vor hinter neben zwischen durch gegen ohne um bis seit während wegen ist sind war
    waren bin bist seid wird werden wurde wurden worden hat haben hatte hatten habe hast kann können konnte
    konnten muss müssen musste soll sollen sollte will wollen wollte würde würden wäre dies diese dieser dieses
    diesen diesem man so sehr mehr dann da hier dort was wer wo warum also nun immer wieder etwa bereits jedoch
    sowie zudem denen deren dessen welche welcher welches alle allem allen aller alles viele vielen einige""".split())


# On an English page German's function words count too: a German post under an English blog theme, a German
# quotation or letter, is prose (English lines hold few of them: "die", "war", "man").
_ENGLISH_PAGE_STOPWORDS = STOPWORDS | GERMAN_STOPWORDS


def _page_stopwords(paragraphs: Sequence[str]) -> frozenset[str]:
    """The stop words of a page not in English: German's when its text is dense in them, else the
    page's most frequent words."""
    sample = " ".join(paragraphs)[:20_000]
    if _stopword_density(sample, GERMAN_STOPWORDS, tokens_of=_TOKEN) >= 0.12:
        return GERMAN_STOPWORDS | _frequent_words(paragraphs)
    return _frequent_words(paragraphs)


def _frequent_words(paragraphs: Sequence[str], size: int = 40) -> frozenset[str]:
    """Stand-in stop-word list for a language we have none for: the text's most frequent words.

    In any language the most frequent words of running prose are function words, so prose
    is dense in them and a menu of names and labels is not. In a script without spaces the
    most frequent characters stand in the same way (particles and endings such as の, に, た).
    """
    counts: dict[str, int] = {}
    for p in paragraphs:
        for token in _DENSITY_TOKEN.findall(p.lower()):
            if not token.isdigit():
                counts[token] = counts.get(token, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])[:size]
    return frozenset(word for word, count in ranked if count >= 3)


# A character of a script without spaces carries about as much as a short word does elsewhere:
# it counts this many times towards a paragraph's length, and "。！？" end its sentences.
_UNSPACED_WEIGHT = 3
_UNSPACED_CHARS = re.compile(f"[{_UNSPACED}]")
_UNSPACED_END = re.compile(r"[。！？][」』）”]*$")


def _grade(text: str, stopwords: frozenset[str]) -> str:
    unspaced = len(_UNSPACED_CHARS.findall(text))
    n = len(text) + (_UNSPACED_WEIGHT - 1) * unspaced
    # Without a character of a script without spaces the tokens are the plain runs of word characters.
    density = _stopword_density(text, stopwords, _DENSITY_TOKEN if unspaced else _TOKEN)
    sentence = _ends_sentence(text) or bool(unspaced) and bool(_UNSPACED_END.search(text.rstrip()))
    if n >= 200 and density >= 0.22 or n >= 100 and density >= 0.28 and sentence:
        return _GOOD
    if n >= 50 and density < 0.12 and not _is_content_line(text):
        return _BAD
    if n >= 50 and density >= 0.2 and (sentence or n >= 120):
        return _NEAR
    return _SHORT


def _is_english(paragraphs: Sequence[str]) -> bool:
    sample = " ".join(paragraphs)[:20_000]
    # Words, not characters: an English article copied from a Japanese site is still English.
    tokens = _lower_tokens(sample, _TOKEN)
    english = _share_in(tokens, STOPWORDS)
    # A German page with an English cookie panel or code sample reaches English's threshold too
    # (and "in", "an", "so", "was" are words of both): its German prose is denser in German's.
    return english >= 0.12 and english >= _share_in(tokens, GERMAN_STOPWORDS)


def _mark_by_context(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    stopwords = _ENGLISH_PAGE_STOPWORDS if _is_english(paragraphs) else _page_stopwords(paragraphs)
    # Lines the local rules already dropped (share bars, promos) are left out of the
    # neighbourhood: in a clean article they sit between body paragraphs.
    grades = [_grade(p, stopwords) if r is None else _NOISE for p, r in zip(paragraphs, reasons)]
    inline = [_is_inline_label(p, r) for p, r in zip(paragraphs, reasons)]
    if _GOOD not in grades:
        # No long prose at all (a short brief, a list article): there is no page chrome to
        # tell apart by density, so only the local rules decide; but where not one line is a
        # sentence, the short labels left are a menu, not an article.
        if not any(r is None and _ends_sentence(p) for p, r in zip(paragraphs, reasons)):
            for i, (p, r) in enumerate(zip(paragraphs, reasons)):
                if r is None and len(words_of(p)) <= 4 and _is_heading_like(p):
                    reasons[i] = "navigation"
        return
    final = list(grades)
    backward, forward = _decisive_lines(grades, -1, inline), _decisive_lines(grades, 1, inline)
    for i, grade in enumerate(grades):
        if grade in (_GOOD, _BAD, _NOISE):
            continue
        before, back = _neighbour_grade(backward, i, -1)
        after, distance = _neighbour_grade(forward, i, 1)
        if before == after == _GOOD and back + distance - 1 > _MAX_INNER_RUN:
            final[i] = _GOOD if _in_long_run_joins(paragraphs[i], min(back, distance)) else _BAD
            continue
        final[i] = _GOOD if _joins_article(paragraphs[i], grade, before, after, distance) else _BAD
        if i == len(grades) - 1 and before == _GOOD and back == 1 and _is_closing_remark(paragraphs[i]):
            final[i] = _GOOD  # the text's last line, right under the prose
    _fill_short_gaps(grades, final)
    _keep_sentence_runs(paragraphs, grades, stopwords, final)
    for i, grade in enumerate(final):
        if grade == _BAD and reasons[i] is None:
            text = paragraphs[i]
            reasons[i] = "navigation" if len(words_of(text)) <= 4 and not _ends_sentence(text) else "boilerplate"


# Dropped lines a page sets between the article's paragraphs: two of them in a row are no boundary
# of the article (an advertisement's label over a "Related" link), unlike a share bar or a menu.
_INLINE_LABEL_REASONS = frozenset({"read-more", "credit", "caption", "video"})


def _is_inline_label(text: str, reason: str | None) -> bool:
    if reason in _INLINE_LABEL_REASONS:
        return True
    return (reason == "promo" and bool(_AD_LABEL.match(text))
            or reason == "comment" and bool(_COMMENT_COUNT.match(text)))


def _fill_short_gaps(grades: Sequence[str], final: list[str], max_gap: int = 3) -> None:
    """Up to ``max_gap`` dropped short lines between kept lines are labels inside the article (a
    list's subheadings: "Rest day", "Boat trips"); 3 rather than 2 on the plaintext tune split
    recovers 9 body lines and keeps no boilerplate line more."""
    i = 0
    while i < len(final):
        if final[i] != _BAD or grades[i] == _BAD:
            i += 1
            continue
        j = i
        while j < len(final) and final[j] == _BAD and grades[j] not in (_BAD, _NOISE):
            j += 1
        if 0 < i and j < len(final) and j - i <= max_gap and final[i - 1] == _GOOD and final[j] == _GOOD:
            for k in range(i, j):
                final[k] = _GOOD
        i = max(j, i + 1)


# A run of this many short sentences in a row is running text (a recipe's steps, a how-to), not page chrome.
_MIN_SENTENCE_RUN = 4
_MIN_RUN_SENTENCE_WORDS = 4
_MIN_RUN_DENSITY = 0.2


def _keep_sentence_runs(paragraphs: Sequence[str], grades: Sequence[str], stopwords: frozenset[str],
                        final: list[str]) -> None:
    """Short lines dropped for want of a prose neighbour stay when ``_MIN_SENTENCE_RUN`` or more of them in a
    row each end a sentence of four words or more and the run is as dense in function words as prose.

    jusText's neighbour rule reads such a run by the chrome around it: a recipe's steps ("Ein Backblech mit
    Backpapier auslegen.") between its ingredient list and the comment form were all lost. Menus and link
    lists are labels that end no sentence, and teasers alternate with headlines, so neither makes such a run.
    """
    i = 0
    while i < len(final):
        j = i
        while j < len(final) and final[j] == _BAD and grades[j] in (_NEAR, _SHORT) and _is_short_sentence(paragraphs[j]):
            j += 1
        if j - i >= _MIN_SENTENCE_RUN and _stopword_density(" ".join(paragraphs[i:j]), stopwords) >= _MIN_RUN_DENSITY:
            final[i:j] = [_GOOD] * (j - i)
        i = max(j, i + 1)


def _is_short_sentence(text: str) -> bool:
    return _ends_sentence(text) and len(words_of(text)) >= _MIN_RUN_SENTENCE_WORDS


def _noise_pair(grades: Sequence[str], j: int, step: int, inline: Sequence[bool]) -> bool:
    """Whether the dropped line ``j`` and the next one in ``step`` direction are page chrome: two
    labels set inside running text (an advertisement's label, a picture credit, a "Related" or
    "Comments (12)" link) are not."""
    k = j + step
    return 0 <= k < len(grades) and grades[k] == _NOISE and not (inline[j] and inline[k])


def _decisive_lines(grades: Sequence[str], step: int, inline: Sequence[bool]) -> list[tuple[str, int] | None]:
    """For each line, the first long line (or pair of dropped lines, page chrome) at or beyond it
    going in ``step`` direction, with its index: one pass, so that a page of thousands of short
    lines costs linear time, not a walk per line."""
    found: list[tuple[str, int] | None] = [None] * len(grades)
    nearest: tuple[str, int] | None = None
    order = range(len(grades) - 1, -1, -1) if step > 0 else range(len(grades))
    for j in order:
        if grades[j] in (_GOOD, _BAD):
            nearest = (grades[j], j)
        elif grades[j] == _NOISE and _noise_pair(grades, j, step, inline):
            nearest = (_BAD, j)  # a run of dropped lines is page chrome; a single one is not
        found[j] = nearest
    return found


def _neighbour_grade(decisive: Sequence[tuple[str, int] | None], i: int, step: int) -> tuple[str | None, int]:
    """The nearest long neighbour's grade (short lines skipped) and how far it is; None at the edge."""
    j = i + step
    hit = decisive[j] if 0 <= j < len(decisive) else None
    return (hit[0], abs(hit[1] - i)) if hit is not None else (None, 0)


# Longest run of short lines between two prose paragraphs that is read as part of the article
# whatever it holds; a longer run (a site menu between the story and a footer note) keeps
# only its sentences, content lines and the headings right next to the prose.
_MAX_INNER_RUN = 8
_MENU_LABEL_WORDS = 3


def _in_long_run_joins(text: str, distance: int) -> bool:
    """Whether a short line in a long run between two prose paragraphs stays with the article.

    Only menu labels go: lines of at most ``_MENU_LABEL_WORDS`` words that are no sentence,
    unless they head the prose right next to them.
    """
    if distance <= 1 or _ends_sentence(text) or _is_content_line(text):
        return True
    return len(words_of(text)) > _MENU_LABEL_WORDS


def _joins_article(text: str, grade: str, before: str | None, after: str | None, distance: int) -> bool:
    if before == _GOOD and after == _GOOD:
        return True
    if (before == _GOOD or after == _GOOD) and _WIRE_LEAD.match(text) and _ends_sentence(text):
        return True  # a wire story's dateline lead ("NEW YORK (Reuters) - ..."), even over a picture's caption and credit
    if before != _GOOD and after != _GOOD:
        return False
    # Article on one side, page chrome or the document's edge on the other: the first or
    # last lines of the article, or the first lines of the chrome. A full sentence or a
    # content line after the article, or a heading or sentence right before it, goes with
    # the article.
    if grade == _NEAR or before == _GOOD and after is None and _is_cut_short(text):
        return True
    if after == _GOOD:
        # A heading or standfirst right above the article, not a menu further up.
        return distance <= 2 and (_is_heading_like(text) or _ends_sentence(text))
    return (_ends_sentence(text) and len(words_of(text)) >= 4) or _is_content_line(text)


# A column's short last sentence ("Just asking.", "You decide.", "Amazing."): as the text's last line, right under
# the prose, there is no chrome it could open, so one word ending a sentence is enough. Not a label ending in a
# colon or a button's wording ("Read more.", "Share this."), which the local rules and _CUT_SHORT_BUTTON keep out.
_MIN_CLOSING_WORDS = 1
# One word alone is also how a page labels its controls and markers ("Back.", "Continue.", "Sources.", "ENDS."):
# those are no sentence of the column.
_ONE_WORD_CONTROLS = frozenset(
    "back continue next previous prev top home menu close share print email reply login register subscribe download "
    "skip sources source related tags topics comments end ends advertisement loading updated".split())


def _is_closing_remark(text: str) -> bool:
    t = text.strip()
    words = words_of(t)
    return (t.endswith((".", "!", "?")) and not t.endswith("...") and len(words) >= _MIN_CLOSING_WORDS
            and not _CUT_SHORT_BUTTON.match(t) and not (len(words) == 1 and words[0].rstrip(".").lower() in _ONE_WORD_CONTROLS))


# The article's last paragraph as a feed or a scraper cut it, mid-sentence ("The council also voted to...",
# "“We will not..."): the article's text, whatever its length. Two words at least, and no button's label
# ("Show more...", "Loading...").
_CUT_SHORT = re.compile(r"^[\"'“‘(]?[A-Z0-9].*[\w,;:\"'”’)\]](?:\.\.\.|…)$")
_CUT_SHORT_BUTTON = re.compile(r"^(?:show|see|load|view|read|please|click|tap|more|expand|loading|searching)\b", re.I)


def _is_cut_short(text: str) -> bool:
    t = text.strip()
    return len(words_of(t)) >= 2 and bool(_CUT_SHORT.match(t)) and not _CUT_SHORT_BUTTON.match(t)


def _is_content_line(text: str) -> bool:
    """A short line of content (a list item, a step, a table row) rather than a menu label.

    Menus and link lists are runs of capitalised labels; content lines mix in lower-case
    words, figures and punctuation.
    """
    words = words_of(text)
    if "\t" in text:
        return True
    if len(words) < 3:
        return False
    lower = sum(1 for w in words if w[0].islower())
    return lower * 3 >= len(words) or bool(re.search(r"\d", text)) and lower >= 1


def _mark_outlying_blocks(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """Blocks of prose far from the article, separated from it by long runs of page chrome.

    The article is the block holding the most body text; another block stays only when it
    is about the same thing (an article split by a large box of links) or nearly as large.
    """
    blocks = _body_blocks(paragraphs, reasons)
    if len(blocks) < 2:
        return
    chars = [sum(len(paragraphs[i]) for i in block) for block in blocks]
    sizes = [sum(_prose_chars(paragraphs[i]) for i in block) for block in blocks]
    if not any(sizes):
        sizes = chars
    main = max(range(len(blocks)), key=lambda b: sizes[b])
    main_words: set[str] = set()
    for i in blocks[main]:
        main_words |= _content_words(paragraphs[i])
    for b, block in enumerate(blocks):
        # Above the article a page puts menus, not long blocks: a block there nearly as long as the
        # article is its opening (a lead over embedded posts). Below it, length alone proves nothing.
        if b == main or sizes[b] >= 0.6 * sizes[main] or b < main and chars[b] >= 0.6 * chars[main]:
            continue
        if b < main and sizes[b] and (opens_under_title(paragraphs, reasons, block[0])
                                      or _dated_opening(reasons, block[0])):
            continue
        words: set[str] = set()
        for i in block:
            words |= _content_words(paragraphs[i])
        if words and len(words & main_words) / len(words) >= 0.5:
            continue
        for i in block:
            reasons[i] = "boilerplate" if b < main else "related"


# Lines a page sets between its headline and the text under it.
HEADER_LINE_REASONS = frozenset({"dateline-meta", "byline", "caption", "credit", "share"})


def opens_under_title(paragraphs: Sequence[str], reasons: Sequence[str | None], start: int,
                       max_header_lines: int = 2) -> bool:
    """Whether paragraph ``start`` sits right under the page's headline (a title of three words or more,
    not a menu label taken for one), past at most ``max_header_lines`` date, byline, picture or share lines."""
    k = start - 1
    while k >= 0 and start - k <= max_header_lines and reasons[k] in HEADER_LINE_REASONS:
        k -= 1
    return k >= 0 and reasons[k] == "title" and len(words_of(paragraphs[k])) >= _MIN_HEADLINE_WORDS


def _dated_opening(reasons: Sequence[str | None], start: int, reach: int = 3) -> bool:
    """Whether a date or byline line sits within ``reach`` lines of paragraph ``start``: a post's headline
    and its "by X on <date>" line open it (a blog's name above may have been taken for the title)."""
    return any(reasons[k] in ("dateline-meta", "byline") for k in range(max(0, start - reach), min(len(reasons), start + reach + 1)))


def _is_prose_paragraph(text: str) -> bool:
    """A paragraph of article prose: a full sentence of some length that ends like one (a teaser
    headline cut off with an ellipsis does not)."""
    return _is_bodylike(text) and _ends_sentence(text) and not _ELLIPSIS_END.search(text)


def _prose_chars(text: str) -> int:
    """How much article prose a paragraph weighs when blocks compete to be the article: a long
    list of teaser headlines (no full stop, or cut off with an ellipsis) outweighs a story by
    its characters alone, never by its sentences."""
    return len(text) if _is_prose_paragraph(text) else 0


def _body_blocks(paragraphs: Sequence[str], reasons: Sequence[str | None], max_gap_chars: int = 400) -> list[list[int]]:
    """Runs of body paragraphs; a run ends where more than ``max_gap_chars`` of dropped text follow.

    The first ``MAX_INLINE_BOX_LINES`` lines of a "More from"/"Read more" box do not count: such a
    box set inside the story (a heading and a few headlines) does not make the article's lead a
    block of its own, while a long list of teasers still parts the page. Nor does a picture set
    between two paragraphs of prose (up to ``MAX_INLINE_PICTURE_LINES`` caption and credit lines and
    nothing else dropped): a wire photo's long caption after the lead had made the lead (or the last
    paragraphs) a block of their own, dropped as outlying. Under a headline, or with other dropped
    lines around it (a footer, a box of links), a picture may open another story and its lines count
    as they did."""
    blocks: list[list[int]] = []
    gap = max_gap_chars + 1
    box_lines = picture_lines = picture_chars = 0
    for i, (p, r) in enumerate(zip(paragraphs, reasons)):
        if r is None:
            # (the prose tests only where a picture alone would part the text: they cost a words_of each)
            inline_picture = (picture_chars and not gap and not box_lines and picture_lines <= MAX_INLINE_PICTURE_LINES
                              and _is_prose_paragraph(p) and _is_prose_paragraph(paragraphs[blocks[-1][-1]]))
            if gap + (0 if inline_picture else picture_chars) > max_gap_chars or not blocks:
                blocks.append([])
            blocks[-1].append(i)
            gap = box_lines = picture_lines = picture_chars = 0
        elif r in INLINE_BOX_REASONS and box_lines < MAX_INLINE_BOX_LINES:
            box_lines += 1
        elif r in PICTURE_REASONS:
            picture_lines += 1
            picture_chars += len(p)
        else:
            gap += len(p)
    return blocks


# A box of links set inside a story ("More from", "Read more") and the longest such box that
# still belongs inside the article's text (the paragraph model uses the same bound).
INLINE_BOX_REASONS = frozenset({"more-from", "read-more"})
# A picture's caption and credit: set inside the story, they part nothing for the paragraph model.
PICTURE_REASONS = frozenset({"caption", "credit"})
# A page's code left in a scraped text, never shown on the page, and an embed's consent placeholder, which
# shows nothing of the text and stands where the embedded post would be: they part nothing for the paragraph
# model either (three placeholder lines between two paragraphs had cut the article's main block in two, and
# the model dropped a subheading of the part outside it).
INVISIBLE_REASONS = frozenset({"code", EMBED})
MAX_INLINE_BOX_LINES = 12
# A picture or two with caption and credit; a gallery of captions still parts the page.
MAX_INLINE_PICTURE_LINES = 4


# ---------------------------------------------------------------------------------------
# Unrelated stories appended after the article
# ---------------------------------------------------------------------------------------
# Pasted pages often continue with other stories: headlines with teasers, with or without a
# "More from X" heading. They are split off by topical discontinuity with the article, not by
# keywords: from some paragraph on, nothing shares the article's names or vocabulary. The
# signals are cheap (content-word and capitalised-name overlap with the article before the
# cut); the rule is conservative because cutting an article short is worse than keeping a
# teaser. Thresholds checked with `newsfuse eval metadata` (appended-story metrics) and on
# the unmodified AllSides articles, where nothing should be cut.

_UNRELATED_MAX_SIMILARITY = 0.08
_UNRELATED_MIN_HEAD_WORDS = 60


@functools.lru_cache(maxsize=65_536)
def _stem(word: str) -> str:
    word = word.lower().strip(".'’-")
    for suffix in ("'s", "’s", "ies", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def _topic_words(text: str) -> tuple[set[str], set[str]]:
    """Content-word stems and capitalised names (not sentence-initial) of a paragraph."""
    words, lowered = words_of(text), lower_words_of(text)
    content = [w for w, lw in zip(words, lowered) if len(w) > 2 and lw not in STOPWORDS]
    names = [w for w, lw, previous in zip(words, lowered, (".", *words)) if w[0].isupper() and lw not in STOPWORDS
             and not previous.endswith((".", "!", "?", ":", "“", '"'))]
    return set(map(_stem, content)), set(map(_stem, names))


def _similarity(part: tuple[set[str], set[str]], head: tuple[set[str], set[str]]) -> float:
    content, names = part
    if not content:
        return 1.0
    score = len(content & head[0]) / len(content)
    if names:
        score = (score + len(names & (head[1] | head[0])) / len(names)) / 2
    return score


def _mark_unrelated(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """Mark a tail of other stories: every paragraph from the cut on is foreign to the article."""
    body = [i for i, r in enumerate(reasons) if r is None]
    if len(body) < 4 or len(body) > 300:
        return  # too short to judge; very long texts are documents, not a story plus teasers
    chars = [len(paragraphs[i]) for i in body]
    total = sum(chars)
    before = 0
    words: list[tuple[set[str], set[str]]] = []
    for cut in range(len(body) - 1):
        before += chars[cut - 1] if cut else 0
        if cut < 2 or before * 2 < total:
            continue  # the tail may never be the larger part of the text
        if not _opens_other_story(paragraphs, reasons, body, cut):
            continue
        if not words:  # built at the first place another story may open (half the texts have none)
            words = [_topic_words(paragraphs[i]) for i in body]
            sizes = list(accumulate((len(content) for content, _ in words), initial=0))
            title = [i for i, r in enumerate(reasons) if r == "title"]
            title_words = _topic_words(paragraphs[title[0]]) if title else (set(), set())
            # A picture's caption speaks of the story it sits in: an appended story's caption is part of
            # its vocabulary (without it, a short teaser under the page's end shared too much with the article).
            pictures = [(i, _topic_words(paragraphs[i])) for i, r in enumerate(reasons) if r == "caption" and i < body[-1]]
        if sizes[cut] < _UNRELATED_MIN_HEAD_WORDS:
            continue  # too little article above the cut to compare with
        split = _split_at(paragraphs, body, words, cut, title_words, [w for i, w in pictures if i > body[cut]])
        if split is None:
            continue
        bound = _article_end_before(paragraphs, reasons, body, cut)
        if _is_foreign_tail(paragraphs, body, cut, split) or (
                bound is not None and _is_distant_tail(paragraphs, body, cut, split, bound)):
            for i in body[cut:]:
                reasons[i] = "unrelated"
            return


def _opens_other_story(paragraphs: Sequence[str], reasons: Sequence[str | None], body: Sequence[int],
                       cut: int) -> bool:
    """Whether another story can start at body paragraph ``cut``: it opens on a headline, or page
    furniture other than what a page sets inside running text (``_INLINE_LINES``)
    parts it from the text above: a footer line, a "More from" heading, a menu. Running prose that
    goes straight on is the article, however far its vocabulary wanders (a review turning from the
    staging to the band, a feature to its second subject)."""
    between = reasons[body[cut - 1] + 1:body[cut]]
    return any(r not in _INLINE_LINES for r in between) or _opens_like_headline(paragraphs[body[cut]])


_QUOTED_SENTENCE_END = re.compile(r"[.;,][\"'”’»)\]]+$")


def _opens_like_headline(text: str) -> bool:
    """A line that may be another story's headline: heading-like, but not a sentence closing inside a
    quotation ("... out of frustration.’"), which is the article's quote running on (its last
    paragraphs were cut off as an appended story)."""
    return _is_heading_like(text) and not _QUOTED_SENTENCE_END.search(text.strip())


def _article_end_before(paragraphs: Sequence[str], reasons: Sequence[str | None], body: Sequence[int],
                        cut: int) -> float | None:
    """The similarity bound for a tail after a line that closes the article, between body paragraphs
    ``cut - 1`` and ``cut``, or None if there is none. The page's copyright notice (:func:`_is_page_end`)
    is the page's end; "Read more at <site>", "Read the full story at ...", "Source: <URL>" and "More
    from <outlet>" end an excerpt or a story, and a site may set them inside one, so the tail after
    them must be further from the article. A page does not resume its article after its own end."""
    ends = [_AFTER_END_MAX_SIMILARITY] if _SOURCE_LINK.fullmatch(paragraphs[body[cut - 1]].strip()) else []
    for i in range(body[cut - 1] + 1, body[cut]):
        text, reason = paragraphs[i].strip(), reasons[i]
        if _is_page_end(text, reason):
            ends.append(_AFTER_PAGE_END_MAX_SIMILARITY)
        elif _SOURCE_LINK.fullmatch(text) or reason in ("read-more", "more-from") and (
                _READ_MORE_AT.match(text) or _MORE_FROM_OUTLET.match(text)):
            ends.append(_AFTER_END_MAX_SIMILARITY)
    return max(ends, default=None)


_SOURCE_LINK = re.compile(r"(?i)source:\s*https?://\S+")
# After the article's end, a tail is another story unless it shares this much of the article's words
# and names (appended AllSides teasers: median 0.14, 75% under 0.21, 95% under 0.32; an article's own
# last two paragraphs against the rest: median 0.44, 10% under 0.18). After the page's own copyright
# notice nothing is the article, so the bound only guards against a notice misread.
_AFTER_END_MAX_SIMILARITY = 0.2
_AFTER_PAGE_END_MAX_SIMILARITY = 0.35


def _is_distant_tail(paragraphs: Sequence[str], body: Sequence[int], cut: int, split: _Split, bound: float) -> bool:
    """Whether body paragraphs ``cut`` onwards, found after the article's end, are other stories:
    they open on a headline and share little of the article's vocabulary as a whole (one teaser
    may share a name with it: stories of one site often do)."""
    # The headline may have been dropped already, as a line of a "More from" box.
    if not (_opens_like_headline(paragraphs[body[cut]]) or _is_heading_like(paragraphs[body[cut] - 1])):
        return False
    return _similarity(split.tail, split.head) <= bound


# Lines a page sets between the paragraphs of a story: a caption, an advertisement label, an inline
# "Read more: ..." link to another story.
_INLINE_LINES = _INLINE_NOISE | {"read-more", "related"}


@dataclass(frozen=True, slots=True)
class _Split:
    """The text cut in two before a body paragraph: the article's words and names (with its title's),
    the tail's, and each tail paragraph's."""

    head: tuple[set[str], set[str]]
    tail: tuple[set[str], set[str]]
    tail_parts: Sequence[tuple[set[str], set[str]]]


def _split_at(paragraphs: Sequence[str], body: Sequence[int], words: Sequence[tuple[set[str], set[str]]],
              cut: int, title_words: tuple[set[str], set[str]],
              tail_captions: Sequence[tuple[set[str], set[str]]] = ()) -> _Split | None:
    """The article and the tail on either side of body paragraph ``cut``, or None when the tail is too
    short to judge or is the larger part: never cut away most of the text. The words of the captions
    among the tail's paragraphs count as the tail's as a whole."""
    tail_chars = sum(len(paragraphs[i]) for i in body[cut:])
    if tail_chars < 150 or tail_chars > sum(len(paragraphs[i]) for i in body[:cut]):
        return None
    head_content, head_names = set(title_words[0]), set(title_words[1])
    for content, names in words[:cut]:
        head_content |= content
        head_names |= names
    tail = words[cut:]
    whole = [*tail, *tail_captions]
    tail_words = (set().union(*(c for c, _ in whole)), set().union(*(n for _, n in whole)))
    return _Split((head_content, head_names), tail_words, tail)


def _is_foreign_tail(paragraphs: Sequence[str], body: Sequence[int], cut: int, split: _Split) -> bool:
    """Whether body paragraphs ``cut`` onwards all fail to connect to the article before them.

    Required together: each paragraph of the tail is far from the article, the tail as a
    whole shares almost none of the article's vocabulary, and it names people or places the
    article never mentions. A headline-like line opening the tail (a teaser list) relaxes the
    whole-tail bound a little; without one the evidence must be stronger.
    """
    head_content, head_names = split.head
    if any(_similarity(part, split.head) > 2 * _UNRELATED_MAX_SIMILARITY for part in split.tail_parts):
        return False
    tail_names = split.tail[1]
    if len(tail_names) < 2 or len(tail_names & (head_names | head_content)) / len(tail_names) > 0.1:
        return False
    bound = _UNRELATED_MAX_SIMILARITY if _opens_like_headline(paragraphs[body[cut]]) else _UNRELATED_MAX_SIMILARITY / 2
    return _similarity(split.tail, split.head) <= bound


# ---------------------------------------------------------------------------------------
# Plain-text metadata
# ---------------------------------------------------------------------------------------

_DATELINE = re.compile(
    rf"^[A-Z][A-Z .'’-]{{2,40}}(?:,\s*[A-Z][\w. ]{{1,30}})?,\s*(?P<date>{_MONTH}\.?\s+\d{{1,2}}(?:,?\s+(?:19|20)\d\d)?)"
    r"\s*(?:\([^)]{1,40}\))?\s*[-—–:]", re.I)
_PUBLISHED_LINE = re.compile(r"\b(?:published|posted|first published|date)\b", re.I)
_OUTLET_AFTER_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:©|\(c\))?\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)?\s*,?\s*", re.I)
_SIGN_OFF = re.compile(
    r"\b(?:is an?|is the)\s+(?:[\w-]+\s+){0,4}(?:" + _ROLE_WORDS + r")\s+(?:for|at|with)\s+(?P<outlet>(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})")
_MORE_FROM_OUTLET = re.compile(r"^more (?:stories )?from\s+(?P<outlet>.+?)[\s:!.]*$", re.I)
_READ_MORE_AT = re.compile(r"^(?:read|see) (?:more|the (?:full|original) (?:story|article)) (?:at|on)\s+(?P<outlet>.+?)[\s:!.]*$", re.I)


def _text_metadata(paragraphs: Sequence[str], reasons: Sequence[str]) -> _Meta:
    title_i = reasons.index("title") if "title" in reasons else None
    title = (paragraphs[title_i], "first line" if title_i == 0 else "first heading-like line") if title_i is not None else (None, "")
    if title_i is None and (_headline_read_as_body(paragraphs, reasons)
                            or reasons and reasons[0] == BODY and _headline_over_header(paragraphs, reasons)):
        title = (paragraphs[0], "first line (also kept as text)")
    return _Meta(
        title=title,
        outlet=_text_outlet(paragraphs, reasons),
        published=_text_published(paragraphs, reasons),
        authors=_text_authors(paragraphs, reasons),
        language=_guess_language(" ".join(p for p, r in zip(paragraphs, reasons) if r == BODY)),
    )


def _headline_read_as_body(paragraphs: Sequence[str], reasons: Sequence[str]) -> bool:
    """A first line that the rules kept as text but reads as a headline: a question ("Will Obama Join the
    Fight?") or a headline with a colon ("Iran deal: Tehran expects US to quit") is a sentence to the prose
    test, so no title was found. It names the document; it stays in the text (an opening sentence is
    never lost to a guess), so only a headline's shape counts: no closing period, at most 25 words, and
    a question, a byline or date line right under it, or mostly capitalised words."""
    if not paragraphs or reasons[0] != BODY or not _is_heading_like(paragraphs[0]):
        return False
    first = paragraphs[0].strip()
    words = words_of(first)
    if not 3 <= len(words) <= 25 or first.endswith((":", "!")):
        return False
    under = reasons[1] if len(reasons) > 1 else None
    capitalised = sum(1 for w in words if w[:1].isupper()) / len(words)
    if first.endswith("?") or under in ("byline", "dateline-meta") or capitalised >= 0.6:
        return True
    # a headline in sentence case ("Iran deal: Tehran expects US to quit"): no closing mark at all, and the
    # text under it opens on a whole sentence
    following = next((p for p, r in zip(paragraphs[1:], reasons[1:]) if r == BODY), "")
    closing_mark = not (first[-1].isalnum() or first[-1] in "'’\")”")
    return not closing_mark and _ends_sentence(following) and len(words_of(following)) > len(words)


# A wire story's opening dateline: "NEW YORK (Reuters) - ", "WASHINGTON (AP) — ", "(CNN) - ", the place's
# state or country in mixed case ("DOVER, Del. (AP) — ", "HARBOURTON, New Del. (AP) — ").
_WIRE_LEAD = re.compile(r"^(?:[A-Z][A-Z .,'’-]{1,40}(?:,\s*[A-Z][A-Za-z.]{1,14}(?:\s[A-Z][A-Za-z.]{1,14})?)?\s*)?"
                        r"\([A-Z][\w .]{0,30}\)\s*[-—–]")
# The lines a pasted article's header holds between its headline and its text.
_PASTED_HEADER_REASONS = ("byline", "dateline-meta", "credit", "caption")
_MAX_PASTED_HEADER_LINES = 3
_MAX_HEADLINE_SENTENCES = 2
# What the context pass calls a short line standing apart from the prose: a headline can be one.
_SOFT_HEADLINE_REASONS = (BODY, "boilerplate", "navigation")


def _headline_over_header(paragraphs: Sequence[str], reasons: Sequence[str]) -> bool:
    """A first line over a byline, date line or wire credit, with the article's text under them, is its
    headline even when it ends in a period ("Transit Fares Rise Again in the U.S.", "Don't Close the Park. The
    Town Needs It.", a one-sentence summary headline), which the heading test refuses, and even when the
    context pass dropped it as a short line apart from the prose. Shape limits remain: at most 25 words
    in at most two sentences, and the text under the header is a longer paragraph of prose."""
    if len(paragraphs) < 3 or reasons[0] not in _SOFT_HEADLINE_REASONS:
        return False
    first = paragraphs[0].strip()
    words = words_of(first)
    if not 3 <= len(words) <= 25 or "\n" in first or len(_SENTENCE_BREAK.findall(first)) >= _MAX_HEADLINE_SENTENCES:
        return False
    if _WIRE_LEAD.match(first):
        return False  # "NEW YORK (Reuters) - ...": the story's first paragraph, over its picture's credit
    if not (first[0].isupper() or first[0].isdigit() or first[0] in "\"'“‘"):
        return False
    k = 1
    while k < len(reasons) and k <= _MAX_PASTED_HEADER_LINES and reasons[k] in _PASTED_HEADER_REASONS:
        k += 1
    if k == 1 or k >= len(reasons) or reasons[k] != BODY:
        return False
    under = paragraphs[k]
    return _is_prose_paragraph(under) and len(words_of(under)) > len(words)


def _text_outlet(paragraphs: Sequence[str], reasons: Sequence[str]) -> tuple[str | None, str]:
    # The last copyright line is the page's own; earlier ones credit syndicated material.
    for p, r in reversed(list(zip(paragraphs, reasons))):
        if r == "copyright":
            name = _outlet_from_copyright(p)
            if name:
                return name, "copyright line"
    for p, r in zip(paragraphs, reasons):
        m = _MORE_FROM_OUTLET.match(p.strip()) if r == "more-from" else None
        if m and _looks_like_name(m["outlet"]):
            return _readable_outlet(m["outlet"]), "more from"
    for p, r in zip(paragraphs, reasons):
        m = _READ_MORE_AT.match(p.strip()) if r == "read-more" else None
        if m:
            return _readable_outlet(m["outlet"]), "read more"
    for p in reversed(paragraphs):
        m = _SIGN_OFF.search(p) if len(p) < 400 else None
        if m:
            return m["outlet"].rstrip("."), "sign-off"
    url = _first_url(paragraphs)[0]
    if url:
        return _domain_name(url), "url domain"
    return None, ""


def _outlet_from_copyright(text: str) -> str | None:
    line = _OUTLET_AFTER_COPYRIGHT.sub("", text.strip())
    line = re.split(r"(?i)\.?\s*all rights reserved|\.\s|\s[|•]\s", line)[0]
    line = line.strip(" .,;:-–—")
    if not line or len(words_of(line)) > 8 or not line[0].isupper():
        return None
    return line


def _looks_like_name(text: str) -> bool:
    words = words_of(text)
    return 0 < len(words) <= 6 and words[0][0].isupper()


def _readable_outlet(text: str) -> str:
    text = text.strip()
    if _URL.fullmatch(text) or re.fullmatch(r"[\w-]+(?:\.[\w-]+)+(?:/\S*)?", text):
        return _domain_name(text)
    return text


def _domain_name(url: str) -> str:
    """A readable outlet name from a domain: www.example-times.com → "Example Times"."""
    archived = _ARCHIVED_URL.match(url)
    if archived:
        url = re.sub(r"(?i)^(https?):/(?=[^/])", r"\1://", archived.group(1))  # an archived copy names the page's own site
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname or url
    except ValueError:  # "http://[broken": a malformed address still names its outlet by its text
        host = url.split("//")[-1].split("/")[0].strip("[]")
    labels = [label for label in host.split(".") if label not in ("www", "m", "amp", "edition", "mobile")]
    if len(labels) >= 3 and labels[-2] in ("co", "com", "org", "net", "gov", "ac"):  # example.co.uk
        labels = labels[:-2]
    elif len(labels) >= 2:
        labels = labels[:-1]
    if len(labels) >= 2 and len(labels[-1]) <= 2:
        labels = labels[:-1]  # a short hosting domain (abcnews.go.com): the brand is the label before it
    core = labels[-1] if labels else host
    return " ".join(_split_brand(part) for part in re.split(r"[-_]+", core) if part)


# Words newspaper names are built from, to read a run-together domain label as a name
# ("dailycaller" → "Daily Caller", "apnews" → "AP News"); not a list of outlets.
_NAME_PARTS = (
    "news", "times", "post", "daily", "caller", "press", "herald", "tribune", "journal", "mail", "star",
    "sun", "telegraph", "observer", "gazette", "chronicle", "review", "report", "today", "weekly",
    "magazine", "wire", "beast", "examiner", "record", "register", "standard", "globe", "courier",
    "dispatch", "bulletin", "monitor", "express", "mirror", "independent", "guardian", "insider", "world",
)


def _split_brand(label: str) -> str:
    label = label.lower()
    for word in _NAME_PARTS:
        if label.endswith(word) and len(label) > len(word) + 1:
            return f"{_split_brand(label[: -len(word)])} {word.capitalize()}"
        if label.startswith(word) and len(label) > len(word) + 3:
            return f"{word.capitalize()} {_split_brand(label[len(word):])}"
    if label == "the" or label in _NAME_PARTS:
        return label.capitalize()
    # A short consonant cluster is an acronym (bbc, cnn, ap).
    if len(label) <= 4 and not re.search(r"[aeiou].*[aeiou]", label) or len(label) <= 2:
        return label.upper()
    return label.capitalize()


def _first_url(paragraphs: Sequence[str]) -> tuple[str | None, str]:
    text = "\n".join(paragraphs).lower()
    if "http" not in text and "www." not in text:
        return None, ""  # what every _URL match holds (no letter of them has another lower-case match)
    for p in paragraphs:
        m = _URL.search(p)
        if m:
            url = m.group(0).rstrip(".,;:")
            return (url if url.lower().startswith("http") else "https://" + url), "url in text"
    return None, ""


def _text_published(paragraphs: Sequence[str], reasons: Sequence[str]) -> tuple[str | None, str]:
    meta_reasons = ("dateline-meta", "byline", "title", "navigation")
    ranked: list[tuple[int, str, str]] = []
    for p, r in zip(paragraphs, reasons):
        if r not in meta_reasons:
            continue
        value = find_date(p)
        if value:
            low = p.lower()
            rank = 0 if _PUBLISHED_LINE.search(low) else 2 if "updated" in low or "modified" in low else 1
            ranked.append((rank, value, "published line" if rank == 0 else "date line"))
    if ranked:
        _, value, how = min(ranked, key=lambda item: item[0])
        return value, how
    body = [p for p, r in zip(paragraphs, reasons) if r == BODY]
    if body:
        m = _DATELINE.match(body[0])
        if m:
            value = find_date(m["date"]) or _date_with_inferred_year(m["date"], paragraphs)
            if value:
                return value, "dateline"
    return None, ""


def _date_with_inferred_year(month_day: str, paragraphs: Sequence[str]) -> str | None:
    """A dateline gives month and day only; take the year from a copyright or date line."""
    m = _DATE_NO_YEAR.search(month_day)
    if not m:
        return None
    for p in paragraphs:
        if _COPYRIGHT.search(p) or len(p) < 120:
            year = _YEAR.search(p)
            if year:
                return _iso(int(year.group(0)), _month_number(m["mon"]), int(m["day"]))
    return None


_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|&|\b(?i:and)\b|\|)\s*")


_CREDITS_WRITERS = re.compile(r"(?i)\b(?:by|reporting|reported|written|contributed)\b")


def _text_authors(paragraphs: Sequence[str], reasons: Sequence[str]) -> tuple[tuple[str, ...], str]:
    authors: list[str] = []
    for p, r in zip(paragraphs, reasons):
        if r in ("unrelated", "more-from"):
            break  # the other stories appended after the article have bylines of their own
        # after the first byline, only a line that says it credits writers ("Additional reporting by ...");
        # a bare name line further down is a caption's subject ("President Donald Trump")
        if r == "byline" and (not authors or _CREDITS_WRITERS.search(p)):
            authors.extend(a for a in _names_in_byline(p) if a not in authors)
    if not authors and _headline_read_as_body(paragraphs, reasons):
        # under a headline the rules read as text, no byline was looked for: a names-only line right under it
        under = next((p for p, r in zip(paragraphs[1:3], reasons[1:3]) if _names_only(p)), None)
        if under is not None:
            return tuple(_names_in_byline(under)), "names line under the headline"
    if not authors:
        agency = _header_wire_credit(paragraphs, reasons)
        if agency:
            return (agency,), "wire credit"
    return (tuple(authors), "byline") if authors else ((), "")


def _header_wire_credit(paragraphs: Sequence[str], reasons: Sequence[str]) -> str | None:
    """The agency a wire credit line in the header names ("Associated Press" under the headline): with no
    writer named, the agency is the story's author, as on a page whose author field holds only "Reuters".
    Only above the text: a lone "Reuters" further down may credit a picture."""
    for i, (p, r) in enumerate(zip(paragraphs[:_MAX_PASTED_HEADER_LINES + 1], reasons)):
        if r == BODY and i > 0:
            return None
        if r == "credit" and _is_wire_credit(p):
            name = p.strip(" \t.—–-")
            return name.title() if name.isupper() and len(name) > 3 else name
    return None


def _names_in_byline(text: str) -> list[str]:
    text = _strip_stamps(text)
    text = re.sub(r"\b(?:additional )?(?:editing|edited) by\b.*$", "", text, flags=re.I)
    text = re.sub(r"^(?:(?:additional )?reporting|written|words|story|reported|text|writing|compiled)?\s*by\s+", "", text.strip(), flags=re.I)
    text = re.sub(r"[·•]", "|", text)
    names: list[str] = []
    for piece in _AUTHOR_SPLIT.split(text):
        piece = re.sub(r"\b(?:in|from)\s+[A-Z][\w ]+$", "", piece).strip(" .:-–—()")
        if not piece or re.search(rf"\b(?:{_ROLE_WORDS}|published|updated|min read|ago|staff)\b", piece, re.I):
            continue
        words = piece.split()
        if 2 <= len(words) <= 4 and words[-1].lower() not in _NAME_PARTICLES and all(
                w[0].isupper() for w in words if w.lower() not in _NAME_PARTICLES):
            names.append(" ".join(w if not w.isupper() or len(w) <= 2 else w.capitalize() for w in words))
    return names


_LANG_STOPWORDS = {
    "en": frozenset("the and of to in is that for was with on as by it said he at from".split()),
    "de": frozenset("der die und das ist nicht mit den von zu sich auf für ein eine dem des".split()),
    "fr": frozenset("le la les et des est une que dans pour pas sur du au qui avec il".split()),
    "es": frozenset("el la los las y de que en un una por con para es del se".split()),
    "it": frozenset("il la che di e un una per non sono del della con nel è gli".split()),
    "nl": frozenset("de het een en van is dat niet op te in voor met zijn die".split()),
    "pt": frozenset("o a os as e de que em um uma para com não do da dos".split()),
}


_HAS_DIGIT = re.compile(r"\d")


def _guess_language(text: str) -> tuple[str | None, str]:
    """A cheap stop-word vote, else the script; None when the text is too short or mixed."""
    scores = _stopword_scores(text)
    if scores:
        lang, score = max(scores.items(), key=lambda item: item[1])
        if score >= 0.08:
            return lang, "stopwords"
    return _script_language(text[:20_000])


def _stopword_scores(text: str) -> dict[str, float]:
    """The share of the text's words that are each language's stop words (empty under 20 words)."""
    # Words only: the figures of a results table or a price list say nothing of the language.
    tokens = [t for t in _lower_tokens(text[:20_000], _TOKEN) if t.isalpha() or not _HAS_DIGIT.search(t)]
    if len(tokens) < 20:
        return {}
    counts = Counter(tokens)  # a language's dozen stop words looked up, not each token seven times
    return {lang: sum(counts[w] for w in words) / len(tokens) for lang, words in _LANG_STOPWORDS.items()}


# A page's declared language gives way to its text's only on clear evidence: the declared language's stop
# words are nearly absent from the article and another language's are as dense as in running prose.
_DECLARED_ABSENT = 0.03
_TEXT_CLEAR = 0.12


# Unicode name prefix -> ISO 15924 code. A page in one of these scripts is recorded as
# "und-<Script>" (BCP 47: language undetermined, script known), so a Russian or Arabic page
# says it is not English instead of having no language at all.
_SCRIPTS = {"CYRILLIC": "Cyrl", "ARABIC": "Arab", "GREEK": "Grek", "HEBREW": "Hebr", "CJK": "Hani",
            "HIRAGANA": "Jpan", "KATAKANA": "Jpan", "HANGUL": "Kore", "DEVANAGARI": "Deva", "THAI": "Thai",
            "ARMENIAN": "Armn", "GEORGIAN": "Geor", "BENGALI": "Beng", "TAMIL": "Taml"}
_MIN_SCRIPT_LETTERS = 20
_MIN_SCRIPT_SHARE = 0.8


def _script_language(text: str) -> tuple[str | None, str]:
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < _MIN_SCRIPT_LETTERS:
        return None, ""
    counts = Counter(_SCRIPTS.get(unicodedata.name(ch, "").split(" ")[0]) for ch in letters)
    script, count = counts.most_common(1)[0]
    if script is None or count / len(letters) < _MIN_SCRIPT_SHARE:
        return None, ""
    return f"und-{script}", "script"


# Bound the work on one text: longer input is cut (at a paragraph break when there is one).
_MAX_TEXT_CHARS = 1_000_000


def _clean_text(raw: RawDocument) -> Document:
    content, overflow = _split_at_limit(without_control_characters(raw.content or ""), _MAX_TEXT_CHARS)
    texts = split_paragraphs(content)
    reasons = classify_paragraphs(texts)
    _keep_opening_read_as_title(texts, reasons, raw.title)
    _mark_repeated_title(texts, reasons, raw.title)
    if "title" not in reasons and reasons and reasons[0] != BODY and _headline_over_header(texts, reasons):
        reasons[0] = "title"  # dropped either way; the reason now says what the line is
    paragraphs = [Paragraph(i, t, r == BODY, r) for i, (t, r) in enumerate(zip(texts, reasons))]
    if overflow.strip():
        # Not classified (that is the work being bounded), but not lost either: the rest of the
        # text stays in the document as one dropped paragraph a reader can find.
        paragraphs.append(Paragraph(len(paragraphs), overflow.strip(), False, TOO_LONG))
    return _build_document(raw, paragraphs, _text_metadata(texts, reasons))


def _keep_opening_read_as_title(texts: Sequence[str], reasons: list[str], declared: str | None) -> None:
    """A line read as the title stays text when the input declares another title and the line is a
    sentence that ends in "!" or "?" (a column opening "No!" or "Isn't this odd?"), or a standfirst: a
    long line in sentence case summing the story up under its headline ("The harbour authority's plan
    appears designed to force the ferry company's hand, but the council is treading cautiously").

    With no title declared, such a line is as likely the headline as the text's opening; a short line
    under a declared title, or one in title case, is a kicker or a second headline, left dropped.
    """
    if not declared or "title" not in reasons:
        return
    i = reasons.index("title")
    line = texts[i].strip()
    if (line.endswith(("!", "?")) or _is_standfirst(line)) and not _same_headline(line, declared):
        reasons[i] = BODY


def _mark_repeated_title(texts: Sequence[str], reasons: list[str], declared: str | None) -> None:
    """The text's first line, when it repeats the declared title word for word, is that headline copied into
    the body, whatever closes it ("Harbour Board Delays Vote.", "Ferry fares rise again;"): dropped as the
    title, not kept as the article's opening sentence (its quotes and figures would count twice).

    A line as long as a lead sentence in sentence case (a dozen words or more, capitals on names only) stays:
    where an input's declared title is the article's lead sentence, that line is the lead itself, not a
    headline. A short headline of two sentences ("Game over. Will the mayor stay?") is still a headline."""
    if not declared or not texts or reasons[0] not in (BODY, *_CONTEXT_REASONS):
        return
    line = texts[0].strip()
    if _TOKEN.findall(line.lower()) != _TOKEN.findall(declared.lower()) or _reads_as_lead(line):
        return
    if reasons[0] != BODY or BODY in reasons[1:]:
        reasons[0] = "title"


def _reads_as_lead(line: str) -> bool:
    words = words_of(line)
    return len(words) >= _MIN_STANDFIRST_WORDS and _capitalised_share(words) < _MAX_STANDFIRST_CAPITALS


# A standfirst runs longer than a headline (a headline's dozen words at most) or holds two sentences, and
# capitalises names only: a second headline or a kicker capitalises most of its words.
_MIN_STANDFIRST_WORDS = 12
_MAX_STANDFIRST_CAPITALS = 0.4


def _is_standfirst(line: str) -> bool:
    words = words_of(line)
    if len(words) < _MIN_STANDFIRST_WORDS and _sentence_count(line) < 2:
        return False
    return _capitalised_share(words) < _MAX_STANDFIRST_CAPITALS


def _capitalised_share(words: Sequence[str]) -> float:
    """Share of the words after the first that open with a capital."""
    return sum(1 for w in words[1:] if w[:1].isupper()) / max(1, len(words) - 1)


def _same_headline(line: str, declared: str) -> bool:
    """Whether a line is the declared title, or holds it or is held in it (a site's suffix, a shortened copy)."""
    a, b = " ".join(_TOKEN.findall(line.lower())), " ".join(_TOKEN.findall(declared.lower()))
    return bool(a) and bool(b) and (a in b or b in a)


def _split_at_limit(content: str, limit: int) -> tuple[str, str]:
    """``content`` cut at ``limit`` characters (at a line break when there is one), and the rest."""
    if len(content) <= limit:
        return content, ""
    cut = content.rfind("\n", 0, limit)
    cut = cut if cut > limit // 2 else limit
    return content[:cut], content[cut:]


# ---------------------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------------------

# Extraction settings, measured with `newsfuse eval extraction` (AEB, 181 pages, trafilatura 2.3.1,
# full clean() including the noise rules and the rescue of article blocks):
#   balanced (chosen)   P 0.953 R 0.982 F1 0.967
#   favor_recall        P 0.951 R 0.983 F1 0.967
#   favor_precision     P 0.965 R 0.975 F1 0.970  (loses 0.7 pt of article text: not worth it here)
#   include_tables=False                  F1 0.964
# Comments are excluded (plain trafilatura: F1 0.953 with comments, 0.960 without).
# fast=True skips trafilatura's fallback extractors (readability, jusText): with our own rules
# around it, extraction F1 0.9720 -> 0.9726 and boilerplate F1 0.9382 -> 0.9318 (still above
# 0.93), and clean() runs 1.6x faster (11.3 -> 18.4 docs/s on the same 80 pages, loaded machine).
_TRAFILATURA_OPTIONS = {
    "include_comments": False, "include_tables": True, "favor_precision": False, "favor_recall": False, "fast": True,
}

_BLOCK_TAGS = frozenset(
    "p div li h1 h2 h3 h4 h5 h6 td th figcaption caption blockquote pre dt dd section article header "
    "footer nav aside address summary details ul ol dl table tr form figure main label legend center".split()
)
_SKIP_TAGS = frozenset("script style noscript template head title svg math iframe object embed select option button input textarea canvas video audio map".split())
_CONTEXT_CLASSES = (
    ("comment", re.compile(r"\b(?:comments?|disqus|reply|replies|respond)\b")),
    ("related", re.compile(r"\b(?:related|recommend\w*|more-?stories|trending|popular|most-?read|read-?more|outbrain|taboola|teaser|up-?next|also-?read)\b")),
    ("share", re.compile(r"\b(?:share|sharing|social|sociable)\b")),
    ("promo", re.compile(r"\b(?:ad|ads|advert\w*|promo\w*|newsletter|subscribe|subscription|sponsor\w*|paywall|signup)\b")),
    ("navigation", re.compile(r"\b(?:nav|navbar|navigation|menu|breadcrumbs?|masthead|skip-?link|pagination|site-?header)\b")),
    ("caption", re.compile(r"\b(?:caption|credit|wp-caption-text|figcaption)\b")),
    ("byline", re.compile(r"\b(?:byline|author\w*|contributor)\b")),
    ("boilerplate", re.compile(r"\b(?:footer|site-?footer|copyright|legal|cookie\w*|consent|sidebar|widget)\b")),
)
_ANY_CONTEXT_CLASS = re.compile("|".join(p.pattern for _, p in _CONTEXT_CLASSES))
# Container classes that mark a block as noise whatever its text ("related" and the default
# "boilerplate" context are too broad for that: German sites call their article lead "teaser").
_NOISE_CLASSES = re.compile("|".join(p.pattern for r, p in _CONTEXT_CLASSES if r not in ("related", "boilerplate", "byline"))
                            + r"|\b(?:disclaimer|footer|copyright|legal|cookie\w*|consent|sidebar|widget|notification\w*|push\w*)\b")
_TAG_CONTEXT = {"nav": "navigation", "menu": "navigation", "figcaption": "caption", "caption": "caption",
                "figure": "caption", "aside": "related", "footer": "boilerplate", "header": "boilerplate",
                "form": "promo"}


def _clean_html(raw: RawDocument) -> Document:
    html, overflow = _split_html_at_limit(raw.content or "", settings.get("max_html_bytes"))
    tree = _parse_html(html)
    # trafilatura gets the parsed tree (it extracts from a copy): the page is parsed once.
    blocks: list[_PageBlock] = _page_blocks(tree) if tree is not None else []
    extracted = _extract(tree, raw.url) if tree is not None else None
    body = [_norm_space(line) for line in (extracted.text or "").split("\n")] if extracted is not None else []
    body = [line for line in body if line]
    title = _norm_space(extracted.title) if extracted is not None and extracted.title else None

    kept_reasons = _html_body_reasons(body, title)
    body_paragraphs = [Paragraph(0, t, r == BODY, r) for t, r in zip(body, kept_reasons)]
    paragraphs = _merge_dropped(body_paragraphs, blocks, title)
    rest = _visible_text(overflow)
    if rest:
        # As for plain text: the part of the page past the bound is not cleaned, but not lost either.
        paragraphs.append(Paragraph(len(paragraphs), rest, False, TOO_LONG))
    meta = _html_metadata(tree, extracted, paragraphs, raw.url)
    return _build_document(raw, paragraphs, meta)


def extract_html(raw: RawDocument) -> trafilatura.settings.Document | None:
    """trafilatura's extraction of an HTML record, as :func:`clean` runs it (parse included).

    The part of the HTML path that is not ours; ``newsfuse bench clean`` times it on its own.
    """
    tree = _parse_html(_truncate_html(raw.content or "", settings.get("max_html_bytes")))
    return _extract(tree, raw.url) if tree is not None else None


def _truncate_html(html: str, max_bytes: int) -> str:
    """Bound the work on huge pages: cut to ``max_bytes`` of UTF-8 (see :func:`_split_html_at_limit`)."""
    return _split_html_at_limit(html, max_bytes)[0]


def _split_html_at_limit(html: str, max_bytes: int) -> tuple[str, str]:
    """``html`` cut to at most ``max_bytes`` of UTF-8, and the rest. The cut falls before the last tag
    that starts within the bound (in the second half), so that no paragraph is cut mid-word."""
    data = html.encode("utf-8", "surrogatepass")
    if len(data) <= max_bytes:
        return html, ""
    head = data[:max_bytes].decode("utf-8", "ignore")
    cut = head.rfind("<")
    cut = cut if cut > len(head) // 2 else len(head)
    return html[:cut], html[cut:]


_INVISIBLE_BLOCK = re.compile(r"<(script|style|template)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG_OR_COMMENT = re.compile(r"<!--.*?-->|<[^>]*>", re.DOTALL)


def _visible_text(html: str) -> str:
    """The text of an HTML fragment without parsing it (it may be megabytes): tags, scripts and styles
    removed, entities decoded, white space collapsed."""
    if not html:
        return ""
    return _norm_space(unescape(_TAG_OR_COMMENT.sub(" ", _INVISIBLE_BLOCK.sub(" ", html))))


def _parse_html(html: str) -> lxml.html.HtmlElement | None:
    tree = _load_html(_close_unclosed_text_elements(_close_runaway_head_attribute(html)))
    if tree is not None and _AT_DEPTH_LIMIT(tree):
        # Re-read without layout wrappers so that the text nested below the limit is not lost.
        tree = _load_html(_LAYOUT_TAGS.sub(" ", html))
    return tree


# libxml2's HTML parser stops at 255 levels of nesting and drops the text below (on the pages
# tried, the whole body went): a page nested that deep (a generator bug, or a hostile page) is
# re-read with its layout wrappers removed. The probe is one XPath step per level, in C.
_MAX_PARSE_DEPTH = 254
_AT_DEPTH_LIMIT = lxml.etree.XPath("boolean(/" + "/".join(["*"] * _MAX_PARSE_DEPTH) + ")")
_LAYOUT_TAGS = re.compile(r"</?(?:div|span|section|font|center)\b[^>]*>", re.I)


# A <title> or <style> holds text only, and the parser reads everything after it as that text
# until its end tag: one missing "</title>" turned a whole article into the page's title and the
# page into "no article text". Such an element is closed where its text ends, at the next tag.
_TEXT_ONLY_OPEN = re.compile(r"<(title|style)\b[^>]*>", re.I)


_BODY_START = re.compile(r"<body\b", re.I)
_ATTRIBUTE_QUOTE = re.compile(r"=\s*([\"'])")


def _close_runaway_head_attribute(html: str) -> str:
    """``html`` with a head attribute value that runs into the body closed where its tag ends.

    A missing closing quote (``content="Holmby Herald>``) makes the parser read on to the next
    quote mark, often inside the article, and that text is lost. No value of a head tag spans
    ``<body``, so one that does is ended at its first ">".
    """
    body = _BODY_START.search(html)
    if body is None:
        return html
    position = 0
    while (quote := _ATTRIBUTE_QUOTE.search(html, position, body.start())) is not None:
        closing = html.find(quote.group(1), quote.end())
        if html.rfind("<", 0, quote.start()) < html.rfind(">", 0, quote.start()):
            position = quote.end()  # not inside a tag (a script's "a = 'b'"): no attribute
            continue
        if 0 <= closing < body.start():
            position = closing + 1
            continue
        tag_end = html.find(">", quote.end())
        if tag_end < 0 or tag_end > body.start():
            return html
        return html[:tag_end] + quote.group(1) + html[tag_end:]
    return html


def _close_unclosed_text_elements(html: str) -> str:
    """``html`` with each unclosed <title>/<style> closed before the next tag (unchanged when all are closed).

    Linear in the page: every end tag is found once, so a hostile page of thousands of unclosed
    ``<style>`` tags costs one pass, not one pass per tag."""
    openings = list(_TEXT_ONLY_OPEN.finditer(html))
    if not openings:
        return html
    ends = {name: [m.start() for m in re.finditer(rf"</{name}\s*>", html, re.I)]
            for name in {o.group(1).lower() for o in openings}}
    pieces: list[str] = []
    position = 0
    for k, opening in enumerate(openings):
        if opening.start() < position:
            continue
        name = opening.group(1).lower()
        closings = ends[name]
        i = bisect.bisect_left(closings, opening.end())
        next_opening = openings[k + 1].start() if k + 1 < len(openings) else None
        if i < len(closings) and (next_opening is None or closings[i] < next_opening):
            continue
        next_tag = html.find("<", opening.end())
        end = len(html) if next_tag < 0 else next_tag
        pieces.append(html[position:end] + f"</{name}>")
        position = end
    return "".join(pieces) + html[position:] if pieces else html


def _load_html(html: str) -> lxml.html.HtmlElement | None:
    if not html.strip():
        return None
    try:
        tree = trafilatura.utils.load_html(html)
        if tree is None:
            tree = trafilatura.utils.load_html(_fragment_as_page(html))
    except (ValueError, TypeError, lxml.etree.LxmlError):
        return None
    return tree


_INLINE_TAG = re.compile(r"</?(?:a|abbr|b|cite|em|font|i|mark|q|small|span|strong|u)\b[^>]*>", re.I)


def _fragment_as_page(html: str) -> str:
    """A fragment trafilatura refuses as not quite HTML (one block, "<p>...</p>", or text with a <b>
    in it: a feed summary, a JSON record's html field), which was then lost whole, as a page whose
    article it is. Its inline tags go: in a page of one paragraph the extractor's fallback would
    break the sentence at each of them ("sailed with\nabout 60 passengers\n, the port said")."""
    return f"<html><body><article><p>{_INLINE_TAG.sub('', html)}</p></article></body></html>"


def _extract(tree: lxml.html.HtmlElement, url: str | None) -> trafilatura.settings.Document | None:
    try:
        result = trafilatura.bare_extraction(tree, url=url, with_metadata=True, **_TRAFILATURA_OPTIONS)
    except (ValueError, TypeError, AttributeError, lxml.etree.LxmlError, RecursionError):
        # trafilatura handles malformed markup itself; these guard the rare trees it trips on,
        # so one bad page yields a document of dropped blocks instead of stopping a batch.
        return None
    return result if isinstance(result, trafilatura.settings.Document) else None


def _html_body_reasons(body: Sequence[str], title: str | None) -> list[str]:
    """Apply the high-confidence plain-text noise rules to the extractor's paragraphs.

    The extractor already chose the body, so only rules that do not need position are used
    (share bars, promos, copyright lines, captions with a photo credit, date lines); bare
    clock times inside the prose stay, as they do in plain text. A second copy of the
    article (pages that embed it twice), teaser copies of body paragraphs and repeats of the
    title are dropped, and so are notes about the author and lists of related links.
    """
    local = [_local_reason(text) for text in body]
    first, last = _body_span(body, local)
    keys = [_key(text) for text in body]
    repeated = _repeated_copy(keys)
    teasers = _teaser_copies(body, keys)
    title_key = _key(title) if title else None
    reasons: list[str] = []
    for i, (text, reason) in enumerate(zip(body, local)):
        if keys[i] and keys[i] == title_key:
            reasons.append("title")
        elif i in repeated or i in teasers:
            reasons.append("duplicate")
        elif reason == "dateline-meta" and first < i < last and _is_clock_only(text):
            reasons.append(BODY)
        elif _IMAGE_URL.fullmatch(text):
            reasons.append("media")
        else:
            reasons.append(_html_noise_reason(text) or BODY)
    _mark_related_lists(body, reasons)
    _mark_dangling_headings(body, reasons)
    _mark_menu_only(body, reasons)
    return reasons


def _mark_menu_only(body: Sequence[str], reasons: list[str]) -> None:
    """An extraction with not one sentence is a menu split into lines ("Home", "|", "World"),
    not an article: its short lines and the separators between them are navigation."""
    kept = [i for i, r in enumerate(reasons) if r == BODY]
    if any(_ends_sentence(body[i]) or len(words_of(body[i])) > 4 for i in kept):
        return
    for i in kept:
        reasons[i] = "navigation"


# At most this many short lines after the last prose paragraph are taken for stray labels (set on
# the tune half of `newsfuse eval boilerplate`; a longer run is a list that ends the article).
_MAX_DANGLING_WORDS = 8
_MAX_DANGLING_LINES = 2


def _mark_dangling_headings(body: Sequence[str], reasons: list[str]) -> None:
    """Headings after the last prose paragraph that head nothing the extractor kept.

    An article does not end on a heading: a "Read also:" or "More on this topic" line there
    labels a box of links or a form the extractor left out, in whatever language.
    """
    kept = [i for i, r in enumerate(reasons) if r == BODY]
    last_prose = max((i for i in kept if _is_bodylike(body[i])), default=-1)
    if last_prose < 0:
        return
    tail = [i for i in kept if i > last_prose]
    if len(tail) > _MAX_DANGLING_LINES:
        return  # a list that closes the article (a top ten, a schedule), not a stray label
    for i in tail:
        text = body[i]
        if _is_heading_like(text) and len(words_of(text)) <= _MAX_DANGLING_WORDS and not _is_list_item(text):
            reasons[i] = "related"


def _repeated_copy(keys: Sequence[str], min_run: int = 3, min_share: float = 0.25) -> set[int]:
    """Indexes of a later run of paragraphs that repeats an earlier run verbatim.

    Only a run that is a large share of the text counts: lists that legitimately repeat a few
    lines (recipes, schedules) stay. Text-less lines (list bullets, rules) are skipped when
    comparing, since a copy often differs from the original only in such separators.
    """
    texty = [i for i, k in enumerate(keys) if k]
    compact = [keys[i] for i in texty]
    total = sum(len(k) for k in compact) or 1
    first_at: dict[str, int] = {}
    dropped: set[int] = set()
    i = 0
    while i < len(compact):
        key = compact[i]
        start = first_at.get(key)
        if start is not None and start < i:
            run = 0
            while i + run < len(compact) and start + run < i and compact[i + run] == compact[start + run]:
                run += 1
            size = sum(len(k) for k in compact[i:i + run])
            if run >= min_run and size >= min_share * total:
                dropped.update(range(texty[i], texty[i + run - 1] + 1))
                i += run
                continue
        if key not in first_at:
            first_at[key] = i
        i += 1
    return dropped


_ELLIPSIS_END = re.compile(r"(?:\.\.\.|…)\s*$")
_MIN_TEASER_TOKENS = 5


def _teaser_copies(body: Sequence[str], keys: Sequence[str]) -> set[int]:
    """Paragraphs cut off with an ellipsis whose text starts another body paragraph.

    Pages repeat their lead as a truncated teaser ("Good morning! This is the news you...")
    in hidden summaries and share widgets that the extractor reads as text.
    """
    found: set[int] = set()
    for i, text in enumerate(body):
        if not _ELLIPSIS_END.search(text):
            continue
        stem = " ".join(keys[i].split()[:-1])  # the last word may be cut mid-word
        if len(stem.split()) < _MIN_TEASER_TOKENS:
            continue
        if any(len(keys[j]) > len(keys[i]) and keys[j].startswith(stem) for j in range(len(keys))):
            found.add(i)
    return found


# Notes about the article's author or its making, set after the story by news sites:
# "Jane Doe contributed to this report.", "Write to Jane Doe at jane@example.com",
# "Reach the reporter on Twitter at ...", "Follow her on Twitter @jdoe.",
# "(Reporting by Jane Doe; editing by John Roe)", and the wire editor's note on a new version
# ("(Refiles to add dropped article from book title, paragraph 9.)", "(This story corrects ...)"),
# and a correction notice ("This version corrects in paragraph 17 that ...", "Correction: An
# earlier version of this story misstated ...").
_NAME_WORDS = r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}"
_SOCIAL_SITES = r"(?i:twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon|tiktok|youtube)"
_AUTHOR_NOTE = re.compile(
    r"(?:^[-–—•]?\s*|[.!?]\s+)(?:[\w.’'-]+\s+){1,8}(?:also\s+)?contributed (?:to )?(?:this |the )?(?:report|reporting|story|article)\b"
    # a wire's list of writers and where each worked ("Associated Press writers Jane Doe in Springfield, Illinois,
    # and John Roe in Dover contributed to this report."), or where one of them worked ("... contributed from Dover.")
    r"|(?:^[-–—•]?\s*|[.!?]\s+)(?:[\w.’'-]+,?\s+){1,40}(?:also\s+)?contributed (?:to (?:this|the) (?:report|story|article)"
    r"|from (?:across (?:the )?)?(?:[A-Z][\w.’'-]*,?\s*){1,4})\.?$"
    # the same list ending in a bare "contributed" ("Harbour Press writers Jane Doe in Dover and John Roe in Kent
    # contributed.", "... contributed reporting from Dover."): a desk's writers named by their trade
    r"|(?:^[-–—•]?\s*|[.!?]\s+)(?:[A-Z][\w.&’'-]*\s+){1,4}(?i:writers?|reporters?|correspondents?|journalists?)\b[^!?]{1,250}?"
    r"\bcontributed(?: reporting)?(?: from (?:[A-Z][\w.’'-]*,?\s*){1,4})?\.?$"
    # a credit to a wire whose copy the story used ("Material from Harbour Press was used in this story.")
    r"|^(?i:material|information|reporting) from (?:the )?[A-Z][^.!?]{0,60}? (?i:was|were) used in this (?i:story|report|article)\b"
    # where each writer worked, alone on its line ("Marsh reported from Dover. Ali reported from Kingsport, Maine.")
    r"|^(?:_+\s*)?(?:[A-Z][\w’'-]+(?: and [A-Z][\w’'-]+)? reported from (?:[A-Z][\w.’'-]*,?\s*){1,5}\.\s*)+$"
    # a wire's note on who funds a desk ("The Gazette receives support for science coverage from the X Foundation.
    # The Gazette is solely responsible for all content.")
    r"|\b(?i:receives?|received) (?i:support|funding)\b.{1,160}\b(?i:is|are) solely responsible for\b"
    rf"|^(?i:write|e-?mail|reach|contact|message)(?: to)? (?:(?i:the )?(?i:reporters?|writers?|authors?|editors?|him|her|them)|{_NAME_WORDS})"
    r" (?:at|on|via|by)\b"
    # "To contact the author of this post, please email x@example.com."
    r"|^(?i:to (?:contact|reach) (?:the |this )?(?:authors?|writers?|reporters?)(?: of this (?:post|story|article))?,?\s+"
    r"(?:please )?(?:e-?mail|write to|call|contact)\b)"
    rf"|(?:^|[.!?]\s+)(?i:follow) (?:(?i:him|her|them|the (?:author|writer|reporter))|{_NAME_WORDS}(?: and {_NAME_WORDS})?) on {_SOCIAL_SITES}\b"
    r"|^\(\s*(?i:(?:additional )?(?:reporting|writing|editing|compiled) by)\b"
    r"|^\(\s*(?i:refiles|corrects|updates|adds|recasts|repeats|fixes|clarifies|removes|inserts)\b[^()]*\)\.?$"
    r"|^\(?\s*(?i:this (?:story|article|version|post) (?:has been |was )?(?:refiled|corrected|updated|(?:amended|revised|edited) on|corrects|updates|adds|fixes))\b"
    # where the report also ran, and how an interview's transcript was edited
    r"|^\(?\s*(?i:(?:this (?:report|story|interview|transcript)|the transcript) (?:was featured in"
    r"|has been (?:\w+ )?(?:condensed|edited|generated)\b))"
    r"|^\(?\s*(?i:correction|clarification|editor's note|editor’s note)\s*:"
    r"|^\(?\s*(?i:an earlier version of this (?:story|article|report))\b")
_MAX_AUTHOR_NOTE_CHARS = 300


# Every _AUTHOR_NOTE branch needs one of these; the cheap test spares the pattern on most lines.
_AUTHOR_NOTE_HINT = re.compile(
    r"^\s*\(|contributed|^\s*(?:write|e-?mail|reach|contact|message)\b|\bfollow\b"
    r"|^\s*(?:this (?:story|article|version|post|report|interview|transcript)|correction|clarification|editor|an earlier version)\b"
    r"|^\s*the transcript\b|^\s*(?:material|information|reporting) from\b|^\s*to (?:contact|reach)\b", re.I)
# The first characters of the hint's opening words (and its bracket).
_AUTHOR_NOTE_INITIALS = "(wercmta"


def _is_author_note(text: str) -> bool:
    if len(text) > _MAX_AUTHOR_NOTE_CHARS:
        return False
    low = lower_for_literals(text)
    if low is not None and "contributed" not in low and "follow" not in low and "reported from" not in low \
            and "solely responsible" not in low and "used in this" not in low and low.lstrip()[:1] not in _AUTHOR_NOTE_INITIALS:
        return False  # cheaper than the hint pattern, which needs one of these
    # The hint pattern, or one of the two notes whose words sit mid-line (a literal test, cheaper than a pattern).
    hinted = "reported from" in text or "solely responsible" in text or _AUTHOR_NOTE_HINT.search(text) is not None
    return hinted and bool(_AUTHOR_NOTE.search(text.strip()))


# A related story's headline with its link label after it, as pages print them inside an article
# ("From 'shithole countries' to 'a private agreement' – Trump's 2018 lowlights Read more").
_TEASER_LINK_END = re.compile(r"\s(?:Read more|Read More|READ MORE)\s*$")


def _is_teaser_link(text: str) -> bool:
    """A headline followed by "Read more": no sentence ends before the label, so no article text
    is lost when the line goes."""
    match = _TEASER_LINK_END.search(text)
    if match is None:
        return False
    headline = text[:match.start()].rstrip()
    if _BYLINED_HEADLINE.search(headline) and len(words_of(headline)) <= 25:
        return True  # "James Comey helped Trump win. Now he wants to undo his mistake | Richard Wolffe"
    if (len(words_of(headline)) <= _MAX_TEASER_WORDS and not headline.endswith(".") and "|" in headline
            or len(words_of(headline)) <= _MAX_QUESTION_HEADLINE_WORDS and not _ends_with_full_stop(headline)
            and _sentence_count(headline) == 2 and ("?" in headline or "!" in headline)):
        # A headline and its writer after a bar ("Ferries must go. But not yet | Jane van Doe"), or a headline of
        # two sentences with a question ("Will the pier hold? The key questions answered", "The pier is back. But
        # can it last?"): no full stop ends either, while an article's sentence glued to the label ends in one.
        return True
    if _QUESTION_HEADLINE.search(headline) and len(words_of(headline)) <= _MAX_QUESTION_HEADLINE_WORDS:
        return True  # "Is the harbour safe for ferries? Read more", "‘Go! Go!’ – can the mayor hold on? Read more"
    return bool(headline) and not re.search(r"[.!?][\"”’']?(?:\s|$)", headline)


# A headline asking a question, or one quoting an exclamation, before its "Read more" label: it may hold a "?" or
# "!" without being a sentence of the article, but no full stop that would end one before it.
_QUESTION_HEADLINE = re.compile(r"^(?!.*\.[\"”’']?\s)[^\n]*[?!][\"”’']?$")
_MAX_QUESTION_HEADLINE_WORDS = 20
_MAX_TEASER_WORDS = 25


def _ends_with_full_stop(text: str) -> bool:
    return bool(re.search(r"\.[\"”’')\]]*$", text.rstrip()))


# A headline with its writer's name after a bar, as opinion teasers print them.
_BYLINED_HEADLINE = re.compile(r"\s\|\s+[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3}$")


# Page furniture that the extractor keeps inside the article container, by kind. Only short
# paragraphs are tested, so body text that mentions these words is not touched.
_HTML_NOISE_PATTERNS = (
    ("copyright", re.compile(r"\bfor (?:your )?personal,? non-?commercial use\b|\bsubscriber agreement\b", re.I)),
    ("promo", re.compile(r"^if you (?:enjoyed|liked|like|value|appreciate(?:d)?) (?:this|our|reading)\b.{0,200}"
                         r"\b(?:join|subscribe|support|donate|become|sign up)\b", re.I)),
    ("promo", re.compile(rf"^follow (?:[\w@'’.&-]+ ){{1,6}}on {_SOCIAL_SITES}\b", re.I)),
    ("read-more", re.compile(r"^(?:see|read|watch) (?:more|also)\s*:", re.I)),
    ("share", re.compile(r"^(?:order|buy|request) (?:a )?reprints?$", re.I)),
)
_MAX_HTML_NOISE_CHARS = 300
_BULLET = re.compile(r"^[-–—•*·]\s+")


def _html_noise_reason(text: str) -> str | None:
    """The noise kind of an extracted paragraph, read without its list bullet ("- Print Article")."""
    line = _BULLET.sub("", text.strip())
    local = _local_reason(line)
    if local in _HTML_BODY_NOISE:
        return local
    if len(line) > _MAX_HTML_NOISE_CHARS:
        return None
    if _is_author_note(line):
        return "author-note"
    return next((reason for reason, pattern in _HTML_NOISE_PATTERNS if pattern.search(line)), None)


_IMAGE_URL = re.compile(r"\s*(?:https?:)?//\S+\.(?:jpe?g|png|gif|webp|svg|avif)(?:\?\S*)?\s*", re.I)


def _is_related_heading(text: str) -> bool:
    t = text.strip()
    return _is_more_from(t) or len(t) <= 80 and bool(_READ_MORE_HEADING.match(t))


def _mark_related_lists(body: Sequence[str], reasons: list[str]) -> None:
    """A "Related:"/"Most read"/"Don't miss" line and the short headline lines after it.

    The heading's own text may name a story ("Related: Water Plumes on Europa"); the list
    that follows is linked headlines: heading-like lines, no prose. The run ends at the
    first prose paragraph, where the article resumes.
    """
    for i, text in enumerate(body):
        if not (_is_related_heading(text) or reasons[i] == "read-more"):
            continue
        j = i + 1
        while j < len(body) and reasons[j] in (BODY, "separator") and _is_link_line(body[j]):
            reasons[j] = "related"
            j += 1
        if reasons[i] == BODY and j > i + 1:
            # A bare heading is only known to be a related box by the links under it:
            # "Up next" over a list of fixtures is part of a match report.
            reasons[i] = "related"


def _is_link_line(text: str) -> bool:
    """A headline-like line of a link list ("- Moon Rush: Private Lunar Lander Plans")."""
    line = text.lstrip("-–—•*· ").strip()
    return bool(line) and _is_heading_like(line) and not _is_bodylike(line)


def _key(text: str) -> str:
    return " ".join(_TOKEN.findall(text.lower()))


def _first_key_word(text: str) -> str:
    """The first word of ``_key(text)`` ("" when it has none), without building the key."""
    first = _TOKEN.search(text.lower())
    return first.group() if first else ""


_HTML_BODY_NOISE = frozenset(
    {"share", "promo", "copyright", "comment", "video", "byline", "dateline-meta", "caption", "credit",
     "read-more"}
)


def _same_text(a: str, b: str) -> bool:
    return _TOKEN.findall(a.lower()) == _TOKEN.findall(b.lower())


@dataclass(frozen=True, slots=True)
class _PageBlock:
    """The visible text of one block element, why it would be dropped, and where it sits."""

    text: str
    context: str
    signature: tuple[str, ...]
    landmark: str | None = None
    link_share: float = 0.0  # share of the block's characters inside <a> elements


def _page_blocks(tree: lxml.html.HtmlElement) -> list[_PageBlock]:
    """Visible text of every block element, in page order, with a reason from its context.

    Text is attributed to its nearest block ancestor, so inline markup (links, emphasis)
    stays inside its paragraph and nested blocks do not repeat their parents' text. One walk
    down the tree: each element's context, landmark, signature and link state are derived
    from its parent's, and hidden subtrees (scripts, styles, ``display:none``) are not entered,
    as nothing in them is page text.
    """
    if _is_hidden_element(tree, tree.tag.lower()):
        return []
    root = _BlockOwner(tree, "boilerplate", None, (_signature_of(tree.tag, tree.get("class") or ""),))
    pieces: dict[_BlockOwner, list[str]] = {}
    link_chars: dict[_BlockOwner, int] = {}
    linked = tree.tag.lower() == "a"
    _add_block_text(root, tree.text, linked, pieces, link_chars)
    _walk_blocks(tree, root, root, linked, pieces, link_chars)
    blocks: list[_PageBlock] = []
    for owner, texts in pieces.items():
        text = _norm_space(" ".join(texts))
        if text:
            share = min(1.0, link_chars.get(owner, 0) / max(1, len(text.replace(" ", ""))))
            blocks.append(_PageBlock(text, owner.context, owner.signature, owner.landmark, share))
    return blocks


@dataclass(slots=True, eq=False)
class _BlockOwner:
    """An element with its derived context, landmark and signature (the parent state of its children)."""

    element: lxml.html.HtmlElement
    context: str
    landmark: str | None
    signature: tuple[str, ...]


def _walk_blocks(el: lxml.html.HtmlElement, state: _BlockOwner, owner: _BlockOwner, linked: bool,
                 pieces: dict[_BlockOwner, list[str]], link_chars: dict[_BlockOwner, int]) -> None:
    """Add the text under visible ``el`` to its blocks, in document order: an element's text, its
    children's, then its tail ("The mayor <a>said <b>on</b> Monday</a> that ..." had read "The mayor
    said that ... on Monday", the tail before the children).
    """
    for child in el:
        tag = child.tag
        if not isinstance(tag, str):
            # Comments and processing instructions: only their tail is page text.
            _add_block_text(owner, child.tail, False, pieces, link_chars)
            continue
        lower = tag.lower()
        child_linked = linked or lower == "a"
        hidden = _is_hidden_element(child, lower)
        if not hidden:
            classes = child.get("class") or ""
            own = _element_context(child, lower, classes) if lower not in ("html", "body") else None
            child_state = _BlockOwner(child, own or state.context, lower if lower in _LANDMARKS else state.landmark,
                                      (_signature_of(tag, classes), *state.signature[:_SIGNATURE_DEPTH - 1]))
            child_owner = child_state if lower in _BLOCK_TAGS else owner
            if (text := child.text) and not text.isspace():  # tested here first: most elements have no text
                _add_block_text(child_owner, text, child_linked, pieces, link_chars)
            _walk_blocks(child, child_state, child_owner, child_linked, pieces, link_chars)
        if (tail := child.tail) and not tail.isspace():
            _add_block_text(owner, tail, linked, pieces, link_chars)


def _add_block_text(owner: _BlockOwner, text: str | None, linked: bool, pieces: dict[_BlockOwner, list[str]],
                    link_chars: dict[_BlockOwner, int]) -> None:
    if not text or text.isspace():
        return
    if owner in pieces:
        pieces[owner].append(text)
    else:
        pieces[owner] = [text]
    if linked:
        link_chars[owner] = link_chars.get(owner, 0) + len("".join(text.split()))


# The nearest of these page landmarks tells whether a block is page chrome or content.
_LANDMARKS = frozenset({"nav", "footer", "header", "aside", "article", "main"})
_CHROME_LANDMARKS = {"nav": "navigation", "footer": "boilerplate"}


# Tag and class of an element and its nearest ancestors: paragraphs of one article share it.
_SIGNATURE_DEPTH = 4


@functools.lru_cache(maxsize=8192)
def _signature_of(tag: str, classes: str) -> str:
    """An element's part of a block signature: its tag and sorted classes (cached: pages repeat them)."""
    return f"{tag}.{' '.join(sorted(classes.split()))}"


def _is_hidden_element(el: lxml.html.HtmlElement, tag: str) -> bool:
    return tag in _SKIP_TAGS or _is_hidden(el)


def _is_hidden(el: lxml.html.HtmlElement) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def _element_context(el: lxml.html.HtmlElement, tag: str, classes: str) -> str | None:
    if tag in _TAG_CONTEXT:
        return _TAG_CONTEXT[tag]
    role = el.get("role")
    if role:
        role = role.lower()
        if role in ("navigation", "menubar", "menu"):
            return "navigation"
        if role in ("contentinfo", "banner"):
            return "boilerplate"
    return _context_of_attributes(classes, el.get("id") or "")


_ATTRIBUTE_SEPARATORS = re.compile(r"[_\s]+")


@functools.lru_cache(maxsize=8192)
def _context_of_attributes(classes: str, element_id: str) -> str | None:
    """The context named by an element's class and id; cached, as pages repeat them a lot."""
    attrs = f"{classes} {element_id}".lower()
    if not attrs.strip():
        return None
    attrs = _ATTRIBUTE_SEPARATORS.sub(" ", attrs)
    if not _ANY_CONTEXT_CLASS.search(attrs):
        return None  # most class/id strings name no context: one search instead of eight
    for reason, pattern in _CONTEXT_CLASSES:
        if pattern.search(attrs):
            return reason
    return None


def _merge_dropped(body: list[Paragraph], blocks: list[_PageBlock], title: str | None) -> list[Paragraph]:
    """Interleave the page's dropped blocks with the extracted body, in page order.

    Blocks whose text lies within the extracted body are represented by the body itself.
    A dropped block that is plainly more of the article (prose in the same kind of element
    and container as most body paragraphs) is put back as body: extractors sometimes stop
    at a container boundary in pages that split an article into chunks.
    """
    body_tokens = _TOKEN.findall(" ".join(p.text for p in body).lower())
    body_string = " " + " ".join(body_tokens) + " "
    body_shingles = {tuple(body_tokens[i:i + 3]) for i in range(len(body_tokens) - 2)}
    # Each block's tokens and key are computed once: the tests below all compare them.
    block_tokens = [_TOKEN.findall(b.text.lower()) for b in blocks]
    block_keys = [" ".join(tokens) for tokens in block_tokens]
    body_keys = [_key(p.text) for p in body]
    in_body = [_within_body(tokens, body_string, body_shingles) for tokens in block_tokens]
    article_signatures = _article_signatures(blocks, in_body)
    positions = _body_positions(body_keys, block_keys, in_body)

    exact = [bool(blocks) and p.kept and block_keys[int(pos)] == key for pos, p, key in zip(positions, body, body_keys)]
    linked = _linked_lines(body, [blocks[int(pos)] if blocks else None for pos in positions], exact)
    placed: list[tuple[float, int, Paragraph]] = []
    for i, (pos, p) in enumerate(zip(positions, body)):
        # The extractor falls back to any text on pages without an article; text it took from
        # the site's <nav> or <footer> is page chrome all the same.
        chrome = _CHROME_LANDMARKS.get(blocks[int(pos)].landmark or "") if exact[i] else None
        if chrome:
            p = Paragraph(0, p.text, False, chrome)
        elif i in linked or (exact[i] and blocks[int(pos)].context == "related" and _is_related_heading(p.text)):
            # ... or a "Most read" heading over a teaser rail set inside the article.
            p = Paragraph(0, p.text, False, "related")
        placed.append((pos, i, p))
    kept_positions = [int(pos) for pos, p in zip(positions, body) if p.kept and _is_bodylike(p.text)]
    title_tokens = _TOKEN.findall(title.lower()) if title else None
    lead = _lead_blocks(blocks, in_body, kept_positions[0], title) if kept_positions else set()
    seen: set[str] = set()
    for index, block in enumerate(blocks):
        if in_body[index] or block.text in seen:
            continue
        seen.add(block.text)
        reason = _dropped_reason(block.text, block.context, title_tokens, block_tokens[index])
        if index in lead or block.signature in article_signatures and _is_rescuable(block.text, reason):
            paragraph = Paragraph(0, block.text, True, BODY)
        else:
            paragraph = Paragraph(0, block.text, False, reason)
        placed.append((index + 0.5, len(placed), paragraph))
    placed.sort(key=lambda item: (item[0], item[1]))
    return [p for _, _, p in placed]


_LINKED_SHARE = 0.8  # share of a block's characters in links for a "linked line"
_MIN_LINKED_RUN = 2
_MAX_LIST_HEADING_WORDS = 6


def _linked_lines(body: Sequence[Paragraph], sources: Sequence[_PageBlock | None], exact: Sequence[bool]) -> set[int]:
    """Body paragraphs that are runs of linked headlines: a related-stories list in the text.

    A line counts when the page block it comes from is (almost) all link text and it is not
    prose; a run of such lines is a list of links to other pages ("Schon gelesen?", "Most
    read", a teaser rail), whatever the language of its heading. A short unlinked heading
    right above the run belongs to it.
    """
    def is_link_line(i: int) -> bool:
        block = sources[i]
        return (exact[i] and block is not None and block.link_share >= _LINKED_SHARE
                and not body[i].text.startswith("|")  # a table row: its cells are data
                and not _is_bodylike(body[i].text))

    found: set[int] = set()
    texty = [i for i, p in enumerate(body) if p.kept and _TOKEN.search(p.text)]
    k = 0
    while k < len(texty):
        run = k
        while run < len(texty) and is_link_line(texty[run]):
            run += 1
        if run - k >= _MIN_LINKED_RUN:
            found.update(texty[k:run])
            heading = body[texty[k - 1]].text if k > 0 else ""
            if heading and _is_heading_like(heading) and len(words_of(heading)) <= _MAX_LIST_HEADING_WORDS:
                found.add(texty[k - 1])
            k = run
        else:
            k += 1
    return found


_LEAD_WINDOW = 12  # blocks above the body searched for the lead


def _lead_blocks(blocks: Sequence[_PageBlock], in_body: Sequence[bool], first_body: int, title: str | None) -> set[int]:
    """Prose blocks between the headline and the extracted body: the article's lead.

    Extractors often skip the standfirst or first paragraph when the page sets it apart in a
    header or "teaser" container. A block qualifies when it is prose (not a caption, byline,
    promo or label), sits after the title and at most a few blocks above the body, and is
    not in the site's navigation or footer; short blocks in between (dates, share buttons,
    captions) are passed over.
    """
    start = max(0, first_body - _LEAD_WINDOW)
    if title:
        for i in range(first_body - 1, start - 1, -1):
            if _same_text(blocks[i].text, title):
                start = i + 1
                break
    found: set[int] = set()
    for i in range(first_body - 1, start - 1, -1):
        block = blocks[i]
        if in_body[i]:
            continue
        if block.context == "navigation" or block.landmark in _CHROME_LANDMARKS:
            break
        if _is_lead(block):
            found.add(i)
    return found


_MIN_LEAD_SENTENCES = 2


def _is_lead(block: _PageBlock) -> bool:
    """A lead paragraph: prose of two or more sentences, in no container marked as noise.

    A one-sentence line above the article is a subtitle ("dek") more often than the lead.
    """
    if block.context not in ("boilerplate", "related") or block.link_share >= 0.5:
        return False
    text = block.text
    if not _is_bodylike(text) or _sentence_count(text) < _MIN_LEAD_SENTENCES or _ELLIPSIS_END.search(text):
        return False
    if _local_reason(text) is not None or _CAPTION_START.match(text):
        return False
    classes = " ".join(part.partition(".")[2] for part in block.signature)
    return not _NOISE_CLASSES.search(re.sub(r"[_\s]+", " ", classes.lower()))


def _article_signatures(blocks: Sequence[_PageBlock], in_body: Sequence[bool]) -> set[tuple[str, ...]]:
    """Element signatures that hold a large share of the extracted body's blocks."""
    counts: dict[tuple[str, ...], int] = {}
    for block, kept in zip(blocks, in_body):
        if kept and _is_bodylike(block.text):
            counts[block.signature] = counts.get(block.signature, 0) + 1
    total = sum(counts.values())
    return {sig for sig, n in counts.items() if n >= 3 and n >= 0.3 * total}


def _is_rescuable(text: str, reason: str) -> bool:
    if reason not in ("boilerplate", "navigation", "related"):
        return False
    if _local_reason(text) is not None:
        return False
    return len(words_of(text)) >= 12 and _ends_sentence(text)


def _body_positions(body_keys: Sequence[str], block_keys: Sequence[str], in_body: Sequence[bool]) -> list[float]:
    """For each body paragraph (by its _key), the index of the page block it came from (page order)."""
    candidates = [(i, key) for i, key in enumerate(block_keys) if in_body[i]]
    positions: list[float] = []
    cursor = 0
    last = float(candidates[0][0]) if candidates else 0.0
    for key in body_keys:
        found = None
        for j in range(cursor, len(candidates)):
            block_key = candidates[j][1]
            if key and block_key and (key in block_key or (len(block_key) >= 12 and block_key in key)):
                found = j
                break
        if found is not None:
            cursor = found
            last = float(candidates[found][0])
        positions.append(last)
    return positions


def _within_body(tokens: list[str], body_string: str, body_shingles: set[tuple[str, ...]]) -> bool:
    if not tokens:
        return True  # punctuation-only blocks carry nothing worth recording
    if len(tokens) < 6:
        return (" " + " ".join(tokens) + " ") in body_string
    shingles = [tuple(tokens[i:i + 3]) for i in range(len(tokens) - 2)]
    return sum(1 for s in shingles if s in body_shingles) / len(shingles) >= 0.5


def _dropped_reason(text: str, context: str, title_tokens: list[str] | None, tokens: list[str]) -> str:
    """Why a block outside the body is dropped; ``tokens`` are the block's, as _same_text compares them."""
    if title_tokens is not None and tokens == title_tokens:
        return "title"
    local = _local_reason(text)
    if local in ("copyright", "share", "comment", "caption", "credit", "byline", "dateline-meta", "promo", "video"):
        return local
    return context


def _year_only_guess(found: str, tree: lxml.html.HtmlElement | None) -> bool:
    """Whether htmldate's date is 1 January standing in for a year alone: on a page whose only date
    is "Copyright 2024" it answers 2024-01-01, which no reader should take for a publication day.
    A real New Year's Day is written somewhere in the page (markup, URL or text)."""
    if not found.endswith("-01-01") or tree is None:
        return False
    year = found[:4]
    page = lxml.html.tostring(tree, encoding="unicode")
    written = (rf"{year}[-/.]?01[-/.]?01|0?1[-/.]0?1[-/.]{year}|\bjan(?:uary|\.)?\s+0?1(?:st)?\b(?![,.]?\d)"
               rf"|\b0?1(?:st|\.|er)?\s*(?:of\s+|de\s+)?(?:jan(?:uary|uar|vier|\.)?|enero|gennaio)\b")
    return re.search(written, page, re.IGNORECASE) is None


def _html_metadata(tree: lxml.html.HtmlElement | None, extracted: trafilatura.settings.Document | None,
                   paragraphs: Sequence[Paragraph], url: str | None) -> _Meta:
    metas = _meta_tags(tree) if tree is not None else {}
    title: tuple[str | None, str] = (None, "")
    outlet: tuple[str | None, str] = (None, "")
    published: tuple[str | None, str] = (None, "")
    authors: tuple[tuple[str, ...], str] = ((), "")
    page_url: tuple[str | None, str] = (None, "")
    if extracted is not None:
        if extracted.title:
            title = (_norm_space(extracted.title), "og:title" if "og:title" in metas else "html title")
        declared = _usable_site_name(metas.get("og:site_name") or "")
        if declared:
            outlet = (declared, "og:site_name")
        elif found := _usable_site_name(extracted.sitename or ""):
            outlet = (found, "site name")
        if extracted.date and not _year_only_guess(extracted.date, tree):
            published = (extracted.date, "htmldate")
        if extracted.author:
            names = _page_authors(re.split(r";|\band\b", extracted.author), outlet[0] or extracted.sitename)
            if names:
                authors = (names, "byline")
        if extracted.url:
            page_url = (extracted.url, "canonical")
    if outlet[0] is None and _ARCHIVED_URL.match(url or page_url[0] or ""):
        outlet = (_domain_name(url or page_url[0] or ""), "url domain")  # the archive's page, the site's lines
    if outlet[0] is None:
        for p in paragraphs:
            if p.reason == "copyright":
                holder = _outlet_from_copyright(p.text) or ""
                # "© Jane Roe/Getty Images": a picture's credit, not the site
                name = None if _PHOTO_CREDIT.search(holder) else _usable_site_name(holder)
                if name:
                    outlet = (name, "copyright line")
                    break
    if outlet[0] is None and (url or page_url[0]):
        outlet = (_domain_name(url or page_url[0] or ""), "url domain")
    if not authors[0]:
        for p in paragraphs:
            if p.reason == "byline":
                names = tuple(_names_in_byline(p.text))
                if names:
                    authors = (names, "byline")
                    break
    language = _html_language(tree, paragraphs)
    if title[0] and outlet[0]:
        title = (_without_site_suffix(title[0], outlet[0]), title[1])
    return _Meta(title=title, outlet=outlet, published=published, authors=authors, language=language, url=page_url)


# What a page's author field carries besides names: a label before them ("Analysis by", "Текст"),
# the writer's role after them ("News reporter", "is a reporter", "AP National Political Writer"),
# a date run into them ("Jeff Foust Monday"), the agency ("ERIC TUCKER Associated Press").
_AUTHOR_LABEL = re.compile(r"^(?:(?:analysis|opinion|story|written|words|text|reporting|photos?)\s+by|by|von|por|par|"
                           r"text|texte|текст|автор)\s*:?\s+", re.IGNORECASE)
_AUTHOR_ROLE_TAIL = re.compile(
    r"\s+(?:is\s+an?\s+)?(?:(?:ap|cnn|news|staff|senior|chief|political|national|sports?|auto|security|business|"
    r"contributing|special|investigative|foreign|economics?|tech(?:nology)?|science|health|deputy|managing|associate|"
    r"assistant|executive|digital|breaking|general|assignment)\s+){0,3}(?:reporter|correspondent|writer|"
    r"editor(?:-at-large)?|contributor|columnist|journalist|producer|analyst|critic|photographer)s?\b.*$",
    re.IGNORECASE)
_AUTHOR_DATE_TAIL = re.compile(
    r"\s+(?:published|updated|posted|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
    r"april|june|july|august|september|october|november|december)\b.*$", re.IGNORECASE)
_AGENCIES = ("associated press|reuters|afp|ap|pti|efe|dpa|ani|ians|xinhua|upi|bloomberg|cnn|pap|ansa|kyodo|yonhap|tass|"
             "press association|agence france-presse")
_AGENCY_TAIL = re.compile(rf"\s+(?:the\s+)?(?:{_AGENCIES})$", re.IGNORECASE)
# A name field that names a desk, a team, an agency or a publication rather than a writer.
_NOT_A_WRITER = re.compile(
    rf"^(?:the\s+)?(?:{_AGENCIES})\b|\b(?:staff|bureau|editorial|news|media|press|wire|services?|reports|sports?|"
    r"admin\w*|\w*admin|team|desk|agency|blog|magazine|newsroom|com|redaktion|agenturen|agentur|rédaction|redacción|"
    r"redação|redazione|gmbh|ag|inc|llc|ltd|verlag|e\.?\s?v)\b", re.IGNORECASE)
_NAME_PARTICLES = frozenset({"de", "van", "von", "da", "del", "der", "den", "di", "du", "bin", "al", "la", "le", "y"})


def _page_authors(pieces: Sequence[str], outlet: str | None) -> tuple[str, ...]:
    """The writers' names in a page's author field (as trafilatura reads it): labels, roles, dates and
    agency names run into a name are cut off. Desks, agencies, companies, credentials and the outlet's
    own name are left out when a writer is named, and kept (the first of them) when none is ("Reuters",
    a blog signed with its own name); a lone word is a name only when it is the whole field ("Josh"),
    not beside others ("Monday", "Germany"). A name in capitals is written as a name."""
    cleaned = [_AUTHOR_LABEL.sub("", _norm_space(p)).strip(_AUTHOR_STRIP) for p in pieces]
    cleaned = [c for c in cleaned if c]
    names: list[str] = []
    sources: list[str] = []
    for name in cleaned:
        dated = _AUTHOR_DATE_TAIL.sub("", name).strip(_AUTHOR_STRIP)
        without_role = _AUTHOR_ROLE_TAIL.sub("", dated)
        if len(without_role.split()) < 2:
            without_role = dated  # "Rasender Reporter" is a pen name, not "Rasender" the reporter
        cut = _AGENCY_TAIL.sub("", without_role).strip(_AUTHOR_STRIP)
        if _looks_like_a_writer(cut, outlet, alone=len(cleaned) == 1):
            words = cut.split()
            written = " ".join(w.capitalize() if w.isupper() and len(w) > 2 and len(words) > 1 else w for w in words)
            if written not in names:
                names.append(written)
        elif not sources and _names_a_source(dated, outlet, alone=len(cleaned) == 1):
            sources.append(dated)
    return tuple(names or sources)


def _names_a_source(name: str, outlet: str | None, *, alone: bool) -> bool:
    """An agency, desk or the site itself as the author ("Reuters", "Telegraph Sport", a blog signed
    with its own name): a few capitalised words, no date."""
    if not name or not _capitalised(name) or len(name.split()) > 4 or _HAS_DIGIT.search(name):
        return False
    return alone or bool(_NOT_A_WRITER.search(name)) or _same_name(name, outlet)


_AUTHOR_STRIP = " .,:;-–—|()'\"‘’“”"


def _looks_like_a_writer(name: str, outlet: str | None, *, alone: bool) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 5 or not _capitalised(name) or _NOT_A_WRITER.search(name) or _HAS_DIGIT.search(name):
        return False
    if words[0].lower() == "the" or _same_name(name, outlet):
        return False
    return len(words) > 1 or (alone and len(name) > 3 and name.lower() not in STOPWORDS)


def _capitalised(name: str) -> bool:
    return all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in name.split())


def _same_name(name: str, outlet: str | None) -> bool:
    """The outlet's own name in the author field ("LinkNaija" on LinkNaija, "Beachbody" on its blog)."""
    if not outlet:
        return False
    a, b = re.sub(r"\W", "", name.lower()), re.sub(r"\W", "", outlet.lower())
    return bool(a) and (a == b or len(a) >= 4 and a in b)


_TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+")


_SOCIAL_SITE_URL = re.compile(r"(?i)(?:https?://)?(?:www\.)?(?:facebook|twitter|x|instagram|youtube|tiktok|linkedin)\.com\b")
_PHOTO_CREDIT = re.compile(r"(?i)/|\b(?:getty images|shutterstock|istock|ap photo|picture alliance|imago|alamy|"
                           r"afp|reuters|epa)\b")
_ARCHIVED_URL = re.compile(r"(?i)(?:https?://)?web\.archive\.org/web/[^/]+/(.+)")
_COPYRIGHT_MARKS = re.compile(r"(?i)\bcopyright\b|©|\(c\)|\b(?:19|20)\d\d\b(?:\s*[-–]\s*(?:19|20)\d\d\b)?")
_EMAIL = re.compile(r"\S+@\S+\.\w+")


def _usable_site_name(text: str) -> str | None:
    """A site name as an outlet: an address read as its domain's name, a copyright notice's marks and
    years and an e-mail address left out. None for what names no outlet: a date ("02.11.2021"), a
    social-media handle (trafilatura's fallback, "@Wday_", "Achgut_com"), a headline-length text."""
    name = _norm_space(_EMAIL.sub(" ", text))
    if not name:
        return None
    if re.match(r"(?i)https?://|www\.", name):
        return None if _SOCIAL_SITE_URL.match(name) else _readable_outlet(name)
    name = _site_name(_norm_space(_COPYRIGHT_MARKS.sub(" ", name))).strip(" ,;:-–—|/…")
    name = re.sub(r"(?i)^by\s+", "", name).rstrip(".") if name.endswith("...") else re.sub(r"(?i)^by\s+", "", name)
    if not re.search(r"[^\W\d_]", name) or name.startswith("@") or ("_" in name and " " not in name):
        return None
    if name.lower() == "web.archive.org":
        return None  # the archive, not the site it copied (the page's address names that)
    return None if len(name) > 60 or len(name.split()) > 8 else name


def _site_name(text: str) -> str:
    """A site name without the sections some sites list after it ("Autoracing | F1 | Indy")."""
    return _TITLE_SEPARATOR.split(_norm_space(text))[0] if " | " in text else _norm_space(text)


def _without_site_suffix(title: str, outlet: str) -> str:
    """"Best tech gadgets of 2019 | ZDNet" -> "Best tech gadgets of 2019" when ZDNet is the outlet."""
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) > 1 and parts[-1].strip().lower() == outlet.strip().lower() and len(" ".join(parts[:-1])) >= 10:
        return title[: title.rfind(parts[-1])].rstrip(" |–—-")
    return title


def _meta_tags(tree: lxml.html.HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or "").lower()
        value = _before_runaway_markup(el.get("content") or "")
        if key and value and key not in found:
            found[key] = value
    return found


def _before_runaway_markup(value: str) -> str:
    """An attribute value without the markup it ran into when its closing quote was missing.

    ``content="Northgate Daily>`` reads on to the next quote mark, through the tags after it; the
    value ends where its tag did, at the first ">".
    """
    if "<" in value and ">" in value:
        return value[: value.index(">")].strip()
    return value


def _html_language(tree: lxml.html.HtmlElement | None, paragraphs: Sequence[Paragraph]) -> tuple[str | None, str]:
    text = " ".join(p.text for p in paragraphs if p.kept)
    if tree is not None:
        lang = (tree.get("lang") or tree.get("xml:lang") or "").strip()
        if re.fullmatch(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*", lang):
            declared = lang.split("-")[0].split("_")[0].lower()
            return _text_over_template(declared, text) or (declared, "html lang")
    return _guess_language(text)


def _text_over_template(declared: str, text: str) -> tuple[str, str] | None:
    """A theme's "en" on a German article (a template's lang attribute left as shipped): the text's language,
    when the declared one is measurable and clearly not the article's (a language without a stop-word
    list here, Hungarian or Japanese, keeps what the page declares)."""
    scores = _stopword_scores(text)
    if declared not in _LANG_STOPWORDS or not scores or scores[declared] >= _DECLARED_ABSENT:
        return None
    lang, score = max(scores.items(), key=lambda item: item[1])
    return (lang, f"stopwords (page declares {declared})") if score >= _TEXT_CLEAR else None
