package io.vigie.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigie.enrich.sentiment.eval.NewsMtscSet;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsMtscSetTest {

    @Test
    void rowsBrokenOverTwoLinesAreJoinedAndBadRowsCountedWithTheirLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.tsv");
        Files.writeString(file, String.join("\n",
                "text\ttarget\tfrom\tto\tlabel\tgid",
                "Smith won.\tSmith\t0\t5\tpositive\tgid_1_Smith",
                "continued gid tail",
                "Jones lost\tJo",
                "nes\t0\t5\tnegative\tgid_2",
                "Brown said.\tBrown\t0\t5\tmaybe\tgid_3",
                "Green left.\tGreen\tx\t5\tneutral\tgid_4") + "\n");
        NewsMtscSet.Loaded loaded = NewsMtscSet.read(file);
        assertThat(loaded.rows()).extracting(NewsMtscSet.Row::target).containsExactly("Smith", "Jo\nnes");
        assertThat(loaded.skipped()).isEqualTo(2);
        assertThat(loaded.reasons()).containsExactly("t.tsv line 6: unknown label 'maybe'",
                "t.tsv line 7: offsets are not numbers");
    }
}
