package fi.kanta.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A gzip stream that compresses on a thread of its own, at the fastest level: the thread that
 * writes a list's XML does not wait for the compression, so on a machine with a free core a
 * compressed temporary file costs about nothing in time. Bytes are handed over in 64 KB chunks
 * through a short queue, so memory stays bounded; the compressed data is complete after
 * {@link #close()}, which waits for the thread and reports its failure (a full disk) if any.
 */
final class BackgroundGzipOutputStream extends OutputStream {

    private static final int CHUNK = 1 << 16;
    private static final int CHUNKS_IN_FLIGHT = 8;
    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(CHUNKS_IN_FLIGHT);
    private final Thread compressor;
    private volatile IOException failure;
    private byte[] chunk = new byte[CHUNK];
    private int used;
    private boolean closed;

    BackgroundGzipOutputStream(OutputStream file) {
        compressor = new Thread(() -> compress(file), "list-gzip");
        compressor.setDaemon(true);
        compressor.start();
    }

    private void compress(OutputStream file) {
        try (OutputStream gzip = new FastGzip(file)) {
            for (byte[] next = chunks.take(); next != END; next = chunks.take()) {
                gzip.write(next);
            }
        } catch (IOException e) {
            failure = e;
            drain();
        } catch (InterruptedException e) {
            failure = new InterruptedIOException("compression interrupted");
        }
    }

    /** After a failure, keeps taking chunks so that the writing thread never blocks on a full queue. */
    private void drain() {
        try {
            while (chunks.take() != END) {
                // discarded: close() reports the failure
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void write(int b) throws IOException {
        if (used == CHUNK) {
            handOver();
        }
        chunk[used++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        while (length > 0) {
            if (used == CHUNK) {
                handOver();
            }
            int n = Math.min(length, CHUNK - used);
            System.arraycopy(bytes, offset, chunk, used, n);
            used += n;
            offset += n;
            length -= n;
        }
    }

    private void handOver() throws IOException {
        put(used == CHUNK ? chunk : Arrays.copyOf(chunk, used));
        chunk = new byte[CHUNK];
        used = 0;
    }

    private void put(byte[] bytes) throws IOException {
        checkFailure();
        try {
            chunks.put(bytes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while handing data to the compressor");
        }
    }

    /** Nothing to do: gzip data is only readable once closed, and POI reads the temporary file after closing it. */
    @Override
    public void flush() {
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (used > 0) {
            handOver();
        }
        put(END);
        try {
            compressor.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the compressor");
        }
        checkFailure();
    }

    /** A new exception each time: the same one thrown from write and again from close would suppress itself. */
    private void checkFailure() throws IOException {
        IOException cause = failure;
        if (cause != null) {
            throw new IOException(cause.getMessage(), cause);
        }
    }

    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, CHUNK);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
