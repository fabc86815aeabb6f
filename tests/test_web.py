"""The web app: every page renders, as HTML and as JSON, with markup escaped and useful 404s."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsfuse.web import create_app
from newsfuse.web.views.common import web_url
from newsfuse.web.views.story import period, timeline_chart
from tests.test_export import OTHER_STORY_ID, STORY_ID, XSS, XSS_PARAGRAPHS, populate_store

GAZETTE = "a1b2c3d4e5f60718"
COPY = "b2c3d4e5f6071829"
EVIL = "c3d4e5f60718293a"

PAGES = [
    "/",
    f"/story/{STORY_ID}",
    f"/story/{OTHER_STORY_ID}",
    f"/doc/{GAZETTE}",
    f"/doc/{EVIL}",
    f"/doc/{COPY}",
    "/entity/e-evil",
    "/entity/e-ana-ruiz",
    "/entities",
    "/search?q=crane",
    "/search?q=" + XSS,
]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    db = tmp_path_factory.mktemp("web") / "web.db"
    populate_store(db)
    return TestClient(create_app(db))


def _json_url(page: str) -> str:
    path, _, query = page.partition("?")
    path = "/index" if path == "/" else path
    return f"{path}.json" + (f"?{query}" if query else "")


@pytest.mark.parametrize("page", PAGES)
def test_web_every_page_renders_escaped_html(client: TestClient, page: str) -> None:
    response = client.get(page)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    html = response.text
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>bold" not in html
    assert "href=\"javascript:" not in html.replace(" ", "").lower()
    # The only scripts are the app's own local file; no CDN anywhere.
    assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/app.js" defer>']
    assert "//cdn" not in html and 'href="/static/style.css"' in html
    assert "default-src 'none'" in response.headers["content-security-policy"]


@pytest.mark.parametrize("page", PAGES)
def test_web_json_variant_is_the_page_context(client: TestClient, page: str) -> None:
    by_suffix = client.get(_json_url(page))
    by_param = client.get(page + ("&" if "?" in page else "?") + "format=json")
    assert by_suffix.status_code == by_param.status_code == 200
    assert by_suffix.headers["content-type"].startswith("application/json")
    assert by_suffix.json() == by_param.json()
    assert "<" not in by_suffix.text  # markup travels as \u003c, intact once parsed


def test_web_index_lists_stories_with_size_outlets_and_span(client: TestClient) -> None:
    data = client.get("/index.json").json()
    crane = next(s for s in data["stories"] if s["id"] == STORY_ID)
    assert crane["documents"] == 3 and crane["sources"] == 2  # the wire copy counts once
    assert crane["outlets"] == sorted(["Coastline Wire", f"Evil {XSS} News", "Tidewater Gazette"])
    assert (crane["first_seen"], crane["last_seen"]) == ("2025-03-04T09:30:00Z", "2025-03-05")
    assert crane["href"] == f"/story/{STORY_ID}"
    assert data["failures"][0]["reason"] == "not text: binary content"
    html = client.get("/").text
    assert 'name="q"' in html and "Crane collapse at Port Callow &lt;script&gt;" in html
    assert "1 input could not be read" in html


def test_web_story_context_shape(client: TestClient) -> None:
    data = client.get(f"/story/{STORY_ID[:6]}.json").json()  # a unique prefix is enough
    assert set(data) == {"story", "summary", "claims", "claim_counts", "timeline", "chart", "framing", "quotes",
                         "sources", "storyline"}  # fmt: skip
    assert data["story"]["id"] == STORY_ID and data["story"]["independent"] == 2
    first = data["summary"][0]["sources"][0]
    assert set(first) == {"doc", "outlet", "published", "start", "end", "href"}
    assert first["href"] == f"/doc/{GAZETTE}?hl={first['start']}-{first['end']}#p-{first['start']}"
    assert data["claim_counts"] == {"corroborated": 1, "conflicting": 2, "single-source": 1}
    conflict = next(c for c in data["claims"] if c["id"] == "c-injured-3")
    assert conflict["conflicts_with"][0]["href"] == "#claim-c-injured-7"
    assert conflict["note"].startswith("Sources disagree: “at least three”")
    # The syndicated copy carries the same quote: one row, the copy in also_in.
    ruiz = [q for q in data["quotes"] if q["speaker"] == "e-ana-ruiz"]
    assert len(ruiz) == 1 and [c["doc"] for c in ruiz[0]["also_in"]] == [COPY]
    assert ruiz[0]["speaker_href"] == "/entity/e-ana-ruiz"
    assert data["sources"][0]["original"]["id"] == GAZETTE
    assert [d["id"] for d in data["sources"][0]["copies"]] == [COPY]
    assert [s["id"] for s in data["storyline"]] == [OTHER_STORY_ID]
    voices = {f["outlet"]: f["voices"] for f in data["framing"]}
    assert voices["Tidewater Gazette"] == [{"name": "Ana Ruiz", "count": 1}]


def test_web_story_framing_links_each_loaded_term_to_where_the_outlet_writes_it(client: TestClient) -> None:
    data = client.get(f"/story/{STORY_ID}.json").json()
    links = {t["term"]: t["href"] for f in data["framing"] for t in f["term_links"]}
    # "failure" is the outlet's own word in its lead: the link highlights it there
    start = XSS_PARAGRAPHS[0][0].index("failure")
    assert links["failure"] == f"/doc/c3d4e5f60718293a?hl={start}-{start + len('failure')}#p-{start}"
    # "ignored" stands only inside a quotation (the speaker's word), "<i>chaos</i>" nowhere: no link
    assert links["ignored"] is None and links["<i>chaos</i>"] is None
    html = client.get(f"/story/{STORY_ID}").text
    assert f'<a href="/doc/c3d4e5f60718293a?hl={start}-{start + 7}#p-{start}"' in html


def test_web_story_page_shows_briefing_badges_chart_and_sources(client: TestClient) -> None:
    html = client.get(f"/story/{STORY_ID}").text
    assert f'href="/doc/{GAZETTE}?hl=' in html
    for status in ("corroborated", "conflicting", "single-source"):
        assert f'<span class="badge {status}">{status}</span>' in html
    chart = re.search(r'<svg class="chart".*?</svg>', html, re.S)
    assert chart and chart.group(0).count("<rect") == 3  # two days and a month
    assert "copy: " in html and "Who said what" in html and "Framing by outlet" in html
    assert "Evil &lt;script&gt;alert(1)&lt;/script&gt; News" in html
    assert "&lt;i&gt;chaos&lt;/i&gt;" in html


def test_web_document_page_highlights_citation_and_hides_dropped(client: TestClient) -> None:
    story = client.get(f"/story/{STORY_ID}.json").json()
    claim = next(c for c in story["claims"] if c["id"] == "c-closed")
    cite = claim["sources"][0]
    page = client.get(cite["href"].split("#")[0])
    assert page.status_code == 200
    html = page.text
    mark = re.search(r'<mark id="p-(\d+)">([^<]*)</mark>', html)
    assert mark and int(mark.group(1)) == cite["start"] and mark.group(2) == "ordered the terminal closed"
    assert html.count('<details class="dropped"') == 2
    assert '<span class="reason">caption</span>' in html and '<span class="reason">promo</span>' in html
    data = client.get(f"/doc/{GAZETTE}.json").json()
    assert set(data) == {"document", "metadata", "paragraphs", "kept", "dropped", "highlight", "quotes", "figures",
                         "dates"}  # fmt: skip
    assert (data["kept"], data["dropped"]) == (3, 2)
    assert [p["anchor"] for p in data["paragraphs"] if p["kept"]][0] == "p-0"
    how = {m["field"]: m["how"] for m in data["metadata"]}
    assert how["outlet"] == "copyright line" and how["published"] == "input"
    assert data["document"]["copies"][0]["id"] == COPY
    assert data["document"]["story"]["id"] == STORY_ID
    assert data["figures"][0]["hedge"] == "lower" and data["dates"][0]["value"] == "2025-03-04"


def test_web_copy_page_names_its_original(client: TestClient) -> None:
    data = client.get(f"/doc/{COPY}.json").json()
    assert data["document"]["duplicate_of"]["id"] == GAZETTE
    assert "is a copy" in client.get(f"/doc/{COPY}").text


def test_web_bad_highlight_is_ignored(client: TestClient) -> None:
    for hl in ("abc", "50-10", "0-999999", "-3-4"):
        response = client.get(f"/doc/{GAZETTE}.json", params={"hl": hl})
        assert response.status_code == 200 and response.json()["highlight"] is None


def test_web_entity_page_lists_quotes_across_stories(client: TestClient) -> None:
    data = client.get("/entity/e-ana-ruiz.json").json()
    assert data["entity"]["name"] == "Ana Ruiz" and data["entity"]["titles"] == ["harbour master"]
    assert [q["doc"] for q in data["quotes"]] == [GAZETTE, COPY]
    assert {q["story"]["id"] for q in data["quotes"]} == {STORY_ID}
    assert data["stories"][0] == {"id": STORY_ID, "title": data["stories"][0]["title"],
                                  "href": f"/story/{STORY_ID}", "quotes": 2, "mentions": 1}  # fmt: skip
    evil = client.get("/entity/e-evil").text
    assert "&lt;img src=x onerror=&#34;alert(2)&#34;&gt;Dr. Evil" in evil


def test_web_search_marks_matches_and_escapes_query(client: TestClient) -> None:
    data = client.get("/search.json", params={"q": "thunder boom"}).json()
    assert data["query"] == "thunder boom" and data["count"] == 2
    assert {r["doc"] for r in data["results"]} == {GAZETTE, COPY}
    assert any(p["match"] and p["text"].lower() == "thunder" for p in data["results"][0]["snippet_parts"])
    html = client.get("/search", params={"q": "thunder"}).text
    assert "<mark>thunder</mark>" in html
    hostile = client.get("/search", params={"q": f'"{XSS}'})
    assert hostile.status_code == 200 and "<script>alert" not in hostile.text
    assert client.get("/search.json").json() == {"query": "", "count": 0, "results": []}


@pytest.mark.parametrize(
    "page", ["/story/nope", "/doc/0000000000000000", "/entity/e-nobody", "/no/such/page", f"/story/{XSS}"]
)
def test_web_unknown_ids_404_with_one_error_shape(client: TestClient, page: str) -> None:
    as_json = client.get(page + ".json") if not page.startswith("/no/") else client.get(page + "?format=json")
    assert as_json.status_code == 404
    body = as_json.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "message"}
    assert body["error"]["status"] == 404 and body["error"]["message"]
    as_html = client.get(page)
    assert as_html.status_code == 404 and as_html.headers["content-type"].startswith("text/html")
    assert "Not found" in as_html.text and "<script>alert" not in as_html.text
    assert client.get(page, headers={"accept": "application/json"}).json()["error"]["status"] == 404


def test_web_404_suggests_matching_ids(client: TestClient) -> None:
    html = client.get("/story/s-").text  # two stories start with "s-": ambiguous prefix
    assert f'href="/story/{STORY_ID}"' in html and f'href="/story/{OTHER_STORY_ID}"' in html
    message = client.get("/story/s-.json").json()["error"]["message"]
    assert "Did you mean" in message


def test_web_story_prefix_of_several_ids_lists_them_instead_of_no_story(client: TestClient) -> None:
    # A prefix two story ids share had answered "No story 's-' in this database".
    page = client.get("/story/s-")
    assert page.status_code == 404
    assert "No story" not in page.text and "start of several story ids" in page.text
    assert f'href="/story/{STORY_ID}"' in page.text and f'href="/story/{OTHER_STORY_ID}"' in page.text
    message = client.get("/story/s-.json").json()["error"]["message"]
    assert "start of several story ids" in message and STORY_ID in message and OTHER_STORY_ID in message
    assert "No story" in client.get("/story/zz-nothing").text  # a prefix of no id still says so


def test_web_static_assets_are_local(client: TestClient) -> None:
    css = client.get("/static/style.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/static/favicon.svg").status_code == 200
    assert client.get("/static/nothing.css").status_code == 404


def test_web_empty_database_renders(tmp_path: Path) -> None:
    client = TestClient(create_app(tmp_path / "empty.db"))
    assert "No stories yet" in client.get("/").text
    assert client.get("/entities.json").json() == {"entities": []}


def test_web_url_filter_allows_only_http() -> None:
    assert web_url("https://example.org/a") == "https://example.org/a"
    assert web_url(" JavaScript:alert(1)") is None
    assert web_url("data:text/html,<b>") is None
    assert web_url("http://[::1") is None
    assert web_url(None) is None


def test_timeline_chart_places_bars_on_a_date_axis() -> None:
    from newsfuse.records import Span, TimelineEntry

    entries = [TimelineEntry(date=d, text="x", sources=(Span("d", 0, 1),))
               for d in ("2025-03-01", "2025-03-01", "2025-03-10", "2025-03", "2025-05", "someday")]  # fmt: skip
    chart = timeline_chart(entries)
    assert chart is not None
    bars = {b["date"]: b for b in chart["bars"]}
    assert set(bars) == {"2025-03-01", "2025-03-10", "2025-03"}
    assert bars["2025-03-01"]["entries"] == 2 and bars["2025-03-01"]["height"] > bars["2025-03-10"]["height"]
    assert bars["2025-03-01"]["x"] < bars["2025-03-10"]["x"]
    # The month is a low band cut to the axis, drawn first (under the days); May is off the axis.
    assert chart["bars"][0]["date"] == "2025-03" and bars["2025-03"]["height"] < bars["2025-03-10"]["height"]
    assert bars["2025-03"]["width"] > bars["2025-03-10"]["width"]
    assert chart["later"] == {"entries": 1, "from": "2025-05", "to": "2025-05", "href": "#t-4"}
    assert all(chart["left"] <= b["x"] and b["x"] + b["width"] <= chart["right"] for b in bars.values())
    assert timeline_chart([]) is None
    assert period("2024-02")[1].day == 29 and period("2025-13") is None  # type: ignore[index]


def test_timeline_chart_keeps_background_dates_off_the_axis() -> None:
    from newsfuse.records import Span, TimelineEntry

    dates = ("1978-06", "2016-05-02", "2025-03-04", "2025-03-05", "2025-03-07")
    entries = [TimelineEntry(date=d, text="x", sources=(Span("d", 0, 1),)) for d in dates]
    chart = timeline_chart(entries, around=("2025-03-04T09:00:00Z", "2025-03-07"))
    assert chart is not None
    assert [b["date"] for b in chart["bars"]] == ["2025-03-04", "2025-03-05", "2025-03-07"]
    assert chart["earlier"] == {"entries": 2, "from": "1978-06", "to": "2016-05-02", "href": "#t-0"}
    assert chart["later"] is None
    # Spread over the axis, not squeezed into one corner.
    assert chart["bars"][-1]["x"] - chart["bars"][0]["x"] > 300
    # Without the story's window only the month stays off: the 2016 day still sets the axis.
    assert len(timeline_chart(entries)["bars"]) == 4  # type: ignore[index]


def test_web_json_escapes_are_valid_json(client: TestClient) -> None:
    text = client.get(f"/doc/{EVIL}.json").text
    assert "\\u003cscript\\u003e" in text
    assert XSS in json.loads(text)["document"]["title"]


def test_web_unusable_database_and_wrong_method_use_the_error_shape(tmp_path: Path) -> None:
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"not a sqlite database " * 200)
    client = TestClient(create_app(broken))
    response = client.get("/index.json")
    assert response.status_code == 500
    assert response.json()["error"]["status"] == 500 and "--db" in response.json()["error"]["message"]
    assert client.get("/").status_code == 500
    posted = client.post("/index.json")
    assert posted.status_code == 405 and posted.json() == {"error": {"status": 405, "message": "Method Not Allowed"}}


def test_web_pages_answer_head(client: TestClient) -> None:
    assert client.head("/").status_code == 200
    assert client.head(f"/story/{STORY_ID}").status_code == 200


def _row(doc: str, text: str, speaker_name: str | None, speaker: str | None = None) -> dict:
    return {"text": text, "kind": "direct", "speaker": speaker, "speaker_name": speaker_name, "doc": doc,
            "outlet": doc.upper(), "published": None, "start": 0, "end": len(text), "href": f"/doc/{doc}",
            "also_in": []}  # fmt: skip


def test_web_unattributed_copy_of_a_quote_joins_its_speakers_row() -> None:
    from newsfuse.web.views.story import _fold_unattributed_copies

    said = "We acted in the honest belief that the convoy carried explosives"
    rows = {
        ("e-vance", said.lower()): (0, _row("a", said + "...", "Gen. Ada Vance", "e-vance")),
        ("", "copy"): (1, _row("b", "“" + said + " bound for our forces,” the statement read.", None)),
        ("", "short"): (2, _row("c", "We acted in good faith", None)),
    }
    _fold_unattributed_copies(rows)
    assert set(rows) == {("e-vance", said.lower()), ("", "short")}
    assert [c["doc"] for c in rows[("e-vance", said.lower())][1]["also_in"]] == ["b"]


def test_web_quote_two_speakers_share_keeps_its_unattributed_copy_apart() -> None:
    from newsfuse.web.views.story import _fold_unattributed_copies

    said = "There will be no new taxes on working families this year"
    rows = {
        ("e-1", "x"): (0, _row("a", said, "Mayor Lee", "e-1")),
        ("e-2", "y"): (1, _row("b", said, "Council Chair Diaz", "e-2")),
        ("", "z"): (2, _row("c", said, None)),
    }
    _fold_unattributed_copies(rows)
    assert ("", "z") in rows


def test_web_citations_cite_each_article_once() -> None:
    from newsfuse.records import Document, Paragraph, Span
    from newsfuse.web.views.common import WebLinks, citations

    def doc(doc_id: str, outlet: str) -> Document:
        text = "The toll rose to 14 on Tuesday. Officials said the toll rose to 14."
        return Document(id=doc_id, source_path=f"{doc_id}.txt", outlet=outlet,
                        paragraphs=(Paragraph(index=0, text=text, kept=True, reason="body"),))

    docs = {"g": doc("g", "Gazette"), "w": doc("w", "Wire")}
    # The Gazette gives the figure twice: one citation, at its first passage.
    cited = citations([Span("g", 17, 19), Span("g", 64, 66), Span("w", 17, 19)], docs, WebLinks())
    assert [c["doc"] for c in cited] == ["g", "w"]
    assert (cited[0]["start"], cited[0]["end"]) == (17, 19)


def test_web_a_speaker_named_by_part_of_their_name_shows_the_full_name() -> None:
    # one person reads the same across the outlets of a story; phrases and other kinds stay as written
    from newsfuse.records import Entity
    from newsfuse.web.views.common import shown_speaker

    person = Entity(id="e1", name="Ann Reyes", type="PERSON")
    assert shown_speaker("Reyes", person) == "Ann Reyes"
    assert shown_speaker("Reyes’s", person) == "Ann Reyes"
    assert shown_speaker("a spokesman", person) == "a spokesman"
    assert shown_speaker("Reyes", Entity(id="e2", name="Reyes County", type="GPE")) == "Reyes"
    assert shown_speaker(None, person) == "Ann Reyes"
    assert shown_speaker("Reyes", None) == "Reyes"
    # a text is shown with the body it comes from, unless its own words name it
    agency = Entity(id="e3", name="Harbour Safety Board", type="ORG")
    assert shown_speaker("estimates", agency, "written") == "estimates (Harbour Safety Board)"
    assert shown_speaker("the Harbour Safety Board's report", agency, "written") == "the Harbour Safety Board's report"
    assert shown_speaker("the agency", agency, "organisation") == "the agency"
    assert shown_speaker("data from the Board of Harbour Safety", agency, "written") == "data from the Board of Harbour Safety"
