package io.vigie.enrich.analyze;

/**
 * How {@code vigie analyze} runs.
 *
 * @param threads       worker threads (default: available processors)
 * @param window        lines in flight at most: bounds memory, and how far a slow line can hold the output back
 * @param progressEvery a progress line on stderr every this many lines (0: never)
 * @param maxLineChars  longer input lines are rejected as errors
 */
public record AnalyzeSettings(int threads, int window, int progressEvery, int maxLineChars) {
    public AnalyzeSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("analyze.threads must be >= 1, got " + threads);
        }
        if (window < threads) {
            throw new IllegalArgumentException("analyze.window must be >= analyze.threads (" + threads + "), got "
                    + window);
        }
        if (progressEvery < 0) {
            throw new IllegalArgumentException("analyze.progressEvery must be >= 0, got " + progressEvery);
        }
        if (maxLineChars < 1) {
            throw new IllegalArgumentException("analyze.maxLineChars must be >= 1, got " + maxLineChars);
        }
    }

    public static AnalyzeSettings defaults() {
        return withThreads(Runtime.getRuntime().availableProcessors());
    }

    public static AnalyzeSettings withThreads(int threads) {
        return new AnalyzeSettings(threads, Math.max(1, threads) * 32, 1000, 2_000_000);
    }
}
