package dev.kairos.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusNamingConvention;

/**
 * The metrics catalogue of {@code docs/operations.md} ({@code ## Metrics catalogue}, one {@code ### <service>} table
 * each, the Prometheus name in the first column) held against the {@code kairos.*} meters a running service has
 * registered.
 */
public final class MetricsCatalogue {

    private static final String SECTION = "## Metrics catalogue";

    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([a-z0-9_]+)`\\s*\\|");

    private static final PrometheusNamingConvention prometheus = new PrometheusNamingConvention();

    private MetricsCatalogue() {
    }

    /**
     * Fails, naming each one, when the service registers a {@code kairos} metric the catalogue lacks or the catalogue
     * names one the service does not register.
     */
    public static void assertMatches(String service, MeterRegistry meters) {
        SortedSet<String> registered = registered(meters);
        if (meters instanceof PrometheusMeterRegistry registry) {
            // the mapping above must give the names a scraper really sees
            String scrape = registry.scrape();
            SortedSet<String> notScraped = new TreeSet<>(registered);
            notScraped.removeIf(scrape::contains);
            if (!notScraped.isEmpty()) {
                throw new AssertionError("Not in /actuator/prometheus under these names: " + notScraped);
            }
        }
        SortedSet<String> documented = documented(service);
        SortedSet<String> undocumented = new TreeSet<>(registered);
        undocumented.removeAll(documented);
        SortedSet<String> unregistered = new TreeSet<>(documented);
        unregistered.removeAll(registered);
        if (!undocumented.isEmpty() || !unregistered.isEmpty()) {
            throw new AssertionError("The metrics catalogue (docs/operations.md, ### " + service + ") and the "
                    + "service disagree.\n  registered but not in the catalogue: " + undocumented
                    + "\n  in the catalogue but not registered: " + unregistered);
        }
    }

    /** The Prometheus names of the registered {@code kairos.*} meters. */
    public static SortedSet<String> registered(MeterRegistry meters) {
        SortedSet<String> names = new TreeSet<>();
        for (Meter meter : meters.getMeters()) {
            if (meter.getId().getName().startsWith("kairos.")) {
                names.add(prometheusName(meter.getId()));
            }
        }
        return names;
    }

    /**
     * The name a meter has in {@code /actuator/prometheus}: snake case with its unit, {@code _total} for counters;
     * a timer's or a summary's {@code _count}, {@code _sum}, {@code _max} and {@code _bucket} series share it.
     */
    public static String prometheusName(Meter.Id id) {
        String name = prometheus.name(id.getName(), id.getType(), id.getBaseUnit());
        boolean counter = id.getType() == Meter.Type.COUNTER;
        return counter && !name.endsWith("_total") ? name + "_total" : name;
    }

    /** The Prometheus names the catalogue lists for a service. */
    public static SortedSet<String> documented(String service) {
        List<String> lines = read(operationsPage());
        int section = lines.indexOf(SECTION);
        if (section < 0) {
            throw new AssertionError("docs/operations.md has no '" + SECTION + "' section");
        }
        SortedSet<String> names = new TreeSet<>();
        boolean inService = false;
        boolean found = false;
        for (String line : lines.subList(section + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (line.startsWith("### ")) {
                inService = line.substring(4).strip().equals(service);
                found |= inService;
                continue;
            }
            Matcher row = ROW.matcher(line);
            if (inService && row.find()) {
                names.add(row.group(1));
            }
        }
        if (!found) {
            throw new AssertionError("docs/operations.md's '" + SECTION + "' has no '### " + service + "' table");
        }
        return names;
    }

    /** The docs page, found from the module's directory (Maven's working directory) or the repository's root. */
    static Path operationsPage() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            Path page = candidate.resolve("docs/operations.md");
            if (Files.isRegularFile(page)) {
                return page;
            }
        }
        throw new AssertionError("docs/operations.md not found above " + dir);
    }

    private static List<String> read(Path page) {
        try {
            return Files.readAllLines(page);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
