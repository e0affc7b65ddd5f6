// The page's flow: token, questionnaire, submission, long poll, result, then routes and what-ifs.
import * as api from './api.js';
import { h } from './dom.js';
import { collectAnswers, markInvalid, questionElementId, renderQuestionnaire } from './form.js';
import { renderJourneys } from './journeys.js';
import { setUpTokenForm } from './panels.js';
import { renderResult } from './results.js';

const $ = (id) => document.getElementById(id);
const form = $('questionnaire');
const submitButton = $('submit');
const results = $('results');
let questionnaire;

api.adoptTokenFromFragment();
setUpTokenForm(() => {
  hideProblem();
  submitButton.focus();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  submit();
});
loadQuestionnaire();

async function loadQuestionnaire() {
  try {
    questionnaire = await api.getQuestionnaire();
    $('sections').replaceChildren(...renderQuestionnaire(questionnaire));
    $('questionnaire-status').textContent = '';
    form.hidden = false;
  } catch (error) {
    $('questionnaire-status').textContent = '';
    showProblem(problemOf(error));
  }
}

async function submit() {
  hideProblem();
  const { answers, missing } = collectAnswers(questionnaire, form);
  markInvalid(form, missing.map((question) => question.id));
  if (missing.length > 0) {
    showProblem({
      title: 'Some answers are missing',
      detail: 'Please answer these questions, then submit again.',
      errors: missing.map((question) => ({ field: `body.${question.id.replace(/\//g, '.')}`, message: 'needs an answer' })),
    });
    return;
  }
  setBusy(true, 'Sending your answers…');
  try {
    const accepted = await api.submitAnswers(answers);
    setBusy(true, 'Scoring your answers; this takes a few seconds…');
    const assessment = await api.awaitResult(accepted.id);
    if (assessment.status === 'FAILED') {
      throw new api.ProblemError({ title: 'Your answers could not be scored', detail: assessment.failure });
    }
    showResult(assessment.result);
    $('journeys').replaceChildren(...renderJourneys({ assessmentId: assessment.id, answers, questionnaire, result: assessment.result }));
    $('journeys').hidden = false;
  } catch (error) {
    results.hidden = true;
    $('journeys').hidden = true;
    const problem = problemOf(error);
    markInvalid(form, (problem.errors || []).map((error) => pointerOf(error.field)));
    if (problem.status === 401) {
      $('access').open = true;
    }
    showProblem(problem);
  } finally {
    setBusy(false, '');
  }
}

function setBusy(busy, message) {
  submitButton.disabled = busy;
  results.setAttribute('aria-busy', String(busy));
  $('results-status').textContent = message;
  $('results-status').classList.toggle('loading', busy);
  if (busy) {
    results.hidden = false;
    $('results-body').replaceChildren();
  }
}

function showResult(result) {
  const change = h('button', { type: 'button', class: 'secondary' }, 'Change my answers');
  change.addEventListener('click', () => {
    results.hidden = true;
    $('journeys').hidden = true;
    form.hidden = false;
    form.querySelector('input, select').focus();
  });
  $('results-body').replaceChildren(change, ...renderResult(result));
  form.hidden = true;
  results.hidden = false;
  $('results-title').focus();
}

function problemOf(error) {
  if (error instanceof api.ProblemError) {
    return error.problem;
  }
  return { title: 'Something went wrong in this page', detail: error.message };
}

/** body.constraints.monthsToUpskill -> constraints/monthsToUpskill, the question's pointer. */
function pointerOf(field) {
  return field.replace(/^body\./, '').replace(/\./g, '/');
}

/** Shows an RFC 9457 problem: title, detail and each bad field, linked to its question. */
function showProblem(problem) {
  const labels = new Map((questionnaire ? questionnaire.sections : [])
    .flatMap((section) => section.questions).map((question) => [question.id, question.label]));
  const box = $('problem');
  box.replaceChildren(h('div', {},
    h('h2', {}, problem.title, problem.status && h('span', { class: 'problem-status' }, ` (${problem.status})`)),
    problem.detail && h('p', {}, problem.detail),
    problem.status === 401 && h('p', {}, 'Check the access token above: it may be missing or expired.'),
    problem.errors && problem.errors.length > 0 && h('ul', {}, problem.errors.map((error) => {
      const pointer = pointerOf(error.field);
      const label = labels.get(pointer);
      return h('li', {},
        label ? h('a', { href: `#${questionElementId(pointer)}` }, label) : h('code', {}, error.field),
        `: ${error.message}`);
    }))));
  box.hidden = false;
  box.focus();
}

function hideProblem() {
  $('problem').hidden = true;
}
