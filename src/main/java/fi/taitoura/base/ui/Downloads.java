package fi.taitoura.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Download links whose content is produced by a service when the user clicks. */
public final class Downloads {

    private static final Logger log = LoggerFactory.getLogger(Downloads.class);

    private Downloads() {
    }

    /** A link that downloads {@code content()} as {@code fileName} with the given MIME type. */
    public static Anchor link(String text, String fileName, String mimeType, Supplier<byte[]> content) {
        Anchor anchor = new DownloadLink(DownloadHandler.fromInputStream(event -> {
            try {
                byte[] bytes = content.get();
                return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, mimeType, bytes.length);
            } catch (RuntimeException e) {
                String ref = ErrorHandling.newReference();
                log.error("Download failed [ref={}]", ref, e);
                return DownloadResponse.error(500, "Error " + ref);
            }
        }), text);
        anchor.getElement().setAttribute("download", fileName);
        anchor.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
        anchor.addClassName("download-link");
        return anchor;
    }

    public static Anchor pdf(String text, String fileName, Supplier<byte[]> content) {
        return link(text, fileName, "application/pdf", content);
    }

    /**
     * A download link that says when it cannot be used: while disabled Vaadin takes its address away, so it is no
     * longer a link to assistive technology; it is then named a link that is disabled ({@code aria-disabled}) and
     * looks disabled (taitoura.css: {@code a.download-link[disabled]}).
     */
    private static final class DownloadLink extends Anchor {

        DownloadLink(DownloadHandler handler, String text) {
            super(handler, text);
        }

        @Override
        public void onEnabledStateChanged(boolean enabled) {
            super.onEnabledStateChanged(enabled);
            if (enabled) {
                getElement().removeAttribute("role");
                getElement().removeAttribute("aria-disabled");
            } else {
                getElement().setAttribute("role", "link");
                getElement().setAttribute("aria-disabled", "true");
            }
        }
    }
}
