package dev.kairos.ingest.feed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jdom2.Attribute;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.IllegalAddException;
import org.jdom2.Namespace;
import org.jdom2.filter.Filters;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Mends the namespaces of feeds that other readers accept and rome, which tells formats apart by namespace, refuses.
 * Miniflux, gofeed and feed-rs tell a feed by its root element's name: {@code <feed>} is Atom, {@code <rss>} RSS,
 * {@code <rdf:RDF>} RSS 1.0, whatever namespace (if any) the document gives them. So a root without its namespace, or
 * with a misspelt one, has its format's namespace put on the elements that share the root's (or, for RSS 1.0, the
 * channel's) namespace. Namespace URIs with white space around them (gofeed #309) are trimmed while parsing.
 */
final class FeedNamespaces {

    static final String ATOM_10 = "http://www.w3.org/2005/Atom";

    static final String ATOM_03 = "http://purl.org/atom/ns#";

    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    static final String RSS_10 = "http://purl.org/rss/1.0/";

    static final String RSS_090 = "http://my.netscape.com/rdf/simple/0.9/";

    /** Rome reads RSS 2.0 in this namespace (RSS20wNSParser) as well as in none. */
    static final String RSS_20_USERLAND = "http://backend.userland.com/rss2";

    private FeedNamespaces() {
    }

    /** Changes {@code document} in place; one that cannot be mended so is left for rome to judge (and refuse). */
    static void mend(Document document) {
        Element root = document.getRootElement();
        try {
            switch (root.getName().toLowerCase(Locale.ROOT)) {
                case "feed" -> mendAtom(root);
                case "rdf" -> mendRdf(root);
                case "rss" -> mendRss(root);
                default -> {
                    // not a feed format by name: rome says so
                }
            }
        }
        catch (IllegalAddException clash) {
            // a prefix bound to two namespaces on one element after the change: too odd to mend, rome refuses it
        }
    }

    private static void mendAtom(Element root) {
        root.setName("feed");
        String uri = root.getNamespaceURI();
        if (uri.equals(ATOM_10) || uri.equals(ATOM_03)) {
            return;
        }
        // as miniflux and gofeed do: version="0.3" marks the old draft, anything else is Atom 1.0
        String target = "0.3".equals(root.getAttributeValue("version")) ? ATOM_03 : ATOM_10;
        move(root, Map.of(uri, target), true);
    }

    private static void mendRss(Element root) {
        root.setName("rss");
        String uri = root.getNamespaceURI();
        if (uri.isEmpty() || uri.equals(RSS_20_USERLAND)) {
            return;
        }
        move(root, Map.of(uri, ""), true);
    }

    /**
     * RSS 1.0 (and 0.90) is RDF: an {@code rdf:RDF} root, the channel and items beside each other in the format's own
     * namespace. Rome wants both namespaces exact, and the format's declared on the root.
     */
    private static void mendRdf(Element root) {
        root.setName("RDF");
        String rootUri = root.getNamespaceURI();
        String coreUri = coreNamespace(root);
        boolean coreKnown = coreUri.equals(RSS_10) || coreUri.equals(RSS_090);
        String target = coreKnown ? coreUri : RSS_10;
        Map<String, String> moves = new HashMap<>();
        if (!coreKnown) {
            moves.put(coreUri, RSS_10);
        }
        // an explicit but misspelt RDF namespace also names rdf:about, rdf:Seq and rdf:li; no namespace names nothing
        if (!rootUri.equals(RDF) && !rootUri.isEmpty() && !rootUri.equals(coreUri)) {
            moves.put(rootUri, RDF);
        }
        if (!moves.isEmpty()) {
            move(root, moves, false);
        }
        if (!rootUri.equals(RDF)) {
            root.setNamespace(Namespace.getNamespace(root.getNamespacePrefix(), RDF));
        }
        declare(root, target);
        if (childNamed(root, "channel") == null) {
            // gofeed reads the items of an RDF document without a channel; rome needs one to hang them on
            root.addContent(0, new Element("channel", namespace(root, target)));
        }
    }

    /** The namespace of the RDF root's channel, else of its first item; none if it has neither. */
    private static String coreNamespace(Element root) {
        Element core = childNamed(root, "channel");
        if (core == null) {
            core = childNamed(root, "item");
        }
        return core == null ? "" : core.getNamespaceURI();
    }

    private static @Nullable Element childNamed(Element parent, String name) {
        for (Element child : parent.getChildren()) {
            if (child.getName().equals(name)) {
                return child;
            }
        }
        return null;
    }

    /**
     * Puts every element (and prefixed attribute) in one of {@code moves}' namespaces into the namespace it maps to,
     * keeping its prefix, so that the document still means what it said with the namespace it meant.
     */
    private static void move(Element root, Map<String, String> moves, boolean includingRoot) {
        List<Element> elements = new ArrayList<>();
        if (includingRoot) {
            elements.add(root);
        }
        root.getDescendants(Filters.element()).forEach(elements::add);
        for (Element element : elements) {
            List<Attribute> movedAttributes = new ArrayList<>();
            for (Attribute attribute : List.copyOf(element.getAttributes())) {
                String target = moves.get(attribute.getNamespaceURI());
                // an attribute without a prefix is in no namespace, whatever the default namespace
                if (target != null && !attribute.getNamespaceURI().isEmpty() && !target.isEmpty()) {
                    element.removeAttribute(attribute);
                    attribute.setNamespace(Namespace.getNamespace(attribute.getNamespacePrefix(), target));
                    movedAttributes.add(attribute);
                }
            }
            String target = moves.get(element.getNamespaceURI());
            if (target != null) {
                element.setNamespace(target.isEmpty() ? Namespace.NO_NAMESPACE
                        : Namespace.getNamespace(element.getNamespacePrefix(), target));
            }
            movedAttributes.forEach(element::setAttribute);
        }
    }

    /** Declares {@code uri} on {@code root} under a prefix free there, unless it is in scope already. */
    private static void declare(Element root, String uri) {
        if (root.getNamespacesInScope().stream().anyMatch(namespace -> namespace.getURI().equals(uri))) {
            return;
        }
        root.addNamespaceDeclaration(namespace(root, uri));
    }

    /** {@code uri} under the default prefix where it is free on {@code element}, else under {@code rss}. */
    private static Namespace namespace(Element element, String uri) {
        Namespace inScope = element.getNamespacesInScope().stream()
            .filter(namespace -> namespace.getURI().equals(uri))
            .findFirst()
            .orElse(null);
        if (inScope != null) {
            return inScope;
        }
        boolean defaultTaken = element.getNamespacesInScope().stream()
            .anyMatch(namespace -> namespace.getPrefix().isEmpty() && !namespace.getURI().isEmpty());
        return Namespace.getNamespace(defaultTaken ? "rss" : "", uri);
    }

    /**
     * Trims the namespace URIs the XML parser reports, before JDOM (which refuses URIs with white space at either end)
     * sees them.
     */
    static final class TrimmingFilter extends XMLFilterImpl {

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            super.startPrefixMapping(prefix, uri.strip());
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            super.startElement(uri.strip(), localName, qName, trimmed(attributes));
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            super.endElement(uri.strip(), localName, qName);
        }

        private static Attributes trimmed(Attributes attributes) {
            AttributesImpl trimmed = null;
            for (int i = 0; i < attributes.getLength(); i++) {
                String uri = attributes.getURI(i);
                String value = attributes.getValue(i);
                boolean declaration = attributes.getQName(i).startsWith("xmlns");
                if (!uri.equals(uri.strip()) || declaration && !value.equals(value.strip())) {
                    if (trimmed == null) {
                        trimmed = new AttributesImpl(attributes);
                    }
                    trimmed.setURI(i, uri.strip());
                    if (declaration) {
                        trimmed.setValue(i, value.strip());
                    }
                }
            }
            return trimmed == null ? attributes : trimmed;
        }
    }
}
