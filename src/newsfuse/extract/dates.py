"""Temporal expressions: find every date, time, duration and set in a parsed ``Doc`` and
normalise it to a TimeML (TIMEX3) style value against the article's publication date.

Candidates are spaCy's ``DATE``/``TIME`` entities plus token rules for what the small model
misses (weekdays, "now", "recently", "daily", "every Monday", quarters, ...). Each candidate
is normalised by :func:`normalise`, a rule cascade:

* absolute dates ("April 25, 2019", "Sept. 11, 2023", "1990", "the 1990s") need no anchor;
* partial dates ("in May", "August 15") take the year from the publication date, moved by
  the tense of the governing verb ("said ... in December" written in March is last December);
* relative expressions ("Tuesday", "last week", "later this month", "yesterday", "a year ago")
  are computed from the publication date; without one they stay unresolved
  (``reason="no publication date"``), never guessed from the machine's clock;
* event-anchored expressions ("later that year", "the next morning", "the day before") are
  computed from the reference time, the last calendar date the text mentioned before them;
  without one they stay unresolved (``reason="relative to another event"``);
* durations ("18 months" -> ``P18M``) and sets ("every Monday" -> ``XXXX-WXX-1``) need no anchor.

dateparser is used only as a last resort on a candidate span that holds an explicit numeric
date the rules do not read ("25/04/2019"), never on whole texts (``search_dates`` is slow).

Values follow TimeML: ``2019-04-25`` (day), ``2023-W36`` (week), ``2023-09`` (month),
``2023-Q3`` (quarter), ``2023-SU`` (season), ``2023`` (year), ``199`` (decade), ``19``
(century), ``2023-09-12T15:00`` (time), ``P18M`` (duration), ``PRESENT_REF``/``PAST_REF``/
``FUTURE_REF`` (vague references).
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import chain
from typing import TYPE_CHECKING, Literal

from newsfuse.extract.date_model import plain_day, prefers_plain_day
from newsfuse.records import DateMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

Tense = Literal["past", "present", "future"]
Direction = Literal["past", "future", "nearest"]

GRAINS = frozenset(
    {"day", "week", "month", "quarter", "season", "year", "decade", "century", "time", "duration", "set", "unknown"}
)

NO_DCT = "no publication date"
NOT_NORMALISED = "not normalised"

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        [
            (),
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}
WEEKDAYS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        [
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        ]
    )
    for name in names
}
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "a dozen": 12, "dozen": 12, "half a": 0.5, "half an": 0.5, "a half": 0.5,
}  # fmt: skip
VAGUE_COUNTS = frozenset({"several", "few", "a few", "many", "some", "couple of", "a couple of", "a number of"})
ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}  # fmt: skip
# Duration units: TimeML letter and whether it is a time (PT..) unit.
UNITS: dict[str, tuple[str, bool, int]] = {
    "second": ("S", True, 1), "sec": ("S", True, 1), "minute": ("M", True, 1), "min": ("M", True, 1),
    "hour": ("H", True, 1), "hr": ("H", True, 1), "day": ("D", False, 1), "night": ("D", False, 1),
    "week": ("W", False, 1), "fortnight": ("W", False, 2), "month": ("M", False, 1),
    "quarter": ("Q", False, 1), "year": ("Y", False, 1), "decade": ("Y", False, 10),
    "century": ("Y", False, 100), "millennium": ("Y", False, 1000),
}  # fmt: skip
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_ORDER = ("WI", "SP", "SU", "FA")
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI", "tonight": "NI",
}  # fmt: skip
PRESENT_WORDS = frozenset({"now", "currently", "current", "presently", "the present", "at present", "nowadays",
                           "these days", "right now", "present", "today's"})  # fmt: skip
PAST_WORDS = frozenset({"recently", "recent", "the past", "in the past", "previously", "lately", "earlier", "once"})
FUTURE_WORDS = frozenset({"the future", "future", "soon", "in the future", "shortly", "the coming years",
                          "coming years", "the years ahead", "the near future", "the coming months",
                          "the coming weeks", "the coming days", "the long term", "the short term", "the near term",
                          "a later date", "later date", "future quarters", "future years"})  # fmt: skip
# Leading words that hedge or frame an expression but do not change its value.
MODIFIERS = (
    "about", "around", "approximately", "roughly", "nearly", "almost", "some", "more than", "less than",
    "at least", "at most", "over", "under", "up to", "only", "just", "fully", "another", "barely",
    "the first", "the last", "the past", "the next", "the following", "the previous", "the same",
    "the early", "the late", "the mid", "the end of", "the beginning of", "the start of", "the middle of",
    "end of", "beginning of", "start of", "middle of", "early", "late", "mid-", "mid", "the", "this past",
    "as long as", "as much as", "as many as", "no more than", "no less than", "not more than", "just over",
    "just under", "well over", "a little more than", "a little over", "little more than", "for", "within",
)  # fmt: skip

# Holidays with a fixed month and day (others are computed in _holiday).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year's": (1, 1), "new year's eve": (12, 31), "valentine's day": (2, 14),
    "st. patrick's day": (3, 17), "independence day": (7, 4), "the fourth of july": (7, 4),
    "fourth of july": (7, 4), "halloween": (10, 31), "veterans day": (11, 11), "armistice day": (11, 11),
    "christmas eve": (12, 24), "christmas": (12, 25), "christmas day": (12, 25), "boxing day": (12, 26),
    "bastille day": (7, 14), "may day": (5, 1), "labour day": (5, 1), "juneteenth": (6, 19),
    "remembrance day": (11, 11), "canada day": (7, 1), "australia day": (1, 26),
}  # fmt: skip
# Days of observance ("Earth Day", "International Women's Day") are left out: they are mostly named
# as campaigns ("a major focus of Earth Day"), and TimeBank leaves them untagged.
# Holidays on the n-th (or, n = -1, last) weekday of a month: (month, weekday, n), Monday = 0.
NTH_WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4), "labor day": (9, 0, 1),
    "memorial day": (5, 0, -1), "martin luther king day": (1, 0, 3), "martin luther king jr. day": (1, 0, 3),
    "martin luther king, jr. day": (1, 0, 3), "mlk day": (1, 0, 3), "presidents day": (2, 0, 3),
    "presidents' day": (2, 0, 3), "president's day": (2, 0, 3), "columbus day": (10, 0, 2),
    "indigenous peoples day": (10, 0, 2), "indigenous peoples' day": (10, 0, 2), "mother's day": (5, 6, 2),
    "father's day": (6, 6, 3),
}  # fmt: skip
# Holidays a number of days from Easter Sunday (Western churches).
EASTER_HOLIDAYS: dict[str, int] = {
    "easter": 0, "easter sunday": 0, "good friday": -2, "holy saturday": -1, "palm sunday": -7,
    "maundy thursday": -3, "holy thursday": -3, "easter monday": 1, "ash wednesday": -46,
    "pentecost": 49, "whit sunday": 49, "whitsunday": 49,
}  # fmt: skip

_MONTH_RE = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY_RE = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?"
)
_YEAR_RE = r"(?:1[0-9]{3}|20[0-9]{2}|2100)"
_NUM_RE = r"(?:\d+(?:\.\d+)?|" + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True)) + ")"
# Hedges TimeBank keeps inside a TIMEX3 ("at least 20 more years"); "about", "over", "just" mostly stay
# outside it (tune split: "over" 2 inside vs 24 outside, "about" 2 vs 8).
_HEDGE_RE = r"at least|more than|less than|nearly|almost|up to"
_COUNT_RE = r"\d+(?:\.\d+)?|several|a few|a couple of|" + "|".join(
    sorted((re.escape(w) for w in NUMBER_WORDS if w not in ("a", "an", "a half", "half a")), key=len, reverse=True)
)
_UNIT_RE = (
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?"
    r"|decades?|centuries|century|millenni(?:um|a))"
)


@dataclass(frozen=True, slots=True)
class Anchor:
    """What a relative expression is computed from."""

    dct: date | None
    tense: Tense | None = None
    sentence_day: date | None = None
    quarter: tuple[int, int] | None = None  # last (year, quarter) mentioned in the document
    financial: bool = False  # the sentence reports results (quarters, profit, sales)
    reference: str | None = None  # value of the last calendar date mentioned before ("June 1998")
    happened: bool = False  # the date is when a simple-past verb's event took place ("In October, the board approved")
    modifier: bool = False  # the date modifies a noun ("the Jan. 1 deadline"), not the verb's event
    week: str | None = None  # the ISO week the text last named ("last week"), while no other day has moved on from it


@dataclass(frozen=True, slots=True)
class Resolution:
    value: str | None
    grain: str
    type: str = "DATE"
    reason: str | None = None


# --------------------------------------------------------------------------- public API


def extract_dates(doc: Doc, *, doc_id: str, published: str | None, learned: bool = True) -> Iterator[DateMention]:
    """Yield every temporal expression of ``doc``, normalised against ``published``.

    ``published`` is an ISO 8601 date or datetime string (or ``None``). Mentions come in text
    order and never overlap. ``learned=False`` leaves out the learned choice of
    :mod:`newsfuse.extract.date_model` (a day with or without its part), as its training needs.
    """
    dct = parse_published(published)
    spans = candidate_spans(doc)
    day_by_sentence: dict[int, date] = {}
    day_token_by_sentence: dict[int, int] = {}  # where that day is named
    coarse_before: dict[int, int] = {}  # by sentence: where it first names another year, month, season or week
    days_known_by_period: set[int] = set()  # sentences whose weekday is known only to its month or year
    last_quarter: tuple[int, int] | None = None
    reference: str | None = None
    named_week: str | None = None  # the week a "previous week" counts from (see _week_in_force)
    mentioned_quarter: str | None = None  # the last quarter the text named, for "that quarter"
    resolved: list[tuple[Span, Resolution]] = []
    references: list[str | None] = []  # the reference time in force at each span
    financial: dict[int, bool] = {}  # by sentence start
    # First pass: everything except clock times, so a time can borrow the day of its sentence.
    last_quarter = _first_explicit_quarter(spans, dct)
    periods_in_lists = coordinated_periods(doc.text)
    for span in spans:
        tense = governing_tense(span)
        if _is_deadline(span):
            # "by February" lies ahead; "had bought 481,000 shares through Sept. 29" need not, but
            # "created a post, effective Feb. 1" does whatever the tense.
            effective = span.doc[span.start - 1].lower_ in _EFFECTIVE_WORDS
            told = tense
            tense = None if tense == "past" and not effective else "future"
            if _reached_by_a_past_weekday(span, told):
                tense = "past"
        if _is_earliest(span):
            tense = "future"
        sudden = _names_a_sudden_event(span)
        if _is_since(span) or _in_since_phrase(span) or sudden or _names_an_event_looked_back_on(span):
            tense = "past"
        if tense == "present" and _is_scheduled_date(span):
            tense = "future"
        if tense == "future" and _weekday_of_a_vote(span):
            tense = "past"
        looked_ahead_from = _verb_looking_ahead(span)
        if looked_ahead_from is not None and (tense != "past" or _is_present_perfect(looked_ahead_from)):
            tense = "future"  # "has toured six towns ahead of her speech on Wednesday", written on Monday
        sentence = span.sent
        if sentence.start not in financial:
            financial[sentence.start] = _is_financial(sentence)
        anchor = Anchor(
            dct=dct, tense=tense, quarter=last_quarter, financial=financial[sentence.start], reference=reference,
            week=named_week,
            happened=tense == "past" and _dates_a_simple_past(span),
            modifier=span.root.dep_ in ("compound", "nmod", "amod") and span.root.head.pos_ == "NOUN" and not sudden,
        )
        references.append(reference)
        continued = (
            (_continued_day(resolved[-1][0], span) if resolved else None) or _length_sharing_unit(span)
            or periods_in_lists.get((span.start_char, span.end_char), (None,))[0]
        )
        result = normalise(continued or span.text, anchor)
        result = _apply_in_text_anchor(span, result, anchor)
        result = _local_day_after_publication(span, result, anchor)
        if looked_ahead_from is not None and tense == "past" and span.sent.start in day_by_sentence:
            result = _weekday_after(span, result, day_by_sentence[span.sent.start])
        if (in_period := _day_in_named_period(span, result, anchor)) is not result and in_period.grain != "day":
            days_known_by_period.add(span.sent.start)
        result = in_period
        result = _after_range_start(span, result, resolved[-1] if resolved else None)
        result = _anaphoric_year(span, result, anchor, resolved[-1] if resolved else None)
        result = _ordinal_day_today(span, result, anchor)
        result = _some_day(span, result, tense)
        result = _month_of_that_year(span, result, anchor)
        result = _quarter_ended(span, result, anchor)
        result = _week_ended(span, result, anchor)
        result = _results_to_report(span, result, anchor)
        result = _period_end(span, result, anchor)
        result = _after_midnight(span, result)
        result = _time_from_now(span, result, anchor)
        result = _referring(span, result, anchor, resolved[-1] if resolved else None)
        result = _week_or_month_earlier(span, result, anchor)
        result = _since_behind(span, result, anchor)
        result = _in_possessive_year(span, result, anchor, resolved[-1] if resolved else None)
        result = _same_period_year_before(span, result, resolved[-1] if resolved else None)
        result = _indefinite_weekday(span, result)
        result = _weekday_of_a_kind(span, result)
        result = _decade_with_apostrophe(span, result)
        if mentioned_quarter and result.value is None and _clean(span.text) == "that quarter":
            result = Resolution(mentioned_quarter, "quarter")  # "Results for that quarter included ..."
        if result.value and re.fullmatch(r"\d{4}-Q\d", result.value):
            mentioned_quarter = result.value
        if result.value and re.fullmatch(r"\d{4}-Q\d", result.value) and _is_explicit_quarter(span.text):
            quarter = (int(result.value[:4]), int(result.value[-1]))
            if _is_reported_quarter(quarter, dct, tense):
                last_quarter = quarter
        if result.value and _names_a_day(result):
            day_by_sentence.setdefault(span.sent.start, date.fromisoformat(result.value[:10]))
            day_token_by_sentence.setdefault(span.sent.start, span.start)
        if (result.value and _COARSER_THAN_DAY_RE.fullmatch(result.value) and dct is not None
                and not _period_contains(result.value, dct)):
            coarse_before.setdefault(span.sent.start, span.start)
        if not (_is_since(span) or _in_since_phrase(span) or _in_since_clause(span) or _counts_from_week(span, anchor)):
            # "the lowest level since March 14, 2020" measures from that day; the story is still in its week.
            named_week = _week_in_force(named_week, result, dct)
        if result.value and (point := re.match(r"\d{4}(?:-\d{2}(?:-\d{2})?)?(?=$|T)", result.value)) \
                and not _ends_a_stretch_or_deadline(span):
            reference = point.group(0)
        resolved.append((span, result))
    resolved = _share_recurrence(resolved)
    resolved = _share_list_year(resolved, periods_in_lists)
    resolved = _share_later_year(resolved)
    resolved = _named_by_apposition(resolved)
    dates_in_sentence = Counter(span.sent.start for span, _ in resolved)
    for (span, result), before in zip(resolved, references):
        if result.type == "TIME" and result.value is not None and result.value.startswith("XXXX-XX-XX"):
            # A clock time takes the day of its sentence, else the day the text last named.
            previous = date.fromisoformat(before) if before is not None and len(before) == 10 else None
            own_day = day_by_sentence.get(span.sent.start)
            if own_day is not None and day_token_by_sentence[span.sent.start] > span.end + _CLOCK_DAY_REACH:
                # "after 10 p.m., 11 days after the collapse on June 24": a day named well after the clock
                # time dates another event; "10 p.m. ET on Sunday" names it within a few words
                own_day = None
            day = own_day or previous or dct
            if span.sent.start not in day_by_sentence and (
                span.sent.start in days_known_by_period
                or (coarse_before.get(span.sent.start, len(doc)) < span.start and span.start > span.sent.start)
            ):
                # "a conference last spring ... sparked a 3 a.m. brawl", "at 2 a.m. on Super Tuesday in March 2020":
                # some day of that season or month.
                result = replace(result, reason="relative to another event")
            elif day is not None:
                result = replace(result, value=day.isoformat() + result.value[10:], reason=None)
        if result.reason == NOT_NORMALISED:
            # No rule reads it: mostly a phrase the small model took for a date ("a national day
            # of mourning", "quarter-century", "third-period sales"), and never a value to give.
            continue
        if learned:
            result = _day_or_part_of_day(span, result, dates_in_sentence[span.sent.start] - 1)
        yield DateMention(
            doc=doc_id,
            text=span.text,
            value=result.value,
            grain=result.grain,
            start=span.start_char,
            end=span.end_char,
            type=result.type,
            reason=result.reason,
        )


def _local_day_after_publication(span: Span, result: Resolution, anchor: Anchor) -> Resolution:
    """A weekday in "local time" may already be the day after the writer's: troops that "attacked early
    Friday morning local time", written on Thursday, attacked the next day, not six days before publication
    (a zone ahead of the writer's is at most a day ahead). So do the small hours of the day after: a
    cease-fire that "took effect early Friday", written on Thursday, is a story from a zone ahead; six days
    back the writer says "last Friday" (NeuS: 3 of 3 such "early" weekdays in past tense are the next day)."""
    if anchor.dct is None or not result.value or not re.search(rf"(?i)\b{_WEEKDAY_RE}\b", span.text):
        return result
    if not re.match(r"\s*,?\s*(?:\(\s*)?local time\b", _text_after(span, 16), re.IGNORECASE) and not re.search(
        r"(?i)\blocal time\b|^early\b", span.text
    ) and not re.search(r"(?i)\bearly\s+(?:on\s+)?$", _text_before(span, 12)):
        return result
    if result.value[:10] != (anchor.dct - timedelta(days=6)).isoformat():
        return result
    return replace(result, value=(anchor.dct + timedelta(days=1)).isoformat() + result.value[10:])


def _names_a_day(result: Resolution) -> bool:
    """A day, or a clock time on a named day: "from 16:00 GMT until 22:00 on Monday" puts both clocks on Monday."""
    return bool(re.match(r"\d{4}-\d{2}-\d{2}", result.value or "")) and (result.grain == "day" or result.type == "TIME")


_COARSER_THAN_DAY_RE = re.compile(r"\d{4}(?:-(?:\d{2}|Q[1-4]|H[12]|W\d{2}|SP|SU|FA|WI))?")


_NAMED_PERIOD_AFTER_RE = re.compile(rf"(?i),?\s+(?:in|of)\s+(?:({_MONTH_RE}),?\s+)?({_YEAR_RE})\b")


def _day_in_named_period(span: Span, result: Resolution, anchor: Anchor) -> Resolution:
    """"at 2 a.m. on Super Tuesday in March 2020", "on Thanksgiving Day in 1978", written in 2021: a weekday or
    holiday with the month or year said right after it lies in that period, not near the writing (they had been
    the next Tuesday and the last Thanksgiving). A holiday gets its day in that year ("One April morning in 1973"
    the year); a weekday, one of several in the month, keeps only the period."""
    if result.grain != "day" or result.value is None or re.search(rf"\b{_YEAR_RE}\b", span.text):
        return result
    match = _NAMED_PERIOD_AFTER_RE.match(_text_after(span, 30))
    if match is None:
        return result
    period = normalise(match.group(0).split(maxsplit=1)[1].strip(), anchor)  # "March 2020"
    if period.value is None or not re.fullmatch(r"\d{4}(?:-\d{2})?", period.value):
        return result
    words = _clean(span.text).split()
    if words and re.fullmatch(_WEEKDAY_RE, words[-1]):
        return period
    holiday = normalise(f"{span.text} {period.value[:4]}", anchor)
    if holiday.value is not None and holiday.value.startswith(period.value):
        return holiday
    return result


def _week_in_force(week: str | None, result: Resolution, dct: date | None) -> str | None:
    """The week "the previous week" counts from after ``result``: a week just named, kept past the days
    inside it and the publication day ("fell to 473,000 last week, the department said Thursday. The
    prior week's level ..." is the week before last week), given up for any other day."""
    if result.value is None:
        return week
    if result.grain == "week" and re.fullmatch(r"\d{4}-W\d{2}", result.value):
        return result.value
    if week is None or result.grain != "day" or not re.match(r"\d{4}-\d{2}-\d{2}", result.value):
        return week
    day = date.fromisoformat(result.value[:10])
    return week if day == dct or _iso_week(day) == week else None


def _in_since_clause(span: Span) -> bool:
    """"since the pandemic began to claim jobs ten weeks ago": a date in a "since" clause, up to the verb it opens."""
    token = span.root
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX"):
            if any(child.lower_ == "since" and child.dep_ == "mark" for child in token.children):
                return True
            if token.dep_ not in ("xcomp", "conj"):  # "began to claim": the clause goes on up
                return False
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _counts_from_week(span: Span, anchor: Anchor) -> bool:
    """"The previous week" counted from the week last named: that week stays the one the story is in."""
    return anchor.week is not None and re.search(r"(?i)\b(?:previous|prior|following|next|before|after)\b",
                                                 span.text) is not None and "week" in span.text.lower()


def _week_or_month_earlier(span: Span, result: Resolution, anchor: Anchor) -> Resolution:
    """"fell to 6.1% in April, up from 6% a month earlier": the month before the one the text named, as
    TimeML dates "a year earlier"; "a week earlier" the week before the week (or day) named. Without
    one, or in a comparison ("a month earlier than forecast"), it stays a length."""
    match = re.fullmatch(r"(?:a|one) (week|month) (?:earlier|before)", span.text.lower())
    doc = span.doc
    if match is None or result.type != "DURATION" or (span.end < len(doc) and doc[span.end].lower_ == "than"):
        return result
    if match.group(1) == "month":
        if anchor.reference is None or len(anchor.reference) < 7:
            return result
        return _shift_reference(anchor.reference[:7], "month", -1) or result
    if anchor.week is not None and _week_named_earlier_in_sentence(span):
        monday = date.fromisocalendar(int(anchor.week[:4]), int(anchor.week[6:]), 1)
        return Resolution(_iso_week(monday - timedelta(weeks=1)), "week")
    return _shift_reference(anchor.reference, "week", -1) or result


def _week_named_earlier_in_sentence(span: Span) -> bool:
    """Whether ``span``'s sentence names a week before it ("fell last week from 507,000 a week earlier"): a week
    named sentences before may be a side event's ("the memo he released last week"), not the story's time."""
    return any(token.lower_ == "week" for token in span.doc[span.sent.start : span.start])


def _period_contains(value: str, day: date) -> bool:
    """Whether the year, month, week or season ``value`` holds ``day`` (quarters and halves: assumed to)."""
    if period := value_period(value):
        return period[0] <= day <= period[1]
    if value[5:] in SEASON_ORDER:
        # Winter counts from December, as the season rules do.
        season_year = day.year + (1 if day.month == 12 else 0)
        return value[:4] == str(season_year) and value[5:] == SEASON_ORDER[(day.month % 12) // 3]
    return True


def _day_or_part_of_day(span: Span, result: Resolution, others: int) -> Resolution:
    """"Friday night": the day with its part (TimeML's value) or the plain day, as the learned
    model of :mod:`newsfuse.extract.date_model` prefers; the day itself never changes."""
    day = plain_day(result.value)
    if day is None or not prefers_plain_day(span, governing_tense(span), others):
        return result
    return Resolution(day, "day")


def _share_recurrence(resolved: list[tuple[Span, Resolution]]) -> list[tuple[Span, Resolution]]:
    """"on Monday and Tuesday nights": a weekday coordinated with a recurring one recurs too, and so does a clock
    time on it ("at 9 a.m. on Sunday mornings" had taken the publication day)."""
    out = list(resolved)
    for i in range(len(out) - 2, -1, -1):
        (span, result), (nxt, following) = out[i], out[i + 1]
        if (
            following.type == "SET"
            and following.value is not None
            and (weekly := re.fullmatch(r"XXXX-WXX-\d", following.value[:10]))
            and result.type == "TIME"
            and result.value is not None
            and (clock := re.fullmatch(r"XXXX-XX-XX(T\d{2}:\d{2})", result.value))
            and span.doc[span.end : nxt.start].text.strip().lower() == "on"
        ):
            out[i] = (span, Resolution(weekly.group(0) + clock.group(1), "set", "SET"))
            continue
        if (
            following.type == "SET"
            and following.value is not None
            and (match := re.fullmatch(r"XXXX-WXX-\d(T\w+)?", following.value))
            and re.fullmatch(_WEEKDAY_RE, span.text, re.IGNORECASE)
            and span.doc[span.end : nxt.start].text.strip().lower() in ("and", "or", ",")
        ):
            weekday = WEEKDAYS[span.text.lower().rstrip(".")] + 1
            out[i] = (span, Resolution(f"XXXX-WXX-{weekday}{match.group(1) or ''}", "set", "SET"))
    return out


def _share_later_year(resolved: list[tuple[Span, Resolution]]) -> list[tuple[Span, Resolution]]:
    """"in June or July 2016", "between March and May 2019": a bare month coordinated with a month of a
    named year is in that year (it had been the publication year's)."""
    out = list(resolved)
    for i in range(len(out) - 1):
        (span, result), (nxt, following) = out[i], out[i + 1]
        if (
            result.value is not None
            and following.value is not None
            and re.fullmatch(r"\d{4}-\d{2}", result.value)
            and re.fullmatch(_MONTH_RE, span.text, re.IGNORECASE)
            and re.fullmatch(rf"{_MONTH_RE},?\s+{_YEAR_RE}", nxt.text, re.IGNORECASE)
            and span.doc[span.end : nxt.start].text.strip().lower() in ("and", "or", "to", "through", "-", "–", "until")
        ):
            # "from December to February 2019": a range runs forward, so a later month is in the year before.
            year = int(following.value[:4]) - (result.value[5:7] > following.value[5:7])
            out[i] = (span, replace(result, value=f"{year:04d}{result.value[4:]}"))
    return out


def _named_by_apposition(resolved: list[tuple[Span, Resolution]]) -> list[tuple[Span, Resolution]]:
    """"In the comparable year-ago quarter, the second quarter ended Oct. 31, ...": a quarter the
    text names right after a relative one, set off by a comma, is the same quarter (the relative
    reading had taken the calendar quarter a year back)."""
    out = list(resolved)
    for i in range(len(out) - 1):
        (span, result), (nxt, named) = out[i], out[i + 1]
        if (
            result.grain == "quarter"
            and named.grain == "quarter"
            and named.value is not None
            and not _is_explicit_quarter(span.text)
            and _is_explicit_quarter(nxt.text)
            and span.doc[span.end : nxt.start].text.strip() == ","
            and not _starts_list(nxt, out[i + 2][0] if i + 2 < len(out) else None)
        ):
            out[i] = (span, named)
    return out


def _starts_list(span: Span, following: Span | None) -> bool:
    """``span`` is coordinated with the next expression ("the third quarter and the fourth")."""
    if following is None:
        return False
    between = span.doc[span.end : following.start].text.strip(" ,").lower()
    return between in ("and", "or")


# Words after "the year" that make it a 12-month period of its own ("the year ended March 31")
# or tie it to another event ("the year before"), not the year the article is written in.
_PERIOD_FOLLOWERS = frozenset({"ended", "ending", "to", "through", "before", "after", "earlier", "later", "since", "of"})


def _anaphoric_year(span: Span, result: Resolution, anchor: Anchor, previous: tuple[Span, Resolution] | None) -> Resolution:
    """"For the year, sales rose" and "a forecast for the full year": TimeML reads "the year" as
    the year in progress, the publication year, unless a past sentence has just named a year;
    "the year ended Sept. 30" stays a duration."""
    if result.type != "DURATION" or not re.fullmatch(r"the (?:full |fiscal |current |entire )?(?:fiscal )?year", _clean(span.text)):
        return result
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in _PERIOD_FOLLOWERS:
        after = doc[span.end + 1] if span.end + 1 < len(doc) else None
        if not (doc[span.end].lower_ == "of" and after is not None and (after.is_currency or after.like_num)):
            return result  # but "a high for the year of $42.875" is this year's high
    named = _year_named_before(span, previous)
    if any(child.dep_ == "relcl" for child in span.root.children):
        # "2008, the year the recession began" is 2008; "since the year she was elected" is the
        # year of that event, which the text may not give.
        if named is not None and span.doc[previous[0].end : span.start].text.strip() == ",":  # type: ignore[index]
            return Resolution(named, "year")
        return Resolution(None, "year", "DATE", "relative to another event")
    if named is not None and anchor.tense == "past":
        # "lost $2 billion in the fourth quarter of 2021 and $7 billion for the entire year": 2021.
        return Resolution(named, "year")
    if anchor.dct is None:
        return Resolution(None, "year", "DATE", NO_DCT)
    return Resolution(str(anchor.dct.year), "year")


def _year_named_before(span: Span, previous: tuple[Span, Resolution] | None) -> str | None:
    """The year the date just before ``span`` names in its words, if that date is in the same sentence."""
    if previous is None or previous[0].sent.start != span.sent.start or previous[1].value is None:
        return None
    year = re.match(r"\d{4}(?=$|-)", previous[1].value)
    if year is None or year.group(0) not in previous[0].text:
        return None
    return year.group(0)


_ORDINAL_DAY_RE = re.compile(rf"(?i)(?:the )?(?:{'|'.join(ORDINALS)}) (?:straight |consecutive )?day")


def _ordinal_day_today(span: Span, result: Resolution, anchor: Anchor) -> Resolution:
    """"It's the second day of an offensive", "today is the eighth day of the blockade": an
    ordinal day named as what the present is, the publication day."""
    if result.value is not None or anchor.dct is None:
        return result
    if not _ORDINAL_DAY_RE.fullmatch(span.text):
        return result
    root = span.root
    if root.dep_ != "attr" or root.head.lemma_ != "be" or root.head.tag_ not in ("VBZ", "VBP"):
        return result
    return Resolution(anchor.dct.isoformat(), "day")


# Verbs whose "one day" is how long something lasts ("the strike will last one day").
_LENGTH_LEMMAS = frozenset({"last", "take", "spend", "stay", "remain", "wait", "run", "extend", "delay", "suspend",
                            "close", "shut", "serve"})  # fmt: skip
# Words around "one day" that make it a length or an offset ("in one day", "one day after the vote").
_LENGTH_BEFORE = frozenset({"than", "only", "just", "about", "nearly", "almost", "not", "another", "every", "each"})
_OFFSET_AFTER = frozenset({"after", "before", "later", "earlier", "ago", "of", "apart", "long", "old", "-"})
# What follows "one day" in a story told in the past ("I went to the chiropractor one day, and he said").
_NARRATIVE_AFTER = frozenset({",", "and", "when", "that", "while"})


def _some_day(span: Span, result: Resolution, tense: Tense | None) -> Resolution:
    """"Islam will one day be ...", "she hopes her work one day leads to ...", "One day I will answer",
    "they will be nobles one day": "one day" (and "someday") means at some unknown time, ahead unless the
    clause is past ("One day, she recalled, ..."; "someday" always ahead), not a length of one day, which
    stays after a preposition, before "after"/"later" and with a verb of duration ("in one day", "one day
    after the vote", "the strike will last one day")."""
    text = span.text.lower()
    if text not in ("one day", "someday", "some day"):
        return result
    doc = span.doc
    before = doc[span.start - 1] if span.start > span.sent.start else None
    after = doc[span.end] if span.end < span.sent.end else None
    if before is not None and (before.pos_ == "ADP" or before.lower_ in _LENGTH_BEFORE):
        return result
    if (after is not None and after.lower_ in _OFFSET_AFTER) or span.root.head.lemma_.lower() in _LENGTH_LEMMAS:
        return result
    vague = Resolution("PAST_REF" if tense == "past" else "FUTURE_REF", "unknown")
    if text != "one day":
        return Resolution("FUTURE_REF", "unknown")  # "“So some day,” the president wrote, “if ...": still ahead
    if before is not None and before.lower_ in _FUTURE_AUX | _MODAL_AUX | {"to"}:
        return vague
    opens_clause = before is None or (before.is_punct and before.text not in ("-", "–"))
    if opens_clause or (after is not None and after.pos_ in ("VERB", "AUX")):
        return vague  # "One day, ...", "hopes he one day follows"
    # "they will be nobles one day": the small model may hang "will" under the copula.
    head = span.root.head
    auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    modal = any(a.lower_ in _FUTURE_AUX | _MODAL_AUX for a in chain(auxes, *(a.children for a in auxes))) and not any(
        t.pos_ == "VERB" for t in doc[head.i + 1 : span.start])
    # The clause's own auxiliary, not one further up: "I will never forget hearing a caller tell him one day that".
    if modal or (tense == "past" and after is not None and after.lower_ in _NARRATIVE_AFTER):
        return vague
    return result


def _month_of_that_year(span: Span, result: Resolution, anchor: Anchor) -> Resolution:
    """"married in Massachusetts in May 2007. Winters was hired that August": the month in the year the text
    last named, as "December of that year" is (it had been the publication year's August). Without a year
    named before, it is unresolved."""
    if span.start == 0 or not re.fullmatch(_MONTH_RE, span.text, re.IGNORECASE):
        return result
    that = span.doc[span.start - 1]
    if that.lower_ != "that" or that.head.i != span.root.i:
        return result
    year = _shift_reference(anchor.reference, "year", 0)
    if year is None or year.value is None:
        return Resolution(None, "month", "DATE", "relative to another event")
    return Resolution(f"{year.value}-{_month(span.text.lower()):02d}", "month")


def _after_midnight(span: Span, result: Resolution) -> Resolution:
    """"Police were called shortly after midnight Saturday": an event is dated by the day it
    happened in, so just after midnight is the start of the named day, not the end."""
    if result.value is None or not result.value.endswith("T24:00") or result.value.startswith("XXXX"):
        # A midnight without its own day takes the day the text is on ("arrived at 8:30 p.m.
        # Thursday ... left just after midnight"): the end of that day, as T24:00 says.
        return result
    words = span.doc[max(0, span.start - 2) : span.start].text.lower() + " " + span.text.lower()
    if not re.search(r"\bafter midnight\b", words) or re.search(r"\b(?:until|till) after\b", words):
        return result  # "stayed open until after midnight" runs into the night of the day
    return replace(result, value=result.value[:-5] + "00:00")


def _time_from_now(span: Span, result: Resolution, anchor: Anchor) -> Resolution:
    """"The stock would be redeemed in five years": "in" a counted length, of something still to
    come, places it that far after the writing (1994 from 1989), as "five years from now" does."""
    if result.type != "DURATION" or anchor.tense != "future" or span.start == 0:
        return result
    if span.doc[span.start - 1].lower_ != "in" or any(c.dep_ in ("relcl", "acl") for c in span.root.children):
        return result  # "minimal in a quarter that produced a loss" describes a kind of quarter
    if span.doc[span.start - 1].head.pos_ in ("NOUN", "PROPN", "ADJ"):
        return result  # "the biggest increase in four decades", "the first time in a decade": a stretch back
    match = re.fullmatch(rf"({_NUM_RE}) ({_UNIT_RE})", _clean(span.text))
    if match is None or match.group(1) in VAGUE_COUNTS:
        return result
    count, unit = _count(match.group(1)), _unit(match.group(2))
    if count is None or count != int(count) or UNITS[unit][1]:
        return result  # "in 90 minutes", "in two and a half years": no calendar point at the grain
    return _shift(unit, count, anchor)


def _referring(span: Span, result: Resolution, anchor: Anchor, previous: tuple[Span, Resolution] | None) -> Resolution:
    """Expressions that point at a time named elsewhere in the text, or at the present, and two
    lengths the small model misses; each rule leaves any other expression as it was."""
    result = _day_by_event(span, result, anchor, previous)
    result = _day_of_the_story(span, result, anchor)
    result = _unit_of_a_run(span, result, anchor)
    result = _day_of_an_event(span, result)
    result = _until_then(span, result, anchor)
    result = _that_time(span, result, previous)
    result = _day_as_predicate(span, result, anchor)
    result = _this_moment(span, result)
    result = _a_while(span, result)
    result = _length_in_apposition(span, result, previous)
    result = _past_stretch_as_past_time(span, result)
    return _then_current(span, result)


def _is_day_by_event(span: Span) -> bool:
    """"the day after his death", "the day before the vote": a day named through an event, not a
    date ("the day before last Tuesday's hearing" is read by ``_with_day_around``)."""
    doc = span.doc
    if span.text.lower() != "the day" or span.end + 1 >= len(doc) or doc[span.end].lower_ not in ("after", "before"):
        return False
    following = doc[span.end + 1]
    return following.ent_type_ not in ("DATE", "TIME") and following.pos_ in ("DET", "PRON", "PROPN", "NOUN", "ADJ")


# Words after "the days" that set the stretch against an event ("in the days before the vote").
_AROUND_EVENT = frozenset({"before", "after", "following", "leading", "preceding", "since", "prior", "ahead", "afterward",
                           "afterwards", "that"})


def _is_days_around_event(span: Span) -> bool:
    """"in the days before the shooting", "the days that followed": a stretch of days around an event,
    as "the weeks before the vote" is (tune tags "the days" so 4 of 4). Left out when the days name an
    era or a kind ("the days of cheap oil", "the days are long")."""
    doc = span.doc
    if span.text.lower() != "the days":
        return False
    after = span.end
    if after + 1 < len(doc) and doc[after].lower_ in ("and", "or") and doc[after + 1].lower_ in _BARE_PLURAL_UNITS:
        after += 2  # "in the days and weeks after the flood": one vague length (see _vague_lengths_joined)
    if after >= len(doc):
        return False
    following = doc[after]
    if following.lower_ == "that":  # "the days that followed", not "the days that remain" (a length to come)
        return after + 1 < len(doc) and doc[after + 1].lemma_.lower() in ("follow", "precede")
    return following.lower_ in _AROUND_EVENT


_DATED_CLOCK_RE = re.compile(r"\d{4}-\d{2}-\d{2}T")


def _day_by_event(span: Span, result: Resolution, anchor: Anchor, previous: tuple[Span, Resolution] | None) -> Resolution:
    """"the day after his death": TimeML's reference time, the day the text last named, is the
    event's day, so the expression is the day after (before) it; "Oct. 12, the day before the
    crash" is in apposition to the date before it, and is that date."""
    if not _is_day_by_event(span):
        return result
    if previous is not None and previous[1].value is not None and span.doc[previous[0].end : span.start].text == ",":
        if previous[1].grain == "day":
            return previous[1]
        if _DATED_CLOCK_RE.match(previous[1].value):  # "at 3 p.m. Tuesday, the day after the crash": that Tuesday
            return Resolution(previous[1].value[:10], "day")
    shifted = _shift_reference(anchor.reference, "day", 1 if span.doc[span.end].lower_ == "after" else -1)
    return shifted or Resolution(None, "day", "DATE", "relative to another event")


_SESSION_VERBS = frozenset({"end", "finish", "close", "start", "open", "begin"})


def _is_end_of_a_day(span: Span) -> bool:
    """"Ellis closed the courtroom at the end of the day": the end of the day the story is about."""
    return span.text.lower() in ("the end of the day", "the start of the day") and not _is_in_the_end_idiom(span)


def _is_trading_day(span: Span) -> bool:
    """"The Dow fell 3.4% to end the day at 7,114", "For the day, the Nikkei closed down 6.4%": the
    session a market report is about, a day."""
    if span.text.lower() != "the day" or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    if before.lemma_.lower() in _SESSION_VERBS and span.root.dep_ == "dobj":
        return True
    return before.lower_ == "for" and span.end < len(span.doc) and span.doc[span.end].text == "," and (
        before.i == before.sent.start
    )


def _day_of_the_story(span: Span, result: Resolution, anchor: Anchor) -> Resolution:
    """A market session's day, or the day whose end or start the story tells ("closed the courtroom at the
    end of the day"): the day the text last named, else the publication day."""
    if not (_is_trading_day(span) or _is_end_of_a_day(span)):
        return result
    if anchor.reference is not None and len(anchor.reference) == 10:
        return Resolution(anchor.reference, "day")
    return _rule_day_words("today", anchor) or result


# "for a third straight day", "for the fourth week in a row": the latest unit of a run (see _unit_of_a_run).
_RUN_ORDINAL_RE = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
_RUN_UNIT_RE = r"(?:day|week|month|year)"
_RUN_RE = re.compile(
    rf"(?i)(?:(?:a|the) )?{_RUN_ORDINAL_RE} (?:(?:straight|consecutive|successive) ({_RUN_UNIT_RE})|({_RUN_UNIT_RE}) in a row)"
)


# How much of an ISO date the reference time must give for each unit of a run ("2009", "2009-05", "2009-05-04").
_RUN_REFERENCE_LENGTH = {"day": 10, "week": 10, "month": 7, "year": 4}


def _unit_of_a_run(span: Span, result: Resolution, anchor: Anchor) -> Resolution:
    """"Trading was suspended for a second consecutive day", "stocks rose for the fourth week in a row": the
    latest day (week, month, year) of the run, the one the story is about: the publication day (MEANTIME tags
    both so), or in a past clause about an earlier year the time the text last named. Only after "for" (see
    _REFERRING_RE): "It was the third consecutive month that ..." counts the months, TimeBank leaves it untagged."""
    match = _RUN_RE.fullmatch(span.text) or _RUN_RE.fullmatch(span.text + " in a row")
    doc = span.doc
    if match is None or span.start == 0 or doc[span.start - 1].lower_ != "for":
        return result
    unit = (match.group(1) or match.group(2)).lower()
    if (named := _date_right_after(span)) is not None:
        # "fell for a third straight day on Tuesday", "for a fifth consecutive month in February": that date.
        dated = normalise(named.text, anchor)
        if dated.value is not None and dated.grain == unit:
            return dated
    if (anchor.tense == "past" and anchor.reference is not None and anchor.dct is not None
            and int(anchor.reference[:4]) < anchor.dct.year):
        # "missed the playoffs for the fourth consecutive year" after "during the 2009-10 season": a story of an
        # earlier year is at the time the text last named, not the publication day; a unit finer than that time
        # stays unresolved. A recent day named before is mostly an earlier day of the run ("asked questions, as
        # he did Monday, ... for the second day in a row" written on Tuesday is Tuesday).
        if len(anchor.reference) < _RUN_REFERENCE_LENGTH[unit]:
            return Resolution(None, unit, "DATE", "relative to another event")
        day = date.fromisoformat((anchor.reference + "-01-01")[:10])
    elif anchor.dct is not None:
        day = anchor.dct
    else:
        return Resolution(None, "unknown", "DATE", NO_DCT)
    if unit == "week":
        return Resolution(_iso_week(day), "week")
    if unit == "month":
        return Resolution(f"{day.year:04d}-{day.month:02d}", "month")
    if unit == "year":
        return Resolution(str(day.year), "year")
    return Resolution(day.isoformat(), "day")


def _date_right_after(span: Span) -> Span | None:
    """The date entity just after ``span``, with at most "on"/"in" between ("for a third day [on] Tuesday")."""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].lower_ == "in" and doc[i : i + 3].text.lower() == "in a row":
        i += 3
    if i < len(doc) and doc[i].lower_ in ("on", "in"):
        i += 1
    if i >= len(doc) or doc[i].ent_type_ not in ("DATE", "TIME") or doc[i].ent_iob_ != "B":
        return None
    return next((ent for ent in doc.ents if ent.start == i), None)


_DAY_OF_EVENT_RE = re.compile(r"(?i)the (?:first|second|third|fourth|fifth|last|final|opening|closing) (day|night|week)")


def _day_of_an_event(span: Span, result: Resolution) -> Resolution:
    """"on the first day of the Group of 7 summit", "in the second week of the trial": a day or week
    of that event, which the text may date elsewhere, not a length of one day or week."""
    doc = span.doc
    match = _DAY_OF_EVENT_RE.fullmatch(span.text)
    if match is None or span.end >= len(doc) or doc[span.end].lower_ not in ("of", "in"):
        return result
    if result.type != "DURATION":
        return result  # "Monday is the fourth day of protests": the day it is said to be
    grain = "week" if match.group(1).lower() == "week" else "day"
    return Resolution(None, grain, "DATE", "relative to another event")


def _until_then(span: Span, result: Resolution, anchor: Anchor) -> Resolution:
    """"The rights expire on Nov. 30. Until then, ...": "then" after "until" points back at the
    time the text last named (TimeML's reference time); "since then" stays untagged, as TimeBank
    leaves it (tune split: 0 of 3), and with no date before it "then" is no expression."""
    if span.text.lower() != "then" or anchor.reference is None:
        return result
    grain = {4: "year", 7: "month", 10: "day"}[len(anchor.reference)]
    return Resolution(anchor.reference, grain)


def _that_time(span: Span, result: Resolution, previous: tuple[Span, Resolution] | None) -> Resolution:
    """"its five-year restructuring. During that time, it lost $1 billion": "that time" points back
    at the expression just before it, in its own or the previous sentence (a length or a date),
    and has its value; with nothing there to point at it is no expression."""
    if span.text.lower() != "that time" or previous is None or previous[1].value is None:
        return result
    before, named = previous
    if span.doc[span.start - 1].lower_ == "at" and value_period(named.value) is None:
        return result  # "at that time" is a point: not a length nor a vague reference
    sentence = span.sent
    if before.sent != sentence and (sentence.start == 0 or before.sent != span.doc[sentence.start - 1].sent):
        return result
    return named


def _is_day_as_predicate(span: Span) -> bool:
    """"It was a great day for Poland", "this is a sad day": a day described, said of "it"/"this"."""
    day = span[-1]
    if day.lower_ != "day" or day.dep_ != "attr" or day.head.lemma_ != "be" or span[1].dep_ != "amod":
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in ("it", "this") for c in day.head.children)


def _day_as_predicate(span: Span, result: Resolution, anchor: Anchor) -> Resolution:
    """"It was a great day for Poland": the day being described, which is the day the text last
    named (TimeML's reference time) in the past tense and the publication day in the present."""
    if len(span) != 3 or not _is_day_as_predicate(span):
        return result
    if anchor.tense == "past":
        if anchor.reference is None or len(anchor.reference) != 10:
            return result
        return Resolution(anchor.reference, "day")
    return _rule_day_words("today", anchor) or result


def _this_moment(span: Span, result: Resolution) -> Resolution:
    """"at this crucial moment", "at this very moment": the present (``PRESENT_REF``), as TimeML
    reads "now"; "this point" and "this stage" stay untagged, as TimeBank leaves them (0 of 3)."""
    if re.fullmatch(r"this (?:[a-z]+ )?moment", span.text.lower()) is None:
        return result
    return Resolution("PRESENT_REF", "unknown")


def _a_while(span: Span, result: Resolution) -> Resolution:
    """"for a while": a length of unknown size and unit, ``PXX`` in TimeML (the pattern takes it
    only after "for", never the conjunction "while")."""
    if span.text.lower() != "a while":
        return result
    return Resolution("PXX", "duration", "DURATION")


def _length_in_apposition(span: Span, result: Resolution, previous: tuple[Span, Resolution] | None) -> Resolution:
    """"In January, a week after the anniversary, ...", "On Monday, two days after the vote": a
    length before an event, set off by a comma right after a date, says when that date was; the
    phrase is in apposition to the date and TimeML gives it the date's value."""
    doc = span.doc
    if result.type != "DURATION" or previous is None or span.end + 1 >= len(doc):
        return result
    if doc[span.end].lower_ not in ("after", "before") or doc[span.end + 1].ent_type_ in ("DATE", "TIME"):
        return result
    if doc[span.end].pos_ != "ADP":
        return result  # "resumed work Friday, two months after his team was blocked": a length to a clause
    before, named = previous
    if doc[before.end : span.start].text != "," or named.value is None or value_period(named.value) is None:
        return result
    return named


_PAST_STRETCH_RE = re.compile(
    r"(?i)(?:the )?(?:most )?(?:recent|past|last)(?: few| several)? (?:days|weeks|months|quarters|years|decades)"
)
# Prepositions that measure the stretch itself: "over the last few years" is a length whatever the tense.
_EXTENT_PREPOSITIONS = frozenset({"over", "during", "for", "throughout", "within", "through"})


def _past_stretch_as_past_time(span: Span, result: Resolution) -> Resolution:
    """"As the yen soared in recent years", "the takeover boom of recent years": a recent stretch of unknown length
    that a simple past, or a noun after "of", places in the past is a past time (``PAST_REF``, `tune` 4 of 5), while
    with a present or present perfect it runs up to the writing and stays a length ("the market has moved ... in recent
    years": ``PXY``, 6 of 8)."""
    if not (result.value or "").startswith("PX") or not _PAST_STRETCH_RE.fullmatch(span.text):
        return result
    before = span.doc[span.start - 1] if span.start > 0 else None
    if (before is not None and before.lower_ in _EXTENT_PREPOSITIONS) or span.root.dep_ == "dobj":
        return result  # "over the last few years", "spent recent days walking back his claims": the stretch itself
    if before is not None and before.lower_ == "of" and before.head.pos_ in ("NOUN", "PROPN"):
        return Resolution("PAST_REF", "unknown")
    verb = _tensed_verb_above(span.root)
    if verb is None or not _is_simple_past(verb):
        return result
    return Resolution("PAST_REF", "unknown")


def _tensed_verb_above(token: Token) -> Token | None:
    """The nearest verb above ``token`` that carries a tense: untensed participles ("were reported killed in recent
    days", "by sharing information in recent days") pass the search up to the verb they hang on."""
    for _ in range(8):
        is_verb = token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass")
        if is_verb and not _is_untensed_participle(token):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _is_untensed_participle(verb: Token) -> bool:
    """Wider than ``_is_nonfinite_clause``, which keeps its own tense rules: past participles without auxiliaries too
    ("were reported killed") and a participle after a preposition ("by sharing")."""
    has_aux = any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    return verb.tag_ in ("VBG", "VBN") and not has_aux and verb.dep_ in ("xcomp", "advcl", "conj", "acl", "pcomp")


def _is_simple_past(verb: Token) -> bool:
    """"soared", "there were", "were reported": a past with no perfect or modal auxiliary."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_ == "have" or a.tag_ == "MD" for a in auxes):
        return False
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes)


def _then_current(span: Span, result: Resolution) -> Resolution:
    """"at 50% of the then current market price": current at a time gone by, ``PAST_REF``."""
    if result.value != "PRESENT_REF" or span.start == 0:
        return result
    doc = span.doc
    before = doc[span.start - 2] if span.start > 1 and doc[span.start - 1].text == "-" else doc[span.start - 1]
    return Resolution("PAST_REF", "unknown") if before.lower_ == "then" else result


_PERIOD_END_DATE_RE = re.compile(rf"(?i)\s*(?:ended|ending)\s+({_MONTH_RE}\s+\d{{1,2}}(?:,?\s+{_YEAR_RE})?)")
# A results period that has closed: "the quarter ended Oct. 31", "the six months ended Aug. 12".
_PERIOD_ENDED_RE = re.compile(r"(?i)\b(?:quarter|period|months|year|half|weeks?)\s+ended\s+$")


def _quarter_ended(span: Span, result: Resolution, anchor: Anchor) -> Resolution:
    """"the quarter ended July 31" is the three months May-July whatever the company calls them:
    the calendar quarter of its middle month (Q2), not of its last (Q3). A quarter the text
    names ("the fourth quarter ended June 30") keeps its name and takes the year it ended in, as
    a fiscal year is named by the year it ends (written in September, not last year's Q4)."""
    if result.grain != "quarter" or result.value is None:
        return result
    cleaned = _clean(span.text)
    named = _is_explicit_quarter(cleaned) and not re.search(_YEAR_RE, cleaned)
    if not named and not re.fullmatch(r"(?:the )?(?:fiscal )?quarter", cleaned):
        return result
    end = _period_end_day(span, anchor)
    if end is None:
        return result
    if named:
        return Resolution(f"{end.year}-Q{result.value[-1]}", "quarter") if result.value[-1].isdigit() else result
    year, month = _add_months(end.year, end.month, -1)
    return Resolution(f"{year}-Q{(month - 1) // 3 + 1}", "quarter")


def _week_ended(span: Span, result: Resolution, anchor: Anchor) -> Resolution:
    """"jobless claims for the week ended July 17": the calendar week of that day, not a length."""
    if not re.fullmatch(r"(?:the )?week", _clean(span.text)):
        return result
    end = _period_end_day(span, anchor)
    return result if end is None else Resolution(_iso_week(end), "week")


_RESULT_NOUNS = frozenset({"results", "earnings", "profit", "profits", "loss", "losses", "sales", "revenue", "figures"})
_REPORT_LEMMAS = frozenset({"report", "release", "post", "announce", "publish", "unveil"})


def _results_to_report(span: Span, result: Resolution, anchor: Anchor) -> Resolution:
    """"will report fourth-quarter results later this month", written in January: results are
    reported once a quarter has closed, so it is last year's fourth quarter, not the next one
    (the small model's reading of the future tense)."""
    if anchor.dct is None or result.grain != "quarter" or not re.fullmatch(r"\d{4}-Q[1-4]", result.value or ""):
        return result
    if re.search(_YEAR_RE, span.text) or not _is_explicit_quarter(span.text):
        return result
    noun = span.root.head
    if noun.lower_ not in _RESULT_NOUNS or noun.head.lemma_.lower() not in _REPORT_LEMMAS:
        return result
    year, quarter = int(result.value[:4]), int(result.value[-1])  # type: ignore[index]
    # A quarter not yet begun is last year's; the one in progress may be a fiscal quarter that
    # has closed ("Innopac reported a fourth-quarter loss", written in October).
    current = (anchor.dct.year, (anchor.dct.month - 1) // 3 + 1)
    while (year, quarter) > current:
        year -= 1
    return Resolution(f"{year}-Q{quarter}", "quarter")


def _period_end_day(span: Span, anchor: Anchor) -> date | None:
    """The day in "<period> ended/ending <date>" right after ``span``: one that "ended" lies
    before the writing, one "ending" may still be ahead ("the quarter ending Dec. 31")."""
    match = _PERIOD_END_DATE_RE.match(_text_after(span, 40))
    if match is None:
        return None
    if "ended" in match.group(0).lower():
        end = _closed_period_end(normalise(match.group(1), replace(anchor, tense="past")), match.group(1), anchor)
    else:
        end = normalise(match.group(1), replace(anchor, tense=None))
    if end.value is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", end.value):
        return None
    return date.fromisoformat(end.value)


def _period_end(span: Span, result: Resolution, anchor: Anchor) -> Resolution:
    """The last day of a results period that "ended" ("the quarter ended Oct. 31" written on Oct.
    27) lies before the writing, even the few days ahead a past verb otherwise allows."""
    if not _PERIOD_ENDED_RE.search(_text_before(span, 40)):
        return result
    return _closed_period_end(result, span.text, anchor)


def _closed_period_end(end: Resolution, text: str, anchor: Anchor) -> Resolution:
    """``end``, a year-less day after the publication date, moved back a year."""
    if anchor.dct is None or end.value is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", end.value):
        return end
    if re.search(_YEAR_RE, text) or date.fromisoformat(end.value) <= anchor.dct:
        return end
    return _day(int(end.value[:4]) - 1, int(end.value[5:7]), int(end.value[8:10]))


def _is_explicit_quarter(text: str) -> bool:
    return bool(re.search(r"(?i)\b(?:first|second|third|fourth|[1-4](?:st|nd|rd|th))[- ](?:fiscal[- ])?quarter|\bq[1-4]\b", text))


def _is_reported_quarter(quarter: tuple[int, int], dct: date | None, tense: Tense | None) -> bool:
    """Results come after a quarter closes: "losses through the third quarter of 1990" (a later
    quarter) and "expects the trend to continue into the fourth quarter" (the one in progress, in
    the future tense) are forecasts, not the quarter the report is about."""
    if dct is None:
        return True
    current = (dct.year, (dct.month - 1) // 3 + 1)
    return quarter < current or (quarter == current and tense != "future")


def _first_explicit_quarter(spans: list[Span], dct: date | None) -> tuple[int, int] | None:
    """The first quarter the document names, so "a year ago" before it can refer to it."""
    for span in spans:
        if _is_explicit_quarter(span.text):
            result = normalise(span.text, Anchor(dct=dct, tense=governing_tense(span)))
            if result.value and re.fullmatch(r"\d{4}-Q\d", result.value):
                quarter = int(result.value[:4]), int(result.value[-1])
                if _is_reported_quarter(quarter, dct, governing_tense(span)):
                    return quarter
    return None


_FINANCIAL_WORDS = frozenset({"quarter", "period", "profit", "earnings", "income", "sales", "revenue", "revenues",
                              "loss", "net", "share", "shares", "results", "profits"})  # fmt: skip


# A results period longer than a quarter ("for the nine months", "the six months ended Aug. 12",
# "the first half"): "a year earlier" in such a sentence is that period a year before, which
# TimeML can only give as the year (tune split: 4 of 6 "a year earlier" there are the year).
_LONGER_PERIOD_RE = re.compile(r"(?i)\b(?:six|nine|twelve|6|9|12)[- ]months?\b|\b(?:first|second) half\b")


def _is_financial(sentence: Span) -> bool:
    """Results sentences about a quarter, where "a year ago" means the same quarter a year before."""
    return any(token.lower_ in _FINANCIAL_WORDS for token in sentence) and not _LONGER_PERIOD_RE.search(sentence.text)


def parse_published(published: str | None) -> date | None:
    """The calendar day of an ISO 8601 date/datetime string; ``None`` when absent or unreadable."""
    if not published:
        return None
    text = published.strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        return None


_WEEK_VALUE_RE = re.compile(r"^(\d{4})-W(\d{1,2})$")


def value_period(value: str) -> tuple[date, date, str] | None:
    """First day, last day and grain of a point value (``YYYY-MM-DD``, ``YYYY-Www``, ``YYYY-MM``,
    ``YYYY``); ``None`` for anything else (durations, seasons, vague references)."""
    try:
        if len(value) >= 10 and value[4] == "-" and value[7] == "-":
            day = date.fromisoformat(value[:10])
            return day, day, "day"
        week = _WEEK_VALUE_RE.match(value)
        if week:
            monday = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
            return monday, monday + timedelta(days=6), "week"
        if len(value) == 7 and value[4] == "-":
            first = date(int(value[:4]), int(value[5:7]), 1)
            following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, following - timedelta(days=1), "month"
        if len(value) == 4 and value.isdigit():
            year = int(value)
            return date(year, 1, 1), date(year, 12, 31), "year"
    except ValueError:
        return None
    return None


# --------------------------------------------------------------------------- candidates

# Era markers that make a number a year ("10 BC", "300 B.C.", "AD 1200", "14 CE"), in capitals
# only: "30 ad spots" is a count.
ERA_MARKERS = frozenset({"BC", "B.C.", "BCE", "B.C.E.", "AD", "A.D.", "CE", "C.E."})
ERA_PREFIXES = frozenset({"AD", "A.D."})

# Expressions the small spaCy model often misses; matched on the text, aligned to tokens. Each starts
# with a word character at a word start, which _EXTRA_RE tests once for all of them (below).
_EXTRA_PATTERNS = [
    rf"{_WEEKDAY_RE}\s+(?:mornings|afternoons|evenings|nights)\b",
    rf"(?:(?:last|next|this|coming|past|early|late)\s+)?{_WEEKDAY_RE}(?:\s+(?:morning|afternoon|evening|night))?\b",
    r"(?:now|currently|recently|nowadays|presently|today|tonight|yesterday|tomorrow|current"
    r"|recent|soon)\b",
    r"(?:in\s+)?the\s+past\b",
    r"the\s+(?:latest|same|year-earlier|year-ago|comparable|previous)\s+(?:period|quarter)\b",
    r"(?:thanksgiving|christmas|easter|halloween|new\s+year's|juneteenth)(?:\s+(?:day|eve|sunday|monday))?\b"
    r"|\b(?-i:(?:Good|Black) Friday|Ash Wednesday|Palm Sunday|(?:Maundy|Holy) Thursday|Holy Saturday|Pentecost)\b",
    r"(?:election|labou?r|memorial|independence|veterans'?|armistice|valentine's|boxing|bastille|columbus"
    r"|remembrance|canada|australia|presidents'?|president's|mother's|father's"
    r"|martin\s+luther\s+king(?:,?\s+jr\.?)?|mlk|indigenous\s+peoples'?)\s+day\b",
    r"(?:the\s+)?(?:near\s+)?future\b",
    r"(?:daily|weekly|monthly|hourly|nightly)\b",
    rf"(?:every|each)\s+(?:other\s+)?(?:{_NUM_RE}\s+)?(?:{_UNIT_RE}|{_WEEKDAY_RE}|{_MONTH_RE}|morning|afternoon|evening|night)\b",
    r"(?:(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th|latest|last|current|previous)[\s-]+quarter)\b",
    rf"(?:fiscal\s+)?{_YEAR_RE}\b(?![.,]\d)(?!\s+(?-i:GMT|UTC)\b)",
    rf"(?:mid-|early\s+|late\s+)?{_MONTH_RE}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+{_YEAR_RE})?\b",
    r"\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)",
    r"(?:noon|midnight|midday)\b",
    # Wire and wiki copy's 24-hour clock with its zone ("at 16:08 UTC", "at 0800 GMT"), not the
    # restatement in parentheses of a local time given before it, which TimeBank leaves untagged.
    r"(?<!\()(?:[01]?\d|2[0-3]):?[0-5]\d\s+(?-i:GMT|UTC)\b",
    r"(?:earlier|later)\s+that\s+(?:morning|afternoon|evening|night|day|week|month|year)\b",
    r"(?:nineteen|eighteen)[\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five"
    r"|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b",
    r"(?:the\s+)?(?:early\s+|late\s+|mid-)?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
    # Counted lengths the small model leaves out ("at least 20 more years", "several quarters"); a
    # bare "a"/"an" only after a hedge, as TimeBank leaves many of those ("in a year") untagged.
    rf"(?:(?:{_HEDGE_RE})\s+(?:a|an)|(?:(?:{_HEDGE_RE})\s+)?(?:{_COUNT_RE}))[\s-]+(?:more\s+|additional\s+|straight\s+"
    rf"|consecutive\s+)?{_UNIT_RE}(?:\s+ago)?\b(?![\s-]+old\b)",
    r"(?:this|last|next)\s+(?:week|month|year|quarter|decade|century|weekend)\b",
    # "a tour likely to last over a week": what a verb of lasting takes is a length, with "a" too.
    rf"last(?:s|ed|ing)?\s+(?:over\s+|about\s+|just\s+)?(?:a|an)\s+{_UNIT_RE}\b",
    r"the\s+near\s+term\b",
    # Years of an era ("10 BC", "300 B.C.", "AD 1200"), in capitals only: "30 ad spots" is a count.
    r"\d{1,4}\s+(?-i:B\.C\.(?:E\.)?|BCE?|A\.D\.|AD|C\.E\.|CE)(?!\w)",
    r"(?-i:A\.D\.|AD)\s+\d{1,4}\b",
]
# The word-start test comes first and once: with a "\b" in front of each alternative the engine tried all 25
# at every character, and this one pass was 44% of the dates time (2.9 s -> 1.1 s over 400 articles, same matches).
_EXTRA_RE = re.compile(r"\b(?=\w)(?:" + "|".join(f"(?:{p})" for p in _EXTRA_PATTERNS) + ")", re.IGNORECASE)
# Expressions that refer to a time named elsewhere, and two lengths, matched apart from _EXTRA_RE:
# each alternative added there costs a full pass (+10% of the dates time), this whole pattern 1%.
# Only the group is the expression: "Until [then]", "During [that time]", "for [a while]".
_REFERRING_RE = re.compile(
    r"\b(?:(?:until|till)\s+(then)"  # "Until then, the notes stay convertible": see _until_then
    r"|(?:during|over|at)\s+(that\s+time)"  # see _that_time
    r"|for\s+(a\s+while)"  # "will live without it for a while": a length of unknown size (PXX)
    r"|(this\s+(?:[a-z]+\s+)?moment)"  # "at this crucial moment": see _this_moment
    r"|(an?\s+[a-z]+\s+day)"  # "it was a great day for the city": see _day_as_predicate
    rf"|for\s+((?:(?:a|the)\s+)?{_RUN_ORDINAL_RE}\s+(?:(?:straight|consecutive|successive)\s+{_RUN_UNIT_RE}"
    rf"|{_RUN_UNIT_RE}(?=\s+in\s+a\s+row))))\b",  # "for a third straight day": see _unit_of_a_run
    re.IGNORECASE,
)
_UNIT_LONG_RE = re.compile(rf"(?i)\b{_UNIT_RE}-long\b")  # "a day-long meeting", "a week-long strike": P1D, P1W
# "the worst single-day drop": a length of one unit, as "a one-day strike" (MEANTIME tags it P1D).
_SINGLE_UNIT_RE = re.compile(r"(?i)\bsingle-(day|week|month|year)\b")


# "the second and fourth quarters", "the first, second and third quarters of 2022": each is a quarter
# (a half) of its own, as TimeML tags them ("[second] and [fourth quarters]"); no span the small model
# gives for the whole list normalises, so all of it had been lost.
_PERIOD_ORDINAL_RE = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
_COORDINATED_PERIODS_RE = re.compile(
    rf"(?i)\b{_PERIOD_ORDINAL_RE}(?:\s*,\s*{_PERIOD_ORDINAL_RE})*,?\s+(?:and|or)\s+{_PERIOD_ORDINAL_RE}[\s-]+"
    rf"(quarters|halves)\b(\s+of\s+(?:(?:fiscal\s+)?{_YEAR_RE}|(?:this|last|next|the)\s+year)\b)?"
)
_PERIOD_SINGULAR = {"quarters": "quarter", "halves": "half"}


def coordinated_periods(text: str) -> dict[tuple[int, int], tuple[str, int]]:
    """Character spans of the quarters (halves) a list names, each with the text that normalises it
    and where its list ends: "first" in "the first and second quarters of 2022" stands for "first
    quarter of 2022"."""
    if "quarters" not in text and "halves" not in text:  # rare: not worth a pass over every text
        return {}
    pieces: dict[tuple[int, int], tuple[str, int]] = {}
    for match in _COORDINATED_PERIODS_RE.finditer(text):
        unit = _PERIOD_SINGULAR[match.group(1).lower()]
        of_year = match.group(2) or ""
        ordinals = list(re.finditer(_PERIOD_ORDINAL_RE, match.group(0), re.IGNORECASE))
        for ordinal in ordinals[:-1]:
            start = match.start() + ordinal.start()
            pieces[(start, match.start() + ordinal.end())] = (f"{ordinal.group(0)} {unit}{of_year}", match.end())
        last = ordinals[-1]
        pieces[(match.start() + last.start(), match.end())] = (f"{last.group(0)} {unit}{of_year}", match.end())
    return pieces


_PERIOD_VALUE_RE = re.compile(r"(\d{4})(-[QH]\d)")


def _share_list_year(resolved: list[tuple[Span, Resolution]],
                     pieces: dict[tuple[int, int], tuple[str, int]]) -> list[tuple[Span, Resolution]]:
    """The quarters of one list lie in the year of its last ("lost money in the third and fourth
    quarters", written in September, is last year's Q3 and Q4, as the Q4 alone is read)."""
    if not pieces:
        return resolved
    last_year = {}
    for span, result in resolved:
        key = (span.start_char, span.end_char)
        if key in pieces and pieces[key][1] == span.end_char and result.value:
            if match := _PERIOD_VALUE_RE.fullmatch(result.value):
                last_year[span.end_char] = match.group(1)
    shared = []
    for span, result in resolved:
        piece = pieces.get((span.start_char, span.end_char))
        year = last_year.get(piece[1]) if piece else None
        if year and result.value and (match := _PERIOD_VALUE_RE.fullmatch(result.value)):
            result = replace(result, value=year + match.group(2))
        shared.append((span, result))
    return shared


def _with_coordinated_periods(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each list of quarters or halves replaced by one span per period it names."""
    pieces = coordinated_periods(doc.text)
    if not pieces:
        return spans
    list_start: dict[int, int] = {}
    for (start, _), (_, list_end) in pieces.items():
        list_start[list_end] = min(start, list_start.get(list_end, start))
    # The model's spans over a list ("the first and second quarters of", "2022") give way to its pieces.
    spans = [s for s in spans if not any(s.start_char < end and start < s.end_char for end, start in list_start.items())]
    for start, end in pieces:
        piece = doc.char_span(start, end, alignment_mode="expand")
        if piece is not None:
            spans.append(piece)
    return spans


def _referring_spans(text: str) -> Iterator[tuple[int, int]]:
    """Character spans of the _REFERRING_RE expressions in ``text``, and of "day-long" lengths."""
    for match in _REFERRING_RE.finditer(text):
        yield match.span(match.lastindex or 0)
    if "-long" in text:  # rare: not worth a pass over every text
        for match in _UNIT_LONG_RE.finditer(text):
            yield match.span()
    if "single-" in text:
        for match in _SINGLE_UNIT_RE.finditer(text):
            yield match.span()

# Words that make a spaCy DATE span temporal at all; spans without one are NER noise ("44").
_TEMPORAL_WORD_RE = re.compile(
    rf"(?:(?<!\w)'\d\d\b|\b(?:{_MONTH_RE}|{_WEEKDAY_RE}s?|{_UNIT_RE}|{_YEAR_RE}s?|'\d0s|\d{{2,4}}s|now|today|tonight|yesterday|tomorrow"
    r"|morning|afternoon|evening|night|noon|midnight|midday|weekends?|spring|summer|fall|autumn|winter|season"
    r"|daily|weekly|monthly|yearly|annually|quarterly|hourly|nightly|future|past|recent(?:ly)?|current(?:ly)?"
    r"|christmas|easter|thanksgiving|halloween|new year|eve|holiday|decade|century|millennium|period|a\.m|p\.m"
    r"|am|pm|\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|day|year|ago|earlier|later|fiscal|q[1-4]|h[12])\b)",
    re.IGNORECASE,
)
# Bare nouns spaCy tags DATE/TIME that do not locate anything on their own.
_BARE_NOUNS = frozenset({"night", "the night", "morning", "evening", "afternoon", "the day", "that day", "day",
                         "the night of", "year", "that night", "nights", "the days", "the time", "time",
                         "holiday", "the holiday", "holidays", "the holidays"})  # fmt: skip
_FREQUENCY_WORDS = frozenset({"daily", "weekly", "monthly", "quarterly", "annual", "annually", "yearly", "hourly"})
_AGE_RE = re.compile(r"(?:-year-old|\byears?[- ]old\b|^aged\b|^age\b)", re.IGNORECASE)
# "in his 30s", "in their early twenties": ages, not decades.
_AGE_BEFORE_RE = re.compile(r"(?i)\b(?:his|her|their|my|your|our)\s+(?:early\s+|mid-?\s*|late\s+)?$")
_TRAILING_POSSESSIVE = ("'s", "’s", "'")


def candidate_spans(doc: Doc) -> list[Span]:
    """Non-overlapping temporal spans in text order: spaCy DATE/TIME entities, then own rules."""
    spans: list[Span] = []
    for ent in doc.ents:
        if ent.label_ == "CARDINAL" and spans and _continued_day(spans[-1], ent) is not None:
            spans.append(ent)  # "March 14 and 15", where the model calls "15" a number
        elif ent.label_ == "CARDINAL" and (counted := _cardinal_as_date(ent)) is not None:
            spans.append(counted)
        if ent.label_ in ("DATE", "TIME"):
            for part in _split_ranges(ent):
                trimmed = _trim(part)
                if trimmed is not None and (
                    _looks_temporal(trimmed) or (spans and _continued_day(spans[-1], trimmed) is not None)
                    or (_length_sharing_unit(trimmed) is not None and _looks_temporal(ent))
                ):
                    spans.append(trimmed)
    for joins in (_time_then_day, _weekday_then_date, _day_of_month_then_year, _vague_lengths_joined, _length_from_day,
                  _season_of_year):
        spans = _merge_adjacent(spans, joins)
    spans = _without_overlaps([_with_counted_noun(_with_day_around(span)) for span in spans])
    spans = [span for span, following in zip(spans, [*spans[1:], None]) if not _part_of_day_of_date(span, following)]
    text = doc.text
    for start, end in chain((match.span() for match in _EXTRA_RE.finditer(text)), _referring_spans(text)):
        overlapping = [s for s in spans if start < s.end_char and s.start_char < end]
        # A rule match wins only where it strictly contains what spaCy found ("each Thursday").
        if any(not (start <= s.start_char and s.end_char <= end) or (s.start_char, s.end_char) == (start, end)
               for s in overlapping):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not _extra_is_temporal(span):
            continue
        trimmed = _trim(span)
        if trimmed is None:
            continue
        spans = [s for s in spans if s not in overlapping]
        spans.append(trimmed)
    spans = _with_coordinated_periods(doc, spans)
    spans.sort(key=lambda s: s.start_char)
    return spans


_SLASHED_DATE_RE = re.compile(r"\d{1,2}/\d{1,2}/(?:\d{2}|\d{4})")
_PLURAL_UNITS = frozenset({"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries"})


def _cardinal_as_date(ent: Span) -> Span | None:
    """What the small model calls a number but is a date or a length: "7/8/07" (a numeric date), "almost two
    and a half" + "years" (the count and its unit; both had been missed)."""
    if _SLASHED_DATE_RE.fullmatch(ent.text):
        return ent
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ in _PLURAL_UNITS and doc[ent.end].ent_type_ == "":
        return doc[ent.start : ent.end + 1]
    return None


def _without_overlaps(spans: list[Span]) -> list[Span]:
    """``spans`` in text order, of two that overlap the longer ("day after a July 27, 2016" over "a day
    after"); one pass, as a long text holds thousands of spans. Only :func:`_with_day_around` makes
    spans overlap (entities never do)."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -len(s))):
        if kept and span.start < kept[-1].end:
            if len(span) > len(kept[-1]):
                kept[-1] = span
            continue
        kept.append(span)
    return kept


def _merge_adjacent(spans: list[Span], joins: Callable[[Span, Span], bool]) -> list[Span]:
    """``spans`` in text order with each pair that ``joins`` accepts made one span."""
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        if merged and joins(merged[-1], span):
            merged[-1] = span.doc[merged[-1].start : span.end]
        else:
            merged.append(span)
    return merged


def _text_between(prev: Span, span: Span) -> str:
    """The text from the end of ``prev`` to the start of ``span``, stripped. Joins test it after their cheap
    tests: two spans in text order are mostly paragraphs apart, and this text is built token by token."""
    return span.doc[prev.end : span.start].text.strip()


def _time_then_day(prev: Span, span: Span) -> bool:
    """"3 p.m." + "Tuesday" written next to each other are one time ("3 p.m. Tuesday"); a length set off
    after the clock by a comma is no day of it ("after 10 p.m., 11 days after the collapse": the days count
    from the collapse), while "6 a.m. ten days ago" is one time (TimeBank)."""
    return (
        {prev.root.ent_type_, span.root.ent_type_} == {"TIME", "DATE"}
        and _text_between(prev, span).lower() in ("", "on", ",", "this", "at")
        and _has_clock(prev, span)
        and not (_text_between(prev, span) == "," and _PLURAL_LENGTH_RE.search(span.text))
        and not _describes_dated_clock(prev, span)
    )


def _describes_dated_clock(prev: Span, span: Span) -> bool:
    """"at 12:35 p.m. on Jan. 24, 2017, the first Tuesday after the inauguration", "at 3 p.m. Tuesday,
    the day after the crash": a clock already joined to its day takes no description set off after a
    comma; joined, the whole was read as the description (a Tuesday near publication) or not at all."""
    return (
        span[0].lower_ in ("the", "a", "an")
        and _text_between(prev, span) == ","
        and (any(token.ent_type_ == "DATE" for token in prev) or _DAY_START_RE.search(prev.text) is not None)
    )


# How many words after a clock time the day of its sentence may be named and still be its day.
_CLOCK_DAY_REACH = 4
_PLURAL_LENGTH_RE = re.compile(r"(?i)\b(?:days|weeks|months|years|hours|minutes)\b")


def _weekday_then_date(prev: Span, span: Span) -> bool:
    """"Friday" + "Oct. 13" written next to each other are one date ("Friday, Oct. 13"), as
    TimeBank tags them (4 of 5 on the tune split); "Tuesday (Sept. 12)" stays two."""
    return (
        re.fullmatch(_WEEKDAY_RE, prev.text, re.IGNORECASE) is not None
        and _text_between(prev, span) in ("", ",")
        and re.match(rf"{_MONTH_RE}\s+\d", span.text, re.IGNORECASE) is not None
    )


def _day_of_month_then_year(prev: Span, span: Span) -> bool:
    """"the 3rd of March" + ", 2020": the small model ends the day before its year; one date."""
    return (
        re.fullmatch(_YEAR_RE, span.text) is not None
        and _text_between(prev, span) == ","
        and re.search(rf"(?i)\b(?:\d{{1,2}}(?:st|nd|rd|th)?|[a-z]+) of {_MONTH_RE}$", prev.text) is not None
    )


def _vague_lengths_joined(prev: Span, span: Span) -> bool:
    """"within weeks or months", "in recent weeks and months": one vague length in TimeBank, where
    the model often finds two."""
    return (
        span.start - prev.end == 1
        and span.doc[prev.end].lower_ in ("or", "and")
        and all(_BARE_PLURAL_UNIT_RE.fullmatch(s.text) for s in (prev, span))
    )


_DAY_START_RE = re.compile(rf"(?i)(?:{_MONTH_RE}\s+\d|{_WEEKDAY_RE}\b|today\b|tomorrow\b|yesterday\b)")


def _part_of_day_of_date(span: Span, following: Span | None) -> bool:
    """"On the morning of March 24, 2011, ...": the date after "of" says the day; TimeBank tags only that
    date, and "the morning" alone had been the publication morning."""
    return (
        following is not None
        and following.start - span.end == 1
        and span.doc[span.end].lower_ == "of"
        and re.fullmatch(r"(?i)(?:the\s+)?(?:morning|afternoon|evening|night)", span.text) is not None
    )


def _season_of_year(prev: Span, span: Span) -> bool:
    """"the spring of" + "2022": the small model may end the season at "of"; one expression."""
    return (
        span.start - prev.end == 1
        and span.doc[prev.end].lower_ == "of"
        and (prev[-1].lower_ in SEASONS or prev[-1].lower_.rstrip(".") in MONTHS)
        and re.fullmatch(_YEAR_RE, span.text) is not None
    )


def _length_from_day(prev: Span, span: Span) -> bool:
    """"a week" + "from" + "Monday" is one day, a week after that Monday."""
    return (
        span.start - prev.end == 1
        and span.doc[prev.end].lower_ == "from"
        and _DAY_START_RE.match(span.text) is not None
        and re.fullmatch(rf"(?i){_NUM_RE}\s+(?:days?|weeks?)", prev.text) is not None
    )


def _with_day_around(span: Span) -> Span:
    """"the day before last Tuesday's hearing": the day is named through the date after it, so
    both are one expression (TimeML), one day off the date."""
    doc = span.doc
    # "a day after a July 27, 2016, call": an article may stand between the preposition and the date.
    preposition = span.start - 2 if span.start >= 2 and doc[span.start - 1].lower_ in ("a", "an", "the") else span.start - 1
    if preposition < 1 or doc[preposition - 1].lower_ != "day" or doc[preposition].lower_ not in ("before", "after"):
        return span
    if not _POINT_START_RE.match(span.text) and not re.match(rf"(?i)(?:last|next|this) {_WEEKDAY_RE}", span.text):
        return span
    return doc[preposition - 1 : span.end]  # TimeBank leaves the article before "day" outside


def _with_counted_noun(span: Span) -> Span:
    """"for the past three summers": the model can end the entity on the number and leave out the
    season or unit it counts; the counted noun belongs to the expression."""
    doc = span.doc
    last = doc[span.end - 1]
    if span.end >= len(doc) or last.dep_ != "nummod" or last.head.i != span.end:
        return span
    noun = doc[span.end].lower_
    if noun.rstrip("s") in SEASONS or noun in _UNIT_WORDS:
        return doc[span.start : span.end + 1]
    return span


def _has_clock(first: Span, second: Span) -> bool:
    return any(re.search(r"\d|noon|midnight|midday", s.text.lower()) for s in (first, second) if s.root.ent_type_ == "TIME")


_NAME_UNITS = frozenset({"Month", "Week", "Year", "Day", "Night", "Decade", "Century"})


def _ends_a_name(span: Span) -> bool:
    """"Black History Month", "Shark Week", "Fashion Week": a capitalised unit closing a name is no
    length or date (holidays, "Labor Day", are read as holidays before this test)."""
    if len(span) != 1 or span.text not in _NAME_UNITS or span.start == span.sent.start:
        return False
    before = span.doc[span.start - 1]
    return before.is_title and not before.is_sent_start


_TIME_DETERMINERS = frozenset({"every", "each", "this", "last", "next"})


def _holiday_as_institution(span: Span) -> bool:
    """"Juneteenth commemorates the end of slavery", "a bill to recognize Juneteenth as a federal
    holiday": the holiday itself, doing or being named something, not a day something happened on
    ("they celebrated Christmas", "Christmas falls on a Friday", "Thanksgiving was quiet" keep it)."""
    root = span.root
    verb = root.head
    children = list(verb.children)
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    if span[0].lower_ in _TIME_DETERMINERS or before in _TIME_DETERMINERS:
        return False  # "Every Christmas, the Foxes have the neighbours over": a time, parsed as a subject
    if root.dep_ in ("dobj", "nsubjpass"):
        return any(c.dep_ == "prep" and c.lower_ == "as" or c.dep_ == "oprd" for c in children)
    return root.dep_ == "nsubj" and verb.lemma_.lower() != "be" and any(c.dep_ == "dobj" for c in children)


_NAMED_AFTER_A_DAY = frozenset({"agreement", "agreements", "accord", "accords", "truce", "offensive", "massacre"})


def _day_naming_a_thing(span: Span) -> bool:
    """"the Good Friday agreement", "the Easter Rising", "the Christmas truce": a holiday that
    names an event or a text is no date ("an Ash Wednesday service" is one: that day's service);
    nor is a weekday that names a paper (:func:`_weekday_names_a_title`)."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    following = doc[span.end]
    if _weekday_names_a_title(span, following) or _holiday_names_a_kind_of_thing(span, following):
        return True
    name = re.sub(r"\s+", " ", span.text.lower().replace("’", "'")).removeprefix("the ")
    if _holiday(name, 2000) is None:
        return False
    if following.lower_ in _NAMED_AFTER_A_DAY or _holiday_as_institution(span):
        return True
    # "the Easter Egg Roll", "A Christmas Story"; but "an Easter Mass" is held that day, and "Ahead of
    # Black Friday Maria Lopez said" runs into a name.
    return (following.is_title and following.pos_ in ("PROPN", "NOUN") and following.ent_type_ != "PERSON"
            and following.lower_ not in _SERVICES_OF_A_DAY)


def _in_a_named_holiday(span: Span) -> bool:
    """``span`` lies in a date entity that is a holiday naming a thing ("the Fourth of July Speech"):
    its month alone is no date either."""
    doc = span.doc
    start, end = span.start, span.end
    if span[0].ent_type_ == "DATE":
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    if end >= len(doc) or not (doc[end].is_title or doc[end].lower_ in _NAMED_AFTER_A_DAY):
        return False  # what names a thing follows the holiday (tested first: most spans stop here)
    if span[0].ent_type_ == "DATE":
        return _day_naming_a_thing(doc[start:end])
    # No entity: the holiday may start a few words before ("the Fourth of [July] Speech").
    return any(_day_naming_a_thing(doc[first:end]) for first in range(max(0, start - 3), start + 1))


def _weekday_names_a_title(span: Span, following: Token) -> bool:
    """"Britain's Sunday Telegraph", "the Sunday Times": a weekday between a determiner or possessive
    and a capitalised noun names a paper or a group, not a day."""
    if len(span) != 1 or span[0].lower_.rstrip(".") not in WEEKDAYS or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    if before.lower_ not in ("the", "'s", "’s") or not following.is_title or following.pos_ != "PROPN":
        return False
    return (following.ent_type_ in ("", "ORG", "WORK_OF_ART", "PRODUCT") and following.lower_ not in _SERVICES_OF_A_DAY
            and following.lower_ not in PARTS_OF_DAY)


# What a holiday before a plural noun still dates: the days, the events and the trade of its season
# ("the Christmas holidays", "Easter services", "Christmas sales").
_TIMES_AND_EVENTS_OF_A_DAY = frozenset({
    "holiday", "week", "weekend", "season", "break", "vacation", "period", "day", "night", "eve",
    "celebration", "festivity", "service", "mass", "party", "dinner", "meal", "parade", "gathering",
    "event", "concert", "market", "sale", "rush", "message", "address", "speech", "vigil",
})


def _holiday_names_a_kind_of_thing(span: Span, following: Token) -> bool:
    """"presents missing from under Christmas trees", "Easter eggs", "Halloween costumes": a holiday
    modifying a plural noun names a kind of thing, not a day anything happened on."""
    holiday = span[-1]  # the entity may hold a preposition before it ("under Christmas trees")
    return (
        holiday.dep_ == "compound"
        and holiday.head.i == following.i
        and following.tag_ == "NNS"
        and following.lemma_.lower() not in _TIMES_AND_EVENTS_OF_A_DAY
        and _holiday(holiday.lower_, 2000) is not None
    )


_SERVICES_OF_A_DAY = frozenset({"mass", "masses", "service", "services", "vigil", "liturgy", "sermon", "message", "address"})


def _looks_temporal(span: Span) -> bool:
    text = span.text
    if _AGE_RE.search(text) or _is_age(span) or _is_fraction(span):
        return False
    if text.lower() in _BARE_NOUNS:
        return _is_day_by_event(span) or _is_trading_day(span) or _is_days_around_event(span)
    if text.lower() in _FREQUENCY_WORDS and span[0].dep_ in ("amod", "compound"):
        return _is_recurring_modifier(span)
    if _is_yearly_rate(span) or _is_zoned_clock(span) or _ends_a_name(span) or _day_naming_a_thing(span):
        return False
    if _is_ordinal_second(span):
        return False
    if _is_possessed_unit(span) or _is_name_part(span) or _is_bare_gap(span) or _is_last_minute(span):
        return False
    if _is_chapter_and_verse(span) or _is_weekend_slot(span) or _is_part_of_day_modifier(span):
        return False
    if _is_in_the_end_idiom(span) or text in _LOWER_CASE_WORDS or _is_surname(span):
        return False
    return bool(_TEMPORAL_WORD_RE.search(text))


# Month names that are words in lower case: "that august institution", "a women's march" (news writes
# the month with a capital).
_LOWER_CASE_WORDS = frozenset({"august", "march"})
# Words before a month that make it the month ("in May", "early May", "last May"), never a person.
_BEFORE_A_MONTH = frozenset({"early", "late", "mid", "mid-", "last", "next", "this", "since", "until", "till", "by",
                             "of", "through", "in", "on", "during", "before", "after", "from", "to"})  # fmt: skip


def _is_surname(span: Span) -> bool:
    """"the speech May gave", "11:50am – May spokeswoman confirms ...", in a story about Theresa May: a month
    word the text uses as the surname of a person it names in full is no month (both had been this May)."""
    if len(span) != 1 or not span.text.istitle() or span.text.lower() not in MONTHS:
        return False
    doc = span.doc
    if span.start > 0 and (doc[span.start - 1].lower_ in _BEFORE_A_MONTH or doc[span.start - 1].pos_ == "DET"):
        return False
    if span.end < len(doc) and doc[span.end].like_num:
        return False  # "May 5"
    # The small model rarely tags "Theresa May" a person: a common first name before the word says so.
    return any(token.text == span.text and token.i > 0 and _is_first_name(doc[token.i - 1]) for token in doc)


def _is_first_name(token: Token) -> bool:
    from newsfuse.extract.entities import is_common_first_name  # here: the entities module imports this one

    word = token.text
    return (token.is_title and word.lower() not in MONTHS and word.lower().rstrip(".") not in WEEKDAYS
            and is_common_first_name(word))


def _is_in_the_end_idiom(span: Span) -> bool:
    """"At the end of the day, voters want jobs": "in the end", no time (10 of 11 in a read of AllSides,
    all had been a length of one day). Only a past event's clause without the comma stays a day ("Ellis
    closed the courtroom at the end of the day")."""
    if span.text.lower() != "the end of the day" or span.start == 0 or span.doc[span.start - 1].lower_ != "at":
        return False
    doc = span.doc
    opens_sentence = span.start - 1 == span.sent.start or doc[span.start - 2].is_punct
    set_off = span.end < len(doc) and doc[span.end].text == ","
    return opens_sentence or set_off or governing_tense(span) != "past"


def _is_part_of_day_modifier(span: Span) -> bool:
    """"a late-night tweet on March 4", "his early-morning tweets": the kind of thing, not a time of
    the publication day (the day of the thing, if any, is named elsewhere; "late night" had been a
    length of a day)."""
    if not re.fullmatch(r"(?i)(?:early|late|mid)\s*-?\s*(?:morning|afternoon|evening|night)", span.text):
        return False
    root = span.root
    return root.dep_ in ("compound", "amod", "nmod") and root.head.pos_ in ("NOUN", "PROPN") and not (
        span.start <= root.head.i < span.end
    )


def _is_chapter_and_verse(span: Span) -> bool:
    """"Deut. 22:30", "John 3:16": a bare H:MM after a capitalised word that is no day, month or
    zone is a citation (a book, chapter and verse), not a clock ("at 10:30", "Tuesday 10:30")."""
    if not re.fullmatch(r"\d{1,3}:\d{2}", span.text) or span.start == 0:
        return False
    index = span.start - 1
    if span.doc[index].text == "." and index > 0:
        index -= 1  # "Deut . 22:30", the abbreviation's point split off
    before = span.doc[index]
    word = before.text.rstrip(".").lower()
    if before.pos_ != "PROPN" or not before.text[:1].isupper() or not word.isalpha():
        return False
    return word not in WEEKDAYS and word not in MONTHS and _ZONE_RE.fullmatch(word) is None


def _is_ordinal_second(span: Span) -> bool:
    """"at the end of the second world war", "the second round": "second" before the noun it counts is an
    ordinal, no unit of time (the first had been a length of one second, PT1S)."""
    doc = span.doc
    if span[-1].lower_ != "second" or span.end >= len(doc):
        return False
    following = doc[span.end]
    return following.pos_ in ("NOUN", "PROPN", "ADJ") and not _TEMPORAL_WORD_RE.fullmatch(following.text)


def _is_last_minute(span: Span) -> bool:
    """"called off the strike at the last minute": an idiom for "very late", no length of time
    (it had been PT1M)."""
    return (span.text.lower() in ("the last minute", "the last moment") and span.start > 0
            and span.doc[span.start - 1].lower_ == "at")


_AMOUNT_WORDS = frozenset({"%", "percent", "million", "billion", "trillion", "thousand", "hundred"})


def _is_yearly_rate(span: Span) -> bool:
    """"rise 8% annually", "produce 10,000 units annually", "$2 million yearly": an amount per
    year is a rate, left unextracted like "$1 billion a year"; TimeBank tags none of these (tune
    split: 0 of 4 right as a set), while "held here annually" stays one."""
    if span.text.lower() not in ("annually", "yearly") or span.start == 0:
        return False
    previous = span.doc[span.start - 1]
    return (
        previous.like_num
        or previous.lower_ in _AMOUNT_WORDS
        or (previous.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in previous.children))
    )


def _is_bare_gap(span: Span) -> bool:
    """"just minutes apart", "seconds before the bomb exploded": an uncounted short gap between
    two events, which TimeBank leaves untagged (tune split: 0 of 3), unlike "72 hours after"."""
    doc = span.doc
    following = doc[span.end].lower_ if span.end < len(doc) else ""
    if span.start > 0 and doc[span.start - 1].lower_ in ("the", "those", "these"):
        return False  # "in the weeks before the shooting" names a stretch of time
    return bool(re.fullmatch(r"(?i)(?:seconds|minutes|hours)", span.text)) and following in (
        "apart",
        "before",
        "after",
        "later",
        "earlier",
    )


# What a weekend slot names on air or in print: "a weekend show", "the weekend edition" recur, no date.
_RECURRING_SLOT_NOUNS = frozenset({"show", "shows", "program", "programs", "programme", "programmes", "edition",
                                   "editions", "anchor", "host", "broadcast", "newscast", "segment", "column"})


def _is_weekend_slot(span: Span) -> bool:
    """"hosts a weekend show on MSNBC", "the popular weekend talk radio program": a programme's slot."""
    weekend = next((token for token in span if token.lower_ in ("weekend", "week-end")), None)
    if weekend is None or weekend.dep_ not in ("compound", "amod", "nmod"):
        return False
    head = weekend.head
    while head.dep_ == "compound" and head.head.pos_ in ("NOUN", "PROPN") and head.head.i > head.i:
        head = head.head  # "weekend talk radio program": up to the noun the compounds modify
    return head.lower_ in _RECURRING_SLOT_NOUNS


def _is_recurring_modifier(span: Span) -> bool:
    """"the daily tally", "his weekly radio address": TimeBank tags these as sets (tune split: 5 of
    7 once "average daily volume" is set aside); not after "average", not a newspaper ("the Party
    daily Granma"), and not "quarterly"/"annual" before a noun ("quarterly dividend": 1 of 12)."""
    token = span[0]
    if len(span) != 1 or token.lower_ not in ("daily", "weekly", "nightly", "hourly") or token.dep_ != "amod":
        return False
    if token.head.pos_ == "PROPN" or (token.i > 0 and token.doc[token.i - 1].lower_ == "average"):
        return False
    return True


_MONTH_PREPOSITIONS = frozenset({"in", "on", "since", "by", "until", "till", "from", "through", "of", "to", "before", "after",
                                 "during", "early", "late", "mid", "last", "next", "this"})  # fmt: skip


def _is_name_part(span: Span) -> bool:
    """Temporal words inside names and idioms: "the March for Life", "the film High Noon"."""
    doc = span.doc
    text = span.text.lower().rstrip(".")
    nxt = doc[span.end] if span.end < len(doc) else None
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if text in MONTHS and span[0].text[:1].isupper() and nxt is not None and before not in _MONTH_PREPOSITIONS:
        if nxt.lower_ == "for" or (nxt.lower_ == "of" and after is not None and after.lower_ == "the"):
            return True  # "March for Life", "the March of the Combatant Mothers"
    if text == "noon" and span.start > 0 and doc[span.start - 1].lower_ == "high":
        return True
    if text in _FREQUENCY_WORDS and span[0].text[:1].isupper() and span.start > span.sent.start and (
        doc[span.start - 1].pos_ == "PROPN" and doc[span.start - 1].text[:1].isupper()
    ):
        return True  # a title: "Breitbart News Daily", "the Racing Daily"
    if text == "today" and span[0].text in ("Today", "TODAY") and span.start > span.sent.start and (
        doc[span.start - 1].pos_ == "PROPN" or doc[span.start - 1].lower_ in ("the", "/")
    ):
        return True  # a title: "USA Today", "USA TODAY", "This is VOA Today.", "told the Today programme"
    if _is_quoted_title(span):
        return True
    if _is_year_of_name(span) or _is_generic_day(span):
        return True
    words = [token.text for token in span]
    if len(words) > 1 and span[0].lower_ in ("this", "last", "next") and span.start > span.sent.start:
        if all(word[:1].isupper() and not word.isupper() for word in words):
            return True  # a programme mid-sentence: 'said on ABC's This Week', not 'THIS WEEK'
    if text in WEEKDAYS and span.start > span.sent.start:
        previous = doc[span.start - 1]
        # "the Good Friday agreement", "Bloody Sunday": a capitalised word that modifies the weekday
        # names something; "told CNN Tuesday" has the outlet as the verb's object instead.
        # Both may modify the name's head instead ("the Good Friday Agreement").
        head = span[0].head
        modifies = previous.head == span[0] or (
            span[0].dep_ == "compound" and previous.head == head and head.pos_ == "PROPN" and head.text[:1].isupper()
        )
        if previous.text[:1].isupper() and modifies and previous.dep_ in ("compound", "amod"):
            # "at 1942 GMT Wednesday": a clock's zone before the day names nothing.
            zone = _ZONE_RE.fullmatch(previous.lower_) is not None
            return previous.lower_ not in MONTHS and previous.lower_ not in _MONTH_PREPOSITIONS and not zone
    return False


def _is_year_of_name(span: Span) -> bool:
    """A year that is part of a name, not a date: after a proper noun it belongs to ("a venture
    called Orion 1980", "Windows 2000"), or a model year before the make and model that an owner
    or "a" introduces ("his 1987 Chevrolet Cavalier", "a 1992 Toyota Camry"; "the 2000 Olympics"
    and "the 1994 Freedom of Access Act" stay dates)."""
    year = span[-1]
    if not re.fullmatch(_YEAR_RE, year.text) or year.dep_ != "nummod" or year.head.pos_ != "PROPN":
        return False
    doc, head = span.doc, year.head
    if head.i == year.i - 1:  # "Orion 1980", unless the noun is a date word ("Sept. 1990", "Spring 1999")
        return head.i < span.start and head.text[:1].isupper() and not _TEMPORAL_WORD_RE.fullmatch(head.text.rstrip("."))
    if head.i <= year.i + 1 or span.start == 0 or len(span) != 1:
        return False
    between = doc[year.i + 1 : head.i]
    owner = doc[year.i - 1]
    return (
        all(t.pos_ == "PROPN" and t.dep_ == "compound" for t in between)
        and any(t.ent_type_ in ("ORG", "PRODUCT") for t in doc[year.i + 1 : head.i + 1])  # a make, a model
        and (owner.tag_ in ("POS", "PRP$") or owner.lower_ in ("a", "an"))
        and (owner.head if owner.tag_ == "POS" else owner).head == head  # not "their 1996 Atlanta Olympics bid"
    )


def _is_generic_day(span: Span) -> bool:
    """"the leaders of tomorrow", "the youth of today": a kind of people or things of an age, not a
    day; "the end of today" and "as of today" stay days (their "of" hangs on no plural noun)."""
    if len(span) != 1 or span[0].lower_ not in ("today", "tomorrow") or span.start == 0:
        return False
    of = span.doc[span.start - 1]
    return of.lower_ == "of" and of.dep_ == "prep" and of.head.tag_ == "NNS"


def _is_possessed_unit(span: Span) -> bool:
    """"his year in kindergarten", "her day in court": a unit owned by someone is not a date."""
    return bool(re.fullmatch(rf"(?i)(?:his|her|their|my|your|our|its) {_UNIT_RE}", span.text))


# People whose age "a 6-month-old son" gives; "the IRA's 8-month-old truce" is a length (P8M).
_PERSON_NOUNS = frozenset({"son", "daughter", "baby", "boy", "girl", "child", "infant", "toddler", "brother", "sister",
                           "grandson", "granddaughter", "niece", "nephew", "twins", "babies", "children"})  # fmt: skip


_OPENING_QUOTES = frozenset({'"', "“", "``", "'", "‘"})
_CLOSING_QUOTES = frozenset({'"', "”", "''", "'", "’"})


def _is_quoted_title(span: Span) -> bool:
    """A title-cased phrase that is all of a quotation, after a preposition or an owner, is a
    programme's or a work's name: an interview with "60 Minutes", said on ABC's "This Week"."""
    doc = span.doc
    if span.start < 2 or span.end >= len(doc) or doc[span.start - 1].text not in _OPENING_QUOTES:
        return False
    if doc[span.start - 2].tag_ not in ("IN", "POS", "NNP"):
        return False  # a name follows "on", "with", "ABC's"; 'said "Next Tuesday" would work' quotes words
    closing = doc[span.end] if doc[span.end].text not in (",", ".") or span.end + 1 >= len(doc) else doc[span.end + 1]
    words = [token.text for token in span if token.is_alpha]
    # One quoted word ("Monday," he said) is an answer, not a title.
    return closing.text in _CLOSING_QUOTES and len(span) > 1 and all(word[0].isupper() for word in words)


def _is_zoned_clock(span: Span) -> bool:
    """"(1942 GMT Wednesday)": wire copy's 24-hour clock with its zone, no year."""
    return bool(re.fullmatch(r"[0-2]\d[0-5]\d", span.text)) and bool(
        re.match(r"\s+(?:GMT|UTC)\b", _text_after(span, 6))
    )


def _text_after(span: Span, chars: int) -> str:
    """The ``chars`` characters of the text after ``span``, from its next tokens: ``doc.text`` would
    join every token of the document on each call (the cost of a whole parse's worth of Tokens)."""
    doc = span.doc
    out = span[-1].whitespace_ if len(span) else ""
    i = span.end
    while len(out) < chars and i < len(doc):
        out += doc[i].text_with_ws
        i += 1
    return out[:chars]


def _text_before(span: Span, chars: int) -> str:
    """The ``chars`` characters of the text before ``span``, from its previous tokens."""
    doc = span.doc
    out = ""
    i = span.start - 1
    while len(out) < chars and i >= 0:
        out = doc[i].text_with_ws + out
        i -= 1
    return out[-chars:] if chars else ""


def _is_age(span: Span) -> bool:
    """"Kopp, 44," "aged 44", "in his 30s", "their 6-month-old son", "15-year-olds" and "aged
    between 12 and 15 years" are ages, not dates."""
    if re.match(r"(?i)-olds\b", _text_after(span, 6)):
        return True
    if re.search(r"(?i)\baged\s+(?:between\s+)?(?:\d+\s*(?:and|to|-)\s*)?$", _text_before(span, 20)):
        return True
    if re.search(r"(?i)-(?:months?|weeks?|days?)-old$", span.text):
        doc = span.doc
        return span.end < len(doc) and doc[span.end].lower_ in _PERSON_NOUNS
    if re.search(r"(?i)(?:\d0'?s|ties)$", span.text):
        return bool(_AGE_BEFORE_RE.search(_text_before(span, 20)))
    if not re.fullmatch(r"\d{1,3}", span.text):
        return False
    doc = span.doc
    before = doc[span.start - 1].text if span.start > 0 else ""
    return before in {",", "aged", "age"} or span.root.dep_ in ("appos", "amod")


def _extra_is_temporal(span: Span) -> bool:
    """Filter the token rules' matches that are not temporal in context."""
    text = span.text.lower()
    first = span[0]
    if len(span) == 3 and first.lower_ in ("a", "an") and span[-1].lower_ == "day":
        return _is_day_as_predicate(span)
    if span.text in _LOWER_CASE_WORDS:
        return False  # "that august institution": the adjective (the month is written with a capital)
    if _is_age(span) or _is_fraction(span) or _is_name_part(span) or text == "one day":
        return False  # "one day" alone is mostly "some day" ("hopes he one day follows")
    if _in_a_named_holiday(span) or _day_naming_a_thing(span):
        return False
    if any(token.ent_type_ in ("MONEY", "PERCENT", "QUANTITY") for token in span) and not re.search(
            r"\d\s*(?:a\.?m\b|p\.?m\b|a\.m\.|p\.m\.)|:\d\d", text):
        # "nearly a quarter-trillion dollars", "only 1000 feet": part of a sum or a measure (the small
        # model calls "6am" a quantity too: clocks stay).
        return False
    last = span[-1]
    if first.lower_ in ("this", "last", "next") and last.lower_ in _UNIT_WORDS and last.text[:1].isupper():
        return False  # a title: "This Week With David Brinkley"
    abbreviated = text.endswith(".") and span.text[:1].isupper() and text not in ("may.", "march.")
    if text.rstrip(".") in {"may", "march", "sun", "sat", "wed", "mar", "jan", "dec", "sept", "aug"} and not abbreviated:
        # "can now legally wed.": the tokenizer's "we" + "d." is no Wednesday; "Wed." is.
        # Bare "may"/"march" are usually a modal verb or a demonstration; bare abbreviations are names.
        return first.pos_ == "PROPN" and first.tag_ == "NNP" and text in {"march", "may"} and first.dep_ in (
            "pobj",
            "npadvmod",
        )
    if re.fullmatch(r"(?:fiscal\s+)?\d{4}", text):
        return _is_year_token(span[-1])
    if text == "now":
        # "now" as a discourse marker ("Now, the question is") is not a time reference.
        return not (span.end < len(span.doc) and span.doc[span.end].text == "," and span.start == span.sent.start)
    if text == "soon":
        return _is_vague_future(span)
    if text in ("current", "recent"):
        return first.dep_ == "amod" and span.end < len(span.doc) and span.doc[span.end].lower_ not in _NOT_TIME_NOUNS
    if text in ("daily", "weekly") and first.dep_ in ("amod", "compound"):
        return _is_recurring_modifier(span)
    if text.endswith("future") and span.start > 0 and span.doc[span.start - 1].lower_ == "foreseeable":
        return False  # "for the foreseeable future" means indefinitely (tune split: 0 of 2 tagged)
    if text.endswith("future") or text in ("daily", "quarterly", "annually", "monthly", "weekly", "yearly"):
        # "the future" is a time; "future growth", "a daily newspaper", "quarterly dividend" are not.
        return first.dep_ not in ("amod", "compound")
    return True


_SOON_FOLLOWERS = frozenset({"after", "afterward", "afterwards", "before", "thereafter", "as", "enough"})


def _is_vague_future(span: Span) -> bool:
    """"will soon begin", "expects sales to soon grow": a vague future (``FUTURE_REF``); not "as
    soon as", "soon after the blast" (a gap between two events) nor a past "soon became" (tune
    split: 4 of 7 tagged once those are set aside, 1 of 10 of those)."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if before in ("as", "so", "too", "how") or after in _SOON_FOLLOWERS:
        return False
    return governing_tense(span) != "past"


_UNIT_WORDS = frozenset(UNITS) | {unit + "s" for unit in UNITS} | {"centuries", "weekend"}


def _is_fraction(span: Span) -> bool:
    """"three-quarters of its food", "more than a quarter of the market": shares, not periods."""
    if not re.search(r"(?i)(?:^|[\s-])(?:a|one|three)[\s-]quarters?$", span.text):
        return False
    doc = span.doc
    after = span.end + 1 if span.end < len(doc) and doc[span.end].text == "," else span.end
    if after >= len(doc) or doc[after].lower_ != "of":
        return _is_share_of_count(span)
    return not any(_TEMPORAL_WORD_RE.fullmatch(t.text) for t in doc[after + 1 : after + 4])


def _is_share_of_count(span: Span) -> bool:
    """"The firm cut 400 jobs, or a quarter.": a share restating a count just before it ("789, or about
    a quarter, of its dealers" is read by the "of" after it)."""
    doc = span.doc
    start = span.start - 1
    while start >= 0 and doc[start].lower_ in ("or", "about", "roughly", "nearly", "almost", "some", "just", "over"):
        start -= 1
    return start >= 1 and doc[start].text == "," and any(token.like_num for token in doc[max(0, start - 3) : start])


_NOT_TIME_NOUNS = frozenset({"account", "accounts", "affairs", "events", "account-deficit", "flow", "flows"})


def _is_year_token(token: Token) -> bool:
    """A four-digit number that is a year, not a count or a model number ("Boeing 1900", "1,500")."""
    value = int(token.text)
    if not 1000 <= value <= 2100:
        return False
    if token.i > 0:
        prev = token.doc[token.i - 1]
        if prev.text in {"$", "€", "£", "No.", "no.", "#", "Flight", "flight", "Room", "room"}:
            return False
        if prev.ent_type_ in ("ORG", "PRODUCT") or (prev.pos_ == "PROPN" and prev.ent_type_ not in ("DATE", "")):
            return False
    if token.i + 1 < len(token.doc):
        nxt = token.doc[token.i + 1]
        if nxt.lower_ in UNITS or nxt.lower_.rstrip("s") in {"people", "troop", "soldier", "dollar", "unit", "share"}:
            return False
        if nxt.pos_ == "NOUN" and nxt.dep_ != "npadvmod" and token.dep_ == "nummod":
            return False
    return 1900 <= value <= 2100 or token.ent_type_ == "DATE" or token.dep_ in ("pobj", "nummod", "npadvmod")


_CONNECTOR_RE = re.compile(
    r"^(?:between|from)\s+|\s+(?:to|through|thru|and(?!\s+a\s+half\b)|or(?!\s+so\b)|ended|ending|until|till|between)\s+"
    r"|\s*[-–]\s*(?=\d{4}\b)|(?<=\d{4})\s*[-–]\s*|(?<=\b\d{4}),\s*(?=\d{4}\b)"
    r"|(?<=\d)\s*[-–]\s*(?=\d{1,2}\b)"  # "June 11-13": two days of one month
    rf"|(?<=\d)\s*[-–]\s*(?={_MONTH_RE}\b)",  # "Aug. 28-Sept. 3": a day in each month
    re.IGNORECASE,
)


_COUNTED_OF_YEAR_RE = re.compile(
    rf"(?i)(.*\b(?:\d+|{'|'.join(w for w in NUMBER_WORDS if ' ' not in w and w not in ('a', 'an'))})[\s-]+"
    rf"(?:months|weeks|days))\s+of\s+((?:fiscal\s+)?{_YEAR_RE}|(?:the|this|last)\s+year)"
)


# "the final weeks of 2019", "the chaotic months of 2016": an uncounted stretch and the year it lies in, two
# TIMEX3s as a counted one is (above); as one expression it was a vague length, and the year was lost.
_STRETCH_OF_YEAR_RE = re.compile(
    rf"(?i)((?:the\s+)?(?:[a-z-]+\s+)?(?:days|weeks|months|years))\s+of\s+((?:fiscal\s+)?{_YEAR_RE})"
)


# "two hours Friday", "two days last week": how long, then when, run into one entity by the small
# model; TimeML tags the length and the date apart ("more than four hours" + "Friday").
# "Friday 2012 GOP presidential nominee Mitt Romney campaigned ...": the model runs a weekday into the year of
# the noun phrase after it; a weekday and a bare year make no date together (it had been the year 2012).
_WEEKDAY_THEN_YEAR_RE = re.compile(rf"(?i)((?:(?:on|last|this|next)\s+)?{_WEEKDAY_RE})\s+({_YEAR_RE})")
_LENGTH_THEN_DAY_RE = re.compile(
    rf"(?i)(.*\b{_NUM_RE}[\s-]+(?:seconds?|minutes?|hours?|days?))\s+"
    rf"((?:(?:last|this|next|early|late)\s+)?(?:{_WEEKDAY_RE}|yesterday|today|tonight|tomorrow)\b.*"
    r"|(?:last|this|next)\s+(?:week|weekend|month)\b.*)"
)

# "arrives on November 11, three days later than planned": a day, then after a comma how far it
# lies from another, run into one entity by the small model; two TIMEX3s, the day and the length.
_DAY_THEN_LENGTH_RE = re.compile(
    rf"(?i)(.*(?:\b\d{{1,2}}|{_WEEKDAY_RE}|{_MONTH_RE}\.?|\b{_YEAR_RE}))(?:,|\s+[–—-])\s+"
    rf"((?:a|an|one|a few|several|{_NUM_RE})[\s-]+(?:more\s+)?{_UNIT_RE}(?:\s+(?:later|earlier|early|late))?)"
)


def _split_ranges(span: Span) -> list[Span]:
    """"between 1990 and 1995", "Aug. 26 to Oct. 20", "the quarter ended Sept. 30", "1994, 1995
    and 1997" and "April 24 and 25" are two or more expressions in TimeML; split when every piece
    is temporal or a day of the month named just before it."""
    text = span.text
    if match := (_COUNTED_OF_YEAR_RE.fullmatch(text) or _STRETCH_OF_YEAR_RE.fullmatch(text)
                 or _LENGTH_THEN_DAY_RE.fullmatch(text)
                 or _DAY_THEN_LENGTH_RE.fullmatch(text) or _WEEKDAY_THEN_YEAR_RE.fullmatch(text)):
        # "the first nine months of 1997": a length and the year it lies in, two TIMEX3s.
        first = span.doc.char_span(span.start_char, span.start_char + match.end(1), alignment_mode="contract")
        second = span.doc.char_span(span.start_char + match.start(2), span.end_char, alignment_mode="contract")
        if first is not None and second is not None and len(first) and len(second):
            return [first, second]
    bounds, last = [], 0
    for match in _CONNECTOR_RE.finditer(text):
        if match.start() > last:
            bounds.append((last, match.start()))
        last = match.end()
    if last == 0:
        return [span]
    bounds.append((last, len(text)))
    parts = []
    for start, end in bounds:
        part = span.doc.char_span(span.start_char + start, span.start_char + end, alignment_mode="contract")
        if part is None or not len(part):
            return [span]
        if (not _TEMPORAL_WORD_RE.search(part.text) and not (parts and _continued_day(parts[-1], part) is not None)
                and _length_sharing_unit(part) is None):
            return [span]
        parts.append(part)
    if all(_BARE_PLURAL_UNIT_RE.fullmatch(part.text) for part in parts):
        return [span]  # "within weeks or months", "in recent weeks and months": one vague length
    return parts


_BARE_PLURAL_UNIT_RE = re.compile(
    r"(?i)(?:(?:the|in|recent|past|coming)\s+)*(?:seconds|minutes|hours|days|weeks|months|years|decades)"
)


# The second end of the range, a half included ("15 and 19 1/2 years"); not a point it sets off ("four or five
# years ago" stays one expression).
_SHARED_UNIT_RE = re.compile(
    rf"(?i)\s*(?:-|–|to|and|or)\s+{_NUM_RE}(?:\s+(?:1/2|½|and\s+a\s+half))?[\s-]+({_UNIT_RE})\b"
    r"(?!\s+(?:ago|from\s+now|later|earlier|before|after)\b)"
)


def _length_sharing_unit(span: Span) -> str | None:
    """"60" in "between 60 and 90 days", "two" in "two to six days": the first count of a range of
    lengths, with the unit it shares with the second ("60 days"); TimeML tags each end."""
    if len(span) != 1 or not re.fullmatch(_NUM_RE, span.text, re.IGNORECASE) or span.text.lower() in ("a", "an"):
        return None
    match = _SHARED_UNIT_RE.match(_text_after(span, 40))
    return f"{span.text} {match.group(1)}" if match else None


def _continued_day(previous: Span, span: Span) -> str | None:
    """"25" in "April 24 and 25": the date it stands for ("April 25, 1999" keeps the year)."""
    if not re.fullmatch(r"\d{1,2}", span.text) or not 0 <= span.start - previous.end <= 1:
        return None
    doc = span.doc
    between = doc[previous.end : span.start].text.lower()
    if between not in ("", "and", "or", "to", "through", "-", "–") or (span.end < len(doc) and doc[span.end].pos_ == "NOUN"):
        return None  # "on April 24 and 25 people died" counts people
    match = re.fullmatch(rf"(?:.*\s)?({_MONTH_RE})\s+\d{{1,2}}(,?\s+{_YEAR_RE})?", previous.text, re.IGNORECASE)
    if match is None:
        return None
    return f"{match.group(1)} {span.text}{match.group(2) or ''}"


# Prepositions, and the hedges TimeBank leaves outside a TIMEX3 ("over the weekend", "about three
# days", "just minutes": tune split, see _HEDGE_RE), dropped from the start of a span.
_LEADING_DROPPED = frozenset({"on", "in", "at", "since", "by", "until", "between", "from", "over", "about", "just", "only"})


# TimeBank leaves the article outside a TIMEX3 before a month name, a figure or an ordinal adjective
# (tune split: "the" + month 0 of 15 inside, "the" + number 4 of 15, "a" + ordinal 0 of 8), and
# keeps it before "past", "next", "latest", "quarter", "year".
_DETERMINER_OUTSIDE_RE = re.compile(rf"(?i)(?:{_MONTH_RE}(?:\s|$)|\d|'\d0s|(?:first|second|third|fourth)-)")


def _is_length_then_later(span: Span) -> bool:
    """"Three days later", "a few days later", "a minute and a half later": TimeML tags the length
    and leaves "later" outside as a signal (tune split: 4 of 4), the value staying the length.
    "A year later" keeps its word: it is resolved as a date from the story's reference time."""
    if span[-1].lower_ != "later" or span[-2].lower_.rstrip("s") not in {*UNITS, "half", "centurie"}:
        return False
    return not re.fullmatch(r"(?i)(?:a|one) year later", span.text)


# Words that open a temporal phrase after words that are not part of it.
_PHRASE_OPENERS = frozenset({"a", "an", "the", "last", "next", "this", "that", "several", "few", "early", "late"})


def _after_leading_words(doc: Doc, start: int, end: int) -> int:
    """Where the expression starts once words the model ran into it are dropped: a finite verb
    ("began on Sept. 5 and ended Sept. 9"), or a noun or number before the phrase's opening word
    ("in an interview several months before", "a coup d'etat last year", "up from seven a year
    ago"). TimeBank tags the temporal phrase alone."""
    if end - start > 1 and doc[start].tag_ in ("VBD", "VBZ", "VBP") and not _TEMPORAL_WORD_RE.fullmatch(doc[start].text):
        start += 1
    for k in range(start + 1, min(end - 1, start + 3)):
        if doc[k].lower_ not in _PHRASE_OPENERS:
            continue
        leading = doc[start:k]
        nominal = [t for t in leading if t.lower_ not in ("a", "an", "the")]
        if nominal and all(
            t.pos_ in ("NOUN", "PROPN", "X", "NUM") and t.dep_ != "compound" and not _TEMPORAL_WORD_RE.search(t.text)
            for t in nominal
        ):
            return k
        break
    return start


_BARE_PLURAL_UNITS = frozenset({"seconds", "minutes", "hours", "days", "weeks", "months", "years"})
_HEDGED_POINT_RE = re.compile(r"(?i)(?:at least|at most|no later than) the (?:end|beginning|start|middle|close) of\b")
_EARLIEST_OUTSIDE = frozenset({"as early as", "as soon as", "as late as"})


def _trim(span: Span) -> Span | None:
    """Drop a trailing possessive and leading/trailing punctuation from a span."""
    start, end = span.start, span.end
    doc = span.doc
    while end > start and (
        doc[end - 1].text in _TRAILING_POSSESSIVE
        or doc[end - 1].is_punct
        or doc[end - 1].is_space
        or doc[end - 1].lower_ in {"and", "or", "to", "on", "in", "at", "of", "for", "from", "by", "since"}
    ):
        if doc[end - 1].text == "." and end - start == 1:
            break
        end -= 1
    if end - start > 2 and _is_length_then_later(doc[start:end]):
        end -= 1
    if end - start > 2 and doc[end - 2].text == "," and doc[end - 1].lower_ in _BARE_PLURAL_UNITS:
        end -= 2  # "Friday night, hours after the vote": the gap after the comma is no part of the day
    while start < end and (
        (doc[start].is_punct and not _is_year_apostrophe(doc, start, end))
        or doc[start].is_space
        or (doc[start].text.startswith("@") and len(doc[start]) > 1)  # "(@handle) June 8, 2017" closing an embedded post
        or doc[start].lower_ in _LEADING_DROPPED
        or (doc[start].lemma_.lower() == "last" and doc[start].pos_ in ("VERB", "AUX"))  # "will last two weeks"
    ):
        if doc[start].lower_ == "at" and start + 1 < end and doc[start + 1].lower_ in ("least", "most"):
            break  # "at least 20 years": the hedge belongs to the expression
        start += 1
    if end - start > 3 and doc[start : start + 3].text.lower() in _EARLIEST_OUTSIDE:
        start += 3  # "as early as next year's first quarter": the hedge is a signal, outside the TIMEX3
    if end - start > 4 and _HEDGED_POINT_RE.match(doc[start : start + 5].text):
        start += 2  # "through at least the end of the year": a bound on a point, not a length (it had been P1Y)
    start = _after_leading_words(doc, start, end)
    if end - start > 1 and doc[start].lower_ in ("the", "a", "an") and _DETERMINER_OUTSIDE_RE.match(doc[start + 1 : end].text):
        start += 1  # "the Dec. 21, 1988 meeting", "the 1960s", "a fourth-quarter charge"
    if start >= end:
        return None
    return doc[start:end]


def _is_year_apostrophe(doc: Doc, start: int, end: int) -> bool:
    """The mark of a clipped year or decade ("since '82", "the '90s"), which the tokenizer splits off."""
    return (doc[start].text in ("'", "’") and start + 1 < end and doc[start + 1].idx == doc[start].idx + 1
            and re.fullmatch(r"\d\d|\d0s", doc[start + 1].text) is not None)


# --------------------------------------------------------------------------- tense


_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "going", "gon"})
_MODAL_AUX = frozenset({"would", "could", "may", "might", "should", "can", "must", "ca"})


# Words that introduce a deadline or an effective date: what follows lies ahead of the writing
# whatever the tense of the sentence ("has extended the loans through January").
_DEADLINE_WORDS = frozenset({"by", "until", "till", "through", "effective", "payable", "due", "expires", "expiring",
                             "starting", "beginning"})  # fmt: skip


# A calendar date, weekday or clock time at the start of a span: what a deadline word can govern.
_POINT_START_RE = re.compile(rf"(?i)(?:{_MONTH_RE}|{_WEEKDAY_RE}\b|\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:a\.?m|p\.?m)|noon|midnight)")
# Phrases before a date that put it ahead whatever the tense ("ready to leave as soon as Tuesday").
_EARLIEST_RE = re.compile(r"(?i)\b(?:as (?:soon|early) as|no (?:sooner|later) than|not before)\s*$")


_EFFECTIVE_WORDS = frozenset({"effective", "payable", "due"})


_RANGE_ENDS = frozenset({"through", "to", "until", "till"})


# "prior to" is left out: it is as often a plain "before" in a story told in the past ("prior to Tuesday, he had").
_AHEAD_OPENERS = (("ahead", "of"), ("in", "advance", "of"))
_PHRASE_BREAKS = frozenset({",", ";", ":", "(", ")", "—", "–"})


def _verb_looking_ahead(span: Span) -> Token | None:
    """The verb whose event an "ahead of" / "in advance of" phrase holding ``span`` comes before
    ("released the rules on Monday, in advance of an expected council vote on Wednesday"): the date is the
    later event's. The phrase is found in the words, as the parse often hangs its date on the verb; a verb or a
    comma between the opener and the date ends the phrase ("ahead of meeting him on Monday" has its own event)."""
    doc = span.doc
    start = max(span.sent.start, span.start - 12)
    for i in range(span.start - 1, start - 1, -1):
        token = doc[i]
        if token.text in _PHRASE_BREAKS or (token.pos_ in ("VERB", "AUX") and token.dep_ not in ("amod", "compound")):
            return None
        for opener in _AHEAD_OPENERS:
            if i + len(opener) <= span.start and [t.lower_ for t in doc[i : i + len(opener)]] == list(opener):
                verb = token.head
                return verb if verb.pos_ in ("VERB", "AUX") and verb.i != token.i else None
    return None


def _is_present_perfect(verb: Token) -> bool:
    """"The governor has toured six towns": done as of the writing, so what lies ahead of it lies ahead of the
    writing."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in verb.children)


def _weekday_after(span: Span, result: Resolution, day: date) -> Resolution:
    """"The mayor on Monday released the rules, in advance of a vote on Wednesday": the weekday of the later event
    is the first one after the day its sentence named (it had been the Wednesday before that Monday)."""
    weekday = WEEKDAYS.get(span.text.lower().rstrip("."))
    if weekday is None or result.value is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", result.value):
        return result
    if date.fromisoformat(result.value) >= day:
        return result
    return Resolution(resolve_weekday(day, weekday, "future", strict=True).isoformat(), "day")


def _is_since(span: Span) -> bool:
    """"have seized six cities since Friday": the start of a stretch that runs up to now lies behind
    the writing, whatever the verb ("allowing them to seize ... since Friday" had looked ahead)."""
    return span.start > 0 and span.doc[span.start - 1].lower_ == "since" and bool(_POINT_START_RE.match(span.text))


def _in_since_phrase(span: Span) -> bool:
    """"the worst fall since the reopening of the markets following the September 11th attacks": a date
    inside the noun phrase a "since" opens is behind the writing too, however deep (the governing verb
    lies too far up the tree to give a tense, and a bare year-less date had become this year's, ahead)."""
    if not _POINT_START_RE.match(span.text):
        return False
    token = span.root
    for _ in range(8):
        head = token.head
        if head.i == token.i or (head.pos_ in ("VERB", "AUX") and head.dep_ != "prep"):
            return False
        if head.lower_ == "since" and head.dep_ == "prep":
            return True
        token = head
    return False


_POSSESSIVE_YEAR_RE = re.compile(r"(?i)^(last|this|next) year['’]s\s+")


def _in_possessive_year(span: Span, result: Resolution, anchor: Anchor,
                        previous: tuple[Span, Resolution] | None) -> Resolution:
    """"last year's Christmas visit", "next year's Thanksgiving parade", "2016's November election":
    a day or month owned by a year is in that year, not the one nearest the writing (all had been
    this year's). The year is read from the span itself or from the expression before its "'s"."""
    if anchor.dct is None or result.value is None or not re.match(r"\d{4}-\d{2}", result.value):
        return result
    text = span.text
    if match := _POSSESSIVE_YEAR_RE.match(text):
        year = anchor.dct.year + {"last": -1, "this": 0, "next": 1}[match.group(1).lower()]
        rest = text[match.end():]
    elif (previous is not None and span.start > 0 and span.doc[span.start - 1].text in ("'s", "’s")
          and previous[0].end == span.start - 1 and previous[1].value is not None
          and re.fullmatch(r"\d{4}", previous[1].value)
          and (re.search(r"(?i)\b(?:last|this|next|previous|coming)\b", previous[0].text)
               or re.fullmatch(r"\d{4}", previous[0].text))):
        year, rest = int(previous[1].value), text
    else:
        return result
    if result.value.startswith(f"{year:04d}"):
        return result
    owned = normalise(rest, replace(anchor, dct=date(year, 1, 1), tense="future"))
    return owned if owned.value is not None and owned.value.startswith(f"{year:04d}") else result


_SAME_PERIOD_YEAR_BEFORE_RE = re.compile(
    r"(?i)(?:the\s+)?(?:same|comparable|corresponding)\s+(?:period|month|quarter|season|time)"
    r"(?:\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier|before)|the\s+(?:previous|prior)\s+year))"
)
# Values that keep their meaning a year back: a year, or a month, quarter, half or season of one.
_PERIOD_OF_YEAR_RE = re.compile(r"\d{4}(?:-(?:\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI))?")


def _same_period_year_before(span: Span, result: Resolution,
                             previous: tuple[Span, Resolution] | None) -> Resolution:
    """"Sales rose 43% in February compared to the same period last year": the period the sentence
    has just named (February), a year back, not the whole of last year."""
    if previous is None or previous[0].sent.start != span.sent.start or previous[1].value is None:
        return result
    if not _SAME_PERIOD_YEAR_BEFORE_RE.fullmatch(span.text) or not _PERIOD_OF_YEAR_RE.fullmatch(previous[1].value):
        return result
    value = previous[1].value
    return Resolution(f"{int(value[:4]) - 1:04d}{value[4:]}", previous[1].grain)


def _indefinite_weekday(span: Span, result: Resolution) -> Resolution:
    """"Appearing before the judge on a Wednesday morning": some Wednesday, not the one nearest the
    writing (TimeML XXXX-WXX-3, with its part of day)."""
    if span.start == 0 or span.doc[span.start - 1].lower_ not in ("a", "one") or result.value is None:
        return result
    root, doc = span.root, span.doc
    if not span.start <= doc[span.start - 1].head.i < span.end or (
        root.dep_ in ("compound", "nmod", "amod") and root.head.pos_ in ("NOUN", "PROPN")
    ) or (span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN")):
        return result  # "a Sunday night memorial service", "a Monday night Times report": the article is the noun's
    weekday = WEEKDAYS.get(span[0].lower_.rstrip("."))
    if weekday is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}(T[A-Z]{2})?", result.value):
        return result
    return Resolution(f"XXXX-WXX-{weekday + 1}{result.value[10:]}", result.grain, result.type)


def _weekday_of_a_kind(span: Span, result: Resolution) -> Resolution:
    """"appeared on the Sunday shows", "Sunday worship services": a bare weekday before a plural noun names a
    kind of thing that recurs on that weekday (TimeML's set ``XXXX-WXX-7``), not the one nearest the writing
    (shows of 2012 had been dated the Sunday before a 2014 article). "His Sunday tweets" keeps its day."""
    weekday = WEEKDAYS.get(span.text.lower().rstrip("."))
    if weekday is None or len(span) != 1 or result.value is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", result.value):
        return result
    noun = span.root.head
    kinds = {noun.lemma_.lower()}
    while noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.pos_ == "NOUN":
        noun = noun.head  # "Sunday talk show appearances": up to the noun the compounds modify
        kinds.add(noun.lemma_.lower())
    if span.root.dep_ != "compound" or noun.tag_ != "NNS" or any(c.dep_ == "poss" for c in noun.children):
        return result
    if not kinds & _WEEKLY_KINDS:
        return result  # "The Friday explosions", "a pair of Wednesday deadlines": events of one day
    return Resolution(f"XXXX-WXX-{weekday + 1}", "day", "SET")


# What a weekday names as a recurring kind: a programme's slot and a weekly service or work shift.
_WEEKLY_KINDS = frozenset({"show", "program", "programme", "broadcast", "newscast", "edition", "service", "sermon",
                           "shift"})


def _since_behind(span: Span, result: Resolution, anchor: Anchor) -> Resolution:
    """"Shares have risen since Oct. 11", written on Sept. 20: the start of a stretch that runs up
    to the writing lies before it, so a year-less date after the DCT is last year's (the past tense
    alone keeps dates a few weeks ahead, for deadlines; "since" admits none)."""
    if anchor.dct is None or result.value is None or re.search(_YEAR_RE, span.text):
        return result
    if not (_is_since(span) or _in_since_phrase(span)):
        return result
    match = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", result.value)
    if match is None:
        return result
    year, month, day = int(match.group(1)), int(match.group(2)), int(match.group(3) or 1)
    if not _valid(year, month, day) or date(year, month, day) <= anchor.dct or not _valid(year - 1, month, day):
        return result
    return replace(result, value=f"{year - 1:04d}" + result.value[4:])


def _is_deadline(span: Span) -> bool:
    # A holiday is a point too: "a goal to have 160 million adults vaccinated by Independence Day".
    if span.start == 0 or not (_POINT_START_RE.match(span.text) or _holiday(_clean(span.text), 2000) is not None):
        return False
    return span.doc[span.start - 1].lower_ in _DEADLINE_WORDS and not _is_range_end(span)


def _ends_a_stretch_or_deadline(span: Span) -> bool:
    """"funded through Dec. 3", "a motion by July 31": the day something lasts to or is due by. The story's events
    are not told on it, so a later clock time without a day ("must sign the bill before midnight") does not take it."""
    return _is_deadline(span) and span.doc[span.start - 1].lower_ in ("by", "until", "till", "through")


def _reached_by_a_past_weekday(span: Span, tense: str | None) -> bool:
    """"By Friday, the company had sold 300 cars", "by Tuesday, 37% of adults were vaccinated": a state reached
    by a weekday, told in the past, was reached by the last such day (nearest had put it in the days after
    the writing when they were closer)."""
    if tense != "past" or span.doc[span.start - 1].lower_ != "by" or span.text.lower().rstrip(".") not in WEEKDAYS:
        return False
    verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    # the verb itself in the past ("sold", "had sold", "were vaccinated"), not a past read into a bare
    # participle ("if Congress can ... have it signed into law by Tuesday")
    return verb is not None and (verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children))


def _is_range_end(span: Span) -> bool:
    """"from January through March", "between May 2 and June 5": the second date of a range."""
    if span.start == 0:
        return False
    word = span.doc[span.start - 1]
    return word.lower_ in (*_RANGE_ENDS, "and") and any(
        t.lower_ in ("from", "between") for t in span.doc[max(span.sent.start, word.i - 6) : word.i]
    )


_YEARLESS_RE = re.compile(r"^(\d{4})(-\d{2}(?:-\d{2})?)$")


def _after_range_start(span: Span, result: Resolution, previous: tuple[Span, Resolution] | None) -> Resolution:
    """The end of a range without a year takes the year that puts it after the range's start
    ("covers the period from January through March" written in September: March of the same year
    as January; "from Nov. 20 to Jan. 15": the January after)."""
    if previous is None or not _is_range_end(span) or re.search(r"\d{4}|'\d\d", span.text):
        return result
    start_span, start = previous
    if start_span.sent.start != span.sent.start or start.value is None or result.value is None:
        return result
    first, end = _YEARLESS_RE.match(start.value), _YEARLESS_RE.match(result.value)
    if first is None or end is None:
        return result
    year = int(first.group(1)) + (1 if end.group(2) < first.group(2) else 0)
    return replace(result, value=f"{year:04d}{end.group(2)}")


def _is_earliest(span: Span) -> bool:
    before = span.doc[max(0, span.start - 4) : span.start].text
    return bool(_EARLIEST_RE.search(before))


def governing_tense(span: Span) -> Tense | None:
    """Tense of the verb that governs ``span`` ("said on Tuesday" -> past, "will meet on Tuesday" -> future)."""
    if dates_the_report_before(span):
        return "past"
    token = span.root
    through_noun = False
    from_subject = False
    participle: Token | None = None
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass") and not _is_participle_preposition(token) \
                and not _is_would_be(token):
            reported = (_clause_reported_after(token) if participle is not None and participle.i > token.i
                        and participle.lemma_.lower() not in _SPEAKING_LEMMAS else None)
            if reported is not None:
                # "Biden will head to Europe, the White House announced Friday, traveling in mid-June": the
                # participle after a report set after its clause goes on with what was reported, not the report
                return _verb_tense(reported)
            tense = _verb_tense(token)
            if tense == "future" and through_noun and _is_progressive(token):
                # "Despite a jobless rate of 6.1% in April, employers are reporting ...": the plan
                # reading of "are ...ing" is for dates of the verb, not of a noun in its clause.
                tense = "present"
            if tense == "future" and from_subject and token.tag_ == "VBD":
                # "a fifth of small companies in February planned to add jobs": a date in the subject
                # is not what was planned (it had been next February).
                tense = "past"
            if tense is not None or not _is_nonfinite_clause(token):
                return tense
            # "was found floating ... on Thanksgiving Day": a participle takes the tense of its clause.
            participle = token
        if token.i != span.root.i and token.pos_ in ("NOUN", "PROPN"):
            through_noun = True
        from_subject = from_subject or token.dep_ in ("nsubj", "nsubjpass")
        if token.head.i == token.i:
            return None
        token = token.head
    return None


# Verbs of reporting a date right after them belongs to: "said Monday", "announced on Friday".
_REPORTING_VERBS = frozenset({
    "say", "tell", "announce", "report", "confirm", "add", "write", "warn", "state", "reveal", "acknowledge",
    "admit", "deny", "insist", "argue", "explain", "disclose", "testify", "predict", "estimate", "signal",
})  # fmt: skip


def dates_the_report_before(span: Span) -> bool:
    """"The company said Monday it would close the plant": a date right after a past reporting verb
    is when it was said, however the parse hangs it (it had taken the tense of "would close", so next
    Monday). "said Monday's vote ..." is a date in what was said."""
    doc = span.doc
    i = span.start - 1 if span.start > 0 and doc[span.start - 1].lower_ == "on" else span.start
    if i == 0:
        return False
    verb = doc[i - 1]
    after = doc[span.end] if span.end < len(doc) else None
    return (verb.tag_ == "VBD" and verb.lemma_.lower() in _REPORTING_VERBS
            and not (after is not None and after.text in ("'s", "’s")))


def _is_would_be(token: Token) -> bool:
    """"a warning to would-be migrants on Monday": the tagger splits the adjective "would-be" into a modal and
    a verb, whose "would" made the date's verb a future one (next Monday)."""
    doc = token.doc
    return (token.lower_ == "be" and token.i >= 2 and doc[token.i - 1].text in ("-", "\u2010", "\u2011")
            and doc[token.i - 2].lower_ == "would")


def _is_participle_preposition(token: Token) -> bool:
    """"beginning in July, rumors began", "based on an interview in March", "following Floyd's death Monday": a
    participle used as a preposition has no tense, so the verb above it places the date (these had taken the
    nearest July, March or Monday, often ahead). "according to a filing on Wednesday" names a source: the verb
    above it says nothing of when the filing was made. So does "followed by" or "preceded by" in a schedule ("will
    travel to London on June 11, followed by a trip to Brussels on June 14": the trip lies ahead as well)."""
    if token.dep_ == "prep":
        return token.lower_ != "according"
    return (token.tag_ == "VBN" and token.lemma_.lower() in ("follow", "precede")
            and any(c.dep_ == "agent" for c in token.children)
            and not any(c.dep_ in ("aux", "auxpass") for c in token.children))


# Participles of speaking go on with the report, not with what it reports: "officials said, citing a memo from
# March", "a spokesman said Friday, speaking to reporters in March".
_SPEAKING_LEMMAS = _REPORTING_VERBS | frozenset({"cite", "speak", "note", "refer", "point", "call", "describe",
                                                  "respond", "reply", "answer", "urge", "quote", "ask"})


def _clause_reported_after(verb: Token) -> Token | None:
    """The verb of the clause a past reporting verb reports when the report comes after it ("Biden will
    head to Europe, the White House announced Friday"), else ``None``."""
    if verb.tag_ != "VBD" or verb.lemma_.lower() not in _REPORTING_VERBS:
        return None
    if verb.dep_ in ("conj", "parataxis") and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX"):
        return verb.head
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)


def _decade_with_apostrophe(span: Span, result: Resolution) -> Resolution:
    """"in the 1940's", "the early 1990's": a decade written with an apostrophe, which the tokenizer
    splits off as a possessive; "1990's budget" stays the year's."""
    doc = span.doc
    if result.grain != "year" or result.value is None or not re.fullmatch(r"\d{3}0", result.value):
        return result
    if span.end >= len(doc) or doc[span.end].text not in ("'s", "’s"):
        return result
    openers = ("the", "early", "late", "mid", "mid-")
    if span[0].lower_ not in openers and (span.start == 0 or doc[span.start - 1].lower_ not in openers):
        return result
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return result
    return Resolution(result.value[:3], "decade")


# Events nobody schedules: a date naming one ("the Jan. 6 riot", "the attack on Sept. 11") names one
# that has happened, whatever the tense around it ("would be the sequel to the deadly Jan. 6 riot").
# Elections, deadlines, hearings and anniversaries are named by their dates ahead of time.
SUDDEN_EVENTS = frozenset({
    "attack", "riot", "insurrection", "shooting", "bombing", "crash", "explosion", "blast", "earthquake", "quake",
    "killing", "murder", "massacre", "siege", "assault", "coup", "collapse", "uprising", "breach", "hack", "stabbing",
    "ambush", "derailment", "spill", "outage", "raid", "rampage", "mutiny", "invasion", "landslide", "mudslide",
    "tornado", "shootout", "carjacking", "kidnapping", "abduction", "arson", "crackdown", "overdose",
})  # fmt: skip
# An incident is one too when a day names it in the possessive ("Wednesday's ugly incident"); after it a date may be
# the clause's ("ignored questions about the incident on Sunday" was asked on Sunday), so it is not on the list above.
_SUDDEN_EVENTS_NAMED_BY_A_DAY = SUDDEN_EVENTS | {"incident"}


def _names_a_sudden_event(span: Span) -> bool:
    """The date modifies a noun of an unscheduled event: "the deadly Jan. 6 riot", "the riot of Jan. 6",
    "Wednesday's attack" (read as the coming Wednesday under "Readers will find a reference to ...")."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in ("of", "on"):
        head = head.head
    elif root.dep_ not in ("nmod", "compound", "npadvmod", "amod", "poss") or head.i < root.i:
        return False
    events = _SUDDEN_EVENTS_NAMED_BY_A_DAY if root.dep_ == "poss" else SUDDEN_EVENTS
    return head.pos_ == "NOUN" and head.lemma_.lower() in events


# Nouns and verbs of going back over an event: what they go over has happened ("an audit of the November
# election", "sought to overturn the November election"). Not "results", "outcome" or "certification", which
# are awaited as often ("the results of the November election will be certified in December").
_LOOKING_BACK_NOUNS = frozenset({
    "audit", "recount", "aftermath", "review", "investigation", "inquiry", "probe", "autopsy", "post-mortem",
    "footage", "wreckage",
})  # fmt: skip
_LOOKING_BACK_VERBS = frozenset({"audit", "recount", "overturn", "decertify", "investigate", "probe", "relitigate",
                                 "revisit"})  # fmt: skip


def _names_an_event_looked_back_on(span: Span) -> bool:
    """The date modifies a noun ("the November election", "the election in November") that an audit, a recount or
    the results go over, which it has happened before: written in May, "a recount of the November election" is the
    November before (a bare month half a year ahead had been this year's, the coming one)."""
    root = span.root
    event = root.head
    if root.dep_ == "pobj" and event.lower_ in ("in", "of", "on"):
        event = event.head
    elif root.dep_ not in ("nmod", "compound", "amod") or event.i < root.i:
        return False
    if event.pos_ != "NOUN":
        return False
    governor = event.head
    if event.dep_ == "pobj" and governor.lower_ in ("of", "from", "into"):
        noun = governor.head
        return noun.pos_ == "NOUN" and noun.lemma_.lower() in _LOOKING_BACK_NOUNS
    return event.dep_ == "dobj" and governor.pos_ == "VERB" and governor.lemma_.lower() in _LOOKING_BACK_VERBS


def _weekday_of_a_vote(span: Span) -> bool:
    """"The Senate voted to advance the bill on Wednesday": a vote does what it votes for, so a weekday on
    the infinitive is the day of the vote (it had been next Wednesday). A month or a date further off
    keeps the plan reading ("voted to hold the election in December")."""
    if not re.fullmatch(rf"(?i)(?:on\s+)?{_WEEKDAY_RE}", span.text):
        return False
    head = span.root.head
    verb = head.head if head.dep_ == "prep" and head.lower_ == "on" else head
    governor = verb.head
    return (verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
            and governor.lemma_.lower() == "vote" and governor.tag_ == "VBD")


def _dates_a_simple_past(span: Span) -> bool:
    """"In October, the board approved ...", "He resigned on Oct. 3": the date hangs (through "in", "on" or
    "during", or bare) from a verb in the simple past, so it is when that event happened, not a
    deadline or plan the verb reported ("extended the offer to Nov. 20", "agreed to meet in December")."""
    head = span.root.head
    if head.dep_ == "prep" and head.lower_ in ("in", "on", "during"):
        head = head.head
    elif span.root.dep_ != "npadvmod":
        return False
    return head.tag_ == "VBD" and head.pos_ == "VERB" and not any(c.dep_ in ("aux", "auxpass") for c in head.children)


def _is_progressive(verb: Token) -> bool:
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "'re", "am") for c in verb.children)


# Verbs whose present tense reports what someone said or holds, not a scheduled event
# ("says Monday", "is Friday's edition").
_REPORTING_LEMMAS = frozenset({"say", "tell", "report", "announce", "confirm", "deny", "add", "note", "claim",
                               "insist", "warn", "write", "state", "explain", "be", "have", "want", "think"})  # fmt: skip

# Verbs whose past tense is spelled as the present: a plural subject leaves the tense unknown.
_SAME_PAST_FORM = frozenset({"hurt", "cut", "set", "put", "hit", "let", "cost", "quit", "shut", "spread", "cast",
                             "beat", "bet", "burst", "split", "shed", "upset", "read", "bid", "rid"})  # fmt: skip


_SCHEDULE_LEMMAS = frozenset({"take", "begin", "start", "open", "close", "end", "expire", "resume", "reopen", "launch",
                              "meet", "convene", "reconvene", "arrive", "leave", "hold", "vote"})  # fmt: skip


def _is_scheduled_date(span: Span) -> bool:
    """"He and Arafat meet separately Monday", "the law takes effect Jan. 1": news writes a
    scheduled event in the present simple with a bare weekday or date, which then lies ahead.
    Reporting verbs and a possessive ("follows Tuesday's decision") are left alone."""
    starts = rf"(?:{_WEEKDAY_RE}|{_MONTH_RE})(?:\s|$)"
    if not re.match(starts, span.text, re.IGNORECASE) or span.root.dep_ == "poss":
        return False
    if span.end < len(span.doc) and span.doc[span.end].text in _TRAILING_POSSESSIVE:
        return False
    verb = span.root.head
    if verb.dep_ == "prep" or verb.tag_ == "IN":
        verb = verb.head  # "meet on Monday"
    verb = _verb_of_misattached_weekday(span, verb)
    if verb.tag_ == "VBP" and verb.lower_ in _SAME_PAST_FORM:
        return False  # "other stocks hurt the index on Friday" is as likely past
    if verb.tag_ not in ("VBZ", "VBP") or verb.lemma_.lower() in _REPORTING_LEMMAS:
        return False
    # With a month, only verbs of a start or an end: "the figures cover January to June" is no plan.
    return bool(re.match(rf"{_WEEKDAY_RE}(?:\s|$)", span.text, re.IGNORECASE)) or verb.lemma_.lower() in _SCHEDULE_LEMMAS


def _verb_of_misattached_weekday(span: Span, head: Token) -> Token:
    """"Newsom heads into the Golden State recall Tuesday": the parse hangs the bare weekday on the verb's
    object, but an object noun takes no adverb of time, so the weekday dates the verb ("heads")."""
    if span.root.dep_ != "npadvmod" or head.pos_ not in ("NOUN", "PROPN") or head.dep_ not in ("dobj", "pobj"):
        return head
    verb = head.head.head if head.dep_ == "pobj" else head.head
    return verb if verb.pos_ in ("VERB", "AUX") else head


def _is_nonfinite_clause(verb: Token) -> bool:
    """A present participle without auxiliaries that hangs off another verb ("found floating"), or off a
    preposition of time that does ("Before adjourning on Friday, the judge reminded ...")."""
    has_aux = any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    if verb.tag_ != "VBG" or has_aux:
        return False
    return verb.dep_ in ("xcomp", "advcl", "conj", "acl") or _is_gerund_of_time(verb)


# Prepositions whose gerund happens at about the time of the clause it hangs on ("after meeting on Friday,
# they issued", "upon landing on Monday, she said"); "ahead of"/"in advance of" look ahead of it (see
# _verb_looking_ahead), "to" mostly opens a plan ("committed to holding a vote on Friday") and "on" follows a
# verb ("wasn't planning on writing one after Wednesday's town hall").
_GERUND_TIME_PREPOSITIONS = frozenset({"before", "after", "upon", "while", "when", "since", "without"})


def _is_gerund_of_time(verb: Token) -> bool:
    """A gerund after "before"/"after"/"upon"/... on a finite verb in the past or the future: the gerund has no
    tense of its own, so a date in it takes the verb's ("Before adjourning on Friday, the judge reminded the jurors",
    written on a Wednesday, is the Friday before; it had been read without a tense, so the coming Friday). A present
    ("After calling a meeting Sunday night, the governor is looking for a way forward") or an infinitive ("decided
    to move forward after attending the parade") say nothing of when the gerund's day fell."""
    opener = verb.head
    if verb.dep_ != "pcomp" or opener.pos_ != "ADP" or opener.lower_ not in _GERUND_TIME_PREPOSITIONS:
        return False
    clause = opener.head
    if clause.i == opener.i or clause.pos_ not in ("VERB", "AUX") or any(c.tag_ == "TO" for c in clause.children):
        return False
    return _verb_tense(clause) in ("past", "future") and not _is_progressive(clause)  # "is looking": now, or a plan


# Verbs of planning and scheduling: the date they govern lies ahead of the plan ("planned a
# demonstration on Saturday", "is scheduled to close Monday").
_PLAN_LEMMAS = frozenset({"plan", "schedule", "slate", "set", "expect", "intend", "due", "aim", "prepare"})


# Verbs whose infinitive is a deed still to come when the verb was said ("vowed to block").
_COMMITMENT_LEMMAS = frozenset({"vow", "promise", "pledge", "threaten", "intend", "plan", "hope", "aim", "agree",
                                "decide", "vote", "resolve", "commit", "undertake", "swear", "offer"})  # fmt: skip


def _is_plan_verb(verb: Token, auxes: list[Token]) -> bool:
    lemma = verb.lemma_.lower()
    if any(a.lower_ == "had" for a in auxes) or any(c.lower_ == "had" for c in verb.head.children if verb.dep_ == "acomp"):
        return False  # "had been scheduled to expire Friday": a plan that was overtaken
    if _is_comparison_clause(verb):
        return False  # "prices jumped more than expected in May", "went as planned": no plan ahead
    if lemma in ("plan", "schedule"):
        return True
    if lemma not in _PLAN_LEMMAS or verb.tag_ == "VBD":
        return False
    if verb.tag_ == "VBN" and not auxes and verb.dep_ in ("acl", "relcl"):
        # "the record high set on Aug. 6" reports the past; "a vote set for Friday" looks ahead.
        return any(c.lower_ in ("for", "to") for c in verb.children)
    return True


def _is_comparison_clause(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ("than", "as") for c in verb.children)


def _verb_tense(verb: Token) -> Tense | None:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not auxes and verb.tag_ == "VBN" and _is_comparison_clause(verb) and verb.head.i != verb.i:
        # "the demolition went exactly as planned around 10:30 p.m. Sunday": the time is the
        # event's, and the event takes the tense of the verb the comparison modifies.
        return _verb_tense(verb.head)
    lowers = {a.lower_ for a in auxes}
    if _is_plan_verb(verb, auxes):
        return "future"
    if lowers & {"has", "have", "'ve"} and "been" in lowers and verb.tag_ == "VBG":
        return "past"  # "have been searching since Oct. 23"
    if lowers & _FUTURE_AUX:
        return "future"
    if any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if any(a.lower_ in {"has", "have", "'ve", "'s"} and verb.tag_ == "VBN" for a in auxes):
        return "past"
    if lowers & {"would", "should", "must"}:
        return "future"
    if "to" in lowers and verb.dep_ in ("xcomp", "advcl", "ccomp") and verb.head.i != verb.i:
        # "plans to meet on Friday": the planning verb's tense places it; what someone vowed or
        # promised to do lies after the vow, whenever that was ("vowed on Monday to block the bill
        # in December").
        if verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in _COMMITMENT_LEMMAS:
            return "future"
        return "future" if _verb_tense(verb.head) in ("future", "present") else None
    if lowers & _MODAL_AUX:
        return None
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBG" and lowers & {"is", "are", "'re", "am"}:
        return "future"  # "is meeting on Friday" plans ahead
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl", "advcl", "ROOT") and not auxes:
        # "the decision, announced Wednesday by ..." reports a done deed; a main verb with no
        # auxiliary tagged as a participle is a simple past ("Trump lost to Biden in a November
        # election") or a headline's passive ("Suspect arrested Monday").
        return "past"
    if verb.dep_ == "conj" and not auxes and verb.tag_ in ("VB", "VBN") and verb.head.pos_ in ("VERB", "AUX"):
        # "will fly to Kyiv on Tuesday and return Sunday", "was arrested and charged Monday": a
        # conjoined verb without auxiliaries of its own shares those of the first verb.
        return _verb_tense(verb.head)
    return None


# --------------------------------------------------------------------------- normalisation


def normalise(text: str, anchor: Anchor) -> Resolution:
    """Normalise one temporal expression's text to a TimeML-style value."""
    cleaned = _clean(text)
    # "mid-afternoon yesterday", "late morning Friday": the day first, as the day rules read it.
    cleaned = re.sub(rf"^(?:early |late |mid |the )?(morning|afternoon|evening|night) ((?:yesterday|today|tomorrow|{_WEEKDAY_RE})$)",
                     r"\2 \1", cleaned)
    words = cleaned.split(" ")
    # Whole text first; then without leading words ("earlier Sunday", "d'etat last year"),
    # then without trailing ones ("10 p.m. wednesday" is read by the time rule as a whole).
    shorter = (" ".join(words[i:]) for i in range(1, len(words)))
    for variant in [cleaned, *(v for v in shorter if not _is_bare_unit(v))]:
        for rule in _RULES:
            result = rule(variant, anchor)
            if result is not None:
                return result
    return Resolution(None, "unknown", "DATE", NOT_NORMALISED)


_SPELLED_DAY_RE = re.compile(
    rf"\b({_MONTH_RE}) ({'|'.join(sorted((o for o in ORDINALS if not o[0].isdigit()), key=len, reverse=True))})\b"
)
# "the tenth of September": the day before its month, as in British and spoken English.
_SPELLED_DAY_OF_RE = re.compile(
    rf"^(?:the )?({'|'.join(sorted((o for o in ORDINALS if not o[0].isdigit()), key=len, reverse=True))}) of ({_MONTH_RE})"
)
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
# Years as broadcast transcripts spell them: "nineteen ninety-four", "two thousand (and) one".
_SPELLED_YEAR_RE = re.compile(
    rf"\b(?:(?:nineteen|eighteen|twenty) (?:(?:{_TENS})(?:[- ](?:{_UNITS_WORDS}))?|{_TEENS}|hundred)"
    rf"|two thousand(?: (?:and )?(?:(?:{_TENS})(?:[- ](?:{_UNITS_WORDS}))?|{_TEENS}|{_UNITS_WORDS}))?)\b"
)


def _spelled_year(text: str) -> int:
    words = text.replace("-", " ").replace(" and ", " ").split()
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(NUMBER_WORDS[w] for w in words[2:])
    century = NUMBER_WORDS[words[0]] * 100
    rest = words[1:]
    return century if rest == ["hundred"] else century + sum(NUMBER_WORDS[w] for w in rest)


def _is_bare_unit(text: str) -> bool:
    """A lone "day" or "the year" left after dropping words carries no value of its own."""
    return bool(re.fullmatch(rf"(?:the |a |an )?{_UNIT_RE}", text))


# A pure function of the span text, asked for the same text by several rules of one mention (15,837 calls for
# 1,527 texts over 400 articles): each call ran its two dozen substitutions again.
@lru_cache(maxsize=4096)
def _clean(text: str) -> str:
    text = text.lower().replace("’", "'").replace("–", "-").replace("—", "-")
    text = re.sub(r"\s+", " ", text).strip(" ,.;:()")
    # "Oct. 5th" is Oct. 5, but "the 15th week of pregnancy" is no length of 15 weeks.
    text = re.sub(r"(\d)(st|nd|rd|th)\b(?! (?:second|minute|hour|day|week|month|quarter|year)s?\b)", r"\1", text)
    text = re.sub(r"^(early|late|mid|pre|post)-(?=[a-z\d])", r"\1 ", text)
    text = _SPELLED_DAY_RE.sub(lambda m: f"{m.group(1)} {ORDINALS[m.group(2)]}", text)
    text = _SPELLED_DAY_OF_RE.sub(lambda m: f"{m.group(2)} {ORDINALS[m.group(1)]}", text)
    text = re.sub(rf"^({_MONTH_RE}),? of (last|this|next) year$", r"\1 \2 year", text)  # "March of last year"
    text = re.sub(rf"^({_MONTH_RE}) the (\d{{1,2}})\b", r"\1 \2", text)  # "August the 31st", as spoken
    text = re.sub(rf"^({_MONTH_RE}) (\d{{1,2}}),? of (last|this|next) year$", r"\1 \2 \3 year", text)
    text = re.sub(r"^every single\b", "every", text)  # "every single day"
    text = re.sub(r"^single-(?=(?:day|week|month|year)$)", "one-", text)  # "the worst single-day drop"
    text = _SPELLED_YEAR_RE.sub(lambda m: str(_spelled_year(m.group(0))), text)
    text = re.sub(r"'s$", "", text)
    text = re.sub(r" or so\b", "", text)
    text = re.sub(rf"\b({_UNIT_RE}) (?:or|and) {_UNIT_RE}$", r"\1", text)  # "weeks or months": the first
    text = re.sub(rf"\b(?:an additional|another|an extra) (?={_UNIT_RE}\b)", "1 ", text)
    text = re.sub(rf"\b(?:more|additional|straight|consecutive) (?={_UNIT_RE}\b)", "", text)  # "20 more years"
    text = re.sub(rf"\b(?:a|an|one) ({_UNIT_RE}) and a half\b", r"1.5 \1", text)  # "a minute and a half"
    text = _HALF_COUNT_RE.sub(_half_count, text)  # "two and a half years", "2 1/2 hours"
    text = re.sub(r"\b(trading|business|working|calendar|school) (days?|weeks?|years?)\b", r"\2", text)
    text = re.sub(r"\bfiscal-", "fiscal ", text)
    text = re.sub(r"\byear end\b", "year-end", text)
    text = re.sub(r"\b(?:rest|remainder|balance) of the (year|month|week|quarter|decade|century)$", r"rest of this \1", text)  # "the rest of the year"
    text = re.sub(rf"^({_MONTH_RE}) month$", r"\1", text)  # "found in April month" (South Asian English)
    text = re.sub(r"^([01]\d|2[0-3])([0-5]\d)(?= (?:gmt|utc)\b)", r"\1:\2", text)  # "0800 GMT": a clock
    return text


_HALF_COUNT_RE = re.compile(rf"\b({_NUM_RE}) (?:and a half|1/2) (?={_UNIT_RE}\b)")


def _half_count(match: re.Match[str]) -> str:
    count = _count(match.group(1))
    return match.group(0) if count is None else f"{count + 0.5:g} "


@lru_cache(maxsize=4096)  # pure, and asked again for the same text by each rule: as _clean
def _strip_modifiers(text: str) -> str:
    changed = True
    while changed:
        changed = False
        for word in MODIFIERS:
            if text.startswith(word + " ") or (word.endswith("-") and text.startswith(word)):
                text = text[len(word) :].lstrip(" -")
                changed = True
    return text


def _needs_dct(anchor: Anchor) -> Resolution | None:
    return None if anchor.dct is not None else Resolution(None, "unknown", "DATE", NO_DCT)


# ----- vague references


def _rule_refs(text: str, anchor: Anchor) -> Resolution | None:
    if match := re.fullmatch(rf"(?:in )?(?:the )?(?:most )?recent ({_UNIT_RE})|(?:the )?({_UNIT_RE}) ahead", text):
        # "in recent years", "the weeks ahead": a stretch of unknown length (PXY, PXW).
        unit = match.group(1) or match.group(2)
        if unit.endswith("s") or unit in ("centuries", "millennia"):
            value = _duration_value(unit)
            if value:
                return Resolution(value, "duration", "DURATION")
    if re.fullmatch(rf"(?:a|one) (?:recent|past) (?:morning|afternoon|evening|night|day|weekend|{_WEEKDAY_RE})", text):
        # "on a recent afternoon": some day before the writing, not the day of it.
        return Resolution("PAST_REF", "unknown")
    if text in PRESENT_WORDS:
        return Resolution("PRESENT_REF", "unknown")
    if text in PAST_WORDS:
        return Resolution("PAST_REF", "unknown")
    if text in FUTURE_WORDS:
        return Resolution("FUTURE_REF", "unknown")
    return None


# ----- sets


_SET_WORDS: dict[str, str] = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y", "annual": "P1Y",
    "quarterly": "P1Q", "hourly": "PT1H", "nightly": "TNI", "biweekly": "P2W", "fortnightly": "P2W",
    "per year": "P1Y", "a year": "P1Y", "per day": "P1D", "a day": "P1D", "per week": "P1W",
    "a week": "P1W", "a month": "P1M", "per month": "P1M", "per hour": "PT1H", "an hour": "PT1H",
}  # fmt: skip


def _rule_sets(text: str, anchor: Anchor) -> Resolution | None:
    if text in ("daily", "weekly", "monthly", "yearly", "annually", "quarterly", "hourly", "nightly", "biweekly"):
        return Resolution(_SET_WORDS[text], "set", "SET")
    if match := re.fullmatch(r"(?:on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s? "
                             r"(morning|afternoon|evening|night)s", text):  # fmt: skip
        # "Tuesday nights": every Tuesday night
        return Resolution(f"XXXX-WXX-{WEEKDAYS[match.group(1)] + 1}T{PARTS_OF_DAY[match.group(2)]}", "set", "SET")
    match = re.fullmatch(r"(?:every|each)(?: other)? (.+)", text) or re.fullmatch(
        r"(?:on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s", text
    )
    if match is None:
        match = re.fullmatch(r"(?:once|twice|\w+ times) (?:a|an|per|every|each) (.+)", text)
    if match is None:
        return None
    rest = match.group(1)
    every_other = " other " in f" {text} "
    if rest in WEEKDAYS:
        return Resolution(f"XXXX-WXX-{WEEKDAYS[rest] + 1}", "set", "SET")
    if rest in PARTS_OF_DAY:
        return Resolution(f"T{PARTS_OF_DAY[rest]}", "set", "SET")
    if rest in ("weekend",):
        return Resolution("XXXX-WXX-WE", "set", "SET")
    if rest in SEASONS:
        return Resolution(f"XXXX-{SEASONS[rest]}", "set", "SET")  # "every summer"
    if rest.rstrip(".") in MONTHS:
        rest = rest.rstrip(".")
        return Resolution(f"XXXX-{MONTHS[rest]:02d}", "set", "SET")
    if rest in FIXED_HOLIDAYS:
        return Resolution("XXXX-{:02d}-{:02d}".format(*FIXED_HOLIDAYS[rest]), "set", "SET")  # "every Christmas"
    if (month_day := _holiday(rest, 2000)) is not None:
        return Resolution(f"XXXX-{month_day[0]:02d}", "set", "SET")  # "every Thanksgiving": its day moves within the month
    duration = _duration_value(rest)
    if duration is None:
        duration = _duration_value("1 " + rest)
    if duration is None:
        return None
    if every_other:
        duration = re.sub(r"(\d+)", lambda m: str(int(m.group(1)) * 2), duration, count=1)
    return Resolution(duration, "set", "SET")


# ----- absolute and partial calendar dates


_NUMERIC_DATE_RE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_MDY_RE = re.compile(rf"(?:(?:{_WEEKDAY_RE}),? )?({_MONTH_RE}) (\d{{1,2}})(?:,? ({_YEAR_RE}|'\d{{2}}))?")
_DMY_RE = re.compile(rf"(?:(?:{_WEEKDAY_RE}),? )?(\d{{1,2}}) (?:of )?({_MONTH_RE})(?:,? ({_YEAR_RE}))?")
_MY_RE = re.compile(rf"({_MONTH_RE})(?:,? (?:of )?({_YEAR_RE}|'\d{{2}}))?")


def _rule_explicit_date(text: str, anchor: Anchor) -> Resolution | None:
    core = _strip_modifiers(text)
    if match := _NUMERIC_DATE_RE.fullmatch(core):
        return _day(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    weekday = _leading_weekday(core)
    if match := re.fullmatch(rf"(last|next|this past|this coming) ({_MONTH_RE}) (\d{{1,2}})", core):
        return _month_day_relative(_month(match.group(2)), int(match.group(3)), match.group(1), anchor)
    if match := _MDY_RE.fullmatch(core):
        return _month_day(_month(match.group(1)), int(match.group(2)), match.group(3), weekday, anchor)
    if match := _DMY_RE.fullmatch(core):
        return _month_day(_month(match.group(2)), int(match.group(1)), match.group(3), weekday, anchor)
    if match := _MY_RE.fullmatch(core):
        return _month_only(_month(match.group(1)), match.group(2), text, anchor)
    if match := re.fullmatch(rf"({_MONTH_RE}) (\d{{1,2}}),? (?:of )?(this|last|next) year", core):
        # "November 10 last year": the day, in the year named relative to the writing.
        if anchor.dct is None:
            return Resolution(None, "day", "DATE", NO_DCT)
        return _day(anchor.dct.year + {"last": -1, "this": 0, "next": 1}[match.group(3)], _month(match.group(1)),
                    int(match.group(2)))
    if match := re.fullmatch(rf"(?:(last|this|next|this past|this coming) )?({_MONTH_RE})(?:,? (this|last|next) year)?", text):
        if match.group(1) or match.group(3):
            return _month_relative(_month(match.group(2)), match.group(1), match.group(3), anchor)
    return None


def _month_day_relative(month: int, day: int, which: str, anchor: Anchor) -> Resolution:
    """"next Jan. 1" is the first one after the publication date, "last Oct. 23" the last one
    before it, whatever the tense ("the measure takes effect next Jan. 1")."""
    if anchor.dct is None:
        return Resolution(None, "day", "DATE", NO_DCT)
    dct = anchor.dct
    if which in ("last", "this past"):
        year = dct.year if (month, day) < (dct.month, dct.day) else dct.year - 1
    else:
        year = dct.year if (month, day) > (dct.month, dct.day) else dct.year + 1
    return _day(year, month, day)


def _month_relative(month: int, which: str | None, year_word: str | None, anchor: Anchor) -> Resolution:
    """"last April", "this September", "June last year"."""
    if anchor.dct is None:
        return Resolution(None, "month", "DATE", NO_DCT)
    dct = anchor.dct
    if year_word is not None:
        year = dct.year + {"last": -1, "this": 0, "next": 1}[year_word]
    elif which == "last":
        # "the killing of the teenager last May", written in June, is a year back: the month just ended is "last
        # month" or "in May" to a writer, so "last" with its name reaches past it (TimeBank reads "last February"
        # of March 1 as the year before too)
        year = dct.year if month < dct.month - 1 else dct.year - 1
    elif which == "this past":
        year = dct.year if month < dct.month else dct.year - 1
    elif which in ("next", "this coming"):
        year = dct.year if month > dct.month else dct.year + 1
    else:
        year = dct.year
    return Resolution(f"{year:04d}-{month:02d}", "month")


def _leading_weekday(text: str) -> int | None:
    match = re.match(rf"({_WEEKDAY_RE}),? ", text)
    return WEEKDAYS.get(match.group(1).rstrip(".")) if match else None


def _month(token: str) -> int:
    return MONTHS[token.rstrip(".")]


def _year_of(token: str) -> int:
    if token.startswith("'"):
        short = int(token[1:])
        return 2000 + short if short < 50 else 1900 + short
    return int(token)


def _day(year: int, month: int, day: int) -> Resolution:
    try:
        return Resolution(date(year, month, day).isoformat(), "day")
    except ValueError:
        return Resolution(None, "day", "DATE", f"impossible date: {calendar.month_name[month] if 1 <= month <= 12 else month} {day}")


def _month_day(month: int, day: int, year_text: str | None, weekday: int | None, anchor: Anchor) -> Resolution:
    if not 1 <= day <= 31 or day > _max_days(month):
        return Resolution(None, "day", "DATE", f"impossible date: {calendar.month_name[month]} {day}")
    if year_text is not None:
        return _day(_year_of(year_text), month, day)
    if anchor.dct is None:
        return Resolution(None, "day", "DATE", NO_DCT)
    if weekday is not None:
        # "Tuesday, Sept. 12": the year in which that day falls on that weekday, nearest the DCT.
        # Else the year the text last named ("In 1968, ... On Saturday, April 6, the committee met again").
        named = [int(anchor.reference[:4])] if anchor.reference else []
        for year in (anchor.dct.year, anchor.dct.year - 1, anchor.dct.year + 1, *named):
            if _valid(year, month, day) and date(year, month, day).weekday() == weekday:
                return _day(year, month, day)
    year = _year_for(anchor.dct, (month, day), (anchor.dct.month, anchor.dct.day), anchor.tense, anchor.happened,
                     anchor.modifier)
    if not _valid(year, month, day):  # February 29 outside a leap year
        return Resolution(None, "day", "DATE", f"impossible date: {calendar.month_name[month]} {day}, {year}")
    return _day(year, month, day)


def _max_days(month: int) -> int:
    return 29 if month == 2 else calendar.monthrange(2001, month)[1]


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


# A year-less date within this many months of the DCT across a year boundary ("Jan. 2" written in
# November) is in the neighbouring year; a past (future) verb moves a date to the previous (next)
# year only when it lies more than NEAR_DAYS on the wrong side of the DCT ("said ... in December"
# written in March), since deadlines and record dates a few weeks ahead are often governed by a
# past-tense verb ("extended the offer to Nov. 20"). Tuned on the TempEval-3 "tune" split.
NEAR_MONTHS = 3
NEAR_DAYS = 31


def _year_for(dct: date, target: tuple[int, ...], now: tuple[int, ...], tense: Tense | None,
              happened: bool = False, modifier: bool = False) -> int:
    """Year of a partial date (``(month,)`` or ``(month, day)``). News style writes the year for
    dates outside the current year, so a year-less date is in the DCT's year, except (a) one a few
    months across a year boundary ("payable Jan. 2" written in November) and (b) one that a past
    (future) verb puts well before (after) the DCT, or at all after it when the date is when the
    past verb's event happened (``happened``: "In October, the board approved ..." written in September)."""
    gap_days = (target[0] - now[0]) * 30.5 + ((target[1] if len(target) > 1 else 1) - now[1] if len(now) > 1 else 0)
    ahead = (target[0] - now[0]) % 12  # months from the DCT forward to the target's month
    behind = (now[0] - target[0]) % 12
    if tense == "past" and target > now and (gap_days > NEAR_DAYS or (happened and target[0] > now[0])):
        return dct.year - 1
    if tense == "past" and modifier and len(target) > 1 and _days_to_next_year(dct, target) <= NEAR_DAYS:
        # "had argued that the Jan. 1 deadline was problematic", written on Dec. 23: a day that names a thing
        # (a deadline, a vote) a few days ahead across the new year, as a past verb keeps one a few weeks
        # ahead within the year (it had been last Jan. 1, a year back).
        return dct.year + 1
    if tense == "future" and target < now and -gap_days > NEAR_DAYS:
        return dct.year + 1
    if target < now and now[0] - target[0] > 6 and ahead <= NEAR_MONTHS and tense != "past":
        return dct.year + 1
    if target > now and target[0] - now[0] > 6 and behind <= NEAR_MONTHS + 1 and tense != "future":
        return dct.year - 1
    return dct.year


def _days_to_next_year(dct: date, target: tuple[int, ...]) -> int:
    """Days from ``dct`` to the (month, day) ``target`` in the next year, where it is a valid date."""
    if not _valid(dct.year + 1, target[0], target[1]):
        return 366
    return (date(dct.year + 1, target[0], target[1]) - dct).days


def _month_only(month: int, year_text: str | None, text: str, anchor: Anchor) -> Resolution:
    if year_text is not None:
        return Resolution(f"{_year_of(year_text):04d}-{month:02d}", "month")
    if missing := _needs_dct(anchor):
        return replace(missing, grain="month")
    assert anchor.dct is not None
    dct = anchor.dct
    if text.startswith("last ") or text.startswith("this past "):
        year = dct.year if month < dct.month else dct.year - 1
    elif text.startswith("next ") or text.startswith("this coming "):
        year = dct.year if month > dct.month else dct.year + 1
    elif text.startswith("this "):
        year = dct.year
    else:
        year = _year_for(dct, (month, 1), (dct.month, dct.day), anchor.tense, anchor.happened)
    return Resolution(f"{year:04d}-{month:02d}", "month")


# ----- years, decades, centuries, quarters, halves, seasons


_DECADE_WORDS: dict[str, int] = {
    word: number
    for number, word in enumerate(
        ["", "", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]
    )
    if word
}


def _rule_years(text: str, anchor: Anchor) -> Resolution | None:
    core = _strip_modifiers(text)
    core = re.sub(r"^(?:a|an|fiscal|fy|calendar|the year|year|model year|the fiscal year|fiscal year) ", "", core)
    core = re.sub(rf"^({_YEAR_RE}(?:-\d{{2}})?) (?:(?:fiscal|calendar|financial|model|school) )?year$", r"\1", core)  # "the 2022 fiscal year"
    if re.fullmatch(_YEAR_RE, core):
        return Resolution(core, "year")
    if match := re.fullmatch(r"'(\d\d)", core):
        # "since '82": the latest such year not after the writing (the 1900s without a date).
        clipped = int(match.group(1))
        century = 19 if anchor.dct is None or clipped > anchor.dct.year % 100 else anchor.dct.year // 100
        return Resolution(f"{century:02d}{clipped:02d}", "year")
    if match := re.fullmatch(r"(\d{1,4}) (b\.c(?:\.e)?|bce?|a\.d|ad|c\.e|ce)|(?:a\.d\.?|ad) (\d{1,4})", core):
        # TimeML writes a year before the common era with a "BC" prefix ("BC0010").
        year = int(match.group(1) or match.group(3))
        before_era = (match.group(2) or "").startswith("b")
        return Resolution(f"BC{year:04d}" if before_era else f"{year:04d}", "year")
    if match := re.fullmatch(rf"({_YEAR_RE})-(\d{{2}})", core):
        return Resolution(match.group(1), "year")  # fiscal "1989-90": the year it starts in
    if core in _DECADE_WORDS:
        # "the nineties": the decade of the century the article is written in (or the last one).
        century = anchor.dct.year // 100 if anchor.dct is not None else 19
        if anchor.dct is not None and _DECADE_WORDS[core] * 10 > anchor.dct.year % 100:
            century -= 1
        return Resolution(f"{century:02d}{_DECADE_WORDS[core]}", "decade")
    if match := re.fullmatch(r"(1\d)00'?s", core):
        # "the late 1800s" is the century 1800-1899 (TimeML "18"); "the 2000s" stays the decade, as
        # writers now use it.
        return Resolution(match.group(1), "century")
    if match := re.fullmatch(r"(1\d|20)(\d)0'?s", core):
        return Resolution(match.group(1) + match.group(2), "decade")
    if match := re.fullmatch(r"'(\d)0s", core):
        prefix = "19" if int(match.group(1)) >= 3 else "20"
        return Resolution(prefix + match.group(1), "decade")
    if match := re.fullmatch(r"(\w+)(?:-| )century", core):
        number = ORDINALS.get(match.group(1)) or (int(match.group(1)) if match.group(1).isdigit() else None)
        if number:
            return Resolution(f"{number - 1:02d}", "century")
    return None


def _quarter_number(word: str) -> int | None:
    return {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}.get(word)


def _rule_quarters(text: str, anchor: Anchor) -> Resolution | None:
    core = re.sub(r"^(?:the )?(?:fiscal |calendar )?", "", text)
    core = re.sub(r"^(?:this year's|last year's|next year's) ", lambda m: m.group(0).split("'")[0] + " ", core)
    year_shift = 0
    if core.startswith("this year ") or core.startswith("last year ") or core.startswith("next year "):
        year_shift = {"this": 0, "last": -1, "next": 1}[core.split()[0]]
        core = core.split(" ", 2)[2]
    core = re.sub(r"^(?:the )?(?:fiscal |calendar )?", "", core)
    year_first: str | None = None
    if match := re.match(rf"({_YEAR_RE}|year-ago|year-earlier) (?:fiscal |calendar )?", core):
        # "the 1988 second quarter", "the year-ago third quarter"
        year_first, core = match.group(1), core[match.end() :]
        if not year_first[0].isdigit():
            year_shift, year_first = -1, None
    if year_first and core in ("quarter", "period") and anchor.quarter is not None:
        return Resolution(f"{year_first}-Q{anchor.quarter[1]}", "quarter")
    if match := re.fullmatch(r"(.+?),? of (this|next|last|the) year", core):
        # "the second quarter of next year", "the first half of this year", "... of the year"
        core, year_shift = match.group(1), {"this": 0, "the": 0, "last": -1, "next": 1}[match.group(2)]
        core = re.sub(r"^(?:final|last) quarter$", "fourth quarter", core)
    # "the final quarter of 2009": the year's last quarter, not the one before the article's.
    core = re.sub(rf"^(?:final|last)(?= quarter,? (?:of )?(?:fiscal )?{_YEAR_RE}$)", "fourth", core)
    match = re.fullmatch(
        rf"(first|second|third|fourth|1st|2nd|3rd|4th|q[1-4])(?:[- ](?:fiscal )?quarter)?(?:,? (?:of )?(?:fiscal )?({_YEAR_RE}))?"
        rf"|(?:q([1-4])|([1-4])q)(?: ?({_YEAR_RE}))?",
        core,
    )
    if match and (match.group(1) or match.group(3) or match.group(4)) and ("quarter" in core or "q" in core):
        word = match.group(1) or ""
        quarter = _quarter_number(word) or int((match.group(3) or match.group(4) or word[-1:]))
        year_text = match.group(2) or match.group(5) or year_first
        if year_text:
            return Resolution(f"{year_text}-Q{quarter}", "quarter")
        if missing := _needs_dct(anchor):
            return replace(missing, grain="quarter")
        assert anchor.dct is not None
        current = (anchor.dct.month - 1) // 3 + 1
        year = anchor.dct.year + year_shift
        if year_shift == 0 and quarter > current and anchor.tense == "past":
            year -= 1
        return Resolution(f"{year}-Q{quarter}", "quarter")
    # "the last half of 1989", "the first two quarters of 1990": halves of the year.
    core = re.sub(r"^(?:at least |the )+", "", core)
    if match := re.fullmatch(rf"(first|second|1st|2nd|last|latter) half(?: of ({_YEAR_RE}))?|(first|last) two quarters of ({_YEAR_RE})", core):
        if match.group(3):
            return Resolution(f"{match.group(4)}-H{1 if match.group(3) == 'first' else 2}", "unknown")
        half = 1 if match.group(1) in ("first", "1st") else 2
        if match.group(2):
            return Resolution(f"{match.group(2)}-H{half}", "unknown")
        if anchor.dct is None:
            return Resolution(None, "unknown", "DATE", NO_DCT)
        return Resolution(f"{anchor.dct.year + year_shift}-H{half}", "unknown")
    if re.fullmatch(r"(?:latest|last|current|previous|recent|most recent|past|same|year-ago|year-earlier|"
                    r"comparable|latest fiscal|june|september|december|march)?[ -]?(?:quarter|period)",
                    core):  # fmt: skip
        result = _relative_quarter(core, anchor)
        if result is not None and result.value and year_shift:
            # "last year's quarter": the quarter under discussion, a year before.
            result = replace(result, value=f"{int(result.value[:4]) + year_shift}{result.value[4:]}")
        return result
    return None


def _relative_quarter(core: str, anchor: Anchor) -> Resolution | None:
    if core in ("period", "three months", "same period", "comparable period"):
        # "the latest period" is the last quarter reported even when no quarter was named.
        if anchor.quarter is None:
            return None
    if missing := _needs_dct(anchor):
        return replace(missing, grain="quarter")
    assert anchor.dct is not None
    if anchor.quarter is not None and not core.startswith("current"):
        year, quarter = anchor.quarter
    else:
        # Results are reported after the quarter closes: "the quarter" is the last complete one.
        current = (anchor.dct.month - 1) // 3 + 1
        year, quarter = (anchor.dct.year, current - 1) if current > 1 else (anchor.dct.year - 1, 4)
        if core.startswith("current"):
            year, quarter = anchor.dct.year, current
    if core.startswith(("year-ago", "year-earlier")):
        year -= 1
    if core.startswith(("previous", "last")) and anchor.quarter is not None:
        year, quarter = (year, quarter - 1) if quarter > 1 else (year - 1, 4)
    return Resolution(f"{year}-Q{quarter}", "quarter")


def _rule_seasons(text: str, anchor: Anchor) -> Resolution | None:
    if match := re.fullmatch(rf"(?:the )?(?:(?:past|last|next|coming) )?(?:{_COUNT_RE}) (spring|summer|fall|autumn|winter)s",
                             text):  # fmt: skip
        # "violence for the past three summers": the same season of several years, a recurrence
        # with no single place on a timeline (TimeML SET).
        return Resolution(f"XXXX-{SEASONS[match.group(1)]}", "set", "SET")
    match = re.fullmatch(
        rf"(?:(last|this|next|this past|this coming|early|late|mid|the) )?(spring|summer|fall|autumn|winter)"
        rf"(?:,? (?:of )?({_YEAR_RE}))?",
        text,
    )
    if match is None:
        return None
    season = SEASONS[match.group(2)]
    if match.group(3):
        return Resolution(f"{match.group(3)}-{season}", "season")
    if missing := _needs_dct(anchor):
        return replace(missing, grain="season")
    assert anchor.dct is not None
    dct = anchor.dct
    current = SEASON_ORDER[(dct.month % 12) // 3]
    position, now = SEASON_ORDER.index(season), SEASON_ORDER.index(current)
    year = dct.year
    word = match.group(1) or ""
    if word in ("last", "this past"):
        if position >= now:
            year -= 1
    elif word in ("next", "this coming"):
        if position <= now:
            year += 1
    elif word in ("", "the", "early", "late", "mid") and anchor.tense == "past" and position > now:
        year -= 1
    elif word in ("", "the", "early", "late", "mid") and anchor.tense == "future" and position < now:
        year += 1
    if season == "WI" and dct.month == 12 and word not in ("last", "this past"):
        year = dct.year  # December belongs to the winter that starts in it
    return Resolution(f"{year}-{season}", "season")


def _rule_holidays(text: str, anchor: Anchor) -> Resolution | None:
    match = re.fullmatch(rf"(?:(last|this|next) )?(.+?)(?:,? (?:of |in )?({_YEAR_RE}))?", _strip_modifiers(text))
    if match is None:
        return None
    name = match.group(2)
    year_text = match.group(3)
    month_day = _holiday(name, int(year_text) if year_text else (anchor.dct.year if anchor.dct else 2000))
    if month_day is None:
        return None
    if year_text:
        return Resolution(date(int(year_text), *month_day).isoformat(), "day")
    if missing := _needs_dct(anchor):
        return replace(missing, grain="day")
    assert anchor.dct is not None
    dct = anchor.dct
    tense = {"last": "past", "next": "future"}.get(match.group(1) or "", anchor.tense)
    year = _year_for(dct, month_day, (dct.month, dct.day), tense)  # type: ignore[arg-type]
    month_day = _holiday(name, year) or month_day
    return Resolution(date(year, *month_day).isoformat(), "day")


def _holiday(name: str, year: int) -> tuple[int, int] | None:
    if name in FIXED_HOLIDAYS:
        return FIXED_HOLIDAYS[name]
    if name == "election day":  # US: the Tuesday after the first Monday in November
        return (11, _nth_weekday(year, 11, 0, 1) + 1)
    if name == "black friday":  # the day after Thanksgiving
        return (11, _nth_weekday(year, 11, 3, 4) + 1)
    if name in NTH_WEEKDAY_HOLIDAYS:
        month, weekday, n = NTH_WEEKDAY_HOLIDAYS[name]
        return (month, _last_weekday(year, month, weekday) if n < 0 else _nth_weekday(year, month, weekday, n))
    if name in EASTER_HOLIDAYS:
        from dateutil.easter import easter

        day = easter(year) + timedelta(days=EASTER_HOLIDAYS[name])
        return (day.month, day.day)
    return None


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> int:
    first = date(year, month, 1)
    offset = (weekday - first.weekday()) % 7
    return 1 + offset + 7 * (n - 1)


def _last_weekday(year: int, month: int, weekday: int) -> int:
    last = calendar.monthrange(year, month)[1]
    return last - (date(year, month, last).weekday() - weekday) % 7


# ----- day-relative: today, yesterday, weekdays


_DAY_WORDS: dict[str, tuple[int, str]] = {
    "today": (0, ""), "tonight": (0, "TNI"), "yesterday": (-1, ""), "tomorrow": (1, ""),
    "last night": (-1, "TNI"), "this morning": (0, "TMO"), "this afternoon": (0, "TAF"),
    "this evening": (0, "TEV"), "overnight": (0, "TNI"), "the day before yesterday": (-2, ""),
    "the day after tomorrow": (2, ""), "earlier today": (0, ""), "later today": (0, ""), "this week-end": (0, ""),
}  # fmt: skip


def _rule_day_words(text: str, anchor: Anchor) -> Resolution | None:
    core = re.sub(r"^(?:early|late|earlier|later) ", "", text)
    part = ""
    if match := re.fullmatch(r"(today|yesterday|tomorrow|tonight) ?(morning|afternoon|evening|night)?", core):
        offset = _DAY_WORDS[match.group(1)][0]
        part = PARTS_OF_DAY[match.group(2)] if match.group(2) else _DAY_WORDS[match.group(1)][1].lstrip("T")
    elif core in _DAY_WORDS:
        offset, marker = _DAY_WORDS[core]
        part = marker.lstrip("T")
    else:
        return None
    if anchor.dct is None:
        return Resolution(None, "day", "TIME" if part else "DATE", NO_DCT)
    day = (anchor.dct + timedelta(days=offset)).isoformat()
    if part:
        return Resolution(f"{day}T{part}", "day", "TIME")
    return Resolution(day, "day")


def _rule_weekday_of_a_week(text: str, anchor: Anchor) -> Resolution | None:
    """"Monday of next week", "Tuesday last week", "Friday of this week": that weekday of the calendar week named
    (it had been the week, the day dropped)."""
    match = re.fullmatch(rf"({_WEEKDAY_RE}),? (?:of )?(this|next|last) week", text)
    if match is None:
        return None
    if anchor.dct is None:
        return Resolution(None, "day", "DATE", NO_DCT)
    monday = anchor.dct - timedelta(days=anchor.dct.weekday()) + timedelta(weeks={"this": 0, "next": 1, "last": -1}[match.group(2)])
    return Resolution((monday + timedelta(days=WEEKDAYS[match.group(1).rstrip(".")])).isoformat(), "day")


def _rule_weekdays(text: str, anchor: Anchor) -> Resolution | None:
    match = re.fullmatch(
        rf"(?:(last|next|this|this past|this coming|coming|past|early|late|on) )?({_WEEKDAY_RE})"
        r"(?:,? (morning|afternoon|evening|night))?",
        text,
    )
    if match is None:
        return None
    weekday = WEEKDAYS[match.group(2).rstrip(".")]
    if anchor.dct is None:
        return Resolution(None, "day", "DATE", NO_DCT)
    direction = _weekday_direction(match.group(1), anchor.tense)
    day = resolve_weekday(anchor.dct, weekday, direction, strict=match.group(1) in ("last", "next"))
    if match.group(3):
        return Resolution(f"{day.isoformat()}T{PARTS_OF_DAY[match.group(3)]}", "day", "TIME")
    return Resolution(day.isoformat(), "day")


def _weekday_direction(word: str | None, tense: Tense | None) -> Direction:
    if word in ("last", "this past", "past"):
        return "past"
    if word in ("next", "this coming", "coming"):
        return "future"
    if tense == "past":
        return "past"
    if tense == "future":
        return "future"
    return "nearest"


# News mostly reports what happened: without a tense a weekday is the past one unless the next is
# at most this many days ahead and nearer. Tuned on the TempEval-3 "tune" split.
NEAREST_FUTURE_MAX_DAYS = 2


def resolve_weekday(dct: date, weekday: int, direction: Direction, *, strict: bool = False) -> date:
    """The date of ``weekday`` relative to ``dct``: the latest one not after it ("past"), the first
    one not before it ("future"), or whichever is nearer. ``strict`` excludes the DCT itself."""
    back = (dct.weekday() - weekday) % 7
    ahead = (weekday - dct.weekday()) % 7
    if strict:
        back = back or 7
        ahead = ahead or 7
    if direction == "past":
        return dct - timedelta(days=back)
    if direction == "future":
        return dct + timedelta(days=ahead)
    if ahead < back and ahead <= NEAREST_FUTURE_MAX_DAYS:
        return dct + timedelta(days=ahead)
    return dct - timedelta(days=back)


# ----- calendar-unit relative: last week, later this month, next year, the weekend


def _rule_relative_units(text: str, anchor: Anchor) -> Resolution | None:
    if re.fullmatch(r"(?:the )?past decade", text):
        # "routine over the past decade": the ten years up to now (TimeBank and MEANTIME, 2 of 2), not
        # the calendar decade before this one.
        return Resolution("P10Y", "duration", "DURATION")
    if re.fullmatch(r"(?:the )?past year", text):
        # "core prices rose 4.5% in the past year", written in July: the twelve months up to now, as "the
        # last year" and "the past 12 months" are, not the calendar year before (TimeBank's two, both
        # on `tune`, say the calendar year; read in July that dates a yearly change to the wrong year).
        return Resolution("P1Y", "duration", "DURATION")
    if match := re.fullmatch(r"(?:the )?(week|weekend|month|year) (before last|after next)", text):
        # "the week before last": two calendar units back from the one in progress.
        return _relative_unit(match.group(2), match.group(1), anchor)
    match = re.fullmatch(
        r"(?:(?:early|late|mid|earlier|later|the end of|the beginning of|the start of|the middle of|the rest of)"
        r"(?: in)? )?(last|this|next|the coming|coming|the past|past|the previous|previous|the current|current|"
        r"the following|this past|this coming|the same) "
        r"(week|weekend|month|year|decade|century|quarter|fiscal year|week-end)",
        text,
    )
    if match is None:
        if re.fullmatch(r"(?:the |this |that )?week-?end", text):
            match = re.fullmatch(r"(?:(the|this|that) )?(week-?end)", text)
            which = "this"
        elif match := re.fullmatch(r"(year|month)-end|(?:the )?(year)'s end|the (?:end|start|beginning|middle) of the "
                                   r"(year|month|quarter|week|decade|century)", text):
            # "since the start of the year", "by the end of the decade": a point in the unit in
            # progress, not a length.
            return _relative_unit("this", next(unit for unit in match.groups() if unit), anchor)
        else:
            return None
    else:
        which = match.group(1)
        if text.startswith(("the past", "past", "the previous", "previous")) and match.group(2) in (
            "week",
            "weekend",
            "month",
            "year",
            "decade",
        ):
            which = "last"
    unit = match.group(2).replace("fiscal ", "").replace("week-end", "weekend")
    if text.startswith(("earlier", "later")):
        anchor = replace(anchor, tense="past" if text.startswith("earlier") else "future")
    which = {"the coming": "next", "coming": "next", "this coming": "next", "the following": "next",
             "this past": "last", "the current": "this", "current": "this", "the same": "this"}.get(which, which)  # fmt: skip
    return _relative_unit(which, unit, anchor)


def _relative_unit(which: str, unit: str, anchor: Anchor) -> Resolution:
    grain = {"weekend": "week"}.get(unit, unit)
    if anchor.dct is None:
        return Resolution(None, grain, "DATE", NO_DCT)
    dct = anchor.dct
    step = {"last": -1, "this": 0, "next": 1, "before last": -2, "after next": 2}.get(which, 0)
    if unit == "week":
        return Resolution(_iso_week(dct + timedelta(weeks=step + _sunday_week_shift(which, anchor))), "week")
    if unit == "weekend":
        base = dct + timedelta(weeks=step)
        if which == "this" and anchor.tense == "past" and dct.weekday() < 5:
            base = dct - timedelta(weeks=1)
        return Resolution(_iso_week(base) + "-WE", "week")
    if unit == "month":
        year, month = _add_months(dct.year, dct.month, step)
        return Resolution(f"{year:04d}-{month:02d}", "month")
    if unit == "quarter" and which == "this" and anchor.financial and anchor.quarter is not None:
        # "This quarter's loss includes ...": in a results report, the quarter being reported.
        return Resolution(f"{anchor.quarter[0]}-Q{anchor.quarter[1]}", "quarter")
    if unit == "quarter":
        index = dct.year * 4 + (dct.month - 1) // 3 + step
        return Resolution(f"{index // 4}-Q{index % 4 + 1}", "quarter")
    if unit == "decade":
        return Resolution(str(dct.year // 10 + step), "decade")
    if unit == "century":
        return Resolution(f"{dct.year // 100 + step:02d}", "century")
    return Resolution(str(dct.year + step), "year")


def _sunday_week_shift(which: str, anchor: Anchor) -> int:
    """On a Sunday an American paper's weeks are one ISO week on: "last week" is the Monday to
    Saturday just gone (the ISO week that ends today), "this week" the one ahead, unless the
    sentence tells of the past ("a poll released this week"), and "next week" the one after.
    Checked on Sunday AllSides articles against the known dates of the events they report (an
    election, a court hearing, a speech to Congress, a vote): every one fits this reading."""
    if anchor.dct is None or anchor.dct.weekday() != 6:
        return 0
    return 0 if which == "this" and anchor.tense == "past" else 1


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


# ----- "three years ago", "a year earlier", "year-ago"


def _rule_ago(text: str, anchor: Anchor) -> Resolution | None:
    core = _strip_modifiers(text)
    # The count may be left out: "just months ago" is as vague as "several months ago".
    match = re.fullmatch(rf"(?:({_NUM_RE}|several|a few|few|many|some|a couple of) )?({_UNIT_RE}) (ago|earlier|before|"
                         r"previously|later|from now|hence|since)", core)  # fmt: skip
    if match and match.group(1) is None and not match.group(2).endswith(("s", "centuries", "millennia")):
        match = None  # "year ago" alone is a fragment of "a year ago"
    if match is None:
        if core in ("year-ago", "year-earlier", "a year-earlier", "the year-ago", "the year-earlier") or re.fullmatch(
            r"(?:the )?year-(?:ago|earlier) (?:quarter|period|three months)", core
        ):
            return (_year_ago_quarter(anchor) if anchor.financial else None) or _shift("year", -1, anchor)
        return None
    count = _count(match.group(1)) if match.group(1) else None
    unit = _unit(match.group(2))
    sign = 1 if match.group(3) in ("later", "from now", "hence") else -1
    if unit == "year" and count == 1 and sign < 0 and anchor.financial and anchor.quarter is not None:
        return _year_ago_quarter(anchor)
    if match.group(3) not in ("ago", "from now", "hence") and not (unit == "year" and count == 1):
        # "two days later" counts from another event, not from the publication date: keep the length.
        duration = _duration_value(f"{match.group(1) or ''} {match.group(2)}".strip())
        return Resolution(duration, "duration", "DURATION") if duration else None
    if count is None:
        if missing := _needs_dct(anchor):
            return missing
        return Resolution("PAST_REF" if sign < 0 else "FUTURE_REF", "unknown")
    if match.group(3) == "later":
        # "A year later, he gave his first address": a year after the time the story is telling,
        # never after the publication date.
        resolved = _shift_reference(anchor.reference, unit, int(count))
        return resolved or Resolution(None, "unknown", "DATE", "relative to another event")
    return _shift(unit, sign * count, anchor)


def _year_ago_quarter(anchor: Anchor) -> Resolution | None:
    if anchor.quarter is None:
        return None
    year, quarter = anchor.quarter
    return Resolution(f"{year - 1}-Q{quarter}", "quarter")


def _shift(unit: str, amount: float, anchor: Anchor) -> Resolution:
    grain = {"second": "time", "minute": "time", "hour": "time", "night": "day", "fortnight": "week"}.get(unit, unit)
    if anchor.dct is None:
        return Resolution(None, grain if grain in GRAINS else "unknown", "DATE", NO_DCT)
    dct = anchor.dct
    whole = int(amount)
    if whole != amount and unit in _DAYS_IN_UNIT:
        return _shift_fraction(unit, amount, dct, grain)
    if unit in ("day", "night"):
        return Resolution((dct + timedelta(days=whole)).isoformat(), "day")
    if unit in ("week", "fortnight"):
        return Resolution(_iso_week(dct + timedelta(weeks=whole * (2 if unit == "fortnight" else 1))), "week")
    if unit == "month":
        year, month = _add_months(dct.year, dct.month, whole)
        return Resolution(f"{year:04d}-{month:02d}", "month")
    if unit == "quarter":
        year, month = _add_months(dct.year, dct.month, 3 * whole)
        return Resolution(f"{year}-Q{(month - 1) // 3 + 1}", "quarter")
    if unit == "year":
        return Resolution(str(dct.year + whole), "year")
    if unit == "decade":
        return Resolution(str((dct.year + 10 * whole) // 10), "decade")
    if unit == "century":
        return Resolution(f"{(dct.year + 100 * whole) // 100:02d}", "century")
    return Resolution(dct.isoformat(), "day")


# Days in a unit, to move the publication date by a fractional count ("a year and a half ago").
_DAYS_IN_UNIT = {"day": 1, "night": 1, "week": 7, "fortnight": 14, "month": 30.44, "quarter": 91.31,
                 "year": 365.25, "decade": 3652.5, "century": 36525}  # fmt: skip


def _shift_fraction(unit: str, amount: float, dct: date, grain: str) -> Resolution:
    """"a year and a half ago" written in June 2020 is late 2018, "two and a half years ago" written in April
    2019 is 2016: the date that far back, given at the unit's grain (the whole part alone had been a year
    off, and a count the pattern did not read had given this year)."""
    day = dct + timedelta(days=round(amount * _DAYS_IN_UNIT[unit]))
    if grain == "day":
        return Resolution(day.isoformat(), "day")
    if grain == "week":
        return Resolution(_iso_week(day), "week")
    if grain == "month":
        return Resolution(f"{day.year:04d}-{day.month:02d}", "month")
    if grain == "quarter":
        return Resolution(f"{day.year}-Q{(day.month - 1) // 3 + 1}", "quarter")
    if grain == "decade":
        return Resolution(str(day.year // 10), "decade")
    if grain == "century":
        return Resolution(f"{day.year // 100:02d}", "century")
    return Resolution(str(day.year), "year")


# ----- durations


def _rule_durations(text: str, anchor: Anchor) -> Resolution | None:
    core = _strip_modifiers(text)
    core = re.sub(r"^(?:last|past|next|first|coming|previous|following|final|remaining|full|entire|whole) ", "", core)
    core = re.sub(r"^(?:fiscal|calendar) ", "", core)
    core = re.sub(rf" (?:of|in) (?:{_YEAR_RE}|this year|last year|the year|the decade)$", "", core)
    value = _duration_value(core)
    if value is None:
        return None
    return Resolution(value, "duration", "DURATION")


def _duration_value(core: str) -> str | None:
    """``P18M`` for "18 months", ``PT5H30M`` for "5 1/2 hours", ``PXY`` for "years"."""
    core = core.replace("-", " ")
    core = re.sub(r"\b(\d+) (?:1/2|and a half)\b", r"\1.5", core)
    core = re.sub(r"\b(\w+) and a half\b", lambda m: f"{_count(m.group(1)) or 0}.5" if _count(m.group(1)) else m.group(0), core)
    match = re.fullmatch(rf"(?:({_NUM_RE}(?: {_NUM_RE})?|several|a few|few|many|some|a couple of|couple of|"
                         rf"the|a number of|dozens of|hundreds of) )?({_UNIT_RE})(?: long| old)?", core)  # fmt: skip
    if match is None:
        return None
    count_text = match.group(1)
    unit = _unit(match.group(2))
    plural = match.group(2).endswith("s") or match.group(2) in ("centuries", "millennia")
    if count_text in (None, "the"):
        count: float | None = None if plural else 1
    else:
        count = _count(count_text)
    letter, is_time, factor = UNITS[unit]
    prefix = "PT" if is_time else "P"
    if count is None:
        return f"{prefix}X{letter}"
    total = count * factor
    if total != int(total):
        # A zero whole part is left out: "half an hour" is PT30M, not PT0H30M.
        whole = int(total)
        if letter == "H":
            return f"PT{f'{whole}H' if whole else ''}{int(round((total % 1) * 60))}M"
        if letter == "Y":
            months = int(round((total % 1) * 12))
            return f"P{whole}Y{months}M" if whole else f"P{months}M"
        if letter == "D":
            return f"P{f'{whole}D' if whole else ''}T{int(round((total % 1) * 24))}H"
        if letter == "M" and is_time:
            return f"PT{f'{whole}M' if whole else ''}{int(round((total % 1) * 60))}S"
        if letter == "M" and not is_time:
            return f"P{int(round(total * 30))}D"
        return f"{prefix}{total:g}{letter}"
    return f"{prefix}{int(total)}{letter}"


def _unit(word: str) -> str:
    word = word.rstrip(".")
    if word in ("centuries",):
        return "century"
    if word.startswith("millenni"):
        return "millennium"
    singular = word[:-1] if word.endswith("s") and word[:-1] in UNITS else word
    return singular if singular in UNITS else word


def _count(text: str) -> float | None:
    text = text.strip()
    if text in VAGUE_COUNTS or text in ("dozens of", "hundreds of", "a number of", "couple of", "a couple of"):
        return 2 if "couple" in text else None
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text) if "." in text else int(text)
    if text in NUMBER_WORDS:
        return NUMBER_WORDS[text]
    parts = text.replace("-", " ").split()
    if parts and all(p in NUMBER_WORDS for p in parts):
        return sum(NUMBER_WORDS[p] for p in parts)
    return None


# ----- clock times


# Time zones after a clock time, spelled out: a looser pattern ate the month "oct" ("5 p.m. on Oct. 20").
_ZONE_RE = re.compile(
    r"\s*\b(?:local time|(?:eastern|central|mountain|pacific|atlantic)(?: (?:standard|daylight))?(?: time)?"
    r"|[ecmp][sd]t|ak[sd]t|h[sd]t|gmt|utc|bst|cet|cest|et|ct|pt)\b"
)


def _rule_times(text: str, anchor: Anchor) -> Resolution | None:
    core = re.sub(r"\b(?:about|around|approximately|roughly|shortly (?:before|after)|just (?:before|after)) ", "", text)
    # ISO 8601 marks a clock given in UTC (or GMT, the same clock) with "Z"; local zones stay unmarked.
    zone = "Z" if re.search(r"\b(?:gmt|utc)\b", core) else ""
    core = _ZONE_RE.sub("", core).strip()
    day_part = ""
    clock_first = re.match(r"(?:\d{1,2}(?:[:.]\d{2})? ?(?:a\.?m|p\.?m|o'clock)|noon|midnight|midday)\b", core)
    # The clock after a day: "Sept. 11 at 3 p.m." (not the day's own number "11").
    clock_ahead = r"(?=\d{1,2}(?:[:.]\d{2})? ?(?:a\.?m|p\.?m|o'clock)|\d{1,2}[:.]\d{2}\b|noon|midnight|midday)"
    if not clock_first and (match := re.match(rf"(.+?),? (?:at )?{clock_ahead}", core)):
        day_part, core = match.group(1), core[match.end() :]
    match = re.fullmatch(r"(\d{1,2})(?:[:.](\d{2}))?(?::\d{2})? ?(a\.?m\.?|p\.?m\.?|o'clock|in the morning|in the "
                         r"afternoon|in the evening|at night)?(?:,? (?:on |this |that )?(.+))?", core)
    hour: int | None = None
    minute = 0
    if match and (match.group(2) or match.group(3)):
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        suffix = (match.group(3) or "").replace(".", "")
        suffix = {"in the morning": "am", "in the afternoon": "pm", "in the evening": "pm", "at night": "pm"}.get(
            suffix, suffix
        )
        if match.group(4):
            day_part = day_part or match.group(4)
        if suffix == "pm" and hour < 12:
            hour += 12
        elif suffix == "am" and hour == 12:
            hour = 0
    elif match := re.fullmatch(r"(noon|midday|midnight)(?:,? (?:on |this |that )?(.+))?", core):
        # News style (AP, TimeML) puts midnight at the end of the day it names: an offer that
        # expires "at midnight Friday" runs through all of Friday (T24:00), not its first minute.
        hour = 24 if match.group(1) == "midnight" else 12
        day_part = day_part or (match.group(2) or "")
    if hour is None or hour > 24 or minute > 59 or (hour == 24 and minute):
        return None
    clock = f"T{hour:02d}:{minute:02d}{zone}"
    if day_part:
        day = normalise(day_part, anchor)
        if day.value and re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\w+)?", day.value):
            return Resolution(day.value[:10] + clock, "time", "TIME")
        if day.type == "SET" and day.value and re.fullmatch(r"XXXX-WXX-\d(T\w+)?", day.value):
            return Resolution(day.value[:10] + clock, "set", "SET")  # "10 a.m. on Sundays": every Sunday at 10
        if day.reason:
            return Resolution(None, "time", "TIME", day.reason)
    return Resolution("XXXX-XX-XX" + clock, "time", "TIME")


# ----- parts of day and fallbacks


def _rule_parts_of_day(text: str, anchor: Anchor) -> Resolution | None:
    match = re.fullmatch(r"(?:the |early |late |this |that )*(morning|afternoon|evening|night|overnight)", text)
    if match is None:
        return None
    if text.startswith("the ") and anchor.reference is not None and len(anchor.reference) == 10:
        # "were dashed Friday. Dealers placed buy orders in the morning": the day last mentioned.
        return Resolution(f"{anchor.reference}T{PARTS_OF_DAY[match.group(1)]}", "day", "TIME")
    if anchor.dct is None:
        return Resolution(None, "day", "TIME", NO_DCT)
    return Resolution(f"{anchor.dct.isoformat()}T{PARTS_OF_DAY[match.group(1)]}", "day", "TIME")


def _rule_dateparser(text: str, anchor: Anchor) -> Resolution | None:
    """Explicit numeric dates the rules do not read ("25/04/2019", "4/25/19"): dateparser."""
    if not re.fullmatch(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}", text):
        return None
    import dateparser

    settings = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": True}
    if anchor.dct is not None:
        settings["RELATIVE_BASE"] = datetime.combine(anchor.dct, datetime.min.time())  # type: ignore[assignment]
    parsed = dateparser.parse(text, languages=["en"], settings=settings)  # type: ignore[arg-type]
    if parsed is None:
        return Resolution(None, "day", "DATE", "impossible date")
    return Resolution(parsed.date().isoformat(), "day")


def _rule_week_of(text: str, anchor: Anchor) -> Resolution | None:
    """"the week of March 6": the ISO week holding that day."""
    match = re.fullmatch(r"(?:the )?week of (.+)", text)
    if match is None:
        return None
    day = normalise(match.group(1), anchor)
    if day.value is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day.value):
        return replace(day, grain="week") if day.value is None else None
    return Resolution(_iso_week(date.fromisoformat(day.value)), "week")


_EVENT_UNITS = r"(day|morning|afternoon|evening|night|week|month|year)"


def _rule_day_around(text: str, anchor: Anchor) -> Resolution | None:
    """"the day after the Oct. 3 election", "the day before last Tuesday": that date moved one day."""
    match = re.fullmatch(r"(?:the |a |one )?day (before|after) (?:the |an? )?(.+)", text)
    if match is None:
        return None
    return _day_moved(match.group(2), anchor, 1 if match.group(1) == "after" else -1)


def _day_moved(named_text: str, anchor: Anchor, days: int) -> Resolution | None:
    """The day ``named_text`` names, moved by ``days``; None unless it names a full date (an event
    such as "the shooting" has no date here)."""
    named = normalise(named_text, anchor)
    if named.value is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", named.value):
        return None
    return Resolution((date.fromisoformat(named.value) + timedelta(days=days)).isoformat(), "day")


_OFFSET_RE = re.compile(rf"(?:about |some |nearly |almost )?({_NUM_RE}) (days?|nights?|weeks?|fortnights?) (from|after|before) (.+)")


def _rule_offset_from_day(text: str, anchor: Anchor) -> Resolution | None:
    """"two days before Christmas", "a week from Tuesday": the day named, moved by the length."""
    match = _OFFSET_RE.fullmatch(text)
    if match is None or (count := _count(match.group(1))) is None or count != int(count):
        return None
    letter, _, per_unit = UNITS[_unit(match.group(2))]
    days = int(count) * per_unit * (7 if letter == "W" else 1) * (-1 if match.group(3) == "before" else 1)
    # "a week from Monday" is said of what lies ahead: the coming Monday.
    return _day_moved(match.group(4), replace(anchor, tense="future") if match.group(3) == "from" else anchor, days)


def _rule_ago_on(text: str, anchor: Anchor) -> Resolution | None:
    """"a year ago Tuesday", "two years ago this month": the day or month named, that many years
    (months) back."""
    match = re.fullmatch(rf"({_NUM_RE}) (years?|months?) ago,? (.+)", text)
    if match is None or (count := _count(match.group(1))) is None or count != int(count):
        return None
    named = normalise(match.group(3), replace(anchor, tense="past"))
    if named.value is not None and match.group(2).startswith("year"):
        # "two years ago this week", "five years ago this summer": the week or season that many years back.
        if shifted := re.fullmatch(r"(\d{4})(-W\d{2}|-(?:SP|SU|FA|WI))", named.value):
            grain = "season" if shifted.group(2)[1:] in SEASON_ORDER else "week"
            return Resolution(f"{int(shifted.group(1)) - int(count):04d}{shifted.group(2)}", grain)
    if named.value is None or not re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", named.value):
        return None
    months = int(count) * (12 if match.group(2).startswith("year") else 1)
    year, month = _add_months(int(named.value[:4]), int(named.value[5:7]), -months)
    if len(named.value) == 7:
        return Resolution(f"{year:04d}-{month:02d}", "month")
    day = min(int(named.value[8:10]), calendar.monthrange(year, month)[1])
    return Resolution(f"{year:04d}-{month:02d}-{day:02d}", "day")


def _rule_unanchored(text: str, anchor: Anchor) -> Resolution | None:
    """Expressions anchored on another event ("later that year", "the next day", "the day before"):
    TimeML resolves them against the reference time, the last calendar date the text mentioned
    ("fled in June 1998 and returned later that year" -> 1998). Without one they stay unresolved."""
    if match := re.fullmatch(rf"the (?:entire |whole )?(previous|prior|following|next) ({_WEEKDAY_RE})", text):
        # "down 4.5% from the previous Friday": the Friday before the day last mentioned.
        if anchor.reference is None or len(anchor.reference) != 10:
            # Not the Monday nearest the publication date, which dropping "the following" would give.
            return Resolution(None, "day", "DATE", "relative to another event")
        weekday = WEEKDAYS[match.group(2).rstrip(".")]
        direction: Direction = "past" if match.group(1) in ("previous", "prior") else "future"
        day = resolve_weekday(date.fromisoformat(anchor.reference), weekday, direction, strict=True)
        return Resolution(day.isoformat(), "day")
    if match := re.fullmatch(rf"({_MONTH_RE}),? (?:of )?(?:that|the same) year", text):
        # "Not until December of that year": the month, in the year the text last named.
        year = _shift_reference(anchor.reference, "year", 0)
        if year is None or year.value is None:
            return Resolution(None, "month", "DATE", "relative to another event")
        return Resolution(f"{year.value}-{_month(match.group(1)):02d}", "month")
    if match := re.fullmatch(rf"(?:(?:earlier|later) (?:on )?)?(?:that|the same|the very) {_EVENT_UNITS}", text):
        unit, step = match.group(1), 0
    elif match := re.fullmatch(rf"the (next|following|previous|prior) {_EVENT_UNITS}", text):
        unit, step = match.group(2), 1 if match.group(1) in ("next", "following") else -1
    elif match := re.fullmatch(rf"(?:the )?{_EVENT_UNITS} (before|after|later|earlier)", text):
        unit, step = match.group(1), 1 if match.group(2) in ("after", "later") else -1
    elif match := re.fullmatch(rf"(?:earlier|later) in the {_EVENT_UNITS}", text):
        # "later in the day": the day (week, year) the article is written in.
        return _relative_unit("this", match.group(1), anchor) if match.group(1) in ("week", "month", "year") else (
            _rule_day_words("today", anchor)
        )
    else:
        return None
    if unit == "week" and anchor.week is not None:
        # "fell to 473,000 last week, from 507,000 the prior week": the week before the week named.
        monday = date.fromisocalendar(int(anchor.week[:4]), int(anchor.week[6:]), 1)
        return Resolution(_iso_week(monday + timedelta(weeks=step)), "week")
    resolved = _shift_reference(anchor.reference, unit, step)
    return resolved or Resolution(None, "unknown", "DATE", "relative to another event")


def _shift_reference(reference: str | None, unit: str, step: int) -> Resolution | None:
    """``reference`` ("1998-06-12", "1998-06", "1998") moved by ``step`` units, at that unit's grain."""
    if reference is None:
        return None
    year = int(reference[:4])
    month = int(reference[5:7]) if len(reference) >= 7 else None
    day = date.fromisoformat(reference) if len(reference) == 10 else None
    if unit == "year":
        return Resolution(str(year + step), "year")
    if unit == "month":
        if month is None:
            return None
        year, month = _add_months(year, month, step)
        return Resolution(f"{year:04d}-{month:02d}", "month")
    if day is None:
        return None
    if unit == "week":
        return Resolution(_iso_week(day + timedelta(weeks=step)), "week")
    moved = (day + timedelta(days=step)).isoformat()
    if unit == "day":
        return Resolution(moved, "day")
    return Resolution(f"{moved}T{PARTS_OF_DAY[unit]}", "day", "TIME")


def _rule_first_or_last_day(text: str, anchor: Anchor) -> Resolution | None:
    """"the first day of March", "the last day of February 2024": that day of the month named."""
    named = _part_of_named_month(text, r"first|last", "day", anchor)
    if named is None:
        return None
    which, year, month = named
    day = 1 if which == "first" else calendar.monthrange(year, month)[1]
    return Resolution(f"{year:04d}-{month:02d}-{day:02d}", "day")


def _rule_week_of_month(text: str, anchor: Anchor) -> Resolution | None:
    """"the last week of March", "the second week of June 2021": that ISO week of the month named.

    The n-th week is the one holding the month's (7n - 3)th day and the last week the one holding
    its fourth day from the end: the week with most of its days in the month, as ISO numbers weeks.
    """
    named = _part_of_named_month(text, r"first|second|third|fourth|final|last", "week", anchor)
    if named is None:
        return None
    which, year, month = named
    day = calendar.monthrange(year, month)[1] - 3 if which in ("final", "last") else 7 * ORDINALS[which] - 3
    return Resolution(_iso_week(date(year, month, day)), "week")


def _part_of_named_month(text: str, which: str, unit: str, anchor: Anchor) -> tuple[str, int, int] | None:
    """"the <which> <unit> of <month>": the word that picks the part, and the month's year and number."""
    match = re.fullmatch(rf"(?:the )?({which}) {unit} of ({_MONTH_RE}(?:,? {_YEAR_RE})?|(?:this|next|last) month)", text)
    if match is None:
        return None
    month = normalise(match.group(2), anchor)
    if month.value is None or not re.fullmatch(r"\d{4}-\d{2}", month.value):
        return None
    return match.group(1), int(month.value[:4]), int(month.value[5:])


_RULES = (
    _rule_first_or_last_day,
    _rule_week_of_month,
    _rule_refs,
    _rule_day_around,
    _rule_offset_from_day,
    _rule_ago_on,
    _rule_week_of,
    _rule_unanchored,
    _rule_times,
    _rule_sets,
    _rule_day_words,
    _rule_weekday_of_a_week,
    _rule_weekdays,
    _rule_holidays,
    _rule_explicit_date,
    _rule_years,
    _rule_quarters,
    _rule_seasons,
    _rule_relative_units,
    _rule_ago,
    _rule_unanchored,
    _rule_durations,
    _rule_parts_of_day,
    _rule_dateparser,
)


# ----- in-text anchors


def _apply_in_text_anchor(span: Span, result: Resolution, anchor: Anchor) -> Resolution:
    """"Tuesday (September 12)", a wire caption's "In this Tuesday, Feb. 4, 2020, file photo": an explicit date
    next to a weekday fixes it."""
    if not re.fullmatch(rf"(?:(?:this|last|next|this past) )?{_WEEKDAY_RE}", span.text.lower()):
        return result
    doc = span.doc
    following = doc[span.end : min(span.end + 6, len(doc))]
    match = re.match(rf"\s*[(,]\s*({_MONTH_RE}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_RE})(?:,?\s+({_YEAR_RE}))?",
                     following.text, re.IGNORECASE)  # fmt: skip
    if match is None:
        return result
    explicit = normalise(match.group(0).strip(" (,"), replace(anchor, tense=anchor.tense))
    if explicit.value is None:
        return result
    weekday = WEEKDAYS[span.text.lower().split()[-1].rstrip(".")]
    if date.fromisoformat(explicit.value).weekday() != weekday:
        return Resolution(explicit.value, "day", "DATE", "weekday does not match the date next to it")
    return Resolution(explicit.value, "day")
