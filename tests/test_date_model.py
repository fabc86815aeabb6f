"""The learned day-or-part-of-day choice (newsfuse.extract.date_model) on invented sentences."""

from __future__ import annotations

import pytest

from newsfuse.extract.date_model import load_model, plain_day
from newsfuse.extract.dates import extract_dates

PUBLISHED = "2023-09-14"  # a Thursday


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2023-09-11TNI", "2023-09-11"),
        ("2023-09-12TMO", "2023-09-12"),
        ("2023-09-12T15:00", None),  # a clock time is no part of the day
        ("2023-09-12", None),
        ("XXXX-WXX-1TNI", None),  # a recurring night stays a set
        (None, None),
    ],
)
def test_date_model_plain_day_takes_only_a_part_of_day_off(value: str | None, day: str | None) -> None:
    assert plain_day(value) == day


def test_date_model_shipped_weights_are_sane() -> None:
    model = load_model()
    assert model.trained_on.startswith("TempEval-3 tune")
    assert model.threshold == 0.5
    assert 0 < len(model.weights) < 200
    assert all(abs(weight) < 5 for weight in model.weights.values())


def _values(nlp, text: str, *, learned: bool = True) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return {m.text: m.value for m in extract_dates(doc, doc_id="d1", published=PUBLISHED, learned=learned)}


@pytest.mark.model
def test_date_model_weekday_night_after_on_is_the_plain_day(nlp) -> None:  # type: ignore[no-untyped-def]
    # TimeBank mostly tags only the weekday of "on [Monday] night": the value is the day.
    text = "Two trains collided on Monday night near the border."
    assert _values(nlp, text)["Monday night"] == "2023-09-11"
    assert _values(nlp, text, learned=False)["Monday night"] == "2023-09-11TNI"


@pytest.mark.model
def test_date_model_keeps_the_part_of_a_day_word(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _values(nlp, "The council met this morning to discuss the budget.")["this morning"] == "2023-09-14TMO"


@pytest.mark.model
def test_date_model_training_labels_come_from_gold_values(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsfuse.evaluate.dates import GoldTimex, TimeMLDocument, part_of_day_choices

    text = "Two trains collided on Monday night. The council met this morning."
    gold = (GoldTimex(23, 29, "Monday", "2023-09-11", "DATE"), GoldTimex(53, 65, "this morning", "2023-09-14TMO", "TIME"))
    document = TimeMLDocument("invented.tml", text, PUBLISHED, gold)
    predicted, choices = part_of_day_choices(document, nlp(text))
    assert [predicted[c.index].text for c in choices] == ["Monday night", "this morning"]
    assert [(c.plain, c.label) for c in choices] == [("2023-09-11", 1), ("2023-09-14", 0)]
    assert "prep=on" in choices[0].features
