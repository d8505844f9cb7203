package fi.kanta.demo;

import java.time.LocalDate;

/**
 * Values written the way the import and PostgreSQL's {@code COPY ... (FORMAT csv)} both read
 * them. Built by hand because ten million rows go through here: {@code String.format},
 * {@code BigDecimal} and {@code DateTimeFormatter} would be most of the generation time.
 */
final class DemoFormat {

    static final int MINUTES_PER_DAY = 24 * 60;

    private DemoFormat() {
    }

    /** {@code prefix} and the number, zero-padded to {@code width} digits: {@code C000042}. */
    static String id(char prefix, long number, int width) {
        return prefix + digits(number, width);
    }

    /** The number zero-padded to at least {@code width} digits. */
    static String digits(long number, int width) {
        String text = Long.toString(number);
        if (text.length() >= width) {
            return text;
        }
        StringBuilder padded = new StringBuilder(width);
        for (int i = text.length(); i < width; i++) {
            padded.append('0');
        }
        return padded.append(text).toString();
    }

    /** Minutes since 1970-01-01T00:00 (shop-local) as ISO {@code 2026-03-14T10:22:00}. */
    static String timestamp(long minute) {
        long day = Math.floorDiv(minute, MINUTES_PER_DAY);
        int minuteOfDay = (int) Math.floorMod(minute, MINUTES_PER_DAY);
        StringBuilder text = new StringBuilder(19).append(LocalDate.ofEpochDay(day)).append('T');
        two(text, minuteOfDay / 60).append(':');
        return two(text, minuteOfDay % 60).append(":00").toString();
    }

    /** Cents as an amount with a dot and two decimals: {@code 12.50}, {@code -5.00}. */
    static String money(long cents) {
        StringBuilder text = new StringBuilder(12);
        if (cents < 0) {
            text.append('-');
        }
        long abs = Math.abs(cents);
        text.append(abs / 100).append('.');
        return two(text, (int) (abs % 100)).toString();
    }

    private static StringBuilder two(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
