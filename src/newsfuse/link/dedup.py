"""Near-duplicate and syndication detection with MinHash/LSH.

A wire story printed by ten outlets must count as one source. Each document's kept text is
normalised (lower case, punctuation stripped) and cut into word 5-gram shingles; a 128-permutation
MinHash per document feeds two indexes so that the work stays sub-quadratic:

- a :class:`datasketch.MinHashLSH` finds pairs whose estimated Jaccard similarity may reach the
  ``dedup_threshold`` setting (the same copy with small edits);
- a :class:`datasketch.MinHashLSHEnsemble` finds documents whose shingles lie mostly inside another
  document's (the same wire copy with a trimmed ending, or wrapped in different boilerplate, where
  Jaccard drops but containment stays high).

Candidate pairs are verified (estimated Jaccard, exact containment of the shingle sets), joined
with union-find, and every document of a group points at its canonical copy: the earliest
``published``, ties broken by id.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime

from datasketch import MinHash, MinHashLSH, MinHashLSHEnsemble

from newsfuse import settings
from newsfuse.records import Document

NUM_PERM = 128
SHINGLE_WORDS = 5
# Fewer words than this is too little evidence for any duplicate decision.
MIN_WORDS = 2
# Containment alone ("this text lies inside that one") is only trusted for texts long enough
# that sharing all their shingles is not a coincidence of one shared sentence.
MIN_CONTAINED_WORDS = 25

# How much looser than the threshold the LSH indexes are queried for candidates.
CANDIDATE_SLACK = 0.15

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


def normalise_words(text: str) -> list[str]:
    """Lower-cased words with punctuation stripped (apostrophes inside words kept, unified)."""
    return [w.replace("’", "'") for w in _WORD.findall(text.lower())]


def shingles(text: str, *, size: int = SHINGLE_WORDS) -> frozenset[str]:
    """Word ``size``-grams of the normalised text; a short text is one shingle, an empty one none."""
    words = normalise_words(text)
    if len(words) < MIN_WORDS:
        return frozenset()
    if len(words) <= size:
        return frozenset({" ".join(words)})
    return frozenset(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))


def minhash(shingle_set: Iterable[str]) -> MinHash:
    """A 128-permutation MinHash of a shingle set."""
    signature = MinHash(num_perm=NUM_PERM)
    signature.update_batch([s.encode("utf-8") for s in shingle_set])
    return signature


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


class _UnionFind:
    def __init__(self, keys: Iterable[str]) -> None:
        self._parent = {k: k for k in keys}

    def find(self, key: str) -> str:
        root = key
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[key] != root:  # path compression
            self._parent[key], key = root, self._parent[key]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self._parent[rb] = ra

    def groups(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for key in self._parent:
            out.setdefault(self.find(key), []).append(key)
        return out


def _jaccard_pairs(signatures: Mapping[str, MinHash], threshold: float) -> Iterable[tuple[str, str]]:
    """Pairs whose estimated Jaccard similarity reaches ``threshold`` (LSH candidates, then verified)."""
    index = MinHashLSH(threshold=max(0.3, threshold - CANDIDATE_SLACK), num_perm=NUM_PERM)
    for key, signature in signatures.items():
        index.insert(key, signature)
    for key, signature in signatures.items():
        for other in index.query(signature):
            if other > key and signature.jaccard(signatures[other]) >= threshold:
                yield key, other


def _containment_pairs(
    sets: Mapping[str, frozenset[str]], signatures: Mapping[str, MinHash], threshold: float
) -> Iterable[tuple[str, str]]:
    """Pairs where the smaller text's shingles lie (at least ``threshold``) inside the larger's."""
    eligible = [k for k, s in sets.items() if len(s) >= MIN_CONTAINED_WORDS - SHINGLE_WORDS + 1]
    if len(eligible) < 2:
        return
    # The index is probabilistic: query it looser than the threshold, then verify exactly.
    index = MinHashLSHEnsemble(threshold=max(0.5, threshold - CANDIDATE_SLACK), num_perm=NUM_PERM, num_part=4, m=4)
    index.index((k, signatures[k], len(sets[k])) for k in eligible)
    for key in eligible:
        small = sets[key]
        for other in index.query(signatures[key], len(small)):
            if other == key:
                continue
            big = sets[other]
            # Each pair is verified once, from its smaller side (ties: from the smaller id).
            if (len(big), other) < (len(small), key):
                continue
            if len(small & big) / len(small) >= threshold:
                yield key, other


def find_duplicates(docs: Sequence[Document], *, threshold: float | None = None) -> dict[str, str]:
    """Map each near-duplicate document's id to its canonical copy's id.

    Two documents are near-duplicates when the estimated Jaccard similarity of their shingle sets
    reaches ``threshold`` (setting ``dedup_threshold``), or when one's shingles lie at least that
    much inside the other's. Groups are transitive; the canonical copy of a group is its earliest
    published document (ties by id), and every value of the result is a canonical id. Documents
    with fewer than two words are never duplicates.
    """
    limit = float(settings.get("dedup_threshold", threshold))
    by_id = {doc.id: doc for doc in docs}
    sets = {doc_id: shingles(doc.text) for doc_id, doc in by_id.items()}
    sets = {doc_id: s for doc_id, s in sets.items() if s}
    signatures = {doc_id: minhash(s) for doc_id, s in sets.items()}
    groups = _UnionFind(sets)
    for a, b in _jaccard_pairs(signatures, limit):
        groups.union(a, b)
    for a, b in _containment_pairs(sets, signatures, limit):
        groups.union(a, b)
    duplicates: dict[str, str] = {}
    for members in groups.groups().values():
        if len(members) < 2:
            continue
        canonical = min((by_id[m] for m in members), key=canonical_order).id
        duplicates.update({m: canonical for m in members if m != canonical})
    return duplicates


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
