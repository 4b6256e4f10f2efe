"""The ``cleaner`` console command: clean a text file (or stdin) and print the article."""
from __future__ import annotations

import argparse
import sys

from . import __version__, clean


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="cleaner", description="Print the clean article text of a scraped page dump."
    )
    parser.add_argument("path", nargs="?", default="-", help="a UTF-8 text file, or - for stdin (default)")
    parser.add_argument("--version", action="version", version=f"cleaner {__version__}")
    args = parser.parse_args(argv)
    try:
        if args.path == "-":
            text = sys.stdin.read()
        else:
            with open(args.path, encoding="utf-8") as f:
                text = f.read()
    except (OSError, UnicodeDecodeError) as err:
        print(f"cleaner: {args.path}: {err}", file=sys.stderr)
        return 1
    sys.stdout.write(clean(text) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
