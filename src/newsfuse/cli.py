"""The ``newsfuse`` command line: thin wrappers over library functions.

Data goes to stdout, progress bars and messages to stderr. Exit codes: 0 success, 1 the
command could not do its job (e.g. nothing could be ingested, unknown story), 2 usage or
set-up error (bad option, missing model, unreadable database), 130 interrupted (Ctrl+C; `run` resumes).
"""

from __future__ import annotations

import errno
import json
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from newsfuse import settings
from newsfuse.errors import NewsfuseError
from newsfuse.evaluate.tasks import TASKS as EVAL_TASKS  # task names only; each task loads when it runs
from newsfuse.ingest import SUPPORTED  # the suffixes the readers take, so the help cannot drift from them

if TYPE_CHECKING:
    from newsfuse.records import Story
    from newsfuse.store import Store

T = TypeVar("T")

app = typer.Typer(
    help="Turn a pile of news articles into sourced, cross-checked stories.",
    no_args_is_help=True,
    add_completion=False,
)
err = Console(stderr=True)
out = Console()

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="SQLite database file (default: newsfuse.db, or $NEWSFUSE_DB).", show_default=False),
]


def _db(db: str | None) -> str:
    return str(settings.get("db", db))


def track(items: Iterable[T], total: int | None, description: str) -> Iterable[T]:
    """A rich progress bar on stderr (hidden when stderr is not a terminal and CI is quiet)."""
    columns = (TextColumn("{task.description:<24}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=err, transient=False) as progress:
        task = progress.add_task(description, total=total)
        for item in items:
            yield item
            progress.advance(task)


def _fail(message: str, code: int = 1) -> typer.Exit:
    err.print(Text.assemble(("error:", "red"), " ", message))
    return typer.Exit(code)


def _text(value: object) -> Text:
    """Data as written, for a table cell, a title or a message: never read as rich markup. A quote
    "We asked [the mayor] to act" had shown as "We asked  to act", and a "[/b]" in any title, quote,
    file name or story id stopped the command with a MarkupError."""
    return Text("" if value is None else str(value))


def _say(label: str, style: str, message: str) -> None:
    err.print(Text.assemble((label, style), " ", message))


def _story_or_fail(store: Store, story_id: str) -> Story:
    """The story ``story_id`` names, or a failure saying whether no story or several match it."""
    story = store.story(story_id)
    if story is not None:
        return story
    matches = store.story_ids_starting(story_id)
    if len(matches) > 1:
        shown = ", ".join(matches[:4]) + (" ..." if len(matches) > 4 else "")
        raise _fail(f"{story_id!r} is the start of several story ids ({shown}); give more of the id", 1)
    raise _fail(f"no story {story_id!r}; `newsfuse stories` lists the ids", 1)


def _open_store(db: str | None, *, must_exist: bool = True):  # type: ignore[no-untyped-def]
    from newsfuse.store import Store

    path = _db(db)
    if must_exist and not Path(path).exists():
        raise _fail(f"no database at {path}. Run `newsfuse run PATH...` first, or pass --db FILE.", 1)
    try:
        return Store(path)
    except NewsfuseError as exc:
        raise _fail(str(exc), 2) from exc


@app.command()
def run(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help=f"Files and folders to ingest ({' '.join(SUPPORTED)}); none with --relink relinks the "
                       "database as it is."),
    ] = None,
    db: DbOption = None,
    relink: Annotated[
        bool,
        typer.Option(
            "--relink",
            help="Recompute duplicates, entities, stories and briefs over the whole database instead of linking only "
            "new documents (after changing a setting).",
        ),
    ] = False,
) -> None:
    """Ingest files and folders, then process everything new: clean, extract, link, brief."""
    from newsfuse.pipeline import run as run_pipeline

    if not paths and not relink:
        raise _fail("no input given; pass files or folders with articles (or --relink to relink the database)", 2)
    if not paths and not Path(_db(db)).exists():
        raise _fail(f"no database at {_db(db)}; run `newsfuse run FILES` first, or pass --db", 1)
    interrupted = False
    try:
        report = run_pipeline(paths or [], db=_db(db), track=track, relink=relink)
    except NewsfuseError as exc:
        raise _fail(str(exc), 2) from exc
    except KeyboardInterrupt:
        # Said after the except block: the progress bar (which holds stderr) is closed once the
        # interrupted frames are released. Typer would otherwise exit 130 without a word.
        interrupted = True
    if interrupted:
        raise _fail("interrupted; every document finished so far is stored. Run the same command again to resume "
                    "(nothing is processed twice)", 130)
    for path, reason in report.failed:
        _say("skipped", "yellow", f"{path}: {reason}")
    for path, reason in report.partial:
        _say("partly read", "yellow", f"{path}: {reason}")
    err.print(
        f"ingested {report.ingested} new, {report.already_present} already present, "
        + (f"{report.copies} identical copies of another input (stored once), " if report.copies else "")
        + f"{len(report.failed)} failed; processed {report.processed}; "
        f"{report.documents} documents, {report.duplicates} duplicates, {report.stories} stories in {_db(db)}",
        markup=False,
    )
    if report.link_mode != "none":
        err.print(
            f"linked {report.linked} documents ({report.link_mode}): {report.touched_stories} stories written, "
            f"{report.merged_stories} merged into older ones, {report.reuse} partial reuse found"
        )
    if report.undated:
        err.print(
            f"{report.undated} documents have no publication date: they were grouped into stories without "
            "the time window (add a date field or a date line to place them in time)"
        )
    if report.storyless:
        _print_storyless(report.storyless, "documents have no article text, so they are in no story")
    if report.nothing_ingested and report.failed:
        raise _fail("nothing could be ingested; see the reasons above", 1)
    if report.nothing_ingested and paths:
        raise _fail("no input files found; pass files or folders with articles", 1)


@app.command()
def stories(db: DbOption = None, as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """List stories with their size, outlets and date span, then any document with no article text (in no story)."""
    with _open_store(db) as store:
        docs = {d.id: d for d in store.documents()}
        rows = []
        for story in store.stories():
            outlets = sorted({docs[d].outlet or "?" for d in story.documents if d in docs})
            rows.append(
                {
                    "id": story.id,
                    "title": story.title,
                    "documents": len(story.documents),
                    "outlets": outlets,
                    "first_seen": story.first_seen,
                    "last_seen": story.last_seen,
                }
            )
        storyless = store.storyless_documents()
        unfinished = store.unfinished()
    _note_unfinished(unfinished)
    if as_json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not rows and not storyless and not unfinished:
        err.print("no stories yet: run `newsfuse run PATH...` with articles first")
    table = Table(title="Stories", show_lines=False)
    for column in ("id", "docs", "dates", "outlets", "title"):
        table.add_column(column, overflow="fold")
    for row in rows:
        span = f"{(row['first_seen'] or '?')[:10]} → {(row['last_seen'] or '?')[:10]}"
        table.add_row(*map(_text, (row["id"], row["documents"], span, ", ".join(row["outlets"]), row["title"])))
    out.print(table)
    if storyless:
        _print_storyless(storyless, "more documents have no article text and are in no story")


def _note_unfinished(count: int) -> None:
    """Say that the stories shown leave records out (the list had looked complete, or empty, without a word)."""
    if count:
        err.print(f"{count} stored records are not in the stories yet: a run was stopped half-way, or one is running "
                  "now; run `newsfuse run PATH...` again (or wait for it to end) to finish them", markup=False)


def _print_storyless(storyless: list[tuple[str, str]], what: str) -> None:
    """Name the documents cleaning kept no article text of (the first five), and how to see why."""
    paths = ", ".join(path for _, path in storyless[:5]) + (" ..." if len(storyless) > 5 else "")
    err.print(f"{len(storyless)} {what}: {paths} (`newsfuse clean FILE --json` shows why each paragraph was dropped)", markup=False)


@app.command()
def show(story_id: Annotated[str, typer.Argument(help="Story id or a unique prefix of it.")], db: DbOption = None) -> None:
    """One story's briefing: cited summary, claims, timeline, framing."""
    from newsfuse.export import story_markdown

    with _open_store(db) as store:
        story = _story_or_fail(store, story_id)
        from rich.markdown import Markdown

        out.print(Markdown(story_markdown(store, story)))


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="json | jsonl | md | html | csv")] = "json",
    out_path: Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of stdout.")] = None,
    db: DbOption = None,
) -> None:
    """Export everything (JSON follows the contract in DESIGN.md)."""
    from newsfuse.export import FORMATS, write_export

    if fmt not in FORMATS:
        raise _fail(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}", 2)
    if out_path is not None and out_path.is_dir():
        raise _fail(f"{out_path} is a folder; pass --out with a file name, such as {out_path / ('newsfuse.' + fmt)}", 2)
    with _open_store(db) as store:
        _note_unfinished(store.unfinished())
        try:
            if out_path is None:
                write_export(store, fmt, sys.stdout)
            else:
                _write_atomically(out_path, lambda handle: write_export(store, fmt, handle))
        except OSError as exc:
            if isinstance(exc, BrokenPipeError):  # `newsfuse export | head`: the reader has what it wanted
                raise typer.Exit(1) from exc
            where = out_path or "standard output"
            todo = "free some disk space, or " if exc.errno == errno.ENOSPC else ""
            raise _fail(f"cannot write the export to {where}: {exc.strerror or exc}; {todo}pass --out with a file in a "
                        "folder you can write to", 2) from exc
    if out_path is not None:
        err.print(f"wrote {out_path}", markup=False)


def _write_atomically(path: Path, write: Callable[[TextIO], None]) -> None:
    """Write ``path`` through a temporary file beside it, renamed when complete: an export that
    fails or is killed half-way leaves the previous file, not a truncated one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    try:
        with partial.open("w", encoding="utf-8", newline="") as handle:
            write(handle)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


@app.command()
def report(
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Folder for one HTML file per story.")] = Path("report"),
    db: DbOption = None,
) -> None:
    """Write one self-contained HTML report per story into a folder."""
    from newsfuse.export import write_story_reports

    if out_dir.exists() and not out_dir.is_dir():
        raise _fail(f"{out_dir} is a file; pass --out with a folder for the reports", 2)
    with _open_store(db) as store:
        try:
            paths = write_story_reports(store, out_dir)
        except OSError as exc:
            raise _fail(f"cannot write the reports to {out_dir}/: {exc.strerror or exc}; pass --out with a folder "
                        "you can write to", 2) from exc
    err.print(f"wrote {len(paths)} story reports to {out_dir}/", markup=False)


@app.command()
def clean(
    file: Annotated[Path, typer.Argument(help="One article file (.txt, .html, .json/.jsonl, ...).")],
    as_json: Annotated[bool, typer.Option("--json", help="Every paragraph with kept/reason, and the metadata.")] = False,
) -> None:
    """The cleaned article text of one file (no database involved)."""
    from newsfuse.clean import clean as clean_raw
    from newsfuse.errors import InputError
    from newsfuse.ingest import read_path

    if not file.exists() and not file.is_symlink():  # a broken link: read_path says so
        raise _fail(f"no such file: {file}", 1)
    results = []
    problems = 0
    for item in read_path(file):
        if isinstance(item, InputError):
            _say("skipped", "yellow", f"{item.path}: {item.reason}")
            problems += 1
            continue
        results.append(clean_raw(item))
    if not results:
        raise _fail(f"{file} could not be read", 1)
    if as_json:
        payload = [d.to_dict() for d in results]
        print(json.dumps(payload[0] if len(payload) == 1 else payload, indent=2, ensure_ascii=False))
        return
    for doc in results:
        if doc.title:
            print(doc.title, end="\n\n")
        print(doc.text)


@app.command()
def quotes(
    speaker: Annotated[str | None, typer.Option(help="Entity id or part of the speaker's name.")] = None,
    story: Annotated[str | None, typer.Option(help="Story id or unique prefix.")] = None,
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Who said what: quotes with speaker, title, cue and document."""
    with _open_store(db) as store:
        if story is not None:
            _story_or_fail(store, story)
        found = store.quotes(speaker=speaker, story=story)
        outlets = {d.id: d.outlet for d in store.documents()}
    if not found:
        _say_why_no_quotes(speaker, story, empty=not outlets)
    if as_json:
        print(json.dumps([q.to_dict() for q in found], indent=2, ensure_ascii=False))
        return
    from newsfuse.brief import distinct_statements

    # Nested partial quotes stay in --json (they mark verbatim words); the table lists statements.
    found = distinct_statements(found)
    table = Table(title=f"{len(found)} quotes")
    for column in ("speaker", "title", "kind", "quote", "outlet"):
        table.add_column(column, overflow="fold")
    for q in found:
        source = q.speaker_name or "(unknown)"
        if q.speaker_kind in ("anonymous", "written", "organisation", "account"):
            source += f" ({q.speaker_kind})"
        table.add_row(*map(_text, (source, q.speaker_title, q.kind, q.shown(), outlets.get(q.doc) or q.doc)))
    out.print(table)


def _say_why_no_quotes(speaker: str | None, story: str | None, *, empty: bool) -> None:
    """An empty quote list on stderr says why, and what to try (the data on stdout stays as it is)."""
    if empty:
        err.print("no quotes: the database has no documents yet; run `newsfuse run PATH...` first")
    elif speaker is not None:
        where = f" in story {story}" if story is not None else ""
        err.print(f"no quotes by a speaker matching {speaker!r}{where}; give part of a name as printed "
                  "(`newsfuse quotes` lists everyone quoted) or an entity id from the web app's /entities page",
                  markup=False)
    else:
        err.print("no quotes found in " + (f"story {story}" if story is not None else "the database"), markup=False)


@app.command()
def timeline(story_id: Annotated[str, typer.Argument(help="Story id or unique prefix.")], db: DbOption = None) -> None:
    """A story's events in the order they happened, with their sources."""
    with _open_store(db) as store:
        story = _story_or_fail(store, story_id)
        outlets = {d.id: d.outlet or d.id for d in store.documents()}
    table = Table(title=_text(story.title))
    for column in ("date", "event", "sources"):
        table.add_column(column, overflow="fold")
    for entry in story.timeline:
        sources = ", ".join(sorted({outlets.get(s.doc, s.doc) for s in entry.sources}))
        table.add_row(*map(_text, (entry.date, entry.text, sources)))
    out.print(table)


@app.command()
def duplicates(db: DbOption = None) -> None:
    """Documents recognised as copies of another (syndicated wire copy, re-posts)."""
    with _open_store(db) as store:
        docs = {d.id: d for d in store.documents()}
    table = Table(title="Duplicates")
    for column in ("document", "outlet", "copy of", "original outlet"):
        table.add_column(column, overflow="fold")
    for doc in docs.values():
        if doc.duplicate_of:
            original = docs.get(doc.duplicate_of)
            original_outlet = original.outlet or "?" if original else "?"
            table.add_row(*map(_text, (doc.id, doc.outlet or "?", doc.duplicate_of, original_outlet)))
    out.print(table)
    if not docs:
        err.print("no documents yet: run `newsfuse run PATH...` with articles first")


@app.command()
def search(query: Annotated[str, typer.Argument(help="Words or \"a phrase\".")], db: DbOption = None) -> None:
    """Full-text search over titles and article text."""
    with _open_store(db) as store:
        hits = store.search(query)
    for hit in hits:
        # Built as Text, not markup: a title or snippet with brackets must print as written.
        line = Text(hit.doc, style="bold")
        line.append(f"  {hit.outlet or '?'}  {hit.title or ''}\n    {hit.snippet}")
        out.print(line)
    if not hits:
        err.print("no matches")


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to bind; 127.0.0.1 keeps it on this machine.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.", min=1, max=65535)] = 8000,
) -> None:
    """The local web app: story list, story pages, documents, speakers, search."""
    import uvicorn

    from newsfuse.web import create_app

    _open_store(db).close()
    _check_port_free(host, port)
    err.print(f"serving {_db(db)} on http://{host}:{port}/ (Ctrl+C to stop)", markup=False)
    uvicorn.run(create_app(_db(db)), host=host, port=port, log_level="warning")


def _check_port_free(host: str, port: int) -> None:
    """Fail with what to do when ``host:port`` cannot be bound (uvicorn would only log the errno)."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise _fail(f"cannot serve on {host}: {exc.strerror}; pass --host 127.0.0.1 (this machine) or 0.0.0.0", 2) from exc
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise _fail(f"cannot serve on {host}:{port}: {exc.strerror} (another `newsfuse serve`?); pass --port "
                        "with another number", 2) from exc


@app.command("eval")
def evaluate(
    task: Annotated[str, typer.Argument(help=f"One of: {' | '.join(EVAL_TASKS)}.")],
    data: Annotated[
        Path | None,
        typer.Option("--data", help="Folder of the evaluation set (default: the task's folder in ../shared/data)."),
    ] = None,
    split: Annotated[str | None, typer.Option("--split", help="Split name where the task has splits.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Score a pipeline stage on an evaluation set; prints each metric beside its target and anchor."""
    from newsfuse.evaluate.tasks import default_data, load_task

    if task not in EVAL_TASKS:
        raise _fail(f"unknown task {task!r}; tasks: {', '.join(EVAL_TASKS)}", 2)
    data = data or default_data(task)
    if not data.exists():
        raise _fail(f"no evaluation data at {data}; the data sets are in ../shared/data/", 2)
    try:
        result = load_task(task)(data, split)
    except NewsfuseError as exc:
        raise _fail(str(exc), 2) from exc
    print(json.dumps(result.to_dict(), indent=2) if as_json else result.render())


@app.command()
def bench(
    what: Annotated[str, typer.Argument(help="pipeline | clean | stories")] = "pipeline",
    data: Annotated[
        Path | None,
        typer.Option("--data", help="Articles to time (default: ../shared/data/article-bias-prediction-allsides)."),
    ] = None,
    limit: Annotated[
        int | None, typer.Option(help="How many articles are timed (default 200, after an untimed warm-up on 10 others; stories: up to 100,000 synthetic).", min=1)
    ] = None,
) -> None:
    """Time pipeline stages and print throughput beside the targets."""
    from newsfuse.bench import BENCHES, DEFAULT_LIMITS

    if what not in BENCHES:
        raise _fail(f"unknown benchmark {what!r}; choose one of {', '.join(BENCHES)}", 2)
    try:
        print(BENCHES[what](data, limit or DEFAULT_LIMITS[what], track))
    except NewsfuseError as exc:
        raise _fail(str(exc), 2) from exc


@app.command("settings")
def show_settings() -> None:
    """Every setting with its current value, default, environment variable and help."""
    table = Table(title="Settings")
    for column in ("name", "value", "default", "env", "help"):
        table.add_column(column, overflow="fold")
    problems = []
    for s in settings.SETTINGS:
        try:
            value = str(settings.get(s.name))
        except NewsfuseError as exc:  # listed with the others, then said
            value = f"unusable: {os.environ.get(s.env_var)!r}"
            problems.append(str(exc))
        table.add_row(*map(_text, (s.name, value, s.default, s.env_var, s.help)))
    out.print(table)
    for problem in problems:
        err.print(Text.assemble(("error:", "red"), " ", problem))
    if problems:
        raise typer.Exit(2)


def main() -> None:  # pragma: no cover - console entry point
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
