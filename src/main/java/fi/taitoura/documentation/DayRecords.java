package fi.taitoura.documentation;

import fi.taitoura.base.db.LocalizedText;
import fi.taitoura.workplace.TaskSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The shapes the coach's day is read and saved in. */
public final class DayRecords {

    private DayRecords() {
    }

    /** A skill requirement as the day view shows it. */
    public record RequirementInfo(Long id, String unitCode, LocalizedText unitName, LocalizedText text) {
    }

    /** One skill shown: requirement, the task it was shown in, how independently, an optional note. */
    public record ObservationEntry(Long requirementId, Long taskId, IndependenceLevel level, String note) {
    }

    /** A trainee's day as stored (attendanceId null and version -1 when nothing is recorded yet). */
    public record TraineeDay(Long periodId, Long traineeId, String name, Long attendanceId, long version,
                             AttendanceStatus status, String reason, String note, Set<Long> taskIds,
                             List<ObservationEntry> observations, Map<Long, IndependenceLevel> lastLevels) {

        public boolean recorded() {
            return attendanceId != null;
        }
    }

    /** Everything the day view needs for one work unit and day. */
    public record DayPlan(Long workUnitId, String workUnitName, LocalDate day, List<TaskSummary> tasks,
                          Map<Long, RequirementInfo> requirements, List<TraineeDay> trainees) {
    }

    /** What the coach saves for one trainee; {@code version} is the one they started from (-1 for new). */
    public record DayEntry(Long periodId, long version, AttendanceStatus status, String reason, String note,
                           Set<Long> taskIds, List<ObservationEntry> observations) {
    }

    /** The outcome per trainee: saved with its new version, or not saved because someone else changed it. */
    public record SaveResult(Long periodId, boolean saved, long version, Long attendanceId) {
    }
}
