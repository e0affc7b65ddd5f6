// The HR analyst's dashboard: what the tenant's people were advised, k-anonymously, and how the advice fared
// against the moves they made.
import * as api from '../api.js';
import { h, humanise, points } from '../dom.js';
import { fill, select, setUpTokenForm } from '../panels.js';
import { barChart, histogram, peopleCount } from './charts.js';

// The API's score bands: 0-10, 10-20, ... 90-100.
const SCORE_BANDS = 10;
const BAND_POINTS = 10;

const insight = document.getElementById('insight');
let names;
let filters;

api.adoptTokenFromFragment();
setUpTokenForm(() => filters && showInsight());
await fill(insight, 'Loading…', api.getQuestionnaire, (questionnaire) => {
  names = namesIn(questionnaire);
  filters = filterForm();
  document.getElementById('filters').replaceChildren(filters);
  return [];
});
if (filters) {
  showInsight();
}

/** Role titles and skill names by slug, from the questionnaire: its current roles are all those with a way out. */
function namesIn(questionnaire) {
  const questions = questionnaire.sections.flatMap((section) => section.questions);
  return {
    roles: new Map(questions.find((question) => question.id === 'currentRole').choices
      .map((choice) => [choice.value, choice.label])),
    skills: new Map(questions.filter((question) => question.id.startsWith('skills/'))
      .map((question) => [question.id.replace(/^skills\//, ''), question.label])),
  };
}

function nameOf(known, slug) {
  return known.get(slug) || humanise(slug);
}

function filterForm() {
  const form = h('form', { class: 'filters', 'aria-label': 'Whom to count' },
    dateControl('window-from', 'From'),
    dateControl('window-to', 'Until (not included)'),
    select('current-role', 'Current role when assessed', [['', 'Every current role'], ...names.roles]),
    h('button', { type: 'submit' }, 'Show'),
    h('p', { class: 'hint' }, 'Without dates, the last 52 weeks. Dates widen to whole weeks, Monday to Monday (UTC).'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    showInsight();
  });
  return form;
}

function dateControl(id, label) {
  return h('div', { class: 'control' }, h('label', { for: id }, label), h('input', { type: 'date', id, name: id }));
}

/** A date field's day as the instant it starts in UTC, the zone of the API's weeks; no day, no instant. */
function startOfDay(date) {
  return date && `${date}T00:00:00Z`;
}

function showInsight() {
  const window = {
    from: startOfDay(filters.elements['window-from'].value),
    to: startOfDay(filters.elements['window-to'].value),
  };
  const currentRole = filters.elements['current-role'].value;
  fill(insight, 'Counting…',
    () => Promise.all([api.getCohortInsight({ ...window, currentRole }), api.getEvaluation(window)]),
    ([cohort, evaluation]) => [cohortSection(cohort), evaluationSection(evaluation)]);
}

function day(instant) {
  return new Date(instant).toLocaleDateString('en-GB',
    { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

function weeks(report) {
  return `the weeks from ${day(report.from)} until ${day(report.to)} (UTC)`;
}

function cohortSection(cohort) {
  const who = cohort.currentRole ? ` who were ${nameOf(names.roles, cohort.currentRole)}` : '';
  return h('section', { class: 'cohort', 'aria-labelledby': 'cohort-title' },
    h('h2', { id: 'cohort-title' }, 'What your people were advised'),
    h('p', { class: 'section-description' },
      `People${who} whose answers were scored in ${weeks(cohort)}. A group is a week and a current role;`
      + ` one of fewer than ${cohort.minimumBucket} people counts as none, here and in every figure below.`),
    cohort.people === 0
      ? h('p', { class: 'empty' }, `No one to show: no group of ${cohort.minimumBucket} or more people.`)
      : [
        h('dl', { class: 'figures' },
          figure('people', 'People', String(cohort.people)),
          internalMove('internal-move-available', 'Internal move available', cohort.internalMove.available, cohort),
          internalMove('internal-move-unavailable', 'No internal move', cohort.internalMove.unavailable, cohort)),
        h('div', { class: 'charts' },
          movesChart('top-options', 'Top-ranked way forward', cohort.topOptions, humanise, cohort),
          movesChart('top-target-roles', 'Role of the top recommendation', cohort.topTargetRoles,
            (slug) => nameOf(names.roles, slug), cohort),
          skillGapsChart(cohort),
          scoreHistogram(cohort)),
      ]);
}

function figure(key, label, value, suppressed = false) {
  return h('div', { class: suppressed ? 'figure suppressed' : 'figure', 'data-figure': key },
    h('dt', {}, label), h('dd', {}, value));
}

/** Either side of the answer is left out when a group has 1 to minimum - 1 people on it. */
function internalMove(key, label, people, cohort) {
  return people === undefined
    ? figure(key, label, `fewer than ${cohort.minimumBucket}`, true)
    : figure(key, label, String(people));
}

function unshown(cohort, buckets) {
  return cohort.people - buckets.reduce((sum, bucket) => sum + bucket.people, 0);
}

/** The buckets shown, then the people of the groups too small to show, as one outlined bar. */
function movesChart(id, title, buckets, nameOfKey, cohort) {
  const rest = unshown(cohort, buckets);
  const rows = buckets.map((bucket) => ({ key: bucket.key, label: nameOfKey(bucket.key), people: bucket.people }));
  if (rest > 0) {
    rows.push({ key: '', label: `Others, in groups of fewer than ${cohort.minimumBucket}`, people: rest, suppressed: true });
  }
  return barChart(id, title, rows);
}

function skillGapsChart(cohort) {
  return barChart('skill-gaps', 'Commonest skill gaps of the top recommendation',
    cohort.skillGaps.map((gap) => ({
      key: gap.skill, label: nameOf(names.skills, gap.skill), people: gap.people,
      detail: `+${points(gap.meanScoreGain)} points if closed`,
    })),
    `A gap is left out of a group when fewer than ${cohort.minimumBucket} of its people lack it, or fewer than`
    + ` ${cohort.minimumBucket} do not. The points are what closing the gap adds to the score, on average.`);
}

function scoreHistogram(cohort) {
  const shown = new Map(cohort.scoreDistribution.map((band) => [band.from, band.people]));
  const bands = Array.from({ length: SCORE_BANDS }, (_, i) => {
    const from = i * BAND_POINTS;
    return { key: from, label: `${from}–${from + BAND_POINTS}`, people: shown.get(from) };
  });
  const rest = unshown(cohort, cohort.scoreDistribution);
  return histogram('score-distribution', 'Score of the top recommendation', bands, cohort.minimumBucket,
    `<${cohort.minimumBucket}: fewer than ${cohort.minimumBucket} people in each group, or none.`
    + (rest > 0 ? ` ${peopleCount(rest)} in all fall in such bands.` : ''));
}

function percent(share) {
  return `${Math.round(share * 100)}%`;
}

function evaluationSection(evaluation) {
  const { overall } = evaluation;
  return h('section', { class: 'evaluation', 'aria-labelledby': 'evaluation-title' },
    h('h2', { id: 'evaluation-title' }, 'The advice against the moves people made'),
    h('p', { class: 'section-description' },
      `Outcomes reported in ${weeks(evaluation)}: ${evaluation.outcomes}, of which ${evaluation.stayed} stayed`
      + ` and ${evaluation.unscored} moved without a result to measure against.`),
    overall.moves === 0
      ? h('p', { class: 'empty' }, 'No move to measure the advice against.')
      : h('dl', { class: 'figures' },
        figure('moves', 'Moves measured', String(overall.moves)),
        figure('hit-at-1', 'To the first recommendation (hit@1)', percent(overall.hitAt1)),
        figure('hit-at-3', 'To one of the first three (hit@3)', percent(overall.hitAt3)),
        figure('mean-reciprocal-rank', 'Mean reciprocal rank', overall.meanReciprocalRank.toFixed(2))));
}
