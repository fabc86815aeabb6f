"""The unrelated-content pass: other stories appended to a pasted article, no heading."""

from __future__ import annotations

from newsfuse.clean import clean
from newsfuse.records import RawDocument

ARTICLE = """\
Harbor authority approves dredging of Port Calloway channel

The Port Calloway harbor authority voted on Thursday to dredge the main shipping channel to 14 metres, \
a project its director, Lena Marsh, said would let the largest container ships reach the docks for the first time.

The dredging will cost $210 million, shared between the authority and the state of Wexford, and is due to \
start in March. Marsh said the deeper channel would bring as many as 900 new jobs to the harbor district.

Fishermen in Port Calloway have opposed the plan for two years, arguing that the dredged silt would smother \
the oyster beds in Calloway Bay. The authority said the silt would be shipped to a disposal site offshore.

"We listened to the fishermen and changed the disposal plan twice," Marsh told the harbor authority meeting. \
"The oyster beds in the bay will be monitored every month while the dredgers work."

The Wexford governor, Paul Adeyemi, welcomed the vote and said the state's share of the harbor project \
would come from its infrastructure fund.

Tennis star Kovacs withdraws from Lisbon Open with wrist injury

Maria Kovacs, the world number three, pulled out of the Lisbon Open on Tuesday, saying the wrist she hurt in \
Melbourne had not healed. Her coach expects a return before the grass season in June.

Bakery chain Brightloaf to open 40 stores in Ontario

Brightloaf, the Danish bakery chain, plans to open 40 shops across Ontario by 2027, its chief executive \
Sven Aalto told investors in Copenhagen, betting on Canadian appetite for rye bread and cinnamon buns.
"""


def _reasons(text: str) -> dict[str, str]:
    doc = clean(RawDocument(id="t", source_path="t.txt", kind="text", content=text))
    return {p.text[:30]: p.reason for p in doc.paragraphs}


def test_clean_unrelated_marks_appended_stories_without_heading() -> None:
    reasons = _reasons(ARTICLE)
    assert reasons["The Wexford governor, Paul Ade"] == "body"
    assert reasons["Maria Kovacs, the world number"] == "unrelated"
    assert reasons["Brightloaf, the Danish bakery "] == "unrelated"
    assert reasons["Bakery chain Brightloaf to ope"] == "unrelated"


def test_clean_unrelated_keeps_article_with_a_new_subtopic_at_the_end() -> None:
    # A closing paragraph on a related side issue shares the article's names: it stays.
    text = ARTICLE.split("Tennis star")[0] + (
        "Port Calloway last dredged the channel in 1998, when Marsh was a junior engineer at the "
        "harbor authority and the oyster beds of Calloway Bay were still closed to fishing.\n"
    )
    reasons = _reasons(text)
    assert "unrelated" not in reasons.values()


def test_clean_unrelated_leaves_short_articles_alone() -> None:
    text = (
        "Storm closes Route 9\n\nHeavy rain closed Route 9 near Dunmore on Sunday, police said.\n\n"
        "Bakery chain Brightloaf plans 40 new stores in Ontario, its chief executive said in Copenhagen.\n"
    )
    assert "unrelated" not in _reasons(text).values()


TRENDING_AFTER_FOOTER = """Harbour crane collapse injures two dockworkers in Eastport

By Lena Marsh

EASTPORT - Two dockworkers were injured on Monday when a container crane partly collapsed at the
Eastport harbour terminal, the port authority said. Both were taken to Eastport General Hospital.

The authority said the crane had passed an inspection in January and that an investigation had
begun. Work at the terminal's north berth was suspended for the rest of the day.

"Our first concern is for the two men and their families," said port director Hana Ibsen.

© 2025 Eastport Echo. All rights reserved.

Comments (4)

Log in to join the conversation.

Trending on Eastport Echo

Eastport General Hospital opens new wing The hospital's new wing in Eastport adds 40 beds and a harbour-view cafe.

Night market returns to the harbour The Eastport night market will reopen at the harbour terminal in May.
"""


def test_clean_nothing_after_the_footer_resumes_the_article() -> None:
    doc = clean(RawDocument(id="t", source_path="t.txt", kind="text", content=TRENDING_AFTER_FOOTER))
    kept = [p.text for p in doc.paragraphs if p.kept]
    assert any("container crane partly collapsed" in p for p in kept)
    assert any("Our first concern" in p for p in kept)
    # The teasers share "Eastport", "harbour", "hospital" with the article but come after its end.
    assert not any("new wing" in p or "night market" in p for p in kept)
    reasons = {p.text: p.reason for p in doc.paragraphs}
    assert reasons["Log in to join the conversation."] == "comment"
    assert reasons["Trending on Eastport Echo"] == "more-from"
