package io.vigie.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class VisibleDatesTest {

    @Test
    void readsFullDatesFromUrlPathsOnly() {
        assertThat(VisibleDates.fromUrl("https://x.example/2024/01/15/slug"))
                .isEqualTo(Instant.parse("2024-01-15T00:00:00Z"));
        assertThat(VisibleDates.fromUrl("https://x.example/blog/2025-12-17-minisgl"))
                .isEqualTo(Instant.parse("2025-12-17T00:00:00Z"));
        assertThat(VisibleDates.fromUrl("https://x.example/archive/2025/12/post.html")).isNull();
        assertThat(VisibleDates.fromUrl("https://x.example/2025/13/45/bad-month")).isNull();
        assertThat(VisibleDates.fromUrl("https://x.example/a?d=2024/01/15/")).isNull();
        assertThat(VisibleDates.fromUrl(null)).isNull();
    }

    @Test
    void readsWrittenDatesInSeveralLanguages() {
        Instant d = Instant.parse("2025-12-17T00:00:00Z");
        assertThat(VisibleDates.parse("Published December 17, 2025 by Jane")).isEqualTo(d);
        assertThat(VisibleDates.parse("Dec. 17th 2025")).isEqualTo(d);
        assertThat(VisibleDates.parse("Publié le 17 décembre 2025 à 10h")).isEqualTo(d);
        assertThat(VisibleDates.parse("Stand: 17. Dezember 2025")).isEqualTo(d);
        assertThat(VisibleDates.parse("17 de diciembre de 2025")).isEqualTo(d);
        assertThat(VisibleDates.parse("17 dicembre 2025")).isEqualTo(d);
        assertThat(VisibleDates.parse("17 grudnia 2025")).isEqualTo(d);
        assertThat(VisibleDates.parse("2025-12-17")).isEqualTo(d);
        assertThat(VisibleDates.parse("17.12.2025")).isEqualTo(d);
        assertThat(VisibleDates.parse("le 1er mars 2024")).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
    }

    @Test
    void firstDateInTheTextWinsAndNonDatesAreIgnored() {
        assertThat(VisibleDates.parse("Updated 3 May 2026, first published 1 May 2026"))
                .isEqualTo(Instant.parse("2026-05-03T00:00:00Z"));
        assertThat(VisibleDates.parse("February 30, 2025")).isNull();
        assertThat(VisibleDates.parse("Chapter 12, 2025 pages, 40 minutes")).isNull();
        assertThat(VisibleDates.parse("")).isNull();
    }

    @Test
    void prefersADateElementThenTheTextByTheHeadline() {
        String byClass = "<body><div class=sidebar><p>Nothing dated</p></div><article><h1>Title</h1>"
                + "<span class=post-date>March 4, 2024</span><p>Text mentioning 1 January 1999.</p></article></body>";
        assertThat(VisibleDates.fromText(Jsoup.parse(byClass).body())).isEqualTo(Instant.parse("2024-03-04T00:00:00Z"));
        String byHeadline = "<body><article><header><h1>Title</h1><p>By Jane, 4 mars 2024</p></header>"
                + "<p>Body.</p></article></body>";
        assertThat(VisibleDates.fromText(Jsoup.parse(byHeadline).body())).isEqualTo(Instant.parse("2024-03-04T00:00:00Z"));
        assertThat(VisibleDates.fromText(Jsoup.parse("<body><p>No date at all</p></body>").body())).isNull();
    }

    @Test
    void aDateShownAloneIsReadWithItsLabelButADateInASentenceIsNot() {
        assertThat(VisibleDates.wholeDate("Nov 21, 2018")).isEqualTo(Instant.parse("2018-11-21T00:00:00Z"));
        assertThat(VisibleDates.wholeDate("Published: December 17, 2025")).isEqualTo(Instant.parse("2025-12-17T00:00:00Z"));
        assertThat(VisibleDates.wholeDate("Publié le 3 mars 2025 à 10h30")).isEqualTo(Instant.parse("2025-03-03T00:00:00Z"));
        assertThat(VisibleDates.wholeDate("Friday, 20 December 2025 at 10:30 CET")).isEqualTo(Instant.parse("2025-12-20T00:00:00Z"));
        assertThat(VisibleDates.wholeDate("The council met on March 3, 2025 in Marseille")).isNull();
        assertThat(VisibleDates.wholeDate("March 3, 2025 was a long day")).isNull();
    }

    @Test
    void aDateElementAwayFromTheHeadlineCountsUnlessItIsInTheFooter() {
        String page = "<body><h1>Blog name</h1><nav><span>Jan 2, 2020</span></nav>" + "<p>filler </p>".repeat(400)
                + "<div class=author-box><p>Luke Kim</p><small>December 17, 2025</small></div>"
                + "<p>The council met on March 3, 2025 in Marseille.</p><footer><span>Jan 1, 2026</span></footer></body>";
        assertThat(VisibleDates.fromText(Jsoup.parse(page).body())).isEqualTo(Instant.parse("2025-12-17T00:00:00Z"));
        String onlyFooter = "<body><h1>Title</h1><p>Text.</p><footer><span>Jan 1, 2026</span></footer></body>";
        assertThat(VisibleDates.fromText(Jsoup.parse(onlyFooter).body())).isNull();
    }
}
