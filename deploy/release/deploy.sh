#!/usr/bin/env bash
# Deploys one overlay at one image digest (the release workflow runs it for staging, then for
# production): settings and Secrets, the migration Job awaited, every Deployment's rollout awaited,
# then the smoke test through the gateway. When a rollout or the smoke test fails, every Deployment
# is rolled back to its previous revision and the script fails.
#
#   deploy/release/deploy.sh staging ghcr.io/owner/staygraph@sha256:...
#
# Needs kubectl (with KUBECONFIG for the cluster), kustomize, and npm dependencies installed (smoke).
set -euo pipefail
cd "$(dirname "$0")/../.."

overlay=${1:?usage: deploy.sh <overlay> <image@digest>}
image=${2:?usage: deploy.sh <overlay> <image@digest>}
for tool in kubectl kustomize npm; do
  command -v "$tool" >/dev/null || { echo "!! $tool is not installed" >&2; exit 1; }
done
[[ $image == *@sha256:* ]] || { echo "!! deploy by digest, not by tag: $image" >&2; exit 1; }
dir=deploy/kustomize/overlays/$overlay
namespace=$(awk '$1 == "namespace:" { print $2 }' "$dir/kustomization.yaml")
rendered=$(mktemp)
trap 'rm -f "$rendered"' EXIT

echo "== $overlay: $image into namespace $namespace"
(cd "$dir" && kustomize edit set image "staygraph=$image")
kubectl kustomize "$dir" >"$rendered"

echo "== namespace, settings and Secrets"
kubectl apply -f "$dir/namespace.yaml"
kubectl apply -f "$rendered" --selector app.kubernetes.io/component=config
if grep -q '^kind: ExternalSecret' "$rendered"; then
  kubectl -n "$namespace" wait externalsecret --selector app.kubernetes.io/component=config \
    --for=condition=Ready --timeout=3m
fi

echo "== migrations (before any new pod serves)"
kubectl -n "$namespace" delete job migrate --ignore-not-found --wait=true
kubectl apply -f "$rendered" --selector app.kubernetes.io/component=migration
kubectl -n "$namespace" wait job/migrate --for=condition=complete --timeout=15m &
complete=$!
kubectl -n "$namespace" wait job/migrate --for=condition=failed --timeout=15m >/dev/null &
failed=$!
first=
status=0
wait -n -p first "$complete" "$failed" || status=$?
kill "$complete" "$failed" 2>/dev/null || true
if [[ $first != "$complete" || $status -ne 0 ]]; then
  kubectl -n "$namespace" logs job/migrate --all-containers --tail=200 || true
  echo "!! migrations failed: nothing was rolled out" >&2
  exit 1
fi

deployments=$(kubectl apply -f "$rendered" -o name | grep '^deployment' || true)

rollback() {
  echo "!! $1: rolling back" >&2
  for deployment in $deployments; do
    kubectl -n "$namespace" rollout undo "$deployment" || echo "!! $deployment has no earlier revision" >&2
  done
  for deployment in $deployments; do
    kubectl -n "$namespace" rollout status "$deployment" --timeout=10m || true
  done
  exit 1
}

echo "== rollout"
for deployment in $deployments; do
  kubectl -n "$namespace" rollout status "$deployment" --timeout=10m || rollback "$deployment did not become ready"
done

echo "== smoke test through the gateway"
port=${DEPLOY_SMOKE_PORT:-14000}
kubectl -n "$namespace" port-forward service/gateway "$port:4000" >/dev/null &
forward=$!
trap 'kill "$forward" 2>/dev/null || true; rm -f "$rendered"' EXIT
for _ in $(seq 1 30); do
  if (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
  sleep 1
done
npm run --silent smoke -- "http://127.0.0.1:$port" || rollback "smoke test failed"
echo "== $overlay runs $image"
