package fi.kanta.render;

import static fi.kanta.render.Recipients.SHIPPED_TEMPLATES;
import static fi.kanta.render.Recipients.aino;
import static fi.kanta.render.Recipients.emma;
import static fi.kanta.render.Recipients.erik;
import static fi.kanta.render.Recipients.recipient;
import static fi.kanta.render.Recipients.withCustomer;
import static fi.kanta.render.Recipients.withOffer;
import static fi.kanta.render.Recipients.withShortAddress;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterPrintFilesTest {

    private static final float POINTS_PER_MM = 72f / 25.4f;

    @TempDir
    Path out;

    private final LetterPrintFiles letters = new LetterPrintFiles(CampaignTemplates.open(SHIPPED_TEMPLATES, "win-back"));

    @Test
    void eachLetterStartsOnItsOwnPageWithThatRecipientsNameAndAddressInOrder() throws IOException {
        List<PrintFile> files = letters.write(out, List.of(withShortAddress(aino(), "https://shop.example.com/p/7K3QX9TB2M"),
                erik(), emma()), 500);

        assertThat(files).containsExactly(new PrintFile(out.resolve("letters-0001.pdf"), 1, 3, 3));
        List<String> pages = pageTexts(files.get(0).file());
        // the way out is the short address (one press on its page stops letters), not the long link
        assertThat(pages.get(0)).containsSubsequence("Aino Virtanen", "Mannerheimintie 5 A 3", "00100 Helsinki",
                "23.11.2026", "Hei Aino,", "WB-7F3A-9C21-44D0-C-1", "Voimassa 31.12.2026 asti.",
                "Etkö halua enää kirjeitä meiltä?", "\"Ei enää kirjeitä\"", "https://shop.example.com/p/7K3QX9TB2M",
                "Siellä voit myös valita").doesNotContain("unsubscribe", "token-abc");
        // a model without a short address still gets a way out: the unsubscribe link
        assertThat(pages.get(1)).containsSubsequence("Erik Lindqvist", "Storgatan 12", "114 51 Stockholm", "SWEDEN",
                "Hej Erik,", "WB-7F3A-9C21-44D0-C-2", "Gäller till och med 31 december 2026.", "Meddela oss på",
                "https://shop.example.com/unsubscribe/C-2");
        assertThat(pages.get(2)).containsSubsequence("Emma Jones", "12 High Street", "OXFORD", "OX1 4AA", "UNITED KINGDOM",
                "Hi Emma,", "Valid until 31 December 2026.").doesNotContain("Aino", "Erik");
    }

    @Test
    void theAddressShowsThroughTheWindowOfAC5Envelope() throws IOException {
        Path file = letters.write(out, List.of(aino(), erik()), 500).get(0).file();

        // DIN 5008 form B: the window is 20 mm from the left and 45 mm from the top, 85 x 45 mm
        String window = textIn(file, 0, new Rectangle2D.Float(20 * POINTS_PER_MM, 45 * POINTS_PER_MM,
                85 * POINTS_PER_MM, 45 * POINTS_PER_MM));
        assertThat(window).containsSubsequence("Puoti Oy, Kauppakatu 3, 33100 Tampere", "Aino Virtanen",
                "Mannerheimintie 5 A 3", "00100 Helsinki").doesNotContain("Hei Aino", "FINLAND", "Erik");
        assertThat(textIn(file, 1, new Rectangle2D.Float(20 * POINTS_PER_MM, 45 * POINTS_PER_MM,
                85 * POINTS_PER_MM, 45 * POINTS_PER_MM))).containsSubsequence("Puoti Oy, Kauppakatu 3, 33100 Tampere, FINLAND",
                "Erik Lindqvist", "SWEDEN");
    }

    @Test
    void lettersAreSplitIntoFilesOfTheGivenNumberOfLetters() throws IOException {
        List<Map<String, Object>> seven = IntStream.rangeClosed(1, 7)
                .mapToObj(i -> recipient("C-" + i, "Name" + i, "Last" + i, "Katu " + i, "0010" + i, "Helsinki", "FI", "fi"))
                .toList();

        List<PrintFile> files = letters.write(out, seven, 3);

        assertThat(files).extracting(PrintFile::firstLetter, PrintFile::letters, PrintFile::pages)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 3, 3), org.assertj.core.groups.Tuple.tuple(4, 3, 3),
                        org.assertj.core.groups.Tuple.tuple(7, 1, 1));
        assertThat(files).extracting(f -> f.file().getFileName().toString())
                .containsExactly("letters-0001.pdf", "letters-0002.pdf", "letters-0003.pdf");
        assertThat(pageTexts(files.get(1).file())).satisfiesExactly(
                p -> assertThat(p).contains("Name4 Last4", "Katu 4"),
                p -> assertThat(p).contains("Name5 Last5", "Katu 5"),
                p -> assertThat(p).contains("Name6 Last6", "Katu 6"));
        try (var left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void aSecondAttemptLeavesOnlyItsOwnFiles() throws IOException {
        letters.write(out, List.of(aino(), erik(), emma()), 1);
        Files.writeString(out.resolve("address-list.csv"), "kept");

        List<PrintFile> files = letters.write(out, List.of(emma()), 1);

        try (var left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("letters-0001.pdf", "address-list.csv");
        }
        assertThat(pageTexts(files.get(0).file()).get(0)).contains("Emma Jones");
    }

    @Test
    void nordicCyrillicAndGreekNamesAndTheEuroSignPrint() throws IOException {
        List<Map<String, Object>> names = List.of(
                withCustomer(aino(), "firstName", "Åsa", "fullName", "Åsa Öhman-Ääriö", "street", "Ähtärintie 5 Å"),
                withCustomer(emma(), "firstName", "Дмитрий", "fullName", "Дмитрий Иванов", "city", "Москва"),
                withOffer(withCustomer(emma(), "firstName", "Νίκος", "fullName", "Νίκος Παπαδόπουλος"), "discount", "10 €"));

        Path file = letters.write(out, names, 500).get(0).file();

        List<String> pages = pageTexts(file);
        assertThat(pages.get(0)).contains("Åsa Öhman-Ääriö", "Ähtärintie 5 Å", "Hei Åsa,");
        assertThat(pages.get(1)).containsSubsequence("Дмитрий Иванов", "МОСКВА", "OX1 4AA", "Hi Дмитрий,");
        assertThat(pages.get(2)).contains("Νίκος Παπαδόπουλος", "Hi Νίκος,", "here is 10 € off");
    }

    @Test
    void everyFontInTheFileIsEmbeddedDejaVuFromTheJarNotAMachineFont() throws IOException {
        Path file = letters.write(out, List.of(aino(), erik()), 500).get(0).file();

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            List<String> fonts = new ArrayList<>();
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(name -> name.matches("[A-Z]{6}\\+DejaVuSans(-Bold)?"));
        }
    }

    @Test
    void customerDataIsPrintedAsTextNeverAsMarkupOrAnExpression() throws IOException {
        String hostile = "<script>alert(1)</script>${T(java.lang.Runtime)}[[${x}]]";

        Path file = letters.write(out, List.of(withCustomer(aino(), "firstName", hostile, "fullName", hostile)), 500)
                .get(0).file();

        assertThat(pageTexts(file).get(0)).contains("Hei " + hostile + ",");
    }

    @Test
    void aLetterLaidOutAheadIsWrittenAsARunOfThatOneLetterWouldWriteIt() throws IOException {
        Path run = Files.createDirectories(out.resolve("run"));
        Path later = Files.createDirectories(out.resolve("later"));
        Files.writeString(later.resolve("letters-0002.pdf"), "an earlier attempt's second file");
        PrintFile written = letters.write(run, List.of(aino()), 500).get(0);

        PrintFile laidOutAndWritten;
        try (LetterPrintFiles.LaidOut letter = letters.layOut(aino())) {
            assertThat(later).isDirectoryNotContaining("glob:**/letters-0001.pdf"); // nothing written while laid out
            laidOutAndWritten = letter.writeInto(later);
        }

        assertThat(laidOutAndWritten).isEqualTo(new PrintFile(later.resolve("letters-0001.pdf"), 1, 1, 1));
        assertThat(pageTexts(laidOutAndWritten.file())).isEqualTo(pageTexts(written.file()));
        try (var files = Files.list(later)) {
            assertThat(files).containsExactly(later.resolve("letters-0001.pdf"));
        }
    }

    @Test
    void aLetterLaidOutAndDroppedWritesNothing() throws IOException {
        LetterPrintFiles.LaidOut letter = letters.layOut(aino());
        letter.close();
        letter.close(); // a preview whose check failed drops it, and may drop it again on its way out

        try (var files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void theShopsNameAndTheVoucherArePrintedInTheShopsColour() throws IOException {
        Map<String, Object> green = new java.util.LinkedHashMap<>(aino());
        green.put("brand", new Brand("", 160, 48, "#0a5c36", Map.of()).model("https://shop.example.com"));
        Path greenFile = letters.write(out.resolve("green"), List.of(green), 500).get(0).file();
        Path brownFile = letters.write(out.resolve("brown"), List.of(aino()), 500).get(0).file();

        BufferedImage greenPage = page(greenFile);
        BufferedImage brownPage = page(brownFile);
        // the letterhead (the shop's name, top right: above the address window) and the rest of the page
        Rectangle letterhead = new Rectangle(0, 0, greenPage.getWidth(), millimetres(greenPage, 45));
        assertThat(pixelsOf(greenPage, letterhead, 0x0a5c36)).as("the shop's name in its colour").isGreaterThan(50);
        assertThat(pixelsOf(brownPage, letterhead, 0x0a5c36)).isZero();
        assertThat(pixelsOf(brownPage, letterhead, 0x7a3e1d)).as("the default colour").isGreaterThan(50);
        Rectangle below = new Rectangle(0, millimetres(greenPage, 90), greenPage.getWidth(), greenPage.getHeight() - millimetres(greenPage, 90));
        assertThat(pixelsOf(greenPage, below, 0x0a5c36)).as("the voucher's border").isGreaterThan(200);
        javax.imageio.ImageIO.write(greenPage, "png", Path.of("target", "letter-in-the-shops-colour.png").toFile());
    }

    @Test
    void noLettersNoFiles() throws IOException {
        assertThat(letters.write(out, List.of(), 500)).isEmpty();
    }

    static List<String> pageTexts(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(pdf));
            }
            return pages;
        }
    }

    /** The letter's first page as printed, at 150 dpi. */
    private static BufferedImage page(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new PDFRenderer(pdf).renderImageWithDPI(0, 150, ImageType.RGB);
        }
    }

    private static int millimetres(BufferedImage page, int mm) {
        return Math.round(mm * page.getHeight() / 297f);
    }

    /** How many pixels in {@code area} are {@code rgb}, give or take the rounding of rendering. */
    private static int pixelsOf(BufferedImage page, Rectangle area, int rgb) {
        int count = 0;
        for (int y = area.y; y < area.y + area.height; y++) {
            for (int x = area.x; x < area.x + area.width; x++) {
                int pixel = page.getRGB(x, y);
                if (near(pixel >> 16, rgb >> 16) && near(pixel >> 8, rgb >> 8) && near(pixel, rgb)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean near(int a, int b) {
        return Math.abs((a & 0xff) - (b & 0xff)) <= 3;
    }

    private static String textIn(Path file, int pageIndex, Rectangle2D area) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.setSortByPosition(true);
            stripper.addRegion("window", area);
            stripper.extractRegions(pdf.getPage(pageIndex));
            return stripper.getTextForRegion("window");
        }
    }
}
