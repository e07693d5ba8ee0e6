import { runSubgraph } from '@nexora/kit';
import { crmSubgraph } from './index';

void runSubgraph(crmSubgraph);
