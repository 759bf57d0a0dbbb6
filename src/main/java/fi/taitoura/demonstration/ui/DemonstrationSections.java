package fi.taitoura.demonstration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.PeriodSection;
import fi.taitoura.demonstration.DemonstrationDocuments;
import fi.taitoura.demonstration.DemonstrationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The period's demonstrations as a section of the period page (proposals start from the ledger). */
@Configuration(proxyBeanMethods = false)
class DemonstrationSections {

    @Bean
    PeriodSection demonstrationSection(DemonstrationService service, DemonstrationDocuments documents,
                                       TranslationProvider translations) {
        return new PeriodSection() {
            @Override
            public int order() {
                return 15;
            }

            @Override
            public String titleKey() {
                return "demonstration.section";
            }

            @Override
            public Component create(Long periodId) {
                VerticalLayout panel = new VerticalLayout();
                panel.setPadding(false);
                panel.addClassName("period-demonstrations");
                var rows = service.forPeriod(periodId);
                if (rows.isEmpty()) {
                    panel.add(new Paragraph(panel.getTranslation("demonstration.section.none")));
                } else {
                    DemonstrationGrid grid = new DemonstrationGrid(translations, documents, false, rows);
                    grid.setId("period-demonstrations");
                    grid.setAriaLabel(panel.getTranslation("demonstration.section"));
                    panel.add(grid);
                }
                if (service.canPropose(periodId)) {
                    panel.add(new Paragraph(panel.getTranslation("demonstration.section.howTo")));
                }
                return panel;
            }
        };
    }
}
