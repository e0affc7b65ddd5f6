package io.pathfinder.assessment.scoring;

/** People drawn from the source article, as questionnaire answers against the default catalogue. */
final class Personas {

    private Personas() {
    }

    /** Two years in: solid analysis and modelling, some engineering, little infrastructure. */
    static AnswersBuilder dataScientist() {
        return AnswersBuilder.currentRole("data-scientist")
                .skill("python", 4).skill("sql", 4).skill("statistics", 3).skill("machine-learning", 3)
                .skill("data-analysis", 4).skill("data-visualization", 3).skill("stakeholder-communication", 3)
                .skill("experiment-design", 3).skill("domain-expertise", 2).skill("model-evaluation", 3)
                .skill("organisational-understanding", 2).skill("business-acumen", 2).skill("software-engineering", 2)
                .skill("data-pipelines", 2).skill("cloud-infrastructure", 1).skill("ci-cd", 1)
                .skill("model-deployment-serving", 1).skill("deep-learning", 2).skill("forecasting", 2)
                .skill("time-series-analysis", 2).skill("metrics-design", 2).skill("technical-writing", 2)
                .skill("data-modelling", 2).skill("public-speaking", 2).skill("product-sense", 2);
    }

    static Answers platformBuilder() {
        return dataScientist()
                .skill("software-engineering", 3).skill("ci-cd", 2).skill("cloud-infrastructure", 2)
                .skill("containers-kubernetes", 2).skill("model-deployment-serving", 2)
                .enjoys("software-engineering", 5).enjoys("platform-infrastructure", 5).enjoys("data-pipelines", 3)
                .enjoys("modelling-research", 2).enjoys("analysis-insight", 1).enjoys("stakeholder-communication", 2)
                .suffers("vague-success", "missing-infrastructure", "upstream-churn")
                .weighs("competence", 4).weighs("autonomy", 3)
                .monthsToUpskill(12)
                .build();
    }

    static Answers pipelineLover() {
        return dataScientist()
                .enjoys("data-pipelines", 5).enjoys("software-engineering", 4).enjoys("platform-infrastructure", 3)
                .enjoys("analysis-insight", 2).enjoys("modelling-research", 2)
                .suffers("missing-infrastructure", "vague-success")
                .weighs("competence", 4).weighs("stability", 3)
                .monthsToUpskill(9)
                .build();
    }

    static Answers influenceSeeker() {
        return dataScientist()
                .skill("product-sense", 3).skill("business-acumen", 3).skill("organisational-understanding", 3)
                .enjoys("product-strategy", 5).enjoys("stakeholder-communication", 4).enjoys("experiment-design", 4)
                .enjoys("analysis-insight", 3).enjoys("modelling-research", 2).enjoys("software-engineering", 1)
                .suffers("no-accountability", "poorly-scoped-requests", "lack-of-autonomy", "upstream-churn")
                .weighs("influence", 5).weighs("closeness-to-business", 4).weighs("autonomy", 4)
                .build();
    }

    static Answers builderForDataPeople() {
        return dataScientist()
                .skill("technical-writing", 3).skill("public-speaking", 3).skill("data-tooling-landscape", 3)
                .skill("ml-lifecycle-knowledge", 3)
                .enjoys("teaching-writing", 5).enjoys("entrepreneurship", 4).enjoys("software-engineering", 4)
                .enjoys("stakeholder-communication", 3).enjoys("modelling-research", 2)
                .suffers("lack-of-autonomy", "upstream-churn")
                .weighs("autonomy", 4).weighs("growth-pace", 3)
                .build();
    }

    static Answers visionEnthusiast() {
        return dataScientist()
                .skill("deep-learning", 3).skill("computer-vision", 3)
                .enjoys("modelling-research", 5).enjoys("software-engineering", 3).enjoys("analysis-insight", 3)
                .drawnTo("computer-vision")
                .suffers("poorly-scoped-requests", "vague-success")
                .weighs("competence", 5)
                .build();
    }

    static Answers badManagerOtherwiseHappy() {
        return dataScientist()
                .enjoys("analysis-insight", 5).enjoys("modelling-research", 4).enjoys("experiment-design", 4)
                .enjoys("stakeholder-communication", 3)
                .suffers("bad-manager-or-team")
                .weighs("relatedness", 4).weighs("stability", 2)
                .build();
    }

    static Answers needsStability() {
        return dataScientist()
                .enjoys("analysis-insight", 4).enjoys("modelling-research", 4).enjoys("stakeholder-communication", 3)
                .suffers("volatility", "upstream-churn")
                .weighs("stability", 5).weighs("pay", 3)
                .monthsToUpskill(2).riskTolerance("low")
                .build();
    }

    static Answers mayReturnLater() {
        return dataScientist()
                .enjoys("modelling-research", 4).enjoys("software-engineering", 5).enjoys("platform-infrastructure", 3)
                .enjoys("analysis-insight", 2)
                .suffers("vague-success", "upstream-churn")
                .weighs("competence", 3)
                .mayReturnToDataScience(true).monthsToUpskill(9)
                .build();
    }

    static Answers boomerangingProductManager() {
        return AnswersBuilder.currentRole("product-manager")
                .skill("product-sense", 4).skill("roadmapping-prioritization", 4).skill("stakeholder-communication", 4)
                .skill("business-acumen", 4).skill("experiment-design", 3).skill("metrics-design", 3)
                .skill("data-analysis", 3).skill("python", 3).skill("sql", 3).skill("statistics", 3)
                .skill("machine-learning", 2)
                .enjoys("modelling-research", 5).enjoys("analysis-insight", 4).enjoys("experiment-design", 4)
                .enjoys("product-strategy", 2).enjoys("stakeholder-communication", 2)
                .weighs("competence", 4).weighs("stability", 3)
                .mayReturnToDataScience(true).riskTolerance("low")
                .build();
    }
}
