package io.vigie.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dev corpora must keep parsing at least as well as measured; skipped when ../shared is absent. */
class FeedCorpusRegressionTest {

    @Test
    void corpusDoesNotRegress() {
        Path root = FeedCorpusEval.defaultRoot();
        assumeTrue(Files.isDirectory(root.resolve("w3c-feedvalidator")) && Files.isDirectory(root.resolve("rome")),
                "feeds-dev corpus not present at " + root);
        FeedCorpusReport report = FeedCorpusEval.run(List.of(root));
        System.out.print(report.format());
        assertThat(report.crashes()).as("crashes").isZero();
        assertThat(report.timeouts()).as("hangs").isZero();
        assertThat(report.strict() + report.recovered()).as("parsed").isGreaterThanOrEqualTo(1822);
        assertThat(report.strict()).as("strict").isGreaterThanOrEqualTo(1736);
        assertThat(report.entries()).as("entries").isGreaterThanOrEqualTo(1171);
        // the only accepted failures: documents that are not feeds, and DOCTYPEs declaring entities
        assertThat(report.failed().keySet()).isSubsetOf("not_a_feed", "unsafe_dtd");
        assertThat(report.failed().getOrDefault("unsafe_dtd", 0)).isEqualTo(2);
    }
}
