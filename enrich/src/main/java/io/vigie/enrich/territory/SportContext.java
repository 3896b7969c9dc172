package io.vigie.enrich.territory;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Football (or other team sport) vocabulary and territory angles found in a text.
 *
 * @param football  the text reads as a sports story
 * @param sportCues the words that made it one
 * @param angles    what makes a sports story about the territory (violence, finances, the stadium as a venue)
 */
record SportContext(boolean football, List<String> sportCues, List<String> angles) {
    private static final Set<String> ENGLISH_ONLY_ANGLES = Set.of("sale");
    private static final Set<String> SALE_DETERMINERS = Set.of("the", "a", "for", "club", "its", "their");
    private static final Pattern SCORE = Pattern.compile("(?<![\\d:.,/])\\d{1,2} ?[-–:] ?\\d{1,2}(?![\\d:.,/]| ?h| ?Uhr| ?[ap]m)");

    /**
     * @param bare a headline with no text of its own: a club named alone there is almost always a result,
     *             a transfer or a line-up, so the club needs no further sport word
     */
    static SportContext of(List<PhraseTrie.Hit<Cues.Cue>> cueHits, List<PhraseTrie.Hit<Alias>> accepted,
                           List<Token> tokens, String title, String body, String language, boolean bare) {
        String raw = (title == null ? "" : title) + "\n" + body;
        Set<String> sport = new LinkedHashSet<>();
        Set<String> angles = new LinkedHashSet<>();
        boolean role = false;
        for (PhraseTrie.Hit<Cues.Cue> hit : cueHits) {
            switch (hit.payload().category()) {
                case SPORT -> sport.add(hit.payload().phrase());
                case ROLE -> {
                    sport.add(hit.payload().phrase());
                    role = true;
                }
                case ANGLE -> {
                    // "sale" is a sale in English but "rises" in Italian and "goes out" in Spanish: with no language,
                    // only a determiner before it ("the sale", "for sale") makes it the noun
                    if (!ENGLISH_ONLY_ANGLES.contains(hit.payload().phrase()) || "en".equals(language)
                            || (language == null && hit.start() > 0
                            && SALE_DETERMINERS.contains(tokens.get(hit.start() - 1).norm()))) {
                        angles.add(hit.payload().phrase());
                    }
                }
                default -> { }
            }
        }
        Matcher score = SCORE.matcher(raw);
        if (score.find()) {
            sport.add("score " + score.group());
        }
        if ("fr".equals(language) && tokens.stream().anyMatch(t -> t.norm().equals("but"))) {
            sport.add("but");
        }
        boolean club = accepted.stream().anyMatch(h -> h.payload().entry().kind() == Kind.CLUB);
        // a player's role or a transfer word is football on its own ("Marseille ready to offer new deal to
        // veteran goalkeeper"); other sport words need a second one or the club
        int points = sport.size() + (role ? 1 : 0);
        // a result word between two cities in a headline is a match: "Marseille s'incline à Monaco", "fires
        // Marseille past Nantes"; further down, cities and rankings ("classement") are too common to count
        boolean titleScore = title != null && SCORE.matcher(title).find();
        String rival = titleScore || titleHasSport(cueHits, accepted, tokens) ? rivalCity(cueHits, tokens) : null;
        if (rival != null) {
            sport.add("opponent " + rival);
            points++;
        }
        boolean football = points >= 2 || (club && (points >= 1 || bare));
        return new SportContext(football, List.copyOf(sport), List.copyOf(angles));
    }

    private static boolean titleHasSport(List<PhraseTrie.Hit<Cues.Cue>> cueHits, List<PhraseTrie.Hit<Alias>> accepted,
                                         List<Token> tokens) {
        boolean cue = cueHits.stream().anyMatch(h -> tokens.get(h.start()).section() == Section.TITLE
                && (h.payload().category() == Cues.Category.SPORT || h.payload().category() == Cues.Category.ROLE));
        return cue || accepted.stream().anyMatch(h -> h.payload().entry().kind() == Kind.CLUB
                && tokens.get(h.start()).section() == Section.TITLE);
    }

    /** A capitalised city outside the territory in the title. */
    private static String rivalCity(List<PhraseTrie.Hit<Cues.Cue>> cueHits, List<Token> tokens) {
        for (PhraseTrie.Hit<Cues.Cue> hit : cueHits) {
            if (hit.payload().category() == Cues.Category.CITY && tokens.get(hit.start()).capitalised()
                    && tokens.get(hit.start()).section() == Section.TITLE) {
                return tokens.get(hit.start()).surface();
            }
        }
        return null;
    }
}
