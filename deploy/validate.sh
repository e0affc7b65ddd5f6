#!/usr/bin/env bash
# Checks the deployment files that need a tool outside Maven: the compose file must be valid for
# docker-compose (no container engine needed). The Kubernetes manifests and the topic definitions
# are checked against the contract by the deploy/manifests module's test.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v docker-compose >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose) >/dev/null
fi
docker-compose -f compose/docker-compose.yml config --quiet
echo "deploy/compose/docker-compose.yml is valid"
