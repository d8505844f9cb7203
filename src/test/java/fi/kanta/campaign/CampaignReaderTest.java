package fi.kanta.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kanta.UserError;
import fi.kanta.definition.DefinitionError;
import fi.kanta.segment.Segment;
import fi.kanta.segment.SegmentField;
import fi.kanta.words.Words;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Campaign definitions: the shipped ones read; a broken one names file, line and field. */
class CampaignReaderTest {

    private static final String GOOD = """
            name: w
            kind: win-back
            period: weekly
            segment: { all: [ { field: clv_12m, op: ">=", value: 10 } ] }
            holdout: 0.1
            channels:
              - { type: email, template: w }
            """;

    @TempDir
    Path folder;

    private final CampaignReader reader = new CampaignReader(name -> {
        throw new UserError("no segment named \"" + name + "\"");
    }, ZoneId.of("Europe/Helsinki"), Campaigns.EXPORT_COLUMNS, Words.english(ZoneId.of("Europe/Helsinki")));

    @Test
    void aGoodDefinitionGetsTheDesignDefaults() throws IOException {
        Campaign campaign = read(GOOD);
        assertThat(campaign.selection().frequencyCap()).isEqualTo(new Campaign.FrequencyCap(true, true, 14));
        assertThat(campaign.selection().rankBy()).isEqualTo(SegmentField.CLV_12M);
        assertThat(campaign.zone()).isEqualTo(ZoneId.of("Europe/Helsinki"));
        assertThat(campaign.holdout()).isEqualTo(0.1);
    }

    @Test
    void theShippedExamplesRead() {
        Path jobs = Path.of("jobs");
        CampaignReader shipped = new CampaignReader(name -> new Segment(name, "", fi.kanta.segment.Filter.everyone()),
                ZoneId.of("Europe/Helsinki"), Campaigns.EXPORT_COLUMNS, Words.english(ZoneId.of("Europe/Helsinki")));
        Campaign winBack = shipped.read(jobs.resolve("win-back.yml"), jobs.resolve("win-back.yml"));
        Campaign newsletter = shipped.read(jobs.resolve("weekly-newsletter.yml"), jobs.resolve("weekly-newsletter.yml"));
        assertThat(winBack.channels()).extracting(Campaign.Channel::type).containsExactly(ChannelType.LETTER, ChannelType.EMAIL);
        assertThat(newsletter.holdout()).isZero();
        assertThat(newsletter.selection().frequencyCap().counts()).isFalse();
        assertThat(newsletter.schedule()).isPresent();
    }

    @Test
    void brokenDefinitionsNameFileLineAndField() {
        assertThatThrownBy(() -> read(GOOD.replace("holdout: 0.1", "holdout: ten")))
                .isInstanceOf(DefinitionError.class)
                .hasMessage("jobs/w.yml:5: holdout: expected a number (a dot for decimals, e.g. 1.20), got \"ten\"");
        assertThatThrownBy(() -> read(GOOD.replace("holdout: 0.1", "holdout: 1.5")))
                .hasMessageStartingWith("jobs/w.yml:5: holdout: expected a fraction from 0 up to (not including) 1");
        assertThatThrownBy(() -> read(GOOD + "colour: blue\n"))
                .hasMessageStartingWith("jobs/w.yml:8: colour: unknown field; allowed here: channels, description, export,");
        assertThatThrownBy(() -> read(GOOD.replace("period: weekly", "period: fortnightly")))
                .hasMessage("jobs/w.yml:3: period: \"fortnightly\" is not allowed; allowed: daily, weekly, monthly");
        assertThatThrownBy(() -> read(GOOD.replace("type: email", "type: sms")))
                .hasMessage("jobs/w.yml:7: channels[0].type: \"sms\" is not allowed; allowed: email, letter");
        assertThatThrownBy(() -> read(GOOD.replace("name: w", "name: other")))
                .hasMessageStartingWith("jobs/w.yml:1: name: the name must be the file's name (\"w\")");
        assertThatThrownBy(() -> read(GOOD.replace("segment: {", "segment: [")))
                .hasMessageStartingWith("jobs/w.yml:").hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> read(GOOD.replace("{ all: [ { field: clv_12m, op: \">=\", value: 10 } ] }", "lost-souls")))
                .hasMessage("jobs/w.yml:4: segment: no segment named \"lost-souls\"");
        assertThatThrownBy(() -> read(GOOD + "schedule: { cron: \"every monday\" }\n"))
                .hasMessageStartingWith("jobs/w.yml:8: schedule.cron: not a cron expression");
        assertThatThrownBy(() -> read(GOOD + "export: { columns: [email, password] }\n"))
                .hasMessageStartingWith("jobs/w.yml:8: export.columns[1]: not an export column; allowed:");
        assertThatThrownBy(() -> read(GOOD.replace("holdout: 0.1\n", "")))
                .hasMessage("jobs/w.yml:1: missing field \"holdout\"");
    }

    private Campaign read(String yaml) throws IOException {
        Path file = Files.writeString(folder.resolve("w.yml"), yaml);
        return reader.read(file, Path.of("jobs", "w.yml"));
    }
}
