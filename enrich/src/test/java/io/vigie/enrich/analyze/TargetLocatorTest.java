package io.vigie.enrich.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigie.enrich.sentiment.SentimentInput;
import io.vigie.enrich.sentiment.TargetSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetLocatorTest {

    @Test
    void findsEveryOccurrenceIgnoringCaseAndAccentsInTitleAndText() {
        String title = "L'université d'Aix-Marseille recrute";
        String text = "L'UNIVERSITE D'AIX-MARSEILLE ouvre 200 postes. Universite d'Aix-Marseille : un record.";

        List<TargetSpan> spans = TargetLocator.locate(title, text, "Université d'Aix-Marseille", null, null);

        String doc = SentimentInput.document(title, text);
        assertThat(spans).hasSize(3);
        assertThat(spans).extracting(s -> doc.substring(s.start(), s.end()))
                .containsExactly("université d'Aix-Marseille", "UNIVERSITE D'AIX-MARSEILLE", "Universite d'Aix-Marseille");
    }

    @Test
    void matchesWholeWordsOnly() {
        List<TargetSpan> spans = TargetLocator.locate("", "Totally unrelated; TotalEnergies too. But Total invests.",
                "Total", null, null);

        assertThat(spans).hasSize(1);
        assertThat(spans.get(0).start()).isEqualTo("Totally unrelated; TotalEnergies too. But ".length());
    }

    @Test
    void offsetsIntoTextAreShiftedPastTheTitle() {
        String title = "  CMA CGM et la ville  ";
        String text = "La ville salue CMA CGM. CMA CGM investit.";
        int from = text.lastIndexOf("CMA CGM");

        List<TargetSpan> spans = TargetLocator.locate(title, text, "cma cgm", from, from + 7);

        String doc = SentimentInput.document(title, text);
        assertThat(spans).hasSize(1);
        assertThat(spans.get(0).start()).isEqualTo(doc.lastIndexOf("CMA CGM"));
        assertThat(doc.substring(spans.get(0).start(), spans.get(0).end())).isEqualTo("CMA CGM");
    }

    @Test
    void codePointOffsetsAsPythonCountsThemAreAccepted() {
        String text = "\uD83D\uDE80 Lancement : CMA CGM investit.";
        int pyFrom = "X Lancement : ".length();

        List<TargetSpan> spans = TargetLocator.locate("", text, "CMA CGM", pyFrom, pyFrom + 7);

        assertThat(text.substring(spans.get(0).start(), spans.get(0).end())).isEqualTo("CMA CGM");
    }

    @Test
    void offsetsThatDoNotPointAtTheTargetAreRejected() {
        assertThatThrownBy(() -> TargetLocator.locate("", "La RTM recrute.", "CMA CGM", 3, 6))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not the target 'CMA CGM'");
    }

    @Test
    void absentTargetGivesNoSpan() {
        assertThat(TargetLocator.locate("Marseille", "Le port grandit.", "RTM", null, null)).isEmpty();
    }
}
