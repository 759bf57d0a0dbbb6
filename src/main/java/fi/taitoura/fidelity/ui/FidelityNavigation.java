package fi.taitoura.fidelity.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fi.taitoura.base.ui.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FidelityNavigation {

    @Bean
    NavItem fidelityNavItem() {
        return new NavItem("fidelity.nav", VaadinIcon.CLIPBOARD_CHECK, FidelityView.class, 510);
    }
}
