"""Plain-text classifier on whole pages copied from a browser: menus, data lists, comment threads.

The texts are invented, shaped like the pages the `plaintext` evaluation renders.
"""

from __future__ import annotations

from newsfuse.clean import classify_paragraphs

ARTICLE = [
    "The city council voted on Tuesday to extend the downtown tram line by four kilometres, a project that has "
    "been debated for more than a decade and that supporters say will take thousands of cars off the road.",
    "The extension will cost about 310 million euros, most of it paid by the regional government, and is "
    "expected to open in 2028 if the construction work stays on schedule, the mayor told reporters after the vote.",
    "Opponents of the plan said that the money would be better spent on buses, which can be moved when the city "
    "changes, and they warned that the shops along the route would lose customers during the works.",
]


def _reasons(lines: list[str]) -> dict[str, str]:
    return dict(zip(lines, classify_paragraphs(lines)))


def test_long_menu_between_article_and_footer_note_is_dropped() -> None:
    menu = ["World", "Africa", "Americas", "Asia", "Europe", "Markets", "Tech", "Media", "Travel", "Style",
            "Sport", "Video", "Live TV"]
    footer = ("Most market data on this page is delayed by at least fifteen minutes, and all of the times "
              "shown are in the local time of the exchange unless it is stated otherwise in the table.")
    reasons = _reasons([*ARTICLE, *menu, footer])
    assert all(reasons[p] == "body" for p in ARTICLE)
    # The labels touching the prose could be its subheadings and are kept; the rest are menu.
    assert all(reasons[label] == "navigation" for label in menu[1:-1])


def test_short_run_inside_article_is_kept() -> None:
    inner = ["What happens next", "Tram timetable", "Route map"]
    lines = [ARTICLE[0], *inner, ARTICLE[1], ARTICLE[2]]
    reasons = _reasons(lines)
    assert all(reasons[p] == "body" for p in lines)


def test_schedule_closing_the_article_is_kept() -> None:
    schedule = [
        "June 9 -- Riverside Amphitheatre, Springfield, IL",
        "June 12 -- Harbour Arena, Portland, ME",
        "June 14 -- Lakeside Pavilion, Madison, WI",
        "July 2 -- Civic Center, Dayton, OH",
    ]
    lines = [*ARTICLE, "The tour dates:", *schedule, "Share", "Facebook", "Twitter"]
    reasons = _reasons(lines)
    assert all(reasons[p] == "body" for p in [*ARTICLE, "The tour dates:", *schedule])
    assert reasons["Facebook"] != "body"


def test_section_rules_and_cited_links_inside_the_article_are_kept() -> None:
    lines = [
        ARTICLE[0], "___", "WHO PAYS?", ARTICLE[1],
        "https://www.example-council.org/minutes/2024-03-05-tram.html", ARTICLE[2],
    ]
    reasons = _reasons(lines)
    assert all(r == "body" for r in reasons.values())


def test_list_closing_the_article_is_kept_but_footer_links_are_not() -> None:
    items = [
        "a new stop every four hundred metres along the river",
        "trams every six minutes at the busiest hours of the day",
        "free parking at the two park-and-ride sites on the ring road",
    ]
    links = ["Privacy Policy", "Terms of Use", "Contact Us"]
    lines = [*ARTICLE, "The plan includes:", *items, "Advertisement", *links]
    reasons = _reasons(lines)
    assert all(reasons[item] == "body" for item in items)
    assert all(reasons[link] != "body" for link in links)


def test_comment_thread_after_the_article_is_dropped() -> None:
    thread = [
        "3 thoughts on “Council extends tram line”",
        "riverside_rob says:",
        "About time. I have been waiting for this tram since my kids were in school, and now they drive.",
        "Maria Keller says:",
        "The buses would have been cheaper and quicker, and nobody asked the people who live on the route.",
    ]
    reasons = _reasons([*ARTICLE, *thread])
    assert all(reasons[p] == "body" for p in ARTICLE)
    assert all(reasons[p] == "comment" for p in thread)


def test_commenter_lines_without_heading_start_the_thread() -> None:
    thread = []
    for name in ("tramfan88", "Jo Baker", "oldtowner"):
        thread += [f"{name} says:", "I think the council got this one right, even if the works will be a pain for a year."]
    reasons = _reasons([*ARTICLE, *thread])
    assert all(reasons[p] == "body" for p in ARTICLE)
    assert all(reasons[p] == "comment" for p in thread)


def test_quoted_statements_are_not_a_comment_thread() -> None:
    quotes = [
        "The mayor says:",
        "“This is the most important transport decision the city has taken in a generation, and we will get it done.”",
        "The mayor says:",
        "“Nobody will lose their shop because of the works; we have set aside money to help every owner on the route.”",
        "The mayor says:",
        "“We will publish the timetable for the works in the spring, street by street, so people can plan ahead.”",
    ]
    reasons = _reasons([*ARTICLE, *quotes])
    assert "comment" not in reasons.values()
    assert all(reasons[q] == "body" for q in quotes if q.startswith("“"))
