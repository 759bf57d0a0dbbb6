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

    /**
     * Vaadin's {@code vaadin-tabs} renders its scroll container as {@code <div part="tabs" tabindex="-1">} inside the
     * {@code role="tablist"}: a focusable element that is not a tab, which axe-core reports as a critical
     * {@code aria-required-children} violation (a screen reader meets a nameless focusable group among the tabs).
     * The tabs themselves keep their roving tab index, so the container needs no tabindex: this removes it once
     * the element has rendered (issue 13). For any tab sheet; {@link LazyTabs} applies it to itself.
     */
    public static <T extends TabSheet> T withoutFocusableScroller(T sheet) {
        sheet.addAttachListener(e -> sheet.getElement().executeJs("""
                const tabs = this.querySelector('vaadin-tabs');
                if (!tabs) { return; }
                customElements.whenDefined('vaadin-tabs').then(() => tabs.updateComplete).then(() => {
                  const scroller = tabs.shadowRoot && tabs.shadowRoot.querySelector('[part~="tabs"]');
                  if (scroller) { scroller.removeAttribute('tabindex'); }
                });"""));
        return sheet;
    }

    private final Map<Tab, Supplier<Component>> pending = new HashMap<>();
    private final Map<Tab, Div> holders = new HashMap<>();

    public LazyTabs() {
        setWidthFull();
        withoutFocusableScroller(this);
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
