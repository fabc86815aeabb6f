"""Per-document extraction over a parsed spaCy ``Doc``: mentions, quotes, figures, dates.

One module per kind; each extractor is a pure generator over the ``Doc`` with keyword-only
options. :func:`extract_document` runs them all on the ``Doc`` the nlp stage already made
(no second parse), then adds to each figure the context corroboration needs to tell whether two
figures report the same quantity (:func:`figure_context`): the event predicate it counts, its
scope (a total, a part, a snapshot, a background fact, a forecast), what money is for, and
whether the text reports it as a revision.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from newsfuse.extract.dates import MONTHS, ORDINALS, SUDDEN_EVENTS, WEEKDAYS, dates_the_report_before, extract_dates
from newsfuse.extract.entities import extract_mentions
from newsfuse.extract.figures import converts, extract_figures, forecasters_expected
from newsfuse.extract.quotes import extract_quotes
from newsfuse.records import DateMention, Extraction, Figure, FigureScope

T = TypeVar("T")

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "extract_dates",
    "extract_document",
    "extract_figures",
    "extract_mentions",
    "extract_quotes",
    "estimate_date",
    "figure_context",
    "link_restatements",
    "MIN_RESTATED_COUNT",
]

# Verbs that say little about what a number counts ("14 were employees", "she said two"): the
# clause modifying the counted noun ("people injured in the blast") says more.
_LIGHT_VERBS = frozenset({"be", "have", "do", "get", "say", "tell", "add", "report", "accord", "become", "seem"})
# Verbs of level: "the toll rose to 14" counts what the subject ("the toll") counts.
_LEVEL_VERBS = frozenset({
    "rise", "climb", "grow", "increase", "jump", "reach", "stand", "hit", "top", "total", "fall", "drop",
    "decline", "decrease", "surge", "soar", "double", "swell", "mount", "exceed",
})  # fmt: skip
# Of those, the ones that report a change: the figure is a revision of an earlier one.
_CHANGE_VERBS = frozenset({
    "rise", "climb", "grow", "increase", "jump", "fall", "drop", "decline", "decrease", "surge", "soar",
    "double", "swell", "mount", "revise",
})  # fmt: skip
# Nouns naming a count of something else: "the number of homes ... had risen to 412".
_COUNT_NOUNS = frozenset({"number", "count", "total", "tally", "figure", "estimate"})
# Nouns that are themselves the measured quantity: "the death toll rose to 14".
_MEASURE_NOUNS = frozenset({"toll", "damage", "loss", "cost", "bill", "casualty", "death", "injury", "fatality"})
# "a town of 9,000 people": the population of a place is background, not an event count.
_PLACE_NOUNS = frozenset({
    "town", "city", "village", "region", "country", "nation", "state", "province", "county", "district",
    "community", "island", "municipality", "suburb", "neighbourhood", "neighborhood", "population", "hamlet",
    "settlement", "valley", "metropolis", "borough", "parish",
})  # fmt: skip
# Spans that set another event apart from the sentence's ("days after the quake that killed 300").
_DAY_SPANS = frozenset({"day", "week", "month", "year", "decade"})
# Words heading "of" that take a part of the set ("most of the 300 residents ... returned"): what
# the clause says is about the part, not the total.
_PARTITIVES = frozenset({
    "most", "many", "some", "all", "half", "none", "each", "one", "few", "several", "majority", "part",
    "share", "rest", "any", "both", "minority", "proportion", "percent",
})  # fmt: skip
# Modifiers that make a count one part of a larger set or an increment to it.
_PART_MODIFIERS = frozenset({"first", "last", "other", "remaining", "more", "additional", "further", "another"})
# A snapshot at the time of writing, not a cumulative count ("still without power").
_STATE_ADVERBS = frozenset({"still", "currently"})
_STATE_VERBS = frozenset({"remain", "stay"})
# Adverbs the parse may hang on a phrasal verb instead of marking them particles ("sets aside").
_PARTICLES = frozenset({"aside", "off", "out", "up", "down", "away", "back"})
_FORECAST_VERBS = frozenset({"predict", "forecast", "project", "expect", "anticipate", "warn"})
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "oprd", "dative", "npadvmod", "obj"})
_VERBAL = frozenset({"VERB", "AUX"})
_NOMINAL = frozenset({"NOUN", "PROPN", "NUM", "PRON", "ADJ"})


def extract_document(doc: Doc, *, doc_id: str, published: str | None,
                     on_stage_error: Callable[[str, Exception], None] | None = None) -> Extraction:
    """Everything the extract stage finds in one parsed document.

    Each extractor runs on its own: one that fails on an odd sentence leaves its list empty and
    the document keeps what the others found, reported through ``on_stage_error(stage, error)``
    (without it the error propagates, as tests and evaluations want)."""

    def run(stage: str, extract: Callable[[], T]) -> T | None:
        if on_stage_error is None:
            return extract()
        try:
            return extract()
        except Exception as exc:  # noqa: BLE001 - one extractor's bug must not cost the document
            on_stage_error(stage, exc)
            return None

    mentions = run("entities", lambda: tuple(extract_mentions(doc, doc_id=doc_id))) or ()
    dates = run("dates", lambda: _with_dated_phrases(
        doc, tuple(extract_dates(doc, doc_id=doc_id, published=published)), published)) or ()
    figures = run("figures", lambda: _figures(doc, doc_id, dates)) or ()
    quotes = run("quotes", lambda: tuple(extract_quotes(doc, doc_id=doc_id, mentions=mentions))) or ()
    return Extraction(
        doc=doc_id,
        mentions=mentions,
        quotes=quotes,
        figures=figures,
        dates=dates,
        sentences=tuple((s.start_char, s.end_char) for s in doc.sents),
    )


def _figures(doc: Doc, doc_id: str, dates: Sequence[DateMention]) -> tuple[Figure, ...]:
    figures = [figure_context(doc, f) for f in extract_figures(doc, doc_id=doc_id)]
    text = doc.text
    # A bracketed conversion ("1,200 miles (1,930 km) on Tuesday") is the quantity of the figure before it:
    # neither stands between the other and a date ("$3 billion (2.7 billion euros) in 2019" had dated the
    # conversion only), and the conversion is given for the figure's time.
    converted = [i > 0 and converts(text, figures[i - 1], f) for i, f in enumerate(figures)]
    dated: list[Figure] = []
    for i, figure in enumerate(figures):
        if converted[i]:
            dated.append(replace(figure, as_of=dated[-1].as_of))
            continue
        others = figures if i + 1 == len(figures) or not converted[i + 1] else figures[: i + 1] + figures[i + 2 :]
        dated.append(replace(figure, as_of=estimate_date(doc, figure, dates, others=others)))
    return tuple(link_restatements(dated))


# -- the date of a figure and its restatements ---------------------------------------------------

# A head count this small coincides too often to call a repeated value the same figure ("two
# people" twice); corroboration uses the same floor across documents.
MIN_RESTATED_COUNT = 10
# Prepositions that put a date on a count ("as of Monday", "by March", "through June").
_DATE_PREPOSITIONS = frozenset({"as", "of", "by", "through", "until", "till", "since", "on", "in", "at"})


def estimate_date(
    doc: Doc, figure: Figure, dates: Sequence[DateMention], *, others: Sequence[Figure] = ()
) -> str | None:
    """The value of the date a figure is given for, from a resolved point date in its clause.

    The date counts when the verb it attaches to governs the figure: "As of Tuesday, 14 people
    had died", "the toll stood at 21 on Monday", "US officials estimated in March that 120,000
    ..." (the estimate's date). A date inside another clause ("the plant, built in 1998, employs
    300") or a duration does not, nor one another figure of ``others`` stands between ("fell to
    4.8% from 5.2% in August": August is the 5.2%'s). A date on what is counted counts too
    (:func:`_count_modifiers`): "the 7,904 detained in May", "applications for the week ended May 1
    fell to 498,000".
    """
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    sentence = span.root.sent
    chain = _ancestors(span.root)
    depth_of = {t.i: depth for depth, t in enumerate(chain)}
    # A relative clause holding the figure in a tense of its own (present, perfect, a modal) tells what its noun
    # is, had done or would do: the date of the clause around it ("signed an order on Wednesday after a hack on a
    # firm that runs a canal that carries nearly half of the grain", "arrested on Tuesday a man who had stolen
    # $4,000") is not the figure's; a date on the noun the clause describes, or that is it, still is ("the 2026
    # race, in which all 435 seats are up"). A clause in the simple past mostly tells the same event ("the dam
    # that burst in 1931, which flooded 40 towns"), and keeps its date.
    relative_top = next((depth for depth, t in enumerate(chain) if t.dep_ == "relcl" and _tense_of_its_own(t)),
                        len(chain) - 1)
    antecedent = chain[relative_top + 1] if relative_top + 1 < len(chain) else None
    own, subject = _count_modifiers(span.root, figure, depth_of)
    candidates: list[tuple[bool, int, int, bool, str]] = []
    for date in dates:
        if date.value is None or date.type != "DATE" or date.value.startswith("P") or not (
            sentence.start_char <= date.start < sentence.end_char
        ):
            continue
        date_span = doc.char_span(date.start, date.end, alignment_mode="expand")
        if date_span is None or date_span.start <= span.root.i < date_span.end or _starts_a_period(date_span):
            continue
        head = _attachment_head(date_span.root) or _counted_over(date_span.root, date)
        if head is not None and head.i not in depth_of and _ends_a_period(head):
            head = _period_attachment(head, dates)
        if _figure_between(figure, date, others):
            continue
        distance = date.start - figure.end if date.start >= figure.end else figure.start - date.end
        if antecedent is not None and date_span.start <= antecedent.i < date_span.end:
            candidates.append((False, relative_top + 1, distance, date.start < figure.start, date.value))
            continue
        if head is None and _on_the_figures_preposition(date_span.root, span.root):
            # "down from 5.1 million in August", "up from 64% a month earlier": the parser hangs the date
            # on the "from" that holds the figure, which dates the figure itself
            candidates.append((False, 0, distance, date.start < figure.start, date.value))
            continue
        if head is not None and head.pos_ in _VERBAL and span.root.head.lower_ == "from" \
                and _dates_another_figure(doc.text, figure, date, others):
            # "rose to 4,100 in May from 3,800": May is the new level's; the level the change
            # started from was earlier
            continue
        on_counted = head is not None and (head.i in own or head.i in subject) or (
            head is None and date_span.root.head.lower_ in ("for", "during") and date_span.root.head.head.i in subject)
        if on_counted:
            # a phrase on what is counted: "applications for the week ended May 1 fell to 498,000"
            # ("claims during the week ending May 1 were 412,000" alike)
            # dates the count as a date on the counted noun does; a clause on it ("the 7,904
            # detained in May") only when no verb governing the figure has a date ("10 people
            # arrested in May were freed on Tuesday": Tuesday)
            verbal = head is not None and head.pos_ in _VERBAL
            candidates.append((verbal, len(depth_of) if verbal else 0, distance, date.start < figure.start, date.value))
            continue
        if head is not None and head.i in depth_of and depth_of[head.i] <= relative_top + 1:
            # A date on the counted noun itself first ("10 people on Tuesday"), then on the closest
            # governing verb ("rose 8% in September as the rate fell to 4.8%, the bureau said Friday":
            # September, not the day it was said), then the nearest in the text ("rose to 14 on
            # Tuesday from 12 on Monday"): each count has its own day.
            candidates.append((head.pos_ in _VERBAL, depth_of[head.i], distance, date.start < figure.start, date.value))
    return min(candidates)[4] if candidates else None


def _tense_of_its_own(verb: Token) -> bool:
    """A verb in the present, in a perfect or with a modal ("provides", "has spent", "had stolen", "would
    provide"): not the simple past a story's dated events are told in."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ in ("VBZ", "VBP", "MD") or any(
        a.tag_ in ("MD", "VBZ", "VBP") or a.lemma_.lower() == "have" for a in auxiliaries)


def _on_the_figures_preposition(date_root: Token, number: Token) -> bool:
    """The date modifies the preposition whose object is the figure ("from 5.1 million in August")."""
    head = date_root.head
    if head.dep_ == "prep" and head.lower_ in _DATE_PREPOSITIONS and head.head.i != head.i:
        head = head.head
    return head.pos_ == "ADP" and head.i != date_root.i and number.head.i == head.i


# What may stand between a figure and a date that gives that figure's time ("4,100 in May").
_DATE_AFTER_FIGURE = re.compile(r"\s*(?:in|on|for|as of|at|by)?\s*$", re.IGNORECASE)


def _dates_another_figure(text: str, figure: Figure, date: DateMention, others: Sequence[Figure]) -> bool:
    """``date`` follows another figure with at most a preposition between ("to 4,100 in May")."""
    return any(other.end <= date.start and _DATE_AFTER_FIGURE.fullmatch(text[other.end : date.start])
               for other in others if other.start != figure.start)


def _count_modifiers(number: Token, figure: Figure, depth_of: Mapping[int, int]) -> tuple[frozenset[int], frozenset[int]]:
    """Where a date dates what a figure counts, beside the figure's own chain of heads: the number,
    its noun and a participle on either ("the 7,904 [migrants] detained in May", "immigrants trying
    to cross the border in June"); and, for a figure that is the level a subject reached, that
    subject and a participle on it ("applications for the week ended May 1 fell to 498,000", the
    second set). A relative clause or another noun's date is another event's: "two soldiers who died
    in 1943", "documents related to the 1963 assassination", "inquiries that will play out into the
    2020 campaign" are counted now."""
    nominal = number.head if number.dep_ == "nummod" else number
    near = {number, nominal}
    subjects: set[Token] = set()
    counted = (figure.about or "").split()[-1:]
    verb = next((t for t in number.ancestors if t.pos_ in _VERBAL), None)
    if verb is not None and counted:
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and number not in c.subtree):
            counted_of = _counted_through_of(subject)
            if subject.text == counted[0]:
                subjects.add(subject)
            elif counted_of is not None and counted_of.text == counted[0]:
                # "the number of open jobs in March rose to 8.1 million": the count noun and what it counts
                subjects |= {subject, counted_of}
    def with_participles(heads: set[Token]) -> set[int]:
        found = {t.i for t in heads}
        for participle in (c for h in heads for c in h.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBG")):
            found.add(participle.i)
            found |= {c.i for c in participle.children if c.dep_ == "xcomp"}
        return found
    return frozenset(with_participles(near) - set(depth_of)), frozenset(with_participles(subjects))


def _counted_through_of(noun: Token) -> Token | None:
    """What a count noun counts: "the number of open jobs" -> "jobs"."""
    if noun.lemma_.lower() not in _COUNT_NOUNS:
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _starts_a_period(date_span: Span) -> bool:
    """"fares have risen 14% since February", "212 groundings since January": the date is where the
    count or change starts, and the figure is given for the end of that period (the day it was
    reported), so such a date had set a count of June against another outlet's count of June as
    a January figure."""
    return date_span.root.head.lower_ == "since" and date_span.root.head.i < date_span.start


def _counted_over(token: Token, date: DateMention) -> Token | None:
    """The verb a "for" period is the count of: "fell to 444,000 for the week ended May 15" (a day
    after "for" is a deadline or a purpose, "set for Monday", and stays out)."""
    head = token.head
    if head.dep_ != "prep" or head.lower_ != "for" or date.grain not in ("week", "month", "quarter", "year"):
        return None
    return head.head if head.head.pos_ in _VERBAL else None


def _ends_a_period(token: Token) -> bool:
    """A participle closing a period: "the week ended May 1", "the 12 months ending in April" (the
    parser sometimes hangs "ending" on the preposition instead of the noun). The verb "end" is not
    one ("the mission is on track to end on Aug. 31")."""
    return token.lemma_ == "end" and token.tag_ in ("VBN", "VBG") and token.dep_ in ("acl", "pobj")


def _period_attachment(ending: Token, dates: Sequence[DateMention]) -> Token | None:
    """Where a period closed by a date attaches: "rose 4.2% in the 12 months ending in April" is
    dated by the period's end, through the participle's noun ("months" → "rose"). Without it, the
    nearest other date won, often the day the figure was reported ("..., the agency reported
    Thursday"), which set it apart from the same figure given for April by another outlet. A period
    that is a date itself ("the week ended July 17": the week) is dated by itself, not its last day."""
    period = ending.head if ending.dep_ == "acl" else ending
    if any(d.value and not d.value.startswith("P") and d.start <= period.idx < d.end for d in dates):
        return None
    return _attachment_head(period)


def _figure_between(figure: Figure, date: DateMention, others: Sequence[Figure]) -> bool:
    low, high = (figure.end, date.start) if date.start >= figure.end else (date.end, figure.start)
    return any(low <= other.start and other.end <= high for other in others if other is not figure)


def _with_dated_phrases(doc: Doc, dates: tuple[DateMention, ...], published: str | None = None) -> tuple[DateMention, ...]:
    return tuple(with_dated_phrase(doc, d, dates, published) for d in dates)


def with_dated_phrase(
    doc: Doc, date: DateMention, others: Sequence[DateMention] = (), published: str | None = None
) -> DateMention:
    """``date`` with ``event_start``/``event_end`` set when it dates a noun phrase rather than its
    clause: it attaches to a verb modifying a noun ("the record set in April 1981", "a plant built
    in 1998", "the law, which took effect in May") or to a clause that "since", "after", "before" or
    "until" sets at another time ("the first attack since the army withdrew in August"), so the
    clause's own event happened some other time."""
    span = doc.char_span(date.start, date.end, alignment_mode="expand")
    if span is not None and len(span) and (_ends_a_stretch_set_by_a_deed(span) or _starts_a_tally(span)):
        return _dating_nothing(date)
    reported_on = span is not None and len(span) > 0 and dates_the_report_before(span)
    # "said Wednesday Trump would ...": the day it was said, no modifier of the name after it
    if span is not None and len(span) and not reported_on and (noun := _modified_noun(span)) is not None:
        if (span.root.dep_ == "poss" or _article_of_the_noun(span)) and _clause_at_event(noun):
            # "Comey said at Thursday's hearing", "won today's caucus", "In the Tuesday op-ed, she called for":
            # the clause's day too
            return date
        if noun.pos_ == "PROPN" or noun.lemma_.lower() in _NAMED_BODIES:
            # "the House Jan. 6 Select Committee", "the Jan. 6 committee could be ...": a date in a
            # name, or naming the body set up over an event, dates no event
            return _dating_nothing(date)
        if _names_a_past_event_ahead(span, noun, date, published):
            return _dating_nothing(date)
        if not any(c.isdigit() for c in date.text) and _dated_right_after(doc, noun, date, others):
            # "his Memorial Day address on Sunday", "the June jobs report on Friday": a holiday or a month before
            # the noun names which one (the occasion, the month counted), the day after it when it happened. A
            # day of the calendar is the event's own ("inquiry into the Jan. 6 riot Tuesday": Tuesday's the inquiry)
            return _dating_nothing(date)
        if noun.lemma_.lower() in _PAUSE_NOUNS:
            # "drew condemnation over the Memorial Day recess", "the August lull in the news cycle": the phrase
            # names a stretch of time, no event; the clause's own event, if dated, is dated by its own words
            return _dating_nothing(date)
        if not (noun.dep_ in ("nsubj", "nsubjpass") and noun.head.dep_ == "ROOT"):
            # "the committee investigating the Jan. 6 riot issued a subpoena Wednesday": the date
            # dates the riot, not the clause around it (a main subject, "The Sept. 11 attacks
            # killed ...", keeps its clause)
            first, last = doc[noun.left_edge.i], _before_other_date(doc, noun, doc[_phrase_end(noun)], date, others)
            return replace(date, event_start=first.idx, event_end=last.idx + len(last.text))
    if span is not None and len(span) and not reported_on and (noun := _sudden_event_dated_after(span)) is not None:
        first, last = doc[noun.left_edge.i], doc[span.end - 1]
        return replace(date, event_start=first.idx, event_end=last.idx + len(last.text))
    if span is not None and len(span) and (_named_by_of(span) or _designated_day(span) or _calendar_statement(span, others)):
        return _dating_nothing(date)
    if span is not None and len(span) and (noun := _noun_dated_apart(doc, span, date, others, published)) is not None:
        first, last = doc[noun.left_edge.i], doc[max(_phrase_end(noun), span.end - 1)]
        if (reduced := _reduced_relative_after(last)) is not None:
            last = doc[reduced.right_edge.i]
        return replace(date, event_start=first.idx, event_end=last.idx + len(last.text))
    verb = (_attachment_verb(span.root) or _participle_over_a_stretch(span.root)) if span is not None and len(span) else None
    if verb is not None and (_in_a_gerund_set_apart(verb) or _in_a_gerund_of_a_dated_clause(doc, verb, date, others)):
        return _dating_nothing(date)
    if verb is not None and (marker := _sequence_marker(verb)) is not None:
        return _dated_clause(doc, date, verb, marker)
    if verb is not None and (complement := _complement_dated_apart(doc, verb, date, others, published)) is not None:
        first, last = _clause_edges(doc, complement)
        first = _past_other_dates(doc, first, last, date, others)
        return replace(date, event_start=first.idx, event_end=last.idx + len(last.text))
    if verb is not None and (part := _later_part_dated_apart(doc, verb, date, others)) is not None:
        first, last = part
        return replace(date, event_start=first.idx, event_end=last.idx + len(last.text))
    if verb is None or verb.dep_ not in ("acl", "relcl") or verb.head.pos_ not in ("NOUN", "PROPN"):
        return date
    noun = verb.head
    if _source_of_its_sentence(noun):
        return date
    first, last = doc[noun.left_edge.i], doc[max(noun.right_edge.i, verb.right_edge.i)]
    while first.i < noun.i and (first.is_punct or first.is_space):
        first = doc[first.i + 1]
    # A coordinator whose conjunct the parse hung elsewhere ends no phrase ("the package that was
    # enacted in March and", "every word spoken today and"); a conjunct inside it ("in the '50s and
    # '60s") keeps the whole coordination.
    while last.i > noun.i and (_trails(last) or last.dep_ == "cc"):
        last = doc[last.i - 1]
    return replace(date, event_start=first.idx, event_end=last.idx + len(last.text))


def _participle_over_a_stretch(token: Token) -> Token | None:
    """The participle on a noun that a stretch "from", "between" or "during" dates ("gatherings held in the county
    from July 3 to 17"), which :func:`_attachment_verb` does not follow: the stretch is the gatherings', and filed
    with the sentence it had dated what the sentence reports ("... were among vaccinated people, according to data
    released Friday") as well."""
    head = token.head
    if token.dep_ != "pobj" or head.lower_ not in ("from", "between", "during") or head.dep_ != "prep":
        return None
    verb = head.head
    return verb if verb.tag_ in ("VBN", "VBG") and verb.dep_ in ("acl", "relcl") else None


def _source_of_its_sentence(noun: Token) -> bool:
    """The noun a dated participle or relative clause describes is where the sentence's news comes from: "prices
    rose 3%, according to data released Friday by the agency", "a report published on Friday found that ...". The
    release is the day's event, and what it said is what it brought out: filed as "data released Friday by the
    agency" alone, the entry told nothing, and it stood apart from another outlet's "the agency said Friday that
    prices rose 3%"."""
    from newsfuse.extract.quotes import SPEECH_LEMMAS, names_a_text

    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ == "according":
        # not "That's according to a report published Wednesday": the sentence says only that the one before it is
        according = noun.head.head
        return not (_points_back(according) or _points_back(according.head))
    return names_a_text(noun) and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in SPEECH_LEMMAS


def _points_back(word: Token) -> bool:
    """A word whose subject is "that", "this" or "it" ("That's according to ...", which the parse may root on
    "according" itself): the sentence stands for the one before it."""
    return any(c.dep_ == "nsubj" and c.lower_ in ("that", "this", "it") for c in word.children)


# Words a stretch ends after ("extended the ban until July", "fund the government into December").
_STRETCH_ENDS = frozenset({"until", "till", "through", "thru", "into"})


def _ends_a_stretch_set_by_a_deed(span: Span) -> bool:
    """"extended that protection until July", "the order was extended until July", "ordered the county to keep
    the shelters open through June": the date ends what a deed (a verb with an object, or in the passive) set
    going, and the deed was done before it, whenever that was; filed under July the entry would say the extension
    happened then. A state that lasts ("the curfew runs until Sept. 30", "schools will remain closed until the end
    of September") has no object: its end is its entry."""
    doc = span.doc
    if not ends_a_stretch(doc[max(0, span.start - _STRETCH_WORDS):span.start].text + " "):
        return False
    # up from the date through "the end of" to the stretch word, whose head is the verb
    stretch = next((t for t in span.root.ancestors if t.lower_ in _STRETCH_ENDS), None)
    if stretch is None or stretch.i >= span.start or stretch.head.pos_ not in _VERBAL:
        return False
    verb = stretch.head
    if any(c.dep_ == "neg" for c in (*verb.children, *stretch.children)) or doc[stretch.i - 1].lower_ == "not":
        return False  # "were not appointed until Jan. 6", "Not until December did the House approve ...": done then
    if verb.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ in ("place", "effect") for c in verb.children):
        return False  # "takes place", "takes effect": no deed on an object
    return any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children)


def _starts_a_tally(span: Span) -> bool:
    """"has evacuated 82,300 residents since Aug. 14", "82,300 people have been evacuated since Aug. 14": a count of
    deeds done over the stretch that began on the date. None of them is said to be done on it, and filed under Aug. 14
    the entry would say 82,300 were evacuated that day. A state or a single deed from the date ("has been closed since
    March 3", "has led the party since 2019") has no counted object and keeps its entry."""
    root = span.root
    since = root.head
    if root.dep_ != "pobj" or since.lower_ != "since" or since.i >= span.start or since.head.pos_ not in _VERBAL:
        return False
    verb = since.head
    if not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False  # a perfect tells a tally up to now; "evacuated 300 since Monday" alone is rare and left as it is
    counted = (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))
    return any(c.like_num or any(n.dep_ == "nummod" for n in c.children) for c in counted)


def _dating_nothing(date: DateMention) -> DateMention:
    """``date`` dating only its own words: no event of the text happened on it."""
    return replace(date, event_start=date.start, event_end=date.end)


def _names_a_past_event_ahead(span: Span, noun: Token, date: DateMention, published: str | None) -> bool:
    """"paid tribute to the victims of the Sep. 11 attacks", written on Sept. 10 or 11: a day and month
    naming an event a past verb tells of cannot lie after the writing, and a same-day event goes by its
    weekday or "today", not by its date. Such names recall an event of another year ("the Jan. 6 riot"
    a year on), which the text does not give, so the day dates nothing here."""
    if not published or any(t.like_num and len(t.text) == 4 for t in span) or not _names_a_month(span):
        return False  # "Wednesday's attack" on a Wednesday is that day's: only a day and month recall another year
    if not _after_publication(date, published) and (date.value or "") != published[:10]:
        return False
    verb = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.tag_ == "VBD"


def _dated_right_after(doc: Doc, noun: Token, date: DateMention, others: Sequence[DateMention]) -> bool:
    """Another point in time, of another value, stands right after ``noun`` ("address on Sunday")."""
    end = noun.idx + len(noun.text)
    value = date.value or "-"
    # "a December night last year" tells one time twice: neither value may hold the other
    return any(other.start != date.start and other.value and not other.value.startswith("P")
               and not other.value.startswith(value) and not value.startswith(other.value)
               and _RIGHT_AFTER_A_NOUN.fullmatch(doc.text[end:other.start]) is not None for other in others)


# What stands between a noun and a date of its own right after it: nothing, or "on" ("the address on Sunday").
_RIGHT_AFTER_A_NOUN = re.compile(r"\s+(?:on\s+)?", re.IGNORECASE)


def _names_a_month(span: Span) -> bool:
    """The date is written with its month ("Sept. 11", "March 3"), not as a weekday or a relative day."""
    return any(t.lower_.rstrip(".") in MONTHS for t in span)


# Nouns of time whose "of" phrase places the clause ("on the morning of Jan. 6, rioters ...").
_TIME_OF_NOUNS = frozenset({
    "morning", "afternoon", "evening", "night", "day", "eve", "dawn", "week", "weekend", "month", "year", "end",
    "start", "beginning", "middle", "hour", "hours", "time", "date", "wake", "aftermath", "run-up", "events",
    "deadline",
})  # fmt: skip


# "a bill that would make Juneteenth ... a legal public holiday", "voted to make Labor Day a paid holiday": the day is
# what a law or decree makes of it, not when anything the clause tells happened.
_DESIGNATING_LEMMAS = frozenset({"make", "declare", "designate", "proclaim", "name"})
_DESIGNATED_AS = re.compile(r"^[^.;]{0,120}?\b(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:holiday|day\s+of|observance)\b",
                            re.IGNORECASE)


def _designated_day(span: Span) -> bool:
    doc = span.doc
    return (span.start > 0 and doc[span.start - 1].lemma_.lower() in _DESIGNATING_LEMMAS
            and bool(_DESIGNATED_AS.match(doc[span.end:span.end + 30].text)))


# Words that place a day against the moment of writing, not an event on it ("Mother's Day is a week away").
_TIME_FROM_NOW_WORDS = frozenset({"away", "ahead", "near", "here", "upon", "approaching", "coming", "around"})


def _calendar_statement(span: Span, others: Sequence[DateMention]) -> bool:
    """"Sunday is Mother's Day", "Father's Day is still a week away": a date said to be another date, or said to be
    near, is a fact of the calendar; nothing happens on it (such sentences of columns had been timeline entries).
    "The vote is Tuesday" dates the vote and stays."""
    root = span.root
    verb = root.head
    if root.dep_ not in ("nsubj", "attr", "npadvmod") or verb.lemma_ != "be" or verb.pos_ not in ("AUX", "VERB"):
        return False
    for other in verb.children:
        if other.i == root.i or other.dep_ not in ("nsubj", "attr", "advmod", "acomp"):
            continue
        if other.lower_ in _TIME_FROM_NOW_WORDS:
            return True
        if other.dep_ == "attr" and other.text in ("Day", "Eve"):
            return True  # "Sunday is Mother’s Day": a named day the model did not take for a date
        if other.dep_ in ("nsubj", "attr") and not _counts_a_run(other) and any(d.start <= other.idx < d.end and d.start != span.start_char
                                                   and d.value and not d.value.startswith("P") for d in others):
            return True
    return False


def _counts_a_run(token: Token) -> bool:
    """"the fourth day of protests": a day counted in a run of events, which goes on that day ("Monday is the fourth
    day of protests" tells of Monday's protests)."""
    return any(c.lower_ in ORDINALS or re.fullmatch(r"\d+(?:st|nd|rd|th)", c.lower_) for c in token.children)


def _sudden_event_dated_after(span: Span) -> Token | None:
    """The noun of an unscheduled event a date follows ("during a riot on Jan. 6", "the riot in January", "the
    siege of Jan. 6", "the attack on the Capitol on Jan. 6"): the date is the event's, as it is before the noun
    ("the Jan. 6 riot"), and the clause around it happened some other time ("A man who was charged after
    breaching the chamber during a riot on Jan. 6 was sentenced Monday" had filed the sentencing under Jan. 6
    too). A main subject keeps its clause ("The riot on Jan. 6 left five dead")."""
    root = span.root
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ not in ("on", "in", "of") or preposition.i >= span.start:
        return None
    noun = preposition.head
    if noun.lemma_.lower() not in SUDDEN_EVENTS and noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "the attack on the Capitol on Jan. 6": the parse hangs the date on the place
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lower_ not in SUDDEN_EVENTS and noun.lemma_.lower() not in SUDDEN_EVENTS \
            or noun.i >= span.start:
        return None
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.dep_ == "ROOT":
        return None
    return noun


def _named_by_of(span: Span) -> bool:
    """"the central lesson of Sept. 11", "the anniversary of Jan. 6": a date after "of" on a noun that is
    no time of day or stretch names what happened then; the clause around it did not happen on it."""
    root = span.root
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ != "of" or preposition.i >= span.start:
        return False
    if any(t.lower_ not in ("the", "this", "last", "next") for t in span.doc[preposition.i + 1:span.start]):
        return False  # "within two miles of each other Friday night": the parse's "of" is not the date's
    noun = preposition.head
    return noun.pos_ == "NOUN" and noun.lemma_.lower() not in _TIME_OF_NOUNS and noun.lower_ not in _TIME_OF_NOUNS


# Nouns of a pause a date before them names ("the August recess", "the Thanksgiving holiday", "the summer lull"): a
# stretch of time when things stop, no event. A clause set in it keeps the date ("during the August recess, ...").
_PAUSE_NOUNS = frozenset({"recess", "break", "lull", "holiday", "vacation", "hiatus"})

# Bodies a date before them names ("the Jan. 6 committee", "the 9/11 commission"): set up over an
# event, they did nothing on its day.
_NAMED_BODIES = frozenset({"committee", "subcommittee", "commission", "panel", "caucus", "tribunal", "inquiry"})

# Prepositions that put the clause inside the noun's event ("in a letter June 30", "during his
# visit last week"), so the noun's date is the clause's too.
_DURING_PREPOSITIONS = frozenset({"in", "during", "at", "through", "throughout", "amid"})


def _before_other_date(doc: Doc, noun: Token, last: Token, date: DateMention, others: Sequence[DateMention]) -> Token:
    """The phrase's last word before another date the parse hung on the noun: "launching their
    investigation into the Jan. 6 Capitol insurrection Tuesday" is the insurrection of Jan. 6, and
    Tuesday the launch's day."""
    for other in others:
        if other.start != date.start and noun.idx < other.start <= last.idx:
            inside = doc.char_span(other.start, other.end, alignment_mode="expand")
            if inside is not None and inside.start - 1 >= noun.i and other.value and not other.value.startswith("P") \
                    and inside.root.dep_ == "npadvmod" \
                    and not (date.value or "").startswith(other.value) \
                    and (not other.value.startswith(date.value or "-") or _is_weekday(inside)):
                # a bare time of its own ("her Halloween costume" is a modifier, "a December night
                # last year" the same time told twice); a weekday is the verb's day even inside the
                # month the phrase names ("returns from its August recess Monday")
                last = doc[inside.start - 1]
    return last


def _is_weekday(span: Span) -> bool:
    return len(span) == 1 and span[0].lower_.rstrip(".") in WEEKDAYS


def _clause_at_event(noun: Token) -> bool:
    """Whether the clause a day's event is named in ("Thursday's hearing") happens at that event: the
    event is the object of the clause's verb ("won today's caucus", "did not attend Monday's unveiling")
    or where the verb takes place ("said at Thursday's hearing", "was calm on Tuesday's show"). Under a
    participle ("the troops killed in Thursday's attack") or a noun ("protests after Monday's vote") the
    event is only named, and the clause around it happened some other time."""
    head = noun.head
    if noun.dep_ == "dobj":
        return head.pos_ in _VERBAL and head.dep_ not in ("acl", "relcl")
    if noun.dep_ == "pobj" and head.lower_ in _AT_EVENT_PREPOSITIONS:
        return head.head.pos_ in _VERBAL and head.head.dep_ not in ("acl", "relcl")
    return False


# Prepositions that set a clause at an event: "said at Thursday's hearing", "wrote for Tuesday's paper".
_AT_EVENT_PREPOSITIONS = _DURING_PREPOSITIONS | {"on", "for"}


def _noun_dated_apart(
    doc: Doc, span: Span, date: DateMention, others: Sequence[DateMention], published: str | None = None
) -> Token | None:
    """The noun a date follows as its modifier ("her remarks last month") when the verb above it has
    a date of its own ("apologized Tuesday for her remarks last month"): two times in one clause, so
    the noun's is the noun's, and the clause happened at the verb's. With no other date the parse's
    attachment is a guess ("criticised the decision Tuesday" dates the criticism): the clause keeps it,
    unless its tense rules the date out (:func:`_tense_rules_out_the_clause`).
    """
    root = span.root
    noun = root.head
    if root.dep_ == "pobj" and noun.dep_ == "prep" and noun.lower_ == "on":
        # "on Tuesday released its report on the riot on Jan. 6": the riot's date, whether the parse
        # hangs "on Jan. 6" on the riot or, right after it, on the verb dated Tuesday
        after = noun.i > 0 and doc[noun.i - 1]
        if noun.head.pos_ in _VERBAL and after and after.pos_ == "NOUN" and after.dep_ in ("pobj", "dobj") \
                and after.i > noun.head.i:  # an object after the verb, not "a panel of senators on Tuesday released"
            return after if _has_own_date(doc, noun.head, date, others, distinct=True) else None
        noun = noun.head
    elif root.dep_ != "npadvmod":
        return None
    elif noun.pos_ in _VERBAL and (before := _object_right_before(doc, noun, span)) is not None \
            and _tense_rules_out_the_clause(noun, date, published):
        return before  # "will testify about the riot last month": hung on the verb, the month is still the riot's
    if noun.pos_ != "NOUN" or noun.i >= span.start or noun.lower_ == "time":
        return None  # "at 8:30 p.m. local time Thursday" is one time of the clause
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.dep_ == "ROOT":
        return None  # "The attack last month killed 12": the main event keeps its clause
    verb = next((t for t in noun.ancestors if t.pos_ in _VERBAL), None)
    if verb is None:
        return None
    if _tense_rules_out_the_clause(verb, date, published) and not _source_of_its_sentence(noun):
        # "pledged to raise it during his meeting with the premier next month": the meeting's month ("will report to
        # prison in May, according to a court filing on Wednesday" is the filing's news, and keeps the sentence)
        return noun
    if noun.dep_ == "pobj" and noun.head.lower_ in _DURING_PREPOSITIONS:
        return None  # "In a letter June 30, she acknowledged ...": the clause happens in the letter
    return noun if _has_own_date(doc, verb, date, others) else None


def _object_right_before(doc: Doc, verb: Token, span: Span) -> Token | None:
    """The object of ``verb`` (or of a preposition on it) that ends right before the date ``span``."""
    before = doc[span.start - 1] if span.start > 0 else None
    if before is None or before.pos_ != "NOUN" or before.dep_ not in ("pobj", "dobj") or before.i <= verb.i:
        return None
    return before if verb in before.ancestors else None


def _tense_rules_out_the_clause(verb: Token, date: DateMention, published: str | None) -> bool:
    """A date on a noun whose clause's tense cannot hold it: a date after the article in a clause told in the past
    ("pledged to raise the matter during his meeting with the premier next month": the pledge came before the
    writing, the meeting is to come), or a date before it in a clause told in the future ("will testify about the
    riot last month"). The date is the noun's. The tense is that of the first finite verb up from the noun,
    through an infinitive or a participle ("pledged" over "to raise"), or of its modal ("will testify")."""
    finite = next((t for t in (verb, *verb.ancestors)
                   if t.pos_ in _VERBAL and (t.tag_ not in ("VB", "VBG", "VBN") or _modal_of(t) is not None)), None)
    if finite is None:
        return False
    if _after_publication(date, published):
        return finite.tag_ == "VBD" and _modal_of(finite) is None
    modal = finite if finite.tag_ == "MD" else _modal_of(finite)
    return _before_publication(date, published) and modal is not None and modal.lower_ in _FUTURE_MODALS


def _modal_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"), None)


_FUTURE_MODALS = frozenset({"will", "shall", "'ll", "’ll"})


def _complement_dated_apart(
    doc: Doc, verb: Token, date: DateMention, others: Sequence[DateMention], published: str | None
) -> Token | None:
    """The clause a date's verb heads, when that clause completes a verb dated otherwise ("told
    lawmakers on Tuesday that the treasury will run out of cash on Oct. 18"): the telling happened on
    Tuesday, the running out is due on the 18th, and the later date's entry is the reported clause,
    not the whole sentence again. So is a clause said to come after the article ("Cuomo said ...,
    noting that the transition will be effective in 14 days"): the saying came before. A clause with
    no subject of its own ("decided on Friday to resign in June") keeps the sentence, which says who."""
    own = clause = verb
    for _ in range(5):
        if clause.dep_ == "ccomp" and clause.head.pos_ in _VERBAL:
            governor = clause.head
            dated_apart = _has_own_date(doc, governor, date, others, distinct=True, right_after=True) or (
                _is_report(governor) and _after_publication(date, published))
            return own if dated_apart else None
        if clause.dep_ == "xcomp" and clause.head.pos_ in _VERBAL:
            own = clause = clause.head  # "will begin marking up ... on Wednesday": the clause of "begin"
        elif clause.dep_ == "conj" and clause.head.i != clause.i:
            # a conjunct of the reported clause is its own clause: "that the storm had killed 12 on
            # Monday and that teams would reach the valley by Friday"; one without its own subject is no
            # clause alone ("customers must have one dose by Oct. 7 and be fully vaccinated by Nov. 4, she
            # said" had given "be fully vaccinated by Nov. 4"), and the sentence says who
            if clause is own and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
                return None
            clause = clause.head
        else:
            return None
    return None


def _later_part_dated_apart(
    doc: Doc, verb: Token, date: DateMention, others: Sequence[DateMention]
) -> tuple[Token, Token] | None:
    """The part of a sentence a second date dates apart from the first, set off by a comma and a word: a clause
    coordinated with its own subject ("installed the fence on Saturday, and crews removed it on Monday") or a
    participle on a noun after "with" ("takes effect Aug. 16, with strict enforcement starting Sept. 13").
    Filed with the whole sentence, Monday's entry said the fence went up then too."""
    if verb.dep_ == "conj" and verb.head.pos_ in _VERBAL and verb.head.i < verb.i \
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            and _set_off(doc, verb.left_edge) and _dated_before(doc, verb.left_edge, date, others):
        return _clause_edges(doc, verb)
    if verb.tag_ not in ("VBG", "VBN"):
        return None
    noun, first = verb.head, None
    if verb.dep_ in ("acl", "prep") and noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "with":
        first = doc[noun.left_edge.i]  # "with [strict enforcement] starting Sept. 13": the participle on the noun
    elif verb.dep_ == "pcomp" and verb.head.lower_ == "with" and any(c.dep_ == "nsubj" for c in verb.children):
        first = doc[verb.left_edge.i]  # the same parsed as a clause with its subject
    if first is None or not _set_off(doc, first) or not _dated_before(doc, first, date, others):
        return None
    last = doc[verb.right_edge.i]
    while last.i > verb.i and _trails(last):
        last = doc[last.i - 1]
    return first, last


def _dated_before(doc: Doc, first: Token, date: DateMention, others: Sequence[DateMention]) -> bool:
    """Another point in time, of another day, dates the sentence before ``first`` (where the later part starts).
    Two times of one day ("the first assault was stopped by 9:30 a.m., but at 11:52 a.m. its servers were attacked
    again") tell one day's events, and stay together."""
    start = first.sent.start_char
    for other in others:
        if other.start == date.start or not start <= other.start < other.end <= first.idx or not other.value \
                or other.value.startswith("P") or other.value[:10] == (date.value or "")[:10]:
            continue
        span = doc.char_span(other.start, other.end, alignment_mode="expand")
        # "closed through March, and crews reopen it on Monday": where a stretch ends dates nothing
        if span is not None and not ends_a_stretch(doc[max(0, span.start - _STRETCH_WORDS):span.start].text + " "):
            return True
    return False


def _set_off(doc: Doc, first: Token) -> bool:
    """A comma and a coordinator or "with" open the phrase (", and crews ...", ", with full enforcement ..."). A comma
    alone is not enough: "Romney had treatment in 2017, a source said in January" reports the first part."""
    before = doc[first.i - 1] if first.i > 0 else None
    return before is not None and before.i > 0 and before.lower_ in ("and", "but", "while", "with") \
        and doc[before.i - 1].text == ","


def _past_other_dates(doc: Doc, first: Token, last: Token, date: DateMention, others: Sequence[DateMention]) -> Token:
    """The clause's first word after a date of the verb reporting it ("said Wednesday Trump would
    ...": the parse hangs "Wednesday" on the reported verb)."""
    for other in others:
        if other.start != date.start and other.start <= first.idx < other.end:
            after = doc.char_span(other.start, other.end, alignment_mode="expand")
            if after is not None and after.end <= last.i:
                return doc[after.end]
    return first


def _is_report(verb: Token) -> bool:
    from newsfuse.extract.quotes import SPEECH_LEMMAS

    return verb.lemma_.lower() in SPEECH_LEMMAS


def _after_publication(date: DateMention, published: str | None) -> bool:
    pair = _beside_publication(date, published)
    return pair is not None and pair[0] > pair[1]


def _before_publication(date: DateMention, published: str | None) -> bool:
    pair = _beside_publication(date, published)
    return pair is not None and pair[0] < pair[1]


def _beside_publication(date: DateMention, published: str | None) -> tuple[str, str] | None:
    """A day's or a month's value beside the publication date cut to the same grain."""
    value = date.value or ""
    if not published or re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", value) is None:
        return None
    return value, published[: len(value)]


# "until the end of September", "through March 2022", "fund the government into December": the date ends a
# stretch (a state, a measure); it is not when the clause's event happened.
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through|thru|into)\s+(?:at\s+least\s+|the\s+end\s+of\s+)?$",
                           re.IGNORECASE)


# Words "until the end of" takes before a date, at most.
_STRETCH_WORDS = 5


def ends_a_stretch(before: str) -> bool:
    """Whether a date written after ``before`` (the few words before it) follows "until", "till",
    "through" or "into"."""
    return bool(_UNTIL_BEFORE.search(before))


def _has_own_date(
    doc: Doc, verb: Token, date: DateMention, others: Sequence[DateMention], *,
    distinct: bool = False, right_after: bool = False,
) -> bool:
    """Whether another point in time (not a length) of ``others`` attaches to ``verb``; with ``distinct``
    only one of another value than ``date``'s; with ``right_after`` one standing right after the verb
    counts too ("said Sunday the administration will ...", which the parse hangs on the reported verb)."""
    for other in others:
        if other.start == date.start or not other.value or other.value.startswith("P"):
            continue
        if distinct and other.value == date.value:
            continue
        other_span = doc.char_span(other.start, other.end, alignment_mode="expand")
        if other_span is None or not len(other_span):
            continue
        # the few words before it, not doc.text, which spaCy rebuilds from every token on each access
        if ends_a_stretch(doc[max(0, other_span.start - _STRETCH_WORDS):other_span.start].text + " "):
            continue  # "extended the rule on Monday through March": where the rule ends, not the extension's day
        attached = _attachment_verb(other_span.root)
        if attached is not None and attached.i == verb.i:
            return True
        before = other_span.start - (1 if other_span.start > 0 and doc[other_span.start - 1].lower_ == "on" else 0)
        if right_after and before == verb.i + 1:
            return True
    return False


def _clause_edges(doc: Doc, clause: Token) -> tuple[Token, Token]:
    """First and last words of a clause without its "that" opener, the clauses coordinated after it
    and its closing punctuation."""
    ends = [clause.i] + [c.right_edge.i for c in clause.children if c.dep_ not in ("conj", "cc")]
    first, last = doc[clause.left_edge.i], doc[max(ends)]
    while first.i < clause.i and (first.dep_ in ("mark", "punct") or first.is_space):
        first = doc[first.i + 1]
    while last.i > clause.i and (_trails(last) or last.dep_ == "cc"):
        last = doc[last.i - 1]
    # a quotation the clause opens ends with it: 'effective "in 14 days."'
    if sum(t.is_quote for t in doc[first.i:last.i + 1]) % 2:
        closing = next((t for t in doc[last.i + 1:last.i + 3] if t.is_quote), None)
        last = closing if closing is not None else last
    return first, last


def _trails(token: Token) -> bool:
    """Punctuation or space a phrase does not end on. spaCy counts "%" as punctuation, but "fell to 3.9%" ends on it:
    cut there, the entry said "fell to 3.9"."""
    return token.is_space or token.is_punct and token.text != "%"


def _reduced_relative_after(last: Token) -> Token | None:
    """A participle right after a noun phrase, with no comma between, describes the noun ("her
    remarks last month comparing the curfew to martial law"), wherever the parse hung it."""
    following = last.nbor(1) if last.i + 1 < len(last.doc) else None
    if following is not None and following.tag_ == "VBG" and following.dep_ in ("advcl", "acl", "xcomp"):
        return following
    return None


def _article_of_the_noun(span: Span) -> bool:
    """The date's span opens on the article of the noun after it ("the Tuesday op-ed")."""
    return len(span) > 1 and span[0].dep_ == "det" and span[0].head.i >= span.end


def _modified_noun(span: Span) -> Token | None:
    """The noun a date stands before as its modifier ("the Jan. 6 riot", "the 1998 law", "Thursday's attack")."""
    if _article_of_the_noun(span):
        span = span[1:]  # "the Memorial Day holiday": the article is the noun's, not the date's
    root = span.root
    noun = root.head
    if root.dep_ in ("nmod", "compound", "amod", "poss") and noun.i >= span.end and noun.pos_ in ("NOUN", "PROPN"):
        return noun
    return None


# Subordinators that put their clause at another time than the clause they hang on ("killed three
# on Sunday, the first attack since U.S. forces withdrew in August"); "when", "as" and "while" put
# both at the same time, so the date dates the whole clause there.
_SEQUENCE_MARKERS = frozenset({"since", "after", "before", "until", "till"})


def _sequence_marker(verb: Token) -> Token | None:
    if verb.dep_ != "advcl":
        return None
    return next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in _SEQUENCE_MARKERS), None)


# "since taking office in late January", "until lifting them in June": a gerund after these has no subject of its own,
# so the date dates no complete event; and the clause around it happened at some other time. "after" and "before"
# stay: what follows or precedes an event of the day mostly happened that day ("Before dismissing them on Friday, the
# judge reminded the jurors ...").
_GERUND_MARKERS = frozenset({"since", "until", "till"})


def _in_a_gerund_set_apart(verb: Token) -> bool:
    """The date dates a gerund that "since" or "until" sets apart from its clause."""
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in _GERUND_MARKERS


# "Jobless claims fell to 400,000 last week after reaching a peak of 904,000 in January": a gerund after "after" or
# "before" shares its clause's subject, not its time, when the clause has a date of its own; filed under January the
# entry would say the claims fell then. The gerund alone, without its subject, tells no event a reader could place.
_SEQUENCE_GERUND_MARKERS = frozenset({"after", "before"})


def _in_a_gerund_of_a_dated_clause(doc: Doc, verb: Token, date: DateMention, others: Sequence[DateMention]) -> bool:
    """The date dates a gerund that "after" or "before" sets apart from a clause dated by another date."""
    if not (verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in _SEQUENCE_GERUND_MARKERS):
        return False
    clause = verb.head.head
    return clause.pos_ in _VERBAL and _has_own_date(doc, clause, date, others, distinct=True)


def _dated_clause(doc: Doc, date: DateMention, verb: Token, marker: Token) -> DateMention:
    """``date`` dating only its subordinate clause, from the word after the marker to the verb's
    last word."""
    first, last = doc[marker.i + 1], doc[verb.right_edge.i]
    while last.i > verb.i and _trails(last):
        last = doc[last.i - 1]
    return replace(date, event_start=first.idx, event_end=last.idx + len(last.text))


def _ancestors(token: Token) -> list[Token]:
    """The token and its heads up to the root of its sentence."""
    chain = [token]
    while chain[-1].head.i != chain[-1].i and len(chain) < 40:
        chain.append(chain[-1].head)
    return chain


def _attachment_verb(token: Token) -> Token | None:
    """The verb a date modifies: its head, through a preposition ("on Monday", "as of June")."""
    head = _attachment_head(token)
    return head if head is not None and head.pos_ in _VERBAL else None


def _attachment_head(token: Token) -> Token | None:
    """The word a date modifies, through a preposition: a verb ("died on Monday") or the counted
    noun itself ("10 people on Tuesday")."""
    head = token.head
    if head.i != token.i and head.dep_ == "prep" and head.lower_ in _DATE_PREPOSITIONS:
        head = head.head
        if head.dep_ == "prep" and head.head.i != head.i:  # "as of": "of" hangs on "as"
            head = head.head
    return head if head.i != token.i and (head.pos_ in _VERBAL or head.pos_ in ("NOUN", "PROPN", "NUM")) else None


def link_restatements(figures: Sequence[Figure]) -> list[Figure]:
    """Each figure that repeats an earlier one of the same document gets ``restates`` = its start, and
    that figure's ``as_of`` when it has none of its own.

    A repetition has the same value, range and unit, the same scope, and counts the same thing
    (the same counted-noun head; with no noun on one side, the same event when both have one:
    "all 12 were contract staff" after "12 workers were killed" is not linked, "12 were killed"
    twice is). Small counts ("two", "three") repeat by coincidence too often to link.
    """
    linked: list[Figure] = []
    for figure in figures:
        first = next((earlier for earlier in linked if _repeats(figure, earlier)), None)
        if first is not None:
            # the same figure is given for the same time: "2,800 documents" released "on Thursday", then "More
            # than 2,800 uncensored documents" with no date of its own (which had set it against another
            # outlet's July count as a rival)
            figure = replace(figure, restates=first.restates if first.restates is not None else first.start,
                             as_of=figure.as_of or first.as_of)
        linked.append(figure)
    return linked


def _repeats(later: Figure, earlier: Figure) -> bool:
    if later.value is None or (later.value, later.upper, later.unit) != (earlier.value, earlier.upper, earlier.unit):
        return False
    if later.unit is None and abs(later.value) < MIN_RESTATED_COUNT:
        return False
    if _scope_kind(later) != _scope_kind(earlier):
        return False
    heads = _counted_head(later.about), _counted_head(earlier.about)
    if None not in heads:
        return heads[0] == heads[1]
    # Without a noun on one side, the event must not say otherwise; a specific amount of money
    # ("$4.5 million ... The $4.5 million will come from reserves") is the same sum.
    return later.unit is not None or not (later.predicate and earlier.predicate and later.predicate != earlier.predicate)


def _scope_kind(figure: Figure) -> str:
    """A total and a snapshot of it can be the same number ("1,200 displaced ... the 1,200 are
    staying in shelters"); a part, a background fact or a forecast is another kind of figure."""
    scope = figure.scope or "total"
    return "total" if scope == "state" else scope


def _counted_head(about: str | None) -> str | None:
    """The head word of a counted-noun phrase, singular: "Russian military casualties" -> casualty."""
    words = re.findall(r"[A-Za-z]+", about or "")
    if not words:
        return None
    word = words[-1].lower()
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


# -- figure context ----------------------------------------------------------------------------


def figure_context(doc: Doc, figure: Figure) -> Figure:
    """``figure`` with ``predicate``, ``scope``, ``purpose`` and ``revised`` read from the parse.

    The counted noun is the noun the number modifies ("12" in "12 workers" → workers) or the
    number itself ("killed 14"). Its predicate is the verb (or event noun) it is an argument of,
    following control verbs to their complement ("were ordered to leave their homes" → leave
    home) and level verbs to their subject ("the number of homes found damaged rose to 412" →
    damage, revised). A light verb ("were", "said") gives way to the clause modifying the noun
    ("29 people injured in the blast were ..." → injure).
    """
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return figure
    number = span.root
    nominal = _counted(number)
    scope: FigureScope = "total"
    if _is_part(number, nominal) or (figure.unit is None and _included(nominal)):
        scope = "part"
    elif _is_background(nominal) or _counts_an_earlier_event(nominal):
        scope = "background"
    predicate, revised = _predicate(nominal)
    if scope == "total" and _is_state(nominal, predicate):
        scope = "state"
    if scope == "total" and (_is_forecast(predicate) or _in_forecast(number, nominal)
                             or forecasters_expected(span) is not None):
        scope = "forecast"
    return replace(
        figure,
        predicate=_predicate_phrase(predicate, nominal) if predicate is not None else None,
        scope=scope,
        purpose=_purpose(number, nominal, predicate),
        revised=revised,
    )


def _counted(number: Token) -> Token:
    """The noun a number counts ("at least 12 workers" → workers), or the number itself."""
    token = number
    while (
        token.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod")
        and token.head.i != token.i
        and token.head.pos_ in ("NOUN", "PROPN")
        and token.head.i > token.i
    ):
        token = token.head
    return token


def _is_part(number: Token, nominal: Token) -> bool:
    """ "two of the victims", "about 90 of them", "the first two victims", "Of those, 96 ..." A
    counted noun of its own before "of" names whom the figure counts, wholly: "killed two members of
    the group's affiliate", "12 residents of the town" are totals (a share, "10% of the workers",
    stays a part)."""
    own_noun = nominal.i != number.i and nominal.pos_ == "NOUN" and not {nominal.lower_, number.lower_} & _SHARE_WORDS
    for head in {number, nominal}:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "among"):
                objects = [obj for obj in prep.children if obj.dep_ == "pobj"]
                if head is nominal and own_noun and prep.lower_ == "of" and prep.i > nominal.i \
                        and not any(t.like_num for obj in objects for t in obj.subtree if t.i < obj.i):
                    continue  # "members of the group" (but "nine members of the 13-person council")
                if any(_definite(obj) for obj in objects):
                    return True
    if any(_part_modifier(c) for c in nominal.children):
        return True
    if _in_breakdown(nominal):
        return True
    if nominal.dep_ in ("nsubj", "nsubjpass"):
        for prep in nominal.head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i < nominal.i:
                if any(obj.pos_ == "PRON" for obj in prep.children if obj.dep_ == "pobj"):
                    return True
    return False


# Words a share or a fraction is written with: "10 percent of the workers" is a part of them.
_SHARE_WORDS = frozenset({"percent", "%", "per", "cent", "cents", "percentage", "share", "fraction", "proportion",
                          "portion", "half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths",
                          "tenth", "tenths", "majority", "minority", "point", "points"})


def _included(nominal: Token) -> bool:
    """ "14 people, including 11 soldiers and two medics", "the death toll, including 12 soldiers":
    what "including" introduces is among a larger count, a part of it, never a rival total (set
    against another outlet's "killed 13 people", "including 12 civilians" had made a conflict). Only
    for counts: an amount of money so introduced ("including a $3.5 trillion spending plan") is the
    item's own total, which other outlets state as such."""
    first = _first_conjunct(nominal)
    return first.dep_ == "pobj" and first.head.lower_ == "including"


def _in_breakdown(nominal: Token) -> bool:
    """ "five counts of tax fraud, two counts of bank fraud and one count of ...": a counted noun
    listed next to the same noun under another number, with only a comma or "and" between the two
    phrases, is one item of a breakdown, so a part of the whole. The parse's coordination is not
    trusted (it often hangs the second item elsewhere); the list is read from the surface."""
    if nominal.pos_ not in ("NOUN", "PROPN") or not _has_number(nominal):
        return False
    lemma = nominal.lemma_.lower()
    for other in nominal.sent:
        if other.i == nominal.i or other.lemma_.lower() != lemma or not _has_number(other):
            continue
        first, second = sorted((nominal, other), key=lambda t: t.i)
        gap = nominal.doc[_phrase_end(first) + 1 : second.left_edge.i]
        if len(gap) and all(t.is_punct or t.dep_ == "cc" or t.lower_ in ("and", "or") for t in gap):
            return True
    return False


def _has_number(noun: Token) -> bool:
    return any(c.dep_ == "nummod" for c in noun.children)


def _phrase_end(noun: Token) -> int:
    """The last token of the noun's own phrase: itself and its modifiers, not what is coordinated with it."""
    ends = [c.right_edge.i for c in noun.children if c.i > noun.i and c.dep_ not in ("conj", "cc", "punct", "appos")]
    return max([noun.i, *ends])


def _part_modifier(token: Token) -> bool:
    """ "other", "more" (but not the hedge "more than") before the counted noun."""
    if token.dep_ not in ("amod", "advmod") or token.lower_ not in _PART_MODIFIERS:
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is None or following.lower_ != "than"


def _definite(noun: Token) -> bool:
    """A pronoun or a noun with a definite determiner or possessor: a known, larger set."""
    if noun.pos_ == "PRON":
        return True
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "no") for c in noun.children)


def _is_background(nominal: Token) -> bool:
    """ "a town of about 9,000 people", "home to 30,000 people" """
    token = _first_conjunct(nominal)
    if token.dep_ != "pobj":
        return False
    prep, holder = token.head, token.head.head
    if prep.lower_ == "of" and holder.lemma_.lower() in _PLACE_NOUNS:
        return True
    return prep.lower_ == "to" and holder.lemma_.lower() == "home"


def _counts_an_earlier_event(nominal: Token) -> bool:
    """ "called it a justified strike days after two blasts killed 13", "weeks after the flood that
    killed 300", "since the 2019 attack that left 51 dead": a count inside a phrase that dates the
    sentence's event against another one is that other event's count, told as background, never a
    rival to the story's own. "After the rescue, the toll rose to 13" is untouched: its count is the
    main clause's."""
    for token in nominal.ancestors:
        # "after" heads its phrase ("after the quake that killed 300") or marks a clause's verb
        # ("after two bombings killed 13"); either way the count lies inside what it dates
        temporals = [token, *(c for c in token.children if c.dep_ == "mark")] if token.dep_ == "advcl" else [token]
        if any(_dates_against_another_event(t) and _inside_phrase(t, nominal) for t in temporals):
            return True
    return False


def _dates_against_another_event(temporal: Token) -> bool:
    """ "since the attack", or "after"/"before" set apart by days or more ("days after", "a week
    before"). A bare or a same-day "after" ("arrested hours after he stabbed four people", "said on
    Tuesday, a day after the firm cut 800 jobs") is most often the story's own event; "since 2012"
    is a date, not an event; in "last week after" the span dates the main event, not the gap."""
    if temporal.dep_ not in ("prep", "mark"):
        return False
    if temporal.lower_ == "since":
        objects = [c for c in temporal.children if c.dep_ in ("pobj", "pcomp")]
        return temporal.dep_ == "prep" and any(o.ent_type_ != "DATE" and not o.like_num for o in objects)
    if temporal.lower_ not in ("after", "before"):
        return False
    previous = temporal.doc[temporal.i - 1] if temporal.i > temporal.sent.start else None
    spans = [c for c in temporal.children if c.dep_ == "npadvmod"] + ([previous] if previous is not None else [])
    return any(_gap_of_days(span) for span in spans)


def _gap_of_days(span: Token) -> bool:
    """ "days", "two weeks", "a month", "just years": not "a day" nor "last week"."""
    lemma = span.lemma_.lower()
    if lemma not in _DAY_SPANS or (lemma == "day" and span.lower_ == "day"):
        return False
    return not any(c.lower_ in ("last", "this", "next", "that", "same", "every", "each") for c in span.children)


def _inside_phrase(temporal: Token, nominal: Token) -> bool:
    """The count is in the temporal phrase's own words, with no comma, dash or semicolon between: a
    clause after a comma ("its boldest raid since the 2015 siege, firing 20 rockets at the base")
    belongs to the main event however the parse hangs it."""
    first, last = sorted((temporal.i, nominal.left_edge.i))  # the noun's own hyphens ("400-member") do not count
    return not any(t.text in (",", ";", "-", "\u2014", "\u2013", "--") for t in temporal.doc[first:last])


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _predicate(nominal: Token) -> tuple[Token | None, bool]:
    """The verb or event noun the counted noun is an argument of, and whether it reports a change."""
    governor = _governor(nominal)
    revised = False
    if governor is not None and governor.pos_ in _VERBAL and governor.lemma_.lower() in _LEVEL_VERBS:
        revised = governor.lemma_.lower() in _CHANGE_VERBS
        subject = _level_subject(governor)
        if subject is not None and subject.i != nominal.i:
            governor = _event_of_count(subject) or governor
    if governor is not None and governor.pos_ in _VERBAL:
        governor = _complement(governor)
        harm = _harm_complement(governor, nominal)
        if harm is not None:
            return harm, revised
    if governor is None or (governor.pos_ in _VERBAL and governor.lemma_.lower() in _LIGHT_VERBS):
        modifier = _own_clause(nominal)
        if modifier is not None:
            return modifier, revised
    return governor, revised


def _harm_complement(verb: Token, nominal: Token) -> Token | None:
    """The state a verb's complement gives its count: "at least 60 are confirmed dead", "five were found dead",
    "three were reported missing", "12 are dead", "a blast that left 12 people dead". The verb says how it was
    known (confirmed, found, reported) or nothing (are); the complement says what befell those counted, and a
    death toll told this way is the toll "killed" gives. It tells of the verb's object when it has one ("five
    attacks left three men dead": the men), else of its subject."""
    state = next((c for c in verb.children if c.dep_ in ("acomp", "oprd") and c.lower_ in _HARM_STATES), None)
    if state is None:
        return None
    holder = _first_conjunct(nominal)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if objects:
        return state if holder in objects else None
    return state if holder.head.i == verb.i and holder.dep_ in ("nsubj", "nsubjpass") else None


# Complements that name what befell those counted ("are dead", "found dead", "reported missing").
_HARM_STATES = frozenset({"dead", "injured", "wounded", "hurt", "missing"})


def _governor(nominal: Token) -> Token | None:
    token = _first_conjunct(nominal)
    if token.dep_ in _ARGUMENT_DEPS and token.head.i != token.i:
        return token.head
    if token.dep_ == "pobj":
        holder = token.head.head
        if holder.pos_ in _VERBAL:
            # "crested at 24.6 feet", "restored power to all but 60 homes"; but a count the verb only places,
            # with a clause of its own, is what that clause tells: "the weekend ended with at least 150 people
            # killed in more than 400 shootings that occurred across the country" kills people, not shootings
            return _event_clause(token) or holder
        if holder.lemma_.lower() in _PARTITIVES or holder.pos_ == "NUM":
            return None  # "most of the 300 residents": the clause is about the part
        if holder.pos_ in _NOMINAL:
            return holder  # an event noun: "a death toll of 12", "a crest of 21 feet"
    return None


def _level_subject(verb: Token) -> Token | None:
    """The subject of a level verb; when the parse lost it, the count noun written before it."""
    subject = _clause_subject(verb)
    if subject is not None:
        return subject
    before = [t for t in verb.sent if t.i < verb.i and t.lemma_.lower() in _COUNT_NOUNS | _MEASURE_NOUNS]
    return before[-1] if before else None


def _event_of_count(subject: Token) -> Token | None:
    """ "the number of homes found to be damaged" → damaged; "the death toll" → toll."""
    lemma = subject.lemma_.lower()
    if lemma in _COUNT_NOUNS:
        for prep in subject.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                counted = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if counted is not None:
                    return _own_clause(counted) or _head_event(counted)
        return None
    return subject if lemma in _MEASURE_NOUNS else None


def _head_event(noun: Token) -> Token | None:
    """ "the number of homes found to be damaged" (the parse may hang "found" elsewhere)."""
    if noun.lemma_.lower() in _MEASURE_NOUNS:
        return noun
    for token in noun.sent:
        if token.i > noun.i and token.dep_ == "xcomp" and token.head.i > noun.i and token.pos_ in _VERBAL:
            return token  # "homes found to be damaged" parsed as "number ... found [to be damaged]"
    return None


def _complement(verb: Token) -> Token:
    """Follow control and raising verbs to the event: "ordered to leave" → leave."""
    for _ in range(3):
        nxt = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in _VERBAL), None)
        if nxt is None:
            break
        verb = nxt
    return verb


def _own_clause(noun: Token) -> Token | None:
    """The participle or relative clause modifying a noun ("people injured in", "who were evacuated")."""
    for child in noun.children:
        if child.dep_ in ("acl", "relcl") and child.pos_ in _VERBAL and _relativises(child):
            verb = _complement(child)
            if verb.lemma_.lower() == "be":
                verb = next((c for c in verb.children if c.dep_ in ("acomp", "attr")), verb)
            return verb
    return None


def _event_clause(noun: Token) -> Token | None:
    """The verb of a clause that tells what befell a noun itself: a participle ("150 people killed") or a relative
    clause the noun is the subject of ("shootings that occurred"). Not a copula ("two counts that aren't a crime"
    describes, tells no event) nor a clause with a subject of its own ("20 women, whose allegations he denied")."""
    for child in noun.children:
        if child.dep_ not in ("acl", "relcl") or child.pos_ != "VERB" or child.lemma_.lower() == "be":
            continue
        subject = _clause_subject(child)
        if subject is None or subject.tag_ in ("WDT", "WP"):
            return _complement(child)
    return None


def _clause_subject(verb: Token) -> Token | None:
    """The verb's own subject, active or passive, as the parse gives it."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _relativises(clause: Token) -> bool:
    """Whether the noun is the clause's own argument ("who were evacuated"), not "whose homes"."""
    subject = _clause_subject(clause)
    return subject is None or subject.tag_ in ("WDT", "WP", "PRP")


def _is_state(nominal: Token, predicate: Token | None) -> bool:
    """A snapshot: "still without power", "remained out of their homes", "all but 60 homes"."""
    first = _first_conjunct(nominal)
    if first is not nominal and first.lower_ == "all" and any(c.lower_ == "but" for c in first.children):
        return True
    if predicate is None:
        return False
    verbs = [predicate, *[a for a in predicate.ancestors if a.pos_ in _VERBAL][:1]]
    for verb in verbs:
        if verb.lemma_.lower() in _STATE_VERBS:
            return True
        if any(c.dep_ == "advmod" and c.lower_ in _STATE_ADVERBS and not _concedes(c) for c in verb.children):
            return True
    return False


def _concedes(adverb: Token) -> bool:
    """"Still, the vacancy rate ticked up to 7.2%": "still" opening the sentence before a comma is "even so", no
    state that lasts ("12 homes are still without power")."""
    doc = adverb.doc
    return adverb.lower_ == "still" and adverb.i == adverb.sent.start and adverb.i + 1 < len(doc) \
        and doc[adverb.i + 1].text == ","  # "Currently, ..." still opens a snapshot


def _in_forecast(number: Token, nominal: Token) -> bool:
    """A figure the forecast names ("against the expected 0.1%") or sets beside its first figure ("had
    expected the index to rise 2.4 percent, and 0.3 percent from the month before", where the parse
    hangs the second figure on the forecast verb itself). A deeper walk from a forecast verb down to
    the figure was tried and rejected: it took past events told inside a prediction ("clinics
    expecting a rush of patients grew to $40 million") for forecasts."""
    if any(c.dep_ == "amod" and c.lemma_.lower() in _FORECAST_ADJECTIVES for t in (number, nominal) for c in t.children):
        return True
    if _estimate_compared_against(number, nominal):
        return True
    head = nominal.head
    return nominal.dep_ in ("conj", "npadvmod") and head.pos_ in _VERBAL and head.lemma_.lower() in _FORECAST_ADJECTIVES \
        and not any(c.lower_ == "than" for c in head.children)


def _estimate_compared_against(number: Token, nominal: Token) -> bool:
    """"rents rose 2.9 percent, higher than the estimated 2.5 percent": the estimate an outcome is set against
    is a forecast; "an estimated 300 people died" is a hedged count."""
    estimated = any(c.dep_ == "amod" and c.lemma_.lower() == "estimate" for t in (number, nominal) for c in t.children)
    return estimated and nominal.dep_ == "pobj" and nominal.head.lower_ in _SET_AGAINST \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in nominal.children)


# Prepositions that set an outcome against an expectation ("below the estimated 2.8 percent").
_SET_AGAINST = frozenset({"than", "against", "versus", "vs", "vs."})
# Participles that make a figure a forecast ("the expected 0.1%", "the projected 5.1%").
_FORECAST_ADJECTIVES = frozenset({"expect", "forecast", "project", "predict", "anticipate"})


def _is_forecast(predicate: Token | None) -> bool:
    """ "predicted a crest of about 21 feet": a forecast, not a measurement."""
    if predicate is None:
        return False
    chain = [predicate, *list(predicate.ancestors)[:2]]
    return any(t.lemma_.lower() in _FORECAST_VERBS for t in chain)


def _predicate_phrase(predicate: Token, nominal: Token) -> str:
    """Lemma, particle and the place left for leaving verbs: "set aside", "leave home"."""
    if predicate.pos_ not in _VERBAL:
        compounds = [c.lemma_.lower() for c in predicate.children if c.dep_ == "compound" and c.i < predicate.i]
        return " ".join([*compounds, predicate.lemma_.lower()])
    words = [predicate.lemma_.lower()]
    words += [
        c.lower_ for c in predicate.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in _PARTICLES)
    ]
    for child in predicate.children:
        if child.dep_ == "dobj" and child.i != nominal.i and child.pos_ == "NOUN":
            words.append(child.lemma_.lower())
        elif child.dep_ == "prep" and child.lower_ in ("from", "out"):
            place = next((g for g in child.subtree if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
            if place is not None and place.i != nominal.i:
                words.append(place.lemma_.lower())
    return " ".join(words)


def _purpose(number: Token, nominal: Token, predicate: Token | None) -> str | None:
    """What an amount is for: "$4.2 million in extra money for the transit authority"."""
    holders = [number, nominal]
    for head in (number, nominal):
        holders += [o for p in head.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
                    if o.dep_ == "pobj"]  # fmt: skip
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "for":
                return _text(prep)
    if predicate is None or predicate.pos_ not in _VERBAL or _first_conjunct(nominal).dep_ not in _ARGUMENT_DEPS:
        return None
    for child in predicate.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "to", "toward", "towards"):
            return _text(child)
        if child.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
            return _text(child)
    return None


def _text(token: Token) -> str:
    subtree = list(token.subtree)
    return token.doc[subtree[0].i : subtree[-1].i + 1].text
