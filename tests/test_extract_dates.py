"""Date extraction and normalisation on invented news sentences published Thursday 2023-09-14."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from newsfuse.extract.dates import Anchor, extract_dates, normalise, parse_published, resolve_weekday

PUBLISHED = "2023-09-14"  # a Thursday
DCT = date(2023, 9, 14)


def dates_in(nlp, text: str, published: str | None = PUBLISHED) -> dict[str, tuple[str | None, str, str]]:
    doc = nlp(text)
    found = {}
    for mention in extract_dates(doc, doc_id="d1", published=published):
        assert text[mention.start : mention.end] == mention.text
        found[mention.text] = (mention.value, mention.grain, mention.type)
    return found


# ------------------------------------------------------------------ model-free normalisation


@pytest.mark.parametrize(
    ("text", "value", "grain"),
    [
        ("April 25, 2019", "2019-04-25", "day"),
        ("Sept. 11, 2023", "2023-09-11", "day"),
        ("25 April 2019", "2019-04-25", "day"),
        ("2019-04-25", "2019-04-25", "day"),
        ("August 15", "2023-08-15", "day"),
        ("last week", "2023-W36", "week"),
        ("this week", "2023-W37", "week"),
        ("later this month", "2023-09", "month"),
        ("last month", "2023-08", "month"),
        ("last year", "2022", "year"),
        ("next year", "2024", "year"),
        ("yesterday", "2023-09-13", "day"),
        ("today", "2023-09-14", "day"),
        ("tomorrow", "2023-09-15", "day"),
        ("the third quarter", "2023-Q3", "quarter"),
        ("next spring", "2024-SP", "season"),
        ("the 1990s", "199", "decade"),
        ("the 20th century", "19", "century"),
        ("the late 1800s", "18", "century"),
        ("the 2000s", "200", "decade"),
        ("three years ago", "2020", "year"),
        ("last April", "2023-04", "month"),
        ("last August", "2022-08", "month"),  # the month just ended would be "last month"
        ("this past August", "2023-08", "month"),
        ("Christmas", "2023-12-25", "day"),
    ],
)
def test_extract_dates_normalise_calendar_expressions(text: str, value: str, grain: str) -> None:
    result = normalise(text, Anchor(dct=DCT))
    assert (result.value, result.grain) == (value, grain)


@pytest.mark.parametrize(
    ("text", "value", "type_"),
    [
        ("18 months", "P18M", "DURATION"),
        ("two weeks", "P2W", "DURATION"),
        ("5 1/2 hours", "PT5H30M", "DURATION"),
        ("several years", "PXY", "DURATION"),
        ("every Monday", "XXXX-WXX-1", "SET"),
        ("weekly", "P1W", "SET"),
        ("every two weeks", "P2W", "SET"),
        ("now", "PRESENT_REF", "DATE"),
        ("recently", "PAST_REF", "DATE"),
    ],
)
def test_extract_dates_normalise_durations_sets_and_references(text: str, value: str, type_: str) -> None:
    result = normalise(text, Anchor(dct=DCT))
    assert (result.value, result.type) == (value, type_)


def test_extract_dates_impossible_date_has_no_value() -> None:
    result = normalise("February 30", Anchor(dct=DCT))
    assert result.value is None
    assert result.reason is not None and "impossible" in result.reason


def test_extract_dates_relative_needs_publication_date() -> None:
    for text in ("Tuesday", "last week", "yesterday", "in May"):
        result = normalise(text, Anchor(dct=None))
        assert result.value is None
        assert result.reason == "no publication date"
    assert normalise("April 25, 2019", Anchor(dct=None)).value == "2019-04-25"
    assert normalise("18 months", Anchor(dct=None)).value == "P18M"


def test_extract_dates_resolve_weekday_by_direction() -> None:
    assert resolve_weekday(DCT, 1, "past") == date(2023, 9, 12)
    assert resolve_weekday(DCT, 1, "future") == date(2023, 9, 19)
    assert resolve_weekday(DCT, 3, "past") == DCT
    assert resolve_weekday(DCT, 3, "past", strict=True) == date(2023, 9, 7)


def test_extract_dates_parse_published_accepts_datetimes() -> None:
    assert parse_published("2023-09-14T08:30:00Z") == DCT
    assert parse_published("2023-09-14") == DCT
    assert parse_published(None) is None
    assert parse_published("not a date") is None


# ------------------------------------------------------------------ on parsed sentences


@pytest.mark.model
def test_extract_dates_absolute_and_partial(nlp) -> None:
    found = dates_in(
        nlp,
        "The treaty, signed on April 25, 2019, was suspended in May after the attacks of Sept. 11, 2023. "
        "Talks resume on August 15.",
    )
    assert found["April 25, 2019"][:2] == ("2019-04-25", "day")
    assert found["Sept. 11, 2023"][0] == "2023-09-11"
    assert found["May"][:2] == ("2023-05", "month")
    assert found["August 15"][0] == "2023-08-15"


@pytest.mark.model
def test_extract_dates_weekday_follows_tense(nlp) -> None:
    past = dates_in(nlp, "The minister said on Tuesday that the border crossing had reopened.")
    future = dates_in(nlp, "The two leaders will meet on Tuesday in Geneva to discuss the ceasefire.")
    assert past["Tuesday"][0] == "2023-09-12"
    assert future["Tuesday"][0] == "2023-09-19"


@pytest.mark.model
def test_extract_dates_relative_expressions(nlp) -> None:
    found = dates_in(
        nlp,
        "Prices rose last week and the central bank will decide later this month. "
        "Inflation peaked last year, officials said yesterday, and the governor speaks today. "
        "Protests are planned for tonight.",
    )
    assert found["last week"][:2] == ("2023-W36", "week")
    assert found["later this month"][:2] == ("2023-09", "month")
    assert found["last year"][:2] == ("2022", "year")
    assert found["yesterday"][:2] == ("2023-09-13", "day")
    assert found["today"][:2] == ("2023-09-14", "day")
    assert found["tonight"][1] == "day"
    assert found["tonight"][0].startswith("2023-09-14")


@pytest.mark.model
def test_extract_dates_durations_sets_and_times(nlp) -> None:
    found = dates_in(
        nlp,
        "The programme will run for 18 months. Inspectors visit the plant every Monday. "
        " The vote took place at 3 p.m. on Tuesday.",
    )
    assert found["18 months"] == ("P18M", "duration", "DURATION")
    assert found["every Monday"][2] == "SET"
    time_values = [v for v, _, t in found.values() if t == "TIME"]
    assert "2023-09-12T15:00" in time_values


@pytest.mark.model
def test_extract_dates_in_text_anchor(nlp) -> None:
    found = dates_in(nlp, "The ministry announced on Tuesday (September 12) that exports would resume.")
    assert found["Tuesday"][0] == "2023-09-12"
    assert found["September 12"][0] == "2023-09-12"


@pytest.mark.model
def test_extract_dates_without_publication_date(nlp) -> None:
    doc = nlp("The agency said on Tuesday that the dam, built in 1961, failed last week.")
    mentions = {m.text: m for m in extract_dates(doc, doc_id="d2", published=None)}
    assert mentions["Tuesday"].value is None
    assert mentions["Tuesday"].reason == "no publication date"
    assert mentions["last week"].value is None
    assert mentions["1961"].value == "1961"


@pytest.mark.model
def test_extract_dates_impossible_date_in_text(nlp) -> None:
    doc = nlp("The ruling, dated February 30, was quickly withdrawn.")
    mentions = [m for m in extract_dates(doc, doc_id="d3", published=PUBLISHED) if "February" in m.text]
    assert mentions and mentions[0].value is None and mentions[0].reason


@pytest.mark.model
def test_extract_dates_skips_ages_and_plain_numbers(nlp) -> None:
    found = dates_in(nlp, "Maria Lopez, 44, a 52-year-old engineer's colleague, counted 300 ballots.")
    assert not any("44" in text or "52" in text or "300" in text for text in found)


@pytest.mark.model
def test_extract_dates_grains_are_known(nlp) -> None:
    from newsfuse.extract.dates import GRAINS

    doc = nlp(
        "Since the 1990s and through the third quarter of last year, output grew every month; this summer, "
        "for the first time in a decade, it fell 2% in two weeks, and now officials meet on Fridays."
    )
    for mention in extract_dates(doc, doc_id="d4", published=PUBLISHED):
        assert mention.grain in GRAINS
        assert mention.type in {"DATE", "TIME", "DURATION", "SET"}


def test_extract_dates_eval_reads_timeml(tmp_path: Path) -> None:
    from newsfuse.evaluate.dates import read_timeml, select_files

    sample = tmp_path / "a.tml"
    sample.write_text(
        '<?xml version="1.0" ?>\n<TimeML><DOCID>a</DOCID>'
        '<DCT><TIMEX3 tid="t0" type="DATE" value="2023-09-14" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>'
        '<TEXT>\nTalks <EVENT eid="e1">ended</EVENT> <TIMEX3 tid="t1" type="DATE" value="2023-09-12">Tuesday'
        '</TIMEX3> &amp; resume <TIMEX3 tid="t2" type="DATE" value="2023-W38">next week</TIMEX3>.\n</TEXT></TimeML>'
    )
    document = read_timeml(sample)
    assert document.dct == "2023-09-14"
    assert [(document.text[t.start : t.end], t.value) for t in document.timexes] == [
        ("Tuesday", "2023-09-12"),
        ("next week", "2023-W38"),
    ]
    assert "&" in document.text
    files = [Path(f"{i}.tml") for i in range(10)]
    assert select_files(files, "test") == [Path("0.tml"), Path("5.tml")]
    assert len(select_files(files, "train")) == 8


def test_extract_dates_eval_reads_meantime_cat(tmp_path: Path) -> None:
    # MEANTIME's CAT layout: tokens with sentence numbers, TIMEX3 markables anchored on tokens; the
    # creation-time line and sentences after the fifth (never annotated for time) are left out.
    from newsfuse.evaluate.dates import read_cat_timexes

    words = [("1", "0", "Ferry"), ("2", "0", "delayed"), ("3", "1", "03-02-2009"), ("4", "2", "It"),
             ("5", "2", "sails"), ("6", "2", "on"), ("7", "2", "Friday"), ("8", "2", "."), ("9", "7", "Later"),
             ("10", "7", "news"), ("11", "7", ".")]
    tokens = "".join(f'<token t_id="{i}" sentence="{s}" number="{i}">{w}</token>' for i, s, w in words)
    sample = tmp_path / "corpus_x" / "1_ferry.xml"
    sample.parent.mkdir()
    sample.write_text(
        f'<?xml version="1.0" ?><Document doc_name="1_ferry">{tokens}<Markables>'
        '<TIMEX3 m_id="1" functionInDocument="CREATION_TIME" type="DATE" value="03-02-2009"><token_anchor t_id="3"/></TIMEX3>'
        '<TIMEX3 m_id="2" type="DATE" value="2009-02-06"><token_anchor t_id="7"/></TIMEX3>'
        "</Markables></Document>"
    )
    document = read_cat_timexes(sample)
    assert document.dct == "2009-02-03"
    assert document.text == "Ferry delayed\n\nIt sails on Friday."
    assert [(document.text[t.start : t.end], t.value) for t in document.timexes] == [("Friday", "2009-02-06")]


NOVEMBER_DCT = date(2023, 11, 2)


@pytest.mark.parametrize(
    ("text", "tense", "dct", "value"),
    [
        ("Nov. 20", "past", NOVEMBER_DCT, "2023-11-20"),  # a deadline weeks ahead under a past verb
        ("December", "past", DCT, "2022-12"),  # "said ... in December" written in September: last year
        ("Jan. 2", "present", NOVEMBER_DCT, "2024-01-02"),  # "is payable Jan. 2" written in November
        ("Jan. 2", None, NOVEMBER_DCT, "2024-01-02"),
        ("March", None, DCT, "2023-03"),
        ("Feb. 30", None, DCT, None),  # impossible
    ],
)
def test_extract_dates_partial_dates_year_window(text: str, tense: str | None, dct: date, value: str | None) -> None:
    assert normalise(text, Anchor(dct=dct, tense=tense)).value == value  # type: ignore[arg-type]


@pytest.mark.model
def test_extract_dates_deadline_lies_ahead(nlp) -> None:
    found = dates_in(nlp, "Lenders have extended the loans through January.", published="2023-11-02")
    assert found["January"][0] == "2024-01"
    past = dates_in(nlp, "The company had bought 481,000 shares through Sept. 29.", published="2023-10-30")
    assert past["Sept. 29"][0] == "2023-09-29"


@pytest.mark.model
def test_extract_dates_far_years_and_no_publication_date(nlp) -> None:
    found = dates_in(nlp, "The treaty of 1648 ended the war, and a probe will reach it in 2450.", published=None)
    assert found["1648"][0] == "1648"
    assert all(value is None or value[:1].isdigit() for value, _, _ in found.values())
    relative = dates_in(nlp, "The council met on Tuesday.", published=None)
    assert relative["Tuesday"][0] is None


@pytest.mark.parametrize(
    ("text", "value", "type_"),
    [
        ("in recent years", "PXY", "DURATION"),  # TimeML: a stretch of unknown length, not PAST_REF
        ("recent weeks", "PXW", "DURATION"),
        ("the weeks ahead", "PXW", "DURATION"),
        ("the next two years or so", "P2Y", "DURATION"),
        ("eight trading days", "P8D", "DURATION"),
        ("an additional year", "P1Y", "DURATION"),
        ("the nineties", "199", "DATE"),
        ("the near term", "FUTURE_REF", "DATE"),
        ("each July", "XXXX-07", "SET"),
    ],
)
def test_extract_dates_normalise_vague_lengths_and_decades(text: str, value: str, type_: str) -> None:
    result = normalise(text, Anchor(dct=DCT))
    assert (result.value, result.type) == (value, type_)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the 2022 second quarter", "2022-Q2"),
        ("the year-ago third quarter", "2022-Q3"),
        ("last year's quarter", "2022-Q2"),  # the quarter under discussion, a year before
        ("the 2022 quarter", "2022-Q2"),
        ("the fiscal-first quarter", "2023-Q1"),
    ],
)
def test_extract_dates_normalise_quarters_with_years(text: str, value: str) -> None:
    assert normalise(text, Anchor(dct=DCT, quarter=(2023, 2))).value == value


def test_extract_dates_event_anchored_expressions_use_the_reference_date() -> None:
    assert normalise("later that year", Anchor(dct=DCT, reference="2019-06")).value == "2019"
    assert normalise("the following month", Anchor(dct=DCT, reference="2019-06-12")).value == "2019-07"
    assert normalise("the next morning", Anchor(dct=DCT, reference="2021-03-03")).value == "2021-03-04TMO"
    assert normalise("the day before", Anchor(dct=DCT, reference="2021-03-01")).value == "2021-02-28"
    unresolved = normalise("the next day", Anchor(dct=DCT, reference="2019"))  # a year gives no day
    assert unresolved.value is None and unresolved.reason == "relative to another event"
    assert normalise("that day", Anchor(dct=DCT)).reason == "relative to another event"


@pytest.mark.model
def test_extract_dates_event_anchored_in_text(nlp) -> None:
    found = dates_in(nlp, "The mayor fled to Lisbon in June 2019 and returned to the city later that year.")
    assert found["later that year"][0] == "2019"
    first = dates_in(nlp, "Later that day, the ferry left the harbour.")
    assert first["Later that day"][0] is None


@pytest.mark.model
def test_extract_dates_clock_time_with_zone_and_day(nlp) -> None:
    found = dates_in(nlp, "The union has until 5 p.m. EST Friday to answer the offer.")
    assert found["5 p.m. EST Friday"][:2] == ("2023-09-15T17:00", "time")
    dated = dates_in(nlp, "The tender offer expires at 5 p.m. EST, Nov. 6.")
    assert dated["5 p.m. EST, Nov. 6"][0] == "2023-11-06T17:00"


@pytest.mark.model
def test_extract_dates_the_year_is_the_publication_year(nlp) -> None:
    found = dates_in(nlp, "For the year, sales at the bakery chain rose 4%.")
    assert found["the year"][:2] == ("2023", "year")
    period = dates_in(nlp, "For the year ended June 30, the bakery chain earned $2 million.")
    assert period["the year"][0] == "P1Y"


@pytest.mark.model
def test_extract_dates_effective_dates_lie_ahead(nlp) -> None:
    found = dates_in(nlp, "The board created the post of deputy chairman, effective Feb. 1.", published="2023-10-26")
    assert found["Feb. 1"][0] == "2024-02-01"


@pytest.mark.model
def test_extract_dates_participle_takes_the_clause_tense(nlp) -> None:
    found = dates_in(nlp, "The boy was found floating off the coast on Thanksgiving Day.", published="2024-04-03")
    assert found["Thanksgiving Day"][0] == "2023-11-23"
    record = dates_in(nlp, "The index ended within 70 points of its record high set on Aug. 6.", published="2024-02-06")
    assert record["Aug. 6"][0] == "2023-08-06"


@pytest.mark.model
def test_extract_dates_skips_index_levels_and_age_decades(nlp) -> None:
    assert dates_in(nlp, "The index shed 47.3 points to close at 2082.1 on the day.") == {}
    assert not dates_in(nlp, "She married his father when he was in his 30s.")
    assert dates_in(nlp, "In nineteen ninety-one the plant closed.")["nineteen ninety-one"][0] == "1991"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a minute and a half later", "PT1M30S"),
        ("an hour and a half", "PT1H30M"),
        ("at least 20 more years", "P20Y"),
        ("the last half of 2022", "2022-H2"),
        ("at least the first two quarters of 2024", "2024-H1"),
        ("the last two quarters", "P2Q"),  # no year: a length, not a half
        ("mid-afternoon yesterday", "2023-09-13TAF"),
    ],
)
def test_extract_dates_normalise_halves_and_compound_lengths(text: str, value: str) -> None:
    assert normalise(text, Anchor(dct=DCT)).value == value


def test_extract_dates_this_quarter_in_a_results_report() -> None:
    reported = Anchor(dct=DCT, quarter=(2023, 2), financial=True)
    assert normalise("this quarter", reported).value == "2023-Q2"  # the quarter being reported
    assert normalise("the current quarter", reported).value == "2023-Q3"  # the one in progress
    assert normalise("this quarter", Anchor(dct=DCT)).value == "2023-Q3"


@pytest.mark.model
def test_extract_dates_splits_lists_of_days_and_years(nlp) -> None:
    found = dates_in(nlp, "The ministers will meet in Vienna on March 14 and 15.", published="2023-03-01")
    assert found["March 14"][0] == "2023-03-14"
    assert found["15"][0] == "2023-03-15"
    years = dates_in(nlp, "Floods hit the valley in 1994, 1995 and 1997.")
    assert {years[y][0] for y in ("1994", "1995", "1997")} == {"1994", "1995", "1997"}
    about = dates_in(nlp, "A week or so ago, the mayor closed the bridge.")
    assert list(about) == ["A week or so ago"]


@pytest.mark.model
def test_extract_dates_counted_lengths_and_hedges(nlp) -> None:
    found = dates_in(nlp, "The lease runs for at least 20 more years, and the firm made a profit after several quarters of losses.")
    assert found["at least 20 more years"][0] == "P20Y"
    assert found["several quarters"][0] == "PXQ"
    about = dates_in(nlp, "The pilots spent about five hours at the airport.")
    assert about["five hours"][0] == "PT5H"  # TimeBank leaves "about" outside the expression
    week = dates_in(nlp, "The weekly meeting moved to This Week With Jane Doe.")
    assert "This Week" not in week


@pytest.mark.model
def test_extract_dates_skips_fractions_names_and_possessed_units(nlp) -> None:
    assert not dates_in(nlp, "The island imports about three-quarters of its food.")
    assert not dates_in(nlp, "She met a teacher from his year in kindergarten.")
    assert not dates_in(nlp, "Thousands joined the annual March for Peace in the capital.")
    assert not dates_in(nlp, "The poster showed a scene from the film High Noon.")
    kept = dates_in(nlp, "The chairman resigned in March for health reasons.")
    assert kept["March"][0] == "2023-03"


@pytest.mark.model
def test_extract_dates_recurring_modifiers(nlp) -> None:
    found = dates_in(nlp, "The agency publishes the daily tally of inspections.")
    assert found["daily"][:3] == ("P1D", "set", "SET")
    assert "daily" not in dates_in(nlp, "The stock traded twice its average daily volume.")


@pytest.mark.model
def test_extract_dates_weekday_joined_to_its_date_and_overtaken_plans(nlp) -> None:
    found = dates_in(nlp, "Half of the money left the fund Friday Oct. 13 alone.", published="2023-10-20")
    assert found == {"Friday Oct. 13": ("2023-10-13", "day", "DATE")}
    overtaken = dates_in(nlp, "The offer had been scheduled to expire at midnight Friday.", published="2023-09-18")
    assert overtaken["midnight Friday"][0].startswith("2023-09-15")


@pytest.mark.model
def test_extract_dates_number_after_a_date_is_not_always_a_day(nlp) -> None:
    found = dates_in(nlp, "The storm struck on April 24 and 25 people died.", published="2023-05-01")
    assert "25" not in found


@pytest.mark.model
def test_extract_dates_forecast_quarters_are_not_the_reported_quarter(nlp) -> None:
    found = dates_in(
        nlp,
        "The steelmaker posted a 54% drop in third-quarter profit. Analysts expect the slump to continue "
        "into the fourth quarter and through the second quarter of 2024. In the year-ago period, the company "
        "earned $101 million.",
        published="2023-10-26",
    )
    assert found["the year-ago period"][0] == "2022-Q3"


@pytest.mark.model
def test_extract_dates_article_stays_outside_before_a_date(nlp) -> None:
    found = dates_in(nlp, "The company cancelled the Dec. 21, 2022 agreement and took a fourth-quarter charge.")
    assert found["Dec. 21, 2022"][0] == "2022-12-21"
    assert "fourth-quarter" in found


# ------------------------------------------------------------------ third round (issue 5)


@pytest.mark.model
def test_extract_dates_soon_is_a_vague_future(nlp) -> None:
    found = dates_in(nlp, "The ministry said it will soon publish the new rules for landlords.")
    assert found["soon"][:3] == ("FUTURE_REF", "unknown", "DATE")
    assert "soon" not in dates_in(nlp, "The mayor wants the bridge reopened as soon as possible.")
    assert "soon" not in dates_in(nlp, "The driver died soon after the crash on the ring road.")
    assert "soon" not in dates_in(nlp, "The trickle of refugees soon became a flood.")


@pytest.mark.model
def test_extract_dates_a_year_earlier_in_a_nine_month_sentence(nlp) -> None:
    found = dates_in(
        nlp,
        "The brewer reported third-quarter profit of $40 million. For the nine months, it earned $110 million, "
        "up from $95 million a year earlier.",
        published="2023-10-26",
    )
    assert found["a year earlier"][0] == "2022"  # the nine months a year before: the year, not a quarter
    quarter = dates_in(
        nlp,
        "The brewer reported third-quarter profit of $40 million, up from $31 million a year earlier.",
        published="2023-10-26",
    )
    assert quarter["a year earlier"][0] == "2022-Q3"


@pytest.mark.model
def test_extract_dates_counted_months_of_a_year_are_two_expressions(nlp) -> None:
    found = dates_in(nlp, "Hiring averaged 210,000 a month for the first nine months of 2022.")
    assert found["the first nine months"][0] == "P9M"
    assert found["2022"][0] == "2022"
    this_year = dates_in(nlp, "Revenue fell 4% to $713 million through the first nine months of the year.")
    assert this_year["the year"][0] == "2023"
    halves = dates_in(nlp, "Analysts expect losses through the first two quarters of 2024.")
    assert "2024" not in halves  # two quarters of a year are one half (2024-H1), not split


@pytest.mark.model
def test_extract_dates_vague_lengths_joined_by_or(nlp) -> None:
    found = dates_in(nlp, "Doctors said the climber probably died within weeks or months of his fall.")
    assert found == {"weeks or months": ("PXW", "duration", "DURATION")}


@pytest.mark.model
def test_extract_dates_weekday_coordinated_with_a_recurring_one(nlp) -> None:
    found = dates_in(nlp, "Two new ferries will leave the port on Monday and Tuesday nights from March 30.")
    assert found["Tuesday nights"][:3] == ("XXXX-WXX-2TNI", "set", "SET")
    assert found["Monday"][:3] == ("XXXX-WXX-1TNI", "set", "SET")


@pytest.mark.model
def test_extract_dates_anaphoric_parts_of_day_and_weekdays(nlp) -> None:
    text = (
        "Shares in Tokyo fell sharply on Friday, Sept. 8. Dealers placed heavy sell orders in the morning, "
        "and the index closed 3% below the previous Friday."
    )
    found = dates_in(nlp, text)
    assert found["the morning"][0] == "2023-09-08TMO"  # the day last mentioned, not the publication day
    assert found["the previous Friday"][0] == "2023-09-01"
    clock = dates_in(
        nlp, "The doctor was shot on Oct. 23, 2022. Police said the sniper fired at 10 p.m. from the woods."
    )
    assert clock["10 p.m."][0] == "2022-10-23T22:00"


@pytest.mark.model
def test_extract_dates_not_dates_foreseeable_future_and_baby_ages(nlp) -> None:
    assert not dates_in(nlp, "The troops will stay in the region for the foreseeable future.")
    assert not dates_in(nlp, "The minister travelled with his wife and their 6-month-old son.")
    truce = dates_in(nlp, "Extremists tried to wreck the 8-month-old truce.")
    assert truce["8-month-old"][0] == "P8M"


@pytest.mark.model
def test_extract_dates_high_for_the_year_and_latest_period(nlp) -> None:
    found = dates_in(nlp, "The stock rose to a high for the year of $42.875 a share in June.")
    assert found["the year"][0] == "2023"
    latest = dates_in(
        nlp, "There were no one-time gains in the latest period, the publisher said.", published="2023-11-02"
    )
    assert latest["the latest period"][0] == "2023-Q3"


@pytest.mark.model
def test_extract_dates_uncounted_gaps_titles_and_ordinal_days(nlp) -> None:
    gaps = dates_in(nlp, "The two bombs went off just minutes apart near the station.")
    assert "minutes" not in gaps
    assert dates_in(nlp, "The first shells fell 72 hours after the talks ended.")["72 hours"][0] == "PT72H"
    title = dates_in(nlp, "The poll was published by USA Today and the BBC.")
    assert "Today" not in title
    assert "TODAY" not in dates_in(nlp, "She wrote a series of columns about the two towns for USA TODAY.")
    ordinal = dates_in(nlp, "Heavy shelling continued in the north. It's the second day of the offensive.")
    assert ordinal["the second day"][0] == PUBLISHED


def test_extract_dates_a_year_later_counts_from_the_story_not_the_publication_date(nlp) -> None:
    found = dates_in(nlp, "The mayor took office in January 2019. A year later, she faced a recall vote.")
    assert found["A year later"][0] == "2020"
    alone = dates_in(nlp, "A year later, she faced a recall vote.")
    assert alone["A year later"][0] is None  # nothing to count from: unresolved, not 2024


def test_extract_dates_weekday_inside_a_name_is_not_a_date(nlp) -> None:
    found = dates_in(nlp, "The talks built on the Good Friday agreement. The minister told CNN Tuesday that they would resume.")
    assert "Friday" not in found
    assert found["Tuesday"][0] == "2023-09-12"


def test_extract_dates_span_never_ends_in_blank_lines(nlp) -> None:
    text = "The parade is off. — Jane Doe (@janedoe) August 17, 2023\n\nOfficials said the cost had grown."
    found = dates_in(nlp, text)
    assert found.get("August 17, 2023", (None,))[0] == "2023-08-17"
    assert all(not key.endswith("\n") for key in found)


def test_extract_dates_day_range_of_one_month_is_two_days(nlp) -> None:
    found = dates_in(nlp, "The poll was conducted Sept. 5-7 among 1,020 adults, and the fiscal 2022-23 budget passed.")
    assert found["Sept. 5"][0] == "2023-09-05"
    assert found["7"][0] == "2023-09-07"
    assert found["fiscal 2022-23"][0] == "2022"


@pytest.mark.model
def test_extract_dates_years_of_an_era(nlp) -> None:  # type: ignore[no-untyped-def]
    found = dates_in(nlp, "The coins date from 300 B.C. to 200 A.D., and the temple was built in 10 BC.")
    assert found["300 B.C."][0] == "BC0300" and found["10 BC"][0] == "BC0010"
    assert found["200 A.D."][0] == "0200"
    assert dates_in(nlp, "Augustus ruled from 27 BCE until 14 CE.")["14 CE"][0] == "0014"


def test_extract_dates_midnight_ends_the_day_it_names() -> None:
    result = normalise("midnight Friday", Anchor(dct=DCT, tense="future"))
    assert (result.value, result.type) == ("2023-09-15T24:00", "TIME")
    assert normalise("noon Friday", Anchor(dct=DCT, tense="future")).value == "2023-09-15T12:00"


@pytest.mark.model
def test_extract_dates_one_day_after_a_modal_is_some_day_ahead(nlp) -> None:
    found = dates_in(nlp, "Engineers believe the valley will one day become a major wine region.")
    assert found["one day"][0] == "FUTURE_REF"
    assert dates_in(nlp, "The strike lasted one day.")["one day"][0] == "P1D"


def test_extract_dates_month_name_followed_by_month() -> None:
    assert normalise("April month", Anchor(dct=DCT, tense="past")).value == "2023-04"


@pytest.mark.model
def test_extract_dates_present_simple_with_a_weekday_is_scheduled(nlp) -> None:
    found = dates_in(nlp, "The two ministers meet separately Monday with the mediator.")
    assert found["Monday"][0] == "2023-09-18"  # the next Monday, not the one just past
    said = dates_in(nlp, "The mayor says Monday's vote was fair.")
    assert said["Monday"][0] == "2023-09-11"


@pytest.mark.model
def test_extract_dates_the_day_before_a_date_is_one_day_off_it(nlp) -> None:
    found = dates_in(nlp, "The day before last Tuesday's hearing, the lawyer visited the family.")
    assert [value for text, (value, *_) in found.items() if "day before last Tuesday" in text] == ["2023-09-11"]
    assert normalise("the day after Christmas", Anchor(dct=DCT, tense="past")).value == "2022-12-26"


@pytest.mark.model
def test_extract_dates_counted_seasons_recur(nlp) -> None:
    found = dates_in(nlp, "Riots have broken out in the port city for the past three summers.")
    assert found["the past three summers"][:3] == ("XXXX-SU", "set", "SET")


@pytest.mark.model
def test_extract_dates_quarter_ended_is_named_by_its_months(nlp) -> None:
    text = "In the quarter ended July 31, the retailer had 5.6 million shares outstanding."
    found = dates_in(nlp, text, published="2023-11-02")
    assert found["the quarter"][0] == "2023-Q2"  # May-July
    named = dates_in(nlp, "Earnings for its fourth quarter ended Sept. 30 fell 50%.", published="2023-11-02")
    assert named["its fourth quarter"][0] == "2023-Q4"  # the company's own name for it stays


@pytest.mark.model
def test_extract_dates_named_quarter_ended_takes_the_year_it_ended_in(nlp) -> None:
    # Written in September: the fiscal fourth quarter that ended on June 30 is this year's, not
    # the last calendar Q4 before publication.
    found = dates_in(nlp, "The chipmaker posted a loss for its fiscal fourth quarter ended June 30.")
    assert found["fiscal fourth quarter"][0] == "2023-Q4"
    # A quarter still running keeps the date ahead.
    ahead = dates_in(nlp, "The retailer expects a profit for the quarter ending Dec. 31.", published="2023-11-13")
    assert ahead["Dec. 31"][0] == "2023-12-31"


@pytest.mark.model
def test_extract_dates_a_period_that_ended_ended_before_publication(nlp) -> None:
    # Written on Oct. 27: the quarter "ended Oct. 31" is last year's, and so is the quarter.
    text = "In the year-ago quarter, the second quarter ended Oct. 31, the funeral chain lost $12 million."
    found = dates_in(nlp, text, published="2023-10-27")
    assert found["Oct. 31"][0] == "2022-10-31"
    assert found["the second quarter"][0] == "2022-Q2"
    closed = dates_in(nlp, "Sales rose 4% in the six months ended Nov. 30.", published="2023-11-13")
    assert closed["Nov. 30"][0] == "2022-11-30"


@pytest.mark.model
def test_extract_dates_just_after_midnight_starts_the_day(nlp) -> None:
    found = dates_in(nlp, "Police were called to the harbour shortly after midnight Saturday.")
    assert [value for text, (value, *_) in found.items() if "midnight" in text] == ["2023-09-09T00:00"]
    late = dates_in(nlp, "The bar stayed open until after midnight.")
    assert late["midnight"][0] == "2023-09-14T24:00"


def test_extract_dates_unit_before_last_is_two_units_back() -> None:
    assert normalise("the week before last", Anchor(dct=DCT)).value == "2023-W35"
    assert normalise("the year before last", Anchor(dct=DCT)).value == "2021"
    assert normalise("the month after next", Anchor(dct=DCT)).value == "2023-11"


@pytest.mark.model
def test_extract_dates_verb_last_stays_outside(nlp) -> None:
    found = dates_in(nlp, "The dock strike will last two weeks, the union said.")
    assert found["two weeks"][0] == "P2W"


@pytest.mark.model
def test_extract_dates_in_a_counted_length_ahead_is_a_date(nlp) -> None:
    found = dates_in(nlp, "The bonds would be redeemed in five years, the lender said.")
    assert found["five years"][:3] == ("2028", "year", "DATE")
    assert dates_in(nlp, "The old bridge was built in three years.")["three years"][0] == "P3Y"


@pytest.mark.model
def test_extract_dates_what_lasts_over_a_week_is_a_length(nlp) -> None:
    found = dates_in(nlp, "The inspectors began a tour likely to last over a week.")
    assert [value for text, (value, *_) in found.items() if "week" in text] == ["P1W"]


def test_extract_dates_uncounted_units_ago_are_a_vague_past() -> None:
    assert normalise("just months ago", Anchor(dct=DCT, tense="past")).value == "PAST_REF"
    assert normalise("days later", Anchor(dct=DCT, tense="past")).value == "PXD"


def test_extract_dates_length_before_a_named_day_moves_it() -> None:
    assert normalise("two days before Christmas", Anchor(dct=DCT, tense="past")).value == "2022-12-23"
    assert normalise("a week from tomorrow", Anchor(dct=DCT)).value == "2023-09-22"


@pytest.mark.model
def test_extract_dates_a_week_from_a_weekday_is_one_day(nlp) -> None:
    found = dates_in(nlp, "The council meets again a week from Monday.")
    assert found["a week from Monday"][0] == "2023-09-25"


def test_extract_dates_clock_after_a_month_day() -> None:
    assert normalise("Sept. 11 at 3 p.m.", Anchor(dct=DCT, tense="past")).value == "2023-09-11T15:00"
    assert normalise("Sept. 11, 3 p.m.", Anchor(dct=DCT, tense="past")).value == "2023-09-11T15:00"


def test_extract_dates_quarter_or_half_of_a_relative_year() -> None:
    assert normalise("the second quarter of next year", Anchor(dct=DCT, tense="future")).value == "2024-Q2"
    assert normalise("the first half of next year", Anchor(dct=DCT, tense="future")).value == "2024-H1"


def test_extract_dates_years_ago_on_a_named_day() -> None:
    assert normalise("a year ago Tuesday", Anchor(dct=DCT, tense="past")).value == "2022-09-12"
    assert normalise("two years ago this month", Anchor(dct=DCT, tense="past")).value == "2021-09"


def test_extract_dates_following_weekday_without_a_story_day_is_unresolved() -> None:
    result = normalise("the following Monday", Anchor(dct=DCT))
    assert (result.value, result.reason) == (None, "relative to another event")
    assert normalise("the following Monday", Anchor(dct=DCT, reference="2023-08-30")).value == "2023-09-04"


@pytest.mark.model
def test_extract_dates_scheduled_start_with_an_earlier_month_is_next_year(nlp) -> None:
    assert dates_in(nlp, "The new tax law takes effect Jan. 1.")["Jan. 1"][0] == "2024-01-01"
    assert dates_in(nlp, "The figures cover January to June.")["January"][0] == "2023-01"


def test_extract_dates_start_of_the_year_is_this_year() -> None:
    result = normalise("the start of the year", Anchor(dct=DCT, tense="past"))
    assert (result.value, result.type) == ("2023", "DATE")


def test_extract_dates_year_before_fiscal_year() -> None:
    assert normalise("the 2022 fiscal year", Anchor(dct=DCT)).value == "2022"
    assert normalise("the 2022-23 school year", Anchor(dct=DCT)).value == "2022"


def test_extract_dates_every_summer_recurs() -> None:
    result = normalise("every summer", Anchor(dct=DCT))
    assert (result.value, result.type) == ("XXXX-SU", "SET")


def test_extract_dates_the_past_weekend_is_the_last_one() -> None:
    assert normalise("the past weekend", Anchor(dct=DCT, tense="past")).value == "2023-W36-WE"


def test_extract_dates_half_an_hour() -> None:
    assert normalise("half an hour", Anchor(dct=DCT)).value == "PT30M"
    assert normalise("half a day", Anchor(dct=DCT)).value == "PT12H"
    assert normalise("an hour and a half", Anchor(dct=DCT)).value == "PT1H30M"


def test_extract_dates_day_of_month_and_month_of_last_year() -> None:
    assert normalise("the tenth of September", Anchor(dct=DCT)).value == "2023-09-10"
    assert normalise("March of last year", Anchor(dct=DCT, tense="past")).value == "2022-03"


@pytest.mark.model
def test_extract_dates_that_quarter_is_the_quarter_last_named(nlp) -> None:
    text = "In the year-ago third quarter, the chain lost $3 million. Results for that quarter included a write-down."
    found = dates_in(nlp, text, published="2023-11-02")
    assert found["that quarter"][0] == found["the year-ago third quarter"][0] == "2022-Q3"


@pytest.mark.model
def test_extract_dates_a_month_in_a_noun_phrase_is_not_planned_by_a_progressive(nlp) -> None:
    # "are reporting" may plan ahead ("is meeting on Friday"), but "in April" dates the jobless rate.
    text = "Despite an unemployment rate of 6.1% in April, many employers are reporting that they cannot hire."
    assert dates_in(nlp, text, published="2021-06-08")["April"][0] == "2021-04"
    assert dates_in(nlp, "The council is meeting on Friday.", published="2021-06-08")["Friday"][0] == "2021-06-11"


@pytest.mark.model
def test_extract_dates_what_someone_vowed_to_do_lies_ahead(nlp) -> None:
    vowed = dates_in(nlp, "The senator vowed on Monday to block the bill in December.", published="2020-01-15")
    assert vowed["December"][0] == "2020-12"
    agreed = dates_in(nlp, "The board agreed to sell the plant in December.", published="2020-01-15")
    assert agreed["December"][0] == "2020-12"
    # an attempt is no commitment: it was made, in the December just past
    tried = dates_in(nlp, "He was arrested after trying to enter the building in December.", published="2020-01-15")
    assert tried["December"][0] == "2019-12"


@pytest.mark.model
def test_extract_dates_an_amount_per_year_is_a_rate_not_a_set(nlp) -> None:
    assert "annually" not in dates_in(nlp, "The brewer expects its sales to grow 6% annually.")
    assert "annually" not in dates_in(nlp, "The new mill would make about 20,000 bicycles annually.")
    assert "annually" not in dates_in(nlp, "The cut will save the town $3 million annually.")
    kept = dates_in(nlp, "The festival has been held in the village annually since the war.")
    assert kept["annually"][:3] == ("P1Y", "set", "SET")


@pytest.mark.model
def test_extract_dates_later_after_a_length_stays_outside(nlp) -> None:
    found = dates_in(nlp, "The ferry sank on Monday. Three days later, divers found the wreck.")
    assert found["Three days"][0] == "P3D"
    assert "Three days later" not in found
    few = dates_in(nlp, "The mayor resigned. A few weeks later, the council called an election.")
    assert few["A few weeks"][0] == "PXW"
    kept = dates_in(nlp, "The mayor took office in January 2019. A year later, she faced a recall vote.")
    assert kept["A year later"][0] == "2020"


@pytest.mark.model
def test_extract_dates_words_run_into_the_expression_stay_outside(nlp) -> None:
    strike = dates_in(nlp, "The strike began on Sept. 5 and ended Sept. 9.")
    assert strike["Sept. 9"][0] == "2023-09-09"
    assert "ended Sept. 9" not in strike
    coup = dates_in(nlp, "The general fled after a coup d'etat last year, officials said.")
    assert coup["last year"][0] == "2022"
    interview = dates_in(nlp, "The chairman said in an interview several months before he took the job that it was fine.")
    assert "several months" in interview
    stores = dates_in(nlp, "It said it has 13 stores in operation, up from seven a year ago.")
    assert stores["a year ago"][0] == "2022"


def test_extract_dates_next_or_last_before_a_month_and_day() -> None:
    assert normalise("next Jan. 1", Anchor(dct=DCT, tense="present")).value == "2024-01-01"
    assert normalise("last Oct. 23", Anchor(dct=DCT)).value == "2022-10-23"
    assert normalise("next Sept. 20", Anchor(dct=DCT, tense="past")).value == "2023-09-20"


def test_extract_dates_half_of_the_year() -> None:
    assert normalise("the first half of the year", Anchor(dct=DCT)).value == "2023-H1"
    assert normalise("the second half of the year", Anchor(dct=DCT)).value == "2023-H2"


@pytest.mark.model
def test_extract_dates_the_end_of_a_range_follows_its_start(nlp) -> None:
    report = dates_in(nlp, "The report covers the period from January through March.")
    assert (report["January"][0], report["March"][0]) == ("2023-01", "2023-03")
    show = dates_in(nlp, "The exhibition will run from Oct. 3 to Feb. 20.")
    assert (show["Oct. 3"][0], show["Feb. 20"][0]) == ("2023-10-03", "2024-02-20")


@pytest.mark.model
def test_extract_dates_a_trailing_preposition_and_a_bare_holiday_are_dropped(nlp) -> None:
    # the small model tags "the holiday on" as a DATE; the expression is "Monday" alone
    assert dates_in(nlp, "The market was closed for the holiday on Monday.") == {"Monday": ("2023-09-11", "day", "DATE")}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("5 p.m. EDT on Oct. 20", "2023-10-20T17:00"),  # the zone pattern had eaten "oct"
        ("5 p.m. on Oct. 20", "2023-10-20T17:00"),
        ("5 p.m. EDT Oct. 20", "2023-10-20T17:00"),
        ("Oct. 20 at 5 p.m. EDT", "2023-10-20T17:00"),
        ("5 p.m. Eastern time", "XXXX-XX-XXT17:00"),
    ],
)
def test_extract_dates_clock_time_with_zone_and_october(text: str, value: str) -> None:
    assert normalise(text, Anchor(dct=DCT)).value == value


def test_extract_dates_the_rest_of_the_year_is_this_year() -> None:
    assert normalise("the rest of the year", Anchor(dct=DCT)).value == "2023"
    assert normalise("the remainder of the month", Anchor(dct=DCT)).value == "2023-09"


@pytest.mark.model
def test_extract_dates_a_range_across_two_months_is_two_days(nlp) -> None:
    found = dates_in(nlp, "The survey was conducted Aug. 28-Sept. 3.")
    assert (found["Aug. 28"][0], found["Sept. 3"][0]) == ("2023-08-28", "2023-09-03")


def test_extract_dates_years_ago_this_week_or_season() -> None:
    past = Anchor(dct=DCT, tense="past")
    assert normalise("two years ago this week", past).value == "2021-W37"
    assert normalise("five years ago this summer", past).value == "2018-SU"
    assert normalise("10 years ago this winter", past).value == "2013-WI"


@pytest.mark.model
def test_extract_dates_season_of_a_year_is_one_expression(nlp) -> None:
    # the small model may end the season at "of" and tag the year apart
    found = dates_in(nlp, "Prices peaked in the spring of 2022.")
    assert found == {"the spring of 2022": ("2022-SP", "season", "DATE")}


@pytest.mark.model
def test_extract_dates_bare_gap_after_a_comma_is_no_part_of_the_day(nlp) -> None:  # type: ignore[no-untyped-def]
    # The small model runs "Friday night, hours" into one entity, which then had no value.
    found = dates_in(nlp, "The mayor spoke to reporters Friday night, hours after the vote.")
    assert "Friday night" in found
    assert found["Friday night"][0].startswith("2023-09-08")


@pytest.mark.model
def test_extract_dates_a_comparison_with_what_was_expected_is_no_plan(nlp) -> None:  # type: ignore[no-untyped-def]
    found = dates_in(nlp, "Consumer prices jumped more than expected in May, the bureau said.", "2021-06-10")
    assert found["May"][0] == "2021-05"
    # a plain expectation still looks ahead
    assert dates_in(nlp, "The vote is expected in May.", "2021-06-10")["May"][0] == "2022-05"


@pytest.mark.model
def test_extract_dates_conjoined_verb_shares_the_future(nlp) -> None:
    # "return" has no auxiliary of its own: it shares "will" and the Sunday lies ahead.
    found = dates_in(nlp, "The president will travel to Paris on Friday and return Sunday.")
    assert found["Sunday"][0] == "2023-09-17"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the end of the decade", "202"),
        ("the start of the decade", "202"),
        ("the end of the century", "20"),
        ("the end of the quarter", "2023-Q3"),
        ("the rest of the decade", "202"),
        ("the year's end", "2023"),
    ],
)
def test_normalise_a_point_in_the_unit_in_progress(text: str, value: str) -> None:
    # "By the end of the decade" is a point in this decade, not a ten-year length.
    assert normalise(text, Anchor(dct=DCT, tense=None)).value == value


@pytest.mark.model
def test_extract_dates_a_length_then_its_day_are_two_expressions(nlp) -> None:
    # The small model runs "two hours Friday" into one entity; the length was lost in the day.
    found = dates_in(nlp, "Trading on the exchange was halted for two hours Friday afternoon.")
    assert found["two hours"][0] == "PT2H"
    assert found["Friday afternoon"][0] == "2023-09-08TAF"
    week = dates_in(nlp, "The dockworkers' strike lasted two days last week.")
    assert week["two days"][0] == "P2D"
    assert "last week" in week


@pytest.mark.model
def test_extract_dates_as_early_as_is_a_signal_outside_the_day_ahead(nlp) -> None:
    # The model ran "as early as" into the entity, where the look-ahead missed it (the past Monday).
    found = dates_in(nlp, "A ruling on the custody petition could come as early as Monday.")
    assert found == {"Monday": ("2023-09-18", "day", "DATE")}


@pytest.mark.model
def test_extract_dates_drops_a_phrase_no_rule_reads(nlp) -> None:
    # The small model calls "a national day" and "Third-period" dates; neither has a value.
    found = dates_in(nlp, "The government declared a national day of mourning. Third-period sales were flat.")
    assert all(value is not None for value, *_ in found.values())
    assert not any("national" in text or "period" in text.lower() for text in found)


@pytest.mark.parametrize(
    ("text", "value"),
    [("August the 31st", "2023-08-31"), ("every single day", "P1D"), ("every single week", "P1W")],
)
def test_normalise_spoken_day_and_emphatic_set(text: str, value: str) -> None:
    assert normalise(text, Anchor(dct=DCT, tense=None)).value == value


@pytest.mark.model
def test_extract_dates_since_a_day_looks_back(nlp) -> None:
    # The infinitive after "allowing" had read as a plan, putting the Friday ahead.
    text = "The offensive has gained ground, allowing the rebels to seize four provincial capitals since Friday."
    assert dates_in(nlp, text)["Friday"][0] == "2023-09-08"


@pytest.mark.model
def test_extract_dates_since_a_date_weeks_ahead_is_last_year(nlp) -> None:
    # A past-tense date a few weeks ahead stays in the year (deadlines); after "since" it cannot.
    found = dates_in(nlp, "Shares of the company have risen 12% since Oct. 11.", published="2023-09-20")
    assert found["Oct. 11"][0] == "2022-10-11"
    found = dates_in(nlp, "The company extended the offer to Oct. 11.", published="2023-09-20")
    assert found["Oct. 11"][0] == "2023-10-11"


@pytest.mark.model
def test_extract_dates_main_verb_tagged_participle_is_past(nlp) -> None:
    # The small model tags "lost" as a participle with no auxiliary; the November had been ahead.
    found = dates_in(nlp, "Trump lost to Biden in a November election.", published="2021-06-30")
    assert found["November"][0] == "2020-11"


@pytest.mark.model
def test_extract_dates_superlative_in_a_length_is_no_date_ahead(nlp) -> None:
    # "in four decades" after a noun measures back; it had become the decade 40 years ahead (206).
    text = "Retirees are set to receive the biggest payment increase in four decades."
    assert dates_in(nlp, text, published="2021-10-13")["four decades"][0] == "P40Y"
    later = dates_in(nlp, "The bonds will be redeemed in five years.", published="2021-10-13")
    assert later["five years"][0] == "2026"


@pytest.mark.model
def test_extract_dates_as_planned_is_no_plan_ahead(nlp) -> None:
    # "as planned" compares with a plan; the time is the demolition's, which is past.
    text = "The mayor said the demolition went exactly as planned around 10:30 p.m. Sunday."
    found = dates_in(nlp, text, published="2021-07-05")
    assert [value for value, *_ in found.values()] == ["2021-07-04T22:30"]


@pytest.mark.model
def test_extract_dates_quoted_programme_names_are_no_dates(nlp) -> None:
    found = dates_in(nlp, 'The engineer spoke in an interview with "60 Minutes" on Sunday.')
    assert list(found) == ["Sunday"]
    assert dates_in(nlp, 'The adviser said on ABC\'s "This Week" that lockdowns were unlikely.') == {}
    # a quoted answer stays a date
    assert "Monday" in dates_in(nlp, 'When will the vote be held? "Monday," the clerk said.')


@pytest.mark.model
def test_extract_dates_ages_of_groups_are_no_lengths(nlp) -> None:
    assert dates_in(nlp, "The vaccine was safe in 12- to 15-year-olds in a clinical trial.") == {}
    found = dates_in(nlp, "Regulators may clear the shot for children aged between 12 and 15 years by early next week.")
    assert list(found) == ["early next week"]


@pytest.mark.model
def test_extract_dates_an_ordinal_unit_is_no_length(nlp) -> None:
    # "the 15th week" had lost its suffix and become a length of 15 weeks.
    assert dates_in(nlp, "The law bars abortions after the 15th week of pregnancy.") == {}
    assert dates_in(nlp, "It was the deadliest war of the 20th century.")["20th century"][0] == "19"


@pytest.mark.model
def test_extract_dates_day_of_month_then_its_year_is_one_date(nlp) -> None:
    # The small model ends "the 3rd of March" before ", 2020": the day had taken this year.
    found = dates_in(nlp, "The factory closed on the 3rd of March, 2020, and never reopened.")
    assert [value for value, *_ in found.values()] == ["2020-03-03"]


@pytest.mark.model
def test_extract_dates_weekday_inside_a_named_agreement_is_no_date(nlp) -> None:
    text = "The minister spoke about the Good Friday Agreement and the border in Ireland."
    assert dates_in(nlp, text) == {}
    assert "Tuesday" in dates_in(nlp, "He told CNN Tuesday that he would run.")


@pytest.mark.model
def test_extract_dates_title_cased_this_week_mid_sentence_is_a_programme(nlp) -> None:
    found = dates_in(nlp, "The whip said Feb. 21 on ABC's This Week that the bill was partisan.")
    assert list(found) == ["Feb. 21"]
    assert "THIS WEEK" in dates_in(nlp, "The speaker will decide THIS WEEK whether to create a committee.")


@pytest.mark.model
def test_extract_dates_the_week_ended_a_day_is_that_week(nlp) -> None:
    text = "Initial jobless claims totaled 419,000 in the week ended Sept. 9, the Labor Department said."
    found = dates_in(nlp, text)
    assert found["the week"][:2] == ("2023-W36", "week")  # had been a length, P1W


@pytest.mark.model
def test_extract_dates_the_today_programme_is_a_name(nlp) -> None:
    assert "Today" not in dates_in(nlp, "The reporter told the Today programme that the outage was over.")
    assert "today" in dates_in(nlp, "The committee said the decision was made today.")


@pytest.mark.model
def test_extract_dates_a_quarter_named_in_apposition_names_the_relative_one(nlp) -> None:
    text = "In the year-earlier quarter, the second quarter ended Oct. 31, the retailer lost $3 million."
    found = dates_in(nlp, text, published="2023-10-27")
    assert [value for value, *_ in found.values()][:2] == ["2022-Q2", "2022-Q2"]  # had been 2022-Q3, 2022-Q2
    # a list names other quarters: the year-ago one stays a year back
    listed = dates_in(nlp, "Margins were thin in the year-ago quarter, the first quarter and the second quarter.",
                      published="2023-10-27")
    assert listed["the year-ago quarter"][0] == "2022-Q1"


@pytest.mark.model
def test_extract_dates_named_holidays_and_plural_weekdays(nlp) -> None:
    # The small model calls "Labor Day" an event and left "Mondays" out as no temporal word.
    assert dates_in(nlp, "Schools in the district will reopen after Labor Day.")["Labor Day"][0] == "2023-09-04"
    assert dates_in(nlp, "The exchange is closed on Mondays.")["Mondays"][:3] == ("XXXX-WXX-1", "set", "SET")


@pytest.mark.model
def test_extract_dates_later_that_evening_is_found_and_anchored(nlp) -> None:
    # Without a sentence before it the small model leaves "Later that evening" out.
    found = dates_in(nlp, "Later that evening, the protesters dispersed.")
    assert found["Later that evening"][0] is None  # relative to an event the text does not date
    anchored = dates_in(nlp, "The rally began at noon on Saturday. Later that evening, the crowd dispersed.")
    assert anchored["Later that evening"][0] == "2023-09-09TEV"


@pytest.mark.model
def test_extract_dates_results_to_be_reported_are_of_a_begun_quarter(nlp) -> None:
    # Written in January: the fourth quarter whose results come this month is last year's.
    found = dates_in(nlp, "The carmaker will report fourth-quarter results later this month.", published="2024-01-03")
    assert found["fourth-quarter"][0] == "2023-Q4"
    # the quarter in progress may be a fiscal one that has closed
    fiscal = dates_in(nlp, "The retailer reported a fourth-quarter loss of $2 million.", published="2023-10-30")
    assert fiscal["fourth-quarter"][0] == "2023-Q4"


@pytest.mark.model
def test_extract_dates_a_zoned_24_hour_clock_is_no_year(nlp) -> None:
    found = dates_in(nlp, "The quake struck at 3:42 a.m. local time (1942 GMT Wednesday), officials said.")
    assert "1942" not in found
    assert dates_in(nlp, "The company was founded in 1942 in Ohio.")["1942"][0] == "1942"


@pytest.mark.model
def test_extract_dates_the_day_after_an_event_is_a_day_off_the_reference(nlp) -> None:
    # The event ("his arrest") happened on the day the text last named: the day after is one day on.
    found = dates_in(nlp, "The banker was arrested on Friday, March 3. His lawyer visited the jail the day after his arrest.")
    assert found["the day"][:2] == ("2023-03-04", "day")
    # In apposition to a date, "the day before the vote" is that date.
    named = dates_in(nlp, "Shares had risen since Sept. 11, the day before the vote, analysts said.")
    assert named["the day"][0] == "2023-09-11"


@pytest.mark.model
def test_extract_dates_until_then_is_the_time_last_named(nlp) -> None:
    found = dates_in(nlp, "The warrants expire on Nov. 15. Until then, holders may swap them for shares.")
    assert found["then"][:2] == ("2023-11-15", "day")
    # With no time named before it, "then" is no expression; "since then" stays untagged.
    assert "then" not in dates_in(nlp, "Until then, holders may swap them for shares.")
    assert "then" not in dates_in(nlp, "The firm was founded in 1950. Since then, it has grown.")


@pytest.mark.model
def test_extract_dates_that_time_takes_the_expression_before_it(nlp) -> None:
    found = dates_in(nlp, "The chain is ending a three-year expansion. During that time, it opened 40 stores.")
    assert found["that time"][:3] == ("P3Y", "duration", "DURATION")
    dated = dates_in(nlp, "The bridge was built in 1931. At that time, it was the longest in the world.")
    assert dated["that time"][:2] == ("1931", "year")
    assert "that time" not in dates_in(nlp, "During that time, the chain opened 40 stores.")
    # "at that time" is a point, never a length
    assert "that time" not in dates_in(nlp, "He served three years in prison. At that time, he wrote a book.")


@pytest.mark.model
def test_extract_dates_a_day_described_is_the_day_of_the_story(nlp) -> None:
    text = "The treaty was signed on Tuesday, Sept. 12. The mayor said it was a proud day for the city."
    assert dates_in(nlp, text)["a proud day"][:2] == ("2023-09-12", "day")
    assert dates_in(nlp, "The mayor says this is a historic day for the city.")["a historic day"][0] == "2023-09-14"
    assert "a proud day" not in dates_in(nlp, "She remembers a proud day in her childhood.")


@pytest.mark.model
def test_extract_dates_this_moment_is_the_present(nlp) -> None:
    found = dates_in(nlp, "The minister would not be abroad at this critical moment if talks had failed.")
    assert found["this critical moment"][0] == "PRESENT_REF"
    assert "this stage" not in dates_in(nlp, "No decision can be made at this stage, officials said.")


@pytest.mark.model
def test_extract_dates_unit_long_adjectives_and_for_a_while_are_lengths(nlp) -> None:
    found = dates_in(nlp, "Union leaders left their second day-long meeting with the railway without a deal.")
    assert found["day-long"][:3] == ("P1D", "duration", "DURATION")
    waited = dates_in(nlp, "The villagers will have to live without running water for a while.")
    assert waited["a while"][:3] == ("PXX", "duration", "DURATION")
    assert dates_in(nlp, "The villagers waited while the engineers worked.") == {}


@pytest.mark.model
def test_extract_dates_a_year_inside_a_name_is_no_date(nlp) -> None:
    assert "1990" not in dates_in(nlp, "It formed a venture called Atlas 1990, which builds satellites.")
    assert "1987" not in dates_in(nlp, "The thief took Smith's 1987 Chevrolet Cavalier.")
    assert "1992" not in dates_in(nlp, "The suspect drove a 1992 Toyota Camry.")
    assert dates_in(nlp, "Tickets for the 2012 Olympics sold out.")["2012"][0] == "2012"
    assert dates_in(nlp, "The flood of Spring 1999 ruined the crops.")["Spring 1999"][0] == "1999-SP"
    assert dates_in(nlp, "The plant closed in Sept. 1990 after a fire.")["Sept. 1990"][0] == "1990-09"
    assert dates_in(nlp, "Their 1996 Atlanta Olympics bid failed.")["1996"][0] == "1996"  # the owner's is the bid


@pytest.mark.model
def test_extract_dates_a_length_in_apposition_to_a_date_is_that_date(nlp) -> None:
    text = "In March, a week after the budget vote, a strike closed the port."
    assert dates_in(nlp, text)["a week"][:2] == ("2023-03", "month")
    # Before a clause the length is how long after it: "two months after his team was blocked".
    clause = dates_in(nlp, "The team resumed work in the city Friday, nearly two months after it was blocked.")
    assert clause["nearly two months"][0] == "P2M"


@pytest.mark.model
def test_extract_dates_then_current_is_past(nlp) -> None:
    found = dates_in(nlp, "Holders could buy shares at half of the then current market price.")
    assert found["current"][0] == "PAST_REF"
    assert dates_in(nlp, "Holders could buy shares at the then-current price.")["current"][0] == "PAST_REF"
    assert dates_in(nlp, "Holders could buy shares at half of the current market price.")["current"][0] == "PRESENT_REF"


@pytest.mark.model
def test_extract_dates_a_recent_stretch_in_a_simple_past_is_a_past_time(nlp) -> None:
    # A simple past, or a noun after "of", places the stretch in the past; a present perfect runs it up to now.
    past = dates_in(nlp, "As the peso slid in recent years, the importer's debts became a burden.")
    assert past["recent years"][0] == "PAST_REF"
    reported = dates_in(nlp, "At least 30 miners were reported trapped in flooded shafts in recent days.")
    assert reported["recent days"][0] == "PAST_REF"
    assert dates_in(nlp, "The levy paid for the building spree of recent years.")["recent years"][0] == "PAST_REF"
    perfect = dates_in(nlp, "In recent years, the cooperative has moved toward cheaper seed.")
    assert perfect["recent years"][:3] == ("PXY", "duration", "DURATION")
    present = dates_in(nlp, "In recent months, the council appears ready to act.")
    assert present["recent months"][0] == "PXM"
    # The stretch itself: after a preposition of extent, or as what was spent.
    assert dates_in(nlp, "Complaints fell over the last few years.")["the last few years"][0] == "PXY"
    assert dates_in(nlp, "Growers faced drought in the past few years.")["the past few years"][0] == "PAST_REF"
    assert dates_in(nlp, "His lawyer spent recent days walking back the claims.")["recent days"][0] == "PXD"


@pytest.mark.model
def test_extract_dates_the_leaders_of_tomorrow_is_no_day(nlp) -> None:
    assert "tomorrow" not in dates_in(nlp, "The school trains the leaders of tomorrow.")
    assert dates_in(nlp, "Shares are valued as of today.")["today"][0] == "2023-09-14"


@pytest.mark.model
def test_extract_dates_at_the_last_minute_is_an_idiom(nlp) -> None:
    assert "the last minute" not in dates_in(nlp, "He called off the strike at the last minute.")
    assert dates_in(nlp, "Prices rose in the last minute of trading.")["the last minute"][0] == "PT1M"


@pytest.mark.model
def test_extract_dates_midnight_without_its_own_day_ends_the_day_the_text_is_on(nlp) -> None:
    text = ("The president arrived shortly after 8:30 p.m. local time Thursday and spent three hours on the base. "
            "He met the commander before leaving just after midnight.")
    assert dates_in(nlp, text, published="2019-11-28")["midnight"][0] == "2019-11-28T24:00"
    assert dates_in(nlp, "Police were called shortly after midnight Saturday.",
                    published="2019-11-28")["shortly after midnight Saturday"][0] == "2019-11-23T00:00"


@pytest.mark.model
def test_extract_dates_a_comparison_clause_heading_its_sentence_does_not_recurse(nlp) -> None:
    # "As noted in ..." parsed with the participle as the root had recursed without end.
    found = dates_in(nlp, "As noted in this 2012 story about the group:\n\nThe group grew fast.", published="2019-05-01")
    assert found["2012"][0] == "2012"


@pytest.mark.model
def test_extract_dates_a_day_owned_by_a_year_is_in_that_year(nlp) -> None:
    found = dates_in(nlp, "Unlike last year’s Christmas visit to Iraq, she stayed home.", published="2019-11-28")
    assert found["last year’s Christmas"][0] == "2018-12-25"
    found = dates_in(nlp, "Next year’s Thanksgiving parade will be shorter.", published="2019-11-28")
    assert found["Thanksgiving"][0] == "2020-11-26"
    found = dates_in(nlp, "He won 2016's November election.", published="2019-11-28")
    assert found["November"][0] == "2016-11"


@pytest.mark.model
def test_extract_dates_a_day_then_how_far_it_lies_are_two_expressions(nlp) -> None:
    # The small model ran "November 11, three days" into one entity, whose value was the length.
    found = dates_in(nlp, "The ferry is now due to dock on November 11, three days later than the operator planned.")
    assert found["November 11"][0] == "2023-11-11"
    assert found["three days"][0] == "P3D"
    assert dates_in(nlp, "He was sworn in on Tuesday, Sept. 12, 2023.") == {
        "Tuesday, Sept. 12, 2023": ("2023-09-12", "day", "DATE")
    }


@pytest.mark.model
def test_extract_dates_the_final_quarter_of_a_year_is_its_fourth(nlp) -> None:
    # "final"/"last" before "quarter of <year>" had read as a length of one quarter (P1Q).
    assert dates_in(nlp, "For the final quarter of 2022, the brewer reported a loss.")["the final quarter of 2022"][0] == "2022-Q4"
    assert dates_in(nlp, "Orders should pick up in the last quarter of this year.")["the last quarter of this year"][0] == "2023-Q4"
    # Alone, "the last quarter" stays the one before the writing.
    assert dates_in(nlp, "Profit rose in the last quarter, the brewer said.")["the last quarter"][0] == "2023-Q2"


@pytest.mark.model
def test_extract_dates_the_same_period_a_year_before_is_the_period_just_named(nlp) -> None:
    # It had been the whole of last year.
    found = dates_in(nlp, "Car sales rose 12% in August compared with the same period last year.")
    assert found["the same period last year"][0] == "2022-08"
    found = dates_in(nlp, "Sales fell in the second quarter, compared with the same quarter a year earlier.")
    assert found["the same quarter a year earlier"][0] == "2022-Q2"


@pytest.mark.model
def test_extract_dates_the_end_of_the_week_is_this_week(nlp) -> None:
    # It had been a length of one week (P1W).
    assert dates_in(nlp, "The union expects a deal by the end of the week.")["the end of the week"][0] == "2023-W37"


@pytest.mark.model
def test_extract_dates_a_24_hour_clock_in_utc(nlp) -> None:
    # The small model calls "UTC" an organisation and left the clock out; UTC is marked "Z".
    found = dates_in(nlp, "The index was down 2.6% at 16:08 UTC, its lowest in a decade.")
    assert found["16:08 UTC"] == ("2023-09-14T16:08Z", "time", "TIME")
    found = dates_in(nlp, "The ministry issued the order at 1942 GMT Wednesday.")
    assert found["1942 GMT"][0] == "2023-09-13T19:42Z"
    assert found["Wednesday"][0] == "2023-09-13"
    # A restatement in parentheses of the local time stays untagged, as in TimeBank.
    found = dates_in(nlp, "The blast came at about 10:35 a.m. (0735 GMT) Friday.")
    assert not any("GMT" in text for text in found)


@pytest.mark.model
def test_extract_dates_a_range_of_lengths_tags_each_end(nlp) -> None:
    # "60" had been lost, the range reading as its upper end alone.
    found = dates_in(nlp, "The administrator said the sale would take between 60 and 90 days.")
    assert found["60"][0] == "P60D"
    assert found["90 days"][0] == "P90D"
    assert dates_in(nlp, "The children, aged 5 to 7 years, were sent home early.") == {}


@pytest.mark.model
def test_extract_dates_clipped_years_and_decades(nlp) -> None:
    # The tokenizer splits the apostrophe off, and the trimmed "82" or "90s" was no date.
    assert dates_in(nlp, "The index closed at its lowest level since '82.")["'82"][0] == "1982"
    found = dates_in(nlp, "The rules of the '80s and '90s no longer hold.")
    assert found["'90s"][0] == "199"
    # A range of lengths before "ago" stays one expression, a point in the past.
    assert dates_in(nlp, "I remember four or five years ago when the rebate was news.") == {
        "four or five years ago": ("2018", "year", "DATE")
    }


@pytest.mark.model
def test_extract_dates_a_day_of_a_year_named_relative_to_the_writing(nlp) -> None:
    # Both had kept only the year.
    found = dates_in(nlp, "Many voters wanted him gone on November the 10th of last year.")
    assert found["November the 10th of last year"][0] == "2022-11-10"
    found = dates_in(nlp, "The scandal broke in January 1998. Not until December of that year did the House vote.")
    assert found["December of that year"][0] == "1998-12"


@pytest.mark.model
def test_extract_dates_a_day_then_a_length_after_a_dash(nlp) -> None:
    found = dates_in(nlp, "This February 7 – eight months after the first complaint – the board acted.")
    assert found["This February 7"][0] == "2023-02-07"
    assert found["eight months"][0] == "P8M"


@pytest.mark.model
def test_extract_dates_some_day_is_no_day_near_the_writing(nlp) -> None:
    # "a Wednesday morning" in a story of years ago had been the last Wednesday before publication.
    found = dates_in(nlp, "Appearing before the judge on a Wednesday morning, the mother pleaded for mercy.")
    assert found["Wednesday morning"][0].startswith("XXXX-WXX-3")
    # The article of a noun the weekday modifies leaves the weekday a day.
    assert dates_in(nlp, "About 500 people attended a Sunday night vigil.")["Sunday night"][0].startswith("2023-09-10")
    assert dates_in(nlp, "The mood was grim on a recent afternoon inside the tavern.") == {
        "a recent afternoon": ("PAST_REF", "unknown", "DATE")
    }


@pytest.mark.model
def test_extract_dates_a_clock_in_a_sentence_dated_by_a_season_takes_no_day(nlp) -> None:
    # It had taken the publication day.
    found = dates_in(nlp, "Three judges at a conference last spring started a 3 a.m. brawl outside a diner.")
    assert found["3 a.m."][0] == "XXXX-XX-XXT03:00"
    assert dates_in(nlp, "The doors opened at 9 a.m., officials said.")["9 a.m."][0] == "2023-09-14T09:00"


@pytest.mark.model
def test_extract_dates_chapter_and_verse_is_no_clock(nlp) -> None:
    assert dates_in(nlp, "The pastor cited Deut. 22:30 and John 3:16 in his sermon.") == {}
    assert dates_in(nlp, "At 10:30, the doors opened.")["10:30"][0] == "2023-09-14T10:30"


@pytest.mark.model
def test_extract_dates_a_weekend_programme_is_no_weekend(nlp) -> None:
    # Both had dated the programme to the last weekend.
    assert dates_in(nlp, "Reid, who hosts a weekend show on MSNBC, attacked the senator.") == {}
    assert dates_in(nlp, 'He is a bestselling author and hosts the popular weekend talk radio program, "Klein Radio."') == {}
    assert "the weekend" in dates_in(nlp, "Over the weekend, the talks continued.")


@pytest.mark.model
def test_extract_dates_a_share_restating_a_count_is_no_quarter(nlp) -> None:
    # "a quarter" had been a length of three months (P1Q).
    assert "a quarter" not in dates_in(nlp, "The carmaker wants to drop 789, or about a quarter, of its dealers.")
    assert dates_in(nlp, "The firm cut 400 jobs, or a quarter.") == {}
    assert dates_in(nlp, "Profit fell in the quarter.")["the quarter"][0] == "2023-Q2"


@pytest.mark.model
def test_extract_dates_the_session_a_market_report_is_about(nlp) -> None:
    # "the day" the index ended had been no date.
    found = dates_in(nlp, "The Dow fell 251 points on Monday to end the day at 7,114.")
    assert found["the day"][0] == "2023-09-11"
    assert dates_in(nlp, "For the day, the Nikkei closed down 6.4 percent.")["the day"][0] == "2023-09-14"
    assert dates_in(nlp, "It was the day the music died.") == {}


@pytest.mark.model
def test_extract_dates_the_past_decade_is_ten_years_up_to_now(nlp) -> None:
    # It had been the calendar decade before this one ("201" written in 2023).
    found = dates_in(nlp, "The judge was charged four times over the past decade.")
    assert found["the past decade"] == ("P10Y", "duration", "DURATION")


@pytest.mark.model
def test_extract_dates_the_past_year_is_twelve_months_up_to_now(nlp) -> None:
    # It had been the calendar year before ("2022" written in September 2023), which dated a yearly
    # change to the wrong year; "last year" stays the calendar year.
    found = dates_in(nlp, "Rents in the city rose 7% in the past year, and last year they rose 4%.")
    assert found["the past year"] == ("P1Y", "duration", "DURATION")
    assert found["last year"][0] == "2022"


@pytest.mark.model
def test_extract_dates_the_day_after_a_dated_event_behind_an_article(nlp) -> None:
    # "a day after a July 27 call": the article between had kept the day from its date.
    found = dates_in(nlp, "One loan was approved a day after a July 27, 2016, call in which the banker asked for a post.")
    assert found["day after a July 27, 2016"][0] == "2016-07-28"
    found = dates_in(nlp, "The day after the Nov. 6 elections, the president lashed out at reporters.")
    assert found["day after the Nov. 6"][0] == "2022-11-07"


@pytest.mark.model
def test_extract_dates_words_that_only_look_like_dates(nlp) -> None:
    # Each had been a date: the verb "wed", a part of day modifying a thing, a newspaper's title.
    assert dates_in(nlp, "The ruling lets same-sex couples in nine states legally wed.") == {}
    assert dates_in(nlp, "She posted a late-night tweet on March 4 asking for the release.") == {
        "March 4": ("2023-03-04", "day", "DATE")
    }
    assert dates_in(nlp, "The state-run China Daily went much further in its editorial.") == {}
    assert dates_in(nlp, "The vote is set for Wed. at noon.")["Wed."][0] == "2023-09-20"


@pytest.mark.model
def test_extract_dates_part_of_a_sum_is_no_quarter(nlp) -> None:
    # "nearly a quarter" of "a quarter-trillion dollars" had been a length of three months.
    found = dates_in(nlp, "The bill would pour nearly a quarter-trillion dollars over the next five years into research.")
    assert found == {"the next five years": ("P5Y", "duration", "DURATION")}


@pytest.mark.model
def test_extract_dates_at_the_end_of_the_day_is_mostly_in_the_end(nlp) -> None:
    # The idiom had been a length of one day in every use.
    assert dates_in(nlp, "At the end of the day, voters want jobs.") == {}
    assert dates_in(nlp, '"The goal at the end of the day is to hold Iran accountable," she said.') == {}
    found = dates_in(nlp, "The judge closed the courtroom at the end of the day to hear a sealed motion.")
    assert found["the end of the day"][0] == "2023-09-14"


@pytest.mark.model
def test_extract_dates_the_first_day_of_an_event_or_a_month(nlp) -> None:
    # "the first day of the summit" had been a length of one day, "the first day of March" the month.
    found = dates_in(nlp, "The president is joining other leaders on the first day of the Group of 7 summit.")
    assert found["the first day"] == (None, "day", "DATE")
    assert dates_in(nlp, "The first day of March was cold.")["The first day of March"][0] == "2023-03-01"
    assert dates_in(nlp, "Rent is due on the first day of next month.")["the first day of next month"][0] == "2023-10-01"


@pytest.mark.model
def test_extract_dates_a_week_of_a_month_or_of_an_event(nlp) -> None:
    # "the last week of August" had been all of August, "the final week of the trial" a length of a week.
    found = dates_in(nlp, "Home sales picked up in the last week of August, the agents said.")
    assert found["the last week of August"] == ("2023-W35", "week", "DATE")
    found = dates_in(nlp, "The council will vote in the second week of October.")
    assert found["the second week of October"] == ("2023-W41", "week", "DATE")
    found = dates_in(nlp, "Both lawyers grew sharper in the final week of the trial.")
    assert found["the final week"] == (None, "week", "DATE")


@pytest.mark.model
def test_extract_dates_the_year_a_past_sentence_has_named(nlp) -> None:
    # "the entire year" after "the fourth quarter of 2021" had been the publication year, 2023.
    text = "The airline lost $2 billion in the fourth quarter of 2021 and $7 billion for the entire year."
    assert dates_in(nlp, text)["the entire year"][:2] == ("2021", "year")
    text = "The bakery closed in 2008, the year the recession began."
    assert dates_in(nlp, text)["the year"][:2] == ("2008", "year")
    # A year defined by an event the text does not date is no date of its own.
    text = "She won easily in 2016 and has not faced a debate since the year she was elected."
    assert dates_in(nlp, text)["the year"][0] is None
    # Looking ahead, "the full year" is still the year in progress.
    text = "Sales rose in the second quarter of 2022, and the firm expects growth for the full year."
    assert dates_in(nlp, text)["the full year"][0] == "2023"


@pytest.mark.model
def test_extract_dates_holidays_by_rule_of_the_calendar(nlp) -> None:
    # "Good Friday" had been read as last Friday; Black Friday and Martin Luther King Jr. Day were missed.
    assert dates_in(nlp, "Churches were full on Good Friday.")["Good Friday"][0] == "2023-04-07"
    assert dates_in(nlp, "Shoppers queued outside the mall on Black Friday.")["Black Friday"][0] == "2022-11-25"
    found = dates_in(nlp, "The mayor spoke at a breakfast on Martin Luther King Jr. Day.")
    assert found["Martin Luther King Jr. Day"][0] == "2023-01-16"
    assert dates_in(nlp, "Banks will close on Columbus Day.")["Columbus Day"][0] == "2023-10-09"
    assert dates_in(nlp, "Parishioners packed an Ash Wednesday service.")["Ash Wednesday"][0] == "2023-02-22"


@pytest.mark.model
def test_extract_dates_names_that_hold_a_holiday_or_a_unit_are_no_dates(nlp) -> None:
    # "the Good Friday agreement" had been dated to a Good Friday, "Black History Month" a length of a month.
    assert "Good Friday" not in dates_in(nlp, "He praised the 1998 Good Friday agreement in his speech.")
    assert "Easter" not in dates_in(nlp, "Children rolled eggs at the Easter Egg Roll on the lawn.")
    assert "Month" not in dates_in(nlp, "The school marked Black History Month with a concert.")
    assert "Week" not in dates_in(nlp, "Designers flew in for Paris Fashion Week.")


@pytest.mark.model
def test_extract_dates_a_holiday_naming_a_kind_of_thing_is_no_date(nlp) -> None:
    # "presents missing from under Christmas trees" had put a port's supply crunch on December 25.
    assert not any("Christmas" in t for t in dates_in(
        nlp, "The shipping backlog threatens to leave presents missing from under Christmas trees."))
    assert not any("Halloween" in t for t in dates_in(nlp, "A clerk arranges Halloween decorations in the shop window."))
    # the days, events and trade of a holiday's season stay dates
    assert any("Christmas" in t for t in dates_in(nlp, "Retailers expect strong Christmas sales this year."))
    assert any("Easter" in t for t in dates_in(nlp, "The bishop led Easter services in the cathedral."))


@pytest.mark.model
def test_extract_dates_a_file_photo_caption_dates_its_weekday(nlp) -> None:
    # AP: "In this Tuesday, Feb. 4, 2020, file photo": the caption's date, not the Tuesday before publication.
    found = dates_in(nlp, "FILE - In this Tuesday, Feb. 4, 2020, file photo, the senator speaks in Iowa.")
    assert found["this Tuesday"][0] == "2020-02-04"


@pytest.mark.model
def test_extract_dates_weeks_seen_from_a_sunday(nlp) -> None:
    # Published Sunday 2016-11-13: "last week" is the ISO week ending that day (an election on Tuesday the
    # 8th), "this week" ahead unless the sentence is past, "next week" the one after.
    sunday = "2016-11-13"
    assert dates_in(nlp, "The senator conceded the race last week.", sunday)["last week"][0] == "2016-W45"
    assert dates_in(nlp, "The court will hear the case this week.", sunday)["this week"][0] == "2016-W46"
    assert dates_in(nlp, "A poll released this week showed her ahead.", sunday)["this week"][0] == "2016-W45"
    assert dates_in(nlp, "He will address Congress next week.", sunday)["next week"][0] == "2016-W47"
    # A Thursday keeps the plain ISO weeks.
    assert dates_in(nlp, "The senator conceded the race last week.")["last week"][0] == "2023-W36"


@pytest.mark.model
def test_extract_dates_a_past_event_in_a_later_month_is_last_year(nlp) -> None:
    # Written on 14 September: "In October, the board approved" had been next month; it happened last October.
    found = dates_in(nlp, "In October, the board approved the merger after a long fight.")
    assert found["October"][0] == "2022-10"
    assert dates_in(nlp, "The mayor resigned on Oct. 3 after the audit.")["Oct. 3"][0] == "2022-10-03"
    # A plan or a deadline the past verb reports still lies ahead.
    assert dates_in(nlp, "The two leaders agreed to meet in October.")["October"][0] == "2023-10"


@pytest.mark.model
def test_extract_dates_a_decade_written_with_an_apostrophe(nlp) -> None:
    # "the 1970's" had been the year 1970: the tokenizer splits "'s" off as a possessive.
    assert dates_in(nlp, "Rents doubled during the 1970's in most cities.")["1970"][:2] == ("197", "decade")
    assert dates_in(nlp, "The 1970's budget was small.")["1970"][:2] == ("1970", "year")


@pytest.mark.model
def test_extract_dates_a_paper_or_a_speech_named_after_a_day_is_no_date(nlp) -> None:
    # "Britain's Sunday Telegraph" had been last Sunday, "the Fourth of July Speech" a July 4.
    assert dates_in(nlp, "The minister told Britain's Sunday Telegraph that talks had stalled.") == {}
    assert dates_in(nlp, "She quoted the Fourth of July Speech at length.") == {}
    # A day's own post or service stays that day.
    assert "Tuesday" in dates_in(nlp, "Reporters found a Tuesday Facebook post by the sheriff.")
    assert "the Fourth of July" in dates_in(nlp, "They marched on the Fourth of July.")


@pytest.mark.model
def test_extract_dates_a_date_naming_an_unscheduled_event_lies_behind(nlp) -> None:
    # "the deadly Jan. 6 riot" in a sentence with "would" had been next January: nobody schedules a riot.
    assert dates_in(nlp, "It would be the sequel to the deadly Jan. 6 riot.")["Jan. 6"][0] == "2023-01-06"
    assert dates_in(nlp, "A panel investigating the Feb. 2 shooting will meet.")["Feb. 2"][0] == "2023-02-02"
    assert dates_in(nlp, "The committee will study the riot of Jan. 6.")["Jan. 6"][0] == "2023-01-06"
    # Written in late December, a riot named by a January day is this year's, not the coming one's.
    assert dates_in(nlp, "Officials had studied the deadly Jan. 6 riot.", "2023-12-23")["Jan. 6"][0] == "2023-01-06"
    # An election or a deadline is named by its date ahead of time.
    assert dates_in(nlp, "The Jan. 6 election will decide the seat.")["Jan. 6"][0] == "2024-01-06"
    # A weekday's attack or incident, in the possessive, is the last one, under a "will" too.
    text = "Readers will find only a passing reference to Wednesday's ugly incident at the rally."
    assert dates_in(nlp, text, "2025-09-11")["Wednesday"][0] == "2025-09-10"
    assert dates_in(nlp, "The board will review Monday's attack on the depot.", "2025-09-11")["Monday"][0] == "2025-09-08"


@pytest.mark.model
def test_extract_dates_a_holiday_named_as_an_institution_is_no_date(nlp) -> None:
    # "recognize Juneteenth as a federal holiday" had put the bill on this year's June 19 in timelines.
    assert "Juneteenth" not in dates_in(nlp, "The governor signed a bill to recognize Juneteenth as a state holiday.")
    assert "Juneteenth" not in dates_in(nlp, "Juneteenth, first celebrated in 1866, commemorates the end of slavery.")
    # A day something happens on stays a date.
    assert "Christmas" in dates_in(nlp, "They celebrated Christmas with their families.")
    assert "Thanksgiving" in dates_in(nlp, "Stores will close on Thanksgiving.")
    assert "Every Christmas" in dates_in(nlp, "Every Christmas, the Foxes have the neighbours over.")


@pytest.mark.model
def test_extract_dates_a_participle_preposition_leaves_the_tense_to_its_verb(nlp) -> None:
    # Written on Thursday 14 September: "beginning"/"based"/"following" used as prepositions had stopped the
    # search for a tense, so the date took the nearest month or weekday, often one still ahead.
    assert dates_in(nlp, "Beginning in December, complaints started to pile up at the agency.")["December"][0] == "2022-12"
    assert dates_in(nlp, "Based on an interview in November, the paper reported that he opposed it.")[
        "November"][0] == "2022-11"
    # "according to a filing on Wednesday" names a source: the clause above it does not date the filing.
    found = dates_in(nlp, "He was given more time to prepare for his testimony, according to a court filing on Wednesday.")
    assert found["Wednesday"][0] == "2023-09-13"


@pytest.mark.model
def test_extract_dates_a_date_deep_in_a_since_phrase_lies_behind(nlp) -> None:
    # "since the reopening ... following the November 3 attacks" had been this November, ahead of the writing.
    found = dates_in(nlp, "The index had its worst day since the reopening of the markets following the November 3 attacks.")
    assert found["November 3"][0] == "2022-11-03"
    assert dates_in(nlp, "It is the biggest drop since the October 5 crash.")["October 5"][0] == "2022-10-05"


@pytest.mark.model
def test_extract_dates_a_fractional_count_back_from_the_writing(nlp) -> None:
    # "two and a half years ago" had been this year (the count was not read), "a year and a half ago" last year.
    assert dates_in(nlp, "The mayor said the clinic opened two and a half years ago.")["two and a half years ago"][0] == "2021"
    assert dates_in(nlp, "The group launched a center a year and a half ago.")["a year and a half ago"][0] == "2022"
    assert dates_in(nlp, "The fight started three and a half decades ago.")["three and a half decades ago"][0] == "198"
    assert dates_in(nlp, "The meeting lasted two and a half hours.")["two and a half hours"][0] == "PT2H30M"


@pytest.mark.model
def test_extract_dates_one_day_meaning_some_day(nlp) -> None:
    # All had been a length of one day (P1D).
    assert dates_in(nlp, "But one day we must ask why the river keeps flooding.")["one day"][0] == "FUTURE_REF"
    assert dates_in(nlp, "Farmers believe they will be landowners one day if the reform passes.")["one day"][0] == "FUTURE_REF"
    assert dates_in(nlp, "One day, she recalled, the furnace broke in the middle of winter.")["One day"][0] == "PAST_REF"
    assert dates_in(nlp, "“So some day,” the mayor wrote, “a storm will test these walls.”")["some day"][0] == "FUTURE_REF"
    # A length or an offset stays one.
    assert dates_in(nlp, "The strike will last one day.")["one day"][0] == "P1D"
    assert dates_in(nlp, "The index lost 4% in one day.")["one day"][0] == "P1D"
    assert dates_in(nlp, "The mayor resigned one day after the audit.")["one day"][0] == "P1D"


@pytest.mark.model
def test_extract_dates_a_month_after_that_is_in_the_year_last_named(nlp) -> None:
    # "hired that August" had been the publication year's August.
    text = "The couple married in Vermont in May 2007. She was hired that August as a teacher at the school."
    assert dates_in(nlp, text)["August"][0] == "2007-08"
    # The adjective is no month.
    assert dates_in(nlp, "He praised that august institution for its long record of service.") == {}


@pytest.mark.model
def test_extract_dates_a_weekday_run_into_the_year_of_a_noun_phrase(nlp) -> None:
    # "Friday 2012 GOP nominee ..." had been one expression, the year 2012, losing the Friday.
    found = dates_in(nlp, "Friday 2012 GOP presidential nominee Mitt Romney campaigned with the senator in Ohio.")
    assert found["Friday"][0] == "2023-09-08"
    assert found["2012"][0] == "2012"


@pytest.mark.model
def test_extract_dates_a_day_naming_a_thing_just_across_the_new_year(nlp) -> None:
    # Written on Dec. 23: "the Jan. 1 deadline" under a past verb had been last Jan. 1, a year back.
    text = "The agency had argued that the Jan. 1 deadline for new applications was too early."
    assert dates_in(nlp, text, "2023-12-23")["Jan. 1"][0] == "2024-01-01"
    # An event the past verb dates stays behind.
    assert dates_in(nlp, "The board approved the plan on Jan. 3.", "2023-12-23")["Jan. 3"][0] == "2023-01-03"


@pytest.mark.model
def test_extract_dates_what_the_small_model_calls_a_number(nlp) -> None:
    # A numeric date and a count with "and a half" are CARDINAL to the small model: both had been missed.
    assert dates_in(nlp, "The plant opened on 7/8/07 with a ceremony.")["7/8/07"][0] == "2007-07-08"
    found = dates_in(nlp, "The new bridge is almost two and a half years behind schedule.")
    assert found["almost two and a half years"][0] == "P2Y6M"


@pytest.mark.model
def test_extract_dates_the_morning_of_a_date_is_that_date(nlp) -> None:
    # "the morning" had been the publication morning, beside the date that says which morning.
    found = dates_in(nlp, "On the morning of March 24, 2011, after a long night, the family called for help.")
    assert found == {"March 24, 2011": ("2011-03-24", "day", "DATE")}


@pytest.mark.model
def test_extract_dates_a_bare_month_shares_the_year_of_the_next(nlp) -> None:
    # Both had been the publication year's month.
    found = dates_in(nlp, "The indictment alleged that in June or July 2016, the adviser met the donors.")
    assert found["June"][0] == "2016-06"
    found = dates_in(nlp, "From December to February 2019, the plant stood idle.")
    assert found["December"][0] == "2018-12"


@pytest.mark.model
def test_extract_dates_a_month_word_that_is_no_month(nlp) -> None:
    # A surname of a person the text names in full, and the noun "march", had been months.
    text = "Sandra May met the party leaders. This is a rehash of the speech May gave when she announced her run."
    assert "May" not in dates_in(nlp, text)
    assert dates_in(nlp, "Organizers of the march said those marching were showing resolve.") == {}
    assert dates_in(nlp, "Sandra May said she would decide in May.")["May"][0] == "2024-05"


@pytest.mark.model
def test_extract_dates_a_weekday_and_date_in_the_year_the_text_named(nlp) -> None:
    # April 6 is a Saturday in 1968, not in 2014-2016 around publication: it had been this year's April 6.
    text = "In 1968, the committee voted on a bill. On Saturday, April 6, the committee met again."
    assert dates_in(nlp, text, "2015-06-28")["Saturday, April 6"][0] == "1968-04-06"


@pytest.mark.model
def test_extract_dates_the_entire_previous_weekday(nlp) -> None:
    # "the entire previous Tuesday" had been the Tuesday before publication, the very day it is compared with.
    text = "The shop sold 400 umbrellas on Tuesday, double the sales of the entire previous Tuesday."
    assert dates_in(nlp, text, "2020-03-18")["the entire previous Tuesday"][0] == "2020-03-10"


@pytest.mark.model
def test_extract_dates_a_weekday_of_a_vote_is_the_vote(nlp) -> None:
    # "voted to advance the bill on Wednesday" had been next Wednesday: a vote does what it votes for.
    text = "The Senate voted to advance the transit bill on Wednesday, hours after the deal was struck."
    assert dates_in(nlp, text)["Wednesday"][0] == "2023-09-13"
    # A month the vote plans for stays ahead, and so does a vote still to come.
    assert dates_in(nlp, "The board voted to hold the election in December.")["December"][0] == "2023-12"
    assert dates_in(nlp, "The union will vote to ratify the contract on Wednesday.")["Wednesday"][0] == "2023-09-20"


@pytest.mark.model
def test_extract_dates_the_previous_week_counts_from_the_week_named(nlp) -> None:
    # A weekly report: "the prior week" is the week before the one reported, not the week before
    # the day the report came out ("said Thursday"), nor before a benchmark day ("since March 2, 2020").
    text = (
        "Orders for farm equipment fell to 12,400 last week, down 800 from the prior week, the trade group "
        "said Thursday. Orders were at their lowest since March 2, 2020, when the harvest ended. "
        "The previous week's figure was revised up to 13,300."
    )
    found = dates_in(nlp, text)
    assert found["last week"][0] == "2023-W36"
    assert found["the prior week"][0] == "2023-W35"
    assert found["The previous week"][0] == "2023-W35"
    # "the week ended Sept. 2" is the week named; "the following week" counts from it.
    text = "Sales rose 4% in the week ended Sept. 2, the company said Thursday. The following week they fell."
    assert dates_in(nlp, text)["The following week"][0] == "2023-W36"


@pytest.mark.model
def test_extract_dates_a_date_in_the_subject_of_a_past_plan(nlp) -> None:
    # "planned" looks ahead for what was planned, not for a date inside its subject: written in
    # March, "farmers in February planned ..." is this February (it had been next February).
    text = "A survey found that a third of dairy farmers in February planned to buy new equipment."
    assert dates_in(nlp, text, "2020-03-06")["February"][0] == "2020-02"


@pytest.mark.model
def test_extract_dates_a_month_or_week_earlier_than_the_one_named(nlp) -> None:
    # As TimeML dates "a year earlier": the month (week) before the one the text names; both had been lengths.
    text = "The jobless rate in the county fell to 4.2% in August, down from 4.5% a month earlier."
    assert dates_in(nlp, text)["a month earlier"][0] == "2023-07"
    text = "Orders for tractors fell to 1,200 last week from a revised 1,350 a week earlier, the group said Thursday."
    assert dates_in(nlp, text)["a week earlier"][0] == "2023-W35"
    # A comparison stays a length.
    assert dates_in(nlp, "In May, the rains came a month earlier than forecast.")["a month earlier"][0] == "P1M"


@pytest.mark.model
def test_extract_dates_a_weekday_the_parse_hangs_on_an_object(nlp) -> None:
    # The small model hangs "Tuesday" on "primary", the object; the present-simple verb still schedules it
    # (it had been last Tuesday, the vote still ahead).
    text = "Maine Sen. Tom Hale heads into the Pine Tree State primary Tuesday with the wind at his back."
    assert dates_in(nlp, text, "2021-09-11")["Tuesday"][0] == "2021-09-14"


@pytest.mark.model
def test_extract_dates_a_weekday_naming_a_kind_of_show_or_service(nlp) -> None:
    # "the Sunday shows" are the shows that air on Sundays, not the Sunday before the writing.
    text = "The senator skipped the Sunday shows after the vote on the trade bill."
    assert dates_in(nlp, text)["Sunday"][:3:2] == ("XXXX-WXX-7", "SET")
    text = "The bishop said the flu had reached Sunday sermons and youth camps across the state."
    assert dates_in(nlp, text)["Sunday"][0] == "XXXX-WXX-7"
    # Events of one day and a person's own posts keep their day.
    assert dates_in(nlp, "The Friday explosions killed nine people.")["Friday"][0] == "2023-09-08"
    assert dates_in(nlp, "The mayor sent his Sunday tweets before the game.")["Sunday"][0] == "2023-09-10"


@pytest.mark.model
def test_extract_dates_a_holiday_recurring_or_a_clock_on_a_recurring_weekday(nlp) -> None:
    # "Every Christmas" recurs (TimeML's set XXXX-12-25); it had been this year's Christmas.
    assert dates_in(nlp, "Every Christmas, the cousins drive up to the lake cabin.")["Every Christmas"][:3:2] == (
        "XXXX-12-25", "SET")
    # A clock on a recurring weekday recurs too; it had been the publication day.
    found = dates_in(nlp, "The club hosts a radio quiz at 9 A.M. on Sunday mornings.")
    assert found["9 A.M."][:3:2] == ("XXXX-WXX-7T09:00", "SET")
    found = dates_in(nlp, "The choir rehearses at 10 a.m. on Saturdays in the old hall.")
    assert next(v for k, v in found.items() if "10 a.m." in k)[:3:2] == ("XXXX-WXX-6T10:00", "SET")


@pytest.mark.model
def test_extract_dates_a_named_day_in_a_month_and_year_said_after_it(nlp) -> None:
    # Written in July 2021: the Tuesday "in March 2020" is in that month (which of its Tuesdays the text does not
    # say), and so is the clock on it; both had been the next Tuesday after publication.
    text = "She was the last voter in line at 2 a.m. on Super Tuesday in March 2020."
    found = dates_in(nlp, text, "2021-07-11")
    assert found["Tuesday"][0] == "2020-03"
    assert found["2 a.m."][0] == "XXXX-XX-XXT02:00"
    # A holiday gets its day in the year named (it had been the last Thanksgiving before publication).
    text = "The officer, who on Thanksgiving Day in 1978 shot a neighbour, was never charged."
    assert dates_in(nlp, text, "2015-01-02")["Thanksgiving Day"][0] == "1978-11-23"
    # Inside one expression too ("Christmas of 2019" had been the year alone).
    assert dates_in(nlp, "On Christmas of 2019, the family drove south.", "2021-07-12")["Christmas of 2019"][0] == (
        "2019-12-25")
    # A place after "in" changes nothing.
    assert dates_in(nlp, "They met on Friday in Lisbon.", "2021-07-12")["Friday"][0] == "2021-07-09"


@pytest.mark.model
def test_extract_dates_a_weekday_ahead_of_which_something_happens(nlp) -> None:
    # Written on a Monday: "ahead of" an address on Wednesday looks forward from a present-perfect clause (it had
    # been the Wednesday before).
    text = "Ahead of her budget speech to the state assembly on Wednesday, the governor has toured six towns."
    assert dates_in(nlp, text, "2021-04-26")["Wednesday"][0] == "2021-04-28"
    # After a past clause dated Monday, the later event is the first Wednesday after that Monday.
    text = "The mayor on Monday released the draft rules for scooters, in advance of an expected council vote on Wednesday."
    assert dates_in(nlp, text, "2021-06-29")["Wednesday"][0] == "2021-06-30"
    # A past clause with no other day keeps the last Saturday, and a verb in between has its own tense.
    text = "Barriers put up ahead of the march on Saturday started coming down on Sunday afternoon."
    assert dates_in(nlp, text, "2021-09-20")["Saturday"][0] == "2021-09-18"


@pytest.mark.model
def test_extract_dates_a_clock_shares_the_day_of_a_clock_on_a_named_day(nlp) -> None:
    # Written on a Tuesday: the start of "from 16:00 GMT until 22:00 on Monday" is Monday too (it had been the
    # publication day).
    text = "The services were down from about 16:00 GMT until around 22:00 on Monday."
    found = dates_in(nlp, text, "2021-10-05")
    assert found["16:00 GMT"][0] == "2021-10-04T16:00Z"
    assert found["around 22:00 on Monday"][0] == "2021-10-04T22:00"


@pytest.mark.model
def test_extract_dates_a_weekday_in_local_time_the_day_after_publication(nlp) -> None:
    # Written on a Thursday about a place ahead of the writer's clock: "Friday ... local time" is the next day, not
    # the Friday six days before; so are the small hours of Friday ("early Friday", "early on Friday", which had
    # been the last Friday); any other past-tense Friday is the last one.
    text = "Army units crossed the river early Friday morning local time after a week of shelling."
    assert dates_in(nlp, text, "2021-05-13")["early Friday morning"][0] == "2021-05-14TMO"
    text = "Army units crossed the river early Friday after a week of shelling."
    assert dates_in(nlp, text, "2021-05-13")["early Friday"][0] == "2021-05-14"
    text = "A truce between the two militias took effect early on Friday, hours after both sides agreed to it."
    assert dates_in(nlp, text, "2021-05-13")["Friday"][0] == "2021-05-14"
    text = "Army units crossed the river late Friday after a week of shelling."
    assert dates_in(nlp, text, "2021-05-13")["late Friday"][0] == "2021-05-07"


@pytest.mark.model
def test_extract_dates_would_be_is_no_future(nlp) -> None:
    # "would-be" is an adjective the tagger splits into "would" and "be": the warning was last Monday (it had been
    # next Monday)
    text = "The minister issued a blunt warning to would-be smugglers at the border on Monday."
    assert dates_in(nlp, text, "2021-06-09")["Monday"][0] == "2021-06-07"


@pytest.mark.model
def test_extract_dates_a_holiday_after_by_is_a_deadline(nlp) -> None:
    # A goal set in May "by Independence Day" is this July's, as "by July 4" already was (it had been last year's).
    text = "The mayor, in a speech Tuesday at city hall, set a goal to have 2 million residents vaccinated by Independence Day."
    assert dates_in(nlp, text, "2021-05-04")["Independence Day"][0] == "2021-07-04"


@pytest.mark.model
def test_extract_dates_the_latest_unit_of_a_run(nlp) -> None:
    # "for a third straight day" is the day the story is about, the publication day (it had no expression at all).
    found = dates_in(nlp, "Ferry services were halted for a second consecutive day because of the gales.")
    assert found["a second consecutive day"][:2] == ("2023-09-14", "day")
    # A date right after it is that date; a week in a row is the week.
    found = dates_in(nlp, "Grain prices fell for a third straight day on Tuesday.")
    assert found["a third straight day"][0] == "2023-09-12"
    found = dates_in(nlp, "Mortgage rates rose for the fifth week in a row, the lenders said.")
    assert [value for text, (value, _, _) in found.items() if text.startswith("the fifth week")] == ["2023-W37"]
    # In a past clause, the time the text last named: the year of an old season, not the publication year.
    text = "The club finished 20th in 2009, missing the playoffs for the fourth consecutive year."
    assert dates_in(nlp, text)["the fourth consecutive year"][0] == "2009"
    # A recent day named before is an earlier day of the run: written on a Tuesday, the run's day is Tuesday.
    text = "The judge spoke first, as she did Monday. Two jurors asked questions for the second day in a row."
    assert dates_in(nlp, text, "2020-05-05")["the second day in a row"][0] == "2020-05-05"
    # "It was the third consecutive month that ...": a count of months, which TimeBank leaves untagged.
    assert dates_in(nlp, "It was the third consecutive month that bakery sales rose.") == {}


@pytest.mark.model
def test_extract_dates_a_single_day_is_a_length(nlp) -> None:
    # "the worst single-day fall" is a length of one day, as "a one-day strike" is (it had been missed).
    found = dates_in(nlp, "The index suffered its worst single-day fall since the spring.")
    assert found["single-day"][:3] == ("P1D", "duration", "DURATION")


@pytest.mark.parametrize("text", ["The company said Monday it would close the plant in March.",
                                  "The company said on Monday it would close the plant in March."])
def test_dates_a_weekday_right_after_a_reporting_verb_is_when_it_was_said(nlp, text: str) -> None:
    # The parse hangs "Monday" on "would close": it had been next Monday.
    values = {d.text: d.value for d in extract_dates(nlp(text), doc_id="d", published="2025-09-30")}
    assert values["Monday"] == "2025-09-29"
    # what was said keeps its own day
    said = {d.text: d.value for d in extract_dates(nlp("The company said Monday's vote would decide."), doc_id="d",
                                                   published="2025-09-30")}
    assert said["Monday"] == "2025-10-06"


# One invented expression for each _EXTRA_PATTERNS alternative, in their order.
_EXTRA_EXAMPLES = [
    "Sunday mornings", "last Tuesday morning", "recently", "in the past", "the same quarter", "Christmas Eve",
    "Memorial Day", "the near future", "weekly", "every other week", "the third quarter", "fiscal 2024",
    "early March 3, 2021", "7:30 p.m.", "midnight", "16:08 UTC", "later that week", "nineteen eighty-four",
    "the late nineties", "at least 20 more years", "next month", "lasted over a week", "the near term", "300 BC",
    "AD 1200",
]


def test_dates_every_extra_pattern_is_found_at_a_word_start() -> None:
    # _EXTRA_RE tests the word start once for all its alternatives, so each must begin with a word
    # character: one that began otherwise ("'90s") would never match. Adding one means adding an example.
    from newsfuse.extract.dates import _EXTRA_PATTERNS, _EXTRA_RE

    assert len(_EXTRA_EXAMPLES) == len(_EXTRA_PATTERNS)
    for pattern, example in zip(_EXTRA_PATTERNS, _EXTRA_EXAMPLES, strict=True):
        assert re.fullmatch(pattern, example, re.IGNORECASE), (pattern, example)
        sentence = f"It was {example}, they said."
        assert [m.group() for m in _EXTRA_RE.finditer(sentence)] == [example]
    # never inside a word: "now" in "snowy", "may" in "dismayed", "sun" in "sunny"
    assert _EXTRA_RE.search("A snowy, sunny knoll dismayed them.") is None


@pytest.mark.model
def test_extract_dates_a_length_after_a_clock_time_is_no_day_of_it(nlp) -> None:
    # "10 p.m. ET, 11 days" had been one expression dated 10 p.m. on the day the days count from
    found = dates_in(nlp, "The bridge came down after 10 p.m. ET, 11 days after the flood of June 24.")
    assert "10 p.m. ET" in found and found["11 days"][0] == "P11D"
    # nor is the flood's day, named well after the clock, the clock's day (it falls back to the publication day)
    assert not found["10 p.m. ET"][0].startswith("2023-06-24")
    assert dates_in(nlp, "The crowd gathered at 10 p.m. ET on Sunday outside the hall.")["10 p.m. ET on Sunday"][0] \
        == "2023-09-10T22:00"
    assert dates_in(nlp, "The vote is set for 5 p.m. EST, Nov. 6.")["5 p.m. EST, Nov. 6"][0].endswith("T17:00")


@pytest.mark.model
def test_extract_dates_days_around_an_event_are_a_stretch(nlp) -> None:
    # "the days" was dropped as a bare noun, while "the weeks before the vote" stays a length
    found = dates_in(nlp, "Neighbours saw the van outside the depot in the days before the fire.")
    assert found["the days"][0] == "PXD"
    assert dates_in(nlp, "In the days that followed, the harbour stayed closed.")["the days"][0] == "PXD"
    assert dates_in(nlp, "Ferry bookings fell in the days after the storm warning.")["the days"][0] == "PXD"
    assert dates_in(nlp, "In the days and weeks after the flood, aid arrived.")["the days and weeks"][0] == "PXD"
    # an era or a kind of day is no stretch of time around an event
    assert "The days" not in dates_in(nlp, "The days of cheap ferry tickets are over.")
    assert "the days" not in dates_in(nlp, "The keeper said the days are long in June.")


@pytest.mark.model
def test_extract_dates_a_list_of_quarters_is_one_quarter_each(nlp) -> None:
    # no span of the whole list normalised, so every quarter in it had been lost
    found = dates_in(nlp, "The brewer lost money in the first and second quarters of 2022.")
    assert found["first"][0] == "2022-Q1"
    assert found["second quarters of 2022"][0] == "2022-Q2"
    found = dates_in(nlp, "Freight volumes rose in the first, second and third quarters of last year.")
    assert [found[k][0] for k in ("first", "second", "third quarters of last year")] == ["2022-Q1", "2022-Q2", "2022-Q3"]
    # the quarters of one list share the year of the last: a past fourth quarter, written in September, is last year's
    found = dates_in(nlp, "The mill lost money in the third and fourth quarters.")
    assert (found["third"][0], found["fourth quarters"][0]) == ("2022-Q3", "2022-Q4")
    assert dates_in(nlp, "Output grew in the first and second halves of 2021.")["first"][0] == "2021-H1"
    # "the current quarter" after the list is its own expression
    assert "the current quarter" in dates_in(nlp, "Sales peak in the second and fourth quarters, with the current quarter strong.")


@pytest.mark.model
def test_extract_dates_a_dated_clock_takes_no_description_after_a_comma(nlp) -> None:
    # joined into one expression, the clock, its date and the description were read as a Tuesday near publication
    found = dates_in(nlp, "At 12:35 p.m. on January 24, 2017, the first Tuesday after the inauguration, the aide got a call.")
    assert found["12:35 p.m. on January 24, 2017"][0] == "2017-01-24T12:35"
    # joined, this one was read as nothing at all; "the day after the crash" set beside the clock's day is that day
    found = dates_in(nlp, "Trading halted at 3 p.m. Tuesday, the day after the crash.")
    assert found["3 p.m. Tuesday"][0] == "2023-09-12T15:00"
    assert found["the day"][0] == "2023-09-12"
    assert dates_in(nlp, "The ferry sank at 2 a.m. on Oct. 3, 1990, the day after the storm.")["the day"][0] == "1990-10-03"
    # a clock still joins the date it is written with
    assert dates_in(nlp, "The vote is set for 5 p.m. EST, Nov. 6.")["5 p.m. EST, Nov. 6"][0] == "2023-11-06T17:00"


@pytest.mark.model
def test_extract_dates_a_stretch_of_a_named_year_keeps_the_year(nlp) -> None:
    # one expression, it had been a vague length and the year was lost
    found = dates_in(nlp, "Shares of the miner rose in the final weeks of 2019.")
    assert found["2019"][0] == "2019" and found["the final weeks"][0] == "PXW"
    assert dates_in(nlp, "The agency held no hearings since the early days of 2009.")["2009"][0] == "2009"


@pytest.mark.model
def test_extract_dates_a_hedge_before_the_end_of_a_period_stays_outside(nlp) -> None:
    # "at least the end of the year" had been a length of one year (P1Y)
    found = dates_in(nlp, "The brewer will pause its adverts through at least the end of the year.")
    assert found == {"the end of the year": ("2023", "year", "DATE")}
    # a hedged length keeps its hedge, as TimeBank tags it
    assert "at least 20 more years" in dates_in(nlp, "The lease runs for at least 20 more years.")


@pytest.mark.model
def test_extract_dates_second_before_a_noun_is_an_ordinal(nlp) -> None:
    # "the end of the second" had been a length of one second (PT1S)
    assert not dates_in(nlp, "The bombing at the end of the second world war killed thousands.")



def test_extract_dates_a_handle_before_a_post_date_stays_outside() -> None:
    # the small model sometimes runs the handle of an embedded post into its date ("@JaneRoeMP) July 10, 2018")
    import spacy
    from spacy.tokens import Doc

    from newsfuse.extract.dates import _trim

    doc = Doc(spacy.blank("en").vocab, words=["Jane", "Roe", "(", "@JaneRoeMP", ")", "July", "10", ",", "2018"])
    assert _trim(doc[3:9]).text == "July 10 , 2018"


@pytest.mark.model
def test_extract_dates_a_range_of_lengths_ending_in_a_half_is_split(nlp) -> None:
    # "15 and 19 1/2 years" had been one length, the upper end, and the lower end was lost
    found = dates_in(nlp, "The clerk could have faced between 15 and 19 1/2 years in prison.")
    assert found["15"][0] == "P15Y"
    assert found["19 1/2 years"][0] == "P19Y6M"


@pytest.mark.model
def test_dates_a_schedule_reported_after_it_keeps_its_future(nlp) -> None:  # type: ignore[no-untyped-def]
    # "followed by a trip on June 14" and "traveling in mid-June" after "the ministry announced Friday" had
    # taken the report's past tense, so June of the year before
    text = ("The premier will visit Canada on June 11-13 for the summit, followed by a trip to Oslo on June 14, "
            "the ministry announced Friday. She will head to Asia in the autumn, the ministry announced on "
            "Friday, traveling in mid-July to Japan and Korea.")
    found = dates_in(nlp, text, "2021-04-23")
    assert found["June 14"][0] == "2021-06-14" and found["mid-July"][0] == "2021-07"
    # a participle of speaking goes on with the report: the memo is from the March before
    found = dates_in(nlp, "Lawmakers will vote on the bill in May, officials said, citing a memo from March.",
                     "2021-04-23")
    assert found["March"][0] == "2021-03" and found["May"][0] == "2021-05"


@pytest.mark.parametrize(
    ("text", "value"),
    [("Monday of next week", "2023-09-18"), ("Tuesday of last week", "2023-09-05"), ("Friday this week", "2023-09-15")],
)
def test_dates_a_weekday_of_a_named_week_is_that_day(text: str, value: str) -> None:
    # the day had been dropped for the week ("2023-W38")
    assert normalise(text.lower(), Anchor(dct=DCT, tense="future")).value == value


@pytest.mark.model
def test_extract_dates_a_state_reached_by_a_weekday_told_in_the_past_is_behind(nlp) -> None:
    # Written on a Thursday: the coming Friday is nearer than the last one, but "had sold" is done.
    found = dates_in(nlp, "By Friday, the dealers had sold 300 of the new vans.")
    assert found["Friday"][0] == "2023-09-08"
    found = dates_in(nlp, "By Friday, 40% of the town's adults were vaccinated.")
    assert found["Friday"][0] == "2023-09-08"
    ahead = dates_in(nlp, "The dealers must sell 300 of the new vans by Friday.")
    assert ahead["Friday"][0] == "2023-09-15"


@pytest.mark.model
def test_extract_dates_a_clock_time_does_not_take_the_day_a_stretch_ends(nlp) -> None:
    # "funding through Dec. 3 ... must sign the bill before midnight" had put midnight on Dec. 3
    found = dates_in(nlp, "The council passed a measure funding the ferries through Nov. 20. The mayor must sign it "
                          "before midnight to keep the boats running.")
    assert found["Nov. 20"][0] == "2023-11-20"
    assert found["midnight"][0].startswith("2023-09-14")


@pytest.mark.model
def test_extract_dates_a_gerund_after_before_or_after_takes_the_tense_of_its_clause(nlp) -> None:
    # Written on a Thursday: "Before adjourning on Friday" had no tense of its own and became the coming Friday
    found = dates_in(nlp, "Before adjourning on Friday, the judge reminded the jurors not to discuss the case.")
    assert found["Friday"][0] == "2023-09-08"
    found = dates_in(nlp, "After landing on Monday, the minister met the port workers.")
    assert found["Monday"][0] == "2023-09-11"
    ahead = dates_in(nlp, "Before leaving on Friday, the minister will sign the fishing accord.")
    assert ahead["Friday"][0] == "2023-09-15"
    # a present, a plan "on" a gerund and an infinitive say nothing of the gerund's day: the nearest one before
    found = dates_in(nlp, "After calling an urgent meeting with his staff Sunday night, the mayor is looking for a "
                          "way forward.")
    assert found["Sunday night"][0].startswith("2023-09-10")
    found = dates_in(nlp, "I wasn't planning on writing after Wednesday night's town hall, but I changed my mind.")
    assert found["Wednesday night"][0].startswith("2023-09-13")


@pytest.mark.model
def test_extract_dates_an_election_gone_over_by_an_audit_is_behind(nlp) -> None:
    # Written in May: "the November election" an audit goes over had been the coming November
    found = dates_in(nlp, "The county clerk on Wednesday warned that a partisan audit of the November election in "
                          "Lake County may break state law.", "2021-05-07")
    assert found["November"][0] == "2020-11"
    found = dates_in(nlp, "Party officials want to overturn the November election.", "2021-05-07")
    assert found["November"][0] == "2020-11"
    ahead = dates_in(nlp, "Voters will choose a new mayor in the November election.", "2021-05-07")
    assert ahead["November"][0] == "2021-11"
    ahead = dates_in(nlp, "The results of the November election will be certified in December.", "2021-05-07")
    assert ahead["November"][0] == "2021-11"
