"""The learned quote-content boundary tagger (newsfuse.extract.content_tagger)."""

from __future__ import annotations

import numpy as np
import pytest

from newsfuse.extract import content_tagger as ct


def _window(rows: int, seed: int, vocab: dict[str, dict[str, int]], dense_width: int) -> ct.Window:
    rng = np.random.default_rng(seed)
    limits = [len(vocab["pos"]), len(vocab["tag"]), len(vocab["dep"]), len(vocab["word"]),
              2 * ct.MAX_CUE_DISTANCE + 3, 2]
    categories = np.stack([rng.integers(0, limit + 1, rows) for limit in limits], axis=1)
    return ct.Window(10, 10 + rows, categories, rng.normal(size=(rows, dense_width)).astype(np.float32))


def _toy_vocab() -> dict[str, dict[str, int]]:
    return {"pos": {"NOUN": 1, "VERB": 2}, "tag": {"NN": 1}, "dep": {"nsubj": 1, "ccomp": 2},
            "word": {"said": 1, "<shape>Xxx": 2}, "kind": {"direct": 1, "indirect": 2}}


def test_content_tagger_numpy_scores_match_the_torch_network() -> None:
    torch = pytest.importorskip("torch")
    from newsfuse.evaluate.tagger_training import exported_weights, tagger_network

    torch.manual_seed(3)
    vocab = _toy_vocab()
    dense_width = len(ct.FLAGS) + 5
    network = tagger_network(vocab, dense_width).eval()
    mean, scale = np.zeros(dense_width, np.float32), np.ones(dense_width, np.float32)
    weights = exported_weights(network, vocab, mean, scale)
    # Windows of different lengths in one batch: padding must not leak into the backward pass.
    windows = [_window(7, 1, vocab, dense_width), _window(3, 2, vocab, dense_width)]
    ours = ct.edge_scores(weights, windows)
    for window, scores in zip(windows, ours, strict=True):
        cats = torch.from_numpy(window.categories)[None]
        dense = torch.from_numpy(window.dense)[None]
        with torch.no_grad():
            expected = network(cats, dense, torch.tensor([len(window.dense)]))[0].numpy()
        assert scores.shape == (len(window.dense), 2)
        np.testing.assert_allclose(scores, expected, atol=1e-4)
    again = ct.TaggerWeights.from_json(weights.to_json())
    np.testing.assert_allclose(ct.edge_scores(again, windows)[0], ours[0], atol=2e-3)
    assert again.vocabularies == vocab


def test_content_tagger_moves_edges_only_past_the_margin() -> None:
    scores = np.array([[0.0, 0.0], [3.0, -1.0], [0.0, 0.0], [-1.0, 2.5]])
    assert ct.best_span(scores)[:2] == (1, 3)
    # Window rows 1..3 score 5.5 against the rules' rows 0..2 (0.0): moved.
    assert ct.moved_edges(scores, 20, 20, 22, margin=1.0) == (21, 23)
    # Unless the gain is within the margin.
    assert ct.moved_edges(scores, 20, 20, 22, margin=6.0) == (20, 22)
    # The first token never comes after the last.
    assert ct.best_span(np.array([[0.0, 5.0], [5.0, 0.0]]))[:2] in {(0, 0), (1, 1), (0, 1)}


def test_content_tagger_keeps_the_rules_contents_on_a_doc_built_by_hand() -> None:
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from newsfuse.extract.quotes import extract_quotes

    weights = ct.load_weights()
    assert weights is not None and "PolNeAR train" in weights.trained_on
    words = ["Reyes", "said", "the", "bridge", "would", "reopen", "in", "May", "."]
    doc = Doc(English().vocab, words=words, heads=[1, 1, 3, 5, 5, 1, 5, 6, 1],
              deps=["nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "prep", "pobj", "punct"],
              pos=["PROPN", "VERB", "DET", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
              lemmas=["Reyes", "say", "the", "bridge", "would", "reopen", "in", "May", "."],
              sent_starts=[True] + [False] * 8)
    assert not ct.has_inputs(doc, weights)
    quotes = list(extract_quotes(doc, doc_id="d"))
    assert [q.text for q in quotes] == ["the bridge would reopen in May"]


@pytest.mark.model
def test_learned_content_stops_before_the_occasion(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsfuse.extract.quotes import extract_quotes

    doc = nlp("Mayor Tom Ruiz endorsed Sarah Klein at a rally on Saturday.")
    # The rules kept the verb phrase after the object; where and when the act took place is no
    # part of what the mayor endorsed.
    rules = [q.text for q in extract_quotes(doc, doc_id="d", cognition=True, refine_contents=False)]
    assert rules == ["Sarah Klein at a rally on Saturday"]
    assert [q.text for q in extract_quotes(doc, doc_id="d", cognition=True)] == ["Sarah Klein"]


@pytest.mark.model
def test_moved_content_takes_no_other_quote_and_no_second_report(nlp) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from newsfuse.extract.quotes import _Context, _reaches_other_quote, _takes_next_act
    from newsfuse.records import Quote

    text = "Ortiz said Wednesday the clinic had run out of vaccines and asked residents to be patient."
    doc = nlp(text)
    context = _Context(doc, ())
    said = Quote(doc="d", text="the clinic had run out of vaccines", kind="indirect",
                 start=text.index("the clinic"), end=text.index(" and asked"), cue_start=text.index("said"))
    asked = Quote(doc="d", text="residents to be patient", kind="indirect", start=text.index("residents"),
                  end=text.index("."))
    joined = (said.start, asked.end)
    assert _reaches_other_quote(said, joined, [said, asked])
    assert not _reaches_other_quote(said, (said.start, said.end - 9), [said, asked])
    # A content that already overlapped another may not become the same words (listed twice).
    wide = replace(said, start=said.start, end=asked.end, cue_start=None)
    assert _reaches_other_quote(wide, (said.start, said.end), [said, wide])
    assert not _reaches_other_quote(wide, (said.start, said.end - 9), [said, wide])
    assert _takes_next_act(context, said, joined)
    assert not _takes_next_act(context, said, (said.start, said.end - 9))



def test_retrain_command_writes_the_tagger_with_its_flag(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from newsfuse.evaluate import quotes as evaluate_quotes

    toy = ct.TaggerWeights({"dense_mean": np.zeros(3, np.float32)}, _toy_vocab(), 1.0, "toy")
    monkeypatch.setattr(evaluate_quotes, "train_content_tagger", lambda data: (toy, "toy"))
    monkeypatch.setattr(evaluate_quotes, "train_cue_model", lambda data: pytest.fail("the cue model was retrained"))
    out = tmp_path / "tagger.json"
    evaluate_quotes.main(["--data", str(tmp_path), "--out", str(out), "--tagger"])
    again = ct.TaggerWeights.from_json(out.read_text(encoding="utf-8"))
    assert again.trained_on == "toy" and again.margin == 1.0
