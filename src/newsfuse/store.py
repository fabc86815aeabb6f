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
import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
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


# Registered in order; each runs once, inside a transaction, and is recorded in `migrations`.
MIGRATIONS: tuple[tuple[str, Callable[[sqlite3.Connection], None]], ...] = (
    ("0001_initial", _migration_1),
    ("0002_embeddings", _migration_2),
)


class Store:
    """The newsfuse database. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            self.conn = sqlite3.connect(self.path, timeout=30)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"cannot open database {self.path}: {exc}. "
                "Pass --db with a newsfuse database file, or a new path to create one."
            ) from exc

    # -- lifecycle -----------------------------------------------------------------------------

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    def _migrate(self) -> None:
        self.conn.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied TEXT)")
        done = {row[0] for row in self.conn.execute("SELECT name FROM migrations")}
        for name, migrate in MIGRATIONS:
            if name in done:
                continue
            with self.conn:
                migrate(self.conn)
                self.conn.execute("INSERT INTO migrations VALUES (?, ?)", (name, _now()))

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

    def _write_document(self, doc: Document) -> None:
        seq_row = self.conn.execute("SELECT seq FROM raw WHERE id = ?", (doc.id,)).fetchone()
        seq = seq_row[0] if seq_row else 0
        self.conn.execute(
            "INSERT OR REPLACE INTO documents (id, seq, outlet, title, published, duplicate_of, data) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (doc.id, seq, doc.outlet, doc.title, doc.published, doc.duplicate_of, json.dumps(doc.to_dict())),
        )
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
    ) -> None:
        """Replace every cross-document result in one transaction.

        ``documents`` and ``extractions`` are the records whose link fields changed
        (``duplicate_of``, quote ``speaker`` ids); ``entities`` and ``stories`` replace all.
        """
        with self.conn:
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
            self.conn.execute("DELETE FROM entities")
            self.conn.executemany(
                "INSERT INTO entities (id, name, data) VALUES (?, ?, ?)",
                ((e.id, e.name, json.dumps(e.to_dict())) for e in entities),
            )
            self.conn.execute("DELETE FROM stories")
            self.conn.execute("DELETE FROM story_documents")
            for story in stories:
                self.conn.execute(
                    "INSERT INTO stories (id, last_seen, data) VALUES (?, ?, ?)",
                    (story.id, story.last_seen, json.dumps(story.to_dict())),
                )
                self.conn.executemany(
                    "INSERT OR IGNORE INTO story_documents (story, doc) VALUES (?, ?)",
                    ((story.id, d) for d in story.documents),
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
        with self.conn:
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
        return Story.from_dict(json.loads(chosen[1])) if chosen else None

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
        """Full-text search over titles and kept text; words are ANDed, quoted phrases kept."""
        match = _fts_query(query)
        if not match:
            return []
        rows = self.conn.execute(
            "SELECT f.id, d.title, d.outlet, snippet(documents_fts, 2, '[', ']', ' … ', 16) "
            "FROM documents_fts f JOIN documents d ON d.id = f.id "
            "WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?",
            (match, limit),
        )
        return [SearchHit(doc=r[0], title=r[1], outlet=r[2], snippet=r[3]) for r in rows]

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


def _speaker_matches(quote: Quote, needle: str) -> bool:
    if quote.speaker is not None and quote.speaker.lower() == needle:
        return True
    return bool(quote.speaker_name and needle in quote.speaker_name.lower())


def _fts_query(query: str) -> str:
    """Turn user words into a safe FTS5 query: each word or "phrase" quoted, all required."""
    phrases = re.findall(r'"([^"]+)"', query)
    rest = re.sub(r'"[^"]*"', " ", query)
    words = re.findall(r"\w+", rest)
    terms = [p for p in phrases if p.strip()] + words
    return " AND ".join('"' + t.replace('"', "") + '"' for t in terms)


def _like_prefix(prefix: str) -> str:
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
