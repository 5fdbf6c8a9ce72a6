// SEZ Flow's Cockpit: its name in the header, dates as dd/mm/yyyy (as officials in Pakistan write
// them), no Camunda first-visit message, and its plugins for managers (the SEZ overview on the
// dashboard, figures on the jv-proposal diagram, ended proposals, a proposal's record and history).
export default {
  app: {
    name: 'Cockpit',
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
  customScripts: ['scripts/sez-flow/plugins', '../../../sez-flow/webapp']
};
