"""Cross-document entity canonicalisation: per-document mention clusters → corpus entities.

The extract stage groups the mentions of one entity *inside* a document (``Mention.cluster``).
This module decides which of those clusters, across documents, name the same thing:

1. **Same name, same type family.** Clusters whose defining name (the longest proper-name form
   in the cluster) normalises to the same key are one entity ("Kim Jong Un" in every outlet).
   The key ignores case, accents, possessives, a leading "the", honorifics ("Mr.", "Dr."),
   middle initials (written apart or together: "H.W." is "H. W.") and suffixes ("Jr."), so
   "Joseph R. Biden Jr." and "Joseph Biden" meet. A US state abbreviated with a dot ("Ky.", "Calif.", the
   style of party tags) has the state's name as its key and is shown under it.
2. **Mis-tags.** The same key under PERSON in most clusters and ORG in one is a tagger slip;
   the minority type joins the dominant one only when it is clearly outnumbered (see
   :data:`MISTAG_RATIO`) and carries no evidence of its own (a person title on a would-be ORG).
   Otherwise "Ford" the person and "Ford" the company stay apart. A multi-word name read as a
   person no more often than as an organisation, with no title on it ("Northrop Grumman"), is
   the organisation; so is a one-word name no person of the corpus carries ("Ryanair"), even when
   a single document reads it as an organisation, and as often as others read it as a person, a name some document writes with a legal form
   ("Pfizer Inc."), and a name of two words or more read as an organisation in as many documents
   as a place, and more often ("El Pais" / "El País"). A one-word name no person carries is the
   organisation wherever the tagger read it as a person when it is the outlet of a document of the
   corpus ("told Politico") or when several documents read it as an organisation, however many read
   it as a person ("posted to Twitter"). The other way, a name of two words read as a person somewhere and as an
   organisation elsewhere is the person, when its first word is a common given name or a person title is written
   beside it, and the corpus calls someone by its last word alone ("the payment to Stormy Daniels" read as a
   company; not "Sandy Hook", nor a name written with a legal form).
3. **Acronyms.** An all-capitals single-token organisation or place ("UN", "U.S.", "USAF") joins
   the one multi-word entity of a compatible type whose initials it spells (a word in capitals
   gives all its letters: "U.S. Air Force"; the name before its last "and" counts, "CDC" for "Centers
   for Disease Control and Prevention", and a department's field, "HHS"); when several spell it, the one
   named at least three
   times as often as the others ("GM": "General Motors", not a one-off "General Motor"); a place's
   initials only a place named in two documents at least ("D.C." is no one article's "Duval County"); names
   differing by one letter in some words ("Defence" / "Defense") count as one; left alone when
   ambiguous. A leading country ("U.S. Federal Reserve") is not part of an
   organisation's key when two words or more remain, nor when one remains that the corpus names alone
   ("US Senate", "the Senate"), nor an owner written before a body's name of two words or more that the
   corpus names alone ("Acme's Review Board", "the Review Board"; not a place's: "Ohio's Supreme
   Court"). A chamber, high court or capitol first written after a US state's name or the word
   "state" ("the state Senate", "Michigan's Supreme Court", "the Texas House and Senate") is that
   state's: keyed by its name ("michigan supreme court"), else its document's own, never the
   nation's body named alone; not a race or seat ("the Georgia Senate runoff"). Initials joined by
   an ampersand ("J&J") are one acronym, spelling only a name written with one ("Johnson & Johnson"). A body's head noun written alone ("the Court", "the Board") is the
   one organisation its document names with that last word ("Supreme Court"); without one, it is
   that document's own, never one entity across the corpus.
4. **Short organisation names.** A one-word organisation ("Ford") joins the longer one that some
   document shortens to that word ("Ford Motor Co. ... Ford said"), with the same dominance rule; the
   name of a body's part ("House Judiciary Committee") is never shortened so ("the House" is the chamber).
5. **Nicknames.** Two full names that differ only by a first name the ``nicknames`` table relates
   ("Chuck Schumer", "Charles E. Schumer"; "Steve"/"Stephen") are one person when a title (or two
   titles sharing two words of four letters or more: "White House COVID-19 coordinator", "White House
   Covid coordinator") or at least two other named entities of their documents are shared: the table
   is broad ("Ron" is listed for "Aaron"), so the name alone joins no one.
6. **Surname-only people.** A single-token PERSON cluster ("Hertling") joins the one full-name
   person with that family name (last token; first token for names written family-name-first,
   "Kim Jong Un", tried only when no last-token match exists). When several full names share
   it ("Kim Jong Un", "Kim Yo Jong"), evidence picks one: a candidate named in the same document,
   else the only candidate sharing a title, else the only candidate whose documents share other
   named entities with this one; a given name alone ("his brother Raul") is chosen by its own document only,
   the last test being the candidate's surname written there ("Ronald and Nancy Reagan"). Without such evidence the cluster stays its own entity.
   A lone surname written only before "administration" or "era" ("the Biden administration") is the
   namesake titled president, governor or mayor three times as often as any other, when one is.
   A lone surname the tagger read as ORG ("Sanchez said") joins the one person with that last
   name when no multi-word organisation uses the word and the ORG reading is not the commoner
   (and counts as a person when the entity is typed); initials ("UN", "DOE") are no one's surname.
   A one-word place ("a rebuke to Whitmer") is the person every document reading it so names in full
   ("Gretchen Whitmer"), when people of that surname are named in three times as many documents and
   no reading is followed by a state ("Edwards, Colorado"); so is a given name read as a place ("a vote for
   Marsha" beside "Marsha Blackburn"), by the people of that given name. Lone surnames are one group by their key
   (step 1): a group whose members choose different people joins none of them ("Okoro" beside
   Ada Okoro in one article and Ben Okoro in another). A surname people with different given names
   bear ("Clinton", "Kennedy") is no group: each cluster joins the person its own article chooses,
   and those choosing no one join the person the lone surname of five other articles chose, three
   times as often as anyone else ("Obama"), or stay one entity of their own ("Kennedy", a TV host). A two-word name opening with a particle
   that is a given name ("Van Dalton", "Al Brenner") is a full name, unless the corpus writes it
   as the end of a longer one ("Chris Van Hoorn": "Van Hoorn" is his surname).
7. **Generations.** "Jr."/"Sr." and a numeral are left out of a key, except where they tell
   people apart: a document naming "X" and "X Jr." apart, or a corpus writing one name with "Jr."
   and with a numeral ("Walter Reese Jr." and his son "Walter Reese III").

Everything is indexed by key or token, so the work is near-linear in the number of mentions.
Entity ids are ``"e-" + sha256(type + normalised name)[:10]``: stable across runs. The name is the fullest key
among the entity's clusters of its own type: a body or a person of one article that a mis-tag or a short form
joined ("Trump's National Security Adviser", "Robert Taft Republican") names no president and no party.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import itertools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from newsfuse.extract.entities import (
    CORPORATE_SUFFIXES,
    GOVERNMENT_BODIES,
    OFFICE_QUALIFIERS,
    STATE_BY_ABBREVIATION,
    TITLE_WORDS,
    acronym_spellings,
    is_common_first_name,
    is_person_title,
    is_relative_title,
    names_a_part_of_a_body,
    normalise_word,
    same_given_name,
)
from newsfuse.link.dedup import UnionFind
from newsfuse.records import Document, Entity, Extraction, Mention, Quote, Span

# Types whose same-string clusters may merge without a mis-tag argument: the tagger swaps them
# freely for one place ("Gaza" GPE vs LOC).
TYPE_FAMILIES: dict[str, str] = {"GPE": "PLACE", "LOC": "PLACE"}

# The minority type of one key is a mis-tag when the dominant type has at least this many times
# its mentions (and at least two clusters).
MISTAG_RATIO = 3.0

# fmt: off
PRONOUNS = frozenset({
    "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his", "she",
    "her", "hers", "it", "its", "they", "them", "their", "theirs", "this", "that", "these", "those", "who",
    "whom", "whose", "which", "himself", "herself", "itself", "themselves",
})
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "fr"})
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md"})
# "Jr."/"Sr." and a numeral are left out of a person's key ("Joseph R. Biden Jr." is "Joseph Biden",
# "Robert S. Mueller III" is "Robert Mueller"), except where they tell two people apart: a
# document naming both "Donald Trump" and "Donald Trump Jr." (see _split_generations), or a numeral
# that is all that follows a lone given name ("Elizabeth II" is not an Elizabeth of the corpus).
GENERATION_SUFFIXES = frozenset({"jr", "sr"})
REGNAL_NUMERALS = frozenset({"ii", "iii", "iv"})
# Words skipped when spelling an acronym ("Food and Drug Administration" → FDA).
# Words of an office. A "name" made of them only ("Prime Minister", "the President") names whoever
# holds the office in that article: it is never a person's name or alias across documents.
OFFICE_WORDS = frozenset({
    "president", "vice", "prime", "minister", "speaker", "senator", "governor", "secretary", "chancellor",
    "premier", "chairman", "chairwoman", "mayor", "ambassador", "spokesman", "spokeswoman", "spokesperson",
    "representative", "congressman", "congresswoman", "leader", "deputy", "attorney", "director",
    "commissioner", "president-elect", "former", "acting", "the", "mr", "mrs", "ms",
})  # fmt: skip
ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "to", "de", "du", "la", "le"})
# Lower-case words allowed inside a proper name ("Ursula von der Leyen", "Bank of England").
NAME_PARTICLES = ACRONYM_SKIP | frozenset({"von", "van", "der", "den", "da", "di", "del", "dos", "bin", "al", "el", "y"})
# fmt: on
ACRONYM_TYPES = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"})
# Country names an organisation's name may start with in one outlet and not in the next.
COUNTRY_PREFIXES = (("united", "states"), ("united", "kingdom"), ("us",), ("uk",))

_POSSESSIVE = re.compile(r"[’']s?$")
_NON_WORD = re.compile(r"[^\w\s-]")
# An apostrophe inside a name ("O’Reilly", "D'Souza") joins its parts: split, "D’Ambrosio" had
# the key "d ambrosio" and "Joe D’Ambrosio" (the "d" read as a middle initial) "joe ambrosio".
_INNER_POSSESSIVE = re.compile(r"\w[’']s\b")
_INNER_APOSTROPHE = re.compile(r"(?<=\b[A-Z])[’'](?=[A-Z])")
_SPACES = re.compile(r"\s+")


@dataclass(slots=True)
class _Cluster:
    """One within-document cluster with what canonicalisation needs to know about it."""

    doc: str
    cluster: int
    mentions: list[Mention] = field(default_factory=list)
    type: str = ""
    key: str = ""
    tokens: tuple[str, ...] = ()
    # "Van Dalton", "Al Brenner": a leading particle that is the person's given name (see _mark_given_particles)
    given_particle: bool = False
    # a name tagged otherwise that joined a person: a lone surname ("Sanchez said" read as an ORG), a full name
    # read as an organisation ("a payment to Stormy Daniels")
    joined_a_person: bool = False
    # a name the corpus shows to be an organisation whatever the tagger said of its mentions: the outlet of
    # a document ("told Politico"), a one-word name read as an organisation in several documents ("Twitter")
    organisation: bool = False
    # a US state written as its abbreviation ("Ky."): the entity is shown under the state's name
    state: bool = False
    # a body's name written after its owner's ("Acme's Review Board"), keyed without it
    owned: bool = False
    # a body's head noun alone ("the Board") keyed as the body its document names in full
    bare_noun: bool = False
    # a lone surname written only before "administration" or "era" ("the Acme administration"): the name of whoever
    # heads a government
    names_a_government: bool = False

    @property
    def ref(self) -> tuple[str, int]:
        return (self.doc, self.cluster)


# -- names -------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=65536)
def normalise_name(text: str) -> str:
    """Lower-case, accent-free, punctuation-free form of a name; ``""`` when nothing is left."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _POSSESSIVE.sub("", text.strip())
    text = _NON_WORD.sub(" ", _INNER_APOSTROPHE.sub("", text.replace(".", "")))
    text = _SPACES.sub(" ", text).strip().lower()
    return text.removeprefix("the ")


@functools.lru_cache(maxsize=65536)
def name_tokens(text: str, entity_type: str) -> tuple[str, ...]:
    """The tokens of a name's key: honorifics, initials and suffixes dropped for people."""
    if entity_type == "PERSON":
        kept = _person_name_words(text)
        # Middle initials ("Joseph R. Biden") are dropped, but not a name made only of initials.
        core = [t for i, t in enumerate(kept) if not _is_middle_initial(kept, i)]
        return tuple(core or kept)
    tokens = normalise_name(text).split()
    if len(tokens) > 1 and "&" in text and all(len(t) == 1 and t.isalpha() for t in tokens):
        # "J&J", "P&G": initials joined by an ampersand are one acronym ("jj"), which its full name spells
        # ("Johnson & Johnson"); split at the ampersand they were two letters that no name matched.
        tokens = ["".join(tokens)]
    if entity_type == "ORG":
        # "Apple Inc." in one outlet, "Apple" in the next: the legal form is not part of the key.
        while len(tokens) > 1 and tokens[-1] in CORPORATE_SUFFIXES:
            tokens = tokens[:-1]
        # "U.S. Federal Reserve" and "Federal Reserve": the country is not part of the key when
        # a name of two words or more is left ("US Airways" keeps it).
        for prefix in COUNTRY_PREFIXES:
            if tuple(tokens[: len(prefix)]) == prefix and len(tokens) - len(prefix) >= 2:
                tokens = tokens[len(prefix):]
                break
        # "Department of Justice" in one outlet, "Justice Department" in the next: one name.
        if len(tokens) >= 3 and tokens[0] in GOVERNMENT_BODIES and tokens[1] == "of":
            tokens = [*tokens[2:], tokens[0]]
    return tuple(tokens)


# Middle initials written together ("Harold J.P. Vance"); a leading run stays one word ("U.S. Army").
_JOINED_INITIALS = re.compile(r"(?<=\w\s)(?:[A-Z]\.){2,}(?=\s+\w)")


def _person_name_words(text: str) -> list[str]:
    """A person's name as normalised words, without honorifics and suffixes ("Elizabeth II" keeps
    its numeral). Middle initials written together are initials apart: "Harold J.P. Vance" had the
    middle name "jp", a third Vance beside "Harold J. P. Vance" and "Harold P. Vance"."""
    text = _JOINED_INITIALS.sub(lambda m: m.group().replace(".", ". "), text)
    tokens = normalise_name(text).split()
    while tokens and tokens[0] in HONORIFICS:
        tokens = tokens[1:]
    kept = [t for t in tokens if t not in NAME_SUFFIXES]
    if len(kept) == 1 and len(tokens) == 2 and tokens[1] in REGNAL_NUMERALS:
        kept = tokens
    return kept


def _is_middle_initial(words: Sequence[str], i: int) -> bool:
    return len(words[i]) == 1 and 0 < i < len(words) - 1


def is_name_form(text: str) -> bool:
    """Whether a mention's text is a proper name, not a pronoun or a nominal ("the spokesman",
    "North Korean leader"): every word capitalised except name particles ("of", "von", "bin"). An editor's
    brackets are no part of it ('"[ Mitch ] McConnell will block it," she said', as a tokenised corpus spaces them:
    the given name the editor added)."""
    words = text.replace("[", " ").replace("]", " ").split()
    if words and words[0].lower() in {"the", "a", "an"} and len(words) > 1:
        words = words[1:]
    if not words or (len(words) == 1 and words[0].lower() in PRONOUNS):
        return False
    return (
        all(_capitalised(w) or w.lower() in NAME_PARTICLES or w == "&" for w in words)  # "Harlow & Harlow"
        and not all(w.lower() in NAME_PARTICLES or w == "&" for w in words)
        and not all(w.lower().strip(".") in OFFICE_WORDS for w in words)
    )


def _capitalised(word: str) -> bool:
    # A part an editor put in brackets ("[Vladimir] Putin") is still written as a name; "al-Assad"
    # and "bin-Salman" style prefixes count when the part after the hyphen is capitalised.
    word = word.lstrip("[(")
    return word[:1].isupper() or word[:1].isdigit() or word.split("-")[-1][:1].isupper()


def entity_id(entity_type: str, name_key: str) -> str:
    """Stable id of an entity: ``e-`` and 10 hex digits of sha256(type + normalised name)."""
    return "e-" + hashlib.sha256((entity_type + name_key).encode("utf-8")).hexdigest()[:10]


# -- canonicalise ------------------------------------------------------------------------------


def canonicalise(
    documents: Sequence[Document], extractions: Mapping[str, Extraction]
) -> tuple[list[Entity], dict[tuple[str, int], str]]:
    """Corpus entities and the map ``(doc id, cluster) → entity id``.

    Only the extractions of ``documents`` are used; a document marked ``duplicate_of`` another
    counts as that document for "named in the same document" evidence.
    """
    clusters = _collect_clusters(documents, extractions)
    if not clusters:
        return [], {}
    _split_generations(clusters)
    _split_middle_initials(clusters)
    _mark_given_particles(clusters)
    same_doc = {d.id: d.duplicate_of or d.id for d in documents}
    _outlets_as_organisations(clusters, documents)
    texts = {d.id: d.text for d in documents}
    _state_bodies_apart(clusters, texts)
    _mark_names_of_governments(clusters, texts)
    _without_country_before_a_named_body(clusters)
    _without_owner_before_a_named_body(clusters)
    _bare_body_nouns_in_their_documents(clusters)
    _one_spelling_of_joined_words(clusters)
    # The lowest index stays root so results do not depend on union order.
    uf: UnionFind[int] = UnionFind(range(len(clusters)), lowest_root=True)
    apart = _lone_names_of_several_people(clusters)
    _merge_same_key(clusters, uf, apart)
    _merge_full_names_read_as_organisations(clusters, uf)
    _merge_mistags(clusters, uf)
    _merge_acronyms(clusters, uf)
    _merge_short_names(clusters, uf)
    _merge_nicknames(clusters, uf, same_doc)
    _merge_middle_names(clusters, uf, same_doc)
    _merge_surnames(clusters, uf, same_doc, apart)
    _merge_surnames_read_as_places(clusters, uf, texts)
    return _build_entities(clusters, uf)


def _collect_clusters(documents: Sequence[Document], extractions: Mapping[str, Extraction]) -> list[_Cluster]:
    by_ref: dict[tuple[str, int], _Cluster] = {}
    for document in documents:
        extraction = extractions.get(document.id)
        if extraction is None:
            continue
        for mention in extraction.mentions:
            ref = (document.id, mention.cluster)
            if ref not in by_ref:
                by_ref[ref] = _Cluster(doc=document.id, cluster=mention.cluster)
            by_ref[ref].mentions.append(mention)
    clusters = list(by_ref.values())
    for c in clusters:
        c.type = Counter(m.type for m in c.mentions).most_common(1)[0][0]
        c.tokens = _defining_tokens(c.mentions, c.type)
        c.key = " ".join(c.tokens)
        if c.type == "PERSON" and not any(is_name_form(m.text) for m in c.mentions):
            c.key = f"{c.doc}#{c.key}"  # "the President" of one article is no one's name elsewhere
        elif c.type == "GPE" and (state := _state_abbreviated(c.mentions)):
            c.tokens, c.key, c.state = tuple(state.split()), state, True
    return clusters


# Abbreviated states whose full name a bigger place of the same name takes: "Wash." is no "Washington" (the capital).
_STATES_NAMED_LIKE_A_CITY = frozenset({"washington"})


def _state_abbreviated(mentions: Sequence[Mention]) -> str | None:
    """The US state every mention of a place writes as its abbreviation with a dot ("Calif.", "Ky.", "W.Va.",
    the style of party tags: "(R-Ky.)") is that state, one entity with its full name ("Ky." and
    "Kentucky" were two in a story naming both). Postal codes without a dot are left alone ("LA", "IN", "OR")."""
    states = {_state_of(m.text.strip()) for m in mentions}
    state = states.pop() if len(states) == 1 else None
    return state if state not in _STATES_NAMED_LIKE_A_CITY else None


_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2}")


def _state_of(text: str) -> str | None:
    """"Ky." -> kentucky, "N.Y." -> new york; initials only for a state of two words ("L.A." is Los Angeles)."""
    state = STATE_BY_ABBREVIATION.get(normalise_name(text)) if text.endswith(".") else None
    if state is not None and _DOTTED_INITIALS.fullmatch(text) and len(state.split()) != 2:
        return None
    return state


def _generation(c: _Cluster) -> str | None:
    """"jr" or "sr" when most of the cluster's fullest written names carry it: "Donald Trump Jr."
    then "Trump" twice is the son; "Donald Trump" three times and "Donald Jr." once is not."""
    forms = [normalise_name(m.text).split() for m in c.mentions if is_name_form(m.text)]
    if not forms:
        return None
    longest = max(len(_core(f)) for f in forms)
    counts = Counter(next((t for t in f if t in GENERATION_SUFFIXES), None) for f in forms if len(_core(f)) == longest)
    found, n = counts.most_common(1)[0]
    return found if found is not None and n > counts[None] else None


def _split_generations(clusters: list[_Cluster]) -> None:
    """Where one document names a father and a son apart ("Donald Trump" and "Donald Trump Jr."),
    the suffix becomes part of the son's key in every document, so the corpus keeps them apart."""
    seen: dict[tuple[str, str], set[str | None]] = defaultdict(set)
    for c in clusters:
        if c.type == "PERSON" and len(c.tokens) >= 2:
            seen[(c.doc, c.key)].add(_generation(c))
    split = {key for (_, key), generations in seen.items() if None in generations and len(generations) > 1}
    surnames = {key.split()[-1] for key in split}
    for c in clusters:
        if c.type != "PERSON" or (generation := _generation(c)) is None:
            continue
        # A lone "Trump Jr." too, so that it never shares the key of a lone "Trump".
        if c.key in split or (len(c.tokens) == 1 and c.key in surnames):
            c.tokens = (*c.tokens, generation)
            c.key = " ".join(c.tokens)
    _split_numerals(clusters)


def _split_numerals(clusters: list[_Cluster]) -> None:
    """A numeral after a name is dropped from its key ("Robert S. Mueller III" is "Robert Mueller"), but
    where the corpus writes the same name with "Jr." or with another numeral, the numeral names another
    generation: "Walter Reese III" is the son of "Walter Reese Jr.", not the same man."""
    marks: dict[str, set[str]] = defaultdict(set)
    numerals: dict[int, str] = {}
    for i, c in enumerate(clusters):
        if c.type != "PERSON" or len(c.tokens) < 2:
            continue
        if (numeral := _numeral(c)) is not None:
            numerals[i] = numeral
            marks[c.key].add(numeral)
        elif _generation(c) == "jr":
            marks[c.key].add("jr")
    for i, numeral in numerals.items():
        c = clusters[i]
        if len(marks[c.key]) > 1:
            c.tokens = (*c.tokens, numeral)
            c.key = " ".join(c.tokens)


def _numeral(c: _Cluster) -> str | None:
    """The numeral ("ii", "iii", "iv") most of the cluster's fullest written names end with, or none."""
    forms = [normalise_name(m.text).split() for m in c.mentions if is_name_form(m.text)]
    if not forms:
        return None
    longest = max(len(f) for f in forms)
    counts = Counter(f[-1] if f[-1] in REGNAL_NUMERALS else None for f in forms if len(f) == longest)
    found, n = counts.most_common(1)[0]
    return found if found is not None and n > counts[None] else None


def _middle_initials(c: _Cluster) -> tuple[str, ...]:
    """The middle initials the cluster's names are most often written with ("h w" for "George H. W.
    Bush"), or none."""
    counts: Counter[tuple[str, ...]] = Counter()
    for m in c.mentions:
        if is_name_form(m.text):
            words = _person_name_words(m.text)
            initials = tuple(w for i, w in enumerate(words) if _is_middle_initial(words, i))
            if initials:
                counts[initials] += 1
    return max(counts, key=lambda t: (counts[t], t)) if counts else ()


def _split_middle_initials(clusters: list[_Cluster]) -> None:
    """A key that the corpus writes with two different sets of middle initials ("George H. W.
    Bush", "George W. Bush") names two people: their initials become part of their keys, and the
    name written without initials stays apart from both (it could be either)."""
    initials = {
        i: found for i, c in enumerate(clusters)
        if c.type == "PERSON" and len(c.tokens) >= 2 and "#" not in c.key and (found := _middle_initials(c))
    }
    written: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for i, found in initials.items():
        written[clusters[i].key].add(found)
    for i, found in initials.items():
        c = clusters[i]
        if len(written[c.key]) > 1:
            c.tokens = (c.tokens[0], *found, *c.tokens[1:])
            c.key = " ".join(c.tokens)


def _core(tokens: Sequence[str]) -> list[str]:
    """A person key's tokens without "jr"/"sr" and without a leading particle: "de Blasio" and "bin
    Laden" are surnames on their own, like "Blasio" would be."""
    core = [t for t in tokens if t not in GENERATION_SUFFIXES] or list(tokens)
    while len(core) > 1 and core[0] in NAME_PARTICLES:
        core = core[1:]
    return core


def _mark_given_particles(clusters: list[_Cluster]) -> None:
    """A two-word person name opening with a particle that is also a given name ("Van Dalton", "Al Brenner") is a
    surname on its own ("Van Hoorn", "de Souza") only when the corpus writes it as the end of a longer name ("Chris
    Van Hoorn"); otherwise the particle is the given name. Read as a bare surname, "Van Dalton" had joined
    "Rex Dalton" of his article, and a lone "Brenner" could never join "Al Brenner"."""
    particle_surnames = {c.tokens[-2:] for c in clusters
                         if c.type == "PERSON" and len(_without_suffix(c.tokens)) >= 3 and c.tokens[-2] in NAME_PARTICLES}
    for c in clusters:
        core = _without_suffix(c.tokens)
        if (c.type == "PERSON" and len(core) == 2 and core[0] in NAME_PARTICLES and is_common_first_name(core[0])
                and tuple(core) not in particle_surnames):
            c.given_particle = True


def _without_suffix(tokens: Sequence[str]) -> list[str]:
    return [t for t in tokens if t not in GENERATION_SUFFIXES] or list(tokens)


def _cluster_core(c: _Cluster) -> list[str]:
    """:func:`_core` of the cluster's key, keeping a particle that is the given name."""
    return _without_suffix(c.tokens) if c.given_particle else _core(c.tokens)


def _surname(tokens: Sequence[str]) -> str:
    """The last token of a person's key that is not "jr" or "sr"."""
    return next((t for t in reversed(tokens) if t not in GENERATION_SUFFIXES), tokens[-1])


def _defining_tokens(mentions: Iterable[Mention], entity_type: str) -> tuple[str, ...]:
    """Tokens of the cluster's fullest proper-name form (most tokens, then most frequent)."""
    names = [m.text for m in mentions if is_name_form(m.text)] or [m.text for m in mentions]
    counts = Counter(tokens for tokens in (name_tokens(n, entity_type) for n in names) if tokens)
    # A cluster that names an owner alone and a body after the owner's possessive ("the Post ... the Post’s Costa
    # Tweeted", "Trump ... President Trump’s National Security Adviser") is the owner's: the body's name, which the
    # tagger ran into the owner's cluster, had keyed it, and one such cluster took the lone "Trump" of 23 articles.
    owners = {tokens[0] for tokens in counts if len(tokens) == 1}
    owned = {name_tokens(n, entity_type) for n in names if _OWNER_POSSESSIVE.search(n)}
    counts = Counter({t: n for t, n in counts.items()
                      if not (t in owned and len(t) >= 3 and t[1] == "s" and t[0] in owners)}) or counts
    if not counts:
        return (normalise_name(names[0]) or names[0].strip().lower(),)
    return max(counts, key=lambda t: (len(t), counts[t], t))


def _family(entity_type: str) -> str:
    return TYPE_FAMILIES.get(entity_type, entity_type)


# Labels the tagger gives an outlet's name when it misses the organisation: "told Politico" (a person), "reported
# by Axios" (a group), "a Salon piece" (a work). A place keeps its label: "The Hill" is no hill of a story.
OUTLET_MISTAG_LABELS = frozenset({"PERSON", "NORP", "WORK_OF_ART", "PRODUCT"})


def _people_name_words(clusters: Iterable[_Cluster]) -> set[str]:
    """Words of the full names of the corpus's people: a one-word name among them may be someone's."""
    return {token for c in clusters if c.type == "PERSON" and len(c.tokens) > 1 for token in c.tokens}


def _outlets_as_organisations(clusters: list[_Cluster], documents: Sequence[Document]) -> None:
    """A one-word name that is the outlet of one of the corpus's documents names that outlet, an organisation,
    wherever the tagger read it as a person, a group or a work ("two people familiar with the plan told Politico",
    with Politico's own article in the corpus). One word only: a columnist is an outlet too ("Jane Roe"). Not a
    first name, a word of a person's full name in the corpus ("Bloomberg" beside "Michael Bloomberg"), nor a
    mention written with a person's title."""
    outlets = {key for d in documents if d.outlet and len(key := name_tokens(d.outlet, "ORG")) == 1
               and not is_common_first_name(key[0])}
    if not outlets:
        return
    name_words = _people_name_words(clusters)
    for c in clusters:
        if c.type not in OUTLET_MISTAG_LABELS or any(is_person_title(t) for m in c.mentions for t in m.titles):
            continue
        tokens = _defining_tokens(c.mentions, "ORG")
        if tokens in outlets and tokens[0] not in name_words:
            c.type, c.tokens, c.key, c.organisation = "ORG", tokens, tokens[0], True


# Bodies a US state has as the nation has: its chambers, its high court, its capitol. Keyed by the bare name, a state's
# ("the state Senate", "Michigan's Supreme Court") had joined the nation's, which the corpus names alone.
STATE_AND_NATIONAL_BODIES = frozenset({"senate", "house", "house of representatives", "house of delegates", "assembly",
                                       "general assembly", "legislature", "supreme court", "capitol"})
_STATE_NAMES = frozenset(STATE_BY_ABBREVIATION.values())
# A state's name or the word "state" before the body, perhaps before a chamber coordinated with it ("the Texas House
# and Senate", "the state House and Senate").
_COORDINATED_CHAMBER = re.compile(r"\b(?:House|Senate|Assembly)\s+and\s+$", re.IGNORECASE)
_STATE_WORD = re.compile(r"\b[Ss]tate\s+$")
_PLACE_BEFORE = re.compile(r"\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:[’']s?)?\s+$")
# A race or seat named after a state is the nation's chamber ("the Georgia Senate runoff").
_CONTEST_AFTER = re.compile(r"^[’']?s?\s+(?:race|seat|runoff|primary|contest|campaign|candidate|election)s?\b")


def _state_bodies_apart(clusters: list[_Cluster], texts: Mapping[str, str]) -> None:
    """A chamber, high court or capitol that the text gives to a US state where it first names it ("the state Senate
    voted ... the Senate adjourned", "Michigan's Supreme Court", "the Texas House and Senate") is that state's, not the
    nation's body the corpus names alone: keyed by the state's name when it is written ("michigan supreme court", as
    "Michigan Supreme Court" is), else its document's own. The tagger leaves the qualifier out of the name. The first
    mention decides: an article that names the nation's body before the state's keeps one cluster for both."""
    for c in clusters:
        if c.type not in _COUNTRY_BODY_TYPES or c.key not in STATE_AND_NATIONAL_BODIES:
            continue
        first = min(c.mentions, key=lambda m: m.start)
        owner = _state_before(texts.get(first.doc, ""), first)
        if owner:
            c.tokens = (*owner.split(), *c.tokens)
            c.key = " ".join(c.tokens)
        elif owner == "":
            c.key = f"{c.doc}#state {c.key}"


def _state_before(text: str, mention: Mention) -> str | None:
    """The US state that the words just before ``mention`` give it: its name, "" for the word "state" alone, None for
    neither."""
    if _CONTEST_AFTER.match(text[mention.end:mention.end + 30]):
        return None
    before = _COORDINATED_CHAMBER.sub("", text[max(0, mention.start - 60):mention.start])
    state_word = _STATE_WORD.search(before)
    if state_word:
        before = before[:state_word.start()]
    place = _PLACE_BEFORE.search(before)
    if place:
        words = normalise_name(place.group(1)).split()
        for name in (" ".join(words), words[-1]):
            if name in _STATE_NAMES:
                return name
    return "" if state_word else None


# Types of a body a country's name may open in one outlet and not in the next ("US Senate", "U.S. Capitol").
_COUNTRY_BODY_TYPES = frozenset({"ORG", "FAC"})


def _without_country_before_a_named_body(clusters: list[_Cluster]) -> None:
    """"US Senate", "U.S. Navy": a country before a one-word body the corpus also names alone ("the Senate")
    is not part of its key, so both are one entity (a leading country is dropped from a longer name in any case,
    see :func:`name_tokens`; "US Airways" keeps it, no "Airways" being named alone)."""
    bare = {(_family(c.type), c.key) for c in clusters if c.type in _COUNTRY_BODY_TYPES and len(c.tokens) == 1}
    for c in clusters:
        if c.type not in _COUNTRY_BODY_TYPES:
            continue
        for prefix in COUNTRY_PREFIXES:
            if (len(c.tokens) == len(prefix) + 1 and c.tokens[:len(prefix)] == prefix
                    and (_family(c.type), c.tokens[-1]) in bare):
                c.tokens, c.key = c.tokens[-1:], c.tokens[-1]
                break


# An owner's possessive inside a name, singular or plural: "Acme's Review Board", "the United Nations' Climate Panel".
_OWNER_POSSESSIVE = re.compile(r"(?:(?<=\w)[’']s|(?<=s)[’'])\s+(?=[A-Z])")


def _without_owner_before_a_named_body(clusters: list[_Cluster]) -> None:
    """"Acme's Review Board" is the "Review Board" another document names alone: an owner written before a body's
    name of two words or more that the corpus names without it is not part of its key, so both are one entity. The
    tagger runs owners into names ("Facebook's Oversight Board", "United Nations' Intergovernmental Panel on Climate
    Change"); a name no document writes alone keeps its possessive ("People's Liberation Army")."""
    named = {(_family(c.type), c.key) for c in clusters if c.type in _COUNTRY_BODY_TYPES and len(c.tokens) >= 2}
    places = {c.key for c in clusters if _family(c.type) == "PLACE"}
    for c in clusters:
        if c.type not in _COUNTRY_BODY_TYPES:
            continue
        written = {normalise_name(m.text) for m in c.mentions}
        for m in c.mentions:
            owned = _OWNER_POSSESSIVE.split(m.text, maxsplit=1)
            rest = name_tokens(owned[-1], c.type) if len(owned) == 2 else ()
            # a cluster that names the owner alone is about the owner ("Trump ... Trump's National Security Adviser")
            if (len(rest) >= 2 and (_family(c.type), " ".join(rest)) in named and " ".join(rest) != c.key
                    and not _ends_in_a_place(owned[0], places) and normalise_name(owned[0]) not in written):
                c.tokens, c.key, c.owned = rest, " ".join(rest), True
                break


# Nouns that head a body's name and, capitalised alone, stand for the body the article names in full: "the Court"
# after "the Supreme Court", "the Board" after "the National Labor Relations Board". Not "the Senate" or "the House":
# alone, those are a country's chambers.
BODY_NOUNS = frozenset({"board", "commission", "committee", "council", "court", "agency", "bureau", "department",
                        "ministry", "panel", "authority", "tribunal", "administration", "university", "foundation",
                        "party", "institute"})


def _bare_body_nouns_in_their_documents(clusters: list[_Cluster]) -> None:
    """A body's head noun written alone ("the Court said") is the one organisation of its document whose name ends in
    it ("Supreme Court"), and takes that name's key; without one such name it is that document's own and no other's.
    Keyed by the word, every article's "the Court" or "the Committee" had been one entity across the corpus: 35
    "Court" mentions of 1,300 AllSides articles, each beside one named court, and unrelated courts joined."""
    named: dict[tuple[str, str], set[tuple[str, ...]]] = defaultdict(set)  # (doc, head noun) → the names it ends
    for c in clusters:
        if c.type == "ORG" and len(c.tokens) >= 2 and c.tokens[-1] in BODY_NOUNS:
            named[(c.doc, c.tokens[-1])].add(c.tokens)
    for c in clusters:
        if c.type == "ORG" and len(c.tokens) == 1 and c.key in BODY_NOUNS:
            names = named.get((c.doc, c.key), set())
            if len(names) == 1:
                c.tokens = next(iter(names))
                c.key, c.bare_noun = " ".join(c.tokens), True
            else:
                c.key = f"{c.doc}#{c.key}"


def _ends_in_a_place(owner: str, places: set[str]) -> bool:
    """A place's body is its own ("Wisconsin's Supreme Court" is no "Supreme Court" named alone, the national one)."""
    words = normalise_name(owner).split()
    return any(" ".join(words[i:]) in places for i in range(len(words)))


# What follows a surname that names a government by its head: "the Biden administration's plan", "a Trump-era rule".
_GOVERNMENT_AFTER = re.compile(r"^(?:[’']s)?(?:\s+administration|\s*-?\s*era)\b", re.IGNORECASE)


def _mark_names_of_governments(clusters: list[_Cluster], texts: Mapping[str, str]) -> None:
    for c in clusters:
        if c.type == "PERSON" and len(c.tokens) == 1:
            c.names_a_government = all(_GOVERNMENT_AFTER.match(texts.get(m.doc, "")[m.end:m.end + 20])
                                       for m in c.mentions)


# Offices whose holder gives a government its name ("the Acme administration"); a deputy's does not.
_HEAD_OFFICES = frozenset({"president", "governor", "mayor"})
_DEPUTY_WORDS = frozenset({"vice", "deputy", "lieutenant", "lt", "assistant"})


def _head_of_government(candidates: Sequence[str], context: _Context) -> str | None:
    """The candidate whose clusters carry an office that heads a government ("President", "Gov.") MISTAG_RATIO times
    as often as any other's: titles are noisy ("President Hillary Clinton" in a what-if), the office is not."""
    def heads(title: str) -> bool:
        words = set(_office_words(title))
        return bool(_HEAD_OFFICES & words) and not _DEPUTY_WORDS & words
    counts = {k: sum(1 for i in context.full[k] if any(heads(t) for m in context.clusters[i].mentions for t in m.titles))
              for k in candidates}
    return _dominant({k for k, n in counts.items() if n}, counts)


def _merge_same_key(clusters: list[_Cluster], uf: UnionFind[int], apart: set[int]) -> None:
    """Join clusters of one key and type family, except the lone surnames in ``apart``: each of those chooses
    its person on its own article's evidence (:func:`_merge_surnames`)."""
    first: dict[tuple[str, str], int] = {}
    for i, c in enumerate(clusters):
        if i in apart:
            continue
        slot = (_family(c.type), c.key)
        if slot in first:
            uf.union(first[slot], i)
        else:
            first[slot] = i


def _lone_names_of_several_people(clusters: list[_Cluster]) -> set[int]:
    """One-word person clusters whose word is the surname of people with different given names in the corpus
    ("Clinton" beside Bill and Hillary Clinton, "Kennedy" beside John F. and Robert Kennedy). Joined by their key,
    such clusters had moved as one group to the person a few of them chose: the lone "Clinton" of the "Clinton
    era" and "Clinton administration" in 11 AllSides articles went to Hillary Clinton with the "Sen. Clinton" of
    others, and a TV host called "Kennedy" to John F. Kennedy through another article's "President Kennedy"."""
    given: dict[str, list[str]] = defaultdict(list)  # surname → the given names written before it
    for c in clusters:
        core = _cluster_core(c)
        # a common first name only: a headline's "Encourage Obama" or "Team Bush" is no second person of that name
        if c.type == "PERSON" and len(core) >= 2 and "#" not in c.key and is_common_first_name(core[0]):
            names = given[core[-1]]
            if not any(same_given_name(core[0], n) for n in names):
                names.append(core[0])
    return {i for i, c in enumerate(clusters)
            if c.type == "PERSON" and "#" not in c.key and len(core := _cluster_core(c)) == 1
            and _generation(c) is None and len(given.get(core[0], ())) >= 2}


def _one_spelling_of_joined_words(clusters: list[_Cluster]) -> None:
    """Names that differ only in a hyphen written as a space are one ("Kim Jong-un" / "Kim Jong Un", "al-Qaeda" / "al
    Qaeda", "Coca-Cola" / "Coca Cola"), within one family of types: each takes the spelling most of their mentions
    have, so that they share a key. Outlets spell them both ways; the two entities had split one man's 75 mentions in
    1,300 AllSides articles."""
    spellings: dict[tuple[str, str], Counter[tuple[str, ...]]] = defaultdict(Counter)
    for c in clusters:
        if "#" not in c.key:
            spellings[_joined_words_slot(c)][c.tokens] += len(c.mentions)
    for c in clusters:
        if "#" in c.key or len(written := spellings[_joined_words_slot(c)]) < 2:
            continue
        # the commonest spelling; of two as common, the hyphenated one ("Ocasio-Cortez" keeps its surname)
        c.tokens = max(written, key=lambda t: (written[t], -len(t), t))
        c.key = " ".join(c.tokens)


def _joined_words_slot(c: _Cluster) -> tuple[str, str]:
    return (_family(c.type), " ".join(c.key.replace("-", " ").split()))


def _merge_mistags(clusters: list[_Cluster], uf: UnionFind[int]) -> None:
    """Fold a clearly outnumbered type of one key into the dominant type of that key."""
    by_key: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    name_words: set[str] = set()  # words of people's full names: a one-word name may be someone's
    for i, c in enumerate(clusters):
        by_key[c.key][_family(c.type)].append(i)
        if c.type == "PERSON" and len(c.tokens) > 1:
            name_words.update(c.tokens)
    incorporated = {c.key for c in clusters if c.type == "ORG" and any(_ends_in_corporate_suffix(m.text) for m in c.mentions)}
    for key, families in by_key.items():
        if len(families) < 2:
            continue
        weight = {f: sum(len(clusters[i].mentions) for i in idx) for f, idx in families.items()}
        # A tie in mentions between an organisation and a person of a one-word name no person of the corpus carries
        # goes to the organisation ("Acme said" in one article, "a drug from Acme" read as a person in another):
        # a surname alone always has a full name somewhere, a company's name often has not.
        unnamed_word = " " not in key and key not in name_words and "PERSON" in families
        dominant = max(families, key=lambda f: (weight[f], unnamed_word and f == "ORG", len(families[f]), f))
        # A name some document writes with a legal form ("Pfizer Inc.") is that company wherever the
        # tagger reads it as a person: no one is incorporated. Not when a person's title is written
        # beside one of those readings ("Dr. Dell") or the name is a word of a person's full name
        # ("Dell Inc." beside "Michael Dell").
        company = (key in incorporated and "PERSON" in families and key not in name_words
                   and not any(is_person_title(t) for i in families["PERSON"] for m in clusters[i].mentions
                               for t in m.titles))
        if company:
            uf.union(families["ORG"][0], families["PERSON"][0])
            dominant = "ORG"
        if _platform_read_as_person(key, families, clusters, name_words):
            for i in families["PERSON"]:
                clusters[i].organisation = True
                uf.union(families["ORG"][0], i)
            dominant = "ORG"
        # A one-word name no person of the corpus carries, read as an organisation at least as often
        # as a person ("Ryanair"), is the organisation even when one document alone says so.
        lone_word = dominant == "ORG" and "PERSON" in families and " " not in key and key not in name_words
        # A name of two words or more that more articles, and more mentions, read as an organisation than
        # as a place ("El Pais" / "a report in El País") is the organisation.
        org_name = dominant == "ORG" and "PLACE" in families and " " in key \
            and len(families["ORG"]) >= len(families["PLACE"])
        # A name read as a facility in some documents and as an organisation in others ("the Capitol", "the
        # Library of Congress") is one: the building and the body housed there, which outlets name alike. The
        # entity takes the type most of its mentions carry.
        building = {dominant, *families} >= {"FAC", "ORG"} and dominant in ("FAC", "ORG")
        if len(families[dominant]) < 2 and not lone_word and not company and not org_name and not building:
            continue
        for fam, idx in families.items():
            # A full name read as a person as often as an organisation ("Northrop Grumman"), with
            # no title on it, is a tagger slip too: people's names rarely pass as companies.
            untitled_name = fam == "PERSON" and (" " in clusters[idx[0]].key or lone_word) and dominant == "ORG"
            housed = building and fam in ("FAC", "ORG")
            ratio = 1.0 if untitled_name or org_name and fam == "PLACE" or housed else MISTAG_RATIO
            if fam == dominant or weight[dominant] < ratio * weight[fam]:
                continue
            # A person title next to the minority PERSON clusters ("former president Ford") is
            # evidence they really are a person; otherwise the minority type is a tagger slip.
            if fam != "PERSON" or not any(m.titles for i in idx for m in clusters[i].mentions):
                for i in idx:
                    uf.union(families[dominant][0], i)
                    # the entity takes the organisation's type even where the readings tie in number
                    clusters[i].organisation = clusters[i].organisation or (fam == "PERSON" and dominant == "ORG")


def _merge_full_names_read_as_organisations(clusters: list[_Cluster], uf: UnionFind[int]) -> None:
    """A name of two words read as a person in some document and as an organisation in others is that person, when
    its first word is a common given name or a person's title is written beside a person reading, and the corpus
    writes its last word alone as a person ("Daniels said", in a lone-surname cluster or in the person's own): the
    small model reads a person named after a preposition or a role noun as a company ("the payment to Stormy
    Daniels", "porn actress Stormy Daniels": 24 AllSides articles against 1 reading her as a person, so she was an
    organisation there). Not a name written with a legal form ("Charles Schwab Corp."): a company named after its
    founder; nor a place ("Sandy Hook"), which no article calls by its last word."""
    lone_people = {c.tokens[0] for c in clusters if c.type == "PERSON" and len(c.tokens) == 1 and "#" not in c.key}
    readings: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, c in enumerate(clusters):
        if len(c.tokens) == 2 and "#" not in c.key and c.type in ("PERSON", "ORG"):
            readings[c.key][c.type].append(i)
    for key, by_type in readings.items():
        people, bodies = by_type.get("PERSON"), by_type.get("ORG")
        if not people or not bodies:
            continue
        surname = key.split()[1]
        called_by_surname = surname in lone_people or any(
            name_tokens(m.text, "PERSON") == (surname,) for i in people for m in clusters[i].mentions)
        if not called_by_surname:
            continue
        if any(_ends_in_corporate_suffix(m.text) for i in bodies for m in clusters[i].mentions):
            continue
        titled = any(is_person_title(t) for i in people for m in clusters[i].mentions for t in m.titles)
        if not (is_common_first_name(key.split()[0]) or titled):
            continue
        for i in bodies:
            # read as the person from here on: the mis-tag fold must not make the person's own readings a company
            clusters[i].type, clusters[i].joined_a_person = "PERSON", True
            uf.union(people[0], i)


# Documents that must read a one-word name as an organisation before its person readings count for nothing. Two
# made CeCe McDonald, a person the tagger read as an organisation in two AllSides articles, a company in a third
# (9 mentions); three loses PolitiFact's 3 person readings (twenty-third session, 1,300 AllSides articles).
ORGANISATION_READINGS = 3


def _platform_read_as_person(key: str, families: Mapping[str, list[int]], clusters: list[_Cluster],
                             name_words: set[str]) -> bool:
    """A one-word name that several documents read as an organisation ("Twitter said", "a Twitter spokesman") is
    that organisation where others read it as a person ("posted the clip to Twitter"), however many they are:
    the small model reads platforms and outlets as people 176 times in 1,300 AllSides articles, more often than as
    organisations. Not a first name, a word of a person's full name in the corpus ("Ford" beside "Gerald Ford"),
    nor a name written with a person's title ("Sen. Bright")."""
    if not ("PERSON" in families and len(families.get("ORG", ())) >= ORGANISATION_READINGS and " " not in key
            and not is_common_first_name(key)
            and not any(is_person_title(t) for i in families["PERSON"] for m in clusters[i].mentions for t in m.titles)):
        return False
    if key not in name_words:
        return True
    # A surname always guards; a name's first word only when those names are written at least as often as the
    # organisation: "Twitter Pinterest", a share bar read as a person, does not make Twitter someone's name.
    carriers = [c for c in clusters if c.type == "PERSON" and len(c.tokens) > 1 and key in c.tokens]
    if any(c.tokens[-1] == key for c in carriers):
        return False
    return sum(len(c.mentions) for c in carriers) < sum(len(clusters[i].mentions) for i in families["ORG"])


def _acronyms_as_written(text: str) -> set[str]:
    """Acronyms of a name as written (see :func:`acronym_spellings`), a word in capitals giving all its
    letters: "U.S. Air Force" -> "usaf", "UK Atomic Energy Authority" -> "ukaea"."""
    words = [word for word in text.replace(".", "").split() if word[:1].isalpha()]
    letters = [word.lower() if word.isupper() and len(word) <= 4 else word[0].lower() for word in words]
    return acronym_spellings([word.lower() for word in words], letters, skip=ACRONYM_SKIP)


# Documents that must name a place in full before its initials alone ("D.C.", "L.A.") join it.
PLACE_INITIALS_DOCUMENTS = 2


def _merge_acronyms(clusters: list[_Cluster], uf: UnionFind[int]) -> None:
    spelled: dict[tuple[str, str], set[str]] = defaultdict(set)
    # Initials joined by an ampersand ("J&J") spell only a name written with one ("Johnson & Johnson"): two
    # letters are too few to stand for any name ("S&P" is not "Sony Pictures").
    spelled_with_ampersand: dict[tuple[str, str], set[str]] = defaultdict(set)
    first: dict[tuple[str, str], int] = {}
    weight: Counter[tuple[str, str]] = Counter()
    named_in: dict[tuple[str, str], set[str]] = defaultdict(set)
    for i, c in enumerate(clusters):
        if c.type in ACRONYM_TYPES and len(c.tokens) >= 2:
            slot = (_family(c.type), c.key)
            named_in[slot].add(c.doc)
            acronyms = acronym_spellings(c.tokens, skip=ACRONYM_SKIP)
            for text in {m.text for m in c.mentions if is_name_form(m.text)}:
                acronyms |= _acronyms_as_written(text)
            for acronym in acronyms:
                spelled[(_family(c.type), acronym)].add(c.key)
                if any(" & " in m.text for m in c.mentions):
                    spelled_with_ampersand[(_family(c.type), acronym)].add(c.key)
            first.setdefault(slot, i)
            weight[slot] += len(c.mentions)
    for i, c in enumerate(clusters):
        if c.type not in ACRONYM_TYPES or len(c.tokens) != 1 or not _written_as_acronym(c):
            continue
        family = _family(c.type)
        by_ampersand = any("&" in m.text for m in c.mentions)
        keys = (spelled_with_ampersand if by_ampersand else spelled).get((family, c.key), set())
        weights = {k: weight[(family, k)] for k in keys}
        variants = _one_spelling(keys, weights)
        for variant, kept in variants.items():
            uf.union(first[(family, kept)], first[(family, variant)])
        chosen = _dominant(set(variants.values()), _variant_weights(variants, weights))
        # a place's initials stand for a place the corpus names in two documents at least: one article's "Duval
        # County" is no "D.C.", a "Mississippi Delta" no "M.D."
        if chosen is not None and (family != "PLACE" or len(named_in[(family, chosen)]) >= PLACE_INITIALS_DOCUMENTS):
            uf.union(first[(family, chosen)], i)


def _one_spelling(keys: set[str], weight: Mapping[str, int]) -> dict[str, str]:
    """Each key -> the commonest key it is a spelling variant of: the same words but one letter in
    some ("European Aeronautic Defence and Space" / "... Defense ..."), which spell the acronym
    alike and are one name written two ways, not two organisations competing for it; likewise a name
    and the same name without its last "and" part (see :func:`_cut_at_and`)."""
    ranked = sorted(keys, key=lambda k: (-weight.get(k, 0), k))
    kept: dict[str, str] = {}
    for key in ranked:
        kept[key] = next((k for k in ranked if kept.get(k) == k and (_spelling_variant(key, k) or _cut_at_and(key, k))),
                         key)
    return kept


def _variant_weights(variants: Mapping[str, str], weight: Mapping[str, int]) -> dict[str, int]:
    totals: Counter[str] = Counter()
    for key, kept in variants.items():
        totals[kept] += weight.get(key, 0)
    return dict(totals)


def _spelling_variant(a: str, b: str) -> bool:
    """Same number of words, and every word that differs is at least five letters long and one
    letter away ("defence", "defense")."""
    words_a, words_b = a.split(), b.split()
    return len(words_a) == len(words_b) and all(
        x == y or min(len(x), len(y)) >= 5 and _one_edit_apart(x, y) for x, y in zip(words_a, words_b))


def _cut_at_and(a: str, b: str) -> bool:
    """One name is the other without its last "and" part ("Centers for Disease Control" / "... and
    Prevention"): both spell the acronym, which was coined before the part was added."""
    short, long = sorted((a.split(), b.split()), key=len)
    return len(long) > len(short) and long[len(short)] in ("and", "&") and long[:len(short)] == short


def _one_edit_apart(x: str, y: str) -> bool:
    if abs(len(x) - len(y)) > 1:
        return False
    if len(x) == len(y):
        return sum(p != q for p, q in zip(x, y)) == 1
    short, long = (x, y) if len(x) < len(y) else (y, x)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def _merge_short_names(clusters: list[_Cluster], uf: UnionFind[int]) -> None:
    """A one-word organisation ("Ford", "Northrop") joins the longer organisation some document
    shortens to that word ("Ford Motor Co. ... Ford said"): the alias was seen, not guessed.
    Left alone when several organisations are shortened to it and none clearly dominates."""
    shortened: dict[str, set[str]] = defaultdict(set)
    first: dict[str, int] = {}
    weight: Counter[str] = Counter()
    for i, c in enumerate(clusters):
        if c.type != "ORG" or len(c.tokens) < 2:
            continue
        first.setdefault(c.key, i)
        weight[c.key] += len(c.mentions)
        if names_a_part_of_a_body(c.tokens):
            continue  # "House Judiciary Committee ... the House": the House is the whole chamber
        for mention in c.mentions:
            short = name_tokens(mention.text, "ORG") if is_name_form(mention.text) else ()
            if len(short) == 1 and short[0] == c.tokens[0]:
                shortened[short[0]].add(c.key)
    for i, c in enumerate(clusters):
        if c.type == "ORG" and len(c.tokens) == 1 and c.key in shortened:
            chosen = _dominant(shortened[c.key], weight)
            if chosen is not None:
                uf.union(first[chosen], i)


def _dominant(keys: set[str], weight: Mapping[str, int]) -> str | None:
    """The only key, or the one named at least MISTAG_RATIO times as often as any other ("General
    Motors" over a one-off misspelling "General Motor" for "GM"); None when it is a real tie."""
    if len(keys) <= 1:
        return next(iter(keys), None)
    ranked = sorted(keys, key=lambda k: (-weight.get(k, 0), k))
    return ranked[0] if weight.get(ranked[0], 0) >= MISTAG_RATIO * weight.get(ranked[1], 0) else None


def _written_as_acronym(c: _Cluster) -> bool:
    letters = [ch for m in c.mentions for ch in m.text if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _merge_surnames(clusters: list[_Cluster], uf: UnionFind[int], same_doc: Mapping[str, str], apart: set[int]) -> None:
    """Attach single-token person clusters to the one full-name person they can only be. The clusters in ``apart``
    (a surname several people bear) choose one by one; those that choose no one are one entity of their name."""
    full: dict[str, list[int]] = {}  # key of a multi-token person → its clusters
    for i, c in enumerate(clusters):
        if c.type == "PERSON" and len(_cluster_core(c)) >= 2:
            full.setdefault(c.key, []).append(i)
    by_last: dict[str, list[str]] = defaultdict(list)
    by_first: dict[str, list[str]] = defaultdict(list)
    for key in sorted(full):
        tokens = key.split()
        by_last[_surname(tokens)].append(key)
        by_first[tokens[0]].append(key)
    if not full:
        return
    context = _Context(clusters, full, same_doc)
    lone_docs: dict[str, set[str]] = defaultdict(set)  # documents that write a one-word person name alone
    for c in clusters:
        if c.type == "PERSON" and len(_cluster_core(c)) == 1:
            lone_docs[_cluster_core(c)[0]].add(same_doc.get(c.doc, c.doc))
    called_alone = _called_alone(clusters, full)
    choices: dict[int, str] = {}
    by_given_name: set[int] = set()  # a given name alone that chose among namesakes named elsewhere
    for i, c in enumerate(clusters):
        if len(_cluster_core(c)) != 1 or "#" in c.key:
            continue
        if c.type == "PERSON":
            candidates = _one_per_person(_lone_name_candidates(c, by_last, by_first), full, uf)
            either = _surname_or_given_name(c, by_last, by_first, called_alone, full, uf)
            if len(either) > 1:
                # "Kim" beside "Kim Jong Un" and "Richard Kim" in the corpus, "Hillary" beside "Hillary Clinton" and
                # "Edmund Hillary": read as a surname only, the word had joined the one bearer of that surname. Its
                # own document chooses, else the person the corpus calls by the word alone far more often.
                word = _cluster_core(c)[0]
                chosen = (context.pick(c, either, by_context=False)
                          or _called_so_most(word, either, called_alone, [*by_last.get(word, []), *by_first.get(word, [])],
                                             full, uf))
                if chosen is not None:
                    choices[i] = chosen
                    if same_doc.get(c.doc, c.doc) not in context.docs_of[chosen]:
                        by_given_name.add(i)  # as a given name's choice, its group must agree on it
                continue
            # A given name alone that several people of the corpus bear ("his brother Raul", "his wife, Karen") is
            # chosen by its own document: the full name, a shared title or the surname written there ("Ronald and
            # Nancy Reagan"). Other entities its documents share with a namesake's are a guess, and joined Fidel
            # Castro's brother to a congressman named Raul Grijalva, a city named Alexandria to a congresswoman.
            given_name = _cluster_core(c)[0] not in by_last
            if c.names_a_government and len(candidates) > 1 and (head := _head_of_government(candidates, context)):
                # "the Biden administration" is the president's, not a namesake's whom the article's topics suit:
                # by shared context the first lady had taken it (1 entity against 2, the U.S. and COVID-19)
                candidates = [head]
            chosen = (candidates[0] if len(candidates) == 1
                      else context.pick(c, candidates, by_context=not given_name) if candidates else None)
            if (chosen is not None and given_name and len(candidates) > 1
                    and same_doc.get(c.doc, c.doc) not in context.docs_of[chosen]):
                by_given_name.add(i)  # chosen by a title or a surname its article writes, not the full name there
            if chosen is not None and _known_by_one_name(c, chosen, lone_docs, context):
                chosen = None
        else:
            chosen = _mistagged_surname(c, by_last, full, clusters)
        if chosen is not None:
            choices[i] = chosen
    # The lone clusters of one name are already one group (_merge_same_key): a group whose members
    # choose different people ("Okoro" beside Ada Okoro's name in one article, Ben Okoro's in another)
    # joins the one most of them choose, by MISTAG_RATIO, and none when no one stands out; joining
    # each choice would make the people one.
    votes: dict[int, Counter[int]] = defaultdict(Counter)
    group_of = {i: uf.find(i) for i in choices}
    # A given name's group joins the namesake only when every member chose them: "Ada" beside "Quill" in
    # one article must not carry along the "Tom and Ada" of others, which chose no one.
    group_size = Counter(uf.find(i) for i in range(len(clusters))) if by_given_name else Counter()
    person_of = {i: uf.find(full[chosen][0]) for i, chosen in choices.items()}  # read before any union below
    for i in choices:
        votes[group_of[i]][person_of[i]] += 1
    joined: set[int] = set()
    for i, chosen in choices.items():
        ranked = votes[group_of[i]].most_common(2)
        if i in by_given_name and ranked[0][1] < group_size[group_of[i]]:
            continue
        if ranked[0][0] == person_of[i] and (len(ranked) == 1 or ranked[0][1] >= MISTAG_RATIO * ranked[1][1]):
            clusters[i].joined_a_person = clusters[i].type != "PERSON"
            uf.union(full[chosen][0], i)
            joined.add(i)
    # a surname kept apart: the documents whose lone surname chose each person (roots read before the unions above)
    chose: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    for i in apart & set(choices):
        chose[clusters[i].key][person_of[i]].add(same_doc.get(clusters[i].doc, clusters[i].doc))
    _join_the_unchosen(clusters, uf, apart - joined, chose)


# A place's name followed by its state's: "Edwards, Colorado" is a town, whoever else is called Edwards.
_STATE_AFTER = re.compile(r"^\s*,\s*([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b")


def _merge_surnames_read_as_places(clusters: list[_Cluster], uf: UnionFind[int], texts: Mapping[str, str]) -> None:
    """A lone surname the tagger read as a place ("a clear shot at Whitmer") is the person its document names in full
    ("Gretchen Whitmer"), when every document reading the word as a place names that one person, and people of that
    surname are named in MISTAG_RATIO times as many documents: "Washington" or "Austin" is read as a place far more
    often than anyone of that name is named. Not a word followed by a state ("Edwards, Colorado"). A given name read
    as a place ("Melania" beside "Melania Trump") is read the same way, by the people of that given name."""
    places: dict[str, list[int]] = defaultdict(list)
    # surname, then given name -> documents naming someone of that name, and (doc, name) -> its people's roots
    person_docs: tuple[dict[str, set[str]], dict[str, set[str]]] = (defaultdict(set), defaultdict(set))
    full_in_doc: tuple[dict[tuple[str, str], set[int]], ...] = (defaultdict(set), defaultdict(set))
    for i, c in enumerate(clusters):
        if _family(c.type) == "PLACE" and len(c.tokens) == 1 and not c.state and not _written_as_acronym(c):
            places[c.key].append(i)
        elif c.type == "PERSON" and "#" not in c.key and c.tokens:
            core = _cluster_core(c)
            names = (_surname(c.tokens), core[0]) if len(core) >= 2 else (_surname(c.tokens), None)
            for n, name in enumerate(names):
                if name is None:
                    continue
                person_docs[n][name].add(c.doc)
                if len(core) >= 2:
                    full_in_doc[n][(c.doc, name)].add(uf.find(i))
    for key, idx in places.items():
        if any(_followed_by_a_state(texts.get(m.doc, ""), m) for i in idx for m in clusters[i].mentions):
            continue
        place_docs = {clusters[i].doc for i in idx}
        for docs, full in zip(person_docs, full_in_doc):
            people = {frozenset(full.get((clusters[i].doc, key), ())) for i in idx}
            if (len(people) == 1 and len(person := next(iter(people))) == 1
                    and len(docs[key]) >= MISTAG_RATIO * len(place_docs)):
                for i in idx:
                    clusters[i].joined_a_person = True
                    uf.union(next(iter(person)), i)
                break


def _followed_by_a_state(text: str, mention: Mention) -> bool:
    after = _STATE_AFTER.match(text[mention.end:mention.end + 30])
    return after is not None and normalise_name(after.group(1)) in _STATE_NAMES


def _join_the_unchosen(clusters: list[_Cluster], uf: UnionFind[int], unchosen: set[int],
                       chose: Mapping[str, Mapping[int, set[str]]]) -> None:
    """The lone surnames kept apart by key that chose no one are one entity of that name, as any one key is, and
    that of the person whom the lone surname of CALLED_ALONE_DOCUMENTS other documents at least chose, MISTAG_RATIO
    times as many as chose anyone else: "Obama" alone is the president wherever nothing else tells, but one
    article's "President Kennedy" does not make a TV host called "Kennedy" the president."""
    first: dict[str, int] = {}
    for i in sorted(unchosen):
        if clusters[i].key in first:
            uf.union(first[clusters[i].key], i)
        else:
            first[clusters[i].key] = i
    for key, i in first.items():
        ranked = sorted((len(docs), person) for person, docs in chose.get(key, {}).items())[::-1]
        if ranked and ranked[0][0] >= CALLED_ALONE_DOCUMENTS and (
                len(ranked) == 1 or ranked[0][0] >= MISTAG_RATIO * ranked[1][0]):
            uf.union(ranked[0][1], i)


def _merge_middle_names(clusters: list[_Cluster], uf: UnionFind[int], same_doc: Mapping[str, str]) -> None:
    """"Hillary Rodham Clinton" in one outlet and "Hillary Clinton" in the next are one person: a
    full name with middle names joins the name without them, unless two different middle names
    claim it ("George Herbert Walker Bush", "George Walker Bush") or one document names both apart."""
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(clusters):
        if c.type == "PERSON" and "#" not in c.key:
            by_key[c.key].append(i)
    claims: dict[str, set[str]] = defaultdict(set)
    for key in by_key:
        tokens = key.split()
        if len(tokens) >= 3 and not GENERATION_SUFFIXES & set(tokens) and tokens[0] not in NAME_PARTICLES:
            short = f"{tokens[0]} {tokens[-1]}"
            if short in by_key:
                claims[short].add(key)
    for short, longs in claims.items():
        if len(longs) != 1:
            continue
        long = next(iter(longs))
        docs_short = {same_doc.get(clusters[i].doc, clusters[i].doc) for i in by_key[short]}
        docs_long = {same_doc.get(clusters[i].doc, clusters[i].doc) for i in by_key[long]}
        if docs_short & docs_long:
            continue  # one document keeps them apart: two people
        uf.union(by_key[short][0], by_key[long][0])


def _known_by_one_name(c: _Cluster, chosen: str, lone_docs: Mapping[str, set[str]], context: _Context) -> bool:
    """A given name written alone in more documents than the one full name it could stand for is
    someone known by that name ("Francis", the pope, in twelve articles; "Francis DeBernardo" in
    two): the full name does not claim it. A surname is unaffected ("Trump" alone)."""
    name = _cluster_core(c)[0]
    if _surname(chosen.split()) == name:
        return False
    return len(lone_docs.get(name, ())) > len(context.docs_of[chosen])


def _one_per_person(keys: list[str], full: Mapping[str, list[int]], uf: UnionFind[int]) -> list[str]:
    """Keys already joined as one person ("Hillary Clinton", "Hillary Rodham Clinton") count once, under the key most of
    the person's clusters have: the choice among namesakes reads that key's documents and titles, and a rare form
    sorted first ("Barack Hussein Obama") had stood for a president named in full in hundreds of articles, so that
    his lone surname went to his wife in 181 articles of 1,300 AllSides."""
    best: dict[int, str] = {}
    for key in keys:
        root = uf.find(full[key][0])
        if root not in best or len(full[key]) > len(full[best[root]]):
            best[root] = key
    return [key for key in keys if best[uf.find(full[key][0])] == key]


def _lone_name_candidates(
    c: _Cluster, by_last: Mapping[str, list[str]], by_first: Mapping[str, list[str]]
) -> list[str]:
    """Full names a one-word person name can stand for: by surname, else by given name. "Trump
    Jr." can only be a son's key ending in "jr"; a bare surname prefers names without a suffix."""
    if _written_as_acronym(c):
        return []  # "U.N." is no one's surname
    generation = _generation(c)
    name = _cluster_core(c)[0]
    if generation is not None:
        return [k for k in by_last.get(name, []) if k.split()[-1] == generation]
    candidates = by_last.get(name) or by_first.get(name) or []
    return [k for k in candidates if k.split()[-1] not in GENERATION_SUFFIXES] or candidates


def _called_alone(clusters: list[_Cluster], full: Mapping[str, list[int]]) -> dict[tuple[str, str], set[str]]:
    """(full name's key, word) -> the documents in which the person of that full name is called by that word
    alone ("Kim Jong Un ... Kim said", "Hillary Clinton ... Hillary")."""
    alone: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key, idx in full.items():
        for i in idx:
            for m in clusters[i].mentions:
                words = name_tokens(m.text, "PERSON")
                if len(words) == 1 and words[0] in key.split():
                    alone[(key, words[0])].add(clusters[i].doc)
    return alone


def _surname_or_given_name(
    c: _Cluster, by_last: Mapping[str, list[str]], by_first: Mapping[str, list[str]],
    called_alone: Mapping[tuple[str, str], set[str]], full: Mapping[str, list[int]], uf: UnionFind[int],
) -> list[str]:
    """Full names a lone word can stand for when it is the surname of some and the first word of others that
    the corpus calls by it alone ("Richard Kim" and "Kim Jong Un", "Edmund Hillary" and "Hillary Clinton"):
    both kinds, or nothing when the word is not both."""
    if _written_as_acronym(c) or _generation(c) is not None:
        return []
    name = _cluster_core(c)[0]
    surnamed = [k for k in by_last.get(name, []) if k.split()[-1] not in GENERATION_SUFFIXES]
    # called so in two documents at least: a headline's "Obama White House" that one article runs into a lone "Obama"
    # is no given name
    first_named = [k for k in by_first.get(name, []) if len(called_alone.get((k, name), ())) >= 2]
    if not surnamed or not first_named:
        return []
    # every bearer of the word as a first word is a candidate for the document's own evidence ("George" in an article
    # naming George Papadopoulos and another George in full is neither)
    return _one_per_person(surnamed + by_first[name], full, uf)


# Documents that must call a person by a word alone before that word, written alone where nothing else tells, is
# theirs: "Hillary" 42 (Hillary Clinton), "Kim" 9 (Kim Jong Un) pass; "Tucker" 4, a host also named beside a
# reporter of that surname, and "Anthony" 2, a byline's "Follow Anthony", do not (1,300 AllSides articles,
# twenty-sixth session).
CALLED_ALONE_DOCUMENTS = 5


def _called_so_most(name: str, candidates: Sequence[str], called_alone: Mapping[tuple[str, str], set[str]],
                    bearers: Sequence[str], full: Mapping[str, list[int]], uf: UnionFind[int]) -> str | None:
    """The candidate the corpus calls by ``name`` alone in MISTAG_RATIO times as many documents as any other, and in
    CALLED_ALONE_DOCUMENTS at least (under any of the person's full names among ``bearers``, those holding the word):
    a lone word follows its usual bearer, not the spelling of its key."""
    docs: dict[int, set[str]] = defaultdict(set)
    for key in bearers:
        docs[uf.find(full[key][0])] |= called_alone.get((key, name), set())
    counts = sorted(((len(docs[uf.find(full[k][0])]), k) for k in candidates), reverse=True)
    top, runner_up = counts[0][0], counts[1][0] if len(counts) > 1 else 0
    return counts[0][1] if top >= CALLED_ALONE_DOCUMENTS and top >= MISTAG_RATIO * runner_up else None


def _mistagged_surname(
    c: _Cluster, by_last: Mapping[str, list[str]], full: Mapping[str, list[int]], clusters: list[_Cluster]
) -> str | None:
    """The person a lone surname tagged ORG belongs to ("Sanchez said" read as a company).

    Only when one full-name person has that surname, that person is named in at least as many
    clusters as the ORG reading, and no multi-word organisation uses the word ("Ford Motor" keeps
    "Ford" a company).
    """
    if c.type != "ORG" or _written_as_acronym(c):
        return None  # "UN" or "U.N." is a body's initials, no one's surname ("Kim Jong Un")
    candidates = by_last.get(c.key, [])
    if len(candidates) != 1:
        return None
    org_readings = [o for o in clusters if o.type == "ORG" and c.key in o.tokens]
    if any(len(o.tokens) > 1 for o in org_readings) or len(org_readings) > len(full[candidates[0]]):
        return None
    return candidates[0]


class _Context:
    """Evidence for choosing between full names that share a surname."""

    def __init__(self, clusters: list[_Cluster], full: Mapping[str, list[int]], same_doc: Mapping[str, str]) -> None:
        self.clusters = clusters
        self.full = full
        self.same_doc = same_doc
        self.docs_of: dict[str, set[str]] = {
            k: {same_doc.get(clusters[i].doc, clusters[i].doc) for i in idx} for k, idx in full.items()
        }
        self.titles_of: dict[str, set[str]] = {k: _titles(clusters[i] for i in idx) for k, idx in full.items()}
        self.keys_in_doc: dict[str, set[str]] = defaultdict(set)
        self._contexts: dict[str, set[str]] = {}
        self.surnames_in_doc: dict[str, set[str]] = defaultdict(set)
        for c in clusters:
            if len(c.tokens) >= 2 or c.type != "PERSON":
                self.keys_in_doc[same_doc.get(c.doc, c.doc)].add(c.type + ":" + c.key)
            if c.type == "PERSON" and c.tokens and "#" not in c.key:
                self.surnames_in_doc[same_doc.get(c.doc, c.doc)].add(_surname(c.tokens))

    def _context_of(self, key: str) -> set[str]:
        """Named entities of every document naming ``key`` (computed once per candidate)."""
        if key not in self._contexts:
            theirs: set[str] = set()
            for other in self.docs_of[key]:
                theirs |= self.keys_in_doc.get(other, set())
            self._contexts[key] = theirs
        return self._contexts[key]

    def pick(self, c: _Cluster, candidates: Sequence[str], *, by_context: bool = True) -> str | None:
        doc = self.same_doc.get(c.doc, c.doc)
        titles = _titles([c])
        for test in (
            lambda k: doc in self.docs_of[k],
            lambda k: bool(titles & self.titles_of[k]),
        ):
            hits = [k for k in candidates if test(k)]
            if len(hits) == 1:
                return hits[0]
            if len(hits) > 1:
                return None
        if by_context:
            return self._by_shared_context(doc, candidates)
        return self._by_family_name(doc, candidates, own=set(_cluster_core(c)))

    def _by_family_name(self, doc: str, candidates: Sequence[str], own: set[str]) -> str | None:
        """The only candidate whose surname the document writes ("Ronald and Nancy Reagan", "Rob [Goldstone]")."""
        hits = [k for k in candidates if _surname(k.split()) in self.surnames_in_doc.get(doc, ())
                and _surname(k.split()) not in own]  # the lone word itself is no surname written beside it
        return hits[0] if len(hits) == 1 else None

    def shared_context(self, a: str, b: str) -> int:
        """How many other named entities the documents naming ``a`` and those naming ``b`` share."""
        return len((self._context_of(a) & self._context_of(b)) - {"PERSON:" + a, "PERSON:" + b})

    def _by_shared_context(self, doc: str, candidates: Sequence[str]) -> str | None:
        mine = self.keys_in_doc.get(doc, set())
        scores = {}
        for k in candidates:
            own = "PERSON:" + k
            theirs = self._context_of(k)
            scores[k] = sum(1 for key in mine if key != own and key in theirs)
        ranked = sorted(scores.values(), reverse=True)
        if ranked[0] == 0 or (len(ranked) > 1 and ranked[0] < 2 * ranked[1]):
            return None
        return max(scores, key=lambda k: scores[k])


def _merge_nicknames(clusters: list[_Cluster], uf: UnionFind[int], same_doc: Mapping[str, str]) -> None:
    """Join full names that differ only by a nickname ("Chuck Schumer" and "Charles E. Schumer")
    when something besides the name ties them: a shared title, or other named entities their
    documents share. The nickname table is broad ("Ron" is listed for "Aaron"), so a name alone
    does not merge two people."""
    full: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(clusters):
        if c.type == "PERSON" and len(c.tokens) >= 2 and "#" not in c.key:
            full[c.key].append(i)
    by_rest: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key in full:
        by_rest[tuple(key.split()[1:])].append(key)
    context = _Context(clusters, full, same_doc)
    for keys in by_rest.values():
        for a, b in itertools.combinations(sorted(keys), 2):
            if not same_given_name(a.split()[0], b.split()[0]):
                continue
            if _titles_agree(context.titles_of[a], context.titles_of[b]) or context.shared_context(a, b) >= 2:
                uf.union(full[a][0], full[b][0])


def _titles_agree(one: set[str], other: set[str]) -> bool:
    """The same title, or two titles sharing two words of four letters or more: outlets write one office
    their own way ("White House COVID-19 coordinator", "White House Covid coordinator")."""
    if one & other:
        return True
    words = [set(re.findall(r"[a-z]{4,}", t)) for t in one]
    return any(len(w & set(re.findall(r"[a-z]{4,}", t))) >= 2 for w in words for t in other)


def _titles(clusters: Iterable[_Cluster]) -> set[str]:
    return {normalise_name(t) for c in clusters for m in c.mentions for t in m.titles}


def _build_entities(clusters: list[_Cluster], uf: UnionFind[int]) -> tuple[list[Entity], dict[tuple[str, int], str]]:
    members: dict[int, list[_Cluster]] = defaultdict(list)
    for i, c in enumerate(clusters):
        members[uf.find(i)].append(c)
    built = [(_entity(group), group) for group in members.values()]
    first_of_id: dict[str, tuple[str, int]] = {}
    for entity, group in built:
        first = min(c.ref for c in group)
        first_of_id[entity.id] = min(first_of_id.get(entity.id, first), first)
    entities: list[Entity] = []
    entity_of: dict[tuple[str, int], str] = {}
    for entity, group in built:
        first = min(c.ref for c in group)
        if first != first_of_id[entity.id]:
            # Two groups can only share a key when evidence kept them apart on purpose (a mis-tag that was not
            # folded, namesakes). The one holding the first mention in (document id, cluster) order keeps the id,
            # the others are salted with their own first mention: ids then do not depend on how many entities the corpus built before
            # (a speaker's page, an incremental run's match, stay put as other documents come and go).
            entity = dataclasses.replace(entity, id=entity_id(entity.type, f"{entity.id}:{first[0]}:{first[1]}"))
        entities.append(entity)
        for c in group:
            entity_of[c.ref] = entity.id
    entities.sort(key=lambda e: (-len(e.mentions), e.name, e.id))
    return entities, entity_of


def _ends_in_corporate_suffix(text: str) -> bool:
    """"Pfizer Inc.", "Acme Ltd": a legal form. "Obama & Co." is a man and his circle (it had made an
    organisation of President Obama), so "& Co." is none."""
    words = text.split()
    if len(words) > 2 and words[-2] in ("&", "and"):
        return False
    return len(words) > 1 and normalise_word(words[-1]) in CORPORATE_SUFFIXES - {"group", "company", "holdings"}


def _entity(group: list[_Cluster]) -> Entity:
    mentions = [m for c in group for m in c.mentions]
    # A surname the tagger called an organisation counts as the person it joined: three "Ibarra"
    # read as an organisation do not make "President Rosa Ibarra" one.
    entity_type = Counter(_type_as_read(c, m.type) for c in group for m in c.mentions).most_common(1)[0][0]
    if entity_type == "PERSON" and any(_ends_in_corporate_suffix(m.text) for m in mentions):
        entity_type = "ORG"  # "Pfizer" tagged a person 20 times is still "Pfizer Inc": no one is incorporated
    # The defining key is the fullest one among the group's clusters of its own type (surname-only and acronym
    # clusters joined a fuller one). A cluster of another type that joined the group does not name it: an
    # organisation "Trump's National Security Adviser" run into the president's lone surname by one article had
    # become the key, the id and the shown name ("Trump") of a president named in 757 articles, and one article's
    # person "Robert Taft Republican" the name of the party word "Republican" of 487.
    own_type = [c for c in group if _family(_type_as_read(c, c.type)) == _family(entity_type)] or group
    token_counts = Counter(c.tokens for c in own_type)
    key_tokens = max(token_counts, key=lambda t: (len(t), token_counts[t], t))
    key = " ".join(key_tokens)
    forms = Counter(m.text.strip() for m in mentions if is_name_form(m.text)) or Counter(
        m.text.strip() for m in mentions
    )
    if any(c.owned for c in group):
        # shown under its own name ("Review Board"), not an owner's ("Acme's Review Board")
        forms = Counter({f: n for f, n in forms.items() if not _OWNER_POSSESSIVE.search(f)}) or forms
    if any(c.bare_noun for c in group):
        # shown under the body's name, however often its articles write "the Board" alone
        forms = Counter({f: n for f, n in forms.items() if normalise_name(f) not in BODY_NOUNS}) or forms
    name = _cleaned_form(_display_name(mentions, forms, entity_type, key_tokens))
    if any(c.state for c in group):
        name = " ".join(word.capitalize() for word in key_tokens)  # "Kentucky", not the "Ky." of most party tags
    aliases = _by_frequency(_cleaned_form(f) for f in forms.elements())
    # Titles are people's roles: those of an organisation, a place or a party come from the few mentions the tagger
    # read as a person ("Fox News" titled "UPDATE 11:26 A.M. Former Mexican President" from a live blog's line,
    # "Twitter" a "fountain of anti-white racism", the party word "Republican" "old-school").
    titles = _by_frequency(t.strip() for m in mentions for t in m.titles
                           if t.strip() and not is_relative_title(t)) if entity_type == "PERSON" else ()
    spans = tuple(
        sorted({Span(doc=m.doc, start=m.start, end=m.end) for m in mentions}, key=lambda s: (s.doc, s.start, s.end))
    )
    return Entity(
        id=entity_id(entity_type, key), name=name, type=entity_type, aliases=aliases, titles=titles, mentions=spans
    )


def _type_as_read(c: _Cluster, tagged: str) -> str:
    """The type a cluster's mention (tagged ``tagged``) or the cluster itself (its own type) counts as: a cluster the
    corpus shows to be an organisation, or a name that joined a person, counts as such whatever the tagger said."""
    return "ORG" if c.organisation else "PERSON" if c.joined_a_person else tagged


def _display_name(mentions: Sequence[Mention], forms: Counter[str], entity_type: str,
                  key_tokens: tuple[str, ...]) -> str:
    """The form an entity is shown under: the person's full name as the texts write it most often
    ("Jeff Sessions", not a single article's "Jefferson Beauregard Sessions III"; "Barack Obama",
    not "Barack Hussein Obama"), and another entity's most frequent form ("CNN", not a single
    article's expansion "Clinton News Network"; "Reuters", not a photo credit "Jane Roe/Reuters").
    The key stays the fullest name; only what a reader sees changes. A son's name keeps its suffix,
    and a full name several articles write stays ("Federal Bureau of Investigation")."""
    usual = _usual_full_names(mentions, forms, key_tokens) or _full_forms(mentions, forms, entity_type, key_tokens)
    usual = usual or forms
    return max(usual, key=lambda f: (usual[f], len(f), f))


def _full_forms(mentions: Sequence[Mention], forms: Counter[str], entity_type: str,
                key_tokens: tuple[str, ...]) -> Counter[str]:
    """Forms spelling the key; for an entity several articles name, only those that two articles
    or more write, and at least a tenth as many as its most written form (the "Clinton News
    Network" of two opinion pieces, or a photo credit, does not name CNN)."""
    spelled = Counter({f: n for f, n in forms.items() if _spells_key(f, entity_type, key_tokens)})
    if entity_type == "PERSON" or len({m.doc for m in mentions}) == 1:
        return spelled
    docs_of: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        docs_of[m.text.strip()].add(m.doc)
    widest = max(len(d) for d in docs_of.values())
    return Counter({f: n for f, n in spelled.items() if len(docs_of[f]) >= max(2, widest / 10)})


def _usual_full_names(mentions: Sequence[Mention], forms: Counter[str], key_tokens: tuple[str, ...]) -> Counter[str]:
    """Forms written as a person's first name (or its nickname) and surname of the key ("Jeff
    Sessions" for "jefferson beauregard sessions"); none for a son's key ("... jr"), whose suffix
    tells him from his father."""
    core = _core(key_tokens)
    if len(core) < 2 or key_tokens[-1] in GENERATION_SUFFIXES:
        return Counter()
    written_as_person = {m.text.strip() for m in mentions if m.type == "PERSON"}
    usual: Counter[str] = Counter()
    for form, n in forms.items():
        tokens = name_tokens(form, "PERSON")
        # A possessive inside is no name ("Hillary Clinton’s Twitter", tagged a person, in the mentions of Twitter).
        if (form in written_as_person and len(tokens) >= 2 and tokens[-1] == core[-1] and not _INNER_POSSESSIVE.search(form)
                and not GENERATION_SUFFIXES & set(tokens)
                and (tokens[0] == core[0] or same_given_name(tokens[0], core[0]))):
            usual[form] = n
    return usual


def _spells_key(form: str, entity_type: str, key_tokens: tuple[str, ...]) -> bool:
    """Whether a written name is the entity's full name ("Donald Trump Jr." for a son's key
    ending in "jr")."""
    tokens = name_tokens(form, entity_type)
    if key_tokens and key_tokens[-1] in GENERATION_SUFFIXES and entity_type == "PERSON":
        return tokens == tuple(_core(key_tokens)) and key_tokens[-1] in normalise_name(form).split()
    return tokens == key_tokens


def _cleaned_form(text: str) -> str:
    """A surface form without a trailing possessive ("Kim's" → "Kim") or an editor's bracket
    ("[Julian] Assange" → "Julian Assange")."""
    text = _SPACES.sub(" ", text.replace("[", "").replace("]", "")).strip()
    return _POSSESSIVE.sub("", text) if re.search(r"\w[’']s$", text) else text


def _by_frequency(items: Iterable[str]) -> tuple[str, ...]:
    """Distinct forms, most frequent first. Forms differing only in case, apostrophe, spacing or a
    closing period ("former President" at a sentence start, "Justice Department’s" from another outlet,
    "Mr" and "Mr.") are one form, written as it is written most often."""
    counts = Counter(items)
    variants: dict[str, Counter[str]] = {}
    order: dict[str, int] = {}
    for item, n in counts.items():
        key = _form_key(item)
        variants.setdefault(key, Counter())[item] += n
        order.setdefault(key, len(order))
    ranked = sorted(variants, key=lambda k: (-sum(variants[k].values()), order[k]))
    return tuple(variants[k].most_common(1)[0][0] for k in ranked)


def _form_key(text: str) -> str:
    # a closing period is a house style too: "Mr" and "Mr.", "Trump Jr" and "Trump Jr." are one form
    return " ".join(text.replace("’", "'").casefold().split()).rstrip(".")


# -- speakers ----------------------------------------------------------------------------------


def attach_speakers(
    extraction: Extraction,
    entity_of: Mapping[tuple[str, int], str],
    entities: Mapping[str, Entity] | None = None,
    text: str | None = None,
) -> Extraction:
    """A copy of ``extraction`` whose quotes carry the canonical entity id of their speaker.

    The speaker mention is the one whose span equals ``speaker_start``/``speaker_end``, else the
    one overlapping it most; without offsets, the only name-matching mention cluster of the
    document. A speaker written as an office alone ("the president said") is the one person the
    document (``text``) named before it who holds that office in the corpus's titles (``entities``), see
    :class:`_OfficeHolders`. A quote whose speaker cannot be resolved keeps the
    ``speaker`` it had.
    """
    holders = _OfficeHolders(extraction, entity_of, entities, text) if entities and text is not None else None
    quotes = tuple(_with_speaker(q, extraction, entity_of, holders) for q in extraction.quotes)
    return dataclasses.replace(extraction, quotes=quotes)


def _with_speaker(
    quote: Quote, extraction: Extraction, entity_of: Mapping[tuple[str, int], str], holders: _OfficeHolders | None
) -> Quote:
    cluster = _speaker_cluster(quote, extraction.mentions)
    if cluster is None:
        holder = holders.named_before(quote) if holders is not None else None
        return dataclasses.replace(quote, speaker=holder, speaker_kind="person") if holder else quote
    entity = entity_of.get((extraction.doc, cluster))
    return dataclasses.replace(quote, speaker=entity) if entity else quote


# Offices one person holds at a time in a place, so that "the <office>" can stand for a named holder. Not the
# titles many share in one story ("the officer", "the spokesman", "the attorney", "the doctor").
_SINGLE_HOLDER_OFFICES = frozenset(
    "president president-elect governor mayor senator representative congressman congresswoman judge chancellor "
    "premier minister king queen pope emperor sultan emir speaker secretary ambassador sheriff commissioner "
    "chairman chairwoman chair general admiral".split()
)
# Words that may stand before the office in such a phrase ("the former president", "the prime minister").
_OFFICE_PHRASE_WORDS = frozenset({"former", "vice", "deputy", "prime", "ex", "chief"})


# Qualifiers a writer drops when coming back to a person ("Former President X ... the president"); "vice" and
# "deputy" make another office, never left out ("President-elect X ... the vice president-elect" is not X).
_DROPPED_QUALIFIERS = frozenset({"former", "ex", "late"})


def _qualifiers(office: tuple[str, ...]) -> set[str]:
    return set(office) & OFFICE_QUALIFIERS


def _office_words(text: str) -> tuple[str, ...]:
    """A title's words as offices, abbreviations spelt out: "Gov." -> ("governor",), "the Vice President" ->
    ("vice", "president") (a leading "the" dropped)."""
    words = [TITLE_WORDS.get(w, w) for w in (normalise_word(w) for w in text.split()) if w]
    return tuple(words[1:] if words[:1] == ["the"] else words)


@dataclass(slots=True)
class _OfficeHolders:
    """Who "the <office>" stands for in one document when the document never gives anyone that title ("Trump
    said ... 'I don't remember,' the president said" in an article that calls him only Trump): the one person
    named before the phrase whose titles across the corpus (``entities``) include the office written exactly so
    ("President", "Gov."). Not when two such people are named, when the document gives someone the office
    otherwise ("former President"), or when an indefinite phrase of the office ("a federal judge") brings in
    someone new after the person was last named. The extract stage has already tied such descriptions to the
    people the document itself titles so."""

    extraction: Extraction
    entity_of: Mapping[tuple[str, int], str]
    entities: Mapping[str, Entity]
    text: str

    def named_before(self, quote: Quote) -> str | None:
        name = (quote.speaker_name or "").strip()
        # the tagger may call an office an organisation ("The president-elect said" as ORG): the words decide
        if not name.lower().startswith("the ") or quote.speaker_kind not in (None, "unknown", "organisation"):
            return None
        office = _office_words(name)
        if not office or len(office) > 3 or office[-1] not in _SINGLE_HOLDER_OFFICES \
                or any(w not in _OFFICE_PHRASE_WORDS for w in office[:-1]):
            return None
        position = quote.source_start if quote.source_start is not None else quote.start
        last_named: dict[str, int] = {}
        own_titles: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        for mention in self.extraction.mentions:
            entity_id = self.entity_of.get((self.extraction.doc, mention.cluster))
            if mention.type != "PERSON" or mention.start >= position or entity_id is None:
                continue
            last_named[entity_id] = max(last_named.get(entity_id, -1), mention.end)
            own_titles[entity_id].update(_office_words(t) for t in mention.titles)
        # "Former President Obama ... The president also said": journalists drop "former", so someone the document
        # gives the office with it makes the phrase ambiguous, whoever holds it bare elsewhere
        if any(words[-1:] == office[-1:] and _qualifiers(words) - _qualifiers(office)
               and _qualifiers(words) - _qualifiers(office) <= _DROPPED_QUALIFIERS
               for titles in own_titles.values() for words in titles):
            return None
        holders = [
            entity_id for entity_id in last_named
            if (entity := self.entities.get(entity_id)) is not None and entity.type == "PERSON"
            and any(_office_words(t) == office for t in entity.titles)
        ]
        if len(holders) != 1:
            return None
        # "Judge Chutkan ruled ... Later, a federal judge denied a request ... The judge said": another holder
        between = self.text[last_named[holders[0]]:position]
        noun = re.escape(name.split()[-1])
        introduced = re.search(rf"\b(?:a|an|another)\s+(?:[\w.'’-]+\s+){{0,3}}{noun}\b", between, re.IGNORECASE)
        return None if introduced else holders[0]


def _speaker_cluster(quote: Quote, mentions: Sequence[Mention]) -> int | None:
    if quote.speaker_start is not None and quote.speaker_end is not None:
        best, best_overlap = None, 0
        for m in mentions:
            if m.start == quote.speaker_start and m.end == quote.speaker_end:
                return m.cluster
            overlap = min(m.end, quote.speaker_end) - max(m.start, quote.speaker_start)
            if overlap > best_overlap:
                best, best_overlap = m.cluster, overlap
        if best is not None:
            return best
    if quote.speaker_name:
        wanted = name_tokens(quote.speaker_name, "PERSON")
        hits = {m.cluster for m in mentions if wanted and name_tokens(m.text, m.type) == wanted}
        if len(hits) == 1:
            return next(iter(hits))
    return None
