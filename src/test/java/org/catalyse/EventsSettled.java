package org.catalyse;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Before each test, waits until the events published by earlier tests have been handled (the search index
 * follows the modules through asynchronous listeners), so that no test reads a state another one is still
 * writing. Fails, naming the events, when they are still pending after 30 seconds.
 */
public class EventsSettled implements BeforeEachCallback {

    private static final Set<EventPublication.Status> PENDING = EnumSet.of(
            EventPublication.Status.PUBLISHED, EventPublication.Status.PROCESSING, EventPublication.Status.RESUBMITTED);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Override
    public void beforeEach(ExtensionContext context) throws InterruptedException {
        EventPublicationRegistry registry =
                SpringExtension.getApplicationContext(context).getBean(EventPublicationRegistry.class);
        await(registry);
    }

    /** Waits until no event publication is pending. */
    public static void await(EventPublicationRegistry registry) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            List<TargetEventPublication> pending = registry.findIncompletePublications().stream()
                    .filter(p -> PENDING.contains(p.getStatus()))
                    .toList();
            if (pending.isEmpty()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Events still pending after " + PATIENCE.toSeconds() + " s: "
                        + pending.stream()
                                .map(p -> p.getEvent().getClass().getSimpleName() + " → "
                                        + p.getTargetIdentifier().getValue())
                                .toList());
            }
            Thread.sleep(20);
        }
    }
}
