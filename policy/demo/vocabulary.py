"""The guides' topics and audiences in English, Ukrainian and Arabic (demo translations)."""

from home.demo.vocabulary import translate_terms

from ..models import GuideAudience, GuideTopic

TOPICS = {
    "rekruttering": {
        "en": "Recruiting and keeping volunteers",
        "uk": "Залучення та утримання волонтерів",
        "ar": "استقطاب المتطوعين والحفاظ عليهم",
    },
    "forsikring": {"en": "Insurance", "uk": "Страхування", "ar": "التأمين"},
    "boerneattest": {
        "en": "Child protection certificate",
        "uk": "Довідка для роботи з дітьми",
        "ar": "شهادة حماية الأطفال",
    },
    "tavshedspligt": {"en": "Confidentiality", "uk": "Обов'язок конфіденційності", "ar": "واجب السرية"},
    "gdpr": {
        "en": "GDPR and personal data",
        "uk": "GDPR і персональні дані",
        "ar": "اللائحة العامة لحماية البيانات والبيانات الشخصية",
    },
    "oekonomi": {"en": "Finances and funds", "uk": "Фінанси та фонди", "ar": "المالية والصناديق"},
    "samarbejde": {"en": "Working with the kommune", "uk": "Співпраця з комуною", "ar": "التعاون مع البلدية"},
    "vedtaegter": {"en": "Articles of association", "uk": "Статут", "ar": "النظام الأساسي"},
}
AUDIENCES = {
    "foreninger": {"en": "Associations", "uk": "Об'єднання", "ar": "الجمعيات"},
    "frivillige": {"en": "Volunteers", "uk": "Волонтери", "ar": "المتطوعون"},
    "medarbejdere": {"en": "Kommune staff", "uk": "Працівники комуни", "ar": "موظفو البلدية"},
}


def translate_vocabularies(command):
    translate_terms(command, GuideTopic, TOPICS)
    translate_terms(command, GuideAudience, AUDIENCES)
