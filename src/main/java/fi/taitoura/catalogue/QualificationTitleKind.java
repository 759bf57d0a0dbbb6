package fi.taitoura.catalogue;

/** Osaamisala (competence area) or tutkintonimike (qualification title). */
public enum QualificationTitleKind {
    COMPETENCE_AREA, TITLE
}
