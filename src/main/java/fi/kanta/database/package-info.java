/**
 * docs/architecture.md "One database, two processes": {@link fi.kanta.database.DatabaseServer} shares the embedded
 * HSQLDB file on loopback while {@code kanta serve} runs; {@link fi.kanta.database.SharedDatabase}
 * (an environment post-processor, so before any connection) points every other command at it.
 */
package fi.kanta.database;
