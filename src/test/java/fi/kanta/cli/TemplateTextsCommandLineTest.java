package fi.kanta.cli;

import static fi.kanta.CommandLines.run;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.CommandLines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/** {@code kanta validate} on the texts a marketer owns: the shop's own languages and categories. */
class TemplateTextsCommandLineTest extends InAHome {

    @Test
    void aShopThatWritesOnlyFinnishNeedsOnlyFinnishTexts() throws IOException {
        FileSystemUtils.copyRecursively(Path.of("jobs"), home.resolve("jobs"));
        FileSystemUtils.copyRecursively(Path.of("templates"), home.resolve("templates"));
        try (var files = Files.walk(home.resolve("templates"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("messages_(sv|en)\\.properties")).toList()) {
                Files.delete(file);
            }
        }
        Files.writeString(home.resolve("kanta.properties"), "kanta.shop.languages=fi\n", StandardCharsets.UTF_8);

        assertThat(run(0, "validate", "--kanta.home=" + home)).contains("ok     jobs/weekly-newsletter.yml")
                .contains("All definitions are valid");

        Files.writeString(home.resolve("kanta.properties"), "kanta.shop.languages=fi,sv\n", StandardCharsets.UTF_8);
        assertThat(run(1, "validate", "--kanta.home=" + home))
                .contains("error  jobs/win-back.yml: win-back/email.html line 4: no message 'winback.subject' in"
                        + " win-back/messages_sv.properties or messages_sv.properties");
    }

    /**
     * A Finnish shop whose purchases name their categories in Finnish ("Kengät"): validate says which
     * categories the newsletter has no offer text for, in which language and in which file, and stops
     * saying so once the texts are there. A warning, not an error: the run may still go.
     */
    @Test
    void validateWarnsOfACategoryInThePurchasesWithNoTextUntilOneIsAdded() throws IOException {
        FileSystemUtils.copyRecursively(Path.of("jobs"), home.resolve("jobs"));
        FileSystemUtils.copyRecursively(Path.of("templates"), home.resolve("templates"));
        Files.writeString(home.resolve("customers.csv"), """
                customer_id;first_name;email;language
                A-1;Aino;aino@example.com;fi
                A-2;Erik;erik@example.com;sv
                """, StandardCharsets.UTF_8);
        Files.writeString(home.resolve("purchases.csv"), """
                order_id;customer_id;purchased_at;amount;category
                O-1;A-1;2026-11-02;49.90;Kengät
                O-2;A-2;2026-11-03;19.90;Shoes
                O-3;A-2;2026-11-04;9.90;Urheilu ja vapaa-aika
                """, StandardCharsets.UTF_8);
        run(0, "import", "customers", home.resolve("customers.csv").toString(), "--kanta.home=" + home);
        run(0, "import", "purchases", home.resolve("purchases.csv").toString(), "--kanta.home=" + home);

        String warned = run(0, "validate", "--kanta.home=" + home);

        assertThat(warned).contains("warning  weekly-newsletter: category 'Kengät' has no text in Finnish; its customers get"
                        + " editorial.offer. Add a line editorial.offer.Kengät=… to templates/weekly-newsletter/messages_fi.properties")
                .contains("warning  weekly-newsletter: category 'Urheilu ja vapaa-aika' has no text in Swedish; its customers get"
                        + " editorial.offer. Add a line editorial.offer.Urheilu_ja_vapaa-aika=… to"
                        + " templates/weekly-newsletter/messages_sv.properties")
                .doesNotContain("'Shoes'").contains("All definitions are valid");
        assertThat(warned.lines().filter(line -> line.startsWith("warning  weekly-newsletter"))).hasSize(6);
        // the shipped templates/categories.csv names Shoes, not the shop's own categories
        assertThat(warned).contains("warning  category 'Kengät' has no name in Finnish: customers read it as the data writes it."
                + " Add it in the fi column of templates/categories.csv").doesNotContain("category 'Shoes' has no name");
        assertThat(warned.lines().filter(line -> line.startsWith("warning  category"))).hasSize(6);

        for (String language : List.of("fi", "sv", "en")) {
            Path messages = home.resolve("templates/weekly-newsletter/messages_" + language + ".properties");
            Files.writeString(messages, Files.readString(messages, StandardCharsets.UTF_8)
                    + "\neditorial.offer.Kengät=Talvikengät -20 %.\neditorial.offer.Urheilu_ja_vapaa-aika=Sukset -10 %.\n",
                    StandardCharsets.UTF_8);
        }
        Path names = home.resolve("templates/categories.csv");
        Files.writeString(names, Files.readString(names, StandardCharsets.UTF_8)
                + "Kengät;Kengät;Skor;Shoes\nUrheilu ja vapaa-aika;Urheilu ja vapaa-aika;Sport och fritid;Sports and outdoors\n",
                StandardCharsets.UTF_8);
        assertThat(run(0, "validate", "--kanta.home=" + home)).doesNotContain("warning");
    }
}
