package io.vigie.report.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigie.report.period.ReportPeriod;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic-looking enriched mentions in the production document shape: ~400 outlets (55% French,
 * the rest from 14 countries, tiered local/national/international with audience weights), stories
 * syndicated across outlets (heavy-tailed: most once, a few dozens of times), sentiment labels and
 * scores correlated within a story, pillars, news themes, transition topics, frames, places, feed-only
 * extractions, unclassified and irrelevant documents, and a burst term in the benchmark week so that
 * the emerging-terms computation has something to find.
 */
final class SyntheticMentions {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String[][] COUNTRIES = {
            {"FR", "fr", "55"}, {"GB", "en", "8"}, {"US", "en", "7"}, {"DE", "de", "5"}, {"ES", "es", "5"},
            {"IT", "it", "5"}, {"BE", "fr", "3"}, {"CH", "fr", "2"}, {"NL", "nl", "2"}, {"CA", "en", "2"},
            {"DZ", "fr", "2"}, {"MA", "fr", "1"}, {"PT", "pt", "1"}, {"JP", "ja", "1"}, {"CN", "zh", "1"}};
    private static final String[] PILLARS = {"economic", "environmental", "social"};
    private static final String[] THEMES = {"economy", "environment", "social", "security", "culture", "sport",
            "tourism", "transport", "research-innovation", "politics", "other"};
    private static final String[] TOPICS = {"hydrogen", "offshore_wind", "housing", "water_drought", "heatwave",
            "wildfire", "port_logistics", "tramway", "metro", "cycling", "solar", "air_quality", "poverty",
            "employment", "startups", "semiconductors", "cruise_ships", "biodiversity", "sea_level", "schools"};
    private static final String[] PLACES = {"Marseille", "Aix-en-Provence", "Aubagne", "La Ciotat", "Martigues",
            "Vitrolles", "Istres", "Salon-de-Provence", "Marignane", "Gardanne", "Fos-sur-Mer", "Cassis"};
    private static final String[] SUBJECTS = {"port", "budget", "housing", "tramway", "metro", "festival",
            "football", "museum", "university", "startup", "airport", "beach", "police", "drought", "heat", "fire",
            "cruise", "hospital", "school", "harbour", "market", "stadium", "opera", "calanques", "hydrogen", "solar",
            "wind", "water", "traffic", "tourism", "election", "council", "strike", "research", "factory", "jobs"};
    private static final String[] VERBS = {"rises", "falls", "expands", "opens", "closes", "wins", "faces",
            "plans", "boosts", "delays", "welcomes", "debates", "launches", "struggles", "celebrates"};
    private static final String BURST = "mistral";

    private final SplittableRandom random;
    private final ReportPeriod burstWeek;
    private final List<String[]> outlets = new ArrayList<>();
    private final int[] countryCumulative = new int[COUNTRIES.length];
    private long storySeq;
    private long docSeq;
    private final List<Story> open = new ArrayList<>();

    private record Story(String id, String title, double tone, String[] pillars, String[] themes, String[] topics,
                         String frame, int remaining) {
    }

    SyntheticMentions(SplittableRandom random, ReportPeriod burstWeek) {
        this.random = random;
        this.burstWeek = burstWeek;
        int acc = 0;
        for (int i = 0; i < COUNTRIES.length; i++) {
            acc += Integer.parseInt(COUNTRIES[i][2]);
            countryCumulative[i] = acc;
        }
        for (int i = 0; i < 400; i++) {
            String[] c = country();
            String tier = c[0].equals("FR") ? (random.nextInt(3) == 0 ? "national" : "local") : "international";
            double weight = switch (tier) {
                case "national" -> 3.0;
                case "international" -> 1.0 + random.nextInt(4);
                default -> 1.0;
            };
            outlets.add(new String[] {"src" + i, "Outlet " + i + " (" + c[0] + ")", c[0], c[1], tier,
                    Double.toString(weight)});
        }
    }

    private String[] country() {
        int r = random.nextInt(countryCumulative[countryCumulative.length - 1]);
        for (int i = 0; i < COUNTRIES.length; i++) {
            if (r < countryCumulative[i]) {
                return COUNTRIES[i];
            }
        }
        return COUNTRIES[0];
    }

    List<ObjectNode> day(LocalDate day, int perDay) {
        List<ObjectNode> docs = new ArrayList<>(perDay);
        boolean burst = !day.isBefore(burstWeek.firstDay()) && !day.isAfter(burstWeek.lastDay());
        for (int i = 0; i < perDay; i++) {
            Story story = nextStory(burst);
            docs.add(doc(day, story));
        }
        return docs;
    }

    // Copies of open stories keep coming for a while; new stories are mostly single.
    private Story nextStory(boolean burst) {
        if (!open.isEmpty() && random.nextInt(100) < 38) {
            int k = random.nextInt(open.size());
            Story s = open.get(k);
            if (s.remaining() <= 1) {
                open.set(k, open.get(open.size() - 1));
                open.remove(open.size() - 1);
            } else {
                open.set(k, new Story(s.id(), s.title(), s.tone(), s.pillars(), s.themes(), s.topics(), s.frame(),
                        s.remaining() - 1));
            }
            return s;
        }
        Story s = newStory(burst);
        int copies = random.nextInt(100) < 75 ? 0 : random.nextInt(100) < 85 ? 1 + random.nextInt(4) : 5 + random.nextInt(40);
        if (copies > 0) {
            open.add(new Story(s.id(), s.title(), s.tone(), s.pillars(), s.themes(), s.topics(), s.frame(), copies));
            if (open.size() > 3000) {
                open.remove(0);
            }
        }
        return s;
    }

    private Story newStory(boolean burst) {
        String id = hex(++storySeq * 0x9E3779B97F4A7C15L);
        String place = PLACES[Math.min(PLACES.length - 1, (int) Math.abs(random.nextGaussian() * 3))];
        String title = place + " " + SUBJECTS[random.nextInt(SUBJECTS.length)] + " " + VERBS[random.nextInt(VERBS.length)]
                + (random.nextBoolean() ? " as " + SUBJECTS[random.nextInt(SUBJECTS.length)] + " "
                + VERBS[random.nextInt(VERBS.length)] : "");
        if (burst && random.nextInt(100) < 4) {
            title = BURST + " " + title;
        }
        int p = random.nextInt(100);
        String[] pillars = p < 40 ? new String[0] : p < 85 ? new String[] {PILLARS[random.nextInt(3)]}
                : new String[] {PILLARS[0], PILLARS[1 + random.nextInt(2)]};
        String[] themes = random.nextInt(100) < 70 ? new String[] {THEMES[random.nextInt(THEMES.length)]}
                : new String[] {THEMES[random.nextInt(THEMES.length)], THEMES[random.nextInt(THEMES.length)]};
        String[] topics = pillars.length == 0 ? new String[0] : new String[] {TOPICS[random.nextInt(TOPICS.length)]};
        int f = random.nextInt(100);
        String frame = pillars.length == 0 ? null : f < 15 ? "forefront" : f < 26 ? "lagging" : null;
        return new Story(id, title, random.nextGaussian() * 0.45 + 0.05, pillars, themes, topics, frame, 0);
    }

    private ObjectNode doc(LocalDate day, Story story) {
        String[] o = outlets.get((int) Math.min(outlets.size() - 1, Math.abs(random.nextGaussian()) * 120));
        ObjectNode d = JSON.createObjectNode();
        long seconds = random.nextLong(86_400);
        d.put("@timestamp", day.atStartOfDay(PARIS).plusSeconds(seconds).toInstant().toString());
        String id = hex(++docSeq * 0xC2B2AE3D27D4EB4FL + 7);
        d.put("id", id);
        d.put("url", "https://" + o[0] + ".example/" + id);
        d.put("canonical_url", "https://" + o[0] + ".example/" + id);
        d.put("title", story.title());
        d.put("lang", o[3]);
        ObjectNode src = d.putObject("source");
        src.put("id", o[0]).put("name", o[1]).put("kind", "rss").put("domain", o[0] + ".example").put("country", o[2])
                .put("language", o[3]).put("tier", o[4]).put("audience_weight", Double.parseDouble(o[5]));
        d.put("first_seen", d.get("@timestamp").asText());
        d.put("text_source", random.nextInt(100) < 5 ? "feed" : "page");
        d.put("schema_version", 2);
        int c = random.nextInt(1000);
        if (c < 10) {
            d.put("story_id", story.id());
            return d; // not classified yet: no relevance, no sentiment
        }
        boolean relevant = c >= 90;
        d.put("relevant", relevant);
        d.put("relevance", relevant ? 0.6 + random.nextDouble() * 0.4 : random.nextDouble() * 0.3);
        ArrayNode places = d.putArray("places");
        places.addObject().put("name", story.title().split(" ")[0]).put("mentions", 1 + random.nextInt(4));
        d.put("story_id", story.id());
        if (!relevant) {
            return d;
        }
        if (random.nextInt(100) >= 3) {
            double score = Math.max(-1, Math.min(1, story.tone() + random.nextGaussian() * 0.2));
            String label = score > 0.15 ? "positive" : score < -0.15 ? "negative" : "neutral";
            d.putObject("sentiment").put("label", label).put("score", (float) score)
                    .put("confidence", 0.5 + random.nextDouble() / 2);
            if (!label.equals("neutral") && random.nextInt(3) == 0) {
                d.putObject("evidence").putArray("sentiment").add(story.title() + ", says " + o[1] + ".");
            }
        }
        for (String p : story.pillars()) {
            d.withArray("pillars").add(p);
        }
        for (String t : story.themes()) {
            d.withArray("themes").add(t);
        }
        for (String t : story.topics()) {
            d.withArray("topics").add(t);
        }
        if (story.frame() != null) {
            d.putArray("frames").add(story.frame());
        }
        return d;
    }

    private static String hex(long v) {
        return HexFormat.of().toHexDigits(v) + HexFormat.of().toHexDigits(Long.rotateLeft(v, 17) ^ 0x5DEECE66DL);
    }
}
