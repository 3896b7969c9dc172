package io.vigie.report.live;

/**
 * @param bindAddress where the live view listens (127.0.0.1 by default: it has no authentication)
 * @param port        0 for an ephemeral port (tests)
 * @param defaultDays window of the live report when the request names none
 */
public record LiveSettings(String bindAddress, int port, int defaultDays, boolean enabled) {
    public static final LiveSettings DEFAULTS = new LiveSettings("127.0.0.1", 8787, 7, true);

    public LiveSettings {
        if (bindAddress == null || bindAddress.isBlank()) {
            throw new IllegalArgumentException("live.bind-address is required, e.g. 127.0.0.1");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("live.port must be 0..65535, got " + port);
        }
        if (defaultDays < 1 || defaultDays > 366) {
            throw new IllegalArgumentException("live.default-days must be 1..366, got " + defaultDays);
        }
    }
}
