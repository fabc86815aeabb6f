"""The registry of ``newsfuse eval`` tasks: task name -> module whose ``run(data, split)`` scores it."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from newsfuse.evaluate.core import Report

TASKS: dict[str, str] = {
    "extraction": "newsfuse.evaluate.extraction",
    "quotes": "newsfuse.evaluate.quotes",
    "dates": "newsfuse.evaluate.dates",
    "figures": "newsfuse.evaluate.figures",
    "timeline": "newsfuse.evaluate.timeline",
    "stories": "newsfuse.evaluate.stories",
    "duplicates": "newsfuse.evaluate.duplicates",
    "boilerplate": "newsfuse.evaluate.boilerplate",
    "plaintext": "newsfuse.evaluate.plaintext",
    "metadata": "newsfuse.evaluate.metadata",
}


def load_task(name: str) -> Callable[[Path, str | None], Report]:
    module = importlib.import_module(TASKS[name])
    runner: Callable[[Path, str | None], Report] = module.run
    return runner
