package io.pathfinder.assessment.config;

import io.smallrye.config.ConfigMapping;

/** The topics of the AsyncAPI contract this service reads and writes. */
@ConfigMapping(prefix = "pathfinder.topics")
public interface TopicsConfig {

    String questionnaireSubmitted();

    String recommendationsScored();

    /** Where questionnaire events that cannot be scored go, unchanged, with the reason in headers. */
    String deadLetter();

    String catalogChanged();

    /** Outcomes HR platforms report after assessments. */
    String outcomeRecorded();

    /** Where outcome events that cannot be recorded go, unchanged, with the reason in headers. */
    String outcomeDeadLetter();
}
