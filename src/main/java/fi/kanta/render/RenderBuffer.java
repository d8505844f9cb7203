package fi.kanta.render;

import java.io.Writer;

/**
 * Where a template is rendered into: one per rendering thread, emptied after each render and used
 * again. Thymeleaf's own writer starts at 100 characters for every render and doubles as it fills, so
 * an email of 8,000 characters was copied some seven times over: the largest share of what rendering
 * allocated (bench/README.md, "Where sending with picks went at full size").
 */
final class RenderBuffer extends Writer {

    /** A buffer grown beyond this (a long letter) is let go after its render rather than kept. */
    private static final int KEPT = 256 * 1024;
    private static final ThreadLocal<RenderBuffer> EACH_THREAD = ThreadLocal.withInitial(RenderBuffer::new);

    private StringBuilder text = new StringBuilder(16 * 1024);
    private boolean inUse;

    /** This thread's buffer, empty; a fresh one if it is already in use (a render within a render). */
    static RenderBuffer ofThisThread() {
        RenderBuffer buffer = EACH_THREAD.get();
        if (buffer.inUse) {
            buffer = new RenderBuffer();
        }
        buffer.inUse = true;
        return buffer;
    }

    /** Empties the buffer for the thread's next render. */
    void done() {
        if (text.capacity() > KEPT) {
            text = new StringBuilder(16 * 1024);
        }
        text.setLength(0);
        inUse = false;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(String string) {
        text.append(string);
    }

    @Override
    public void write(String string, int offset, int length) {
        text.append(string, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence chars) {
        text.append(chars);
        return this;
    }

    @Override
    public void flush() {
        // nothing: the text is in memory
    }

    @Override
    public void close() {
        // nothing: the buffer is kept for the thread's next render
    }

    /** What has been rendered. */
    @Override
    public String toString() {
        return text.toString();
    }
}
