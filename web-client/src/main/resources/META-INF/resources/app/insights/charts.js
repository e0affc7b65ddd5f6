// Charts of people, drawn in SVG element by element, every number also as text. Groups the API leaves out for
// being too small are marked as such, never drawn as a number they are not.
import { h, svg } from '../dom.js';

const BAR_HEIGHT = 10;
// The share of a histogram column left empty, so that neighbouring bands read apart.
const COLUMN_GAP = 0.2;

export function peopleCount(people) {
  return `${people} ${people === 1 ? 'person' : 'people'}`;
}

/**
 * Horizontal bars as long as their people, in the order given.
 * @param rows [{ key, label, people, detail?, suppressed? }]; a suppressed row stands for people counted only
 *        in groups too small to show, and is drawn in grey, outlined
 */
export function barChart(id, title, rows, note) {
  const longest = Math.max(1, ...rows.map((row) => row.people));
  return chart(id, title, note, rows.length === 0
    ? h('p', { class: 'empty' }, 'No group is large enough to show.')
    : h('ol', { class: 'bar-rows' }, rows.map((row) => h('li', {
      class: row.suppressed ? 'bar-row suppressed' : 'bar-row', 'data-key': row.key, 'data-people': row.people,
    },
    h('span', { class: 'bar-label' }, row.label),
    svg('svg', {
      class: 'bar-chart', viewBox: `0 0 ${longest} ${BAR_HEIGHT}`, preserveAspectRatio: 'none', 'aria-hidden': 'true',
    },
    svg('rect', { class: 'track', x: 0, y: 0, width: longest, height: BAR_HEIGHT }),
    svg('rect', { class: 'people', x: 0, y: 0, width: row.people, height: BAR_HEIGHT })),
    h('span', { class: 'bar-value' }, peopleCount(row.people)),
    row.detail && h('span', { class: 'bar-detail' }, row.detail)))));
}

/**
 * A column per band, as tall as its people. A band without people is one the API left out: fewer than
 * `minimum` people in each of its groups, or none. It is marked so, and no column is drawn.
 * @param bands [{ key, label, people? }], in order
 */
export function histogram(id, title, bands, minimum, note) {
  const tallest = Math.max(1, ...bands.map((band) => band.people || 0));
  return chart(id, title, note,
    svg('svg', {
      class: 'histogram', viewBox: `0 0 ${bands.length} ${tallest}`, preserveAspectRatio: 'none', 'aria-hidden': 'true',
    }, bands.flatMap((band, i) => [
      svg('rect', { class: 'track', x: i + COLUMN_GAP / 2, y: 0, width: 1 - COLUMN_GAP, height: tallest }),
      band.people && svg('rect', {
        class: 'people', 'data-key': band.key,
        x: i + COLUMN_GAP / 2, y: tallest - band.people, width: 1 - COLUMN_GAP, height: band.people,
      }),
    ])),
    h('ol', { class: 'band-labels' }, bands.map((band) => h('li', {
      class: band.people ? 'band' : 'band suppressed', 'data-key': band.key, 'data-people': band.people,
    },
    h('span', { class: 'band-value' }, band.people ? String(band.people) : `<${minimum}`),
    h('span', { class: 'band-label' }, band.label)))));
}

function chart(id, title, note, ...body) {
  return h('figure', { class: 'chart', id },
    h('figcaption', {}, title),
    ...body,
    note && h('p', { class: 'chart-note' }, note));
}
