package dev.kairos.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Realistic, reproducible benchmark inputs: news headlines with ledes, feeds and article pages built from them. */
final class Corpus {

    private static final String[] COMPANIES = { "Crate", "Lattice Robotics", "Helio Health", "Quanta Freight",
            "Nimbus Software", "Orbital Mining", "Vertex Payments", "Juniper Security", "Aurora Labs", "Delta AI" };

    private static final String[] TEMPLATES = { "%s raises $%dM Series B led by Accel to expand in Europe",
            "%s secures €%d million seed round for its data platform", "%s appoints Dana Whitfield as Chief Marketing Officer",
            "%s to acquire Beacon Analytics for $%d million", "%s opens new office in Berlin as it expands in Europe",
            "%s launches Copilot, an AI assistant for operations teams", "%s partners with Microsoft on cloud security",
            "%s to cut %d jobs in restructuring", "%s files for IPO on Nasdaq", "Five pricing lessons from %s's founder",
            "Markets close higher as tech stocks rally; %s up %d%%", "%s CEO shares thoughts on remote work",
            "Opinion: why %s's strategy will not work", "%s reports third-quarter revenue of $%d million" };

    private static final String[] LEDES = { "The company said the round was led by Northzone with participation from Index Ventures.",
            "The deal is expected to close in the first quarter, subject to regulatory approval.",
            "She joins from Salesforce, where she led marketing for the EMEA region.",
            "Analysts said the move reflects growing demand from enterprise customers." };

    private Corpus() {
    }

    record Item(String title, String text) {
    }

    static List<Item> items(int count) {
        Random random = new Random(42);
        List<Item> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String company = COMPANIES[random.nextInt(COMPANIES.length)];
            String template = TEMPLATES[random.nextInt(TEMPLATES.length)];
            String title = template.contains("%d") ? String.format(template, company, 2 + random.nextInt(200))
                    : String.format(template, company);
            items.add(new Item(title, LEDES[random.nextInt(LEDES.length)]));
        }
        return items;
    }

    /** An RSS 2.0 feed of about {@code bytes} bytes. */
    static byte[] feed(int bytes) {
        StringBuilder rss = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Bench News</title>
                <link>https://news.example/</link><description>benchmark</description>
                """);
        int n = 0;
        for (Item item : items(10_000)) {
            if (rss.length() >= bytes) {
                break;
            }
            rss.append("<item><title>").append(item.title().replace("&", "&amp;")).append("</title><link>https://news.example/")
                .append(n).append("</link><guid isPermaLink=\"false\">bench-").append(n++)
                .append("</guid><pubDate>Wed, 18 Nov 2026 09:30:00 GMT</pubDate><dc:creator>Ana Ruiz</dc:creator><description><![CDATA[<p>")
                .append(item.text()).append(" ").append(item.text()).append("</p>]]></description></item>\n");
        }
        return rss.append("</channel></rss>").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A news article page of about {@code bytes} bytes, with navigation, scripts and comments around the text. */
    static String article(int bytes) {
        StringBuilder html = new StringBuilder("""
                <!doctype html><html><head><title>Crate raises $4M seed</title><script>var tracking = {};</script>
                <style>body { font-family: sans-serif }</style></head><body><nav><ul>
                """);
        for (int i = 0; i < 50; i++) {
            html.append("<li><a href=\"/section/").append(i).append("\">Section ").append(i).append("</a></li>");
        }
        html.append("</ul></nav><article><h1 class=\"headline\">Crate raises $4M seed round</h1><time datetime=\"2026-11-18T09:30:00Z\">Nov 18</time><div class=\"body\">");
        List<Item> items = items(5_000);
        int i = 0;
        while (html.length() < bytes * 0.8) {
            html.append("<p>").append(items.get(i++ % items.size()).text()).append(" <a href=\"/x\">More</a></p>");
        }
        html.append("</div></article><aside>");
        while (html.length() < bytes) {
            html.append("<div class=\"comment\"><span>reader</span><p>").append(items.get(i++ % items.size()).title()).append("</p></div>");
        }
        return html.append("</aside></body></html>").toString();
    }
}
