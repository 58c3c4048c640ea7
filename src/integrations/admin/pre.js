/** Runs before Decap CMS loads: it waits for the generated configuration (admin.js) instead of fetching config.yml. */
/* global window */
window.CMS_MANUAL_INIT = true;
