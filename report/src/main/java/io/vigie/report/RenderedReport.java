package io.vigie.report;

import io.vigie.report.compute.ReportData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A report's data and its three renderings: the full HTML page, the e-mail summary, and the PDF. */
public record RenderedReport(ReportData data, String title, String html, String summaryHtml, byte[] pdf) {

    /** Writes {@code report.html} and {@code report.pdf} into {@code dir} (created), each atomically. */
    public void writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        write(dir.resolve("report.html"), html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        write(dir.resolve("report.pdf"), pdf);
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
