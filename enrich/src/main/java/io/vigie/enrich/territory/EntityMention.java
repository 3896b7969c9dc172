package io.vigie.enrich.territory;

/**
 * An institution, company, landmark, event, club, medium or administrative area named in the text.
 *
 * @param name         canonical name
 * @param type         seed type (company, landmark, event, sports club, media...) or kind
 * @param inseeCode    commune it is tied to, null if none
 * @param mentionCount how many accepted mentions
 */
public record EntityMention(String name, String type, String inseeCode, int mentionCount) {
}
