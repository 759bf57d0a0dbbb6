package fi.taitoura.base;

/**
 * Someone else saved the same record after the user started editing it. Views catch it, keep what the user typed
 * and show a friendly message ({@code error.conflict}).
 */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String entityType, Long id) {
        super(entityType + " " + id + " was changed by someone else");
    }
}
