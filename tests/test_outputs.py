import os
import signal

import pytest

from cleaner.outputs import Outputs, deferred_interrupts

needs_sigmask = pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="the system cannot hold a signal back")


@needs_sigmask
def test_ctrl_c_inside_the_block_takes_effect_after_it():
    steps = []
    with pytest.raises(KeyboardInterrupt):
        with deferred_interrupts():
            os.kill(os.getpid(), signal.SIGINT)
            for n in range(100_000):  # many bytecodes: Python would raise at any of them
                pass
            steps.append("created")
            steps.append("noted")
        steps.append("after the block")  # not reached: the interrupt comes first
    assert steps == ["created", "noted"]


@needs_sigmask
def test_ctrl_c_while_a_file_is_created_leaves_no_temporary_file(tmp_path, monkeypatch):
    # Ctrl-C arriving right as the temporary file is made: it is noted, and discarded on the way out
    import cleaner.outputs as outputs

    made = outputs.AtomicFile

    def interrupted(target):
        file = made(target)
        os.kill(os.getpid(), signal.SIGINT)
        for n in range(100_000):
            pass
        return file

    monkeypatch.setattr(outputs, "AtomicFile", interrupted)
    with pytest.raises(KeyboardInterrupt):
        with Outputs() as out:
            out.write(tmp_path / "out.txt", b"data")
    assert list(tmp_path.iterdir()) == []


def test_a_completed_file_is_in_place_and_its_temporary_file_gone(tmp_path):
    with Outputs() as out:
        out.write(tmp_path / "a.txt", b"one")
        out.complete(tmp_path / "a.txt")
        out.complete(tmp_path / "empty.txt")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "empty.txt"]
    assert (tmp_path / "a.txt").read_bytes() == b"one"
