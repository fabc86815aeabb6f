"""The cheap paths of newsfuse.clean and newsfuse.paragraph_model give what the costly ones they spare give.

Each helper here replaces a slower, plainer computation (issue 3, cleaning speed); the tests hold it to
that computation on invented text, including the letters whose case rules are not one-to-one ("İ", "Σ",
"ſ", "ı").
"""

from __future__ import annotations

import re

import pytest

from newsfuse.clean import (
    _AUTHOR_NOTE,
    _AUTHOR_NOTE_HINT,
    _CREDIT_TAIL,
    _DENSITY_TOKEN,
    _MAX_AUTHOR_NOTE_CHARS,
    _REPORTING,
    _SPACES,
    _TOKEN,
    _first_key_word,
    _first_url,
    _is_author_note,
    _key,
    _lower_tokens,
    _may_end_in_credit,
    _norm_space,
    _page_notice_reason,
    _stopword_scores,
    _topic_words,
    lower_words_of,
    words_of,
)
from newsfuse.paragraph_model import _REPORTING as _MODEL_REPORTING
from newsfuse.paragraph_model import _reports

TEXTS = [
    "",
    "—",
    "The Mayor SAID on Monday that the budget passes.",
    "İstanbul's mayor İsmail spoke to reporters.",
    "ΟΔΟΣ'Α ΣΟΦΙΑΣ and ΣΑΣ",
    "東京で会議があった。 The meeting ran late.",
    "The mayor ſaid the vote was cloſe, ınstead of the usual 3-2.",
    '"We will win," she said.“We will',
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("pattern", [_TOKEN, _DENSITY_TOKEN])
def test_lower_tokens_are_each_token_lower_cased(text: str, pattern: re.Pattern[str]) -> None:
    assert _lower_tokens(text, pattern) == [t.lower() for t in pattern.findall(text)]


@pytest.mark.parametrize("text", TEXTS)
def test_lower_words_and_first_key_word(text: str) -> None:
    assert lower_words_of(text) == tuple(w.lower() for w in words_of(text))
    assert _first_key_word(text) == _key(text).split(" ")[0]


def test_repeated_paragraph_found_among_paragraphs_with_other_openings() -> None:
    from newsfuse.clean import _mark_repeated_paragraphs

    long = "The council voted eight to one on Tuesday night to raise the levy for the new flood wall."
    paragraphs = [long, "The mayor left early.", "Council members spoke for an hour.", long.upper()]
    assert _mark_repeated_paragraphs(paragraphs, ["body"] * 4) == ["body", "body", "body", "duplicate"]


@pytest.mark.parametrize("text", TEXTS + ["The minister spoke; the aides ADDED figures.", "Told you so"])
def test_reported_speech_pretest(text: str) -> None:
    assert _reports(text) == bool(_MODEL_REPORTING.search(text))


def test_reported_speech_pattern_of_the_model_is_a_subset_of_the_rules() -> None:
    # The literals of the pre-test are the model's pattern's words, not the rules' longer list.
    assert not _reports("The company announced a merger.")
    assert _REPORTING.search("The company announced a merger.")


@pytest.mark.parametrize("text", [
    "Crowds fill the square before the vote (AP Photo/Jane Doe)",
    "Crowds fill the square before the vote. (Photo: Jane Doe/Getty Images)",
    "Crowds fill the square before the vote. Photograph: Jane Doe/Reuters",
    "Crowds fill the square before the vote. Image credit… Jane Doe for the Ledger",
    "A rabbit eats a carrotCredit: Getty - Contributor",
    "Crowds fill the square before the vote. Jane Doe/Getty Images",
    "Crowds fill the square before the vote. AFP via Getty Images",
    "Crowds fill the square in New York.Reuters",
    "Crowds fill the square (Jane Doe via AP, File)  ",
])
def test_credit_tails_pass_the_pretest(text: str) -> None:
    assert _CREDIT_TAIL.search(text)
    assert _may_end_in_credit(text)


@pytest.mark.parametrize("text", [
    "Senator Jane Doe (D-Ohio) said: the bill passes today.",
    "The vote (eight to one) was close... but it passed.",
])
def test_no_credit_form_no_search(text: str) -> None:
    assert not _may_end_in_credit(text)


@pytest.mark.parametrize("text", TEXTS + [
    "Jane Doe contributed to this report.",
    "Follow Jane Doe on Twitter.",
    "  (Reporting by Jane Doe; editing by John Roe)",
    "Write to the author at jane@example.com",
    "Correction: An earlier version of this story misstated the date.",
    "An earlier version of this article gave the wrong figure.",
    "Jane Doe contrıbuted to this report.",
    "Reach the reporter on Signal.",
])
def test_author_note_pretest(text: str) -> None:
    expected = (len(text) <= _MAX_AUTHOR_NOTE_CHARS and _AUTHOR_NOTE_HINT.search(text) is not None
                and bool(_AUTHOR_NOTE.search(text.strip())))
    assert _is_author_note(text) == expected


@pytest.mark.parametrize("line", [
    "Je fais un don",
    "Please support independent journalism.",
    "Help fund our newsroom today.",
    "Thank you for your support!",
    "Si te gustó este artículo, compártelo.",
    "Support us with a subscription.",
])
def test_notice_lines_found_by_the_longer_hints(line: str) -> None:
    assert _page_notice_reason(line) == "notice"


def test_common_words_holding_a_short_hint_are_no_notice() -> None:
    assert _page_notice_reason("Donald Trump's supporters gathered in August to fund the rally.") is None


@pytest.mark.parametrize("text", ["a  b\t c\u00a0d\u3000e ", " one two ", "single spaces only"])
def test_norm_space(text: str) -> None:
    assert _norm_space(text) == _SPACES.sub(" ", text).strip()


def test_first_url_in_any_case() -> None:
    assert _first_url(["No link here.", "Read it at WWW.EXAMPLE.COM/story."]) == (
        "https://WWW.EXAMPLE.COM/story", "url in text")
    assert _first_url(["No link here.", "None here either."]) == (None, "")


def test_language_vote_counts_words_not_figures() -> None:
    text = "The mayor said that the vote on the levy was close and that it is in the hands of the court. " * 3
    scores = _stopword_scores(text + " 2025 3-2 10km")
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    assert scores["en"] == pytest.approx(sum(t in {"the", "and", "of", "to", "in", "is", "that", "for", "was", "with",
                                                   "on", "as", "by", "it", "said", "he", "at", "from"}
                                             for t in tokens) / len(tokens))


def test_topic_words_names_skip_sentence_openings() -> None:
    content, names = _topic_words("Council members met. Mayor Jane Doe spoke about the Riverton levies.")
    assert names == {"jane", "doe", "riverton"}
    assert {"council", "member", "levy", "mayor"} <= content
