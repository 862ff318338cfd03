/** The engine with every rule: loaded by the boot file as a chunk of its own (see engine.ts). */
import { RULES } from "../rules";
import { makeEngine } from "./make-engine";

const ENGINE = makeEngine(RULES);
export default ENGINE;
