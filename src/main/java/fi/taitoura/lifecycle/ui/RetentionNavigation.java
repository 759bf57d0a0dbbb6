package fi.taitoura.lifecycle.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fi.taitoura.base.ui.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RetentionNavigation {

    @Bean
    NavItem retentionNavItem() {
        return new NavItem("nav.retention", VaadinIcon.ARCHIVE, RetentionView.class, 995);
    }
}
