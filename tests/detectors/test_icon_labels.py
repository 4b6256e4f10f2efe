import pytest

from cleaner.detectors import IconLabelRuns

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
        "Twitter",
        "Email",
        "Xi Jinping met Trump.",
        "Print edition",
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
