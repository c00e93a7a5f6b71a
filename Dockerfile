# syntax=docker/dockerfile:1
# One image for every StayGraph process (gateway, subgraphs, migrations); docker-compose.yml picks
# the command per service.

# ---- build: compile TypeScript, then drop dev dependencies ----
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund

# ---- runtime ----
FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
# Owned by root and only readable by the app user: the processes write nothing to disk.
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The gateway reads schema/supergraph.graphql and the persisted query manifest at run time (found
# beside package.json).
COPY --from=build /app/schema ./schema
COPY --from=build /app/persisted-queries/manifest.json ./persisted-queries/manifest.json
# The one place a process writes: local photo storage (a volume in docker-compose.yml).
RUN mkdir -p /app/var/media && chown node:node /app/var/media
USER node
EXPOSE 4000
CMD ["node", "dist/gateway/main.js"]
