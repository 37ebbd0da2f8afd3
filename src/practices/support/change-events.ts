/** Events that mean "a change was proposed or landed": what tests run on when they run on change (design §3). */
export const CHANGE_EVENTS: readonly string[] = ['push', 'pull_request', 'pull_request_target', 'merge_group']
