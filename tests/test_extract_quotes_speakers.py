"""Quote speakers, contents and marks found wrong in a read of real NeuS articles (twentieth session).

Every example is invented; the hand-parsed ones copy the parse the small English model gives to
real sentences of the same shape, so they test the rules without the model.
"""

from __future__ import annotations

import pytest

from newsfuse.extract.quotes import extract_quotes, find_quote_spans


def _hand_parsed(rows, ents=None):  # type: ignore[no-untyped-def]
    """A Doc from (word, lemma, pos, tag, dep, absolute head, space after) rows."""
    from spacy.lang.en import English
    from spacy.tokens import Doc

    return Doc(English().vocab, words=[r[0] for r in rows], spaces=[r[6] for r in rows],
               lemmas=[r[1] for r in rows], pos=[r[2] for r in rows], tags=[r[3] for r in rows],
               deps=[r[4] for r in rows], heads=[r[5] for r in rows], ents=ents)


def _found(doc):  # type: ignore[no-untyped-def]
    return [(q.kind, q.text, q.cue, q.speaker_name) for q in extract_quotes(doc, doc_id="d")]


# '“If you can say it at a town hall,” promised the firm’s chief executive, Carla Brenner, in an
# interview, “you can say it on our app.”' as the small model parses it: the title an object of
# "promised", the name an apposition beyond the words searched for an inverted subject.
_INVERTED_TITLE = [
    ("“", "“", "PUNCT", "``", "punct", 12, False), ("If", "if", "SCONJ", "IN", "mark", 4, True),
    ("you", "you", "PRON", "PRP", "nsubj", 4, True), ("can", "can", "AUX", "MD", "aux", 4, True),
    ("say", "say", "VERB", "VB", "advcl", 12, True), ("it", "it", "PRON", "PRP", "dobj", 4, True),
    ("at", "at", "ADP", "IN", "prep", 4, True), ("a", "a", "DET", "DT", "det", 9, True),
    ("town", "town", "NOUN", "NN", "compound", 9, True), ("hall", "hall", "NOUN", "NN", "pobj", 6, False),
    (",", ",", "PUNCT", ",", "punct", 12, False), ("”", "”", "PUNCT", "''", "punct", 12, True),
    ("promised", "promise", "VERB", "VBD", "parataxis", 29, True), ("the", "the", "DET", "DT", "det", 14, True),
    ("firm", "firm", "NOUN", "NN", "poss", 17, False), ("’s", "’s", "PART", "POS", "case", 14, True),
    ("chief", "chief", "ADJ", "JJ", "amod", 17, True), ("executive", "executive", "NOUN", "NN", "dobj", 12, False),
    (",", ",", "PUNCT", ",", "punct", 17, True), ("Carla", "Carla", "PROPN", "NNP", "compound", 20, True),
    ("Brenner", "Brenner", "PROPN", "NNP", "appos", 17, False), (",", ",", "PUNCT", ",", "punct", 17, True),
    ("in", "in", "ADP", "IN", "prep", 12, True), ("an", "an", "DET", "DT", "det", 24, True),
    ("interview", "interview", "NOUN", "NN", "pobj", 22, False), (",", ",", "PUNCT", ",", "punct", 12, True),
    ("“", "“", "PUNCT", "``", "punct", 29, False), ("you", "you", "PRON", "PRP", "nsubj", 29, True),
    ("can", "can", "AUX", "MD", "aux", 29, True), ("say", "say", "VERB", "VB", "ROOT", 29, True),
    ("it", "it", "PRON", "PRP", "dobj", 29, True), ("on", "on", "ADP", "IN", "prep", 29, True),
    ("our", "our", "PRON", "PRP$", "poss", 33, True), ("app", "app", "NOUN", "NN", "pobj", 31, False),
    (".", ".", "PUNCT", ".", "punct", 29, False), ("”", "”", "PUNCT", "''", "punct", 29, False),
]


def test_quotes_inverted_cue_speaker_is_not_the_possessor_of_the_title() -> None:
    doc = _hand_parsed(_INVERTED_TITLE, ents=["O"] * 19 + ["B-PERSON", "I-PERSON"] + ["O"] * 15)
    assert doc.text.startswith("“If you can say it at a town hall,” promised the firm’s chief executive, Carla")
    found = _found(doc)
    # both halves of the split quotation are hers, and the title she is named by is no statement
    assert found == [
        ("direct", "If you can say it at a town hall", "promised", "Carla Brenner"),
        ("direct", "you can say it on our app.", "promised", "Carla Brenner"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an opening mark typed where the quotation closes: glued to the last word, a space after
        ("“Fear of the bill keeps people from care,“ the health secretary said. “Everyone should see a doctor.”",
         ["Fear of the bill keeps people from care", "Everyone should see a doctor."]),
        ("“We will not back down!“ she shouted.", ["We will not back down!"]),
        # a real nested opening has a space before it
        ("He said “the “new” plan” would pass.", ["the “new” plan"]),
    ],
)
def test_quotes_an_opening_mark_glued_to_the_last_word_closes(text: str, expected: list[str]) -> None:
    assert [text[s.start:s.end] for s in find_quote_spans(text)] == expected


@pytest.mark.model
def test_quotes_one_party_member_described_is_no_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The top Senate Democrat said on Monday that the bill would pass. "
              "Democrats said they would win the vote.")
    kinds = {q.speaker_name: q.speaker_kind for q in extract_quotes(doc, doc_id="d")}
    # one person the lead does not name yet; the party's members as a body stay an organisation
    assert kinds == {"The top Senate Democrat": "unknown", "Democrats": "organisation"}


@pytest.mark.model
def test_quotes_describing_a_thing_without_characterising_it_is_no_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Some of the stranded travellers may not want to leave, Mr. Okafor said, describing an estimate "
              "that the ministry has struggled to pin down as the flights wind down.")
    assert [q.cue for q in extract_quotes(doc, doc_id="d")] == ["said"]
    doc = nlp("A senior ministry official described the offer as a major step toward a settlement.")
    assert [q.text for q in extract_quotes(doc, doc_id="d")] == ["the offer as a major step toward a settlement"]


@pytest.mark.model
def test_quotes_closing_according_to_reports_the_sentence_not_its_participle(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The agency will cut its staff by a third next year, saving about $40 million, according to a "
              "budget memo.")
    assert [(q.text, q.speaker_name) for q in extract_quotes(doc, doc_id="d")] == [
        ("The agency will cut its staff by a third next year, saving about $40 million", "a budget memo")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the parse hangs "who ..." on the noun further left; the people named right before it speak
        ("Soldiers and their checkpoints ringed the station — major obstacles for Ukrainians who say that "
         "their old jobs make them targets.", "Ukrainians"),
        # a predicate noun stands for the person it describes, who is no anonymous "someone"
        ("Since then, however, Okafor has become a sad figure — not just a party loyalist, but someone who "
         "routinely writes things like this: “The new budget is a disgrace to every taxpayer in the state.”",
         "Okafor"),
    ],
)
def test_quotes_who_stands_for_the_person_next_to_it_or_described(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert [q.speaker_name for q in extract_quotes(nlp(text), doc_id="d")] == [speaker]


@pytest.mark.model
def test_quotes_a_closing_cue_the_parse_reads_as_a_plural_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("“Parents deserve a clear answer on the school budget,” the editorial states.")
    assert _found(doc) == [("direct", "Parents deserve a clear answer on the school budget", "states", "the editorial")]
    # the quotation going on after it is the same text's, though a person is named in its source phrase
    doc = nlp("“We will not raise fares this year,” the transit board’s letter states. “Riders can count on "
              "stable prices through the end of the decade and beyond.”")
    assert [q.speaker_name for q in extract_quotes(doc, doc_id="d")] == ["the transit board’s letter"] * 2


@pytest.mark.model
def test_quotes_a_word_a_request_asks_for_is_the_requesters(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The statement came after Ortega responded to a request from six council members to “reconsider” "
              "what he meant in his remarks.")
    assert [(q.text, q.speaker_name) for q in extract_quotes(doc, doc_id="d")] == [("reconsider", "six council members")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a characterisation the parse hangs deep in the object, or quoted words, are what was said
        "The caller describes the man who paid with fake bills at the counter as “awfully drunk.”",
        'A statement from the campaign described the ruling both "unprecedented" and "hardly surprising."',
    ],
)
def test_quotes_describing_with_a_characterisation_is_a_statement(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert any(q.kind == "indirect" and q.cue.startswith("describ") for q in extract_quotes(nlp(text), doc_id="d"))


@pytest.mark.model
def test_quotes_a_verb_after_a_quotation_that_it_does_not_attribute_passes_nothing_on(nlp) -> None:  # type: ignore[no-untyped-def]
    # "calling" governs the second quotation; the object it has is no speaker of either
    doc = nlp('When Ruiz cited the council as "dishonest" and "corrupt" in calling the vote "rigged" at the '
              'debate, he came off as a sore loser.')
    assert all(q.speaker_name != "the vote" for q in extract_quotes(doc, doc_id="d") if q.text == "rigged")
    # a headline between the quotations is an attribution of its own, whoever was named before it
    doc = nlp("“I cannot believe the harm this leak has done to the inquiry,” reporter Tom Varga tweeted. "
              "A weekly magazine headline read, “Of Course the Aide Leaked the Memo to the Press.”")
    assert [q.speaker_name for q in extract_quotes(doc, doc_id="d")][1:] != ["Tom Varga"]


@pytest.mark.model
def test_quotes_the_body_a_common_noun_refers_back_to(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The Federal Trade Commission sued the retailer on Monday. In a press release, the commission said "
              "that its lawyers had reviewed every complaint.")
    assert [(q.speaker_name, q.speaker_kind) for q in extract_quotes(doc, doc_id="d")] == [
        ("Federal Trade Commission", "organisation")]
    # two committees named before: "the committee" stays the phrase it is
    doc = nlp("The Senate Judiciary Committee met on Tuesday. The House Oversight Committee also met. "
              "The committee said it would vote next week.")
    assert [q.speaker_name for q in extract_quotes(doc, doc_id="d")] == ["The committee"]


@pytest.mark.model
def test_quotes_words_in_a_relative_clause_are_not_the_cues_speakers(nlp) -> None:  # type: ignore[no-untyped-def]
    # the words quoted are the letter's: the officials who report the resignation never said them
    doc = nlp("A senior diplomat has resigned, two officials said, submitting a letter that excoriated the "
              "mayor’s “cruel, pointless decision” to close the shelter.")
    found = [(q.text, q.speaker_name) for q in extract_quotes(doc, doc_id="d")]
    assert ("cruel, pointless decision", "two officials") not in found
    assert ("A senior diplomat has resigned", "two officials") in found
    # inside a reported statement, the relative clause's own cue keeps its speaker
    doc = nlp("The senator, who called the bill “a disgrace,” voted no, aides said.")
    assert [(q.text, q.speaker_name) for q in extract_quotes(doc, doc_id="d") if q.kind == "direct"] == [
        ("a disgrace", "The senator")]
    # a phrase quoted in the reported clause itself is still the speaker's
    doc = nlp("Officials said the bill was “rushed” and would fail.")
    assert [(q.text, q.speaker_name) for q in extract_quotes(doc, doc_id="d") if q.kind == "direct"] == [
        ("rushed", "Officials")]


def test_quotes_the_person_named_after_a_title_and_its_preposition() -> None:
    # 'Special Envoy for Chile Mark Dunmore resigned, saying that he was leaving.' as the small model
    # parses it: the title is the subject and the person the object of its "for"
    from spacy.tokens import Span

    rows = [("Special", "special", "PROPN", "NNP", "compound", 1, True), ("Envoy", "envoy", "PROPN", "NNP", "nsubj", 6, True),
            ("for", "for", "ADP", "IN", "prep", 1, True), ("Chile", "Chile", "PROPN", "NNP", "compound", 5, True),
            ("Mark", "Mark", "PROPN", "NNP", "compound", 5, True), ("Dunmore", "Dunmore", "PROPN", "NNP", "pobj", 2, True),
            ("resigned", "resign", "VERB", "VBD", "ROOT", 6, False), (",", ",", "PUNCT", ",", "punct", 6, True),
            ("saying", "say", "VERB", "VBG", "advcl", 6, True), ("that", "that", "SCONJ", "IN", "mark", 12, True),
            ("he", "he", "PRON", "PRP", "nsubj", 12, True), ("was", "be", "AUX", "VBD", "aux", 12, True),
            ("leaving", "leave", "VERB", "VBG", "ccomp", 8, False), (".", ".", "PUNCT", ".", "punct", 6, False)]
    doc = _hand_parsed(rows)
    doc.ents = [Span(doc, 3, 4, label="GPE"), Span(doc, 4, 6, label="PERSON")]
    assert [(q.speaker_name, q.speaker_kind) for q in extract_quotes(doc, doc_id="d")] == [("Mark Dunmore", "person")]


@pytest.mark.model
def test_quotes_another_quotation_is_no_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    # the first quotation is the subject of "was": it had been the speaker of the second
    doc = nlp("“Tired, underpaid and overwhelmed” was how a director of ambulance services in Ohio described hospital "
              "staff, reporting “we’re working really hard: working double shifts and late hours.”")
    speakers = {q.text: q.speaker_name for q in extract_quotes(doc, doc_id="d")}
    assert not any((s or "").startswith("Tired") for s in speakers.values())


@pytest.mark.model
def test_quotes_a_name_in_a_clause_before_a_colon_is_no_label(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The package arrived at Senator Tom Varga’s office on Friday with a typed note: “You will regret every "
              "vote you cast this year.”")
    assert [q.speaker_name for q in extract_quotes(doc, doc_id="d")] in ([], [None])
    doc = nlp("Senator Tom Varga on Friday: “You will regret every vote you cast this year.”")
    assert [q.speaker_name for q in extract_quotes(doc, doc_id="d")] == ["Tom Varga"]
    # the clause's subject speaks, not the last name before the colon
    doc = nlp("In a statement, House leader Ann Reyes rebuked Governor Tom Varga: “There is no excuse for this delay.”")
    assert [q.speaker_name for q in extract_quotes(doc, doc_id="d")] == ["Ann Reyes"]
    # whom a verb of quoting names, and a subject's apposition, give the words too
    doc = nlp('The admiral quotes Abraham Lincoln: "A house divided against itself cannot stand for very long."')
    assert [q.speaker_name for q in extract_quotes(doc, doc_id="d")] == ["Abraham Lincoln"]
    doc = nlp("In a tense moment, the defence lawyer, Carla Brenner, put it to the witness: “There was a second ledger, "
              "wasn’t there, one the auditors never saw?”")
    assert [q.speaker_name for q in extract_quotes(doc, doc_id="d")] == ["Carla Brenner"]


@pytest.mark.model
def test_quotes_it_closing_a_bodys_own_statement_is_that_body(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Northwind Energy will close two plants in Ohio next year, it said on Monday.")
    assert [(q.speaker_name, q.speaker_kind) for q in extract_quotes(doc, doc_id="d")] == [
        ("Northwind Energy", "organisation")]


@pytest.mark.model
def test_quotes_a_title_beside_a_work_noun_is_no_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp('During an April appearance on the "Harbor Watch" podcast, Mendes claimed the budget was padded.')
    assert [q.kind for q in extract_quotes(doc, doc_id="d")] == ["indirect"]
    doc = nlp('Mendes, who was promoting his new book "Open Water: The Coming Fight for the Oceans and the Future of '
              'Fishing" on the show "Harbor Watch" with host Ann Lee, claimed the budget was padded.')
    assert [q.kind for q in extract_quotes(doc, doc_id="d")] == ["indirect"]


@pytest.mark.model
def test_quotes_the_object_of_the_cue_is_not_who_speaks(nlp) -> None:  # type: ignore[no-untyped-def]
    # the words are about the man she calls a hero, and his name inside her words is no speaker either
    doc = nlp("She also declined to criticize her father’s lawyer, Tom Varga. “I know Tom Varga in a very different "
              "context,” calling him “a real hero in Ohio” after the flood.")
    assert all(q.speaker_name != "Tom Varga" for q in extract_quotes(doc, doc_id="d"))


def test_quotes_a_pronoun_before_the_only_person_named_is_that_person() -> None:
    # 'After he ended the evacuation, President Tom Varga insisted the pullout was a total success.' as the small
    # model parsed such a sentence: "insisted" a second verb of "he ... ended", the name an apposition
    from spacy.tokens import Span

    rows = [("After", "after", "SCONJ", "IN", "mark", 2, True), ("he", "he", "PRON", "PRP", "nsubj", 2, True),
            ("ended", "end", "VERB", "VBD", "ROOT", 2, True), ("the", "the", "DET", "DT", "det", 4, True),
            ("evacuation", "evacuation", "NOUN", "NN", "dobj", 2, False), (",", ",", "PUNCT", ",", "punct", 4, True),
            ("President", "President", "PROPN", "NNP", "compound", 8, True), ("Tom", "Tom", "PROPN", "NNP", "compound", 8, True),
            ("Varga", "Varga", "PROPN", "NNP", "appos", 4, True), ("insisted", "insist", "VERB", "VBD", "conj", 2, True),
            ("the", "the", "DET", "DT", "det", 11, True), ("pullout", "pullout", "NOUN", "NN", "nsubj", 12, True),
            ("was", "be", "AUX", "VBD", "ccomp", 9, True), ("a", "a", "DET", "DT", "det", 15, True),
            ("total", "total", "ADJ", "JJ", "amod", 15, True), ("success", "success", "NOUN", "NN", "attr", 12, False),
            (".", ".", "PUNCT", ".", "punct", 9, False)]
    doc = _hand_parsed(rows)
    doc.ents = [Span(doc, 7, 9, label="PERSON")]
    assert [(q.text, q.speaker_name) for q in extract_quotes(doc, doc_id="d")] == [
        ("the pullout was a total success", "Tom Varga")]


@pytest.mark.model
def test_quotes_a_statement_someone_issued_is_theirs(nlp) -> None:  # type: ignore[no-untyped-def]
    # shown as the statement, the words are the entity's that put it out
    text = "Russia issued a statement on Friday that read: “We support the right of the people of Niger to choose.”"
    quotes = [q for q in extract_quotes(nlp(text), doc_id="d") if q.kind == "direct"]
    assert [text[q.speaker_start:q.speaker_end] for q in quotes if q.speaker_start is not None] == ["Russia"]


@pytest.mark.model
def test_quotes_a_topic_left_by_the_content_edges_is_no_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    # the boundary tagger cut "on the council floor Thursday", leaving the bare topic the rules refuse
    assert list(extract_quotes(nlp("Council President Ann Reyes announced the plan on the council floor Thursday."),
                               doc_id="d")) == []
    assert [q.text for q in extract_quotes(nlp("The mayor and her deputy both denied the charges on Friday."),
                                           doc_id="d")] == ["the charges"]
    # the first part of a content split by its cue is no topic
    texts = [q.text for q in extract_quotes(nlp("The deal, Mayor Reyes said, is no longer in the interest of the "
                                                "city and its residents."), doc_id="d")]
    assert texts[0] == "The deal" and len(texts) == 2


@pytest.mark.model
def test_quotes_a_day_is_never_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parse made "Thursday" the subject's head, and "late Monday night" the noun before "noting"
    doc = nlp("Senator Varga Thursday told reporters from several Ohio newspapers that his son had come out two "
              "years ago.")
    assert [q.speaker_name for q in extract_quotes(doc, doc_id="d")] == ["Varga"]
    doc = nlp("The plant's output fell sharply in 2020, something Okafor flagged late Monday night noting that the "
              "figures were revised.")
    assert all(q.speaker_name != "late Monday night" for q in extract_quotes(doc, doc_id="d"))
    # an age the NER tags as a date is a person
    doc = nlp("The 51-year-old insisted that the town does not need another fight over the budget.")
    assert [q.speaker_name for q in extract_quotes(doc, doc_id="d")] == ["The 51-year-old"]
    # and a month that is a cue's own subject is a surname: a month says nothing
    doc = nlp("Regional leaders have urged the council to move quickly on the bridge, but May has indicated she "
              "will not be rushed into a vote.")
    assert "May" in [q.speaker_name for q in extract_quotes(doc, doc_id="d")]


@pytest.mark.model
def test_quotes_according_to_a_description_then_the_name_set_off_gives_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parse hangs the name on the main verb, not on the description it follows
    doc = nlp("The new order will take effect at midnight Saturday, according to the county's health officer, "
              "Dr. Maria Lopez.")
    assert [(q.speaker_name, q.cue) for q in extract_quotes(doc, doc_id="d")] == [("Maria Lopez", "according to")]
    # a description with no name after it stays the source
    doc = nlp("The new order will take effect at midnight Saturday, according to the county's health officer.")
    assert [q.speaker_name for q in extract_quotes(doc, doc_id="d")] == ["the county's health officer"]
    # a name after the source that opens the main clause is its subject, not the source
    doc = nlp("According to the county's records, Maria Lopez, a former clerk, had been appointed to the board.")
    assert all(q.speaker_name != "Maria Lopez" for q in extract_quotes(doc, doc_id="d"))


@pytest.mark.model
def test_quotes_the_company_is_the_one_company_named_just_before(nlp) -> None:  # type: ignore[no-untyped-def]
    # "the drugmaker" / "The company" refer back to the company the sentence or the one before names; a public body
    # named beside it is no company
    doc = nlp("The Food and Drug Administration approved Pfizer's booster on Friday. The company said it would ship "
              "doses next week.")
    assert [q.speaker_name for q in extract_quotes(doc, doc_id="d")] == ["Pfizer"]
    doc = nlp("Ford raised prices on Monday, the Detroit automaker said.")
    assert [q.speaker_name for q in extract_quotes(doc, doc_id="d")] == ["Ford"]
    # two companies: either may be meant, and the phrase stays as written
    doc = nlp("Ford and General Motors both raised prices. The company said demand was strong.")
    assert [q.speaker_name for q in extract_quotes(doc, doc_id="d")] == ["The company"]
