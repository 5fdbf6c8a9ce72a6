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
}
markRole();
window.addEventListener('hashchange', markRole);

export default [];
