import pytest

from cleaner.detectors import AdLabels

ARTICLE = "The council met on Monday and approved the budget for next year."


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "advertisement",
        "AdChoices",
        "Ad Choices",
        "Advertise | AdChoices",
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
        "Read His Word every day. Select Bibles are now 50% OFF plus Free Shipping and a Free Gift. Show me the Bibles!",
        "Livraison gratuite et 30 % de remise ? Non : cadeau gratuit et essai gratuit ! Free trial, free ebook!",
    ],
)
def test_flags_ad_lines(flagged, line):
    assert flagged(AdLabels(), f"{ARTICLE}\n\n{line}\n\n{ARTICLE}") == [line]


def test_label_glued_to_the_front_is_cut_and_the_line_kept(flagged):
    text = "Continued below... In August 2013, the Swedish Court set free a man who had confessed."
    assert flagged(AdLabels(), text) == ["Continued below... "]


def test_labels_glued_one_after_another_to_the_end_are_cut_together(flagged):
    text = "The minister resigned on Tuesday after weeks of pressure. Continued below. Continued below."
    assert [s.strip() for s in flagged(AdLabels(), text)] == ["Continued below. Continued below."]


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
        "Amazon offers free shipping and 50% off to members, the company said.",  # offers reported, not made
        "Free shipping! The company said it would end the policy.",  # one offer is not an advert
    ],
)
def test_leaves_prose_alone(flagged, text):
    assert flagged(AdLabels(), text) == []


def test_short_line_between_two_adverts_is_one_of_them(flagged):
    ad1 = "Select Bibles are now 50% OFF plus Free Shipping and a Free Gift. Show me the Bibles!"
    ad2 = "FREE GIFT! Download the 40-page mini eBook and unlock your lifestyle. CLICK HERE"
    between = "Explore the Life in the Spirit Series."
    text = f"{ARTICLE}\n\n{ad1}\n\n{between}\n\n{ad2}\n\n{ARTICLE}"
    assert flagged(AdLabels(), text) == [ad1, between, ad2]


def test_line_after_one_advert_stays(flagged):
    ad = "FREE GIFT! Download the 40-page mini eBook and unlock your lifestyle. CLICK HERE"
    text = f"{ARTICLE}\n\n{ad}\n\nExplore the Life in the Spirit Series.\n\n{ARTICLE}"
    assert flagged(AdLabels(), text) == [ad]
