package fi.taitoura.fidelity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FidelityInstrumentRepository extends JpaRepository<FidelityInstrument, Long> {

    Optional<FidelityInstrument> findByCodeAndInstrumentVersion(String code, int instrumentVersion);

    /** The newest version of each instrument. */
    @Query("""
            select i from FidelityInstrument i where i.instrumentVersion = (select max(j.instrumentVersion)
              from FidelityInstrument j where j.code = i.code) order by i.code""")
    List<FidelityInstrument> findCurrent();
}

interface FidelityReviewRepository extends JpaRepository<FidelityReview, Long> {

    /** Reviews of the organisation, or on which the user is a named reviewer; newest first. */
    @Query("""
            select distinct r from FidelityReview r left join r.reviewerIds u
            where r.organisationId = :organisationId or u = :userId
            order by r.reviewedOn desc, r.id desc""")
    List<FidelityReview> findVisible(Long organisationId, Long userId);

    /** Per review and subscale: the sum of the scores and how many items are scored (one aggregate query). */
    @Query("""
            select s.review.id, sec.subscale.key, sum(s.score), count(s.score)
            from FidelityScore s join s.item i join i.section sec
            where s.review.id in :reviewIds group by s.review.id, sec.subscale.key""")
    List<Object[]> totals(Collection<Long> reviewIds);
}
