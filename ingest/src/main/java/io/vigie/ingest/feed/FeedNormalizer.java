package io.vigie.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jdom2.Attribute;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Structural repairs for well-formed documents Rome refuses although a person sees a feed in them:
 * Atom without (or with a misspelt) namespace, an RSS version Rome does not know, RSS without
 * {@code <rss>} or {@code <channel>}, RSS 1.0 with a wrong namespace or no channel, RSS 1.1, and
 * channel metadata Rome chokes on (skipHours, cloud...), which carries nothing Vigie uses.
 */
final class FeedNormalizer {

    static final Namespace ATOM_10 = Namespace.getNamespace("http://www.w3.org/2005/Atom");
    static final String ATOM_03 = "http://purl.org/atom/ns#";
    static final Namespace RSS_10 = Namespace.getNamespace("http://purl.org/rss/1.0/");
    static final String RSS_090 = "http://my.netscape.com/rdf/simple/0.9/";
    static final String RSS_11 = "http://purl.org/net/rss1.1#";
    static final Namespace RDF = Namespace.getNamespace("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    static final String RSS_11_NOTE = "RSS 1.1 read as RSS 1.0";
    private static final Set<String> RSS_VERSIONS = Set.of("0.91", "0.92", "0.93", "0.94", "2.0");
    private static final Set<String> DROPPABLE = Set.of("skipHours", "skipDays", "cloud", "ttl", "textInput", "textinput", "rating", "image");

    private FeedNormalizer() {
    }

    /** Rewrites {@code doc} in place; returns what was changed, empty when nothing applies. */
    static List<String> normalize(Document doc) {
        List<String> notes = new ArrayList<>();
        Element root = doc.getRootElement();
        String name = root.getName();
        if (name.equals("Channel") && RSS_11.equals(root.getNamespaceURI())) {
            doc.setRootElement(fromRss11(root));
            notes.add(RSS_11_NOTE);
        } else if (name.equalsIgnoreCase("channel")) {
            root.detach();
            renamespace(root, root.getNamespace(), Namespace.NO_NAMESPACE);
            Element rss = new Element("rss").setAttribute("version", "2.0");
            rss.addContent(root);
            doc.setRootElement(rss);
            notes.add("<channel> without <rss> wrapped as RSS 2.0");
        } else if (name.equalsIgnoreCase("rss")) {
            normalizeRss(root, notes);
        } else if (name.equals("feed") && !ATOM_10.getURI().equals(root.getNamespaceURI())
                && !ATOM_03.equals(root.getNamespaceURI())) {
            String was = root.getNamespaceURI();
            renamespace(root, root.getNamespace(), ATOM_10);
            notes.add("Atom namespace " + (was.isEmpty() ? "missing" : "wrong ('" + was + "')") + ", read as Atom 1.0");
        } else if (name.equalsIgnoreCase("RDF")) {
            normalizeRdf(root, notes);
        }
        return notes;
    }

    private static void normalizeRss(Element root, List<String> notes) {
        if (!root.getName().equals("rss")) {
            root.setName("rss");
            notes.add("root element <" + root.getName() + "> read as <rss>");
        }
        String version = root.getAttributeValue("version", "").strip();
        if (!RSS_VERSIONS.contains(version)) {
            root.setAttribute("version", "2.0");
            notes.add("RSS version '" + version + "' read as 2.0");
        }
        Element channel = root.getChild("channel");
        if (channel == null) {
            channel = new Element("channel");
            for (Element item : new ArrayList<>(root.getChildren("item"))) {
                channel.addContent(item.detach());
            }
            root.addContent(channel);
            notes.add("missing <channel> added");
        }
        List<String> dropped = new ArrayList<>();
        for (Element c : new ArrayList<>(channel.getChildren())) {
            if (c.getNamespace() == Namespace.NO_NAMESPACE && DROPPABLE.contains(c.getName())) {
                c.detach();
                dropped.add(c.getName());
            }
        }
        if (!dropped.isEmpty()) {
            notes.add("dropped channel metadata " + dropped);
        }
    }

    private static void normalizeRdf(Element root, List<String> notes) {
        if (!RDF.getURI().equals(root.getNamespaceURI()) || !root.getName().equals("RDF")) {
            root.setName("RDF");
            root.setNamespace(RDF);
            notes.add("RDF root namespace fixed");
        }
        String rssNs = null;
        for (Element c : root.getChildren()) {
            if (Set.of("channel", "item", "image", "textinput").contains(c.getName())) {
                rssNs = c.getNamespaceURI();
                break;
            }
        }
        if (rssNs != null && !rssNs.equals(RSS_10.getURI()) && !rssNs.equals(RSS_090)) {
            for (Element c : root.getChildren()) {
                renamespace(c, Namespace.getNamespace(rssNs), RSS_10);
            }
            notes.add("RSS 1.0 namespace " + (rssNs.isEmpty() ? "missing" : "wrong ('" + rssNs + "')"));
        }
        Namespace ns = rssNs != null && rssNs.equals(RSS_090) ? Namespace.getNamespace(RSS_090) : RSS_10;
        if (root.getChild("channel", ns) == null) {
            root.addContent(0, new Element("channel", ns));
            notes.add("missing <channel> added");
        }
    }

    private static Element fromRss11(Element channel) {
        Namespace old = channel.getNamespace();
        Element rdf = new Element("RDF", RDF);
        rdf.addNamespaceDeclaration(RSS_10);
        Element items = channel.getChild("items", old);
        List<Element> itemList = items == null ? List.of() : new ArrayList<>(items.getChildren("item", old));
        itemList.forEach(Element::detach);
        if (items != null) {
            items.detach();
        }
        channel.detach();
        channel.setName("channel");
        renamespace(channel, old, RSS_10);
        rdf.addContent(channel);
        for (Element item : itemList) {
            renamespace(item, old, RSS_10);
            rdf.addContent(item);
        }
        return rdf;
    }

    private static void renamespace(Element e, Namespace from, Namespace to) {
        if (e.getNamespaceURI().equals(from.getURI())) {
            e.setNamespace(to);
        }
        for (Attribute a : e.getAttributes()) {
            if (a.getNamespace() != Namespace.NO_NAMESPACE && a.getNamespaceURI().equals(from.getURI()) && !from.getURI().isEmpty()) {
                a.setNamespace(Namespace.NO_NAMESPACE);
            }
        }
        for (Element c : e.getChildren()) {
            renamespace(c, from, to);
        }
    }
}
