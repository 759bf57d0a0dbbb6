package fi.taitoura.workplace.ui;

import fi.taitoura.base.ui.PhoneColumns;
import fi.taitoura.catalogue.CatalogueTree;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fi.taitoura.base.i18n.TranslationProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import fi.taitoura.catalogue.CatalogueTree.QualificationRef;
import fi.taitoura.workplace.EnvironmentFilter;
import fi.taitoura.workplace.EnvironmentHit;
import fi.taitoura.workplace.EnvironmentReportService;
import fi.taitoura.workplace.Organisation;
import fi.taitoura.workplace.RecognitionService;
import fi.taitoura.workplace.WorkplaceService;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;

/** Search across approved environments: "where can unit X be shown in our region?" */
@Menu(title = "environments.nav", order = 520, icon = "vaadin:map-marker")
@Route("environments")
@PermitAll
class EnvironmentsView extends VerticalLayout implements HasDynamicTitle {

    private final EnvironmentReportService reports;
    private final TranslationProvider translations;
    private final ComboBox<String> municipality = new ComboBox<>();
    private final ComboBox<Organisation> organisation = new ComboBox<>();
    private final ComboBox<QualificationRef> qualification = new ComboBox<>();
    private final TextField unitText = new TextField();
    private final Grid<EnvironmentHit> grid = new Grid<>();
    private final Span resultCount = new Span();

    EnvironmentsView(EnvironmentReportService reports, WorkplaceService workplaces, RecognitionService recognitions,
                     TranslationProvider translations) {
        this.reports = reports;
        this.translations = translations;
        addClassName("environments-view");
        setSizeFull();

        Paragraph intro = new Paragraph(getTranslation("environments.intro"));
        intro.addClassName("help-text");

        municipality.setLabel(getTranslation("environments.municipality"));
        municipality.setItems(reports.municipalities());
        municipality.setClearButtonVisible(true);
        municipality.setId("filter-municipality");
        organisation.setLabel(getTranslation("environments.organisation"));
        organisation.setItems(workplaces.findOrganisations());
        organisation.setItemLabelGenerator(Organisation::getName);
        organisation.setClearButtonVisible(true);
        organisation.setId("filter-organisation");
        qualification.setLabel(getTranslation("environments.qualification"));
        qualification.setItems(recognitions.findQualifications());
        qualification.setItemLabelGenerator(q -> q.name().in(getLocale()) + " (" + q.diaryNumber() + ")");
        qualification.setClearButtonVisible(true);
        qualification.setId("filter-qualification");
        unitText.setLabel(getTranslation("environments.unit"));
        unitText.setPlaceholder(getTranslation("environments.unitPlaceholder"));
        unitText.setValueChangeMode(ValueChangeMode.LAZY);
        unitText.setClearButtonVisible(true);
        unitText.setId("filter-unit");
        municipality.addValueChangeListener(e -> search());
        organisation.addValueChangeListener(e -> search());
        qualification.addValueChangeListener(e -> search());
        unitText.addValueChangeListener(e -> search());
        HorizontalLayout filters = new HorizontalLayout(municipality, organisation, qualification, unitText);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWidthFull();

        grid.setId("environments");
        grid.addComponentColumn(this::unitCell).setHeader(getTranslation("environments.workUnit")).setFlexGrow(2)
                .setResizable(true);
        var municipalityColumn = grid.addColumn(EnvironmentHit::municipality).setHeader(getTranslation("environments.municipality"))
                .setAutoWidth(true);
        var qualificationsColumn = grid.addColumn(h -> h.qualifications().stream().map(q -> q.in(getLocale())).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("environments.qualifications")).setFlexGrow(2);
        var unitsColumn = grid.addComponentColumn(this::unitsCell).setHeader(getTranslation("environments.units")).setFlexGrow(3);
        var validColumn = grid.addColumn(h -> h.approvedOn() == null ? "" : RecognitionView.DATE.format(h.approvedOn()) + " – "
                + (h.nextReviewOn() == null ? "" : RecognitionView.DATE.format(h.nextReviewOn())))
                .setHeader(getTranslation("environments.valid")).setAutoWidth(true);
        grid.addComponentColumn(this::pdfCell).setHeader(getTranslation("environments.report")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        PhoneColumns.hide(grid, municipalityColumn, qualificationsColumn, unitsColumn, validColumn); // a phone: unit, report
        grid.setAriaLabel(getTranslation("environments.nav"));
        resultCount.setId("environments-count");
        add(intro, filters, resultCount, grid);
        search();
    }

    private void search() {
        List<EnvironmentHit> hits = reports.search(new EnvironmentFilter(municipality.getValue(),
                organisation.getValue() == null ? null : organisation.getValue().getId(),
                qualification.getValue() == null ? null : qualification.getValue().id(), unitText.getValue()));
        grid.setItems(hits);
        resultCount.setText(getTranslation("environments.count", hits.size()));
    }

    private Component unitCell(EnvironmentHit h) {
        Span name = new Span(h.workUnitName());
        name.addClassName("strong");
        Span org = new Span(h.organisationName() + " · " + translations.enumLabel(h.sector(), getLocale()));
        org.addClassName("help-text");
        Div d = new Div(name, new Div(org));
        return d;
    }

    private Component unitsCell(EnvironmentHit h) {
        Div d = new Div();
        d.addClassName("unit-lines");
        for (EnvironmentHit.UnitLine u : h.units()) {
            Div line = new Div(new Span(u.code() + " " + u.name().in(getLocale())
                    + (u.requirementCount() > 0 ? " (" + getTranslation("environments.requirementCount",
                    u.requirementCount()) + ")" : "")));
            if (u.matched()) {
                line.addClassName("matched");
            }
            d.add(line);
        }
        return d;
    }

    private Component pdfCell(EnvironmentHit h) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(ev -> {
            byte[] bytes = reports.environmentReport(h.recognitionId(), getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    "ymparistoraportti-" + h.workUnitId() + "-v" + h.revision() + ".pdf", "application/pdf",
                    bytes.length);
        }), "");
        a.getElement().setAttribute("download", true);
        Button b = new Button("PDF", VaadinIcon.DOWNLOAD.create());
        b.setTabIndex(-1);
        a.add(b);
        a.getElement().setAttribute("aria-label", getTranslation("recognition.report.download") + ": "
                + h.workUnitName());
        return a;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("environments.nav");
    }
}
