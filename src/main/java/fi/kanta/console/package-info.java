/**
 * The marketer's console in {@code kanta serve}: a port of its own ({@code kanta.console.port}), where
 * every page is under {@code /console/}; sign-in with a name and password from the database
 * ({@link fi.kanta.console.ConsoleUsers}, {@code kanta user ...}), roles VIEWER &lt; MARKETER &lt;
 * ADMIN, sessions kept in a cookie only this port's pages get, CSRF on every form, and the
 * {@link fi.kanta.console.Audit} of what each user did. The pages share {@code templates/console/layout.html}.
 * Feature pages live in subpackages; this package depends on none of them.
 */
package fi.kanta.console;
