"""The plaintext evaluation's snippet mode: trafilatura's corpus layout, rendered and cleaned as plain text."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from newsfuse.evaluate import plaintext
from newsfuse.evaluate.plaintext import SnippetOutcomes

STORY = [
    "The regional water board approved a plan on Monday to replace four hundred kilometres of ageing pipes over "
    "the next decade, a project its engineers say will cut leaks by a third.",
    "The work will begin in the northern districts next spring, where the oldest cast-iron mains were laid more "
    "than a century ago and burst most often during cold winters.",
    "Residents will pay for part of the project through a small rise in their bills, which the board said would "
    "be spread over ten years so that no household faces a sudden increase.",
]
MENU = ["Home", "News", "Sport", "Weather", "Contact"]


def _page() -> str:
    menu = "".join(f"<li><a href='/{m.lower()}'>{m}</a></li>" for m in MENU)
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return (f"<html><head><title>Pipes</title></head><body><nav><ul>{menu}</ul></nav>"
            f"<article><h1>Water board to replace old pipes</h1>{body}</article>"
            "<footer><p>Copyright 2024 The Valley Courier. All rights reserved.</p></footer></body></html>")


def test_snippet_outcomes_compare_words_not_layout() -> None:
    outcomes = SnippetOutcomes()
    rendered = "Home\n\nNews\n\nThe board approved\na plan on Monday.\n\nSecret text"
    kept = "The board approved a plan on Monday."
    outcomes.add(rendered, kept, with_=["board approved a plan", "not on the page"], without=["Home News"])
    assert (outcomes.with_kept, outcomes.with_dropped, outcomes.without_kept, outcomes.without_dropped) == (1, 0, 0, 1)
    assert outcomes.unscored == 1


def test_plaintext_eval_reads_trafilatura_layout(tmp_path: Path) -> None:
    root = tmp_path / "tests"
    (root / "eval").mkdir(parents=True)
    (root / "eval" / "page1.html.gz").write_bytes(gzip.compress(_page().encode("utf-8")))
    index = {"https://valley.example/pipes": {"file": "page1.html", "with": [" ".join(STORY[0].split()[:10]),
                                                                 " ".join(STORY[2].split()[-8:])],
                                               "without": ["Copyright 2024 The Valley Courier"]}}
    (root / "evaldata.json").write_text(json.dumps(index), encoding="utf-8")
    report = plaintext.run(tmp_path)
    values = {m.name: m.value for m in report.metrics}
    assert values["snippet recall"] == 1.0
    assert values["main-text snippets dropped (share)"] == 0.0
    assert values["snippet precision"] == 1.0  # the copyright line is not article text
    assert "unscored" in report.notes[0]


def test_snippet_pages_give_weak_labels_to_the_paragraphs_holding_their_snippets() -> None:
    rendered = [
        "Home", "News", "Sport",
        "The council approved the new tram line on Tuesday after a debate that lasted most of the night.",
        "Work on the first section will start in the spring, the mayor said.",
        "Share this article", "Read more: Ten things to do this weekend in the old town",
    ]
    page = plaintext.snippet_training_page(rendered, ["approved the new tram line", "the mayor said"],
                                           ["Ten things to do this weekend"])
    assert page is not None
    labels = dict(zip(page.texts, page.labels, strict=True))
    assert labels[rendered[3]] is True and labels[rendered[4]] is True
    assert labels[rendered[6]] is False
    assert labels["Home"] is None and labels["Share this article"] is None  # no snippet: left out of the fit
    assert plaintext.snippet_training_page([], ["x"], []) is None
