"""`cleaner explain FILE`: text (coloured on a terminal), JSON and HTML views of the removals."""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import lxml.html
import pytest

import cleaner
from cleaner.explain_view import label
from cleaner.records import removed_spans
from test_cli_support import PAGE, on_a_terminal, run_cleaner

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
STRIKE = "\x1b[9;31m"
# Text that must reach the page as text, not markup.
MARKUP = "<script>alert('x')</script> & <b>bold</b> \"quoted\"\n\n"


@pytest.fixture
def page_file(tmp_path) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(MARKUP + PAGE, encoding="utf-8")
    return path


def _labels(text: str) -> list[str]:
    return [label(span) for span in cleaner.explain(text).removed]


def test_text_format_marks_and_labels_every_removed_span(page_file):
    done = run_cleaner("explain", page_file.name, cwd=page_file.parent)
    assert done.returncode == 0, done.stderr
    shown = done.stdout.decode()
    source = page_file.read_text(encoding="utf-8")
    for span in cleaner.explain(source).removed:
        assert f"[-{span.text(source).rstrip()}-]{{{label(span)}}}" in shown
    assert "\x1b[" not in shown  # not a terminal: no colour
    assert "Kremlin spokesman Dmitry Peskov" in shown


def test_colour_on_a_terminal_unless_no_color(page_file):
    env = {key: value for key, value in os.environ.items() if key != "NO_COLOR"}
    args, cwd = ["explain", page_file.name], page_file.parent
    coloured = on_a_terminal(args, cwd, stream="stdout", env=env)
    assert STRIKE in coloured and "[icon_labels: " in coloured
    plain = on_a_terminal(args, cwd, stream="stdout", env={**env, "NO_COLOR": "1"})
    assert STRIKE not in plain and "[-" in plain


def test_color_always_colours_output_that_is_not_a_terminal(page_file):
    always = run_cleaner("explain", page_file.name, "--color", "always", cwd=page_file.parent)
    assert STRIKE in always.stdout.decode()


def test_json_format_lists_spans_with_detector_reason_and_text(page_file):
    done = run_cleaner("explain", page_file.name, "--format", "json", cwd=page_file.parent)
    assert done.returncode == 0, done.stderr
    source = page_file.read_text(encoding="utf-8")
    result = cleaner.explain(source)
    assert json.loads(done.stdout) == {"text": result.text, "removed": removed_spans(source, result.removed)}


def test_html_is_one_self_contained_page_with_escaped_text(page_file):
    done = run_cleaner("explain", page_file.name, "--format", "html", "-o", "page.html", cwd=page_file.parent)
    assert done.returncode == 0, done.stderr
    page = (page_file.parent / "page.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;" in page and "<script>" not in page
    assert "<link" not in page and "src=" not in page  # nothing to fetch
    document = lxml.html.fromstring(page)
    assert [el.text_content() for el in document.xpath("//*[@class='label']")] == _labels(page_file.read_text())


def test_explain_errors_name_the_file(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"ok\n\xff\n")
    done = run_cleaner("explain", "bad.txt", cwd=tmp_path)
    assert done.returncode == 1 and "cleaner: bad.txt:2: invalid UTF-8" in done.stderr.decode()


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium package is not installed")
def test_html_as_rendered_by_headless_chromium(page_file, tmp_path):
    run_cleaner("explain", page_file.name, "-f", "html", "-o", "page.html", cwd=tmp_path)
    source = page_file.read_text(encoding="utf-8")
    rendered = subprocess.run(
        [str(CHROMIUM), *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom",
         (tmp_path / "page.html").as_uri()],
        capture_output=True, timeout=120, check=True,
    ).stdout.decode()
    document = lxml.html.fromstring(rendered)
    result = cleaner.explain(source)
    shown_removed = [el.text_content() for el in document.xpath("//*[@id='text']//del")]
    assert shown_removed == [span.text(source).rstrip("\n") for span in result.removed]
    assert [el.text_content() for el in document.xpath("//*[@id='text']//*[@class='label']")] == _labels(source)
    assert not document.xpath("//*[@id='text']//*[self::script or self::b]")  # the page's own markup stayed text
    shown = document.get_element_by_id("text").text_content()
    assert MARKUP.strip() in shown and "Kremlin spokesman Dmitry Peskov" in shown


def test_explain_reads_an_html_page_with_html(tmp_path):
    page = "<html><body>" + "".join(f"<p>{line}</p>" for line in PAGE.split("\n") if line.strip()) + "</body></html>"
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    done = run_cleaner("explain", "page.html", "--html", "--format", "json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout)
    assert shown["text"] == cleaner.clean_html(page)
    assert "<p>" not in json.dumps(shown)  # the page's text is explained, not its markup
