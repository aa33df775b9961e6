// The browser collector as an ES module: `import { attach, collect } from '…/warden-signals.mjs'`.
import './warden-signals.js';

const Warden = globalThis.Warden;
export const attach = Warden.attach;
export const collect = Warden.collect;
export default Warden;
