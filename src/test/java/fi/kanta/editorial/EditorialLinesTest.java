package fi.kanta.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The editorial's lines in a message file: read out as the form shows them, written back in place
 * with every other line and comment as it was, and read back by a .properties reader (as the
 * renderer reads them) to exactly the texts written, whatever characters they hold.
 */
class EditorialLinesTest {

    private static final String FILE = """
            # Viikkouutiskirje (UTF-8).
            newsletter.greeting=Hei {firstName},
            # Viikon pääkirjoitus: vaihda nämä joka viikko
            editorial.story.title=Talvi on täällä
            editorial.story.text=Lämpimät takit \\
                ja huivit.
            editorial.story2.title=Käsin lisätty
            editorial.offer.Shoes=Talvikengät -15 %.
            editorial.offer.Urheilu_ja_vapaa-aika=Hiihtovarusteet -15 %.
            editorial.offer=Ilmainen toimitus.
            newsletter.signoff=Nähdään pian,
            """;

    @Test
    void theFormShowsTheTextsAndTheOffersByCategoryOneALine() {
        EditorialText text = EditorialLines.read("fi", FILE);
        assertThat(text.title()).isEqualTo("Talvi on täällä");
        assertThat(text.story()).isEqualTo("Lämpimät takit ja huivit.");
        assertThat(text.offer()).isEqualTo("Ilmainen toimitus.");
        assertThat(text.categoryOffers()).isEqualTo("Shoes = Talvikengät -15 %.\nUrheilu_ja_vapaa-aika = Hiihtovarusteet -15 %.");
    }

    @Test
    void aSaveReplacesOnlyTheEditorialsLinesWhereTheyWere() throws Exception {
        String written = EditorialLines.rewrite(FILE, new EditorialText("fi", " Joulu\r\n<script>alert(1)</script> = #1: \\o/ ", "Hei {firstName}!",
                "Kaikille: lahja.", "Kids = Lasten talvivaatteet.\n\nUrheilu ja vapaa-aika = Sukset -10 %."));
        assertThat(written).startsWith("# Viikkouutiskirje (UTF-8).\nnewsletter.greeting=Hei {firstName},\n# Viikon pääkirjoitus: vaihda nämä joka viikko\n");
        assertThat(written).contains("editorial.story2.title=Käsin lisätty").endsWith("newsletter.signoff=Nähdään pian,\n");
        assertThat(written).doesNotContain("Talvi on täällä", "editorial.offer.Shoes");
        Properties read = new Properties();
        read.load(new StringReader(written));
        assertThat(read.getProperty("editorial.story.title")).isEqualTo("Joulu <script>alert(1)</script> = #1: \\o/");
        assertThat(read.getProperty("editorial.story.text")).isEqualTo("Hei {firstName}!");
        assertThat(read.getProperty("editorial.offer")).isEqualTo("Kaikille: lahja.");
        assertThat(read.getProperty("editorial.offer.Kids")).isEqualTo("Lasten talvivaatteet.");
        assertThat(read.getProperty("editorial.offer.Urheilu_ja_vapaa-aika")).isEqualTo("Sukset -10 %.");
        assertThat(read.getProperty("newsletter.greeting")).isEqualTo("Hei {firstName},");
        assertThat(EditorialLines.read("fi", written).categoryOffers())
                .isEqualTo("Kids = Lasten talvivaatteet.\nUrheilu_ja_vapaa-aika = Sukset -10 %.");
    }

    @Test
    void aFileWithoutAnEditorialGetsItAtTheEnd() {
        String written = EditorialLines.rewrite("newsletter.intro=Uutiset.\n", new EditorialText("fi", "Otsikko", "Juttu", "Tarjous", ""));
        assertThat(written).isEqualTo("newsletter.intro=Uutiset.\neditorial.story.title=Otsikko\neditorial.story.text=Juttu\neditorial.offer=Tarjous\n");
    }
}
