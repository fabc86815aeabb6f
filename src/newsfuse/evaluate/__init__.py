"""Evaluation harness: one module per task, one shared scorer and report format.

Each task module exposes ``run(data: Path, split: str | None) -> Report``; :data:`TASKS`
maps the task name used by ``newsfuse eval TASK`` to it.
"""

from __future__ import annotations

from newsfuse.evaluate.core import PRF, Metric, Report, data_fingerprint

__all__ = ["PRF", "Metric", "Report", "data_fingerprint"]
