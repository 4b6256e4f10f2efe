from cleaner.detectors import RepeatedHeadline

HEAD = "Kim Jong-un will visit Russia & meet Putin 'soon' – North Korean state media"


def test_exact_repeat_keeps_first_copy(flagged):
    text = f"{HEAD}\n\n{HEAD}\n\nNorth Korean leader Kim Jong-un plans to visit Russia."
    doc_text = flagged(RepeatedHeadline(), text)
    assert doc_text == [HEAD]
    # the flagged copy is the second one
    from cleaner.document import Document

    (span,) = RepeatedHeadline().detect(Document(text))
    assert span.start == len(HEAD) + 2


def test_near_repeat(flagged):
    near = "Kim Jong-un will visit Russia and meet Putin soon - North Korean state media"
    assert flagged(RepeatedHeadline(), f"{HEAD}\n{near}\nBody.") == [near]


def test_different_lines_stay(flagged):
    text = f"{HEAD}\n\nKim Jong-un will visit China next week, South Korean media say\n\nBody."
    assert flagged(RepeatedHeadline(), text) == []


def test_repeat_far_below_the_top_stays(flagged):
    body = "\n".join(f"Paragraph number {i} of the article body text." for i in range(20))
    assert flagged(RepeatedHeadline(), f"{HEAD}\n{body}\n{HEAD}") == []


def test_short_repeats_are_not_headlines(flagged):
    assert flagged(RepeatedHeadline(), "Share\nHome\nShare\nHome\nBody text.") == []


def test_a_sentence_said_twice_stays(flagged):
    sentence = "The council voted on Monday to close the old bridge for repairs."
    assert flagged(RepeatedHeadline(), f"{sentence}\n\n{sentence}\n\nBody.") == []


def test_copy_far_below_the_first_stays(flagged):
    lines = [HEAD] + [f"Paragraph {w} of the story text" for w in "abcdef"] + [HEAD]
    assert flagged(RepeatedHeadline(), "\n".join(lines)) == []


def test_lines_that_differ_in_a_word_are_different(flagged):
    text = "Part one of the series on housing costs\nPart two of the series on housing costs\nBody."
    assert flagged(RepeatedHeadline(), text) == []
