import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleaner.detectors import IconLabelRuns
from cleaner.detectors.icon_labels import _LEADING_WORD

SEED_LINE = (
    "icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon chevron lefticon "
    "chevron righticon closeicon v-compressicon downloadicon editicon fbicon fileicon searchicon "
    "shareicon sign inicon twicon vkicon yticon wticon fm"
)


@pytest.mark.parametrize(
    "line",
    [
        SEED_LINE,
        "icon-facebookicon-twittericon-whatsapp",
        "icon-facebook icon-twitter icon-whatsapp icon-mail",
        "menu search expand_more chevron_right share",
        "Facebook Twitter WhatsApp Email Print",
        "Facebook | Twitter | LinkedIn",
        "FacebookTwitterPinterestEmail",
        "Share Facebook Twitter Google+",
        "Twitter Email Print",  # one brand, buttons printed alike
        "62.1k SHARES",  # a share bar's count alone, or with its button
        "62.1k SHARES Share",
        "1,204 Likes",
        "twitter email print",
    ],
)
def test_flags_whole_lines_of_labels(flagged, line):
    assert flagged(IconLabelRuns(), f"Headline here\n\n{line}\n\nBody text.") == [line]


@pytest.mark.parametrize(
    "text, run",
    [
        ("Facebook Twitter WhatsApp Email PrintNorth Korean leader Kim said.", "Facebook Twitter WhatsApp Email Print"),
        ("Facebook Twitter WhatsApp Email Print North Korean leader Kim said.", "Facebook Twitter WhatsApp Email Print "),
        ("icon-facebookicon-twittericon-whatsappThe president said on Monday.", "icon-facebookicon-twittericon-whatsapp"),
        ("icon-facebookicon-twittericon-whatsapp The president said on Monday.", "icon-facebookicon-twittericon-whatsapp"),
    ],
)
def test_run_glued_to_the_front_of_a_line_keeps_the_line(flagged, text, run):
    assert flagged(IconLabelRuns(), text) == [run]


@pytest.mark.parametrize(
    "line",
    [
        "Facebook, Twitter and Google were asked to testify before Congress.",
        "Facebook Twitter Instagram accounts were hacked on Monday.",
        "Like more people",
        "Share this with the class",
        "The icon of the church, an icon painted in 1420, is an icon of the city.",
        "Silicon Valley investors met in the silicon chip plant.",
        "We saw the icon icon icon of the city today.",  # markers with no label between them
        "The minister said icon icon icon.",
        "Twitter",
        "Email",
        "Xi Jinping met Trump.",
        "Print edition",
        "Twitter done right",  # a subheading: one brand, then words in lower case
        "He bought 100 shares",
        "12 comments",  # a count of comments may head them: the comments detector's to judge
        "Instagram share more",
    ],
)
def test_leaves_prose_alone(flagged, line):
    assert flagged(IconLabelRuns(), line) == []


def test_thresholds_are_fields():
    strict = IconLabelRuns(min_distinctive=3)
    assert strict.detect  # a dataclass field, settable by name
    from cleaner.document import Document

    assert list(strict.detect(Document("Facebook Twitter"))) == []
    assert len(list(IconLabelRuns().detect(Document("Facebook Twitter")))) == 1


def _may_start_label_plainly(detector, text: str) -> bool:
    """The plain definition: the first word is a number, or some start of it (up to 20
    characters) is a label's first word."""
    m = _LEADING_WORD.match(text)
    if not m:
        return False
    word = m.group().casefold()
    return word[0].isdigit() or any(word[:n] in detector._first_words for n in range(1, min(len(word), 20) + 1))


@given(st.data())
def test_the_first_word_gate_is_a_look_up_of_every_start_of_the_word(data):
    detector = IconLabelRuns()
    known = sorted(detector._first_words)
    word = data.draw(st.sampled_from(known) | st.text(st.sampled_from("abcfilmnoprstuwÄß1_- "), max_size=6))
    text = word[: data.draw(st.integers(0, 25))] + data.draw(st.text(st.sampled_from("aeiostI -"), max_size=4))
    assert detector._may_start_label(text, 0) == _may_start_label_plainly(detector, text)
