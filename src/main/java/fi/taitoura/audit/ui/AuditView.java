package fi.taitoura.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditEntry;
import fi.taitoura.audit.AuditFilter;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.i18n.TranslationProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import fi.taitoura.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.data.domain.PageRequest;

/** The audit log for ADMIN: filter by user, record and time. Read-only: entries cannot be edited or deleted. */
@Menu(title = "nav.audit", order = 990, icon = "vaadin:list-ol")
@Route("admin/audit")
@RolesAllowed(Role.Names.ADMIN)
class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm:ss")
            .withZone(ZoneId.of("Europe/Helsinki"));

    private final AuditService audit;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final TextField actor = new TextField();
    private final ComboBox<String> entityType = new ComboBox<>();
    private final IntegerField entityId = new IntegerField();
    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    AuditView(AuditService audit, TranslationProvider translations) {
        this.audit = audit;
        setSizeFull();
        actor.setLabel(getTranslation("audit.actor"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        entityType.setLabel(getTranslation("audit.entityType"));
        entityType.setItems(audit.entityTypes());
        entityType.setClearButtonVisible(true);
        entityId.setLabel(getTranslation("audit.entityId"));
        entityId.setClearButtonVisible(true);
        action.setLabel(getTranslation("audit.action"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> translations.enumLabel(a, getLocale()));
        action.setClearButtonVisible(true);
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        FormLayout filters = new FormLayout(actor, entityType, entityId, action, from, to);
        filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("40rem", 3),
                new FormLayout.ResponsiveStep("70rem", 6));
        filters.setWidthFull();
        actor.addValueChangeListener(e -> refresh());
        entityType.addValueChangeListener(e -> refresh());
        entityId.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        grid.addColumn(e -> TIME.format(e.getOccurredAt())).setHeader(getTranslation("audit.time")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::getActor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(e -> translations.enumLabel(e.getAction(), getLocale())).setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.getEntityType() + (e.getEntityId() == null ? "" : " #" + e.getEntityId()))
                .setHeader(getTranslation("audit.record")).setAutoWidth(true);
        grid.addColumn(e -> e.getTraineeId() == null ? "" : "#" + e.getTraineeId())
                .setHeader(getTranslation("audit.trainee")).setAutoWidth(true);
        grid.addColumn(AuditEntry::getDetails).setHeader(getTranslation("audit.details")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setAriaLabel(getTranslation("nav.audit"));
        add(filters, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private AuditFilter filter() {
        return new AuditFilter(actor.getValue(), entityType.getValue(),
                entityId.getValue() == null ? null : entityId.getValue().longValue(), null, action.getValue(),
                from.getValue(), to.getValue());
    }

    private void refresh() {
        AuditFilter f = filter();
        grid.setItems(q -> audit.search(f, PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, audit.count(f)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit");
    }
}
