package io.vigie.dashboards.vigie;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the generated saved objects to a file. The checked-in copy lives at {@link #CHECKED_IN}; regenerate it by
 * running this class's {@code main} with the dashboards module directory as working directory (IDE, or
 * {@code java -cp target/classes:<jackson jars> io.vigie.dashboards.vigie.NdjsonGenerator}); a unit test fails
 * while the checked-in file and a fresh generation differ.
 */
public final class NdjsonGenerator {
    public static final String CHECKED_IN = "src/main/resources/kibana/vigie.ndjson";
    /** Classpath location of the checked-in file. */
    public static final String RESOURCE = "/kibana/vigie.ndjson";

    private NdjsonGenerator() {
    }

    public static Path write(Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return Files.writeString(out, SavedObjects.ndjson(), StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : CHECKED_IN);
        write(out);
        System.out.println("wrote " + SavedObjects.objects().size() + " saved objects to " + out.toAbsolutePath());
    }
}
