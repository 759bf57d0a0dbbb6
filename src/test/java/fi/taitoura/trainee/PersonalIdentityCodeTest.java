package fi.taitoura.trainee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PersonalIdentityCodeTest {

    @Test
    void validatesCheckCharacterCenturyAndDate() {
        assertThat(PersonalIdentityCode.normalise(" 140388-937c ")).contains("140388-937C");
        assertThat(PersonalIdentityCode.isValid("140388-937D")).as("wrong check character").isFalse();
        assertThat(PersonalIdentityCode.isValid("010190-123M")).isTrue();
        assertThat(PersonalIdentityCode.isValid("010190Y123M")).as("new 1900s sign").isTrue();
        assertThat(PersonalIdentityCode.isValid("310290-123A")).as("no 31 February").isFalse();
        assertThat(PersonalIdentityCode.isValid("010190-001M")).as("individual number 001 is not used").isFalse();
        assertThat(PersonalIdentityCode.isValid("0101901234")).isFalse();
        assertThat(PersonalIdentityCode.isValid(null)).isFalse();
        assertThat(PersonalIdentityCode.birthDate("010105A123P")).contains(LocalDate.of(2005, 1, 1));
        assertThat(PersonalIdentityCode.birthDate("140388-937C")).contains(LocalDate.of(1988, 3, 14));
    }

    @Test
    void masksAllButTheBirthDatePart() {
        assertThat(PersonalIdentityCode.mask("140388-937C")).isEqualTo("140388-****");
        assertThat(PersonalIdentityCode.mask(null)).isEmpty();
    }
}
