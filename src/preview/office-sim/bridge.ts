/**
 * Loaded by preview-taskpane.html before the real task pane bundle: gives the pane the `Office`
 * of the preview page around it (same origin), or a simulator of its own when opened alone.
 * Sharing one simulator is what lets pane and Send handler see the same item and sessionData.
 */
import { createOfficeSim, type OfficeSim } from "./office";
import { emptyState } from "./state";

export interface SimHostWindow extends Window {
  __mailPreflightSim?: OfficeSim;
}

function parentSim(): OfficeSim | undefined {
  try {
    return window.parent !== window ? (window.parent as SimHostWindow).__mailPreflightSim : undefined;
  } catch {
    return undefined; // cross-origin parent: not our preview page
  }
}

const sim = parentSim() ?? createOfficeSim(emptyState());
Object.assign(window, { Office: sim.office, OfficeRuntime: sim.runtime });
