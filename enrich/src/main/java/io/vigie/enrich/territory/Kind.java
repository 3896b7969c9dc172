package io.vigie.enrich.territory;

/** What a gazetteer entry names; decides its weight and whether it is a place. */
public enum Kind {
    COMMUNE(1.0, true),
    ARRONDISSEMENT(0.9, true),
    QUARTIER(0.8, true),
    ENTITY(1.0, false),
    /** Olympique de Marseille: weight depends on the sport context. */
    CLUB(0.6, false),
    DEMONYM(0.5, false),
    /** The department named as a whole covers Arles and the Camargue too: context, barely evidence. */
    DEPARTMENT(0.25, false),
    /** Region-level: too wide to make a text relevant, but context for ambiguous names. */
    REGION(0.2, false),
    /** Local newspaper named as a source ("selon La Provence"): attribution, not subject. */
    MEDIA(0.1, false),
    MEDIA_SUBJECT(1.0, false),
    /** "Provence", "provençal": context only, never evidence on its own. */
    CUE(0.0, false),
    FALSE_FRIEND(0.0, false);

    private final double weight;
    private final boolean place;

    Kind(double weight, boolean place) {
        this.weight = weight;
        this.place = place;
    }

    public double weight() {
        return weight;
    }

    public boolean place() {
        return place;
    }
}
