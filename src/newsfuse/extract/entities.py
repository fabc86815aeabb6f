"""Entity mentions with within-document clusters and the titles written next to people.

spaCy's NER gives the spans; this module then

1. drops numeric types (dates, money, counts...), which the figures and dates extractors own;
2. repairs PERSON spans so the name does not carry its title ("Gen. Mark Hertling" -> text
   "Mark Hertling", title "Gen.") and collects the titles written around a person: premodifiers
   ("Retired US Lt. Gen.", and "U.S. Ambassador to the United Nations", whose body the tagger ends at the
   name), appositions (", a former commander of US Army Europe,", ", the founder and chief executive of
   Acme,") and copular clauses ("Smith is the chairman of Acme"); repairs organisation spans the tagger ran into a
   flight or a title ("Boeing Executive") or cut short ("Northrop" + "Grumman", "Chrysler" + "LLC"),
   and makes a name described as a company ("retailer Best Buy"), written with a legal form, put
   before a company's officer ("Acme CEO") or the author of a written statement an organisation, and a
   full name the tagger read as a body or a place a person after a person's title ("President-elect X")
   or beside its bare surname ("Stormy X ... X said"); a variant's label ("the Delta variant"), the field of a
   cabinet office ("Defense" of "Defense Secretary X", "State" of "Secretary of State") and a common word the text
   capitalises only at the start of a sentence ("Aides said ...") are no entity;
3. groups mentions of one entity into a ``cluster`` (surname / full-name containment for people,
   initials for organisation acronyms, a company's first word and a newspaper's last ("the Post"), the
   same normalised name otherwise);
4. adds conservative nominal references ("the chairman", "the Russian leader") to a person
   cluster when exactly one person introduced earlier carries a matching title.

Everything is one pass over the entities plus one over the noun chunks: no second parse.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from newsfuse.extract.dates import ERA_MARKERS
from newsfuse.nlp import RANK_ABBREVIATIONS
from newsfuse.records import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# NER labels that are quantities, not entities (the figures/dates extractors own them).
NUMERIC_LABELS = frozenset({"DATE", "TIME", "MONEY", "CARDINAL", "PERCENT", "QUANTITY", "ORDINAL"})

# Words that are titles or honorifics when they precede a name. Used to strip a title the NER
# span swallowed ("President Obama") and to read the head of a title ("Lt. Gen." -> general).
# Abbreviations map to the full word so "the general" can refer back to "Gen. X".
TITLE_WORDS: dict[str, str] = {
    **{w: w for w in (
        "mr mrs ms miss mx dr prof sir dame lord lady rev reverend father sister brother "
        "president vice senator representative congressman congresswoman governor mayor minister "
        "secretary chancellor king queen prince princess pope emperor empress sultan emir sheikh "
        "general colonel major captain sergeant admiral lieutenant commander corporal private "
        "marshal brigadier chief chairman chairwoman chair ceo cfo coo director judge justice "
        "sheriff officer detective inspector superintendent ambassador envoy bishop archbishop "
        "cardinal rabbi imam ayatollah premier speaker leader prime deputy acting former retired "
        "late attorney counsel spokesman spokeswoman spokesperson professor doctor dean coach "
        "commissioner councilman councilwoman councillor delegate chairperson founder president-elect "
        "monsignor rear pastor deacon"
    ).split()},
    "pres": "president", "sen": "senator", "rep": "representative", "gov": "governor",
    "gen": "general", "col": "colonel", "maj": "major", "capt": "captain", "sgt": "sergeant",
    "adm": "admiral", "lt": "lieutenant", "cmdr": "commander", "cdr": "commander", "cpl": "corporal",
    "pvt": "private", "supt": "superintendent", "insp": "inspector", "det": "detective",
    "amb": "ambassador", "sec": "secretary", "atty": "attorney", "hon": "honourable", "fr": "father",
    "brig": "brigadier", "mgr": "manager", "msgr": "monsignor",
}
# Name suffixes that are part of the name, not the surname.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v"})
# Honorifics that reveal grammatical gender (used by quote attribution for he/she).
MALE_WORDS = frozenset({"mr", "sir", "lord", "king", "prince", "emperor", "congressman", "councilman",
                        "chairman", "spokesman", "father", "brother", "sultan", "husband", "son", "nephew",
                        "uncle", "grandfather", "widower", "boyfriend", "businessman", "actor", "dad",
                        "stepfather", "stepson", "grandson"})
FEMALE_WORDS = frozenset({"mrs", "ms", "miss", "dame", "lady", "queen", "princess", "empress",
                          "congresswoman", "councilwoman", "chairwoman", "spokeswoman", "sister", "wife",
                          "daughter", "mother", "niece", "aunt", "grandmother", "widow", "girlfriend",
                          "businesswoman", "actress", "mom", "mum",
                          "stepmother", "stepdaughter", "granddaughter"})
# A person introduced by kinship to someone ("his wife, Patrice Comey", "the senator's son") is
# named in full or by first name afterwards; news style keeps the bare surname for the person
# the relation points to.
KIN_WORDS = frozenset({"wife", "husband", "spouse", "son", "daughter", "mother", "father", "brother", "sister",
                       "widow", "widower", "nephew", "niece", "uncle", "aunt", "cousin", "grandson",
                       "granddaughter", "grandfather", "grandmother", "stepson", "stepdaughter", "stepfather",
                       "stepmother", "boyfriend", "girlfriend", "fiancee", "fiancé", "fiancée", "fiance", "dad", "mom",
                       "mum"})
_POSSESSORS = frozenset({"his", "her", "their"})
# Head nouns that name the top office of a country/organisation: "the Russian leader" may refer
# to someone introduced as "Russian President ..." (with a shared modifier; see _nominal_matches).
LEADER_HEADS = frozenset({"president", "minister", "chancellor", "king", "queen", "premier",
                          "emperor", "sultan", "emir", "leader", "chairman", "chairwoman", "chair",
                          "ceo", "governor", "mayor", "ayatollah", "pope"})
# Offices a bare definite description names the country's holder of ("the president", "the king").
NATIONAL_LEADER_HEADS = LEADER_HEADS - {"leader", "chairman", "chairwoman", "chair", "ceo", "governor", "mayor"}
# Words ignored when building an acronym from a name ("Federal Bureau of Investigation" -> FBI).
ACRONYM_STOPWORDS = frozenset({"of", "the", "and", "for", "&", "on", "in", "to", "de", "a", "an"})
# Government bodies written "<body> of <field>" or "<field> <body>", and known by the field's initials ("HHS").
GOVERNMENT_BODIES = frozenset({"department", "ministry"})
# Legal-form words ending an organisation's name ("Chrysler LLC" is "Chrysler").
CORPORATE_SUFFIXES = frozenset({"inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited",
                                "llc", "plc", "group", "sa", "spa", "ag", "nv", "gmbh", "holdings", "lp", "llp"})
# Types a PERSON surname can be mis-tagged as by the small model ("Trump" as ORG, "after Delgado refused"
# as an EVENT).
PERSON_MISTAG_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "NORP", "EVENT"})
_MAX_TITLE_TOKENS = 12
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def normalise_word(text: str) -> str:
    """Lower case without dots, possessive endings or accents: "Gen." -> "gen", "Putin's" -> "putin",
    "López" -> "lopez" (outlets and quoted sources write a name with and without them)."""
    if not text.isascii():
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return _POSSESSIVE.sub("", text).replace(".", "").lower()


def title_head(title: str) -> str | None:
    """The role noun of a title as a full word: "Retired US Lt. Gen." -> "general"."""
    words = [normalise_word(w) for w in re.split(r"[\s,]+", title) if w]
    # The head precedes a prepositional phrase ("commander of US Army Europe").
    for i, word in enumerate(words):
        if word in {"of", "for", "at", "to", "in", "with", "on"} and i > 0:
            words = words[:i]
            break
    for word in reversed(words):
        if word and word not in ACRONYM_STOPWORDS:
            return TITLE_WORDS.get(word, word)
    return None


def is_person_title(title: str) -> bool:
    """A title with an honorific or an office in it ("Dr.", "FBI director"), not a phrase the title reader
    caught beside a company's name ("Billionaire", "first vaccine now available to all teenagers")."""
    return any(normalise_word(word) in TITLE_WORDS for word in title.split())


def gender_of_titles(titles: tuple[str, ...] | list[str]) -> str | None:
    """"m", "f" or None from honorifics/role words in the titles ("Mrs.", "congresswoman")."""
    words = {normalise_word(w) for t in titles for w in t.split()}
    male, female = bool(words & MALE_WORDS), bool(words & FEMALE_WORDS)
    if male != female:
        return "m" if male else "f"
    return None


# A first name tells gender when nearly all its bearers in the name data share one (nomquamgender:
# p(female) <= 0.1 or >= 0.9) and it is common enough to trust (a rare spelling may be anyone).
NAME_GENDER_CERTAINTY = 0.1
NAME_GENDER_MIN_COUNT = 500


@functools.cache
def _first_name_data() -> dict[str, list]:  # type: ignore[type-arg]
    """The name data of the nomquamgender package (name -> [.., bearers, p(female), ..]), read as
    data (its module is not imported). Empty when the package is missing: callers only lose a hint."""
    spec = importlib.util.find_spec("nomquamgender")
    locations = spec.submodule_search_locations if spec is not None else None
    if not locations:
        return {}
    path = Path(next(iter(locations))) / "name_data.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]
    except (OSError, ValueError):
        return {}


# A word is a common first name when this many bearers carry it in the name data ("James": 5.7
# million; "Little": 2,000; "Slippery": 1).
COMMON_FIRST_NAME_BEARERS = 5000


def is_common_first_name(word: str) -> bool:
    row = _first_name_data().get(word.lower())
    return row is not None and row[1] >= COMMON_FIRST_NAME_BEARERS


@functools.cache
def first_name_genders() -> dict[str, str]:
    """First name -> "m"/"f" where the name data is near-certain (see NAME_GENDER_CERTAINTY)."""
    data = _first_name_data()
    return {name: "f" if row[2] >= 1 - NAME_GENDER_CERTAINTY else "m" for name, row in data.items()
            if row[1] >= NAME_GENDER_MIN_COUNT
            and (row[2] <= NAME_GENDER_CERTAINTY or row[2] >= 1 - NAME_GENDER_CERTAINTY)}


@functools.cache
def _nicknamer():  # type: ignore[no-untyped-def]
    """English given names and their nicknames (the ``nicknames`` package's curated table)."""
    from nicknames import NickNamer

    return NickNamer()


@functools.cache
def same_given_name(a: str, b: str) -> bool:
    """Whether two first names are one name written two ways ("Chuck" and "Charles", "Jim" and
    "James"), by the nickname table."""
    if a == b:
        return True
    namer = _nicknamer()
    return a in namer.nicknames_of(b) or b in namer.nicknames_of(a)


def gender_of_name(name: str) -> str | None:
    """"m", "f" or None from the first name of a full name ("Heather Heyer" -> "f"); None for a
    lone surname, an initial or an uncommon name."""
    words = [w for w in name.split() if normalise_word(w) not in TITLE_WORDS]
    if len(words) < 2 or len(words[0].rstrip(".")) < 2:
        return None
    return first_name_genders().get(normalise_word(words[0]))


def gender_of_person(mentions: Sequence[Mention]) -> str | None:
    """A person's gender from the titles of their mentions ("Mrs.", "his wife"), else from the first
    name of their fullest mention."""
    gender = gender_of_titles([t for m in mentions for t in m.titles])
    # A description ("Republican president", "Russian leader") may be longer than the name.
    names = [m.text for m in mentions if not is_description(m.text)]
    if gender is not None or not names:
        return gender
    return gender_of_name(max(names, key=len))


def is_description(text: str) -> bool:
    """Whether a person's mention describes rather than names them: a title alone ("Vice
    President"), a role in lower case ("Republican president", "Russian leader") or a party noun
    ("New York Democrat"). "Rob Bishop" is a name."""
    words = text.split()
    last = normalise_word(words[-1]) if words else ""
    return (not words or last in DESCRIPTION_HEADS or (last in TITLE_WORDS and words[-1].islower())
            or all(normalise_word(w) in TITLE_WORDS for w in words))


@dataclass(slots=True)
class _Item:
    """A mention under construction (token span, label, titles, cluster index)."""

    start: int  # token index
    end: int
    label: str
    titles: list[str] = field(default_factory=list)
    cluster: int = -1
    char_start: int = 0
    char_end: int = 0
    prominent: bool = False  # the subject of its sentence's main verb


@dataclass(slots=True)
class _Cluster:
    label: str
    words: list[str]  # normalised words of the longest name seen
    last_seen: int
    first_seen: int
    titles: list[str] = field(default_factory=list)
    mentions: int = 1
    last_prominent: int = -1  # token index of the last mention as a main clause's subject
    a_subject: bool = False  # some mention is the subject of a verb ("commentator Michael Reagan tells")

    @property
    def surname(self) -> str:
        core = [w for w in self.words if w not in NAME_SUFFIXES]
        return core[-1] if core else self.words[-1]


def extract_mentions(doc: Doc, *, doc_id: str, nominals: bool = True) -> Iterator[Mention]:
    """Entity mentions of ``doc`` with within-document ``cluster`` ids and PERSON ``titles``.

    ``nominals`` adds definite descriptions ("the chairman") to a person cluster when exactly one
    earlier person carries a matching title. Mentions come out in text order; cluster ids are
    numbered by first appearance.
    """
    ents = doc.ents  # rebuilt from the tokens on every access: read once
    people = _PersonNames.of(ents)
    parts = [piece for ent in ents if ent.label_ not in NUMERIC_LABELS
             for line in _within_lines(ent) for part in _between_slashes(line)
             for piece in _person_named_after(part, people)]
    split_off = [part for part in parts if part.label_ == "PERSON" and doc[part.start].ent_type_ != "PERSON"]
    if split_off:
        people = _PersonNames.of([*ents, *split_off])
    items = [item for part in parts if (item := _item_for(part, people)) is not None]
    items = _split_pairs_of_surnames(doc, items, ents)
    items = _without_pairs_of_names(doc, items, ents)
    items = _without_portfolios(doc, items)
    items = _without_party_tags(doc, items)
    items = _with_known_endings(doc, _with_legal_forms(doc, items))
    _outvoted_person_tags(doc, items)
    _trim_to_known_names(doc, items)
    for item in items:
        if item.label == "PERSON":
            item.titles = _titles_for(doc, item, people)
    items = _without_capitalised_words(doc, items)
    _described_as_organisations(doc, items)
    _named_as_a_medium(doc, items)
    _named_as_companies(doc, items)
    _named_as_illnesses(doc, items)
    items = _without_variant_labels(doc, items)
    clusters = _cluster(doc, items)
    items.extend(_missed_surnames(doc, items, clusters))
    if nominals:
        items.extend(_nominal_items(doc, items, clusters))
    items.sort(key=lambda it: (it.char_start, it.char_end))
    renumber: dict[int, int] = {}
    text = doc.text  # built from the tokens on every access: read it once
    for item in items:
        cluster = renumber.setdefault(item.cluster, len(renumber))
        yield Mention(
            doc=doc_id,
            start=item.char_start,
            end=item.char_end,
            text=text[item.char_start:item.char_end],
            type=item.label,
            cluster=cluster,
            titles=tuple(item.titles),
        )


# --- spans and titles -------------------------------------------------------------------------


# Countries written as an abbreviation the tagger rarely tags alone inside a pair ("U.S.-Mexico").
_COUNTRY_ABBREVIATIONS = frozenset({"U.S.", "US", "U.K.", "UK", "EU", "E.U.", "UN", "U.N."})
# Labels a pair of names is given; a group's ("African-American", "Indian-American") is a name of its own.
_PAIRED_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC"})
_PAIR_OF_NAMES = re.compile(r"^([A-Z][\w.]*)\s?[-\u2013]\s?([A-Z][\w.]*)$")


def _without_pairs_of_names(doc: Doc, items: list[_Item], ents: Sequence[Span]) -> list[_Item]:
    """Two names joined by a hyphen that the text names apart ("the U.S.-Mexico border", "the Trump-Russia
    probe", with Mexico, Trump and Russia named on their own) are a relation between them, no organisation or
    place of its own: the small model made "Trump-Russia" an organisation 45 times in 1,300 AllSides articles.
    A double surname ("Rawlings-Blake", written after a first name in the text), a group ("African-American")
    and a name whose parts the text never names alone ("Coca-Cola", "Miami-Dade") stay."""
    named = {normalise_word(word) for ent in ents for word in (ent.text, *ent.text.split()[-1:])} | {
        normalise_word(a) for a in _COUNTRY_ABBREVIATIONS}
    surnames = {normalise_word(ent.text.split()[-1]) for ent in ents if ent.label_ == "PERSON" and " " in ent.text}
    kept = []
    whole = doc.text  # built anew at each access
    for item in items:
        text = whole[item.char_start:item.char_end]
        pair = _PAIR_OF_NAMES.match(text) if item.label in _PAIRED_LABELS else None
        if (pair is None or normalise_word(text) in surnames
                or not all(normalise_word(part) in named for part in pair.groups())):
            kept.append(item)
    return kept


def _split_pairs_of_surnames(doc: Doc, items: list[_Item], ents: Sequence[Span]) -> list[_Item]:
    """Two people's names side by side before a noun ("the Mercer Ortega debate", with Joan Mercer and Luis Ortega
    named in the text) are the two people the noun relates, not one person: the small model reads two leaders'
    surnames before "summit" as one person, the worst error a who-is-who can make. The first word must be the surname
    of a full name of the text and no common first name, the second a surname or the first word of another name (a
    family name written first, "Park Min Jun"), and the pair no name the text writes ("Dario Venn", whose "Dario" is no
    one's surname; "Ada Venn" beside a "Tom Ada"; "Venn Jr." is one man)."""
    names = {tuple(normalise_word(w) for w in ent.text.split()) for ent in ents if ent.label_ == "PERSON"}
    full_names = [name for name in names if len(name) > 1]
    if len(full_names) < 2:
        return items
    kept: list[_Item] = []
    for item in items:
        if item.label != "PERSON" or item.end - item.start != 2 or not _premodifies_a_noun(doc, item):
            kept.append(item)
            continue
        first, second = doc[item.start], doc[item.end - 1]
        pair = (normalise_word(first.text), normalise_word(second.text))
        first_of = {name for name in full_names if name[-1] == pair[0] and name != pair}
        second_of = {name for name in full_names if pair[1] in (name[0], name[-1]) and name != pair}
        if (not first_of or not second_of or first_of == second_of or pair[1] in NAME_SUFFIXES
                or is_common_first_name(first.text) or not all(t.is_title and t.is_alpha for t in (first, second))):
            kept.append(item)
            continue
        for token in (first, second):
            part = _Item(start=token.i, end=token.i + 1, label="PERSON")
            part.char_start, part.char_end = token.idx, token.idx + len(token.text)
            kept.append(part)
    return kept


def _premodifies_a_noun(doc: Doc, item: _Item) -> bool:
    """"the Mercer Ortega summit": the name's last word modifies the lower-case noun right after it. After "the" the
    parse often makes the noun a verb of the name ("the Mercer Ortega meeting" as "Ortega meeting"); a name with an
    article is no verb's subject, so any noun-like word after it counts."""
    if item.end >= len(doc) or not doc[item.end].is_lower or not doc[item.end].is_alpha:
        return False
    after, last = doc[item.end], doc[item.end - 1]
    if after.pos_ == "NOUN" and last.dep_ in ("compound", "nmod", "amod") and last.head.i >= item.end:
        return True
    return item.start > 0 and doc[item.start - 1].lower_ == "the" and after.tag_ in ("NN", "NNS", "VBG", "VBP", "VB")


def _without_capitalised_words(doc: Doc, items: list[_Item]) -> list[_Item]:
    """A one-word "person" the text capitalises only where every word is capitalised, at the start of a sentence
    or a line, and writes in lower case elsewhere ("Aides said ..." beside "two aides", "Schools say ..." beside
    "schools") is a common word, no one's name: 29 such mentions in 1,300 AllSides articles. A word written with a
    title, a word of a full name in the text ("Price" beside "Tom Price") and a common first name stay."""
    candidates = [item for item in items if item.label == "PERSON" and item.end - item.start == 1 and not item.titles
                  and doc[item.start].is_alpha and not doc[item.start].is_upper]
    if not candidates:
        return items
    name_words = {normalise_word(t.text) for item in items if item.label == "PERSON" and item.end - item.start > 1
                  for t in doc[item.start:item.end]}
    lower = {t.text for t in doc if t.is_lower}
    common = set()
    for item in candidates:
        word = doc[item.start].text
        forms = {word.lower(), word.lower() + "s", word.lower() + "es", word.lower().removesuffix("s")}
        if (normalise_word(word) in name_words or is_common_first_name(word) or not forms & lower
                or not all(_capitalised_by_position(doc, t.i) for t in doc if t.text == word)):
            continue
        common.add(word)
    dropped = {id(item) for item in candidates if doc[item.start].text in common}
    return [item for item in items if id(item) not in dropped]


_OPENING_QUOTES = frozenset({'"', "\u201c", "'", "\u2018", "``"})


def _capitalised_by_position(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens a sentence or a line (after an opening quote or not), where any word is capitalised."""
    if i > 0 and doc[i - 1].text in _OPENING_QUOTES:
        i -= 1
    return i == 0 or doc[i].is_sent_start or "\n" in doc[i - 1].text_with_ws


# Offices named after the field they hold: "Defense Secretary", "Secretary of State", "Interior Minister".
_PORTFOLIO_OFFICES = frozenset({"secretary", "secretaries", "sec", "minister", "ministers"})


def _without_portfolios(doc: Doc, items: list[_Item]) -> list[_Item]:
    """The field of a cabinet office ("Defense" of "Defense Secretary Jane Roe", "State" of "Secretary of State",
    "treasury secretary") is a word of the person's title, no organisation: the small model tagged such a field an
    organisation about 300 times in 1,300 AllSides articles, and the words became entities of their own ("State",
    "Defense", "Education") or joined a department the title only implies. A body named in full stays: an acronym
    ("HHS Secretary"), a name with its kind of body ("Labor Department Secretary") and one after "the"
    ("Secretary of the Navy")."""
    return [item for item in items if not (item.label == "ORG" and _names_a_portfolio(doc, item))]


def _names_a_portfolio(doc: Doc, item: _Item) -> bool:
    words = doc[item.start:item.end]
    if (words[0].lower_ == "the" or any(t.is_upper and len(t.text.strip(".")) > 1 for t in words)
            or any(normalise_word(t.text) in ORGANISATION_HEADS for t in words)):
        return False
    office_after = item.end < len(doc) and normalise_word(doc[item.end].text) in _PORTFOLIO_OFFICES
    office_before = (item.start >= 2 and doc[item.start - 1].lower_ in ("of", "for")
                     and normalise_word(doc[item.start - 2].text) in _PORTFOLIO_OFFICES)
    return office_after or office_before


# Head nouns of a description that make the name it describes an organisation, whatever the tagger
# says ("Irish low cost airline, Ryanair", "electronics retailer Best Buy", "Magna, a parts company").
ORGANISATION_NOUNS = frozenset(
    "company firm corporation airline carrier manufacturer maker automaker carmaker retailer chain bank "
    "magazine newspaper broadcaster agency consortium conglomerate publisher insurer lender startup brand "
    "supplier group coalition organization organisation nonprofit charity vendor platform website outlet".split()
)
# Those of them that never name a person's role: written right before a name, even a first name's, they make it a
# body ("the advocacy group Jordan Alliance"), where "magazine publisher David Roe" is a person.
BODY_ONLY_NOUNS = ORGANISATION_NOUNS - {"publisher", "maker", "supplier", "lender", "vendor", "carrier", "broadcaster"}


def _described_as_organisations(doc: Doc, items: list[_Item]) -> None:
    """A name the tagger called a person that the text describes as a company ("airline", "retailer")
    is that company, at every mention of the name: the small model's PERSON for a one-word brand."""
    described = {tuple(_name_words(doc, item)) for item in items if item.label == "PERSON"
                 # "Michael Berry of the Liberty Institute, a firm": a first name, unless the kind of body is written
                 # right before the name ("the gun-control group Brady United")
                 and (not is_common_first_name(doc[item.start].text) or _kind_of_body_before(doc, item))
                 and any(title_head(t) in ORGANISATION_NOUNS and not is_relative_title(t) for t in item.titles)}
    for item in items:
        if item.label == "PERSON" and tuple(_name_words(doc, item)) in described:
            item.label, item.titles = "ORG", []


def _kind_of_body_before(doc: Doc, item: _Item) -> bool:
    """"the advocacy group Jordan Alliance": a name of two words or more in one phrase with the noun, not the
    subject of a clause after it ("the company Ada Brennan hired", "the company Brennan hired")."""
    if (item.start == 0 or item.end - item.start < 2 or not doc[item.start - 1].is_lower
            or doc[item.start - 1].text not in BODY_ONLY_NOUNS):
        return False
    noun, root = doc[item.start - 1], _span_root(doc, item.start, item.end)
    if root.dep_ in ("nsubj", "nsubjpass") or item.end < len(doc) and doc[item.end].pos_ in ("VERB", "AUX"):
        return False  # the parse often hangs "the company Ada Brennan hired" on the noun as an apposition
    return item.start <= noun.head.i < item.end or root.head.i == noun.i


# Verbs and nouns of posting whose "on"/"via" names where the words appeared ("said on Twitter", "in a post on
# Facebook"). Verbs whose "on" names a topic ("commented on", "reported on") or a host's show ("appeared on") are
# left out: "commented on Biden" is about the person.
_POSTING_LEMMAS = frozenset({"say", "write", "post", "tweet", "share", "announce", "trend", "publish", "stream",
                             "livestream", "state", "declare", "reveal", "follow"})  # fmt: skip
# Verbs whose "from" names a platform someone was put off ("was suspended from Twitter").
_REMOVAL_LEMMAS = frozenset({"ban", "suspend", "remove", "boot", "kick"})
_POSTING_NOUNS = frozenset({"post", "tweet", "video", "account", "page", "thread", "message", "photo", "livestream"})


def _named_as_a_medium(doc: Doc, items: list[_Item]) -> None:
    """A one-word name the tagger called a person that the text names as the place where words were posted ("the
    mayor announced the firing on Twitter", "in a post on Facebook", "took to Twitter", "suspended from Twitter") is a
    platform, an organisation, at every mention of the name: the small model reads "Twitter" as a person 256 times
    in 996 AllSides articles."""
    media = {normalise_word(doc[item.start].text) for item in items
             if item.label == "PERSON" and item.end - item.start == 1 and _posted_on(doc[item.start])
             and not is_common_first_name(doc[item.start].text)}
    for item in items:
        if item.label == "PERSON" and item.end - item.start == 1 and normalise_word(doc[item.start].text) in media:
            item.label, item.titles = "ORG", []


def _posted_on(token: Token) -> bool:
    preposition = token.head
    if token.dep_ != "pobj" or preposition.lower_ not in ("on", "via", "from", "to") or preposition.i == token.i:
        return False
    head = preposition.head
    if preposition.lower_ == "from":
        return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _REMOVAL_LEMMAS
    if preposition.lower_ == "to":
        return head.pos_ == "VERB" and head.lemma_.lower() == "take"  # "took to Twitter to share the news"
    if head.pos_ in ("VERB", "AUX"):
        return head.lemma_.lower() in _POSTING_LEMMAS
    return head.pos_ == "NOUN" and head.lemma_.lower() in _POSTING_NOUNS


# Nouns a company's name premodifies or possesses, a person's rarely: its officers ("Acme CEO Jane Roe",
# "Acme's chief executive", "Acme founder"), its stock, and what it makes, when it owns it.
_COMPANY_NOUNS = frozenset({"ceo", "cfo", "coo", "founder", "co-founder", "cofounder", "executive", "executives",
                            "shareholders", "stock"})
# What a company makes, when it owns it ("Acme's vaccine"): "the Covid vaccine" names a disease.
_PRODUCT_NOUNS = frozenset({"vaccine", "vaccines", "shot", "shots", "jab", "drug", "pill"})
# What a maker's name premodifies, where a person's name would not: its vaccines and doses ("the Acme-Bexa booster
# shots", "the Acme or Bexa immunizations"). A person's name premodifies an era, a plan, a rally or a tweet.
_MADE_PRODUCT_NOUNS = frozenset({"vaccine", "vaccines", "shot", "shots", "jab", "jabs", "booster", "boosters", "dose",
                                 "doses", "immunization", "immunizations", "immunisation", "immunisations", "pill",
                                 "pills"})
# A statement put out in writing: "Acme said in a statement", "in a press release".
_WRITTEN_STATEMENTS = frozenset({"statement", "release"})


def _named_as_companies(doc: Doc, items: list[_Item]) -> None:
    """A one-word name the tagger called a person that the text writes with a legal form ("Acme Inc."),
    puts before a company's officer ("Acme CEO Jane Roe"), gives a product ("Acme's vaccine") or makes the
    author of a written statement ("Acme said in a statement") is that company, at every mention: the
    small model reads "Pfizer" and "Moderna" as people. Not a first name, a word of a person's full
    name in the text ("Ford" beside "Gerald Ford"), nor a name written with a person's title ("FBI
    director Comey said in his statement")."""
    incorporated = {words[0] for item in items if item.label == "ORG" and len(words := _name_words(doc, item)) > 1
                    and all(w in CORPORATE_SUFFIXES for w in words[1:]) and doc[item.end - 1].text[:1].isupper()}
    companies = {word for item in items if item.label == "PERSON" and item.end - item.start == 1
                 and ((word := normalise_word(doc[item.start].text)) in incorporated or _company_cue(doc[item.start]))}
    name_words = {w for item in items if item.label == "PERSON" and len(words := _name_words(doc, item)) > 1
                  for w in words}
    titled = {normalise_word(doc[item.start].text) for item in items
              if item.label == "PERSON" and any(is_person_title(t) for t in item.titles)}
    companies = {w for w in companies if w not in name_words and w not in titled and not is_common_first_name(w)}
    for item in items:
        if item.label == "PERSON" and item.end - item.start == 1 and normalise_word(doc[item.start].text) in companies:
            item.label, item.titles = "ORG", []


# What an illness's name premodifies: "the COVID-19 pandemic", "COVID-19 patients", "Covid-19 vaccines".
_ILLNESS_NOUNS = frozenset({
    "pandemic", "epidemic", "outbreak", "virus", "vaccine", "vaccines", "vaccination", "vaccinations", "case",
    "cases", "death", "deaths", "infection", "infections", "patient", "patients", "test", "tests", "testing",
    "symptom", "symptoms", "hospitalization", "hospitalizations", "hospitalisation", "hospitalisations",
    "variant", "variants", "booster", "boosters", "shot", "shots", "jab", "jabs", "treatment", "treatments",
    "immunity", "survivors", "restrictions", "lockdown", "lockdowns", "surge", "wave", "spread",
})  # fmt: skip
# Words whose "of", "from", "with", "for" or "against" names an illness: "died of", "recovered from", "infected with",
# "tested positive for", "vaccinated against"; and verbs whose object is one, "contracted", "caught".
_ILLNESS_LEMMAS = frozenset({"die", "recover", "infect", "sick", "ill", "positive", "negative", "hospitalize",
                             "hospitalise", "suffer", "vaccinate", "protect", "immune", "immunity", "contract",
                             "catch", "battle"})  # fmt: skip
# A name written as letters, a hyphen and a number, the way an illness or its virus is named ("COVID-19",
# "SARS-CoV-2"); a jet or a group is too ("F-35", "G-20"), so the text must also use it as an illness.
_NUMBERED_NAME = re.compile(r"^[A-Za-z]+(?:-[A-Za-z]+)*-\d+$")


def _named_as_illnesses(doc: Doc, items: list[_Item]) -> None:
    """A one-word name the text uses as an illness ("the COVID-19 pandemic", "died of COVID-19", "vaccinated
    against COVID-19") is no organisation, person or place: the small model reads "COVID-19" as an
    organisation (56 times in 1,300 AllSides articles), a place or a person. It is typed an event, the tagger's
    label for a named outbreak, at every mention of the name. Only a name written like an illness, with a
    hyphenated number: "the Wuhan outbreak" keeps its city, "the fight against ISIS" its enemy (a common noun's
    reading, tried too, made "Isis" and "Democrats" illnesses)."""
    illnesses = {doc[item.start].text.lower() for item in items
                 if item.end - item.start == 1 and item.label != "EVENT" and _written_as_an_illness(doc[item.start])
                 and _used_as_an_illness(doc[item.start])}
    for item in items:
        if item.end - item.start == 1 and doc[item.start].text.lower() in illnesses:
            item.label, item.titles = "EVENT", []


def _written_as_an_illness(token: Token) -> bool:
    return bool(_NUMBERED_NAME.match(token.text))


def _used_as_an_illness(token: Token) -> bool:
    head = token.head
    if head.i == token.i:
        return False
    if token.dep_ in ("compound", "nmod", "amod") and head.lower_ in _ILLNESS_NOUNS:
        return True
    if token.dep_ == "dobj":
        return head.lemma_.lower() in _ILLNESS_LEMMAS
    if token.dep_ != "pobj" or head.lower_ not in ("of", "from", "with", "for", "against"):
        return False
    return head.head.lemma_.lower() in _ILLNESS_LEMMAS  # "the fight against ISIS" names an enemy


# Nouns a label premodifies that names a kind, not someone or somewhere: "the Delta variant". Not "strain": "an
# inside-the-Beltway strain of ..." is a place's.
_KIND_NOUNS = frozenset({"variant", "variants", "subvariant", "subvariants"})


def _without_variant_labels(doc: Doc, items: list[_Item]) -> list[_Item]:
    """A one-word name that labels a variant ("the Alpha variant", and "Alpha spread" after it) is
    no person, place or company: the small model reads a variant's Greek letter as any of them."""
    labels = {normalise_word(doc[item.start].text) for item in items
              if item.end - item.start == 1 and _labels_a_kind(doc, item.start)}
    if not labels:
        return items
    return [item for item in items if item.end - item.start != 1 or normalise_word(doc[item.start].text) not in labels]


def _labels_a_kind(doc: Doc, i: int) -> bool:
    """"the Delta variant", "the Delta variant surge", "Delta variant-fueled": the next word, or the noun the name
    premodifies, is a kind noun."""
    after = doc[i + 1].lower_.split("-")[0] if i + 1 < len(doc) else ""
    return after in _KIND_NOUNS or doc[i].dep_ == "compound" and doc[i].head.lower_ in _KIND_NOUNS


def _company_cue(token: Token) -> bool:
    head = token.head
    if token.dep_ in ("compound", "poss") and head.i != token.i and head.lower_ in _COMPANY_NOUNS:
        return True
    if token.dep_ == "poss" and head.lower_ in _PRODUCT_NOUNS:
        return True
    if _premodifies_a_product(token):
        return True
    if token.dep_ != "nsubj" or head.lemma_.lower() not in ("say", "announce"):
        return False
    return any(child.lower_ == "in" and any(o.lower_ in _WRITTEN_STATEMENTS for o in child.children)
               for child in head.children)


def _premodifies_a_product(token: Token) -> bool:
    """"the Acme/Bexa Covid-19 vaccine", "Acme-Bexa booster shots", "the Acme or Bexa immunizations": the name, or
    a name it is coordinated with, modifies the noun of a product through a chain of premodifiers, all before it."""
    seen = 0
    while token.dep_ in ("compound", "nmod", "conj") and token.head.i != token.i and seen < _MAX_NAME_TOKENS:
        if token.dep_ != "conj" and token.head.i < token.i:
            return False  # a modifier comes before its noun
        token, seen = token.head, seen + 1
        if token.lower_ in _MADE_PRODUCT_NOUNS and token.pos_ == "NOUN":
            return True
    return False


def _with_known_endings(doc: Doc, items: list[_Item]) -> list[_Item]:
    """An organisation the tagger cut short ("Northrop" + "Grumman" read as a product) ends where
    the text's own full mention of it ends: a name it tags whole elsewhere ("Northrop Grumman"), or
    that name without its legal form ("Lockheed Martin" after "Lockheed Martin Corporation")."""
    known: set[str] = set()
    for item in items:
        if item.label == "ORG" and item.end - item.start > 1:
            known.add(doc[item.start:item.end].text)
            if normalise_word(doc[item.end - 1].text) in CORPORATE_SUFFIXES and item.end - item.start > 2:
                known.add(doc[item.start:item.end - 1].text)
    if not known:
        return items
    longest = max(len(name.split()) for name in known)
    kept: list[_Item] = []
    swallowed_until = -1
    for index, item in enumerate(items):
        if item.start < swallowed_until:
            continue
        if item.label == "ORG":
            for end in range(min(len(doc), item.start + longest), item.end, -1):
                # never half of another name: "Lockheed" + "Martin Smith" stays apart
                cut = any(o.start < end < o.end for o in items[index + 1:index + 1 + longest])
                if (doc[item.start:end].text in known and not cut
                        and all(t.text[:1].isupper() for t in doc[item.end:end])):
                    item.end = swallowed_until = end
                    item.char_end = doc[end - 1].idx + len(doc[end - 1].text)
                    break
        kept.append(item)
    return kept


def _with_legal_forms(doc: Doc, items: list[_Item]) -> list[_Item]:
    """An organisation's legal form the tagger made a name of its own ("Chrysler" + "LLC") is part
    of the organisation's name: "LLC" alone is no entity."""
    kept: list[_Item] = []
    for item in items:
        previous = kept[-1] if kept else None
        if (previous is not None and previous.label == "ORG" and item.start == previous.end
                and item.end - item.start == 1 and normalise_word(doc[item.start].text) in CORPORATE_SUFFIXES
                and doc[item.start].text[:1].isupper()):
            previous.end, previous.char_end = item.end, item.char_end
            continue
        kept.append(item)
    return kept


def _outvoted_person_tags(doc: Doc, items: list[_Item]) -> None:
    """A name of two words or more without a first name that the tagger calls an organisation
    more often than a person ("Northrop Grumman", "Goldman Sachs") is the organisation each time;
    a person's name ("Ruth Bader Ginsburg", tagged ORG now and then) keeps its tags."""
    votes: dict[str, Counter[str]] = {}
    for item in items:
        if item.label in ("PERSON", "ORG"):
            votes.setdefault(doc[item.start:item.end].text.lower(), Counter())[item.label] += 1
    for item in items:
        words = doc[item.start:item.end].text.split()
        if item.label != "PERSON" or len(words) < 2 or is_common_first_name(normalise_word(words[0])):
            continue
        count = votes[doc[item.start:item.end].text.lower()]
        if count["ORG"] > count["PERSON"]:
            item.label = "ORG"


# The longest full name looked for at the start of a longer span (bounds the work on a runaway span).
_MAX_NAME_TOKENS = 6


def _in_title_case_line(doc: Doc, i: int) -> bool:
    """Whether token ``i`` sits in a headline-like line: most of its longer words capitalised (in a
    sentence, "My great-grandfather, Nwaubani Ogogo Oriaku, was ..." keeps a three-part name)."""
    start, end = i, i
    while start > 0 and "\n" not in doc[start - 1].text_with_ws and i - start < 40:
        start -= 1
    while end < len(doc) - 1 and "\n" not in doc[end].text_with_ws and end - i < 40:
        end += 1
    words = [t.text for t in doc[start:end + 1] if t.is_alpha and len(t.text) >= 4]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _trim_to_known_names(doc: Doc, items: list[_Item]) -> None:
    """A headline in title case runs a name into the words after it ("Former DNI James Clapper
    Allegedly Leaked to CNN"): a person's span that starts with a full name the text gives on its
    own elsewhere ends with that name."""
    people = [it for it in items if it.label == "PERSON"]
    known = {doc[it.start:it.end].text.lower() for it in people if it.end - it.start >= 2}
    surnames = Counter(normalise_word(doc[it.end - 1].text) for it in people)
    for item in items:
        if item.label != "PERSON" or item.end - item.start < 3 or not _in_title_case_line(doc, item.start):
            continue
        own = normalise_word(doc[item.end - 1].text)
        for end in range(min(item.end - 1, item.start + _MAX_NAME_TOKENS), item.start + 1, -1):
            last, cut = normalise_word(doc[end - 1].text), normalise_word(doc[end].text)
            # not "George W." of "George W. Bush", nor "Donald Trump" of "Donald Trump Jr."
            if (doc[item.start:end].text.lower() in known and len(last) > 1 and cut not in NAME_SUFFIXES
                    and surnames[cut] - (cut == own) == 0 and len(cut) > 1):
                item.end = end
                item.char_end = doc[end - 1].idx + len(doc[end - 1].text)
                break


def _is_era_marker(span: Span) -> bool:
    """"BC" in "10 BC", "B.C." in "300 B.C.": a year's era, not an organisation or a province."""
    return (len(span) == 1 and span.start > 0 and span.text in ERA_MARKERS
            and span.doc[span.start - 1].like_num)


def _within_lines(ent: Span) -> list[Span]:
    """The parts of an entity span between line breaks: a name never runs from a headline into the
    next paragraph ("... Hillary Runs" + "Lewinsky writes" tagged as one PERSON)."""
    breaks = [t.i for t in ent if t.is_space and "\n" in t.text]
    if not breaks:
        return [ent]
    from spacy.tokens import Span
    bounds = [ent.start, *breaks, ent.end]
    return [Span(ent.doc, a + (a != ent.start), b, label=ent.label_)
            for a, b in zip(bounds, bounds[1:]) if b > a + (a != ent.start)]


def _between_slashes(ent: Span) -> list[Span]:
    """The parts of an entity span between slashes, and none of a picture credit: a poll's sponsors
    ("NBC News/Wall Street Journal") are two organisations, and a credit ("AP Photo/Evan Vucci",
    "Photograph: Frederic J Brown/AFP/Getty Images") names the photographer and the agency, no one in
    the story (the NER tags it a person or an organisation)."""
    if _is_picture_credit(ent):
        return []
    slashes = [t.i for t in ent if t.text == "/"]
    if not slashes:
        return [ent]
    from spacy.tokens import Span
    bounds = [ent.start - 1, *slashes, ent.end]
    return [Span(ent.doc, a + 1, b, label=ent.label_) for a, b in zip(bounds, bounds[1:]) if b > a + 1]


def _person_named_after(ent: Span, people: _PersonNames | None = None) -> list[Span]:
    """A body's or a place's span the NER ran on into the full name of the person written after it,
    split into the two: "Speaker of the Assembly Maria Delgado" tagged "the Assembly Maria Delgado" (ORG),
    "Harbor Radio's Tom Fenwick", "Ferry County Democratic Rep. Ann Colby". The person had been lost
    into an organisation, so a later "Delgado" had no one to join. The tail must read as a person's
    full name (a common first name and capitalised proper nouns, no body or place word or plural
    last), set apart from what comes before it: by a possessive,
    by a title, or as a phrase of its own in the parse ("the Assembly" hangs on "of", "Maria Delgado" on
    "Speaker"). "Westbrook Christian University" and "Harbor Bank Grace Ellis" (one firm's name) stay
    whole: their last word is a body's, or the words before the name modify it. A span opening with the
    possessive of a word of a person's name in the text ("Voss's Transit Authority") is that person and
    what is theirs."""
    if ent.label_ == "PERSON":
        return _around_inner_possessive(ent, people)
    if len(ent) < 3:
        return [ent]
    doc = ent.doc
    end = ent.end
    while end > ent.start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct and doc[end - 1].text != "."):
        end -= 1
    lead = ent.start
    while lead < end and doc[lead].lower_ in ("the", "a", "an"):
        lead += 1
    if people is not None and lead + 2 < end and _is_possessive(doc[lead + 1]) and doc[lead].lower_ in people.words:
        # "Voss's Transit Authority", "Voss's mug shot": the person whose it is, then
        # what is theirs if it is a name (the person's surname then joins them as a mis-tag)
        owner = _span(doc, lead, lead + 1, ent.label_)
        rest = doc[lead + 2:end]
        if rest[0].text[:1].isupper() and not all(t.tag_ == "JJ" for t in rest):
            return [owner, _span(doc, lead + 2, ent.end, ent.label_)]
        return [owner]  # "Voss's Democratic rival": an adjective is no name
    for first in range(lead + 1, end - 1):
        if not _reads_as_full_name(doc[first:end]):
            continue
        before = doc[first - 1]
        titled = _is_title_token(before) and before.text != "."
        possessive = _is_possessive(before)
        if before.is_punct and not possessive or before.is_quote:
            continue  # "Voss's "Grace First" slogan": a quoted phrase, no one's name
        # "Envoy for Haiti Daniel Foote": one word the text names as a place elsewhere, or the place or
        # portfolio of a title before the span ("Special Envoy for", "Ambassador to"), then a full name
        place = people is not None and first == lead + 1 and doc[lead].text in people.places
        placed = place or lead >= 2 and doc[lead - 1].lower_ in ("for", "to") and doc[lead - 2].text != "." \
            and _is_title_token(doc[lead - 2])
        if not (titled or possessive or placed or _phrases_apart(doc, ent.start, first, end)):
            continue
        from spacy.tokens import Span
        person = Span(doc, first, ent.end, label="PERSON")
        if placed:
            return [Span(doc, lead, first, label="GPE" if place else ent.label_), person]
        front, rest = lead, first
        while rest > front and not (doc[rest - 1].is_alpha and doc[rest - 1].text[:1].isupper()):
            rest -= 1  # "the Tonight with Grace Ellis" show: the preposition belongs to neither name
        if titled or rest == front or all(_is_title_token(t) for t in doc[front:rest]):
            return [person]  # "Rear Adm. Kyle Kozad": the words before are the person's title
        return [Span(doc, ent.start, rest, label=ent.label_), person]
    return [ent]


def _is_possessive(token: Token) -> bool:
    return token.tag_ == "POS" or token.text in ("’", "'", "’s", "'s")


def _around_inner_possessive(ent: Span, people: _PersonNames | None = None) -> list[Span]:
    """A person's span with a possessive inside names someone on one side of it only: "Dispatch's Tom
    Fenwick" and "there's Tom Fenwick" the full name after it; "Rita Moran's Twitter", "Moran's FBI" the
    person before it, and "a freshman's Snapchat Posts" no one. Whole, "Rita Moran's Twitter" had
    joined Twitter and stood for it across the corpus, and the person was lost."""
    doc = ent.doc
    inner = next((t.i for t in ent[:-1] if t.tag_ == "POS" or t.lower_ in ("’s", "'s")), None)
    if inner is None:
        return [ent]
    end = ent.end
    while end > inner + 1 and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct and doc[end - 1].text != "."):
        end -= 1
    if _reads_as_full_name(doc[inner + 1:end]):
        return [_span(doc, inner + 1, ent.end, "PERSON")]
    owner = doc[ent.start:inner]
    if any(t.is_alpha and t.text[:1].isupper() for t in owner) and (
            len(owner) > 1 or people is None or is_common_first_name(owner[0].text)
            or any(name != ent.text and owner[0].lower_ in name.lower().split() for name in people.names)):
        return [_span(doc, ent.start, inner, "PERSON")]
    return []  # "Laconia's Weirs Beach": one word no person of the text is called names a place or a body


def _span(doc: Doc, start: int, end: int, label: str) -> Span:
    from spacy.tokens import Span
    return Span(doc, start, end, label=label)


def _reads_as_full_name(tail: Span) -> bool:
    """A common first name then capitalised proper nouns, the last no word of a body, a place or a paper
    ("Christian University") and no plural ("Voss's Strategic Hamlets")."""
    if len(tail) < 2 or tail[0].tag_ != "NNP" or not is_common_first_name(tail[0].text):
        return False  # the cheap tests first: most spans have no first name inside
    if not all(t.text[:1].isupper() and (t.is_alpha or t.text.endswith(".")) for t in tail):
        return False
    last = tail[-1].lower_
    return (not _is_title_token(tail[0])
            and all(t.tag_ == "NNP" for t in tail) and tail.doc[tail.start - 1].lower_ not in ("&", "and")
            and last not in FACILITY_HEADS and last not in ORGANISATION_HEADS and last not in NEWSPAPER_HEADS
            and last not in ORGANISATION_NOUNS)


def _phrases_apart(doc: Doc, start: int, first: int, end: int) -> bool:
    """Whether no word before ``first`` hangs on the name after it, and the name hangs on a word outside
    the span: two phrases the NER read as one."""
    return (all(not first <= t.head.i < end for t in doc[start:first])
            and not start <= _span_root(doc, first, end).head.i < first)


# Words of a picture credit: the kind of picture, and the pool or handout it came from.
_CREDIT_WORDS = frozenset({"photo", "photos", "photograph", "file", "image", "images", "picture", "pictures",
                           "video", "pool", "handout"})


def _is_picture_credit(ent: Span) -> bool:
    """A name after a caption word and a colon or "by" ("Photograph: Lena Ortiz/Daily Ledger", "Photo by
    Lena Ortiz") that runs into a slash or ends its line ("FILE PHOTO: Robert Mueller testifies ..." is a
    caption's subject); a span holding a slash and a credit word ("AP Photo/Evan Vucci", "Jonathan
    Ernst/File Photo"), followed by "via", or ending its paragraph ("REUTERS/Lucas Jackson")."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    ends_line = after is None or "\n" in after.text
    slashed = any(t.text == "/" for t in ent)
    if ent.start >= 2 and doc[ent.start - 1].lower_ in (":", "by") and doc[ent.start - 2].lower_ in _CREDIT_WORDS:
        return slashed or ends_line or after is not None and after.text == "/"
    return slashed and (any(t.lower_ in _CREDIT_WORDS for t in ent) or ends_line
                        or after is not None and after.lower_ == "via")


@dataclass(frozen=True, slots=True)
class _PersonNames:
    """The document's PERSON names, read once: whole names, and the words of names of two words or more."""

    names: frozenset[str]
    words: frozenset[str]
    places: frozenset[str] = frozenset()  # one-word place names the text tags as places

    @classmethod
    def of(cls, ents: Sequence[Span]) -> _PersonNames:
        people = [ent.text for ent in ents if ent.label_ == "PERSON"]
        places = frozenset(ent.text for ent in ents if ent.label_ == "GPE" and len(ent) == 1)
        return cls(frozenset(people), frozenset(w for name in people if len(name.split()) > 1
                                                for w in name.lower().split()), places)


def _item_for(ent: Span, people: _PersonNames | None = None) -> _Item | None:
    """Trim an entity span: leading determiners, a trailing possessive, a PERSON's leading title."""
    people = people if people is not None else _PersonNames.of(ent.doc.ents)
    doc = ent.doc
    start, end = ent.start, ent.end
    given = "PERSON" if (ent.label_ in ("ORG", "GPE", "NORP") and _addressed_by_honorific(ent)
                         or _full_name_tagged_otherwise(ent, people)) else ent.label_
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct):
        start += 1  # "— Mo Brooks": the dash of a sign-off is no part of the name
    # A name stops at a parenthesis: "Mo Brooks (@RepMoBrooks) June", "Jane Roe (D-Ohio)".
    end = next((t.i for t in doc[start:end] if t.text == "(" and t.i > start), end)
    if start > 0 and doc[start - 1].text == "[" and any(t.text == "]" for t in doc[start:end]):
        start -= 1  # "[Juan] Grant": an editor's insertion keeps both its brackets
    # The tagger sometimes calls a possessive glued to a hyphenated name a proper noun ("Tsai Ing-wen's"),
    # so the possessive is known by its text too.
    while end > start and (_is_possessive(doc[end - 1]) or doc[end - 1].is_punct and doc[end - 1].text != "."):
        end -= 1
    if given == "ORG":
        end = _organisation_end(doc, start, end)
    if given == "PERSON":
        start = _with_first_name_before(doc, start, end)
        end = _with_hyphenated_rest(doc, end)
        end = _with_elided_surname(doc, end)
        end = _before_own_verb(doc, start, end)
        end = _before_link_label(doc, start, end)
        if end - start >= 3 and doc[start].tag_ == "MD" and doc[start + 1].text[:1].isupper() and _asks(doc[start]):
            start += 1  # "Will Michael Cohen flip?": a question's modal, not a first name ("Will E. Young wrote" stays)
        # Strip title words the NER swallowed, keeping at least one capitalised name token.
        while (end - start > 1 and _is_title_token(doc[start])
               and any(t.text[:1].isupper() and not _is_title_token(t) for t in doc[start + 1:end])):
            start += 1
        while (end - start > 2 or end < len(doc) and doc[end].lower_ in _COMPANY_NOUNS) \
                and _capitalised_common_noun(doc[start]) and doc[start + 1].text[:1].isupper():
            # "Esthetician Sukhi Hehar Gill", "Billionaire Amazon founder X": a description capitalised to open
            # the sentence. Two name words must remain, or a company before its officer: the tagger calls an
            # uncommon first name a noun too ("Beto O'Rourke, the candidate").
            start += 1
        if end - start >= 3 and _is_epithet(doc[start], doc[start + 1:end], people):
            start += 1  # "Slippery James Comey": a nickname before the first name is no part of the name
        if end - start >= 3 and doc[start].text in people.places and start > 0 and doc[start - 1].lower_ == "of":
            start += 1  # "Governor of Guam Eddie Calvo": the place the title names, tagged with the name
    end, cut = _before_handle_or_link(doc, start, end)
    if (start >= end or cut and end - start == 1 or _is_era_marker(doc[start:end]) or _only_abbreviated_titles(doc[start:end])
            or given != "ORG" and _written_in_lower_case(doc, start, end)):
        return None  # "Twitter @IanHanchett": the platform's name and a handle name no one
    label = given
    if label == "PERSON" and _before_a_number_designation(doc, start, end):
        return None  # "H. Res. 601", "S. Con. Res. 14": a bill's number, no one's name
    if label == "PERSON":
        label = _person_label(doc[start:end], people)
        if label is None:
            return None
    item = _Item(start=start, end=end, label=label)
    item.char_start = doc[start].idx
    last = doc[end - 1]
    item.char_end = last.idx + len(_POSSESSIVE.sub("", last.text) or last.text)
    if label == "PERSON":
        _cut_glued_buttons(doc, item)
    return item


# After a name: its period, any abbreviations, then a number ("H. Res. 601"): the name was a designation's letters.
_NUMBER_DESIGNATION_AFTER = re.compile(r"\.(?:\s*[A-Z][a-z]{0,3}\.)*\s*\d")


def _capitalised_common_noun(token: Token) -> bool:
    """A word opening a sentence that the tagger reads as a common noun or an adjective, not a name
    ("Billionaire"): capitalised for its place only. A first name stays ("Mark Kelly said")."""
    return token.is_sent_start and token.tag_ in ("NN", "NNS", "JJ") and token.is_alpha \
        and not is_common_first_name(token.text)


def _before_a_number_designation(doc: Doc, start: int, end: int) -> bool:
    """Letters and short abbreviations only (an initial among them), then a number: "Jane Roe. 5 senators" keeps
    the name."""
    words = [t.text.rstrip(".") for t in doc[start:end]]
    continued = start > 0 and doc[start - 1].text == "."  # "S. Con. Res. 14": "Res" tagged alone
    if not (continued or any(len(w) == 1 for w in words)) or any(len(w) > 3 for w in words):
        return False
    following = doc[end:min(len(doc), end + 6)]
    return len(following) > 0 and following[0].text == "." and bool(_NUMBER_DESIGNATION_AFTER.match(following.text))


# A lower-case letter then a capitalised word, with no space: one inside a name ("McDonald", "VanDeMark"),
# three or more in one token only where a page ran its buttons into the name ("CravenFlagShareLikeReply").
_GLUED_WORD = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
_MIN_GLUED_WORDS = 3


def _cut_glued_buttons(doc: Doc, item: _Item) -> None:
    """End a person's name where a live blog's buttons are glued to it ("Julia CravenFlagShareLikeReplyAni
    Vrabel" is Julia Craven): the text has no space there, so the cut falls inside the token."""
    for token in doc[item.start:item.end]:
        joins = [m.start() for m in _GLUED_WORD.finditer(token.text)]
        if len(joins) >= _MIN_GLUED_WORDS and token.i > item.start:
            item.end = token.i + 1
            item.char_end = token.idx + joins[0]
            return


def _asks(token: Token) -> bool:
    """Whether the token's sentence is a question."""
    sentence = token.sent
    return any(t.text == "?" for t in sentence[-3:])


def _only_abbreviated_titles(span: Span) -> bool:
    """"Lt." in "said Lt. Col. Dana Ortiz", tagged apart from the name: a rank names no one."""
    return all(t.text.endswith(".") and normalise_word(t.text) in ABBREVIATED_TITLES for t in span)


def _written_in_lower_case(doc: Doc, start: int, end: int) -> bool:
    """A span the NER tagged without a capital letter is no name of a person, place or thing ("a waiting
    police van", "lesbian", "n’t", "2004"); a definite description ("the senator") is read apart. Some
    outlets write bodies in lower case ("the justice department"), so organisations are not asked."""
    return not any(ch.isupper() for token in doc[start:end] for ch in token.text)


def _before_handle_or_link(doc: Doc, start: int, end: int) -> tuple[int, bool]:
    """Where a name ends before a social-media handle or a link the NER ran it into ("Jeff Flake @CBNNews",
    "@ananavarro", "United Kingdom pic.twitter.com/..."), and whether it was cut: a handle or an address is
    an account, no one's name (a post's signer is named beside the handle). A site's name ("AL.com") stays;
    so does a hashtag ("#Comey says ..." names the man)."""
    for token in doc[start:end]:
        if token.text.startswith("@") or token.like_url and ("/" in token.text or token.lower_.startswith("www.")):
            return token.i, True
    return end, False


def _before_link_label(doc: Doc, start: int, end: int) -> int:
    """Where a name ends before a teaser's link label the NER ran it into ("... remembering John Lewis
    Read more"): the label is the page's, no part of the name."""
    for token in doc[start + 1:end]:
        if token.lower_ == "read" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "more":
            return token.i
    return end


def _before_own_verb(doc: Doc, start: int, end: int) -> int:
    """Where a person's name ends when the NER ran it into the verb it is the subject of ("Mr Trump Jr
    tweets screenshots", "Trump May Not Have Suggested ..." in a Title Case headline): the parse makes a
    word of the span the subject of a later verb in it, so the name ends with that subject."""
    for token in doc[start:end - 1]:
        head = token.head
        if (token.dep_ in ("nsubj", "nsubjpass") and token.i < head.i < end and head.pos_ in ("VERB", "AUX")
                and head.tag_.startswith(("VB", "MD")) and _looks_inflected(head)):
            return token.i + 1
    return end


_VERB_ENDINGS = ("s", "ed", "ing", "'s", "’s")


def _looks_inflected(verb: Token) -> bool:
    """A verb by its form, not only by the tagger's guess: lower case or an inflected ending ("tweets",
    "Seeks", "Tied", "Assessing", "'s"); a capitalised surname the parse took for a verb ("Adam Weisen")
    has neither."""
    return verb.text.islower() or verb.lower_.endswith(_VERB_ENDINGS)


def _organisation_end(doc: Doc, start: int, end: int) -> int:
    """Token end of an organisation's name the tagger ran into the words around it: a lower-case word
    saying what kind of body it is ("the United Auto Workers union"), a flight it operates
    ("Air France Flight 447" is the airline's flight) or the title of a person named next ("Boeing
    Executive Vice President Scott Carson", "Acme Chairman John Smith"). An office named through
    its body keeps its words ("Office of Special Counsel Henry Kerner")."""
    flight = next((t.i for t in doc[start + 1:end] if t.text == "Flight"), None)
    if flight is not None:
        return flight
    if (end - start >= 3 and doc[end - 1].is_lower and doc[end - 1].text in ORGANISATION_HEADS
            and all(t.text[:1].isupper() for t in doc[start:end - 1])):
        return end - 1  # "the United Auto Workers union": the kind of body, in lower case, is no part of its name
    if any(t.lower_ == "of" for t in doc[start:end]):
        return end  # "Office of Special Counsel", "Department of Justice"
    if all(normalise_word(t.text) in _ROLE_WORDS for t in doc[start:end]):
        return end  # a title the tagger read as an organisation ("Rear Admiral") has no name to keep
    while (end - start > 1 and end < len(doc) and doc[end - 1].text[:1].isupper()
           and normalise_word(doc[end - 1].text) in _ROLE_WORDS
           and (doc[end].ent_type_ == "PERSON" or _is_title_token(doc[end]))):
        end -= 1
    return end


# Words ending a person's title that the tagger may read into the organisation before it.
_ROLE_WORDS = frozenset(TITLE_WORDS) | {"executive", "officer"}


def _with_first_name_before(doc: Doc, start: int, end: int) -> int:
    """Token start of a person's name the NER began after its first name: "Ivanka Trump said" tagged
    "Trump" (then Donald's quote), "Amelia Boynton Robinson" tagged "Boynton Robinson". The word before
    must be a common first name the parser reads as a proper noun, capitalised, in no other name and no
    title ("Justice Elena Kagan", "Will Hillary Clinton run?" stay as they are)."""
    if start == 0 or end - start > 2:
        return start
    word = doc[start - 1]
    if (word.pos_ == "PROPN" and word.is_alpha and word.is_title and word.ent_iob_ == "O"
            and not _is_title_token(word) and is_common_first_name(word.lower_)):
        return start - 1
    return start


def _with_hyphenated_rest(doc: Doc, end: int) -> int:
    """Token end of a person's name that the NER cut at a hyphen inside a word, when the parser
    reads the rest as the subject: "Moon Jae-in called for ..." had been "Moon Jae", and "in",
    the subject of the verb, the speaker. A word glued on as a modifier stays out ("a
    Reagan-style tax cut", "the Clinton-era law")."""
    if (end + 1 < len(doc) and doc[end].text in NAME_HYPHENS and not doc[end - 1].whitespace_
            and not doc[end].whitespace_ and doc[end + 1].is_alpha and not doc[end + 1].ent_type_
            and doc[end + 1].dep_ in ("nsubj", "nsubjpass") and doc[end + 1].lower_ not in _NAME_SUFFIX_WORDS):
        return end + 2
    return end


def _with_elided_surname(doc: Doc, end: int) -> int:
    """Token end of a person's name that the NER cut before a surname with an elided prefix
    ("Bill O’Reilly" had been "Bill": the small model tags "O’Reilly" an adverb)."""
    if end < len(doc) and doc[end - 1].whitespace_ and not doc[end].ent_type_ and is_elided_surname(doc[end].text):
        return end + 1
    return end


_ELIDED_SURNAME = re.compile(r"[A-Z][’'][A-Z][a-z]+")


def is_elided_surname(word: str) -> bool:
    """A surname with an elided prefix ("O’Reilly", "D'Souza"), which the small model seldom reads as a name."""
    return _ELIDED_SURNAME.fullmatch(word) is not None


# Words glued to a name to make a modifier or a period of it, not part of the name ("The Clinton-era
# was ...", "the Reagan-style cuts", "Trump-backed candidates").
_NAME_SUFFIX_WORDS = frozenset({"era", "style", "led", "backed", "based", "born", "like", "type", "years",
                                "administration", "appointed", "aligned", "friendly", "esque"})


# Forms of address that put a person's name after them: honorifics ("Mr Sessions", "Ms Pelosi"),
# and abbreviated titles when written with their period ("Rear Adm. Kyle Kozad"; "Gen Z" is none).
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "messrs"})
ABBREVIATED_TITLES = frozenset({"sen", "rep", "gov", "gen", "adm", "rev", "prof",
                                *(rank.rstrip(".").lower() for rank in RANK_ABBREVIATIONS)})


def _addressed_by_honorific(ent: Span) -> bool:
    """An ORG/GPE/NORP span that is a form of address and a name: the NER's "Mr Farage" (ORG)."""
    for i, token in enumerate(ent[:-1]):
        word = normalise_word(token.text)
        dotted = token.text.endswith(".") or ent[i + 1].text == "."
        # "Miss Universe" is a contest, not an address
        honorific = word in HONORIFICS and word != "miss"
        if token.text[:1].isupper() and (honorific or word in ABBREVIATED_TITLES and dotted):
            rest = [t for t in ent[i + 1:] if t.text != "."]
            return (bool(rest) and all(t.text[:1].isupper() for t in rest)
                    and rest[-1].lower_ not in ORGANISATION_HEADS and rest[-1].lower_ not in FACILITY_HEADS)
    return False


# Labels the small model gives a person's full name now and then ("Stormy Daniels" ORG, "Lucas Reyes" GPE).
_FULL_NAME_MISTAG_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART"})
# Words of TITLE_WORDS that describe a title rather than name a role, so that they also come before a
# body's name ("former Goldman Sachs", "acting Attorney General").
_TITLE_MODIFIERS = frozenset({"former", "retired", "late", "acting", "deputy", "vice", "prime", "rear", "private",
                              "major", "general", "chief", "sister", "brother", "father", "leader", "officer"})


def _full_name_tagged_otherwise(ent: Span, people: _PersonNames) -> bool:
    """A person's full name the tagger read as a body, place or work: two or three capitalised words, no
    body's or place's word last, after a person's title ("President-elect Ebrahim Raisi" tagged ORG), or
    opening with a common first name when the text names the person by the last word alone ("Stormy
    Daniels" tagged ORG, then "Daniels said": the surname had gone to another Daniels of the article)."""
    if ent.label_ not in _FULL_NAME_MISTAG_LABELS or not 2 <= len(ent) <= 3:
        return False
    if not all(t.text[:1].isupper() and (t.is_alpha or len(t.text) == 2 and t.text[1] == ".") for t in ent):
        return False  # "Ben & Jerry", "Washington, Plouffe", "Lewis “Scooter” Libby"
    last = ent[-1]
    if (last.tag_ == "NNPS" or last.lower_ in FACILITY_HEADS or last.lower_ in ORGANISATION_HEADS
            or last.lower_ in NEWSPAPER_HEADS or any(normalise_word(t.text) in TITLE_WORDS for t in ent)):
        return False
    role = _role_word_before(ent.doc, ent.start)
    if role is not None and role in TITLE_WORDS and role not in _TITLE_MODIFIERS:
        return True
    return is_common_first_name(ent[0].text) and last.text in people.names and not _surname_with_a_role(ent)


def _surname_with_a_role(ent: Span) -> bool:
    """Whether the text gives the last word of ``ent`` elsewhere after a role title ("President Trump" in an
    article whose only full name is "Ivanka Trump"): that bare name is someone of its own, whom the retagged
    full name would take over."""
    doc, surname = ent.doc, ent[-1].text
    return any(t.text == surname and not ent.start <= t.i < ent.end and t.i > 0
               and (word := normalise_word(doc[t.i - 1].text)) in TITLE_WORDS and word not in HONORIFICS
               for t in doc)


def _role_word_before(doc: Doc, start: int) -> str | None:
    """The noun right before token ``start``, normalised, a hyphenated one whole ("president-elect")."""
    if start == 0 or doc[start - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    word = doc[start - 1]
    if (start >= 3 and doc[start - 2].text in NAME_HYPHENS and not doc[start - 3].whitespace_
            and not doc[start - 2].whitespace_):
        return normalise_word(doc[start - 3].text) + "-" + normalise_word(word.text)
    return normalise_word(word.text)


# Last words that make a "PERSON" span a place or a body ("Bagram Airfield", "Kennedy Center").
FACILITY_HEADS = frozenset(
    "airfield airport airbase base university college hospital clinic street avenue road boulevard bridge "
    "square park stadium arena center centre school academy church mosque cathedral temple synagogue museum "
    "hall tower towers building prison jail station port harbor harbour highway plaza palace".split()
)
ORGANISATION_HEADS = frozenset(
    "party association department ministry agency committee council court bank company corporation "
    "foundation institute commission union league federation network group".split()
)
# Last words of newspapers' names: "the Miami Herald" is a paper, whatever the tagger says.
NEWSPAPER_HEADS = frozenset(
    "herald times post journal tribune gazette chronicle inquirer examiner courier dispatch ledger sentinel "
    "observer globe telegraph guardian mirror express register bulletin independent".split()
)


def _person_label(span: Span, people: _PersonNames | None = None) -> str | None:
    """The label of a span the NER called PERSON: ``FAC`` or ``ORG`` when its last word names a
    place or a body, ``None`` when it holds a digit ("COVID-19": no person's name does) or is one
    word of four or more capitals ("COVID")."""
    if any(ch.isdigit() for ch in span.text):
        return None
    if _spells_a_body_named_here(span):
        # "South Korea's Joint Chiefs of Staff (JCS) ... JCS said": the NER took the second "JCS" for a person
        return "ORG"
    if len(span) == 1 and span.text.isalpha() and span.text.isupper() and len(span.text) >= 4:
        people = people if people is not None else _PersonNames.of(span.doc.ents)
        if span.text.lower() not in people.words:
            # "COVID", "NASA": a word in capitals is no one's name (initials are: "AOC", "RFK"),
            # unless the text names someone with it ("COMEY:" in a transcript about James Comey)
            return None
    last = span[-1].lower_
    if last in FACILITY_HEADS:
        return "FAC"
    if last in ORGANISATION_HEADS:
        return "ORG"
    if last in NEWSPAPER_HEADS and (span[0].lower_ == "the" or span.start > 0 and span.doc[span.start - 1].lower_ == "the"):
        return "ORG"  # "The Miami Herald concludes ...": a person's name takes no article
    if _plural_not_a_name(span, people if people is not None else _PersonNames.of(span.doc.ents)):
        return None
    return "PERSON"


def _spells_a_body_named_here(span: Span) -> bool:
    """One word in capitals that spells the initials of an organisation the text names ("JCS" beside "Joint
    Chiefs of Staff"): the body's acronym, not a person's initials."""
    if len(span) != 1 or not (span.text.isalpha() and span.text.isupper() and len(span.text) >= 2):
        return False
    acronym = span.text.lower()
    return any(ent.label_ == "ORG" and acronym in acronym_spellings(_name_words_after_owner(ent)) for ent in span.doc.ents)


def _name_words_after_owner(ent: Span) -> list[str]:
    """The lower-case words of a name past an owner the NER ran into it ("Norway's Joint Staff" -> joint staff)."""
    owner = max((t.i - ent.start + 1 for t in ent if t.tag_ == "POS"), default=0)
    return [t.lower_ for t in ent[owner:] if not t.is_punct]


def _plural_not_a_name(span: Span, people: _PersonNames) -> bool:
    """A plural the NER called a person ("Eskimo Pies", "Bass Pro Shops", "Northerners",
    "the Clintons"): its last word is tagged as a plural proper noun and it neither starts with
    a first name ("Sally Yates" is tagged so too) nor is the surname of a person the text names
    ("Sanders" beside "Bernie Sanders")."""
    if span[-1].tag_ != "NNPS":
        return False
    if len(span) > 1:
        return not is_common_first_name(span[0].text)
    return span.text.lower() not in people.words


def _is_epithet(word: Token, name: Span, people: _PersonNames) -> bool:
    """A word before a full name the text also gives on its own, and no first name itself: "Slippery"
    in "Slippery James Comey" where "James Comey" is named elsewhere ("Reuel Marc Gerecht" keeps
    its rare first name)."""
    if not word.is_alpha or _is_title_token(word) or is_common_first_name(word.text):
        return False
    if not is_common_first_name(name[0].text):
        return False
    return name.text in people.names


def _is_title_token(token: Token) -> bool:
    word = normalise_word(token.text)
    return word in TITLE_WORDS or token.text == "."


def _titles_for(doc: Doc, item: _Item, people: _PersonNames | None = None) -> list[str]:
    """Titles written around a PERSON mention: premodifier, apposition, copular complement."""
    titles: list[str] = []
    root = _span_root(doc, item.start, item.end)
    for title in (_premodifier_title(doc, item, root, people), _honorific_before(doc, item), _apposition_title(doc, item, root),
                  _copular_title(root), _party_tag(doc, item)):
        title = _without_trailing_form_of_address(title) if title else title
        if title and title not in titles:
            titles.append(title)
    return titles


# Forms of address written between a title and the name ("chief medical adviser Dr. X"): their own title.
_FORMS_OF_ADDRESS = HONORIFICS | {"dr", "prof", "rev"}


def _without_trailing_form_of_address(title: str) -> str:
    """"White House chief medical adviser Dr." is "White House chief medical adviser" (the "Dr." is read as a title
    of its own)."""
    words = title.split()
    while len(words) > 1 and normalise_word(words[-1]) in _FORMS_OF_ADDRESS:
        words.pop()
    return " ".join(words)


# A US politician's party and state after the name: "Sen. Jane Roe (D-Mass.)", "Rep. John Doe, R-Ohio,", and as
# some papers write it, "Sen. Jane Roe (D., Mass.)" (its letter and state then read as the dash form).
_PARTY_STATE = re.compile(r"(?:['’]s)?[ \t]*(?:\(|,[ \t]*)(?:([DRI]-[A-Z][A-Za-z.]{1,12}(?: [A-Z][A-Za-z.]{1,12})?)"
                          r"|([DRI])\.,[ \t]*([A-Z][A-Za-z.]{1,12}(?: [A-Z][A-Za-z.]{1,12})?))[ \t]*[),]")


_PARTY_TAG_END = re.compile(r"\b[DRI]-[A-Z][A-Za-z]{0,11}\.?$")


def _party_tag(doc: Doc, item: _Item) -> str | None:
    tag = _party_tag_match(doc, item)
    if tag is None:
        return None
    return tag.group(1) or f"{tag.group(2)}-{tag.group(3)}"


def _party_tag_match(doc: Doc, item: _Item) -> re.Match[str] | None:
    """The party tag right after a name, matched in the few tokens after it (not doc.text, rebuilt from every token
    on each access), its offsets counted from the start of the name's last token."""
    window = doc[item.end - 1:item.end + 8].text
    return _PARTY_STATE.match(window, len(doc[item.end - 1].text), len(doc[item.end - 1].text) + 24)


def _without_party_tags(doc: Doc, items: list[_Item]) -> list[_Item]:
    """The letter and state of a party tag are the politician's title, not a group and a place of their own ("Sen.
    Jane Roe (D., Mass.)" had given a group "D." beside her)."""
    inside: set[int] = set()
    for item in items:
        if item.label == "PERSON" and (tag := _party_tag_match(doc, item)) is not None:
            offset = doc[item.end - 1].idx
            inside.update(t.i for t in doc[item.end:item.end + 8] if t.idx - offset < tag.end())
    return [item for item in items if item.label == "PERSON" or not set(range(item.start, item.end)) <= inside]


def _span_root(doc: Doc, start: int, end: int) -> Token:
    """The token of doc[start:end] whose head lies outside the span (the last one if several)."""
    root = doc[end - 1]
    for token in doc[start:end]:
        if not start <= token.head.i < end or token.head.i == token.i:
            root = token
    return root


def _premodifier_title(doc: Doc, item: _Item, root: Token, people: _PersonNames | None = None) -> str | None:
    """Title tokens between the name's noun-phrase left edge and the name ("Retired US Lt. Gen."), or a
    title whose complement names a body right before the name ("U.S. Ambassador to the United Nations")."""
    title = _governed_title(doc, item, root, people)
    if title is None or _only_a_body_before(doc, item, title):
        return _title_before_its_body(doc, item) or title
    return title


# Labels of the body or place a title's complement names ("Envoy for Haiti", "chairman of the Joint Chiefs").
_BODY_LABELS = frozenset({"ORG", "GPE", "FAC", "LOC"})
_TITLE_PREPOSITIONS = frozenset({"of", "to", "for", "at", "on"})


def _only_a_body_before(doc: Doc, item: _Item, title: str) -> bool:
    """Whether the title read is only the body or place the tagger ended right before the name ("United
    Nations" of "U.S. Ambassador to the United Nations X"), the rest of the title lost in the parse."""
    body = _body_before(doc, item.start)
    return body is not None and title in (doc[body:item.start].text, doc[body + 1:item.start].text)


def _body_before(doc: Doc, end: int) -> int | None:
    """Start of the body's or place's name that ends right before token ``end``, with its "the": the
    tagger's entity, or proper nouns it left untagged ("Envoy for Chile X")."""
    def in_body(token: Token) -> bool:
        if _is_title_token(token) and token.text != ".":
            return False  # "spokesman for Senate Majority Leader X": another's title, X's own
        return (token.ent_type_ in _BODY_LABELS or token.ent_type_ == "" and token.pos_ == "PROPN"
                and token.text[:1].isupper())

    body = end - 1
    if body < 1 or not in_body(doc[body]) or not doc[body].text[:1].isupper():
        return None  # "State of the Union with X": a show's name, the tagger's entity run on over "with"
    while body > 0 and (doc[body].ent_iob_ == "I" or doc[body].ent_type_ == "") and in_body(doc[body - 1]):
        body -= 1
    if body > 0 and doc[body - 1].lower_ == "the":
        body -= 1
    return body


def _title_before_its_body(doc: Doc, item: _Item) -> str | None:
    """A title whose complement is the body or place named right before the person: "U.S. Ambassador to the
    United Nations Nora Quill", "Special Envoy for Haiti X", "Former chairman of the Joint Chiefs of Staff X".
    The small model's parse seldom hangs such a title on the name, and the tagger ends the body's name where
    the person's starts, so the title is read from the words: the body, a preposition, a role noun and the
    capitalised words or title adjectives before it."""
    body = _body_before(doc, item.start)
    if body is None or body < 2 or doc[body - 1].lower_ not in _TITLE_PREPOSITIONS:
        return None
    head = doc[body - 2]
    word = normalise_word(head.text)
    if (head.pos_ not in ("NOUN", "PROPN") or word in _TITLE_MODIFIERS
            or not (word in TITLE_WORDS or head.text[:1].isupper() and _is_role_noun(word))
            or word in KIN_WORDS or _names_no_one(head)
            or head.lower_ in _TEXT_NOUNS or head.lower_ in _GENERIC_NOUNS or head.lower_ in _GROUP_NOUNS):
        return None
    first = body - 2
    while first > 0 and item.start - first < _MAX_TITLE_TOKENS:
        before = doc[first - 1]
        if before.ent_type_ in ("PERSON", "DATE", "TIME") or before.is_punct and before.text != ".":
            break
        if not (before.text[:1].isupper() and before.pos_ in ("PROPN", "NOUN", "ADJ")
                or before.lower_ in _TITLE_ADJECTIVES or before.lower_ in _OFFICE_LEVELS):
            break
        first -= 1
    while first < body - 2 and doc[first].text == ".":
        first += 1
    return doc[first:item.start].text


def _governed_title(doc: Doc, item: _Item, root: Token, people: _PersonNames | None = None) -> str | None:
    """Title tokens the parse hangs on the name, between its noun phrase's left edge and the name."""
    left = min(root.left_edge.i, item.start)
    first = item.start
    # Walk left over tokens that belong to the name's phrase; stop at a clause break.
    own_start = item.start  # the entity the tagger gave, title included ("President Barack Obama")
    while own_start > 0 and doc[own_start].ent_iob_ == "I":
        own_start -= 1
    i = item.start - 1
    while i >= left and item.start - i <= _MAX_TITLE_TOKENS:
        token = doc[i]
        if token.is_space or (token.is_punct and token.text not in {".", "-", "–"}) or token.is_quote:
            break
        if token.text in {"-", "–"} and token.whitespace_ and i > 0 and doc[i - 1].whitespace_:
            break  # "WASHINGTON - President Obama": a dateline's dash, not a hyphen in the title
        if i < own_start and (_PARTY_TAG_END.search(doc[max(left, i - 3):i + 1].text)
                              or token.pos_ == "CCONJ" and i > 0 and _names_someone(doc[i - 1], people)):
            break  # another person's party tag ("said Pelosi, D-Calif. President Donald Trump", a
            # sentence break lost in the text) or another person ("between Trump and Ukrainian President X")
        if not _governed_by(token, root, item):
            break
        first = i
        i -= 1
    while first < item.start and (doc[first].pos_ in {"DET", "ADP", "CCONJ", "ADV"} or doc[first].tag_ in {"PRP$", "WDT", "WP"}
                                  or doc[first].is_punct or _inverted_cue(doc, first) or _names_a_day(doc[first])):
        first += 1  # "Even President Reagan", "(Reuters) - Former FBI director": no part of the title
    first = _after_lower_case_nouns(doc, first, item.start)
    first = _after_counted_group(doc, first, item.start)
    if (first > 1 and first < item.start and doc[first - 1].lower_ == "of"
            and normalise_word(doc[first - 2].text) in TITLE_WORDS and doc[first - 2].lower_ not in KIN_WORDS):
        # "former director of national intelligence James Clapper": the title runs on over "of"
        first -= 2
        while first > 0 and doc[first - 1].pos_ == "ADJ" and doc[first - 1].is_lower:
            first -= 1
    last = item.start
    while last > first + 1 and normalise_word(doc[last - 1].text) in HONORIFICS:
        last -= 1  # "New York Senator Ms Gillibrand": the form of address is a title of its own
    if first >= last:
        return None
    tokens = doc[first:last]
    if not any(t.pos_ in {"NOUN", "PROPN"} and normalise_word(t.text) for t in tokens):
        return None
    if (len(tokens) == 1 and tokens[0].pos_ == "PROPN" and not _is_title_token(tokens[0])
            and tokens[0].ent_type_ in ("", "PERSON", "GPE", "LOC")):
        # "Slippery James Comey", "in California Reagan told": a capitalised word that is no title,
        # party or body is no role
        return None
    return tokens.text if _is_one_persons_role(tokens) else None


def _after_counted_group(doc: Doc, first: int, end: int) -> int:
    """Token start of a title after a counted group the parse ran into it: "two of the four Republicans
    Assembly Minority Leader X had named" ("four Republicans" are others, not part of her title)."""
    for i in range(end - 2, first, -1):
        if doc[i].tag_ in ("NNS", "NNPS") and doc[i - 1].tag_ == "CD":
            return i + 1
    return first


def _names_a_day(token: Token) -> bool:
    """"In August Representative X", "Sunday Treasury Secretary X": a month or day the parse ran
    into the title; a year or an age stays ("2012 Republican nominee", "18-year-old victim")."""
    return token.ent_type_ in ("DATE", "TIME") and token.is_alpha


def _inverted_cue(doc: Doc, i: int) -> bool:
    """'"It is over," tweeted Associated Press reporter Tom Varga': a finite verb opening the
    phrase after a quotation or comma is the cue of an inverted subject, no part of a title."""
    return doc[i].tag_ in ("VBD", "VBZ", "VBP") and i > 0 and (doc[i - 1].is_punct or doc[i - 1].is_quote)


# Lower-case nouns that name the office's level before a capitalised title ("state Sen.", "county
# Commissioner"): part of the title.
_OFFICE_LEVELS = frozenset({"state", "county", "city", "district", "town", "federal", "provincial", "regional",
                            "municipal", "tribal", "party"})  # fmt: skip


def _after_lower_case_nouns(doc: Doc, first: int, end: int) -> int:
    """Where a capitalised title starts after lower-case nouns the parser ran into it: "$600 billion
    in new tax revenue President Obama secured" is "President", not "new tax revenue President"."""
    i = end
    while i > first and (doc[i - 1].text[:1].isupper() or doc[i - 1].text == "."):
        i -= 1
    if i == end or i == first or all(normalise_word(t.text) in HONORIFICS for t in doc[i:end] if t.text != "."):
        return first  # "former attorney general Mr Sessions": the role is the lower-case part
    before = doc[i - 1]
    if not (before.text.isalpha() and before.text.islower()) or before.lower_ in _OFFICE_LEVELS \
            or _is_role_noun(before.lower_):
        return first
    if before.pos_ == "NOUN":
        return i
    if before.pos_ in ("ADJ", "PROPN") and before.lower_ not in _TITLE_ADJECTIVES \
            and not (i - 2 >= first and doc[i - 2].tag_ == "POS"):
        # "a defensive and at times surly President Biden": a description, not the office ("Ukraine's new
        # President" keeps its country)
        return i
    return first


# Lower-case words that are part of a title before a capitalised office ("former President", "acting
# Attorney General"); any other adjective there describes the person ("surly", "beleaguered").
_TITLE_ADJECTIVES = frozenset({
    "former", "acting", "late", "outgoing", "incoming", "interim", "retired", "deputy", "senior", "top", "chief",
    "current", "longtime", "then", "sitting", "elected", "designate", "associate", "assistant", "ranking",
    "junior", "lead", "principal", "general", "special", "executive", "national", "foreign", "defense", "vice",
    # a time other than now: "future Vice President", "likely Chief Justice", "presumptive nominee"
    "future", "likely", "presumptive", "eventual", "prospective", "possible", "potential", "would-be", "onetime",
    "erstwhile", "previous", "past", "newly",
})  # fmt: skip


# Endings of nouns for people by what they do ("candidate", "nominee", "contender", "proponent").
_AGENT_ENDINGS = ("er", "or", "ist", "ant", "ent", "ee", "ate", "ian", "ive", "aide")


def _is_role_noun(word: str) -> bool:
    return word in TITLE_WORDS or word.endswith(_AGENT_ENDINGS)


def _names_someone(token: Token, people: _PersonNames | None) -> bool:
    """A word of a person's name in the text (not a title word): "Trump" of "Trump and Ukrainian
    President X"."""
    return (token.ent_type_ == "PERSON" or people is not None and token.lower_ in people.words) \
        and token.text[:1].isupper() and normalise_word(token.text) not in TITLE_WORDS


def _honorific_before(doc: Doc, item: _Item) -> str | None:
    """"Ms" of "New York Senator Ms Gillibrand", kept apart from the role (it tells gender)."""
    before = doc[item.start - 1] if item.start > 0 else None
    if before is None or normalise_word(before.text) not in HONORIFICS:
        return None
    return before.text


# Relations of a clause's arguments to its head: a name the parser read as a verb ("The border visit in
# particular offers Trump the opportunity", "Trump" a verb) has its subject, not a title, before it.
_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "dobj", "aux", "auxpass", "mark", "expl"})


def _heads_a_clause(root: Token) -> bool:
    """A name read as a verb or as the sentence's root ("none of this absolves Donald Trump of ...")
    heads a clause; a name read as a subject ("writer Dan Reyes himself weighed in", the title parsed
    as a second subject) does not."""
    return root.pos_ in ("VERB", "AUX") or root.dep_ == "ROOT"


def _governed_by(token: Token, root: Token, item: _Item) -> bool:
    """True when ``token`` hangs (through its heads) from the name's root within the phrase, as a
    modifier of the name, not as a clause's subject or adverb."""
    current = token
    for _ in range(_MAX_TITLE_TOKENS):
        head = current.head
        if head.i == root.i or item.start <= head.i < item.end:
            return current.dep_ not in _CLAUSE_DEPS or not _heads_a_clause(root)
        if head.i == current.i or head.i < root.left_edge.i or head.i > root.i:
            return False
        current = head
    return False


def _apposition_title(doc: Doc, item: _Item, root: Token) -> str | None:
    """", a former commander of US Army Europe," after the name, or "The chairman, X," before it."""
    for child in root.children:
        if child.dep_ == "appos" and child.i >= item.end and child.pos_ == "NOUN" and _beside(root, item.end, child.left_edge.i):
            if any(t.is_punct and t.text not in {".", "-", "'s", "’s"} for t in doc[child.left_edge.i + 1:child.i]):
                return None  # "on CNN's “State of the Union” program": the words before the noun are no role
            if doc[child.left_edge.i].is_quote or any(t.text in {":", ";"} for t in doc[item.end:child.left_edge.i]):
                return None  # "mocks Trump as 'Putin's poodle'", "about Trump: narcissism, thin skin": an
                # epithet or what follows a colon is no role
            return _phrase_text(doc, child.left_edge.i, child.right_edge.i + 1)
    head = root.head
    if root.dep_ == "appos" and head.i < item.start and head.pos_ == "NOUN" and _beside(head, head.i + 1, root.left_edge.i):
        end = item.start
        while end > head.left_edge.i and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        return _phrase_text(doc, head.left_edge.i, end)
    return None


def _beside(anchor: Token, start: int, end: int) -> bool:
    """An apposition sits beside its name, with only punctuation or the name's own words (its age,
    "of Kentucky") between: "X, 79, president of ...", "The chairman of Acme, X". The parser's
    "appos" from a name to a noun after a verb and its object ("X mourned what he called the
    mistakes of recent decades: a shrinking middle class") is no title."""
    return all(t.is_punct or t.is_space or anchor in t.ancestors for t in anchor.doc[start:end])


def _copular_title(root: Token) -> str | None:
    """"Smith is the chairman of Acme" -> "chairman of Acme"."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_ != "be":
        return None
    for child in verb.children:
        if child.dep_ == "attr" and child.pos_ == "NOUN" and child.i > root.i and _names_a_role(child):
            return _phrase_text(root.doc, child.left_edge.i, child.right_edge.i + 1)
    return None


def _names_a_role(noun: Token) -> bool:
    """"is the chairman of Acme", "is a former senator", "is a spokesman for the agency" give a
    role; "is a hero", "is a man who ..." give a judgement or nothing."""
    definite = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children)
    complement = any(c.dep_ == "prep" and c.lower_ in ("of", "for", "at", "with", "to") for c in noun.children)
    return definite or complement or normalise_word(noun.text) in TITLE_WORDS


# Nouns that say someone is a person, not what role they have ("a man who always ends up badly",
# "a man of integrity").
_PERSON_NOUNS = frozenset({"man", "woman", "person", "guy", "gentleman", "fellow", "individual", "boy", "girl",
                           "kid", "human", "someone", "character", "figure", "soul"})  # fmt: skip
# Texts, not roles: "The official statement on ... — Mark R. Levin (@marklevinshow)" signs a post.
_TEXT_NOUNS = frozenset({"statement", "letter", "report", "post", "tweet", "message", "story", "article", "video",
                         "thread", "update", "note", "memo", "release"})  # fmt: skip
# Nouns too general to be anyone's role ("Comey was the best thing that ever happened to her").
_GENERIC_NOUNS = frozenset({"thing", "one", "part", "example", "kind", "sort", "type", "case", "reason", "problem",
                            "way", "matter", "fact", "point", "wisdom"})  # fmt: skip
# Endings of abstract nouns and of events, which name no one: "One more thing about Trump:
# narcissism", "the slaying ... of an unarmed man, Michael Brown" (a parse that hangs a name on
# them gives no role). The words a person can be despite the ending are listed apart.
_ABSTRACT_ENDINGS = ("ism", "tion", "sion", "ment", "ness", "ity", "ing")
_PERSONS_DESPITE_ENDING = frozenset({"witness", "highness", "holiness", "celebrity", "personality", "authority",
                                     "deity", "king", "viking", "darling", "offspring", "replacement"})  # fmt: skip


def _names_no_one(noun: Token) -> bool:
    """An abstract or event noun ("narcissism", "inequality", "government", "meeting"), by its
    ending; "-ling" nouns ("sibling", "underling") are people."""
    word = noun.lower_
    if noun.pos_ != "NOUN" or word in _PERSONS_DESPITE_ENDING or word.endswith("ling") or len(word) < 6:
        return False
    return word.endswith(_ABSTRACT_ENDINGS)


# Groups of people, not one person's role: "the family of the Democratic nominee, Joe Biden" (a parse
# that hangs the name on the group noun rather than on the nominee). A name described as a "group" or a
# "coalition" is an organisation instead (ORGANISATION_NOUNS).
_GROUP_NOUNS = frozenset({"family", "team", "crowd", "couple", "public", "audience", "community", "panel",
                          "committee", "delegation", "household", "clan", "staff"})  # fmt: skip


# Words of a photo caption set beside a name ("Joe Biden, file photo"), not a role.
_CAPTION_WORDS = frozenset({"photo", "photos", "photograph", "file", "image", "images", "picture", "pictures", "combination",
                            "video", "screenshot", "courtesy"})  # fmt: skip


def _is_one_persons_role(span: Span) -> bool:
    """A title names one person's role: its head is a singular noun, not a number, not joined to
    another head ("New York Times and Senators") unless both are roles of one person ("secretary of state
    and top military officer", "founder and chief executive"), and no caption word is in it."""
    head = _span_root(span.doc, span.start, span.end)
    if (head.tag_ in ("NNS", "NNPS") or head.like_num
            or any(c.dep_ == "conj" and c.i < span.end and not _roles_of_one(head, c) for c in head.children)):
        return False
    if head.pos_ not in ("NOUN", "PROPN"):
        return False  # "is a dangerous, unfit leader" cut at its comma leaves "dangerous": no role
    if ((head.ent_type_ == "PERSON" and head.pos_ == "PROPN" or head.ent_type_ == "ORG" and len(span) == 1)
            and head.text[:1].isupper() and normalise_word(head.text) not in TITLE_WORDS):
        return False  # "Clinton and O'Malley" parsed as an apposition: another person's name is no role
    if (head.lower_ in _PERSON_NOUNS or head.lower_ in _TEXT_NOUNS or head.lower_ in _GENERIC_NOUNS
            or head.lower_ in _GROUP_NOUNS or _names_no_one(head)):
        return False
    if any(t.lower_.startswith(("http", "www.")) or "/" in t.text and t.like_url or t.text.startswith(("@", "#"))
           for t in span):
        return False  # a link or a handle: words of a post signed by the name, not a role
    if span[-1].text in ("'s", "’s", "'") or span.text.startswith("@"):
        return False  # "Duck Dynasty's Willie Robertson" names a show; "@realDonaldTrump" is a handle
    if span[0].lower_ in ("that", "this", "these", "those") or any(t.lower_ == "than" for t in span):
        return False  # "that candidate" points back; "a very different leader than his predecessor" judges
    return not any(t.lower_ in _CAPTION_WORDS for t in span)


def _roles_of_one(head: Token, other: Token) -> bool:
    """Two role nouns joined in one title: common singular nouns naming what someone does, no kin ("a
    husband and father") and no name ("Clinton and O'Malley")."""
    return all(t.tag_ == "NN" and _is_role_noun(t.lower_) and t.lower_ not in KIN_WORDS and not _names_no_one(t)
               for t in (head, other))


def _phrase_text(doc: Doc, start: int, end: int) -> str | None:
    """Text of doc[start:end] without leading determiners, cut at the first comma or clause."""
    while start < end and (doc[start].pos_ == "DET" or doc[start].is_punct):
        start += 1
    stop = start
    while stop < end and stop - start < _MAX_TITLE_TOKENS:
        token = doc[stop]
        if token.is_punct and token.text not in {".", "-", "'s", "’s"} or token.dep_ == "relcl" or token.is_space:
            break
        if token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"amod", "compound"}:
            break
        if token.pos_ == "SCONJ" or token.dep_ == "mark":
            break  # "witness for the inquiry into whether Trump obstructed": the clause is no part of it
        if token.tag_ in {"WDT", "WP"} and stop > start:
            break  # "strategist who last year ...": a relative clause starts, whatever its first words
        stop += 1
    # a hyphenated word is one word: a cut inside it ("current CEO and co" of "co-founder", "the co" of "the
    # co-founder of the firm") takes the rest of it
    while (stop > start and stop + 1 < len(doc) and doc[stop].text in NAME_HYPHENS and not doc[stop - 1].whitespace_
           and not doc[stop].whitespace_ and doc[stop + 1].is_alpha):
        stop += 2
    while stop > start and (doc[stop - 1].pos_ in {"ADP", "CCONJ", "DET", "PART", "ADV", "PRON"}
                            or doc[stop - 1].tag_ in {"WDT", "WP"}):
        stop -= 1  # "contractor who", "favorite to", "participant to significantly"
    if stop <= start or not _is_one_persons_role(doc[start:stop]):
        return None
    return doc[start:stop].text


# --- clustering -------------------------------------------------------------------------------


def _name_words(doc: Doc, item: _Item) -> list[str]:
    """The normalised words of a name, a hyphenated one kept whole ("Rawlings-Blake", "Jean-Pierre"),
    so that its bare surname matches the full name's."""
    words: list[str] = []
    glue = False
    for token in doc[item.start:item.end]:
        word = normalise_word(token.text)
        if not word:
            continue
        if word in NAME_HYPHENS and words and not doc[token.i - 1].whitespace_ and not token.whitespace_:
            words[-1] += "-"
            glue = True
            continue
        if glue:
            words[-1] += word
            glue = False
        else:
            words.append(word)
    return [w.rstrip("-") for w in words if w.strip("-")]


# Hyphens that join the parts of a word ("Rawlings-Blake", "ex-president") when no space is beside them.
NAME_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def _cluster(doc: Doc, items: list[_Item]) -> list[_Cluster]:
    """Assign ``cluster`` to every item; PERSON clusters first so mis-tagged surnames can join them."""
    clusters: list[_Cluster] = []
    evidence = _SurnameEvidence(doc, [item.start for item in items if item.label == "PERSON"])
    for item in items:
        if item.label == "PERSON":
            _assign_person(doc, item, clusters, _Reading(evidence, item))
    named = _NamedSoFar.of(items)
    short_forms = _organisation_short_forms(doc, items)
    places = _read_as_places(doc, items)
    by_key: dict[tuple[str, str], int] = {}
    by_end: dict[int, _Item] = {}  # organisations and places so far, by the token after them
    for item in items:
        if item.label == "PERSON":
            continue
        words = _name_words(doc, item)
        if not words:
            words = [doc[item.start:item.end].text.lower()]
        subject = (item.label in PERSON_MISTAG_LABELS or item.label == "GPE") and _is_clause_subject(doc, item)
        if ((item.label in PERSON_MISTAG_LABELS or item.label == "GPE" and subject
             or item.label in PLACE_LABELS and _written_as_a_name(doc[item.start:item.end])
             and _surname_of_a_full_name(words, clusters, places))
                and item.start not in short_forms
                and (person := _person_for_mistag(words, clusters, named, _Reading(evidence, item),
                                                   doc if subject else None)) is not None):
            item.label = "PERSON"
            item.cluster = person
            clusters[person].last_seen = item.start
            clusters[person].mentions += 1
            continue
        defined = _defined_by_parenthesis(doc, item, words, by_end)
        if defined is not None:
            by_key.setdefault(("PLACE" if item.label in {"GPE", "LOC", "FAC"} else item.label, " ".join(words)),
                              defined.cluster)
        item.cluster = _assign_other(item, words, clusters, by_key)
        by_end[item.end] = item
    return clusters


def _defined_by_parenthesis(doc: Doc, item: _Item, words: list[str], by_end: dict[int, _Item]) -> _Item | None:
    """The name an abbreviation in capitals is defined for by a parenthesis right after it: "Singapore
    Airlines (SIA)" or "the State Property Agency (SPA)" -- the letters, first one first, come in
    order from the name's words ("SIA" is no initialism of "Singapore Airlines", so the initials
    rule alone missed it). Later "SIA" mentions then join the airline too."""
    if len(words) != 1 or not _written_in_capitals(doc, item) or item.start < 2 or doc[item.start - 1].text != "(":
        return None
    named = by_end.get(item.start - 1)
    if named is None or named.cluster < 0 or named.label != item.label:
        return None
    name = _name_words(doc, named)
    if len(name) < 2 or name[0][:1] != words[0][:1]:
        return None
    return named if _letters_in_order(words[0], "".join(name)) else None


def _written_in_capitals(doc: Doc, item: _Item) -> bool:
    letters = [ch for ch in doc[item.start:item.end].text if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _letters_in_order(abbreviation: str, text: str) -> bool:
    remaining = iter(text)
    return all(letter in remaining for letter in abbreviation)


def _organisation_short_forms(doc: Doc, items: list[_Item]) -> set[int]:
    """Start tokens of one-word names tagged ORG that shorten a company the text named before them
    with its legal form ("The Ford Motor Company will cut ... Ford's losses"), when the tagger never
    reads the word alone as a person: the company, not the surname of a person the text also names
    ("William Clay Ford Jr."). A surname also tagged PERSON alone is left to the person rules, and so
    is a word opening any other organisation ("the Christie administration ... Christie said")."""
    alone_as_person = {" ".join(_name_words(doc, it)) for it in items if it.label == "PERSON"}
    opened: dict[str, int] = {}  # first word of a company's name with its legal form -> where first named
    for item in items:
        words = _name_words(doc, item) if item.label == "ORG" else []
        if len(words) > 1 and words[-1] in CORPORATE_SUFFIXES and doc[item.end - 1].text[:1].isupper():
            opened.setdefault(words[0], item.start)
    return {item.start for item in items
            if item.label == "ORG" and len(words := _name_words(doc, item)) == 1 and words[0] not in alone_as_person
            and opened.get(words[0], len(doc)) < item.start}


def _assign_person(doc: Doc, item: _Item, clusters: list[_Cluster], reading: _Reading | None = None) -> None:
    words = _name_words(doc, item)
    if not words:
        words = [doc[item.start:item.end].text.lower()]
    best = _matching_person(words, clusters, reading)
    if best is not None and len(clusters[best].words) == 1 and _kin_of_own_surname(item.titles, words):
        best = None  # "Reese's son, Walter Reese III": the "Reese" named so far is the father
    prominent = item.prominent = _is_main_clause_subject(doc, item)
    subject = _span_root(doc, item.start, item.end).dep_ in ("nsubj", "nsubjpass")
    if best is None:
        clusters.append(_Cluster("PERSON", words, item.start, item.start, list(item.titles),
                                 last_prominent=item.start if prominent else -1, a_subject=subject))
        item.cluster = len(clusters) - 1
        return
    cluster = clusters[best]
    if len(words) > len(cluster.words):
        cluster.words = words
    cluster.titles.extend(t for t in item.titles if t not in cluster.titles)
    cluster.last_seen = item.start
    cluster.a_subject = cluster.a_subject or subject
    if prominent:
        cluster.last_prominent = item.start
    cluster.mentions += 1
    item.cluster = best


def _kin_of_own_surname(titles: Sequence[str], words: list[str]) -> bool:
    """Whether a full name is introduced as the relative of someone of its own surname ("Reese's son",
    "Ruiz's daughter"): that someone is another person of the family."""
    surname = ([w for w in words if w not in NAME_SUFFIXES] or words)[-1]
    for title in titles:
        kin = _KIN_OF_NAME.match(title.lower().replace("\u2019", "'"))
        if kin and kin.group(1) == surname and kin.group(2) in KIN_WORDS:
            return True
    return False


# "Reese's son", "Ruiz' daughter": a name's possessive, then one kin word.
_KIN_OF_NAME = re.compile(r"^(\S+?)\s*'s?\s+(\S+)$")


def _is_main_clause_subject(doc: Doc, item: _Item) -> bool:
    """Whether the mention is the subject of its sentence's main verb ("Hillary Clinton said ..."),
    not of a clause inside it ("the cars Bill Clinton has owned"): the person the text is about at
    that point, whom a later bare surname most likely continues."""
    root = _span_root(doc, item.start, item.end)
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = root.head
    return verb.dep_ in ("ROOT", "parataxis") or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"


# A surname used this often on its own before any full name is someone the article already knows
# by that name ("President Trump" ... "Trump"): a full name sharing it later ("Donald Trump Jr.",
# "Melania Trump" in a list) is another person of the family, not the one named so far.
SETTLED_SURNAME_MENTIONS = 3
# A relative introduced through someone ("his wife, Patrice Comey") named this often is a subject of
# the article in their own right, and a bare surname may be theirs.
KIN_SUBJECT_MENTIONS = 2


# "Jr." and "Sr." tell a son from his father ("Donald Trump Jr."); a numeral is mostly dropped in
# later mentions of the same person ("Robert S. Mueller III" ... "Robert Mueller").
GENERATION_SUFFIXES = frozenset({"jr", "sr"})


def _suffix(words: list[str]) -> str | None:
    return next((w for w in words if w.rstrip(".") in GENERATION_SUFFIXES), None)


def _middle(core: list[str]) -> tuple[str, ...]:
    """The middle names or initials of a full name, punctuation ignored ("h.w." -> "hw")."""
    return tuple(w.replace(".", "") for w in core[1:-1])


def _matching_person(words: list[str], clusters: list[_Cluster], reading: _Reading | None = None) -> int | None:
    """The most recently seen compatible person cluster: same surname and no conflicting first name
    or generational suffix ("Donald Trump" and "Donald Trump Jr." are two people); how the mention
    is written (``reading``: its gender, its sentence) tells apart people sharing a surname."""
    core = [w for w in words if w not in NAME_SUFFIXES] or words
    surname, first = core[-1], core[0] if len(core) > 1 else None
    suffix = _suffix(words)
    candidates: list[int] = []
    for index, cluster in enumerate(clusters):
        if cluster.label != "PERSON":
            continue
        other_core = [w for w in cluster.words if w not in NAME_SUFFIXES] or cluster.words
        other_first = other_core[0] if len(other_core) > 1 else None
        if cluster.surname != surname:
            continue
        if (first is not None and other_first is not None and not same_given_name(first, other_first)
                and not _surname_of_words(core, other_core) and not _surname_of_words(other_core, core)):
            continue  # "Bob Mueller" and "Robert Mueller" in one article are one person
        if suffix is not None and suffix != _suffix(cluster.words):
            continue  # "Trump Jr." or "Donald Jr." is never the father named so far
        if first is not None and other_first is not None and suffix != _suffix(cluster.words):
            continue
        if _middle(core) and _middle(other_core) and _middle(core) != _middle(other_core):
            continue  # "George H.W. Bush" and "George W. Bush" are two people
        if first is not None and other_first is None and cluster.mentions >= SETTLED_SURNAME_MENTIONS:
            continue
        candidates.append(index)
    if first is None and suffix is None and len(candidates) > 1:
        # A bare surname is the suffix-less bearer when there is one ("Trump", not "Donald Trump Jr."),
        # and not a relative introduced through the person it names ("his wife, Patrice Comey").
        candidates = _bare_surname_bearers(candidates, clusters, {i: clusters[i].mentions for i in candidates})
        if reading is not None and len(candidates) > 1:
            candidates = _of_gender(candidates, clusters, reading.gender())
            candidates = _not_named_in_passing(candidates, clusters, reading.sentence())
    if not candidates and first is not None and suffix is None:
        # A full name after the first name alone ("her sister Mary ... Mary Cheney") is that person.
        # Not a surname used alone ("Trump ... Trump's Twitter", "Sen. Warren ... Warren Buffett").
        candidates = [i for i, c in enumerate(clusters) if c.label == "PERSON" and c.words == [first]
                      and is_common_first_name(first) and all(is_relative_title(t) for t in c.titles)]
        if len(candidates) > 1:
            return None
    if not candidates and first is None:
        # A lone first name ("Hillary") refers to the only person carrying it.
        candidates = [i for i, c in enumerate(clusters) if c.label == "PERSON" and len(c.words) > 1
                      and c.words[0] == surname and _suffix(c.words) == suffix]
        if len(candidates) > 1:
            return None
    if not candidates:
        return None
    # Of several people sharing the surname, the one last named as a sentence's subject: a
    # relative named in passing ("the cars former President Bill Clinton has owned") does not
    # take over the "Clinton said" that continues the article's subject. The most recent mention
    # decides between people never or equally prominent.
    return max(candidates, key=lambda i: (clusters[i].last_prominent, clusters[i].last_seen))


def _surname_of_words(short: list[str], full: list[str]) -> bool:
    """Whether a name of two words or more is the surname of a longer full name, written without its given
    name ("Ortiz Rendon" of "Daniella Ortiz Rendon"): its words end the full name, the word before them there is a
    common first name, and its own first word is none (in a headline's "Reyes Frank Dolan", "Frank Dolan" is a given
    name and a surname; in a button's "Add Lena Dorsey", "Add" is no given name)."""
    return (1 < len(short) < len(full) and full[-len(short):] == short and is_common_first_name(full[0])
            and not is_common_first_name(short[0]))


def _bare_surname_bearers(candidates: list[int], clusters: list[_Cluster], mentions: dict[int, int]) -> list[int]:
    """Who of several people with one surname a bare surname may be: the suffix-less bearer
    ("Trump", not "Donald Trump Jr."), and not a relative introduced through the person it names
    ("his wife, Patrice Comey"), unless the article names that relative again ("their daughter Liz
    Cheney", then "Liz Cheney said"): then she is as much its subject, and the most recent wins."""
    plain = [i for i in candidates if _suffix(clusters[i].words) is None] or candidates
    principal = [i for i in plain
                 if not _introduced_as_kin(clusters[i].titles) or mentions.get(i, 0) >= KIN_SUBJECT_MENTIONS]
    return principal or plain


# Double quotation marks as spaCy tokens: curly ones and the `` '' pairs of some archives say which
# side they are; a straight one opens or closes by position.
DOUBLE_QUOTE_OPENERS = frozenset({"\u201c", "``"})
DOUBLE_QUOTE_CLOSERS = frozenset({"\u201d", "\'\'"})
STRAIGHT_QUOTE = '"'
DOUBLE_QUOTE_TOKENS = DOUBLE_QUOTE_OPENERS | DOUBLE_QUOTE_CLOSERS | {STRAIGHT_QUOTE}
_PRONOUN_GENDERS = {"he": "m", "him": "m", "his": "m", "himself": "m",
                    "she": "f", "her": "f", "hers": "f", "herself": "f"}


def _mention_gender(doc: Doc, item: _Item, people_in_sentence: Counter[int]) -> str | None:
    """The gender a person's mention is written with: its honorific ("Mr. Trump"), else the personal
    pronouns of a sentence that names no other person ("During his visit, Trump announced ...",
    "Trump's first stop was a dining hall, where the crowd cheered when he arrived"), when they all
    agree. What tells "Trump" the president from "first lady Melania Trump", named just before."""
    gender = gender_of_titles(item.titles)
    if gender is not None:
        return gender
    sentence = doc[item.start].sent
    if people_in_sentence[sentence.start] > 1:
        return None
    genders = set()
    quoted = False  # a pronoun inside a quotation is the speaker's, not the narrator's
    for token in sentence:
        if token.text in DOUBLE_QUOTE_OPENERS or token.text == STRAIGHT_QUOTE and not quoted:
            quoted = True
        elif token.text in DOUBLE_QUOTE_CLOSERS or token.text == STRAIGHT_QUOTE:
            quoted = False
        elif not quoted and token.lower_ in _PRONOUN_GENDERS and token.pos_ == "PRON":
            genders.add(_PRONOUN_GENDERS[token.lower_])
    return genders.pop() if len(genders) == 1 else None


def _not_named_in_passing(candidates: list[int], clusters: list[_Cluster], sentence: Span | None) -> list[int]:
    """Of people sharing a surname, not one named once in passing after the first of them ("his
    marriage to first lady Melania Trump"): "Trump reimbursed Cohen", sentences later, continues
    the article's Trump.
    Someone named as the subject of a verb, named again, or taken up in the very next sentence may take the
    surname over ("That judge was his dad, Kim Chaney. Judge Chaney is ...")."""
    if sentence is None:
        return candidates
    doc = sentence.doc
    first = min(clusters[i].first_seen for i in candidates)
    passing = {i for i in candidates if clusters[i].mentions == 1 and not clusters[i].a_subject
               and clusters[i].first_seen > first and doc[clusters[i].last_seen].sent.end < sentence.start}
    return [i for i in candidates if i not in passing] or candidates


class _SurnameEvidence:
    """What tells apart people sharing a surname, read only when a name needs it (most never do):
    each mention's sentence, and how many people the sentences name (counted on first use)."""

    def __init__(self, doc: Doc, person_starts: list[int]) -> None:
        self.doc = doc
        self._person_starts = person_starts  # the PERSON names before any mistag joins them
        self._people: Counter[int] | None = None

    def people_in_sentence(self) -> Counter[int]:
        if self._people is None:
            self._people = Counter(self.doc[start].sent.start for start in self._person_starts)
        return self._people


@dataclass(frozen=True, slots=True)
class _Reading:
    """How one mention is written: the gender its words give and its sentence."""

    evidence: _SurnameEvidence
    item: _Item

    def gender(self) -> str | None:
        return _mention_gender(self.evidence.doc, self.item, self.evidence.people_in_sentence())

    def sentence(self) -> Span:
        return self.evidence.doc[self.item.start].sent


def _cluster_gender(cluster: _Cluster) -> str | None:
    return gender_of_titles(cluster.titles) or gender_of_name(" ".join(cluster.words))


def _of_gender(candidates: list[int], clusters: list[_Cluster], gender: str | None) -> list[int]:
    """Of people sharing a surname, those the mention's gender allows (a person whose gender the
    text does not tell stays a candidate)."""
    if gender is None:
        return candidates
    return [i for i in candidates if _cluster_gender(clusters[i]) in (gender, None)] or candidates


@dataclass(frozen=True, slots=True)
class _NamedSoFar:
    """Where each person was named, for the names read after the people (mistagged surnames): the
    state of the text at such a name, not at its end."""

    named: tuple[tuple[int, int, bool], ...]  # (token index, cluster, prominent), in text order

    @classmethod
    def of(cls, items: Sequence[_Item]) -> _NamedSoFar:
        return cls(tuple(sorted((it.start, it.cluster, it.prominent) for it in items if it.label == "PERSON")))

    def at(self, position: int) -> dict[int, tuple[int, int]]:
        """Each person named before ``position``: where last as a main clause's subject (-1 if
        never) and where last at all, the order :func:`_matching_person` ranks people by."""
        seen: dict[int, tuple[int, int]] = {}
        for start, cluster, prominent in self.named:
            if start >= position:
                break
            seen[cluster] = (start if prominent else seen.get(cluster, (-1, -1))[0], start)
        return seen


def is_relative_title(title: str) -> bool:
    """A title that names the person through someone else ("his wife", "her longtime friend"): it
    tells gender and kinship inside the article, but read beside the name elsewhere ("Donald Trump
    (his longtime friend)") it says nothing true, so it is not shown."""
    words = title.lower().replace("\u2019", "'").split()
    if not words:
        return False
    if words[0] in _POSSESSORS or words[0] in {"its", "my", "our", "your"}:
        return True
    # "(her) late husband": kinship with no one named; "widow of former Rep. Ron Wright" names them.
    return words[-1] in KIN_WORDS and "of" not in words


def _introduced_as_kin(titles: Sequence[str]) -> bool:
    """Whether a title names the person as someone's relative ("his wife", "the mayor's son")."""
    for title in titles:
        words = title.lower().replace("’", "'").split()
        if len(words) >= 2 and words[-1] in KIN_WORDS and (
            words[-2] in _POSSESSORS or words[-2].endswith("'s") or words[0] in _POSSESSORS
        ):
            return True
    return False


def _is_clause_subject(doc: Doc, item: _Item) -> bool:
    """A place name as the subject of a verb after a person of that surname is the person: "Fairfax
    on Monday acknowledged ..." after "Justin Fairfax" (the NER's GPE, for Fairfax County); a place
    elsewhere in a sentence ("in Fairfax") stays a place."""
    root = _span_root(doc, item.start, item.end)
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ in ("VERB", "AUX")


PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Prepositions whose object is a place when the NER says so ("in Washington", "outside London").
_LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around",
                                    "into", "within"})


def _written_as_a_place(doc: Doc, item: _Item) -> bool:
    """Whether a place mention reads as a place whatever its word: the object of a locative preposition
    ("in Washington"), or beside another place across a comma ("Hampton, Virginia", "Yakima, Washington")."""
    root = _span_root(doc, item.start, item.end)
    if root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE_PREPOSITIONS:
        return True
    before, after = item.start - 2, item.end + 1
    return (before >= 0 and doc[before + 1].text == "," and doc[before].ent_type_ in PLACE_LABELS
            or after < len(doc) and doc[after - 1].text == "," and doc[after].ent_type_ in PLACE_LABELS)


def _read_as_places(doc: Doc, items: list[_Item]) -> set[str]:
    """Names the text uses as places somewhere, or that name a US state: the NER's place mentions of
    them stay places even beside a person of that surname ("George Washington" and "in Washington")."""
    places = {name for name in _STATE_NAMES if " " not in name}
    places.update(" ".join(_name_words(doc, item)) for item in items
                  if item.label in PLACE_LABELS and _written_as_a_place(doc, item))
    return places


def _written_as_a_name(span: Span) -> bool:
    """A capitalised word, not an abbreviation ("U.S." is no surname "Us" of a garbled headline name)."""
    return span[0].text[:1].isupper() and "." not in span.text.rstrip(".") and not span.text.isupper()


def _surname_of_a_full_name(words: list[str], clusters: list[_Cluster], places: set[str]) -> bool:
    """Whether a one-word place name is the surname of a person the text names in full ("Bannon" after
    "Steve Bannon"), and the text never uses it as a place."""
    return (len(words) == 1 and words[0] not in places
            and any(c.label == "PERSON" and len(c.words) > 1 and c.surname == words[0] for c in clusters))


def _used_as_a_word(doc: Doc, words: list[str]) -> bool:
    """Whether a one-word name is also written in lower case in the text ("the good Egalitarian"
    beside "egalitarians"): a word, not someone's first name."""
    if len(words) != 1:
        return True
    forms = {words[0], words[0] + "s", words[0] + "es"}
    return any(t.is_lower and (t.lower_ in forms or t.lemma_ == words[0]) for t in doc)


def _person_for_mistag(words: list[str], clusters: list[_Cluster], named: _NamedSoFar, reading: _Reading,
                       subject_in: Doc | None = None) -> int | None:
    """The person a name mistagged as an organisation, a product or a place names: by surname or
    full name; by the first of their names when the name is the subject of a verb in ``subject_in``.
    Who was ``named`` before it and how it is written (``reading``) choose among people sharing the name."""
    text = " ".join(words)
    matches = [i for i, c in enumerate(clusters)
               if c.label == "PERSON" and (c.surname == text or " ".join(c.words) == text)]
    if not matches and subject_in is not None and len(words) == 1:
        # "Zeid said ...", after "Zeid Ra'ad al-Hussein": a person called by the first of their names,
        # when only one person named so far carries it.
        matches = [i for i, c in enumerate(clusters) if c.label == "PERSON" and len(c.words) > 1 and c.words[0] == text]
        if len(matches) > 1 or matches and _used_as_a_word(subject_in, words):
            return None
    if not matches:
        return None
    # As for a bare surname tagged PERSON: not a relative introduced through another ("his wife, Ada
    # Benton" after "Carl Benton Jr."), then the suffix-less bearer when there is one.
    matches = [i for i in matches if not _introduced_as_kin(clusters[i].titles)] or matches
    matches = [i for i in matches if _suffix(clusters[i].words) is None] or matches
    if len(matches) == 1:
        return matches[0]
    matches = _of_gender(matches, clusters, reading.gender())
    # As for a bare surname: the person last named as a subject before it, else last named; a
    # person named only after it comes last.
    before = named.at(reading.item.start)
    return max(matches, key=lambda i: (i in before, before.get(i, (-1, clusters[i].last_seen))))


def _assign_other(item: _Item, words: list[str], clusters: list[_Cluster],
                  by_key: dict[tuple[str, str], int]) -> int:
    """Same normalised name, acronym of initials, or name + corporate suffix -> one cluster."""
    family = "PLACE" if item.label in {"GPE", "LOC", "FAC"} else item.label
    key = " ".join(words)
    if (family, key) in by_key:
        index = by_key[(family, key)]
    else:
        index = _acronym_or_suffix_match(words, item.label, clusters)
        if index is None:
            clusters.append(_Cluster(item.label, words, item.start, item.start))
            index = len(clusters) - 1
        by_key[(family, key)] = index
    cluster = clusters[index]
    if len(words) > len(cluster.words) and not _is_acronym(words):
        cluster.words = words
    cluster.last_seen = item.start
    return index


def _is_acronym(words: list[str]) -> bool:
    return len(words) == 1 and 2 <= len(words[0]) <= 6 and words[0].isalpha()


def acronym_spellings(words: Sequence[str], letters: Sequence[str] | None = None, *,
                      skip: frozenset[str] = ACRONYM_STOPWORDS) -> set[str]:
    """The acronyms a name of lower-case ``words`` is written as: its initials ("Food and Drug
    Administration" -> "fda"), those of the name before its last "and", a part added after the
    acronym was coined ("Centers for Disease Control and Prevention" -> "cdc"), and for a government
    body those with "of" ("Department of Justice" -> "doj") and those of its field ("Department of
    Health and Human Services" -> "hhs"). Other names keep "of" out: "COPS" is no "Committee of
    Public Safety", "SOB" no "Siege of Boston". ``letters`` gives what each
    word spells (a word in capitals gives all its letters: "U.S. Air Force" -> "usaf")."""
    letters = list(letters) if letters is not None else [w[:1] for w in words]
    count = len(words)

    def spell(lo: int, hi: int, kept: str = "") -> str:
        return "".join(letter for word, letter in zip(words[lo:hi], letters[lo:hi]) if word not in skip or word == kept)

    def content(lo: int, hi: int) -> int:
        return sum(word not in skip for word in words[lo:hi])

    found = {spell(0, count)}
    last_and = max((i for i, word in enumerate(words) if word in ("and", "&")), default=0)
    if content(0, last_and) >= 2 and len(cut := spell(0, last_and)) >= 3:  # "NO" is no "National Oceanic and ..."
        found.add(cut)
    if count > 2 and words[0] in GOVERNMENT_BODIES and words[1] == "of":
        found.add(spell(0, count, kept="of"))
        if content(2, count) >= 2:
            found.add(spell(2, count))
    return found - {""}


def _short_form(mine: list[str], theirs: list[str]) -> bool:
    """"Ford" after "Ford Motor Company", "Northrop" after "Northrop Grumman": a one-word
    organisation name that opens an organisation named earlier in the document, unless that one is
    a part of the body the word names ("the House" after "the House Intelligence Committee")."""
    return (len(mine) == 1 and len(theirs) > 1 and theirs[0] == mine[0] and not _is_acronym(theirs)
            and not names_a_part_of_a_body(theirs))


# Heads of the names of a body's parts: "House Judiciary Committee", "House Freedom Caucus", "FBI Hostage
# Rescue Team", "Harvard Law School". The body's name alone ("the House", "Harvard") is the whole body,
# which an article about the part names too; a company's short name ("Ford" of "Ford Motor Company") is
# the company.
PART_OF_BODY_HEADS = frozenset(
    "committee subcommittee caucus panel board commission council division team unit forces school center "
    "centre office bureau".split()
)


def names_a_part_of_a_body(words: Sequence[str]) -> bool:
    """Whether an organisation's name of two words or more (lower case) names a part of the body its first
    word names: "house intelligence committee", "army special forces"."""
    return len(words) > 1 and words[-1] in PART_OF_BODY_HEADS


def _acronym_or_suffix_match(words: list[str], label: str, clusters: list[_Cluster]) -> int | None:
    groups = {"ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "LANGUAGE"}
    candidates: list[int] = []
    for index, cluster in enumerate(clusters):
        if cluster.label == "PERSON" or cluster.label not in groups:
            continue
        mine, theirs = words, cluster.words
        if _is_acronym(mine) and _spells(mine[0], theirs) or _is_acronym(theirs) and _spells(theirs[0], mine):
            candidates.append(index)
        elif label == cluster.label == "ORG" and (_suffix_variant(mine, theirs) or _short_form(mine, theirs)):
            candidates.append(index)
    papers = [index for index, cluster in enumerate(clusters)
              if label == cluster.label == "ORG" and _paper_short_form(words, cluster.words)]
    if len(papers) == 1:
        candidates.append(papers[0])  # two papers of that word ("the Washington Post", "the New York Post"): neither
    if not candidates:
        return None
    return max(candidates, key=lambda i: clusters[i].last_seen)


def _paper_short_form(mine: list[str], theirs: list[str]) -> bool:
    """"the Post" after "the Washington Post", "the Journal" after "The Wall Street Journal": a newspaper is
    named later by the last word of its name (its first word names a city, not the paper)."""
    return len(mine) == 1 and mine[0] in NEWSPAPER_HEADS and len(theirs) > 1 and theirs[-1] == mine[0]


def _spells(acronym: str, words: list[str]) -> bool:
    """Whether an acronym spells the initials of a name of two words or more, unless the name is a first
    name and a surname the tagger read as an organisation ("AP reporters John Leicester and Arno Pedram":
    "Arno Pedram" is no "AP"), or the name holds the acronym as a word ("US Senate" is no "US")."""
    if len(words) < 2 or acronym not in acronym_spellings(words) or acronym in words:
        return False
    return not (len(words) == 2 and is_common_first_name(words[0]))


def _suffix_variant(a: list[str], b: list[str]) -> bool:
    """"Acme" vs "Acme Corp": one is the other plus corporate suffixes."""
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if len(short) == len(long) or long[:len(short)] != short:
        return False
    return all(w in CORPORATE_SUFFIXES for w in long[len(short):])


def _missed_surnames(doc: Doc, items: list[_Item], clusters: list[_Cluster]) -> Iterator[_Item]:
    """Proper nouns the NER missed that repeat a known person's surname ("Hertling told CNN")."""
    by_surname: dict[str, list[int]] = {}
    confirmed: set[str] = set()  # surnames some full name in the text carries
    for index, cluster in enumerate(clusters):
        if cluster.label == "PERSON":
            by_surname.setdefault(cluster.surname, []).append(index)
            if len(cluster.words) > 1:
                confirmed.add(cluster.surname)
    if not confirmed:
        return
    covered = {t for it in items for t in range(it.start, it.end)}
    for ent in doc.ents:
        covered.update(range(ent.start, ent.end))
    # Who has been named so far, kept up to date as the text is read (one pass: a long text with
    # thousands of bare surnames stays linear).
    named = sorted((it for it in items if it.label == "PERSON"), key=lambda it: it.start)
    seen: dict[int, int] = {}
    last: dict[int, int] = {}
    read = 0
    for token in doc:
        while read < len(named) and named[read].start < token.i:
            seen[named[read].cluster] = seen.get(named[read].cluster, 0) + 1
            last[named[read].cluster] = named[read].start
            read += 1
        if (not (token.pos_ == "PROPN" or _bare_noun_subject(token) or is_elided_surname(token.text))
                or token.i in covered or not token.text[:1].isupper()):
            continue
        end = token.i + 1
        if (end + 1 < len(doc) and doc[end].text in NAME_HYPHENS and not token.whitespace_
                and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper()):
            end += 2  # "Rawlings-Blake": the whole hyphenated surname
        name = "-".join(normalise_word(t.text) for t in doc[token.i:end] if t.text not in NAME_HYPHENS)
        if name not in confirmed or any(t.i in covered for t in doc[token.i:end]):
            continue
        index = _bearer_at(by_surname[name], clusters, seen, last)
        if index is None:
            continue
        item = _Item(start=token.i, end=end, label="PERSON", cluster=index)
        item.char_start = token.idx
        last_token = doc[end - 1]
        item.char_end = last_token.idx + len(_POSSESSIVE.sub("", last_token.text) or last_token.text)
        yield item


def _bearer_at(options: list[int], clusters: list[_Cluster], seen: dict[int, int], last: dict[int, int]) -> int | None:
    """The person a bare surname names, among those carrying it (``seen``: how often each person
    has been named before it; ``last``: where last); a surname shared by two of them that
    nothing tells apart stays unassigned."""
    bearers = _bare_surname_bearers(options, clusters, seen)
    if len(bearers) == 1:
        return bearers[0] if bearers[0] in seen else None
    # A relative named again and the person she was introduced through: the one named last.
    if any(i not in seen for i in bearers) or not any(_introduced_as_kin(clusters[i].titles) for i in bearers):
        return None
    return max(bearers, key=lambda i: last[i])


def _bare_noun_subject(token: Token) -> bool:
    """A surname the tagger read as a plural noun ("Yates said ..."): the bare subject of a verb,
    no determiner or modifier before it (unlike "Price increases" or "the Gates")."""
    return (token.pos_ == "NOUN" and token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX")
            and not any(child.i < token.i for child in token.children))


# --- nominal references -----------------------------------------------------------------------


def _nominal_items(doc: Doc, items: list[_Item], clusters: list[_Cluster]) -> Iterator[_Item]:
    """Definite descriptions tied to one person: "the chairman" and "the Russian leader" to the
    one earlier person with that title; "the Democrat" and "the New York Republican" to the
    person of that party the text is talking about."""
    people = [(i, c) for i, c in enumerate(clusters) if c.label == "PERSON"]
    if not people:
        return
    profiles = [_profile(i, c) for i, c in people]
    taken = {(it.start, it.end): it for it in items}
    covered = {t for it in items for t in range(it.start, it.end)}
    for chunk in doc.noun_chunks:
        if chunk[0].lower_ != "the" or len(chunk) > 4 or len(chunk) < 2:
            continue
        root = chunk.root
        if root.i != chunk.end - 1 or root.pos_ not in {"NOUN", "PROPN"} or root.tag_ in {"NNS", "NNPS"}:
            continue
        if any(t.i in covered and t.ent_type_ not in {"NORP", "GPE"} for t in chunk):
            continue
        if _introduces_someone(root, covered):
            continue
        head = TITLE_WORDS.get(normalise_word(root.text), normalise_word(root.text))
        modifiers = {normalise_word(t.text) for t in chunk[1:-1]}
        if head in PARTY_MEMBERS:
            match = _party_member(doc, chunk.start, PARTY_MEMBERS[head], modifiers, items, profiles,
                                  fallback=not _told_by_what_they_do(root))
        else:
            match = _office_holder(clusters, chunk.start, head, modifiers, profiles)
        if match is None or _another_introduced(doc, root, _last_named(items, match, chunk.start)):
            continue
        existing = taken.get((chunk.start + 1, chunk.end))
        if existing is not None:
            if existing.label == "NORP" and head in PARTY_MEMBERS:
                existing.label, existing.cluster = "PERSON", match  # "The Democrat said" is a person
            continue
        item = _Item(start=chunk.start + 1, end=chunk.end, label="PERSON", cluster=match)
        item.char_start = doc[chunk.start + 1].idx
        item.char_end = root.idx + len(root.text)
        yield item


def _last_named(items: list[_Item], cluster: int, before: int) -> int:
    """Token index of the last mention of ``cluster`` before token ``before`` (-1 if none)."""
    return max((it.start for it in items if it.cluster == cluster and it.label == "PERSON" and it.start < before),
               default=-1)


def _another_introduced(doc: Doc, root: Token, since: int) -> bool:
    """"Judge Chutkan said ... Later, a federal judge denied a request ... The judge said he would
    not delay it": an indefinite noun phrase of the same noun ("a federal judge", "another judge")
    after the person was last named brings in someone new, whom "the judge" goes on with."""
    for token in doc[max(since, root.sent.start - 80, 0) : root.i]:
        if token.lemma_ != root.lemma_ or token.pos_ != "NOUN" or token.dep_ in ("appos", "attr"):
            continue  # "Carlos Bustamante, a Stanford professor", "he is a professor": the named one
        if any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in token.children):
            return True
    return False


@dataclass(frozen=True, slots=True)
class _Profile:
    """What descriptions may match in a person's titles, read once per document."""

    index: int  # the person's cluster
    first_seen: int
    offices: frozenset[tuple[str, frozenset[str]]]
    words: frozenset[str]
    parties: frozenset[str]


def _profile(index: int, cluster: _Cluster) -> _Profile:
    words = description_words(cluster.titles)
    return _Profile(index, cluster.first_seen, frozenset(o for t in cluster.titles if (o := _office(t))),
                    frozenset(words), frozenset(_parties(words)))


def _office_holder(clusters: list[_Cluster], position: int, head: str, modifiers: set[str],
                   profiles: list[_Profile]) -> int | None:
    """The one person named before ``position`` whose title is the office ``head``."""
    matches = [p.index for p in profiles
               if p.offices and p.first_seen < position and _nominal_matches(head, modifiers, p)]
    if head in NATIONAL_LEADER_HEADS and not modifiers:
        # "the president" is the country's: not the one person named "president of the Susan B. Anthony
        # List" or "China's president" while the article speaks of the president it never titles so
        # ("the chairman" is the one of "chairman of Northwind Energy")
        matches = [index for index in matches if _holds_office_unqualified(clusters[index], head)]
    if len(matches) > 1 and not modifiers:
        # "the president" beside "President Donald Trump" and "Russia's President Vladimir Putin":
        # news names its own country's office bare and qualifies the others
        matches = [index for index in matches if _bare_office(clusters[index], head)]
    return matches[0] if len(matches) == 1 else None


# Party nouns used for a politician ("the Democrat", "the New York Republican"), with their party.
PARTY_MEMBERS = {"democrat": "democratic", "republican": "republican"}
# Party words in a title: "Democratic Sen.", "Republican", "GOP"; "(D-Mass.)" is read apart.
PARTY_WORDS = {"democrat": "democratic", "democratic": "democratic", "republican": "republican",
               "gop": "republican", "independent": "independent"}
PARTY_LETTERS = {"d": "democratic", "r": "republican", "i": "independent"}
_PARTY_TAG = re.compile(r"([dri])-([a-z]+)")
# How far back "the Democrat" may point: about the last two sentences.
PARTY_MEMBER_WINDOW = 60


# US states as the party tags after a politician's name write them ("D-Mass.", "R-IA", "D-N.Y."):
# AP abbreviations and postal codes, without dots, lower case, to the words of the state's name.
_STATE_NAMES = {
    "alabama": "ala al", "alaska": "ak", "arizona": "ariz az", "arkansas": "ark ar", "california": "calif ca",
    "colorado": "colo co", "connecticut": "conn ct", "delaware": "del de", "florida": "fla fl", "georgia": "ga",
    "hawaii": "hi", "idaho": "id", "illinois": "ill il", "indiana": "ind in", "iowa": "ia", "kansas": "kan ks",
    "kentucky": "ky", "louisiana": "la", "maine": "me", "maryland": "md", "massachusetts": "mass ma",
    "michigan": "mich mi", "minnesota": "minn mn", "mississippi": "miss ms", "missouri": "mo",
    "montana": "mont mt", "nebraska": "neb ne", "nevada": "nev nv", "new hampshire": "nh", "new jersey": "nj",
    "new mexico": "nm", "new york": "ny", "north carolina": "nc", "north dakota": "nd", "ohio": "oh",
    "oklahoma": "okla ok", "oregon": "ore or", "pennsylvania": "pa", "rhode island": "ri", "south carolina": "sc",
    "south dakota": "sd", "tennessee": "tenn tn", "texas": "tex tx", "utah": "ut", "vermont": "vt",
    "virginia": "va", "washington": "wash wa", "west virginia": "wva wv", "wisconsin": "wis wi",
    "wyoming": "wyo wy", "puerto rico": "pr", "guam": "gu",
}  # fmt: skip
STATE_BY_ABBREVIATION = {abbreviation: name for name, abbreviations in _STATE_NAMES.items()
                         for abbreviation in [name.replace(" ", ""), *abbreviations.split()]}


def description_words(titles: Sequence[str]) -> set[str]:
    """The words a description may take from a person's titles: "Sen.", "(D-Mass.)" ->
    {"sen", "d-mass", "massachusetts"}, so "the Massachusetts senator" finds her."""
    words = {normalise_word(w) for t in titles for w in t.split()}
    for word in list(words):
        if (tag := _PARTY_TAG.fullmatch(word)) and (state := STATE_BY_ABBREVIATION.get(tag.group(2))):
            words.update(state.split())
    return words


def _parties(words: set[str]) -> set[str]:
    """The parties a person's title words name: "Democratic Sen." or a "(D-Mass.)" tag."""
    parties = {PARTY_WORDS[w] for w in words if w in PARTY_WORDS}
    for word in words:
        if tag := _PARTY_TAG.fullmatch(word):
            parties.add(PARTY_LETTERS[tag.group(1)])
    return parties


def _told_by_what_they_do(root: Token) -> bool:
    """"The Democrat running against Sen. X", "the Democrat who ran in 2018": a participle or a
    restrictive clause picks the person out by what they do, so it need not be the one just named
    (", who ..." after a comma adds to someone already known)."""
    doc = root.doc
    return any(child.dep_ == "acl" or child.dep_ == "relcl" and doc[child.left_edge.i - 1].text != ","
               for child in root.children if child.i > root.i)


def _party_member(doc: Doc, position: int, party: str, modifiers: set[str], items: list[_Item],
                  profiles: list[_Profile], *, fallback: bool = True) -> int | None:
    """The person "the [New York] Democrat" points back to, within the last two sentences.

    One person there titled with that party ("Sen. X (D-Mass.)") is the one; otherwise the only
    person named there, unless their titles name another party or lack a place the description
    gives ("the New York Democrat" is not "Texas Gov. X"). With two people and no party known
    ("X attacked Y. The Democrat said") it stays unresolved, and so does a description that picks
    its person out by what they do (``fallback`` False: "the Democrat running against X").
    """
    by_index = {p.index: (p.parties, p.words) for p in profiles}
    recent = [item for item in items
              if item.label == "PERSON" and position - PARTY_MEMBER_WINDOW <= item.start < position
              and item.cluster in by_index]
    fitting = [item for item in recent
               if by_index[item.cluster][0] <= {party} and (modifiers - set(PARTY_WORDS)) <= by_index[item.cluster][1]]
    declared = {item.cluster for item in fitting if party in by_index[item.cluster][0]}
    if len(declared) == 1:
        return declared.pop()
    named = {item.cluster for item in recent}
    return fitting[-1].cluster if fallback and len(named) == 1 and fitting else None


def _holds_office_unqualified(cluster: _Cluster, head: str) -> bool:
    """Whether some title gives the person office ``head`` without naming whose it is: not "president
    of the Coalition of African American Pastors", not "China's president"."""
    return any(title_head(t) == head and not re.search(r"\bof\b|['’]s\b", t) for t in cluster.titles)


def _bare_office(cluster: _Cluster, head: str) -> bool:
    """Whether the person holds office ``head`` under a one-word title ("President", "Sen.")."""
    return any(len(t.split()) == 1 and title_head(t) == head for t in cluster.titles)


def _introduces_someone(root: Token, covered: set[int]) -> bool:
    """The description is itself a title: "the chairman, X," / "X is the chairman" / "the chairman of Y"."""
    if any(child.dep_ in {"appos", "prep"} for child in root.children):
        return True
    if root.dep_ == "appos" and root.head.i in covered:
        return True
    return root.dep_ == "attr" and any(c.dep_ == "nsubj" and c.i in covered for c in root.head.children)


# Words before a role noun that make it another office: "the president" is not the vice president,
# nor the former president.
OFFICE_QUALIFIERS = frozenset({"vice", "deputy", "assistant", "associate", "former", "ex", "late"})


def _office(title: str) -> tuple[str, frozenset[str]] | None:
    """A title's role noun with the qualifiers that make it another office ("former vice president" ->
    ("president", {"former", "vice"}))."""
    head = title_head(title)
    if head is None:
        return None
    words = [normalise_word(w) for w in re.split(r"[\s,-]+", title) if w]
    return head, frozenset(w for w in words if w in OFFICE_QUALIFIERS)


def _nominal_matches(head: str, modifiers: set[str], person: _Profile) -> bool:
    # A party word need not be in the title ("the Democratic governor" for "Virginia Gov. X"), but
    # must not contradict it; other words must be there ("the Virginia governor").
    party = {PARTY_WORDS[w] for w in modifiers if w in PARTY_WORDS}
    others = modifiers - set(PARTY_WORDS)
    if not others <= person.words or not party <= (person.parties or party):
        return False
    if any(_same_office(office, head) and qualifiers <= modifiers for office, qualifiers in person.offices):
        return True
    # "the Russian leader" for "Russian President X": a generic top-office noun needs a shared
    # modifier so that "the leader" alone stays unresolved.
    shared = bool(others) or bool(party & person.parties)
    return head == "leader" and shared and any(
        office in LEADER_HEADS and not qualifiers for office, qualifiers in person.offices
    )


# "the lawmaker" is any member of a legislature.
LAWMAKER_HEADS = frozenset({"lawmaker", "legislator"})
# Nouns that end a description of a person, never a name ("the New York Democrat").
DESCRIPTION_HEADS = frozenset(PARTY_MEMBERS) | LAWMAKER_HEADS
LEGISLATOR_OFFICES = frozenset({"senator", "representative", "congressman", "congresswoman", "assemblyman",
                                "assemblywoman", "lawmaker", "legislator", "delegate"})


def _same_office(office: str, head: str) -> bool:
    return office == head or (head in LAWMAKER_HEADS and office in LEGISLATOR_OFFICES)
