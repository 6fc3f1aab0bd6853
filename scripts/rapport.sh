#!/usr/bin/env bash
# Set up (first time only) and open Rapport. A new database gets demo clients
# so there is something to look at; pass --db PATH to use another database.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/rapport "$@" demo --customers 300 --if-empty >/dev/null
exec .venv/bin/rapport "$@"
