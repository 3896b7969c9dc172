package io.vigie.dashboards.savedobject;

import java.util.Objects;

/** A saved-object reference: Kibana resolves {@code name} inside the attributes to {@code type}/{@code id}. */
public record Reference(String name, String type, String id) {
    public Reference {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }
}
