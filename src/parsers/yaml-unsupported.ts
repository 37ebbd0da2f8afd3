/** Thrown inside the fast reader when the text leaves its subset; caught by readFast. */
export class Unsupported extends Error {}
