package dev.kairos.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.kairos.ingest.IngestProperties;

/** Reads a source's bytes over http(s) or from a file, within the configured time and size limits. */
public final class SourceFetcher {

    private final HttpClient client;

    private final IngestProperties.Fetch limits;

    /** A fetcher with the service's default limits, for the command-line modes. */
    public static SourceFetcher withDefaultLimits() {
        return new SourceFetcher(new IngestProperties.Fetch(java.time.Duration.ofSeconds(5),
                java.time.Duration.ofSeconds(20), org.springframework.util.unit.DataSize.ofMegabytes(5),
                "Kairos/0.1 (+https://github.com/kairos-dev/kairos)"));
    }

    SourceFetcher(IngestProperties.Fetch limits) {
        this.limits = limits;
        this.client = HttpClient.newBuilder()
            .connectTimeout(limits.connectTimeout())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    }

    public byte[] fetch(URI url) throws IOException, InterruptedException {
        return switch (url.getScheme() == null ? "" : url.getScheme()) {
            case "file" -> readCapped(Files.newInputStream(Path.of(url)), url);
            case "http", "https" -> fetchHttp(url);
            default -> throw new IOException("unsupported URL scheme: " + url);
        };
    }

    private byte[] fetchHttp(URI url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url)
            .timeout(limits.timeout())
            .header("User-Agent", limits.userAgent())
            .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8")
            .build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            response.body().close();
            throw new IOException("HTTP " + response.statusCode() + " from " + url);
        }
        return readCapped(response.body(), url);
    }

    private byte[] readCapped(InputStream in, URI url) throws IOException {
        long max = limits.maxBytes().toBytes();
        try (in) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (body.length > max) {
                throw new IOException("response larger than " + limits.maxBytes() + " from " + url);
            }
            return body;
        }
    }
}
