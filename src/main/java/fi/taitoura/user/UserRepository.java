package fi.taitoura.user;

import fi.taitoura.security.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    List<AppUser> findAllByOrderByFullNameAsc();

    @Query("select distinct u from AppUser u join u.roles r where r = :role and u.active = true order by u.fullName")
    List<AppUser> findActiveByRole(Role role);

    @Query("select count(u) > 0 from AppUser u join u.roles r where r = fi.taitoura.security.Role.ADMIN and u.active = true")
    boolean existsActiveAdmin();

    /** An active administrator of the organisation (null: a platform administrator, without an organisation). */
    @Query("""
            select count(u) > 0 from AppUser u join u.roles r where r = fi.taitoura.security.Role.ADMIN
              and u.active = true and (u.organisationId = :organisationId
                                       or :organisationId is null and u.organisationId is null)""")
    boolean existsActiveAdminOf(Long organisationId);

    /** Pairs of id and full name (no entities: a user as an entity brings its roles and units, two more reads). */
    @Query("select u.id, u.fullName from AppUser u where u.id in :ids")
    List<Object[]> findNamesOf(java.util.Collection<Long> ids);

    /** The user's full name (a single-valued query: Hibernate keeps its plan). */
    @Query("select u.fullName from AppUser u where u.id = :id")
    java.util.Optional<String> findNameOf(Long id);

    @Query("select w from AppUser u join u.workUnitIds w where u.id = :userId")
    List<Long> findWorkUnitIds(Long userId);

    @Query("select distinct u from AppUser u join u.workUnitIds w join u.roles r where w = :workUnitId"
            + " and r = fi.taitoura.security.Role.COACH and u.active = true order by u.fullName")
    List<AppUser> findActiveCoachesOf(Long workUnitId);

    /** Pairs of work unit id and active coach of the units, by the coach's name (one query for many units). */
    @Query("select w, u from AppUser u join u.workUnitIds w join u.roles r where w in :workUnitIds"
            + " and r = fi.taitoura.security.Role.COACH and u.active = true order by u.fullName")
    List<Object[]> findActiveCoachesOfUnits(java.util.Collection<Long> workUnitIds);

    /** Pairs of work unit id and the number of its active coaches (one query; a unit without coaches is absent). */
    @Query("select w, count(distinct u.id) from AppUser u join u.workUnitIds w join u.roles r where w in :workUnitIds"
            + " and r = fi.taitoura.security.Role.COACH and u.active = true group by w")
    List<Object[]> countActiveCoachesOfUnits(java.util.Collection<Long> workUnitIds);
}
