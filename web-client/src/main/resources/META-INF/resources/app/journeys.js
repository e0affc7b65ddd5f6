// Beyond one move: the route planner, the what-if control and learning plans, for a scored assessment.
import * as api from './api.js';
import { h, humanise, points } from './dom.js';
import { fill, problemBox, select } from './panels.js';

const MAX_SKILL_CHANGES = 3;
const DEFAULT_STEPS = 2;
const RESCORE_DELAY_MS = 250;

function months(value) {
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${value === 1 ? 'month' : 'months'}`;
}

function signed(value, digits = 1) {
  const text = Math.abs(value).toFixed(digits);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : '±0';
}

/**
 * @param context assessment id, the answers sent, the questionnaire (roles and skills to offer) and the result
 */
export function renderJourneys(context) {
  return [routePlanner(context), whatIfControl(context)];
}

/** The roles one can aim for: every starting role of the questionnaire and every direct move's target. */
function roleChoices({ questionnaire, result }) {
  const roles = new Map(questionnaire.sections.flatMap((section) => section.questions)
    .find((question) => question.id === 'currentRole').choices.map((choice) => [choice.value, choice.label]));
  result.recommendations.forEach((r) => roles.set(r.targetRole, r.targetTitle));
  return [...roles].sort((a, b) => a[1].localeCompare(b[1]));
}

function journeySection(id, title, description, ...content) {
  return h('section', { class: 'journey', id, 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title` }, title),
    h('p', { class: 'section-description' }, description),
    ...content);
}

function routePlanner(context) {
  const roles = roleChoices(context);
  const output = h('div', { class: 'routes-output', 'aria-live': 'polite' });
  const form = h('form', { class: 'journey-form' },
    select('route-to', 'Aim for', [['', 'Any role'], ...roles]),
    select('route-via', 'By way of', [['', 'No particular role'], ...roles]),
    select('route-steps', 'At most', [1, 2, 3].map((n) => [String(n), n === 1 ? '1 move' : `${n} moves`]),
      String(DEFAULT_STEPS)),
    h('button', { type: 'submit' }, 'Plan routes'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    fill(output, 'Planning routes…', () => api.planRoutes(context.assessmentId, {
      to: form.elements['route-to'].value, via: form.elements['route-via'].value,
      maxSteps: Number(form.elements['route-steps'].value),
    }), (plan) => routes(plan, context));
  });
  return journeySection('route-planner', 'Plan a route',
    'Several moves in a row, each scored for you as you will be then, with the skills the earlier moves taught.',
    form, output);
}

function routes(plan, context) {
  if (plan.routes.length === 0) {
    return [h('p', { class: 'empty' }, 'No route reaches that in so few moves. Allow more moves, or aim elsewhere.')];
  }
  return [
    h('ol', { class: 'routes' }, plan.routes.map((route) => routeCard(route, context))),
    h('p', { class: 'provenance' }, plan.rule, ' ',
      `Searched ${plan.search.expansions} roles${plan.search.exhaustive ? ', every route considered' : ''}.`),
  ];
}

function routeCard(route, context) {
  const plan = h('div', { class: 'learning-plan-output', 'aria-live': 'polite' });
  const show = h('button', { type: 'button', class: 'secondary' }, 'Learning plan');
  show.addEventListener('click', () => fill(plan, 'Ordering what to learn…',
    () => api.learningPlan(context.assessmentId, route.steps.map((step) => step.move.path)),
    (learning) => [learningPlan(learning)]));
  const destination = route.steps[route.steps.length - 1].move.targetTitle;
  return h('li', { class: 'route', 'data-route': route.rank },
    h('div', { class: 'route-head' },
      h('span', { class: 'rank', 'aria-hidden': 'true' }, String(route.rank)),
      h('h3', {}, h('span', { class: 'visually-hidden' }, `Route ${route.rank}: `), `To ${destination}`),
      h('p', { class: 'score', 'data-score': route.score },
        h('span', { class: 'score-value' }, points(route.score)), h('span', { class: 'score-max' }, ' route score'))),
    h('p', { class: 'route-sum' },
      `Steps average ${points(route.meanStepScore)}, less ${points(route.monthsPenalty)} for ${months(route.months)}`
      + ` (the moves' typical effort, learning on the job) and ${points(route.riskPenalty)} for risk.`),
    h('ol', { class: 'route-steps' }, route.steps.map((step) => h('li', {
      class: 'route-step', 'data-path': step.move.path, 'data-score': step.move.score, 'data-months': step.months,
    },
    h('p', { class: 'step-move' }, h('span', { class: 'step-title' }, step.move.targetTitle),
      h('span', { class: 'step-option' }, humanise(step.move.option))),
    h('p', { class: 'step-figures' },
      h('span', { class: 'step-score' }, `${points(step.move.score)} points`),
      h('span', { class: 'step-months' }, months(step.months)),
      h('span', { class: `risk risk-${step.risk}` }, `${step.risk} risk`)),
    step.move.skillGaps.length > 0 && h('p', { class: 'step-gaps' },
      h('strong', {}, 'Learn: '), step.move.skillGaps.map((gap) => gap.name).join(', ')),
    step.carriesOver.length > 0 && h('p', { class: 'step-carries' },
      h('strong', {}, 'Carries on: '), step.carriesOver.map((skill) => `${skill.name} ${skill.level}/5`).join(', '))))),
    show, plan);
}

function learningPlan(plan) {
  return h('div', { class: 'learning-plan' },
    h('h4', {}, `Learning plan: ${months(plan.months)} to meet every requirement in full`),
    h('p', { class: 'section-description' },
      'Each next skill is the one that adds most to the move\'s score per month, given what you learnt before it.'),
    plan.stages.map((stage) => h('section', { class: 'stage', 'data-path': stage.path },
      h('h5', {}, `For ${stage.targetTitle}: from ${points(stage.scoreBefore)} to ${points(stage.scoreAfter)} points`),
      stage.steps.length === 0
        ? h('p', {}, 'Nothing to learn: you meet every requirement by then.')
        : h('table', { class: 'plan-steps' },
          h('thead', {}, h('tr', {},
            h('th', { scope: 'col' }, 'Learn'), h('th', { scope: 'col' }, 'Level'), h('th', { scope: 'col' }, 'Months'),
            h('th', { scope: 'col' }, 'Months so far'), h('th', { scope: 'col' }, 'Score after'))),
          h('tbody', {}, stage.steps.map((step) => h('tr', { 'data-skill': step.skill },
            h('th', { scope: 'row' }, step.name),
            h('td', {}, `${step.fromLevel} → ${step.toLevel}`),
            h('td', {}, points(step.months)),
            h('td', {}, points(step.totalMonths)),
            h('td', { class: 'score-after' }, `${points(step.scoreAfter)} (${signed(step.scoreGain)})`))))),
      stage.nextSteps.length > 0 && h('div', { class: 'stage-next' }, h('strong', {}, 'Next steps'),
        h('ul', {}, stage.nextSteps.map((step) => h('li', {}, step)))))));
}

/** Raise two or three skills, or change a constraint, and see the ranks move. */
function whatIfControl(context) {
  const skills = context.questionnaire.sections.find((section) => section.id === 'skills').questions
    .map((question) => [question.id.replace(/^skills\//, ''), question.label]);
  const have = (slug) => context.answers.skills[slug] ?? 0;
  const labels = new Map([...skills.map(([slug, label]) => [`skills/${slug}`, label]),
    ['constraints/monthsToUpskill', 'months you would spend learning'], ['constraints/riskTolerance', 'the risk you can take']]);
  const output = h('div', { class: 'what-if-output', 'aria-live': 'polite' });
  const skillRows = [];
  for (let i = 1; i <= MAX_SKILL_CHANGES; i++) {
    const level = h('input', { type: 'range', id: `what-if-level-${i}`, min: 0, max: 5, step: 1, value: 0 });
    const shown = h('output', { for: `what-if-level-${i}` }, '0');
    const skill = select(`what-if-skill-${i}`, `Skill ${i}`, [['', 'None'], ...skills]);
    skill.querySelector('select').addEventListener('change', (event) => {
      level.value = String(have(event.target.value));
      shown.textContent = level.value;
    });
    level.addEventListener('input', () => {
      shown.textContent = level.value;
    });
    skillRows.push(h('div', { class: 'what-if-skill' }, skill,
      h('div', { class: 'control' }, h('label', { for: `what-if-level-${i}` }, `Level of skill ${i}`), level, shown)));
  }
  const monthsAnswer = context.answers.constraints.monthsToUpskill;
  const monthsInput = h('input', { type: 'range', id: 'what-if-months', min: 0, max: 60, step: 1, value: monthsAnswer });
  const monthsShown = h('output', { for: 'what-if-months' }, String(monthsAnswer));
  monthsInput.addEventListener('input', () => {
    monthsShown.textContent = monthsInput.value;
  });
  const risk = select('what-if-risk', 'Risk you can take',
    ['low', 'medium', 'high'].map((value) => [value, humanise(value)]), context.answers.constraints.riskTolerance);
  const form = h('form', { class: 'journey-form what-if-form' },
    h('fieldset', {}, h('legend', {}, 'Raise two or three skills'), skillRows),
    h('fieldset', {}, h('legend', {}, 'Or change a constraint'),
      h('div', { class: 'control' }, h('label', { for: 'what-if-months' }, 'Months you would spend learning'),
        monthsInput, monthsShown),
      risk),
    h('button', { type: 'submit' }, 'Show what moves'));

  const changes = () => {
    const raised = {};
    for (let i = 1; i <= MAX_SKILL_CHANGES; i++) {
      const slug = form.elements[`what-if-skill-${i}`].value;
      if (slug) raised[slug] = Number(form.elements[`what-if-level-${i}`].value);
    }
    return {
      skills: raised,
      constraints: {
        monthsToUpskill: Number(monthsInput.value),
        riskTolerance: form.elements['what-if-risk'].value,
      },
    };
  };
  let pending;
  let latest = 0;
  const rescore = async () => {
    const request = ++latest;
    try {
      const result = await api.whatIf(context.assessmentId, changes());
      if (request === latest) output.replaceChildren(...whatIfResult(result, labels));
    } catch (error) {
      if (request === latest) output.replaceChildren(problemBox(error));
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(pending);
    rescore();
  });
  // Like a slider should: moving a control re-scores once it rests.
  form.addEventListener('change', () => {
    clearTimeout(pending);
    pending = setTimeout(rescore, RESCORE_DELAY_MS);
  });
  return journeySection('what-if', 'What if',
    'Try learning a few skills, or giving it more time, and see how your options move. Nothing is saved.',
    form, output);
}

function whatIfResult(result, labels) {
  if (result.changes.length === 0) {
    return [h('p', { class: 'empty' }, 'Nothing changed yet: pick a skill and raise it, or move a constraint.')];
  }
  return [
    h('p', { class: 'what-if-changes' }, h('strong', {}, 'If '),
      result.changes.map((change) => `${labels.get(change.answer) || change.answer} went from ${change.before} to ${change.after}`)
        .join(', ')),
    h('table', { class: 'what-if-paths' },
      h('caption', { class: 'visually-hidden' }, 'Every way forward, in its new order'),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Rank'), h('th', { scope: 'col' }, 'Move'), h('th', { scope: 'col' }, 'Was'),
        h('th', { scope: 'col' }, 'Score'), h('th', { scope: 'col' }, 'Change'), h('th', { scope: 'col' }, 'By factor'))),
      h('tbody', {}, result.paths.map((path) => h('tr', {
        'data-path': path.path, 'data-rank-move': path.rankMove,
        class: path.rankMove > 0 ? 'moved-up' : path.rankMove < 0 ? 'moved-down' : '',
      },
      h('td', { class: 'rank-after' }, String(path.rankAfter)),
      h('th', { scope: 'row' }, path.targetTitle, h('small', {}, ` ${humanise(path.option)}`)),
      h('td', { class: 'rank-move' }, path.rankMove === 0 ? `${path.rankBefore} (=)`
        : `${path.rankBefore} (${path.rankMove > 0 ? '▲' : '▼'}${Math.abs(path.rankMove)})`),
      h('td', { class: 'score-after' }, points(path.scoreAfter)),
      h('td', { class: 'score-change' }, signed(path.scoreChange)),
      h('td', { class: 'factor-changes' }, path.factors.filter((factor) => factor.change !== 0)
        .map((factor) => `${humanise(factor.factor)} ${signed(factor.change)}`).join(', ') || '—'))))),
    h('p', { class: 'provenance' },
      `Scoring model ${result.modelVersion}, catalogue version ${result.catalogVersion}, as your stored result.`),
  ];
}
