package fi.taitoura.base.ui;

import com.vaadin.flow.component.UI;

/**
 * A view that can hold entries the user has not saved. The app shell asks it before signing out, and while it has
 * unsaved entries the browser warns before the tab is closed or reloaded ({@code beforeunload}); menu navigation
 * is guarded by the view's own {@code BeforeLeaveObserver}.
 */
public interface UnsavedChanges {

    boolean hasUnsavedChanges();

    /** Tells the browser whether closing or reloading the tab would lose entries (a native warning if so). */
    static void warnOnUnload(UI ui, boolean unsaved) {
        ui.getPage().executeJs("""
                if (!window.taitouraUnloadGuard) {
                  window.taitouraUnloadGuard = true;
                  window.addEventListener('beforeunload', e => {
                    if (window.taitouraUnsaved) { e.preventDefault(); e.returnValue = ''; }
                  });
                }
                window.taitouraUnsaved = $0;""", unsaved);
    }
}
