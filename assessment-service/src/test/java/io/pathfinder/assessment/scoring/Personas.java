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

    /**
     * A data analyst who wants to reach MLOps by way of data engineering: strong SQL and analysis, some Python, drawn
     * to pipelines and platforms, with a year to learn.
     */
    static Answers analystHeadingForMlops() {
        return AnswersBuilder.currentRole("data-analyst")
                .skill("sql", 4).skill("data-analysis", 4).skill("data-visualization", 4).skill("stakeholder-communication", 3)
                .skill("metrics-design", 3).skill("statistics", 2).skill("python", 3).skill("business-acumen", 2)
                .skill("data-modelling", 2).skill("data-pipelines", 1).skill("software-engineering", 1)
                .enjoys("data-pipelines", 5).enjoys("platform-infrastructure", 4).enjoys("software-engineering", 4)
                .enjoys("analysis-insight", 2).enjoys("stakeholder-communication", 2)
                .suffers("missing-infrastructure", "vague-success")
                .weighs("competence", 4).weighs("growth-pace", 3)
                .monthsToUpskill(12)
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

    /** From the issue: enjoys entrepreneurship most, autonomy above all, tired of slow pace and red tape, and bold. */
    static Answers restlessBuilder() {
        return dataScientist()
                .skill("business-acumen", 3).skill("product-sense", 3).skill("public-speaking", 3)
                .enjoys("entrepreneurship", 5).enjoys("product-strategy", 4).enjoys("stakeholder-communication", 3)
                .enjoys("modelling-research", 3).enjoys("analysis-insight", 2).enjoys("teaching-writing", 2)
                .suffers("slow-pace-red-tape", "lack-of-autonomy")
                .weighs("autonomy", 5).weighs("growth-pace", 3)
                .riskTolerance("high").monthsToUpskill(12)
                .build();
    }

    /** From the issue: a data scientist at a bank, bored by red tape, who wants pace above all and can take risks. */
    static Answers bankDataScientistWantsPace() {
        return dataScientist()
                .skill("data-privacy-compliance", 3).skill("domain-expertise", 3)
                .enjoys("modelling-research", 4).enjoys("analysis-insight", 4).enjoys("software-engineering", 3)
                .enjoys("product-strategy", 3)
                .suffers("slow-pace-red-tape")
                .weighs("growth-pace", 5).weighs("autonomy", 3)
                .riskTolerance("high")
                .build();
    }

    /** Pay matters most; happy to own outcomes close to the business, not to manage people. */
    static Answers payFirst() {
        return dataScientist()
                .skill("business-acumen", 3).skill("product-sense", 3).skill("metrics-design", 3)
                .enjoys("product-strategy", 4).enjoys("analysis-insight", 4).enjoys("experiment-design", 4)
                .enjoys("stakeholder-communication", 4).enjoys("modelling-research", 2)
                .suffers("no-accountability")
                .weighs("pay", 5).weighs("closeness-to-business", 3)
                .build();
    }

    /** A data science manager: hiring and stakeholders, little hands-on work. */
    static AnswersBuilder dataScienceManager() {
        return AnswersBuilder.currentRole("data-science-manager")
                .skill("people-management", 4).skill("stakeholder-communication", 4).skill("mentoring-coaching", 4)
                .skill("roadmapping-prioritization", 3).skill("business-acumen", 3).skill("organisational-understanding", 4)
                .skill("machine-learning", 3).skill("statistics", 4).skill("python", 3).skill("sql", 3)
                .skill("influence-without-authority", 4).skill("technical-writing", 3).skill("strategic-planning", 3)
                .skill("experiment-design", 3).skill("data-analysis", 3)
                .openToManagingPeople(true);
    }

    /** Like the director in the source who stayed and became a principal data scientist again. */
    static Answers managerMissingHandsOnWork() {
        return dataScienceManager()
                .enjoys("modelling-research", 5).enjoys("analysis-insight", 4).enjoys("teaching-writing", 3)
                .enjoys("people-leadership", 1).enjoys("stakeholder-communication", 2)
                .suffers("vague-success")
                .weighs("competence", 5).weighs("relatedness", 4).weighs("autonomy", 3)
                .mayReturnToDataScience(true).monthsToUpskill(6)
                .build();
    }

    /** Likes leading people, not the vagueness of data science outcomes: engineering is more concrete. */
    static Answers managerWantingConcreteEngineering() {
        return dataScienceManager()
                .skill("software-engineering", 3).skill("project-management", 3)
                .enjoys("people-leadership", 5).enjoys("software-engineering", 4).enjoys("platform-infrastructure", 4)
                .enjoys("analysis-insight", 1).enjoys("modelling-research", 2)
                .suffers("vague-success", "missing-infrastructure")
                .weighs("competence", 4).weighs("stability", 3)
                .riskTolerance("low")
                .build();
    }

    /** A data engineer who misses the modelling and wants the door into data science again. */
    static Answers dataEngineerMissingModels() {
        return AnswersBuilder.currentRole("data-engineer")
                .skill("python", 4).skill("sql", 5).skill("data-pipelines", 4).skill("data-modelling", 4)
                .skill("software-engineering", 4).skill("cloud-infrastructure", 3).skill("ci-cd", 3)
                .skill("distributed-data-processing", 3).skill("data-quality-testing", 3)
                .skill("statistics", 3).skill("machine-learning", 3).skill("data-analysis", 3)
                .skill("data-visualization", 2).skill("stakeholder-communication", 3).skill("experiment-design", 2)
                .skill("domain-expertise", 2)
                .enjoys("modelling-research", 5).enjoys("analysis-insight", 4).enjoys("experiment-design", 4)
                .enjoys("data-pipelines", 2).enjoys("platform-infrastructure", 1)
                .weighs("competence", 3)
                .mayReturnToDataScience(true)
                .build();
    }

    /** An ML engineer who wants the architecture calls without direct reports. */
    static Answers mlEngineerWantingTechnicalLead() {
        return AnswersBuilder.currentRole("ml-engineer")
                .skill("python", 5).skill("software-engineering", 4).skill("machine-learning", 4)
                .skill("model-deployment-serving", 4).skill("ml-lifecycle-knowledge", 4).skill("cloud-infrastructure", 3)
                .skill("stakeholder-communication", 3).skill("mentoring-coaching", 3).skill("influence-without-authority", 3)
                .skill("roadmapping-prioritization", 2).skill("project-management", 2).skill("technical-writing", 3)
                .enjoys("software-engineering", 4).enjoys("platform-infrastructure", 3).enjoys("stakeholder-communication", 4)
                .enjoys("people-leadership", 4).enjoys("product-strategy", 3)
                .suffers("no-architecture-influence", "poorly-scoped-requests")
                .weighs("influence", 5).weighs("autonomy", 3)
                .build();
    }

    /** A data analyst who wants to build models, not dashboards. */
    static Answers analystWhoWantsToModel() {
        return AnswersBuilder.currentRole("data-analyst")
                .skill("sql", 5).skill("data-analysis", 4).skill("data-visualization", 4).skill("statistics", 3)
                .skill("python", 3).skill("machine-learning", 2).skill("stakeholder-communication", 3)
                .skill("experiment-design", 2).skill("domain-expertise", 3).skill("metrics-design", 3)
                .enjoys("modelling-research", 5).enjoys("analysis-insight", 3).enjoys("experiment-design", 4)
                .enjoys("stakeholder-communication", 2)
                .suffers("vague-success")
                .weighs("competence", 4).weighs("growth-pace", 3)
                .monthsToUpskill(12)
                .build();
    }

    /** A data analyst who wants to decide what gets built. */
    static Answers analystWhoWantsProduct() {
        return AnswersBuilder.currentRole("data-analyst")
                .skill("sql", 4).skill("data-analysis", 4).skill("data-visualization", 4).skill("metrics-design", 4)
                .skill("stakeholder-communication", 4).skill("business-acumen", 3).skill("product-sense", 3)
                .skill("organisational-understanding", 3).skill("experiment-design", 3)
                .enjoys("product-strategy", 5).enjoys("stakeholder-communication", 4).enjoys("analysis-insight", 3)
                .suffers("no-accountability", "lack-of-autonomy")
                .weighs("influence", 5).weighs("autonomy", 4)
                .monthsToUpskill(9)
                .build();
    }

    static Answers languageModelEnthusiast() {
        return dataScientist()
                .skill("deep-learning", 3).skill("nlp", 3).skill("llm-applications", 3)
                .enjoys("modelling-research", 5).enjoys("software-engineering", 3).enjoys("experiment-design", 3)
                .drawnTo("nlp-llm")
                .suffers("poorly-scoped-requests")
                .weighs("competence", 4).weighs("growth-pace", 3)
                .monthsToUpskill(9)
                .build();
    }

    /** Experiment design where it is hard: regulated, small-sample settings like digital health. */
    static Answers experimentDesigner() {
        return dataScientist()
                .skill("statistics", 4).skill("experiment-design", 4).skill("causal-inference", 3).skill("r", 3)
                .skill("metrics-design", 3).skill("data-privacy-compliance", 3)
                .enjoys("experiment-design", 5).enjoys("analysis-insight", 4).enjoys("teaching-writing", 3)
                .enjoys("software-engineering", 1)
                .drawnTo("experimentation-causal-inference")
                .suffers("no-accountability", "poorly-scoped-requests")
                .weighs("competence", 4).weighs("influence", 3)
                .monthsToUpskill(9)
                .build();
    }

    static Answers forecaster() {
        return dataScientist()
                .skill("forecasting", 3).skill("time-series-analysis", 3).skill("domain-expertise", 3)
                .enjoys("modelling-research", 5).enjoys("analysis-insight", 4).enjoys("domain-depth", 4)
                .drawnTo("time-series")
                .suffers("vague-success")
                .weighs("stability", 3).weighs("competence", 3)
                .riskTolerance("low")
                .build();
    }

    /** A founder whose company ended: wants a paycheck and stability, and the modelling back. */
    static Answers founderWantingStability() {
        return AnswersBuilder.currentRole("founder")
                .skill("business-building", 4).skill("product-sense", 4).skill("sales-negotiation", 3)
                .skill("people-management", 3).skill("software-engineering", 3).skill("ml-lifecycle-knowledge", 3)
                .skill("python", 4).skill("sql", 3).skill("statistics", 3).skill("machine-learning", 3)
                .skill("data-analysis", 3).skill("stakeholder-communication", 4)
                .enjoys("modelling-research", 4).enjoys("analysis-insight", 4).enjoys("entrepreneurship", 2)
                .suffers("volatility")
                .weighs("stability", 5).weighs("pay", 3)
                .riskTolerance("low").mayReturnToDataScience(true)
                .build();
    }

    /** A creator who wants a salary without giving up teaching and community. */
    static Answers creatorWantingASalary() {
        return AnswersBuilder.currentRole("content-creator")
                .skill("technical-writing", 5).skill("public-speaking", 4).skill("community-building", 4)
                .skill("data-tooling-landscape", 4).skill("python", 4).skill("machine-learning", 3)
                .skill("ml-lifecycle-knowledge", 3).skill("software-engineering", 3).skill("product-sense", 3)
                .enjoys("teaching-writing", 5).enjoys("software-engineering", 3).enjoys("stakeholder-communication", 3)
                .suffers("volatility")
                .weighs("stability", 4).weighs("relatedness", 2)
                .build();
    }

    /** A senior data scientist who wants more scope as an individual contributor, not a team. */
    static Answers seniorWantingStaffScope() {
        return AnswersBuilder.currentRole("senior-data-scientist")
                .skill("python", 5).skill("statistics", 4).skill("machine-learning", 4).skill("sql", 4)
                .skill("model-evaluation", 4).skill("experiment-design", 4).skill("stakeholder-communication", 4)
                .skill("business-acumen", 3).skill("mentoring-coaching", 3).skill("influence-without-authority", 3)
                .skill("technical-writing", 3)
                .enjoys("modelling-research", 5).enjoys("analysis-insight", 4).enjoys("teaching-writing", 4)
                .enjoys("product-strategy", 3).enjoys("people-leadership", 1)
                .suffers("poorly-scoped-requests", "no-architecture-influence")
                .weighs("influence", 4).weighs("competence", 4).weighs("stability", 3)
                .riskTolerance("low").monthsToUpskill(24)
                .build();
    }

    /** A consultant tired of selling, who wants a team and steady data science work again. */
    static Answers consultantTiredOfSelling() {
        return AnswersBuilder.currentRole("data-consultant")
                .skill("stakeholder-communication", 5).skill("business-acumen", 4).skill("domain-expertise", 4)
                .skill("machine-learning", 4).skill("statistics", 4).skill("python", 4).skill("sales-negotiation", 3)
                .skill("sql", 4).skill("model-evaluation", 4).skill("experiment-design", 3).skill("mentoring-coaching", 3)
                .enjoys("modelling-research", 5).enjoys("analysis-insight", 4).enjoys("entrepreneurship", 1)
                .suffers("volatility")
                .weighs("stability", 4).weighs("relatedness", 4)
                .riskTolerance("low").mayReturnToDataScience(true)
                .build();
    }

    /** An MLOps engineer who loves teaching the tools more than running them. */
    static Answers mlopsEngineerWhoLovesTeaching() {
        return AnswersBuilder.currentRole("mlops-engineer")
                .skill("python", 4).skill("software-engineering", 4).skill("cloud-infrastructure", 4)
                .skill("containers-kubernetes", 4).skill("ci-cd", 4).skill("model-deployment-serving", 4)
                .skill("ml-monitoring", 3).skill("ml-lifecycle-knowledge", 4).skill("data-tooling-landscape", 4)
                .skill("technical-writing", 4).skill("public-speaking", 3).skill("community-building", 3)
                .enjoys("teaching-writing", 5).enjoys("stakeholder-communication", 4).enjoys("software-engineering", 3)
                .enjoys("platform-infrastructure", 2)
                .suffers("upstream-churn")
                .weighs("autonomy", 4).weighs("relatedness", 1)
                .build();
    }

    /** An operations manager who misses modelling, and whose work ran on demand forecasts. */
    static Answers operationsManagerMissingForecasting() {
        return AnswersBuilder.currentRole("operations-manager")
                .skill("process-improvement", 4).skill("business-acumen", 4).skill("forecasting", 3)
                .skill("project-management", 4).skill("people-management", 4).skill("stakeholder-communication", 4)
                .skill("organisational-understanding", 4).skill("data-analysis", 3).skill("python", 2)
                .skill("statistics", 3).skill("sql", 3).skill("domain-expertise", 4)
                .enjoys("modelling-research", 4).enjoys("analysis-insight", 5).enjoys("domain-depth", 4)
                .enjoys("people-leadership", 1)
                .drawnTo("time-series")
                .suffers("vague-success")
                .weighs("competence", 4)
                .mayReturnToDataScience(true).monthsToUpskill(12)
                .build();
    }
}
