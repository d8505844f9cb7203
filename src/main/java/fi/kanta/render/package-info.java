/**
 * Rendering: a Thymeleaf engine over {@code <kanta.home>/templates/} turns the message model
 * (docs in templates/README.md) into an email (subject, HTML, plain text) and letters (HTML, then
 * A4 PDF print files with DejaVu fonts from a jar). Checks that must pass before anything is sent:
 * {@link fi.kanta.render.CampaignTemplates#check()} (syntax, unknown variables, missing messages)
 * and {@link fi.kanta.render.GlyphCheck} (names the letter font cannot print).
 */
package fi.kanta.render;
