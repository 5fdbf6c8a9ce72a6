// SEZ Flow's Tasklist: its name in the header, dates as dd/mm/yyyy (as officials in Pakistan write
// them, also in the forms' date pickers), no Camunda first-visit message, and SEZ Flow's task cards.
export default {
  app: {
    name: 'Tasklist',
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
  customScripts: ['../../../sez-flow/webapp']
};
