"""Evaluation task ``metadata``: outlet and date inferred from plain text alone.

Data: the AllSides articles of Article-Bias-Prediction (``data/jsons/<ID>.json``: title,
source, source_url, date, authors, content_original). Each article's metadata is stripped and
the article is rendered, in memory, as the plain text a reader would paste: a title line, a
byline, a date line in one of several formats, the body, and a footer ("© 2019 Reuters. All
rights reserved.", "Read more at www.reuters.com", "More from Reuters", ...). Templates are
drawn with a fixed seed; in some articles the only outlet cue is a domain. The text goes
through :func:`newsfuse.clean.clean` as ``kind="text"`` with no declared metadata.

Gold: the outlet is the publisher of the article's domain: the ``source`` most often given
for that domain in the data, without AllSides' qualifiers ("CNN (Web News)" → "CNN",
"Newsmax - News" → "Newsmax"); so a column labelled "Guest Writer - Right" or "AP Fact Check"
counts under its publisher. A predicted outlet
matches when the normalised names are equal, one is the other's initials ("AP" / "Associated
Press"), or one's words are all in the other ("Spectator" / "American Spectator"); generic
words (the, news, online, web) are ignored. Dates are compared as ISO calendar dates.

Appended stories: every third rendered article is followed by two or three other articles'
headlines and opening paragraphs (from a different topic, sometimes under a "More from X"
heading), to measure the unrelated-content detector: the share of those paragraphs dropped,
and the share of the article's own paragraphs wrongly dropped as "unrelated".
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from rich.console import Console
from rich.progress import track

from newsfuse.clean import clean, split_paragraphs
from newsfuse.errors import EvaluationError
from newsfuse.evaluate.core import Metric, Report, data_fingerprint
from newsfuse.records import RawDocument, content_id

TASK = "metadata"
TARGET = 0.9
SEED = 20240601
APPEND_EVERY = 3

_GENERIC = frozenset({"the", "news", "online", "web", "com", "www", "network", "media"})
_NOT_OUTLET = re.compile(r"^(?:guest writer\b.*|[A-Z][a-z]+ [A-Z][a-z]+)$")


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    title: str
    outlet: str
    domain: str
    published: str | None
    authors: str
    body: str
    topic: str


# ---------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------


def outlet_name(source: str) -> str:
    """AllSides' source label without its qualifiers: "CNN (Web News)" → "CNN"."""
    name = re.sub(r"\s*\([^)]*\)\s*", " ", source)
    name = re.split(r"\s+-\s+", name)[0]
    return " ".join(name.split())


def load_articles(data: Path) -> tuple[list[Article], list[Path]]:
    folder = data / "data" / "jsons"
    files = sorted(folder.glob("*.json")) if folder.is_dir() else []
    if not files:
        raise EvaluationError(f"{data}: expected the Article-Bias-Prediction layout, data/jsons/<ID>.json")
    records = []
    for path in files:
        try:
            records.append(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError) as exc:
            raise EvaluationError(f"{path}: cannot read ({exc})") from exc
    by_domain: dict[str, Counter[str]] = {}
    for record in records:
        name = outlet_name(record.get("source") or "")
        if name and not _NOT_OUTLET.match(name):
            by_domain.setdefault(record.get("source_url") or "", Counter())[name] += 1
    articles = []
    for record in records:
        body = record.get("content_original") or ""
        domain = record.get("source_url") or ""
        counts = by_domain.get(domain)
        name = counts.most_common(1)[0][0] if counts else ""
        if not body.strip() or not name or not domain:
            continue
        articles.append(Article(record.get("ID") or content_id(body), (record.get("title") or "").strip(), name,
                                domain, record.get("date") or None, record.get("authors") or "", body,
                                record.get("topic") or ""))
    return articles, files


def _name_key(name: str) -> list[str]:
    words = re.findall(r"[a-z0-9]+", name.lower().replace("&", " and "))
    return [w for w in words if w not in _GENERIC]


def outlet_matches(predicted: str | None, gold: str) -> bool:
    if not predicted:
        return False
    p, g = _name_key(predicted), _name_key(gold)
    if not p or not g:
        return False
    if "".join(p) == "".join(g):
        return True
    initials = lambda words: "".join(w[0] for w in words if w not in ("of", "and"))  # noqa: E731
    if len(g) > 1 and "".join(p) == initials(g) or len(p) > 1 and "".join(g) == initials(p):
        return True
    return set(p) <= set(g) or set(g) <= set(p)


# ---------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------


def _date_line(value: date, rng: random.Random) -> str:
    day, month, mon, year = value.day, value.strftime("%B"), value.strftime("%b"), value.year
    weekday = value.strftime("%A")
    hour, minute = rng.randint(1, 12), rng.randint(0, 59)
    formats = [
        f"{month} {day}, {year}",
        f"Published {mon}. {day}, {year} at {hour}:{minute:02d} {'AM' if rng.random() < 0.5 else 'PM'} ET",
        f"{day} {month} {year}",
        f"Updated {hour}:{minute:02d} PM EDT, {weekday} {month} {day}, {year}",
        value.isoformat(),
        f"{value.month:02d}/{day:02d}/{year}",
        f"Posted: {weekday}, {day} {mon} {year} {hour:02d}.{minute:02d} GMT",
        f"{value.isoformat()}T{hour:02d}:{minute:02d}:00Z",
        f"Last updated on {month} {day}, {year}",
    ]
    return rng.choice(formats)


def byline_names(authors: str) -> list[str]:
    """The (at most two) names a rendered byline gives."""
    return [a.strip() for a in authors.split(",") if a.strip()][:2]


def _byline(authors: str, rng: random.Random) -> str | None:
    names = byline_names(authors)
    if not names or rng.random() < 0.2:
        return None
    joined = " and ".join(names)
    return rng.choice([f"By {joined}", f"By {joined.upper()}", joined, f"Written by {joined}"])


def _footer(article: Article, rng: random.Random, outlet_line: bool) -> list[str]:
    domain = article.domain
    year = (article.published or "2020")[:4]
    if not outlet_line:
        return [rng.choice([f"Read more at {domain}", f"Source: https://{domain}/", f"Read the full story at {domain}"])]
    return [rng.choice([
        f"© {year} {article.outlet}. All rights reserved.",
        f"Copyright {year} {article.outlet}",
        f"More from {article.outlet}",
        f"Read more at {domain}\n\n© {article.outlet} {year}",
        f"(c) {year} {article.outlet}. This material may not be published, broadcast, rewritten or redistributed.",
    ])]


def render(article: Article, rng: random.Random, appended: list[Article]) -> tuple[str, int, bool]:
    """The pasted text of one article, how many of its paragraphs are appended stories, and whether it
    has a byline."""
    lines: list[str] = [article.title] if article.title else []
    byline = _byline(article.authors, rng)
    if byline:
        lines.append(byline)
    if article.published:
        lines.append(_date_line(date.fromisoformat(article.published[:10]), rng))
    lines.extend(split_paragraphs(article.body))
    lines.extend(_footer(article, rng, outlet_line=rng.random() >= 0.25))
    extra = 0
    if appended:
        if rng.random() < 0.5:
            lines.append(rng.choice(["More stories", "Related", "You might also like", f"More from {article.outlet}"]))
        for other in appended:
            teaser = split_paragraphs(other.body)[:2]
            lines.extend([other.title, *teaser])
            extra += 1 + len(teaser)
    return "\n\n".join(lines), extra, byline is not None


# ---------------------------------------------------------------------------------------
# Running the task
# ---------------------------------------------------------------------------------------


def run(data: Path, split: str | None = None, *, limit: int | None = None) -> Report:
    """Render every article without metadata and score the inferred outlet and date."""
    if split not in (None, "all", "test"):
        raise EvaluationError(f"{TASK}: unknown split {split!r}; the set has one split, 'all'")
    articles, files = load_articles(Path(data))
    articles = articles[:limit]
    rng = random.Random(SEED)
    outlet_ok = date_ok = dated = title_ok = titled = authors_ok = bylined = 0
    appended_total = appended_dropped = own_total = own_lost = 0
    console = Console(stderr=True)
    for n, article in enumerate(track(articles, description="metadata: scoring articles", console=console, transient=True)):
        appended: list[Article] = []
        if n % APPEND_EVERY == 0:
            pool = [a for a in articles if a.topic != article.topic and a.title]
            appended = rng.sample(pool, k=min(len(pool), rng.choice([2, 3])))
        text, extra, has_byline = render(article, rng, appended)
        doc = clean(RawDocument(id=content_id(text), source_path=f"{article.id}.txt", kind="text", content=text))
        outlet_ok += outlet_matches(doc.outlet, article.outlet)
        if article.title:
            titled += 1
            title_ok += _plain(doc.title) == _plain(article.title)
        if has_byline:
            bylined += 1
            authors_ok += [_plain(a) for a in doc.authors] == [_plain(a) for a in byline_names(article.authors)]
        if article.published:
            dated += 1
            date_ok += (doc.published or "")[:10] == article.published[:10]
        if appended:
            own, tail = _own_and_appended(doc.paragraphs, extra)
            appended_total += len(tail)
            appended_dropped += sum(1 for p in tail if not p.kept)
            own_total += len(own)
            own_lost += sum(1 for p in own if p.reason == "unrelated")
    report = Report(task=TASK, data=str(data), fingerprint=data_fingerprint(files), items=len(articles))
    report.metrics = [
        Metric("outlet accuracy", outlet_ok / len(articles) if articles else 0.0, target=TARGET),
        Metric("date accuracy (articles with a date)", date_ok / dated if dated else 0.0, target=TARGET),
        Metric("title accuracy", title_ok / titled if titled else 0.0),
        Metric("byline authors accuracy (articles with a byline)", authors_ok / bylined if bylined else 0.0),
        Metric("appended-story paragraphs dropped", appended_dropped / appended_total if appended_total else 0.0),
        Metric("article paragraphs lost as unrelated", own_lost / own_total if own_total else 0.0,
               target=0.005, higher_is_better=False),
    ]
    report.notes.append(
        f"seed {SEED}; {dated} articles have a date; one article in {APPEND_EVERY} has 2-3 other stories appended "
        f"({appended_total} paragraphs); about 1 in 4 footers give only the domain"
    )
    return report


def _plain(text: str | None) -> str:
    """Words only, lower case: "JANE DOE" and "Jane Doe" name one writer, a title's quote marks aside."""
    return re.sub(r"\W+", " ", (text or "").lower()).strip()


def _own_and_appended(paragraphs: tuple, extra: int) -> tuple[list, list]:  # type: ignore[type-arg]
    """Split the document's paragraphs into the article's own and the appended stories'."""
    content = [p for p in paragraphs if p.text]
    cut = max(0, len(content) - extra)
    return content[:cut], content[cut:]
