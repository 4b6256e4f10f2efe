import pytest

from cleaner.language import count_stopwords, guess_language, stop_endings, stopwords
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
    "hu": "A miniszter azt mondta, hogy a tervet hétfőn jelentik be, de az még nem végleges, és a kormány is vitatja.",
    "ko": "시장은 이번 결정이 쉽지 않았지만 매일 다리를 건너는 시민들의 안전이 가장 중요하다고 말했다.",
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


def test_korean_particles_count_as_stopwords_by_the_endings_of_words():
    # Korean glues its particles to its words: 시민들의 ("of the citizens") is a stopword by its ending
    endings = stop_endings("ko")
    assert "의" in endings and "의" not in stopwords("ko")
    sentence = words("시민들의 안전이 가장 중요하다고 말했다")
    assert count_stopwords(sentence, stopwords("ko"), endings) == 5  # 가장 a word of the list, the rest by ending
    assert count_stopwords(sentence, stopwords("ko")) == 1  # the whole words alone
    assert stop_endings("en") == ()  # most languages list none


def test_a_korean_menu_of_nouns_shows_no_language():
    menu = "홈 뉴스 정치 경제 사회 문화 스포츠 연예 로그인 회원가입 전체메뉴 사이트맵"
    assert guess_language(words(menu)).lang is None
