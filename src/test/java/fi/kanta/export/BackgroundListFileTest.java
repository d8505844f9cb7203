package fi.kanta.export;

import static fi.kanta.export.MailingLists.NUMBERED_COLUMNS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The list written on its own thread: every row, in order, even when the caller reuses its array;
 * a refused row or a failing disk comes back to the caller; nothing waits forever.
 */
class BackgroundListFileTest {

    private static final ListDocument DOCUMENT = new ListDocument("Recipients", "test", null);

    @Test
    void everyRowIsWrittenInOrderThoughTheCallerReusesItsArray() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ListSummary summary;
        try (ListFile list = new BackgroundListFile(CsvListWriter.commas().open(out, DOCUMENT, NUMBERED_COLUMNS))) {
            Object[] row = new Object[2];
            for (int i = 1; i <= 10_000; i++) {
                row[0] = "Customer " + i;
                row[1] = String.format("%05d", i);
                list.add(row);
            }
            summary = list.finish();
        }

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(summary.rows()).isEqualTo(10_000);
        assertThat(lines).hasSize(10_001);
        for (int i = 1; i <= 10_000; i++) {
            assertThat(lines.get(i)).isEqualTo("Customer " + i + "," + String.format("%05d", i));
        }
    }

    @Test
    void aRefusedRowComesBackAndTheListCannotBeFinished() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ListFile list = new BackgroundListFile(new XlsxListWriter("EUR").open(out, DOCUMENT, NUMBERED_COLUMNS))) {
            list.add("Customer 1", "00100");
            list.add("Customer 2", "00200", "a third value");

            assertThatThrownBy(list::finish).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 values, not 3");
        }
        assertThat(out.size()).isZero();
    }

    @Test
    void aFailingDiskComesBackFromAddWithoutHangingTheReader() {
        OutputStream fullDisk = new OutputStream() {
            private long written;

            @Override
            public void write(int b) throws IOException {
                if (++written > 100_000) { // the header and the first rows fit
                    throw new IOException("No space left on device");
                }
            }
        };
        assertThatThrownBy(() -> {
            try (ListFile list = new BackgroundListFile(CsvListWriter.commas().open(fullDisk, DOCUMENT, NUMBERED_COLUMNS))) {
                for (int i = 0; i < 1_000_000; i++) {
                    list.add("Customer " + i, "00100");
                }
                list.finish();
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("No space left on device");
    }

    @Test
    void closingWithoutFinishingAbandonsTheList() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ListFile list = new BackgroundListFile(new XlsxListWriter("EUR").open(out, DOCUMENT, NUMBERED_COLUMNS));
        list.add("Customer 1", "00100");
        list.close();

        assertThat(out.size()).isZero();
        assertThatThrownBy(() -> list.add("Customer 2", "00200")).isInstanceOf(IllegalStateException.class);
    }
}
