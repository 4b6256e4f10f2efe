import pytest

import cleaner
from cleaner.detectors import Credits
from cleaner.document import Document

ARTICLE = "The council met on Monday and approved the budget for next year."


@pytest.mark.parametrize(
    "line",
    [
        "Featured image via Getty",
        "Featured Image via Getty Images/Drew Angerer",
        "Featured image via screen capture",
        "Photo Credit: Songquan Deng / Shutterstock.com",
        "Photo Credit: www.facebook.com/WhiteHouse",
        "(Image Via: Museum of Criminal Anthropology)",
        "photo by David Shankbone / CC BY 2.0 / cropped",
        "Paul J. Richards/AFP/Getty Images",
        "David T. Foster III/The Charlotte Observer via AP Photo",
        "(Getty Images)",
        "Shutterstock",
        "Source: http://www.example.com/story/123",
        "SOURCE: http://example.org/2017/06/some-story/",
        "(Source: Twitter)",
        "Source: Conservative Tribune",
        "Via Clear Politics",
        "h/t The Right Scoop",
        "*Reprinted with permission",
        "This article originally appeared on Example News.",
        "Image copyright",
        "Image Copyright @ewarren",  # an embedded post's credit: a handle, in whatever case
        "Bildquelle: dpa",
        "Foto: Michael Kappeler/dpa",
        "Crédit photo : AFP",
        "Crédits photos : Bestimage",
        "Fuente: Europa Press",
        "Fonte: ANSA",
        "Fonte: Agência Brasil",
        "Источник: ТАСС",
    ],
)
def test_flags_credit_lines(flagged, line):
    assert flagged(Credits(), f"{ARTICLE}\n\n{line}\n\n{ARTICLE}") == [line]


@pytest.mark.parametrize(
    "text, credit",
    [
        ("(Screenshot: YouTube) Andrew, Luis and Kevin Palau give a health update.", "(Screenshot: YouTube)"),
        ("[Photo: Jean Dupont] A rally in Lyon on Sunday.", "[Photo: Jean Dupont]"),
    ],
)
def test_bracketed_credit_before_a_caption_is_cut_and_the_caption_kept(text, credit):
    assert [s.strip() for s in flagged_by(Credits(), text)] == [credit]


def test_a_credit_after_a_bracketed_credit_goes_with_it_at_once():
    # both in one pass: the rounds of the pipeline would otherwise need one more to see the rest alone
    text = "(Screenshot: YouTube) Featured image via Getty Images"
    assert [s.strip() for s in flagged_by(Credits(), text)] == ["(Screenshot: YouTube)", "Featured image via Getty Images"]


def test_idempotent_on_credits_glued_behind_bracketed_credits():
    text = "(SCREENSHOT) CONTINUED BELOW(SCREENSHOT) FEATURE IMAGE VIA;"
    once = cleaner.clean(text)
    assert cleaner.clean(once) == once


def test_bracketed_credit_ending_a_caption_stays_with_it_unless_asked():
    text = "Plastic glasses are being banned in France. (Bertrand Combaldieu/Associated Press)"
    assert flagged_by(Credits(), text) == []
    assert [s.strip() for s in flagged_by(Credits(cut_bracketed_end=True), text)] == ["(Bertrand Combaldieu/Associated Press)"]


def test_name_alone_between_two_credited_captions_is_a_credit(flagged):
    text = (
        "A family leaves the area after an airstrike in Aleppo. Thaer Mohammad/AFP/Getty Images\n\nABC News\n\n"
        "A child is pulled from the rubble in Aleppo. Ameer Alhalbi/AFP/Getty Images"
    )
    assert [s.strip() for s in flagged(Credits(), text)] == [
        "Thaer Mohammad/AFP/Getty Images", "ABC News", "Ameer Alhalbi/AFP/Getty Images"]


def test_name_alone_after_one_credited_caption_stays(flagged):
    text = "A child is pulled from the rubble in Aleppo. Ameer Alhalbi/AFP/Getty Images\n\nABC News\n\nThe war goes on."
    assert [s.strip() for s in flagged(Credits(), text)] == ["Ameer Alhalbi/AFP/Getty Images"]


@pytest.mark.parametrize(
    "credit, waits",
    [
        ("Photograph: Jane Doe/Reuters", True),  # a picture's credit ends its caption
        ("Credit: NASA/JPL", True),
        ("Foto: Michael Kappeler", True),
        ("Via: Daily Mail", False),  # a source glued to a paragraph goes from any text
        ("Featured image via Getty Images", False),
    ],
)
def test_a_picture_credit_glued_to_its_caption_goes_only_from_a_text_with_other_residue(credit, waits):
    import cleaner

    caption = "The mayor speaks at the opening of the new bridge on Monday."
    text = f"{ARTICLE}\n\n{caption} {credit}\n\n{ARTICLE}"
    assert [s.strip() for s in flagged_by(Credits(), text)] == [credit]
    assert (cleaner.clean(text) == text) is waits  # clean copy that prints its captions keeps their credits
    scraped = cleaner.clean(f"{text}\n\nIf you like this story, share it with a friend!")
    assert credit not in scraped and caption in scraped


@pytest.mark.parametrize("text", ["Source (South Africa Channel 24)", "Source [Reuters]", "Image credit (NASA/JPL)"])
def test_source_in_brackets_is_a_source_line(flagged, text):
    assert flagged(Credits(), text) == [text]


def test_reason_names_the_rule():
    spans = list(Credits().detect(Document("Featured image via Getty")))
    assert spans[0].detector == "credits" and "Featured image" in spans[0].reason


def flagged_by(detector, text):
    return [text[s.start : s.end] for s in sorted(detector.detect(Document(text)))]


def test_a_credit_phrase_goes_only_from_a_text_with_other_residue():
    import cleaner

    text = f"{ARTICLE}\n\nThis article originally appeared on Example News."
    assert cleaner.clean(text) == text  # syndicated clean copy may close so
    assert "originally appeared" not in cleaner.clean(text + "\n\nIf you like this story, share it with a friend!")


@pytest.mark.parametrize(
    "line, waits",
    [
        ("Photo: Tim Clayton", True),  # a picture word alone and a name: a caption's credit
        ("(Credit: NASA/JPL)", True),
        ("Photos by James Ransom", True),
        ("Photo: iStock", True),  # a name written with a capital inside ("iStock", "iFixit", "eBay")
        ("Image by iFixit", True),
        ("Photo: dpa", True),  # an agency that writes its name in lower case
        ("Photo: dpa/Michael Kappeler", True),
        ("Photo: picture alliance / dpa", True),  # agencies alone, joined by a slash
        ("Photo by ev on Unsplash", True),  # a free photo library's attribution, whatever the name
        ("Image by mohamed Hassan from Pixabay", True),
        ("Photo Credit: Songquan Deng / Shutterstock.com", False),  # a blog's credit line
        ("Image via Imgur", False),
        ("Featured image via Getty Images", False),
        ("Source: Conservative Tribune", False),
    ],
)
def test_a_credit_line_in_a_captions_form_goes_only_from_a_text_with_other_residue(line, waits):
    import cleaner

    text = f"{ARTICLE}\n\n{line}\n\n{ARTICLE}"
    assert flagged_by(Credits(), text) == [line]
    assert (cleaner.clean(text) == text) is waits
    assert line not in cleaner.clean(f"{text}\n\nIf you like this story, share it with a friend!")


@pytest.mark.parametrize(
    "line", ["Photo: the team at the museum", "Image by itself means little here", "Photo: dpa and the police"]
)
def test_words_in_lower_case_after_a_picture_word_are_no_credit(line):
    assert flagged_by(Credits(), f"{ARTICLE}\n\n{line}\n\n{ARTICLE}") == []
