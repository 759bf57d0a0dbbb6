package fi.taitoura.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.ConcurrentEditException;
import fi.taitoura.base.db.DatabaseUnavailable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Short messages after an action, in the user's language. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String text) {
        Notification n = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.SUCCESS);
    }

    public static void error(String text) {
        Notification n = Notification.show(text, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.ERROR);
    }

    /**
     * Shows why a save failed when the reason is one the user can act on (a rule, a stale edit, the database
     * unreachable for a moment) and returns true;
     * returns false for anything else, which the caller rethrows to the general error handler.
     */
    public static boolean saveFailed(Component context, RuntimeException e) {
        if (e instanceof BusinessRuleException b) {
            error(context.getTranslation(b.getMessageKey(), b.getParams()));
            return true;
        }
        if (e instanceof ConcurrentEditException || e instanceof ObjectOptimisticLockingFailureException) {
            error(context.getTranslation("error.conflict"));
            return true;
        }
        if (DatabaseUnavailable.is(e)) {
            error(context.getTranslation("error.databaseUnavailable"));
            return true;
        }
        return false;
    }

    /**
     * The one way a form saves: runs {@code save}; when it fails for a reason the user can act on (a rule, a stale
     * edit) says why and returns false, so the form stays open with everything typed; any other failure goes on to
     * the general error handler. Returns true when saved.
     */
    public static boolean save(Component context, Runnable save) {
        try {
            save.run();
            return true;
        } catch (RuntimeException e) {
            if (saveFailed(context, e)) {
                return false;
            }
            throw e;
        }
    }
}
