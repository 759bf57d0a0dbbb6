package fi.taitoura.documentation;

import com.vaadin.flow.component.Component;
import fi.taitoura.documentation.LedgerRecords.UnitLedger;
import java.util.List;

/**
 * What a later feature shows beside a unit in the competence ledger: the demonstration feature marks a unit
 * demonstrated, links a planned demonstration, or offers to propose one. Documentation knows no such feature; it
 * shows what the beans of this type give (an extension point, docs/adr/0016-module-boundaries.md).
 */
public interface LedgerExtension {

    /** Prepares what the extension needs for the period's ledger (one call per ledger shown, batched reads). */
    ForPeriod forPeriod(Long periodId);

    /** The extension's view of one period's ledger. */
    interface ForPeriod {

        /** Components to show with the unit's coverage bars; empty for none. */
        List<Component> unitActions(UnitLedger unit);
    }
}
