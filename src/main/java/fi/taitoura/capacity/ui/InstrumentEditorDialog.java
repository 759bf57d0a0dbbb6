package fi.taitoura.capacity.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.Notifications;
import fi.taitoura.capacity.Instrument;
import fi.taitoura.capacity.InstrumentDraft;
import fi.taitoura.capacity.InstrumentService;
import fi.taitoura.capacity.InstrumentService.InstrumentRow;
import fi.taitoura.capacity.RaterMode;
import fi.taitoura.capacity.ScaleType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Defines or edits an instrument version: names and descriptions in three languages, who rates it, its scale
 * (values with labels, optionally "not assessed"), and its domains with their items. A version with answers is
 * saved as a new version; the Osallisuusindikaattori is shown read-only.
 */
class InstrumentEditorDialog extends Dialog {

    private enum Mode { NEW, EDIT, NEW_VERSION, READ_ONLY }

    private final InstrumentService instruments;
    private final TranslationProvider translations;
    private final InstrumentRow row;
    private final Runnable onSaved;
    private final Mode mode;
    private final InstrumentDraft draft;
    private final Binder<InstrumentDraft> binder = new Binder<>();
    private final Div pointsArea = new Div();
    private final Div domainsArea = new Div();
    /** Checks of the dynamic rows, run on save: each marks its field and returns false when invalid. */
    private final List<java.util.function.BooleanSupplier> rowChecks = new ArrayList<>();

    InstrumentEditorDialog(InstrumentService instruments, TranslationProvider translations, InstrumentRow row,
                           Runnable onSaved) {
        this.instruments = instruments;
        this.translations = translations;
        this.row = row;
        this.onSaved = onSaved;
        Instrument instrument = row == null ? null : instruments.get(row.instrument().getId());
        this.mode = row == null ? Mode.NEW : instrument.isFixedWording() ? Mode.READ_ONLY
                : row.locked() ? Mode.NEW_VERSION : Mode.EDIT;
        this.draft = instrument == null ? newDraft() : InstrumentDraft.of(instrument);
        setHeaderTitle(instrument == null ? getTranslation("instrument.new")
                : getTranslation("instrument.edit.title", instrument.displayName(getLocale())));
        setWidth("min(64rem, 100vw)");
        setMaxHeight("100vh");
        addClassName("instrument-editor");

        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        if (mode == Mode.READ_ONLY) {
            body.add(note(getTranslation("instrument.fixedInfo")));
        } else if (mode == Mode.NEW_VERSION) {
            Paragraph locked = note(getTranslation("instrument.lockedInfo", row.assessments(),
                    instrument.getInstrumentVersion()));
            locked.setId("locked-info");
            body.add(locked);
        }

        TextField nameFi = text("instrument.field.nameFi", 200);
        TextField nameSv = text("instrument.field.nameSv", 200);
        TextField nameEn = text("instrument.field.nameEn", 200);
        TextArea descFi = area("instrument.field.descriptionFi");
        TextArea descSv = area("instrument.field.descriptionSv");
        TextArea descEn = area("instrument.field.descriptionEn");
        Select<RaterMode> raterMode = new Select<>();
        raterMode.setLabel(getTranslation("instrument.field.raterMode"));
        raterMode.setItems(RaterMode.values());
        raterMode.setItemLabelGenerator(m -> translations.enumLabel(m, getLocale()));
        RadioButtonGroup<ScaleType> scaleType = new RadioButtonGroup<>(getTranslation("instrument.field.scaleType"));
        scaleType.setItems(ScaleType.values());
        scaleType.setItemLabelGenerator(t -> translations.enumLabel(t, getLocale()));
        Checkbox notAssessed = new Checkbox(getTranslation("instrument.field.allowNotAssessed"));
        Checkbox example = new Checkbox(getTranslation("instrument.field.example"));

        binder.forField(nameFi).asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.maxLength", 200), 1, 200))
                .bind(InstrumentDraft::getNameFi, InstrumentDraft::setNameFi);
        binder.forField(nameSv).bind(InstrumentDraft::getNameSv, InstrumentDraft::setNameSv);
        binder.forField(nameEn).bind(InstrumentDraft::getNameEn, InstrumentDraft::setNameEn);
        binder.forField(descFi).bind(InstrumentDraft::getDescriptionFi, InstrumentDraft::setDescriptionFi);
        binder.forField(descSv).bind(InstrumentDraft::getDescriptionSv, InstrumentDraft::setDescriptionSv);
        binder.forField(descEn).bind(InstrumentDraft::getDescriptionEn, InstrumentDraft::setDescriptionEn);
        binder.forField(raterMode).asRequired(getTranslation("validation.required"))
                .bind(InstrumentDraft::getRaterMode, InstrumentDraft::setRaterMode);
        binder.forField(scaleType).asRequired(getTranslation("validation.required"))
                .bind(InstrumentDraft::getScaleType, InstrumentDraft::setScaleType);
        binder.forField(notAssessed).bind(InstrumentDraft::isAllowNotAssessed, InstrumentDraft::setAllowNotAssessed);
        binder.forField(example).bind(InstrumentDraft::isExample, InstrumentDraft::setExample);
        binder.readBean(draft);

        FormLayout basics = new FormLayout(nameFi, nameSv, nameEn, descFi, descSv, descEn, raterMode, scaleType,
                notAssessed, example);
        basics.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 3));
        body.add(basics);

        body.add(new H3(getTranslation("instrument.scale")));
        pointsArea.setWidthFull();
        body.add(pointsArea);
        Button addPoint = new Button(getTranslation("instrument.point.add"), VaadinIcon.PLUS.create(), e -> {
            int next = draft.getPoints().stream().map(InstrumentDraft.Point::getValue)
                    .filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).max().orElse(0) + 1;
            draft.getPoints().add(new InstrumentDraft.Point(next, "", "", ""));
            renderPoints();
        });
        addPoint.setId("add-point");
        addPoint.setVisible(mode != Mode.READ_ONLY);
        body.add(addPoint);

        body.add(new H3(getTranslation("instrument.domains")));
        domainsArea.setWidthFull();
        body.add(domainsArea);
        Button addDomain = new Button(getTranslation("instrument.domain.add"), VaadinIcon.PLUS.create(), e -> {
            draft.addDomain("", "", "").getItems().add(new InstrumentDraft.Item());
            renderDomains();
        });
        addDomain.setId("add-domain");
        addDomain.setVisible(mode != Mode.READ_ONLY);
        body.add(addDomain);
        add(body);
        renderAll();

        if (mode == Mode.READ_ONLY) {
            binder.setReadOnly(true);
        }

        Button cancel = new Button(getTranslation(mode == Mode.READ_ONLY ? "common.close" : "common.cancel"),
                e -> close());
        getFooter().add(cancel);
        if (instrument != null && instrument.isCurrentVersion() && !instrument.isFixedWording()) {
            boolean active = instrument.isActive();
            Button toggle = new Button(getTranslation(active ? "instrument.deactivate" : "instrument.activate"), e -> {
                instruments.setActive(instrument.getId(), !active);
                Notifications.success(getTranslation("common.saved"));
                onSaved.run();
                close();
            });
            toggle.addThemeVariants(ButtonVariant.TERTIARY);
            toggle.setId("toggle-active");
            getFooter().addComponentAsFirst(toggle);
        }
        if (mode != Mode.READ_ONLY) {
            Button save = new Button(getTranslation(mode == Mode.NEW_VERSION ? "instrument.saveNewVersion"
                    : "common.save"), e -> save(instrument));
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.setId("save-instrument");
            getFooter().add(save);
        }
    }

    private static InstrumentDraft newDraft() {
        InstrumentDraft d = new InstrumentDraft();
        for (int v = 1; v <= 5; v++) {
            d.getPoints().add(new InstrumentDraft.Point(v, "", "", ""));
        }
        d.addDomain("", "", "").getItems().add(new InstrumentDraft.Item());
        return d;
    }

    private void renderAll() {
        renderPoints();
        renderDomains();
    }

    private void renderPoints() {
        pointsArea.removeAll();
        rowChecks.removeIf(c -> c instanceof PointCheck);
        for (InstrumentDraft.Point p : draft.getPoints()) {
            IntegerField value = new IntegerField(getTranslation("instrument.point.value"));
            value.setValue(p.getValue());
            value.setMin(0);
            value.setMax(100);
            value.setWidth("6rem");
            value.addValueChangeListener(e -> p.setValue(e.getValue()));
            TextField fi = bound("instrument.point.labelFi", p.getLabelFi(), p::setLabelFi);
            TextField sv = bound("instrument.point.labelSv", p.getLabelSv(), p::setLabelSv);
            TextField en = bound("instrument.point.labelEn", p.getLabelEn(), p::setLabelEn);
            Button remove = removeButton("instrument.point.remove", () -> {
                draft.getPoints().remove(p);
                renderPoints();
            });
            HorizontalLayout line = new HorizontalLayout(value, fi, sv, en, remove);
            line.setWrap(true);
            line.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            line.addClassName("editor-row");
            pointsArea.add(line);
            rowChecks.add(new PointCheck(value, fi, p));
            readOnly(value, fi, sv, en);
            remove.setVisible(mode != Mode.READ_ONLY);
        }
    }

    /** Checks one scale point: a value, unique, and a Finnish label. */
    private final class PointCheck implements java.util.function.BooleanSupplier {
        private final IntegerField value;
        private final TextField label;
        private final InstrumentDraft.Point point;

        PointCheck(IntegerField value, TextField label, InstrumentDraft.Point point) {
            this.value = value;
            this.label = label;
            this.point = point;
        }

        @Override
        public boolean getAsBoolean() {
            boolean ok = true;
            long same = draft.getPoints().stream().filter(o -> point.getValue() != null
                    && point.getValue().equals(o.getValue())).count();
            if (point.getValue() == null || point.getValue() < 0 || point.getValue() > 100) {
                value.setErrorMessage(getTranslation("instrument.error.pointValue"));
                value.setInvalid(true);
                ok = false;
            } else if (same > 1) {
                value.setErrorMessage(getTranslation("instrument.error.duplicatePoint", point.getValue()));
                value.setInvalid(true);
                ok = false;
            } else {
                value.setInvalid(false);
            }
            ok &= required(label, point.getLabelFi());
            return ok;
        }
    }

    private void renderDomains() {
        domainsArea.removeAll();
        rowChecks.removeIf(c -> !(c instanceof PointCheck));
        int n = 0;
        for (InstrumentDraft.Domain d : draft.getDomains()) {
            n++;
            Div card = new Div();
            card.addClassName("editor-domain");
            TextField fi = bound("instrument.domain.nameFi", d.getNameFi(), d::setNameFi);
            TextField sv = bound("instrument.domain.nameSv", d.getNameSv(), d::setNameSv);
            TextField en = bound("instrument.domain.nameEn", d.getNameEn(), d::setNameEn);
            fi.addClassName("domain-name-fi");
            Button remove = removeButton("instrument.domain.remove", () -> {
                draft.getDomains().remove(d);
                renderDomains();
            });
            HorizontalLayout head = new HorizontalLayout(fi, sv, en, remove);
            head.setWrap(true);
            head.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            card.add(head);
            rowChecks.add(() -> required(fi, d.getNameFi()));
            Paragraph noItems = new Paragraph(getTranslation("instrument.error.domainWithoutItems",
                    d.getNameFi().isBlank() ? String.valueOf(n) : d.getNameFi()));
            noItems.addClassName("editor-error");
            noItems.setVisible(false);
            rowChecks.add(() -> {
                noItems.setVisible(d.getItems().isEmpty());
                return !d.getItems().isEmpty();
            });
            for (InstrumentDraft.Item item : d.getItems()) {
                TextField ifi = bound("instrument.item.textFi", item.getTextFi(), item::setTextFi);
                TextField isv = bound("instrument.item.textSv", item.getTextSv(), item::setTextSv);
                TextField ien = bound("instrument.item.textEn", item.getTextEn(), item::setTextEn);
                ifi.addClassName("item-text-fi");
                Button removeItem = removeButton("instrument.item.remove", () -> {
                    d.getItems().remove(item);
                    renderDomains();
                });
                HorizontalLayout line = new HorizontalLayout(ifi, isv, ien, removeItem);
                line.setWrap(true);
                line.setAlignItems(HorizontalLayout.Alignment.BASELINE);
                line.addClassName("editor-row");
                card.add(line);
                rowChecks.add(() -> required(ifi, item.getTextFi()));
                readOnly(ifi, isv, ien);
                removeItem.setVisible(mode != Mode.READ_ONLY);
            }
            Button addItem = new Button(getTranslation("instrument.item.add"), VaadinIcon.PLUS.create(), e -> {
                d.getItems().add(new InstrumentDraft.Item());
                renderDomains();
            });
            addItem.addThemeVariants(ButtonVariant.TERTIARY);
            addItem.addClassName("add-item");
            addItem.setVisible(mode != Mode.READ_ONLY);
            card.add(noItems, addItem);
            readOnly(fi, sv, en);
            remove.setVisible(mode != Mode.READ_ONLY);
            domainsArea.add(card);
        }
    }

    private boolean required(TextField field, String value) {
        if (value == null || value.isBlank()) {
            field.setErrorMessage(getTranslation("validation.required"));
            field.setInvalid(true);
            return false;
        }
        field.setInvalid(false);
        return true;
    }

    private void readOnly(HasValue<?, ?>... fields) {
        for (HasValue<?, ?> f : fields) {
            f.setReadOnly(mode == Mode.READ_ONLY);
        }
    }

    private TextField bound(String labelKey, String value, Consumer<String> setter) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setValue(value == null ? "" : value);
        field.setMaxLength(labelKey.startsWith("instrument.item") ? 1000 : 200);
        field.addValueChangeListener(e -> {
            setter.accept(e.getValue());
            field.setInvalid(false);
        });
        field.setMinWidth("12rem");
        field.getStyle().set("flex", "1 1 14rem");
        return field;
    }

    private Button removeButton(String labelKey, Runnable action) {
        Button b = new Button(VaadinIcon.TRASH.create(), e -> action.run());
        b.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        b.setAriaLabel(getTranslation(labelKey));
        b.setTooltipText(getTranslation(labelKey));
        return b;
    }

    private TextField text(String labelKey, int max) {
        TextField f = new TextField(getTranslation(labelKey));
        f.setMaxLength(max);
        return f;
    }

    private TextArea area(String labelKey) {
        TextArea a = new TextArea(getTranslation(labelKey));
        a.setMaxLength(4000);
        return a;
    }

    private static Paragraph note(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("capacity-note");
        return p;
    }

    private void save(Instrument instrument) {
        boolean valid = binder.writeBeanIfValid(draft);
        boolean rowsValid = true;
        for (var check : rowChecks) {
            rowsValid &= check.getAsBoolean();
        }
        if (!valid || !rowsValid) {
            return;
        }
        Notifications.save(this, () -> {
            switch (mode) {
                case NEW -> instruments.create(draft);
                case EDIT -> instruments.update(instrument.getId(), instrument.getVersion(), draft);
                case NEW_VERSION -> {
                    Instrument next = instruments.saveAsNewVersion(instrument.getId(), draft);
                    Notifications.success(getTranslation("instrument.savedNewVersion", next.getInstrumentVersion()));
                }
                default -> {
                    return;
                }
            }
            if (mode != Mode.NEW_VERSION) {
                Notifications.success(getTranslation("common.saved"));
            }
            onSaved.run();
            close();
        });
    }
}
