package io.vigie.dashboards.savedobject;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Field names referenced by the simple {@code field : value} KQL queries we write, for the catalog checks. */
public final class KqlFields {
    private static final Pattern FIELD = Pattern.compile("([A-Za-z_@][A-Za-z0-9_.@]*)\\s*:");

    private KqlFields() {
    }

    public static Set<String> of(String kql) {
        Set<String> fields = new LinkedHashSet<>();
        if (kql == null) {
            return fields;
        }
        Matcher m = FIELD.matcher(kql);
        while (m.find()) {
            fields.add(m.group(1));
        }
        return fields;
    }
}
