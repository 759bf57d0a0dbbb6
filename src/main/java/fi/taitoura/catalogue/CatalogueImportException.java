package fi.taitoura.catalogue;

import fi.taitoura.base.BusinessRuleException;

/**
 * A document was rejected as a whole: it names the file (or URL), where in it the problem is (a JSON path such as
 * {@code $.tutkinnonOsat[3].koodiArvo}) and what is wrong. The catalogue is left exactly as it was.
 */
public class CatalogueImportException extends BusinessRuleException {

    private final String source;
    private final String jsonPath;
    private final String detail;

    public CatalogueImportException(String source, String jsonPath, String detail) {
        super("catalogue.import.rejected", source, jsonPath, detail);
        this.source = source;
        this.jsonPath = jsonPath;
        this.detail = detail;
    }

    public String getSource() {
        return source;
    }

    public String getJsonPath() {
        return jsonPath;
    }

    public String getDetail() {
        return detail;
    }

    @Override
    public String getMessage() {
        return source + ": " + detail + " (at " + jsonPath + ")";
    }
}
