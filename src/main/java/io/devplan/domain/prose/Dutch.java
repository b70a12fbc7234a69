package io.devplan.domain.prose;

import io.devplan.domain.Language;
import io.devplan.domain.prose.Lexicon.Season;
import io.devplan.domain.prose.Lexicon.Unit;
import io.devplan.domain.prose.Lexicon.W;

/**
 * Dutch words for the goal grammar. "voor" is both "for" and "before", so it reads as "by";
 * only "vóór" and "voordat" mean strictly before. Goals are often infinitives with the verb last
 * ("een cursus volgen"), which the outcome patterns allow.
 */
final class Dutch {
    private Dutch() {}

    static final Lexicon WORDS = words();

    private static Lexicon words() {
        Lexicon.Builder b = Lexicon.of(Language.NL).compounds()
                .months("januari jan", "februari feb", "maart mrt", "april apr", "mei", "juni jun", "juli jul",
                        "augustus aug", "september sept sep", "oktober okt", "november nov", "december dec")
                .weekdays("maandag maandagen", "dinsdag dinsdagen", "woensdag woensdagen",
                        "donderdag donderdagen", "vrijdag vrijdagen", "zaterdag zaterdagen", "zondag zondagen")
                .ordinals("eerste 1e 1ste", "tweede 2e 2de", "derde 3e 3de", "vierde 4e 4de", "vijfde 5e 5de",
                        "zesde 6e 6de")
                .period(Unit.DAY, "dag", "dagen", "kalenderdagen")
                .period(Unit.WORKDAY, "werkdag", "werkdagen")
                .period(Unit.WEEK, "week", "weken")
                .period(Unit.MONTH, "maand", "maanden", "mnd", "mnd.")
                .period(Unit.QUARTER, "kwartaal", "kwartalen")
                .period(Unit.HALF, "halfjaar", "half jaar", "halfjaren")
                .period(Unit.YEAR, "jaar", "jaren", "kalenderjaar")
                .period(Unit.TERM, "semester", "trimester", "schoolperiode")
                .period(Unit.SPRINT, "sprint", "sprints")
                .period(Unit.HOUR, "uur", "uren")
                .period(Unit.MINUTE, "minuut", "minuten")
                .period(Unit.FISCAL_YEAR, "boekjaar", "begrotingsjaar")
                .period(Unit.SCHOOL_YEAR, "schooljaar", "studiejaar", "collegejaar")
                .recurring(Unit.DAY, "dagelijks", "elke dag", "iedere dag")
                .recurring(Unit.WEEK, "wekelijks", "elke week", "iedere week")
                .recurring(Unit.FORTNIGHT, "tweewekelijks", "om de week", "om de twee weken", "elke twee weken")
                .recurring(Unit.MONTH, "maandelijks", "elke maand", "iedere maand")
                .recurring(Unit.QUARTER, "driemaandelijks", "elk kwartaal", "ieder kwartaal", "elke kwartaal")
                .recurring(Unit.YEAR, "jaarlijks", "elk jaar", "ieder jaar")
                .recurring(Unit.TERM, "elk semester", "elke periode", "ieder semester")
                .recurring(Unit.SPRINT, "elke sprint", "iedere sprint")
                .frequency(1, "eenmaal", "één keer", "een keer", "1 keer")
                .frequency(2, "tweemaal")
                .frequency(3, "driemaal")
                .everyOther(2, "om de", "elke tweede", "iedere tweede")
                .multiplier("2", "verdubbelen", "verdubbelt", "verdubbeling", "verdubbeld")
                .multiplier("3", "verdrievoudigen", "verdrievoudigt")
                .multiplier("0.5", "halveren", "halveert", "halvering", "gehalveerd")
                .scale("1000", "duizend", "k", "dzd")
                .scale("1000000", "miljoen", "mln", "mln.", "mio", "mio.")
                .scale("1000000000", "miljard", "mld", "mld.")
                .currency("EUR", "€", "euro", "eur", "euro's")
                .currency("USD", "$", "dollar", "usd")
                .currency("SEK", "sek")
                .currency("DKK", "dkk")
                .fixed(Unit.YEAR, 0, "dit jaar", "eind dit jaar", "einde dit jaar", "het einde van dit jaar",
                        "jaareinde", "het jaareinde", "de jaarwisseling", "jaarwisseling", "oud en nieuw",
                        "het lopende jaar", "het huidige jaar", "eind van het jaar", "einde van het jaar",
                        "het einde van het jaar", "het eind van het jaar", "eind van dit jaar", "einde jaar",
                        "eind 't jaar")
                .fixed(Unit.YEAR, 1, "volgend jaar", "komend jaar", "volgende jaar")
                .fixed(Unit.QUARTER, 0, "dit kwartaal", "eind dit kwartaal", "kwartaaleinde",
                        "het einde van het kwartaal", "eind van het kwartaal", "einde van het kwartaal")
                .fixed(Unit.QUARTER, 1, "volgend kwartaal", "het volgende kwartaal", "komend kwartaal")
                .fixed(Unit.MONTH, 0, "deze maand", "eind deze maand", "einde van de maand", "eind van de maand",
                        "het einde van de maand", "maandeinde", "einde deze maand")
                .fixed(Unit.MONTH, 1, "volgende maand", "komende maand")
                .fixed(Unit.WEEK, 0, "deze week", "eind deze week")
                .fixed(Unit.FISCAL_YEAR, 0, "het einde van het boekjaar", "eind van het boekjaar", "dit boekjaar",
                        "einde boekjaar")
                .fixed(Unit.SCHOOL_YEAR, 0, "het einde van het schooljaar", "eind van het schooljaar",
                        "dit schooljaar", "einde schooljaar", "einde van het schooljaar")
                .holiday(12, 25, "kerst", "kerstmis", "de kerst", "kerstvakantie", "de kerstvakantie")
                .holiday(12, 31, "oudjaar", "oudjaarsdag")
                .holiday(0, 0, "pasen")
                .holiday(4, 27, "koningsdag")
                .season(Season.SPRING, "lente", "voorjaar")
                .season(Season.SUMMER, "zomer", "zomervakantie", "de zomervakantie")
                .season(Season.AUTUMN, "herfst", "najaar")
                .season(Season.WINTER, "winter");
        numbers(b);
        b.words(W.BY, "voor", "vóór", "uiterlijk", "uiterlijk op", "uiterlijk voor", "uiterlijk vóór", "tot",
                        "tot en met", "t/m", "tm", "niet later dan", "per", "op", "tegen", "klaar op",
                        "gereed op", "en")
                .words(W.BEFORE, "vóór", "voordat", "nog voor", "nog vóór")
                .words(W.IN, "in", "tijdens", "gedurende", "binnen", "in de loop van", "voor", "over", "op", "rond")
                .words(W.START, "vanaf", "met ingang van", "m.i.v.", "startend op", "beginnend op", "startend in", "beginnend in",
                        "ingaande")
                .words(W.END_OF, "eind", "einde", "het einde van", "het eind van", "eind van", "einde van",
                        "aan het einde van", "aan het eind van", "ultimo", "uiterlijk eind")
                .words(W.START_OF, "begin", "begin van", "het begin van", "aan het begin van", "start van",
                        "de start van", "medio")
                .words(W.YEAR_JOIN, "van")
                .words(W.WITHIN, "binnen", "in", "gedurende", "over", "tijdens", "in de loop van")
                .words(W.STRICT_WITHIN, "binnen")
                .words(W.SPAN, "periode", "tijd", "tijdsbestek")
                .words(W.NEXT, "komende", "volgende", "aankomende", "eerstvolgende", "eerstkomende", "komend",
                        "volgend")
                .words(W.THIS, "dit", "deze", "het huidige", "huidige", "lopende", "het lopende")
                .words(W.THE, "de", "het", "'t")
                .words(W.THE_PLURAL, "de")
                .words(W.DETERMINER, "de", "het", "een", "onze", "ons", "mijn", "je", "jouw", "uw", "hun", "haar",
                        "zijn", "deze", "dit", "die", "dat", "alle", "elke", "twee", "drie", "nieuwe", "nieuw")
                .words(W.ONE, "een", "één")
                .words(W.EACH_OF, "elk van", "ieder van", "elk van de", "ieder van de")
                .words(W.EVERY, "elke", "elk", "iedere", "ieder")
                .words(W.TIMES, "keer", "maal", "x")
                .words(W.PER, "per", "in de", "elke", "iedere", "per een", "in het")
                .words(W.DAYPART, "ochtend", "morgen", "middag", "avond", "nacht", "werkdag", "vergadering",
                        "overleg", "release", "1-op-1", "één-op-één", "standup", "retro", "dienst")
                .words(W.LAST, "laatste")
                .words(W.STANDARD_OF, "na", "van", "vanaf", "sinds", "na ontvangst van")
                .words(W.AGREED, "afgesproken", "gestelde", "gesteld", "overeengekomen", "vastgestelde",
                        "aangegeven", "gevraagde", "vereiste", "geldende")
                .words(W.DEADLINE, "tijd", "termijn", "termijnen", "deadline", "deadlines", "tijdsbestek",
                        "doorlooptijd", "reactietermijn", "levertijd", "sla")
                .words(W.QUARTER, "kwartaal")
                .words(W.WEEK, "week", "wk", "weeknummer")
                .words(W.HALF, "halfjaar", "helft", "half jaar")
                .words(W.FROM, "van", "vanaf")
                .words(W.TO, "naar", "tot", "tot aan", "tot op")
                .words(W.CHANGE_BY, "met")
                .words(W.OUT_OF, "van de", "uit", "op", "van")
                .words(W.COMPARATOR, "minstens", "minimaal", "ten minste", "tenminste", "maximaal", "maximum",
                        "minimum", "hooguit", "hoogstens", "meer dan", "minder dan", "boven", "onder", "beneden",
                        "max", "max.", "min.", "tot", "top", "ruim", "bijna", "circa", "ca.", "ongeveer", "rond",
                        "gemiddeld", "een gemiddelde van", "halen", "bereiken", "<", ">", "≤", "≥")
                .words(W.PERCENT, "%", "procent", "pct", "pct.")
                .words(W.POINTS, "procentpunt", "procentpunten", "punt", "punten")
                .words(W.METRIC, "nps", "enps", "cijfer", "score", "rapportcijfer", "klanttevredenheid",
                        "klanttevredenheidsscore", "gemiddelde", "beoordeling", "niveau", "waardering")
                .words(W.UNIT, "kg", "g", "km", "m", "u", "min", "s", "sec", "k", "x", "gb", "mb", "st", "stuks")
                .words(W.EVIDENCE, "gemeten aan", "gemeten door", "gemeten met", "gemeten via", "gemeten in",
                        "gemeten op", "blijkend uit", "blijkt uit", "zoals blijkt uit", "aantoonbaar door",
                        "aantoonbaar in", "aangetoond door", "te zien aan", "vastgesteld door", "getoetst door",
                        "op basis van", "te meten aan", "meetbaar aan")
                .words(W.ALL, "alle", "al onze", "al de", "elke", "iedere", "het hele", "de hele")
                .words(W.NOT_UNIT, "en", "of", "te", "de", "het", "een", "van", "voor", "naar", "tot", "met", "in",
                        "op", "aan", "om", "per", "door", "bij", "uit", "over", "dan", "is", "zijn", "was", "waren",
                        "wordt", "worden", "zal", "zullen", "moet", "moeten", "kan", "kunnen", "wil", "willen",
                        "heeft", "hebben", "we", "wij", "ik", "je", "jij", "u", "zij", "ze", "mijn", "onze", "ons",
                        "hun", "haar", "meer", "minder", "keer", "maal", "x", "die", "dat", "dit", "deze", "als",
                        "ook", "niet", "binnen", "na")
                .words(W.NAME_BEFORE, "versie", "stap", "fase", "hoofdstuk", "paragraaf", "sectie", "nummer",
                        "nr", "nr.", "groep", "groepen", "klas", "leerjaar", "week", "dag", "sprint", "pagina",
                        "punt", "iso", "jaar", "vraag", "artikel", "om", "klokslag")
                .words(W.ADJECTIVE, "nieuwe", "nieuw", "extra", "meer", "aanvullende", "andere",
                        "gekwalificeerde", "actieve", "unieke", "betalende", "tevreden", "interne", "externe",
                        "grote", "kleine", "vaste", "afgeronde", "open")
                .words(W.CHANGE, "verlagen", "verlaagt", "verhogen", "verhoogt", "verminderen", "vermindert",
                        "verkleinen", "vergroten", "verbeteren", "verkorten", "halveren", "verdubbelen",
                        "terugbrengen", "terug brengen", "omlaag brengen", "laten dalen", "laten stijgen", "dalen",
                        "stijgen", "groeien", "reduceren", "reduceert", "terugdringen", "beperken", "verlaag",
                        "verhoog", "verminder")
                .words(W.VAGUE, "verbeteren", "verbetert", "verbeter", "verbetering", "verbeteringen",
                        "beter worden", "word beter", "beter", "werken aan", "werk aan", "toewerken naar",
                        "meer leren over", "leer meer over", "meer te weten komen over", "meer worden",
                        "begrijpen", "begrip", "versterken", "versterkt", "focussen op", "focus op",
                        "zich richten op", "streven naar", "proberen", "inzetten op", "verhogen", "verhoging",
                        "verlagen", "vergroten", "verkleinen", "verminderen", "optimaliseren", "efficiënter",
                        "effectiever", "meer", "minder", "sneller", "duidelijker", "hoger", "lager", "groter",
                        "sterker", "makkelijker", "gemakkelijker", "vaker", "soepeler", "beste", "best",
                        "zo snel mogelijk", "z.s.m.", "zsm", "snel", "regelmatig", "vaak", "continu",
                        "voortdurend", "uitstekend", "actueel", "up-to-date", "proactief", "meer verdienen",
                        "minder uitgeven", "meer doen", "kunnen", "harder", "langer", "goed", "goede", "groeien",
                        "laten groeien", "betere", "hogere", "lagere", "snellere", "grotere", "sterkere", "tevredener",
                        "gezonder", "goedkoper")
                .words(W.VAGUE_FIRST, "leer", "leren", "ontwikkel", "ontwikkelen", "begrijpen", "verdiepen",
                        "verkennen", "oefenen", "helpen", "ondersteunen")
                .words(W.PROMOTION, "promotie maken naar", "promotie naar", "bevorderd worden tot",
                        "bevorderd tot", "benoemd worden tot", "benoemd tot", "doorgroeien naar",
                        "doorgroeien tot", "doorstromen naar", "promoveren naar", "promoveren tot",
                        "gepromoveerd tot", "gepromoveerd naar")
                .words(W.DEGREE, "diploma", "diploma's", "bachelor", "bachelordiploma", "master",
                        "masterdiploma", "mba", "propedeuse", "graad", "getuigschrift", "opleiding", "studie")
                .words(W.DEGREE_VERB, "gehaald", "behaald", "afgerond", "voltooid", "halen", "behalen", "afronden", "voltooien", "afmaken", "afstuderen",
                        "verkrijgen", "krijgen", "slagen voor", "haal", "behaal", "rond af", "rondt af")
                .words(W.CERTIFICATE, "certificaat", "certificering", "certificeringen", "certificaten",
                        "gecertificeerd", "certificatie", "examen", "examens", "toets", "licentie", "diploma",
                        "vakdiploma", "rijbewijs", "vca", "accreditatie", "geaccrediteerd")
                .words(W.CERTIFICATE_VERB, "gehaald", "behaald", "afgelegd", "geworden", "halen", "behalen", "worden", "word", "slagen voor", "afleggen", "doen",
                        "verkrijgen", "krijgen", "voltooien", "afronden", "vernieuwen", "haal", "behaal")
                .words(W.COURSE, "cursus", "cursussen", "training", "trainingen", "opleiding", "opleidingen",
                        "module", "modules", "leergang", "workshop", "e-learning", "bootcamp", "masterclass",
                        "studie")
                .words(W.COURSE_VERB, "afgerond", "gevolgd", "voltooid", "gehaald", "gedaan", "volgen", "volgt", "afronden", "rondt af", "voltooien", "voltooit", "doen",
                        "halen", "afmaken", "deelnemen aan", "bijwonen", "doorlopen", "volg", "rond af")
                .words(W.DOCUMENT, "aanvraag", "offerte", "offertes", "aanbesteding", "rapport", "rapportage", "verslag", "handleiding", "handboek", "beleid",
                        "beleidsplan", "beleidsstuk", "plan", "plannen", "strategie", "artikel", "artikelen",
                        "boek", "documentatie", "voorstel", "specificatie", "nieuwsbrief", "nieuwsbrieven",
                        "checklist", "sjabloon", "template", "procedure", "procedures", "blog", "blogs",
                        "werkinstructie", "werkinstructies", "analyse", "notitie", "presentatie", "begroting",
                        "protocol", "draaiboek", "wiki", "video", "podcast", "richtlijn", "richtlijnen")
                .words(W.DOCUMENT_VERB, "gepubliceerd", "geschreven", "opgeleverd", "ingediend", "opgesteld", "publiceren", "publiceer", "schrijven", "schrijf", "opleveren",
                        "lever op", "indienen", "presenteren", "afronden", "opstellen", "stel op", "uitbrengen",
                        "versturen", "maken", "maak", "updaten", "bijwerken", "lezen", "lees", "doornemen",
                        "ontwikkelen", "ontwerpen", "vastleggen", "documenteren")
                .words(W.EVENT, "workshop", "workshops", "presentatie", "presentaties", "lezing", "lezingen",
                        "bijeenkomst", "bijeenkomsten", "sessie", "sessies", "webinar", "congres", "evenement",
                        "event", "events", "demo", "training", "trainingen", "kennissessie", "heidag",
                        "vergadering", "overleg", "kick-off", "kickoff", "gesprek", "gesprekken",
                        "functioneringsgesprek", "ontwikkelgesprek", "retrospective", "hackathon", "campagne",
                        "enquête", "pilot", "oefening", "interview", "interviews", "open dag")
                .words(W.EVENT_VERB, "gehouden", "georganiseerd", "gegeven", "verzorgd", "geven", "geef", "houden", "houd", "organiseren", "organiseer", "verzorgen",
                        "leiden", "presenteren", "faciliteren", "hosten", "bijwonen", "deelnemen aan", "voeren",
                        "draaien")
                .words(W.HIRE, "aannemen", "werven", "rekruteren", "inwerken", "ingewerkt", "binnenhalen",
                        "winnen", "aantrekken", "opleiden", "coachen", "begeleiden")
                .words(W.DELIVER, "lanceren", "invoeren", "implementeren", "uitrollen", "migreren", "opleveren",
                        "bouwen", "opzetten", "openen", "afronden", "automatiseren", "vervangen", "verhuizen",
                        "in gebruik nemen", "live zetten", "live brengen", "installeren", "upgraden",
                        "uitfaseren", "samenvoegen", "digitaliseren", "standaardiseren", "realiseren",
                        "lanceer", "implementeer", "migreer", "bouw", "zet op")
                .words(W.CLAUSE, "te", "zal", "zullen", "en", "of", "dan", "we", "wij", "ik", "gaan", "moet", "moeten", "ook", "eerst")
                .words(W.FUNCTION, "de", "het", "een", "en", "van", "we", "wij", "ik", "wil", "met", "op", "voor",
                        "naar", "gaan", "te", "is", "dit", "jaar", "om", "in", "onze", "mijn", "alle", "elke",
                        "nieuwe", "door", "tussen", "binnen", "uiterlijk", "meer", "worden", "zijn", "niet",
                        "ook", "wordt", "hebben", "kan", "moet", "moeten", "zal", "bij", "uit", "aan", "zodat",
                        "waardoor", "dat", "die", "deze", "middel", "zonder", "gaat", "willen");
        return b.build();
    }

    private static void numbers(Lexicon.Builder b) {
        String[] units = {"nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
            "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"};
        String[] tens = {"twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"};
        for (int i = 0; i < units.length; i++) {
            b.number(i, units[i]);
        }
        for (int t = 0; t < tens.length; t++) {
            b.number(20 + 10 * t, tens[t]);
            b.number(21 + 10 * t, "eenen" + tens[t]);
            for (int u = 2; u <= 9; u++) {
                String unit = units[u];
                // After a vowel "en" takes a diaeresis: tweeëntwintig, drieëntwintig.
                b.number(20 + 10 * t + u, unit + (unit.endsWith("e") ? "ën" : "en") + tens[t],
                        unit + "en" + tens[t]);
            }
        }
        b.number(100, "honderd", "eenhonderd");
        b.number(1000, "duizend", "eenduizend");
        b.number(12, "een dozijn", "dozijn");
    }
}
