"""The exception tree. The library raises these; the CLI decides what to print and exit with.

    NewsfuseError
    ├── InputError          a file or record could not be read or parsed (reported, batch goes on)
    ├── ModelError          an NLP or embedding model is not installed
    ├── StoreError          the database cannot be opened or has an unknown schema
    ├── SettingError        a setting's value (NEWSFUSE_<NAME>) cannot be used
    └── EvaluationError     evaluation data missing or malformed
"""

from __future__ import annotations


class NewsfuseError(Exception):
    """Base class of every error newsfuse raises on purpose."""


class InputError(NewsfuseError):
    """An input file or record cannot be read; ``path`` names it."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ModelError(NewsfuseError):
    """A model package is missing; the message says which package to install."""


class StoreError(NewsfuseError):
    """The database cannot be used."""


class SettingError(NewsfuseError):
    """A setting from the environment is not a value of its kind or is out of range; the message says what to set."""


class EvaluationError(NewsfuseError):
    """Evaluation data is missing or not in the expected layout."""
