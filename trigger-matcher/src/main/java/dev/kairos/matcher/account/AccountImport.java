package dev.kairos.matcher.account;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import dev.kairos.events.Account;

/**
 * One CSV import onto {@code crm.accounts}, streaming: each good row is handed to the sink as it is read, so that an
 * export of any size needs no more memory than one row. The REST import, the start-up import and the {@code import}
 * command share it.
 */
public final class AccountImport {

    /** The first this many bad rows are reported in full; all are counted. */
    public static final int MAX_ERRORS = 100;

    /**
     * What an import did.
     *
     * @param accepted rows that wrote an account not known before
     * @param updated rows that wrote an account whose id was already known (in this instance's index)
     * @param rejected rows skipped as unreadable
     * @param errors the first {@value #MAX_ERRORS} rejected rows, with line, column and reason
     */
    public record Summary(long accepted, long updated, long rejected, List<AccountCsv.Problem> errors) {

        public Summary {
            errors = List.copyOf(errors);
        }
    }

    private AccountImport() {
    }

    /**
     * Reads {@code csv}, handing every good account to {@code sink}.
     *
     * @param known whether an account id is already known, to count the row as updated
     * @throws IOException when the input cannot be read or has no usable header
     */
    public static Summary run(Reader csv, Predicate<String> known, Consumer<Account> sink) throws IOException {
        long[] counts = new long[3];
        List<AccountCsv.Problem> errors = new ArrayList<>();
        AccountCsv.read(csv, account -> {
            counts[known.test(account.accountId()) ? 1 : 0]++;
            sink.accept(account);
        }, problem -> {
            counts[2]++;
            if (errors.size() < MAX_ERRORS) {
                errors.add(problem);
            }
        });
        return new Summary(counts[0], counts[1], counts[2], errors);
    }
}
