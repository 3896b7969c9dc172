package io.vigie.dashboards.dataview;

import java.util.Locale;

/** The Elasticsearch field families our panels care about. */
public enum FieldType {
    KEYWORD, TEXT, DATE, NUMBER, BOOLEAN, GEO_POINT;

    /** Maps an Elasticsearch mapping type ("keyword", "float", ...) to its family. */
    public static FieldType ofMapping(String esType) {
        return switch (esType.toLowerCase(Locale.ROOT)) {
            case "keyword", "constant_keyword", "wildcard" -> KEYWORD;
            case "text", "match_only_text" -> TEXT;
            case "date", "date_nanos" -> DATE;
            case "long", "integer", "short", "byte", "double", "float", "half_float", "scaled_float",
                 "unsigned_long" -> NUMBER;
            case "boolean" -> BOOLEAN;
            case "geo_point" -> GEO_POINT;
            default -> throw new IllegalArgumentException("unsupported mapping type: " + esType);
        };
    }

    /** Lens column dataType for a value of this family. */
    public String lensDataType() {
        return switch (this) {
            case KEYWORD, TEXT -> "string";
            case DATE -> "date";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case GEO_POINT -> "geo_point";
        };
    }
}
