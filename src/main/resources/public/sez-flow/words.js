// SEZ Flow's words on its pages: the labels of its codes (GET /api/v1/labels, the one catalogue),
// people's names for user ids (GET /api/v1/people), and one way of writing dates (dd/mm/yyyy, in
// Pakistan time), durations, counts and months. Shared by the landing page and the web apps' plugins.

export const TIME_ZONE = 'Asia/Karachi';

let catalogue = {};

/** Reads the catalogue once; the pages call it before they render. */
export async function loadLabels(root) {
  const response = await fetch(root + '/api/v1/labels', {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (response.ok) {
    catalogue = await response.json();
  }
  return catalogue;
}

/** The label of a code; a code without one is shown as it is (the browser tests look for those). */
export function label(category, code) {
  if (code === null || code === undefined || code === '') {
    return '';
  }
  const labels = catalogue[category] || {};
  return labels[code] || String(code);
}

/** Names for user ids: {id: {name, group}}; ids it cannot resolve keep the id. */
export async function people(root, ids) {
  const wanted = [...new Set(ids.filter(id => id))];
  if (wanted.length === 0) {
    return {};
  }
  const query = wanted.slice(0, 100).map(id => 'id=' + encodeURIComponent(id)).join('&');
  const response = await fetch(root + '/api/v1/people?' + query, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  return response.ok ? response.json() : {};
}

export function personName(found, id) {
  return id ? ((found[id] && found[id].name) || id) : '';
}

const DATE = new Intl.DateTimeFormat('en-GB', {timeZone: TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric'});
const TIME = new Intl.DateTimeFormat('en-GB', {timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hour12: false});

/** 07/12/2026: an instant's day in Pakistan, or a calendar date (2026-12-07) as it is. */
export function date(value) {
  if (!value) {
    return '';
  }
  const calendar = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return calendar ? calendar[3] + '/' + calendar[2] + '/' + calendar[1] : DATE.format(new Date(value));
}

/** 07/12/2026 15:56 PKT */
export function dateTime(instant) {
  return instant ? DATE.format(new Date(instant)) + ' ' + TIME.format(new Date(instant)) + ' PKT' : '';
}

/** A duration as people say it: "under a minute", "12 min", "3 h 20 min", "4 days 6 h", "45 days". */
export function duration(seconds) {
  if (seconds === null || seconds === undefined || Number.isNaN(seconds)) {
    return '–';
  }
  const minutes = Math.round(seconds / 60);
  if (minutes < 1) {
    return 'under a minute';
  }
  if (minutes < 60) {
    return minutes + ' min';
  }
  const hours = Math.floor(minutes / 60);
  if (hours < 24) {
    return hours + ' h' + (minutes % 60 ? ' ' + (minutes % 60) + ' min' : '');
  }
  const days = Math.floor(hours / 24);
  if (days < 10) {
    return count(days, 'day') + (hours % 24 ? ' ' + (hours % 24) + ' h' : '');
  }
  return count(Math.round(hours / 24), 'day');
}

/** "1 proposal", "2 proposals"; {plural} for words that take no s. */
export function count(n, word, plural) {
  return Number(n).toLocaleString('en') + ' ' + (Number(n) === 1 ? word : (plural || word + 's'));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Jan 2026" for 2026-01; {short} gives "Jan". */
export function month(yearMonth, short) {
  const [year, number] = yearMonth.split('-');
  return MONTHS[Number(number) - 1] + (short ? '' : ' ' + year);
}

/** A sector as the forms name it: "medical imaging" reads "Medical imaging". */
export function sentence(text) {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : '';
}
