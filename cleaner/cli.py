"""The ``cleaner`` console command.

    cleaner [clean] [PATH ...|-] [-o OUT] [--field text] [--explain] [--html] [--jobs N] ...
    cleaner explain FILE [--html] [--format text|json|html] [-o OUT]

``cleaner FILE`` is short for ``cleaner clean FILE``; with no path it reads stdin.
Exit status: 0 done, 1 an input could not be cleaned, 2 wrong usage, 130 interrupted.
"""
from __future__ import annotations

import argparse
import os
import sys
import warnings
from contextlib import closing
from pathlib import Path

from . import __version__
from .corpus import STDIN, UsageError, into_folder, is_jsonl_name, missing_paths, plan_sources, survey
from .explain_view import render_html, render_json, render_text
from .html import html_to_text, looks_like_html
from .outputs import AtomicFile, Outputs, deferred_interrupts
from .parallel import available_cores, ordered_map
from .pipeline import CAUTIOUS, HTMLInputWarning
from .progress import Progress, summary
from .records import DEFAULT_EXPLAIN_FIELD, DEFAULT_FIELD, InputError, RecordOptions, Tally
from .records import cleaner_for, decode_utf8
from .tasks import CHUNK_BYTES, Abort, Delivery, Problem, ProblemLog, TaskReader, TaskResult, run_task

__all__ = ["main"]

COMMANDS = ("clean", "explain")
TOP_LEVEL_FLAGS = ("-h", "--help", "--version")
EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


def _add_detector_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--disable", action="append", default=[], metavar="DETECTOR",
        help="turn a detector off by name (repeatable)",
    )
    parser.add_argument(
        "--wait-for-residue", action="append", default=[], metavar="DETECTOR",
        help="let a detector remove lines only from a text in which another found residue (repeatable)",
    )
    parser.add_argument(
        "--cautious", action="store_true",
        help="for text that is mostly clean already: the detectors whose lines a clean article may hold "
        f"({', '.join(CAUTIOUS)}) wait for other residue",
    )
    parser.add_argument(
        "--body-only", action="store_true",
        help="leave out the article's headline, byline and date above its first paragraph too "
        "(for corpora whose text starts at the body)",
    )


def _clean_parser(commands) -> None:
    parser = commands.add_parser(
        "clean", help="clean text files, folders, JSON Lines or stdin (the default command)",
        description="Clean documents: plain-text files (one document each), JSON Lines "
        "(.jsonl/.ndjson, optionally .gz; one record per line), folders (recursively: *.txt and "
        "JSON Lines files) or stdin.",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files or folders; - or nothing for stdin")
    parser.add_argument(
        "-o", "--output", type=Path,
        help="output file (one input) or folder (a folder or several inputs: same relative paths); "
        "default stdout",
    )
    parser.add_argument("--field", default=DEFAULT_FIELD, help="JSON Lines: the field holding the text (default: text)")
    parser.add_argument("--jsonl", action="store_true", help="read the named files and stdin as JSON Lines")
    parser.add_argument(
        "--explain", action="store_true",
        help="JSON Lines: add the removed spans (offsets, detector, reason, text) to each record",
    )
    parser.add_argument(
        "--explain-field", default=DEFAULT_EXPLAIN_FIELD, metavar="NAME",
        help="the key --explain adds (default: removed)",
    )
    parser.add_argument(
        "-j", "--jobs", type=_positive, default=available_cores(),
        help="worker processes (default: the number of cores, here %(default)s)",
    )
    parser.add_argument(
        "--chunk-bytes", type=_positive, default=CHUNK_BYTES, metavar="N",
        help="input bytes sent to a worker at a time (default: %(default)s)",
    )
    parser.add_argument(
        "--html", action="store_true",
        help="the documents (and JSON Lines text fields) are HTML pages: clean the text of each page; "
        "folders give their *.html and *.htm files, written as <name>.txt",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress line and no summary")
    parser.add_argument(
        "--skip-errors", action="store_true",
        help="skip unreadable files, invalid UTF-8, malformed lines and records without the field, "
        "and count them, instead of stopping",
    )
    _add_detector_options(parser)
    parser.set_defaults(run=run_clean)


def _explain_parser(commands) -> None:
    parser = commands.add_parser(
        "explain", help="show one document with every removed span marked and labelled",
        description="Show a text file with each removed span marked and labelled with its "
        "detector and reason.",
    )
    parser.add_argument("file", metavar="FILE", help="a UTF-8 text file, or - for stdin")
    parser.add_argument(
        "--html", action="store_true", help="FILE is an HTML page: show its text (as cleaner.html_to_text gives it)"
    )
    parser.add_argument(
        "-f", "--format", choices=("text", "json", "html"), default="text",
        help="text (coloured on a terminal), json, or html: one self-contained page (default: text)",
    )
    parser.add_argument("-o", "--output", type=Path, help="write to this file instead of stdout")
    parser.add_argument(
        "--color", choices=("auto", "always", "never"), default="auto",
        help="colour the text format: auto = when stdout is a terminal and NO_COLOR is unset",
    )
    _add_detector_options(parser)
    parser.set_defaults(run=run_explain)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleaner",
        description="Recover clean article text from scraped page dumps. "
        "'cleaner FILE' is short for 'cleaner clean FILE'.",
    )
    parser.add_argument("--version", action="version", version=f"cleaner {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    _clean_parser(commands)
    _explain_parser(commands)
    return parser


def _with_command(argv: list[str]) -> list[str]:
    """Insert the default command: `cleaner FILE` and bare `cleaner` mean `cleaner clean ...`."""
    if argv and (argv[0] in COMMANDS or argv[0] in TOP_LEVEL_FLAGS):
        return argv
    return ["clean", *argv]


def _warn(message: str) -> None:
    print(f"cleaner: {message}", file=sys.stderr)


def _check_detectors(args: argparse.Namespace) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The names to disable and those to wait for residue, checked now (a wrong name is a
    usage error, not a worker crash)."""
    disable = tuple(dict.fromkeys(args.disable))
    wait = tuple(dict.fromkeys([*args.wait_for_residue, *(CAUTIOUS if args.cautious else ())]))
    try:
        cleaner_for(disable, wait)
    except ValueError as err:
        raise UsageError(str(err)) from None
    return disable, wait


# ---- cleaner clean --------------------------------------------------------------


def _present_paths(paths: list[str], problems: ProblemLog) -> list[str]:
    missing = missing_paths(paths)
    for path in missing:
        problems.report(Problem(path, None, "No such file or directory"))
    return [p for p in paths if p not in missing]


def _jobs_for(args: argparse.Namespace, paths: list[str]) -> int:
    """One process for a single plain-text document: workers would only add start-up time."""
    (first, *others) = paths
    jsonl = args.jsonl or (first != STDIN and is_jsonl_name(first))
    single_text = not others and not into_folder(paths) and not jsonl
    return 1 if single_text else args.jobs


def _clean_all(args, paths, options, problems: ProblemLog, progress: Progress) -> Tally:
    tally = Tally()
    sources = plan_sources(paths, args.output, force_jsonl=args.jsonl, html=args.html)
    reader = TaskReader(sources, options, problems, args.chunk_bytes)
    results = ordered_map(
        run_task, reader, jobs=_jobs_for(args, paths), warm_up=options.cleaner
    )
    with Outputs() as outputs, closing(results):
        for delivery, result in results:
            for problem in result.problems:
                problems.report(problem)
            _deliver(outputs, delivery, result)
            tally.add(result.tally)
            progress.update(tally, delivery.position)
    tally.skipped = problems.skipped
    return tally


def _deliver(outputs: Outputs, delivery: Delivery, result: TaskResult) -> None:
    """Write each piece of a task's output where it goes; commit the targets it completes."""
    for (target, complete), piece in zip(delivery.targets, result.pieces):
        if piece is None:  # a skipped document
            continue
        outputs.write(target, piece)
        if complete:
            outputs.complete(target)


def run_clean(args: argparse.Namespace) -> int:
    disable, wait = _check_detectors(args)
    options = RecordOptions(
        args.field, args.explain_field if args.explain else None, disable, args.html, wait, args.body_only
    )
    problems = ProblemLog(skip=args.skip_errors, warn=_warn)
    paths = _present_paths(args.paths or [STDIN], problems)
    if not paths:
        return _finish(args, Tally(skipped=problems.skipped), 0.0)
    several_to_stdout = args.output is None and into_folder(paths)
    total = survey(
        plan_sources(paths, args.output, force_jsonl=args.jsonl, html=args.html),
        several_to_stdout=several_to_stdout, explain=args.explain,
    )
    progress = Progress(sys.stderr, total, enabled=sys.stderr.isatty() and not args.quiet)
    try:
        tally = _clean_all(args, paths, options, problems, progress)
    finally:
        progress.close()
    return _finish(args, tally, progress.elapsed())


def _finish(args: argparse.Namespace, tally: Tally, seconds: float) -> int:
    if not args.quiet:
        print(summary(tally, seconds), file=sys.stderr)
    return EXIT_OK


# ---- cleaner explain ------------------------------------------------------------


def _read_document(name: str, html: bool = False) -> str:
    try:
        data = sys.stdin.buffer.read() if name == STDIN else Path(name).read_bytes()
    except OSError as err:
        raise Abort(Problem(name, None, err.strerror or str(err))) from None
    if html:
        return html_to_text(data)
    try:
        return decode_utf8(data)
    except InputError as err:
        raise Abort(Problem(name, err.line, err.message)) from None


def _use_color(choice: str) -> bool:
    if choice != "auto":
        return choice == "always"
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


def run_explain(args: argparse.Namespace) -> int:
    cleaner = cleaner_for(*_check_detectors(args), args.body_only)
    source = _read_document(args.file, args.html)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", HTMLInputWarning)  # told below, in the command's words
        result = cleaner.explain(source)
    if not args.html and looks_like_html(source):
        _warn(f"{args.file} is an HTML page, shown as text, markup and all: use --html to show its text")
    if args.format == "json":
        page = render_json(source, result) + "\n"
    elif args.format == "html":
        page = render_html(source, result, title=args.file)
    else:
        color = _use_color(args.color) and args.output is None
        page = render_text(source, result, color=color) + "\n"
    if args.output is None:
        sys.stdout.buffer.write(page.encode("utf-8"))
        return EXIT_OK
    file = None
    try:
        with deferred_interrupts():  # Ctrl-C strikes once the file is noted for discard
            file = AtomicFile(args.output)
        file.write(page.encode("utf-8"))
        file.commit()
    except BaseException:
        if file is not None:
            file.discard()
        raise
    return EXIT_OK


# ---- entry point ---------------------------------------------------------------


def _quiet_broken_pipe() -> int:
    # The reader went away (e.g. `cleaner ... | head`): stop without a traceback.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return EXIT_INPUT


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(_with_command(sys.argv[1:] if argv is None else list(argv)))
    try:
        return args.run(args)
    except UsageError as err:
        parser.error(str(err))
    except Abort as err:
        _warn(str(err.problem))
        return EXIT_INPUT
    except KeyboardInterrupt:
        _warn("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return _quiet_broken_pipe()


if __name__ == "__main__":
    sys.exit(main())
