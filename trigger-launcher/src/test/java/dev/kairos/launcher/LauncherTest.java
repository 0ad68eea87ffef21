package dev.kairos.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    @TempDir
    Path dir;

    @Test
    void rerunsThisProcessCommandLineAsGivenWithTheNewerJava() {
        List<String> argv = List.of("-Xmx256m", "-Dspring.kafka.bootstrap-servers=broker:9092", "-jar",
                "target/trigger-ingest.jar", "preview", "feed.xml");

        assertThat(Launcher.command("/jdk25/bin/java", argv, List.of("-Xmx256m", "-Dagent=from-environment"),
                "target/trigger-ingest.jar", List.of("preview", "feed.xml")))
                .containsExactly("/jdk25/bin/java", "-Xmx256m", "-Dspring.kafka.bootstrap-servers=broker:9092", "-jar",
                        "target/trigger-ingest.jar", "preview", "feed.xml");
    }

    @Test
    void rebuildsTheCommandLineWhenTheSystemDoesNotReportItWhole() {
        List<String> expected = List.of("/jdk25/bin/java", "-Dx=1", "-jar", "app.jar", "detect");

        assertThat(Launcher.command("/jdk25/bin/java", null, List.of("-Dx=1"), "app.jar", List.of("detect")))
                .isEqualTo(expected);
        // a truncated report does not end with the arguments: it is not trusted
        assertThat(Launcher.command("/jdk25/bin/java", List.of("-Dx=1", "-jar", "app.j"), List.of("-Dx=1"), "app.jar",
                List.of("detect"))).isEqualTo(expected);
    }

    @Test
    void saysInOneLineWhatToDoWhenNoJavaIsNewEnough() {
        assertThat(Launcher.tooOld(17)).isEqualTo("Kairos needs Java 21 or newer; this is Java 17. "
                + "Set JAVA_HOME to a JDK 21 or newer, or install one under /usr/lib/jvm.").doesNotContain("\n");
    }

    @Test
    void readsTheServiceMainClassFromTheJarManifest() throws IOException {
        Path jar = jar(dir.resolve("service.jar"), "dev.kairos.ingest.IngestApplication ");

        assertThat(Launcher.mainClassName(jar)).isEqualTo("dev.kairos.ingest.IngestApplication");
    }

    @Test
    void refusesAJarThatNamesNoMainClass() throws IOException {
        Path jar = jar(dir.resolve("other.jar"), null);

        IllegalStateException error = assertThrows(IllegalStateException.class, () -> Launcher.mainClassName(jar));
        assertThat(error).hasMessageContaining("names no Kairos-Main-Class");
    }

    private static Path jar(Path path, String mainClass) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (mainClass != null) {
            manifest.getMainAttributes().put(new Attributes.Name(Launcher.MAIN_CLASS_ATTRIBUTE), mainClass);
        }
        try (OutputStream out = Files.newOutputStream(path); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        return path;
    }
}
