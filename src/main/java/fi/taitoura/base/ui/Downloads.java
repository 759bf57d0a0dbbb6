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
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
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
}
