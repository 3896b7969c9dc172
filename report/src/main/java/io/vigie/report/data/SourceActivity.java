package io.vigie.report.data;

/** Documents a source brought in the reference windows and in the current one. */
public record SourceActivity(String sourceId, String outlet, long referenceDocuments, long currentDocuments) {
}
