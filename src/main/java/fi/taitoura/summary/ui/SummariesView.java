package fi.taitoura.summary.ui;

import fi.taitoura.base.ui.PhoneColumns;
import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.Formats;
import com.vaadin.flow.router.HasDynamicTitle;
import fi.taitoura.security.CurrentUser;
import fi.taitoura.summary.SummaryService;
import fi.taitoura.summary.SummaryService.SummaryRow;
import fi.taitoura.summary.SummaryState;
import fi.taitoura.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;

/**
 * End-of-period summaries. Career agents and coaches see the periods they work with and the state of each summary;
 * a referring case worker sees the summaries delivered to them, the current version marked.
 */
@Menu(title = "nav.summaries", order = 300, icon = "vaadin:file-text-o")
@Route("summaries")
@RolesAllowed({Role.Names.CAREER_AGENT, Role.Names.COACH, Role.Names.CASE_WORKER})
class SummariesView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M.yyyy")
            .withZone(Time.zone());

    SummariesView(SummaryService service, TranslationProvider translations, CurrentUser currentUser) {
        setSizeFull();
        boolean caseWorker = currentUser.hasRole(Role.CASE_WORKER);
        add(new Paragraph(getTranslation(caseWorker ? "summaries.introCaseWorker" : "summaries.intro")));
        Grid<SummaryRow> grid = new Grid<>();
        grid.addColumn(SummaryRow::trainee).setHeader(getTranslation("trainee.name")).setAutoWidth(true)
                .setSortable(true);
        var unitColumn = grid.addColumn(SummaryRow::workUnit).setHeader(getTranslation("period.workUnit")).setAutoWidth(true);
        var datesColumn = grid.addColumn(r -> Formats.range(r.start(), r.end())).setHeader(getTranslation("period.dates"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Span state = new Span(r.state() == null ? getTranslation("summaries.notStarted")
                    : translations.enumLabel(r.state(), getLocale())
                    + (r.revision() > 1 ? " · " + getTranslation("summary.revision", r.revision()) : ""));
            // issue 13: a period that has ended without a finalised summary stands out (late)
            if (overdue(r)) {
                state.setText(state.getText() + " · " + getTranslation("summaries.overdue"));
            }
            state.addClassName(r.state() == SummaryState.FINALISED ? "badge-ok" : overdue(r) ? "badge-error"
                    : r.state() == SummaryState.SUPERSEDED ? "badge-warning" : "badge-neutral");
            return state;
        }).setHeader(getTranslation("summaries.state")).setFlexGrow(1); // wraps on a phone (no sideways scroll)
        var finalisedColumn = grid.addColumn(r -> r.finalisedAt() == null ? "" : TIME.format(r.finalisedAt()))
                .setHeader(getTranslation("summaries.finalisedAt")).setAutoWidth(true);
        // issue 13: how the summary reached a referrer without an account ("Toimitettu 2.12.2026 postitse")
        var deliveryColumn = grid.addColumn(r -> r.deliveredOn() == null ? "" : getTranslation("summary.delivery.delivered",
                        Formats.date(r.deliveredOn()), getTranslation("summary.delivery.how." + r.deliveryMethod().name())))
                .setHeader(getTranslation("summaries.delivery")).setAutoWidth(true).setKey("delivery");
        grid.addComponentColumn(r -> {
            if (r.summaryId() != null) {
                Button open = new Button(getTranslation("summaries.open"),
                        e -> getUI().ifPresent(ui -> ui.navigate("summaries/" + r.summaryId())));
                open.addThemeVariants(ButtonVariant.TERTIARY);
                // No id on a per-row button: the grid may keep a hidden row's copy while filtering (issue 13). The
                // name says whose summary it opens, for a screen reader and for the browser tests alike.
                open.setAriaLabel(getTranslation("summaries.openFor", rowName(r)));
                return open;
            }
            if (currentUser.hasRole(Role.CAREER_AGENT)) {
                Button start = new Button(getTranslation("summaries.start"), e -> {
                    Long id = service.openDraft(r.periodId()).getId();
                    getUI().ifPresent(ui -> ui.navigate("summaries/" + id));
                });
                start.addThemeVariants(ButtonVariant.TERTIARY);
                start.setAriaLabel(getTranslation("summaries.startFor", rowName(r)));
                return start;
            }
            return new Span();
        }).setKey("action").setAutoWidth(true).setFlexGrow(0);
        PhoneColumns.hide(grid, unitColumn, datesColumn, finalisedColumn, deliveryColumn); // a phone: whose, state, open
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        java.util.List<SummaryRow> rows = service.findRows();
        var view = grid.setItems(rows);
        grid.setId("summaries");
        grid.setAriaLabel(getTranslation("nav.summaries"));

        // issue 13: find a trainee or work unit by typing; show only what needs doing
        com.vaadin.flow.component.textfield.TextField search = new com.vaadin.flow.component.textfield.TextField(
                getTranslation("summaries.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        search.setId("summaries-search");
        com.vaadin.flow.component.select.Select<String> show = new com.vaadin.flow.component.select.Select<>();
        show.setLabel(getTranslation("summaries.show"));
        show.setItems("all", "todo", "overdue", "finalised");
        show.setItemLabelGenerator(k -> getTranslation("summaries.show." + k));
        show.setValue("all");
        show.setId("summaries-filter");
        view.setFilter(r -> {
            String q = search.getValue().strip().toLowerCase(getLocale());
            boolean text = q.isEmpty() || r.trainee().toLowerCase(getLocale()).contains(q)
                    || (r.workUnit() != null && r.workUnit().toLowerCase(getLocale()).contains(q));
            boolean finalised = r.state() == SummaryState.FINALISED;
            return text && switch (show.getValue()) {
                case "todo" -> !finalised && r.state() != SummaryState.SUPERSEDED;
                case "overdue" -> overdue(r);
                case "finalised" -> finalised;
                default -> true;
            };
        });
        search.addValueChangeListener(e -> view.refreshAll());
        show.addValueChangeListener(e -> view.refreshAll());
        com.vaadin.flow.component.orderedlayout.HorizontalLayout filters =
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(search, show);
        filters.setWrap(true);
        if (!caseWorker) {
            add(filters);
        }
        add(grid);
    }

    /** The trainee and the period's dates: whose summary a row's button opens ("Ahmed Hassan 1.9.2026–30.11.2026"). */
    static String rowName(SummaryRow r) {
        return r.trainee() + " " + Formats.range(r.start(), r.end());
    }

    /** The period has ended and its summary is not finalised. */
    private static boolean overdue(SummaryRow r) {
        return r.end() != null && r.end().isBefore(Time.today())
                && r.state() != SummaryState.FINALISED && r.state() != SummaryState.SUPERSEDED;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.summaries");
    }
}
