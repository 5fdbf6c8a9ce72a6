// SEZ Flow's landing page: who is logged in (the web apps' session), the apps their account opens
// and their open tasks (GET /api/v1/me); before login, the apps to log in to, by role.
import {label, loadLabels} from './words.js';

const root = new URL('..', import.meta.url).pathname.replace(/\/$/, '');

function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => element.setAttribute(name, value));
  children.flat().forEach(child => element.append(child instanceof Node ? child : document.createTextNode(String(child))));
  return element;
}

const LOG_IN = [
  ['Tasklist', 'Officials of the PMU, the JWG and JCC secretariats and the SEZ authority complete their tasks here.',
    '/camunda/app/tasklist/'],
  ['Cockpit', 'Managers watch proposals, zones, deadlines and the zone enterprises\' evaluation here.',
    '/camunda/app/cockpit/'],
  ['Admin', 'Administrators manage users, groups and their access here.', '/camunda/app/admin/']];

function loggedOut(workplace) {
  workplace.replaceChildren(
    h('p', {}, 'Log in to the app of your role:'),
    h('ul', {class: 'apps'}, LOG_IN.map(([name, purpose, path]) => h('li', {},
      h('h2', {}, name), h('p', {}, purpose), h('a', {class: 'open', href: root + path}, 'Log in to ' + name)))),
    h('p', {}, 'External systems use the REST API: ', h('a', {href: root + '/swagger-ui.html'}, 'the API\'s reference'), '.'));
}

function loggedIn(workplace, me) {
  document.getElementById('who').textContent = me.name;
  const tasks = me.tasks;
  const items = me.apps.map(app => h('li', {'data-app': app.id},
    h('h2', {}, app.name), h('p', {}, app.purpose),
    app.id === 'tasklist' ? h('p', {class: 'tasks'},
      h('strong', {}, tasks.assignedToMe), ' ' + (tasks.assignedToMe === 1 ? 'task' : 'tasks') + ' claimed by you, ',
      h('strong', {}, tasks.forMyGroups), ' waiting for your group',
      tasks.overdue ? h('span', {class: 'overdue'}, ', ' + tasks.overdue + ' overdue') : '') : '',
    h('a', {class: 'open', href: root + app.path}, 'Open ' + app.name)));
  workplace.replaceChildren(
    h('p', {}, 'Logged in as ', h('strong', {}, me.name), me.groups.length
      ? h('span', {class: 'groups'}, ' · ' + me.groups.map(group => label('group', group.id)).join(', ')) : ''),
    items.length ? h('ul', {class: 'apps'}, items)
      : h('p', {}, 'Your account opens none of the web apps: it is for the REST API.'));
}

async function show() {
  const workplace = document.getElementById('workplace');
  try {
    // The web apps' own "who is logged in": 200 with the user, 204 when nobody is.
    const session = await fetch(root + '/camunda/api/admin/auth/user/default', {credentials: 'same-origin',
      headers: {Accept: 'application/json'}});
    if (session.status !== 200) {
      loggedOut(workplace);
      return;
    }
    await loadLabels(root);
    const response = await fetch(root + '/api/v1/me', {credentials: 'same-origin', headers: {Accept: 'application/json'}});
    if (!response.ok) {
      loggedOut(workplace);
      return;
    }
    loggedIn(workplace, await response.json());
  } catch (error) {
    workplace.replaceChildren(h('p', {}, 'SEZ Flow could not be reached: ' + error.message));
  }
}

show();
