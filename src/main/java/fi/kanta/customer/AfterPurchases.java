package fi.kanta.customer;

import java.util.List;

/**
 * Something kept from the purchases together with the campaigns' outbox (each run's result against its
 * holdout, {@code report/KeptResults}), told by the writers here when purchases came or people go, so
 * that imports and erasure need not know the reports.
 */
public interface AfterPurchases {

    /** Purchases were imported (or simulated), after their last commit: what is kept from them is computed again or marked stale. */
    void purchasesChanged();

    /** These customers are being erased: called in the erasure's transaction before their outbox rows and purchases move or go. */
    void erasing(List<Long> customerIds);
}
