/**
 * The console's customer pages: finding a customer (by external id, email address, the start of a
 * name, or postal code, each on an index on both databases) and one customer's history on one time
 * line. Viewing a customer is audited; suppressing one takes a marketer.
 */
package fi.kanta.console.customers;
