// What the questionnaire page and the insights page share: the token field, a labelled drop-down, and a panel
// filled from an API call.
import * as api from './api.js';
import { h } from './dom.js';

/**
 * Wires the page's token field (#access, #token-form, #token): open while there is no token, closed once one
 * is given, then onToken.
 */
export function setUpTokenForm(onToken) {
  const access = document.getElementById('access');
  const field = document.getElementById('token');
  access.open = !api.token();
  document.getElementById('token-form').addEventListener('submit', (event) => {
    event.preventDefault();
    api.setToken(field.value);
    field.value = '';
    access.open = !api.token();
    onToken();
  });
}

/** A labelled drop-down of [value, text] options. */
export function select(id, label, options, value = '') {
  return h('div', { class: 'control' },
    h('label', { for: id }, label),
    h('select', { id, name: id }, options.map(([optionValue, text]) =>
      h('option', { value: optionValue, selected: optionValue === value }, text))));
}

export function problemBox(error) {
  const problem = error instanceof api.ProblemError ? error.problem : { title: 'Something went wrong', detail: error.message };
  return h('div', { class: 'problem small', role: 'alert' },
    h('strong', {}, problem.title), problem.status && h('span', { class: 'problem-status' }, ` (${problem.status})`),
    problem.detail && h('p', {}, problem.detail),
    problem.errors && h('ul', {}, problem.errors.map((e) => h('li', {}, h('code', {}, e.field), `: ${e.message}`))));
}

/** Shows a loading line in the output, then what render makes of load's answer, or the problem. */
export async function fill(output, loading, load, render) {
  output.replaceChildren(h('p', { class: 'status loading', role: 'status' }, loading));
  try {
    output.replaceChildren(...render(await load()));
  } catch (error) {
    output.replaceChildren(problemBox(error));
  }
}
