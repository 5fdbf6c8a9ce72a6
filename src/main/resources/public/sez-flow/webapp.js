// SEZ Flow in Camunda's web apps (Tasklist, Cockpit, Admin and the Welcome app kept for the user's
// profile), loaded through customScripts in each app's config.js:
// - SEZ Flow's name in the browser's tab;
// - dates as dd/mm/yyyy wherever the browser formats them by its own locale (the forms' date
//   pickers among them), as officials in Pakistan write them;
// - controls an account may not use are hidden (the engine refuses them in any case): the page
//   gets the class sez-admin only for administrators, and user-styles.css hides the rest.

const appRoot = document.querySelector('base').getAttribute('app-root') || '';
const root = appRoot.replace(/\/camunda\/?$/, '');

// The browser's own locale would make a date picker read 12/07/2026 as 7 December in one office
// and 12 July in another: every default-locale date format is the British one, dd/mm/yyyy.
const BrowserDateTimeFormat = Intl.DateTimeFormat;
function DayFirstDateTimeFormat(locales, options) {
  const chosen = locales === undefined || locales === 'default' || locales === 'en-US' ? 'en-GB' : locales;
  return new BrowserDateTimeFormat(chosen, options);
}
DayFirstDateTimeFormat.prototype = BrowserDateTimeFormat.prototype;
DayFirstDateTimeFormat.supportedLocalesOf = BrowserDateTimeFormat.supportedLocalesOf;
Intl.DateTimeFormat = DayFirstDateTimeFormat;

function brandTitle() {
  if (document.title.includes('Camunda')) {
    document.title = document.title.replace(/Camunda( Platform)?/g, 'SEZ Flow');
  }
}
brandTitle();
new MutationObserver(brandTitle).observe(document.querySelector('title') || document.head,
  {childList: true, characterData: true, subtree: true});

async function markRole() {
  const response = await fetch(appRoot + '/api/admin/auth/user/default', {credentials: 'same-origin',
    headers: {Accept: 'application/json'}});
  const user = response.status === 200 ? await response.json() : null;
  document.documentElement.classList.toggle('sez-admin', Boolean(user && user.authorizedApps.includes('admin')));
  document.documentElement.classList.toggle('sez-logged-in', Boolean(user));
  return user;
}
const loggedIn = markRole();
window.addEventListener('hashchange', markRole);

// Tasklist's cards show each task's priority as a bare number: SEZ Flow raises it only when the
// escalation sweep escalates an overdue task, so a raised one reads "Escalated", the default none.
const DEFAULT_PRIORITY = 50;
function explainPriorities() {
  document.querySelectorAll('.tasks-list .priority:not([data-sez])').forEach(cell => {
    const priority = Number(cell.textContent.trim());
    cell.dataset.sez = 'priority';
    if (priority > DEFAULT_PRIORITY) {
      cell.textContent = 'Escalated';
      cell.classList.add('sez-escalated');
      cell.setAttribute('title', 'Overdue: escalated by SEZ Flow\'s deadline sweep');
    } else {
      cell.classList.add('sez-default-priority');
    }
  });
}
// The forms' own rules (custom properties of their fields, GET /api/v1/form-rules): a date that
// may not lie in the future is not offered in the calendar; the acres show the chosen zone's land.
let formRules = {};
let zones = {};
function fieldOf(form, fieldId) {
  return form.querySelector('[id$="-' + fieldId + '"]');
}
function zoneCodeIn(form, fieldId) {
  const field = fieldOf(form, fieldId);
  if (!field) {
    return null;
  }
  if (field.value && /^[A-Z0-9]+$/.test(field.value.trim())) {
    return field.value.trim();
  }
  const shown = (field.closest('.fjs-form-field') || field).textContent;
  const code = /\(([A-Z0-9]+)\)\s*$/m.exec(shown.trim());
  return code ? code[1] : null;
}
function applyFormRules() {
  Object.entries(formRules).forEach(([fieldId, rules]) => {
    // A date field's input is <id>-date; the others' is <id>.
    document.querySelectorAll('.fjs-form [id$="-' + fieldId + '"], .fjs-form [id$="-' + fieldId + '-date"]')
      .forEach(input => {
      if (rules.notAfter === 'today' && input._flatpickr && !input.dataset.sezNotAfter) {
        input._flatpickr.set('maxDate', 'today');
        input.dataset.sezNotAfter = 'today';
      }
      if (rules.acresInZone) {
        const code = zoneCodeIn(input.closest('.fjs-form'), rules.acresInZone);
        const zone = zones[code];
        const field = input.closest('.fjs-form-field');
        let hint = field && field.querySelector('.sez-zone-land');
        if (field && !hint) {
          hint = document.createElement('div');
          hint.className = 'fjs-form-field-description sez-zone-land';
          field.append(hint);
        }
        const text = zone ? zone.name + ': ' + zone.land.freeAcres.toLocaleString('en') + ' of '
          + zone.land.leasableAcres.toLocaleString('en') + ' leasable acres free.' : '';
        if (hint && hint.textContent !== text) {
          hint.textContent = text;
        }
        if (zone) {
          input.setAttribute('max', zone.land.leasableAcres);
        }
      }
    });
  });
}
async function readFormRules() {
  const response = await fetch(root + '/api/v1/form-rules', {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (response.ok) {
    formRules = await response.json();
  }
}

// The cards show the zone variable (a code, which processes and the API use) by the zone's name.
let zoneNames = {};
async function readZoneNames() {
  const response = await fetch(root + '/api/v1/zones', {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (response.ok) {
    const list = await response.json();
    zones = Object.fromEntries(list.map(zone => [zone.code, zone]));
    zoneNames = Object.fromEntries(list.map(zone => [zone.code, zone.name]));
    nameZones();
  }
  await readFormRules();
}
function nameZones() {
  document.querySelectorAll('.tasks-list .variable-item').forEach(item => {
    const labelOf = item.querySelector('.variable-label');
    const value = item.querySelector('.variable-value');
    if (labelOf && value && labelOf.getAttribute('uib-tooltip') === 'zoneCode' && zoneNames[value.textContent.trim()]) {
      value.setAttribute('title', value.textContent.trim());
      value.textContent = zoneNames[value.textContent.trim()];
    }
  });
}
if (document.querySelector('base').getAttribute('app-name') === 'tasklist') {
  new MutationObserver(() => {
    explainPriorities();
    nameZones();
    applyFormRules();
  }).observe(document.body, {childList: true, subtree: true, characterData: true});
  // A zone chosen in a select changes no element the observer sees: look again each second.
  setInterval(applyFormRules, 1000);
  // Read once logged in: before, the API would refuse (an error in the console of the login page).
  loggedIn.then(user => user ? readZoneNames() : null);
  window.addEventListener('hashchange', () => Object.keys(zoneNames).length ? null : markRole().then(user =>
    user ? readZoneNames() : null));
}

// Cockpit's instance lists lead with the instance id and show start times as ISO text: a proposal
// row leads with its reference (the id stays in the link's tooltip) and times read dd/mm/yyyy HH:mm.
function readableInstanceRows() {
  document.querySelectorAll('tr td.instance-id:not([data-sez])').forEach(cell => {
    const row = cell.closest('tr');
    const key = row.querySelector('td.business-key span');
    const link = cell.querySelector('a[title]');
    cell.dataset.sez = 'instance';
    if (key && link && key.textContent.trim()) {
      link.textContent = key.textContent.trim();
    }
  });
  document.querySelectorAll('tr td.start-time > span:not([data-sez])').forEach(span => {
    const iso = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(span.textContent.trim());
    span.dataset.sez = 'time';
    if (iso) {
      span.textContent = iso[3] + '/' + iso[2] + '/' + iso[1] + ' ' + iso[4] + ':' + iso[5];
    }
  });
  document.querySelectorAll('th.instance-id .instance-id-label:not([data-sez])').forEach(label => {
    label.dataset.sez = 'instance';
    label.textContent = 'Instance';
  });
}
if (document.querySelector('base').getAttribute('app-name') === 'cockpit') {
  new MutationObserver(readableInstanceRows).observe(document.body, {childList: true, subtree: true});
}

export default [];
