package fi.kanta.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The letter font, DejaVu Sans, read from the jasperreports-fonts jar rather than the machine, so a
 * fresh server prints ä, ö, å, €, Greek and Cyrillic the same as a laptop. Templates name it
 * {@code font-family: 'DejaVu Sans'}.
 */
final class LetterFonts {

    static final String FAMILY = "DejaVu Sans";

    /** The faces registered with the PDF renderer. */
    enum Face {
        REGULAR("DejaVuSans.ttf", 400, FontStyle.NORMAL),
        BOLD("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
        OBLIQUE("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
        BOLD_OBLIQUE("DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);

        private final String file;
        private final int weight;
        private final FontStyle style;
        private volatile byte[] bytes;

        Face(String file, int weight, FontStyle style) {
            this.file = file;
            this.weight = weight;
            this.style = style;
        }

        byte[] bytes() {
            byte[] read = bytes;
            if (read == null) {
                bytes = read = read(file);
            }
            return read;
        }
    }

    private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";

    private LetterFonts() {
    }

    /** The character map of a face, to ask whether it has a glyph for a code point. */
    static CmapLookup characterMap(Face face) {
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()));
            return font.getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new RenderProblem(e, new Reason("letters.font.unreadable", face.file, e.getMessage()));
        }
    }

    /**
     * The faces of one PDF file. Each face is embedded once per file (as a subset of the glyphs all
     * its letters use), not once per letter, however many letters are rendered into the file.
     */
    static final class ForDocument {
        private final PDDocument document;
        private final Map<Face, PDFont> loaded = new EnumMap<>(Face.class);

        ForDocument(PDDocument document) {
            this.document = document;
        }

        void registerWith(PdfRendererBuilder builder) {
            for (Face face : Face.values()) {
                builder.useFont(new Lazy(this, face), FAMILY, face.weight, face.style, true);
            }
        }

        private PDFont font(Face face) {
            return loaded.computeIfAbsent(face, f -> {
                try (InputStream in = new ByteArrayInputStream(f.bytes())) {
                    return PDType0Font.load(document, in, true);
                } catch (IOException e) {
                    throw new RenderProblem(e, new Reason("letters.font.unreadable", f.file, e.getMessage()));
                }
            });
        }
    }

    /** Loads a face into the document only when a letter uses it. */
    private static final class Lazy extends PDFontSupplier {
        private final ForDocument fonts;
        private final Face face;

        Lazy(ForDocument fonts, Face face) {
            super(null);
            this.fonts = fonts;
            this.face = face;
        }

        @Override
        public PDFont supply() {
            return fonts.font(face);
        }
    }

    private static byte[] read(String file) {
        try (InputStream in = LetterFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new RenderProblem(new Reason("letters.font.missing", FOLDER + file));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new RenderProblem(e, new Reason("letters.font.unreadable", file, e.getMessage()));
        }
    }
}
