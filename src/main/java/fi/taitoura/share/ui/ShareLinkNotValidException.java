package fi.taitoura.share.ui;

/** A share link that does not exist, has expired or was revoked: all look the same ({@link ShareNotValidView}). */
public class ShareLinkNotValidException extends RuntimeException {

    public ShareLinkNotValidException() {
        super("Share link not valid");
    }
}
