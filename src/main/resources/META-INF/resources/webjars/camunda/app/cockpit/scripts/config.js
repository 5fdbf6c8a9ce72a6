// SEZ Flow's Cockpit (see /sez-flow/webapp-config.js), with its plugins for managers: the SEZ
// overview on the dashboard, figures on the jv-proposal diagram and per step, ended proposals, a
// proposal's record and history.
import {sezFlowConfig} from '../../../../sez-flow/webapp-config.js';

export default sezFlowConfig('Cockpit', ['scripts/sez-flow/plugins']);
