// SEZ Flow's Cockpit: its name in the header and its plugins for managers (the SEZ overview on
// the dashboard, figures on the jv-proposal diagram, ended proposals, a proposal's record).
export default {
  app: {
    name: 'Cockpit',
    vendor: 'SEZ Flow'
  },
  customScripts: ['scripts/sez-flow/plugins']
};
