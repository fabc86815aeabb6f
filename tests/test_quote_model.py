"""The learned attribution-cue scorer (newsfuse.extract.quote_model)."""

from __future__ import annotations

import numpy as np
import pytest

from newsfuse.extract.quote_model import CueModel, fit, load_model


def test_quote_model_fit_separates_a_toy_problem() -> None:
    rows = [["lem=doubt/VERB", "rel=ccomp"]] * 30 + [["lem=paint/VERB", "rel=dobj"]] * 30
    labels = [1] * 30 + [0] * 30
    weights, bias = fit(rows, labels, l2=1.0, min_count=1, min_weight=0.0)
    model = CueModel(weights, bias, 0.5)
    assert model.score(["lem=doubt/VERB", "rel=ccomp"]) > 0.9
    assert model.score(["lem=paint/VERB", "rel=dobj"]) < 0.1
    # A feature seen too rarely is left out of the model.
    weights, _ = fit([*rows, ["once"]], [*labels, 1], min_count=2, min_weight=0.0)
    assert "once" not in weights


def test_quote_model_round_trips_through_json() -> None:
    model = CueModel({"a": 0.5, "b": -1.25}, 0.1, 0.3, "toy")
    again = CueModel.from_json(model.to_json())
    assert again == model
    assert again.score(["a", "unknown"]) == pytest.approx(1 / (1 + np.exp(-0.6)))


def test_quote_model_shipped_weights_are_sane() -> None:
    model = load_model()
    assert "PolNeAR train" in model.trained_on
    assert 0.0 < model.threshold < 1.0
    assert len(model.weights) > 1000
    # Stance verbs with a clause are cues, a verb of action with its object is not.
    assert model.weights["lemrel=doubt/VERB|ccomp"] > 0 > model.weights["lemrel=build/VERB|dobj"]


@pytest.mark.model
def test_quote_model_scores_a_cue_word_it_never_saw(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsfuse.extract.quote_model import candidates
    from newsfuse.extract.quotes import complement_relations

    model = load_model()
    assert "lem=theorize/VERB" not in model.weights  # not in the training data
    doc = nlp("Councilwoman Ada Reyes theorized that the outage was caused by the storm.")
    verb = next(t for t in doc if t.lower_ == "theorized")
    scored = {relation: model.score(features) for relation, _, features in candidates(verb, complement_relations(verb))}
    assert scored["ccomp"] >= model.threshold


def test_quote_model_features_name_the_complement_head() -> None:
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from newsfuse.extract.quote_model import candidate_features

    doc = Doc(English().vocab, words=["Voters", "rejected", "the", "measure"], heads=[1, 1, 3, 1],
              deps=["nsubj", "ROOT", "det", "dobj"], pos=["NOUN", "VERB", "DET", "NOUN"],
              lemmas=["voter", "reject", "the", "measure"], tags=["NNS", "VBD", "DT", "NN"])
    # What the complement is about tells a stance ("rejected <the measure>") from an act.
    assert "childlem=measure|dobj" in candidate_features(doc[1], "dobj", doc[3])
