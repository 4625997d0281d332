export {
  CONTEXT_LENGTH,
  assertAnchor,
  makeSelector,
  quoteAt,
  quoteIn,
  type Anchor,
  type QuoteSelector,
} from './selector';
export { MIN_SIMILARITY, REASONS, findSelector, reanchor, type Reanchored } from './reanchor';
export { similarityAtLeast } from './similarity';
