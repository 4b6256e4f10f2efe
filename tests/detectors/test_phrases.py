from cleaner.detectors.phrases import runs


def test_runs_of_items_in_a_row():
    items = [1, 1, 0, 1, 1, 1, 0, 1]
    assert list(runs(items, bool, 2)) == [range(0, 2), range(3, 6)]
    assert list(runs(items, bool, 3)) == [range(3, 6)]
    assert list(runs(items, bool, 1)) == [range(0, 2), range(3, 6), range(7, 8)]


def test_no_runs_in_nothing():
    assert list(runs([], bool, 1)) == []
    assert list(runs([0, 0], bool, 1)) == []


def test_a_title_slot_takes_a_title_not_a_sentence():
    import regex

    from cleaner.detectors.phrases import entry_pattern

    heading = regex.compile(entry_pattern("{n} Responses to {title}"), regex.IGNORECASE)
    assert heading.fullmatch("35 Responses to “More Landscape Stream of Consciousness”")
    assert heading.fullmatch("2 responses to Why the bridge closed?")
    assert not heading.fullmatch("12 responses to the survey were spoiled.")
    assert not heading.fullmatch("12 responses to the survey were spoiled, he said.”")
    assert not heading.fullmatch("12 Responses to ")  # a title is something
