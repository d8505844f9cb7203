package fi.kanta.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kanta.TestDatabase;
import fi.kanta.TestShop;
import fi.kanta.UserError;
import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.Campaigns;
import fi.kanta.export.SpreadsheetText;
import fi.kanta.segment.Filter;
import fi.kanta.segment.Segment;
import fi.kanta.selection.RecipientSelection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Lists exported from the database and read back with POI: the right rows, typed cells, hostile names kept as text. */
@SpringBootTest
class ListExportTest {

    @TempDir
    static Path home;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ListExport export;

    @Autowired
    RecipientSelection selection;

    @Autowired
    Campaigns campaigns;

    TestShop shop;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("kanta.home", home::toString);
    }

    @BeforeEach
    void shop() {
        TestDatabase.clean(jdbc);
        shop = new TestShop(jdbc);
        long hostile = shop.customer("=cmd|' /C calc'!A0", "=HYPERLINK(\"http://x\")", "Öberg", "h@example.fi", "Katu 1", "00100", "sv");
        shop.consent(hostile, "email", true);
        shop.score(hostile, 0.5, 123.45, "At risk");
        long suppressed = shop.customer("gone", "gone@example.fi");
        shop.suppressCustomer(suppressed, "ERASED");
        shop.customer("letter-only", "Test", "Letter", null, "Tie 2", "00200", "fi");
    }

    @Test
    void aSegmentLeavesOutWhomKantaMayNotContactAndKeepsHostileTextAsText() throws IOException {
        Path file = home.resolve("out/segment.xlsx");
        ListExport.Written written = export.segment(new Segment("everyone", "", Filter.everyone()), false,
                new ListExport.Request(List.of("customer_id", "first_name", "postal_code", "clv_12m", "last_purchase"), false, false, file),
                LocalDate.of(2026, 11, 23));

        assertThat(written.summary().rows()).isEqualTo(2);
        assertThat(written.leftOut()).isEqualTo(1);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Customer ID");
            Row hostile = sheet.getRow(1);
            assertThat(hostile.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(hostile.getCell(0).getStringCellValue()).isEqualTo("=cmd|' /C calc'!A0");
            assertThat(hostile.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(hostile.getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(hostile.getCell(2).getStringCellValue()).isEqualTo("00100");
            assertThat(hostile.getCell(3).getNumericCellValue()).isEqualTo(123.45);
            for (Row row : sheet) {
                row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA));
            }
        }
    }

    @Test
    void aRunsRecipientsByGroupAndNoRunColumnsForASegment() throws IOException {
        Files.createDirectories(home.resolve("jobs"));
        Files.writeString(home.resolve("jobs/listed.yml"), """
                name: listed
                kind: win-back
                period: weekly
                segment: { all: [] }
                holdout: 0
                channels:
                  - { type: email, template: win-back }
                  - { type: letter, template: win-back }
                offer: { code-prefix: LI, discount: "5 %", valid-days: 10 }
                """);
        Campaign campaign = campaigns.named("listed");
        selection.write(campaign, "w1", LocalDateTime.of(2026, 11, 23, 10, 0));
        Path file = home.resolve("out/run.csv");

        ListExport.Written written = export.run(campaign, "w1", Optional.of("target"), Optional.of("letter"),
                new ListExport.Request(List.of("customer_id", "channel", "offer_code"), true, true, file));

        assertThat(written.summary().rows()).isEqualTo(1);
        assertThat(Files.readString(file)).startsWith("\uFEFFCustomer ID;Channel;Offer code").contains("letter-only;letter;LI-");
        assertThatThrownBy(() -> export.segment(new Segment("x", "", Filter.everyone()), true,
                new ListExport.Request(List.of("offer_code"), false, false, file), LocalDate.now()))
                .isInstanceOf(UserError.class).hasMessageContaining("belongs to a run's recipients");
    }

    @Test
    void aRunsWorkbookListsOnlyThePeopleToContactFirstAndTheControlGroupOnASheetOfItsOwn() throws IOException {
        for (int i = 1; i <= 30; i++) {
            shop.consent(shop.customer("c" + i, "c" + i + "@example.fi"), "email", true);
        }
        Files.createDirectories(home.resolve("jobs"));
        Files.writeString(home.resolve("jobs/halved.yml"), """
                name: halved
                kind: win-back
                period: weekly
                segment: { all: [] }
                holdout: 0.5
                channels:
                  - { type: email, template: win-back }
                offer: { code-prefix: HA, discount: "5 %", valid-days: 10 }
                """);
        Campaign campaign = campaigns.named("halved");
        selection.write(campaign, "w1", LocalDateTime.of(2026, 11, 23, 10, 0));
        List<String> holdout = shop.externalIds("SELECT c.external_id FROM campaign_recipient r JOIN customer c ON c.id = r.customer_id"
                + " WHERE r.recipient_group = 'HOLDOUT'");
        List<String> targets = shop.externalIds("SELECT c.external_id FROM campaign_recipient r JOIN customer c ON c.id = r.customer_id"
                + " WHERE r.recipient_group = 'TARGET'");
        assertThat(holdout).isNotEmpty();
        assertThat(targets).isNotEmpty();
        Path file = home.resolve("out/halved.xlsx");

        ListExport.Written written = export.run(campaign, "w1", Optional.empty(), Optional.empty(),
                new ListExport.Request(List.of("customer_id", "group"), false, false, file));

        assertThat(written.controlGroupOnOwnSheet()).isTrue();
        assertThat(written.controlGroup()).isEqualTo(holdout.size());
        assertThat(written.toContact()).isEqualTo(targets.size());
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetName(0)).isEqualTo("Recipients");
            assertThat(ids(workbook.getSheetAt(0))).containsExactlyInAnyOrderElementsOf(targets).doesNotContainAnyElementsOf(holdout);
            assertThat(workbook.getSheetName(1)).isEqualTo("Control group – do not contact");
            assertThat(ids(workbook.getSheetAt(1))).containsExactlyInAnyOrderElementsOf(holdout);
        }

        Path csv = home.resolve("out/halved.csv");
        ListExport.Written asCsv = export.run(campaign, "w1", Optional.empty(), Optional.empty(),
                new ListExport.Request(List.of("customer_id"), true, true, csv));
        assertThat(asCsv.controlGroupOnOwnSheet()).isFalse();
        assertThat(asCsv.controlGroup()).isEqualTo(holdout.size());
        assertThat(Files.readAllLines(csv).stream().skip(1).toList())
                .containsExactlyInAnyOrderElementsOf(targets.stream().map(SpreadsheetText::forCsv).toList());
    }

    /** The first column of every row under the header. */
    private static List<String> ids(Sheet sheet) {
        List<String> ids = new java.util.ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0) {
                ids.add(row.getCell(0).getStringCellValue());
            }
        }
        return ids;
    }
}
