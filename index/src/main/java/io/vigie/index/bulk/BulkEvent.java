package io.vigie.index.bulk;

import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.util.List;

/** What the bulk ingester's thread hands to the consumer thread, which alone touches offsets. */
sealed interface BulkEvent {
    /** Elasticsearch answered; items are aligned with documents. */
    record Answered(List<PendingDocument> documents, List<BulkResponseItem> items) implements BulkEvent {
    }

    /** The request as a whole failed: Elasticsearch unreachable, timed out, or refused it. */
    record Failed(List<PendingDocument> documents, Throwable error) implements BulkEvent {
    }
}
