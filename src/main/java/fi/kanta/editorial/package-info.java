/**
 * The weekly newsletter's editorial as the console edits it: the story's title and text, the offer
 * for everyone and the offers per favourite category, per language ({@link fi.kanta.editorial.Editorials}).
 * The renderer reads them as the {@code editorial.*} lines of the campaign's message files; each save
 * is checked as {@code kanta validate} checks the campaign before anything is written, and kept as a
 * version for an ISO week (table {@code newsletter_editorial}). A version saved ahead for a later week
 * is written into the templates when that week's run is launched ({@link fi.kanta.run.BeforeNewRun}).
 */
package fi.kanta.editorial;
