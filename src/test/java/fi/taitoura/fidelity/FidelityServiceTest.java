package fi.taitoura.fidelity;

import fi.taitoura.base.time.Time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.taitoura.AbstractIntegrationTest;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.ConcurrentEditException;
import fi.taitoura.fidelity.FidelityRecords.NewReview;
import fi.taitoura.fidelity.FidelityRecords.ReviewDetails;
import fi.taitoura.fidelity.FidelityRecords.ReviewInput;
import fi.taitoura.fidelity.FidelityRecords.ScoreInput;
import fi.taitoura.fidelity.FidelityRecords.SubscaleTotal;
import fi.taitoura.user.AppUser;
import fi.taitoura.security.Role;
import fi.taitoura.user.UserService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

class FidelityServiceTest extends AbstractIntegrationTest {

    private static final Locale FI = Locale.of("fi");

    @Autowired
    FidelityService fidelity;
    @Autowired
    FidelityInstrumentLoader loader;
    @Autowired
    FidelityInstrumentRepository instruments;
    @Autowired
    UserService users;
    @Autowired
    TransactionTemplate tx;

    private FidelityInstrument ips25() {
        runAs("tiiminvetaja");
        return fidelity.currentInstruments().stream().filter(i -> i.getCode().equals("IPS_25")).findFirst()
                .orElseThrow();
    }

    @Test
    void theShippedInstrumentsHave25And35ItemsInTheirSectionsAndSubscales() {
        FidelityInstrument i = ips25();
        assertThat(i.items().count()).isEqualTo(25);
        assertThat(i.getSections()).extracting(FidelitySection::getKey)
                .containsExactly("staffing", "organisation", "services");
        assertThat(i.items().filter(x -> x.getNumber() == 16).findFirst().orElseThrow().getTitle().getFi())
                .isEqualTo("Henkilökohtaisesti räätälöity työnhaku");
        assertThat(i.items().filter(x -> x.getNumber() == 22).findFirst().orElseThrow().getTitle().getFi())
                .isEqualTo("Yksilöllinen rinnalla kulkeva tuki");
        assertThat(i.isWorkingText()).isTrue();
        assertThat(i.getDescription().getFi()).contains("TYÖVERSIO");
        assertThat(i.items()).allMatch(x -> x.getTitle().getSv() != null && x.getTitle().getEn() != null);
        FidelityInstrument school = fidelity.currentInstruments().stream()
                .filter(x -> x.getCode().equals("IPS_Y_SCHOOL")).findFirst().orElseThrow();
        assertThat(school.items().count()).isEqualTo(35);
        assertThat(school.getSubscales()).extracting(FidelitySubscale::getKey).containsExactly("employment",
                "education");
    }

    @Test
    void aNewVersionLoadsBesideTheOldOneAndALoadedVersionNeverChanges() throws Exception {
        String code = "TEST_SCALE_" + System.nanoTime() % 100000;
        String v1 = definition(code, 1, "Ensimmäinen");
        assertThat(loader.load(stream(v1), "test").loaded()).isTrue();
        assertThat(loader.load(stream(definition(code, 1, "Muutettu")), "test").loaded()).isFalse();
        assertThat(loader.load(stream(definition(code, 2, "Toinen")), "test").loaded()).isTrue();
        tx.executeWithoutResult(s -> {
            assertThat(instruments.findByCodeAndInstrumentVersion(code, 1).orElseThrow().items().findFirst()
                    .orElseThrow().getTitle().getFi()).isEqualTo("Ensimmäinen");
            assertThat(instruments.findByCodeAndInstrumentVersion(code, 2).orElseThrow().items().findFirst()
                    .orElseThrow().getTitle().getFi()).isEqualTo("Toinen");
        });
        runAs("tiiminvetaja");
        assertThat(fidelity.currentInstruments()).anyMatch(i -> i.getCode().equals(code)
                && i.getInstrumentVersion() == 2);
        String gap = definition(code, 3, "Kolmas").replace("\"number\": 2", "\"number\": 5");
        assertThatThrownBy(() -> loader.load(stream(gap), "test")).isInstanceOf(BusinessRuleException.class);
        assertThat(instruments.findByCodeAndInstrumentVersion(code, 3)).isEmpty();
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String definition(String code, int version, String title) {
        return """
                {"format": "taitoura-fidelity/1", "code": "%s", "version": %d, "workingText": true,
                 "name": {"fi": "Testiasteikko"}, "scale": {"min": 1, "max": 5},
                 "subscales": [{"key": "all", "name": {"fi": "Kaikki"},
                   "bands": [{"min": 8, "max": 10, "label": {"fi": "Hyvä"}}]}],
                 "sections": [{"key": "s", "subscale": "all", "name": {"fi": "Osio"}, "items": [
                   {"number": 1, "key": "a", "title": {"fi": "%s"}},
                   {"number": 2, "key": "b", "title": {"fi": "Toinen kohta"}}]}]}
                """.formatted(code, version, title);
    }

    private Map<Long, ScoreInput> scores(FidelityInstrument i, int... values) {
        Map<Long, ScoreInput> m = new HashMap<>();
        List<FidelityItem> items = i.items().toList();
        for (int k = 0; k < items.size(); k++) {
            Integer v = k < values.length ? values[k] : values[values.length - 1];
            m.put(items.get(k).getId(), new ScoreInput(v == 0 ? null : v, k == 0 ? "Kirjallinen suunnitelma puuttuu"
                    : null));
        }
        return m;
    }

    @Test
    void theTeamScoresTheItemsTheTotalFallsInItsBandAndAFinalReviewIsLocked() {
        FidelityInstrument i = ips25();
        AppUser coach = users.findByUsername("valmentaja").orElseThrow();
        Long id = fidelity.create(new NewReview(i.getId(), "Työhönvalmennus " + System.nanoTime(),
                Time.today().minusDays(1), Set.of(coach.getId()), "Ulla Ulkopuolinen, Naapurikunta"));
        ReviewDetails d = fidelity.review(id, FI);
        assertThat(d.scores()).hasSize(25).allSatisfy((k, v) -> assertThat(v.score()).isNull());

        // 24 items scored 4, one left open: no band yet, finalising is refused
        int[] values = new int[25];
        java.util.Arrays.fill(values, 4);
        values[24] = 0;
        d = fidelity.save(id, input(d, scores(i, values)), FI);
        SubscaleTotal t = d.totals().getFirst();
        assertThat(t.total()).isEqualTo(96);
        assertThat(t.scored()).isEqualTo(24);
        assertThat(t.band()).isNull();
        long version = d.version();
        assertThatThrownBy(() -> fidelity.finalise(id, version, FI)).isInstanceOf(BusinessRuleException.class);

        // all 4 = 100: "good"; the reviewer (a coach named on the review) can score too
        runAs("valmentaja");
        d = fidelity.review(id, FI);
        d = fidelity.save(id, input(d, scores(i, 4)), FI);
        assertThat(d.totals().getFirst().total()).isEqualTo(100);
        assertThat(d.totals().getFirst().band()).isEqualTo("Hyvä");
        assertThat(d.scores().values()).anyMatch(s -> "Kirjallinen suunnitelma puuttuu".equals(s.note()));
        ReviewDetails stale = d;
        d = fidelity.save(id, input(d, scores(i, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4)), FI);
        assertThat(d.totals().getFirst().total()).isEqualTo(115);
        assertThat(d.totals().getFirst().band()).isEqualTo("Esimerkillinen");
        assertThatThrownBy(() -> fidelity.save(id, input(stale, scores(i, 1)), FI))
                .isInstanceOf(ConcurrentEditException.class);
        d = fidelity.finalise(id, d.version(), FI);
        assertThat(d.state()).isEqualTo(ReviewState.FINAL);
        assertThat(d.canEdit()).isFalse();
        ReviewDetails fin = d;
        assertThatThrownBy(() -> fidelity.save(id, input(fin, scores(i, 3)), FI))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> fidelity.reopen(id, fin.version(), FI)).isInstanceOf(AccessDeniedException.class);

        runAs("tiiminvetaja");
        assertThat(fidelity.trend(FI)).anyMatch(p -> p.serviceName().equals(fin.serviceName()) && p.total() == 115);
        d = fidelity.reopen(id, fin.version(), FI);
        assertThat(d.state()).isEqualTo(ReviewState.DRAFT);
        d = fidelity.save(id, input(d, scores(i, 2, 3)), FI);
        assertThat(d.totals().getFirst().total()).isEqualTo(74);
        assertThat(d.totals().getFirst().band()).isEqualTo("Kohtalainen");
        d = fidelity.save(id, input(d, scores(i, 1, 3)), FI);
        assertThat(d.totals().getFirst().total()).isEqualTo(73);
        assertThat(d.totals().getFirst().band()).isEqualTo("Ei tuettua työllistymistä");
    }

    @Test
    void onlyTheOrganisationsTeamLeadsAndNamedReviewersSeeAReview() {
        FidelityInstrument i = ips25();
        Long id = fidelity.create(new NewReview(i.getId(), "Pääsytesti", Time.today(), Set.of(), null));
        runAs("valmentaja2");
        assertThatThrownBy(() -> fidelity.review(id, FI)).isInstanceOf(AccessDeniedException.class);
        assertThat(fidelity.reviews(FI)).noneMatch(r -> r.id().equals(id));
        assertThatThrownBy(() -> fidelity.create(new NewReview(i.getId(), "x", Time.today(), Set.of(), null)))
                .isInstanceOf(AccessDeniedException.class);
        String name = "other-lead-" + System.nanoTime() % 100000;
        tx.executeWithoutResult(s -> users.createDemoUser(name, "Toinen Tiiminvetäjä", "x", Set.of(Role.TEAM_LEAD),
                users.findByUsername("opettaja").orElseThrow().getOrganisationId(), Set.of()));
        runAs(name);
        assertThatThrownBy(() -> fidelity.review(id, FI)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSchoolVariantHasAnEmploymentAndAnEducationTotal() {
        runAs("tiiminvetaja");
        FidelityInstrument school = fidelity.currentInstruments().stream()
                .filter(x -> x.getCode().equals("IPS_Y_SCHOOL")).findFirst().orElseThrow();
        Long id = fidelity.create(new NewReview(school.getId(), "Ammattiopisto", Time.today(), Set.of(), null));
        ReviewDetails d = fidelity.review(id, FI);
        d = fidelity.save(id, input(d, scores(school, 4)), FI);
        assertThat(d.totals()).extracting(SubscaleTotal::key, SubscaleTotal::total, SubscaleTotal::max)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("employment", 100, 125),
                        org.assertj.core.groups.Tuple.tuple("education", 40, 50));
        assertThat(d.totals().get(1).band()).isNull();
    }

    private static ReviewInput input(ReviewDetails d, Map<Long, ScoreInput> scores) {
        return new ReviewInput(d.version(), d.serviceName(), d.reviewedOn(),
                Set.copyOf(d.reviewers().stream().map(FidelityRecords.Reviewer::id).toList()), d.externalReviewers(),
                "Tehdään kirjalliset työnhakusuunnitelmat kaikille asiakkaille.", scores);
    }
}
