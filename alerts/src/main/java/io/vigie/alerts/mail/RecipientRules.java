package io.vigie.alerts.mail;

import io.vigie.model.AlertEvent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who gets an alert: the default list, plus those of its pillar, plus those of its severity and above
 * (e.g. {@code critical: [direction@...]}).
 */
public record RecipientRules(List<String> defaults, Map<String, List<String>> byPillar,
                             Map<String, List<String>> bySeverity) {
    public RecipientRules {
        defaults = defaults == null ? List.of() : List.copyOf(defaults);
        byPillar = byPillar == null ? Map.of() : Map.copyOf(byPillar);
        bySeverity = bySeverity == null ? Map.of() : Map.copyOf(bySeverity);
        for (String address : all(defaults, byPillar, bySeverity)) {
            if (address == null || !address.matches("[^\\s@<>,;\"]+@[^\\s@<>,;\"]+")) {
                throw new IllegalArgumentException("alerts recipients: not an e-mail address: '" + address + "'");
            }
        }
    }

    public List<String> recipientsFor(AlertEvent alert) {
        Set<String> to = new LinkedHashSet<>(defaults);
        if (alert.pillar() != null) {
            to.addAll(byPillar.getOrDefault(alert.pillar(), List.of()));
        }
        for (var e : bySeverity.entrySet()) {
            if (alert.severity().ordinal() >= io.vigie.model.Severity.fromCode(e.getKey()).ordinal()) {
                to.addAll(e.getValue());
            }
        }
        return List.copyOf(to);
    }

    private static Set<String> all(List<String> d, Map<String, List<String>> p, Map<String, List<String>> s) {
        Set<String> all = new LinkedHashSet<>(d);
        p.values().forEach(all::addAll);
        s.values().forEach(all::addAll);
        return all;
    }
}
