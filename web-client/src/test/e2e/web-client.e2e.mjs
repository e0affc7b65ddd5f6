// End-to-end test of the web client: a person fills the questionnaire in headless Chromium, reads their
// recommendations, plans a route with its learning plan and tries what-ifs; what the page shows must match
// what the API itself returns.
//
// Env: PATHFINDER_ASSESSMENT_URL (e.g. http://localhost:18082), PATHFINDER_TOKEN (a tenant token),
// PATHFINDER_SCREENSHOT_DIR (where PNGs go), PATHFINDER_CHROMIUM (default /usr/bin/chromium).
// Exits non-zero, with the reason, on the first failed check.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launchChromium, openWatchedPage, requiredEnv, step } from './browser.mjs';

const RESULT_TIMEOUT_MS = 90_000;
// The page shows one decimal; the API's numbers must add up well within that.
const POINTS_TOLERANCE = 1e-6;

const baseUrl = requiredEnv('PATHFINDER_ASSESSMENT_URL').replace(/\/+$/, '');
const token = requiredEnv('PATHFINDER_TOKEN');
const screenshotDir = requiredEnv('PATHFINDER_SCREENSHOT_DIR');

const { context, run } = await launchChromium('web-client e2e', screenshotDir);
// The page and assessment of the person who got recommendations; the journey steps go on from there.
let journey;
await run(async () => {
  await step('a person gets explained recommendations', personGetsRecommendations);
  await step('the person plans a route and reads its learning plan', plansARoute);
  await step('the person raises skills, then changes a constraint, and watches the ranks move', asksWhatIf);
  await journey.page.close();
  await step('a missing token shows the problem', () => tokenProblem(`${baseUrl}/app/`, 'missing-token.png'));
  await step('an invalid token shows the problem',
    () => tokenProblem(`${baseUrl}/app/#token=not-a-valid-token`, 'invalid-token.png'));
});

/** The questionnaire page, once it offers to submit. */
async function openPage(url) {
  const page = await openWatchedPage(context, baseUrl, url);
  await page.getByRole('button', { name: 'See my recommendations' }).waitFor();
  return page;
}

async function personGetsRecommendations() {
  const page = await openPage(`${baseUrl}/app/#token=${encodeURIComponent(token)}`);
  assert.ok(!page.url().includes(token), 'the token stays in the address bar');

  // Someone who would rather build software and platforms than analyse, tired of vague success.
  await answerRequired(page);
  const skills = page.getByRole('region', { name: 'Your skills' });
  for (const [skill, level] of [['Python', 5], ['Software engineering', 4], ['Machine learning', 4],
    ['Model deployment and serving', 2], ['Statistics', 3], ['Cloud infrastructure', 2]]) {
    await rate(skills, skill, level);
  }
  // Keyboard use: arrow keys move through a rating's radio buttons.
  const sql = skills.getByRole('group', { name: 'SQL', exact: true });
  await sql.getByRole('radio', { name: /^0\b/ }).focus();
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('ArrowRight');
  }
  assert.ok(await sql.getByRole('radio', { name: /^3\b/ }).isChecked(), 'arrow keys did not rate SQL 3');

  const enjoyment = page.getByRole('region', { name: 'What you enjoy' });
  for (const [activity, level] of [['Software engineering', 5], ['Platform and infrastructure', 5],
    ['Data pipelines', 4], ['Analysis and insight', 1], ['Stakeholder communication', 2]]) {
    await rate(enjoyment, activity, level);
  }
  await page.getByRole('checkbox', { name: 'Vague success' }).check();
  await page.getByRole('checkbox', { name: 'Missing infrastructure' }).check();
  const priorities = page.getByRole('region', { name: 'What matters to you' });
  await rate(priorities, 'Competence', 5);
  await rate(priorities, 'Autonomy', 4);

  await page.screenshot({ path: join(screenshotDir, 'questionnaire.png'), fullPage: true });
  const submitted = page.waitForResponse((response) =>
    response.request().method() === 'POST' && response.url() === `${baseUrl}/assessments`);
  await page.getByRole('button', { name: 'See my recommendations' }).click();
  const accepted = await submitted;
  assert.equal(accepted.status(), 202, 'the submission was not accepted');
  const { id } = await accepted.json();

  const results = page.getByRole('region', { name: 'Your recommendations' });
  await results.locator('.recommendation').first().waitFor({ timeout: RESULT_TIMEOUT_MS });
  const expected = await apiAssessment(id);
  assert.equal(expected.status, 'SCORED', `the API says the assessment is ${expected.status}`);
  const recommendations = expected.result.recommendations;

  const cards = await readCards(results);
  assert.ok(cards.length >= 1, 'no ranked option is shown');
  assert.equal(cards.length, recommendations.length, 'the page shows a different number of options than the API');
  cards.forEach((card, i) => checkCard(card, recommendations[i]));
  assert.ok(cards.some((card) => card.gaps.length > 0), 'no option shows a skill gap');
  const best = results.locator('.recommendation').first();
  for (const part of [/^Skill gaps for/, /^Next steps for/]) {
    assert.ok(await best.getByRole('region', { name: part }).isVisible(), `the best option does not show ${part.source}`);
  }

  await page.screenshot({ path: join(screenshotDir, 'recommendations.png'), fullPage: true });
  page.assertNoTrouble();
  journey = { page, id };
}

/** Aims for MLOps by way of data engineering; the routes and the learning plan shown are the API's. */
async function plansARoute() {
  const { page, id } = journey;
  const planner = page.getByRole('region', { name: 'Plan a route' });
  await planner.getByLabel('Aim for').selectOption({ label: 'MLOps / ML Platform Engineer' });
  await planner.getByLabel('By way of').selectOption({ label: 'Data Engineer' });
  await planner.getByLabel('At most').selectOption({ label: '3 moves' });
  await planner.getByRole('button', { name: 'Plan routes' }).click();
  await planner.locator('.route').first().waitFor();

  const expected = await api('GET', `/assessments/${id}/routes?maxSteps=3&limit=5&to=mlops-engineer&via=data-engineer`);
  const shown = await planner.locator('.route').evaluateAll((routes) => routes.map((route) => ({
    score: Number(route.querySelector('.route-head [data-score]').dataset.score),
    scoreText: route.querySelector('.route-head .score-value').textContent,
    steps: [...route.querySelectorAll('.route-step')].map((step) => ({
      path: step.dataset.path, score: Number(step.dataset.score), months: Number(step.dataset.months),
      text: step.querySelector('.step-figures').textContent,
    })),
  })));
  assert.ok(expected.routes.length > 0, 'the API finds no route to MLOps by way of data engineering');
  assert.equal(shown.length, expected.routes.length, 'the page shows another number of routes than the API');
  shown.forEach((route, i) => {
    const want = expected.routes[i];
    assert.equal(route.score, want.score, `route ${i + 1}: score`);
    assert.equal(route.scoreText, want.score.toFixed(1), `route ${i + 1}: score text`);
    assert.deepEqual(route.steps.map((step) => step.path), want.steps.map((step) => step.move.path), `route ${i + 1}: steps`);
    route.steps.forEach((step, j) => {
      assert.equal(step.score, want.steps[j].move.score, `route ${i + 1}, step ${j + 1}: score`);
      assert.equal(step.months, want.steps[j].months, `route ${i + 1}, step ${j + 1}: months`);
      assert.ok(step.text.includes(want.steps[j].move.score.toFixed(1)), `route ${i + 1}, step ${j + 1}: score text`);
    });
    assert.ok(route.steps.some((step) => step.path.endsWith('-to-data-engineer')), `route ${i + 1} skips data engineering`);
    assert.ok(route.steps.at(-1).path.endsWith('-to-mlops-engineer'), `route ${i + 1} does not end in MLOps`);
  });

  const first = planner.locator('.route').first();
  await first.getByRole('button', { name: 'Learning plan' }).click();
  await first.locator('.learning-plan').waitFor();
  const paths = expected.routes[0].steps.map((step) => `path=${step.move.path}`).join('&');
  const plan = await api('GET', `/assessments/${id}/learning-plan?${paths}`);
  const stages = await first.locator('.stage').evaluateAll((sections) => sections.map((stage) => [...stage.querySelectorAll('tbody tr')]
    .map((row) => ({ skill: row.dataset.skill, scoreAfter: row.querySelector('.score-after').textContent }))));
  assert.deepEqual(stages, plan.stages.map((stage) => stage.steps.map((step) => ({
    skill: step.skill, scoreAfter: `${step.scoreAfter.toFixed(1)} (${step.scoreGain > 0 ? '+' : step.scoreGain < 0 ? '−' : '±'}`
      + `${step.scoreGain === 0 ? '0' : Math.abs(step.scoreGain).toFixed(1)})`,
  }))), 'the learning plan shown is not the API\'s');

  await planner.screenshot({ path: join(screenshotDir, 'route-planner.png') });
  page.assertNoTrouble();
}

/** Two or three skills raised, then one constraint changed: each time the table is the API's difference. */
async function asksWhatIf() {
  const { page, id } = journey;
  const whatIf = page.getByRole('region', { name: 'What if' });
  const raised = [['Containers and Kubernetes', 'containers-kubernetes', 4], ['Cloud infrastructure', 'cloud-infrastructure', 4],
    ['ML monitoring', 'ml-monitoring', 3]];
  for (const [i, [label, , level]] of raised.entries()) {
    await whatIf.getByLabel(`Skill ${i + 1}`, { exact: true }).selectOption({ label });
    const slider = whatIf.getByLabel(`Level of skill ${i + 1}`);
    await slider.press('Home');
    for (let step = 0; step < level; step++) {
      await slider.press('ArrowRight');
    }
  }
  const skills = Object.fromEntries(raised.map(([, slug, level]) => [slug, level]));
  const moved = await showWhatMoves(page, whatIf, id, { skills, constraints: { monthsToUpskill: 9, riskTolerance: 'medium' } });
  assert.ok(moved.some((path) => path.rankMove > 0), 'raising Kubernetes, cloud and monitoring moves nothing up');
  await whatIf.screenshot({ path: join(screenshotDir, 'what-if-skills.png') });

  for (let i = 1; i <= raised.length; i++) {
    await whatIf.getByLabel(`Skill ${i}`, { exact: true }).selectOption({ label: 'None' });
  }
  const months = whatIf.getByLabel('Months you would spend learning');
  await months.press('Home');
  await months.press('ArrowRight');
  const tighter = await showWhatMoves(page, whatIf, id, { skills: {}, constraints: { monthsToUpskill: 1, riskTolerance: 'medium' } });
  assert.ok(tighter.some((path) => path.rankMove !== 0), 'one month to learn instead of nine moves no rank');
  await whatIf.screenshot({ path: join(screenshotDir, 'what-if-constraint.png') });
  page.assertNoTrouble();
}

/** Clicks the button, waits for the page to show the answer to these changes, and checks it row by row. */
async function showWhatMoves(page, whatIf, id, changes) {
  const expected = await api('POST', `/assessments/${id}/what-if`, changes);
  const answered = page.waitForResponse((response) => response.url().endsWith('/what-if')
    && JSON.stringify(JSON.parse(response.request().postData())) === JSON.stringify(changes));
  await whatIf.getByRole('button', { name: 'Show what moves' }).click();
  assert.equal((await answered).status(), 200, 'the what-if was refused');
  const order = expected.paths.map((path) => path.path);
  await page.waitForFunction((paths) => JSON.stringify([...document.querySelectorAll('.what-if-paths tbody tr')]
    .map((row) => row.dataset.path)) === JSON.stringify(paths), order);
  const rows = await whatIf.locator('.what-if-paths tbody tr').evaluateAll((trs) => trs.map((row) => ({
    rankAfter: row.querySelector('.rank-after').textContent, rankMove: Number(row.dataset.rankMove),
    moveText: row.querySelector('.rank-move').textContent, score: row.querySelector('.score-after').textContent,
  })));
  rows.forEach((row, i) => {
    const want = expected.paths[i];
    assert.equal(row.rankAfter, String(want.rankAfter), `${want.path}: rank`);
    assert.equal(row.rankMove, want.rankMove, `${want.path}: rank move`);
    assert.ok(row.moveText.startsWith(String(want.rankBefore)), `${want.path}: the rank it had`);
    assert.ok(want.rankMove === 0 || row.moveText.includes(want.rankMove > 0 ? '▲' : '▼'), `${want.path}: no arrow`);
    assert.equal(row.score, want.scoreAfter.toFixed(1), `${want.path}: score`);
  });
  return expected.paths;
}

async function api(method, path, body) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  assert.equal(response.status, 200, `${method} ${path} answered ${response.status}`);
  return response.json();
}

/** The questions one must answer before the API takes the answers. */
async function answerRequired(page) {
  await page.getByLabel('Your current role').selectOption({ label: 'Data Scientist' });
  await page.getByLabel('Years of experience in that role').fill('3');
  await page.getByLabel('Months you are willing to spend learning').fill('9');
  const constraints = page.getByRole('region', { name: 'Your constraints' });
  for (const [question, answer] of [['Open to changing company', 'Yes'], ['Open to managing people', 'No'],
    ['How much risk can you take', 'Medium'], ['An internal move is available to you', 'Yes'],
    ['You may want to come back to data science later', 'Yes']]) {
    await constraints.getByRole('group', { name: question }).getByRole('radio', { name: answer, exact: true }).check();
  }
}

async function rate(region, label, level) {
  await region.getByRole('group', { name: label, exact: true })
    .getByRole('radio', { name: new RegExp(`^${level}\\b`) }).check();
}

/** What each recommendation card shows, read from its text and attributes. */
function readCards(results) {
  return results.locator('.recommendation').evaluateAll((cards) => cards.map((card) => ({
    title: card.querySelector('h3').textContent,
    score: Number(card.querySelector('[data-score]').dataset.score),
    scoreText: card.querySelector('.score-value').textContent,
    segments: [...card.querySelectorAll('svg rect[data-factor]')].map((rect) => ({
      factor: rect.dataset.factor, points: Number(rect.dataset.points), width: Number(rect.getAttribute('width')),
    })),
    factorText: [...card.querySelectorAll('.factor-values li')].map((li) => li.textContent),
    gaps: [...card.querySelectorAll('.gaps tbody th')].map((th) => th.textContent),
    nextSteps: [...card.querySelectorAll('.next-steps li')].map((li) => li.textContent),
    rationale: card.querySelector('.rationale').textContent,
  })));
}

function checkCard(card, expected) {
  const where = `option ${expected.rank} (${expected.targetTitle})`;
  assert.ok(card.title.endsWith(expected.targetTitle), `${where}: the title shown is "${card.title}"`);
  assert.equal(card.score, expected.score, `${where}: score`);
  assert.equal(card.scoreText, expected.score.toFixed(1), `${where}: score text`);
  assert.deepEqual(card.segments.map((s) => s.factor), expected.factors.map((f) => f.factor),
    `${where}: the bar needs one segment per factor`);
  assert.equal(new Set(card.segments.map((s) => s.factor)).size, card.segments.length, `${where}: a factor is drawn twice`);
  card.segments.forEach((segment, i) => {
    assert.equal(segment.points, expected.factors[i].points, `${where}: ${segment.factor} points`);
    assert.equal(segment.width, segment.points, `${where}: ${segment.factor} segment length`);
    assert.ok(card.factorText[i].includes(segment.points.toFixed(1)), `${where}: ${segment.factor} has no text value`);
  });
  const sum = card.segments.reduce((total, segment) => total + segment.points, 0);
  assert.ok(Math.abs(sum - card.score) < POINTS_TOLERANCE,
    `${where}: the segments add up to ${sum}, the score is ${card.score}`);
  assert.deepEqual(card.gaps, expected.skillGaps.map((gap) => gap.name), `${where}: skill gaps, in order`);
  assert.ok(card.nextSteps.length > 0, `${where}: no next steps shown`);
  assert.deepEqual(card.nextSteps, expected.nextSteps, `${where}: next steps`);
  assert.equal(card.rationale, expected.rationale, `${where}: rationale`);
}

async function apiAssessment(id) {
  const response = await fetch(`${baseUrl}/assessments/${id}?waitSeconds=20`, {
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
  });
  assert.equal(response.status, 200, `GET /assessments/${id} answered ${response.status}`);
  return response.json();
}

async function tokenProblem(url, screenshot) {
  const page = await openPage(url);
  await page.getByRole('button', { name: 'See my recommendations' }).click();
  const alert = page.getByRole('alert');
  await alert.getByText('Some answers are missing').waitFor();
  assert.ok(await alert.getByRole('link', { name: 'Your current role' }).isVisible(),
    'the missing-answers message does not name the current role');

  await answerRequired(page);
  await page.getByRole('button', { name: 'See my recommendations' }).click();
  await alert.getByRole('heading', { name: 'Unauthorized (401)' }).waitFor();
  assert.ok((await alert.textContent()).includes('A valid bearer token is required'),
    'the problem detail from the API is not shown');
  assert.ok(await page.getByLabel('Bearer token from your organisation').isVisible(),
    'after a 401 the page does not offer the token field');
  await page.screenshot({ path: join(screenshotDir, screenshot) });
  page.assertNoTrouble();
  await page.close();
}
