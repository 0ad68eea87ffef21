package dev.kairos.matcher.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.kairos.events.Json;
import dev.kairos.matcher.account.AccountCsv;
import dev.kairos.matcher.account.AccountIndex;
import dev.kairos.matcher.account.AccountMatch;
import dev.kairos.matcher.account.AccountMatcher;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * {@code match --accounts FILE.csv}: the service's own matcher over a CRM export, without a broker. JSON lines in
 * ({@code id}, {@code name}, {@code domain}; name or domain may be null or absent), one JSON line out per line in, in
 * order: {@code id}, {@code accountId} (null when unmatched or refused), {@code method}, {@code score}; or {@code id}
 * and {@code error} for a line that cannot be read.
 */
public final class MatchCommand {

    private final AccountMatcher matcher;

    public MatchCommand(AccountMatcher matcher) {
        this.matcher = matcher;
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length != 2 || !args[0].equals("--accounts")) {
            err.println("usage: match --accounts FILE.csv < queries.jsonl");
            return 2;
        }
        AccountMatcher matcher;
        try {
            matcher = load(Path.of(args[1]), err);
        }
        catch (IOException ex) {
            err.println("cannot read the accounts: " + ex.getMessage());
            return 1;
        }
        try {
            new MatchCommand(matcher).answer(in, out);
            return 0;
        }
        catch (IOException ex) {
            err.println("cannot read the input: " + ex.getMessage());
            return 1;
        }
    }

    /** A matcher over the accounts of a CSV export; rows that cannot be read are reported on {@code err}. */
    public static AccountMatcher load(Path csv, PrintStream err) throws IOException {
        AccountIndex index = new AccountIndex();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            AccountCsv.read(reader, index::put, problem -> err.println("skipped " + csv + " " + problem));
        }
        return new AccountMatcher(index);
    }

    void answer(InputStream in, PrintStream out) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            writer.write(Json.mapper().writeValueAsString(answer(line)));
            writer.write('\n');
            // one answer per line as it comes: a caller may wait for it before writing the next
            writer.flush();
        }
        writer.flush();
    }

    /** The answer to one input line. */
    public Map<String, @Nullable Object> answer(String line) {
        Map<String, @Nullable Object> answer = new LinkedHashMap<>();
        JsonNode query;
        try {
            query = Json.mapper().readTree(line);
        }
        catch (JacksonException ex) {
            answer.put("id", null);
            answer.put("error", "not a JSON object: " + ex.getOriginalMessage());
            return answer;
        }
        JsonNode id = query == null ? null : query.get("id");
        answer.put("id", id == null || id.isNull() || !id.isValueNode() ? null : id.asString());
        if (query == null || !query.isObject()) {
            answer.put("error", "not a JSON object");
            return answer;
        }
        if (answer.get("id") == null) {
            answer.put("error", "no id");
            return answer;
        }
        AccountMatch match = matcher.find(text(query, "name"), text(query, "domain"), null);
        answer.put("accountId", match.isMatched() ? match.account().accountId() : null);
        answer.put("method", match.isMatched() ? match.method().name() : null);
        answer.put("score", match.score());
        return answer;
    }

    /** The match itself, for callers that want more than the line (the quality test). */
    public AccountMatch match(@Nullable String name, @Nullable String domain) {
        return matcher.find(name, domain, null);
    }

    private static @Nullable String text(JsonNode query, String field) {
        JsonNode node = query.get(field);
        if (node == null || node.isNull() || !node.isValueNode()) {
            return null;
        }
        String text = node.asString();
        return text.isBlank() ? null : text;
    }
}
