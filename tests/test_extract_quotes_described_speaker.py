"""A speaker described by a participle set off by commas ("Reyes, widely seen as the favourite, said ..."):
the parse makes the name the participle's subject and leaves the cue without one (twenty-sixth session).

Every example is invented.
"""

from __future__ import annotations

import pytest

from .test_extract_quotes_trust import _found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "“We were let down and we want the truth,” champion sprinter Maria Okafor, widely considered the fastest "
    "woman of her generation, said during a hearing before the Senate Commerce Committee.",
    "“We were let down and we want the truth,” Mayor Maria Okafor, widely considered the best debater in the "
    "state, said on Monday.",
])
def test_quotes_a_speaker_described_by_a_set_off_participle_says_the_quotation(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    # the quotation had no speaker, and a second row gave the description as what was said
    assert _found(nlp, text) == [("direct", "We were let down and we want the truth", "said", "Maria Okafor")]


@pytest.mark.model
def test_quotes_a_question_put_to_the_speaker_is_not_their_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    # "asked about whether ..." had been Dalton's words, and what Dalton said had no speaker
    found = _found(nlp, "Dalton, asked about whether the lender profited from the deal with the developer, said "
                        "the bank had written off the loans last spring.")
    assert found == [("indirect", "the bank had written off the loans last spring", "said", "Dalton")]
