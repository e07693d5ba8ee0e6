import { runSubgraph } from '@nexora/kit';
import { identitySubgraph } from './index';

void runSubgraph(identitySubgraph);
