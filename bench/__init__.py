"""Benchmark harness for `cleaner`: quality and speed beside the reference extractors.

Run it from the project root with ``python -m bench`` (see bench/README.md).
Nothing in here is imported by the `cleaner` package itself.
"""
