package io.devplan.domain.prose;

import io.devplan.domain.Language;
import io.devplan.domain.prose.Lexicon.Season;
import io.devplan.domain.prose.Lexicon.Unit;
import io.devplan.domain.prose.Lexicon.W;

/** Swedish words for the goal grammar. "jul" is Christmas, never July; "vår" is "our", never spring. */
final class Swedish {
    private Swedish() {}

    static final Lexicon WORDS = words();

    private static Lexicon words() {
        Lexicon.Builder b = Lexicon.of(Language.SV).compounds()
                .months("januari jan", "februari feb", "mars mar", "april apr", "maj", "juni jun", "juli",
                        "augusti aug", "september sept sep", "oktober okt", "november nov", "december dec")
                .weekdays("måndag måndagen måndagar", "tisdag tisdagen tisdagar", "onsdag onsdagen onsdagar",
                        "torsdag torsdagen torsdagar", "fredag fredagen fredagar", "lördag lördagen lördagar",
                        "söndag söndagen söndagar")
                .ordinals("första 1:a 1:e", "andra 2:a", "tredje 3:e", "fjärde 4:e", "femte 5:e", "sjätte 6:e")
                .period(Unit.DAY, "dag", "dagar", "dagen", "dagarna", "kalenderdagar")
                .period(Unit.WORKDAY, "arbetsdag", "arbetsdagar", "arbetsdagarna", "vardag", "vardagar")
                .period(Unit.WEEK, "vecka", "veckor", "veckan", "veckorna")
                .period(Unit.MONTH, "månad", "månader", "månaden", "månaderna", "mån")
                .period(Unit.QUARTER, "kvartal", "kvartalet", "kvartalen")
                .period(Unit.HALF, "halvår", "halvåret", "halvåren")
                .period(Unit.YEAR, "år", "året", "åren", "kalenderår", "kalenderåret")
                .period(Unit.TERM, "termin", "terminen", "terminer", "terminerna")
                .period(Unit.SPRINT, "sprint", "sprinten", "sprintar")
                .period(Unit.HOUR, "timme", "timmar", "timmen", "timmarna", "tim")
                .period(Unit.MINUTE, "minut", "minuter", "minuten", "minuterna")
                .period(Unit.FISCAL_YEAR, "räkenskapsår", "räkenskapsåret", "verksamhetsår", "verksamhetsåret",
                        "budgetår", "budgetåret")
                .period(Unit.SCHOOL_YEAR, "läsår", "läsåret", "skolår", "skolåret")
                .recurring(Unit.DAY, "dagligen", "dagligt", "varje dag", "var dag", "varenda dag")
                .recurring(Unit.WEEK, "varje vecka", "veckovis", "veckovisa", "veckovist", "en gång i veckan")
                .recurring(Unit.FORTNIGHT, "varannan vecka", "var fjortonde dag", "var 14:e dag")
                .recurring(Unit.MONTH, "varje månad", "månadsvis", "månatligen", "månatlig", "månatliga",
                        "en gång i månaden")
                .recurring(Unit.QUARTER, "varje kvartal", "kvartalsvis", "kvartalsvisa", "en gång per kvartal")
                .recurring(Unit.YEAR, "varje år", "årligen", "årlig", "årliga", "årsvis", "en gång om året")
                .recurring(Unit.TERM, "varje termin", "terminsvis", "varje läsår")
                .recurring(Unit.SPRINT, "varje sprint")
                .frequency(1, "en gång", "en gg")
                .everyOther(2, "varannan", "vartannat", "var andra", "vart annat")
                .everyOther(3, "var tredje", "vart tredje")
                .everyOther(4, "var fjärde", "vart fjärde")
                .multiplier("2", "fördubbla", "fördubblar", "fördubbling", "dubbla", "dubblera")
                .multiplier("3", "tredubbla", "tredubblar")
                .multiplier("0.5", "halvera", "halverar", "halvering", "halveras")
                .scale("1000", "tusen", "k", "tkr", "ksek", "tsek")
                .scale("1000000", "miljon", "miljoner", "mn", "mkr", "mnkr", "msek", "milj", "milj.")
                .scale("1000000000", "miljard", "miljarder", "mdkr", "mdr")
                .currency("SEK", "kr", "kr.", "kronor", "krona", "sek", ":-", "tkr", "ksek", "tsek", "mkr", "mnkr",
                        "msek", "mdkr")
                .currency("EUR", "€", "euro", "eur")
                .currency("USD", "$", "dollar", "usd")
                .currency("DKK", "dkk", "danska kronor")
                .currency("NOK", "nok", "norska kronor")
                .fixed(Unit.YEAR, 0, "i år", "under året", "årets slut", "vid årets slut", "före årets slut",
                        "innan årets slut", "till årets slut", "vid årsskiftet", "årsskiftet", "till årsskiftet",
                        "före årsskiftet", "innan årsskiftet", "innevarande år", "under innevarande år", "året ut",
                        "i slutet av året", "slutet av året")
                .fixed(Unit.YEAR, 1, "nästa år", "till nästa år", "under nästa år")
                .fixed(Unit.QUARTER, 0, "kvartalets slut", "vid kvartalets slut", "detta kvartal",
                        "innevarande kvartal", "kvartalsskiftet")
                .fixed(Unit.MONTH, 0, "månadens slut", "denna månad", "den här månaden", "månadsskiftet",
                        "vid månadsskiftet", "innevarande månad")
                .fixed(Unit.WEEK, 0, "denna vecka", "den här veckan", "veckans slut")
                .fixed(Unit.FISCAL_YEAR, 0, "räkenskapsårets slut", "verksamhetsårets slut", "budgetårets slut")
                .fixed(Unit.SCHOOL_YEAR, 0, "läsårets slut", "detta läsår", "innevarande läsår", "läsårets slut")
                .holiday(12, 24, "jul", "julen", "julafton")
                .holiday(12, 31, "nyår", "nyårsafton")
                .holiday(0, 0, "påsk", "påsken")
                .holiday(6, -19, "midsommar", "midsommarafton")
                .season(Season.SPRING, "våren")
                .season(Season.SUMMER, "sommar", "sommaren", "semestern", "sommarsemestern", "sommaruppehållet",
                        "sommarlovet")
                .season(Season.AUTUMN, "höst", "hösten")
                .season(Season.WINTER, "vinter", "vintern");
        numbers(b);
        b.words(W.BY, "senast", "senast den", "senast till", "senast vid", "före", "innan", "till", "till och med",
                        "t.o.m.", "tom", "fram till", "inte senare än", "per", "klart till", "och")
                .words(W.BEFORE, "före", "innan")
                .words(W.IN, "i", "under", "inom", "på", "för", "vid", "under loppet av")
                .words(W.START, "från och med", "fr.o.m.", "fr o m", "från", "med start", "med start i", "med början",
                        "med början i", "startar", "börjar", "start i")
                .words(W.END_OF, "slutet av", "i slutet av", "slutet på", "i slutet på", "vid slutet av",
                        "utgången av", "vid utgången av", "sista dagen i", "sista dagen av")
                .words(W.START_OF, "början av", "i början av", "starten av", "början på", "i början på")
                .words(W.DATE_ARTICLE, "den")
                .words(W.WITHIN, "inom", "under", "på", "inom loppet av", "under loppet av")
                .words(W.NEXT, "kommande", "närmaste", "nästa", "följande", "närmast")
                .words(W.THIS, "detta", "denna", "det här", "den här", "innevarande", "nuvarande", "pågående")
                .words(W.THE, "den", "det")
                .words(W.THE_PLURAL, "de")
                .words(W.DETERMINER, "den", "det", "de", "en", "ett", "vår", "våra", "vårt", "min", "mina", "mitt",
                        "din", "dina", "ditt", "sin", "sina", "sitt", "deras", "hans", "hennes", "denna", "detta",
                        "dessa", "alla", "varje", "två", "tre", "nya", "nytt", "ny")
                .words(W.ONE, "en", "ett")
                .words(W.EACH_OF, "vart och ett av", "var och en av", "vart och ett av de")
                .words(W.EVERY, "varje", "var", "varenda", "vart")
                .words(W.TIMES, "gång", "gånger", "ggr", "x")
                .words(W.PER, "i", "per", "om", "varje", "på", "i veckan", "om dagen")
                .words(W.DAYPART, "morgon", "morgonen", "förmiddag", "eftermiddag", "kväll", "kvällen", "natt",
                        "arbetsdag", "möte", "mötet", "release", "avstämning", "1:1", "arbetspass", "pass",
                        "retrospektiv", "veckomöte")
                .words(W.STANDARD_OF, "från", "efter", "av", "sedan", "räknat från")
                .words(W.AGREED, "avtalad", "avtalade", "utsatt", "utsatta", "angiven", "angivna", "överenskommen",
                        "överenskomna", "fastställd", "fastställda", "given", "givna", "bestämd", "bestämda",
                        "beslutad", "beslutade", "krävd", "krävda")
                .words(W.DEADLINE, "tid", "tiden", "tidsram", "tidsramen", "tidsramar", "deadline", "tidsfrist",
                        "tidsfristen", "frist", "fristen", "svarstid", "svarstiden", "ledtid", "sla")
                .words(W.SPAN, "period", "perioden", "tidsperiod", "tidsperioden")
                .words(W.QUARTER, "kvartal")
                .words(W.WEEK, "vecka", "v.", "v", "veckan", "vecko")
                .words(W.HALF, "halvår", "halvåret")
                .words(W.LAST, "sista")
                .words(W.STRICT_WITHIN, "inom", "inom loppet av")
                .words(W.FROM, "från")
                .words(W.TO, "till", "ner till", "ned till", "upp till")
                .words(W.CHANGE_BY, "med")
                .words(W.OUT_OF, "av", "utav")
                .words(W.COMPARATOR, "minst", "högst", "mer än", "mindre än", "färre än", "fler än", "över",
                        "under", "max", "max.", "maximalt", "minimum", "minimalt", "upp till", "som mest",
                        "som minst", "topp", "överstiga", "nå", "uppnå", "runt", "omkring", "cirka", "ca", "ca.",
                        "nästan", "i snitt", "i genomsnitt", "snitt", "minst lika", "<", ">", "≤", "≥")
                .words(W.PERCENT, "%", "procent", "pct", "pct.")
                .words(W.POINTS, "procentenheter", "procentenhet", "poäng", "p")
                .words(W.METRIC, "nps", "enps", "nki", "nöjd kund index", "nöjd-kund-index", "betyg", "betyget",
                        "poäng", "snitt", "medelbetyg", "snittbetyg", "kundnöjdhet", "nivå", "nivån", "omdöme",
                        "medarbetarindex", "ami")
                .words(W.UNIT, "kg", "g", "km", "m", "mil", "h", "tim", "min", "s", "st", "st.", "k", "x", "gb",
                        "mb", "tb")
                .words(W.EVIDENCE, "mätt som", "mätt genom", "mätt i", "mätt med", "mätt på", "vilket mäts",
                        "som mäts", "vilket visas genom", "som visas i", "som framgår av", "vilket syns i",
                        "mäts genom", "mäts i", "mäts med", "utvärderat genom", "bekräftat av", "följs upp i",
                        "följs upp genom", "enligt mätning", "vilket följs upp")
                .words(W.ALL, "alla", "samtliga", "varje", "varenda", "alla våra", "hela")
                .words(W.NOT_UNIT, "och", "att", "till", "i", "på", "av", "för", "med", "om", "en", "ett", "den",
                        "det", "de", "som", "är", "var", "blir", "ska", "skall", "kommer", "har", "hade", "kan",
                        "bör", "måste", "vill", "från", "per", "under", "efter", "inom", "mer", "mindre", "än",
                        "eller", "så", "vi", "jag", "du", "mitt", "min", "mina", "våra", "vår", "vårt", "sina",
                        "sin", "sitt", "dess", "gånger", "gång", "x", "inte", "också", "hos", "när", "där", "samt")
                .words(W.NAME_BEFORE, "version", "steg", "fas", "etapp", "kapitel", "avsnitt", "nummer", "nr",
                        "nr.", "klass", "årskurs", "åk", "vecka", "dag", "sprint", "sida", "punkt", "iso", "år",
                        "fråga", "område", "kurs", "kl", "kl.", "klockan", "v", "v.")
                .words(W.ADJECTIVE, "nya", "nytt", "ny", "fler", "ytterligare", "extra", "andra", "kvalificerade",
                        "aktiva", "unika", "betalande", "nöjda", "interna", "externa", "stora", "små", "heltids",
                        "fasta", "avslutade", "öppna", "fullständiga")
                .words(W.CHANGE, "minska", "minskar", "öka", "ökar", "sänka", "sänker", "höja", "höjer", "förbättra",
                        "förbättrar", "korta", "kortar", "förkorta", "halvera", "fördubbla", "växa", "sjunka",
                        "stiga", "reducera", "reducerar", "dra ner", "få ner", "få upp", "pressa", "höj", "sänk",
                        "minsk", "ök", "gå ner", "gå upp")
                .words(W.VAGUE, "förbättra", "förbättrar", "förbättring", "förbättringar", "förbättras",
                        "bli bättre", "bättre", "jobba på", "jobba mot", "arbeta på", "arbeta mot",
                        "lära mig mer om", "lära sig mer om", "lär dig mer om", "lära mer om", "lär mig mer om",
                        "bli mer", "vara mer", "utvecklas", "förstå", "förståelse", "stärka", "stärker",
                        "fokusera på", "fokusera mer på", "sträva efter", "försöka", "satsa på", "öka", "ökad",
                        "ökat", "ökade", "minska", "minskad", "minskat", "höja", "sänka", "effektivisera",
                        "optimera", "mer", "mera", "mindre", "fler", "färre", "snabbare", "effektivare",
                        "tydligare", "högre", "lägre", "större", "starkare", "enklare", "smidigare", "bäst",
                        "bästa", "så snart som möjligt", "snarast", "snabbt", "regelbundet", "ofta",
                        "kontinuerligt", "löpande", "utmärkt", "uppdaterad", "aktuell", "proaktiv", "proaktivt",
                        "tjäna mer", "spendera mindre", "göra mer", "kunna", "bra", "god", "goda", "växa", "gladare",
                        "nöjdare", "billigare")
                .words(W.VAGUE_FIRST, "lär", "lära", "lära mig", "lära sig", "utveckla", "förstå", "utforska",
                        "studera", "öva", "hjälpa", "stötta", "stödja")
                .words(W.PROMOTION, "bli befordrad till", "befordras till", "befordran till", "bli utnämnd till",
                        "utnämnas till", "få tjänsten som", "avancera till", "ta steget till", "befordrad till",
                        "bli befordrad som")
                .words(W.DEGREE, "examen", "examensbevis", "kandidatexamen", "masterexamen", "magisterexamen",
                        "doktorsexamen", "mba", "diplom", "yrkesexamen", "högskoleexamen", "kandidat", "master",
                        "utbildning", "utbildningen")
                .words(W.DEGREE_VERB, "tagit", "avlagt", "slutfört", "klarat", "fått", "ta", "ta ut", "avlägga", "avsluta", "slutföra", "få", "klara",
                        "bli klar med", "erhålla", "skaffa", "uppnå", "ta min", "ta mitt", "tar", "fullfölja")
                .words(W.CERTIFICATE, "certifiering", "certifieringen", "certifikat", "certifikatet", "certifierad",
                        "certifierade", "licens", "licensen", "legitimation", "behörighet", "prov", "provet",
                        "tenta", "tentan", "körkort", "ackreditering")
                .words(W.CERTIFICATE_VERB, "klarat", "tagit", "fått", "blivit", "avlagt", "bli", "ta", "klara", "få", "erhålla", "uppnå", "avlägga", "slutföra",
                        "genomföra", "skaffa", "förnya", "tar", "klarar")
                .words(W.COURSE, "kurs", "kursen", "kurser", "utbildning", "utbildningen", "utbildningar",
                        "program", "programmet", "modul", "modulen", "workshop", "seminarium", "webbkurs",
                        "e-kurs", "kursdag", "kursdagar", "ledarskapsprogram")
                .words(W.COURSE_VERB, "genomgått", "genomfört", "slutfört", "gått", "läst", "klarat", "tagit", "genomföra", "genomför", "gå", "går", "slutföra", "avsluta", "läsa", "läser",
                        "ta", "klara", "fullfölja", "delta i", "deltar i", "gå igenom", "gå på")
                .words(W.DOCUMENT, "ansökan", "ansökningen", "anbud", "anbudet", "offert", "offerten", "rapport", "rapporten", "rapporter", "guide", "guiden", "handbok", "handboken",
                        "manual", "manualen", "policy", "policyn", "plan", "planen", "strategi", "strategin",
                        "artikel", "artiklar", "bok", "boken", "dokumentation", "dokumentationen", "förslag",
                        "specifikation", "nyhetsbrev", "checklista", "checklistan", "mall", "mallen", "mallar",
                        "vägledning", "rutin", "rutiner", "rutinbeskrivning", "blogginlägg", "inlägg", "runbook",
                        "runbooks", "analys", "analysen", "utredning", "presentation", "sammanfattning",
                        "budget", "processbeskrivning", "instruktion", "instruktioner", "lathund", "wiki",
                        "wikisida", "film", "video", "podd", "kartläggning", "riktlinjer")
                .words(W.DOCUMENT_VERB, "publicerat", "skrivit", "lämnat in", "levererat", "tagit fram", "färdigställt", "publicera", "publicerar", "skriva", "skriver", "skriv", "lämna in",
                        "leverera", "presentera", "ta fram", "tar fram", "färdigställa", "släppa", "skicka ut",
                        "utarbeta", "sammanställa", "dokumentera", "uppdatera", "läsa", "läs", "granska",
                        "skapa", "utforma", "göra", "gör", "ta fram och publicera")
                .words(W.EVENT, "workshop", "workshops", "presentation", "presentationer", "föredrag",
                        "föreläsning", "föreläsningar", "möte", "möten", "träff", "träffar", "seminarium",
                        "seminarier", "konferens", "evenemang", "event", "demo", "demos", "utbildning",
                        "utbildningar", "frukostmöte", "lunchföreläsning", "kickoff", "kick-off", "avstämning",
                        "avstämningar", "utvecklingssamtal", "medarbetarsamtal", "retrospektiv", "hackathon",
                        "mässa", "kampanj", "enkät", "pilot", "övning", "intervju", "intervjuer", "samtal")
                .words(W.EVENT_VERB, "hållit", "genomfört", "arrangerat", "ordnat", "anordnat", "hålla", "håller", "håll", "hålla i", "arrangera", "arrangerar", "ordna",
                        "ordnar", "organisera", "leda", "leder", "genomföra", "genomför", "ge", "anordna",
                        "facilitera", "presentera", "delta i", "delta på", "boka", "köra")
                .words(W.HIRE, "anställa", "anställ", "rekrytera", "nyanställa", "värva", "vinna", "få in",
                        "ta in", "onboarda", "introducera", "utbilda", "coacha", "handleda", "befordra")
                .words(W.DELIVER, "lansera", "lanserar", "införa", "inför", "implementera", "implementerar",
                        "driftsätta", "migrera", "migrerar", "leverera", "levererar", "bygga", "bygger",
                        "sätta upp", "etablera", "öppna", "slutföra", "automatisera", "ersätta", "flytta",
                        "avveckla", "uppgradera", "konsolidera", "digitalisera", "standardisera", "ta i drift",
                        "rulla ut", "färdigställa")
                .words(W.CLAUSE, "att", "ska", "skall", "och", "eller", "sedan", "vi", "jag", "kommer att", "måste", "också", "först")
                .words(W.FUNCTION, "och", "att", "ska", "skall", "med", "för", "jag", "vi", "av", "på", "till",
                        "är", "den", "det", "som", "inom", "senast", "mitt", "min", "våra", "vår", "alla", "varje",
                        "nya", "under", "efter", "mellan", "eller", "kommande", "mer", "bli", "öka", "minska",
                        "vill", "kommer", "inte", "också", "vara", "även", "hos", "samt", "från", "genom", "när",
                        "där", "vårt", "dina", "sin", "ett", "en", "om", "klara", "innan", "före");
        return b.build();
    }

    private static void numbers(Lexicon.Builder b) {
        String[] units = {"noll", "", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva",
            "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton"};
        String[] tens = {"tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio"};
        for (int i = 0; i < units.length; i++) {
            if (!units[i].isEmpty()) {
                b.number(i, units[i]);
            }
        }
        for (int t = 0; t < tens.length; t++) {
            b.number(20 + 10 * t, tens[t]);
            b.number(21 + 10 * t, tens[t] + "en", tens[t] + "ett");
            for (int u = 2; u <= 9; u++) {
                b.number(20 + 10 * t + u, tens[t] + units[u]);
            }
        }
        b.number(100, "hundra", "etthundra", "ett hundra");
        b.number(1000, "tusen", "ettusen", "ett tusen");
        b.number(12, "ett dussin", "dussin");
    }
}
