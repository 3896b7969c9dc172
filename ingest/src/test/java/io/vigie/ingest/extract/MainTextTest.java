package io.vigie.ingest.extract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Realistic and hostile pages: what is kept, what is dropped, and that nothing blows up. */
class MainTextTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private static final String P1 = "Le conseil métropolitain a voté jeudi soir un plan de 120 millions d'euros pour "
            + "rénover les écoles de Marseille, après des années de polémiques sur l'état des bâtiments.";
    private static final String P2 = "Selon la présidente de la Métropole, les travaux commenceront dès la rentrée, "
            + "en priorité dans les quartiers nord, où plusieurs établissements ont dû fermer des classes.";
    private static final String P3 = "Les syndicats d'enseignants saluent une « première étape », mais réclament un "
            + "calendrier précis et des moyens pour l'entretien courant, souvent négligé ces dernières années.";

    private ExtractedArticle extract(String html) {
        return extractor.extract(html.getBytes(UTF_8), UTF_8, URI.create("https://news.example/a/1"));
    }

    private static String chrome(String article) {
        return "<html><head><title>t</title></head><body>"
                + "<div id=cookie-banner><p>Nous utilisons des cookies pour améliorer votre expérience, "
                + "mesurer l'audience et personnaliser les publicités. <a href=/c>Tout accepter</a></p></div>"
                + "<header class=site-header><a href=/>Accueil</a><ul class=menu><li><a href=/p>Politique</a></li>"
                + "<li><a href=/s>Sport</a></li></ul></header>"
                + "<div class=layout><div class=col-main>" + article + "</div>"
                + "<div class=col-side><h3>Les plus lus</h3><ul><li><a href=/x>Un autre article très lu aujourd'hui "
                + "sur le site</a></li><li><a href=/y>Encore un article populaire de la semaine</a></li></ul></div></div>"
                + "<div class=comments><h3>Réactions</h3><p>Jean: Enfin une bonne nouvelle pour nos enfants, il "
                + "était temps que la ville et la métropole s'en occupent sérieusement.</p></div>"
                + "<footer><p>© Le Journal 2026. Tous droits réservés.</p><a href=/ml>Mentions légales</a></footer>"
                + "</body></html>";
    }

    @Test
    void keepsTheArticleParagraphsAndDropsChrome() {
        String article = "<article><h1>Écoles : 120 millions</h1><div class=share-bar><a href=/fb>Facebook</a>"
                + "<a href=/tw>Twitter</a></div><p>" + P1 + "</p><p>" + P2 + "</p>"
                + "<div class=inline-related><a href=/r1>À lire aussi : la rentrée dans les quartiers nord</a></div>"
                + "<h2>Les syndicats prudents</h2><p>" + P3 + "</p><p>Lire aussi</p></article>";
        String text = extract(chrome(article)).text();
        assertThat(text).isEqualTo(P1 + "\n\n" + P2 + "\n\nLes syndicats prudents\n\n" + P3);
    }

    @Test
    void teasersAfterTheArticleAreCut() {
        String article = "<div class=body><p>" + P1 + "</p><p>" + P2 + "</p><h3>Das könnte Sie auch interessieren</h3>"
                + "<p>Der Hafen von Marseille meldet einen neuen Rekord bei Kreuzfahrtpassagieren.</p>"
                + "<p>Aix-en-Provence eröffnet ein neues Museum für zeitgenössische Kunst.</p>"
                + "<p>Popular</p><p>12:45</p></div>";
        assertThat(extract(chrome(article)).text()).isEqualTo(P1 + "\n\n" + P2);
    }

    @Test
    void scriptOnlyPageGivesNoText() {
        String html = "<html><head><script>window.__STATE__={\"article\":\"" + P1 + "\"}</script></head><body>"
                + "<div id=root></div><noscript>Vous devez activer JavaScript pour lire ce site.</noscript>"
                + "<script src=/app.js></script><script>render(document.getElementById('root'))</script></body></html>";
        assertThat(extract(html).text()).isEmpty();
    }

    @Test
    void paywalledPageWithOnlyChromeGivesNoText() {
        String html = chrome("<div class=paywall><p>Cet article est réservé aux abonnés. Abonnez-vous pour lire la "
                + "suite et accéder à tous nos contenus en illimité.</p><a href=/abo>Je m'abonne</a></div>");
        assertThat(extract(html).text()).doesNotContain("abonnés", "cookies", "Accueil", "Mentions", "Réactions",
                "populaire");
    }

    @Test
    void jsonLdArticleBodyIsUsedWhenTheMarkupHasNoText() {
        String html = "<html><head><script type=application/ld+json>{\"@context\":\"https://schema.org\","
                + "\"@type\":\"NewsArticle\",\"headline\":\"Écoles\",\"articleBody\":\"" + P1 + "\n" + P2 + "\"}"
                + "</script></head><body><nav><a href=/>Accueil</a></nav><div id=app></div></body></html>";
        assertThat(extract(html).text()).isEqualTo(P1 + "\n\n" + P2);
    }

    @Test
    void domTextWinsOverAConsistentArticleBody() {
        String html = "<html><head><script type=application/ld+json>{\"@type\":\"NewsArticle\",\"articleBody\":\""
                + P1 + " " + P2 + "\"}</script></head><body><article><p>" + P1 + "</p><p>" + P2
                + "</p></article></body></html>";
        assertThat(extract(html).text()).isEqualTo(P1 + "\n\n" + P2);
    }

    @Test
    void hiddenElementsAreNotText() {
        String html = "<html><body><article><p>" + P1 + "</p><div style='display:none'><p>Texte caché de "
                + "remplissage pour les robots, qui ne doit jamais sortir de l'extraction.</p></div><p hidden>Aussi "
                + "caché, par l'attribut hidden, à ne pas extraire non plus du tout.</p><p>" + P2
                + "</p></article></body></html>";
        assertThat(extract(html).text()).isEqualTo(P1 + "\n\n" + P2);
    }

    @Test
    void hugePageIsExtractedWhole() {
        StringBuilder sb = new StringBuilder("<html><body><nav><a href=/>Accueil</a></nav><article>");
        for (int i = 0; i < 20_000; i++) {
            sb.append("<p>Paragraphe numéro ").append(i).append(", un texte assez long pour compter comme prose.</p>");
        }
        sb.append("</article></body></html>");
        String text = extract(sb.toString()).text();
        assertThat(text.split("\n\n")).hasSize(20_000);
        assertThat(text).endsWith("Paragraphe numéro 19999, un texte assez long pour compter comme prose.");
    }

    @Test
    void deeplyNestedMarkupDoesNotOverflowTheStack() {
        int depth = 20_000;
        String html = "<html><body>" + "<div>".repeat(depth) + "<p>" + P1 + "</p><p>" + P2 + "</p>"
                + "</div>".repeat(depth) + "</body></html>";
        assertThat(extract(html).text()).contains(P1, P2);
    }

    @Test
    void brokenJsonLdIsIgnored() {
        String html = "<html><head><script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":"
                + "</script></head><body><article><p>" + P1 + "</p></article></body></html>";
        ExtractedArticle a = extract(html);
        assertThat(a.text()).isEqualTo(P1);
        assertThat(a.title()).isNull();
    }

    @Test
    void keepsReactStreamedContentButStillDropsHiddenChrome() {
        // React streaming SSR sends late parts in <div hidden id="S:n"> and a script moves them in place.
        String html = "<html><body><main><h1>Titre</h1><template id=\"B:0\"></template></main>"
                + "<div hidden id=promo><p>Offre spéciale réservée aux abonnés, un texte caché qui ne doit jamais "
                + "apparaître dans l'article extrait de la page.</p></div>"
                + "<div hidden id=\"S:0\"><div class=prose><p>" + P1 + "</p><p>" + P2 + "</p></div></div>"
                + "</body></html>";
        assertThat(extract(html).text()).isEqualTo(P1 + "\n\n" + P2);
    }

    @Test
    void editorWidgetsHoldingProseAreArticleButEmptyWidgetsAreNot() {
        String html = chrome("<article><p>" + P1 + "</p><div class=\"ck-widget row\"><h3>Les travaux</h3><p>" + P2
                + "</p></div><div class=widget><a href=/w>Météo</a> <span>18°</span></div><p>" + P3
                + "</p></article>");
        String text = extract(html).text();
        assertThat(text).contains(P1, "Les travaux", P2, P3).doesNotContain("Météo", "18°");
    }

    @Test
    void keepsAChecklistSectionAfterTheLastParagraph() {
        String html = chrome("<article><p>" + P1 + "</p><p>" + P2 + "</p><h3>À prévoir</h3><ul>"
                + "<li>Réserver la <a href=/salle>salle</a> des fêtes</li><li>Prévenir les voisins du quartier</li>"
                + "<li>Commander les repas</li><li>Préparer les badges</li></ul></article>");
        String text = extract(html).text();
        assertThat(text).contains(P2, "À prévoir", "Réserver la salle des fêtes", "Préparer les badges");
    }

    @Test
    void keepsADataTableWrappedInAFigure() {
        String html = chrome("<article><p>" + P1 + "</p><p>" + P2 + "</p><figure class=wp-block-table><table>"
                + "<thead><tr><th>Commune</th><th>Écoles</th></tr></thead><tbody>"
                + "<tr><td>Marseille</td><td>472</td></tr><tr><td>Aubagne</td><td>31</td></tr></tbody></table>"
                + "</figure><p>" + P3 + "</p><figure><img src=/i.jpg alt=x><figcaption>© AFP</figcaption></figure>"
                + "</article>");
        String text = extract(html).text();
        assertThat(text).contains(P1, "Marseille", "472", "Aubagne", "31", P3).doesNotContain("AFP");
    }

    @Test
    void dropsSignUpFinePrintCreditLinesAndAffiliateDisclosures() {
        String fine = "By signing up, you agree to receive recurring automated marketing messages from Example "
                + "Deals at the number provided. Msg and data rates may apply. Consent is not a condition of purchase. "
                + "Reply STOP to cancel at any time.";
        String credit = "Photo credit: Jean Dupont / Agence Exemple, avec l'aimable autorisation de la Métropole";
        String affiliate = "This post contains affiliate links: if you buy through them we may earn a small "
                + "commission at no extra cost to you, which helps keep the site running.";
        String html = chrome("<article><p>" + affiliate + "</p><p>" + P1 + "</p><p>" + credit + "</p><p>" + P2
                + "</p><p>" + fine + "</p><p>" + P3 + "</p></article>");
        String text = extract(html).text();
        assertThat(text).contains(P1, P2, P3).doesNotContain("By signing up", "Photo credit", "affiliate links");
    }

    @Test
    void keepsAParagraphThatOnlyMentionsSigningUpOrCredits() {
        // The fine-print cues must open the block: reporting that mentions them stays.
        String reporting = "Plus de 2 000 habitants ont signé la pétition en ligne; by signing up early, "
                + "according to the organisers, they hoped to weigh on the council's vote about the school plan.";
        String html = chrome("<article><p>" + P1 + "</p><p>" + reporting + "</p><p>" + P2 + "</p></article>");
        assertThat(extract(html).text()).contains(P1, reporting, P2);
    }

    @Test
    void endsTheArticleAtATypedRuleAfterItsText() {
        String appendix = "Tell us your story! We are collecting readers' renovation stories for a new series.";
        String html = chrome("<article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>**********</p><p>"
                + appendix + "</p></article>");
        assertThat(extract(html).text()).contains(P1, P2, P3).doesNotContain("**********", "Tell us your story");
    }

    @Test
    void aTypedRuleNearTheStartIsASectionBreakNotTheEnd() {
        String html = chrome("<article><p>" + P1 + "</p><p>-----</p><p>" + P2 + "</p><p>" + P3 + "</p></article>");
        assertThat(extract(html).text()).contains(P1, P2, P3);
    }
}
