"""The figures gold set (annotations only) and the figures scorer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsfuse.errors import EvaluationError
from newsfuse.evaluate.figures import (
    GoldFigure,
    gold_path,
    head_word,
    load_gold,
    same_head,
    same_value,
    score,
    split_articles,
)
from newsfuse.records import Figure

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "article-bias-prediction-allsides"


def test_eval_figures_gold_holds_only_annotations() -> None:
    articles, gold = load_gold()
    assert len(gold) >= 300
    assert len(articles) >= 20
    allowed = {"article", "start", "end", "value", "upper", "unit", "hedge", "about"}
    for line in gold_path().read_text(encoding="utf-8").splitlines()[1:]:
        assert set(json.loads(line)) <= allowed  # no article text stored
    assert {g.hedge for g in gold} <= {"exact", "approx", "lower", "upper"}
    assert all(g.article in articles and 0 <= g.start < g.end for g in gold)


def test_eval_figures_gold_offsets_fit_the_articles() -> None:
    if not (DATA / "data" / "jsons").is_dir():
        pytest.skip("../shared/data/article-bias-prediction-allsides is not available")
    articles, gold = load_gold()
    for article in articles:
        text = json.loads((DATA / "data" / "jsons" / f"{article}.json").read_text(encoding="utf-8"))["content_original"]
        for figure in (g for g in gold if g.article == article):
            span = text[figure.start : figure.end]
            assert figure.end <= len(text) and any(ch.isdigit() or ch.isalpha() for ch in span)


@pytest.mark.parametrize(
    ("found", "truth", "same"),
    [(80.0, 80.0, True), (33.3, 33.333, True), (86.0, 0.86, False), (None, None, True), (None, 5.0, False)],
)
def test_eval_figures_same_value(found: float | None, truth: float | None, same: bool) -> None:
    assert same_value(found, truth) is same


def test_eval_figures_same_head() -> None:
    assert head_word("Russian military casualties") == "casualtie"
    assert same_head("court's approval rating", "approval rating")
    assert same_head("total number of workers", "workers")
    assert same_head(None, None)
    assert not same_head("points", "approval rating")
    assert not same_head(None, "claims")


def test_eval_figures_score_counts_matches_and_attributes() -> None:
    gold = [
        GoldFigure("a1", 10, 20, 300.0, None, None, "approx", "troops"),
        GoldFigure("a1", 40, 45, 5.0, None, "%", "exact", None),
    ]
    found = [
        Figure(doc="a1", text="nearly 300 troops", value=300.0, unit=None, about="troops", hedge="approx", start=3, end=20),
        Figure(doc="a1", text="12", value=12.0, unit=None, about=None, hedge="exact", start=60, end=62),
    ]
    scores = score(gold, {"a1": found}, ["a1"])
    assert (scores.mentions.tp, scores.mentions.fp, scores.mentions.fn) == (1, 1, 1)
    assert scores.accuracy("value") == scores.accuracy("hedge") == scores.accuracy("about") == 1.0


def test_eval_figures_splits_are_fixed_disjoint_halves() -> None:
    articles, _ = load_gold()
    tune, test = split_articles(articles, "tune"), split_articles(articles, "test")
    assert set(tune).isdisjoint(test) and set(tune) | set(test) == set(articles)
    assert abs(len(tune) - len(test)) <= 1
    assert tune == split_articles(list(reversed(articles)), "tune")  # by sorted ID, not file order
    assert split_articles(["c", "a", "b"], "tune") == ["a", "c"]
    with pytest.raises(EvaluationError):
        split_articles(articles, "dev")


def test_eval_figures_fingerprint_does_not_move_with_the_checkout(tmp_path: Path) -> None:
    # the gold set lives in the project, the articles in ../shared/data: wherever the checkout sits, the same
    # files give the same hash (sorted together by full path, the gold file changed places with the data)
    from newsfuse.evaluate.core import data_fingerprint

    data = tmp_path / "m" / "data"
    data.mkdir(parents=True)
    (data / "a.json").write_text("article")
    hashes = set()
    for checkout in ("a", "z"):
        gold = tmp_path / checkout / "gold.json"
        gold.parent.mkdir()
        gold.write_text("gold")
        hashes.add(data_fingerprint([data / "a.json"], then=[gold]))
    assert len(hashes) == 1
