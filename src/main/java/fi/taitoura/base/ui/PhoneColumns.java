package fi.taitoura.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * A list on a phone shows only the columns that say which row it is and what to do with it (issue 13: no sideways
 * scrolling at 390 px). The other columns are hidden while the browser window is at most {@link #PHONE_MAX_WIDTH}
 * px wide and shown again when it is wider (turning a tablet, resizing a window); their facts are on the row's own
 * page.
 */
public final class PhoneColumns {

    /** The widest window that counts as a phone (the same break point as the style sheet's). */
    public static final int PHONE_MAX_WIDTH = 640;

    private PhoneColumns() {
    }

    /** Hides these columns of the grid on a phone. */
    @SafeVarargs
    public static <T> void hide(Grid<T> grid, Grid.Column<T>... columns) {
        List<Grid.Column<T>> hidden = List.of(columns);
        grid.addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            ExtendedClientDetails known = page.getExtendedClientDetails();
            if (known != null && known.getWindowInnerWidth() > 0) {
                apply(hidden, known.getWindowInnerWidth());
            } else {
                page.retrieveExtendedClientDetails(details -> apply(hidden, details.getWindowInnerWidth()));
            }
            Registration resize = page.addBrowserWindowResizeListener(e -> apply(hidden, e.getWidth()));
            grid.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    /** True when the current UI's window is known to be phone-wide. */
    public static boolean onPhone() {
        UI ui = UI.getCurrent();
        ExtendedClientDetails d = ui == null ? null : ui.getPage().getExtendedClientDetails();
        return d != null && d.getWindowInnerWidth() > 0 && d.getWindowInnerWidth() <= PHONE_MAX_WIDTH;
    }

    private static <T> void apply(List<Grid.Column<T>> columns, int width) {
        if (width <= 0) {
            return;
        }
        boolean phone = width <= PHONE_MAX_WIDTH;
        columns.forEach(c -> c.setVisible(!phone));
    }
}
