package fi.taitoura.employment;

/** How the job was found (form C). */
public enum FoundBy {
    COACH_CONTACT, JOINT_SEARCH, CLIENT, NETWORK, ADVERT, OTHER
}
