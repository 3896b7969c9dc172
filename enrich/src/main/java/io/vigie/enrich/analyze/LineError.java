package io.vigie.enrich.analyze;

/** A line that cannot be analyzed; becomes {@code {"id":..., "line":..., "error":...}} in the output. */
public final class LineError extends RuntimeException {
    private final int line;
    private final String id;

    public LineError(int line, String id, String reason) {
        super(reason);
        this.line = line;
        this.id = id;
    }

    public int line() {
        return line;
    }

    /** The id when the line had one, else null. */
    public String id() {
        return id;
    }
}
