"""`newsfuse bench clean`: rates are timed on documents the warm-up did not see."""

from __future__ import annotations

import pytest

from newsfuse import bench
from newsfuse.evaluate.core import shared_data_dir

ALLSIDES = shared_data_dir() / "article-bias-prediction-allsides"


def _untracked(items, total, label):  # type: ignore[no-untyped-def]
    return items


@pytest.mark.skipif(not (ALLSIDES / "data" / "jsons").is_dir(), reason="needs ../shared/data (article-bias-prediction-allsides)")
def test_bench_clean_times_only_documents_after_the_warm_up(monkeypatch: pytest.MonkeyPatch) -> None:
    timed: list[str] = []
    real_rate = bench._rate

    def recording_rate(raws, step, track, label, warmup=()):  # type: ignore[no-untyped-def]
        warm_ids = {r.id for r in warmup}
        assert warm_ids and not warm_ids & {r.id for r in raws}, "warm-up documents must not be timed"
        timed.append(label)
        return real_rate(raws, step, track, label, warmup=warmup)

    monkeypatch.setattr(bench, "_rate", recording_rate)
    report = bench.bench_clean(None, 3, _untracked)
    assert timed == ["clean html", "trafilatura alone", "clean text"]
    assert "html pages=3 " in report and "text articles=3 " in report
    assert f"warm-up on {bench.WARMUP} other documents" in report
    rates = [float(line.split(")")[-1].split()[0]) for line in report.splitlines() if "(docs/s, one core)" in line]
    assert len(rates) == 2 and all(rate > 0 for rate in rates)
