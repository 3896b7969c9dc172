package io.vigie.enrich.analyze;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigie.model.EnrichedMention;
import io.vigie.model.Place;
import io.vigie.model.Sentiment;
import io.vigie.model.Territory;
import io.vigie.model.TerritoryEntity;
import io.vigie.model.Transitions;
import io.vigie.model.json.Json;
import java.io.UncheckedIOException;
import java.util.List;

/** The output line format of {@code vigie analyze} (snake_case, one JSON object per line). */
public final class AnalysisJson {
    /** What a pipeline without a sentiment step reports. */
    private static final Sentiment NONE = new Sentiment(Sentiment.NEUTRAL, 0, 0, Sentiment.NEUTRAL, 0,
            List.of("no sentiment step"));

    private AnalysisJson() {
    }

    public static String line(Analysis a, String storyId) {
        return write(node(a, storyId));
    }

    public static String error(LineError e) {
        ObjectNode out = Json.mapper().createObjectNode();
        if (e.id() != null) {
            out.put("id", e.id());
        }
        out.put("line", e.line());
        out.put("error", e.getMessage());
        return write(out);
    }

    static ObjectNode node(Analysis a, String storyId) {
        EnrichedMention m = a.enriched();
        ObjectNode out = Json.mapper().createObjectNode();
        out.put("id", a.id());
        out.put("lang", m.language().code());
        out.put("lang_confidence", m.language().confidence());
        Territory t = m.territory();
        out.put("relevant", t != null && t.relevant());
        out.put("relevance", t == null ? 0 : t.relevance());
        ArrayNode places = out.putArray("places");
        for (Place p : t == null ? List.<Place>of() : t.places()) {
            ObjectNode place = places.addObject().put("name", p.name()).put("insee_code", p.inseeCode())
                    .put("mentions", p.mentions());
            if (p.location() != null) {
                place.putObject("location").put("lat", p.location().lat()).put("lon", p.location().lon());
            }
        }
        ArrayNode entities = out.putArray("entities");
        for (TerritoryEntity e : t == null ? List.<TerritoryEntity>of() : t.entities()) {
            ObjectNode entity = entities.addObject().put("name", e.name()).put("type", e.type());
            if (e.inseeCode() != null) {
                entity.put("insee_code", e.inseeCode());
            }
            entity.put("mentions", e.mentions());
        }
        Sentiment s = a.sentiment() == null ? NONE : a.sentiment();
        ObjectNode sentiment = out.putObject("sentiment");
        sentiment.put("about", a.sentimentAbout());
        if (a.request().hasTarget()) {
            sentiment.put("target", a.request().target()).put("target_mentions", a.targetMentions());
        }
        sentiment.put("label", s.label()).put("score", s.score()).put("confidence", s.confidence());
        strings(sentiment.putArray("evidence"), s.evidence());
        // the tone is of the whole text: the same whatever the sentiment is about
        Sentiment tone = m.sentiment() == null ? s : m.sentiment();
        out.putObject("tone").put("label", tone.toneLabel()).put("score", tone.toneScore());
        Transitions tr = m.transitions();
        strings(out.putArray("pillars"), tr == null ? List.of() : tr.pillars());
        strings(out.putArray("themes"), tr == null ? List.of() : tr.themes());
        strings(out.putArray("topics"), tr == null ? List.of() : tr.topics());
        strings(out.putArray("frames"), tr == null || tr.frame() == null ? List.of() : List.of(tr.frame()));
        out.put("story_id", storyId == null ? a.id() : storyId);
        return out;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String write(ObjectNode node) {
        try {
            return Json.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write an analysis line", e);
        }
    }
}
