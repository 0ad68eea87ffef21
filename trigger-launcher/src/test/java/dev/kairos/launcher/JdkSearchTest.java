package dev.kairos.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdkSearchTest {

    @TempDir
    Path dir;

    @Test
    void prefersJavaHomeWhenItIsNewEnough() throws IOException {
        Path javaHome = jdk(dir.resolve("home"), "25.0.3");
        Path installed = dir.resolve("jvm");
        jdk(installed.resolve("temurin-21"), "21.0.7");

        assertThat(JdkSearch.find(javaHome.toString(), List.of(installed), 21)).contains(javaHome);
    }

    @Test
    void passesOverAnOldJavaHomeAndOldInstalledJdksInNameOrder() throws IOException {
        Path javaHome = jdk(dir.resolve("home"), "17.0.15");
        Path installed = dir.resolve("jvm");
        jdk(installed.resolve("java-17-openjdk-amd64"), "17.0.15");
        jdk(installed.resolve("java-8-openjdk-amd64"), "1.8.0_292");
        Path temurin21 = jdk(installed.resolve("temurin-21-jdk-amd64"), "21.0.7");
        jdk(installed.resolve("temurin-25-jdk-amd64"), "25.0.3");

        assertThat(JdkSearch.find(javaHome.toString(), List.of(dir.resolve("absent"), installed), 21))
                .contains(temurin21);
    }

    @Test
    void findsAMacOsJdkInsideItsBundle() throws IOException {
        Path installed = dir.resolve("JavaVirtualMachines");
        Path home = jdk(installed.resolve("temurin-21.jdk/Contents/Home"), "21.0.7");

        assertThat(JdkSearch.find(null, List.of(installed), 21)).contains(home);
    }

    @Test
    void findsNothingWhenEveryJavaIsTooOldOrIsNoJava() throws IOException {
        Path installed = dir.resolve("jvm");
        jdk(installed.resolve("java-17-openjdk-amd64"), "17.0.15");
        Path noJava = Files.createDirectories(installed.resolve("openjdk-25"));
        Files.writeString(noJava.resolve("release"), "JAVA_VERSION=\"25\"\n");
        Path noRelease = Files.createDirectories(installed.resolve("openjdk-26/bin"));
        executable(noRelease.resolve("java"));

        assertThat(JdkSearch.find(" ", List.of(installed), 21)).isEmpty();
    }

    @Test
    void readsTheFeatureReleaseOfEverySpellingOfJavaVersion() throws IOException {
        assertThat(JdkSearch.feature(jdk(dir.resolve("a"), "1.8.0_292"))).isEqualTo(OptionalInt.of(8));
        assertThat(JdkSearch.feature(jdk(dir.resolve("b"), "17.0.15"))).isEqualTo(OptionalInt.of(17));
        assertThat(JdkSearch.feature(jdk(dir.resolve("c"), "21"))).isEqualTo(OptionalInt.of(21));
        assertThat(JdkSearch.feature(jdk(dir.resolve("d"), "26-ea"))).isEqualTo(OptionalInt.of(26));
        assertThat(JdkSearch.feature(dir.resolve("none"))).isEmpty();
    }

    @Test
    void findsTheJdkThisTestRunsOn() {
        Path home = Path.of(System.getProperty("java.home"));

        assertThat(JdkSearch.find(home.toString(), List.of(), Runtime.version().feature())).contains(home);
    }

    /** A Java home as far as the search can tell: a release file and an executable {@code bin/java}. */
    private static Path jdk(Path home, String version) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        executable(home.resolve("bin/java"));
        Files.writeString(home.resolve("release"),
                "IMPLEMENTOR=\"Test\"\nJAVA_RUNTIME_VERSION=\"x\"\nJAVA_VERSION=\"" + version + "\"\nOS_NAME=\"Linux\"\n");
        return home;
    }

    private static void executable(Path file) throws IOException {
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
