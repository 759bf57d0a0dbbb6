package fi.taitoura.workplace;

/** Names a recognisable thing: a unit, skill requirement or assessment criterion by its catalogue id. */
public record ItemRef(RecognitionItemKind kind, Long id) {

    public static ItemRef unit(Long id) {
        return new ItemRef(RecognitionItemKind.UNIT, id);
    }

    public static ItemRef requirement(Long id) {
        return new ItemRef(RecognitionItemKind.REQUIREMENT, id);
    }

    public static ItemRef criterion(Long id) {
        return new ItemRef(RecognitionItemKind.CRITERION, id);
    }
}
