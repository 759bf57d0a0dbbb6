package fi.taitoura.employment;

/** The five phases of quality-criteria-based supported employment (seed 001, THL's process). */
public enum Phase {
    /** 1 Palveluun hakeutuminen, asiakkaan kanssa sopiminen. */
    AGREEMENT,
    /** 2 Osaamisen kartoittaminen ja ammatillinen profilointi. */
    PROFILE,
    /** 3 Nopea työnetsintä avoimilta työmarkkinoilta. */
    JOB_SEARCH,
    /** 4 Työstä ja tuesta sopiminen työnantajan kanssa. */
    EMPLOYER_AGREEMENT,
    /** 5 Työsuhteen aikainen tuki ja tuki työn ulkopuolella. */
    IN_WORK_SUPPORT;

    /** 1-5 as in the model. */
    public int number() {
        return ordinal() + 1;
    }

    public boolean isBefore(Phase other) {
        return ordinal() < other.ordinal();
    }
}
