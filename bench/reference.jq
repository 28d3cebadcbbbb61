# jq's side of the benchmark: per principal, first use, last use, event count (an event repeated under
# the same _document_id counted once) and the longest idle gap between two uses, as TSV.
# Idiomatic jq: reduce the events into an object keyed by document id (which drops repeats), reduce
# that into each actor's times, then sort each actor's times. A GitHub App's `<slug>[bot]` is the
# principal `app:<slug>`, as lastseen names it; events without an actor are nobody's use.
# Written for jq 1.6 (Debian's): updates in a reduce copy the whole object unless the new value is
# bound first (`as $times`), and `//` or `+=` inside it make every update a copy (quadratic).
# Usage: jq -n -r -f bench/reference.jq export.jsonl
reduce (inputs | select(.actor != null and .actor != "") | [._document_id, .actor, ."@timestamp"]) as [$id, $actor, $at] ({};
  .[$id] = [$actor, $at])
| reduce .[] as [$actor, $at] ({}; (.[$actor] + [$at]) as $times | .[$actor] = $times)
| to_entries[]
| (.value | sort) as $t
| [(.key | if endswith("[bot]") then "app:" + .[:-5] else . end),
   $t[0], $t[-1], ($t | length),
   ([range(1; $t | length) as $i | $t[$i] - $t[$i - 1]] | max // 0)]
| @tsv
