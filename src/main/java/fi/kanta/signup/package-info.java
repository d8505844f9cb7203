/**
 * The newsletter sign-up with double opt-in: the form's submissions ({@link fi.kanta.signup.Signups}),
 * the confirmation email, the confirmation that writes the consent (source {@code double-opt-in})
 * with its proof, prospects for addresses no customer has, expiry and the limits against bots. The
 * pages are in {@code web}; the links in {@code links}. See docs/architecture.md "Sign-up".
 */
package fi.kanta.signup;
