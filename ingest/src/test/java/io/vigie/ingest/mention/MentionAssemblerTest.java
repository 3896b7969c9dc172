package io.vigie.ingest.mention;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigie.ingest.extract.ExtractedArticle;
import io.vigie.ingest.feed.FeedEntry;
import io.vigie.model.SourceRef;
import io.vigie.model.SourceTier;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionAssemblerTest {

    private static final SourceRef SOURCE = new SourceRef("src", "Le Journal", "feed", "journal.example", "FR", "fr",
            SourceTier.REGIONAL, 1.0);
    private static final Instant FEED_DATE = Instant.parse("2026-03-04T07:30:00Z");
    private static final Instant PAGE_DATE = Instant.parse("2026-03-02T00:00:00Z");
    private static final String TEXT = "Le conseil métropolitain a voté jeudi un plan de rénovation des écoles de Marseille. "
            .repeat(5);

    private static FeedEntry entry(Instant published) {
        return new FeedEntry("Écoles", "https://journal.example/ecoles", null, published, null, "Résumé",
                List.of(), List.of(), null, List.of());
    }

    private static ExtractedArticle page(Instant published, boolean shown) {
        return new ExtractedArticle("Écoles de Marseille", TEXT, published, shown, null, List.of(), List.of("fr"),
                "Le Journal", null, null, null);
    }

    private static Instant published(ExtractedArticle page, FeedEntry entry) {
        return new MentionAssembler(100).assemble(SOURCE, "fr", entry, page, "https://journal.example/ecoles",
                FEED_DATE).published();
    }

    @Test
    void aDeclaredPageDateWinsOverTheFeedDate() {
        assertThat(published(page(PAGE_DATE, false), entry(FEED_DATE))).isEqualTo(PAGE_DATE);
    }

    @Test
    void aDateThePageOnlyShowsYieldsToTheFeedDateButFillsItsGap() {
        assertThat(published(page(PAGE_DATE, true), entry(FEED_DATE))).isEqualTo(FEED_DATE);
        assertThat(published(page(PAGE_DATE, true), entry(null))).isEqualTo(PAGE_DATE);
        assertThat(published(page(null, false), entry(FEED_DATE))).isEqualTo(FEED_DATE);
        assertThat(published(null, entry(FEED_DATE))).isEqualTo(FEED_DATE);
    }
}
