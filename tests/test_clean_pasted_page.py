"""Plain-text classifier on whole pages copied from a browser: menus, data lists, comment threads.

The texts are invented, shaped like the pages the `plaintext` evaluation renders.
"""

from __future__ import annotations

import pytest

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
        "Save my name and email in this browser for the next time I comment.": "notice",
        "Your email address will not be published. Required fields are marked *": "notice",
        "The best science stories of the week, delivered to your inbox.": "notice",
        "The Daily Courier may earn a commission from purchases made through links on this page.": "notice",
        "Image 3 of 12": "caption",
        "Slideshow (2 Images)": "caption",
        "Back to Gallery": "notice",
        "Jane Smith Submitted photo": "credit",
        "Read Later": "notice",
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


def test_a_box_of_bare_headlines_ends_at_the_next_whole_paragraph() -> None:
    # A gift guide goes on after a box of three bare headlines as a list of products: short lines
    # and one long paragraph each, never three paragraphs in a row, sharing few words with the lead.
    intro = [
        "Every autumn our reviewers cook their way through dozens of new kitchen gadgets, from smart scales to "
        "pressure cookers, and most of them end up at the back of a cupboard within a month.",
        "A few earn their place on the counter. These are the ones we kept using after the testing was over, "
        "listed in no particular order, with the price we paid for each.",
    ]
    box = ["More stories", "City council delays vote on new bus depot", "Flooded underpass reopens after three weeks",
           "Local bakery wins national bread award"]
    products = [
        "Our testers weighed flour, coffee beans and a baby's bottle on this slim scale, and it never drifted by "
        "more than a gram. The display is large enough to read with wet glasses, and the battery lasted all year.",
        "Beans that usually need an overnight soak were ready in forty minutes, and the lid locks with a reassuring "
        "click. It is heavy, but the steel pot goes straight into the dishwasher, which most rivals do not allow.",
    ]
    lines = ["The best kitchen gadgets we tested this year", *intro, *box,
             "Brightline", "Brightline digital kitchen scale for $35", "See it at Homeware Hub", products[0],
             "Korvel", "Korvel six-litre pressure cooker for $89", "See it at Homeware Hub", products[1],
             "Share this article"]
    reasons = _reasons(lines)
    assert all(reasons[p] == "body" for p in [*intro, *products])
    assert all(reasons[p] == "more-from" for p in box)


def test_two_boxes_in_a_row_do_not_swallow_the_paragraphs_between_them() -> None:
    between = [
        "Some of the demonstrators have slept in the reading rooms since Sunday, bringing sleeping bags and "
        "camping stoves.",
        "Several lecturers have joined them, cancelling seminars and holding open lessons on the lawn outside, "
        "where volunteers serve soup from a trestle table every evening.",
    ]
    after = [
        "The student union president, Dara Quist, said the occupation would last until the governing board "
        "withdrew the plan, and called on the vice-chancellor to meet the students in person.",
        "The board is due to meet on Thursday. A spokesman said it would listen to every side before any decision "
        "on the fees was taken, and that the library would reopen as soon as possible.",
        "Quist said the students had no intention of damaging the collection, and that they had asked librarians "
        "to show them how to handle the oldest books safely.",
    ]
    lines = [
        "Students occupy campus library as protests enter third week",
        "Hundreds of students occupied the main library of Eastgate University on Sunday night, the latest turn in "
        "three weeks of protests against a plan to double tuition fees for overseas students.",
        "University officials said classes would continue in other buildings, and warned that the occupation put "
        "rare manuscripts held in the library at risk.",
        "Related articles", "Eastgate fee rise: what the plan means for you",
        "Protesters march through city centre for second weekend",
        *between,
        "Read more:", "Football club appoints new coach after cup defeat", "New ferry timetable cuts winter crossings",
        *after,
    ]
    reasons = _reasons(lines)
    assert all(reasons[p] == "body" for p in [*between, *after])
    assert reasons["Football club appoints new coach after cup defeat"] != "body"


def test_buttons_and_picture_credits_above_the_resumed_article_do_not_hide_its_paragraph() -> None:
    box = [
        "Most read", "Storm damage closes coastal railway for a week",
        "Engineers say the line between Arden and Calloway will reopen next Monday at the earliest, but the...",
        "Hospital waiting times fall for the first time in two years",
        "Figures published on Friday show the average wait for a planned operation fell by nine days, and...",
    ]
    lines = [
        "Old river bridge to reopen to cyclists after repairs",
        "The Elm Street bridge over the river Tarn will reopen to cyclists and pedestrians next month, the county "
        "engineer said on Wednesday, two years after cracks in its arches forced it to close.",
        "Repairs to the Victorian bridge cost 2.4 million pounds, more than twice the first estimate, because the "
        "stone used in the arches had to be cut at a quarry in the north of the county.",
        *box,
        "Motor traffic, however, will stay banned for good.",
        "Image Copyright Tarn Valley Council",
        "Close",
        "The county council voted in 2023 to keep cars off the bridge once it reopened, saying the arches could not "
        "carry the weight of modern vehicles without further work.",
        "Shopkeepers on Elm Street had asked for a quicker reopening, saying they lost customers from the far bank "
        "of the river while the crossing was closed.",
        "The engineer said a plaque recording the repairs would be unveiled at the reopening ceremony.",
    ]
    reasons = _reasons(lines)
    assert reasons["Motor traffic, however, will stay banned for good."] == "body"
    assert reasons["Image Copyright Tarn Valley Council"] == "credit"
    assert all(reasons[p] != "body" for p in box)


def test_a_table_after_a_box_inside_the_story_is_kept() -> None:
    table = [
        "Final standings after 12 races:",
        "Pos. Driver Points Wins Poles",
        "1 Mia Harper 412 4 3",
        "2 Leo Brandt 407 3 5",
        "3 Sara Quint 388 2 1",
        "4 Tom Okafor 351 1 2",
        "5 Ravi Menon 340 1 0",
        "6 Anna Kowal 322 1 1",
    ]
    box = ["Most read", "Council approves new cycle lanes on Mill Road", "Police appeal for witnesses after warehouse fire"]
    lines = [
        "Harper clinches the regional karting title in the final race",
        "Seventeen-year-old Mia Harper won the regional karting championship on Sunday, finishing second in the "
        "season's last race at the Dunmore circuit to hold off her team-mate by five points.",
        "Harper, who started racing at the age of nine, said the title was the reward for a season of early mornings "
        "and long drives, and thanked her father, who has been her mechanic since the beginning.",
        *box, *table,
        "The championship resumes in April with the first of eleven rounds at the new Calder Park circuit.",
        "Harper will move up to the national series next year, where she will race for the Dunmore Motor Club.",
    ]
    reasons = _reasons(lines)
    assert all(reasons[p] == "body" for p in table)
    assert all(reasons[p] == "more-from" for p in box)


def test_a_latest_link_in_the_menu_does_not_take_an_article_in_japanese() -> None:
    # "Latest" in the site menu opens a "More from" block; Japanese prose has no spaces, so the rules
    # never see it resume. A block with no article before it and none after it took the article.
    article = [
        "雨の日に自転車に乗ると、チェーンに泥や砂が付いて動きが重くなります。そのままにしておくと、ギアがすり減って修理代が高くつくこともあります。",
        "今回は、家にある道具だけでチェーンを掃除する手順を紹介します。",
        "まず古い布を用意し、ペダルを逆に回しながらチェーン全体を軽く拭きます。",
        "次に中性洗剤を薄めた水を歯ブラシに付けて、一つ一つのコマをこすります。",
        "最後によく乾かしてから、専用のオイルを少しずつ差して完了です。",
    ]
    lines = ["Home", "Latest", "Tech", "Life", "自転車のチェーンを自分で掃除する方法", "2021-05-10", *article]
    reasons = _reasons(lines)
    assert all(reasons[p] == "body" for p in article)
    assert reasons["Latest"] == "more-from"


def test_a_list_introduced_by_a_colon_at_the_end_of_the_article_is_kept() -> None:
    items = [
        "Seed packets for twelve kinds of vegetables that grow well in small gardens",
        "A booklet on composting kitchen waste without attracting rats",
        "Vouchers for two free workshops at the community garden in spring",
    ]
    lines = [
        "Library starts lending seeds to local gardeners",
        "The central library in Ashford has started lending seeds, the first library in the county to do so, "
        "and gardeners who borrow them are asked to return seeds from their own harvest in the autumn.",
        "More than 300 people signed up in the first week, the head librarian said, far more than the staff had "
        "expected when the idea was first discussed at a reading group last year.",
        "The Ashford Seed Library Kit:",
        *items,
        "Privacy policy", "Contact us", "Site map",
    ]
    reasons = _reasons(lines)
    assert all(reasons[p] == "body" for p in ["The Ashford Seed Library Kit:", *items])
    assert reasons["Site map"] != "body"


def test_three_labels_inside_a_long_list_after_the_prose_are_kept() -> None:
    def day(n: int, km: int, inn: str) -> list[str]:
        return [f"On day {n}, walk {km} km along the river path to the {inn} inn for lunch.",
                f"The afternoon stage from the {inn} inn is shorter, with a swim stop."]

    labels = ["Rest Day Options", "Valley Boat Trips", "Castle Garden Tours"]
    lines = [
        "A week of easy walking in the Tarn valley",
        "The Tarn valley is one of the gentlest places in the region to walk, and a week is enough to see most of it "
        "without ever climbing more than a few hundred metres in a day, even with children in tow.",
        "We walked it in May with two friends and a dog, sleeping in village guesthouses that cost between 60 and 90 "
        "euros a night, and the plan below is the one we would follow again.",
        "Each day starts and ends in a village with a shop, so there is no need to carry more than a small rucksack.",
        *day(1, 12, "Mill"), *day(2, 9, "Bridge"), *day(3, 8, "Weir"), *day(4, 10, "Lock"),
        *labels,
        *day(5, 14, "Ferry"), *day(6, 11, "Orchard"),
        "Cookie settings", "Advertise with us",
    ]
    reasons = _reasons(lines)
    assert all(reasons[p] == "body" for p in labels)
    assert reasons["Cookie settings"] != "body"


DEALS_LEAD = (
    "Our testers spent three months cooking with the newest air fryers on the market, and the best of them now "
    "cost less than they did a year ago, so this is a good week to replace the old fryer in your kitchen.",
    "We judged each air fryer on how evenly it crisps frozen chips, how loud it is and how easy its basket is to "
    "clean, and we checked the prices at the big stores every morning this week.",
)
DEALS_ITEMS = [
    "Crispwell Duo 6", "The quietest air fryer we tested, with two baskets for chips and fish.",
    "$89.99 at Amazon", "Buy now",
    "Heatbox Mini", "A small air fryer that crisps frozen chips evenly in twelve minutes.",
    "$49.99 at Walmart", "Buy now",
    "Ovenly Pro XL", "The basket is large enough for a whole chicken and easy to clean.",
    "See at Target",
    "Fryday 4", "Cheap and loud, but the chips came out crisp in every test.",
    "$39.99 at Amazon",
]


def test_a_deals_list_after_the_lead_is_kept_with_its_prices() -> None:
    chrome = ["Share", "Facebook", "Twitter", "Home", "Reviews", "Kitchen", "Garden", "About us", "Contact",
              "Privacy policy", "Terms of use",
              "Readers who buy through the links on this page support the site, and our reviews are never paid for "
              "by the makers of the products that we test in our kitchen."]
    reasons = _reasons([*DEALS_LEAD, *DEALS_ITEMS, *chrome])
    assert [p for p in DEALS_ITEMS if reasons[p] != "body"] == []
    assert all(reasons[label] != "body" for label in ["Facebook", "Home", "Reviews", "Garden", "Terms of use"])


def test_headlines_of_other_stories_after_the_lead_are_not_taken_for_a_list() -> None:
    others = ["Most read", "Election results: the mayor keeps her seat by a small margin",
              "Storm closes the harbour for the second time this month",
              "The football club signs a young striker from the north",
              "Home", "Sport", "Weather"]
    reasons = _reasons([*DEALS_LEAD, *others])
    assert all(reasons[p] != "body" for p in others[1:])


def test_prose_in_a_script_without_spaces_is_read_as_prose_among_menus() -> None:
    # Chinese has no spaces between words: each character counts as a token for the density of
    # function words and weighs as a short word towards length, and "。" ends a sentence.
    menu = ["首页", "新闻", "体育", "财经", "科技", "旅游", "美食", "登录", "注册"]
    article = [
        "今年春天，我们在城市东边的小山上种了两百棵苹果树，希望几年以后附近的孩子们可以在这里学习怎么照顾果树。"
        "为了让树苗长得好，志愿者们每个周末都会来浇水、除草，还会把落叶收集起来做成肥料。",
        "负责这个项目的老师说，最难的是夏天的干旱，因为山上没有水管，所有的水都要用车从山下运上来。"
        "后来大家想了一个办法，在山顶放了几个大水桶，下雨的时候就可以把雨水存起来。",
        "到了秋天，第一批树已经长到了一米多高，有几棵甚至开了花。孩子们非常高兴，每个人都给自己种的树起了名字。",
    ]
    others = ["相关文章", "城市公园将在五月开放新的儿童游乐区", "本周末天气晴朗适合外出", "图书馆推出夜间阅读活动",
              "关于我们", "联系我们", "隐私政策"]
    reasons = _reasons([*menu, "山上的苹果树", *article, *others])
    assert all(reasons[p] == "body" for p in article)
    assert all(reasons[p] != "body" for p in [*menu[1:], *others[1:]])


def test_a_list_of_facts_under_a_one_line_lead_is_kept_without_prose_around_it() -> None:
    # No paragraph of the article is long prose, so the context pass sees nothing to anchor it; the
    # only long prose is the footer's. The list's items share their words and end like sentences.
    facts = [
        "The harbour bridge will close to cars for six weeks from Monday.",
        "Buses will cross the harbour on the old ferry road during the closure.",
        "Cyclists and walkers can still use the bridge at night.",
        "The harbour ferry will run every ten minutes instead of every half hour.",
        "Repairs to the bridge cost the city about four million euros.",
        "The bridge last closed for repairs in 2009.",
    ]
    lines = [
        "Home", "News", "Sport", "Weather",
        "Harbour bridge to close for six weeks",
        "What drivers need to know:", *facts,
        "Most read", "Election results: the mayor keeps her seat", "Storm closes the airport",
        "Contact us", "Privacy",
        "This website is run by a small team of volunteers who have reported on the town since 1998, and every "
        "story on it can be reused by other local papers as long as they name the author and link back to us.",
    ]
    reasons = _reasons(lines)
    assert all(reasons[p] == "body" for p in facts)
    assert all(reasons[p] != "body" for p in ["News", "Sport", "Election results: the mayor keeps her seat"])


def test_a_second_store_line_under_a_deal_is_kept() -> None:
    deals = [
        "Price Drop: Heatbox Mini Air Fryer for $49 (Originally $79)",
        "The smallest air fryer we tested is at its lowest price this year, and it still crisps frozen chips "
        "evenly in twelve minutes, which is why it stays our pick for a kitchen with little room.",
        "Get it at Amazon for $49", "Also at Walmart",
        "Ovenly Pro XL for $129, Plus a Free Baking Tray",
        "The basket of this air fryer is large enough for a whole chicken, and the free tray makes it a good deal "
        "for a family that cooks for four or more people every evening of the week.",
        "Get it at Target for $129", "Also at Best Buy",
    ]
    reasons = _reasons([*DEALS_LEAD, *deals, "Share", "Facebook", "Twitter"])
    assert all(reasons[p] == "body" for p in deals)


def test_a_numbered_list_of_names_and_short_notes_without_prose_is_kept() -> None:
    # Each item is a numbered name line over a note that is no sentence: the numbers give the list
    # its shape, where a box of headlines has none.
    items = [
        "1. Harbour Bridge", "closed to cars for six weeks from Monday",
        "2. Old Ferry Road", "buses to the harbour will use it during the closure",
        "3. Night Crossings", "cyclists and walkers can still cross the bridge at night",
        "4. Harbour Ferry", "every ten minutes instead of every half hour until the bridge opens",
        "5. Repair Bill", "about four million euros for the bridge and the ferry road",
        "6. Last Closure", "the bridge was last closed for repairs in 2009 for a month",
    ]
    lines = [
        "Home", "News", "Sport", "Weather",
        "Harbour bridge closure: six things to know",
        *items,
        "Most read", "Election results: the mayor keeps her seat", "Storm closes the airport",
        "Contact us", "Privacy",
        "This website is run by a small team of volunteers who have reported on the town since 1998, and every "
        "story on it can be reused by other local papers as long as they name the author and link back to us.",
    ]
    reasons = _reasons(lines)
    assert all(reasons[p] == "body" for p in items)
    assert all(reasons[p] != "body" for p in ["News", "Sport", "Election results: the mayor keeps her seat"])


def test_a_numbered_list_after_the_lead_is_kept_whatever_words_its_notes_use() -> None:
    items = [
        "1. Gravel Trail", "loose stones near the quarry, take care with children",
        "2. Beech Wood", "shade all afternoon and a spring with drinking water",
        "3. Chapel Ridge", "views to the coast on a clear day, windy in autumn",
        "4. Miller's Pond", "ducks, benches and a kiosk open at weekends",
        "5. Old Rail Line", "flat and wide enough for prams and bicycles",
    ]
    lines = [ARTICLE[0], ARTICLE[1], *items, "Share", "Facebook", "Twitter", "Home", "Sport"]
    reasons = _reasons(lines)
    assert all(reasons[p] == "body" for p in items)
    assert all(reasons[p] != "body" for p in ["Facebook", "Home", "Sport"])


def test_a_trending_menu_above_a_numbered_list_does_not_take_the_list() -> None:
    # "Trending" opens a "More from" block; a numbered list of names with notes ends it, while a box of
    # numbered headlines (one line each) is no such list.
    items = [
        "1. Gravel Trail", "loose stones near the quarry, take care with children",
        "2. Beech Wood", "shade all afternoon and a spring with drinking water",
        "3. Chapel Ridge", "views to the coast on a clear day, windy in autumn",
        "4. Miller's Pond", "ducks, benches and a kiosk open at weekends",
        "5. Old Rail Line", "flat and wide enough for prams and bicycles",
        "6. Lighthouse Steps", "two hundred steps down to the beach, closed in storms",
    ]
    box = ["Most read", "1. Mayor keeps her seat", "2. Storm closes the airport", "3. New striker for the club",
           "4. School roof repaired", "5. Bakery wins a prize"]
    lines = [
        "Home", "Trending", "Elections", "Weather", "Six walks around the bay", "Our readers picked these.",
        *items,
        "All of these walks start from a car park with a bus stop, and the harbour office lends maps to anyone "
        "who asks for one at the desk.",
        *box, "Contact us", "Privacy",
    ]
    reasons = _reasons(lines)
    # (The last name line is taken for the page's title, with no prose above it.)
    assert all(reasons[p] == "body" for p in items[:10])
    assert all(reasons[p] != "body" for p in box)


def test_long_sidebar_of_teaser_headlines_does_not_outweigh_the_article() -> None:
    # A tabloid page: the story, its share bar and comment count, then a sidebar of a hundred
    # celebrity teasers, each a long headline with no full stop. By characters the sidebar is
    # the biggest block of the page; by sentences the story is.
    teasers = [
        "Former weather presenter Anna Berg unveils a dramatic kitchen makeover at her Cotswolds cottage, complete "
        "with a copper range cooker, reclaimed oak beams and a larder she says took builders eleven months to finish",
        "Premier League striker Carl Dunn tells magistrates he believed the limit was ninety kilometres rather than "
        "miles per hour when police stopped his sports car near Stockport in the early hours of a wet Sunday",
        "Reality television favourite Eva Frost shares candid snaps of her postpartum figure alongside newborn twins "
        "Lily and Rose, urging followers to ignore airbrushed images and celebrate what mothers actually look like",
        "Veteran rock guitarist Gil Hart, seventy-three, cancels remaining European tour dates following emergency "
        "surgery on his left hand, promising devoted fans refunds and rescheduled concerts next spring in Dublin",
        "Soap actress Ida Jones breaks her silence over dramatic exit from the cobbled street drama, revealing "
        "producers gave just four days notice before filming the explosive scene that ended a beloved character",
        "Hollywood heartthrob Kim Lowe surprises diners at a tiny Cornish fish restaurant, posing happily for "
        "selfies with waiters and leaving an enormous tip that the delighted owners plan to frame above the bar",
        "Olympic gymnast Max Nash announces retirement aged twenty-nine after persistent ankle injuries, thanking "
        "coaches, physiotherapists and supporters who cheered through three Games and two world championships",
        "Chat show host Ola Park apologises on air after guest's offensive remark about nurses sparked thousands "
        "of complaints to broadcasting regulator Ofcom within hours of Tuesday evening's episode being broadcast",
        "Supermodel Pia Quinn launches sustainable swimwear range made entirely from recycled fishing nets, "
        "modelling bold geometric prints during a sunset photoshoot on a remote Caribbean island beach",
        "Celebrity chef Rex Stone reveals a crippling gambling addiction almost cost him three restaurants, "
        "describing sleepless nights hiding mounting debts from his wife and business partners for nearly a decade",
    ]
    chrome = ["Share or comment on this article:", "e-mail", "845", "shares", "Advertisement", "Follow us",
              "Terms of use", "Privacy policy", "Contact us", "Newsletter", "Archive", "Video", "Travel",
              "Sign in to your account to save stories and follow the topics you care about most",
              "Weather: Thursday 7PM 6°C 10PM 7°C 5-Day Forecast for London and the South East",
              "Get the best of our journalism delivered to your inbox every morning, free of charge",
              "Download the app for breaking news alerts on your phone and tablet, wherever you are"]
    lines = [*ARTICLE, *chrome, *teasers]
    reasons = _reasons(lines)
    assert all(reasons[p] == "body" for p in ARTICLE)
    assert sum(reasons[t] == "body" for t in teasers) < len(teasers) / 2


def test_a_dont_miss_link_above_a_deals_list_does_not_take_the_list() -> None:
    # A deals roundup: two paragraphs, a "Don't Miss:" link to another story, then the products,
    # each a name, a few spec lines, a price and a store button. A box of links lists headlines,
    # never prices: the block ends after its heading instead of running over the whole list.
    lead = [
        "Black Friday is still a week away, but Amazon has already cut prices on the kitchen gadgets our readers "
        "ask about most: the Instant Pot pressure cooker, a Ninja air fryer, the KitchenAid stand mixer and more.",
        "We picked the deals below from dozens of listings, checking each price against its history so that you "
        "do not pay more next week for a mixer, cooker or coffee grinder that is cheaper today at Amazon.",
    ]
    products = []
    for name, spec, price in [("Instant Pot Duo 7-in-1 Electric Pressure Cooker", "6 quart, stainless steel", "$59.99"),
                              ("Ninja AF101 Air Fryer", "4 quart capacity, dishwasher safe basket", "$69.99"),
                              ("KitchenAid Classic Stand Mixer", "4.5 quart bowl, 10 speeds", "$199.99"),
                              ("Cuisinart Coffee Grinder", "stainless steel blades, holds 14 cups", "$29.95")]:
        products += [name, spec, "Free shipping on orders over $25", price, "Buy now at Amazon"]
    lines = [*lead, "Don't Miss:", "Ten hidden features of your new phone", *products,
             "More from Deals", "Today's best TV deals under $300", "Copyright 2019 Example Media. All rights reserved."]
    reasons = dict(zip(lines, classify_paragraphs(lines, learned=False)))
    assert all(reasons[p] == "body" for p in lead)
    # The products are no box of other stories (whether the other rules keep each line is theirs to say).
    assert not any(reasons[p] == "more-from" for p in products)
    assert reasons["Don't Miss:"] == "more-from" and reasons["Today's best TV deals under $300"] == "more-from"


def test_paywall_app_letters_and_disclosure_notices_are_dropped() -> None:
    notices = [
        "To view the full story, please subscribe to The Valley Courier. You can choose an annual plan or a weekly pass.",
        "If you're seeing this message but you're already a subscriber, you can log in for immediate access to this story.",
        "For the latest stories and breaking news updates download the Courier apps for iOS and Android.",
        "We want to hear what you think about this article. Submit a letter to the editor or write to letters@courier.example.",
        "Advertising disclosure: We may receive compensation for some of the links in our stories.",
        "The Valley Courier Would Like To Send You Push Notifications.",
        "Please log in here to leave a comment.",
    ]
    # Article sentences with the same words stay.
    article_like = [
        "Users can download the free app for iOS and Android devices starting Monday, the company said in a statement.",
        "The council will download the data and send a letter to the editor of the journal before the next meeting.",
    ]
    reasons = _reasons([ARTICLE[0], *article_like, ARTICLE[1], ARTICLE[2], *notices])
    assert all(reasons[n] == "notice" for n in notices)
    assert all(reasons[p] == "body" for p in [*ARTICLE, *article_like])


def test_note_on_the_writer_closing_the_story_is_an_author_note() -> None:
    bio = "Jane Doe is a senior writer for The Valley Courier, covering transport and city hall. @janedoe"
    source = ("Tom Reyes is a former editor of the transit newsletter and a critic of the plan, which he calls "
              "a costly gamble on a line few commuters will use.")
    reasons = _reasons([ARTICLE[0], source, ARTICLE[1], ARTICLE[2], bio, "Share", "Facebook"])
    assert reasons[bio] == "author-note"
    assert reasons[source] == "body"  # a name and a role inside the story introduce a source


TEASERS = [
    ("Harbour bridge repairs to close two lanes until spring",
     "Drivers heading into the city should expect delays on weekday mornings while engineers replace the "
     "expansion joints, the roads agency said, urging commuters to take the ferry."),
    ("School board picks new superintendent after long search",
     "The board voted five to two for a deputy superintendent from a neighbouring district, ending a search "
     "that began when the previous head of schools retired in the summer."),
    ("Farmers market moves indoors for the winter months",
     "Stallholders will set up in the old grain hall from November, where organisers hope the heating and a "
     "new café will keep shoppers coming through the colder weeks of the year."),
    ("Library extends opening hours after record visitor numbers",
     "Visits rose by a fifth last year, and the library will now stay open until eight on weekdays, paid for "
     "by a grant from a local foundation that supports reading programmes."),
]


@pytest.mark.parametrize("heading", ["More Valley Courier", "City Hall Budget Fight More",
                                     "Related coverage from Valley Courier Money:"])
def test_a_more_outlet_heading_opens_a_box_of_other_stories(heading: str) -> None:
    lines = [*ARTICLE, "Share", heading]
    for headline, teaser in TEASERS:
        lines += [headline, teaser]
    reasons = _reasons(lines)
    assert reasons[heading] == "more-from"
    assert all(reasons[p] == "body" for p in ARTICLE)
    assert all(reasons[h] != "body" for h, _ in TEASERS)


def test_more_than_opening_a_sentence_is_no_box_heading() -> None:
    lines = [ARTICLE[0], "More than 100 people were hurt", ARTICLE[1], ARTICLE[2]]
    assert classify_paragraphs(lines) == ["body"] * 4


def test_teasers_with_their_authors_and_dates_are_other_stories() -> None:
    lines = list(ARTICLE)
    for (headline, teaser), author in zip(TEASERS, ["Rosa Patel", "Ben Okafor", "Lena Fischer", "Tom Reyes"]):
        lines += [headline, author, "Wednesday November 20, 2019", teaser]
    reasons = _reasons(lines)
    assert all(reasons[p] == "body" for p in ARTICLE)
    assert not any(reasons[t] == "body" for _, t in TEASERS)
    # A list inside the article repeats subheading and paragraph, with no author or date under them.
    listed = [ARTICLE[0]] + [line for pair in TEASERS for line in pair]
    reasons = _reasons(listed)
    assert all(reasons[t] == "body" for _, t in TEASERS)


def test_a_long_opening_block_above_the_main_block_stays() -> None:
    # A roundup of posts: an intro and the first posts, a run of bare links to posts, then more posts
    # and the closing paragraphs. The opening is as long as the rest: it is the article's, not a header.
    intro = ["Commuters took to social media this week to complain about the new tram timetable, which "
             "cut the evening service in half.",
             "With each post, there were many replies about the council's decision. Here are a few of them."]
    posts = [f"@ValleyTrams why does the last tram leave at nine now? I finish work at ten and have no way home "
             f"— Commuter {k} (@commuter{k}) March {k + 1}, 2024" for k in range(5)]
    links = [f"https://social.example/commuter{k}/status/{1000 + k}" for k in range(12)]
    closing = ["The council said the timetable would be reviewed in the autumn, after a survey of riders "
               "that opens next month and runs until the end of June.",
               "A spokesman for the tram operator said the cuts were needed because of a shortage of drivers, "
               "and that the evening service would return once new drivers finish their training.",
               "Riders' groups said they would present a petition to the council at its next meeting, "
               "asking for the late trams to be restored before the summer festival season begins."]
    lines = [*intro, *posts, *links, *closing]
    reasons = _reasons(lines)
    assert all(reasons[p] == "body" for p in [*intro, *closing[1:]])


def test_a_story_card_inside_the_article_is_a_link() -> None:
    headline = "Tram operator names new chief executive after year of delays"
    card = ["Business", headline, "Business", headline]
    doubled = "Column: why the night tram matters more than the mayor thinks"
    lines = [ARTICLE[0], *card, ARTICLE[1], doubled, doubled, ARTICLE[2]]
    reasons = _reasons(lines)
    assert reasons[headline] == "read-more" and reasons["Business"] == "read-more"
    assert reasons[doubled] == "read-more"
    assert all(reasons[p] == "body" for p in ARTICLE)


def test_a_caption_with_its_credit_glued_on_is_a_caption() -> None:
    caption = "Workers lay new rails on the northern section of the line last springCredit: Valley Courier - Staff"
    reasons = _reasons([ARTICLE[0], caption, ARTICLE[1], ARTICLE[2]])
    assert reasons[caption] == "caption"
    assert all(reasons[p] == "body" for p in ARTICLE)


# Pages in other languages: the same furniture, named in the page's language.
ARTIKEL = [
    "Der Stadtrat hat am Dienstag beschlossen, die Straßenbahnlinie in der Innenstadt um vier Kilometer zu "
    "verlängern. Über das Vorhaben wird seit mehr als zehn Jahren gestritten, und die Befürworter hoffen, dass "
    "es Tausende Autos von der Straße holt.",
    "Die Verlängerung soll rund 310 Millionen Euro kosten, von denen das Land den größten Teil übernimmt. Wenn "
    "die Bauarbeiten im Zeitplan bleiben, könnte die neue Strecke im Jahr 2028 in Betrieb gehen, sagte die "
    "Oberbürgermeisterin nach der Abstimmung.",
    "Die Gegner des Plans halten das Geld bei den Bussen für besser angelegt, weil sich deren Linien ändern "
    "lassen, wenn die Stadt wächst. Sie warnen außerdem, dass die Geschäfte an der Strecke während der "
    "Bauarbeiten Kunden verlieren würden.",
]


def test_a_german_page_loses_its_box_comment_form_cookie_banner_and_copyright_line() -> None:
    chrome = {
        "Wir verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten.": "notice",
        "Teilen": "share",
        "Anzeige": "promo",
        "Schreibe einen Kommentar": "comment",
        "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.": "notice",
        "© 2024 Musterstädter Tageblatt. Alle Rechte vorbehalten.": "copyright",
    }
    box = ["Das könnte Sie auch interessieren", "Neuer Radweg am Kanal soll im Herbst fertig werden",
           "Stadtbibliothek verlängert ihre Öffnungszeiten am Samstag", "Feuerwehr übt den Ernstfall im Hafen"]
    cookie, share, ad, comment, fine_print, rights = chrome
    lines = [cookie, ARTIKEL[0], share, ARTIKEL[1], ad, ARTIKEL[2], *box, comment, fine_print, rights]
    reasons = _reasons(lines)
    assert all(reasons[p] == "body" for p in ARTIKEL)
    assert all(reasons[line] == reason for line, reason in chrome.items())
    assert all(reasons[line] == "more-from" for line in box)


def test_german_article_sentences_about_cookies_and_comments_are_kept() -> None:
    lines = [
        *ARTIKEL[:2],
        "Der Datenschutzbeauftragte kritisierte, dass viele Händler Cookies setzen, ohne ihre Kunden vorher zu fragen.",
        "In einem Kommentar schreiben die Herausgeber, dass die Stadt zu lange gezögert habe.",
        ARTIKEL[2],
    ]
    reasons = _reasons(lines)
    assert all(reasons[p] == "body" for p in lines)


ARTICLE_FR = [
    "Le conseil municipal a voté mardi le prolongement de quatre kilomètres de la ligne de tramway du centre-ville, "
    "un projet débattu depuis plus de dix ans et qui, selon ses partisans, retirera des milliers de voitures.",
    "Le prolongement coûtera environ 310 millions d'euros, payés pour l'essentiel par la région, et devrait ouvrir "
    "en 2028 si les travaux respectent le calendrier, a déclaré la maire après le vote.",
    "Les opposants estiment que cet argent serait mieux dépensé pour les bus, dont les lignes peuvent changer avec "
    "la ville, et craignent que les commerces le long du tracé perdent des clients pendant les travaux.",
]
ARTICLE_ES = [
    "El ayuntamiento aprobó el martes prolongar cuatro kilómetros la línea de tranvía del centro, un proyecto que "
    "se discute desde hace más de una década y que, según sus defensores, sacará miles de coches de las calles.",
    "La ampliación costará unos 310 millones de euros, pagados en su mayor parte por el gobierno regional, y podría "
    "abrir en 2028 si las obras cumplen los plazos, dijo la alcaldesa tras la votación.",
    "Los opositores creen que el dinero estaría mejor invertido en autobuses, cuyas líneas pueden cambiar con la "
    "ciudad, y advierten de que los comercios del trazado perderán clientes durante las obras.",
]


@pytest.mark.parametrize(("article", "chrome", "box"), [
    (ARTICLE_FR,
     {"Nous utilisons des cookies pour améliorer votre expérience sur notre site.": "notice", "Partager": "share",
      "Publicité": "promo", "Laisser un commentaire": "comment",
      "Votre adresse e-mail ne sera pas publiée.": "notice", "© 2024 Le Courrier de la Vallée. Tous droits réservés.": "copyright"},
     ["Sur le même sujet", "La piste cyclable du canal sera terminée à l'automne",
      "La bibliothèque prolonge ses horaires le samedi", "Les pompiers s'entraînent au port"]),
    (ARTICLE_ES,
     {"Utilizamos cookies propias y de terceros para mejorar nuestros servicios.": "notice", "Compartir": "share",
      "Publicidad": "promo", "Deja un comentario": "comment",
      "Tu dirección de correo electrónico no será publicada.": "notice",
      "© 2024 Diario del Valle. Todos los derechos reservados.": "copyright"},
     ["Noticias relacionadas", "El carril bici del canal estará listo en otoño",
      "La biblioteca amplía su horario los sábados", "Los bomberos hacen un simulacro en el puerto"]),
])
def test_french_and_spanish_pages_lose_the_same_furniture(article: list[str], chrome: dict[str, str],
                                                          box: list[str]) -> None:
    cookie, share, ad, comment, fine_print, rights = chrome
    lines = [cookie, article[0], share, article[1], ad, article[2], *box, comment, fine_print, rights]
    reasons = _reasons(lines)
    assert all(reasons[p] == "body" for p in article)
    assert all(reasons[line] == reason for line, reason in chrome.items())
    assert all(reasons[line] == "more-from" for line in box)


@pytest.mark.parametrize(("line", "reason"), [
    ("Ähnliche Beiträge", "more-from"), ("Mehr zum Thema", "more-from"), ("Weitere Artikel", "more-from"),
    ("Lesen Sie auch: Neuer Radweg am Kanal soll im Herbst fertig werden", "read-more"),
    ("À lire aussi : La bibliothèque prolonge ses horaires", "read-more"),
    ("À lire aussi » Pourquoi la ville a-t-elle attendu dix ans avant de lancer les travaux du nouveau tramway ?",
     "read-more"),
    ("Te puede interesar: La biblioteca amplía su horario", "read-more"),
    ("Potrebbe interessarti", "more-from"), ("Leia também", "read-more"), ("Lees ook", "read-more"),
    ("Czytaj też", "read-more"), ("Вам также может быть интересно", "more-from"), ("Читайте также", "read-more"),
    ("Tutti i diritti riservati", "copyright"), ("Wszelkie prawa zastrzeżone", "copyright"),
    ("Все права защищены", "copyright"), ("Diese Website verwendet Cookies.", "notice"),
    ("Kommentar schreiben", "comment"), ("12 Kommentare", "comment"), ("Werbung", "promo"),
    ("Mehr erfahren", "read-more"), ("Hier weiterlesen", "read-more"), ("Antworten", "notice"),
    ("Mire: La biblioteca amplía su horario los sábados", "read-more"),
    ("Klick, um über Twitter zu teilen (Wird in neuem Fenster geöffnet)", "share"),
    ("Gefällt mir:", "notice"), ("Gib hier deinen Kommentar ein ...", "notice"),
    ("Meinen Namen, E-Mail und Website in diesem Browser speichern, bis ich wieder kommentiere.", "notice"),
    ("Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser für die nächste Kommentierung speichern.",
     "notice"),
    ("Speichern Sie meinen Namen, meine E-Mail-Adresse und meine Website für den nächsten Kommentar in diesem Browser.",
     "notice"),
    ("Du musst angemeldet sein, um einen Kommentar abzugeben.", "notice"),
    ("Hat Ihnen dieser Artikel gefallen? Dann teilen Sie ihn mit Ihren Freunden.", "notice"),
    ("War der Artikel hilfreich?", "notice"), ("Newsletter abonnieren", "promo"),
    ("Para comentar debes iniciar sesión con tu usuario.", "notice"), ("Pour lire la suite", "notice"),
])
def test_box_headings_labels_and_notices_in_other_languages(line: str, reason: str) -> None:
    lines = [*ARTIKEL[:2], line, ARTIKEL[2]]
    assert _reasons(lines)[line] == reason


@pytest.mark.parametrize("sentence", [
    "Nutzer müssen sich künftig anmelden, um einen Kommentar zu schreiben, kündigte die Plattform an.",
    "Para comentar la situación, la ministra convocó a la prensa en el ayuntamiento el lunes por la tarde.",
    "Der Browser speichert die Einstellungen für den nächsten Besuch, teilte der Hersteller mit.",
    "Mehr als 300 Menschen kamen am Samstag zur Eröffnung der neuen Brücke über die Elster.",
    "Weitere Informationen zur Sperrung der Brücke gibt die Stadt auf ihrer Website bekannt.",
])
def test_article_sentences_sharing_words_with_page_furniture_are_kept(sentence: str) -> None:
    lines = [*ARTIKEL[:2], sentence, ARTIKEL[2]]
    assert _reasons(lines)[sentence] == "body"


def test_a_german_comment_thread_under_its_heading_is_dropped() -> None:
    thread = ["3 Gedanken zu „Stadtrat beschließt längere Straßenbahn“",
              "Endlich! Ich fahre jeden Tag mit dem Bus in die Innenstadt und stehe dabei ständig im Stau.",
              "Das Geld wäre in den Schulen besser aufgehoben, die seit Jahren auf neue Dächer warten.",
              "Zurück zur Übersicht"]
    reasons = _reasons([*ARTIKEL, *thread])
    assert all(reasons[p] == "body" for p in ARTIKEL)
    assert all(reasons[line] == "comment" for line in thread[:3])
    assert reasons["Zurück zur Übersicht"] != "body"


@pytest.mark.parametrize(("line", "reason"), [
    ("Tags: Straßenbahn, Stadtrat, Innenstadt", "notice"), ("Schlagworte: Verkehr Nahverkehr Stadtrat", "notice"),
    ("Schlagwörter:", "notice"), ("Etiquetas:", "notice"), ("Markiert mit: #tram #stadt", "notice"),
    ("Tags Jane Doe Springfield", "notice"),
    ("This entry was posted in News. Bookmark the permalink.", "dateline-meta"),
    ("Dieser Beitrag wurde am 3. Mai 2021 um 10:12 Uhr veröffentlicht und wurde unter Verkehr abgelegt.",
     "dateline-meta"),
    ("Dieser Eintrag wurde veröffentlicht in Verkehr und verschlagwortet mit Tram von Erika.", "dateline-meta"),
    ("Eingestellt von Erika um 21:11", "dateline-meta"), ("Posted by Jane at 12:11 PM", "dateline-meta"),
    ("Veröffentlicht am 6. Juli 2021", "dateline-meta"), ("Aktualisiert: 11.04.2021, 10:27", "dateline-meta"),
    ("Publié le 3 mai 2021 à 10h12", "dateline-meta"), ("opublikowano: 7 kwietnia 2021", "dateline-meta"),
    ("Kommentarfunktion ist deaktiviert", "notice"), ("Leider sind keine Kommentare möglich.", "notice"),
    ("Foto: Erika Muster", "credit"), ("Bild: Agentur Beispiel", "credit"), ("Fot. Jan Kowalski / Agencja", "credit"),
    ("Die neue Bahn an der Endhaltestelle. Foto: Erika Muster/Stadtwerke", "caption"),
    ("Die neue Bahn an der Endhaltestelle. (Bildquelle: Stadtwerke)", "caption"),
    ("Die neue Bahn an der Endhaltestelle. © Stadtwerke / Erika Muster", "caption"),
])
def test_blog_tags_post_footers_date_stamps_and_picture_credits_in_other_languages(line: str, reason: str) -> None:
    lines = [*ARTIKEL[:2], line, ARTIKEL[2]]
    assert _reasons(lines)[line] == reason


@pytest.mark.parametrize("sentence", [
    "Das Bild zeigt die neue Bahn an der Endhaltestelle, die im Frühjahr eröffnet wurde.",
    "Tags darauf kündigte die Oberbürgermeisterin eine Bürgerversammlung an.",
    "Am 3. Mai 2021 wurde der Vertrag mit der Baufirma unterzeichnet.",
    "März 2021",
    "Termin: 06.03.2021, 19 Uhr",
    "Der Verlag schrieb: Copyright © 2021 bei der Autorin.",
    "Die Sitzung dauerte 40 Minuten, dann wurde abgestimmt.",  # minutes, but no reading time
    "Lesen Sie den Bericht in 5 Minuten oder hören Sie ihn an: Die Stadt hat beides veröffentlicht.",
])
def test_article_lines_like_tags_dates_and_credits_are_kept(sentence: str) -> None:
    lines = [*ARTIKEL[:2], sentence, ARTIKEL[2]]
    assert _reasons(lines)[sentence] == "body"


@pytest.mark.parametrize(("line", "reason"), [
    ("Lesezeit: 3 Minuten", "dateline-meta"), ("3 Min. Lesezeit", "dateline-meta"),
    ("Lesedauer etwa 4 min.", "dateline-meta"), ("Geschätzte Lesezeit: 5 Minuten", "dateline-meta"),
    ("Temps de lecture : 4 min", "dateline-meta"), ("Tiempo de lectura: 8 minutos", "dateline-meta"),
    ("Tempo di lettura: 3 minuti", "dateline-meta"), ("Estimated reading time: 6 minutes", "dateline-meta"),
    ("12.05.2021, 10:12 Uhr • 2 Min. Lesezeit", "dateline-meta"),
    ("By Erika Muster May 3, 2021 5 min read", "byline"),
    ("weiterlesen 5 Minuten", "read-more"),
])
def test_reading_times_in_other_languages_are_meta_lines(line: str, reason: str) -> None:
    # Inside the article too: a reading time is no live blog's time stamp to give back.
    lines = [*ARTIKEL[:2], line, ARTIKEL[2]]
    assert _reasons(lines)[line] == reason


@pytest.mark.parametrize("line", [
    "Photo by Jane Doe", "Photograph by Jane Doe, Example Wildlife Trust", "Photo by jdoe on Examplepics",
    "Photo by Jane Doe / The Example Post", "Foto von Erika Muster auf Beispielbild", "Foto by J. Doe Roe",
])
def test_a_picture_credit_with_by_alone_on_its_line_is_a_credit(line: str) -> None:
    lines = [*ARTICLE[:2], line, ARTICLE[2]]
    assert _reasons(lines)[line] == "credit"


@pytest.mark.parametrize("sentence", [
    "Photo by photo, the city rebuilt the old tram depot.",
    "Photo by Jane Doe. The city rebuilt the old tram depot after the storm.",
    "Picture by the sea",
])
def test_sentences_opening_like_a_credit_are_kept(sentence: str) -> None:
    lines = [*ARTICLE[:2], sentence, ARTICLE[2]]
    assert _reasons(lines)[sentence] == "body"


def test_a_list_under_a_picture_credit_at_the_end_of_the_article_is_kept() -> None:
    # The show's details under its last picture: the credit between the prose and the list parts nothing.
    details = ["Jane Doe", "‘Lights over the Tram Depot’", "Tram Depot Gallery", "Depot Street 15, Springfield",
               "10 A.M. / 6 P.M."]
    lines = [*ARTICLE, "The tram depot lit up for the show, photo © Jane Doe", *details,
             "You may also be interested in", "Springfield opens its new bus station",
             "The city council elects a new mayor", "Privacy policy", "Contact us"]
    reasons = _reasons(lines)
    assert all(reasons[p] == "body" for p in ARTICLE)
    assert reasons["The tram depot lit up for the show, photo © Jane Doe"] != "body"


def test_a_short_german_article_among_repeated_teaser_boxes_is_kept() -> None:
    # The same eight headlines in four boxes outnumber the article's function words: the page's most
    # frequent words are the headlines' nouns, so German's own function words measure its prose.
    teasers = ["Außenminister beklagt unzumutbare Situation an kroatischer Grenze",
               "Bankdienstleistungen: Bargeldzahlung wird im Kreis Eupen teurer",
               "Kundgebungen weltweit: Tausende fordern Ende des Krieges",
               "Fraktion entschuldigt sich nach unpassendem Kuss im Landtag",
               "Kollegin verklagt Sender wegen gekündigter Moderation",
               "Hochwasser erreicht Altstadt von Passau früher als erwartet",
               "Rekordernte bei Spargel trotz späten Frosts in Brandenburg",
               "Orchester streicht Herbsttournee wegen fehlender Musiker"]
    article = ["Der Stadtrat hat am Dienstag beschlossen, die Straßenbahn in der Innenstadt um vier Kilometer zu "
               "verlängern, nach zehn Jahren Streit.",
               "Die Verlängerung soll rund 310 Millionen Euro kosten. Das Land übernimmt den größten Teil, sagte die "
               "Oberbürgermeisterin.",
               "Die Gegner halten das Geld bei den Bussen für besser angelegt, weil sich deren Linien leichter ändern "
               "lassen."]
    letter = ("Ich wohne seit vielen Jahren an der geplanten Strecke und kann mir nicht vorstellen, dass die "
              "Bauarbeiten in der Zeit fertig werden, die der Stadtrat jetzt verspricht, denn das war bei der letzten "
              "Baustelle auch nicht so.")
    lines = ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Meistgelesen", *teasers,
             "Straßenbahn wird verlängert", *article, "Neueste Artikel", *teasers, "Top-Themen", *teasers,
             "Empfohlen", *teasers, "Leserbriefe", letter, "Impressum", "Datenschutz"]
    reasons = _reasons(lines)
    assert all(reasons[p] == "body" for p in article)


def test_a_german_article_on_a_page_with_an_english_cookie_table_is_read_as_german() -> None:
    # The cookie panel's English sentences lift the page over English's stop-word threshold; the page is
    # still denser in German's, and its German prose must not be graded by English function words.
    panel = [
        "Necessary cookies are absolutely essential for the website to function properly. These cookies ensure "
        "basic functionalities and security features of the website, anonymously.",
        "_ga 2 years The _ga cookie, installed by Google Analytics, calculates visitor, session and campaign data "
        "and also keeps track of site usage for the site's analytics report.",
        "_gid 1 day Installed by Google Analytics, the _gid cookie stores information on how visitors use a "
        "website, while also creating an analytics report of the website's performance.",
        "CONSENT 2 years YouTube sets this cookie via embedded YouTube videos and registers anonymous statistical "
        "data about how the visitor uses the site.",
    ]
    lines = ["Startseite", "Politik", "Wirtschaft", "Kultur", "Sport", "Straßenbahn wird verlängert", *ARTIKEL,
             "Teilen", "Impressum", "Datenschutz", "Cookie-Einstellungen", *panel]
    reasons = _reasons(lines)
    assert all(reasons[p] == "body" for p in ARTIKEL)
    assert not any(reasons[p] == "body" for p in panel)


def test_a_german_post_under_an_english_blog_theme_is_kept() -> None:
    # The theme's English menus, footer and "About me" box make the page English; the post's German prose
    # is still prose, dense in German's function words.
    post = [
        "Es ist schon einige Zeit her, dass wir hier über den Garten geschrieben haben. Vor ein paar Tagen sind "
        "endlich die ersten Tomaten reif geworden, und die Kinder haben sie sofort gegessen.",
        "Im nächsten Jahr wollen wir mehr Beete anlegen, weil der Platz hinter dem Haus noch lange nicht genutzt "
        "wird und die Erde dort sehr gut ist.",
    ]
    footer = [
        "No Response so far »", "Leave a Reply", "You must be logged in to post a comment.",
        "This blog is powered by WordPress and the theme is free for anyone to use, so feel free to use it on your "
        "own site if you like the way it looks.",
        "About me", "I am a teacher who has been writing about the things that grow in our yard for more than ten "
        "years, and I am always happy to hear from the people who read this blog and have a garden of their own.",
        "Recent Posts", "Archives", "Categories", "Meta", "Log in", "Entries feed", "Comments feed",
    ]
    lines = ["Home", "About", "Archives", "Contact", "Our little garden", "3 August 2015 · Filed under garden",
             *post, *footer]
    reasons = _reasons(lines)
    assert all(reasons[p] == "body" for p in post)


def test_a_short_post_under_its_headline_outweighed_by_the_archive_below_is_kept() -> None:
    # A blog's short post, then its share bar, comment form and sidebar, then longer excerpts of older posts:
    # the excerpts hold more prose, but the block opening right under the page's headline is the article.
    post = [
        "The first tomatoes of the summer turned red this week, three weeks later than last year, after a cold and "
        "wet June that kept most of the garden waiting.",
        "Next spring we will move the beds closer to the south wall, where the soil warms up sooner.",
    ]
    chrome = ["Share this:", "Facebook", "Twitter", "Email", "Print", "Like this:", "Like Loading...",
              "Leave a Reply", "Your email address will not be published. Required fields are marked *",
              "Name *", "Email *", "Website",
              "Save my name, email, and website in this browser for the next time I comment.", "Post Comment",
              "Recent Posts", "Archives", "Categories", "Search for:", "Search", "Meta", "Log in", "Entries feed",
              "Comments feed", "WordPress.org", "Blog at WordPress.com.", "Follow", "Following", "Sign me up",
              "Already have a WordPress.com account? Log in now.", "Customize", "Report this content",
              "View site in Reader", "Manage subscriptions", "Collapse this bar"]
    archive = [
        "Every autumn the old apple tree behind the shed gives more fruit than the family can eat, so the "
        "neighbours come over with baskets and the children climb into the branches to reach the highest apples.",
        "The beekeeper who lives at the end of the lane brought two hives to the meadow in May, and since then the "
        "clover has been busy with bees from morning until the evening light fades over the hill.",
        "When the river flooded the lower field in the winter, the fence posts were washed away and the sheep had "
        "to spend three weeks in the barn while the farmer waited for the ground to dry out again.",
        "Our cat has found a new favourite place to sleep on the warm roof of the greenhouse, where she can watch "
        "the birds at the feeder without ever having to move more than her eyes and the tip of her tail.",
    ]
    lines = ["Home", "About", "Contact", "Tomatoes at last", "August 3, 2015 · Filed under Garden", *post, *chrome,
             "From the archive", *archive, "Proudly powered by WordPress"]
    reasons = _reasons(lines)
    assert reasons["Tomatoes at last"] == "title"
    assert all(reasons[p] == "body" for p in post)
    # The blog's name taken for the title: the post's headline and its "by X on <date>" line open it.
    lines = ["Home", "About", "Contact", "Garden Notes - A Family Blog", "Stories from a small garden by the river.",
             "Tomatoes at last", "by Jane on August 3, 2015", *post, *chrome, "From the archive", *archive,
             "Proudly powered by WordPress"]
    reasons = _reasons(lines)
    assert reasons["Garden Notes - A Family Blog"] == "title"
    assert all(reasons[p] == "body" for p in post)
    # A forum post: its headline, two buttons, then "Posted by X" three lines below the post's first line.
    lines = ["Home", "About", "Contact", "Garden Notes - A Family Blog", "Stories from a small garden by the river.",
             "What is the best way to keep the tomatoes in my garden from splitting after it rains?", "Close", "124",
             "Posted by Jane 6 years ago", *post, *chrome,
             "From the archive", *archive, "Proudly powered by WordPress"]
    reasons = _reasons(lines)
    assert all(reasons[p] == "body" for p in post)


@pytest.mark.parametrize(("line", "reason"), [
    ("Für Links auf dieser Seite erhält die Redaktion ggf. eine Provision vom Händler.", "notice"),
    ("Hinterlasse jetzt einen Kommentar", "comment"),
    ("Diese Seite wurde zuletzt am 3. Mai 2021 um 10:12 Uhr geändert.", "dateline-meta"),
    ("This page was last edited on 3 May 2021, at 10:12.", "dateline-meta"),
])
def test_affiliate_notes_comment_prompts_and_wiki_footers(line: str, reason: str) -> None:
    lines = [*ARTIKEL[:2], line, ARTIKEL[2]]
    assert _reasons(lines)[line] == reason


@pytest.mark.parametrize("heading", ["About Jane Doe", "About the author", "Über den Autor"])
def test_the_box_presenting_the_writer_under_the_article_is_an_author_note(heading: str) -> None:
    bio = ("Jane Doe covers transport and city politics. Before joining the paper she reported on housing for "
           "ten years, and she still rides the number 4 tram to work.")
    lines = [*ARTICLE, heading, bio, "Read more from this author | Follow @janedoe", "Privacy policy", "Contact us"]
    reasons = _reasons(lines)
    assert all(reasons[p] == "body" for p in ARTICLE)
    assert reasons[heading] == reasons[bio] == "author-note"


def test_a_subheading_opening_with_about_inside_the_article_is_kept() -> None:
    section = ("The line will also carry more passengers than the buses it replaces, the council said, and the "
               "trams will run every six minutes at peak hours.")
    lines = [*ARTICLE, "About The Tram Line", section, ARTICLE[0].replace("Tuesday", "Wednesday")]
    reasons = _reasons(lines)
    assert reasons[section] == "body"


@pytest.mark.parametrize(("line", "reason"), [
    ("Auf Facebook teilen In Messenger teilen Auf Twitter teilen Via E-Mail teilen", "share"),
    ("Click to share on Facebook (Opens in new window)", "share"),
    ("Zurück zur Listenansicht", "notice"), ("Direkt zum Inhalt", "notice"), ("View all (7)", "notice"),
    ("Bild anzeigen Bild schließen", "notice"),
    ("*These statements have not been evaluated by the Food and Drug Administration.", "notice"),
    ("This document is subject to copyright. No part may be reproduced without the written permission.", "notice"),
    ("Citation: Tram line to be extended (2021, May 3) retrieved 4 May 2021 from https://example.org/news/tram",
     "notice"),
    ("Receive the latest headlines in your inbox", "notice"),
    ("Geben Sie Ihre E-Mail-Adresse an, um diesen Blog zu abonnieren.", "notice"),
    ("E-Mail (wird benötigt und nicht veröffentlicht)", "notice"), ("Subscribe to email updates", "notice"),
    ("Enter your email address to receive new posts by email.", "notice"),
])
def test_share_bars_skip_links_and_notices_of_browser_copies(line: str, reason: str) -> None:
    lines = [*ARTICLE[:2], line, ARTICLE[2]]
    assert _reasons(lines)[line] == reason


@pytest.mark.parametrize("sentence", [
    "Zurück zur Natur",
    "The drug was approved after the statements of the Food and Drug Administration were evaluated by the court.",
    "Facebook and Twitter were asked to share their data with the council.",
])
def test_article_lines_sharing_words_with_those_notices_are_kept(sentence: str) -> None:
    lines = [*ARTICLE[:2], sentence, ARTICLE[2]]
    assert _reasons(lines)[sentence] == "body"


_PLUM_CAKE_INTRO = ("This plum cake is the one my grandmother baked every September, when the trees behind her house "
                    "gave more fruit than the family could eat. It keeps for three days and tastes better on the second.")
_PLUM_CAKE_STEPS = ["Beat the butter and the sugar until pale, then add the salt and the eggs one at a time, beating "
                    "well after each of them so that the batter stays smooth.",
                    "Fold in the flour, the baking powder and the milk, spread the batter on a lined tray, cover it "
                    "with the halved plums and bake for 45 minutes at 180 degrees."]
_RECIPE_PAGE_CHROME = ["Rate this recipe", "Print", "Share", "More recipes", "Apple crumble", "Pear tart", "Cherry pie",
                       "Privacy policy", "Contact us"]


def test_a_recipes_ingredient_list_between_its_intro_and_its_steps_is_kept() -> None:
    intro = _PLUM_CAKE_INTRO
    ingredients = ["Ingredients", "For 12 pieces", "250 g butter", "200 g sugar", "1 pinch salt", "4 eggs",
                   "350 g flour", "1 tsp baking powder", "Cinnamon", "125 ml milk", "1.5 kg plums", "2 tbsp flaked almonds",
                   "Baking paper"]
    steps, chrome = _PLUM_CAKE_STEPS, _RECIPE_PAGE_CHROME
    lines = ["Grandmother's plum cake", intro, *ingredients, "Method", *steps, *chrome]
    reasons = _reasons(lines)
    assert all(reasons[line] == "body" for line in [intro, *ingredients[2:], *steps])


def test_a_menu_of_numbered_sections_is_not_an_ingredient_list() -> None:
    menu = ["1 Politics", "2 Business", "3 Sport", "4 Culture", "5 Travel", "6 Science"]
    lines = [*ARTICLE, "Sections", *menu, "Privacy policy", "Contact us"]
    reasons = _reasons(lines)
    assert all(reasons[line] != "body" for line in menu)


def test_a_caption_run_into_its_label_is_a_caption() -> None:
    caption = "Image caption The mayor said the tram would be running again before the end of the year"
    lines = [*ARTICLE[:2], caption, ARTICLE[2]]
    assert _reasons(lines)[caption] == "caption"


@pytest.mark.parametrize(("line", "reason"), [
    ("Die wichtigsten Nachrichten aus der Region direkt in dein Postfach!", "notice"),
    ("Folge uns auf Instagram", "notice"), ("Kostenlos registrieren und weiterlesen", "notice"),
    ("Jetzt kostenlos anmelden »", "notice"), ("Unterstütze das Stadtblatt bereits mit 2,50 Euro!", "notice"),
    ("Vous avez lu 2 des 5 articles gratuits ce mois-ci.", "notice"),
    ("Dich interessiert vielleicht auch", "more-from"), ("Weitere Inhalte zum Thema", "more-from"),
    ("Am meisten gelesen", "more-from"),
    ("You have read 3 of 5 free articles this month.", "notice"),
])
def test_sign_up_paywall_prompts_and_box_headings_in_german_and_french(line: str, reason: str) -> None:
    lines = [*ARTIKEL[:2], line, ARTIKEL[2]]
    assert _reasons(lines)[line] == reason


def test_a_sentence_about_letters_in_a_mailbox_is_kept() -> None:
    sentence = "Die Briefe der Stadtwerke landeten wochenlang in ihr Postfach, ohne dass jemand sie las, sagte sie."
    lines = [*ARTIKEL[:2], sentence, ARTIKEL[2]]
    assert _reasons(lines)[sentence] == "body"


def test_a_recipe_s_short_steps_between_its_ingredients_and_the_comment_form_are_kept() -> None:
    # No long paragraph anywhere near: each step is a short sentence, so the neighbour rule read them by the
    # ingredient list and the comment form around them, and the whole method was lost.
    steps = [
        "Put all the ingredients in a bowl and knead them into a smooth dough.",
        "Roll it out on a floured board and cut out any shapes you like.",
        "Heat the oven to 200 °C (fan).",
        "Line a baking tray with paper.",
        "Spread the raw biscuits out on the tray.",
        "Press a few almond flakes into each of the biscuits.",
        "Bake them in the middle of the oven for 15 minutes until they are golden.",
    ]
    lines = ["Recipes", "Forum", "Cookbooks", "Pictures", "Almond biscuits", "8 December 2012", "Leave a comment",
             "Prep time: 25 minutes", "Makes: 40", "Ingredients:", "300 g flour", "1 tsp baking powder",
             "100 g ground almonds", "200 g butter", "200 g sugar", "1 pinch of salt", "1 egg", "Method:", *steps,
             "Share this:", "Twitter", "Facebook", "Like this:", "Like Loading...", "« Previous post", "Next post »",
             "Leave a Reply", "Enter your comment here...", "Fill in your details below or click an icon to log in:",
             "Email (required) (Address never made public)", "Name (required)", "Website",
             "Creative Commons licence",
             "The pictures in this blog are under a Creative Commons licence, and any use beyond what the licence "
             "allows needs the written permission of the author, who can be reached through the contact page.",
             "Disclaimer",
             "Although the links on this blog are checked with care, the author takes no responsibility for the "
             "content of the external pages they lead to, which is the sole responsibility of their own operators.",
             "Blog at WordPress.com."]
    reasons = _reasons(lines)
    assert all(reasons[s] == "body" for s in steps)
    assert reasons["Leave a Reply"] != "body" and reasons["Name (required)"] != "body"



def test_the_labels_between_an_ingredient_list_and_its_first_step_are_kept() -> None:
    # The method's heading, its times and a step's number and title stand between the list and the first step:
    # more than the three lines the list may be from prose, but labels, not a menu.
    intro = _PLUM_CAKE_INTRO
    ingredients = ["250 g butter", "200 g sugar", "1 pinch salt", "4 eggs", "350 g flour", "1 tsp baking powder",
                   "125 ml milk", "1.5 kg plums", "2 tbsp flaked almonds"]
    labels = ["Method", "Preparation 20 minutes", "Baking 45 minutes", "1", "The batter"]
    steps, chrome = _PLUM_CAKE_STEPS, _RECIPE_PAGE_CHROME
    lines = ["Grandmother's plum cake", intro, "Ingredients", "For 12 pieces", *ingredients, *labels, steps[0], "2",
             steps[1], *chrome]
    reasons = _reasons(lines)
    assert all(reasons[line] == "body" for line in [*ingredients, *labels, *steps])


@pytest.mark.parametrize(("line", "reason"), [
    ("Unless stated otherwise, the content of this blog is licensed under a Creative Commons Attribution 4.0 "
     "International License.", "copyright"),
    ("Alle Texte dieser Seite stehen unter der Lizenz CC BY-SA 4.0.", "copyright"),
    ("Die Beiträge dieses Blogs sind unter einer Creative-Commons-Lizenz lizenziert.", "copyright"),
    ("Ihre Spende hilft, diese Seite werbefrei und unabhängig zu halten.", "notice"),
    ("Gefällt Ihnen der Text? Unterstützen Sie unseren Journalismus mit einem freiwilligen Beitrag.", "notice"),
    ("Please support our reporting on the city and the region.", "notice"),
    ("Thank you for your support!", "notice"),
    ("Apoya a Diario Norte", "notice"),
    ("Je fais un don à la rédaction", "notice"),
    ("If you enjoyed this article, become a member: members read everything without ads.", "notice"),
    ("Wenn Ihnen dieser Beitrag gefallen hat, freuen wir uns über ein Abonnement.", "notice"),
])
def test_a_site_s_licence_line_and_its_appeal_for_support_are_page_furniture(line: str, reason: str) -> None:
    lines = [*ARTIKEL[:2], line, ARTIKEL[2]]
    assert _reasons(lines)[line] == reason


@pytest.mark.parametrize("sentence", [
    "Mit einer Lizenz nach Creative Commons bestimmt der Urheber selbst, was andere mit seinem Werk tun dürfen.",
    "Many of the farmers in the valley support us, the mayor told the council on Tuesday.",
    "Unterstützen die Grünen den Antrag, hat die Koalition im Stadtrat eine knappe Mehrheit für den Bau.",
])
def test_article_sentences_about_licences_and_support_are_kept(sentence: str) -> None:
    lines = [*ARTIKEL[:2], sentence, ARTIKEL[2]]
    assert _reasons(lines)[sentence] == "body"


@pytest.mark.parametrize("line", [
    "Sign up to get the best stories of the week.",
    "Get regular updates on new recipes and offers from our kitchen.",
    "Join thousands of gardeners who get our tips delivered to their inboxes every Friday.",
    "Verpasse keine Neuigkeiten aus dem Stadtteil!",
    "Du willst nichts mehr verpassen?",
    "Jetzt für die Top-News der Woche anmelden",
    "Der Stadtblatt-Newsletter: jeden Freitag die wichtigsten Termine aus dem Viertel und der Stadt.",
])
def test_more_newsletter_sign_up_prompts_are_page_notices(line: str) -> None:
    lines = [*ARTIKEL[:2], line, ARTIKEL[2]]
    assert _reasons(lines)[line] == "notice"


def test_a_sentence_about_a_newsletter_s_readers_is_kept() -> None:
    sentence = "Den Newsletter des Vereins bekommen seit dem Frühjahr alle Mitglieder jeden Monat per Post, sagte die Vorsitzende."
    lines = [*ARTIKEL[:2], sentence, ARTIKEL[2]]
    assert _reasons(lines)[sentence] == "body"


@pytest.mark.parametrize("heading", ["Weitere aktuelle Themen aus der Arbeitswelt", "Weitere interessante Artikel",
                                     "Weitere Pressemitteilungen dieses Verbands", "Ähnliche Pressemitteilungen"])
def test_german_box_headings_with_an_adjective_or_of_press_releases_are_more_from(heading: str) -> None:
    lines = [*ARTIKEL[:3], heading, "Neue Buslinie fährt ab Montag durch die Altstadt",
             "Stadtbibliothek verlängert ihre Öffnungszeiten im Sommer"]
    assert _reasons(lines)[heading] == "more-from"
