// Talks to the assessment API of the service that serves the pages (this module lives at <api>/app/api.js).

const API_ROOT = new URL('../', import.meta.url);
const TOKEN_KEY = 'pathfinder.token';
const LONG_POLL_SECONDS = 20;

/** A failed call, carrying the RFC 9457 problem document the API answered with (or one made up for it). */
export class ProblemError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title);
    this.problem = problem;
  }
}

/**
 * Takes a token handed over in the URL fragment (#token=...), which browsers never send to a server,
 * keeps it for this tab and removes it from the address bar and history.
 */
export function adoptTokenFromFragment() {
  const params = new URLSearchParams(location.hash.slice(1));
  const token = params.get('token');
  if (token) {
    setToken(token);
    params.delete('token');
    const rest = params.toString();
    history.replaceState(null, '', location.pathname + location.search + (rest ? '#' + rest : ''));
  }
}

export function token() {
  return sessionStorage.getItem(TOKEN_KEY) || '';
}

export function setToken(value) {
  if (value) {
    sessionStorage.setItem(TOKEN_KEY, value.trim());
  } else {
    sessionStorage.removeItem(TOKEN_KEY);
  }
}

/**
 * The questionnaire of the token's tenant, which may be advised from a catalogue of its own. A token the API
 * refuses still gets the public questionnaire, so the person sees the form and, on submitting, the problem.
 */
export async function getQuestionnaire() {
  try {
    return await call('GET', 'questionnaire');
  } catch (error) {
    if (token() && error.problem && error.problem.status === 401) {
      return call('GET', 'questionnaire', undefined, false);
    }
    throw error;
  }
}

export function submitAnswers(answers) {
  return call('POST', 'assessments', answers);
}

/** Long-polls until the assessment is no longer PENDING. */
export async function awaitResult(id) {
  for (;;) {
    const assessment = await call('GET', `assessments/${encodeURIComponent(id)}?waitSeconds=${LONG_POLL_SECONDS}`);
    if (assessment.status !== 'PENDING') {
      return assessment;
    }
  }
}

/** Routes of up to maxSteps moves from the assessment's current role; to and via are role slugs or empty. */
export function planRoutes(id, { to, via, maxSteps }) {
  const query = new URLSearchParams({ maxSteps: String(maxSteps), limit: '5' });
  if (to) query.set('to', to);
  if (via) query.set('via', via);
  return call('GET', `assessments/${encodeURIComponent(id)}/routes?${query}`);
}

/** The assessment re-scored with some answers changed, as a difference; nothing is stored. */
export function whatIf(id, changes) {
  return call('POST', `assessments/${encodeURIComponent(id)}/what-if`, changes);
}

export function learningPlan(id, paths) {
  const query = new URLSearchParams(paths.map((path) => ['path', path]));
  return call('GET', `assessments/${encodeURIComponent(id)}/learning-plan?${query}`);
}

/** What the tenant's people were advised, k-anonymously: from and to are instants, currentRole a slug, each optional. */
export function getCohortInsight({ from, to, currentRole }) {
  return call('GET', `insights/cohort?${queryOf({ from, to, currentRole })}`);
}

/** The model measured on the tenant's recorded outcomes: from and to are instants, each optional. */
export function getEvaluation({ from, to }) {
  return call('GET', `insights/evaluation?${queryOf({ from, to })}`);
}

/** The parameters that have a value. */
function queryOf(parameters) {
  return new URLSearchParams(Object.entries(parameters).filter(([, value]) => value));
}

async function call(method, path, body, withToken = true) {
  const headers = { Accept: 'application/json, application/problem+json' };
  // Every call carries the token when there is one (without one, the API's problem says why).
  if (withToken && token()) {
    headers.Authorization = `Bearer ${token()}`;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  let response;
  try {
    response = await fetch(new URL(path, API_ROOT), {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (networkError) {
    throw new ProblemError({ title: 'Pathfinder cannot be reached', detail: networkError.message });
  }
  const isJson = /json/.test(response.headers.get('Content-Type') || '');
  const payload = isJson ? await response.json() : null;
  if (!response.ok) {
    throw new ProblemError(payload && payload.title
      ? payload
      : { title: response.statusText || 'Request failed', status: response.status });
  }
  return payload;
}
