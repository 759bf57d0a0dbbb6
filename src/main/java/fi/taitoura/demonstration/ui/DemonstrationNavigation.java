package fi.taitoura.demonstration.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fi.taitoura.base.ui.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DemonstrationNavigation {

    @Bean
    NavItem demonstrationsNavItem() {
        return new NavItem("demonstration.nav", VaadinIcon.ACADEMY_CAP, DemonstrationsView.class, 250);
    }
}
