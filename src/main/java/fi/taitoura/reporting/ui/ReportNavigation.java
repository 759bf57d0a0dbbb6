package fi.taitoura.reporting.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fi.taitoura.base.ui.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReportNavigation {

    @Bean
    NavItem reportsNavItem() {
        return new NavItem("report.nav", VaadinIcon.CHART_GRID, ReportsView.class, 500);
    }
}
