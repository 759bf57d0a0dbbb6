package fi.taitoura.workplace;

import fi.taitoura.base.db.LocalizedText;
import fi.taitoura.catalogue.AssessmentCriterion;
import fi.taitoura.catalogue.AssessmentTarget;
import fi.taitoura.catalogue.CriterionLevel;
import fi.taitoura.catalogue.LevelScale;
import fi.taitoura.catalogue.Qualification;
import fi.taitoura.catalogue.QualificationUnit;
import fi.taitoura.catalogue.RequirementArea;
import fi.taitoura.catalogue.SkillRequirement;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates small catalogue content for tests (the ePerusteet importer lives in the catalogue feature): a
 * qualification with units, each with requirements, an assessment target and T1 and higher criteria. Codes and
 * diary numbers are unique per call.
 */
@Component
public class CatalogueFixture {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private final EntityManager em;
    private final TransactionTemplate tx;

    CatalogueFixture(EntityManager em, TransactionTemplate tx) {
        this.em = em;
        this.tx = tx;
    }

    public record Unit(Long id, String code, List<Long> requirementIds, List<Long> t1CriterionIds, Long goodCriterionId) {
    }

    public record Qual(Long id, String diaryNumber, List<Unit> units) {
        public Unit unit(int i) {
            return units.get(i);
        }
    }

    /** A qualification named {@code name} with one unit per entry of {@code unitNames}, each with the requirements. */
    public Qual qualification(String name, List<String> unitNames, List<List<String>> requirements) {
        return tx.execute(s -> {
            int n = SEQ.incrementAndGet();
            Qualification q = new Qualification();
            q.setDiaryNumber("TEST-" + n + "/011/2014");
            q.setName(new LocalizedText(name, name + " (sv)", null));
            q.setValidFrom(LocalDate.of(2015, 8, 1));
            q.setSource("test fixture");
            q.setImportedAt(Instant.now());
            em.persist(q);
            List<Unit> units = new ArrayList<>();
            for (int u = 0; u < unitNames.size(); u++) {
                QualificationUnit unit = new QualificationUnit();
                unit.setQualification(q);
                unit.setCode("9" + n + u);
                unit.setName(LocalizedText.of(unitNames.get(u)));
                unit.setCredits(BigDecimal.valueOf(15));
                unit.setScale(LevelScale.ONE_TO_THREE);
                unit.setSortOrder(u);
                em.persist(unit);
                RequirementArea area = new RequirementArea(unit, "a" + u, null, 0);
                em.persist(area);
                List<Long> reqIds = new ArrayList<>();
                int r = 0;
                for (String text : requirements.get(u)) {
                    SkillRequirement req = new SkillRequirement(unit, area, null, "r" + u + "-" + r, LocalizedText.of(text), r);
                    em.persist(req);
                    reqIds.add(req.getId());
                    r++;
                }
                AssessmentTarget target = new AssessmentTarget(unit, "t" + u, null, LocalizedText.of("Työprosessin hallinta"), 0);
                em.persist(target);
                AssessmentCriterion t1 = new AssessmentCriterion(target, CriterionLevel.SATISFACTORY, "T1", "c" + u + "-1",
                        LocalizedText.of("Toimii ohjattuna työohjeiden mukaisesti"), 0);
                AssessmentCriterion t1b = new AssessmentCriterion(target, CriterionLevel.SATISFACTORY, "T1", "c" + u + "-2",
                        LocalizedText.of("Käyttää työvälineitä turvallisesti ohjattuna"), 1);
                AssessmentCriterion good = new AssessmentCriterion(target, CriterionLevel.GOOD, "H2", "c" + u + "-3",
                        LocalizedText.of("Toimii itsenäisesti"), 2);
                em.persist(t1);
                em.persist(t1b);
                em.persist(good);
                units.add(new Unit(unit.getId(), unit.getCode(), reqIds, List.of(t1.getId(), t1b.getId()), good.getId()));
            }
            return new Qual(q.getId(), q.getDiaryNumber(), units);
        });
    }

    /** A typical qualification: two units, three and two requirements. */
    public Qual standard() {
        return qualification("Puhtaus- ja kiinteistöpalvelualan perustutkinto",
                List.of("Kotitalouksien puhtaanapito", "Ylläpitosiivous"),
                List.of(List.of("suunnitella työnsä", "käyttää puhdistusaineita ja -välineitä", "toimia asiakaspalvelutilanteissa"),
                        List.of("tehdä ylläpitosiivousta", "huolehtia työturvallisuudesta ja ergonomiasta")));
    }
}
