package fi.taitoura.share;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ShareOpeningRepository extends JpaRepository<ShareOpening, Long> {

    /** Per link: its id, how many openings, the last one. */
    @Query("select o.linkId, count(o), max(o.openedAt) from ShareOpening o where o.linkId in :linkIds group by o.linkId")
    List<Object[]> countsOf(Collection<Long> linkIds);
}
