package fi.taitoura.workplace;

/** The reviewer's decision on one item, with an optional comment (required when rejecting). */
public record ItemDecision(ReviewStatus status, String comment) {
}
