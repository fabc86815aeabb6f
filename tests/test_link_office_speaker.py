"""A speaker written as an office alone ("the president said") in an article that never titles anyone so is the one
person it names who holds that office in the corpus's titles (link stage, ``attach_speakers``)."""

from __future__ import annotations

from newsfuse.link.canonical import attach_speakers, canonicalise
from newsfuse.records import Extraction, Quote
from tests.test_link_canonical import corpus

TITLED = (
    "President Dana Whitfield signed the ports bill on Monday, and Gov. Lena Ortiz praised it.",
    [("Dana Whitfield", "PERSON", 0, ("President",)), ("Lena Ortiz", "PERSON", 1, ("Gov.",))],
)


def _said_by_office(text: str, office: str, words: str) -> Quote:
    start = text.index(words)
    source = text.index(office)
    return Quote(doc="rally", text=words, kind="direct", start=start, end=start + len(words), speaker_name=office,
                 speaker_kind="unknown", cue="said", source_start=source, source_end=source + len(office))


def _speaker_of(rally_text: str, rally_mentions: list, office: str, words: str) -> tuple[str | None, dict]:
    docs, extractions = corpus({"wire": TITLED, "rally": (rally_text, rally_mentions)})
    entities, entity_of = canonicalise(docs, extractions)
    rally = next(d for d in docs if d.id == "rally")
    quote = _said_by_office(rally.text, office, words)
    linked = attach_speakers(
        Extraction(doc="rally", mentions=extractions["rally"].mentions, quotes=(quote,)),
        entity_of, {e.id: e for e in entities}, rally.text,
    )
    return linked.quotes[0].speaker, {e.id: e.name for e in entities}


def test_the_president_is_the_one_person_named_who_holds_the_office_elsewhere() -> None:
    text = ("Whitfield spoke to a crowd in Toledo on Tuesday. “We built those ports together,” Whitfield said. "
            "“Nobody thought we could,” the president said.")
    speaker, names = _speaker_of(text, [("Whitfield", "PERSON", 0, ()), ("Whitfield", "PERSON", 0, ())],
                                 "the president", "Nobody thought we could")
    assert speaker is not None and names[speaker] == "Dana Whitfield"
    # the quote keeps its own words as the source phrase; a call without the corpus's entities changes nothing
    docs, extractions = corpus({"rally": (text, [("Whitfield", "PERSON", 0, ())])})
    _, entity_of = canonicalise(docs, extractions)
    quote = _said_by_office(docs[0].text, "the president", "Nobody thought we could")
    alone = attach_speakers(Extraction(doc="rally", mentions=extractions["rally"].mentions, quotes=(quote,)), entity_of)
    assert alone.quotes[0].speaker is None


def test_an_abbreviated_title_counts_and_two_holders_leave_the_office_unresolved() -> None:
    text = "Ortiz toured the flooded valley. “We will rebuild every bridge,” the governor said."
    speaker, names = _speaker_of(text, [("Ortiz", "PERSON", 1, ())], "the governor", "We will rebuild every bridge")
    assert speaker is not None and names[speaker] == "Lena Ortiz"
    both = "Whitfield met Ortiz in Toledo. “It went well,” the president said."
    speaker, _ = _speaker_of(both, [("Whitfield", "PERSON", 0, ()), ("Ortiz", "PERSON", 1, ())],
                             "the president", "It went well")
    assert speaker is not None  # only Whitfield is a president; Ortiz is a governor
    # a second president in the article leaves "the president" to nobody
    second = "Whitfield met Rafael Ibarra, who was president of Marsala until 2019. “It went well,” the president said."
    speaker, _ = _speaker_of(second, [("Whitfield", "PERSON", 0, ()), ("Rafael Ibarra", "PERSON", 2, ("former President",))],
                             "the president", "It went well")
    assert speaker is None


def test_a_new_holder_brought_in_after_the_naming_takes_the_office_phrase() -> None:
    text = ("Whitfield left the summit early. Later, a regional president from the coast arrived. "
            "“We were not consulted,” the president said.")
    speaker, _ = _speaker_of(text, [("Whitfield", "PERSON", 0, ())], "the president", "We were not consulted")
    assert speaker is None


def test_a_description_with_words_of_its_own_is_no_office() -> None:
    text = "Whitfield spoke on Tuesday. “We will see,” the president of the dockworkers' union said."
    speaker, _ = _speaker_of(text, [("Whitfield", "PERSON", 0, ())], "the president of the dockworkers' union",
                             "We will see")
    assert speaker is None


def test_another_office_of_the_same_noun_leaves_no_ambiguity() -> None:
    # "President-elect Whitfield ... the vice president-elect": "vice" is never dropped, so Whitfield's own title
    # does not make the phrase ambiguous (it had left the quote to no one)
    titled = ("Vice President-elect Noor Abadi spoke in Reno. President-elect Dana Whitfield spoke in Toledo.",
              [("Noor Abadi", "PERSON", 3, ("Vice President-elect",)),
               ("Dana Whitfield", "PERSON", 0, ("President-elect",))])
    text = ("President-elect Whitfield named his cabinet, and Abadi stood beside him. “We are ready,” the vice "
            "president-elect said.")
    docs, extractions = corpus({"wire": titled, "rally": (text, [("Whitfield", "PERSON", 0, ("President-elect",)),
                                                                 ("Abadi", "PERSON", 3, ())])})
    entities, entity_of = canonicalise(docs, extractions)
    rally = next(d for d in docs if d.id == "rally")
    quote = _said_by_office(rally.text, "the vice president-elect", "We are ready")
    linked = attach_speakers(Extraction(doc="rally", mentions=extractions["rally"].mentions, quotes=(quote,)),
                             entity_of, {e.id: e for e in entities}, rally.text)
    assert {e.id: e.name for e in entities}.get(linked.quotes[0].speaker) == "Noor Abadi"
