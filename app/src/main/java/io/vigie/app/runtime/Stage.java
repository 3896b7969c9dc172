package io.vigie.app.runtime;

/** One running stage of the pipeline, owning the clients it created. */
public interface Stage extends AutoCloseable {
    /** ingest, enrich or index. */
    String name();

    /** One human-readable line of counts, for the periodic status output. */
    String statusLine();

    @Override
    void close();
}
