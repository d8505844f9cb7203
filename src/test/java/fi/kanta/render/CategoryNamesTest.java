package fi.kanta.render;

import static fi.kanta.render.Recipients.SHIPPED_TEMPLATES;
import static fi.kanta.render.Recipients.aino;
import static fi.kanta.render.Recipients.erik;
import static fi.kanta.render.Recipients.withOffer;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A category reaches a customer by its name in their language, from templates/categories.csv. */
class CategoryNamesTest {

    @TempDir
    Path templates;

    @Test
    void aFinnishEmailNamesTheFavouriteCategoryInFinnishAndASwedishOneInSwedish() {
        CampaignTemplates winBack = CampaignTemplates.open(SHIPPED_TEMPLATES, "win-back");

        assertThat(winBack.email(withOffer(aino(), "favouriteCategory", "Sports")).text())
                .contains("Suosikkiosastollasi Urheilu on paljon uutta").doesNotContain("Sports");
        assertThat(winBack.email(withOffer(erik(), "favouriteCategory", "sports")).text()).contains("inom Sport,");
        assertThat(winBack.email(withOffer(aino(), "favouriteCategory", "Garden")).text())
                .as("a category the file does not name is written as the data writes it").contains("Suosikkiosastollasi Garden");
    }

    @Test
    void templatesNameTheFavouriteOrAnyCategoryInTheRecipientsLanguage() throws IOException {
        TemplateFolder.copyOfShipped(templates);
        Files.writeString(templates.resolve("win-back/email.txt"), "[(${#category.name()})] / [(${#category.name('Kids')})]"
                + " [# th:if=\"${false}\"][(#{winback.subject})][(#{winback.greeting})][/]\n", java.nio.charset.StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
        CampaignTemplates winBack = CampaignTemplates.open(templates, "win-back");

        assertThat(winBack.email(withOffer(aino(), "favouriteCategory", "Shoes")).text()).startsWith("Kengät / Lapset");
        assertThat(winBack.email(withOffer(erik(), "favouriteCategory", "Shoes")).text()).startsWith("Skor / Barn");
    }

    @Test
    void readsTheFileAsExcelSavesItAndFallsBackToTheCategoryAsWritten() throws IOException {
        Files.write(templates.resolve(CategoryNames.FILE), "Osasto;FI;sv-FI\nUrheilu ja vapaa-aika;Urheilu;Sport och fritid\nKengät;;Skor\n"
                .getBytes(Charset.forName("windows-1252")));

        CategoryNames names = CategoryNames.read(templates);

        assertThat(names.name("urheilu ja vapaa-aika", Locale.forLanguageTag("fi"))).isEqualTo("Urheilu");
        assertThat(names.name("Urheilu ja vapaa-aika", Locale.forLanguageTag("sv"))).isEqualTo("Sport och fritid");
        assertThat(names.name("Kengät", Locale.forLanguageTag("sv"))).isEqualTo("Skor");
        assertThat(names.name("Kengät", Locale.forLanguageTag("fi"))).isEqualTo("Kengät");
        assertThat(names.names("Kengät", "fi")).isFalse();
        assertThat(names.name("Kengät", Locale.ENGLISH)).isEqualTo("Kengät");
        assertThat(CategoryNames.read(templates.resolve("nowhere")).name("Kengät", Locale.ENGLISH)).isEqualTo("Kengät");
    }

    @Test
    void aNameIsTextNeverMarkup() throws IOException {
        TemplateFolder.copyOfShipped(templates);
        Files.writeString(templates.resolve(CategoryNames.FILE), "category,fi\nSports,<script>alert(1)</script>\n");
        CampaignTemplates winBack = CampaignTemplates.open(templates, "win-back");

        String html = winBack.email(withOffer(aino(), "favouriteCategory", "Sports")).html();
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
}
