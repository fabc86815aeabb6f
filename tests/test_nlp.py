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
