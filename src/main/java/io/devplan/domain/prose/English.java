package io.devplan.domain.prose;

import io.devplan.domain.Language;
import io.devplan.domain.prose.Lexicon.Season;
import io.devplan.domain.prose.Lexicon.Unit;
import io.devplan.domain.prose.Lexicon.W;

/** English words for the goal grammar. */
final class English {
    private English() {}

    static final Lexicon WORDS = words();

    private static Lexicon words() {
        Lexicon.Builder b = Lexicon.of(Language.EN).monthFirst()
                .months("january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
                        "august aug", "september sept sep", "october oct", "november nov", "december dec")
                .weekdays("monday mondays", "tuesday tuesdays", "wednesday wednesdays", "thursday thursdays",
                        "friday fridays", "saturday saturdays", "sunday sundays")
                .ordinals("first 1st", "second 2nd", "third 3rd", "fourth 4th", "fifth 5th", "sixth 6th")
                .period(Unit.DAY, "day", "days", "calendar day", "calendar days")
                .period(Unit.WORKDAY, "working day", "working days", "business day", "business days", "workday",
                        "workdays", "work day", "work days")
                .period(Unit.WEEK, "week", "weeks")
                .period(Unit.FORTNIGHT, "fortnight", "fortnights")
                .period(Unit.MONTH, "month", "months")
                .period(Unit.QUARTER, "quarter", "quarters")
                .period(Unit.HALF, "half year", "half-year", "six-month period")
                .period(Unit.YEAR, "year", "years", "calendar year")
                .period(Unit.TERM, "term", "terms", "semester", "semesters", "school term")
                .period(Unit.SPRINT, "sprint", "sprints")
                .period(Unit.HOUR, "hour", "hours", "hrs", "hr")
                .period(Unit.MINUTE, "minute", "minutes", "mins")
                .period(Unit.FISCAL_YEAR, "fiscal year", "financial year", "fy")
                .period(Unit.SCHOOL_YEAR, "school year", "academic year")
                .recurring(Unit.DAY, "daily", "every day", "each day", "every single day", "on a daily basis",
                        "day by day", "nightly")
                .recurring(Unit.WEEK, "weekly", "every week", "each week", "on a weekly basis")
                .recurring(Unit.FORTNIGHT, "fortnightly", "biweekly", "bi-weekly", "every fortnight")
                .recurring(Unit.MONTH, "monthly", "every month", "each month", "on a monthly basis", "bimonthly",
                        "bi-monthly")
                .recurring(Unit.QUARTER, "quarterly", "every quarter", "each quarter", "on a quarterly basis")
                .recurring(Unit.YEAR, "annually", "yearly", "every year", "each year", "on an annual basis",
                        "biannually", "semi-annually")
                .recurring(Unit.TERM, "every term", "each term", "every semester", "each semester", "termly")
                .recurring(Unit.SPRINT, "every sprint", "each sprint")
                .frequency(1, "once")
                .frequency(2, "twice")
                .frequency(3, "thrice")
                .everyOther(2, "every other", "every second", "every 2nd", "every alternate")
                .everyOther(3, "every third", "every 3rd")
                .multiplier("2", "double", "doubling", "twice as many", "twice as much")
                .multiplier("3", "triple", "tripling", "treble")
                .multiplier("4", "quadruple")
                .multiplier("0.5", "halve", "halving", "cut in half", "reduce by half", "by half")
                .scale("1000", "k", "thousand")
                .scale("1000000", "m", "mn", "mm", "million", "millions")
                .scale("1000000000", "bn", "billion", "billions")
                .currency("USD", "$", "usd", "dollars", "dollar", "us$")
                .currency("EUR", "€", "eur", "euros", "euro")
                .currency("GBP", "£", "gbp", "pounds sterling")
                .currency("SEK", "sek")
                .currency("DKK", "dkk")
                .currency("NOK", "nok")
                .currency("kr", "kr", "kr.")
                .fixed(Unit.YEAR, 0, "this year", "year end", "year-end", "end-of-year", "eoy", "the year end",
                        "the end of the year", "end of the year", "end of year", "by the new year")
                .fixed(Unit.QUARTER, 0, "quarter end", "quarter-end", "end-of-quarter", "eoq", "this quarter")
                .fixed(Unit.MONTH, 0, "month end", "month-end", "end-of-month", "eom", "this month")
                .fixed(Unit.WEEK, 0, "this week", "end of the week", "the end of the week", "end of week")
                .fixed(Unit.YEAR, 1, "next year")
                .fixed(Unit.FISCAL_YEAR, 0, "fiscal year end", "fiscal year-end", "financial year end",
                        "the end of the fiscal year", "the end of the financial year", "this fiscal year")
                .fixed(Unit.SCHOOL_YEAR, 0, "the end of the school year", "end of the school year",
                        "this school year", "the end of the academic year", "this academic year")
                .holiday(12, 25, "christmas", "xmas", "christmas day")
                .holiday(12, 31, "new year", "new year's eve", "the new year")
                .holiday(0, 0, "easter")
                .season(Season.SPRING, "spring")
                .season(Season.SUMMER, "summer", "the summer holidays", "the summer break", "summer break",
                        "summer holidays", "summer vacation")
                .season(Season.AUTUMN, "autumn", "fall")
                .season(Season.WINTER, "winter");
        numbers(b);
        b.words(W.BY, "by", "before", "until", "till", "no later than", "not later than", "on or before",
                        "at the latest by", "at the latest", "due", "due by", "prior to", "ahead of", "in time for",
                        "by no later than", "up to", "through", "on", "to", "and")
                .words(W.BEFORE, "before", "prior to", "ahead of")
                .words(W.IN, "in", "during", "throughout", "for", "within", "across", "at")
                .words(W.START, "starting", "starting from", "starting on", "starting in", "beginning",
                        "beginning in", "beginning on", "from", "as of", "as from", "effective", "commencing",
                        "commencing in", "commencing on", "starting with")
                .words(W.END_OF, "the end of", "end of", "the close of", "close of", "the last day of",
                        "the completion of", "late")
                .words(W.START_OF, "the start of", "the beginning of", "start of", "beginning of", "the first day of",
                        "early")
                .words(W.DATE_ARTICLE, "the")
                .words(W.YEAR_JOIN, "of", "in")
                .words(W.WITHIN, "within", "in", "over", "during", "for", "inside", "in under", "in less than")
                .words(W.NEXT, "next", "coming", "following", "upcoming", "forthcoming")
                .words(W.THIS, "this", "the current", "current")
                .words(W.THE, "the")
                .words(W.THE_PLURAL, "the")
                .words(W.DETERMINER, "the", "a", "an", "our", "my", "your", "their", "his", "her", "its", "this",
                        "these", "that", "those", "one", "two", "three", "both", "all", "each", "every")
                .words(W.ONE, "a", "an", "one")
                .words(W.EACH_OF, "each of", "every one of")
                .words(W.EVERY, "every", "each")
                .words(W.TIMES, "times", "x")
                .words(W.PER, "a", "an", "per", "each", "every", "in a", "in the", "a single")
                .words(W.DAYPART, "morning", "mornings", "evening", "evenings", "afternoon", "night", "lunchtime",
                        "shift", "weekend", "working day", "workday", "meeting", "release", "one-on-one",
                        "1:1", "stand-up", "standup", "retrospective", "retro")
                .words(W.STANDARD_OF, "of", "after", "from", "following", "upon", "since")
                .words(W.AGREED, "agreed", "specified", "set", "required", "allotted", "allowed", "given", "expected",
                        "stated", "defined", "agreed-upon", "specified by", "set by", "agreed with", "agreed by")
                .words(W.DEADLINE, "time", "deadline", "deadlines", "timeframe", "time frame", "timeframes",
                        "timescale", "timescales", "turnaround", "sla", "slas", "service level")
                .words(W.QUARTER, "quarter")
                .words(W.WEEK, "week", "wk", "cw")
                .words(W.SPAN, "period", "window", "timeframe", "time frame", "span", "time", "stretch")
                .words(W.LAST, "last", "final")
                .words(W.STRICT_WITHIN, "within")
                .words(W.HALF, "half", "half-year", "half year")
                .words(W.FROM, "from")
                .words(W.TO, "to", "down to", "up to", "into")
                .words(W.CHANGE_BY, "by")
                .words(W.OUT_OF, "out of", "of", "in", "from")
                .words(W.COMPARATOR, "at least", "at most", "no more than", "no less than", "not more than",
                        "not less than", "no fewer than", "more than", "less than", "fewer than", "over", "under",
                        "below", "above", "beyond", "a minimum of", "a maximum of", "minimum of", "maximum of",
                        "minimum", "maximum", "min", "max", "up to", "top", "a top", "exceed", "exceeding",
                        "greater than", "lower than", "higher than", "within", "<", ">", "<=", ">=", "≤", "≥",
                        "around", "about", "approximately", "almost", "nearly", "roughly", "an average of",
                        "average of", "on average", "rank", "ranked", "reach", "hit", "achieve")
                .words(W.PERCENT, "%", "percent", "per cent", "pct", "pct.")
                .words(W.POINTS, "percentage points", "percentage point", "pp", "points", "pts", "point")
                .words(W.METRIC, "nps", "enps", "csat", "net promoter score", "score", "rating", "grade", "mark",
                        "satisfaction score", "satisfaction rating", "average", "gpa", "level", "band", "stars")
                .words(W.UNIT, "kg", "kgs", "g", "lb", "lbs", "km", "mi", "m", "cm", "mm", "h", "hrs", "hr", "min",
                        "mins", "s", "ms", "sec", "secs", "k", "x", "gb", "mb", "tb", "pp", "pts", "wpm", "kpi", "kpis")
                .words(W.EVIDENCE, "as measured by", "measured by", "as demonstrated by", "demonstrated by",
                        "as evidenced by", "evidenced by", "as shown by", "as indicated by", "as assessed by",
                        "as verified by", "verified by", "as reflected in", "as tracked in", "tracked in",
                        "tracked by", "as judged by", "as confirmed by", "confirmed by", "measured in",
                        "measured on", "as recorded in", "as rated by", "rated by", "as proven by")
                .words(W.ALL, "all", "all of", "all the", "every", "each", "100% of", "each and every")
                .words(W.NOT_UNIT, "a", "an", "the", "to", "and", "or", "of", "per", "by", "in", "on", "at", "for",
                        "from", "till", "with", "into", "out", "times", "x", "is", "are", "was", "were", "will", "would",
                        "shall", "should", "can", "could", "may", "might", "must", "be", "been", "has", "have", "had",
                        "do", "does", "did", "than", "more", "less", "which", "that", "this", "these", "those", "it",
                        "its", "their", "our", "my", "your", "his", "her", "i", "we", "you", "they", "he", "she", "as",
                        "so", "if", "then", "when", "while", "after", "before", "during", "within", "over", "under",
                        "up", "down", "not", "no", "all", "each", "every", "one", "also", "only", "just", "am", "pm")
                .words(W.NAME_BEFORE, "version", "v", "release", "phase", "step", "stage", "chapter", "section",
                        "number", "no", "nr", "grades", "year", "years", "class", "room", "building",
                        "floor", "route", "iso", "sprint", "week", "day", "page", "item", "article",
                        "paragraph", "figure", "table", "line", "q", "h", "fy", "covid", "at", "wk", "cw")
                .words(W.ADJECTIVE, "new", "more", "additional", "extra", "further", "other", "qualified",
                        "active", "unique", "paying", "successful", "completed", "closed", "open", "fewer",
                        "full", "whole", "different", "separate", "major", "minor", "key", "big", "small",
                        "large", "high", "low", "monthly", "weekly", "daily", "annual", "quarterly", "repeat",
                        "returning", "satisfied", "happy", "internal", "external", "billable")
                .words(W.CHANGE, "reduce", "reduces", "reducing", "increase", "increases", "increasing",
                        "decrease", "decreasing", "cut", "cutting", "raise", "raising", "lower", "lowering", "grow",
                        "growing", "boost", "boosting", "improve", "improving", "bring", "drive", "lift", "shrink",
                        "lose", "gain", "get", "go", "decline", "rise", "drop", "fall", "minimise", "minimize",
                        "maximise", "maximize")
                .words(W.VAGUE, "improve", "improves", "improved", "improving", "improvement", "improvements",
                        "enhance", "enhancing", "strengthen", "strengthening", "optimise", "optimize", "optimising",
                        "optimizing", "work on", "work towards", "work toward", "working on", "focus on", "focus more on",
                        "strive", "strive to", "try to", "aim to", "endeavour", "endeavor", "understand",
                        "understanding", "get better", "become better", "be better", "better", "learn more about",
                        "learn about", "be more", "become more", "get more", "grow as", "boost", "maximise",
                        "maximize", "minimise", "minimize", "streamline", "increase", "increased", "increasing",
                        "decrease", "reduce", "reduced", "reducing", "raise", "grow", "growing", "develop my",
                        "develop our", "develop your", "more", "less", "fewer", "faster", "quicker", "sooner",
                        "higher", "greater", "bigger", "stronger", "clearer", "easier", "smoother", "more efficient",
                        "more efficiently", "more effective", "more effectively", "significantly", "substantially",
                        "considerably", "as much as possible", "as soon as possible", "asap", "promptly", "timely",
                        "in a timely manner", "regularly", "frequently", "often", "excellent",
                        "world-class", "best", "up-to-date", "up to date", "effectively", "efficiently", "proactive",
                        "proactively", "a lot", "harder", "smarter", "happier", "spend less", "earn more", "do more", "do better", "be able to")
                .words(W.VAGUE_FIRST, "learn", "grow", "develop", "understand", "study", "explore", "practise",
                        "practice", "get to know", "know", "support", "help", "assist", "get")
                .words(W.PROMOTION, "be promoted to", "get promoted to", "been promoted to", "promoted to",
                        "promotion to", "a promotion to", "be appointed to", "be appointed as", "appointed as",
                        "move up to", "step up to", "be promoted as", "earn a promotion to", "gain a promotion to")
                .words(W.DEGREE, "degree", "bachelor's", "bachelors", "bachelor", "master's", "masters", "mba",
                        "phd", "doctorate", "diploma", "associate's", "postgraduate", "msc", "bsc", "ma", "ba",
                        "nvq", "hnd", "gcse", "a-levels", "qualification")
                .words(W.DEGREE_VERB, "completed", "earned", "obtained", "received", "gained", "finished", "complete", "finish", "earn", "obtain", "get", "gain", "receive", "achieve",
                        "attain", "graduate", "graduate with", "graduate from", "pass", "be awarded", "award",
                        "acquire", "hold", "secure")
                .words(W.CERTIFICATE, "certification", "certificate", "certified", "certifications", "exam",
                        "examination", "exams", "accreditation", "accredited", "license", "licence", "licensed",
                        "chartered", "qualification", "test")
                .words(W.CERTIFICATE_VERB, "passed", "obtained", "earned", "achieved", "gained", "received", "completed", "get", "become", "be", "pass", "complete", "obtain", "earn", "achieve",
                        "gain", "attain", "receive", "take", "sit", "acquire", "secure", "finish", "hold", "renew")
                .words(W.COURSE, "course", "courses", "training", "programme", "program", "module", "modules",
                        "bootcamp", "boot camp", "curriculum", "e-learning", "class", "classes", "workshop",
                        "workshops", "seminar", "apprenticeship", "mooc", "lessons")
                .words(W.COURSE_VERB, "completed", "attended", "passed", "finished", "taken", "complete", "completes", "completing", "finish", "finishing", "attend",
                        "attending", "take", "taking", "pass", "do", "undertake", "enrol in", "enroll in",
                        "sign up for", "participate in", "go through", "graduate from")
                .words(W.DOCUMENT, "report", "reports", "guide", "guides", "handbook", "manual", "policy",
                        "policies", "plan", "plans", "strategy", "article", "articles", "paper", "papers",
                        "blog post", "blog posts", "post", "posts", "book", "documentation", "docs", "runbook",
                        "runbooks", "playbook", "playbooks", "proposal", "proposals", "specification", "spec",
                        "whitepaper", "white paper", "newsletter", "newsletters", "checklist", "checklists",
                        "template", "templates", "roadmap", "case study", "case studies", "faq", "wiki page",
                        "procedure", "procedures", "process description", "business plan", "budget", "analysis",
                        "review", "presentation", "deck", "study", "thesis", "dissertation", "chapter", "course",
                        "curriculum", "standard", "standards", "framework", "dashboard", "page", "list", "to do list",
                        "to-do list", "summary", "memo", "briefing", "story", "stories", "video", "videos",
                        "podcast", "podcasts", "style guide", "charter", "audit", "application", "applications", "bid",
                        "tender", "submission", "request for proposal", "business case", "manuscript", "portfolio")
                .words(W.DOCUMENT_VERB, "published", "written", "submitted", "delivered", "completed", "released", "produced", "read", "publish", "publishes", "published", "publishing", "release", "submit",
                        "deliver", "present", "write", "writes", "writing", "complete", "completing", "finish",
                        "hand in", "send", "send out", "produce", "create", "creating", "finalise", "finalize",
                        "issue", "prepare", "draft and publish", "author", "document", "compile", "put together",
                        "develop", "design", "launch", "ship", "update", "rewrite", "record", "read", "review")
                .words(W.EVENT, "workshop", "workshops", "presentation", "presentations", "talk", "talks",
                        "meeting", "meetings", "session", "sessions", "training", "trainings", "webinar",
                        "webinars", "conference", "event", "events", "demo", "demos", "lunch-and-learn",
                        "lunch and learn", "hackathon", "retrospective", "retrospectives", "offsite", "kick-off",
                        "kickoff", "seminar", "seminars", "course", "class", "classes", "lecture", "lectures",
                        "speech", "keynote", "town hall", "all-hands", "review", "reviews", "interview",
                        "interviews", "one-on-one", "one-on-ones", "1:1", "1:1s", "open day", "fair", "launch",
                        "campaign", "survey", "pilot", "drill", "exercise", "game day", "day", "party",
                        "celebration", "hackday")
                .words(W.EVENT_VERB, "held", "hosted", "delivered", "given", "organised", "organized", "run", "hold", "holds", "holding", "run", "runs", "running", "host", "hosting",
                        "organise", "organize", "organising", "organizing", "deliver", "delivering", "give",
                        "giving", "facilitate", "facilitating", "present", "lead", "leading", "arrange",
                        "conduct", "conducting", "chair", "teach", "teaching", "speak at", "attend", "attending",
                        "set up", "schedule", "complete", "carry out", "perform")
                .words(W.HIRE, "hire", "hiring", "recruit", "recruiting", "onboard", "onboarding", "employ",
                        "bring on", "sign", "sign up", "win", "acquire", "gain", "land", "secure", "train",
                        "mentor", "coach", "certify", "promote")
                .words(W.DELIVER, "launch", "launches", "launching", "implement", "implements", "implementing",
                        "roll out", "rolling out", "deploy", "deploying", "migrate", "migrating", "ship", "shipping",
                        "release", "releasing", "set up", "setting up", "introduce", "introducing", "establish",
                        "establishing", "open", "build", "building", "complete", "completing", "finish", "finishing",
                        "deliver", "delivering", "automate", "automating", "replace", "replacing", "move",
                        "go live with", "put in place", "adopt", "install", "design and deliver", "close",
                        "resolve", "fix", "retire", "decommission", "upgrade", "convert", "consolidate",
                        "solicit", "sign off", "hand over", "transfer", "merge", "integrate", "digitise",
                        "digitize", "centralise", "centralize", "standardise", "standardize")
                .words(W.CLAUSE, "to", "will", "shall", "and", "or", "then", "i", "we", "must", "should", "can", "by",
                        "after", "through", "while", "also", "be", "am", "is", "are", "was", "been", "i'm",
                        "we're", "not",
                        "i'll", "we'll", "also", "first", "finally", "successfully", "fully")
                .words(W.FUNCTION, "the", "and", "of", "to", "by", "will", "in", "for", "with", "my", "our", "a",
                        "an", "we", "i", "be", "is", "at", "from", "this", "that", "on", "all", "new", "each", "every",
                        "within", "next", "their", "your", "than", "more", "less", "should", "can", "have",
                        "get", "team", "customer", "customers", "number", "increase", "reduce", "improve");
        return b.build();
    }

    private static void numbers(Lexicon.Builder b) {
        String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < units.length; i++) {
            b.number(i, units[i]);
        }
        for (int t = 0; t < tens.length; t++) {
            b.number(20 + 10 * t, tens[t]);
            for (int u = 1; u <= 9; u++) {
                b.number(20 + 10 * t + u, tens[t] + "-" + units[u], tens[t] + " " + units[u]);
            }
        }
        b.number(100, "hundred", "a hundred", "one hundred");
        b.number(1000, "thousand", "a thousand", "one thousand");
        b.number(12, "a dozen", "dozen");
    }
}
