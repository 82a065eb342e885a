# Duban — thin entry points; the logic lives in scripts/.
.PHONY: run test fuzz build dev openapi lint-api bench chaos clean

run:      ## build everything, ensure PostgreSQL, load the demo plan, serve on http://localhost:8080
	scripts/run.sh

test:     ## every test: backend on PostgreSQL, contract drift and lint, Vitest, Playwright in Chromium, compose
	scripts/test.sh

fuzz:     ## API fuzzing (10,000 requests from openapi.yaml) and Jazzer on the import and plan-document parsers, within 10 minutes
	scripts/fuzz.sh

build:    ## SPA + packaged backend (backend/target/quarkus-app)
	scripts/build.sh

dev:      ## Quarkus dev mode + Vite dev server with proxy
	scripts/dev.sh

openapi:  ## regenerate openapi.yaml and the frontend's API types from the backend's annotations
	scripts/openapi.sh

bench:    ## the benchmark (BENCH_SCALE=national|province, BENCH_DURATION=30): prints the table, writes bench/results/
	BENCH_SCALE=$(BENCH_SCALE) BENCH_DURATION=$(BENCH_DURATION) scripts/bench.sh

chaos:    ## database-fault drills: PostgreSQL crash-restarted under write load, pool exhaustion (own cluster on :5439)
	scripts/chaos.sh

lint-api: ## lint openapi.yaml with Redocly against redocly.yaml (make test does it too)
	scripts/lint-api.sh

clean:    ## remove build output (keeps node_modules and the local database)
	cd backend && mvn -B -q clean
	rm -rf frontend/dist frontend/test-results frontend/playwright-report
