"""Docs that cannot drift: every CLI command and every setting is documented."""

from __future__ import annotations

from pathlib import Path

import typer.main

from newsfuse import settings
from newsfuse.cli import app

ROOT = Path(__file__).resolve().parents[1]


def _command_names() -> list[str]:
    group = typer.main.get_command(app)
    return sorted(group.commands)  # type: ignore[attr-defined]


def test_docs_every_cli_command_is_in_docs_cli() -> None:
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    missing = [name for name in _command_names() if f"`{name}" not in text]
    assert not missing, f"commands missing from docs/cli.md: {missing}"


def test_docs_every_setting_is_in_docs_cli() -> None:
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    missing = [s.name for s in settings.SETTINGS if f"`{s.name}`" not in text]
    assert not missing, f"settings missing from docs/cli.md: {missing}"


def test_docs_settings_table_gives_the_real_defaults() -> None:
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    written = {}
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0].startswith("`") and cells[1].startswith("`"):
            written[cells[0].strip("`")] = cells[1].strip("`")
    wrong = {s.name: (written[s.name], s.default) for s in settings.SETTINGS
             if s.name in written and written[s.name] != str(s.default)}
    assert written, "no settings table with defaults found in docs/cli.md"
    assert not wrong, f"docs/cli.md gives the wrong default (written, real): {wrong}"


def test_docs_readme_opens_with_the_two_commands() -> None:
    head = (ROOT / "README.md").read_text(encoding="utf-8")[:1500]
    assert "make demo" in head and "make test" in head


def test_docs_contract_commands_exist() -> None:
    names = set(_command_names())
    assert {"run", "stories", "show", "export", "clean", "serve", "eval", "bench"} <= names


def test_docs_every_eval_task_is_documented() -> None:
    from newsfuse.evaluate.tasks import DEFAULT_DATA, TASKS

    cli = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    evaluation = (ROOT / "docs" / "evaluation.md").read_text(encoding="utf-8")
    assert set(TASKS) == set(DEFAULT_DATA)
    missing = [t for t in TASKS if f"`{t}`" not in cli or t not in evaluation]
    assert not missing, f"eval tasks missing from docs/cli.md or docs/evaluation.md: {missing}"
