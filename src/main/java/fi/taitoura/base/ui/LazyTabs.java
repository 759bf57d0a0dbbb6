package fi.taitoura.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** A tab sheet whose tab contents are built when first opened (each may read and audit data). */
public class LazyTabs extends TabSheet {

    private final Map<Tab, Supplier<Component>> pending = new HashMap<>();
    private final Map<Tab, Div> holders = new HashMap<>();

    public LazyTabs() {
        setWidthFull();
        addSelectedChangeListener(e -> build(e.getSelectedTab()));
    }

    public Tab addLazy(String title, Supplier<Component> content) {
        Div holder = new Div();
        holder.setWidthFull();
        Tab tab = add(title, holder);
        pending.put(tab, content);
        holders.put(tab, holder);
        if (getSelectedTab() == tab) {
            build(tab);
        }
        return tab;
    }

    private void build(Tab tab) {
        Supplier<Component> content = pending.remove(tab);
        if (content != null) {
            holders.get(tab).add(content.get());
        }
    }
}
