package io.vigie.ingest.fetch;

/** HTTP cache validators remembered between polls of a feed. Either may be null. */
public record Validators(String etag, String lastModified) {

    public static final Validators NONE = new Validators(null, null);

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
