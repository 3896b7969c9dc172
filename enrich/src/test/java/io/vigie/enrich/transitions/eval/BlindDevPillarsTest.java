package io.vigie.enrich.transitions.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigie.enrich.transitions.TransitionsClassifier;
import io.vigie.model.Transitions;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The first blind set ({@code eval/blind/items.psv}) became a dev set for transitions once its single
 * held-out run was reported: its error classes were fixed in the cue files, so it now guards them
 * against regression. Pillars only (they do not depend on the territory step that others change);
 * frame and relevance stay with {@code BlindSetsEvalTest}. Gold languages are given, as the step gets them
 * from the language detector. Measured after the second pass: micro-F1 0.943 (first blind run 0.720).
 */
class BlindDevPillarsTest {
    private static final Map<String, String> PILLARS = Map.of("eco", "economic", "env", "environmental", "soc", "social");

    @Test
    void blindDevPillarsStayAboveFloor() throws Exception {
        TransitionsClassifier classifier = TransitionsClassifier.withDefaults();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int n = 0;
        try (InputStream in = BlindDevPillarsTest.class.getResourceAsStream("/eval/blind/items.psv")) {
            assertThat(in).as("blind set on the classpath").isNotNull();
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\|", 9);
                if (!f[2].equals("true")) {
                    continue;
                }
                n++;
                Set<String> gold = f[4].equals("-") ? Set.of()
                        : java.util.Arrays.stream(f[4].split(",")).map(p -> PILLARS.get(p.strip())).collect(Collectors.toSet());
                String text = f[8].isEmpty() ? f[7] : f[7] + "\n\n" + f[8];
                Transitions t = classifier.classify(f[7], text, f[1], null);
                Set<String> predicted = new HashSet<>(t.pillars());
                for (String p : PILLARS.values()) {
                    boolean g = gold.contains(p);
                    boolean q = predicted.contains(p);
                    tp += g && q ? 1 : 0;
                    fp += !g && q ? 1 : 0;
                    fn += g && !q ? 1 : 0;
                }
            }
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        double f1 = 2 * precision * recall / (precision + recall);
        assertThat(n).isEqualTo(186);
        assertThat(f1).as("pillars micro-F1 on blind dev, P=%.3f R=%.3f", precision, recall).isGreaterThanOrEqualTo(0.90);
    }
}
