package fi.taitoura.capacity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InstrumentRepository extends JpaRepository<Instrument, Long> {

    @Query("select i from Instrument i order by i.kind, i.code, i.instrumentVersion desc")
    List<Instrument> findAllOrdered();

    @Query("select i from Instrument i where i.currentVersion = true and i.active = true and i.kind = :kind "
            + "order by i.code")
    List<Instrument> findOffered(InstrumentKind kind);

    Optional<Instrument> findByCodeAndCurrentVersionTrue(String code);

    @Query("select coalesce(max(i.instrumentVersion), 0) from Instrument i where i.code = :code")
    int maxVersion(String code);

    boolean existsByCode(String code);
}
