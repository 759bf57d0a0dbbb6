package fi.taitoura.workplace.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fi.taitoura.base.ui.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OrganisationNavigation {

    @Bean
    NavItem organisationsNavItem() {
        return new NavItem("nav.organisations", VaadinIcon.BUILDING, OrganisationsView.class, 910);
    }
}
