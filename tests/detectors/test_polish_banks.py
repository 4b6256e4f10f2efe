"""The Polish phrase banks: the lines they flag, and prose that opens with the same words."""
import pytest
from bank_probe import removed_between

PARAGRAPH = "Rząd przyjął w poniedziałek projekt ustawy, który zmienia zasady finansowania szkół w całym kraju."
# another line of residue, so that detectors that wait for one in clean copy act too
RESIDUE = "Reklama"


def _removed(line: str) -> list[tuple[str, str]]:
    return removed_between(line, PARAGRAPH, RESIDUE)


@pytest.mark.parametrize(
    "line, detector",
    [
        ("Czytaj także: Sejm przyjął nową ustawę o szkołach", "cross_links"),
        ("Zobacz również", "cross_links"),
        ("Podziel się", "share_prompts"),
        ("Udostępnij na Facebooku", "share_prompts"),
        ("Dołącz do dyskusji", "comments"),
        ("12 komentarzy", "comments"),
        ("Dodaj komentarz", "comments"),
        ("Zapisz się do newslettera", "prompts"),
        ("Ta strona używa plików cookie. Korzystając z niej, zgadzasz się na ich użycie.", "prompts"),
        ("Materiał partnera", "ad_labels"),
        ("Dalsza część artykułu pod reklamą", "ad_labels"),
        ("Fot. PAP/Leszek Szymański", "credits"),
        ("Źródło: PAP", "credits"),
        ("opublikowano: 29 kwietnia 2021, 17:13", "date_line"),
        ("Czytaj więcej", "teasers"),
        ("Polub to:", "widgets"),
        ("Powrót do góry", "widgets"),
        ("Przejdź do treści", "widgets"),
        ("Zdjęcie 2 z 5", "widgets"),
        ("Polityka prywatności", "widgets"),
        ("Regulamin", "widgets"),
        ("× Nowa książka kucharska już w sprzedaży. Kup teraz", "ad_labels"),
        ("© 2020 Gazeta Miejska. Wszelkie prawa zastrzeżone.", "page_tails"),
        ("Tagi: budżet, rada miasta, szkoły", "page_tails"),
        ("Opinie wyrażone w artykule nie muszą odzwierciedlać stanowiska redakcji.", "page_tails"),
    ],
)
def test_polish_residue_goes(line, detector):
    assert _removed(line) == [(detector, line)]


@pytest.mark.parametrize(
    "line",
    [
        "Czytaj także książki, które polecają nauczyciele, mówi dyrektor szkoły.",
        "Podziel się swoją opinią z sąsiadami, zaapelował burmistrz, który zwołał zebranie w sprawie nowej drogi.",
        "Reklama telewizyjna kosztowała firmę dwa miliony złotych.",
        "Komentarze polityków były podzielone po wtorkowym głosowaniu w Sejmie.",
        "Zdjęcie zrobiono w 1989 roku w Gdańsku.",
        "Źródło problemu leży gdzie indziej, twierdzą eksperci.",
        "Polecamy wszystkim lekturę raportu, powiedziała minister.",
        "Pokaż więcej odwagi, apelował burmistrz do radnych.",
        "Regulamin konkursu opublikowano w poniedziałek na stronie urzędu.",
        "Dowiedz się więcej o budżecie miasta na stronie urzędu, zachęca burmistrz.",
        "Tagi na murach usunięto w poniedziałek, poinformował burmistrz.",
        "Autor raportu jest dziennikarzem, który od lat pisze o szkołach w całym kraju.",
    ],
)
def test_polish_prose_stays(line):
    assert _removed(line) == []
