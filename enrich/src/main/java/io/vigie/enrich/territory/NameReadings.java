package io.vigie.enrich.territory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Readings of a territory name that are not the place, decided from the words around it:
 * a surname ("Hans-Joachim Marseille"), a street or a business elsewhere ("rue de Marseille" in Lyon,
 * "Hotel Marsella" in Gijón), a landform of another region ("calanques de Piana"), or the football club
 * ("el Marsella", "del Marsiglia", "Marseille winger"). Immutable after construction.
 */
final class NameReadings {
    private static final String MARSEILLE = "13055";
    private static final Set<String> SAINT = Set.of("saint", "sainte", "st", "ste", "san", "santa", "sankt", "santo");
    /** Street words written before the name, optionally followed by de/d/di/del. */
    private static final Set<String> STREET_BEFORE = Set.of("rue", "avenue", "av", "boulevard", "bd", "quai", "allee",
            "allees", "impasse", "calle", "avenida", "viale", "corso", "paseo", "vicolo");
    /** "in via Marsiglia" is an address; "flights via Marseille" is a route, so "via" needs one of these before. */
    private static final Set<String> VIA_PREPOSITIONS = Set.of("in", "di", "da", "su", "della", "nella", "sulla",
            "alla", "dalla", "e");
    private static final Set<String> STREET_LINK = Set.of("de", "d", "di", "del", "du");
    /** A capitalised business word right before the name: the business is named after the city. */
    private static final Set<String> BUSINESS = Set.of("hotel", "hostal", "restaurant", "restaurante", "ristorante",
            "cafe", "bar", "brasserie", "pizzeria", "trattoria", "albergo", "pension", "cinema", "cine", "boulangerie");
    /** Masculine articles of Spanish and Italian: cities take none, clubs do ("el Marsella", "del Marsiglia"). */
    private static final Set<String> CLUB_ARTICLES = Set.of("el", "del", "al", "il", "dal", "col", "nel", "sul");
    /** Player and staff words that, right after the name, make it the club ("Marseille winger"). */
    private static final Set<String> CLUB_ROLES = Set.of("winger", "goalkeeper", "keeper", "striker", "forward",
            "defender", "midfielder", "boss", "manager", "captain", "playmaker", "fullback",
            "stürmer", "sturmer", "trainer", "torwart", "verteidiger");
    /** Landforms and landmarks whose generic name other places share ("calanques de Piana", "Vieux-Port de Montréal"). */
    private static final Set<String> LANDFORMS = Set.of("calanque", "calanques", "calanche", "calanchi", "calanca", "port");
    /** Street words written after the name ("Marseiller Straße", "Marseille Street"). */
    private static final Set<String> STREET_AFTER = Set.of("strasse", "str", "platz", "allee", "weg", "gasse",
            "street", "road", "lane");
    /** Articles before a lower-case business word: "el hotel Marsella", "l'hôtel Marseille". */
    private static final Set<String> ARTICLES = Set.of("el", "la", "le", "l", "the", "il", "lo", "das", "der", "die", "un",
            "une", "a", "an", "uno", "una");
    private static final Set<String> OF = Set.of("de", "d", "di", "of", "del", "della", "von", "du");

    private final Set<String> givenNames;

    private NameReadings(Set<String> givenNames) {
        this.givenNames = Set.copyOf(givenNames);
    }

    static NameReadings load() {
        String resource = "/territory/given_names.txt";
        InputStream in = NameReadings.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("gazetteer resource " + resource + " is not on the classpath");
        }
        Set<String> names = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(Normalizer.fold(line.strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return new NameReadings(names);
    }

    /**
     * Why this hit does not name the place, or null if it may.
     *
     * @param territoryStarts token indexes where another territory name starts (a calanque of the park
     *                        is followed by one: "calanque de Sugiton", "calanques de Cassis")
     */
    String nonPlace(List<Token> tokens, PhraseTrie.Hit<Alias> hit, Set<Integer> territoryStarts) {
        Entry e = hit.payload().entry();
        if (e.kind() == Kind.COMMUNE) {
            if (isSurname(tokens, hit)) {
                return "surname";
            }
            if (isStreet(tokens, hit) || isStreetAfter(tokens, hit)) {
                return "street name";
            }
            if (isBusiness(tokens, hit)) {
                return "business named after it";
            }
        }
        if (e.kind() == Kind.DEMONYM && isStreetAfter(tokens, hit)) {
            return "street name";
        }
        if (e.kind() == Kind.ENTITY && isLandformElsewhere(tokens, hit, territoryStarts)) {
            return "landform elsewhere";
        }
        return null;
    }

    /** "el Marsella", "La Juventus pensa a un attaccante del Marsiglia", "Marseille winger". */
    boolean isClub(List<Token> tokens, PhraseTrie.Hit<Alias> hit) {
        Entry e = hit.payload().entry();
        if (e.kind() != Kind.COMMUNE || !MARSEILLE.equals(e.inseeCode()) || hit.end() - hit.start() != 1) {
            return false;
        }
        Token before = previous(tokens, hit.start());
        if (before != null && CLUB_ARTICLES.contains(before.norm())) {
            return true;
        }
        int next = hit.end();
        if (next < tokens.size() && tokens.get(next).norm().equals("s") && !tokens.get(next).boundaryBefore()) {
            next++;
        }
        return next < tokens.size() && !tokens.get(next).boundaryBefore()
                && tokens.get(next).section() == tokens.get(hit.start()).section()
                && CLUB_ROLES.contains(tokens.get(next).norm());
    }

    private boolean isSurname(List<Token> tokens, PhraseTrie.Hit<Alias> hit) {
        Token before = previous(tokens, hit.start());
        if (before == null || !before.capitalised() || !givenNames.contains(before.norm())) {
            return false;
        }
        Token twoBefore = previous(tokens, hit.start() - 1);
        return twoBefore == null || !SAINT.contains(twoBefore.norm());
    }

    private static boolean isStreet(List<Token> tokens, PhraseTrie.Hit<Alias> hit) {
        Token before = previous(tokens, hit.start());
        if (before != null && STREET_BEFORE.contains(before.norm())) {
            return true;
        }
        if (before != null && before.norm().equals("via")) {
            Token twoBefore = previous(tokens, hit.start() - 1);
            return twoBefore != null && VIA_PREPOSITIONS.contains(twoBefore.norm());
        }
        if (before != null && STREET_LINK.contains(before.norm())) {
            Token twoBefore = previous(tokens, hit.start() - 1);
            if (twoBefore != null && STREET_BEFORE.contains(twoBefore.norm())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBusiness(List<Token> tokens, PhraseTrie.Hit<Alias> hit) {
        Token before = previous(tokens, hit.start());
        if (before == null || !BUSINESS.contains(before.norm())) {
            return false;
        }
        Token article = previous(tokens, hit.start() - 1);
        return before.capitalised() || (article != null && ARTICLES.contains(article.norm()));
    }

    /** "Marseiller Straße", "Marseille Road": a street word right after the name, in the same clause. */
    private static boolean isStreetAfter(List<Token> tokens, PhraseTrie.Hit<Alias> hit) {
        int next = hit.end();
        return next < tokens.size() && !tokens.get(next).boundaryBefore()
                && tokens.get(next).section() == tokens.get(hit.start()).section()
                && tokens.get(next).capitalised() && STREET_AFTER.contains(tokens.get(next).norm());
    }

    /** "calanques de Piana", "Corsica's calanques": the landform word followed or preceded by another place. */
    private static boolean isLandformElsewhere(List<Token> tokens, PhraseTrie.Hit<Alias> hit, Set<Integer> territoryStarts) {
        String last = tokens.get(hit.end() - 1).norm();
        if (!LANDFORMS.contains(last)) {
            return false;
        }
        int i = hit.end();
        if (i < tokens.size() && OF.contains(tokens.get(i).norm()) && !tokens.get(i).boundaryBefore()
                && tokens.get(i).section() == tokens.get(hit.start()).section()) {
            int j = i + 1;
            while (j < tokens.size() && j < i + 3 && Set.of("la", "l", "les", "le").contains(tokens.get(j).norm())) {
                j++;
            }
            if (j < tokens.size() && !tokens.get(j).boundaryBefore() && tokens.get(j).capitalised()
                    && !territoryStarts.contains(j) && !territoryStarts.contains(i + 1)) {
                return true;
            }
        }
        if (last.equals("port")) {
            // "France's Marseille-Fos port": a possessive before a port names the country, not another port
            return false;
        }
        Token s = previous(tokens, hit.start());
        Token owner = s != null && s.norm().equals("s") ? previous(tokens, hit.start() - 1) : null;
        return owner != null && owner.capitalised() && !territoryStarts.contains(hit.start() - 2);
    }

    /** A landmark whose name is generic ("Vieux-Port", "calanques"): other cities have one too. */
    static boolean genericLandmark(List<Token> tokens, PhraseTrie.Hit<Alias> hit) {
        return hit.payload().entry().kind() == Kind.ENTITY && LANDFORMS.contains(tokens.get(hit.end() - 1).norm());
    }

    /** The token before {@code index} in the same clause and section, or null. */
    private static Token previous(List<Token> tokens, int index) {
        if (index <= 0 || index >= tokens.size() || tokens.get(index).boundaryBefore()) {
            return null;
        }
        Token before = tokens.get(index - 1);
        return before.section() == tokens.get(index).section() ? before : null;
    }
}
