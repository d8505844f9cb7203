package fi.kanta.outbox;

import fi.kanta.export.SpreadsheetText;
import fi.kanta.render.PrintFile;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The letters' address list for the print house, in the order of the print files: which file and
 * letter each address is, then the address. UTF-8 with a BOM (so Excel shows ä, ö, å), written to a
 * temporary name and renamed, so a half-written list never exists.
 */
final class AddressList {

    static final String FILE = "addresses.csv";

    private AddressList() {
    }

    @SuppressWarnings("unchecked")
    static Path write(Path folder, List<Map<String, Object>> letters, List<PrintFile> files) throws IOException {
        Path target = folder.resolve(FILE);
        Path part = folder.resolve(FILE + ".part");
        try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            out.write('\uFEFF');
            csv.printRecord("letter", "file", "customer_id", "name", "street", "postal_code", "city", "country");
            for (int i = 0; i < letters.size(); i++) {
                Map<String, Object> customer = (Map<String, Object>) letters.get(i).get("customer");
                csv.printRecord(i + 1, fileOf(files, i + 1), text(customer, "externalId"), text(customer, "fullName"),
                        text(customer, "street"), text(customer, "postalCode"), text(customer, "city"), text(customer, "country"));
            }
        }
        return Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The print file holding letter {@code number} (1-based, as {@link PrintFile#firstLetter()}). */
    private static String fileOf(List<PrintFile> files, int number) {
        return files.stream().filter(f -> number >= f.firstLetter() && number < f.firstLetter() + f.letters())
                .map(f -> f.file().getFileName().toString()).findFirst().orElseThrow();
    }

    private static String text(Map<String, Object> customer, String key) {
        Object value = customer.get(key);
        return value == null ? "" : SpreadsheetText.forCsv(value.toString());
    }
}
