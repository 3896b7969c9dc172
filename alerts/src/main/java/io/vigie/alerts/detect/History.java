package io.vigie.alerts.detect;

import java.util.Arrays;

/**
 * Signal and volume of the last {@code capacity} windows of one series, as a ring indexed by window
 * number (window start / window length). Immutable: {@link #with} returns a copy.
 *
 * @param windows window number stored at each slot, -1 when empty
 * @param signal  distinct negative stories
 * @param total   relevant mentions
 * @param negative relevant negative mentions
 */
public record History(long[] windows, double[] signal, int[] total, int[] negative) {

    public static History empty(int capacity) {
        long[] windows = new long[capacity];
        Arrays.fill(windows, -1);
        return new History(windows, new double[capacity], new int[capacity], new int[capacity]);
    }

    public int capacity() {
        return windows.length;
    }

    public History with(long window, double signalValue, int totalValue, int negativeValue) {
        int slot = slot(window);
        long[] w = windows.clone();
        double[] s = signal.clone();
        int[] t = total.clone();
        int[] n = negative.clone();
        w[slot] = window;
        s[slot] = signalValue;
        t[slot] = totalValue;
        n[slot] = negativeValue;
        return new History(w, s, t, n);
    }

    /** The signal of that window, or NaN when it is not (or no longer) stored. */
    public double signalAt(long window) {
        if (window < 0) {
            return Double.NaN;
        }
        int slot = slot(window);
        return windows[slot] == window ? signal[slot] : Double.NaN;
    }

    /** Relevant mentions that were not negative in that window, or -1 when it is not (or no longer) stored. */
    public int nonNegativeAt(long window) {
        if (window < 0) {
            return -1;
        }
        int slot = slot(window);
        return windows[slot] == window ? total[slot] - negative[slot] : -1;
    }

    private int slot(long window) {
        return (int) Math.floorMod(window, (long) windows.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof History h && Arrays.equals(windows, h.windows) && Arrays.equals(signal, h.signal)
                && Arrays.equals(total, h.total) && Arrays.equals(negative, h.negative);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(windows) * 31 + Arrays.hashCode(signal);
    }

    @Override
    public String toString() {
        return "History[" + windows.length + " slots]";
    }
}
