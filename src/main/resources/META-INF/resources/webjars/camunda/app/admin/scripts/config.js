// SEZ Flow's Admin (see /sez-flow/webapp-config.js).
import {sezFlowConfig} from '../../../../sez-flow/webapp-config.js';

export default sezFlowConfig('Admin');
