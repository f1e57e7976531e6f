# enroll: PGXS build.  `make demo` and `make test` do all setup first
# (packages, build, install, a throwaway cluster), see README.md.

EXTENSION   = enroll
EXTVERSION  = $(shell sed -n "s/^default_version = '\(.*\)'/\1/p" enroll.control)
PG_MAJOR   ?= 15
PG_CONFIG  ?= $(firstword $(wildcard /usr/lib/postgresql/$(PG_MAJOR)/bin/pg_config) pg_config)

MODULE_big  = enroll

# The pure C99 sources, without PostgreSQL headers: linked into the server
# module, the unit tests and the fuzzers.
CORE_SRC = \
	src/cnid_core.c \
	src/idnorm.c \
	src/name_chars_core.c \
	src/name_keys_core.c \
	src/name_parse_core.c \
	src/name_score_core.c \
	src/strsim_core.c \
	src/uscc_core.c
# The server module's own sources: the SQL-callable functions of each concept
# and what they share.
MODULE_SRC = \
	src/cnid.c \
	src/compare.c \
	src/components.c \
	src/coverage.c \
	src/dedupe.c \
	src/dedupe_evidence.c \
	src/dedupe_guard.c \
	src/dedupe_result.c \
	src/enroll.c \
	src/fellegi_sunter.c \
	src/idno.c \
	src/insurance.c \
	src/names.c \
	src/linkage_shard.c \
	src/record_reader.c \
	src/register.c \
	src/register_batch.c \
	src/register_form.c \
	src/register_load_form.c \
	src/synth.c \
	src/synth_names.c \
	src/uscc.c
OBJS        = $(CORE_SRC:.c=.o) $(MODULE_SRC:.c=.o)
ifneq ($(filter-out $(CORE_SRC) $(MODULE_SRC),$(wildcard src/*.c)),)
$(error $(filter-out $(CORE_SRC) $(MODULE_SRC),$(wildcard src/*.c)) in neither CORE_SRC nor MODULE_SRC of the Makefile)
endif

# The install script is assembled from one part per concept, in file-name
# order, plus generated reference data.  An upgrade script is written in
# extension/upgrade/; where it creates a part that is new in its version, a
# line "-- @include extension/parts/NAME.sql" stands for the part, so that
# the part is written once; "-- @include-replace …" also turns its CREATE
# FUNCTION into CREATE OR REPLACE FUNCTION, for a part whose functions the
# older version had in part (same signatures; the upgrade test checks).
GENERATED_PARTS = build/parts/31_regions_data.sql
SCRIPT_PARTS    = $(wildcard extension/parts/*.sql) $(GENERATED_PARTS)
ORDERED_PARTS   = $(foreach f,$(sort $(notdir $(SCRIPT_PARTS))),$(filter %/$(f),$(SCRIPT_PARTS)))
UPGRADES    = $(notdir $(wildcard extension/upgrade/$(EXTENSION)--*.sql))
DATA_built  = $(EXTENSION)--$(EXTVERSION).sql $(UPGRADES)
# extension/enroll--0.1.0.sql is 0.1.0's install script as released, frozen: the
# base of the upgrade chain (ALTER EXTENSION enroll UPDATE).
DATA        = $(wildcard extension/$(EXTENSION)--*.sql)
DOCS        = data/LICENSES.md

REGRESS      = $(sort $(basename $(notdir $(wildcard sql/*.sql))))
REGRESS_OPTS = --inputdir=. --encoding=UTF8 --load-extension=enroll

PG_CPPFLAGS = -I$(srcdir)/src -I$(srcdir)/src/gen
EXTRA_CLEAN = build src/gen test/unit/*_test test/fuzz/*_fuzz

PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)
ifneq ($(PGXS),)
include $(PGXS)
# PGXS's Makefile.global knows how the server found ICU.
SHLIB_LINK += $(if $(ICU_LIBS),$(ICU_LIBS),-licui18n -licuuc -licudata)
PG_CPPFLAGS += $(ICU_CFLAGS)
# Tested on 15; 16 and 17 are guarded in the code but untested.  14 lacks
# security_invoker views, which the register needs.
ifeq ($(filter-out 15 16 17,$(MAJORVERSION)),$(MAJORVERSION))
$(error enroll needs PostgreSQL 15 to 17; $(PG_CONFIG) is $(VERSION))
endif
endif

src/gen/iso3166.h: tools/gen_iso3166.sh
	sh tools/gen_iso3166.sh /usr/share/iso-codes/json/iso_3166-1.json $@

$(OBJS): src/gen/iso3166.h $(wildcard src/*.h)

src/gen/unihan_names.h: tools/gen_unihan.py
	python3 tools/gen_unihan.py /usr/share/unicode $@

NAME_CORE = src/name_chars_core src/name_keys_core src/name_parse_core src/name_score_core
$(NAME_CORE:=.o) $(NAME_CORE:=.bc): src/gen/unihan_names.h

build/parts/31_regions_data.sql: data/regions.csv tools/gen_regions_sql.sh
	@mkdir -p build/parts
	sh tools/gen_regions_sql.sh data/regions.csv $@

$(EXTENSION)--$(EXTVERSION).sql: $(ORDERED_PARTS) enroll.control
	cat $(ORDERED_PARTS) > $@

$(UPGRADES): %.sql: extension/upgrade/%.sql $(wildcard extension/parts/*.sql)
	awk '$$1 == "--" && ($$2 == "@include" || $$2 == "@include-replace") { \
	         while ((getline line < $$3) > 0) { if ($$2 == "@include-replace") sub(/^CREATE FUNCTION /, "CREATE OR REPLACE FUNCTION ", line); print line } \
	         close($$3); next } { print }' $< > $@

# --- tests that need no server: C unit tests and the fuzz harness ---------
CORE_LIBS = -licuuc -licudata

test/unit/%_test: test/unit/%_test.c $(CORE_SRC) src/gen/iso3166.h $(wildcard src/*.h)
	$(CC) -std=c99 -O1 -g -Wall -Wextra -fsanitize=address,undefined -fno-sanitize-recover=all \
		-Isrc -o $@ $< $(CORE_SRC) $(CORE_LIBS)

test/fuzz/%_fuzz: test/fuzz/%_fuzz.c $(CORE_SRC) src/gen/iso3166.h $(wildcard src/*.h)
	clang -std=c99 -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
		-Isrc -o $@ $< $(CORE_SRC) $(CORE_LIBS)

UNIT_TESTS = $(patsubst %.c,%,$(wildcard test/unit/*_test.c))
FUZZERS    = $(patsubst %.c,%,$(wildcard test/fuzz/*_fuzz.c))

$(UNIT_TESTS) $(FUZZERS): src/gen/unihan_names.h

unit: $(UNIT_TESTS)
	@set -e; for t in $(UNIT_TESTS); do echo "== $$t"; ./$$t; done

fuzzers: $(FUZZERS)

# --- the two commands of README.md ------------------------------------------
demo:
	bash test/tools/run.sh demo

test:
	bash test/tools/run.sh test

.PHONY: demo test unit fuzzers

# --- enroll-load: the CSV loader of the register, a libpq client -
# Kept out of src/*.c (the server module); built and installed with it.
LOADER_CFLAGS = -std=c99 -O2 -Wall -Wextra -D_DEFAULT_SOURCE -DENROLL_VERSION='"$(EXTVERSION)"' -I$(shell $(PG_CONFIG) --includedir)
LOADER_SRC = src/loader/enroll_load.c src/loader/options.c src/loader/encoding.c \
	src/loader/csv.c src/loader/rejects.c src/loader/batch.c src/loader/jobs.c \
	src/loader/progress.c
ifneq ($(filter-out $(LOADER_SRC),$(wildcard src/loader/*.c)),)
$(error $(filter-out $(LOADER_SRC),$(wildcard src/loader/*.c)) not in LOADER_SRC of the Makefile)
endif
enroll-load: $(LOADER_SRC) src/loader/enroll_load.h enroll.control
	$(CC) $(LOADER_CFLAGS) -o $@ $(LOADER_SRC) -L$(shell $(PG_CONFIG) --libdir) -lpq
all: enroll-load
install: install-enroll-load
install-enroll-load: enroll-load
	$(INSTALL_PROGRAM) enroll-load '$(DESTDIR)$(bindir)/enroll-load'
EXTRA_CLEAN += enroll-load
.PHONY: install-enroll-load
