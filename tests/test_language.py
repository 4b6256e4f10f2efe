import pytest

from cleaner.language import guess_language
from cleaner.textutil import words

SAMPLES = {
    "en": "The minister said that the plan would be announced on Monday and that it was not yet final.",
    "de": "Der Minister sagte, dass der Plan am Montag vorgestellt werde und noch nicht endgültig sei, aber es gibt keine Alternative.",
    "fr": "Le ministre a dit que le plan serait annoncé lundi et qu'il n'est pas encore définitif pour la France.",
    "es": "El ministro dijo que el plan se anunciará el lunes y que todavía no es definitivo para el país.",
    "it": "Il ministro ha detto che il piano sarà annunciato lunedì e che non è ancora definitivo per il paese.",
    "pt": "O ministro disse que o plano será anunciado na segunda-feira e que ainda não é definitivo para o país.",
    "nl": "De minister zei dat het plan op maandag wordt aangekondigd en dat het nog niet definitief is voor het land.",
    "ru": "Министр сказал, что план будет объявлен в понедельник и что он еще не окончательный, но это не так.",
    "pl": "Minister powiedział, że plan zostanie ogłoszony w poniedziałek i że nie jest jeszcze ostateczny dla kraju.",
    "cs": "Ministr řekl, že plán bude oznámen v pondělí a že ještě není konečný, ale je to jen návrh pro vládu.",
    "id": "Menteri mengatakan bahwa rencana itu akan diumumkan pada hari Senin dan belum final untuk negara ini.",
}


@pytest.mark.parametrize("lang", SAMPLES)
def test_guesses_the_language(lang):
    assert guess_language(words(SAMPLES[lang])).lang == lang


@pytest.mark.parametrize("text", ["", "Home News Sport Weather", "東京で会議が開かれた。首相は計画を発表した。"])
def test_unknown_when_there_is_too_little_to_go_on(text):
    assert guess_language(words(text)).lang is None


@pytest.mark.parametrize(
    "lang, text",
    [
        ("zh", "市长说这个决定并不容易，但是每天经过这座桥的人们的安全必须放在第一位，所以市政府会为市民提供额外的公共汽车。"),
        ("ja", "市長は、この決定は簡単ではなかったが、毎日橋を渡る人々の安全が第一だと述べ、工事の間は臨時バスを出すと話した。"),
    ],
)
def test_chinese_and_japanese_are_told_from_their_characters(lang, text):
    from cleaner.textutil import feature_words

    assert guess_language(feature_words(text)).lang == lang
    assert guess_language(words(text)).lang is None  # as whole runs of characters, they are no words at all
