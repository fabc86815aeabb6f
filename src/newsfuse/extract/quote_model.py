"""A learned attribution-cue scorer: is this word, with this complement, an attribution?

The rules of :mod:`newsfuse.extract.quotes` know speech verbs by name. Attribution corpora also
annotate beliefs, evaluations and stances ("X doubts ...", "X's push for ...", "X is wary of
...") whose cue words form a long tail. This module scores every candidate pair *(cue word,
complement)* that the dependency parse offers (see
:func:`newsfuse.extract.quotes.complement_relations`) with a logistic regression over sparse
features the spaCy ``Doc`` already holds: the word's lemma, part of speech, tag, dependency
label and suffix, the relation of the complement and its shape (a "that" clause, a "to"
infinitive, a question word), what the subject is (a pronoun, a named person, an organisation,
a noun of the kind that speaks, none), the possessor, negation, the word the cue hangs from,
the head word of the complement.
Lemma-free features let a cue word never seen in training score by what its sentence looks
like, not only by name.

The model is trained on the PolNeAR *train* split (``python -m newsfuse.evaluate.quotes --data
../shared/data/polnear``, see :func:`newsfuse.evaluate.quotes.train_cue_model`) on the candidates
the speech rules leave undecided; its weights are plain numbers in ``data/quote_model.json``, and
scoring a document is a few dictionary look-ups per candidate word (no second parse).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from spacy.tokens import Token

MODEL_FILE = "quote_model.json"
# Parts of speech a candidate cue can have ("believes", "claim (that)", "(is) confident (that)").
CANDIDATE_POS = frozenset({"VERB", "NOUN", "ADJ"})
# Subject heads of the kind that speaks or holds a view (lemmas), an anonymous or written source.
_SPEAKING_NOUNS = frozenset(
    "official source analyst expert aide diplomat spokesman spokeswoman spokesperson adviser advisor "
    "lawmaker critic supporter opponent voter poll survey report statement campaign candidate leader "
    "republican democrat president senator governor nominee chairman manager strategist people".split()
)
# Common reporting verbs (a nested attribution under one of them is part of its content).
_REPORTING_VERBS = frozenset("say tell add state claim announce warn argue insist explain note write report".split())
_WH_WORDS = frozenset({"whether", "if", "how", "why", "what", "who", "when", "where", "which"})


@dataclass(frozen=True, slots=True)
class CueModel:
    """Feature weights (name -> weight), bias and the score a pair needs to count as a cue."""

    weights: dict[str, float]
    bias: float
    threshold: float
    trained_on: str = ""

    def score(self, features: Iterable[str]) -> float:
        """Probability that a candidate with these features is a cue of this complement."""
        get = self.weights.get
        z = self.bias + sum(get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> str:
        ordered = dict(sorted(self.weights.items()))
        return json.dumps({"trained_on": self.trained_on, "bias": self.bias, "threshold": self.threshold,
                           "weights": ordered}, indent=0, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> CueModel:
        data = json.loads(text)
        return cls({k: float(v) for k, v in data["weights"].items()}, float(data["bias"]),
                   float(data["threshold"]), data.get("trained_on", ""))


@lru_cache(maxsize=1)
def load_model() -> CueModel:
    """The model shipped with the package (``newsfuse/data/quote_model.json``)."""
    return CueModel.from_json(resources.files("newsfuse").joinpath("data", MODEL_FILE).read_text("utf-8"))


def _subject_class(token: Token) -> str:
    """What stands in subject (or possessor) position of a candidate cue."""
    subject = None
    owner = None
    current = token
    for _ in range(3):
        for child in current.children:
            if child.dep_ in {"nsubj", "nsubjpass", "csubj"}:
                subject = child
                break
            if child.dep_ == "poss" and owner is None:
                owner = child
        if subject is not None or current.dep_ not in {"conj", "xcomp", "acomp", "attr", "dobj"}:
            break
        current = current.head
    found = subject if subject is not None else owner
    if found is None:
        return "none"
    role = "s" if subject is not None else "p"
    if subject is not None and subject.dep_ == "nsubjpass":
        role = "pass"
    if found.pos_ == "PRON":
        return f"{role}:pron:{found.lower_}"
    if found.ent_type_:
        return f"{role}:ent:{found.ent_type_}"
    lemma = found.lemma_.lower()
    if lemma in _SPEAKING_NOUNS:
        return f"{role}:speaking"
    return f"{role}:{found.pos_}"


def _complement_shape(relation: str, child: Token) -> str:
    """How the complement starts: "that", "to", a question word, a noun phrase, a participle."""
    first = child.left_edge
    if relation in {"ccomp", "acl", "xcomp"}:
        marker = next((c.lower_ for c in child.children if c.dep_ in {"mark", "aux"} and c.i < child.i), "")
        if marker in {"that", "to"} or marker in _WH_WORDS:
            return marker
        if first.lower_ in _WH_WORDS:
            return "wh"
        return child.tag_
    return child.tag_ if child.pos_ != "PROPN" else "PROPN"


def _reported_by(token: Token) -> str:
    """Does the word lie inside another verb's clausal complement ("said <that X doubts ...>")?
    PolNeAR tags each token once, so an attribution nested in reported speech is not its own."""
    current = token
    for _ in range(8):
        head = current.head
        if head.i == current.i:
            return ""
        if current.dep_ == "ccomp" and head.pos_ == "VERB":
            return "speech" if head.lemma_.lower() in _REPORTING_VERBS else "ccomp"
        current = head
    return ""


def candidate_features(token: Token, relation: str, child: Token, subject: str | None = None) -> list[str]:
    """Sparse feature names of the pair (cue word ``token``, complement ``child`` by ``relation``)."""
    lemma = f"{token.lemma_.lower()}/{token.pos_}"
    rel = relation if not relation.startswith("prep:") else "prep"
    head = token.head
    subject = subject if subject is not None else _subject_class(token)
    shape = _complement_shape(relation, child)
    length = child.right_edge.i - child.left_edge.i + 1
    size = "1" if length <= 1 else "2-3" if length <= 3 else "4-8" if length <= 8 else "9+"
    neg = any(c.dep_ == "neg" for c in token.children)
    prev = token.doc[token.i - 1] if token.i > 0 else None
    features = [
        f"lem={lemma}",
        f"lemrel={lemma}|{relation}",
        f"rel={relation}",
        f"pos={token.pos_}|{rel}",
        f"tag={token.tag_}|{rel}",
        f"dep={token.dep_}|{rel}",
        f"suf={token.lemma_.lower()[-3:]}/{token.pos_}|{rel}",
        f"subj={subject}|{rel}",
        f"subjpos={subject}|{token.pos_}",
        f"shape={shape}|{rel}",
        f"lemshape={lemma}|{shape}",
        f"size={size}|{rel}",
        f"head={head.lemma_.lower()}|{token.dep_}" if head.i != token.i else "head=ROOT",
        f"headpos={head.pos_}|{token.dep_}|{token.pos_}",
        f"prev={prev.lower_ if prev is not None else ''}|{token.pos_}",
    ]
    if relation.startswith("prep:"):
        features.append(f"prepword={relation}|{token.pos_}")
    if child.ent_type_:
        features.append(f"childent={child.ent_type_}|{rel}")
    # What the complement is about: "voted against <a measure>", "drew <criticism>", "warned of
    # <risks>" (held-out train F1 +0.003 to +0.005 on three 200-article splits).
    features.append(f"childlem={child.lemma_.lower()}|{rel}")
    coarse = subject.split(":")[1] if ":" in subject else subject
    features.append(f"lemsubj={lemma}|{coarse}")
    reporter = _reported_by(token)
    if reporter:
        features.append(f"inside={reporter}|{rel}")
    if neg:
        features.append(f"neg|{rel}")
    if subject.startswith(("s:ent:PERSON", "s:pron:he", "s:pron:she", "p:ent:PERSON")):
        features.append(f"person_lem={lemma}")
    return features


def candidates(token: Token, relations: Sequence[tuple[str, Token]]) -> list[tuple[str, Token, list[str]]]:
    """Each ``(relation, child)`` of a candidate cue with its features (the subject found once)."""
    if not relations:
        return []
    subject = _subject_class(token)
    return [(relation, child, candidate_features(token, relation, child, subject)) for relation, child in relations]


# -- training ----------------------------------------------------------------------------------


def fit(rows: Sequence[Sequence[str]], labels: Sequence[int], *, l2: float = 3.0, iterations: int = 300,
        rate: float = 0.3, min_count: int = 2, min_weight: float = 0.05) -> tuple[dict[str, float], float]:
    """Logistic regression over sparse binary features by full-batch AdaGrad: (weights, bias).

    Features seen in fewer than ``min_count`` rows are left out; ``l2`` is the penalty on the
    summed squared weights (the loss is summed over rows, not averaged). Weights smaller than
    ``min_weight`` are dropped from the result (half the file; held-out F1 0.7006 -> 0.7000).
    """
    counts: dict[str, int] = {}
    for row in rows:
        for name in set(row):
            counts[name] = counts.get(name, 0) + 1
    names = sorted(name for name, count in counts.items() if count >= min_count)
    index = {name: i for i, name in enumerate(names)}
    cols: list[int] = []
    sizes: list[int] = []
    for row in rows:
        present = {index[name] for name in row if name in index}
        cols.extend(present)
        sizes.append(len(present))
    col = np.asarray(cols, dtype=np.int64)
    row_of = np.repeat(np.arange(len(rows)), np.asarray(sizes, dtype=np.int64))
    y = np.asarray(labels, dtype=float)
    w = np.zeros(len(names))
    b = 0.0
    g2w = np.full(len(names), 1e-8)
    g2b = 1e-8
    for _ in range(iterations):
        z = np.bincount(row_of, weights=w[col], minlength=len(rows)) + b
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        error = p - y
        grad = np.bincount(col, weights=error[row_of], minlength=len(names)) + l2 * w
        grad_b = float(error.sum())
        g2w += grad * grad
        g2b += grad_b * grad_b
        w -= rate * grad / np.sqrt(g2w)
        b -= rate * grad_b / math.sqrt(g2b)
    weights = {name: round(float(x), 4) for name, x in zip(names, w, strict=True) if abs(x) >= min_weight}
    return weights, round(b, 4)
