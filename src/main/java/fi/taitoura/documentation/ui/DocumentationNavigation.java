package fi.taitoura.documentation.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fi.taitoura.base.ui.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DocumentationNavigation {

    @Bean
    NavItem dayNavItem() {
        return new NavItem("nav.day", VaadinIcon.CALENDAR_USER, DayView.class, 100);
    }
}
