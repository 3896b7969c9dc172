package io.vigie.ingest.feed;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * Last resort for documents no text repair makes well-formed (truncated files, mismatched or
 * unescaped tags): Jsoup's XML parser builds a tree from anything, closing what is left open, and its
 * serialisation is well-formed XML again. Prefixes used without a namespace declaration are bound to
 * placeholder namespaces so that the strict parser accepts the result.
 */
final class ForgivingXml {

    private ForgivingXml() {
    }

    /** Returns well-formed XML text, or null when the input holds no element at all. */
    static String rewrite(String text, List<String> repairs) {
        Document doc = Jsoup.parse(text, "", Parser.xmlParser());
        doc.childNodes().stream().filter(DocumentType.class::isInstance).toList().forEach(n -> n.remove());
        Element root = doc.children().isEmpty() ? null : doc.child(0);
        if (root == null) {
            return null;
        }
        if (doc.children().size() > 1) {
            repairs.add("ignored " + (doc.children().size() - 1) + " elements after the root element");
            for (int i = doc.children().size() - 1; i > 0; i--) {
                doc.child(i).remove();
            }
        }
        bindUndeclaredPrefixes(root, repairs);
        root.ownerDocument().outputSettings()
                .syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml)
                .charset("UTF-8")
                .prettyPrint(false);
        return root.outerHtml();
    }

    private static void bindUndeclaredPrefixes(Element root, List<String> repairs) {
        Set<String> declared = new LinkedHashSet<>();
        Set<String> used = new LinkedHashSet<>();
        for (Element e : root.getAllElements()) {
            addPrefix(e.tagName(), used);
            for (Attribute a : e.attributes()) {
                if (a.getKey().startsWith("xmlns:")) {
                    declared.add(a.getKey().substring(6));
                } else {
                    addPrefix(a.getKey(), used);
                }
            }
        }
        used.removeAll(declared);
        used.remove("xml");
        used.remove("xmlns");
        for (String prefix : used) {
            root.attr("xmlns:" + prefix, "urn:vigie:undeclared:" + prefix);
        }
        if (!used.isEmpty()) {
            repairs.add("bound undeclared namespace prefixes " + used);
        }
    }

    private static void addPrefix(String name, Set<String> prefixes) {
        int colon = name.indexOf(':');
        if (colon > 0) {
            prefixes.add(name.substring(0, colon));
        }
    }
}
