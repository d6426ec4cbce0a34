"""The policy's demo in other languages: the policy, the guides' front page and three guides in English, the
guides' front page and two guides in Ukrainian and Arabic. Written for the demo (load_demo marks each one so).

The policy's follow-up plan, documents, related policies and contact are translated from the Danish page's own
blocks (``policy_blocks``): their dates, files, links and addresses stay, their words are English. The rules of
cooperation stay Danish in the demo (their links point to Danish guides).
"""

from home.demo.content import heading, text

from ..models import GuideIndexPage, GuidePage, PolicyPage
from .content import definition, paragraphs, principle

POLICY = {
    "en": {
        "title": "Volunteering policy for Fjordlund Kommune",
        "slug": "volunteering-policy",
        "intro": (
            "The volunteering policy sets out how Fjordlund Kommune supports and works with the associations, "
            "volunteer groups and residents who lend a hand. The City Council adopted this version on 19 June 2025."
        ),
        "search_description": "Fjordlund Kommune's volunteering policy: vision, four principles and focus areas.",
        "adopted_by": "the City Council",
        "vision": paragraphs(
            "<b>In Fjordlund we do things for each other.</b> Every resident should be able to be part of a "
            "community – as a volunteer, a participant or both. The kommune wants to be a good partner that makes "
            "it easy to volunteer and to run an association.",
            "The policy was written together with associations, volunteers, residents and the kommune's staff. "
            "More than 200 residents took part in four dialogue meetings in spring 2025.",
        ),
        "principles": [
            (
                "principle",
                principle(
                    "Volunteering is free",
                    "Volunteering is built on wanting to, not on duty. Associations decide over their own work, and "
                    "the kommune respects their independence.",
                ),
            ),
            (
                "principle",
                principle(
                    "Working together as equals",
                    "The kommune and civil society meet as equal partners. We involve associations early when we "
                    "make plans that affect them.",
                ),
            ),
            (
                "principle",
                principle(
                    "Volunteers add – they do not replace",
                    "Volunteers do not do the work the kommune's staff must do. They give something else: time, "
                    "presence and community.",
                ),
            ),
            (
                "principle",
                principle(
                    "It must be easy",
                    "We make it simple to apply for support, borrow rooms and get answers. Less paperwork leaves "
                    "more time for what matters.",
                ),
            ),
        ],
        "definitions": [
            (
                "definition",
                definition(
                    "Volunteering",
                    "Work done of one's own free will and without pay, for the good of others than one's family "
                    "and closest friends.",
                ),
            ),
            (
                "definition",
                definition(
                    "Volunteer coordinator",
                    "The member of staff in Culture and Leisure who is the kommune's way in for associations and "
                    "volunteers.",
                ),
            ),
        ],
    },
}

# The words of the policy's blocks in English, in the Danish page's order; dates, kinds, files, links and
# addresses are taken from the Danish blocks (a step "days from today" keeps the date the demo gave it).
FOLLOW_UP = {
    "en": [
        (
            "Kick-off meeting in the Volunteer Council",
            "The Volunteer Council and the kommune agreed who is responsible for each initiative and when we follow "
            "up.",
        ),
        (
            "Theme day: Young volunteers",
            "Associations, schools and young people met at Fjordlund Library to find new ways of inviting young "
            "people into associations.",
        ),
        (
            "Status report to the Culture and Leisure Committee",
            "The committee received the first status report on the policy's initiatives.",
        ),
        (
            "Mid-term evaluation",
            "The associations assessed the policy in a survey. The results feed into the work on a new policy for "
            "2027–2030.",
        ),
        ("Volunteering summit 2026", "More than 150 volunteers brought ideas for the new volunteering policy."),
        (
            "Theme day on child protection certificates and confidentiality",
            "For boards, coaches and leaders. The legal department answers questions. Free – sign up with the "
            "volunteer coordinator.",
        ),
        (
            "Status report to the Culture and Leisure Committee",
            "The committee hears how the initiatives are going and what the consultation responses on the new "
            "policy say.",
        ),
        (
            "Final evaluation of the volunteering policy",
            "We take stock of the whole period before the new policy comes into force, and publish the evaluation "
            "here.",
        ),
    ],
}

# By the Danish document's title: the English title and description. The files themselves are Danish.
DOCUMENTS = {
    "en": {
        "Frivilligpolitik for Fjordlund Kommune 2025": (
            "Volunteering policy for Fjordlund Kommune 2025 (in Danish)",
            "The policy as adopted on 19 June 2025, as a PDF.",
        ),
        "Evaluering af frivilligpolitikken 2021–2024": (
            "Evaluation of the volunteering policy 2021–2024 (in Danish)",
            "The evaluation the revised policy builds on.",
        ),
    },
}

# In the Danish page's order: the link's text and description.
RELATED_POLICIES = {
    "en": [
        (
            "Health and well-being policy 2024–2028 (in Danish)",
            "On communities against loneliness and a healthy life at every age.",
        ),
        (
            "Disability policy (in Danish)",
            "On accessibility and equal opportunities to take part in leisure activities.",
        ),
        (
            "Children and young people policy (in Danish)",
            "On children's and young people's communities at school and in their free time.",
        ),
        (
            "Adult education and leisure policy (in Danish)",
            "On grants and rooms for associations under the Danish act on adult education.",
        ),
        (
            "Privacy policy for Frivillig i Fjordlund",
            "How the portal handles personal data – also in consultation responses.",
        ),
    ],
}

CONTACT = {
    "en": {
        "name": "The volunteer coordinator",
        "role": "Culture and Leisure, Fjordlund Kommune",
        "text": (
            "Questions about the policy, or ideas for how to make it happen? Write or call – we answer within three "
            "working days."
        ),
    },
}


INDEX = {
    "en": {
        "title": "Guides for associations and volunteers",
        "slug": "guides",
        "intro": (
            "Practical guides for those who run an association, volunteer or work with volunteers in the kommune. "
            "The volunteer coordinator writes them with the associations, and we review them at least once a year."
        ),
        "search_description": "Practical guides for associations and volunteers in Fjordlund.",
        "body": [],
    },
    "uk": {
        "title": "Посібники для асоціацій і волонтерів",
        "slug": "posibnyky",
        "intro": (
            "Практичні посібники для тих, хто керує асоціацією, волонтерить або працює з волонтерами в комуні. "
            "Координаторка волонтерів пише їх разом з асоціаціями."
        ),
        "search_description": "Практичні посібники для асоціацій і волонтерів у Фьордлунді.",
        "body": [],
    },
    "ar": {
        "title": "أدلة للجمعيات والمتطوعين",
        "slug": "adilla",
        "intro": (
            "أدلة عملية لمن يدير جمعية أو يتطوع أو يعمل مع المتطوعين في البلدية. يكتبها منسّق المتطوعين بالتعاون "
            "مع الجمعيات."
        ),
        "search_description": "أدلة عملية للجمعيات والمتطوعين في فيوردلوند.",
        "body": [],
    },
}

# By the Danish guide's slug.
GUIDES = {
    "rekruttering-af-frivillige": {
        "en": {
            "title": "How to recruit new volunteers",
            "slug": "recruiting-volunteers",
            "summary": (
                "Most volunteers start because someone asked them. Here is our best advice on finding new "
                "volunteers – and getting them to stay."
            ),
            "search_description": "Advice for associations on finding, welcoming and keeping new volunteers.",
            "body": [
                heading("Start by describing the task"),
                text(
                    "Many people say no to volunteering because they do not know what they are saying yes to. "
                    "Describe the task briefly: what it involves, how much time it takes and who they will be "
                    "working with.",
                    "Then ask people directly. A personal invitation works far better than a notice on a board.",
                ),
                heading("Welcome them well"),
                text(
                    "Give every new volunteer a contact person, introduce them to the others and check after a "
                    "month how it is going. Volunteers who feel welcome stay."
                ),
            ],
        },
        "uk": {
            "title": "Як залучити нових волонтерів",
            "slug": "zaluchennia-volonteriv",
            "summary": (
                "Більшість волонтерів починають, бо хтось їх запросив. Ось наші поради, як знайти нових "
                "волонтерів і як зробити так, щоб вони залишилися."
            ),
            "search_description": "Поради асоціаціям: як знайти, прийняти та втримати нових волонтерів.",
            "body": [
                heading("Почніть з опису завдання"),
                text(
                    "Багато людей відмовляються, бо не знають, на що погоджуються. Коротко опишіть завдання: що "
                    "потрібно робити, скільки часу це займає і з ким доведеться працювати.",
                    "Потім запитайте людей особисто. Особисте запрошення діє краще, ніж оголошення на дошці.",
                ),
                heading("Добре зустрічайте новачків"),
                text(
                    "Дайте кожному новому волонтерові контактну особу, познайомте з іншими та через місяць "
                    "запитайте, як справи. Волонтери, яких добре прийняли, залишаються."
                ),
            ],
        },
        "ar": {
            "title": "كيف تستقطب متطوعين جددًا",
            "slug": "istiqtab-mutatawwiin",
            "summary": (
                "يبدأ معظم المتطوعين لأن أحدًا طلب منهم ذلك. إليك أفضل نصائحنا للعثور على متطوعين جدد وجعلهم يستمرون."
            ),
            "search_description": "نصائح للجمعيات حول إيجاد المتطوعين الجدد واستقبالهم والحفاظ عليهم.",
            "body": [
                heading("ابدأ بوصف المهمة"),
                text(
                    "يرفض كثيرون التطوع لأنهم لا يعرفون ما الذي يوافقون عليه. صف المهمة باختصار: ماذا تتضمن، "
                    "وكم من الوقت تستغرق، ومع من سيعمل المتطوع.",
                    "ثم اسأل الناس مباشرة. الدعوة الشخصية أنجح بكثير من إعلان على لوحة.",
                ),
                heading("أحسن استقبالهم"),
                text(
                    "امنح كل متطوع جديد شخصًا للتواصل، وعرّفه على الآخرين، واسأله بعد شهر عن أحواله. المتطوعون "
                    "الذين يشعرون بالترحيب يبقون."
                ),
            ],
        },
    },
    "boerneattest": {
        "en": {
            "title": "Child protection certificate – when and how",
            "slug": "child-protection-certificate",
            "summary": (
                "Associations must obtain a child protection certificate (børneattest) for volunteers who work "
                "with children under 15. Here is when, and how to do it."
            ),
            "search_description": "When an association must obtain a child protection certificate, and how.",
            "body": [
                heading("When is it required?"),
                text(
                    "When a volunteer has regular contact with children under 15 – as a coach, scout leader or "
                    "homework helper – the association must obtain a certificate from the police before they start."
                ),
                heading("How to do it"),
                text(
                    "The association requests the certificate online with its MitID Erhverv, and the volunteer "
                    "consents with their own MitID. The answer usually comes within a few days, free of charge."
                ),
            ],
        },
        "uk": {
            "title": "Довідка про несудимість для роботи з дітьми – коли і як",
            "slug": "dovidka-robota-z-ditmy",
            "summary": (
                "Асоціації повинні отримати довідку (børneattest) на волонтерів, які працюють з дітьми до 15 "
                "років. Ось коли і як це зробити."
            ),
            "search_description": "Коли асоціація повинна отримати довідку для роботи з дітьми і як це зробити.",
            "body": [
                heading("Коли вона потрібна?"),
                text(
                    "Якщо волонтер регулярно контактує з дітьми до 15 років – як тренер, скаутський лідер чи "
                    "помічник з домашніх завдань – асоціація повинна отримати довідку від поліції до початку роботи."
                ),
                heading("Як її отримати"),
                text(
                    "Асоціація подає запит онлайн через MitID Erhverv, а волонтер дає згоду своїм MitID. Відповідь "
                    "зазвичай надходить за кілька днів і безкоштовно."
                ),
            ],
        },
        "ar": {
            "title": "شهادة العمل مع الأطفال – متى وكيف",
            "slug": "shahadat-alatfal",
            "summary": (
                "يجب على الجمعيات الحصول على شهادة (børneattest) للمتطوعين الذين يعملون مع أطفال دون 15 عامًا. "
                "إليك متى وكيف."
            ),
            "search_description": "متى يجب على الجمعية الحصول على شهادة العمل مع الأطفال وكيف تحصل عليها.",
            "body": [
                heading("متى تكون مطلوبة؟"),
                text(
                    "عندما يكون للمتطوع تواصل منتظم مع أطفال دون 15 عامًا، كمدرب أو قائد كشافة أو مساعد في "
                    "الواجبات المدرسية، يجب على الجمعية الحصول على شهادة من الشرطة قبل أن يبدأ."
                ),
                heading("كيف تحصل عليها"),
                text(
                    "تطلب الجمعية الشهادة عبر الإنترنت باستخدام MitID Erhverv، ويوافق المتطوع باستخدام MitID "
                    "الخاص به. يصل الرد عادةً خلال أيام قليلة ومجانًا."
                ),
            ],
        },
    },
    "forsikring-af-frivillige": {
        "en": {
            "title": "Insurance for volunteers",
            "slug": "insurance-for-volunteers",
            "summary": (
                "Who covers a volunteer who is injured or causes damage? It depends on where you volunteer. "
                "Here is an overview."
            ),
            "search_description": "Which insurance covers volunteers in associations and in the kommune's services.",
            "body": [
                heading("Volunteers in an association"),
                text(
                    "The association's own insurance usually covers its volunteers. Check that it includes both "
                    "accident and liability insurance, and ask your insurer if you are unsure."
                ),
                heading("Volunteers in the kommune's services"),
                text(
                    "Volunteers at a care home, library or school run by the kommune are covered by the "
                    "kommune's insurance while they carry out the agreed task."
                ),
            ],
        },
    },
}


def translations(command, pages):
    """[(Danish page, {language: fields})] for load_demo's translate, parents first."""
    found = []
    if isinstance(pages.get("frivilligpolitik"), PolicyPage):
        policy = PolicyPage.objects.get(pk=pages["frivilligpolitik"].pk)  # as published, with all its blocks
        found.append((policy, {code: {**fields, **policy_blocks(policy, code)} for code, fields in POLICY.items()}))
    index = pages.get("guides")
    if isinstance(index, GuideIndexPage):
        found.append((index, INDEX))
        guides = GuidePage.objects.child_of(index).filter(slug__in=GUIDES).order_by("path")
        found += [(guide, GUIDES[guide.slug]) for guide in guides]
    return found


def policy_blocks(policy, code):
    """The follow-up plan, documents, related policies and contact of the Danish policy, in words of ``code``."""

    def translated(stream, name, fields, words):
        # strict: a step added to the Danish demo without its translation fails load_demo, not silently.
        return [
            (name, {**block.value, **dict(zip(fields, item, strict=True))})
            for block, item in zip(stream, words, strict=True)
        ]

    contact = CONTACT[code]
    return {
        "follow_up": translated(policy.follow_up, "follow_up", ("title", "text"), FOLLOW_UP[code]),
        "documents": translated(
            policy.documents,
            "document",
            ("title", "description"),
            [DOCUMENTS[code][block.value["title"]] for block in policy.documents],
        ),
        "related_policies": translated(
            policy.related_policies, "related_policy", ("text", "description"), RELATED_POLICIES[code]
        ),
        "contact": translated(
            policy.contact, "contact", ("name", "role", "text"), [(contact["name"], contact["role"], contact["text"])]
        ),
    }
