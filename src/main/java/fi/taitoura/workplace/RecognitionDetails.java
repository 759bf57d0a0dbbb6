package fi.taitoura.workplace;

import java.util.List;

/** A recognition version with its items and qualifications loaded, and its history. */
public record RecognitionDetails(EnvironmentRecognition recognition, List<RecognitionEvent> events,
                                 boolean editable, boolean reviewable, boolean revisable) {
}
