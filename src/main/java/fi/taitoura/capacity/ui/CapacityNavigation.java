package fi.taitoura.capacity.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fi.taitoura.base.ui.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CapacityNavigation {

    @Bean
    NavItem capacityNavItem() {
        return new NavItem("capacity.nav", VaadinIcon.LINE_CHART, CapacityIndexView.class, 150);
    }

    @Bean
    NavItem instrumentsNavItem() {
        return new NavItem("instrument.nav", VaadinIcon.SLIDERS, InstrumentsView.class, 920);
    }
}
