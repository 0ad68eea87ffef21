package dev.kairos.ingest.fetch;

import java.net.URI;
import java.util.List;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import org.jspecify.annotations.Nullable;

/**
 * The rules of one site's robots.txt for one crawler, read by crawler-commons (as Nutch and StormCrawler read them)
 * after RFC 9309: the groups naming the crawler's product token, else the {@code *} groups; the longest matching rule
 * wins, {@code allow} wins a tie; paths are compared with percent-encoding undone.
 */
final class RobotsTxt {

    static final RobotsTxt ALLOW_ALL = new RobotsTxt(new SimpleRobotRules(RobotRulesMode.ALLOW_ALL));

    static final RobotsTxt DISALLOW_ALL = new RobotsTxt(new SimpleRobotRules(RobotRulesMode.ALLOW_NONE));

    private final BaseRobotRules rules;

    private RobotsTxt(BaseRobotRules rules) {
        this.rules = rules;
    }

    /**
     * @param robotsUrl where the file came from
     * @param content the file as served: the parser decodes it (UTF-8, a byte order mark dropped)
     * @param contentType the HTTP {@code Content-Type}, if any
     * @param productToken the crawler's name as robots.txt files address it, e.g. {@code kairos}
     */
    static RobotsTxt parse(URI robotsUrl, byte[] content, @Nullable String contentType, String productToken) {
        // a parser per file: it counts the warnings of the file it reads
        return new RobotsTxt(new SimpleRobotRulesParser().parseContent(robotsUrl.toString(), content,
                contentType == null ? "text/plain" : contentType, List.of(productToken)));
    }

    /** Whether the crawler may fetch {@code url}. */
    boolean allows(URI url) {
        return rules.isAllowed(url.toString());
    }
}
