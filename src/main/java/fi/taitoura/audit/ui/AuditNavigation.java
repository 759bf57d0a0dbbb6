package fi.taitoura.audit.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fi.taitoura.base.ui.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    NavItem auditNavItem() {
        return new NavItem("nav.audit", VaadinIcon.LIST_OL, AuditView.class, 990);
    }
}
