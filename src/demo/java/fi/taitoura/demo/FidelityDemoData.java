package fi.taitoura.demo;

import fi.taitoura.base.time.Time;
import fi.taitoura.fidelity.*;
import fi.taitoura.fidelity.FidelityRecords.NewReview;
import fi.taitoura.fidelity.FidelityRecords.ReviewDetails;
import fi.taitoura.fidelity.FidelityRecords.ReviewInput;
import fi.taitoura.fidelity.FidelityRecords.ScoreInput;
import fi.taitoura.user.AppUser;
import fi.taitoura.user.UserService;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Demo fidelity reviews (order 870): the team lead's two final reviews of the city's supported employment a year
 * and five months ago (the trend rises from fair towards good), and this month's review as a draft.
 */
@Component
class FidelityDemoData implements DemoDataContributor {

    static final String SERVICE = "Työhönvalmennus, Esimerkkilän kaupunki";

    private final FidelityService fidelity;
    private final FidelityInstrumentLoader loader;
    private final UserService users;

    FidelityDemoData(FidelityService fidelity, FidelityInstrumentLoader loader, UserService users) {
        this.fidelity = fidelity;
        this.loader = loader;
        this.users = users;
    }

    @Override
    public int order() {
        return 870;
    }

    @Override
    public void load() {
        loader.loadShipped();
        AppUser lead = users.findByUsername("tiiminvetaja").orElseThrow();
        AppUser coach = users.findByUsername("valmentaja").orElseThrow();
        Locale fi = Locale.of("fi");
        LocalDate today = Time.today();
        DemoSecurity.as(lead, () -> {
            FidelityInstrument ips = fidelity.currentInstruments().stream()
                    .filter(i -> i.getCode().equals("IPS_25")).findFirst().orElseThrow();
            List<FidelityItem> items = ips.items().toList();
            int[][] rounds = {
                    {4, 3, 3, 3, 3, 2, 4, 3, 5, 3, 2, 3, 3, 4, 4, 2, 3, 3, 4, 4, 5, 2, 4, 3, 3},
                    {4, 4, 4, 4, 4, 3, 4, 4, 5, 4, 3, 4, 4, 4, 5, 3, 4, 3, 4, 4, 5, 3, 4, 4, 3}};
            String[] plans = {"Kirjalliset työnhakusuunnitelmat kaikille (kriteeri 16); työnantajakäyntejä kuuteen "
                    + "viikossa; etuusneuvonta kaikille ennen työn aloittamista.",
                    "Kirjallinen suunnitelma työsuhteen aikaisesta tuesta (kriteeri 22); tiimin viikkopalaveri "
                            + "työllisyyspalvelujen kanssa."};
            LocalDate[] dates = {today.minusMonths(13), today.minusMonths(5)};
            for (int r = 0; r < 2; r++) {
                Long id = fidelity.create(new NewReview(ips.getId(), SERVICE, dates[r], Set.of(coach.getId()),
                        "Ulla Ulkoarvioija, Naapurikunnan työhönvalmennus"));
                ReviewDetails d = fidelity.review(id, fi);
                Map<Long, ScoreInput> scores = new HashMap<>();
                for (int i = 0; i < items.size(); i++) {
                    int score = rounds[r][i];
                    scores.put(items.get(i).getId(), new ScoreInput(score, score <= 2
                            ? "Puuttuu kirjallinen suunnitelma tai säännöllinen käytäntö." : null));
                }
                d = fidelity.save(id, new ReviewInput(d.version(), SERVICE, dates[r], Set.of(coach.getId()),
                        d.externalReviewers(), plans[r], scores), fi);
                fidelity.finalise(id, d.version(), fi);
            }
            Long draft = fidelity.create(new NewReview(ips.getId(), SERVICE, today, Set.of(coach.getId()), null));
            ReviewDetails d = fidelity.review(draft, fi);
            Map<Long, ScoreInput> scores = new HashMap<>();
            for (int i = 0; i < 11; i++) {
                scores.put(items.get(i).getId(), new ScoreInput(rounds[1][i] + (i % 3 == 0 ? 1 : 0) > 5 ? 5
                        : rounds[1][i] + (i % 3 == 0 ? 1 : 0), null));
            }
            fidelity.save(draft, new ReviewInput(d.version(), SERVICE, today, Set.of(coach.getId()), null, null,
                    scores), fi);
            return null;
        });
    }
}
