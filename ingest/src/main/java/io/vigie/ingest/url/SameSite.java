package io.vigie.ingest.url;

import java.util.Locale;
import java.util.Set;

/**
 * Approximate "same site" test on host names (registrable domain without the public suffix list):
 * a page may only declare a canonical URL on its own site, otherwise a hostile page could claim
 * another outlet's article id and suppress it through dedupe.
 */
public final class SameSite {
    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "net", "org", "gov", "gouv", "ac", "edu", "ne", "or", "go");

    private SameSite() {
    }

    public static boolean same(String hostA, String hostB) {
        if (hostA == null || hostB == null) {
            return false;
        }
        return site(hostA).equals(site(hostB));
    }

    static String site(String host) {
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        if (labels.length <= 2) {
            return String.join(".", labels);
        }
        int keep = labels[labels.length - 1].length() == 2 && SECOND_LEVEL.contains(labels[labels.length - 2]) ? 3 : 2;
        StringBuilder out = new StringBuilder();
        for (int i = labels.length - keep; i < labels.length; i++) {
            if (!out.isEmpty()) {
                out.append('.');
            }
            out.append(labels[i]);
        }
        return out.toString();
    }
}
