"""Claims cross-checked across the independent sources of one story.

A *source* is a syndication group, not a document: ten outlets printing one wire story are one
source (``groups`` maps doc id → group id; a document missing from it is its own group).

Figure claims
    Figures are aligned by what they count and their unit. ``about`` is reduced to lemma-ish,
    lower-case content words ("people killed in the strike" → {people, kill, strike}); two
    figures count the same thing when their units agree and their word sets overlap by a
    Jaccard of at least :data:`ABOUT_OVERLAP`. Each figure is turned into an interval from its
    hedge: exact ``[v, v]``; approx ``[v·(1−t), v·(1+t)]`` with t = :data:`APPROX_TOLERANCE`
    ("nearly 300" fits 290); lower ``[v, ∞)`` ("at least 12" fits 14); upper ``[0, v]``; a range
    ``[value, upper]``. Aligned figures whose intervals overlap form one claim; a claim carried
    by two or more groups is *corroborated*, by one group *single-source*; two claims about the
    same thing whose figures disagree and come from different groups are both *conflicting* and
    list each other in ``conflicts_with`` (conflict wins over corroboration: the fact is disputed).

Quote claims
    The same direct quote (normalised: case, punctuation and spacing ignored; a quote trimmed
    by one outlet still matches the longer one) printed by two or more independent groups is a
    corroborated claim. A quote printed by one group only is already in the quotes list and is
    not repeated as a claim.

Claim text is the sentence (``Extraction.sentences``) containing the first source; the id is
``"c-" + sha256(text + anchor)[:10]`` where the anchor is the figure's or quote's own text, so
one sentence holding two figures gives two claims with distinct, story-independent ids.

Known limit: a death toll that rises between reports (12 on Monday, 14 on Tuesday) is flagged
as conflicting; publication times are not used to tell an update from a disagreement.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from newsfuse.records import Claim, ClaimStatus, Document, Extraction, Figure, Quote, Span

# Jaccard overlap of two ``about`` word sets for the figures to count the same thing.
ABOUT_OVERLAP = 0.5
# Relative slack of an approximate figure ("about", "nearly", "some").
APPROX_TOLERANCE = 0.1
# Shortest direct quote (in words) worth corroborating: "No comment" proves nothing.
MIN_QUOTE_WORDS = 4

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

# Words news writers swap freely when counting the same thing ("12 dead", "12 killed", "a death
# toll of 12"): mapped to one concept for figure alignment only.
# fmt: off
COUNT_CONCEPTS: dict[str, str] = {
    "dead": "death", "death": "death", "die": "death", "died": "death", "dying": "death", "kill": "death",
    "fatality": "death", "toll": "death", "life": "death", "body": "death", "injur": "injury",
    "injury": "injury", "wound": "injury", "hurt": "injury", "people": "people", "person": "people",
    "individual": "people", "civilian": "civilian", "resident": "people", "migrant": "migrant",
    "refugee": "migrant", "asylum-seeker": "migrant", "home": "home", "house": "home", "dwelling": "home",
}
# fmt: on

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


def about_words(about: str | None) -> frozenset[str]:
    """What a figure counts, as comparable concept words ("people killed" → {people, death})."""
    return frozenset(COUNT_CONCEPTS.get(w, w) for w in content_words(about or ""))


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


@dataclass(frozen=True, slots=True)
class _Fig:
    figure: Figure
    group: str
    order: int
    about: frozenset[str]
    unit: str
    low: float
    high: float


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
    if figure.hedge == "lower":
        return value, math.inf
    if figure.hedge == "upper":
        return min(0.0, value), value
    if figure.hedge == "approx":
        slack = abs(value) * APPROX_TOLERANCE
        return value - slack, value + slack
    return value, value


def compatible(a: _Fig, b: _Fig) -> bool:
    return a.low <= b.high and b.low <= a.high


def aligned(a: _Fig, b: _Fig) -> bool:
    return a.unit == b.unit and jaccard(a.about, b.about) >= ABOUT_OVERLAP


def cross_check(
    story_docs: Sequence[Document], extractions: Mapping[str, Extraction], groups: Mapping[str, str]
) -> tuple[Claim, ...]:
    """The claims of one story with their status across independent sources."""
    order = {d.id: i for i, d in enumerate(story_docs)}
    texts = {d.id: d.text for d in story_docs}
    figure_claims = _figure_claims(_figures(story_docs, extractions, groups), extractions, texts)
    quote_claims = _quote_claims(story_docs, extractions, groups, texts, order)
    return tuple(_unique_ids(figure_claims + quote_claims))


def _figures(
    story_docs: Sequence[Document], extractions: Mapping[str, Extraction], groups: Mapping[str, str]
) -> list[_Fig]:
    figs = []
    for rank, doc in enumerate(story_docs):
        extraction = extractions.get(doc.id)
        if extraction is None:
            continue
        for figure in sorted(extraction.figures, key=lambda f: f.start):
            about = about_words(figure.about)
            if figure.value is None or not about:
                continue
            low, high = figure_bounds(figure)
            figs.append(
                _Fig(
                    figure,
                    groups.get(doc.id, doc.id),
                    rank * 1_000_000 + figure.start,
                    about,
                    normalise_unit(figure.unit),
                    low,
                    high,
                )
            )
    return figs


def _topics(figs: list[_Fig]) -> list[list[_Fig]]:
    """Connected groups of figures that count the same thing (blocked by unit and about word)."""
    parent = list(range(len(figs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_word: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, f in enumerate(figs):
        for w in f.about:
            by_word[(f.unit, w)].append(i)
    for i, f in enumerate(figs):
        seen: set[int] = set()
        for w in f.about:
            for j in by_word[(f.unit, w)]:
                if j > i and j not in seen:
                    seen.add(j)
                    if aligned(f, figs[j]):
                        parent[find(j)] = find(i)
    topics: dict[int, list[_Fig]] = defaultdict(list)
    for i, f in enumerate(figs):
        topics[find(i)].append(f)
    return list(topics.values())


def _figure_claims(figs: list[_Fig], extractions: Mapping[str, Extraction], texts: Mapping[str, str]) -> list[Claim]:
    claims: list[Claim] = []
    for topic in _topics(figs):
        topic.sort(key=lambda f: f.order)
        bins: list[list[_Fig]] = []
        for f in topic:
            home = next((b for b in bins if all(compatible(f, g) for g in b)), None)
            if home is None:
                bins.append([f])
            else:
                home.append(f)
        drafts = [_figure_draft(b, extractions, texts) for b in bins]
        conflicts = _conflicts(bins)
        for i, (text, anchor, sources, n_groups) in enumerate(drafts):
            against = tuple(sorted({claim_id(drafts[j][0], drafts[j][1]) for j in conflicts[i]}))
            claims.append(
                Claim(
                    id=claim_id(text, anchor),
                    text=text,
                    status=_status(n_groups, bool(against)),
                    sources=sources,
                    conflicts_with=against,
                )
            )
    return claims


def _figure_draft(
    members: list[_Fig], extractions: Mapping[str, Extraction], texts: Mapping[str, str]
) -> tuple[str, str, tuple[Span, ...], int]:
    first = members[0].figure
    text = texts.get(first.doc, "")
    s_start, s_end = sentence_at(extractions[first.doc], text, first.start, first.end) if text else (0, 0)
    sentence = text[s_start:s_end] or first.text
    sources = _spans((f.figure.doc, f.figure.start, f.figure.end) for f in members)
    return sentence, first.text, sources, len({f.group for f in members})


def _conflicts(bins: list[list[_Fig]]) -> dict[int, set[int]]:
    """Pairs of bins holding incompatible figures from different groups."""
    found: dict[int, set[int]] = defaultdict(set)
    for i in range(len(bins)):
        for j in range(i + 1, len(bins)):
            if any(not compatible(a, b) and a.group != b.group for a in bins[i] for b in bins[j]):
                found[i].add(j)
                found[j].add(i)
    return found


def _status(n_groups: int, conflicting: bool) -> ClaimStatus:
    if conflicting:
        return "conflicting"
    return "corroborated" if n_groups >= 2 else "single-source"


def _spans(items: Iterable[tuple[str, int, int]]) -> tuple[Span, ...]:
    seen: dict[tuple[str, int, int], None] = {}
    for item in items:
        seen.setdefault(item, None)
    return tuple(Span(doc=d, start=s, end=e) for d, s, e in seen)


# -- quotes ------------------------------------------------------------------------------------


def normalise_quote(text: str) -> str:
    return " ".join(_QUOTE_NOISE.sub(" ", text.replace("’", "'").replace("'", "")).lower().split())


def _quote_claims(
    story_docs: Sequence[Document],
    extractions: Mapping[str, Extraction],
    groups: Mapping[str, str],
    texts: Mapping[str, str],
    order: Mapping[str, int],
) -> list[Claim]:
    carried: dict[str, list[Quote]] = defaultdict(list)
    for doc in story_docs:
        extraction = extractions.get(doc.id)
        for quote in extraction.quotes if extraction else ():
            key = normalise_quote(quote.text)
            if quote.kind == "direct" and len(key.split()) >= MIN_QUOTE_WORDS:
                carried[key].append(quote)
    _fold_trimmed_quotes(carried)
    claims = []
    for quotes in carried.values():
        quotes.sort(key=lambda q: (order.get(q.doc, len(order)), q.start))
        if len({groups.get(q.doc, q.doc) for q in quotes}) < 2:
            continue
        first = quotes[0]
        text = texts.get(first.doc, "")
        s_start, s_end = sentence_at(extractions[first.doc], text, first.start, first.end)
        sentence = text[s_start:s_end] or first.text
        sources = _spans((q.doc, q.start, q.end) for q in quotes)
        claims.append(Claim(id=claim_id(sentence, first.text), text=sentence, status="corroborated", sources=sources))
    return claims


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
        )
    return list(merged.values())


def _stronger(a: ClaimStatus, b: ClaimStatus) -> ClaimStatus:
    rank = {"conflicting": 2, "corroborated": 1, "single-source": 0}
    return a if rank[a] >= rank[b] else b
