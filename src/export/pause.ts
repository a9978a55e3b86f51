/** Work on a big picture is cut into slices, with a pause between them in which the page can draw a frame and answer input. */
export type Pause = () => Promise<void>;

/** Marks written or painted between two pauses. */
export const SLICE = 1000;

export const nextTask: Pause = () => new Promise((resolve) => setTimeout(resolve, 0));
