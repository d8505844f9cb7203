package fi.kanta.report;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.LibreOffice;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report workbook's charts as LibreOffice draws them: LibreOffice (headless) saves the Summary
 * sheet as PDF, PDFBox renders its pages, and both series' bars must be there in their colours
 * (bars without a fill of their own were drawn as nothing). The rendered pages are kept as
 * {@code target/report-workbook/summary-<page>.png} to look at. Needs {@code soffice} on the PATH;
 * runs in the system-tools profile and fails, rather than skips, when soffice is missing there.
 */
@Tag("system-tools")
class ReportWorkbookInLibreOfficeTest {

    /** Enough pixels of a colour to be a bar, not a legend key (about 10 × 10 pixels at 100 dpi). */
    private static final int BAR_PIXELS = 400;
    private static final int TOLERANCE = 10;

    @TempDir
    Path folder;

    @Test
    void bothSeriesAreDrawnAsFilledBars() throws Exception {
        Path xlsx = folder.resolve("report.xlsx");
        try (XSSFWorkbook workbook = SummarySheet.workbook(ReportWorkbooks.twoSlices(), fi.kanta.words.Words.english(java.time.ZoneOffset.UTC)); OutputStream out = Files.newOutputStream(xlsx)) {
            workbook.write(out);
        }

        Path pdf = convertToPdf(xlsx);

        Path pictures = Files.createDirectories(Path.of("target", "report-workbook"));
        long target = 0;
        long holdout = 0;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 100);
                ImageIO.write(image, "png", pictures.resolve("summary-" + (page + 1) + ".png").toFile());
                target += pixels(image, SummaryCharts.TARGET_COLOUR);
                holdout += pixels(image, SummaryCharts.HOLDOUT_COLOUR);
            }
        }
        assertThat(target).as("pixels of the target's bars").isGreaterThan(BAR_PIXELS);
        assertThat(holdout).as("pixels of the holdout's bars").isGreaterThan(BAR_PIXELS);
    }

    private static long pixels(BufferedImage image, byte[] colour) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (near(rgb >> 16, colour[0]) && near(rgb >> 8, colour[1]) && near(rgb, colour[2])) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean near(int channel, byte wanted) {
        return Math.abs((channel & 0xFF) - (wanted & 0xFF)) <= TOLERANCE;
    }

    private Path convertToPdf(Path xlsx) throws IOException, InterruptedException {
        Path pdf = folder.resolve("converted").resolve("report.pdf");
        assertThat(LibreOffice.convert(xlsx, "pdf", folder)).contains(pdf);
        return pdf;
    }
}
