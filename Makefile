# Peripheral — the two commands are `make run` and `make test`; the rest are helpers they use.
SHELL := /bin/bash
MVN ?= mvn -B -ntp -q
FEED ?=
# synthetic feed hours: market (default: idle nights, weekends, holidays) or always
SYNTHETIC_HOURS ?=
SPEED ?= max

.PHONY: run test build stack-up stack-down stack-status download replay rebuild reconcile backfill bench strategy schemas clean

## make run: build, start the dev stack, every service and a feed; Ctrl-C stops all of it.
run: build
	@FEED="$(FEED)" SYNTHETIC_HOURS="$(SYNTHETIC_HOURS)" infra/local/run.sh

## make test: every test against a real test stack (own ports and data), stopped afterwards.
test:
	@infra/local/test.sh

build:
	$(MVN) -DskipTests install

stack-up:
	@infra/local/stack.sh up $(or $(STACK),dev)

stack-down:
	@infra/local/stack.sh down $(or $(STACK),dev)

stack-status:
	@infra/local/stack.sh status $(or $(STACK),dev)

## make download KIND=trades|quotes|minute_aggs|day_aggs FROM=day [TO=day] [DEST=flatfiles]: Polygon's flat files from
## its S3 endpoint (POLYGON_S3_ACCESS_KEY_ID/POLYGON_S3_SECRET_ACCESS_KEY) into DEST, laid out as the bucket;
## resumable, complete files are skipped. Then: make replay ROOT=flatfiles/us_stocks_sip/trades_v1 FROM=...
download:
	@test -n "$(FROM)" || { echo "usage: make download KIND=trades|quotes|minute_aggs|day_aggs FROM=2024-01-02 [TO=2024-01-05] [DEST=flatfiles]"; exit 2; }
	@infra/local/feed.sh download --kind "$(or $(KIND),trades)" --from "$(FROM)" $(if $(TO),--to "$(TO)") --dest "$(or $(DEST),flatfiles)"

## make replay FILES=path[,path|dir] [SPEED=max|1x|10x] [ID=name]: replay Polygon flat files (trades, quotes,
## minute/day aggregates; kind from the header) into a running stack; or ROOT=dir FROM=day [TO=day] [KIND=...] for a
## date range over the YYYY/MM/YYYY-MM-DD.csv.gz layout.
replay:
	@test -n "$(FILES)$(ROOT)" || { echo "usage: make replay FILES=path/to/trades.csv.gz [SPEED=max|1x|10x]  or  make replay ROOT=flatfiles/us_stocks_sip/quotes_v1 FROM=2024-01-02 [TO=2024-01-05] [KIND=trades|quotes|minute_aggs|day_aggs]"; exit 2; }
	@infra/local/feed.sh replay $(if $(FILES),--files "$(FILES)") $(if $(ROOT),--root "$(ROOT)" --from "$(FROM)" $(if $(TO),--to "$(TO)")) $(if $(KIND),--kind "$(KIND)") --speed "$(SPEED)" $(if $(ID),--id "$(ID)") $(if $(REBUILD),--rebuild)

## make rebuild FILES=trades-2024-01-02.csv.gz (or ROOT=.../trades_v1 FROM=2024-01-02): the end-of-day rebuild, a
## replay of the day's trades flat file whose bars supersede that day's live/replayed/backfilled bars (source=rebuild).
rebuild:
	@$(MAKE) --no-print-directory replay REBUILD=1

## make reconcile DATE=YYYY-MM-DD [AGGS=minute_aggs.csv.gz,day_aggs.csv.gz | FLATFILES=dir/us_stocks_sip |
## REST=1 [SYMBOLS=AAPL,MSFT]] [FAIL_ON_DIFF=1]: our 1m and 1d bars of that day against Polygon's aggregates (flat
## files, or REST /v2/aggs with POLYGON_API_KEY; SYMBOLS default: those with our 1m bars), per symbol and field.
reconcile:
	@test -n "$(DATE)" || { echo "usage: make reconcile DATE=2024-01-02 [AGGS=path[,path]] [FLATFILES=dir/us_stocks_sip] [REST=1 [SYMBOLS=AAPL,MSFT]]"; exit 2; }
	@infra/local/feed.sh reconcile --date "$(DATE)" $(if $(AGGS),--aggs "$(AGGS)") $(if $(FLATFILES),--root "$(FLATFILES)") $(if $(REST),--rest $(if $(SYMBOLS),--symbols "$(SYMBOLS)")) $(if $(FAIL_ON_DIFF),--fail-on-diff)

## make backfill SYMBOLS=AAPL,MSFT FROM=2024-01-02 [TO=2024-01-03] [ID=name]: load whole New York days of trades
## through Polygon REST (POLYGON_API_KEY) into a running stack; their bars get source=backfill.
backfill:
	@test -n "$(SYMBOLS)" -a -n "$(FROM)" || { echo "usage: make backfill SYMBOLS=AAPL,MSFT FROM=2024-01-02 [TO=2024-01-03]"; exit 2; }
	@infra/local/feed.sh backfill --symbols "$(SYMBOLS)" --from "$(FROM)" $(if $(TO),--to "$(TO)") $(if $(ID),--id "$(ID)")

## make bench: throughput benchmarks, printed as tables (see docs/performance.md).
bench:
	@infra/local/bench.sh

## make strategy ARGS="check examples/sma_cross.py": the strategy command line.
strategy:
	@infra/local/strategy.sh $(ARGS)

## make schemas: regenerate schemas/asyncapi.yaml and schemas/json/*.schema.json from the topic catalog.
schemas:
	$(MVN) -f schemas/pom.xml -DskipTests package exec:java -Dexec.mainClass=io.peripheral.schemas.docs.ContractDocs -Dexec.args="$(CURDIR)/schemas"

clean:
	$(MVN) clean
