package fi.taitoura.demonstration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.Formats;
import fi.taitoura.demonstration.DemonstrationRecords.LedgerFacts;
import fi.taitoura.demonstration.DemonstrationRecords.Summary;
import fi.taitoura.demonstration.DemonstrationService;
import fi.taitoura.documentation.LedgerExtension;
import fi.taitoura.documentation.LedgerRecords.UnitLedger;
import java.util.List;
import java.util.Map;
import java.util.Set;


/**
 * The competence ledger's demonstration actions: "demonstrated" for a passed unit, a link to a planned
 * demonstration, or a button that proposes one for a unit the period targets or has evidence of.
 */
@org.springframework.stereotype.Component
class DemonstrationLedgerExtension implements LedgerExtension {

    private final DemonstrationService demonstrations;
    private final TranslationProvider translations;

    DemonstrationLedgerExtension(DemonstrationService demonstrations, TranslationProvider translations) {
        this.demonstrations = demonstrations;
        this.translations = translations;
    }

    @Override
    public ForPeriod forPeriod(Long periodId) {
        // one call, one access check and one read of the period's demonstrations (it was three: issue 18)
        LedgerFacts facts = demonstrations.forLedger(periodId);
        Set<Long> demonstrated = facts.passedUnitIds();
        boolean canPropose = facts.canPropose();
        Map<Long, Summary> planned = facts.plannedByUnit();
        return unit -> {
            UI ui = UI.getCurrent();
            if (demonstrated.contains(unit.unitId())) {
                Span passed = new Span(ui.getTranslation("demonstration.ledger.demonstrated"));
                passed.addClassName("badge-ok");
                passed.addClassName("ledger-demonstrated");
                return List.of(passed);
            }
            if (planned.containsKey(unit.unitId())) {
                Summary d = planned.get(unit.unitId());
                Anchor link = new Anchor("demonstrations/" + d.id(),
                        ui.getTranslation("demonstration.ledger.planned", Formats.date(d.startDate())));
                link.addClassName("ledger-planned");
                return List.of(link);
            }
            if (canPropose && (unit.target() || unit.shown() > 0)) {
                return List.of(proposeButton(ui, periodId, unit));
            }
            return List.of();
        };
    }

    private Component proposeButton(UI ui, Long periodId, UnitLedger unit) {
        String label = unit.code() + " " + unit.name().in(ui.getLocale());
        Button propose = new Button(ui.getTranslation("demonstration.ledger.propose"), VaadinIcon.ACADEMY_CAP.create(),
                e -> PlanDialog.propose(demonstrations, translations, periodId, unit.unitId(), label,
                        d -> UI.getCurrent().navigate("demonstrations/" + d.getId())).open());
        propose.addClassName("ledger-propose");
        propose.setAriaLabel(ui.getTranslation("demonstration.ledger.propose") + ": " + label);
        if (unit.ready()) {
            propose.addThemeVariants(ButtonVariant.PRIMARY);
        }
        return propose;
    }
}
