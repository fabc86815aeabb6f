"""Who said what, from the lead engineer's read of figures and quotes on NeuS articles (twenty-fourth
session): a convened event, a relative clause, a cut-off source and a demonstrative taken for words or
speakers.

Every example is invented.
"""

from __future__ import annotations

import pytest

from newsfuse.extract.quotes import extract_quotes


def _found(nlp, text):  # type: ignore[no-untyped-def]
    from newsfuse.extract.entities import extract_mentions

    doc = nlp(text)
    mentions = tuple(extract_mentions(doc, doc_id="d"))
    rows = []
    for q in extract_quotes(doc, doc_id="d", mentions=mentions):
        source = doc.text[q.source_start : q.source_end] if q.source_start is not None else None
        rows.append((q.cue, q.text, q.speaker_name, source))
    return rows


@pytest.mark.model
def test_quotes_an_election_called_is_no_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, "Premier Dalia Ferrante called the snap election in March, a year into her term.")
    assert [row for row in found if row[0] == "called"] == []


@pytest.mark.model
def test_quotes_a_relative_clause_of_the_object_is_not_what_was_said(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, "Mayor Ortiz announced strict new parking rules Tuesday that could cost drivers hundreds.")
    # the relative clause describes the rules; on its own it read as the mayor's claim
    assert not any(text.startswith("that could cost") for _, text, _, _ in found)


@pytest.mark.model
def test_quotes_a_source_cut_off_after_its_preposition_ends_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, "Ferry traffic fell by a third last month, according to the latest figures from...")
    assert [(cue, source) for cue, _, _, source in found] == [("according to", "the latest figures")]


@pytest.mark.model
def test_quotes_a_demonstrative_subject_is_no_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("That was the stark warning from engineer Priya Nandakumar, who blasted the port board during a council "
            "hearing on Monday, accusing its chairman of hiding the cracks and calling for an independent inspection.")
    assert all(speaker != "That" for _, _, speaker, _ in _found(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize(("text", "content"), [
    ("Why it matters: The harbour fund will lose $4 million a year, the mayor said.",
     "The harbour fund will lose $4 million a year"),
    ("The big picture: Ferry fares will rise by a third next year, officials told reporters.",
     "Ferry fares will rise by a third next year"),
])
def test_quotes_a_section_label_is_not_what_was_said(nlp, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    assert [row[1] for row in _found(nlp, text)][:1] == [content]


@pytest.mark.model
def test_quotes_words_after_a_colon_in_lower_case_are_the_speakers_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, "The reason is simple: the harbour fund will lose $4 million a year, the mayor said.")
    assert [row[1] for row in found][:1] == ["The reason is simple: the harbour fund will lose $4 million a year"]
