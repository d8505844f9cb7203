/**
 * What Kanta says to the marketer, in the marketer's language: texts by key from
 * {@code console/messages_*.properties}, numbers and times as that language writes them. Commands
 * and services alike use {@link fi.kanta.words.Words}; docs/architecture.md "Texts in the
 * marketer's language" says how a line is added.
 */
package fi.kanta.words;
