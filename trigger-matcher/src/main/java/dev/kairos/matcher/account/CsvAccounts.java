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

/**
 * Reads a CRM export: RFC 4180 CSV with the header {@code account_id,name,aliases,domains,status,owner}; aliases and
 * domains are separated by {@code ;}. A row that cannot be read is reported with its line number and skipped.
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
        BufferedReader reader = new BufferedReader(input);
        long[] lineNumber = { 0 };
        List<String> header = nextRecord(reader, lineNumber);
        if (header == null || !header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList().equals(HEADER)) {
            throw new IOException("the CSV must start with the header " + String.join(",", HEADER) + ", found "
                    + (header == null ? "nothing" : String.join(",", header)));
        }
        while (true) {
            long line = lineNumber[0] + 1;
            List<String> fields;
            try {
                fields = nextRecord(reader, lineNumber);
            }
            catch (MalformedRowException ex) {
                problems.accept(new Problem(line, ex.getMessage()));
                continue;
            }
            if (fields == null) {
                return;
            }
            if (fields.size() == 1 && fields.getFirst().isBlank()) {
                continue;
            }
            try {
                accounts.accept(toAccount(fields));
            }
            catch (IllegalArgumentException ex) {
                problems.accept(new Problem(line, ex.getMessage()));
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

    /** The next record's fields, null at end of input; quoted fields may span lines. */
    private static List<String> nextRecord(BufferedReader reader, long[] lineNumber) throws IOException {
        String line = reader.readLine();
        if (line == null) {
            return null;
        }
        lineNumber[0]++;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (true) {
            if (i == line.length()) {
                if (!quoted) {
                    fields.add(field.toString());
                    return fields;
                }
                line = reader.readLine();
                if (line == null) {
                    throw new MalformedRowException("a quoted field is not closed before the end of the file");
                }
                lineNumber[0]++;
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

    private static final class MalformedRowException extends IOException {
        MalformedRowException(String message) {
            super(message);
        }
    }
}
