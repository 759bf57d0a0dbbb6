package fi.taitoura.catalogue.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fi.taitoura.base.ui.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CatalogueNavigation {

    @Bean
    NavItem catalogueNavItem() {
        return new NavItem("catalogue.nav", VaadinIcon.BOOK, CatalogueView.class, 600);
    }

    @Bean
    NavItem catalogueImportNavItem() {
        return new NavItem("catalogue.nav.import", VaadinIcon.UPLOAD, CatalogueImportView.class, 920);
    }
}
