package fi.taitoura.base;

import java.util.Arrays;

/**
 * A rule of the field or of the application was broken by the request. Carries a translation key and its
 * parameters so that the view shows the reason in the user's language.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] params;

    public BusinessRuleException(String messageKey, Object... params) {
        super(messageKey + Arrays.toString(params));
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
