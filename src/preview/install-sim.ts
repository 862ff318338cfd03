/**
 * Installs the simulated Office.js (and OfficeRuntime, for the handler's policy cache) as the
 * page's globals before any module that reads them at top level (the Smart Alerts handler
 * associates itself on load) is evaluated.
 */
import { createOfficeSim } from "./office-sim/office";
import { emptyState } from "./office-sim/state";
import type { SimHostWindow } from "./office-sim/bridge";

export const sim = createOfficeSim(emptyState());
(window as SimHostWindow).__mailPreflightSim = sim;
Object.assign(window, { Office: sim.office, OfficeRuntime: sim.runtime });
