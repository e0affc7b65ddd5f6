package io.pathfinder.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "pathfinder.outbox")
public interface OutboxConfig {

    /**
     * Names this service's outbox: the PostgreSQL notification channel writers signal on and the
     * advisory lock that lets one instance relay at a time.
     */
    @WithDefault("${quarkus.application.name}.outbox")
    String name();

    /** Most records published in one round. */
    @WithDefault("500")
    int batchSize();

    /** How long the relay waits for a notification before it looks at the table anyway. */
    @WithDefault("PT1S")
    Duration pollInterval();

    /** How often an instance that does not relay checks whether the relaying one has gone. */
    @WithDefault("PT2S")
    Duration standbyInterval();

    /** Pause after the broker or the database failed, before the relay tries again. */
    @WithDefault("PT1S")
    Duration retryBackoff();
}
