package fi.taitoura.workplace.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fi.taitoura.base.ui.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WorkplaceNavigation {

    @Bean
    NavItem workUnitsNavItem() {
        return new NavItem("workplace.nav.workUnits", VaadinIcon.WORKPLACE, WorkUnitsView.class, 150);
    }

    @Bean
    NavItem environmentsNavItem() {
        return new NavItem("environments.nav", VaadinIcon.MAP_MARKER, EnvironmentsView.class, 520);
    }
}
