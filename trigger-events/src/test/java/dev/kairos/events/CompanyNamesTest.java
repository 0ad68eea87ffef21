package dev.kairos.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompanyNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Acme, Inc.            | acme
            ACME Inc              | acme
            acme                  | acme
            Crate.io GmbH         | crate io
            Société Générale S.A. | societe generale
            Procter & Gamble Co.  | procter and gamble
            The Company           | the company
            Group                 | group
            """)
    void normalisesLegalFormsCaseAndPunctuation(String name, String expected) {
        assertThat(CompanyNames.normalise(name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://www.Acme.io/about | acme.io
            acme.io                   | acme.io
            WWW.ACME.IO.              | acme.io
            http://shop.acme.io:8080  | shop.acme.io
            """)
    void normalisesDomainsAndUrlsToHosts(String domain, String expected) {
        assertThat(CompanyNames.normaliseDomain(domain)).isEqualTo(expected);
    }
}
