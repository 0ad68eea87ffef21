package dev.kairos.ingest.detect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerDetails.Acquisition;
import dev.kairos.events.TriggerDetails.ExecutiveHire;
import dev.kairos.events.TriggerDetails.Expansion;
import dev.kairos.events.TriggerDetails.Funding;
import dev.kairos.events.TriggerDetails.Ipo;
import dev.kairos.events.TriggerDetails.Layoffs;
import dev.kairos.events.TriggerDetails.LeadershipDeparture;
import dev.kairos.events.TriggerDetails.Partnership;
import dev.kairos.events.TriggerDetails.ProductLaunch;
import dev.kairos.events.TriggerType;
import org.jspecify.annotations.Nullable;

/** Completes what a headline says with what its lede adds: the amount, the investors, the person, the place. */
final class Details {

    private Details() {
    }

    /** The headline's detection, its missing fields taken from the lede's detection of the same type. */
    static Detection completed(Detection headline, Detection lede) {
        TriggerDetails details = switch (headline.details()) {
            case Funding h when lede.details() instanceof Funding l -> new Funding(
                    h.round().equals("UNKNOWN") ? l.round() : h.round(), h.amount() != null ? h.amount() : l.amount(),
                    h.amount() != null ? h.currency() : l.currency(), merged(h.investors(), l.investors()));
            case Acquisition h when lede.details() instanceof Acquisition l -> new Acquisition(
                    h.acquirer() != null ? h.acquirer() : l.acquirer(), h.target() != null ? h.target() : l.target(),
                    h.amount() != null ? h.amount() : l.amount(), h.amount() != null ? h.currency() : l.currency());
            case ExecutiveHire h when lede.details() instanceof ExecutiveHire l -> new ExecutiveHire(
                    h.person() != null ? h.person() : l.person(), h.role() != null ? h.role() : l.role(),
                    h.roleCategory());
            case LeadershipDeparture h when lede.details() instanceof LeadershipDeparture l -> new LeadershipDeparture(
                    h.person() != null ? h.person() : l.person(), h.role() != null ? h.role() : l.role(),
                    h.roleCategory());
            case Ipo h when lede.details() instanceof Ipo l -> new Ipo(
                    h.exchange() != null ? h.exchange() : l.exchange(),
                    h.amount() != null ? h.amount() : l.amount(), h.amount() != null ? h.currency() : l.currency());
            case Layoffs h when lede.details() instanceof Layoffs l -> new Layoffs(
                    h.headcount() != null ? h.headcount() : l.headcount(),
                    h.percent() != null ? h.percent() : l.percent());
            case Expansion h -> h;
            case ProductLaunch h -> h;
            case Partnership h when h.partner() == null && lede.details() instanceof Partnership l -> l;
            case Partnership h -> h;
            default -> headline.details();
        };
        String company = headline.company() != null ? headline.company() : lede.company();
        return new Detection(company, details, Math.min(0.97, headline.confidence() + 0.03));
    }

    /**
     * The headline's detection with what its lede states without repeating the trigger: "The round was led by
     * Sequoia" names the investors, "The deal is worth $2 billion" the amount.
     */
    static Detection fromLede(Detection headline, Sentence lede) {
        TriggerDetails details = switch (headline.details()) {
            case Funding h -> {
                Money money = h.amount() == null
                        ? FundingFinder.firstAmount(lede.text(), 0, lede.text().length()) : null;
                String round = h.round().equals("UNKNOWN") ? FundingFinder.roundOf(lede.text()) : h.round();
                List<String> investors = merged(h.investors(), FundingFinder.investorsOf(lede, 0));
                investors.remove(headline.company());
                yield new Funding(round, money != null ? money.amount() : h.amount(),
                        money != null ? money.currency() : h.currency(), investors);
            }
            default -> headline.details();
        };
        return details.equals(headline.details()) ? headline
                : new Detection(headline.company(), details, headline.confidence());
    }

    /**
     * The detection with the fuller names its lede gives the companies the headline names shortly: "Halvorsen to buy
     * Orvella" and "… has agreed to buy Orvella Software Corp." name Orvella Software Corp.
     */
    static Detection withFullerNames(Detection detection, Sentence lede) {
        String company = fuller(detection.company(), lede);
        TriggerDetails details = detection.details();
        if (details instanceof Acquisition acquisition) {
            String target = fuller(acquisition.target(), lede);
            String acquirer = fuller(acquisition.acquirer(), lede);
            if (target != acquisition.target() || acquirer != acquisition.acquirer()) {
                details = new Acquisition(acquirer, target, acquisition.amount(), acquisition.currency());
            }
        }
        return company == detection.company() && details == detection.details() ? detection
                : new Detection(company, details, detection.confidence());
    }

    private static @Nullable String fuller(@Nullable String name, Sentence lede) {
        if (name == null || name.length() < 2) {
            return name;
        }
        String fuller = lede.fullerName(name);
        return fuller == null ? name : fuller;
    }

    /** A hire or departure that names no person, with the one its lede, else its headline, names moving. */
    static Detection withPerson(Detection detection, @Nullable Sentence lede, Sentence headline) {
        boolean hire = detection.details() instanceof ExecutiveHire;
        if (!hire && !(detection.details() instanceof LeadershipDeparture)) {
            return detection;
        }
        String company = detection.company();
        String person = personOf(detection);
        if (person != null && lede != null && person.equals(person.toUpperCase(Locale.ROOT))) {
            // "KALDOR MANAGING DIRECTOR RESIGNS": a headline in capitals names no one its lede does not spell
            person = null;
        }
        String personAsCompany = null;
        Sentence where = lede != null ? lede : headline;
        if (company != null && ExecutiveMoveFinder.actsAsPerson(company, where.text())) {
            // "Jane Doe, chairman of Acme Corp, said she will step down": the person, then the company
            String topic = where.topic();
            String other = topic != null && !ExecutiveMoveFinder.looksLikePerson(topic) && !topic.equals(company)
                    ? topic : Fallback.otherName(where, company);
            if (other != null) {
                personAsCompany = company;
                company = other;
            }
        }
        if (person == null) {
            person = lede == null ? null : ExecutiveMoveFinder.movingPerson(lede.text(), company, hire);
        }
        if (person == null) {
            person = ExecutiveMoveFinder.movingPerson(headline.text(), company, hire);
        }
        if (person == null) {
            person = personAsCompany;
        }
        if (Objects.equals(person, personOf(detection)) && Objects.equals(company, detection.company())) {
            return detection;
        }
        TriggerDetails details = switch (detection.details()) {
            case ExecutiveHire h -> new ExecutiveHire(person, h.role(), h.roleCategory());
            case LeadershipDeparture d -> new LeadershipDeparture(person, d.role(), d.roleCategory());
            default -> throw new IllegalStateException("not a move: " + detection.type());
        };
        return new Detection(company, details, detection.confidence());
    }

    /**
     * A wire headline's move whose role in capitals is one part of the fuller role its lede gives: "PRESIDENT TO
     * RETIRE" over "Tobias Renner, president and CEO of Velmore Foods, …" tells of the chief executive; the highest
     * of one person's posts decides the category, as everywhere.
     */
    static Detection withLedeRole(Detection detection, String lede) {
        String headlineRole = switch (detection.details()) {
            case ExecutiveHire h -> h.role();
            case LeadershipDeparture d -> d.role();
            default -> null;
        };
        if (headlineRole == null || !headlineRole.equals(headlineRole.toUpperCase(Locale.ROOT))) {
            return detection;
        }
        String part = headlineRole.toLowerCase(Locale.ROOT);
        for (Roles.Role role = Roles.find(lede, 0, lede.length()); role != null;
                role = Roles.find(lede, role.end(), lede.length())) {
            String words = role.words().toLowerCase(Locale.ROOT);
            if (words.length() > part.length() && holdsWord(words, part)) {
                TriggerDetails details = detection.details() instanceof ExecutiveHire h
                        ? new ExecutiveHire(h.person(), role.words(), role.category())
                        : new LeadershipDeparture(personOf(detection), role.words(), role.category());
                return new Detection(detection.company(), details, detection.confidence());
            }
        }
        return detection;
    }

    /** Whether {@code words} hold {@code word} as a whole word: "president" in "president and chief executive". */
    private static boolean holdsWord(String words, String word) {
        for (int at = words.indexOf(word); at >= 0; at = words.indexOf(word, at + 1)) {
            int end = at + word.length();
            // not the "president" of a "vice president", another post
            if ((at == 0 || !Character.isLetter(words.charAt(at - 1)) && !words.startsWith("vice", at - 5))
                    && (end == words.length() || !Character.isLetter(words.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two detections are the same trigger: of one person, or, for the types a list of companies shares ("Acme
     * and Beta to cut 2,000 jobs"), of one company; other types come once per item.
     */
    static boolean sameTrigger(Detection one, Detection other) {
        if (one.type() != other.type()) {
            return false;
        }
        if ((SHARED_BY_LISTS.contains(one.type()) || one.type() == TriggerType.ACQUISITION) && one.company() != null
                && other.company() != null) {
            return one.company().equals(other.company());
        }
        String first = personOf(one);
        String second = personOf(other);
        return first == null || second == null || first.equals(second);
    }

    /** The types a list of companies before one verb shares: each company cuts, partners, opens, launches. */
    static final Set<TriggerType> SHARED_BY_LISTS = EnumSet.of(TriggerType.LAYOFFS, TriggerType.PARTNERSHIP,
            TriggerType.EXPANSION, TriggerType.PRODUCT_LAUNCH);

    /**
     * The detection and one more for each company listed with its own before it: "Harrow Bank, Tolvane Money and Direct
     * Cover to cut 1,500 jobs" are three companies cutting jobs.
     */
    static List<Detection> forEachListed(Detection detection, Sentence sentence) {
        if (detection.details() instanceof Acquisition acquisition && acquisition.target() != null) {
            // "Acme acquires Beta, Gamma and Delta": each is bought
            List<Detection> all = new ArrayList<>(2);
            all.add(detection);
            for (String target : sentence.listedAfter(acquisition.target())) {
                if (!target.equals(acquisition.acquirer())) {
                    all.add(new Detection(target, new Acquisition(acquisition.acquirer(), target,
                            acquisition.amount(), acquisition.currency()), detection.confidence()));
                }
            }
            return all;
        }
        if (!SHARED_BY_LISTS.contains(detection.type()) || detection.company() == null) {
            return List.of(detection);
        }
        List<String> listed = sentence.listedBefore(detection.company());
        if (listed.isEmpty()) {
            return List.of(detection);
        }
        List<Detection> all = new ArrayList<>(listed.size() + 1);
        String partner = detection.details() instanceof Partnership p ? p.partner() : null;
        for (String company : listed) {
            if (!company.equals(partner)) {
                all.add(new Detection(company, detection.details(), detection.confidence()));
            }
        }
        all.add(detection);
        return all;
    }

    /** The person a hire or departure is about, or null. */
    static @Nullable String personOf(Detection detection) {
        return switch (detection.details()) {
            case ExecutiveHire hire -> hire.person();
            case LeadershipDeparture departure -> departure.person();
            default -> null;
        };
    }

    /** The types of these detections that miss a detail a lede might give. */
    static Set<TriggerType> incomplete(Collection<Detection> detections) {
        Set<TriggerType> types = EnumSet.noneOf(TriggerType.class);
        for (Detection detection : detections) {
            boolean complete = switch (detection.details()) {
                case Funding funding -> true;
                case Acquisition acquisition -> acquisition.amount() != null && acquisition.acquirer() != null;
                case ExecutiveHire hire -> hire.person() != null;
                case LeadershipDeparture departure -> departure.person() != null;
                case Ipo ipo -> ipo.exchange() != null && ipo.amount() != null;
                case Layoffs layoffs -> layoffs.headcount() != null || layoffs.percent() != null;
                case Expansion expansion -> true;
                case ProductLaunch launch -> true;
                case Partnership partnership -> partnership.partner() != null;
            };
            if (!complete) {
                types.add(detection.type());
            }
        }
        return types;
    }

    private static List<String> merged(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        for (String name : second) {
            if (!all.contains(name)) {
                all.add(name);
            }
        }
        return all;
    }
}
