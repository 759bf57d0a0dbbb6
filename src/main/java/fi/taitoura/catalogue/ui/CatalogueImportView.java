package fi.taitoura.catalogue.ui;

import fi.taitoura.base.ui.PhoneColumns;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.router.Menu;
import fi.taitoura.base.ui.Uploads;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.HasDynamicTitle;
import fi.taitoura.base.ui.Notifications;
import fi.taitoura.catalogue.CatalogueImport;
import fi.taitoura.catalogue.CatalogueImport.Channel;
import fi.taitoura.catalogue.CatalogueImportException;
import fi.taitoura.catalogue.CatalogueImportResult;
import fi.taitoura.catalogue.CatalogueImportResult.Outcome;
import fi.taitoura.catalogue.CatalogueImportService;
import fi.taitoura.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Administration of the competence catalogue: upload ePerusteet exports (several .json / .json.gz files, with
 * progress), fetch a qualification from ePerusteet, a report of what each file did, and the import history.
 */
@Menu(title = "catalogue.nav.import", order = 920, icon = "vaadin:upload")
@Route("admin/catalogue")
@RolesAllowed(Role.Names.ADMIN)
@com.vaadin.flow.component.dependency.StyleSheet("styles/catalogue.css")
class CatalogueImportView extends VerticalLayout implements HasDynamicTitle {

    /** One line of the report: a result, or a rejected file. */
    record ReportRow(String source, Outcome outcome, String qualification, int units, int requirements, int criteria,
                     String message) {
    }

    private final CatalogueImportService imports;
    private final List<ReportRow> report = new ArrayList<>();
    private final Grid<ReportRow> reportGrid = new Grid<>();
    private final Grid<CatalogueImport> history = new Grid<>();
    private final TextField fetchKey = new TextField();

    CatalogueImportView(CatalogueImportService imports,
                        @Value("${taitoura.catalogue.max-upload-bytes:52428800}") int maxUploadBytes) {
        this.imports = imports;
        addClassName("catalogue-import-view");

        add(new H3(getTranslation("catalogue.import.upload.title")));
        add(new Paragraph(getTranslation("catalogue.import.upload.help")));
        UI ui = UI.getCurrent();
        Authentication admin = SecurityContextHolder.getContext().getAuthentication();
        Upload upload = new Upload(Uploads.inMemory(maxUploadBytes, (metadata, bytes) -> {
            List<ReportRow> rows = asAdmin(admin, () -> importUploaded(metadata.fileName(), bytes));
            ui.access(() -> addReport(rows));
        }));
        upload.setAcceptedFileTypes(".json", ".gz", "application/json", "application/gzip");
        upload.setMaxFiles(50);
        upload.setMaxFileSize(maxUploadBytes);
        upload.setId("catalogue-upload");
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("catalogue.import.upload.button"))
                .setMany(getTranslation("catalogue.import.upload.button")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("catalogue.import.upload.drop"))
                .setMany(getTranslation("catalogue.import.upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("catalogue.import.upload.tooBig"))
                .setIncorrectFileType(getTranslation("catalogue.import.upload.wrongType"))
                .setTooManyFiles(getTranslation("catalogue.import.upload.tooMany")));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        upload.addAllFinishedListener(e -> refreshHistory());
        add(upload);

        add(new H3(getTranslation("catalogue.import.fetch.title")));
        add(new Paragraph(getTranslation("catalogue.import.fetch.help", imports.apiBaseUrl())));
        fetchKey.setLabel(getTranslation("catalogue.import.fetch.key"));
        fetchKey.setPlaceholder("8505691 / OPH-456-2022");
        fetchKey.setId("catalogue-fetch-key");
        Button fetch = new Button(getTranslation("catalogue.import.fetch.button"), VaadinIcon.DOWNLOAD.create(),
                e -> fetch());
        fetch.addThemeVariants(ButtonVariant.PRIMARY);
        fetch.setId("catalogue-fetch");
        fetch.setDisableOnClick(true);
        fetch.addClickListener(e -> fetch.setEnabled(true));
        HorizontalLayout fetchRow = new HorizontalLayout(fetchKey, fetch);
        fetchRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        fetchRow.setWrap(true);
        add(fetchRow);

        add(new H3(getTranslation("catalogue.import.report")));
        reportGrid.setId("catalogue-report");
        PhoneColumns.hide(reportGrid); // a phone: the columns share the width
        reportGrid.setAriaLabel(getTranslation("catalogue.import.report"));
        reportGrid.addColumn(ReportRow::source).setHeader(getTranslation("catalogue.import.file")).setFlexGrow(2)
                .setResizable(true);
        reportGrid.addColumn(r -> getTranslation("catalogue.outcome." + r.outcome().name()))
                .setHeader(getTranslation("catalogue.import.outcome")).setAutoWidth(true).setFlexGrow(0)
                .setPartNameGenerator(r -> r.outcome() == Outcome.REJECTED ? "rejected" : null);
        reportGrid.addColumn(ReportRow::qualification).setHeader(getTranslation("catalogue.import.qualification"))
                .setFlexGrow(2).setResizable(true);
        reportGrid.addColumn(ReportRow::units).setHeader(getTranslation("catalogue.import.units")).setAutoWidth(true)
                .setFlexGrow(0);
        reportGrid.addColumn(ReportRow::requirements).setHeader(getTranslation("catalogue.import.requirements"))
                .setAutoWidth(true).setFlexGrow(0);
        reportGrid.addColumn(ReportRow::criteria).setHeader(getTranslation("catalogue.import.criteria"))
                .setAutoWidth(true).setFlexGrow(0);
        reportGrid.addColumn(ReportRow::message).setHeader(getTranslation("catalogue.import.message")).setFlexGrow(3)
                .setResizable(true);
        reportGrid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        reportGrid.setAllRowsVisible(true);
        reportGrid.setItems(report);
        Div empty = new Div(getTranslation("catalogue.import.report.empty"));
        reportGrid.setEmptyStateComponent(empty);
        add(reportGrid);

        add(new H3(getTranslation("catalogue.import.history")));
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(CatalogueUi.ZONE);
        history.setAriaLabel(getTranslation("catalogue.import.history"));
        history.addColumn(i -> time.format(i.getStartedAt())).setHeader(getTranslation("catalogue.import.time"))
                .setAutoWidth(true).setFlexGrow(0);
        var actorColumn = history.addColumn(CatalogueImport::getActor).setHeader(getTranslation("catalogue.import.actor"))
                .setAutoWidth(true).setFlexGrow(0);
        var channelColumn = history.addColumn(i -> getTranslation("catalogue.channel." + i.getChannel().name()))
                .setHeader(getTranslation("catalogue.import.channel")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(i -> getTranslation("catalogue.outcome." + i.getOutcome().name()))
                .setHeader(getTranslation("catalogue.import.outcome")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(i -> i.getNameFi() == null ? i.getSource() : i.getNameFi() + " (" + i.getDiaryNumber() + ")")
                .setHeader(getTranslation("catalogue.import.qualification")).setFlexGrow(2).setResizable(true);
        var messageColumn = history.addColumn(i -> i.getMessage() == null ? i.getSource() : i.getMessage())
                .setHeader(getTranslation("catalogue.import.message")).setFlexGrow(3).setResizable(true);
        PhoneColumns.hide(history, actorColumn, channelColumn, messageColumn); // a phone: when, outcome, what
        history.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        history.setAllRowsVisible(true);
        add(history);
        refreshHistory();
    }

    /** Runs in the upload's request thread as the signed-in administrator (in case the thread has no context). */
    private static <T> T asAdmin(Authentication admin, java.util.function.Supplier<T> work) {
        var context = SecurityContextHolder.getContext();
        if (context.getAuthentication() != null || admin == null) {
            return work.get();
        }
        context.setAuthentication(admin);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Imports one uploaded file (called by the upload, outside the UI lock) and describes the outcome. */
    List<ReportRow> importUploaded(String fileName, byte[] bytes) {
        try {
            return rows(imports.importDocument(fileName, bytes, Channel.UPLOAD));
        } catch (CatalogueImportException e) {
            return List.of(rejected(e));
        }
    }

    void fetch() {
        try {
            addReport(rows(imports.fetch(fetchKey.getValue())));
        } catch (CatalogueImportException e) {
            addReport(List.of(rejected(e)));
        }
        refreshHistory();
    }

    private List<ReportRow> rows(List<CatalogueImportResult> results) {
        return results.stream().map(r -> new ReportRow(r.source(), r.outcome(),
                CatalogueUi.in(this, r.name()) + " (" + r.diaryNumber() + ")", r.units(), r.requirements(),
                r.criteria(), r.outcome() == Outcome.UPDATED ? getTranslation("catalogue.import.updated", r.added(),
                r.changed(), r.retired()) : getTranslation("catalogue.outcome.help." + r.outcome().name()))).toList();
    }

    private ReportRow rejected(CatalogueImportException e) {
        return new ReportRow(e.getSource(), Outcome.REJECTED, "", 0, 0, 0,
                getTranslation("catalogue.import.rejected", e.getSource(), e.getJsonPath(), e.getDetail()));
    }

    void addReport(List<ReportRow> rows) {
        report.addAll(0, rows);
        reportGrid.getDataProvider().refreshAll();
        for (ReportRow r : rows) {
            if (r.outcome() == Outcome.REJECTED) {
                Notifications.error(r.message());
            } else {
                Notifications.success(getTranslation("catalogue.import.done", r.source(),
                        getTranslation("catalogue.outcome." + r.outcome().name())));
            }
        }
    }

    List<ReportRow> report() {
        return List.copyOf(report);
    }

    private void refreshHistory() {
        history.setItems(imports.recentImports(50));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.nav.import");
    }
}
