"""``newsfuse eval quotes``: PolNeAR layout, scoring helpers, the cue model's training examples."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfuse.errors import EvaluationError
from newsfuse.evaluate.quotes import GoldAttribution, cue_examples, load_split, parse_ann

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear"

TEXT = ("Governor Lena Brooks endorsed the county's plan to rebuild the harbor. "
        "Brooks said the work would start in May.\n")


def _write_split(root: Path, split: str) -> None:
    brooks = TEXT.index("Brooks said")
    endorsed = TEXT.index("endorsed")
    plan = TEXT.index("the county's")
    work = TEXT.index("the work")
    ann = "\n".join([
        f"T1\tSource 0 20\t{TEXT[0:20]}",
        f"T2\tCue {endorsed} {endorsed + 8}\tendorsed",
        f"T3\tContent {plan} {TEXT.index('.')}\t{TEXT[plan:TEXT.index('.')]}",
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
        f"T4\tSource {brooks} {brooks + 6}\tBrooks",
        f"T5\tCue {brooks + 7} {brooks + 11}\tsaid",
        f"T6\tContent {work} {len(TEXT) - 2}\t{TEXT[work:len(TEXT) - 2]}",
        "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6",
    ])
    (root / split / "text").mkdir(parents=True)
    (root / split / "attributions").mkdir(parents=True)
    (root / split / "text" / "a1.txt").write_text(TEXT, encoding="utf-8")
    (root / split / "attributions" / "a1_x1.ann").write_text(ann, encoding="utf-8")


def test_eval_quotes_reads_any_split_of_the_layout(tmp_path: Path) -> None:
    _write_split(tmp_path, "test")
    articles = load_split(tmp_path, "test")
    assert [a.name for a in articles] == ["a1"]
    assert len(articles[0].gold) == 2
    with pytest.raises(EvaluationError):
        load_split(tmp_path, "dev")


def test_eval_quotes_parse_ann_discontinuous_content() -> None:
    ann = "T1\tContent 0 5;10 15\tabcde fghij\nT2\tCue 6 9\tsaid\nE1\tAttribution:T2 Cue:T2 Content:T1\n"
    assert parse_ann(ann) == [GoldAttribution(((0, 5), (10, 15)), (), ((6, 9),))]


def test_eval_quotes_parse_ann_a_quotation_split_by_its_cue_is_one_content() -> None:
    ann = ("T1\tContent 0 5\tabcde\nT2\tCue 6 9\tsaid\nT3\tContent 10 15\tfghij\n"
           "E1\tAttribution:T2 Cue:T2 Content:T1 Content2:T3\n")
    assert parse_ann(ann) == [GoldAttribution(((0, 5), (10, 15)), (), ((6, 9),))]


@pytest.mark.model
def test_eval_quotes_cue_examples_and_scores_cognition(tmp_path: Path) -> None:
    from newsfuse.evaluate.quotes import run
    from newsfuse.nlp import load_nlp

    _write_split(tmp_path, "test")
    article = load_split(tmp_path, "test")[0]
    rows, labels = cue_examples([(load_nlp()(article.text), article.gold)])
    positive = [row for row, label in zip(rows, labels, strict=True) if label]
    assert len(positive) == 1 and "lemrel=endorse/VERB|dobj" in positive[0]
    assert not any("lem=say/VERB" in row for row in rows)  # the speech rules decide "said"
    report = run(tmp_path, "test")
    values = {m.name: m.value for m in report.metrics}
    assert values["content overlap F1"] == pytest.approx(1.0)
    assert values["pipeline setting: content P"] == pytest.approx(1.0)
    assert values["pipeline setting: content F1"] < 1.0  # "endorsed" is not speech


@pytest.mark.model
def test_eval_quotes_on_polnear_sample() -> None:
    if not (SHARED / "data" / "dev").is_dir():
        pytest.skip("../shared/data/polnear is absent (PolNeAR evaluation data)")
    from newsfuse.evaluate.quotes import run

    report = run(SHARED, "dev", limit=3)
    values = {m.name: m.value for m in report.metrics}
    assert report.items == 3
    assert 0.3 < values["content overlap F1"] <= 1.0
