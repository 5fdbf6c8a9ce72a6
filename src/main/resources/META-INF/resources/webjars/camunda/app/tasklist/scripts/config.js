// SEZ Flow's Tasklist: its name in the header.
export default {
  app: {
    name: 'Tasklist',
    vendor: 'SEZ Flow'
  }
};
