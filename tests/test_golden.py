"""The bundled corpus against its golden file (examples/corpus_notes.json: what was planted).

Each check measures a share of the planted phenomena the pipeline recovers and pins a floor;
the shares are printed so a drop is visible before it fails.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from newsfuse.pipeline import run
from newsfuse.records import Document
from newsfuse.store import Store

from .conftest import EXAMPLES

pytestmark = pytest.mark.model

NOTES = json.loads((EXAMPLES / "corpus_notes.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    db = tmp_path_factory.mktemp("golden") / "golden.db"
    run([EXAMPLES / "corpus"], db=db)
    store = Store(db)
    yield store
    store.close()


def _key(doc: Document) -> str:
    """File name for file inputs; ``feed.jsonl#<record id>`` for feed records."""
    name = Path(doc.source_path.split(":")[0].split("#")[0]).name
    return f"{name}#{doc.external_id}" if name.endswith(".jsonl") else name


def _docs_by_key(store: Store) -> dict[str, Document]:
    return {_key(d): d for d in store.documents()}


def _share(hits: int, total: int, label: str) -> float:
    share = hits / total if total else 1.0
    print(f"{label}: {hits}/{total} = {share:.2f}")
    return share


def test_golden_every_article_ingested_with_its_outlet(corpus: Store) -> None:
    docs = _docs_by_key(corpus)
    files = [k for k in NOTES["file_outlets"]]
    assert all(f in docs for f in files), set(files) - set(docs)
    right = sum(1 for f, outlet in NOTES["file_outlets"].items() if (docs[f].outlet or "").lower() == outlet.lower())
    assert _share(right, len(files), "outlet inferred") >= 0.8


def test_golden_wire_copies_are_duplicates_of_the_original(corpus: Store) -> None:
    docs = _docs_by_key(corpus)
    original = docs[NOTES["wire_copies"]["original"]].id
    copies = [docs[f] for f in NOTES["wire_copies"]["copies"]]
    assert all(c.duplicate_of == original for c in copies), [(c.source_path, c.duplicate_of) for c in copies]
    others = [d for k, d in docs.items() if k not in NOTES["wire_copies"]["copies"]]
    assert not any(d.duplicate_of for d in others), "only the wire copies are duplicates"


def test_golden_events_become_separate_stories(corpus: Store) -> None:
    docs = _docs_by_key(corpus)
    story_of = corpus.story_assignments()
    for event in NOTES["events"]:
        keys = list(event["files"]) + [f"feed.jsonl#{r}" for r in event.get("feed_records", [])]
        stories = Counter(story_of[docs[k].id] for k in keys if k in docs)
        main, size = stories.most_common(1)[0]
        assert size == len(keys), f"{event['name']} split into {dict(stories)}"
    mains = {Counter(story_of[docs[f].id] for f in e["files"]).most_common(1)[0][0] for e in NOTES["events"]}
    assert len(mains) == len(NOTES["events"]), "events merged into one story"


def test_golden_noise_is_dropped_and_kept_text_has_none(corpus: Store) -> None:
    docs = _docs_by_key(corpus)
    dropped = 0
    for item in NOTES["noise"]:
        doc = docs.get(item["file"] if "record" not in item else f"feed.jsonl#{item['record']}")
        if doc is not None and item["text_start"] not in doc.text:
            dropped += 1
    assert _share(dropped, len(NOTES["noise"]), "noise dropped") >= 0.85


def test_golden_quotes_found_with_their_speaker(corpus: Store) -> None:
    docs = _docs_by_key(corpus)
    by_doc = defaultdict(list)
    for quote in corpus.quotes():
        by_doc[quote.doc].append(quote)
    found = right = 0
    for item in NOTES["quotes"]:
        key = item["file"] if "record" not in item else f"feed.jsonl#{item['record']}"
        doc = docs[key]
        start = item["quote_start_words"]
        match = [q for q in by_doc[doc.id] if start[:25] in q.text or q.text[:25] in start]
        if match:
            found += 1
            surname = item["speaker"].split()[-1].lower() if item["speaker"] else ""
            if any(surname and surname in (q.speaker_name or "").lower() for q in match):
                right += 1
    total = len(NOTES["quotes"])
    assert _share(found, total, "quotes found") >= 0.7
    assert _share(right, total, "quotes with right speaker") >= 0.55


def test_golden_relative_dates_resolved(corpus: Store) -> None:
    docs = _docs_by_key(corpus)
    extractions = corpus.extractions()
    right = 0
    for item in NOTES["relative_dates"]:
        key = item["file"] if "record" not in item else f"feed.jsonl#{item['record']}"
        doc = docs[key]
        values = {d.value for d in extractions[doc.id].dates if item["text"] in doc.text[max(0, d.start - 20):d.end + 20]}
        right += item["expected"] in values
    assert _share(right, len(NOTES["relative_dates"]), "relative dates resolved") >= 0.6


def test_golden_conflicting_figures_become_conflicting_claims(corpus: Store) -> None:
    claims = [c for s in corpus.stories() for c in s.claims]
    conflicting = [c for c in claims if c.status == "conflicting"]
    assert conflicting, "the planted conflicting figures give conflicting claims"
    # a figure printed by the wire and its three copies is one source, never 'corroborated' by them alone
    docs = {d.id: d for d in corpus.documents()}
    for claim in claims:
        if claim.status == "corroborated":
            groups = {docs[s.doc].duplicate_of or s.doc for s in claim.sources}
            assert len(groups) >= 2, claim
