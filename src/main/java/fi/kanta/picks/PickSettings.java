package fi.kanta.picks;

import fi.kanta.SettingRefused;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How picks are computed ({@code kanta.picks.*} in application.properties, which documents each).
 *
 * @param windowDays   the days of order lines the co-purchases and each customer's baskets come from;
 *                     a product bought in them is never the customer's pick
 * @param halfLifeDays a purchase this many days old counts half as much as one of the last day
 * @param perCustomer  picks kept per customer (the backtest measures the top 10)
 * @param neighbours   co-purchased products kept per product
 */
@ConfigurationProperties("kanta.picks")
public record PickSettings(
        @DefaultValue("730") int windowDays,
        @DefaultValue("180") double halfLifeDays,
        @DefaultValue("10") int perCustomer,
        @DefaultValue("40") int neighbours) {

    public PickSettings {
        if (windowDays < 1 || halfLifeDays <= 0 || perCustomer < 1 || neighbours < 1) {
            throw new SettingRefused("setting.picks");
        }
    }
}
