package fi.taitoura.catalogue;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CatalogueImportRepository extends JpaRepository<CatalogueImport, Long> {

    @Query("select i from CatalogueImport i order by i.startedAt desc, i.id desc")
    List<CatalogueImport> findRecent(Pageable page);
}
