package io.vigie.dashboards.query;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigie.dashboards.savedobject.JsonText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates the KQL subset our saved objects are written in — clauses {@code [not] field : value} joined by
 * {@code and} — to the Elasticsearch query Kibana sends. Anything else is refused, so a panel written in richer
 * KQL fails the query tests instead of being silently mistranslated.
 */
public final class Kql {
    private static final Pattern CLAUSE = Pattern.compile(
            "\\s*(not\\s+)?([A-Za-z_@][A-Za-z0-9_.@]*)\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|[^\\s\"()]+)\\s*");

    private Kql() {
    }

    /** @return a bool query; {@code match_all} for a blank query */
    public static ObjectNode toQuery(String kql) {
        ObjectNode query = JsonText.object();
        if (kql == null || kql.isBlank()) {
            query.putObject("match_all");
            return query;
        }
        ObjectNode bool = query.putObject("bool");
        for (String clause : kql.split("(?i)\\s+and\\s+")) {
            Matcher m = CLAUSE.matcher(clause);
            if (!m.matches()) {
                throw new IllegalArgumentException("unsupported KQL (only [not] field : value [and ...]): " + kql);
            }
            String value = m.group(3);
            if (value.startsWith("\"")) {
                value = value.substring(1, value.length() - 1).replaceAll("\\\\(.)", "$1");
            }
            ObjectNode match = JsonText.object();
            // KQL field:value is a match query: term-like on keywords and booleans, analysed on text.
            match.putObject("match").putObject(m.group(2)).put("query", value);
            ArrayNode target = bool.withArray(m.group(1) == null ? "filter" : "must_not");
            target.add(match);
        }
        return query;
    }
}
