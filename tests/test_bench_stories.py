"""``newsfuse bench stories`` on small synthetic corpora."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np
import pytest

from newsfuse.bench_stories import STORY_SIZE, bench_stories, synthesise


def _no_progress(items: Iterable[Any], total: int | None, label: str) -> Iterable[Any]:
    return items


def test_bench_stories_synthetic_corpus_is_realistic_and_reproducible() -> None:
    corpus = synthesise(400)
    again = synthesise(400)
    assert [d.id for d in corpus.docs] == [d.id for d in again.docs]
    assert np.allclose(corpus.embeddings["d000123"], again.embeddings["d000123"])
    norms = np.linalg.norm(np.array(list(corpus.embeddings.values())), axis=1)
    assert np.allclose(norms, 1.0, atol=1e-5)
    undated = sum(1 for d in corpus.docs if not d.published)
    assert 0 < undated < 20
    assert all(corpus.entities[d.id] for d in corpus.docs)
    assert all(len(d.text.split()) > 60 for d in corpus.docs)


@pytest.mark.model
def test_bench_stories_reports_every_measurement() -> None:
    report = bench_stories(None, 1000, _no_progress)
    for label in ("1,000 dedup + cluster (s)", "peak memory", "newsfuse run of one article into 1,000", "entity canonicalisation", "embedding"):
        assert label in report, report
    stories_line = next(line for line in report.splitlines() if "stories (generated" in line)
    found = int(stories_line.split(" stories")[0].split()[-1].replace(",", ""))
    assert 0.8 * 1000 / STORY_SIZE <= found <= 1.3 * 1000 / STORY_SIZE
    assert "incremental link: 1 story rewritten" in report, report
