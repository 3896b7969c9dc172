package io.vigie.alerts.aggregate;

import io.vigie.model.EnrichedMention;
import io.vigie.model.LanguageGuess;
import io.vigie.model.RawMention;
import io.vigie.model.Sentiment;
import io.vigie.model.SourceRef;
import io.vigie.model.SourceTier;
import io.vigie.model.Territory;
import io.vigie.model.Transitions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the detector needs from one enriched mention. Missing annotations are "unknown": a mention
 * without a territory decision counts as relevant (every source is a territory search), a mention
 * without sentiment is not negative, one without pillars belongs to the overall series only.
 *
 * @param id        mention id
 * @param storyId   story id, or the mention id when the mention has none
 * @param time      event time: published, else first seen
 * @param relevant  about the territory
 * @param negative  negative toward the territory
 * @param series    {@code all} plus each known pillar
 * @param weight    tier weight x audience weight
 * @param title     title (third-party text)
 * @param url       link
 * @param outlet    outlet name
 * @param country   outlet country
 * @param language  detected language, else the outlet's
 * @param tier      tier code
 * @param fingerprint 64-bit SimHash of the text (16 hex), null when ingest computed none: copies of
 *                  a story a few bits apart are grouped while stories have no id yet
 * @param timeSource how {@code time} was chosen (see {@link EventTime})
 */
public record MentionSignal(String id, String storyId, Instant time, boolean relevant, boolean negative,
                            List<String> series, double weight, String title, String url, String outlet,
                            String country, String language, String tier, String fingerprint,
                            EventTime.Source timeSource) {
    public MentionSignal {
        timeSource = timeSource == null ? EventTime.Source.PUBLISHED : timeSource;
    }

    /** Without fingerprint, dated as published (synthetic streams, tests). */
    public MentionSignal(String id, String storyId, Instant time, boolean relevant, boolean negative,
                         List<String> series, double weight, String title, String url, String outlet,
                         String country, String language, String tier) {
        this(id, storyId, time, relevant, negative, series, weight, title, url, outlet, country, language, tier,
                null, EventTime.Source.PUBLISHED);
    }

    public static final Set<String> PILLARS = Set.of("economic", "environmental", "social");

    public static MentionSignal of(EnrichedMention e) {
        RawMention m = e.mention();
        SourceRef source = m.source();
        Territory territory = e.territory();
        Sentiment sentiment = e.sentiment();
        boolean relevant = territory == null || territory.relevant();
        boolean negative = sentiment != null && Sentiment.NEGATIVE.equalsIgnoreCase(sentiment.label());
        List<String> series = new ArrayList<>();
        series.add("all");
        Transitions transitions = e.transitions();
        if (transitions != null) {
            for (String pillar : transitions.pillars()) {
                String p = pillar == null ? "" : pillar.toLowerCase(Locale.ROOT).strip();
                if (PILLARS.contains(p) && !series.contains(p)) {
                    series.add(p);
                }
            }
        }
        String storyId = e.storyId() == null || e.storyId().isBlank() ? m.id() : e.storyId();
        String language = e.language() != null && e.language().code() != null
                && !LanguageGuess.UNDETERMINED.equals(e.language().code()) ? e.language().code() : source.language();
        EventTime.Resolved time = EventTime.resolve(m.published(), m.firstSeen());
        return new MentionSignal(m.id(), storyId, time.time(), relevant, negative, List.copyOf(series),
                weight(source), m.title(), m.url() != null ? m.url() : m.canonicalUrl(),
                source.name() != null ? source.name() : source.id(), source.country(), language,
                source.tier() == null ? null : source.tier().code(), m.fingerprint(), time.source());
    }

    /** International coverage weighs more than a local blog; audience weight refines within a tier. */
    static double weight(SourceRef source) {
        double tier = tierWeight(source.tier());
        double audience = Math.max(0.1, Math.min(10, source.audienceWeight()));
        return tier * audience;
    }

    static double tierWeight(SourceTier tier) {
        if (tier == null) {
            return 1.0;
        }
        return switch (tier) {
            case INTERNATIONAL -> 2.0;
            case NATIONAL -> 1.5;
            case REGIONAL -> 1.0;
            case LOCAL -> 0.75;
            case SOCIAL -> 0.5;
        };
    }
}
