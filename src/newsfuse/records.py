"""Typed records passed between pipeline stages.

Every record is a small frozen, slotted dataclass with ``to_dict``/``from_dict`` so it can be
stored as JSON and exported under the field names of the JSON contract (``DESIGN.md``).
Offsets (``start``, ``end``) are character offsets into a document's kept text: the
paragraphs with ``kept=True`` joined by a blank line (see :func:`kept_text`).
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

PARAGRAPH_SEPARATOR = "\n\n"

QuoteKind = Literal["direct", "indirect"]
Hedge = Literal["exact", "approx", "lower", "upper"]
ClaimStatus = Literal["corroborated", "conflicting", "single-source"]
FigureScope = Literal["total", "part", "state", "background", "forecast"]

R = TypeVar("R", bound="Record")


class Record:
    """Mixin: dict round-trip for frozen dataclasses (tuples become lists in JSON)."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _plain(getattr(self, f.name)) for f in dataclasses.fields(self)}  # type: ignore[arg-type]

    @classmethod
    def from_dict(cls: type[R], data: dict[str, Any]) -> R:
        kwargs: dict[str, Any] = {}
        hints = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        for name in hints:
            if name in data:
                kwargs[name] = _revive(cls, name, data[name])
        return cls(**kwargs)


def _plain(value: Any) -> Any:
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


# Fields holding nested records, so ``from_dict`` can rebuild them.
_NESTED: dict[tuple[str, str], type[Record]] = {}


def _revive(cls: type, name: str, value: Any) -> Any:
    nested = _NESTED.get((cls.__name__, name))
    if isinstance(value, list):
        if nested is not None:
            return tuple(nested.from_dict(v) if isinstance(v, dict) else v for v in value)
        return tuple(tuple(v) if isinstance(v, list) else v for v in value)
    if nested is not None and isinstance(value, dict):
        return nested.from_dict(value)
    return value


def content_id(text: str) -> str:
    """Stable id of a piece of content: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class RawDocument(Record):
    """What ingest read from one input record, before cleaning.

    ``kind`` says how ``content`` must be cleaned: ``html`` goes through the HTML extractor,
    ``text`` through the plain-text paragraph classifier. Metadata fields are those the input
    itself declared (JSON fields, RSS entries, WARC headers); ``None`` when absent.
    """

    id: str
    source_path: str
    kind: Literal["html", "text"]
    content: str
    url: str | None = None
    external_id: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Paragraph(Record):
    index: int
    text: str
    kept: bool
    reason: str


@dataclass(frozen=True, slots=True)
class Document(Record):
    """A cleaned article.

    ``published`` is an ISO 8601 date or datetime string. ``inferred`` maps a metadata field
    name (``title``, ``outlet``, ``published``, ``authors``, ``language``) to how its value was
    obtained (``"input"``, ``"og:site_name"``, ``"copyright line"``, ...). ``superseded_by`` is
    the id of the outlet's updated version of this article, which replaces it in its story.
    """

    id: str
    source_path: str
    paragraphs: tuple[Paragraph, ...]
    url: str | None = None
    external_id: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    language: str | None = None
    authors: tuple[str, ...] = ()
    duplicate_of: str | None = None
    inferred: dict[str, str] = field(default_factory=dict)
    superseded_by: str | None = None

    @property
    def text(self) -> str:
        return kept_text(self.paragraphs)

    @property
    def has_article_text(self) -> bool:
        """Whether cleaning kept any text: a document without any is stored but placed in no story."""
        return any(p.kept and p.text.strip() for p in self.paragraphs)


def kept_text(paragraphs: tuple[Paragraph, ...] | list[Paragraph]) -> str:
    """The text all offsets refer to: kept paragraphs joined by a blank line."""
    return PARAGRAPH_SEPARATOR.join(p.text for p in paragraphs if p.kept)


def paragraph_spans(paragraphs: tuple[Paragraph, ...] | list[Paragraph]) -> dict[int, tuple[int, int]]:
    """``Paragraph.index`` -> (start, end) of each kept paragraph in :func:`kept_text`."""
    spans: dict[int, tuple[int, int]] = {}
    offset = 0
    for paragraph in paragraphs:
        if paragraph.kept:
            spans[paragraph.index] = (offset, offset + len(paragraph.text))
            offset += len(paragraph.text) + len(PARAGRAPH_SEPARATOR)
    return spans


@dataclass(frozen=True, slots=True)
class Span(Record):
    """A cited place in a document's kept text."""

    doc: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mention(Record):
    """An entity mention inside one document.

    ``cluster`` groups the mentions of one entity inside the document (within-document
    coreference); cross-document canonicalisation turns clusters into :class:`Entity` ids.
    ``titles`` are the titles/roles written next to this mention ("Retired US Lt. Gen.").
    """

    doc: str
    start: int
    end: int
    text: str
    type: str
    cluster: int
    titles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Entity(Record):
    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Quote(Record):
    """Who said what. ``speaker`` is a canonical entity id, filled in by the link stage.

    ``speaker_start``/``speaker_end`` locate the mention the speaker was resolved to (which
    may be far from a pronoun cue such as "he added"); ``None`` when the speaker is unknown
    or not a named mention (e.g. "officials"). ``source_start``/``source_end`` locate the phrase
    that names the speaker at this quote ("he", "US officials", "Mr. Putin"), and
    ``cue_start``/``cue_end`` the cue ("said", "according to"); ``None`` when there is none.
    ``speaker_kind`` says what the source is: ``person`` (a named or resolved person),
    ``organisation`` ("the Kremlin said"), ``written`` ("the letter read"), ``anonymous``
    ("US officials", "a senior aide"), ``account`` (a social-media account the article names no
    one by: "Amy (@a_doodle)") or ``unknown`` ("they said"); ``None`` without a speaker.
    """

    doc: str
    text: str
    kind: QuoteKind
    start: int
    end: int
    speaker_name: str | None = None
    speaker_title: str | None = None
    cue: str | None = None
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    unbalanced: bool = False
    source_start: int | None = None
    source_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_kind: str | None = None

    def shown(self) -> str:
        """The quote as lists print it: a direct quote inside quotation marks unless it carries
        its own; one whose marks the source never balanced is printed bare with a note, so that
        no list shows a quotation end (or start) that the article does not have; a question someone
        asked is printed with its cue ("asked whether the plant would close"), which lists otherwise
        leave out, so that it does not read as the asker's claim."""
        if self.unbalanced:
            return f"{self.text} [{UNBALANCED_NOTE}]"
        if self.kind == "indirect" and self.cue and self.cue.lower() in ASKING_CUES \
                and self.text.split(" ", 1)[0].lower() in QUESTION_OPENERS:
            # "asked whether the plant would close": without its cue the question reads as a claim
            return f"{self.cue} {self.text}"
        if self.kind == "direct" and self.text[:1] not in OPENING_MARKS:
            return f"“{self.text}”"
        return self.text


# Forms of the verbs of asking, and the words opening the question they report: such a quote is shown
# with its cue.
ASKING_CUES = frozenset("ask asks asked asking wonder wonders wondered wondering inquire inquires inquired "
                        "inquiring enquire enquires enquired enquiring".split())
QUESTION_OPENERS = frozenset("whether if what why how when where who whom whose which".split())
# Marks a quote's text may already open with, so lists add no second pair.
OPENING_MARKS = "\"“‘«'"
UNBALANCED_NOTE = "quotation marks unbalanced in the source"


@dataclass(frozen=True, slots=True)
class Figure(Record):
    """A number in the text with what it counts and how it is hedged.

    Context read from the parse (``newsfuse.extract.figure_context``), used to tell whether two
    figures report the same quantity: ``predicate`` is the event the number is the count of
    ("killing 12 workers" -> ``kill``, "ordered to leave their homes" -> ``leave home``,
    "sets aside $3.8 million" -> ``set aside``); ``scope`` is ``total`` (the default reading),
    ``part`` ("two of the victims", "the first two victims"), ``state`` (a snapshot: "still
    without power", "remained out of their homes", "all but 60 homes"), ``background`` ("a town
    of 9,000 people") or ``forecast`` ("predicted a crest of 21 feet"); ``purpose`` is what money
    is for ("for the transit authority"); ``revised`` is true when the text itself reports the
    figure as a change ("the toll rose to 14"). ``None`` when the context was not computed.
    ``as_of`` is the TimeML value of the date the figure is given for ("as of Tuesday", "officials
    estimated in March that ..."), ``restates`` the ``start`` of the first figure of the same
    document that this one repeats ("12 workers were killed ... all 12 workers were"), so that a
    document's repetitions are one figure, not several.
    """

    doc: str
    text: str
    value: float | None
    unit: str | None
    about: str | None
    hedge: Hedge
    start: int
    end: int
    source: str | None = None
    upper: float | None = None
    predicate: str | None = None
    scope: FigureScope | None = None
    purpose: str | None = None
    revised: bool = False
    as_of: str | None = None
    restates: int | None = None


@dataclass(frozen=True, slots=True)
class DateMention(Record):
    """A temporal expression normalised to a TimeML-style value (``None`` when unresolved).

    ``event_start``/``event_end`` locate what the date dates when that is less than its clause: a
    noun phrase whose modifier holds the date ("the previous record of 23.9 feet set in April
    1981" inside "The river crested at 24.6 feet, breaking ..."), or a clause that "since", "after",
    "before" or "until" sets apart ("the army withdrew in August" inside "..., the first attack
    since the army withdrew in August"); ``None`` for the clause itself.
    """

    doc: str
    text: str
    value: str | None
    grain: str
    start: int
    end: int
    type: str = "DATE"
    reason: str | None = None
    event_start: int | None = None
    event_end: int | None = None


@dataclass(frozen=True, slots=True)
class Extraction(Record):
    """Everything the extract stage found in one document."""

    doc: str
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
    dates: tuple[DateMention, ...] = ()
    sentences: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class SummarySentence(Record):
    text: str
    sources: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class TimelineEntry(Record):
    date: str
    text: str
    sources: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Claim(Record):
    """A statement cross-checked across a story's independent sources.

    ``note`` explains a figure claim in words (the values each source gave, when a disagreement
    spans reports of different days); ``superseded_by`` is the id of the claim a later report
    updated this figure to (an update, not a conflict). ``focus`` is what was cross-checked, as
    the sentence in ``text`` writes it (the figure "$1.2 trillion", or the quotation), starting at
    ``focus_start`` in ``text``: one sentence holding two figures gives two claims with the same
    text and different focus.
    """

    id: str
    text: str
    status: ClaimStatus
    sources: tuple[Span, ...]
    conflicts_with: tuple[str, ...] = ()
    note: str | None = None
    superseded_by: str | None = None
    focus: str | None = None
    focus_start: int | None = None


@dataclass(frozen=True, slots=True)
class Framing(Record):
    """How one outlet frames a story. ``reprinted_by``: other outlets that printed this outlet's article as a
    syndicated copy (their copies are read once, as this outlet's words, not as their own framing)."""

    outlet: str
    loaded_terms: tuple[str, ...]
    voices: dict[str, int]
    tone: float
    reprinted_by: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Story(Record):
    id: str
    title: str
    documents: tuple[str, ...]
    first_seen: str | None = None
    last_seen: str | None = None
    storyline: str | None = None
    summary: tuple[SummarySentence, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    claims: tuple[Claim, ...] = ()
    framing: tuple[Framing, ...] = ()


_NESTED.update(
    {
        ("Document", "paragraphs"): Paragraph,
        ("Entity", "mentions"): Span,
        ("Extraction", "mentions"): Mention,
        ("Extraction", "quotes"): Quote,
        ("Extraction", "figures"): Figure,
        ("Extraction", "dates"): DateMention,
        ("SummarySentence", "sources"): Span,
        ("TimelineEntry", "sources"): Span,
        ("Claim", "sources"): Span,
        ("Story", "summary"): SummarySentence,
        ("Story", "timeline"): TimelineEntry,
        ("Story", "claims"): Claim,
        ("Story", "framing"): Framing,
    }
)
