"""The learned second opinion on plain-text paragraphs: what it may and may not overturn."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from newsfuse.clean import BODY, classify_paragraphs, split_paragraphs
from newsfuse.paragraph_model import (
    LOW_SCORE,
    ParagraphModel,
    fit,
    load_model,
    paragraph_features,
    refine,
)

ARTICLE = [
    "Flood barriers on the Kessler River held overnight as the water crested two feet below the levee top, "
    "county emergency officials said on Thursday.",
    "About 3,000 residents of the river district had been told to leave their homes on Wednesday evening, "
    "and most spent the night with relatives or in the school gymnasium.",
    '"The barriers did exactly what they were built to do," said county engineer Ruth Alvarez, who has '
    "overseen the levee repairs since last spring.",
    "The river is expected to fall slowly through the weekend.",
    "Residents of the river district may return on Saturday once the levee has been inspected, officials said.",
]
TEASERS = [
    "Ten recipes for the perfect summer barbecue, from smoky ribs to grilled peaches with honey.",
    "The quarterback signed a record contract extension on Monday after a season of speculation.",
]

# Separated from the article by a menu, but about the same flood: it continues the story.
CONTINUATION = (
    "County officials said the Kessler levee would be inspected again before the next storm, and residents of "
    "the river district were asked to keep their emergency kits ready."
)


def _everything_eligible(model: ParagraphModel) -> ParagraphModel:
    """A model that would drop every rule-kept paragraph it is allowed to, and restore none."""
    return replace(model, drop_below=1.01, restore_above=1.01)


def test_paragraph_model_shipped_weights_match_the_features() -> None:
    model = load_model()
    features = paragraph_features(ARTICLE, [BODY] * len(ARTICLE))
    assert features.shape == (len(ARTICLE), len(model.weights)) == (len(ARTICLE), len(model.mean))
    # Thresholds chosen by page-grouped cross-validation (docs/evaluation.md): a paragraph is never both
    # droppable and restorable.
    assert 0.0 < model.drop_below < 0.5 and model.drop_below < model.restore_above
    assert "tune" in model.trained_on and "test" not in model.trained_on  # the test half is reported, not fitted
    assert ParagraphModel.from_json(model.to_json()) == model


def test_paragraph_model_keeps_a_whole_article_with_short_paragraphs() -> None:
    text = "\n\n".join(ARTICLE)
    reasons = classify_paragraphs(split_paragraphs(text))
    assert reasons == [BODY] * len(ARTICLE)


def test_paragraph_model_may_only_drop_off_topic_text_outside_the_article() -> None:
    menu = ["Most popular", "Sport", "Food"]
    paragraphs = ARTICLE + menu + TEASERS + [CONTINUATION]
    reasons = [BODY] * len(ARTICLE) + ["navigation"] * len(menu) + [BODY] * (len(TEASERS) + 1)
    refined = refine(paragraphs, reasons, _everything_eligible(load_model()))
    # Even a model that distrusts everything cannot take text out of the article's main block, nor
    # a paragraph after it that continues the story; the unrelated teasers are what it may drop.
    assert refined[: len(ARTICLE)] == [BODY] * len(ARTICLE)
    assert refined[len(ARTICLE):len(ARTICLE) + len(menu)] == ["navigation"] * len(menu)
    assert refined[len(ARTICLE) + len(menu):-1] == [LOW_SCORE] * len(TEASERS)
    assert refined[-1] == BODY


def test_paragraph_model_never_overturns_hard_reasons() -> None:
    paragraphs = [*ARTICLE, "© 2025 The Kessler Courier. All rights reserved.", "Home", "Weather"]
    reasons = [BODY] * len(ARTICLE) + ["copyright", "navigation", "more-from"]
    eager = replace(load_model(), restore_above=0.0)
    refined = refine(paragraphs, reasons, eager)
    assert refined[-3] == "copyright" and refined[-1] == "more-from"
    assert refined[-2] == BODY  # a soft reason is what a confident model may restore


def test_paragraph_model_handles_empty_and_tiny_pages() -> None:
    assert refine([], []) == []
    assert len(refine(["Hello."], [BODY])) == 1
    assert len(classify_paragraphs(["Subscribe"])) == len(classify_paragraphs(["Subscribe"], learned=False)) == 1


def test_paragraph_model_fit_separates_a_learnable_signal() -> None:
    rng = np.random.default_rng(7)
    x = rng.normal(size=(400, 3))
    y = (x[:, 0] - 0.5 * x[:, 2] > 0).astype(float)
    mean, scale, weights, bias = fit(x, y)
    model = ParagraphModel(tuple(mean), tuple(scale), tuple(weights), bias, 0.5, 0.9)
    accuracy = float(((model.scores(x) >= 0.5) == (y == 1)).mean())
    assert accuracy > 0.95


def test_paragraph_model_never_drops_a_table_of_figures() -> None:
    # A results table printed after the story, outside its main block and sharing none of its words:
    # the rules keep such rows wherever they sit, and a low score may not take them away.
    rows = [f"{k} Kessler Rovers {30 - k} {k % 5} {k % 3} {60 - 2 * k}" for k in range(1, 7)]
    paragraphs = ARTICLE + ["Most popular", "Sport", "Food"] + rows
    reasons = [BODY] * len(ARTICLE) + ["navigation"] * 3 + [BODY] * len(rows)
    refined = refine(paragraphs, reasons, _everything_eligible(load_model()))
    assert refined[-len(rows):] == [BODY] * len(rows)


def test_paragraph_model_never_drops_the_lead_above_a_related_box() -> None:
    # The lead, then a "Comments" link and a box of other stories' headlines set inside the story,
    # then the rest of the article: the lead is outside the main block of kept text and shares few
    # of its words, but the box is no end of the story; below the article, a box still is.
    lead = ("Engineers lifted the last sandbags from Mill Street early on Friday as shopkeepers began to "
            "reopen for business.")
    box = ["12 Comments", "Related stories", "Ten recipes for the perfect summer barbecue",
           "Quarterback signs record contract extension", "Where to see the fireworks this weekend"]
    below = ["More stories", "Sport", "Food"]
    paragraphs = [lead, *box, *ARTICLE, *below, *TEASERS]
    reasons = [BODY, "comment"] + ["more-from"] * 4 + [BODY] * len(ARTICLE) + ["more-from"] * 3 + [BODY] * len(TEASERS)
    refined = refine(paragraphs, reasons, _everything_eligible(load_model()))
    assert refined[0] == BODY
    assert refined[-len(TEASERS):] == [LOW_SCORE] * len(TEASERS)


def test_paragraph_model_never_drops_the_article_below_a_related_box() -> None:
    # The article, a box of other stories' headlines set inside it, then the rest of the story: its
    # last paragraphs share little with the lead, but much with the article above the box, so they
    # go on with it; the same box followed by other stories' teasers still lets the model drop them.
    box = ["Related stories", "Ten recipes for the perfect summer barbecue",
           "Quarterback signs record contract extension", "Where to see the fireworks this weekend"]
    rest = [
        "Inspectors will return on Saturday to check every section, and the weekend forecast promises "
        "slowly falling water.",
        "Residents who return early were asked to report any crack in the levee to the county officials.",
    ]
    reasons = [BODY] * len(ARTICLE) + ["more-from"] * len(box) + [BODY] * 2
    model = _everything_eligible(load_model())
    assert refine([*ARTICLE, *box, *rest], reasons, model)[-2:] == [BODY, BODY]
    assert refine([*ARTICLE, *box, *TEASERS], reasons, model)[-2:] == [LOW_SCORE, LOW_SCORE]


def test_paragraph_model_never_drops_the_standfirst_under_the_headline() -> None:
    # The headline, its date line, the standfirst, then a share bar and a subtitle part it from the
    # story: outside the main block and sharing few of its words, it is still the article's opening.
    # A kept line under a menu rather than under the headline is no standfirst.
    standfirst = ("Engineers lifted the last sandbags from Mill Street early on Friday as shopkeepers began to "
                  "reopen for business.")
    head = ["Kessler River levee holds as water crests", "Published: 12 March 2025", standfirst,
            "Share", "Email", "Print", "A record spring"]
    head_reasons = ["title", "dateline-meta", BODY, "share", "share", "share", "boilerplate"]
    model = _everything_eligible(load_model())
    assert refine([*head, *ARTICLE], [*head_reasons, *[BODY] * len(ARTICLE)], model)[2] == BODY
    menu_reasons = ["navigation", "navigation", BODY, *head_reasons[3:]]
    assert refine([*head, *ARTICLE], [*menu_reasons, *[BODY] * len(ARTICLE)], model)[2] == LOW_SCORE


def test_an_opening_sentence_the_rules_take_for_a_headline_is_given_back() -> None:
    # A text pasted without its headline opens with a sentence ending in a colon: the rules read it as the
    # title; the model (re-fitted with weak labels from trafilatura's pages) gives it back to the article.
    opening = "As always, the mayor's plan raises an obvious question. Said the mayor:"
    lines = [opening, "Five things to look for in the tram plan",
             "The mayor has said the plan has two parts: one on new tram lines through the east of the city and one "
             "on cheaper fares for students", *ARTICLE]
    rules = classify_paragraphs(lines, learned=False)
    assert rules[0] == "title"
    assert refine(lines, rules)[0] == BODY


def test_paragraph_model_may_drop_an_author_box_the_main_block_runs_into() -> None:
    # The article, its share bar, then an author box of short lines: one dropped line is no gap that ends
    # the main block of kept text, but past the article's last prose paragraph the share bar ends the
    # article, so the box below it is the model's to judge.
    box = ["About the author", "Mara Quill", "Staff writer, gardens and travel", "View all posts by Mara Quill"]
    reasons = [BODY] * len(ARTICLE) + ["share"] + [BODY] * len(box)
    refined = refine([*ARTICLE, "Share this article", *box], reasons, _everything_eligible(load_model()))
    assert refined[: len(ARTICLE)] == [BODY] * len(ARTICLE)
    assert refined[-len(box):] == [LOW_SCORE] * len(box)


def test_paragraph_model_keeps_the_article_across_a_label_and_its_closing_list() -> None:
    # An advertisement label inside the story is no end while on-topic prose follows it, and an article
    # closing on short lines with no dropped line before them goes on to the main block's end.
    model = _everything_eligible(load_model())
    split = [*ARTICLE[:3], "Advertisement", *ARTICLE[3:]]
    split_reasons = [BODY] * 3 + ["promo"] + [BODY] * (len(ARTICLE) - 3)
    assert [r for r in refine(split, split_reasons, model) if r != "promo"] == [BODY] * len(ARTICLE)
    closing = ["Shelters open:", "Mill Street school", "Saint Anne's hall"]
    listed = [*ARTICLE, *closing, "Share"]
    assert refine(listed, [BODY] * (len(ARTICLE) + len(closing)) + ["share"], model)[:-1] == [BODY] * len(listed[:-1])


def test_a_statement_in_german_quotes_is_prose_that_the_article_ends_on() -> None:
    # The story's last paragraph, a quotation closed the German way („...“) below a share line: a
    # statement like any other, so the article ends on it rather than at the share line above it.
    closing = "„Wir danken allen Helfern, die in dieser schweren Woche Tag und Nacht Sandsäcke gefüllt haben.“"
    reasons = [BODY] * len(ARTICLE) + ["share", BODY]
    refined = refine([*ARTICLE, "Share", closing], reasons, _everything_eligible(load_model()))
    assert refined[-1] == BODY
