package io.vigie.model;

/**
 * One negative story of an incident window, as shown in the alert (all text is third-party).
 *
 * @param storyId  story id (mention id when the mention had none)
 * @param title    title of its most weighty copy
 * @param url      link to that copy
 * @param outlet   outlet name
 * @param country  outlet country
 * @param language outlet or detected language
 * @param tier     outlet tier code
 * @param mentions copies of the story seen in the window
 * @param weight   tier x audience weight of the most weighty copy
 */
public record StoryRef(String storyId, String title, String url, String outlet, String country, String language,
                       String tier, int mentions, double weight) {
}
