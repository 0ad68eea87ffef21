package dev.kairos.ingest.source;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.kairos.events.Source;
import dev.kairos.ingest.IngestProperties;
import dev.kairos.ingest.InvalidRequestException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/sources}: the sources ingest reads, persisted on the compacted {@code ingest.sources} topic. Writes need
 * the API key; a write takes effect on the owning instance within a poll of the topic.
 */
@RestController
@RequestMapping("/api/sources")
class SourceController {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,62}");

    private final SourceCatalog catalog;

    private final SourceWriter writer;

    private final SourcePoller poller;

    private final IngestProperties properties;

    SourceController(SourceCatalog catalog, SourceWriter writer, SourcePoller poller, IngestProperties properties) {
        this.catalog = catalog;
        this.writer = writer;
        this.poller = poller;
        this.properties = properties;
    }

    /**
     * A source as the API shows it, with how polling it goes on the instance that answers.
     *
     * @param sourceId the source's id
     * @param kind a feed or a scraped page
     * @param url where it is fetched
     * @param selectors CSS selectors, for pages
     * @param pollInterval how often it is polled
     * @param enabled whether it is polled
     * @param status how polling it goes; {@code ELSEWHERE} when another instance polls it
     */
    record SourceView(String sourceId, Source.Kind kind, String url, Source.@Nullable PageSelectors selectors,
            Duration pollInterval, boolean enabled, SourceStatus status) {
    }

    /**
     * A source as clients write it.
     *
     * @param sourceId required when creating with POST; optional with PUT, where the path names it
     * @param kind {@code FEED} (default) or {@code PAGE}
     * @param url an http or https URL
     * @param selectors required for pages
     * @param pollInterval ISO-8601, e.g. {@code PT15M}; the configured default when absent
     * @param enabled true when absent
     */
    record SourceRequest(@Nullable String sourceId, Source.@Nullable Kind kind, @Nullable String url,
            Source.@Nullable PageSelectors selectors, @Nullable Duration pollInterval, @Nullable Boolean enabled) {
    }

    @GetMapping
    List<SourceView> list() {
        return catalog.all().stream().sorted(Comparator.comparing(Source::sourceId)).map(this::view).toList();
    }

    @GetMapping("/{sourceId}")
    SourceView get(@PathVariable String sourceId) {
        return view(existing(sourceId));
    }

    @PostMapping
    ResponseEntity<SourceView> create(@RequestBody SourceRequest request) {
        Source source = validated(request.sourceId(), request);
        if (catalog.get(source.sourceId()).isPresent()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "A source with id '" + source.sourceId() + "' exists; use PUT /api/sources/" + source.sourceId()
                            + " to change it.");
            problem.setTitle("Source exists");
            throw new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
        }
        writer.put(source);
        return ResponseEntity.created(URI.create("/api/sources/" + source.sourceId())).body(view(source));
    }

    @PutMapping("/{sourceId}")
    ResponseEntity<SourceView> put(@PathVariable String sourceId, @RequestBody SourceRequest request) {
        if (request.sourceId() != null && !request.sourceId().equals(sourceId)) {
            throw new InvalidRequestException("Invalid source",
                    List.of(new InvalidRequestException.FieldError("sourceId",
                            "must match the path ('" + sourceId + "') or be left out")));
        }
        boolean exists = catalog.get(sourceId).isPresent();
        Source source = validated(sourceId, request);
        writer.put(source);
        return exists ? ResponseEntity.ok(view(source))
                : ResponseEntity.created(URI.create("/api/sources/" + sourceId)).body(view(source));
    }

    @DeleteMapping("/{sourceId}")
    ResponseEntity<Void> delete(@PathVariable String sourceId) {
        existing(sourceId);
        writer.delete(sourceId);
        return ResponseEntity.noContent().build();
    }

    private Source existing(String sourceId) {
        return catalog.get(sourceId).orElseThrow(() -> {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    "No source with id '" + sourceId + "'.");
            problem.setTitle("Unknown source");
            return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
        });
    }

    private SourceView view(Source source) {
        return new SourceView(source.sourceId(), source.kind(), source.url(), source.selectors(),
                source.pollInterval(), source.enabled(),
                poller.status(source.sourceId()).orElseGet(SourceStatus::elsewhere));
    }

    private Source validated(@Nullable String sourceId, SourceRequest request) {
        List<InvalidRequestException.FieldError> errors = new ArrayList<>();
        if (sourceId == null || !ID.matcher(sourceId).matches()) {
            errors.add(new InvalidRequestException.FieldError("sourceId",
                    "must be 1-63 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit"));
        }
        Source.Kind kind = request.kind() == null ? Source.Kind.FEED : request.kind();
        String url = request.url();
        if (url == null || url.isBlank()) {
            errors.add(new InvalidRequestException.FieldError("url", "is required"));
        }
        else {
            try {
                URI uri = new URI(url.strip());
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                    errors.add(new InvalidRequestException.FieldError("url", "must be an absolute http or https URL"));
                }
            }
            catch (java.net.URISyntaxException ex) {
                errors.add(new InvalidRequestException.FieldError("url", "is not a valid URL: " + ex.getReason()));
            }
        }
        Duration interval = request.pollInterval() == null ? properties.pollInterval() : request.pollInterval();
        if (interval.compareTo(properties.polling().minInterval()) < 0) {
            errors.add(new InvalidRequestException.FieldError("pollInterval",
                    "must be at least " + properties.polling().minInterval()));
        }
        if (kind == Source.Kind.PAGE
                && (request.selectors() == null || request.selectors().articleLinks() == null
                        || request.selectors().articleLinks().isBlank())) {
            errors.add(new InvalidRequestException.FieldError("selectors.articleLinks",
                    "is required for PAGE sources"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Invalid source", errors);
        }
        return new Source(Source.SCHEMA_VERSION, sourceId, kind, url.strip(), request.selectors(), interval,
                request.enabled() == null || request.enabled());
    }
}
