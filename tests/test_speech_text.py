"""What each screen says, in words for the ear (kiosk.speech), from the bundled site's real screens."""
from datetime import date

import pytest

from kiosk.paths import BUNDLED_SITE
from kiosk.site import load_checked
from kiosk.speech.forms import EarForms
from kiosk.speech.screens import screen_sentences, speech_for
from kiosk.views.presenter import Presenter
from kiosk.views.session import CONCERNS, INFORMATION, SEARCH, SERVICE, WELCOME, Session

SITE = load_checked(BUNDLED_SITE)
PRESENTER = Presenter(SITE.content, SITE.routes, "foyer")
TUESDAY = date(2026, 11, 24)
SERVICE_ID = "verpflichtungserklaerung"  # room 3.036 on the 3rd floor, 29 euros, booked online


def said(locale: str, screen: str = SERVICE) -> dict[str, str]:
    session = Session()
    session.choose_language(locale)
    session.open_service(SERVICE_ID)
    return {sentence.key: sentence.text for sentence in screen_sentences(PRESENTER, session, screen, TUESDAY)}


KEY = f"service/{SERVICE_ID}"

# Per language: the room with its floor, the last walk of the way, the fee, and today's hours, as the voice says them.
EXAMPLES = {
    "de": ("Zimmer drei Punkt null drei sechs, drittes Obergeschoss.",
           "Schritt acht: Gehen Sie etwa fünfunddreißig Meter geradeaus.",
           "pro Verpflichtungserklärung: neunundzwanzig Euro",
           "von acht Uhr bis zwölf Uhr und von dreizehn Uhr bis achtzehn Uhr"),
    "en": ("Room three point zero three six, third floor.",
           "Step eight: Go straight on for about thirty-five metres.",
           "per declaration of commitment (Verpflichtungserklärung): twenty-nine euros",
           "from eight o'clock to twelve o'clock and from thirteen o'clock to eighteen o'clock"),
    "ar": ("الغرفة ثلاثة نقطة صفر ثلاثة ستة، الطابق الثالث.",
           "الخطوة ثمانية: امشِ إلى الأمام مباشرةً لمسافة خمسة و ثلاثون متر تقريبًا.",
           "لكل تعهّد كفالة (Verpflichtungserklärung): تسعة و عشرون يورو",
           "من الساعة ثمانية إلى الساعة اثنا عشر ومن الساعة ثلاثة عشر إلى الساعة ثمانية عشر"),
    "fa_AF": ("اتاق سه نقطه صفر سه شش، منزل سوم.",
              "قدم هشت: حدود سی و پنج متر مستقیم به پیش بروید.",
              "برای هر تعهدنامه (Verpflichtungserklärung): بیست و نه یورو",
              "ساعت هشت تا ساعت دوازده و ساعت سیزده تا ساعت هجده"),
    # Ukrainian and Russian count the ground floor as the first, as their translations of the floors' names do.
    "uk": ("Кімната три крапка нуль три шість, четвертий поверх.",
           "Крок вісім: Йдіть прямо приблизно тридцять п'ять метрів.",
           "за один гарантійний лист: двадцять дев'ять євро",
           "з вісім нуль-нуль до дванадцять нуль-нуль і з тринадцять нуль-нуль до вісімнадцять нуль-нуль"),
    "ru": ("Кабинет три точка ноль три шесть, четвёртый этаж.",
           "Шаг восемь: Идите прямо примерно тридцать пять метров.",
           "за одно гарантийное письмо: двадцать девять евро",
           "с восемь ноль-ноль до двенадцать ноль-ноль и с тринадцать ноль-ноль до восемнадцать ноль-ноль"),
    "tr": ("Oda üç nokta sıfır üç altı, üçüncü kat.",
           "Adım sekiz: Yaklaşık otuzbeş metre düz gidin.",
           "taahhütname başına: yirmidokuz avro",
           "saat sekiz ile saat oniki arası ve saat onüç ile saat onsekiz arası"),
    "pl": ("Pokój trzy kropka zero trzy sześć, trzecie piętro.",
           "Krok osiem: Proszę iść prosto około trzydzieści pięć metrów.",
           "za każde oświadczenie (Verpflichtungserklärung): dwadzieścia dziewięć euro",
           "od osiem zero zero do dwanaście zero zero i od trzynaście zero zero do osiemnaście zero zero"),
    "vi": ("Phòng ba chấm không ba sáu, tầng ba.",
           "Bước tám: Đi thẳng khoảng ba mươi lăm mét.",
           "mỗi giấy cam kết bảo lãnh: hai mươi chín ơ-rô",
           "từ tám giờ đến mười hai giờ và từ mười ba giờ đến mười tám giờ"),
    "de@easy": ("Raum drei Punkt null drei sechs, drittes Ober·geschoss.",
                "Schritt acht: Gehen Sie fünfunddreißig Meter gerade·aus.",
                "für jede Erklärung: neunundzwanzig Euro",
                "von acht Uhr bis zwölf Uhr und von dreizehn Uhr bis achtzehn Uhr"),
    "fr": ("Bureau trois point zéro trois six, troisième étage.",
           "Étape huit : Continuez tout droit sur environ trente-cinq mètres.",
           "par déclaration de prise en charge (Verpflichtungserklärung): vingt-neuf euros",
           "de huit heures à douze heures et de treize heures à dix-huit heures"),
    # num2words says hours in the masculine ("doisprezece"); spoken Romanian counts hours in the feminine.
    "ro": ("Camera trei punct zero trei șase, etajul trei.",
           "Pasul opt: Mergeți drept înainte aproximativ treizeci și cinci metri.",
           "pentru fiecare declarație de garanție (Verpflichtungserklärung): douăzeci și nouă euro",
           "de la ora opt până la ora doisprezece și de la ora treisprezece până la ora optsprezece"),
    "es": ("Sala tres punto cero tres seis, tercera planta.",
           "Paso ocho: Siga recto unos treinta y cinco metros.",
           "por carta de garantía (Verpflichtungserklärung): veintinueve euros",
           "de las ocho a las doce y de las trece a las dieciocho"),
    # num2words has no Bulgarian: the digits stay for the voice, and the "ч." after each time goes.
    "bg": ("Стая 3 точка 0 3 6, четвърти етаж.", "Стъпка 8: Вървете направо около 35 метра.",
           "за декларация за поемане на разходи (Verpflichtungserklärung): 29 евро",
           "от 8 часа до 12 часа и от 13 часа до 18 часа"),
    "bn": ("কক্ষ তিন দশমিক শূন্য তিন ছয়, তলা তিন।", "ধাপ আট: সোজা প্রায় পঁইত্রিশ মিটার হাঁটতে থাকুন।",
           "প্রতি ঘোষণাপত্র (Verpflichtungserklärung): উনত্রিশ ইউরো",
           "আটটা থেকে বারোটা পর্যন্ত এবং তেরোটা থেকে আঠারোটা পর্যন্ত"),
    # No number words for these here: digits stay, for the voice (ti, ku, hi, ur) or the recorded parts (ps, ckb).
    "ti": ("ክፍሊ 3 ነጥቢ 0 3 6፣ ሳልሳይ ደርቢ።", "ስጉምቲ 8: ቀጥ ኢልኩም ኣስታት 35 ሜትሮ ኪዱ።",
           "ንነፍሲ ወከፍ ወረቐት ዋሕስነት: 29 ዩሮ", "ካብ ሰዓት 8 ክሳብ ሰዓት 12ን ካብ ሰዓት 13 ክሳብ ሰዓት 18ን"),
    "ps": ("کوټه 3 ټکی 0 3 6، درېیم پورتنی پوړ.", "ګام 8: شاوخوا 35 متره نېغ مخ ته لاړ شئ.",
           "د هر ژمنلیک (Verpflichtungserklärung) لپاره: 29 یورو",
           "له 8 بجې څخه تر 12 بجې پورې او له 13 بجې څخه تر 18 بجې پورې"),
    "ku": ("Ode 3 xal 0 3 6, qata sêyem.", "Gav 8: Bi qasî 35 metre rasterast herin.",
           "ji bo her daxuyaniya sozdanê: 29 euro", "ji saet 8 heta saet 12 û ji saet 13 heta saet 18"),
    "ckb": ("ژووری 3 خاڵ 0 3 6، نهۆمی سێیەم.", "هەنگاوی 8: نزیکەی 35 مەتر ڕێک بەرەو پێشەوە بڕۆن.",
            "بۆ هەر بەڵێننامەیەک (Verpflichtungserklärung): 29 یۆرۆ",
            "لە کاتژمێر 8 تا کاتژمێر 12, لە کاتژمێر 13 تا کاتژمێر 18"),
    "hi": ("कमरा 3 बिंदु 0 3 6, तीसरी मंज़िल।", "चरण 8: सीधे लगभग 35 मीटर चलते रहिए।",
           "प्रति दायित्व घोषणा (Verpflichtungserklärung): 29 यूरो", "8 बजे से 12 बजे तक और 13 बजे से 18 बजे तक"),
    "ur": ("کمرہ 3 پوائنٹ 0 3 6، تیسری منزل۔", "مرحلہ 8: سیدھے تقریباً 35 میٹر چلتے رہیے۔",
           "فی حلف نامہ (Verpflichtungserklärung): 29 یورو", "8 بجے سے 12 بجے تک اور 13 بجے سے 18 بجے تک"),
}


def test_every_shipped_language_has_examples() -> None:
    assert set(EXAMPLES) | {"en"} >= set(SITE.content.site.languages)


@pytest.mark.parametrize("locale", sorted(EXAMPLES))
def test_the_service_screen_said_for_the_ear(locale: str) -> None:
    room, last_walk, fee, hours = EXAMPLES[locale]
    text = said(locale)
    assert text[f"{KEY}/room"] == room
    assert text[f"{KEY}/step/8"] == last_walk
    assert text[f"{KEY}/fees/1"] == fee
    assert text[f"{KEY}/hours/1"] == hours


@pytest.mark.parametrize("locale", sorted(EXAMPLES))
def test_nothing_is_left_that_a_voice_would_misread(locale: str) -> None:
    """No web address, no direction marks, no room number or time in digits, no "m" after a number."""
    for text in said(locale).values():
        assert "http" not in text and "www." not in text
        assert not any(mark in text for mark in "\u2068\u2069\u200e\u200f\u00a0")
        assert not any(pattern in text for pattern in ("3.036", "08:00", "29,00", "29.00", " m."))


def test_the_concern_is_said_in_order_title_room_appointment_way_documents() -> None:
    keys = list(said("de"))
    order = [f"{KEY}/title/0", f"{KEY}/room", f"{KEY}/appointment/0", f"{KEY}/step/1", f"{KEY}/documents/0"]
    assert [keys.index(key) for key in order] == sorted(keys.index(key) for key in order)
    text = said("de")
    assert text[f"{KEY}/appointment/0"] == "Sie brauchen einen Termin."
    assert text[f"{KEY}/appointment/1"] == "Termin online buchen: auf der Internetseite der Stadt"
    assert text[f"{KEY}/documents/1"] == "Personalausweis oder Reisepass"


def test_welcome_greets_in_every_language_in_turn_each_in_its_own() -> None:
    sentences = screen_sentences(PRESENTER, Session(), WELCOME)
    assert [sentence.locale for sentence in sentences] == list(SITE.content.site.languages)
    said_in = {sentence.locale: sentence.text for sentence in sentences}
    assert said_in["de"] == "Willkommen! Bitte wählen Sie Ihre Sprache."
    assert said_in["en"] == "Welcome! Please choose your language."


def test_concerns_say_the_title_then_the_tiles() -> None:
    session = Session()
    session.choose_language("de")
    texts = [sentence.text for sentence in screen_sentences(PRESENTER, session, CONCERNS)]
    assert texts[0] == "Was möchten Sie heute erledigen?"
    assert "Einbürgerung" in texts[1:]


def test_search_says_what_to_type_then_what_was_typed_and_what_was_found() -> None:
    def search_said(query: str) -> list[str]:
        session = Session(locale="de", screen=SEARCH, query=query)
        return [sentence.text for sentence in screen_sentences(PRESENTER, session)]

    assert search_said("") == ["Suche", "Tippen Sie ein Wort aus Ihrem Brief, eine Raumnummer oder Ihr Anliegen."]
    found = search_said("Einbürgerung")
    assert found[:2] == ["Suche", "Einbürgerung"] and any("Einbürgerung" in text for text in found[2:])
    assert search_said("qqqqqqqq")[-1].startswith("Nichts gefunden.")


def test_information_reads_phone_numbers_digit_by_digit_and_postcodes_as_digits() -> None:
    text = said("de", INFORMATION)
    assert text["information/contact/2"] == "Stadtverwaltung Chemnitz (Zentrale): vier neun, drei sieben eins, " \
                                            "vier acht acht, null"
    assert text["information/address/1"] == "Düsseldorfer Platz eins, null neun eins eins eins Chemnitz"
    assert text["information/hours/0"] == "Montag: von acht Uhr bis zwölf Uhr"


def test_the_idle_warning_counts_down_in_words() -> None:
    sentences = speech_for(PRESENTER, "de").idle(PRESENTER.idle("de"), 20)
    assert [sentence.text for sentence in sentences] == [
        "Sind Sie noch da?", "Der Bildschirm startet in zwanzig Sekunden neu.", "Weiter"]


@pytest.mark.parametrize(("room", "spoken"), [
    ("A 2.014", "A zwei Punkt null eins vier"), ("3.032", "drei Punkt null drei zwei"), ("E-12", "E eins zwei")])
def test_room_numbers_digit_groups_as_on_the_sign(room: str, spoken: str) -> None:
    assert EarForms("de", PRESENTER.say("de")).room(room) == spoken


@pytest.mark.parametrize(("shown", "spoken"), [
    ("€12.50", "twelve euros fifty"), ("Closed: 07:30–09:00", "Closed: from seven thirty to nine o'clock"),
    ("See https://www.chemnitz.de/termine.", "See on the website of the city.")])
def test_amounts_times_and_addresses_in_english(shown: str, spoken: str) -> None:
    assert EarForms("en", PRESENTER.say("en")).text(shown) == spoken


def test_floors_below_ground_and_beyond_the_list() -> None:
    forms = EarForms("de", PRESENTER.say("de"))
    assert [forms.floor(ordinal) for ordinal in (-1, 0, 1, 9)] == [
        "Untergeschoss", "Erdgeschoss", "erstes Obergeschoss", "Geschoss neun"]
