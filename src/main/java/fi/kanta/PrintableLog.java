package fi.kanta;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * The log's one place for escaping: {@code logback-spring.xml} puts these converters in place of
 * the message ({@code %m}) and the stack trace ({@code %wEx}) of every pattern, so nothing a
 * request or a file brings (a form value Tomcat quotes in its exception, a header, a file name)
 * can write a line of its own into {@code out/kanta.log}. Messages and exception messages are
 * {@link Printable#escape escaped}; a stack trace keeps its own line breaks between frames.
 */
public final class PrintableLog {

    private PrintableLog() {
    }

    /** {@code %m}: the formatted message, escaped. */
    public static final class Message extends MessageConverter {

        @Override
        public String convert(ILoggingEvent event) {
            return Printable.escape(super.convert(event));
        }
    }

    /** {@code %wEx}: Spring Boot's stack trace, with every exception message in it escaped. */
    public static final class StackTrace extends ExtendedWhitespaceThrowableProxyConverter {

        @Override
        protected String throwableProxyToString(IThrowableProxy thrown) {
            return super.throwableProxyToString(new Escaped(thrown));
        }
    }

    private record Escaped(IThrowableProxy thrown) implements IThrowableProxy {

        private static IThrowableProxy of(IThrowableProxy thrown) {
            return thrown == null ? null : new Escaped(thrown);
        }

        @Override
        public String getMessage() {
            return Printable.escape(thrown.getMessage());
        }

        @Override
        public String getOverridingMessage() {
            return Printable.escape(thrown.getOverridingMessage());
        }

        @Override
        public String getClassName() {
            return thrown.getClassName();
        }

        @Override
        public StackTraceElementProxy[] getStackTraceElementProxyArray() {
            return thrown.getStackTraceElementProxyArray();
        }

        @Override
        public int getCommonFrames() {
            return thrown.getCommonFrames();
        }

        @Override
        public IThrowableProxy getCause() {
            return of(thrown.getCause());
        }

        @Override
        public IThrowableProxy[] getSuppressed() {
            IThrowableProxy[] suppressed = thrown.getSuppressed();
            if (suppressed == null) {
                return null;
            }
            IThrowableProxy[] escaped = new IThrowableProxy[suppressed.length];
            for (int i = 0; i < suppressed.length; i++) {
                escaped[i] = of(suppressed[i]);
            }
            return escaped;
        }

        @Override
        public boolean isCyclic() {
            return thrown.isCyclic();
        }
    }
}
