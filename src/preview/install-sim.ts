/**
 * Installs the simulated Office.js as the page's global before any module that reads `Office`
 * at top level (the Smart Alerts handler associates itself on load) is evaluated.
 */
import { createOfficeSim } from "./office-sim/office";
import { emptyState } from "./office-sim/state";
import type { SimHostWindow } from "./office-sim/bridge";

export const sim = createOfficeSim(emptyState());
(window as SimHostWindow).__mailPreflightSim = sim;
(window as unknown as { Office: unknown }).Office = sim.office;
