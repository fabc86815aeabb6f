"""Tests for newsfuse.clean on invented, realistic articles (plain text and HTML)."""

from __future__ import annotations

import lxml.html
import pytest

from newsfuse.clean import (
    _html_body_reasons,
    _is_author_note,
    _page_blocks,
    classify_paragraphs,
    clean,
    split_paragraphs,
)
from newsfuse.records import Document, RawDocument

LEDGER_ARTICLE = """\
Skip to main content
Politics

City council approves $40 million flood defence plan after heated debate

By Maria Delgado and Tom Whitfield, Staff Writers
Published March 3, 2025
·4 min read

Share this article
Facebook Twitter Email

RIVERTON, March 3 (Riverton Ledger) — The Riverton city council voted 7-2 on Monday night to \
approve a $40 million flood defence plan, ending months of argument over how to protect the \
low-lying east side of the city.

Residents packed the chamber for the four-hour meeting. Many carried signs reading "Fix the levee now."

Volunteers stack sandbags along the Mill River in Riverton last spring. (Photo: Alan Brooks/Getty Images)

"We cannot wait for the next storm," said Mayor Grace Okafor. "This is the cheapest insurance we will ever buy."

Sign up for our morning newsletter to get the latest local news delivered to your inbox.

Opponents argued the plan leans too heavily on concrete walls.

It passed anyway.

Councillor Dev Patel, who voted against, said the city should have waited for a state grant \
that could have covered up to half of the cost.

READ MORE: Riverton braces for wettest spring in a decade

Construction is expected to begin in September and take three years.

Video Embed

Facebook Comments

© 2025 The Riverton Ledger. All rights reserved.

More from The Riverton Ledger

High school robotics team heads to national finals

The Riverton Robotics Club beat 40 teams at the regional contest on Saturday.

Bakery on Main Street closes after 62 years

Local favourite Hanson's will serve its last loaves on Friday, the owners said.

Police seek witnesses after late-night crash on Route 9
"""

LEDGER_BODY = [
    "RIVERTON, March 3 (Riverton Ledger) — The Riverton city council voted 7-2",
    "Residents packed the chamber",
    '"We cannot wait for the next storm," said Mayor Grace Okafor.',
    "Opponents argued the plan leans too heavily on concrete walls.",
    "It passed anyway.",
    "Councillor Dev Patel, who voted against",
    "Construction is expected to begin in September and take three years.",
]

# One paragraph per line (no blank lines), as a scraper often writes it.
OLIVE_ARTICLE = """\
World
Europe
Drought forces Spanish farmers to abandon olive harvest
Lucía Romero, Europe Correspondent
Updated 3:45 PM GMT, Tue November 12, 2024
SEVILLE, Spain (Wire) — Thousands of olive growers across Andalusia have stopped harvesting this autumn after a third year of drought left their trees with almost no fruit, farm unions said on Tuesday.
Farmers walk through a dry olive grove near Jaén. Photograph: Marcos Ortiz/Reuters
The regional government estimates the crop will be 60% below the ten-year average.
"There is nothing to pick," said Antonio Reyes, 58, who farms 40 hectares outside Úbeda.
"Nothing."
Image: Olive prices in Europe, 2019-2024
Prices for extra virgin olive oil have more than doubled since 2021, hitting supermarkets across the continent.
Related coverage
Spain declares drought emergency in Catalonia
Heat records broken across southern Europe
Reyes said he would apply for emergency drought aid from Madrid, but that the olive harvest money would not be replaced this year.
Union leaders plan to meet the agriculture minister in Madrid on Friday to ask for direct payments to olive growers hit by the drought.
Most read
Pop star cancels world tour after vocal surgery
Shares in chipmaker surge on record quarterly sales
Investors cheered the results, sending the stock up 14% in early trading.
Local council votes to ban cars from old town
Read more at www.iberia-daily-news.com
"""

OLIVE_BODY = [
    "SEVILLE, Spain (Wire) — Thousands of olive growers",
    "The regional government estimates the crop",
    '"There is nothing to pick," said Antonio Reyes',
    '"Nothing."',
    "Prices for extra virgin olive oil have more than doubled",
    "Reyes said he would apply for emergency drought aid",
    "Union leaders plan to meet the agriculture minister",
]

PORT_ARTICLE = """\
Harbour strike ends after dockworkers accept 6% pay offer

By JAMES OKONKWO

WELLINGTON, June 14 (Harbour Wire) - Dockworkers at the country's largest port voted on Friday to \
end a nine-day strike that had left more than 30 container ships waiting offshore.

The union said 81% of members backed the deal, which raises pay by 6% this year and 4% next year.

Share on WhatsApp

Port managers said the backlog would take about two weeks to clear.

Comments (12)

Copyright 2024 Harbour Wire Media. All rights reserved.
"""


def _raw(content: str, kind: str = "text", **meta: object) -> RawDocument:
    return RawDocument(id="doc-1", source_path="fixture." + ("html" if kind == "html" else "txt"),
                       kind=kind, content=content, **meta)  # type: ignore[arg-type]


def _reason_of(doc: Document, start: str) -> str:
    matches = [p for p in doc.paragraphs if p.text.startswith(start)]
    assert matches, f"no paragraph starts with {start!r}"
    return matches[0].reason


def _assert_body_kept(doc: Document, starts: list[str]) -> None:
    kept = [p.text for p in doc.paragraphs if p.kept]
    for start in starts:
        assert any(text.startswith(start) for text in kept), f"body paragraph lost: {start!r}"
    assert len(kept) == len(starts), f"unexpected kept paragraphs: {kept}"


@pytest.mark.parametrize(
    ("start", "reason"),
    [
        ("Skip to main content", "navigation"),
        ("Politics", "navigation"),
        ("City council approves", "title"),
        ("By Maria Delgado", "byline"),
        ("Published March 3, 2025", "dateline-meta"),
        ("·4 min read", "dateline-meta"),
        ("Share this article", "share"),
        ("Facebook Twitter Email", "share"),
        ("Volunteers stack sandbags", "caption"),
        ("Sign up for our morning newsletter", "promo"),
        ("READ MORE:", "read-more"),
        ("Video Embed", "video"),
        ("Facebook Comments", "comment"),
        ("© 2025 The Riverton Ledger", "copyright"),
        ("More from The Riverton Ledger", "more-from"),
        ("High school robotics team", "more-from"),
        ("The Riverton Robotics Club beat", "more-from"),
        ("Bakery on Main Street", "more-from"),
        ("Local favourite Hanson's", "more-from"),
        ("Police seek witnesses", "more-from"),
    ],
)
def test_clean_text_drops_each_noise_kind_with_reason(start: str, reason: str) -> None:
    doc = clean(_raw(LEDGER_ARTICLE))
    assert _reason_of(doc, start) == reason


def test_clean_text_keeps_every_body_paragraph_including_short_ones() -> None:
    doc = clean(_raw(LEDGER_ARTICLE))
    _assert_body_kept(doc, LEDGER_BODY)
    assert all(p.reason == "body" for p in doc.paragraphs if p.kept)
    assert doc.text.startswith("RIVERTON, March 3")
    assert "City council approves" not in doc.text  # the title is metadata, not body


def test_clean_text_infers_metadata_and_says_how() -> None:
    doc = clean(_raw(LEDGER_ARTICLE))
    assert doc.title == "City council approves $40 million flood defence plan after heated debate"
    assert doc.outlet == "The Riverton Ledger"
    assert doc.published == "2025-03-03"
    assert doc.authors == ("Maria Delgado", "Tom Whitfield")
    assert doc.language == "en"
    assert doc.inferred["outlet"] == "copyright line"
    assert doc.inferred["published"] == "published line"
    assert doc.inferred["authors"] == "byline"
    assert doc.inferred["title"] == "first heading-like line"


def test_clean_text_one_paragraph_per_line_with_captions_and_blocks() -> None:
    doc = clean(_raw(OLIVE_ARTICLE))
    _assert_body_kept(doc, OLIVE_BODY)
    assert _reason_of(doc, "World") == "navigation"
    assert _reason_of(doc, "Drought forces") == "title"
    assert _reason_of(doc, "Lucía Romero, Europe Correspondent") == "byline"
    assert _reason_of(doc, "Updated 3:45 PM") == "dateline-meta"
    assert _reason_of(doc, "Farmers walk through") == "caption"
    assert _reason_of(doc, "Image: Olive prices") == "credit"
    # A related-stories box in the middle: dropped, and the article resumes after it.
    assert _reason_of(doc, "Related coverage") == "more-from"
    assert _reason_of(doc, "Spain declares drought") == "more-from"
    # The trailing "Most read" block, teaser sentence included.
    assert _reason_of(doc, "Investors cheered the results") == "more-from"
    assert _reason_of(doc, "Local council votes") == "more-from"
    assert _reason_of(doc, "Read more at") == "read-more"
    assert doc.outlet == "Iberia Daily News"
    assert doc.inferred["outlet"] == "read more"
    assert doc.published == "2024-11-12"
    assert doc.authors == ("Lucía Romero",)


def test_clean_text_dateline_year_from_copyright_and_upper_case_byline() -> None:
    doc = clean(_raw(PORT_ARTICLE))
    _assert_body_kept(doc, ["WELLINGTON, June 14", "The union said 81%", "Port managers said"])
    assert _reason_of(doc, "By JAMES OKONKWO") == "byline"
    assert _reason_of(doc, "Share on WhatsApp") == "share"
    assert _reason_of(doc, "Comments (12)") == "comment"
    assert _reason_of(doc, "Copyright 2024") == "copyright"
    assert doc.title == "Harbour strike ends after dockworkers accept 6% pay offer"
    assert doc.inferred["title"] == "first line"
    assert doc.published == "2024-06-14"
    assert doc.inferred["published"] == "dateline"
    assert doc.outlet == "Harbour Wire Media"
    assert doc.authors == ("James Okonkwo",)


def test_clean_text_declared_metadata_wins() -> None:
    doc = clean(_raw(LEDGER_ARTICLE, title="Flood plan approved", outlet="Ledger Online",
                     published="2025-03-04", authors=("M. Delgado",), url="https://ledger.example/flood"))
    assert (doc.title, doc.outlet, doc.published, doc.authors) == (
        "Flood plan approved", "Ledger Online", "2025-03-04", ("M. Delgado",))
    assert doc.url == "https://ledger.example/flood"
    assert {doc.inferred[f] for f in ("title", "outlet", "published", "authors", "url")} == {"input"}
    assert doc.id == "doc-1" and doc.source_path == "fixture.txt"


def test_clean_text_offsets_refer_to_kept_text() -> None:
    doc = clean(_raw(LEDGER_ARTICLE))
    kept = [p.text for p in doc.paragraphs if p.kept]
    assert doc.text == "\n\n".join(kept)
    assert [p.index for p in doc.paragraphs] == list(range(len(doc.paragraphs)))


def test_split_paragraphs_joins_hard_wrapped_prose_and_splits_stacked_lines() -> None:
    text = (
        "The minister said the reforms would be phased in over\n"
        "three years, starting with the largest employers in\n"
        "the manufacturing sector.\n\n"
        "Facebook\nTwitter\nEmail\n"
    )
    assert split_paragraphs(text) == [
        "The minister said the reforms would be phased in over three years, starting with the "
        "largest employers in the manufacturing sector.",
        "Facebook",
        "Twitter",
        "Email",
    ]


def test_split_paragraphs_keeps_a_headline_apart_from_its_standfirst() -> None:
    # A teaser of another story under "More from ...": its headline and standfirst had been joined as
    # one wrapped paragraph, which then read as the article's prose resuming after the box.
    text = (
        "More from The Dale Gazette\n\n"
        "Riverside bakery marks 40 years with free bread\n"
        "The family-run shop on Mill Lane says it has kept the same recipe since 1985.\n\n"
    )
    assert split_paragraphs(text) == [
        "More from The Dale Gazette",
        "Riverside bakery marks 40 years with free bread",
        "The family-run shop on Mill Lane says it has kept the same recipe since 1985.",
    ]


def test_classify_keeps_body_mentions_of_noise_words() -> None:
    paragraphs = [
        "Thousands of households will be able to sign up for the subsidy from Monday, the energy "
        "regulator said in a statement.",
        "The newspaper said its print subscriptions fell 12% last year as readers moved online.",
        "A photograph of the meeting, taken by a delegate, was later shared widely on social media.",
        "He declined to comment.",
    ]
    assert classify_paragraphs(paragraphs) == ["body"] * 4


ARTICLE_HTML = """\
<!DOCTYPE html>
<html lang="en-GB"><head>
<title>Bridge reopens after repairs | The Valley Courier</title>
<meta property="og:site_name" content="The Valley Courier">
<meta property="og:title" content="Bridge reopens after two years of repairs">
<meta property="og:url" content="https://valleycourier.example/news/bridge-reopens">
<meta property="article:published_time" content="2024-05-21T08:30:00Z">
<meta name="author" content="Priya Shah">
<link rel="canonical" href="https://valleycourier.example/news/bridge-reopens">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<main><article>
<h1>Bridge reopens after two years of repairs</h1>
<p class="byline">By Priya Shah</p>
<p>The Old Mill Bridge reopened to traffic on Tuesday morning, two years after engineers closed it
because of cracks found in its main supports during a routine inspection.</p>
<figure><img src="bridge.jpg"><figcaption>Cars cross the Old Mill Bridge on Tuesday.
(Photo: Dan Hughes/Valley Courier)</figcaption></figure>
<p>The repairs cost 14 million pounds, about 3 million more than the county council had planned,
after contractors found more corrosion than expected once work began.</p>
<p>"It is good to have our bridge back," said Ellen Marsh, who runs a bakery on the east bank
and said she had lost about a third of her customers during the closure.</p>
<p>The council said a weight limit of 18 tonnes would remain in place until a final inspection
in the autumn, after which lorries would again be allowed to use the crossing.</p>
</article>
<aside class="related-stories"><h2>Related stories</h2><ul>
<li><a href="/a">Council approves new budget for road repairs across the county</a></li>
<li><a href="/b">Flood warning issued for the lower valley villages this weekend</a></li></ul></aside>
</main>
<footer><p>© 2024 The Valley Courier. All rights reserved.</p>
<p><a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a></p></footer>
</body></html>
"""


def test_clean_html_keeps_article_and_records_dropped_blocks() -> None:
    doc = clean(_raw(ARTICLE_HTML, kind="html"))
    kept = [p.text for p in doc.paragraphs if p.kept]
    assert len(kept) == 4
    assert kept[0].startswith("The Old Mill Bridge reopened")
    assert kept[-1].startswith("The council said a weight limit")
    assert all(p.reason == "body" for p in doc.paragraphs if p.kept)
    dropped = {p.text: p.reason for p in doc.paragraphs if not p.kept}
    assert dropped["Home"] == "navigation"
    assert dropped["Council approves new budget for road repairs across the county"] == "related"
    assert dropped["© 2024 The Valley Courier. All rights reserved."] == "copyright"
    assert any(reason == "caption" for reason in dropped.values())
    # Page order: navigation first, footer last.
    assert doc.paragraphs[0].text == "Home"
    assert doc.paragraphs[-1].reason in {"boilerplate", "navigation"}


def test_clean_html_metadata() -> None:
    doc = clean(_raw(ARTICLE_HTML, kind="html"))
    assert doc.title == "Bridge reopens after two years of repairs"
    assert doc.outlet == "The Valley Courier"
    assert doc.inferred["outlet"] == "og:site_name"
    assert doc.published == "2024-05-21"
    assert doc.inferred["published"] == "htmldate"
    assert doc.authors == ("Priya Shah",)
    assert doc.url == "https://valleycourier.example/news/bridge-reopens"
    assert doc.language == "en"
    assert doc.inferred["language"] == "html lang"


def test_clean_html_declared_metadata_wins() -> None:
    doc = clean(_raw(ARTICLE_HTML, kind="html", outlet="Courier", url="https://example.org/x"))
    assert doc.outlet == "Courier" and doc.inferred["outlet"] == "input"
    assert doc.url == "https://example.org/x"


@pytest.mark.parametrize(
    "content",
    [
        "",
        "   \n  ",
        "<",
        "<html><body>",
        "<p>unclosed <b>bold <div>nested <table><tr><td>cell",
        "\x00\x01<p>binary junk</p>\ufffd",
        "<div>" * 3000 + "deep" + "</div>" * 3000,
        "<!-- nothing but a comment -->",
        "<?xml version='1.0'?><rss><channel></channel></rss>",
    ],
)
def test_clean_html_malformed_never_raises(content: str) -> None:
    doc = clean(_raw(content, kind="html"))
    assert doc.paragraphs
    assert doc.id == "doc-1"


def test_clean_html_without_text_yields_marker_paragraph() -> None:
    doc = clean(_raw("<html><head><script>var a = 1;</script></head><body></body></html>", kind="html"))
    assert [(p.text, p.kept, p.reason) for p in doc.paragraphs] == [("", False, "no-article-text")]
    assert doc.text == ""


def test_clean_html_all_boilerplate_keeps_nothing() -> None:
    html = ("<html><body><nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
            "<footer>© 2024 Example News</footer></body></html>")
    doc = clean(_raw(html, kind="html"))
    assert not any(p.kept for p in doc.paragraphs)
    assert {p.reason for p in doc.paragraphs} <= {"navigation", "copyright", "boilerplate"}
    assert doc.outlet == "Example News"


def test_clean_html_truncates_large_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSFUSE_MAX_HTML_BYTES", "2000")
    filler = "".join(f"<p>Paragraph {i} of the council report covers road repairs in ward {i}.</p>" for i in range(500))
    doc = clean(_raw(f"<html><body><article>{filler}</article></body></html>", kind="html"))
    assert "Paragraph 3 of" in " ".join(p.text for p in doc.paragraphs)
    assert "Paragraph 400 of" not in doc.text  # not cleaned: kept aside as the dropped too-long rest
    assert (doc.paragraphs[-1].reason, doc.paragraphs[-1].kept) == ("too-long", False)


@pytest.mark.parametrize("content", ["", "\n\n\n", "   "])
def test_clean_text_empty_input(content: str) -> None:
    doc = clean(_raw(content))
    assert [(p.text, p.kept, p.reason) for p in doc.paragraphs] == [("", False, "no-article-text")]


def test_clean_text_all_boilerplate_does_not_raise() -> None:
    doc = clean(_raw("Home\nWorld\nSign up for our newsletter\nFacebook Twitter Email\n© 2024 Example News Ltd"))
    assert not any(p.kept for p in doc.paragraphs)
    assert doc.text == ""
    assert doc.outlet == "Example News Ltd"


# A news page whose article container holds the usual furniture: a lead set apart in a
# "teaser" box above the byline, a related-links list, notes about the reporters, print tools.
FERRY_HTML = """\
<!DOCTYPE html>
<html lang="en"><head><title>Ferry service to Larkin Island resumes | The Harbour Post</title>
<meta property="og:site_name" content="The Harbour Post"></head><body>
<nav><a href="/">Home</a> <a href="/local">Local</a> <a href="/business">Business</a></nav>
<main><article>
<h1>Ferry service to Larkin Island resumes</h1>
<div class="story-teaser"><p>The ferry between Port Aldous and Larkin Island sailed again on Monday after a
six-week halt. Islanders had relied on a single water taxi since the engine fire in March.</p></div>
<p class="byline">By Tomas Reyes</p>
<div class="story-body">
<p>The Island Queen left Port Aldous at 7:15 a.m. with 212 passengers and 40 cars on board, the operator
said, and arrived at Larkin Island about fifty minutes later.</p>
<p>Engineers replaced both main engines after the fire, which started in the engine room during a crossing
on March 2 and was put out by the crew without injuries.</p>
<p>Related: <a href="/a">Larkin Island council asks for a second ferry</a></p>
<ul><li><a href="/b">Water taxi operator doubles its fleet for the spring</a></li>
<li><a href="/c">Island school moves lessons online during ferry halt</a></li></ul>
<p>"We have missed the boat in every sense," said Ana Quill, who runs a grocery on the island and said
deliveries had arrived only twice a week during the halt.</p>
<p>The operator said the timetable would return to six daily crossings from next week, once a second crew
had finished its safety training on the new engines.</p>
<p>Harbour reporter Lena Marsh contributed to this report.</p>
<p>Write to Tomas Reyes at tomas.reyes@harbourpost.example</p>
<ul class="tools"><li>Print Article</li><li>Order Reprints</li></ul>
</div>
</article></main>
<footer><p>© 2025 The Harbour Post. All rights reserved.</p></footer>
</body></html>
"""


def test_clean_html_keeps_lead_and_drops_article_furniture() -> None:
    doc = clean(_raw(FERRY_HTML, kind="html"))
    _assert_body_kept(doc, [
        "The ferry between Port Aldous", "The Island Queen left", "Engineers replaced both",
        '"We have missed the boat', "The operator said the timetable",
    ])
    assert _reason_of(doc, "Related: Larkin Island") == "read-more"
    assert _reason_of(doc, "- Water taxi operator") == "related"
    assert _reason_of(doc, "- Island school moves") == "related"
    assert _reason_of(doc, "Harbour reporter Lena Marsh") == "author-note"
    assert _reason_of(doc, "Write to Tomas Reyes") == "author-note"
    assert _reason_of(doc, "- Print Article") == "share"
    assert _reason_of(doc, "- Order Reprints") == "share"


def test_clean_html_one_sentence_dek_is_not_taken_for_the_lead() -> None:
    one_sentence = FERRY_HTML.replace(
        " Islanders had relied on a single water taxi since the engine fire in March.", "")
    doc = clean(_raw(one_sentence, kind="html"))
    dek = next(p for p in doc.paragraphs if p.text.startswith("The ferry between Port Aldous"))
    assert not dek.kept


# A German page: the related box is known by its run of linked headlines, whatever its heading says.
BRIDGE_HTML_DE = """\
<html lang="de"><head><title>Neue Radbrücke über die Elster eröffnet</title></head><body>
<article><h1>Neue Radbrücke über die Elster eröffnet</h1><div class="content">
<p>Die neue Brücke für Radfahrer und Fußgänger zwischen Auental und Neustadt ist seit Samstag offen. Rund
400 Menschen kamen zur Eröffnung, bei der die Bürgermeisterin das Band durchschnitt.</p>
<p>Der Bau hatte knapp zwei Jahre gedauert und kostete nach Angaben der Stadt 3,2 Millionen Euro, von
denen das Land gut die Hälfte übernahm.</p>
<p><strong>Lesen Sie auch</strong></p>
<p><a href="/x1">Stadtrat beschließt neue Parkgebühren für die Innenstadt</a></p>
<p><a href="/x2">Sommerfest im Auental fällt wegen Bauarbeiten aus</a></p>
<p><a href="/x3">Busverkehr nach Neustadt wird ab Juli ausgebaut</a></p>
<p>Die Brücke ist 84 Meter lang und vier Meter breit. Nachts wird sie von Leuchten im Geländer beleuchtet,
die sich nur einschalten, wenn jemand die Brücke betritt.</p>
<p>Radfahrer sparen auf dem Weg zur Arbeit nach Angaben des Radverbands bis zu zehn Minuten, weil der
Umweg über die Hauptstraße entfällt.</p>
</div></article></body></html>
"""


def test_clean_html_run_of_linked_headlines_is_related_in_any_language() -> None:
    doc = clean(_raw(BRIDGE_HTML_DE, kind="html"))
    _assert_body_kept(doc, ["Die neue Brücke", "Der Bau hatte", "Die Brücke ist 84", "Radfahrer sparen"])
    # The German label is now known on its own ("read-more"); the headlines under it are found by their links.
    assert _reason_of(doc, "Lesen Sie auch") == "read-more"
    for start in ("Stadtrat beschließt", "Sommerfest im Auental", "Busverkehr nach"):
        assert _reason_of(doc, start) == "related"


def test_clean_html_page_blocks_measure_link_text() -> None:
    tree = lxml.html.fromstring(
        "<html><body><p>Read the <a href='/r'>full report</a> here.</p>"
        "<p><a href='/a'>Council <b>votes</b> on budget</a></p><p>No links at all.</p></body></html>")
    shares = {b.text: b.link_share for b in _page_blocks(tree)}
    assert shares["No links at all."] == 0.0
    assert shares["Council votes on budget"] == pytest.approx(1.0)
    assert 0.3 < shares["Read the full report here."] < 0.7


def test_clean_html_second_copy_differing_only_in_separators_is_duplicate() -> None:
    body = ["First point of the story is here.", "-", "Second point follows it.", "-",
            "Third point ends it.", "Footer label", "First point of the story is here.",
            "Second point follows it.", "Third point ends it."]
    reasons = _html_body_reasons(body, title=None)
    assert reasons[:5] == ["body"] * 5
    assert reasons[6:] == ["duplicate"] * 3


def test_clean_html_truncated_teaser_of_a_body_paragraph_is_duplicate() -> None:
    body = ["Good morning! Here are the five stories you need to know this Tuesday.",
            "Rail fares will rise by 4% in March, the operators said on Monday.",
            "Good morning! Here are the five stories you need to..."]
    assert _html_body_reasons(body, title=None) == ["body", "body", "duplicate"]


def test_clean_html_heading_left_dangling_after_the_article_is_dropped() -> None:
    body = ["The museum will reopen on Friday after a two-year renovation, the city said.",
            "Tickets go on sale on Wednesday and cost 12 euros for adults.", "Weitere Artikel zum Thema"]
    assert _html_body_reasons(body, title=None)[-1] == "related"
    # A list closing the article stays.
    listing = body[:2] + ["Opening hours", "Monday to Friday: 9 to 18", "Weekends: 10 to 16"]
    assert _html_body_reasons(listing, title=None)[2:] == ["body"] * 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane Doe and Omar Ali contributed to this report.", True),
        ("(Reporting by Jane Doe; Editing by Omar Ali)", True),
        ("Reach the reporter on Twitter at @janedoe.", True),
        ("Follow her on Twitter @janedoe.", True),
        ("Write to the editors at letters@example.org", True),
        ("Dozens of volunteers contributed to the clean-up, which took three days.", False),
        ("Write down everything, the coach told his players before the final.", False),
        # the wire editor's note on a new version of the story
        ("(Refiles to add dropped word “A” from book title, paragraph 9.)", True),
        ("(Corrects spelling of minister's name in paragraph 3)", True),
        ("(This story has been refiled to fix a typo in the headline)", True),
        ("Adds to the confusion, the minister said on Tuesday.", False),
        # a correction notice
        ("This version corrects in paragraph 17 that the agency warned of dangers in May, not April.", True),
        ("Correction: An earlier version of this story misstated the name of the agency.", True),
        ("An earlier version of this article gave the wrong date for the vote.", True),
        ("This version of the vaccine is cheaper, the company said.", False),
        ("This article was amended on 2 March 2031 to correct the name of the river.", True),
        ("This article was amended by the committee before the vote, aides said.", False),
    ],
)
def test_clean_html_author_notes(text: str, expected: bool) -> None:
    assert _is_author_note(text) is expected


def test_clean_plain_text_drops_notes_about_the_articles_making() -> None:
    text = (
        "Ferry service resumes after storm\n\n"
        "HOLMBY (Reuters) - The first ferry in four days left the mainland pier on Wednesday morning, carrying "
        "supplies and about 60 passengers, the port authority said.\n\n"
        "The authority said a second crossing would run in the afternoon if the wind kept dropping.\n\n"
        "(Reporting by Jane Doe; Editing by Omar Ali)\n\n"
        "(Refiles to add dropped word in paragraph 2)\n"
    )
    doc = clean(_raw(text))
    assert _reason_of(doc, "(Reporting by Jane Doe") == "author-note"
    assert _reason_of(doc, "(Refiles to add") == "author-note"
    assert "second crossing" in doc.text


def test_clean_html_site_sections_title_suffix_and_language_of_a_table_page() -> None:
    html = (ARTICLE_HTML.replace('<html lang="en-GB">', "<html>")
            .replace('content="The Valley Courier"', 'content="Valley Courier | Sport | Weather | Roads"')
            .replace('<meta property="og:title" content="Bridge reopens after two years of repairs">',
                     '<meta property="og:title" content="Bridge reopens after two years of repairs | Valley Courier">'))
    doc = clean(_raw(html, kind="html"))
    assert doc.outlet == "Valley Courier"
    assert doc.title == "Bridge reopens after two years of repairs"
    # A page that is mostly a table of figures still has the language of its words.
    rows = "".join(f"<tr><td>{i}</td><td>{1000 - i * 7}</td><td>{i * 3}</td><td>{i % 5}</td></tr>" for i in range(1, 40))
    table_page = (
        "<html><head><title>Classificação final</title></head><body><article>"
        "<p>Nesta página você terá sempre a classificação atualizada da temporada, com os pontos de cada piloto "
        "e o número de vitórias de cada um até a última etapa.</p>"
        f"<table>{rows}</table><p>Coloque nos seus favoritos e venha sempre conferir a classificação.</p>"
        "</article></body></html>"
    )
    assert clean(_raw(table_page, kind="html")).language == "pt"


def test_clean_text_drops_a_related_headline_with_its_read_more_label() -> None:
    text = ("Harbour festival cancelled\n\n"
            "The town council cancelled the harbour festival on Friday, citing the cost of repairs to the quay "
            "after the winter storms.\n\n"
            "From ‘storm of the century’ to ‘a quiet spring’ – the harbour’s year in pictures Read more\n\n"
            "Organisers said the festival would return next summer if the repairs were finished in time.\n\n"
            "The quay reopened to boats last month. Read more\n\n"
            "The harbour saved the town. Now it needs saving itself | Mara Lindqvist Read more\n")
    doc = clean(_raw(text))
    assert _reason_of(doc, "From ‘storm of the century’") == "read-more"
    # An opinion teaser: a headline with its writer after a bar, even with a sentence end inside.
    assert _reason_of(doc, "The harbour saved the town") == "read-more"
    # A sentence before the label is article text: the paragraph stays.
    assert any(p.kept and p.text.startswith("The quay reopened") for p in doc.paragraphs)
    assert any(p.kept and p.text.startswith("Organisers said") for p in doc.paragraphs)


def test_clean_plain_text_drops_a_wire_photo_caption_with_its_date() -> None:
    text = (
        "Ferry service resumes after storm\n\n"
        "The first ferry in four days left the mainland pier on Wednesday morning, carrying supplies and about "
        "60 passengers, the port authority said.\n\n"
        "FILE - In this March 16, 2020 file photo, a ferry leaves the mainland pier in heavy rain.\n\n"
        "The authority said a second crossing would run in the afternoon if the wind kept dropping.\n"
    )
    doc = clean(_raw(text))
    assert _reason_of(doc, "FILE - In this March") == "caption"
    assert "second crossing" in doc.text and "first ferry" in doc.text


def test_clean_plain_text_drops_a_caption_credited_to_a_photographer_agency_and_picture_library() -> None:
    text = (
        "Ferry service resumes after storm\n\n"
        "The first ferry in four days left the mainland pier on Wednesday morning, carrying supplies and about "
        "60 passengers, the port authority said.\n\n"
        "A ferry leaves the mainland pier in heavy rain on March 16, 2020. Jane Roe/AFP/Getty Images\n\n"
        "The authority said a second crossing would run in the afternoon if the wind kept dropping.\n"
    )
    doc = clean(_raw(text))
    assert _reason_of(doc, "A ferry leaves") == "caption"
    assert "second crossing" in doc.text and "first ferry" in doc.text


def test_clean_plain_text_an_inline_related_link_and_a_glued_caption_are_dropped_not_the_paragraph() -> None:
    body = ("The council approved the harbour plan on Tuesday after a long debate, officials said, and work "
            "on the new quay will start in the spring if the state releases its share of the money on time.")
    text = (
        "Harbour plan approved\n\n"
        "FILE - In this March 16, 2020, file photo Sen. Ana Ruiz speaks at the harbour in Riverton. " + body + "\n\n"
        "Many residents blamed the delays on the state. (RELATED: Poll Shows Residents Losing Patience) "
        "The mayor said the first ships would dock next year.\n"
    )
    doc = clean(_raw(text))
    assert _reason_of(doc, "FILE - In this March") == "caption"
    assert _reason_of(doc, "(RELATED: Poll") == "read-more"
    assert body in doc.text and "RELATED" not in doc.text and "file photo" not in doc.text
    assert "Many residents blamed the delays on the state." in doc.text
    assert "The mayor said the first ships would dock next year." in doc.text


def test_clean_a_byline_with_a_social_handle_is_a_byline() -> None:
    text = ("Harbour plan approved\n\nBy Jane Roe (@janeroe)\n\n"
            "The council approved the harbour plan on Tuesday after a long debate, officials said.\n\n"
            "The plan will cost $4 million, the mayor said in a statement.\n")
    assert _reason_of(clean(_raw(text)), "By Jane Roe") == "byline"


def test_clean_plain_text_drops_a_long_wire_caption_and_its_repeat() -> None:
    # Wire captions retell the story in several sentences and scraped pages hold them twice.
    caption = (
        "FILE - This May 12, 2021 file photo shows Harbour Commissioner Ana Ruiz speaking at the quay in "
        "Riverton. Ruiz said on Tuesday that the port would reopen to ferries next week after the storm "
        "repairs, and that the state had agreed to pay for a second crane. The council had voted against the "
        "plan in March, and several members said they would ask for an audit of the repair costs before any "
        "more money was released. Ruiz said the audit was welcome. (AP Photo/Jane Roe, File)"
    )
    assert len(caption) > 400
    text = (
        "Ferry service to resume next week\n\n" + caption + "\n\n" + caption + "\n\n"
        "RIVERTON (AP) — Ferries will return to the Riverton quay next week, Harbour Commissioner Ana Ruiz said "
        "on Tuesday, after two months of storm repairs.\n\n"
        "The state agreed to pay for a second crane, Ruiz said, and the first crossing is set for Monday.\n"
    )
    doc = clean(_raw(text))
    assert {p.reason for p in doc.paragraphs if p.text in caption} == {"caption"}
    assert "Ferries will return" in doc.text and "second crane, Ruiz said" in doc.text
    assert "AP Photo" not in doc.text and "file photo" not in doc.text and "The council had voted" not in doc.text


@pytest.mark.parametrize("credit", [
    "(Jane Roe/The Riverton Courier via AP)", "(Jane Roe via AP, Pool)", "(Photo by Jane Roe/Invision/AP, File)",
    "(AP Photo/The Canadian Press, Jane Roe, File)",
])
def test_clean_plain_text_drops_a_caption_credited_through_an_agency(credit: str) -> None:
    text = (
        "Ferry service resumes after storm\n\n"
        "The first ferry in four days left the mainland pier on Wednesday morning, carrying supplies and about "
        "60 passengers, the port authority said.\n\n"
        f"Passengers board a ferry at the mainland pier, where officials said the service would resume. {credit}\n\n"
        "The authority said a second crossing would run in the afternoon if the wind kept dropping.\n"
    )
    doc = clean(_raw(text))
    assert _reason_of(doc, "Passengers board a ferry") == "caption"


def test_clean_plain_text_a_repeated_paragraph_counts_once_but_a_plan_repeating_its_items_stays() -> None:
    lead = ("The town council approved the harbour plan on Tuesday after a long debate, and work on the new quay "
            "will start in the spring, the mayor said.")
    text = ("Harbour plan approved\n\n" + lead + "\n\n" + lead + "\n\n"
            "Residents who opposed the plan said they would ask the state to review the cost of the work.\n")
    doc = clean(_raw(text))
    assert [p.reason for p in doc.paragraphs if p.text == lead] == ["body", "duplicate"]
    # A meal plan repeats its dishes day after day: every line is article text.
    dishes = [
        "Oat porridge with one cup of blueberries, two spoons of walnuts and a glass of milk or water",
        "Lentil soup with half a cup of carrots, a slice of wholegrain bread and a small green salad",
        "Baked salmon with one cup of rice, a cup of steamed broccoli and a spoon of olive oil on top",
        "Greek yogurt with one cup of strawberries, a spoon of honey and a handful of almonds or oats",
    ]
    days = "".join(f"Day {n}\n\n" + "\n\n".join(dishes) + "\n\n" for n in range(1, 4))
    plan = ("A week of simple meals\n\n"
            "This plan keeps meals simple and cheap, and you can swap any dish for another one on the list, "
            "the dietitian said.\n\n" + days)
    doc = clean(_raw(plan))
    assert not any(p.reason == "duplicate" for p in doc.paragraphs)
    # A line a page repeats over and over (a recurring note in a list of offers) is part of its
    # make-up, not a scraped second copy.
    note = "Prices were correct at the time of writing and the offer ends when the retailer sells out of stock."
    offers = "".join(f"Offer {n}: a harbour cruise for two with dinner and a night at the quay hotel.\n\n{note}\n\n"
                     for n in range(1, 5))
    doc = clean(_raw("Harbour offers this week\n\nThe tourist board listed four offers for visitors to the harbour "
                     "this spring, the first since the quay reopened.\n\n" + offers))
    assert not any(p.reason == "duplicate" for p in doc.paragraphs)


def test_clean_plain_text_puts_back_the_space_a_scraper_lost_around_a_quotation_mark() -> None:
    text = ("Harbour plan divides the council\n\n"
            "\"It is too expensive,\" Tom Reyes told the meeting. \"Would the state pay for the quay?\"One "
            "councillor said the plan had broad support, the Courier added.\"[The plan] is what the town needs,\" "
            "Mayor Ana Ruiz said.\u201cWe will build it.\u201dThe vote is on Monday.\n")
    doc = clean(_raw(text))
    assert "for the quay?\" One councillor" in doc.text
    assert "the Courier added. \"[The plan]" in doc.text
    assert "Ruiz said. \u201cWe will build it.\u201d The vote" in doc.text


def test_clean_plain_text_drops_a_related_coverage_label_run_into_a_headline() -> None:
    text = ("Harbour plan divides the council\n\n"
            "The council approved the harbour plan on Tuesday after a long debate, the mayor said.\n\n"
            "Related Coverage Reyes told the council he did not know about the crane deal: Courier\n\n"
            "Work on the quay will start in the spring if the state releases its share of the money.\n")
    doc = clean(_raw(text))
    assert _reason_of(doc, "Related Coverage") == "read-more"
    assert "Work on the quay" in doc.text


def test_clean_text_without_a_date_takes_the_one_its_url_carries() -> None:
    # A JSON record or feed item with no date and no dated line had been undated, so every relative
    # date in it stayed unresolved and the story step had no time to place it by.
    body = ("The city council on Tuesday approved a flood defence plan after a long debate.\n\n"
            "The plan will raise the river wall by a metre along the eastern bank.")
    raw = RawDocument(id="doc-2", source_path="feed.jsonl", kind="text", content=body,
                      url="https://news.example.com/local/2025/03/04/council-approves-flood-plan/")
    doc = clean(raw)
    assert doc.published == "2025-03-04"
    assert doc.inferred["published"] == "url"
    dated = clean(RawDocument(id="doc-3", source_path="feed.jsonl", kind="text", content=body, published="2025-03-05",
                              url="https://news.example.com/local/2025/03/04/council-approves-flood-plan/"))
    assert dated.published == "2025-03-05"
    impossible = clean(RawDocument(id="doc-4", source_path="feed.jsonl", kind="text", content=body,
                                   url="https://news.example.com/2025/02/30/story/"))
    assert impossible.published is None


def test_clean_reads_the_publication_time_an_article_number_carries_but_never_over_the_page_date() -> None:
    # Some sites number articles by their publication time (a prefix digit and the Unix time after the
    # slug, or an object id whose first 8 hex digits are it): a feed record without a date is placed in time.
    body = ("The harbour board on Thursday raised mooring fees by a fifth for the coming season.\n\n"
            "Fishing crews said the rise would push smaller boats to the river berths.")
    numbered = "https://journal.example.com/articles/harbour-board-raises-mooring-fees-11714653000"
    doc = clean(RawDocument(id="doc-5", source_path="feed.jsonl", kind="text", content=body, url=numbered))
    assert doc.published == "2024-05-02T12:30:00+00:00"
    assert doc.inferred["published"] == "url"
    declared = clean(RawDocument(id="doc-6", source_path="feed.jsonl", kind="text", content=body, url=numbered,
                                 published="2024-05-01"))
    assert declared.published == "2024-05-01"
    page = clean(_raw(ARTICLE_HTML, kind="html", url="https://valleycourier.example/news/bridge-reopens-11714653000"))
    assert page.published == "2024-05-21"
    assert page.inferred["published"] == "htmldate"


def test_clean_html_page_blocks_skip_hidden_subtrees_but_keep_their_tails() -> None:
    tree = lxml.html.fromstring(
        "<html><body><nav class='site-nav'><a href='/'>Home</a></nav>"
        "<article><p class='lead'>The ferry <b>resumed</b> service<script>var x = 1;</script> on Monday.</p>"
        "<div style='display: none'><p>Hidden promo text</p></div>After the box."
        "<footer><p>Contact the newsroom</p></footer></article></body></html>")
    blocks = [(b.text, b.context, b.landmark, b.signature[0]) for b in _page_blocks(tree)]
    assert blocks == [
        ("Home", "navigation", "nav", "nav.site-nav"),
        ("The ferry resumed service on Monday.", "boilerplate", "article", "p.lead"),
        ("After the box.", "boilerplate", "article", "article."),
        ("Contact the newsroom", "boilerplate", "footer", "p."),
    ]


@pytest.mark.parametrize("line", [
    "© 2025 Riverton Ledger", "COPYRIGHT 2025 RIVERTON LEDGER", "All Rights Reserved.", "All rights reſerved.",
    "Alle Rechte vorbehalten", "Advertisement", "AD", "Sponsored by Harbour Bank", "Sign up for our NEWSLETTER",
    "Thanks for signing up!", "We may earn a commission from links on this page.", "Реклама",
    "The council said the plan was approved.", "ſponsored", "Subſcribers only",
    "You can alſo follow the show on Twitter.", "LISTEN TO PAST EPISODES ON ITUNES", "Add Harbours as an intereſt",
    "FOR LICENSING OPPORTUNITIES, CONTACT US", "Excerpted by permiſſion of Quay Books.",
])
def test_literal_pre_tests_never_reject_a_pattern_match(line: str) -> None:
    from newsfuse.clean import (
        _COPYRIGHT,
        _FOLLOW_TOPIC,
        _LISTEN_PROMO,
        _PROMO_FIXED,
        _SUGGESTED_PROMO,
        _SYNDICATION,
        _may_be_copyright,
        _may_be_fixed_promo,
        _may_be_syndication,
        _may_be_worded_promo,
    )
    assert _may_be_copyright(line) or not _COPYRIGHT.search(line)
    assert _may_be_fixed_promo(line) or not _PROMO_FIXED.match(line)
    worded = _SUGGESTED_PROMO.search(line) or _LISTEN_PROMO.search(line) or _FOLLOW_TOPIC.search(line)
    assert _may_be_worded_promo(line) or not worded
    assert _may_be_syndication(line) or not _SYNDICATION.search(line)


def test_clean_html_page_blocks_keep_the_words_of_nested_inline_markup_in_order() -> None:
    # An inline element's tail had been read before its children's text: "The mayor said that the plan
    # passed. on Monday" for the paragraph below, a scrambled sentence in a dropped block or a rescued lead.
    tree = lxml.html.fromstring(
        "<html><body><div><p>The mayor <a href='/x'>said <b>on</b> Monday</a> that the plan passed.</p>"
        "<p>First <em>item</em></p>then a loose line.</div></body></html>")
    texts = [b.text for b in _page_blocks(tree)]
    assert texts == ["The mayor said on Monday that the plan passed.", "First item", "then a loose line."]


def _page_with_author(author: str) -> str:
    body = " ".join(["The council approved the new budget on Tuesday after a long debate about roads and schools."] * 3)
    return (f'<html><head><title>Budget passes</title><meta name="author" content="{author}">'
            '<meta property="og:site_name" content="Northgate Ledger"></head><body><article><h1>Budget passes</h1>'
            f"<p>{body}</p><p>{body}</p></article></body></html>")


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ("STEVE PEOPLES, AP National Political Writer", ("Steve Peoples",)),  # a role is no second author
        ("Tom Gillespie News reporter", ("Tom Gillespie",)),
        ("Jeff Foust Monday, November", ("Jeff Foust",)),  # a date run into the name
        ("Ilana Muhlstein, MS, RDN", ("Ilana Muhlstein",)),  # credentials
        ("Dana Weiss, Northgate Ledger", ("Dana Weiss",)),  # the outlet beside a writer
        ("The Russian and Syrian defense ministries", ()),  # a sentence split on "and"
    ],
)
def test_clean_html_authors_are_the_writers_names(author: str, expected: tuple[str, ...]) -> None:
    doc = clean(RawDocument(id="a", source_path="a.html", kind="html", content=_page_with_author(author)))
    assert doc.authors == expected


@pytest.mark.parametrize(
    ("site_name", "url", "expected"),
    [
        ("https://www.ledger-news.example", None, "Ledger News"),  # an address read as its site's name
        ("Copyright 2014", "https://www.northgate.example/a", "Northgate"),  # a notice names no site
        ("02.11.2021", "https://www.northgate.example/a", "Northgate"),  # nor does a date
        ("@northgate_", "https://www.northgate.example/a", "Northgate"),  # nor a handle
        ("Bahamas Local © 2022", None, "Bahamas Local"),
        ("Das Leben, der Meister und ich", None, "Das Leben, der Meister und ich"),
        ("CDU/CSU-Fraktion", None, "CDU/CSU-Fraktion"),
    ],
)
def test_clean_html_outlet_from_a_usable_site_name(site_name: str, url: str | None, expected: str) -> None:
    html = _page_with_author("Dana Weiss").replace('content="Northgate Ledger"', f'content="{site_name}"')
    doc = clean(RawDocument(id="a", source_path="a.html", kind="html", content=html, url=url))
    assert doc.outlet == expected


def test_clean_html_archived_page_names_the_archived_site() -> None:
    html = _page_with_author("Dana Weiss").replace('<meta property="og:site_name" content="Northgate Ledger">', "")
    url = "https://web.archive.org/web/20160218174457/http:/www.northgate-ledger.example/2016/02/budget"
    doc = clean(RawDocument(id="a", source_path="a.html", kind="html", content=html, url=url))
    assert doc.outlet == "Northgate Ledger"


def test_clean_html_language_of_the_text_over_a_template_default() -> None:
    # A theme's lang="en" on a German article had made it English.
    body = ("Die Stadt hat am Dienstag den neuen Haushalt beschlossen, nachdem der Rat lange über Straßen und "
            "Schulen gestritten hatte. Der Bürgermeister sagte, die Mittel seien für die nächsten Jahre gesichert. ")
    html = (f'<html lang="en-US"><head><title>Haushalt</title></head><body><article><h1>Haushalt beschlossen</h1>'
            f"<p>{body}</p><p>{body}</p></article></body></html>")
    doc = clean(RawDocument(id="a", source_path="a.html", kind="html", content=html))
    assert doc.language == "de"
    assert doc.inferred["language"] == "stopwords (page declares en)"
    # An English article keeps its declared language.
    html = _page_with_author("Dana Weiss").replace("<html>", '<html lang="en">')
    doc = clean(RawDocument(id="b", source_path="b.html", kind="html", content=html))
    assert (doc.language, doc.inferred["language"]) == ("en", "html lang")


@pytest.mark.parametrize("under", ["March 3, 2019", "By Dana Weiss", None])
def test_clean_text_headline_read_as_a_sentence_still_names_the_document(under: str | None) -> None:
    # A question headline is a sentence to the prose test: kept as text, it had left the document untitled.
    headline = "Budget Day 12: Are Council Cracks Forming Over the Transit Plan?"
    body = ("The city council met on Tuesday to discuss the budget for next year. Members argued for hours "
            "about roads, schools and the bus network before a vote was delayed.")
    more = "The mayor said she would propose a smaller plan next month, and several members said they would back it."
    doc = clean(_raw("\n\n".join([headline, *([under] if under else []), body, more, body + " " + more])))
    assert doc.title == headline
    assert doc.paragraphs[0].kept  # the line stays in the text too


def test_clean_text_opening_sentence_is_no_title() -> None:
    body = ("The city council met on Tuesday to discuss the budget for next year. Members argued for hours "
            "about roads, schools and the bus network before a vote was delayed.")
    doc = clean(_raw(f"{body}\n\n{body}"))
    assert doc.title is None


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By DANA WEISS AND TOM ROE", ("Dana Weiss", "Tom Roe")),  # an upper-case "AND" had kept one long name
        ("Dana Weiss and Tom Roe", ("Dana Weiss", "Tom Roe")),  # names only, joined by "and"
        ("By Dana Weiss March 3, 2025 5 min read", ("Dana Weiss",)),  # the reading time is no part of the name
    ],
)
def test_clean_text_byline_names(byline: str, expected: tuple[str, ...]) -> None:
    body = ("The city council met on Tuesday to discuss the budget for next year. Members argued for hours "
            "about roads, schools and the bus network before a vote was delayed.")
    doc = clean(_raw(f"Council Delays Vote on Transit Budget\n\n{byline}\n\n{body}\n\n{body} More."))
    assert doc.authors == expected


def test_clean_text_a_name_line_further_down_is_no_author() -> None:
    # A caption's subject that the rules took for a byline ("President Donald Trump" under a photo) had joined
    # the writer as a second author; a line crediting writers still adds them.
    from newsfuse.clean import _text_authors

    paragraphs = ["Council Delays Vote", "By Dana Weiss", "The council met on Tuesday.", "President Donald Trump",
                  "Additional reporting by Tom Roe"]
    reasons = ["title", "byline", "body", "byline", "byline"]
    assert _text_authors(paragraphs, reasons) == (("Dana Weiss", "Tom Roe"), "byline")
    # Nor does the byline of another story appended after the article.
    paragraphs += ["Harbor Tunnel Reopens", "By Ann Lee"]
    reasons += ["unrelated", "byline"]
    assert _text_authors(paragraphs, reasons) == (("Dana Weiss", "Tom Roe"), "byline")


_COUNCIL_TEXT = (
    "The city council met on Tuesday to discuss the budget for next year. Members argued for hours about roads, "
    "schools and the bus network before a vote was delayed until the spring session.",
    "The mayor said she would propose a smaller plan next month, and several members said they would back it.",
    "A second hearing is planned for April, when residents may speak for three minutes each.",
)


@pytest.mark.parametrize(
    "headline",
    [
        "Transit Fares Rise Again in the U.S.",  # a closing abbreviation's period
        "Don’t Close the Riverside Library. The Town Still Needs It.",  # two sentences, each with its period
        "The council delayed its vote on the transit budget until the spring.",  # a one-sentence summary headline
        "A Fare Cap for Commuters? The Council Is Betting on It.",
    ],
)
@pytest.mark.parametrize("header", [["By Dana Weiss", "Published 2021-03-02"], ["Associated Press", "2021-03-02"]])
def test_clean_text_headline_with_a_period_over_the_header_names_the_document(headline: str, header: list[str]) -> None:
    # A period refused the line as a heading: it was kept as text or dropped as boilerplate, the document untitled.
    doc = clean(_raw("\n\n".join([headline, *header, *_COUNCIL_TEXT])))
    assert doc.title == headline
    assert doc.paragraphs[0].reason in ("title", "body")  # a dropped line says it is the title, not boilerplate


def test_clean_text_an_opening_sentence_over_a_date_line_far_down_is_no_title() -> None:
    # Without a header line right under it, a first sentence with a period stays untitled text.
    doc = clean(_raw("\n\n".join(["The council delayed its vote on the transit budget until the spring.",
                                  *_COUNCIL_TEXT, "Published 2021-03-02"])))
    assert doc.title is None
    assert doc.paragraphs[0].kept


@pytest.mark.parametrize(("credit", "agency"), [("Associated Press", "Associated Press"), ("REUTERS", "Reuters"),
                                                 ("AP", "AP"), ("AFP", "AFP"), ("The Associated Press", "The Associated Press")])
def test_clean_text_a_lone_agency_line_is_a_credit_not_text(credit: str, agency: str) -> None:
    # "Associated Press" alone under the headline was kept as a line of the article.
    doc = clean(_raw("\n\n".join(["A cease-fire took effect between the two sides.", credit, "2021-05-20",
                                  *_COUNCIL_TEXT])))
    line = next(p for p in doc.paragraphs if p.text == credit)
    assert (line.kept, line.reason) == (False, "credit")
    assert doc.authors == (agency,)  # no writer named: the agency is the author, as on a page saying only "Reuters"
    assert doc.inferred["authors"] == "wire credit"


def test_clean_text_a_wire_credit_leaves_a_named_writer_and_sentences_alone() -> None:
    doc = clean(_raw("\n\n".join(["Council Delays Vote on Transit Budget", "By Dana Weiss", "Associated Press",
                                  *_COUNCIL_TEXT, "AP reported the vote first."])))
    assert doc.authors == ("Dana Weiss",)
    assert doc.paragraphs[-1].kept  # a sentence naming the agency is text
