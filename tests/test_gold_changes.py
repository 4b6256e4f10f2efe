"""bench/gold_changes.py: the tallies of what clean() removes from gold texts, on hand-made pages."""
from __future__ import annotations

import cleaner
from bench.data import Page
from bench.gold_changes import GoldChanges, report, tally

PROSE = (
    "The council met on Monday and approved the budget for next year after a long debate.\n\n"
    "Members said the plan would cut waiting times at the city's clinics by half within two years."
)


def _pages() -> list[Page]:
    return [
        Page("set/clean", "set", "<html></html>", gold=PROSE),
        Page("set/ad", "set", "<html></html>", gold=PROSE + "\n\nAdvertisement"),
        Page("set/share", "set", "<html></html>", gold=PROSE + "\n\nShare this article\n\nAdvertisement"),
        Page("set/no-gold", "set", "<html></html>"),
    ]


def test_counts_unchanged_and_changed_gold_texts_per_detector():
    changes = tally(_pages(), cleaner.Cleaner())
    assert (changes.texts, changes.unchanged) == (3, 1)
    assert changes.by_detector["ad_labels"] == 2
    assert changes.alone["ad_labels"] == 1  # the page with a share prompt too is not ad_labels' alone
    assert (changes.by_detector["share_prompts"], changes.alone["share_prompts"]) == (1, 0)
    assert sum(n for (name, _), n in changes.by_rule.items() if name == "ad_labels") == 2
    page_id, removed = next(v for (name, _), v in changes.examples.items() if name == "ad_labels")
    assert (page_id, removed) == ("set/ad", "Advertisement")


def test_report_lists_detectors_and_rules_with_an_example():
    text = report(tally(_pages(), cleaner.Cleaner()), rules=5)
    assert "3 gold texts: 1 unchanged (33.3%), 2 changed." in text
    assert "| ad_labels | 2 | 1 |" in text
    assert "`set/ad`: Advertisement |" in text


def test_report_with_waiting_shows_the_trade_and_a_dash_for_what_cannot_wait():
    changes = GoldChanges(texts=10, unchanged=7)
    changes.by_detector.update({"credits": 2, "article": 1})
    changes.alone.update({"credits": 2, "article": 1})
    text = report(changes, rules=0, waiting={"credits": (9, 20)}, default_removed=25, boilerplate=30)
    assert "| credits | 2 | 2 | 9 | 20 of 30 |" in text
    assert "| article | 1 | 1 | – | – |" in text
    assert "Default: 7 unchanged, 25 of 30 line-labelled boilerplate lines removed." in text
