package fi.taitoura.documentation.ui;

import com.vaadin.flow.component.Component;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.PeriodSection;
import fi.taitoura.documentation.DocumentationService;
import fi.taitoura.documentation.LedgerExtension;
import java.util.List;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.workplace.TaskLibraryService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ledger and the diary as sections of the period page. */
@Configuration(proxyBeanMethods = false)
class DocumentationSections {

    @Bean
    PeriodSection ledgerSection(DocumentationService service, TranslationProvider translations,
                                List<LedgerExtension> extensions) {
        return new PeriodSection() {
            @Override
            public int order() {
                return 10;
            }

            @Override
            public String titleKey() {
                return "ledger.title";
            }

            @Override
            public Component create(Long periodId) {
                return new LedgerPanel(service, translations, extensions, periodId);
            }
        };
    }

    @Bean
    PeriodSection diarySection(DocumentationService service, TraineeService trainees, TaskLibraryService tasks,
                               fi.taitoura.documentation.TraineeDiary traineeDiary) {
        return new PeriodSection() {
            @Override
            public int order() {
                return 20;
            }

            @Override
            public String titleKey() {
                return "diary.title";
            }

            @Override
            public Component create(Long periodId) {
                return new DiaryPanel(service, trainees, tasks, periodId).with(traineeDiary);
            }
        };
    }
}
