package fi.taitoura.certificate;

import fi.taitoura.document.DocumentText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a competence certificate (osaamistodistus) shows, frozen when it is issued. Only requirements covered by an
 * approved recognition of the work unit appear (the PAIKKO rule).
 */
public record CertificateData(String traineeName, LocalDate dateOfBirth, String organisation, String municipality,
                              String workUnit, String status, LocalDate start, LocalDate end, List<String> coaches,
                              String careerAgent, List<Unit> units, List<Demonstration> demonstrations,
                              List<fi.taitoura.document.DocumentCard> cards, LocalDate issuedOn) {

    public record Unit(Long unitId, Long eperusteetId, String code, DocumentText name, DocumentText qualification,
                       String diaryNumber, BigDecimal credits, List<Requirement> requirements,
                       Recognition recognition) {
    }

    public record Requirement(Long requirementId, String code, DocumentText text, LocalDate first, LocalDate last,
                              String level, int times) {
    }

    /** The approved environment recognition the unit's requirements rest on. */
    public record Recognition(int revision, LocalDate approvedOn, String reviewer, LocalDate nextReview) {
    }

    public record Demonstration(String unitCode, DocumentText unitName, LocalDate date, String grade) {
    }

}
