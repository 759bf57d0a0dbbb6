package fi.taitoura.outcome.ui;

import com.vaadin.flow.component.Component;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.PeriodSection;
import fi.taitoura.outcome.OutcomeService;
import fi.taitoura.trainee.TraineeService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outcome and after-support tab of the period page, and the follow-up reminder list in the menu. */
@Configuration(proxyBeanMethods = false)
class OutcomeSections {

    @Bean
    PeriodSection outcomeSection(OutcomeService service, TraineeService trainees, TranslationProvider translations) {
        return new PeriodSection() {
            @Override
            public int order() {
                return 50;
            }

            @Override
            public String titleKey() {
                return "outcome.title";
            }

            @Override
            public Component create(Long periodId) {
                return new OutcomePanel(service, trainees, translations, periodId);
            }
        };
    }
}
