"""The demo's volunteer tasks, each under the association (by slug) that needs the help.

Dates are days from the day the demo is loaded (``start``, ``end``, ``deadline``),
so a fresh demo always has tasks to say yes to. The last three are filled or past
their deadline: they show that such tasks leave the listings by themselves.
``town`` (a locality slug) is only given where the task is somewhere other than
the association's own town.
"""


def what(intro, *items):
    """The "what you will do" rich text: a paragraph and a list."""
    return f"<p>{intro}</p>" + ("<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>" if items else "")


OPEN_TASKS = [
    {
        "association": "egebjerg-boldklub",
        "slug": "traener-for-u9-drengene",
        "title": "Træner for U9-drengene",
        "summary": (
            "Vores U9-drenge mangler en træner mere. Du behøver ikke at have spillet selv – vi betaler kurset og "
            "giver dig øvelserne."
        ),
        "what_you_do": what(
            "Du træner 18 drenge på 8–9 år sammen med to andre trænere. Du:",
            "planlægger træningen med de andre trænere ud fra klubbens øvelsesbank",
            "står for træningen tirsdag og torsdag kl. 16.30–17.45",
            "tager med til stævner cirka hver anden lørdag i sæsonen",
        ),
        "commitment": "weekly",
        "hours": 3.5,
        "start": 14,
        "deadline": 30,
        "skills": "Du kan lide børn og kan holde styr på en flok. Fodbolderfaring er et plus, men ikke et krav.",
        "child_certificate": True,
        "minimum_age": 16,
        "language": "Dansk eller engelsk",
        "where": "Egebjerg Stadion",
    },
    {
        "association": "egebjerg-boldklub",
        "slug": "hjaelpere-til-egebjerg-cup",
        "title": "Hjælpere til Egebjerg Cup",
        "summary": (
            "Til klubbens ungdomsstævne kommer 90 hold. Vi mangler hænder i boderne, ved banerne og til oprydningen."
        ),
        "what_you_do": what(
            "Egebjerg Cup er klubbens store stævne for hold fra hele Sjælland. Du vælger selv en eller flere "
            "vagter på fire timer:",
            "salg af pølser, kaffe og is i boderne",
            "dommerbord og resultattavle",
            "parkering og oprydning søndag aften",
        ),
        "commitment": "one_off",
        "hours": 8,
        "start": 45,
        "end": 46,
        "deadline": 35,
        "skills": "Ingen særlige – bare godt humør.",
        "minimum_age": 14,
        "language": "Ingen sprogkrav – vi viser dig, hvad der skal gøres.",
        "no_danish": True,
        "where": "Egebjerg Stadion",
    },
    {
        "association": "lyngaa-naturplejelaug",
        "slug": "hoeslaet-paa-lyngaa-enge",
        "title": "Høslæt på Lyngå Enge",
        "summary": (
            "Vær med til at slå hø med le og rive på de våde enge, hvor maskinerne ikke kan komme. Frokosten er på os."
        ),
        "what_you_do": what(
            "Høslæt holder engene åbne, så orkidéer og sommerfugle kan trives. Dagen går sådan her:",
            "kl. 9 viser vi, hvordan man bruger le og rive sikkert",
            "vi slår og river høet sammen i små hold",
            "kl. 12 spiser vi frokost på engen, og kl. 14 slutter vi",
        ),
        "commitment": "one_off",
        "hours": 5,
        "start": 20,
        "end": 20,
        "deadline": 18,
        "skills": "Du skal kunne gå i ujævnt terræn og tåle at blive våd om fødderne.",
        "minimum_age": 12,
        "language": "Ingen sprogkrav – vi forklarer med hænderne.",
        "no_danish": True,
        "where": "Lyngå Enge, mødested ved Lyngå Mølle",
    },
    {
        "association": "lyngaa-naturplejelaug",
        "slug": "fast-hjaelper-til-faaretilsyn",
        "title": "Fast hjælper til fåretilsyn",
        "summary": (
            "Se til naturplejelaugets 14 får på engene en fast dag om ugen. Det tager en halv time og giver en "
            "dejlig gåtur."
        ),
        "what_you_do": what(
            "Fårene græsser ved Lyngå Å fra maj til oktober og skal ses til hver dag. På din faste dag:",
            "tæller du fårene og ser, om de har det godt",
            "tjekker du vand og hegn",
            "skriver du en kort besked i laugets fælles tilsynsbog på telefonen",
        ),
        "commitment": "weekly",
        "hours": 1,
        "start": 7,
        "end": 150,
        "skills": "Du får en grundig introduktion af en erfaren fårehyrde. Du skal have en smartphone.",
        "minimum_age": 15,
        "language": "Dansk eller engelsk",
        "no_danish": True,
        "where": "Engene ved Lyngå Å",
    },
    {
        "association": "strandbaek-lektiecafe",
        "slug": "lektiehjaelper-i-matematik",
        "title": "Lektiehjælper i matematik",
        "summary": (
            "Hjælp elever i 7.–10. klasse med matematik om onsdagen. Du behøver ikke at være lærer – bare kunne "
            "forklare tingene roligt."
        ),
        "what_you_do": what(
            "Du sidder ved matematikbordet sammen med en anden frivillig og:",
            "hjælper eleverne med afleveringer og opgaver",
            "forklarer det samme på en ny måde, når den første ikke virkede",
            "hjælper de ældste elever med at øve sig til prøverne",
        ),
        "commitment": "weekly",
        "hours": 2.5,
        "start": 7,
        "skills": "Du er god til matematik på folkeskoleniveau og har tålmodighed.",
        "child_certificate": True,
        "minimum_age": 17,
        "language": "Dansk. Taler du også arabisk, somali eller ukrainsk, er det en stor hjælp.",
        "where": "Strandbæk Bibliotek",
    },
    {
        "association": "strandbaek-lektiecafe",
        "slug": "laesemakker-for-de-yngste",
        "title": "Læsemakker for de yngste",
        "summary": (
            "Læs med børn i 3.–4. klasse, der har brug for at øve sig. En mandag eftermiddag om ugen – og masser "
            "af ros undervejs."
        ),
        "what_you_do": what(
            "Mange af de yngste elever har brug for én ting: at læse meget. Du:",
            "læser med to-tre børn hver gang, ét ad gangen",
            "hjælper dem med at vælge bøger, der passer til dem",
            "skriver kort, hvad I har læst, så den næste frivillige kan fortsætte",
        ),
        "commitment": "weekly",
        "hours": 2,
        "start": 7,
        "child_certificate": True,
        "minimum_age": 16,
        "language": "Dansk",
        "where": "Strandbæk Bibliotek, børneafdelingen",
    },
    {
        "association": "fjordlund-besoegsvenner",
        "slug": "besoegsven-for-en-aeldre",
        "title": "Besøgsven for en ældre i Fjordlund",
        "summary": "Otte ældre i Fjordlund står på venteliste til en besøgsven. Har du en time eller to om ugen?",
        "what_you_do": what(
            "Som besøgsven kommer du fast hos den samme ældre.",
            "I mødes cirka en gang om ugen på et tidspunkt, I selv aftaler",
            "I drikker kaffe, går en tur eller spiller kort – det bestemmer I sammen",
            "du er med til fire netværksmøder om året med de andre besøgsvenner",
        ),
        "commitment": "weekly",
        "hours": 2,
        "skills": "Du er stabil og kan lide at lytte.",
        "minimum_age": 18,
        "language": "Dansk",
        "where": "Hjemme hos den ældre i Fjordlund",
    },
    {
        "association": "sprogcafeen-fjordlund",
        "slug": "samtalepartner-i-sprogcafeen",
        "title": "Samtalepartner i sprogcaféen",
        "summary": (
            "Snak dansk med folk, der er ved at lære sproget. Du skal bare kunne tale dansk og være nysgerrig på andre."
        ),
        "what_you_do": what(
            "Du sidder ved et bord med tre-fire deltagere og en kande kaffe. Du:",
            "holder samtalen i gang og taler langsomt og tydeligt",
            "retter forsigtigt, når nogen beder om det",
            "tager gerne et billede eller en avisartikel med, I kan tale ud fra",
        ),
        "commitment": "weekly",
        "hours": 2,
        "skills": "Tålmodighed og lyst til at lytte.",
        "minimum_age": 18,
        "language": "Flydende dansk",
        "where": "Fjordlund Bibliotek",
    },
    {
        "association": "strandbaek-naturlaug",
        "slug": "strandrensning",
        "title": "Strandrensning med naturlauget",
        "summary": "Saml affald på stranden sammen med naturlauget. Tag hele familien med – der er kakao bagefter.",
        "what_you_do": what(
            "Vi går stranden igennem i små hold.",
            "du får sæk, handsker og gribetang",
            "vi sorterer affaldet og noterer, hvad vi finder",
            "bagefter er der kakao og kaffe på havnen",
        ),
        "commitment": "one_off",
        "hours": 2,
        "start": 10,
        "end": 10,
        "language": "Ingen sprogkrav",
        "no_danish": True,
        "where": "P-pladsen ved Strandbæk Havn",
    },
    {
        "association": "egebjerg-seniorklub",
        "slug": "cafehjaelper-til-fredagsbanko",
        "title": "Caféhjælper til fredagsbanko",
        "summary": (
            "Brygge kaffe, skære lagkage og sælge bankoplader om fredagen. Vi er et hold på fem, der gerne vil "
            "være seks."
        ),
        "what_you_do": what(
            "Fredagsbanko samler 80–100 gæster. Du:",
            "hjælper med at dække op fra kl. 12.30",
            "sælger plader og serverer kaffe og kage",
            "hjælper med oprydningen, så vi er færdige kl. 16.30",
        ),
        "commitment": "weekly",
        "hours": 4,
        "skills": "Godt humør – og gerne lidt hurtige hænder.",
        "language": "Dansk",
        "where": "Egebjerg Forsamlingshus",
    },
    {
        "association": "kloevermose-beboerforening",
        "slug": "kok-til-faellesspisningen",
        "title": "Kok til fællesspisningen",
        "summary": (
            "Lav aftensmad til 50 naboer sammen med et hold på fire. Du bestemmer selv, hvor ofte du vil være med."
        ),
        "what_you_do": what(
            "Vi skiftes til at lave maden i hold på fire.",
            "holdet vælger menuen og handler ind inden for budgettet",
            "I laver maden fra kl. 15 i forsamlingshusets køkken",
            "andre frivillige står for opvasken",
        ),
        "commitment": "flexible",
        "hours": 4,
        "skills": "Du kan lide at lave mad. Du behøver ikke at have lavet store portioner før.",
        "minimum_age": 15,
        "language": "Vi taler dansk og engelsk i køkkenet.",
        "no_danish": True,
        "where": "Kløvermose Forsamlingshus",
    },
    {
        "association": "fjordlund-samaritterne",
        "slug": "foerstehjaelper-ved-havnefesten",
        "title": "Førstehjælper ved Havnefesten",
        "summary": (
            "Stå i førstehjælpsteltet ved Havnefesten i Fjordlund. Du får vores førstehjælpskursus gratis før festen."
        ),
        "what_you_do": what(
            "Vi har døgnbemanding i førstehjælpsteltet under havnefesten. Du:",
            "tager to vagter på fem timer",
            "hjælper med plastre, is og omsorg – og tilkalder hjælp ved alvorlige skader",
            "får et kursus i førstehjælp på 12 timer, før festen begynder",
        ),
        "commitment": "one_off",
        "hours": 22,
        "start": 30,
        "end": 60,
        "deadline": 21,
        "skills": "Du er rolig, når andre ikke er det.",
        "minimum_age": 18,
        "language": "Dansk eller engelsk",
        "where": "Fjordlund Havn",
    },
    {
        "association": "fjordlund-parasport",
        "slug": "hjaelpetraener-til-koerestolsbasket",
        "title": "Hjælpetræner til kørestolsbasket",
        "summary": (
            "Hjælp vores træner med kørestolsbasket mandag aften. Du skal ikke selv kunne spille – men du må "
            "gerne prøve."
        ),
        "what_you_do": what(
            "Du er træner nummer to på holdet. Du:",
            "stiller kurve og stole frem og hjælper spillerne i og ud af sportsstolene",
            "står for en del af opvarmningen og øvelserne",
            "tager med til to-tre stævner om året, hvis du har lyst",
        ),
        "commitment": "weekly",
        "hours": 2.5,
        "skills": "Interesse for sport og lyst til at arbejde med mennesker med handicap.",
        "child_certificate": True,
        "minimum_age": 16,
        "language": "Dansk",
        "where": "Fjordlund Hallen",
    },
    {
        "association": "paaroerendecafeen-demens",
        "slug": "medvaert-i-paaroerendecafeen",
        "title": "Medvært i pårørendecaféen",
        "summary": (
            "Tag imod gæsterne, sæt kaffe over, og vær med til at skabe et trygt rum for pårørende til mennesker "
            "med demens."
        ),
        "what_you_do": what(
            "Caféen holder åbent en eftermiddag om måneden. Som medvært:",
            "tager du imod gæsterne og sørger for kaffe og kage",
            "sætter du dig ved bordet og lytter med",
            "hjælper du med at planlægge årets temaeftermiddage",
        ),
        "commitment": "flexible",
        "hours": 3,
        "skills": "Du er en god lytter. Har du selv været pårørende, er din erfaring værdifuld.",
        "minimum_age": 25,
        "language": "Dansk",
        "where": "Plejecentret Solsikken, Fjordlund",
    },
    {
        "association": "vaerestedet-fyrtaarnet",
        "slug": "vagt-i-vaerestedet",
        "title": "Vagt i værestedet om eftermiddagen",
        "summary": "Vær en af de to frivillige, der holder Fyrtårnet åbent en eftermiddag om ugen.",
        "what_you_do": what(
            "Som vagt er du værestedets vært. Du:",
            "låser op, tænder for kaffen og byder velkommen",
            "spiller et spil, tager en snak eller lader folk være i fred, hvis de ønsker det",
            "skriver en kort overlevering til den næste vagt",
        ),
        "commitment": "weekly",
        "hours": 4,
        "skills": "Du er rummelig og rolig. Du får et kursus i at møde mennesker med psykisk sårbarhed.",
        "minimum_age": 20,
        "language": "Dansk",
        "where": "Toldbodgade 9, Fjordlund",
    },
    {
        "association": "egebjerg-borgerforening",
        "slug": "opsaetning-af-telte-til-byfesten",
        "title": "Opsætning af telte til byfesten",
        "summary": (
            "Vi rejser festteltet torsdagen før byfesten og tager det ned igen om søndagen. Stærke arme og godt "
            "humør efterlyses."
        ),
        "what_you_do": what(
            "Byfesten står og falder med teltet. Du hjælper med at:",
            "rejse teltet og bære borde og bænke ind torsdag aften",
            "tage det hele ned og pakke det sammen søndag",
        ),
        "commitment": "one_off",
        "hours": 10,
        "start": 40,
        "end": 43,
        "deadline": 30,
        "minimum_age": 16,
        "language": "Ingen sprogkrav – vi viser, hvad der skal gøres.",
        "no_danish": True,
        "where": "Festpladsen bag Egebjerg Forsamlingshus",
    },
    {
        "association": "kloevermose-handicapridning",
        "slug": "hestefoerer-eller-sidegaenger",
        "title": "Hestefører eller sidegænger",
        "summary": (
            "Før hesten eller gå ved siden af rytteren, når børn og voksne med handicap rider. Du lærer alt om "
            "hestene hos os."
        ),
        "what_you_do": what(
            "Hver rytter har tre frivillige omkring sig. Du:",
            "fører hesten eller går ved siden af og støtter rytteren",
            "hjælper med at gøre hestene klar og strigle dem bagefter",
        ),
        "commitment": "weekly",
        "hours": 2,
        "start": 14,
        "skills": "Du er vant til heste eller har lyst til at lære. Du skal kunne gå i en time.",
        "child_certificate": True,
        "minimum_age": 15,
        "language": "Dansk eller engelsk",
        "where": "Mosegården",
    },
    {
        "association": "strandbaek-sejl-og-kajakklub",
        "slug": "foelgebaad-til-juniorsejlads",
        "title": "Hjælper i følgebåden til juniorsejlads",
        "summary": (
            "Sejl følgebåden, når klubbens juniorer træner på vandet. Du skal have speedbådskørekort – eller "
            "lyst til at tage det."
        ),
        "what_you_do": what(
            "Følgebåden er juniorernes sikkerhed på vandet. Du:",
            "sejler følgebåden og holder øje med alle joller",
            "hjælper trænerne med at lægge bøjer ud",
            "trækker en jolle i havn, hvis vinden forsvinder",
        ),
        "commitment": "weekly",
        "hours": 3,
        "start": 10,
        "end": 120,
        "skills": "Speedbådskørekort, eller vilje til at tage det på klubbens regning.",
        "child_certificate": True,
        "minimum_age": 18,
        "language": "Dansk",
        "where": "Strandbæk Havn",
    },
    {
        "association": "lyngaa-aa-lystfiskerforening",
        "slug": "gydegrus-i-lyngaa-aa",
        "title": "Udlægning af gydegrus i Lyngå Å",
        "summary": ("Hjælp havørreden på vej: vi kører grus ud i åen med trillebør og spand. Waders kan lånes."),
        "what_you_do": what(
            "Ørrederne skal bruge grus at gyde i. Sammen med 20 andre:",
            "kører du grus fra lastbilen til åen",
            "lægger du gruset ud på de steder, biologen har udpeget",
        ),
        "commitment": "one_off",
        "hours": 6,
        "start": 25,
        "end": 25,
        "deadline": 20,
        "minimum_age": 14,
        "language": "Ingen sprogkrav",
        "no_danish": True,
        "where": "Lyngå Å ved Møllebroen",
    },
    {
        "association": "birkely-if",
        "slug": "kasserer-til-bestyrelsen",
        "title": "Kasserer til bestyrelsen",
        "summary": (
            "Birkely IF søger en kasserer, der kan holde styr på kontingenter, tilskud og regnskab. Cirka tre "
            "timer om ugen."
        ),
        "what_you_do": what(
            "Som kasserer:",
            "holder du styr på kontingenter og betalinger i foreningens medlemssystem",
            "søger du kommunens tilskud sammen med formanden",
            "laver du årsregnskabet og fremlægger det på generalforsamlingen",
        ),
        "commitment": "flexible",
        "hours": 3,
        "deadline": 40,
        "skills": "Erfaring med regnskab eller bogføring. Vi bruger et enkelt foreningsprogram.",
        "minimum_age": 18,
        "language": "Dansk",
        "where": "Hjemmefra og til bestyrelsesmøder i Birkely",
    },
    {
        "association": "kodeklubben-birkely",
        "slug": "instruktoer-i-kodeklubben",
        "title": "Instruktør i Kodeklubben",
        "summary": (
            "Hjælp børn og unge med at programmere onsdag eftermiddag. Du kan kode – og du kan lide at forklare."
        ),
        "what_you_do": what(
            "Du går rundt mellem børnene og:",
            "hjælper dem videre, når programmet ikke gør, som de vil",
            "finder på små udfordringer til dem, der er hurtigt færdige",
        ),
        "commitment": "weekly",
        "hours": 2,
        "skills": "Du kan programmere i fx Python eller JavaScript. Erfaring med børn er et plus.",
        "child_certificate": True,
        "minimum_age": 16,
        "language": "Dansk eller engelsk – mange af børnene taler begge dele.",
        "no_danish": True,
        "where": "Birkely Bibliotek",
    },
    {
        "association": "dialogforum-birkely",
        "slug": "medarrangoer-af-dialogaftener",
        "title": "Medarrangør af dialogaftener",
        "summary": (
            "Vær med i gruppen, der planlægger de månedlige dialogaftener: vælg emner, find oplægsholdere, og tag "
            "imod gæsterne."
        ),
        "what_you_do": what(
            "Planlægningsgruppen mødes en gang om måneden. Du:",
            "er med til at vælge emner og finde oplægsholdere",
            "tager imod gæsterne og hjælper med maden på selve aftenen",
        ),
        "commitment": "flexible",
        "hours": 4,
        "minimum_age": 18,
        "language": "Dansk. Arabisk, tyrkisk eller farsi er et plus.",
        "where": "Birkely",
    },
    {
        "association": "vaagetjenesten",
        "slug": "vaager-hos-doeende",
        "title": "Våger hos døende",
        "summary": "Sid hos et menneske i den sidste tid, så ingen skal dø alene. Du får kursus og supervision.",
        "what_you_do": what(
            "Som våger er du der – mere skal der ikke til. Du:",
            "tager vagter på 3–4 timer, når det passer dig",
            "sidder hos den døende, holder i hånden, læser højt eller er stille",
            "deltager i supervision med de andre vågere fire gange om året",
        ),
        "commitment": "flexible",
        "hours": 8,
        "skills": "Du er rolig og kan være i stilheden. Du får et kursus over to weekender, før du starter.",
        "minimum_age": 25,
        "language": "Dansk",
        "where": "I hjemmet, på plejecentre og på sygehuset",
        "town": "fjordlund",
    },
    {
        "association": "venskabsfamilier-lyngaa",
        "slug": "bliv-venskabsfamilie",
        "title": "Bliv venskabsfamilie",
        "summary": (
            "To nye familier i Lyngå venter på en venskabsfamilie. Har I plads til nye venner – og til at vise vej?"
        ),
        "what_you_do": what(
            "En venskabsfamilie ses med sin nye familie, når det passer begge parter. I:",
            "mødes et par gange om måneden – til middag, en tur i skoven eller en fødselsdag",
            "hjælper med de små ting: madpakker, forældremøder og foreningsliv",
            "er med til netværkets fire fælles arrangementer om året",
        ),
        "commitment": "flexible",
        "hours": 4,
        "skills": "I kan være en familie, et par eller en enlig, med eller uden børn.",
        "minimum_age": 18,
        "language": "Dansk – engelsk hjælper også",
        "where": "Lyngå",
    },
    {
        "association": "faellesskabshaven-kloevermose",
        "slug": "havehjaelper-soendag-formiddag",
        "title": "Havehjælper søndag formiddag",
        "summary": "Hjælp med at så, luge og høste i Fællesskabshaven. Ingen erfaring og ingen dansk nødvendig.",
        "what_you_do": what(
            "Om søndagen arbejder vi sammen i de fælles bede. Du:",
            "sår, luger, vander og høster sammen med de andre",
            "hjælper med at lave frokost på bålet",
        ),
        "commitment": "weekly",
        "hours": 3,
        "start": 7,
        "end": 160,
        "language": "Dansk, engelsk, arabisk eller ukrainsk – vi finder ud af det.",
        "no_danish": True,
        "where": "Haven på Markvejen",
    },
    {
        "association": "fjordlund-lokalhistoriske-arkiv",
        "slug": "scanning-af-gamle-fotografier",
        "title": "Scanning af gamle fotografier",
        "summary": (
            "Hjælp arkivet med at scanne og registrere 3.000 glasplader fra en af byens gamle fotografer. Stille "
            "arbejde i godt selskab."
        ),
        "what_you_do": what(
            "Glaspladerne er fra 1905–1940 og viser byens huse, havn og mennesker. Du:",
            "scanner pladerne på arkivets scanner",
            "registrerer sted, årstal og personer i arkivets database",
        ),
        "commitment": "flexible",
        "hours": 3,
        "skills": "Du er omhyggelig og kan bruge en computer.",
        "language": "Dansk",
        "where": "Fjordlund Bibliotek, arkivet",
    },
    {
        "association": "reparationscafeen-egebjerg",
        "slug": "reparatoer",
        "title": "Reparatør af cykler, lamper og brødristere",
        "summary": (
            "Kan du skifte en slange, lodde en ledning eller sy en lynlås i? Så har Reparationscaféen brug for dig "
            "én lørdag om måneden."
        ),
        "what_you_do": what(
            "Du sidder ved et af værkstedets borde og:",
            "finder fejlen sammen med den, der har taget tingen med",
            "reparerer den – eller forklarer, hvorfor det ikke kan betale sig",
        ),
        "commitment": "flexible",
        "hours": 4,
        "skills": "Erfaring med el, cykler, tøj eller træ.",
        "minimum_age": 15,
        "language": "Ingen – vi reparerer med hænderne.",
        "no_danish": True,
        "where": "Den gamle stationsbygning, Egebjerg",
    },
    {
        "association": "koncerter-i-laden",
        "slug": "bar-og-billetsalg",
        "title": "Bar og billetsalg til koncerterne",
        "summary": (
            "Stå i baren eller ved døren, når Laden holder koncert. Du hører koncerten gratis og får en god aften "
            "med de andre frivillige."
        ),
        "what_you_do": what(
            "En koncertaften kræver 12 frivillige. Du:",
            "sælger billetter ved døren eller står i baren",
            "hjælper med at stille stole op og rydde op bagefter",
        ),
        "commitment": "flexible",
        "hours": 5,
        "minimum_age": 18,
        "language": "Dansk eller engelsk",
        "no_danish": True,
        "where": "Laden på Lyngågård",
    },
    {
        "association": "fjordlund-roklub",
        "slug": "instruktoer-paa-begynderholdet",
        "title": "Instruktør på begynderholdet",
        "summary": (
            "Lær nye roere at ro og styre en inrigger på onsdagenes begynderhold. Du skal selv have styrmandsret."
        ),
        "what_you_do": what(
            "Begynderholdet ror seks onsdage. Som instruktør:",
            "styrer du båden og lærer to-tre nye roere teknikken",
            "gennemgår du sikkerhed og kæntringsøvelser på land",
        ),
        "commitment": "weekly",
        "hours": 2.5,
        "start": 20,
        "end": 80,
        "skills": "Styrmandsret og mindst to sæsoners erfaring.",
        "minimum_age": 18,
        "language": "Dansk",
        "where": "Fjordlund Roklub",
    },
    {
        "association": "birkely-lektiecafe",
        "slug": "lektiehjaelper-til-udskolingen",
        "title": "Lektiehjælper til udskolingen",
        "summary": "Hjælp elever i 7.–9. klasse med fysik, kemi og engelsk i Birkely Lektiecafé.",
        "what_you_do": what(
            "De ældste elever har brug for hjælp til de svære fag. Du:",
            "hjælper med opgaver og rapporter i fysik, kemi og engelsk",
            "hjælper eleverne med at planlægge deres tid før prøverne",
        ),
        "commitment": "weekly",
        "hours": 2.5,
        "child_certificate": True,
        "minimum_age": 17,
        "language": "Dansk",
        "where": "Birkely Skole",
    },
    {
        "association": "birkely-spejderne",
        "slug": "hjaelpeleder-for-de-8-11-aarige",
        "title": "Hjælpeleder for de 8–11-årige",
        "summary": (
            "Vær med, når bydelens yngste spejdere tænder bål og bygger i skoven. Du behøver ingen "
            "spejdererfaring – kun lyst til at være ude med børn."
        ),
        "what_you_do": what(
            "Du er en af tre ledere på onsdagsmøderne. Du:",
            "hjælper børnene med bål, knob og byggeprojekter",
            "er med til at planlægge møderne en gang om måneden",
            "tager med på en weekendtur om foråret, hvis du har mulighed for det",
        ),
        "commitment": "weekly",
        "hours": 2.5,
        "start": 14,
        "deadline": 25,
        "skills": "Du kan lide at være udenfor i al slags vejr.",
        "child_certificate": True,
        "minimum_age": 16,
        "language": "Dansk eller engelsk",
        "where": "Spejderhytten bag Birkely Skole",
    },
    {
        "association": "lyngaa-spejdergruppe",
        "slug": "tovholder-paa-familiespejd",
        "title": "Tovholder på familiespejd",
        "summary": (
            "Planlæg en søndag om måneden for de 3–6-årige og deres voksne: en leg, et bål og en tur i skoven."
        ),
        "what_you_do": what(
            "Familiespejd er vokset, og vi mangler en, der holder sammen på det. Du:",
            "planlægger møderne sammen med to forældre",
            "sender en hilsen ud til familierne før hvert møde",
        ),
        "commitment": "flexible",
        "hours": 3,
        "skills": "Du er god til at planlægge og kan lide små børn.",
        "child_certificate": True,
        "minimum_age": 18,
        "language": "Dansk",
        "where": "Spejderhytten Lyngtoppen",
    },
    {
        "association": "familiekirken-egebjerg",
        "slug": "kok-til-spaghettigudstjenesten",
        "title": "Kok til spaghettigudstjenesten",
        "summary": (
            "Lav spaghetti med kødsovs til 60 børn og voksne en onsdag om måneden. Du står ikke alene i køkkenet."
        ),
        "what_you_do": what(
            "Mens gudstjenesten foregår i kirken, laver et hold på tre maden i sognegården. Du:",
            "laver mad efter en fast opskrift – der er også en vegetarisk sovs",
            "dækker bord og hjælper med opvasken bagefter",
        ),
        "commitment": "flexible",
        "hours": 3,
        "minimum_age": 15,
        "language": "Ingen sprogkrav – madlavning forstår alle.",
        "no_danish": True,
        "where": "Sognegården ved Egebjerg Kirke",
    },
]


CLOSED_TASKS = [
    {
        "association": "egebjerg-boldklub",
        "slug": "hjaelpere-til-sommerfodboldskolen",
        "title": "Hjælpere til sommerfodboldskolen",
        "summary": "Fem dages fodboldskole for 120 børn. Tak – vi har fundet de hjælpere, vi skal bruge.",
        "what_you_do": what("Du hjælper trænerne med øvelser, frugt og vandflasker."),
        "commitment": "one_off",
        "hours": 30,
        "start": 60,
        "end": 64,
        "deadline": 20,
        "child_certificate": True,
        "minimum_age": 15,
        "language": "Dansk",
        "where": "Egebjerg Stadion",
        "status": "filled",
    },
    {
        "association": "fjordlund-kammerkor",
        "slug": "garderobe-til-julekoncerten",
        "title": "Billetkontrol og garderobe til julekoncerten",
        "summary": "Tag imod publikum til korets julekoncert. Fristen for at melde sig er overskredet.",
        "what_you_do": what("Du tjekker billetter, hænger frakker op og deler programmer ud."),
        "commitment": "one_off",
        "hours": 4,
        "start": 5,
        "end": 5,
        "deadline": -3,
        "language": "Dansk",
        "where": "Fjordlund Kirke",
        "town": "fjordlund",
    },
    {
        "association": "strandbaek-naturlaug",
        "slug": "rosebekaempelse-i-klitterne",
        "title": "Rosebekæmpelse i klitterne",
        "summary": "En dag med spade og handsker i klitterne. Dagen er overstået – tak til alle, der kom.",
        "what_you_do": what("Vi graver rynket rose op, så klitplanterne får plads."),
        "commitment": "one_off",
        "hours": 4,
        "start": -5,
        "end": -5,
        "deadline": -10,
        "no_danish": True,
        "language": "Ingen sprogkrav",
        "where": "Klitterne ved Stejlepynten",
    },
]


TASKS = [*OPEN_TASKS, *CLOSED_TASKS]
