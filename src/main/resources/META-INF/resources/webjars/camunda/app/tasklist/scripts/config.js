// SEZ Flow's Tasklist (see /sez-flow/webapp-config.js; webapp.js shapes its cards and date pickers).
import {sezFlowConfig} from '../../../../sez-flow/webapp-config.js';

export default sezFlowConfig('Tasklist');
