import { runSubgraph } from '@nexora/kit';
import { analyticsSubgraph } from './index';

void runSubgraph(analyticsSubgraph);
