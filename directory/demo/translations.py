"""The directory's demo in other languages: the listing pages, ten associations and five tasks in English,
the directory's front page in Ukrainian and Arabic. Written for the demo (load_demo marks each one so).

Facts (addresses, times of day, towns, categories) come from the Danish page; only the texts are here.
"""

from home.demo.content import heading, text

from ..models import AssociationPage, DirectoryIndexPage, VolunteerTaskIndexPage, VolunteerTaskPage


def what(intro, *items):
    return f"<p>{intro}</p><ul>{''.join(f'<li>{item}</li>' for item in items)}</ul>"


DIRECTORY = {
    "en": {
        "title": "Find an association",
        "slug": "associations",
        "intro": (
            "There are associations and communities all over Fjordlund Kommune – from the football club in "
            "Egebjerg to nature conservation in Lyngå. Search for what interests you, or choose a town, a "
            "subject and who it is for."
        ),
        "no_results_text": (
            "We found no association matching your choices. Try fewer filters or another word. You are also "
            "welcome to contact the volunteer coordinator, who knows the associations and will gladly help you."
        ),
        "search_description": "Associations and volunteer communities in Fjordlund, Egebjerg, Strandbæk and Lyngå.",
    },
    "uk": {
        "title": "Знайти асоціацію",
        "slug": "asotsiatsii",
        "intro": (
            "Асоціації та спільноти є по всій комуні Фьордлунд – від футбольного клубу в Егеб'єргу до догляду "
            "за природою в Люнго. Шукайте те, що вас цікавить, або виберіть місто, тему та цільову групу."
        ),
        "no_results_text": (
            "Ми не знайшли асоціації, яка відповідає вашому вибору. Спробуйте менше фільтрів або інше слово. "
            "Ви також можете звернутися до координаторки волонтерів – вона знає асоціації та охоче допоможе."
        ),
        "search_description": "Асоціації та волонтерські спільноти в комуні Фьордлунд.",
    },
    "ar": {
        "title": "ابحث عن جمعية",
        "slug": "jameiyat",
        "intro": (
            "توجد جمعيات ومجتمعات في جميع أنحاء بلدية فيوردلوند، من نادي كرة القدم في إيغبيرغ إلى رعاية الطبيعة "
            "في لينغو. ابحث عمّا يهمّك، أو اختر البلدة والموضوع والفئة المستهدفة."
        ),
        "no_results_text": (
            "لم نجد جمعية تطابق اختياراتك. جرّب عددًا أقل من عوامل التصفية أو كلمة أخرى. يمكنك أيضًا التواصل مع "
            "منسّق المتطوعين الذي يعرف الجمعيات وسيساعدك بكل سرور."
        ),
        "search_description": "الجمعيات والمجتمعات التطوعية في بلدية فيوردلوند.",
    },
}

TASK_LISTING = {
    "en": {
        "title": "Become a volunteer",
        "slug": "volunteer",
        "intro": (
            "The associations in Fjordlund Kommune need help with everything from football coaching to making "
            "coffee. You need no special skills or lots of time – find a task that suits you."
        ),
        "search_description": "Volunteer tasks in Fjordlund Kommune, and how to become a volunteer step by step.",
        "body": [
            heading("Get started in four steps"),
            text(
                "Think about what you would like to do: be with children, older people or animals, work outdoors, "
                "or make coffee and welcome guests.",
                "Find a task or an association here, or call the volunteer coordinator for a few suggestions. "
                "Most associations invite you to an informal chat first – and it is fine to try something else "
                "if it does not suit you.",
            ),
        ],
    },
}

# By the Danish page's slug.
ASSOCIATIONS = {
    "egebjerg-boldklub": {
        "title": "Egebjerg Football Club",
        "slug": "egebjerg-football-club",
        "summary": "Football for children, young people and adults at Egebjerg Stadium.",
        "description": [
            text(
                "Egebjerg Boldklub is the town's football club, with teams from the youngest children to the "
                "veterans. Everyone can join, whether you want to compete or just kick a ball with friends.",
                "The club is run by volunteers: coaches, team leaders and parents who help at matches and at the "
                "summer tournament, Egebjerg Cup.",
            )
        ],
        "meeting_place": "Egebjerg Stadium",
        "meeting_times": "Training on weekday afternoons; matches at weekends during the season.",
        "membership_fee": "From 600 kr. a year",
    },
    "lyngaa-naturplejelaug": {
        "title": "Lyngå Nature Conservation Guild",
        "slug": "lyngaa-nature-conservation",
        "summary": "We care for the meadows at Lyngå with scythes, rakes and a small flock of sheep.",
        "description": [
            text(
                "The guild looks after the meadows and heath around Lyngå, so that flowers, insects and birds "
                "thrive. We cut hay by hand in summer, clear scrub in winter and keep an eye on our sheep.",
                "No experience is needed: we show you how, lend you tools and finish with coffee in the field.",
            )
        ],
        "meeting_place": "The car park at Lyngå Meadows",
        "meeting_times": "Work days on the first Saturday of the month; sheep watch by rota.",
        "membership_fee": "100 kr. a year",
    },
    "strandbaek-lektiecafe": {
        "title": "Strandbæk Homework Café",
        "slug": "strandbaek-homework-cafe",
        "summary": "Free homework help for pupils, given by volunteers at Strandbæk School.",
        "description": [
            text(
                "At the homework café, volunteers help pupils with maths, reading, Danish and English homework. "
                "Many of the children speak another language at home, and a calm hour with an adult helps.",
                "Volunteers are students, parents and retired teachers. You choose which afternoons you come.",
            )
        ],
        "meeting_place": "Strandbæk School library",
        "meeting_times": "Monday to Thursday afternoons during school terms.",
        "membership_fee": "Free",
    },
    "fjordlund-roklub": {
        "title": "Fjordlund Rowing Club",
        "slug": "fjordlund-rowing-club",
        "summary": "Rowing and kayaking on the fjord for everyone from 14 – even if you have never rowed.",
        "description": [
            text(
                "Fjordlund Roklub has been at the marina since 1921. We row on the fjord from April to October, "
                "and in winter we train on rowing machines and run together along the water.",
                "Every spring a beginners' team starts, where experienced rowers teach you to row, steer and "
                "turn the boat safely. After Saturday morning rowing there is coffee in the clubhouse.",
            )
        ],
        "meeting_place": "The clubhouse at the marina",
        "meeting_times": "Morning rowing Tuesday and Thursday at 6.30 and Saturday at 8.00.",
        "membership_fee": "1,450 kr. a year, 725 kr. for under-25s",
    },
    "sprogcafeen-fjordlund": {
        "title": "Language Café at Fjordlund Library",
        "slug": "language-cafe-fjordlund",
        "summary": "Practise Danish over coffee with volunteers – every level welcome, no sign-up.",
        "description": [
            text(
                "At the language café you talk Danish about everyday things with volunteers who have time to "
                "listen. It is for anyone learning Danish, whether you arrived last month or years ago.",
                "Volunteers need no teaching experience, only patience and a wish to meet new people.",
            )
        ],
        "meeting_place": "Fjordlund Library, the café",
        "meeting_times": "Wednesdays 16.00–18.00.",
        "membership_fee": "Free",
    },
    "fjordlund-besoegsvenner": {
        "title": "Fjordlund Visiting Friends",
        "slug": "fjordlund-visiting-friends",
        "summary": "Volunteers who visit lonely older people for a chat, a walk or a game of cards.",
        "description": [
            text(
                "A visiting friend comes by once a week or every other week. You agree together what to do: "
                "talk over coffee, go for a walk, or go shopping.",
                "We match you with someone who shares your interests, and you meet other visiting friends "
                "a few times a year.",
            )
        ],
        "meeting_place": "In the home of the person you visit",
        "meeting_times": "When it suits you both, usually an hour or two a week.",
        "membership_fee": "Free",
    },
    "fjordlund-parasport": {
        "title": "Fjordlund Parasport",
        "slug": "fjordlund-parasport",
        "summary": "Sport for people with disabilities: boccia, swimming and wheelchair badminton.",
        "description": [
            text(
                "Fjordlund Parasport offers sport for children and adults with physical or intellectual "
                "disabilities. The point is to move, have fun and be part of a team.",
                "We need volunteers to help at training, to drive to tournaments and to cheer.",
            )
        ],
        "meeting_place": "Fjordlund Sports Hall",
        "meeting_times": "Weekday evenings; see each team.",
        "membership_fee": "400 kr. a year",
    },
    "egebjerg-spejderne": {
        "title": "Egebjerg Scouts",
        "slug": "egebjerg-scouts",
        "summary": "Scouting for children and young people: fire, knots, hikes and camps.",
        "description": [
            text(
                "Egebjerg Spejderne meet every week at the scout hut by the forest. Children learn to make a "
                "fire, use a knife safely and find their way, and go on camps in spring and summer.",
                "Leaders are volunteers; parents are welcome to help on trips.",
            )
        ],
        "meeting_place": "The scout hut by Egebjerg Forest",
        "meeting_times": "Weekly meetings for each age group.",
        "membership_fee": "From 500 kr. a half-year",
    },
    "reparationscafeen-egebjerg": {
        "title": "Egebjerg Repair Café",
        "slug": "egebjerg-repair-cafe",
        "summary": "Bring your broken toaster, bike or trousers: volunteers help you repair it.",
        "description": [
            text(
                "Once a month, volunteers with a knack for tools, sewing and electronics help you repair things "
                "instead of throwing them away. You learn how while you wait.",
                "Are you handy? Join us as a repairer – or help with the coffee.",
            )
        ],
        "meeting_place": "Egebjerg Community Hall",
        "meeting_times": "The last Saturday of the month, 10.00–14.00.",
        "membership_fee": "Free",
    },
    "sprogvenner-egebjerg": {
        "title": "Language Friends in Egebjerg",
        "slug": "language-friends-egebjerg",
        "summary": "A Danish-speaking friend for newcomers who want to practise the language.",
        "description": [
            text(
                "A language friend meets a newcomer for an hour or two a week to speak Danish and help with "
                "letters, forms and everyday questions.",
                "We pair you up, and you meet other language friends at shared dinners.",
            )
        ],
        "meeting_place": "Where you agree, often the library",
        "meeting_times": "An hour or two a week, when it suits you.",
        "membership_fee": "Free",
    },
}

TASKS = {
    "traener-for-u9-drengene": {
        "title": "Coach for the under-9 boys",
        "slug": "coach-under-9-boys",
        "summary": "Our under-9 boys need one more coach. You need not have played – we pay for the course.",
        "what_you_do": what(
            "You coach 18 boys aged 8–9 together with two other coaches. You:",
            "plan training with the other coaches from the club's bank of exercises",
            "run training on Tuesdays and Thursdays 16.30–17.45",
            "come along to tournaments about every other Saturday in the season",
        ),
        "skills": "You like children and can keep a group together. Football experience helps but is not needed.",
        "language_requirements": "Danish or English",
        "where": "Egebjerg Stadium",
    },
    "hjaelpere-til-egebjerg-cup": {
        "title": "Helpers for Egebjerg Cup",
        "slug": "helpers-egebjerg-cup",
        "summary": "Help for a weekend at the club's summer tournament: the kiosk, parking or the pitches.",
        "what_you_do": what(
            "Over 200 teams come to Egebjerg Cup. You take one or more shifts of four hours:",
            "sell coffee, buns and ice cream in the kiosk",
            "show cars where to park",
            "keep time and results at a pitch",
        ),
        "skills": "A good mood and a wish to help. We show you everything on the day.",
        "language_requirements": "No Danish needed",
        "where": "Egebjerg Stadium",
    },
    "hoeslaet-paa-lyngaa-enge": {
        "title": "Haymaking on Lyngå Meadows",
        "slug": "haymaking-lyngaa-meadows",
        "summary": "Cut and rake hay by hand on a summer Saturday, so the meadow flowers come back.",
        "what_you_do": what(
            "We cut the meadow with scythes and rake the hay off, as in the old days. You:",
            "learn to use a scythe safely, or rake if you prefer",
            "help carry the hay to the edge of the meadow",
            "join in the shared lunch in the field",
        ),
        "skills": "You can work outdoors for a few hours. Bring boots and a water bottle.",
        "language_requirements": "No Danish needed",
        "where": "Lyngå Meadows",
    },
    "lektiehjaelper-i-matematik": {
        "title": "Homework helper in maths",
        "slug": "homework-helper-maths",
        "summary": "Help pupils in years 6–9 with their maths homework one afternoon a week.",
        "what_you_do": what(
            "You sit with one or two pupils at a time and help them with their homework. You:",
            "explain fractions, equations and percentages in your own way",
            "help pupils understand the task before they solve it",
            "encourage those who have given up on maths",
        ),
        "skills": "You are good at maths at secondary-school level and patient with young people.",
        "language_requirements": "Danish or English",
        "where": "Strandbæk School library",
    },
    "laesemakker-for-de-yngste": {
        "title": "Reading buddy for the youngest",
        "slug": "reading-buddy-youngest",
        "summary": "Read aloud and listen to pupils in years 1–3 reading, one afternoon a week.",
        "what_you_do": what(
            "Reading buddies help the youngest pupils enjoy books. You:",
            "read a book together with a child",
            "listen to the child read and help with difficult words",
            "talk about the story and the pictures",
        ),
        "skills": "You like children and reading. You need a child protection certificate (we arrange it).",
        "language_requirements": "Danish",
        "where": "Strandbæk School library",
    },
}


def translations(command, pages):
    """[(Danish page, {language: fields})] for load_demo's translate, parents first."""
    directory = pages.get("foreninger")
    if not isinstance(directory, DirectoryIndexPage):  # Another page holds /foreninger/: no directory demo.
        return []
    found = [(directory, DIRECTORY)]
    if isinstance(pages.get("bliv-frivillig"), VolunteerTaskIndexPage):
        found.append((pages["bliv-frivillig"], TASK_LISTING))
    below = AssociationPage.objects.descendant_of(directory).filter(slug__in=ASSOCIATIONS).order_by("path")
    found += [(page, {"en": ASSOCIATIONS[page.slug]}) for page in below]
    tasks = VolunteerTaskPage.objects.descendant_of(directory).filter(slug__in=TASKS).order_by("path")
    found += [(page, {"en": TASKS[page.slug]}) for page in tasks]
    return found
