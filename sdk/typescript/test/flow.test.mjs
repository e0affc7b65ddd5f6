// The integrator's flow through the compiled SDK (target/package/dist, built by `./mvnw -pl sdk/typescript package`):
// browse the catalogue, render the questionnaire, submit answers built from it, long-poll the result,
// plan routes, ask what if and get a learning plan, report the outcome and read the evaluation as an HR analyst,
// and meet a problem document. Reads PATHFINDER_CATALOG_URL, PATHFINDER_ASSESSMENT_URL, PATHFINDER_TOKEN and
// PATHFINDER_ANALYST_TOKEN (the same tenant's, in the group hr-analyst).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catalog, assessment } from '../target/package/dist/index.js';

const env = (name) => {
  const value = process.env[name];
  assert.ok(value, `set ${name}`);
  return value;
};

const catalogConfig = new catalog.Configuration({ basePath: env('PATHFINDER_CATALOG_URL') });
const assessmentConfig = new assessment.Configuration({
  basePath: env('PATHFINDER_ASSESSMENT_URL'),
  accessToken: env('PATHFINDER_TOKEN'),
});
const roles = new catalog.RolesApi(catalogConfig);
const questionnaires = new assessment.QuestionnaireApi(assessmentConfig);
const assessments = new assessment.AssessmentsApi(assessmentConfig);
const journeys = new assessment.JourneysApi(assessmentConfig);
const insights = new assessment.InsightsApi(assessmentConfig);
const analystInsights = new assessment.InsightsApi(new assessment.Configuration({
  basePath: env('PATHFINDER_ASSESSMENT_URL'),
  accessToken: env('PATHFINDER_ANALYST_TOKEN'),
}));

const PREFERRED_STARTING_ROLE = 'data-scientist';
const LONG_POLL_SECONDS = 20;
const MAX_LONG_POLLS = 6;

// Answers a person could give, with every key and value taken from the questionnaire itself.
function answersTo(questionnaire) {
  const questions = new Map(questionnaire.sections.flatMap((section) => section.questions).map((q) => [q.id, q]));
  const choiceValues = (id) => questions.get(id).choices.map((choice) => choice.value);
  const ratings = (prefix, rating) => Object.fromEntries([...questions.keys()]
    .filter((id) => id.startsWith(prefix))
    .map((id) => [id.slice(prefix.length), rating]));
  const startingRoles = choiceValues('currentRole');
  const risks = choiceValues('constraints/riskTolerance');
  return {
    questionnaireVersion: questionnaire.version,
    currentRole: startingRoles.includes(PREFERRED_STARTING_ROLE) ? PREFERRED_STARTING_ROLE : startingRoles[0],
    yearsOfExperience: 3,
    skills: ratings('skills/', 3),
    enjoyment: ratings('enjoyment/', 4),
    priorities: ratings('priorities/', 3),
    painPoints: new Set([choiceValues('painPoints')[0]]),
    constraints: {
      monthsToUpskill: 12,
      openToChangingCompany: true,
      openToManagingPeople: false,
      riskTolerance: risks[Math.floor(risks.length / 2)],
      internalMoveAvailable: true,
      mayReturnToDataScience: false,
    },
    specialisationInterests: new Set(),
  };
}

test('browses, submits and reads explained recommendations', async () => {
  const rolePage = await roles.listRoles({ page: 1, size: 100 });
  assert.ok(rolePage.items.length > 0, 'the curated catalogue lists roles');

  const questionnaire = await questionnaires.getQuestionnaire();
  const answers = answersTo(questionnaire);
  assert.ok(rolePage.items.some((role) => role.slug === answers.currentRole), 'the questionnaire offers catalogue roles');

  const submitted = await assessments.submitAssessment({ questionnaireAnswers: answers });
  assert.equal(submitted.status, assessment.AssessmentStatus.Pending);

  let scored = submitted;
  for (let poll = 0; poll < MAX_LONG_POLLS && scored.status === assessment.AssessmentStatus.Pending; poll++) {
    scored = await assessments.getAssessment({ id: submitted.id, waitSeconds: LONG_POLL_SECONDS });
  }
  assert.equal(scored.status, assessment.AssessmentStatus.Scored, `failure: ${scored.failure}`);
  assert.ok(scored.completedAt instanceof Date, 'dates arrive as Date objects');
  assert.equal(scored.result.catalogVersion, questionnaire.catalogVersion);

  const recommendations = scored.result.recommendations;
  assert.ok(recommendations.length > 0, 'there are recommendations');
  recommendations.forEach((recommendation, i) => {
    assert.equal(recommendation.rank, i + 1, 'ranked in order');
    if (i > 0) {
      assert.ok(recommendation.score <= recommendations[i - 1].score, 'scores descend');
    }
    assert.ok(recommendation.rationale.trim().length > 0, 'each has a rationale');
    assert.ok(recommendation.factors.length > 0, 'each is explained by its factors');
    const factorPoints = recommendation.factors.reduce((sum, factor) => sum + factor.points, 0);
    assert.ok(Math.abs(factorPoints - recommendation.score) <= 0.05, 'the factors add up to the score');
  });

  const plan = await journeys.planRoutes({ id: scored.id, maxSteps: 2, limit: 3 });
  assert.equal(plan.from, answers.currentRole);
  assert.ok(plan.routes.length > 0 && plan.routes.every((route) => route.steps.length <= 2), 'routes of up to two moves');
  const best = plan.routes[0];
  const whatIf = await journeys.whatIf({ id: scored.id, whatIfChanges: { constraints: { monthsToUpskill: 1 } } });
  assert.deepEqual(whatIf.changes, [{ answer: 'constraints/monthsToUpskill', before: '12', after: '1' }]);
  assert.ok(whatIf.paths.length > 0 && whatIf.paths.every((path) => path.factors.length > 0), 'every path, factor by factor');
  whatIf.paths.forEach((path, i) => assert.equal(path.rankAfter, i + 1, 'in the new rank order'));
  const learning = await journeys.getLearningPlan({ id: scored.id, path: best.steps.map((step) => step.move.path) });
  assert.equal(learning.stages.length, best.steps.length, 'one stage per move of the route');

  const top = recommendations[0];
  const recorded = await insights.recordOutcome({
    id: scored.id,
    outcome: { kind: 'moved', role: top.targetRole, move: 'external', movedAt: new Date(), satisfaction: 5 },
  });
  assert.equal(recorded.assessmentId, scored.id);
  assert.equal(recorded.outcome.role, top.targetRole);
  const evaluation = await analystInsights.getEvaluation({});
  assert.ok(evaluation.overall.moves >= 1, 'the reported move is evaluated');
  assert.ok(evaluation.overall.hitAt1 > 0, 'a move to the top recommendation is a hit at 1');
  const forbidden = await insights.getEvaluation({}).then(
    () => assert.fail('a tenant token outside hr-analyst read the evaluation'),
    (rejection) => rejection);
  assert.equal(forbidden.response.status, 403);
});

test('a bad submission surfaces the problem document', async () => {
  const answers = { ...answersTo(await questionnaires.getQuestionnaire()), currentRole: 'no-such-role' };

  const error = await assessments.submitAssessment({ questionnaireAnswers: answers }).then(
    () => assert.fail('the submission was accepted'),
    (rejection) => rejection);

  assert.ok(error instanceof assessment.ResponseError, `a ResponseError, not ${error}`);
  assert.equal(error.response.status, 400);
  assert.match(error.response.headers.get('content-type'), /^application\/problem\+json/);
  const problem = assessment.ProblemFromJSON(await error.response.json());
  assert.equal(problem.type, assessment.ProblemType.VALIDATION);
  assert.equal(problem.status, 400);
  assert.ok(problem.title);
  assert.ok(problem.errors.some((fieldError) => fieldError.field === 'body.currentRole'),
    `the bad field is named: ${JSON.stringify(problem.errors)}`);
});
