package io.devplan.domain.prose;

import io.devplan.domain.Language;
import io.devplan.domain.prose.Lexicon.Season;
import io.devplan.domain.prose.Lexicon.Unit;
import io.devplan.domain.prose.Lexicon.W;

/**
 * Danish words for the goal grammar. "to" is two and "time" an hour; "jul" is Christmas, never
 * July; dates are written "30. april" and "ultimo marts" is the end of March.
 */
final class Danish {
    private Danish() {}

    static final Lexicon WORDS = words();

    private static Lexicon words() {
        Lexicon.Builder b = Lexicon.of(Language.DA).compounds()
                .months("januar jan", "februar feb", "marts mar", "april apr", "maj", "juni jun", "juli",
                        "august aug", "september sept sep", "oktober okt", "november nov", "december dec")
                .weekdays("mandag mandagen mandage", "tirsdag tirsdagen tirsdage", "onsdag onsdagen onsdage",
                        "torsdag torsdagen torsdage", "fredag fredagen fredage", "lørdag lørdagen lørdage",
                        "søndag søndagen søndage")
                .ordinals("første 1.", "anden andet 2.", "tredje 3.", "fjerde 4.", "femte 5.", "sjette 6.")
                .period(Unit.DAY, "dag", "dage", "dagen", "dagene", "kalenderdage")
                .period(Unit.WORKDAY, "arbejdsdag", "arbejdsdage", "arbejdsdagen", "hverdag", "hverdage")
                .period(Unit.WEEK, "uge", "uger", "ugen", "ugerne")
                .period(Unit.MONTH, "måned", "måneder", "måneden", "månederne", "md", "md.", "mdr", "mdr.")
                .period(Unit.QUARTER, "kvartal", "kvartaler", "kvartalet", "kvartalerne")
                .period(Unit.HALF, "halvår", "halvåret")
                .period(Unit.YEAR, "år", "året", "årene", "kalenderår", "kalenderåret")
                .period(Unit.TERM, "semester", "semestret", "semesteret", "semestre", "termin")
                .period(Unit.SPRINT, "sprint", "sprints", "sprinten")
                .period(Unit.HOUR, "time", "timer", "timen", "timerne")
                .period(Unit.MINUTE, "minut", "minutter", "minutten")
                .period(Unit.FISCAL_YEAR, "regnskabsår", "regnskabsåret", "finansår", "finansåret")
                .period(Unit.SCHOOL_YEAR, "skoleår", "skoleåret", "studieår", "studieåret")
                .recurring(Unit.DAY, "dagligt", "dagligen", "hver dag", "hver eneste dag", "dag for dag")
                .recurring(Unit.WEEK, "ugentligt", "ugentlig", "hver uge", "en gang om ugen", "én gang om ugen")
                .recurring(Unit.FORTNIGHT, "hver 14. dag", "hver fjortende dag", "hver anden uge")
                .recurring(Unit.MONTH, "månedligt", "månedlig", "hver måned", "hver md.", "en gang om måneden",
                        "én gang om måneden")
                .recurring(Unit.QUARTER, "kvartalsvis", "hvert kvartal")
                .recurring(Unit.YEAR, "årligt", "årlig", "hvert år", "en gang om året", "én gang om året")
                .recurring(Unit.TERM, "hvert semester", "hvert skoleår")
                .recurring(Unit.SPRINT, "hver sprint", "hvert sprint")
                .frequency(1, "en gang", "én gang")
                .everyOther(2, "hver anden", "hvert andet")
                .everyOther(3, "hver tredje", "hvert tredje")
                .everyOther(4, "hver fjerde", "hvert fjerde")
                .multiplier("2", "fordoble", "fordobler", "fordobling", "fordobles")
                .multiplier("3", "tredoble", "tredobler")
                .multiplier("0.5", "halvere", "halverer", "halvering", "halveres")
                .scale("1000", "tusind", "t.", "k", "tkr", "tkr.", "t.kr.")
                .scale("1000000", "mio", "mio.", "million", "millioner", "mkr", "mio. kr.")
                .scale("1000000000", "mia", "mia.", "milliard", "milliarder")
                .currency("DKK", "kr", "kr.", "kroner", "krone", "dkk", ",-", "tkr", "tkr.", "t.kr.", "mkr",
                        "mio. kr.")
                .currency("EUR", "€", "euro", "eur")
                .currency("USD", "$", "dollar", "usd")
                .currency("SEK", "sek", "svenske kroner")
                .currency("NOK", "nok", "norske kroner")
                .fixed(Unit.YEAR, 0, "i år", "i løbet af året", "årets udgang", "ved årets udgang",
                        "inden årets udgang", "ved årsskiftet", "årsskiftet", "inden årsskiftet", "til årsskiftet",
                        "nytår", "til nytår", "inden nytår", "indeværende år", "året ud", "ultimo året",
                        "årets afslutning", "inden udgangen af året", "udgangen af året")
                .fixed(Unit.YEAR, 1, "næste år", "til næste år")
                .fixed(Unit.QUARTER, 0, "kvartalets udgang", "dette kvartal", "kvartalets afslutning",
                        "indeværende kvartal")
                .fixed(Unit.MONTH, 0, "månedens udgang", "denne måned", "månedsskiftet", "ultimo måneden",
                        "indeværende måned")
                .fixed(Unit.WEEK, 0, "denne uge", "i denne uge", "ugens udgang", "i løbet af ugen")
                .fixed(Unit.FISCAL_YEAR, 0, "regnskabsårets udgang", "regnskabsårets afslutning")
                .fixed(Unit.SCHOOL_YEAR, 0, "skoleårets afslutning", "dette skoleår", "skoleårets udgang")
                .holiday(12, 24, "jul", "julen", "juleaften")
                .holiday(12, 31, "nytårsaften")
                .holiday(0, 0, "påske", "påsken")
                .holiday(6, 23, "sankthans", "sankt hans", "sankthansaften")
                .season(Season.SPRING, "forår", "foråret")
                .season(Season.SUMMER, "sommer", "sommeren", "sommerferien", "sommerferie")
                .season(Season.AUTUMN, "efterår", "efteråret")
                .season(Season.WINTER, "vinter", "vinteren");
        numbers(b);
        b.words(W.BY, "senest", "senest den", "inden", "inden den", "før", "til", "frem til", "til og med",
                        "ikke senere end", "per", "pr.", "pr", "klar til", "og")
                .words(W.BEFORE, "før", "inden", "inden vi går ind i", "før vi går ind i", "inden vi når")
                .words(W.IN, "i", "i løbet af", "inden for", "under", "på", "for", "gennem", "hen over", "ved")
                .words(W.START, "fra", "fra og med", "startende", "med start", "med start i", "med virkning fra",
                        "begyndende", "begyndende i")
                .words(W.END_OF, "udgangen af", "slutningen af", "i slutningen af", "ved udgangen af",
                        "ved slutningen af", "ultimo", "afslutningen af", "ved afslutningen af")
                .words(W.START_OF, "starten af", "i starten af", "begyndelsen af", "i begyndelsen af", "primo")
                .words(W.DATE_ARTICLE, "den")
                .words(W.WITHIN, "inden for", "indenfor", "i løbet af", "på", "over", "inden", "i")
                .words(W.STRICT_WITHIN, "inden for", "indenfor")
                .words(W.SPAN, "periode", "perioden", "tidsperiode")
                .words(W.NEXT, "næste", "kommende", "følgende", "førstkommende")
                .words(W.THIS, "dette", "denne", "indeværende", "nuværende", "igangværende")
                .words(W.THE, "den", "det")
                .words(W.THE_PLURAL, "de")
                .words(W.DETERMINER, "den", "det", "de", "en", "et", "vores", "min", "mit", "mine", "din", "dit",
                        "dine", "sin", "sit", "sine", "deres", "hans", "hendes", "denne", "dette", "disse", "alle",
                        "hver", "to", "tre", "nye", "nyt", "ny")
                .words(W.ONE, "en", "et", "én", "ét")
                .words(W.EACH_OF, "hvert af", "hver af", "hvert enkelt af")
                .words(W.EVERY, "hver", "hvert", "hveranden")
                .words(W.TIMES, "gang", "gange", "x")
                .words(W.PER, "om", "pr.", "per", "hver", "hvert", "i", "på")
                .words(W.DAYPART, "morgen", "morgenen", "formiddag", "eftermiddag", "aften", "aftenen", "nat",
                        "arbejdsdag", "møde", "mødet", "release", "1:1", "opfølgning", "tavlemøde", "vagt")
                .words(W.LAST, "sidste")
                .words(W.STANDARD_OF, "efter", "fra", "af", "siden", "regnet fra")
                .words(W.AGREED, "aftalte", "aftalt", "fastsatte", "fastsat", "angivne", "givne", "krævede",
                        "bestemte", "besluttede")
                .words(W.DEADLINE, "tid", "tiden", "frist", "fristen", "frister", "fristerne", "tidsramme",
                        "tidsrammen", "deadline", "deadlines", "svartid", "svartiden", "sla")
                .words(W.QUARTER, "kvartal")
                .words(W.WEEK, "uge", "ugen", "uge nr.", "uge nr")
                .words(W.HALF, "halvår", "halvåret")
                .words(W.FROM, "fra")
                .words(W.TO, "til", "ned til", "op til")
                .words(W.CHANGE_BY, "med")
                .words(W.OUT_OF, "ud af", "af")
                .words(W.COMPARATOR, "mindst", "højst", "mere end", "mindre end", "færre end", "flere end", "over",
                        "under", "maks", "maks.", "maksimalt", "minimum", "minimalt", "op til", "top", "omkring",
                        "cirka", "ca.", "ca", "næsten", "i gennemsnit", "gennemsnitligt", "nå", "opnå", "<", ">",
                        "≤", "≥")
                .words(W.PERCENT, "%", "procent", "pct.", "pct")
                .words(W.POINTS, "procentpoint", "procentpoints", "point", "pct.-point")
                .words(W.METRIC, "nps", "enps", "karakter", "karakteren", "score", "scoren", "gennemsnit",
                        "tilfredshed", "tilfredshedsscore", "niveau", "vurdering", "trivselsscore")
                .words(W.UNIT, "kg", "g", "km", "m", "t", "min", "s", "stk", "stk.", "k", "x", "gb", "mb")
                .words(W.EVIDENCE, "målt på", "målt ved", "målt som", "målt i", "målt gennem", "hvilket måles",
                        "som måles", "dokumenteret ved", "dokumenteret gennem", "vist ved", "hvilket ses i",
                        "vurderet ud fra", "opgjort som", "opgjort i", "følges op i", "følges op gennem")
                .words(W.ALL, "alle", "samtlige", "hver", "hvert", "alle vores", "hele")
                .words(W.NOT_UNIT, "og", "at", "til", "i", "på", "af", "for", "med", "om", "en", "et", "den", "det",
                        "de", "som", "er", "var", "bliver", "skal", "vil", "har", "havde", "kan", "bør", "må", "fra",
                        "per", "pr", "under", "efter", "inden", "mere", "mindre", "end", "eller", "så", "vi",
                        "jeg", "du", "min", "mit", "mine", "vores", "sin", "sit", "sine", "gange", "gang", "x",
                        "hos", "ikke", "også", "når", "hvor", "samt")
                .words(W.NAME_BEFORE, "version", "trin", "fase", "etape", "kapitel", "afsnit", "nummer", "nr",
                        "nr.", "klasse", "klassetrin", "uge", "dag", "sprint", "side", "punkt", "iso", "år",
                        "spørgsmål", "område", "kl", "kl.", "klokken")
                .words(W.ADJECTIVE, "nye", "nyt", "ny", "flere", "yderligere", "ekstra", "andre", "kvalificerede",
                        "aktive", "unikke", "betalende", "tilfredse", "interne", "eksterne", "store", "små",
                        "faste", "afsluttede", "åbne")
                .words(W.CHANGE, "øge", "øger", "reducere", "reducerer", "mindske", "mindsker", "sænke", "sænker",
                        "hæve", "hæver", "forbedre", "forbedrer", "forkorte", "halvere", "fordoble", "vokse",
                        "falde", "stige", "få ned", "få op", "nedbringe", "nedbringer", "skære ned", "øg",
                        "reducer", "sænk", "nedbring")
                .words(W.VAGUE, "forbedre", "forbedrer", "forbedring", "forbedringer", "forbedr", "blive bedre",
                        "bliv bedre", "bedre", "arbejde på", "arbejd på", "arbejde hen imod", "lære mere om",
                        "lær mere om", "blive mere", "bliv mere", "være mere", "vær mere", "forstå",
                        "forståelse", "styrke", "styrker", "fokusere på", "fokusere mere på", "stræbe efter",
                        "prøve at", "forsøge at", "satse på", "øge", "øget", "øges", "øg", "mindske", "reducere",
                        "sænke", "hæve", "optimere", "effektivisere", "mere", "mindre", "flere", "færre",
                        "hurtigere", "tydeligere", "højere", "lavere", "større", "stærkere", "nemmere",
                        "smidigere", "bedste", "bedst", "hurtigst muligt", "snarest", "hurtigt", "løbende",
                        "regelmæssigt", "ofte", "kontinuerligt", "fremragende", "opdateret", "ajour", "proaktiv",
                        "proaktivt", "tjene mere", "bruge mindre", "gøre mere", "kunne", "god", "gode", "vokse", "gladere",
                        "sundere", "billigere", "tilfredse",
                        "en indsats")
                .words(W.VAGUE_FIRST, "lær", "lære", "udvikle", "forstå", "udforske", "studere", "øve", "hjælpe",
                        "støtte")
                .words(W.PROMOTION, "blive forfremmet til", "forfremmes til", "forfremmelse til",
                        "blive udnævnt til", "udnævnes til", "få stillingen som", "rykke op til",
                        "avancere til", "forfremmet til")
                .words(W.DEGREE, "uddannelse", "uddannelsen", "eksamen", "kandidatgrad", "bachelorgrad",
                        "mastergrad", "diplom", "diplomuddannelse", "hd", "mba", "ph.d.", "phd",
                        "kandidateksamen", "svendebrev", "akademiuddannelse", "bachelor", "kandidat", "master")
                .words(W.DEGREE_VERB, "taget", "afsluttet", "gennemført", "bestået", "fået", "opnået", "tage", "tag", "afslutte", "færdiggøre", "gennemføre", "få", "opnå",
                        "erhverve", "bestå", "blive færdig med", "fuldføre", "tager", "afslutter")
                .words(W.CERTIFICATE, "certificering", "certificeringen", "certifikat", "certifikatet",
                        "certificeret", "certificerede", "licens", "autorisation", "prøve", "prøven", "eksamen",
                        "eksamenen", "kørekort", "akkreditering")
                .words(W.CERTIFICATE_VERB, "bestået", "taget", "fået", "opnået", "blevet", "blive", "bliv", "tage", "tag", "bestå", "få", "opnå", "erhverve",
                        "gennemføre", "afslutte", "forny", "tager", "består")
                .words(W.COURSE, "kursus", "kurset", "kurser", "kurserne", "uddannelse", "uddannelsen", "forløb",
                        "forløbet", "efteruddannelse", "modul", "modulet", "workshop", "seminar",
                        "lederuddannelse", "e-læring")
                .words(W.COURSE_VERB, "gennemført", "taget", "bestået", "afsluttet", "fulgt", "gennemføre", "gennemfører", "tage", "tag", "følge", "afslutte",
                        "deltage i", "bestå", "fuldføre", "gå på", "være på", "tager", "følger")
                .words(W.DOCUMENT, "ansøgning", "ansøgningen", "tilbud", "tilbuddet", "rapport", "rapporten", "rapporter", "vejledning", "vejledningen", "guide",
                        "håndbog", "håndbogen", "manual", "politik", "plan", "planen", "strategi", "strategien",
                        "artikel", "artikler", "bog", "bogen", "dokumentation", "dokumentationen", "forslag",
                        "specifikation", "nyhedsbrev", "nyhedsbreve", "tjekliste", "tjeklisten", "skabelon",
                        "skabeloner", "procedure", "procedurer", "drejebog", "analyse", "analysen", "notat",
                        "præsentation", "budget", "opslag", "indlæg", "blogindlæg", "instruks", "instrukser",
                        "arbejdsgang", "wiki", "video", "podcast", "retningslinjer")
                .words(W.DOCUMENT_VERB, "udgivet", "skrevet", "afleveret", "leveret", "udarbejdet", "offentliggjort", "udgive", "udgiv", "offentliggøre", "skrive", "skriv", "aflevere",
                        "levere", "præsentere", "færdiggøre", "udarbejde", "udarbejd", "sende", "send",
                        "publicere", "lave", "lav", "opdatere", "læse", "læs", "gennemgå", "skabe", "udforme",
                        "dokumentere")
                .words(W.EVENT, "workshop", "workshops", "præsentation", "præsentationer", "oplæg", "møde",
                        "møder", "seminar", "konference", "arrangement", "arrangementer", "event", "events",
                        "demo", "foredrag", "temadag", "fyraftensmøde", "kursus", "undervisning", "kickoff",
                        "opfølgning", "opfølgninger", "mus", "medarbejderudviklingssamtale",
                        "medarbejderudviklingssamtaler", "udviklingssamtale", "udviklingssamtaler",
                        "retrospektiv", "hackathon", "kampagne", "undersøgelse", "pilot", "øvelse", "interview",
                        "interviews", "samtale", "samtaler")
                .words(W.EVENT_VERB, "afholdt", "holdt", "gennemført", "arrangeret", "holde", "hold", "afholde", "afhold", "arrangere", "organisere", "lede",
                        "gennemføre", "gennemfør", "give", "facilitere", "præsentere", "deltage i", "booke", "køre")
                .words(W.HIRE, "ansætte", "ansæt", "rekruttere", "rekrutter", "hverve", "vinde", "skaffe",
                        "onboarde", "oplære", "uddanne", "coache", "forfremme")
                .words(W.DELIVER, "lancere", "lancer", "indføre", "indfør", "implementere", "implementer",
                        "idriftsætte", "migrere", "migrer", "levere", "lever", "bygge", "byg", "etablere",
                        "etabler", "åbne", "færdiggøre", "automatisere", "erstatte", "flytte", "udrulle",
                        "rulle ud", "opgradere", "nedlægge", "konsolidere", "digitalisere", "standardisere",
                        "sætte i drift", "sætte op")
                .words(W.CLAUSE, "at", "skal", "og", "eller", "så", "vi", "jeg", "vil", "må", "også", "først")
                .words(W.FUNCTION, "og", "at", "skal", "med", "for", "jeg", "vi", "af", "på", "til", "er", "den",
                        "det", "som", "inden", "senest", "min", "mit", "vores", "alle", "hver", "nye", "efter",
                        "mellem", "eller", "kommende", "mere", "blive", "øge", "vil", "ikke", "også", "være",
                        "hos", "samt", "fra", "gennem", "når", "hvor", "sin", "mine", "dig", "jer", "igennem",
                        "nå", "en", "et", "om", "få", "gøre", "større");
        return b.build();
    }

    private static void numbers(Lexicon.Builder b) {
        String[] units = {"nul", "", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve",
            "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"};
        String[] tens = {"tyve", "tredive", "fyrre", "halvtreds", "tres", "halvfjerds", "firs", "halvfems"};
        for (int i = 0; i < units.length; i++) {
            if (!units[i].isEmpty()) {
                b.number(i, units[i]);
            }
        }
        b.number(1, "én", "ét");
        for (int t = 0; t < tens.length; t++) {
            b.number(20 + 10 * t, tens[t]);
            b.number(21 + 10 * t, "enog" + tens[t]);
            for (int u = 2; u <= 9; u++) {
                b.number(20 + 10 * t + u, units[u] + "og" + tens[t]);
            }
        }
        b.number(100, "hundrede", "et hundrede", "ethundrede");
        b.number(1000, "tusind", "et tusind", "ettusind");
        b.number(12, "et dusin", "dusin");
    }
}
