package dev.kairos.ingest.detect;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerType;
import org.jspecify.annotations.Nullable;

/**
 * {@code LAYOFFS}: "Acme lays off 200", "Acme to cut 10% of staff", "Acme axes 1,500 jobs", "Acme announces
 * layoffs". Not "could cut", "jobs at risk", a union's warning, or cuts of prices, rates or costs.
 */
final class LayoffsFinder implements Finder {

    private static final WordPattern VERB = new WordPattern("(?i)\\b(?:lays? off|laid off|laying off|lay off|cuts?"
            + "|cutting|slash(?:es|ed|ing)?|axes|axed|axing|axe|sheds?|shedding|eliminat(?:es|ed|ing|e)|trims?"
            + "|trimmed|trimming|reduces?|reduced|reducing|culls?|culled|culling|lets? go(?: of)?|letting go(?: of)?"
            + "|shrinks?|shrinking|shrank|downsiz(?:es|ed|ing|e)|announces?|announced|confirms?|confirmed|begins?"
            + "|began|conducts?|conducted|starts?|started|makes?|made|carries out|carried out|unveils?|unveiled"
            + "|kicks? off|launches?|launched|plans? no|offers? buyouts to|furloughs?|furloughed|furloughing"
            + "|drops?|dropped|dropping|is hit by|hit by"
            + "|orders?|ordered"
            + "|hits?|impacts?|affects?|affected|impacted|terminates?|terminated|dismiss(?:es|ed)?|fires?|fired|"
            + "sacks?|sacked|to shed|to cut|to lay off|to eliminate|to axe|will cut|will lay off|will eliminate"
            + "|pares? back|pared back|paring back|scales? back|scaled back|let go(?: of)?|to cost|will cost|costs?"
            + "|slims? down|slimmed down|thins?|thinned|with (?:the )?loss of|with the loss of up to"
            + "|with(?= (?:about |some |around |nearly |more than |up to )?[\\d,.]+(?: ?(?:k|thousand))? (?:job losses"
            + "|job cuts|redundancies|layoffs)\\b)"
            + "|resulting in (?:the loss of)?|putting)\\b");

    /** Nouns for jobs or for the cutting of them: "cuts 200 roles", "announces workforce reduction". */
    private static final Pattern JOB_NOUN = Pattern.compile("(?i)(?:jobs?|positions?|roles?|employees?|staff(?:ers)?"
            + "|workers?|workforce|headcount|people|personnel|layoffs?|cuts|redundanc(?:y|ies)|lay-offs?|posts"
            + "|members|engineers|contractors|teams?|reductions?|rif|managers|payrolls?)");

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,.;:]+$");

    /** Words that end the object of a cut: "cuts prices in Europe", "trims forecast for 2025". */
    private static final Set<String> OBJECT_END = Set.of("to", "for", "in", "at", "as", "after", "amid", "from",
            "with", "on", "over", "while", "and", "but", "into", "because", "despite", "following", "against");

    /** "Layoffs at Acme", "1,000 jobs cut at Acme": the company after "at". */
    private static final WordPattern PASSIVE = new WordPattern("(?i)\\b(?:layoffs?|job cuts?|jobs? cuts?|redundancies"
            + "|restructuring|reorgani[sz]ation|overhaul|cost-cutting|shake-?up"
            + "|jobs? (?:(?:were|was|are|will be|have been|being) )?(?:cut|lost|axed|eliminated|slashed|shed|reduced)"
            + "|(?:employees|workers|staff|people) (?:(?:were|are|have been|being) )?(?:laid off|cut|let go|axed))"
            + "(?: hit)? (?:at|by|from)\\b"
            // "400 jobs lost as Acme closes plants", "jobs go after Acme calls in administrators"
            + "|\\bjobs (?:(?:were|are|will be|have been) )?(?:lost|cut|axed|go|gone) (?:as|after)\\b");

    /**
     * "450 jobs will go", "210 workers are to lose their posts": jobs counted before the verb that cuts them, the
     * company being the one the sentence is about.
     */
    private static final WordPattern JOBS_GO = new WordPattern("(?i)\\b(?:(?:jobs|positions|roles|posts) (?:will|are to"
            + "|are set to|are going to) (?:go|be (?:cut|lost|axed|eliminated|slashed|shed|reduced))"
            + "|(?:employees|workers|staff|people) (?:will|are to|are set to) lose their jobs)\\b", "jobs", "posts",
            "positions", "roles");

    /** A count right before the jobs of {@link #JOBS_GO}: "450 ", "about 1,100 ". */
    private static final Pattern COUNT_BEFORE = Pattern.compile("(?<![\\w.,])(?:\\d{1,3}(?:,\\d{3})+|\\d+) $");

    private static final Pattern COUNT = Pattern.compile("(?i)(?<![\\d/])(?<count>\\d{1,3}(?:,\\d{3})+"
            + "|\\d+(?:\\.\\d+)?)(?: ?(?<thousand>k|thousand))?(?:\\+)? (?:(?:more |additional |new |full-time "
            + "|corporate |tech "
            + "|u\\.s\\. |us |uk |global |office |factory |plant |store |retail |warehouse |staff |white-collar "
            + "|salaried |hourly |engineering |sales |support |[a-z-]+ ){0,3})(?:jobs?|positions?|roles?|employees?|"
            + "staff(?:ers)?|workers?|people|personnel|posts|members|engineers|contractors|team members|"
            + "layoffs|job cuts)\\b");

    private static final Pattern LAYOFF_NOUN = Pattern.compile("(?i)\\b(?:layoffs?|job cuts?|losses"
            + "|redundanc(?:y|ies)|lay-offs?|reductions?|rif)\\b");

    private static final Pattern LAID_OFF_COUNT = Pattern.compile("(?i)\\b(?:lays?|laid|laying) off (?:about "
            + "|around |nearly |some |up to |more than |over |another )?(?<count>\\d{1,3}(?:,\\d{3})+|\\d{1,6})"
            + "\\b(?!%| ?per)");

    private static final Pattern COUNT_WORD = Pattern.compile("(?i)\\b(?<word>two|three|four|five|six|seven|eight"
            + "|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)(?: [a-z-]+){0,2} (?:jobs|positions|roles"
            + "|employees|staff(?:ers)?|workers|people|posts)\\b");

    private static final Pattern PERCENT = Pattern.compile("(?i)(?<percent>\\d+(?:\\.\\d+)?) ?(?:%|per ?cent)"
            + "|(?<word>a third|a quarter|a fifth|a tenth|half|one-third|one-quarter|one-fifth|two-thirds)"
            + "(?= of)|\\b(?<numerator>[1-9])/(?<denominator>[2-9]|10)(?= of\\b)");

    @Override
    public long patterns() {
        return WordPattern.bits(VERB, PASSIVE, JOBS_GO);
    }

    @Override
    public List<TriggerType> types() {
        return List.of(TriggerType.LAYOFFS);
    }

    /**
     * Cuts of jobs that are a danger or a condition, not a decision: "could cut 500 jobs", "expected to cut", "puts
     * 700 jobs at risk", "will cut 500 jobs if the takeover goes ahead"; jobs a cause costs ("tariffs will cost 5,000
     * jobs"), and cuts told in passing ("a week after cutting 1,200 jobs"). Also jobs created, not cut.
     */
    @Override
    public boolean rulesOut(Sentence sentence) {
        // "Acme to cut 1,700 jobs as Beta's shops close, putting 900 jobs at risk": a decided cut beside a danger
        // to other jobs is still a cut; only a sentence whose every cut of jobs is such is ruled out
        boolean ruledOut = false;
        boolean decided = false;
        for (Cut cut : cuts(sentence)) {
            if (cut.jobs() == null) {
                continue;
            }
            Sentence.Subject subject = sentence.subjectOf(sentence.wordAt(cut.start()));
            if (cut.condition() || cut.cause() || cut.inPassing() || subject != null
                    && Hedges.beforeVerb(subject.between()) || hedgedBeforeAnd(sentence.text(), cut.start())) {
                ruledOut = true;
            } else {
                decided = true;
            }
        }
        return ruledOut && !decided || sentence.lower().contains("jobs") && CREATED.matcher(sentence.text()).find();
    }

    /** Jobs a company creates, fills or saves: "to create 600 jobs", "adds 1,200 new jobs", "saving 900 jobs". */
    private static final Pattern CREATED = Pattern.compile("(?i)\\b(?:creat\\w*|adds?|adding|added|hir\\w*"
            + "|sav(?:es|ed|ing|e)) (?:up to "
            + "|about |some |around |more than |over |another )?[\\d,.]+(?: ?(?:k|thousand))? (?:new )?jobs\\b");

    /** Before a verb, what makes its cut a past event told in passing: "days after cutting", "since laying off". */
    private static final Pattern IN_PASSING = Pattern.compile("(?i)\\b(?:after|since|following|before) $");

    /**
     * A verb of cutting and what follows it in its clause: the object, the jobs it names (null when none), and
     * whether the clause makes the cut a danger or a condition.
     */
    private record Cut(int start, int end, String verb, String object, @Nullable String jobs, boolean condition,
            boolean inPassing) {

        /** "Tariffs will cost 5,000 jobs": a cost of jobs names their cause, not the employer that cuts them. */
        boolean cause() {
            return verb.regionMatches(true, verb.length() - 4, "cost", 0, 4)
                    || verb.regionMatches(true, verb.length() - 5, "costs", 0, 5);
        }
    }

    /**
     * The cuts of a sentence, read once: find and rulesOut both ask, the headline's and the lede's in turn (a cache
     * of the sentence read last on the thread missed in that order).
     */
    private static final Sentence.Fact<List<Cut>> CUTS_READ = new Sentence.Fact<>(LayoffsFinder::readCuts);

    private static List<Cut> cuts(Sentence sentence) {
        return sentence.fact(CUTS_READ);
    }

    private static List<Cut> readCuts(Sentence sentence) {
        String text = sentence.text();
        List<Cut> cuts = new ArrayList<>(2);
        WordPattern.Scan verb = VERB.in(sentence);
        while (verb.find()) {
            String object = text.substring(verb.end(), Finder.clauseEnd(sentence, verb.end()));
            // "cuts 2,000 jobs, putting 900 more at risk": the danger after a comma is to other jobs
            int comma = object.indexOf(", ");
            boolean condition = CONDITION.matcher(object).region(0, comma < 0 ? object.length() : comma).find();
            boolean inPassing = IN_PASSING.matcher(text.substring(Math.max(0, verb.start() - 11), verb.start())).find();
            cuts.add(new Cut(verb.start(), verb.end(), verb.group(), object, jobsPhrase(object), condition, inPassing));
        }
        return List.copyOf(cuts);
    }

    /** What makes a cut a danger or a condition: "at risk", "if the deal goes ahead", "unless". */
    private static final Pattern CONDITION = Pattern.compile("(?i)\\b(?:at risk|if|unless|in danger)\\b");

    @Override
    public void find(Sentence sentence, List<Detection> found) {
        String text = sentence.text();
        for (Cut cut : cuts(sentence)) {
            String verbWords = cut.verb().toLowerCase(Locale.ROOT);
            String object = cut.object();
            if (cut.condition() || cut.cause() || cut.inPassing()) {
                // "leaves 2,500 jobs at risk", "will cut 500 jobs if the takeover goes ahead": no decision; "a week
                // after cutting 1,200 jobs": an earlier cut in passing; "tariffs will cost 5,000 jobs": a cause
                continue;
            }
            String jobs = cut.jobs();
            boolean aboutJobs = jobs != null;
            boolean layoffVerb = verbWords.contains("lay") || verbWords.contains("laid")
                    || verbWords.contains("furlough");
            boolean redundant = object.toLowerCase(Locale.ROOT).contains(" redundant");
            if (!aboutJobs && !layoffVerb && !redundant) {
                continue;
            }
            // "announces", "begins", "hits" need the layoffs themselves as object: "announces 9% workforce reduction"
            if (!layoffVerb && !redundant && !isCutVerb(verbWords)
                    && (jobs == null || !LAYOFF_NOUN.matcher(jobs).find())) {
                continue;
            }
            Sentence.Subject subject = verbWords.contains("loss of") || verbWords.equals("putting")
                    || verbWords.equals("with")
                    || verbWords.startsWith("resulting")
                    ? new Sentence.Subject(sentence.leadingName(), "", true) : subjectOf(sentence, cut.start());
            if (subject == null || subject.name() == null) {
                continue;
            }
            found.add(detection(subject.name(), text, subject.inherited()));
            return;
        }
        WordPattern.Scan go = JOBS_GO.in(sentence);
        while (go.find()) {
            String before = text.substring(0, go.start());
            // remembered by the sentence: asked only where jobs are counted before their verb
            String leading = sentence.leadingName();
            // the clause of the count: "plans to shut its plant next year and 210 workers are to lose their posts"
            String clause = before.substring(Math.max(before.lastIndexOf(", "), before.lastIndexOf(" and ")) + 1);
            // "Around 2,000 jobs will go, Acme says": a first word the count follows at once is no company
            int named = leading == null ? -1 : before.indexOf(leading);
            if (COUNT_BEFORE.matcher(before).find() && leading != null
                    && (named < 0 || before.substring(named + leading.length()).strip().contains(" "))
                    && !Hedges.beforeVerb(clause)
                    && !CONDITION.matcher(text.substring(go.end(), Finder.clauseEnd(sentence, go.end()))).find()) {
                found.add(detection(leading, text, false));
                return;
            }
        }
        Detection exits = exitsOffered(sentence);
        if (exits != null) {
            found.add(exits);
            return;
        }
        WordPattern.Scan passive = PASSIVE.in(sentence);
        if (passive.find() && (COUNT.matcher(text).find() || text.toLowerCase(Locale.ROOT).matches(
                ".*\\b(?:layoffs?|job cuts?|jobs)\\b.*"))) {
            // "1,000 Acme jobs lost as a buyer takes the chain": the jobs' own company comes before them
            String company = text.regionMatches(true, passive.start(), "jobs ", 0, 5)
                    ? sentence.nameEndingAt(sentence.wordBefore(passive.start())) : null;
            if (company == null) {
                company = sentence.nameStartingAt(sentence.wordFrom(passive.end()));
            }
            if (company != null && !Places.isPlace(company) && !Hedges.beforeVerb(text.substring(0,
                    passive.start()))) {
                found.add(detection(company, text, false));
            }
        }
    }

    /**
     * "Acme announces a voluntary exit program for its sales team", "Acme offers its workers the exit door": a company
     * that offers its staff to leave cuts jobs, as "offers buyouts to" does; the company the verb's subject names,
     * unless hedged.
     */
    private static @Nullable Detection exitsOffered(Sentence sentence) {
        String lower = sentence.lower();
        if (!lower.contains("voluntary") && !lower.contains("exit door")) {
            return null;
        }
        Matcher offered = EXITS_OFFERED.matcher(sentence.text());
        if (!offered.find()) {
            return null;
        }
        Sentence.Subject subject = Finder.subject(sentence, offered);
        return subject == null || Places.isPlace(subject.name()) ? null
                : detection(subject.name(), sentence.text(), subject.inherited());
    }

    private static final Pattern EXITS_OFFERED = Pattern.compile("(?i)\\b(?:announces?|announced|offers?|offered"
            + "|launches?|launched|opens?|opened|unveils?|unveiled|rolls? out|rolled out|introduces?|introduced) "
            + "(?:(?:an? |its |the |a new )?['‘\"“]?voluntary (?:exit|separation|redundancy|departure|buyout"
            + "|severance|leave)s? (?:program|programme|scheme|plan|package|offer)s?"
            + "|(?:its )?(?:staff|employees|workers|people) (?:the exit door|voluntary (?:exits|buyouts|redundancy)))");

    /** The subject of the verb at {@code start}, as {@link Finder#subject} reads it: null when hedged or missing. */
    private static Sentence.@Nullable Subject subjectOf(Sentence sentence, int start) {
        Sentence.Subject subject = sentence.subjectOf(sentence.wordAt(start));
        if (subject == null || subject.name() == null || Hedges.beforeVerb(subject.between())
                || hedgedBeforeAnd(sentence.text(), start)) {
            return null;
        }
        return subject;
    }

    /** "says it may close depots and cut staff": a verb joined by "and" to one a hedge stands before. */
    private static boolean hedgedBeforeAnd(String text, int start) {
        String before = text.substring(Math.max(0, start - 40), start);
        return before.endsWith(" and ") && HEDGE_BEFORE_AND.matcher(before).find();
    }

    private static final Pattern HEDGE_BEFORE_AND = Pattern.compile("(?i)\\b(?:could|may|might|would|warns?|warned"
            + "|threatens?|threatened)\\b[^,;]* and $");

    /** The object's words up to its first job noun ("30% of staff"), or null when it names no jobs. */
    private static @Nullable String jobsPhrase(String object) {
        String[] words = object.strip().split(" ");
        StringBuilder phrase = new StringBuilder();
        for (int i = 0; i < words.length && i < 9; i++) {
            String word = TRAILING_PUNCTUATION.matcher(words[i]).replaceAll("");
            // "up to 500 jobs", "at least 200 jobs": a count, not the object's end
            boolean upTo = i > 0 && words[i - 1].equalsIgnoreCase("up") && word.equalsIgnoreCase("to")
                    || i + 1 < words.length && word.equalsIgnoreCase("at") && words[i + 1].equalsIgnoreCase("least");
            // "to axe 12 depots and 900 jobs": jobs cut beside something else
            boolean moreCut = word.equalsIgnoreCase("and") && i + 2 < words.length
                    && !words[i + 1].isEmpty() && Character.isDigit(words[i + 1].charAt(0))
                    && JOB_NOUN.matcher(words[i + 2]).lookingAt();
            if (OBJECT_END.contains(word.toLowerCase(Locale.ROOT)) && !upTo && !moreCut) {
                return null;
            }
            phrase.append(word).append(' ');
            if (JOB_NOUN.matcher(word).matches() || forceOfWorkers(words, i, word)) {
                if (i + 1 < words.length && NOT_JOBS_AFTER.contains(words[i + 1].toLowerCase(Locale.ROOT))
                        || i > 0 && CUTS.matcher(word).matches()
                        && NOT_JOBS_BEFORE.contains(words[i - 1].toLowerCase(Locale.ROOT))) {
                    // "cuts staff pay over winter", "announces cost cuts": the jobs stay
                    return null;
                }
                // "Workforce Reduction": the noun that names the cut follows the one that names the jobs
                if (i + 1 < words.length && LAYOFF_NOUN.matcher(words[i + 1]).lookingAt()) {
                    phrase.append(words[i + 1]);
                }
                return phrase.toString().strip();
            }
            if (words[i].endsWith(",") || words[i].endsWith(";")) {
                return null;
            }
        }
        return null;
    }

    /**
     * "Reduce Work Force by 10 Percent", "cuts its sales force": a force written as a word of its own is the staff
     * where the word before says whose work it is.
     */
    private static boolean forceOfWorkers(String[] words, int i, String word) {
        return i > 0 && word.equalsIgnoreCase("force") && FORCE_OF.contains(words[i - 1].toLowerCase(Locale.ROOT));
    }

    private static final Set<String> FORCE_OF = Set.of("work", "sales", "labor", "labour");

    /** Words after a job noun that make it a modifier: "staff pay", "worker hours". */
    private static final Set<String> NOT_JOBS_AFTER = WordList.of("not-jobs-after");

    /** Words before "cuts" or "reductions" that say what is cut when it is not jobs: "cost cuts", "price cuts". */
    private static final Set<String> NOT_JOBS_BEFORE = WordList.of("not-jobs-before");

    private static final Pattern CUTS = Pattern.compile("(?i)cuts|reductions?");

    private static boolean isCutVerb(String verb) {
        return !(verb.startsWith("announc") || verb.startsWith("confirm") || verb.startsWith("begin")
                || verb.startsWith("began") || verb.startsWith("conduct") || verb.startsWith("start")
                || verb.startsWith("make") || verb.startsWith("made") || verb.startsWith("carr")
                || verb.startsWith("unveil") || verb.startsWith("kick") || verb.startsWith("launch")
                || verb.startsWith("hit") || verb.startsWith("is hit") || verb.startsWith("impact")
                || verb.startsWith("affect") || verb.startsWith("order"));
    }

    private static Detection detection(@Nullable String company, String text, boolean inherited) {
        Integer headcount = null;
        Matcher count = COUNT.matcher(text);
        while (count.find()) {
            String before = text.substring(Math.max(0, count.start() - 12), count.start()).toLowerCase(Locale.ROOT);
            if (before.contains("of its") || before.contains("total") || before.contains("out of")
                    || before.contains("has ") || before.contains("employs")) {
                continue;
            }
            double number = Double.parseDouble(count.group("count").replace(",", ""));
            if (count.group("thousand") != null) {
                number *= 1000;
            }
            headcount = (int) Math.round(number);
            break;
        }
        Matcher laidOff = LAID_OFF_COUNT.matcher(text);
        if (headcount == null && laidOff.find()) {
            // "to lay off 800": the number alone
            headcount = Integer.parseInt(laidOff.group("count").replace(",", ""));
        }
        Matcher word = COUNT_WORD.matcher(text);
        if (headcount == null && word.find()) {
            headcount = switch (word.group("word").toLowerCase(Locale.ROOT)) {
                case "two" -> 2;
                case "three" -> 3;
                case "four" -> 4;
                case "five" -> 5;
                case "six" -> 6;
                case "seven" -> 7;
                case "eight" -> 8;
                case "nine" -> 9;
                case "ten" -> 10;
                case "eleven" -> 11;
                case "twelve" -> 12;
                case "fifteen" -> 15;
                case "twenty" -> 20;
                case "thirty" -> 30;
                case "forty" -> 40;
                default -> 50;
            };
        }
        BigDecimal percent = null;
        Matcher share = PERCENT.matcher(text);
        if (share.find()) {
            percent = share.group("percent") != null ? new BigDecimal(share.group("percent"))
                    : share.group("numerator") != null ? BigDecimal.valueOf(Math.round(100.0
                            * Integer.parseInt(share.group("numerator"))
                            / Integer.parseInt(share.group("denominator"))))
                    : switch (share.group("word").toLowerCase(Locale.ROOT)) {
                        case "a third", "one-third" -> new BigDecimal("33");
                        case "a quarter", "one-quarter" -> new BigDecimal("25");
                        case "a fifth", "one-fifth" -> new BigDecimal("20");
                        case "a tenth" -> new BigDecimal("10");
                        case "two-thirds" -> new BigDecimal("67");
                        default -> new BigDecimal("50");
                    };
        }
        double confidence = (headcount != null || percent != null ? 0.9 : 0.8) - (inherited ? 0.1 : 0);
        return new Detection(company, new TriggerDetails.Layoffs(headcount, percent), confidence);
    }
}
