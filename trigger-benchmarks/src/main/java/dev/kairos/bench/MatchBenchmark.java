package dev.kairos.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import dev.kairos.events.Account;
import dev.kairos.events.AccountStatus;
import dev.kairos.events.Company;
import dev.kairos.events.Json;
import dev.kairos.matcher.account.AccountIndex;
import dev.kairos.matcher.account.AccountMatcher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Account matching over an index of generated accounts (1,000,000 by default), in events per second (target: 50,000
 * per core), in a 1 GB heap. The events mix the ways a company is named: 40 % by a domain (often a subdomain), 25 % by
 * the account's name written otherwise (case, legal form), 20 % by an exchange-style abbreviation ("QUILL AERO
 * SYS"), 15 % companies that are no account. Setup prints how long the index took to build from the accounts' JSON,
 * as the start-up rebuild reads them, and the heap it holds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = { "-Xmx1g", "-Xms1g" })
public class MatchBenchmark {

    static final int EVENTS = 10_000;

    private static final String[] SYLLABLES = { "al", "ber", "cor", "dan", "el", "fra", "gol", "har", "in", "jo", "kel",
            "lum", "mar", "nor", "ost", "pra", "quil", "ros", "sten", "tor", "ul", "ven", "wex", "xan", "yor", "zen",
            "bri", "cla", "dro", "ev", "fin", "gra", "hel", "iso", "kro", "lev", "mon", "nex", "ori", "pol" };

    private static final String[] COMMON = { "Systems", "Technologies", "Energy", "Holdings", "Group", "International",
            "Financial", "Services", "Pharmaceuticals", "Resources", "Industries", "Capital", "Logistics", "Foods",
            "Mining", "Software", "Bank", "Insurance", "Properties", "Media", "Health", "Airlines", "Motors", "Steel" };

    private static final String[] FORMS = { "Inc.", "Ltd", "GmbH", "S.A.", "plc", "AB", "Corp.", "LLC", "Oyj", "N.V.",
            "K.K.", "Pty Ltd", "S.p.A.", "A/S", "" };

    @Param("1000000")
    public int accounts;

    private AccountMatcher matcher;

    private final List<Company> events = new ArrayList<>();

    @Setup
    public void index() {
        AccountIndex index = new AccountIndex();
        SplittableRandom random = new SplittableRandom(7);
        long started = System.nanoTime();
        for (int i = 0; i < accounts; i++) {
            // as the start-up rebuild does: read each account from its JSON
            index.put(Json.read(Json.write(account(i, random)), Account.class));
        }
        long took = System.nanoTime() - started;
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf(Locale.ROOT, "%nindex: %,d accounts built from JSON in %.1f s; heap used after GC %,d MB%n",
                index.size(), took / 1e9, heap >> 20);
        matcher = new AccountMatcher(index);
        SplittableRandom pick = new SplittableRandom(11);
        for (int e = 0; e < EVENTS; e++) {
            int i = pick.nextInt(accounts);
            Account account = account(i, new SplittableRandom(i));
            int kind = pick.nextInt(100);
            String base = baseName(i);
            if (kind < 40) {
                events.add(new Company(base, (pick.nextBoolean() ? "news." : "www.") + account.domains().getFirst()));
            }
            else if (kind < 65) {
                events.add(Company.named(base.toUpperCase(Locale.ROOT) + " " + FORMS[pick.nextInt(FORMS.length)]));
            }
            else if (kind < 85) {
                events.add(Company.named(abbreviate(account.name())));
            }
            else {
                events.add(Company.named(word(pick) + " " + word(pick) + " " + COMMON[pick.nextInt(COMMON.length)]));
            }
        }
        int matched = 0;
        for (Company company : events) {
            matched += matcher.find(company, null).isMatched() ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "events: %,d, of which %,d matched%n", events.size(), matched);
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public void match(Blackhole sink) {
        for (Company company : events) {
            sink.consume(matcher.find(company, null));
        }
    }

    static Account account(int i, SplittableRandom random) {
        String base = baseName(i);
        String name = base + " " + FORMS[i % FORMS.length];
        return new Account(Account.SCHEMA_VERSION, "ACC" + i, name.strip(), List.of(),
                List.of(base.toLowerCase(Locale.ROOT).replace(" ", "") + i % 97 + ".com"),
                i % 5 == 0 ? AccountStatus.CUSTOMER : AccountStatus.PROSPECT, null);
    }

    /** A deterministic name of one or two invented words and, for most, a common word. */
    static String baseName(int i) {
        SplittableRandom random = new SplittableRandom(i * 31L + 5);
        String name = word(random);
        if (random.nextInt(3) == 0) {
            name += " " + word(random);
        }
        if (random.nextInt(4) != 0) {
            name += " " + COMMON[random.nextInt(COMMON.length)];
        }
        return name;
    }

    private static String word(SplittableRandom random) {
        StringBuilder word = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int s = 0; s < syllables; s++) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
        return word.toString();
    }

    /** An exchange short name: upper case, every word cut to its first four letters. */
    private static String abbreviate(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split(" ")) {
            out.append(word.length() > 4 ? word.substring(0, 4) : word).append(' ');
        }
        return out.toString().strip().toUpperCase(Locale.ROOT);
    }
}
