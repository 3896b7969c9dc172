package io.vigie.model;

/** WGS84 coordinates, indexed as an Elasticsearch geo_point. */
public record GeoPoint(double lat, double lon) {
    public GeoPoint {
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("not a WGS84 point: " + lat + "," + lon);
        }
    }
}
