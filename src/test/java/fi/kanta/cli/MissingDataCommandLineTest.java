package fi.kanta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.CommandLines;
import fi.kanta.TestCampaigns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Data a shop has that Kanta could not take, through the real command line: birthdays (month and
 * day only), the direct-marketing opt-out register (Robinson list) for letters, and answers from
 * another survey tool for the NPS report.
 */
class MissingDataCommandLineTest extends InAHome {

    @Test
    void birthdaysAreKeptAsMonthAndDayAndAmbiguousOrImpossibleDatesAreRefusedByName() throws Exception {
        Path customers = file("customers.csv", """
                Asiakasnumero;Etunimi;Syntymäpäivä
                B1;Aino;14.3.1985
                B2;Bo;1988-02-29
                B3;Cay;--12-24
                B4;Dan;3/14
                B5;Eve;1985-02-29
                B6;Fia;
                """);

        String imported = kanta(0, "import", "customers", customers.toString());

        // a birthday is an optional value: a bad one keeps the customer without it
        assertThat(imported).contains("6 customers rows read, 6 imported (2 with a value left out or corrected), 0 rejected");
        assertThat(rows("SELECT external_id || ' ' || birth_month || '-' || birth_day FROM customer"
                + " WHERE birth_month IS NOT NULL ORDER BY 1")).containsExactly("B1 3-14", "B2 2-29", "B3 12-24");
        assertThat(rows("SELECT external_id FROM customer WHERE birth_month IS NULL ORDER BY 1")).containsExactly("B4", "B5", "B6");
        String warnings = Files.readString(home.resolve(rejectReport("customers")).resolveSibling("warnings.csv"));
        assertThat(warnings).contains("5,Syntymäpäivä,3/14,\"a date with slashes may be day/month or month/day; write it as 14.3.1985")
                .contains("6,Syntymäpäivä,1985-02-29,\"not a date (1985 had no 29 February)");

        Files.createDirectories(home.resolve("jobs"));
        Files.writeString(home.resolve("jobs/segments.yml"), """
                march-birthdays:
                  all: [ { field: birth_month, op: "=", value: 3 } ]
                any-birthday:
                  all: [ { field: birthday, op: within next days, value: 366 } ]
                """);
        assertThat(kanta(0, "segment", "march-birthdays", "--count")).contains("march-birthdays: 1 ");
        assertThat(kanta(0, "segment", "any-birthday", "--count")).contains("any-birthday: 3 ");
    }

    @Test
    void theBirthdayCampaignOfJobsReadmeIsValidAsWrittenAndGreetsTodaysBirthdays() throws Exception {
        String readme = Files.readString(Path.of("jobs", "README.md"));
        int section = readme.indexOf("### A birthday campaign");
        int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
        String definition = readme.substring(start, readme.indexOf("```", start));
        FileSystemUtils.copyRecursively(Path.of("jobs"), home.resolve("jobs"));
        FileSystemUtils.copyRecursively(Path.of("templates"), home.resolve("templates"));
        FileSystemUtils.copyRecursively(Path.of("templates", "win-back"), home.resolve("templates/birthday"));
        Files.writeString(home.resolve("jobs/birthday.yml"), definition);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
        kanta(0, "import", "customers", file("customers.csv", "customer_id,email,birthday\nT1,t1@example.fi,"
                + today.withYear(1980).format(DateTimeFormatter.ofPattern("d.M.uuuu")) + "\nT2,t2@example.fi,"
                + (today.getMonthValue() == 6 ? "1.1." : "1.6.") + "\n").toString());
        kanta(0, "import", "purchases", file("purchases.csv", "order_id,customer_id,purchased_at,amount\nO1,T1,"
                + today.minusDays(30) + ",10.00\nO2,T2," + today.minusDays(30) + ",10.00\n").toString());
        kanta(0, "import", "consents", file("consents.csv", "customer_id,channel,granted,given_at\nT1,email,yes,2026-01-01\n"
                + "T2,email,yes,2026-01-01\n").toString());

        assertThat(kanta(0, "validate")).contains("ok     jobs/birthday.yml");
        assertThat(kanta(0, "run", "birthday", "--dry-run")).containsPattern("= recipients\\s+1\\b");
    }

    @Test
    void aCustomerOnTheRobinsonListGetsNoLetterWhileAHousemateWithAnotherNameStillDoes() throws Exception {
        Path customers = file("customers.csv", """
                asiakasnumero;etunimi;sukunimi;sähköposti;katuosoite;postinumero;postitoimipaikka
                R1;Aino;Mäkelä;aino@example.fi;Hämeentie 12 B 7;00530;Helsinki
                R2;Matti;Mäkelä;;Hämeentie 12 B 7;00530;Helsinki
                R3;Liisa;Virtanen;;Mannerheimintie 5 A 3;00100;Helsinki
                R4;Aino;Mäkelä;;Kauppakatu 1;40100;Jyväskylä
                """);
        Path consents = file("consents.csv", "customer_id,channel,granted,given_at\nR1,email,yes,2026-01-01 10:00\n");
        // the register writes every first name and capitals; one row lacks its street
        Path robinson = file("robinson.csv", """
                Sukunimi;Etunimet;Lähiosoite;Postinumero;Postitoimipaikka
                MÄKELÄ;Aino Maria;HÄMEENTIE 12 B 7;00530;HELSINKI
                Virtanen;Liisa;Mannerheimintie 5 a 3;00100;Helsinki
                Nieminen;Pekka;;00100;Helsinki
                """);
        kanta(0, "import", "customers", customers.toString());
        kanta(0, "import", "consents", consents.toString());

        String listed = kanta(0, "import", "robinson", robinson.toString());

        assertThat(listed).contains("3 robinson rows read, 2 imported, 1 rejected");
        assertThat(rows("SELECT reason || ' ' || COALESCE(email_key, '-') || ' ' || COALESCE(CAST(customer_id AS VARCHAR(20)), '-')"
                + " FROM suppression")).containsExactly("ROBINSON - -", "ROBINSON - -");
        TestCampaigns.define(home, "letters", """
                name: letters
                kind: win-back
                period: weekly
                segment: { all: [] }
                holdout: 0
                channels:
                  - { type: letter, template: win-back, cost: 1.50 }
                  - { type: email, template: win-back }
                offer: { code-prefix: LT, discount: "10 %", valid-days: 14 }
                """);
        Files.writeString(home.resolve("jobs/segments.yml"), "everyone:\n  all: []\n");

        String dryRun = kanta(0, "run", "letters", "--dry-run", "--run-key", "r1");
        assertThat(dryRun).containsPattern("on the direct-marketing opt-out register \\(Robinson\\), no letter\\s+-1");
        kanta(0, "run", "letters", "--run-key", "r1", "--yes");

        // Aino on the list still gets her email; her housemate Matti and the other Aino Mäkelä get letters
        assertThat(rows("SELECT c.external_id || ' ' || r.channel FROM campaign_recipient r JOIN customer c ON c.id = r.customer_id"
                + " ORDER BY 1")).containsExactly("R1 email", "R2 letter", "R4 letter");
        assertThat(rows("SELECT stage || ' ' || customers FROM campaign_funnel WHERE stage = 'robinson'")).containsExactly("robinson 1");
        String addresses = Files.readString(home.resolve("out/letters/r1/letters/addresses.csv"));
        assertThat(addresses).contains("Matti").contains("Kauppakatu 1").doesNotContain("Virtanen");
        assertThat(kanta(0, "report", "letters/r1")).contains("on the direct-marketing opt-out register (Robinson)");
    }

    @Test
    void answersFromAnotherSurveyToolCountInTheNpsReportOnceHoweverOftenTheyAreImported() throws Exception {
        Path customers = file("customers.csv", """
                customer_id,email
                F1,f1@example.fi
                F2,f2@example.fi
                F3,shared@example.fi
                F4,Shared@example.fi
                """);
        Path answers = file("survey-export.csv", """
                ID,Sähköposti,Asiakasnumero,Suositteluhalukkuus,Palaute,Vastattu,Kysely
                1,,F1,10,Loistava palvelu,2026-11-20 10:15,Syksyn kysely
                2,f2@example.fi,,6,,20.11.2026 11.00,Syksyn kysely
                3,shared@example.fi,,9,,2026-11-21,
                4,,F9,8,,2026-11-21,
                5,,F1,11,,2026-11-22,
                6,,F1,9,,,
                """);
        kanta(0, "import", "customers", customers.toString());

        String imported = kanta(0, "import", "feedback", answers.toString());

        assertThat(imported).contains("6 feedback rows read, 2 imported, 4 rejected");
        String rejects = Files.readString(home.resolve(rejectReport("feedback")));
        assertThat(rejects).contains("4,Sähköposti,shared@example.fi,more than one customer has this email address; give the customer id")
                .contains("5,Asiakasnumero,F9,no customer has this id")
                .contains("6,Suositteluhalukkuus,11,not a score: a whole number 0 to 10")
                .contains("7,Vastattu,,is empty; a value is required");
        assertThat(kanta(0, "report", "nps")).containsPattern("total\\s+2\\s+1\\s+0\\s+1\\s+0");
        assertThat(kanta(0, "report", "nps", "--campaign", "Syksyn kysely")).containsPattern("total\\s+2\\s+1\\s+0\\s+1\\s+0");

        assertThat(kanta(0, "import", "feedback", answers.toString())).contains("already imported");
        Path corrected = file("survey-export-2.csv", """
                Asiakasnumero;NPS;Kommentti;Päivämäärä;Kysely
                F1;10;Loistava palvelu!;20.11.2026 10.15;Syksyn kysely
                """);
        assertThat(kanta(0, "import", "feedback", corrected.toString())).contains("1 feedback rows read, 1 imported, 0 rejected");
        assertThat(rows("SELECT c.external_id || ' ' || f.score || ' ' || COALESCE(f.comment, '-') FROM feedback f"
                + " JOIN customer c ON c.id = f.customer_id ORDER BY 1")).containsExactly("F1 10 Loistava palvelu!", "F2 6 -");
        assertThat(kanta(0, "report", "nps")).containsPattern("total\\s+2\\s+1\\s+0\\s+1\\s+0");
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(Files.createDirectories(home.resolve("in")).resolve(name), content);
    }

    /** The reject report of the one import of this kind: out/import/KIND/SHA12/rejects.csv. */
    private Path rejectReport(String kind) throws IOException {
        try (var folders = Files.list(home.resolve("out/import").resolve(kind))) {
            return folders.findFirst().orElseThrow().resolve("rejects.csv");
        }
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:hsqldb:file:" + home + "/data/kanta;shutdown=true", "SA", fi.kanta.CommandLines.password(home));
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
