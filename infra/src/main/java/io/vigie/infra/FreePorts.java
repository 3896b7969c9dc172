package io.vigie.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Picks free loopback TCP ports for servers that need their port known before they bind
 * (Kafka advertises it, the KRaft quorum voters list embeds it, Elasticsearch reports it only in logs).
 * There is an unavoidable window between probing and the real bind; it is tiny on a developer machine.
 */
public final class FreePorts {

    private FreePorts() {
    }

    /** Returns {@code requested} unless it is 0, in which case a currently free loopback port. */
    public static int orFree(int requested) {
        return requested != 0 ? requested : free();
    }

    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find a free loopback port", e);
        }
    }
}
