import pytest

from cleaner.detectors import PlayerResidue


def test_podcast_player_run(flagged):
    text = "Last paragraph.\n\nPodcasts\n0:00\n24:55\n0:00\n28:50"
    assert flagged(PlayerResidue(), text) == ["Podcasts", "0:00", "24:55", "0:00", "28:50"]


@pytest.mark.parametrize("line", ["0:00 / 3:21", "1:02:33", "-0:12", "0:00 | 4:05"])
def test_time_code_lines(flagged, line):
    assert flagged(PlayerResidue(), f"Text.\n\n{line}\n\nMore text.") == [line]


def test_video_player_controls_one_per_line(flagged):
    controls = ["Play", "Mute", "Current Time", "0:00", "/", "Duration", "3:21", "Fullscreen"]
    text = "Paragraph one.\n\n" + "\n".join(controls) + "\n\nParagraph two."
    # "/" alone is not a label, it splits the run; both halves hold time codes
    assert flagged(PlayerResidue(), text) == [c for c in controls if c != "/"]


def test_video_js_controls_glued_on_one_line(flagged):
    line = "Video Player is loading.Play VideoPlayMuteCurrent Time 0:00/Duration 3:21Loaded: 0%Fullscreen"
    assert flagged(PlayerResidue(), f"Paragraph.\n\n{line}\n\nParagraph.") == [line]


def test_listen_widget(flagged):
    text = "Listen to this article\n\n5:32\n\nThe minister said on Monday."
    assert flagged(PlayerResidue(), text) == ["Listen to this article", "5:32"]


@pytest.mark.parametrize(
    "text",
    [
        "The goal came at 0:45 of the second period.",
        "Play",  # one label alone is not a player
        "Play\n\nThe band will play in Berlin on 12 May at 20:00.",
        "The meeting ran from 9:30 to 11:00.",
        "Listen to this: the court ruled 5:4 in favour.",
    ],
)
def test_leaves_times_in_sentences_alone(flagged, text):
    assert flagged(PlayerResidue(), text) == []


TITLES = [
    "China censors a lot, from Winnie the Pooh to the NBA",
    "US blacklists 28 Chinese organizations and companies",
    "The trade war's latest victim: Manufacturing",
    "Huawei and 5G: What's at stake",
]
PARAGRAPH = "The major Asian market indexes were mixed in early trading on Tuesday, as investors weighed the latest reports."


def test_a_playlist_counter_takes_the_titles_it_counts(flagged):
    text = "\n\n".join([PARAGRAPH, "(4 Videos)", *TITLES, PARAGRAPH])
    assert flagged(PlayerResidue(), text) == ["(4 Videos)", *TITLES]


def test_a_playlist_counter_takes_no_more_than_it_counts(flagged):
    text = "\n\n".join([PARAGRAPH, "(3 Videos)", *TITLES, PARAGRAPH])
    assert flagged(PlayerResidue(), text) == ["(3 Videos)", *TITLES[:3]]


@pytest.mark.parametrize(
    "after",
    [
        [PARAGRAPH, PARAGRAPH],  # prose after the count: no playlist
        [TITLES[0], "He said the market would recover by the end of the year.", PARAGRAPH],  # one title only
    ],
)
def test_a_count_of_videos_without_its_titles_stays(flagged, after):
    assert flagged(PlayerResidue(), "\n\n".join([PARAGRAPH, "12 videos", *after])) == []


def test_a_playlist_counter_in_any_language_of_its_word_list(flagged):
    titles = ["Один", "Два", "Три", "Четыре"]
    text = "\n\n".join([PARAGRAPH, "4 видео", *titles, PARAGRAPH])
    assert flagged(PlayerResidue(), text) == ["4 видео", *titles]
