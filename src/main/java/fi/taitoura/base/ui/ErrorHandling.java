package fi.taitoura.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.ConcurrentEditException;
import fi.taitoura.base.db.DatabaseUnavailable;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Unexpected errors never show a stack trace: the user gets a friendly message in their language with a reference
 * id, and the same id is in the server log next to the stack trace.
 */
@Component
public class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(ErrorHandling::handle));
    }

    /** A short id that links the user's message with the log entry. */
    public static String newReference() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static void handle(ErrorEvent event) {
        Throwable error = rootCause(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui == null) {
            log.error("Unexpected error outside a UI", event.getThrowable());
            return;
        }
        String message;
        if (DatabaseUnavailable.is(event.getThrowable())) {
            log.warn("The database could not be reached: {}", error.toString());
            message = ui.getTranslation("error.databaseUnavailable");
        } else if (error instanceof BusinessRuleException b) {
            message = ui.getTranslation(b.getMessageKey(), b.getParams());
        } else if (error instanceof ConcurrentEditException || error instanceof ObjectOptimisticLockingFailureException) {
            message = ui.getTranslation("error.conflict");
        } else if (error instanceof AccessDeniedException) {
            message = ui.getTranslation("error.accessDenied");
        } else {
            String ref = newReference();
            log.error("Unexpected error [ref={}]", ref, event.getThrowable());
            message = ui.getTranslation("error.unexpected", ref);
        }
        ui.access(() -> {
            Notification n = Notification.show(message, 8000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.ERROR);
        });
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c
                && !(c instanceof BusinessRuleException || c instanceof ConcurrentEditException
                || c instanceof AccessDeniedException)) {
            c = c.getCause();
        }
        return c;
    }
}
