import pytest

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
        "Bildquelle: dpa",
        "Foto: Michael Kappeler/dpa",
        "Crédit photo : AFP",
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
        ("A Syrian man holds his nephew in Aleppo. Thaer Mohammed/AFP/Getty Images", "Thaer Mohammed/AFP/Getty Images"),
        ("He was marking his time until he could make a move for the White House. Via: Daily Mail", "Via: Daily Mail"),
    ],
)
def test_credit_after_the_last_sentence_is_cut_and_the_line_kept(flagged, text, credit):
    assert [s.strip() for s in flagged(Credits(), text)] == [credit]


@pytest.mark.parametrize(
    "text",
    [
        "The photo was taken by a credit union employee.",
        "Credit Suisse said on Monday that profits fell.",
        "Photos: Shooting at Batman screening in Colo.",
        "Source (South Africa Channel 24)",  # the post's own attribution, kept by the fixtures
        "Sources say the deal is close.",
        "Reuters",  # a news agency alone may be a byline
        "Reuters, Washington,",
        "Via Appia was the first of the great Roman roads, built in 312 BC by Appius Claudius.",
        "Image quality improved a lot with the new sensor.",
        "(Screenshot: YouTube) Andrew, Luis and Kevin Palau give a health update.",  # caption keeps its credit
        "Plastic glasses are being banned in France. (Bertrand Combaldieu/Associated Press)",
    ],
)
def test_leaves_prose_and_captions_alone(flagged, text):
    assert flagged(Credits(), text) == []


def test_bracketed_credit_of_a_caption_is_cut_when_asked():
    text = "Plastic glasses are being banned in France. (Bertrand Combaldieu/Associated Press)"
    assert [s.strip() for s in flagged_by(Credits(cut_bracketed=True), text)] == ["(Bertrand Combaldieu/Associated Press)"]


def test_reason_names_the_rule():
    spans = list(Credits().detect(Document("Featured image via Getty")))
    assert spans[0].detector == "credits" and "Featured image" in spans[0].reason


def flagged_by(detector, text):
    return [text[s.start : s.end] for s in sorted(detector.detect(Document(text)))]
