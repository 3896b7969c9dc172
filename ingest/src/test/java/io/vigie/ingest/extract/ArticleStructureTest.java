package io.vigie.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * How the article's extent is judged on page structures seen on the TUNE split: link lists inside
 * the article, containers that stop short of the article or run past it, teaser grids, responsive
 * copies and metadata lines. Each page is small and written for the behaviour it checks.
 */
class ArticleStructureTest {

    private static final String P1 = "The metropolitan council voted on Thursday evening for a plan of 120 million euros "
            + "to renovate the schools of Marseille, after years of controversy over the state of the buildings. The vote closes a long debate.";
    private static final String P2 = "According to the president of the Metropole, the work will start at the beginning "
            + "of the school year, first in the northern districts, where several schools had to close classes. Families there have waited.";
    private static final String P3 = "Teachers' unions welcome a first step, but demand a precise timetable and money "
            + "for routine maintenance, which has often been neglected over the last few years in the city. They will meet the mayor.";
    private static final String P4 = "The plan also covers playgrounds and canteens: the city wants every school to "
            + "offer shade, water fountains and a hot meal by the end of the mandate, the deputy mayor said. Works start in July.";

    /** Paragraphs here must read as prose to the extractor: 150 characters or more, spaces aside. */
    private static String text(String bodyHtml) {
        return MainText.of(Jsoup.parse("<html><body>" + bodyHtml + "</body></html>").body());
    }

    private static String p(String s) {
        return "<p>" + s + "</p>";
    }

    @Test
    void linkedListBetweenParagraphsIsArticleButLinkListsAtItsEdgesAreNot() {
        String html = "<div class=post><ul class=toc><li><a href=#a>Why schools</a></li><li><a href=#b>What changes</a>"
                + "</li></ul>" + p(P1) + "<h2>What to pack</h2><ul><li><a href=/t>Tent</a></li><li><a href=/s>Stove</a>"
                + "</li><li><a href=/l>Headlamp</a></li></ul>" + p(P2)
                + "<ul><li><a href=/o1>Other story one</a></li><li><a href=/o2>Other story two</a></li></ul></div>";
        String text = text(html);
        assertThat(text).contains("Tent\n\nStove\n\nHeadlamp").contains(P1).contains(P2);
        assertThat(text).doesNotContain("Why schools").doesNotContain("Other story");
    }

    @Test
    void aLinkFarmBetweenParagraphsIsNotArticle() {
        StringBuilder html = new StringBuilder("<div class=post>").append(p(P1));
        for (int i = 0; i < 2_000; i++) {
            html.append("<ul><li><a href=/x").append(i).append(">Cheap link number ").append(i).append("</a></li></ul>");
        }
        html.append(p(P2)).append("</div>");
        assertThat(text(html.toString())).isEqualTo(P1 + "\n\n" + P2);
    }

    @Test
    void buttonsInlineTeasersAndListsOpenedByARelatedLineAreNotArticle() {
        String html = "<div class=post>" + p(P1)
                + "<div class=buy><a href=/amz>Buy on Amazon</a></div>"
                + "<p><a href=/r>Also read: how the port of Marseille beat its cruise record</a></p>"
                + "<p>More on schools:</p><ul><li><a href=/s1>Canteens in the north</a></li>"
                + "<li><a href=/s2>Teachers on strike</a></li></ul>"
                + p(P2) + "</div>";
        String text = text(html);
        assertThat(text).isEqualTo(P1 + "\n\n" + P2);
    }

    @Test
    void responsiveCopiesOfTheArticleAppearOnce() {
        String html = "<main><div class=variant-desktop>" + p(P1) + p(P2) + "</div>"
                + "<div class=variant-mobile>" + p(P1) + p(P2) + "</div></main>";
        assertThat(text(html)).isEqualTo(P1 + "\n\n" + P2);
    }

    @Test
    void pageBuilderWidgetHoldingAnArticleListIsKept() {
        String html = "<article>" + p(P1) + "<div class='elementor-widget elementor-widget-text-editor'><ul>"
                + "<li>The scope and structure of the learning materials</li><li>The learning methods used</li>"
                + "<li>Cost, subscriptions and free trials</li><li>How easy the application is to use</li>"
                + "<li>How the learning content is presented</li><li>Whether lessons can be downloaded</li>"
                + "<li>Which languages can be learnt</li></ul></div>" + p(P2) + "</article>";
        assertThat(text(html)).contains("The scope and structure of the learning materials")
                .contains("How the learning content is presented");
    }

    @Test
    void declaredArticleBodyGainsItsLeadButNotTheProseAfterIt() {
        String lead = "Marseille will spend 120 million euros on its schools, the council decided on Thursday night "
                + "after a long and heated debate between the majority and the opposition.";
        String faq = "Registration for the new canteens opens in June; parents can apply online or at the town hall "
                + "of their district, and the first meals will be served in September this year.";
        String html = "<main><div class=standfirst>" + p(lead) + "</div><div class=article-body>" + p(P1) + p(P2)
                + p(P3) + p(P4) + "</div><section class=faq><h2>Questions</h2>" + p(faq) + "</section></main>";
        String text = text(html);
        assertThat(text).startsWith(lead).contains(P4).doesNotContain("Registration for the new canteens");
    }

    @Test
    void containerIsExtendedToTheArticlesFollowingSectionsButNotToASmallTail() {
        String sections = "<main><div class=block-a>" + p(P1) + p(P2) + "</div><div class=block-b><h2>Unions</h2>"
                + p(P3) + "</div><div class=block-c><h2>Canteens</h2>" + p(P4) + "</div></main>";
        assertThat(text(sections)).contains(P1).contains(P3).contains(P4);
        String promo = "Our agency has helped more than two hundred schools plan their renovations: call us today "
                + "for a free quote and a visit of your site by one of our engineers.";
        String tail = "<main><div class=rich-text>" + p(P1) + p(P2) + p(P3) + p(P4) + "</div><div class=cta>"
                + p(promo) + "</div></main>";
        assertThat(text(tail)).contains(P1).contains(P4).doesNotContain("Our agency");
    }

    @Test
    void teaserGridIsRemovedEvenWithExcerpts() {
        StringBuilder grid = new StringBuilder("<div class=grid>");
        for (int i = 1; i <= 3; i++) {
            grid.append("<div class=item><h3><a href=/t").append(i).append(">Story number ").append(i)
                    .append(" about the city</a></h3><p>An excerpt of story ").append(i)
                    .append(", long enough to read like a sentence of prose, as teasers do.</p></div>");
        }
        grid.append("</div>");
        String html = "<div class=post>" + p(P1) + p(P2) + p(P3) + p(P4) + grid + "</div>";
        assertThat(text(html)).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3 + "\n\n" + P4);
    }

    @Test
    void metadataLinesBeforeTheFirstParagraphAndBareAddressesAreDropped() {
        String html = "<div class=post><div>Jane Doe</div><div>March 3, 2026</div><h2>Schools first</h2>" + p(P1) + p(P2)
                + "<p>Sources:</p><p>https://example.org/report-2026<br>https://example.org/vote</p>" + p(P3) + "</div>";
        String text = text(html);
        assertThat(text).startsWith("Schools first\n\n" + P1).doesNotContain("Jane Doe").doesNotContain("https://");
    }

    @Test
    void anAccordionBoxNamedContentDoesNotReplaceTheArticle() {
        StringBuilder article = new StringBuilder("<div class=wrapper>");
        for (String s : new String[] {P1, P2, P3, P4}) {
            article.append("<section><div>").append(p(s)).append("</div></section>");
        }
        article.append("<div class=accordion-content id=content-1><p>Short answer shown in an accordion box.</p></div>")
                .append("</div>");
        String text = text("<main>" + article + "</main>");
        assertThat(text).contains(P1).contains(P2).contains(P3).contains(P4);
    }

    @Test
    void classNamesThatDescribeAStateDoNotMakeTheArticleChrome() {
        String html = "<main><div class='blog-article__main sidebar-enabled--false has-comments'>" + p(P1) + p(P2)
                + "</div><div class='share-bar--compact'><p>Share this story with your friends and family, they will like it.</p>"
                + "</div><div class=sidebar>" + p(P3) + "</div></main>";
        String text = text(html);
        assertThat(text).contains(P1).contains(P2).doesNotContain("Share this story").doesNotContain(P3);
    }

    /** Page builders nest each text block a few levels deep, the article's blocks side by side. */
    private static String builderBlock(String html) {
        return "<div class=block><div class=block-content><div class=html>" + html + "</div></div></div>";
    }

    @Test
    void anArticleWhoseBestBlockIsAListKeepsTheSectionsAfterTheList() {
        StringBuilder picks = new StringBuilder("<p>Our picks.</p><ul class=picks>");
        for (String s : new String[] {P1, P2, P3, P4, P1 + " Again.", P2 + " Again.", P3 + " Again.", P4 + " Again."}) {
            picks.append("<li><p>").append(s.replace(" for ", ", for ")).append("</p></li>");
        }
        picks.append("</ul>");
        String conclusion = "Friend, if you apply these companion techniques, I promise you will see results: a garden "
                + "that works together in harmony, as nature intended it, with fewer pests each year.";
        String html = "<article><div class=col>" + builderBlock(picks.toString())
                + builderBlock("<h2>Which plants go together</h2>" + p(conclusion)) + "</div></article>";
        assertThat(text(html)).contains(P4.replace(" for ", ", for ")).contains("Which plants go together")
                .contains(conclusion);
    }

    @Test
    void listItemsWrappedInParagraphsAfterTheLastParagraphAreStillAList() {
        String html = "<article>" + p(P1) + p(P2) + "<h2>Which plants go together</h2><ul>"
                + "<li><p>Basil keeps flies away from tomatoes.</p></li><li><p>Mint repels ants near the door.</p></li>"
                + "<li><p>Marigolds protect the potatoes.</p></li></ul></article>";
        assertThat(text(html)).endsWith("Which plants go together\n\nBasil keeps flies away from tomatoes.\n\n"
                + "Mint repels ants near the door.\n\nMarigolds protect the potatoes.");
    }

    @Test
    void shortSentencesWithALinkedPhraseAfterTheLastParagraphAreStillArticle() {
        String html = "<article>" + p(P1) + p(P2) + "<h2>Wednesday</h2>"
                + "<p>Lunch: a jacket potato with baked beans and a salad.</p>"
                + "<p>Dinner: our <a href=/r>beetroot barley risotto</a>, served with three heaped spoons of peas.</p>"
                + "<p>Snacks: one carrot cut into sticks and two satsumas.</p></article>";
        assertThat(text(html)).contains("beetroot barley risotto").endsWith("two satsumas.");
    }

    @Test
    void aJumpSectionOfSeveralMediumParagraphsIsArticle() {
        String uses = "<section class=cws-jump-section><h2>Common uses</h2>"
                + p("Retailers have wildly varying needs for capacity, and the cloud accommodates such swings.")
                + p("Rather than building more data centres, businesses back up their assets in the cloud.")
                + p("Developers get quick access to tools for building and testing, speeding up delivery.")
                + "</section>";
        String html = "<div class=page>" + p(P1) + uses + p(P2) + "</div>";
        assertThat(text(html)).contains("back up their assets").contains(P2);
    }

    @Test
    void aSectionHeadingWhoseClassSaysHeaderIsKept() {
        String html = "<article>" + p(P1) + "<h2 class=header-anchor-post>Workflows versus agents</h2>" + p(P2)
                + "</article>";
        assertThat(text(html)).isEqualTo(P1 + "\n\nWorkflows versus agents\n\n" + P2);
    }

    @Test
    void aPullQuoteInAFigureIsArticle() {
        String html = "<article>" + p(P1) + "<figure class=wp-block-pullquote><blockquote><p>You always want to be "
                + "upselling, even when the client has not asked for it.</p><cite>A cleaner</cite></blockquote></figure>"
                + p(P2) + "</article>";
        assertThat(text(html)).contains("You always want to be upselling");
    }

    @Test
    void aLongUnlinkedParagraphInsideAReadingListIsArticle() {
        String closing = "If this is you, and you feel you have no education or experience to bring to the table, know "
                + "that many people out there started exactly where you are and still made it work in the end. Your first "
                + "client is closer than you think, so keep showing up.";
        StringBuilder reading = new StringBuilder("<div class=reading><p>Suggested reading:</p><ul>");
        for (String t : new String[] {"Web designers speak out: what I wish I knew about landing clients",
                "How to find your first client as a new web designer in a crowded market",
                "This skill is the secret weapon you need to be fully booked out in your business",
                "Niching early: how Charlotte quickly filled her calendar as a new web designer"}) {
            reading.append("<li><a href=/r>").append(t).append("</a></li>");
        }
        reading.append("</ul>").append(p(closing)).append("</div>");
        String html = "<article>" + p(P1) + p(P2) + p(P3) + reading + "</article>";
        assertThat(text(html)).contains(closing);
    }

    @Test
    void aRunOfFourHeadingsAfterTheLastParagraphStillOpensText() {
        String html = "<article>" + p(P1) + p(P2) + "<h2>Power tools</h2><h3>36. Drill and bits</h3>"
                + "<h4>Top recommendations</h4><h4>Budget pick</h4>"
                + "<p>A cordless drill with several bits is indispensable for making holes in walls.</p></article>";
        assertThat(text(html)).endsWith("Budget pick\n\nA cordless drill with several bits is indispensable for making "
                + "holes in walls.");
    }

    @Test
    void affiliateDisclosuresAndFundingAppealsInsideTheArticleAreNotArticle() {
        String html = "<article>" + p(P1)
                + p("Disclaimer: I review independently. If you buy through these links, I may earn commissions that "
                + "help support my testing at no extra cost to you.")
                + p(P2)
                + p("Since you made it to the bottom of this article, we have a small favor to ask.")
                + p("Für Links auf dieser Seite erhält die Redaktion ggf. eine Provision vom Händler. Mehr Infos.")
                + p(P3)
                + p("The post Schools of Marseille: the plan appeared first on Provence Daily.")
                + p("Was this article helpful?") + "</article>";
        assertThat(text(html)).isEqualTo(String.join("\n\n", P1, P2, P3));
    }

    @Test
    void affiliateMarketingAsTheArticleTopicStaysArticle() {
        String tip = "Merchant programs: you can find creators in your niche to join your marketing through affiliate "
                + "links, and you can earn a commission on each sale they bring.";
        String news = "The city will receive a commission report on the schools next week, and the law links the "
                + "provision of canteen meals to the renovation plan voted on Thursday.";
        String html = "<article>" + p(P1) + p(tip) + p(news) + p(P2) + "</article>";
        assertThat(text(html)).contains(tip).contains(news);
    }

    @Test
    void aSmallCallToActionBoxInsideTheArticleIsNotArticle() {
        String html = "<article>" + p(P1) + "<div class=\"inline-cta\"><h3>Thinking of selling your business?</h3>"
                + "<p>Get a free, individually tailored valuation. Sell when you are ready.</p>"
                + "<a class=btn href=/sell>Claim your free valuation</a></div>" + p(P2)
                + "<div class=\"cta_table\"><ul><li>Price list item kept because a list may be the article's</li></ul></div>"
                + p(P3) + "</article>";
        String text = text(html);
        assertThat(text).doesNotContain("Thinking of selling").doesNotContain("free valuation");
        assertThat(text).contains(P1).contains(P2).contains(P3).contains("Price list item kept");
    }
}
