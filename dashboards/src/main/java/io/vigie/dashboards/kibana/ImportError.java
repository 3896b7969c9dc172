package io.vigie.dashboards.kibana;

/** One object Kibana refused to import, as listed in the import API's {@code errors[]}. */
public record ImportError(String type, String id, String title, String errorType, String detail) {
    @Override
    public String toString() {
        return type + " " + id + (title.isEmpty() ? "" : " (" + title + ")") + ": " + errorType
                + (detail.isEmpty() ? "" : " " + detail);
    }
}
