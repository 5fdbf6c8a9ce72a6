// SEZ Flow's Admin: its name in the header, dates as dd/mm/yyyy, no Camunda first-visit message.
export default {
  app: {
    name: 'Admin',
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
