import pytest

from cleaner.detectors import AdLabels

ARTICLE = "The council met on Monday and approved the budget for next year."


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "advertisement",
        "Advertisements",
        "ADVERTISEMENT",
        "Ad",
        "-- Advertisement --",
        "Advertisement - story continues below",
        "Story Continued Below",
        "Continue reading below the advertisement",
        "Your ads will be inserted here by Easy Plugin for AdSense. Please go to the plugin admin page to",
        "Paste your ad code OR",
        "Anzeige",
        "Weiterlesen nach der Anzeige",
        "Publicité",
        "La suite après la publicité",
        "Publicidad",
        "Pubblicità",
        "Publicidade",
        "Реклама",
        "× 101 Things All Young Adults Should Know by Sir John Hawkins is filled with lessons. Buy Now",
        "FREE GIFT! Download the 40-page mini eBook and unlock your lifestyle. CLICK HERE",
    ],
)
def test_flags_ad_lines(flagged, line):
    assert flagged(AdLabels(), f"{ARTICLE}\n\n{line}\n\n{ARTICLE}") == [line]


def test_label_glued_to_the_front_is_cut_and_the_line_kept(flagged):
    text = "Continued below... In August 2013, the Swedish Court set free a man who had confessed."
    assert flagged(AdLabels(), text) == ["Continued below... "]


def test_label_after_the_last_sentence_is_cut(flagged):
    text = "The minister resigned on Tuesday after weeks of pressure. Advertisement"
    assert [s.strip() for s in flagged(AdLabels(), text)] == ["Advertisement"]


@pytest.mark.parametrize(
    "text",
    [
        "He said the ad campaign had worked better than expected.",
        "Ads on the site were removed after complaints.",
        "Advertising Executives Say The Market Will Recover Soon",
        "AP",
        "For a copy of the overview, please click here.",
        "Provence villa rental with four bedrooms and a pool. Click here",
        "Die Anzeige wurde am Montag erstattet.",
    ],
)
def test_leaves_prose_alone(flagged, text):
    assert flagged(AdLabels(), text) == []
