"""The briefing of one story: a cited extractive summary, a timeline and each outlet's framing.

All three are pure functions of the story's documents and their extractions; no model is loaded
here (the caller may pass a sentence encoder to the summary and the timeline).

Summary (:func:`summarise`)
    Candidate sentences are the ``Extraction.sentences`` of every document (of every report, when the
    story has a report with summary sentences: an opinion piece, by its URL's section, its outlet's or its title's label,
    is a view, whose verdicts would read as the story's facts; of a story of views only, the sentences stating no
    duty, first person or exclamation of their writers, when any remain), minus boilerplate
    (newsletter and share prompts, credits, copyright lines, URLs), sentences shorter than
    :data:`MIN_WORDS` or longer than :data:`MAX_WORDS` words, and sentences a reader would see
    cut: ending in an ellipsis after a word (a truncated teaser) or in a title before a name
    ("..., Reps.", and the names after it), or continued in lower case by the next words of the paragraph (a split after
    "(R-Wyo.)"), and sentences that need the one before: an opening pointing back ("She said ...",
    "But ...", "In fact, ...", "For instance, ...", "After five months, it is ...", "How it all works out ...",
    "The former president called ...", "The move sparked ...", "Opponents denounced the move", "The trip
    came a week after ...", the writer turning to the reader: "Consider ...", an epithet naming someone again: "The
    New York Democrat plans ...") or words given to a bare pronoun ("“...,” he added.", "..., it said."), or a sentence from inside a
    longer quotation (it opens after the quotation's mark: someone's words shown as the outlet's, the
    speaker named in another sentence), and questions (they state nothing to cite) and an attribution the
    parse split from its words ("Politico reported, citing interviews with 22 aides."). Near-identical sentences across
    documents (word-set Jaccard ≥ :data:`NEAR_IDENTICAL`, the same numbers and both negated or
    neither: "has not approved" is no copy of "has approved") are one candidate that cites all its
    copies; a sentence repeated by several *independent* groups gets a small bonus, while copies
    inside one independent source (a syndication group, or one outlet, or a paragraph lifted from
    another article: the lender's) count once. Each candidate is scored by

        0.40·centrality + 0.30·position + 0.10·content density + 0.10·has figure + 0.10·has quote

    where centrality is the cosine between the sentence's words and named entities and the
    story centroid (each word weighted by the number of independent groups using it), position
    is 1/√(1 + index among the article's candidate sentences) (news leads carry the event), and
    content density is the share of content words. Sentences are picked by maximal marginal
    relevance (λ = :data:`MMR_LAMBDA`, redundancy = word-set Jaccard with what is already picked)
    and printed in publication order, then by position in the article (of one time's articles, the first whose lead
    is picked opens), except that a sentence naming someone by
    surname alone ("..., Ruiz said.") waits for the first sentence of the same day naming them in full. With a sentence encoder
    (the pipeline passes the story embedder for stories of several articles), a candidate whose
    cosine with a picked sentence reaches :data:`SAME_FACT_SIMILARITY` (:data:`SAME_LEAD_SIMILARITY` for two reports'
    leads of one day stating the same numbers, neither quoting anyone) is passed over when it
    states no number the picked one lacks (by value; a date's or a name's digits are none) and is negated alike:
    another outlet's retelling of a
    fact already in the summary, in other words.

Timeline (:func:`build_timeline`)
    Every date mention normalised to a day (``2025-03-04``) or a month (``2025-03``) gives an
    entry whose text is the clause containing it (the sentence, cut at ";" or a dash when it has
    several clauses). Durations, sets, weeks and unresolved values are left out, and so are
    dateline-like sentences ("Published March 4, 2025", "Updated 10:31 GMT"), and the date after a
    superlative's "since" ("the fastest pace since August 2008": a record's starting point). Entries with the
    same date and similar words (at least two shared content words making up ≥
    :data:`TIMELINE_OVERLAP` of the shorter clause's words) merge into one with several
    sources. With a sentence encoder (the pipeline passes the story embedder), clauses of the
    same day from different articles whose embeddings have a cosine ≥
    :data:`TIMELINE_SIMILARITY` merge too: outlets tell one event in other words ("Biden
    signed an executive order Wednesday aimed at shoring up ..." / "... boosting America's cyber
    defenses"), and from :data:`TIMELINE_FIGURE_SIMILARITY` those giving one exact figure or naming one
    person or organisation in full. Ordered by date, then by the order of the story's documents.

Framing (:func:`compare_framing`), one record per outlet (``Document.outlet``, else the URL's
host, else ``"unknown"``). Only the outlet's own voice is read: text inside direct quotes of four
words or more, inside any direct quote the quote stage names a speaker for ('declared a state of
"disaster emergency"', the governor's term) and inside reported speech ("the former mayor called the
plan a catastrophe"; not the sentence an "according to X" tags) is masked (scare quotes of one to
three words no one is named for stay, they are framing). A syndication
group is read once, as its original outlet's words (the outlets that printed copies are listed in
``reprinted_by``, not given the wire's wording as their own), and paragraphs an article lifted from
another (partial reuse) are left out of its own text and voices.
    loaded_terms
        Matches of :data:`LOADED_TERMS` (a small lexicon of loaded or emotive words: "slammed",
        "regime", "radical", "chaos", "so-called", "illegal aliens", "terrorist", "crisis", ...) in their
        judging sense (not a kind, "disaster relief", a verb of force, "blasted off", or a literal act, "livestock
        slaughter", "a U.S.-led invasion": :func:`_polar_sense`), plus, when the story has several outlets, strongly polar words of :data:`POLARITY`
        (|score| ≥ 0.75) that this outlet uses, not negated ("no dangerous levels"), and no other
        outlet of the story uses at all. Ordered by
        frequency, as written (lower case).
    voices
        Number of statements (direct and indirect quotes) per speaker: the speaker's canonical entity
        when the link stage resolved one (shown under the name the story's quotes give it most, the
        same in every outlet's row; a text with an author under the author's name), else the written
        ``speaker_name``, else ``"unattributed"``. A quote inside another statement of the same
        speaker, or of no named one, is part of that statement; a text no author was found for ("the
        report", "government data") is no voice.
    tone
        Mean polarity of the :data:`POLARITY` stance words ("reckless", "debacle", "remarkable";
        not the words of the event itself, "killed", "won", "recovery", "warned") in the outlet's
        own text, each flipped when one of the two words before it is a negation ("not", "no",
        "never", "n't"), in [-1, 1]; 0.0 when fewer than :data:`MIN_TONE_WORDS` of them occur (a
        single word is often the event's name, "the crisis", not a stance).
"""

from __future__ import annotations

import bisect
import datetime
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from newsfuse import settings
from newsfuse.corroborate import Lifted, content_words, jaccard, lemma, sentence_at, source_at, words
from newsfuse.extract import ends_a_stretch
from newsfuse.extract.figures import CHANGE_VERBS, WORD_VALUES
from newsfuse.extract.quotes import WORDS_AS_WORDS
from newsfuse.link.canonical import PRONOUNS, name_tokens, normalise_name
from newsfuse.link.dedup import UnionFind
from newsfuse.records import (
    DateMention,
    Document,
    Extraction,
    Framing,
    Mention,
    Quote,
    Span,
    SummarySentence,
    TimelineEntry,
)

if TYPE_CHECKING:
    import numpy as np

    from newsfuse.extract.quotes import EmbeddedPost, QuoteSpan

MIN_WORDS = 8
MAX_WORDS = 60
NEAR_IDENTICAL = 0.8
MMR_LAMBDA = 0.7
# A candidate this similar to a picked sentence is never picked (it says the same thing).
MAX_REDUNDANCY = 0.5
# Cosine (all-MiniLM-L6-v2) at which a candidate tells a picked sentence's fact in other words:
# outlets' leads retell one event ("X formally recognised the genocide on Saturday" / "X became the
# first president to call the massacre a genocide") with too few shared words for MAX_REDUNDANCY.
# Read off the summaries of 120 NeuS events: pairs from 0.75 up retold one fact; between 0.6 and
# 0.75 they mix retellings with a background fact, a second quotation or a total beside its part.
SAME_FACT_SIMILARITY = 0.75
# The cosine at which two reports' leads, neither quoting anyone, tell one event: a lead tells the story's main event,
# and outlets retell it in their own words at 0.65 to 0.75 ("Senate Republicans on Thursday unveiled a revised
# counteroffer ..." / "U.S. Senate Republicans unveiled a new infrastructure offer on Thursday ..."). A quotation is
# someone's words, not the report's telling (a lead had been passed over for a quotation at 0.70). Only leads of one
# day: on the AllSides store, leads of an undated article and a dated one at 0.65 to 0.75 told two events (an appeals
# court's ruling and the appeal to the Supreme Court after it). And only leads stating the same numbers (see
# _same_fact_cosine).
SAME_LEAD_SIMILARITY = 0.65
# Share of the shorter clause's content words two same-date clauses must have in common to be
# one event (overlap coefficient; a long clause retelling a short one still matches).
TIMELINE_OVERLAP = 0.5
# Cosine (all-MiniLM-L6-v2) at which two same-day (or same-month) clauses of different articles tell
# one event. Read off 70 NeuS events (210 articles from 3 outlets each): above 0.6 the cross-outlet
# pairs of one day were retellings of one event; between 0.45 and 0.6 they mix retellings with other
# events of the day (so again on 40 more events in the twenty-fourth session, months included).
TIMELINE_SIMILARITY = 0.6
# Cosine at which two such clauses that give one exact figure ("412,000", "$3.5 trillion", "4.8%") tell one event: in
# the twenty-fifth session's 40 NeuS events four retellings of one day sat at 0.54-0.59 with their figure in common
# ("claims increased by 37,000 to 412,000" / "applications rose 37,000 last week to 412,000"), and no pair of other
# events shared one.
TIMELINE_FIGURE_SIMILARITY = 0.45

BOILERPLATE = re.compile(
    r"sign up|subscribe|newsletter|click here|read more|more from|follow us|share this|"
    r"all rights reserved|©|\(c\) \d{4}|copyright|reporting by|editing by|writing by|"
    r"contributed to this report|photo:|image:|getty images|ap photo|file photo|"
    r"https?://|www\.|@\w+\.\w+|download the app|terms of (use|service)|privacy policy|"
    r"this story has been updated|this article (was|has been) (updated|amended)|advertisement|"
    # the reporter's note that someone gave no comment says nothing about the story
    r"(did not|didn't|has not|have not|could not|couldn't) (immediately )?(respond|reply|return)\w* to "
    r"(\w+ )?(requests?|messages?|e-?mails?|calls?|inquiries|queries) (for|seeking) comment|"
    r"could not (immediately )?be reached for comment|declined (a request )?to comment\b",
    re.IGNORECASE,
)
DATELINE = re.compile(r"^\W*(first |last )?(published|updated|posted|modified)\b", re.IGNORECASE)
_TIMELINE_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2}|\d{4}-\d{2})(?:$|T)")
_CLAUSE_BREAK = re.compile(r";|\s[—–]\s|\s--\s")
_QUOTED = re.compile(r"“[^”]{1,600}”|\"[^\"]{1,600}\"")
# A verb of characterising with its "as" complement: "casting its opponents as dangerous and extreme", "dismissed the
# report as a hoax", "branded the bill a power grab" is not (no "as"). The complement is the subject's judgement,
# which the outlet reports; the verb stays the outlet's word ("blasted ... as").
_CHARACTERISED_AS = re.compile(
    # verbs that are also nouns only in their -ed/-ing forms ("the blast was felt as a tremor" is no verb)
    r"(?i)\b(?:casting|portray(?:s|ed|ing)?|paint(?:ed|ing)|depict(?:s|ed|ing)?|characteri[sz](?:e|es|ed|ing)"
    r"|brand(?:ed|ing)|label(?:ed|led|ing|ling)|dismiss(?:es|ed|ing)?|denounc(?:e|es|ed|ing)|decr(?:y|ies|ied|ying)"
    r"|fram(?:ed|ing)|slamm(?:ed|ing)|blast(?:ed|ing)|describ(?:e|es|ed|ing))\b"
    # not "as well as", "such as", "as soon as", "as part of"
    r"[^.;:!?\n]{0,60}?(?<!such )(?<!well )\bas\s+(?!(?:well|soon|long|much|many|far|if|though|part|a result|of)\b)"
    r"([^.;:!?,\n]{1,80})"
)
# A noun naming words as words right before a quotation ('rejecting the term "genocide"'): the term is talked about,
# not used, by the outlet.
_NAMES_WORDS_BEFORE = re.compile(r"(?i)\b(?:" + "|".join(sorted(WORDS_AS_WORDS)) + r")\s*[,:]?\s*$")

# fmt: off
LOADED_TERMS: tuple[str, ...] = (
    "slammed", "slams", "slam", "blasted", "blasts", "lashed out", "ripped", "torched", "regime", "radical",
    "radicals", "extremist", "extremists", "far-left", "far-right", "hard-line", "hardline", "militant",
    "militants", "chaos", "chaotic", "so-called", "illegal aliens", "illegal alien", "illegals", "terrorist",
    "terrorists", "terror", "crisis", "catastrophe", "catastrophic", "disaster", "disastrous", "debacle",
    "fiasco", "meltdown", "thugs", "thug", "mob", "rioters", "invasion", "invaders", "flood of", "scandal",
    "bombshell", "shocking", "outrage", "outrageous", "draconian", "witch hunt", "hoax", "fake news",
    "propaganda", "puppet", "tyrant", "dictator", "despot", "massacre", "slaughter", "bloodbath", "brutal",
    "embattled", "defiant", "woke", "elites", "cronies", "stunning", "devastating", "heroic",
    "freedom fighters", "martyr", "martyrs", "occupation", "apartheid", "genocide", "rogue", "firebrand",
    "controversial", "notorious", "job-killing", "socialist", "gun grab", "death tax", "amnesty",
    "open borders",
)
# fmt: on
def _term_pattern(term: str) -> str:
    """A loaded term as a pattern: its words as written, any white space between them (a term may break a line)."""
    return re.escape(term).replace(r"\ ", r"\s+")


_LOADED_RE = re.compile(
    r"(?<![\w-])("
    + "|".join(_term_pattern(t) for t in sorted(set(LOADED_TERMS), key=len, reverse=True))
    + r")(?![\w-])",
    re.IGNORECASE,
)

# A small, transparent lexicon of stance words: -1 strongly negative ... +1 strongly positive. A word is in it
# when an outlet that writes it rather than a plain word shows its view of what happened ("a reckless plan",
# "the debacle", "a remarkable success", "slammed"). Words that name what happened or what people felt or said
# are not: "killed", "won", "recovery", "growth", "warned", "criticised", "welcomed", "fears", "relief" are
# the event's, written by every outlet that reports it. Read on 40 NeuS events (seed s25-framing,
# docs/evaluation.md): the tones those words gave ("recovery" and "boost" +0.50 on a jobs report, "victory"
# and "won" +0.50 on an election result, "risk" and "warning" -0.25 on a storm) were the topic's, not a stance.
# fmt: off
POLARITY: dict[str, float] = {
    # negative, strong
    "catastrophic": -1.0, "catastrophe": -1.0, "disaster": -1.0, "disastrous": -1.0, "horrific": -1.0,
    "atrocity": -1.0, "massacre": -1.0, "slaughter": -1.0, "brutal": -1.0, "devastating": -1.0,
    "outrageous": -1.0, "shameful": -1.0, "disgraceful": -1.0, "appalling": -1.0, "evil": -1.0,
    "terrifying": -1.0, "chaos": -0.75, "chaotic": -0.75, "crisis": -0.75, "debacle": -0.75, "fiasco": -0.75,
    "scandal": -0.75, "corrupt": -0.75, "corruption": -0.75, "reckless": -0.75, "dangerous": -0.75,
    "failure": -0.75, "betrayal": -0.75, "lies": -0.75, "slammed": -0.75, "blasted": -0.75,
    "furious": -0.75, "outrage": -0.75, "tragic": -0.75, "tragedy": -0.75, "alarming": -0.75,
    "draconian": -0.75, "thugs": -0.75, "shocking": -0.75,
    # negative, mild
    "controversial": -0.5, "troubled": -0.5, "embattled": -0.5, "setback": -0.5, "blow": -0.5,
    "harsh": -0.5, "hostile": -0.5, "unfair": -0.5,
    # positive, mild
    "progress": 0.5, "successful": 0.5, "success": 0.5, "peaceful": 0.5, "resilient": 0.5, "fair": 0.25,
    # positive, strong
    "historic": 0.75, "landmark": 0.75, "breakthrough": 0.75, "triumph": 0.75, "heroic": 1.0, "hero": 0.75,
    "heroes": 0.75, "brave": 0.75, "courageous": 0.75, "remarkable": 0.75, "excellent": 1.0, "outstanding": 1.0,
}
# fmt: on
# What a framing row's columns mean, shown with every framing table (web page, Markdown export).
FRAMING_LEGEND = (
    "Read from each outlet's own words: quotations (but an unattributed scare quote of a few words) and reported "
    "speech are left out. Tone: mean polarity, -1 to +1, of the judging words the outlet writes (\"reckless\", "
    "\"debacle\", \"a remarkable success\"; not the words of the event, \"killed\", \"won\"), 0 when it writes "
    "fewer than two. Loaded terms: loaded or emotive words, and strong judging words no other outlet of the story "
    "uses. Voices: statements quoted, per speaker."
)
NEGATIONS = frozenset({"not", "no", "never", "n't", "without", "nor", "hardly"})
STRONG_POLARITY = 0.75
# Fewer lexicon words than this in an outlet's own text give no tone (0.0): one word is the story's event or
# topic more often than the outlet's stance. Read on 60 NeuS events (seed s22-framing, docs/evaluation.md):
# of 33 one-word tones 8 read right ("the deadly riot"), 25 wrong ("avert economic disaster" -1.0, "a
# presidential hopeful" +0.5, "unemployment benefits" +0.25); of 27 two-word tones about 17 read right.
MIN_TONE_WORDS = 2


# -- sentences ---------------------------------------------------------------------------------


@dataclass(slots=True)
class _Sentence:
    doc: str
    start: int
    end: int
    text: str
    index: int
    rank: int
    published: str
    group: str
    words: frozenset[str]
    features: frozenset[str]
    density: float
    figures: int
    quotes: int
    facts: frozenset[str] = frozenset()  # its numbers and whether it is negated (see _facts)
    named: frozenset[str] = frozenset()  # surnames of the people it names in full ("Ana Ruiz" -> "ruiz")
    surnamed: frozenset[str] = frozenset()  # surnames of the people it names by surname alone ("Ruiz said")
    quantities: frozenset[str] = frozenset()  # the numbers it states as facts, not as dates or names (_quantities)
    score: float = 0.0


def _story_sentences(
    story_docs: Sequence[Document], extractions: Mapping[str, Extraction], groups: Mapping[str, str], lifted: Lifted
) -> list[_Sentence]:
    from newsfuse.extract.quotes import embedded_posts, find_quote_spans

    out = []
    for rank, doc in enumerate(story_docs):
        extraction = extractions.get(doc.id)
        if extraction is None:
            continue
        text = doc.text
        # An embedded post is someone's words without quote marks, never the story's own statement.
        posts = [(p.paragraph_start, p.paragraph_end) for p in embedded_posts(text)]  # in text order
        quotations = _closed_quotations(find_quote_spans(text))
        # Position counts summary-worthy sentences only, so a dateline or a photo credit
        # above the lead does not push the lead down.
        index = -1
        for s_start, s_end in extraction.sentences:
            start, end = _trim(text, s_start, s_end)
            sentence = text[start:end]
            tokens = words(sentence)
            if not _is_summary_worthy(sentence, tokens) or _overlaps(posts, start, end) or _runs_on(text, end):
                continue
            if starts_inside_a_quotation(quotations, start) or _continues_after_a_title(text, start):
                continue
            index += 1
            entities = {"@" + normalise_name(m.text) for m in extraction.mentions if start <= m.start and m.end <= end}
            content = frozenset(content_words(sentence))
            named, surnamed = _people_named(text, extraction.mentions, start, end)
            out.append(
                _Sentence(
                    doc=doc.id,
                    start=start,
                    end=end,
                    text=sentence,
                    index=index,
                    rank=rank,
                    published=doc.published or "",
                    group=source_at(groups, lifted, doc.id, start),
                    words=content,
                    features=content | frozenset(entities),
                    density=len(content) / max(len(tokens), 1),
                    figures=sum(1 for f in extraction.figures if start <= f.start < end),
                    quantities=_quantities(sentence),
                    quotes=sum(1 for q in extraction.quotes if start <= q.start < end and q.kind == "direct"),
                    facts=_facts(sentence),
                    named=named,
                    surnamed=surnamed,
                )
            )
    return out


def _people_named(text: str, mentions: Iterable[Mention], start: int, end: int) -> tuple[frozenset[str], frozenset[str]]:
    """The surnames of the people a sentence names in full ("Ana Ruiz") or by an office and surname ("Gov. Ruiz", "the
    harbour mayor, Ruiz": the story's office says who), and of those it names by surname alone ("Ruiz", "Ms. Ruiz":
    a form of address says no more who she is). Every word of a full name counts ("Tsai Ing-wen", then "Tsai"); a
    name as the label of a government or a time ("the Ruiz administration", "Ruiz-era") names no one to introduce."""
    named, surnamed = set(), set()
    for m in mentions:
        if m.type == "PERSON" and start <= m.start and m.end <= end and not _NAME_AS_A_LABEL.match(text, m.end):
            tokens = name_tokens(m.text, "PERSON")
            if len(tokens) > 1:
                named.update(tokens)
            elif tokens:
                (named if any(_is_an_office(title) for title in m.titles) else surnamed).add(tokens[0])
    return frozenset(named), frozenset(surnamed - named)


_NAME_AS_A_LABEL = re.compile(r"(?:[’']s)?(?:-|\s+(?:administration|era|presidency|government|years)\b)", re.IGNORECASE)


_FORMS_OF_ADDRESS = frozenset({"mr", "mrs", "ms", "miss", "mx", "messrs", "dr", "prof", "sir", "dame"})


def _is_an_office(title: str) -> bool:
    from newsfuse.extract.entities import TITLE_WORDS, normalise_word

    return any(word in TITLE_WORDS and word not in _FORMS_OF_ADDRESS for word in map(normalise_word, title.split()))


# What two near-identical sentences must share to be copies of one statement: the content words
# leave out negations (stop words) and one-digit numbers, so "has not approved" matched "has
# approved" and "12 people died" matched "14 people died", and one summary sentence cited a source
# that says otherwise.
_NEGATION = re.compile(r"\b(?:not|no|never|none|nobody|nothing|neither|nor|without)\b|n['’]t\b", re.IGNORECASE)
_NUMBER_WORDS = frozenset({
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
    "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion",
    "dozen", "dozens", "hundreds", "thousands", "millions", "billions", "half", "third", "quarter",
})


_NEGATED = "\u00ac"  # the mark of a negated sentence among its facts


def _facts(sentence: str) -> frozenset[str]:
    """The numbers a sentence states (digits without separators, number words) and a mark when
    it is negated: two sentences are copies of one statement only when these are equal."""
    found = {w.replace(",", "") for w in words(sentence) if w[0].isdigit()}
    found |= {w.lower() for w in words(sentence) if w.lower() in _NUMBER_WORDS}
    if _NEGATION.search(sentence):
        found.add(_NEGATED)
    return frozenset(found)


# The digits of a date or a name, which tell when or what, not how many: a day after its month ("Oct. 11", "June 2nd")
# or before it ("4 July", "the 24th of June": the British order had kept a Guardian lead beside another outlet's "by July
# 4" as adding a number), a year ("in 2021"; "$2000" and "2,000" are sums and counts), a number a word is joined to
# ("COVID-19", "Title-42").
_MONTH_NAME = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
               r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)(?![\w-])")
_DATE_OR_NAME_DIGITS = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_NAME}"
    r"|(?<![$£€\d,.])\b(?:1[89]|20)\d\d\b(?![,.]?\d)|\b[A-Za-z]+-\d+\b"
)

def _quantities(sentence: str) -> frozenset[str]:
    """The numbers a sentence states as facts, for telling whether a retelling adds one: digits and number words
    by value ("ten senators" is "10 senators"), not the digits of a date or a name ("on Oct. 11" beside "on Monday",
    "COVID-19")."""
    found = set()
    for w in words(_DATE_OR_NAME_DIGITS.sub(" ", sentence)):
        lower = w.lower()
        if w[0].isdigit():
            found.add(w.replace(",", ""))
        elif lower in _NUMBER_WORDS:
            found.add(str(WORD_VALUES[lower]) if lower in WORD_VALUES else lower)
    return frozenset(found)


def _runs_on(text: str, end: int) -> bool:
    """Whether the sentence goes on past where the parse ended it: the next words, in the same
    paragraph, start in lower case ("... to replace Rep. Jane Roe (R-Wyo.)" + "as conference chair,
    ..."), so the span shows a reader half a sentence."""
    match = re.match(r"[ \t]*(\S)", text[end : end + 40])
    return match is not None and match.group(1).islower()


def _closed_quotations(spans: Sequence[QuoteSpan]) -> list[tuple[int, int]]:
    """(opening mark, content end) of each quotation whose both marks are in the text: a mark left open
    runs to the end of its paragraph and says nothing of where the quotation ends."""
    return [(q.open_mark, q.end) for q in spans if q.open_mark is not None and q.close_mark is not None]


def starts_inside_a_quotation(quotations: Sequence[tuple[int, int]], start: int) -> bool:
    """Whether a sentence starting at ``start`` continues a quotation opened before it (``quotations``:
    (opening mark, content end) of each): '“It won't be hard. Everyone who knows me knows I will ...'
    shows the second sentence as no one's words, the speaker named before or after it."""
    return any(open_mark < start < end for open_mark, end in quotations)


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of ``spans`` (sorted, not overlapping each other)."""
    index = bisect.bisect_left(spans, (end, -1)) - 1  # the last span starting before ``end``
    return index >= 0 and spans[index][1] > start


# A dateline opening a lead: a place in capitals ("WASHINGTON", "ALEXANDRIA, Va.", "NEW YORK (AP)"), or in title
# case when a wire or network in brackets closes it ("Williamsburg, Virginia (CNN)"), then a dash. It says where the
# report was filed, not what happened, and it is no part of the sentence a briefing shows.
_DATELINE_OPENING = re.compile(
    r"(?:[A-Z][A-Z.'’-]*(?:,?[ \t]+[A-Z][A-Z.'’-]*){0,4}(?:,[ \t]+[A-Z][a-z]+\.?)?(?:[ \t]*\([^()\n]{1,30}\))?"
    r"|[A-Z][\w.'’-]*(?:,?[ \t]+[A-Z][\w.'’-]*){0,4}[ \t]*\([^()\n]{1,30}\))"
    r"[ \t]*(?:—|–|--?)[ \t]+(?=[A-Z“\"‘'])"
)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    start, end = max(0, start), min(len(text), end)
    # a dash left at the start by a dateline ("WASHINGTON (AP) — Western governments ...") is no part of it
    while start < end and (text[start].isspace() or text[start] in "—–" or text.startswith("- ", start)):
        start += 1
    if (dateline := _DATELINE_OPENING.match(text, start, end)) is not None:
        start = dateline.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_summary_worthy(sentence: str, tokens: list[str]) -> bool:
    if not MIN_WORDS <= len(tokens) <= MAX_WORDS or "\n" in sentence.strip():
        return False
    if BOILERPLATE.search(sentence) or DATELINE.search(sentence):
        return False
    letters = [c for c in sentence if c.isalpha()]
    # Shouted headings and captions ("BREAKING: ...") and fragments starting mid-sentence.
    if sum(c.isupper() for c in letters) > 0.6 * len(letters) or sentence[:1].islower():
        return False
    if not _closes_its_quotes(sentence) or leans_on_the_sentence_before(sentence) or _opens_with_a_label(sentence):
        return False
    if _CUT_OFF.search(sentence) or _ATTRIBUTION_ALONE.match(sentence):
        return False
    # a question asks, it states nothing the story can cite ("So what is the deal with the new rules?");
    # a quoted question ends in its closing mark and has its asker ('She asked, “Why now?”')
    return sentence.rstrip()[-1:] in {".", "!", "”", '"', "’", "'", ")"}


# A sentence that ends in an ellipsis after a word, a number or a closing mark is cut off ("... 90 percent of
# schools have chosen to...", '... the vote was “rigged”...', "..., while 74%...", as feeds and teasers truncate an
# article), and
# one that ends in a title before a name ("..., Reps.") is a sentence split inside "Reps. Jane Roe and ...":
# neither says what the writer said.
_TITLE_BEFORE_A_NAME = (
    r"\b(?:Reps?|Sens?|Gov|Govs|Dr|Drs|Mr|Mrs|Ms|Messrs|Gen|Lt|Col|Sgt|Rev|Prof|Pres|Amb|Adm|Capt|Cmdr|Maj|Supt|Insp)\."
)
_CUT_OFF = re.compile(rf"(?:[\w,;:—–”\"’%)-]\s*(?:\.{{3,}}|…)|{_TITLE_BEFORE_A_NAME})\s*$")
# The rest of such a split sentence: names and places without their verb ("Jo Lind of Utah and Al Moe of Iowa."), the
# verb having been in the part before the title.
_AFTER_A_TITLE = re.compile(rf"{_TITLE_BEFORE_A_NAME}[ \t]*$")


def _continues_after_a_title(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` is the rest of one the parse split after a title ("... rejected two of the
    Republicans he chose, Reps." + "Jo Lind of Utah and Al Moe of Iowa.")."""
    return _AFTER_A_TITLE.search(text, max(0, start - 12), start) is not None


# An attribution the parse split from the words it attributes: '... a "tense office atmosphere."' + 'Politico
# reported, citing interviews with 22 aides.' The second sentence is a name and a verb of saying with nothing said:
# it ends there, or goes on only with a participle ("Cruz said, adding that ...", "Lee said Friday, in announcing"). A
# lead-in ("As Lee notes, raising taxes would ...") is followed by what was said.
_ATTRIBUTION_ALONE = re.compile(
    r"^(?!(?:As|Like)\s)[A-Z][\w.'’&-]*\s+(?:[\w.'’&-]+\s+){0,5}(?:said|says|reported|reports|wrote|writes|added|adds|noted|notes|told\s+[A-Z][\w.'’&-]*)"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?)?"
    r"\s*(?:\.$|,\s*(?:in\s+)?(?!(?:during|regarding|concerning|following|including|considering|pending|barring)\b)[a-z]+ing\b)"
)


# Openings that point back to the sentence before: a briefing sentence must stand alone, and "She
# announced her decision on Tuesday" or "But investors are signaling ..." do not.
_LEANS_BACK = re.compile(
    r"^(?:he|she|they|it|this|that|these|those|his|her|their|its|but|and|yet|however|still|also)\b(?!-)", re.I
)


# A connective that ties the sentence to the one before it ("In fact, things are not nearly as dire", "Instead, they
# must ...", "As a result, ...", "Nor does he ...", "For example, the mayor ..."): alone, in fact as against what, an
# example of what? "Instead of ..." says what, and "In addition," or "Meanwhile," only adds a fact that reads alone.
_CONNECTIVE_BACK = re.compile(
    r"^(?:in fact|instead|indeed|moreover|furthermore|as a result|by contrast|in contrast|even so|similarly|likewise|"
    r"for example|for instance|"
    r"otherwise|therefore|thus|hence|consequently|in response|in other words|after all|of course|on the other hand|"
    r"again|in turn|besides|to that end|for that reason|even then|then again)\s*,|^nor\b",
    re.I,
)


# A quotation or a report given to a bare pronoun ("“... years ago,” he added.", '"... department policy," it
# said.', "Seventeen fighters had been killed, he said.", "The result, she said, is ..."): who "he" or "it" is was
# in a sentence before, so alone in a briefing the words belong to no one the reader knows. Reported words end
# at the attribution (a place or a time may follow: ", it said in a statement.") or go on after its comma.
_SPEECH_AFTER_A_PRONOUN = (
    r"\s*(?:he|she|they|it)\s+(?:\w+ly\s+)?(?:said|says|added|adds|told|tells|wrote|writes|noted|notes|continued|"
    r"explained|argued|insisted|warned|tweeted|replied|asked|recalled|stressed|acknowledged|admitted|declared|"
    r"concluded|stated|reported|claimed|announced|estimated)\b"
)
_PRONOUN_ATTRIBUTION = re.compile(
    rf"[”\"'’]\s*,?{_SPEECH_AFTER_A_PRONOUN}|,{_SPEECH_AFTER_A_PRONOUN}(?:\s*,|[^,;:“”\"]{{0,80}}[.!]$)", re.I
)


# The writer turning to the reader ("Take, for example, the mayor of ...", "Take the harbour fee.", "Consider the
# harbour fee.", "Imagine if ...", "Let's be clear", "Remember that ...", "Recall that ...", "Just look at ...", "Look no
# further than ..."): an argument's step, the case it makes being in the
# sentences around it; no report says so. ("Recall" alone may be the noun: "Recall organisers filed ...".)
_TO_THE_READER = re.compile(
    r"^(?:take\b(?![-’'])|consider\b|imagine\b|remember\b|(?:recall|note)\s+that\b|"
    r"keep\s+in\s+mind\b|think\s+(?:about|of)\b|let['’]s\b|let\s+us\b|(?:just\s+)?look\s+(?:at|to|no\s+further)\b|"
    r"ask\s+yourself\b)",
    re.I,
)
# A person named by an epithet of place or party and office ("The New York Democrat plans ...", "The Texas lawmaker
# serves ...", "The Democratic governor issued ..."): a way of naming again someone named before, so alone it names
# no one. A name of a body ("The National Republican Campaign Committee") goes on in capitals, and a party's office
# or group ("The Senate Republican leader, Jo Lind, ...", "The Texas Democrat caucus") is no one person's epithet.
_EPITHET_BACK = re.compile(
    r"^The\s+(?:[A-Z][a-z]+\s+){1,2}(?:Democrat|Republican|senator|lawmaker|congressman|congresswoman|governor|"
    r"legislator|representative)(?:['’]s)?(?=\s*,?\s+[a-z])"
    r"(?!\s+(?:leaders?|leadership|whip|caucus|party|majority|minority|conference|primary|nominee|candidate|"
    r"establishment|base|members|voters|senators|lawmakers|governors|legislators|delegation)\b)"
)
# What opens a phrase fronted before the subject: a preposition, a time word, an adverb, a participle.
_FRONT_OPENER = (
    r"(?:(?:After|Before|In|On|At|By|During|Since|Last|Earlier|Later|Over|Among|For|Under|Within|As|Upon|"
    r"Throughout|From|Until|Through|Back|Days|Weeks|Months|Years|Hours|Yesterday|Today|Tonight|Previously|Recently|"
    r"Separately|Elsewhere|Overall|Ultimately|Eventually|Finally|Initially|Originally|Once|Then|Now|A|One|Two|Three|"
    r"Four|Five|Six|Several|Together|Combined|Altogether|Again|Asked)\b|[A-Z][a-z]+ly(?=,)|[A-Z][a-z]+(?:ing|ed)\s+(?=[a-z]))"
)
# Someone named by a past or a national office alone ("The former president called ...", "In 2014, the former vice
# president pushed ...", "The US president urged ...", "The Russian leader's envoy ..."): an epithet for someone named
# before, as above. With the name after it ("The former mayor Jo Lind ...", "The Russian president, Ivan Gor, ..."),
# or an office of something ("the former director of the museum"), it says who.
_OFFICE_EPITHET = re.compile(
    rf"^(?:{_FRONT_OPENER}[^,“”\"]{{0,60}},\s+)?[Tt]he\s+(?:former\s+(?:[A-Z][\w.]*\s+)?(?:president|vice\s+president|"
    r"governor|senator|congressman|congresswoman|mayor|secretary|director|first\s+lady|speaker|prime\s+minister|"
    r"attorney\s+general|ambassador)|(?:U\.S\.|US|Democratic|[A-Z][a-z]+(?:an|ian|ese|ish|i|ch))\s+(?:president|"
    r"prime\s+minister|chancellor|first\s+lady|leader))(?:['’]s)?"
    r"\s+(?![A-Z(,]|(?:of|to|for|and|who|in|at)\b)"
)
# A "how" or "what" clause as subject on a pronoun ("How it all works out may make the case ...", "What they can do is
# ..."; "How much it has changed shows ..."): what "it" or "they" is was in the sentence before.
_WH_CLAUSE_BACK = re.compile(
    r"^(?:How|What|Whether|Why)\s+(?:(?:much|many|far|long|often|well|soon|quickly|little)\s+)?"
    r"(?:it|this|that|they|he|she|these|those)\b(?![-’'])"
)
# A preposition and a pronoun opening the sentence point back too: "Amid that, Texas will gain two seats",
# "Without it, millions of students ...", "Of these, 12 ...".
_LEANS_BACK_AFTER_A_WORD = re.compile(r"^[A-Z][a-z]+ (?:of )?(?:this|that|it|these|those|them)\s*,", re.I)
# A fronted clause whose pronoun the main clause takes up again ("While he may have used robust language, he is
# playing his cards closer to his chest"): nobody in the sentence says who "he" is. A name after the comma ("When
# she was ten, Ana Ruiz moved ...") tells it.
_LEANS_BACK_FROM_A_CLAUSE = re.compile(
    r"^(?:while|although|though|when|whenever|after|before|as|if|because|since|once|until|unless|whereas)\s+"
    r"(?:he|she|they|it)\b[^,]*,\s*(?:he|she|they|it)\b",
    re.I,
)
# A phrase of time, place or manner fronted before a pronoun subject ("After five months, it is just 47% effective",
# "On Sunday, he expressed skepticism ...", "Speaking to reporters, she said ..."): the phrase names no one, so "it" or
# "she" is whoever the sentence before named. The phrase opens with a preposition or a time word, or with a
# participle (then it has two words at least: "Beijing, it said" is a place). A name in the phrase ("When Ana Ruiz was
# ten, she ...", "According to the Polling Report, he ...") may be what the pronoun takes up, and so may a noun in it for
# "it" or "they" ("After the storm hit the coast, it turned north"): those stay.
_FRONTED_PHRASE_THEN_PRONOUN = re.compile(
    rf"^(?P<front>{_FRONT_OPENER}[^,;:“”\"()]{{0,70}}?),\s+"
    r"(?:(?P<pronoun>he|she|they|it)\s+(?P<rest>.*)|(?:these|those)\s+(?!(?:who|whom|whose|which|that|of|in|with|at|on|"
    r"for|from|under|over|made|living|affected|involved|most)\b)[a-z].*)$",
    re.DOTALL,
)
_MONTHS_AND_DAYS = frozenset(
    "January February March April May June July August September October November December Jan Feb Mar Apr Aug Sept "
    "Sep Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
_NOUN_AFTER_A_DETERMINER = re.compile(r"\b(?:the|a|an|its|their|this|that|these|those)\s+[a-z]", re.IGNORECASE)
# "it" that stands for no noun: a clause later in the sentence is the subject ("it is not obvious that ...", "it still
# makes sense to ..."), or "it seems that", "it turns out" ("it appears to require ..." is the thing before that does).
_DUMMY_IT = re.compile(
    r"^(?:\w+ly\s+|also\s+|still\s+|now\s+)?(?:(?:seems|seemed|appears|appeared)\s*(?:that|as\s+(?:if|though)|,|"
    r"(?:un)?likely|clear)|(?:turns\s+out|turned\s+out|remains\s+to\s+be|matters)\b|(?:(?:will|would|could|may|might|can|should|has|have|had|does|did)(?:\s+not|n['’]t)?\s+(?:have\s+)?)?"
    r"(?:is|was|'s|’s|isn['’]t|wasn['’]t|be|been|becomes?|became|comes|came|makes|made|takes|took|matter)\b"
    r".*\b(?:that|to|whether|how|why|what|if|who)\b)",
    re.IGNORECASE | re.DOTALL,
)


def _pronoun_after_a_fronted_phrase(sentence: str) -> bool:
    """Whether the sentence's subject is a pronoun, or a noun after "these" or "those", that a fronted phrase naming
    no one leaves to the sentence before ("After five months, it is just 47% effective", "On Sunday, he said ...",
    "Together, those goals will mean ...")."""
    match = _FRONTED_PHRASE_THEN_PRONOUN.match(sentence)
    if match is None:
        return False
    front, pronoun = match.group("front"), (match.group("pronoun") or "those").lower()
    if any(w[0].isupper() and w.strip(".'’") not in _MONTHS_AND_DAYS for w in front.split()[1:]):
        return False
    if pronoun == "those":  # "Together, those goals will mean ...": which goals was in the sentence before
        return True
    if pronoun in {"it", "they"} and _NOUN_AFTER_A_DETERMINER.search(front):
        return False
    return not (pronoun == "it" and _DUMMY_IT.match(match.group("rest")))


# A sentence that is one quotation from its first character to its last names no speaker ("“It's a matter of
# saving lives.”"): whose words they are was in the sentence before.
_WHOLE_QUOTATION = re.compile(r"^[“\"‘'][^“”\"]*[”\"’']$")
# A single quotation mark opening a sentence opens a quotation (British style); unless it closes before more
# words ("‘We will not back down,’ the minister said."), the sentence shows someone's words without who said them.
_SINGLE_QUOTE_OPENS = re.compile(r"^[‘'][A-Z]")
_SINGLE_QUOTE_CLOSES_BEFORE_WORDS = re.compile(r"[,.!?][’']\s+\S")


# A noun that names the event of the sentence before ("The move sparked accusations ...", "Opponents denounced the
# move", "The news comes as ..."): alone, the reader cannot tell which move. With what it is of or for ("the
# decision to resign", "the move by the council", "the ruling class", "the news agency"), it names it.
_EVENT_BACK = re.compile(
    r"(?:^(?:The|This|That)\s+(?:move|decision|announcement|news|remarks|comments|statement|ruling|measure|step)"
    r"|\bthe\s+move)\b(?!['’]|\s+(?:to|by|of|that|from|on|in|for|class|agency|agencies|outlet|media|conference|release|"
    r"organi[sz]ation|network|cycle|party|elite|coalition|family)\b)(?<!on the move)"
)


# A sentence that places the event of the sentence before in time ("The trip came a week after ...", "The report comes
# as ...", "The resignation comes amid ..."): its subject is that event, named by a bare noun. A subject described
# ("The phone call with the governor came after ...") and "came as part of" say what they are about.
_COMES_AFTER = re.compile(
    r"^(?:The|This|That|These|Those)\s+(?:(?!(?:of|with|by|for|from|to|in|on)\b)[\w’'.-]+\s+){1,4}?(?:also\s+)?"
    r"(?:comes?|came)\s+(?:just\s+|only\s+|shortly\s+|less\s+than\s+|more\s+than\s+|about\s+|nearly\s+|"
    r"a\s+little\s+over\s+|barely\s+)?(?:as(?!\s+(?:a|an|part)\b)|after|amid(?:st)?|"
    r"(?:a|an|one|two|three|four|five|six|several|few|\d+)\s+(?:\w+\s+)?(?:days?|hours?|weeks?|months?|years?)\s+"
    r"(?:after|before)|days|hours|weeks|months|on\s+the\s+heels|in\s+the\s+wake|at\s+a\s+time)\b"
)


def leans_on_the_sentence_before(sentence: str) -> bool:
    """Whether the sentence needs the one before it: an opening that points back ("She announced
    ...", "But ...", "In fact, ...", "Amid that, ..."; inside quotation marks the words are the speaker's), a fronted clause
    and its main clause on one pronoun ("While he ..., he ..."), words whose only speaker is a pronoun
    ("..., he added.", "..., it said."), a pronoun subject after a fronted phrase naming no one ("After five
    months, it is ...", "On Sunday, he said ..."), a quotation with no speaker at all, or the event before placed in
    time ("The trip came a week after ...")."""
    return bool(_LEANS_BACK.match(sentence) or _LEANS_BACK_AFTER_A_WORD.match(sentence) or _CONNECTIVE_BACK.match(sentence)
                or _TO_THE_READER.match(sentence) or _EPITHET_BACK.match(sentence) or _OFFICE_EPITHET.match(sentence)
                or _WH_CLAUSE_BACK.match(sentence)
                or _LEANS_BACK_FROM_A_CLAUSE.match(sentence) or _pronoun_after_a_fronted_phrase(sentence)
                or _PRONOUN_ATTRIBUTION.search(sentence)
                or _is_speakerless_quotation(sentence.strip()) or bool(_EVENT_BACK.search(_QUOTED.sub("", sentence)))
                or bool(_COMES_AFTER.match(sentence)))


# What an opinion piece's writer holds, outside the words it quotes: a duty or a need ("should", "ought to", "must",
# "needs to", "it is time to"), the writer or the readers in the first person ("I", "we", "our"; "US" is the
# country), an exclamation.
_WRITERS_VIEW = re.compile(
    r"\b(?:[Ss]hould|[Oo]ught\s+to|[Mm]ust|[Nn]eeds?\s+to|it\s+is\s+time\s+to|it['’]s\s+time\s+to|I|I['’](?:m|ve|d|ll)|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|[Oo]ur|"
    r"[Mm]y|us)\b|!\s*$"
)


def states_the_writers_view(sentence: str) -> bool:
    """Whether an opinion piece's sentence states its writer's view rather than something that happened: a duty or
    a need, the writer or the readers in the first person, an exclamation, outside the quotations it carries."""
    return bool(_WRITERS_VIEW.search(_QUOTED.sub("", sentence)))


def _is_speakerless_quotation(sentence: str) -> bool:
    if _WHOLE_QUOTATION.match(sentence):
        return True
    return bool(_SINGLE_QUOTE_OPENS.match(sentence)) and not _SINGLE_QUOTE_CLOSES_BEFORE_WORDS.search(sentence)


# A lead-in of a few words before a colon at the start of a sentence: a newsletter's section label ("Why it
# matters:", "The big picture:", "Between the lines:", "Why it matters, via Axios' Jo Lee:") or the writer's aside
# ("That last part is key:").
_LABEL = re.compile(r"^([A-Z][\w'’]*(?:[ ,-]+[\w'’]+){0,7}):\s")
_WH_LABEL = re.compile(r"(?:What|Why|How|Where)\b")
_IRREGULAR_SPEECH = {"said": "say", "told": "tell", "wrote": "write", "spoke": "speak"}


def _opens_with_a_label(sentence: str) -> bool:
    """Whether the sentence opens with a label: what follows is the outlet's analysis ("Why it matters: Democrats
    are taking a huge risk"), or leans on the label, and shown alone it reads as a plain statement of fact. A
    lead-in that names a speaker ("Walensky also said: ...", "As CNN reported: ...") is an attribution, kept."""
    from newsfuse.extract.quotes import SPEECH_LEMMAS

    match = _LABEL.match(sentence)
    if match is None:
        return False
    # a label asking what or why ("What they're saying:", "What he's saying:") names no one even with a speech verb
    if _WH_LABEL.match(match.group(1)):
        return True
    # the first word is the label's noun ("State of play:"), a speech verb comes after a name or "As"
    return not any(_is_speech_verb(word.lower(), SPEECH_LEMMAS) for word in match.group(1).split()[1:])


def _is_speech_verb(word: str, speech: frozenset[str]) -> bool:
    stem = _IRREGULAR_SPEECH.get(word) or lemma(word)
    return bool({word, stem, stem + "e"} & speech)


def _closes_its_quotes(sentence: str) -> bool:
    """Whether every quotation the sentence opens ends in it: a sentence from the middle of a
    longer quotation ('“What happened strikes at the core of America.') would show a reader part
    of someone's words without where they end."""
    return sentence.count("“") == sentence.count("”") and sentence.count('"') % 2 == 0


# -- summary -----------------------------------------------------------------------------------


def summarise(
    story_docs: Sequence[Document],
    extractions: Mapping[str, Extraction],
    *,
    groups: Mapping[str, str],
    lifted: Lifted | None = None,
    n_sentences: int | None = None,
    encode: Callable[[list[str]], np.ndarray] | None = None,
) -> tuple[SummarySentence, ...]:
    """An extractive summary of the story; every sentence cites all documents that carry it. A sentence of a
    paragraph one document lifted from another (``lifted``) is the lender's: no second independent group.
    ``encode`` (texts to L2-normalised rows) keeps out retellings of a picked fact in other words."""
    from newsfuse.link.stories import is_opinion_piece

    n = int(settings.get("summary_sentences", n_sentences))
    # A story with a report is told from its reports: an opinion piece's sentences ("..., and that's a good
    # thing", "the nation's response must not flag") would read as the story's facts. Views stay in framing.
    reports = [d for d in story_docs if not is_opinion_piece(d)]
    sentences = _story_sentences(reports, extractions, groups, lifted or {}) if reports else []
    if not sentences:
        # A story of views only is told from what they report, not from what their writers hold ("Come
        # September, every pupil ought to be back in class", "I am talking about ..."), when they report anything.
        sentences = _story_sentences(story_docs, extractions, groups, lifted or {})
        sentences = [s for s in sentences if not states_the_writers_view(s.text)] or sentences
    if n <= 0 or not sentences:
        return ()
    clusters = _near_identical(sentences)
    _score(sentences)
    candidates = [_representative(c) for c in clusters]
    bonus = {id(rep): 0.05 * math.log(len({s.group for s in c})) for rep, c in zip(candidates, clusters, strict=True)}
    scores = {id(rep): rep.score + bonus[id(rep)] for rep in candidates}
    # the likely picks and a retelling or two: one batch of sentence embeddings, asked for only when
    # two articles' sentences are first compared
    likely = sorted(candidates, key=lambda s: -scores[id(s)])[: n + 2]
    meaning = _Meaning(encode, likely) if encode is not None else None
    chosen = _mmr(candidates, scores, n, meaning)
    members = {id(rep): c for rep, c in zip(candidates, clusters, strict=True)}
    chosen.sort(key=_in_order_of_telling(chosen))
    chosen = _full_names_first(chosen)
    return tuple(SummarySentence(text=rep.text, sources=_cite(rep, members[id(rep)])) for rep in chosen)


def _in_order_of_telling(chosen: Sequence[_Sentence]) -> Callable[[_Sentence], tuple[str, bool, int, int]]:
    """The summary's order: by publication, then by article and by position in it, except that of the articles
    published at one time (a feed may give the day alone) the first whose lead is picked opens. A lead tells the
    story's main event, and the order of one day's articles says nothing of it: a report's fourth sentence ("Claims
    for the prior week were revised to 375,000.") must not open the summary above another report's lead."""
    openers: dict[str, str] = {}
    for s in sorted(chosen, key=lambda s: (s.published, s.rank)):
        if s.index == 0:
            openers.setdefault(s.published, s.doc)
    return lambda s: (s.published, s.doc != openers.get(s.published), s.rank, s.start)


def _full_names_first(chosen: list[_Sentence]) -> list[_Sentence]:
    """The summary in its order, but a sentence that names someone by surname alone ("..., Ruiz said.") waits for the
    first sentence of the same day that names them in full ("Mayor Ana Ruiz signed ...") and comes right after it: an
    article introduces a person before its quotes, and the summary, which picks from several articles, must too. A
    later day's sentence is not waited for (the order in time stays), nor a surname no sentence gives in full."""
    order: list[_Sentence] = []
    introduced: set[str] = set()
    waiting: list[tuple[_Sentence, frozenset[str]]] = []

    def show(sentence: _Sentence) -> None:
        order.append(sentence)
        introduced.update(sentence.named)
        # the sentences waiting for the names now given, in their order (each may give a name another waits for)
        while (held := next((w for w in waiting if w[1] <= introduced), None)) is not None:
            waiting.remove(held)
            order.append(held[0])
            introduced.update(held[0].named)

    for k, sentence in enumerate(chosen):
        day = sentence.published[:10]
        needs = frozenset(name for name in sentence.surnamed - introduced
                          if any(name in s.named and s.published[:10] == day for s in chosen[k + 1:]))
        behind = [w for w in waiting if w[0].doc == sentence.doc]  # an article's sentences keep their order
        if needs or behind:
            waiting.append((sentence, needs.union(*(w[1] for w in behind))))
        else:
            show(sentence)
    return order + [held for held, _ in waiting]


def _near_identical(sentences: list[_Sentence]) -> list[list[_Sentence]]:
    """Groups of near-identical sentences; candidates found through their rarest words."""
    df = Counter(w for s in sentences for w in s.words)
    index: dict[str, list[int]] = defaultdict(list)
    joined: UnionFind[int] = UnionFind(range(len(sentences)))
    for i, s in enumerate(sentences):
        rare = sorted(s.words, key=lambda w: (df[w], w))[:3]
        seen: set[int] = set()
        for w in rare:
            for j in index[w]:
                if j not in seen and joined.find(j) != joined.find(i):
                    seen.add(j)
                    if jaccard(s.words, sentences[j].words) >= NEAR_IDENTICAL and s.facts == sentences[j].facts:
                        joined.union(j, i)
            index[w].append(i)
    groups: dict[int, list[_Sentence]] = defaultdict(list)
    for i, s in enumerate(sentences):
        groups[joined.find(i)].append(s)
    return list(groups.values())


def _score(sentences: list[_Sentence]) -> None:
    """Set each sentence's score (formula in the module docstring)."""
    groups_using: dict[str, set[str]] = defaultdict(set)
    for s in sentences:
        for f in s.features:
            groups_using[f].add(s.group)
    centroid = {f: float(len(g)) for f, g in groups_using.items()}
    norm = math.sqrt(sum(v * v for v in centroid.values())) or 1.0
    for s in sentences:
        centrality = sum(centroid[f] for f in s.features) / (norm * math.sqrt(len(s.features) or 1))
        position = 1.0 / math.sqrt(1 + s.index)
        s.score = 0.4 * centrality + 0.3 * position + 0.1 * s.density + 0.1 * min(s.figures, 1) + 0.1 * min(s.quotes, 1)


def _representative(cluster: list[_Sentence]) -> _Sentence:
    return max(cluster, key=lambda s: (s.score, -s.rank, -s.start))


class _Meaning:
    """Sentence embeddings computed on demand: the summary asks about the few sentences it is
    about to pick, not the hundreds a story holds."""

    def __init__(self, encode: Callable[[list[str]], np.ndarray], likely: Sequence[_Sentence]) -> None:
        self._encode = encode
        self._likely = likely  # encoded in one batch at the first question
        self._rows: dict[int, np.ndarray] = {}

    def _prepare(self, sentences: Sequence[_Sentence]) -> None:
        missing = [s for s in (*self._likely, *sentences) if id(s) not in self._rows]
        if missing:
            self._rows.update(zip((id(s) for s in missing), self._encode([s.text for s in missing]), strict=True))

    def retells(self, sentence: _Sentence, chosen: Sequence[_Sentence]) -> bool:
        """Whether another article's picked sentence tells the same fact (an article's own sentences
        do not retell each other; word overlap covers its repeats)."""
        others = [c for c in chosen if c.doc != sentence.doc and _adds_no_fact(sentence, c)]
        if not others:
            return False
        self._prepare([sentence, *others])
        row = self._rows[id(sentence)]
        return any(float(row @ self._rows[id(c)]) >= _same_fact_cosine(sentence, c) for c in others)


def _same_fact_cosine(sentence: _Sentence, picked: _Sentence) -> float:
    """The cosine at which ``sentence`` retells ``picked``: lower for two plain leads of one day that state the same
    numbers (:data:`SAME_LEAD_SIMILARITY`). Leads of other days, or of an undated article, may tell two events of one
    story ("will be charged with desertion" and, months later, "pleaded guilty to desertion"), and the weaker likeness is
    trusted only between leads stating the same numbers (beside "voted 9 to 2 on Monday", "approved the plan on Monday"
    may be another step)."""
    plain_leads = sentence.index == picked.index == 0 and not sentence.quotes and not picked.quotes
    one_day = bool(sentence.published) and sentence.published[:10] == picked.published[:10]
    same_numbers = sentence.quantities == picked.quantities
    return SAME_LEAD_SIMILARITY if plain_leads and one_day and same_numbers else SAME_FACT_SIMILARITY


def _adds_no_fact(sentence: _Sentence, picked: _Sentence) -> bool:
    """Whether a retelling states no figure the picked sentence lacks, with the same polarity: "21,570
    murders, up 29.4%" adds figures to "murders rose nearly 30%", and "did not approve" disputes
    "approved" (a reader must see both). Numbers count by value ("ten senators" is "10 senators"), and the digits of
    a date or a name ("on Oct. 11" beside "on Monday", "COVID-19") add no fact to a retelling."""
    return (_NEGATED in sentence.facts) == (_NEGATED in picked.facts) and sentence.quantities <= picked.quantities


def _mmr(candidates: list[_Sentence], score: Mapping[int, float], n: int, meaning: _Meaning | None = None) -> list[_Sentence]:
    chosen: list[_Sentence] = []
    pool = sorted(candidates, key=lambda s: (-score[id(s)], s.rank, s.start))
    while pool and len(chosen) < n:
        best, best_value = None, -math.inf
        for s in pool:
            redundancy = max((jaccard(s.words, c.words) for c in chosen), default=0.0)
            if redundancy > MAX_REDUNDANCY:
                continue
            value = MMR_LAMBDA * score[id(s)] - (1 - MMR_LAMBDA) * redundancy
            if value > best_value:
                best, best_value = s, value
        if best is None:
            break
        pool.remove(best)
        if meaning is None or not meaning.retells(best, chosen):
            chosen.append(best)
    return chosen


def _cite(rep: _Sentence, cluster: list[_Sentence]) -> tuple[Span, ...]:
    """One passage per article: an article that says the same thing twice is still one source."""
    others = sorted((s for s in cluster if s is not rep), key=lambda s: (s.rank, s.start))
    spans: dict[str, Span] = {}
    for s in [rep, *others]:
        spans.setdefault(s.doc, Span(doc=s.doc, start=s.start, end=s.end))
    return tuple(spans.values())


# -- timeline ----------------------------------------------------------------------------------


@dataclass(slots=True)
class _Event:
    date: str
    text: str
    words: frozenset[str]
    rank: int
    sources: list[Span]


def build_timeline(
    story_docs: Sequence[Document],
    extractions: Mapping[str, Extraction],
    *,
    encode: Callable[[list[str]], np.ndarray] | None = None,
) -> tuple[TimelineEntry, ...]:
    """Dated events of the story, merged across documents and ordered by date. ``encode`` (texts
    to L2-normalised rows) lets retellings of one day's event in other words merge as well."""
    from newsfuse.extract.quotes import embedded_posts, find_quote_spans

    events: dict[str, list[_Event]] = defaultdict(list)
    for rank, doc in enumerate(story_docs):
        extraction = extractions.get(doc.id)
        if extraction is None:
            continue
        text = doc.text
        posts = embedded_posts(text)
        post_starts = [p.paragraph_start for p in posts]
        # a post's words are quoted words too, dated from the moment of posting
        spans = find_quote_spans(text)
        quoted = sorted([(q.start, q.end) for q in spans] + [(p.start, p.end) for p in posts])
        quotations = _closed_quotations(spans)
        range_ends = _range_ends(extraction.dates, text)
        comparisons = _comparison_points(extraction.dates, text)
        for mention in extraction.dates:
            date = timeline_date(mention)
            if date is None or _restates_now(mention) or _said_when(mention, quoted) or mention.start in range_ends:
                continue
            if mention.start in comparisons or _bound_ago(mention) or _before_the_date(mention, text) \
                    or _ends_a_stretch_of_a_dated_clause(mention, extraction, text) \
                    or _deadline_of_a_dated_clause(mention, extraction, text, doc.published) \
                    or _in_publication_note(mention, extraction, text):
                continue
            mention = _named_event_ahead(mention, text)
            post = _post_dated_by(posts, post_starts, mention)
            event = (_post_event(post, text, extraction.doc, date, rank) if post is not None
                     else _event_of(mention, extraction, text, date, rank, quotations))
            if event is not None and _not_yet(event.text, date, doc.published):
                continue  # "the panel is to report later this month": not yet an event
            if event is not None:
                _merge_event(events[date], event)
    if encode is not None:
        _merge_retellings(events, encode, lambda event: _full_names_in(event, extractions))
    entries = [e for date in sorted(events) for e in sorted(events[date], key=lambda e: (e.rank, e.sources[0].start))]
    return tuple(TimelineEntry(date=e.date, text=e.text, sources=tuple(e.sources)) for e in entries)


# Words that date something from the moment they are spoken: inside a quotation that moment is
# the speech, often days before the article ("And tonight, this arena stands united", said at a
# rally the night before publication), so the publication date cannot place them.
_DEICTIC = re.compile(
    r"\b(?:today|tonight|yesterday|tomorrow|(?:this|last|next) (?:morning|afternoon|evening|night|week|weekend)"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)


def _said_when(mention: DateMention, quoted: Sequence[tuple[int, int]]) -> bool:
    """A date relative to the moment of speaking, inside someone's quoted words."""
    if not _DEICTIC.search(mention.text) or re.search(r"\b\d{4}\b", mention.text):
        return False
    # quoted stretches are in text order and do not overlap: the last one opening before the mention
    index = bisect.bisect_right(quoted, (mention.start, math.inf)) - 1
    return index >= 0 and mention.end <= quoted[index][1]


# Deictic references to the period of writing ("this month", "now", "later this week") restate
# the publication date rather than date an event.
_NOW_WORDS = re.compile(
    r"^(?:(?:earlier|later|early|late) )?(?:now|currently|this (?:week|month|year|season|quarter)|the end of the "
    r"(?:week|month|year)|(?:by )?the end of this (?:week|month|year)|the coming (?:days|weeks|months))$",
    re.IGNORECASE,
)
# A clause about what someone expects or intends, not about what happened. Plain future
# tense and scheduled dates ("the law takes effect in July", "the council will vote on
# Tuesday") stay: a reader of a timeline wants to see what is scheduled next.
_PLAN_CLAUSE = re.compile(
    # "A decision is expected between Easter and Memorial Day", "Snow is forecast to ease Tuesday": an expectation
    # or a forecast, with or without "to"
    r"\b(?:(?:is|are) expected|expects to|plans? to|intends? to|hopes? to"
    r"|(?:is|are) (?:forecast|forecasted|projected|predicted) to)\b"
    # "Democrats hope on Tuesday to advance the bill": the day between the verb and its "to"
    r"|\b(?:expects?|plans?|intends?|hopes?)\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"today|tonight)\s+to\b",
    re.IGNORECASE,
)
# "projected the peak will occur on Aug. 24", "predicts that prices would fall by June": a forecast said as a clause,
# of a day after the article (a forecast made that day, "predicted Friday that the storm would weaken", is the
# day's event).
_FORECAST_CLAUSE = re.compile(
    r"\b(?:projected|projects|predicted|predicts|forecast|forecasts|forecasted)\s+(?:that\s+)?"
    r"(?:[\w'’-]+\s+){1,4}(?:will|would)\b",
    re.IGNORECASE,
)
# A clause dated after its article that only says what may happen ("shortages that may hit this
# Christmas", "could return to the platform on Jan. 7") tells of no event. Lower case only: "May" is
# a month; and only for later days, as a clause of the day itself often holds a modal beside its
# event ("the bill he unveiled today, which might alienate ..."). So does what ought to happen ("Come
# September, all pupils ought to be back in class", "the vote should take place next week").
_SPECULATION = re.compile(r"\b(?:may|might|could|should|ought to)\b")


# "the fastest pace since August 2008", "the first time since 1991": the date after a superlative's
# "since" is the point a record is measured from; nothing the text reports happened on it (the
# article says only that nothing bigger did since). A clause after "since" ("since the army
# withdrew in August") is an event and stays.
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:at\s+least\s+|as\s+far\s+back\s+as\s+)?$", re.IGNORECASE)
_SUPERLATIVE = re.compile(
    r"\b(?:most|least|fewest|first|highest|lowest|largest|biggest|smallest|fastest|slowest|sharpest|steepest|"
    r"strongest|weakest|worst|best|deadliest|hottest|coldest|warmest|wettest|driest|greatest|longest|shortest|"
    r"heaviest|busiest|cheapest|quickest|deepest|tightest|earliest|widest|only)\b",
    re.IGNORECASE,
)


# "conducted June 27-30", "the summit runs Thursday through Saturday": one event over a stretch of days,
# filed under the day it began. Its last day gave a second entry with the same clause.
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|through|thru|until|till)\s*", re.IGNORECASE)


def _range_ends(mentions: Sequence[DateMention], text: str) -> frozenset[int]:
    """Starts of the date mentions that close a range opened by the mention right before them."""
    ordered = sorted(mentions, key=lambda m: m.start)
    return frozenset(
        later.start for earlier, later in itertools.pairwise(ordered)
        if earlier.end <= later.start and timeline_date(earlier) is not None
        and (_RANGE_JOIN.fullmatch(text[earlier.end : later.start])
             or text[earlier.end : later.start].strip(" ,").lower() == "and"
             and (_BETWEEN_BEFORE.search(text[max(0, earlier.start - 20) : earlier.start])
                  or _next_period(timeline_date(earlier), timeline_date(later))))
    )


def _next_period(first: str | None, second: str | None) -> bool:
    """"during May and June", "on Monday and Tuesday": the second of two joined dates is the first's next month or
    day, one stretch with one clause, filed under its start (two entries had given the clause twice). Dates
    apart ("in March and September") stay two."""
    if first is None or second is None or len(first) != len(second):
        return False
    if len(first) == 7:
        year, month = int(first[:4]), int(first[5:])
        return second == (f"{year + 1}-01" if month == 12 else f"{year}-{month + 1:02d}")
    return second == (datetime.date.fromisoformat(first) + datetime.timedelta(days=1)).isoformat()


# "between June 2017 and May 2018": one stretch, filed under its start like "from June 2017 to May 2018".
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)


# "figures not seen since March 2020", "a level unseen since 1980": like a superlative's "since", the
# date a level is measured from. A person or a thing "not seen since March 3" was seen then: it stays.
_UNSEEN_SINCE_BEFORE = re.compile(
    r"\b(?:levels?|lows?|highs?|figures?|numbers?|rates?|prices?|pace|totals?|counts?|heights?|depths?|scale)\s+"
    r"(?:(?:not|never)\s+(?:been\s+)?|un)(?:seen|recorded|reached|witnessed)\s+since\s+$",
    re.IGNORECASE,
)


# "prices rose 0.6%, slightly less than in April": the date after "than" is what the event is
# measured against, not when it happened.
_THAN_BEFORE = re.compile(
    r"\b(?:than|compared (?:with|to))\s+(?:(?:was|were|had\s+been|has\s+been)\s+[a-z]+ed\s+)?(?:(?:in|on|at|during)\s+)?"
    r"(?:the\s+)?$", re.IGNORECASE)
# "faster than the 0.6% increase in May", "compared with the 2,100 recorded in March": the date of the
# quantity compared against. A definite article is asked for: "more than a year in prison in 2019" is a hedge.
_THAN_THE_BEFORE = re.compile(
    r"\b(?:than|compared (?:with|to))\s+(?:(?:half|twice|double|triple|a\s+(?:third|quarter|fraction)\s+of)\s+)?"
    r"(?:the|its|their|last\s+\w+'s)\s+(?:[\w.,%$€£'’-]+\s+){1,5}"
    r"(?:in|on|during|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "fell to 4.1% in May from 4.4% in April", "up from 1,130 on June 3", "a decrease from the 151,000 case
# average two weeks ago on August 24", "down from 943,000 jobs added in July": the date of the level a change
# started from. Filed under it, the clause (about the change) would say the change happened then.
_FROM_LEVEL_BEFORE = re.compile(
    r"\bfrom\s+(?:(?:an?|the)\s+(?:[a-z][a-z-]*\s+){0,2})?[$€£]?\d[\d,.]*(?:\s*(?:%|percent|per cent))?"
    r"(?:\s+[a-z][a-z-]*){0,2}\s+(?:(?:a|one|two|three|four|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier)\s+)?"
    r"(?:in|on|at|during)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "about what they were a month earlier", "where it stood in March", "higher than it was last year": the time of the
# level a figure is compared with ("as he did Monday" tells an event of that day, and stays).
_LEVEL_THEN_BEFORE = re.compile(
    r"\b(?:what|where|than|as)\s+(?:it|they|he|she|we|prices|rates?)\s+(?:was|were|had\s+been|stood)\s+"
    r"(?:(?:in|on|at|during)\s+)?(?:the\s+)?$", re.IGNORECASE)


# "apprehended 212,672 people, up from June", "slipped in May from a record high in April": the month a change
# started from, named alone or by the level it held then.
_FROM_PERIOD_BEFORE = re.compile(
    r"\b(?:up|down|higher|lower|rising|falling|climbing|dropping)\s+from\s+$"
    r"|\bfrom\s+(?:an?|the|its|their)\s+(?:[a-z-]+\s+){0,3}(?:high|low|peak|level|record|rate|pace)\s+"
    r"(?:in|on|at|during)\s+(?:the\s+)?$", re.IGNORECASE)


# "a 3% increase over the prior month", "rose 4% from the previous month": the period a change is
# measured from. Only a period named relative to another ("the prior month", "a year earlier", "last
# year"), as "over the summer" or "from May to June" may be when the change happened.
_CHANGE_WORDS = (r"\b(?:increases?|decreases?|rises?|rose|drops?|dropped|gains?|declines?|declined|jump(?:s|ed)?|falls?|"
                 r"fell|growth|up|down|higher|lower|more|less)\b")
_CHANGE_BASE_BEFORE = re.compile(_CHANGE_WORDS + r"[^.;:]{0,40}?\b(?:over|from)\s+$", re.IGNORECASE)
_RELATIVE_BASE = re.compile(r"^(?:the\s+)?(?:prior|previous|preceding|same|year-earlier|year-ago)\b|^a year (?:earlier|before|ago)$"
                            r"|^last\b", re.IGNORECASE)


# "rose 0.3% in August from July": the month right after "<date> from" is the one the change is counted from,
# unless a stretch goes on ("from July to September"). "the 0.5% rate in July and the 0.9% in June": a second
# quantity joined to a compared one is compared too.
_FROM_RIGHT_AFTER_A_DATE = re.compile(r"^\s+from\s+(?:the\s+)?$", re.IGNORECASE)
_STRETCH_GOES_ON = re.compile(r"^\s*(?:-|–|—|to\b|through\b|thru\b|until\b|till\b)", re.IGNORECASE)
_CHANGE_CLAUSE = re.compile(_CHANGE_WORDS, re.IGNORECASE)

# "consumer prices in June rose 0.9% from May", "his rating is down 4 points from December": a change by an amount
# "from" a period is counted from it (filed under May, the rise would be May's). A stretch that goes on ("rose 5% from
# May to July") is left as it is.
_CHANGE_BY_FROM_BEFORE = re.compile(
    _CHANGE_WORDS + r"\s+(?:by\s+)?(?:(?:about|nearly|almost|roughly|some|just|only|over|under)\s+)?[$€£]?\d[\d,.]*"
    r"(?:\s*(?:%|percent|per\s+cent|percentage\s+points?|points?|million|billion|thousand))?\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)

_JOINED_COMPARAND = re.compile(
    r"^\s*,?\s*(?:and|or)\s+(?:the|its|their)\s+(?:[\w.,%$€£'’-]+\s+){1,5}(?:in|on|during|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _comparison_points(mentions: Sequence[DateMention], text: str) -> frozenset[int]:
    """Starts of the date mentions that date what an event is measured against (:func:`_comparison_point`),
    with those the mention before them passes the comparison on to."""
    points: set[int] = set()
    previous: DateMention | None = None
    for mention in sorted(mentions, key=lambda m: m.start):
        if _comparison_point(mention, text) or previous is not None and _compared_after(previous, mention, text, points):
            points.add(mention.start)
        previous = mention
    return frozenset(points)


def _compared_after(previous: DateMention, mention: DateMention, text: str, points: set[int]) -> bool:
    if previous.end > mention.start:
        return False
    between = text[previous.end : mention.start]
    if previous.start in points and _JOINED_COMPARAND.match(between):
        return True
    if not _FROM_RIGHT_AFTER_A_DATE.match(between) or _STRETCH_GOES_ON.match(text[mention.end :]):
        return False
    sentence_before = re.split(r"(?<=[.!?])\s", text[max(0, previous.start - 160) : previous.start])[-1]
    return bool(_CHANGE_CLAUSE.search(_CLAUSE_BREAK.split(sentence_before)[-1]))


def _comparison_point(mention: DateMention, text: str) -> bool:
    """A date a reported event is measured against, not one it happened on: after "than", after a
    superlative's "since", dating the level a change started from, or the period a change is counted
    over ("a 3% increase over the prior month")."""
    before = text[max(0, mention.start - 160) : mention.start]
    sentence_before = re.split(r"(?<=[.!?])\s", before)[-1]
    if _THAN_BEFORE.search(before) or _FROM_LEVEL_BEFORE.search(before) or _UNSEEN_SINCE_BEFORE.search(before) \
            or _THAN_THE_BEFORE.search(sentence_before) or _FROM_PERIOD_BEFORE.search(sentence_before) \
            or _LEVEL_THEN_BEFORE.search(sentence_before):
        return True
    if _CHANGE_BY_FROM_BEFORE.search(sentence_before) and not _STRETCH_GOES_ON.match(text[mention.end :]):
        return True
    if _RELATIVE_BASE.match(mention.text.strip()) and _CHANGE_BASE_BEFORE.search(before):
        return True
    if not _SINCE_BEFORE.search(before):
        return False
    clause = _CLAUSE_BREAK.split(sentence_before)[-1]
    return bool(_SUPERLATIVE.search(clause) or _CHANGE_VERB.search(clause.rsplit(",", 1)[-1]))


# "claims have dropped by 35% since late April": like a superlative's "since", the point a change is counted from.
# Verbs only, in the stretch right before "since": a state "down since Tuesday" (an outage) began then, and that is
# an event, as is "bumping the case since December" after "declining to serve" (a refusal, no change).
_CHANGE_VERB = re.compile(
    rf"\b(?!declin\w*\s+to\b)(?:{CHANGE_VERBS}|(?:doubl|tripl)(?:e[sd]?|ing)(?!\s+down\b)|halved?)\b", re.IGNORECASE)


def _ends_a_stretch_of_a_dated_clause(mention: DateMention, extraction: Extraction, text: str) -> bool:
    """Whether the date ends a stretch ("called on Wednesday for a moratorium until the end of September")
    in a sentence that dates its event otherwise: filed under September the entry would say the call was
    made then. Alone in its sentence ("the ban runs until Sept. 30") the end is the entry."""
    if not ends_a_stretch(text[max(0, mention.start - 40) : mention.start]):
        return False
    s_start, s_end = sentence_at(extraction, text, mention.start, mention.end)
    return any(other is not mention and s_start <= other.start < s_end and timeline_date(other) is not None
               and not ends_a_stretch(text[max(0, other.start - 40) : other.start])
               for other in extraction.dates)


# "asked him in a letter Friday to bring up a motion by July 31": a deadline after the article, in a sentence that
# dates its event otherwise, is when something is due, not when the clause happened (filed under July 31 the entry
# said the letter was sent then). A past "by" ("by Tuesday the toll had reached 12") dates a state reached then, a
# deadline alone in its sentence ("applications must be in by Friday") is the entry, and so is a reported clause the
# extract stage set apart with its deadline ("said Wednesday that rescue teams would reach the valley by Friday").
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)


def _deadline_of_a_dated_clause(mention: DateMention, extraction: Extraction, text: str, published: str | None) -> bool:
    if mention.event_start is not None:
        return False  # "officials said Wednesday that rescue teams would reach the valley by Friday": its own clause
    date = timeline_date(mention)
    if not published or date is None or date <= published[: len(date)] \
            or not _BY_BEFORE.search(text[max(0, mention.start - 20) : mention.start]):
        return False
    s_start, s_end = sentence_at(extraction, text, mention.start, mention.end)
    return any(other is not mention and s_start <= other.start < s_end and timeline_date(other) is not None
               and not _BY_BEFORE.search(text[max(0, other.start - 20) : other.start])
               for other in extraction.dates)


# "more than six months ago", "less than two weeks ago": a bound, so the event lies before (or after) the month or
# week the value names, not in it; filed under it the timeline would date the event there.
_BOUND_AGO = re.compile(r"^(?:more|less|fewer) than\b.*\bago$|^(?:over|under|at least)\b.*\bago$", re.IGNORECASE)


def _bound_ago(mention: DateMention) -> bool:
    return bool(_BOUND_AGO.match(mention.text.strip()))


# "support given to two of the hijackers before Sept. 11, 2001", "talks went on ahead of Tuesday": the clause's event
# lies before the day, not on it, and filed under it the timeline would date the event there. A time of day stays:
# "passed just before midnight Tuesday" happened that day.
_BEFORE_THE_DATE = re.compile(r"\b(?:before|prior\s+to|ahead\s+of|in\s+the\s+run-up\s+to)\s+(?:the\s+)?$",
                              re.IGNORECASE)
_TIME_OF_DAY = re.compile(r"\b(?:midnight|noon|dawn|daybreak|sunrise|sunset|dusk|a\.m\.|p\.m\.|o'clock)", re.IGNORECASE)


def _before_the_date(mention: DateMention, text: str) -> bool:
    if mention.event_start is not None:
        return False  # "ahead of the Nov. 3 election": the entry is the election, which is on that day
    if mention.type == "TIME" or _TIME_OF_DAY.search(mention.text):
        return False
    return bool(_BEFORE_THE_DATE.search(text[max(0, mention.start - 30) : mention.start]))


# "ORIGINALLY PUBLISHED JANUARY 2021: ...", "This story was first published on July 12, 2020.", "Editor's note: this
# article first appeared in March": when the text was published before, not an event of the story.
_PUBLICATION_NOTE = re.compile(
    r"\W*(?:editor['’]?s[ \t]+note[ \t]*[:.–—-][ \t]*)?"
    r"(?:(?:this|the)[ \t]+(?:story|article|piece|column|essay|report|interview|post|op-ed|video|episode)[ \t]+"
    r"(?:(?:was|is|has[ \t]+been)[ \t]+)?)?(?:originally|first|previously)[ \t]+(?:published|posted|appeared|ran|aired)\b",
    re.IGNORECASE,
)
# Where such a note stops: at its colon when an article goes on after it on the same line, or at the sentence's end.
_NOTE_LABEL = re.compile(r"[^:.;\n]{0,80}:[ \t]+")


def _in_publication_note(mention: DateMention, extraction: Extraction, text: str) -> bool:
    s_start, _ = sentence_at(extraction, text, mention.start, mention.end)
    para_start = text.rfind("\n\n", s_start, mention.start)
    start = para_start + 2 if para_start != -1 else s_start
    note = _PUBLICATION_NOTE.match(text, start, mention.start)
    return note is not None and not re.search(r"[:;]|[.!?]\s", text[note.end():mention.start])


def _after_publication_note(text: str, start: int, end: int) -> int:
    """Where a clause opening with a publication note ("ORIGINALLY PUBLISHED JANUARY 2021: In the months
    before ...") starts once the note is left out."""
    note = _PUBLICATION_NOTE.match(text, start, end)
    label = _NOTE_LABEL.match(text, note.end(), end) if note is not None else None
    return label.end() if label is not None else start


# "Barriers set up ahead of the rally on Saturday came down on Sunday", "installed fencing before the march on
# Saturday": the day is the named event's, and the clause happened before it, whatever the parse hung the day on.
# A "before" of place is left alone ("testified before the committee on Tuesday", "appeared before a judge"). The event's
# name in quotation marks may stand before its noun ("ahead of the “Free the Port” rally on Saturday").
_NAMED_EVENT_AHEAD = re.compile(
    r"\b(?:before|ahead\s+of|prior\s+to|in\s+the\s+run-up\s+to)\s+"
    r"((?:the|a|an|this|next|his|her|its|their)\s+(?:[\"“‘'][^\"“”‘’\n]{1,40}[\"”’']\s+)?(?:[a-z][\w'’-]*\s+){0,3}?)"
    r"(?:on|in)\s+$")
_AUDIENCES = frozenset({
    "court", "judge", "jury", "panel", "committee", "subcommittee", "lawmakers", "congress", "senators", "magistrate",
    "tribunal", "board", "commission", "crowd", "audience", "cameras", "reporters", "voters", "supporters", "parliament",
})  # fmt: skip


def _named_event_ahead(mention: DateMention, text: str) -> DateMention:
    """``mention`` dating only the event the clause happened before, when it names one ("the rally on Saturday")."""
    if mention.event_start is not None or mention.type == "TIME" or _TIME_OF_DAY.search(mention.text):
        return mention
    ahead = _NAMED_EVENT_AHEAD.search(text, max(0, mention.start - 60), mention.start)
    if ahead is None or set(words(ahead.group(1).lower())) & _AUDIENCES:
        return mention
    return replace(mention, event_start=ahead.start(1), event_end=mention.end)


def _restates_now(mention: DateMention) -> bool:
    return bool(_NOW_WORDS.match(mention.text.strip()))


def _not_yet(clause: str, date: str, published: str | None) -> bool:
    day = (published or "")[: len(date)]
    if date >= day and _PLAN_CLAUSE.search(clause):
        return True
    return published is not None and date > day and bool(_SPECULATION.search(clause) or _FORECAST_CLAUSE.search(clause))


def timeline_date(mention: DateMention) -> str | None:
    """The day (``YYYY-MM-DD``) or month (``YYYY-MM``) a date mention points at, if any."""
    if (
        mention.value is None
        or mention.type.upper() in {"DURATION", "SET"}
        or mention.grain.lower() in {"duration", "set"}
    ):
        return None
    match = _TIMELINE_VALUE.match(mention.value)
    return match.group(1) if match else None


def _post_dated_by(posts: Sequence[EmbeddedPost], starts: Sequence[int], mention: DateMention) -> EmbeddedPost | None:
    """The embedded post whose sign-off date is ``mention`` ("— Jane Roe (@janeroe) May 3, 2019").
    Posts are in text order, one per paragraph (``starts``: their paragraph starts), so the
    candidate is the last one starting before it."""
    index = bisect.bisect_right(starts, mention.start) - 1
    post = posts[index] if index >= 0 else None
    if post is None or post.date_start is None or post.date_end is None:
        return None
    return post if post.date_start <= mention.start < post.date_end else None


def _post_event(post: EmbeddedPost, text: str, doc: str, date: str, rank: int) -> _Event:
    """The post as the day's event: its words and who posted them, as the article prints them."""
    end = post.handle_end + (text[post.handle_end:post.handle_end + 1] == ")")
    return _Event(date=date, text=text[post.start:end], words=frozenset(content_words(text[post.start:post.end])),
                  rank=rank, sources=[Span(doc=doc, start=post.start, end=end)])


def _event_of(mention: DateMention, extraction: Extraction, text: str, date: str, rank: int,
              quotations: Sequence[tuple[int, int]] = ()) -> _Event | None:
    if mention.event_start is not None and mention.event_end is not None:
        c_start, c_end = _within_its_paragraph(text, mention.event_start, mention.event_end, mention)  # a noun phrase
    else:
        s_start, s_end = sentence_at(extraction, text, mention.start, mention.end)
        c_start, c_end = _clause(text, s_start, s_end, mention.start)
        c_start = _after_publication_note(text, _quotation_opening(quotations, text, c_start), c_end)
        c_end = _before_a_part_dated_apart(extraction, text, mention, c_start, c_end, quotations)
    c_end = _with_its_ellipsis(text, c_end)
    clause = text[c_start:c_end]
    rest = (clause[: mention.start - c_start] + " " + clause[mention.end - c_start :]).strip()
    if DATELINE.search(clause) or len(words(rest)) < 3 or _names_a_period_only(rest):
        return None
    event_words = frozenset(content_words(rest))
    return _Event(
        date=date,
        text=clause,
        words=event_words,
        rank=rank,
        sources=[Span(doc=extraction.doc, start=c_start, end=c_end)],
    )


def _within_its_paragraph(text: str, start: int, end: int, mention: DateMention) -> tuple[int, int]:
    """``text[start:end]`` cut to the paragraph of ``mention``: the parse can hang the next paragraph on a phrase ("the
    Jan. 6 attack in Washington D.C." ran on into the blank line after it), as the clause of a sentence never does."""
    before = text.rfind("\n\n", start, mention.start)
    after = text.find("\n\n", mention.end, end)
    start = before + 2 if before != -1 else start
    end = after if after != -1 else end
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# What sets off a later part of a sentence that another date dates ("..., and crews removed it on Monday", "..., with
# strict enforcement starting Sept. 13"; `extract.with_dated_phrase`).
# A comma alone is no such opening: an apposition after it ("Sergei Skripal, an ex-spy poisoned last week") is part of
# the clause.
_PART_OPENING = re.compile(r",\s*(?:and|but|with|while)\s+$", re.IGNORECASE)


def _before_a_part_dated_apart(extraction: Extraction, text: str, mention: DateMention, start: int, end: int,
                               quotations: Sequence[tuple[int, int]] = ()) -> int:
    """Where the clause of ``mention`` ends: before a later part, set off by a comma, that another date dates
    ("The curfew takes effect Aug. 16, with strict enforcement starting Sept. 13": Aug. 16's entry is the curfew
    taking effect, Sept. 13's the enforcement). Not inside a quotation, whose words would lose their end."""
    for other in extraction.dates:
        if other.event_start is None or not mention.end <= other.event_start < end \
                or (other.value or "")[:10] == (mention.value or "")[:10]:
            continue
        opening = _PART_OPENING.search(text, start, other.event_start)
        if opening is not None and opening.start() >= mention.end \
                and not any(a < opening.start() < b for a, b in quotations):
            return opening.start()
    return end


# The mark of a cut the source made ("... either in January...", "... beside the pier...."): the entry keeps it, or it
# would read as the whole of what the source said.
_ELLIPSIS = re.compile(r"\.{3,}|…|\. \. \.")


def _with_its_ellipsis(text: str, end: int) -> int:
    mark = _ELLIPSIS.match(text, end)
    return mark.end() if mark is not None else end


def _quotation_opening(quotations: Sequence[tuple[int, int]], text: str, start: int) -> int:
    """Where an entry starting at ``start`` must start: at the opening mark of a quotation it would start
    inside ('... consequences. The moratorium is one such decision," the judge ruled on Wednesday' showed
    the judge's words as no one's, with a stray closing mark), when that mark is in the same paragraph."""
    for open_mark, end in quotations:
        if open_mark < start < end and start - open_mark <= _QUOTATION_LEAD_MAX and "\n\n" not in text[open_mark:start]:
            return open_mark
    return start


# How far back an entry reaches for the opening of its quotation (about two sentences): a long speech
# quoted whole would bury the dated words.
_QUOTATION_LEAD_MAX = 300


# Words of a phrase that names a stretch of time and nothing that happened in it: "the week ended
# May 15", "the quarter ending in June", "the first half of 2021".
_PERIOD_WORDS = frozenset({
    "the", "a", "week", "month", "year", "quarter", "period", "day", "weekend", "half", "season", "fiscal", "end",
    "ended", "ending", "first", "second", "third", "fourth", "last", "of", "in", "to", "through",
})  # fmt: skip


def _names_a_period_only(rest: str) -> bool:
    return all(w.lower() in _PERIOD_WORDS for w in words(rest))


def _clause(text: str, start: int, end: int, at: int) -> tuple[int, int]:
    """The clause of ``text[start:end]`` holding offset ``at`` (cut at ";" and dashes)."""
    # A sentence never runs across paragraphs here: a dateline paragraph glued to the lead by the
    # sentence splitter must not become part of the event.
    para_start = text.rfind("\n\n", start, at)
    para_end = text.find("\n\n", at, end)
    start = para_start + 2 if para_start != -1 else start
    end = para_end if para_end != -1 else end
    sentence = text[start:end]
    # A dash inside a quotation is the quoted words' own ("flagged as “needs replacement – priority” in
    # November"), not a break of the sentence: the event would start inside the quotation.
    quoted = [m.span() for m in _QUOTED.finditer(sentence)]
    breaks = (m for m in _CLAUSE_BREAK.finditer(sentence) if not any(a < m.start() < b for a, b in quoted))
    found = list(breaks)
    cuts = [0] + [m.end() for m in found] + [len(sentence) + 1]
    for index, (a, b) in enumerate(itertools.pairwise(cuts)):
        if start + a <= at < start + b:
            if index >= 2 and _after_dashed_aside(sentence, found[index - 2], found[index - 1], a):
                a = cuts[index - 2]  # "its board — the group it set up — said Wednesday": the subject is before the aside
            if index + 1 < len(found) and _after_dashed_aside(sentence, found[index], found[index + 1], cuts[index + 2]):
                b = cuts[index + 3]  # "requires the whole work force — public and private — to hold a pass": it goes on
            c_start, c_end = _trim(text, start + a, min(start + b - 1, end))
            piece = text[c_start:c_end].rstrip(";—–- ")
            if len(words(piece)) >= 5:
                return c_start, c_start + len(piece)
            break
    return _trim(text, start, end)


def _after_dashed_aside(sentence: str, opening: re.Match[str], closing: re.Match[str], at: int) -> bool:
    """Whether the clause from ``at`` goes on the sentence an aside between two dashes interrupted: the
    two breaks before it are dashes, and it opens on a lower-case word (a verb without its subject)."""
    is_dash = all(m.group(0).strip() in ("—", "–", "--") for m in (opening, closing))
    return is_dash and sentence[at:at + 1].islower()


def _same_event(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two clauses of one date tell the same event when most of the shorter one's words recur."""
    shared = len(a & b)
    return shared >= 2 and shared / min(len(a), len(b)) >= TIMELINE_OVERLAP


def _merge_retellings(events: dict[str, list[_Event]], encode: Callable[[list[str]], np.ndarray],
                      names: Callable[[_Event], frozenset[str]] = lambda event: frozenset()) -> None:
    """Merge same-day (or same-month) events of different articles whose clauses have a cosine of at least
    :data:`TIMELINE_SIMILARITY`, each into the earliest-ranked event it matches. Months too: two outlets' "added
    just 238,000 jobs in September" and "hired only 238,000 workers in September" had been two entries of one
    month. ``names`` gives the full names an event's clauses hold (:func:`_full_names_in`)."""
    days = [date for date, found in events.items() if len(found) > 1]
    texts = [e.text for date in days for e in events[date]]
    if not texts:
        return
    vectors = iter(encode(texts))
    for date in days:
        found = sorted(events[date], key=lambda e: (e.rank, e.sources[0].start))
        rows = [next(vectors) for _ in found]
        kept = _merged_into_earlier(list(zip(found, rows, strict=True)), lambda k, e, cosine: cosine >= TIMELINE_SIMILARITY)
        # then entries still apart that give one exact figure: after the closer retellings found each other, so that
        # a near one does not take an event whose article a closer retelling would have brought in
        kept = _merged_into_earlier(kept, _retells_a_figure)
        kept = _merged_into_earlier(kept, lambda k, e, cosine: _retells_of_one_actor(k, e, cosine, names))
        events[date] = [k for k, _ in kept]


def _merged_into_earlier(found: list[tuple[_Event, np.ndarray]], retells: Callable[[_Event, _Event, float], bool]
                         ) -> list[tuple[_Event, np.ndarray]]:
    """``found`` (events in rank order with their vectors), each merged into the first earlier event of other articles
    it ``retells``."""
    kept: list[tuple[_Event, np.ndarray]] = []
    for event, row in found:
        home = next((k for k, v in kept if _other_articles(k, event) and retells(k, event, float(v @ row))), None)
        if home is None:
            kept.append((event, row))
        else:
            for source in event.sources:
                _add_source(home, source)
    return kept


# An exact figure: thousands written with commas ("412,000") or a decimal ("3.5", "4.8"). Round small numbers ("two",
# "10 people") recur across a story's different events.
_EXACT_FIGURE = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?!,?\d)|(?<![\d,.])\d+\.\d+(?!\.?\d)")


def _retells_a_figure(kept: _Event, event: _Event, cosine: float) -> bool:
    """Whether ``event`` retells ``kept`` (same date, another article) nearly as closely as a retelling, giving one
    exact figure of it."""
    return cosine >= TIMELINE_FIGURE_SIMILARITY and bool(
        set(_EXACT_FIGURE.findall(kept.text)) & set(_EXACT_FIGURE.findall(event.text)))


def _retells_of_one_actor(kept: _Event, event: _Event, cosine: float, names: Callable[[_Event], frozenset[str]]) -> bool:
    """Whether ``event`` retells ``kept`` (same date, another article) nearly as closely as a retelling, both naming
    one person or organisation in full: "Frances Haugen detailed to a Senate panel Tuesday the documents" and
    "whistleblower Frances Haugen, who blasted her ex-employer during Senate testimony on Tuesday" (cosine 0.49) are
    one event. A place is no actor ("a call about the collapse in Surfside" and "declared a state of emergency after
    the Surfside collapse" are two), nor is a one-word name ("the Senate", "Democrats") that every event of a
    story may hold."""
    return cosine >= TIMELINE_FIGURE_SIMILARITY and bool(names(kept) & names(event))


# Entity types that act: a person or an organisation ("the Centers for Disease Control and Prevention").
_ACTOR_TYPES = frozenset({"PERSON", "ORG"})


def _full_names_in(event: _Event, extractions: Mapping[str, Extraction]) -> frozenset[str]:
    """The names of two words or more of people and organisations inside the event's clauses, in the form entity
    keys compare them (:func:`normalise_name`: lower-cased, no leading "the", possessive, accents or stops)."""
    found = set()
    for source in event.sources:
        extraction = extractions.get(source.doc)
        for mention in extraction.mentions if extraction is not None else ():
            if mention.type in _ACTOR_TYPES and source.start <= mention.start and mention.end <= source.end:
                name = normalise_name(mention.text)
                if len(name.split()) >= 2:
                    found.add(name)
    return frozenset(found)


def _other_articles(a: _Event, b: _Event) -> bool:
    return not {s.doc for s in a.sources} & {s.doc for s in b.sources}


def _merge_event(same_date: list[_Event], event: _Event) -> None:
    for known in same_date:
        if _same_event(known.words, event.words):
            _add_source(known, event.sources[0])
            return
    same_date.append(event)


def _add_source(event: _Event, source: Span) -> None:
    """Add ``source`` unless its article is cited already: an article retelling its own event
    (lead and body) is one source of it."""
    if all(s.doc != source.doc for s in event.sources):
        event.sources.append(source)


# -- framing -----------------------------------------------------------------------------------


def outlet_of(doc: Document) -> str:
    if doc.outlet:
        return doc.outlet
    if doc.url:
        try:
            host = urlparse(doc.url).netloc.lower()
        except ValueError:  # a malformed address ("http://[broken") names no outlet
            return "unknown"
        return host[4:] if host.startswith("www.") else host or "unknown"
    return "unknown"


def compare_framing(
    story_docs: Sequence[Document],
    extractions: Mapping[str, Extraction],
    *,
    lifted: Lifted | None = None,
) -> tuple[Framing, ...]:
    """How each outlet of the story frames it: loaded terms, whose voices, tone.

    A syndication group is read once, as the words of its original's outlet (:func:`_group_readers`):
    ten outlets printing a wire story do not each take on its wording, nor does the wire's count double.
    Paragraphs a document lifted from another (``lifted``: doc id -> (start, end, lender), see
    :func:`newsfuse.link.dedup.lifted_passages`) are left out of its own text and voices.
    """
    readers, reprinted = _group_readers(story_docs)
    by_outlet: dict[str, list[Document]] = defaultdict(list)
    for doc in readers:
        by_outlet[outlet_of(doc)].append(doc)
    borrowed = {d.id: [(start, end) for start, end, _ in (lifted or {}).get(d.id, ())] for d in readers}
    own_text = {
        outlet: [_own_voice(d.text, extractions.get(d.id), borrowed[d.id]) for d in docs]
        for outlet, docs in by_outlet.items()
    }
    # an outlet's word is loaded when no other outlet uses it at all, even to state an omission
    strong_words: dict[str, Counter[str]] = {}
    used_words: dict[str, set[str]] = {}
    for outlet, texts in own_text.items():
        strong_words[outlet], used_words[outlet] = _strong_words(texts)
    # a speaker is shown under one name in every outlet's row
    labels = voice_labels([q for d in readers if d.id in extractions for q in extractions[d.id].quotes],
                          {d.id: d.text for d in readers})
    framings = []
    for outlet in sorted(by_outlet):
        texts = own_text[outlet]
        loaded = Counter(m.group(1).lower().replace("\n", " ") for t in texts for m in _LOADED_RE.finditer(t)
                         if _loaded_use(t, m))
        loaded = Counter({" ".join(k.split()): v for k, v in loaded.items()})
        if len(by_outlet) > 1:
            others = set().union(*(w for o, w in used_words.items() if o != outlet))
            for word, count in strong_words[outlet].items():
                if word not in others and word not in loaded:
                    loaded[word] = count
        quotes = [
            q
            for d in by_outlet[outlet]
            for q in (extractions[d.id].quotes if d.id in extractions else ())
            if not any(start <= q.start < end for start, end in borrowed[d.id])
        ]
        framings.append(
            Framing(
                outlet=outlet,
                loaded_terms=tuple(sorted(loaded, key=lambda t: (-loaded[t], t))),
                voices=voices(quotes, labels),
                tone=tone(texts),
                reprinted_by=tuple(sorted(reprinted[outlet])),
            )
        )
    return tuple(framings)


def first_own_uses(
    docs: Sequence[Document], extractions: Mapping[str, Extraction], terms: Sequence[str]
) -> dict[str, tuple[str, int, int] | None]:
    """Where an outlet's documents first use each loaded term in their own words (quotations and reported speech
    masked, as :func:`compare_framing` reads them): term -> (doc id, start, end), so a reader can see it in its
    sentence; None when it is not found there."""
    patterns = {t: re.compile(r"(?<![\w-])" + _term_pattern(t) + r"(?![\w-])", re.IGNORECASE) for t in terms}
    uses: dict[str, tuple[str, int, int] | None] = dict.fromkeys(terms)
    for doc in docs:
        if all(uses.values()):
            break
        own = _own_voice(doc.text, extractions.get(doc.id))
        for term, pattern in patterns.items():
            if uses[term] is None:
                found = next((m for m in pattern.finditer(own) if _loaded_use(own, m)), None)
                if found is not None:
                    uses[term] = (doc.id, found.start(), found.end())
    return uses


def _group_readers(story_docs: Sequence[Document]) -> tuple[list[Document], dict[str, set[str]]]:
    """One document per syndication group (its original when the story holds it, else its earliest copy),
    in story order, and for each outlet the other outlets whose copies of its articles were set aside."""
    from newsfuse.link.dedup import canonical_order, syndication_groups

    groups = syndication_groups(story_docs, {})
    members: dict[str, list[Document]] = defaultdict(list)
    for doc in story_docs:
        members[groups[doc.id]].append(doc)
    chosen: set[str] = set()
    reprinted: dict[str, set[str]] = defaultdict(set)
    for group, docs in members.items():
        reader = next((d for d in docs if d.id == group), None) or min(docs, key=canonical_order)
        chosen.add(reader.id)
        outlet = outlet_of(reader)
        reprinted[outlet].update(other for d in docs if (other := outlet_of(d)) != outlet)
    return [d for d in story_docs if d.id in chosen], reprinted


def _own_voice(text: str, extraction: Extraction | None, hidden: Sequence[tuple[int, int]] = ()) -> str:
    """``text`` with long direct quotes, quotations of a named speaker, words named as words ('the term
    "genocide"'), reported speech (but "according to") and the ``hidden`` spans blanked out (offsets kept); scare
    quotes (one to three words no one is named for) left. What a subject is said to cast or see something "as"
    ("casting its opponents as dangerous") is blanked too: the subject's judgement, not the outlet's."""
    chars = list(text)
    direct = [q for q in (extraction.quotes if extraction else ()) if q.kind == "direct"]
    spans = [(q.start, q.end) for q in direct] + [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    for start, end in spans:
        if len(words(text[start:end])) >= 4 or _NAMES_WORDS_BEFORE.search(text, max(0, start - 30), start):
            chars[start:end] = " " * (end - start)
    # 'declared a state of "disaster emergency"', the governor's own term: a word the outlet quotes
    # someone for is that person's, however short (the outlet that calls it a disaster is another)
    for q in direct:
        if q.speaker or _named_speaker(q.speaker_name):
            chars[q.start : q.end] = " " * (q.end - q.start)
    # reported speech is its speaker's claim in its speaker's terms ("the former mayor called the plan a
    # catastrophe", "he acknowledged that the situation constitutes a crisis"); "according to X" only tags
    # the outlet's own sentence with a source, and that sentence stays the outlet's wording
    for q in (extraction.quotes if extraction else ()):
        if q.kind == "indirect" and (q.cue or "").lower() != "according to":
            chars[q.start : q.end] = " " * (q.end - q.start)
    for found in _CHARACTERISED_AS.finditer(text):
        chars[found.start(1) : found.end(1)] = " " * (found.end(1) - found.start(1))
    for start, end in hidden:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _lower_words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in re.findall(r"[A-Za-z]+(?:['’][a-z]+)?|n't", text)]


def _strong_words(texts: Iterable[str]) -> tuple[Counter[str], set[str]]:
    """Strongly polar words in their polar sense, counted without those stating an omission ("failed to
    pay"), and the set of all of them, omissions included."""
    strong: Counter[str] = Counter()
    used: set[str] = set()
    for text in texts:
        tokens = _lower_words(text)
        for i, w in enumerate(tokens):
            if abs(POLARITY.get(w, 0.0)) >= STRONG_POLARITY and _polar_sense(tokens, i):
                used.add(w)
                # "showed no dangerous levels": the outlet says the opposite of the word
                if not _states_an_omission(tokens, i) and not _negated(tokens, i):
                    strong[w] += 1
    return strong, used


def _negated(tokens: Sequence[str], i: int) -> bool:
    """Whether one of the two words before ``tokens[i]`` negates it ("not a success", "no dangerous levels")."""
    return any(b in NEGATIONS or b.endswith("n't") for b in tokens[max(0, i - 2) : i])


# After "lies", words that make it the verb of place ("the decision lies with the courts", "lies at the
# root of"), not the noun of falsehoods; an "-ly" adverb may come between ("lies primarily with").
_PLACE_AFTER_LIES = frozenset({"with", "in", "at", "on", "behind", "ahead", "beyond", "within", "outside", "elsewhere"})


# Nouns a lexicon word premodifies to name a kind of thing, not to judge it: "disaster relief", "a
# breakthrough infection", "corruption charges", "a fair trial", "the success rate", "a historic district".
_KIND_NOUNS = frozenset({"relief", "aid", "declaration", "declarations", "zone", "zones", "area", "areas", "charge",
                         "charges", "trial", "trials", "case", "cases", "infection", "infections", "rate", "rates",
                         "share", "district", "districts", "site", "sites", "preservation", "hotline", "management"})
# The lexicon words that name a kind when they premodify a noun: its nouns, and two adjectives of set terms ("a
# fair trial", "a historic district"); other adjectives still judge there ("an alarming rate", "a dangerous area").
_KIND_MODIFIERS = frozenset({"disaster", "catastrophe", "crisis", "corruption", "scandal", "failure", "tragedy",
                             "breakthrough", "success", "progress", "landmark", "fair", "historic"})
# Particles after a lexicon word that make it a verb of force, no judgement: "blow up" (not the noun of a
# setback), a rocket "blasted off", a car "slammed into" a wall, a storm "ripped through" a town. Not the
# particles of figurative attacks: "blasted away at critics", "a slam against his opponent", "ripped apart the
# safety net", "ripped into", "slammed on social media".
_FORCE_PARTICLES: dict[str, frozenset[str]] = {
    "blow": frozenset({"up", "out", "off", "away", "over", "through", "past"}),
    **dict.fromkeys(("blast", "blasts", "blasted"), frozenset({"off", "through", "out", "open", "into"})),
    **dict.fromkeys(("slam", "slams", "slammed"), frozenset({"into", "shut"})),
    **dict.fromkeys(("rip", "rips", "ripped"), frozenset({"through", "open", "out", "down", "from"})),
}


# "slaughter" of animals is the meat trade's plain word ("stopped livestock slaughter", "slaughter operations",
# "the slaughter of cattle"), no judgement of a killing: two outlets' reports of a meatpacker's shutdown had it.
_ANIMALS = frozenset({"livestock", "cattle", "hog", "hogs", "pig", "pigs", "poultry", "chicken", "chickens", "animal",
                      "animals", "horse", "horses", "sheep", "beef", "pork"})
_TRADE_NOUNS = frozenset({"operations", "plant", "plants", "houses", "lines", "line", "capacity", "facilities", "floor"})
# "invasion" as a military operation or a term of law: a coalition's ("U.S.-led"), by land or arms ("a ground
# invasion", "a full-scale invasion"), a burglary ("home invasion"), "invasion of privacy"; not a people's arrival
# called one ("an invasion at the southern border"). A year before it ("the 2003 invasion") is read in the raw text.
_INVASION_KINDS = frozenset({"led", "ground", "military", "armed", "amphibious", "scale", "home"})


def _literal_sense(tokens: Sequence[str], i: int) -> bool:
    """Whether the lexicon word at ``i`` names a literal act, as the trade or the historian writes it: the slaughter
    of animals, a military invasion (:data:`_ANIMALS`, :data:`_INVASION_KINDS`)."""
    before = tokens[i - 1] if i > 0 else ""
    after = tokens[i + 1 : i + 3]
    if tokens[i] == "slaughter":
        return before in _ANIMALS or (after[:1] == ["of"] and after[1:] and after[1] in _ANIMALS) or (
            bool(after) and after[0] in _TRADE_NOUNS)
    if tokens[i] in ("invasion", "invasions"):
        return before in _INVASION_KINDS or after == ["of", "privacy"]
    return False


def _polar_sense(tokens: Sequence[str], i: int) -> bool:
    """Whether the lexicon word at ``i`` has its polar sense: not when it names a kind of thing before a
    noun ("disaster relief", "breakthrough infections", "a fair trial"), nor as a verb of force ("blow up",
    "blasted off", "slammed into"), nor as a literal act (:func:`_literal_sense`: "livestock slaughter", "a U.S.-led
    invasion"); and "lies" after "there"/"here" or before a word of place is where
    something is ("there lies the problem"), no charge of lying."""
    if tokens[i] in _KIND_MODIFIERS and i + 1 < len(tokens) and tokens[i + 1] in _KIND_NOUNS:
        return False
    if _literal_sense(tokens, i):
        return False
    particles = _FORCE_PARTICLES.get(tokens[i])
    if particles is not None:
        return not (i + 1 < len(tokens) and tokens[i + 1] in particles)
    if tokens[i] != "lies":
        return True
    after = tokens[i + 1 : i + 3]
    if after and after[0].endswith("ly"):
        after = after[1:]
    return not ((i > 0 and tokens[i - 1] in ("there", "here")) or (after and after[0] in _PLACE_AFTER_LIES))


_YEAR_BEFORE = re.compile(r"\b(?:1[89]|20)\d\d\s+$")


def _loaded_use(text: str, found: re.Match[str]) -> bool:
    """Whether a loaded term :data:`_LOADED_RE` found in ``text`` is used in its loaded sense, as
    :func:`_polar_sense` reads a lexicon word from its neighbours ("disaster relief", "blasted off" are not)."""
    if found.group(0).lower() == "invasion" and _YEAR_BEFORE.search(text, max(0, found.start() - 12), found.start()):
        return False  # "the 2003 invasion": a war of record
    before = _lower_words(text[max(0, found.start() - 30) : found.start()])[-1:]
    term = _lower_words(found.group(0))
    after = _lower_words(text[found.end() : found.end() + 40])[:2]
    return not term or _polar_sense(before + term + after, len(before) + len(term) - 1)


def _states_an_omission(tokens: Sequence[str], i: int) -> bool:
    """"failed to pay", "failure to register": what someone did not do, as a report states it (a charge,
    a missile that failed to detonate); the outlet's word choice is not loaded by it. It still counts
    for tone. ("the failure of a president" stays: it judges the president.)"""
    return tokens[i] in ("failed", "failure") and i + 1 < len(tokens) and tokens[i + 1] == "to"


def distinct_statements(quotes: Sequence[Quote]) -> list[Quote]:
    """The quotes without the partial quotes nested in a reported statement of the same speaker
    and cue ('he said the demolition went "exactly as planned"' is one statement, not two): the
    extract stage keeps both records (the nested one says which words were verbatim), lists and
    counts of who said what keep the statement."""
    return _joined_parts([q for q in quotes if not any(_nests(outer, q) for outer in quotes)])


def _joined_parts(quotes: Sequence[Quote]) -> list[Quote]:
    """A statement split by its attribution ("The result, Shafer said, was a mess") is one
    statement in lists: its parts, in text order with the same speaker and cue, are shown joined
    ("The result … was a mess"), its span running from the first part to the last."""
    out: list[Quote] = []
    for q in quotes:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == q.kind == "indirect" and prev.doc == q.doc
                and prev.cue_start is not None and (prev.cue_start, prev.cue_end) == (q.cue_start, q.cue_end)
                and (prev.speaker or prev.speaker_name) == (q.speaker or q.speaker_name) and prev.end <= q.start):
            out[-1] = replace(prev, text=f"{prev.text} … {q.text}", end=q.end)
        else:
            out.append(q)
    return out


def _nests(outer: Quote, inner: Quote) -> bool:
    return (
        outer is not inner
        and outer.kind == "indirect"
        and inner.kind == "direct"
        and outer.doc == inner.doc
        and outer.start <= inner.start
        and inner.end <= outer.end
        and outer.cue == inner.cue
        and (outer.speaker or outer.speaker_name) == (inner.speaker or inner.speaker_name)
    )


def voices(quotes: Sequence[Quote], labels: Mapping[str, str] | None = None) -> dict[str, int]:
    """Statements per speaker (canonical entity when known, shown under ``labels[entity]`` when
    given, else its commonest written name); a partial quote inside a reported statement is not
    counted again, nor is a quote inside another statement of the same speaker or of no named one
    (:func:`_inside_a_statement`), a text no author was found for ("the report", "data") is no
    voice, and a speaker known only as a pronoun ("I", "they") or by no word at all is unattributed."""
    names: dict[str, Counter[str]] = defaultdict(Counter)
    counts: Counter[str] = Counter()
    statements = distinct_statements(quotes)
    for i, q in enumerate(statements):
        # a quotation inside a report's statement is the report's too, and no voice either
        if _authorless_text(q) or _inside_a_statement(i, statements):
            continue
        earlier = _anonymous_source_referred_back_to(i, statements)
        if earlier is not None:
            q = earlier
        key = _voice_key(q)
        counts[key] += 1
        # an unattributed statement is shown as such, never under the pronoun it was written with
        names[key][q.speaker_name.strip() if q.speaker_name and key != "unattributed" else key] += 1
    shown: Counter[str] = Counter()
    for key, n in counts.items():
        label = (labels or {}).get(key) or max(names[key], key=lambda s: (names[key][s], len(s), s))
        shown[label] += n
    return dict(sorted(shown.items(), key=lambda kv: (-kv[1], kv[0])))


_INDEFINITE = frozenset({"a", "an", "one", "another"})


def _anonymous_source_referred_back_to(i: int, statements: Sequence[Quote]) -> Quote | None:
    """The earlier statement of an unnamed source that statement ``i``'s "the official" refers back to: "a
    senior White House official said ..." then "The official said ..." is one source, one voice with two
    statements, not two. It is the one anonymous source of the document introduced before with "a"/"an"
    whose words hold the later phrase's ("the U.S. official" after "a U.S. official", "the official"
    after "a senior official"); with two such sources ("a U.S. official", "a Taliban official") it is
    either, and stays apart."""
    q = statements[i]
    name = (q.speaker_name or "").split()
    if q.speaker or q.speaker_kind != "anonymous" or len(name) < 2 or name[0].lower() != "the":
        return None
    wanted = {w.casefold() for w in name[1:]}
    sources = {}
    for o in statements[:i]:
        before = (o.speaker_name or "").split()
        if (o.doc == q.doc and o.start < q.start and not o.speaker and o.speaker_kind == "anonymous"
                and len(before) >= 2 and before[0].lower() in _INDEFINITE
                and before[-1].casefold() == name[-1].casefold()
                and wanted <= {w.casefold() for w in before[1:]}):
            sources.setdefault(" ".join(before).casefold(), o)
    return next(iter(sources.values())) if len(sources) == 1 else None


def voice_labels(quotes: Sequence[Quote], texts: Mapping[str, str]) -> dict[str, str]:
    """One shown name per speaker entity for a whole story, so that a person is one voice under one
    name in every outlet's row ("Biden" in one, "Joe Biden" in another read as two people): the
    commonest name the story's quotes give it. A text with an author ("the Labor Department's
    report") is shown under its author's name as written ("Labor Department"), read from ``texts``
    (doc id -> text) at the mention the speaker was resolved to."""
    names: dict[str, Counter[str]] = defaultdict(Counter)
    for q in quotes:
        if not q.speaker:
            continue
        name = (q.speaker_name or "").strip()
        if q.speaker_kind == "written" and q.speaker_start is not None and q.doc in texts:
            name = texts[q.doc][q.speaker_start : q.speaker_end].strip()
        if _named_speaker(name):
            names[q.speaker][name] += 1
    return {key: max(c, key=lambda s: (c[s], len(s), s)) for key, c in names.items()}


def _voice_key(q: Quote) -> str:
    # a name no entity was found for is one voice whatever its case: "The hand recount" opening a sentence
    # and "the hand recount" inside one had been two voices of one outlet
    return q.speaker or ((_named_speaker(q.speaker_name) or "").casefold() or "unattributed")


def _authorless_text(q: Quote) -> bool:
    """A report, a statement or data ("the report found", "government data show") with no author the
    quote stage could name: a document, not someone the outlet gives a voice (its quote stays listed)."""
    return q.speaker_kind == "written" and not q.speaker


def _inside_a_statement(i: int, statements: Sequence[Quote]) -> bool:
    """Whether statement ``i`` lies inside another statement of its document whose speaker is its own or
    which it names no speaker apart from: "he told the president that was his number" and its "the
    president that was his number", or 'the company said there was "no evidence of a breach"' and the
    quotation in it, are one statement (a span given twice counts once). A quotation of someone else
    inside a statement stays a voice of its own."""
    q = statements[i]
    key = _voice_key(q)
    return any(
        j != i
        and o.doc == q.doc
        and o.start <= q.start
        and q.end <= o.end
        and (o.end - o.start > q.end - q.start or j < i)
        and key in (_voice_key(o), "unattributed")
        for j, o in enumerate(statements)
    )


def _named_speaker(name: str | None) -> str | None:
    """The speaker's written name, or None for a pronoun or a name without a letter ("-")."""
    name = (name or "").strip()
    if not any(ch.isalpha() for ch in name) or normalise_name(name) in PRONOUNS:
        return None
    return name


def tone(texts: Iterable[str]) -> float:
    """Mean lexicon polarity, negation-aware, in [-1, 1] (0.0 when fewer than :data:`MIN_TONE_WORDS`
    lexicon words occur)."""
    total, n = 0.0, 0
    for text in texts:
        tokens = _lower_words(text)
        for i, w in enumerate(tokens):
            polarity = POLARITY.get(w)
            if polarity is None or not _polar_sense(tokens, i):
                continue
            if _negated(tokens, i):
                polarity = -polarity
            total += polarity
            n += 1
    return round(max(-1.0, min(1.0, total / n)), 3) if n >= MIN_TONE_WORDS else 0.0
