package io.vigie.enrich.transitions;

import java.util.List;

/**
 * The broad, multi-label news themes of a mention (the vocabulary), coarser than the
 * transition topics and covering news that is about no transition at all (sport, politics,
 * culture). {@link #OTHER} is given only when no other theme applies, so every mention has one.
 */
public final class NewsThemes {
    public static final String ECONOMY = "economy";
    public static final String ENVIRONMENT = "environment";
    public static final String SOCIAL = "social";
    public static final String SECURITY = "security";
    public static final String CULTURE = "culture";
    public static final String SPORT = "sport";
    public static final String TOURISM = "tourism";
    public static final String TRANSPORT = "transport";
    public static final String RESEARCH_INNOVATION = "research-innovation";
    public static final String POLITICS = "politics";
    public static final String OTHER = "other";
    public static final List<String> ALL = List.of(ECONOMY, ENVIRONMENT, SOCIAL, SECURITY, CULTURE, SPORT, TOURISM,
            TRANSPORT, RESEARCH_INNOVATION, POLITICS, OTHER);

    private NewsThemes() {
    }
}
