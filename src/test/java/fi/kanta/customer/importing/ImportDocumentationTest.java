package fi.kanta.customer.importing;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.shop.MoneySettings;
import fi.kanta.shop.ShopSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The import tables of docs/importing.md list every column and header name the imports accept. */
class ImportDocumentationTest {

    @Test
    void theReadmeNamesEveryColumnAndAlias() throws IOException {
        String readme = Files.readString(Path.of("docs", "importing.md"));
        ShopSettings settings = new ShopSettings("FI", "fi", List.of("fi", "sv", "en"), ZoneId.of("Europe/Helsinki"), "en", "");
        MoneySettings money = new MoneySettings("EUR", Map.of());
        List<ImportDefinition<?>> definitions = List.of(new CustomerImport(settings), new PurchaseImport(settings, money),
                new ConsentImport(settings), new SuppressionImport(settings), new RobinsonImport(settings), new FeedbackImport(settings),
                new ProductImport(money), new OrderLineImport());

        for (ImportDefinition<?> definition : definitions) {
            assertThat(readme).contains("(`import " + definition.kind().label() + "`)");
            for (Column column : definition.columns()) {
                assertThat(readme).contains("| " + column.name() + " |");
                for (String alias : column.aliases()) {
                    assertThat(readme).as(definition.kind() + " " + column.name()).contains(alias);
                }
            }
        }
    }
}
