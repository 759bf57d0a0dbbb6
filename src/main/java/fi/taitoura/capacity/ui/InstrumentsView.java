package fi.taitoura.capacity.ui;

import fi.taitoura.base.ui.PhoneColumns;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.taitoura.base.i18n.TranslationProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import fi.taitoura.capacity.Instrument;
import fi.taitoura.capacity.InstrumentService;
import fi.taitoura.capacity.InstrumentService.InstrumentRow;
import fi.taitoura.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * The assessment instruments and their versions. An administrator defines new ones and edits them; a version
 * that has answers is locked and is edited by saving the changes as a new version.
 */
@Menu(title = "instrument.nav", order = 920, icon = "vaadin:sliders")
@Route("admin/instruments")
@RolesAllowed(Role.Names.ADMIN)
class InstrumentsView extends VerticalLayout implements HasDynamicTitle {

    private final InstrumentService instruments;
    private final TranslationProvider translations;
    private final Grid<InstrumentRow> grid = new Grid<>();

    InstrumentsView(InstrumentService instruments, TranslationProvider translations) {
        this.instruments = instruments;
        this.translations = translations;
        setSizeFull();

        Paragraph intro = new Paragraph(getTranslation("instrument.list.intro"));
        Button add = new Button(getTranslation("instrument.new"), VaadinIcon.PLUS.create(), e -> open(null));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("new-instrument");
        HorizontalLayout toolbar = new HorizontalLayout(add);

        grid.setId("instruments");
        grid.addColumn(r -> r.instrument().getName().in(getLocale())).setHeader(getTranslation("instrument.col.name"))
                .setFlexGrow(1).setAutoWidth(true);
        var versionColumn = grid.addColumn(r -> "v" + r.instrument().getInstrumentVersion())
                .setHeader(getTranslation("instrument.col.version")).setAutoWidth(true).setFlexGrow(0);
        var kindColumn = grid.addColumn(r -> translations.enumLabel(r.instrument().getKind(), getLocale()))
                .setHeader(getTranslation("instrument.col.kind")).setAutoWidth(true);
        var raterColumn = grid.addColumn(r -> translations.enumLabel(r.instrument().getRaterMode(), getLocale()))
                .setHeader(getTranslation("instrument.col.rater")).setAutoWidth(true);
        var scaleColumn = grid.addColumn(r -> r.instrument().minValue() + "–" + r.instrument().maxValue())
                .setHeader(getTranslation("instrument.col.scale")).setAutoWidth(true).setFlexGrow(0);
        var assessmentsColumn = grid.addColumn(InstrumentRow::assessments).setHeader(getTranslation("instrument.col.assessments"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::status).setHeader(getTranslation("instrument.col.status")).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Button open = new Button(VaadinIcon.EDIT.create(), e -> open(r));
            open.addClassName("open-instrument");
            open.addThemeVariants(ButtonVariant.TERTIARY);
            open.setAriaLabel(getTranslation("common.edit") + " " + r.instrument().displayName(getLocale()));
            return open;
        }).setKey("edit").setAutoWidth(true).setFlexGrow(0);
        PhoneColumns.hide(grid, versionColumn, kindColumn, raterColumn, scaleColumn, assessmentsColumn); // a phone: name, status, edit
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("instrument.nav"));
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        add(intro, toolbar, grid);
        refresh();
    }

    String status(InstrumentRow r) {
        Instrument i = r.instrument();
        String lock = getTranslation(i.isFixedWording() ? "instrument.status.fixed"
                : r.locked() ? "instrument.status.locked" : "instrument.status.editable");
        if (!i.isCurrentVersion()) {
            return lock + " · " + getTranslation("instrument.status.old");
        }
        return i.isActive() ? lock : lock + " · " + getTranslation("instrument.status.inactive");
    }

    private void open(InstrumentRow row) {
        new InstrumentEditorDialog(instruments, translations, row, this::refresh).open();
    }

    void refresh() {
        grid.setItems(instruments.findAllVersions());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("instrument.nav");
    }
}
