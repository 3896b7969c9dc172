package io.vigie.index.bench;

import io.vigie.model.EnrichedMention;
import io.vigie.model.GeoPoint;
import io.vigie.model.LanguageGuess;
import io.vigie.model.MentionId;
import io.vigie.model.Place;
import io.vigie.model.RawMention;
import io.vigie.model.Sentiment;
import io.vigie.model.SourceRef;
import io.vigie.model.SourceTier;
import io.vigie.model.Territory;
import io.vigie.model.TextSource;
import io.vigie.model.Transitions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Realistic enriched mentions for benchmarks: a few hundred outlets with skewed volumes, French-heavy languages,
 * 1-4 kB texts, one story in five syndicated, places with coordinates, sentiment and transitions.
 */
final class SyntheticMentions {
    private static final String[] SENTENCES = {
            "La Métropole Aix-Marseille-Provence a présenté mardi son plan pour le port.",
            "Les travaux du Vieux-Port doivent commencer au printemps et durer dix-huit mois.",
            "Marseille accueille cette semaine un congrès international sur l'hydrogène vert.",
            "Les habitants des quartiers nord dénoncent la hausse des loyers et le manque de logements.",
            "The city of Marseille is betting on offshore wind and green hydrogen at Fos-sur-Mer.",
            "Aix-en-Provence festival draws record crowds despite the heat wave.",
            "La sécheresse frappe la Provence: les restrictions d'eau sont renforcées.",
            "El puerto de Marsella invierte en la electrificación de los muelles para cruceros.",
            "Il porto di Marsiglia punta sull'elettrificazione delle banchine.",
            "Les startups marseillaises lèvent des fonds record dans la santé numérique.",
            "A shooting in the northern districts of Marseille reignited the debate on security.",
            "Le tramway sera prolongé jusqu'à La Ciotat d'ici 2030, selon la Métropole.",
    };
    private static final String[] LANGS = {"fr", "fr", "fr", "fr", "fr", "en", "en", "es", "it", "de"};
    private static final String[] COUNTRIES = {"FR", "FR", "FR", "GB", "US", "ES", "IT", "DE", "BE", "CH"};
    private static final String[] PILLARS = {"economic", "environmental", "social"};
    private static final String[] THEMES = {"economy", "environment", "social", "security", "culture", "sport",
            "tourism", "transport", "research-innovation", "politics", "other"};
    private static final String[] TOPICS = {"hydrogen", "offshore_wind", "housing", "water_drought", "port",
            "tramway", "startups", "heat_wave", "cruise", "wildfire", "jobs", "schools"};
    private static final String[] LABELS = {"positive", "neutral", "negative"};
    private static final Place[] PLACES = {
            new Place("Marseille", "13055", 2, new GeoPoint(43.2965, 5.3698)),
            new Place("Aix-en-Provence", "13001", 1, new GeoPoint(43.5297, 5.4474)),
            new Place("Aubagne", "13005", 1, new GeoPoint(43.2927, 5.5708)),
            new Place("La Ciotat", "13028", 1, new GeoPoint(43.1748, 5.6046)),
            new Place("Martigues", "13056", 1, new GeoPoint(43.4053, 5.0475)),
            new Place("Fos-sur-Mer", "13039", 1, new GeoPoint(43.4376, 4.9446)),
    };

    private final SplittableRandom random;
    private final List<SourceRef> sources = new ArrayList<>();
    private final String prefix;

    SyntheticMentions(long seed, String prefix, int outlets) {
        this.random = new SplittableRandom(seed);
        this.prefix = prefix;
        for (int i = 0; i < outlets; i++) {
            String country = COUNTRIES[i % COUNTRIES.length];
            SourceTier tier = SourceTier.values()[i % 4];
            sources.add(new SourceRef(prefix + "-src-" + i, "Outlet " + i, "feed", "outlet" + i + ".example",
                    country, LANGS[i % LANGS.length], tier, 0.5 + (i % 5)));
        }
    }

    /** Zipf-like outlet choice: a few outlets publish most mentions. */
    private SourceRef outlet() {
        double u = random.nextDouble();
        int i = (int) Math.floor(Math.pow(u, 3) * sources.size());
        return sources.get(Math.min(i, sources.size() - 1));
    }

    EnrichedMention next(int n, Instant at) {
        SourceRef source = outlet();
        String url = "https://" + source.domain() + "/" + prefix + "/" + n;
        int story = random.nextInt(5) == 0 ? n / 7 : n;
        String title = SENTENCES[story % SENTENCES.length].replace(".", "") + " (" + story + ")";
        StringBuilder text = new StringBuilder();
        int sentences = 10 + random.nextInt(30);
        for (int i = 0; i < sentences; i++) {
            text.append(SENTENCES[(story + i * 7) % SENTENCES.length]).append(i % 4 == 3 ? "\n\n" : " ");
        }
        String fingerprint = String.format(Locale.ROOT, "%016x", (long) story * 0x9E3779B97F4A7C15L);
        RawMention raw = new RawMention(RawMention.SCHEMA_VERSION, MentionId.of(url), url, url, title,
                text.toString(), TextSource.PAGE, at, null, at.plusSeconds(60 + random.nextInt(3600)), List.of(),
                List.of(source.language()), source.name(), null, null, fingerprint, source);
        boolean relevant = random.nextInt(10) != 0;
        List<Place> places = new ArrayList<>();
        int nPlaces = random.nextInt(3);
        for (int i = 0; i < nPlaces; i++) {
            Place p = PLACES[Math.min(PLACES.length - 1, (int) (Math.pow(random.nextDouble(), 2) * PLACES.length))];
            if (!places.contains(p)) {
                places.add(p);
            }
        }
        String label = LABELS[random.nextInt(10) < 3 ? 0 : random.nextInt(10) < 7 ? 1 : 2];
        double score = "positive".equals(label) ? 0.2 + 0.8 * random.nextDouble()
                : "negative".equals(label) ? -0.2 - 0.8 * random.nextDouble() : random.nextDouble() * 0.4 - 0.2;
        Sentiment sentiment = random.nextInt(20) == 0 ? null
                : new Sentiment(label, score, 0.6 + 0.4 * random.nextDouble(), label, score, List.of());
        List<String> pillars = new ArrayList<>();
        if (random.nextInt(3) != 0) {
            pillars.add(PILLARS[random.nextInt(PILLARS.length)]);
            if (random.nextInt(5) == 0) {
                String second = PILLARS[random.nextInt(PILLARS.length)];
                if (!pillars.contains(second)) {
                    pillars.add(second);
                }
            }
        }
        List<String> topics = pillars.isEmpty() ? List.of() : List.of(TOPICS[random.nextInt(TOPICS.length)]);
        String frame = pillars.isEmpty() || random.nextInt(2) == 0 ? null
                : random.nextInt(3) == 0 ? Transitions.LAGGING : Transitions.FOREFRONT;
        Transitions transitions = new Transitions(pillars, List.of(THEMES[random.nextInt(THEMES.length)]), topics,
                frame, List.of());
        String lang = random.nextInt(50) == 0 ? "und" : source.language();
        return new EnrichedMention(EnrichedMention.SCHEMA_VERSION, raw, new LanguageGuess(lang, 0.95, "model"),
                new Territory(relevant, relevant ? 0.7 + 0.3 * random.nextDouble() : 0.1, places, List.of(),
                        List.of()), sentiment, transitions, null, at.plusSeconds(120));
    }
}
