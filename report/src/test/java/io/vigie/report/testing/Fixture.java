package io.vigie.report.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-made mentions for weeks 2026-W43..W47 (Europe/Paris). W47 figures are computed by hand in
 * the tests' comments; W43..W46 are ten mentions each, two of them from the BBC, which is silent
 * in W47 (the dead source). W48 is empty.
 */
public final class Fixture {
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    public static final String HOSTILE_TITLE = "<script>alert('x')</script> Marseille & <b>crime</b>";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixture() {
    }

    public record Source(String id, String name, String country, String lang) {
    }

    public static final Source GUARDIAN = new Source("guardian", "The Guardian", "GB", "en");
    public static final Source ELPAIS = new Source("elpais", "El País", "ES", "es");
    public static final Source LEMONDE = new Source("lemonde", "Le Monde", "FR", "fr");
    public static final Source NYT = new Source("nyt", "New York Times", "US", "en");
    public static final Source FAZ = new Source("faz", "FAZ", "DE", "de");
    public static final Source LAPROVENCE = new Source("laprovence", "La Provence", "FR", "fr");
    public static final Source BBC = new Source("bbc", "BBC News", "GB", "en");

    public static List<ObjectNode> documents() {
        List<ObjectNode> docs = new ArrayList<>();
        LocalDate mon47 = LocalDate.of(2026, 11, 16);
        docs.add(doc("a1", mon47, 9, GUARDIAN, "S1", "Marseille tramway expansion wins praise", true, "positive", 0.7,
                List.of("environmental"), List.of("mobility"), List.of("forefront"), "page",
                "The new tramway line is a model for Europe.", "https://guardian.example/tram"));
        docs.add(doc("a2", mon47.plusDays(1), 10, ELPAIS, "S1", "Marseille tramway expansion wins praise", true, "positive", 0.5,
                List.of("environmental"), List.of("mobility"), List.of("forefront"), "page", null, "https://elpais.example/tram"));
        docs.add(doc("a3", mon47.plusDays(1), 11, LEMONDE, "S2", "Tramway : Aix-Marseille mise sur le rail", true, "positive", 0.4,
                List.of("economic"), List.of("mobility"), List.of(), "page", null, "https://lemonde.example/rail"));
        docs.add(doc("a4", mon47.plusDays(2), 12, NYT, "S3", "Marseille housing crisis deepens as tramway delays mount", true,
                "negative", -0.8, List.of("social"), List.of("housing"), List.of("lagging"), "page",
                "Residents say the city is years behind.", "https://nyt.example/housing"));
        docs.add(doc("a5", mon47.plusDays(3), 13, FAZ, "S4", "Tramway in Marseille: what changes", true, "neutral", 0.0,
                List.of("environmental"), List.of("mobility"), List.of(), "page", null, "https://faz.example/tram"));
        docs.add(doc("a6", mon47.plusDays(4), 14, LAPROVENCE, "S5", "Incendie à Marseille : quartier évacué", true, "negative", -0.6,
                List.of("social"), List.of("safety"), List.of(), "page", null, "https://laprovence.example/feu"));
        docs.add(doc("a7", mon47.plusDays(5), 15, GUARDIAN, "S6", HOSTILE_TITLE, true, "negative", -0.4,
                List.of(), List.of(), List.of(), "page", "<img src=x onerror=alert(1)> evidence", "javascript:alert(1)"));
        docs.add(doc("a8", mon47.plusDays(6), 16, LEMONDE, "S7", "Festival à Aix", true, "positive", 0.3,
                List.of(), List.of("culture"), List.of(), "page", null, "https://lemonde.example/festival"));
        docs.add(doc("a9", mon47.plusDays(2), 17, NYT, "S9", "Marseille, Illinois weather", false, null, null,
                List.of(), List.of(), List.of(), "page", null, "https://nyt.example/illinois"));
        docs.add(doc("a10", mon47.plusDays(3), 18, LAPROVENCE, "S8", "Conseil métropolitain", true, null, null,
                List.of(), List.of(), List.of(), "feed", null, "https://laprovence.example/conseil"));

        docs.get(0).putArray("topics").add("tramway");
        docs.get(1).putArray("topics").add("tramway");
        docs.get(3).putArray("topics").add("housing");

        Source[] rotation = {BBC, LAPROVENCE, LEMONDE, NYT, GUARDIAN};
        String[] titles = {"Marseille port traffic rises", "Aix university climbs ranking", "Marseille budget vote",
                "Port economy grows", "Calanques park visitors"};
        String[] labels = {"neutral", "positive", "negative", "positive", "neutral"};
        for (int week = 1; week <= 4; week++) {
            LocalDate monday = mon47.minusWeeks(week);
            for (int i = 0; i < 10; i++) {
                Source s = rotation[i % 5];
                String label = labels[i % 5];
                double score = label.equals("positive") ? 0.5 : label.equals("negative") ? -0.5 : 0.0;
                docs.add(doc("w" + week + "-" + i, monday.plusDays(i % 7), 8 + i, s, "P" + week + "-" + i, titles[i % 5],
                        true, label, score, i % 5 == 3 ? List.of("economic") : List.of(), List.of(), List.of(), "page", null,
                        "https://" + s.id() + ".example/" + week + "/" + i));
            }
        }
        return docs;
    }

    private static ObjectNode doc(String id, LocalDate day, int hour, Source s, String story, String title, boolean relevant,
                                  String label, Double score, List<String> pillars, List<String> themes, List<String> frames,
                                  String textSource, String evidence, String url) {
        ObjectNode d = JSON.createObjectNode();
        d.put("@timestamp", day.atTime(hour, 0).atZone(PARIS).toInstant().toString());
        d.put("id", id);
        d.put("url", url);
        d.put("title", title);
        d.put("lang", s.lang());
        ObjectNode src = d.putObject("source");
        src.put("id", s.id());
        src.put("name", s.name());
        src.put("country", s.country());
        src.put("audience_weight", s == GUARDIAN || s == NYT ? 3.0 : 1.0);
        d.put("relevant", relevant);
        if (label != null) {
            ObjectNode sentiment = d.putObject("sentiment");
            sentiment.put("label", label);
            sentiment.put("score", score);
            if (evidence != null) {
                sentiment.putArray("evidence").add(evidence);
            }
        }
        pillars.forEach(d.withArray("pillars")::add);
        themes.forEach(d.withArray("themes")::add);
        frames.forEach(d.withArray("frames")::add);
        d.put("story_id", story);
        d.put("text_source", textSource);
        return d;
    }
}
