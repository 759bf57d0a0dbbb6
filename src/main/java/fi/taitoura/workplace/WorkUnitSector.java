package fi.taitoura.workplace;

/** The line of work of a work unit, as in the field's own lists (seeds 000 and 002). */
public enum WorkUnitSector {
    PROPERTY_AND_ENVIRONMENT, CLEANING, FOOD_SERVICES, CLEARING_AND_MOVING, MACHINE_MAINTENANCE, RECYCLING,
    SCHOOL_AND_DAYCARE_ASSISTANCE, OFFICE_WORK, CONSTRUCTION, OTHER
}
