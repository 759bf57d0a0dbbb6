package fi.taitoura.user.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fi.taitoura.base.ui.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class UserNavigation {

    @Bean
    NavItem usersNavItem() {
        return new NavItem("nav.users", VaadinIcon.USERS, UsersView.class, 900);
    }
}
