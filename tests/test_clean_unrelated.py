"""The unrelated-content pass: other stories appended to a pasted article, no heading."""

from __future__ import annotations

import pytest

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


def test_clean_unrelated_keeps_running_prose_that_changes_subject() -> None:
    # A review turning from the staging to the band: new names, few shared words, but the prose runs
    # on with no headline and no page furniture where another story could start (an advertisement
    # label and a "Read more:" link are set inside running text).
    text = """Theatre review: a bold new staging of an old comedy

The Lantern Playhouse has turned a creaky farce into one of the funniest evenings of the season. The set is a \
single hotel corridor with seven doors, and the cast slam every one of them with perfect timing as the plot \
spins out of control in the second act.

Director Ines Aldana keeps the pace brisk without losing the jokes, and the lead pair trade insults like tennis \
players rallying at the net. The audience on opening night laughed so hard that several lines were lost.

The costumes, loud checks and clashing stripes from the late seventies, add to the fun, and the lighting turns \
the corridor from dawn to midnight in a few seconds whenever a new guest arrives.

Advertisement

Musically, though, the night belongs elsewhere: a brass quintet led by trumpeter Tomas Reyna plays jazz \
standards between scenes, with Odile Marchetti on trombone taking a slow, smoky solo before the interval.

Read more: City opera house to close for two years of repairs

Tickets cost between 18 and 45 dollars, and the run ends on 30 March; matinees on Sundays are cheaper for \
students and pensioners, and a signed programme comes free with every booking made before February.
"""
    reasons = _reasons(text)
    assert reasons["Musically, though, the night b"] == "body"
    assert reasons["Tickets cost between 18 and 45"] == "body"


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


@pytest.mark.parametrize("credit", ["© 2025 Jane Doe/Getty Images", "© 2025 Getty Images"])
def test_clean_a_dated_picture_credit_is_no_end_of_the_article(credit: str) -> None:
    # A dated picture credit is no copyright notice of the page: the "More from" box after it is set
    # inside the article, which resumes after it, not past the article's end.
    resumed = [
        "The port authority said work at the harbour terminal's north berth, where the crane collapsed, was "
        "suspended for the rest of Monday and that the injured dockworkers were in stable condition.",
        "Inspectors from the state safety board will examine the crane on Tuesday.",
        "The dockworkers' union said it had warned the port authority about the terminal's ageing cranes last year.",
    ]
    text = "\n\n".join([
        "Harbour crane collapse injures two dockworkers in Eastport",
        "Two dockworkers were injured on Monday when a container crane partly collapsed at the Eastport harbour "
        "terminal, the port authority said. Both men were taken to Eastport General Hospital.",
        "The port authority said the crane had passed an inspection in January and that an investigation into "
        "the collapse at the terminal had begun on Monday afternoon.",
        "Emergency crews closed the terminal gates for several hours while engineers made the crane safe, and "
        "ships waiting to unload were sent to anchor outside the harbour until the evening.",
        credit,
        "More from the Eastport Echo",
        "Night market returns to the harbour in May",
        "The popular night market will reopen with forty stalls and a new food court, organisers said.",
        "School bus route changes from next week",
        "Parents in the northern suburbs should check the new timetable...",
        resumed[0], "What happens next", resumed[1], "Union anger", resumed[2],
    ])
    doc = clean(RawDocument(id="t", source_path="t.txt", kind="text", content=text))
    kept = [p.text for p in doc.paragraphs if p.kept]
    assert all(p in kept for p in resumed)
    assert not any("night market" in p for p in kept)


COUNCIL_ARTICLE = """\
Council backs Mayor Okafor's plan for night buses in Ferrisburg

The Ferrisburg city council voted 7-2 on Tuesday to fund Mayor Grace Okafor's plan for night buses, which \
will run every 30 minutes between midnight and 5 a.m. on the six busiest routes from September.

Okafor said the buses would cost $4.2 million a year and serve shift workers at the hospital and the \
distribution centers along the river, who now rely on taxis after the last train.

Two council members voted against the plan, arguing that the money should go to repairing the city's \
bridges first. The transit agency said ridership would be reviewed after a year.

"People who keep this city running at night deserve a way home," Okafor told the council before the vote.

The first routes to get night service will be the hospital line, the airport line and the crosstown line, \
with drivers hired from the transit agency's reserve list and new shelters lit by solar panels at each stop.

© 2024 The Ferrisburg Courier. All rights reserved.

Jazz festival returns to the riverfront with 40 bands

The Riverside Jazz Festival returns in August with 40 bands over three days, its organisers said, after \
two years in which rain and a stage collapse cut it short. Okafor will open it on the Friday evening.

Storm knocks out power to 12,000 homes in the valley

High winds brought down trees and power lines across the valley on Sunday night, leaving 12,000 homes \
without electricity. The utility expects to restore power to most customers by Tuesday.
"""


def test_clean_stories_after_the_copyright_line_are_cut_even_when_they_share_a_name() -> None:
    # A teaser naming the article's mayor had kept both appended stories as article text.
    reasons = _reasons(COUNCIL_ARTICLE)
    assert reasons["Jazz festival returns to the r"] == "unrelated"
    assert reasons["The Riverside Jazz Festival re"] == "unrelated"
    assert reasons["Storm knocks out power to 12,0"] == "unrelated"
    assert reasons['"People who keep this city run'] == "body"


def test_clean_the_article_going_on_after_a_picture_credit_is_kept() -> None:
    # A photo credit with a year inside the story is no end of the article.
    text = COUNCIL_ARTICLE.split("© 2024")[0].replace(
        "Two council members", "Night bus on route 4 (© 2024 Ferrisburg Transit)\n\nTwo council members")
    reasons = _reasons(text)
    assert reasons["Two council members voted agai"] == "body"
    assert reasons['"People who keep this city run'] == "body"
    assert "unrelated" not in reasons.values()


def test_clean_stories_after_a_closing_source_link_are_cut() -> None:
    # "Source: https://..." kept as the article's last line had let the appended stories through.
    text = COUNCIL_ARTICLE.replace("© 2024 The Ferrisburg Courier. All rights reserved.", "Source: https://www.ferrisburgcourier.example/")
    reasons = _reasons(text)
    assert reasons["Jazz festival returns to the r"] == "unrelated"
    assert reasons["Storm knocks out power to 12,0"] == "unrelated"
    assert reasons['"People who keep this city run'] == "body"




def test_clean_a_story_whose_headline_went_with_a_more_from_box_is_cut() -> None:
    # The box took the teaser's headline and ended at its prose, which had stayed as article text.
    text = COUNCIL_ARTICLE.split("© 2024")[0] + """\
More from The Ferrisburg Courier

Jazz festival returns to the riverfront with 40 bands

The Riverside Jazz Festival returns in August with 40 bands over three days, its organisers said, after \
two years in which rain and a stage collapse cut it short.

Tickets go on sale in May at the box office and online, and children under twelve get in free on the \
Sunday afternoon concerts by the river.

The organisers said the main stage had been rebuilt with steel supports and would hold twice the crowd.
"""
    reasons = _reasons(text)
    assert reasons["The Riverside Jazz Festival re"] == "unrelated"
    assert reasons["The organisers said the main s"] == "unrelated"
    assert reasons["The first routes to get night "] == "body"


CLOSER_TEASERS = """\
Okafor names new police chief after months-long search

Mayor Grace Okafor on Friday named Deputy Chief Alan Brandt as Ferrisburg's police chief, ending a search \
that began when the former chief retired in the spring. Brandt has served in the department for 22 years.

Storm knocks out power to 12,000 homes in the valley

High winds brought down trees and power lines across the valley on Sunday night, leaving 12,000 homes \
without electricity. The utility expects to restore power to most customers by Tuesday.
"""


def test_clean_after_the_page_copyright_notice_even_a_teaser_on_the_same_mayor_is_cut() -> None:
    # After the page's own copyright notice nothing is the article: a teaser naming the mayor and the city
    # (closer to the article than most) is cut there, but not after a mere "Read more at" line.
    article = COUNCIL_ARTICLE.split("© 2024")[0]
    reasons = _reasons(article + "© 2024 The Ferrisburg Courier. All rights reserved.\n\n" + CLOSER_TEASERS)
    assert reasons["Mayor Grace Okafor on Friday n"] == "unrelated"
    assert reasons["High winds brought down trees "] == "unrelated"
    reasons = _reasons(article + "Read more at ferrisburgcourier.example\n\n" + CLOSER_TEASERS)
    assert reasons["Mayor Grace Okafor on Friday n"] == "body"
