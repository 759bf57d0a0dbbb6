package fi.taitoura.trainee;

import java.time.LocalDate;

/** A trainee in the list: their latest visible period. */
public record TraineeRow(Long traineeId, String name, String workUnit, PeriodStatus status, LocalDate start,
                         LocalDate end, boolean active) {
}
