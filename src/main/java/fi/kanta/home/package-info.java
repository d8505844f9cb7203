/**
 * The Kanta home itself: {@link fi.kanta.home.HomeSetup} makes one ({@code kanta init}, and the demo
 * shop's), {@link fi.kanta.home.HomeState} says whether a folder is one. Runs before Spring starts;
 * uses nothing of the features.
 */
package fi.kanta.home;
