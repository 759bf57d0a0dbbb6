package fi.taitoura.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.shared.Registration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A list on a phone shows only the columns that say which row it is and what to do with it (issue 13: no sideways
 * scrolling at 390 px). The other columns are hidden while the browser window is at most {@link #PHONE_MAX_WIDTH}
 * px wide and shown again when it is wider (turning a tablet, resizing a window); their facts are on the row's own
 * page.
 */
public final class PhoneColumns {

    /** The widest window that counts as a phone (the same break point as the style sheet's). */
    public static final int PHONE_MAX_WIDTH = 640;

    /** vaadin-grid-column's own width when none is set. */
    private static final String DEFAULT_WIDTH = "100px";

    private PhoneColumns() {
    }

    /**
     * Hides these columns of the grid on a phone; the columns left share the screen's width and wrap their text
     * (a column of its own width, an action button, keeps it).
     */
    @SafeVarargs
    public static <T> void hide(Grid<T> grid, Grid.Column<T>... columns) {
        List<Grid.Column<T>> hidden = List.of(columns);
        Map<Grid.Column<T>, Fit> fits = new HashMap<>();
        Consumer<Integer> apply = width -> apply(grid, hidden, fits, width);
        grid.addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            ExtendedClientDetails known = page.getExtendedClientDetails();
            if (known != null && known.getWindowInnerWidth() > 0) {
                apply.accept(known.getWindowInnerWidth());
            } else {
                page.retrieveExtendedClientDetails(details -> apply.accept(details.getWindowInnerWidth()));
            }
            Registration resize = page.addBrowserWindowResizeListener(e -> apply.accept(e.getWidth()));
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

    /** How a column was laid out before it was fitted to a phone. */
    private record Fit(boolean autoWidth, String width, int flexGrow) {
    }

    private static <T> void apply(Grid<T> grid, List<Grid.Column<T>> hidden, Map<Grid.Column<T>, Fit> fits,
                                  int width) {
        if (width <= 0) {
            return;
        }
        boolean phone = width <= PHONE_MAX_WIDTH;
        boolean restored = false;
        hidden.forEach(c -> c.setVisible(!phone));
        for (Grid.Column<T> c : grid.getColumns()) {
            if (hidden.contains(c) || (c.getFlexGrow() == 0 && !fits.containsKey(c))) {
                continue; // hidden, or a narrow column of its own width (an action)
            }
            if (phone && !fits.containsKey(c)) {
                fits.put(c, new Fit(c.isAutoWidth(), c.getWidth(), c.getFlexGrow()));
                c.setAutoWidth(false);
                c.setWidth("0px");
                c.setFlexGrow(Math.max(1, c.getFlexGrow()));
            } else if (!phone && fits.containsKey(c)) {
                Fit f = fits.remove(c);
                // a column that had no width of its own gets the web component's default back: a null width left
                // it as wide as the grid once a phone was turned or a window widened (the tour at 820 px)
                c.setWidth(f.width() == null ? DEFAULT_WIDTH : f.width());
                c.setFlexGrow(f.flexGrow());
                c.setAutoWidth(f.autoWidth());
                restored = true;
            }
        }
        if (restored) {
            grid.recalculateColumnWidths();
        }
        if (phone) {
            grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        }
    }
}
