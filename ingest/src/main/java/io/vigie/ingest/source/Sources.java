package io.vigie.ingest.source;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The validated list of sources ingest polls: ids are unique. */
public record Sources(List<SourceDefinition> all) {

    public Sources {
        all = List.copyOf(all);
        Set<String> ids = new HashSet<>();
        for (SourceDefinition s : all) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("duplicate source id '" + s.id() + "'");
            }
        }
    }

    public static Sources of(SourceDefinition... sources) {
        return new Sources(List.of(sources));
    }

    public int size() {
        return all.size();
    }
}
