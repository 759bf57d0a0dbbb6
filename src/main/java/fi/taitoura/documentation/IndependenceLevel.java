package fi.taitoura.documentation;

/** How independently a skill was shown: with guidance, partly independently, independently (ordered). */
public enum IndependenceLevel {
    WITH_GUIDANCE, PARTLY_INDEPENDENT, INDEPENDENT
}
