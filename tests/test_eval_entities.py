"""``newsfuse eval entities``: MEANTIME CAT XML reading, mention matching, cross-document B-cubed."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfuse.errors import EvaluationError
from newsfuse.evaluate.entities import (
    GoldMention,
    bcubed,
    detokenise,
    load_corpus,
    match_overlapping,
)
from newsfuse.records import Mention

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "meantime-en"

WORDS = [  # (sentence, word): an invented two-sentence article
    (0, "Harbor"), (0, "Freight"), (0, "wins"), (0, "contract"),
    (1, "The"), (1, "Harbor"), (1, "Freight"), (1, "Inc."), (1, "chief"), (1, ","), (1, "Dana"), (1, "Levy"),
    (1, ","), (1, "said"), (1, "the"), (1, "firm"), (1, "'s"), (1, "ships"), (1, "will"), (1, "sail"), (1, "to"),
    (1, "Norway"), (1, "."),
]


def _cat_xml(name: str, instance_suffix: str = "") -> str:
    tokens = "\n".join(f'<token number="{i}" sentence="{s}" t_id="{i + 1}">{w}</token>'
                       for i, (s, w) in enumerate(WORDS))

    def mention(m_id: int, t_ids: list[int], kind: str) -> str:
        anchors = "".join(f'<token_anchor t_id="{t}"/>' for t in t_ids)
        return f'<ENTITY_MENTION m_id="{m_id}" syntactic_type="{kind}">{anchors}</ENTITY_MENTION>'

    markables = "\n".join([
        mention(1, [1, 2], "NAM"), mention(2, [5, 6, 7, 8], "NAM"), mention(3, [11, 12], "NAM"),
        mention(4, [15, 16], "NOM"), mention(5, [22], "NAM"),
        f'<ENTITY m_id="90" ent_type="ORG" instance_id="ORG1{instance_suffix}"/>',
        '<ENTITY m_id="91" ent_type="PER" instance_id="PER1"/>',
        '<ENTITY m_id="92" ent_type="LOC" instance_id="LOC1"/>',
    ])
    relations = "\n".join([
        '<REFERS_TO r_id="1"><source m_id="1"/><source m_id="2"/><source m_id="4"/><target m_id="90"/></REFERS_TO>',
        '<REFERS_TO r_id="2"><source m_id="3"/><target m_id="91"/></REFERS_TO>',
        '<REFERS_TO r_id="3"><source m_id="5"/><target m_id="92"/></REFERS_TO>',
    ])
    return (f'<?xml version="1.0" ?><Document doc_name="{name}">\n{tokens}\n<Markables>\n{markables}\n'
            f"</Markables>\n<Relations>\n{relations}\n</Relations>\n</Document>\n")


def _corpus(tmp_path: Path) -> Path:
    topic = tmp_path / "meantime" / "intra_cross-doc_annotation" / "corpus_shipping"
    topic.mkdir(parents=True)
    (topic / "1_harbor.xml").write_text(_cat_xml("1_harbor"), encoding="utf-8")
    (topic / "2_harbor.xml").write_text(_cat_xml("2_harbor"), encoding="utf-8")
    return tmp_path


def test_eval_entities_detokenise_offsets() -> None:
    text, offsets, paragraphs = detokenise([("1", "0", "Title"), ("2", "1", "He"), ("3", "1", "said"),
                                            ("4", "1", "("), ("5", "1", "twice"), ("6", "1", ")"), ("7", "1", ".")])
    assert text == "Title\n\nHe said (twice)."
    assert text[slice(*offsets["5"])] == "twice"
    assert [text[s:e] for s, e in paragraphs] == ["Title", "He said (twice)."]


def test_eval_entities_reads_cat_xml(tmp_path: Path) -> None:
    articles = load_corpus(_corpus(tmp_path))
    assert [a.topic for a in articles] == ["shipping", "shipping"]
    article = articles[0]
    spans = {(article.text[g.start:g.end], g.type, g.named, g.instance) for g in article.gold}
    assert ("Harbor Freight Inc.", "ORG", True, "ORG1") in spans  # leading "The" dropped
    assert ("firm", "ORG", False, "ORG1") in spans  # a nominal: scored for B-cubed only
    assert ("Dana Levy", "PERSON", True, "PER1") in spans
    assert ("Norway", "PLACE", True, "LOC1") in spans
    with pytest.raises(EvaluationError):
        load_corpus(tmp_path / "meantime" / "intra_cross-doc_annotation" / "corpus_shipping")


def test_eval_entities_matching_and_bcubed() -> None:
    gold = [GoldMention(0, 14, "ORG", True, "A"), GoldMention(20, 29, "PERSON", True, "B")]
    predicted = [Mention("d", 20, 29, "Dana Levy", "PERSON", 1), Mention("d", 0, 6, "Harbor", "ORG", 0)]
    assert sorted(match_overlapping(gold, predicted, typed=True)) == [(0, 1), (1, 0)]
    assert match_overlapping(gold, [Mention("d", 0, 6, "Harbor", "GPE", 0)], typed=True) == []
    precision, recall = bcubed([("A", "x"), ("A", "x"), ("B", "x")])
    assert precision == pytest.approx(2 / 3 + 2 / 3 + 1 / 3)
    assert recall == pytest.approx(3.0)


@pytest.mark.model
def test_eval_entities_run_on_invented_corpus(tmp_path: Path) -> None:
    from newsfuse.evaluate.entities import run

    report = run(_corpus(tmp_path), None)
    values = {m.name: m.value for m in report.metrics}
    assert report.items == 2
    assert values["mention recall (exact)"] > 0.5
    # The same people and companies in both documents: canonicalised into one entity each.
    assert values["cross-doc B-cubed recall"] > 0.9
    with pytest.raises(EvaluationError):
        run(_corpus(tmp_path / "again"), "no-such-topic")


@pytest.mark.model
def test_eval_entities_on_meantime_sample() -> None:
    if not SHARED.is_dir():
        pytest.skip("../shared/data/meantime-en is absent (MEANTIME evaluation data)")
    from newsfuse.evaluate.entities import run

    report = run(SHARED, "airbus", limit=4)
    values = {m.name: m.value for m in report.metrics}
    assert report.items == 4
    assert values["mention F1 (exact, annotated only)"] > 0.4
    assert values["cross-doc entity B-cubed F1"] > 0.5
