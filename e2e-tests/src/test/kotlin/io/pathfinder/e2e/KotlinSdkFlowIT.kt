package io.pathfinder.e2e

import io.pathfinder.sdk.kotlin.assessment.apis.AssessmentsApi
import io.pathfinder.sdk.kotlin.assessment.apis.JourneysApi
import io.pathfinder.sdk.kotlin.assessment.apis.QuestionnaireApi
import io.pathfinder.sdk.kotlin.assessment.infrastructure.ClientError
import io.pathfinder.sdk.kotlin.assessment.infrastructure.ClientException
import io.pathfinder.sdk.kotlin.assessment.models.Assessment
import io.pathfinder.sdk.kotlin.assessment.models.AssessmentStatus
import io.pathfinder.sdk.kotlin.assessment.models.Constraints
import io.pathfinder.sdk.kotlin.assessment.models.PainPoint
import io.pathfinder.sdk.kotlin.assessment.models.QuestionnaireAnswers
import io.pathfinder.sdk.kotlin.assessment.models.Risk
import io.pathfinder.sdk.kotlin.assessment.models.WhatIfChanges
import io.pathfinder.sdk.kotlin.catalog.apis.PathsApi
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/**
 * An Android app's flow through the generated Kotlin SDK (OkHttp, kotlinx.serialization) against the whole stack:
 * a data analyst heading for MLOps submits answers, plans a route by way of data engineering, asks what learning
 * Kubernetes and cloud would change, and gets the learning plan for the route. JVM bytecode runs the same here as
 * in an app; AndroidCompatibilityTest of the SDK checks it needs nothing of the JDK that Android lacks.
 */
class KotlinSdkFlowIT {

    private val stack = RunningStack.get()
    private val token = stack.tenantToken("sdk-kotlin-e2e")

    @Test
    fun `an analyst plans a route to MLOps, asks what if, and gets the learning plan`() {
        assertTrue(PathsApi(stack.catalogUrl()).listPaths(from = "data-analyst", page = 1, size = 50).items
            .any { it.to == "data-engineer" }, "the catalogue has the first move")

        val questionnaire = QuestionnaireApi(stack.assessmentUrl()).getQuestionnaire()
        val assessments = AssessmentsApi(stack.assessmentUrl()).apply { accessTokenProvider = { token } }
        val scored = awaitScored(assessments, assessments.submitAssessment(analystAnswers(questionnaire.version)))
        assertEquals(AssessmentStatus.SCORED, scored.status) { "failure: ${scored.failure}" }

        val journeys = JourneysApi(stack.assessmentUrl()).apply { accessTokenProvider = { token } }
        val plan = journeys.planRoutes(scored.id, to = "mlops-engineer", via = "data-engineer")
        assertEquals(scored.result!!.catalogVersion, plan.catalogVersion)
        val best = plan.routes.first()
        assertEquals(listOf("data-analyst-to-data-engineer", "data-engineer-to-mlops-engineer"), best.steps.map { it.move.path })
        assertTrue(best.steps.first().carriesOver.any { it.skill == "data-pipelines" }, "pipelines carry over to MLOps")
        assertEquals(best.score, maxOf(0.0, best.meanStepScore - best.monthsPenalty - best.riskPenalty), 0.11)

        val whatIf = journeys.whatIf(scored.id, WhatIfChanges(skills = mapOf("containers-kubernetes" to 4, "cloud-infrastructure" to 4)))
        assertEquals(scored.result!!.modelVersion, whatIf.modelVersion)
        assertEquals(listOf("skills/cloud-infrastructure", "skills/containers-kubernetes"), whatIf.changes.map { it.answer })
        whatIf.paths.forEachIndexed { index, path ->
            assertEquals(index + 1, path.rankAfter)
            assertEquals(path.rankBefore - path.rankAfter, path.rankMove)
            assertEquals(path.scoreChange, path.factors.sumOf { it.change }, 0.05)
        }

        val learning = journeys.getLearningPlan(scored.id, best.steps.map { it.move.path })
        assertEquals(2, learning.stages.size)
        assertFalse(learning.stages.first().steps.isEmpty())
        assertEquals(learning.months, learning.stages.last().steps.last().totalMonths, 0.01)

        val stranger = JourneysApi(stack.assessmentUrl()).apply { accessTokenProvider = { stack.tenantToken("someone-else") } }
        val refused = assertThrows<ClientException> { stranger.planRoutes(scored.id) }
        assertEquals(404, refused.statusCode)
        assertTrue((refused.response as ClientError<*>).body.toString().contains("\"status\":404"))
    }

    private fun awaitScored(assessments: AssessmentsApi, submitted: Assessment): Assessment {
        var assessment = submitted
        repeat(6) {
            if (assessment.status == AssessmentStatus.PENDING) {
                assessment = assessments.getAssessment(submitted.id, waitSeconds = 20)
            }
        }
        return assessment
    }

    private fun analystAnswers(questionnaireVersion: String) = QuestionnaireAnswers(
        questionnaireVersion = questionnaireVersion,
        currentRole = "data-analyst",
        yearsOfExperience = 3.0,
        skills = mapOf("sql" to 4, "data-analysis" to 4, "data-visualization" to 4, "stakeholder-communication" to 3,
            "metrics-design" to 3, "statistics" to 2, "python" to 3, "business-acumen" to 2, "data-modelling" to 2,
            "data-pipelines" to 1, "software-engineering" to 1),
        enjoyment = mapOf("data-pipelines" to 5, "platform-infrastructure" to 4, "software-engineering" to 4,
            "analysis-insight" to 2, "stakeholder-communication" to 2),
        painPoints = setOf(PainPoint.MISSING_INFRASTRUCTURE, PainPoint.VAGUE_SUCCESS),
        priorities = mapOf("competence" to 4, "growth-pace" to 3),
        constraints = Constraints(monthsToUpskill = 12, openToChangingCompany = true, openToManagingPeople = false,
            riskTolerance = Risk.MEDIUM, internalMoveAvailable = true, mayReturnToDataScience = false),
        specialisationInterests = setOf(),
    )
}
