"""Tests for the extraction evaluation task (shingle metric and benchmark run)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsfuse.errors import EvaluationError
from newsfuse.evaluate import extraction
from newsfuse.evaluate.extraction import ItemScore, score_item, shingles, summarise

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "article-extraction-benchmark"


def test_eval_extraction_shingles_are_four_token_windows() -> None:
    assert shingles("The cat sat on the mat.") == {
        ("The", "cat", "sat", "on"): 1, ("cat", "sat", "on", "the"): 1, ("sat", "on", "the", "mat"): 1,
    }
    assert shingles("Too short!") == {("Too", "short"): 1}  # fewer than 4 tokens: one shingle
    assert shingles(" ... ") == {}


def test_eval_extraction_item_score_is_normalised() -> None:
    # gold shingles: the-cat-sat-on, cat-sat-on-the, sat-on-the-mat, on-the-mat-today
    # predicted swaps the last word: 3 shared, 1 extra, 1 missing -> 3/5, 1/5, 1/5
    item = score_item("the cat sat on the mat yesterday", "the cat sat on the mat today")
    assert (item.tp, item.fp, item.fn) == pytest.approx((0.6, 0.2, 0.2))
    assert item.precision == pytest.approx(0.75)
    assert item.recall == pytest.approx(0.75)


def test_eval_extraction_repeated_shingles_count_as_multiset() -> None:
    # The prediction repeats the article: every gold shingle found once, the copy is extra.
    item = score_item("a b c d a b c d", "a b c d")
    # predicted shingles: abcd x2, bcda, cdab, dabc -> tp 1, fp 4, fn 0
    assert (item.tp, item.fp, item.fn) == pytest.approx((0.2, 0.8, 0.0))


def test_eval_extraction_averages_then_f1() -> None:
    items = [
        score_item("the cat sat on the mat yesterday", "the cat sat on the mat today"),  # P .75 R .75
        score_item("", "alpha beta gamma delta epsilon"),  # nothing predicted: P 0, R 0
        score_item("one two three four five", "one two three four"),  # P .5 R 1
    ]
    summary = summarise(items)
    assert summary.precision == pytest.approx((0.75 + 0.0 + 0.5) / 3)
    assert summary.recall == pytest.approx((0.75 + 0.0 + 1.0) / 3)
    p, r = summary.precision, summary.recall
    assert summary.f1 == pytest.approx(2 * p * r / (p + r))


def test_eval_extraction_empty_pair_is_perfect() -> None:
    item = score_item("", "")
    assert item == ItemScore(0.0, 0.0, 0.0)
    assert (item.precision, item.recall) == (1.0, 1.0)


def test_eval_extraction_missing_data_raises_clear_error(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="ground-truth.json"):
        extraction.run(tmp_path)


def test_eval_extraction_runs_on_tiny_made_up_benchmark(tmp_path: Path) -> None:
    body = ("The regional water authority said on Monday that reservoir levels had recovered to 84% "
            "of capacity after three weeks of heavy rain across the hills.")
    html = (f"<html><head><title>Reservoirs refill</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>Reservoirs refill after rain</h1><p>{body}</p>"
            f"<p>Officials lifted the hosepipe ban that had been in force since July.</p></article>"
            f"<footer>© 2024 Hill Times</footer></body></html>")
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "abc.html.gz").write_bytes(gzip.compress(html.encode()))
    truth = {"abc": {"articleBody": body + "\n\nOfficials lifted the hosepipe ban that had been in force since July.",
                     "url": "https://hilltimes.example/reservoirs"}}
    (tmp_path / "ground-truth.json").write_text(json.dumps(truth))
    report = extraction.run(tmp_path)
    values = {m.name: m.value for m in report.metrics}
    assert report.items == 1
    assert values["newsfuse F1"] == pytest.approx(1.0)
    assert "trafilatura.extract F1 (measured here)" in values
    assert "0.958" in report.render()


def test_eval_extraction_on_shared_benchmark_sample() -> None:
    if not (DATA / "ground-truth.json").is_file():
        pytest.skip(f"shared evaluation data not found at {DATA}")
    report = extraction.run(DATA, limit=10)
    values = {m.name: m.value for m in report.metrics}
    assert report.items == 10
    assert values["newsfuse F1"] > 0.8
