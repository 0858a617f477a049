// GET /metrics: the app's counters and histograms for Prometheus (see bot/metrics.ts for what is
// counted). Exempt from the rate limit, like the probes; left out of the API documentation.
import type { FastifyPluginAsync } from "fastify";
import type { App } from "../../app.ts";

export const metricsRoutes: FastifyPluginAsync<{ app: App }> = async (server, { app }) => {
  server.get("/metrics", { config: { rateLimit: false }, schema: { hide: true } }, async (_request, reply) => {
    reply.type(app.metrics.registry.contentType);
    return app.metrics.registry.metrics();
  });
};
