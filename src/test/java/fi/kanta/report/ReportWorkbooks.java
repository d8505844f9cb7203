package fi.kanta.report;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** Reports made up in memory for the Summary sheet's tests: one slice with a conclusion, one too small for one. */
final class ReportWorkbooks {

    private ReportWorkbooks() {
    }

    /** "all": 1,000 targets against 200 in the holdout; "letter": 20 targets against 3. */
    static RunReport twoSlices() {
        Comparison all = new Comparison("all", new GroupOutcome(1000, 150, new BigDecimal("9000"), new BigDecimal("900000")),
                new GroupOutcome(200, 14, new BigDecimal("700"), new BigDecimal("52000")), 40, new BigDecimal("300"));
        Comparison letter = new Comparison("letter", new GroupOutcome(20, 5, new BigDecimal("400"), new BigDecimal("40000")),
                new GroupOutcome(3, 0, BigDecimal.ZERO, BigDecimal.ZERO), 2, new BigDecimal("30"));
        LocalDateTime selected = LocalDateTime.of(2026, 11, 23, 10, 0);
        DeliveryCounts delivery = new DeliveryCounts(0, 980, 20, 0, 0, 0, 0, 0, 980, 2, 0, List.of());
        return new RunReport("win-back", "2026-W48", selected, 30, selected.plusDays(30), true,
                List.of(new FunnelCount("segment", "-", 1400), new FunnelCount("target", "email", 980),
                        new FunnelCount("target", "letter", 20), new FunnelCount("holdout", "email", 197),
                        new FunnelCount("holdout", "letter", 3)),
                delivery, new BigDecimal("30"), new BigDecimal("270"), List.of(all, letter), "EUR");
    }
}
