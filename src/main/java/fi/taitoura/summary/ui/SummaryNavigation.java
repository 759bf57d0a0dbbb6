package fi.taitoura.summary.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fi.taitoura.base.ui.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SummaryNavigation {

    @Bean
    NavItem summariesNavItem() {
        return new NavItem("nav.summaries", VaadinIcon.FILE_TEXT_O, SummariesView.class, 300);
    }
}
