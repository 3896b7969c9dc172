package io.vigie.ingest.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractorComparisonTest {

    private static final String ARTICLE = "The council of Marseille voted a plan of 120 million euros for its schools "
            + "on Thursday after a long debate between the majority and the opposition";

    @TempDir
    Path dir;

    /** Two pages: a menu and a footer around the article, whose truth is the article only. */
    private void writeCorpus() throws Exception {
        Path wcxb = Files.createDirectories(dir.resolve("wcxb-articles"));
        for (String name : List.of("0001", "0002")) {
            Files.writeString(wcxb.resolve(name + ".html"), "<html><body><nav>Home News Sport Weather Contact "
                    + "Login</nav><p>" + ARTICLE + "</p><footer>Copyright 2026 Example Media all rights reserved "
                    + "worldwide</footer><script>var tracking = 1;</script></body></html>");
            Files.writeString(wcxb.resolve(name + ".json"),
                    "{\"url\": \"https://example.org/" + name + "\", \"main_content\": \"" + ARTICLE + "\"}");
        }
    }

    @Test
    void externalOutputsAreScoredPerPageNameLikeVigie() throws Exception {
        writeCorpus();
        Path perfect = Files.writeString(dir.resolve("perfect.json"),
                "{\"0001\": \"" + ARTICLE + "\", \"0002\": \"" + ARTICLE + "\"}");
        Path half = Files.writeString(dir.resolve("half.json"), "{\"0001\": \"" + ARTICLE + "\"}");
        Map<String, Path> outputs = new LinkedHashMap<>();
        outputs.put("perfect", perfect);
        outputs.put("half", half);

        List<ExtractorComparison.Row> rows = ExtractorComparison.run(dir, outputs);

        assertThat(rows).extracting(ExtractorComparison.Row::extractor)
                .containsExactly("vigie", "all visible text", "perfect", "half");
        assertThat(rows.get(2).all().f1()).isEqualTo(1.0);
        // A page missing from an output counts as an empty extraction: recall 0 on it.
        assertThat(rows.get(3).all().recall()).isEqualTo(0.5);
        ExtractionEval.Aggregate allText = rows.get(1).all();
        assertThat(allText.recall()).isEqualTo(1.0);
        assertThat(allText.precision()).isLessThan(0.8);
        assertThat(ExtractorComparison.format(dir, rows)).contains("perfect").contains("1.0000");
    }

    @Test
    void anOutputThatIsNotAnObjectOfTextsIsRefusedWithItsFileName() throws Exception {
        writeCorpus();
        Path bad = Files.writeString(dir.resolve("list.json"), "[\"text\"]");
        assertThatThrownBy(() -> ExtractorComparison.run(dir, Map.of("list", bad)))
                .hasMessageContaining("list.json");
    }
}
