/*
 * Ribbon commands. The Home-tab button opens the task pane declaratively (manifest ShowTaskpane),
 * so no ExecuteFunction handler is needed yet; this entry is where such handlers associate.
 */
export {};
