package fi.taitoura.summary;

/** How a finalised summary was delivered to a referrer without a Taitoura account (issue 13). */
public enum DeliveryMethod {
    SECURE_EMAIL, BY_HAND, POST, OTHER
}
