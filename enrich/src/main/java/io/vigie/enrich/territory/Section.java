package io.vigie.enrich.territory;

/** Where a token occurs; a mention in the title says more about the subject than one in the body. */
public enum Section {
    TITLE, LEAD, BODY
}
