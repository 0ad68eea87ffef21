package dev.kairos.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The cases of RFC 9309 (section numbers in the names), and a few that real robots.txt files add. */
class RobotsTxtTest {

    @ParameterizedTest(name = "{0}: {2} -> {3}")
    @MethodSource("cases")
    void decidesAsRfc9309Says(String rfcCase, String robotsTxt, String pathAndQuery, boolean allowed) {
        RobotsTxt robots = RobotsTxt.parse(URI.create("https://site.example/robots.txt"),
                robotsTxt.getBytes(StandardCharsets.UTF_8), "text/plain", "kairos");

        assertThat(robots.allows(URI.create("https://site.example" + pathAndQuery))).isEqualTo(allowed);
    }

    static Stream<Arguments> cases() {
        String longest = """
                User-agent: *
                Allow: /example/page/
                Disallow: /example/page/disallowed.gif
                """;
        String longestReversed = """
                User-agent: *
                Disallow: /shop
                Allow: /shop/catalogue/
                """;
        String tie = """
                User-agent: *
                Disallow: /folder
                Allow: /folder
                Disallow: /*.php
                Allow: /page.*
                """;
        String wildcards = """
                User-agent: *
                Disallow: /fish*
                Disallow: /*.gif$
                Disallow: /exact$
                Disallow: /*?print=
                Disallow: /a*b*c
                """;
        String groups = """
                User-agent: *
                Disallow: /

                User-agent: other-bot
                User-agent: KAIROS
                Disallow: /drafts/
                Allow: /drafts/published

                User-agent: googlebot
                Disallow: /news

                user-agent: kairos
                disallow: /members
                """;
        String encoded = """
                User-agent: *
                Disallow: /foo/bar/%62%61%7A
                Disallow: /café
                Disallow: /q%3Fx
                """;
        return Stream.of(
                // 2.2.2: the most specific (longest) match wins, whatever the order of the rules
                Arguments.of("2.2.2 longest match", longest, "/example/page/disallowed.gif", false),
                Arguments.of("2.2.2 longest match", longest, "/example/page/", true),
                Arguments.of("2.2.2 longest match", longest, "/example/page/other.gif", true),
                Arguments.of("2.2.2 longest match", longestReversed, "/shop/catalogue/tea", true),
                Arguments.of("2.2.2 longest match", longestReversed, "/shop/basket", false),
                // 2.2.2: an allow and a disallow rule that are equivalent: allow
                Arguments.of("2.2.2 allow wins a tie", tie, "/folder/a", true),
                Arguments.of("2.2.2 allow wins a tie", tie, "/page.php", true),
                Arguments.of("2.2.2 allow wins a tie", tie, "/other.php", false),
                // 2.2.3: * is any sequence of characters, $ the end of the path; otherwise a rule is a prefix
                Arguments.of("2.2.3 *", wildcards, "/fish", false),
                Arguments.of("2.2.3 *", wildcards, "/fishheads/yummy.html", false),
                Arguments.of("2.2.3 * (paths are case-sensitive)", wildcards, "/Fish.asp", true),
                Arguments.of("2.2.3 *", wildcards, "/catfish", true),
                Arguments.of("2.2.3 * and $", wildcards, "/images/a.gif", false),
                Arguments.of("2.2.3 * and $", wildcards, "/images/a.gif?size=2", true),
                Arguments.of("2.2.3 * and $", wildcards, "/images/a.gifs", true),
                Arguments.of("2.2.3 $", wildcards, "/exact", false),
                Arguments.of("2.2.3 $", wildcards, "/exact/", true),
                Arguments.of("2.2.3 * in the query", wildcards, "/story?print=1", false),
                Arguments.of("2.2.3 * in the query", wildcards, "/story?id=4&print=1", true),
                Arguments.of("2.2.3 several *", wildcards, "/a-b-c", false),
                Arguments.of("2.2.3 several *", wildcards, "/a-c-b", true),
                // 2.2.1: the groups naming the product token (case-insensitive), combined, else the * group
                Arguments.of("2.2.1 our group, not *", groups, "/news", true),
                Arguments.of("2.2.1 our group", groups, "/drafts/x", false),
                Arguments.of("2.2.1 our group", groups, "/drafts/published/today", true),
                Arguments.of("2.2.1 our groups combined", groups, "/members/list", false),
                Arguments.of("2.2.1 the * group", "User-agent: *\nDisallow: /private\n", "/private/x", false),
                Arguments.of("2.2.1 no group applies", "User-agent: googlebot\nDisallow: /\n", "/anything", true),
                Arguments.of("2.2.1 an empty file", "", "/anything", true),
                Arguments.of("2.2.2 an empty disallow is no rule", "User-agent: *\nDisallow:\n", "/news", true),
                // 2.2.2: percent-encoded octets and non-ASCII characters are compared as the same octets
                Arguments.of("2.2.2 encoded rule", encoded, "/foo/bar/baz", false),
                Arguments.of("2.2.2 UTF-8 rule", encoded, "/caf%C3%A9/menu", false),
                Arguments.of("2.2.2 reserved characters stay encoded", encoded, "/q?x", true),
                // what real files add: a byte order mark, CRLF lines, comments, no space after the colon
                Arguments.of("byte order mark", "\uFEFFUser-agent: *\r\nDisallow: /tmp # scratch\r\n", "/tmp/a", false),
                Arguments.of("no space after the colon", "User-agent:*\nDisallow:/tmp\n", "/tmp/a", false));
    }
}
