"""The generated syndication test set: its gold, its scoring, and a run on the real articles."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from newsfuse.evaluate.duplicates import (
    KINDS,
    REAL_LABELS,
    Article,
    generate,
    independent,
    load_articles,
    load_real_pairs,
    make_copy,
    run,
    score_duplicates,
    score_reuse,
)

TOPICS = ("budget", "harbour", "schools")


def _articles() -> list[Article]:
    """Invented articles: each paragraph its own wording, so no two articles share text by chance."""
    rng = random.Random(3)
    words = [f"{a}{b}" for a in ("tal", "mer", "vos", "kin", "dru", "pel") for b in ("ano", "ike", "oru", "est")]
    articles = []
    for n in range(60):
        paragraphs = tuple(
            " ".join(rng.choice(words) for _ in range(rng.randint(18, 30))).capitalize() + "."
            for _ in range(rng.randint(5, 8))
        )
        articles.append(Article(f"a{n:02d}", f"Council report number {n}", TOPICS[n % 3], "2024-05-01", paragraphs))
    return articles


def test_eval_duplicates_copies_keep_the_text_and_change_the_wrapping() -> None:
    article = _articles()[0]
    rng = random.Random(1)
    for kind in KINDS:
        copy = make_copy(article, kind, rng, f"c-{kind}")
        body = [p.text for p in copy.paragraphs]
        if kind in ("trimmed", "mixed"):
            assert len([p for p in article.paragraphs if p in body]) < len(article.paragraphs)
        if kind == "boilerplate":
            assert all(p in body for p in article.paragraphs) and len(body) > len(article.paragraphs)
        if kind == "headline":
            assert copy.title != article.title
        assert body.count(article.paragraphs[0]) == 1  # the lead is always kept


def test_eval_duplicates_gold_groups_and_reuse_pairs_are_consistent() -> None:
    test = generate(_articles(), sources=10, hosts=8)
    ids = {d.id for d in test.documents}
    assert set(test.group_of) == ids
    assert all(test.group_of[c] in ids and test.group_of[c] != c for c in test.kind_of)
    assert test.reuse and all(host in ids and source in ids for host, source in test.reuse.items())
    # A host replaces its original article and is a group of its own.
    assert all(host.removesuffix("~reuse") not in ids and test.group_of[host] == host for host in test.reuse)


def test_eval_duplicates_scoring_perfect_and_empty_predictions() -> None:
    test = generate(_articles(), sources=10, hosts=8)
    perfect = {c: test.group_of[c] for c in test.kind_of}
    prf, per_kind = score_duplicates(perfect, test)
    assert prf.precision == prf.recall == 1.0
    assert all(found == total for found, total in per_kind.values())
    empty, _ = score_duplicates({}, test)
    assert empty.recall == 0.0
    reuse, unlabelled = score_reuse([(source, host) for host, source in test.reuse.items()], test)
    assert reuse.precision == reuse.recall == 1.0 and unlabelled == 0


def test_eval_duplicates_set_aside_articles_already_sharing_paragraphs() -> None:
    articles = _articles()[:3]
    shared = Article("z-copy", "Copy", "budget", None, articles[0].paragraphs[:2] + ("Own words here.",))
    kept = independent([*articles, shared])
    assert [a.id for a in kept] == ["a00", "a01", "a02"]


def test_eval_duplicates_on_real_articles(shared_data: Path) -> None:
    folder = shared_data / "article-bias-prediction-allsides"
    if not folder.is_dir():
        pytest.skip(f"{folder} not found")
    articles, _ = load_articles(folder)
    assert len(articles) > 1000
    report = run(folder, None)
    values = {m.name: m.value for m in report.metrics}
    assert values["duplicate pair precision"] >= 0.99
    assert values["duplicate pair recall"] >= 0.95
    assert values["reuse hosts marked duplicates"] == 0


def test_eval_duplicates_real_pairs_are_ids_and_labels_only() -> None:
    pairs = load_real_pairs(None)
    assert len(pairs) >= 100
    for pair in pairs:
        assert set(pair) == {"a", "b", "label", "split"}  # no text of the articles
        assert pair["label"] in REAL_LABELS and pair["split"] in ("tune", "test")
        assert all(ref.split(":", 1)[0] in ("allsides", "neus") for ref in (pair["a"], pair["b"]))
    assert len(load_real_pairs("tune")) + len(load_real_pairs("test")) == len(pairs)


def test_eval_duplicates_on_real_pairs(shared_data: Path) -> None:
    folder = shared_data / "article-bias-prediction-allsides"
    if not folder.is_dir() or not (shared_data / "neus-allsides").is_dir():
        pytest.skip(f"{folder} or its neus-allsides sibling not found")
    report = run(folder, "real-tune")
    values = {m.name.split(" (")[0]: m.value for m in report.metrics}
    # shared quotations (interview answers, embedded posts) were reported as partial reuse
    assert values["quotation-only pairs reported"] == 0
    assert values["independent pairs reported"] == 0
