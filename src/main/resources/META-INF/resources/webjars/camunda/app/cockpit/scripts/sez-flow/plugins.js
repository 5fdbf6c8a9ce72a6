// SEZ Flow's Cockpit plugins for managers (Camunda 7's frontend plugin API: an ES module whose
// default export lists plugins, loaded through customScripts in ../config.js). The figures come
// from the application's API (/api/v1/overview, /api/v1/proposals), read with the Cockpit
// session: only managers and admins get them, everyone else gets 403. Codes are shown by their
// labels and dates in Pakistan time through /sez-flow/words.js, shared with the landing page.
// Plain DOM and SVG, no library; every text from the records is set as text, never as markup.

// The application's root: Cockpit lives at <root>/camunda.
const appRoot = document.querySelector('base').getAttribute('app-root') || '';
const root = appRoot.replace(/\/camunda\/?$/, '');
const apiRoot = root + '/api/v1';

let wordsLoaded;
/** The shared words module, with the label catalogue read, once per page. */
function words() {
  wordsLoaded = wordsLoaded || import(root + '/sez-flow/words.js').then(async module => {
    await module.loadLabels(root);
    return module;
  });
  return wordsLoaded;
}

const OUTCOMES = [['ZONE_ENTERPRISE', '#2e7d32'], ['REJECTED', '#b5152b'], ['LAPSED', '#b36b00'], ['WITHDRAWN', '#5b6778']];
const LAND = [['allocatedAcres', 'Allocated', '#1f6fb2'], ['reservedAcres', 'Reserved', '#f0a020'],
  ['freeAcres', 'Free', '#cfe3c8']];
const STANDINGS = ['ON_TRACK', 'LATE', 'IN_DEFAULT', 'CANCELLED', 'OPERATING', 'GRADUATED'];
const SVG_NS = 'http://www.w3.org/2000/svg';

function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value !== undefined && value !== null) {
      element.setAttribute(name, value);
    }
  });
  children.flat().forEach(child => element.append(child instanceof Node ? child : document.createTextNode(
    child === undefined || child === null ? '' : String(child))));
  return element;
}

function svg(tag, attributes, ...children) {
  const element = document.createElementNS(SVG_NS, tag);
  Object.entries(attributes || {}).forEach(([name, value]) => element.setAttribute(name, value));
  children.flat().forEach(child => element.append(child instanceof Node ? child : document.createTextNode(String(child))));
  return element;
}

async function read(path) {
  const response = await fetch(apiRoot + path, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(response.status + ' ' + (problem.detail || problem.title || response.statusText));
  }
  return response.json();
}

let zonesRead;
/** Zone code to zone name, read once per page. */
function zoneNames() {
  zonesRead = zonesRead || read('/zones').then(zones => Object.fromEntries(zones.map(zone => [zone.code, zone.name])));
  return zonesRead;
}

function acres(value) {
  return Number(value).toLocaleString('en', {maximumFractionDigits: 2});
}

/** A stage's time: "under 1 h" where it falls in the shortest bucket, which cannot be told apart. */
function stageTime(w, seconds, belowSeconds) {
  if (seconds === null || seconds === undefined) {
    return '–';
  }
  return belowSeconds && seconds < belowSeconds ? 'under ' + w.duration(belowSeconds) : w.duration(seconds);
}

function cockpitLink(hash, text, id) {
  return h('a', {href: '#' + hash, 'data-sez': id}, text);
}

/** One bar of a zone's land: allocated, reserved and free, to the width of its leasable area. */
function landBar(land, largestLeasable) {
  const width = 260;
  const barWidth = Math.max(2, width * Number(land.leasableAcres) / largestLeasable);
  const bar = svg('svg', {width: width, height: 14, role: 'img',
    'aria-label': LAND.map(([key, label]) => label + ' ' + acres(land[key]) + ' acres').join(', ')});
  let x = 0;
  LAND.forEach(([key, label, colour]) => {
    const part = Number(land.leasableAcres) > 0 ? barWidth * Number(land[key]) / Number(land.leasableAcres) : 0;
    bar.append(svg('rect', {x: x, y: 1, width: Math.max(0, part), height: 12, fill: colour},
      svg('title', {}, label + ': ' + acres(land[key]) + ' acres')));
    x += part;
  });
  bar.append(svg('rect', {x: 0, y: 1, width: barWidth, height: 12, fill: 'none', stroke: '#52617a', 'stroke-width': 0.5}));
  return bar;
}

function legend(items) {
  return h('div', {class: 'sez-legend'}, items.map(([label, colour]) =>
    h('span', {}, h('span', {class: 'sez-swatch', style: 'background:' + colour}), label)));
}

function zonesSection(w, overview) {
  const largest = Math.max(...overview.zones.map(zone => Number(zone.land.leasableAcres)));
  const stages = overview.stages.map(stage => stage.stage);
  const rows = overview.zones.map(zone => h('tr', {'data-zone': zone.code},
    h('th', {scope: 'row'}, zone.name + (zone.priority ? ' ★' : '')),
    h('td', {}, landBar(zone.land, largest)),
    h('td', {class: 'num', 'data-free': zone.land.freeAcres}, acres(zone.land.freeAcres)),
    h('td', {class: 'num'}, acres(zone.land.leasableAcres)),
    stages.map(stage => h('td', {class: 'num'}, zone.pipeline[stage] || 0))));
  return h('div', {},
    h('h3', {}, 'Land and pipeline per zone'),
    legend(LAND.map(([, label, colour]) => [label, colour])),
    h('table', {class: 'sez-zones'},
      h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Zone'), h('th', {scope: 'col'}, 'Leasable land'),
        h('th', {class: 'num', scope: 'col'}, 'Free acres'), h('th', {class: 'num', scope: 'col'}, 'Leasable acres'),
        stages.map(stage => h('th', {class: 'num', scope: 'col'}, w.label('stage', stage))))),
      h('tbody', {}, rows)),
    h('p', {class: 'sez-note'}, '★ prioritized zone. Free land is the leasable land less the land reserved for '
      + 'proposals under way and the land allocated to zone enterprises.'));
}

function funnelSection(w, overview) {
  const most = Math.max(1, ...overview.stages.map(stage => stage.open));
  const rows = overview.stages.map(stage => {
    const count = stage.waitingAt.length && overview.processDefinitionId
      ? cockpitLink('/process-definition/' + overview.processDefinitionId + '/runtime?activityIds='
          + stage.waitingAt.join(','), String(stage.open), 'funnel-' + stage.stage)
      : String(stage.open);
    return h('tr', {'data-stage': stage.stage},
      h('th', {scope: 'row'}, w.label('stage', stage.stage)),
      h('td', {}, svg('svg', {width: 220, height: 12, 'aria-hidden': 'true'}, svg('rect', {x: 0, y: 1, height: 10,
        fill: '#1f6fb2', width: Math.max(stage.open ? 2 : 0, 220 * stage.open / most)}))),
      h('td', {class: 'num'}, count));
  });
  return h('div', {},
    h('h3', {}, 'Open proposals per stage'),
    h('table', {class: 'sez-funnel'}, h('tbody', {}, rows)),
    h('p', {class: 'sez-note'}, 'A count opens the proposals waiting at that stage.'));
}

/** Stacked bars per month with a count scale on the left and the month under each bar. */
function outcomesChart(w, months) {
  const totals = months.map(month => OUTCOMES.reduce((sum, [key]) => sum + month.outcomes[key], 0));
  const most = Math.max(1, ...totals);
  const step = Math.max(1, Math.ceil(most / 4));
  const top = step * Math.ceil(most / step);
  const left = 36;
  const barWidth = 30;
  const gap = 12;
  const height = 160;
  const chart = svg('svg', {width: left + months.length * (barWidth + gap) + 10, height: height + 40, role: 'img',
    'aria-label': 'Outcomes per month: ' + months.map((month, i) => w.month(month.month) + ' ' + totals[i]).join(', ')});
  for (let tick = 0; tick <= top; tick += step) {
    const y = height - height * tick / top + 8;
    chart.append(svg('line', {x1: left - 4, x2: left + months.length * (barWidth + gap), y1: y, y2: y,
      stroke: tick === 0 ? '#52617a' : '#e3e3e3'}));
    chart.append(svg('text', {x: left - 8, y: y + 4, 'text-anchor': 'end', 'font-size': 12, fill: '#333'}, tick));
  }
  months.forEach((month, i) => {
    const x = left + gap / 2 + i * (barWidth + gap);
    let y = height + 8;
    OUTCOMES.forEach(([key, colour]) => {
      const part = height * month.outcomes[key] / top;
      y -= part;
      chart.append(svg('rect', {x: x, y: y, width: barWidth, height: part, fill: colour},
        svg('title', {}, w.month(month.month) + ', ' + w.label('status', key) + ': ' + month.outcomes[key])));
    });
    chart.append(svg('text', {x: x + barWidth / 2, y: height + 26, 'text-anchor': 'middle', 'font-size': 12, fill: '#333'},
      w.month(month.month, true)));
    if (i === 0 || month.month.endsWith('-01')) {
      chart.append(svg('text', {x: x + barWidth / 2, y: height + 39, 'text-anchor': 'middle', 'font-size': 11,
        fill: '#555'}, month.month.slice(0, 4)));
    }
  });
  return chart;
}

function outcomesSection(w, overview) {
  const months = overview.outcomesByMonth;
  const thisYear = new Date().getFullYear().toString();
  const enterprisesThisYear = months.filter(month => month.month.startsWith(thisYear))
    .reduce((sum, month) => sum + month.outcomes.ZONE_ENTERPRISE, 0);
  const table = h('table', {class: 'sez-outcomes'},
    h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Month'),
      OUTCOMES.map(([key]) => h('th', {class: 'num', scope: 'col'}, w.label('status', key))))),
    h('tbody', {}, months.slice().reverse().map(month => h('tr', {'data-month': month.month},
      h('th', {scope: 'row'}, w.month(month.month)), OUTCOMES.map(([key]) => h('td', {class: 'num'}, month.outcomes[key]))))));
  return h('div', {},
    h('h3', {}, 'Outcomes per month'),
    h('p', {}, h('strong', {'data-sez': 'enterprises-this-year'}, enterprisesThisYear),
      (enterprisesThisYear === 1 ? ' proposal' : ' proposals') + ' became zone enterprises in ' + thisYear + '.'),
    legend(OUTCOMES.map(([key, colour]) => [w.label('status', key), colour])), outcomesChart(w, months), table);
}

function deadlinesSection(w, overview, names) {
  const groups = h('table', {class: 'sez-deadlines'},
    h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Officials'), h('th', {class: 'num', scope: 'col'}, 'Open tasks'),
      h('th', {class: 'num', scope: 'col'}, 'Overdue'))),
    h('tbody', {}, overview.tasks.map(group => h('tr', {'data-group': group.group},
      h('th', {scope: 'row'}, w.label('group', group.group)), h('td', {class: 'num'}, group.open),
      h('td', {class: 'num' + (group.overdue ? ' sez-overdue' : ''), 'data-overdue': group.overdue}, group.overdue)))));
  const oldest = overview.oldestOverdue.length === 0 ? h('p', {}, 'No task is overdue.')
    : h('table', {class: 'sez-oldest'},
      h('thead', {}, h('tr', {}, ['Due', 'Task', 'Proposal', 'Officials', 'Claimed by']
        .map(title => h('th', {scope: 'col'}, title)))),
      h('tbody', {}, overview.oldestOverdue.map(task => h('tr', {},
        h('td', {class: 'sez-overdue'}, w.date(task.due)),
        h('td', {}, cockpitLink('/process-instance/' + task.processInstanceId + '/runtime?tab=user-tasks-tab', task.name,
          'task-' + task.taskId)),
        h('td', {}, task.reference || ''), h('td', {}, w.label('group', task.group)),
        h('td', {}, task.assignee ? w.personName(names, task.assignee) : 'nobody yet')))));
  return h('div', {},
    h('h3', {}, 'Deadlines'), groups,
    h('p', {class: 'sez-note'}, 'Overdue: past the due date, as the officials\' "Overdue" filter in Tasklist counts them.'),
    h('h3', {}, 'Oldest overdue tasks'), oldest);
}

function durationsSection(w, overview, choosePeriod) {
  const select = h('select', {'aria-label': 'Period'}, [30, 90, 365].map(days =>
    h('option', days === overview.periodDays ? {value: days, selected: 'selected'} : {value: days}, 'last ' + days + ' days')));
  select.addEventListener('change', () => choosePeriod(Number(select.value)));
  return h('div', {},
    h('h3', {}, 'Time spent per stage', select),
    h('table', {class: 'sez-durations'},
      h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Stage'), h('th', {class: 'num', scope: 'col'}, 'Left the stage'),
        h('th', {class: 'num', scope: 'col'}, 'Median'), h('th', {class: 'num', scope: 'col'}, '90th percentile'))),
      h('tbody', {}, overview.stages.map(stage => h('tr', {'data-stage': stage.stage},
        h('th', {scope: 'row'}, w.label('stage', stage.stage)), h('td', {class: 'num'}, stage.exits),
        h('td', {class: 'num'}, stageTime(w, stage.medianSeconds, stage.belowSeconds)),
        h('td', {class: 'num'}, stageTime(w, stage.p90Seconds, stage.belowSeconds)))))),
    h('p', {class: 'sez-note'}, 'Of the proposals that left each stage in the period. Times are counted in steps '
      + 'from one hour to two years, so a figure within a step is an estimate.'));
}

function usd(value) {
  return 'US$ ' + (Number(value) / 1e6).toLocaleString('en', {maximumFractionDigits: 1}) + ' million';
}

function evaluationTable(w, title, groups, attribute, keyLabel) {
  return h('div', {},
    h('h3', {}, title),
    h('table', {class: 'sez-evaluation', 'data-sez': attribute},
      h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, title === 'All zones' ? '' : title.replace('Per ', '')),
        STANDINGS.map(standing => h('th', {class: 'num', scope: 'col'}, w.label('standing', standing))),
        ['Investment committed', 'Investment realised', 'Jobs committed', 'Jobs filled', 'Exports',
          'Days to operations: median', '90th percentile'].map(name => h('th', {class: 'num', scope: 'col'}, name)))),
      h('tbody', {}, groups.map(group => h('tr', {'data-key': group.key},
        h('th', {scope: 'row'}, keyLabel(group.key)),
        STANDINGS.map(standing => h('td', {class: 'num', 'data-standing': standing}, group.standing[standing])),
        h('td', {class: 'num'}, usd(group.committedInvestmentUsd)), h('td', {class: 'num'}, usd(group.realisedInvestmentUsd)),
        h('td', {class: 'num'}, group.committedJobs), h('td', {class: 'num'}, group.jobsPakistani + group.jobsForeign),
        h('td', {class: 'num'}, usd(group.exportsUsd)),
        h('td', {class: 'num'}, group.medianDaysToOperations === null ? '–' : group.medianDaysToOperations),
        h('td', {class: 'num'}, group.p90DaysToOperations === null ? '–' : group.p90DaysToOperations))))));
}

function enterprisesSection(w, evaluation, zones) {
  return h('div', {id: 'sez-enterprises'},
    h('h2', {}, 'Zone enterprises after allotment'),
    h('p', {class: 'sez-note'}, 'Late: on track only by an extended or restored deadline. Realised figures are those '
      + 'of each enterprise\'s latest accepted quarterly report; exports are summed over its accepted reports.'),
    evaluationTable(w, 'All zones', [evaluation.total], 'enterprises-total', () => 'All zones'),
    evaluationTable(w, 'Per zone', evaluation.byZone, 'enterprises-by-zone', key => zones[key] || key),
    h('div', {class: 'sez-grid'},
      evaluationTable(w, 'Per sector', evaluation.bySector, 'enterprises-by-sector', key => w.sentence(key)),
      evaluationTable(w, 'Per partner country', evaluation.byPartnerCountry, 'enterprises-by-country',
        key => w.label('country', key))));
}

/**
 * The dashboard's section that holds this plugin (Cockpit puts custom plugins last): moved to the
 * top, titled SEZ Flow. Called once the node is in the page.
 */
function putFirst(node) {
  const section = node.closest('section');
  if (section && section.parentElement && section.parentElement.firstElementChild !== section) {
    section.parentElement.prepend(section);
  }
  const title = section && section.querySelector('.section-title');
  if (title) {
    title.textContent = 'SEZ Flow';
  }
}

const dashboard = {
  id: 'sez-flow-overview',
  pluginPoint: 'cockpit.dashboard',
  priority: 1000,
  render: node => {
    const show = async periodDays => {
      node.replaceChildren(h('div', {class: 'sez-flow'}, h('p', {}, 'Loading the SEZ overview…')));
      try {
        const [w, overview, evaluation, zones] = await Promise.all([words(), read('/overview?days=' + periodDays),
          read('/overview/enterprises'), zoneNames()]);
        const names = await w.people(root, overview.oldestOverdue.map(task => task.assignee));
        putFirst(node);
        node.replaceChildren(h('div', {class: 'sez-flow', id: 'sez-overview'},
          h('h2', {}, 'SEZ overview'),
          h('p', {class: 'sez-note'}, 'As of ' + w.dateTime(overview.at) + '.'),
          zonesSection(w, overview),
          h('div', {class: 'sez-grid'}, funnelSection(w, overview), deadlinesSection(w, overview, names)),
          h('div', {class: 'sez-grid'}, outcomesSection(w, overview), durationsSection(w, overview, show)),
          enterprisesSection(w, evaluation, zones)));
      } catch (error) {
        node.replaceChildren(h('div', {class: 'sez-flow'}, h('p', {class: 'sez-error'},
          'The SEZ overview could not be read: ' + error.message)));
      }
    };
    show(90);
  }
};

const diagramFigures = {
  id: 'sez-flow-activity-figures',
  pluginPoint: 'cockpit.processDefinition.diagram.plugin',
  priority: 10,
  render: async (viewer, {processDefinitionId}) => {
    if (!processDefinitionId || !processDefinitionId.startsWith('jv-proposal:')) {
      return;
    }
    const overlays = viewer.get('overlays');
    const registry = viewer.get('elementRegistry');
    try {
      const [w, activities] = await Promise.all([words(), read('/overview/activities?days=30&processDefinitionId='
        + encodeURIComponent(processDefinitionId))]);
      activities.filter(activity => activity.now > 0 || activity.passed > 0).forEach(activity => {
        if (!registry.get(activity.activityId)) {
          return;
        }
        const time = stageTime(w, activity.medianSeconds, activity.belowSeconds);
        const badge = h('div', {class: 'sez-activity-badge', 'data-activity': activity.activityId,
          title: activity.now + ' here now; ' + activity.passed + ' left it in the last 30 days; median time here: ' + time},
        activity.now + ' now · ' + activity.passed + ' passed · ' + time);
        // Drawn at its text size from a zoom where the badges do not cover each other; zoomed further
        // out, the tab "Time per step" lists the same figures.
        overlays.add(activity.activityId, 'sez-flow', {position: {bottom: 14, left: -6}, scale: {min: 1},
          show: {minZoom: 0.6}, html: badge});
      });
    } catch (error) {
      console.warn('SEZ Flow activity figures could not be read', error);
    }
  }
};

const endedTab = {
  id: 'sez-flow-ended-proposals',
  pluginPoint: 'cockpit.processDefinition.runtime.tab',
  priority: 5,
  properties: {label: 'Ended proposals'},
  render: (node, {processDefinitionId}) => {
    if (processDefinitionId && !processDefinitionId.startsWith('jv-proposal:')) {
      node.replaceChildren(h('p', {}, 'Ended proposals are shown for the JV proposal process.'));
      return;
    }
    const show = async (days, page) => {
      try {
        const [w, ended, zones] = await Promise.all([words(),
          read('/overview/ended?days=' + days + '&page=' + page + '&size=20'), zoneNames()]);
        const select = h('select', {'aria-label': 'Period'}, [30, 365, 3650].map(value =>
          h('option', value === days ? {value: value, selected: 'selected'} : {value: value},
            value === 3650 ? 'last 10 years' : 'last ' + value + ' days')));
        select.addEventListener('change', () => show(Number(select.value), 0));
        const pages = Math.max(1, Math.ceil(ended.total / ended.size));
        const previous = h('button', {class: 'btn btn-default btn-xs', 'aria-label': 'Previous page',
          disabled: page === 0 ? 'disabled' : null}, '‹');
        const next = h('button', {class: 'btn btn-default btn-xs', 'aria-label': 'Next page',
          disabled: page + 1 >= pages ? 'disabled' : null}, '›');
        previous.addEventListener('click', () => show(days, page - 1));
        next.addEventListener('click', () => show(days, page + 1));
        node.replaceChildren(h('div', {class: 'sez-flow', id: 'sez-ended'},
          h('p', {}, w.count(ended.total, 'proposal') + ' ended in the ', select, ' ', previous,
            ' page ' + (page + 1) + ' of ' + pages + ' ', next),
          h('table', {},
            h('thead', {}, h('tr', {}, ['Reference', 'Title', 'Zone', 'Outcome', 'Submitted', 'Ended', 'Took']
              .map(title => h('th', {scope: 'col'}, title)))),
            h('tbody', {}, ended.items.map(item => h('tr', {'data-reference': item.reference},
              h('td', {}, cockpitLink('/sez-proposal/' + encodeURIComponent(item.reference), item.reference,
                'ended-' + item.reference)),
              h('td', {}, item.title), h('td', {}, zones[item.zoneCode] || item.zoneCode),
              h('td', {}, w.label('status', item.outcome)),
              h('td', {}, w.date(item.submittedAt)), h('td', {}, w.date(item.closedAt)),
              h('td', {class: 'num'}, w.duration((new Date(item.closedAt) - new Date(item.submittedAt)) / 1000))))))));
      } catch (error) {
        node.replaceChildren(h('p', {class: 'sez-error'}, 'Ended proposals could not be read: ' + error.message));
      }
    };
    show(365, 0);
  }
};

const stepsTab = {
  id: 'sez-flow-time-per-step',
  pluginPoint: 'cockpit.processDefinition.runtime.tab',
  priority: 4,
  properties: {label: 'Time per step'},
  render: async (node, {api, processDefinitionId}) => {
    if (!processDefinitionId || !processDefinitionId.startsWith('jv-proposal:')) {
      node.replaceChildren(h('p', {}, 'The time per step is shown for the JV proposal process.'));
      return;
    }
    try {
      const [w, activities, model] = await Promise.all([words(), read('/overview/activities?days=30&processDefinitionId='
        + encodeURIComponent(processDefinitionId)), fetch(api.engineApi + '/process-definition/'
        + encodeURIComponent(processDefinitionId) + '/xml', {credentials: 'same-origin',
        headers: {Accept: 'application/json'}}).then(response => response.json())]);
      const xml = new DOMParser().parseFromString(model.bpmn20Xml, 'application/xml');
      const names = Object.fromEntries([...xml.querySelectorAll('[id][name]')].map(e => [e.getAttribute('id'),
        e.getAttribute('name')]));
      const rows = activities.filter(a => names[a.activityId] && (a.now > 0 || a.passed > 0));
      node.replaceChildren(h('div', {class: 'sez-flow', id: 'sez-steps'},
        h('p', {class: 'sez-note'}, 'Proposals at each step now, those that left it in the last 30 days and their '
          + 'median time there (the figures of the diagram\'s badges).'),
        h('table', {},
          h('thead', {}, h('tr', {}, ['Step', 'Here now', 'Left it (30 days)', 'Median time there']
            .map(title => h('th', {scope: 'col', class: title === 'Step' ? null : 'num'}, title)))),
          h('tbody', {}, rows.map(a => h('tr', {'data-activity': a.activityId},
            h('th', {scope: 'row'}, names[a.activityId]), h('td', {class: 'num'}, a.now), h('td', {class: 'num'}, a.passed),
            h('td', {class: 'num'}, stageTime(w, a.medianSeconds, a.belowSeconds))))))));
    } catch (error) {
      node.replaceChildren(h('p', {class: 'sez-error'}, 'The time per step could not be read: ' + error.message));
    }
  }
};

// A proposal's two clocks: "12 working days with the government, 5 days with the sponsor (now with the sponsor)".
function clocks(w, c) {
  return !c ? '' : w.count(c.governmentWorkingDays, 'working day') + ' with the government, '
    + w.count(c.sponsorDays, 'day') + ' with the sponsor'
    + (c.withNow ? ' (now with ' + w.label('holder', c.withNow) + ')' : '');
}

/** What a change to the zone record did, in words: "Moved from PMU screening to MoU signing". */
function zoneChange(w, event, zones) {
  const detail = event.detail || '';
  const colon = detail.indexOf(': ');
  const zoneCode = colon > 0 ? detail.slice(0, colon) : detail;
  const rest = colon > 0 ? detail.slice(colon + 2) : '';
  const zone = zones[zoneCode] || zoneCode;
  const move = /^(\w+) -> (\w+)$/.exec(rest);
  if (event.outcome === 'PIPELINE_CHANGED' && move) {
    return move[1] === 'entered' ? zone + ': entered as ' + w.label('stage', move[2])
      : zone + ': from ' + w.label('stage', move[1]) + ' to ' + w.label('stage', move[2]);
  }
  return zone + (rest ? ': ' + rest.replace(/(\d+(\.\d+)?) acres/, (all, n) => acres(n) + ' acres') : '');
}

/**
 * A proposal's record: its facts, decisions with who decided and why, the changes to its zone's
 * record and (for an ended proposal) its whole history. Shown in the Proposal tab of a running
 * instance and on the page #/sez-proposal/<reference>, which ended proposals link to.
 */
async function renderProposal(node, reference, withHistory) {
  const encoded = encodeURIComponent(reference);
  const [w, proposal, timeline, zones] = await Promise.all([words(), read('/proposals/' + encoded),
    read('/proposals/' + encoded + '/timeline'), zoneNames()]);
  const names = await w.people(root, proposal.decisions.map(d => d.decidedBy).concat(timeline.map(e => e.actor)));
  const zoneEvents = timeline.filter(entry => entry.source === 'zone');
  const field = (title, value) => h('tr', {}, h('th', {scope: 'row'}, title), h('td', {}, value === null || value === undefined ? '' : value));
  const allotment = proposal.allotment;
  const letter = allotment && allotment.letterNo
    ? ', allotment letter ' + allotment.letterNo + (allotment.letterDate ? ' of ' + w.date(allotment.letterDate) : '')
    : ', allotment letter not issued yet';
  const sections = [
    h('h3', {}, proposal.reference + ' · ' + proposal.title),
    h('table', {class: 'sez-facts'}, h('tbody', {},
      field('Status', w.label('status', proposal.status) + (proposal.status === 'IN_PROGRESS'
        ? ': ' + w.label('stage', proposal.stage) : '')),
      field('Zone', zones[proposal.zoneCode] || proposal.zoneCode), field('Sector', w.sentence(proposal.sector)),
      field('Acres requested', acres(proposal.acresRequested)),
      field('Land', proposal.land ? acres(proposal.land.acres) + ' acres ' + w.label('land', proposal.land.status)
        + (proposal.land.plotNumber ? ', plot ' + proposal.land.plotNumber : '') : 'none'),
      allotment ? field('Allotment', 'Plot ' + allotment.plotNumber + letter) : null,
      field('Investment', 'US$ ' + Number(proposal.investmentUsd).toLocaleString('en')),
      field('Partners', proposal.partners.map(p => p.name + (p.nameInOwnScript ? ' / ' + p.nameInOwnScript : '')
        + ' (' + w.label('country', p.country) + ', ' + p.equityPct + ' %, reads ' + w.label('language', p.language)
        + ')').join('; ')),
      field('Submitted', w.date(proposal.submittedAt)),
      field('Time taken', clocks(w, proposal.clocks)))),
    h('h3', {}, 'Decisions'),
    h('table', {class: 'sez-decisions'},
      h('thead', {}, h('tr', {}, ['When', 'Step', 'Decision', 'Decided by', 'Reason'].map(title => h('th', {scope: 'col'}, title)))),
      h('tbody', {}, proposal.decisions.map(decision => h('tr', {},
        h('td', {}, w.dateTime(decision.decidedAt)), h('td', {}, w.label('step', decision.step)),
        h('td', {}, w.label('outcome', decision.outcome)), h('td', {}, w.personName(names, decision.decidedBy)),
        h('td', {}, decision.reason || ''))))),
    h('h3', {}, 'Changes to the zone record'),
    h('table', {class: 'sez-zone-events'},
      h('thead', {}, h('tr', {}, ['When', 'Step', 'Change', 'By', 'Detail'].map(title => h('th', {scope: 'col'}, title)))),
      h('tbody', {}, zoneEvents.map(event => h('tr', {},
        h('td', {}, w.dateTime(event.started)), h('td', {}, event.step), h('td', {}, w.label('zoneEvent', event.outcome)),
        h('td', {}, w.personName(names, event.actor)), h('td', {}, zoneChange(w, event, zones))))))];
  if (withHistory) {
    const steps = timeline.filter(entry => entry.source === 'process' || entry.source === 'agenda');
    sections.push(h('h3', {}, 'History'),
      h('table', {class: 'sez-history'},
        h('thead', {}, h('tr', {}, ['Started', 'Ended', 'Step', 'Who', 'Outcome'].map(title => h('th', {scope: 'col'}, title)))),
        h('tbody', {}, steps.map(entry => h('tr', {},
          h('td', {}, w.dateTime(entry.started)), h('td', {}, entry.ended ? w.dateTime(entry.ended) : 'still open'),
          h('td', {}, entry.step), h('td', {}, w.personName(names, entry.actor)),
          h('td', {}, w.label('outcome', entry.outcome)))))));
  }
  node.replaceChildren(h('div', {class: 'sez-flow', id: 'sez-proposal'}, sections));
}

const proposalTab = {
  id: 'sez-flow-proposal-record',
  pluginPoint: 'cockpit.processInstance.runtime.tab',
  priority: 20,
  properties: {label: 'Proposal'},
  render: async (node, {api, processInstanceId}) => {
    try {
      const instance = await fetch(api.engineApi + '/history/process-instance/' + encodeURIComponent(processInstanceId),
        {credentials: 'same-origin', headers: {Accept: 'application/json'}}).then(response => response.json());
      if (instance.processDefinitionKey !== 'jv-proposal' || !instance.businessKey) {
        node.replaceChildren(h('p', {}, 'This instance is not a JV proposal.'));
        return;
      }
      await renderProposal(node, instance.businessKey, false);
    } catch (error) {
      node.replaceChildren(h('p', {class: 'sez-error'}, 'The proposal record could not be read: ' + error.message));
    }
  }
};

// Community Cockpit shows running instances only: an ended proposal's record and history live here.
const proposalPage = {
  id: 'sez-flow-proposal-page',
  pluginPoint: 'cockpit.route',
  properties: {path: '/sez-proposal/:reference'},
  render: async node => {
    const match = /#\/sez-proposal\/([^?/]+)/.exec(window.location.hash);
    const reference = match ? decodeURIComponent(match[1]) : '';
    const page = h('div', {class: 'sez-page'});
    node.replaceChildren(h('div', {class: 'sez-flow sez-route'},
      h('nav', {class: 'sez-breadcrumb', 'aria-label': 'Breadcrumb'}, h('a', {href: '#/dashboard'}, 'Dashboard'), ' » ',
        h('a', {href: '#/processes'}, 'Processes'), ' » Proposal ' + reference),
      page));
    try {
      await renderProposal(page, reference, true);
    } catch (error) {
      page.replaceChildren(h('p', {class: 'sez-error'}, 'The proposal ' + reference + ' could not be read: ' + error.message));
    }
  }
};

export default [dashboard, diagramFigures, stepsTab, endedTab, proposalTab, proposalPage];
