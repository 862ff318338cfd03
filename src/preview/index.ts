/**
 * The preview page: a simulated compose window beside the real task pane (in an iframe, as
 * Outlook hosts it) and a Send button that runs the real Smart Alerts handler.
 */
import "./install-sim";
import "../launchevent/launchevent";
import { buildComposeForm } from "./compose-form";
import { sim } from "./install-sim";

const root = document.getElementById("preview-root");
if (root) buildComposeForm(root, sim);
