package dev.kairos.matcher.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.kairos.events.Account;
import dev.kairos.events.AccountStatus;
import dev.kairos.events.Company;
import dev.kairos.events.MatchMethod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountMatcherTest {

    private final AccountIndex index = new AccountIndex();

    private final AccountMatcher matcher = new AccountMatcher(index);

    @BeforeEach
    void accounts() {
        put("A-1", "Telefonaktiebolaget LM Ericsson", "ericsson.com");
        put("A-2", "British American Tobacco p.l.c.", "bat.com");
        put("A-3", "The PNC Financial Services Group, Inc.", "pnc.com");
        put("A-4", "AB Volvo", "volvogroup.com");
        put("A-5", "Société Générale S.A.", "societegenerale.com");
        put("A-6", "International Consolidated Airlines Group", "iairgroup.com");
        put("A-7", "Harbour Energy plc", "harbourenergy.com");
        put("A-8", "Harbour Energy Ltd", "harbour-energy.example");
        put("A-9", "International Paper Company", "internationalpaper.com");
        put("A-10", "Procter & Gamble Company", "pg.com");
        put("A-11", "Shanghai Pharmaceuticals Holding Co., Ltd.", "sphchina.com");
        put("A-12", "Ericsson Nikola Tesla d.d.", "ericsson.hr");
    }

    @Test
    void readsUmlautsSpeltOutWhenTheNameAsWrittenFindsNoAccount() {
        put("A-13", "Hölzer Brückenbau GmbH", "hoelzer-bruecken.example");
        put("A-14", "Blue Quarry Ltd", "bluequarry.example");

        assertThat(matcher.find(Company.named("HOELZER BRUECKENBAU"), null)).satisfies(m -> {
            assertThat(m.account().accountId()).isEqualTo("A-13");
            assertThat(m.method()).isEqualTo(MatchMethod.NAME);
        });
        // the name as written goes first: "Blue" is not "Blü"
        assertThat(matcher.find(Company.named("Blue Quarry"), null).account().accountId()).isEqualTo("A-14");
        assertThat(NameNormaliser.withUmlautsSpeltOutFolded(List.of("muenchener", "blue", "aero", "queen")))
            .containsExactly("munchener", "blu", "aero", "quen");
    }

    @Test
    void normalisesCaseAccentsPunctuationAndLegalFormsOfManyCountries() {
        assertThat(NameNormaliser.words("Société Générale S.A.")).containsExactly("societe", "generale");
        assertThat(NameNormaliser.words("Volvo AB")).isEqualTo(NameNormaliser.words("AB Volvo"));
        // a registered name's seat after its legal form; "in" with no form before it stays a part of the name
        assertThat(NameNormaliser.words("Brückenbau Aktiengesellschaft in Köln")).containsExactly("bruckenbau");
        assertThat(NameNormaliser.words("Volksbank in Schwaben")).containsExactly("volksbank", "schwaben");
        assertThat(NameNormaliser.words("Crate.io GmbH")).containsExactly("crate", "io");
        assertThat(NameNormaliser.words("Maersk A/S")).containsExactly("maersk");
        assertThat(NameNormaliser.words("Grupo Bimbo, S.A.B. de C.V.")).containsExactly("grupo", "bimbo");
        assertThat(NameNormaliser.words("PT Bank Rakyat Indonesia (Persero) Tbk")).containsExactly("bank", "rakyat",
                "indonesia");
        assertThat(NameNormaliser.words("The Weir Group PLC/The")).containsExactly("weir", "group");
        assertThat(NameNormaliser.words("COGNIZANT TECH SO-A")).containsExactly("cognizant", "tech", "so");
        assertThat(NameNormaliser.words("Nokia Oyj")).containsExactly("nokia");
        assertThat(NameNormaliser.key(NameNormaliser.words("Procter and Gamble Co.")))
            .isEqualTo(NameNormaliser.key(NameNormaliser.words("PROCTER & GAMBLE")));
    }

    @Test
    void prefersTheDomainFoldingSubdomainsByThePublicSuffixList() {
        AccountMatch match = matcher.find(new Company("Somebody Else", "https://investors.bat.com/news"), null);

        assertThat(match.account().accountId()).isEqualTo("A-2");
        assertThat(match.method()).isEqualTo(MatchMethod.DOMAIN);
        assertThat(match.score()).isEqualTo(1.0);
        assertThat(Domains.registrable("www.shop.example.co.uk")).isEqualTo("example.co.uk");
    }

    @Test
    void takesTheEvidenceSiteForTheCompanysOwnOnlyWhenTheNameAgrees() {
        assertThat(matcher.find(Company.named("Volvo Group"), "https://www.volvogroup.com/en/news/1.html").method())
            .isEqualTo(MatchMethod.DOMAIN);
        // a news site that is an account is not the site of every company it reports on
        assertThat(matcher.find(Company.named("Zentrovale Shipping"), "https://www.pg.com/news/1").outcome())
            .isEqualTo(AccountMatch.Outcome.NO_ACCOUNT);
    }

    @Test
    void matchesExactNamesAndAliasesAfterNormalisation() {
        assertThat(matcher.find(Company.named("VOLVO AB"), null)).satisfies(m -> {
            assertThat(m.account().accountId()).isEqualTo("A-4");
            assertThat(m.method()).isEqualTo(MatchMethod.NAME);
            assertThat(m.matchedText()).isEqualTo("AB Volvo");
        });
        assertThat(matcher.find(Company.named("Procter and Gamble"), null).account().accountId()).isEqualTo("A-10");
    }

    @Test
    void matchesExchangeAbbreviationsByWordPrefixesAndKnownShortenings() {
        for (String name : List.of("BRIT AMER TOBACCO", "PNC FINL SER", "PNC FINL SERVICES GROUP -A-",
                "INTL CONSOL AIRLINES")) {
            AccountMatch match = matcher.find(Company.named(name), null);
            assertThat(match.method()).as(name).isEqualTo(MatchMethod.FUZZY);
            assertThat(match.score()).as(name).isBetween(0.7, 0.89);
        }
        assertThat(matcher.find(Company.named("BRIT AMER TOBACCO"), null).account().accountId()).isEqualTo("A-2");
    }

    @Test
    void readsALetterByLetterShorteningOfAPluralThroughItsSingular() {
        assertThat(AccountMatcher.similarity("sftware", "software")).isEqualTo(0.75);
        assertThat(AccountMatcher.similarity("tchngy", "technologies")).isEqualTo(0.75);
        assertThat(AccountMatcher.similarity("tchngx", "technologies")).isZero();
    }

    @Test
    void weighsRareWordsAboveCommonOnes() {
        // "International" is in three accounts' names, "Paper" in one
        assertThat(matcher.find(Company.named("INTL PAPER"), null).account().accountId()).isEqualTo("A-9");
        assertThat(matcher.find(Company.named("International Widgets"), null).isMatched()).isFalse();
    }

    @Test
    void readsInitialsAsTheWordsTheyStandFor() {
        put("B-1", "Australia and New Zealand Banking Group Limited", "anz.example");
        put("B-2", "PT Hanjaya Mandala Sampoerna Tbk", "sampoerna.example");

        assertThat(matcher.find(Company.named("ANZ BANKING GROUP"), null).account().accountId()).isEqualTo("B-1");
        assertThat(matcher.find(Company.named("H M SAMPOERNA"), null).account().accountId()).isEqualTo("B-2");
        // initials of words the name does not hold in that order say nothing
        assertThat(matcher.find(Company.named("ZNA BANKING GROUP"), null).isMatched()).isFalse();
    }

    @Test
    void readsTheLastTwoLettersOfAShortNameAsTheStartOfAWord() {
        put("E-1", "Osisko Gold Royalties Ltd", "osisko.example");

        AccountMatch match = matcher.find(Company.named("Osisko Gold Ro"), null);

        assertThat(match.account().accountId()).isEqualTo("E-1");
        // as sure as if the word were written out to four letters
        assertThat(match.score()).isGreaterThan(0.85);
        assertThat(matcher.find(Company.named("Osisko Gold Xy"), null).isMatched()).isFalse();
    }

    @Test
    void findsCandidatesForAShortenedWordNoAccountHolds() {
        put("C-1", "Occidental Petroleum Corporation", "oxy.example");
        put("C-2", "Petrol AD", "petrol.example");

        AccountMatch match = matcher.find(Company.named("OCCID.PETROL CORP"), null);

        assertThat(match.account().accountId()).isEqualTo("C-1");
        assertThat(match.method()).isEqualTo(MatchMethod.FUZZY);
    }

    @Test
    void takesAOneLetterChangeInAShortRareWordForAnotherCompany() {
        put("D-1", "Star Scientific, Inc.", "star.example");
        put("D-2", "Zhejiang Juhua Co., Ltd.", "juhua.example");
        put("D-3", "Techtronic Industries Company Limited", "ttigroup.example");

        assertThat(matcher.find(Company.named("Start Scientific, Inc."), null).isMatched()).isFalse();
        assertThat(matcher.find(Company.named("Zhejiang Jihua Group Co., Ltd."), null).isMatched()).isFalse();
        assertThat(matcher.find(Company.named("TCI Industries Limited"), null).isMatched()).isFalse();
        // a typo in a long word still matches
        assertThat(matcher.find(Company.named("Techtronik Industries"), null).account().accountId())
            .isEqualTo("D-3");
    }

    @Test
    void refusesANameSeveralAccountsHoldRatherThanOverwritingOne() {
        AccountMatch match = matcher.find(Company.named("Harbour Energy"), null);

        assertThat(match.outcome()).isEqualTo(AccountMatch.Outcome.AMBIGUOUS);
        assertThat(match.candidates()).containsExactlyInAnyOrder("A-7", "A-8");
        assertThat(index.get("A-7")).isNotNull();
        assertThat(index.get("A-8")).isNotNull();
    }

    @Test
    void refusesTwoFuzzyCandidatesThatScoreClose() {
        put("W-1", "Orsted Wind Power A/S", "orsted.example");
        put("W-2", "Orsted Wind Power Inc.", "orsted-us.example");

        AccountMatch match = matcher.find(Company.named("ORSTED WIND PWR"), null);

        assertThat(match.outcome()).isEqualTo(AccountMatch.Outcome.AMBIGUOUS);
        assertThat(match.candidates()).containsExactlyInAnyOrder("W-1", "W-2");
    }

    @Test
    void leavesCompaniesThatOnlyShareACommonWordUnmatched() {
        assertThat(matcher.find(Company.named("Harbour Freight Tools"), null).isMatched()).isFalse();
        assertThat(matcher.find(Company.named("Volvo Cars China"), null).isMatched()).isFalse();
    }

    @Test
    void forgetsReplacedNamesAndRemovedAccounts() {
        put("A-4", "Volvo Trucks", "volvogroup.com");
        index.remove("A-2");

        assertThat(matcher.find(Company.named("AB Volvo"), null).method()).isNotEqualTo(MatchMethod.NAME);
        assertThat(matcher.find(Company.named("Volvo Trucks"), null).account().accountId()).isEqualTo("A-4");
        assertThat(matcher.find(new Company("BAT", "bat.com"), null).isMatched()).isFalse();
        assertThat(index.size()).isEqualTo(11);
    }

    private void put(String id, String name, String domain) {
        index.put(new Account(Account.SCHEMA_VERSION, id, name, List.of(), List.of(domain), AccountStatus.PROSPECT,
                null));
    }
}
