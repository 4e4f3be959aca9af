# Multi-stage build: compile the client, then run the server with Node as a non-root user.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.base.json ./
COPY seed/package.json seed/
COPY server/package.json server/
COPY client/package.json client/
COPY tests/package.json tests/
RUN npm ci --no-audit --no-fund
COPY seed seed
COPY server server
COPY client client
RUN npm run build -w client && npm prune --omit=dev

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules node_modules
COPY --from=build --chown=node:node /app/seed seed
COPY --from=build --chown=node:node /app/server server
COPY --from=build --chown=node:node /app/client/dist client/dist
USER node
EXPOSE 3000
# Seed idempotently (MERGE), then serve. tsx runs the TypeScript sources under Node.
CMD ["sh", "-c", "node --import tsx seed/src/cli.ts && exec node --import tsx server/src/main.ts"]
