package fi.taitoura.workplace;

/**
 * Search terms for approved environments; null or blank means any. {@code unitText} matches a unit's code or a
 * word of its name, e.g. "100757" or "viheralue".
 */
public record EnvironmentFilter(String municipality, Long organisationId, Long qualificationId, String unitText) {

    public static EnvironmentFilter any() {
        return new EnvironmentFilter(null, null, null, null);
    }
}
