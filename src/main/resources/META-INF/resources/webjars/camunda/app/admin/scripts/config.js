// SEZ Flow's Admin: its name in the header.
export default {
  app: {
    name: 'Admin',
    vendor: 'SEZ Flow'
  }
};
