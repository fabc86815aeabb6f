"""Recall round of the twenty-first session (issue 4): reports in Title Case headline lines, and
self-descriptions.

The small English model reads a Title Case headline as one long proper noun ("Claims" a plural
name, "Endorses" a part of a person's name), so the reports in it are found by the verb's form.
A reflexive object with a characterisation ("calls herself a fiscal conservative") is what the
speaker says they are. Every example is invented; the tests need the installed model, whose
parses are the point.
"""

from __future__ import annotations

import pytest

from newsfuse.extract.quotes import extract_quotes

_BODY = ("Mayor Grace Okafor spoke to reporters on Monday. Retired judge Alma Reyes, Tom Whitfield and "
         "Dana Carver were at the meeting, as was Senator Ruth Dale.")


def _reports(nlp, headline: str, *, cognition: bool = False):  # type: ignore[no-untyped-def]
    doc = nlp(headline + "\n\n" + _BODY)
    end = len(headline)
    return [(q.text, q.speaker_name, q.cue) for q in extract_quotes(doc, doc_id="d", cognition=cognition)
            if q.start < end]


@pytest.mark.model
@pytest.mark.parametrize("cognition", [False, True])
@pytest.mark.parametrize(("headline", "content", "cue"), [
    ("Okafor Claims Riverside Bridge Will Reopen In May", "Riverside Bridge Will Reopen In May", "Claims"),
    ("Okafor Warns Riverside Bridge Could Close Again", "Riverside Bridge Could Close Again", "Warns"),
    ("Mayor Okafor Insists Bridge Repairs Are On Schedule", "Bridge Repairs Are On Schedule", "Insists"),
    ("Grace Okafor Denies Bridge Contract Went To Donors", "Bridge Contract Went To Donors", "Denies"),
])
def test_quotes_title_case_headline_speech_verb_reports_the_rest_of_the_line(  # type: ignore[no-untyped-def]
        nlp, cognition: bool, headline: str, content: str, cue: str) -> None:
    assert _reports(nlp, headline, cognition=cognition) == [(content, "Grace Okafor", cue)]


@pytest.mark.model
def test_quotes_title_case_headline_content_stops_before_a_second_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _reports(nlp, "Dale Urges Council To Delay Pipeline Vote, Calls Plan ‘Reckless’")
    assert found[0] == ("Council To Delay Pipeline Vote", "Ruth Dale", "Urges")


@pytest.mark.model
def test_quotes_title_case_headline_stance_verbs_in_the_attribution_setting(nlp) -> None:  # type: ignore[no-untyped-def]
    # Two verbs of one speaker, each with its own one-word content; a stance is no quote in the
    # product's list, only in the attribution corpus's setting.
    # The parse had read "Whitfield And Denounces Carver" as what was backed.
    headline = "Retired Judge Alma Reyes Backs Whitfield And Denounces Carver"
    assert _reports(nlp, headline, cognition=True) == [("Whitfield", "Alma Reyes", "Backs"),
                                                       ("Carver", "Alma Reyes", "Denounces")]
    assert _reports(nlp, headline) == []


@pytest.mark.model
def test_quotes_title_case_headline_content_stops_at_a_frame(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Amid protests" frames the defence; the boundary tagger, reading the misparse, would run on.
    found = _reports(nlp, "Senator Ruth Dale Defends Pipeline Plan Amid Protests", cognition=True)
    assert found == [("Pipeline Plan", "Ruth Dale", "Defends")]


@pytest.mark.model
def test_quotes_title_case_headline_content_stops_before_a_clause_of_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    # "as" then a subject and a verb by its form is a second event; "As Mayor" would be part of the content.
    found = _reports(nlp, "Okafor Says Bridge Would Reopen as Dale Team Files New Suit")
    assert found == [("Bridge Would Reopen", "Grace Okafor", "Says")]


@pytest.mark.model
@pytest.mark.parametrize("headline", [
    "4. Okafor Notes Are A Distraction From Bridge Talks",  # a list item; "Notes" a noun before "Are"
    "Media Reports Reveal Flaws In New Ballot Design",  # "Reports" a noun: its verb follows
    "How Ruth Dale Thinks About The Pipeline Plan",  # a question, not a report
    "Riverside Company Adds 500 Jobs In Ohio",  # a speech verb in another sense
])
def test_quotes_title_case_headline_without_a_report(nlp, headline: str) -> None:  # type: ignore[no-untyped-def]
    assert _reports(nlp, headline) == []


# --- self-descriptions (a reflexive object with a characterisation) ------------------------------


def _listed(nlp, text: str, *, cognition: bool = False):  # type: ignore[no-untyped-def]
    return [(q.text, q.speaker_name, q.cue) for q in extract_quotes(nlp(text), doc_id="d", cognition=cognition)]


@pytest.mark.model
@pytest.mark.parametrize(("text", "content", "cue", "cognition"), [
    ("Councilwoman Ada Price called herself a fiscal conservative.", "herself a fiscal conservative", "called",
     True),
    ("Councilwoman Ada Price considers herself an outsider in the race.", "herself an outsider in the race",
     "considers", True),
    ("Councilwoman Ada Price declared herself the winner on Tuesday night.", "herself the winner on Tuesday night",
     "declared", False),
])
def test_quotes_a_self_description_is_a_statement(  # type: ignore[no-untyped-def]
        nlp, text: str, content: str, cue: str, cognition: bool) -> None:
    assert (content, "Ada Price", cue) in _listed(nlp, text, cognition=cognition)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Councilwoman Ada Price found herself the target of a recall campaign.",  # where she ended up
    "Councilwoman Ada Price found herself embroiled in a dispute over the budget.",
    "Councilwoman Ada Price positioned herself firmly in the middle of the race.",  # no characterisation
])
def test_quotes_a_reflexive_without_a_characterisation_is_no_statement(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _listed(nlp, text, cognition=True) == []
