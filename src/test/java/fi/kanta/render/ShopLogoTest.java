package fi.kanta.render;

import static fi.kanta.render.Recipients.SHIPPED_TEMPLATES;
import static fi.kanta.render.Recipients.aino;
import static fi.kanta.render.Recipients.emma;
import static fi.kanta.render.Recipients.erik;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.MovingClock;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shop's logo at the top of its letters, fetched from the shop's own https server (a real one
 * on loopback, with a certificate made for the test) once for a whole run, and a letter printed
 * without it when the address gives no usable image.
 */
class ShopLogoTest {

    @TempDir
    static Path keys;
    @TempDir
    Path out;

    private static ShopServer server;

    @BeforeAll
    static void shopServer() {
        server = ShopServer.start(keys).serve("/logo.png", "image/png", ShopServer.png(Color.RED))
                .serve("/blue.png", "image/png", ShopServer.png(Color.BLUE))
                .serve("/hourly.png", "image/png", ShopServer.png(Color.BLUE))
                .serve("/page.html", "text/html", "<html>not an image</html>".getBytes())
                .serve("/huge.png", "image/png", new byte[(1 << 20) + 10])
                .serveSlowly("/slow.png", "image/png", ShopServer.png(Color.GREEN), Duration.ofMillis(300));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyLetterOfARunCarriesTheLogoAskedForOnce() throws IOException {
        ShopImages images = server.images();
        LetterPrintFiles letters = new LetterPrintFiles(CampaignTemplates.open(SHIPPED_TEMPLATES, "win-back"), images);

        PrintFile file = letters.write(out, List.of(withLogo(aino(), "/logo.png"), withLogo(erik(), "/logo.png"),
                withLogo(emma(), "/logo.png")), 2).get(0);
        try (LetterPrintFiles.LaidOut alone = letters.layOut(withLogo(aino(), "/logo.png"))) {
            alone.writeInto(out.resolve("alone"));
        }

        assertThat(server.asked("/logo.png")).as("asked once for four letters in two files and one on its own").isEqualTo(1);
        try (PDDocument pdf = Loader.loadPDF(file.file().toFile())) {
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                assertThat(images(pdf.getPage(page))).as("page %d", page + 1).hasSize(1);
                BufferedImage printed = new PDFRenderer(pdf).renderImageWithDPI(page, 100, ImageType.RGB);
                // the letterhead's left: above the address window (45 mm) and left of the shop's name
                assertThat(reds(printed, printed.getWidth() / 2, printed.getHeight() * 45 / 297)).as("page %d", page + 1)
                        .isGreaterThan(500);
                if (page == 0) {
                    ImageIO.write(printed, "png", Path.of("target", "letter-with-the-shops-logo.png").toFile());
                }
            }
        }
        assertThat(LetterPrintFilesTest.pageTexts(file.file()).get(0)).contains("Puoti Oy", "Aino Virtanen", "Hei Aino,");
    }

    @Test
    void anAddressThatGivesNoUsableImageLeavesTheLetterWithoutItAndIsNotAskedAgainForEveryLetter() throws IOException {
        ShopImages images = server.images();
        LetterPrintFiles letters = new LetterPrintFiles(CampaignTemplates.open(SHIPPED_TEMPLATES, "win-back"), images);

        for (String path : List.of("/page.html", "/huge.png", "/nothing-here.png")) {
            PrintFile file = letters.write(out.resolve(path.substring(1)), List.of(withLogo(aino(), path), withLogo(erik(), path)), 500)
                    .get(0);
            try (PDDocument pdf = Loader.loadPDF(file.file().toFile())) {
                assertThat(images(pdf.getPage(0))).as(path).isEmpty();
            }
            assertThat(LetterPrintFilesTest.pageTexts(file.file()).get(1)).as(path).contains("Puoti Oy", "Erik Lindqvist", "Hej Erik,");
        }
        assertThat(server.asked("/page.html")).isEqualTo(1);
        assertThat(server.asked("/huge.png")).isEqualTo(1);
    }

    @Test
    void pagesAskingAtOnceForALogoNotYetFetchedWaitForOneFetch() throws Exception {
        ShopImages images = server.images();
        String url = server.url("/slow.png");
        ExecutorService pages = Executors.newFixedThreadPool(8);
        CountDownLatch open = new CountDownLatch(1);
        try {
            List<Future<Optional<ShopImages.Image>>> shown = new ArrayList<>();
            for (int page = 0; page < 8; page++) {
                shown.add(pages.submit(() -> {
                    open.await();
                    return images.image(url);
                }));
            }
            open.countDown();
            for (Future<Optional<ShopImages.Image>> logo : shown) {
                assertThat(logo.get(30, TimeUnit.SECONDS)).get().extracting(ShopImages.Image::type).isEqualTo("image/png");
            }
        } finally {
            pages.shutdownNow();
        }

        assertThat(server.asked("/slow.png")).as("eight pages at once, the server asked once").isEqualTo(1);
    }

    @Test
    void aPlainHttpAddressIsNeverAsked() throws IOException {
        ShopImages images = server.images();
        Map<String, Object> letter = withLogo(aino(), "/blue.png");
        @SuppressWarnings("unchecked")
        Map<String, Object> brand = new LinkedHashMap<>((Map<String, Object>) letter.get("brand"));
        brand.put("logo", server.url("/blue.png").replace("https://", "http://"));
        letter.put("brand", brand);

        PrintFile file = new LetterPrintFiles(CampaignTemplates.open(SHIPPED_TEMPLATES, "win-back"), images).write(out, List.of(letter), 500)
                .get(0);

        try (PDDocument pdf = Loader.loadPDF(file.file().toFile())) {
            assertThat(images(pdf.getPage(0))).isEmpty();
        }
        assertThat(server.asked("/blue.png")).isZero();
    }

    @Test
    void aLogoChangedOnTheServerShowsWithinTheHour() {
        MovingClock clock = new MovingClock(Instant.parse("2026-12-07T08:00:00Z"));
        ShopImages images = server.images(clock);
        String url = server.url("/hourly.png");

        images.getUrl(url);
        clock.pass(Duration.ofMinutes(59));
        images.getUrl(url);
        assertThat(server.asked("/hourly.png")).isEqualTo(1);
        clock.pass(Duration.ofMinutes(2));
        assertThat(images.getUrl(url).getStream()).isNotNull();
        assertThat(server.asked("/hourly.png")).isEqualTo(2);
    }

    @Test
    void aMadeUpShopsLogoIsNeverAskedForOverTheNetwork() {
        // the demo's and the tests' shops: domains kept for examples
        assertThat(List.of("https://shop.example.com/logo.png", "https://www.example.org/l.png", "https://puoti.example/l.png",
                "https://kauppa.test/l.png", "https://x.invalid/l.png", "https://localhost/l.png"))
                .allMatch(ShopImages::madeUp);
        assertThat(List.of("https://www.kauppa.fi/logo.png", "https://myexample.com/logo.png", "https://cdn.example.com.evil.fi/l.png",
                "https://127.0.0.1:8443/logo.png")).noneMatch(ShopImages::madeUp);
    }

    private static Map<String, Object> withLogo(Map<String, Object> model, String path) {
        Map<String, Object> copy = new LinkedHashMap<>(model);
        copy.put("brand", new Brand(server.url(path), 160, 48, "#7a3e1d", Map.of())
                .model("https://shop.example.com"));
        return copy;
    }

    private static List<PDImageXObject> images(PDPage page) throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                images.add(image);
            }
        }
        return images;
    }

    /** Pure red pixels in the page's top-left {@code width} x {@code height}. */
    private static int reds(BufferedImage page, int width, int height) {
        int count = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if ((page.getRGB(x, y) & 0xffffff) == 0xff0000) {
                    count++;
                }
            }
        }
        return count;
    }
}
