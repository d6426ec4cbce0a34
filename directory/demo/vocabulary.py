"""The demo's categories, target groups and towns in English, Ukrainian and Arabic (demo translations).

Town names stay Danish in English and are spelt out for Ukrainian and Arabic readers."""

from home.demo.vocabulary import translate_terms

from ..models import Category, Locality, TargetGroup

CATEGORIES = {
    "idraet-og-motion": {"en": "Sport and exercise", "uk": "Спорт і рух", "ar": "الرياضة والحركة"},
    "kultur-og-musik": {"en": "Culture and music", "uk": "Культура і музика", "ar": "الثقافة والموسيقى"},
    "socialt-arbejde": {"en": "Social work", "uk": "Соціальна робота", "ar": "العمل الاجتماعي"},
    "sundhed-og-handicap": {"en": "Health and disability", "uk": "Здоров'я та інвалідність", "ar": "الصحة والإعاقة"},
    "boern-og-unge": {"en": "Children and young people", "uk": "Діти та молодь", "ar": "الأطفال والشباب"},
    "aeldre": {"en": "Older people", "uk": "Літні люди", "ar": "كبار السن"},
    "natur-og-miljoe": {"en": "Nature and environment", "uk": "Природа і довкілля", "ar": "الطبيعة والبيئة"},
    "integration-og-sprog": {"en": "Integration and language", "uk": "Інтеграція та мова", "ar": "الاندماج واللغة"},
    "spejder": {"en": "Scouting", "uk": "Скаутинг", "ar": "الكشافة"},
    "tro-og-livssyn": {"en": "Faith and beliefs", "uk": "Віра та світогляд", "ar": "الدين والمعتقدات"},
    "lokalsamfund": {"en": "Local community", "uk": "Місцева громада", "ar": "المجتمع المحلي"},
    "uddannelse-og-laering": {"en": "Education and learning", "uk": "Освіта і навчання", "ar": "التعليم والتعلّم"},
}
TARGET_GROUPS = {
    "boern": {"en": "Children", "uk": "Діти", "ar": "الأطفال"},
    "unge": {"en": "Young people", "uk": "Молодь", "ar": "الشباب"},
    "familier": {"en": "Families", "uk": "Родини", "ar": "العائلات"},
    "voksne": {"en": "Adults", "uk": "Дорослі", "ar": "البالغون"},
    "aeldre": {"en": "Older people", "uk": "Літні люди", "ar": "كبار السن"},
    "mennesker-med-handicap": {
        "en": "People with disabilities",
        "uk": "Люди з інвалідністю",
        "ar": "الأشخاص ذوو الإعاقة",
    },
    "psykisk-saarbare": {
        "en": "People with mental health difficulties",
        "uk": "Люди з психічною вразливістю",
        "ar": "الأشخاص ذوو الهشاشة النفسية",
    },
    "flygtninge-og-indvandrere": {
        "en": "Refugees and immigrants",
        "uk": "Біженці та іммігранти",
        "ar": "اللاجئون والمهاجرون",
    },
    "paaroerende": {"en": "Relatives and carers", "uk": "Рідні та доглядальники", "ar": "الأقارب ومقدمو الرعاية"},
    "alle": {"en": "Everyone", "uk": "Усі", "ar": "الجميع"},
}
LOCALITIES = {
    "fjordlund": {"en": "Fjordlund", "uk": "Фьордлунд", "ar": "فيوردلوند"},
    "egebjerg": {"en": "Egebjerg", "uk": "Егеб'єрг", "ar": "إيغبيرغ"},
    "kloevermose": {"en": "Kløvermose", "uk": "Кльовермосе", "ar": "كلوفرموسه"},
    "strandbaek": {"en": "Strandbæk", "uk": "Страндбек", "ar": "ستراندبيك"},
    "lyngaa": {"en": "Lyngå", "uk": "Люнго", "ar": "لينغو"},
    "birkely": {"en": "Birkely", "uk": "Біркелю", "ar": "بيركلي"},
}


def translate_vocabularies(command):
    for model, names in ((Category, CATEGORIES), (TargetGroup, TARGET_GROUPS), (Locality, LOCALITIES)):
        translate_terms(command, model, names)
