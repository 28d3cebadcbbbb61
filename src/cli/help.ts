// --help texts: they teach the tool, with examples a person can paste.

export const HELP = `lastseen — prove that every non-human identity is still owned, rotated and used

Usage:
  lastseen scan    [options]           judge every identity in lastseen.yml against its telemetry
  lastseen explain <identity> [options] show the evidence behind one identity's verdicts
  lastseen init    [options]           write a starting lastseen.yml from telemetry and the repository

Common options:
  -c, --config <file>     the inventory (default: lastseen.yml, then .github/lastseen.yml)
  -w, --workspace <dir>   every input must lie inside it (default: the current folder)
      --now <time>        evaluate at this time (ISO 8601), so runs are reproducible
  -h, --help              help for a command: lastseen scan --help
  -V, --version           print the version

Exit codes: 0 nothing blocks · 1 a finding at or above --fail-on · 2 bad input or usage (with file:line)

Examples:
  lastseen scan                                   # table on the terminal
  lastseen scan --format json --output lastseen.json --now 2026-11-25T00:00:00Z
  lastseen scan --fail-on critical --quiet        # exit code only, for scripts
  lastseen explain ci-deployer                    # why is ci-deployer inactive?

Docs: README.md, docs/config.md (the inventory), docs/sources.md (telemetry formats), docs/rules.md.
`;

export const SCAN_HELP = `lastseen scan — judge every identity in lastseen.yml against its usage telemetry

Usage: lastseen scan [options]

Options:
  -c, --config <file>     the inventory (default: lastseen.yml, then .github/lastseen.yml)
  -w, --workspace <dir>   every input path must resolve inside it (default: the current folder)
      --now <time>        evaluate at this ISO 8601 time instead of the clock
  -f, --format <format>   table (default), json, sarif, markdown or html
  -o, --output <file>     write the report to a file instead of standard output
      --fail-on <level>   lowest severity that fails the run: none, low, medium, high, critical
                          (default: the config's policy.fail-on, else high)
  -q, --quiet             print nothing but errors; the exit code tells the result
  -v, --verbose           list every subject in the table, not only those that are not active
      --repo <owner/name>   the repository live GitHub sources read (default: GITHUB_REPOSITORY);
                          the token comes from GITHUB_TOKEN, the API from GITHUB_API_URL

Colour is used only when standard output is a terminal and NO_COLOR is not set. A progress line
(bytes of each export read) appears only on a terminal, never in CI logs.

Exit codes: 0 nothing blocks · 1 something blocks · 2 bad input or usage (with file:line)

Examples:
  lastseen scan --now 2026-11-25T12:00:00Z --format json > report.json
  lastseen scan --format markdown --output summary.md --fail-on none
`;

export const EXPLAIN_HELP = `lastseen explain — the evidence behind one subject's verdicts

Usage: lastseen explain <identity-or-principal> [options]

Shows the owner, the principals and credentials claimed, the sources that cover it and the window
they observe, the last meaningful use, a week-by-week timeline of use, the hours of the week it is
active at, and every finding with its evidence and remediation.

Options:
  -c, --config <file>     the inventory (default: lastseen.yml, then .github/lastseen.yml)
  -w, --workspace <dir>   every input path must resolve inside it
      --now <time>        evaluate at this ISO 8601 time
      --json              print the subject and its findings as JSON

Example:
  lastseen explain ci-deployer --now 2026-11-25T12:00:00Z
`;

export const INIT_HELP = `lastseen init — write a starting lastseen.yml

Usage: lastseen init [options]

Reads the sources of an existing config (--config), or those given with --source, and writes an
inventory with every principal they show as an identity with owner: null, to be filled in. It
never overwrites a file.

Options:
  -o, --output <file>          where to write (default: lastseen.yml in the current folder)
  -c, --config <file>          take the sources from this config
  -s, --source <type>=<path>   a telemetry export to read (repeatable), e.g.
                               --source aws-iam-credential-report=telemetry/credential-report.csv
      --repo <owner/name>      the repository of live GitHub sources (default: GITHUB_REPOSITORY)
  -w, --workspace <dir>        every input path must resolve inside it
      --now <time>             evaluate at this ISO 8601 time

Example:
  lastseen init --source github-audit-log=exports/audit.jsonl --output lastseen.yml
`;
