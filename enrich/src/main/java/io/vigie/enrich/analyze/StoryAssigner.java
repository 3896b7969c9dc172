package io.vigie.enrich.analyze;

/**
 * Gives each analyzed line its story id. Called once per successful line, in input order, from a single
 * thread, so implementations may keep unsynchronised state.
 */
@FunctionalInterface
public interface StoryAssigner {
    /** Every line its own story. */
    StoryAssigner NONE = Analysis::id;

    String storyOf(Analysis analysis);
}
