"""Quote attribution: quote marks of every style, speakers, cues, indirect speech, evaluation."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from newsfuse.extract.quotes import extract_quotes, find_quote_spans, paragraph_bounds


def _quotes(nlp, text):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return doc, list(extract_quotes(doc, doc_id="d1"))


def _speakers(nlp, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Each quote's content -> its speaker's name ("" when it has none)."""
    _, quotes = _quotes(nlp, text)
    return {q.text: q.speaker_name or "" for q in quotes}


def _contents(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_quote_spans(text)]


# --- quote marks (model-free) -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "we will win" and left.', ["we will win"]),
        ("He said “we will win” and left.", ["we will win"]),
        ("‘We won’t back down,’ she said of the voters’ choice.", ["We won’t back down"]),
        ("'We won't back down,' she said in the '90s about Clinton's plan.", ["We won't back down"]),
        ("The mayor said ''we are ready,'' according to the transcript.", ["we are ready"]),
        ("“He told me ‘no way’ twice,” she said.", ["He told me ‘no way’ twice"]),
        ("Clinton's aides don't expect the voters' mood to change.", []),
    ],
)
def test_quotes_marks_every_style(text: str, expected: list[str]) -> None:
    assert _contents(text) == expected


def test_quotes_multi_paragraph_quote_is_one_span() -> None:
    text = "“The first part goes on.\n\n“The second part ends here,” he said.\n\nNext story."
    spans = find_quote_spans(text)
    assert len(spans) == 1
    assert text[spans[0].start:spans[0].end] == "The first part goes on.\n\n“The second part ends here"
    assert not spans[0].unbalanced


def test_quotes_unbalanced_marks_are_recovered() -> None:
    text = "He said “we will never stop\n\nThe end of the story.\n\nShe said it was over” and left."
    spans = find_quote_spans(text)
    assert [(text[s.start:s.end], s.unbalanced) for s in spans] == [
        ("we will never stop", True),
        ("She said it was over", True),
    ]
    tail = 'The minister said "this runs to the end'
    last = find_quote_spans(tail)[-1]
    assert tail[last.start:last.end] == "this runs to the end" and last.unbalanced


def test_quotes_scan_is_linear_on_a_huge_quote() -> None:
    body = " ".join(["word"] * 5000)
    text = f"Intro.\n\n“{body}\n\n“{body},” she said." * 4
    started = time.process_time()  # CPU time: a loaded machine does not slow it
    spans = find_quote_spans(text)
    assert time.process_time() - started < 1.0
    assert len(spans) == 4
    assert paragraph_bounds("a\n\nb") == [(0, 1), (3, 4)]


# --- attribution (spaCy) ----------------------------------------------------------------------

ARTICLE = """Retired US Lt. Gen. Mark Hertling, a former commander of US Army Europe, said the buildup was the largest he had seen. "This is a dangerous escalation," Hertling told CNN on Sunday. "The Russians are testing us," he added, "and they will keep testing us."

Russian President Vladimir Putin dismissed the criticism. “We have no intention of attacking anyone,” Mr. Putin said in a televised address.

“The West has ignored our concerns for years. We will not wait forever.

“Our patience has limits,” he said.

According to the Kremlin, the talks failed. US officials said satellite images showed troops near the border. The letter read: "We demand an immediate ceasefire." Analysts say the sanctions have had little effect.

The minister promised "to expand the program" by next year."""


@pytest.fixture(scope="module")
def article(nlp):  # type: ignore[no-untyped-def]
    return _quotes(nlp, ARTICLE)


def _by_text(quotes, start):  # type: ignore[no-untyped-def]
    found = [q for q in quotes if q.text.startswith(start)]
    assert found, f"no quote starting {start!r} in {[q.text for q in quotes]}"
    return found[0]


@pytest.mark.model
def test_quotes_offsets_are_exact(article) -> None:  # type: ignore[no-untyped-def]
    doc, quotes = article
    for quote in quotes:
        assert quote.text == doc.text[quote.start:quote.end]
        if quote.speaker_start is not None:
            assert doc.text[quote.speaker_start:quote.speaker_end] == quote.speaker_name


@pytest.mark.model
def test_quotes_named_speaker_with_title(article) -> None:  # type: ignore[no-untyped-def]
    doc, quotes = article
    quote = _by_text(quotes, "This is a dangerous escalation")
    assert quote.kind == "direct"
    assert quote.speaker_name == "Mark Hertling"
    assert quote.speaker_title == "Retired US Lt. Gen., former commander of US Army Europe"
    assert quote.cue == "told"
    assert doc.text[quote.source_start:quote.source_end] == "Hertling"


@pytest.mark.model
def test_quotes_he_added_and_split_quote(article) -> None:  # type: ignore[no-untyped-def]
    doc, quotes = article
    first = _by_text(quotes, "The Russians are testing us")
    second = _by_text(quotes, "and they will keep testing us")
    for quote in (first, second):
        assert quote.speaker_name == "Mark Hertling"
        assert quote.cue == "added"
        assert doc.text[quote.source_start:quote.source_end] == "he"
    assert (first.speaker_start, first.speaker_end) == (second.speaker_start, second.speaker_end)
    assert first.cue_start == second.cue_start


@pytest.mark.model
def test_quotes_curly_and_multi_paragraph(article) -> None:  # type: ignore[no-untyped-def]
    _, quotes = article
    mr_putin = _by_text(quotes, "We have no intention")
    assert mr_putin.speaker_name == "Vladimir Putin"
    assert mr_putin.speaker_title == "Russian President"
    long_quote = _by_text(quotes, "The West has ignored")
    assert long_quote.text.endswith("Our patience has limits")
    assert "\n\n" in long_quote.text
    assert long_quote.speaker_name == "Vladimir Putin" and not long_quote.unbalanced


@pytest.mark.model
def test_quotes_organisation_written_and_anonymous_sources(article) -> None:  # type: ignore[no-untyped-def]
    _, quotes = article
    kremlin = _by_text(quotes, "the talks failed")
    assert (kremlin.kind, kremlin.cue, kremlin.speaker_name) == ("indirect", "According to", "the Kremlin")
    assert kremlin.speaker_start is None
    officials = _by_text(quotes, "satellite images showed")
    assert (officials.kind, officials.speaker_name, officials.speaker_start) == ("indirect", "US officials", None)
    letter = _by_text(quotes, "We demand an immediate ceasefire")
    assert (letter.speaker_name, letter.cue) == ("The letter", "read")
    analysts = _by_text(quotes, "the sanctions have had little effect")
    assert analysts.speaker_name == "Analysts" and analysts.kind == "indirect"


@pytest.mark.model
def test_quotes_partial_quote_in_reported_speech(article) -> None:  # type: ignore[no-untyped-def]
    _, quotes = article
    partial = _by_text(quotes, "to expand the program")
    assert (partial.kind, partial.cue, partial.speaker_name) == ("direct", "promised", "The minister")


@pytest.mark.model
def test_quotes_unattributed_continuation_inherits_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("“We will appeal the ruling,” said Sarah Okafor, the company's general counsel.\n\n"
            "“The court ignored the evidence in front of it, and the law is on our side.”")
    _, quotes = _quotes(nlp, text)
    assert [q.speaker_name for q in quotes] == ["Sarah Okafor", "Sarah Okafor"]
    assert quotes[0].speaker_title == "company's general counsel"


@pytest.mark.model
def test_quotes_unbalanced_and_no_quotes(nlp) -> None:  # type: ignore[no-untyped-def]
    _, quotes = _quotes(nlp, 'The senator said "we will never give up on this bill')
    assert len(quotes) >= 1
    direct = [q for q in quotes if q.kind == "direct"]
    assert direct and direct[0].unbalanced and direct[0].text == "we will never give up on this bill"
    _, none = _quotes(nlp, "The river flooded the valley. Roads were closed for two days.")
    assert none == []
    assert list(extract_quotes(nlp(""), doc_id="d")) == []


@pytest.mark.model
def test_quotes_long_quote_is_cheap(nlp) -> None:  # type: ignore[no-untyped-def]
    body = " ".join(["the committee will review every single document again"] * 500)
    doc = nlp(f"“{body},” the chairwoman said.")
    started = time.perf_counter()
    quotes = list(extract_quotes(doc, doc_id="d"))
    assert time.perf_counter() - started < 2.0
    assert len(quotes) == 1 and quotes[0].cue == "said" and quotes[0].speaker_name == "the chairwoman"


# --- evaluation on a synthetic PolNeAR-shaped folder ------------------------------------------


@pytest.mark.model
def test_quotes_evaluation_on_tiny_brat_fixture(tmp_path: Path) -> None:
    from newsfuse.evaluate.quotes import parse_ann, run

    text = ('"We will rebuild the bridge," Mayor Ana Ruiz said on Monday. '
            "Engineers said the repairs would take a year.\n")
    content1 = (1, text.index(',"'))
    source1 = (text.index("Mayor"), text.index(" said"))
    cue1 = (text.index("said"), text.index("said") + 4)
    s2 = text.index("Engineers")
    c2 = text.index("the repairs")
    ann = "\n".join([
        f"T1\tContent {content1[0]} {content1[1]}\t{text[content1[0]:content1[1]]}",
        f"T2\tSource {source1[0]} {source1[1]}\t{text[source1[0]:source1[1]]}",
        f"T3\tCue {cue1[0]} {cue1[1]}\tsaid",
        f"T4\tSource {s2} {s2 + 9}\tEngineers",
        f"T5\tCue {s2 + 10} {s2 + 14}\tsaid",
        f"T6\tContent {c2} {len(text) - 2}\t{text[c2:len(text) - 2]}",
        "E1\tAttribution:T3 Source:T2 Cue:T3 Content:T1",
        "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6",
    ])
    for split in ("dev",):
        (tmp_path / split / "text").mkdir(parents=True)
        (tmp_path / split / "attributions").mkdir(parents=True)
        (tmp_path / split / "text" / "a1.txt").write_text(text, encoding="utf-8")
        (tmp_path / split / "attributions" / "a1_x1.ann").write_text(ann, encoding="utf-8")
    assert len(parse_ann(ann)) == 2
    report = run(tmp_path, "dev")
    values = {m.name: m.value for m in report.metrics}
    assert report.items == 1
    assert values["content overlap F1"] == pytest.approx(1.0)
    assert values["source F1 (matched contents)"] == pytest.approx(1.0)
    assert values["cue F1 (matched contents)"] == pytest.approx(1.0)


# --- reported speech without quote marks, and attributions without a speech verb --------------


def _found(nlp, text, *, cognition=False):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return [(q.kind, q.text, q.cue, q.speaker_name) for q in extract_quotes(doc, doc_id="d", cognition=cognition)]


@pytest.mark.model
def test_quotes_parenthetical_said_reports_the_clause_around_it(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, "The new budget, the governor said, will protect schools and hospitals.")
    assert [q[1] for q in found] == ["The new budget", "will protect schools and hospitals"]
    assert {(q[2], q[3]) for q in found} == {("said", "the governor")}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        ("Senator Jane Whitfield endorsed the governor's plan to expand rural clinics.",
         "the governor's plan to expand rural clinics", "endorsed", "Jane Whitfield"),
        ("Whitfield's claim that the vote was rigged drew sharp criticism from both parties.",
         "that the vote was rigged", "claim", "Whitfield"),
    ],
)
def test_quotes_cognition_cues_only_on_request(nlp, text, content, cue, speaker) -> None:  # type: ignore[no-untyped-def]
    assert _found(nlp, text) == []
    assert ("indirect", content, cue, speaker) in _found(nlp, text, cognition=True)


@pytest.mark.model
def test_quotes_urged_is_speech_in_both_settings(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The mayor urged residents to stay indoors during the storm."
    expected = ("indirect", "residents to stay indoors during the storm", "urged", "The mayor")
    assert expected in _found(nlp, text)
    assert expected in _found(nlp, text, cognition=True)


@pytest.mark.model
def test_quotes_partial_quote_inside_reported_speech(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, 'Senator Tom Alvarez said he was "very encouraged" by the talks with the union.')
    assert ("indirect", 'he was "very encouraged" by the talks with the union', "said", "Tom Alvarez") in found
    assert ("direct", "very encouraged", "said", "Tom Alvarez") in found


@pytest.mark.model
def test_quotes_reporters_participle_aside_is_not_content(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, "The treasurer said the deal was fair to taxpayers, citing the new audit figures.",
                   cognition=True)
    assert ("indirect", "the deal was fair to taxpayers", "said", "The treasurer") in found
    assert all(q[3] != "the deal" for q in found)


@pytest.mark.model
def test_quotes_headline_label_names_the_speaker_of_a_short_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    # Under eight words a quotation needs a speaker to be listed; the lone surname is the article's person.
    text = ("Marsh: 'Never, ever underestimate the valley.'\n\n"
            "Mayor Elena Marsh told supporters on Friday that the plant would reopen in the spring.")
    found = _found_with_entities(nlp, text)
    assert ("direct", "Never, ever underestimate the valley.", None, "Elena Marsh") in found


@pytest.mark.model
def test_quotes_cue_model_finds_stance_cues_only_with_cognition(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Councilwoman Ada Reyes theorized that the outage was caused by the storm."
    found = _found(nlp, text, cognition=True)
    # the tagger's organisation "Councilwoman Ada Reyes" is the person, her title apart (extract.entities)
    assert ("indirect", "that the outage was caused by the storm", "theorized", "Ada Reyes") in found
    assert _found(nlp, text) == []  # the pipeline's setting keeps to speech verbs
    assert _found(nlp, "Residents cleared the snow from the sidewalks before the parade started.",
                  cognition=True) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "subject", "cue", "complement"),
    [
        ("Most of the county's farmers are expected to back the new water plan next spring.",
         "Most of the county's farmers", "expected", "to back the new water plan next spring"),
        ("The old stadium seemed to shake as the crowd roared.", "The old stadium", "seemed", "to shake"),
        ("Mayor Ruth Calloway is widely seen as the favourite in the race.", "Mayor Ruth Calloway", "seen",
         "the favourite in the race"),
        ("The former county treasurer was charged with fraud and forgery last week.", "The former county treasurer",
         "charged", "fraud and forgery"),
        ("The small bakery on Elm Street is known for its dark rye bread.", "The small bakery on Elm Street", "known",
         "its dark rye bread"),
    ],
)
def test_quotes_raised_subject_is_part_of_the_content(nlp, text, subject, cue, complement) -> None:  # type: ignore[no-untyped-def]
    # What is expected or seems so is said of the subject, and no one named holds the view: the
    # content runs across the cue (PolNeAR's extent) and has no speaker.
    found = _found(nlp, text, cognition=True)
    assert ("indirect", subject, cue, None) in found
    assert any(q[1].startswith(complement) and q[2] == cue and q[3] is None for q in found)
    assert _found(nlp, text) == []  # the pipeline's list keeps to speech


@pytest.mark.model
def test_quotes_addressed_passive_subject_stays_out_of_the_content(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, "The city agency was ordered to release the inspection records by Friday.", cognition=True)
    assert all("agency" not in q[1] for q in found)


@pytest.mark.model
def test_quotes_cue_model_reads_nominal_cues(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, "The senator's doubts about the pipeline deal grew after the hearing.", cognition=True)
    assert [(q[1], q[2]) for q in found] == [("the pipeline deal", "doubts")]
    assert found[0][3] is not None and "senator" in found[0][3]


@pytest.mark.model
def test_quotes_transcript_turns_each_get_their_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Governor Dana Whitfield defended the levy plan on Sunday in an interview with radio host Omar Haddad.\n\n"
        "A partial transcript follows:\n\n"
        "\"HADDAD: Governor, the levy failed twice. Why should voters trust it now?\n\n"
        "\"WHITFIELD: Because this time the money is locked into repairs. Nobody can move it.\n\n"
        "\"HADDAD: And if the council disagrees?\n\n"
        "\"WHITFIELD: Then we will put it to the voters again.\"\n\n"
        "UPDATE: The council meets on Tuesday."
    )
    doc, quotes = _quotes(nlp, text)
    turns = [q for q in quotes if q.cue == ":"]
    assert [q.speaker_name for q in turns] == ["Omar Haddad", "Dana Whitfield", "Omar Haddad", "Dana Whitfield"]
    assert turns[1].text == "Because this time the money is locked into repairs. Nobody can move it."
    assert turns[3].text == "Then we will put it to the voters again."
    # No quote of nobody swallowing the transcript, and the "UPDATE:" header is no speaker.
    assert all(q.start >= turns[0].start or q.end <= turns[0].start for q in quotes)
    assert not any(q.speaker_name == "UPDATE" for q in quotes)


@pytest.mark.model
def test_quotes_interview_labels_without_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The retired judge spoke to us about the ruling.\n\n"
        "Q: Did the court go too far?\n\n"
        "A: No. It applied the statute as written.\n\n"
        "Q: Will it be appealed?\n\n"
        "A: Almost certainly, and quickly."
    )
    _, quotes = _quotes(nlp, text)
    turns = [(q.speaker_name, q.text) for q in quotes if q.cue == ":"]
    assert turns == [("Q", "Did the court go too far?"), ("A", "No. It applied the statute as written."),
                     ("Q", "Will it be appealed?"), ("A", "Almost certainly, and quickly.")]


@pytest.mark.model
def test_quotes_speaker_kind_marks_anonymous_written_and_organisation_sources(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"We will not negotiate under threat," the Kremlin said in a statement on Tuesday.\n\n'
        '"The sanctions will be lifted only after verification," the letter read.\n\n'
        'US officials said the talks could resume next month. "It is a mess," one senior aide said.\n\n'
        'Mayor Lena Ortiz said the bridge would reopen in May. "We are on schedule," she added.'
    )
    _, quotes = _quotes(nlp, text)
    kinds = {(q.speaker_name, q.speaker_kind) for q in quotes}
    assert kinds == {
        ("the Kremlin", "organisation"),
        ("the letter", "written"),
        ("US officials", "anonymous"),
        ("one senior aide", "anonymous"),
        ("Lena Ortiz", "person"),
    }


@pytest.mark.model
def test_quotes_block_quote_after_a_colon_line_gets_its_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Flood waters receded on Friday across the valley.\n\n"
        "In a statement, Mayor Grace Okafor said:\n\n"
        '"We will rebuild every home that was lost. Nobody will be left behind."\n\n'
        "The Washington Post reported:\n\n"
        '"The levee had been flagged as weak in three inspections since 2019."\n\n'
        "Residents were told to boil water:\n\n"
        '"Until further notice, boil all tap water for one minute."'
    )
    _, quotes = _quotes(nlp, text)
    by_start = {q.text[:20]: q for q in quotes if q.kind == "direct"}
    assert by_start["We will rebuild ever"].speaker_name == "Grace Okafor"
    assert by_start["We will rebuild ever"].cue == "said"
    post = by_start["The levee had been f"]
    assert (post.speaker_name, post.speaker_kind) == ("The Washington Post", "organisation")
    # A colon line without a speech verb or a person attributes nothing.
    notice = [q for q in quotes if q.text.startswith("Until further notice")]
    assert all(q.speaker_name is None for q in notice)


@pytest.mark.model
def test_quotes_headline_claim_after_a_name_and_colon(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Elena Marsh: I will not run for governor next year\n\n"
            "The former mayor of Dayton made the announcement at a town hall on Monday.\n\n"
            "Elena Marsh: 2,316 votes\n\n"
            "Elena Marsh: inside the long campaign of a reluctant candidate Read more")
    doc, quotes = _quotes(nlp, text)
    claims = [q for q in quotes if q.cue == ":"]
    # A label before a topic or a related-story teaser is no claim: the claim needs a clause.
    assert [(q.text, q.speaker_name, q.kind) for q in claims] == [
        ("I will not run for governor next year", "Elena Marsh", "indirect")]
    assert text[claims[0].cue_start:claims[0].cue_end] == ":"


@pytest.mark.model
def test_quotes_speech_verb_without_a_clause_in_pipeline_setting(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, "Mayor Grace Okafor warned of steep increases in water bills next year.")
    assert found == [("indirect", "steep increases in water bills next year", "warned", "Grace Okafor")]
    # Where a speech verb has no content phrase, the cue model finds none.
    assert _found(nlp, "Senator Ruth Lee spoke at the rally on Friday.") == []


@pytest.mark.model
def test_quotes_speech_verb_phrase_needs_someone_who_spoke(nlp) -> None:  # type: ignore[no-untyped-def]
    # Passive without its agent: nobody is named as having said or criticized anything.
    assert _found(nlp, "Senator Ruth Lee was widely criticized for the remark.") == []
    assert _found(nlp, "The former campaign chairman Paul Manafort is said to still be in touch with the mayor.") == []


@pytest.mark.model
def test_quotes_speech_verb_phrase_is_more_than_a_bare_topic(nlp) -> None:  # type: ignore[no-untyped-def]
    # "aides: the commitments" in a who-said-what list shows no one's words.
    assert _found(nlp, "The mayor's aides announced the commitments after a week of delays.") == []
    assert _found(nlp, "Governor Alma Reyes announced her resignation.") == []
    # a denial's or confirmation's object is what it declares false or true
    assert [q[1] for q in _found(nlp, "The mayor and her deputy both denied the charges.")] == ["the charges"]
    assert [q[1] for q in _found(
        nlp, "In a statement on Tuesday to the Ledger, council spokesman Omar Haddad confirmed the delay.")] == [
        "the delay"]
    # a number or a modifier says something
    assert [q[1] for q in _found(nlp, "The mayor's aides announced new commitments from four shipping firms.")] == [
        "new commitments from four shipping firms"]


@pytest.mark.model
def test_quotes_speech_verb_phrase_is_not_a_relative_word(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, "The council passed the transit bill, which Mayor Grace Okafor has promised to sign.")
    assert all(not q[1].lower().startswith("which") for q in found)


@pytest.mark.model
def test_quotes_speaker_is_never_a_word_of_the_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("“It’s not just the council. The mayor is also to blame. At least the big-spending members "
            "who will vote for this enormous new debt,” said Sen. Ruth Lee, D-Ohio.")
    found = _found(nlp, text)
    assert [(q[0], q[2], q[3]) for q in found] == [("direct", "said", "Ruth Lee")]


@pytest.mark.model
def test_quotes_learned_content_can_be_one_word(nlp) -> None:  # type: ignore[no-untyped-def]
    # "endorsed <Whitfield>": a name alone is the whole of what was endorsed.
    found = _found(nlp, "Governor Lena Brooks endorsed Whitfield.", cognition=True)
    assert ("indirect", "Whitfield", "endorsed", "Lena Brooks") in found
    # The product's list keeps contents a reader can use: "criticized <it>" is not one.
    assert _found(nlp, "Governor Lena Brooks criticized it.") == []


@pytest.mark.model
@pytest.mark.parametrize("frame", ["last week", "after the hearing", "during the debate"])
def test_quotes_learned_object_leaves_out_when_it_happened(nlp, frame) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, f"Governor Lena Brooks endorsed the harbor plan {frame}.", cognition=True)
    assert ("indirect", "the harbor plan", "endorsed", "Lena Brooks") in found


@pytest.mark.model
def test_quotes_short_unattributed_quote_is_not_speech(nlp) -> None:  # type: ignore[no-untyped-def]
    # Five words in quote marks with no cue and no speaker: a scare quote or a slogan.
    text = 'Residents packed the hall for what organisers billed as a "last chance for the harbor" on Tuesday.'
    assert _found(nlp, text) == []


@pytest.mark.model
def test_quotes_aside_inside_the_clause_is_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The mayor said the agreement, which critics have called a giveaway, was an insult to the "
            "workers who lost their jobs.")
    content = ("the agreement, which critics have called a giveaway, was an insult to the workers who lost "
               "their jobs")
    assert ("indirect", content, "said", "The mayor") in _found(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The board said it would close the plant — a decision that will cost 400 jobs.",
         "it would close the plant"),
        ("The company said it had cut 300 jobs in Ohio -- the largest layoff in the state this year.",
         "it had cut 300 jobs in Ohio"),
    ],
)
def test_quotes_reporters_gloss_after_a_dash_is_not_content(nlp, text, content) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, text)
    assert [q[1] for q in found if q[2] == "said"] == [content]


def _hand_parsed(rows):  # type: ignore[no-untyped-def]
    """A Doc with the parse written out: (word, lemma, pos, tag, dep, absolute head) per token."""
    from spacy.lang.en import English
    from spacy.tokens import Doc

    words = [row[0] for row in rows]
    spaces = [words[i + 1] not in {",", "."} if i + 1 < len(words) else False for i in range(len(words))]
    return Doc(English().vocab, words=words, spaces=spaces, lemmas=[r[1] for r in rows], pos=[r[2] for r in rows],
               tags=[r[3] for r in rows], deps=[r[4] for r in rows], heads=[r[5] for r in rows])


# "Most growers have a dim view of the rules, the poll found." as the small model parses such a
# sentence inside an article: "found" a relative clause of "view" instead of the clause's head.
_MISPARSED_POLL = [
    ("Most", "most", "ADJ", "JJS", "amod", 1), ("growers", "grower", "NOUN", "NNS", "nsubj", 2),
    ("have", "have", "VERB", "VBP", "ROOT", 2), ("a", "a", "DET", "DT", "det", 5),
    ("dim", "dim", "ADJ", "JJ", "amod", 5), ("view", "view", "NOUN", "NN", "dobj", 2),
    ("of", "of", "ADP", "IN", "prep", 5), ("the", "the", "DET", "DT", "det", 8),
    ("rules", "rule", "NOUN", "NNS", "pobj", 6), (",", ",", "PUNCT", ",", "punct", 8),
    ("the", "the", "DET", "DT", "det", 11), ("poll", "poll", "NOUN", "NN", "nsubj", 12),
    ("found", "find", "VERB", "VBD", "relcl", 5), (".", ".", "PUNCT", ".", "punct", 2),
]


def test_quotes_attribution_closing_the_sentence_despite_the_parse() -> None:
    found = [(q.kind, q.text, q.cue, q.speaker_name) for q in extract_quotes(_hand_parsed(_MISPARSED_POLL), doc_id="d")]
    assert found == [("indirect", "Most growers have a dim view of the rules", "found", "the poll")]


@pytest.mark.model
def test_quotes_as_the_paper_reported_closing_the_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The company also cut its dividend in March, as The Dayton Herald reported on Tuesday."
    assert _found(nlp, text) == [("indirect", "The company also cut its dividend in March", "reported",
                                  "The Dayton Herald")]  # the paper, not a person named Herald
    # "as" with a clause of the cue's own is a reason, not a source.
    text = "Turnout fell in the county, as the senator has blamed the new rules for keeping voters home."
    assert all(not q[1].startswith("Turnout") for q in _found(nlp, text))


@pytest.mark.model
def test_quotes_closing_relative_clause_reports_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The state has five superdelegates, two of whom have already pledged their support to the senator."
    assert all(q[2] != "pledged" or "superdelegates" not in q[1] for q in _found(nlp, text))
    text = "He was sent back to Honduras, where he said he knew no one."
    assert all("Honduras" not in q[1] for q in _found(nlp, text))


@pytest.mark.model
def test_quotes_headline_claim_after_a_surname_and_colon(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Marsh: I will not run for governor next year\n\n"
            "Former mayor Elena Marsh spoke to supporters in Dayton on Monday.\n\n"
            "Update: the town hall will be broadcast tonight on local radio")
    claims = [(q[1], q[3]) for q in _found(nlp, text) if q[2] == ":"]
    # A label that is no one's surname ("Update") makes no claim.
    assert claims == [("I will not run for governor next year", "Elena Marsh")]


@pytest.mark.model
def test_quotes_headline_claim_run_into_the_first_sentence_ends_with_its_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Elena Marsh: The budget will hurt every family in Dayton. The former mayor spoke at a town hall on "
            "Monday as the council prepared to vote.\n\nThe council meets again in March.")
    assert _found(nlp, text) == [("indirect", "The budget will hurt every family in Dayton", ":", "Elena Marsh")]


@pytest.mark.model
def test_quotes_headline_claim_that_opens_with_a_quoted_word(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Elena Marsh: \u2018Reckless\u2019 Budget Will Hurt Every Family In Dayton\n\n"
            "Elena Marsh: \u201cI will not run for governor next year.\u201d\n\n"
            "The former mayor of Dayton spoke at a town hall on Monday.")
    found = _found(nlp, text)
    # The quoted word opens her claim, it is not the whole of it; a claim quoted whole stays a direct quote.
    assert ("indirect", "\u2018Reckless\u2019 Budget Will Hurt Every Family In Dayton", ":", "Elena Marsh") in found
    assert ("direct", "Reckless", ":", "Elena Marsh") in found
    assert ("direct", "I will not run for governor next year.", None, "Elena Marsh") in found
    assert len(found) == 3


@pytest.mark.model
@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        ("Poll: Ortiz holds a narrow lead over Hale in Ohio", "Poll"),
        ("Insiders: the mayor will seek a second term", "Insiders"),
        ("Union officials: the strike will go on until Friday", "Union officials"),
    ],
)
def test_quotes_headline_claim_after_a_source_noun_and_colon(nlp, headline: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    text = f"{headline}\n\nThe race in the state has tightened since the spring, and turnout is expected to rise."
    claims = [(q[1], q[3]) for q in _found(nlp, text) if q[2] == ":"]
    assert claims == [(headline.split(": ", 1)[1], speaker)]


@pytest.mark.model
def test_quotes_headline_label_that_is_no_source_makes_no_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Analysis: the council will vote on the budget next week\n\n"
            "Editor's note: this story has been updated to correct the date of the vote\n\n"
            "Mayor Ortiz on Hale: the council will vote on the plan\n\n"
            "The budget debate has dragged on for months in the city.")
    assert [q for q in _found(nlp, text) if q[2] == ":"] == []


@pytest.mark.model
def test_quotes_closing_attribution_with_the_one_told(nlp) -> None:  # type: ignore[no-untyped-def]
    # The parser coordinates "told" with the sentence's verb; its object is who heard it, not what was said.
    text = "The plan includes a new team to train Kurdish fighters, Defense Secretary Tom Varga told a House committee Tuesday."
    assert _found(nlp, text) == [
        ("indirect", "The plan includes a new team to train Kurdish fighters", "told", "Tom Varga")]


@pytest.mark.model
def test_quotes_fronted_as_clause_cites_the_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    # "As X reported, ..." set before its sentence cites it; a time phrase in the "as" clause is no
    # part of what was said.
    assert _found(nlp, "As the Daily Ledger reported on Friday, the county had quietly moved the vote to March.") == [
        ("indirect", "the county had quietly moved the vote to March", "reported", "the Daily Ledger")]
    assert _found(nlp, "And as Grace Liu has argued for years, the tax falls hardest on renters.") == [
        ("indirect", "the tax falls hardest on renters", "argued", "Grace Liu")]
    # "as" of time, an object of the cue's own, or no one named: nothing is cited.
    assert _found(nlp, "As the senator spoke, protesters gathered outside the hall.") == []
    assert _found(nlp, "As she explained this, the crowd cheered loudly.") == []
    assert _found(nlp, "As expected, the council approved the plan on Tuesday.") == []
    assert _found(nlp, "As I write, the appeal has raised more than $40,000 for the family.") == []
    # A report inside is its own attribution ("As the Ledger reported, the mayor said ...").
    assert [q[3] for q in _found(nlp, "As the Ledger reported, the mayor said the bridge would close.")] == ["the mayor"]


@pytest.mark.model
def test_quotes_reported_content_stops_at_a_line_break(nlp) -> None:  # type: ignore[no-untyped-def]
    # A live blog's entry title ends at its line; the next line is the entry, not what was said.
    text = "Senator Lopez Thinks The Tax Cut Was A Mistake\nMaria Lopez was asked about the budget vote on Friday night."
    contents = [q[1] for q in _found(nlp, text)]
    assert "The Tax Cut Was A Mistake" in contents
    assert not any("\n" in content for content in contents)
    # A hard wrap inside a sentence (the next line opens in lower case) ends nothing.
    text = "Maria Lopez said the tax cut would hurt working\nfamilies in the county for years."
    assert [q[1] for q in _found(nlp, text)] == ["the tax cut would hurt working\nfamilies in the county for years"]


@pytest.mark.model
def test_quotes_quotation_introduced_inside_a_report_keeps_its_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    # A quotation its own cue introduces with a colon or a comma inside a reported statement is the
    # words of that cue's speaker, not of the one reporting the statement.
    found = _found(nlp, 'The Daily Ledger reported that his wife whispered to him: "They are still with you."')
    assert ("direct", "They are still with you.", "whispered", "his wife") in found
    found = _found(nlp, 'The mayor said her deputy had warned her, "The bridge will not hold."')
    assert ("direct", "The bridge will not hold.", "warned", "her deputy") in found
    # A phrase quoted in the statement's own clause, and words a participle introduces, stay the reporter's.
    found = _found(nlp, 'Marsh claimed the vote had been "rigged," and urged a recount.')
    assert ("direct", "rigged", "claimed", "Marsh") in found
    found = _found(nlp, 'Sen. Ada Marsh criticized her colleagues for joining the majority to pass the bill saying, '
                        '"Every one of us should have voted no."')
    assert [q[3] for q in found if q[0] == "direct"] == ["Ada Marsh"]


@pytest.mark.model
def test_quotes_subject_of_the_reported_clause_is_no_inverted_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'Despite the "hard and bitter" winter Mayor Lena Brooks says residents are facing, the city will not raise subsidies.'
    direct = [q for q in _found(nlp, text) if q[0] == "direct"]
    # "residents" follow the cue as the subject of what she says, not as an inverted speaker.
    assert direct == [("direct", "hard and bitter", "says", "Lena Brooks")]


@pytest.mark.model
def test_quotes_double_prime_closes_a_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("\u201cWe will not back down,\u201d said Rep. Lena Brooks, who chairs the committee.\n\n"
            "\u201cFor far too long, workers have been stripped of their power to organize for better wages,\u2033 "
            "said Rep. Tom Varga, a co-sponsor of the bill. The 6\u2033 pipe under the plant burst on Monday.")
    direct = [(q[1], q[3]) for q in _found(nlp, text) if q[0] == "direct"]
    # Some sites close a quotation with a double prime; it had run on, and Varga's words were Brooks's.
    assert direct == [("We will not back down", "Lena Brooks"),
                      ("For far too long, workers have been stripped of their power to organize for better wages",
                       "Tom Varga")]
    assert [s.close_mark for s in find_quote_spans("The 6\u2033 pipe burst.")] == []


@pytest.mark.model
def test_quotes_content_ends_with_the_bracket_its_cue_is_in(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Refugees: The agency says it supports about 5 million refugees in the region (the city council says "
            "there are up to 6 million), including the children of people who fled the war in 1990.")
    found = _found(nlp, text)
    # What the council says is inside its bracket; the rest of the sentence is the agency's.
    assert ("indirect", "there are up to 6 million", "says", "the city council") in found
    assert not any(q[1].count("(") != q[1].count(")") for q in found)


@pytest.mark.model
def test_quotes_passive_cue_with_its_agent_reports_its_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The harbor plan was endorsed by Governor Lena Brooks on Monday."
    assert ("indirect", "The harbor plan", "endorsed", "Lena Brooks") in _found(nlp, text, cognition=True)
    # Without an agent nobody is named as having done it; a verb of action is no attribution.
    assert _found(nlp, "The harbor plan was approved on Monday.", cognition=True) == []
    assert _found(nlp, "The bridge was built by a local firm in 1990.", cognition=True) == []


# --- trust fixes from reading the product's output on real articles ---------------------------


@pytest.mark.model
def test_quotes_content_keeps_its_percent_sign(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, "Payrolls rose by 612,000 in March as the jobless rate fell to 4.9%, the Labor Department said.")
    assert ("indirect", "Payrolls rose by 612,000 in March as the jobless rate fell to 4.9%", "said",
            "the Labor Department") in found


@pytest.mark.model
def test_quotes_inverted_speaker_is_the_person_not_the_outlet_before_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, '"The fence around the square is already coming down," tweeted Associated Press reporter '
                        "Tom Varga along with a video of the crews.")
    assert [q[3] for q in found] == ["Tom Varga"]
    found = _found(nlp, '"The case is closed," said Mayor Lin\'s lawyer, Rudy Garza.')
    assert [q[3] for q in found] == ["Rudy Garza"]


@pytest.mark.model
def test_quotes_partial_quote_takes_the_cue_of_the_statement_framing_it(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, 'For months, the governor spread false claims about the count, claimed the vote had been '
                        '"rigged," and urged his supporters to march on the capitol.')
    assert ("direct", "rigged", "claimed", "the governor") in found
    assert ("indirect", 'the vote had been "rigged,"', "claimed", "the governor") in found


@pytest.mark.model
def test_quotes_he_added_is_the_speaker_not_the_person_he_spoke_about(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, "Mayor Tom Ruiz said Councilman Ben Hale had lied about the budget. "
                        "He added that the audit would prove it.")
    assert ("indirect", "that the audit would prove it", "added", "Tom Ruiz") in found


@pytest.mark.model
def test_quotes_he_added_after_a_quote_whose_speaker_has_no_name_tag(nlp) -> None:  # type: ignore[no-untyped-def]
    # The only PERSON the NER finds is a brand used as a modifier: it is no antecedent of "he".
    text = ('The agency approved the Halvorsen vaccine this week.\n\n"We will move quickly," the minister wrote in a '
            'memo.\n\nHe added, "To defend the country, we need a healthy force."')
    found = _found(nlp, text)
    assert ("direct", "To defend the country, we need a healthy force.", "added", "the minister") in found


@pytest.mark.model
def test_quotes_relative_clause_content_starts_after_its_cue_and_reflexive_is_none(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, "Hale ended a conflict that he said had strayed far from its initial mission.")
    assert [q[1] for q in found] == ["had strayed far from its initial mission"]
    assert _found(nlp, "Dr. Ana Ruiz once again found herself embroiled in a heated exchange with Sen. Tom Hale.") == []


@pytest.mark.model
def test_quotes_subject_after_a_section_label_is_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The agency will focus on employers instead.\n\nState of play: DHS said in the memo that it is also "
            "considering options to offer protection to workers.")
    assert [q[3] for q in _found(nlp, text)] == ["DHS"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("In an effort to slow the outbreak, the Northern Regional Health Authority said Tuesday that people in "
         "crowded areas should go back to wearing masks.", "the Northern Regional Health Authority"),
        ("Senior officials dismissed the requests in the last weeks of the term, newly released emails show.",
         "newly released emails"),
        ("The rebels released a statement saying they had entered the capital.", "a statement"),
    ],
)
def test_quotes_speaker_the_parse_did_not_mark_as_subject(nlp, text, speaker) -> None:  # type: ignore[no-untyped-def]
    assert [q[3] for q in _found(nlp, text)] == [speaker]


@pytest.mark.model
def test_quotes_titled_name_the_ner_missed_is_a_person_and_he_continues_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ('"After careful consultation, I have determined that the new rules are necessary," Secretary of Energy '
            'Walter Denver wrote in a memo released Wednesday.\n\nHe added, "To keep the lights on, we need a ready grid."')
    quotes = list(extract_quotes(nlp(text), doc_id="d"))
    # the tagger's organisation "Energy Walter Denver" is split into the body and the person, who keeps his title
    assert [(q.speaker_name, q.speaker_title, q.speaker_kind, q.cue) for q in quotes] == [
        ("Walter Denver", "Secretary of Energy", "person", "wrote"),
        ("Walter Denver", "Secretary of Energy", "person", "added"),
    ]
    office = list(extract_quotes(nlp("The Prime Minister's Office said the talks would resume on Monday."), doc_id="d"))
    assert [q.speaker_kind for q in office] != ["person"]


@pytest.mark.model
def test_quotes_section_label_before_a_colon_is_not_the_content(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, "Why it matters: The agency said on Friday that the launch would be delayed by a week.")
    assert [q[1] for q in found] == ["that the launch would be delayed by a week"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The spokesman declined to say whether the talks had stalled.",
        "The company did not say how many jobs would be cut.",
        "He would not tell reporters what the president had decided.",
        "I can't tell you how much I appreciate this, the host said.",
        "No official said the bridge was unsafe.",
        "None of the witnesses said they saw the driver.",
        "Nobody said the plan would be easy.",
        "The governor is expected to announce that schools will reopen.",
        "Radio hosts who don't have much nice to say about party leaders in the capital tune in daily.",
    ],
)
def test_quotes_what_was_not_said_is_nobodys_statement(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    # A refusal, a negated cue, a subject that is no one, an intent or a noun's infinitive report
    # no statement: listing the complement under the subject would put words in their mouth.
    found = _found(nlp, text)
    assert [q for q in found if q[2] not in ("said",)] == []
    assert all(q[3] not in ("No official", "None of the witnesses", "Nobody", "much nice") for q in found)


@pytest.mark.model
def test_quotes_said_statements_around_infinitives_keep_their_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    assert ("indirect", "that the budget was balanced", "say", "The minister") in _found(
        nlp, "The minister was quick to say that the budget was balanced.")
    assert ("indirect", "that the plan would fail", "say", "He") in _found(nlp, "He went on to say that the plan would fail.")


@pytest.mark.model
def test_quotes_a_name_in_a_comparison_is_no_antecedent(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsfuse.extract.entities import extract_mentions

    doc = nlp("The candidate was strutting around the stage like Benito Mussolini, the columnist wrote. "
              "Later he told the crowd that the election was rigged.")
    quotes = list(extract_quotes(doc, doc_id="d", mentions=tuple(extract_mentions(doc, doc_id="d"))))
    told = [q for q in quotes if q.cue == "told"]
    assert told and all(q.speaker_name != "Benito Mussolini" for q in told)


@pytest.mark.model
def test_quotes_an_object_content_leaves_out_when_and_where_it_was_said(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, "The network acknowledged the error in a statement on Friday.")
    assert ("indirect", "the error", "acknowledged", "The network") in found
    found = _found(nlp, "The White House acknowledged the mistake on Friday and apologized.")
    assert [q[1] for q in found if q[2] == "acknowledged"] == ["the mistake"]


@pytest.mark.model
def test_quotes_what_parties_agreed_to_do_is_no_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Under its terms, the U.S., other countries and the United Nations agreed to lift sanctions on Iran in "
            "exchange for Iran accepting restrictions on its nuclear program.")
    assert [q for q in _found(nlp, text) if q[2] == "agreed"] == []
    assert _found(nlp, "The two sides agreed that talks would resume next week.") == [
        ("indirect", "that talks would resume next week", "agreed", "The two sides")]


def _found_with_entities(nlp, text):  # type: ignore[no-untyped-def]
    from newsfuse.extract.entities import extract_mentions

    doc = nlp(text)
    mentions = tuple(extract_mentions(doc, doc_id="d"))
    return [(q.kind, q.text, q.cue, q.speaker_name) for q in extract_quotes(doc, doc_id="d", mentions=mentions)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The first name says who "she" can be: not the men named since.
        ("The Rev. Tom Baker also condemned the remarks.\n\nBut Linda Carver, a pastor in the city, criticised "
         "Baker and fellow minister John Reed, noting their long friendship with the mayor.\n\n"
         "“These are his friends,” she said.", "Linda Carver"),
        # "like" giving an example is no comparison: the example may speak next.
        ("Even liberal Democrats like Nancy Pelosi criticized the senator for the strategy. “Certainly Democrats "
         "are faith-filled,” she said.", "Nancy Pelosi"),
    ],
)
def test_quotes_he_or_she_is_a_person_of_that_gender(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert [q[3] for q in _found_with_entities(nlp, text) if q[0] == "direct"] == [speaker]


@pytest.mark.model
def test_quotes_a_speaker_never_reaches_into_another_paragraph(nlp) -> None:  # type: ignore[no-untyped-def]
    # The parse runs a headline into the next paragraph; the speaker is the next line's name.
    found = _found_with_entities(nlp, "Putin’s friend in Helsinki\n\nTrump declares Russia innocent of election "
                                      "tampering\n\nThe harbour master spoke at noon.")
    assert found and all("\n" not in (q[3] or "") for q in found)
    assert ("indirect", "Russia innocent of election tampering", "declares", "Trump") in found


@pytest.mark.model
def test_quotes_what_someone_was_asked_is_not_their_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The harbour master spoke at noon.\n\nRead: The year's strangest moments, from the harbour to the hill\n\n"
            "Asked if she was sure the driver was Kovac, she replied: \"100%.\"")
    assert [q for q in _found_with_entities(nlp, text) if q[2] == "Asked"] == []
    found = _found(nlp, "Asked about the timing, the minister said the bridge would open in May.")
    assert found == [("indirect", "the bridge would open in May", "said", "the minister")]


@pytest.mark.model
def test_quotes_a_read_more_link_is_no_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Cancels harbour parade plan\n\nTrump tweets that he will postpone his harbour parade, accusing “the "
            "local politicians who run the port (poorly)” of inflating expenses.\n\nFrom ‘shabby harbours’ to ‘a "
            "private deal’ – Trump’s 2018 lowlights Read more\n\nManafort convicted")
    found = _found_with_entities(nlp, text)
    assert [q for q in found if (q[2] or "").lower() == "read"] == []
    assert all(q[3] != "Cancels" for q in found)


@pytest.mark.model
def test_quotes_a_person_is_named_by_name_not_by_the_longest_description(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "FBI director James Comey spoke to reporters on Sunday.\n\nThe F.B.I. director said the president lied."
    assert ("indirect", "the president lied", "said", "James Comey") in _found_with_entities(nlp, text)


@pytest.mark.model
def test_quotes_a_clause_coordinated_with_the_complement_is_part_of_what_was_said(nlp) -> None:  # type: ignore[no-untyped-def]
    # The parser hangs "but the tunnel would stay closed" and "and that no new taxes ..." on the
    # cue; they go on with the statement.
    assert _found(nlp, "The mayor said the bridge would reopen in May, but the tunnel would stay closed until autumn.") == [
        ("indirect", "the bridge would reopen in May, but the tunnel would stay closed until autumn", "said", "The mayor")]
    found = _found(nlp, "The governor told reporters that the budget was balanced, and that no new taxes would be needed.")
    assert [q[1] for q in found] == ["that the budget was balanced, and that no new taxes would be needed"]
    # What the speaker did next is the reporter's narrative, not the statement.
    found = _found(nlp, "Ms. Alvarez said the company would cut prices, but she declined to say by how much.")
    assert [q[1] for q in found if q[2] == "said"] == ["the company would cut prices"]


@pytest.mark.model
def test_quotes_a_verb_describing_the_speaker_does_not_part_the_quote_from_its_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, '"We will not close the clinic next year," Ann Reyes, who has run the agency since 2015, '
                        'told reporters.')
    assert found == [("direct", "We will not close the clinic next year", "told", "Ann Reyes")]


@pytest.mark.model
def test_quotes_a_cue_inside_the_previous_attribution_is_not_the_next_quotes(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ('"The budget is fair," Mayor Tom Ruiz said at a meeting where council members had declined to '
            'criticize it. "We kept every promise to the voters."')
    found = [q for q in _found(nlp, text) if q[0] == "direct"]
    assert [(q[2], q[3]) for q in found] == [("said", "Tom Ruiz"), ("said", "Tom Ruiz")]


@pytest.mark.model
def test_quotes_what_is_seen_as_something_is_part_of_the_view(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, "Many residents view the tower as an eyesore.", cognition=True)
    assert ("indirect", "the tower as an eyesore", "view", "Many residents") in found
    found = _found(nlp, "Critics portrayed the mayor as a puppet of the developers.", cognition=True)
    assert [q[1] for q in found] == ["the mayor as a puppet of the developers"]


@pytest.mark.model
def test_quotes_a_second_report_coordinated_inside_the_first_is_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    # The parser hangs "warned" inside the first complement: its words are a second statement of
    # the same speaker, not part of the first, and "the tax" is not who warned.
    assert _found(nlp, "Ms. Ortiz said the tax would hurt small farms and warned that prices would rise.") == [
        ("indirect", "the tax would hurt small farms", "said", "Ortiz"),
        ("indirect", "that prices would rise", "warned", "Ortiz"),
    ]


@pytest.mark.model
def test_quotes_a_second_report_with_an_infinitive_ends_the_first_content(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, "The senator said the plan was badly flawed and promised to vote against it.")
    assert [q[1] for q in found if q[2] == "said"] == ["the plan was badly flawed"]
    found = _found(nlp, "The agency urged residents to stay calm and promised to release more data on Friday.")
    assert [(q[1], q[2]) for q in found] == [("residents to stay calm", "urged"),
                                             ("to release more data on Friday", "promised")]


@pytest.mark.model
def test_quotes_an_infinitive_after_a_learned_object_goes_on_with_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # The parser takes "to close two plants" for a purpose clause of "criticized".
    found = _found(nlp, "Union leaders criticized the decision of the board to close two plants.", cognition=True)
    assert ("indirect", "the decision of the board to close two plants", "criticized", "Union leaders") in found


@pytest.mark.model
def test_quotes_according_to_after_coordinated_clauses_reports_them_all(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, "The mayor left the party in 2019 and joined the council a year later, according to public records.")
    assert found == [("indirect", "The mayor left the party in 2019 and joined the council a year later", "according to",
                      "public records")]


@pytest.mark.model
def test_quotes_an_aside_after_a_comma_inside_the_closing_mark_is_cut(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, 'The two senators argue that the new rules are “plainly unlawful," citing a ruling from 1998 '
                        'on the same question.')
    assert ("indirect", 'that the new rules are “plainly unlawful,"', "argue", "The two senators") in found
    assert all("citing" not in q[1] for q in found)


@pytest.mark.model
def test_quotes_who_is_called_on_to_act_is_part_of_the_content(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, "The union called on the city council to delay the vote until spring.", cognition=True)
    assert ("indirect", "the city council to delay the vote until spring", "called", "The union") in found


# "He said the bill was a good start, but that he would push for more changes.", with the second
# "that" clause hung on the cue (absolute head indices), as the parser does on longer sentences.
_SECOND_THAT_ON_THE_CUE = [
    ("He", "he", "PRON", "PRP", "nsubj", 1), ("said", "say", "VERB", "VBD", "ROOT", 1),
    ("the", "the", "DET", "DT", "det", 3), ("bill", "bill", "NOUN", "NN", "nsubj", 4),
    ("was", "be", "AUX", "VBD", "ccomp", 1), ("a", "a", "DET", "DT", "det", 7),
    ("good", "good", "ADJ", "JJ", "amod", 7), ("start", "start", "NOUN", "NN", "attr", 4),
    (",", ",", "PUNCT", ",", "punct", 1), ("but", "but", "CCONJ", "CC", "cc", 1),
    ("that", "that", "SCONJ", "IN", "mark", 13), ("he", "he", "PRON", "PRP", "nsubj", 13),
    ("would", "would", "AUX", "MD", "aux", 13), ("push", "push", "VERB", "VB", "conj", 1),
    ("for", "for", "ADP", "IN", "prep", 13), ("more", "more", "ADJ", "JJR", "amod", 16),
    ("changes", "change", "NOUN", "NNS", "pobj", 14), (".", ".", "PUNCT", ".", "punct", 1),
]


def test_quotes_a_second_that_clause_hung_on_the_cue_is_reported_too() -> None:
    found = [(q.kind, q.text, q.cue) for q in extract_quotes(_hand_parsed(_SECOND_THAT_ON_THE_CUE), doc_id="d")]
    assert found == [("indirect", "the bill was a good start, but that he would push for more changes", "said")]


@pytest.mark.model
def test_quotes_a_dateline_is_no_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("ASHFORD CREEK — Investigators looking into the explosion that killed 14 people at the plant two days "
            "ago said Thursday that a pressure-relief valve had become a central focus of their inquiry.")
    found = _found(nlp, text)
    assert [q[3] for q in found if q[2] == "said"] == ["Investigators"]


@pytest.mark.model
def test_quotes_a_name_in_apposition_to_the_subject_is_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    # "the spokeswoman Sarah Huckabee Sanders insisted": "she" next is Sanders, not a senator
    # named as a subject further back.
    text = ("Senator Susan Collins told reporters that the committee needs to interview him. Adam Schiff, the top "
            "Democrat on the House intelligence committee, has made a similar demand.\n\nAt the White House press "
            "briefing on Monday, the spokeswoman Sarah Huckabee Sanders insisted “the only thing inappropriate” "
            "about Trump Jr’s meeting was “the people who leaked” the details. She added that she did not know of "
            "any other meetings.")
    added = [q for q in _found_with_entities(nlp, text) if q[2] == "added"]
    assert added and all(q[3] == "Sarah Huckabee Sanders" for q in added)


@pytest.mark.model
def test_quotes_he_is_the_sentences_subject_not_a_subject_inside_its_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The anchor Tom Ruiz pressed the point. Ruiz added the professor's argument that the governor Ben Hale "
            "is not really censured if the vote never happens.\n\n“So isn't this an empty threat?” he asked.")
    found = _found(nlp, text)
    assert ("direct", "So isn't this an empty threat?", "asked", "Tom Ruiz") in found


# "Besides the payments to keep quiet about affairs with Hale, court papers showed how Ruiz offered
# help." as the small model parses such a sentence: "Hale ," hung on "papers", which it took for the
# object of "with", so "showed" has no subject.
_MISPARSED_PAPERS = [
    ("Besides", "besides", "ADP", "IN", "prep", 13), ("the", "the", "DET", "DT", "det", 2),
    ("payments", "payment", "NOUN", "NNS", "pobj", 0), ("to", "to", "PART", "TO", "aux", 4),
    ("keep", "keep", "VERB", "VB", "acl", 2), ("quiet", "quiet", "ADJ", "JJ", "oprd", 4),
    ("about", "about", "ADP", "IN", "prep", 5), ("affairs", "affair", "NOUN", "NNS", "pobj", 6),
    ("with", "with", "ADP", "IN", "prep", 7), ("Hale", "Hale", "PROPN", "NNP", "nmod", 12),
    (",", ",", "PUNCT", ",", "punct", 9), ("court", "court", "NOUN", "NN", "compound", 12),
    ("papers", "paper", "NOUN", "NNS", "pobj", 8), ("showed", "show", "VERB", "VBD", "ROOT", 13),
    ("how", "how", "SCONJ", "WRB", "advmod", 16), ("Ruiz", "Ruiz", "PROPN", "NNP", "nsubj", 16),
    ("offered", "offer", "VERB", "VBD", "ccomp", 13), ("help", "help", "NOUN", "NN", "dobj", 16),
    (".", ".", "PUNCT", ".", "punct", 13),
]


def test_quotes_a_speaker_phrase_does_not_reach_back_over_a_comma() -> None:
    from newsfuse.extract.quotes import _phrase_bounds

    doc = _hand_parsed(_MISPARSED_PAPERS)
    start, end = _phrase_bounds(doc[12])
    assert doc.text[start:end] == "court papers"


@pytest.mark.model
def test_quotes_a_title_through_someone_else_is_not_shown_as_the_speakers_title(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The publisher worked hard to protect his longtime friend Ben Hale. Hale said the stories were false.")
    [quote] = [q for q in extract_quotes(doc, doc_id="d") if q.speaker_name == "Ben Hale"]
    assert quote.speaker_title is None


@pytest.mark.model
def test_quotes_when_someone_spoke_is_no_part_of_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, "Group of Seven leaders on Sunday said that they would share a billion vaccine doses.")
    assert [q[3] for q in found] == ["Group of Seven leaders"]
    # a date inside what the speaker is stays ("an analysis of the two-year difference")
    found = _found(nlp, "An analysis of the two-year difference showed that it would save little money.")
    assert [q[3] for q in found] == ["An analysis of the two-year difference"]


# "Later, Ruiz added clarity to his statement, saying he was against the plan." as the small model
# parses such a sentence in an article: "Ruiz added" made modifiers of "clarity", the subject of
# "saying".
_MISPARSED_CLARITY = [
    ("Later", "later", "ADV", "RB", "advmod", 9), (",", ",", "PUNCT", ",", "punct", 9),
    ("Ruiz", "Ruiz", "PROPN", "NNP", "nmod", 4), ("added", "add", "VERB", "VBN", "amod", 4),
    ("clarity", "clarity", "NOUN", "NN", "nsubj", 9), ("to", "to", "ADP", "IN", "prep", 4),
    ("his", "his", "PRON", "PRP$", "poss", 7), ("statement", "statement", "NOUN", "NN", "pobj", 5),
    (",", ",", "PUNCT", ",", "punct", 4), ("saying", "say", "VERB", "VBG", "ROOT", 9),
    ("he", "he", "PRON", "PRP", "nsubj", 11), ("was", "be", "AUX", "VBD", "ccomp", 9),
    ("against", "against", "ADP", "IN", "prep", 11), ("the", "the", "DET", "DT", "det", 14),
    ("plan", "plan", "NOUN", "NN", "pobj", 12), (".", ".", "PUNCT", ".", "punct", 9),
]


def test_quotes_a_subject_phrase_that_swallowed_a_clause_gives_the_person_in_it() -> None:
    from newsfuse.records import Mention

    doc = _hand_parsed(_MISPARSED_CLARITY)
    start = doc.text.index("Ruiz")
    ruiz = Mention(doc="d", start=start, end=start + 4, text="Ruiz", type="PERSON", cluster=0)
    found = [(q.speaker_name, q.cue) for q in extract_quotes(doc, doc_id="d", mentions=(ruiz,))]
    assert found and all(speaker == "Ruiz" for speaker, _ in found)


@pytest.mark.model
def test_quotes_a_pronoun_in_the_persons_own_clause_tells_their_gender(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Governor Hale" tells no gender, but "his press conference" does: "she asked" is not Hale.
    found = _found(nlp, "Governor Hale snapped at a reporter at the end of his press conference on Wednesday after "
                        "she asked why he was so confident that the deal would hold.")
    assert not any(q[3] == "Hale" and q[2] == "asked" for q in found)


# --- embedded social-media posts ------------------------------------------------------------------

_POSTS_ARTICLE = (
    "Senator Dana Whitlock criticised the harbour plan on Tuesday.\n\n"
    "The harbour plan is a gift to developers and a disaster for the fishermen of this town. "
    "https://t.co/AbCdEf123 \u2014 Dana Whitlock (@DanaWhitlock) March 3, 2025\n\n"
    "Others online disagreed.\n\n"
    "Finally some jobs for the waterfront! \u2014 Harbour Watcher 77 (@harbwatch77) March 4, 2025\n\n"
    "pic.twitter.com/xYz987 \u2014 Dana Whitlock (@DanaWhitlock) March 4, 2025\n\n"
    "Whitlock (@DanaWhitlock) said on Wednesday that she would vote against it."
)


def test_embedded_posts_sign_off_and_name_first_forms() -> None:
    from newsfuse.extract.quotes import embedded_posts

    text = (
        "Pier to be rebuilt\n\n"
        "The storm destroyed the town pier on Monday, and officials and residents reacted online.\n\n"
        "Skip Twitter post 2 by @mayor_ruiz We will rebuild the pier. \u2014 Ana Ruiz (@mayor_ruiz) 3 May 2024 Report\n\n"
        "Tom Vell (@tomvell) The pier is safe and will reopen soon. https://t.co/q1w2e3\n\n"
        "Vote early - it matters - Jane Roe (@janeroe) May 5, 2024\n\n"
        "The new pier at dawn. A photo shared by Port Authority (@port.auth) on May 6, 2024 at 9:16am PDT\n\n"
        "Rep. Vell (@tomvell) said the pier was safe.\n\n"
        "A sad day for the port.https://t.co/abc pic.twitter.com/def \u2014 Tom Vell (@tomvell) June 1, 2024"
    )
    posts = embedded_posts(text)
    shown = [(text[p.start:p.end], text[p.name_start:p.name_end], text[p.handle_start:p.handle_end],
              text[p.date_start:p.date_end] if p.date_start is not None else None) for p in posts]
    assert shown == [
        ("We will rebuild the pier.", "Ana Ruiz", "@mayor_ruiz", "3 May 2024"),
        ("The pier is safe and will reopen soon.", "Tom Vell", "@tomvell", None),
        ("Vote early - it matters", "Jane Roe", "@janeroe", "May 5, 2024"),
        ("The new pier at dawn.", "Port Authority", "@port.auth", "May 6, 2024 at 9:16am PDT"),
        ("A sad day for the port.", "Tom Vell", "@tomvell", "June 1, 2024"),
    ]


@pytest.mark.model
def test_quotes_an_embedded_post_is_the_accounts_direct_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    doc, quotes = _quotes(nlp, _POSTS_ARTICLE)
    posts = [q for q in quotes if q.cue and q.cue.startswith("@")]
    # the photo-only post has no words to quote; the article's own sentence naming a handle is no post
    assert [(q.text, q.speaker_name, q.speaker_kind, q.cue) for q in posts] == [
        ("The harbour plan is a gift to developers and a disaster for the fishermen of this town.",
         "Dana Whitlock", "person", "@DanaWhitlock"),
        ("Finally some jobs for the waterfront!", "Harbour Watcher 77 (@harbwatch77)", "account", "@harbwatch77"),
    ]
    assert all(q.kind == "direct" and doc.text[q.cue_start:q.cue_end] == q.cue for q in posts)
    # no second quote competes with a post for its words
    first = posts[0]
    assert not [q for q in quotes if q is not first and q.start < first.end and first.start < q.end]


@pytest.mark.model
def test_quotes_a_quotation_inside_a_post_is_kept_and_a_lead_in_is_not_repeated(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The mayor answered on Twitter:\n\n"
        "Our engineers told me \u201cthe pier is sound\u201d and I trust them. \u2014 Ana Ruiz (@mayor_ruiz) May 3, 2024"
    )
    _, quotes = _quotes(nlp, text)
    texts = sorted((q.text, q.cue) for q in quotes)
    assert ("Our engineers told me \u201cthe pier is sound\u201d and I trust them.", "@mayor_ruiz") in texts
    assert ("the pier is sound", "told") in texts
    assert sum(1 for q in quotes if q.text.startswith("Our engineers")) == 1


@pytest.mark.model
def test_quotes_a_title_alone_is_not_the_speakers_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Vice President Mike Pence visited the flooded towns on Monday.\n\n"
            "The Vice President thanked the volunteers.\n\n"
            "\u201cWe will stand with you,\u201d Pence said.")
    _, quotes = _quotes(nlp, text)
    assert [q.speaker_name for q in quotes if q.text.startswith("We will")] == ["Mike Pence"]


def test_embedded_posts_bounded_work_on_hostile_paragraphs() -> None:
    from newsfuse.extract.quotes import embedded_posts

    # A long run of spaces or one endless "word" next to a handle once cost minutes (backtracking).
    hostile = ["Jane (@x)" + " " * 200_000 + "x", "a.a" * 300_000 + " \u2014 Jane (@x)",
               ("https://t.co/x " * 50_000) + "\u2014 Jane (@x)", " -" * 100_000 + " Jane (@x) May 3, 2024"]
    started = time.perf_counter()
    found = [len(embedded_posts(text)) for text in hostile]
    assert found == [0, 1, 0, 0] and time.perf_counter() - started < 10


@pytest.mark.model
def test_quotes_an_html_embed_signs_the_paragraph_before_its_sign_off(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsfuse.clean import clean
    from newsfuse.records import RawDocument

    page = (
        "<html><head><title>Senator blasts harbour plan</title></head><body><article>"
        "<p>Senator Dana Whitlock criticised the harbour plan on Tuesday, saying it would hurt the fishing fleet "
        "that has worked the bay for generations.</p>"
        "<p>She posted her objections shortly after the council vote, and other members of the delegation "
        "joined her within the hour.</p>"
        '<blockquote class="twitter-tweet"><p lang="en">The harbour plan is a gift to developers and a disaster '
        'for the fishermen of this town. <a href="https://t.co/AbC">https://t.co/AbC</a></p>&mdash; Dana Whitlock '
        '(@DanaWhitlock) <a href="https://twitter.com/DanaWhitlock/status/1">March 3, 2025</a></blockquote>'
        "<p>The council said the plan would create 400 jobs over the next five years, and that the fleet would "
        "keep its moorings in the old harbour.</p></article></body></html>"
    )
    text = clean(RawDocument(id="h", source_path="h.html", kind="html", content=page)).text
    _, quotes = _quotes(nlp, text)
    posts = [q for q in quotes if q.cue == "@DanaWhitlock"]
    assert [q.text for q in posts] == ["The harbour plan is a gift to developers and a disaster for the fishermen "
                                       "of this town."]
    # a lead-in line before a lone sign-off is not taken for the post
    _, quotes = _quotes(nlp, "She wrote on Twitter:\n\n\u2014 Dana Whitlock (@DanaWhitlock) March 3, 2025")
    assert not [q for q in quotes if q.cue == "@DanaWhitlock"]


@pytest.mark.model
def test_quotes_a_pull_quote_keeps_the_attribution_of_its_first_telling(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("\u201cIt seems we are moving backward in pretty profound ways,\u201d said Megan Hollis, a doctor at the "
            "county clinic.\n\n"
            "\u201cOur rights have too long been treated as second-class,\u201d said Roger Vance, director of the "
            "agency's rights office.\n\n"
            "\u201cIt seems we are moving backward in pretty profound ways.\u201d\n\n"
            "The agency did not respond to a request for comment.")
    _, quotes = _quotes(nlp, text)
    repeated = [q for q in quotes if q.text.startswith("It seems")]
    assert len(repeated) == 2 and {q.speaker_name for q in repeated} == {"Megan Hollis"}


@pytest.mark.model
def test_quotes_none_other_than_names_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The health bill was in trouble on Monday. It was called \u201cbeyond stupid\u201d by none other than "
            "Senate Majority Leader Mitch McConnell himself.")
    _, quotes = _quotes(nlp, text)
    assert [(q.text, q.speaker_name) for q in quotes] == [("beyond stupid", "Mitch McConnell")]


@pytest.mark.model
def test_quotes_the_president_is_the_one_titled_bare_not_a_foreign_or_former_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Russia's President Vladimir Putin spoke with President Donald Trump on Monday. Former President "
            "Richard Nixon was mentioned.\n\n"
            "In a press conference, the president said, \u201cI don't think he did anything wrong.\u201d\n\n"
            "PRESIDENT: You think we want to go this route now?\n\n"
            "DEAN: I think we have to.")
    _, quotes = _quotes(nlp, text)
    assert [q.speaker_name for q in quotes if q.text.startswith("I don't")] == ["Donald Trump"]
    # a transcript label repeats a name, never a title the article uses as a description
    assert [q.speaker_name for q in quotes if q.text.startswith("You think")] in ([], [None], ["PRESIDENT"])


def test_embedded_posts_an_account_first_byline_or_author_note_is_no_post() -> None:
    from newsfuse.extract.quotes import embedded_posts

    text = ("Jane Roe (@janeroe) Staff Writer\n\n"
            "The council approved the harbour plan on Tuesday after a long debate, officials said.\n\n"
            "Tom Vell (@tomvell) The pier is safe and will reopen soon. https://t.co/q1w2e3\n\n"
            "The plan will cost $4 million.\n\n"
            "Jane Roe (@janeroe) Covers city hall for the Gazette.")
    assert [text[p.start:p.end] for p in embedded_posts(text)] == ["The pier is safe and will reopen soon."]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a party noun points back to the one person named just before
        ("New York Gov. Maria Lopez surprised an audience Wednesday when she criticised the budget.\n\n"
         "The Democrat said, \u201cWe are not going to cut schools.\u201d", "Maria Lopez"),
        # a party word beside an office need not be in the title, only not contradict it
        ("Virginia Gov. Tom Reyes says he is staying in office.\n\n"
         "On Friday, the Democratic governor admitted he was in the photo.", "Tom Reyes"),
        # the party and state after a lawmaker's name tell who "the Massachusetts lawmaker" and
        # "the Republican" are
        ("Sen. Maria Lopez (D-Mass.) met Rep. Tom Reyes (R-Ohio) on Tuesday. The Massachusetts lawmaker "
         "said the talks went well.", "Maria Lopez"),
        ("Sen. Maria Lopez (D-Mass.) met Rep. Tom Reyes (R-Ohio) on Tuesday. The Republican said the talks "
         "went well.", "Tom Reyes"),
        # two people and no party known: no guess
        ("Tom Reyes attacked Maria Lopez on Friday. The Democrat said she would not back down.", None),
    ],
)
def test_quotes_a_party_or_office_description_is_the_person_it_describes(nlp, text: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    _, quotes = _quotes(nlp, text)
    people = [q.speaker_name if q.speaker_kind == "person" else None for q in quotes]
    assert people[-1:] == [speaker]


@pytest.mark.model
def test_quotes_a_name_set_off_before_the_verb_and_a_pastor_and_a_paper(nlp) -> None:  # type: ignore[no-untyped-def]
    _, quotes = _quotes(nlp, "The first Republican senator to call for the mayor's resignation, Senator Maria Lopez, "
                             "said: \u201cThe ball is in our court now.\u201d")
    assert [(q.speaker_name, q.speaker_kind) for q in quotes] == [("Maria Lopez", "person")]
    _, quotes = _quotes(nlp, "Pastor Tom Reyes spoke for an hour on Sunday.\n\n"
                             "\u201cWe love people of all beliefs,\u201d the pastor said.")
    assert [q.speaker_name for q in quotes] == ["Tom Reyes"]
    # a newspaper named after what it does is no anonymous observer
    _, quotes = _quotes(nlp, "The Harbor City (Ohio) Observer said it hoped the mayor would stop, "
                             "\u201cbut we\u2019re not holding our breath.\u201d")
    assert {q.speaker_kind for q in quotes} == {"organisation"}


@pytest.mark.model
def test_quotes_a_clause_before_a_semicolon_is_no_content_of_the_cue_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    _, quotes = _quotes(nlp, "Ana Ruiz, 49, teaches English at a public school in Harbor City that is considering "
                             "several options; a final decision is expected Aug. 1.")
    assert quotes == []
    _, quotes = _quotes(nlp, "There is no evidence that the mayor meant to stop the inquiry; it continues, with no "
                             "shortage of staff.")
    assert quotes == []


# "She called for all candidates to release their plans." with "for ... to" parsed, as the small
# model does, as an adverbial clause of the verb with "for" as its marker.
_CALLED_FOR = [
    ("She", "she", "PRON", "PRP", "nsubj", 1), ("called", "call", "VERB", "VBD", "ROOT", 1),
    ("for", "for", "SCONJ", "IN", "mark", 6), ("all", "all", "DET", "DT", "det", 4),
    ("candidates", "candidate", "NOUN", "NNS", "nsubj", 6), ("to", "to", "PART", "TO", "aux", 6),
    ("release", "release", "VERB", "VB", "advcl", 1), ("their", "their", "PRON", "PRP$", "poss", 8),
    ("plans", "plan", "NOUN", "NNS", "dobj", 6), (".", ".", "PUNCT", ".", "punct", 1),
]


def test_quotes_for_to_clause_is_a_cue_complement() -> None:
    from newsfuse.extract.quotes import _learned_extent, complement_relations

    doc = _hand_parsed(_CALLED_FOR)
    relations = complement_relations(doc[1])
    assert [(relation, child.text) for relation, child in relations] == [("advcl:for", "release")]
    start, end = _learned_extent(doc[1], *relations[0])
    assert doc[start:end].text == "all candidates to release their plans"
    # The same adverbial clause without its "for" marker is no complement.
    leaving = [(w, lemma, pos, tag, dep if dep != "mark" else "punct", head) for w, lemma, pos, tag, dep, head
               in _CALLED_FOR]
    assert complement_relations(_hand_parsed(leaving)[1]) == []


def test_quotes_object_keeps_its_time_phrase_not_its_occasion() -> None:
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from newsfuse.extract.quotes import _learned_extent

    rows = [("Ortiz", "Ortiz", "PROPN", "NNP", "nsubj", 1), ("praised", "praise", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3), ("rally", "rally", "NOUN", "NN", "dobj", 1),
            ("on", "on", "ADP", "IN", "prep", 3), ("Saturday", "Saturday", "PROPN", "NNP", "pobj", 4),
            ("in", "in", "ADP", "IN", "prep", 3), ("a", "a", "DET", "DT", "det", 8),
            ("statement", "statement", "NOUN", "NN", "pobj", 6), (".", ".", "PUNCT", ".", "punct", 1)]
    doc = Doc(English().vocab, words=[r[0] for r in rows], spaces=[True] * 8 + [False, False],
              lemmas=[r[1] for r in rows], pos=[r[2] for r in rows], tags=[r[3] for r in rows],
              deps=[r[4] for r in rows], heads=[r[5] for r in rows],
              ents=["O"] * 5 + ["B-DATE"] + ["O"] * 4)
    # "on Saturday", hung on the noun, is which rally; "in a statement" is how it was said.
    start, end = _learned_extent(doc[1], "dobj", doc[3])
    assert doc[start:end].text == "the rally on Saturday"


@pytest.mark.model
def test_quotes_a_pronoun_and_a_frame_or_a_request_for_anonymity_is_no_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    _, quotes = _quotes(nlp, "Mayor Tom Reyes explained this from the Harbor Gazette to the council on Monday night.")
    assert quotes == []
    _, quotes = _quotes(nlp, "Two city officials, who asked not to be identified discussing internal deliberations, "
                             "confirmed the plan. A third official asked not to be identified discussing the findings.")
    assert quotes == []
    # a pronoun with its characterisation is what was said
    _, quotes = _quotes(nlp, 'Mayor Tom Reyes described it as a "reckless gamble" on Monday.')
    assert any(q.text.startswith("it as a") for q in quotes)


@pytest.mark.model
def test_quotes_a_cue_after_without_or_a_lower_case_field_label_says_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    _, quotes = _quotes(nlp, "While Tom Reyes struggled Tuesday to defend the mayor without criticizing him directly, "
                             "others spoke.")
    assert quotes == []
    _, quotes = _quotes(nlp, "Tom Reyes left the meeting without saying that the budget would pass.")
    assert quotes == []
    _, quotes = _quotes(nlp, "intro: The past week offered a brief respite from many of the battles that have "
                             "gripped Washington.")
    assert quotes == []


@pytest.mark.model
def test_quotes_an_infinitive_of_purpose_after_an_object_is_said_by_the_clauses_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    _, quotes = _quotes(nlp, "The mayor praised the plan. He went off script to add: \u201cIn fact, I can tell you "
                             "the money is pouring in.\u201d")
    assert [q.speaker_name for q in quotes] == ["He"]


@pytest.mark.model
def test_quotes_a_hyphenated_description_is_the_speaker_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    _, quotes = _quotes(nlp, "The 70-year-old ex-president commented on the numerous photos of the pair at the "
                             "museum opening.")
    assert [q.speaker_name for q in quotes] == ["The 70-year-old ex-president"]


@pytest.mark.model
def test_quotes_a_question_about_what_was_said_is_no_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in ("Why did the council not ask him to elaborate? Was he saying that the agency never "
                 "investigated the server?",
                 "Did the mayor say that the budget would pass?",
                 "Why did Tom Reyes say that the budget would pass?"):
        assert _quotes(nlp, text)[1] == [], text
    # a statement followed by a question of the writer's own is still a statement
    _, quotes = _quotes(nlp, "Tom Reyes said that the budget would pass.")
    assert [q.speaker_name for q in quotes] == ["Tom Reyes"]


@pytest.mark.model
def test_quotes_as_someone_put_it_attributes_the_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    _, quotes = _quotes(nlp, "\u201cIt will play well with his base,\u201d as Professor Elena Marsh put it in April.")
    assert [(q.speaker_name, q.cue) for q in quotes] == [("Elena Marsh", "put")]
    # "put" in other senses is no cue
    _, quotes = _quotes(nlp, "The clerk put the \u201cfinal notice\u201d on the door of the hall.")
    assert all(q.cue != "put" for q in quotes)


@pytest.mark.model
def test_quotes_a_supposition_or_a_clause_explaining_another_is_no_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _quotes(nlp, "So let\u2019s say you make fun of a white plumber or a pop star.")[1] == []
    assert _quotes(nlp, "The national media eagerly pander to these activists, which explains why the death "
                        "of the woman was featured in a report.")[1] == []
    # a text or a body that "which" stands for still reports
    _, quotes = _quotes(nlp, "The agency released a report, which says that the river is polluted.")
    assert [q.speaker_name for q in quotes] == ["a report"]
    _, quotes = _quotes(nlp, "The ministry, which said on Monday that it would act, did nothing.")
    assert [q.speaker_name for q in quotes] == ["The ministry"]


@pytest.mark.model
def test_quotes_a_dateline_is_no_part_of_what_was_said(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("NEW DELHI (AP) \u2014 India will begin the world\u2019s largest lockdown on Wednesday, Prime Minister "
            "Narendra Modi announced in a TV address.")
    _, quotes = _quotes(nlp, text)
    assert [(q.speaker_name, text[q.start:q.end]) for q in quotes] == [
        ("Narendra Modi", "India will begin the world\u2019s largest lockdown on Wednesday")]


@pytest.mark.model
def test_quotes_the_speaker_phrase_leaves_out_what_the_parse_hung_before_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("In addition to groups like Ready for Grace and Emily's List - two pro-Okafor fundraising machines - "
            "Forward America - which was the top super PAC supporting President Barack Obama's 2012 re-election - "
            "moved last week to get behind Okafor and announced they will begin raising big money to help elect "
            "Okafor to the White House.")
    _, quotes = _quotes(nlp, text)
    assert [q.speaker_name for q in quotes] == ["Forward America"]


@pytest.mark.model
def test_quotes_an_editors_first_name_in_brackets_stays_with_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    _, quotes = _quotes(nlp, "The Times reported on the wage gains:\n\n[Juan] Grant, only two years out of high "
                             "school, said it felt good to be earning $11.23 an hour.")
    assert [q.speaker_name for q in quotes] == ["[Juan] Grant"]


@pytest.mark.model
def test_quotes_a_title_case_dateline_closed_by_a_network_is_no_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    _, quotes = _quotes(nlp, "Williamsburg, Virginia (CNN) - While at a GOP retreat, House Republican leaders on "
                             "Friday announced a vote next week on a three-month extension of the debt limit.")
    assert [q.speaker_name for q in quotes] == ["House Republican leaders"]


@pytest.mark.model
def test_quotes_when_it_was_said_is_no_part_of_what_was_said(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "President Ana Ruiz said Tuesday the United States was opening a new era of diplomacy."
    _, quotes = _quotes(nlp, text)
    assert [text[q.start:q.end] for q in quotes] == ["the United States was opening a new era of diplomacy"]
    text = "She said Tuesday's vote was rigged."
    _, quotes = _quotes(nlp, text)
    assert [text[q.start:q.end] for q in quotes] == ["Tuesday's vote was rigged"]


@pytest.mark.model
def test_quotes_who_stands_for_the_person_not_the_place_the_parse_hung_it_on(nlp) -> None:  # type: ignore[no-untyped-def]
    _, quotes = _quotes(nlp, "The group is an associate of Free Press founder Robert W. McChesney, a communications "
                             "professor at the University of Illinois at Urbana-Champaign who has called for the "
                             "capitalist system to be dismantled.")
    assert [q.speaker_name for q in quotes] == ["Robert W. McChesney"]


@pytest.mark.model
def test_quotes_an_inverted_subject_is_the_whole_noun_and_its_cue_no_title(nlp) -> None:  # type: ignore[no-untyped-def]
    _, quotes = _quotes(nlp, "\"Commercial media has pushed public media to the center of the debate,\" argued "
                             "the Free Press document.")
    assert [q.speaker_name for q in quotes] == ["the Free Press document"]
    _, quotes = _quotes(nlp, "\"It is over,\" tweeted Associated Press reporter Tom Varga.")
    assert [(q.speaker_name, q.speaker_title) for q in quotes] == [("Tom Varga", "Associated Press reporter")]


@pytest.mark.model
def test_quotes_a_supposition_before_a_quotation_is_not_its_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    _, quotes = _quotes(nlp, "Speaking from the plane, Mayor Ana Ruiz said that if the state asked the port to close "
                             "on an unfriendly basis, \"we will charge them fees like they've never seen before.\"")
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.cue for q in direct] == ["said"] and "Ana Ruiz" in (direct[0].speaker_name or "")


@pytest.mark.model
def test_quotes_the_person_named_after_a_title_and_its_place_is_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    _, quotes = _quotes(nlp, "The governor of Guam, a U.S. territory, spoke on Tuesday. Governor of Guam Eddie Baza "
                             "Calvo said there was currently \"no threat\" to the island.")
    assert {q.speaker_name for q in quotes} == {"Eddie Baza Calvo"}


@pytest.mark.model
def test_quotes_a_speaker_phrase_keeps_the_noun_the_parse_coordinated_with_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    _, quotes = _quotes(nlp, "The U.S. position is in flux, after Trump's firing of hawkish National Security Adviser "
                             "John Bolton last week.\n\nU.S. and Saudi officials say they're gathering more evidence "
                             "that Iran was behind the attacks — some of it on the ground in Saudi Arabia — that will "
                             "be released in due time.")
    assert [q.speaker_name for q in quotes] == ["U.S. and Saudi officials"]


@pytest.mark.model
def test_quotes_a_dangling_according_to_makes_no_second_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    # A crawl cut the sentence short: "according to..." names no source.
    found = _found(nlp, "“Water from private wells in the valley is also considered unsafe to drink,” the health "
                        "agency said, according to...")
    assert found == [("direct", "Water from private wells in the valley is also considered unsafe to drink", "said",
                      "the health agency")]


@pytest.mark.model
def test_quotes_a_second_participle_hung_on_an_adjective_keeps_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, "The city council renewed its warning on Friday, calling all unlicensed short-term rentals "
                        "illegal and vowing to fine every landlord who keeps one.")
    assert [(q[2], q[3]) for q in found if "fine every landlord" in q[1]] == [("vowing", "The city council")]


@pytest.mark.model
def test_quotes_a_verb_coordinated_across_a_closing_quote_mark_keeps_the_reporting_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    # The parse coordinates "accused" with "came" inside the quotation; "the ferries" said nothing.
    text = ('Harbour Minister Alan Price tweeted Saturday that there is "no evidence the ferries came from Norway" '
            'and accused the operator of being behind "a reckless disregard of the safety rules."')
    accused = [q for q in _quotes(nlp, text)[1] if q.cue == "accused"]
    assert accused and all(q.speaker_name == "Alan Price" for q in accused)


@pytest.mark.model
def test_quotes_he_said_inside_someones_reported_words_is_that_someone(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Hale, a Kentucky Republican, was speaking the same day Reyes told reporters that a recent split "
            "in the party threatened to weaken what he said was its traditional strength.")
    text = "Senator Mark Hale and Governor Tom Reyes met donors on Monday.\n\n" + text
    said = [q for q in _quotes(nlp, text)[1] if q.cue == "said"]
    assert said and all(q.speaker_name == "Tom Reyes" for q in said)


@pytest.mark.model
def test_quotes_a_participle_hung_on_what_someone_wears_is_that_someones(nlp) -> None:  # type: ignore[no-untyped-def]
    quotes = _quotes(nlp, 'A woman with a megaphone shouting "Stop the count" led the crowd.')[1]
    assert [q.speaker_name for q in quotes if q.cue == "shouting"] == ["A woman"]


@pytest.mark.model
def test_quotes_a_place_in_capitals_before_a_colon_is_a_section_heading(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Senators met on Monday.\n\nNEW HAMPSHIRE: Many Republican strategists in the state are frustrated "
            "that the candidate is not polling better.\n\nRussia: We will respond to any new sanctions.")
    speakers = [q.speaker_name for q in _quotes(nlp, text)[1]]
    assert "NEW HAMPSHIRE" not in speakers and "Russia" in speakers


@pytest.mark.model
def test_quotes_a_pair_of_curly_single_marks_closes_a_double_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The Senate is not likely to take it up.\n\n“It’s not a mystery,’’ said Rep. Jan Schakowsky, an "
            "Illinois Democrat.\n\n“We would have been locked in,’’ Schakowsky said.")
    quotes = _quotes(nlp, text)[1]
    assert [(q.text, q.speaker_name) for q in quotes] == [
        ("It’s not a mystery", "Jan Schakowsky"), ("We would have been locked in", "Jan Schakowsky")]


@pytest.mark.parametrize("text", [
    'Governor Lena Marsh said Tuesday that lawmakers had ignored the so-called "river tax" for years.',
    'Senator Hal Brink said the fund, known as "Harbor Trust," had run dry by June.',
    'Mayor Tom Ruiz said the self-described "watchdogs" had never filed a complaint.',
    'Councilman Ed Vance, who chaired the "Blue Ribbon" panel, said the city would appeal.',
])
def test_quotes_a_term_the_writer_quotes_is_nobodys_words(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    # A term set off by "so-called", a naming participle or a place in front of a noun is the
    # writer's mention; the sentence's speaker did not say it as a quotation of his.
    _, quotes = _quotes(nlp, text)
    assert all(q.kind != "direct" for q in quotes), [(q.text, q.speaker_name) for q in quotes]


@pytest.mark.parametrize(("text", "words"), [
    ('Senator Hal Brink called the plan "reckless" on Tuesday.', "reckless"),
    ('Mayor Tom Ruiz said the budget office had found a "serious" error in the figures.', "serious"),
    ('Governor Lena Marsh told lawmakers that a "billing glitch" problem had delayed the refunds.', "billing glitch"),
    ('Her critics call her "Iron Lena" in the capital.', "Iron Lena"),
])
def test_quotes_a_short_quote_someone_said_is_kept(nlp, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    _, quotes = _quotes(nlp, text)
    assert any(words in q.text and q.kind == "direct" for q in quotes), [(q.text, q.kind) for q in quotes]

@pytest.mark.model
def test_a_surname_with_an_elided_prefix_is_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    # The small model tags "O’Reilly" an adverb and the NER cuts "Bill O’Reilly" to "Bill": the
    # cue had no subject, and a later "he" went to the other man.
    text = ("Senator Tom Haskins spoke with the radio host Bill O’Reilly on Thursday. "
            "O’Reilly then said that Haskins is “more careful than his rivals.”")
    doc, quotes = _quotes(nlp, text)
    assert {q.speaker_name for q in quotes} == {"Bill O’Reilly"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a later act after the quote ("after X reported") does not attribute it back
        ("Dana Whitfield, the chair of the council, told reporters on Monday, “I never thought I’d see the jobless "
         "rate that low,” after the Labor Department reported that the rate fell to 3.9 percent.",
         "I never thought I’d see the jobless rate that low", "Dana Whitfield"),
        # a report of the saying, cue and all ("according to a transcript"), leaves the words to the speaker
        ("“There has been no penalty,” Kowalski, who chairs the Senate Armed Services Committee, told the program "
         "according to a CBS transcript.", "There has been no penalty", "Kowalski"),
    ],
)
def test_a_direct_quote_keeps_the_speaker_who_said_it(nlp, text: str, words: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    doc, quotes = _quotes(nlp, text)
    assert [q.speaker_name for q in quotes if q.text == words] == [speaker]


@pytest.mark.model
def test_quotes_a_pronoun_before_the_person_its_sentence_names_is_that_person(nlp) -> None:
    # "Even as he pledged ..., opposition leader Omar Haddad conceded": "he" is Haddad, named for the first
    # time right after; it had gone to the lawyer quoted in the sentence before.
    text = ("Rights groups criticized the vote on Monday. Lawyer Dana Weiss said the ruling was unjust. "
            "Even as he pledged to challenge the result, opposition leader Omar Haddad conceded that "
            "the party had lost ground.")
    speakers = _speakers(nlp, text)
    assert speakers["to challenge the result"].endswith("Omar Haddad")
    assert speakers["the ruling was unjust"].endswith("Dana Weiss")


@pytest.mark.model
def test_quotes_a_person_a_copula_introduces_is_the_antecedent_of_he(nlp) -> None:
    # "Another guest was Joseph Cole ... He said": Cole, not the subject of the sentence before (Mark Hill).
    text = ("Senator Mark Hill defended the grants on Monday. Another guest on the program was Joseph Cole, "
            "the group's president. He said the deal was sound.")
    speakers = _speakers(nlp, text)
    assert speakers["the deal was sound"].endswith("Joseph Cole")


@pytest.mark.model
def test_quotes_a_file_photo_caption_is_no_transcript_turn(nlp) -> None:
    # "FILE PHOTO: ..." had been a turn spoken by the photographer's credit, "Carlos Mendez/File Photo".
    text = ("Protesters gathered outside the court. REUTERS/Carlos Mendez/File Photo\n\n"
            "FILE PHOTO: Protesters hold signs outside the court in Sacramento, California, March 3, 2019.")
    _, quotes = _quotes(nlp, text)
    assert quotes == []


@pytest.mark.model
def test_quotes_a_participle_describing_a_noun_is_no_cue(nlp) -> None:
    # "with the added wrinkle that ...": "added" describes "wrinkle"; it had made "the added wrinkle"
    # the speaker of the quoted label before it.
    text = ("Her critics used to see her in the Nineties as a “Queens machine hack,” but with the added "
            "wrinkle that she was close to the unions. In recent years, she has changed.")
    _, quotes = _quotes(nlp, text)
    assert all(q.cue != "added" and q.speaker_name != "the added wrinkle" for q in quotes)


@pytest.mark.model
def test_quotes_a_name_given_by_nobody_reports_no_statement(nlp) -> None:
    # "the governor was called a tyrant": the clause before it had been reported by "called".
    text = ("Within hours, the reaction was intense. The slogan was trending online, the governor was called "
            "a tyrant and a bully, and lawmakers threatened to sue.")
    _, quotes = _quotes(nlp, text)
    assert all(q.cue != "called" for q in quotes)
    speakers = _speakers(nlp, "The plan was called a disaster by Sen. Ray Ames, who said farmers would suffer.")
    assert speakers["farmers would suffer"].endswith("Ray Ames")


@pytest.mark.model
def test_quotes_an_outcome_infinitive_reports_nothing(nlp) -> None:
    # "only to find that ...": what befell the networks, which had been the analysts' statement.
    text = ("Analysts tore into the networks who hyped the danger of the rally, only to find that the marchers "
            "were outnumbered by the police.")
    _, quotes = _quotes(nlp, text)
    assert quotes == []


@pytest.mark.model
def test_quotes_according_to_a_cut_off_article_names_no_source(nlp) -> None:
    # A crawl cut at "according to the..." had made "the" the speaker of the sentence before it.
    _, quotes = _quotes(nlp, "There is consensus among the agencies that both theories are plausible, according to the...")
    assert quotes == []
    speakers = _speakers(nlp, "The virus spread quickly in the north, according to the health ministry.")
    assert speakers["The virus spread quickly in the north"] == "the health ministry"


@pytest.mark.model
def test_quotes_it_said_is_the_body_that_spoke_before(nlp) -> None:
    # "it said" had stayed "it" in the who-said-what table.
    text = ("In a letter to the company, the agency classified the risk as very low. Still, it said patients "
            "should seek care if they feel weak.")
    assert _speakers(nlp, text)["patients should seek care if they feel weak"] == "the agency"
    text = "Acme Corp. reported higher sales on Monday. It said demand was strong."
    assert _speakers(nlp, text)["demand was strong"] == "Acme Corp."
    # Unresolved where "it" may be something else: the lawsuit a paper reported on, a review.
    text = ("The university filed the lawsuit on Friday, the Northgate Sun reported. It argues that the decision "
            "upended its plans.")
    assert _speakers(nlp, text)["that the decision upended its plans"] == "It"
    text = "The mayor's office ordered a detailed review of the budget. It concluded that overtime had doubled."
    assert _speakers(nlp, text)["that overtime had doubled"] == "It"


@pytest.mark.model
def test_quotes_they_said_is_the_group_that_spoke_before(nlp) -> None:
    # "they said" had stayed "they" in the who-said-what table.
    text = ("Prosecutors said they found records at his second home in Ohio. They added that a 2014 memo "
            "had been marked secret.")
    speakers = _speakers(nlp, text)
    assert speakers["they found records at his second home in Ohio"] == "Prosecutors"
    assert speakers["that a 2014 memo had been marked secret"] == "Prosecutors"
    text = "Union leaders rejected the offer on Monday. They argued that class sizes were still too large."
    assert _speakers(nlp, text)["that class sizes were still too large"] == "Union leaders"
    assert _speakers(nlp, "Senate Democrats have laid out four steps they say the governor could take.")[
        "the governor could take"] == "Senate Democrats"
    # Unresolved where "they" may be others, or the phrase would name one of them.
    text = "Protesters blocked the main road for hours, police said. They demanded that the mayor resign."
    assert _speakers(nlp, text)["that the mayor resign"] == "They"  # the protesters, not the police
    text = "Lawmakers met with local farmers on Tuesday. They said the drought was the worst in decades."
    assert _speakers(nlp, text)["the drought was the worst in decades"] == "They"
    text = "Smith and Jones said the plan was flawed. They added that the vote was rushed."
    assert _speakers(nlp, text)["that the vote was rushed"] == "They"
    # A group whose phrase names people is those people together, never the first alone (twenty-seventh session:
    # it had stayed "They", as the speaker phrase used to name Jane Roe only).
    text = ("In May, foster parents Jane and John Roe filed a complaint about the judge. They alleged that the "
            "delays hurt the child.")
    assert _speakers(nlp, text)["that the delays hurt the child"] == "Jane and John Roe"


@pytest.mark.model
def test_quotes_that_said_is_the_writers_turn(nlp) -> None:
    # "That said, ..." had been a statement by "That".
    _, quotes = _quotes(nlp, "The plan has flaws. That said, the mayor has every right to try it.")
    assert quotes == []
    assert _speakers(nlp, "Officials said that the plan had flaws.")["that the plan had flaws"] == "Officials"


@pytest.mark.model
def test_quotes_speaker_phrase_leaves_out_when_it_spoke(nlp) -> None:
    # "A report from the Ledger in 2019" had named the year as part of the source.
    text = "A report from the Ledger in 2019 revealed that the city had overspent."
    assert _speakers(nlp, text)["that the city had overspent"] == "A report from the Ledger"


@pytest.mark.model
def test_quotes_it_is_fair_to_say_is_nobodys_statement(nlp) -> None:
    # The writer's hedge had been a statement by "it".
    _, quotes = _quotes(nlp, "It is fair to say that nobody expected the result. It is important to note that "
                             "the mayor denied the claims.")
    assert quotes == []
    assert _speakers(nlp, "She was quick to say that she had no role in the deal.")[
        "that she had no role in the deal"] == "She"


@pytest.mark.model
def test_quotes_a_long_title_before_the_speakers_name_after_the_cue(nlp) -> None:
    # The parse read "Indeed Hiring ..." as a clause: "Lab director of research" had been the speaker, and the
    # title with the name a second, indirect quote.
    text = ('"Demand for workers is surging as the economy reopens," said Indeed Hiring Lab director of research '
            "Nick Bunker.")
    _, quotes = _quotes(nlp, text)
    assert [q.text for q in quotes] == ["Demand for workers is surging as the economy reopens"]


# "According to union president Tom Reyes, the photos showed a guard." as the small model parsed such
# a sentence in an article: the name hung on "According" itself, "to" left without an object.
_ACCORDING_WITHOUT_OBJECT = [
    ("According", "accord", "VERB", "VBG", "prep", 9), ("to", "to", "ADP", "IN", "prep", 0),
    ("union", "union", "NOUN", "NN", "compound", 3), ("president", "president", "PROPN", "NNP", "compound", 5),
    ("Tom", "Tom", "PROPN", "NNP", "compound", 5), ("Reyes", "Reyes", "PROPN", "NNP", "prep", 0),
    (",", ",", "PUNCT", ",", "punct", 9), ("the", "the", "DET", "DT", "det", 8),
    ("photos", "photo", "NOUN", "NNS", "nsubj", 9), ("showed", "show", "VERB", "VBD", "ROOT", 9),
    ("a", "a", "DET", "DT", "det", 11), ("guard", "guard", "NOUN", "NN", "dobj", 9), (".", ".", "PUNCT", ".", "punct", 9),
]


def test_quotes_according_to_a_name_the_parse_hung_on_according() -> None:
    found = [(q.text, q.cue, q.speaker_name)
             for q in extract_quotes(_hand_parsed(_ACCORDING_WITHOUT_OBJECT), doc_id="d")]
    assert found == [("the photos showed a guard", "According to", "union president Tom Reyes")]


# "The agency ordered staff to return, according to a memo from Director Ana Ruiz obtained by AP." as the
# small model parsed such a sentence: "according to" hung on "obtained", whose subject it made the name.
_ACCORDING_OPENING_ITS_SOURCES_CLAUSE = [
    ("The", "the", "DET", "DT", "det", 1), ("agency", "agency", "NOUN", "NN", "nsubj", 2),
    ("ordered", "order", "VERB", "VBD", "ROOT", 2), ("staff", "staff", "NOUN", "NN", "dobj", 2),
    ("to", "to", "PART", "TO", "aux", 5), ("return", "return", "VERB", "VB", "xcomp", 2),
    (",", ",", "PUNCT", ",", "punct", 2), ("according", "accord", "VERB", "VBG", "prep", 15),
    ("to", "to", "ADP", "IN", "prep", 7), ("a", "a", "DET", "DT", "det", 10), ("memo", "memo", "NOUN", "NN", "pobj", 8),
    ("from", "from", "ADP", "IN", "prep", 10), ("Director", "Director", "PROPN", "NNP", "compound", 14),
    ("Ana", "Ana", "PROPN", "NNP", "compound", 14), ("Ruiz", "Ruiz", "PROPN", "NNP", "nsubj", 15),
    ("obtained", "obtain", "VERB", "VBN", "advcl", 2), ("by", "by", "ADP", "IN", "agent", 15),
    ("AP", "AP", "PROPN", "NNP", "pobj", 16), (".", ".", "PUNCT", ".", "punct", 2),
]


def test_quotes_according_to_a_phrase_the_parse_hung_on_its_own_sources_clause() -> None:
    found = [(q.text, q.cue, q.speaker_name)
             for q in extract_quotes(_hand_parsed(_ACCORDING_OPENING_ITS_SOURCES_CLAUSE), doc_id="d")]
    assert found == [("The agency ordered staff to return", "according to", "a memo from Director Ana Ruiz")]


# "Doctors pushed back on the board's finding — insisting the trial was small.": the participle hung on
# the object it follows.
_PARTICIPLE_AFTER_A_DASH = [
    ("Doctors", "doctor", "NOUN", "NNS", "nsubj", 1), ("pushed", "push", "VERB", "VBD", "ROOT", 1),
    ("back", "back", "ADV", "RB", "advmod", 1), ("on", "on", "ADP", "IN", "prep", 1), ("the", "the", "DET", "DT", "det", 5),
    ("board", "board", "NOUN", "NN", "poss", 7), ("'s", "'s", "PART", "POS", "case", 5),
    ("finding", "finding", "NOUN", "NN", "pobj", 3), ("\u2014", "\u2014", "PUNCT", ":", "punct", 7),
    ("insisting", "insist", "VERB", "VBG", "acl", 7), ("the", "the", "DET", "DT", "det", 11),
    ("trial", "trial", "NOUN", "NN", "nsubj", 12), ("was", "be", "AUX", "VBD", "ccomp", 9),
    ("small", "small", "ADJ", "JJ", "acomp", 12), (".", ".", "PUNCT", ".", "punct", 1),
]


def test_quotes_a_participle_set_off_by_a_dash_goes_with_the_clauses_subject() -> None:
    found = [(q.text, q.cue, q.speaker_name) for q in extract_quotes(_hand_parsed(_PARTICIPLE_AFTER_A_DASH), doc_id="d")]
    assert found == [("the trial was small", "insisting", "Doctors")]

@pytest.mark.model
def test_quotes_a_bare_share_of_a_poll_is_no_speaker(nlp) -> None:
    # "53%" and "just 41 percent" had been the speakers of poll answers in the product's list.
    text = ("In the county poll, 53% said they would back the levy, and just 41 percent said they planned "
            "to vote \"yes\" on the recall, while 41% of likely voters said the mayor should stay.")
    speakers = _speakers(nlp, text)
    assert "they would back the levy" not in speakers
    assert not any(s in ("53%", "just 41 percent") for s in speakers.values())
    assert speakers["the mayor should stay"] == "41% of likely voters"
    assert "yes" not in speakers  # the answer quoted is no one's quotation
    # the attribution corpus's setting keeps them (PolNeAR annotates the share as the source)
    assert ("indirect", "they would back the levy", "said", "53%") in _found(nlp, text, cognition=True)


@pytest.mark.model
def test_quotes_a_section_label_is_no_cue(nlp) -> None:
    # "What she's saying:" had been the cue of the narration after it and of the words it quotes.
    text = ("Mayor Ana Ortega won easily on Tuesday.\n\nWhat she's saying: Ortega thanked residents at a "
            "rally for \"firmly\" rejecting the plan.")
    assert [q for q in _found(nlp, text) if q[2] == "saying"] == []
    # a quotation opening right after the label is the label's
    quoted = ("Mayor Ana Ortega won easily on Tuesday.\n\nWhat she's saying: \"We are thrilled with the "
              "result and grateful to every voter.\"")
    found = _found_with_entities(nlp, quoted)
    assert [(q[1], q[2], q[3]) for q in found] == [
        ("We are thrilled with the result and grateful to every voter.", "saying", "Ana Ortega")]


@pytest.mark.model
def test_quotes_a_hedge_hung_on_its_adjective_is_nobodys_statement(nlp) -> None:
    # The parse hangs the verb on the adjective: "it" had said these.
    _, quotes = _quotes(nlp, "It's worth noting that the mayor didn't even win the county. But it's far too early "
                             "to say whether the new budget will pass.")
    assert quotes == []


@pytest.mark.model
def test_quotes_a_closing_clause_reporting_someone_else_is_not_content(nlp) -> None:
    # The parse hangs "while Hale said ..." on the reported verb, not on the cue: Hale's words had
    # been listed under Ruiz as well.
    found = _found(nlp, "Mayor Ana Ruiz said the bridge would reopen in May, while Councilman Ben Hale said the "
                        "repairs would take another year.")
    assert [(q[1], q[3]) for q in found] == [("the bridge would reopen in May", "Mayor Ana Ruiz"),
                                             ("the repairs would take another year", "Ben Hale")]
    # "as she told ..." cites the speaker's own words
    found = _found(nlp, "Councilwoman Dana Fields said the clinic would close in June, as she told the Valley "
                        "Courier on Monday.")
    assert [q[1] for q in found] == ["the clinic would close in June"]
    # one share beside another is one answer each; both shares are the poll's finding
    found = _found(nlp, "The poll found that 49% said the council should resign, while 46% say it should stay.",
                   cognition=True)
    assert ("indirect", "the council should resign", "said", "49%") in found
    assert ("indirect", "that 49% said the council should resign, while 46% say it should stay", "found",
            "The poll") in found
    # an "as" clause whose "he" may be the person the content is about stays what was said
    found = _found(nlp, "Priya Nandakumar claimed that Dean Carter grabbed her notes as he said it.")
    assert [q[1] for q in found] == ["that Dean Carter grabbed her notes as he said it"]


def test_quotes_words_inside_someones_call_are_that_persons(nlp) -> None:
    """A partial quote in the "for" phrase of a call or demand is its owner's, not the sentence's
    speaker's; a call nobody owns gives the words to no one."""
    speakers = _speakers(nlp, 'Prime Minister Elena Varga on Wednesday brushed off President Lund\'s call for a '
                              '"rapid cooling" of the dispute, saying she is "determined to continue" the talks.')
    assert speakers["rapid cooling"] == "Lund"
    assert speakers["determined to continue"] == "Elena Varga"
    assert "rapid cooling" not in _speakers(nlp, 'Varga rejected calls for a "rapid cooling" of the dispute.')


def test_quotes_a_quoted_name_in_the_speakers_phrase_is_no_quote(nlp) -> None:
    _, quotes = _quotes(nlp, '"Ann Reyes Tonight" host said Monday that the agency is "watching him" and '
                             'planned to leak his emails.')
    assert "Ann Reyes Tonight" not in [q.text for q in quotes]
    assert {q.speaker_name for q in quotes} == {'"Ann Reyes Tonight" host'}


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Tom Reed declared victory in the primary for governor on Tuesday.",
        "France has recalled its ambassador to Canada after a row over a treaty.",
        "The first drug promising to slow the decline of memory was approved by regulators.",
    ],
)
def test_quotes_acts_and_descriptions_are_no_statements(nlp, text: str) -> None:
    assert _quotes(nlp, text)[1] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The judge declared the vote void.", "the vote void"),
        ("Free speech groups claimed the ruling as a victory.", "the ruling as a victory"),
        ("He recalled that the plant had closed in May.", "that the plant had closed in May"),
        ("A senator promised to slow the bill.", "to slow the bill"),
    ],
)
def test_quotes_statements_of_the_same_verbs_stay(nlp, text: str, content: str) -> None:
    assert content in [q.text for q in _quotes(nlp, text)[1]]


@pytest.mark.model
def test_quotes_words_someone_did_not_say_are_not_theirs(nlp) -> None:
    # "can't tell", "never claimed", "don't call": a negated cue attributes no quotation; a "not" inside the
    # quotation is no negation of the cue.
    assert _quotes(nlp, 'Even the mayor can\'t tell us what "Harborgate" is supposed to mean.')[1] == []
    assert _quotes(nlp, 'OK, so they don\'t call us "peasants" anymore.')[1] == []
    assert _speakers(nlp, '"Probably not, in hindsight," Mayor Ada Brooks said.') == {
        "Probably not, in hindsight": "Ada Brooks"}


@pytest.mark.model
def test_quotes_a_thing_pointed_at_is_no_speaker(nlp) -> None:
    # "lest that threaten an 'ongoing investigation'" had made a speaker of the clause before it.
    text = ('He could not tell the committee what that was, lest that threaten an "ongoing investigation." '
            'But that something was really "significant."')
    assert _quotes(nlp, text)[1] == []
    # "those who ..." are people, and signs "that read" are written words
    found = _speakers(nlp, 'The fence was decorated with signs, including some that read: "No Justice, No Peace."')
    assert found == {"No Justice, No Peace.": "some"}


@pytest.mark.model
def test_quotes_the_opening_words_of_a_longer_report_are_no_statement_of_their_own(nlp) -> None:
    text = ('"We do not have the votes right now," Cruz said, noting that to succeed, he would need 41 senators '
            'to get behind his bill.')
    indirect = [q.text for q in _quotes(nlp, text)[1] if q.kind == "indirect"]
    assert indirect == ["that to succeed, he would need 41 senators to get behind his bill"]


@pytest.mark.model
def test_extract_quotes_a_text_is_its_named_owners(nlp) -> None:
    # "official FBI statistics" had been a speaker of unknown kind and no entity; the figures are the
    # bureau's statement, shown as the text that made it. A study from a country is not the country's.
    text = ("Burglaries in the city fell by a fifth in 2024, according to new figures released Monday by the "
            "Federal Bureau of Investigation. Thefts rose 12 percent, according to official FBI statistics. "
            "Rents climbed again, a study from Portugal found. The plan will fail, a key figure in the party said.")
    doc, quotes = _quotes(nlp, text)
    owners = {q.speaker_name: (q.speaker_kind, text[q.speaker_start:q.speaker_end] if q.speaker_start is not None
                               else None) for q in quotes}
    assert owners["new figures"] == ("written", "Federal Bureau of Investigation")
    assert owners["official FBI statistics"] == ("written", "FBI")
    assert owners["a study from Portugal"][1] is None
    assert owners["a key figure in the party"][0] != "written"


@pytest.mark.model
def test_extract_quotes_according_to_before_a_participle_reports_the_main_clause(nlp) -> None:
    # the longer participle clause after the phrase had been taken as what the bureau reported
    text = ("Car thefts in the county rose 18% in 2024, according to the sheriff's office, making that the "
            "sharpest yearly rise the county has recorded since it began keeping track.")
    _, quotes = _quotes(nlp, text)
    (quote,) = [q for q in quotes if q.cue == "according to"]
    assert quote.text.startswith("Car thefts in the county rose 18%") and "sharpest" not in quote.text


@pytest.mark.model
def test_extract_quotes_a_participle_completing_its_verb_is_said_by_that_verbs_subject(nlp) -> None:
    # the participle had been given to the reader the sentence addresses ("you"), the subject of the
    # clause the verb sits in; a participle set off by a comma is still the reporter's aside
    text = ("If you do not watch cable news, you might not realize that a crew of pundits has spent much of the "
            "last few weeks warning that the fall of the city will mean a flood of refugees.")
    assert _speakers(nlp, text) == {"that the fall of the city will mean a flood of refugees": "a crew of pundits"}
    aside = _speakers(nlp, "The treasurer said the deal was fair to taxpayers, citing the new audit figures.")
    assert aside == {"the deal was fair to taxpayers": "The treasurer"}


@pytest.mark.model
def test_extract_quotes_speaker_phrase_keeps_its_head_noun_and_its_name(nlp) -> None:
    # the parse cut "expert" off as an apposition and hung "study" on the name's "for": the speaker had
    # been "The nation's top infectious diseases" and "A new Centers"
    expert = _speakers(nlp, "The nation's top infectious diseases expert said Sunday he did not expect the country "
                            "will need to reenter lockdown.")
    assert list(expert.values()) == ["The nation's top infectious diseases expert"]
    study = _speakers(nlp, "A new Centers for Disease Control and Prevention (CDC) study found that unvaccinated "
                           "people are twice as likely to face reinfection.")
    assert list(study.values()) == ["A new Centers for Disease Control and Prevention (CDC) study"]


@pytest.mark.model
def test_extract_quotes_a_show_named_after_with_or_told_is_no_quotation(nlp) -> None:
    text = ("Facebook puts profits over safety, Dana Moss, a former employee, said in an interview with "
            "“60 Minutes” on Sunday. Senator Ray Holt told “Face the Nation” that the bill was dead.")
    _, quotes = _quotes(nlp, text)
    assert {q.text for q in quotes} == {"Facebook puts profits over safety", "that the bill was dead"}


@pytest.mark.model
def test_extract_quotes_whom_a_suit_is_against_never_alleges(nlp) -> None:
    # the parse hangs the participle on the object of "against": the accused had been the speaker
    suit = _speakers(nlp, "City officials filed a lawsuit against several chemical makers alleging that these "
                          "companies polluted the river.")
    assert suit == {"that these companies polluted the river": "a lawsuit"}
    march = _speakers(nlp, "Protesters marched against the new law demanding that it be repealed.")
    assert march == {"that it be repealed": "Protesters"}
    posts = _speakers(nlp, "The site declined to take action against viral posts suggesting that the vote was rigged.")
    assert posts == {"that the vote was rigged": "viral posts"}


@pytest.mark.model
def test_extract_quotes_people_joined_by_and_speak_together(nlp) -> None:
    # the words had been the first name's alone ("Tom Reyes"; "Bill" for a couple sharing a surname)
    doc, quotes = _quotes(nlp, "Tom Reyes and Ana Ortiz said they would appeal the ruling.")
    (quote,) = quotes
    assert quote.speaker_name == "Tom Reyes and Ana Ortiz" and quote.speaker_title is None
    assert doc.text[quote.speaker_start:quote.speaker_end] == "Tom Reyes"  # linked to the first of them
    couple = _speakers(nlp, "When Bill and Melinda Gates announced they were getting divorced Monday, the internet "
                            "was quick to respond.")
    assert list(couple.values()) == ["Bill and Melinda Gates"]
    # a person and a group are no pair of named people, and two names in the possessive name a firm
    assert list(_speakers(nlp, "Senator Tom Reyes and his aides said the bill was dead.").values()) == ["Tom Reyes"]
    firm = _speakers(nlp, "Ben and Jerry's said it will pause all paid advertising on the platform.")
    assert list(firm.values()) == ["Ben and Jerry's"]


@pytest.mark.model
def test_extract_quotes_an_attribution_the_parse_left_subjectless_names_its_person(nlp) -> None:
    # the firm the title ends on had been the speaker, and the content had run over the attribution
    text = ('The offer of a universal tool reflects the "logistical nightmare" the group is now facing with '
            'thousands of potential victims to negotiate with, researcher Allan Liska at cybersecurity firm '
            'Recorded Future said.')
    indirect = [(q.text, q.speaker_name) for q in _quotes(nlp, text)[1] if q.kind == "indirect"]
    assert indirect == [('The offer of a universal tool reflects the "logistical nightmare" the group is now '
                         'facing with thousands of potential victims to negotiate with', "Allan Liska")]


@pytest.mark.model
def test_extract_quotes_no_clause_of_when_or_of_what_after_a_quotation(nlp) -> None:
    # "as the analyst appeared on his show" and "which has been taken down" had been reported speech
    for text in ('"It is a lie on a news network," Rogan said to Gupta as the longtime medical analyst appeared '
                 'on his show this week.',
                 "'Most of the masks you get over the counter do not work,' Paul of Kentucky said in the video "
                 "which has been taken down."):
        assert [q.kind for q in _quotes(nlp, text)[1]] == ["direct"]
    # a clause with a subject after the quotation is still reported
    found = _speakers(nlp, '"We will win," the mayor said the team would prevail.')
    assert found["the team would prevail"] == "the mayor"


@pytest.mark.model
def test_extract_quotes_a_topic_with_what_it_is_for_is_no_statement(nlp) -> None:
    text = ("McCarthy announced his picks for the Select Committee on Monday, balancing out three moderate "
            "Republicans with two supporters of the former president. The minister announced the move to "
            "recall the ambassador.")
    assert {q.text for q in _quotes(nlp, text)[1]} == {"the move to recall the ambassador"}


@pytest.mark.model
def test_extract_quotes_a_quoted_name_after_an_article_is_no_quotation(nlp) -> None:
    text = ('Trump spoke at the Federal Theatre for the "Protect Our Elections Rally" hosted by a youth group. '
            'The former president held a "Rally for Election Integrity" in the state. Trump called the '
            'inquiry a "Witch Hunt" on Monday.')
    assert {q.text for q in _quotes(nlp, text)[1] if q.kind == "direct"} == {"Witch Hunt"}


@pytest.mark.model
def test_extract_quotes_a_participle_the_tagger_ran_into_a_name_is_no_part_of_it(nlp) -> None:
    # the tagger's person "Describing King" had named the speaker of King's words
    text = ("Describing King as a “socialist and revolutionary thinker,” the singer says he clashed with aides over "
            "the campaign. King told the group: “What troubles me now is that we have won so little.”")
    speakers = _speakers(nlp, text)
    assert speakers["What troubles me now is that we have won so little."] == "King"


@pytest.mark.model
def test_quotes_a_rule_asking_for_a_statement_is_nobodys_statement(nlp) -> None:
    # "must show that", "are required to declare that", "makes it mandatory for staff to show that": nothing was
    # said yet (each had been the staff's statement); a met obligation ("was forced to admit that") stays.
    for text in ("Under the new order, nurses must show that they have had a booster before each shift.",
                 "Travellers are required to declare that they have not visited a farm in the past week.",
                 "The decree makes it mandatory for teachers to show that they have tested negative."):
        assert list(extract_quotes(nlp(text), doc_id="d")) == [], text
    quotes = list(extract_quotes(nlp("The treasurer was forced to admit that the fund had lost money."), doc_id="d"))
    assert [q.text for q in quotes] == ["that the fund had lost money"]
    # and the writer's "I have to say that ..." is said in the saying
    quotes = list(extract_quotes(nlp("Having read the draft, I have to say that it looks rushed."), doc_id="d"))
    assert [q.text for q in quotes] == ["that it looks rushed"]


@pytest.mark.model
def test_quotes_no_state_found_in_as_a_statement(nlp) -> None:
    # "a charity ... found its work impaired" had made "its work impaired" a statement of the noun before
    # "found", and "found him wandering along the road" the officers'; what a video "shows" stays its claim
    for text in ("In Peru, a clinic that uses the app to reach patients in remote villages found its work impaired.",
                 "Two officers found the man wandering along the highway at night."):
        assert list(extract_quotes(nlp(text), doc_id="d")) == [], text
    quotes = list(extract_quotes(nlp("Footage from the scene shows the officers pushing a man to the ground."),
                                 doc_id="d"))
    assert [q.text for q in quotes] == ["the officers pushing a man to the ground"]
    # a verdict stays
    quotes = list(extract_quotes(nlp("The fact-checkers examined the senator's claim and found it false."), doc_id="d"))
    assert [q.text for q in quotes] == ["it false"]
    quotes = list(extract_quotes(nlp("A review found that the clinic had lost half its patients."), doc_id="d"))
    assert [q.text for q in quotes] == ["that the clinic had lost half its patients"]


@pytest.mark.model
def test_quotes_bodies_joined_by_and_speak_together(nlp) -> None:
    # "The FDA and CDC said" had given the words to the first agency alone
    quotes = list(extract_quotes(nlp("The EPA and FEMA said the levee repairs would take another month."), doc_id="d"))
    assert [q.speaker_name for q in quotes] == ["The EPA and FEMA"]
    quotes = list(extract_quotes(nlp("Germany and France said the tariffs were a mistake."), doc_id="d"))
    assert [q.speaker_name for q in quotes] == ["Germany and France"]
    quotes = list(extract_quotes(nlp("Democrats and Republicans said the bridge bill would pass this week."),
                                 doc_id="d"))
    assert [q.speaker_name for q in quotes] == ["Democrats and Republicans"]


@pytest.mark.model
def test_quotes_the_generic_you_is_nobody(nlp) -> None:
    # "you would think you were watching ..." had been a statement by "you"
    for text in ("Standing in the square that night, you would think you were watching a festival.",
                 "You might say that the council has run out of ideas."):
        assert list(extract_quotes(nlp(text), doc_id="d")) == [], text
    quotes = list(extract_quotes(nlp("The mayor said you cannot trust the board's numbers."), doc_id="d"))
    assert [q.speaker_name for q in quotes] == ["The mayor"]


@pytest.mark.model
def test_quotes_a_content_never_holds_its_own_cue(nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # The boundary tagger had moved a content's start back over its own cue ("in which she told would-be
    # migrants “do not come” ..."); a tagger that draws every content from the sentence's first word shows it.
    from newsfuse.extract import content_tagger

    def from_the_start(weights, doc, contents, quoted):  # type: ignore[no-untyped-def]
        return [(doc.char_span(start, end, alignment_mode="expand").sent.start,
                 doc.char_span(start, end, alignment_mode="expand").end - 1) for start, end, _, _ in contents]

    monkeypatch.setattr(content_tagger, "refined_contents", from_the_start)
    text = "The mayor spoke at the harbour, where she told the crowd that the ferries would run again on Monday."
    quotes = list(extract_quotes(nlp(text), doc_id="d"))
    assert [q.text for q in quotes] == ["that the ferries would run again on Monday"]


@pytest.mark.model
def test_extract_quotes_what_was_published_or_enacted_is_a_text(nlp) -> None:
    # "The story", "the fact sheet", "Marlow's proclamation" had been speakers of unknown kind, shown as voices of
    # their own; a text is no one's voice unless it names its owner, whose words it then gives.
    text = ("The Harbor Ledger ran a piece about the port deal on Monday. The story said that the city had lost "
            "the bid twice before. The plant will reopen in May, according to a two-page fact sheet on the deal. "
            "Mayor Ada Marlow issued a proclamation on Friday. Marlow's proclamation says that the harbor belongs "
            "to every resident of the city.")
    doc, quotes = _quotes(nlp, text)
    kinds = {q.speaker_name: (q.speaker_kind, text[q.speaker_start:q.speaker_end] if q.speaker_start is not None
                              else None) for q in quotes}
    assert kinds["The story"] == ("written", None)
    assert kinds["a two-page fact sheet on the deal"] == ("written", None)
    assert kinds["Marlow's proclamation"] == ("written", "Marlow")


@pytest.mark.model
def test_extract_quotes_the_agency_is_the_one_agency_named_before_whatever_its_name(nlp) -> None:
    # "The agency said" after the Centers ... or an acronym had stayed "the agency", a voice of its own beside the
    # body it stands for; a name holding "agency" was the only one it could go back to.
    from newsfuse.extract.entities import extract_mentions

    def speaker(text: str) -> tuple[str | None, str | None]:
        doc = nlp(text)
        quotes = extract_quotes(doc, doc_id="d", mentions=tuple(extract_mentions(doc, doc_id="d")))
        said = next(q for q in quotes if q.cue == "said")
        resolved = text[said.speaker_start:said.speaker_end] if said.speaker_start is not None else None
        return said.speaker_kind, resolved

    named = ("The Centers for Pipeline Safety on Monday ordered the Halvard line shut for a month. The agency said "
             "inspectors had found corrosion on three sections of the line.")
    assert speaker(named) == ("organisation", "Centers for Pipeline Safety")
    acronym = ("Inspectors from the FPSA reached the valve site on Monday. The agency said the leak had been "
               "stopped by noon.")
    assert speaker(acronym) == ("organisation", "FPSA")
    two = ("The FPSA and the Bureau of Harbor Works both sent inspectors on Monday. The agency said the leak had "
           "been stopped by noon.")
    assert speaker(two)[1] is None


@pytest.mark.model
def test_quotes_a_word_named_as_a_word_is_no_statement(nlp) -> None:
    # 'rejecting the term "genocide"' had given Turkey a statement "genocide"; 'refrained from using the word
    # "women"' gave her the word she did not use.
    text = ('Marlovia acknowledged the killings but rejected the term "massacre" on Monday. Rep. Ada Stone avoided '
            'the word "mothers" during the hearing. The campaign dropped the slogan "Ports First" in May.')
    assert [q.text for q in _quotes(nlp, text)[1] if q.kind == "direct"] == []
    # a person's own words and "in a word" stay statements
    found = _speakers(nlp, 'Asked about the plan, Stone answered in a word: "Never." In his words, "the port '
                           'will close by June," Mayor Tom Reyes said.')
    assert "Never." in found
    # the one who uses a word said it, unless the use is denied or avoided
    used = _speakers(nlp, 'It was reported on Thursday that Mayor Tom Reyes used the word "sabotage" to describe '
                          'the strike.')
    assert used.get("sabotage") == "Tom Reyes"
    denied = _quotes(nlp, 'Mayor Tom Reyes did not use the word "sabotage" on Tuesday. The judge told the lawyers to '
                          'stop using the word "cartel" in court. She was mocked after she refrained from using the '
                          'word "mothers" at the hearing.')[1]
    assert [q.text for q in denied if q.kind == "direct"] == []
