/** Seconds; the alert on p95 latency (deploy/observability/alerts.yml) needs buckets around its 1 s threshold. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
