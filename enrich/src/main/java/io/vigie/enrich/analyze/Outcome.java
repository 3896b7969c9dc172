package io.vigie.enrich.analyze;

/** Either an analysis or the error of one line. */
record Outcome(Analysis analysis, LineError error) {
}
