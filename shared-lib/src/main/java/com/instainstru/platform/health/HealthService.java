package com.instainstru.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.jboss.logging.Logger;

@ApplicationScoped
public class HealthService {

    private static final Logger LOG = Logger.getLogger(HealthService.class);

    private final HealthRepository repository;
    private final Clock clock;

    public HealthService(HealthRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public HealthReport check() {
        try {
            String version = repository.currentMigrationVersion().orElse(null);
            return new HealthReport(HealthReport.UP, HealthReport.UP, version, clock.instant());
        } catch (RuntimeException e) {
            LOG.warnf("health check: database unreachable: %s", e.getMessage());
            return new HealthReport(HealthReport.DOWN, HealthReport.DOWN, null, clock.instant());
        }
    }
}
