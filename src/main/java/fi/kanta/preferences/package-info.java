/**
 * The customer's own preferences page, its services: what the customer chose ({@link
 * fi.kanta.preferences.ChoiceSaving}, saved as consent rows and {@code customer_preference} /
 * {@code customer_interest}), the one-time codes mailed before the page shows what the shop holds
 * ({@link fi.kanta.preferences.Passcodes}), and that view itself ({@link fi.kanta.preferences.HeldData}).
 * The page ({@code web/PreferencesPage}) calls them; see docs/architecture.md "The customer's own choices".
 */
package fi.kanta.preferences;
