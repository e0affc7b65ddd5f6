// Shows a scored result: ranked recommendations, each score split into its factors.
import { h, humanise, points, svg } from './dom.js';

const FACTORS = [
  { id: 'skill-fit', label: 'Skill fit', meaning: 'the skills you have against what the role needs' },
  { id: 'interest-fit', label: 'Interest fit', meaning: 'what you enjoy against what the role does' },
  { id: 'motivation-fit', label: 'Motivation fit', meaning: 'what troubles you that it relieves, what matters to you that it offers' },
  { id: 'feasibility', label: 'Feasibility', meaning: 'effort and risk against your time and tolerance' },
];
const MAX_SCORE = 100;
const OPEN_PLANS = 3;

function factorLabel(id) {
  return (FACTORS.find((factor) => factor.id === id) || { label: humanise(id) }).label;
}

export function renderResult(result) {
  return [
    overview(result),
    legend(),
    h('ol', { class: 'recommendations' }, result.recommendations.map(recommendation)),
    h('p', { class: 'provenance' },
      `Scoring model ${result.modelVersion}, catalogue version ${result.catalogVersion}.`),
  ];
}

/** The ways forward ranked by their best path: the short answer before the detail. */
function overview(result) {
  if (!result.options.length) {
    return h('p', {}, 'No path out of your current role could be scored.');
  }
  const titleOf = (path) => (result.recommendations.find((r) => r.path === path) || {}).targetTitle;
  return h('section', { class: 'overview', 'aria-labelledby': 'overview-title' },
    h('h3', { id: 'overview-title' }, 'Ways forward, best first'),
    h('ol', { class: 'ranking' }, result.options.map((option) => h('li', {},
      h('span', { class: 'option-name' }, humanise(option.option)),
      titleOf(option.bestPath) && h('span', { class: 'option-best' }, ` as ${titleOf(option.bestPath)}`),
      h('span', { class: 'option-score' }, points(option.bestScore))))));
}

function legend() {
  return h('section', { class: 'legend', 'aria-labelledby': 'legend-title' },
    h('h3', { id: 'legend-title' }, 'How each score is made'),
    h('ul', {}, FACTORS.map((factor) => h('li', {},
      h('span', { class: `swatch factor-${factor.id}`, 'aria-hidden': 'true' }),
      h('strong', {}, factor.label), `: ${factor.meaning}`))));
}

function recommendation(item) {
  return h('li', { class: 'recommendation', 'data-path': item.path },
    h('div', { class: 'rec-head' },
      h('span', { class: 'rank', 'aria-hidden': 'true' }, String(item.rank)),
      h('div', { class: 'rec-title' },
        h('h3', {},
          h('span', { class: 'visually-hidden' }, `Option ${item.rank}: `), item.targetTitle),
        h('p', { class: 'rec-option' }, humanise(item.option))),
      h('p', { class: 'score', 'data-score': item.score },
        h('span', { class: 'score-value' }, points(item.score)),
        h('span', { class: 'score-max' }, ` / ${MAX_SCORE}`),
        h('span', { class: 'visually-hidden' }, ' points'))),
    scoreBar(item),
    h('p', { class: 'rationale' }, item.rationale),
    // The leading options open with their plan; the others keep the list short until asked.
    h('details', { class: 'plan', open: item.rank <= OPEN_PLANS },
      h('summary', {}, 'Skills to build and next steps'),
      h('div', { class: 'rec-columns' }, skillGaps(item), nextSteps(item)),
      item.transferableSkills.length > 0 && h('p', { class: 'transferable' },
        h('strong', {}, 'Carries over: '), item.transferableSkills.join(', '))),
    reasons(item));
}

/** A horizontal bar as long as the score, one segment per factor; the numbers also as text. */
function scoreBar(item) {
  let x = 0;
  const segments = item.factors.map((factor) => {
    const segment = svg('rect', {
      class: `segment factor-${factor.factor}`, x, y: 0, width: factor.points, height: 10,
      'data-factor': factor.factor, 'data-points': factor.points,
    }, svg('title', {}, `${factorLabel(factor.factor)}: ${points(factor.points)} of ${points(factor.weight)} points`));
    x += factor.points;
    return segment;
  });
  return h('div', { class: 'bar' },
    svg('svg', {
      class: 'bar-chart', viewBox: `0 0 ${MAX_SCORE} 10`, preserveAspectRatio: 'none', 'aria-hidden': 'true',
    }, svg('rect', { class: 'track', x: 0, y: 0, width: MAX_SCORE, height: 10 }), segments),
    h('ul', { class: 'factor-values' }, item.factors.map((factor) => h('li', {},
      h('span', { class: `swatch factor-${factor.factor}`, 'aria-hidden': 'true' }),
      `${factorLabel(factor.factor)} `,
      h('span', { class: 'factor-points' }, points(factor.points)),
      h('span', { class: 'factor-weight' }, ` of ${points(factor.weight)}`)))));
}

function skillGaps(item) {
  const body = item.skillGaps.length === 0
    ? h('p', {}, 'None: you already have what this role asks for.')
    : h('table', { class: 'gaps' },
      h('caption', { class: 'visually-hidden' }, `Skill gaps for ${item.targetTitle}, biggest gain first`),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Skill'),
        h('th', { scope: 'col' }, 'You'),
        h('th', { scope: 'col' }, 'Needed'),
        h('th', { scope: 'col' }, 'Gain'),
        h('th', { scope: 'col' }, 'Months'))),
      h('tbody', {}, item.skillGaps.map((gap) => h('tr', { 'data-skill': gap.skill },
        h('th', { scope: 'row' }, gap.name),
        h('td', {}, String(gap.currentLevel)),
        h('td', {}, String(gap.requiredLevel)),
        h('td', {}, `+${points(gap.scoreGain)}`),
        h('td', {}, points(gap.monthsToClose))))));
  const names = new Map(item.skillGaps.map((gap) => [gap.skill, gap.name]));
  return h('section', { class: 'skill-gaps', 'aria-label': `Skill gaps for ${item.targetTitle}` },
    h('h4', {}, 'Skills to build'),
    body,
    item.learnFirst.length > 0 && h('p', { class: 'learn-first' },
      h('strong', {}, 'Quickest wins: '), item.learnFirst.map((slug) => names.get(slug) || humanise(slug)).join(', ')));
}

function nextSteps(item) {
  return h('section', { class: 'next-steps', 'aria-label': `Next steps for ${item.targetTitle}` },
    h('h4', {}, 'Next steps'),
    h('ol', {}, item.nextSteps.map((step) => h('li', {}, step))));
}

function reasons(item) {
  return h('details', { class: 'reasons' },
    h('summary', {}, 'Why this score'),
    item.factors.map((factor) => h('div', { class: 'reason-group' },
      h('h5', {}, h('span', { class: `swatch factor-${factor.factor}`, 'aria-hidden': 'true' }),
        `${factorLabel(factor.factor)}: ${points(factor.points)} of ${points(factor.weight)} points`),
      factor.reasons.length === 0
        ? h('p', {}, 'No single answer stood out.')
        : h('ul', {}, factor.reasons.map((reason) => h('li', {},
          h('span', { class: reason.points < 0 ? 'delta minus' : 'delta plus' },
            `${reason.points < 0 ? '−' : '+'}${points(Math.abs(reason.points))}`),
          ` ${reason.text}`))))));
}
