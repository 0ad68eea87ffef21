package dev.kairos.ingest.fetch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of one site's robots.txt for one crawler (RFC 9309): the groups naming the crawler's product token, else
 * the {@code *} groups; the longest matching rule wins, and {@code allow} wins a tie.
 */
final class RobotsTxt {

    static final RobotsTxt ALLOW_ALL = new RobotsTxt(List.of());

    static final RobotsTxt DISALLOW_ALL = new RobotsTxt(List.of(new Rule(false, "/", Pattern.compile("/.*"))));

    private final List<Rule> rules;

    private RobotsTxt(List<Rule> rules) {
        this.rules = rules;
    }

    /**
     * @param text the robots.txt file
     * @param productToken the crawler's name as robots.txt files address it, e.g. {@code kairos}
     */
    static RobotsTxt parse(String text, String productToken) {
        List<Rule> ours = new ArrayList<>();
        List<Rule> anyones = new ArrayList<>();
        boolean groupIsOurs = false;
        boolean groupIsAnyones = false;
        boolean inAgentLines = false;
        for (String rawLine : text.split("\\R")) {
            int hash = rawLine.indexOf('#');
            String line = (hash < 0 ? rawLine : rawLine.substring(0, hash)).strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            switch (field) {
                case "user-agent" -> {
                    if (!inAgentLines) {
                        groupIsOurs = false;
                        groupIsAnyones = false;
                        inAgentLines = true;
                    }
                    String agent = value.toLowerCase(Locale.ROOT);
                    groupIsOurs |= agent.equals(productToken.toLowerCase(Locale.ROOT));
                    groupIsAnyones |= agent.equals("*");
                }
                case "allow", "disallow" -> {
                    inAgentLines = false;
                    if (value.isEmpty()) {
                        continue;
                    }
                    Rule rule = Rule.of(field.equals("allow"), value);
                    if (groupIsOurs) {
                        ours.add(rule);
                    }
                    if (groupIsAnyones) {
                        anyones.add(rule);
                    }
                }
                default -> inAgentLines = false;
            }
        }
        return new RobotsTxt(List.copyOf(ours.isEmpty() ? anyones : ours));
    }

    /** Whether the crawler may fetch {@code pathAndQuery} (e.g. {@code /news?page=2}). */
    boolean allows(String pathAndQuery) {
        String path = pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        Rule best = null;
        for (Rule rule : rules) {
            if (rule.pattern().matcher(path).matches() && (best == null || rule.path().length() > best.path().length()
                    || rule.path().length() == best.path().length() && rule.allow())) {
                best = rule;
            }
        }
        return best == null || best.allow();
    }

    private record Rule(boolean allow, String path, Pattern pattern) {

        /** {@code *} matches any characters, a trailing {@code $} anchors the end; otherwise a rule is a prefix. */
        static Rule of(boolean allow, String path) {
            boolean anchored = path.endsWith("$");
            String body = anchored ? path.substring(0, path.length() - 1) : path;
            StringBuilder regex = new StringBuilder();
            for (String literal : body.split("\\*", -1)) {
                if (!regex.isEmpty()) {
                    regex.append(".*");
                }
                regex.append(Pattern.quote(literal));
            }
            if (!anchored) {
                regex.append(".*");
            }
            return new Rule(allow, path, Pattern.compile(regex.toString(), Pattern.DOTALL));
        }
    }
}
