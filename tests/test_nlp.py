"""The NLP layer: the spaCy pipeline as newsfuse loads it."""

from __future__ import annotations

import pytest


@pytest.mark.model
def test_nlp_every_paragraph_starts_a_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    # A headline without a full stop is its own sentence, not the subject of the next paragraph's
    # verb; a line wrapped inside a paragraph stays one sentence.
    doc = nlp("Putin’s friend in Helsinki\n\nTrump declares Russia innocent of election tampering.\n\n"
              "The harbour master\nspoke at noon.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences == ["Putin’s friend in Helsinki", "Trump declares Russia innocent of election tampering.",
                         "The harbour master\nspoke at noon."]
    declares = next(t for t in doc if t.text == "declares")
    assert [c.text for c in declares.children if c.dep_ == "nsubj"] == ["Trump"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "tokens"), [
    ("called \u201cindefinite detention\u201d\u2014which Paul describes",
     ["called", "\u201c", "indefinite", "detention", "\u201d", "\u2014", "which", "Paul", "describes"]),
    ("its central idea\u2014\"the end\"", ["its", "central", "idea", "\u2014", "\"", "the", "end", "\""]),
    ("Rep. Ana Ruiz (D-Ohio)\u2014a member", ["Rep.", "Ana", "Ruiz", "(", "D", "-", "Ohio", ")", "\u2014", "a", "member"]),
    # words joined by a dash were split already; numbers and hyphenated words stay as they were
    ("He said\u2014wrongly\u2014that", ["He", "said", "\u2014", "wrongly", "\u2014", "that"]),
    ("from 1990\u20132000, a well-known ex-wife", ["from", "1990\u20132000", ",", "a", "well", "-", "known", "ex", "-", "wife"]),
])
def test_nlp_a_dash_glued_to_a_quotation_mark_or_bracket_is_its_own_token(nlp, text, tokens) -> None:  # type: ignore[no-untyped-def]
    assert [t.text for t in nlp.tokenizer(text)] == tokens


@pytest.mark.model
def test_nlp_an_abbreviated_rank_keeps_its_period_and_its_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsfuse.extract.entities import extract_mentions

    doc = nlp("Army Staff Sgt. Mara Quinlan died in the blast. Police Lt. Tom Reyes said two men fled.")
    assert [t.text for t in doc[:4]] == ["Army", "Staff", "Sgt.", "Mara"]
    assert len(list(doc.sents)) == 2  # the rank had ended a sentence before the name
    titles = {m.text: m.titles for m in extract_mentions(doc, doc_id="d") if m.type == "PERSON"}
    assert titles == {"Mara Quinlan": ("Army Staff Sgt.",), "Tom Reyes": ("Police Lt.",)}


@pytest.mark.model
def test_nlp_a_contraction_with_a_typographic_apostrophe_gets_the_lemma_of_its_ascii_form(nlp) -> None:  # type: ignore[no-untyped-def]
    sentence = ("There{a}s another $600 million in the fund, and they{a}re sure she{a}ll approve it; "
                "we{a}ve asked, and it isn{a}t over.")
    curly, ascii_ = nlp(sentence.format(a="\u2019")), nlp(sentence.format(a="'"))
    lemmas = [t.lemma_ for t in curly if "\u2019" in t.text]
    assert lemmas == [t.lemma_ for t in ascii_ if "'" in t.text] == ["be", "be", "will", "have", "not"]
