import { runSubgraph } from '@nexora/kit';
import { erpSubgraph } from './index';

void runSubgraph(erpSubgraph);
