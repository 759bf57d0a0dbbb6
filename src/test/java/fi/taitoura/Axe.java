package fi.taitoura;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Collectors;

/**
 * axe-core (Deque's engine, through its Playwright binding) on the page as shown: the WCAG 2.0/2.1 A and AA rules;
 * returns the serious and critical findings, each as "rule: help (n nodes) first node summary" (issue #16).
 */
public final class Axe {

    private Axe() {
    }

    public static List<String> seriousOrCritical(Page page) {
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        return results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(Axe::describe).collect(Collectors.toList());
    }

    private static String describe(Rule r) {
        String first = r.getNodes().isEmpty() ? "" : " " + r.getNodes().get(0).getHtml() + " "
                + r.getNodes().get(0).getFailureSummary();
        return r.getId() + ": " + r.getHelp() + " (" + r.getNodes().size() + " nodes)" + first;
    }
}
