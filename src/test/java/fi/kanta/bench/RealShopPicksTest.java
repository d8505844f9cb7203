package fi.kanta.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kanta.CommandLines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real-shop benchmark's conversion (bench/picks-real-shop): Weka's basket file read as the file
 * says it, each basket split into two days of orders without losing or inventing a department, and the
 * files accepted by the real {@code kanta import} and backtested, with the report's numbers read back.
 */
class RealShopPicksTest {

    /** The shape of supermarket.arff: departments, then the spend's class with a comment after it. */
    private static final String ARFF = """
            % a shop in miniature
            @relation supermarket
            @attribute 'bread and cake' { t}
            @attribute 'fruit' { t}
            @attribute 'vegetables' { t}
            @attribute 'department4' { t}
            @attribute 'frozen foods' { t}
            @attribute 'total' { low, high} % low < 100
            @data
            t,t,?,?,t,high
            ?,t,t,t,?,low
            t,?,?,?,?,low
            t,t,t,t,t,high
            ?,?,?,?,?,low
            t,?,t,?,?,low
            """;

    @TempDir
    Path folder;

    @Test
    void readsTheDepartmentsAndBasketsButNotTheSpendsClass() throws Exception {
        RealShopPicks.Supermarket shop = RealShopPicks.Supermarket.read(arff(ARFF));

        assertThat(shop.departments()).containsExactly("bread and cake", "fruit", "vegetables", "department4", "frozen foods");
        assertThat(shop.baskets()).hasSize(6);
        assertThat(shop.baskets().get(0)).containsExactly(0, 1, 4);
        assertThat(shop.baskets().get(4)).isEmpty();
        assertThat(shop.lines()).isEqualTo(3 + 3 + 1 + 5 + 0 + 2);
    }

    @Test
    void refusesABasketOfTheWrongWidthAndAFileWithoutBaskets() throws Exception {
        Path narrow = arff(ARFF.replace("t,?,t,?,?,low", "t,?,t,low"));
        assertThatThrownBy(() -> RealShopPicks.Supermarket.read(narrow)).hasMessageContaining("a basket with 4 values, not 6");
        Path empty = arff(ARFF.substring(0, ARFF.indexOf("@data")));
        assertThatThrownBy(() -> RealShopPicks.Supermarket.read(empty)).hasMessageContaining("no departments or no baskets");
    }

    @Test
    void splitsEachBasketIntoTwoDaysWithoutLosingADepartment() throws Exception {
        RealShopPicks.Supermarket shop = RealShopPicks.Supermarket.read(arff(ARFF));
        for (double heldOut : new double[] {0.0, 0.5, 1.0}) {
            for (long seed = 1; seed <= 5; seed++) {
                RealShopPicks.Split split = RealShopPicks.write(shop, heldOut, seed, folder.resolve(heldOut + "-" + seed));

                Map<String, Set<String>> byOrder = new HashMap<>();
                for (String line : lines(split.orderLines())) {
                    String[] v = line.split(";");
                    assertThat(byOrder.computeIfAbsent(v[0], o -> new HashSet<>()).add(v[1])).as("one line per department").isTrue();
                }
                for (int s = 0; s < shop.baskets().size(); s++) {
                    int[] basket = shop.baskets().get(s);
                    String shopper = String.format("S%05d", s + 1);
                    Set<String> first = byOrder.getOrDefault(shopper + "-1", Set.of());
                    Set<String> second = byOrder.getOrDefault(shopper + "-2", Set.of());
                    Set<String> both = new HashSet<>(first);
                    both.addAll(second);
                    assertThat(both).as("basket %d", s).hasSize(first.size() + second.size()).hasSize(basket.length);
                    if (basket.length >= 2) {
                        assertThat(first).as("basket %d keeps a department for D1", s).isNotEmpty();
                        assertThat(second).as("basket %d holds one out for D2", s).isNotEmpty();
                    } else {
                        assertThat(second).isEmpty();
                    }
                    if (heldOut == 0.0 && basket.length >= 2) {
                        assertThat(second).as("leave one out").hasSize(1);
                    }
                }
                assertThat(split.before() + split.after()).isEqualTo(shop.lines());
                assertThat(lines(split.customers())).as("an empty basket is no customer").hasSize(5);
            }
        }
    }

    @Test
    void theFilesImportAndTheBacktestsReportIsReadBack() throws Exception {
        List<String> rows = new ArrayList<>();
        StringBuilder text = new StringBuilder("@relation supermarket\n");
        for (int d = 1; d <= 12; d++) {
            text.append("@attribute 'department").append(d).append("' { t}\n");
        }
        text.append("@attribute 'total' { low, high}\n@data\n");
        // two kinds of shoppers: one buys from departments 1-6, the other from 7-12
        for (int s = 0; s < 60; s++) {
            StringBuilder row = new StringBuilder();
            for (int d = 0; d < 12; d++) {
                boolean theirs = (d < 6) == (s % 2 == 0);
                row.append(theirs && (d + s) % 5 != 0 ? "t," : "?,");
            }
            rows.add(row.append("low").toString());
        }
        rows.forEach(r -> text.append(r).append('\n'));
        RealShopPicks.Supermarket shop = RealShopPicks.Supermarket.read(arff(text.toString()));
        RealShopPicks.Split split = RealShopPicks.write(shop, 0.5, 1, folder.resolve("files"));
        Path home = CommandLines.home(folder.resolve("home"));
        String connection = "--kanta.home=" + home;

        CommandLines.run(0, "import", "customers", split.customers().toString(), connection);
        CommandLines.run(0, "import", "purchases", split.purchases().toString(), connection);
        CommandLines.run(0, "import", "products", split.products().toString(), connection);
        CommandLines.run(0, "import", "order-lines", split.orderLines().toString(), connection);
        String report = CommandLines.run(0, "score", "--calibrate-until", RealShopPicks.D1.toString(), "--holdout-until",
                RealShopPicks.D2.toString(), "--picks", connection);

        assertThat(CommandLines.count(home, "SELECT COUNT(*) FROM order_line")).isEqualTo(shop.lines());
        assertThat(report).contains("60 customers had order lines; 60 of them bought something in those days");
        String row = RealShopPicks.row(1, split, report);
        assertThat(row).startsWith("1").contains(" 60 ").contains(" to ");
        assertThatThrownBy(() -> RealShopPicks.row(1, split, "a report in other words")).hasMessageContaining("changed its wording");
    }

    private Path arff(String text) throws Exception {
        Path file = Files.createTempFile(folder, "shop", ".arff");
        Files.writeString(file, text);
        return file;
    }

    private static List<String> lines(Path csv) throws Exception {
        List<String> all = Files.readAllLines(csv);
        return all.subList(1, all.size());
    }
}
