package fi.taitoura.capacity;

import fi.taitoura.base.time.Time;
import fi.taitoura.demo.CapacityDemoData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fi.taitoura.trainee.TrainingPeriod;
import fi.taitoura.security.Role;
import fi.taitoura.workplace.Organisation;
import fi.taitoura.workplace.OrganisationType;
import fi.taitoura.workplace.WorkUnit;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class InclusionReportServiceTest extends CapacityTestSupport {

    @Autowired
    InclusionReportService reports;
    @Autowired
    fi.taitoura.base.report.ReportingWindows windows;

    /** The fixed reporting window of the test's end answers (two days ago). */
    private fi.taitoura.base.report.ReportingWindow window() {
        return windows.containing(TODAY.minusDays(2));
    }

    private InclusionReportService.Query byUnit(WorkUnit unit) {
        return new InclusionReportService.Query(null, unit.getId(), window().from(), window().to());
    }

    private static final LocalDate TODAY = Time.today();

    /** A separate organisation and work unit with a coach of its own, so the counts are this test's only. */
    private WorkUnit groupWithCoach(String name, String coachUsername) {
        runAs("yllapitaja");
        Organisation org = new Organisation();
        org.setName(name);
        org.setType(OrganisationType.ASSOCIATION);
        org = workplaces.saveOrganisation(org);
        WorkUnit unit = new WorkUnit();
        unit.setOrganisation(org);
        unit.setName(name + " työpaja");
        unit = workplaces.saveWorkUnitBasics(unit);
        users.createDemoUser(coachUsername, "Testi Valmentaja", "salasana-123", Set.of(Role.COACH), org.getId(),
                Set.of(unit.getId()));
        return unit;
    }

    private void respondent(WorkUnit unit, int start, int end, boolean withEnd) {
        TrainingPeriod p = newPeriod(unit, 20);
        Instrument oi = inclusion();
        capacity.record(p.getId(), new AssessmentInput(oi.getId(), AssessmentPhase.START, TODAY.minusWeeks(19),
                Rater.SELF, EntryMethod.FROM_PAPER, answers(oi, start, Map.of("s01", 1)), null));
        if (withEnd) {
            capacity.record(p.getId(), new AssessmentInput(oi.getId(), AssessmentPhase.END, TODAY.minusDays(2),
                    Rater.SELF, EntryMethod.WITH_TRAINEE, answers(oi, end, Map.of("s01", 3)), null));
        }
    }

    @Test
    void theReportShowsNothingBelowTheMinimumGroupSizeAndTheChangeFromIt() {
        WorkUnit unit = groupWithCoach("Osallisuustesti ry", "oi-valmentaja");
        runAs("oi-valmentaja");
        for (int i = 0; i < 6; i++) {
            respondent(unit, 2, 4, true);
        }
        respondent(unit, 2, 4, false); // start only: not a respondent
        InclusionReportService.Query byUnit = byUnit(unit);

        InclusionReport small = reports.report(byUnit);
        assertThat(small.minGroupSize()).isEqualTo(7);
        assertThat(small.respondents()).isEqualTo(6);
        assertThat(small.startOnly()).isEqualTo(1);
        assertThat(small.shown()).isFalse();
        assertThat(small.statements()).as("no figures below the threshold").isEmpty();
        assertThat(small.startMean()).isNull();
        assertThat(small.change()).isNull();

        respondent(unit, 3, 4, true);
        InclusionReport enough = reports.report(byUnit);
        assertThat(enough.respondents()).isEqualTo(7);
        assertThat(enough.shown()).isTrue();
        assertThat(enough.statements()).hasSize(10);
        assertThat(enough.statements().get(0).text()).isEqualTo(InstrumentServiceTest.STATEMENTS.get(0));
        assertThat(enough.statements().get(0).startMean()).isCloseTo(1.0, within(1e-9));
        assertThat(enough.statements().get(0).change()).isCloseTo(2.0, within(1e-9));
        assertThat(enough.statements().get(1).startMean()).isCloseTo((6 * 2 + 3) / 7.0, within(1e-9));
        assertThat(enough.statements().get(1).endMean()).isCloseTo(4.0, within(1e-9));
        assertThat(enough.change()).isGreaterThan(0);

        // The window before leaves the end answers out: the group is too small again; a free range is refused.
        var before = windows.containing(window().from().minusDays(1));
        InclusionReport earlier = reports.report(new InclusionReportService.Query(null, unit.getId(), before.from(),
                before.to()));
        assertThatThrownBy(() -> reports.report(new InclusionReportService.Query(null, unit.getId(), null,
                TODAY))).isInstanceOf(fi.taitoura.base.BusinessRuleException.class);
        assertThatThrownBy(() -> reports.report(new InclusionReportService.Query(null, unit.getId(),
                window().from().plusDays(1), window().to()))).isInstanceOf(fi.taitoura.base.BusinessRuleException.class);
        assertThat(earlier.respondents()).isZero();
        assertThat(earlier.shown()).isFalse();

        // The whole organisation, for the administrator.
        runAs("admin");
        assertThat(reports.report(new InclusionReportService.Query(unit.getOrganisation().getId(), null,
                window().from(), window().to()))
                .respondents()).isEqualTo(7);
    }

    @Test
    void onlyAggregatesForOnesOwnGroups() {
        WorkUnit unit = groupWithCoach("Rajaustesti ry", "oi-valmentaja2");
        InclusionReportService.Query byUnit = byUnit(unit);
        runAs("oi-valmentaja2");
        assertThat(reports.report(byUnit).respondents()).isZero();
        assertThat(reports.reportableOrganisations()).as("a coach reports on work units only").isEmpty();
        // Another organisation's unit is out of reach for its coaches and team leads.
        runAs("valmentaja");
        assertThatThrownBy(() -> reports.report(byUnit)).isInstanceOf(AccessDeniedException.class);
        runAs("tiiminvetaja");
        assertThatThrownBy(() -> reports.report(byUnit)).isInstanceOf(AccessDeniedException.class);
        assertThat(reports.reportableUnits()).extracting(fi.taitoura.workplace.WorkplaceService.UnitRef::name)
                .contains("Kiinteistö- ja ympäristöhuolto").doesNotContain(unit.getName());
        // Case workers and teachers get no inclusion data at all.
        runAs("asiakasvastaava");
        assertThatThrownBy(() -> reports.report(byUnit)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.reportableUnits()).isInstanceOf(AccessDeniedException.class);
        runAs("opettaja");
        assertThatThrownBy(() -> reports.report(byUnit)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDemoDataShowsOneGroupAndExplainsTheSmallerOne() {
        runAs("tiiminvetaja");
        WorkUnit property = unit(CapacityDemoData.PROPERTY);
        WorkUnit recycling = unit(CapacityDemoData.RECYCLING);
        var demo = windows.containing(TODAY.minusMonths(2).minusWeeks(3));
        InclusionReport shown = reports.report(new InclusionReportService.Query(null, property.getId(), demo.from(),
                demo.to()));
        assertThat(shown.respondents()).isGreaterThanOrEqualTo(7);
        assertThat(shown.shown()).isTrue();
        InclusionReport hidden = reports.report(new InclusionReportService.Query(null, recycling.getId(), demo.from(),
                demo.to()));
        assertThat(hidden.respondents()).isBetween(1, 6);
        assertThat(hidden.shown()).isFalse();
    }
}
