package fi.taitoura.base.time;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Fallback;
import org.springframework.core.env.Environment;

/**
 * The configured zone ({@code taitoura.time-zone}) is set before any other bean is made, so that nothing sees the
 * default first; the {@link Clock} bean is {@link Time#clock()}. A test configuration may declare its own clock
 * bean (it wins over this fallback) and hand it to {@link Time#use(Clock)}.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

    public static final String ZONE_PROPERTY = "taitoura.time-zone";

    @Bean
    static BeanFactoryPostProcessor timeZoneFromConfiguration(Environment environment) {
        String zone = environment.getProperty(ZONE_PROPERTY, Time.DEFAULT_ZONE);
        return beanFactory -> Time.use(Clock.system(ZoneId.of(zone)));
    }

    @Bean
    @Fallback
    Clock clock() {
        return Time.clock();
    }
}
