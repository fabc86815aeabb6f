"""Framing: a lexicon word counts as the outlet's judgement only in its judging sense."""

from __future__ import annotations

from newsfuse.brief import compare_framing, first_own_uses, tone
from tests.test_brief import make_doc


def test_a_verb_of_force_with_its_particle_is_no_loaded_term() -> None:
    # "blasted off to space" had been listed as the outlet's loaded "blasted", as if it criticised someone
    launch = make_doc("a", "The crew blasted off from the coast on Tuesday, and a storm ripped through the port as a "
                           "truck slammed into a barrier.", "Harbor Ledger", "2025-05-06")
    critic = make_doc("b", "The mayor blasted the port board on Tuesday and ripped its plan; the union slammed it.",
                      "Valley Post", "2025-05-06")
    framing = {f.outlet: f for f in compare_framing([launch, critic], {})}
    assert not {"blasted", "ripped", "slammed"} & set(framing["Harbor Ledger"].loaded_terms)
    assert {"blasted", "ripped", "slammed"} <= set(framing["Valley Post"].loaded_terms)


def test_criticism_on_a_platform_stays_loaded() -> None:
    # "slammed on social media" is criticism, unlike "slammed into a wall"
    doc = make_doc("a", "The plan was slammed on social media within hours.", "Harbor Ledger", "2025-05-06")
    other = make_doc("b", "The plan was published within hours.", "Valley Post", "2025-05-06")
    framing = {f.outlet: f for f in compare_framing([doc, other], {})}
    assert "slammed" in framing["Harbor Ledger"].loaded_terms


def test_a_loaded_noun_naming_a_kind_of_thing_is_no_loaded_term() -> None:
    # "disaster relief" and "crisis management" name kinds of work, as they already did for tone
    kind = make_doc("a", "The county opened a disaster relief office and hired a crisis management team.",
                    "Harbor Ledger", "2025-05-06")
    judged = make_doc("b", "The county's response was a disaster, and the closure a crisis of its own making.",
                      "Valley Post", "2025-05-06")
    framing = {f.outlet: f for f in compare_framing([kind, judged], {})}
    assert not {"disaster", "crisis"} & set(framing["Harbor Ledger"].loaded_terms)
    assert {"disaster", "crisis"} <= set(framing["Valley Post"].loaded_terms)


def test_the_first_own_use_of_a_term_skips_its_neutral_uses() -> None:
    # the link to a term's first use must show the use that made it loaded, not "blasted off" before it
    doc = make_doc("a", "The rocket blasted off at dawn. Hours later the senator blasted the agency.", "Harbor Ledger",
                   "2025-05-06")
    use = first_own_uses([doc], {}, ["blasted"])["blasted"]
    assert use is not None and doc.text[use[1] - 8 : use[2]] == "senator blasted"


def test_tone_reads_no_verb_of_force() -> None:
    assert tone(["The rocket blasted off and a car slammed into a wall near the launch pad."]) == 0.0


def test_figurative_attacks_with_a_particle_stay_loaded() -> None:
    # "a slam against his opponent", "ripped apart the safety net": judgements, whatever the particle
    doc = make_doc("a", "He added a slam against his opponent, and critics say the bill ripped apart the safety net.",
                   "Harbor Ledger", "2025-05-06")
    other = make_doc("b", "He added a remark about his opponent, and critics say the bill changed the safety net.",
                     "Valley Post", "2025-05-06")
    framing = {f.outlet: f for f in compare_framing([doc, other], {})}
    assert {"slam", "ripped"} <= set(framing["Harbor Ledger"].loaded_terms)


def test_a_literal_slaughter_or_invasion_is_no_loaded_term() -> None:
    # a meatpacker "stopped livestock slaughter" and a "U.S.-led invasion" twenty years ago had been listed as the
    # outlets' loaded words, as if they judged a killing or a crowd of people
    literal = make_doc("a", "The packer halted livestock slaughter at three plants, and slaughter operations in the "
                            "north stopped too. The town was taken in the 2003 invasion, a U.S.-led invasion that "
                            "began with a ground invasion from the south.", "Harbor Ledger", "2025-05-06")
    judged = make_doc("b", "Critics called the sell-off a slaughter of small savers and the new arrivals an invasion.",
                      "Valley Post", "2025-05-06")
    framing = {f.outlet: f for f in compare_framing([literal, judged], {})}
    assert not {"slaughter", "invasion"} & set(framing["Harbor Ledger"].loaded_terms)
    assert {"slaughter", "invasion"} <= set(framing["Valley Post"].loaded_terms)
