"""cleaner.dask on a local cluster of worker processes gives exactly what `cleaner clean` gives."""
from __future__ import annotations

import gzip
import json
import subprocess
import sys

import pytest

from test_cli_support import pages, read_jsonl, run_cleaner, write_jsonl

SHARDS = {"a.jsonl.gz": range(0, 4), "b.jsonl": range(4, 7), "c.jsonl.gz": range(7, 12)}


@pytest.fixture(scope="module")
def client():
    pytest.importorskip("dask.bag")
    pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        processes=True, n_workers=2, threads_per_worker=1, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as client:
        yield client


def _records() -> list[dict]:
    extras = [{"id": n, "source": {"site": "example.org", "rank": n / 3}, "tags": ["ü", None]} for n in range(12)]
    return [{**extra, "text": text} for extra, text in zip(extras, pages(12))]


@pytest.fixture
def shards(tmp_path):
    """Three JSON Lines shards (two gzipped) in tmp_path/shards."""
    folder = tmp_path / "shards"
    folder.mkdir()
    records = _records()
    for name, numbers in SHARDS.items():
        lines = "".join(json.dumps(records[n], ensure_ascii=False) + "\n" for n in numbers).encode()
        (folder / name).write_bytes(gzip.compress(lines) if name.endswith(".gz") else lines)
    return folder


def _command_output(folder, *args) -> bytes:
    """What `cleaner clean` writes for the shards, concatenated in shard order."""
    out = folder.parent / "by-command"
    done = run_cleaner(str(folder), "-o", str(out), "--jobs", "2", "--quiet", *args, cwd=folder.parent)
    assert done.returncode == 0, done.stderr
    return b"".join(
        gzip.decompress((out / name).read_bytes()) if name.endswith(".gz") else (out / name).read_bytes()
        for name in sorted(SHARDS)
    )


def test_bag_over_jsonl_shards_is_byte_identical_to_the_command(client, shards, tmp_path):
    import cleaner.dask as cd

    records = cd.read_jsonl(str(shards / "*.jsonl*"))
    written = cd.write_jsonl(cd.clean_bag(records, explain=True), str(tmp_path / "by-dask" / "*.jsonl"))
    by_dask = b"".join(open(path, "rb").read() for path in sorted(written))
    assert by_dask == _command_output(shards, "--explain")


def test_dataframe_text_column_matches_the_command(client, tmp_path):
    import dask.dataframe as dd
    import pandas as pd

    import cleaner.dask as cd

    records = [{"id": r["id"], "text": r["text"]} for r in _records()]
    write_jsonl(tmp_path / "in.jsonl", records)
    command = read_jsonl(run_cleaner("in.jsonl", "--explain", "--jobs", "2", cwd=tmp_path).stdout)

    frame = dd.from_pandas(pd.DataFrame(records), npartitions=3)
    cleaned = cd.clean_dataframe(frame, column="text", explain_column="removed").compute()
    assert cleaned["id"].tolist() == [r["id"] for r in command]
    assert cleaned["text"].tolist() == [r["text"] for r in command]
    assert cleaned["removed"].tolist() == [r["removed"] for r in command]


def test_without_dask_the_error_says_what_to_install():
    code = (
        "import sys; sys.modules['dask'] = sys.modules['dask.bag'] = None\n"
        "import cleaner.dask\n"
        "try:\n    cleaner.dask.read_jsonl('x.jsonl')\n"
        "except ImportError as err:\n    print(err)\n"
    )
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "pip install 'cleaner[dask]'" in shown


def test_detectors_told_to_wait_for_residue_wait_on_the_workers(client):
    import dask.bag as db

    import cleaner.dask as cd

    story = (
        "The council voted on Monday to close the old river bridge for six months.\n\n"
        "Engineers found that two of its steel supports had corroded.\n\nPhoto credit: Larry Weinberg"
    )
    records = db.from_sequence([{"text": story}], npartitions=1)
    assert cd.clean_bag(records, wait_for_residue=["credits"]).compute() == [{"text": story}]
    assert "Photo credit" not in cd.clean_bag(records).compute()[0]["text"]


def test_body_only_on_the_workers(client):
    import dask.bag as db

    import cleaner.dask as cd

    body = (
        "The city council voted on Monday evening to close the old river bridge for most of next year, "
        "after engineers told the members that the steel under the deck had rusted far more than they thought."
    )
    story = f"Council votes to close the old river bridge\n\nBy Jane Doe\n\n{body}"
    records = db.from_sequence([{"text": story}], npartitions=1)
    assert cd.clean_bag(records, body_only=True).compute() == [{"text": body}]
    assert cd.clean_bag(records).compute() == [{"text": story}]
