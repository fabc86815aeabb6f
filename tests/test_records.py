from __future__ import annotations

from newsfuse import settings
from newsfuse.records import (
    Claim,
    Document,
    Extraction,
    Figure,
    Paragraph,
    Span,
    Story,
    SummarySentence,
    content_id,
    kept_text,
)


def test_records_round_trip_nested_story() -> None:
    story = Story(
        id="s-1", title="T", documents=("a", "b"),
        summary=(SummarySentence("One.", (Span("a", 0, 4), Span("b", 10, 14))),),
        claims=(Claim("c-1", "12 killed", "conflicting", (Span("a", 0, 4),), ("c-2",)),),
    )
    assert Story.from_dict(story.to_dict()) == story
    ex = Extraction(doc="a", figures=(Figure("a", "12", 12.0, None, "people", "lower", 0, 2),), sentences=((0, 4),))
    assert Extraction.from_dict(ex.to_dict()) == ex


def test_records_kept_text_joins_kept_paragraphs_with_blank_line() -> None:
    paragraphs = (Paragraph(0, "Title", False, "title"), Paragraph(1, "First.", True, "body"),
                  Paragraph(2, "Second.", True, "body"))
    assert kept_text(paragraphs) == "First.\n\nSecond."
    assert Document(id="x", source_path="p", paragraphs=paragraphs).text == "First.\n\nSecond."


def test_records_content_id_is_stable_and_distinct() -> None:
    assert content_id("abc") == content_id("abc") != content_id("abd")


def test_settings_environment_overrides_default(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert settings.get("batch_size") == 32
    monkeypatch.setenv("NEWSFUSE_BATCH_SIZE", "8")
    assert settings.get("batch_size") == 8
    assert settings.get("batch_size", 4) == 4


def test_quote_shown_marks_direct_quotes_and_never_closes_an_unbalanced_one() -> None:
    from newsfuse.records import Quote

    said = Quote(doc="d", text="We heard a crack", kind="direct", start=0, end=16)
    assert said.shown() == "“We heard a crack”"
    assert Quote(doc="d", text="“Already marked”", kind="direct", start=0, end=16).shown() == "“Already marked”"
    assert Quote(doc="d", text="the ferry would run", kind="indirect", start=0, end=19).shown() == "the ferry would run"
    open_ended = Quote(doc="d", text="the ferry will run again", kind="direct", start=0, end=24, unbalanced=True)
    assert open_ended.shown() == "the ferry will run again [quotation marks unbalanced in the source]"


def test_quote_shown_prints_a_question_with_its_cue() -> None:
    from newsfuse.records import Quote

    asked = Quote(doc="d", text="whether the ferry would run", kind="indirect", start=0, end=27, cue="asked")
    assert asked.shown() == "asked whether the ferry would run"
    # a request or a statement is shown as its words alone
    told = Quote(doc="d", text="the ferry would run", kind="indirect", start=0, end=19, cue="asked")
    assert told.shown() == "the ferry would run"
    said = Quote(doc="d", text="when the storm hit, the ferry stopped", kind="indirect", start=0, end=37, cue="said")
    assert said.shown() == "when the storm hit, the ferry stopped"
