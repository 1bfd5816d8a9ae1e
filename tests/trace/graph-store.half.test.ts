/**
 * The other half of graph-store.test.ts's corpus pass: the copy of
 * the graph gives the engine's census, the invariant holds and tracing prints what
 * the program prints, at every step (copy-corpus.ts).
 */
import { checkCorpusHalf } from './copy-corpus';

checkCorpusHalf(1);
