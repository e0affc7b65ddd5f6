package io.pathfinder.ratelimit;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Refuses to start with a quota whose bucket could not work, naming each bad setting, rather than
 * failing the first call counted against it.
 */
@Singleton
class QuotaCheck {

    private static final String PREFIX = "pathfinder.rate-limit.";

    void checkAtStart(@Observes StartupEvent started, RateLimitConfig config) {
        check(config);
    }

    static void check(RateLimitConfig config) {
        List<String> wrong = new ArrayList<>();
        check(PREFIX + ClientClass.SUBMISSIONS.configName(), config.submissions(), wrong);
        check(PREFIX + ClientClass.READS.configName(), config.reads(), wrong);
        check(PREFIX + ClientClass.WRITES.configName(), config.writes(), wrong);
        check(PREFIX + ClientClass.PUBLIC_READS.configName(), config.publicReads(), wrong);
        config.tenants().forEach((tenant, quotas) -> {
            String tenantPrefix = PREFIX + "tenants.\"" + tenant + "\".";
            check(tenantPrefix + ClientClass.SUBMISSIONS.configName(), quotas.submissions(), wrong);
            check(tenantPrefix + ClientClass.READS.configName(), quotas.reads(), wrong);
            check(tenantPrefix + ClientClass.WRITES.configName(), quotas.writes(), wrong);
        });
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("Rate limits that cannot be applied: " + String.join("; ", wrong));
        }
    }

    private static void check(String name, Optional<RateLimitConfig.Quota> quota, List<String> wrong) {
        quota.ifPresent(present -> check(name, present, wrong));
    }

    private static void check(String name, RateLimitConfig.Quota quota, List<String> wrong) {
        if (quota.perMinute() < 1) {
            wrong.add(name + ".per-minute is " + quota.perMinute() + ", it must be at least 1");
            return;
        }
        quota.burst().ifPresent(burst -> {
            if (burst < 1 || burst > quota.perMinute()) {
                wrong.add(name + ".burst is " + burst + ", it must be from 1 to its per-minute quota, "
                        + quota.perMinute() + " (a bucket holds at most a minute's calls)");
            }
        });
    }
}
