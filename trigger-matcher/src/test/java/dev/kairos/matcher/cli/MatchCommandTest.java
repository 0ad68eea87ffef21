package dev.kairos.matcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchCommandTest {

    @TempDir
    Path dir;

    @Test
    void answersEachLineInOrderWithOneLine() throws IOException {
        Path accounts = dir.resolve("accounts.csv");
        Files.writeString(accounts, """
                accountId,name,domains,aliases
                A-1,Quillon Aerospace Inc.,quillon.example,Quillon Aero
                A-2,Marrowick Biotherapeutics Ltd,,
                A-3,Harbour Energy plc,,
                A-4,Harbour Energy Ltd,,
                """);
        String input = """
                {"id": "q1", "name": "QUILLON AEROSPACE", "domain": null}
                {"id": "q2", "domain": "www.quillon.example"}
                {"id": "q3", "name": "Quillon Aero"}
                {"id": "q4", "name": "MARROWICK BIOTHERAP"}
                {"id": "q5", "name": "Harbour Energy"}
                {"id": "q6", "name": "Zentrovale Shipping", "domain": "zentrovale.example"}
                not json
                {"name": "no id"}
                {"id": 7, "name": null, "domain": null}
                """;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = CommandLine.run(new String[] { "match", "--accounts", accounts.toString() },
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), new PrintStream(out, true),
                new PrintStream(err, true));

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "{\"id\":\"q1\",\"accountId\":\"A-1\",\"method\":\"NAME\",\"score\":0.95}",
                "{\"id\":\"q2\",\"accountId\":\"A-1\",\"method\":\"DOMAIN\",\"score\":1.0}",
                "{\"id\":\"q3\",\"accountId\":\"A-1\",\"method\":\"ALIAS\",\"score\":0.9}",
                "{\"id\":\"q4\",\"accountId\":\"A-2\",\"method\":\"FUZZY\",\"score\":0.89}",
                "{\"id\":\"q5\",\"accountId\":null,\"method\":null,\"score\":0.0}",
                "{\"id\":\"q6\",\"accountId\":null,\"method\":null,\"score\":0.0}",
                "{\"id\":null,\"error\":\"not a JSON object: Unrecognized token 'not': was expecting (JSON String, "
                        + "Number, Array, Object or token 'null', 'true' or 'false')\"}",
                "{\"id\":null,\"error\":\"no id\"}",
                "{\"id\":\"7\",\"accountId\":null,\"method\":null,\"score\":0.0}");
    }

    @Test
    void explainsItsUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = CommandLine.run(new String[] { "match" }, InputStreamOfNothing.get(), System.out,
                new PrintStream(err, true));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: match --accounts FILE.csv");
    }

    private static final class InputStreamOfNothing {
        static ByteArrayInputStream get() {
            return new ByteArrayInputStream(new byte[0]);
        }
    }
}
