"""SQLite store: one file, full-text search (FTS5), migrations recorded.

Write side, in pipeline order:

- :meth:`Store.add_raw` keeps what ingest read (a no-op when the content id is already there);
- :meth:`Store.save_processed` stores one cleaned document and its extraction in one
  transaction and marks the raw record processed, so a killed run resumes where it stopped
  and never stores a document twice;
- :meth:`Store.save_links` replaces the cross-document results (duplicates, entities, speaker
  ids, stories) in one transaction;
- :meth:`Store.record_failure` keeps an input that could not be read, with its reason.

Read side: :meth:`documents`, :meth:`document`, :meth:`extraction(s)`, :meth:`entities`,
:meth:`entity`, :meth:`stories`, :meth:`story`, :meth:`quotes`, :meth:`search`,
:meth:`failures`, :meth:`counts`. Records are stored as JSON of their ``to_dict``.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from newsfuse.errors import StoreError
from newsfuse.records import Document, Entity, Extraction, Quote, RawDocument, Story

if TYPE_CHECKING:
    import numpy as np


@dataclass(frozen=True, slots=True)
class SearchHit:
    doc: str
    title: str | None
    outlet: str | None
    snippet: str


def _migration_1(conn: sqlite3.Connection) -> None:
    conn.executescript(
        """
        CREATE TABLE raw (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            source_path TEXT NOT NULL,
            data TEXT NOT NULL,
            processed INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX raw_pending ON raw(processed, seq);
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            outlet TEXT,
            title TEXT,
            published TEXT,
            duplicate_of TEXT,
            data TEXT NOT NULL
        );
        CREATE TABLE extractions (
            doc TEXT PRIMARY KEY REFERENCES documents(id),
            data TEXT NOT NULL
        );
        CREATE TABLE entities (id TEXT PRIMARY KEY, name TEXT NOT NULL, data TEXT NOT NULL);
        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            last_seen TEXT,
            data TEXT NOT NULL
        );
        CREATE TABLE story_documents (
            story TEXT NOT NULL,
            doc TEXT NOT NULL,
            PRIMARY KEY (story, doc)
        );
        CREATE TABLE failures (
            path TEXT NOT NULL,
            reason TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE VIRTUAL TABLE documents_fts USING fts5(id UNINDEXED, title, body);
        """
    )


def _migration_2(conn: sqlite3.Connection) -> None:
    # Embeddings are kept so a new run only embeds new documents (float32 bytes).
    conn.execute("CREATE TABLE embeddings (doc TEXT PRIMARY KEY, dim INTEGER NOT NULL, vector BLOB NOT NULL)")


def _migration_3(conn: sqlite3.Connection) -> None:
    # The link state kept between runs, so a run with new documents links only those
    # (docs/pipeline.md "Incremental linking"):
    # - lsh: MinHash band keys (doc = -1 whole text, -2 exact text, else paragraph index), the
    #   duplicate and reuse index, looked up by key;
    # - doc_links: a linked document's clustering features (publication time, entity names);
    #   documents.linked = 0 marks a stored document no link step has placed yet;
    # - story_index: each story's time span and the sum of its members' unit embeddings, to find
    #   the stories a new document could join without loading the others;
    # - name_counts: entity-name document frequencies (the IDF of story clustering);
    # - story_merges: ids of stories merged into an older one, so that old ids still resolve;
    # - reuse: paragraphs a document carries from another without being a copy of it.
    conn.executescript(
        """
        CREATE TABLE lsh (
            key INTEGER NOT NULL,
            doc TEXT NOT NULL,
            paragraph INTEGER NOT NULL,
            PRIMARY KEY (key, paragraph, doc)
        ) WITHOUT ROWID;
        CREATE TABLE doc_links (doc TEXT PRIMARY KEY, at REAL, entities TEXT NOT NULL);
        CREATE TABLE story_index (
            story TEXT PRIMARY KEY,
            first REAL,
            last REAL,
            dim INTEGER NOT NULL,
            vector BLOB NOT NULL
        );
        CREATE INDEX story_index_last ON story_index(last);
        CREATE TABLE name_counts (name TEXT PRIMARY KEY, df INTEGER NOT NULL);
        CREATE TABLE link_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE story_merges (old TEXT PRIMARY KEY, into_story TEXT NOT NULL, at TEXT NOT NULL);
        CREATE TABLE reuse (
            doc TEXT NOT NULL,
            source TEXT NOT NULL,
            paragraphs TEXT NOT NULL,
            source_paragraphs TEXT NOT NULL,
            PRIMARY KEY (doc, source)
        );
        CREATE INDEX reuse_source ON reuse(source);
        CREATE INDEX story_documents_doc ON story_documents(doc);
        CREATE INDEX documents_duplicate_of ON documents(duplicate_of);
        ALTER TABLE documents ADD COLUMN linked INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX documents_unlinked ON documents(linked);
        """
    )


# Registered in order; each runs once, inside a transaction, and is recorded in `migrations`.
MIGRATIONS: tuple[tuple[str, Callable[[sqlite3.Connection], None]], ...] = (
    ("0001_initial", _migration_1),
    ("0002_embeddings", _migration_2),
    ("0003_link_state", _migration_3),
)


@dataclass(frozen=True, slots=True)
class ReuseRow:
    """Stored partial reuse: ``doc`` carries ``paragraphs`` of ``source`` (its ``source_paragraphs``)."""

    doc: str
    source: str
    paragraphs: tuple[int, ...]
    source_paragraphs: tuple[int, ...]

    def to_dict(self) -> dict[str, object]:
        return {"doc": self.doc, "source": self.source, "paragraphs": list(self.paragraphs),
                "source_paragraphs": list(self.source_paragraphs)}


@dataclass(frozen=True, slots=True)
class StorySpan:
    """A story as the incremental linker sees it: time span (POSIX seconds) and embedding sum."""

    story: str
    first: float | None
    last: float | None
    vector: np.ndarray


@dataclass(slots=True)
class LinkState:
    """The link index written beside the link results (see :func:`_migration_3`).

    ``full`` replaces every table; otherwise rows are added or replaced (``name_counts`` then
    holds increments).
    """

    lsh: Iterable[tuple[int, str, int]] = ()
    doc_links: dict[str, tuple[float | None, list[str]]] = field(default_factory=dict)
    story_spans: list[StorySpan] = field(default_factory=list)
    name_counts: dict[str, int] = field(default_factory=dict)
    name_documents: int = 0
    reuse: list[ReuseRow] = field(default_factory=list)
    full: bool = True


class Store:
    """The newsfuse database. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            self.conn = sqlite3.connect(self.path, timeout=30)
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"cannot open database {self.path}: {exc}{_missing_folder(self.path)}. "
                "Pass --db with a newsfuse database file, or a new path to create one."
            ) from exc
        try:
            self._refuse_foreign_database()  # before WAL mode, which would already change the file
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise StoreError(
                f"cannot open database {self.path}: {exc}. "
                "Pass --db with a newsfuse database file, or a new path to create one."
            ) from exc
        except StoreError:
            self.conn.close()
            raise

    # -- lifecycle -----------------------------------------------------------------------------

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    def own_files(self) -> set[Path]:
        """The database file and the files SQLite and the run lock keep beside it (resolved paths):
        `newsfuse run .` in the database's folder would otherwise report each as a failed input."""
        base = Path(os.path.realpath(self.path))
        return {base, *(base.with_name(base.name + suffix) for suffix in ("-wal", "-shm", "-journal", ".lock"))}

    @contextmanager
    def writer(self) -> Iterator[None]:
        """Hold this database's run lock: one ``newsfuse run`` writes to a database at a time.

        Two runs at once would both process the pending documents and both relink, and a document
        written by both could enter the search index twice. The second run stops at once with a
        message instead. The lock is an advisory ``flock`` on ``<db>.lock`` (never on the database
        file itself: closing another descriptor of it would drop SQLite's own locks), released when
        the run ends or its process dies, ``kill -9`` included. Readers (the web app, ``export``)
        need no lock.
        """
        try:
            import fcntl
        except ImportError:  # not POSIX: SQLite's locks still keep each write whole
            yield
            return
        with open(f"{self.path}.lock", "a+", encoding="utf-8") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError as exc:
                handle.seek(0)
                holder = handle.read().strip() or "?"
                raise StoreError(
                    f"another `newsfuse run` (process {holder}) is writing to {self.path}; wait for it to finish "
                    "and run again (nothing is lost: the second run picks up what the first did not), or pass "
                    "another --db"
                ) from exc
            handle.seek(0)
            handle.truncate()
            handle.write(str(os.getpid()))
            handle.flush()
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _migrate(self) -> None:
        self.conn.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied TEXT)")
        done = {row[0] for row in self.conn.execute("SELECT name FROM migrations")}
        unknown = sorted(done - {name for name, _ in MIGRATIONS})
        if unknown:
            raise StoreError(
                f"database {self.path} was written by a newer newsfuse (schema {unknown[-1]}); "
                "upgrade newsfuse, or pass --db with another file"
            )
        for name, migrate in MIGRATIONS:
            if name in done:
                continue
            with self.conn:
                migrate(self.conn)
                self.conn.execute("INSERT INTO migrations VALUES (?, ?)", (name, _now()))

    def _refuse_foreign_database(self) -> None:
        """Stop before writing newsfuse's tables into another program's SQLite file (`--db` given
        a browser history or an app's database by mistake): a file with tables but no
        ``migrations`` table is not a newsfuse database. An empty file becomes one."""
        tables = [r[0] for r in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        if tables and "migrations" not in tables:
            shown = ", ".join(tables[:5]) + (" ..." if len(tables) > 5 else "")
            raise StoreError(
                f"{self.path} is an SQLite database of another program (tables: {shown}), not a newsfuse "
                "database; it was left unchanged. Pass --db with a newsfuse database file, or a new path to create one."
            )

    # -- write side ----------------------------------------------------------------------------

    def add_raw(self, raw: RawDocument) -> bool:
        """Keep an ingested record; False when the same content is already stored."""
        with self.conn:
            cur = self.conn.execute(
                "INSERT OR IGNORE INTO raw (id, seq, source_path, data) "
                "VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM raw), ?, ?)",
                (raw.id, raw.source_path, json.dumps(raw.to_dict())),
            )
        return cur.rowcount == 1

    def pending_raw(self) -> list[RawDocument]:
        """Ingested records not yet cleaned and extracted, in ingest order."""
        rows = self.conn.execute("SELECT data FROM raw WHERE processed = 0 ORDER BY seq")
        return [RawDocument.from_dict(json.loads(r[0])) for r in rows]

    def save_processed(self, doc: Document, extraction: Extraction) -> None:
        """Store one cleaned document and its extraction atomically; marks its raw record done."""
        with self.conn:
            self._write_document(doc)
            self.conn.execute(
                "INSERT OR REPLACE INTO extractions (doc, data) VALUES (?, ?)",
                (doc.id, json.dumps(extraction.to_dict())),
            )
            self.conn.execute("UPDATE raw SET processed = 1 WHERE id = ?", (doc.id,))

    def save_processed_many(self, pairs: Iterable[tuple[Document, Extraction]]) -> None:
        """:meth:`save_processed` for many documents in one transaction (bulk loads, benchmarks)."""
        with self.conn:
            for doc, extraction in pairs:
                self._write_document(doc)
                self.conn.execute(
                    "INSERT OR REPLACE INTO extractions (doc, data) VALUES (?, ?)",
                    (doc.id, json.dumps(extraction.to_dict())),
                )
                self.conn.execute("UPDATE raw SET processed = 1 WHERE id = ?", (doc.id,))

    def _write_document(self, doc: Document) -> None:
        # documents_fts.id is UNINDEXED: deleting by id scans the whole index, so only a document
        # stored before (re-processed) pays for it; a bulk load stays linear.
        existed = self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc.id,)).fetchone() is not None
        seq_row = self.conn.execute("SELECT seq FROM raw WHERE id = ?", (doc.id,)).fetchone()
        seq = seq_row[0] if seq_row else 0
        self.conn.execute(
            "INSERT OR REPLACE INTO documents (id, seq, outlet, title, published, duplicate_of, data) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (doc.id, seq, doc.outlet, doc.title, doc.published, doc.duplicate_of, json.dumps(doc.to_dict())),
        )
        if existed:
            self.conn.execute("DELETE FROM documents_fts WHERE id = ?", (doc.id,))
        self.conn.execute(
            "INSERT INTO documents_fts (id, title, body) VALUES (?, ?, ?)", (doc.id, doc.title or "", doc.text)
        )

    def save_links(
        self,
        *,
        documents: Iterable[Document],
        extractions: Iterable[Extraction],
        entities: Iterable[Entity],
        stories: Iterable[Story],
        assignments: Mapping[str, str] | None = None,
        state: LinkState | None = None,
    ) -> None:
        """Replace every cross-document result in one transaction (a full relink).

        ``documents`` and ``extractions`` are the records whose link fields changed
        (``duplicate_of``, ``superseded_by``, quote ``speaker`` ids); ``entities`` and ``stories``
        replace all. ``assignments`` (document -> story) also lists documents a story does not
        show (an outlet's superseded version); by default each story's ``documents``.
        ``state`` replaces the link index used by the next incremental run.
        """
        stories = list(stories)
        with self.conn:
            self._update_documents(documents, extractions)
            self.conn.execute("DELETE FROM entities")
            self._upsert_entities(entities)
            self.conn.execute("DELETE FROM stories")
            self.conn.execute("DELETE FROM story_documents")
            self._upsert_stories(stories, _assignments(stories, assignments))
            if state is not None:
                for table in ("lsh", "doc_links", "story_index", "name_counts", "link_meta", "reuse"):
                    self.conn.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
                self._write_state(state)

    def update_links(
        self,
        *,
        documents: Iterable[Document],
        extractions: Iterable[Extraction],
        entities: Iterable[Entity],
        stories: Iterable[Story],
        assignments: Mapping[str, str],
        merged: Mapping[str, str],
        state: LinkState,
    ) -> None:
        """Write an incremental link step in one transaction: only the records it touched.

        ``entities`` and ``stories`` are added or replaced (a story's member rows are rewritten
        from ``assignments``); ``merged`` maps each story absorbed into an older one to the
        survivor: its record goes, the merge is recorded so its id still resolves.
        """
        stories = list(stories)
        with self.conn:
            self._update_documents(documents, extractions)
            self._upsert_entities(entities, replace=True)
            for old, survivor in merged.items():
                self.conn.execute("DELETE FROM stories WHERE id = ?", (old,))
                self.conn.execute("DELETE FROM story_documents WHERE story = ?", (old,))
                self.conn.execute("DELETE FROM story_index WHERE story = ?", (old,))
                self.conn.execute("UPDATE story_merges SET into_story = ? WHERE into_story = ?", (survivor, old))
                self.conn.execute(
                    "INSERT OR REPLACE INTO story_merges (old, into_story, at) VALUES (?, ?, ?)", (old, survivor, _now())
                )
            for story in stories:
                self.conn.execute("DELETE FROM story_documents WHERE story = ?", (story.id,))
            self._upsert_stories(stories, assignments)
            self._write_state(state)

    def _update_documents(self, documents: Iterable[Document], extractions: Iterable[Extraction]) -> None:
        for doc in documents:
            self.conn.execute(
                "UPDATE documents SET duplicate_of = ?, data = ? WHERE id = ?",
                (doc.duplicate_of, json.dumps(doc.to_dict()), doc.id),
            )
        for extraction in extractions:
            self.conn.execute(
                "UPDATE extractions SET data = ? WHERE doc = ?",
                (json.dumps(extraction.to_dict()), extraction.doc),
            )

    def _upsert_entities(self, entities: Iterable[Entity], *, replace: bool = False) -> None:
        verb = "INSERT OR REPLACE" if replace else "INSERT"
        self.conn.executemany(
            f"{verb} INTO entities (id, name, data) VALUES (?, ?, ?)",  # noqa: S608 - fixed verbs
            ((e.id, e.name, json.dumps(e.to_dict())) for e in entities),
        )

    def _upsert_stories(self, stories: Iterable[Story], assignments: Mapping[str, str]) -> None:
        wanted = set()
        for story in stories:
            wanted.add(story.id)
            self.conn.execute(
                "INSERT OR REPLACE INTO stories (id, last_seen, data) VALUES (?, ?, ?)",
                (story.id, story.last_seen, json.dumps(story.to_dict())),
            )
        self.conn.executemany(
            "INSERT OR IGNORE INTO story_documents (story, doc) VALUES (?, ?)",
            ((story, doc) for doc, story in assignments.items() if story in wanted),
        )

    def _write_state(self, state: LinkState) -> None:
        import numpy as np

        self.conn.executemany("INSERT OR IGNORE INTO lsh (key, doc, paragraph) VALUES (?, ?, ?)", state.lsh)
        self.conn.executemany(
            "INSERT OR REPLACE INTO doc_links (doc, at, entities) VALUES (?, ?, ?)",
            ((doc, at, json.dumps(names)) for doc, (at, names) in state.doc_links.items()),
        )
        if state.full:
            self.conn.execute("UPDATE documents SET linked = 1")
        else:
            self.conn.executemany("UPDATE documents SET linked = 1 WHERE id = ?", ((d,) for d in state.doc_links))
        self.conn.executemany(
            "INSERT OR REPLACE INTO story_index (story, first, last, dim, vector) VALUES (?, ?, ?, ?, ?)",
            (
                (s.story, s.first, s.last, int(s.vector.shape[0]), np.asarray(s.vector, dtype=np.float32).tobytes())
                for s in state.story_spans
            ),
        )
        self.conn.executemany(
            "INSERT INTO name_counts (name, df) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET df = df + excluded.df",
            state.name_counts.items(),
        )
        documents = state.name_documents + (0 if state.full else self.name_documents())
        self.conn.execute("INSERT OR REPLACE INTO link_meta (name, value) VALUES ('name_documents', ?)", (documents,))
        self.conn.executemany(
            "INSERT OR REPLACE INTO reuse (doc, source, paragraphs, source_paragraphs) VALUES (?, ?, ?, ?)",
            (
                (r.doc, r.source, json.dumps(list(r.paragraphs)), json.dumps(list(r.source_paragraphs)))
                for r in state.reuse
            ),
        )

    def mark_failed(self, raw_id: str, path: str, reason: str) -> None:
        """A record that could not be processed: kept (not retried forever) and reported."""
        with self.conn:
            self.conn.execute("UPDATE raw SET processed = -1 WHERE id = ?", (raw_id,))
            self.conn.execute("INSERT INTO failures (path, reason, at) VALUES (?, ?, ?)", (path, reason, _now()))

    def save_embeddings(self, vectors: Mapping[str, np.ndarray]) -> None:
        import numpy as np

        with self.conn:
            self.conn.executemany(
                "INSERT OR REPLACE INTO embeddings (doc, dim, vector) VALUES (?, ?, ?)",
                ((doc, int(v.shape[0]), np.asarray(v, dtype=np.float32).tobytes()) for doc, v in vectors.items()),
            )

    def record_failure(self, path: str, reason: str) -> None:
        """Keep an input that could not be read; a re-run that meets it again only updates the time."""
        with self.conn:
            seen = self.conn.execute(
                "UPDATE failures SET at = ? WHERE path = ? AND reason = ?", (_now(), path, reason)
            ).rowcount
            if not seen:
                self.conn.execute("INSERT INTO failures (path, reason, at) VALUES (?, ?, ?)", (path, reason, _now()))

    # -- read side -----------------------------------------------------------------------------

    def documents(self) -> list[Document]:
        rows = self.conn.execute("SELECT data FROM documents ORDER BY seq")
        return [Document.from_dict(json.loads(r[0])) for r in rows]

    def document(self, doc_id: str) -> Document | None:
        row = self.conn.execute("SELECT data FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return Document.from_dict(json.loads(row[0])) if row else None

    def extraction(self, doc_id: str) -> Extraction | None:
        row = self.conn.execute("SELECT data FROM extractions WHERE doc = ?", (doc_id,)).fetchone()
        return Extraction.from_dict(json.loads(row[0])) if row else None

    def extractions(self) -> dict[str, Extraction]:
        rows = self.conn.execute(
            "SELECT e.doc, e.data FROM extractions e JOIN documents d ON d.id = e.doc ORDER BY d.seq"
        )
        return {r[0]: Extraction.from_dict(json.loads(r[1])) for r in rows}

    def entities(self) -> list[Entity]:
        rows = self.conn.execute("SELECT data FROM entities ORDER BY name")
        return [Entity.from_dict(json.loads(r[0])) for r in rows]

    def entity(self, entity_id: str) -> Entity | None:
        row = self.conn.execute("SELECT data FROM entities WHERE id = ?", (entity_id,)).fetchone()
        return Entity.from_dict(json.loads(row[0])) if row else None

    def stories(self) -> list[Story]:
        rows = self.conn.execute("SELECT data FROM stories ORDER BY last_seen DESC, id")
        return [Story.from_dict(json.loads(r[0])) for r in rows]

    def story(self, story_id: str) -> Story | None:
        """The story with this id, or the only story whose id starts with it."""
        rows = self.conn.execute(
            "SELECT id, data FROM stories WHERE id = ? OR id LIKE ? ESCAPE '\\' LIMIT 2",
            (story_id, _like_prefix(story_id)),
        ).fetchall()
        exact = [r for r in rows if r[0] == story_id]
        chosen = exact[0] if exact else (rows[0] if len(rows) == 1 else None)
        if chosen is None and (survivor := self.merged_into(story_id)) is not None:
            return self.story(survivor)  # a story merged into an older one by a bridging article
        return Story.from_dict(json.loads(chosen[1])) if chosen else None

    def story_ids_starting(self, prefix: str, limit: int = 5) -> list[str]:
        """Up to ``limit`` story ids starting with ``prefix`` (to say why a prefix names no one story)."""
        rows = self.conn.execute(
            "SELECT id FROM stories WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT ?", (_like_prefix(prefix), limit)
        )
        return [r[0] for r in rows]

    def story_assignments(self) -> dict[str, str]:
        """Document id -> story id from the last link step (kept stable by the next one)."""
        return {r[0]: r[1] for r in self.conn.execute("SELECT doc, story FROM story_documents")}

    def embeddings(self) -> dict[str, np.ndarray]:
        import numpy as np

        return {
            r[0]: np.frombuffer(r[2], dtype=np.float32, count=r[1])
            for r in self.conn.execute("SELECT doc, dim, vector FROM embeddings")
        }

    def story_of(self, doc_id: str) -> str | None:
        row = self.conn.execute("SELECT story FROM story_documents WHERE doc = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def quotes(self, *, speaker: str | None = None, story: str | None = None) -> list[Quote]:
        """All quotes, optionally of one speaker (entity id, or a case-insensitive name part)
        and/or inside one story (id or unique prefix)."""
        doc_filter: set[str] | None = None
        if story is not None:
            found = self.story(story)
            doc_filter = set(found.documents) if found else set()
        needle = speaker.lower() if speaker else None
        result: list[Quote] = []
        for extraction in self._iter_extractions(doc_filter):
            for quote in extraction.quotes:
                if needle is not None and not _speaker_matches(quote, needle):
                    continue
                result.append(quote)
        return result

    def _iter_extractions(self, only: set[str] | None) -> Iterator[Extraction]:
        for doc_id, extraction in self.extractions().items():
            if only is None or doc_id in only:
                yield extraction

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Full-text search over titles and kept text; words are ANDed, quoted phrases kept.

        The index folds accents (FTS5's unicode61 tokenizer, ``remove_diacritics`` 1), so "Muller" finds
        "Müller"; no tokenizer option folds them one way only, so a term typed with an accent ("Müller",
        "ü") is then looked for as typed in each hit's title and text, and "ü" no longer finds "U.S.".
        """
        query = unicodedata.normalize("NFC", query)  # "u" + a combining diaeresis is one letter, not two words
        terms = _fts_terms(query)
        # A word of Chinese, Japanese or Thai sits inside a run the tokenizer takes for one token (those
        # scripts put no spaces between words), so FTS never found it ("市长" in "市长安娜说"): such terms
        # are looked for as substrings of each row the other terms match (of every row when none).
        unspaced = [t for t in terms if _UNSPACED_SCRIPT.search(t)]
        match = _fts_query(" ".join(f'"{t}"' for t in terms if t not in unspaced))
        if not terms:
            return []
        exact = [_accented_term_pattern(t) for t in terms if _has_diacritic(t) and t not in unspaced]
        if not exact and not unspaced:
            rows = self.conn.execute(
                "SELECT f.id, d.title, d.outlet, snippet(documents_fts, 2, '[', ']', ' … ', 16) "
                "FROM documents_fts f JOIN documents d ON d.id = f.id "
                "WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?",
                (match, limit),
            )
            return [SearchHit(doc=r[0], title=r[1], outlet=r[2], snippet=r[3]) for r in rows]
        if match:
            rows = self.conn.execute(
                "SELECT f.id, d.title, d.outlet, snippet(documents_fts, 2, '[', ']', ' … ', 16), f.title, f.body "
                "FROM documents_fts f JOIN documents d ON d.id = f.id "
                "WHERE documents_fts MATCH ? ORDER BY rank",
                (match,),
            )
        else:
            rows = self.conn.execute(
                "SELECT f.id, d.title, d.outlet, NULL, f.title, f.body FROM documents_fts f "
                "JOIN documents d ON d.id = f.id ORDER BY d.seq"
            )
        hits: list[SearchHit] = []
        for r in rows:
            text = unicodedata.normalize("NFC", f"{r[4]}\n{r[5]}")
            if all(pattern.search(text) for pattern in exact) and all(t in text for t in unspaced):
                snippet = r[3] if r[3] is not None else _snippet_around(unicodedata.normalize("NFC", r[5] or ""), unspaced[0])
                hits.append(SearchHit(doc=r[0], title=r[1], outlet=r[2], snippet=snippet))
                if len(hits) >= limit:
                    break
        return hits

    def failures(self) -> list[tuple[str, str, str]]:
        return [tuple(r) for r in self.conn.execute("SELECT path, reason, at FROM failures ORDER BY rowid")]  # type: ignore[misc]

    def counts(self) -> dict[str, int]:
        tables = ("raw", "documents", "entities", "stories", "failures")
        counts = {t: self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}  # noqa: S608
        counts["pending"] = self.conn.execute("SELECT COUNT(*) FROM raw WHERE processed = 0").fetchone()[0]
        counts["duplicates"] = self.conn.execute(
            "SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL"
        ).fetchone()[0]
        return counts


    # -- link state (incremental linking) --------------------------------------------------------

    def has_link_state(self) -> bool:
        """Whether a run has linked this store with the link index (else the next run relinks in full)."""
        return self.conn.execute("SELECT 1 FROM doc_links LIMIT 1").fetchone() is not None

    def unlinked_documents(self) -> list[Document]:
        """Stored documents that no link step has placed yet, in ingest order."""
        rows = self.conn.execute("SELECT data FROM documents WHERE linked = 0 ORDER BY seq")
        return [Document.from_dict(json.loads(r[0])) for r in rows]

    def documents_by_id(self, ids: Iterable[str]) -> dict[str, Document]:
        return {
            r[0]: Document.from_dict(json.loads(r[1]))
            for r in self._select_in("SELECT id, data FROM documents WHERE id IN ({})", ids)
        }

    def extractions_by_id(self, ids: Iterable[str]) -> dict[str, Extraction]:
        return {
            r[0]: Extraction.from_dict(json.loads(r[1]))
            for r in self._select_in("SELECT doc, data FROM extractions WHERE doc IN ({})", ids)
        }

    def embeddings_by_id(self, ids: Iterable[str]) -> dict[str, np.ndarray]:
        import numpy as np

        return {
            r[0]: np.frombuffer(r[2], dtype=np.float32, count=r[1])
            for r in self._select_in("SELECT doc, dim, vector FROM embeddings WHERE doc IN ({})", ids)
        }

    def copies_of(self, canonicals: Iterable[str]) -> list[str]:
        """Ids of the documents whose ``duplicate_of`` is one of ``canonicals``."""
        return [r[0] for r in self._select_in("SELECT id FROM documents WHERE duplicate_of IN ({})", canonicals)]

    def group_members(self, canonicals: Iterable[str], *, outlet: str | None = None) -> list[str]:
        """Ids of the syndication groups ``canonicals`` (each canonical and its copies), optionally only
        those of one outlet (case-insensitive)."""
        ids = list(canonicals)
        rows = [
            *self._select_in("SELECT id, outlet FROM documents WHERE id IN ({})", ids),
            *self._select_in("SELECT id, outlet FROM documents WHERE duplicate_of IN ({})", ids),
        ]
        wanted = outlet.strip().lower() if outlet is not None else None
        found = [r[0] for r in rows if wanted is None or (r[1] or "").strip().lower() == wanted]
        return list(dict.fromkeys(found))

    def originals(self, ids: Iterable[str]) -> set[str]:
        """Those of ``ids`` that are nobody's copy (``duplicate_of`` empty)."""
        return {r[0] for r in self._select_in("SELECT id FROM documents WHERE id IN ({}) AND duplicate_of IS NULL", ids)}

    def entities_by_id(self, ids: Iterable[str]) -> dict[str, Entity]:
        return {
            r[0]: Entity.from_dict(json.loads(r[1])) for r in self._select_in("SELECT id, data FROM entities WHERE id IN ({})", ids)
        }

    def lsh_lookup(self, keys: Iterable[tuple[int, int]], *, per_key: int) -> set[tuple[str, int]]:
        """(doc, paragraph) rows sharing a key: ``(key, -1)`` / ``(key, -2)`` look up whole-text keys, ``(key, 0)``
        paragraph keys; at most ``per_key`` rows per key, so a bucket of thousands of copies stays cheap."""
        found: set[tuple[str, int]] = set()
        for key, kind in keys:
            if kind < 0:
                rows = self.conn.execute(
                    "SELECT doc, paragraph FROM lsh WHERE key = ? AND paragraph = ? LIMIT ?", (key, kind, per_key)
                )
            else:
                rows = self.conn.execute(
                    "SELECT doc, paragraph FROM lsh WHERE key = ? AND paragraph >= 0 LIMIT ?", (key, per_key)
                )
            found.update((r[0], r[1]) for r in rows)
        return found

    def story_spans(self, *, around: float | None, window_seconds: float) -> list[StorySpan]:
        """Stories whose time span lies within ``window_seconds`` of ``around`` (every story when it is
        ``None``; stories without a dated member always)."""
        import numpy as np

        if around is None:
            rows = self.conn.execute("SELECT story, first, last, dim, vector FROM story_index")
        else:
            rows = self.conn.execute(
                "SELECT story, first, last, dim, vector FROM story_index "
                "WHERE last IS NULL OR (last >= ? AND first <= ?)",
                (around - window_seconds, around + window_seconds),
            )
        return [StorySpan(r[0], r[1], r[2], np.frombuffer(r[4], dtype=np.float32, count=r[3])) for r in rows]

    def story_members(self, stories: Iterable[str]) -> dict[str, list[str]]:
        """Story id -> ids of its documents (every assigned document, superseded versions included)."""
        members: dict[str, list[str]] = {}
        for story, doc in self._select_in("SELECT story, doc FROM story_documents WHERE story IN ({})", stories):
            members.setdefault(story, []).append(doc)
        return members

    def stories_of(self, docs: Iterable[str]) -> dict[str, str]:
        return dict(self._select_in("SELECT doc, story FROM story_documents WHERE doc IN ({})", docs))

    def doc_links(self, ids: Iterable[str]) -> dict[str, tuple[float | None, list[str]]]:
        """Document id -> (publication time, entity names) as the link step saw them."""
        return {
            r[0]: (r[1], json.loads(r[2])) for r in self._select_in("SELECT doc, at, entities FROM doc_links WHERE doc IN ({})", ids)
        }

    def stories_by_id(self, ids: Iterable[str]) -> dict[str, Story]:
        return {
            r[0]: Story.from_dict(json.loads(r[1])) for r in self._select_in("SELECT id, data FROM stories WHERE id IN ({})", ids)
        }

    def name_counts(self, names: Iterable[str]) -> dict[str, int]:
        return dict(self._select_in("SELECT name, df FROM name_counts WHERE name IN ({})", names))

    def name_documents(self) -> int:
        row = self.conn.execute("SELECT value FROM link_meta WHERE name = 'name_documents'").fetchone()
        return int(row[0]) if row else 0

    def merged_into(self, story_id: str) -> str | None:
        """The story that absorbed ``story_id`` when a bridging article merged them, if it did."""
        row = self.conn.execute("SELECT into_story FROM story_merges WHERE old = ?", (story_id,)).fetchone()
        return row[0] if row else None

    def reuse(self, doc: str | None = None) -> list[ReuseRow]:
        """Partial reuse rows, all or those where ``doc`` is the borrower or the source; by (doc, source)."""
        query = "SELECT doc, source, paragraphs, source_paragraphs FROM reuse"
        rows = (
            self.conn.execute(query + " WHERE doc = ? OR source = ? ORDER BY doc, source", (doc, doc))
            if doc is not None
            else self.conn.execute(query + " ORDER BY doc, source")
        )
        return [ReuseRow(r[0], r[1], tuple(json.loads(r[2])), tuple(json.loads(r[3]))) for r in rows]

    def undated_linked(self) -> int:
        """Documents placed in a story without the time window (no readable publication date)."""
        return self.conn.execute(
            "SELECT COUNT(*) FROM doc_links WHERE at IS NULL AND doc IN (SELECT doc FROM story_documents)"
        ).fetchone()[0]

    def unfinished(self) -> int:
        """Stored records a run has not yet carried into stories: ingested but not processed, or
        processed but not linked (a run killed half-way, or one running now)."""
        return self.conn.execute(
            "SELECT (SELECT COUNT(*) FROM raw WHERE processed = 0) + (SELECT COUNT(*) FROM documents WHERE linked = 0)"
        ).fetchone()[0]

    def storyless_documents(self) -> list[tuple[str, str]]:
        """(id, source path) of linked documents in no story: cleaning kept no article text of them."""
        rows = self.conn.execute(
            "SELECT id, json_extract(data, '$.source_path') FROM documents WHERE linked = 1"
            " AND id NOT IN (SELECT doc FROM story_documents) ORDER BY seq"
        )
        return [(r[0], r[1]) for r in rows]

    def _select_in(self, query: str, values: Iterable[str]) -> Iterator[tuple]:  # type: ignore[type-arg]
        """Run ``query`` (one ``IN ({})``) over ``values`` in chunks below SQLite's parameter limit."""
        items = list(dict.fromkeys(values))
        for start in range(0, len(items), 500):
            part = items[start : start + 500]
            yield from self.conn.execute(query.format(",".join("?" * len(part))), part)


def _missing_folder(path: str) -> str:
    """Why SQLite's "unable to open database file" happened, when it is the folder (a typo in --db)."""
    folder = Path(path).parent
    if folder.is_file():
        return f" ({folder} is a file, not a folder)"
    if not folder.exists():
        return f" (the folder {folder} does not exist; create it first)"
    return ""


def _assignments(stories: Iterable[Story], assignments: Mapping[str, str] | None) -> dict[str, str]:
    if assignments is not None:
        return dict(assignments)
    return {doc: story.id for story in stories for doc in story.documents}


def _speaker_matches(quote: Quote, needle: str) -> bool:
    if quote.speaker is not None and quote.speaker.lower() == needle:
        return True
    return bool(quote.speaker_name and needle in quote.speaker_name.lower())


def _fts_terms(query: str) -> list[str]:
    """The user's "phrases" and words, each a term every hit must hold."""
    phrases = re.findall(r'"([^"]+)"', query)
    rest = re.sub(r'"[^"]*"', " ", query)
    words = re.findall(r"\w+", rest)
    return [p for p in phrases if p.strip()] + words


def _fts_query(query: str) -> str:
    """Turn user words into a safe FTS5 query: each word or "phrase" quoted, all required."""
    return " AND ".join('"' + t.replace('"', "") + '"' for t in _fts_terms(query))


# Scripts written without spaces between words: Han, Hiragana, Katakana, Thai, Lao, Myanmar, Khmer.
_UNSPACED_SCRIPT = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0eff"
                              "\u1000-\u109f\u1780-\u17ff]")


def _snippet_around(body: str, term: str, width: int = 40) -> str:
    """The body around the first ``term`` in it, the term in brackets (as FTS's snippet marks a hit)."""
    at = body.find(term)
    if at < 0:  # the term is in the title only
        return body[: 2 * width] + (" … " if len(body) > 2 * width else "")
    start, end = max(0, at - width), at + len(term) + width
    return ((" … " if start else "") + body[start:at] + "[" + term + "]" + body[at + len(term):end]
            + (" … " if end < len(body) else ""))


def _has_diacritic(term: str) -> bool:
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", term))


def _accented_term_pattern(term: str) -> re.Pattern[str]:
    """The term as typed, accents kept, as whole words in any case and with any separators between them
    (the tokenizer's reading of a phrase)."""
    words = re.findall(r"\w+", term)
    return re.compile(r"(?<!\w)" + r"\W+".join(re.escape(w) for w in words) + r"(?!\w)", re.IGNORECASE)


def _like_prefix(prefix: str) -> str:
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
