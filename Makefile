# The two set-up commands: `make run` and `make test` (see README.md).
PY ?= python3
VENV := .venv
TEST_WORKERS ?= auto
BIN := $(VENV)/bin

.PHONY: run test lint bench eval clean

# The stamp is rebuilt whenever pyproject.toml changes, so a fresh clone or a new dependency installs itself.
# Our modules' bytecode is written at install and refreshed by run and test (compileall skips what is up to date):
# where PYTHONDONTWRITEBYTECODE is set, each start would otherwise compile every module of ours from source again (a
# tenth of the instructions of `ask`'s start-up).
$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,postgres]'
	$(BIN)/python -m compileall -q app.py bot intents policy_kb adapters
	touch $@

run: $(VENV)/.installed
	$(BIN)/python -m compileall -q app.py bot intents policy_kb adapters
	$(BIN)/python app.py serve

# The suite runs on every CPU (pytest-xdist): TEST_WORKERS=0 runs it in this one process, as plain pytest does.
test: $(VENV)/.installed
	$(BIN)/python -m compileall -q app.py bot intents policy_kb adapters
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -n $(TEST_WORKERS)

lint: $(VENV)/.installed
	$(BIN)/ruff check .

eval: $(VENV)/.installed
	$(BIN)/python app.py eval ../shared/eval/dev_questions.jsonl
	$(BIN)/python app.py eval tests/data/staff_questions.jsonl
	$(BIN)/python app.py eval tests/data/staff_questions_varied.jsonl
	$(BIN)/python app.py eval tests/data/fresh_questions.jsonl
	$(BIN)/python app.py eval tests/data/fresh_reports.jsonl
	$(BIN)/python app.py eval tests/data/persona_questions.jsonl
	$(BIN)/python app.py eval tests/data/persona_reports.jsonl
	$(BIN)/python app.py eval tests/data/voices_reports.jsonl
	$(BIN)/python app.py eval tests/data/mixed_reports.jsonl
	$(BIN)/python app.py eval tests/data/incident_reports.jsonl
	$(BIN)/python app.py eval tests/data/nearby_questions.jsonl
	$(BIN)/python app.py eval tests/data/paraphrase_questions.jsonl
	$(BIN)/python app.py eval tests/data/terse_questions.jsonl
	$(BIN)/python app.py eval tests/data/formal_questions.jsonl
	$(BIN)/python app.py eval tests/data/scenario_questions.jsonl
	$(BIN)/python app.py eval tests/data/plain_questions.jsonl
	$(BIN)/python app.py eval tests/data/secondhand_questions.jsonl
	$(BIN)/python app.py eval tests/data/search_questions.jsonl
	$(BIN)/python app.py eval tests/data/dictated_questions.jsonl
	$(BIN)/python app.py eval tests/data/edgecase_questions.jsonl
	$(BIN)/python app.py eval tests/data/distinction_questions.jsonl
	$(BIN)/python app.py eval tests/data/mobile_questions.jsonl
	$(BIN)/python app.py eval tests/data/newstarter_questions.jsonl
	$(BIN)/python app.py eval tests/data/whatif_questions.jsonl
	$(BIN)/python app.py eval tests/data/leader_questions.jsonl
	$(BIN)/python app.py eval tests/data/edge_questions.jsonl
	$(BIN)/python app.py eval tests/data/thread_questions.jsonl
	$(BIN)/python app.py eval tests/data/courteous_questions.jsonl
	$(BIN)/python app.py eval tests/data/polite_questions.jsonl
	$(BIN)/python app.py eval tests/data/story_questions.jsonl
	$(BIN)/python app.py eval tests/data/inset_questions.jsonl
	$(BIN)/python app.py eval tests/data/short_messages.jsonl
	$(BIN)/python app.py eval tests/data/short_unseen.jsonl
	$(BIN)/python app.py eval bench/data/heldout_questions.jsonl --quiet

bench: $(VENV)/.installed
	$(BIN)/python bench/bench_matcher.py
	$(BIN)/python bench/cross_validate.py
	$(BIN)/python bench/bench_slack.py
	$(BIN)/python bench/nearest_reply.py

clean:
	rm -rf $(VENV) .pytest_cache
