package fi.taitoura.base;

/**
 * A rule of the field or of the application was broken by the request. Carries a translation key and its
 * parameters so that the view shows the reason in the user's language.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] params;

    /**
     * The exception's own message is the key only: parameters can be personal data (a trainee's name) and the
     * message ends up in logs and stack traces; the view shows them through the translation.
     */
    public BusinessRuleException(String messageKey, Object... params) {
        super(messageKey);
        this.messageKey = messageKey;
        this.params = params;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getParams() {
        return params;
    }
}
