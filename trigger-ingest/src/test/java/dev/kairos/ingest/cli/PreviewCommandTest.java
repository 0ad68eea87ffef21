package dev.kairos.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import dev.kairos.events.Json;
import dev.kairos.test.FixtureServer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PreviewCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsEveryItemOfAFeedFileWithItsTriggers() throws Exception {
        int status = preview(Path.of(getClass().getResource("/feeds/funding-news.rss").toURI()).toString());

        assertThat(status).isZero();
        List<JsonNode> items = out.toString(StandardCharsets.UTF_8).lines().map(Json.mapper()::readTree).toList();
        assertThat(items).hasSize(3);
        assertThat(items.getFirst().get("key").asString()).isEqualTo("fn-1001");
        assertThat(items.getFirst().get("publishedAt").asString()).isEqualTo("2026-11-18T09:30:00Z");
        assertThat(items.getFirst().at("/triggers/0/type").asString()).isEqualTo("FUNDING_ROUND");
        assertThat(items.get(1).get("triggers")).isEmpty();
        assertThat(err.size()).isZero();
    }

    @Test
    void fetchesAFeedOverHttp() {
        try (FixtureServer server = FixtureServer.start()) {
            assertThat(previewAllowing(server, server.feed("deals.atom").toString())).isZero();
        }
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(2);
    }

    @Test
    void refusesInternalAddressesLikeTheService() {
        try (FixtureServer server = FixtureServer.start()) {
            String url = server.feed("deals.atom").toString();

            assertThat(preview(url)).isEqualTo(PreviewCommand.UNREADABLE);
            assertThat(server.hits("/feeds/deals.atom")).isZero();
            assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("preview: " + url + ": refused: 127.0.0.1 is"
                    + " 127.0.0.1, a loopback address")
                .hasLineCount(1);
        }
    }

    @Test
    void saysInOneLineWhyAFeedCannotBeRead() throws Exception {
        String xxe = Path.of(getClass().getResource("/feeds/xxe.rss").toURI()).toString();

        int status = preview(xxe);

        assertThat(status).isEqualTo(PreviewCommand.UNREADABLE);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("preview: " + xxe + ": not a readable RSS/Atom feed:")
            .contains("DOCTYPE")
            .hasLineCount(1);
    }

    @Test
    void reportsAMissingFileAndAServerError() {
        assertThat(preview("/no/such/feed.xml")).isEqualTo(PreviewCommand.UNREADABLE);
        try (FixtureServer server = FixtureServer.start()) {
            assertThat(previewAllowing(server, server.base().resolve("/missing").toString()))
                .isEqualTo(PreviewCommand.UNREADABLE);
        }
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).hasSize(2)
            .first()
            .isEqualTo("preview: /no/such/feed.xml: no such file, and not an http(s) URL");
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList().get(1)).contains("HTTP 404");
    }

    @Test
    void explainsItsUsage() {
        assertThat(CommandLine.run(new String[] { "preview" }, System.in, new PrintStream(out), new PrintStream(err)))
            .isEqualTo(PreviewCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("usage: preview <url-or-file>\n");
    }

    private int previewAllowing(FixtureServer server, String target) {
        return new PreviewCommand(List.of("127.0.0.1:" + server.base().getPort())).run(new String[] { target },
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private int preview(String target) {
        return CommandLine.run(new String[] { "preview", target }, System.in,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
