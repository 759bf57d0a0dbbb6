package fi.taitoura.security.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fi.taitoura.base.ui.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SecurityNavigation {

    @Bean
    NavItem passwordNavItem() {
        return new NavItem("nav.password", VaadinIcon.KEY, ChangePasswordView.class, 1000);
    }
}
