/**
 * The web side of Kanta, started by {@code kanta serve}: for now the public unsubscribe and
 * feedback answer pages; later the marketer console, REST API and preference pages. The links
 * those pages open are made and verified in {@link fi.kanta.links}.
 */
package fi.kanta.web;
