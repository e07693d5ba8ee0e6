# One image for every NEXORA Node service; docker-compose / Helm pick the service with the command.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
COPY gateway/package.json gateway/
COPY schema/package.json schema/
COPY subgraphs/kit/package.json subgraphs/kit/
COPY subgraphs/identity/package.json subgraphs/identity/
COPY subgraphs/crm/package.json subgraphs/crm/
COPY subgraphs/erp/package.json subgraphs/erp/
COPY subgraphs/analytics/package.json subgraphs/analytics/
COPY subgraphs/platform/package.json subgraphs/platform/
COPY web/package.json web/
# Dev dependencies are needed: services run their TypeScript through tsx.
RUN npm ci --include=dev --no-audit --no-fund
COPY tsconfig.base.json tsconfig.json ./
COPY schema schema
COPY subgraphs subgraphs
COPY gateway gateway
# The gateway enforces the web client's safelist (SAFELIST_MODE=enforce in docker-compose.yml).
COPY web/src/__generated__/persisted-documents.json web/src/__generated__/
USER node
CMD ["npm", "start", "-w", "gateway"]
