package dev.kairos.matcher.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import dev.kairos.events.Account;
import dev.kairos.events.AccountStatus;
import org.junit.jupiter.api.Test;

class AccountCsvTest {

    private final List<Account> accounts = new ArrayList<>();

    private final List<AccountCsv.Problem> problems = new ArrayList<>();

    @Test
    void readsAccountsWithAliasesDomainsAndQuotedFields() throws IOException {
        read("""
                account_id,name,aliases,domains,status,owner
                A-1,Crate.io GmbH,Crate;CrateDB,crate.io;cratedb.com,CUSTOMER,maria@kairos.example
                A-2,"Procter & Gamble, Co.",P&G,pg.com,prospect,
                A-3,"Multi
                Line Ltd",,,PROSPECT,tom@kairos.example
                """);

        assertThat(problems).isEmpty();
        assertThat(accounts).containsExactly(
                new Account(Account.SCHEMA_VERSION, "A-1", "Crate.io GmbH", List.of("Crate", "CrateDB"), List.of("crate.io", "cratedb.com"),
                        AccountStatus.CUSTOMER, "maria@kairos.example"),
                new Account(Account.SCHEMA_VERSION, "A-2", "Procter & Gamble, Co.", List.of("P&G"), List.of("pg.com"),
                        AccountStatus.PROSPECT, null),
                new Account(Account.SCHEMA_VERSION, "A-3", "Multi\nLine Ltd", List.of(), List.of(), AccountStatus.PROSPECT,
                        "tom@kairos.example"));
    }

    @Test
    void skipsBadRowsWithTheirLineNumbersAndKeepsTheRest() throws IOException {
        read("""
                account_id,name,aliases,domains,status,owner
                A-1,Good One,,good.io,PROSPECT,
                A-2,Too few fields
                A-3,Bad Status,,bad.io,PARTNER,
                ,No Id,,noid.io,PROSPECT,
                A-5,Good Two,,good2.io,CUSTOMER,
                """);

        assertThat(accounts).extracting(Account::accountId).containsExactly("A-1", "A-5");
        assertThat(problems).extracting(AccountCsv.Problem::toString)
            .containsExactly("line 3: expected 6 fields, found 2",
                    "line 4, column status: status must be one of [PROSPECT, CUSTOMER], found 'PARTNER'",
                    "line 5, column account_id: the account id must not be blank");
    }

    @Test
    void refusesAFileWithoutAnIdOrANameColumn() {
        assertThatThrownBy(() -> read("key,title\n1,x\n")).isInstanceOf(IOException.class)
            .hasMessageContaining("needs an id column (e.g. account_id, Account ID, Record ID)");
    }

    @Test
    void skipsOnlyTheRowWhoseQuoteIsNeverClosed() throws IOException {
        read("""
                account_id,name,aliases,domains,status,owner
                A-1,Good One,,good.io,PROSPECT,
                A-2,"Never closed,,x.io,PROSPECT,
                A-3,Good Two,,good2.io,CUSTOMER,
                A-4,Good Three,,good3.io,PROSPECT,
                """);

        assertThat(accounts).extracting(Account::accountId).containsExactly("A-1", "A-3", "A-4");
        assertThat(problems).extracting(AccountCsv.Problem::toString)
            .containsExactly("line 3: a quoted field is not closed before the end of the file");
    }

    @Test
    void skipsOnlyTheRowWithAStrayQuoteThatALaterQuotedFieldWouldClose() throws IOException {
        read("""
                account_id,name,aliases,domains,status,owner
                A-1,"Stray,,x.io,PROSPECT,
                A-2,Good One,,good.io,PROSPECT,
                A-3,"Quoted, Inc.",,quoted.io,CUSTOMER,
                A-4,"Multi
                Line Ltd",,multi.io,PROSPECT,
                """);

        assertThat(accounts).extracting(Account::accountId).containsExactly("A-2", "A-3", "A-4");
        assertThat(accounts.get(1).name()).isEqualTo("Quoted, Inc.");
        assertThat(accounts.get(2).name()).isEqualTo("Multi\nLine Ltd");
        assertThat(problems).extracting(AccountCsv.Problem::toString)
            .containsExactly("line 2: a quoted field runs on to line 4 and text follows its closing quote there");
    }

    @Test
    void ignoresTheByteOrderMarkOfAnExcelExport() throws IOException {
        read("\uFEFFaccount_id,name,aliases,domains,status,owner\r\nA-1,Good One,,good.io,PROSPECT,\r\n");

        assertThat(problems).isEmpty();
        assertThat(accounts).extracting(Account::accountId).containsExactly("A-1");
    }

    @Test
    void readsASalesforceAccountExportAsItComes() throws IOException {
        read("""
                "Account ID","Account Name","Type","Website","Billing Country","Industry","Employees","Account Owner","SLA"
                "001A","Quillon Aerospace Inc.","Customer - Direct","https://www.quillon.example/","Germany","Aerospace","1,200","Ana Ruiz","Gold"
                "001B","Marrowick Ltd","Prospect","marrowick.example","France","Biotech","","Ben Ode",""
                """);

        assertThat(problems).isEmpty();
        assertThat(accounts.getFirst()).isEqualTo(new Account(Account.SCHEMA_VERSION, "001A", "Quillon Aerospace Inc.",
                List.of(), List.of("quillon.example"), AccountStatus.CUSTOMER, "Ana Ruiz", "Aerospace", 1200, "Germany",
                null, null, List.of(), java.util.Map.of("SLA", "Gold")));
        assertThat(accounts.get(1).status()).isEqualTo(AccountStatus.PROSPECT);
        assertThat(accounts.get(1).employees()).isNull();
    }

    @Test
    void readsAHubSpotCompanyExportAsItComes() throws IOException {
        read("""
                Record ID,Company name,Company Domain Name,Country/Region,Number of Employees,Lifecycle Stage,Company owner
                9001,Veltrane Logistics,veltrane.example,Norway,45,customer,Ola N
                9002,Ostara Foods,,Chile,,lead,
                """);

        assertThat(problems).isEmpty();
        assertThat(accounts).extracting(Account::accountId, Account::status, Account::country, Account::employees)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("9001", AccountStatus.CUSTOMER, "Norway", 45),
                    org.assertj.core.groups.Tuple.tuple("9002", AccountStatus.PROSPECT, "Chile", null));
        assertThat(accounts.getFirst().domains()).containsExactly("veltrane.example");
    }

    @Test
    void matchesHeadersWhateverTheirCaseSpacesAndUnderscores() throws IOException {
        read("ACCOUNTID,Name\nA-1,One\n");
        read("account_id,name\nA-2,Two\n");
        read("Account ID,NAME\nA-3,Three\n");

        assertThat(problems).isEmpty();
        assertThat(accounts).extracting(Account::accountId).containsExactly("A-1", "A-2", "A-3");
        assertThat(accounts).extracting(Account::status).containsOnly(AccountStatus.PROSPECT);
    }

    @Test
    void reportsTheColumnOfABadValue() throws IOException {
        read("Account ID,Account Name,Employees\nA-1,One,about ten\nA-2,Two,12\n");

        assertThat(accounts).extracting(Account::accountId).containsExactly("A-2");
        assertThat(problems).extracting(AccountCsv.Problem::toString)
            .containsExactly("line 2, column Employees: employees must be a whole number, found 'about ten'");
    }

    private void read(String csv) throws IOException {
        AccountCsv.read(new StringReader(csv), accounts::add, problems::add);
    }
}
