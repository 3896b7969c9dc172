package io.vigie.enrich;

/** A step failed on one mention; names the step so that dead letters say where it broke. */
public final class EnrichmentException extends RuntimeException {
    private final String step;

    public EnrichmentException(String step, String mentionId, Throwable cause) {
        super("enrichment step '" + step + "' failed on mention " + mentionId + ": "
                + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()), cause);
        this.step = step;
    }

    public String step() {
        return step;
    }
}
