package fi.taitoura.base.ui;

import com.vaadin.flow.component.select.Select;
import fi.taitoura.base.i18n.LocaleSupport;
import fi.taitoura.base.i18n.TranslationProvider;
import java.util.Locale;

/** The language switch: suomi, svenska, English, each named in its own language. */
public class LanguageSelect extends Select<Locale> {

    public LanguageSelect(LocaleSupport localeSupport) {
        setItems(TranslationProvider.LOCALES);
        setItemLabelGenerator(l -> switch (l.getLanguage()) {
            case "sv" -> "svenska";
            case "en" -> "English";
            default -> "suomi";
        });
        setAriaLabel(getTranslation("language.label"));
        setTooltipText(getTranslation("language.label"));
        addClassName("language-select");
        setValue(TranslationProvider.supported(getLocale()));
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                localeSupport.switchTo(e.getValue());
            }
        });
    }
}
