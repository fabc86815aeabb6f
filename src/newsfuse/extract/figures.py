"""Figures: the numbers a story reports, with what they count, how they are hedged and who gave them.

A figure is found by a number grammar over the text (digits, number words, "a dozen", "tens of
thousands", "two-thirds", ranges, currencies, scales and units, also glued or hyphened to the number:
"160km", "a 99-mile canal", "a ten-point margin") aligned to the spaCy tokens,
then filtered with the parse and the entity labels: dates, years, times, ordinals, ages, phone
numbers, numbers inside names ("Boeing 737", "COVID-19", "G7", "the Nasdaq 100 futures"), labels
("section 230", "grades 9 through 12"), vote tallies ("passed the House 230 to 199") and ties ("voted 50-50", a
range whose two ends are equal) are not figures.

For each figure the parse gives

* ``about``: the noun phrase it quantifies ("300,000 Russian military casualties" -> "Russian
  military casualties"; "300,000 of the troops" -> "troops"; "the death toll rose to 300" ->
  "death toll"; "put the death toll at 40", "kept its growth projection at 4.9%" -> the object "at" directly
  follows; a count whose noun is left out of a clause joined to the one that gave it, "11 people
  died and 150 are missing", "one depot reported 2.6 million doses, another reported 2.2 million", shares it);
* ``hedge``: ``approx`` ("nearly", "about", "an estimated"), ``lower`` ("at least", "more than",
  "upward of", and after the number "100 or more", "$1 trillion+", "20-plus"), ``upper`` ("up to",
  "as many as", "as high as", "fewer than", "10 or fewer") or ``exact`` ("as low as" and "as few as"
  are ``lower``);
* ``source``: the subject of a speech or estimate verb governing it in the same sentence ("US
  officials estimated ...", "..., according to the Pentagon", "..., the bureau reported Friday"),
  never a phrase holding the figure itself ("two officials said"), the actor of a verb that
  only looks like speech ("the economy added 943,000 jobs", "tariffs put thousands out of work")
  nor the speaker of a statement the figure only sets ("the arbiter wrote in a 45-page ruling",
  "Despite a vacancy rate of 7.5%, landlords report ..."); a text whose owner the sentence names is
  that owner ("according to data from the Halvern Institute", "data released by the Marlow Labor
  Board" give the institute and the board, not "data").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from newsfuse.extract.dates import ERA_MARKERS, ERA_PREFIXES
from newsfuse.extract.quotes import AUTHORING_VERBS, closing_attribution, names_a_text
from newsfuse.records import Figure, Hedge

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Longest digit string whose value is kept; longer ones keep their text with value None
# (a float would overflow or lose every digit that matters).
MAX_DIGITS = 24

WORD_VALUES: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "k": 1e3,
    "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "lakh": 1e5, "crore": 1e7, "dozen": 12,
}  # fmt: skip
_FRACTIONS: dict[str, float] = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
                                "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}  # fmt: skip
# Plural magnitudes ("hundreds", "tens of thousands"): the least they can mean, hedged "lower".
_VAGUE: dict[str, float] = {"dozens": 24, "scores": 40, "tens": 20, "hundreds": 200, "thousands": 2000,
                            "millions": 2e6, "billions": 2e9}  # fmt: skip

_CURRENCY_SYMBOLS: dict[str, str] = {
    "us$": "USD", "$": "USD", "usd": "USD", "a$": "AUD", "c$": "CAD", "hk$": "HKD", "€": "EUR", "eur": "EUR",
    "£": "GBP", "gbp": "GBP", "¥": "JPY", "₹": "INR", "rs": "INR", "rs.": "INR", "₽": "RUB", "₴": "UAH",
}  # fmt: skip
_UNIT_WORDS: dict[str, str] = {
    "%": "%", "per cent": "%", "percent": "%", "pct": "%", "percentage point": "percentage points",
    "percentage points": "percentage points", "basis points": "basis points",
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pounds sterling": "GBP",
    "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR",
    "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "hryvnia": "UAH", "hryvnias": "UAH",
    "km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "mile": "mi", "miles": "mi", "feet": "ft", "foot": "ft", "ft": "ft", "yard": "yd", "yards": "yd",
    "inch": "in", "inches": "in", "m": "m", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
    "square feet": "ft2", "square foot": "ft2", "sq ft": "ft2", "square mile": "mi2", "square kilometre": "km2",
    "square kilometer": "km2", "square metre": "m2", "square meter": "m2",
    "sq km": "km2", "square kilometres": "km2", "square kilometers": "km2", "square miles": "mi2",
    "hectare": "ha", "hectares": "ha", "acre": "acre", "acres": "acre",
    "tonne": "t", "tonnes": "t", "ton": "t", "tons": "t", "metric tons": "t", "kg": "kg",
    "kilogram": "kg", "kilograms": "kg", "kilo": "kg", "kilos": "kg", "pounds": "lb", "lb": "lb", "lbs": "lb",
    "barrel": "barrels", "barrels": "barrels", "bpd": "barrels per day", "barrels per day": "barrels per day",
    "litre": "l", "litres": "l", "liter": "l", "liters": "l", "gallon": "gal", "gallons": "gal",
    "mw": "MW", "gw": "GW", "kwh": "kWh", "mwh": "MWh", "twh": "TWh", "degrees": "degrees",
    "°c": "°C", "°f": "°F", "cubic metres": "m3", "cubic meters": "m3", "bcm": "bcm",
    "degrees celsius": "°C", "degrees fahrenheit": "°F", "celsius": "°C", "fahrenheit": "°F",
    "degrees c": "°C", "degrees f": "°F", "points": "points", "point": "points",
    "mph": "mph", "miles per hour": "mph", "km/h": "km/h", "kph": "km/h", "kmh": "km/h",
    "kilometres per hour": "km/h", "kilometers per hour": "km/h", "knots": "knots",
}  # fmt: skip
# Bare capital C/F after a number are temperatures ("37.2 C (98.96 F)"); matched case-sensitively.
_TEMPERATURE_LETTERS = {"c": "°C", "f": "°F"}
# Units that are themselves the thing counted ("3.5 million barrels" counts barrels).
_COUNT_UNITS = frozenset({"barrels", "t", "l", "gal", "acre", "ha"})
_MONEY_UNITS = frozenset({"USD", "EUR", "GBP", "JPY", "CNY", "INR", "RUB", "UAH", "AUD", "CAD", "HKD"})

_HEDGES: tuple[tuple[str, Hedge], ...] = (
    ("an estimated", "approx"), ("estimated", "approx"), ("approximately", "approx"), ("nearly", "approx"),
    ("almost", "approx"), ("about", "approx"), ("around", "approx"), ("roughly", "approx"), ("some", "approx"),
    ("reportedly", "approx"), ("close to", "approx"), ("circa", "approx"), ("an approximate", "approx"),
    ("just under", "approx"), ("just over", "approx"), ("~", "approx"), ("more or less", "approx"),
    ("at least", "lower"), ("more than", "lower"), ("over", "lower"), ("upwards of", "lower"),
    ("upward of", "lower"), ("in excess of", "lower"), ("no fewer than", "lower"), ("no less than", "lower"), ("above", "lower"),
    ("well over", "lower"), ("a minimum of", "lower"),
    ("up to", "upper"), ("as many as", "upper"), ("as much as", "upper"), ("less than", "upper"),
    ("fewer than", "upper"), ("no more than", "upper"), ("under", "upper"), ("below", "upper"),
    ("at most", "upper"), ("a maximum of", "upper"), ("not more than", "upper"),
    # the top or bottom of what is reported: "estimates as high as 15 inches", "fares as low as $49"
    ("as high as", "upper"), ("as low as", "lower"), ("as few as", "lower"), ("as little as", "lower"),
)  # fmt: skip
_HEDGE_RE = re.compile(
    r"(?:(?<![\w-])|(?<=~))(?:" + "|".join(re.escape(h) for h, _ in sorted(_HEDGES, key=lambda h: -len(h[0]))) + r")\s*$", re.IGNORECASE
)
_HEDGE_KIND = dict(_HEDGES)

_SPEECH_LEMMAS = frozenset({
    "say", "estimate", "report", "tell", "claim", "announce", "state", "believe", "calculate", "count",
    "confirm", "assess", "project", "forecast", "predict", "note", "add", "suggest", "show", "indicate",
    "find", "put", "reckon", "write", "tweet", "publish", "disclose", "reveal", "warn",
    "acknowledge", "admit", "insist", "allege", "cite", "quote", "tally",
})  # fmt: skip
# Speech verbs with a common sense in which their object is a quantity acted on, not reported.
_EVENT_SENSE_LEMMAS = frozenset({"add", "tell"})
_CHANGE_LEMMAS = frozenset({
    "rise", "fall", "climb", "increase", "decrease", "reach", "stand", "total", "hit", "be", "jump", "drop",
    "decline", "grow", "surge", "plunge", "soar", "slip", "top", "exceed", "number", "near", "approach",
    "tumble", "dip", "gain", "lose", "shrink", "swell", "double", "triple", "cut", "raise", "lower",
    "slide", "shed", "rebound", "edge", "sink", "add", "advance", "retreat", "ease", "rally", "spike", "reduce",
    "boost", "slash", "give", "settle", "close", "end", "recover", "lift", "narrow", "widen", "plummet", "sag",
    "revise", "slump",
})  # fmt: skip
# Verbs whose object, not subject, is what changes ("would slash the budget by $85 billion").
_TRANSITIVE_CHANGE = frozenset({"cut", "slash", "reduce", "boost", "raise", "lower", "increase", "decrease", "trim"})
# Nouns that measure rather than count: never the thing a figure is about.
_MEASURE_NOUNS = frozenset({"percent", "cent", "cents", "%", "point", "points", "percentage", "degrees", "record"})
# Nouns that name a level, not a thing: "hit a record 6.87 million" is about the verb's subject.
_LEVEL_NOUNS = frozenset({"record", "high", "low", "peak", "total", "level"})
# Shell nouns: "the total number of workers" counts workers, "the share of voters" measures voters.
_SHELL_NOUNS = frozenset({"number", "total", "count", "amount", "share", "proportion", "percentage", "fraction",
                          "portion"})  # fmt: skip
# Nouns that give way to their "of" object when a figure counts them: "$40 worth of groceries" buys
# groceries (but "a net worth of $2.9 billion" is the worth, so "worth" is no shell noun).
_UNSHELLED_NOUNS = _SHELL_NOUNS | {"worth"}
# A share "for" a group is a breakdown ("67 percent for Ford", "5 points for Democrats"), not what it counts.
_SHARE_UNITS = frozenset({"%", "percentage points", "points", "basis points"})
# Nouns of a change, whose "of" gives its size ("a decrease of 12,500", "a rise of 8%"): what
# changed is elsewhere, so a figure counting one of them counts no thing.
CHANGE_NOUNS = frozenset({"increase", "decrease", "rise", "fall", "drop", "decline", "gain", "jump", "reduction",
                           "growth", "dip", "surge", "climb", "hike", "change", "swing", "uptick", "slide", "plunge",
                           "boost", "bump", "adjustment"})  # fmt: skip
_NOUN_PHRASE_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "poss", "case"})

# ---------------------------------------------------------------------------- number grammar

_WORD_RE = "|".join(sorted(WORD_VALUES, key=len, reverse=True))
_DIGITS = r"(?<![\w.,/:])(?<![A-Za-z]-)\d+(?:,\d{3})*(?:\.\d+)?(?![\d:/]|\.\d|,\d{3}|-(?:year|month|week|day)s?-old)"
_WORDS = rf"(?:{_WORD_RE})(?:(?:[- ]|\sand\s)(?:{_WORD_RE}|hundred))*"
_SCALE = r"(?:\s?(?:hundred|thousand|million|billion|trillion|lakh|crore)\b|\sdozen\b|(?:bn|mn|mln|tn|[mbk])\b)"
# A scale word glued to a noun by a hyphen is part of an adjective: "five billion-dollar companies" counts five.
_SCALE_WORDS = r"(?:\s(?:hundred|thousand|million|billion|trillion|dozen)\b(?![-‐]\w))"
# Letter codes start a word, and "Rs" is written so: "members. Seventeen" is no sum in rupees.
_CURRENCY = r"(?:US\$|A\$|C\$|HK\$|\$|€|£|¥|₹|₽|₴|(?<![A-Za-z])(?:USD\s|EUR\s|GBP\s|(?-i:Rs)\.?\s?))"
_NUMBER = rf"(?:\b(?:{_WORD_RE}|\d+)\sand\sa\shalf\b{_SCALE_WORDS}*|{_DIGITS}{_SCALE}*|\b(?:{_WORDS}){_SCALE_WORDS}*\b|\ba\s(?:dozen|hundred|thousand|million|billion)\b" \
          rf"{_SCALE_WORDS}*|\b(?:half\sa|a\shalf)\s(?:dozen|million|billion)\b)"  # fmt: skip
_VAGUE_RE = (
    r"\b(?:tens|hundreds|thousands|millions|billions)\sof\s(?:thousands|millions|billions)\b"
    r"|\b(?:several|a\sfew|many)\s(?:hundred|thousand|million|billion)\b"
    r"|\b(?:dozens|scores|hundreds|thousands|millions|billions)\b"
)
_FRACTION_RE = (
    r"\b(?:one|two|three|four|a|nine)[- ](?:half|halves|thirds?|quarters?|fifths?|tenths?)\b(?=\sof\b)?"
    r"|\bhalf(?=\sof\b)"
)
# A unit glued to the number ("160km", "30MW", "90km/h"): only abbreviations no scale reads ("5m" is millions).
_GLUED_UNITS = r"(?:km/h|km|kg|kph|kmh|mph|mw|gw|kwh|mwh|twh|lbs?|ft|mi|bpd)"
# A unit hyphened to the number before a noun ("a 99-mile canal", "a 2,500-square-foot home"). "Points" only
# before a gap or a change ("a ten-point margin", "a 20-point drop"): "a five-point plan" has five items.
_HYPHENED_UNITS = r"(?:square[-‐](?:foot|mile|kilometre|kilometer|metre|meter)|percentage[-‐]point|per[-‐]?cent|mile|foot|" \
    r"acre|hectare|kilometre|kilometer|km|metre|meter|inch|yard|ton|tonne|gallon|barrel|degree|mph)"
_POINT_GAPS = r"(?:lead|leads|margin|gap|advantage|edge|deficit|swing|spread|difference|shift|loss|bump|boost|hike|cut|" \
    r"increase|decrease|rise|fall|drop|decline|gain|jump|dip|surge|climb|slide|plunge|uptick|change|reduction)"
_UNIT_RE = r"(?:\s?%|\s?(?:per\s?cent|percent|pct|percentage\spoints?|basis\spoints|°[CF])\b|\s(?-i:[CF])\b(?![.'’-]\w)" + \
    rf"|(?<=\d){_GLUED_UNITS}\b|[-‐]{_HYPHENED_UNITS}\b(?![-‐](?!(?:long|wide|tall|high|deep|thick)\b)\w)|[-‐]point\b(?=\s+(?:[a-z]+\s+)?{_POINT_GAPS}\b)" + \
    r"|\s(?:" + "|".join(re.escape(u) for u in sorted(_UNIT_WORDS, key=len, reverse=True) if u[0].isalpha()) + \
    r")\b)"  # fmt: skip
_AMOUNT = rf"(?:{_CURRENCY}\s?)?{_NUMBER}"
# "eight in ten", "three out of 10": a share, read as a percentage.
_RATIO_RE = rf"(?P<num>\b(?:{_WORD_RE})\b|\b\d{{1,3}}\b)\s(?:in|out\sof)\s(?P<den>\b(?:{_WORD_RE})\b|\b\d{{1,3}}\b)(?!\s?%|\s(?:percent|per\scent))"
# A range of shares may print the sign on both ends ("a 50%-52% cut"): one figure, not 50% and 52%.
_RANGE = rf"(?:between\s{_AMOUNT}\s(?:and|-|–)\s{_AMOUNT}|{_AMOUNT}(?:%\s?[-–]\s?{_AMOUNT}(?=\s?%)|\s?(?:-|–|to)\s?{_AMOUNT})?)"
_FIGURE_RE = re.compile(
    rf"(?P<body>{_RATIO_RE}|{_FRACTION_RE}|(?P<vague>{_VAGUE_RE})|{_RANGE})(?P<unit>(?(vague)(?:\sof)?){_UNIT_RE})?",
    re.IGNORECASE,
)
_PHONE_RE = re.compile(r"(?<!\w)(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{2,4}[\s.-])\d{3,4}[\s.-]\d{3,4}(?!\w)")
# Written-out dates and clock times ("2023-09-01", "14/09/2023", "10:35") are never figures.
_NUMERIC_DATE_RE = re.compile(r"(?<!\d)(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}:\d{2})(?!\d)")
_RANGE_SPLIT_RE = re.compile(r"^(?:between|from)\s|\s?(?:-|–|\bto\b|\band\b)\s?(?=[$€£¥₹₽₴\d]|US|[a-z])", re.I)


def extract_figures(doc: Doc, *, doc_id: str) -> Iterator[Figure]:
    """Yield the figures in ``doc`` in text order."""
    text = doc.text
    masked = [(m.start(), m.end()) for pattern in (_PHONE_RE, _NUMERIC_DATE_RE) for m in pattern.finditer(text)]
    previous: Figure | None = None
    previous_span: Span | None = None
    for match in _matches(text):
        start, end = match.span()
        if any(start < e and s < end for s, e in masked):
            continue
        if match.group("body").lower() in ("a", "one") or not match.group("body").strip():
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or _is_not_a_figure(span, match):
            continue
        figure = _build(span, match, doc_id, end, text)
        if figure is None:
            continue
        if previous is not None and converts(text, previous, figure):
            figure = _as_conversion_of(previous, figure)
        elif previous is not None and previous_span is not None and figure.about is None \
                and (_is_coordinated(previous_span, span) and not _purpose_follows(span)
                     or figure.unit is None and previous.unit is None and _in_a_parallel_clause(previous_span, span)):
            figure = replace(figure, about=previous.about)
        previous, previous_span = figure, span
        yield figure


def converts(text: str, first: Figure, second: Figure) -> bool:
    """Whether ``second`` is a bracketed conversion of ``first`` right before it: "1,200 miles (1,930 km)",
    "$3 billion (2.7 billion euros)": the same quantity in another unit."""
    return first.end <= second.start and re.fullmatch(r"\s*\(\s*", text[first.end : second.start]) is not None


def _as_conversion_of(first: Figure, converted: Figure) -> Figure:
    """"about 4,660 kilometers (2,900 miles)": the bracketed figure restates the first one, so it
    carries the same hedge and counts the same thing."""
    return replace(
        converted,
        hedge=converted.hedge if converted.hedge != "exact" else first.hedge,
        about=first.about,
    )


def _purpose_follows(span: Span) -> bool:
    """"$28.6 billion in disaster aid and $6.3 billion to resettle evacuees": an infinitive right after
    the second figure says what it is for, so it does not share the first one's noun."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].tag_ == "TO" and doc[span.end + 1].pos_ in ("VERB", "AUX")


def _is_coordinated(first: Span, second: Span) -> bool:
    """"drops to 49% among independents and just 21% among Republicans": the second figure is a
    conjunct of the first (or of the word the first hangs on), so it measures the same thing."""
    root = second.root
    if root.dep_ != "conj" or first.sent.start != second.sent.start:
        return False
    anchor = root.head
    return anchor.i < second.start and (first.root.i == anchor.i or first.root in anchor.subtree)


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _in_a_parallel_clause(first: Span, second: Span) -> bool:
    """"11 people died and more than 150 are missing", "one depot reported 2.6 million doses, another
    reported 2.2 million": the second figure stands, in a clause joined to the first one's, where the
    first figure's noun stands in its own, so that noun is left out. An object needs the same verb
    ("seized 12 rifles and arrested 40" does not count rifles twice)."""
    number = second.root
    if first.sent.start != second.sent.start or number.dep_ not in (*_SUBJECT_DEPS, "dobj"):
        return False
    noun = first.root.head if first.root.dep_ == "nummod" else first.root
    same_role = noun.dep_ == number.dep_ or {noun.dep_, number.dep_} <= _SUBJECT_DEPS
    if not same_role or noun.i >= number.i:
        return False
    own, other = _clause_verb(number.head), _clause_verb(noun.head)
    joined = own.i != other.i and (own.head.i == other.i and own.dep_ in ("conj", "ccomp")
                                  or other.head.i == own.i and other.dep_ in ("conj", "ccomp"))
    return joined and (number.dep_ in _SUBJECT_DEPS or own.lemma_ == other.lemma_)


def _clause_verb(verb: Token) -> Token:
    """The verb heading a clause, past an infinitive or gerund complement ("reported wasting" -> "reported")."""
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
    return verb


# ---------------------------------------------------------------------------- filters


_NAME_LABELS = frozenset({"ORG", "PRODUCT", "PERSON", "FAC", "WORK_OF_ART", "LAW", "EVENT", "GPE", "LOC", "NORP"})
_DATE_LABELS = frozenset({"DATE", "TIME", "ORDINAL"})
_TIME_UNITS = re.compile(r"^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|"
                         r"a\.m\.|p\.m\.|am|pm|o'clock|nights?|weekends?)$", re.IGNORECASE)  # fmt: skip
_GLUED_CLOCK = re.compile(r"\d{1,2}(?:[.:]\d\d)?(?:am|pm|a\.m\.|p\.m\.)", re.IGNORECASE)
_YEAR_CONTEXT = frozenset({"in", "since", "by", "until", "from", "of", "to", "before", "after", "during", "year",
                           "early", "late", "mid", "spring", "summer", "autumn", "fall", "winter", "through"})  # fmt: skip
# Words before a year that make it the year of an event ("the 2012 attacks", "last 2016 race").
_YEAR_DETERMINERS = frozenset({"the", "this", "that", "last", "next"})
_COUNT_ADJECTIVES = frozenset({"additional", "extra", "more", "further", "another", "only", "some", "nearly", "about",
                               "approximately", "roughly", "estimated", "total", "least", "other", "several", "few"})
_MONTH_WORDS = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$", re.IGNORECASE)


def _is_not_a_figure(span: Span, match: re.Match[str]) -> bool:
    has_money_or_unit = bool(match.group("unit")) or bool(re.search(_CURRENCY, match.group("body")))
    numbers = [t for t in span if t.like_num or t.text[:1].isdigit()]
    if not numbers and not re.search(r"(?i)\b(?:half|halves|thirds?|quarters?|fifths?|tenths?|dozens?|scores|tens|"
                                     r"hundreds?|thousands?|millions?|billions?)\b", span.text):
        return True
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if after is not None and not has_money_or_unit and (
            _TIME_UNITS.match(after.text)
            or (after.text == "-" and span.end + 1 < len(doc) and _TIME_UNITS.match(doc[span.end + 1].text))):
        # "18 months", "3 p.m.": durations and times belong to the dates extractor; a figure with its unit
        # is none ("rose 5.4% year over year", "$40 billion a year")
        return True
    if before is not None and before.lower_ == "or" and before.i > 0 and not has_money_or_unit \
            and _TIME_UNITS.match(doc[before.i - 1].text):  # fmt: skip
        return True  # "a day or two", "a year or two": a duration told loosely
    if _GLUED_CLOCK.fullmatch(span[-1].text):
        return True  # "at 10.46pm": one token, a clock time
    if _is_glued_label(match):
        return True  # "5G networks", "a 3D printer": a number glued to letters names a kind
    if _is_ordinal(match):
        return True  # "the 20th anniversary", "the 14th witness": a rank, whatever the NER made of it
    if after is not None and after.text == "-" and span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "star":
        return True  # "a two-star general", "a five-star hotel": a rank or a rating
    if after is not None and after.lower_ in ("year-old", "years-old", "-year-old") or _is_age(span, before, after):
        return True
    if after is not None and after.text in _TIME_ZONES and re.fullmatch(r"\d{3,4}", span.text):
        return True  # "(0600 EST)": a 24-hour clock time
    if not has_money_or_unit and any(_names_with(t) for t in numbers):
        return True  # "the Group of Seven summit", "the Chicago Seven": a number word in capitals names
    if after is not None and after.text == "-" and span.end + 1 < len(doc) and doc[span.end + 1].lower_ in (
            "figure", "figures", "digit", "digits"):
        return True  # "a nine-figure settlement" gives a magnitude, not a count
    if span.text.lower() == "scores" and (after is None or after.lower_ != "of"):
        return True  # "math scores": only "scores of" counts
    if span.text.lower() == "zero" and _is_a_zero_phrase(span):
        return True  # "zero tolerance", "net-zero emissions", "patient zero": a set phrase, not a count
    if not has_money_or_unit and (_is_date_like(span, before, after, match.group("body"))
                                  or _is_part_of_a_period(span, before, after)):
        return True
    if any(t.ent_type_ in _NAME_LABELS for t in numbers) and not has_money_or_unit:
        return True
    if before is not None and not has_money_or_unit and _is_name_part(numbers[0] if numbers else span[0], before):
        return True
    if before is not None and (before.text in ("#", "No.", "no.", "No", "Nos.", "number")
                               or before.text == "." and span.start > 1 and doc[span.start - 2].text in ("No", "no")):
        return True  # a rank: "No. 3 Russia" (the tokenizer may split "No" from its period)
    if _is_list_number(span, before, after) or (not has_money_or_unit and _is_hyphenated_id(span.text)):
        return True
    return False


def _is_hyphenated_id(text: str) -> bool:
    """"(12-1281)", a court's docket number: two numbers joined by a hyphen, the second of three digits
    or more and far larger than the first, number a case or a bill; a range joins numbers of one size
    ("20-30", "218-212")."""
    match = re.fullmatch(r"(\d{1,3})-(\d{3,6})", text.strip())
    return match is not None and int(match.group(2)) >= 50 * max(1, int(match.group(1)))


# Letters a number may carry glued on as its scale or unit ("5bn", "$3m", "12km", "40kg", "60mph", "90F", "5th").
_GLUED_SUFFIX = re.compile(r"(?i)(?:bn|mn|mln|tn|[mbkfc]|km|kg|cm|mm|ft|in|lbs?|mph|kph|kmh|mw|gw|kw|mi|st|nd|rd|th|s)")


def _is_glued_label(match: re.Match[str]) -> bool:
    """Whether the number runs straight into letters that are no scale or unit ("5G", "3D", "4K", "F35"):
    the model name of a kind of thing, not a count (it had counted 5 "G wireless networks")."""
    text = match.string  # not span.doc.text, which spaCy rebuilds from every token on each access
    end = match.start("body") + len(match.group("body").rstrip())
    glued = re.match(r"[A-Za-z]+", text[end:end + 6])
    return glued is not None and not _GLUED_SUFFIX.fullmatch(glued.group(0)) and text[end - 1:end].isdigit()


def _is_ordinal(match: re.Match[str]) -> bool:
    """Digits with an ordinal suffix ("20th", "1st", "43rd"): a position in a series, not a count."""
    text = match.string
    end = match.start("body") + len(match.group("body").rstrip())
    return text[end - 1 : end].isdigit() and re.match(r"(?i)(?:st|nd|rd|th)\b", text[end : end + 3]) is not None


def _is_list_number(span: Span, before: Token | None, after: Token | None) -> bool:
    """"9. February: Times claims ...", "4) The tweets ...": the number of a list item opening its
    paragraph counts nothing, nor does one in parentheses of its own ("(2) the spending")."""
    if len(span) != 1 or not span[0].text.isdigit() or after is None:
        return False
    if before is not None and before.text == "(" and after.text == ")" and len(span[0].text) <= 2:
        return True  # "critics list (1) the secrecy, (2) the spending ...": an item's number anywhere
    opens_paragraph = before is None or "\n" in before.text or before.is_space and "\n" in before.text_with_ws
    return opens_paragraph and after.text in (".", ")") and len(span[0].text) <= 3


def _overlapping_ents(span: Span, label: str) -> list[Span]:
    """The ``label`` entities that overlap ``span``, found from its tokens (``doc.ents`` is rebuilt
    from the whole document on each access, quadratic over a long document's figures)."""
    doc, found, i = span.doc, [], span.start
    while i < span.end:
        if doc[i].ent_type_ != label:
            i += 1
            continue
        start, end = i, i + 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        found.append(doc[start:end])
        i = end
    return found


# Words that make "zero" part of a set phrase, before it ("net-zero", "patient zero", "ground zero") or
# after it ("zero tolerance", "a zero-sum game", "zero-emission buses", "zero hour").
_ZERO_BEFORE = frozenset({"net", "patient", "ground", "year"})
_ZERO_AFTER = frozenset({"tolerance", "sum", "emission", "emissions", "carbon", "hour", "gravity", "day"})


def _is_a_zero_phrase(span: Span) -> bool:
    """"zero" in a set phrase or as the verb of "zero in on", across a hyphen ("zero-tolerance")."""
    doc = span.doc
    if span[0].pos_ == "VERB":
        return True  # "opponents will zero in on his record"
    before = [t for t in doc[max(0, span.start - 2) : span.start] if t.text not in ("-", "‐")][-1:]
    after = [t for t in doc[span.end : span.end + 2] if t.text not in ("-", "‐")][:1]
    return bool(before and before[0].lower_ in _ZERO_BEFORE or after and after[0].lower_ in _ZERO_AFTER)


def _is_date_like(span: Span, before: Token | None, after: Token | None, body: str) -> bool:
    # the matched number, not the tokens around it: "in 2010.The law" is one token
    text = body.strip()
    if any(t.ent_type_ == "ORDINAL" for t in span) or (
            any(t.ent_type_ == "TIME" for t in span) and not _count_before_a_part_of_day(span, before)):
        return True
    if (after is not None and after.text in ERA_MARKERS) or (before is not None and before.text in ERA_PREFIXES):
        return True
    if re.fullmatch(r"(?:1[5-9]|20)\d{2}s?-?", text):
        return not _counts_before(before, after)
    span_of_years = _YEAR_SPAN.fullmatch(text)
    if span_of_years is not None and int(span_of_years.group(1)) < int(span_of_years.group(2)):
        # "served from 1996-2007", "between 2010 and 2014", "the 2013-2014 school year": two years in
        # order are a stretch of time, unless the pair counts something ("between 1500 and 2000 troops")
        return not _counts_before(before, after)
    if any(re.fullmatch(r"\d0s", t.text) for t in span) or (
            after is not None and after.text == "s" and not after.whitespace_ and re.fullmatch(r"\d0", text)):
        return True  # a decade written short: "the '70s", "'90s approach"
    if before is not None and _MONTH_WORDS.match(before.text):
        return True  # "May 5", "March 2022"
    if after is not None and _MONTH_WORDS.match(after.text) and re.fullmatch(r"\d{1,2}(?:\s?[-–]\s?\d{1,2})?", text):
        return True  # "5 May", "12-16 July"
    date_ents = _overlapping_ents(span, "DATE")
    if date_ents:
        ent_text = " ".join(e.text for e in date_ents)
        return bool(re.search(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday"
                              r"|thursday|friday|saturday|sunday|year|month|week|day|decade|century|quarter|ago)", ent_text)
                    or re.fullmatch(r"\d{4}", text))  # fmt: skip
    return False


# Words before "half" or "quarter" that make it a stretch of a period ("the first half of 2024").
_PERIOD_PART_WORDS = frozenset({"first", "second", "third", "fourth", "last", "latter", "final", "early"})
# Nouns of a period after "of": "the second half of the year", "the last quarter of the season".
_PERIOD_NOUNS = frozenset({"year", "month", "decade", "century", "season", "term", "quarter", "week"})


def _is_part_of_a_period(span: Span, before: Token | None, after: Token | None) -> bool:
    """"the first half of 2024", "the last quarter of the year": a stretch of time for the dates
    extractor, not a share; "the first half of the workers" still counts workers."""
    if before is None or after is None or after.lower_ != "of" or before.lower_ not in _PERIOD_PART_WORDS \
            or span.text.lower() not in ("half", "quarter"):
        return False
    following = [t for t in span.doc[after.i + 1 : after.i + 4] if t.pos_ != "DET" and not t.is_punct]
    return bool(following) and (following[0].ent_type_ == "DATE" or bool(_MONTH_WORDS.match(following[0].text))
                                or following[0].lower_ in _PERIOD_NOUNS)


# Two years written as a range: "1996-2007", "2010 to 2014", "between 1877 and 1950".
_YEAR_SPAN = re.compile(r"(?i)(?:between\s+)?((?:1[5-9]|20)\d{2})\s?(?:-|–|to|and|through)\s?((?:1[5-9]|20)\d{2})")


def _counts_before(before: Token | None, after: Token | None) -> bool:
    """Whether a number written like a year ("2000", "1500-2000") counts the plural noun after it
    ("2000 troops") rather than naming a year. After "the" it names the year of an event ("the 2012
    attacks"), as a count of 1,000 or more takes a comma; an adjective before it makes it a year too
    ("possible 2016 candidates"), unless it adds to a count ("an additional 2000 troops")."""
    year_adjective = before is not None and before.pos_ == "ADJ" and before.lower_ not in _COUNT_ADJECTIVES
    return (after is not None and after.tag_ == "NNS" and not year_adjective
            and (before is None or before.lower_ not in _YEAR_CONTEXT and before.lower_ not in _YEAR_DETERMINERS
                 and not _marks_a_year(before)))


def _marks_a_year(before: Token) -> bool:
    """A word before a four-digit number that makes it a year: a possessive or a demonstrative ("his
    2016 campaign", "Baltimore's 1968 riots", "these 2020 elections"), as "the" does; a year before
    "and" ("Romney's 2008 and 2012 campaigns"); the day of a date ("the Sept. 11, 2001 attacks")."""
    if before.tag_ in ("PRP$", "POS") or before.lower_ in ("these", "those"):
        return True
    doc = before.doc
    prior = doc[before.i - 1] if before.i > 0 else None
    if prior is None:
        return False
    if before.lower_ in ("and", "or") and re.fullmatch(r"(?:1[5-9]|20)\d{2}", prior.text):
        return True
    return before.text == "," and re.fullmatch(r"\d{1,2}", prior.text) is not None and prior.i > 0 \
        and _MONTH_WORDS.match(doc[prior.i - 1].text) is not None  # fmt: skip


def _count_before_a_part_of_day(span: Span, before: Token | None) -> bool:
    """Whether a number the NER put in one TIME entity with the part of the day after it ("the toll jumped to
    60 overnight", "police arrested 12 overnight", "reached 300 this morning") counts something: the rest of
    the entity is only such words, and the number is above any hour or follows a verb. "at 10 tonight", "from 6
    to 9 this morning" stay times."""
    entity = next((e for e in _overlapping_ents(span, "TIME")), None)
    if entity is None or entity.start != span.start:
        return False
    rest = [t.lower_ for t in entity if t.i >= span.end]
    if not rest or any(word not in _PARTS_OF_DAY for word in rest) or not re.fullmatch(r"[\d,]+", span.text.strip()):
        return False
    value = parse_amount(span.text.strip())
    return value is not None and (value > 24 or (before is not None and before.pos_ == "VERB"))


_PARTS_OF_DAY = frozenset({"overnight", "tonight", "today", "yesterday", "this", "last", "morning", "afternoon",
                           "evening", "night"})


# Time zones written after a 24-hour clock time ("0600 EST").
_TIME_ZONES = frozenset("EST EDT CST CDT MST MDT PST PDT ET CT MT PT GMT BST UTC CET CEST IST JST AEST AEDT".split())


def _names_with(number: Token) -> bool:
    """A number word in capitals after a capitalised word ("Chicago Seven") or "of" after one ("Group
    of Seven"): part of a name. After a lower-case word it is a count ("Media caption Four defectors")."""
    if not (number.is_alpha and number.text[:1].isupper()) or number.i == 0:
        return False
    previous = number.doc[number.i - 1]
    if previous.lower_ == "of" and number.i > 1:
        previous = number.doc[number.i - 2]
    return previous.is_alpha and previous.text[:1].isupper() and number.i > number.sent.start + 1


def _is_age(span: Span, before: Token | None, after: Token | None) -> bool:
    """"Kopp, 44, said", "aged 44", "a 44-year-old": ages are not figures."""
    if before is not None and (before.lower_ in ("aged", "age", "ages") or before.lemma_ == "turn"):
        return True  # "aged 44", "who turned 87"
    following = span.doc[span.end : span.end + 2].text.lower()
    if following in ("and older", "and over", "or older", "and up", "or over", "and younger", "and under",
                     "or under", "or younger"):
        return True  # "employees 40 and older"
    preceding = span.doc[max(0, span.start - 3) : span.start].text.lower()
    if preceding in ("as young as", "as old as") or preceding.endswith(("age of", "ages of")):
        return True  # "children as young as 12", "people over the age of 65"
    if re.fullmatch(r"\d{1,3}", span.text) and _AGE_LIST.search(
            span.doc[max(span.sent.start, span.start - 12) : span.start].text) and not (
            after is not None and after.pos_ in ("NOUN", "PROPN", "NUM", "ADJ")):
        # "ranging in age from 2 to 86", "aged 19 to 72", "ages 24, 31 and 45", "the ages of 18 and 24"
        # ("aged 40 and 12 people came": a noun after the number is what it counts)
        return True
    if re.fullmatch(r"\d{1,3}-?", span.doc[span.start : span.end].text) and re.match(
        r"(?:-?\s*to\s+|\s*[-–]\s*)\d{1,3}\s*-?\s*years?\s*-?\s*olds?\b", span.doc[span.end : span.end + 6].text, re.I
    ):
        return True  # "12- to 15-year-olds", "18-20-year-olds"
    if _bounds_the_age_of_people(span, before):
        return True  # "each child under 5", "adults over 80", "residents between 40 and 59"
    if re.fullmatch(r"\d0s", span.text) and before is not None and before.lower_ in ("early", "mid", "late", "her",
                                                                                  "his", "their"):  # fmt: skip
        return True  # "in her early 50s"
    root = span.root
    if re.fullmatch(r"\d{1,3}", span.text) and root.dep_ in ("attr", "acomp") and root.head.lemma_ == "be":
        subjects = [c for c in root.head.children if c.dep_ == "nsubj"]
        if subjects and (subjects[0].ent_type_ == "PERSON" or subjects[0].lower_ in _PERSONAL_PRONOUNS) \
                and (after is None or after.is_punct):  # fmt: skip
            return True  # "Neil Gorsuch is 52.", "He was 94.", "when she was 15, she ..."
    if re.fullmatch(r"\d{1,3}", span.text) and root.dep_ == "pobj" and root.head.lower_ == "at" \
            and root.head.head.lemma_ == "die":  # fmt: skip
        return True  # "died at 94", "dies at 81 after a long illness"
    if re.fullmatch(r"\d{1,3}", span.text) and before is not None and after is not None:
        if before.lower_ in ("now", "then") and before.i > 0:
            before = span.doc[before.i - 1]  # "Rogers, now 62, debated leaving"
        prior = span.doc[before.i - 1] if before.i > 0 else None
        return (
            before.text == ","
            and after.text in (",", ".", ")")
            and prior is not None
            and (prior.ent_type_ == "PERSON" or prior.pos_ == "PROPN")
        )
    return False


# Nouns for people whose age a bare number after "under", "over" or "between" gives ("children under 6").
_PEOPLE_NOUNS = frozenset({"child", "children", "kid", "kids", "people", "person", "persons", "adult", "adults",
                           "student", "students", "teen", "teens", "teenager", "teenagers", "youth", "youths",
                           "man", "men", "woman", "women", "boy", "boys", "girl", "girls", "patient", "patients",
                           "resident", "residents", "voter", "voters", "worker", "workers", "those", "anyone",
                           "everyone", "individual", "individuals", "senior", "seniors", "americans"})  # fmt: skip


def _bounds_the_age_of_people(span: Span, before: Token | None) -> bool:
    """A bare whole number of at most three digits right after people and "under"/"over" ("each child
    under 5", "adults over 80"), or a range of them after "between" ("residents between 40 and 59"),
    is an age; "companies with over 100 employees" and "homes under $500,000" are figures."""
    if before is None or not re.fullmatch(r"(?:between\s+)?\d{1,3}(?:\s+(?:and|to|-|–)\s+\d{1,3})?", span.text,
                                          re.IGNORECASE):
        return False
    if span.text.lower().startswith("between"):
        return before.lower_ in _PEOPLE_NOUNS
    people = span.doc[before.i - 1] if before.i > 0 else None
    return before.lower_ in ("under", "over") and people is not None and people.lower_ in _PEOPLE_NOUNS


# Numbers after "in age" / "aged" / "ages (of)" and the other numbers of their list or range: ages, not counts
# (whatever the parse made of them, "ranged in age from 19 to 72" had counted 72 victims).
_AGE_LIST = re.compile(r"\b(?:in\s+age|aged?|ages)(?:\s+(?:from|between))?(?:\s+of)?"
                       r"(?:\s*\d{1,3}\s*(?:,|and|to|through|or|-|–))*\s*$", re.IGNORECASE)
# Subjects of "was 94" that are a person: a bare number is then an age ("he was 94"; "it was 10" counts).
_PERSONAL_PRONOUNS = frozenset({"i", "he", "she", "you"})


def _is_name_part(number: Token, before: Token) -> bool:
    """"Boeing 737", "Flight 370", "Windows 11": a number attached to the proper noun before it; and
    a number right after a common noun labels it ("Proposition 8", "section 230", "Chapter 11", "grades
    9-12", "pages 14 through 20"): a count comes before what it counts. The far end of such a range
    or list ("through 20", "Sections 3 and 4") is a label too."""
    if before.lower_ in _LABEL_LINKS and before.i >= 2:
        near = number.doc[before.i - 1]
        # a year is no label: "fell from 553 in October 2018 to 398" reaches 398 from 553
        if (near.like_num or near.text[:1].isdigit()) and not re.fullmatch(r"(?:1[5-9]|20)\d\d", near.text) \
                and _is_name_part(near, number.doc[near.i - 1]):  # fmt: skip
            return True
    if before.tag_ == "NNS" and number.i == before.i + 1 and number.dep_ == "npadvmod" and number.head.pos_ == "VERB":
        return True  # the parser may hang the label on the verb: "will serve grades 9-12 next year"
    if before.pos_ == "PROPN" and before.dep_ in ("nmod", "compound") and number.dep_ in ("nummod", "compound") \
            and number.i == before.i + 1 and before.head.i == number.head.i and number.head.i > number.i:  # fmt: skip
        return True  # a name and its number before the noun both modify: "the Nasdaq 100 futures", "the Apollo 11 crew"
    if number.head.i != before.i or number.dep_ not in ("nummod", "appos", "compound"):
        return False
    return before.pos_ == "PROPN" or before.tag_ in ("NN", "NNS") and number.i == before.i + 1


# Words joining two labels of one kind: "grades 7 through 12", "Articles 5 and 6", "pages 4-5".
_LABEL_LINKS = frozenset({"through", "thru", "to", "and", "or", "-", "–"})


# ---------------------------------------------------------------------------- building a figure


def _matches(text: str) -> Iterator[re.Match[str]]:
    """Number-grammar matches. "X to Y" is a range ("1,500 to 2,000 jobs", "ranged from $19m to
    $136m") unless it reads as a change between two figures: "from 5% to 6%", "shed $1.11 to
    $53.36" (the second end more than ten times the first, or below it), or after "by" a change
    and the level it reached ("fell by 92,000 to 498,000", the second end more than three times
    the first; "cut by 50 to 52 percent" stays a range), as is a plain count right after a change
    verb ("claims dropped 36,000 to 293,000"; "prices rose 1 to 5 percent" stays a range)."""
    for match in _FIGURE_RE.finditer(text):
        before = text[max(0, match.start() - 30) : match.start()].lower()
        if _TALLY_SEPARATOR.match(text, match.end()):
            continue  # "a 252-to-175 vote": a tally (its second number is glued and never matched)
        if (pair := _share_pair(match, text, before)) is not None:
            yield from pair
            continue
        separator = re.search(r"\sto\s", match.group("body"))
        if _is_tally_of_one_vote(match, text):
            continue
        if separator is None or match.group("num"):
            yield match
            continue
        cut = match.start() + separator.start()
        first = _FIGURE_RE.match(text, match.start(), cut)
        second = _FIGURE_RE.match(text, match.start() + separator.end(), match.end())
        clause = text[max(0, match.start() - 120) : match.start()].lower()
        if _is_tally(first, second, before, text[match.end() : match.end() + 20], clause):
            continue
        is_range_verb = re.search(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+(?:from\s+)*$", before)
        # the words before the first end without its hedge: "rose by about 2 million to 7.4 million"
        # is a change and its new level as "rose by 2 million to 7.4 million" is
        lead = _HEDGE_RE.sub("", before.rstrip()).rstrip() + " " if before[-1:].isspace() else before
        limit = _BY_CHANGE_RATIO if lead.endswith("by ") or _follows_a_change_verb(match, lead) else _CHANGE_RATIO
        if is_range_verb or (not lead.endswith("from ") and not _is_change(first, second, limit)):
            yield match
            continue
        yield from (m for m in (first, second) if m is not None)


# "50%-52%" is a range, but a poll's split prints the same way ("a 53%-43% margin", "divided
# (44%-51%)", "a 20-point, 57%-37%, lead"): two shares, each a figure.
_SHARE_PAIR = re.compile(r"(?P<first>[^%]+%)\s?[-–]\s?\S")
_SPLIT_BEFORE = re.compile(r"\b(?:divided|split|by\s+an?|leads?|leading|led|trails?|trailing|trailed|edged?|beats?|"
                           r"won|wins|ahead|margin\sof)\s*\(?\s*$")  # fmt: skip
_SPLIT_AFTER = re.compile(r"^\s*\)?\s*,?\s*(?:margin|edge|lead|advantage|split|victory|win|vote)\b", re.IGNORECASE)


def _share_pair(match: re.Match[str], text: str, before: str) -> list[re.Match[str]] | None:
    """The two shares of a split written "X%-Y%", or ``None`` for anything else (a range stays one)."""
    pair = _SHARE_PAIR.match(match.group("body"))
    if pair is None or match.group("unit") is None or "%" not in match.group("unit"):
        return None
    cut = match.start() + pair.end("first")
    first = _FIGURE_RE.match(text, match.start(), cut)
    second_start = match.start() + pair.end() - 1
    second = _FIGURE_RE.match(text, second_start, match.end())
    if first is None or second is None:
        return None
    low, high = parse_amount(first.group("body")), parse_amount(second.group("body"))
    descending = low is not None and high is not None and high < low
    if not descending and not _SPLIT_BEFORE.search(before) and not _SPLIT_AFTER.match(text[match.end() : match.end() + 20]):
        return None
    return [first, second]


# A vote or a score written "N to M" is a tally, which the guidelines do not count as a figure
# ("voted 89-52" already reads as a score: its second end is below the first). With "to" the order
# alone cannot tell it from a fall ("fell 12 to 9"), so the words around must name a vote.
_TALLY_SEPARATOR = re.compile(r"\s?[-–]\s?to\s?[-–]\s?\d")
_TALLY_BEFORE = re.compile(r"\b(?:voted|votes?(?:\s+of)?|passed|approved|confirmed|rejected|defeated|ruled|won|lost|advanced|"
                           r"cleared|adopted|upheld|sided|margin\sof|tally\sof)\s+$")  # fmt: skip
_TALLY_AFTER = re.compile(r"^\s+(?:votes?|margin|decision|ruling|tally|majority|split)\b", re.IGNORECASE)
# The vote verb may stand a few words back, past its object or the body that voted ("passed the bill
# 230 to 199", "passed it 68 to 32 on Friday"), or past an earlier tally of the same sentence ("the
# committee voted 14 to 10 and the full Senate 51 to 49", "passed 65-35 in the Senate, and 254 to 175"):
# only words, commas and tallies between, no change verb.
_TALLY_CLAUSE_BEFORE = re.compile(
    r"\b(?:voted|passed|approved|confirmed|rejected|defeated|ruled|won|lost|advanced|cleared|adopted|upheld)"
    r"(?P<between>(?:\s+[a-z'’]+,?|\s+\d[\d,]*\s?(?:[-–]|to)\s?\d[\d,]*,?){1,6})\s+$"
    r"|\b(?:vote|tally)\s+(?:was|is|stood\s+at|ended)\s+$"  # "the final vote was 69 to 30"
)


def _is_tally_clause(clause: str) -> bool:
    """Whether a vote verb a few words back, with no change verb after it, makes "N to M" its tally."""
    found = _TALLY_CLAUSE_BEFORE.search(clause)
    return found is not None and not (found.group("between") and _CHANGE_WORD.search(found.group("between")))


def _is_tally(first: re.Match[str] | None, second: re.Match[str] | None, before: str, after: str,
              clause: str = "") -> bool:
    """"passed 252 to 175", "a 5 to 4 decision", "passed the House 230 to 199 and the Senate 60 to 38": two
    plain counts, the second no larger, by a vote. ``clause`` is the lower-cased text before, a sentence's
    length."""
    if first is None or second is None or first.group("unit") or second.group("unit"):
        return False
    if re.search(_CURRENCY, first.group("body") + second.group("body")):
        return False
    low, high = parse_amount(first.group("body")), parse_amount(second.group("body"))
    if low is None or high is None or high > low:
        return False
    return bool(_TALLY_BEFORE.search(before) or _TALLY_AFTER.match(after) or _is_tally_clause(clause))


# A single vote or decision named right after "N-M" or "N to M": "a 47 to 51 vote", "a 4-5 decision" (a range of a
# count takes the plural, "48-50 votes").
_ONE_VOTE_AFTER = re.compile(r"\s+(?:vote|margin|decision|ruling|tally|split)\b", re.IGNORECASE)


def _is_tally_of_one_vote(match: re.Match[str], text: str) -> bool:
    """"after a 47 to 51 vote": two plain counts before a vote are its tally in either order (a failed
    vote writes its ayes first), not a range of 47 to 51."""
    body = match.group("body")
    if match.group("unit") or match.group("num") or re.search(_CURRENCY, body) \
            or not re.fullmatch(r"\d[\d,]*\s?(?:[-–]|to)\s?\d[\d,]*", body.strip()):  # fmt: skip
        return False
    return _ONE_VOTE_AFTER.match(text, match.end()) is not None


# "X to Y" whose second end is this many times the first reads as a change to a new level, not a
# range; after "by" (a change is coming: "rose by 5 to 14") a smaller gap does, since ranges of a
# change stay close ("by 1 to 3 degrees", "by 50 to 52 percent").
_CHANGE_RATIO = 10.0
_BY_CHANGE_RATIO = 3.0


# Verbs of movement (a pattern to embed), shared with the timeline's "since" rule. Written right before a figure,
# "dropped 36,000 to 293,000" is, like "dropped by 36,000 to 293,000", the change and the level it reached.
CHANGE_VERBS = (
    r"(?:rose|ris(?:en?|es|ing)|fell|fall(?:s|en|ing)?|grew|grow(?:s|n|ing)?|sank|sinks?|sinking|slid|slid(?:es|ing)"
    r"|(?:climb|jump|dropp?|declin|increas|decreas|surg|plung|slipp?|dipp?|tumbl|soar|gain|edg|eas|spik|plummet|slump)"
    r"(?:ed|es|s|ing)?)"
)
_CHANGE_VERB_BEFORE = re.compile(rf"\b{CHANGE_VERBS}\s+$")
# A verb of movement between a vote verb and "N to M" makes them a change, not the vote's tally
# ("approved the plan and staff fell 40 to 12").
_CHANGE_WORD = re.compile(rf"\b(?:{CHANGE_VERBS}|cut|reduced?|raised?)\b")


def _follows_a_change_verb(match: re.Match[str], before: str) -> bool:
    """Whether a plain count "X to Y" comes right after a change verb ("claims dropped 36,000 to 293,000"),
    so that, as after "by", a second end three times the first is the new level. Not for percentages or
    money: "prices rose 1 to 5 percent" is a range of the change."""
    return match.group("unit") is None and not re.search(_CURRENCY, match.group("body")) \
        and bool(_CHANGE_VERB_BEFORE.search(before))


def _is_change(first: re.Match[str] | None, second: re.Match[str] | None, limit: float = _CHANGE_RATIO) -> bool:
    """Whether "first to second" is a change between two figures rather than a range."""
    if first is None or second is None:
        return False
    low, high = parse_amount(first.group("body")), parse_amount(second.group("body"))
    if low is None or high is None or low <= 0:
        return False
    return high < low or high > limit * low


def _build(span: Span, match: re.Match[str], doc_id: str, end_char: int, text: str) -> Figure | None:
    # ``text`` is ``doc.text``, passed down: spaCy rebuilds it from every token on each access,
    # which made a long document's figures quadratic (a 200,000-character page took minutes).
    body = match.group("body")
    unit = _unit(body, match.group("unit"))
    low, high = body, None
    if match.group("num"):
        value, upper = _ratio(match.group("num"), match.group("den")), None
        if value is None:
            return None
        unit = "%"
    else:
        low, high = _range(body)
        value = parse_amount(low)
        upper = parse_amount(high) if high else None
    if high and value is not None and upper is not None and _scale_of(low) == 1 and _scale_of(high) != 1:
        value *= _scale_of(high)  # "$1-2 billion": the scale is written once
    if value is not None and upper is not None and upper <= value:
        return None  # "voted 89-52", "won 3-1": a score; "voted 50-50", "a 50-50 chance": a tie; no range
    start_tok, hedge = _hedge_before(span, text)
    if hedge == "exact":
        hedge = _hedge_after(text, end_char)
    if hedge == "exact" and re.match(r"(?i)(?:tens|hundreds|thousands|millions|billions|dozens|scores|several|"
                                     r"a few|many)\b", body):  # fmt: skip
        hedge = "lower" if not re.match(r"(?i)(?:several|a few|many)\b", body) else "approx"
    # a figure may start inside a token: the second share of "61%-35%", which spaCy keeps as one
    start_char = span.doc[start_tok].idx if start_tok != span.start else max(span.start_char, match.start())
    return Figure(
        doc=doc_id,
        text=text[start_char:end_char],
        value=value,
        unit=unit,
        about=about_phrase(span, unit),
        hedge=hedge,
        start=start_char,
        end=end_char,
        source=source_of(span),
        upper=upper,
    )


def _ratio(numerator: str, denominator: str) -> float | None:
    """"eight in ten" -> 80.0 (per cent); ``None`` unless it reads as a share (n < d)."""
    num, den = parse_amount(numerator), parse_amount(denominator)
    if num is None or not den or num >= den:
        return None
    return round(100 * num / den, 3)


def _hedge_before(span: Span, text: str) -> tuple[int, Hedge]:
    """The hedge written right before the number ("nearly", "at least", "up to") and where it starts."""
    window_start = max(0, span.start_char - 30)
    prefix = text[window_start : span.start_char]
    if not prefix[-1:].isspace() and not prefix.endswith("~"):
        return span.start, "exact"
    match = _HEDGE_RE.search(prefix.rstrip())
    if match is None:
        return span.start, "exact"
    hedge_span = span.doc.char_span(window_start + match.start(), span.start_char, alignment_mode="expand")
    if hedge_span is None or _is_verb_particle(hedge_span[0]) or _fronted_preposition(hedge_span[0]) \
            or _ends_a_from_phrase(hedge_span[0]) or _is_verbs_preposition(hedge_span[0], span):  # fmt: skip
        return span.start, "exact"
    return hedge_span.start, _HEDGE_KIND.get(re.sub(r"\s+", " ", match.group(0).strip().lower()), "approx")


# A bound written after the number: "100 or more employees", "a $1 trillion+ package", "a 20-plus-year
# career", "6 or younger".
_HEDGE_AFTER_RE = re.compile(r"\+(?![\d+])|[-‐]plus\b|\s+or\s+(?:(?P<lower>more|greater|higher|above|over|older|longer)"
                             r"|(?P<upper>fewer|less|lower|below|under|younger|shorter))\b", re.IGNORECASE)


def _hedge_after(text: str, end: int) -> Hedge:
    """The bound written right after the number: "or more", a glued "+" or "-plus" make it a floor,
    "or fewer" a ceiling; "100 or 200 people", "1+1" and "$5 plus tax" are no bound."""
    match = _HEDGE_AFTER_RE.match(text, end)
    if match is None:
        return "exact"
    return "upper" if match.group("upper") else "lower"


# Verbs of a level moving up: "went up to 8%" gives the new level, not a ceiling.
_RISING_VERBS = frozenset({"go", "revise", "move", "climb", "tick", "edge", "jump", "shoot", "push", "bump",
                           "creep", "inch", "ratchet", "mark", "ramp", "drive", "rise", "spike", "step"})  # fmt: skip


def _fronted_preposition(token: Token) -> bool:
    """"Over two dissenting votes, the justices left ...": a preposition opening the sentence with its
    phrase set off by a comma is "despite" or "above", not "more than"."""
    if token.lower_ not in ("over", "under", "above", "below") or token.dep_ != "prep" or token.i != token.sent.start:
        return False
    last = token.right_edge
    return last.i + 1 < len(token.doc) and token.doc[last.i + 1].text == ","


def _ends_a_from_phrase(token: Token) -> bool:
    """"increases the credit from $2,000 up to $3,600": "up to" after "from" and an amount leads to
    where the change ends, a value reached, not a ceiling."""
    if token.lower_ != "up" or token.i < 2:
        return False
    doc = token.doc
    previous = doc[token.i - 1]
    return (previous.like_num or previous.ent_type_ in ("MONEY", "CARDINAL", "PERCENT")) and any(
        t.lower_ == "from" for t in doc[max(0, previous.i - 4) : previous.i])


def _is_verbs_preposition(token: Token, span: Span) -> bool:
    """"coalesced around two plans", "argued about three issues": the verb's preposition, whose
    object the number counts, is no "approximately" (as in "around 300 people died"; nor when the
    figure itself is its object, "covers about 40-50% of costs", a parse of the hedge)."""
    objects = [c for c in token.children if c.dep_ == "pobj"]
    return token.lower_ in ("around", "about") and token.dep_ == "prep" and token.head.pos_ == "VERB" \
        and bool(objects) and all(o.i >= span.end and o.pos_ in ("NOUN", "PROPN") for o in objects)


def _is_verb_particle(token: Token) -> bool:
    """"revised up to 366,000", "went up to 8%": "up" belongs to the verb, "to" gives the new value."""
    if token.lower_ != "up":
        return False
    if token.dep_ in ("prt", "advmod") and token.head.pos_ in ("VERB", "AUX"):
        return True
    previous = token.doc[token.i - 1] if token.i > 0 else None
    return previous is not None and previous.pos_ == "VERB" and previous.lemma_.lower() in _RISING_VERBS


def _range(body: str) -> tuple[str, str | None]:
    """Split "between 20 and 30" / "20-30" / "$1.2 to $1.5 billion" into its two ends."""
    if re.fullmatch(_WORDS, body.strip(), re.IGNORECASE) and _word_number(body.strip().lower()) is not None:
        return body, None  # "Forty-eight" is one number, not a range
    parts = [p for p in _RANGE_SPLIT_RE.split(body) if p and p.strip()]
    numeric = [p for p in parts if re.search(r"\d|" + _WORD_RE, p, re.IGNORECASE)]
    if len(numeric) == 2 and not re.search(r"(?i)\b(?:tens|hundreds|thousands|millions)\s+of\b", body):
        return numeric[0].strip().removesuffix("%"), numeric[1].strip()
    return body, None


def _unit(body: str, unit_text: str | None) -> str | None:
    currency = re.search(_CURRENCY, body, re.IGNORECASE)
    if currency:
        return _CURRENCY_SYMBOLS.get(currency.group(0).strip().lower())
    if unit_text is None:
        return None
    if unit_text.strip() in ("C", "F"):
        return _TEMPERATURE_LETTERS[unit_text.strip().lower()]
    # "hundreds of miles": a plural magnitude takes its unit through "of"
    key = re.sub(r"^of\s+", "", re.sub(r"[\s‐-]+", " ", unit_text.strip().lower().lstrip("-‐")))
    if key == "degree":
        return "degrees"  # "a 2-degree rise"
    if key == "pounds" and re.search(r"(?i)million|billion|thousand|\bbn\b", body):
        return "GBP"  # "5 million pounds" is money; "200 pounds" is weight
    return _UNIT_WORDS.get(key, key)


def _scale_of(text: str) -> float:
    found = re.findall(r"(?i)(hundred|thousand|million|billion|trillion|lakh|crore|dozen|bn|mn|mln|tn|(?<=\d)[mbk])\b", text)
    result = 1.0
    for word in found:
        result *= _SCALES[word.lower()]
    return result


def parse_amount(text: str) -> float | None:
    """The value of one amount: "$1.2 billion" -> 1.2e9, "nearly 300,000" -> 300000.0,
    "two-thirds" -> 0.667, "tens of thousands" -> 20000.0. ``None`` when too long or unreadable."""
    cleaned = re.sub(_CURRENCY, " ", text, flags=re.IGNORECASE).strip().lower()
    cleaned = re.sub(r"^(?:between|from)\s", "", cleaned)
    if match := re.fullmatch(r"(tens|hundreds|thousands|millions|billions)\s+of\s+(thousands|millions|billions)", cleaned):
        return _VAGUE[match.group(1)] / 2 * _VAGUE[match.group(2)] if match.group(1) == "tens" else \
            _VAGUE[match.group(1)] * _VAGUE[match.group(2)] / 2  # fmt: skip
    if match := re.fullmatch(r"(several|a few|many)\s+(hundred|thousand|million|billion)", cleaned):
        return {"several": 3, "a few": 3, "many": 5}[match.group(1)] * _SCALES[match.group(2)]
    if cleaned in _VAGUE:
        return _VAGUE[cleaned]
    if match := re.fullmatch(r"(one|two|three|four|a|nine)[- ](half|halves|thirds?|quarters?|fifths?|tenths?)", cleaned):
        numerator = 1 if match.group(1) == "a" else WORD_VALUES[match.group(1)]
        return round(numerator / _FRACTIONS[match.group(2)], 4)
    if cleaned == "half":
        return 0.5
    if match := re.fullmatch(r"(.+?)\s+and\s+a\s+half((?:\s+(?:hundred|thousand|million|billion|trillion))*)", cleaned):
        whole = parse_amount(match.group(1))  # "two and a half times", "three and a half million"
        return None if whole is None else (whole + 0.5) * _scale_of(match.group(2).strip() or "1")
    if re.search(r"\b(?:hundred|thousand|million|billion|trillion)[\s-]+(?:and\s+)?[a-z]", cleaned):
        return _spelled_number(cleaned)  # "one hundred and five", "three thousand and twenty"
    scale = _scale_of(cleaned)
    core = re.sub(r"(?i)\s*(hundred|thousand|million|billion|trillion|lakh|crore|dozen|bn|mn|mln|tn)\b", "", cleaned)
    core = re.sub(r"(?<=\d)[mbk]\b", "", core).strip()
    digits = core.replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", digits):
        if len(digits.split(".")[0]) > MAX_DIGITS:
            return None
        return float(digits) * scale
    if core in ("a dozen", "dozen"):
        return 12.0 * scale
    if core in ("half a dozen", "a half dozen"):
        return 6.0
    if core in ("a", "") and scale > 1:
        return scale
    if core in ("half a", "a half"):
        return 0.5 * scale
    words = _word_number(core)
    return None if words is None else words * scale


def _spelled_number(text: str) -> float | None:
    """A number written out with its scales inside ("one hundred and five" 105, "two million three
    hundred thousand" 2,300,000): each larger scale closes the group before it."""
    total = 0.0
    group = 0.0
    for word in re.split(r"[\s-]+", text):
        if word in ("and", ""):
            continue
        if word == "a":
            group = group or 1
        elif word in WORD_VALUES:
            group += WORD_VALUES[word]
        elif word == "hundred":
            group = (group or 1) * 100
        elif word in ("thousand", "million", "billion", "trillion"):
            total += (group or 1) * _SCALES[word]
            group = 0
        else:
            return None
    return total + group


def _word_number(text: str) -> float | None:
    parts = text.split("-")
    if (len(parts) == 2 and 1 <= WORD_VALUES.get(parts[0], 0) <= 9
            and WORD_VALUES.get(parts[1], 0) in (20, 30, 40, 50, 60, 70, 80, 90)):
        # "one-fifty", "two-twenty": a spoken hundred and its tens (150, 220), not 51 or 22
        return float(WORD_VALUES[parts[0]] * 100 + WORD_VALUES[parts[1]])
    total = 0
    current = 0
    for word in re.split(r"[\s-]+", text.replace(" and ", " ")):
        if word in WORD_VALUES:
            current += WORD_VALUES[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "a":
            current = current or 1
        else:
            return None
    total += current
    return float(total)


# ---------------------------------------------------------------------------- about and source


def about_phrase(span: Span, unit: str | None) -> str | None:
    """The noun phrase the figure quantifies, from the dependency parse.

    Tried in order: the noun the number modifies or counts "of" ("300,000 troops", "65% of
    Americans"), the noun it stands in apposition to or is "of" ("a majority (52%)", "a city of
    7.5 million"), the subject of the change or level it reports ("the Nasdaq fell 2%", "claims hit
    a record 6.87 million"), a "for" phrase ("expecting 2.1 million for weekly claims") and the
    label of a list line ("Population: 51.2m").
    """
    inside = set(range(span.start, span.end))
    roots = [t for t in span if t.head.i not in inside or t.head.i == t.i]
    if not roots:
        return None
    forecasters = forecasters_expected(span)
    if forecasters is not None:
        # "the nearly 300,000 jobs analysts expected": what was expected, not the economists
        before = span.doc[forecasters.i - 1]
        return before.text if before.i >= span.end and before.pos_ == "NOUN" else None
    root = _through_number_heads(roots[-1], inside)
    if unit is not None and root.dep_ in ("compound", "nummod") and _TIME_UNITS.match(root.head.text) \
            and root.head.dep_ == "npadvmod":
        # "rose 5.4% year over year": the figure and its period are one adverb of the change
        root, inside = root.head, inside | {root.head.i}
    found = (
        _counted_of(span, root, unit, inside)
        or _modified_noun(span, root, unit, inside)
        or _subject_of_change(root, inside)
        or _following_noun(span, unit)
        or (_for_phrase(span, root, inside) if unit not in _SHARE_UNITS else None)
        or _list_label(span)
    )
    if found and unit is not None and _UNIT_WORDS.get(_head_word(found)) not in (None, *_MONEY_UNITS, *_COUNT_UNITS):
        # "six foot eleven inches": a length or a share measures, it is never what is measured ("the
        # dollar fell 0.5%" is about the dollar, "275,000 hectares" counts hectares)
        return None
    if found and found.lower() in _VAGUE and unit is not None:
        # "burned hundreds of acres" counts acres, as "burned 800 acres" does; "millions of
        # dollars" counts money, which the unit says
        return None if unit in _MONEY_UNITS else span[-1].text
    return found or None


def _head_word(phrase: str) -> str:
    """The last word of a noun phrase, past a number hyphened to it ("20-point" -> "point")."""
    return phrase.lower().split()[-1].rsplit("-", 1)[-1] if phrase.split() else ""


def _through_number_heads(root: Token, inside: set[int]) -> Token:
    """"revised up by 8,000 to 2,438,000": a number parsed as a modifier of the next number shares
    that number's place in the sentence."""
    while root.dep_ in ("quantmod", "compound", "nummod") and root.head.i not in inside and root.head.like_num:
        inside = inside | {root.head.i}
        root = root.head
    return root


def _counted_of(span: Span, root: Token, unit: str | None, inside: set[int]) -> str | None:
    """"300,000 of the troops", "tens of thousands of people", "3.5 million barrels of oil"."""
    in_counts = unit in _MONEY_UNITS or bool(re.match(r"(?i)(?:tens|hundreds|thousands|millions|billions|dozens)\b",
                                                            span.text))  # fmt: skip
    for token in [root, *reversed(list(span))]:
        for child in token.children:
            # "millions in assets", "$425 million in monetary relief"
            if child.dep_ == "prep" and (child.lower_ == "of" or child.lower_ == "in" and in_counts) and child.i >= span.end - 1:
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects and objects[0].pos_ in ("NOUN", "PROPN") and objects[0].lower_ not in _UNIT_WORDS:
                    return _noun_phrase(objects[0], inside)
        if token.i >= span.end - 1 and token.i != root.i:
            break
    return None


def _modified_noun(span: Span, root: Token, unit: str | None, inside: set[int]) -> str | None:
    """The noun the number is attached to: as a modifier ("300 troops"), in apposition ("a slight
    majority (52%)", "Population: 51.2m") or as the object of its "of" ("a city of 7.5 million")."""
    head = root.head
    doc = span.doc
    if (span.end + 1 < len(doc) and doc[span.end].text == "-" and head.i == span.end + 1
            and head.dep_ in ("compound", "amod", "nmod") and head.head.i > head.i and head.head.pos_ == "NOUN"):
        return _noun_phrase(head.head, inside | {head.i, head.i - 1})  # "a 62-page document", "a 12-count indictment"
    is_noun = head.pos_ in ("NOUN", "PROPN") and head.i not in inside
    if is_noun and head.tag_ == "NN" and any(c.dep_ == "mark" for c in head.children):
        # "showed that 52% disapprove of ...": a clause's verb the parser read as a singular noun counts nothing
        # ("found that four in 10 Russians approved" still counts Russians)
        return None
    if root.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod") and is_noun:
        if head.lower_ in ("percent", "cent", "%"):
            return None
        if head.lower_ in _LEVEL_NOUNS:
            return _subject_of_change(head, inside)  # "claims hit a record 6.87 million"
        return _noun_phrase(_last_noun_of_compound(head), inside)
    if unit in _COUNT_UNITS and root.pos_ == "NOUN":
        return _noun_phrase(root, inside)
    if root.dep_ == "appos" and is_noun and not (head.pos_ == "PROPN" and _is_period(head)):
        # "a slight majority (52%)"; but "fewer welders than planned in April, just 1,400" counts no April
        return _noun_phrase(head, inside)
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "PROPN"):
        owner = head.head
        if owner.i not in inside and owner.lower_ not in _MEASURE_NOUNS and owner.lemma_.lower() not in _SHELL_NOUNS:
            if owner.lemma_.lower() in CHANGE_NOUNS:
                return _what_a_change_noun_changes(owner, inside) or _noun_phrase(owner, inside)
            if owner.lower_ in _LEVEL_NOUNS - {"total", "level"}:
                # "approval hit a low of 31%", "claims hit a peak of 610,000": the level of what
                # reached it, as "hit a record 6.87 million" is
                return _subject_of_change(owner, inside) or _noun_phrase(owner, inside)
            return _noun_phrase(owner, inside)  # "a city of 7.5 million", "GDP of $1.4tn"
    return None


def _what_a_change_noun_changes(change: Token, inside: set[int]) -> str | None:
    """"a decrease of 12,500" says by how much, not what decreased: "in" names it ("an increase of
    5% in sales"), and a change set in apposition to a level or a noun is a change of what that level
    counts ("the average was 412,000, a decrease of 12,500"; "revenue of $5 billion, a rise of 8%").
    Two such changes of different things must not read as one quantity told two ways."""
    for child in change.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
            if objects and objects[0].i not in inside:
                return _noun_phrase(objects[0], inside)
    if change.dep_ != "appos":
        return None
    level = change.head
    if level.like_num or level.pos_ == "NUM":
        return about_phrase(level.doc[level.i : level.i + 1], None)
    if level.pos_ in ("NOUN", "PROPN") and level.lower_ not in _MEASURE_NOUNS and level.lower_ not in _UNIT_WORDS:
        return _noun_phrase(level, inside)
    return None


# Who forecasts a figure, and the verbs they forecast it with.
_FORECASTERS = frozenset({"economist", "analyst", "forecaster", "expert", "strategist", "observer", "pollster"})
_FORECAST_LEMMAS = frozenset({"expect", "predict", "forecast", "estimate", "anticipate", "project", "see", "call"})


def forecasters_expected(span: Span) -> Token | None:
    """The forecasters whose expectation the figure is, if it is one: "more than the 870,000 economists
    had expected", "the nearly 300,000 jobs analysts expected" (the verb has no object of its own),
    not a count of economists ("the 300 economists surveyed expect growth to slow")."""
    for noun in span.doc[span.end : span.end + 2]:
        if noun.lemma_.lower() in _FORECASTERS and noun.tag_ == "NNS":
            return noun if _expected_by(noun) else None
        if noun.pos_ != "NOUN":
            break
    return None


def _expected_by(noun: Token) -> bool:
    """Whether the forecasters ``noun`` expected something left unnamed after them: as the subject of a
    forecast verb with no object, or, when the parser hangs them elsewhere ("more than the 6.4 million
    economists polled by the firm had predicted"), the first verb after them past their own participle."""
    verb = noun.head
    participle = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else noun
    if participle.dep_ == "acl" and participle.head == noun and participle.lemma_.lower() in _FORECAST_LEMMAS \
            and not any(c.i > participle.i and c.dep_ not in ("punct", "cc", "conj") for c in participle.children):
        return True  # "the 300,000 jobs analysts expected and ...", not "analysts expected at the meeting"
    if noun.dep_ != "nsubj":
        own = {t.i for c in noun.children if c.dep_ == "acl" for t in c.subtree}
        verb = next((t for t in noun.doc[noun.i + 1 : noun.i + 8] if t.i not in own and t.pos_ == "VERB"), noun)
    return verb.lemma_.lower() in _FORECAST_LEMMAS and verb.i > noun.i and not any(
        c.i > verb.i and (c.dep_ in ("dobj", "xcomp", "attr") or c.dep_ == "ccomp" and c.left_edge.tag_ != "WDT")
        for c in verb.children)  # a clause the parser hangs there ("— which would have been a fall") is no object


def _last_noun_of_compound(noun: Token) -> Token:
    """"four minority Democratic congresswomen": the number hangs on a modifier noun; the counted
    noun is the one the modifiers lead to."""
    while noun.dep_ in ("compound", "nmod", "amod") and noun.head.i > noun.i and noun.head.pos_ in ("NOUN", "PROPN") \
            and not any(t.is_punct for t in noun.doc[noun.i : noun.head.i]):  # fmt: skip
        noun = noun.head
    return noun


def _subject_of_change(root: Token, inside: set[int]) -> str | None:
    """"The death toll rose to 300", "Prices climbed 5%": the subject of the change verb."""
    token = root
    via_change_prep = False
    if token.dep_ == "pobj" and token.head.lower_ in ("to", "by", "from", "at"):
        token = token.head
        via_change_prep = token.lower_ != "at"
        if token.head.pos_ in ("ADV", "ADP") and token.head.dep_ in ("advmod", "prt", "prep"):
            token = token.head  # "cut the budget down from $8.1 billion to $5.7 billion"
    elif token.dep_ == "pobj" and token.head.lower_ in _CROSSED_LEVEL and token.head.dep_ == "prep" \
            and token.head.head.lemma_.lower() in _CHANGE_LEMMAS:  # fmt: skip
        token = token.head  # "daily cases fell below 30,000": the level the change crossed
    if token.dep_ == "npadvmod" and token.head.pos_ in ("ADJ", "ADV") and token.head.dep_ in ("acomp", "advmod"):
        token = token.head  # "was 0.1 percent higher": the comparative hangs on the verb
    if token.dep_ not in ("prep", "dobj", "attr", "npadvmod", "advmod", "acomp", "oprd"):
        return None
    verb = token.head
    if verb.pos_ == "NOUN" and verb.lemma_.lower() in _CHANGE_LEMMAS:
        return _changed_by_noun(verb, inside)  # "a drop to 49%", "rating drops to 49%" (a verb tagged as noun)
    if via_change_prep:
        verb = _governing_change_verb(verb)
        if verb.lemma_.lower() in _SPEECH_LEMMAS and verb.lemma_.lower() not in _CHANGE_LEMMAS:
            # "ridership declined to 4.8 million, the agency said Friday, down from 5.1 million": the parser hangs the
            # level the change started from on the verb that reports the change, whose subject is the
            # source; what changed is the subject of the reported change
            reported = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
            if not reported:
                return None
            verb = reported[0]
    if token.lower_ == "by" and verb.lemma_.lower() in _MARGIN_LEMMAS:
        return None  # "Biden won the county by 45,469": a margin counts votes or points, not the county or Biden
    # a level named as an object is no thing that changed: "matching a 20-year low, down from 4.1%"; a noun with
    # a count of its own is another figure's, but not one with its year ("cut its 2025 harvest forecast by a
    # point to 6%" had counted the agency that cut it, or a noun misparsed as a second object after it)
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
               and c.lower_ not in _MEASURE_NOUNS and c.lemma_.lower() not in ("low", "high", "record", "peak")
               and not any(g.dep_ == "nummod" and g.ent_type_ != "DATE" for g in c.children)]
    if objects and (via_change_prep and verb.pos_ == "VERB" or verb.lemma_.lower() in _TRANSITIVE_CHANGE):
        # "brings claims to nearly 40 million", "would slash the amount by $85 billion"
        return _noun_phrase(objects[0], inside)
    held = [o for o in objects if o.right_edge.i + 1 == token.i] if token.lower_ == "at" and verb.pos_ == "VERB" else []
    if held:
        # "at" right after a verb's object gives the level the verb holds or sets it at: "kept its growth projection at
        # 4.9%", "put the death toll at 40" (not "puts Bush third, behind Trump at 26.5 percent": Trump's level)
        return _noun_phrase(held[0], inside)
    if verb.lemma_.lower() not in _CHANGE_LEMMAS and not (via_change_prep and verb.pos_ == "VERB"):
        return None
    subjects = [_antecedent(c) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") and verb.head.lemma_.lower() in _CHANGE_LEMMAS \
            and verb.head.lemma_.lower() != "be":
        # "the rate fell to 3.9%, matching a 20-year low, down from 4.1%": a participle on a change shares its subject
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and _gerund_after_a_time_word(verb):
        # "admissions fell after reaching a peak of 4,200": a gerund after "after" or "before" has the
        # subject of the clause it is set in (it had counted "peak")
        subjects = [c for c in verb.head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    subjects = [s for s in subjects if s.pos_ in ("NOUN", "PROPN")]
    if not subjects and verb.dep_ == "ccomp":
        # "the poll showed his net approval rose by 5 points": the parser often takes the subject
        # of the reported change for the object of the verb reporting it.
        subjects = [c for c in verb.head.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.i < verb.i]
    return _noun_phrase(subjects[0], inside) if subjects else None


# Prepositions of time whose gerund ("after reaching", "before hitting") has no subject of its own.
_GERUND_TIME_WORDS = frozenset({"after", "before", "since", "upon", "while", "until"})


def _gerund_after_a_time_word(verb: Token) -> bool:
    """"fell after reaching", "had been climbing since hitting": a gerund object of a time preposition
    hung on a verb, whose subject it shares."""
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in _GERUND_TIME_WORDS \
        and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX")


# Verbs whose "by" gives a margin between two sides, which counts what the sides scored.
_MARGIN_LEMMAS = frozenset({"win", "lose", "beat", "lead", "trail", "defeat", "edge", "outscore", "outpoll"})
# Prepositions of a level a change verb crosses ("fell below 30,000", "rose above 50%", "climbed past 1,000").
_CROSSED_LEVEL = frozenset({"below", "above", "under", "over", "past", "beneath"})


def _governing_change_verb(token: Token) -> Token:
    """"fell for the week ended May 16 to 21 million": "to" was attached to the nearest verb
    ("ended"); climb through that modifier to the change verb it belongs to."""
    current = token
    for _ in range(4):
        is_period_modifier = current.dep_ == "acl" and _is_period(current.head)  # "the week ended May 16"
        if current.pos_ in ("VERB", "AUX") and current.lemma_.lower() in _CHANGE_LEMMAS and not is_period_modifier:
            return current
        if current.dep_ not in ("acl", "pobj", "prep", "npadvmod") or current.head.i == current.i:
            break
        current = current.head
    return token


def _antecedent(subject: Token) -> Token:
    """"sales, which rose 5%": a relative pronoun stands for the noun its clause modifies."""
    verb = subject.head
    if subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return subject


def _changed_by_noun(change: Token, inside: set[int]) -> str | None:
    """A change written as a noun: "a rise in prices", or its compound ("approval rating drops")."""
    for child in change.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "of"):
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
            if objects and objects[0].i not in inside:
                return _noun_phrase(objects[0], inside)
    compounds = [c for c in change.children if c.dep_ in ("compound", "nsubj") and c.pos_ in ("NOUN", "PROPN")]
    return _noun_phrase(compounds[-1], inside) if compounds else None


def _following_noun(span: Span, unit: str | None) -> str | None:
    """"All four U.S. representatives" parsed with the number as a clause argument: a bare count
    written right before a plural noun (at most two modifiers between) counts that noun."""
    if unit is not None:
        return None
    doc = span.doc
    for i in range(span.end, min(span.end + 3, len(doc))):
        token = doc[i]
        if token.tag_ in ("NNS", "NNPS") and token.lower_ not in _MEASURE_NOUNS:
            return _noun_phrase(token, set(range(span.start, span.end)))
        if token.pos_ not in ("ADJ", "NOUN", "PROPN") or token.is_punct:
            return None
    return None


def _for_phrase(span: Span, root: Token, inside: set[int]) -> str | None:
    """"expecting around 2.1 million for weekly claims": what the figure is given for, unless that
    is a period ("for the week ended May 9")."""
    for token in (root, root.head):
        for child in token.children:
            if child.dep_ != "prep" or child.lower_ != "for" or child.i < span.end:
                continue
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
            if objects and not _is_period(objects[0]):
                return _noun_phrase(objects[0], inside)
    return None


def _is_period(noun: Token) -> bool:
    return bool(_TIME_UNITS.match(noun.text) or noun.ent_type_ in _DATE_LABELS
                or _MONTH_WORDS.match(noun.text) or noun.lower_ in ("period", "quarter", "season", "term"))  # fmt: skip


def _line_before(span: Span) -> tuple[int, str]:
    """Where ``span``'s line starts and its text up to ``span``, from the tokens before it (as
    ``doc.text[start:span.start_char]``, without rebuilding ``doc.text`` from every token)."""
    doc = span.doc
    pieces: list[str] = []
    for i in range(span.start - 1, -1, -1):
        text = doc[i].text_with_ws
        if "\n" in text:
            cut = text.rfind("\n") + 1
            pieces.append(text[cut:])
            return doc[i].idx + cut, "".join(reversed(pieces))
        pieces.append(text)
    return 0, "".join(reversed(pieces))


def _list_label(span: Span) -> str | None:
    """"Population: 51.2m in South Korea; 25.4m in North Korea": in a fact list the label before
    the colon on the same line names what each figure after it measures."""
    doc = span.doc
    line_start, segment = _line_before(span)
    colon = segment.rfind(":")
    if colon < 0 or not re.fullmatch(r"[^.!?:]*", segment[colon + 1 :]) or len(segment) - colon > 80:
        return None
    label = re.search(r"([A-Za-z][\w'’-]*(?: [A-Za-z][\w'’-]*){0,3})\s*$", segment[:colon])
    if label is None:
        return None
    label_span = doc.char_span(line_start + label.start(1), line_start + label.end(1), alignment_mode="contract")
    if label_span is None or label_span[-1].pos_ not in ("NOUN", "PROPN") or any(t.pos_ in ("VERB", "AUX") for t in label_span):
        return None
    # Only the label's own words: a list runs on one line, so drop words of the previous item.
    words = [t for t in label_span if t.pos_ in ("NOUN", "PROPN", "ADJ")]
    start = label_span[-1].i
    while start - 1 >= label_span.start and doc[start - 1] in words and doc[start - 1].whitespace_:
        start -= 1
    return doc[start : label_span[-1].i + 1].text


def _noun_phrase(noun: Token, exclude: set[int]) -> str:
    """``noun`` with the modifiers written right before it ("Russian military casualties"); a shell
    noun gives way to what it is of ("the total number of workers" -> "workers")."""
    noun = _unshell(noun)
    start = noun.i
    doc = noun.doc
    subtree = {t.i for t in noun.subtree}
    while start - 1 >= 0:
        prev = doc[start - 1]
        if prev.i in exclude or prev.i not in subtree:
            break
        # a number joined to the next word by a hyphen is part of the modifier ("seven-day average", "12-month rate")
        hyphened = prev.pos_ == "NUM" and doc[prev.i + 1].text == "-" and not prev.whitespace_
        # two names joined by a slash are one joint author ("a CBS News/Marist poll", not "Marist poll")
        joined = prev.text in ("-", "/") and not prev.whitespace_ and prev.i > 0 and not doc[prev.i - 1].whitespace_
        if not hyphened and not joined and (prev.dep_ not in _NOUN_PHRASE_DEPS and not (prev.text == "-" or prev.dep_ == "amod")
                                            or prev.pos_ in ("DET", "NUM", "PUNCT") and prev.text != "-"):
            break
        start -= 1
    while start < noun.i and (doc[start].text in ("-", "/") or doc[start].dep_ == "case"):
        start += 1
    return doc[start : _end_of_hyphened_word(noun) + 1].text


def _end_of_hyphened_word(noun: Token) -> int:
    """The last token of a word the tokenizer split at its hyphen ("co-workers", "by-elections"): the parser
    may take the first piece for the noun (it had counted six "co"). A capital after the hyphen starts
    another word ("budget-Smith" is a dash between two)."""
    doc, end = noun.doc, noun.i
    while end + 2 < len(doc) and not doc[end].whitespace_ and doc[end + 1].text in ("-", "‐") \
            and not doc[end + 1].whitespace_ and doc[end + 2].is_alpha and doc[end + 2].is_lower:  # fmt: skip
        end += 2
    return end


def _unshell(noun: Token) -> Token:
    if noun.lemma_.lower() not in _UNSHELLED_NOUNS:
        return noun
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            # the figure itself is no object of its shell ("a net worth of about $50m": the "m" is tagged a noun)
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")
                       and c.lower_ not in _SCALES] or _people_of(child)
            if objects:
                return objects[0]
    return noun


def _people_of(of: Token) -> list[Token]:
    """"the number of injured", "the number of confirmed dead": an adjective or participle standing
    for people, which the parser attaches as an object, a complement or its predicate."""
    found = []
    for child in of.children:
        if child.dep_ in ("pobj", "pcomp") and (child.pos_ == "ADJ" or child.tag_ == "VBN"):
            predicates = [c for c in child.children if c.dep_ in ("oprd", "acomp") and c.pos_ == "ADJ"]
            found.append(predicates[0] if predicates else child)
    return found


def source_of(span: Span) -> str | None:
    """Who gave the figure: the subject of a speech/estimate verb above it, or "according to X"."""
    sentence = span.sent
    for token in sentence:
        if token.lower_ == "according" and token.i + 1 < len(span.doc) and span.doc[token.i + 1].lower_ == "to":
            # a bare determiner is a line the source cut off ("according to the..."), which names nobody
            objects = [c for c in span.doc[token.i + 1].children
                       if c.dep_ == "pobj" and c.lower_ not in ("the", "a", "an")]
            if objects and not _dominates(objects[0], span.root):
                return _source_phrase(objects[0])
    token = span.root
    in_setting = False
    for ancestor in token.ancestors:
        if ancestor.pos_ in ("VERB", "AUX") and ancestor.lemma_.lower() in _SPEECH_LEMMAS:
            if _is_setting(ancestor, next(c for c in ancestor.children if _dominates(c, span.root))):
                # the figure tells where or when something was said: the speaker of a statement
                # around it gives it, no speech verb written after it does
                in_setting = True
                continue
            if not _reports_figure(ancestor, span):
                continue
            agents = [g for c in ancestor.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            for subject in [*_subjects_of(ancestor), *agents]:
                if subject.pos_ != "PRON" and not _dominates(subject, span.root) and not _is_measure(subject):
                    return _source_phrase(subject)
    if in_setting:
        return None
    # "..., officials said." where the figure is in the main clause the speech verb governs
    for candidate in sentence:
        if candidate.lemma_.lower() in _SPEECH_LEMMAS and candidate.pos_ == "VERB" and candidate.i > span.end:
            # a speech clause hung on the figure's own clause ("12 died, officials said"), not any
            # speech verb after it: "stopped 188,000 ... as officials consider allowing more
            # immigrants to claim asylum" has no source "more immigrants"
            hung_on_figure = candidate.dep_ in ("parataxis", "ccomp") and (
                candidate.head == span.root or candidate.head in span.root.ancestors)
            if any(c.dep_ == "ccomp" and span.root in c.subtree for c in candidate.children) or \
                    hung_on_figure or closing_attribution(candidate) is not None:  # fmt: skip
                subjects = [c for c in candidate.children if c.dep_ == "nsubj" and c.pos_ != "PRON"
                            and not _dominates(c, span.root) and not _is_measure(c)]
                if subjects:
                    return _source_phrase(subjects[0])
    return None


# Words for a share of a group standing as the subject of its answers.
_SHARES_OF_THOSE_ASKED = frozenset({"half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths",
                                    "tenths", "majority", "minority", "plurality"})


def _is_measure(subject: Token) -> bool:
    """"26 percent say it is important while 8 percent say ...", "29 said yes", "two-thirds said they spend more
    than $500", "a majority said": a share or a count of those polled is what a figure counts, not who gave it."""
    return subject.lower_ in _MEASURE_NOUNS or subject.lower_ in _SHARES_OF_THOSE_ASKED or subject.like_num


def _dominates(head: Token, token: Token) -> bool:
    """``token`` lies within ``head``'s subtree edges: its subtree, without walking it, for the
    projective parses that are nearly all of spaCy's English output (the rare crossing arc can
    put a token between the edges that is not below the head)."""
    return head.left_edge.i <= token.i <= head.right_edge.i


def _subjects_of(verb: Token) -> list[Token]:
    """The verb's subjects, or those of the verb it is coordinated with ("told the jury ... and said
    he stole ..." shares its subject)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        return [c for c in verb.head.children if c.dep_ == "nsubj"]
    return subjects


# Speech verbs that say a clause, never a quantity: a phrase on them is the setting of the saying.
# ("admitted to paying $40,000" and "warned of 300 layoffs" give what is said in a phrase.)
_CLAUSE_SPEECH_LEMMAS = frozenset({"say", "tell", "write", "tweet", "state", "note", "add", "insist", "acknowledge",
                                   "allege"})


def _reports_figure(verb: Token, span: Span) -> bool:
    """Whether ``verb`` gives the figure rather than acting on it: the figure lies in what the verb
    says (its clause) or, for a verb that can only report ("estimated 300 deaths", "put the toll at
    300"), in its object; never in its subject. "The economy added 943,000 jobs" and "the attack
    claimed 300 lives" are events, not sources."""
    branch = next(child for child in verb.children if _dominates(child, span.root))
    if branch.dep_ in ("ccomp", "xcomp", "parataxis"):
        return True
    if branch.dep_ in ("dobj", "prep", "attr", "oprd", "npadvmod"):
        lemma = verb.lemma_.lower()
        if _is_setting(verb, branch):
            return False
        if lemma == "put":
            # "put the toll at 300" and "put out a statement" report; "put thousands of dockworkers out of work" acts
            return any(c.dep_ == "prep" and c.lower_ == "at" or c.dep_ == "prt" and c.lower_ == "out"
                       for c in verb.children)
        if lemma == "claim":  # a person claims a number; a storm claims lives
            return any(s.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for s in _subjects_of(verb))
        return lemma not in _EVENT_SENSE_LEMMAS
    return False


# Prepositions that set what is said against a circumstance, which the speaker does not report.
_CONCESSIVE_PREPOSITIONS = frozenset({"despite", "amid", "amidst", "notwithstanding"})


def _is_setting(verb: Token, branch: Token) -> bool:
    """"the arbiter wrote in a 45-page ruling", "In a 12-page ruling, the tribunal said ...": a phrase on a
    verb that says a clause is where or when it was said, not what; unless a quotation the parser hung
    there runs between the verb and the phrase ('"... cost shippers hundreds of thousands of dollars," the
    company wrote', 'said that, "... in 12 batches"')."""
    if branch.dep_ == "prep" and branch.lower_ == "according":
        return True  # "..., according to three officials briefed": who told the writer
    # "Despite a vacancy rate of 7.5%, many landlords report they cannot fill flats": what they say is not it
    concessive = branch.lower_ in _CONCESSIVE_PREPOSITIONS
    return (branch.dep_ == "prep" and (verb.lemma_.lower() in _CLAUSE_SPEECH_LEMMAS or concessive)
            and not _holds_a_quotation(branch.doc[min(branch.left_edge.i, verb.i + 1) : max(branch.right_edge.i + 2, verb.i)]))


def _holds_a_quotation(span: Span) -> bool:
    """A quotation runs through ``span`` (an odd number of quote marks) or of four words or more lies in
    it; a scare quote ('900 "likes"') is no quotation."""
    marks = [t.i for t in span if t.is_quote]
    return len(marks) % 2 == 1 or any(b - a > 4 for a, b in zip(marks[::2], marks[1::2]))


def _source_phrase(token: Token) -> str:
    """A source as written: the noun with its compounds and adjectives, or a whole proper name; a text
    or numbers whose owner the sentence names are that owner's ("according to data from the Acme
    Institute", "figures released by the Acme Statistics Office")."""
    owner = _owner_of_text(token) if names_a_text(token) else None
    if owner is not None:
        return owner.text
    ents = [e for e in token.doc.ents if e.start <= token.i < e.end]
    if ents and ents[0].label_ in ("PERSON", "ORG", "GPE", "NORP", "FAC"):
        return _without_open_bracket(ents[0].text)
    return _noun_phrase(token, set())


def _without_open_bracket(name: str) -> str:
    """"The World Health Organization (WHO": the NER may end a name inside the acronym written after it; the
    name is the words before the bracket."""
    cut = name.rfind("(")
    return name[:cut].rstrip() if cut > 0 and ")" not in name[cut:] else name


# Who may own a text a figure comes from: a named person or body, not a place ("a study from Finland").
_OWNER_LABELS = frozenset({"PERSON", "ORG"})
# Prepositions that give a text's owner: "data from", "a report by", "a survey in The Daily Ledger".
_OWNER_PREPOSITIONS = frozenset({"from", "by", "in"})


def _owner_of_text(noun: Token) -> Span | None:
    """The named person or body a text or its numbers belong to: the object of "from"/"by"/"in" on it,
    or the agent of a participle of putting it out ("data released Sunday by the agency"; not "obtained
    by"). A name before the noun ("a Gallup poll", "the agency's data") already shows in the phrase, and
    the NER often cuts a joint one ("a CNN/Acme poll"), so the phrase stays as written."""
    candidates: list[Token] = []
    for child in noun.children:
        authored = child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in AUTHORING_VERBS
        preps = [child] if child.dep_ == "prep" else \
            [g for g in child.children if g.dep_ in ("prep", "agent")] if authored else []
        candidates += [o for p in preps if p.lower_ in _OWNER_PREPOSITIONS for o in p.children if o.dep_ == "pobj"]
    for candidate in candidates:
        ent = next((e for e in noun.doc.ents if e.start <= candidate.i < e.end), None)
        if ent is not None and ent.label_ in _OWNER_LABELS:
            return ent
    return None
