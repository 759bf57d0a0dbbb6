package fi.taitoura.audit.ui;

import fi.taitoura.base.ui.PhoneColumns;
import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditEntry;
import fi.taitoura.audit.AuditFilter;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.i18n.TranslationProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import fi.taitoura.base.ui.Formats;
import fi.taitoura.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import org.springframework.data.domain.PageRequest;

/**
 * The audit log for ADMIN, within their organisation: filter by user, record, trainee ("who saw client X": opened
 * records and the lists that showed the trainee) and time, in the reader's language. Read-only; every query is
 * itself logged. {@code ?trainee=ID} opens it filtered by a trainee.
 */
@Menu(title = "nav.audit", order = 990, icon = "vaadin:list-ol")
@Route("admin/audit")
@RolesAllowed(Role.Names.ADMIN)
class AuditView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm:ss")
            .withZone(Time.zone());

    private final AuditService audit;
    private final AuditTexts texts;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final TextField actor = new TextField();
    private final ComboBox<String> entityType = new ComboBox<>();
    private final IntegerField entityId = new IntegerField();
    private final IntegerField trainee = new IntegerField();
    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final DatePicker from = Formats.datePicker("");
    private final DatePicker to = Formats.datePicker("");
    private boolean ready;

    AuditView(AuditService audit, TranslationProvider translations) {
        this.audit = audit;
        this.texts = new AuditTexts(translations, getLocale());
        setSizeFull();
        actor.setLabel(getTranslation("audit.actor"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        entityType.setLabel(getTranslation("audit.entityType"));
        entityType.setItems(audit.entityTypes());
        entityType.setItemLabelGenerator(texts::entityType);
        entityType.setClearButtonVisible(true);
        entityId.setLabel(getTranslation("audit.entityId"));
        entityId.setClearButtonVisible(true);
        trainee.setLabel(getTranslation("audit.traineeId"));
        trainee.setHelperText(getTranslation("audit.traineeHelp"));
        trainee.setClearButtonVisible(true);
        trainee.setId("audit-trainee");
        action.setLabel(getTranslation("audit.action"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> translations.enumLabel(a, getLocale()));
        action.setClearButtonVisible(true);
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        FormLayout filters = new FormLayout(actor, entityType, entityId, trainee, action, from, to);
        filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("40rem", 4),
                new FormLayout.ResponsiveStep("70rem", 7));
        filters.setWidthFull();
        actor.addValueChangeListener(e -> refresh());
        entityType.addValueChangeListener(e -> refresh());
        entityId.addValueChangeListener(e -> refresh());
        trainee.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        grid.addColumn(e -> TIME.format(e.getOccurredAt())).setKey("time").setHeader(getTranslation("audit.time")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::getActor).setKey("actor").setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(e -> translations.enumLabel(e.getAction(), getLocale())).setKey("action").setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        var recordColumn = grid.addColumn(texts::record).setKey("record").setHeader(getTranslation("audit.record")).setAutoWidth(true);
        var traineeColumn = grid.addColumn(texts::trainees).setKey("trainee").setHeader(getTranslation("audit.trainee")).setAutoWidth(true);
        var detailsColumn = grid.addColumn(e -> texts.details(e.getDetails())).setKey("details").setHeader(getTranslation("audit.details")).setFlexGrow(1);
        PhoneColumns.hide(grid, recordColumn, traineeColumn, detailsColumn); // a phone: when, who, what
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setAriaLabel(getTranslation("nav.audit"));
        grid.setId("audit-grid");
        Paragraph note = new Paragraph(getTranslation("audit.note"));
        add(filters, note, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("trainee").flatMap(AuditView::parseId)
                .ifPresent(id -> trainee.setValue(id));
        ready = true;
        refresh();
    }

    private static java.util.Optional<Integer> parseId(String s) {
        try {
            return java.util.Optional.of(Integer.parseInt(s.trim()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private AuditFilter filter() {
        return new AuditFilter(actor.getValue(), entityType.getValue(),
                entityId.getValue() == null ? null : entityId.getValue().longValue(),
                trainee.getValue() == null ? null : trainee.getValue().longValue(), action.getValue(),
                from.getValue(), to.getValue());
    }

    private void refresh() {
        if (!ready) {
            return;
        }
        AuditFilter f = filter();
        grid.setItems(q -> audit.search(f, PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, audit.count(f)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit");
    }
}
