"""The registry of ``newsfuse eval`` tasks: task name -> module whose ``run(data, split)`` scores it."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from newsfuse.evaluate.core import Report

TASKS: dict[str, str] = {
    "extraction": "newsfuse.evaluate.extraction",
    "quotes": "newsfuse.evaluate.quotes",
    "entities": "newsfuse.evaluate.entities",
    "dates": "newsfuse.evaluate.dates",
    "figures": "newsfuse.evaluate.figures",
    "timeline": "newsfuse.evaluate.timeline",
    "stories": "newsfuse.evaluate.stories",
    "duplicates": "newsfuse.evaluate.duplicates",
    "boilerplate": "newsfuse.evaluate.boilerplate",
    "plaintext": "newsfuse.evaluate.plaintext",
    "metadata": "newsfuse.evaluate.metadata",
}


# The folder of ../shared/data each task reads when --data is not given.
DEFAULT_DATA: dict[str, str] = {
    "extraction": "article-extraction-benchmark",
    "plaintext": "article-extraction-benchmark",
    "boilerplate": "trafilatura-eval",
    "metadata": "article-bias-prediction-allsides",
    "quotes": "polnear",
    "entities": "meantime-en",
    "dates": "tempeval3",
    "figures": "article-bias-prediction-allsides",
    "timeline": "semeval2015-task4-timeline",
    "stories": "ecbplus",
    "duplicates": "article-bias-prediction-allsides",
}


def default_data(name: str) -> Path:
    from newsfuse.evaluate.core import shared_data_dir

    return shared_data_dir() / DEFAULT_DATA.get(name, name)


def load_task(name: str) -> Callable[[Path, str | None], Report]:
    module = importlib.import_module(TASKS[name])
    runner: Callable[[Path, str | None], Report] = module.run
    return runner
