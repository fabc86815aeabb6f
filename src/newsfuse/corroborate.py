"""Claims cross-checked across the independent sources of one story.

A *source* is an independent source, not a document: ten outlets printing one wire story are one
source, and so are two articles of one outlet (``groups`` maps doc id → source id, see
``link.dedup.independent_sources``; a document missing from it is its own source).

Figure claims: the same quantity
    Two figures report the same quantity only when all of these agree (:func:`same_quantity`):

    * the unit ("$", "%", miles; none for head counts);
    * the scope read from the parse (``Figure.scope``): only totals are compared with totals and
      snapshots ("still without power", "all but 60 homes") with snapshots. Parts ("two of the
      victims", "the first two victims"), background facts ("a town of 9,000 people") and
      forecasts are never set against a total;
    * the event predicate (``Figure.predicate``), through the equivalence table
      :data:`EVENT_CONCEPTS` ("killed 14", "14 people died", "a death toll of 14" → death;
      "injuring 40", "31 people treated" → injury; "evacuated", "ordered to leave their homes",
      "forced from their homes" → displacement; "includes $4.2 million", "sets aside $3.8
      million" → allocation, not for a share: "63% approve of the inquiry" is a poll's); a change
      verb's figure is the change ("rose 5"), the new level ("rose to 14", "to a seasonally adjusted
      373,000") or the level it started from ("from 12"), three quantities. Two figures whose
      predicates are unknown to the table count the same thing only when the predicate phrases are
      identical;
    * what is counted (``Figure.about``): the same head noun, or two person nouns ("workers",
      "people", "others"), or two nouns of one event ("deaths", "fatalities", which also give the
      event when the verb does not: "reached 600,000 fatalities"), or one side does not say (a bare
      "killed 14"). A number fused by a hyphen to a word before its noun counts that word ("the
      880-page bill" counts pages); a small one fused to a word that names no people names a kind of
      thing ("a two-state solution") and is no figure claim;
    * both a count to come ("will surpass 600,000 deaths"; a limit, "raised the cap to 62,500") or both
      not (money aside);
    * for money, what it is for (``Figure.purpose``): when both amounts name a purpose, at least
      one purpose must be found in the other's sentence ("for the transit authority" vs "for a
      new branch library" are two amounts);
    * and the magnitudes are within a factor of :data:`MAX_RATIO`: "2 firefighters treated" and
      "31 people treated" are a part and a whole, not two estimates of one number;
    * for a percentage change ("rose 0.9%", "rose 5.4%"), equal values: the base (the month, the
      year, an annualised rate) is often unnamed, so two different changes are two measures.

    A disagreement further needs, to be a *conflict*, values within :data:`CONFLICT_MAX_RATIO`
    of each other (so does an update between reports of the conflict window), and no amount
    written as one digit and a scale word that the other rounds to ("$1 trillion", "$1.2
    trillion"); it is neither conflict nor update when both sentences name places
    (GPE/LOC mentions) and share none ("63 for the province", "143 in the country"). A figure
    whose sentence counts the same event again in another clause naming another place ("Eight
    died in New York City, and a man died in Passaic") is one place's part of an enumeration: its
    places are its own clause's, and it never disagrees with a figure that is not such a part (a
    total for "the New York City region"); equal counts still agree.

    A weaker match corroborates but never conflicts (:func:`restates`): the same specific noun
    and agreeing values when one predicate is a light verb ("1,100 drivers went on strike",
    "1,100 drivers have been on strike"), or the same amount twice in one document; the same exact
    figure of three significant digits or more under any noun that names no other event or kind
    ("21,570 murders", "21,570 homicides"); a bare change noun and the change it names for the same
    period ("the 0.6% increase in May", "prices rose 0.6 percent in May"); one spending plan's amount
    under two names ("package", "plan"); one number of two significant digits or more as written
    ("over 3,700", "$4.6 billion") under one noun other than people, or as money no noun sets apart
    (a bare change noun, "a monthly increase of $92", sets none apart), whatever its verb, an amount of
    money and its rounding at the precision written (:func:`_rounded_from`: "almost $139 million" and
    "$138.7 million"; an amount with neither noun nor verb agrees this way only), and, for
    one event of the table, whatever noun counts it ("fired more than 250 rockets", "fired more than
    250 missiles"; not a percentage, whose noun says what changed). A percentage written with two
    significant digits ("5.9%") is as telling as a count of ten or more ("the adjustment will be
    5.9%" in two outlets). Two such percentages that are each the size of a bare change noun ("a 5.9% boost", "the
    cost-of-living adjustment will be 5.9%") agree whatever their verbs: neither noun says what changed. People counted by a group's name and by a person noun under one verb agree
    ("1,500 American citizens remain", "1,500 Americans remain"; ten or more), and the same exact figure of
    three significant digits agrees though one text dates it to the day it was reported and the other to
    the period it counts. People in the thousands counted by one number of two significant digits as written
    agree under any verb but two events of the table ("up to 2,300 residents are stranded", "about 2,300
    people remain"), and so does a share of people named by one noun as written, with two significant digits
    ("including 88% of children", "nearly 88% of children are set to receive"). A vague plural ("hundreds") and a number never share a claim, and never
    dispute or update each other. Claims are filled in reading order, then two that the same rule
    joins are merged. A number found only inside direct quotations is the speaker's word: two outlets
    printing it corroborate it only when it is a clear quantity (the bar a single source must pass).

Figure claims: values
    Each figure is turned into an interval from its hedge, read the way news reports use hedges:
    exact ``[v, v]``; approx ``[v·(1−t), v·(1+t)]`` with t = :data:`APPROX_TOLERANCE`; a bound
    stays near the number written, because a reporter who knew of 20 deaths would not write "at
    least 12": lower ("at least", "more than") ``[v, v·(1+b)]``, upper ("as many as", "up to")
    ``[v·(1−b), v]`` with b = :data:`BOUND_SLACK`; a vague plural ("dozens", "hundreds")
    ``[v, 5v]`` (a vague plural conflicts with nothing: "billions" and "tens of billions", or
    "hundreds" and "at least 1,312", are no dispute); a range
    ``[value, upper]``. Aligned figures whose intervals overlap form one claim
    (restatements inside one document included); inside one document, two aligned figures that
    do not overlap are a part and its whole, and the smaller one is left out (not when the writer names
    two kinds of one noun, each with its own words: "new jobless claims", "continuing claims").

Status
    A claim carried by two or more groups is *corroborated*, by one group *single-source*; two
    groups whose supporting sentences are copies of each other outside quotation marks, verbatim or
    lightly edited, count once (a sentence lifted from a wire story, or an earlier version of it, is
    the wire's report, :func:`_independent_count`), and so do
    two groups one of which credits the other's outlet ("he told ABC News", "according to CBS
    News", "obtained by Reuters": it relays that outlet's reporting; for figures, a credit of its
    reporting anywhere in the article, or an interview given to it anywhere when the figure's sentence
    gives it as a report's, "the report said"), and so do two articles one of which retells the other
    sentence by sentence (:func:`_with_retold_articles`). Two
    claims about the same quantity whose figures disagree are *conflicting* (both, listing each
    other in ``conflicts_with``; conflict wins over corroboration) when the disagreeing figures
    come from different groups and were published within :data:`CONFLICT_WINDOW_DAYS` of each
    other (same day for snapshots). A later figure outside that window, one the text itself
    reports as a revision ("the number ... had risen to 412"), or one given for another day than
    the other (both with a ``Figure.as_of``: "12 dead as of Monday", "14 as of Tuesday") is an
    *update*: the earlier claim
    keeps its status and gets ``superseded_by`` (the later claim's id) and a ``note``. The
    ``note`` of a conflicting claim lists each side's value, outlet and date, and says when the
    reports are days apart (the figure may have been updated in between).

    Single-source figure claims are kept only for a clear quantity: a predicate in the table and
    a total or snapshot scope, written with a number and, for a head count, not after "the", "all"
    or a possessive; numbers such as "lives four blocks from the gate" are not claims. Nor is a
    vague plural carried by several groups ("thousands", often one quotation both print): it
    corroborates no number.
    Claims are ranked conflicting, corroborated, single-source, then by their first source.

Quote claims
    The same direct quote (normalised: case, punctuation and spacing ignored; a quote trimmed
    by one outlet still matches the longer one) printed by two or more independent groups is a
    corroborated claim (two outlets quoting one statement are two reporters of it, unless the
    words around the quotation are copied too), read from the shortest copy: its words are the ones every source prints. A quote printed by one group only is already in the quotes list and is
    not repeated as a claim. A figure that only repeats a quote claim (every source inside a direct
    quotation, one of them inside the quote claim's) is not listed again as a figure claim: the
    number is the speaker's word, which the quote claim already shows as printed by several outlets
    (kept when it is in a dispute or an update).

Claim text is the sentence (``Extraction.sentences``) containing the first source; the id is
``"c-" + sha256(text + anchor)[:10]`` where the anchor is the figure's or quote's own text, and for a
figure the sentence writes more than once ("six engineers, six nurses") where it sits too, so
one sentence holding two figures gives two claims with distinct, story-independent ids.

Known limits: figures without parse context (records stored before ``Figure.predicate``
existed) fall back to event words in ``about``; a subset written without "of the" ("12
workers" among "14 people") is aligned with its whole; the window cannot tell a rising toll
reported on consecutive days from a disagreement (the note says so).
"""

from __future__ import annotations

import hashlib
import itertools
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from datetime import date
from typing import NamedTuple

import numpy as np

from newsfuse.extract import MIN_RESTATED_COUNT
from newsfuse.extract.dates import value_period
from newsfuse.extract.figures import CHANGE_NOUNS
from newsfuse.link.dedup import (
    UnionFind,
    copies_own_words,
    own_shingles,
    own_words,
    rewords_sentence,
    rewritten_pairs,
)
from newsfuse.records import Claim, ClaimStatus, Document, Extraction, Figure, Quote, Span

# Relative slack of an approximate figure ("about", "nearly", "some").
APPROX_TOLERANCE = 0.1
# How far past its number a bound hedge reaches ("at least 12" fits 13, not 14; "more than
# 1,500" does not fit "about 2,000"; "as many as 40" does not fit 31).
BOUND_SLACK = 0.15
# How many times a vague plural may exceed its least value ("hundreds": 200 up to 1,000).
VAGUE_SPAN = 5.0
# Figures further apart than this factor count different things (a part and its whole).
MAX_RATIO = 10.0
# Two reports of one count at one time that differ by more than this are read as two counts (a part
# and the whole it belongs to: "killing 12" at one care home against "more than 90 died" in the
# county), not as a dispute. Set on the AllSides review of session 10 (40 events, 120 articles): the
# false conflicts it removed were 7.5x and 5x apart; the planted conflicts of the bundled corpus are
# within 1.4x.
CONFLICT_MAX_RATIO = 3.0
# Reports published this many days apart or less disagree; further apart, the later one updates.
CONFLICT_WINDOW_DAYS = 2
# Shortest direct quote (in words) worth corroborating: "No comment" proves nothing.
MIN_QUOTE_WORDS = 4
# People counted by one number as written under two verbs agree from this count up (restates): a round number or
# a small one recurs in a story by chance ("30 mayors", "15 on board" and "15 killed"), one of two
# significant digits in the thousands does not ("2,300 residents", "250,000 students"; twenty-seventh session).
MIN_WRITTEN_PEOPLE = 1000
# Share of one amount's purpose words that must appear in the other amount's sentence.
PURPOSE_OVERLAP = 0.5

# fmt: off
STOPWORDS = frozenset({
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with",
    "without", "as", "into", "onto", "over", "under", "about", "after", "before", "than", "then", "that",
    "this", "these", "those", "it", "its", "is", "are", "was", "were", "be", "been", "being", "has", "have",
    "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
    "not", "no", "nor", "so", "such", "very", "more", "most", "less", "least", "some", "any", "each", "every",
    "all", "both", "either", "neither", "other", "another", "same", "own", "just", "only", "also", "who",
    "whom", "whose", "which", "what", "when", "where", "why", "how", "he", "she", "they", "them", "his",
    "her", "their", "our", "we", "us", "you", "your", "i", "me", "my", "mine", "him", "hers", "theirs",
    "ours", "yours", "there", "here", "up", "down", "out", "off", "again", "further", "once", "said", "says",
    "say", "told", "according", "per", "via", "among", "amid", "during", "while", "since", "until", "upon",
})
# fmt: on

# fmt: off
UNIT_ALIASES: dict[str, str] = {
    "$": "usd", "us$": "usd", "usd": "usd", "dollar": "usd", "dollars": "usd", "€": "eur", "eur": "eur",
    "euro": "eur", "euros": "eur", "£": "gbp", "gbp": "gbp", "pound": "gbp", "pounds": "gbp", "sterling": "gbp",
    "%": "percent", "percent": "percent", "per cent": "percent", "pct": "percent", "km": "km",
    "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km", "mile": "mile",
    "miles": "mile",
}
# fmt: on

# Event predicates that report the same quantity (the lemma of the verb or event noun the figure
# counts, as ``newsfuse.extract.figure_context`` writes it: "leave home" for "ordered to leave
# their homes"). "leave" and "force" alone are not displacement ("left 210,000 riders looking
# for other ways to get to work"); with "home" they are.
# fmt: off
EVENT_CONCEPTS: dict[str, str] = {
    "kill": "death", "die": "death", "dead": "death", "death": "death", "toll": "death", "death toll": "death",
    "fatality": "death", "perish": "death", "drown": "death", "claim life": "death", "lose life": "death",
    "injure": "injury", "hurt": "injury", "wound": "injury", "treat": "injury", "hospitalize": "injury",
    "hospitalise": "injury", "injury": "injury", "admit": "injury",
    "evacuate": "displacement", "flee": "displacement", "displace": "displacement", "leave home": "displacement",
    "force home": "displacement", "flee home": "displacement", "remain home": "displacement",
    "evacuation": "displacement", "relocate": "displacement", "shelter": "displacement",
    "rescue": "rescue", "save": "rescue", "airlift": "rescue",
    "miss": "missing", "missing": "missing", "unaccounted": "missing",
    "arrest": "arrest", "detain": "arrest", "charge": "charge", "convict": "conviction",
    "damage": "damage", "destroy": "destruction", "flood": "damage",
    "include": "allocation", "set aside": "allocation", "allocate": "allocation", "earmark": "allocation",
    "budget": "allocation", "approve": "allocation", "pledge": "allocation", "promise": "allocation",
    "announce": "allocation", "provide": "allocation", "give": "allocation", "grant": "allocation",
    "commit": "allocation", "propose": "allocation", "fund": "allocation", "aid": "allocation",
    "donate": "fundraising", "fundraise": "fundraising",
    "walk off": "strike", "walk": "strike", "strike": "strike",
    "crest": "crest", "peak": "crest",
    "restore power": "outage", "restore electricity": "outage", "lose power": "outage", "lose electricity": "outage",
    "employ": "workforce", "lay off": "layoff", "cut": "cut", "fire": "layoff",
    # "six officers who fired their weapons" shot; "four officers were fired" lost their jobs
    "fire weapon": "shooting", "fire shot": "shooting", "fire gun": "shooting", "fire round": "shooting",
    "fire bullet": "shooting", "fire rifle": "shooting", "fire pistol": "shooting", "fire volley": "shooting",
    "fire missile": "launch", "fire rocket": "launch", "fire shell": "launch",
    "cost": "cost", "spend": "spending", "lose": "loss", "loss": "loss",
    "vote": "vote", "sign": "signature", "attend": "attendance", "pack": "attendance", "rally": "attendance",
    "rise": "increase", "increase": "increase", "climb": "increase", "grow": "increase", "jump": "increase",
    "surge": "increase", "soar": "increase", "rebound": "increase", "spike": "increase", "tick up": "increase",
    "fall": "decrease", "decline": "decrease", "drop": "decrease", "slip": "decrease", "dip": "decrease",
    "sink": "decrease", "slide": "decrease", "tumble": "decrease", "plunge": "decrease", "shrink": "decrease",
    "ease": "decrease", "tick down": "decrease",
    # a figure hung on "up"/"down" is a change: "348,000, down 29,000 from the week before"
    "up": "increase", "down": "decrease",
}
# A change verb followed by "to" gives the new level, whichever way it moved ("the unemployment rate
# fell to 4.8%", "declined to 4.8%", "stood at 4.8%" all state one quantity); without it the figure is
# the change ("rose 0.4%"), which is another quantity than a level.
_LEVEL_CONCEPTS = frozenset({"increase", "decrease"})
# "the two leaders", "all four officers", and with one adjective between, "the necessary 10 votes",
# "the initial two doses" (a lower-case word; "all but 60 homes" is a snapshot, not a definite count)
_DEFINITE_BEFORE = re.compile(
    r"\b(?i:the|all|these|those|both|his|her|their|its|our)\s+(?:(?!but\b|of\b)[a-z][a-z-]*\s+)?$"
)
# The new level after a change verb: "fell to 4.8%", "stood at 4.8%", and with an article and one or two
# lower-case modifiers between, "rose to a seasonally adjusted 373,000", "to an estimated 1,200".
_TO_BEFORE = re.compile(r"\b(?:(?:to|at)\s*|to\s+an?\s+(?:[a-z][a-z-]*\s+){1,2})$", re.IGNORECASE)
# The level a change starts from: "climbed to 14 from 12", "fell 92,000 from 590,000", "up from a revised
# 371,000". It is neither the change nor the new level: read as either, a starting level of 12 was set
# against a rise of 5 as a conflict, or a drop of 92,000 was dropped as a part of its starting 590,000.
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:an?\s+(?:[a-z][a-z-]*\s+){1,2})?$", re.IGNORECASE)
# How far before a figure the two patterns above look.
_LEVEL_CONTEXT = 40
# Nouns that count the same kind of thing ("12 workers" killed, "14 people" died).
NOUN_CLASSES: dict[str, str] = {
    "people": "person", "person": "person", "persons": "person", "other": "person", "individual": "person",
    "victim": "person", "resident": "person", "worker": "person", "employee": "person", "civilian": "person",
    "child": "person", "children": "person", "adult": "person", "man": "person", "men": "person",
    "woman": "person", "women": "person", "passenger": "person", "firefighter": "person", "soldier": "person",
    "student": "person", "miner": "person", "patient": "person", "migrant": "person", "refugee": "person",
    "villager": "person", "inhabitant": "person", "citizen": "person", "casualty": "person",
    "home": "home", "house": "home", "dwelling": "home", "residence": "home", "household": "home",
    # inflation is the rise of consumer prices, which "the consumer price index" (CPI) measures (_head_word)
    "inflation": "price", "cpi": "price",
}
# fmt: on
_NOUN_KINDS = frozenset(NOUN_CLASSES.values())
# Names of one spending plan; read as one only when two amounts agree (never to set two amounts against
# each other: "the $1.2 trillion bill" and "the $3.5 trillion package" are two plans). Written as
# counted_noun() gives them: "spending" is "spend", "funding" and "funds" are "fund" ("$550 billion in new
# spending" and "$550 billion in new funding" are one amount). A plan is also named by the document or the
# bargain that holds it ("a $3.5 trillion budget blueprint", "the $3.5 trillion package", "a $928 billion offer"),
# or by what it costs ("a $3.5 trillion price tag").
_SPENDING_MEASURES = frozenset({"plan", "package", "bill", "proposal", "legislation", "measure", "investment",
                                "program", "programme", "spend", "fund", "money", "blueprint", "budget",
                                "framework", "agenda", "deal", "offer", "counteroffer", "act", "resolution",
                                "tag"})  # "a $3.5 trillion price tag for the plans"
# Heads that measure their modifier: "the consumer price index" counts prices as "consumer prices" do, "the
# murder rate" murders.
_MEASURE_HEADS = frozenset({"index", "rate"})
# Predicates that say nothing about what is counted ("1,100 drivers have been on strike").
LIGHT_PREDICATES = frozenset({"be", "have", "do", "get", "go", "keep", "make", "say", "tell", "add", "report"})
# Currency units (``Figure.unit`` after :func:`normalise_unit`): what money is for matters.
MONEY_UNITS = frozenset({"usd", "eur", "gbp", "jpy", "cny", "inr", "rub", "uah", "aud", "cad", "hkd", "chf"})

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+(?:[.,]\d+)*")
_QUOTE_NOISE = re.compile(r"[^\w\s]")


# -- words -------------------------------------------------------------------------------------


def lemma(word: str) -> str:
    """A crude, model-free lemma: lower case, plural and verb endings trimmed."""
    w = word.lower().strip("'’-")
    if len(w) <= 3:
        return w
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh")):
        if w.endswith(suffix) and len(w) > len(suffix) + 1:
            return w[: -len(suffix)] + repl
    if w.endswith("ing") and len(w) > 5:
        return _undouble(w[:-3])
    if w.endswith("ed") and len(w) > 4:
        return _undouble(w[:-2])
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _undouble(stem: str) -> str:
    # "killed" → "kill", "stopped" → "stop", "injured" → "injur" (stems only need to agree).
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "ls":
        return stem[:-1]
    return stem


def words(text: str) -> list[str]:
    """The word tokens of ``text`` (letters or numbers), in order."""
    return _WORD.findall(text)


def content_words(text: str) -> set[str]:
    """Lemma-ish content words of ``text``: stop words and one-letter tokens removed."""
    return {lemma(w) for w in words(text) if w.lower() not in STOPWORDS and len(w) > 1}


def counted_noun(about: str | None) -> str | None:
    """The head of what a figure counts, as a comparable class ("plant's workers" → person)."""
    head = _head_word(about)
    if head is None:
        return None
    head = lemma(head)
    return NOUN_CLASSES.get(head, head)


def _head_word(about: str | None) -> str | None:
    """The last content word of what a figure counts, as written (the one before an index: "price")."""
    heads = [w for w in words((about or "").replace("’s", " ").replace("'s", " ")) if w.lower() not in STOPWORDS]
    if len(heads) > 1 and lemma(heads[-1]) in _MEASURE_HEADS:
        return heads[-2]
    return heads[-1] if heads else None


def event_concept(predicate: str | None) -> str | None:
    """The concept of an event predicate in :data:`EVENT_CONCEPTS`, longest phrase first."""
    parts = (predicate or "").lower().split()
    for size in range(len(parts), 0, -1):
        concept = EVENT_CONCEPTS.get(" ".join(parts[:size]))
        if concept is not None:
            return concept
    return None


def jaccard(a: AbstractSet[str], b: AbstractSet[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def sentence_at(extraction: Extraction, text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the sentence holding ``[start, end)``; the span itself when none does."""
    for s_start, s_end in extraction.sentences:
        if s_start <= start < s_end or (s_start < end <= s_end):
            return _trimmed(text, s_start, s_end)
    return _trimmed(text, start, end)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def claim_id(text: str, anchor: str = "") -> str:
    """Story-independent id of a claim: ``c-`` and 10 hex digits of sha256 of its content."""
    return "c-" + hashlib.sha256((text + "\x1f" + anchor).encode("utf-8")).hexdigest()[:10]


# -- figures -----------------------------------------------------------------------------------

_VAGUE = re.compile(r"(?i)\b(?:dozens|scores|tens|hundreds|thousands|millions|billions)\b")


@dataclass(frozen=True, slots=True)
class _Fig:
    figure: Figure
    group: str
    order: int
    day: date | None
    outlet: str
    unit: str
    counted: str | None
    concept: str | None
    phrase: str | None
    scope: str
    purpose: frozenset[str]
    context: frozenset[str]
    low: float
    high: float
    as_of: date | None = None  # the day the text gives the figure for (Figure.as_of), when a full date
    when: tuple[date, date] | None = None  # the period of Figure.as_of at any grain ("in 2016", "last week")
    named_group: bool = False  # what is counted is a named group ("Republicans", "Ukrainians")
    definite: bool = False  # the count follows "the", "all" or a possessive ("the two leaders")
    places: frozenset[str] = frozenset()  # the places (GPE, LOC) its sentence names (its clause's, when enumerated)
    enumerated: bool = False  # one place's count in a sentence that counts the same event elsewhere too
    averaged: bool = False  # its clause before it names an average ("the four-week moving average fell to")
    planned: bool = False  # its clause says what will or is to happen ("says it will launch four missiles")
    # shingles of its sentence's words outside quotation marks: tells a copied sentence (see _independent_count)
    own: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.uint64), compare=False)
    own_words: tuple[str, ...] = field(default=(), compare=False)  # those words in order (an edited copy)
    credits: frozenset[str] = frozenset()  # outlets its sentence gives as the source ("told CNBC")
    # the independent source of its document; differs from ``group`` in a paragraph lifted from another
    # article (``group`` is then the lender's): the two are one source, never two for or against a claim
    home: str = ""


def normalise_unit(unit: str | None) -> str:
    if not unit:
        return ""
    u = unit.strip().lower()
    return UNIT_ALIASES.get(u, lemma(u))


def figure_bounds(figure: Figure) -> tuple[float, float]:
    """The interval of values a hedged figure allows (see the module docstring)."""
    value = float(figure.value) if figure.value is not None else math.nan
    if figure.upper is not None:
        return min(value, figure.upper), max(value, figure.upper)
    if _vague(figure):
        return value, value * VAGUE_SPAN
    if figure.hedge == "lower":
        return value, value + abs(value) * BOUND_SLACK
    if figure.hedge == "upper":
        return value - abs(value) * BOUND_SLACK, value
    if figure.hedge == "approx":
        slack = abs(value) * APPROX_TOLERANCE
        return value - slack, value + slack
    return value, value


def compatible(a: _Fig, b: _Fig) -> bool:
    return a.low <= b.high and b.low <= a.high


def _ratio(a: _Fig, b: _Fig) -> float:
    small, large = sorted((abs(a.low + a.high) / 2, abs(b.low + b.high) / 2))
    if large == 0 or math.isinf(large):
        return 1.0
    return math.inf if small == 0 else large / small


def _first_statement(figure: Figure) -> int:
    return figure.restates if figure.restates is not None else figure.start


def same_quantity(a: _Fig, b: _Fig) -> bool:
    """Whether two figures report one quantity, so that different values disagree."""
    if a.unit != b.unit or a.scope != b.scope or a.scope not in ("total", "state") or _different_times(a, b):
        return False
    if a.averaged != b.averaged or _a_plan_and_a_count(a, b):
        return False
    if a.unit == "percent" and a.concept in _LEVEL_CONCEPTS and not compatible(a, b):
        # A percentage change is measured against a base the text may not name: "prices rose 0.9%"
        # (on the month), "rose 5.4%" (on the year), "6.5% annualised". Two different changes are
        # two measures, neither a dispute nor an update; equal ones still agree.
        return False
    if a.concept is not None or b.concept is not None:
        if a.concept != b.concept:
            return False
    elif a.phrase is None or a.phrase != b.phrase or a.phrase.split()[0] in LIGHT_PREDICATES:
        return False
    if a.counted is not None and b.counted is not None and a.counted != b.counted:
        return False
    if (a.counted is None) != (b.counted is None) and (a.named_group or b.named_group):
        # "120 voted against" does not say it counts the "67 Republicans" of another sentence
        return False
    return _purposes_agree(a, b) and _ratio(a, b) <= MAX_RATIO


def _a_plan_and_a_count(a: _Fig, b: _Fig) -> bool:
    """A count to come ("will surpass 600,000 deaths in the next few days", "plans to cut 500 jobs") and a
    count of what was done are two quantities: the first says the second is not there yet. Money is left
    out: "will pitch a $1.8 billion package" gives the size the package has now."""
    return a.planned != b.planned and a.unit not in MONEY_UNITS


def _says_what_money_is_for(a: _Fig, b: _Fig) -> bool:
    """Two different amounts disagree only when both say what they are: the same noun ("the $1.8
    trillion plan") or a purpose each ("for the transit authority"). A story has many amounts, and
    one that says neither ("bringing the total proposed to about $6 trillion") proves no dispute;
    equal amounts still agree without it."""
    return (a.counted is not None and a.counted == b.counted) or (bool(a.purpose) and bool(b.purpose))


def restates(a: _Fig, b: _Fig) -> bool:
    """A weaker match, for agreement only: one figure restated in other words."""
    if a.unit != b.unit or a.scope != b.scope or not compatible(a, b) or _different_times(a, b) or a.averaged != b.averaged \
            or _a_plan_and_a_count(a, b):
        return False
    if a.figure.doc == b.figure.doc and _first_statement(a.figure) == _first_statement(b.figure):
        return True  # the extract stage linked the repetition (Figure.restates)
    large = a.unit in MONEY_UNITS or min(a.low, b.low) >= MIN_RESTATED_COUNT or _precise_percentages(a, b)
    if _specific(a) and _specific(b) and a.low == b.low and _may_count_alike(a, b):
        # the same exact figure of three significant digits or more in one story ("rose by 37,000 to
        # 412,000" of "claims", "applications", "filings"; "21,570 murders" and "21,570 homicides";
        # "totaled 419,000" and "rose to 419,000"): one figure told in other words
        return True
    if _a_change_and_what_changed(a, b) and a.when is not None and a.when == b.when:
        # "the 0.6% increase in May" and "prices rose 0.6 percent in May": the change noun does not say
        # what rose, the other sentence does, and both give the same change for the same period
        return True
    if a.unit in MONEY_UNITS and (_same_written_number(a, b) or _rounded_from(a, b) or _rounded_from(b, a)) \
            and _may_count_alike(a, b) and _no_noun_sets_apart(a, b):
        # "asking for $4.6 billion to pay for ..." and "another $4.6 billion to cover ...": an amount of two
        # significant digits recurs in one story as itself, whatever verb the parse hangs it on; so does it
        # rounded at a precision the writer chose ("almost $139 million" for "$138.7 million")
        return True
    if large and a.unit != "percent" and a.concept is not None and a.concept == b.concept \
            and _same_written_number(a, b) and _may_count_alike(a, b):
        # "fired more than 250 rockets" and "fired more than 250 missiles"; "fell 92,000 from 590,000" of
        # filings and "fell to 498,000 from a revised 590,000" of applications: the same number of two
        # significant digits for one event of the table is one count whatever noun each outlet counts it by
        # (a percentage is left out: "wages rose 4.2%" and "rents rose 4.2%" are two changes)
        return True
    if _people_named_two_ways(a, b) and a.phrase == b.phrase and not _light(a) and min(a.low, b.low) >= MIN_RESTATED_COUNT:
        # "about 1,500 American citizens remain" and "about 1,500 Americans remain": people counted by a group's
        # name and by a person noun, under one verb (agreement only: "70 Israelis" may be part of "120 people";
        # and not a small count, "two men" and "two Republicans", which coincide too easily)
        return True
    if _people_alike(a, b) and a.concept == b.concept and _same_written_number(a, b) \
            and min(a.low, b.low) >= MIN_WRITTEN_PEOPLE:
        # "up to 2,300 residents are stranded" and "about 2,300 people remain"; "a goal to enrol 250,000
        # students" and "aiming for 250,000 students": one number of two significant digits, in the
        # thousands, for the same people, whatever verb; not two events of the table ("2,300 on board" and "2,300
        # killed"), nor a round one ("40 million people", "30 mayors" recur by chance)
        return True
    if _shares_of_the_same_people(a, b) and _same_written_number(a, b) and _may_count_alike(a, b):
        # "households including 88% of children" and "nearly 88% of children are set to receive": one share of
        # people named by one noun as written, of two significant digits, whatever verb (the rule below leaves
        # people out, as "children" and "adults" are one class); not a round share ("70% of adults" recurs by
        # chance), nor a change ("rose 4.2%")
        return True
    if _bare_changes(a, b) and _precise_percentages(a, b) and _same_written_number(a, b) and _may_count_alike(a, b):
        # "a 5.9% boost in their monthly checks" and "the cost-of-living adjustment will be 5.9%": neither change
        # noun says what changed, so neither sets the other apart (as for money, _no_noun_sets_apart); one
        # percentage of two significant digits told twice is one change
        return True
    if not large or a.counted is None or _noun_kind(a.counted) != _noun_kind(b.counted) or a.counted == "person":
        return False
    if a.concept is not None and b.concept is not None and a.concept != b.concept:
        return False
    if _same_written_number(a, b):
        return True  # "received over 3,700 complaints" and "gathered more than 3,700 complaints": one count, two verbs
    # a plan's amount is told with many verbs ("will pitch", "unveiled", "proposed"); what it is says enough
    return _one_verb(a, b) or _light(a) or _light(b) or _noun_kind(a.counted) == "spending measure"


def _one_verb(a: _Fig, b: _Fig) -> bool:
    """Whether two predicates have one verb: the same phrase, or one with a particle or object the parse gave
    only to the other ("the bill clocks in at 1,318 pages", "clocked in at some 1,300 pages": "clock" and "clock
    in"; "raised the limit to 8,400" and "raised it to 8,400": "raise limit" and "raise")."""
    return a.phrase is not None and b.phrase is not None and a.phrase.split()[0] == b.phrase.split()[0]


def _bare_changes(a: _Fig, b: _Fig) -> bool:
    """Both figures count a bare change noun ("a 5.9% boost", "the adjustment will be 5.9%"): the size of a change
    whose subject neither names (the extract stage gives the noun in "a 5.9% increase in wages" as wages)."""
    return a.counted in CHANGE_NOUNS and b.counted in CHANGE_NOUNS


def _people_named_two_ways(a: _Fig, b: _Fig) -> bool:
    """One figure counts people by a person noun ("citizens", "people"), the other by a group's capitalised name
    ("Americans", "Afghans")."""
    return any(f.counted == "person" and g.named_group and g.counted != "person" for f, g in ((a, b), (b, a)))


def _shares_of_the_same_people(a: _Fig, b: _Fig) -> bool:
    """Both figures are percentages of people named by one noun as written ("88% of children" twice; not
    "88% of children" and "88% of adults"), neither a change of a level."""
    if a.unit != "percent" or b.unit != "percent" or not a.counted == b.counted == "person":
        return False
    if a.concept in _CHANGE_ROLES or b.concept in _CHANGE_ROLES:
        return False
    head = _head_word(a.figure.about)
    return head is not None and lemma(head) == lemma(_head_word(b.figure.about) or "")


# What a change verb's figure may be (_change_role): the change, the new level or the level it started from.
_CHANGE_ROLES = _LEVEL_CONCEPTS | {"level", "prior level"}


def _people_alike(a: _Fig, b: _Fig) -> bool:
    """Both figures count people, and not two named groups: two person nouns ("citizens", "adults"), a person
    noun and a group's name ("Americans"), or one group's name twice (never "Democrats" and "Republicans")."""
    if a.counted == b.counted == "person" or _people_named_two_ways(a, b):
        return True
    return a.named_group and b.named_group and a.counted == b.counted


def _no_noun_sets_apart(a: _Fig, b: _Fig) -> bool:
    """Whether the nouns of two amounts leave them one amount: one says none, or both name one kind of thing.
    A bare change noun says by how much, not of what ("a monthly increase of $92" against "the adjustment
    amounts to $92 a month"), so it sets nothing apart either."""
    nouns = [f.counted for f in (a, b) if f.counted is not None and f.counted not in CHANGE_NOUNS]
    return len(nouns) < 2 or _noun_kind(nouns[0]) == _noun_kind(nouns[1])


def _same_written_number(a: _Fig, b: _Fig) -> bool:
    """The same number as written, of two significant digits or more ("3,700", "$4.6 billion", "over
    3,700"): told twice in one story it is one figure whatever the verb (outside the event table a
    parse gives "receive", "gather", "help" or "occur" for one fact); a round one ("1 billion",
    "300") recurs too easily to say so, and a vague plural gives no number."""
    fa, fb = a.figure, b.figure
    if fa.value is None or fa.value != fb.value or fa.upper != fb.upper or _vague(fa) or _vague(fb):
        return False
    return _significant_digits(fa.value) >= 2


def _rounded_from(rounded: _Fig, precise: _Fig) -> bool:
    """Whether ``rounded`` is written with a scale word and two significant digits or more ("almost $139
    million", "more than $920 billion") and ``precise``, given to more digits ("$138.7 million", "$928
    billion"), is that number at the precision written: within half a unit of its last digit, or for a bound
    within one unit on the side it allows ("more than $920 billion" is $920-930 billion, never $919 billion;
    "about $1.5 billion" is no rounding of "$1.41 billion"). A number written out in
    full ("590,000") is exact to its last digit: it is no rounding of "593,000" (a revised weekly count often is
    that close). A round amount ("$1 trillion") says too little to back any precise one."""
    fr, fp = rounded.figure, precise.figure
    if fr.value is None or fp.value is None or fr.upper is not None or fp.upper is not None or _vague(fr) or _vague(fp):
        return False
    if not _SCALED.search(fr.text) or _significant_digits(fr.value) < 2:
        return False
    if _significant_digits(fp.value) <= _significant_digits(fr.value):
        return False
    step = 10.0 ** (math.floor(math.log10(abs(fr.value))) - _significant_digits(fr.value) + 1)
    gap = fp.value - fr.value
    if fr.hedge == "lower":
        return 0 < gap < step
    if fr.hedge == "upper":
        return 0 < -gap < step
    return 0 < abs(gap) <= step / 2


# A number written with a scale word ("139 million", "$9.2bn"): precise only to its last written digit.
_SCALED = re.compile(r"(?i)\d\s*(?:million|billion|trillion|mn|bn|tn|m|b)\b")


def _precise_percentages(a: _Fig, b: _Fig) -> bool:
    """Two percentages each written with two significant digits or more ("5.9%", "4.2 percent"): as
    telling as a count of ten or more. A percentage's size says nothing of how often it recurs by
    chance, its precision does; read as a small count, "the adjustment will be 5.9%" in two outlets had
    never been one figure, while "58%" was."""
    return a.unit == b.unit == "percent" and all(
        f.figure.value is not None and not _vague(f.figure) and _significant_digits(f.figure.value) >= 2
        for f in (a, b)
    )


def _significant_digits(value: float) -> int:
    return len(f"{abs(value):.6f}".replace(".", "").strip("0"))


def _may_count_alike(a: _Fig, b: _Fig) -> bool:
    """Nothing in the two sentences says the figures count different things: not two events of the
    table (deaths and injuries; a change and a level), not two kinds of thing it tells apart (people
    and homes). Other nouns may name one thing two ways ("murders", "homicides"; "claims", "filings")."""
    if a.concept is not None and b.concept is not None and a.concept != b.concept:
        return False
    return not (a.counted in _NOUN_KINDS and b.counted in _NOUN_KINDS and a.counted != b.counted)


def _a_change_and_what_changed(a: _Fig, b: _Fig) -> bool:
    """One figure is a bare change noun ("the 0.6% increase") and the other a change of the same way
    with its subject ("prices rose 0.6 percent")."""
    return ((a.counted in CHANGE_NOUNS) != (b.counted in CHANGE_NOUNS)) and a.concept == b.concept \
        and a.concept in _LEVEL_CONCEPTS


def _noun_kind(counted: str | None) -> str | None:
    """A counted noun's kind for agreeing amounts: a spending plan is one thing under several names
    ("a $1.8 trillion package", "the $1.8 trillion plan")."""
    return "spending measure" if counted in _SPENDING_MEASURES else counted


def _specific(f: _Fig) -> bool:
    """An exact value with at least three significant digits (412,000; 1,214; 6.45): too precise
    to recur by chance in one story."""
    if f.figure.hedge != "exact" or f.figure.value is None or f.low != f.high or _vague(f.figure):
        return False
    return _significant_digits(f.figure.value) >= 3


def _light(f: _Fig) -> bool:
    return f.phrase is None or f.phrase.split()[0] in LIGHT_PREDICATES


def _purposes_agree(a: _Fig, b: _Fig) -> bool:
    """Money for one purpose is not money for another ("for the transit authority", "for a library")."""
    if a.unit not in MONEY_UNITS or not a.purpose or not b.purpose:
        return True
    return _share(a.purpose, b.context) >= PURPOSE_OVERLAP or _share(b.purpose, a.context) >= PURPOSE_OVERLAP


def _share(part: AbstractSet[str], whole: AbstractSet[str]) -> float:
    return len(part & whole) / len(part) if part else 0.0


def _plain_words(text: str) -> frozenset[str]:
    """Content words with possessives split off ("Merritt's" → merritt)."""
    return frozenset(content_words(text.replace("’s", " ").replace("'s", " ")))


def cross_check(
    story_docs: Sequence[Document],
    extractions: Mapping[str, Extraction],
    groups: Mapping[str, str],
    *,
    lifted: Lifted | None = None,
) -> tuple[Claim, ...]:
    """The claims of one story with their status across independent sources, most telling first.

    ``lifted`` (doc id -> (start, end, lender doc id), :func:`newsfuse.link.dedup.lifted_passages`): a
    claim read in a paragraph one document lifted from another is the lender's report (:func:`source_at`).
    """
    order = {d.id: i for i, d in enumerate(story_docs)}
    texts = {d.id: d.text for d in story_docs}
    groups = _with_retold_articles(story_docs, groups)
    figs = _without_parts(_figures(story_docs, extractions, groups, lifted or {}))
    figure_claims = _figure_claims(figs, extractions, texts)
    quote_claims = _quote_claims(story_docs, extractions, groups, texts, order, lifted or {})
    claims = _unique_ids(_not_quoted_again(figure_claims, quote_claims, extractions) + quote_claims)
    first = {c.id: min((order.get(s.doc, len(order)), s.start) for s in c.sources) for c in claims}
    return tuple(sorted(claims, key=lambda c: (_RANK[c.status], first[c.id])))


_RANK: dict[str, int] = {"conflicting": 0, "corroborated": 1, "single-source": 2}


def _with_retold_articles(story_docs: Sequence[Document], groups: Mapping[str, str]) -> dict[str, str]:
    """``groups`` with the sources of two articles one of which retells the other sentence by sentence
    (:func:`newsfuse.link.dedup.rewritten_pairs`) made one: an outlet's rewrite of another's short report, or an
    earlier version of a wire story, is that report again, not a second one; its copied sentences alone are too
    few or too reworded for the sentence rules (:func:`_independent_count`). Joined whole, with the other
    articles of their outlets: fewer sources rather than a count the copy inflates."""
    source = {d.id: groups.get(d.id, d.id) for d in story_docs}
    # the smaller id names a joined group, whatever the order the pairs come in
    joined, changed = UnionFind(set(source.values()), lowest_root=True), False
    for one, other in rewritten_pairs([d for d in story_docs if d.text]):
        if joined.find(source[one]) != joined.find(source[other]):
            joined.union(source[one], source[other])
            changed = True
    if not changed:
        return dict(groups)
    return {**groups, **{doc: joined.find(group) for doc, group in source.items()}}

# Borrower doc id -> (start, end, lender doc id) of each paragraph it lifted from another document.
Lifted = Mapping[str, Sequence[tuple[int, int, str]]]

def _not_quoted_again(
    figure_claims: list[Claim], quote_claims: list[Claim], extractions: Mapping[str, Extraction]
) -> list[Claim]:
    """The figure claims, less those that only repeat a quote claim: every source lies inside a direct
    quotation of its article, and one of them inside the quotation a quote claim cites.

    Outlets printing one statement are two reporters of it, and the quote claim says so; the number in
    it is the speaker's word, not a count each outlet reported. Shown again as a figure claim it read as a
    second, corroborated quantity ("two" from "these two men have been charged ..."). A figure in a
    dispute or an update is kept: its note tells what the quotation alone does not.
    """
    linked = {c.superseded_by for c in figure_claims if c.superseded_by}
    quoted = [s for q in quote_claims for s in q.sources]
    return [
        c for c in figure_claims
        if c.conflicts_with or c.superseded_by or c.id in linked
        or not (_inside(c.sources, _direct_quotations(extractions, c.sources)) and _any_inside(c.sources, quoted))
    ]


def _direct_quotations(extractions: Mapping[str, Extraction], spans: Sequence[Span]) -> list[Span]:
    docs = {s.doc for s in spans}
    return [
        Span(doc=q.doc, start=q.start, end=q.end)
        for doc in docs
        for q in (extractions[doc].quotes if doc in extractions else ())
        if q.kind == "direct"
    ]


def _inside(spans: Sequence[Span], quotations: Sequence[Span]) -> bool:
    """Whether each span lies inside one of the quotations of its own document."""
    return all(_any_inside([s], quotations) for s in spans)


def _any_inside(spans: Sequence[Span], quotations: Sequence[Span]) -> bool:
    """Whether some span lies inside one of the quotations of its own document."""
    return any(q.doc == s.doc and q.start <= s.start and s.end <= q.end for s in spans for q in quotations)


def source_at(groups: Mapping[str, str], lifted: Lifted, doc_id: str, offset: int) -> str:
    """The independent source (``groups``) of the words at ``offset`` in ``doc_id``: the lender's for a
    paragraph the document lifted from another (partial reuse), else the document's own."""
    for start, end, lender in lifted.get(doc_id, ()):
        if start <= offset < end:
            return groups.get(lender, lender)
    return groups.get(doc_id, doc_id)


def _figures(
    story_docs: Sequence[Document], extractions: Mapping[str, Extraction], groups: Mapping[str, str], lifted: Lifted
) -> list[_Fig]:
    figs = []
    for rank, doc in enumerate(story_docs):
        extraction = extractions.get(doc.id)
        if extraction is None:
            continue
        text = doc.text
        # an article that credits another outlet's reporting anywhere ("according to NBC News", "NBC
        # reported") retells that outlet's report: its figures are no second source beside that outlet's own
        relayed, credited = credited_outlets(text, reporting_only=True), credited_outlets(text)
        for figure in sorted(extraction.figures, key=lambda f: f.start):
            fig = _fig(figure, doc, extraction, text, source_at(groups, lifted, doc.id, figure.start), rank)
            if fig is None:
                continue
            # a credit of an interview ("the clerk told Metro Ledger") relays that outlet's report only for
            # figures the article gives as a report's ("the report said"): a Guardian article quoting someone
            # who "told the BBC" still counts its own figures in its own sentences
            sentence = text[slice(*sentence_at(extraction, text, figure.start, figure.end))]
            article = credited if _UNNAMED_REPORT.search(sentence) else relayed
            figs.append(replace(fig, home=groups.get(doc.id, doc.id), credits=fig.credits | article))
    return figs


def _fig(figure: Figure, doc: Document, extraction: Extraction, text: str, group: str, rank: int) -> _Fig | None:
    scope = figure.scope or "total"
    counted = counted_noun(figure.about)
    fused = _fused_word(text, figure)
    if fused is not None:
        # "the 880-page bill", "a 12-count indictment", "a three-member panel": what is counted is the word
        # the number is fused to, not the noun after it
        counted = counted_noun(fused)
        if counted not in _FUSED_PEOPLE and figure.value is not None and abs(figure.value) < MIN_RESTATED_COUNT:
            # a small number fused to a word that names no people names a kind of thing ("a two-state
            # solution", "a two-term senator", "a four-part series"): outlets repeat the name, they count nothing
            return None
    phrase = figure.predicate.lower() if figure.predicate else None
    concept = event_concept(phrase)
    if figure.predicate is None and concept is None:
        # Stored before predicates were read from the parse: event words in ``about`` stand in.
        concept = next((c for c in map(event_concept, content_words(figure.about or "")) if c), None)
    if concept in _LEVEL_CONCEPTS:
        concept = _change_role(text[max(0, figure.start - _LEVEL_CONTEXT) : figure.start], concept)
    if concept == "allocation" and normalise_unit(figure.unit) == "percent":
        # what is allocated is money or goods; a share under "approve" or "give" is an opinion poll's ("63% approve of
        # the investigation", "they give him 69% approval"), told by its own verb and noun, not by the table
        concept = None
    named_event = _event_noun(counted)
    if named_event is not None and concept in (None, named_event, "level"):
        # "reached 600,000 fatalities", "a milestone of 600,000 deaths": the noun names the event the verb
        # does not, and two nouns of one event count one thing; so does the new level of such a count ("the
        # number of confirmed dead jumped to 60" is the toll "60 are confirmed dead" gives)
        concept, counted = named_event, named_event
    elif concept in _NAMED_EVENTS and counted == "person":
        # "killed at least 1,312 people" and "the death toll rose to 1,804": the people a harm or enforcement
        # event of the table befell are its count, as the noun that names the event counts them
        counted = concept
    if figure.value is None or scope in ("part", "background"):
        return None
    if counted is None and phrase is None and normalise_unit(figure.unit) not in MONEY_UNITS:
        # a count that names neither what it counts nor what befell it says nothing to compare; an amount of
        # money still is one ("called for spending upward of $568 billion" when the parse gives no verb), and
        # agrees with the same amount elsewhere (restates), though it is set against none (same_quantity)
        return None
    low, high = figure_bounds(figure)
    s_start, s_end = sentence_at(extraction, text, figure.start, figure.end)
    clause_places = _enumerated_places(extraction, text, (s_start, s_end), figure.start, concept)
    clause_before = _CLAUSE_BREAK.split(text[s_start : figure.start])[-1]  # its clause up to the figure
    return _Fig(
        figure=figure,
        group=group,
        order=rank * 1_000_000 + figure.start,
        day=_day(doc.published),
        as_of=_day(figure.as_of) if figure.as_of and len(figure.as_of) == 10 else None,
        when=_period_of(figure.as_of),
        named_group=_names_a_group(figure.about),
        places=_places(extraction, s_start, s_end) if clause_places is None else clause_places,
        enumerated=clause_places is not None,
        averaged=_names_an_average(clause_before),
        planned=_states_a_plan(clause_before) or _sets_a_limit(figure, counted, phrase, text),
        definite=bool(_DEFINITE_BEFORE.search(text[max(0, figure.start - 30) : figure.start])),
        outlet=doc.outlet or doc.id,
        unit=normalise_unit(figure.unit),
        counted=counted,
        concept=concept,
        phrase=phrase,
        scope=scope,
        purpose=_plain_words(figure.purpose or ""),
        context=_plain_words(text[s_start:s_end]),
        own=own_shingles(text[s_start:s_end]),
        own_words=tuple(own_words(text[s_start:s_end])),
        credits=credited_outlets(text[s_start:s_end]),
        low=low,
        high=high,
    )


def _fused_word(text: str, figure: Figure) -> str | None:
    """The word a number without a unit is fused to by a hyphen before its noun ("two" in "a two-state
    solution" → "state", "880" in "the 880-page bill" → "page"): the number says what kind of thing the
    noun is, it does not count the noun. ``None`` for any other figure, and for a hyphen that goes on
    with the number itself ("65-plus", "two-to-one", "a half-dozen", "$600-per-week")."""
    if figure.unit:
        return None
    found = _FUSED.match(text, figure.end)
    if found is None or found.group(1).lower() in _NUMBER_TAILS:
        return None
    return found.group(1)


_FUSED = re.compile(r"-([A-Za-z]+)\b(?!-(?:old|olds)\b)")
# What a small fused number counts when it counts people: "a three-member panel", "a 12-person jury".
_FUSED_PEOPLE = frozenset({"person", "member", "judge", "justice", "juror"})
# Words a hyphen joins to a number as part of the number: "65-plus", "two-to-one", "a half-dozen", "three-fourths".
_NUMBER_TAILS = frozenset({
    "plus", "odd", "something", "ish", "to", "and", "or", "a", "an", "per", "dozen", "hundred", "thousand",
    "million", "billion", "trillion", "half", "halves", "third", "thirds", "fourth", "fourths", "fifth", "fifths",
    "quarter", "quarters", "fold",
})


def _event_noun(counted: str | None) -> str | None:
    """The event a counted noun names itself ("deaths", "fatalities" → death; "injuries", "evacuations",
    "arrests"), for the harm and enforcement events of :data:`EVENT_CONCEPTS`; ``None`` for other nouns
    ("votes", "aid" and "losses" name no one event a count of them is)."""
    concept = EVENT_CONCEPTS.get(counted or "")
    return concept if concept in _NAMED_EVENTS else None


_NAMED_EVENTS = frozenset({"death", "injury", "displacement", "missing", "arrest"})


def _change_role(before: str, concept: str) -> str:
    """What a figure of a change verb counts, from the words just before it: the new level ("to 14",
    "to a seasonally adjusted 373,000"), the level it started from ("from 12", "from a revised 590,000"),
    or else the change itself ("rose 5", "rose by 5"). Three quantities; only like with like compare."""
    if _TO_BEFORE.search(before):
        return "level"
    if _FROM_BEFORE.search(before):
        return "prior level"
    return concept


def _enumerated_places(
    extraction: Extraction, text: str, sentence: tuple[int, int], at: int, concept: str | None
) -> frozenset[str] | None:
    """The places of the figure's own clause when its sentence counts the same event in another place
    too ("Eight people died in New York City, and a man died in Passaic, New Jersey"): the figure is
    one place's part of an enumeration, not the whole another report gives for the region. ``None``
    for any other figure."""
    if concept is None:
        return None
    s_start, s_end = sentence
    bounds = [s_start, *(s_start + m.end() for m in _CLAUSE_BREAK.finditer(text[s_start:s_end])), s_end]
    clauses = list(zip(bounds, bounds[1:], strict=False))
    own = next((c for c in clauses if c[0] <= at < c[1]), None)
    if own is None:
        return None
    mine = _places(extraction, *own)
    for start, end in clauses:
        if (start, end) != own and _counts_event(text[start:end], concept) and _places(extraction, start, end) - mine:
            return mine
    return None


def _names_an_average(clause: str) -> bool:
    """Whether the figure's clause, up to the figure, names an average or a median: "the four-week
    moving average fell to 504,750" measures the week's count smoothed, not the count "fell to 444,000"
    of the sentence before; the two are different quantities, neither a rival, an update nor a part."""
    return bool(_AVERAGE.search(clause))


_AVERAGE = re.compile(r"(?i)\b(?:averages?|averaged|medians?)\b")


def _states_a_plan(clause: str) -> bool:
    """Whether the figure's clause, up to the figure, says what will or is to happen: "says it will launch
    four missiles", "plans to cut 500 jobs", "said it would keep paying all 180 workers". Against a count of
    what was done ("launched two in July") it is no rival figure; two plans can still disagree."""
    return bool(_PLAN.search(clause))


def _sets_a_limit(figure: Figure, counted: str | None, phrase: str | None, text: str) -> bool:
    """Whether a count is a limit set on what is to come: it counts a cap ("a cap of 62,500", "the cap reached
    110,000"), or is the level its verb's object, a cap, is set to or from ("raised the cap on refugees to
    62,500": the parse's predicate "raise cap"; not "raised the ceiling 58 times", which counts times). A limit
    is a plan: "would allow 62,500 refugees" states it too, and "admitted 11,400 refugees" is a count of what
    was done, no rival of either. Money is left out, as :func:`_a_plan_and_a_count` leaves it: "the $2,900
    limit" is the size the limit has now."""
    if normalise_unit(figure.unit) in MONEY_UNITS:
        return False
    if counted in _LIMIT_NOUNS:
        return True
    objects = phrase.split()[1:] if phrase else []
    before = text[max(0, figure.start - _LEVEL_CONTEXT) : figure.start]
    return any(word in _LIMIT_NOUNS for word in objects) and bool(_TO_BEFORE.search(before) or _FROM_BEFORE.search(before))


# As counted_noun() and the parse's predicate write them ("ceiling" is "ceil" to lemma(), not to the parse).
_LIMIT_NOUNS = frozenset({"cap", "ceiling", "ceil", "limit", "quota", "maximum"})

_PLAN = re.compile(r"(?i)\b(?:will|would|shall|(?:is|are|was|were) (?:going |set |expected )?to|plans? to|planned to|planning to"
                   r"|intends? to|intended to|aims? to|vows? to|vowed to|threatens? to|threatened to|promises? to"
                   r"|promised to|pledges? to|pledged to)\s+"
                   r"(?:\w+\s+){0,3}$|\w+'ll\s+(?:\w+\s+){0,3}$")


def _counts_event(clause: str, concept: str) -> bool:
    """Whether a clause has a word of the event concept ("died", "killed", "deaths" for death)."""
    # lemma() reads "died" as "dy"; the word without its ending "-d"/"-s" gives "die"
    return any(concept in (event_concept(lemma(w)), event_concept(w.lower().rstrip("sd"))) for w in words(clause))


# Where a sentence's clauses part: a semicolon, or a comma before "and", "but", "while", "whereas".
_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas)\b")


def _places(extraction: Extraction, start: int, end: int) -> frozenset[str]:
    return frozenset(
        " ".join(words(m.text.replace("’s", "").replace("'s", ""))).lower()
        for m in extraction.mentions
        if m.type in _PLACE_TYPES and start <= m.start and m.end <= end
    )


_PLACE_TYPES = frozenset({"GPE", "LOC"})


def _names_a_group(about: str | None) -> bool:
    """Whether the counted noun is a capitalised group name ("67 Republicans", "218 Democrats")."""
    head = _head_word(about)
    return head is not None and head[:1].isupper()


def _period_of(value: str | None) -> tuple[date, date] | None:
    found = value_period(value) if value else None
    return (found[0], found[1]) if found else None


def _different_times(a: _Fig, b: _Fig) -> bool:
    """The texts date the two counts to periods that do not meet, one of them longer than a day:
    "killed 49 people ... in 2016" and "killed 17 people last week" are two events, neither a
    dispute nor an update. (Two different days stay comparable: "12 dead as of Monday", "14 as
    of Tuesday" is an update.)"""
    if a.when is None or b.when is None or (a.when[0] == a.when[1] and b.when[0] == b.when[1]):
        return False
    if _specific(a) and _specific(b) and a.low == b.low and (a.when[0] == a.when[1] or b.when[0] == b.when[1]):
        # the same exact figure of three significant digits, dated to a day by one text and to a period by the
        # other: the day is often when the figure was given ("adding 235,000 positions, the department reported
        # Friday"), not what it counts ("added 235,000 jobs in August"); such a number does not recur by chance
        return False
    return a.when[1] < b.when[0] or b.when[1] < a.when[0]


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def _without_parts(figs: list[_Fig]) -> list[_Fig]:
    """Inside one document, of two disagreeing figures for one quantity keep the whole.

    A report does not contradict itself: "as many as 40 injured" and "two firefighters
    treated" in one article are a total and a part of it. A figure the text reports as a
    revision ("had risen to") replaces the older one instead.
    """
    dropped: set[int] = set()
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(figs):
        by_doc[f.figure.doc].append(i)
    for members in by_doc.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                a, b = figs[i], figs[j]
                if compatible(a, b) or not same_quantity(a, b):
                    continue
                if a.unit in MONEY_UNITS and not _says_what_money_is_for(a, b):
                    # "$12 billion in aid ..., as well as $4.6 billion to pay for ...": a second amount that
                    # does not say it is the first's is no part of it, as it would be no rival (_disagreement)
                    continue
                if _kinds_named_apart(a, b):
                    continue  # "new jobless claims fell to 412,000" and "continuing claims fell to 3.1 million"
                if a.figure.revised != b.figure.revised:
                    dropped.add(j if a.figure.revised else i)
                else:
                    dropped.add(i if a.high < b.high else j)
    return [f for i, f in enumerate(figs) if i not in dropped]


def _kinds_named_apart(a: _Fig, b: _Fig) -> bool:
    """Whether one writer names two kinds of one counted noun: each figure's noun has words before it and they
    share none ("new jobless claims" and "continuing claims", "civilian deaths" and "military deaths"). The
    writer set them apart, so one is no part of the other; a bare noun ("deaths") may still be the whole of a
    modified one ("civilian deaths"). Read inside one document only: two outlets word one quantity in their own
    ways ("initial jobless claims", "new unemployment claims")."""
    if a.counted is None or a.counted != b.counted or lemma(_head_word(a.figure.about) or "") != lemma(
            _head_word(b.figure.about) or ""):
        return False  # one head noun: "workers" and "residents" are two nouns, not two kinds of one
    mine, theirs = _modifiers(a.figure.about), _modifiers(b.figure.about)
    return bool(mine) and bool(theirs) and not mine & theirs


def _modifiers(about: str | None) -> frozenset[str]:
    """The content words before the head of what a figure counts ("New jobless claims" → new, jobless)."""
    found = [w for w in words((about or "").replace("’s", " ").replace("'s", " ")) if w.lower() not in STOPWORDS]
    head = len(found) - 2 if len(found) > 1 and lemma(found[-1]) in _MEASURE_HEADS else len(found) - 1
    return frozenset(lemma(w) for w in found[:max(head, 0)] if not w[:1].isdigit())


def _bins(figs: list[_Fig]) -> list[list[_Fig]]:
    """Figures grouped into claims: each joins the first claim it matches and agrees with. A vague
    plural ("hundreds of companies") and a number ("over 200 companies") are never one claim: the
    outlet that wrote "hundreds" does not back the number."""
    bins: list[list[_Fig]] = []
    for f in sorted(figs, key=lambda f: (f.day or date.max, f.order)):
        home = next((b for b in bins if _joinable([f], b)), None)
        if home is None:
            bins.append([f])
        else:
            home.append(f)
    return _merged(bins)


def _merged(bins: list[list[_Fig]]) -> list[list[_Fig]]:
    """Bins that the order of reading kept apart, joined by the rule that fills them: an article's "the $2.2
    billion investment" read before another outlet's "will invest $2.2 billion" opens its own bin, and the
    second joins the first bin it matches (the article's "more than $2 billion"); one amount then showed as
    two claims, one of them citing the article twice over. Both rules ask for one unit and scope, which every
    figure of a bin shares, so only bins of one unit and scope are compared (a story of hundreds of articles
    has thousands of bins)."""
    groups: dict[tuple[str, str], list[list[_Fig]]] = defaultdict(list)
    for b in bins:
        groups[(b[0].unit, b[0].scope)].append(b)
    merged_bins: list[list[_Fig]] = []
    for group in groups.values():
        merged = True
        while merged:
            merged = False
            for i, j in itertools.combinations(range(len(group)), 2):
                if _joinable(group[i], group[j]):
                    group[i] = group[i] + group.pop(j)
                    merged = True
                    break
        merged_bins += group
    order = {id(f): k for k, b in enumerate(bins) for f in b}
    return sorted(merged_bins, key=lambda b: min(order[id(f)] for f in b))


def _joinable(first: list[_Fig], second: list[_Fig]) -> bool:
    """Whether two groups of figures make one claim: every pair agrees (overlapping values, one time, both
    vague or neither) and one pair reports the same quantity or restates it."""
    # every pair's intervals overlap exactly when each bin's highest low lies under the other's lowest high
    if max(f.low for f in first) > min(g.high for g in second) or max(g.low for g in second) > min(f.high for f in first):
        return False
    pairs = [(f, g) for f in first for g in second]
    return all(compatible(f, g) and not _different_times(f, g) and _vague(f.figure) == _vague(g.figure)
               for f, g in pairs) and any(same_quantity(f, g) or restates(f, g) for f, g in pairs)


@dataclass(frozen=True, slots=True)
class _Relations:
    conflicts: dict[int, set[int]]
    updates: dict[int, set[int]]  # earlier bin → later bins that updated it


def _relations(bins: list[list[_Fig]]) -> _Relations:
    conflicts: dict[int, set[int]] = defaultdict(set)
    updates: dict[int, set[int]] = defaultdict(set)
    for i in range(len(bins)):
        for j in range(i + 1, len(bins)):
            kinds = {_disagreement(a, b) for a in bins[i] for b in bins[j]} - {None}
            if "conflict" in kinds:
                conflicts[i].add(j)
                conflicts[j].add(i)
            elif kinds:
                earlier, later = _in_time_order(bins, i, j)
                updates[earlier].add(later)
    return _Relations(conflicts, updates)


def _disagreement(a: _Fig, b: _Fig) -> str | None:
    """``conflict``, ``update`` or ``None`` (no disagreement) for two figures."""
    if a.group == b.group or (a.home and a.home == b.home) or compatible(a, b) or not same_quantity(a, b):
        return None
    if a.unit in MONEY_UNITS and not _says_what_money_is_for(a, b):
        return None
    if _vague(a.figure) or _vague(b.figure):
        # "billions" and "tens of billions" are two ways of not giving the number; and "an earthquake that
        # killed hundreds" neither disputes nor updates "killed at least 1,312": as it backs no number
        # (_bins), a vague plural sets none aside
        return None
    if a.counted in CHANGE_NOUNS or b.counted in CHANGE_NOUNS:
        return None  # "a decrease of 28,250" with nothing saying what decreased proves no dispute
    if a.places and b.places and not a.places & b.places:
        # "a death toll of 63 for Rhineland-Palatinate" and "the toll in Germany climbed to 143": two
        # places' counts, neither a dispute nor an update of each other
        return None
    if a.enumerated != b.enumerated:
        # "Eight died in New York City, and a man died in Passaic" counts one place of a list; "the
        # storm killed at least nine in the New York City region" may count all of it: a part and its
        # whole, even where both sentences name New York City. Equal counts still agree ("killed 22
        # in El Paso, and ... nine in Dayton" and "killed 22 people in El Paso").
        return None
    if a.planned != b.planned:
        return None  # "will launch four" and "launched two in July": a plan and a past count
    if _rounds_to(a, b) or _rounds_to(b, a):
        return None  # "the $1 trillion bill" and "the $1.2 trillion bill": one amount, once rounded
    if a.as_of is not None and b.as_of is not None and a.as_of != b.as_of:
        # "12 dead as of Monday" and "14 dead as of Tuesday": counts for two days, not a dispute.
        return "update"
    within = True  # reported within the window a disagreement is a dispute in (or undated)
    if a.day is None or b.day is None:
        kind = "update" if a.figure.revised or b.figure.revised else "conflict"
    else:
        later = a if (a.day, a.figure.revised) > (b.day, b.figure.revised) else b
        window = 0 if a.scope == "state" else CONFLICT_WINDOW_DAYS
        within = abs((a.day - b.day).days) <= window
        kind = "update" if later.figure.revised or not within else "conflict"
    if _ratio(a, b) > CONFLICT_MAX_RATIO and within:
        # far apart at one time: more likely a part and its whole, or two quantities under one noun, than one
        # count disputed, or revised within the day ("claims dropped to 293,000" and "continuing claims dropped
        # to 2.59 million" in two reports of one morning)
        return None
    return kind


def _rounds_to(rounded: _Fig, other: _Fig) -> bool:
    """Whether ``rounded`` is written as one digit and a scale word ("$1 trillion", "2 million", "five
    billion") and ``other`` rounds to it at that precision: "the $1 trillion infrastructure bill" and
    "the $1.2 trillion bill" name one bill, the first rounding its amount the way headlines do. A real
    dispute needs the precise figures apart: "$1.2 trillion" and "$1.5 trillion" still conflict."""
    figure = rounded.figure
    if figure.value is None or figure.upper is not None or figure.hedge not in ("exact", "approx") \
            or not _ONE_DIGIT_AND_SCALE.search(figure.text):
        return False
    step = 10 ** math.floor(math.log10(abs(figure.value)))
    middle = (other.low + other.high) / 2
    return abs(middle - figure.value) <= step / 2


# One digit, or a number word up to nine, then a scale word: "$1 trillion", "2bn", "five million".
_ONE_DIGIT_AND_SCALE = re.compile(
    r"(?i)(?<![\d.,])(?:[1-9]|one|two|three|four|five|six|seven|eight|nine)\s*(?:million|billion|trillion|mn|bn|tn|m|b)\b"
)


def _in_time_order(bins: list[list[_Fig]], i: int, j: int) -> tuple[int, int]:
    def latest(b: list[_Fig]) -> tuple[date, bool]:
        return max((f.as_of or f.day or date.min, f.figure.revised) for f in b)

    return (i, j) if latest(bins[i]) <= latest(bins[j]) else (j, i)


def _figure_claims(figs: list[_Fig], extractions: Mapping[str, Extraction], texts: Mapping[str, str]) -> list[Claim]:
    bins = _bins(figs)
    relations = _relations(bins)
    drafts = [_figure_draft(b, extractions, texts) for b in bins]
    ids = [claim_id(text, _figure_anchor(text, anchor, focus_start)) for text, anchor, focus_start, _ in drafts]
    successors = {j for later in relations.updates.values() for j in later}
    claims: list[Claim] = []
    for i, (text, anchor, focus_start, sources) in enumerate(drafts):
        members = bins[i]
        against = relations.conflicts.get(i, set())
        later = relations.updates.get(i, set())
        n_groups = _independent_count(
            [_Carrier(f.group, f.own, outlet_key(f.outlet), f.credits, f.own_words, f.home) for f in members]
        )
        status = _status(n_groups, bool(against))
        if status == "single-source" and not later and i not in successors and not _clear_quantity(members):
            continue
        if status == "corroborated" and all(_vague(f.figure) for f in members):
            continue  # two outlets writing "thousands" check no number (often one quotation printed by both)
        if status == "corroborated" and not later and i not in successors and not _clear_quantity(members) \
                and _inside(sources, _direct_quotations(extractions, sources)):
            # a number only in a speaker's words ("threatened us a million different ways", "our two cultures"),
            # printed by two outlets, is one statement twice, not a count two reporters checked: listed on
            # the bar a single source must pass (the quotation itself is in the quotes list)
            continue
        successor = max(later, key=lambda j: max(f.day or date.min for f in bins[j])) if later else None
        claims.append(
            Claim(
                id=ids[i],
                text=text,
                status=status,
                sources=sources,
                conflicts_with=tuple(sorted(ids[j] for j in against)),
                note=_note(
                    members, [bins[j] for j in sorted(against)], bins[successor] if successor is not None else None
                ),
                superseded_by=ids[successor] if successor is not None else None,
                focus=anchor if focus_start is not None else None,
                focus_start=focus_start,
            )
        )
    return claims


def _figure_anchor(sentence: str, anchor: str, focus_start: int | None) -> str:
    """What a figure claim's id is drawn from besides its sentence: the figure as written, and where it sits when
    the sentence writes it more than once ("six engineers, six nurses and two aides"). Two claims of one id
    are merged into one row (:func:`_unique_ids`), which joined two quantities, their sources and their statuses."""
    if focus_start is None or sentence.count(anchor) < 2:
        return anchor
    return f"{anchor}@{focus_start}"


def _clear_quantity(members: list[_Fig]) -> bool:
    """Worth listing from one source: a known event predicate counting a named thing or money, with
    a number ("hundreds of workers", "millions of voters" say too little to check on one word); a
    head count after "the", "all" or a possessive ("the two leaders", "all four officers") names
    people already known, it is no count to check."""
    return any(
        f.concept is not None and f.scope in ("total", "state") and (f.counted is not None or f.unit in MONEY_UNITS)
        and not _vague(f.figure) and not (f.definite and f.unit == "")
        for f in members
    )


def _vague(figure: Figure) -> bool:
    return bool(_VAGUE.search(figure.text)) and not re.search(r"\d", figure.text)


def _figure_draft(
    members: list[_Fig], extractions: Mapping[str, Extraction], texts: Mapping[str, str]
) -> tuple[str, str, int | None, tuple[Span, ...]]:
    """The claim's sentence, its anchor (the figure as written), where the anchor starts in the
    sentence, and the sources."""
    first = _representative(members).figure
    text = texts.get(first.doc, "")
    s_start, s_end = sentence_at(extractions[first.doc], text, first.start, first.end) if text else (0, 0)
    s_start = _with_the_sentence_leaned_on(extractions[first.doc], text, s_start, s_end)
    sentence = text[s_start:s_end] or first.text
    ordered = sorted(members, key=lambda f: f.order)
    sources = _spans((f.figure.doc, f.figure.start, f.figure.end) for f in ordered)
    return sentence, first.text, _focus_start(sentence, s_start, first.start, first.text), sources


def _with_the_sentence_leaned_on(extraction: Extraction, text: str, start: int, end: int) -> int:
    """Where a claim's text starts: its sentence, or the sentence before it in its paragraph too when it
    points back ("It was created by researchers at Emory ..." says nothing of what "it" is alone)."""
    from newsfuse.brief import leans_on_the_sentence_before

    if end <= start or not leans_on_the_sentence_before(text[start:end]):
        return start
    before = [s for s, e in extraction.sentences if e <= start and "\n\n" not in text[s:start]]
    return _trimmed(text, before[-1], end)[0] if before else start


def _focus_start(sentence: str, sentence_start: int, start: int, anchor: str) -> int | None:
    """Where the anchor sits in the claim's sentence (None when the sentence does not hold it)."""
    at = start - sentence_start
    return at if 0 <= at and sentence[at : at + len(anchor)] == anchor else None


def _note(members: list[_Fig], rivals: list[list[_Fig]], successor: list[_Fig] | None) -> str | None:
    """The values behind a conflict or an update, in words an analyst can check."""
    if rivals:
        sides = [_side(members)] + [_side(r) for r in rivals]
        gaps = [
            abs((a.day - b.day).days)
            for rival in rivals
            for a in members
            for b in rival
            if a.day is not None and b.day is not None and _disagreement(a, b) == "conflict"
        ]
        note = "Sources disagree: " + " vs ".join(sides) + "."
        if gaps and min(gaps) > 0:
            note += f" The closest reports are {min(gaps)} day(s) apart; the figure may have changed in between."
        return note
    if successor is not None:
        return f"Updated by a later report: {_side(successor)}."
    return None


def _representative(members: list[_Fig]) -> _Fig:
    """The member a claim is read from: the most precise figure ("412" over "hundreds"), then the first."""

    def width(f: _Fig) -> float:
        return (f.high - f.low) / max(abs(f.low + f.high) / 2, 1.0)

    return min(members, key=lambda f: (width(f), f.order))


def _side(members: list[_Fig]) -> str:
    first = _representative(members)
    outlets = sorted({f.outlet for f in members})
    days = sorted({f.day.isoformat() for f in members if f.day is not None})
    when = f", {days[0]}" if len(days) == 1 else (f", {days[0]} to {days[-1]}" if days else "")
    return f"\u201c{first.figure.text}\u201d ({', '.join(outlets)}{when})"


class _Carrier(NamedTuple):
    """One source of a claim, as :func:`_independent_count` compares them."""

    group: str
    own: np.ndarray  # own shingles of the supporting sentence (newsfuse.link.dedup.own_shingles)
    outlet: str  # outlet_key of the document's outlet
    credits: frozenset[str]  # credited_outlets of the supporting sentence
    words: tuple[str, ...] = ()  # own_words of the supporting sentence, in order
    home: str = ""  # its document's own source when ``group`` is a lender's (a lifted paragraph): one source


def _independent_count(carriers: Sequence[_Carrier]) -> int:
    """Independent sources among the carriers of one claim.

    Two groups count once when one's supporting sentence copies the other's words outside
    quotation marks (:func:`newsfuse.link.dedup.copies_own_words`), or is a lightly edited copy of
    them (:func:`newsfuse.link.dedup.rewords_sentence`): a sentence lifted from a wire
    story is the wire's report, not a second one, even inside an article that is otherwise the
    outlet's own. They count once too when one's sentence credits the other's outlet ("he told
    ABC News", "according to CBS News", "the Wall Street Journal reported"): it relays that
    outlet's reporting. Two outlets quoting one statement in their own sentences stay two. A carrier in
    a paragraph its article lifted from another (``home`` set) joins the lender's source and its own
    article's: the borrower's other sentences are no second source beside it.
    """
    distinct = list({(c.group, c.own.tobytes(), c.credits, c.words, c.home): c for c in carriers}.values())
    sources = UnionFind(g for c in distinct for g in (c.group, c.home) if g)
    for carrier in distinct:
        if carrier.home:
            sources.union(carrier.group, carrier.home)
    for i, one in enumerate(distinct):
        for other in distinct[i + 1 :]:
            if sources.find(one.group) == sources.find(other.group):
                continue
            if _relays(one, other) or _relays(other, one) or _copies(one, other):
                sources.union(one.group, other.group)
    return len(sources.groups())


def _copies(one: _Carrier, other: _Carrier) -> bool:
    """Whether one supporting sentence copies the other, verbatim or lightly edited (an earlier
    version of a wire sentence: a few words changed, a clause added or cut)."""
    return copies_own_words(one.own, other.own) or rewords_sentence(one.words, other.words)


def _relays(one: _Carrier, other: _Carrier) -> bool:
    """Whether ``one``'s sentence gives ``other``'s outlet as its source."""
    return bool(other.outlet) and any(c == other.outlet or c.startswith(other.outlet + " ") for c in one.credits)


# An outlet's scoop of documents or data: "documents first obtained by The New York Times", "data received by
# NBC News", "a memo seen by Reuters", "records reviewed by the Post".
_OBTAINED = r"(?:first\s+)?(?:obtained|received|seen|reviewed)\s+by"
# A credit through the outlet's piece: "according to a report in Metro Ledger", "citing a new analysis by
# Valley Post", "according to the story from Coast Wire" (the outlet's reporting, retold).
_ITS_REPORT = (r"(?:(?i:according\s+to|citing)\s+(?i:a|an|the)\s+(?:[a-z]+\s+){0,2}"
               r"(?i:report|story|article|analysis|investigation)\s+(?i:in|by|from|published\s+by))")
# A name credited as the source of a sentence: "told CNBC", "according to CBS News", "in an interview
# with NBC News", "reported by the Times", "obtained by Reuters", "the Wall Street Journal reported" (capitalised
# words).
_NAME = r"[A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*){0,4}"
_CREDITED = re.compile(
    rf"\b(?:{_ITS_REPORT}|(?i:told|according to|interview with|reported by|{_OBTAINED}))\s+(?:the\s+)?({_NAME})"
    rf"|({_NAME})\s+(?:first\s+)?reported\b"
)


# The same, credits of another outlet's reporting only ("according to CBS News", "the Times reported"), not of
# an interview given to it ("told CNBC").
_CREDITED_REPORTING = re.compile(
    rf"\b(?:{_ITS_REPORT}|(?i:according to|reported by|{_OBTAINED}))\s+(?:the\s+)?({_NAME})"
    rf"|({_NAME})\s+(?:first\s+)?reported\b"
)
# A sentence that gives its content as a report it does not name: "the report said", "according to the
# outlet", "the newspaper reported".
_UNNAMED_REPORT = re.compile(
    r"(?i)\b(?:the|that|this|its)\s+(?:report|reporting|story|article|outlet|newspaper|paper|network|broadcaster)\b"
)


_SENTENCE_END = re.compile(r"(?<=[a-z]{2})\.\s")


def outlet_key(outlet: str | None) -> str:
    """An outlet's name as sentences credit it: lower case, without a trailing "(News)"-style label,
    "- News" section or leading "the" ("Wall Street Journal (News)" → "wall street journal")."""
    name = re.sub(r"\s*\([^)]*\)|\s+-\s+.*$", "", outlet or "").strip().lower()
    return name.removeprefix("the ").replace("’", "'")


def credited_outlets(sentence: str, *, reporting_only: bool = False) -> frozenset[str]:
    """Names a sentence gives as its source (:data:`_CREDITED`; with ``reporting_only``, only those whose
    reporting it credits, :data:`_CREDITED_REPORTING`), as :func:`outlet_key` with possessives dropped ("told
    CNN's Jake Tapper" → "cnn jake tapper")."""
    pattern = _CREDITED_REPORTING if reporting_only else _CREDITED
    # a name ends with its sentence ("told Metro Ledger. The mayor ..."), not at an initial ("U.S. News")
    names = (_SENTENCE_END.split(m.group(1) or m.group(2))[0] for m in pattern.finditer(sentence))
    return frozenset(re.sub(r"['’]s\b", "", outlet_key(name)).rstrip(".'-") for name in names)


def _status(n_groups: int, conflicting: bool) -> ClaimStatus:
    if conflicting:
        return "conflicting"
    return "corroborated" if n_groups >= 2 else "single-source"


def _spans(items: Iterable[tuple[str, int, int]]) -> tuple[Span, ...]:
    seen: dict[tuple[str, int, int], None] = {}
    for item in items:
        seen.setdefault(item, None)
    return tuple(Span(doc=d, start=s, end=e) for d, s, e in seen)


def _first_per_article(items: Iterable[tuple[str, int, int]]) -> tuple[Span, ...]:
    """One span per article, its first passage in the order given: an article that prints a
    quotation twice (a fragment, then the full sentence) is one source, listed once."""
    seen: dict[str, tuple[int, int]] = {}
    for doc, start, end in items:
        seen.setdefault(doc, (start, end))
    return tuple(Span(doc=d, start=s, end=e) for d, (s, e) in seen.items())


# -- quotes ------------------------------------------------------------------------------------


def normalise_quote(text: str) -> str:
    return " ".join(_QUOTE_NOISE.sub(" ", text.replace("’", "'").replace("'", "")).lower().split())


def _quote_claims(
    story_docs: Sequence[Document],
    extractions: Mapping[str, Extraction],
    groups: Mapping[str, str],
    texts: Mapping[str, str],
    order: Mapping[str, int],
    lifted: Lifted,
) -> list[Claim]:
    carried: dict[str, list[Quote]] = defaultdict(list)
    for doc in story_docs:
        extraction = extractions.get(doc.id)
        for quote in extraction.quotes if extraction else ():
            key = normalise_quote(quote.text)
            if quote.kind == "direct" and len(key.split()) >= MIN_QUOTE_WORDS and not _is_a_title(quote.text):
                carried[key].append(quote)
    _fold_trimmed_quotes(carried)
    outlets = {doc.id: doc.outlet or "" for doc in story_docs}
    claims = []
    for folded in carried.values():
        folded.sort(key=lambda q: (order.get(q.doc, len(order)), q.start))
        first = _shared_words(folded)
        quotes = _printing(folded, first)
        if _independent_count([_quote_carrier(q, groups, outlets, extractions, texts, lifted) for q in quotes]) < 2:
            continue
        text = texts.get(first.doc, "")
        s_start, s_end = _sentences_holding(extractions[first.doc], text, first.start, first.end)
        sentence = text[s_start:s_end] or first.text
        sources = _first_per_article((q.doc, q.start, q.end) for q in quotes)
        focus_start = _focus_start(sentence, s_start if s_end > s_start else first.start, first.start, first.text)
        claims.append(
            Claim(
                id=claim_id(sentence, first.text),
                text=sentence,
                status="corroborated",
                sources=sources,
                focus=first.text if focus_start is not None else None,
                focus_start=focus_start,
            )
        )
    return claims


def _sentences_holding(extraction: Extraction, text: str, start: int, end: int) -> tuple[int, int]:
    """The sentences from the one where ``[start, end)`` begins to the one where it ends: a quotation of
    two sentences ("We will rebuild. Nobody will stop us.") shown by its first sentence alone reads as
    half a statement, and the claim could not mark the quotation in it."""
    first_start, first_end = sentence_at(extraction, text, start, start + 1)
    last_start, last_end = sentence_at(extraction, text, max(start, end - 1), end)
    return min(first_start, last_start), max(first_end, last_end)


def _quote_carrier(
    quote: Quote,
    groups: Mapping[str, str],
    outlets: Mapping[str, str],
    extractions: Mapping[str, Extraction],
    texts: Mapping[str, str],
    lifted: Lifted,
) -> _Carrier:
    """A quotation as a source of its claim: the words of its sentence around it tell a copy or a relay."""
    text = texts.get(quote.doc, "")
    extraction = extractions.get(quote.doc)
    around = ""
    if extraction is not None and text:
        start, end = sentence_at(extraction, text, quote.start, quote.end)
        around = f"{text[start : min(quote.start, end)]} {text[max(quote.end, start) : end]}"
    return _Carrier(
        source_at(groups, lifted, quote.doc, quote.start), own_shingles(around), outlet_key(outlets.get(quote.doc)),
        credited_outlets(around), tuple(own_words(around)), groups.get(quote.doc, quote.doc),
    )


def _shared_words(quotes: Sequence[Quote]) -> Quote:
    """The quotation a claim is read from: the shortest of a group (trimmed copies are folded into
    the longer quotation they are part of), since only its words are printed by every source; the
    longest would have shown "..., and nobody will stop us" as corroborated when one outlet printed
    only "We will rebuild the pier this summer". Ties go to the first in story order."""
    return min(quotes, key=lambda q: len(normalise_quote(q.text)))


def _printing(quotes: Sequence[Quote], shown: Quote) -> list[Quote]:
    """The quotes of a group that hold the words the claim shows. Two parts of one statement fold into
    the whole when an outlet also prints it whole (a post of two sentences, each quoted apart too): the
    claim shows one part, and only quotations of that part, or of the whole, are its sources."""
    words_shown = f" {normalise_quote(shown.text)} "
    return [q for q in quotes if words_shown in f" {normalise_quote(q.text)} "]


def _is_a_title(text: str) -> bool:
    """A quotation whose every content word is capitalised names a book, a film, a bill or a
    slogan ("Forward: Notes on the Future of Our Democracy"); it is no one's statement to
    corroborate."""
    content = [w for w in words(text) if w[0].isalpha() and w.lower() not in STOPWORDS]
    return len(content) >= 2 and all(w[0].isupper() for w in content)


def _fold_trimmed_quotes(carried: dict[str, list[Quote]]) -> None:
    """Move a quote that is a trimmed copy of a longer one into the longer one's list."""
    keys = sorted(carried, key=len)
    for i, short in enumerate(keys):
        for long in keys[i + 1 :]:
            if long in carried and f" {short} " in f" {long} ":
                carried[long].extend(carried.pop(short))
                break


def _unique_ids(claims: list[Claim]) -> list[Claim]:
    """Claims with the same id (the same sentence and anchor twice) are merged into one."""
    merged: dict[str, Claim] = {}
    for claim in claims:
        if claim.id not in merged:
            merged[claim.id] = claim
            continue
        kept = merged[claim.id]
        status = kept.status if kept.status == claim.status else _stronger(kept.status, claim.status)
        merged[claim.id] = Claim(
            id=kept.id,
            text=kept.text,
            status=status,
            sources=_spans((s.doc, s.start, s.end) for s in kept.sources + claim.sources),
            conflicts_with=tuple(sorted(set(kept.conflicts_with) | set(claim.conflicts_with))),
            note=kept.note or claim.note,
            superseded_by=kept.superseded_by or claim.superseded_by,
            focus=kept.focus,
            focus_start=kept.focus_start,
        )
    return list(merged.values())


def _stronger(a: ClaimStatus, b: ClaimStatus) -> ClaimStatus:
    rank = {"conflicting": 2, "corroborated": 1, "single-source": 0}
    return a if rank[a] >= rank[b] else b
