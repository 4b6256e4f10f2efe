"""`cleaner clean` (and the `cleaner FILE` shorthand), run as a subprocess on small corpora."""
from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time

import pytest

import cleaner
from cleaner.records import removed_spans
from test_cli_support import (
    PAGE, expected_text, leftover_temp_files, on_a_terminal, pages, read_jsonl, run_cleaner, run_concurrently,
    write_jsonl,
)

SMALL_CHUNK = "300"  # --chunk-bytes that splits a small JSONL file into many tasks


# ---- plain text ------------------------------------------------------------------


def test_shorthand_prints_the_clean_text_of_a_file(tmp_path):
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    done = run_cleaner("page.txt", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode() == expected_text(PAGE) + "\n"
    assert run_cleaner("clean", "page.txt", cwd=tmp_path).stdout == done.stdout


def test_stdin_is_cleaned_to_stdout(tmp_path):
    for args in [(), ("clean", "-")]:
        done = run_cleaner(*args, cwd=tmp_path, stdin=PAGE.encode())
        assert done.returncode == 0, done.stderr
        assert done.stdout.decode() == expected_text(PAGE) + "\n", args


def test_one_file_to_an_output_file(tmp_path):
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    done = run_cleaner("page.txt", "-o", "clean.txt", "-q", cwd=tmp_path)
    assert done.returncode == 0 and done.stdout == b"" and done.stderr == b""
    assert (tmp_path / "clean.txt").read_text(encoding="utf-8") == expected_text(PAGE) + "\n"


def test_a_folder_maps_to_the_same_relative_paths(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "sub" / "deeper").mkdir(parents=True)
    (corpus / ".hidden").mkdir()
    texts = pages(3)
    (corpus / "a.txt").write_text(texts[0], encoding="utf-8")
    (corpus / "sub" / "b.txt").write_text(texts[1], encoding="utf-8")
    write_jsonl(corpus / "sub" / "deeper" / "c.jsonl", [{"text": texts[2]}])
    (corpus / "picture.png").write_bytes(b"\x89PNG not a document")
    (corpus / ".hidden" / "d.txt").write_text("hidden", encoding="utf-8")

    done = run_cleaner("clean", "corpus", "-o", "out", "--jobs", "2", cwd=tmp_path)

    assert done.returncode == 0, done.stderr
    out = tmp_path / "out"
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == ["a.txt", "sub/b.txt", "sub/deeper/c.jsonl"]
    assert (out / "a.txt").read_text(encoding="utf-8") == expected_text(texts[0]) + "\n"
    assert (out / "sub" / "b.txt").read_text(encoding="utf-8") == expected_text(texts[1]) + "\n"
    assert read_jsonl((out / "sub" / "deeper" / "c.jsonl").read_bytes()) == [{"text": expected_text(texts[2])}]


def _as_html(text: str) -> str:
    """A page whose paragraphs are the lines of text, with a script and a style that are no text."""
    body = "".join(f"<p>{line}</p>" for line in text.split("\n") if line.strip())
    return f"<html><head><style>p {{margin: 0}}</style></head><body><script>track()</script>{body}</body></html>"


def test_html_pages_are_cleaned_with_html(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    texts = pages(4)
    (corpus / "a.html").write_text(_as_html(texts[0]), encoding="utf-8")
    (corpus / "sub" / "b.htm").write_bytes(_as_html(texts[1]).encode("utf-8"))
    write_jsonl(corpus / "c.jsonl", [{"html": _as_html(texts[2]), "id": 7}])
    (corpus / "notes.txt").write_text(texts[3], encoding="utf-8")  # no page: left alone with --html

    done = run_cleaner("clean", "corpus", "-o", "out", "--html", "--field", "html", "-q", cwd=tmp_path)

    assert done.returncode == 0, done.stderr
    out = tmp_path / "out"
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == ["a.txt", "c.jsonl", "sub/b.txt"]  # a page's text is written as <name>.txt
    assert (out / "a.txt").read_text(encoding="utf-8") == cleaner.clean_html(_as_html(texts[0])) + "\n"
    assert (out / "sub" / "b.txt").read_text(encoding="utf-8") == cleaner.clean_html(_as_html(texts[1])) + "\n"
    assert "track()" not in (out / "a.txt").read_text(encoding="utf-8")
    assert read_jsonl((out / "c.jsonl").read_bytes()) == [{"html": cleaner.clean_html(_as_html(texts[2])), "id": 7}]


def test_explain_gives_spans_over_the_text_of_an_html_field(tmp_path):
    page = _as_html(PAGE)
    write_jsonl(tmp_path / "pages.jsonl", [{"html": page}])
    done = run_cleaner("clean", "pages.jsonl", "--html", "--field", "html", "--explain", "-q", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    page_text = cleaner.html_to_text(page)
    result = cleaner.explain(page_text)
    assert read_jsonl(done.stdout) == [{"html": result.text, "removed": removed_spans(page_text, result.removed)}]


def test_an_html_page_on_stdin(tmp_path):
    page = _as_html(PAGE).encode("utf-8")
    done = run_cleaner("--html", cwd=tmp_path, stdin=page)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode() == cleaner.clean_html(page) + "\n"
    assert done.stdout.decode() == expected_text(cleaner.html_to_text(page)) + "\n"


def test_a_crlf_text_file_keeps_its_line_breaks(tmp_path):
    # the output is the file with spans removed: its CRLF line ends stay, and it ends in one
    (tmp_path / "page.txt").write_bytes(PAGE.replace("\n", "\r\n").encode())
    done = run_cleaner("page.txt", cwd=tmp_path)
    assert done.stdout == (expected_text(PAGE) + "\n").replace("\n", "\r\n").encode()


def test_explain_offsets_are_those_of_the_file_as_it_is(tmp_path):
    crlf = PAGE.replace("\n", "\r\n")
    (tmp_path / "page.txt").write_bytes(crlf.encode())
    done = run_cleaner("explain", "page.txt", "--format", "json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    removed = json.loads(done.stdout)["removed"]
    assert removed and all(crlf[s["start"] : s["end"]] == s["text"] for s in removed)


# ---- JSON Lines --------------------------------------------------------------------


def test_jsonl_keeps_order_and_every_other_field_with_many_tasks_and_two_workers(tmp_path):
    texts = pages(12)
    records = [
        {"id": n, "meta": {"lang": "en", "score": 0.5, "tags": ["a", None]}, "text": t, "note": "ü"}
        for n, t in enumerate(texts)
    ]
    write_jsonl(tmp_path / "in.jsonl", records)
    done = run_cleaner("clean", "in.jsonl", "--jobs", "2", "--chunk-bytes", SMALL_CHUNK, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    out = read_jsonl(done.stdout)
    assert [r["id"] for r in out] == list(range(12))
    for before, after in zip(records, out):
        assert list(after) == list(before)  # same keys, same order
        assert after == {**before, "text": expected_text(before["text"])}


def test_gzip_jsonl_in_and_out(tmp_path):
    texts = pages(5)
    with gzip.open(tmp_path / "in.jsonl.gz", "wt", encoding="utf-8") as f:
        f.writelines(json.dumps({"text": t}) + "\n" for t in texts)
    done = run_cleaner(
        "in.jsonl.gz", "-o", "out.jsonl.gz", "--jobs", "2", "--chunk-bytes", SMALL_CHUNK, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    with gzip.open(tmp_path / "out.jsonl.gz", "rb") as f:
        assert read_jsonl(f.read()) == [{"text": expected_text(t)} for t in texts]


def test_stdin_as_jsonl_with_another_field(tmp_path):
    data = json.dumps({"body": PAGE, "text": "left alone"}).encode() + b"\n"
    done = run_cleaner("--jsonl", "--field", "body", cwd=tmp_path, stdin=data)
    assert done.returncode == 0, done.stderr
    assert read_jsonl(done.stdout) == [{"body": expected_text(PAGE), "text": "left alone"}]


def test_explain_adds_the_removed_spans_to_each_record(tmp_path):
    write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": PAGE}])
    done = run_cleaner("in.jsonl", "--explain", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    [record] = read_jsonl(done.stdout)
    result = cleaner.explain(PAGE)
    assert record["text"] == result.text
    assert record["removed"] == removed_spans(PAGE, result.removed)
    assert {"detector", "reason", "start", "end", "text"} <= set(record["removed"][0])
    assert {span["detector"] for span in record["removed"]} >= {"icon_labels", "share_prompts"}


def test_several_jsonl_files_concatenate_on_stdout_in_order(tmp_path):
    texts = pages(2)
    write_jsonl(tmp_path / "1.jsonl", [{"n": 1, "text": texts[0]}])
    write_jsonl(tmp_path / "2.jsonl", [{"n": 2, "text": texts[1]}])
    done = run_cleaner("1.jsonl", "2.jsonl", cwd=tmp_path)
    assert [r["n"] for r in read_jsonl(done.stdout)] == [1, 2]


# ---- summary and progress -------------------------------------------------------------


def test_summary_counts_documents_bytes_and_removals_per_detector(tmp_path):
    write_jsonl(tmp_path / "in.jsonl", [{"text": t} for t in pages(3)])
    done = run_cleaner("in.jsonl", "-o", "out.jsonl", cwd=tmp_path)
    summary = done.stderr.decode()
    assert "cleaned 3 documents" in summary
    assert " in, " in summary and " out" in summary
    assert "icon_labels 3" in summary and "share_prompts 3" in summary


def test_quiet_prints_nothing(tmp_path):
    write_jsonl(tmp_path / "in.jsonl", [{"text": PAGE}])
    done = run_cleaner("in.jsonl", "-o", "out.jsonl", "--quiet", cwd=tmp_path)
    assert done.returncode == 0 and done.stderr == b""


def test_progress_line_on_a_terminal_shows_documents_speed_and_eta(tmp_path):
    write_jsonl(tmp_path / "in.jsonl", [{"text": t} for t in pages(4)])
    args = ["in.jsonl", "-o", "out.jsonl", "--jobs", "1", "--chunk-bytes", SMALL_CHUNK]
    shown = on_a_terminal(args, tmp_path, stream="stderr")
    assert "docs" in shown and "MB/s" in shown and "ETA" in shown
    assert "cleaned 4 documents" in shown  # the summary follows


def test_no_progress_line_when_stderr_is_not_a_terminal(tmp_path):
    write_jsonl(tmp_path / "in.jsonl", [{"text": PAGE}])
    done = run_cleaner("in.jsonl", "-o", "out.jsonl", cwd=tmp_path)
    assert "ETA" not in done.stderr.decode() and "\r" not in done.stderr.decode()


# ---- errors ---------------------------------------------------------------------


BAD_INPUTS = {
    "missing file": ("absent.txt", None, "absent.txt: No such file or directory"),
    "invalid UTF-8 in a text file": ("bad.txt", b"fine line\nbad \xff byte\n", "bad.txt:2: invalid UTF-8"),
    "malformed JSON line": (
        "bad.jsonl", b'{"text": "one"}\n{"text": "two",}\n', "bad.jsonl:2: malformed JSON (Expecting"
    ),
    "invalid UTF-8 in a JSON line": ("bad.jsonl", b'{"text": "one"}\n{"text": "\xff"}\n', "bad.jsonl:2: invalid UTF-8"),
    "record without the field": (
        "bad.jsonl", b'{"text": "one"}\n\n{"body": "x"}\n', 'bad.jsonl:3: record has no "text" field'
    ),
}


def test_a_bad_input_names_file_and_line_and_exits_1(tmp_path):
    folders = {case: tmp_path / f"case{n}" for n, case in enumerate(BAD_INPUTS)}
    for case, (name, content, _) in BAD_INPUTS.items():
        folders[case].mkdir()
        if content is not None:
            (folders[case] / name).write_bytes(content)
    runs = [((name, "-o", "out", "--jobs", "2"), folders[case]) for case, (name, _, _) in BAD_INPUTS.items()]
    for case, done in zip(BAD_INPUTS, run_concurrently(*runs)):
        message = BAD_INPUTS[case][2]
        assert done.returncode == 1, case
        assert f"cleaner: {message}" in done.stderr.decode(), case
        assert not (folders[case] / "out").exists(), case
        assert leftover_temp_files(folders[case]) == [], case


def test_unreadable_file_is_an_input_error(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    path = tmp_path / "locked.txt"
    path.write_text("x")
    path.chmod(0)
    done = run_cleaner("locked.txt", cwd=tmp_path)
    assert done.returncode == 1 and "locked.txt: Permission denied" in done.stderr.decode()


def test_skip_errors_counts_and_skips_bad_records_and_files(tmp_path):
    texts = pages(2)
    (tmp_path / "corpus").mkdir()
    good = [json.dumps({"text": t}).encode() + b"\n" for t in texts]
    (tmp_path / "corpus" / "a.jsonl").write_bytes(
        good[0] + b'{oops\n{"body": 1}\n{"text": null}\n["text"]\n' + good[1]
    )
    (tmp_path / "corpus" / "b.txt").write_bytes(b"\xff\xfe")
    (tmp_path / "corpus" / "c.txt").write_text(PAGE)
    (tmp_path / "corpus" / "d.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00 not really gzip")
    done = run_cleaner("corpus", "absent", "-o", "out", "--skip-errors", "--jobs", "2", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    stderr = done.stderr.decode()
    for message in [
        "corpus/a.jsonl:2: malformed JSON", 'corpus/a.jsonl:3: record has no "text" field',
        'corpus/a.jsonl:4: "text" is not a string but null', "corpus/a.jsonl:5: not a JSON object",
        "corpus/b.txt:1: invalid UTF-8", "corpus/d.jsonl.gz: corrupt gzip data", "absent: No such file",
    ]:
        assert f"cleaner: {message}" in stderr
    assert "skipped 7 problems" in stderr and "cleaned 3 documents" in stderr
    out = tmp_path / "out"
    assert read_jsonl((out / "a.jsonl").read_bytes()) == [{"text": expected_text(t)} for t in texts]
    assert not (out / "b.txt").exists() and (out / "c.txt").exists()


CREDITED_STORY = (
    "The council voted on Monday to close the old river bridge for six months.\n\n"
    "Engineers found that two of its steel supports had corroded.\n\n"
    "Photo credit: Larry Weinberg\n"
)


@pytest.mark.parametrize("flags", [("--cautious",), ("--wait-for-residue", "credits")])
def test_detectors_told_to_wait_keep_a_lone_credit_line(tmp_path, flags):
    (tmp_path / "story.txt").write_text(CREDITED_STORY, encoding="utf-8")
    default, waiting = run_concurrently((("story.txt",), tmp_path), (("story.txt", *flags), tmp_path))
    assert default.returncode == 0 and waiting.returncode == 0, (default.stderr, waiting.stderr)
    assert b"Photo credit" not in default.stdout
    assert waiting.stdout.decode("utf-8") == CREDITED_STORY


HEADED_STORY = (
    "Council votes to close the old river bridge\n\n"
    "By Jane Doe\n\n"
    "The city council voted on Monday evening to close the old river bridge for most of next year, "
    "after engineers told the members that the steel under the deck had rusted far more than they thought.\n"
)


def test_body_only_leaves_out_the_headline_and_byline(tmp_path):
    (tmp_path / "story.txt").write_text(HEADED_STORY, encoding="utf-8")
    default, body = run_concurrently((("story.txt",), tmp_path), (("story.txt", "--body-only"), tmp_path))
    assert default.returncode == 0 and body.returncode == 0, (default.stderr, body.stderr)
    assert default.stdout.decode("utf-8") == HEADED_STORY
    assert body.stdout.decode("utf-8") == HEADED_STORY.split("\n\n")[-1]


USAGE_ERRORS = {
    "jobs 0": ("--jobs", "0", "x.jsonl"),
    "unknown detector": ("--disable", "no_such_detector", "x.jsonl"),
    "unknown detector to wait": ("--wait-for-residue", "no_such_detector", "x.jsonl"),
    "several texts to stdout": ("a.txt", "b.txt"),
    "explain on text": ("a.txt", "--explain"),
}


def test_usage_errors_exit_2(tmp_path):
    for name in ("a.txt", "b.txt", "x.jsonl"):
        (tmp_path / name).write_text("{}\n")
    results = run_concurrently(*[(args, tmp_path) for args in USAGE_ERRORS.values()])
    for case, done in zip(USAGE_ERRORS, results):
        assert done.returncode == 2, case
        assert "error:" in done.stderr.decode(), case


# ---- atomic output ----------------------------------------------------------------


def test_existing_output_is_untouched_when_a_later_line_is_malformed(tmp_path):
    records = [{"text": t} for t in pages(6)]
    lines = [json.dumps(r) for r in records]
    lines[4] = lines[4][:-3]  # truncated: malformed JSON on line 5
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n")
    (tmp_path / "out.jsonl").write_text("previous output\n")
    done = run_cleaner("in.jsonl", "-o", "out.jsonl", "--chunk-bytes", SMALL_CHUNK, "--jobs", "2", cwd=tmp_path)
    assert done.returncode == 1 and "in.jsonl:5: malformed JSON" in done.stderr.decode()
    assert (tmp_path / "out.jsonl").read_text() == "previous output\n"
    assert leftover_temp_files(tmp_path) == []


def test_the_output_may_replace_its_own_input(tmp_path):
    write_jsonl(tmp_path / "data.jsonl", [{"text": PAGE}])
    done = run_cleaner("data.jsonl", "-o", "data.jsonl", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert read_jsonl((tmp_path / "data.jsonl").read_bytes()) == [{"text": expected_text(PAGE)}]


def _wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


def _default_interrupt() -> None:
    # a test run started in the background (a shell's "&") ignores SIGINT, and a child
    # inherits that: give the command the default disposition a terminal gives it
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_leaves_no_partial_output_and_keeps_the_old_one(tmp_path, jobs):
    write_jsonl(tmp_path / "in.jsonl", [{"text": t} for t in pages(20000)])
    (tmp_path / "out.jsonl").write_text("previous output\n")
    process = subprocess.Popen(
        [sys.executable, "-m", "cleaner.cli", "in.jsonl", "-o", "out.jsonl", "--jobs", jobs,
         "--chunk-bytes", "2000"],
        cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=_default_interrupt,
    )
    assert _wait_for(lambda: leftover_temp_files(tmp_path), 20), "no temporary output appeared"
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130, stderr
    assert "interrupted" in stderr.decode()
    assert (tmp_path / "out.jsonl").read_text() == "previous output\n"
    assert leftover_temp_files(tmp_path) == []


def test_summary_tells_that_html_pages_read_as_text_need_html(tmp_path):
    html = "<!DOCTYPE html>\n<html><body><p>The council met on Monday.</p></body></html>\n"
    (tmp_path / "page.txt").write_text(html, encoding="utf-8")
    write_jsonl(tmp_path / "in.jsonl", [{"text": html}, {"text": PAGE}])
    for args in (["page.txt"], ["in.jsonl", "-o", "out.jsonl"]):
        told = run_cleaner(*args, cwd=tmp_path).stderr.decode()
        assert "1 document read as text was an HTML page" in told and "--html" in told
        assert "HTMLInputWarning" not in told  # the command's words, not a Python warning per worker
    assert "HTML page" not in run_cleaner("--html", "page.txt", cwd=tmp_path).stderr.decode()
    shown = run_cleaner("explain", "page.txt", cwd=tmp_path).stderr.decode()
    assert "page.txt is an HTML page" in shown and "HTMLInputWarning" not in shown
