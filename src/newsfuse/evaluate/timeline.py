"""``newsfuse eval timeline``: SemEval-2015 Task 4 (TimeLine), Track A, with the task's own metric.

Track A starts from raw text: for each target entity, build the timeline of the events the
entity takes part in, each anchored to a date (``YYYY-MM-DD``, ``XX`` for unknown parts) and
ordered. A timeline file has one line per position: ``<order> <date> <docid>-<sentence>-<word>
...`` (several events on one line happen at the same time; events that cannot be placed are at
position 0 with ``XXXX-XX-XX``).

The baseline built here from the project's pipeline pieces:

* documents: the Track A TimeML files (``<s id>`` sentences of space-separated tokens), parsed
  by the project's spaCy pipeline; dates by :func:`newsfuse.extract.dates.extract_dates`
  against the document creation time;
* entity mentions: case-insensitive matches of the target name (and, for a personal name, of its
  last word);
* events: the verbs that govern a mention in the parse (its verb ancestors, at most
  :data:`MAX_EVENTS_PER_MENTION`);
* anchor: the first date of the event's sentence that resolves to a day, month or year, else
  the document's creation time (news reports what just happened); positions follow the anchors.

Scoring follows the task description (Minard et al., 2015, and the task's evaluation page): each
timeline becomes a graph, each anchor a TIMEX3 node, each event SIMULTANEOUS with its anchor
(``XXXX-XX-XX`` is no anchor), events at the same position SIMULTANEOUS, events at consecutive
positions BEFORE. Graphs are compared by temporal awareness (UzZaman and Allen, 2011, as in
TempEval-3): precision = share of the system graph's reduced relations found in the closure of
the gold graph, recall = share of the gold graph's reduced relations found in the closure of the
system graph. Counts are summed over all timelines (micro average) and F1 is computed from the
summed precision and recall. Closure here is exact for the two relation types timelines produce
(SIMULTANEOUS classes, BEFORE between classes, transitive); the reduced graph is a chain through
each SIMULTANEOUS class (members in sorted order) plus the transitive reduction of BEFORE between
classes, each class represented by its first member.

Splits: ``test`` = the three evaluation corpora (default), ``trial`` = the Apple trial corpus.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsfuse.errors import EvaluationError
from newsfuse.evaluate.core import Metric, Report, data_fingerprint
from newsfuse.link.dedup import UnionFind

SPLITS = ("test", "trial")
ANCHOR = "best Track A run F1 7.85 (SemEval-2015 Task 4, Minard et al. 2015)"
MAX_EVENTS_PER_MENTION = 2
UNKNOWN = "XXXX-XX-XX"

# ---------------------------------------------------------------------------- timelines


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    position: int
    anchor: str
    event: str  # "<docid>-<sentence>-<word>"


@dataclass(slots=True)
class Timeline:
    entity: str
    events: list[TimelineEvent] = field(default_factory=list)


def parse_timeline(text: str, entity: str | None = None) -> Timeline:
    """A timeline file: an optional first line with the entity name, then ``order<TAB>date<TAB>events...``."""
    lines = [line for line in text.splitlines() if line.strip()]
    if lines and not re.match(r"^\d+\t", lines[0]):
        entity = entity or lines[0].strip()
        lines = lines[1:]
    timeline = Timeline(entity or "")
    for line in lines:
        parts = line.strip().split("\t")
        if len(parts) < 3 or not parts[0].isdigit():
            raise EvaluationError(f"not a timeline line: {line!r}")
        for event in parts[2:]:
            timeline.events.append(TimelineEvent(int(parts[0]), parts[1], event.strip()))
    return timeline


# ---------------------------------------------------------------------------- graph and metric

Relation = tuple[str, str, str]  # (a, b, "=") with a < b, or (a, b, "<")


@dataclass(slots=True)
class TemporalGraph:
    """SIMULTANEOUS classes of nodes and BEFORE edges between classes, with their closure."""

    members: dict[int, list[str]]
    class_of: dict[str, int]
    before: dict[int, set[int]]

    @classmethod
    def from_timeline(cls, timeline: Timeline) -> TemporalGraph:
        anchored = [(item.event, "TIMEX:" + item.anchor) for item in timeline.events
                    if item.anchor and item.anchor != UNKNOWN]
        nodes = {item.event for item in timeline.events} | {timex for _, timex in anchored}
        classes: UnionFind[str] = UnionFind(nodes)
        by_position: dict[int, list[str]] = defaultdict(list)
        for item in timeline.events:
            by_position[item.position].append(item.event)
        for event, timex in anchored:
            classes.union(timex, event)
        for events in by_position.values():
            for other in events[1:]:
                classes.union(other, events[0])
        roots = sorted({classes.find(n) for n in nodes})
        index = {root: i for i, root in enumerate(roots)}
        members: dict[int, list[str]] = defaultdict(list)
        class_of = {}
        for node in sorted(nodes):
            class_of[node] = index[classes.find(node)]
            members[class_of[node]].append(node)
        before: dict[int, set[int]] = defaultdict(set)
        positions = sorted(by_position)
        for first, second in zip(positions, positions[1:], strict=False):
            for a in by_position[first]:
                for b in by_position[second]:
                    if class_of[a] != class_of[b]:
                        before[class_of[a]].add(class_of[b])
        return cls(dict(members), class_of, dict(before))

    def reachable(self) -> dict[int, set[int]]:
        """Transitive closure of BEFORE between classes."""
        closure: dict[int, set[int]] = {}
        for start in self.members:
            seen: set[int] = set()
            stack = list(self.before.get(start, ()))
            while stack:
                node = stack.pop()
                if node not in seen:
                    seen.add(node)
                    stack.extend(self.before.get(node, ()))
            closure[start] = seen
        return closure

    def holds(self, relation: Relation, closure: dict[int, set[int]]) -> bool:
        """Whether ``relation`` is in this graph's closure."""
        a, b, kind = relation
        if a not in self.class_of or b not in self.class_of:
            return False
        ca, cb = self.class_of[a], self.class_of[b]
        if kind == "=":
            return ca == cb
        return cb in closure.get(ca, set())

    def reduced(self, closure: dict[int, set[int]]) -> list[Relation]:
        """A minimal relation set with the same closure: chains in classes, reduced BEFORE edges."""
        relations: list[Relation] = []
        for nodes in self.members.values():
            relations.extend((a, b, "=") for a, b in zip(nodes, nodes[1:], strict=False))
        for source, targets in self.before.items():
            for target in targets:
                indirect = any(target in closure.get(mid, set()) for mid in targets if mid != target)
                if not indirect and target != source:
                    relations.append((self.members[source][0], self.members[target][0], "<"))
        return relations


@dataclass(slots=True)
class AwarenessCounts:
    """Numerators and denominators of temporal-awareness precision and recall, summable."""

    precision_hits: int = 0
    system_relations: int = 0
    recall_hits: int = 0
    gold_relations: int = 0

    def add(self, other: AwarenessCounts) -> None:
        self.precision_hits += other.precision_hits
        self.system_relations += other.system_relations
        self.recall_hits += other.recall_hits
        self.gold_relations += other.gold_relations

    @property
    def precision(self) -> float:
        return self.precision_hits / self.system_relations if self.system_relations else 0.0

    @property
    def recall(self) -> float:
        return self.recall_hits / self.gold_relations if self.gold_relations else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def awareness_counts(system: Timeline, gold: Timeline) -> AwarenessCounts:
    """Temporal awareness of one system timeline against its gold timeline."""
    system_graph, gold_graph = TemporalGraph.from_timeline(system), TemporalGraph.from_timeline(gold)
    system_closure, gold_closure = system_graph.reachable(), gold_graph.reachable()
    system_reduced = system_graph.reduced(system_closure)
    gold_reduced = gold_graph.reduced(gold_closure)
    return AwarenessCounts(
        precision_hits=sum(gold_graph.holds(r, gold_closure) for r in system_reduced),
        system_relations=len(system_reduced),
        recall_hits=sum(system_graph.holds(r, system_closure) for r in gold_reduced),
        gold_relations=len(gold_reduced),
    )


def score_timelines(system: dict[str, Timeline], gold: dict[str, Timeline]) -> AwarenessCounts:
    """Micro-averaged temporal awareness over every gold entity (a missing system timeline is empty)."""
    total = AwarenessCounts()
    for entity, truth in gold.items():
        total.add(awareness_counts(system.get(entity, Timeline(entity)), truth))
    return total


# ---------------------------------------------------------------------------- data


@dataclass(frozen=True, slots=True)
class TaskDocument:
    doc_id: str
    dct: str | None
    sentences: tuple[tuple[str, tuple[str, ...]], ...]  # (sentence id, tokens)


@dataclass(frozen=True, slots=True)
class Corpus:
    name: str
    documents: tuple[TaskDocument, ...]
    gold: dict[str, Timeline]
    files: tuple[Path, ...]


def find_corpora(data: Path, split: str) -> list[Corpus]:
    if not data.exists():
        raise EvaluationError(f"{data}: SemEval-2015 Task 4 data folder not found")
    corpora: list[Corpus] = []
    if split == "test":
        for folder in sorted(p for p in data.rglob("corpus_*") if p.is_dir() and (p / "TimeLines_Gold_Standard").is_dir()):
            raw = sorted((folder / "corpus_trackA_TimeML").glob("*.tml"))
            corpora.append(_corpus(folder.name, raw, sorted((folder / "TimeLines_Gold_Standard").glob("*.txt"))))
    elif split == "trial":
        raw_dirs = [p for p in data.rglob("Corpus-trial-data_task4_TimeML") if p.is_dir()]
        gold_dirs = [p for p in data.rglob("TimeLines_trial_data_task4_v*") if p.is_dir()]
        if raw_dirs and gold_dirs:
            corpora.append(_corpus("trial", sorted(raw_dirs[0].glob("*.tml")), sorted(gold_dirs[0].glob("*.txt"))))
    else:
        raise EvaluationError(f"unknown split {split!r}; choose one of {', '.join(SPLITS)}")
    if not corpora:
        raise EvaluationError(f"{data}: no SemEval-2015 Task 4 corpora for split {split!r}")
    return corpora


def _corpus(name: str, raw: list[Path], gold_files: list[Path]) -> Corpus:
    if not raw or not gold_files:
        raise EvaluationError(f"corpus {name}: raw TimeML files or gold timelines missing")
    gold = {}
    for path in gold_files:
        timeline = parse_timeline(path.read_text(encoding="utf-8"), entity=path.stem.replace("_", " "))
        gold[timeline.entity] = timeline
    return Corpus(name, tuple(read_document(p) for p in raw), gold, tuple([*raw, *gold_files]))


def read_document(path: Path) -> TaskDocument:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise EvaluationError(f"{path}: not well-formed TimeML ({exc})") from exc
    doc_id = (root.findtext("DOCID") or path.name.split("_")[0].split("-")[0]).strip()
    dct_timex = root.find("DCT/TIMEX3")
    dct = dct_timex.get("value") if dct_timex is not None else None
    text = root.find("TEXT")
    sentences = []
    for sentence in text.iter("s") if text is not None else ():
        tokens = tuple("".join(sentence.itertext()).split())
        if tokens:
            sentences.append((sentence.get("id", str(len(sentences))), tokens))
    return TaskDocument(doc_id, dct, tuple(sentences))


# ---------------------------------------------------------------------------- the baseline


def build_timelines(corpus: Corpus, entities: Iterable[str]) -> dict[str, Timeline]:
    """Track A baseline timelines for ``entities`` over the corpus documents."""
    from newsfuse.extract.dates import extract_dates
    from newsfuse.nlp import load_nlp

    nlp = load_nlp()
    entities = list(entities)
    items: dict[str, list[tuple[str, str]]] = defaultdict(list)  # entity -> (anchor, event id)
    texts = [_layout(document) for document in corpus.documents]
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(file=sys.stderr), transient=True) as progress:
        task = progress.add_task(f"timelines {corpus.name}", total=len(texts))
        for doc, (document, tokens) in nlp.pipe(((t[0], (d, t[1])) for d, t in zip(corpus.documents, texts, strict=True)),
                                                as_tuples=True):  # fmt: skip
            progress.advance(task)
            dates = list(extract_dates(doc, doc_id=document.doc_id, published=document.dct))
            for entity in entities:
                for anchor, event in _events_for(doc, document, tokens, dates, entity):
                    items[entity].append((anchor, event))
    return {entity: _ordered(entity, items.get(entity, [])) for entity in entities}


def _layout(document: TaskDocument) -> tuple[str, list[tuple[int, int, str, str]]]:
    """Text of the document (one sentence a line) and its tokens as (start, end, sentence id, word)."""
    pieces: list[str] = []
    tokens: list[tuple[int, int, str, str]] = []
    offset = 0
    for sentence_id, words in document.sentences:
        for i, word in enumerate(words):
            if i:
                pieces.append(" ")
                offset += 1
            tokens.append((offset, offset + len(word), sentence_id, word))
            pieces.append(word)
            offset += len(word)
        pieces.append("\n")
        offset += 1
    return "".join(pieces), tokens


def _name_patterns(entity: str) -> list[re.Pattern[str]]:
    patterns = [re.compile(rf"(?<!\w){re.escape(entity)}(?!\w)", re.IGNORECASE)]
    words = entity.split()
    if len(words) >= 2 and all(w.isalpha() and w[0].isupper() for w in words):
        patterns.append(re.compile(rf"(?<!\w){re.escape(words[-1])}(?!\w)"))  # "Gallois" for "Louis Gallois"
    return patterns


def _events_for(doc, document: TaskDocument, tokens, dates, entity: str) -> Iterable[tuple[str, str]]:  # type: ignore[no-untyped-def]
    token_at = {start: (sentence_id, word) for start, _, sentence_id, word in tokens}
    seen: set[str] = set()
    for pattern in _name_patterns(entity):
        for match in pattern.finditer(doc.text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None:
                continue
            verbs = [t for t in span.root.ancestors if t.pos_ == "VERB"][:MAX_EVENTS_PER_MENTION]
            for verb in verbs:
                located = token_at.get(verb.idx)
                if located is None:
                    continue
                event = f"{document.doc_id}-{located[0]}-{located[1]}"
                if event in seen:
                    continue
                seen.add(event)
                yield _anchor(verb.sent, dates, document.dct), event


def _anchor(sentence, dates, dct: str | None) -> str:  # type: ignore[no-untyped-def]
    for mention in dates:
        if sentence.start_char <= mention.start < sentence.end_char and mention.value:
            anchor = task_date(mention.value)
            if anchor is not None:
                return anchor
    return task_date(dct) or UNKNOWN


def task_date(value: str | None) -> str | None:
    """A TIMEX value as the task's anchor: ``2005-02-17``, ``2005-02-XX``, ``2005-XX-XX``."""
    if not value:
        return None
    if match := re.match(r"^(\d{4})-(\d{2})-(\d{2})", value):
        return "-".join(match.groups())
    if match := re.fullmatch(r"(\d{4})-(\d{2})", value):
        return f"{match.group(1)}-{match.group(2)}-XX"
    if re.fullmatch(r"\d{4}", value):
        return f"{value}-XX-XX"
    return None


def _ordered(entity: str, items: Sequence[tuple[str, str]]) -> Timeline:
    """Positions from the anchors: unknown at 0, then one position per distinct anchor in order."""
    anchors = sorted({a for a, _ in items if a != UNKNOWN})
    position = {anchor: i + 1 for i, anchor in enumerate(anchors)}
    timeline = Timeline(entity)
    for anchor, event in sorted(items, key=lambda item: (position.get(item[0], 0), item[1])):
        timeline.events.append(TimelineEvent(position.get(anchor, 0), anchor, event))
    return timeline


# ---------------------------------------------------------------------------- the task


def run(data: Path, split: str | None) -> Report:
    """Build Track A timelines for every gold entity and score them with temporal awareness."""
    split = split or "test"
    corpora = find_corpora(data, split)
    total = AwarenessCounts()
    per_corpus = []
    for corpus in corpora:
        system = build_timelines(corpus, corpus.gold)
        counts = score_timelines(system, corpus.gold)
        per_corpus.append(f"{corpus.name}: F1 {100 * counts.f1:.2f} ({len(corpus.gold)} timelines)")
        total.add(counts)
    files = [path for corpus in corpora for path in corpus.files]
    report = Report(task="timeline", data=str(data), fingerprint=data_fingerprint(files),
                    items=sum(len(c.documents) for c in corpora))  # fmt: skip
    report.metrics.extend(
        [
            Metric("timeline F1 x100 (temporal awareness)", 100 * total.f1, anchor=ANCHOR),
            Metric("timeline precision x100", 100 * total.precision),
            Metric("timeline recall x100", 100 * total.recall),
        ]
    )
    report.notes.extend(per_corpus)
    report.notes.append(f"split={split}: Track A (raw text); micro-average over {sum(len(c.gold) for c in corpora)} timelines")
    return report
