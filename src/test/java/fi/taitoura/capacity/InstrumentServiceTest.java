package fi.taitoura.capacity;

import fi.taitoura.base.time.Time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.ConcurrentEditException;
import fi.taitoura.trainee.TrainingPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class InstrumentServiceTest extends CapacityTestSupport {

    /** The statements as in ../shared/design/DOMAIN.md (seed 004); the wording must never change. */
    static final List<String> STATEMENTS = List.of(
            "Tunnen, että sillä on merkitystä, mitä minä teen.",
            "Muut ihmiset kehuvat ja kiittävät, kun teen asioita.",
            "Kuulun ryhmään tai yhteisöön, joka on tärkeä minulle.",
            "Muut ihmiset tarvitsevat minua.",
            "Voin vaikuttaa siihen, mitä omassa elämässäni tapahtuu.",
            "Tunnen, että elämälläni on tarkoitus.",
            "Voin tavoitella asioita, jotka ovat tärkeitä minulle.",
            "Muut ihmiset auttavat minua, kun tarvitsen apua.",
            "Muut ihmiset luottavat minuun.",
            "Voin vaikuttaa siihen, mitä kotonani ja lähiympäristössäni tapahtuu.");

    private static InstrumentDraft draft(String name) {
        InstrumentDraft d = new InstrumentDraft();
        d.setNameFi(name);
        d.setRaterMode(RaterMode.COACH_AND_SELF);
        d.getPoints().add(new InstrumentDraft.Point(1, "Heikko", null, null));
        d.getPoints().add(new InstrumentDraft.Point(2, "Kohtalainen", null, null));
        d.getPoints().add(new InstrumentDraft.Point(3, "Hyvä", null, null));
        d.addDomain("Vuorovaikutus", "Växelverkan", "Interaction").item("Kuuntelee muita", null, null)
                .item("Kertoo omista tarpeistaan", null, null);
        d.addDomain("Jaksaminen", null, null).item("Jaksaa koko päivän", null, null);
        return d;
    }

    @Test
    void theOsallisuusindikaattoriIsShippedWithItsOfficialWordingLockedAndSelfRatedOnly() {
        runAs("admin");
        Instrument oi = inclusion();
        assertThat(oi.getKind()).isEqualTo(InstrumentKind.INCLUSION);
        assertThat(oi.getRaterMode()).isEqualTo(RaterMode.SELF_ONLY);
        assertThat(oi.isFixedWording()).isTrue();
        assertThat(oi.isAllowNotAssessed()).isFalse();
        assertThat(oi.items().map(i -> i.getText().getFi()).toList()).containsExactlyElementsOf(STATEMENTS);
        // Shown in Finnish in every language (THL's official translations are not included).
        assertThat(oi.items().map(i -> i.getText().in(Locale.ENGLISH)).toList()).containsExactlyElementsOf(STATEMENTS);
        assertThat(oi.getScalePoints()).extracting(ScalePoint::getValue).containsExactly(1, 2, 3, 4, 5);
        assertThat(oi.getScalePoints().get(0).getLabel().getFi()).isEqualTo("Olen täysin eri mieltä");
        assertThat(oi.getScalePoints().get(4).getLabel().getFi()).isEqualTo("Olen täysin samaa mieltä");
        assertThat(instruments.isLocked(oi.getId())).isTrue();

        assertThatThrownBy(() -> instruments.update(oi.getId(), oi.getVersion(), InstrumentDraft.of(oi)))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(CapacityTestSupport::messageKey).isEqualTo("instrument.error.fixedWording");
        assertThatThrownBy(() -> instruments.saveAsNewVersion(oi.getId(), InstrumentDraft.of(oi)))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(CapacityTestSupport::messageKey).isEqualTo("instrument.error.fixedWording");
    }

    @Test
    void theWorkAbilityScoreAndTheExampleInstrumentAreShipped() {
        runAs("admin");
        Instrument was = workAbility();
        assertThat(was.getScalePoints()).hasSize(11);
        assertThat(was.minValue()).isZero();
        assertThat(was.maxValue()).isEqualTo(10);
        assertThat(was.getScaleType()).isEqualTo(ScaleType.NUMERIC);
        assertThat(was.point(10).orElseThrow().getLabel().getEn()).contains("work ability at its best");
        assertThat(was.items()).hasSize(1);

        Instrument example = example();
        assertThat(example.isExample()).isTrue();
        assertThat(example.getName().getFi()).startsWith("Esimerkki");
        assertThat(example.getRaterMode()).isEqualTo(RaterMode.COACH_AND_SELF);
        assertThat(example.isAllowNotAssessed()).isTrue();
        assertThat(example.getDomains()).extracting(InstrumentDomain::getKey).containsExactly("attendance",
                "instructions_safety", "learning", "cooperation", "endurance", "independence", "daily_life");
        assertThat(example.getDomains()).allSatisfy(d -> {
            assertThat(d.getItems()).isNotEmpty();
            assertThat(d.getName().has(Locale.of("sv"))).isTrue();
            assertThat(d.getName().has(Locale.ENGLISH)).isTrue();
        });
        assertThat(example.getScalePoints()).extracting(p -> p.getLabel().getFi()).doesNotContain("").hasSize(5);
    }

    @Test
    void anUnansweredVersionIsEditedInPlaceAndAnAnsweredOneOnlyAsANewVersion() {
        runAs("admin");
        Instrument created = instruments.create(draft("Testimittari versiot"));
        assertThat(created.getInstrumentVersion()).isEqualTo(1);
        assertThat(created.getKind()).isEqualTo(InstrumentKind.CAPACITY);
        assertThat(instruments.isLocked(created.getId())).isFalse();

        InstrumentDraft edited = InstrumentDraft.of(instruments.get(created.getId()));
        edited.getDomains().get(1).item("Palautuu tauon aikana", null, null);
        edited.setNameSv("Testinstrument");
        Instrument updated = instruments.update(created.getId(), instruments.get(created.getId()).getVersion(),
                edited);
        assertThat(updated.getInstrumentVersion()).isEqualTo(1);
        assertThat(instruments.get(created.getId()).items()).hasSize(4);
        String firstDomainKey = instruments.get(created.getId()).getDomains().get(0).getKey();
        assertThat(firstDomainKey).isEqualTo("vuorovaikutus");

        // A stale edit is refused.
        assertThatThrownBy(() -> instruments.update(created.getId(), 0, edited))
                .isInstanceOf(ConcurrentEditException.class);

        // Answers lock the version.
        runAs("valmentaja");
        TrainingPeriod p = newPeriod(unit("Kiinteistö- ja ympäristöhuolto"), 2);
        Instrument v1 = instruments.get(created.getId());
        CapacityAssessment answered = coach(p.getId(), v1, AssessmentPhase.START, Time.today(),
                answers(v1, 2, Map.of()));
        runAs("admin");
        assertThat(instruments.isLocked(created.getId())).isTrue();
        InstrumentDraft again = InstrumentDraft.of(instruments.get(created.getId()));
        again.getDomains().get(0).getItems().get(0).setTextFi("Kuuntelee muita ja odottaa vuoroaan");
        assertThatThrownBy(() -> instruments.update(created.getId(), instruments.get(created.getId()).getVersion(),
                again)).isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> {
                    assertThat(messageKey(e)).isEqualTo("instrument.error.locked");
                    assertThat(((BusinessRuleException) e).getParams()).containsExactly(1, 1L);
                });
        assertThat(instruments.get(created.getId()).items().findFirst().orElseThrow().getText().getFi())
                .isEqualTo("Kuuntelee muita");

        Instrument v2 = instruments.saveAsNewVersion(created.getId(), again);
        assertThat(v2.getCode()).isEqualTo(created.getCode());
        assertThat(v2.getInstrumentVersion()).isEqualTo(2);
        assertThat(v2.isCurrentVersion()).isTrue();
        Instrument oldVersion = instruments.get(created.getId());
        assertThat(oldVersion.isCurrentVersion()).isFalse();
        assertThat(oldVersion.isActive()).as("only the newest version is offered").isFalse();
        assertThat(instruments.findOffered(InstrumentKind.CAPACITY)).extracting(Instrument::getId)
                .contains(v2.getId()).doesNotContain(created.getId());
        // The series continues: same domain and item keys in the new version.
        assertThat(instruments.get(v2.getId()).getDomains()).extracting(InstrumentDomain::getKey)
                .containsExactlyElementsOf(oldVersion.getDomains().stream().map(InstrumentDomain::getKey).toList());
        // The old answers stay with the old version.
        runAs("valmentaja");
        assertThat(capacity.findAssessments(p.getId())).singleElement().satisfies(a -> {
            assertThat(a.getId()).isEqualTo(answered.getId());
            assertThat(a.getInstrument().getInstrumentVersion()).isEqualTo(1);
        });
        // A new assessment can no longer use the old version.
        assertThatThrownBy(() -> coach(p.getId(), oldVersion, AssessmentPhase.END, Time.today(),
                answers(oldVersion, 2, Map.of()))).isInstanceOf(BusinessRuleException.class)
                .extracting(CapacityTestSupport::messageKey).isEqualTo("capacity.error.instrumentNotOffered");
    }

    @Test
    void anIncompleteDefinitionIsRefusedWithTheReason() {
        runAs("admin");
        InstrumentDraft noName = draft("");
        assertThatThrownBy(() -> instruments.create(noName)).extracting(CapacityTestSupport::messageKey)
                .isEqualTo("instrument.error.nameRequired");
        InstrumentDraft emptyDomain = draft("Testimittari tyhjä");
        emptyDomain.addDomain("Tyhjä", null, null);
        assertThatThrownBy(() -> instruments.create(emptyDomain)).extracting(CapacityTestSupport::messageKey)
                .isEqualTo("instrument.error.domainWithoutItems");
        InstrumentDraft duplicate = draft("Testimittari kaksoisarvo");
        duplicate.getPoints().add(new InstrumentDraft.Point(2, "Toinen kakkonen", null, null));
        assertThatThrownBy(() -> instruments.create(duplicate)).extracting(CapacityTestSupport::messageKey)
                .isEqualTo("instrument.error.duplicatePoint");
        InstrumentDraft onePoint = draft("Testimittari yksi piste");
        onePoint.getPoints().subList(1, 3).clear();
        assertThatThrownBy(() -> instruments.create(onePoint)).extracting(CapacityTestSupport::messageKey)
                .isEqualTo("instrument.error.scaleSize");
    }

    @Test
    void onlyAdministratorsDefineInstruments() {
        runAs("valmentaja");
        assertThatThrownBy(() -> instruments.create(draft("Valmentajan mittari")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> instruments.findAllVersions()).isInstanceOf(AccessDeniedException.class);
        assertThat(instruments.findOffered(InstrumentKind.CAPACITY)).extracting(Instrument::getCode)
                .contains(InstrumentService.TAITOURA_EXAMPLE, InstrumentService.WORK_ABILITY_SCORE);
    }
}
