package fi.taitoura.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One client's data: sections (per feature) of named lists of rows. */
public record SubjectAccessExport(long traineeId, Instant createdAt,
                                  Map<String, Map<String, List<Map<String, Object>>>> sections) {
}
