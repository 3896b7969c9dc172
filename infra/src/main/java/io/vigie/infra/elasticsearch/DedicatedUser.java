package io.vigie.infra.elasticsearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An unprivileged system account for Elasticsearch when this JVM runs as root (containers, CI).
 * Created on first use with {@code useradd --system}; processes are started through {@code setpriv}
 * (keeps the environment) or, failing that, {@code runuser} (which may reset it, hence {@code env K=V}).
 */
final class DedicatedUser implements ProcessIdentity {

    static final String DEFAULT_NAME = "vigie-es";
    private static final Logger LOG = LoggerFactory.getLogger(DedicatedUser.class);

    private final String name;
    private final String uid;
    private final String gid;

    private DedicatedUser(String name, String uid, String gid) {
        this.name = name;
        this.uid = uid;
        this.gid = gid;
    }

    static synchronized DedicatedUser ensure(String name) {
        if (run(List.of("id", "-u", name)).exitCode() != 0) {
            String shell = Files.isExecutable(Path.of("/usr/sbin/nologin")) ? "/usr/sbin/nologin" : "/bin/false";
            Result created = run(List.of("useradd", "--system", "--user-group", "--no-create-home",
                    "--shell", shell, name));
            // exit code 9 = already exists: another JVM created it concurrently.
            if (created.exitCode() != 0 && created.exitCode() != 9) {
                throw new IllegalStateException("Elasticsearch refuses to run as root and the user '" + name
                        + "' cannot be created (useradd exit " + created.exitCode() + "): " + created.output());
            }
            LOG.info("Created system user '{}' to run Elasticsearch (it refuses to run as root)", name);
        }
        return new DedicatedUser(name, run(List.of("id", "-u", name)).output().strip(),
                run(List.of("id", "-g", name)).output().strip());
    }

    @Override
    public List<String> wrap(List<String> command, Map<String, String> env) {
        List<String> wrapped = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setpriv")) || Files.isExecutable(Path.of("/bin/setpriv"))) {
            wrapped.addAll(List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups", "--"));
        } else {
            wrapped.addAll(List.of("runuser", "-u", name, "--"));
        }
        wrapped.add("env");
        env.forEach((k, v) -> wrapped.add(k + "=" + v));
        wrapped.addAll(command);
        return wrapped;
    }

    @Override
    public void handOver(Path dir) {
        Result chown = run(List.of("chown", "-R", uid + ":" + gid, dir.toString()));
        if (chown.exitCode() != 0) {
            throw new IllegalStateException("Cannot give " + dir + " to user " + name + ": " + chown.output());
        }
    }

    // Only the "others" bits matter: the dedicated user owns none of the ancestors and is in no shared group.
    @Override
    public boolean canReach(Path dir) {
        Path real;
        try {
            real = nearestExisting(dir.toAbsolutePath()).toRealPath();
        } catch (IOException e) {
            return false;
        }
        for (Path p = real; p != null; p = p.getParent()) {
            try {
                if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)
                        && !Files.getOwner(p).getName().equals(name)) {
                    return false;
                }
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean isDedicatedUser() {
        return true;
    }

    String name() {
        return name;
    }

    private static Path nearestExisting(Path p) {
        Path current = p;
        while (current != null && !Files.exists(current)) {
            current = current.getParent();
        }
        return current == null ? Path.of("/") : current;
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, "timed out: " + String.join(" ", command));
            }
            return new Result(p.exitValue(), out);
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }
}
