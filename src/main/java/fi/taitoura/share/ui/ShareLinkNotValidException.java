package fi.taitoura.share.ui;

/** A share link that does not exist, has expired or was revoked: all look the same ({@link ShareNotValidView}). */
class ShareLinkNotValidException extends RuntimeException {

    ShareLinkNotValidException() {
        super("Share link not valid");
    }
}
