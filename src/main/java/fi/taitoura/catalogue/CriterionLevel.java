package fi.taitoura.catalogue;

/**
 * The level a criterion is written for: tyydyttävä (T1), hyvä (H3, or H2 on the old scale), kiitettävä (K5, or
 * K3 on the old scale), or hyväksytty on a pass/fail scale. PAIKKO documents at the T1 level.
 */
public enum CriterionLevel {
    SATISFACTORY, GOOD, EXCELLENT, PASS
}
