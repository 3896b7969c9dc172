package io.vigie.enrich.territory;

/** How much evidence an alias needs before it counts. */
enum Policy {
    /** Counts on its own. */
    STRONG(false, false, false),
    /** Needs another territory mention or a department/region/Provence cue in the text. */
    CONTEXT(true, false, false),
    /** Must be written with a capital (common word otherwise: "cassis", "rognes") and have context. */
    CAPITAL_CONTEXT(true, true, false),
    /** Case-sensitive, counts on its own ("OM", "ITER"). */
    EXACT(false, false, true),
    /** Case-sensitive and needs context ("AMU", "MRS"). */
    EXACT_CONTEXT(true, false, true);

    final boolean needsContext;
    final boolean needsCapital;
    final boolean exactCase;

    Policy(boolean needsContext, boolean needsCapital, boolean exactCase) {
        this.needsContext = needsContext;
        this.needsCapital = needsCapital;
        this.exactCase = exactCase;
    }
}
