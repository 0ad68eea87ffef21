package dev.kairos.matcher.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import dev.kairos.events.Account;
import dev.kairos.events.AccountStatus;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CRM export: RFC 4180 CSV with the header {@code account_id,name,aliases,domains,status,owner}; aliases and
 * domains are separated by {@code ;}; a leading byte order mark is ignored. A row that cannot be read is reported with
 * its line number and skipped, including one with a stray quote: the rows after it still load.
 */
public final class CsvAccounts {

    static final List<String> HEADER = List.of("account_id", "name", "aliases", "domains", "status", "owner");

    /** A row that was skipped, and why. */
    public record Problem(long line, String reason) {
        @Override
        public String toString() {
            return "line " + line + ": " + reason;
        }
    }

    private CsvAccounts() {
    }

    /**
     * Reads every row, passing good accounts to {@code accounts} and bad rows to {@code problems}.
     *
     * @throws IOException when the input cannot be read or has no valid header
     */
    public static void read(Reader input, Consumer<Account> accounts, Consumer<Problem> problems) throws IOException {
        List<String> lines = lines(input);
        Row header = lines.isEmpty() ? null : parseHeader(lines);
        if (header == null || !header.fields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList()
            .equals(HEADER)) {
            throw new IOException("the CSV must start with the header " + String.join(",", HEADER) + ", found "
                    + (lines.isEmpty() ? "nothing" : lines.getFirst()));
        }
        int next = header.lineCount();
        while (next < lines.size()) {
            int start = next;
            long lineNumber = start + 1;
            Row row;
            try {
                row = parse(lines, start);
            }
            catch (MalformedRowException ex) {
                problems.accept(new Problem(lineNumber, ex.getMessage()));
                // a stray quote swallows the lines after it: read them again as rows of their own
                next = start + 1;
                continue;
            }
            next = start + row.lineCount();
            if (row.fields().size() == 1 && row.fields().getFirst().isBlank()) {
                continue;
            }
            try {
                accounts.accept(toAccount(row.fields()));
            }
            catch (IllegalArgumentException ex) {
                problems.accept(new Problem(lineNumber, ex.getMessage()));
            }
        }
    }

    private static Account toAccount(List<String> fields) {
        if (fields.size() != HEADER.size()) {
            throw new IllegalArgumentException("expected " + HEADER.size() + " fields, found " + fields.size());
        }
        String status = fields.get(4).strip().toUpperCase(Locale.ROOT);
        AccountStatus accountStatus;
        try {
            accountStatus = AccountStatus.valueOf(status);
        }
        catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(
                    "status must be one of " + Arrays.toString(AccountStatus.values()) + ", found '" + status + "'");
        }
        String owner = fields.get(5).strip();
        return new Account(Account.SCHEMA_VERSION, fields.get(0).strip(), fields.get(1).strip(), list(fields.get(2)),
                list(fields.get(3)), accountStatus, owner.isEmpty() ? null : owner);
    }

    private static List<String> list(String field) {
        return Arrays.stream(field.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Every line of the input, held so that the lines a stray quote swallowed can be read again, without a leading
     * byte order mark (Excel writes one in its "CSV UTF-8" export).
     */
    private static List<String> lines(Reader input) throws IOException {
        BufferedReader reader = new BufferedReader(input);
        List<String> lines = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lines.add(lines.isEmpty() && line.startsWith("\uFEFF") ? line.substring(1) : line);
        }
        return lines;
    }

    private static @Nullable Row parseHeader(List<String> lines) {
        try {
            return parse(lines, 0);
        }
        catch (MalformedRowException ex) {
            return null;
        }
    }

    /**
     * The record that starts at {@code lines[start]}. A quoted field may span lines (RFC 4180); one that is still open
     * at the end of the input, or that is closed on a later line by a quote followed by more text, is taken for a stray
     * quote and makes the row malformed rather than swallowing the rows after it.
     */
    private static Row parse(List<String> lines, int start) throws MalformedRowException {
        int lineIndex = start;
        String line = lines.get(lineIndex);
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (true) {
            if (i == line.length()) {
                if (!quoted) {
                    fields.add(field.toString());
                    return new Row(fields, lineIndex - start + 1);
                }
                if (++lineIndex == lines.size()) {
                    throw new MalformedRowException("a quoted field is not closed before the end of the file");
                }
                line = lines.get(lineIndex);
                field.append('\n');
                i = 0;
                continue;
            }
            char c = line.charAt(i++);
            if (quoted) {
                if (c == '"' && i < line.length() && line.charAt(i) == '"') {
                    field.append('"');
                    i++;
                }
                else if (c == '"') {
                    quoted = false;
                    if (lineIndex > start && i < line.length() && line.charAt(i) != ',') {
                        throw new MalformedRowException("a quoted field runs on to line " + (lineIndex + 1)
                                + " and text follows its closing quote there");
                    }
                }
                else {
                    field.append(c);
                }
            }
            else if (c == '"' && field.isEmpty()) {
                quoted = true;
            }
            else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            }
            else {
                field.append(c);
            }
        }
    }

    /** A record's fields and how many lines it took. */
    private record Row(List<String> fields, int lineCount) {
    }

    private static final class MalformedRowException extends Exception {
        MalformedRowException(String message) {
            super(message);
        }
    }
}
