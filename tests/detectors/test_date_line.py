import pytest

from cleaner.detectors import DateLine


@pytest.mark.parametrize(
    "line",
    [
        "22 Apr, 2019 21:44",
        "Published time: 22 Apr, 2019 21:44",
        "Updated 3:45 PM ET, Mon June 4, 2018",
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
        "By John Smith | April 22, 2019",
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
