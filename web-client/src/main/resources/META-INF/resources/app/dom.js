// Builds elements from data without ever parsing strings as HTML, so API text cannot inject markup.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An HTML element: h('p', { class: 'hint' }, 'text', child). Null and false children are skipped. */
export function h(tag, attributes = {}, ...children) {
  return build(document.createElement(tag), attributes, children);
}

/** An SVG element, same shape as h. */
export function svg(tag, attributes = {}, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attributes, children);
}

function build(element, attributes, children) {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) {
      element.setAttribute(name, '');
    } else if (value !== false && value !== null && value !== undefined) {
      element.setAttribute(name, String(value));
    }
  }
  element.append(...children.flat().filter((child) => child !== null && child !== false && child !== undefined));
  return element;
}

/** "lateral-leadership" -> "Lateral leadership": slugs the page has no label for. */
export function humanise(slug) {
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A score or its part, as the page shows points: one decimal. */
export function points(value) {
  return value.toFixed(1);
}
