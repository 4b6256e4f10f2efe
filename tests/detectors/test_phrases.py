from hypothesis import given, settings
from hypothesis import strategies as st

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


def test_a_name_slot_before_a_possessive_leaves_it_to_the_entry():
    import regex

    from cleaner.detectors.phrases import entry_pattern

    owner = regex.compile(entry_pattern("Subscribe to {name}'s newsletters"), regex.IGNORECASE)
    assert owner.fullmatch("Subscribe to NJ.com’s newsletters.")
    assert owner.fullmatch("Subscribe to Example Media's newsletters")
    assert owner.fullmatch("Subscribe to O'Brien's newsletters")  # an apostrophe inside a name stays in it
    assert not owner.fullmatch("Subscribe to Example newsletters")
    # a name before other words may still end in a possessive, as before
    plain = regex.compile(entry_pattern("Follow {name} on Twitter"), regex.IGNORECASE)
    assert plain.fullmatch("Follow Example's on Twitter")


_SHORT_TEXTS = st.text(st.sampled_from("ab c"), max_size=14)


@settings(max_examples=300)
@given(_SHORT_TEXTS, st.lists(_SHORT_TEXTS, max_size=12), st.sampled_from([0.0, 50.0, 86.0, 88.0, 90.0, 92.0, 100.0]))
def test_ratio_choices_give_extract_one_the_same_answer(text, phrases, cutoff):
    from rapidfuzz import fuzz, process

    from cleaner.detectors.phrases import RatioChoices

    phrases = list(dict.fromkeys(phrases))
    choices = RatioChoices(phrases, cutoff).for_length(len(text))
    everything = process.extractOne(text, phrases, scorer=fuzz.ratio, score_cutoff=cutoff)
    fewer = process.extractOne(text, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
    assert (everything is None) == (fewer is None)
    if everything is not None:
        assert everything[:2] == fewer[:2]


def test_ratio_choices_keep_every_phrase_for_another_scorer():
    from rapidfuzz import fuzz

    from cleaner.detectors.phrases import RatioChoices

    phrases = ["share", "share this story with your friends on facebook"]
    assert RatioChoices(phrases, 90).for_length(5) == ("share",)
    assert RatioChoices(phrases, 90, fuzz.partial_ratio).for_length(5) == tuple(phrases)


@given(_SHORT_TEXTS, _SHORT_TEXTS)
def test_the_length_bound_holds_for_every_pair(a, b):
    from rapidfuzz import fuzz

    from cleaner.detectors.phrases import ratio_can_reach

    score = fuzz.ratio(a, b)
    assert ratio_can_reach(score, len(a), len(b))


_BREAKY_TEXT = st.text(st.sampled_from(list(".!?…\"'”’»)–—- \t\n\u00a0\u2003\x1cab")), max_size=16)


@settings(max_examples=500)
@given(_BREAKY_TEXT)
def test_marks_and_breaks_end_where_the_sentence_breaks_do(text):
    import regex

    from cleaner.detectors.icon_labels import _MARK_AND_BREAK as ICON_MARK_AND_BREAK
    from cleaner.detectors.phrases import _MARK_AND_BREAK, SENTENCE_BREAK

    assert [m.end() for m in _MARK_AND_BREAK.finditer(text)] == [m.end() for m in SENTENCE_BREAK.finditer(text)]
    plain = regex.compile(r"(?<=[.!?…])\s++")  # the breaks the icon labels look for
    assert [m.end() for m in ICON_MARK_AND_BREAK.finditer(text)] == [m.end() for m in plain.finditer(text)]


@settings(max_examples=500)
@given(_BREAKY_TEXT)
def test_the_last_sentence_starts_are_the_last_breaks_searched_from_the_end(text):
    import regex

    from cleaner.detectors.phrases import _MAX_STARTS, SENTENCE_BREAK, _last_sentence_starts

    backwards = regex.compile(SENTENCE_BREAK.pattern, regex.REVERSE)
    starts = [m.end() for m in backwards.finditer(text) if m.end() != len(text)][:_MAX_STARTS]
    assert _last_sentence_starts(text) == tuple(starts[::-1])
