package fi.taitoura.base.ui;

import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * Upload handlers with a size limit the server enforces ({@code Upload.setMaxFileSize} is only checked by the
 * browser): a larger file or request is refused while it streams in, before it is held in memory.
 */
public final class Uploads {

    private Uploads() {
    }

    /** Keeps each uploaded file in memory, refusing files over {@code maxFileBytes}. */
    public static UploadHandler inMemory(long maxFileBytes, InMemoryUploadCallback callback) {
        return new InMemoryUploadHandler(callback) {
            @Override
            public long getFileSizeMax() {
                return maxFileBytes;
            }

            @Override
            public long getRequestSizeMax() {
                return maxFileBytes + 64 * 1024;
            }
        };
    }
}
