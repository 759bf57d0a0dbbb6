package fi.taitoura.demo;

import fi.taitoura.summary.*;
import fi.taitoura.demo.DemoDataContributor;
import fi.taitoura.demo.DemoSecurity;
import fi.taitoura.certificate.CertificateService;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.TrainingPeriod;
import fi.taitoura.user.AppUser;
import fi.taitoura.user.UserService;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Finalised summaries and issued certificates for two demo trainees, delivered to the demo case worker. */
@Component
class SummaryDemoData implements DemoDataContributor {

    static final List<String> TRAINEES = List.of("Mikko Laaksonen", "Kaisa Lehtonen");

    private final SummaryService summaries;
    private final CertificateService certificates;
    private final TraineeService trainees;
    private final UserService users;

    SummaryDemoData(SummaryService summaries, CertificateService certificates, TraineeService trainees,
                    UserService users) {
        this.summaries = summaries;
        this.certificates = certificates;
        this.trainees = trainees;
        this.users = users;
    }

    @Override
    public int order() {
        return 700;
    }

    @Override
    public void load() {
        AppUser agent = users.findByUsername("uraagentti").orElseThrow();
        DemoSecurity.as(agent, () -> {
            for (TrainingPeriod p : trainees.findVisiblePeriods()) {
                if (!TRAINEES.contains(p.getTrainee().getDisplayName())) {
                    continue;
                }
                PeriodSummary s = summaries.openDraft(p.getId());
                s.setStrengths("Saapuu täsmällisesti ja tarttuu uusiin tehtäviin oma-aloitteisesti. Työturvallisuus "
                        + "on hallinnassa ja työn jälki on siistiä.");
                s.setLimitations("Tarvitsee vielä tukea työn suunnittelussa ja tauotuksessa pitkinä päivinä.");
                s.setUnitStatement("Työyksikön puolesta valmentautuja on ollut luotettava ja pidetty työkaveri.");
                s.setCoachStatement("Osaaminen on kasvanut tasaisesti; useimmat tavoitteena olevan tutkinnon osan "
                        + "vaatimukset on osoitettu itsenäisesti.");
                Map<RecommendationKind, String> recommendations = new EnumMap<>(RecommendationKind.class);
                recommendations.put(RecommendationKind.EDUCATION, "Haku ammatilliseen koulutukseen; osaaminen "
                        + "tunnustetaan osaamistodistuksen perusteella.");
                recommendations.put(RecommendationKind.WORK_TRIAL, "Työkokeilu kunnan kiinteistöpalveluissa ennen "
                        + "koulutuksen alkua.");
                s.setRecommendations(recommendations);
                s.setFollowUp("Ura-agentti on yhteydessä kuukausittain kolmen kuukauden ajan.");
                PeriodSummary saved = summaries.saveDraft(s);
                summaries.finalise(saved.getId(), saved.getVersion());
                certificates.issue(p.getId(), Locale.of("fi"));
            }
            return null;
        });
    }
}
