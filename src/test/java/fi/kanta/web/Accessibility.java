package fi.kanta.web;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.openqa.selenium.WebDriver;

/**
 * WCAG 2.1 AA, checked by axe-core in the browser on the page the driver shows: every page test
 * asserts {@code assertThat(Accessibility.violations(browser)).isEmpty()}, which lists each broken
 * rule with the elements that break it.
 */
public final class Accessibility {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    /** One line per violated rule: its id, what it asks, and the CSS selectors of the offending elements. */
    public static List<String> violations(WebDriver browser) {
        List<Rule> violations = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser).getViolations();
        return violations.stream()
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
                .toList();
    }
}
