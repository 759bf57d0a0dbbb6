package fi.taitoura.shell;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.taitoura.audit.AuditDetails;
import fi.taitoura.audit.AuditService;
import fi.taitoura.security.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;

/**
 * A view the user's roles may not open looks exactly like one that does not exist. The refusal is written to the
 * audit log (entity {@code Page}, the page's first path segment as a code, the first id in the address, and the
 * trainee when the address names one), so the log answers "who tried to open client X" also for pages that the
 * user's roles never open (issue 12).
 */
@AnonymousAllowed
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException>,
        com.vaadin.flow.router.HasDynamicTitle {

    private final AuditService audit;
    private final CurrentUser currentUser;

    public AccessDeniedView(AuditService audit, CurrentUser currentUser) {
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        if (currentUser.id().isPresent()) {
            List<String> segments = event.getLocation().getSegments();
            audit.recordRefused("Page", firstId(segments), traineeId(segments),
                    AuditDetails.of("page", segments.isEmpty() || !AuditDetails.isCodeValue(segments.get(0))
                            ? "?" : segments.get(0)));
        }
        NotFoundView.show(this);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** The trainee named by the address ({@code trainees/ID/...}), if any. */
    static Long traineeId(List<String> segments) {
        return segments.size() > 1 && segments.get(0).equals("trainees") ? number(segments.get(1)) : null;
    }

    static Long firstId(List<String> segments) {
        return segments.stream().map(AccessDeniedView::number).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
    }

    private static Long number(String s) {
        return s.matches("[0-9]{1,18}") ? Long.valueOf(s) : null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notFound.title");
    }
}
