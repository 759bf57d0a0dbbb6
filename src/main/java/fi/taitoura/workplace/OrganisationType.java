package fi.taitoura.workplace;

public enum OrganisationType {
    MUNICIPALITY, WELLBEING_SERVICES_COUNTY, ASSOCIATION, OTHER
}
