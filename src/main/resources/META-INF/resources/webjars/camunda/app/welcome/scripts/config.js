// Camunda's Welcome app, which SEZ Flow keeps for the user's profile (name, e-mail, password):
// SEZ Flow's name, dates as dd/mm/yyyy, no Camunda first-visit message. SEZ Flow's own landing
// page is the application's root, /.
export default {
  app: {
    name: 'Profile',
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
