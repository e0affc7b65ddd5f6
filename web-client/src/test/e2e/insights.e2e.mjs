// End-to-end test of the cohort insight page: twelve people of one tenant are assessed and report their moves, then
// the tenant's HR analyst reads the dashboard in headless Chromium; every bar, band and figure must be the API's,
// and the groups the API leaves out for being too small must be shown as such. A tenant's own token meets the 403.
//
// Env: PATHFINDER_ASSESSMENT_URL, PATHFINDER_TOKEN (a token of a tenant nobody was assessed for yet),
// PATHFINDER_ANALYST_TOKEN (that tenant's HR analyst), PATHFINDER_SCREENSHOT_DIR, PATHFINDER_CHROMIUM.
// Exits non-zero, with the reason, on the first failed check.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launchChromium, openWatchedPage, requiredEnv, step } from './browser.mjs';

// Two groups of five alike are large enough to show, and large enough beside each other for what only one of them
// has (a skill gap) to show too; the two others stay in a group too small to show.
const ALIKE = 5;
const FEW = 2;
const INSIGHT_TIMEOUT_MS = 60_000;
const POLL_INTERVAL_MS = 500;
const MAX_LONG_POLLS = 5;

/**
 * Who is assessed, all of them data scientists with an internal move available, and the rank of the recommendation
 * each moves to: hit@1 is 5 in 12. The builders' little time to learn scores them a band below the others.
 */
const KINDS = [
  { kind: 'builder', answers: builder, count: ALIKE, movesToRank: 1 },
  { kind: 'leader', answers: leader, count: ALIKE, movesToRank: 2 },
  { kind: 'specialist', answers: specialist, count: FEW, movesToRank: 3 },
];

const baseUrl = requiredEnv('PATHFINDER_ASSESSMENT_URL').replace(/\/+$/, '');
const tenantToken = requiredEnv('PATHFINDER_TOKEN');
const analystToken = requiredEnv('PATHFINDER_ANALYST_TOKEN');
const screenshotDir = requiredEnv('PATHFINDER_SCREENSHOT_DIR');

const { context, run } = await launchChromium('insights e2e', screenshotDir);
let questionnaire;
let people;
let cohort;
await run(async () => {
  await step('the tenant has nobody counted yet', async () => {
    assert.equal((await api(analystToken, 'GET', '/insights/cohort')).people, 0,
      'the tenant already has people counted: give the test a tenant of its own');
  });
  await step('people are assessed and report their moves', assessAndReport);
  await step('the insight counts them, the small groups left out', awaitInsight);
  await step('an HR analyst reads the dashboard', readsTheDashboard);
  await step('the analyst picks a current role nobody had', filtersByCurrentRole);
  await step('a tenant\'s own token shows the 403 problem', forbidden);
});

/** Answers of someone who would rather build software and platforms than analyse, with three months to learn. */
function builder(version) {
  return {
    questionnaireVersion: version, currentRole: 'data-scientist', yearsOfExperience: 3,
    skills: { python: 5, 'software-engineering': 4, 'machine-learning': 4, 'model-deployment-serving': 2, statistics: 3,
      'cloud-infrastructure': 2, sql: 3 },
    enjoyment: { 'software-engineering': 5, 'platform-infrastructure': 5, 'data-pipelines': 4, 'analysis-insight': 1,
      'stakeholder-communication': 2 },
    painPoints: ['vague-success', 'missing-infrastructure'],
    priorities: { competence: 5, autonomy: 4 },
    constraints: { monthsToUpskill: 3, openToChangingCompany: true, openToManagingPeople: false, riskTolerance: 'medium',
      internalMoveAvailable: true, mayReturnToDataScience: true },
    specialisationInterests: [],
  };
}

/** Answers of someone drawn to the business, to products and to leading people. */
function leader(version) {
  return {
    questionnaireVersion: version, currentRole: 'data-scientist', yearsOfExperience: 6,
    skills: { python: 3, statistics: 4, 'stakeholder-communication': 5, 'business-acumen': 4, 'product-sense': 4,
      'roadmapping-prioritization': 3, 'people-management': 3, 'experiment-design': 4 },
    enjoyment: { 'stakeholder-communication': 5, 'product-strategy': 5, 'people-leadership': 5, 'analysis-insight': 3 },
    painPoints: ['lack-of-autonomy', 'poorly-scoped-requests'],
    priorities: { influence: 5, 'closeness-to-business': 5, autonomy: 4 },
    constraints: { monthsToUpskill: 6, openToChangingCompany: false, openToManagingPeople: true, riskTolerance: 'low',
      internalMoveAvailable: true, mayReturnToDataScience: false },
    specialisationInterests: [],
  };
}

/** Answers of someone who wants to go deeper into computer vision, where they are. */
function specialist(version) {
  return {
    questionnaireVersion: version, currentRole: 'data-scientist', yearsOfExperience: 4,
    skills: { python: 4, 'machine-learning': 5, 'deep-learning': 4, 'computer-vision': 3, statistics: 4,
      'model-evaluation': 4 },
    enjoyment: { 'modelling-research': 5, 'domain-depth': 5, 'analysis-insight': 3, 'software-engineering': 2 },
    painPoints: ['poorly-scoped-requests'],
    priorities: { competence: 5, stability: 4 },
    constraints: { monthsToUpskill: 12, openToChangingCompany: false, openToManagingPeople: false, riskTolerance: 'low',
      internalMoveAvailable: true, mayReturnToDataScience: true },
    specialisationInterests: ['computer-vision'],
  };
}

async function assessAndReport() {
  questionnaire = await api(null, 'GET', '/questionnaire');
  people = [];
  for (const { kind, answers, count } of KINDS) {
    for (let i = 0; i < count; i++) {
      const { id } = await api(tenantToken, 'POST', '/assessments', answers(questionnaire.version), 202);
      people.push({ id, kind });
    }
  }
  for (const person of people) {
    person.result = await scored(person.id);
  }
  const topOptions = KINDS.map(({ kind }) => new Set(people.filter((person) => person.kind === kind)
    .map((person) => person.result.options[0].option)));
  assert.ok(topOptions.every((options) => options.size === 1), 'alike answers were advised differently');
  assert.equal(new Set(topOptions.flatMap((options) => [...options])).size, KINDS.length,
    'two kinds of people were advised the same way forward: the groups would not be as the test needs');
  for (const person of people) {
    const rank = KINDS.find(({ kind }) => kind === person.kind).movesToRank;
    await api(tenantToken, 'POST', `/assessments/${person.id}/outcome`, {
      kind: 'moved', role: person.result.recommendations[rank - 1].targetRole, move: 'internal',
      movedAt: new Date().toISOString(), satisfaction: 4,
    });
  }
}

function firstOf(kind) {
  return people.find((person) => person.kind === kind).result;
}

async function scored(id) {
  for (let poll = 0; poll < MAX_LONG_POLLS; poll++) {
    const assessment = await api(tenantToken, 'GET', `/assessments/${id}?waitSeconds=20`);
    if (assessment.status !== 'PENDING') {
      assert.equal(assessment.status, 'SCORED', `assessment ${id} failed: ${assessment.failure}`);
      return assessment.result;
    }
  }
  throw new Error(`assessment ${id} is still pending`);
}

/** Polls until the insight counts everyone (it is kept from the published results, a moment later). */
async function awaitInsight() {
  const deadline = Date.now() + INSIGHT_TIMEOUT_MS;
  for (;;) {
    cohort = await api(analystToken, 'GET', '/insights/cohort');
    if (cohort.people === people.length) break;
    assert.ok(Date.now() < deadline, `after ${INSIGHT_TIMEOUT_MS} ms the insight counts ${cohort.people} of ${people.length} people`);
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
  const byKey = (a, b) => a.key.localeCompare(b.key);
  assert.deepEqual([...cohort.topOptions].sort(byKey),
    ['builder', 'leader'].map((kind) => ({ key: firstOf(kind).options[0].option, people: ALIKE })).sort(byKey),
    'the top options shown are not the builders\' and the leaders\' alone');
  assert.equal(cohort.internalMove.available, people.length, 'the insight counts another number open to an internal move');
  assert.equal(cohort.internalMove.unavailable, undefined, 'nobody said no internal move was available');
}

async function readsTheDashboard() {
  const page = await openWatchedPage(context, baseUrl, `${baseUrl}/app/insights/#token=${encodeURIComponent(analystToken)}`);
  assert.ok(!page.url().includes(analystToken), 'the token stays in the address bar');
  await page.getByRole('figure', { name: 'Score of the top recommendation' }).waitFor();
  const evaluation = await api(analystToken, 'GET', '/insights/evaluation');
  const minimum = cohort.minimumBucket;

  assert.equal(await figure(page, 'people'), String(cohort.people), 'people');
  assert.equal(await figure(page, 'internal-move-available'), String(cohort.internalMove.available), 'internal move available');
  assert.equal(await figure(page, 'internal-move-unavailable'), `fewer than ${minimum}`, 'no internal move: left out, and said so');

  const roles = titles('currentRole');
  const skills = new Map(questionnaire.sections.flatMap((section) => section.questions)
    .filter((question) => question.id.startsWith('skills/')).map((question) => [question.id.slice('skills/'.length), question.label]));
  const options = await bars(page, 'Top-ranked way forward');
  checkMoves(options, cohort.topOptions, (key) => humanised(key));
  assert.deepEqual(options.at(-1), {
    key: '', people: FEW, suppressed: true, label: `Others, in groups of fewer than ${minimum}`,
    value: `${FEW} people`, width: FEW, longest: ALIKE, detail: null,
  }, 'the specialists\' way forward is not shown as a group too small to show');
  checkMoves(await bars(page, 'Role of the top recommendation'), cohort.topTargetRoles, (key) => roles.get(key));

  const gaps = await bars(page, 'Commonest skill gaps of the top recommendation');
  assert.ok(cohort.skillGaps.length > 0, 'no skill gap is in the insight');
  assert.deepEqual(gaps.map((row) => row.key), cohort.skillGaps.map((gap) => gap.skill), 'skill gaps, most people first');
  gaps.forEach((row, i) => {
    const gap = cohort.skillGaps[i];
    assert.equal(row.label, skills.get(gap.skill), `${gap.skill}: name`);
    assert.equal(row.people, gap.people, `${gap.skill}: people`);
    assert.equal(row.width, gap.people, `${gap.skill}: bar length`);
    assert.equal(row.detail, `+${gap.meanScoreGain.toFixed(1)} points if closed`, `${gap.skill}: score gain`);
  });

  const bands = await page.getByRole('figure', { name: 'Score of the top recommendation' }).evaluate((chart) => ({
    tallest: chart.querySelector('svg').viewBox.baseVal.height,
    bands: [...chart.querySelectorAll('.band-labels li')].map((band) => ({
      key: Number(band.dataset.key), suppressed: band.classList.contains('suppressed'),
      value: band.querySelector('.band-value').textContent, label: band.querySelector('.band-label').textContent,
      height: Number(chart.querySelector(`svg rect.people[data-key="${band.dataset.key}"]`)?.getAttribute('height') ?? 0),
    })),
  }));
  const shown = new Map(cohort.scoreDistribution.map((band) => [band.from, band.people]));
  assert.ok(shown.size < 10, 'the score distribution shows every band: none is left out');
  assert.ok(new Set(shown.values()).size > 1, 'the score distribution needs bands of different sizes to check the drawing');
  assert.equal(bands.tallest, Math.max(...shown.values()), 'the histogram\'s scale');
  assert.deepEqual(bands.bands, Array.from({ length: 10 }, (_, i) => {
    const people = shown.get(i * 10);
    return {
      key: i * 10, suppressed: people === undefined, value: people === undefined ? `<${minimum}` : String(people),
      label: `${i * 10}–${i * 10 + 10}`, height: people ?? 0,
    };
  }), 'the score bands are not the API\'s, or a band left out is not marked');

  assert.equal(evaluation.overall.moves, people.length, 'the evaluation counts another number of moves');
  assert.equal(evaluation.overall.hitAt1, Number((ALIKE / people.length).toFixed(4)), 'the evaluation\'s hit@1: the builders\' moves');
  assert.equal(await figure(page, 'moves'), String(evaluation.overall.moves), 'moves measured');
  assert.equal(await figure(page, 'hit-at-1'), `${Math.round(evaluation.overall.hitAt1 * 100)}%`, 'hit@1');
  assert.equal(await figure(page, 'hit-at-3'), `${Math.round(evaluation.overall.hitAt3 * 100)}%`, 'hit@3');
  assert.equal(await figure(page, 'mean-reciprocal-rank'), evaluation.overall.meanReciprocalRank.toFixed(2), 'mean reciprocal rank');

  await page.screenshot({ path: join(screenshotDir, 'insights.png'), fullPage: true });
  page.assertNoTrouble();
  await page.close();
}

/** The moves' chart shows the API's buckets in order, named and drawn to scale, then one row for the rest. */
function checkMoves(rows, buckets, nameOf) {
  const longest = Math.max(...buckets.map((bucket) => bucket.people));
  assert.deepEqual(rows.slice(0, buckets.length), buckets.map((bucket) => ({
    key: bucket.key, people: bucket.people, suppressed: false, label: nameOf(bucket.key),
    value: `${bucket.people} people`, width: bucket.people, longest, detail: null,
  })), 'the bars are not the API\'s buckets');
  const rest = cohort.people - buckets.reduce((sum, bucket) => sum + bucket.people, 0);
  assert.equal(rows.length, buckets.length + (rest > 0 ? 1 : 0), 'the people in groups too small to show');
  assert.ok(rest === 0 || (rows.at(-1).suppressed && rows.at(-1).people === rest), 'the people in groups too small to show');
}

async function filtersByCurrentRole() {
  const page = await openWatchedPage(context, baseUrl, `${baseUrl}/app/insights/#token=${encodeURIComponent(analystToken)}`);
  await page.getByRole('figure', { name: 'Top-ranked way forward' }).waitFor();
  const filters = page.getByRole('form', { name: 'Whom to count' });
  await filters.getByLabel('Current role when assessed').selectOption({ label: 'Data Engineer' });
  const answered = page.waitForResponse((response) => response.url().includes('/insights/cohort?currentRole=data-engineer'));
  await filters.getByRole('button', { name: 'Show' }).click();
  assert.equal((await answered).status(), 200, 'the insight of one current role was refused');
  assert.equal((await api(analystToken, 'GET', '/insights/cohort?currentRole=data-engineer')).people, 0,
    'the API counts data engineers');
  await page.getByText(`No one to show: no group of ${cohort.minimumBucket} or more people.`).waitFor();
  assert.ok((await page.getByRole('region', { name: 'What your people were advised' }).textContent()).includes('who were Data Engineer'),
    'the page does not say whose insight it shows');
  assert.equal(await page.getByRole('figure').count(), 0, 'charts are drawn for nobody');
  page.assertNoTrouble();
  await page.close();
}

async function forbidden() {
  const expected = await api(tenantToken, 'GET', '/insights/cohort', undefined, 403);
  const page = await openWatchedPage(context, baseUrl, `${baseUrl}/app/insights/#token=${encodeURIComponent(tenantToken)}`);
  const alert = page.getByRole('alert');
  await alert.getByText(expected.title).waitFor();
  assert.equal(await alert.textContent(), `${expected.title} (${expected.status})${expected.detail}`,
    'the page does not show the API\'s problem');
  assert.equal(await page.getByRole('figure').count(), 0, 'a refused token sees charts');
  await page.screenshot({ path: join(screenshotDir, 'insights-forbidden.png') });
  page.assertNoTrouble();
  await page.close();
}

function titles(questionId) {
  return new Map(questionnaire.sections.flatMap((section) => section.questions)
    .find((question) => question.id === questionId).choices.map((choice) => [choice.value, choice.label]));
}

/** "build-for-data-people" -> "Build for data people", as the page names options. */
function humanised(slug) {
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

async function figure(page, key) {
  return page.locator(`[data-figure="${key}"] dd`).textContent();
}

/** What each bar of the chart shows, read from its text and its drawing. */
function bars(page, title) {
  return page.getByRole('figure', { name: title }).locator('.bar-row').evaluateAll((rows) => rows.map((row) => ({
    key: row.dataset.key, people: Number(row.dataset.people), suppressed: row.classList.contains('suppressed'),
    label: row.querySelector('.bar-label').textContent, value: row.querySelector('.bar-value').textContent,
    width: Number(row.querySelector('rect.people').getAttribute('width')),
    longest: row.querySelector('svg').viewBox.baseVal.width,
    detail: row.querySelector('.bar-detail')?.textContent ?? null,
  })));
}

async function api(bearer, method, path, body, status = 200) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(bearer && { Authorization: `Bearer ${bearer}` }),
      Accept: 'application/json, application/problem+json', 'Content-Type': 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  assert.equal(response.status, status, `${method} ${path} answered ${response.status}`);
  return response.json();
}
