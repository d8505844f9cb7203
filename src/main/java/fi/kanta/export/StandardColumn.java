package fi.kanta.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The columns a marketer can ask for in a list export (in a campaign definition or on the command
 * line), by key: {@code first_name,last_name,postal_code,clv_12m}. Each has the header the list
 * shows and its cell type. Where the values come from (which table and column) is the exporting
 * command's business; this is only what the list looks like.
 *
 * <table>
 * <caption>Columns</caption>
 * <tr><th>key</th><th>header</th><th>type</th><th>what it is</th></tr>
 * <tr><td>customer_id</td><td>Customer ID</td><td>TEXT_CODE</td><td>the id from the customer import</td></tr>
 * <tr><td>first_name</td><td>First name</td><td>TEXT</td><td></td></tr>
 * <tr><td>last_name</td><td>Last name</td><td>TEXT</td><td></td></tr>
 * <tr><td>email</td><td>Email</td><td>TEXT</td><td></td></tr>
 * <tr><td>phone</td><td>Phone</td><td>TEXT_CODE</td><td>as imported, "+358…" kept</td></tr>
 * <tr><td>street</td><td>Street address</td><td>TEXT</td><td></td></tr>
 * <tr><td>postal_code</td><td>Postal code</td><td>TEXT_CODE</td><td>"00100" kept</td></tr>
 * <tr><td>city</td><td>City</td><td>TEXT</td><td></td></tr>
 * <tr><td>country</td><td>Country</td><td>TEXT</td><td>ISO code, e.g. FI</td></tr>
 * <tr><td>language</td><td>Language</td><td>TEXT</td><td>e.g. fi, sv, en</td></tr>
 * <tr><td>segment</td><td>Segment</td><td>TEXT</td><td>the segment the list was made from</td></tr>
 * <tr><td>rfm_code</td><td>RFM code</td><td>TEXT_CODE</td><td>recency, frequency, monetary quintiles, e.g. 545</td></tr>
 * <tr><td>rfm_segment</td><td>RFM segment</td><td>TEXT</td><td>e.g. Champions, At risk</td></tr>
 * <tr><td>frequency</td><td>Repeat purchases</td><td>INTEGER</td><td>purchase days after the first</td></tr>
 * <tr><td>p_alive</td><td>P(alive)</td><td>NUMBER</td><td>probability the customer is still active, 0–1</td></tr>
 * <tr><td>expected_purchases_90d</td><td>Expected purchases (90 days)</td><td>NUMBER</td><td></td></tr>
 * <tr><td>clv_12m</td><td>CLV (12 months)</td><td>MONEY</td><td>expected value of the next 12 months</td></tr>
 * <tr><td>total_spend</td><td>Total spend</td><td>MONEY</td><td>all purchases so far</td></tr>
 * <tr><td>last_purchase</td><td>Last purchase</td><td>DATE</td><td></td></tr>
 * <tr><td>favourite_category</td><td>Favourite category</td><td>TEXT</td><td></td></tr>
 * <tr><td>campaign</td><td>Campaign</td><td>TEXT</td><td></td></tr>
 * <tr><td>run_key</td><td>Run</td><td>TEXT_CODE</td><td>e.g. 2026-W48</td></tr>
 * <tr><td>offer_code</td><td>Offer code</td><td>TEXT_CODE</td><td>the code printed in the message</td></tr>
 * <tr><td>reward</td><td>Reward</td><td>INTEGER</td><td>the number of the offer's reward the customer got (1 is the first)</td></tr>
 * <tr><td>discount</td><td>Discount</td><td>TEXT</td><td>that reward's discount, as the message shows it</td></tr>
 * <tr><td>channel</td><td>Channel</td><td>TEXT</td><td>email, letter</td></tr>
 * <tr><td>group</td><td>Group</td><td>TEXT</td><td>target or holdout</td></tr>
 * <tr><td>status</td><td>Status</td><td>TEXT</td><td>PENDING, SENT, BOUNCED, …</td></tr>
 * <tr><td>sent_at</td><td>Sent</td><td>DATETIME</td><td>local time of sending</td></tr>
 * </table>
 */
public enum StandardColumn {
    CUSTOMER_ID("Customer ID", CellType.TEXT_CODE),
    FIRST_NAME("First name", CellType.TEXT),
    LAST_NAME("Last name", CellType.TEXT),
    EMAIL("Email", CellType.TEXT),
    PHONE("Phone", CellType.TEXT_CODE),
    STREET("Street address", CellType.TEXT),
    POSTAL_CODE("Postal code", CellType.TEXT_CODE),
    CITY("City", CellType.TEXT),
    COUNTRY("Country", CellType.TEXT),
    LANGUAGE("Language", CellType.TEXT),
    SEGMENT("Segment", CellType.TEXT),
    RFM_CODE("RFM code", CellType.TEXT_CODE),
    RFM_SEGMENT("RFM segment", CellType.TEXT),
    FREQUENCY("Repeat purchases", CellType.INTEGER),
    P_ALIVE("P(alive)", CellType.NUMBER),
    EXPECTED_PURCHASES_90D("Expected purchases (90 days)", CellType.NUMBER),
    CLV_12M("CLV (12 months)", CellType.MONEY),
    TOTAL_SPEND("Total spend", CellType.MONEY),
    LAST_PURCHASE("Last purchase", CellType.DATE),
    FAVOURITE_CATEGORY("Favourite category", CellType.TEXT),
    CAMPAIGN("Campaign", CellType.TEXT),
    RUN_KEY("Run", CellType.TEXT_CODE),
    OFFER_CODE("Offer code", CellType.TEXT_CODE),
    REWARD("Reward", CellType.INTEGER),
    DISCOUNT("Discount", CellType.TEXT),
    CHANNEL("Channel", CellType.TEXT),
    GROUP("Group", CellType.TEXT),
    STATUS("Status", CellType.TEXT),
    SENT_AT("Sent", CellType.DATETIME);

    private final ListColumn column;

    StandardColumn(String header, CellType type) {
        this.column = new ListColumn(header, type);
    }

    /** The key a marketer writes: {@code postal_code}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The header and cell type in a list. */
    public ListColumn column() {
        return column;
    }

    /** Every column's key, as a refusal lists them: "customer_id, first_name, ...". */
    public static String known() {
        return Arrays.stream(values()).map(StandardColumn::key).collect(Collectors.joining(", "));
    }

    /** The column with this key (case and surrounding spaces ignored); an unknown key names the known ones. */

    public static StandardColumn byKey(String key) {
        String wanted = key.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown column '" + key.strip() + "'; known columns: "
                        + Arrays.stream(values()).map(StandardColumn::key).collect(Collectors.joining(", "))));
    }
}
