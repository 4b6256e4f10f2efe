from cleaner.detectors.phrases import runs


def test_runs_of_items_in_a_row():
    items = [1, 1, 0, 1, 1, 1, 0, 1]
    assert list(runs(items, bool, 2)) == [range(0, 2), range(3, 6)]
    assert list(runs(items, bool, 3)) == [range(3, 6)]
    assert list(runs(items, bool, 1)) == [range(0, 2), range(3, 6), range(7, 8)]


def test_no_runs_in_nothing():
    assert list(runs([], bool, 1)) == []
    assert list(runs([0, 0], bool, 1)) == []
