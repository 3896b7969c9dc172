package io.vigie.enrich.eval.blind;

import io.vigie.enrich.Enricher;
import io.vigie.model.MentionId;
import io.vigie.model.RawMention;
import io.vigie.model.SourceRef;
import io.vigie.model.SourceTier;
import io.vigie.model.TextSource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures the production enricher on the blind test set, written by someone who never saw the
 * system's rules or its own labeled data. Items go in the way a feed delivers them (title and lead,
 * no declared language) so that language detection is not helped by hints.
 */
public final class BlindEval {
    private static final Logger LOG = LoggerFactory.getLogger(BlindEval.class);
    private static final Instant PUBLISHED = Instant.parse("2026-11-20T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);

    private final Enricher enricher;

    public BlindEval(Enricher enricher) {
        this.enricher = Objects.requireNonNull(enricher, "enricher");
    }

    public BlindEvalReport evaluate(BlindSet set) {
        List<BlindOutcome> outcomes = new ArrayList<>();
        for (BlindItem item : set.items()) {
            BlindPrediction prediction;
            try {
                prediction = BlindPrediction.of(enricher.enrich(toMention(item)));
            } catch (RuntimeException e) {
                LOG.warn("blind item {} could not be enriched: {}", item.id(), e.toString());
                prediction = BlindPrediction.failed(e.toString());
            }
            outcomes.add(new BlindOutcome(item, prediction));
        }
        return new BlindEvalReport(set.resource(), set.sha256(), outcomes);
    }

    /**
     * A feed-only mention as ingest assembles it (text is the title, then the summary when there is
     * one), with no language hint and no outlet language or country that would give the answer away.
     */
    static RawMention toMention(BlindItem item) {
        String url = "https://blind.vigie.invalid/" + item.id();
        String text = item.lead().isEmpty() ? item.title() : item.title() + "\n\n" + item.lead();
        String sourceId = "blind-" + item.outlet().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return new RawMention(RawMention.SCHEMA_VERSION, MentionId.of(url), url, url, item.title(), text,
                TextSource.FEED, PUBLISHED, null, PUBLISHED, List.of(), List.of(), item.outlet(),
                item.lead().isEmpty() ? null : item.lead(), null, null,
                new SourceRef(sourceId, item.outlet(), "feed", null, null, null, SourceTier.NATIONAL, 1.0));
    }

    /** The run printed by {@code ./vigie eval}: loads the production models once (a few seconds). */
    public static BlindEvalReport run() {
        return run(BlindSet.DEFAULT_FOLDER);
    }

    /** Same run on another frozen blind set, {@code eval/<folder>/items.psv} (e.g. {@code blind2}). */
    public static BlindEvalReport run(String folder) {
        BlindSet set = BlindSet.load(folder);
        return new BlindEval(Enricher.withDefaults(CLOCK)).evaluate(set);
    }

    /** Optional argument: the set's folder under eval/ (default {@code blind}). */
    public static void main(String[] args) {
        System.out.println(run(args.length > 0 ? args[0] : BlindSet.DEFAULT_FOLDER).format());
    }
}
