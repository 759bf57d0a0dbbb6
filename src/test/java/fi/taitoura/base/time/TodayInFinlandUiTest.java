package fi.taitoura.base.time;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import fi.taitoura.AbstractUiTest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13: the server runs in UTC, people in Finland. At 22:30 UTC it is already 00:30 the next day in Helsinki,
 * and that is the day /day and the trainee's diary open on (ADR 0034).
 */
class TodayInFinlandUiTest extends AbstractUiTest {

    /** The real UTC date: at 22:30 UTC the evening before, Helsinki is already on it. */
    private final LocalDate finnishDay = LocalDate.now(ZoneOffset.UTC);
    private TimeZone jvmZone;

    @Autowired
    Clock applicationClock;

    @BeforeEach
    void serverInUtcAtHalfPastTenInTheEvening() {
        jvmZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC")); // as on the server, whatever this machine's zone
        clock.fix(finnishDay.minusDays(1).atTime(22, 30).toInstant(ZoneOffset.UTC));
    }

    @AfterEach
    void backToTheMachinesZone() {
        TimeZone.setDefault(jvmZone);
    }

    @Test
    void theApplicationsTodayIsTheDateInHelsinki() {
        assertThat(Time.zone()).isEqualTo(ZoneId.of("Europe/Helsinki"));
        assertThat(Time.today()).isEqualTo(finnishDay);
        assertThat(LocalDate.now(applicationClock)).as("the Clock bean is the same clock").isEqualTo(finnishDay);
        assertThat(LocalDate.now(Time.clock())).isEqualTo(finnishDay);
    }

    @Test
    void theCoachsDayOpensOnTheFinnishDate() {
        login("valmentaja");
        UI.getCurrent().navigate("day");
        DatePicker date = _get(DatePicker.class, spec -> spec.withId("day-date"));
        assertThat(date.getValue()).isEqualTo(finnishDay);
        assertThat(date.getMax()).as("the Finnish today may be chosen").isEqualTo(finnishDay);
    }

    @Test
    void theTraineesNewDiaryEntryIsForTheFinnishDate() {
        login("valmentautuja");
        UI.getCurrent().navigate("me/diary");
        _click(_get(Button.class, spec -> spec.withId("me-diary-new")));
        DatePicker date = _get(DatePicker.class, spec -> spec.withLabel("Päivä"));
        assertThat(date.getValue()).isEqualTo(finnishDay);
        assertThat(date.getMax()).isEqualTo(finnishDay);
    }
}
