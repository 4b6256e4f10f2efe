import pytest

from cleaner.detectors import Repeats
from cleaner.document import Document

PARAGRAPH = (
    "From the sanctuary of its caliphate, the group has now struck the West. By murdering people "
    "in a range of social settings, the group is cultivating the belief that our lives are insecure."
)


def test_pull_quote_standing_after_its_paragraph_goes(flagged):
    text = f"Headline of the piece\n\nFirst paragraph of the story, which sets the scene.\n\n{PARAGRAPH}\n\n" \
           "The group is cultivating the belief that our lives are insecure.\n\nThe story goes on here."
    assert flagged(Repeats(pull_quotes=True), text) == ["The group is cultivating the belief that our lives are insecure."]


def test_pull_quote_before_its_paragraph_and_in_other_case_goes(flagged):
    text = "Title\n\nLede paragraph here, short.\n\nAnother one.\n\n“THE GROUP IS CULTIVATING THE BELIEF THAT OUR LIVES ARE INSECURE.”\n\n" + PARAGRAPH
    assert flagged(Repeats(pull_quotes=True), text) == ["“THE GROUP IS CULTIVATING THE BELIEF THAT OUR LIVES ARE INSECURE.”"]


def test_headline_repeated_by_the_lede_is_left_to_the_headline_detector(flagged):
    text = "The group is cultivating the belief that our lives are insecure.\n\n" + PARAGRAPH
    assert flagged(Repeats(pull_quotes=True), text) == []


@pytest.mark.parametrize(
    "line",
    [
        "The group is cultivating fear.",  # too short to tell a quotation from a chance echo
        "the belief that our lives are",  # no sentence end: a heading or a fragment, not a pull-quote
        "The group is cultivating the belief that our lives are secure.",  # not the same words
    ],
)
def test_lines_that_are_not_a_pull_quote_stay(flagged, line):
    text = f"Title\n\nLede paragraph.\n\nSecond paragraph.\n\n{PARAGRAPH}\n\n{line}"
    assert flagged(Repeats(pull_quotes=True), text) == []


def test_same_sentence_as_two_identical_lines_is_not_a_pull_quote(flagged):
    line = "The vote will be held again on Monday, officials said."
    text = f"Title\n\nLede.\n\nMore.\n\n{line}\n\n{line}"
    assert flagged(Repeats(pull_quotes=True), text) == []


CAPTION = "Officers at the scene of the crash on Route 9 in Lakewood on Sunday, after the road was closed."


def test_credit_under_every_photo_goes(flagged):
    text = "Crash closes highway\n\n" + "\n\n".join(f"{CAPTION}\n\nNew Jersey State Police" for _ in range(3)) + f"\n\n{CAPTION}"
    assert flagged(Repeats(pull_quotes=True), text) == ["New Jersey State Police"] * 3


def test_wire_byline_over_each_item_of_a_digest_stays(flagged):
    items = [f"Headline number {i}\n\nTribune News Service\n\nChandigarh, January 2\n\n{CAPTION}" for i in range(4)]
    assert flagged(Repeats(pull_quotes=True), "\n\n".join(items)) == []


def test_label_of_one_word_stays(flagged):
    text = "\n\n".join(f"{CAPTION}\n\nImage" for _ in range(4)) + f"\n\n{CAPTION}"
    assert flagged(Repeats(pull_quotes=True), text) == []


@pytest.mark.parametrize(
    "line",
    [
        "And we sang it again",  # a refrain is not capitalised like a name or a label
        "Back To The Top",  # capitalised, but not an organisation's name
        "Round 2:",  # a heading that introduces something
        "It is over.",  # a sentence
    ],
)
def test_repeated_lines_that_are_not_labels_stay(flagged, line):
    text = "Title\n\n" + "\n\n".join(f"{CAPTION}\n\n{line}" for i in range(3)) + f"\n\n{CAPTION}"
    assert flagged(Repeats(pull_quotes=True), text) == []


def test_label_twice_is_not_enough(flagged):
    text = f"Title\n\n{CAPTION}\n\nMetro Police\n\n{CAPTION}\n\nMetro Police\n\n{CAPTION}"
    assert flagged(Repeats(pull_quotes=True), text) == []


def test_commenter_name_repeated_down_a_thread_stays(flagged):
    text = "Title\n\n" + "\n\n".join(f"{CAPTION}\n\nSamurai Mike" for i in range(4)) + f"\n\n{CAPTION}"
    assert flagged(Repeats(pull_quotes=True), text) == []


NEXT = "The man being hunted by the FBI, for example, is an American citizen with the right to due process."


@pytest.mark.parametrize("glue", ["", " "])
def test_next_paragraphs_opening_glued_to_the_end_goes(flagged, glue):
    first = "He is talking about profiling people. Nobody is safe."
    preview = "The man being hunted by the FBI, for example, is an"
    text = f"{first}{glue}{preview}\n\n{NEXT}"
    assert [s.strip() for s in flagged(Repeats(pull_quotes=True), text)] == [preview]


def test_paragraph_ending_like_the_next_one_begins_but_not_the_same_words_stays(flagged):
    text = f"Nobody is safe. The man being hunted by the police, for example, is an\n\n{NEXT}"
    assert flagged(Repeats(pull_quotes=True), text) == []


def test_whole_line_equal_to_the_next_opening_is_not_cut_from_itself(flagged):
    text = f"The man being hunted by the FBI, for example, is an\n\n{NEXT}"
    assert flagged(Repeats(pull_quotes=True), text) == []


def test_reason_names_the_rule():
    text = f"Title\n\nLede.\n\nMore.\n\n{PARAGRAPH}\n\nThe group is cultivating the belief that our lives are insecure."
    spans = list(Repeats(pull_quotes=True).detect(Document(text)))
    assert spans and spans[0].detector == "repeats" and spans[0].reason.startswith("pull-quote")


def test_work_is_bounded_on_a_page_of_short_sentences():
    line = "Each of these lines is a short sentence of its own."
    text = "\n".join(f"{line} {i}." for i in range(20_000))
    assert list(Repeats(pull_quotes=True).detect(Document(text))) == []


def test_pull_quotes_stay_unless_asked(flagged):
    text = f"Title\n\nLede.\n\nMore.\n\n{PARAGRAPH}\n\nThe group is cultivating the belief that our lives are insecure."
    assert flagged(Repeats(), text) == []
