package fi.kanta.render;

/**
 * One recipient's email, ready for a multipart/alternative message.
 *
 * @param subject one line: whitespace and control characters collapsed to single spaces, so it can
 *                never break a mail header
 * @param html    the HTML part
 * @param text    the plain-text part
 */
public record RenderedEmail(String subject, String html, String text) {
}
