package io.vigie.infra.elasticsearch;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Who the Elasticsearch process runs as. ES refuses to start as root, so when we are root the
 * process is started as a dedicated system user instead ({@link DedicatedUser}).
 */
interface ProcessIdentity {

    static ProcessIdentity forCurrentUser() {
        return "root".equals(System.getProperty("user.name")) ? DedicatedUser.ensure(DedicatedUser.DEFAULT_NAME)
                : new CurrentUser();
    }

    /** The command line that runs {@code command} with {@code env} under this identity. */
    List<String> wrap(List<String> command, Map<String, String> env);

    /** Gives the process ownership of a directory it must write to (recursively). */
    void handOver(Path dir);

    /** Whether the process could traverse into {@code dir}, i.e. every ancestor is searchable for it. */
    boolean canReach(Path dir);

    boolean isDedicatedUser();

    /** Runs as whoever runs this JVM: nothing to wrap, nothing to chown. */
    final class CurrentUser implements ProcessIdentity {
        @Override
        public List<String> wrap(List<String> command, Map<String, String> env) {
            return command;
        }

        @Override
        public void handOver(Path dir) {
        }

        @Override
        public boolean canReach(Path dir) {
            return true;
        }

        @Override
        public boolean isDedicatedUser() {
            return false;
        }
    }
}
