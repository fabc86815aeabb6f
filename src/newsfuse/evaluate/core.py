"""Shared scoring: a precision/recall/F1 accumulator and a report that prints each metric
beside its target and published anchor."""

from __future__ import annotations

import argparse
import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, TypeVar

T = TypeVar("T")


@dataclass(slots=True)
class PRF:
    """Counts true positives, false positives and false negatives (like spaCy's PRFScore)."""

    tp: float = 0.0
    fp: float = 0.0
    fn: float = 0.0

    def add(self, tp: float = 0.0, fp: float = 0.0, fn: float = 0.0) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def score_sets(self, predicted: set[object], gold: set[object]) -> None:
        self.add(len(predicted & gold), len(predicted - gold), len(gold - predicted))

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class Metric:
    """One number with what it should reach (``target``) and what others published (``anchor``)."""

    name: str
    value: float
    target: float | None = None
    anchor: str | None = None
    higher_is_better: bool = True

    @property
    def meets_target(self) -> bool | None:
        if self.target is None:
            return None
        return self.value >= self.target if self.higher_is_better else self.value <= self.target

    def line(self) -> str:
        parts = [f"{self.name:<34} {self.value:8.4f}"]
        if self.target is not None:
            cmp = ">=" if self.higher_is_better else "<="
            mark = "ok" if self.meets_target else "BELOW TARGET"
            parts.append(f"target {cmp} {self.target:.3f} [{mark}]")
        if self.anchor:
            parts.append(f"anchor: {self.anchor}")
        return "  ".join(parts)


@dataclass(slots=True)
class Report:
    task: str
    data: str
    fingerprint: str
    items: int
    metrics: list[Metric] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def render(self) -> str:
        head = f"newsfuse eval {self.task}  data={self.data}  items={self.items}  sha256={self.fingerprint}"
        lines = [head, *(m.line() for m in self.metrics), *(f"note: {n}" for n in self.notes)]
        return "\n".join(lines)

    def to_dict(self) -> dict[str, object]:
        return {
            "task": self.task,
            "data": self.data,
            "fingerprint": self.fingerprint,
            "items": self.items,
            "metrics": [
                {"name": m.name, "value": m.value, "target": m.target, "anchor": m.anchor,
                 "meets_target": m.meets_target}
                for m in self.metrics
            ],
            "notes": list(self.notes),
        }


def data_fingerprint(files: list[Path], then: Sequence[Path] = ()) -> str:
    """A short hash of the evaluation files' names and bytes, pinned in the report. Files of another folder than
    the data's (a gold set kept in the project) come in ``then``, hashed after the data in the order given: sorted
    with the data by their full paths, they would move with the checkout and change the hash of the same files."""
    digest = hashlib.sha256()
    for path in [*sorted(files), *then]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def shared_data_dir() -> Path:
    """``../shared/data`` beside the checkout (or beside the working directory)."""
    for base in (Path(__file__).resolve().parents[4], Path.cwd().parent):
        candidate = base / "shared" / "data"
        if candidate.is_dir():
            return candidate
    return Path.cwd().parent / "shared" / "data"


def progress(items: Iterable[T], total: int, description: str, *, enabled: bool = True) -> Iterator[T]:
    """A transient progress bar on stderr around ``items`` (evaluation runs are long)."""
    if not enabled:
        yield from items
        return
    import sys

    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(file=sys.stderr), transient=True) as bar:
        task = bar.add_task(description, total=total)
        for item in items:
            yield item
            bar.advance(task)


class _SavableModel(Protocol):
    def to_json(self) -> str: ...


def retrain_main(
    argv: Sequence[str] | None,
    *,
    description: str,
    data_help: str,
    model_file: str,
    train: Callable[[Path], tuple[_SavableModel, str]],
    parents: Sequence[argparse.ArgumentParser] = (),
) -> None:
    """Command line of a module that retrains a model the package ships (``--data DIR [--out FILE]``):
    fit it with ``train`` and write its JSON where the package reads it, unless ``--out`` says otherwise.
    ``parents`` hold a module's own options (read by the module, listed by ``--help`` here)."""
    import sys

    parser = argparse.ArgumentParser(description=description, parents=list(parents))
    parser.add_argument("--data", required=True, type=Path, help=data_help)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "data" / model_file,
                        help="where to write the model (default: the one the package ships)")
    args = parser.parse_args(argv)
    model, summary = train(args.data)
    args.out.write_text(model.to_json() + "\n", encoding="utf-8")
    print(f"{summary}\nwrote {args.out}", file=sys.stderr)
