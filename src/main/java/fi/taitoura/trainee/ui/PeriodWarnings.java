package fi.taitoura.trainee.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import fi.taitoura.base.BusinessRuleException;
import java.util.List;

/** Warnings from the period rules (e.g. work-trial length): shown, and the save goes on only if confirmed. */
final class PeriodWarnings {

    private PeriodWarnings() {
    }

    static void confirmThen(Component context, List<BusinessRuleException> warnings, Runnable save) {
        if (warnings.isEmpty()) {
            save.run();
            return;
        }
        UnorderedList list = new UnorderedList();
        warnings.forEach(w -> list.add(new ListItem(context.getTranslation(w.getMessageKey(), w.getParams()))));
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(context.getTranslation("period.warning.title"));
        dialog.add(list);
        dialog.setCancelable(true);
        dialog.setCancelText(context.getTranslation("common.cancel"));
        dialog.setConfirmText(context.getTranslation("period.warning.saveAnyway"));
        dialog.addConfirmListener(e -> save.run());
        dialog.open();
    }
}
