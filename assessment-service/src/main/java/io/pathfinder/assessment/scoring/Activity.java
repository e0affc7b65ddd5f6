package io.pathfinder.assessment.scoring;

/** What work is made of: roles have a profile over activities, people say how much they enjoy each. */
public enum Activity implements Vocabulary {
    ANALYSIS_INSIGHT, MODELLING_RESEARCH, SOFTWARE_ENGINEERING, PLATFORM_INFRASTRUCTURE, DATA_PIPELINES,
    STAKEHOLDER_COMMUNICATION, PRODUCT_STRATEGY, EXPERIMENT_DESIGN, TEACHING_WRITING, PEOPLE_LEADERSHIP,
    DOMAIN_DEPTH, ENTREPRENEURSHIP
}
