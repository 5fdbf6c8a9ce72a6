// SEZ Flow's Cockpit plugins for managers (Camunda 7's frontend plugin API: an ES module whose
// default export lists plugins, loaded through customScripts in ../config.js). The figures come
// from the application's API (/api/v1/overview, /api/v1/proposals), read with the Cockpit
// session: only managers and admins get them, everyone else gets 403. Plain DOM and SVG, no
// library; every text from the records is set as text, never as markup.

const STAGE_NAMES = {
  SUBMITTED: 'Submitted', SCREENING: 'PMU screening', CLARIFICATION: 'Clarification', LAND_RESERVATION: 'Land shortfall',
  MOU: 'MoU', JWG_REVIEW: 'JWG review', JCC_DECISION: 'JCC decision', ALLOCATION: 'Allocation'
};
const OUTCOMES = [
  ['ZONE_ENTERPRISE', 'Zone enterprises', '#2e7d32'], ['REJECTED', 'Rejected', '#b5152b'],
  ['LAPSED', 'Lapsed', '#e6a23c'], ['WITHDRAWN', 'Withdrawn', '#7a8699']
];
const LAND = [['allocatedAcres', 'Allocated', '#1f6fb2'], ['reservedAcres', 'Reserved', '#f0a020'],
  ['freeAcres', 'Free', '#cfe3c8']];
const SVG_NS = 'http://www.w3.org/2000/svg';

// The application's root: Cockpit lives at <root>/camunda.
const appRoot = document.querySelector('base').getAttribute('app-root') || '';
const apiRoot = appRoot.replace(/\/camunda\/?$/, '') + '/api/v1';

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

function acres(value) {
  return Number(value).toLocaleString('en', {maximumFractionDigits: 2});
}

function duration(seconds) {
  if (seconds === null || seconds === undefined) {
    return '–';
  }
  const hours = seconds / 3600;
  return hours < 48 ? hours.toFixed(hours < 10 ? 1 : 0) + ' h' : (hours / 24).toFixed(hours < 240 ? 1 : 0) + ' d';
}

function date(instant) {
  return instant ? new Date(instant).toISOString().slice(0, 10) : '';
}

function cockpitLink(hash, text, id) {
  return h('a', {href: '#' + hash, 'data-sez': id}, text);
}

/** One bar of a zone's land: allocated, reserved and free, to the width of its leasable area. */
function landBar(land, largestLeasable) {
  const width = 260;
  const barWidth = Math.max(2, width * Number(land.leasableAcres) / largestLeasable);
  const bar = svg('svg', {width: width, height: 14, role: 'img',
    'aria-label': LAND.map(([key, label]) => label + ' ' + acres(land[key])).join(', ')});
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
  return h('div', {class: 'sez-legend'}, items.map(([, label, colour]) =>
    h('span', {}, h('span', {class: 'sez-swatch', style: 'background:' + colour}), label)));
}

function zonesSection(overview) {
  const largest = Math.max(...overview.zones.map(zone => Number(zone.land.leasableAcres)));
  const stages = overview.stages.map(stage => stage.stage);
  const rows = overview.zones.map(zone => h('tr', {'data-zone': zone.code},
    h('td', {}, zone.name + (zone.priority ? ' ★' : ''), h('br'), h('small', {}, zone.code)),
    h('td', {}, landBar(zone.land, largest)),
    h('td', {class: 'num', 'data-free': zone.land.freeAcres}, acres(zone.land.freeAcres)),
    h('td', {class: 'num'}, acres(zone.land.leasableAcres)),
    stages.map(stage => h('td', {class: 'num'}, zone.pipeline[stage] || 0))));
  return h('div', {},
    h('h3', {}, 'Land and pipeline per zone'),
    legend(LAND),
    h('table', {class: 'sez-zones'},
      h('thead', {}, h('tr', {}, h('th', {}, 'Zone'), h('th', {}, 'Leasable land'), h('th', {class: 'num'}, 'Free acres'),
        h('th', {class: 'num'}, 'Leasable'), stages.map(stage => h('th', {class: 'num', title: STAGE_NAMES[stage]},
          STAGE_NAMES[stage])))),
      h('tbody', {}, rows)),
    h('p', {class: 'sez-note'}, '★ prioritized zone. Free = leasable − reserved − allocated, as GET /api/v1/zones shows.'));
}

function funnelSection(overview) {
  const most = Math.max(1, ...overview.stages.map(stage => stage.open));
  const rows = overview.stages.map(stage => {
    const count = stage.waitingAt.length && overview.processDefinitionId
      ? cockpitLink('/process-definition/' + overview.processDefinitionId + '/runtime?activityIds='
          + stage.waitingAt.join(','), String(stage.open), 'funnel-' + stage.stage)
      : String(stage.open);
    return h('tr', {'data-stage': stage.stage},
      h('td', {}, STAGE_NAMES[stage.stage]),
      h('td', {}, svg('svg', {width: 220, height: 12}, svg('rect', {x: 0, y: 1, height: 10, fill: '#1f6fb2',
        width: Math.max(stage.open ? 2 : 0, 220 * stage.open / most)}))),
      h('td', {class: 'num'}, count));
  });
  return h('div', {},
    h('h3', {}, 'Open proposals per stage'),
    h('table', {class: 'sez-funnel'}, h('tbody', {}, rows)),
    h('p', {class: 'sez-note'}, 'A count opens the proposals waiting at that stage in Cockpit.'));
}

function outcomesSection(overview) {
  const months = overview.outcomesByMonth;
  const most = Math.max(1, ...months.map(month => OUTCOMES.reduce((sum, [key]) => sum + month.outcomes[key], 0)));
  const chart = svg('svg', {width: 12 * 34 + 10, height: 130, role: 'img', 'aria-label': 'Outcomes per month'});
  months.forEach((month, i) => {
    let y = 110;
    OUTCOMES.forEach(([key, label, colour]) => {
      const height = 100 * month.outcomes[key] / most;
      y -= height;
      chart.append(svg('rect', {x: 6 + i * 34, y: y, width: 24, height: height, fill: colour},
        svg('title', {}, month.month + ' ' + label + ': ' + month.outcomes[key])));
    });
    chart.append(svg('text', {x: 18 + i * 34, y: 126, 'text-anchor': 'middle', 'font-size': 10}, month.month.slice(5)));
  });
  const thisYear = new Date().getFullYear().toString();
  const enterprisesThisYear = months.filter(month => month.month.startsWith(thisYear))
    .reduce((sum, month) => sum + month.outcomes.ZONE_ENTERPRISE, 0);
  const table = h('table', {class: 'sez-outcomes'},
    h('thead', {}, h('tr', {}, h('th', {}, 'Month'), OUTCOMES.map(([, label]) => h('th', {class: 'num'}, label)))),
    h('tbody', {}, months.slice().reverse().map(month => h('tr', {'data-month': month.month}, h('td', {}, month.month),
      OUTCOMES.map(([key]) => h('td', {class: 'num'}, month.outcomes[key]))))));
  return h('div', {},
    h('h3', {}, 'Outcomes per month'),
    h('p', {}, h('strong', {'data-sez': 'enterprises-this-year'}, enterprisesThisYear),
      ' proposals became zone enterprises in ' + thisYear + '.'),
    legend(OUTCOMES), chart, table);
}

function deadlinesSection(overview) {
  const groups = h('table', {class: 'sez-deadlines'},
    h('thead', {}, h('tr', {}, h('th', {}, 'Official group'), h('th', {class: 'num'}, 'Open tasks'),
      h('th', {class: 'num'}, 'Overdue'))),
    h('tbody', {}, overview.tasks.map(group => h('tr', {'data-group': group.group},
      h('td', {}, group.name), h('td', {class: 'num'}, group.open),
      h('td', {class: 'num' + (group.overdue ? ' sez-overdue' : ''), 'data-overdue': group.overdue}, group.overdue)))));
  const oldest = overview.oldestOverdue.length === 0 ? h('p', {}, 'No task is overdue.')
    : h('table', {class: 'sez-oldest'},
      h('thead', {}, h('tr', {}, h('th', {}, 'Due'), h('th', {}, 'Task'), h('th', {}, 'Proposal'), h('th', {}, 'Group'),
        h('th', {}, 'Claimed by'))),
      h('tbody', {}, overview.oldestOverdue.map(task => h('tr', {},
        h('td', {class: 'sez-overdue'}, date(task.due)),
        h('td', {}, cockpitLink('/process-instance/' + task.processInstanceId + '/runtime?tab=user-tasks-tab', task.name,
          'task-' + task.taskId)),
        h('td', {}, task.reference || ''), h('td', {}, task.group || ''), h('td', {}, task.assignee || '')))));
  return h('div', {},
    h('h3', {}, 'Deadlines'), groups,
    h('p', {class: 'sez-note'}, 'Overdue: past the due date, as the officials\' "Overdue" filter in Tasklist counts them.'),
    h('h3', {}, 'Oldest overdue tasks'), oldest);
}

function durationsSection(overview, choosePeriod) {
  const select = h('select', {'aria-label': 'Period'}, [30, 90, 365].map(days =>
    h('option', days === overview.periodDays ? {value: days, selected: 'selected'} : {value: days}, 'last ' + days + ' days')));
  select.addEventListener('change', () => choosePeriod(Number(select.value)));
  return h('div', {},
    h('h3', {}, 'Time spent per stage', select),
    h('table', {class: 'sez-durations'},
      h('thead', {}, h('tr', {}, h('th', {}, 'Stage'), h('th', {class: 'num'}, 'Left the stage'),
        h('th', {class: 'num'}, 'Median'), h('th', {class: 'num'}, '90th percentile'))),
      h('tbody', {}, overview.stages.map(stage => h('tr', {'data-stage': stage.stage},
        h('td', {}, STAGE_NAMES[stage.stage]), h('td', {class: 'num'}, stage.exits),
        h('td', {class: 'num'}, duration(stage.medianSeconds)), h('td', {class: 'num'}, duration(stage.p90Seconds)))))),
    h('p', {class: 'sez-note'}, 'Of the proposals that left each stage in the period; read from duration buckets '
      + '(1 hour to 2 years), so within a bucket the figure is interpolated.'));
}

const STANDINGS = [
  ['ON_TRACK', 'On track'], ['LATE', 'Late'], ['IN_DEFAULT', 'In default'], ['CANCELLED', 'Cancelled'],
  ['OPERATING', 'Operating'], ['GRADUATED', 'Graduated']
];

function usd(value) {
  return '$' + Math.round(Number(value) / 1e6).toLocaleString() + ' M';
}

function days(value) {
  return value === null || value === undefined ? '–' : value + ' days';
}

function evaluationTable(title, groups, attribute) {
  return h('div', {},
    h('h3', {}, title),
    h('table', {class: 'sez-evaluation', 'data-sez': attribute},
      h('thead', {}, h('tr', {}, h('th', {}, ''), STANDINGS.map(([, name]) => h('th', {class: 'num'}, name)),
        h('th', {class: 'num'}, 'Investment committed'), h('th', {class: 'num'}, 'realised'),
        h('th', {class: 'num'}, 'Jobs committed'), h('th', {class: 'num'}, 'employed'),
        h('th', {class: 'num'}, 'Exports'), h('th', {class: 'num'}, 'To operations: median'),
        h('th', {class: 'num'}, '90th pct.'))),
      h('tbody', {}, groups.map(group => h('tr', {'data-key': group.key},
        h('td', {}, group.key),
        STANDINGS.map(([standing]) => h('td', {class: 'num', 'data-standing': standing}, group.standing[standing])),
        h('td', {class: 'num'}, usd(group.committedInvestmentUsd)), h('td', {class: 'num'}, usd(group.realisedInvestmentUsd)),
        h('td', {class: 'num'}, group.committedJobs), h('td', {class: 'num'}, group.jobsPakistani + group.jobsForeign),
        h('td', {class: 'num'}, usd(group.exportsUsd)), h('td', {class: 'num'}, days(group.medianDaysToOperations)),
        h('td', {class: 'num'}, days(group.p90DaysToOperations)))))));
}

function enterprisesSection(evaluation) {
  return h('div', {id: 'sez-enterprises'},
    h('h2', {}, 'Zone enterprises after allotment'),
    h('p', {class: 'sez-note'}, 'Late: on track only by an extended or restored deadline. Realised figures are those '
      + 'of each enterprise\'s latest accepted quarterly report; exports are summed over its accepted reports.'),
    evaluationTable('All zones', [evaluation.total], 'enterprises-total'),
    evaluationTable('Per zone', evaluation.byZone, 'enterprises-by-zone'),
    h('div', {class: 'sez-grid'}, evaluationTable('Per sector', evaluation.bySector, 'enterprises-by-sector'),
      evaluationTable('Per partner country', evaluation.byPartnerCountry, 'enterprises-by-country')));
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
        const [overview, evaluation] = await Promise.all([read('/overview?days=' + periodDays),
          read('/overview/enterprises')]);
        putFirst(node);
        node.replaceChildren(h('div', {class: 'sez-flow', id: 'sez-overview'},
          h('h2', {}, 'SEZ overview'),
          h('p', {class: 'sez-note'}, 'As of ' + new Date(overview.at).toLocaleString() + '.'),
          zonesSection(overview),
          h('div', {class: 'sez-grid'}, funnelSection(overview), deadlinesSection(overview)),
          h('div', {class: 'sez-grid'}, outcomesSection(overview), durationsSection(overview, show)),
          enterprisesSection(evaluation)));
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
      const activities = await read('/overview/activities?days=30&processDefinitionId='
        + encodeURIComponent(processDefinitionId));
      activities.forEach(activity => {
        if (!registry.get(activity.activityId)) {
          return;
        }
        const badge = h('div', {class: 'sez-activity-badge', 'data-activity': activity.activityId,
          title: 'Here now: ' + activity.now + '; left it in the last 30 days: ' + activity.passed
            + '; median time here: ' + duration(activity.medianSeconds)},
        activity.now + ' now · ' + activity.passed + ' passed · ' + duration(activity.medianSeconds));
        overlays.add(activity.activityId, 'sez-flow', {position: {bottom: 12, left: -4}, html: badge});
      });
    } catch (error) {
      console.error('SEZ Flow activity figures', error);
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
      node.replaceChildren(h('p', {}, 'Ended proposals are shown for jv-proposal.'));
      return;
    }
    const show = async (days, page) => {
      try {
        const ended = await read('/overview/ended?days=' + days + '&page=' + page + '&size=20');
        const select = h('select', {'aria-label': 'Period'}, [30, 365, 3650].map(value =>
          h('option', value === days ? {value: value, selected: 'selected'} : {value: value}, 'last ' + value + ' days')));
        select.addEventListener('change', () => show(Number(select.value), 0));
        const pages = Math.max(1, Math.ceil(ended.total / ended.size));
        const previous = h('button', page === 0 ? {class: 'btn btn-default btn-xs', disabled: 'disabled'}
          : {class: 'btn btn-default btn-xs'}, '‹');
        const next = h('button', page + 1 >= pages ? {class: 'btn btn-default btn-xs', disabled: 'disabled'}
          : {class: 'btn btn-default btn-xs'}, '›');
        previous.addEventListener('click', () => show(days, page - 1));
        next.addEventListener('click', () => show(days, page + 1));
        node.replaceChildren(h('div', {class: 'sez-flow', id: 'sez-ended'},
          h('p', {}, ended.total + ' proposals ended', select, ' ', previous, ' page ' + (page + 1) + ' of ' + pages + ' ', next),
          h('table', {},
            h('thead', {}, h('tr', {}, ['Reference', 'Title', 'Zone', 'Outcome', 'Submitted', 'Ended', 'Took']
              .map(label => h('th', {}, label)))),
            h('tbody', {}, ended.items.map(item => h('tr', {'data-reference': item.reference},
              h('td', {}, item.processInstanceId ? cockpitLink('/process-instance/' + item.processInstanceId + '/history',
                item.reference, 'ended-' + item.reference) : item.reference),
              h('td', {}, item.title), h('td', {}, item.zoneCode), h('td', {}, item.outcome),
              h('td', {}, date(item.submittedAt)), h('td', {}, date(item.closedAt)),
              h('td', {class: 'num'}, duration((new Date(item.closedAt) - new Date(item.submittedAt)) / 1000))))))));
      } catch (error) {
        node.replaceChildren(h('p', {class: 'sez-error'}, 'Ended proposals could not be read: ' + error.message));
      }
    };
    show(365, 0);
  }
};

// A proposal's two clocks: "12 working days with the government, 5 days with the sponsor (now with the sponsor)".
const clocks = c => !c ? '' : c.governmentWorkingDays + ' working day' + (c.governmentWorkingDays === 1 ? '' : 's')
  + ' with the government, ' + c.sponsorDays + ' day' + (c.sponsorDays === 1 ? '' : 's') + ' with the sponsor'
  + (c.withNow ? ' (now with the ' + c.withNow.toLowerCase() + ')' : '');

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
      const reference = encodeURIComponent(instance.businessKey);
      const [proposal, timeline] = await Promise.all([read('/proposals/' + reference),
        read('/proposals/' + reference + '/timeline')]);
      const zoneEvents = timeline.filter(entry => entry.source === 'zone');
      const field = (label, value) => h('tr', {}, h('th', {}, label), h('td', {}, value === null || value === undefined ? '' : value));
      node.replaceChildren(h('div', {class: 'sez-flow', id: 'sez-proposal'},
        h('h3', {}, proposal.reference + ' · ' + proposal.title),
        h('table', {}, h('tbody', {},
          field('Status', proposal.status + ' (' + proposal.stage + ')'),
          field('Zone', proposal.zoneCode), field('Sector', proposal.sector),
          field('Acres requested', acres(proposal.acresRequested)),
          field('Land held', proposal.land ? acres(proposal.land.acres) + ' acres, ' + proposal.land.status
            + (proposal.land.plotNumber ? ', plot ' + proposal.land.plotNumber : '') : 'none'),
          field('Allotment', proposal.allotment ? 'Plot ' + proposal.allotment.plotNumber + ', letter '
            + (proposal.allotment.letterNo || '') + ' of ' + (proposal.allotment.letterDate || '') : ''),
          field('Investment (USD)', Number(proposal.investmentUsd).toLocaleString('en')),
          field('Partners', proposal.partners.map(p => p.name + ' (' + p.country + ', ' + p.equityPct + ' %)').join('; ')),
          field('Submitted', date(proposal.submittedAt)),
          field('Time taken', clocks(proposal.clocks)))),
        h('h3', {}, 'Decisions'),
        h('table', {class: 'sez-decisions'},
          h('thead', {}, h('tr', {}, ['When', 'Step', 'Outcome', 'By', 'Reason'].map(label => h('th', {}, label)))),
          h('tbody', {}, proposal.decisions.map(decision => h('tr', {},
            h('td', {}, new Date(decision.decidedAt).toLocaleString()), h('td', {}, decision.step),
            h('td', {}, decision.outcome), h('td', {}, decision.decidedBy), h('td', {}, decision.reason || '')))))),
        h('h3', {}, 'Changes to the zone record'),
        h('table', {class: 'sez-zone-events'},
          h('thead', {}, h('tr', {}, ['When', 'Step', 'Change', 'By', 'Detail'].map(label => h('th', {}, label)))),
          h('tbody', {}, zoneEvents.map(event => h('tr', {},
            h('td', {}, new Date(event.started).toLocaleString()), h('td', {}, event.step), h('td', {}, event.outcome),
            h('td', {}, event.actor || ''), h('td', {}, event.detail || ''))))));
    } catch (error) {
      node.replaceChildren(h('p', {class: 'sez-error'}, 'The proposal record could not be read: ' + error.message));
    }
  }
};

export default [dashboard, diagramFigures, endedTab, proposalTab];
