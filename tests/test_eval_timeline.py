"""SemEval-2015 Task 4 timelines: reading, the temporal-awareness scorer, and anchors."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfuse.evaluate.timeline import (
    Timeline,
    TimelineEvent,
    awareness_counts,
    find_corpora,
    parse_timeline,
    score_timelines,
    task_date,
)

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "semeval2015-task4-timeline"

GOLD = """Harbor Authority
0\tXXXX-XX-XX\t10-3-planned
1\t2024-05-02\t10-1-approved\t11-2-approved
2\t2024-06-XX\t11-4-opened
3\t2024-07-15\t12-1-closed
"""


def test_eval_timeline_parse_timeline() -> None:
    timeline = parse_timeline(GOLD)
    assert timeline.entity == "Harbor Authority"
    assert [e.position for e in timeline.events] == [0, 1, 1, 2, 3]
    assert timeline.events[2] == TimelineEvent(1, "2024-05-02", "11-2-approved")


def test_eval_timeline_identical_timelines_score_one() -> None:
    gold = parse_timeline(GOLD)
    counts = awareness_counts(gold, gold)
    assert counts.precision == counts.recall == counts.f1 == 1.0


def test_eval_timeline_reversed_order_scores_zero_ordering() -> None:
    gold = Timeline("x", [TimelineEvent(1, "XXXX-XX-XX", "a"), TimelineEvent(2, "XXXX-XX-XX", "b")])
    system = Timeline("x", [TimelineEvent(1, "XXXX-XX-XX", "b"), TimelineEvent(2, "XXXX-XX-XX", "a")])
    assert awareness_counts(system, gold).f1 == 0.0


def test_eval_timeline_closure_credits_implied_relations() -> None:
    # Gold a < b < c; the system says only a < c: right (implied by gold closure) but incomplete.
    gold = Timeline("x", [TimelineEvent(i + 1, "XXXX-XX-XX", e) for i, e in enumerate("abc")])
    system = Timeline("x", [TimelineEvent(1, "XXXX-XX-XX", "a"), TimelineEvent(2, "XXXX-XX-XX", "c")])
    counts = awareness_counts(system, gold)
    assert counts.precision == 1.0
    assert counts.recall == 0.0  # gold's reduced relations a<b, b<c need b, which the system lacks


def test_eval_timeline_shared_anchor_makes_events_simultaneous() -> None:
    gold = Timeline("x", [TimelineEvent(1, "2024-05-02", "a"), TimelineEvent(1, "2024-05-02", "b")])
    system = Timeline("x", [TimelineEvent(1, "2024-05-02", "a"), TimelineEvent(2, "2024-05-02", "b")])
    # Both events are SIMULTANEOUS with one TIMEX, so the system graph equals the gold one
    # whatever their positions say.
    assert awareness_counts(system, gold).f1 == 1.0


def test_eval_timeline_missing_system_timeline_counts_as_empty() -> None:
    gold = {"x": parse_timeline(GOLD)}
    counts = score_timelines({}, gold)
    assert counts.recall == 0.0 and counts.gold_relations > 0


@pytest.mark.parametrize(
    ("value", "anchor"),
    [("2005-02-17", "2005-02-17"), ("2005-02-17T10:00", "2005-02-17"), ("2005-02", "2005-02-XX"),
     ("2005", "2005-XX-XX"), ("P3Y", None), (None, None)],  # fmt: skip
)
def test_eval_timeline_task_date(value: str | None, anchor: str | None) -> None:
    assert task_date(value) == anchor


def test_eval_timeline_reads_the_task_data() -> None:
    if not DATA.is_dir():
        pytest.skip("../shared/data/semeval2015-task4-timeline is not available")
    corpora = find_corpora(DATA, "test")
    assert [c.name for c in corpora] == ["corpus_1", "corpus_2", "corpus_3"]
    assert all(len(c.documents) == 30 for c in corpora)
    assert sum(len(c.gold) for c in corpora) == 39
    assert score_timelines(corpora[0].gold, corpora[0].gold).f1 == 1.0
