package fi.taitoura.trainee.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fi.taitoura.base.ui.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TraineeNavigation {

    @Bean
    NavItem traineesNavItem() {
        return new NavItem("nav.trainees", VaadinIcon.USER_CARD, TraineesView.class, 200);
    }

    @Bean
    NavItem duplicatesNavItem() {
        return new NavItem("nav.duplicates", VaadinIcon.CONNECT, DuplicatesView.class, 916);
    }

    @Bean
    NavItem cardTypesNavItem() {
        return new NavItem("nav.cardTypes", VaadinIcon.CREDIT_CARD, CardTypesView.class, 915);
    }
}
