import type { SubgraphContext } from '@smart-casework/kit';
import type { Loaders } from './loaders';

export type Context = SubgraphContext<Loaders>;
