package dev.kairos.matcher.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import dev.kairos.events.Account;
import dev.kairos.events.AccountStatus;
import dev.kairos.events.CompanyNames;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CRM export, streaming: RFC 4180 CSV, UTF-8 with or without a byte order mark. Columns are found by header,
 * whatever their case, spaces and underscores ({@code accountId} = {@code account_id} = {@code Account ID}), under
 * Kairos's own names and those of Salesforce and HubSpot account/company exports ({@code Account Name}, {@code
 * Website}, {@code Billing Country}, {@code Record ID}, {@code Company Domain Name}, {@code Lifecycle Stage}, ...).
 * Only an id and a name are required; other unknown columns become attributes. A row that cannot be read is reported
 * with its line, column and reason and skipped, including one with a stray quote: the rows after it still load.
 */
public final class AccountCsv {

    /** A quoted field may span lines, but no more than this many: beyond, it is taken for a stray quote. */
    static final int MAX_RECORD_LINES = 200;

    enum Field {
        ID, NAME, ALIASES, DOMAINS, STATUS, TYPE, OWNER, INDUSTRY, EMPLOYEES, COUNTRY, REGION, TIER, TAGS
    }

    private static final Map<String, Field> HEADERS = headers();

    /** A row that was skipped, and why. */
    public record Problem(long line, @Nullable String column, String reason) {
        @Override
        public String toString() {
            return "line " + line + (column == null ? "" : ", column " + column) + ": " + reason;
        }
    }

    private final Map<Integer, Field> fields = new HashMap<>();

    private final List<String> header;

    private AccountCsv(List<String> header) throws IOException {
        this.header = header;
        for (int i = 0; i < header.size(); i++) {
            Field field = HEADERS.get(canonical(header.get(i)));
            if (field != null && !fields.containsValue(field)) {
                fields.put(i, field);
            }
        }
        if (!fields.containsValue(Field.ID) || !fields.containsValue(Field.NAME)) {
            throw new IOException("the CSV header needs an id column (e.g. account_id, Account ID, Record ID) and a "
                    + "name column (e.g. name, Account Name, Company name), found " + String.join(",", header));
        }
    }

    /**
     * Reads every row, passing good accounts to {@code accounts} and bad rows to {@code problems}; holds only the
     * lines of the record being read.
     *
     * @throws IOException when the input cannot be read or has no usable header
     */
    public static void read(Reader input, Consumer<Account> accounts, Consumer<Problem> problems) throws IOException {
        Lines lines = new Lines(new BufferedReader(input, 1 << 16));
        Row headerRow;
        try {
            headerRow = lines.has(0) ? parse(lines) : null;
        }
        catch (MalformedRowException ex) {
            headerRow = null;
        }
        if (headerRow == null) {
            throw new IOException("the CSV has no header line");
        }
        AccountCsv csv = new AccountCsv(headerRow.fields());
        lines.drop(headerRow.lineCount());
        while (lines.has(0)) {
            long lineNumber = lines.number();
            Row row;
            try {
                row = parse(lines);
            }
            catch (MalformedRowException ex) {
                problems.accept(new Problem(lineNumber, null, ex.getMessage()));
                // a stray quote swallows the lines after it: read them again as rows of their own
                lines.drop(1);
                continue;
            }
            lines.drop(row.lineCount());
            if (row.fields().size() == 1 && row.fields().getFirst().isBlank()) {
                continue;
            }
            try {
                accounts.accept(csv.toAccount(row.fields()));
            }
            catch (BadFieldException ex) {
                problems.accept(new Problem(lineNumber, ex.column, ex.getMessage()));
            }
        }
    }

    private Account toAccount(List<String> row) throws BadFieldException {
        if (row.size() != header.size()) {
            throw new BadFieldException(null, "expected " + header.size() + " fields, found " + row.size());
        }
        Map<Field, String> values = new HashMap<>();
        Map<Field, String> columns = new HashMap<>();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < row.size(); i++) {
            String value = row.get(i).strip();
            Field field = fields.get(i);
            if (field != null) {
                values.put(field, value);
                columns.put(field, header.get(i));
            }
            else if (!value.isEmpty() && !header.get(i).isBlank()) {
                attributes.put(header.get(i).strip(), value);
            }
        }
        String id = values.getOrDefault(Field.ID, "");
        if (id.isEmpty()) {
            throw new BadFieldException(columns.get(Field.ID), "the account id must not be blank");
        }
        String name = values.getOrDefault(Field.NAME, "");
        if (name.isEmpty()) {
            throw new BadFieldException(columns.get(Field.NAME), "the account name must not be blank");
        }
        AccountStatus status = status(values, columns);
        Integer employees = null;
        String employeeText = values.getOrDefault(Field.EMPLOYEES, "").replace(",", "").replace("_", "");
        if (!employeeText.isEmpty()) {
            try {
                employees = Integer.valueOf(employeeText);
                if (employees < 0) {
                    throw new NumberFormatException();
                }
            }
            catch (NumberFormatException ex) {
                throw new BadFieldException(columns.get(Field.EMPLOYEES),
                        "employees must be a whole number, found '" + values.get(Field.EMPLOYEES) + "'");
            }
        }
        List<String> domains = list(values.get(Field.DOMAINS)).stream().map(CompanyNames::normaliseDomain)
            .filter(domain -> !domain.isEmpty()).distinct().toList();
        return new Account(Account.SCHEMA_VERSION, id, name, list(values.get(Field.ALIASES)), domains, status,
                blankToNull(values.get(Field.OWNER)), blankToNull(values.get(Field.INDUSTRY)), employees,
                blankToNull(values.get(Field.COUNTRY)), blankToNull(values.get(Field.REGION)),
                blankToNull(values.get(Field.TIER)), list(values.get(Field.TAGS)), attributes);
    }

    /**
     * A {@code status} column must say PROSPECT or CUSTOMER (blank: PROSPECT); a CRM's account type or lifecycle
     * stage ("Customer - Direct", "customer", "Lead", "Partner") makes CUSTOMER of customers and PROSPECT of the rest.
     */
    private static AccountStatus status(Map<Field, String> values, Map<Field, String> columns)
            throws BadFieldException {
        String status = values.getOrDefault(Field.STATUS, "").toUpperCase(Locale.ROOT);
        if (!status.isEmpty()) {
            try {
                return AccountStatus.valueOf(status);
            }
            catch (IllegalArgumentException ex) {
                throw new BadFieldException(columns.get(Field.STATUS), "status must be one of "
                        + Arrays.toString(AccountStatus.values()) + ", found '" + values.get(Field.STATUS) + "'");
            }
        }
        String type = values.getOrDefault(Field.TYPE, "").toLowerCase(Locale.ROOT);
        return type.startsWith("customer") ? AccountStatus.CUSTOMER : AccountStatus.PROSPECT;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static List<String> list(@Nullable String field) {
        if (field == null || field.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(field.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A header as compared: lower case, without spaces, underscores, hyphens and other punctuation. */
    static String canonical(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static Map<String, Field> headers() {
        Map<String, Field> map = new HashMap<>();
        put(map, Field.ID, "accountid", "id", "recordid", "companyid", "crmid", "accountnumber");
        put(map, Field.NAME, "name", "accountname", "companyname", "company", "organisation", "organization");
        put(map, Field.ALIASES, "aliases", "alias", "formernames", "othernames", "aka");
        put(map, Field.DOMAINS, "domains", "domain", "website", "companydomainname", "websiteurl", "url");
        put(map, Field.STATUS, "status");
        put(map, Field.TYPE, "type", "accounttype", "lifecyclestage", "companytype");
        put(map, Field.OWNER, "owner", "accountowner", "companyowner", "owneremail");
        put(map, Field.INDUSTRY, "industry");
        put(map, Field.EMPLOYEES, "employees", "numberofemployees", "employeecount", "headcount");
        put(map, Field.COUNTRY, "country", "billingcountry", "countryregion", "countrycode");
        put(map, Field.REGION, "region", "salesregion");
        put(map, Field.TIER, "tier", "accounttier");
        put(map, Field.TAGS, "tags", "labels");
        return Map.copyOf(map);
    }

    private static void put(Map<String, Field> map, Field field, String... names) {
        for (String name : names) {
            map.put(name, field);
        }
    }

    /**
     * The record that starts at the first line held. A quoted field may span lines (RFC 4180); one that is still open
     * at the end of the input or after {@value #MAX_RECORD_LINES} lines, or that is closed on a later line by a quote
     * followed by more text, is taken for a stray quote and makes the row malformed rather than swallowing the rows
     * after it.
     */
    private static Row parse(Lines lines) throws IOException, MalformedRowException {
        int lineIndex = 0;
        String line = lines.get(0);
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (true) {
            if (i == line.length()) {
                if (!quoted) {
                    fields.add(field.toString());
                    return new Row(fields, lineIndex + 1);
                }
                if (++lineIndex == MAX_RECORD_LINES) {
                    throw new MalformedRowException(
                            "a quoted field is not closed within " + MAX_RECORD_LINES + " lines");
                }
                if (!lines.has(lineIndex)) {
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
                    if (lineIndex > 0 && i < line.length() && line.charAt(i) != ',') {
                        throw new MalformedRowException("a quoted field runs on to line " + (lines.number() + lineIndex)
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

    /** The input's lines from the one being read on, read ahead only as far as a record needs. */
    private static final class Lines {

        private final BufferedReader reader;

        private final Deque<String> held = new ArrayDeque<>();

        private long first = 1;

        private boolean atStart = true;

        Lines(BufferedReader reader) {
            this.reader = reader;
        }

        boolean has(int index) throws IOException {
            while (held.size() <= index) {
                String line = reader.readLine();
                if (line == null) {
                    return false;
                }
                if (atStart) {
                    // Excel writes a byte order mark in its "CSV UTF-8" export
                    line = line.startsWith("\uFEFF") ? line.substring(1) : line;
                    atStart = false;
                }
                held.addLast(line);
            }
            return true;
        }

        String get(int index) throws IOException {
            if (!has(index)) {
                throw new IllegalStateException("no line " + index);
            }
            if (index == 0) {
                return held.getFirst();
            }
            int i = 0;
            for (String line : held) {
                if (i++ == index) {
                    return line;
                }
            }
            throw new IllegalStateException("no line " + index);
        }

        /** The line number of the first line held. */
        long number() {
            return first;
        }

        void drop(int count) {
            for (int i = 0; i < count; i++) {
                held.removeFirst();
            }
            first += count;
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

    private static final class BadFieldException extends Exception {

        private final @Nullable String column;

        BadFieldException(@Nullable String column, String message) {
            super(message);
            this.column = column;
        }
    }
}
