package fi.taitoura.trainee;

import java.time.LocalDate;

/** A trainee's identification and contact details, for features that refer to trainees by id. */
public record TraineeRef(Long id, String firstName, String lastName, LocalDate dateOfBirth, String phone,
                         String email, String languages) {

    public String displayName() {
        return firstName + " " + lastName;
    }
}
