package fi.kanta.customer.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kanta.TestDatabase;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * What every import must do, on whichever database a subclass starts: the format quirks of real
 * shop files, every rejection reason, idempotent re-imports, resuming and fixing failed imports.
 */
// small chunks, several per test file; one partition, so where an import stops is deterministic
@TestPropertySource(properties = {"kanta.import.chunk-size=5", "kanta.import.partitions=1"})
abstract class ImportContractTest {

    @Autowired
    Importer importer;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path files;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clean(jdbc);
    }

    // --- format quirks -------------------------------------------------------------------------

    @Test
    void readsUtf8WithByteOrderMarkAndCommas() throws IOException {
        ImportOutcome outcome = importCustomers("\uFEFFcustomer_id,first_name,last_name,email\nC1,Äijä,Öhman,aija@example.fi\n",
                StandardCharsets.UTF_8);

        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        assertThat(customer("C1")).containsEntry("first_name", "Äijä").containsEntry("last_name", "Öhman");
    }

    @Test
    void stampsACustomerFirstSeenAndChangedInTheShopsTimeWhateverTheMachinesZone() throws IOException {
        // the shop is in Helsinki (the default); the machine's and the database's zone may be UTC
        LocalDateTime before = LocalDateTime.now(ZoneId.of("Europe/Helsinki")).withNano(0);
        importCustomers("customer_id,first_name\nC1,Anna\n", StandardCharsets.UTF_8);
        importCustomers("customer_id,first_name\nC1,Annika\n", StandardCharsets.UTF_8);
        LocalDateTime after = LocalDateTime.now(ZoneId.of("Europe/Helsinki")).plusSeconds(1);

        Map<String, Object> annika = customer("C1");
        assertThat(annika).containsEntry("first_name", "Annika");
        assertThat(((java.sql.Timestamp) annika.get("created_at")).toLocalDateTime()).isBetween(before, after);
        assertThat(((java.sql.Timestamp) annika.get("updated_at")).toLocalDateTime()).isBetween(before, after);
    }

    @Test
    void readsWindows1252WithSemicolonsAsFinnishExcelWritesThem() throws IOException {
        importCustomers("Asiakasnumero;Etunimi;Sukunimi;Sähköposti\nC1;Åsa;Nyström;asa@example.se\n",
                Charset.forName("windows-1252"));

        assertThat(customer("C1")).containsEntry("first_name", "Åsa").containsEntry("last_name", "Nyström");
    }

    @Test
    void matchesHeadersCaseInsensitivelyWithAliasesAndSaysWhichItIgnored() throws IOException {
        ImportOutcome outcome = importCustomers("CUSTOMER NUMBER,Given Name,Surname,E-Mail,Favourite Colour\nC1,Anna,Smith,anna@example.com,red\n",
                StandardCharsets.UTF_8);

        assertThat(customer("C1")).containsEntry("first_name", "Anna").containsEntry("email", "anna@example.com");
        assertThat(outcome.ignored()).containsExactly("Favourite Colour");
    }

    @Test
    void keepsQuotedDelimitersQuotesAndNewlinesAndCountsLinesFromWhereARecordStarts() throws IOException {
        importCustomers("""
                customer_id;first_name;street;email
                C1;"Anna; ""Annie""\";"Mannerheimintie 5
                A 3";anna@example.fi
                ;Bo;Storgatan 1;bo@example.fi
                """, StandardCharsets.UTF_8);

        assertThat(customer("C1")).containsEntry("first_name", "Anna; \"Annie\"").containsEntry("street", "Mannerheimintie 5\nA 3");
        assertThat(rejections()).singleElement().satisfies(r -> assertThat(r).containsEntry("line", 4L));
    }

    @Test
    void readsDecimalCommasThousandSeparatorsAndRefunds() throws IOException {
        importCustomers("customer_id\nC1\n", StandardCharsets.UTF_8);

        importPurchases("""
                order_id;customer_id;purchased_at;amount
                O1;C1;23.11.2026;12,50
                O2;C1;2026-11-23 10:15;1 234,90
                O3;C1;2026-11-24T09:00:00;-12,50
                O4;C1;2026-11-24;"1,234.56"
                """);

        assertThat(amounts()).containsExactly(new BigDecimal("12.50"), new BigDecimal("1234.90"), new BigDecimal("-12.50"),
                new BigDecimal("1234.56"));
        assertThat(jdbc.queryForObject("SELECT purchased_at FROM purchase WHERE order_id = 'O2'", LocalDateTime.class))
                .isEqualTo(LocalDateTime.of(2026, 11, 23, 10, 15));
    }

    // --- money ---------------------------------------------------------------------------------

    @Test
    void convertsOtherCurrenciesWithTheConfiguredRateAndRejectsThoseWithout() throws IOException {
        importCustomers("customer_id\nC1\n", StandardCharsets.UTF_8);

        ImportOutcome outcome = importPurchases("""
                order_id,customer_id,purchased_at,amount,currency
                O1,C1,2026-11-01,100.00,SEK
                O2,C1,2026-11-01,10.00,EUR
                O3,C1,2026-11-01,10.00,JPY
                O4,C1,2026-11-01,10.00,XYZ
                """);

        assertThat(jdbc.queryForObject("SELECT amount_base FROM purchase WHERE order_id = 'O1'", BigDecimal.class))
                .isEqualByComparingTo("8.70");
        assertThat(jdbc.queryForObject("SELECT amount_base FROM purchase WHERE order_id = 'O2'", BigDecimal.class))
                .isEqualByComparingTo("10.00");
        assertThat(outcome.rejected()).isEqualTo(2);
        assertThat(reasons()).containsExactly("no exchange rate for JPY into EUR (set kanta.money.rates.JPY)",
                "not a currency code (ISO 4217, e.g. EUR, SEK)");
    }

    // --- rejections ----------------------------------------------------------------------------

    @Test
    void rejectsBadCustomerRowsNamingLineColumnValueAndReasonAndKeepsTheGoodOnes() throws IOException {
        ImportOutcome outcome = importCustomers("""
                customer_id,first_name,email,country,language,customer_since
                C1,Good,good@example.fi,FI,fi,2024-01-31
                ,No id,x@example.fi,FI,fi,
                C3,Bad email,matti@,FI,fi,
                C4,Bad country,d@example.fi,Atlantis,fi,
                C5,Bad language,e@example.fi,FI,klingon,
                C6,Bad date,f@example.fi,FI,fi,31.02.2024
                C7,%s,g@example.fi,FI,fi,
                C8,Extra,h@example.fi,FI,fi,,surprise
                C9,Good too,i@example.fi,Sweden,svenska,
                """.formatted("x".repeat(201)), StandardCharsets.UTF_8);

        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        assertThat(outcome.rejected()).isEqualTo(5);
        // a bad email or language is no reason to lose the customer: kept without it, with a warning
        assertThat(outcome.kept()).isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT external_id FROM customer ORDER BY external_id", String.class))
                .containsExactly("C1", "C3", "C5", "C9");
        assertThat(customer("C3")).containsEntry("email", "");
        assertThat(customer("C5")).containsEntry("language", "fi");
        assertThat(customer("C9")).containsEntry("country", "SE").containsEntry("language", "sv");
        assertThat(rejections()).extracting(r -> r.get("line") + " " + r.get("column_name") + ": " + r.get("reason")).containsExactly(
                "3 customer_id: is empty; a value is required",
                "5 country: not a country code (ISO 3166, e.g. FI, SE, GB)",
                "7 customer_since: not a date or time (expected e.g. 2026-11-23, 2026-11-23 10:15 or 23.11.2026)",
                "8 first_name: longer than 200 characters",
                "9 (row): has 7 values but the header has 6 columns; is a delimiter or quote out of place?");
        assertThat(Files.readString(outcome.rejectReport())).startsWith("\uFEFFline,column,value,reason")
                .contains("5,country,Atlantis,");
        assertThat(Files.readString(outcome.warningReport())).startsWith("\uFEFFline,column,value,what was done")
                .contains("4,email,matti@,not an email address; kept without an email address")
                .contains("6,language,klingon,\"not a supported language (one of fi, sv, en); kept with the shop's default language (fi)\"");
    }

    @Test
    void rejectsPurchasesOfUnknownCustomersAndBadValues() throws IOException {
        importCustomers("customer_id\nC1\n", StandardCharsets.UTF_8);

        ImportOutcome outcome = importPurchases("""
                order_id,customer_id,purchased_at,amount,category
                O1,C1,2026-11-01,10.00,Shoes
                O2,NOBODY,2026-11-01,10.00,Shoes
                O3,C1,yesterday,10.00,Shoes
                O4,C1,2026-11-01,ten,Shoes
                O5,C1,2026-11-01,10.001,Shoes
                O6,C1,2026-11-01,,Shoes
                """);

        assertThat(jdbc.queryForList("SELECT order_id FROM purchase", String.class)).containsExactly("O1");
        assertThat(outcome.rejected()).isEqualTo(5);
        assertThat(rejections()).extracting(r -> r.get("line") + " " + r.get("column_name") + " " + r.get("value")).containsExactly(
                "3 customer_id NOBODY", "4 purchased_at yesterday", "5 amount ten", "6 amount 10.001", "7 amount ");
    }

    @Test
    void aRepeatedOrderIdIsRejectedFromItsSecondLineNamingTheFirstInTheSameChunkAndLater() throws IOException {
        importCustomers("customer_id\nC1\nC2\n", StandardCharsets.UTF_8);

        // chunks of five rows: lines 2-6, 7-11
        ImportOutcome outcome = importPurchases("""
                order_id,customer_id,purchased_at,amount
                O1,C1,2026-11-01,10.00
                O1,C2,2026-11-01,3.00
                O2,C1,2026-11-02,20.00
                O3,C2,2026-11-03,30.00
                O4,C1,2026-11-04,40.00
                O5,C1,2026-11-05,50.00
                O1,C2,2026-11-06,4.00
                O2,NOBODY,2026-11-07,5.00
                """);

        assertThat(outcome.rejected()).isEqualTo(3);
        assertThat(outcome.imported()).isEqualTo(5).isEqualTo(count("purchase"));
        assertThat(jdbc.queryForObject("SELECT c.external_id || ' ' || CAST(p.amount AS VARCHAR(20)) FROM purchase p"
                + " JOIN customer c ON c.id = p.customer_id WHERE p.order_id = 'O1'", String.class)).isEqualTo("C1 10.00");
        assertThat(rejections()).extracting(r -> r.get("line") + " " + r.get("column_name") + " " + r.get("value") + ": " + r.get("reason"))
                .containsExactly(
                        "3 order_id O1: order O1 already appears on line 2; a repeated order id is most likely an order line:"
                                + " give one row per order, with the order's total",
                        "8 order_id O1: order O1 already appears on line 2; a repeated order id is most likely an order line:"
                                + " give one row per order, with the order's total",
                        "9 order_id O2: order O2 already appears on line 4; a repeated order id is most likely an order line:"
                                + " give one row per order, with the order's total");
    }

    @Test
    void aRepeatedKeyIsRejectedInEveryKindOfFile() throws IOException {
        ImportOutcome customers = importCustomers("customer_id,first_name\nC1,Anna\nC2,Bo\nC1,Anneli\n", StandardCharsets.UTF_8);
        ImportOutcome consents = importFile(ImportKind.CONSENTS, """
                customer_id,channel,granted,given_at,source
                C1,email,yes,2026-01-01 10:00,web form
                C1,email,no,2026-01-01 10:00,web form
                C1,email,no,2026-01-01 10:00,phone
                """);
        ImportOutcome suppressions = importFile(ImportKind.SUPPRESSIONS, """
                email,reason,date
                x@example.fi,bounced,2026-01-01
                x@example.fi,bounced,2026-01-01
                """);

        assertThat(customer("C1")).containsEntry("first_name", "Anna");
        assertThat(List.of(customers.rejected(), consents.rejected(), suppressions.rejected())).containsExactly(1L, 1L, 1L);
        assertThat(reasons()).containsExactlyInAnyOrder("customer C1 already appears on line 2",
                "the same consent (customer C1, channel, time and source) already appears on line 2",
                "the same suppression (x@example.fi, reason and time) already appears on line 2");
    }

    @Test
    void aKeyRepeatedAfterWhereAFailedImportStoppedIsRejectedWhenItResumes() throws IOException {
        importCustomers("customer_id\nC1\n", StandardCharsets.UTF_8);
        Path file = write("purchases.csv", """
                order_id,customer_id,purchased_at,amount
                O1,C1,2026-11-01,10.00
                O2,C1,2026-11-01,bad
                O3,C1,2026-11-01,bad
                O4,C1,2026-11-01,10.00
                O5,C1,2026-11-01,10.00
                O6,C1,2026-11-01,10.00
                O1,C1,2026-11-09,99.00
                """, StandardCharsets.UTF_8);
        ImportOutcome stopped = importer.importFile(ImportKind.PURCHASES, file, 1L);

        ImportOutcome resumed = importer.importFile(ImportKind.PURCHASES, file, 100L);

        assertThat(stopped.status()).isEqualTo(ImportOutcome.Status.FAILED);
        assertThat(stopped.read()).as("up to the row that passed the limit").isEqualTo(3);
        assertThat(resumed.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        assertThat(resumed.read()).isEqualTo(4);
        assertThat(reasons()).last().asString().startsWith("order O1 already appears on line 2;");
        assertThat(jdbc.queryForObject("SELECT amount FROM purchase WHERE order_id = 'O1'", BigDecimal.class)).isEqualByComparingTo("10.00");
    }

    @Test
    void theRejectLimitIsExactWithinAChunk() throws IOException {
        importCustomers("customer_id\nC1\n", StandardCharsets.UTF_8);
        // one chunk: line 2 good, 3 and 4 bad (an unknown customer is found only by the database), 5 good, 6 bad
        Path file = write("purchases.csv", """
                order_id,customer_id,purchased_at,amount
                O1,C1,2026-11-01,10.00
                O2,NOBODY,2026-11-01,10.00
                O3,C1,2026-11-01,bad
                O4,C1,2026-11-01,10.00
                O5,C1,2026-11-01,bad
                """, StandardCharsets.UTF_8);

        ImportOutcome stopped = importer.importFile(ImportKind.PURCHASES, file, 1L);

        assertThat(stopped.status()).isEqualTo(ImportOutcome.Status.FAILED);
        assertThat(stopped.read()).isEqualTo(3);
        assertThat(stopped.rejected()).isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT order_id FROM purchase", String.class)).containsExactly("O1");
        assertThat(rejections()).extracting(r -> r.get("line")).containsExactly(3L, 4L);
    }

    @Test
    void importsConsentHistoryAndRejectsUnknownChannelsAndAnswers() throws IOException {
        importCustomers("customer_id\nC1\n", StandardCharsets.UTF_8);

        ImportOutcome outcome = importFile(ImportKind.CONSENTS, """
                customer_id,channel,granted,given_at,source
                C1,email,yes,2026-01-01 10:00,web form
                C1,email,no,2026-06-01 10:00,unsubscribe link
                C1,uutiskirje,kyllä,2026-01-01 10:00,double opt-in
                C1,sms,yes,2026-01-01,web form
                C1,letter,maybe,2026-01-01,web form
                """);

        assertThat(jdbc.queryForList("SELECT channel || CASE WHEN granted THEN ':granted' ELSE ':refused' END FROM consent ORDER BY given_at, channel", String.class))
                .containsExactly("email:granted", "newsletter:granted", "email:refused"); // equal lengths: HSQLDB pads CASE results
        assertThat(outcome.rejected()).isEqualTo(2);
        assertThat(reasons()).containsExactly("not a channel (one of email, newsletter, letter)",
                "not yes or no (expected yes/no, true/false, 1/0, opt-in/opt-out)");
    }

    @Test
    void keepsEachCustomersNewestConsentBesideTheHistoryWhateverOrderTheRowsComeIn() throws IOException {
        importCustomers("customer_id\nC1\nC2\n", StandardCharsets.UTF_8);

        // chunks of five: the older C1 email row and the newer C2 letter row come in a later chunk
        importFile(ImportKind.CONSENTS, """
                customer_id,channel,granted,given_at,source
                C1,email,no,2026-06-01 10:00,unsubscribe link
                C2,email,yes,2026-01-01 10:00,web form
                C2,letter,no,2026-02-01 10:00,phone
                C1,newsletter,yes,2026-03-01 10:00,web form
                C1,newsletter,no,2026-03-01 10:00,phone
                C1,email,yes,2026-01-01 10:00,web form
                C2,letter,yes,2026-03-01 10:00,web form
                """);

        // equal times: the row written later decides
        assertThat(newestConsents()).isEqualTo(newestInHistory())
                .containsExactly("C1 email false", "C1 newsletter false", "C2 email true", "C2 letter true");

        // a corrected file changes the newest row's answer itself
        importFile(ImportKind.CONSENTS, """
                customer_id,channel,granted,given_at,source
                C1,email,yes,2026-06-01 10:00,unsubscribe link
                """);

        assertThat(newestConsents()).isEqualTo(newestInHistory())
                .containsExactly("C1 email true", "C1 newsletter false", "C2 email true", "C2 letter true");
    }

    @Test
    void importsAnEmailProvidersBounceExportWithUnixTimes() throws IOException {
        importCustomers("customer_id,email\nC1,Anna@Example.fi\n", StandardCharsets.UTF_8);

        ImportOutcome outcome = importFile(ImportKind.SUPPRESSIONS, """
                email,type,created
                " ANNA@example.fi",bounce,1767225600
                spam@example.com,spamreport,1767225600
                soft@example.com,soft bounce,1767225600
                ,bounce,1767225600
                """);

        assertThat(jdbc.queryForList("SELECT email_key || ' ' || reason FROM suppression ORDER BY email_key", String.class))
                .containsExactly("anna@example.fi BOUNCED", "spam@example.com COMPLAINED");
        assertThat(customer("C1")).containsEntry("email_key", "anna@example.fi");
        assertThat(outcome.rejected()).isEqualTo(2);
        assertThat(reasons()).containsExactly("a soft bounce is temporary, not a suppression", "needs an email address or a customer id");
    }

    @Test
    void keepsABirthdayAsMonthAndDayAndAFileWithoutBirthdaysKeepsThoseKnown() throws IOException {
        importCustomers("customer_id,födelsedag\nC1,1985-03-14\nC2,29.2.\n", StandardCharsets.UTF_8);
        importCustomers("customer_id,first_name\nC1,Anna\nC2,Bo\n", StandardCharsets.UTF_8);

        assertThat(jdbc.queryForList("SELECT external_id || ' ' || first_name || ' ' || birth_month || '.' || birth_day"
                + " FROM customer ORDER BY external_id", String.class)).containsExactly("C1 Anna 3.14", "C2 Bo 2.29");
    }

    @Test
    void importsTheRobinsonListAsLetterSuppressionsOfPeopleByNameAndAddressOncePerPerson() throws IOException {
        ImportOutcome outcome = importFile(ImportKind.ROBINSON, """
                sukunimi;etunimet;lähiosoite;postinumero;postitoimipaikka
                Mäkelä;Aino Maria;Hämeentie 12 B 7;00530;Helsinki
                MÄKELÄ;Aino;HÄMEENTIE 12 B 7;00530;HELSINKI
                Virtanen;Liisa;;00100;Helsinki
                """);
        importFile(ImportKind.ROBINSON, "last_name,first_name,street,postal_code,country\nMäkelä,Aino,Hämeentie 12 B 7,00530,FI\n");

        assertThat(jdbc.queryForList("SELECT person_key || ' ' || reason || ' ' || COALESCE(email_key, '-') FROM suppression",
                String.class)).containsExactly("hämeentie12b7|00530|fi#aino|mäkelä ROBINSON -");
        assertThat(outcome.rejected()).isEqualTo(2);
        assertThat(reasons()).containsExactly("the same person at the same address already appears on line 2",
                "is empty; a value is required");
    }

    @Test
    void importsSurveyAnswersIntoTheFeedbackTableByCustomerIdOrEmailAndUpdatesTheSameAnswerInPlace() throws IOException {
        importCustomers("customer_id,email\nC1,anna@example.fi\nC2,bo@example.fi\n", StandardCharsets.UTF_8);

        ImportOutcome outcome = importFile(ImportKind.FEEDBACK, """
                customer_id,email,score,comment,answered_at,question
                C1,,9,Hyvä,2026-11-20 10:15,Autumn
                ,BO@example.fi,3,,2026-11-21,
                C9,,8,,2026-11-21,
                C1,,9.5,,2026-11-22,
                """);
        importFile(ImportKind.FEEDBACK, "asiakasnumero;nps;kommentti;vastattu;kysely\nC1;10;Hyvä!;20.11.2026 10.15;Autumn\n");

        assertThat(jdbc.queryForList("SELECT c.external_id || ' ' || f.campaign || ' ' || f.run_key || ' ' || f.score || ' '"
                + " || COALESCE(f.comment, '-') FROM feedback f JOIN customer c ON c.id = f.customer_id ORDER BY 1", String.class))
                .containsExactly("C1 Autumn 2026-11-20T10:15:00 10 Hyvä!", "C2 survey 2026-11-21T00:00:00 3 -");
        assertThat(outcome.rejected()).isEqualTo(2);
    }

    @Test
    void refusesAFileWithoutARequiredColumnBeforeImportingAnything() throws IOException {
        Path file = write("purchases.csv", "order_id,customer,when\nO1,C1,2026-01-01\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> importer.importFile(ImportKind.PURCHASES, file, null))
                .isInstanceOf(ImportFileException.class)
                .hasMessageContaining("purchases.csv line 1: no column for purchased_at")
                .hasMessageContaining("ostopäivä");
    }

    @Test
    void refusesAnUnclosedQuoteNamingTheLine() throws IOException {
        ImportOutcome outcome = importCustomers("customer_id,first_name\nC1,Anna\nC2,\"Bo\nC3,Cecilia\n", StandardCharsets.UTF_8);

        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.FAILED);
        assertThat(inEnglish(outcome.problem())).contains("customers.csv near line").contains("quote");
    }

    // --- Unicode -------------------------------------------------------------------------------

    @Test
    void storesNamesAndAddressesExactlyAsGiven() throws IOException {
        List<String> names = List.of("Väinö Äyräpää", "Åke Öst", "Zoë 🎉", "<script>alert(1)</script>", "Дмитрий Иванов",
                "Ελένη Παπαδοπούλου", "=cmd|' /C calc'!A0");
        StringBuilder csv = new StringBuilder("customer_id,first_name,street\n");
        for (int i = 0; i < names.size(); i++) {
            csv.append("C").append(i).append(",\"").append(names.get(i)).append("\",\"").append(names.get(i)).append(" tie 1\"\n");
        }

        importCustomers(csv.toString(), StandardCharsets.UTF_8);

        for (int i = 0; i < names.size(); i++) {
            assertThat(customer("C" + i)).containsEntry("first_name", names.get(i)).containsEntry("street", names.get(i) + " tie 1");
        }
    }

    // --- idempotence, restart, fixing ----------------------------------------------------------

    @Test
    void importingTheSameRowsAgainChangesNothing() throws IOException {
        String customers = "customer_id,first_name,email\nC1,Anna,anna@example.fi\nC2,Bo,bo@example.se\n";
        importCustomers(customers, StandardCharsets.UTF_8);
        importPurchases("order_id,customer_id,purchased_at,amount\nO1,C1,2026-01-01,10.00\n");
        List<Map<String, Object>> before = snapshot();

        ImportOutcome sameFile = importCustomers(customers, StandardCharsets.UTF_8);
        ImportOutcome sameRowsOtherBytes = importFile(ImportKind.CUSTOMERS, customers.replace("\n", "\r\n"));

        assertThat(sameFile.status()).isEqualTo(ImportOutcome.Status.ALREADY_IMPORTED);
        assertThat(sameRowsOtherBytes.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aChangedRowUpdatesTheCustomerInPlace() throws IOException {
        importCustomers("customer_id,first_name,email\nC1,Anna,anna@example.fi\n", StandardCharsets.UTF_8);
        Object id = customer("C1").get("id");

        importFile(ImportKind.CUSTOMERS, "customer_id,first_name,email\nC1,Anna,anna.virtanen@example.fi\n");

        assertThat(customer("C1")).containsEntry("id", id).containsEntry("email_key", "anna.virtanen@example.fi");
    }

    @Test
    void stopsOverTheRejectLimitKeepingGoodRowsAndAFixedFileImportsFromLineOne() throws IOException {
        StringBuilder broken = new StringBuilder("customer_id,customer_since\n");
        for (int i = 1; i <= 20; i++) {
            broken.append("C").append(i).append(",").append(i % 2 == 0 ? "bad" : "2024-01-31").append('\n');
        }
        Path file = write("customers.csv", broken.toString(), StandardCharsets.UTF_8);

        ImportOutcome failed = importer.importFile(ImportKind.CUSTOMERS, file, 3L);

        assertThat(failed.status()).isEqualTo(ImportOutcome.Status.FAILED);
        assertThat(inEnglish(failed.problem())).contains("more than 3 rejected rows");
        assertThat(failed.rejectReport()).exists();
        long keptBeforeTheStop = count("customer");
        assertThat(keptBeforeTheStop).isPositive().isLessThan(10);

        Path fixed = write("customers.csv", broken.toString().replace(",bad", ",2024-02-29"), StandardCharsets.UTF_8);
        ImportOutcome imported = importer.importFile(ImportKind.CUSTOMERS, fixed, 3L);

        assertThat(imported.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        assertThat(imported.read()).isEqualTo(20);
        assertThat(count("customer")).isEqualTo(20);
    }

    @Test
    void aFailedImportOfTheSameFileResumesWhereItStopped() throws IOException {
        StringBuilder csv = new StringBuilder("customer_id,customer_since\n");
        for (int i = 1; i <= 20; i++) {
            csv.append("C").append(i).append(",").append(i <= 6 ? "bad" : "2024-01-31").append('\n');
        }
        Path file = write("customers.csv", csv.toString(), StandardCharsets.UTF_8);
        ImportOutcome failed = importer.importFile(ImportKind.CUSTOMERS, file, 2L);
        assertThat(failed.status()).isEqualTo(ImportOutcome.Status.FAILED);

        ImportOutcome resumed = importer.importFile(ImportKind.CUSTOMERS, file, 100L);

        assertThat(resumed.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        assertThat(failed.read() + resumed.read()).isEqualTo(20);
        assertThat(count("customer")).isEqualTo(14);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM import_reject", Long.class)).isEqualTo(6);
        assertThat(Files.readAllLines(resumed.rejectReport())).hasSize(7);
    }

    // --- products and order lines ----------------------------------------------------------------

    @Test
    void importsProductsWithTheirNamesRefusesAddressesThatAreNotHttpsAndUpdatesFromALaterFile() throws IOException {
        Path first = write("products.csv", """
                sku;name;category;price;currency;page_url;image_url;in_stock;name_fi;name_sv
                P1;Running shoe;Shoes;"89,90";EUR;https://shop.example/p1;https://shop.example/p1.jpg;yes;Juoksukenkä;Löparsko
                P2;Sock;Clothing;5;EUR;http://shop.example/p2;;yes;;
                P3;Cap;Clothing;12;EUR;;javascript:alert(1);yes;;
                P4;=cmd|' /C calc'!A0;Gifts;10;EUR;;;0;;
                P5;Mat;Sports;-1;EUR;;;yes;;
                """, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(first, java.nio.file.attribute.FileTime.fromMillis(1_700_000_000_000L));

        ImportOutcome outcome = importer.importFile(ImportKind.PRODUCTS, first, null);

        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        assertThat(jdbc.queryForList("SELECT sku || ' ' || name || ' ' || CASE WHEN in_stock THEN CAST('in' AS VARCHAR(3)) ELSE 'out' END"
                + " FROM product ORDER BY sku", String.class)).containsExactly("P1 Running shoe in", "P4 =cmd|' /C calc'!A0 out");
        assertThat(productNames("P1")).containsExactly("fi Juoksukenkä", "sv Löparsko");
        assertThat(rejections()).extracting(r -> r.get("line") + " " + r.get("column_name") + " " + r.get("value")).containsExactly(
                "3 page_url http://shop.example/p2", "4 image_url javascript:alert(1)", "6 price -1");
        assertThat(reasons().get(0)).contains("not an https address");

        Path later = write("products.csv", """
                sku,name,price,in_stock,name_fi
                P1,Running shoe,79.90,0,Juoksukenkä (uusi)
                """, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(later, java.nio.file.attribute.FileTime.fromMillis(1_700_000_600_000L));
        importer.importFile(ImportKind.PRODUCTS, later, null);

        assertThat(jdbc.queryForObject("SELECT price FROM product WHERE sku = 'P1'", BigDecimal.class)).isEqualByComparingTo("79.90");
        assertThat(jdbc.queryForObject("SELECT in_stock FROM product WHERE sku = 'P1'", Boolean.class)).isFalse();
        assertThat(productNames("P1")).containsExactly("fi Juoksukenkä (uusi)", "sv Löparsko");

        Path older = write("products.csv", "sku,name,price\nP1,Old shoe,99.00\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(older, java.nio.file.attribute.FileTime.fromMillis(1_600_000_000_000L));
        importer.importFile(ImportKind.PRODUCTS, older, null);

        assertThat(jdbc.queryForObject("SELECT name FROM product WHERE sku = 'P1'", String.class))
                .as("an older file does not undo a newer one").isEqualTo("Running shoe");
    }

    @Test
    void importsOrderLinesOfKnownOrdersNumberingThemInFileOrderAcrossChunks() throws IOException {
        importCustomers("customer_id\nC1\n", StandardCharsets.UTF_8);
        importPurchases("order_id,customer_id,purchased_at,amount\nO1,C1,2026-11-01,30.00\nO2,C1,2026-11-02,20.00\n");

        // chunks of five rows: O1's fourth line comes in the second chunk
        ImportOutcome outcome = importFile(ImportKind.ORDER_LINES, """
                order_id,sku,quantity,price
                O1,P1,1,10.00
                O1,P2,2,5.00
                O9,P1,1,10.00
                O2,P3,1,20.00
                O1,P4,0,1.00
                O1,P5,1,"10,00"
                """);

        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        assertThat(orderLines()).containsExactly("O1 1 P1 x1", "O1 2 P2 x2", "O1 4 P5 x1", "O2 1 P3 x1");
        assertThat(rejections()).extracting(r -> r.get("line") + " " + r.get("column_name") + " " + r.get("value")).containsExactly(
                "4 order_id O9", "6 quantity 0");
        assertThat(reasons()).contains("no purchase has this order id (import the purchases first)");

        importFile(ImportKind.ORDER_LINES, "order_id;line_no;sku;quantity;price\nO1;2;P2;3;5,00\nO1;2;P9;1;1\n");

        assertThat(orderLines()).as("a file with line numbers updates those lines").contains("O1 2 P2 x3").doesNotContain("O1 2 P9 x1");
        assertThat(reasons()).anyMatch(reason -> reason.startsWith("order O1 line 2 already appears on line 2"));
    }

    // --- helpers -------------------------------------------------------------------------------

    private ImportOutcome importCustomers(String csv, Charset charset) throws IOException {
        return importer.importFile(ImportKind.CUSTOMERS, write("customers.csv", csv, charset), null);
    }

    private ImportOutcome importPurchases(String csv) throws IOException {
        return importFile(ImportKind.PURCHASES, csv);
    }

    private ImportOutcome importFile(ImportKind kind, String csv) throws IOException {
        return importer.importFile(kind, write(kind.label() + ".csv", csv, StandardCharsets.UTF_8), null);
    }

    private Path write(String name, String content, Charset charset) throws IOException {
        Path folder = Files.createTempDirectory(files, "f");
        return Files.write(folder.resolve(name), content.getBytes(charset));
    }

    private static String inEnglish(fi.kanta.words.SaidError.Text problem) {
        return problem.said(fi.kanta.words.Words.english(java.time.ZoneOffset.UTC));
    }

    private Map<String, Object> customer(String externalId) {
        return jdbc.queryForMap("SELECT * FROM customer WHERE external_id = ?", externalId).entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.getKey().toLowerCase(), e -> e.getValue() == null ? "" : e.getValue()));
    }

    private List<BigDecimal> amounts() {
        return jdbc.queryForList("SELECT amount FROM purchase ORDER BY order_id", BigDecimal.class);
    }

    private List<Map<String, Object>> rejections() {
        return jdbc.queryForList("SELECT line, column_name, value, reason FROM import_reject ORDER BY line, id").stream()
                .map(row -> row.entrySet().stream().collect(java.util.stream.Collectors.toMap(e -> e.getKey().toLowerCase(),
                        e -> e.getValue() instanceof Number n ? (Object) n.longValue() : e.getValue() == null ? "" : e.getValue())))
                .toList();
    }

    private List<String> reasons() {
        return jdbc.queryForList("SELECT reason FROM import_reject ORDER BY line, id", String.class);
    }

    /** consent_newest, as "customer channel granted" lines. */
    private List<String> newestConsents() {
        return jdbc.queryForList("SELECT c.external_id || ' ' || k.channel || ' ' || CASE WHEN k.granted THEN CAST('true' AS VARCHAR(5)) ELSE 'false' END"
                + " FROM consent_newest k JOIN customer c ON c.id = k.customer_id ORDER BY 1", String.class);
    }

    /** The same, searched for in the history: the latest row per customer and channel, the later written on a tie. */
    private List<String> newestInHistory() {
        return jdbc.queryForList("SELECT c.external_id || ' ' || k.channel || ' ' || CASE WHEN k.granted THEN CAST('true' AS VARCHAR(5)) ELSE 'false' END"
                + " FROM consent k JOIN customer c ON c.id = k.customer_id WHERE NOT EXISTS (SELECT 1 FROM consent n"
                + " WHERE n.customer_id = k.customer_id AND n.channel = k.channel AND (n.given_at > k.given_at"
                + " OR (n.given_at = k.given_at AND n.id > k.id))) ORDER BY 1", String.class);
    }

    private List<String> productNames(String sku) {
        return jdbc.queryForList("SELECT n.language || ' ' || n.name FROM product_name n JOIN product p ON p.id = n.product_id"
                + " WHERE p.sku = ? ORDER BY n.language", String.class, sku);
    }

    private List<String> orderLines() {
        return jdbc.queryForList("SELECT order_id || ' ' || CAST(line_no AS VARCHAR(11)) || ' ' || sku || ' x'"
                + " || CAST(quantity AS VARCHAR(11)) FROM order_line ORDER BY order_id, line_no", String.class);
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private List<Map<String, Object>> snapshot() {
        return jdbc.queryForList("SELECT * FROM customer ORDER BY id");
    }
}
