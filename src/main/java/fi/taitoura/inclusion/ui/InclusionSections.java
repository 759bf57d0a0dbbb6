package fi.taitoura.inclusion.ui;

import com.vaadin.flow.component.Component;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.PeriodSection;
import fi.taitoura.inclusion.InclusionSurveyService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The inclusion survey's tab on the period page, and the group report in the menu. */
@Configuration(proxyBeanMethods = false)
class InclusionSections {

    @Bean
    PeriodSection inclusionSurveySection(InclusionSurveyService service, TranslationProvider translations) {
        return new PeriodSection() {
            @Override
            public int order() {
                return 30;
            }

            @Override
            public String titleKey() {
                return "survey.title";
            }

            @Override
            public Component create(Long periodId) {
                return new SurveyPanel(service, translations, periodId);
            }
        };
    }
}
