/**
 * The largest answer the gateway sends (and reads from a subgraph): 10 MB is thousands of rows,
 * far above any page a client renders, and far below what would strain the gateway's memory.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 10_000_000;
