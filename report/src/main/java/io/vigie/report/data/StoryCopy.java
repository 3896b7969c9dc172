package io.vigie.report.data;

/** The copy of a story a report shows: title, link, outlet, and the sentence that decided its sentiment. */
public record StoryCopy(String storyKey, String title, String url, String outlet, String country, String evidence) {
}
