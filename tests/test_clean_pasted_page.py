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


MORE_ARTICLE = [
    "Work on the first section is due to start next spring, and the council has asked the contractor to keep "
    "at least one lane of the ring road open in each direction while the rails are laid across it.",
    "Residents of the northern districts, who today need two buses to reach the centre, welcomed the decision "
    "and said that a direct tram would cut their daily commute by about twenty minutes each way.",
    "The regional transport authority will publish the final timetable once the trial runs on the new "
    "section are finished, which the council expects to happen in the autumn before the line opens.",
]


def test_article_resumes_after_a_related_box_with_new_vocabulary() -> None:
    # A "Related articles" box inside the story; the article goes on about other aspects of the
    # same story, sharing little vocabulary with its first paragraphs: a run of prose ends the box.
    box = ["Related articles", "Mayor defends the cost of the tram extension", "Bus drivers threaten strike"]
    lines = [*ARTICLE, *box, *MORE_ARTICLE]
    reasons = _reasons(lines)
    assert all(reasons[p] == "more-from" for p in box)
    assert all(reasons[p] == "body" for p in ARTICLE + MORE_ARTICLE)


def test_teaser_list_with_truncated_headlines_is_not_taken_for_the_article() -> None:
    teasers = [
        "Latest headlines",
        "Storm closes the harbour for a third day as wind speeds reach a record for the month of...",
        "Local bakery wins the national prize for its rye bread after judges praised the crust and...",
        "Schools in the valley will close early on Friday because the heating system has broken...",
    ]
    reasons = _reasons([*ARTICLE, *teasers])
    assert all(reasons[p] == "body" for p in ARTICLE)
    assert all(reasons[p] == "more-from" for p in teasers)


def test_cookie_banner_comment_form_and_gallery_chrome_are_dropped() -> None:
    chrome = {
        "This website uses cookies to improve your experience. We'll assume you're ok with this.": "notice",
        "Necessary cookies are absolutely essential for the website to function properly.": "notice",
        "Save my name, email, and website in this browser for the next time I comment.": "notice",
        "Your email address will not be published. Required fields are marked *": "notice",
        "The best science stories of the week, delivered to your inbox.": "notice",
        "The Daily Courier may earn a commission from purchases made through links on this page.": "notice",
        "Image 3 of 12": "caption",
        "Back to Gallery": "notice",
        "Jane Smith Submitted photo": "credit",
        "Read Later": "navigation",
        "Posted by Anna Berg on November 19, 2019, 6:21 AM EST": "dateline-meta",
    }
    reasons = _reasons([*ARTICLE, *MORE_ARTICLE, *chrome])
    assert all(reasons[p] == "body" for p in ARTICLE + MORE_ARTICLE)
    for line, reason in chrome.items():
        assert reasons[line] == reason, line


def test_article_sentences_about_cookies_and_newsletters_are_kept() -> None:
    lines = [
        *ARTICLE,
        "The bakery, which says it uses cookies from a family recipe, told reporters that sales doubled last year.",
        "Regulators said that the website uses cookies to track visitors without asking them first, and fined it.",
        *MORE_ARTICLE,
    ]
    reasons = _reasons(lines)
    assert all(reasons[p] == "body" for p in lines)


def test_table_of_figures_without_prose_around_it_is_kept() -> None:
    # A standings page: the article is the table, copied as one line per row between a site
    # menu and a sidebar; there is no prose next to it for the context pass to join it to.
    menu = ["Home", "Results", "Standings", "Calendar", "Drivers", "Teams", "Videos", "Podcast", "Contact"]
    table = ["Final standings after 36 races:", "Pos. Driver Points Wins Poles",
             *[f"{k} Driver Number{k} {5100 - 40 * k} {k % 4} {k % 3}" for k in range(1, 13)]]
    sidebar = ["Most read", "Title fight goes to the last lap", "Rookie of the year named"]
    reasons = _reasons([*menu, *table, *sidebar])
    # The header row, the first heading-like line of the page, may be read as its title.
    assert reasons[table[1]] in ("body", "title")
    assert all(reasons[row] == "body" for row in table[:1] + table[2:])
    assert all(reasons[label] != "body" for label in menu)


def test_ranked_headline_list_is_not_a_table() -> None:
    ranked = [f"{k} Storm closes the harbour as the wind reaches {k + 60} km/h" for k in range(1, 7)]
    reasons = _reasons([*ARTICLE, "Most read", *ranked])
    assert all(reasons[p] == "body" for p in ARTICLE)
    assert all(reasons[line] != "body" for line in ranked)


# A story with a box of links set inside it ("Related", "More on this story"): the article goes
# on after the box, about other sides of the same event, with little of its opening vocabulary.
BRIDGE_TITLE = "Old Mill bridge closed after divers find cracks in its piers"
BRIDGE = [
    "Engineers closed the Old Mill bridge over the River Wend on Monday after divers found cracks in two of "
    "its stone piers, cutting the main road between Ashford and the northern villages.",
    "The county's highways department said the bridge would stay shut to all traffic, including cyclists and "
    "people on foot, until a full structural survey had been carried out later this month.",
    "Divers had been sent down after a fisherman reported loose stones near the base of the second pier, "
    "which was last repaired in the 1970s, a spokesman for the department said.",
]
BRIDGE_MORE = [
    "Bus operators said their routes from the villages would take about forty minutes longer while the bridge "
    "is shut and drivers use the ring road, and the school board asked parents to allow extra time.",
    "Shopkeepers in the market square, who rely on customers from across the water, fear a long closure "
    "before Christmas. “We had a quiet summer already,” said Maria Lund, who runs a bakery there.",
    "A temporary footbridge could be put up within three weeks, according to a council report seen by the "
    "Gazette, but it would not carry cars or delivery vans.",
    "The county has not said how much the repairs will cost. An inspection in 2019 rated the piers as fair "
    "and recommended another survey within five years, which was never carried out.",
]
BRIDGE_BOX = [
    "Related stories",
    "Council approves budget for road repairs across the county",
    "Police appeal for witnesses after lorry crash on the ring road",
    "Ashford named among the best small towns to live in",
]


def test_a_comment_count_under_the_lead_does_not_end_the_article() -> None:
    # "12 Comments" under the first paragraph is a link in the page header, not the comment
    # section after the story: the box after it must not take the rest of the article.
    lines = [BRIDGE_TITLE, BRIDGE[0], "12 Comments", *BRIDGE_BOX, *BRIDGE_MORE]
    reasons = _reasons(lines)
    assert all(reasons[p] == "body" for p in [BRIDGE[0], *BRIDGE_MORE])
    assert all(reasons[p] != "body" for p in BRIDGE_BOX)


def test_a_photo_credit_inside_the_story_does_not_end_the_article() -> None:
    # A "© agency" picture credit after three paragraphs reads like the page's copyright line; a
    # run of prose after the box still resumes the article.
    box = ["More on this story", *BRIDGE_BOX[1:]]
    lines = [BRIDGE_TITLE, *BRIDGE, "© Jane Doe / Reuters", *box, *BRIDGE_MORE]
    reasons = _reasons(lines)
    assert all(reasons[p] == "body" for p in [*BRIDGE, *BRIDGE_MORE])
    assert all(reasons[p] == "more-from" for p in box)


def test_other_local_stories_after_the_copyright_line_stay_dropped() -> None:
    # Past the page's copyright line, teasers of other local stories name the same town and river;
    # they come one at a time between headlines, so no run of prose resumes the article.
    teasers = [
        "More from the Ashford Gazette",
        "Ashford market hall to reopen after repairs",
        "The market hall by the River Wend will reopen in March after a year of repairs to its roof, the council said.",
        "Anglers report record salmon numbers on the Wend",
        "Anglers on the River Wend near Ashford say this has been the best season for salmon in twenty years.",
    ]
    lines = [BRIDGE_TITLE, *BRIDGE, *BRIDGE_MORE, "© 2025 The Ashford Gazette. All rights reserved.", *teasers]
    reasons = _reasons(lines)
    assert all(reasons[p] == "body" for p in [*BRIDGE, *BRIDGE_MORE])
    assert all(reasons[p] == "more-from" for p in teasers)


def test_short_lines_of_text_above_the_resumed_article_are_kept() -> None:
    # The article resumes with a subheading and a one-line paragraph before its prose: they are
    # running text (a question, a full stop), not headlines of the box.
    inner = ["Why were the piers not checked?", "Nobody was hurt."]
    lines = [BRIDGE_TITLE, *BRIDGE, *BRIDGE_BOX, *inner, *BRIDGE_MORE]
    reasons = _reasons(lines)
    assert all(reasons[p] == "body" for p in [*BRIDGE, *inner, *BRIDGE_MORE])
    assert all(reasons[p] != "body" for p in BRIDGE_BOX)


def test_the_lead_above_a_long_related_box_is_kept() -> None:
    # A box of five long headlines parts the lead from the rest of the story; the lead is not a
    # block of prose far from the article.
    box = [
        "Most read",
        "Council approves a budget of twelve million pounds for road repairs across the county next year",
        "Police appeal for witnesses after a lorry overturned on the ring road near the Ashford retail park",
        "Ashford has been named among the best small towns to live in by a national property website",
        "Residents of the northern villages say the new bus timetable leaves them without an evening service",
        "Plans for a solar farm on the edge of the town go on display at the library until the end of May",
    ]
    lines = [BRIDGE_TITLE, BRIDGE[0], *box, *BRIDGE[1:], *BRIDGE_MORE]
    reasons = _reasons(lines)
    assert all(reasons[p] == "body" for p in [*BRIDGE, *BRIDGE_MORE])
    assert all(reasons[p] != "body" for p in box)


def test_the_last_paragraphs_after_a_box_before_the_copyright_line_are_kept() -> None:
    lines = [BRIDGE_TITLE, *BRIDGE, *BRIDGE_BOX, *BRIDGE_MORE[2:], "© 2025 The Ashford Gazette. All rights reserved."]
    reasons = _reasons(lines)
    assert all(reasons[p] == "body" for p in [*BRIDGE, *BRIDGE_MORE[2:]])
    assert all(reasons[p] != "body" for p in BRIDGE_BOX)
