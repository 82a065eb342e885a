#!/usr/bin/env bash
# Checks the Kubernetes manifests `mvn package` generated (quarkus-kubernetes, docs/deploy.md):
# a Deployment with replicas, startup/readiness/liveness probes on the health endpoints, resource requests
# and limits, the database and the JWT keys from Secrets; a Service; a PodDisruptionBudget that selects the
# Deployment's pods.   scripts/k8s-check.sh [backend/target/kubernetes/kubernetes.yml]
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

file="${1:-$DUBAN_ROOT/backend/target/kubernetes/kubernetes.yml}"
[ -s "$file" ] || die "$file is missing: package the backend first (the quarkus-kubernetes extension writes it)"

# the document of one kind, from the multi-document YAML
doc() { awk -v kind="$1" '/^---/ { if (found) exit; buf = ""; next } { buf = buf $0 "\n" } $0 == "kind: " kind { found = 1 } END { if (found) printf "%s", buf }' "$file"; }
need() { # what document pattern
  grep -Eq -- "$3" <<<"$2" || die "$file: the $1 lacks $3"
}

deployment="$(doc Deployment)"
[ -n "$deployment" ] || die "$file: no Deployment"
for pattern in 'replicas: 2' 'startupProbe:' 'readinessProbe:' 'livenessProbe:' 'path: /q/health/ready' 'path: /q/health/live' \
  'path: /q/health/started' 'resources:' 'limits:' 'requests:' 'memory: 512Mi' 'cpu: 250m' 'MaxRAMPercentage' \
  'name: QUARKUS_DATASOURCE_JDBC_URL' 'name: QUARKUS_DATASOURCE_PASSWORD' 'secretKeyRef:' 'name: duban-db' \
  'secretName: duban-jwt' 'name: DUBAN_JWT_KEY_DIR' 'maxUnavailable: "?0"?'; do
  need Deployment "$deployment" "$pattern"
done
service="$(doc Service)"
[ -n "$service" ] || die "$file: no Service"
need Service "$service" 'targetPort: 8080'
pdb="$(doc PodDisruptionBudget)"
[ -n "$pdb" ] || die "$file: no PodDisruptionBudget"
need PodDisruptionBudget "$pdb" 'minAvailable: 1'
need PodDisruptionBudget "$pdb" 'app.kubernetes.io/name: duban'
need Deployment "$deployment" 'app.kubernetes.io/name: duban'
! grep -q '^kind: Job' "$file" || die "$file: a Job (Flyway init task) was generated"
log "kubernetes: $file has a Deployment (2 replicas, startup/readiness/liveness probes, requests and limits, Secrets), a Service and a PodDisruptionBudget"
