// Camunda's Welcome app, which SEZ Flow keeps for the user's profile (name, e-mail, password); SEZ
// Flow's own landing page is the application's root, /. See /sez-flow/webapp-config.js.
import {sezFlowConfig} from '../../../../sez-flow/webapp-config.js';

export default sezFlowConfig('Profile', [], {
  // In place of Camunda's documentation link.
  links: [{label: 'SEZ Flow', href: '../../../../', description: 'Your apps and open tasks'}]
});
