"""The Dutch teaser, widget and advert banks: the lines they flag, and prose that opens with the same words."""
import pytest
from bank_probe import removed_between

PARAGRAPH = (
    "De gemeenteraad heeft maandag de begroting voor volgend jaar goedgekeurd, na een lang debat over de"
    " kosten van de nieuwe school."
)
# another line of residue, so that detectors that wait for one in clean copy act too
RESIDUE = "Advertentie"


def _removed(block: str) -> list[tuple[str, str]]:
    return removed_between(block, PARAGRAPH, RESIDUE)


@pytest.mark.parametrize(
    "line, detector",
    [
        ("Lees verder", "teasers"),
        ("Lees het volledige artikel", "teasers"),
        ("Lees ook Kabinet wil minder vliegverkeer boven Schiphol", "teasers"),
        ("Vind ik leuk:", "widgets"),
        ("Vind ik leuk Laden...", "widgets"),
        ("Terug naar boven", "widgets"),
        ("Ga naar de inhoud", "widgets"),
        ("Foto 3 van 12", "widgets"),
        ("Leestijd: 4 minuten", "widgets"),
        ("Privacybeleid", "widgets"),
        ("Algemene voorwaarden", "widgets"),
        ("Volgende", "widgets"),
        ("× Het nieuwe kookboek is uit, vol recepten voor elke dag. Bestel nu", "ad_labels"),
    ],
)
def test_dutch_residue_goes(line, detector):
    assert _removed(line) == [(detector, line)]


def test_a_dutch_lead_in_takes_the_headlines_below_it():
    heads = ["Kabinet wil minder vliegverkeer boven Schiphol", "Boeren protesteren opnieuw in Den Haag"]
    block = "Gerelateerde artikelen\n\n" + "\n\n".join(heads)
    assert _removed(block) == [("teasers", "Gerelateerde artikelen"), *[("teasers", h) for h in heads]]


def test_a_dutch_archive_selector_goes():
    line = "Selecteer maand december 2019 november 2019 oktober 2019 september 2019"
    assert _removed(line) == [("widgets", line)]


@pytest.mark.parametrize(
    "line",
    [
        "Lees ook de brief van de burgemeester aan de raad, die vorige week uitlekte.",
        "Lees verder in het rapport van de commissie, dat dinsdag verscheen.",
        "Volgende week begint de bouw van de nieuwe brug over de rivier.",
        "Meest gelezen werd het boek van de burgemeester, zei de bibliothecaris.",
        "Populair zijn vooral de fietsroutes langs de kust, meldt de provincie.",
        "Toon meer begrip voor de boeren, zei de minister tegen de Kamer.",
        "Meer nieuws over de begroting volgt later deze week, zei de wethouder.",
        "Het archief van de krant gaat terug tot 1870 en bevat brieven uit januari 1871 en februari 1872.",
        "Klik hier voor het volledige rapport van de commissie over de begroting.",
    ],
)
def test_dutch_prose_stays(line):
    assert _removed(line) == []
