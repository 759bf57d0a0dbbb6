package fi.taitoura.base.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says plainly, without a stack trace, that the embedded database was lost and what can be done. */
class MissingDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<MissingDatabaseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingDatabaseException cause) {
        return new FailureAnalysis(
                "TAITOURA'S DATABASE IS MISSING. " + cause.getMessage() + ". Nothing was changed and Taitoura did "
                        + "not start, so that the loss cannot go unnoticed.",
                "Restore the database from a backup into " + cause.databaseFolder() + " (see README, 'What is kept "
                        + "where'), or, to start again with a new empty database on purpose, run once with "
                        + "TAITOURA_NEW_DATABASE=true (or delete the whole data folder).",
                cause);
    }
}
