package io.vigie.enrich.territory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises places and entities of Aix-Marseille-Provence in a text and scores how much the text is
 * about the territory. A pure function: build once (the gazetteer and tries are immutable) and call
 * {@link #annotate} from any number of threads.
 */
public final class TerritoryRecognizer {
    private static final String MARSEILLE = "13055";
    private static final Pattern FIRST_SENTENCE_END = Pattern.compile("[.!?](?=\\s+\\p{Lu}|\\s*$)|\\n\\s*\\n");
    private static final Set<String> LIST_CONNECTORS = Set.of("et", "and", "y", "e", "und", "ou", "or", "o", "a",
            "à", "to", "da", "de", "from", "von", "bis", "nach", "jusqu", "entre", "between", "tra", "fra");
    private static final Set<String> LOCAL_DEPARTMENTS = Set.of("bouches du rhone", "13", "vaucluse", "84", "var", "83");
    /** Weight left to a bare name when the text also names a false friend or a person bearing it. */
    private static final double SHADOW_FACTOR = 0.25;
    /** How far (in words) a municipal word vouches for a commune whose name is also a common word. */
    private static final int MUNICIPAL_WINDOW = 15;
    /**
     * Weight left to a commune named in a headline or lead sentence that another city opens ("Nice veut
     * devenir la ville la plus verte, devant Marseille"): the story is about the first place.
     */
    private static final double OUTSIDE_LED_FACTOR = 0.35;

    private final PhraseTrie<Alias> names;
    private final Cues cues;
    private final NameReadings readings;
    private final Alias clubReading;
    private final TerritorySettings settings;
    private final TerritoryCounters counters = new TerritoryCounters();

    public TerritoryRecognizer(Gazetteer gazetteer, TerritorySettings settings) {
        this.names = new PhraseTrie<>(gazetteer.aliases(), Alias::keys);
        this.cues = Cues.load();
        this.readings = NameReadings.load();
        Entry club = gazetteer.aliases().stream().map(Alias::entry)
                .filter(e -> e.kind() == Kind.CLUB && MARSEILLE.equals(e.inseeCode())).findFirst()
                .orElseThrow(() -> new IllegalStateException("gazetteer has no football club entry for Marseille"));
        this.clubReading = Alias.of(club.name(), club, Policy.STRONG);
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public static TerritoryRecognizer withDefaults() {
        return new TerritoryRecognizer(Gazetteer.load(), TerritorySettings.defaults());
    }

    public TerritoryCounters counters() {
        return counters;
    }

    /**
     * @param title    headline, may be null or empty
     * @param text     lead/body text, may be null or empty
     * @param language ISO 639-1 code of the text, may be null (only sharpens a few cues)
     * @param source   source domain or name, may be null (a local outlet adds a small prior)
     */
    public TerritoryAnnotation annotate(String title, String text, String language, String source) {
        String body = RawContext.withoutEchoedTitle(title, text);
        int leadEnd = leadEnd(body);
        List<Token> tokens = new ArrayList<>(Tokenizer.tokenize(title, Section.TITLE));
        tokens.addAll(Tokenizer.tokenize(body.substring(0, leadEnd), Section.LEAD));
        List<Token> bodyTokens = Tokenizer.tokenize(body.substring(leadEnd), Section.BODY);
        tokens.addAll(bodyTokens);

        List<PhraseTrie.Hit<Alias>> hits = names.findAll(tokens, Alias::fitsCase);
        List<PhraseTrie.Hit<Cues.Cue>> cueHits = cues.find(tokens);
        List<String> evidence = new ArrayList<>();
        boolean local = source != null && isLocal(source);
        Set<String> shadow = new HashSet<>();
        List<PhraseTrie.Hit<Alias>> accepted = accept(hits, tokens, cueHits, title, body, leadEnd, local, shadow, evidence);

        SportContext sport = SportContext.of(cueHits, accepted, tokens, title, body, language, body.isBlank());
        double lengthFactor = Math.min(1.0, Math.sqrt((double) settings.referenceBodyTokens() / Math.max(1, bodyTokens.size())));

        Map<Entry, Integer> seen = new HashMap<>();
        Map<Entry, double[]> contribution = new LinkedHashMap<>();
        Set<String> listed = new LinkedHashSet<>();
        Set<String> led = new LinkedHashSet<>();
        Set<String> ranked = new LinkedHashSet<>();
        double s = 0;
        for (PhraseTrie.Hit<Alias> hit : accepted) {
            Entry e = hit.payload().entry();
            Token first = tokens.get(hit.start());
            double w = e.kind() == Kind.CLUB && sport.football() ? 0.8 : e.kind().weight();
            w *= switch (first.section()) {
                case TITLE -> settings.titleWeight();
                case LEAD -> settings.leadWeight();
                case BODY -> settings.bodyWeight() * lengthFactor;
            };
            if ((e.kind() == Kind.COMMUNE || e.kind() == Kind.DEMONYM)
                    && inList(hit, tokens, cueHits, Cues.Category.CITY)) {
                w *= settings.listFactor();
                listed.add(e.name());
            } else if ((e.kind() == Kind.COMMUNE || e.kind() == Kind.DEMONYM) && ledByOutsidePlace(hit, tokens, cueHits, accepted)) {
                w *= OUTSIDE_LED_FACTOR;
                led.add(e.name());
            }
            if (e.kind() == Kind.ENTITY && inList(hit, tokens, cueHits, Cues.Category.RIVAL)) {
                w *= settings.listFactor();
                ranked.add(e.name());
            }
            if (shadowed(hit, shadow)) {
                w *= SHADOW_FACTOR;
            }
            int k = seen.merge(e, 1, Integer::sum);
            w /= k;
            s += w;
            contribution.computeIfAbsent(e, x -> new double[2]);
            contribution.get(e)[0]++;
            contribution.get(e)[1] += w;
        }
        contribution.forEach((e, c) -> {
            if (e.kind() != Kind.CUE) {
                evidence.add(0, String.format(Locale.ROOT, "%s %s x%d (+%.2f)",
                        e.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), e.name(), (int) c[0], c[1]));
            }
        });
        listed.forEach(n -> evidence.add("in a list with cities outside the territory: " + n));
        led.forEach(n -> evidence.add("named after a city outside the territory that the sentence is about: " + n));
        ranked.forEach(n -> evidence.add("listed among its competitors: " + n));
        if (shadow.size() > 0 && accepted.stream().anyMatch(h -> shadowed(h, shadow))) {
            evidence.add("bare name shadowed by a false friend or a person's name (x" + SHADOW_FACTOR + ")");
        }
        if (local) {
            s += settings.localSourcePrior();
            evidence.add("local source " + source + " (+" + settings.localSourcePrior() + ")");
        }
        double relevance = s / (s + 1.0);
        boolean clubOnly = sport.football() && sport.angles().isEmpty();
        if (sport.football()) {
            evidence.add(clubOnly ? "club-only football report (cues: " + String.join(", ", sport.sportCues()) + ")"
                    : "football story with a territory angle: " + String.join(", ", sport.angles()));
        }
        if (clubOnly) {
            relevance = Math.min(relevance, settings.clubOnlyCap());
        }
        relevance = Math.round(relevance * 1000) / 1000.0;
        boolean relevant = relevance >= settings.threshold();
        counters.record(relevant, clubOnly, evidence);
        return new TerritoryAnnotation(relevant, relevance, places(accepted, clubOnly), entities(accepted), evidence);
    }

    /**
     * The territory names accepted in one text, with their character offsets, using the same rules as
     * {@link #annotate} (false friends, homonyms, context) but without touching the counters.
     */
    public List<NameSpan> nameSpans(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Token> tokens = Tokenizer.tokenize(text, Section.BODY);
        List<PhraseTrie.Hit<Alias>> hits = names.findAll(tokens, Alias::fitsCase);
        List<PhraseTrie.Hit<Cues.Cue>> cueHits = cues.find(tokens);
        List<NameSpan> spans = new ArrayList<>();
        for (PhraseTrie.Hit<Alias> hit : accept(hits, tokens, cueHits, "", text, 0, false, new HashSet<>(), new ArrayList<>())) {
            Entry e = hit.payload().entry();
            if (e.kind() == Kind.CUE || e.kind() == Kind.MEDIA) {
                continue;
            }
            boolean listed = (e.kind() == Kind.COMMUNE || e.kind() == Kind.DEMONYM)
                    && inList(hit, tokens, cueHits, Cues.Category.CITY);
            spans.add(new NameSpan(tokens.get(hit.start()).start(), tokens.get(hit.end() - 1).end(), e.name(), e.kind(), listed));
        }
        return List.copyOf(spans);
    }

    /**
     * Keeps the hits that name the territory. First the readings that are not the place (false friends,
     * common words, homonyms, surnames, streets, businesses, the club), then the context check against
     * what survived, so a rejected name never vouches for another.
     *
     * @param shadow receives the words of false friends and surnames found, whose bare repetitions weigh less
     */
    private List<PhraseTrie.Hit<Alias>> accept(List<PhraseTrie.Hit<Alias>> hits, List<Token> tokens,
                                               List<PhraseTrie.Hit<Cues.Cue>> cueHits, String title, String body,
                                               int leadEnd, boolean localSource, Set<String> shadow,
                                               List<String> evidence) {
        boolean aixFalseFriend = hits.stream().anyMatch(h -> h.payload().entry().kind() == Kind.FALSE_FRIEND
                && h.payload().entry().name().contains("Aix"));
        Set<Integer> territoryStarts = new HashSet<>();
        for (PhraseTrie.Hit<Alias> hit : hits) {
            if (hit.payload().entry().kind() != Kind.FALSE_FRIEND) {
                territoryStarts.add(hit.start());
            }
        }
        List<PhraseTrie.Hit<Alias>> kept = new ArrayList<>();
        for (PhraseTrie.Hit<Alias> hit : hits) {
            Alias alias = hit.payload();
            Entry e = alias.entry();
            String surface = surface(tokens, hit);
            if (e.kind() == Kind.FALSE_FRIEND) {
                evidence.add("false friend: " + surface + " (" + e.name() + ")");
                shadow.addAll(alias.keys());
                continue;
            }
            if (alias.policy().needsCapital && !tokens.get(hit.start()).capitalised()) {
                evidence.add("common word: " + surface);
                continue;
            }
            String homonym = e.kind() == Kind.COMMUNE && alias.policy().needsContext
                    ? homonymQualifier(tokens, hit, title, body, leadEnd) : null;
            if (homonym != null) {
                evidence.add("homonym elsewhere in France: " + surface + " (" + homonym + ")");
                continue;
            }
            String elsewhere = e.kind() == Kind.COMMUNE ? qualifiedElsewhere(hit, tokens, cueHits) : null;
            if (elsewhere == null && (e.kind() == Kind.COMMUNE || e.kind() == Kind.ENTITY)) {
                String text = sectionText(tokens.get(hit.end() - 1).section(), title, body, leadEnd);
                Token last = tokens.get(hit.end() - 1);
                if (RawContext.compoundElsewhere(text, last) && !completesTerritoryName(text, last)) {
                    elsewhere = "part of a longer place name";
                } else if (RawContext.styleSuffix(text, last)) {
                    elsewhere = "a style named after it";
                }
            }
            if (elsewhere != null) {
                evidence.add("another place of that name: " + surface + " (" + elsewhere + ")");
                continue;
            }
            if (aixFalseFriend && alias.keys().equals(List.of("aix"))) {
                evidence.add("bare 'Aix' in a text naming another Aix");
                continue;
            }
            String reading = readings.nonPlace(tokens, hit, territoryStarts);
            if (reading == null && e.kind() == Kind.DEMONYM && cueHits.stream()
                    .anyMatch(c -> c.payload().category() == Cues.Category.PRODUCT)) {
                reading = "a dish or product";
            }
            if (reading != null) {
                evidence.add("not the place (" + reading + "): " + surface);
                if (reading.equals("surname")) {
                    shadow.addAll(alias.keys());
                }
                continue;
            }
            if (readings.isClub(tokens, hit)) {
                evidence.add("the club, not the city: " + surface);
                hit = new PhraseTrie.Hit<>(hit.start(), hit.end(), clubReading);
            }
            kept.add(hit);
        }
        boolean otherCity = cueHits.stream().anyMatch(c -> c.payload().category() == Cues.Category.CITY
                && tokens.get(c.start()).capitalised());
        List<PhraseTrie.Hit<Alias>> accepted = new ArrayList<>();
        for (PhraseTrie.Hit<Alias> hit : kept) {
            if (hit.payload().policy().needsContext && !localSource
                    && !hasContext(hit, kept, tokens, otherCity) && !municipal(hit, cueHits)
                    && !dateline(hit, tokens, title, body, leadEnd)
                    && !anchored(hit, cueHits) && !venueInTrouble(hit, cueHits)
                    && !commonWordDateline(hit, tokens, cueHits, shadow, title, body, leadEnd)) {
                evidence.add("no territory context for: " + surface(tokens, hit));
                continue;
            }
            if (NameReadings.genericLandmark(tokens, hit) && ledByOutsidePlace(hit, tokens, cueHits, accepted)) {
                evidence.add("a landmark of the city the sentence is about: " + surface(tokens, hit));
                continue;
            }
            accepted.add(hit);
        }
        return accepted;
    }

    /**
     * Another territory mention that vouches for an ambiguous one: an unambiguous name (including the full
     * form of the same place: "Fos-sur-Mer" for "Fos"), the club for a venue ("OM" for "Vélodrome"), or a
     * second, different ambiguous name ("Quartiers Nord" and "15e arrondissement") unless the text names
     * a city outside the territory, where numbered arrondissements and quarter names also exist. Two
     * different names of one entry also count ("calanque" and "Port-Pin").
     */
    private static boolean hasContext(PhraseTrie.Hit<Alias> hit, List<PhraseTrie.Hit<Alias>> kept, List<Token> tokens,
                                      boolean otherCity) {
        Entry self = hit.payload().entry();
        for (PhraseTrie.Hit<Alias> other : kept) {
            Alias a = other.payload();
            Kind k = a.entry().kind();
            if (other == hit || k == Kind.FALSE_FRIEND || k == Kind.MEDIA) {
                continue;
            }
            if (k == Kind.CLUB) {
                if (self.kind() == Kind.ENTITY) {
                    return true;
                }
                continue;
            }
            if (!a.policy().needsContext) {
                return true;
            }
            boolean bothNumbered = (self.kind() == Kind.ARRONDISSEMENT || self.kind() == Kind.QUARTIER)
                    && (k == Kind.ARRONDISSEMENT || k == Kind.QUARTIER);
            boolean another = !a.entry().equals(self) || !a.keys().equals(hit.payload().keys());
            if (another && !otherCity && !bothNumbered && properName(tokens, hit)
                    && properName(tokens, other)) {
                return true;
            }
        }
        return false;
    }

    /** Written like a name ("Quartiers Nord", "15e arrondissement"), not a common word ("panier", "la métropole"). */
    private static boolean properName(List<Token> tokens, PhraseTrie.Hit<Alias> hit) {
        Token first = tokens.get(hit.start());
        return first.capitalised() || Character.isDigit(first.surface().codePointAt(0));
    }

    /** "la municipalité de Cassis", "Rognes, village du pays d'Aix": a capitalised common word used as a town. */
    private static boolean municipal(PhraseTrie.Hit<Alias> hit, List<PhraseTrie.Hit<Cues.Cue>> cueHits) {
        if (hit.payload().entry().kind() != Kind.COMMUNE || hit.payload().policy() != Policy.CAPITAL_CONTEXT) {
            return false;
        }
        for (PhraseTrie.Hit<Cues.Cue> cue : cueHits) {
            if (cue.payload().category() == Cues.Category.MUNICIPAL
                    && Math.abs(cue.start() - hit.start()) <= MUNICIPAL_WINDOW) {
                return true;
            }
        }
        return false;
    }

    /**
     * "STMicroelectronics agrandit son site de Rousset", "Trets (Bouches-du-Rhône)", "près d'Aix": a word that is
     * not a name but ties an ambiguous commune to the territory, anywhere in the text.
     */
    private static boolean anchored(PhraseTrie.Hit<Alias> hit, List<PhraseTrie.Hit<Cues.Cue>> cueHits) {
        return hit.payload().entry().kind() == Kind.COMMUNE
                && cueHits.stream().anyMatch(c -> c.payload().category() == Cues.Category.ANCHOR);
    }

    /**
     * "Krawalle vor dem Vélodrome", "le Vélodrome sanctionné d'un huis clos": a venue of the territory named with
     * a sports story's territory angle (clashes, sanctions, ultras) is the stadium, not a cycling track.
     */
    private static boolean venueInTrouble(PhraseTrie.Hit<Alias> hit, List<PhraseTrie.Hit<Cues.Cue>> cueHits) {
        Entry e = hit.payload().entry();
        return e.kind() == Kind.ENTITY && e.type().contains("venue")
                && cueHits.stream().anyMatch(c -> c.payload().category() == Cues.Category.ANGLE);
    }

    /**
     * "Pertuis : l'eau du robinet...", "Rousset : 300 recrutements": a commune whose name is also a common word,
     * capitalised and opening a headline as its dateline, is the place, unless the text names one of its false
     * friends, a recipe or drink ("crème de cassis", "Cassis: the blackcurrant liqueur"), the word in lower case,
     * or a city or region elsewhere ("Cassis : la récolte... Les producteurs bourguignons").
     */
    private static boolean commonWordDateline(PhraseTrie.Hit<Alias> hit, List<Token> tokens,
                                              List<PhraseTrie.Hit<Cues.Cue>> cueHits, Set<String> shadow,
                                              String title, String body, int leadEnd) {
        Token first = tokens.get(hit.start());
        Entry e = hit.payload().entry();
        boolean fullName = hit.payload().keys().equals(Alias.of(e.name(), e, Policy.STRONG).keys());
        if (e.kind() != Kind.COMMUNE || hit.payload().policy() != Policy.CAPITAL_CONTEXT || !fullName
                || first.section() != Section.TITLE || !first.capitalised()) {
            return false;
        }
        if (hit.payload().keys().stream().anyMatch(shadow::contains)
                || cueHits.stream().anyMatch(c -> c.payload().category() == Cues.Category.PRODUCT
                || c.payload().category() == Cues.Category.ELSEWHERE
                || (c.payload().category() == Cues.Category.CITY && tokens.get(c.start()).capitalised()))) {
            return false;
        }
        String key = hit.payload().keys().get(0);
        // the same word in lower case elsewhere ("la récolte de cassis") is the common noun at work
        for (Token t : tokens) {
            if (t != first && t.norm().equals(key) && !t.capitalised()) {
                return false;
            }
        }
        return RawContext.dateline(sectionText(first.section(), title, body, leadEnd), first, tokens.get(hit.end() - 1));
    }

    /** "aciérie de Fos-sur-Mer": the hyphenated rest completes a territory name, so it is no other place. */
    private boolean completesTerritoryName(String sectionText, Token last) {
        int end = last.end();
        while (end < sectionText.length() && !Character.isWhitespace(sectionText.charAt(end))
                && ",;:.!?)".indexOf(sectionText.charAt(end)) < 0) {
            end++;
        }
        List<Token> word = Tokenizer.tokenize(sectionText.substring(last.start(), end), Section.BODY);
        return names.findAll(word, Alias::fitsCase).stream()
                .anyMatch(h -> h.start() == 0 && h.end() == word.size()
                        && h.payload().entry().kind() != Kind.FALSE_FRIEND);
    }

    private static boolean shadowed(PhraseTrie.Hit<Alias> hit, Set<String> shadow) {
        Alias a = hit.payload();
        Kind k = a.entry().kind();
        return (k == Kind.COMMUNE || k == Kind.DEMONYM) && a.keys().size() == 1 && shadow.contains(a.keys().get(0));
    }

    /**
     * "Vitrolles : une usine...": a commune whose name exists elsewhere, opening a headline or lead as its dateline,
     * is the place a local story is filed from (a qualified homonym, "Vitrolles (05) :", was already set aside).
     */
    private static boolean dateline(PhraseTrie.Hit<Alias> hit, List<Token> tokens, String title, String body, int leadEnd) {
        Token first = tokens.get(hit.start());
        Entry e = hit.payload().entry();
        // a short form ("Aix :", "Fos :") is also how other places with that name are filed, and a common word
        // opens a headline the same way ("Cassis : la récolte s'annonce maigre")
        boolean fullName = hit.payload().keys().equals(Alias.of(e.name(), e, Policy.STRONG).keys());
        return e.kind() == Kind.COMMUNE && fullName && hit.payload().policy() == Policy.CONTEXT
                && first.section() != Section.BODY
                && RawContext.dateline(sectionText(first.section(), title, body, leadEnd), first, tokens.get(hit.end() - 1));
    }

    /** "Marseille, Illinois", "Marseilles (Illinois)": a state or country right after the name. */
    private static String qualifiedElsewhere(PhraseTrie.Hit<Alias> hit, List<Token> tokens, List<PhraseTrie.Hit<Cues.Cue>> cueHits) {
        for (PhraseTrie.Hit<Cues.Cue> cue : cueHits) {
            if (cue.payload().category() == Cues.Category.ELSEWHERE && cue.start() == hit.end()
                    && tokens.get(cue.start()).boundaryBefore() && tokens.get(cue.start()).capitalised()
                    && tokens.get(cue.start()).section() == tokens.get(hit.start()).section()) {
                return tokens.get(cue.start()).surface();
            }
        }
        return null;
    }

    private static String sectionText(Section section, String title, String body, int leadEnd) {
        return switch (section) {
            case TITLE -> title == null ? "" : title;
            case LEAD -> body.substring(0, leadEnd);
            case BODY -> body.substring(leadEnd);
        };
    }

    /** "Vitrolles (Hautes-Alpes)", "Charleval (27)": the parenthesis names another department. */
    private static String homonymQualifier(List<Token> tokens, PhraseTrie.Hit<Alias> hit, String title, String body, int leadEnd) {
        Token last = tokens.get(hit.end() - 1);
        String source = sectionText(last.section(), title, body, leadEnd);
        String rest = source.substring(last.end()).stripLeading();
        if (!rest.startsWith("(")) {
            return null;
        }
        int close = rest.indexOf(')');
        String inside = close < 0 ? rest.substring(1) : rest.substring(1, close);
        String folded = String.join(" ", Tokenizer.tokenize(inside, Section.BODY).stream().map(Token::norm).toList());
        return folded.isEmpty() || LOCAL_DEPARTMENTS.contains(folded) ? null : inside.strip();
    }

    /**
     * The name is coordinated with a cue of the category: a city outside the territory ("Paris, Lyon et
     * Marseille") or a competitor ("MSC, Maersk et CMA CGM").
     */
    private static boolean inList(PhraseTrie.Hit<Alias> hit, List<Token> tokens, List<PhraseTrie.Hit<Cues.Cue>> cueHits,
                                  Cues.Category category) {
        for (PhraseTrie.Hit<Cues.Cue> cue : cueHits) {
            if (cue.payload().category() != category || !tokens.get(cue.start()).capitalised()
                    || tokens.get(cue.start()).section() != tokens.get(hit.start()).section()) {
                continue;
            }
            int from = cue.end() <= hit.start() ? cue.end() : hit.end();
            int to = cue.end() <= hit.start() ? hit.start() : cue.start();
            if (to < from || to - from > 2) {
                continue;
            }
            boolean connected = true;
            for (int i = from; i < to; i++) {
                connected &= LIST_CONNECTORS.contains(tokens.get(i).norm());
            }
            if (connected) {
                return true;
            }
        }
        return false;
    }

    /**
     * A capitalised city outside the territory comes first in the hit's title or lead sentence, before any
     * territory name: "Lyon's new metro line will be longer than Marseille's", "Le FC Metz s'impose face à Marseille".
     */
    static boolean ledByOutsidePlace(PhraseTrie.Hit<Alias> hit, List<Token> tokens, List<PhraseTrie.Hit<Cues.Cue>> cueHits,
                                     List<PhraseTrie.Hit<Alias>> accepted) {
        Section section = tokens.get(hit.start()).section();
        if (section == Section.BODY) {
            return false;
        }
        int firstOutside = Integer.MAX_VALUE;
        for (PhraseTrie.Hit<Cues.Cue> cue : cueHits) {
            Token t = tokens.get(cue.start());
            if (cue.payload().category() == Cues.Category.CITY && t.capitalised() && t.section() == section) {
                firstOutside = Math.min(firstOutside, cue.start());
            }
        }
        if (firstOutside > hit.start()) {
            return false;
        }
        for (PhraseTrie.Hit<Alias> other : accepted) {
            Kind k = other.payload().entry().kind();
            if (other.start() < firstOutside && tokens.get(other.start()).section() == section
                    && k != Kind.CUE && k != Kind.MEDIA && k != Kind.FALSE_FRIEND) {
                return false;
            }
        }
        return true;
    }

    private boolean isLocal(String source) {
        String s = source.toLowerCase(Locale.ROOT);
        return settings.localSources().stream().anyMatch(s::contains);
    }

    private static List<PlaceMention> places(List<PhraseTrie.Hit<Alias>> accepted, boolean clubOnly) {
        Map<String, PlaceMention> out = new LinkedHashMap<>();
        for (PhraseTrie.Hit<Alias> hit : accepted) {
            Entry e = hit.payload().entry();
            if (!e.kind().place() || (clubOnly && MARSEILLE.equals(e.inseeCode()))) {
                continue;
            }
            out.merge(e.name() + "|" + e.inseeCode(), new PlaceMention(e.name(), e.inseeCode(), 1, e.lat(), e.lon()),
                    (a, b) -> new PlaceMention(a.name(), a.inseeCode(), a.mentionCount() + 1, a.lat(), a.lon()));
        }
        return List.copyOf(out.values());
    }

    private static List<EntityMention> entities(List<PhraseTrie.Hit<Alias>> accepted) {
        Map<String, EntityMention> out = new LinkedHashMap<>();
        for (PhraseTrie.Hit<Alias> hit : accepted) {
            Entry e = hit.payload().entry();
            if (e.kind().place() || e.kind() == Kind.CUE || e.kind() == Kind.DEMONYM) {
                continue;
            }
            out.merge(e.name(), new EntityMention(e.name(), e.type(), e.inseeCode(), 1),
                    (a, b) -> new EntityMention(a.name(), a.type(), a.inseeCode(), a.mentionCount() + 1));
        }
        return List.copyOf(out.values());
    }

    private static String surface(List<Token> tokens, PhraseTrie.Hit<?> hit) {
        StringBuilder sb = new StringBuilder();
        for (int i = hit.start(); i < hit.end(); i++) {
            sb.append(i > hit.start() ? " " : "").append(tokens.get(i).surface());
        }
        return sb.toString();
    }

    /** End of the first sentence (or paragraph), capped so a wall of text is not all "lead". */
    static int leadEnd(String body) {
        Matcher m = FIRST_SENTENCE_END.matcher(body);
        int end = m.find() ? m.end() : body.length();
        return Math.min(end, Math.min(body.length(), 400));
    }
}
