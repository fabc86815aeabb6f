"""Near-duplicate, syndication and partial-reuse detection with MinHash/LSH.

A wire story printed by ten outlets must count as one source; an article that lifts a few
paragraphs of another is not a copy of it, but that reuse is worth knowing. The steps:

1. Every document's kept text is normalised (lower case, punctuation stripped) and cut into word
   5-gram shingles, per paragraph and for the whole text; shingles are hashed to 64 bits.
2. Exact copies (the same normalised words) collapse onto one representative first, so a
   thousand identical copies cost one document, not a million comparisons.
3. MinHash signatures (vectorised numpy, multiply-shift hashing) of whole documents and of their
   substantial paragraphs go into banded LSH indexes; documents that share a near-identical
   paragraph, or fall into one document band bucket, become candidate pairs. Each bucket member is
   compared with at most ``BUCKET_PEERS`` earlier members, so a bucket of thousands stays linear.
4. Candidates are verified exactly on their shingle sets. Two documents are duplicates when their
   Jaccard similarity reaches ``dedup_threshold``, or when the smaller one's shingles lie at least
   that much inside the larger one's *and* the shared text starts both articles (only short
   header lines — bylines, datelines, share widgets — may precede it). The second rule accepts a
   copy with its ending trimmed or its boilerplate changed, and rejects an article that lifted the
   other's paragraphs into its own text: that one has its own lead.
5. Duplicates are joined with union-find; every document of a group points at its canonical copy
   (earliest ``published``, ties by id). Documents that are not duplicates but share at least
   ``REUSE_MIN_PARAGRAPHS`` near-identical substantial paragraphs are reported as partial reuse,
   the earlier document (by canonical order) being the source; a paragraph carried by more than
   ``REUSE_MAX_GROUPS`` groups is common text (a footer) and no evidence of reuse. At least one of
   the shared paragraphs must share the lender's own words outside quotation marks
   (:func:`copies_own_words`): outlets quoting one statement or embedding one post print
   near-identical paragraphs without borrowing from each other.
6. Partial reuse below the paragraph: wire sentences edited into another outlet's own paragraphs share
   no near-identical paragraph. Sentences of each text's own words (quotations blanked, 10+ words) are
   fingerprinted (winnowed shingle hashes: a shared run of 8 words shares one); two documents sharing
   at least ``REUSE_MIN_SENTENCES`` sentences that copy each other, verbatim or lightly edited
   (:func:`copies_own_words`, :func:`rewords_sentence`), are partial reuse too, each sentence borrowed
   from the earliest document carrying it. Its paragraphs join the pair's paragraph reuse.

Why not datasketch's MinHash objects and LSH Ensemble (the first version): they hash shingle by
shingle in Python, and on the 1,300 AllSides articles ``find_duplicates`` took 21-28 s; the
vectorised signatures here take ~5 s for duplicates *and* paragraph reuse on the same articles,
and 100k synthetic articles fit in ~1 GB (``newsfuse bench stories``).
"""

from __future__ import annotations

import bisect
import difflib
import hashlib
import re
from collections import Counter
from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Generic, Protocol, TypeVar

import numpy as np

from newsfuse import settings
from newsfuse.records import Document, paragraph_spans

K = TypeVar("K", bound=Hashable)

NUM_PERM = 64
PARAGRAPH_PERM = 64
SHINGLE_WORDS = 5
# Fewer words than this is too little evidence for any duplicate decision.
MIN_WORDS = 2
# Containment alone ("this text lies inside that one") is only trusted for texts long enough
# that sharing all their shingles is not a coincidence of one shared sentence.
MIN_CONTAINED_WORDS = 25
# Paragraphs shorter than this (captions, share widgets, "Read more") are never evidence of reuse.
PARAGRAPH_MIN_WORDS = 12
# Shingle Jaccard at which two paragraphs count as the same paragraph (light edits allowed).
PARAGRAPH_THRESHOLD = 0.7
# Shingles outside quotation marks two passages must share before their likeness shows copying (a run
# of 10+ words): an attribution ("said the mayor in a statement") is written alike by outlets quoting
# one statement.
COPIED_MIN_SHINGLES = 6
# A sentence whose words, in order, are this share of a shorter one's is an edited copy of it
# (rewords_sentence); sentences shorter than REWORDED_MIN_WORDS words are too short to tell.
REWORDED_SHARE = 0.6
REWORDED_MIN_WORDS = 10
# The verbatim run an edited copy keeps: the length the seventeenth-session audit of real reuse
# searched for (8-word shingles); independent reporters share stock phrases of 5-7 words.
REWORDED_MIN_RUN = 8
# A paragraph of the larger text counts as shared when at least this share of its shingles is in
# the other text.
SHARED_PARAGRAPH = 0.5
# Words of unshared text allowed before the shared block in a containment duplicate: header lines
# (dateline, byline, "Updated … | Share") are short; an article's own lead is longer.
HEAD_SLACK_WORDS = 30
# One shared paragraph (a common quote, a disclaimer) is not reuse; two or more lifted paragraphs are.
REUSE_MIN_PARAGRAPHS = 2
# Sentences of an article's own words (10+ words outside quotation marks) that copy another's, verbatim
# or lightly edited (copies_own_words, rewords_sentence), for partial reuse below the paragraph: wire
# sentences edited into another outlet's article. One or two such sentences happen between independent
# reports (a stock description, an author's bio line, "... contributed to this report"); on the hand-labelled
# real pairs of the tuning split no quotation-only or independent pair had two, the partial-reuse pairs found
# had 4-5 (eighteenth session, docs/evaluation.md).
REUSE_MIN_SENTENCES = 3
# A retold article (an outlet's rewrite of another's short story, an earlier version of a wire story another
# outlet printed): at least this many of the shorter article's own sentences, and this share of them, each share a
# run of SHINGLE_WORDS words with a sentence of the other, in the same order (rewritten_pairs). One or two shared
# runs happen between independent reports of one event (stock phrases of 5-7 words, one legal formula); on the
# samples of the twenty-seventh session (docs/evaluation.md) independent pairs of 3+ such sentences had at most
# a third of the shorter article, the retold ones three quarters or all of it.
REWRITE_MIN_SENTENCES = 3
REWRITE_SHARE = 0.6
# Sentence fingerprints: the smallest shingle hash of each window of this many consecutive shingles
# (winnowing), so two sentences sharing a run of SHINGLE_WORDS + FINGERPRINT_WINDOW - 1 = 8 words
# (REWORDED_MIN_RUN) share a fingerprint, at 2/5 of the shingles' cost.
FINGERPRINT_WINDOW = 4
# A paragraph carried by more syndication groups than this is common text (an outlet's footer, a
# widely quoted statement), not one article borrowing from another (trafilatura's deduplication
# treats repeated segments the same way).
REUSE_MAX_GROUPS = 3
# Each LSH bucket member is verified against at most this many earlier members (keeps buckets of
# thousands of near-copies linear; the earliest members are the likeliest canonical copies).
BUCKET_PEERS = 8
# A sentence fingerprint held by more sentences than this is a stock phrase, no sign of copying.
FINGERPRINT_MAX_HOLDERS = 2 * BUCKET_PEERS
# Bands x rows of the LSH indexes: 16x4 over 64 permutations makes a candidate of a pair at
# Jaccard 0.8 with probability 0.9998, at 0.7 with 0.998, at 0.3 with 0.12 (then verified exactly).
DOC_BANDS, DOC_ROWS = 16, 4
PARAGRAPH_BANDS, PARAGRAPH_ROWS = 16, 4

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
# A quotation: curly marks (open to close, open to the end, or the start to a close with no opening
# before it) or a pair of straight marks (an unpaired one runs to the end).
_QUOTATION = re.compile(r"“[^“”]*(?:”|$)|^[^“”]*”|\"[^\"]*(?:\"|$)")
# The signature of an embedded social-media post: "Jane Doe (@janedoe)".
_EMBEDDED_POST = re.compile(r"\(@\w{1,30}\)")
# A sentence end in a paragraph's own words (quotations blanked): ". " before a capital.
_SENTENCE_END = re.compile(r"[.!?][\"”’')]?\s+(?=[\"“‘(]?[A-Z])")
_MASK64 = (1 << 64) - 1
_SEEDS = np.random.default_rng(20240305)
# Odd multipliers and offsets of the multiply-shift hash family, one pair per permutation.
_PERM_A = (_SEEDS.integers(0, 2**63, size=max(NUM_PERM, PARAGRAPH_PERM), dtype=np.uint64) << np.uint64(1)) | np.uint64(1)
_PERM_B = _SEEDS.integers(0, 2**63, size=max(NUM_PERM, PARAGRAPH_PERM), dtype=np.uint64)
# Multipliers combining the word hashes of a shingle, position-dependent so word order matters.
_SHINGLE_MULT = (_SEEDS.integers(0, 2**63, size=SHINGLE_WORDS, dtype=np.uint64) << np.uint64(1)) | np.uint64(1)
_BAND_MULT = (_SEEDS.integers(0, 2**63, size=max(DOC_ROWS, PARAGRAPH_ROWS), dtype=np.uint64) << np.uint64(1)) | 1
# Shingles hashed per numpy block when building signatures (bounds the (perm x shingles) matrix).
_SIGNATURE_BLOCK = 40_000


def normalise_words(text: str) -> list[str]:
    """Lower-cased words with punctuation stripped (apostrophes inside words kept, unified)."""
    return _WORD.findall(text.lower().replace("’", "'"))


def shingles(text: str, *, size: int = SHINGLE_WORDS) -> frozenset[str]:
    """Word ``size``-grams of the normalised text; a short text is one shingle, an empty one none."""
    words = normalise_words(text)
    if len(words) < MIN_WORDS:
        return frozenset()
    if len(words) <= size:
        return frozenset({" ".join(words)})
    return frozenset(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))


def own_words(text: str) -> list[str]:
    """Normalised words of ``text`` outside quotation marks: the words its writer chose.

    A quotation still open at the end, or closed before any opening mark (a statement running on
    from the previous paragraph), runs to that end; an embedded social-media post ("... — Jane Doe
    (@janedoe) May 2, 2024") is all quotation.
    """
    if _EMBEDDED_POST.search(text):
        return []
    return normalise_words(_QUOTATION.sub(" ", text))


def own_shingles(text: str) -> np.ndarray:
    """Shingle hashes (:func:`shingle_hashes`) of the words of ``text`` outside quotation marks (:func:`own_words`)."""
    return shingle_hashes(own_words(text))


def own_sentences(text: str) -> list[list[str]]:
    """The sentences of a paragraph's own words (:func:`own_words`: quotations blanked, an embedded post
    dropped), normalised, each of at least ``REWORDED_MIN_WORDS`` words."""
    if _EMBEDDED_POST.search(text):
        return []
    masked = _QUOTATION.sub(" ", text)
    return [words for part in _SENTENCE_END.split(masked) if len(words := normalise_words(part)) >= REWORDED_MIN_WORDS]


def copies_own_words(a: np.ndarray, b: np.ndarray) -> bool:
    """Whether one of two passages copies the other's own words (their :func:`own_shingles`).

    Two outlets printing one statement (a press release, a speech, a post) quote it independently;
    only words outside the quotation marks, written alike in both, show that one copied the other:
    at least half of the shorter passage's own shingles, and at least ``COPIED_MIN_SHINGLES`` of
    them (an attribution such as "said in a statement" is written alike by independent reporters).
    """
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    if len(small) < COPIED_MIN_SHINGLES:
        return False
    shared = len(np.intersect1d(small, big, assume_unique=True))
    return shared >= COPIED_MIN_SHINGLES and shared >= SHARED_PARAGRAPH * len(small)


def rewords_sentence(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether one of two sentences is a lightly edited copy of the other (their :func:`own_words`).

    An outlet printing an earlier or edited version of a wire sentence changes a few words, cuts or
    adds a clause, so their shingles (:func:`copies_own_words`) no longer match; the words still
    follow in the same order. A copy: a run of at least ``REWORDED_MIN_RUN`` words shared verbatim,
    and the words both give in one order (difflib's matching blocks) cover ``REWORDED_SHARE`` of the
    shorter sentence. Two reporters writing one fact in their own words share its names and numbers
    and short stock phrases ("was discharged from the Navy Reserve in"), not a long run of words.
    """
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    if len(small) < REWORDED_MIN_WORDS:
        return False
    blocks = difflib.SequenceMatcher(None, small, big, autojunk=False).get_matching_blocks()
    longest = max((m.size for m in blocks), default=0)
    return longest >= REWORDED_MIN_RUN and sum(m.size for m in blocks) >= REWORDED_SHARE * len(small)


def publication_time(doc: Document) -> datetime | None:
    """``doc.published`` as an aware UTC datetime (a bare date is midnight UTC); ``None`` when absent or unreadable."""
    raw = (doc.published or "").strip()
    if not raw:
        return None
    try:
        parsed = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        try:
            day = date.fromisoformat(raw[:10])
        except ValueError:
            return None
        parsed = datetime(day.year, day.month, day.day)
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def canonical_order(doc: Document) -> tuple[bool, datetime, str]:
    """Sort key for choosing a canonical copy: dated before undated, earliest first, then id."""
    when = publication_time(doc)
    return (when is None, when or datetime.max.replace(tzinfo=UTC), doc.id)


# -- hashing -------------------------------------------------------------------------------------

_WORD_HASHES: dict[str, int] = {}
# A bounded cache: news vocabularies are far smaller; past this, words are hashed each time.
_WORD_CACHE_LIMIT = 2_000_000


def _hash_word(word: str) -> int:
    # 63 bits: numpy converts Python ints below 2**63 to uint64 on its fast path.
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little") >> 1


def word_hashes(words: Sequence[str]) -> np.ndarray:
    """Stable 64-bit hashes of words (blake2b, cached: the per-word cost is one dict look-up)."""
    values: list[int | None] = list(map(_WORD_HASHES.get, words))
    if None in values:
        for i, value in enumerate(values):
            if value is None:
                hashed = values[i] = _hash_word(words[i])
                if len(_WORD_HASHES) < _WORD_CACHE_LIMIT:
                    _WORD_HASHES[words[i]] = hashed
    return np.array(values, dtype=np.uint64)


def _shingle_values(hashes: np.ndarray, size: int = SHINGLE_WORDS) -> np.ndarray:
    """Hashes of the word ``size``-grams of a word-hash array (not deduplicated)."""
    if len(hashes) < MIN_WORDS:
        return np.zeros(0, dtype=np.uint64)
    span = min(size, len(hashes))
    count = len(hashes) - span + 1
    combined = np.zeros(count, dtype=np.uint64)
    for k in range(span):
        combined += hashes[k : k + count] * _SHINGLE_MULT[k]  # wraps modulo 2**64, as intended
    combined ^= combined >> np.uint64(29)
    return combined


def shingle_hashes(words: Sequence[str], *, size: int = SHINGLE_WORDS) -> np.ndarray:
    """Sorted unique 64-bit hashes of the word ``size``-grams (a text of 2..size words is one shingle)."""
    return np.unique(_shingle_values(word_hashes(words), size))


def signatures(sets: Sequence[np.ndarray], *, num_perm: int = NUM_PERM) -> np.ndarray:
    """MinHash signatures (rows of ``num_perm`` uint32) of shingle-hash arrays; an empty set's row is all max."""
    out = np.full((len(sets), num_perm), np.iinfo(np.uint32).max, dtype=np.uint32)
    a, b = _PERM_A[:num_perm, None], _PERM_B[:num_perm, None]
    start = 0
    while start < len(sets):
        stop, total = start, 0
        while stop < len(sets) and (total == 0 or total + len(sets[stop]) <= _SIGNATURE_BLOCK):
            total += len(sets[stop])
            stop += 1
        block = [s for s in sets[start:stop]]
        lengths = np.array([len(s) for s in block])
        nonempty = np.flatnonzero(lengths)
        if len(nonempty):
            values = np.concatenate([block[i] for i in nonempty])
            hashed = ((a * values[None, :] + b) >> np.uint64(32)).astype(np.uint32)
            offsets = np.concatenate(([0], np.cumsum(lengths[nonempty])[:-1]))
            out[start + nonempty] = np.minimum.reduceat(hashed, offsets, axis=1).T
        start = stop
    return out


def _band_groups(signature_rows: np.ndarray, bands: int, rows: int) -> Iterator[np.ndarray]:
    """Row indices sharing a band of their signatures (buckets of two or more), band by band."""
    if len(signature_rows) < 2:
        return
    for band in range(bands):
        part = signature_rows[:, band * rows : (band + 1) * rows].astype(np.uint64)
        keys = (part * _BAND_MULT[:rows]).sum(axis=1) ^ np.uint64(band)
        order = np.argsort(keys, kind="stable")
        ordered = keys[order]
        starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
        ends = np.concatenate((starts[1:], [len(ordered)]))
        for s, e in zip(starts[ends - starts > 1], ends[ends - starts > 1], strict=True):
            yield order[s:e]


def _jaccard(a: np.ndarray, b: np.ndarray) -> float:
    if not len(a) or not len(b):
        return 0.0
    common = len(np.intersect1d(a, b, assume_unique=True))
    return common / (len(a) + len(b) - common)


def _contained(small: np.ndarray, big: np.ndarray) -> float:
    """Share of ``small``'s shingles found in ``big`` (``big`` sorted unique; ``small`` may repeat)."""
    if not len(small):
        return 0.0
    return float(np.isin(small, big, assume_unique=False).mean())


# -- records -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Reuse:
    """``doc`` carries paragraphs of ``source`` without being a copy of it.

    ``paragraphs`` are the indices (``Paragraph.index``) of the reused paragraphs in ``doc``,
    ``source_paragraphs`` those of the matching paragraphs in ``source``.
    """

    doc: str
    source: str
    paragraphs: tuple[int, ...]
    source_paragraphs: tuple[int, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "doc": self.doc,
            "source": self.source,
            "paragraphs": list(self.paragraphs),
            "source_paragraphs": list(self.source_paragraphs),
        }


@dataclass(frozen=True, slots=True)
class Copies:
    """Result of :func:`find_copies`: near-duplicates (copy id -> canonical id) and partial reuse; ``index``, when
    asked for, the documents' stored LSH index (:func:`lsh_index`) from the same hashing."""

    duplicates: dict[str, str]
    reuse: list[Reuse]
    index: LshRows | None = None


@dataclass(slots=True)
class _Paragraph:
    index: int
    words: int
    shingles: np.ndarray  # raw shingle hashes (may repeat): only candidates are deduplicated
    text: str


@dataclass(slots=True)
class _Text:
    doc: Document
    words: int
    shingles: np.ndarray
    paragraphs: list[_Paragraph]


@dataclass(slots=True)
class _OwnSentence:
    """A sentence of a paragraph's own words (:func:`own_sentences`), as sentence reuse compares them."""

    paragraph: int  # Paragraph.index
    words: list[str]
    shingles: np.ndarray | None = None  # sorted unique, computed when the sentence is first compared


def _sentence_fingerprints(text: _Text) -> tuple[list[_OwnSentence], np.ndarray, np.ndarray]:
    """The own-word sentences of a text, and their winnowed shingle hashes with the sentence each belongs to.

    Winnowing: of each ``FINGERPRINT_WINDOW`` consecutive shingles the smallest is kept, so two sentences
    sharing a run of ``REWORDED_MIN_RUN`` words share a fingerprint. Shingles across a sentence end are
    never kept. One hashing pass per text (numpy), not per sentence.
    """
    sentences = _own_sentences_of(text)
    empty = np.zeros(0, dtype=np.uint64)
    if not sentences:
        return sentences, empty, empty.astype(np.int64)
    lengths = [len(s.words) for s in sentences]
    values = _shingle_values(word_hashes([w for s in sentences for w in s.words]))
    sentence_of = np.repeat(np.arange(len(sentences)), lengths)
    inside = sentence_of[: len(values)] == sentence_of[SHINGLE_WORDS - 1 :]
    masked = np.where(inside, values, np.iinfo(np.uint64).max)
    windows = np.lib.stride_tricks.sliding_window_view(masked, min(FINGERPRINT_WINDOW, len(masked)))
    kept = np.unique(windows.argmin(axis=1) + np.arange(len(windows)))
    kept = kept[inside[kept]]
    return sentences, values[kept], sentence_of[kept]


def _own_sentences_of(text: _Text) -> list[_OwnSentence]:
    """The own-word sentences (:func:`own_sentences`) of a text's paragraphs, in order."""
    return [_OwnSentence(p.index, words) for p in text.paragraphs for words in own_sentences(p.text)]


def _own_shingles_of(sentence: _OwnSentence) -> np.ndarray:
    if sentence.shingles is None:
        sentence.shingles = shingle_hashes(sentence.words)
    return sentence.shingles


def _copied_sentence(a: _OwnSentence, b: _OwnSentence) -> bool:
    """One sentence copies the other's own words, verbatim or lightly edited."""
    return copies_own_words(_own_shingles_of(a), _own_shingles_of(b)) or rewords_sentence(a.words, b.words)


def _text(doc: Document) -> _Text:
    """Shingle hashes of the whole kept text (sorted, unique) and of each kept paragraph (raw)."""
    kept = [(p.index, normalise_words(p.text), p.text) for p in doc.paragraphs if p.kept]
    hashes = word_hashes([w for _, words, _ in kept for w in words])
    values = _shingle_values(hashes)
    paragraphs: list[_Paragraph] = []
    start = 0
    for index, words, raw in kept:
        end = start + len(words)
        # A paragraph's shingles are the text's shingles lying wholly inside it; one shorter than a
        # shingle has none (it is never evidence on its own).
        inside = values[start : end - SHINGLE_WORDS + 1] if len(words) >= SHINGLE_WORDS else values[:0]
        paragraphs.append(_Paragraph(index, len(words), inside, raw))
        start = end
    return _Text(doc, len(hashes), np.unique(values), paragraphs)


def _exact_key(text: _Text) -> bytes:
    digest = hashlib.blake2b(digest_size=16)
    digest.update(text.shingles.tobytes())
    digest.update(str(text.words).encode())
    return digest.digest()


class UnionFind(Generic[K]):
    """Groups of keys joined pairwise; a group is named by its root: the first argument's root after a
    union, or with ``lowest_root`` the lowest key of the group, so the groups' names do not depend on
    the order of the unions. The one union-find of the project (stories, claims, entities, briefings
    and the timeline evaluation use it)."""

    def __init__(self, keys: Iterable[K], *, lowest_root: bool = False) -> None:
        self._parent: dict[K, K] = {k: k for k in keys}
        self._lowest_root = lowest_root

    def find(self, key: K) -> K:
        root = key
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[key] != root:  # path compression
            self._parent[key], key = root, self._parent[key]
        return root

    def union(self, a: K, b: K) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if self._lowest_root and rb < ra:  # type: ignore[operator]  # lowest_root needs ordered keys
            ra, rb = rb, ra
        self._parent[rb] = ra

    def __contains__(self, key: object) -> bool:
        return key in self._parent

    def groups(self) -> dict[K, list[K]]:
        out: dict[K, list[K]] = {}
        for key in self._parent:
            out.setdefault(self.find(key), []).append(key)
        return out


# -- verification --------------------------------------------------------------------------------


def _head_words(text: _Text, other: np.ndarray) -> int:
    """Words of ``text`` before its first paragraph shared with ``other``; all its words when none is."""
    words = 0
    for paragraph in text.paragraphs:
        if len(paragraph.shingles) and _contained(paragraph.shingles, other) >= SHARED_PARAGRAPH:
            return words
        words += paragraph.words
    return words


def _is_duplicate_pair(a: _Text, b: _Text, threshold: float) -> bool:
    """The duplicate rule of the module docstring (Jaccard, or containment with a shared start)."""
    if _jaccard(a.shingles, b.shingles) >= threshold:
        return True
    small, big = (a, b) if (len(a.shingles), a.doc.id) <= (len(b.shingles), b.doc.id) else (b, a)
    if small.words < MIN_CONTAINED_WORDS or _contained(small.shingles, big.shingles) < threshold:
        return False
    return _head_words(big, small.shingles) <= HEAD_SLACK_WORDS and _head_words(small, big.shingles) <= HEAD_SLACK_WORDS


# -- candidates ----------------------------------------------------------------------------------


def _bucket_pairs(groups: Iterable[np.ndarray], rank: np.ndarray) -> set[tuple[int, int]]:
    """Index pairs from LSH buckets: each member with at most BUCKET_PEERS earlier members (by ``rank``)."""
    pairs: set[tuple[int, int]] = set()
    for members in groups:
        ordered = members[np.argsort(rank[members], kind="stable")]
        for position in range(1, len(ordered)):
            later = int(ordered[position])
            for earlier in ordered[: min(position, BUCKET_PEERS)]:
                pairs.add((int(earlier), later))
    return pairs


def _substantial_paragraphs(texts: Sequence[_Text]) -> list[tuple[int, int]]:
    """(text index, paragraph position) of every paragraph long enough to be evidence of reuse, text by text."""
    return [
        (t, p)
        for t, text in enumerate(texts)
        for p, paragraph in enumerate(text.paragraphs)
        if paragraph.words >= PARAGRAPH_MIN_WORDS
    ]


def _paragraph_signatures(texts: Sequence[_Text], nodes: Sequence[tuple[int, int]]) -> np.ndarray:
    """MinHash signatures of the paragraphs ``nodes`` (:func:`_substantial_paragraphs`)."""
    return signatures([texts[t].paragraphs[p].shingles for t, p in nodes], num_perm=PARAGRAPH_PERM)


def _paragraph_clusters(
    texts: Sequence[_Text], rank: np.ndarray, nodes: Sequence[tuple[int, int]], sig: np.ndarray
) -> list[list[tuple[int, int]]]:
    """Groups of near-identical substantial paragraphs (``nodes``, their signatures ``sig``), each a list of
    (text index, paragraph position)."""
    if len(nodes) < 2:
        return []
    sets = [texts[t].paragraphs[p].shingles for t, p in nodes]
    node_rank = np.array([rank[t] * 4096 + min(p, 4095) for t, p in nodes], dtype=np.int64)
    found = UnionFind(range(len(nodes)))
    for i, j in _bucket_pairs(_band_groups(sig, PARAGRAPH_BANDS, PARAGRAPH_ROWS), node_rank):
        if nodes[i][0] != nodes[j][0] and _jaccard(np.unique(sets[i]), np.unique(sets[j])) >= PARAGRAPH_THRESHOLD:
            found.union(int(i), int(j))
    return [[nodes[k] for k in members] for members in found.groups().values() if len(members) > 1]


def find_copies(docs: Sequence[Document], *, threshold: float | None = None, index: bool = False) -> Copies:
    """Near-duplicates and partial reuse in one pass (see the module docstring for the rules).

    With ``index``, also the documents' stored LSH index (``Copies.index``, the rows :func:`lsh_index` gives),
    built from the shingles, signatures and sentence fingerprints computed here: a full relink needs both,
    and hashing a corpus twice cost as much as the duplicate search itself.
    """
    limit = float(settings.get("dedup_threshold", threshold))
    by_id: dict[str, Document] = {}
    for doc in docs:
        by_id.setdefault(doc.id, doc)
    ordered_docs = sorted(by_id.values(), key=canonical_order)
    groups = UnionFind(d.id for d in ordered_docs)
    representatives: list[_Text] = []
    exact_copies: list[tuple[_Text, int]] = []  # (copy, its representative's position): kept for the index only
    first_of: dict[bytes, int] = {}
    for doc in ordered_docs:
        text = _text(doc)
        if text.words < MIN_WORDS:
            continue
        key = _exact_key(text)
        if key in first_of:  # an exact copy: joins the earlier one, never re-examined
            groups.union(representatives[first_of[key]].doc.id, doc.id)
            if index:
                exact_copies.append((text, first_of[key]))
            continue
        first_of[key] = len(representatives)
        representatives.append(text)
    rank = np.arange(len(representatives))  # representatives are in canonical order already
    doc_sig = signatures([t.shingles for t in representatives])
    candidates = _bucket_pairs(_band_groups(doc_sig, DOC_BANDS, DOC_ROWS), rank)
    nodes = _substantial_paragraphs(representatives)
    paragraph_sig = _paragraph_signatures(representatives, nodes)
    clusters = _paragraph_clusters(representatives, rank, nodes, paragraph_sig)
    for cluster in clusters:
        holders = sorted({t for t, _ in cluster})
        candidates |= _bucket_pairs([np.array(holders)], rank)
    for i, j in sorted(candidates):
        if groups.find(representatives[i].doc.id) == groups.find(representatives[j].doc.id):
            continue
        if _is_duplicate_pair(representatives[i], representatives[j], limit):
            groups.union(representatives[i].doc.id, representatives[j].doc.id)
    duplicates: dict[str, str] = {}
    canonical_of: dict[str, str] = {}
    for members in groups.groups().values():
        canonical = min((by_id[m] for m in members), key=canonical_order).id
        canonical_of.update({m: canonical for m in members})
        duplicates.update({m: canonical for m in members if m != canonical})
    paragraph_reuse = _reuse(representatives, clusters, canonical_of, groups)
    prints = _CorpusFingerprints.of(representatives)
    sentence_reuse = _sentence_reuse(representatives, groups, prints)
    rows = None
    if index:
        rows = _joined(
            _index_rows(representatives, doc_sig, prints.rows(), nodes, paragraph_sig),
            _text_index([copy for copy, _ in exact_copies], doc_sig[[r for _, r in exact_copies]]),
        )
    return Copies(duplicates, _merged(paragraph_reuse, sentence_reuse), rows)


def _reuse(
    texts: Sequence[_Text],
    clusters: Sequence[Sequence[tuple[int, int]]],
    canonical_of: Mapping[str, str],
    groups: UnionFind,
) -> list[Reuse]:
    """Partial reuse: each later carrier of a paragraph borrowed it from its first carrier (earliest
    document); one of the paragraphs must be the lender's prose, not only quotations both printed."""
    shared: dict[tuple[str, str], dict[int, int]] = {}
    prose: set[tuple[str, str]] = set()
    for cluster in clusters:
        if len({canonical_of[texts[t].doc.id] for t, _ in cluster}) > REUSE_MAX_GROUPS:
            continue  # boilerplate or a widely carried statement, not one article borrowing from another
        holders = sorted(cluster, key=lambda node: canonical_order(texts[node[0]].doc))
        first_carrier = canonical_of[texts[holders[0][0]].doc.id]
        for t, p in holders:
            if canonical_of[texts[t].doc.id] == first_carrier:
                continue  # the group that carried this paragraph first borrowed nothing
            earlier = holders[0]
            source = texts[earlier[0]]
            matched = shared.setdefault((texts[t].doc.id, source.doc.id), {})
            matched.setdefault(texts[t].paragraphs[p].index, source.paragraphs[earlier[1]].index)
            if _lifted_prose(texts[t].paragraphs[p], source.paragraphs[earlier[1]]):
                prose.add((texts[t].doc.id, source.doc.id))
    out: list[Reuse] = []
    for (doc_id, source_id), matched in sorted(shared.items()):
        too_few = min(len(matched), len(set(matched.values()))) < REUSE_MIN_PARAGRAPHS
        if too_few or (doc_id, source_id) not in prose or groups.find(doc_id) == groups.find(source_id):
            continue
        indices = sorted(matched)
        out.append(Reuse(doc_id, source_id, tuple(indices), tuple(matched[i] for i in indices)))
    return out


@dataclass(frozen=True, slots=True)
class _CorpusFingerprints:
    """The sentence fingerprints (:func:`_sentence_fingerprints`) of a corpus's texts, as numbers only.

    The words of a sentence are read again from its text when a pair of texts is verified, so memory
    stays bounded at corpus scale; the same numbers give the stored index's sentence rows.
    """

    values: np.ndarray  # uint64, text after text
    sentence: np.ndarray  # int64: the corpus-wide number of each value's sentence
    firsts: list[int]  # each text's first sentence number
    count: int  # sentences of all texts

    @classmethod
    def of(cls, texts: Sequence[_Text]) -> _CorpusFingerprints:
        parts, owners, firsts = [], [], []
        count = 0
        for text in texts:
            own, fingerprints, sentence_of = _sentence_fingerprints(text)
            parts.append(fingerprints)
            owners.append(sentence_of + count)
            firsts.append(count)
            count += len(own)
        empty = np.zeros(0, dtype=np.int64)
        values = np.concatenate(parts) if parts else empty.astype(np.uint64)
        return cls(values, np.concatenate(owners) if owners else empty, firsts, count)

    def text_of(self) -> np.ndarray:
        """The text (its position) of each sentence."""
        return np.repeat(np.arange(len(self.firsts)), np.diff([*self.firsts, self.count]))

    def rows(self) -> tuple[np.ndarray, np.ndarray]:
        """Each text's distinct fingerprints: (values, text positions), text by text."""
        texts = self.text_of()[self.sentence]
        order = np.lexsort((self.values, texts))
        values, texts = self.values[order], texts[order]
        first = np.ones(len(values), dtype=bool)
        first[1:] = (values[1:] != values[:-1]) | (texts[1:] != texts[:-1])
        return values[first], texts[first]


def _sentence_reuse(
    texts: Sequence[_Text], groups: UnionFind, prints: _CorpusFingerprints
) -> dict[tuple[str, str], dict[int, int]]:
    """Partial reuse below the paragraph: (borrower, lender) -> {borrower paragraph: lender paragraph} for
    documents carrying at least ``REUSE_MIN_SENTENCES`` sentences of an earlier one's own words, verbatim or
    edited (wire sentences worked into another outlet's article). Each copied sentence is borrowed from the
    earliest document carrying it; a syndication group that carried it first borrowed nothing. ``texts``
    are in canonical order, ``prints`` their fingerprints."""
    if prints.count < 2:
        return {}
    text_of = prints.text_of()
    fingerprints, owner, firsts = prints.values, prints.sentence, prints.firsts
    order = np.argsort(fingerprints, kind="stable")
    ordered = fingerprints[order]
    starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
    ends = np.concatenate((starts[1:], [len(ordered)]))
    shared = (ends - starts > 1) & (ends - starts <= FINGERPRINT_MAX_HOLDERS)  # held by a few sentences
    candidates: set[tuple[int, int]] = set()  # (earlier sentence, later sentence) of two texts sharing a fingerprint
    for start, end in zip(starts[shared], ends[shared], strict=True):
        holders = np.unique(owner[order[start:end]]).tolist()
        candidates.update(
            (a, b) if text_of[a] < text_of[b] else (b, a)
            for i, a in enumerate(holders)
            for b in holders[i + 1 :]
            if text_of[a] != text_of[b]
        )
    # Only text pairs with enough candidate sentences are verified (a stock phrase gives one or two).
    per_pair: dict[tuple[int, int], set[int]] = {}
    for earlier, later in candidates:
        per_pair.setdefault((int(text_of[earlier]), int(text_of[later])), set()).add(later)
    read: dict[int, list[_OwnSentence]] = {}

    def sentence(i: int) -> _OwnSentence:
        t = int(text_of[i])
        if t not in read:
            read[t] = _own_sentences_of(texts[t])  # the words again, not their fingerprints
        return read[t][i - firsts[t]]

    # Copies of one story share their sentences: taken as copied without verifying each (the group that
    # carried a sentence first borrowed nothing, as below)
    same_group = {
        pair for pair in per_pair if groups.find(texts[pair[0]].doc.id) == groups.find(texts[pair[1]].doc.id)
    }
    lenders: dict[int, int] = {}  # borrower sentence -> earliest copied sentence of another document
    for earlier, later in sorted(candidates):
        pair = (int(text_of[earlier]), int(text_of[later]))
        if len(per_pair[pair]) < REUSE_MIN_SENTENCES:
            continue
        if later in lenders and text_of[lenders[later]] <= text_of[earlier]:
            continue
        if pair in same_group or _copied_sentence(sentence(earlier), sentence(later)):
            lenders[later] = earlier
    copied: dict[tuple[str, str], dict[int, int]] = {}
    for later, earlier in sorted(lenders.items()):
        borrower, lender = texts[int(text_of[later])].doc.id, texts[int(text_of[earlier])].doc.id
        if groups.find(borrower) != groups.find(lender):
            copied.setdefault((borrower, lender), {})[later] = earlier
    return {
        pair: {sentence(b).paragraph: sentence(lent).paragraph for b, lent in matched.items()}
        for pair, matched in copied.items()
        if min(len(matched), len(set(matched.values()))) >= REUSE_MIN_SENTENCES
    }


def _merged(reuse: Sequence[Reuse], more: Mapping[tuple[str, str], Mapping[int, int]]) -> list[Reuse]:
    """Paragraph reuse with the sentence reuse of the same or other pairs added, sorted by (doc, source)."""
    matched = {(r.doc, r.source): dict(zip(r.paragraphs, r.source_paragraphs, strict=True)) for r in reuse}
    for pair, paragraphs in more.items():
        for index, source_index in paragraphs.items():
            matched.setdefault(pair, {}).setdefault(index, source_index)
    out = []
    for (doc, source), paragraphs in sorted(matched.items()):
        indices = sorted(paragraphs)
        out.append(Reuse(doc, source, tuple(indices), tuple(paragraphs[i] for i in indices)))
    return out


def _lifted_prose(a: _Paragraph, b: _Paragraph) -> bool:
    """Whether two near-identical paragraphs share their writer's own words, not only a quotation.

    Outlets quoting one statement or embedding one post print near-identical paragraphs without
    borrowing from each other (on real AllSides articles, every partial reuse reported between two
    outlets was of that kind); prose copied outside the quotation marks is borrowing.
    """
    return copies_own_words(own_shingles(a.text), own_shingles(b.text))


def find_duplicates(docs: Sequence[Document], *, threshold: float | None = None) -> dict[str, str]:
    """Map each near-duplicate document's id to its canonical copy's id.

    Two documents are near-duplicates when the Jaccard similarity of their shingle sets reaches
    ``threshold`` (setting ``dedup_threshold``), or when one's shingles lie at least that much
    inside the other's and the shared text starts both (a trimmed or re-wrapped copy). Groups are
    transitive; the canonical copy of a group is its earliest published document (ties by id), and
    every value of the result is a canonical id. Documents with fewer than two words are never
    duplicates.
    """
    return find_copies(docs, threshold=threshold).duplicates


def find_reuse(docs: Sequence[Document], *, threshold: float | None = None) -> list[Reuse]:
    """Partial reuse: documents that carry at least REUSE_MIN_PARAGRAPHS paragraphs of an earlier, non-duplicate one.

    The source of a paragraph is the earliest syndication group (canonical copy) carrying it;
    copies of one story never report each other. Sorted by (doc, source).
    """
    return find_copies(docs, threshold=threshold).reuse


def _band_keys(signature_rows: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """One uint64 key per (row, band): what :func:`_band_groups` buckets on."""
    keys = np.empty((len(signature_rows), bands), dtype=np.uint64)
    for band in range(bands):
        part = signature_rows[:, band * rows : (band + 1) * rows].astype(np.uint64)
        keys[:, band] = (part * _BAND_MULT[:rows]).sum(axis=1) ^ np.uint64(band)
    return keys


class _BandTable:
    """LSH buckets as two sorted numpy arrays (band key, owner) plus a small dict of recent additions.

    A dict of lists per key costs ~150 bytes a bucket entry; a corpus of 100k articles has millions
    of paragraph band keys, so the bulk lives in arrays (12 bytes an entry) searched with
    ``searchsorted``; single additions go to ``_recent`` and are folded in when it grows.
    """

    RECENT_LIMIT = 50_000

    def __init__(self) -> None:
        self._keys = np.zeros(0, dtype=np.uint64)
        self._owners = np.zeros(0, dtype=np.int64)
        self._recent: dict[int, list[int]] = {}

    def extend(self, keys: np.ndarray, owners: np.ndarray) -> None:
        """Add rows of band keys (``keys[i]`` belongs to ``owners[i]``); owners must be increasing."""
        flat = keys.ravel()
        repeated = np.repeat(owners.astype(np.int64), keys.shape[1])
        merged_keys = np.concatenate((self._keys, flat))
        merged_owners = np.concatenate((self._owners, repeated))
        order = np.argsort(merged_keys, kind="stable")  # stable: earlier owners first within a key
        self._keys, self._owners = merged_keys[order], merged_owners[order]

    def add(self, keys: np.ndarray, owner: int) -> None:
        for key in set(keys.ravel().tolist()):
            self._recent.setdefault(key, []).append(owner)
        if len(self._recent) > self.RECENT_LIMIT:
            pairs = [(k, o) for k, owners in self._recent.items() for o in owners]
            pairs.sort(key=lambda pair: pair[1])
            self._recent = {}
            self.extend(np.array([[k] for k, _ in pairs], dtype=np.uint64), np.array([o for _, o in pairs]))

    def lookup(self, keys: np.ndarray) -> set[int]:
        """Owners sharing any of ``keys``: at most BUCKET_PEERS earliest per bucket."""
        flat = np.unique(keys.ravel())
        lo = np.searchsorted(self._keys, flat, side="left")
        hi = np.minimum(np.searchsorted(self._keys, flat, side="right"), lo + BUCKET_PEERS)
        found: set[int] = set()
        for start, stop in zip(lo.tolist(), hi.tolist(), strict=True):
            found.update(self._owners[start:stop].tolist())
        for key in flat.tolist():
            found.update(self._recent.get(key, ())[:BUCKET_PEERS])
        return found


class CopyIndex:
    """The documents of a store, indexed to check one arriving document for copies in milliseconds.

    :func:`find_copies` recomputes a whole corpus; this keeps its LSH buckets (documents and
    substantial paragraphs) so that :meth:`add` only hashes the new document and verifies the few
    documents sharing a bucket with it, under the same duplicate rule. ``duplicates`` (copy ->
    canonical, e.g. the store's ``duplicate_of``) tells which canonical copy to report.
    """

    def __init__(
        self, docs: Sequence[Document] = (), *, duplicates: Mapping[str, str] | None = None,
        threshold: float | None = None,
    ) -> None:
        self.threshold = float(settings.get("dedup_threshold", threshold))
        self._canonical: dict[str, str] = dict(duplicates or {})
        self._texts: list[_Text] = []
        self._exact: dict[bytes, str] = {}
        self._doc_table = _BandTable()
        self._paragraph_table = _BandTable()
        self.extend(docs)

    def __len__(self) -> int:
        return len(self._texts)

    def canonical(self, doc_id: str) -> str:
        return self._canonical.get(doc_id, doc_id)

    def extend(self, docs: Sequence[Document]) -> None:
        """Index documents without checking them (their duplicates are known, or they are the seed)."""
        texts = []
        for doc in docs:
            text = _text(doc)
            if text.words < MIN_WORDS:
                continue
            self._exact.setdefault(_exact_key(text), doc.id)
            texts.append(text)
        first = len(self._texts)
        self._texts.extend(texts)
        if not texts:
            return
        doc_keys = _band_keys(signatures([t.shingles for t in texts]), DOC_BANDS, DOC_ROWS)
        self._doc_table.extend(doc_keys, np.arange(first, first + len(texts)))
        owners, sets = self._paragraph_sets(texts, first)
        if sets:
            keys = _band_keys(signatures(sets, num_perm=PARAGRAPH_PERM), PARAGRAPH_BANDS, PARAGRAPH_ROWS)
            self._paragraph_table.extend(keys, np.array(owners))

    @staticmethod
    def _paragraph_sets(texts: Sequence[_Text], first: int) -> tuple[list[int], list[np.ndarray]]:
        owners = [first + n for n, t in enumerate(texts) for p in t.paragraphs if p.words >= PARAGRAPH_MIN_WORDS]
        sets = [p.shingles for t in texts for p in t.paragraphs if p.words >= PARAGRAPH_MIN_WORDS]
        return owners, sets

    def add(self, doc: Document) -> str | None:
        """Index ``doc``; return the canonical id of the group it duplicates, or ``None`` for a new text.

        The canonical copy reported is the group's at the time of adding; an earlier-published
        newcomer becomes canonical on the next :func:`find_duplicates` over the store.
        """
        text = _text(doc)
        if text.words < MIN_WORDS:
            return None
        key = _exact_key(text)
        if key in self._exact:
            return self._record(doc.id, {self.canonical(self._exact[key])})
        self._exact[key] = doc.id
        doc_keys = _band_keys(signatures([text.shingles]), DOC_BANDS, DOC_ROWS)
        candidates = self._doc_table.lookup(doc_keys)
        _, sets = self._paragraph_sets([text], 0)
        paragraph_keys = (
            _band_keys(signatures(sets, num_perm=PARAGRAPH_PERM), PARAGRAPH_BANDS, PARAGRAPH_ROWS) if sets else None
        )
        if paragraph_keys is not None:
            candidates |= self._paragraph_table.lookup(paragraph_keys)
        matches = {
            self.canonical(self._texts[i].doc.id)
            for i in sorted(candidates)
            if _is_duplicate_pair(text, self._texts[i], self.threshold)
        }
        owner = len(self._texts)
        self._texts.append(text)
        self._doc_table.add(doc_keys, owner)
        if paragraph_keys is not None:
            self._paragraph_table.add(paragraph_keys, owner)
        return self._record(doc.id, matches)

    def _record(self, doc_id: str, canonicals: set[str]) -> str | None:
        if not canonicals:
            return None
        by_id = {t.doc.id: t.doc for t in self._texts if t.doc.id in canonicals} if len(canonicals) > 1 else {}
        canonical = min(canonicals, key=lambda c: canonical_order(by_id[c])) if by_id else next(iter(canonicals))
        self._canonical[doc_id] = canonical
        return canonical


def syndication_groups(docs: Sequence[Document], duplicates: Mapping[str, str]) -> dict[str, str]:
    """Map every document id to its syndication group id (the canonical copy's id; singletons map to themselves).

    ``duplicates`` is the result of :func:`find_duplicates`; a document absent from it falls back
    to its own ``duplicate_of`` field. Chains are followed, so counting distinct values counts
    each wire story once.
    """
    parent = {doc.id: duplicates.get(doc.id) or doc.duplicate_of or doc.id for doc in docs}
    parent.update({k: v for k, v in duplicates.items() if k not in parent})
    groups: dict[str, str] = {}
    for doc in docs:
        current, seen = doc.id, {doc.id}
        while (nxt := parent.get(current, current)) != current and nxt not in seen:
            seen.add(nxt)
            current = nxt
        groups[doc.id] = current
    return groups


# -- the store's LSH index: one document at a time ------------------------------------------------

# ``paragraph`` values of whole-text rows in a stored LSH index (paragraph rows carry the index).
DOCUMENT_KEY = -1
EXACT_KEY = -2
SENTENCE_KEY = -3  # a sentence fingerprint (sentence reuse)
# Rows read per key from a stored index: like BUCKET_PEERS, a bucket of thousands of copies
# costs a bounded look-up (a few more peers, as a store's rows are not ordered by age).
STORED_PEERS = 2 * BUCKET_PEERS


@dataclass(frozen=True, slots=True)
class LshRows:
    """A stored LSH index's rows as arrays (a 100k-article corpus has over ten million: tuples would not fit);
    iterating yields ``(key, doc id, paragraph)`` in key order, ready for the store.

    Keys come in runs of one owner and one kind (a text's 16 band keys, its sentence fingerprints, a
    paragraph's bands), each run's owner and kind kept once: a full relink holds the index from the
    duplicate search to the store write, through story clustering (the bench's memory peak).
    """

    keys: np.ndarray  # int64, run after run
    runs: np.ndarray  # int32: the number of keys of each run
    owners: np.ndarray  # int32 per run, index into ids
    paragraphs: np.ndarray  # int32 per run: EXACT_KEY, DOCUMENT_KEY, SENTENCE_KEY or the paragraph's index
    ids: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.keys)

    def __iter__(self) -> Iterator[tuple[int, str, int]]:
        owners, paragraphs = np.repeat(self.owners, self.runs), np.repeat(self.paragraphs, self.runs)
        order = np.lexsort((paragraphs, self.keys))
        for start in range(0, len(order), 100_000):
            part = order[start : start + 100_000]
            for key, owner, paragraph in zip(
                self.keys[part].tolist(), owners[part].tolist(), paragraphs[part].tolist(), strict=True
            ):
                yield key, self.ids[owner], paragraph


def lsh_index(docs: Sequence[Document]) -> LshRows:
    """The index rows of documents: exact-text key, whole-text bands, sentence fingerprints, and the bands of
    each substantial paragraph (its ``Paragraph.index``); what :func:`check_new` candidates are looked up by.
    A full relink takes them from :func:`find_copies` (``index=True``) instead, which has hashed every text."""
    return _text_index([t for t in map(_text, docs) if t.words >= MIN_WORDS])


def _text_index(texts: Sequence[_Text], doc_sig: np.ndarray | None = None) -> LshRows:
    """:func:`lsh_index` of texts (``doc_sig``: their whole-text signatures, when known)."""
    if doc_sig is None:
        doc_sig = signatures([t.shingles for t in texts])
    nodes = _substantial_paragraphs(texts)
    prints = _CorpusFingerprints.of(texts).rows()
    return _index_rows(texts, doc_sig, prints, nodes, _paragraph_signatures(texts, nodes))


def _index_rows(
    texts: Sequence[_Text],
    doc_sig: np.ndarray,
    prints: tuple[np.ndarray, np.ndarray],
    nodes: Sequence[tuple[int, int]],
    paragraph_sig: np.ndarray,
) -> LshRows:
    """The index rows of texts from their hashing: whole-text signatures, distinct sentence fingerprints with
    their text (:meth:`_CorpusFingerprints.rows`), substantial paragraphs and their signatures."""
    ids = tuple(t.doc.id for t in texts)
    number = np.arange(len(texts), dtype=np.int32)
    exact = np.array([int.from_bytes(_exact_key(t)[:8], "little", signed=True) for t in texts], dtype=np.int64)
    doc_keys = _band_keys(doc_sig, DOC_BANDS, DOC_ROWS).view(np.int64)
    para_keys = _band_keys(paragraph_sig, PARAGRAPH_BANDS, PARAGRAPH_ROWS).view(np.int64)
    # Runs: each text's exact key, its document bands, its fingerprints (grouped by text), each paragraph's bands.
    keys = [exact, doc_keys.ravel(), prints[0].view(np.int64), para_keys.ravel()]
    runs = [
        np.ones(len(texts), dtype=np.int32),
        np.full(len(texts), DOC_BANDS, dtype=np.int32),
        np.bincount(prints[1], minlength=len(texts)).astype(np.int32),
        np.full(len(nodes), PARAGRAPH_BANDS, dtype=np.int32),
    ]
    owners = [number, number, number, np.array([t for t, _ in nodes], dtype=np.int32)]
    paragraphs = [
        np.full(len(texts), EXACT_KEY, dtype=np.int32),
        np.full(len(texts), DOCUMENT_KEY, dtype=np.int32),
        np.full(len(texts), SENTENCE_KEY, dtype=np.int32),
        np.array([texts[t].paragraphs[p].index for t, p in nodes], dtype=np.int32),
    ]
    return LshRows(
        np.concatenate(keys), np.concatenate(runs), np.concatenate(owners), np.concatenate(paragraphs), ids
    )


def _joined(first: LshRows, second: LshRows) -> LshRows:
    """The rows of two indexes of different documents as one."""
    if not len(second.ids):
        return first
    return LshRows(
        np.concatenate((first.keys, second.keys)),
        np.concatenate((first.runs, second.runs)),
        np.concatenate((first.owners, second.owners + np.int32(len(first.ids)))),
        np.concatenate((first.paragraphs, second.paragraphs)),
        first.ids + second.ids,
    )


def lsh_rows(docs: Sequence[Document]) -> list[tuple[int, str, int]]:
    """:func:`lsh_index` as a list of ``(key, doc id, paragraph)`` (for a few documents)."""
    return list(lsh_index(docs))


def lookup_keys(rows: Iterable[tuple[int, str, int]]) -> list[tuple[int, int]]:
    """What to look up in a stored index for a new document's rows: ``(key, kind)``, kind -1/-2 whole text,
    -3 sentence fingerprint, 0 paragraph."""
    return sorted({(key, paragraph if paragraph < 0 else 0) for key, _, paragraph in rows})


@dataclass(frozen=True, slots=True)
class NewCopy:
    """What :func:`check_new` found for one arriving document.

    ``duplicates``: canonical ids of the syndication groups it is a near-duplicate of (several
    when it bridges groups, which then become one); ``reuse``: paragraphs it carries from an
    earlier document, or that a later (already stored) document carries from it.
    """

    duplicates: frozenset[str]
    reuse: tuple[Reuse, ...]


def check_new(
    doc: Document,
    candidates: Sequence[Document],
    *,
    threshold: float | None = None,
) -> NewCopy:
    """Check one arriving document against the stored documents sharing an LSH key with it.

    The duplicate rule is :func:`find_copies`' (``_is_duplicate_pair``); a candidate's group is its
    ``duplicate_of`` (or itself). Partial reuse follows :func:`find_copies` on the pairs at hand:
    paragraphs of ``doc`` near-identical (``PARAGRAPH_THRESHOLD``) to paragraphs of a candidate
    outside its own groups, at least ``REUSE_MIN_PARAGRAPHS`` of them; a paragraph found in more
    than ``REUSE_MAX_GROUPS`` groups is common text; the earlier document is the source. Sentence reuse
    is :func:`find_copies`' rule run on the document and its candidates (:func:`_new_sentence_reuse`).
    """
    limit = float(settings.get("dedup_threshold", threshold))
    text = _text(doc)
    if text.words < MIN_WORDS:
        return NewCopy(frozenset(), ())
    others = [t for t in (_text(c) for c in candidates if c.id != doc.id) if t.words >= MIN_WORDS]
    duplicates = frozenset(
        other.doc.duplicate_of or other.doc.id for other in others if _is_duplicate_pair(text, other, limit)
    )
    own_groups = duplicates | {doc.id}
    outside = [o for o in others if (o.doc.duplicate_of or o.doc.id) not in own_groups and o.doc.id not in own_groups]
    return NewCopy(duplicates, tuple(_merged(list(_new_reuse(text, outside)), _new_sentence_reuse(text, outside))))


def _new_sentence_reuse(text: _Text, others: Sequence[_Text]) -> dict[tuple[str, str], dict[int, int]]:
    """Sentence reuse (:func:`_sentence_reuse`, the same rule) between a new text and stored ones."""
    texts = sorted([text, *others], key=lambda t: canonical_order(t.doc))
    groups = UnionFind(t.doc.id for t in texts)
    for other in others:
        if other.doc.duplicate_of in groups:
            groups.union(other.doc.duplicate_of, other.doc.id)
    reuse = _sentence_reuse(texts, groups, _CorpusFingerprints.of(texts))
    return {pair: m for pair, m in reuse.items() if text.doc.id in pair}


def _new_reuse(text: _Text, others: Sequence[_Text]) -> Iterator[Reuse]:
    """Reuse between a new text and stored ones (see :func:`check_new`)."""
    mine = [(p, np.unique(p.shingles)) for p in text.paragraphs if p.words >= PARAGRAPH_MIN_WORDS]
    carriers: dict[int, dict[str, int]] = {}  # new paragraph -> {other doc: its matching paragraph}
    prose: set[tuple[int, str]] = set()  # (new paragraph, other doc) sharing prose, not only a quotation
    for other in others:
        theirs = [(p, np.unique(p.shingles)) for p in other.paragraphs if p.words >= PARAGRAPH_MIN_WORDS]
        for paragraph, shingle_set in mine:
            index = paragraph.index
            for their_paragraph, their_set in theirs:
                their_index = their_paragraph.index
                if _jaccard(shingle_set, their_set) >= PARAGRAPH_THRESHOLD:
                    carriers.setdefault(index, {}).setdefault(other.doc.id, their_index)
                    if _lifted_prose(paragraph, their_paragraph):
                        prose.add((index, other.doc.id))
                    break
    by_id = {o.doc.id: o.doc for o in others}
    pairs: dict[tuple[str, str], dict[int, int]] = {}
    prose_pairs: set[tuple[str, str]] = set()
    for index, held in carriers.items():
        groups = {by_id[d].duplicate_of or d for d in held}
        if len(groups) + 1 > REUSE_MAX_GROUPS:
            continue  # common text (a footer, a widely carried statement)
        first = min(held, key=lambda d: canonical_order(by_id[d]))
        if canonical_order(by_id[first]) < canonical_order(text.doc):
            pairs.setdefault((text.doc.id, first), {}).setdefault(index, held[first])
            if (index, first) in prose:
                prose_pairs.add((text.doc.id, first))
        else:  # the new document came first (a back-filled archive): the others borrowed from it
            for other_id, their_index in held.items():
                pairs.setdefault((other_id, text.doc.id), {}).setdefault(their_index, index)
                if (index, other_id) in prose:
                    prose_pairs.add((other_id, text.doc.id))
    for (doc_id, source_id), matched in sorted(pairs.items()):
        if (doc_id, source_id) in prose_pairs and min(len(matched), len(set(matched.values()))) >= REUSE_MIN_PARAGRAPHS:
            indices = sorted(matched)
            yield Reuse(doc_id, source_id, tuple(indices), tuple(matched[i] for i in indices))


class _Lent(Protocol):
    """A partial-reuse record: :class:`Reuse` or the store's ``ReuseRow``."""

    @property
    def doc(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def paragraphs(self) -> tuple[int, ...]: ...


def lifted_passages(docs: Iterable[Document], reuse: Iterable[_Lent]) -> dict[str, list[tuple[int, int, str]]]:
    """Borrower doc id -> ``(start, end, lender doc id)`` of each paragraph it lifted (offsets in its kept text),
    from :class:`Reuse` records or the store's rows: those words are the lender's, not the borrower's. A
    paragraph found in two lenders keeps the first (reuse is sorted by borrower and lender)."""
    lenders: dict[str, dict[int, str]] = {}
    for r in reuse:
        held = lenders.setdefault(r.doc, {})
        for index in r.paragraphs:
            held.setdefault(index, r.source)
    passages: dict[str, list[tuple[int, int, str]]] = {}
    for doc in docs:
        if doc.id in lenders:
            spans = paragraph_spans(doc.paragraphs)
            passages[doc.id] = [(*spans[i], lender) for i, lender in lenders[doc.id].items() if i in spans]
    return passages


def independent_sources(docs: Sequence[Document], groups: Mapping[str, str]) -> dict[str, str]:
    """Map every document id to its independent source: a copy of a syndicated story is its
    syndication group (``groups``, see :func:`syndication_groups`: a wire story printed by ten
    outlets is one report), any other document its outlet (two BBC articles repeating a quote are
    one newsroom's word). A document with neither copies nor an outlet is its own source.

    An outlet's own article and the wire story it also printed stay two sources, and outlets that
    printed one wire story are not thereby one outlet.
    """
    sizes = Counter(groups.get(doc.id, doc.id) for doc in docs)
    sources: dict[str, str] = {}
    for doc in docs:
        group = groups.get(doc.id, doc.id)
        outlet = (doc.outlet or "").strip().lower()
        if sizes[group] > 1 or not outlet:
            sources[doc.id] = f"group:{group}"
        else:
            sources[doc.id] = f"outlet:{outlet}"
    return sources


def rewritten_pairs(docs: Sequence[Document]) -> list[tuple[str, str]]:
    """Pairs of documents (ids) one of which retells the other: most of the shorter one's own sentences
    (:func:`own_sentences`, ``REWRITE_SHARE`` and at least ``REWRITE_MIN_SENTENCES`` of them) each share a run
    of ``SHINGLE_WORDS`` words outside quotation marks with a sentence of the other, in the other's order.

    Neither a copy (the words are changed) nor partial reuse (no sentence copied whole): an outlet rewording
    another's short report sentence by sentence ("will be 4.8%, the office said Tuesday", "the office said
    Tuesday that ... will be 4.8%"). Two reports of one event share a stock phrase or two, not the run
    of their sentences. Meant for the documents of one story (every pair whose sentences share a run is read).
    """
    sentences = {
        doc.id: [shingle_hashes(words) for paragraph in doc.text.split("\n\n") for words in own_sentences(paragraph)]
        for doc in docs
    }
    holders: dict[int, set[str]] = {}
    for doc_id, shingle_sets in sentences.items():
        for hashes in shingle_sets:
            for value in hashes.tolist():
                holders.setdefault(value, set()).add(doc_id)
    # how many of each article's sentences share a run with another article: only a pair where the shorter
    # article has enough such sentences is read sentence by sentence (a large story has many pairs)
    matched: dict[tuple[str, str], int] = Counter()
    for doc_id, shingle_sets in sentences.items():
        for hashes in shingle_sets:
            for other in {holder for value in hashes.tolist() for holder in holders[value]} - {doc_id}:
                matched[(doc_id, other)] += 1
    pairs: list[tuple[str, str]] = []
    ids = [doc.id for doc in docs]
    for i, one in enumerate(ids):
        for other in ids[i + 1 :]:
            small, big = (one, other) if len(sentences[one]) <= len(sentences[other]) else (other, one)
            if matched[(small, big)] >= max(REWRITE_MIN_SENTENCES, REWRITE_SHARE * len(sentences[small])) \
                    and _retells(sentences[one], sentences[other]):
                pairs.append((one, other))
    return pairs


def _retells(a: Sequence[np.ndarray], b: Sequence[np.ndarray]) -> bool:
    """Whether the shorter of two articles' sentence shingles has enough of its sentences matched, in order."""
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    if len(small) < REWRITE_MIN_SENTENCES:
        return False
    matches = [[j for j, other in enumerate(big) if len(np.intersect1d(mine, other, assume_unique=True))]
               for mine in small]
    if sum(1 for m in matches if m) < max(REWRITE_MIN_SENTENCES, REWRITE_SHARE * len(small)):
        return False
    # the longest chain of matched sentences in the same order in both (a strictly increasing sequence)
    tails: list[int] = []
    for candidates in matches:
        for j in sorted(candidates, reverse=True):
            k = bisect.bisect_left(tails, j)
            tails[k:k + 1] = [j]
    return len(tails) >= max(REWRITE_MIN_SENTENCES, REWRITE_SHARE * len(small))


def superseded_versions(docs: Sequence[Document], groups: Mapping[str, str]) -> dict[str, str]:
    """Older versions of an outlet's own article: doc id -> id of the newest version that replaces it.

    Two documents of one syndication group (``groups``: doc id -> group id, see
    :func:`syndication_groups`) from the same outlet are versions of one article (an outlet
    updating its story); the newest (latest publication, :func:`canonical_order`) replaces the
    others in their story, which stay stored. Documents without an outlet are never versions.
    """
    versions: dict[tuple[str, str], list[Document]] = {}
    for doc in docs:
        outlet = (doc.outlet or "").strip().lower()
        if outlet:
            versions.setdefault((groups.get(doc.id, doc.id), outlet), []).append(doc)
    replaced: dict[str, str] = {}
    for members in versions.values():
        if len(members) < 2:
            continue
        newest = max(members, key=canonical_order)
        replaced.update({d.id: newest.id for d in members if d.id != newest.id})
    return replaced
