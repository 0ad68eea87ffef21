package dev.kairos.matcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dev.kairos.events.Account;
import dev.kairos.events.AccountStatus;
import dev.kairos.events.Json;
import dev.kairos.events.Topics;
import dev.kairos.matcher.MatcherApplication;
import dev.kairos.test.KafkaBroker;
import dev.kairos.test.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code import FILE.csv} as an operator runs it: the built jar (or, where it is not built, the main class) in a JVM
 * of its own, finding the broker by {@code spring.kafka.bootstrap-servers}, against the real broker.
 */
class ImportCommandIT {

    @TempDir
    Path dir;

    @Test
    void importsASalesforceExportReportsTheBadRowAndWritesTheAccounts() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        // Salesforce's report headers; the third data row (line 4) has no whole number of employees
        Path csv = dir.resolve("accounts.csv");
        Files.writeString(csv, """
                "Account ID","Account Name","Website","Type","Billing Country","Number of Employees","Account Owner"
                "SF-%1$s-1","Quillon Aerospace Inc.","www.quillon-%1$s.example","Customer - Direct","DE","1,200","Ana"
                "SF-%1$s-2","Brantwood Textiles Ltd","brantwood-%1$s.example","Prospect","GB","85","Ben Ode"
                "SF-%1$s-3","Celestra Optics","celestra-%1$s.example","Prospect","FR","many","Ana Ruiz"
                """.formatted(run), StandardCharsets.UTF_8);

        Result first = importFile(csv);

        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out().strip()).isEqualTo("{\"accepted\":2,\"updated\":0,\"rejected\":1,\"failed\":0}");
        JsonNode counts = Json.mapper().readTree(first.out().strip());
        assertThat(counts.get("accepted").asLong()).isEqualTo(2);
        assertThat(counts.get("updated").asLong()).isZero();
        assertThat(counts.get("rejected").asLong()).isEqualTo(1);
        assertThat(counts.get("failed").asLong()).isZero();
        assertThat(first.err()).contains("rejected line 4, column Number of Employees: "
                + "employees must be a whole number, found 'many'");

        List<ConsumerRecord<String, Account>> written = TopicRecords.await(Topics.CRM_ACCOUNTS.name(),
                Json.serde(Topics.CRM_ACCOUNTS).deserializer(), record -> record.key().startsWith("SF-" + run), 2);
        assertThat(written).extracting(ConsumerRecord::key)
            .containsExactlyInAnyOrder("SF-" + run + "-1", "SF-" + run + "-2");
        Account quillon = written.stream()
            .filter(record -> record.key().endsWith("-1"))
            .findFirst()
            .orElseThrow()
            .value();
        assertThat(quillon.name()).isEqualTo("Quillon Aerospace Inc.");
        assertThat(quillon.domains()).containsExactly("quillon-" + run + ".example");
        assertThat(quillon.status()).isEqualTo(AccountStatus.CUSTOMER);
        assertThat(quillon.employees()).isEqualTo(1200);
        assertThat(quillon.country()).isEqualTo("DE");
        assertThat(quillon.owner()).isEqualTo("Ana");

        // the same export again: the ids are on the topic now, so the rows are updates
        Result second = importFile(csv);
        JsonNode again = Json.mapper().readTree(second.out().strip());
        assertThat(again.get("accepted").asLong()).isZero();
        assertThat(again.get("updated").asLong()).isEqualTo(2);
        assertThat(again.get("rejected").asLong()).isEqualTo(1);
    }

    private record Result(int status, String out, String err) {
    }

    private Result importFile(Path csv) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Dspring.kafka.bootstrap-servers="
                + KafkaBroker.bootstrapServers()));
        Path jar = Path.of("target", "trigger-matcher.jar");
        if (Files.isRegularFile(jar)) {
            command.addAll(List.of("-jar", jar.toString()));
        }
        else {
            command.addAll(List.of("-cp", System.getProperty("surefire.test.class.path",
                    System.getProperty("java.class.path")), MatcherApplication.class.getName()));
        }
        command.addAll(List.of("import", csv.toString()));
        Path out = dir.resolve("out-" + UUID.randomUUID() + ".txt");
        Path err = dir.resolve("err-" + UUID.randomUUID() + ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("import did not finish in 2 minutes: " + Files.readString(err));
        }
        Result result = new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        System.out.printf("import %s: exit %d%nout: %serr: %s%n", csv.getFileName(), result.status(), result.out(),
                result.err());
        return result;
    }
}
