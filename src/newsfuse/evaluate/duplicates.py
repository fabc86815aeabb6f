"""``newsfuse eval duplicates``: syndication and partial-reuse detection on a generated test set.

No public corpus labels syndicated copies of news articles, so the test set is generated at
evaluation time, with a fixed seed, from the real articles of
``../shared/data/article-bias-prediction-allsides`` (nothing is copied into the project):

- **sources**: real articles with at least four paragraphs; each gets one to three copies, each
  copy one of
  ``boilerplate`` (different header, footer and promo lines — bylines, share widgets, newsletter
  and "READ MORE" lines written by the project — around and inside the same text),
  ``headline`` (the headline rewritten; half the time also printed as the first paragraph),
  ``trimmed`` (the last one to three paragraphs dropped, at least two kept), or
  ``mixed`` (all three at once);
- **partial reuse**: a real article (the host) with two or three consecutive substantial
  paragraphs (15+ words each, printed by no other article) of another real article of the same
  topic lifted into its own text after its lead. The host is *not* a duplicate of that article; the pair is gold partial reuse;
- **non-duplicates**: every other real article; the data has 27 topics, so most have dozens of
  same-topic neighbours (politics: 600+).

Real articles that already share two or more identical substantial paragraphs with another real
article are set aside first (the data carries a little real syndication we have no gold for);
the first of each such group by id stays.

Scores: pairwise precision/recall/F1 of duplicate groups (a pair is two documents in one group),
recall per copy kind, and precision/recall of partial-reuse pairs {host, source}, unordered (an
undated pair has no direction); a pair counts as found when the reported source is the gold source
or one of its copies. Reuse reported between two unmodified real articles has no gold (outlets do
quote the same tweets): it is counted apart.

Splits ``real``, ``real-tune``, ``real-test`` score real reuse instead: pairs of articles of
different outlets (AllSides, and NeuS read from the sibling ``neus-allsides`` folder) labelled by
hand as wire copy, partial reuse, quotation only or independent, kept as ids in
``newsfuse/data/reuse_pairs_gold.jsonl`` (``test``: pairs touching a NeuS ``test`` event). Scores:
wire copies found as duplicates, partial reuse found, and quotation-only or independent pairs
reported as either (target 0).
"""

from __future__ import annotations

import json
import random
import time
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

from newsfuse.errors import EvaluationError
from newsfuse.evaluate.core import PRF, Metric, Report, data_fingerprint
from newsfuse.link.dedup import find_copies, normalise_words
from newsfuse.records import Document, Paragraph

SEED = 20240305
SOURCES = 300
HOSTS = 200
MIN_SOURCE_PARAGRAPHS = 4
# A lifted paragraph is a substantial one: one-line captions and widgets are not what reuse is about.
LIFT_MIN_WORDS = 15
# Paragraph length (words) for the set-aside rule on real articles.
SHARED_MIN_WORDS = 12
DUPLICATE_PRECISION_TARGET = 0.99
DUPLICATE_RECALL_TARGET = 0.95
ANCHOR = "issue 6 targets (no published benchmark for syndicated news copies)"
KINDS = ("boilerplate", "headline", "trimmed", "mixed")

# Boilerplate written for this evaluation ({outlet}, {n}, {time} are filled in per copy).
HEADER_LINES = (
    "By {outlet} staff and wire reports",
    "Updated {time} | Share this article",
    "Published {time}",
    "{outlet} | Politics",
    "Listen to this article (4 min)",
    "Follow {outlet} on Facebook and Twitter",
    "This story was produced in partnership with our wire service.",
)
FOOTER_LINES = (
    "Copyright {year} {outlet}. All rights reserved. This material may not be published, broadcast, "
    "rewritten or redistributed.",
    "Sign up for the {outlet} morning newsletter to get the day's top stories in your inbox.",
    "Have a news tip? Email our newsroom at tips@example.org.",
    "{n} comments | Add yours",
    "Related: more coverage from {outlet} on this story",
    "Support independent journalism: subscribe to {outlet} today.",
)
PROMO_LINES = (
    "READ MORE: The week's biggest political stories",
    "ADVERTISEMENT",
    "Story continues below",
    "Sign up for our newsletter",
)
OUTLETS = ("Valley Courier", "Northern Ledger", "Harbor Times", "Metro Daily", "Plains Gazette", "Coast Herald")
HEADLINE_PREFIXES = ("WATCH:", "Report:", "BREAKING:", "Analysis:", "UPDATE:")


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    title: str
    topic: str
    published: str | None
    paragraphs: tuple[str, ...]


@dataclass(slots=True)
class TestSet:
    """Generated documents with their gold: duplicate groups, copy kinds and reuse pairs."""

    documents: list[Document] = field(default_factory=list)
    group_of: dict[str, str] = field(default_factory=dict)
    kind_of: dict[str, str] = field(default_factory=dict)
    reuse: dict[str, str] = field(default_factory=dict)  # host id -> source id


def load_articles(root: Path) -> tuple[list[Article], list[Path]]:
    folder = root / "data" / "jsons"
    files = sorted(folder.glob("*.json"))
    if not files:
        raise EvaluationError(f"{root}: no data/jsons/*.json (the article-bias-prediction-allsides folder)")
    articles = []
    for path in files:
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise EvaluationError(f"{path}: {exc}") from exc
        text = record.get("content_original") or ""
        paragraphs = tuple(p.strip() for p in text.split("\n") if p.strip())
        if paragraphs:
            articles.append(
                Article(str(record["ID"]), (record.get("title") or "").strip(), str(record.get("topic") or ""),
                        record.get("date") or None, paragraphs)
            )
    return articles, files


def independent(articles: Sequence[Article]) -> list[Article]:
    """Articles minus those sharing two or more identical substantial paragraphs with an earlier-id one."""
    holders: dict[str, list[str]] = defaultdict(list)
    for article in articles:
        for key in {" ".join(w) for p in article.paragraphs if len(w := normalise_words(p)) >= SHARED_MIN_WORDS}:
            holders[key].append(article.id)
    shared: Counter[tuple[str, str]] = Counter()
    for ids in holders.values():
        ordered = sorted(ids)
        shared.update((a, b) for i, a in enumerate(ordered) for b in ordered[i + 1 :])
    dropped = {b for (_, b), count in shared.items() if count >= 2}
    return [a for a in sorted(articles, key=lambda a: a.id) if a.id not in dropped]


def _document(doc_id: str, paragraphs: Sequence[str], *, title: str | None, published: str | None,
              outlet: str | None = None) -> Document:
    return Document(
        id=doc_id,
        source_path=f"generated/{doc_id}",
        paragraphs=tuple(Paragraph(i, text, True, "body") for i, text in enumerate(paragraphs)),
        title=title or None,
        published=published,
        outlet=outlet,
    )


def _shift(published: str | None, days: int) -> str | None:
    if not published:
        return None
    try:
        return (date.fromisoformat(published[:10]) + timedelta(days=days)).isoformat()
    except ValueError:
        return published


def _fill(line: str, rng: random.Random, outlet: str) -> str:
    hour, minute = rng.randint(1, 12), rng.randint(0, 59)
    return line.format(outlet=outlet, n=rng.randint(2, 400), time=f"{hour}:{minute:02d} {rng.choice(('AM', 'PM'))}",
                       year=rng.choice((2017, 2018, 2019, 2020)))


def _rewrite_headline(title: str, rng: random.Random) -> str:
    words = title.split()
    if len(words) > 5 and rng.random() < 0.5:
        words = words[: rng.randint(4, len(words) - 1)]
    headline = " ".join(words)
    if rng.random() < 0.5:
        headline = headline.upper() if rng.random() < 0.3 else headline.title()
    return f"{rng.choice(HEADLINE_PREFIXES)} {headline}"


def make_copy(article: Article, kind: str, rng: random.Random, copy_id: str) -> Document:
    """One syndicated copy of ``article`` (see the module docstring for the kinds)."""
    outlet = rng.choice(OUTLETS)
    paragraphs = list(article.paragraphs)
    title = article.title
    if kind in ("trimmed", "mixed"):
        drop = min(rng.randint(1, 3), len(paragraphs) - 2)
        paragraphs = paragraphs[: len(paragraphs) - drop]
    if kind in ("boilerplate", "mixed"):
        header = [_fill(line, rng, outlet) for line in rng.sample(HEADER_LINES, rng.randint(1, 2))]
        footer = [_fill(line, rng, outlet) for line in rng.sample(FOOTER_LINES, rng.randint(1, 3))]
        if rng.random() < 0.5:
            paragraphs.insert(rng.randint(1, len(paragraphs) - 1), rng.choice(PROMO_LINES))
        paragraphs = header + paragraphs + footer
    if kind in ("headline", "mixed"):
        title = _rewrite_headline(article.title or article.paragraphs[0][:60], rng)
        if rng.random() < 0.5:
            paragraphs = [title, *paragraphs]
    return _document(copy_id, paragraphs, title=title, published=_shift(article.published, rng.randint(0, 2)),
                     outlet=outlet)


def _lift(article: Article, rng: random.Random, common: frozenset[str]) -> list[str] | None:
    """Two or three consecutive substantial paragraphs of ``article`` (not in ``common``), or ``None``."""
    count = rng.randint(2, 3)
    runs = [
        i for i in range(len(article.paragraphs) - count + 1)
        if all(len(p.split()) >= LIFT_MIN_WORDS and p not in common for p in article.paragraphs[i : i + count])
    ]
    if not runs:
        return None
    start = rng.choice(runs)
    return list(article.paragraphs[start : start + count])


def generate(articles: Sequence[Article], *, seed: int = SEED, sources: int = SOURCES, hosts: int = HOSTS) -> TestSet:
    """The test set: copies of ``sources`` articles, ``hosts`` reuse hosts, every other article as itself."""
    rng = random.Random(seed)
    pool = list(articles)
    rng.shuffle(pool)
    eligible = [a for a in pool if len(a.paragraphs) >= MIN_SOURCE_PARAGRAPHS]
    chosen_sources = eligible[:sources]
    source_ids = {a.id for a in chosen_sources}
    by_topic: dict[str, list[Article]] = defaultdict(list)
    for article in pool:
        by_topic[article.topic].append(article)
    # Paragraphs printed by several articles (an outlet's footer) are not the lender's own text.
    carriers = Counter(p for a in pool for p in set(a.paragraphs))
    common = frozenset(p for p, n in carriers.items() if n > 1)
    test = TestSet()
    host_ids = {a.id for a in eligible[sources : sources + hosts]}
    for host in eligible[sources : sources + hosts]:
        # Lenders are never hosts, so every gold source is present under its own id.
        neighbours = [a for a in by_topic[host.topic] if a.id not in host_ids]
        lender = rng.choice(neighbours) if neighbours else None
        lifted = _lift(lender, rng, common) if lender is not None else None
        if lender is None or lifted is None:
            host_ids.discard(host.id)
            continue
        paragraphs = list(host.paragraphs)
        at = rng.randint(1, len(paragraphs))
        paragraphs[at:at] = lifted
        doc_id = f"{host.id}~reuse"
        published = _shift(lender.published, rng.randint(1, 3))
        test.documents.append(_document(doc_id, paragraphs, title=host.title, published=published))
        test.group_of[doc_id] = doc_id
        test.reuse[doc_id] = lender.id
    for article in pool:
        if article.id in host_ids:
            continue  # replaced by its reuse version
        test.documents.append(_document(article.id, article.paragraphs, title=article.title,
                                        published=article.published))
        test.group_of[article.id] = article.id
        if article.id in source_ids:
            for number in range(rng.randint(1, 3)):
                kind = rng.choice(KINDS)
                copy = make_copy(article, kind, rng, f"{article.id}~{kind}{number}")
                test.documents.append(copy)
                test.group_of[copy.id] = article.id
                test.kind_of[copy.id] = kind
    return test


# -- scoring -------------------------------------------------------------------------------------


def _pairs(groups: Mapping[str, str]) -> set[frozenset[str]]:
    members: dict[str, list[str]] = defaultdict(list)
    for doc_id, group in groups.items():
        members[group].append(doc_id)
    return {frozenset((a, b)) for ids in members.values() for i, a in enumerate(ids) for b in ids[i + 1 :]}


def score_duplicates(predicted: Mapping[str, str], test: TestSet) -> tuple[PRF, dict[str, tuple[int, int]]]:
    """Pairwise P/R of the predicted groups (copy -> canonical) against the gold groups; found/total per kind."""
    groups = {doc.id: predicted.get(doc.id, doc.id) for doc in test.documents}
    gold_pairs: set[object] = set(_pairs(test.group_of))
    predicted_pairs: set[object] = set(_pairs(groups))
    prf = PRF()
    prf.score_sets(predicted_pairs, gold_pairs)
    per_kind: dict[str, tuple[int, int]] = {}
    for copy_id, kind in test.kind_of.items():
        found, total = per_kind.get(kind, (0, 0))
        hit = groups[copy_id] == groups[test.group_of[copy_id]]
        per_kind[kind] = (found + hit, total + 1)
    return prf, per_kind


def score_reuse(reported: Sequence[tuple[str, str]], test: TestSet) -> tuple[PRF, int]:
    """P/R of reuse pairs, unordered (undated articles give no direction) and by gold group (original or copy).

    Pairs between two unmodified real articles have no gold (real outlets do quote the same tweets
    and statements): they are counted apart, not scored; the second value is their number.
    """
    gold = {frozenset((host, source)) for host, source in test.reuse.items()}
    found = {frozenset((test.group_of.get(doc, doc), test.group_of.get(source, source))) for doc, source in reported}
    unlabelled = {pair for pair in found if not pair & set(test.reuse)}
    prf = PRF()
    prf.score_sets(set[object](found - unlabelled), set[object](gold))
    return prf, len(unlabelled)


# -- real pairs, labelled by hand ------------------------------------------------------------------

REAL_SPLITS = {"real": None, "real-tune": "tune", "real-test": "test"}
REAL_LABELS = ("wire copy", "partial reuse", "quotation only", "independent")
NEUS_FOLDER = "neus-allsides"


def real_gold_path() -> Path:
    return Path(str(resources.files("newsfuse") / "data" / "reuse_pairs_gold.jsonl"))


def load_real_pairs(part: str | None) -> list[dict[str, str]]:
    """The labelled pairs (``a``, ``b``: ``allsides:<ID>`` or ``neus:<event>-<side>``; ``label``; ``split``)."""
    lines = real_gold_path().read_text(encoding="utf-8").splitlines()
    pairs = [json.loads(line) for line in lines if line.strip()]
    return [p for p in pairs if part is None or p["split"] == part]


def real_documents(data: Path) -> tuple[dict[str, Document], list[Path]]:
    """Every AllSides article of ``data`` and every NeuS raw-crawl article of the sibling ``neus-allsides``."""
    from newsfuse.evaluate.stories import load_neus_events

    articles, files = load_articles(data)
    docs = {f"allsides:{a.id}": _real_document(a) for a in articles}
    neus_files = sorted((data.parent / NEUS_FOLDER).glob("data/raw_crawled/*.jsonl"))
    if not neus_files:
        raise EvaluationError(f"{data.parent / NEUS_FOLDER}: no data/raw_crawled/*.jsonl (the real pairs need NeuS)")
    for path in neus_files:
        docs.update({f"neus:{g.doc.id}": g.doc for g in load_neus_events(path)})
    return docs, [*files, *neus_files, real_gold_path()]


def _real_document(article: Article) -> Document:
    paragraphs = tuple(Paragraph(i, text, True, "body") for i, text in enumerate(article.paragraphs))
    return Document(id=article.id, source_path=article.id, paragraphs=paragraphs, title=article.title,
                    published=article.published)  # fmt: skip


def run_real(data: Path, part: str | None) -> Report:
    """Score :func:`find_copies`, run over every real article, on the hand-labelled pairs (docs/evaluation.md)."""
    docs, files = real_documents(data)
    pairs = load_real_pairs(part)
    started = time.perf_counter()
    copies = find_copies([replace(doc, id=key) for key, doc in docs.items()])
    seconds = time.perf_counter() - started
    group = {**{k: k for k in docs}, **copies.duplicates}
    reused = {frozenset((r.doc, r.source)) for r in copies.reuse}
    found: Counter[tuple[str, str]] = Counter()
    totals: Counter[str] = Counter(p["label"] for p in pairs)
    for pair in pairs:
        if group[pair["a"]] == group[pair["b"]]:
            found[(pair["label"], "duplicate")] += 1
        elif frozenset((pair["a"], pair["b"])) in reused:
            found[(pair["label"], "reuse")] += 1
    report = Report(task="duplicates", data=f"{data} + {NEUS_FOLDER} (real pairs, split={part or 'all'})",
                    fingerprint=data_fingerprint(files), items=len(pairs))  # fmt: skip

    def share(label: str, *kinds: str) -> float:
        return sum(found[(label, k)] for k in kinds) / totals[label] if totals[label] else 0.0

    report.metrics += [
        Metric(f"wire copies found as duplicates ({totals['wire copy']})", share("wire copy", "duplicate")),
        Metric(f"wire copies found as partial reuse ({totals['wire copy']})", share("wire copy", "reuse")),
        Metric(f"partial reuse found ({totals['partial reuse']})", share("partial reuse", "reuse")),
        Metric(f"quotation-only pairs reported ({totals['quotation only']})",
               float(found[("quotation only", "duplicate")] + found[("quotation only", "reuse")]),
               target=0.0, higher_is_better=False),  # fmt: skip
        Metric(f"independent pairs reported ({totals['independent']})",
               float(found[("independent", "duplicate")] + found[("independent", "reuse")]),
               target=0.0, higher_is_better=False),  # fmt: skip
    ]
    report.notes.append(
        f"{len(docs)} real articles (AllSides and NeuS), one find_copies run ({seconds:.1f} s); pairs of different "
        "outlets labelled by hand, stored as ids (no text)"
    )
    return report


def run(data: Path, split: str | None) -> Report:
    """Generate the syndication test set from ``data`` and score :func:`newsfuse.link.dedup.find_copies` on it;
    splits ``real``, ``real-tune`` and ``real-test`` score hand-labelled real pairs instead (:func:`run_real`)."""
    if split in REAL_SPLITS:
        return run_real(data, REAL_SPLITS[split])
    if split not in (None, "", "all"):
        raise EvaluationError(
            f"unknown split {split!r}: the generated test set has one split, 'all'; real pairs: {', '.join(REAL_SPLITS)}"
        )
    articles, files = load_articles(data)
    base = independent(articles)
    test = generate(base)
    started = time.perf_counter()
    copies = find_copies(test.documents)
    seconds = time.perf_counter() - started
    prf, per_kind = score_duplicates(copies.duplicates, test)
    reuse, unlabelled = score_reuse([(r.doc, r.source) for r in copies.reuse], test)
    hosts_as_copies = sum(1 for host in test.reuse if host in copies.duplicates or host in copies.duplicates.values())
    report = Report(task="duplicates", data=f"{data} (generated, seed={SEED})", fingerprint=data_fingerprint(files),
                    items=len(test.documents))
    report.metrics += [
        Metric("duplicate pair precision", prf.precision, target=DUPLICATE_PRECISION_TARGET, anchor=ANCHOR),
        Metric("duplicate pair recall", prf.recall, target=DUPLICATE_RECALL_TARGET, anchor=ANCHOR),
        Metric("duplicate pair F1", prf.f1),
    ]
    for kind in KINDS:
        found, total = per_kind.get(kind, (0, 0))
        report.metrics.append(Metric(f"copies found: {kind} ({total})", found / total if total else 0.0))
    report.metrics += [
        Metric("partial reuse precision", reuse.precision),
        Metric("partial reuse recall", reuse.recall),
        Metric("reuse among real articles (no gold)", float(unlabelled)),
        Metric("reuse hosts marked duplicates", float(hosts_as_copies), target=0.0, higher_is_better=False),
    ]
    report.notes.append(
        f"{len(articles)} real articles, {len(articles) - len(base)} set aside as already sharing paragraphs; "
        f"{len(test.kind_of)} generated copies of {len({test.group_of[c] for c in test.kind_of})} sources, "
        f"{len(test.reuse)} partial-reuse hosts; find_copies took {seconds:.1f} s"
    )
    return report
