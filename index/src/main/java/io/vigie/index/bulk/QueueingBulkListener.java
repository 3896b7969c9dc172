package io.vigie.index.bulk;

import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import java.util.List;
import java.util.concurrent.BlockingQueue;

/**
 * Both bulk callbacks, turned into events for the consumer thread: {@code KafkaConsumer} is not
 * thread-safe, so offsets are settled and committed there, never here.
 */
final class QueueingBulkListener implements BulkListener<PendingDocument> {
    private final BlockingQueue<BulkEvent> events;
    private final IndexCounters counters;

    QueueingBulkListener(BlockingQueue<BulkEvent> events, IndexCounters counters) {
        this.events = events;
        this.counters = counters;
    }

    @Override
    public void beforeBulk(long executionId, BulkRequest request, List<PendingDocument> contexts) {
        counters.bulkRequest();
    }

    @Override
    public void afterBulk(long executionId, BulkRequest request, List<PendingDocument> contexts,
                          BulkResponse response) {
        if (response.items().size() != contexts.size()) {
            // Cannot tell which document an answer is for: safest is to send them all again.
            events.add(new BulkEvent.Failed(List.copyOf(contexts), new IllegalStateException(
                    "bulk response has " + response.items().size() + " items for " + contexts.size() + " operations")));
            return;
        }
        events.add(new BulkEvent.Answered(List.copyOf(contexts), List.copyOf(response.items())));
    }

    @Override
    public void afterBulk(long executionId, BulkRequest request, List<PendingDocument> contexts, Throwable failure) {
        counters.bulkFailure();
        events.add(new BulkEvent.Failed(List.copyOf(contexts), failure));
    }
}
