import os
import signal
import threading

import pytest

from cleaner.outputs import Outputs, deferred_interrupts


@pytest.fixture(params=["alone", "beside another thread"])
def threads(request):
    # a thread that does not block SIGINT (a worker pool's) may be handed the signal
    if request.param == "alone":
        yield
        return
    done = threading.Event()
    worker = threading.Thread(target=done.wait, daemon=True)
    worker.start()
    yield
    done.set()
    worker.join()


@pytest.mark.parametrize("times", [1, 20])
def test_ctrl_c_inside_the_block_takes_effect_after_it(threads, times):
    # again and again: whichever thread the system hands the signal to, it waits for the block
    for _ in range(times):
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


def test_ctrl_c_while_a_file_is_created_leaves_no_temporary_file(tmp_path, monkeypatch, threads):
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


def test_the_handler_in_place_is_put_back_and_called_once_after_the_block():
    calls = []
    mine = signal.signal(signal.SIGINT, lambda signum, frame: calls.append(signum))
    try:
        with deferred_interrupts():
            os.kill(os.getpid(), signal.SIGINT)
            for n in range(100_000):
                pass
            assert calls == []
        for n in range(100_000):
            pass
        assert calls == [signal.SIGINT]
        assert signal.getsignal(signal.SIGINT) is not signal.default_int_handler
    finally:
        signal.signal(signal.SIGINT, mine)


def test_a_completed_file_is_in_place_and_its_temporary_file_gone(tmp_path):
    with Outputs() as out:
        out.write(tmp_path / "a.txt", b"one")
        out.complete(tmp_path / "a.txt")
        out.complete(tmp_path / "empty.txt")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "empty.txt"]
    assert (tmp_path / "a.txt").read_bytes() == b"one"
