// What every Camunda web app of SEZ Flow is configured with (each app's scripts/config.js calls
// this): SEZ Flow's name in the header, dates as dd/mm/yyyy (as officials in Pakistan write them),
// no Camunda first-visit message, and SEZ Flow's script (webapp.js) before the app's own plugins.
export function sezFlowConfig(appName, appScripts = [], more = {}) {
  return {
    ...more,
    app: {
      name: appName,
      vendor: 'SEZ Flow'
    },
    dateFormat: {
      monthName: 'MMMM',
      day: 'DD',
      abbr: 'DD/MM/YYYY HH:mm',
      normal: 'DD/MM/YYYY HH:mm',
      long: 'dddd DD/MM/YYYY HH:mm:ss',
      short: 'DD/MM/YYYY'
    },
    disableWelcomeMessage: true,
    // Relative to the app's folder (/camunda/app/<app>/): webapp.js is served at /sez-flow/.
    customScripts: ['../../../sez-flow/webapp', ...appScripts]
  };
}
