package io.vigie.report.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders the report's HTML to PDF with openhtmltopdf; charts stay vector (inline SVG through
 * Batik, scripts and external resources disabled). Nothing is fetched: the page is self-contained
 * and every external resource request is refused. DejaVu Sans is embedded when the system has it,
 * for accents, signs and non-Latin titles; otherwise the PDF base fonts are used and the few
 * typographic characters they lack are replaced.
 */
public final class PdfRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(PdfRenderer.class);

    static {
        com.openhtmltopdf.util.XRLog.setLoggerImpl(new Slf4jXRLogger());
    }
    private static final List<Path> FONT_DIRS = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu"), Path.of("/usr/share/fonts/dejavu"),
            Path.of("/usr/share/fonts/TTF"), Path.of("/Library/Fonts"), Path.of("C:/Windows/Fonts"));

    // openhtmltopdf logs every render at INFO through java.util.logging; kept referenced so the level sticks.
    private static final java.util.logging.Logger QUIET = quiet();

    private final Path regular;
    private final Path bold;

    public PdfRenderer() {
        this(findFont("DejaVuSans.ttf"), findFont("DejaVuSans-Bold.ttf"));
    }

    PdfRenderer(Path regular, Path bold) {
        this.regular = regular;
        this.bold = bold;
        if (regular == null) {
            LOG.info("report: DejaVu Sans not found; the PDF uses base fonts (non-Latin text may not show)");
        }
    }

    public byte[] render(String html) {
        String source = regular == null ? baseFontSafe(html) : html;
        org.w3c.dom.Document doc = new W3CDom().fromJsoup(Jsoup.parse(source));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (BatikSVGDrawer svg = new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                BatikSVGDrawer.SvgExternalResourceMode.SECURE)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(doc, null);
            builder.useSVGDrawer(svg);
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            if (regular != null) {
                builder.useFont(regular.toFile(), "DejaVu Sans", 400, FontStyle.NORMAL, true);
                if (bold != null) {
                    builder.useFont(bold.toFile(), "DejaVu Sans", 700, FontStyle.NORMAL, true);
                }
            }
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the report PDF", e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot render the report PDF: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static java.util.logging.Logger quiet() {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("com.openhtmltopdf");
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    static String baseFontSafe(String html) {
        return html.replace('\u2212', '-').replace('\u202f', ' ').replace('\u00a0', ' ').replace('\u2265', '>')
                .replace("\u2264", "&lt;=").replace('\u00b2', '2');
    }

    private static Path findFont(String file) {
        for (Path dir : FONT_DIRS) {
            Path p = dir.resolve(file);
            if (Files.isReadable(p)) {
                return p;
            }
        }
        return null;
    }
}
