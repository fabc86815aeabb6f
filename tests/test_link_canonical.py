"""Cross-document entity canonicalisation, on hand-built mention clusters."""

from __future__ import annotations

import dataclasses

import pytest

from newsfuse.link.canonical import (
    attach_speakers,
    canonicalise,
    entity_id,
    is_name_form,
    name_tokens,
    normalise_name,
)
from newsfuse.records import Document, Extraction, Mention, Paragraph, Quote


def make_doc(doc_id: str, text: str, *, duplicate_of: str | None = None) -> Document:
    paragraphs = tuple(Paragraph(index=i, text=p, kept=True, reason="body") for i, p in enumerate(text.split("\n\n")))
    return Document(id=doc_id, source_path=f"{doc_id}.txt", paragraphs=paragraphs, duplicate_of=duplicate_of)


def mentions(doc: Document, items: list[tuple[str, str, int, tuple[str, ...]]]) -> tuple[Mention, ...]:
    """Mentions located in ``doc.text``: (surface, type, cluster, titles); repeated surfaces in order."""
    out, cursor = [], {}
    for surface, kind, cluster, titles in items:
        start = doc.text.index(surface, cursor.get(surface, 0))
        cursor[surface] = start + len(surface)
        out.append(
            Mention(
                doc=doc.id,
                start=start,
                end=start + len(surface),
                text=surface,
                type=kind,
                cluster=cluster,
                titles=titles,
            )
        )
    return tuple(out)


def corpus(specs: dict[str, tuple[str, list[tuple[str, str, int, tuple[str, ...]]]]]):
    docs = [make_doc(doc_id, text) for doc_id, (text, _) in specs.items()]
    extractions = {d.id: Extraction(doc=d.id, mentions=mentions(d, specs[d.id][1])) for d in docs}
    return docs, extractions


KOREA = {
    "yonhap": (
        (
            "North Korean leader Kim Jong Un oversaw a missile test on Tuesday. Kim said the launch "
            "was a warning. His sister Kim Yo Jong later issued a statement."
        ),
        [
            ("Kim Jong Un", "PERSON", 0, ("North Korean leader",)),
            ("Kim", "PERSON", 0, ()),
            ("Kim Yo Jong", "PERSON", 1, ("sister",)),
        ],
    ),
    "guardian": (
        (
            "Kim Jong Un watched the launch from an observation post, state media said. Retired US Lt. Gen. "
            "Mark Hertling called the test a provocation."
        ),
        [("Kim Jong Un", "PERSON", 4, ()), ("Mark Hertling", "PERSON", 5, ("Retired US Lt. Gen.",))],
    ),
    "cnn": (
        "Hertling, a former commander of US Army Europe, said the launch was meant for Washington.",
        [("Hertling", "PERSON", 2, ("former commander of US Army Europe",))],
    ),
    "nkdaily": (
        "Analysts said Kim's statement was unusually harsh.",
        [("Kim's", "PERSON", 0, ())],
    ),
}


def by_name(entities):
    return {e.name: e for e in entities}


def test_canonical_same_person_across_outlets_is_one_entity() -> None:
    docs, extractions = corpus(KOREA)
    entities, entity_of = canonicalise(docs, extractions)
    kim = by_name(entities)["Kim Jong Un"]
    assert entity_of[("yonhap", 0)] == entity_of[("guardian", 4)] == kim.id
    assert kim.type == "PERSON"
    assert set(kim.aliases) == {"Kim Jong Un", "Kim"}
    assert kim.titles == ("North Korean leader",)
    assert {s.doc for s in kim.mentions} == {"yonhap", "guardian"}


def test_canonical_surname_only_cluster_joins_the_one_full_name() -> None:
    docs, extractions = corpus(KOREA)
    entities, entity_of = canonicalise(docs, extractions)
    hertling = by_name(entities)["Mark Hertling"]
    assert entity_of[("cnn", 2)] == hertling.id
    assert hertling.aliases == ("Mark Hertling", "Hertling")
    assert set(hertling.titles) == {"Retired US Lt. Gen.", "former commander of US Army Europe"}


def test_canonical_people_sharing_a_surname_stay_apart_and_ambiguous_surname_stays_alone() -> None:
    docs, extractions = corpus(KOREA)
    entities, entity_of = canonicalise(docs, extractions)
    names = by_name(entities)
    assert names["Kim Jong Un"].id != names["Kim Yo Jong"].id
    # "Kim's" in a document naming neither sibling cannot be resolved: its own entity.
    lone = entity_of[("nkdaily", 0)]
    assert lone not in {names["Kim Jong Un"].id, names["Kim Yo Jong"].id}
    assert next(e for e in entities if e.id == lone).name == "Kim"


def test_canonical_surname_resolved_by_full_name_in_same_document() -> None:
    specs = dict(KOREA)
    specs["kcna"] = (
        "Kim Yo Jong, a senior party official, warned Seoul. Kim added that talks were pointless.",
        [("Kim Yo Jong", "PERSON", 0, ("senior party official",)), ("Kim", "PERSON", 1, ())],
    )
    docs, extractions = corpus(specs)
    _, entity_of = canonicalise(docs, extractions)
    assert entity_of[("kcna", 1)] == entity_of[("kcna", 0)] == entity_of[("yonhap", 1)]


def test_canonical_person_and_org_with_same_name_kept_apart() -> None:
    specs = {
        f"a{i}": ("Ford said the plant in Michigan would close next year.", [("Ford", "ORG", 0, ())]) for i in range(4)
    }
    specs |= {
        "b": ("Former president Ford was remembered at the ceremony.", [("Ford", "PERSON", 0, ("Former president",))]),
    }
    docs, extractions = corpus(specs)
    entities, entity_of = canonicalise(docs, extractions)
    assert entity_of[("a0", 0)] == entity_of[("a3", 0)] != entity_of[("b", 0)]
    assert {e.type for e in entities} == {"ORG", "PERSON"}


def test_canonical_clear_mistag_folds_into_dominant_type() -> None:
    text = "Reuters reported the talks had stalled, citing Reuters sources."
    specs = {f"d{i}": (text, [("Reuters", "ORG", 0, ()), ("Reuters", "ORG", 0, ())]) for i in range(3)}
    specs["d9"] = ("Reuters reported the talks had stalled.", [("Reuters", "PERSON", 0, ())])
    docs, extractions = corpus(specs)
    entities, entity_of = canonicalise(docs, extractions)
    assert len(entities) == 1
    assert entities[0].type == "ORG"
    assert entity_of[("d9", 0)] == entities[0].id


def test_canonical_surname_tagged_org_joins_the_person() -> None:
    specs = {
        "a": ("Prime Minister Pedro Sanchez visited Valencia.", [("Pedro Sanchez", "PERSON", 0, ("Prime Minister",))]),
        "b": ('"We will not abandon anyone," Sanchez said.', [("Sanchez", "ORG", 0, ())]),
        "c": ("Ford Motor said Ford would cut 3,000 jobs.", [("Ford Motor", "ORG", 0, ()), ("Ford", "ORG", 1, ())]),
        "d": ("Former president Gerald Ford was remembered.", [("Gerald Ford", "PERSON", 0, ("Former president",))]),
    }
    docs, extractions = corpus(specs)
    _, entity_of = canonicalise(docs, extractions)
    assert entity_of[("b", 0)] == entity_of[("a", 0)]
    # "Ford" is also part of an organisation's name: it stays an ORG reading.
    assert entity_of[("c", 1)] != entity_of[("d", 0)]


def test_canonical_acronym_joins_its_spelled_out_name() -> None:
    specs = {
        "a": ("The United Nations called for a ceasefire.", [("United Nations", "ORG", 0, ())]),
        "b": ("The UN envoy arrived in Geneva.", [("UN", "ORG", 3, ()), ("Geneva", "GPE", 4, ())]),
    }
    docs, extractions = corpus(specs)
    entities, entity_of = canonicalise(docs, extractions)
    assert entity_of[("a", 0)] == entity_of[("b", 3)]
    assert by_name(entities)["United Nations"].aliases == ("United Nations", "UN")


def test_canonical_organisation_variants_across_outlets() -> None:
    specs = {
        "a": ("The U.S. Air Force awarded the contract to Northrop Grumman on Friday.",
              [("U.S. Air Force", "ORG", 0, ()), ("Northrop Grumman", "ORG", 1, ())]),
        "b": ("The Air Force said the USAF review found no flaw. Northrop Grumman welcomed it.",
              [("Air Force", "ORG", 0, ()), ("USAF", "ORG", 1, ()), ("Northrop Grumman", "PERSON", 2, ())]),
        "c": ("Northrop Grumman shares rose. Northrop said it would hire 2,000 workers.",
              [("Northrop Grumman", "ORG", 0, ()), ("Northrop", "ORG", 0, ())]),
        "d": ("Northrop, the defence contractor, declined to comment.", [("Northrop", "ORG", 0, ())]),
        "e": ("The US Federal Reserve held rates. The Federal Reserve meets again in June.",
              [("US Federal Reserve", "ORG", 0, ()), ("Federal Reserve", "ORG", 0, ())]),
        "f": ("Shares of US Airways fell while Airways analysts waited.", [("US Airways", "ORG", 0, ())]),
    }
    docs, extractions = corpus(specs)
    _, entity_of = canonicalise(docs, extractions)
    # A leading country is not part of the name; "USAF" spells "U.S. Air Force" letter by letter.
    assert entity_of[("a", 0)] == entity_of[("b", 0)] == entity_of[("b", 1)]
    # An untitled full name tagged PERSON as often as ORG is the company; "Northrop" alone in
    # outlet d is the company some outlet shortened it to.
    assert entity_of[("a", 1)] == entity_of[("b", 2)] == entity_of[("c", 0)] == entity_of[("d", 0)]
    assert entity_of[("e", 0)] != entity_of[("f", 0)]  # "US Airways" keeps its country


def test_canonical_acronym_picks_the_dominant_spelling() -> None:
    specs = {
        "a": ("General Motors cut jobs. General Motors said more cuts may follow. General Motors",
              [("General Motors", "ORG", 0, ()), ("General Motors", "ORG", 0, ()), ("General Motors", "ORG", 0, ())]),
        "b": ("A General Motor dealer in Ohio closed.", [("General Motor", "ORG", 0, ())]),
        "c": ("GM shares fell 4%.", [("GM", "ORG", 0, ())]),
    }
    docs, extractions = corpus(specs)
    _, entity_of = canonicalise(docs, extractions)
    assert entity_of[("c", 0)] == entity_of[("a", 0)]
    # Two organisations spelling "GM" and named equally often: a real tie, the acronym stays alone.
    tie = {
        "d": ("Green Mountain and Global Media both sponsor the race.",
              [("Green Mountain", "ORG", 0, ()), ("Global Media", "ORG", 1, ())]),
        "e": ("GM said nothing.", [("GM", "ORG", 0, ())]),
    }
    docs, extractions = corpus(tie)
    _, entity_of = canonicalise(docs, extractions)
    assert entity_of[("e", 0)] not in {entity_of[("d", 0)], entity_of[("d", 1)]}


def test_canonical_ids_are_stable_and_order_independent() -> None:
    docs, extractions = corpus(KOREA)
    entities, _ = canonicalise(docs, extractions)
    again, _ = canonicalise(list(reversed(docs)), extractions)
    assert {e.id for e in entities} == {e.id for e in again}
    kim = by_name(entities)["Kim Jong Un"]
    assert kim.id == entity_id("PERSON", "kim jong un")
    assert kim.id.startswith("e-") and len(kim.id) == 12


def test_canonical_every_cluster_is_mapped() -> None:
    specs = dict(KOREA)
    specs["ap"] = ("Guterres urged restraint.", [("Guterres", "PERSON", 0, ())])
    docs, extractions = corpus(specs)
    entities, entity_of = canonicalise(docs, extractions)
    clusters = {(ex.doc, m.cluster) for ex in extractions.values() for m in ex.mentions}
    assert set(entity_of) == clusters
    assert set(entity_of.values()) == {e.id for e in entities}
    assert canonicalise([], {}) == ([], {})


@pytest.mark.parametrize(
    ("text", "kind", "tokens"),
    [
        ("Joseph R. Biden Jr.", "PERSON", ("joseph", "biden")),
        ("Mr. Hertling's", "PERSON", ("hertling",)),
        ("the European Union", "ORG", ("european", "union")),
        ("Zelenskyy", "PERSON", ("zelenskyy",)),
        ("José Martínez", "PERSON", ("jose", "martinez")),
        ("Robert S. Mueller III", "PERSON", ("robert", "mueller")),
        ("Elizabeth II", "PERSON", ("elizabeth", "ii")),  # a regnal name is not a lone given name
        ("the U.S. Department of Labor", "ORG", ("labor", "department")),  # as "the Labor Department"
        ("Ministry of Health and Welfare", "ORG", ("health", "and", "welfare", "ministry")),
        ("Department Store Workers Union", "ORG", ("department", "store", "workers", "union")),
    ],
)
def test_canonical_name_keys(text: str, kind: str, tokens: tuple[str, ...]) -> None:
    assert name_tokens(text, kind) == tokens
    assert normalise_name("  The  U.S. ") == "us"


@pytest.mark.parametrize(
    ("text", "is_name"),
    [
        ("Kim Jong Un", True),
        ("Ursula von der Leyen", True),
        ("the European Union", True),
        ("Bashar al-Assad", True),
        ("North Korean leader", False),
        ("the spokesman", False),
        ("he", False),
        ("She", False),
    ],
)
def test_canonical_name_forms(text: str, is_name: bool) -> None:
    assert is_name_form(text) is is_name


def test_canonical_attach_speakers_resolves_quote_speaker_to_entity() -> None:
    docs, extractions = corpus(KOREA)
    _, entity_of = canonicalise(docs, extractions)
    doc = docs[0]
    kim = extractions["yonhap"].mentions[1]  # "Kim" in "Kim said the launch was a warning"
    quote = Quote(
        doc="yonhap",
        text="the launch was a warning",
        kind="indirect",
        start=doc.text.index("the launch was"),
        end=doc.text.index("warning") + 7,
        speaker_name="Kim",
        cue="said",
        speaker_start=kim.start,
        speaker_end=kim.end,
    )
    unknown = Quote(doc="yonhap", text="a test", kind="direct", start=0, end=5, speaker_name="officials")
    linked = attach_speakers(
        Extraction(doc="yonhap", mentions=extractions["yonhap"].mentions, quotes=(quote, unknown)), entity_of
    )
    assert linked.quotes[0].speaker == entity_of[("yonhap", 0)]
    assert linked.quotes[1].speaker is None
    # Overlap (a span that includes a title) resolves too; a name alone resolves when unique.
    wider = Quote(
        doc="yonhap", text="x", kind="direct", start=0, end=1, speaker_start=kim.start - 3, speaker_end=kim.end
    )
    named = Quote(doc="yonhap", text="x", kind="direct", start=0, end=1, speaker_name="Kim Yo Jong")
    linked = attach_speakers(
        Extraction(doc="yonhap", mentions=extractions["yonhap"].mentions, quotes=(wider, named)), entity_of
    )
    assert linked.quotes[0].speaker == entity_of[("yonhap", 0)]
    assert linked.quotes[1].speaker == entity_of[("yonhap", 1)]


@pytest.mark.model
def test_canonical_on_spacy_entities() -> None:
    spacy = pytest.importorskip("spacy")
    try:
        from newsfuse.nlp import load_nlp

        nlp = load_nlp()
    except Exception:  # noqa: BLE001 - fall back to the plain package name in a partial checkout
        nlp = spacy.load("en_core_web_sm")
    texts = {
        "ap": "Secretary of State Antony Blinken met Turkish officials in Ankara on Monday.",
        "bbc": "Blinken told reporters in Ankara that the talks had been productive.",
    }
    docs = [make_doc(k, v) for k, v in texts.items()]
    extractions = {}
    for d in docs:
        parsed = nlp(d.text)
        ents = [e for e in parsed.ents if e.label_ in {"PERSON", "GPE", "ORG", "NORP"}]
        keys = {t: i for i, t in enumerate(dict.fromkeys(x.text for x in ents))}
        extractions[d.id] = Extraction(
            doc=d.id,
            mentions=tuple(Mention(d.id, e.start_char, e.end_char, e.text, e.label_, keys[e.text]) for e in ents),
        )
    _, entity_of = canonicalise(docs, extractions)
    ankara = {entity_of[(m.doc, m.cluster)] for ex in extractions.values() for m in ex.mentions if m.text == "Ankara"}
    assert len(ankara) == 1
    blinken = {entity_of[(m.doc, m.cluster)] for ex in extractions.values() for m in ex.mentions if "Blinken" in m.text}
    if all(m.type == "PERSON" for ex in extractions.values() for m in ex.mentions if "Blinken" in m.text):
        assert len(blinken) == 1


def test_canonical_titles_and_aliases_differing_in_case_or_apostrophe_are_one_form() -> None:
    docs, extractions = corpus(
        {
            "a": (
                "Former President Lena Varga said on Monday the audit was overdue. Varga spoke in Pecs.",
                [("Lena Varga", "PERSON", 0, ("Former President",)), ("Varga", "PERSON", 0, ())],
            ),
            "b": (
                "The audit was ordered by former President Lena Varga, the Justice Ministry’s Office of Audits said.",
                [("Lena Varga", "PERSON", 0, ("former President",)), ("Justice Ministry’s Office of Audits", "ORG", 1, ())],
            ),
            "c": (
                "Lena Varga, the former president, welcomed the Justice Ministry's Office of Audits report.",
                [("Lena Varga", "PERSON", 0, ("former President",)), ("Justice Ministry's Office of Audits", "ORG", 1, ())],
            ),
        }
    )
    entities = by_name(canonicalise(docs, extractions)[0])
    assert entities["Lena Varga"].titles == ("former President",)
    (office,) = [e for e in entities.values() if e.type == "ORG"]
    assert len(office.aliases) == 1


FAMILY = {
    "wire": (
        "President Donald Trump defended his son. Donald Trump Jr. met the lawyer in June. Trump said he knew "
        "nothing of the meeting.",
        [
            ("Donald Trump", "PERSON", 0, ("President",)),
            ("Donald Trump Jr.", "PERSON", 1, ()),
            ("Trump", "PERSON", 0, ()),
        ],
    ),
    "daily": (
        "Donald Trump Jr. testified for five hours. Trump Jr. told senators the meeting was brief.",
        [("Donald Trump Jr.", "PERSON", 0, ()), ("Trump Jr.", "PERSON", 0, ())],
    ),
    "post": (
        "Trump Jr. posted the emails on Tuesday. Don Jr. said he had nothing to hide.",
        [("Trump Jr.", "PERSON", 0, ()), ("Don Jr.", "PERSON", 1, ())],
    ),
    "times": (
        "White House counsel Don McGahn spoke to investigators. Queen Elizabeth II hosted the visit, and "
        "Senator Elizabeth Warren criticised it.",
        [
            ("Don McGahn", "PERSON", 0, ("White House counsel",)),
            ("Elizabeth II", "PERSON", 1, ("Queen",)),
            ("Elizabeth Warren", "PERSON", 2, ("Senator",)),
        ],
    ),
    "herald": ("Elizabeth was cheered by the crowd.", [("Elizabeth", "PERSON", 0, ())]),
    "tv": ("Trump Jr. spoke on the show. Trump Jr. later left the studio.",
           [("Trump Jr.", "PERSON", 0, ()), ("Trump Jr.", "PERSON", 0, ())]),
}


def test_canonical_father_and_son_a_document_tells_apart_stay_apart_in_every_document() -> None:
    docs, extractions = corpus(FAMILY)
    entities, entity_of = canonicalise(docs, extractions)
    father, son = entity_of[("wire", 0)], entity_of[("wire", 1)]
    assert father != son
    assert {e.id: e.name for e in entities}[son] == "Donald Trump Jr."  # named in full, not "Trump Jr."
    assert entity_of[("daily", 0)] == son  # "Donald Trump Jr." elsewhere is the son too
    assert entity_of[("post", 0)] == entity_of[("tv", 0)] == son  # and so is a lone "Trump Jr."
    # "Don Jr." is no other Don; "Elizabeth II" is no Elizabeth of the corpus.
    assert entity_of[("post", 1)] != entity_of[("times", 0)]
    assert entity_of[("times", 1)] not in {entity_of[("times", 2)], entity_of[("herald", 0)]}


def test_canonical_an_office_is_no_name_and_joins_no_one_across_documents() -> None:
    docs, extractions = corpus(
        {
            "a": ("Prime Minister Ana Costa spoke. The Prime Minister said taxes would fall.",
                  [("Ana Costa", "PERSON", 0, ("Prime Minister",)), ("Prime Minister", "PERSON", 0, ())]),
            "b": ("The Prime Minister visited the port.", [("Prime Minister", "PERSON", 0, ())]),
            "c": ("The Prime Minister resigned, and Prime Minister Ivo Berg took over.",
                  [("Prime Minister", "PERSON", 0, ()), ("Ivo Berg", "PERSON", 1, ("Prime Minister",))]),
        }
    )
    entities, entity_of = canonicalise(docs, extractions)
    costa = by_name(entities)["Ana Costa"]
    assert "Prime Minister" not in costa.aliases
    assert len({entity_of[("a", 0)], entity_of[("b", 0)], entity_of[("c", 0)], entity_of[("c", 1)]}) == 4


def test_canonical_an_acronym_is_no_surname_and_brackets_leave_the_name() -> None:
    docs, extractions = corpus(
        {
            "a": ("North Korean leader Kim Jong Un met [Moon] Jae-in.",
                  [("Kim Jong Un", "PERSON", 0, ()), ("[Moon] Jae-in", "PERSON", 1, ())]),
            "b": ("The U.N. condemned the test.", [("U.N.", "PERSON", 0, ())]),
        }
    )
    entities, entity_of = canonicalise(docs, extractions)
    assert entity_of[("b", 0)] != entity_of[("a", 0)]
    assert "Moon Jae-in" in {e.name for e in entities}


def test_canonical_a_title_through_someone_else_is_not_an_entity_title() -> None:
    docs, extractions = corpus(
        {
            "a": (
                "The publisher protected his longtime friend Lena Varga. Varga said the stories were false.",
                [("Lena Varga", "PERSON", 0, ("his longtime friend",)), ("Varga", "PERSON", 0, ())],
            ),
            "b": (
                "Mayor Lena Varga opened the bridge.",
                [("Lena Varga", "PERSON", 0, ("Mayor",))],
            ),
        }
    )
    assert by_name(canonicalise(docs, extractions)[0])["Lena Varga"].titles == ("Mayor",)


def test_canonical_a_name_written_with_inc_is_an_organisation_however_often_tagged_a_person() -> None:
    docs, extractions = corpus(
        {
            "a": ("Halvorsen said it would publish the data. Halvorsen shares rose.",
                  [("Halvorsen", "PERSON", 0, ()), ("Halvorsen", "PERSON", 0, ())]),
            "b": ("The vaccine developed by Halvorsen was approved.", [("Halvorsen", "PERSON", 0, ())]),
            "c": ("Halvorsen Inc said on Monday it would expand.", [("Halvorsen Inc", "ORG", 0, ())]),
        }
    )
    [company] = [e for e in canonicalise(docs, extractions)[0] if "Halvorsen" in e.name]
    assert company.type == "ORG"


def test_canonical_a_nickname_joins_the_full_first_name_only_with_other_evidence() -> None:
    docs, extractions = corpus(
        {
            "a": ("Senator Bill Okafor met the Harbour Authority in Dunmore.",
                  [("Bill Okafor", "PERSON", 0, ()), ("Harbour Authority", "ORG", 1, ()), ("Dunmore", "GPE", 2, ())]),
            "b": ("William J. Okafor told the Harbour Authority in Dunmore to wait.",
                  [("William J. Okafor", "PERSON", 0, ()), ("Harbour Authority", "ORG", 1, ()),
                   ("Dunmore", "GPE", 2, ())]),
            # "Ron" is listed as a nickname of "Aaron", but nothing else ties these two.
            "c": ("Ron Hale won the chess final in Pecs.", [("Ron Hale", "PERSON", 0, ()), ("Pecs", "GPE", 1, ())]),
            "d": ("Aaron Hale opened a bakery on Mill Street.",
                  [("Aaron Hale", "PERSON", 0, ()), ("Mill Street", "FAC", 1, ())]),
        }
    )
    people = {e.name: e for e in canonicalise(docs, extractions)[0] if e.type == "PERSON"}
    okafor = [e for e in people.values() if "Okafor" in e.name]
    assert len(okafor) == 1 and {"Bill Okafor", "William J. Okafor"} <= set(okafor[0].aliases)
    assert {"Ron Hale", "Aaron Hale"} <= set(people)


def test_canonical_a_surname_with_its_particle_joins_the_full_name() -> None:
    docs, extractions = corpus(
        {
            "a": ("Mayor Lena van Dijk opened the bridge.", [("Lena van Dijk", "PERSON", 0, ("Mayor",))]),
            "b": ("Van Dijk said the bridge would stay open.", [("Van Dijk", "PERSON", 0, ())]),
        }
    )
    people = [e for e in canonicalise(docs, extractions)[0] if e.type == "PERSON"]
    assert len(people) == 1 and people[0].name == "Lena van Dijk"


def test_canonical_a_full_name_with_a_middle_name_joins_the_name_without_it() -> None:
    docs, extractions = corpus(
        {
            "a": ("Senator Mara Quinn Holloway spoke first.", [("Mara Quinn Holloway", "PERSON", 0, ("Senator",))]),
            "b": ("Mara Holloway said the bill would pass.", [("Mara Holloway", "PERSON", 0, ())]),
            "c": ("Holloway voted against it.", [("Holloway", "PERSON", 0, ())]),
        }
    )
    people = [e for e in canonicalise(docs, extractions)[0] if e.type == "PERSON"]
    assert len(people) == 1 and people[0].name == "Mara Quinn Holloway"


def test_canonical_two_middle_names_or_one_document_keep_the_short_name_apart() -> None:
    docs, extractions = corpus(
        {
            "a": ("Tom Ellis Grant opened the mill.", [("Tom Ellis Grant", "PERSON", 0, ())]),
            "b": ("Tom Avery Grant, his son, closed it.", [("Tom Avery Grant", "PERSON", 0, ())]),
            "c": ("Tom Grant was there.", [("Tom Grant", "PERSON", 0, ())]),
            "d": ("Ann Lee Park met Ann Park.", [("Ann Lee Park", "PERSON", 0, ()), ("Ann Park", "PERSON", 1, ())]),
        }
    )
    people = {e.name for e in canonicalise(docs, extractions)[0] if e.type == "PERSON"}
    assert people == {"Tom Ellis Grant", "Tom Avery Grant", "Tom Grant", "Ann Lee Park", "Ann Park"}


def test_canonical_a_surname_with_an_elided_prefix_is_one_word_of_the_name() -> None:
    # Split at the apostrophe, "D’Amato" had the key "d amato" and "Joe D’Amato" (the "d" read as a
    # middle initial) "joe amato": two keys, and the entity was shown under the bare surname.
    docs, extractions = corpus({
        "gazette": ("“We are busy,” said Joe D’Amato, a baker in Easton. D’Amato said sales rose. D’Amato smiled.",
                    [("Joe D’Amato", "PERSON", 0, ()), ("D’Amato", "PERSON", 0, ()), ("D’Amato", "PERSON", 0, ())]),
        "courier": ("D’Amato, the baker, said prices were up.", [("D’Amato", "PERSON", 0, ())]),
    })
    entities, entity_of = canonicalise(docs, extractions)
    assert entity_of[("gazette", 0)] == entity_of[("courier", 0)]
    assert by_name(entities)["Joe D’Amato"].id == entity_of[("gazette", 0)]


def test_canonical_an_entity_is_shown_under_the_name_the_articles_write_most() -> None:
    # The key is the fullest name; the name shown had been the key's own spelling, so one article's
    # "Robert Allen Whitcombe" or "Kestrel News Network" named the entity in every list.
    docs, extractions = corpus({
        "a": ("Robert Allen Whitcombe, the new commissioner, spoke.", [("Robert Allen Whitcombe", "PERSON", 0, ())]),
        "b": ("Robert Whitcombe said the port would reopen, KNN reported.",
              [("Robert Whitcombe", "PERSON", 0, ()), ("KNN", "ORG", 1, ())]),
        "c": ("Robert Whitcombe told KNN the port would reopen.",
              [("Robert Whitcombe", "PERSON", 0, ()), ("KNN", "ORG", 1, ())]),
        "d": ("KNN, the Kestrel News Network, ran the story.",
              [("KNN", "ORG", 0, ()), ("Kestrel News Network", "ORG", 1, ())]),
    })
    entities, entity_of = canonicalise(docs, extractions)
    names = {entity_of[(d, 0)]: e.name for e in entities for d in "abc" if entity_of[(d, 0)] == e.id}
    assert names[entity_of[("a", 0)]] == "Robert Whitcombe"
    assert entity_of[("a", 0)] == entity_of[("b", 0)]
    knn = next(e for e in entities if e.id == entity_of[("d", 0)])
    assert knn.name == "KNN" and entity_of[("b", 1)] == knn.id


def test_canonical_a_given_name_many_articles_write_alone_is_not_claimed_by_a_rare_full_name() -> None:
    # "Francis" (the pope) in many articles had joined "Francis DeBernardo", named in one: the
    # pope's words were listed under another man.
    specs = {f"rome{i}": ("Francis said the church must welcome migrants.", [("Francis", "PERSON", 0, ())])
             for i in range(3)}
    specs["local"] = ("Francis Ketterman, a parish volunteer, said the hall was full.",
                      [("Francis Ketterman", "PERSON", 0, ())])
    docs, extractions = corpus(specs)
    entities, entity_of = canonicalise(docs, extractions)
    assert entity_of[("rome0", 0)] == entity_of[("rome2", 0)] != entity_of[("local", 0)]
    # a surname alone still joins its one full name
    docs, extractions = corpus({
        "a": ("Ketterman said the hall was full.", [("Ketterman", "PERSON", 0, ())]),
        "b": ("Ketterman spoke again.", [("Ketterman", "PERSON", 0, ())]),
        "c": ("Francis Ketterman, a volunteer, spoke.", [("Francis Ketterman", "PERSON", 0, ())]),
    })
    entities, entity_of = canonicalise(docs, extractions)
    assert entity_of[("a", 0)] == entity_of[("b", 0)] == entity_of[("c", 0)]


def test_a_one_word_organisation_one_document_tags_a_person_joins_it() -> None:
    # One article reads the airline as an organisation throughout, another as a person: no one of
    # the corpus carries the name, so the person reading is a tagger slip.
    specs = {
        "a": ("Skylark said on Monday that it would buy ten jets. Skylark flies to 40 cities. Skylark grew.",
              [("Skylark", "ORG", 0, ()), ("Skylark", "ORG", 0, ()), ("Skylark", "ORG", 0, ())]),
        "b": ("Skylark cut its fares again on Friday.", [("Skylark", "PERSON", 0, ())]),
    }
    docs, extractions = corpus(specs)
    _, entity_of = canonicalise(docs, extractions)
    assert entity_of[("a", 0)] == entity_of[("b", 0)]
    # A surname of someone the corpus names in full keeps its person reading.
    specs["c"] = ("Senator Mary Skylark spoke on Tuesday.", [("Mary Skylark", "PERSON", 0, ("Senator",))])
    docs, extractions = corpus(specs)
    _, entity_of = canonicalise(docs, extractions)
    assert entity_of[("b", 0)] == entity_of[("c", 0)]


def test_an_acronym_spelled_by_one_name_written_two_ways_joins_it() -> None:
    # "Defence" and "Defense": one consortium, not two names competing for "NADC".
    specs = {
        "a": ("The North Atlantic Defence Consortium won.", [("North Atlantic Defence Consortium", "ORG", 0, ())]),
        "b": ("The North Atlantic Defense Consortium lost.", [("North Atlantic Defense Consortium", "ORG", 0, ())]),
        "c": ("NADC said it would appeal.", [("NADC", "ORG", 0, ())]),
    }
    docs, extractions = corpus(specs)
    _, entity_of = canonicalise(docs, extractions)
    assert entity_of[("a", 0)] == entity_of[("b", 0)] == entity_of[("c", 0)]


def test_canonical_two_sets_of_middle_initials_are_two_people_and_the_bare_name_joins_neither() -> None:
    docs, extractions = corpus(
        {
            "a": ("Kell served under President Walter K. Brandt and then under President Walter H. K. Brandt.",
                  [("Walter K. Brandt", "PERSON", 0, ("President",)),
                   ("Walter H. K. Brandt", "PERSON", 1, ("President",))]),
            "b": ("Walter K. Brandt spoke at the library.", [("Walter K. Brandt", "PERSON", 0, ())]),
            "c": ("Walter H. K. Brandt was remembered.", [("Walter H. K. Brandt", "PERSON", 0, ())]),
            "d": ("Walter Brandt was a president.", [("Walter Brandt", "PERSON", 0, ())]),
            "e": ("Joan R. Sato and Joan Sato are one senator here.", [("Joan R. Sato", "PERSON", 0, ())]),
            "f": ("Joan Sato voted no.", [("Joan Sato", "PERSON", 0, ())]),
        }
    )
    entities, entity_of = canonicalise(docs, extractions)
    son, father = entity_of[("a", 0)], entity_of[("a", 1)]
    assert son != father
    assert entity_of[("b", 0)] == son and entity_of[("c", 0)] == father
    assert entity_of[("d", 0)] not in {son, father}
    assert {e.id: e.aliases for e in entities}[son] == ("Walter K. Brandt",)
    # One set of initials in the corpus is one person with or without them.
    assert entity_of[("e", 0)] == entity_of[("f", 0)]


def test_canonical_a_name_part_an_editor_put_in_brackets_still_joins_the_person() -> None:
    docs, extractions = corpus(
        {
            "a": ("Premier Olek Varga said the talks would go on.", [("Olek Varga", "PERSON", 0, ("Premier",))]),
            "b": ('"I will meet [Olek] Varga next week," she said.', [("[Olek] Varga", "PERSON", 0, ())]),
        }
    )
    _, entity_of = canonicalise(docs, extractions)
    assert entity_of[("a", 0)] == entity_of[("b", 0)]


def test_canonical_acronym_of_a_name_with_a_later_and_part_or_a_body_joins_it() -> None:
    # "CDC" was coined before "and Prevention" was added; outlets write the name with and without it.
    specs = {
        "a": ("The Centers for Disease Control and Prevention said cases rose.",
              [("Centers for Disease Control and Prevention", "ORG", 0, ())]),
        "b": ("The Centers for Disease Control warned travellers.", [("Centers for Disease Control", "ORG", 0, ())]),
        "c": ("The Centers for Disease Control and Prevention and the CDC director agreed.",
              [("Centers for Disease Control and Prevention", "ORG", 0, ())]),
        "d": ("The CDC said masks help.", [("CDC", "ORG", 0, ())]),
        "e": ("The Department of Veterans Affairs said it would act.", [("Department of Veterans Affairs", "ORG", 0, ())]),
        "f": ("The VA said the backlog shrank.", [("VA", "ORG", 0, ())]),
    }
    docs, extractions = corpus(specs)
    _, entity_of = canonicalise(docs, extractions)
    assert entity_of[("a", 0)] == entity_of[("b", 0)] == entity_of[("d", 0)]
    assert entity_of[("e", 0)] == entity_of[("f", 0)]


def test_canonical_name_written_with_a_legal_form_is_no_person() -> None:
    # Most articles read the drug maker as a person, though not three times as often; one writes "Veltrix Inc.".
    specs = {f"p{i}": ("Veltrix said its shot worked.", [("Veltrix", "PERSON", 0, ())]) for i in range(4)}
    specs["o"] = ("Veltrix Inc. shares rose. Veltrix said more.", [("Veltrix Inc.", "ORG", 0, ()), ("Veltrix", "ORG", 0, ())])
    docs, extractions = corpus(specs)
    entities, entity_of = canonicalise(docs, extractions)
    company = entity_of[("o", 0)]
    assert all(entity_of[(f"p{i}", 0)] == company for i in range(4))
    assert {e.id: e.type for e in entities}[company] == "ORG"


def test_canonical_person_written_with_and_co_stays_a_person() -> None:
    # "Halvorsen & Co." is the senator and his circle, not a company.
    specs = {
        "a": ("Senator Jon Halvorsen spoke. Halvorsen said no.", [("Jon Halvorsen", "PERSON", 0, ("Senator",)),
                                                                  ("Halvorsen", "PERSON", 0, ())]),
        "b": ("Jon Halvorsen & Co. were wrong.", [("Jon Halvorsen & Co.", "ORG", 0, ())]),
        "c": ("Jon Halvorsen voted.", [("Jon Halvorsen", "PERSON", 0, ())]),
    }
    docs, extractions = corpus(specs)
    entities, entity_of = canonicalise(docs, extractions)
    assert {e.id: e.type for e in entities}[entity_of[("a", 0)]] == "PERSON"


def test_canonical_name_read_as_an_organisation_more_than_as_a_place_is_one() -> None:
    # One outlet's "a report in El Diario" reads the paper as a place; another names it twice as a paper.
    specs = {
        "a": ("The newspaper El Diario said so. Police told El Diario more.",
              [("El Diario", "ORG", 0, ()), ("El Diario", "ORG", 0, ())]),
        "b": ("Police confirmed a report in El Diário on Monday.", [("El Diário", "GPE", 0, ())]),
    }
    docs, extractions = corpus(specs)
    entities, entity_of = canonicalise(docs, extractions)
    assert entity_of[("a", 0)] == entity_of[("b", 0)]
    assert {e.id: e.type for e in entities}[entity_of[("b", 0)]] == "ORG"


def test_canonical_a_particle_that_is_a_given_name_is_no_bare_surname() -> None:
    # "Van Dalton" and "Al Brenner": "Van" and "Al" are given names here, not a surname's particle
    # ("Van Hollen" after "Chris Van Hollen" still is one)
    docs, extractions = corpus({
        "radio": ("Radio host Rex Dalton sparred with the pundit Van Dalton on Tuesday.",
                  [("Rex Dalton", "PERSON", 0, ("Radio host",)), ("Van Dalton", "PERSON", 1, ("pundit",))]),
        "wire": ("Al Brenner, the former governor, endorsed the plan on Monday.",
                 [("Al Brenner", "PERSON", 0, ("former governor",))]),
        "daily": ("Brenner said the plan would pass.", [("Brenner", "PERSON", 0, ())]),
        "senate": ("Sen. Chris Van Hollen opposed the bill.", [("Chris Van Hollen", "PERSON", 0, ("Sen.",))]),
        "post": ("Van Hollen said the vote would be close.", [("Van Hollen", "PERSON", 0, ())]),
    })
    _, entity_of = canonicalise(docs, extractions)
    assert entity_of[("radio", 0)] != entity_of[("radio", 1)]
    assert entity_of[("daily", 0)] == entity_of[("wire", 0)]
    assert entity_of[("post", 0)] == entity_of[("senate", 0)]


def test_canonical_middle_initials_written_together_are_the_same_initials() -> None:
    # "Harold J.P. Vance" and "Harold J. P. Vance" are one man, kept apart from "Harold P. Vance"
    docs, extractions = corpus({
        "a": ("Former governor Harold J.P. Vance died on Friday.", [("Harold J.P. Vance", "PERSON", 0, ())]),
        "b": ("Harold J. P. Vance led the state for a decade.", [("Harold J. P. Vance", "PERSON", 0, ())]),
        "c": ("His son, Harold P. Vance, spoke at the service.", [("Harold P. Vance", "PERSON", 0, ("His son",))]),
    })
    _, entity_of = canonicalise(docs, extractions)
    assert entity_of[("a", 0)] == entity_of[("b", 0)] != entity_of[("c", 0)]


def test_canonical_a_numeral_is_another_generation_where_the_corpus_writes_jr() -> None:
    # "Walter Reese III" is the son of "Walter Reese Jr."; "Paul Okafor III" alone is "Paul Okafor"
    docs, extractions = corpus({
        "a": ("The Rev. Walter Reese Jr. led the march in 1965.", [("Walter Reese Jr.", "PERSON", 0, ("Rev.",))]),
        "b": ("Walter Reese III, a lawyer, spoke on Monday.", [("Walter Reese III", "PERSON", 0, ("lawyer",))]),
        "c": ("Walter Reese wrote the letter from jail.", [("Walter Reese", "PERSON", 0, ())]),
        "d": ("Paul Okafor III testified.", [("Paul Okafor III", "PERSON", 0, ())]),
        "e": ("Paul Okafor declined to comment.", [("Paul Okafor", "PERSON", 0, ())]),
    })
    _, entity_of = canonicalise(docs, extractions)
    assert entity_of[("a", 0)] == entity_of[("c", 0)] != entity_of[("b", 0)]
    assert entity_of[("d", 0)] == entity_of[("e", 0)]


def test_canonical_a_surname_tagged_an_organisation_does_not_retype_its_person() -> None:
    # three "Ibarra" read as an organisation joined "President Rosa Ibarra" as her surname: she stays a person
    docs, extractions = corpus({
        "a": ("President Rosa Ibarra met the delegation.", [("Rosa Ibarra", "PERSON", 0, ("President",))]),
        "b": ("Ibarra said the talks went well. Ibarra thanked them. Aides said Ibarra would travel.",
              [("Ibarra", "ORG", 0, ()), ("Ibarra", "ORG", 0, ()), ("Ibarra", "ORG", 0, ())]),
    })
    entities, entity_of = canonicalise(docs, extractions)
    assert entity_of[("a", 0)] == entity_of[("b", 0)]
    assert by_name(entities)["Rosa Ibarra"].type == "PERSON"


def test_canonical_a_lone_surname_read_as_two_people_joins_neither() -> None:
    # a bare "Okoro" in one article goes with Ada Okoro, in another with Ben Okoro: joined by their key,
    # the two bare names would have made the two people one
    docs, extractions = corpus({
        "a": ("Ada Okoro led the strike in 1961.", [("Ada Okoro", "PERSON", 0, ("union leader",))]),
        "b": ("Ben Okoro scored twice on Sunday.", [("Ben Okoro", "PERSON", 0, ("striker",))]),
        "c": ("Ada Okoro spoke. Her rival Ben Okoro left. Okoro said the strike would end.",
              [("Ada Okoro", "PERSON", 0, ()), ("Ben Okoro", "PERSON", 1, ()), ("Okoro", "PERSON", 2, ())]),
        "d": ("Okoro led the strike, and Okoro won.", [("Okoro", "PERSON", 0, ("union leader",))]),
        "e": ("Okoro scored again.", [("Okoro", "PERSON", 0, ("striker",))]),
    })
    _, entity_of = canonicalise(docs, extractions)
    assert entity_of[("a", 0)] != entity_of[("b", 0)]


def test_canonical_a_nickname_joins_the_full_first_name_when_the_titles_are_one_office_written_two_ways() -> None:
    # "Harbour COVID-19 coordinator" and "Harbour Covid coordinator" had counted as two titles, so the two
    # outlets' names for one official stayed two people; "Ron"/"Aaron" with unrelated titles stay apart
    docs, extractions = corpus(
        {
            "a": ("Harbour COVID-19 coordinator Tom Brack spoke on Monday.",
                  [("Tom Brack", "PERSON", 0, ("Harbour COVID-19 coordinator",))]),
            "b": ("Harbour Covid coordinator Thomas Brack said the rules would ease.",
                  [("Thomas Brack", "PERSON", 0, ("Harbour Covid coordinator",))]),
            "c": ("Chess club treasurer Ron Hale won the final.", [("Ron Hale", "PERSON", 0, ("Chess club treasurer",))]),
            "d": ("Bakery owner Aaron Hale opened a shop.", [("Aaron Hale", "PERSON", 0, ("Bakery owner",))]),
        }
    )
    people = {e.name: e for e in canonicalise(docs, extractions)[0] if e.type == "PERSON"}
    brack = [e for e in people.values() if "Brack" in e.name]
    assert len(brack) == 1 and {"Tom Brack", "Thomas Brack"} <= set(brack[0].aliases)
    assert {"Ron Hale", "Aaron Hale"} <= set(people)


def test_canonical_titles_differing_by_a_closing_period_are_one() -> None:
    docs, extractions = corpus(
        {
            "a": ("Mr. Tom Brack spoke on Monday.", [("Tom Brack", "PERSON", 0, ("Mr.",))]),
            "b": ("Mr Tom Brack said the rules would ease.", [("Tom Brack", "PERSON", 0, ("Mr",))]),
        }
    )
    (brack,) = [e for e in canonicalise(docs, extractions)[0] if e.type == "PERSON"]
    assert len(brack.titles) == 1


def test_canonical_a_body_named_alone_does_not_join_its_committee() -> None:
    specs = {
        "a": ("The Senate Finance Committee and the Senate met.",
              [("Senate Finance Committee", "ORG", 0, ()), ("Senate", "ORG", 0, ())]),
        "b": ("The Senate passed the bill on Friday.", [("Senate", "ORG", 0, ())]),
        "c": ("The Senate adjourned.", [("Senate", "ORG", 0, ())]),
    }
    docs, extractions = corpus(specs)
    _, entity_of = canonicalise(docs, extractions)
    assert entity_of[("b", 0)] == entity_of[("c", 0)]
    assert entity_of[("b", 0)] != entity_of[("a", 0)]


def test_canonical_an_outlet_of_the_corpus_read_as_a_person_is_that_outlet() -> None:
    # "told Dispatchly" reads as a person to the tagger; the corpus holds Dispatchly's own article.
    docs, extractions = corpus({
        "a": ("Two aides told Dispatchly the senator would run. Dispatchly first reported the plan on Monday.",
              [("Dispatchly", "PERSON", 0, ()), ("Dispatchly", "PERSON", 0, ())]),
        "b": ("The senator, Mara Quill, will run for governor, her aides said.",
              [("Mara Quill", "PERSON", 0, ("senator",))]),
    })
    docs[1] = dataclasses.replace(docs[1], outlet="Dispatchly")
    entities, entity_of = canonicalise(docs, extractions)
    assert {e.id: e.type for e in entities}[entity_of[("a", 0)]] == "ORG"


def test_canonical_an_outlet_named_like_a_person_keeps_its_people() -> None:
    # A columnist's outlet is his name; a one-word outlet that is a person's surname in the corpus stays a person.
    docs, extractions = corpus({
        "a": ("Tom Ashby said the bill would pass. Ashby spoke to Quill on Friday.",
              [("Tom Ashby", "PERSON", 0, ()), ("Ashby", "PERSON", 0, ()), ("Quill", "PERSON", 1, ())]),
        "b": ("Senator Ben Quill opposed the bill.", [("Ben Quill", "PERSON", 0, ("Senator",))]),
    })
    docs[0] = dataclasses.replace(docs[0], outlet="Tom Ashby")
    docs[1] = dataclasses.replace(docs[1], outlet="Quill")
    entities, entity_of = canonicalise(docs, extractions)
    types = {e.id: e.type for e in entities}
    assert types[entity_of[("a", 0)]] == "PERSON" and types[entity_of[("a", 1)]] == "PERSON"


def test_canonical_a_platform_read_as_an_organisation_in_several_documents_is_one_everywhere() -> None:
    # "Chirper" is a person in three documents ("posted to Chirper") and a company in three ("Chirper said").
    person_docs = {f"p{i}": ("The mayor posted the video to Chirper on Sunday.", [("Chirper", "PERSON", 0, ())])
                   for i in range(3)}
    company_docs = {f"o{i}": ("Chirper said it removed the video.", [("Chirper", "ORG", 0, ())]) for i in range(3)}
    # a share bar the tagger read as a full name does not make the platform's name someone's
    share_bar = {"s": ("Share on Chirper Pinboard", [("Chirper Pinboard", "PERSON", 0, ())])}
    docs, extractions = corpus({**person_docs, **company_docs, **share_bar})
    entities, entity_of = canonicalise(docs, extractions)
    assert len({entity_of[(d, 0)] for d in [*person_docs, *company_docs]}) == 1
    assert {e.id: e.type for e in entities}[entity_of[("p0", 0)]] == "ORG"


def test_canonical_a_surname_read_as_an_organisation_twice_stays_a_person() -> None:
    # "Dunmore" is Ellen Dunmore's surname in the corpus: two ORG slips do not make her a company.
    docs, extractions = corpus({
        "f": ("Ellen Dunmore won the seat.", [("Ellen Dunmore", "PERSON", 0, ())]),
        **{f"p{i}": ("Dunmore thanked her voters.", [("Dunmore", "PERSON", 0, ())]) for i in range(3)},
        **{f"o{i}": ("Dunmore said she would serve.", [("Dunmore", "ORG", 0, ())]) for i in range(3)},
    })
    entities, entity_of = canonicalise(docs, extractions)
    assert {e.id: e.type for e in entities}[entity_of[("p0", 0)]] == "PERSON"


def test_canonical_a_country_before_a_body_named_alone_is_one_body() -> None:
    # "US Senate" in one outlet, "the Senate" in the next (and in the same article): one chamber.
    docs, extractions = corpus({
        "a": ("The US Senate passed the bill. The Senate then adjourned.",
              [("US Senate", "ORG", 0, ()), ("Senate", "ORG", 1, ())]),
        "b": ("The Senate voted 68 to 32.", [("Senate", "ORG", 0, ())]),
        "c": ("Shares of US Airways rose.", [("US Airways", "ORG", 0, ())]),
    })
    entities, entity_of = canonicalise(docs, extractions)
    assert entity_of[("a", 0)] == entity_of[("a", 1)] == entity_of[("b", 0)]
    assert {e.id: e.name for e in entities}[entity_of[("a", 0)]] == "Senate"
    assert {e.id: e.name for e in entities}[entity_of[("c", 0)]] == "US Airways"


def test_canonical_initials_joined_by_an_ampersand_join_the_name_they_spell() -> None:
    docs, extractions = corpus({
        "a": ("Harlow & Harlow said its shot works.", [("Harlow & Harlow", "ORG", 0, ())]),
        "b": ("Regulators paused the H&H shot.", [("H&H", "ORG", 0, ())]),
    })
    entities, entity_of = canonicalise(docs, extractions)
    assert entity_of[("a", 0)] == entity_of[("b", 0)]
    assert {e.id: e.name for e in entities}[entity_of[("b", 0)]] == "Harlow & Harlow"


def test_canonical_initials_joined_by_an_ampersand_join_no_name_written_without_one() -> None:
    docs, extractions = corpus({
        "a": ("Harlow Pictures released the film.", [("Harlow Pictures", "ORG", 0, ())]),
        "b": ("The H&P index fell.", [("H&P", "ORG", 0, ())]),
    })
    _, entity_of = canonicalise(docs, extractions)
    assert entity_of[("a", 0)] != entity_of[("b", 0)]


def test_canonical_a_name_read_as_an_organisation_in_two_documents_keeps_its_person() -> None:
    # The tagger reads a woman's surname as an organisation in two articles; a third writes about her at length.
    docs, extractions = corpus({
        **{f"o{i}": ("Dunleavy said she acted in self-defense.", [("Dunleavy", "ORG", 0, ())]) for i in range(2)},
        "p": ("Dunleavy was arrested on Monday. Dunleavy pleaded not guilty. Dunleavy will appear in May.",
              [("Dunleavy", "PERSON", 0, ()), ("Dunleavy", "PERSON", 0, ()), ("Dunleavy", "PERSON", 0, ())]),
    })
    entities, entity_of = canonicalise(docs, extractions)
    assert {e.id: e.type for e in entities}[entity_of[("p", 0)]] == "PERSON"


def test_canonical_state_abbreviated_with_a_dot_is_that_state() -> None:
    docs, extractions = corpus({
        "a": ("Sen. Ada Pruitt (R-Ky.) said the bill would help Kentucky farmers.",
              [("Ada Pruitt", "PERSON", 0, ("Sen.",)), ("Ky.", "GPE", 1, ()), ("Kentucky", "GPE", 2, ())]),
        "b": ("Rep. Lou Harmon (D-Calif.) voted no.", [("Lou Harmon", "PERSON", 0, ("Rep.",)), ("Calif.", "GPE", 1, ())]),
        "c": ("Sen. Ada Pruitt (R-Ky.) and Sen. Ed Marr (R-Ky.) agreed.",
              [("Ada Pruitt", "PERSON", 0, ("Sen.",)), ("Ky.", "GPE", 1, ()), ("Ed Marr", "PERSON", 2, ("Sen.",))]),
    })
    entities, entity_of = canonicalise(docs, extractions)
    assert entity_of[("a", 1)] == entity_of[("a", 2)]
    by_id = {e.id: e for e in entities}
    assert by_id[entity_of[("a", 1)]].name == "Kentucky"
    assert by_id[entity_of[("b", 1)]].id == entity_id("GPE", "california")
    assert by_id[entity_of[("b", 1)]].name == "California"


def test_canonical_state_postal_code_or_capital_abbreviation_stays_apart() -> None:
    docs, extractions = corpus({
        "a": ("Flights from LA and L.A. to Washington resumed, and Wash. growers and Louisiana fishers cheered.",
              [("LA", "GPE", 0, ()), ("L.A.", "GPE", 4, ()), ("Washington", "GPE", 1, ()), ("Wash.", "GPE", 2, ()),
               ("Louisiana", "GPE", 3, ())]),
    })
    _, entity_of = canonicalise(docs, extractions)
    assert entity_of[("a", 3)] not in (entity_of[("a", 0)], entity_of[("a", 4)])
    assert entity_of[("a", 1)] != entity_of[("a", 2)]


def test_canonical_given_name_alone_is_not_joined_to_a_namesake_by_shared_context() -> None:
    docs, extractions = corpus({
        "a": ("Rep. Raul Vega spoke in Miami before the Senate vote.",
              [("Raul Vega", "PERSON", 0, ("Rep.",)), ("Miami", "GPE", 1, ()), ("Senate", "ORG", 2, ())]),
        "b": ("Coach Raul Ortiz won again in Denver.", [("Raul Ortiz", "PERSON", 0, ("Coach",)), ("Denver", "GPE", 1, ())]),
        "c": ("In Miami, the Senate heard from exiles; his brother Raul stayed home.",
              [("Miami", "GPE", 0, ()), ("Senate", "ORG", 1, ()), ("Raul", "PERSON", 2, ())]),
    })
    _, entity_of = canonicalise(docs, extractions)
    assert entity_of[("c", 2)] not in (entity_of[("a", 0)], entity_of[("b", 0)])


def test_canonical_surname_alone_still_chosen_by_shared_context() -> None:
    docs, extractions = corpus({
        "a": ("Rep. Raul Vega spoke in Miami before the Senate vote.",
              [("Raul Vega", "PERSON", 0, ("Rep.",)), ("Miami", "GPE", 1, ()), ("Senate", "ORG", 2, ())]),
        "b": ("Coach Ana Vega won again in Denver.", [("Ana Vega", "PERSON", 0, ("Coach",)), ("Denver", "GPE", 1, ())]),
        "c": ("In Miami, the Senate heard from Vega on Tuesday.",
              [("Miami", "GPE", 0, ()), ("Senate", "ORG", 1, ()), ("Vega", "PERSON", 2, ())]),
    })
    _, entity_of = canonicalise(docs, extractions)
    assert entity_of[("c", 2)] == entity_of[("a", 0)]


def test_canonical_given_name_alone_joins_the_namesake_whose_surname_its_document_writes() -> None:
    docs, extractions = corpus({
        "a": ("Rep. Raul Vega spoke in Miami.", [("Raul Vega", "PERSON", 0, ("Rep.",)), ("Miami", "GPE", 1, ())]),
        "b": ("Coach Raul Ortiz won again in Denver.", [("Raul Ortiz", "PERSON", 0, ("Coach",)), ("Denver", "GPE", 1, ())]),
        "c": ("Raul and Nina Vega hosted a dinner.", [("Raul", "PERSON", 0, ()), ("Nina Vega", "PERSON", 1, ())]),
    })
    _, entity_of = canonicalise(docs, extractions)
    assert entity_of[("c", 0)] == entity_of[("a", 0)]


def test_canonical_given_name_group_joins_a_namesake_only_when_all_its_members_chose_them() -> None:
    docs, extractions = corpus({
        "a": ("Private Ada Quill leaked the files.", [("Ada Quill", "PERSON", 0, ("Private",))]),
        "b": ("Singer Ada Lorne toured Ohio.", [("Ada Lorne", "PERSON", 0, ("Singer",)), ("Ohio", "GPE", 1, ())]),
        "c": ("He helped Ada (born Ross) Quill get a password. Quill denied it.",
              [("Ada", "PERSON", 0, ()), ("Quill", "PERSON", 1, ())]),
        "d": ("Tom and Ada went to church.", [("Tom", "PERSON", 0, ()), ("Ada", "ORG", 1, ())]),
        "e": ("Tom, Ada and their dog went to Ohio.", [("Tom", "PERSON", 0, ()), ("Ada", "ORG", 1, ()), ("Ohio", "GPE", 2, ())]),
        "f": ("Ada smiled at Tom.", [("Ada", "ORG", 0, ()), ("Tom", "PERSON", 1, ())]),
    })
    _, entity_of = canonicalise(docs, extractions)
    assert entity_of[("d", 1)] != entity_of[("a", 0)]
    assert entity_of[("e", 1)] != entity_of[("a", 0)]


def test_canonical_a_one_word_name_read_as_often_as_an_organisation_as_a_person_is_the_organisation() -> None:
    # One outlet reads the drugmaker as a company, another as a person as many times: no one of the corpus is
    # named so, so the tie goes to the company.
    docs, extractions = corpus({
        "a": ("Corvane said on Friday it would seek approval. Corvane stopped the trial early.",
              [("Corvane", "ORG", 0, ()), ("Corvane", "ORG", 0, ())]),
        "b": ("A drug from Corvane halves the risk. Corvane and its partner will file.",
              [("Corvane", "PERSON", 0, ()), ("Corvane", "PERSON", 0, ())]),
    })
    entities, entity_of = canonicalise(docs, extractions)
    assert entity_of[("a", 0)] == entity_of[("b", 0)]
    assert {e.id: e.type for e in entities}[entity_of[("b", 0)]] == "ORG"
    # The surname of someone the corpus names in full keeps its person reading.
    docs, extractions = corpus({
        "a": ("Corvane said on Friday it would run.", [("Corvane", "ORG", 0, ())]),
        "b": ("Corvane thanked her voters.", [("Corvane", "PERSON", 0, ())]),
        "c": ("Mayor Ines Corvane spoke.", [("Ines Corvane", "PERSON", 0, ("Mayor",))]),
    })
    entities, entity_of = canonicalise(docs, extractions)
    assert {e.id: e.type for e in entities}[entity_of[("b", 0)]] == "PERSON"


def test_canonical_a_lone_word_that_is_one_surname_and_another_s_first_word_does_not_join_by_surname_alone() -> None:
    # "Tal" is the surname of a reporter and the first word of a leader's name, whom five articles call "Tal" alone:
    # a lone "Tal" in an article naming neither is the leader, never the reporter for the spelling of her key.
    specs = {
        f"leader{n}": (f"Tal Oren met the envoy in port {n}. Tal said the talks would go on.",
                       [("Tal Oren", "PERSON", 0, ("Prime Minister",)), ("Tal", "PERSON", 0, ())])
        for n in range(5)
    }
    specs["c"] = ("Reporter Mira Tal covered the flood in Ohio.", [("Mira Tal", "PERSON", 0, ("Reporter",))])
    specs["d"] = ("Tal told the cabinet he would resign.", [("Tal", "PERSON", 0, ())])
    docs, extractions = corpus(specs)
    _, entity_of = canonicalise(docs, extractions)
    assert entity_of[("d", 0)] != entity_of[("c", 0)]
    assert entity_of[("d", 0)] == entity_of[("leader0", 0)]
    # Called so in two articles only: nothing tells which of the two is meant, so neither.
    for n in range(2, 5):
        del specs[f"leader{n}"]
    docs, extractions = corpus(specs)
    _, entity_of = canonicalise(docs, extractions)
    assert entity_of[("d", 0)] not in (entity_of[("c", 0)], entity_of[("leader0", 0)])


def test_canonical_names_spelt_with_a_hyphen_or_a_space_are_one_entity() -> None:
    docs, extractions = corpus({
        "a": ("Leader Pak Song-il toured the port. Pak praised the workers.",
              [("Pak Song-il", "PERSON", 0, ("Leader",)), ("Pak", "PERSON", 0, ())]),
        "b": ("Pak Song Il met the envoy in the capital.", [("Pak Song Il", "PERSON", 0, ())]),
        "c": ("The Brava-Nord group claimed the attack.", [("Brava-Nord", "ORG", 0, ())]),
        "d": ("Brava Nord fighters crossed the river.", [("Brava Nord", "ORG", 0, ())]),
        "e": ("Pak Song met reporters.", [("Pak Song", "PERSON", 0, ())]),
    })
    _, entity_of = canonicalise(docs, extractions)
    assert entity_of[("a", 0)] == entity_of[("b", 0)]
    assert entity_of[("c", 0)] == entity_of[("d", 0)]
    assert entity_of[("e", 0)] != entity_of[("a", 0)]


def test_canonical_a_name_read_as_a_building_and_as_a_body_is_one_entity() -> None:
    docs, extractions = corpus({
        "a": ("Protesters gathered outside the Statehouse on Monday.", [("Statehouse", "FAC", 0, ())]),
        "b": ("The Statehouse passed the budget late on Friday.", [("Statehouse", "ORG", 0, ())]),
        "c": ("Police closed the Statehouse after the threat.", [("Statehouse", "FAC", 0, ())]),
    })
    entities, entity_of = canonicalise(docs, extractions)
    assert entity_of[("a", 0)] == entity_of[("b", 0)] == entity_of[("c", 0)]
    assert {e.id: e.type for e in entities}[entity_of[("b", 0)]] == "FAC"


def test_canonical_a_person_named_in_several_forms_is_weighed_under_the_form_most_articles_use() -> None:
    # "Dan Ross Vell" once and "Dan Vell" in three articles are one senator; his lone "Vell" must be weighed with the
    # articles of his usual name, not with the one-off form's, or it goes to his wife.
    specs = {
        f"s{n}": (f"Dan Vell spoke in the Senate about Ohio, part {n}.",
                  [("Dan Vell", "PERSON", 0, ()), ("Senate", "ORG", 1, ()), ("Ohio", "GPE", 2, ())])
        for n in range(3)
    }
    specs["m"] = ("Dan Ross Vell was born in a small town.", [("Dan Ross Vell", "PERSON", 0, ())])
    specs["w"] = ("Mia Vell opened a bakery in Ohio.", [("Mia Vell", "PERSON", 0, ()), ("Ohio", "GPE", 1, ())])
    specs["d"] = ("Vell told the Senate that Ohio needs roads.",
                  [("Vell", "PERSON", 0, ()), ("Senate", "ORG", 1, ()), ("Ohio", "GPE", 2, ())])
    docs, extractions = corpus(specs)
    _, entity_of = canonicalise(docs, extractions)
    assert entity_of[("m", 0)] == entity_of[("s0", 0)]
    assert entity_of[("d", 0)] == entity_of[("s0", 0)] != entity_of[("w", 0)]


def test_canonical_a_lone_surname_of_several_people_does_not_follow_another_article_s_choice() -> None:
    # one article's "Senator Marsh" is Paul Marsh by his title; a radio host called "Marsh" in another article,
    # where nothing tells, had gone along with it as one group of lone "Marsh" names
    docs, extractions = corpus({
        "a": ("Senator Paul Marsh filed the bill on Monday.", [("Paul Marsh", "PERSON", 0, ("Senator",))]),
        "b": ("The singer Lena Marsh opened the festival.", [("Lena Marsh", "PERSON", 0, ("singer",))]),
        "c": ("Senator Marsh said the vote would wait.", [("Marsh", "PERSON", 0, ("Senator",))]),
        "d": ("On her show, Marsh joked about the weather, and Marsh took calls.",
              [("Marsh", "PERSON", 0, ()), ("Marsh", "PERSON", 0, ())]),
    })
    _, entity_of = canonicalise(docs, extractions)
    assert entity_of[("c", 0)] == entity_of[("a", 0)]
    assert entity_of[("d", 0)] not in (entity_of[("a", 0)], entity_of[("b", 0)])


def test_canonical_a_lone_surname_with_nothing_said_follows_the_person_many_articles_chose() -> None:
    # "Marsh" alone where nothing tells goes with Paul Marsh when the lone "Marsh" of five other articles chose him
    # by his title, and none chose his namesake
    specs = {
        "a": ("Senator Paul Marsh filed the bill on Monday.", [("Paul Marsh", "PERSON", 0, ("Senator",))]),
        "b": ("The singer Lena Marsh opened the festival.", [("Lena Marsh", "PERSON", 0, ("singer",))]),
        "z": ("Marsh voted against the plan.", [("Marsh", "PERSON", 0, ())]),
    }
    for n in range(5):
        specs[f"c{n}"] = ("Senator Marsh said the vote would wait.", [("Marsh", "PERSON", 0, ("Senator",))])
    docs, extractions = corpus(specs)
    _, entity_of = canonicalise(docs, extractions)
    assert entity_of[("z", 0)] == entity_of[("a", 0)] == entity_of[("c4", 0)]


def test_canonical_an_owner_before_a_body_named_alone_elsewhere_is_not_part_of_its_key() -> None:
    # "Acme's Review Board" in one outlet is the "Review Board" of another; a name no one writes without its
    # possessive keeps it
    docs, extractions = corpus({
        "a": ("Acme's Review Board upheld the ban on Wednesday.", [("Acme's Review Board", "ORG", 0, ())]),
        "b": ("The Review Board said the ban would stand.", [("Review Board", "ORG", 0, ())]),
        "c": ("The Pilots' Mutual Fund lost money.", [("Pilots' Mutual Fund", "ORG", 0, ())]),
        "d": ("The United Nations' Climate Science Panel met.", [("United Nations' Climate Science Panel", "ORG", 0, ())]),
        "e": ("The Climate Science Panel warned of floods.", [("Climate Science Panel", "ORG", 0, ())]),
    })
    entities, entity_of = canonicalise(docs, extractions)
    assert entity_of[("a", 0)] == entity_of[("b", 0)]
    assert entity_of[("d", 0)] == entity_of[("e", 0)]
    names = {e.name for e in entities}
    assert "Pilots' Mutual Fund" in names and "Review Board" in names and "Acme's Review Board" not in names


def test_canonical_a_place_s_body_keeps_its_owner() -> None:
    # a state's high court is not the national "Supreme Court" another article names alone
    docs, extractions = corpus({
        "a": ("Ohio's Supreme Court heard the case.", [("Ohio's Supreme Court", "ORG", 0, ()), ("Ohio", "GPE", 1, ())]),
        "b": ("The Supreme Court ruled on Friday.", [("Supreme Court", "ORG", 0, ())]),
    })
    entities, entity_of = canonicalise(docs, extractions)
    assert entity_of[("a", 0)] != entity_of[("b", 0)]


def test_canonical_a_body_noun_alone_is_the_body_its_article_names() -> None:
    # "the Court" after "the Tribune Valley Supreme Court" is that court; another article's "the Court", beside two
    # named courts, is neither and no other article's
    docs, extractions = corpus({
        "a": ("The Valley Supreme Court heard the appeal. The Court ruled on Friday. The Court adjourned.",
              [("Valley Supreme Court", "ORG", 0, ()), ("Court", "ORG", 1, ()), ("Court", "ORG", 1, ())]),
        "b": ("The Valley Supreme Court met again.", [("Valley Supreme Court", "ORG", 0, ())]),
        "c": ("The Harbor District Court and the Valley Appeals Court split. The Court said more.",
              [("Harbor District Court", "ORG", 0, ()), ("Valley Appeals Court", "ORG", 1, ()), ("Court", "ORG", 2, ())]),
        "d": ("The Court adjourned.", [("Court", "ORG", 0, ())]),
    })
    entities, entity_of = canonicalise(docs, extractions)
    assert entity_of[("a", 1)] == entity_of[("a", 0)] == entity_of[("b", 0)]
    assert next(e.name for e in entities if e.id == entity_of[("a", 0)]) == "Valley Supreme Court"
    assert entity_of[("c", 2)] not in (entity_of[("c", 0)], entity_of[("c", 1)], entity_of[("d", 0)], entity_of[("a", 0)])


def test_canonical_a_state_s_chamber_is_not_the_nation_s() -> None:
    # "the state Senate", "the Oregon House and Senate", "Oregon's Supreme Court": the tagger leaves the state out of
    # the name, and keyed by the bare word each had joined the national body another article names alone
    docs, extractions = corpus({
        "a": ("Lawmakers in the state Senate approved the measure.", [("Senate", "ORG", 0, ())]),
        "b": ("The Senate confirmed the nominee.", [("Senate", "ORG", 0, ())]),
        "c": ("Leaders of the Oregon House and Senate met.", [("Oregon House", "ORG", 0, ()), ("Senate", "ORG", 1, ())]),
        "d": ("Oregon's Supreme Court heard the case.", [("Oregon", "GPE", 0, ()), ("Supreme Court", "ORG", 1, ())]),
        "e": ("The Oregon Supreme Court ruled.", [("Oregon Supreme Court", "ORG", 0, ())]),
        "f": ("The Supreme Court ruled on Friday.", [("Supreme Court", "ORG", 0, ())]),
        "g": ("The Oregon Senate race tightened.", [("Oregon", "GPE", 0, ()), ("Senate", "ORG", 1, ())]),
    })
    _, entity_of = canonicalise(docs, extractions)
    national = entity_of[("b", 0)]
    assert entity_of[("a", 0)] != national and entity_of[("c", 1)] not in (national, entity_of[("a", 0)])
    assert entity_of[("d", 1)] == entity_of[("e", 0)] != entity_of[("f", 0)]
    assert entity_of[("g", 1)] == national  # a race for a state's seat is the nation's chamber


def test_canonical_a_surname_before_administration_is_the_namesake_who_heads_a_government() -> None:
    # "the Quill administration" is President Quill's, though its article shares more names with her husband's, whom
    # one article calls a museum's president: she is titled so in three times as many
    specs = {
        "b": ("The museum president Sam Quill opened the Harbor Museum in Lakeside.",
              [("Sam Quill", "PERSON", 0, ("museum president",)), ("Harbor Museum", "ORG", 1, ()), ("Lakeside", "GPE", 2, ())]),
        "c": ("The Harbor Museum in Lakeside drew crowds, and the Quill administration praised it.",
              [("Harbor Museum", "ORG", 0, ()), ("Lakeside", "GPE", 1, ()), ("Quill", "PERSON", 2, ())]),
        "d": ("Lakeside kept a Quill-era rule.", [("Lakeside", "GPE", 0, ()), ("Quill", "PERSON", 1, ())]),
    }
    for n in range(3):
        specs[f"a{n}"] = ("President Dana Quill signed the order.", [("Dana Quill", "PERSON", 0, ("President",))])
    docs, extractions = corpus(specs)
    _, entity_of = canonicalise(docs, extractions)
    assert entity_of[("c", 2)] == entity_of[("d", 1)] == entity_of[("a0", 0)]


def test_canonical_initials_read_as_a_body_are_no_one_s_surname() -> None:
    # "UN" read as an organisation had joined Kim Jong Un, the one person whose name ends in "Un"
    docs, extractions = corpus({
        "a": ("North Korean leader Kim Jong Un met envoys.", [("Kim Jong Un", "PERSON", 0, ("North Korean leader",))]),
        "b": ("The UN said the talks would resume.", [("UN", "ORG", 0, ())]),
    })
    _, entity_of = canonicalise(docs, extractions)
    assert entity_of[("b", 0)] != entity_of[("a", 0)]


def test_canonical_a_surname_read_as_a_place_is_the_person_its_article_names() -> None:
    # "a rebuke to Corvell" read as a place is Nina Corvell of the same article, named in full in three; a town
    # followed by its state stays a place
    specs = {
        "a": ("Governor Nina Corvell vetoed it. The vote was a rebuke to Corvell.",
              [("Nina Corvell", "PERSON", 0, ("Governor",)), ("Corvell", "GPE", 1, ())]),
        "b": ("In Ashby, Oregon, Mayor Tom Ashby met Dan Brill.",
              [("Tom Ashby", "PERSON", 0, ("Mayor",)), ("Dan Brill", "PERSON", 1, ()), ("Ashby", "GPE", 2, ())]),
    }
    for n in range(3):
        specs[f"c{n}"] = ("Nina Corvell and Tom Ashby spoke.", [("Nina Corvell", "PERSON", 0, ()), ("Tom Ashby", "PERSON", 1, ())])
    docs, extractions = corpus(specs)
    entities, entity_of = canonicalise(docs, extractions)
    assert entity_of[("a", 1)] == entity_of[("a", 0)]
    assert next(e.type for e in entities if e.id == entity_of[("a", 0)]) == "PERSON"
    assert entity_of[("b", 2)] != entity_of[("b", 0)]


def test_canonical_a_place_s_initials_join_only_a_place_named_in_two_articles() -> None:
    # one article's "Dorrin County" is no "D.C." of others; "Lone Valley", named in two articles, is their "L.V."
    docs, extractions = corpus({
        "a": ("Flights left D.C. on Monday.", [("D.C.", "GPE", 0, ())]),
        "b": ("Schools in Dorrin County closed.", [("Dorrin County", "GPE", 0, ())]),
        "c": ("Crews reached L.V. by noon.", [("L.V.", "GPE", 0, ())]),
        "d": ("Rain fell on Lone Valley.", [("Lone Valley", "GPE", 0, ())]),
        "e": ("Lone Valley voted again.", [("Lone Valley", "GPE", 0, ())]),
    })
    _, entity_of = canonicalise(docs, extractions)
    assert entity_of[("a", 0)] != entity_of[("b", 0)]
    assert entity_of[("c", 0)] == entity_of[("d", 0)] == entity_of[("e", 0)]


def test_canonical_ids_of_entities_sharing_a_name_do_not_depend_on_other_entities() -> None:
    # Two "state Senate" bodies and the national Senate share a display name, so all but one id is salted. The salt
    # had been the count of entities built before: one more article about anything renamed a speaker's page.
    specs = {
        "b": ("The Senate passed the bill on Friday.", [("Senate", "ORG", 0, ())]),
        "c": ("Lawmakers in the state Senate approved the measure.", [("Senate", "ORG", 0, ())]),
        "d": ("The state Senate adjourned after a short debate.", [("Senate", "ORG", 0, ())]),
    }
    extra = {"a": ("Mayor Ada Okoro opened the Harbor Museum with the Lakeside Trust.",
                   [("Ada Okoro", "PERSON", 0, ("Mayor",)), ("Harbor Museum", "ORG", 1, ()),
                    ("Lakeside Trust", "ORG", 2, ())])}
    _, alone = canonicalise(*corpus(specs))
    _, beside = canonicalise(*corpus({**extra, **specs}))
    assert len({alone[("b", 0)], alone[("c", 0)], alone[("d", 0)]}) == 3
    assert all(beside[ref] == alone[ref] for ref in alone)


def test_canonical_a_name_with_an_editors_brackets_is_that_name() -> None:
    # '"[ Mitch ] McConnell will block it," she said' (a tokenised corpus spaces the editor's brackets): a bracket
    # read as a word had made the mention no name, so it was kept to its own article, apart from everyone else's
    specs = {
        "a": ('"We know [ Ada ] Okoro will block it," the senator said.', [("[ Ada ] Okoro", "PERSON", 0, ())]),
        "b": ("Senator Ada Okoro said on Monday she would block the bill.", [("Ada Okoro", "PERSON", 0, ("Senator",))]),
    }
    _, entity_of = canonicalise(*corpus(specs))
    assert entity_of[("a", 0)] == entity_of[("b", 0)]
    assert is_name_form("[ Ada ] Okoro") and is_name_form("George [ W. ] Bush") and is_name_form("[Ada] Okoro")


def test_canonical_an_entity_is_keyed_and_named_by_the_clusters_of_its_own_type() -> None:
    # One article ran a president's lone surname, read as an organisation, into "Quill’s National Security Adviser"; other
    # articles' lone "Quill" read as an organisation joined that body as its short name, and the president through
    # the mis-tag: the body's name, the longest of the group, had become the president's key, id and shown name
    specs = {
        "a": ("He had served as President Quill’s National Security Adviser. Quill had asked for him.",
              [("Quill’s National Security Adviser", "ORG", 0, ()), ("Quill", "ORG", 0, ())]),
        "b": ("Quill signed the order on Monday.", [("Quill", "ORG", 0, ())]),
    }
    for n in range(4):
        specs[f"p{n}"] = ("President Ada Quill spoke on Monday. Quill said the vote would wait.",
                          [("Ada Quill", "PERSON", 0, ("President",)), ("Quill", "PERSON", 0, ())])
        specs[f"q{n}"] = ("President Quill said the vote would wait.", [("Quill", "PERSON", 0, ("President",))])
    docs, extractions = corpus(specs)
    entities, entity_of = canonicalise(docs, extractions)
    person = next(e for e in entities if e.id == entity_of[("p0", 0)])
    assert entity_of[("b", 0)] == entity_of[("q0", 0)] == person.id  # the mis-tag still joins the president
    assert person.name == "Ada Quill"
    assert person.id == entity_id("PERSON", "ada quill")


def test_canonical_a_full_name_read_as_an_organisation_is_the_person_others_read() -> None:
    # the tagger reads a name after a role noun or a preposition as a company ("a payment to Lena Marsh"); one
    # article reads her as a person and calls her "Marsh": the company readings are hers
    specs = {
        "p": ("Lena Marsh spoke to reporters. Marsh said she would sue.",
              [("Lena Marsh", "PERSON", 0, ()), ("Marsh", "PERSON", 0, ())]),
    }
    for n in range(3):
        specs[f"o{n}"] = ("The lawyer sent a payment to singer Lena Marsh in May.", [("Lena Marsh", "ORG", 0, ())])
    docs, extractions = corpus(specs)
    entities, entity_of = canonicalise(docs, extractions)
    by_id = {e.id: e for e in entities}
    assert entity_of[("o0", 0)] == entity_of[("o2", 0)] == entity_of[("p", 0)]
    assert by_id[entity_of[("p", 0)]].type == "PERSON"


def test_canonical_a_place_no_article_calls_by_its_last_word_stays_apart_from_a_person_reading() -> None:
    # "Sandy Hook" read as a person once and as a body twice: no article writes "Hook" alone as a person
    specs = {
        "p": ("Sandy Hook was quiet on Monday.", [("Sandy Hook", "PERSON", 0, ())]),
        "o": ("The shooting at Sandy Hook shook the town.", [("Sandy Hook", "ORG", 0, ())]),
        "q": ("Officials at Sandy Hook met parents.", [("Sandy Hook", "ORG", 0, ())]),
    }
    docs, extractions = corpus(specs)
    entities, entity_of = canonicalise(docs, extractions)
    assert {e.id: e for e in entities}[entity_of[("o", 0)]].type == "ORG"


def test_canonical_an_organisation_carries_no_person_s_titles() -> None:
    # one article read the outlet as a person with an apposition: the organisation has no title
    specs = {"a": ("Quillpost, a left-wing site, ran the story.", [("Quillpost", "PERSON", 0, ("left-wing site",))])}
    for n in range(3):
        specs[f"o{n}"] = ("Quillpost reported the vote.", [("Quillpost", "ORG", 0, ())])
    docs, extractions = corpus(specs)
    entities, entity_of = canonicalise(docs, extractions)
    outlet = {e.id: e for e in entities}[entity_of[("o0", 0)]]
    assert entity_of[("a", 0)] == outlet.id and outlet.type == "ORG"
    assert outlet.titles == ()


def test_canonical_a_cluster_naming_an_owner_alone_is_keyed_by_the_owner_not_its_possessive() -> None:
    # one article clustered "Quill" with "Quill’s Faculty of Arts": keyed by the body's name, it made a second long
    # name that "Quill" shortens, and the lone "Quill" of other articles joined neither it nor Quill University
    docs, extractions = corpus({
        "a": ("She became dean of Quill’s Faculty of Arts. She had studied at Quill before.",
              [("Quill’s Faculty of Arts", "ORG", 0, ()), ("Quill", "ORG", 0, ())]),
        "d": ("Quill University raised its fees. Quill said costs had grown.",
              [("Quill University", "ORG", 0, ()), ("Quill", "ORG", 0, ())]),
        "b": ("Students at Quill protested.", [("Quill", "ORG", 0, ())]),
    })
    _, entity_of = canonicalise(docs, extractions)
    assert entity_of[("a", 0)] == entity_of[("b", 0)] == entity_of[("d", 0)]


def test_canonical_a_given_name_read_as_a_place_is_the_person_its_article_names() -> None:
    # "a vote for Marsha" read as a place, in an article naming Marsha Quillen: hers, as a surname read so would be
    specs = {"a": ("Marsha Quillen spoke in Memphis. \"A vote for Marsha is a vote for me,\" he said.",
                   [("Marsha Quillen", "PERSON", 0, ()), ("Marsha", "GPE", 1, ())])}
    for n in range(3):
        specs[f"p{n}"] = ("Marsha Quillen won the primary.", [("Marsha Quillen", "PERSON", 0, ())])
    docs, extractions = corpus(specs)
    _, entity_of = canonicalise(docs, extractions)
    assert entity_of[("a", 1)] == entity_of[("a", 0)] == entity_of[("p0", 0)]
