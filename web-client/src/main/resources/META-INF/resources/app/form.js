// Renders the questionnaire from its definition and turns the filled form back into answers.
import { h } from './dom.js';

// A rating with at most this many steps is a row of radio buttons; a longer one is a number field.
const MAX_RADIO_STEPS = 11;
// A choice with more options than this is a drop-down rather than radio buttons.
const MAX_RADIO_CHOICES = 6;

/** The DOM id of a question's block, from its answer pointer (skills/python -> q-skills-python). */
export function questionElementId(pointer) {
  return 'q-' + pointer.replace(/[^A-Za-z0-9_-]/g, '-');
}

export function renderQuestionnaire(questionnaire) {
  return questionnaire.sections.map((section) => {
    const titleId = `s-${section.id}`;
    const descriptionId = section.description ? `${titleId}-description` : null;
    return h('section', { class: `section section-${section.id}`, 'aria-labelledby': titleId },
      h('h2', { id: titleId }, section.title),
      section.description && h('p', { id: descriptionId, class: 'section-description' }, section.description),
      h('div', { class: 'questions' }, section.questions.map(renderQuestion)));
  });
}

function renderQuestion(question) {
  const id = questionElementId(question.id);
  const help = question.help ? h('p', { id: `${id}-help`, class: 'help' }, question.help) : null;
  const describedBy = help ? `${id}-help` : null;
  switch (question.kind) {
    case 'rating':
      return question.max - question.min < MAX_RADIO_STEPS
        ? ratingScale(question, id, help, describedBy)
        : numberField(question, id, help, describedBy, 1);
    case 'number':
      return numberField(question, id, help, describedBy, 0.5);
    case 'boolean':
      return radioGroup(question, id, help, describedBy,
        [{ value: 'true', label: 'Yes' }, { value: 'false', label: 'No' }]);
    case 'choice':
      return question.choices.length > MAX_RADIO_CHOICES
        ? dropDown(question, id, help, describedBy)
        : radioGroup(question, id, help, describedBy, question.choices);
    case 'multi-choice':
      return checkboxGroup(question, id, help, describedBy);
    default:
      throw new Error(`Unknown question kind ${question.kind}`);
  }
}

function legend(question) {
  return h('legend', {}, question.label, question.required && requiredMark());
}

function requiredMark() {
  return h('span', { class: 'required' }, h('span', { 'aria-hidden': 'true' }, ' *'),
    h('span', { class: 'visually-hidden' }, ' (required)'));
}

function ratingScale(question, id, help, describedBy) {
  const steps = [];
  for (let value = question.min; value <= question.max; value++) {
    const end = value === question.min ? question.minLabel : value === question.max ? question.maxLabel : null;
    steps.push(h('label', { class: 'step' },
      h('input', { type: 'radio', name: question.id, value }),
      h('span', { class: 'step-value' }, String(value),
        end && h('span', { class: 'visually-hidden' }, ` (${end})`))));
  }
  return h('fieldset', { id, class: 'field rating', 'aria-describedby': describedBy },
    legend(question), help,
    h('div', { class: 'scale' },
      question.minLabel && h('span', { class: 'scale-end', 'aria-hidden': 'true' }, question.minLabel),
      h('span', { class: 'steps' }, steps),
      question.maxLabel && h('span', { class: 'scale-end', 'aria-hidden': 'true' }, question.maxLabel)));
}

function numberField(question, id, help, describedBy, step) {
  const inputId = `${id}-input`;
  return h('div', { id, class: 'field number' },
    h('label', { for: inputId }, question.label, question.required && requiredMark()),
    help,
    h('input', {
      id: inputId, name: question.id, type: 'number', inputmode: step < 1 ? 'decimal' : 'numeric',
      min: question.min, max: question.max, step, required: question.required, 'aria-describedby': describedBy,
    }));
}

function radioGroup(question, id, help, describedBy, choices) {
  return h('fieldset', { id, class: 'field choices', 'aria-describedby': describedBy },
    legend(question), help,
    h('div', { class: 'options' }, choices.map((choice) => h('label', { class: 'option' },
      h('input', { type: 'radio', name: question.id, value: choice.value, required: question.required }),
      h('span', {}, choice.label, choice.description && h('small', {}, choice.description))))));
}

function checkboxGroup(question, id, help, describedBy) {
  return h('fieldset', { id, class: 'field choices multi', 'aria-describedby': describedBy },
    legend(question), help,
    h('div', { class: 'options' }, question.choices.map((choice) => h('label', { class: 'option' },
      h('input', { type: 'checkbox', name: question.id, value: choice.value }),
      h('span', {}, choice.label, choice.description && h('small', {}, choice.description))))));
}

function dropDown(question, id, help, describedBy) {
  const selectId = `${id}-input`;
  const choiceHelpId = `${id}-choice`;
  const choiceHelp = h('p', { id: choiceHelpId, class: 'help', 'aria-live': 'polite' });
  const select = h('select', {
    id: selectId, name: question.id, required: question.required,
    'aria-describedby': [describedBy, choiceHelpId].filter(Boolean).join(' '),
  },
  h('option', { value: '' }, 'Choose…'),
  question.choices.map((choice) => h('option', { value: choice.value }, choice.label)));
  // The chosen option's description, so one can check it is the right pick.
  select.addEventListener('change', () => {
    const chosen = question.choices.find((choice) => choice.value === select.value);
    choiceHelp.textContent = chosen && chosen.description ? chosen.description : '';
  });
  return h('div', { id, class: 'field select' },
    h('label', { for: selectId }, question.label, question.required && requiredMark()),
    help, select, choiceHelp);
}

/**
 * Reads the form into the answers document: each question id is a pointer into it (skills/python,
 * constraints/riskTolerance); a multi-choice question fills its section's list. Returns the answers
 * and the required questions left unanswered.
 */
export function collectAnswers(questionnaire, form) {
  const data = new FormData(form);
  const answers = { questionnaireVersion: questionnaire.version };
  const missing = [];
  for (const section of questionnaire.sections) {
    if (section.questions.some((question) => question.id.includes('/'))) {
      answers[section.id] = {};
    }
    for (const question of section.questions) {
      const value = answerOf(question, data);
      if (value === undefined) {
        if (question.required) {
          missing.push(question);
        }
        continue;
      }
      const path = question.id.split('/');
      const leaf = path.pop();
      const parent = path.reduce((node, key) => (node[key] ??= {}), answers);
      parent[leaf] = value;
    }
  }
  return { answers, missing };
}

function answerOf(question, data) {
  if (question.kind === 'multi-choice') {
    return data.getAll(question.id);
  }
  const raw = data.get(question.id);
  if (raw === null || raw === '') {
    return undefined;
  }
  switch (question.kind) {
    case 'boolean':
      return raw === 'true';
    case 'rating':
    case 'number':
      return Number(raw);
    default:
      return raw;
  }
}

/** Marks the questions a problem names, and clears earlier marks. */
export function markInvalid(form, pointers) {
  for (const element of form.querySelectorAll('.invalid, [aria-invalid]')) {
    element.classList.remove('invalid');
    element.removeAttribute('aria-invalid');
  }
  for (const pointer of pointers) {
    const block = document.getElementById(questionElementId(pointer));
    if (block) {
      block.classList.add('invalid');
      for (const control of block.querySelectorAll('input, select')) {
        control.setAttribute('aria-invalid', 'true');
      }
    }
  }
}
