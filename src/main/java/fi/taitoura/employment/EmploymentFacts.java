package fi.taitoura.employment;

import fi.taitoura.audit.AuditDetails;
import fi.taitoura.audit.AuditService;
import fi.taitoura.employment.EmploymentRecords.CaseFact;
import fi.taitoura.employment.EmploymentRecords.ContactFact;
import fi.taitoura.employment.EmploymentRecords.JobFact;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of supported employment for the team lead's follow-up (issue #15), one aggregate query each. They
 * hold ids, dates, hours and categories, no names: the IPS measures (first job start with at least 4 paid hours a
 * week, all job starts, jobs lasting 13 weeks, days from agreement to the first employer contact and to the first
 * job, employer contacts per coach per week, caseload per coach) and the outcome categories are computed from them.
 */
@Service
public class EmploymentFacts {

    private final FactQueries queries;
    private final AuditService audit;

    EmploymentFacts(FactQueries queries, AuditService audit) {
        this.queries = queries;
        this.audit = audit;
    }

    /** Every case of the team, open and closed, with its first employer contact and first job start of 4 h+. */
    @PreAuthorize("@employmentAccess.mayFollowTeam(#teamId)")
    @Transactional(readOnly = true)
    public List<CaseFact> caseFacts(Long teamId) {
        List<CaseFact> list = queries.caseFacts(teamId, QualityRules.MIN_JOB_HOURS);
        audit.recordRead("EmploymentFacts", teamId, null, AuditDetails.of("what", "cases", "count", list.size()));
        return list;
    }

    /** The team's jobs that started in [from, to]. */
    @PreAuthorize("@employmentAccess.mayFollowTeam(#teamId)")
    @Transactional(readOnly = true)
    public List<JobFact> jobFacts(Long teamId, LocalDate from, LocalDate to) {
        List<JobFact> list = queries.jobFacts(teamId, from, to);
        audit.recordRead("EmploymentFacts", teamId, null, AuditDetails.of("what", "jobs", "count", list.size()));
        return list;
    }

    /** The team's employer contacts in [from, to]. */
    @PreAuthorize("@employmentAccess.mayFollowTeam(#teamId)")
    @Transactional(readOnly = true)
    public List<ContactFact> contactFacts(Long teamId, LocalDate from, LocalDate to) {
        List<ContactFact> list = queries.contactFacts(teamId, from, to);
        audit.recordRead("EmploymentFacts", teamId, null, AuditDetails.of("what", "contacts", "count", list.size()));
        return list;
    }
}
