/** What only a big network needs (see bigLoader.ts): picking by quadtree, and links drawn on a canvas. */
export { createPicker } from '../layout/pick';
export { batchLinks, drawLinks, readLinkStyles } from '../render/linkCanvas';
