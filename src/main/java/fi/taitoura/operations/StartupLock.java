package fi.taitoura.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The start-up tasks (importing the shipped catalogue into an empty database, the first administrator, the demo
 * data) check "is it done yet?" and then do it; two nodes starting together on an empty database would both do it.
 * This takes a cluster-wide lock before the first of those {@link ApplicationReadyEvent} listeners and releases it
 * when the application reports it is ready for traffic (after the last), so that the nodes run them one after the
 * other and the second finds the work done. Flyway's migrations, earlier in the start, have their own lock.
 */
@Component
class StartupLock {

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);
    static final String NAME = "taitoura-startup";

    private final LockProvider locks;
    private final ClusterLocks.NodeName node;
    private final Duration wait;
    private final boolean enabled;
    private SimpleLock held;

    StartupLock(LockProvider locks, ClusterLocks.NodeName node,
                @Value("${taitoura.startup.lock-wait:PT30M}") Duration wait,
                @Value("${taitoura.startup.lock.enabled:true}") boolean enabled) {
        this.enabled = enabled;
        this.locks = locks;
        this.node = node;
        this.wait = wait;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public void acquire() throws InterruptedException {
        if (!enabled) {
            return;
        }
        Instant until = Instant.now().plus(wait);
        boolean told = false;
        while (true) {
            Optional<SimpleLock> lock = locks.lock(new LockConfiguration(Instant.now(), NAME, Duration.ofSeconds(30),
                    Duration.ZERO));
            if (lock.isPresent()) {
                held = lock.get();
                if (told) {
                    log.info("Node {} runs its start-up tasks now", node.value());
                }
                return;
            }
            if (Instant.now().isAfter(until)) {
                throw new IllegalStateException("Another node held the start-up lock for longer than " + wait);
            }
            if (!told) {
                log.info("Node {} waits while another node runs the start-up tasks", node.value());
                told = true;
            }
            Thread.sleep(500);
        }
    }

    /** Spring Boot announces readiness for traffic right after every ready listener has run. */
    @EventListener
    public void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
            release();
            log.info("Taitoura node {} is ready", node.value());
        }
    }

    void release() {
        if (held != null) {
            held.unlock();
            held = null;
        }
    }

    @EventListener(ApplicationFailedEvent.class)
    public void releaseOnFailure() {
        release();
    }
}
