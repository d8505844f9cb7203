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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The letters' address list for the print house, in the order of the print files: which file and
 * letter each address is, then the address. UTF-8 with a BOM (so Excel shows ä, ö, å), fields
 * separated in the shop's CSV dialect ({@code ShopSettings.csvSeparator()}: semicolons where the
 * marketer works in Finnish or Swedish, whose spreadsheets show a comma-separated file as one
 * column), written to a temporary name and renamed, so a half-written list never exists.
 */
final class AddressList {

    static final String FILE = "addresses.csv";

    private AddressList() {
    }

    static Path write(Path folder, List<Recipient> letters, List<PrintFile> files, char separator) throws IOException {
        Path target = folder.resolve(FILE);
        Path part = folder.resolve(FILE + ".part");
        try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setDelimiter(separator).get())) {
            out.write('\uFEFF');
            csv.printRecord("letter", "file", "customer_id", "name", "street", "postal_code", "city", "country");
            for (int i = 0; i < letters.size(); i++) {
                Recipient letter = letters.get(i);
                Recipient.Address address = letter.postal();
                csv.printRecord(i + 1, fileOf(files, i + 1), text(letter.externalId()), text(letter.fullName()),
                        text(address.street()), text(address.postalCode()), text(address.city()), text(address.country()));
            }
        }
        return Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The print file holding letter {@code number} (1-based, as {@link PrintFile#firstLetter()}). */
    private static String fileOf(List<PrintFile> files, int number) {
        return files.stream().filter(f -> number >= f.firstLetter() && number < f.firstLetter() + f.letters())
                .map(f -> f.file().getFileName().toString()).findFirst().orElseThrow();
    }

    private static String text(String value) {
        return value == null ? "" : SpreadsheetText.forCsv(value);
    }
}
