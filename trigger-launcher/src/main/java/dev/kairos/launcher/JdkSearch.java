package dev.kairos.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Finds an installed Java that is new enough, in the order the build's {@code .mvn/java-home.sh} uses: JAVA_HOME, then
 * the places where package managers install JDKs, each in name order.
 */
final class JdkSearch {

    /** Debian, Ubuntu, Fedora and RHEL; SUSE; macOS (where a JDK's home is {@code Contents/Home} inside it). */
    static final List<Path> PLACES = List.of(Path.of("/usr/lib/jvm"), Path.of("/usr/lib64/jvm"),
            Path.of("/Library/Java/JavaVirtualMachines"));

    // "17.0.15", "21", "25-ea", and "1.8.0_292" for Java 8
    private static final Pattern JAVA_VERSION = Pattern.compile("^JAVA_VERSION=\"(?:1\\.)?(\\d+)");

    private JdkSearch() {
    }

    static Optional<Path> find(@Nullable String javaHome, List<Path> places, int feature) {
        List<Path> candidates = new ArrayList<>();
        if (javaHome != null && !javaHome.isBlank()) {
            candidates.add(Path.of(javaHome));
        }
        for (Path place : places) {
            for (Path installed : children(place)) {
                candidates.add(installed);
                candidates.add(installed.resolve("Contents/Home"));
            }
        }
        return candidates.stream().filter(home -> isAtLeast(home, feature)).findFirst();
    }

    static Path java(Path home) {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return home.resolve("bin").resolve(windows ? "java.exe" : "java");
    }

    private static boolean isAtLeast(Path home, int feature) {
        if (!Files.isExecutable(java(home))) {
            return false;
        }
        OptionalInt found = feature(home);
        return found.isPresent() && found.getAsInt() >= feature;
    }

    /** The feature release from the {@code release} file that every JDK and JRE since Java 9 has at its root. */
    static OptionalInt feature(Path home) {
        try (Stream<String> lines = Files.lines(home.resolve("release"))) {
            return lines.map(JAVA_VERSION::matcher).filter(Matcher::find)
                    .mapToInt(matcher -> Integer.parseInt(matcher.group(1))).findFirst();
        } catch (IOException | RuntimeException e) {
            // no release file, unreadable, or not text: not a Java this search can vouch for
            return OptionalInt.empty();
        }
    }

    private static List<Path> children(Path place) {
        try (Stream<Path> children = Files.list(place)) {
            return children.sorted().toList();
        } catch (IOException e) {
            // the place does not exist on this system
            return List.of();
        }
    }
}
