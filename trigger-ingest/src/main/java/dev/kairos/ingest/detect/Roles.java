package dev.kairos.ingest.detect;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kairos.events.RoleCategory;
import org.jspecify.annotations.Nullable;

/**
 * Leadership roles as headlines word them ("Chief Financial Officer", "CFO", "SVP of Sales", "board of directors",
 * "head of communications") and their {@link RoleCategory}. Roles below VP ("director of marketing") are not found.
 */
final class Roles {

    private static final String FUNCTION = "(?:sales|marketing|engineering|product|operations|finance|technology|"
            + "people|hr|human resources|communications|strategy|growth|revenue|research|r&d|design|legal|data|ai|"
            + "security|partnerships|business development|customer success|global sales|commercial|corporate "
            + "development|investor relations|talent|digital|innovation|international|europe|emea|north america|"
            + "americas|apac|asia|cloud|software|platform|infrastructure|it|brand|content|policy|compliance|risk|"
            + "clinical|medical|regulatory|manufacturing|supply chain|retail|public affairs|media|sustainability|"
            + "(?:consumer |customer |user )?experience|diversity|inclusion|journalism|news|distribution|latam"
            + "|latin america|ecosystem|community|payments|banking|editorial|affairs)";

    /**
     * Posts at the top of a company that no other word of the pattern names, each its own category's
     * {@code OTHER_EXEC}: "creative director" of a fashion house, "managing partner" of a venture firm (data file
     * {@code other-executive-roles}).
     */
    private static final List<String> OTHER_EXECUTIVES = WordList.of("other-executive-roles").stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed())
            .toList();

    private static final Pattern ROLE = Pattern.compile("(?i)\\b(?<role>"
            + "(?:(?:asia-pacific|apac|emea|europe|european|americas|north america|latin america|international"
            + "|u\\.s\\.|us|uk|india|china|regional|country|(?-i:group)) )?"
            + "(?:(?:interim|acting|co-|joint|global|deputy|executive|senior|founding|permanent|incoming|"
            + "lead|independent|non-executive|nonexecutive)[ -]?)*"
            + "(?:chief (?:[a-z&-]+ ){0,3}?(?:officer|executive(?: officer)?)"
            + "|(?-i:(?:co-)?C(?:E|F|O|T|I|M|R|P|IS|HR|S|C|D|L|A|X|N|B|G|COM)O)"
            // wire copy and lower-case headlines: "president, chairman and ceo", "acme cfo quits"
            + "|(?-i:c(?:e|f|o|t|i|m|r|p)o)"
            + "|(?:senior |executive |group )?vice[ -]president(?:(?:,| -|-)? ?(?:of |for )?(?:[a-z]+ ){0,2}?"
            + FUNCTION + ")?"
            + "|(?-i:[SE]?VP)(?:,? (?:of |for )?(?:[a-z]+ ){0,2}?" + FUNCTION + ")?"
            + "|chief (?:architect|engineer|scientist|economist|strategist|evangelist)"
            + "|" + String.join("|", OTHER_EXECUTIVES).replace(" ", "[ -]")
            + "|(?<!non-|non)executive director(?! of)|(?<=\\ba )director(?! of| general)|finance director"
            + "|(?:non-executive|nonexecutive|non executive|independent) directors?"
            + "|(?:managing director and |md and )?president"
            + "|(?:vice[ -])?chair(?:man|woman|person)?(?: of the board)?"
            + "|general manager|managing director|country manager"
            + "|head of (?:the |its |their )?(?:[\\w&'\u2019-]+ ){1,3}?(?:unit|division|subsidiary|arm)"
            + "|head of (?:[a-z]+ ){0,2}?" + FUNCTION
            + "|general counsel"
            + "|board of directors|(?:its |the )?board|board member|board director|(?:independent |non-executive )?"
            + "director(?= (?:on|to|of) (?:the|its|their) board)"
            + "|(?:finance|marketing|technology|tech|operating|product|revenue|security|people|sales|legal|policy"
            + "|ad|advertising|design|communications|strategy|data|ai|digital|hr|growth|engineering|creative|privacy"
            + "|content|brand) (?:chief|boss|head)"
            + "|(?:chief|boss|head|leader|chief executive)"
            + "))\\b");

    private Roles() {
    }

    /** A role found in a sentence: the words, the category, where it stands. */
    record Role(String words, RoleCategory category, int start, int end) {
    }

    /** The first leadership role in {@code text} between {@code from} and {@code to}, or null. */
    static @Nullable Role find(String text, int from, int to) {
        int upTo = Math.min(to, text.length());
        if (from >= 0 && from <= upTo && !mayHoldRole(text, from, upTo)) {
            return null;
        }
        Matcher matcher = ROLE.matcher(text).region(from, Math.min(to, text.length()));
        while (matcher.find()) {
            String words = matcher.group("role");
            boolean headOfCompany = headOfCompany(text, matcher);
            if (isLoneWord(words) && !isBoss(text, matcher) && !headOfCompany
                    || advisory(text, matcher.start(), words) || boardsSomething(text, matcher.end(), words)) {
                continue;
            }
            int end = matcher.end();
            RoleCategory category = headOfCompany ? RoleCategory.CEO : categoryOf(words);
            // "chairman and CEO", "president, chief executive officer and a director": one person's roles, the
            // highest decides
            for (int parts = 0; parts < 3 && category != null; parts++) {
                int next = partAfter(text, end);
                int limit = Math.min(to, text.length());
                if (next < 0 || next >= limit) {
                    break;
                }
                Matcher part = ROLE.matcher(text).useTransparentBounds(true).region(next, limit);
                RoleCategory partCategory = !part.lookingAt() || isLoneWord(part.group("role")) ? null
                        : categoryOf(part.group("role"));
                if (partCategory == null) {
                    break;
                }
                words = words + text.substring(end, part.start()) + part.group("role");
                end = part.end();
                if (RANK.indexOf(partCategory) < RANK.indexOf(category)) {
                    category = partCategory;
                }
            }
            if (category != null) {
                return new Role(clean(words), ofUnit(text, end, words, category), matcher.start(), end);
            }
        }
        return null;
    }

    /**
     * Whether {@code text} between {@code from} and {@code to} holds a word every match of {@link #ROLE} holds: one
     * of the heads ("chief", "president", "board", "partner", …), an upper-case "VP" or a C-level acronym. Most
     * sentences hold none, and the check spares trying the role's many alternatives at each of their words.
     */
    private static boolean mayHoldRole(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean found = switch (c) {
                case 'c', 'C' -> has(text, i, to, "chief") || has(text, i, to, "chair")
                        || has(text, i, to, "counsel") || c == 'C' && acronym(text, i, to)
                        || c == 'c' && lowerCaseAcronym(text, i, to);
                case 'v', 'V' -> has(text, i, to, "vice") || c == 'V' && i + 1 < to && text.charAt(i + 1) == 'P';
                case 'd', 'D' -> has(text, i, to, "director");
                case 'p', 'P' -> has(text, i, to, "president") || has(text, i, to, "partner") && partnerPost(text, i);
                case 'm', 'M' -> has(text, i, to, "manager");
                case 'h', 'H' -> has(text, i, to, "head");
                case 'b', 'B' -> has(text, i, to, "board") || has(text, i, to, "boss");
                case 'l', 'L' -> has(text, i, to, "leader");
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the "partner" at {@code at} names a post ("managing partner", "general partner"), not a partnership's
     * party: a sentence with "partners with" need not try the role's pattern.
     */
    private static boolean partnerPost(String text, int at) {
        return at >= 9 && (text.regionMatches(true, at - 9, "managing", 0, 8)
                || text.regionMatches(true, at - 8, "general", 0, 7)) && " -".indexOf(text.charAt(at - 1)) >= 0;
    }

    /** "ceo", "cfo" as a word of their own: a c, one letter, an o; not the "cco" of "account". */
    private static boolean lowerCaseAcronym(String text, int at, int to) {
        return at + 2 < to && text.charAt(at + 2) == 'o' && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                && (at + 3 == text.length() || !Character.isLetterOrDigit(text.charAt(at + 3)));
    }

    private static boolean has(String text, int at, int to, String word) {
        return at + word.length() <= to && text.regionMatches(true, at, word, 0, word.length());
    }

    /** "CEO", "CISO", "CCOMO": a C, one to three more characters, an O. */
    private static boolean acronym(String text, int at, int to) {
        for (int i = at + 2; i <= at + 4 && i < to; i++) {
            if (text.charAt(i) == 'O') {
                return true;
            }
        }
        return false;
    }

    /** The words a role can start with in lower case, after an "and" that joins two roles of one person. */
    private static final Set<String> FIRST_WORDS = WordList.of("role-first-words");

    /** Whether a leadership role starts at {@code at}: "chief executive", "vice president of sales". */
    static boolean startsAt(String text, int at) {
        int end = at;
        while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-')) {
            // the word without what ends the sentence after it: "quits as treasurer and chair."
            end++;
        }
        String word = text.substring(at, end).toLowerCase(Locale.ROOT);
        if (!FIRST_WORDS.contains(word)) {
            // most words after an "and" start no role: the set spares the role's long pattern
            return false;
        }
        Matcher matcher = ROLE.matcher(text).region(at, text.length());
        return matcher.lookingAt() && categoryOf(matcher.group("role")) != null;
    }

    /** Where a further role may start after one ending at {@code end}: after " and ", ", ", " & ", "a "; else -1. */
    private static int partAfter(String text, int end) {
        int at;
        if (text.startsWith(", and ", end)) {
            at = end + 6;
        }
        else if (text.startsWith(" and ", end)) {
            at = end + 5;
        }
        else if (text.startsWith(", ", end)) {
            at = end + 2;
        }
        else if (text.startsWith(" & ", end)) {
            at = end + 3;
        }
        else {
            return -1;
        }
        return text.startsWith("a ", at) ? at + 2 : at;
    }

    /** Which category wins where one person holds several roles: "president and chief operating officer". */
    private static final List<RoleCategory> RANK = List.of(RoleCategory.CEO, RoleCategory.CHAIR,
            RoleCategory.PRESIDENT, RoleCategory.CFO, RoleCategory.COO, RoleCategory.CTO, RoleCategory.CIO,
            RoleCategory.CISO, RoleCategory.CMO, RoleCategory.CRO, RoleCategory.CPO, RoleCategory.CHRO,
            RoleCategory.VP_SALES, RoleCategory.VP_MARKETING, RoleCategory.VP_OTHER, RoleCategory.GM,
            RoleCategory.OTHER_EXEC, RoleCategory.BOARD);

    /** "of its hosiery division", "of its Footwear Group": a division's head, not the company's. */
    private static final Pattern OF_DIVISION = Pattern.compile("^ of (?:its|the company's|the) (?:[\\w&.'-]+ ){0,5}?"
            + "(?:division|divisions|Division|Divisions|group|Group|unit|operations|Operations|business)\\b");

    /** "chief executive officer Americas", "UK chief": a region's head. */
    private static final Pattern REGION = Pattern.compile("(?i)^(?:asia-pacific|apac|emea|europe|european|americas"
            + "|north america|latin america|international|u\\.s\\.|us|uk|india|china|regional|country) ");

    private static final Pattern REGION_AFTER = Pattern.compile("^(?: for)? (?:Asia-Pacific|APAC|EMEA|Europe|Americas"
            + "|North America|Latin America|Asia|Africa|the Americas)\\b");

    /** The head of a division or region is a general manager, as TRIGGERS.md rules. */
    private static RoleCategory ofUnit(String text, int end, String words, RoleCategory category) {
        if (!(category == RoleCategory.CEO || category == RoleCategory.PRESIDENT || category == RoleCategory.CHAIR
                || category == RoleCategory.OTHER_EXEC)) {
            return category;
        }
        Matcher division = OF_DIVISION.matcher(text).region(end, text.length());
        if (division.lookingAt() && !division.group().endsWith(" unit") || REGION.matcher(words).lookingAt()
                || REGION_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
            return RoleCategory.GM;
        }
        return category;
    }

    /**
     * "Scientific Advisory Board", "its public policy board": a board that advises on a field is no board of
     * directors.
     */
    private static final Pattern ADVISORY = Pattern.compile("(?i)\\b(?:advisory|policy|ethics|editorial)"
            + " (?:[a-z-]+ )?$");

    static boolean advisory(String text, int start, String words) {
        String lower = words.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith("board") || lower.startsWith("board") || lower.endsWith("director")
                || lower.startsWith("chair"))) {
            return false;
        }
        int after = start + words.length();
        return ADVISORY.matcher(text).region(Math.max(0, start - 30), start).find()
                || text.regionMatches(true, after, " of the advisory board", 0, 22)
                || text.regionMatches(true, after, " of its advisory board", 0, 22);
    }

    /** "invites riders to board the night train": "board" as a verb, before what is boarded. */
    private static final Pattern BOARDED = Pattern.compile("^ (?:the|a|an)\\b");

    private static boolean boardsSomething(String text, int end, String words) {
        return words.equalsIgnoreCase("board") && BOARDED.matcher(text).region(end, text.length()).lookingAt();
    }

    /** "chief", "boss", "head" alone count only as "<Company> chief <Person>" or "as boss". */
    private static boolean isLoneWord(String words) {
        String lower = words.toLowerCase(Locale.ROOT);
        return lower.equals("chief") || lower.equals("boss") || lower.equals("head") || lower.equals("leader");
    }

    private static boolean isBoss(String text, Matcher matcher) {
        String lower = matcher.group("role").toLowerCase(Locale.ROOT);
        if (lower.equals("head") || lower.equals("leader")) {
            return false;
        }
        String before = text.substring(Math.max(0, matcher.start() - 14), matcher.start()).toLowerCase(Locale.ROOT);
        String after = text.substring(matcher.end(), Math.min(text.length(), matcher.end() + 3));
        // "as boss", "as its new chief", "named new boss", "Acme chief Jane Doe"; not "as chief weather correspondent"
        boolean nounAfter = after.length() > 1 && after.charAt(0) == ' ' && Character.isLowerCase(after.charAt(1))
                && !NOT_NOUN_AFTER.matcher(text).region(matcher.end(), text.length()).lookingAt();
        return AS_BEFORE.matcher(before).find() && !nounAfter || after.startsWith(" ") && after.length() > 1
                && Character.isUpperCase(after.charAt(1)) || afterName(text, matcher.start())
                && BOSS_MOVES.matcher(text).region(matcher.end(), text.length()).lookingAt();
    }

    /** "Acme boss quits", "Acme chief stepping down": the company's chief, whose move the verb tells. */
    private static final Pattern BOSS_MOVES = Pattern.compile(" (?:quits|resigns|steps down|stepping down|steps aside"
            + "|to step down|to quit|to resign|to retire|retires|departs|exits|leaves|is ousted|ousted|sacked|fired"
            + "|is out)\\b");

    /** "as head of", "named head of", "new head of": the post a move fills. */
    private static final Pattern MOVED_INTO = Pattern.compile("\\b(?:as|named|appointed|new) (?:(?:its|the|a) )?$");

    /** A company's name after "head of": "as head of Wexford Media"; not an owner's part ("head of Acme's lab"). */
    private static final Pattern OF_COMPANY = Pattern.compile("^ of [A-Z][\\w.&-]*(?: [A-Z][\\w.&-]*){0,3}"
            + "(?!['\u2019\\w])(?! (?:[A-Z][\\w.&-]*'s|unit|division|team|lab)\\b)");

    /**
     * "quits as head of Wexford Media", "named head of Larkin": the head of a company named after the role
     * leads it, as its chief executive (the head of a function is read before, "head of sales").
     */
    private static boolean headOfCompany(String text, Matcher matcher) {
        if (!matcher.group("role").equalsIgnoreCase("head")) {
            return false;
        }
        String before = text.substring(Math.max(0, matcher.start() - 16), matcher.start()).toLowerCase(Locale.ROOT);
        return MOVED_INTO.matcher(before).find() && OF_COMPANY.matcher(text).region(matcher.end(), text.length())
                .lookingAt();
    }

    /** Whether the word before {@code at} is capitalised: a name, not "the" or "its". */
    private static boolean afterName(String text, int at) {
        int end = at - 1;
        if (end <= 0 || text.charAt(end) != ' ') {
            return false;
        }
        int start = text.lastIndexOf(' ', end - 1) + 1;
        return start < end && Character.isUpperCase(text.charAt(start));
    }

    /** What may follow a lone "as chief" that is no noun the chief is of: "as chief of", "as chief after". */
    private static final Pattern NOT_NOUN_AFTER = Pattern.compile(" (?:of|at|for|in|on|after|amid|and|to|from"
            + "|with|as|effective|until|since|while|following|when|before)\\b");

    /** "as boss", "as its new chief", "gets new boss": the post a move fills, named by its lone word. */
    private static final Pattern AS_BEFORE = Pattern.compile("\\b(?:as (?:(?:its|the|a|their) )?(?:new )?|new )$");

    private static final Pattern VP = Pattern.compile("\\b[se]?vp\\b");

    private static final Pattern CTO = Pattern.compile("\\bcto\\b");

    private static final Pattern CIO = Pattern.compile("\\bcio\\b");

    private static final Pattern CRO = Pattern.compile("\\bcro\\b");

    private static final Pattern CPO = Pattern.compile("\\bcpo\\b");

    private static final Pattern C_LEVEL = Pattern.compile("\\bc[a-z]{1,3}o\\b");

    private static final Pattern REGION_HEAD = Pattern.compile("head of (?:us|u\\.s\\.|uk|europe|emea|apac|asia"
            + "|asia-pacific|latam|latin america|north america|americas|china|india|japan)(?: operations)?$");

    private static final Pattern UNIT_HEAD = Pattern.compile("\\b(?:unit|division|subsidiary|arm)$");

    static @Nullable RoleCategory categoryOf(String words) {
        String role = words.toLowerCase(Locale.ROOT);
        for (String post : OTHER_EXECUTIVES) {
            if (role.replace('-', ' ').endsWith(post)) {
                return RoleCategory.OTHER_EXEC;
            }
        }
        if (role.contains("vice chair") || role.contains("vice-chair")) {
            return RoleCategory.BOARD;
        }
        if (role.startsWith("head of") && UNIT_HEAD.matcher(role).find()) {
            // "head of its Nordic unit", "head of the corporate finance division": a division's head, as TRIGGERS.md
            // rules
            return RoleCategory.GM;
        }
        if (role.contains("vice president") || role.contains("vice-president") || VP.matcher(role).find()
                || role.contains("head of")) {
            if (role.contains("sales") || role.contains("revenue") || role.contains("commercial")
                    || role.contains("business development") || role.contains("distribution")) {
                return RoleCategory.VP_SALES;
            }
            if (role.contains("marketing") || role.contains("brand")) {
                return RoleCategory.VP_MARKETING;
            }
            if (role.endsWith("finance")) {
                return RoleCategory.CFO;
            }
            if (role.equals("head of product")) {
                return RoleCategory.CPO;
            }
            if (REGION_HEAD.matcher(role).find()) {
                // "head of LATAM", "head of US operations": the head of a region's business is its general manager
                return RoleCategory.GM;
            }
            return role.contains("head of") ? RoleCategory.OTHER_EXEC : RoleCategory.VP_OTHER;
        }
        if (role.contains("non-executive") || role.contains("nonexecutive") || role.contains("non executive")
                || role.startsWith("independent director")) {
            // a seat on the board, not its management
            return RoleCategory.BOARD;
        }
        if (role.contains("executive director") || role.contains("managing director")) {
            return RoleCategory.CEO;
        }
        if (role.contains("chief sales")) {
            return RoleCategory.VP_SALES;
        }
        if (role.contains("chief commercial")) {
            return RoleCategory.CRO;
        }
        if (role.startsWith("chief ") && !role.endsWith("officer") && !role.endsWith("executive")
                && !role.equals("chief")) {
            // "chief architect", "chief scientist": no officer of the company's management
            return RoleCategory.OTHER_EXEC;
        }
        if (role.contains("chief executive") || role.contains("ceo")
                || role.equals("chief") || role.equals("boss")) {
            return RoleCategory.CEO;
        }
        if (role.contains("chief financial") || role.contains("cfo") || role.startsWith("finance ")) {
            // "finance chief", "finance director"
            return RoleCategory.CFO;
        }
        if (role.contains("chief operating") || role.contains("coo") || role.startsWith("operating ")) {
            return RoleCategory.COO;
        }
        if (role.contains("chief technology") || role.contains("chief technical") || CTO.matcher(role).find()
                || role.startsWith("technology ") || role.startsWith("tech ")) {
            return RoleCategory.CTO;
        }
        if (role.contains("chief information security") || role.contains("ciso") || role.contains("chief security")
                || role.startsWith("security ")) {
            return RoleCategory.CISO;
        }
        if (role.contains("chief information officer") || CIO.matcher(role).find()) {
            return RoleCategory.CIO;
        }
        if (role.contains("chief marketing") || role.contains("cmo") || role.startsWith("marketing ")) {
            return RoleCategory.CMO;
        }
        if (role.contains("chief revenue") || CRO.matcher(role).find() || role.startsWith("revenue ")
                || role.startsWith("sales ")) {
            return RoleCategory.CRO;
        }
        if (role.contains("chief product") || CPO.matcher(role).find() || role.startsWith("product ")) {
            return RoleCategory.CPO;
        }
        if (role.contains("chief human") || role.contains("chief people") || role.contains("chief talent")
                || role.contains("chro") || role.startsWith("people ")) {
            return RoleCategory.CHRO;
        }
        if (role.contains("chair")) {
            return RoleCategory.CHAIR;
        }
        if (role.contains("president")) {
            return RoleCategory.PRESIDENT;
        }
        if (role.contains("board") || role.contains("director") && !role.contains("managing")) {
            return RoleCategory.BOARD;
        }
        if (role.contains("general manager") || role.contains("managing director")
                || role.contains("country manager")) {
            return RoleCategory.GM;
        }
        if (role.contains("chief") || role.contains("general counsel") || C_LEVEL.matcher(role).find()) {
            return RoleCategory.OTHER_EXEC;
        }
        return null;
    }

    private static String clean(String words) {
        String role = words.strip();
        String lower = role.toLowerCase(Locale.ROOT);
        for (String prefix : new String[] { "its ", "the ", "permanent ", "incoming ", "a " }) {
            if (lower.startsWith(prefix)) {
                role = role.substring(prefix.length());
                lower = lower.substring(prefix.length());
            }
        }
        return role;
    }
}
