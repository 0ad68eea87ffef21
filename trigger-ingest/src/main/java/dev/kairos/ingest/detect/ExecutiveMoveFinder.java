package dev.kairos.ingest.detect;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kairos.events.RoleCategory;
import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerType;
import org.jspecify.annotations.Nullable;

/**
 * {@code EXECUTIVE_HIRE} and {@code LEADERSHIP_DEPARTURE}: "Acme names Jane Doe CFO", "Jane Doe joins Acme as CMO",
 * "Acme CEO John Roe steps down", "Acme ousts chief executive". Only C-level, president, VP and above, general
 * managers, named heads of a function and board seats; never public offices.
 */
final class ExecutiveMoveFinder implements Finder {

    /** The company acts: "Acme names …", "Acme appoints …". */
    private static final WordPattern COMPANY_HIRES = new WordPattern("(?i)\\b(?:names?|named|appoints?|appointed"
            + "|hires?|hired|taps?|tapped|promotes?|promoted|elevates?|elevated|welcomes?|welcomed|adds?|added"
            + "|elects?|elected|selects?|selected|picks?|picked|recruits?|recruited|poaches?|poached|nominates?"
            + "|nominated|brings? (?:on|in|aboard|on board)|brought (?:on|in|aboard)|ropes? in|roped in|lures?|lured"
            + "|installs?|installed|unveils?|unveiled|announces?|announced|confirms?|confirmed|chooses|chose"
            + "|brings? back|brought back|reinstates?|reinstated|reappoints?|reappointed|rehires?|rehired"
            + "|(?:expands?|strengthens?|bolsters?|grows?|boosts?|beefs? up|builds? out|rounds? out|adds? to)"
            + " (?:its |their )?(?:leadership team|leadership|board|executive team|c-suite|management team|"
            + "board of directors)(?: with)?)\\b");

    /** The person acts: "Jane Doe joins Acme as CFO", "Jane Doe named CEO of Acme". */
    private static final WordPattern PERSON_JOINS = new WordPattern("(?i)\\b(?:joins|to join|will join|has joined"
            + "|joined|rejoins|to rejoin|returns to|returns as|returned as|to return as|(?:is )?back (?:in )?as"
            + "|named|appointed|tapped|promoted|elevated|elected|picked|chosen"
            + "|hired|recruited|poached|confirmed|installed|takes (?:over )?(?:the )?(?:helm|reins)|to take (?:over )?"
            + "(?:the )?(?:helm|reins)|takes over as|to take over as|will take over as|to become|becomes|will become"
            + "|(?:starting|started|start|begins?|began|beginning) (?:a |my )?new (?:position|role|job|chapter) as"
            + "|succeeds?|to succeed|will succeed|steps (?:up|in) as|stepped up as|moves up to|assumes (?:the )?"
            + "(?:role|position|post) of|takes the top job)\\b");

    /** The person (or a role) leaves: "Acme CEO steps down", "Jane Doe resigns as CFO of Acme". */
    private static final WordPattern PERSON_LEAVES = new WordPattern("(?i)\\b(?:steps? down|stepping down|stepped down"
            + "|steps? aside|stepped aside|resigns?|resigned|resigning|retires?|retired|retiring|departs?|departed"
            + "|departing|exits?|exited|exiting|leaves|left|leaving|to leave|will leave|would leave|quits?|quitting"
            + "|is out|are out|out as|out"
            + "(?= (?:after|amid|at|over|following|in))|ousted|is ousted|was ousted|fired|is fired|was fired|sacked"
            + "|dismissed|removed|let go|bows out|bowed out|hands over|handed over|relinquishes|relinquished|announces"
            + " (?:(?:his|her|their) )?(?:retirement|resignation|departure|exit|plans to (?:retire|step down|leave))"
            + "|(?:his|her|their) (?:retirement|resignation|departure|exit)|to be replaced|will be replaced"
            + "|is replaced|was replaced|replaced|pushed out|forced out|axed|terminated|suspended|steps back)\\b");

    /** The company makes someone leave: "Acme ousts CEO", "Acme parts ways with CFO". */
    private static final WordPattern COMPANY_REMOVES = new WordPattern("(?i)\\b(?:ousts?|ousted|fires?|fired|sacks?"
            + "|sacked|dismisses?|dismissed|removes?|removed|terminates?|terminated|axes?|axed|parts? ways with"
            + "|parted ways with|(?:announces?|announced|confirms?|confirmed|reveals?|revealed) (?:the )?"
            + "(?:departure|resignation|retirement|exit|firing|dismissal|ouster) of|loses|lost|losing|replaces?"
            + "|replaced|to replace|seeks? (?:a )?(?:new|replacement)|searches for (?:a )?new|begins search for"
            + "|launches search for|pushes out|pushed out|forces out|forced out|shows .{0,20} the door|suspends?"
            + "|suspended)\\b");

    /** Offices that are public service, not a company's: TRIGGERS.md leaves them out. */
    private static final Pattern PUBLIC_OFFICE = Pattern.compile("(?i)\\b(?:minister|ministry|secretary of|"
            + "secretary-general|governor|ambassador|mayor|senator|congressman|congresswoman|parliament|"
            + "government|agency|department of|federal|administration|white house|pentagon|defense department|"
            + "cabinet|central bank|reserve bank|the fed|federal reserve|nhs|city council|commissioner|police|"
            + "army|navy|military|state department|treasury|regulator|city of|county|municipal|public health|"
            + "united nations|nato|world bank|imf|prime minister|chancellor|attorney general|surgeon general|"
            + "presidential|head coach|coach|manager of|football|soccer|club|the team|squad|cast|church|pope|bishop|"
            + "university|school|college|museum|orchestra|trade union|political party|caucus|election|campaign"
            + "|sec|ftc|doj|fda|fcc|ofgem|ofcom|ofwat|fca|cma|hmrc|ecb|esma|cftc|finra|nhtsa|faa|epa|nasa"
            + "|eu commission|european commission|u\\.s\\. president|us president"
            + "|state government|senate|house of representatives|supreme court|court|judge|justice|independence"
            + "|separatist|opposition|exile|regime|referendum|coalition|premier|dictator|republic|monarch|king|queen"
            + "|prince|catalan|regional government|president's|national committee|democrats|republicans"
            + "|democratic party|republican party|labour party|conservative party|fire (?:chief|department|service"
            + "|brigade)|spy|spies|prisons?|intelligence agency|border force|customs)\\b");

    /**
     * The same words, sought only where a word that can start them stands; "the fed" and "the team" by their noun,
     * so that every "the" need not be tried.
     */
    private static final WordPattern PUBLIC_OFFICE_WORD = WordPattern.search(PUBLIC_OFFICE.pattern()
            .replace("|the fed|", "|fed|").replace("|the team|", "|team|"));

    /** Titles that stand between a company and a person: "Acme CMO Jane Doe". */
    private static final String TITLE = "(?:C(?:E|F|O|T|I|M|R|P|IS|HR|S|C|D|L|A)O|[SE]?VP|GM|MD|Chief|President"
            + "|Chair|Chairman|Chairwoman|Director|Founder|Co-founder|Head|Partner)\\b";

    private static final Pattern PERSON = Pattern.compile("\\b(?:(?:Dr|Mr|Mrs|Ms|Prof)\\.? )?"
            + "(?<name>(?:(?:Sir|Dame) )?(?:(?:[A-Z]\\.(?: ?[A-Z]\\.)* )?(?!" + TITLE + ")"
            + "[A-Z][a-zA-Z'\\u00C0-\\u017F-]+"
            + "|[A-Z]\\.(?: ?[A-Z]\\.)*(?= (?!" + TITLE + ")[A-Z][a-z]))"
            + "(?: (?:[A-Z]\\.|[A-Z](?= [A-Z][a-z])|(?!" + TITLE + ")[A-Z][a-zA-Z'\\u00C0-\\u017F-]+"
            + "|(?:de|van|von|der|da|di|del|la|le|bin|al|el)\\b)){1,4}(?:,? (?:Jr|Sr|III|II|IV)\\.?)?)");

    @Override
    public long patterns() {
        return WordPattern.bits(COMPANY_HIRES, PERSON_JOINS, PERSON_LEAVES, COMPANY_REMOVES);
    }

    @Override
    public List<TriggerType> types() {
        return List.of(TriggerType.EXECUTIVE_HIRE, TriggerType.LEADERSHIP_DEPARTURE);
    }

    /** Also where someone is new in a role without a verb of hiring: "Acme gets a new CEO". */
    @Override
    public boolean mayFind(Sentence sentence) {
        return mayApply(sentence) || sentence.lower().contains("new ") && NEW_IN_ROLE.matcher(sentence.text()).find();
    }

    /**
     * The hires and departures a sentence states, before the ruling on public offices; read once per sentence, as
     * {@link #find} and {@link #rulesOut} both ask.
     */
    private final Sentence.Fact<List<Detection>> statedMoves = new Sentence.Fact<>(this::moves);

    /** Whether a sentence is about a public office (see {@link #inPublicOffice}); found once per sentence. */
    private final Sentence.Fact<Boolean> publicOffice = new Sentence.Fact<>(this::inPublicOffice);

    @Override
    public void find(Sentence sentence, List<Detection> found) {
        List<Detection> stated = sentence.fact(statedMoves);
        if (!stated.isEmpty() && !sentence.fact(publicOffice)) {
            found.addAll(stated);
        }
    }

    /** The hires and departures the sentence states, before the ruling on public offices. */
    private List<Detection> moves(Sentence sentence) {
        Detection hire = companyHires(sentence);
        if (hire == null) {
            hire = personJoins(sentence);
        }
        if (hire == null && sentence.lower().contains("new ")) {
            hire = newInRole(sentence);
        }
        Detection departure = personLeaves(sentence);
        if (departure == null) {
            departure = companyRemoves(sentence);
        }
        if (departure == null) {
            departure = leavesUntitled(sentence, hire);
        }
        if (hire == null && departure != null) {
            hire = successor(sentence, departure);
        }
        if (departure == null && hire != null) {
            departure = replaced(sentence, hire);
        }
        else if (departure != null && hire != null) {
            departure = leavingSuccessorsPost(sentence, hire, departure);
        }
        if (hire == null && departure == null) {
            return List.of();
        }
        List<Detection> moves = new java.util.ArrayList<>(2);
        if (hire != null) {
            moves.add(hire);
            moves.addAll(alsoHired(sentence, hire));
        }
        if (departure != null && (hire == null || !samePerson(hire, departure)
                || !java.util.Objects.equals(hire.company(), departure.company()))) {
            // "Jane Doe leaves Acme to join Beta as CEO" is a departure from Acme and a hire at Beta
            moves.add(departure);
        }
        return List.copyOf(moves);
    }

    /**
     * A public office, or someone who stays in a role without a move stated ("will carry on as chair", "remains
     * CEO"): neither is a hire or a departure.
     */
    @Override
    public boolean rulesOut(Sentence sentence) {
        return sentence.fact(publicOffice) || staysInRole(sentence);
    }

    /**
     * The ruled-out types, with the other move where the finders read a move one way only and no word of the item
     * tells of the other: "Acme founder retires as chief executive after four decades" hires no one, "Jane Doe is
     * Acme's new CEO" tells of no one who left.
     */
    Set<TriggerType> oneWayOnly(List<Detection> found, Sentence headline, @Nullable Sentence lede,
            Set<TriggerType> ruledOut) {
        boolean hire = false;
        boolean departure = false;
        for (Detection detection : found) {
            hire |= detection.type() == TriggerType.EXECUTIVE_HIRE;
            departure |= detection.type() == TriggerType.LEADERSHIP_DEPARTURE;
        }
        if (hire == departure) {
            return ruledOut;
        }
        String item = headline.lower() + " " + (lede == null ? "" : lede.lower());
        boolean other = (hire ? LEAVING_WORD : HIRING_WORD).matcher(item).find();
        if (other) {
            return ruledOut;
        }
        Set<TriggerType> more = EnumSet.of(hire ? TriggerType.LEADERSHIP_DEPARTURE
                : TriggerType.EXECUTIVE_HIRE);
        more.addAll(ruledOut);
        return more;
    }

    /** Words that tell of someone taking a role. */
    private static final Pattern HIRING_WORD = Pattern.compile("\\b(?:nam|appoint|hire|join|succe|replac|new\\b"
            + "|interim|acting|promot|elect|tap|becom|take|takes|took|step(?:s|ped)? (?:in|up)|head|lead|run"
            + "|return|rejoin|welcom|bring|brought|poach|recruit|chos|pick|install|transition)");

    /** Words that tell of someone leaving a role. */
    private static final Pattern LEAVING_WORD = Pattern.compile("\\b(?:quit|resign|retir|step|leav|left|depart|exit"
            + "|oust|fire|sack|dismiss|remov|replac|succe|predecessor|transition|out\\b|ax|let go|part|after|death"
            + "|died|former|outgoing|vacan|was\\b|ex-|previous)");

    /** Whether the sentence is about a public office: a hire or departure its headline tells is then none either. */
    boolean aboutPublicOffice(Sentence sentence) {
        return sentence.fact(publicOffice);
    }

    private static final Pattern STAYS = Pattern.compile("(?i)\\b(?:carr(?:y|ies|ying) on|remains?|remaining"
            + "|stays?(?: on)?|staying(?: on)?) as\\b");

    private boolean staysInRole(Sentence sentence) {
        String lower = sentence.lower();
        return (lower.contains(" as ") && (lower.contains("remain")
                || lower.contains("stay") || lower.contains(" on as "))) && STAYS.matcher(sentence.text()).find()
                && sentence.fact(statedMoves).isEmpty();
    }

    /**
     * Whether the sentence is about a public office: "Pentagon names first chief AI officer", "Treasury secretary
     * resigns". The words must stand where a company would, not just anywhere ("Series A" is no TV series).
     */
    private boolean inPublicOffice(Sentence sentence) {
        // the moves are read only where a word of public office stands, to tell an office from a surname
        return mayBePublicOffice(sentence) && isPublicOffice(sentence, sentence.fact(statedMoves));
    }

    /** {@link #inPublicOffice} where a word of public office may stand. */
    private static boolean isPublicOffice(Sentence sentence, List<Detection> moves) {
        String leading = leadingNotCompany(sentence);
        String text = sentence.text();
        if (leading != null && BANK_OF_ITS_OWN.matcher(leading).find()) {
            // "Savings Bank of Lindford County names …": the county names the bank, which is a company
            text = text.replace(leading, " ");
            leading = null;
        }
        Roles.Role role = Roles.find(text, 0, text.length());
        String around = (leading == null ? "" : leading) + " " + (role == null ? text
                : text.substring(Math.max(0, role.start() - 40), Math.min(text.length(), role.end() + 40)));
        for (Detection move : moves) {
            String person = Details.personOf(move);
            if (person != null && looksLikePerson(person) && surnameOnlyOffice(person)) {
                // "Dana King resigns", "Barbara Judge joins the board": a surname, not an office
                around = around.replace(person, " ");
            }
        }
        Matcher succeeded = SUCCEEDED.matcher(around);
        if (succeeded.find()) {
            // "Ada Lund succeeds Barbara Judge as chair": the one succeeded may bear such a surname too
            Matcher named = PERSON.matcher(around).region(succeeded.end(), around.length());
            String person = named.lookingAt() ? cleanPerson(named.group("name")) : null;
            if (person != null && looksLikePerson(person) && surnameOnlyOffice(person)) {
                around = around.replace(person, " ");
            }
        }
        return holdsPublicOffice(around);
    }

    /** Words that make a bank's name a company's, whatever place or "Federal" it holds: not a central bank. */
    private static final Pattern BANK_OF_ITS_OWN = Pattern.compile("(?i)\\b(?:savings|bancorp|bancshares"
            + "|credit union|savings and loan|trust company)\\b");

    /** Whether a word of public office may stand where a company would; most sentences hold none. */
    private static boolean mayBePublicOffice(Sentence sentence) {
        String leading = leadingNotCompany(sentence);
        // the per-word masks say so without the role's search
        return PUBLIC_OFFICE_WORD.in(sentence).find() || leading != null && holdsPublicOffice(leading);
    }

    /**
     * Whether a text holds a word of public office. Its words' masks rule out most texts before the search, which
     * tries the offices' many alternatives at every word, and tell where the search may start: each match of
     * {@link #PUBLIC_OFFICE} holds one of {@link #PUBLIC_OFFICE_WORD} at its start, or right after "the " ("the fed").
     */
    private static boolean holdsPublicOffice(String text) {
        int first = PUBLIC_OFFICE_WORD.firstStartIn(text);
        return first >= 0 && PUBLIC_OFFICE.matcher(text).find(Math.max(0, first - "the ".length()));
    }

    /** The sentence's leading name unless a legal form makes it a company's: "Queen's Kitchen Inc". */
    private static @Nullable String leadingNotCompany(Sentence sentence) {
        String leading = sentence.leadingName();
        return leading != null && endsInLegalForm(leading) ? null : leading;
    }

    /**
     * Whether a person's name holds a word of public office only as its last word, a surname ("Dana King"), not as
     * a title before the name ("King Olaf", "Prime Minister Ada Lund").
     */
    private static boolean surnameOnlyOffice(String person) {
        int last = person.lastIndexOf(' ');
        Matcher office = PUBLIC_OFFICE.matcher(person);
        while (office.find()) {
            if (office.start() <= last) {
                // "Central Bank": the office's words begin before the last word
                return false;
            }
        }
        return last > 0;
    }

    private static final Pattern LEGAL_FORM_END = Pattern.compile("(?i)\\b(?:inc|corp|co|ltd|llc|plc|lp|ag|sa|nv"
            + "|gmbh|corporation|cos|limited)\\.?$");

    /**
     * Whether a name ends in a legal form. A match ends the name (or stands before a final line break): it starts at
     * most 14 characters before the end, so only those are searched, not every position of a long name.
     */
    private static boolean endsInLegalForm(String name) {
        return LEGAL_FORM_END.matcher(name).useTransparentBounds(true)
                .region(Math.max(0, name.length() - 14), name.length()).find();
    }

    private static final WordPattern REPLACED_WITH = new WordPattern("(?i)\\b(?:replaces?|replaced|to replace"
            + "|will replace)\\b.{1,80}?\\bwith\\b|\\b(?:be |been |is |was )?(?:being )?(?:replaced|succeeded)"
            + "(?: as [^,;]{1,60}?)? by\\b");

    private static final WordPattern REPLACING = new WordPattern("(?i)\\b(?:replacing|replaces|to replace|will replace"
            + "|who replaces|ousting|succeeding|to succeed|will succeed|succeeds|(?:following|after|upon) (?:the )?"
            + "(?:resignation|departure|retirement|exit|ouster) of)\\b");

    /** "following the resignation of John Roe": the departure is stated, not only the succession. */
    private static final Pattern DEPARTURE_OF = Pattern.compile("(?i)(?:resignation|departure|retirement|exit"
            + "|ouster) of$");

    /** "Acme replaces CEO John Roe with Jane Doe": the successor is hired into the role the other left. */
    private static @Nullable Detection successor(Sentence sentence, Detection departure) {
        String text = sentence.text();
        Matcher named = NAMED_SUCCESSOR.matcher(text);
        TriggerDetails.LeadershipDeparture gone = (TriggerDetails.LeadershipDeparture) departure.details();
        if (named.find()) {
            // "Nike CEO John Donahoe to retire; Elliott Hill named successor"
            String person = cleanPerson(named.group("name"));
            if (person != null && !person.equals(gone.person())) {
                return new Detection(departure.company(), new TriggerDetails.ExecutiveHire(person, gone.role(),
                        gone.roleCategory()), 0.8);
            }
        }
        Detection stepsIn = stepsIn(sentence, departure);
        if (stepsIn != null) {
            return stepsIn;
        }
        WordPattern.Scan with = REPLACED_WITH.in(sentence);
        if (!with.find()) {
            return null;
        }
        int end = Finder.clauseEnd(sentence, with.end());
        String person = personIn(text, with.end(), end, null);
        if (person == null) {
            person = surnameAfterPost(text, with.end(), end);
        }
        TriggerDetails.LeadershipDeparture left = (TriggerDetails.LeadershipDeparture) departure.details();
        if (person == null || person.equals(left.person())) {
            return null;
        }
        return new Detection(departure.company(), new TriggerDetails.ExecutiveHire(person, left.role(),
                left.roleCategory()), 0.85);
    }

    /**
     * After "replaced by", a successor the text names by the post held and a surname alone ("replaced by Beta head
     * Lund", "succeeded by finance chief Berg"): up to four words, the last a role's or a person's description,
     * then one capitalised word that no other capitalised word follows.
     */
    private static final Pattern POST_THEN_SURNAME = Pattern.compile("^ (?:[\\w.&'\u2019-]+ ){0,3}?"
            + "(?<post>[\\w-]+) (?<surname>[A-Z][a-z][\\p{L}'\u2019-]*)(?![\\p{L}'\u2019-]| [A-Z])");

    private static @Nullable String surnameAfterPost(String text, int from, int to) {
        Matcher named = POST_THEN_SURNAME.matcher(text).region(from, Math.min(to, text.length()));
        if (!named.lookingAt()) {
            return null;
        }
        String post = named.group("post");
        String surname = named.group("surname");
        String lower = surname.toLowerCase(Locale.ROOT);
        boolean describesPerson = Roles.categoryOf(post) != null
                || PERSON_DESCRIPTORS.contains(post.toLowerCase(Locale.ROOT));
        return describesPerson && !NOT_PERSON_WORDS.contains(lower) && !Sentence.isCommonCapitalised(lower)
                && Roles.categoryOf(surname) == null && !Places.isPlace(surname) ? surname : null;
    }

    /** Two or three capitalised words right before a verb: a person's name ("Jane Doe", "Mary-Kate O'Neil"). */
    private static final String NAME_BEFORE = "\\b(?<name>[A-Z][\\w'\u2019-]+(?: [A-Z][\\w'\u2019-]+){1,2}) ";

    /** "Jane Doe will take over from him", "Jane Doe Steps In": a successor named before the verb. */
    private static final Pattern TAKES_OVER = Pattern.compile(NAME_BEFORE
            + "(?i:(?:will |is to |is set to |is |was )?(?:to )?(?:take over|takes over|took over|step in"
            + "|steps in|stepped in|stepping in|step up|steps up|stepped up|stepping up)\\b)");

    /** "hands the reins to Jane Doe, its finance chief": the one who leaves names the successor. */
    private static final Pattern HANDS_OVER = Pattern.compile("(?i)\\b(?:hands?|handed|handing|passes|passed"
            + "|passing) (?:over )?(?:the )?(?:reins|helm|baton|top job|ceo role|job)(?: over)? to\\b");

    /** "Jane Doe leaves Acme, joins Beta as its chair": the one who leaves is hired by the company named. */
    private static final Pattern JOINS_AS = Pattern.compile("(?i),? (?:and )?(?:joins|to join|will join|joining) "
            + "(?-i:(?=[A-Z]))");

    /**
     * The successor a departure's sentence names in a clause of its own ("John Roe to retire, Jane Doe steps in";
     * "resigns, hands reins to Jane Doe"), hired into the role named there or else the role left; or the
     * company the one who leaves joins ("leaves Acme, joins Beta as its chair").
     */
    private static @Nullable Detection stepsIn(Sentence sentence, Detection departure) {
        String text = sentence.text();
        TriggerDetails.LeadershipDeparture gone = (TriggerDetails.LeadershipDeparture) departure.details();
        Matcher over = TAKES_OVER.matcher(text);
        while (over.find()) {
            String person = cleanPerson(over.group("name"));
            if (person != null && !person.equals(gone.person()) && looksLikePerson(person)) {
                return successorAs(sentence, departure.company(), person, over.end(), gone, 0.8);
            }
        }
        Matcher hands = HANDS_OVER.matcher(text);
        if (hands.find()) {
            String person = personIn(text, hands.end(), Finder.clauseEnd(sentence, hands.end()), null);
            if (person != null && !person.equals(gone.person())) {
                // the words before the name describe the person ("former chief"), not the role taken: the one left
                return new Detection(departure.company(), new TriggerDetails.ExecutiveHire(person, gone.role(),
                        gone.roleCategory()), 0.8);
            }
        }
        Matcher joins = JOINS_AS.matcher(text);
        if (gone.person() != null && joins.find()) {
            String company = sentence.nameStartingAt(sentence.wordFrom(joins.end()));
            int end = Finder.clauseEnd(sentence, joins.end());
            Roles.Role role = Roles.find(text, joins.end(), end);
            if (company != null && role != null && !company.equals(departure.company()) && !Places.isPlace(company)) {
                return new Detection(company, new TriggerDetails.ExecutiveHire(gone.person(), role.words(),
                        role.category()), 0.8);
            }
        }
        return gone.person() == null ? null : leavesFor(sentence, departure, gone);
    }

    /** "leaves to head up Beta", "departs for rival Beta": the company the one who leaves goes to. */
    private static final Pattern LEAVES_FOR = Pattern.compile("(?i)\\b(?:leaves|leaving|left|departs|departing"
            + "|departed|quits|exits) (?:\\w+ )?(?:to (?<head>head(?: up)?|lead|run)|to join|for) "
            + "(?:(?-i:[a-z][\\w-]*|[A-Z][\\w]*-(?:owned|backed|based)) ){0,4}(?=(?-i:[A-Z]))");

    /**
     * The hire of one who leaves for another company named after the verb ("Acme CEO Jane Doe is leaving to head
     * up media group Beta", "Acme exec Jane Doe departs for film studio Beta"): as its head, in the role named
     * there, or in no role told.
     */
    private static @Nullable Detection leavesFor(Sentence sentence, Detection departure,
            TriggerDetails.LeadershipDeparture gone) {
        String text = sentence.text();
        if (!text.contains(" to ") && !text.contains(" for ")) {
            return null;
        }
        Matcher goes = LEAVES_FOR.matcher(text);
        if (!goes.find()) {
            return toBecome(sentence, departure, gone);
        }
        String company = sentence.nameStartingAt(sentence.wordFrom(goes.end()));
        if (!isAnotherCompany(company, departure)) {
            return null;
        }
        int end = Finder.clauseEnd(sentence, goes.end());
        Roles.Role role = Roles.find(text, goes.end(), end);
        TriggerDetails.ExecutiveHire hire = role != null
                ? new TriggerDetails.ExecutiveHire(gone.person(), role.words(), role.category())
                : goes.group("head") != null ? new TriggerDetails.ExecutiveHire(gone.person(), "head", RoleCategory.CEO)
                : new TriggerDetails.ExecutiveHire(gone.person(), null, RoleCategory.OTHER_EXEC);
        return new Detection(company, hire, 0.75);
    }

    /** "quit as its president … to take up the post of finance chief at Beta": the post taken next. */
    /** Whether {@code company}, named as where the leaver goes, is a company other than the one left. */
    private static boolean isAnotherCompany(@Nullable String company, Detection departure) {
        return company != null && !company.equals(departure.company()) && !Places.isPlace(company);
    }

    private static final Pattern TO_BECOME = Pattern.compile("(?i)\\bto (?:become|accept (?:the |a )?(?:position|post"
            + "|job|role) of|take (?:up )?(?:the |a )?(?:position|post|job|role) of) (?:the )?");

    private static final Pattern OF_OR_AT = Pattern.compile("^,? (?:of|at) (?:the )?");

    /**
     * The hire of one who leaves to take a post at a company named after the role ("resigned as president of its
     * unit to become chief executive of Beta Corp"): a post at the company left, or none named, is no hire told.
     */
    private static @Nullable Detection toBecome(Sentence sentence, Detection departure,
            TriggerDetails.LeadershipDeparture gone) {
        String text = sentence.text();
        Matcher becomes = TO_BECOME.matcher(text);
        if (!becomes.find()) {
            return null;
        }
        int end = Finder.clauseEnd(sentence, becomes.end());
        Roles.Role role = Roles.find(text, becomes.end(), end);
        if (role == null || role.start() != becomes.end()) {
            return null;
        }
        Matcher of = OF_OR_AT.matcher(text).region(role.end(), text.length());
        String company = of.lookingAt() ? sentence.nameStartingAt(sentence.wordFrom(of.end())) : null;
        if (!isAnotherCompany(company, departure)) {
            return null;
        }
        return new Detection(company, new TriggerDetails.ExecutiveHire(gone.person(), role.words(), role.category()),
                0.75);
    }

    /** The successor's hire at the company left, in the role named after {@code from} or else the one left. */
    private static Detection successorAs(Sentence sentence, @Nullable String company, String person, int from,
            TriggerDetails.LeadershipDeparture gone, double confidence) {
        Roles.Role role = Roles.find(sentence.text(), from, Finder.clauseEnd(sentence, from));
        return new Detection(company, role == null
                ? new TriggerDetails.ExecutiveHire(person, gone.role(), gone.roleCategory())
                : new TriggerDetails.ExecutiveHire(person, role.words(), role.category()), confidence);
    }

    private static final Pattern NAMED_SUCCESSOR = Pattern.compile("\\b(?<name>[A-Z][a-zA-Z'-]+(?: [A-Z][a-zA-Z'-]+)"
            + "{1,2}) (?:is |was |has been |will be )?(?:named|appointed|tapped|picked|chosen|confirmed)(?: as)? "
            + "(?:(?:his|her|their|the|new|next) )*(?:successor|replacement)\\b");

    /** "Acme brings back Jane Doe as CEO, replacing John Roe": the one replaced has left the role. */
    private static @Nullable Detection replaced(Sentence sentence, Detection hire) {
        WordPattern.Scan replacing = REPLACING.in(sentence);
        if (!replacing.find()) {
            return null;
        }
        String text = sentence.text();
        String person = personIn(text, replacing.end(), Finder.clauseEnd(sentence, replacing.end()), null);
        TriggerDetails.ExecutiveHire hired = (TriggerDetails.ExecutiveHire) hire.details();
        if (person == null || person.equals(hired.person())) {
            return null;
        }
        int at = text.indexOf(person, replacing.end());
        if (at >= 0 && !DEPARTURE_OF.matcher(replacing.group()).find() && !LEAVES_AFTER.matcher(text)
                .region(at + person.length(), Math.min(text.length(), at + person.length() + 90)).find()) {
            // "succeeding Jane Doe, who remains chairman", "replacing John Roe": one who stays on, or of whom
            // nothing is said, has not left
            return null;
        }
        return new Detection(hire.company(), new TriggerDetails.LeadershipDeparture(person, hired.role(),
                hired.roleCategory()), 0.82);
    }

    /**
     * "Pacific Ore named president Tom Ridley chairman and chief executive, replacing Ann Keel, who resigned": the
     * one replaced leaves the post the successor takes, not the one the successor held before, which is the first
     * role of the sentence where the verb of leaving names none of its own.
     */
    private static Detection leavingSuccessorsPost(Sentence sentence, Detection hire, Detection departure) {
        if (!(departure.details() instanceof TriggerDetails.LeadershipDeparture left) || left.role() == null
                || !(hire.details() instanceof TriggerDetails.ExecutiveHire hired) || hired.role() == null
                || left.role().equals(hired.role()) || left.person() == null || left.person().equals(hired.person())) {
            return departure;
        }
        WordPattern.Scan replacing = REPLACING.in(sentence);
        if (!replacing.find()) {
            return departure;
        }
        String text = sentence.text();
        int named = text.indexOf(left.person(), replacing.end());
        Roles.Role successorsBefore = Roles.find(text, 0, replacing.start());
        if (named < 0 || named - replacing.end() > 4 || successorsBefore == null
                || !successorsBefore.words().equals(left.role())) {
            return departure;
        }
        return new Detection(departure.company(), new TriggerDetails.LeadershipDeparture(left.person(),
                hired.role(), hired.roleCategory()), departure.confidence());
    }

    /** What says that the one replaced goes: "who is retiring", "who resigned", "who left the company". */
    private static final Pattern LEAVES_AFTER = Pattern.compile("(?i)\\b(?:retir\\w*|resign\\w*|steps? down"
            + "|stepped down|stepping down|leaves|leaving|left the|to leave|will leave|depart\\w*|quit\\w*"
            + "|ousted|fired|dismissed|died|death|exits?|exited|exiting)\\b");

    private static final Pattern AND = Pattern.compile("^(?: [A-Za-z-]+){0,4}?(?:,? and|,) ");

    /**
     * The others named with a hired person: "named Chris Evans CFO and Dana Hill chief people officer", "appointed
     * Olivia Grant and Farid Haddad to its board". Each takes the role named after them, else the first one's.
     */
    private static List<Detection> alsoHired(Sentence sentence, Detection hire) {
        TriggerDetails.ExecutiveHire first = (TriggerDetails.ExecutiveHire) hire.details();
        if (first.person() == null) {
            return List.of();
        }
        String text = sentence.text();
        int at = text.indexOf(first.person());
        List<Detection> more = new java.util.ArrayList<>(1);
        int from = at < 0 ? -1 : at + first.person().length();
        while (from > 0 && more.size() < 3) {
            Matcher and = AND.matcher(text).region(from, text.length());
            if (!and.lookingAt()) {
                break;
            }
            Matcher person = PERSON.matcher(text).region(and.end(), text.length());
            if (!person.lookingAt()) {
                break;
            }
            String name = cleanPerson(person.group("name"));
            if (name == null || name.equals(first.person())) {
                break;
            }
            int end = Math.min(text.length(), person.end() + 45);
            Roles.Role role = Roles.find(text, person.end(), end);
            boolean ownRole = role != null && text.substring(person.end(), role.start()).strip().length() <= 4;
            more.add(new Detection(hire.company(), new TriggerDetails.ExecutiveHire(name,
                    ownRole ? role.words() : first.role(), ownRole ? role.category() : first.roleCategory()),
                    hire.confidence()));
            from = person.end();
        }
        if (more.isEmpty() && from > 0) {
            Detection later = hiredLater(text, from, hire, first.person());
            if (later != null) {
                more.add(later);
            }
        }
        return more;
    }

    /**
     * One more person named with a role of their own further on: "named John Roe to the new post of senior vice
     * president, and Jane Doe as chief financial officer", "elected Ada Kerr chairman, succeeding Ivo Lark, and Dana
     * Shaw as president" (a wire story's list of appointments).
     */
    private static final Pattern AND_LATER = Pattern.compile(",? and (?:(?:named|appointed|elected|promoted) )?");

    /** What introduces the role after a person named in a list: " as ", " to the newly-created position of ". */
    private static final Pattern ROLE_INTRO = Pattern.compile(",? (?:as |to (?:the |its )?(?:new |newly[- ]created )?"
            + "(?:post|position|office|role) of )?(?:its |the )?(?:new )?");

    private static @Nullable Detection hiredLater(String text, int from, Detection hire, String first) {
        int and = text.indexOf(" and ", from);
        while (and >= 0) {
            int at = text.charAt(and - 1) == ',' ? and - 1 : and;
            Matcher joined = AND_LATER.matcher(text).region(at, text.length());
            if (joined.lookingAt()) {
                Matcher person = PERSON.matcher(text).region(joined.end(), text.length());
                if (person.lookingAt()) {
                    String name = cleanPerson(person.group("name"));
                    Matcher intro = ROLE_INTRO.matcher(text).region(person.end(), text.length());
                    Roles.Role role = name == null || name.equals(first) || !intro.lookingAt() ? null
                            : Roles.find(text, intro.end(), Math.min(text.length(), intro.end() + 60));
                    if (role != null && role.start() == intro.end()) {
                        return new Detection(hire.company(), new TriggerDetails.ExecutiveHire(name, role.words(),
                                role.category()), hire.confidence());
                    }
                }
            }
            and = text.indexOf(" and ", and + 5);
        }
        return null;
    }

    private static final Pattern HAS = Pattern.compile("\\b(?:has|have|had)\\b");

    private static final Pattern BEEN = Pattern.compile("\\bbeen\\b");

    /** "to its board"; not the verb of "invites riders to board the night train". */
    private static final Pattern TO_BOARD = Pattern.compile("(?i)\\bto (?:its |the |their )?board\\b"
            + "(?! (?:the|a|an)\\b)");

    /** "announces the appointment of", "confirms new": an announcement of a hire, not of anything else. */
    private static final Pattern ANNOUNCED_HIRE = Pattern.compile("(?i) (?:the |its )?(?:appointment|hiring|hire"
            + "|promotion|election|addition|new|nomination|selection)");

    /** "announces Jane Doe as new CEO": a person announced in a role. */
    private static final Pattern ANNOUNCED_PERSON = Pattern.compile(" (?:[A-Z]\\.|[A-Z][a-z][\\w'-]*)"
            + "(?: (?:[A-Z]\\.|[A-Z][a-z][\\w'-]*)){1,3} as (?:its |the |their )?(?:new |next |first )?(?=\\S)");

    private static final Pattern AUXILIARY = Pattern.compile("(?i)\\b(?:to|will|has|is|was|have)\\b");

    private static final Pattern FROM_OR_AT = Pattern.compile("(?i)\\s*(?:from|at) ");

    /** "Jane Doe named CEO": a past participle after a person is a passive headline, not the company acting. */
    private static boolean isPassive(String verb, Sentence.Subject subject, String before) {
        boolean participle = verb.endsWith("ed") || verb.equals("chose");
        boolean perfect = HAS.matcher(subject.between()).find() && !BEEN.matcher(subject.between()).find();
        if (!participle || subject.inherited() || perfect || subject.name() == null) {
            return false;
        }
        if (looksLikePerson(subject.name()) || EMPLOYEE_BETWEEN.matcher(subject.between()).lookingAt()) {
            // "Jane Doe named CEO", "Acme banker appointed Beta CEO"
            return true;
        }
        // "Dana R Whitby has been appointed": a person whose name the subject only ends
        String person = lastPerson(before);
        return person != null && person.endsWith(subject.name()) && !person.equals(subject.name());
    }

    private static boolean samePerson(Detection hire, Detection departure) {
        String hired = Details.personOf(hire);
        return hired != null && hired.equals(Details.personOf(departure));
    }

    private @Nullable Detection companyHires(Sentence sentence) {
        String text = sentence.text();
        WordPattern.Scan verb = COMPANY_HIRES.in(sentence);
        while (verb.find()) {
            String verbWords = verb.group().toLowerCase(Locale.ROOT);
            if (afterDeterminer(sentence, verb.start())) {
                // "so the name Glaston reflects", "its picks for the year": a noun, not a verb of hiring
                continue;
            }
            int end = Finder.clauseEnd(sentence, verb.end());
            // "announces results" announces no hire: asked before the role is sought, as most announcements are none
            if ((verbWords.startsWith("announc") || verbWords.startsWith("confirm") || verbWords.startsWith("unveil"))
                    && !ANNOUNCED_HIRE.matcher(text.substring(verb.end(), Math.min(end, verb.end() + 40)))
                        .lookingAt()
                    && !ANNOUNCED_PERSON.matcher(text).region(verb.end(), end).lookingAt()) {
                continue;
            }
            Roles.Role role = Roles.find(text, verb.end(), end);
            if (role == null && !verbWords.startsWith("announc") && !verbWords.startsWith("confirm")
                    && !verbWords.startsWith("unveil")) {
                role = toLead(text, verb.end(), end);
            }
            if (role != null && !role.words().startsWith("lead of ")) {
                Roles.Role held = role;
                role = roleTaken(text, role, end);
                if (role == held && FORMER_HELD.matcher(text).region(Math.max(verb.end(), role.start() - 40),
                        role.start()).find()) {
                    // "appoints former Beta vice president Jane Doe to its policy council": the post held before
                    // is no post taken, and no other is named
                    role = toLead(text, verb.end(), end);
                }
            }
            boolean board = role == null && TO_BOARD.matcher(text.substring(verb.end(), end)).find();
            if (role == null && !board && !(verbWords.contains("board") && verbWords.contains("with"))) {
                Detection byName = hiredByName(sentence, verb, verbWords, end);
                if (byName == null) {
                    byName = hiredByFormerPost(sentence, verb, verbWords);
                }
                if (byName != null) {
                    return byName;
                }
                continue;
            }
            if (role != null && isCoach(text, role)) {
                continue;
            }
            Sentence.Subject subject = Finder.subject(sentence, verb);
            // "The company also appointed Jane Doe head of its plate unit": a sentence cut from a longer story, whose
            // company is not the name the sentence goes on to give (the person's)
            boolean unnamedCompany = (subject == null || subject.inherited() && subject.name() != null
                    && text.indexOf(subject.name(), verb.end()) >= 0)
                    && THE_COMPANY_BEFORE.matcher(text).region(0, verb.start()).matches();
            if (unnamedCompany) {
                subject = null;
            }
            if (subject == null && !unnamedCompany
                    || subject != null && isPassive(verbWords, subject, text.substring(0, verb.start()))) {
                continue;
            }
            if (role != null && OUTGOING.matcher(text).region(Math.max(verb.end(), role.start() - 24), role.start())
                    .find()) {
                // "will name a successor to its outgoing chairman": the role is the one left, not one filled
                continue;
            }
            String person = personIn(text, verb.end(), role != null && role.words().startsWith("lead of ")
                    ? role.start() : end, role);
            int named = person == null ? -1 : text.indexOf(person, role == null ? verb.end() : role.end());
            if (role != null && named > role.end() && named + person.length() < end) {
                // "names finance chief Jane Doe co-CEO": the role after the name is the one taken
                Roles.Role after = Roles.find(text, named + person.length(), end);
                if (after != null && after.start() == named + person.length() + 1) {
                    role = after;
                }
            }
            RoleCategory category = role != null ? role.category() : RoleCategory.BOARD;
            String roleWords = role != null ? role.words() : "board";
            if (verbWords.contains("board") && role == null) {
                roleWords = "board member";
            }
            if (subject == null && person == null) {
                continue;
            }
            double confidence = (person != null ? 0.9 : 0.78) - (subject == null || subject.inherited() ? 0.1 : 0);
            String unit = role == null ? null : unitOf(text, role);
            return new Detection(unit != null ? unit : subject == null ? null : subject.name(),
                    new TriggerDetails.ExecutiveHire(person, roleWords, category), confidence);
        }
        return null;
    }

    /** "The company also appointed", "the company it recruited": a company the story named before this sentence. */
    private static final Pattern THE_COMPANY_BEFORE = Pattern.compile("(?i)(?:.*\\bthat )?the company (?:it |also |has "
            + "|had |now |today |then )*");

    /** Verbs of hiring that take people only: a company "names" or "taps" a bank or a supplier too. */
    private static final Pattern HIRES_PEOPLE = Pattern.compile("hires?|hired|rehires?|rehired|poach(?:es)?|poached"
            + "|lures?|lured|recruits?|recruited");

    /**
     * What may stand between the verb and the person hired: an owner ("Halvex's") and a few lower-case words that
     * describe the person ("former marketing chief"), not a preposition that starts another phrase.
     */
    private static final Pattern BEFORE_HIRED_PERSON = Pattern.compile("^ (?:[A-Z][\\w.&-]*(?: [A-Z][\\w.&-]*){0,2}"
            + "(?:'s|\u2019s|') )?(?:(?!(?:to|for|as|at|from|in|with|and|of|on)\\b)[a-z-]+ ){0,3}$");

    private static final Pattern OWNER_AFTER = Pattern.compile("^(?:'s|\u2019s) ");

    /**
     * After the person, what makes the hire no executive's: an adviser's job, or a post ("as chief weather
     * correspondent") or a team to lead that held no leadership role.
     */
    private static final Pattern NOT_EXECUTIVE_AFTER = Pattern.compile("(?i)^(?:'s|\u2019s)|^ (?:to (?:advise|lead"
            + "|head|run)|as)\\b");

    /**
     * "Acme hires Jane Doe", "Acme poaches Beta's Jane Doe to …": a person hired by name, the role untold. Only where
     * the verb takes people and a person's name follows it: the hire of someone the news names as worth telling.
     */
    private static @Nullable Detection hiredByName(Sentence sentence, WordPattern.Scan verb, String verbWords,
            int end) {
        if (!HIRES_PEOPLE.matcher(verbWords).matches()) {
            return null;
        }
        String text = sentence.text();
        String person = personIn(text, verb.end(), end, null);
        int named = person == null ? -1 : text.indexOf(person, verb.end());
        if (named >= 0 && OWNER_AFTER.matcher(text).region(named + person.length(), end).lookingAt()) {
            // "hires Lady Vale's former manager Troy Cart": the owner, then the one hired
            int from = named + person.length();
            person = personIn(text, from, end, null);
            named = person == null ? -1 : text.indexOf(person, from);
        }
        if (named < 0 || !looksLikePerson(person)
                || !BEFORE_HIRED_PERSON.matcher(text).region(verb.end(), named).matches()
                || NOT_EXECUTIVE_AFTER.matcher(text).region(named + person.length(), text.length()).lookingAt()) {
            return null;
        }
        Sentence.Subject subject = Finder.subject(sentence, verb);
        if (subject == null || subject.name() == null || subject.inherited()
                || isPassive(verbWords, subject, text.substring(0, verb.start())) || subject.name().equals(person)) {
            // "… when it hired Jane Doe": a hire told in passing by a pronoun is no news of the item
            return null;
        }
        return new Detection(subject.name(), new TriggerDetails.ExecutiveHire(person, null, RoleCategory.OTHER_EXEC),
                0.7);
    }

    /**
     * Right after a verb that hires people, an executive told by the post they held ("hires former Lidl boss", "poaches
     * ex-Halvex chief executive Jane Doe"): the head noun of the post, not a post that a lower-case noun follows
     * ("former executive producer").
     */
    private static final Pattern FORMER_EXECUTIVE = Pattern.compile("^ (?:an? |the |its )?(?:former|ex-) ?"
            + "(?:[\\w.&'\u2019-]+ ){0,4}?(?:boss|chief executive|chief|executive|exec|CEO|CFO|COO|CTO|CMO"
            + "|president|chairman|chairwoman|vice president|VP|head)\\b"
            + "(?!-| (?!(?:of|to|as|and|for|from|in|at)\\b)(?-i:[a-z]))", Pattern.CASE_INSENSITIVE);

    /** "Acme hires former Lidl boss": an executive hired whose new post is untold. */
    private static @Nullable Detection hiredByFormerPost(Sentence sentence, WordPattern.Scan verb, String verbWords) {
        if (!HIRES_PEOPLE.matcher(verbWords).matches()) {
            return null;
        }
        String text = sentence.text();
        Matcher former = FORMER_EXECUTIVE.matcher(text).region(verb.end(), text.length());
        if (!former.lookingAt()) {
            return null;
        }
        Sentence.Subject subject = Finder.subject(sentence, verb);
        if (subject == null || subject.name() == null || subject.inherited()
                || isPassive(verbWords, subject, text.substring(0, verb.start()))) {
            return null;
        }
        int end = Finder.clauseEnd(sentence, former.end());
        String person = personIn(text, former.end(), end, null);
        if (person != null && !(text.startsWith(" " + person, former.end()) && looksLikePerson(person))) {
            person = null;
        }
        return new Detection(subject.name(), new TriggerDetails.ExecutiveHire(person, null, RoleCategory.OTHER_EXEC),
                0.7);
    }

    /**
     * "Acme gets a new CEO", "Acme's new CFO is Jane Doe": someone new in the role, told without a verb of hiring. Not
     * among the verbs the model is told of: "gets" and "has" say nothing of a hire by themselves.
     */
    private static final Pattern NEW_IN_ROLE = Pattern.compile("(?i)\\b(?:gets|got|has|have|finds|found) "
            + "(?:a |its |their )?new (?=\\w)|(?<owner>'s|\u2019s) new (?=\\w)|(?<opening>^(?:a |the )?)new (?=\\w)");

    /** "A new CEO for Quenby", "New CFO at Tamsell": the company a headline's new role is for. */
    private static final Pattern FOR_COMPANY = Pattern.compile("^ (?:for|at) (?=[A-Z])");

    private static final Pattern IS_PERSON = Pattern.compile("(?i) (?:is|will be|to be) ");

    private static @Nullable Detection newInRole(Sentence sentence) {
        String text = sentence.text();
        Matcher found = NEW_IN_ROLE.matcher(text);
        while (found.find()) {
            int end = Finder.clauseEnd(sentence, found.end());
            Roles.Role role = Roles.find(text, found.end(), end);
            if (role == null || role.start() != found.end() || isCoach(text, role)) {
                continue;
            }
            if (found.group("owner") != null) {
                // "Acme's new CFO is Jane Doe": the owner names the company, the name after "is" the person
                int owner = sentence.wordAt(found.start());
                String company = owner >= sentence.words().size() ? null : sentence.nameEndingAt(owner);
                Matcher is = IS_PERSON.matcher(text).region(role.end(), end);
                String person = is.lookingAt() ? personIn(text, is.end(), end, null)
                        : company == null ? null : personBefore(text, text.lastIndexOf(company, found.start()));
                if (company == null || person == null) {
                    continue;
                }
                return new Detection(company, new TriggerDetails.ExecutiveHire(person, role.words(),
                        role.category()), 0.8);
            }
            if (found.group("opening") != null) {
                // "A new CEO for Quenby": the company follows the role
                Matcher forCompany = FOR_COMPANY.matcher(text).region(role.end(), end);
                String company = forCompany.lookingAt() ? sentence.nameStartingAt(sentence.wordFrom(forCompany.end()))
                        : null;
                if (company == null || Places.isPlace(company)) {
                    continue;
                }
                return new Detection(company, new TriggerDetails.ExecutiveHire(null, role.words(), role.category()),
                        0.75);
            }
            Sentence.Subject subject = Finder.subject(sentence, found);
            if (subject != null) {
                return new Detection(subject.name(), new TriggerDetails.ExecutiveHire(null, role.words(),
                        role.category()), 0.75 - (subject.inherited() ? 0.1 : 0));
            }
        }
        return null;
    }

    private static final Pattern OUTGOING = Pattern.compile("(?i)\\b(?:outgoing|departing|retiring|ousted)"
            + "(?: (?:\\w+))?\\s*$");

    /** "Jane Doe is Acme's new CFO": the person named right before "is" and the company. */
    private static @Nullable String personBefore(String text, int company) {
        Matcher is = PERSON_IS.matcher(text).region(0, Math.max(0, company));
        if (!is.find()) {
            return null;
        }
        String person = cleanPerson(is.group("name"));
        return person != null && looksLikePerson(person) ? person : null;
    }

    private static final Pattern PERSON_IS = Pattern.compile(NAME_BEFORE + "(?:is|becomes|will be) $");

    /** "hires Jane Doe to lead its cloud business": the role told as what the person will lead. */
    private static final Pattern TO_LEAD = Pattern.compile("(?i)\\bto (?:lead|head(?: up)?|run|oversee|spearhead"
            + "|helm)\\b(?: (?:its|the|a|their|his|her|our))? (?<what>[\\w&'\u2019-]+(?: (?!(?:as|after|amid|while"
            + "|following|with|in|at|from)\\b)[\\w&'\u2019-]+){0,5})");

    /** What makes the part led a division of the business, for its category. */
    private static final Pattern LAB = Pattern.compile("(?i)\\b(?:lab|labs|research|team|teams|journalism|news)\\b");

    private static final Pattern TEAM = Pattern.compile("(?i)\\bteams?$");

    private static Roles.@Nullable Role toLead(String text, int from, int to) {
        Matcher lead = TO_LEAD.matcher(text).region(from, Math.min(to, text.length()));
        if (!lead.find()) {
            return null;
        }
        String what = lead.group("what");
        if (TEAM.matcher(what).find()) {
            // "to lead its social VR team": a team's lead is below VP
            return null;
        }
        return new Roles.Role("lead of " + what, LAB.matcher(what).find() ? RoleCategory.OTHER_EXEC : RoleCategory.GM,
                lead.start(), lead.end());
    }

    /** The verbs of one chosen by others, which a person who opens the sentence takes without a company told. */
    private static final Pattern PASSIVELY_CHOSEN = Pattern.compile("appointed|elected|named");

    /** The person and no more than the verb's auxiliary before it: "Jane Doe has been appointed". */
    private static final Pattern OPENS_PASSIVE = Pattern.compile("\\s*[\\p{L}.'\u2019 -]+? (?:was|has been|had been|is|"
            + "will be|have been|were) ");

    private @Nullable Detection personJoins(Sentence sentence) {
        String text = sentence.text();
        WordPattern.Scan verb = PERSON_JOINS.in(sentence);
        while (verb.find()) {
            int end = Finder.clauseEnd(sentence, verb.end());
            String before = text.substring(0, verb.start());
            // "Acme CFO Jane Doe named CEO": company and old role before the person
            String person = lastPerson(before);
            if (person == null && before.isBlank() && looksLikePerson(sentence.topic())) {
                // "Jane Doe on LinkedIn: Starting a new position as CFO at Acme"
                person = sentence.topic();
            }
            boolean unnamed = person == null && (FORMER_ROLE.matcher(before).find()
                    || EMPLOYEE_BEFORE.matcher(before).find());
            if (person == null && !unnamed) {
                continue;
            }
            String verbWords = verb.group().toLowerCase(Locale.ROOT);
            Roles.Role role = Roles.find(text, verb.end(), end);
            String company = null;
            if (verbWords.contains("join") || verbWords.startsWith("returns to")) {
                int companyWord = sentence.wordFrom(verb.end());
                company = sentence.nameStartingAt(companyWord);
                if (role == null) {
                    role = toLead(text, verb.end(), end);
                }
                String joined = text.substring(verb.end(), end).toLowerCase(Locale.ROOT);
                if (role == null && joined.contains("board") && !joined.contains("advisory board")) {
                    role = new Roles.Role("board", RoleCategory.BOARD, verb.end(), end);
                }
            }
            if (role == null || isCoach(text, role)) {
                continue;
            }
            String unit = unitOf(text, role);
            if (unit != null) {
                company = unit;
            }
            if (company == null && role.start() > verb.end()) {
                // "Halvor's Jane Doe named Beta chief executive": the company of the role the person takes
                String owner = companyBeforeRole(sentence, role);
                if (owner != null && text.indexOf(owner, verb.end()) >= verb.end() && !looksLikePerson(owner)
                        && (person == null || !person.contains(owner) && !owner.contains(person))) {
                    company = owner;
                }
            }
            if (company == null) {
                company = companyAfterRole(sentence, role, end);
            }
            if (company == null) {
                company = companyBefore(sentence, before, person);
            }
            if (company == null && person != null && PASSIVELY_CHOSEN.matcher(verbWords).matches()
                    && OPENS_PASSIVE.matcher(before).matches() && before.stripLeading().startsWith(person)) {
                // "Jane Doe was elected vice chair.": a sentence cut from a longer story names no company,
                // yet tells of the seat filled
                return new Detection(null, new TriggerDetails.ExecutiveHire(person, role.words(), role.category()),
                        0.8);
            }
            if (company == null || company.equals(person)) {
                continue;
            }
            int named = person == null ? -1 : before.indexOf(person);
            if (Hedges.beforeVerb(named < 0 ? before : before.substring(named + person.length()))) {
                continue;
            }
            return new Detection(company, new TriggerDetails.ExecutiveHire(person, role.words(), role.category()),
                    0.88);
        }
        return null;
    }

    private @Nullable Detection personLeaves(Sentence sentence) {
        String text = sentence.text();
        WordPattern.Scan verb = PERSON_LEAVES.in(sentence);
        while (verb.find()) {
            int clauseStart = clauseStart(text, verb.start());
            String before = text.substring(clauseStart, verb.start());
            int end = Finder.clauseEnd(sentence, verb.end());
            String after = text.substring(verb.end(), end);
            if (before.isBlank() && ATTRIBUTIVE.matcher(verb.group()).matches()
                    && text.startsWith(" ", verb.end())) {
                // "Ousted Acme CEO John Roe sues": a past departure describes the person, another verb is the news
                continue;
            }
            if (leavesNoPost(sentence, verb, after) || nounOfLeaving(text, verb)) {
                continue;
            }
            Roles.Role role = Roles.find(text, clauseStart, verb.start());
            Roles.Role roleLeft = LEFT_AS_OR_FROM.matcher(after).lookingAt() ? Roles.find(text, verb.end(), end) : null;
            if (role == null || roleLeft != null && roleLeft.start() - verb.end() <= 60) {
                // "Acme CEO Jane Doe steps down from the board", "… resigns as chairman": the role left
                role = roleLeft != null ? roleLeft : Roles.find(text, verb.end(), end);
            }
            if (role == null) {
                role = founderOrExec(text, clauseStart, verb.start());
            }
            if (role == null || isCoach(text, role)) {
                continue;
            }
            String between = text.substring(Math.min(role.end(), verb.start()), verb.start());
            String person = lastPerson(before);
            String notPerson = person;
            if (person != null && (verbAfter(sentence, clauseStart + before.lastIndexOf(person) + person.length(),
                    verb.start()) || COMPANY_NOUN_AFTER.matcher(before).region(before.lastIndexOf(person)
                        + person.length(), before.length()).lookingAt())) {
                // "Brandeln Optics Posts Loss, Finance Chief Quits", "Lake Harbor shares fall as CEO departs": the
                // subject of another verb, or whose shares are, is a company
                person = null;
            }
            int personEnd = person == null ? -1 : clauseStart + before.lastIndexOf(person) + person.length();
            if (person != null && role.end() <= verb.start() && personEnd <= role.start()
                    && POSSESSIVE_ROLE.matcher(text).region(personEnd, role.start()).matches()) {
                // "Halvex Bakeries' finance director resigns": the owner of the role is the company
                person = null;
            }
            if (person != null && role.end() <= verb.start()
                    && clauseStart + before.lastIndexOf(person) + person.length() + 1 == role.start()) {
                // "Brandeln Optics CFO resigns": a name right before the role is its company ("Jane Doe, CFO" takes
                // a comma)
                person = null;
            }
            if (person != null) {
                int at = before.lastIndexOf(person);
                between = before.substring(at + person.length());
                notPerson = null;
            }
            if (Hedges.beforeVerb(AUXILIARY.matcher(between).replaceAll(""))
                    || CALLS_TO_GO.matcher(text.substring(clauseStart, verb.start())).find()) {
                continue;
            }
            if (person == null) {
                person = personIn(text, verb.end(), end, role);
            }
            String company = unitOf(text, role);
            if (company == null) {
                company = companyLeft(sentence, verb);
            }
            if (company == null) {
                company = companyBeforeRole(sentence, role);
            }
            if (company != null && company.equals(person)) {
                company = null;
            }
            if (company == null) {
                company = companyAfterRole(sentence, role, end);
            }
            if (company == null && FROM_OR_AT.matcher(after).lookingAt()) {
                company = sentence.nameStartingAt(sentence.wordFrom(verb.end()) + 1);
            }
            if (company == null) {
                // "resigns as CFO after 12 years at Acme": the company served
                Matcher years = YEARS_AT.matcher(text).region(verb.end(), Math.min(text.length(), verb.end() + 90));
                if (years.find()) {
                    company = sentence.nameStartingAt(sentence.wordFrom(years.end()));
                }
            }
            if (company == null && notPerson != null && notPerson.equals(sentence.leadingName())) {
                // "Brandeln Optics posts loss, CFO quits": the name that looked like a person's is the company's
                company = notPerson;
            }
            if (company == null) {
                company = companyBefore(sentence, before, person);
            }
            if (company == null || company.equals(person)) {
                continue;
            }
            if (person != null && person.endsWith(" " + company)) {
                // "CEO Of Puzzle Maker Quillmere To Step Down": the company, described in title case, not a person
                person = null;
            }
            if (person == null) {
                // "Lindqvist exits as Nordic Telecom chief executive": a surname alone
                Sentence.Subject subject = Finder.subject(sentence, verb);
                if (subject != null && !subject.inherited() && subject.name() != null
                        && !subject.name().equals(company) && !subject.name().contains(company)
                        && subject.name().split(" ").length <= 3
                        && Roles.find(subject.name(), 0, subject.name().length()) == null) {
                    person = subject.name();
                }
            }
            return new Detection(company,
                    new TriggerDetails.LeadershipDeparture(person, role.words(), role.category()),
                    person != null ? 0.88 : 0.8);
        }
        return null;
    }

    /** Verbs by which a person leaves of their own accord or retires: "steps down", "is leaving", "quits". */
    private static final Pattern LEAVES_ON_OWN = Pattern.compile("(?i)(?:(?:to|will|would) )?(?:steps? (?:down|aside)"
            + "|stepped (?:down|aside)|stepping down|resigns?|resigned|resigning|retires?|retired|retiring|leaves|left"
            + "|leaving|leave|quits?|quitting|departs?|departed|departing|exits?|exited|exiting)");

    /** Words that may stand between a person's name and a verb of leaving: "Jane Doe is leaving", "has quit". */
    private static final Pattern AUXILIARIES_AFTER_NAME = Pattern.compile("(?:\\s+(?:is|has|will|was|to|set|now"
            + "|just|also))*\\s*$");

    /**
     * A person named right before a verb of leaving, where no role is told: "Jane Doe is leaving Acme", "Jane Doe
     * steps down from Acme" leave the company the verb names; "Acme names Jane Doe CEO as John Roe steps down", the
     * company of the hire in whose clause they go, in the role the hire fills.
     */
    private static @Nullable Detection leavesUntitled(Sentence sentence, @Nullable Detection hire) {
        String text = sentence.text();
        WordPattern.Scan verb = PERSON_LEAVES.in(sentence);
        while (verb.find()) {
            if (!LEAVES_ON_OWN.matcher(verb.group()).matches() || nounOfLeaving(text, verb)) {
                continue;
            }
            int clauseStart = clauseStart(text, verb.start());
            String before = text.substring(clauseStart, verb.start());
            Matcher auxiliaries = AUXILIARIES_AFTER_NAME.matcher(before);
            String named = auxiliaries.find() ? before.substring(0, auxiliaries.start()).strip() : "";
            Matcher person = PERSON.matcher(named);
            String name = person.matches() ? cleanPerson(person.group("name")) : null;
            int end = Finder.clauseEnd(sentence, verb.end());
            if (name == null || !name.equals(named) || !looksLikePerson(name) || Hedges.beforeVerb(before)
                    || CALLS_TO_GO.matcher(before).find()
                    || leavesNoPost(sentence, verb, text.substring(verb.end(), end))) {
                continue;
            }
            String company = companyLeft(sentence, verb);
            if (company != null && !company.equals(name)) {
                return new Detection(company, new TriggerDetails.LeadershipDeparture(name, null,
                        RoleCategory.OTHER_EXEC), 0.75);
            }
            TriggerDetails.ExecutiveHire hired = hire == null ? null : (TriggerDetails.ExecutiveHire) hire.details();
            if (hired != null && hire.company() != null && !name.equals(hired.person())
                    && SUBORDINATE_BEFORE.matcher(text).region(0, clauseStart).find()) {
                return new Detection(hire.company(), new TriggerDetails.LeadershipDeparture(name, hired.role(),
                        hired.roleCategory()), 0.75);
            }
        }
        return null;
    }

    /** The start of a clause that tells what goes with the main one: "… as", "… after". */
    private static final Pattern SUBORDINATE_BEFORE = Pattern.compile("(?:,? as|,? after|,? while) $");

    /** Words after which a verb's form is a noun: "the name", "its picks". */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our",
            "this", "that", "whose", "your", "my");

    private static boolean afterDeterminer(Sentence sentence, int verbStart) {
        int before = sentence.wordAt(verbStart) - 1;
        return before >= 0 && !sentence.words().get(before).endsClause()
                && DETERMINERS.contains(sentence.words().get(before).lower());
    }

    /** Past participles that describe a person by a departure when they open a clause: "Ousted CEO sues". */
    private static final Pattern ATTRIBUTIVE = Pattern.compile("(?i)ousted|fired|sacked|dismissed|removed|axed"
            + "|retired|departed|resigned|terminated|suspended|replaced|exited");

    /** What follows "leaves" or "left" when nobody leaves a post: "leaves little chance", "left Brazil". */
    private static final Set<String> NOT_LEFT = WordList.of("not-left-objects");

    private static final Pattern LEFT = Pattern.compile("(?i)(?:to |will |would )?(?:leaves|left|leaving|leave)");

    /**
     * Whether "leaves" or "left" says no one leaves a post: its object is a place ("left Brazil to attend"), something
     * left as it was ("leaves its rate unchanged") or a state of things ("leaves open the door", "leaves little
     * chance").
     */
    private static boolean leavesNoPost(Sentence sentence, WordPattern.Scan verb, String after) {
        if (!LEFT.matcher(verb.group()).matches()) {
            return false;
        }
        int next = sentence.wordFrom(verb.end());
        if (next >= sentence.words().size() || sentence.words().get(next - 1).endsClause()) {
            return false;
        }
        if (NOT_LEFT.contains(sentence.words().get(next).lower()) || after.toLowerCase(Locale.ROOT)
                .contains(" unchanged")) {
            return true;
        }
        String name = sentence.isNameWord(sentence.words().get(next)) ? sentence.nameStartingAt(next) : null;
        return name != null && Places.isPlace(name) || leavesOnATrip(sentence, next);
    }

    /** What someone leaves for when they travel: "leaves for producer meeting", "left for talks in Geneva". */
    private static final Set<String> TRIP_PURPOSES = WordList.of("trip-purposes");

    /** Whether the words from {@code next} are "for" and, within four words, a trip's purpose before a clause ends. */
    private static boolean leavesOnATrip(Sentence sentence, int next) {
        List<Sentence.Word> words = sentence.words();
        if (!words.get(next).lower().equals("for")) {
            return false;
        }
        for (int i = next + 1; i < Math.min(words.size(), next + 5); i++) {
            if (TRIP_PURPOSES.contains(words.get(i).lower())) {
                return true;
            }
            if (words.get(i).endsClause()) {
                return false;
            }
        }
        return false;
    }

    /** Bare forms of leaving that a preposition or a determiner makes a noun: "headed for exit", "after the exit". */
    private static final Pattern BARE_LEAVING = Pattern.compile("(?i)exit|quit|depart|resign|retire");

    private static final Pattern NOUN_BEFORE = Pattern.compile("(?i)\\b(?:for|an|the|a|of|on|after|before|toward"
            + "|towards|amid|its|their) $");

    private static boolean nounOfLeaving(String text, WordPattern.Scan verb) {
        return BARE_LEAVING.matcher(verb.group()).matches()
                && NOUN_BEFORE.matcher(text).region(Math.max(0, verb.start() - 9), verb.start()).find();
    }

    private static final Pattern POSSESSIVE_ROLE = Pattern.compile("'s ");

    /** Whether a headline's verb before the move's follows the given position: "Brandeln Optics Posts …". */
    private static boolean verbAfter(Sentence sentence, int at, int moveVerb) {
        int word = sentence.wordFrom(at);
        return word < sentence.words().size() && sentence.words().get(word).start() < moveVerb
                && Sentence.isHeadlineVerb(sentence.words().get(word).lower());
    }

    /** "resigns as chairman", "steps down from the board": the role left follows the verb. */
    private static final Pattern LEFT_AS_OR_FROM = Pattern.compile("^ (?:as|from)\\b");

    /** Verbs whose object is the company left: "leaves Acme", "quits Beta", "exits Gamma". */
    private static final Pattern LEAVES_OBJECT = Pattern.compile("(?i)leaves|left|leaving|to leave|will leave"
            + "|would leave|quits?|exits?|exited|exiting|departs?|departed|departing");

    /**
     * The company a person leaves, named as the verb's object ("co-founder John Roe leaves Beta") or after "from"
     * ("resigns from Beta's board"): that company, not the one named before the role the person held.
     */
    private static @Nullable String companyLeft(Sentence sentence, WordPattern.Scan verb) {
        int next = sentence.wordFrom(verb.end());
        if (next >= sentence.words().size() || sentence.words().get(next - 1 < 0 ? 0 : next - 1).endsClause()) {
            return null;
        }
        Sentence.Word first = sentence.words().get(next);
        if (first.lower().equals("from") && !first.endsClause()) {
            String name = sentence.nameStartingAt(next + 1);
            return name == null || looksLikePerson(name) || Places.isPlace(name) ? null : name;
        }
        if (!LEAVES_OBJECT.matcher(verb.group()).matches() || !sentence.isNameWord(first)) {
            return null;
        }
        String name = sentence.nameStartingAt(next);
        return name == null || looksLikePerson(name) || Places.isPlace(name) ? null : name;
    }

    /** "former", "ex-" before a role, perhaps with the employer between: "former Beta Bank vice president". */
    private static final Pattern FORMER_BEFORE = Pattern.compile("(?i)(?:\\bformer|\\bex-)(?: [^,;]{0,30})? ?$");

    /** "former" or "ex-" and the employer's name right before a role: "former Beta Bank vice president". */
    private static final Pattern FORMER_HELD = Pattern.compile("(?:\\b[Ff]ormer|\\b[Ee]x-) ?(?:(?!(?:As|To|At|For|Of"
            + "|And)\\b)[A-Z][\\w.&'\u2019-]* ){0,3}$");

    /** "as", or "to" a board or post: what introduces the role a person is moved into. */
    private static final Pattern INTO_ROLE = Pattern.compile("(?i)(?<!reporting|report|reports|next|close|closer"
            + "|successor|return|returns) (?:as|to(?= (?:(?:its|the|their|his|her) )?(?:(?:added|new|newly-created"
            + "|vacant) )?(?:board|post|position|role|office|seat)\\b))(?: (?:its|the|their|his|her|a|an|new|added"
            + "|newly-created|vacant|post of|position of|role of|office of|first))* ");

    /** "… its treasurer and made her": the same person moved next into the role the move is about. */
    private static final Pattern NAMED_NEXT = Pattern.compile(",? (?:and |then |and then )(?:named|appointed|made"
            + "|elected) (?:him|her)(?: (?:as|to be))? (?:its |the |a )?");

    /**
     * "names managing director Jane Doe as president", "appoints CEO John Roe to its board", "removes CEO as
     * chairman", "elected Jane Doe treasurer, then made her finance chief": the role named first is the one the
     * person holds; the one after "as", "to" or "made her" is the one the move is about.
     */
    private static Roles.Role roleTaken(String text, Roles.Role first, int end) {
        if (FORMER_BEFORE.matcher(text).region(Math.max(0, first.start() - 40), first.start()).find()) {
            // "named Jane Doe, once a vice president at Beta, its president": the role held before
            Roles.Role next = Roles.find(text, first.end(), end);
            if (next != null) {
                return roleTaken(text, next, end);
            }
        }
        Matcher namedNext = NAMED_NEXT.matcher(text).region(first.end(), text.length());
        if (namedNext.lookingAt()) {
            // a clause of its own, past the first role's: "elected Jane Doe treasurer and then made her CFO"
            Roles.Role next = Roles.find(text, namedNext.end(), Math.min(text.length(), namedNext.end() + 60));
            if (next != null && next.start() == namedNext.end()) {
                return next;
            }
        }
        Matcher into = INTO_ROLE.matcher(text).region(first.end(), Math.min(end, text.length()));
        if (!into.find() || into.start() - first.end() > 60
                || text.substring(first.end(), into.start()).contains(" and ")) {
            // "names Jane Doe as CFO and John Roe as COO": the next person's role
            return first;
        }
        Roles.Role taken = Roles.find(text, into.end(), end);
        return taken != null && taken.start() == into.end() ? taken : first;
    }

    private static final Pattern EARLIER = Pattern.compile("(?i)\\b(?:previously|already|recently|earlier) $");

    /** A founder or an executive who leaves: "OpenAI co-founder John Roe leaves", "Acme exec departs". */
    private static final Pattern FOUNDER_OR_EXEC = Pattern.compile("(?i)\\b(?:co-?founder|founder|founding partner"
            + "|exec|executive|top executive|senior executive)s?\\b");

    private static Roles.@Nullable Role founderOrExec(String text, int from, int to) {
        Matcher role = FOUNDER_OR_EXEC.matcher(text).region(from, to);
        return role.find() ? new Roles.Role(role.group(), RoleCategory.OTHER_EXEC, role.start(), role.end()) : null;
    }

    private @Nullable Detection companyRemoves(Sentence sentence) {
        String text = sentence.text();
        WordPattern.Scan verb = COMPANY_REMOVES.in(sentence);
        while (verb.find()) {
            int end = Finder.clauseEnd(sentence, verb.end());
            Roles.Role role = Roles.find(text, verb.end(), Math.min(end, verb.end() + 40));
            if (role != null) {
                role = roleTaken(text, role, end);
            }
            String verbWords = verb.group().toLowerCase(Locale.ROOT);
            if (role == null && verbWords.startsWith("los")) {
                // "Quenby loses a second co-founder": a founder it loses, not an "executive order" it may lose
                role = founderOrExec(text, verb.end(), Math.min(end, verb.end() + 40));
                role = role == null || !role.words().toLowerCase(Locale.ROOT).contains("founder") ? null : role;
            }
            if (role == null || isCoach(text, role)) {
                continue;
            }
            if ((verbWords.startsWith("seek") || verbWords.startsWith("search") || verbWords.startsWith("begin")
                    || verbWords.startsWith("launch")) && !verbWords.isEmpty()) {
                continue;
            }
            if (verbWords.startsWith("announced") && EARLIER.matcher(text).region(0, verb.start()).find()) {
                // "after the previously announced departure of John Roe": an earlier departure, background
                continue;
            }
            Sentence.Subject subject = Finder.subject(sentence, verb);
            if (subject == null || isPassive(verbWords, subject, text.substring(0, verb.start()))) {
                continue;
            }
            String person = personIn(text, verb.end(), end, role);
            if (verbWords.startsWith("replac") && text.substring(verb.end(), end).contains(" with ")) {
                int with = text.indexOf(" with ", verb.end());
                person = personIn(text, verb.end(), with, role);
            }
            return new Detection(subject.name(),
                    new TriggerDetails.LeadershipDeparture(person, role.words(), role.category()),
                    person != null ? 0.85 : 0.75);
        }
        return null;
    }

    /**
     * Whether the "head" found is a sports team's coach ("names new head coach"). Roles below VP ("director of
     * marketing", "senior manager") are never found as roles at all.
     */
    private static boolean isCoach(String text, Roles.Role role) {
        String lower = role.words().toLowerCase(Locale.ROOT);
        String after = text.substring(role.end(), Math.min(text.length(), role.end() + 20)).toLowerCase(Locale.ROOT);
        return lower.startsWith("head") && after.startsWith(" coach");
    }

    private static int clauseStart(String text, int verbStart) {
        int start = 0;
        for (String stop : new String[] { "; ", " - ", ": ", ". ", " as ", " after ", " amid ", " while " }) {
            int at = text.lastIndexOf(stop, verbStart - 1);
            while (at > 0 && stop.equals(". ") && (isInitial(text, at) || endsInSuffix(text, at))) {
                // "J. Martin Hale has retired": an initial's full stop ends no clause
                at = text.lastIndexOf(stop, at - 1);
            }
            if (at >= 0 && at + stop.length() <= verbStart && at + stop.length() > start
                    && !(stop.equals(" as ") && isRoleAfterAs(text, at + stop.length()))) {
                start = at + stop.length();
            }
        }
        return start;
    }

    private static final Pattern SUCCEEDED = Pattern.compile("(?i)\\b(?:succeeds|succeeding|replaces|replacing"
            + "|succeeded by|replaced by) ");

    /** Whether the full stop at {@code dot} ends a name's suffix: "Frank Hale Jr. is retiring". */
    private static boolean endsInSuffix(String text, int dot) {
        return dot >= 3 && (text.startsWith(" Jr", dot - 3) || text.startsWith(" Sr", dot - 3));
    }

    /** Whether the full stop at {@code dot} follows an initial: a capital letter that starts a word. */
    private static boolean isInitial(String text, int dot) {
        return Character.isUpperCase(text.charAt(dot - 1))
                && (dot == 1 || text.charAt(dot - 2) == ' ' || text.charAt(dot - 2) == '.');
    }

    private static boolean isRoleAfterAs(String text, int from) {
        return Roles.find(text, from, Math.min(text.length(), from + 40)) != null;
    }

    /** Words that describe someone by their employer: "Orland Freight banker", "an Acme exec", "Acme founder". */
    private static final String EMPLOYEE = "banker|exec|executive|veteran|alum|engineer|analyst|lawyer|insider"
            + "|official|founder|co-founder|cofounder";

    /** A lower-case word that describes the person named next: " banker Jane Doe", " exec John Roe". */
    private static final Pattern DESCRIBES_NEXT = Pattern.compile(" (?:" + EMPLOYEE + "|investor|partner"
            + "|boss|chief|head|leader|manager|director|president|chairman)s? (?:[A-Z]\\. )?[A-Z][a-z]");

    /**
     * A unit named after the role, which the move is about: "president of its Megatek Corp unit". A unit the text
     * does not name as a company ("of its hosiery division", "of its Footwear Group") leaves the parent.
     */
    private static final Pattern UNIT_AFTER_ROLE = Pattern.compile("^,? (?:of|at) (?:its|the company's|their"
            + "|[A-Z][\\w.&-]*'s) "
            + "(?<name>[A-Z][\\w.&'-]*(?: (?:[A-Z][\\w.&'-]*|and|of)){0,6}?)"
            + " (?:unit|subsidiary|division|affiliate)\\b");

    private static @Nullable String unitOf(String text, Roles.Role role) {
        Matcher unit = UNIT_AFTER_ROLE.matcher(text).region(role.end(), text.length());
        return unit.lookingAt() ? unit.group("name") : null;
    }

    private static final Pattern BEFORE_LEAVER = Pattern.compile("(?i)\\b(?:succeed(?:s|ing)?|replac(?:e|es|ing)"
            + "|ousting|after)\\b[^,;]{0,30}$");

    private static final Pattern LEAVER_AFTER = Pattern.compile("(?i)^\\.?,?(?: \\w+){0,3}? "
            + "(?:(?:is |was |will be |has been )?(?:retir|resign|step|leav|quit|depart)\\w*"
            + "|(?:is |was |will be |has been )?(?:being )?succeeded(?: as [^,;]{1,60}?)? by)");

    private static final Pattern BEFORE_SUCCESSOR = Pattern.compile("(?i)\\b(?:succeeded|replaced) by\\b[^,;]{0,40}$");

    /**
     * Whether a name found where a company should stand is a person's: one with initials or a suffix ("R. Thomas
     * Bell", "Frank Hewitt Jr."), or one the text gives a role right after or before ("Lena Strand, managing
     * director of", "named Ada Kerr chief executive officer").
     */
    static boolean actsAsPerson(String name, String text) {
        if (!looksLikePerson(name)) {
            return false;
        }
        if (INITIAL_OR_SUFFIX.matcher(name).find()) {
            return true;
        }
        int at = text.indexOf(name);
        if (at < 0) {
            return false;
        }
        int after = at + name.length();
        Roles.Role role = Roles.find(text, after, Math.min(text.length(), after + 30));
        if (role != null && text.substring(after, role.start()).matches(", (?:the |its |a )?(?:former |new )?")) {
            return true;
        }
        Roles.Role before = Roles.find(text, Math.max(0, at - 30), at);
        return before != null && text.substring(before.end(), at).matches(" ?");
    }

    private static final Pattern INITIAL_OR_SUFFIX = Pattern.compile("\\b[A-Z]\\.(?: |$)|\\b(?:Jr|Sr|III|II)\\b");

    /**
     * The person a move is about where the finder's pattern named none: the first person the text names who is
     * not the company, passing over, for a hire, the one who leaves ("succeeding John Roe", "John Roe is retiring")
     * and, for a departure, the successor ("succeeded by Jane Doe").
     */
    static @Nullable String movingPerson(String text, @Nullable String company, boolean hire) {
        Matcher person = PERSON.matcher(text);
        while (person.find()) {
            String before = text.substring(Math.max(0, person.start() - 50), person.start());
            String after = text.substring(person.end(), Math.min(text.length(), person.end() + 100));
            if (hire ? BEFORE_LEAVER.matcher(before).find() || LEAVER_AFTER.matcher(after).find()
                    : BEFORE_SUCCESSOR.matcher(before).find()) {
                continue;
            }
            if (DESCRIBES_NEXT.matcher(text).region(person.end(), text.length()).lookingAt()
                    || formerEmployer(text, person.start(), person.end())
                    || EMPLOYEE_AFTER.matcher(text).region(person.end(), text.length()).lookingAt()
                    || ARTICLE_BEFORE.matcher(before).find()) {
                // "beyond the Silver Coast": a person's name takes no article
                continue;
            }
            String name = cleanPerson(person.group("name"));
            if (name != null && looksLikePerson(name) && plainPersonName(name) && (company == null
                    || !company.contains(name) && !name.contains(company))) {
                return name;
            }
        }
        return null;
    }

    /**
     * Whether every word of a name found without a pattern around it could be a person's: no word in capitals, no
     * possessive, none that headlines, deals or descriptions use ("Financing Round", "Gets Added", "June One").
     */
    private static boolean plainPersonName(String name) {
        for (String word : name.split(" ")) {
            boolean initial = word.length() <= 2 || INITIAL.matcher(word).matches();
            if (!initial && (word.equals(word.toUpperCase(Locale.ROOT)) || word.contains("'")
                    || Sentence.isCommonCapitalised(word.toLowerCase(Locale.ROOT)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first person the text names who is not the company, passing over one already known to move the other way
     * ("Y named chair to replace X": Y's hire, so not Y's departure), or null.
     */
    static @Nullable String personNamed(String text, @Nullable String company, @Nullable String movedOtherWay) {
        int from = 0;
        while (true) {
            String person = personIn(text, from, text.length(), null);
            if (person == null || person.equals(company)) {
                return null;
            }
            int at = text.indexOf(person, from);
            if (!person.equals(movedOtherWay) || at < 0) {
                return person;
            }
            from = at + person.length();
        }
    }

    /** A person's name in the text between from and to, not the role's words. */
    private static @Nullable String personIn(String text, int from, int to, Roles.@Nullable Role role) {
        Matcher person = PERSON.matcher(text).region(from, Math.max(from, Math.min(to, text.length())));
        while (person.find()) {
            if (DESCRIBES_NEXT.matcher(text).region(person.end(), text.length()).lookingAt()
                    || formerEmployer(text, person.start(), person.end())) {
                // "former Harbor Bank banker Lena Ortiz": the employer, then the person
                continue;
            }
            String name = cleanPerson(person.group("name"));
            int named = name == null ? -1 : text.indexOf(name, person.start());
            if (role != null && named >= role.end()
                    && !ROLE_THEN_PERSON.matcher(text).region(role.end(), named).matches()) {
                // "hires a chief as it turns to …", "fires CFO, blaming …": a name follows the role right after it
                // ("names CFO Jane Doe") or it is not the person moved
                break;
            }
            if (name != null && (role == null || person.end() <= role.start() || person.start() >= role.end()
                    || !name.contains(text.substring(role.start(), role.end())))) {
                return name;
            }
        }
        return null;
    }

    /** An article right before a name: "the", "a", "an". */
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?i)\\b(?:the|a|an) $");

    /** "Tarvo Lending shares", "Orland Freight's": what follows a company's name, not a person's. */
    private static final Pattern OWNED_AFTER = Pattern.compile("^(?:'s|') |^ (?:shares|stock|investors|employees"
            + "|staff|board|customers)\\b");

    private static final Pattern COMPANY_NOUN_AFTER = Pattern.compile(" (?:shares|stock|investors|employees|staff"
            + "|customers)\\b");

    private static boolean ownsAfter(String text, String name) {
        int at = text.indexOf(name);
        // "Orvid Future cofounder tapped as chief": a name that employs the one described after it is a company's
        return at >= 0 && (OWNED_AFTER.matcher(text).region(at + name.length(), text.length()).lookingAt()
                || EMPLOYEE_AFTER.matcher(text).region(at + name.length(), text.length()).lookingAt());
    }

    /** "Orland Freight banker appointed": the employer of someone the text does not name. */
    private static final Pattern EMPLOYEE_AFTER = Pattern.compile("^ (?:" + EMPLOYEE + "|boss|chief|head|director)s?"
            + "\\b(?! (?:[A-Z]\\. )?[A-Z][a-z])");

    /** "Former Acme head joins": someone the headline describes by a role they held, without a name. */
    private static final Pattern FORMER_ROLE = Pattern.compile("^(?i:former|ex-) ?[^,;]{1,40}\\b(?:head|chief"
            + "|exec|executive|director|boss|president|(?-i:C[A-Z]{1,3}O|[SE]?VP|GM))\\s*$");

    /** A person described by the employer before the verb: "banker", "exec". */
    private static final Pattern EMPLOYEE_BETWEEN = Pattern.compile("(?:" + EMPLOYEE + ")s?\\b");

    /** "Orland Freight banker appointed": a description of the person moved in place of a name. */
    private static final Pattern EMPLOYEE_BEFORE = Pattern.compile("^(?:[A-Z][\\w.&'-]* ){1,4}(?:" + EMPLOYEE
            + "|boss|chief|head|director)\\s*$");

    /** What may stand between a role and the person who takes it: "CFO Jane Doe", "CFO: Jane Doe". */
    private static final Pattern ROLE_THEN_PERSON = Pattern.compile("(?:[:-]| -)? ?");

    /** "Former" or "ex-" before a name. */
    private static final Pattern FORMER = Pattern.compile("(?i)(?:\\bformer|\\bex-) ?$");

    /** A word that follows an employer's name, not a person's: a role or a person's description in lower case. */
    private static final Pattern AFTER_EMPLOYER = Pattern.compile("^ (?:[a-z]|(?:C(?:E|F|O|T|I|M|R|P)O|[SE]?VP|GM|MD"
            + "|Head|Director|Exec|Executive|Chief|Boss)\\b)");

    /**
     * "former Vantix Labs director", "Former Orbix Head Joins": the name after "former" and before a role or a
     * lower-case word is the employer the person came from, not a person.
     */
    private static boolean formerEmployer(String text, int start, int end) {
        String[] words = text.substring(start, end).split(" ");
        for (int i = 1; i < words.length; i++) {
            if (isTitleWord(words[i]) || PERSON_DESCRIPTORS.contains(words[i].toLowerCase(Locale.ROOT))) {
                // "Ex-Beta Pres Ivo Lark": the person follows the role
                return false;
            }
        }
        String before = text.substring(Math.max(0, start - 8), start);
        boolean former = FORMER.matcher(before).find()
                || text.regionMatches(true, start, "former ", 0, 7) || text.regionMatches(true, start, "ex-", 0, 3);
        return former && AFTER_EMPLOYER.matcher(text).region(end, text.length()).lookingAt();
    }

    /** A person's name without the titles around it: "CEO Dennis Ward" is Dennis Ward, "Maria Lopez COO" too. */
    private static @Nullable String cleanPerson(String match) {
        String[] words = trimPerson(match).split(" ");
        int from = 0;
        int to = words.length;
        for (int i = to - 3; i >= 0; i--) {
            if (words[i].endsWith("'s") || words[i].endsWith("s'")) {
                // "Northwind Foods' Clara Voss": the owner before the person
                from = i + 1;
                break;
            }
        }
        while (from < to && isTitleWord(words[from])) {
            from++;
        }
        while (to > from && (isTitleWord(words[to - 1]) && !compassSurname(words, from, to - 1)
                || POSTNOMINALS.contains(words[to - 1].toLowerCase(Locale.ROOT)))) {
            // "Maria Lopez COO", "Dr Jane Doe MBE"; not the surname of "Dana West"
            if (to - from > 2 && isCompanyWord(words[to - 1])) {
                // "Our Next Energy", "Lake Harbor Foods": a company's name ends in its word, a person's does not
                return null;
            }
            to--;
        }
        while (to - from > 2 && Sentence.isHeadlineVerb(words[to - 1].toLowerCase(Locale.ROOT))) {
            // "Paolo Grant Becomes CFO": a title-case headline's verb after the name
            to--;
        }
        if (to - from == 2 && Sentence.isHeadlineVerb(words[to - 1].toLowerCase(Locale.ROOT))) {
            // "Corvane Posts Loss, CFO Quits": a one-word company and its headline's verb, no person
            return null;
        }
        if (to > from && PERSON_DESCRIPTORS.contains(words[to - 1].toLowerCase(Locale.ROOT))) {
            // "Appointment Of Seasoned Payments Expert": a description, the name comes after it
            return null;
        }
        // "Former Orbix Exec Dana Shaw", "Ex-Oracle Pres Dana Reyes": the name follows the last word of the role
        for (int i = to - 3; i >= from; i--) {
            if (!INITIAL.matcher(words[i]).matches() && isTitleWord(words[i]) && !isCompanyWord(words[i])
                    || PERSON_DESCRIPTORS.contains(words[i].toLowerCase(Locale.ROOT))) {
                from = i + 1;
                break;
            }
        }
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, from, to));
        return isPersonName(name) ? name : null;
    }

    private static final Pattern INITIAL = Pattern.compile("(?:[A-Z]\\.)+");

    /** Honours and qualifications written after a name: "MBE", "PhD". */
    private static final Set<String> POSTNOMINALS = WordList.of("postnominals");

    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west");

    /**
     * Whether the word at {@code at} is a surname that is also a point of the compass ("Dana West", "Kieran North"):
     * the last word of a name (the caller knows), after a first name that is no company's or title's word.
     */
    private static boolean compassSurname(String[] words, int from, int at) {
        if (at <= from || !COMPASS.contains(words[at].toLowerCase(Locale.ROOT))) {
            return false;
        }
        String first = words[at - 1];
        return Character.isUpperCase(first.charAt(0)) && !first.equals(first.toUpperCase(Locale.ROOT))
                && !NOT_PERSON_WORDS.contains(first.toLowerCase(Locale.ROOT)) && Roles.categoryOf(first) == null;
    }

    /**
     * "Harbor Trust Co NA Dayton": a word that ends or holds a company's name is no role before a person's name;
     * what follows it still belongs to the company.
     */
    private static boolean isCompanyWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Roles.categoryOf(word) == null && NOT_PERSON_WORDS.contains(lower) && !lower.equals("former")
                && !lower.equals("ex") && !lower.equals("founder") && !lower.equals("co-founder")
                && !PERSON_DESCRIPTORS.contains(lower) && !Sentence.isCommonCapitalised(lower);
    }

    /** Words that describe a person before the name without being a role: "exec", "veteran", "boss". */
    private static final Set<String> PERSON_DESCRIPTORS = WordList.of("person-descriptors");

    private static boolean isTitleWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Roles.categoryOf(word) != null || NOT_PERSON_WORDS.contains(lower) && !lower.equals("de")
                || lower.equals("former") || lower.equals("ex") || lower.equals("founder")
                || lower.equals("co-founder") || lower.equals("cofounder");
    }

    private static @Nullable String lastPerson(String text) {
        Matcher person = PERSON.matcher(text);
        String last = null;
        while (person.find()) {
            String name = formerEmployer(text, person.start(), person.end())
                    || EMPLOYEE_AFTER.matcher(text).region(person.end(), text.length()).lookingAt() ? null
                    : cleanPerson(person.group("name"));
            if (name != null && person.end() >= text.stripTrailing().length() - 60) {
                last = name;
            }
        }
        return last;
    }

    private static String trimPerson(String name) {
        String trimmed = name;
        if (trimmed.endsWith("'s")) {
            trimmed = trimmed.substring(0, trimmed.length() - 2);
        }
        return trimmed;
    }

    private static boolean isPersonName(String name) {
        String[] words = name.split(" ");
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (i > 0 && i < words.length - 1 && word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
                // "Dana R Whitby": a middle initial written without its full stop
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT).replace("'s", "");
            if (word.endsWith("'") || NOT_PERSON_WORDS.contains(lower)
                    && !(i == words.length - 1 && compassSurname(words, 0, i))
                    || Roles.categoryOf(word) != null && !lower.equals("chase")) {
                return false;
            }
        }
        return true;
    }

    static boolean looksLikePerson(@Nullable String name) {
        return name != null && isPersonName(name) && !name.contains("&") && !endsInLegalForm(name)
                && !name.equals(name.toUpperCase(Locale.ROOT));
    }

    private static final Set<String> NOT_PERSON_WORDS = WordList.of("not-person-words");

    /** "Acme CEO John Roe", "Acme's chief executive": the company named just before the role. */
    private static @Nullable String companyBeforeRole(Sentence sentence, Roles.Role role) {
        int roleWord = sentence.wordAt(role.start());
        if (roleWord == 0) {
            return null;
        }
        Sentence.Word previous = sentence.words().get(roleWord - 1);
        if (previous.endsClause() && !previous.possessive()) {
            return null;
        }
        String name = sentence.nameEndingAt(roleWord - 1);
        // "Jane Doe, CEO of Acme" puts a person before the role; "Acme CMO Jane Doe" a company
        if (name == null || looksLikePerson(name) && (previous.text().endsWith(",") || namedBefore(sentence, name))) {
            return null;
        }
        return name;
    }

    /** "after 12 years at", "following a decade with": the company a person leaves, named after their time there. */
    private static final Pattern YEARS_AT = Pattern.compile("(?i)\\b(?:after|following|ending) (?:[\\w-]+ ){0,3}"
            + "(?:years?|decades?|months) (?:at|with) ");

    /** Verbs that name a person into a role: "named Jane Doe president". */
    private static final Set<String> NAMING_VERBS = WordList.of("naming-verbs");

    /** Whether a person-like name is the object of a verb of naming: "named Jane Doe president". */
    private static boolean namedBefore(Sentence sentence, String name) {
        int at = sentence.text().indexOf(name);
        int word = at < 0 ? -1 : sentence.wordBefore(at);
        return word >= 0 && NAMING_VERBS.contains(sentence.words().get(word).lower());
    }

    /**
     * Others asking someone to go ("Shareholders call on Acme chairman to quit"), or a condition, not a fact ("what
     * investors do if executives resign").
     */
    private static final Pattern CALLS_TO_GO = Pattern.compile("(?i)\\b(?:calls? (?:on|for)|urges?|urged|asks?|asked"
            + "|pressures?|pressured|pushes|pushed|demands?|demanded|wants?|petition|vote to|votes? to|could|should"
            + "|" + Hedges.MAY + "|might|if|whether|unless)\\b");

    private static final Pattern OF_COMPANY = Pattern.compile("^(?:,? (?:of|at|for|with|Of|At|For|With) )");

    private static final Pattern OWN_PART = Pattern.compile("(?:its|their|the company's) ");

    /** "CEO of Acme", "CFO at Acme": the company named after the role. */
    private static @Nullable String companyAfterRole(Sentence sentence, Roles.Role role, int end) {
        String text = sentence.text();
        String after = text.substring(role.end(), Math.min(end, text.length()));
        Matcher of = OF_COMPANY.matcher(after);
        if (!of.find() || OWN_PART.matcher(after).region(of.end(), after.length()).lookingAt()) {
            // "president of its Footwear Group": a part of the company the sentence is about, not a company
            return null;
        }
        int companyWord = sentence.wordFrom(role.end() + of.end());
        return sentence.nameStartingAt(companyWord);
    }

    /** The company named before the person: "Acme's Jane Doe", or the sentence's first name that is no person. */
    private static @Nullable String companyBefore(Sentence sentence, String before, @Nullable String person) {
        String leading = sentence.leadingName();
        if (leading != null && person != null && leading.indexOf(person) > 0) {
            // "Quenby Cofounder Ilse Varga Back As CEO": a title-case headline runs the company into the person
            String[] words = leading.substring(0, leading.indexOf(person)).strip().split(" ");
            int to = words.length;
            while (to > 0 && isTitleWord(words[to - 1])) {
                to--;
            }
            String company = String.join(" ", java.util.Arrays.copyOfRange(words, 0, to));
            if (to > 0 && to < words.length && !looksLikePerson(company)) {
                return company;
            }
        }
        if (leading != null && (!looksLikePerson(leading) || ownsAfter(sentence.text(), leading))
                && (person == null || !person.contains(leading))
                && Roles.find(leading, 0, leading.length()) == null) {
            return leading;
        }
        return sentence.topic();
    }
}
