import pytest

from cleaner.detectors import DateLine


@pytest.mark.parametrize(
    "line",
    [
        "22 Apr, 2019 21:44",
        "Published time: 22 Apr, 2019 21:44",
        "Updated 3:45 PM ET, Mon June 4, 2018",
        "Updated 0339 GMT (1139 HKT) November 19, 2019",
        "Published: Monday 4 June 2018",
        "April 22, 2019",
        "2019-04-22 21:44",
        "22.04.2019, 21:44 Uhr",
        "Veröffentlicht am 22.04.2019 um 21:44 Uhr",
        "Publié le 22 avril 2019 à 21h44",
        "Publicado el 22 de abril de 2019",
        "22 апреля 2019, 21:44",
        "Last updated on 5th March 2020 at 10:15 a.m. GMT",
    ],
)
def test_flags_date_lines_in_the_header(flagged, line):
    assert flagged(DateLine(), f"Headline of the story\n{line}\nBody text of the article.") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "On 22 April 2019, Kim arrived in Vladivostok.",
        "April 22",  # no year: could be a heading
        "4:14 p.m.",  # a time alone: a heading of a live story
        "Updated 10:15 a.m. GMT",
        "The 2019 budget",
        "Released on 1234567 copies",
    ],
)
def test_leaves_other_lines_alone(flagged, line):
    assert flagged(DateLine(), f"Headline\n{line}\nBody.") == []


def test_only_the_header_is_searched(flagged):
    body = "\n".join(f"Paragraph {i} of the article." for i in range(30))
    assert flagged(DateLine(), f"Headline\n{body}\n22 Apr, 2019 21:44") == []
    assert flagged(DateLine(header_lines=None or 100), f"Headline\n{body}\n22 Apr, 2019 21:44") == ["22 Apr, 2019 21:44"]


@pytest.mark.parametrize(
    "line, date",
    [
        ("Joseph Tsidulko November 19, 2019, 07:47 PM EST", "November 19, 2019, 07:47 PM EST"),
        ("Jane Doe 22.04.2019 21:44", "22.04.2019 21:44"),
        ("By John Smith | April 22, 2019", "| April 22, 2019"),
    ],
)
def test_a_date_glued_to_a_byline_is_cut(flagged, line, date):
    assert flagged(DateLine(), f"Headline\n{line}\nBody.") == [date]


@pytest.mark.parametrize(
    "line",
    [
        "The council met on November 19, 2019",
        "Paris, November 19, 2019",
        "Monday November 19, 2019",
        "By the river November 19, 2019",
    ],
)
def test_a_sentence_or_place_before_a_date_is_no_byline(flagged, line):
    spans = flagged(DateLine(), f"Headline\n{line}\nBody.")
    assert spans in ([], [line])  # never a cut inside the line


def test_post_meta_line_whose_date_was_lost(flagged):
    assert flagged(DateLine(), "Posted on by willyloman\nBody text of the post.") == ["Posted on by willyloman"]
    assert flagged(DateLine(), "Posted on Monday by the river, we met.\nBody.") == []
