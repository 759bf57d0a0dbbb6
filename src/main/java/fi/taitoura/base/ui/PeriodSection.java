package fi.taitoura.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A section of a training period's page contributed by another feature (the competence ledger, the learning diary,
 * capacity assessments, ...), shown as a tab on the period page and on the trainee's page for the latest period.
 * Declared as a Spring bean next to the feature's views; the section checks access through its feature's service.
 */
public interface PeriodSection {

    /** Position among the tabs, smaller first. */
    int order();

    /** Translation key of the tab title. */
    String titleKey();

    /** Builds the section for the period; called in the UI thread of a user who may read the period. */
    Component create(Long periodId);
}
