package fi.taitoura.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * One entry of the main navigation. Each feature declares its entries as Spring beans next to its views, so that
 * views can stay package-private; the layout shows an entry only to users whose roles may open the view.
 *
 * @param labelKey translation key of the label
 * @param order    position, smaller first (start page 0, daily work 100s, records 200s, reports 500s, admin 900s)
 */
public record NavItem(String labelKey, VaadinIcon icon, Class<? extends Component> view, int order) {
}
