package io.vigie.report.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Counters and gauges with labels, written in the Prometheus text format 0.0.4. Stages keep their
 * own counters; collectors registered here copy them in at scrape time, so a stage needs no
 * dependency on this class.
 */
public final class MetricsRegistry {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

    public enum Type { COUNTER, GAUGE }

    private record Family(String name, Type type, String help, Map<Map<String, String>, Double> samples) {
    }

    private final Map<String, Family> families = new ConcurrentHashMap<>();
    private final List<Consumer<MetricsRegistry>> collectors = new CopyOnWriteArrayList<>();

    /** Runs before every scrape; typically copies a stage's counter snapshot with {@link #set}. */
    public void addCollector(Consumer<MetricsRegistry> collector) {
        collectors.add(Objects.requireNonNull(collector));
    }

    /** Adds {@code delta} (>= 0) to a counter. */
    public void increment(String name, String help, Map<String, String> labels, double delta) {
        if (delta < 0 || Double.isNaN(delta)) {
            throw new IllegalArgumentException("counter " + name + " cannot go down (delta " + delta + ")");
        }
        family(name, Type.COUNTER, help).samples().merge(labels(labels), delta, Double::sum);
    }

    /** Sets a sample: a gauge, or a counter copied from a stage's own monotonic counter. */
    public void set(String name, Type type, String help, Map<String, String> labels, double value) {
        family(name, type, help).samples().put(labels(labels), value);
    }

    public String scrape() {
        for (Consumer<MetricsRegistry> c : collectors) {
            try {
                c.accept(this);
            } catch (RuntimeException e) {
                increment("vigie_metrics_collector_errors_total", "Metric collectors that threw", Map.of(), 1);
            }
        }
        StringBuilder b = new StringBuilder();
        for (Family f : new TreeMap<>(families).values()) {
            b.append("# HELP ").append(f.name()).append(' ').append(escapeHelp(f.help())).append('\n');
            b.append("# TYPE ").append(f.name()).append(' ').append(f.type().name().toLowerCase(java.util.Locale.ROOT)).append('\n');
            List<Map.Entry<Map<String, String>, Double>> samples = new ArrayList<>(f.samples().entrySet());
            samples.sort((x, y) -> x.getKey().toString().compareTo(y.getKey().toString()));
            for (var s : samples) {
                b.append(f.name());
                if (!s.getKey().isEmpty()) {
                    b.append('{');
                    boolean first = true;
                    for (var l : s.getKey().entrySet()) {
                        b.append(first ? "" : ",").append(l.getKey()).append("=\"").append(escapeLabel(l.getValue())).append('"');
                        first = false;
                    }
                    b.append('}');
                }
                b.append(' ').append(value(s.getValue())).append('\n');
            }
        }
        return b.toString();
    }

    private Family family(String name, Type type, String help) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid metric name: " + name);
        }
        Family f = families.computeIfAbsent(name, n -> new Family(n, type, help == null ? "" : help, new ConcurrentHashMap<>()));
        if (f.type() != type) {
            throw new IllegalArgumentException("metric " + name + " is a " + f.type() + ", not a " + type);
        }
        return f;
    }

    private static Map<String, String> labels(Map<String, String> labels) {
        Map<String, String> sorted = new TreeMap<>();
        if (labels != null) {
            for (var e : labels.entrySet()) {
                if (!LABEL.matcher(e.getKey()).matches() || e.getKey().startsWith("__")) {
                    throw new IllegalArgumentException("invalid label name: " + e.getKey());
                }
                sorted.put(e.getKey(), e.getValue() == null ? "" : e.getValue());
            }
        }
        return sorted.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(sorted);
    }

    private static String value(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    static String escapeLabel(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    static String escapeHelp(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
