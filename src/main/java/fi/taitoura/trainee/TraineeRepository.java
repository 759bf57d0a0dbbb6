package fi.taitoura.trainee;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface TraineeRepository extends JpaRepository<Trainee, Long> {

    Optional<Trainee> findByPersonalIdHash(String personalIdHash);

    Optional<Trainee> findByUserId(Long userId);

    @Query("select t.id, t.userId from Trainee t where t.userId is not null")
    List<Object[]> findLinkedAccounts();

    List<Trainee> findAllByPersonalIdHash(String personalIdHash);

    @Query("select t.id, t.personalIdEncrypted, t.personalIdHash from Trainee t where t.personalIdEncrypted is not null")
    List<Object[]> findPersonalIds();

    @org.springframework.data.jpa.repository.Modifying
    @Query("update Trainee t set t.personalIdEncrypted = :encrypted, t.personalIdHash = :hash where t.id = :id")
    int updatePersonalId(Long id, String encrypted, String hash);

    @Query("select t from Trainee t where t.personalIdHash = :hash and t.organisationId = :organisationId")
    List<Trainee> findByPersonalIdHashAndOrganisationId(String hash, Long organisationId);

    @Query("select t.organisationId from Trainee t where t.id = :id")
    Long findOrganisationId(Long id);

    @Query("select t.personalIdHash, t.organisationId from Trainee t where t.personalIdHash is not null"
            + " group by t.personalIdHash, t.organisationId having count(t) > 1")
    List<Object[]> findDuplicateHashes();

    @Query("select t.id, t.organisationId from Trainee t where t.id in :ids")
    List<Object[]> findOrganisationIds(Collection<Long> ids);
}
