"""Entity mentions: NER spans repaired, titles read, mentions of one entity clustered."""

from __future__ import annotations

import pytest

from newsfuse.extract.entities import extract_mentions, gender_of_titles, normalise_word, title_head

ARTICLE = (
    "Retired US Lt. Gen. Mark Hertling, a former commander of US Army Europe, said the buildup "
    "was the largest he had seen. Russian President Vladimir Putin told reporters in Moscow on "
    "Tuesday that 3,000 troops would return to their bases. Mr. Putin did not say when. "
    "The Russian leader also met officials of the European Union. The EU has sanctioned 12 banks. "
    "Maria Lopez is the chairman of Northwind Energy. The chairman declined to comment. "
    "Hertling told CNN that the general staff was watching."
)


@pytest.fixture(scope="module")
def mentions(nlp):  # type: ignore[no-untyped-def]
    doc = nlp(ARTICLE)
    return doc, list(extract_mentions(doc, doc_id="d1"))


def _find(mentions, text):  # type: ignore[no-untyped-def]
    found = [m for m in mentions if m.text == text]
    assert found, f"no mention {text!r} in {[m.text for m in mentions]}"
    return found[0]


@pytest.mark.model
def test_entities_text_is_the_exact_slice(mentions) -> None:  # type: ignore[no-untyped-def]
    doc, found = mentions
    assert found
    for mention in found:
        assert mention.text == doc.text[mention.start:mention.end]
        assert mention.doc == "d1"
    assert [m.start for m in found] == sorted(m.start for m in found)


@pytest.mark.model
def test_entities_title_is_split_from_the_name(mentions) -> None:  # type: ignore[no-untyped-def]
    _, found = mentions
    hertling = _find(found, "Mark Hertling")
    assert hertling.type == "PERSON"
    assert hertling.titles[0] == "Retired US Lt. Gen."
    assert "former commander of US Army Europe" in hertling.titles
    assert not any("Gen." in m.text and m.type == "PERSON" for m in found)


@pytest.mark.model
def test_entities_premodifier_title_and_surname_cluster(mentions) -> None:  # type: ignore[no-untyped-def]
    _, found = mentions
    putin = _find(found, "Vladimir Putin")
    assert putin.titles == ("Russian President",)
    mr_putin = [m for m in found if m.text == "Putin"]
    assert mr_putin and all(m.cluster == putin.cluster for m in mr_putin)
    assert mr_putin[0].titles == ("Mr.",)


@pytest.mark.model
def test_entities_nominal_reference_joins_the_titled_person(mentions) -> None:  # type: ignore[no-untyped-def]
    _, found = mentions
    putin = _find(found, "Vladimir Putin")
    leader = _find(found, "Russian leader")
    assert leader.cluster == putin.cluster and leader.type == "PERSON"
    lopez = _find(found, "Maria Lopez")
    assert any("chairman" in t for t in lopez.titles)
    chairman = [m for m in found if m.text.lower() == "chairman"]
    assert chairman and chairman[-1].cluster == lopez.cluster


@pytest.mark.model
def test_entities_acronym_and_missed_surname(mentions) -> None:  # type: ignore[no-untyped-def]
    _, found = mentions
    union = _find(found, "European Union")
    assert _find(found, "EU").cluster == union.cluster
    hertling = _find(found, "Mark Hertling")
    later = [m for m in found if m.text == "Hertling"]
    assert later and later[-1].cluster == hertling.cluster


@pytest.mark.model
def test_entities_skip_numbers_and_dates(mentions) -> None:  # type: ignore[no-untyped-def]
    _, found = mentions
    texts = {m.text for m in found}
    assert not texts & {"3,000", "Tuesday", "12"}
    assert all(m.type not in {"DATE", "CARDINAL", "TIME", "MONEY"} for m in found)


@pytest.mark.model
def test_entities_different_first_names_stay_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Hillary Clinton campaigned in Ohio while Bill Clinton spoke in Iowa. Hillary Clinton later left.")
    people = [m for m in extract_mentions(doc, doc_id="d") if m.type == "PERSON"]
    by_text: dict[str, set[int]] = {}
    for m in people:
        by_text.setdefault(m.text, set()).add(m.cluster)
    assert by_text["Hillary Clinton"] != by_text["Bill Clinton"]
    assert len(by_text["Hillary Clinton"]) == 1


@pytest.mark.model
def test_entities_short_company_name_joins_the_full_one(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Ford Motor Company recalled 200,000 trucks on Monday. Ford said no injuries had been reported. "
              "Toyota Motor Corporation made no comment.")
    orgs = {m.text: m.cluster for m in extract_mentions(doc, doc_id="d") if m.type == "ORG"}
    assert orgs["Ford"] == orgs["Ford Motor Company"]
    assert orgs.get("Toyota Motor Corporation", -1) != orgs["Ford"]


@pytest.mark.model
def test_entities_empty_text(nlp) -> None:  # type: ignore[no-untyped-def]
    assert list(extract_mentions(nlp(""), doc_id="d")) == []


@pytest.mark.parametrize(
    ("title", "head"),
    [("Retired US Lt. Gen.", "general"), ("former commander of US Army Europe", "commander"),
     ("Russian President", "president"), ("Sen.", "senator")],
)
def test_entities_title_head(title: str, head: str) -> None:
    assert title_head(title) == head


def test_entities_gender_and_normalise() -> None:
    assert gender_of_titles(("Mrs.",)) == "f"
    assert gender_of_titles(("Mr.", "former congressman")) == "m"
    assert gender_of_titles(("Sen.",)) is None
    assert normalise_word("Putin’s") == "putin"


def _clusters_of(nlp, text):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return [(m.text, m.cluster) for m in extract_mentions(doc, doc_id="d") if m.type == "PERSON"]


@pytest.mark.model
def test_entities_settled_surname_is_not_taken_by_a_later_relative(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Mayor Okafor defended the budget on Monday. Okafor said the city could afford it. "
            "Council member Ruth Lee said Okafor had ignored the bus drivers, and Okafor disagreed.\n\n"
            "The dinner was attended by Daniel Okafor Jr. and several council members.\n\n"
            "Okafor later wrote that the budget would pass.")
    found = _clusters_of(nlp, text)
    bare = {c for t, c in found if t == "Okafor"}
    junior = {c for t, c in found if t.startswith("Daniel Okafor")}
    assert len(bare) == 1 and junior and not bare & junior


@pytest.mark.model
def test_entities_father_and_son_with_one_name_are_two_people(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Robert Hale Jr. spoke first at the hearing. His father, Robert Hale, runs the family firm. "
            "Robert Hale Jr. said the firm would not be sold.")
    found = _clusters_of(nlp, text)
    assert len({c for t, c in found if t.endswith("Jr.")}) == 1
    assert {c for t, c in found if t == "Robert Hale"}.isdisjoint({c for t, c in found if t.endswith("Jr.")})


@pytest.mark.model
def test_entities_short_forms_of_the_son_never_join_the_father(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Senator Robert Hale spoke on Monday. Hale said the bill would pass. Hale Jr. later disagreed, "
            "and Hale Jr. said his father was wrong.")
    found = _clusters_of(nlp, text)
    father = {c for t, c in found if t in ("Robert Hale", "Hale")}
    son = {c for t, c in found if t == "Hale Jr."}
    assert len(son) == 1 and father.isdisjoint(son)


@pytest.mark.model
def test_entities_different_middle_initials_are_two_people(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Former Governor John Q. Adler died on Friday. His son, John T. Adler, spoke at the service. "
            "John Adler said his father loved the state.")
    found = dict(_clusters_of(nlp, text))
    assert found["John Q. Adler"] != found["John T. Adler"]
    # a middle initial is dropped freely: "John Adler" is still one of them
    assert found["John Adler"] in {found["John Q. Adler"], found["John T. Adler"]}


@pytest.mark.model
def test_entities_a_numeral_after_the_name_is_the_same_person(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _clusters_of(nlp, "Robert S. Mueller III led the inquiry. Robert Mueller declined to comment.")
    assert len({c for _, c in found}) == 1


@pytest.mark.model
def test_entities_bare_surname_still_finds_the_only_suffixed_bearer(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _clusters_of(nlp, "Martin Luther King Jr. led the march in 1965. King spoke for an hour.")
    assert len({c for _, c in found}) == 1


@pytest.mark.model
def test_entities_a_name_never_runs_across_a_line_break(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Here's what she had to say:\n\n"
            "1. She May Not Stay Quiet if Hillary Runs\n\n"
            "Lewinsky says she \"remained virtually reclusive\" for years.\n\n"
            "2. What She Finds 'Troubling' About Hillary\n\n"
            "Lewinsky seems to resent the reaction.")
    doc = nlp(text)
    mentions = list(extract_mentions(doc, doc_id="d"))
    assert mentions and all("\n" not in m.text for m in mentions)
    assert sum(m.text == "Lewinsky" for m in mentions) == 2


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Vladimir Putin", "PERSON"),
        ("Bagram Airfield", "FAC"),
        ("Kennedy Center", "FAC"),
        ("Labour Party", "ORG"),
        ("COVID-19", None),  # no person's name holds a digit: the span is dropped, not a person
        ("COVID", None),  # nor is one word in capitals a name ...
        ("RFK", "PERSON"),  # ... but initials are
    ],
)
def test_entities_person_spans_named_after_places_or_bodies_are_retyped(nlp, text: str, label: str | None) -> None:
    from newsfuse.extract.entities import _person_label

    doc = nlp.make_doc(text)
    assert _person_label(doc[:]) == label


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("Maria Lopez, file photo, speaks in Denver.", "Maria Lopez", ()),
        ("Democratic presidential candidates Maria Lopez and Tom Reyes spoke.", "Maria Lopez", ()),
        ("Critics say Maria Lopez is a hero.", "Maria Lopez", ()),
        ("Maria Lopez is the chairman of Northwind Energy.", "Maria Lopez", ("chairman of Northwind Energy",)),
        ("Maria Lopez, a former contractor who leaked the files, spoke.", "Maria Lopez", ("former contractor",)),
        ("Even President Tom Reyes agreed.", "Tom Reyes", ("President",)),
        ("Quiz Night's Tom Reyes hosted the show.", "Tom Reyes", ()),
        # a person noun says who someone is, not their role
        ("Maria Lopez, a woman who always lands on her feet, spoke.", "Maria Lopez", ()),
        ("Tom Reyes, a man of integrity, spoke.", "Tom Reyes", ()),
        ("Tom Reyes, a very different national leader than his predecessor, spoke.", "Tom Reyes", ()),
        # a description stops before the clause inside it
        ("Tom Reyes, a key witness in the inquiry into whether the mayor lied, spoke.", "Tom Reyes",
         ("key witness in the inquiry",)),
        # an apposition sits beside the name; a noun after the verb and its object is no title
        ("Tom Reyes mourned what he called the failures of recent years: a shrinking tax base, empty shops "
         "and rising crime.", "Tom Reyes", ()),
        ("Tom Reyes, 79, president of the Harbor Rowing Club, spoke.", "Tom Reyes",
         ("president of the Harbor Rowing Club",)),
        ("Tom Reyes of Kentucky, a likely 2028 contender, spoke.", "Tom Reyes", ("likely 2028 contender",)),
        # a US politician's party and state
        ("Sen. Maria Lopez (D-Mass.) spoke.", "Maria Lopez", ("Sen.", "D-Mass.")),
        ("Rep. Tom Reyes, R-N.Y., spoke.", "Tom Reyes", ("Rep.", "R-N.Y.")),
        ("Sen. Maria Lopez’s (R-IA) town hall began.", "Maria Lopez", ("Sen.", "R-IA")),
        # a dateline's dash ends the title; a form of address is a title of its own
        ("HARBOR CITY - President Tom Reyes said the cuts would hurt.", "Tom Reyes", ("President",)),
        ("Ohio Senator Ms Lopez said it was time.", "Lopez", ("Ohio Senator", "Ms")),
        # a place before a name is no role of theirs
        ("During his campaign for governor in Ohio Tom Reyes told a crowd that he would win.", "Tom Reyes", ()),
        # another person, or their party tag, is no part of the title that follows
        ("Maria Lopez and Tom Reyes met. Lopez and Senate Majority Leader Ivan Petrenko spoke later.",
         "Ivan Petrenko", ("Senate Majority Leader",)),
        ("\u201cIt will pass,\u201d said Lopez, D-Calif. President Tom Reyes has urged lawmakers to finish.",
         "Tom Reyes", ("President",)),
        # abstract and general nouns, what follows a colon and a leading "what" are no role
        ("One more thing about Tom Reyes: narcissism, a thin skin and a taste for feuds are a toxic mix.",
         "Tom Reyes", ()),
        ("Another comparison was with the economist who has done the most to chart rising inequality, Tom Reyes.",
         "Tom Reyes", ()),
        ("Director Tom Reyes was the best thing that ever happened to the agency.", "Tom Reyes", ("Director",)),
        ("Critics called it what Harbor Post editor Tom Reyes once called a disgrace.", "Tom Reyes",
         ("Harbor Post editor",)),
        ("The hearing was led by Tom Reyes, the governor's interim replacement, on Monday.", "Tom Reyes",
         ("governor's interim replacement",)),
        # lower-case nouns the parser runs into a capitalised title are no part of it; a role noun is
        ("Revenue went up with the $600 billion in new tax revenue President Tom Reyes secured in the deal.",
         "Tom Reyes", ("President",)),
        ("The veteran is now the conservative firebrand Rep. Tom Reyes.", "Tom Reyes", ("Rep.",)),
        ("Former deputy FBI Director Tom Reyes spoke first.", "Tom Reyes", ("Former deputy FBI Director",)),
    ],
)
def test_entities_a_title_is_one_persons_role(nlp, text: str, name: str, titles: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    found = [m for m in extract_mentions(nlp(text), doc_id="d") if m.text == name]
    assert found and found[0].titles == titles


@pytest.mark.model
def test_entities_an_era_marker_is_no_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsfuse.extract.entities import extract_mentions

    doc = nlp("The temple was built in 10 BC, and the coins date from 300 B.C., the museum said.")
    assert [m.text for m in extract_mentions(doc, doc_id="d")] == []


def test_entities_gender_from_a_common_first_name_only() -> None:
    from newsfuse.extract.entities import gender_of_name

    assert gender_of_name("Mary Morrow") == "f" and gender_of_name("James Comey") == "m"
    # A lone surname, an initial, a name borne by men and women alike, or a surname-first name
    # tells nothing.
    assert gender_of_name("Comey") is None and gender_of_name("J. Smith") is None
    assert gender_of_name("Jordan Lee") is None and gender_of_name("Kim Jong Un") is None
    assert gender_of_name("Sen. Elizabeth Warren") == "f"


@pytest.mark.model
def test_entities_titles_are_roles_not_adjectives_or_dateline_dashes(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsfuse.extract.entities import extract_mentions

    doc = nlp("WASHINGTON (Reuters) - Former FBI director James Comey said on Sunday that U.S. President Donald "
              "Trump is a dangerous, “morally unfit” leader.")
    titles = {m.text: m.titles for m in extract_mentions(doc, doc_id="d") if m.type == "PERSON"}
    assert titles["James Comey"] == ("Former FBI director",)
    assert titles["Donald Trump"] == ("U.S. President",)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the NER takes the nickname into the name ...
        "“Slippery Robert Hale, a man who always ends up badly, will go down as the worst director in history!” "
        "the governor wrote. Robert Hale said he would not answer.",
        # ... or leaves it before the name, where it is no title
        "“Sleepy Robert Hale will go down as the worst director in history!” the governor wrote. "
        "Robert Hale said he would not answer.",
    ],
)
def test_entities_a_nickname_before_a_first_name_is_no_part_of_the_name(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    hale = [m for m in extract_mentions(nlp(text), doc_id="d") if m.type == "PERSON" and "Hale" in m.text]
    assert [m.text for m in hale] == ["Robert Hale", "Robert Hale"]
    assert hale[0].titles == () and len({m.cluster for m in hale}) == 1


@pytest.mark.model
def test_entities_a_bare_surname_is_not_the_relative_introduced_through_someone(nlp) -> None:  # type: ignore[no-untyped-def]
    # News style names the relative in full; the bare surname stays with the principal.
    doc = nlp("Former police chief Daniel Okafor spoke for an hour on Sunday. His wife, Grace Okafor, sat in the "
              "front row. \n\nOkafor said the inquiry had been unfair.")
    people = [m for m in extract_mentions(doc, doc_id="d") if m.type == "PERSON"]
    by_text = {m.text: m.cluster for m in people}
    assert by_text["Okafor"] == by_text["Daniel Okafor"] != by_text["Grace Okafor"]


@pytest.mark.model
def test_entities_a_relative_the_article_keeps_naming_may_own_the_bare_surname(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Former police chief Daniel Okafor and his wife defended their daughter Grace Okafor on Monday. "
              "Grace Okafor, who is running for the Senate, said she backs the new law.\n\n"
              "\"I love my sister very much,\" Okafor said on Sunday.")
    people = [m for m in extract_mentions(doc, doc_id="d") if m.type == "PERSON"]
    assert [m.cluster for m in people if m.text == "Okafor"] == [people[1].cluster]
    assert people[1].text == "Grace Okafor" and people[0].cluster != people[1].cluster


@pytest.mark.model
def test_entities_a_full_name_after_the_first_name_alone_is_the_same_person(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Grace Okafor defended her sister Mary on Monday. Mary Okafor responded on Facebook. "
              "Tom Reyes spoke next, and Reyes's Twitter page was quiet.")
    people = [m for m in extract_mentions(doc, doc_id="d") if m.type == "PERSON"]
    by_text = {m.text: m.cluster for m in people}
    assert by_text["Mary"] == by_text["Mary Okafor"] != by_text["Grace Okafor"]


def test_entities_gender_comes_from_the_name_not_a_longer_description() -> None:
    from newsfuse.extract.entities import gender_of_person, is_description
    from newsfuse.records import Mention

    def mention(text: str) -> Mention:
        return Mention(doc="d", start=0, end=len(text), text=text, type="PERSON", cluster=0)

    assert gender_of_person([mention("Donald Trump"), mention("Republican president")]) == "m"
    assert is_description("Republican president") and is_description("New York Democrat")
    assert is_description("Vice President") and not is_description("Rob Bishop")


@pytest.mark.model
def test_entities_the_president_is_not_the_former_vice_president(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Maria Lopez, the former vice president, spoke in Denver. The president has denied wrongdoing. "
              "Tom Reyes, the deputy mayor, met her. The mayor was not there.")
    people = [m for m in extract_mentions(doc, doc_id="d") if m.type == "PERSON"]
    assert {m.text for m in people} == {"Maria Lopez", "Tom Reyes"}


def test_entities_a_relative_title_names_the_person_through_someone_else() -> None:
    from newsfuse.extract.entities import is_relative_title

    assert is_relative_title("his longtime friend") and is_relative_title("late husband")
    assert not is_relative_title("widow of former Rep. Ron Wright") and not is_relative_title("Mayor")


@pytest.mark.model
def test_entities_a_surname_in_capitals_stays_a_person_where_the_text_names_them(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsfuse.extract.entities import _person_label

    doc = nlp("James Comey testified on Thursday.\n\nCOMEY: I said it was not an order.")
    [label] = [ent for ent in doc.ents if ent.text == "COMEY"]
    assert _person_label(label) == "PERSON"


@pytest.mark.model
def test_entities_a_name_in_a_post_sign_off_is_only_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    text = ("Praying for everyone hurt at the practice this morning. "
            "\u2014 Mo Brooks (@RepMoBrooks) June 14, 2017\n\nPolice said the gunman was dead.")
    doc = nlp(text)
    # The model, on real pages, tags the sign-off's dash and what follows the name along with it.
    start = next(t.i for t in doc if t.text == "\u2014")
    end = next(t.i for t in doc if t.text == "June") + 1
    doc.ents = [Span(doc, start, end, label="PERSON")]
    assert [m.text for m in extract_mentions(doc, doc_id="d") if m.type == "PERSON"] == ["Mo Brooks"]


@pytest.mark.model
def test_entities_a_family_or_a_plural_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Bill Clinton and Hillary Clinton arrived in Little Rock on Monday. "
            "The Clintons said they would attend the ceremony.")
    people = [m.text for m in extract_mentions(nlp(text), doc_id="d") if m.type == "PERSON"]
    assert people == ["Bill Clinton", "Hillary Clinton"]


@pytest.mark.model
def test_entities_a_surname_the_tagger_read_as_a_plural_noun_is_the_person(nlp) -> None:  # type: ignore[no-untyped-def]
    mentions = list(extract_mentions(nlp("Sally Yates testified on Monday. Yates said the warning had been clear."),
                                     doc_id="d"))
    assert [(m.text, m.cluster) for m in mentions if m.type == "PERSON"] == [("Sally Yates", 0), ("Yates", 0)]
    # a common noun that happens to be a surname stays a noun when it is not a bare subject
    text = "Tom Price spoke on Monday. Price increases were blamed on the drought."
    assert [m.text for m in extract_mentions(nlp(text), doc_id="d") if m.type == "PERSON"] == ["Tom Price"]


@pytest.mark.model
def test_entities_a_form_of_address_makes_an_org_tag_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    text = "Mr Farage met Rear Adm. Kyle Kozad, and both drank Dr Pepper."
    doc = nlp(text)

    def span(words: str) -> Span:
        start = text.index(words)
        found = doc.char_span(start, start + len(words), label="ORG")
        assert found is not None
        return found

    # The NER has tagged such names ORG on real pages; "Dr Pepper" is a brand and stays one.
    doc.ents = [span("Mr Farage"), span("Rear Adm. Kyle Kozad"), span("Dr Pepper")]
    mentions = [(m.text, m.type) for m in extract_mentions(doc, doc_id="d")]
    assert mentions == [("Farage", "PERSON"), ("Kyle Kozad", "PERSON"), ("Dr Pepper", "ORG")]


@pytest.mark.model
def test_entities_a_place_tag_on_a_persons_surname_as_subject_is_the_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Lt. Gov. Justin Fairfax denied the report. Fairfax on Monday acknowledged having met the woman in "
            "2004. The event was held in Fairfax.")
    mentions = [(m.text, m.type, m.cluster) for m in extract_mentions(nlp(text), doc_id="d")]
    # the subject is the lieutenant governor; "in Fairfax" stays the county
    assert mentions == [("Justin Fairfax", "PERSON", 0), ("Fairfax", "PERSON", 0), ("Fairfax", "GPE", 1)]


@pytest.mark.model
def test_entities_the_words_of_a_post_are_no_title_of_its_author(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Nancy Reagan died on Sunday.\n\nThe official statement on Nancy Reagan's passing https://t.co/EAV3wkZmPP "
            "\u2014 Mark R. Levin (@marklevinshow) March 6, 2016")
    titles = {m.text: m.titles for m in extract_mentions(nlp(text), doc_id="d") if m.type == "PERSON"}
    assert titles["Mark R. Levin"] == ()


@pytest.mark.model
def test_entities_a_name_the_tagger_mostly_calls_an_organisation_is_one(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    def tagged(text: str, name: str, labels: list[str]):  # type: ignore[no-untyped-def]
        doc = nlp(text)
        starts = [t.i for t in doc if doc[t.i:t.i + 2].text == name]
        doc.ents = [Span(doc, s, s + 2, label=label) for s, label in zip(starts, labels, strict=True)]
        return [m.type for m in extract_mentions(doc, doc_id="d") if m.text == name]

    company = "Northwind Harlow won the contract. Northwind Harlow shares rose. Analysts praised Northwind Harlow."
    assert tagged(company, "Northwind Harlow", ["ORG", "ORG", "PERSON"]) == ["ORG", "ORG", "ORG"]
    # a first name keeps a person a person, however often the tagger misses
    person = "Maria Lopez won the contract. Maria Lopez smiled. Analysts praised Maria Lopez."
    assert tagged(person, "Maria Lopez", ["ORG", "ORG", "PERSON"]) == ["PERSON", "PERSON", "PERSON"]


@pytest.mark.model
def test_entities_the_programme_someone_spoke_on_is_no_title(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc, Span

    # the parse the model gave a real article: "program" in apposition to the name
    words = ["said", "Representative", "Ana", "Ruiz", "on", "CNN", "\u2019s", "\u201c", "State", "of", "the",
             "Union", "\u201d", "program", "."]
    heads = [0, 3, 3, 0, 3, 4, 5, 13, 13, 8, 11, 9, 13, 3, 0]
    deps = ["ROOT", "compound", "compound", "nsubj", "prep", "pobj", "case", "punct", "nmod", "prep", "det",
            "pobj", "punct", "appos", "punct"]
    tags = ["VBD", "NNP", "NNP", "NNP", "IN", "NNP", "POS", "``", "NNP", "IN", "DT", "NNP", "''", "NN", "."]
    pos = ["VERB", "PROPN", "PROPN", "PROPN", "ADP", "PROPN", "PART", "PUNCT", "PROPN", "ADP", "DET", "PROPN",
           "PUNCT", "NOUN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    doc.ents = [Span(doc, 2, 4, label="PERSON"), Span(doc, 5, 6, label="ORG")]
    people = [m for m in extract_mentions(doc, doc_id="d") if m.type == "PERSON"]
    assert [(m.text, m.titles) for m in people] == [("Ana Ruiz", ("Representative",))]


@pytest.mark.model
def test_entities_a_newspaper_the_tagger_calls_a_person_is_an_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    doc = nlp("The Harbor City Herald concludes its editorial: \u201cGo away.\u201d Emily Post wrote a book.")
    first = [t.i for t in doc if t.text == "Emily"][0]
    doc.ents = [Span(doc, 1, 4, label="PERSON"), Span(doc, first, first + 2, label="PERSON")]
    assert [(m.text, m.type) for m in extract_mentions(doc, doc_id="d")] == [
        ("Harbor City Herald", "ORG"), ("Emily Post", "PERSON")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "joins"),
    [
        ("Every Republican will be asked whether Tom Reyes is doing enough to stop them. The Democrat running "
         "against Sen. Ana Ruiz was asked the question again Monday.", False),
        ("Critics asked whether Tom Reyes had done enough. The Democrat who is running against Sen. Ana Ruiz "
         "said he had not.", False),
        ("Tom Reyes spoke to reporters on Monday. The Democrat, who is running for governor, said he would win.", True),
    ],
)
def test_entities_a_party_noun_picked_out_by_what_they_do_is_not_the_one_just_named(nlp, text: str, joins: bool) -> None:  # type: ignore[no-untyped-def]
    found = {m.text: m for m in extract_mentions(nlp(text), doc_id="d")}
    assert (found["Democrat"].cluster == found["Tom Reyes"].cluster) is joins


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "short", "full", "joins"),
    [
        # a hyphenated surname tagged as an organisation is the person's ("Rawlings-Blake said")
        ("Mayor Stephanie Rawlings-Blake opened the new bridge on Monday. Rawlings-Blake told reporters the "
         "bridge was safe.", "Rawlings-Blake", "Stephanie Rawlings-Blake", True),
        # a person called by the first of their names, as the subject of a verb
        ("Prince Zeid Ra’ad al-Hussein, the UN rights chief, spoke in Geneva on Monday. Zeid said the council "
         "had failed.", "Zeid", "Zeid Ra’ad al-Hussein", True),
        # a word the text also writes in lower case is no first name
        ("The good Egalitarian Obama spoke. Egalitarian said that egalitarians could not stop.", "Egalitarian",
         "Egalitarian Obama", False),
    ],
)
def test_entities_a_mistagged_hyphenated_surname_or_first_name_is_the_person(  # type: ignore[no-untyped-def]
        nlp, text: str, short: str, full: str, joins: bool) -> None:
    found = {m.text: m for m in extract_mentions(nlp(text), doc_id="d")}
    assert (found[short].cluster == found[full].cluster and found[short].type == "PERSON") is joins


@pytest.mark.model
def test_entities_a_title_case_headline_does_not_run_words_into_a_known_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Vladimir Putin met the envoy on Monday.\n\nWhy Vladimir Putin Hates Us\n\nThe essay ran on Sunday."
    people = [m.text for m in extract_mentions(nlp(text), doc_id="d") if m.type == "PERSON"]
    assert people == ["Vladimir Putin", "Vladimir Putin"]
    # an initial or a surname after the shorter name is part of the name
    people = [m.text for m in extract_mentions(nlp("President George W. Bush spoke. George W. said he liked her."),
                                                 doc_id="d") if m.type == "PERSON"]
    assert people[0] == "George W. Bush"


@pytest.mark.model
def test_entities_another_name_parsed_as_an_apposition_is_no_title(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("So far, Democrats will have two veterans, Clinton and O\u2019Malley, plus Sanders, vying to get it right. "
            "Clinton, O\u2019Malley, Sanders and perhaps others will grapple with this.")
    assert all(m.titles == () for m in extract_mentions(nlp(text), doc_id="d") if m.text == "Clinton")


@pytest.mark.model
def test_entities_a_bare_surname_continues_the_subject_not_a_namesake_named_in_passing(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Former Secretary of State Hillary Rodham said Monday that the ferry crash was her biggest regret.\n\n"
              "In a speech in Riverton, Rodham talked about the old boats former Governor Bill Rodham has owned.\n\n"
              "\"My biggest regret is what happened at the quay,\" Rodham said.\n\n"
              "Bill Rodham spoke later on Monday. \"She did a fine job,\" Rodham said.")
    people = [m for m in extract_mentions(doc, doc_id="d") if m.type == "PERSON"]
    hillary = next(m.cluster for m in people if m.text == "Hillary Rodham")
    bill = next(m.cluster for m in people if m.text == "Bill Rodham")
    # A namesake named inside a clause ("the boats Bill Rodham has owned") does not take over the
    # bare surname; named as a sentence's subject ("Bill Rodham spoke"), he does.
    assert [m.cluster for m in people if m.text == "Rodham"] == [hillary, hillary, bill]


@pytest.mark.model
def test_entities_a_title_stops_at_a_relative_clause_and_leaves_out_a_month(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("In August Representative Duncan Hunter said he would fight the charges. Alex Castellanos, a veteran "
              "Republican strategist and CNN contributor who last year advised a rival campaign, said the race was close.")
    titles = {m.text: m.titles for m in extract_mentions(doc, doc_id="d") if m.type == "PERSON"}
    assert titles["Duncan Hunter"] == ("Representative",)
    assert not any("who" in t or "last year" in t for t in titles["Alex Castellanos"])


@pytest.mark.model
def test_entities_a_title_runs_on_over_of_to_the_office_it_names(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The former director of national intelligence Robert Hale said there was no evidence. The father of "
              "lobbyist Tom Reyes spoke next, and the administration of President Grace Okafor declined to comment.")
    titles = {m.text: m.titles for m in extract_mentions(doc, doc_id="d") if m.type == "PERSON"}
    assert titles["Robert Hale"] == ("former director of national intelligence",)
    assert "father of lobbyist" not in titles.get("Tom Reyes", ())
    assert titles["Grace Okafor"] == ("President",)


def _cluster_of_each(nlp, text: str, name: str) -> list[int]:  # type: ignore[no-untyped-def]
    """The cluster of every mention whose text is ``name``, in text order."""
    doc = nlp(text)
    return [m.cluster for m in extract_mentions(doc, doc_id="d") if m.text == name]


@pytest.mark.model
def test_a_bare_surname_takes_the_gender_its_sentence_gives(nlp) -> None:  # type: ignore[no-untyped-def]
    # A wife named (as a subject) just before: the next bare surnames, read with "his" and "he",
    # are the president's, not hers.
    text = ("President Robert Hale paid a surprise visit to the base on Thursday. Hale arrived after dark. "
            "Unlike last year, first lady Mary Hale did not make the trip.\n\n"
            "During his visit, Hale announced new talks. The crowd cheered when he arrived, and Hale thanked the troops.")
    doc = nlp(text)
    found = list(extract_mentions(doc, doc_id="d"))
    president = next(m.cluster for m in found if m.text == "Robert Hale")
    wife = next(m.cluster for m in found if m.text == "Mary Hale")
    assert president != wife
    later = [m.cluster for m in found if m.text == "Hale" and m.start > text.index("During")]
    assert later and set(later) == {president}


@pytest.mark.model
def test_an_honorific_tells_people_sharing_a_surname_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Senator Robert Hale spoke on Monday. Hale said the bill would pass. "
            "Mary Hale, the committee's chair, opened the hearing on Tuesday. "
            "Mr. Hale said the vote would come next week.")
    doc = nlp(text)
    found = list(extract_mentions(doc, doc_id="d"))
    senator = next(m.cluster for m in found if m.text == "Robert Hale")
    after_mr = [m.cluster for m in found if m.text == "Hale" and m.start > text.index("Mr.")]
    assert after_mr == [senator]


@pytest.mark.model
def test_a_relative_named_in_passing_does_not_take_the_surname(nlp) -> None:  # type: ignore[no-untyped-def]
    # The mayor is never the subject of a main clause here, so recency alone would pick his wife.
    text = ("Tom Reed, the former lawyer of Mayor Peter Marsh, met prosecutors on Monday. "
            "Reed said he had paid bills for Marsh for years. The payments began in the early years "
            "of the marriage of the mayor and Anna Marsh.\n\n"
            "Prosecutors asked about the contracts. Reed told them about the deals. "
            "Investigators said that Marsh reimbursed Reed for the payments in 2019.")
    doc = nlp(text)
    found = list(extract_mentions(doc, doc_id="d"))
    mayor = next(m.cluster for m in found if m.text == "Peter Marsh")
    last = [m.cluster for m in found if m.text == "Marsh" and m.start > text.index("Investigators")]
    assert last == [mayor]


@pytest.mark.model
def test_a_name_cut_at_a_hyphen_keeps_its_rest_when_the_rest_is_read_as_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp('South Korean President Moon Jae-in called for the "strongest possible" response on Sunday.')
    assert "Moon Jae-in" in [m.text for m in extract_mentions(doc, doc_id="d") if m.type == "PERSON"]
    doc = nlp("The Clinton-era was a period of financial deregulation, Clinton said.")
    assert "Clinton-era" not in [m.text for m in extract_mentions(doc, doc_id="d")]


@pytest.mark.model
def test_a_description_goes_on_with_someone_new_of_that_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("U.S. District Judge Tanya Chutkan said the court needed to evaluate the claim.\n\n"
            "On Wednesday, a federal judge in Indiana denied a request from an inmate scheduled to be executed "
            "on Friday. The judge said he would not delay the execution.")
    found = list(extract_mentions(nlp(text), doc_id="d"))
    assert not [m for m in found if m.text == "judge" and m.start > text.index("The judge")]
    # An apposition names the person: "the professor" is still Carlos Bustamante.
    text = ("The analysis was done by Carlos Bustamante, a Stanford University professor. "
            "The professor concluded that the ancestry was mostly European.")
    found = list(extract_mentions(nlp(text), doc_id="d"))
    named = next(m.cluster for m in found if m.text == "Carlos Bustamante")
    assert [m.cluster for m in found if m.text == "professor"] == [named]


@pytest.mark.model
def test_a_nickname_and_the_full_first_name_are_one_person_in_an_article(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Former FBI Director Robert Mueller testified on Wednesday. Democrats had hoped Bob Mueller would "
            "say more. Mueller said the report spoke for itself.")
    found = [m for m in extract_mentions(nlp(text), doc_id="d") if m.type == "PERSON"]
    assert {m.text for m in found} >= {"Robert Mueller", "Bob Mueller", "Mueller"}
    assert len({m.cluster for m in found}) == 1


@pytest.mark.model
def test_a_surname_with_an_elided_prefix_is_part_of_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Senator Tom Haskins spoke with the radio host Bill O’Reilly on Thursday. O’Reilly then said no.")
    people = [(m.text, m.cluster) for m in extract_mentions(doc, doc_id="d") if m.type == "PERSON"]
    assert ("Bill O’Reilly", people[1][1]) in people and ("O’Reilly", people[1][1]) in people


@pytest.mark.model
def test_a_company_shortened_to_a_surname_stays_the_company(nlp) -> None:  # type: ignore[no-untyped-def]
    # The tagger reads every lone "Ford" as the organisation; the chairman's surname had taken them.
    text = ("The Ford Motor Company will close four plants, its chairman, Henry Ford III, said on Monday. "
            "Ford lost $2 billion last year. Analysts expect Ford to cut more jobs.")
    found = list(extract_mentions(nlp(text), doc_id="d"))
    company = next(m.cluster for m in found if m.text == "Ford Motor Company")
    assert [(m.type, m.cluster) for m in found if m.text == "Ford"] == [("ORG", company)] * 2
    assert next(m.type for m in found if m.text == "Henry Ford III") == "PERSON"


@pytest.mark.model
def test_an_abbreviation_defined_in_a_parenthesis_joins_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    # "NDA" spells no initials of "Nordic Airways" ("NA"): the parenthesis defines it.
    text = "Passengers on Nordic Airways (NDA) were stranded in Oslo on Friday. NDA said the strike would end on Sunday."
    found = list(extract_mentions(nlp(text), doc_id="d"))
    airline = next(m.cluster for m in found if m.text == "Nordic Airways")
    assert [m.cluster for m in found if m.text == "NDA"] == [airline, airline]


@pytest.mark.model
def test_an_organisation_ends_before_a_flight_or_the_title_of_the_person_named_next(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Northwind Aviation Executive Vice President Tom Baker said relatives of passengers on Air Ostra Flight 311 met him."
    names = {m.text: m.type for m in extract_mentions(nlp(text), doc_id="d")}
    assert names.get("Northwind Aviation") == "ORG" and names.get("Air Ostra") == "ORG"
    assert names.get("Tom Baker") == "PERSON"
    # An office named through its body keeps its words.
    text = "The Office of Special Counsel Director Henry Kerner wrote to the Department of Justice Robert Smith."
    assert "Office of Special" not in [m.text for m in extract_mentions(nlp(text), doc_id="d")]


@pytest.mark.model
def test_a_legal_form_tagged_apart_is_part_of_the_company_name(nlp) -> None:  # type: ignore[no-untyped-def]
    found = list(extract_mentions(nlp("The carmaker Chrysler LLC filed for bankruptcy protection on Thursday."), doc_id="d"))
    assert [(m.text, m.type) for m in found if m.type == "ORG"] == [("Chrysler LLC", "ORG")]


@pytest.mark.model
def test_a_name_described_as_a_company_is_the_company(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Shoppers lined up at U.S. electronics retailer Best Buy on Friday."
    assert [(m.text, m.type) for m in extract_mentions(nlp(text), doc_id="d") if m.text == "Best Buy"] == [("Best Buy", "ORG")]
    # A person's name is not a company because the description beside it is another's.
    text = "Michael Berry of the Liberty Institute, a Texas law firm, wrote to the Pentagon on Friday."
    assert ("Michael Berry", "PERSON") in [(m.text, m.type) for m in extract_mentions(nlp(text), doc_id="d")]


@pytest.mark.model
def test_a_lower_case_kind_of_body_is_no_part_of_an_organisations_name(nlp) -> None:  # type: ignore[no-untyped-def]
    found = list(extract_mentions(nlp("The United Mine Workers union endorsed him. The Democratic party met."), doc_id="d"))
    names = [m.text for m in found if m.type == "ORG"]
    assert "United Mine Workers" in names
    assert "Democratic party" in names  # one capitalised word left: the lower-case noun is needed


@pytest.mark.model
def test_an_organisation_cut_short_ends_where_the_text_names_it_in_full(nlp) -> None:  # type: ignore[no-untyped-def]
    # The tagger reads the second "Lockheed Martin" as "Lockheed" and a product "Martin".
    text = "Lockheed Martin Corporation said on Monday that profit rose. Shares of Lockheed Martin rose."
    found = [(m.text, m.type) for m in extract_mentions(nlp(text), doc_id="d")]
    assert ("Lockheed Martin", "ORG") in found and not [m for m in found if m[0] == "Martin"]
    # Never half of another name.
    text = "Lockheed Martin Corporation said on Monday that profit rose. The chairman of Lockheed Martin Smith said so."
    assert ("Martin Smith", "PERSON") in [(m.text, m.type) for m in extract_mentions(nlp(text), doc_id="d")]


@pytest.mark.model
def test_a_title_read_as_an_organisation_is_not_cut_to_a_word_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    doc = nlp("Rear Admiral John Kirby said the ship was safe.")
    doc.ents = [Span(doc, 0, 2, label="ORG"), Span(doc, 2, 4, label="PERSON")]
    assert "Rear" not in [m.text for m in extract_mentions(doc, doc_id="d")]


@pytest.mark.model
def test_entities_a_place_tag_on_a_persons_surname_anywhere_is_the_person(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    def tagged(text: str, labels: dict[str, list[str]]) -> list[tuple[str, str]]:
        doc = nlp(text)
        ents: list[Span] = []
        seen: dict[str, int] = {}
        for token in doc:
            if ents and token.i < ents[-1].end:
                continue
            for name, label in labels.items():  # full names first
                if doc[token.i:token.i + len(name.split())].text == name:
                    n = seen[name] = seen.get(name, -1) + 1
                    ents.append(Span(doc, token.i, token.i + len(name.split()), label=label[n]))
                    break
        doc.ents = ents
        return [(m.text, m.type) for m in extract_mentions(doc, doc_id="d")]

    # the small model tags such surnames GPE, LOC or FAC; the tags are set here to those readings
    senator = "Senator Tom Harlan met the governor. Critics accused Harlan of stalling. Aides of Harlan left."
    assert tagged(senator, {"Tom Harlan": ["PERSON"], "Harlan": ["LOC", "FAC"]}) == [
        ("Tom Harlan", "PERSON"), ("Harlan", "PERSON"), ("Harlan", "PERSON")]
    # a name the text also uses as a place ("Dalby, Texas", "in Dalby") stays a place, as does a US state
    town = "Ruth Dalby left Dalby, Texas, in May. Donors praised Dalby. Kay Washington visited Washington."
    assert tagged(town, {"Ruth Dalby": ["PERSON"], "Dalby": ["GPE", "GPE"], "Texas": ["GPE"],
                         "Kay Washington": ["PERSON"], "Washington": ["GPE"]}) == [
        ("Ruth Dalby", "PERSON"), ("Dalby", "GPE"), ("Texas", "GPE"), ("Dalby", "GPE"),
        ("Kay Washington", "PERSON"), ("Washington", "GPE")]
    # an abbreviation is no surname, even of a garbled name ("Why Putin Hates Us" read as a person)
    headline = "Why Putin Hates Us drew readers. The U.S. response was muted."
    assert tagged(headline, {"Why Putin Hates Us": ["PERSON"], "U.S.": ["GPE"]})[-1] == ("U.S.", "GPE")


@pytest.mark.model
def test_entities_a_handle_or_a_link_is_no_name(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    text = ("Follow Dana Reed on Twitter @danareed. Rep. Omar Lindqvist @WXYZNews spoke. "
            "Read it at https://t.co/AbC123 today. The story ran on GlobeWire.com first.")
    doc = nlp(text)

    def span(words: str, label: str) -> Span:
        first = next(t.i for t in doc if doc[t.i:t.i + len(words.split())].text == words)
        return Span(doc, first, first + len(words.split()), label=label)

    # the small model runs names into handles and tags handles and links as people or organisations
    doc.ents = [span("Dana Reed", "PERSON"), span("Twitter @danareed", "PERSON"),
                span("Omar Lindqvist @WXYZNews", "PERSON"), span("https://t.co/AbC123", "ORG"),
                span("GlobeWire.com", "ORG")]
    mentions = [(m.text, m.type) for m in extract_mentions(doc, doc_id="d")]
    assert mentions == [("Dana Reed", "PERSON"), ("Omar Lindqvist", "PERSON"), ("GlobeWire.com", "ORG")]


@pytest.mark.model
def test_entities_a_photograph_credit_is_no_title(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Voters queue outside the library in Easton. Photograph: Lena Ortiz for the Ledger\n\nThe polls closed."
    people = [m for m in extract_mentions(nlp(text), doc_id="d") if m.type == "PERSON"]
    assert [(m.text, m.titles) for m in people] == [("Lena Ortiz", ())]


@pytest.mark.model
def test_entities_a_picture_credit_names_no_one_and_a_slash_parts_names(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    text = ("The mayor spoke at the rally on Friday. (AP Photo/Dana Kowalski)\n\n"
            "A Ledger News/Harbor Institute poll put her ahead. Photograph: Tom Ruiz/Daily Ledger\n\n"
            "The council met again.")
    doc = nlp(text)

    def span(words: str, label: str) -> Span:
        found = doc.char_span(text.index(words), text.index(words) + len(words), label=label)
        assert found is not None
        return found

    # the tagger's spans on such lines: a credit as an organisation, a poll's two sponsors as one
    doc.ents = [span("AP Photo/Dana Kowalski", "ORG"), span("Ledger News/Harbor Institute", "ORG"),
                span("Tom Ruiz/Daily Ledger", "PERSON")]
    mentions = [(m.text, m.type) for m in extract_mentions(doc, doc_id="d")]
    assert mentions == [("Ledger News", "ORG"), ("Harbor Institute", "ORG")]


@pytest.mark.model
def test_entities_a_first_name_the_tagger_left_out_joins_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Senator Paul Ardent spoke first. Later, Laura Ardent said the family was proud. "
            "Justice Maria Olsen wrote the opinion.")
    doc = nlp(text)
    # the small model may tag "Ardent" alone after a first name; the tags here are set to that reading
    doc.ents = [doc.char_span(text.index("Paul Ardent"), text.index("Paul Ardent") + 11, label="PERSON"),
                doc.char_span(text.index("Ardent said"), text.index("Ardent said") + 6, label="PERSON"),
                doc.char_span(text.index("Maria Olsen"), text.index("Maria Olsen") + 11, label="PERSON")]
    people = [(m.text, m.cluster) for m in extract_mentions(doc, doc_id="d") if m.type == "PERSON"]
    # the daughter is someone else than the senator; "Justice" stays a title
    assert people == [("Paul Ardent", 0), ("Laura Ardent", 1), ("Maria Olsen", 2)]


@pytest.mark.model
def test_entities_a_persons_initials_are_no_acronym_of_their_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "AP reporters Jane Doyle and Arno Pedram contributed to this report."
    doc = nlp(text)
    # the small model reads such a name as an organisation; the tags here are set to that reading
    doc.ents = [doc.char_span(0, 2, label="ORG"), doc.char_span(text.index("Arno"), text.index(" contributed"), label="ORG")]
    clusters = {m.text: m.cluster for m in extract_mentions(doc, doc_id="d")}
    assert clusters["AP"] != clusters["Arno Pedram"]


@pytest.mark.model
def test_entities_a_span_without_a_capital_is_no_name_but_a_body_may_be(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "He was put into a waiting police van, the justice department said."
    doc = nlp(text)
    # the small model tags such words now and then; the tags here are set to that reading
    doc.ents = [doc.char_span(text.index("van"), text.index("van") + 3, label="PERSON"),
                doc.char_span(text.index("justice"), text.index(" said"), label="ORG")]
    assert [(m.text, m.type) for m in extract_mentions(doc, doc_id="d")] == [("justice department", "ORG")]


@pytest.mark.model
def test_entities_the_president_is_no_president_of_an_association(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Nora Quill, president of the Harbor Tenants Association, met aides on Monday. "
            "The aides said the president would sign the bill soon.")
    people = [(m.text, m.cluster) for m in extract_mentions(nlp(text), doc_id="d") if m.type == "PERSON"]
    # the article's "the president" is the country's, whom it never names: not the association's
    assert people == [("Nora Quill", 0)]


def _parsed(nlp, rows, ents):  # type: ignore[no-untyped-def]
    """A Doc with the parse a real article got: rows of (word, tag, pos, dep, head index)."""
    from spacy.tokens import Doc, Span

    doc = Doc(nlp.vocab, words=[r[0] for r in rows], tags=[r[1] for r in rows], pos=[r[2] for r in rows],
              deps=[r[3] for r in rows], heads=[r[4] for r in rows])
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


@pytest.mark.model
def test_entities_the_subject_of_a_name_read_as_a_verb_is_no_title(nlp) -> None:  # type: ignore[no-untyped-def]
    # "The border visit in particular offers Hanson the chance": the model read "Hanson" as the verb
    rows = [("The", "DT", "DET", "det", 2), ("border", "NN", "NOUN", "compound", 2), ("visit", "NN", "NOUN", "nsubj", 6),
            ("in", "IN", "ADP", "prep", 2), ("particular", "JJ", "ADJ", "amod", 5), ("offers", "NNS", "NOUN", "pobj", 3),
            ("Hanson", "VB", "VERB", "ROOT", 6), ("the", "DT", "DET", "det", 8), ("chance", "NN", "NOUN", "dobj", 6),
            (".", ".", "PUNCT", "punct", 6)]
    people = [m for m in extract_mentions(_parsed(nlp, rows, [(6, 7, "PERSON")]), doc_id="d") if m.type == "PERSON"]
    assert [(m.text, m.titles) for m in people] == [("Hanson", ())]


@pytest.mark.model
def test_entities_a_group_the_parse_hangs_a_name_on_is_no_title(nlp) -> None:  # type: ignore[no-untyped-def]
    # "about the family of the Green nominee for mayor, Dale Hutchins": the name set beside "family"
    rows = [("about", "IN", "ADP", "ROOT", 0), ("the", "DT", "DET", "det", 2), ("family", "NN", "NOUN", "pobj", 0),
            ("of", "IN", "ADP", "prep", 2), ("the", "DT", "DET", "det", 7), ("Green", "JJ", "ADJ", "amod", 7),
            ("party", "NN", "NOUN", "compound", 7), ("nominee", "NN", "NOUN", "pobj", 3), ("for", "IN", "ADP", "prep", 7),
            ("mayor", "NN", "NOUN", "pobj", 8), (",", ",", "PUNCT", "punct", 2), ("Dale", "NNP", "PROPN", "compound", 12),
            ("Hutchins", "NNP", "PROPN", "appos", 2), (".", ".", "PUNCT", "punct", 0)]
    people = [m for m in extract_mentions(_parsed(nlp, rows, [(11, 13, "PERSON")]), doc_id="d") if m.type == "PERSON"]
    assert [(m.text, m.titles) for m in people] == [("Dale Hutchins", ())]


@pytest.mark.model
def test_entities_a_name_described_as_a_group_is_an_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    doc = nlp("Harbor Watch, a watchdog group, sued the city on Monday.")
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    assert [(m.text, m.type) for m in extract_mentions(doc, doc_id="d")] == [("Harbor Watch", "ORG")]


@pytest.mark.model
def test_entities_a_name_holding_an_acronym_as_a_word_is_not_spelled_by_it(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    doc = nlp("Warner served in the US Senate for decades. The US economy grew.")
    doc.ents = [Span(doc, 4, 6, label="ORG"), Span(doc, 10, 11, label="GPE")]
    mentions = {m.text: m.cluster for m in extract_mentions(doc, doc_id="d") if m.text in ("US Senate", "US")}
    assert len(mentions) == 2 and mentions["US Senate"] != mentions["US"]


@pytest.mark.model
def test_entities_a_questions_modal_is_no_first_name(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Will Dana Okafor flip on the mayor? Will Hurd said he would run.")
    assert [m.text for m in extract_mentions(doc, doc_id="d") if m.type == "PERSON"][:1] == ["Dana Okafor"]
    assert "Will Hurd" in {m.text for m in extract_mentions(nlp("Will Hurd said he would run."), doc_id="d")}
    named = nlp("Will E. Ramsey, the former editor, wrote that the paper had been censored.")
    assert "Will E. Ramsey" in {m.text for m in extract_mentions(named, doc_id="d")}


@pytest.mark.model
def test_entities_a_name_stops_before_the_verb_it_is_the_subject_of(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Mr Dana Whitfield Jr tweets screenshots": the NER ran the name into its verb ("Whitfield Jr tweets"
    # became a speaker's name); a capitalised surname the parse read as a verb ("Adam Weisen") stays whole.
    rows = [("Mr", "NNP", "PROPN", "compound", 3), ("Dana", "NNP", "PROPN", "compound", 3),
            ("Whitfield", "NNP", "PROPN", "compound", 3), ("Jr", "NNP", "NOUN", "nsubj", 4),
            ("tweets", "VBZ", "VERB", "ROOT", 4), ("screenshots", "NNS", "NOUN", "dobj", 4), (".", ".", "PUNCT", "punct", 4)]
    people = [m.text for m in extract_mentions(_parsed(nlp, rows, [(1, 5, "PERSON")]), doc_id="d") if m.type == "PERSON"]
    assert people == ["Dana Whitfield Jr"]
    rows = [("Video", "NN", "NOUN", "ROOT", 0), (":", ":", "PUNCT", "punct", 0), ("Adam", "NNP", "PROPN", "nsubj", 3),
            ("Weisen", "VBP", "VERB", "appos", 0), ("editors", "NNS", "NOUN", "dobj", 3)]
    people = [m.text for m in extract_mentions(_parsed(nlp, rows, [(2, 4, "PERSON")]), doc_id="d") if m.type == "PERSON"]
    assert people == ["Adam Weisen"]


@pytest.mark.model
def test_entities_a_name_ends_where_a_live_blogs_buttons_are_glued_to_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # A live blog's "Flag Share Like Reply" buttons, run into the author's and the next author's names.
    text = ("\"We will report every such activity,\" the senator said.\nDana WhitfieldFlagShareLikeReplyCarla Brandt "
            "5ptsmoderatorFeaturedFebruary 6, 2016 10:57PMGovernor Slams Rival On Taxes")
    people = [m.text for m in extract_mentions(nlp(text), doc_id="d") if m.type == "PERSON"]
    assert people == ["Dana Whitfield"]
    assert [m.text for m in extract_mentions(nlp("It was written with his collaborator Brian VanDeMark, a historian."),
                                             doc_id="d")
            if m.type == "PERSON"] == ["Brian VanDeMark"]


@pytest.mark.model
def test_entities_a_name_ends_before_a_teasers_link_label(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Civil rights icon dies at 80 – remembering Dana Okafor Read more")
    assert [m.text for m in extract_mentions(doc, doc_id="d") if m.type == "PERSON"] == ["Dana Okafor"]
    # a surname "Read" stays
    assert "Ann Read" in {m.text for m in extract_mentions(nlp("Ann Read said the vote was close."), doc_id="d")}


@pytest.mark.model
def test_entities_a_name_words_were_posted_on_is_a_platform_not_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    # The small model reads a one-word platform as a person; the text names it as where someone wrote or was banned.
    for text in ("Senator Jane Roe wrote on Twitter that the bill was dead.",
                 "The governor was suspended from Twitter for a week after the post.",
                 "The governor took to Twitter on Sunday to defend the new budget."):
        found = [(m.text, m.type) for m in extract_mentions(nlp(text), doc_id="d") if m.text == "Twitter"]
        assert found == [("Twitter", "ORG")], text
    text = "Senator Jane Roe wrote on Twitter that the bill was dead."
    assert ("Jane Roe", "PERSON") in [(m.text, m.type) for m in extract_mentions(nlp(text), doc_id="d")]


@pytest.mark.model
def test_entities_a_bill_number_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    # The small model reads the letters of a bill's number as a person's initials; a name before a sentence that
    # opens with a number stays.
    for text in ("The House passed H. Res. 601, the resolution that sets the rules for the debate.",
                 "The Senate adopted S. Con. Res. 14, the budget resolution, on a party-line vote."):
        assert [m.text for m in extract_mentions(nlp(text), doc_id="d") if m.type == "PERSON"] == [], text
    text = "The bill was written by Sen. Jane Roe. 5 senators signed it."
    assert ("Jane Roe", "PERSON") in [(m.text, m.type) for m in extract_mentions(nlp(text), doc_id="d")]


def _typed(nlp, text: str) -> list[tuple[str, str, int]]:  # type: ignore[no-untyped-def]
    return [(m.text, m.type, m.cluster) for m in extract_mentions(nlp(text), doc_id="d")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "acronym", "name"), [
    ("The Centers for Disease Control and Prevention said cases rose in May. The CDC also warned travellers.",
     "CDC", "Centers for Disease Control and Prevention"),
    ("The Department of Health and Human Services said it would pay. HHS did not say how much.",
     "HHS", "Department of Health and Human Services"),
    ("The Department of Justice opened an inquiry on Friday. DOJ officials declined to comment.",
     "DOJ", "Department of Justice"),
])
def test_entities_acronym_of_a_shortened_or_body_name(nlp, text: str, acronym: str, name: str) -> None:  # type: ignore[no-untyped-def]
    found = _typed(nlp, text)
    cluster = {t: c for t, _, c in found}
    assert cluster[acronym] == cluster[name], found


@pytest.mark.model
def test_entities_company_read_as_a_person_by_its_legal_form_officer_or_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _typed(nlp, "Moderna said in a statement that its shot also worked. Pfizer CEO Albert Bourla told "
                        "reporters the data were strong. Regulators later cleared Moderna's shot for adults.")
    assert {t for t, kind, _ in found if kind == "PERSON"} == {"Albert Bourla"}, found
    assert [kind for t, kind, _ in found if t == "Moderna"] == ["ORG", "ORG"], found


@pytest.mark.model
def test_entities_sentence_opening_description_is_no_part_of_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _typed(nlp, "Billionaire Amazon founder Jeff Bezos said on Tuesday that he would step down.")
    assert not any(t.startswith("Billionaire") for t, _, _ in found), found
    assert ("Amazon", "ORG") in {(t, kind) for t, kind, _ in found}, found


@pytest.mark.model
def test_entities_name_written_with_and_without_accents_is_one_person(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _typed(nlp, "Coach José Díaz met the players on Monday. Jose Diaz said the team was ready. "
                        "Diaz added that he was happy.")
    assert len({c for _, kind, c in found if kind == "PERSON"}) == 1, found


@pytest.mark.model
def test_entities_label_of_a_variant_is_no_entity(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _typed(nlp, "Officials said the vaccine worked against the Alpha variant. Alpha spread quickly in Britain. "
                        "Cases rose as the Delta variant spread in the South.")
    assert not any(t in ("Alpha", "Delta") for t, _, _ in found), found
    assert ("Britain", "GPE") in {(t, kind) for t, kind, _ in found}


@pytest.mark.model
def test_entities_name_the_text_writes_with_a_legal_form_is_the_company(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _typed(nlp, "Shares of Kestrana Inc. fell on Monday. Kestrana told investors that sales slowed.")
    assert [kind for t, kind, _ in found if t.startswith("Kestrana")] == ["ORG", "ORG"], found
    assert len({c for t, _, c in found if t.startswith("Kestrana")}) == 1, found


@pytest.mark.model
def test_entities_an_uncommon_first_name_the_tagger_calls_a_noun_stays_in_the_name() -> None:
    # "Beto O'Rourke, the candidate, ..." opened a sentence with "Beto" tagged as a common noun: the name
    # had become "O'Rourke" with "Beto" as his title, and a later quotation's speaker a phrase around it.
    import spacy
    from spacy.tokens import Doc

    words = ["Beto", "Alvarado", ",", "the", "candidate", ",", "opposed", "the", "visit", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 6, 1, 4, 1, 1, 6, 8, 6, 6],
              deps=["compound", "nsubj", "punct", "det", "appos", "punct", "ROOT", "det", "dobj", "punct"],
              tags=["NN", "NNP", ",", "DT", "NN", ",", "VBD", "DT", "NN", "."],
              pos=["NOUN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT"],
              sent_starts=[True] + [False] * 9, ents=["B-PERSON", "I-PERSON"] + ["O"] * 8)
    names = [m.text for m in extract_mentions(doc, doc_id="d") if m.type == "PERSON"]
    assert names == ["Beto Alvarado"]


@pytest.mark.model
def test_entities_a_person_the_tagger_ran_into_an_office_body_is_split_off(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Speaker of the Assembly Maria Delgado": the tagger made "the Assembly Maria Delgado" one organisation,
    # so the person was lost and a later "Delgado" (tagged an event) had no one to join
    rows = [("Aides", "NNS", "NOUN", "nsubj", 1), ("met", "VBD", "VERB", "ROOT", 1), ("Speaker", "NNP", "PROPN", "dobj", 1),
            ("of", "IN", "ADP", "prep", 2), ("the", "DT", "DET", "det", 5), ("Assembly", "NNP", "PROPN", "pobj", 3),
            ("Maria", "NNP", "PROPN", "compound", 7), ("Delgado", "NNP", "PROPN", "appos", 2), ("on", "IN", "ADP", "prep", 1),
            ("Friday", "NNP", "PROPN", "pobj", 8), (".", ".", "PUNCT", "punct", 1), ("Delgado", "NNP", "PROPN", "nsubj", 12),
            ("refused", "VBD", "VERB", "ROOT", 12), (".", ".", "PUNCT", "punct", 12)]
    found = list(extract_mentions(_parsed(nlp, rows, [(4, 8, "ORG"), (9, 10, "DATE"), (11, 12, "EVENT")]), doc_id="d"))
    assert [(m.text, m.type) for m in found] == [("Assembly", "ORG"), ("Maria Delgado", "PERSON"), ("Delgado", "PERSON")]
    assert found[1].cluster == found[2].cluster


@pytest.mark.model
def test_entities_a_person_after_an_outlets_possessive_is_split_off(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Harbor Radio's Tom Fenwick spoke": the host, not the station, is the subject
    rows = [("Harbor", "NNP", "PROPN", "compound", 1), ("Radio", "NNP", "PROPN", "poss", 4), ("’s", "POS", "PART", "case", 1),
            ("Tom", "NNP", "PROPN", "compound", 4), ("Fenwick", "NNP", "PROPN", "nsubj", 5),
            ("spoke", "VBD", "VERB", "ROOT", 5), (".", ".", "PUNCT", "punct", 5)]
    found = list(extract_mentions(_parsed(nlp, rows, [(0, 5, "ORG")]), doc_id="d"))
    assert [(m.text, m.type) for m in found] == [("Harbor Radio", "ORG"), ("Tom Fenwick", "PERSON")]


@pytest.mark.model
def test_entities_a_body_named_with_a_first_name_stays_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Westbrook Christian Fellowship": a common first name inside a body's name, the words before modify it
    rows = [("Aides", "NNS", "NOUN", "nsubj", 1), ("met", "VBD", "VERB", "ROOT", 1), ("at", "IN", "ADP", "prep", 1),
            ("Westbrook", "NNP", "PROPN", "compound", 5), ("Christian", "NNP", "PROPN", "compound", 5),
            ("Fellowship", "NNP", "PROPN", "pobj", 2), (".", ".", "PUNCT", "punct", 1)]
    found = list(extract_mentions(_parsed(nlp, rows, [(3, 6, "ORG")]), doc_id="d"))
    assert [(m.text, m.type) for m in found] == [("Westbrook Christian Fellowship", "ORG")]


@pytest.mark.model
def test_entities_a_relative_named_through_the_surname_is_not_the_bare_surname(nlp) -> None:  # type: ignore[no-untyped-def]
    # "met with Reese's son, Walter Reese III": the "Reese" before the name is the father
    rows = [("Aides", "NNS", "NOUN", "nsubj", 1), ("met", "VBD", "VERB", "ROOT", 1), ("with", "IN", "ADP", "prep", 1),
            ("Reese", "NNP", "PROPN", "poss", 5), ("’s", "POS", "PART", "case", 3), ("son", "NN", "NOUN", "pobj", 2),
            (",", ",", "PUNCT", "punct", 5), ("Walter", "NNP", "PROPN", "compound", 9),
            ("Reese", "NNP", "PROPN", "compound", 9), ("III", "NNP", "PROPN", "appos", 5), (".", ".", "PUNCT", "punct", 1)]
    found = [m for m in extract_mentions(_parsed(nlp, rows, [(3, 5, "PERSON"), (7, 10, "PERSON")]), doc_id="d")
             if m.type == "PERSON"]
    assert [m.text for m in found] == ["Reese", "Walter Reese III"]
    assert found[0].cluster != found[1].cluster


@pytest.mark.model
@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Rita", "Moran", "’s", "Twitter", "account", "went", "quiet", "."], ["Rita Moran"]),  # the person before
        (["Dispatch", "’s", "Tom", "Fenwick", "went", "quiet", "."], ["Tom Fenwick"]),  # the full name after
        (["A", "freshman", "’s", "Snapchat", "Posts", "went", "quiet", "."], []),  # no one
        (["Dunmore", "’s", "Weirs", "Beach", "went", "quiet", "."], []),  # a place's one word, no one's name here
    ],
)
def test_entities_a_person_span_with_a_possessive_inside_names_one_side(nlp, words, expected) -> None:  # type: ignore[no-untyped-def]
    # the tagger's person "Rita Moran's Twitter" had joined Twitter and stood for it across the corpus
    tags = {"’s": ("POS", "PART"), "went": ("VBD", "VERB"), "quiet": ("JJ", "ADJ"), ".": (".", "PUNCT"),
            "account": ("NN", "NOUN"), "A": ("DT", "DET"), "freshman": ("NN", "NOUN")}
    verb = words.index("went")
    rows = [(w, *tags.get(w, ("NNP", "PROPN")), "ROOT" if i == verb else "dep", verb) for i, w in enumerate(words)]
    first = 1 if words[0] == "A" else 0
    last = verb - (1 if "account" in words else 0)
    found = extract_mentions(_parsed(nlp, rows, [(first, last, "PERSON")]), doc_id="d")
    assert [m.text for m in found if m.type == "PERSON"] == expected


@pytest.mark.model
def test_entities_a_persons_possessive_opening_an_organisation_is_the_person(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Lena Voss spoke. Voss's Transit Authority ...": the tagger's one organisation is her and the body
    rows = [("Lena", "NNP", "PROPN", "compound", 1), ("Voss", "NNP", "PROPN", "nsubj", 2), ("spoke", "VBD", "VERB", "ROOT", 2),
            (".", ".", "PUNCT", "punct", 2), ("Voss", "NNP", "PROPN", "poss", 7), ("’s", "POS", "PART", "case", 4),
            ("Transit", "NNP", "PROPN", "compound", 7), ("Authority", "NNP", "PROPN", "nsubj", 8),
            ("grew", "VBD", "VERB", "ROOT", 8), (".", ".", "PUNCT", "punct", 8)]
    found = list(extract_mentions(_parsed(nlp, rows, [(0, 2, "PERSON"), (4, 8, "ORG")]), doc_id="d"))
    assert [(m.text, m.type) for m in found] == [("Lena Voss", "PERSON"), ("Voss", "PERSON"), ("Transit Authority", "ORG")]
    assert found[0].cluster == found[1].cluster


@pytest.mark.model
def test_entities_a_counted_group_before_a_title_is_no_part_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The council rejected two of the four Republicans Assembly Minority Leader Dana Whitfield had named for the board."
    people = [(m.text, m.titles) for m in extract_mentions(nlp(text), doc_id="d") if m.type == "PERSON"]
    assert people == [("Dana Whitfield", ("Assembly Minority Leader",))]


@pytest.mark.model
def test_entities_a_mistagged_surname_is_no_relative_introduced_through_another(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Carl Benton Jr. died. Benton's family grieved. His wife, Ada Benton, spoke.": the tagger's organisation
    # "Benton" is the man, not the wife introduced through him (though she has no suffix)
    rows = [("Carl", "NNP", "PROPN", "compound", 2), ("Benton", "NNP", "PROPN", "compound", 2),
            ("Jr.", "NNP", "PROPN", "nsubj", 3), ("died", "VBD", "VERB", "ROOT", 3), (".", ".", "PUNCT", "punct", 3),
            ("Benton", "NNP", "PROPN", "poss", 7), ("’s", "POS", "PART", "case", 5), ("family", "NN", "NOUN", "nsubj", 8),
            ("grieved", "VBD", "VERB", "ROOT", 8), (".", ".", "PUNCT", "punct", 8), ("His", "PRP$", "PRON", "poss", 11),
            ("wife", "NN", "NOUN", "nsubj", 16), (",", ",", "PUNCT", "punct", 11), ("Ada", "NNP", "PROPN", "compound", 14),
            ("Benton", "NNP", "PROPN", "appos", 11), (",", ",", "PUNCT", "punct", 11), ("spoke", "VBD", "VERB", "ROOT", 16),
            (".", ".", "PUNCT", "punct", 16)]
    found = list(extract_mentions(_parsed(nlp, rows, [(0, 3, "PERSON"), (5, 6, "ORG"), (13, 15, "PERSON")]), doc_id="d"))
    assert [(m.text, m.type) for m in found] == [("Carl Benton Jr.", "PERSON"), ("Benton", "PERSON"), ("Ada Benton", "PERSON")]
    assert found[2].titles == ("His wife",)
    assert found[1].cluster == found[0].cluster != found[2].cluster


@pytest.mark.model
def test_entities_a_possessive_the_tagger_calls_a_noun_is_no_part_of_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Lai Mei-ling’s promise": the tagger tags the possessive after a hyphenated name NNP, inside the person
    rows = [("Crowds", "NNS", "NOUN", "nsubj", 1), ("cheered", "VBD", "VERB", "ROOT", 1), ("Lai", "NNP", "PROPN", "compound", 4),
            ("Mei", "NNP", "PROPN", "compound", 4), ("-", "HYPH", "PUNCT", "punct", 4), ("ling", "NNP", "PROPN", "poss", 6),
            ("’s", "NNP", "PROPN", "case", 5), ("promise", "NN", "NOUN", "dobj", 1), (".", ".", "PUNCT", "punct", 1)]
    from spacy.tokens import Doc, Span

    doc = Doc(nlp.vocab, words=[r[0] for r in rows], spaces=[True, True, True, False, False, False, True, False, False],
              tags=[r[1] for r in rows], pos=[r[2] for r in rows], deps=[r[3] for r in rows], heads=[r[4] for r in rows])
    doc.ents = [Span(doc, 2, 7, label="PERSON")]
    assert [(m.text, m.type) for m in extract_mentions(doc, doc_id="d")] == [("Lai Mei-ling", "PERSON")]


@pytest.mark.model
def test_entities_a_place_run_on_into_a_full_name_is_split(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Special Envoy for Chile Mark Dunmore resigned. Chile ...": the tagger's one body "Chile Mark Dunmore"
    rows = [("Special", "NNP", "PROPN", "compound", 1), ("Envoy", "NNP", "PROPN", "nsubj", 6), ("for", "IN", "ADP", "prep", 1),
            ("Chile", "NNP", "PROPN", "compound", 5), ("Mark", "NNP", "PROPN", "compound", 5),
            ("Dunmore", "NNP", "PROPN", "pobj", 2), ("resigned", "VBD", "VERB", "ROOT", 6), (".", ".", "PUNCT", "punct", 6),
            ("Chile", "NNP", "PROPN", "nsubj", 9), ("objected", "VBD", "VERB", "ROOT", 9), (".", ".", "PUNCT", "punct", 9)]
    found = list(extract_mentions(_parsed(nlp, rows, [(3, 6, "ORG"), (8, 9, "GPE")]), doc_id="d"))
    assert [(m.text, m.type) for m in found] == [("Chile", "GPE"), ("Mark Dunmore", "PERSON"), ("Chile", "GPE")]
    # a firm named after a person keeps its name: "Harbor Bank Grace Ellis" names no place the text tags alone
    rows[2] = ("at", "IN", "ADP", "prep", 1)
    rows[3] = ("Harbor", "NNP", "PROPN", "compound", 5)
    found = list(extract_mentions(_parsed(nlp, rows, [(3, 6, "ORG"), (8, 9, "GPE")]), doc_id="d"))
    assert ("Mark Dunmore", "PERSON") not in [(m.text, m.type) for m in found]
    # the place or portfolio of a title before the span: "Special Envoy for Harbor Mark Dunmore"
    rows[2] = ("for", "IN", "ADP", "prep", 1)
    found = list(extract_mentions(_parsed(nlp, rows, [(3, 6, "ORG"), (8, 9, "GPE")]), doc_id="d"))
    assert ("Mark Dunmore", "PERSON") in [(m.text, m.type) for m in found]


@pytest.mark.model
def test_entities_a_describing_adjective_is_no_part_of_a_title(nlp) -> None:  # type: ignore[no-untyped-def]
    people = [(m.text, m.titles) for m in extract_mentions(
        nlp("In a speech hours after the pullout, a defensive and at times surly Governor Tom Varga insisted it was "
            "a success."), doc_id="d") if m.type == "PERSON"]
    assert people == [("Tom Varga", ("Governor",))]
    people = [(m.text, m.titles) for m in extract_mentions(
        nlp("The former Attorney General Ann Reyes said no."), doc_id="d") if m.type == "PERSON"]
    assert people == [("Ann Reyes", ("former Attorney General",))]
    # a time other than now and a possessor stay: they say whose office, and when
    people = [(m.text, m.titles) for m in extract_mentions(
        nlp("The talks included future National Security Adviser Tom Varga."), doc_id="d") if m.type == "PERSON"]
    assert people == [("Tom Varga", ("future National Security Adviser",))]


@pytest.mark.model
def test_entities_a_body_named_alone_is_not_its_own_committee(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The House Ethics Committee opened an inquiry into Rep. Dana Whitfield on Tuesday. "
              "The House is expected to vote on the spending bill next week. "
              "Northgate Mining Company said Northgate would appeal.")
    orgs = {m.text: m.cluster for m in extract_mentions(doc, doc_id="d") if m.type == "ORG"}
    assert orgs["House"] != orgs["House Ethics Committee"]
    # a company's short name still joins the company
    assert orgs["Northgate"] == orgs["Northgate Mining Company"]


@pytest.mark.model
def test_entities_a_full_name_tagged_as_a_body_is_the_person(nlp) -> None:  # type: ignore[no-untyped-def]
    # "The actress Stormy Hollis sued the network. Hollis said so.": the tagger's organisation "Stormy Hollis"
    rows = [("The", "DT", "DET", "det", 3), ("actress", "NN", "NOUN", "compound", 3), ("Stormy", "NNP", "PROPN", "compound", 3),
            ("Hollis", "NNP", "PROPN", "nsubj", 4), ("sued", "VBD", "VERB", "ROOT", 4), ("the", "DT", "DET", "det", 6),
            ("network", "NN", "NOUN", "dobj", 4), (".", ".", "PUNCT", "punct", 4), ("Hollis", "NNP", "PROPN", "nsubj", 9),
            ("said", "VBD", "VERB", "ROOT", 9), ("so", "RB", "ADV", "advmod", 9), (".", ".", "PUNCT", "punct", 9)]
    found = [(m.text, m.type, m.cluster) for m in extract_mentions(_parsed(nlp, rows, [(2, 4, "ORG"), (8, 9, "PERSON")]),
                                                                  doc_id="d")]
    assert found == [("Stormy Hollis", "PERSON", 0), ("Hollis", "PERSON", 0)]
    # a surname the text gives after a role title is someone of its own ("President Hollis said so"): the
    # tagger's body stays a body rather than take over the president's words
    titled = [*rows[:8], ("President", "NNP", "PROPN", "compound", 9), ("Hollis", "NNP", "PROPN", "nsubj", 10),
              ("said", "VBD", "VERB", "ROOT", 10), ("so", "RB", "ADV", "advmod", 10), (".", ".", "PUNCT", "punct", 10)]
    found = [(m.text, m.type) for m in extract_mentions(_parsed(nlp, titled, [(2, 4, "ORG"), (9, 10, "PERSON")]),
                                                        doc_id="d")]
    assert ("Stormy Hollis", "ORG") in found
    # a place that opens with no first name stays a place ("Fort Hollis" beside a "Hollis said")
    rows[2] = ("Fort", "NNP", "PROPN", "compound", 3)
    found = [(m.text, m.type) for m in extract_mentions(_parsed(nlp, rows, [(2, 4, "GPE"), (8, 9, "PERSON")]), doc_id="d")]
    assert ("Fort Hollis", "GPE") in found


@pytest.mark.model
def test_entities_a_name_after_a_persons_title_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    # "President-elect Farhad Karimi backed the talks.": the tagger's organisation, after a hyphenated title
    rows = [("President", "NNP", "PROPN", "compound", 2), ("-", "HYPH", "PUNCT", "punct", 2), ("elect", "NNP", "PROPN", "compound", 4),
            ("Farhad", "NNP", "PROPN", "compound", 4), ("Karimi", "NNP", "PROPN", "nsubj", 5), ("backed", "VBD", "VERB", "ROOT", 5),
            ("the", "DT", "DET", "det", 7), ("talks", "NNS", "NOUN", "dobj", 5), (".", ".", "PUNCT", "punct", 5)]
    from spacy.tokens import Doc, Span

    doc = Doc(nlp.vocab, words=[r[0] for r in rows], spaces=[False, False, True, True, True, True, True, False, False],
              tags=[r[1] for r in rows], pos=[r[2] for r in rows], deps=[r[3] for r in rows], heads=[r[4] for r in rows])
    doc.ents = [Span(doc, 3, 5, label="ORG")]
    assert [(m.text, m.type, m.titles) for m in extract_mentions(doc, doc_id="d")] == [
        ("Farhad Karimi", "PERSON", ("President-elect",))]
    # a word describing a title is no title: "the very former ..." before the tagger's body leaves it a body
    rows[:3] = [("The", "DT", "DET", "det", 4), ("very", "RB", "ADV", "advmod", 2), ("former", "JJ", "ADJ", "amod", 4)]
    doc = _parsed(nlp, rows, [(3, 5, "ORG")])
    assert [(m.text, m.type) for m in extract_mentions(doc, doc_id="d")] == [("Farhad Karimi", "ORG")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "title"), [
    ("U.S. Ambassador to the United Nations Nora Quill defended the decision on Monday.", "Nora Quill",
     "U.S. Ambassador to the United Nations"),
    ("Former chairman of the Joint Chiefs of Staff Dale Whitcomb has died at 84.", "Dale Whitcomb",
     "Former chairman of the Joint Chiefs of Staff"),
    ("U.S. Special Envoy for Chile Mark Dunmore resigned on Thursday.", "Mark Dunmore", "U.S. Special Envoy for Chile"),
    # another's title in between is the person's own: the spokesman is someone else
    ("A spokesman for Senate Majority Leader Dale Whitcomb declined to comment.", "Dale Whitcomb", "Senate Majority Leader"),
])
def test_entities_a_title_runs_on_over_the_body_it_names(nlp, text, name, title) -> None:  # type: ignore[no-untyped-def]
    # the tagger ends the body where the name starts and the parse hangs the title elsewhere: the title had
    # been lost, or cut to the body's name ("United Nations")
    people = {m.text: m.titles for m in extract_mentions(nlp(text), doc_id="d") if m.type == "PERSON"}
    assert people[name] == (title,)


@pytest.mark.model
def test_entities_two_roles_of_one_person_are_one_title(nlp) -> None:  # type: ignore[no-untyped-def]
    found = {m.text: m.titles for m in extract_mentions(
        nlp("Dana Reyes, the founder and chief executive of Northwind, said no."), doc_id="d") if m.type == "PERSON"}
    assert found["Dana Reyes"] == ("founder and chief executive of Northwind",)
    # kin describe the person, they name no role
    found = {m.text: m.titles for m in extract_mentions(
        nlp("Tom Hale, a husband and father of three, died on Sunday."), doc_id="d") if m.type == "PERSON"}
    assert found["Tom Hale"] == ()


@pytest.mark.model
def test_entities_a_paper_named_by_its_last_word_is_that_paper(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The Washington Post reported the talks had stalled. A spokesman told the Post on Monday that no deal "
              "was near.")
    orgs = {m.text: m.cluster for m in extract_mentions(doc, doc_id="d") if m.type == "ORG"}
    assert orgs["Post"] == orgs["Washington Post"]
    # two papers of that word: the short name is neither's
    doc = nlp("The Washington Post and the New York Post both ran the story. The Post said no.")
    orgs = {m.text: m.cluster for m in extract_mentions(doc, doc_id="d") if m.type == "ORG"}
    assert orgs["Post"] not in (orgs["Washington Post"], orgs["New York Post"])


@pytest.mark.model
def test_entities_a_form_of_address_is_no_end_of_a_title(nlp) -> None:  # type: ignore[no-untyped-def]
    # "... adviser Dr." had been the title, the "Dr." read twice
    doc = nlp("White House chief medical adviser Dr. Ana Ruiz warned of a surge in cases.")
    (person,) = [m for m in extract_mentions(doc, doc_id="d") if m.type == "PERSON"]
    assert "White House chief medical adviser" in person.titles
    assert not any(t.endswith("Dr.") and t != "Dr." for t in person.titles)


@pytest.mark.model
def test_entities_a_title_keeps_a_hyphenated_word_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    # "the co-founder of the firm" had given the title "co", a long title "... current CEO and co"
    doc = nlp("Tom Reyes, the co-founder of the firm, said the deal was done.")
    (person,) = [m for m in extract_mentions(doc, doc_id="d") if m.type == "PERSON"]
    assert person.titles and all(t.endswith("founder") or "founder " in t for t in person.titles)
    doc = nlp('"Having children in the classroom is critically important," said Dr. Ana Ruiz, former president of '
              'the American Medical Association and current CEO and co-founder of a health firm.')
    (person,) = [m for m in extract_mentions(doc, doc_id="d") if m.type == "PERSON"]
    assert not any(t.endswith(" co") for t in person.titles)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Hospitals in Ohio filled with COVID-19 patients as the COVID-19 pandemic spread, the governor said.",
    "Her uncle died of COVID-19 in March, and the family asked for privacy.",
    "Pupils must be vaccinated against COVID-19 before the term starts, Mayor Dana Wills said.",
])
def test_entities_illness_named_like_one_is_no_organisation_person_or_place(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = _typed(nlp, text)
    assert all(kind == "EVENT" for t, kind, _ in found if t == "COVID-19"), found


@pytest.mark.model
def test_entities_numbered_name_not_used_as_an_illness_keeps_its_type(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Leaders of the G-20 met in Rome on Saturday. The G-20 summit ended with a joint statement."
    before = [kind for t, kind, _ in _typed(nlp, text) if t == "G-20"]
    assert before and "EVENT" not in before


@pytest.mark.model
@pytest.mark.parametrize(("text", "pair"), [
    ("Agents patrol the U.S.-Mexico border near El Paso, where Mexico sends troops too.", "U.S.-Mexico"),
    ("Investigators widened the Trump-Russia inquiry on Friday. Russia denied contacts with Donald Trump's aides.",
     "Trump-Russia"),
])
def test_entities_two_names_joined_by_a_hyphen_are_no_entity_of_their_own(nlp, text: str, pair: str) -> None:  # type: ignore[no-untyped-def]
    found = _typed(nlp, text)
    assert pair not in {t for t, _, _ in found}, found


@pytest.mark.model
def test_entities_hyphenated_name_whose_parts_are_not_named_apart_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _typed(nlp, "Coca-Cola said the Miami-Dade County office in Miami was closed.")
    assert {"Coca-Cola", "Miami-Dade County"} <= {t for t, _, _ in found}, found


@pytest.mark.model
@pytest.mark.parametrize(("text", "field"), [
    ("Defense Secretary Mara Quill flew to Brussels on Monday to meet allied officials.", "Defense"),
    ("Secretary of State Tobias Renn said the talks would resume next week.", "State"),
    ("The treasury secretary told lawmakers that Education Secretary Lena Voss had resigned.", "Education"),
])
def test_entities_field_of_a_cabinet_office_is_no_organisation(nlp, text: str, field: str) -> None:  # type: ignore[no-untyped-def]
    found = _typed(nlp, text)
    assert not any(kind == "ORG" and field in t for t, kind, _ in found), found


@pytest.mark.model
def test_entities_body_named_in_full_before_an_office_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _typed(nlp, "HHS Secretary Mara Quill met the Secretary of the Navy at the Pentagon on Monday.")
    assert {"HHS", "Navy"} <= {t for t, kind, _ in found if kind == "ORG"}, found


@pytest.mark.model
def test_entities_capitalised_common_word_opening_a_sentence_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Two aides to Governor Lena Voss left on Monday.\n\nAides said she had been in a good mood all week. "
            "Schools reopened in May, and the schools board met.")
    found = _typed(nlp, text)
    assert not any(t in ("Aides", "Schools") and kind == "PERSON" for t, kind, _ in found), found


@pytest.mark.model
def test_entities_surname_opening_a_sentence_stays_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Oil prices rose again. Treasury Secretary Tom Price said the price of fuel would fall. Price declined to say when."
    found = _typed(nlp, text)
    assert ("Price", "PERSON") in {(t, kind) for t, kind, _ in found}, found


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), [
    ("Hackers struck the software vendor Kestrava on Friday, and clients of Kestrava lost data.", "Kestrava"),
    ("Parents, helped by the gun-safety group Jordan Alliance, sued the maker.", "Jordan Alliance"),
])
def test_entities_name_after_the_kind_of_body_is_an_organisation(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    found = _typed(nlp, text)
    assert {kind for t, kind, _ in found if t == name} == {"ORG"}, found


@pytest.mark.model
def test_entities_person_after_a_role_a_body_also_has_stays_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _typed(nlp, "The tabloid's magazine publisher David Marsh told prosecutors about the payments.")
    assert ("David Marsh", "PERSON") in {(t, kind) for t, kind, _ in found}, found


@pytest.mark.model
def test_entities_person_in_a_clause_after_a_company_noun_stays_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The files went to Kestrel Systems, the company Ada Brennan hired in May."
    found = _typed(nlp, text)
    assert ("Ada Brennan", "PERSON") in {(t, kind) for t, kind, _ in found}, found


@pytest.mark.model
def test_entities_a_party_tag_with_a_comma_is_the_politicians_title(nlp) -> None:  # type: ignore[no-untyped-def]
    # "(D., Mass.)", as some papers write "(D-Mass.)": no group "D." and no place of its own beside her
    doc = nlp("Sen. Maria Okafor (D., Mass.) said the harbour bill would pass, and Rep. Tom Lindqvist (R., Ind.) "
              "agreed.")
    found = list(extract_mentions(doc, doc_id="d1"))
    assert [m.text for m in found] == ["Maria Okafor", "Tom Lindqvist"]
    assert "D-Mass." in _find(found, "Maria Okafor").titles



@pytest.mark.model
def test_entities_name_that_premodifies_a_vaccine_is_its_maker(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _typed(nlp, "Those who received both doses of the Zentrix or Halvora immunizations can go without masks. "
                        "Halvora said supplies were short.")
    assert [kind for t, kind, _ in found if t in ("Zentrix", "Halvora")] == ["ORG", "ORG", "ORG"], found


@pytest.mark.model
def test_entities_double_surname_without_its_given_name_is_the_same_person(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _typed(nlp, "County Mayor Daniella Ortiz Rendon said on Friday that crews were still searching. "
                        "Ortiz Rendon added that families had been told.")
    people = [(t, c) for t, kind, c in found if kind == "PERSON"]
    assert [t for t, _ in people] == ["Daniella Ortiz Rendon", "Ortiz Rendon"], found
    assert len({c for _, c in people}) == 1, found


@pytest.mark.model
def test_entities_two_surnames_before_a_noun_are_two_people(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _typed(nlp, "Senator Joan Mercer debated Governor Luis Ortega. Millions watched the Mercer Ortega debate on Tuesday.")
    assert not any(t == "Mercer Ortega" for t, _, _ in found), found
    cluster = {t: c for t, kind, c in found if kind == "PERSON"}
    assert cluster.get("Mercer") == cluster["Joan Mercer"] and cluster.get("Ortega") == cluster["Luis Ortega"], found
    # a given name and a surname before a noun stay one person
    found = _typed(nlp, "Speaker Paul Ryan met Senator Rand Paul. They discussed the Paul Ryan plan.")
    assert [t for t, kind, _ in found if kind == "PERSON"] == ["Paul Ryan", "Rand Paul", "Paul Ryan"], found


@pytest.mark.model
def test_entities_capitals_spelling_a_body_named_in_the_text_are_that_body(nlp) -> None:  # type: ignore[no-untyped-def]
    # the NER took the second "JCC" for a person's initials, an entity apart from the body it abbreviates
    from newsfuse.extract.entities import extract_mentions

    doc = nlp("Two ships collided on Wednesday, Norway’s Joint Chiefs of Command (JCC) has confirmed.\n\n"
              "JCC said the ships were towed from the bay and that nobody was hurt.")
    mentions = [m for m in extract_mentions(doc, doc_id="d") if m.text.endswith(("Joint Chiefs of Command", "JCC"))]
    assert len(mentions) == 3
    assert {m.type for m in mentions} == {"ORG"}  # (joined with the body across documents by link/canonical)
