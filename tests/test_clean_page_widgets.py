"""Plain text: page widgets among the article's lines: an embed's consent placeholder, a form's field labels,
the card presenting the writer (name line, role label, bio) wherever the page prints it.

The texts are invented, shaped like browser copies of German and English articles, columns and blog posts.
"""

from __future__ import annotations

from newsfuse.clean import classify_paragraphs

PARAGRAPHS = [
    "Der Stadtrat hat am Dienstag beschlossen, die Straßenbahnlinie in die Innenstadt um vier Kilometer zu "
    "verlängern, ein Vorhaben, über das seit mehr als zehn Jahren gestritten wird.",
    "Die Verlängerung soll rund 310 Millionen Euro kosten, den größten Teil davon zahlt das Land, und sie soll "
    "2028 in Betrieb gehen, wenn die Bauarbeiten im Zeitplan bleiben, sagte die Bürgermeisterin nach der Abstimmung.",
    "Gegner des Plans sagten, das Geld sei bei Bussen besser angelegt, die man verlegen könne, wenn sich die Stadt "
    "verändere, und sie warnten, dass die Geschäfte an der Strecke während der Bauzeit Kunden verlieren würden.",
    "Die Verkehrsbetriebe rechnen damit, dass auf der neuen Strecke an Werktagen rund 40.000 Fahrgäste unterwegs "
    "sein werden, und wollen dafür zwölf neue Fahrzeuge bestellen, die in der Stadt gebaut werden sollen.",
    "Ein Bürgerbegehren gegen das Projekt war im vergangenen Jahr an zu wenigen Unterschriften gescheitert, doch "
    "die Initiative kündigte an, nun gegen die Planfeststellung vor dem Verwaltungsgericht zu klagen.",
]
PLACEHOLDER = [
    "Empfohlener externer Inhalt",
    "An dieser Stelle finden Sie einen externen Inhalt von Instagram, der den Artikel ergänzt. Sie können ihn "
    "mit einem Klick anzeigen lassen.",
    "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können personenbezogene Daten "
    "an Drittplattformen übermittelt werden. Mehr dazu in unserer Datenschutzerklärung.",
    "Zustimmen und Inhalt laden",
]


def test_an_embed_s_consent_placeholder_between_paragraphs_is_dropped() -> None:
    lines = [*PARAGRAPHS[:2], *PLACEHOLDER, *PARAGRAPHS[2:]]
    reasons = dict(zip(lines, classify_paragraphs(lines)))
    assert all(reasons[p] == "embed" for p in PLACEHOLDER)
    assert all(reasons[p] == "body" for p in PARAGRAPHS)


def test_one_line_placeholders_of_videos_and_maps_are_dropped() -> None:
    for notice in ("Mit dem Laden des Videos akzeptieren Sie die Datenschutzerklärung von YouTube.",
                   "Mit dem Laden der Karte akzeptieren Sie die Datenschutzerklärung von Google.",
                   "Please accept YouTube cookies to play this video. By accepting you will be accessing content "
                   "from YouTube, a service provided by an external third party."):
        lines = [*PARAGRAPHS[:2], notice, "Video laden", *PARAGRAPHS[2:]]
        verdicts = classify_paragraphs(lines)
        assert verdicts[2:4] == ["embed", "embed"], notice
        assert verdicts.count("body") == len(PARAGRAPHS)


def test_the_subheading_after_placeholders_stays_with_the_article() -> None:
    # Three placeholder lines between two paragraphs had parted the article's main block, and the paragraph
    # model dropped a subheading of the part outside it.
    subheading = "Neue Fahrzeuge aus der Stadt"
    lines = [PARAGRAPHS[0], *PLACEHOLDER[:3], PARAGRAPHS[1], *PLACEHOLDER[:3], PARAGRAPHS[2], subheading,
             *PARAGRAPHS[3:]]
    reasons = dict(zip(lines, classify_paragraphs(lines)))
    assert reasons[subheading] == "body"
    assert all(reasons[p] == "body" for p in PARAGRAPHS)


def test_articles_about_consent_and_embedded_content_are_kept() -> None:
    sentences = [
        "Users who want to view flagged content must click through a warning screen first, the company said in a "
        "blog post on Thursday.",
        "Under the new law, platforms have to obtain consent before they display personalised content or load "
        "tracking cookies from third parties, the regulator said.",
        "„Wir wollen nicht, dass Inhalte von Drittanbietern ohne Zustimmung geladen werden“, sagte die "
        "Datenschutzbeauftragte.",
    ]
    lines = [*PARAGRAPHS[:2], *sentences, *PARAGRAPHS[2:]]
    reasons = dict(zip(lines, classify_paragraphs(lines)))
    assert all(reasons[s] == "body" for s in sentences)


def test_a_cookie_banner_stays_a_notice() -> None:
    banner = ("Diese Website verwendet Cookies, um Inhalte anzuzeigen und Zugriffe zu analysieren. Mit Klick auf "
              "Akzeptieren stimmen Sie der Verwendung zu.")
    verdicts = classify_paragraphs([*PARAGRAPHS, banner])
    assert verdicts[-1] == "notice"


def test_a_form_s_field_labels_still_kept_beside_its_notice_are_notices() -> None:
    # On whole pages the context pass keeps some labels as text among kept lines (a page's other furniture around
    # the form); the rule reads the labels after the other passes, from the notice or comment heading they touch.
    from newsfuse.clean import _mark_form_fields

    lines = ["Kommentar", "Name *", "E-Mail *", "Website", "E-Mail (Adresse wird niemals veröffentlicht)"]
    reasons: list[str | None] = ["comment", None, None, None, None]
    _mark_form_fields(lines, reasons)
    assert reasons == ["comment", "notice", "notice", "notice", "notice"]


def test_a_lone_label_or_a_share_button_among_article_lines_is_left_to_the_other_passes() -> None:
    from newsfuse.clean import _mark_form_fields

    lines = ["Kontakt für Rückfragen", "E-Mail", "presse@example.org", "teilen", "E-Mail", "teilen"]
    reasons: list[str | None] = [None, None, None, "share", None, "share"]
    _mark_form_fields(lines, reasons)
    assert reasons == [None, None, None, "share", None, "share"]


SIDEBAR = ["Ähnliche Beiträge", "Neue Radwege am Fluss", "12. März 2024", "Der Bahnhof wird umgebaut", "3. Mai 2024"]


def test_a_writer_card_above_a_sidebar_is_an_author_note() -> None:
    card = ["Erika", "Autorin", "Erika Muster ist freie Autorin und Journalistin. Sie schreibt für die Zeitung über "
            "den Stadtrat, die Straßenbahn und die Verkehrsbetriebe der Stadt."]
    lines = [*PARAGRAPHS, *card, *SIDEBAR]
    reasons = dict(zip(lines, classify_paragraphs(lines)))
    assert all(reasons[line] == "author-note" for line in card)
    assert all(reasons[p] == "body" for p in PARAGRAPHS)


def test_a_columnist_s_card_between_paragraphs_is_an_author_note() -> None:
    card = ["Jana Beispiel", "Jana Beispiel ist Redakteurin im Ressort Wirtschaft. Ihre Kolumne erscheint jeden "
            "zweiten Freitag."]
    lines = [*PARAGRAPHS[:2], *card, *PARAGRAPHS[2:]]
    reasons = dict(zip(lines, classify_paragraphs(lines)))
    assert all(reasons[line] == "author-note" for line in card)
    assert all(reasons[p] == "body" for p in PARAGRAPHS)


def test_a_card_opening_on_the_writer_s_life_is_an_author_note() -> None:
    card = ["Max Mustermann", "Redakteur für Wirtschaft und Umwelt", "Schreibt seit 2008 für die Zeitung. War "
            "Korrespondent in Sachsen und besuchte eine Journalistenschule in München."]
    lines = [*PARAGRAPHS, *card, *SIDEBAR]
    reasons = dict(zip(lines, classify_paragraphs(lines)))
    assert reasons[card[-1]] == "author-note"
    assert all(reasons[p] == "body" for p in PARAGRAPHS)


def test_a_source_presented_in_the_article_is_kept() -> None:
    # A name line over a paragraph presenting a mayor is no writer's card; a reporter the article quotes has no
    # name line of her own above the sentence.
    lines = [*PARAGRAPHS[:2], "Maria Muster", "Maria Muster ist Bürgermeisterin der Stadt und hat das Projekt seit "
             "ihrer Wahl vor sechs Jahren vorangetrieben.",
             "Anna Beispiel ist Reporterin beim Lokalradio und war bei der Sitzung dabei. Die Stimmung sei "
             "angespannt gewesen, berichtete sie.", *PARAGRAPHS[2:]]
    reasons = dict(zip(lines, classify_paragraphs(lines)))
    assert reasons[lines[3]] == "body"
    assert reasons[lines[4]] == "body"
