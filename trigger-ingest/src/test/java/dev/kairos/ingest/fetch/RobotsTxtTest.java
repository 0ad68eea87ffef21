package dev.kairos.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsTxtTest {

    private static final String SITE = """
            # comments are ignored
            User-agent: Googlebot
            Disallow: /

            User-agent: *
            Disallow: /search
            Disallow: /*.pdf$
            Allow: /search/about

            User-agent: other-bot
            User-agent: Kairos
            Disallow: /drafts/
            Allow: /drafts/published
            """;

    @Test
    void followsTheGroupNamingKairosOverTheWildcardGroup() {
        RobotsTxt robots = RobotsTxt.parse(SITE, "kairos");

        assertThat(robots.allows("/drafts/x")).isFalse();
        assertThat(robots.allows("/drafts/published/today")).isTrue();
        assertThat(robots.allows("/search?q=funding")).isTrue();
    }

    @Test
    void fallsBackToTheWildcardGroupWithTheLongestMatchWinning() {
        RobotsTxt robots = RobotsTxt.parse(SITE, "somebot");

        assertThat(robots.allows("/search?q=funding")).isFalse();
        assertThat(robots.allows("/search/about")).isTrue();
        assertThat(robots.allows("/reports/q3.pdf")).isFalse();
        assertThat(robots.allows("/reports/q3.pdf?download=1")).isTrue();
        assertThat(robots.allows("/news/2026")).isTrue();
    }

    @Test
    void allowsEverythingWhenNoGroupApplies() {
        RobotsTxt robots = RobotsTxt.parse("User-agent: Googlebot\nDisallow: /\n", "kairos");

        assertThat(robots.allows("/")).isTrue();
        assertThat(RobotsTxt.parse("", "kairos").allows("/anything")).isTrue();
        assertThat(RobotsTxt.DISALLOW_ALL.allows("/anything")).isFalse();
    }

    @Test
    void treatsAnEmptyDisallowAsNoRule() {
        assertThat(RobotsTxt.parse("User-agent: *\nDisallow:\n", "kairos").allows("/news")).isTrue();
    }
}
