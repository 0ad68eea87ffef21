package dev.kairos.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.kairos.events.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The built jar, started as the README shows: {@code java -jar trigger-ingest.jar detect}, with the machine's old
 * default Java as well as with the one it was built for.
 */
class ExecutableJarIT {

    private static final Path JAR = Path.of("target/trigger-ingest.jar");

    private static final Path JAVA_17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");

    private static final String ITEM = "{\"id\": \"j1\", \"title\": \"Crate raises $4M seed round\"}\n";

    @BeforeAll
    static void jarIsBuilt() {
        assertThat(JAR).as("the executable jar, built by the package phase before integration tests").isRegularFile();
    }

    @Test
    void answersDetectOnJava17ThroughANewerJdk() throws Exception {
        assumeTrue(Files.isExecutable(JAVA_17.resolve("bin/java")), "no Java 17 at " + JAVA_17 + ": nothing to test");

        Run run = run(JAVA_17, ITEM, "detect");

        assertThat(run.status()).as(run.stderr()).isZero();
        assertFundingLine(run.stdout());
    }

    @Test
    void answersDetectOnTheJavaItWasBuiltFor() throws Exception {
        Run run = run(Path.of(System.getProperty("java.home")), ITEM, "detect");

        assertThat(run.status()).as(run.stderr()).isZero();
        assertFundingLine(run.stdout());
    }

    @Test
    void passesTheServiceExitStatusAndErrorLineOnFromJava17() throws Exception {
        assumeTrue(Files.isExecutable(JAVA_17.resolve("bin/java")), "no Java 17 at " + JAVA_17 + ": nothing to test");

        Run run = run(JAVA_17, "", "preview", "no-such-feed.xml");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.stderr().strip()).isEqualTo("preview: no-such-feed.xml: no such file, and not an http(s) URL");
    }

    private static void assertFundingLine(String stdout) {
        List<String> lines = stdout.lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode answer = Json.mapper().readTree(lines.get(0));
        assertThat(answer.get("id").asString()).isEqualTo("j1");
        assertThat(answer.get("triggers").get(0).get("type").asString()).isEqualTo("FUNDING_ROUND");
        assertThat(answer.get("triggers").get(0).get("company").asString()).isEqualTo("Crate");
    }

    /** Runs {@code <javaHome>/bin/java -jar trigger-ingest.jar args}, JAVA_HOME naming the JDK running this test. */
    private static Run run(Path javaHome, String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaHome.resolve("bin/java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Path out = Files.createTempFile("kairos-jar", ".out");
        Path err = Files.createTempFile("kairos-jar", ".err");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            // a hang guard, not a timing assertion
            boolean exited = process.waitFor(2, TimeUnit.MINUTES);
            if (!exited) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
            assertThat(exited).as("the jar exited within two minutes").isTrue();
            return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private record Run(int status, String stdout, String stderr) {
    }
}
