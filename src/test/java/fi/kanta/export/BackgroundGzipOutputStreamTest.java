package fi.kanta.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class BackgroundGzipOutputStreamTest {

    @Test
    void whatIsWrittenInPiecesOfAnySizeComesBackWhole() throws IOException {
        byte[] data = new byte[1_000_003];
        Random random = new Random(7);
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) ("<c r=\"A1\"><is><t>" .charAt(i % 17) + random.nextInt(3));
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (OutputStream gzip = new BackgroundGzipOutputStream(file)) {
            int at = 0;
            while (at < data.length) {
                int piece = Math.min(random.nextInt(200_000), data.length - at);
                if (piece % 3 == 0) {
                    gzip.write(data[at]);
                    piece = 1;
                } else {
                    gzip.write(data, at, piece);
                }
                gzip.flush();
                at += piece;
            }
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(file.toByteArray()))) {
            assertThat(in.readAllBytes()).isEqualTo(data);
        }
        assertThat(file.size()).isLessThan(data.length / 2);
    }

    @Test
    void aFailingFileIsReportedToTheWriterNotSwallowed() {
        OutputStream full = new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > 100) {
                    throw new IOException("No space left on device");
                }
            }
        };
        assertThatThrownBy(() -> {
            try (OutputStream gzip = new BackgroundGzipOutputStream(full)) {
                byte[] noise = new byte[1 << 16];
                new Random(1).nextBytes(noise);
                for (int i = 0; i < 100; i++) {
                    gzip.write(noise);
                }
            }
        }).isInstanceOf(IOException.class).hasMessage("No space left on device");
    }
}
