package fi.taitoura.employment.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fi.taitoura.base.ui.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EmploymentNavigation {

    @Bean
    NavItem employmentNavItem() {
        return new NavItem("employment.nav", VaadinIcon.HANDSHAKE, CaseloadView.class, 120);
    }

    @Bean
    NavItem employersNavItem() {
        return new NavItem("employer.nav", VaadinIcon.FACTORY, EmployersView.class, 130);
    }

    @Bean
    NavItem employmentTeamsNavItem() {
        return new NavItem("employment.teams.nav", VaadinIcon.GROUP, TeamsView.class, 930);
    }
}
