package fi.taitoura.lifecycle.ui;

import fi.taitoura.base.ui.PhoneColumns;
import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.ui.Downloads;
import fi.taitoura.base.ui.Formats;
import fi.taitoura.base.ui.Notifications;
import fi.taitoura.lifecycle.DataLifecycleService;
import fi.taitoura.lifecycle.DataLifecycleService.Due;
import fi.taitoura.lifecycle.RetentionRules;
import fi.taitoura.lifecycle.SubjectAccessDocuments;
import fi.taitoura.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.Period;

/**
 * For the administrator: the retention rules, the clients whose retention has ended (anonymise or erase them, or
 * transfer to an archive first), and one client's data for a subject-access request (JSON and PDF).
 */
@Menu(title = "nav.retention", order = 995, icon = "vaadin:archive")
@Route("admin/retention")
@RolesAllowed(Role.Names.ADMIN)
class RetentionView extends VerticalLayout implements HasDynamicTitle {

    private final DataLifecycleService lifecycle;
    private final Grid<Due> grid = new Grid<>();

    RetentionView(DataLifecycleService lifecycle, SubjectAccessDocuments documents) {
        this.lifecycle = lifecycle;
        RetentionRules rules = lifecycle.rules();
        add(new H3(getTranslation("retention.rules")));
        add(new Paragraph(getTranslation("retention.rulesText", years(rules.clientRecords()),
                getTranslation("retention.actionInText." + rules.action().name()), years(rules.auditLog()),
                rules.archiveBornOnDays().isEmpty() ? "–" : rules.archiveBornOnDays().stream().sorted()
                        .map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse(""))));

        add(new H3(getTranslation("retention.due")));
        grid.addColumn(d -> "#" + d.traineeId()).setHeader(getTranslation("retention.trainee")).setAutoWidth(true);
        grid.addColumn(d -> Formats.date(d.lastPeriodEnd())).setHeader(getTranslation("retention.lastPeriodEnd"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::action).setHeader(getTranslation("retention.actionHeader")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setId("retention-due");
        grid.setEmptyStateText(getTranslation("retention.dueNone"));
        PhoneColumns.hide(grid); // a phone: the columns share the width
        grid.setAriaLabel(getTranslation("retention.due"));
        add(grid);

        add(new H3(getTranslation("retention.export")));
        add(new Paragraph(getTranslation("retention.exportHelp")));
        // the download runs without a current UI, where getLocale() would be Finnish: the language as shown now
        java.util.Locale shown = getLocale();
        IntegerField trainee = new IntegerField(getTranslation("retention.traineeId"));
        trainee.setId("export-trainee");
        trainee.setMin(1);
        trainee.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(getTranslation("retention.error.traineeId"))
                .setMinErrorMessage(getTranslation("retention.error.traineeId")));
        Anchor json = Downloads.link(getTranslation("retention.downloadJson"), "taitoura-subject-access.json",
                "application/json", () -> documents.json(lifecycle.export(id(trainee))));
        Anchor pdf = Downloads.pdf(getTranslation("retention.downloadPdf"), "taitoura-subject-access.pdf",
                () -> documents.pdf(lifecycle.export(id(trainee)), shown));
        json.setId("export-json");
        pdf.setId("export-pdf");
        // the downloads are offered only for a client the administrator may export: a wrong id is said next to the
        // field, never as a failed download (the tour, issue 13)
        json.setEnabled(false);
        pdf.setEnabled(false);
        trainee.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        trainee.addValueChangeListener(e -> {
            Integer id = e.getValue();
            boolean ok = id != null && id > 0 && lifecycle.mayExport(id);
            trainee.setInvalid(!ok && id != null);
            trainee.setErrorMessage(ok || id == null ? null : getTranslation(id > 0
                    ? "retention.error.noSuchTrainee" : "retention.error.traineeId"));
            json.setEnabled(ok);
            pdf.setEnabled(ok);
        });
        HorizontalLayout exportRow = new HorizontalLayout(trainee, json, pdf);
        exportRow.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        exportRow.setWrap(true);
        add(exportRow);
        refresh();
    }

    private static long id(IntegerField field) {
        if (field.getValue() == null) {
            throw new BusinessRuleException("retention.error.noSuchTrainee");
        }
        return field.getValue();
    }

    private String years(Period p) {
        return getTranslation("retention.years", p.getYears());
    }

    private com.vaadin.flow.component.Component action(Due due) {
        if (due.archiveFirst()) {
            Span s = new Span(getTranslation("retention.archiveFirst"));
            s.addClassName("retention-archive");
            return s;
        }
        Button apply = new Button(getTranslation("retention.action." + due.action().name()), e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("retention.confirmTitle"),
                    getTranslation("retention.confirm." + due.action().name(), due.traineeId()),
                    getTranslation("retention.action." + due.action().name()), ok -> {
                        try {
                            lifecycle.apply(due.traineeId(), Time.today());
                            Notifications.success(getTranslation("retention.done"));
                        } catch (BusinessRuleException ex) {
                            Notifications.error(getTranslation(ex.getMessageKey(), ex.getParams()));
                        }
                        refresh();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("common.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        apply.addThemeVariants(ButtonVariant.ERROR);
        apply.setId("apply-" + due.traineeId());
        return apply;
    }

    private void refresh() {
        grid.setItems(lifecycle.findDue(Time.today()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.retention");
    }
}
