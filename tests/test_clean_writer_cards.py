"""Plain text: the card presenting the writer (name line, role label, bio), wherever the page prints it.

The texts are invented, shaped like browser copies of German and English columns and blog posts.
"""

from __future__ import annotations

from newsfuse.clean import classify_paragraphs

ARTICLE = [
    "Der Stadtrat hat am Dienstag beschlossen, die Straßenbahnlinie in die Innenstadt um vier Kilometer zu "
    "verlängern, ein Vorhaben, über das seit mehr als zehn Jahren gestritten wird.",
    "Die Verlängerung soll rund 310 Millionen Euro kosten, den größten Teil davon zahlt das Land, und sie soll "
    "2028 in Betrieb gehen, wenn die Bauarbeiten im Zeitplan bleiben, sagte die Bürgermeisterin nach der Abstimmung.",
    "Gegner des Plans sagten, das Geld sei bei Bussen besser angelegt, die man verlegen könne, wenn sich die Stadt "
    "verändere, und sie warnten, dass die Geschäfte an der Strecke während der Bauzeit Kunden verlieren würden.",
    "Die Verkehrsbetriebe rechnen damit, dass auf der neuen Strecke an Werktagen rund 40.000 Fahrgäste unterwegs "
    "sein werden, und wollen dafür zwölf neue Fahrzeuge bestellen, die in der Stadt gebaut werden sollen.",
]
SIDEBAR = ["Ähnliche Beiträge", "Neue Radwege am Fluss", "12. März 2024", "Der Bahnhof wird umgebaut", "3. Mai 2024"]


def test_a_writer_card_above_a_sidebar_is_an_author_note() -> None:
    card = ["Erika", "Autorin", "Erika Muster ist freie Autorin und Journalistin. Sie schreibt für die Zeitung über "
            "den Stadtrat, die Straßenbahn und die Verkehrsbetriebe der Stadt."]
    lines = [*ARTICLE, *card, *SIDEBAR]
    reasons = dict(zip(lines, classify_paragraphs(lines)))
    assert all(reasons[line] == "author-note" for line in card)
    assert all(reasons[p] == "body" for p in ARTICLE)


def test_a_columnist_s_card_between_paragraphs_is_an_author_note() -> None:
    card = ["Jana Beispiel", "Jana Beispiel ist Redakteurin im Ressort Wirtschaft. Ihre Kolumne erscheint jeden "
            "zweiten Freitag."]
    lines = [*ARTICLE[:2], *card, *ARTICLE[2:]]
    reasons = dict(zip(lines, classify_paragraphs(lines)))
    assert all(reasons[line] == "author-note" for line in card)
    assert all(reasons[p] == "body" for p in ARTICLE)


def test_a_card_opening_on_the_writer_s_life_is_an_author_note() -> None:
    card = ["Max Mustermann", "Redakteur für Wirtschaft und Umwelt", "Schreibt seit 2008 für die Zeitung. War "
            "Korrespondent in Sachsen und besuchte eine Journalistenschule in München."]
    lines = [*ARTICLE, *card, *SIDEBAR]
    reasons = dict(zip(lines, classify_paragraphs(lines)))
    assert reasons[card[-1]] == "author-note"
    assert all(reasons[p] == "body" for p in ARTICLE)


def test_a_source_presented_in_the_article_is_kept() -> None:
    # A name line over a paragraph presenting a mayor is no writer's card; a reporter the article quotes has no
    # name line of her own above the sentence.
    lines = [*ARTICLE[:2], "Maria Muster", "Maria Muster ist Bürgermeisterin der Stadt und hat das Projekt seit "
             "ihrer Wahl vor sechs Jahren vorangetrieben.",
             "Anna Beispiel ist Reporterin beim Lokalradio und war bei der Sitzung dabei. Die Stimmung sei "
             "angespannt gewesen, berichtete sie.", *ARTICLE[2:]]
    reasons = dict(zip(lines, classify_paragraphs(lines)))
    assert reasons[lines[3]] == "body"
    assert reasons[lines[4]] == "body"
