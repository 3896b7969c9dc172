package io.vigie.report.data;

import java.util.List;
import java.util.Map;

/**
 * The titles of each story of a range (syndicated copies may carry several), and whether the cap on
 * (story, title) pairs cut the range to a sample.
 */
public record StoryTitles(Map<String, List<String>> byStory, boolean sampled) {
}
