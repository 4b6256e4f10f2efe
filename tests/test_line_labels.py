"""bench/line_labels.py: the scoring of boilerplate coverage, on a tiny hand-made labels file."""
from __future__ import annotations

import gzip
import hashlib
import json

import pytest

from bench import line_labels as ll
from cleaner import Span

TEXT = "\n".join(
    [
        "Headline of the story",  # 0 keep
        "",
        "Photo Credit: Jane Doe / Agency",  # 2 drop
        "",
        "The mayor said the plan would work. Source: City Hall",  # 4 cut, keep_part = first sentence
        "",
        "Share this story",  # 6 drop
        "",
        "By Someone",  # 8 either
    ]
)
KEEP_PART = "The mayor said the plan would work."


def _entry(text: str = TEXT) -> dict:
    return {
        "id": "fakenewsnet/X_1",
        "dataset": "text-fakenewsnet",
        "outlet": "example.com",
        "text_sha1": hashlib.sha1(text.encode("utf-8")).hexdigest(),
        "lines": [
            {"n": 0, "label": "keep", "head": "Headline of the story"},
            {"n": 2, "label": "drop", "kind": "photo-credit", "head": "Photo Credit: Jane Doe / Agency"},
            {"n": 4, "label": "cut", "kind": "source-line", "keep_part": KEEP_PART, "head": TEXT.split("\n")[4][:40]},
            {"n": 6, "label": "drop", "kind": "share-prompt", "head": "Share this story"},
            {"n": 8, "label": "either", "kind": "byline", "head": "By Someone"},
        ],
        "notes": "",
    }


def _span_of(text: str, needle: str, detector: str = "test") -> Span:
    start = text.index(needle)
    return Span(start, start + len(needle), detector, "rule")


def _score(removed: list[Span]):
    from cleaner.spans import remove

    spans = sorted(removed)
    return ll.score_article(_entry(), TEXT, spans, remove(TEXT, spans))


def test_nothing_removed_keeps_every_token_and_removes_no_boilerplate():
    s = _score([])
    assert [o.removed for o in s.boilerplate] == [False, False, False]
    article = 4 + 7  # "Headline of the story" + the keep_part
    assert s.article_tokens == article and s.kept_tokens == article
    assert not any(o.damaged for o in s.lines)


def test_drop_line_counts_when_all_of_it_is_removed():
    whole = _span_of(TEXT, "Photo Credit: Jane Doe / Agency\n")
    part = _span_of(TEXT, "Photo Credit:")
    assert _score([whole]).boilerplate[0].removed
    assert not _score([part]).boilerplate[0].removed


def test_cut_line_needs_the_junk_gone_and_the_keep_part_kept():
    junk = _span_of(TEXT, " Source: City Hall")
    assert _score([junk]).boilerplate[1].removed
    whole_line = _span_of(TEXT, TEXT.split("\n")[4])
    s = _score([whole_line])
    assert not s.boilerplate[1].removed  # the article part went too
    assert s.lines[2].damaged
    assert s.kept_tokens == 4  # only the headline's tokens are left


def test_keep_line_damaged_and_tokens_counted_as_a_multiset():
    s = _score([_span_of(TEXT, "Headline of")])
    assert s.lines[0].damaged
    assert s.kept_tokens == 11 - 2  # "headline" and "of" gone ("the" survives in the cut line's keep_part)
    assert s.lines[0].reasons == ("test: rule",)


def test_either_lines_are_not_scored():
    s = _score([_span_of(TEXT, "By Someone")])
    assert len(s.boilerplate) == 3
    assert not any(o.damaged for o in s.lines)


def test_report_and_summary_over_outlets():
    s = _score([_span_of(TEXT, "Share this story\n")])
    text = ll.report([s], misses=True)
    assert "| **overall** (1 outlets) | 1 | 1/3 | 33.3% | 11/11 | 100.00% | 0 |" in text
    assert "**photo-credit** (1 of 1 left)" in text
    figures = ll.summary([s])
    assert figures["overall"]["removed_lines"] == 1 and figures["outlets"]["example.com"]["boilerplate_lines"] == 3


def test_main_reads_labels_and_data_dir(tmp_path, capsys):
    data = tmp_path / "data" / "text-fakenewsnet"
    data.mkdir(parents=True)
    record = {"id": "fakenewsnet/X_1", "outlet": "example.com", "text": TEXT}
    with gzip.open(data / "text-fakenewsnet.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps(record) + "\n")
    labels = tmp_path / "labels.jsonl"
    labels.write_text(json.dumps(_entry()) + "\n", encoding="utf-8")
    out_json = tmp_path / "figures.json"
    assert ll.main(["--data-dir", str(tmp_path / "data"), "--labels", str(labels), "--json", str(out_json)]) == 0
    printed = capsys.readouterr().out
    assert "**overall**" in printed and "example.com" in printed
    figures = json.loads(out_json.read_text(encoding="utf-8"))
    assert figures["overall"]["boilerplate_lines"] == 3


def test_a_changed_text_is_refused(tmp_path):
    entry = _entry()
    records = {entry["id"]: {"id": entry["id"], "text": TEXT + " changed"}}
    with pytest.raises(SystemExit, match="sha1"):
        ll.run([entry], records, cleaner_obj=None)
