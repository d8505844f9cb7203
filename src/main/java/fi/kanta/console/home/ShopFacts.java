package fi.kanta.console.home;

import fi.kanta.customer.CustomerData;
import fi.kanta.status.ShopStatus;
import java.util.List;
import java.util.Optional;

/**
 * What the home page's cards and import table show: the kept counts of customer data (customers,
 * purchases, consents, suppressions), the newest score snapshot and the latest imports.
 */
public record ShopFacts(List<CustomerData.Count> data, Optional<ShopStatus.Scores> scores, List<ShopStatus.ImportRun> imports) {
}
