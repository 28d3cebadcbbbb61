# jq's side of the benchmark: per principal, first use, last use, event count (an event repeated under
# the same _document_id counted once) and the longest idle gap between two uses. The idiomatic way:
# one reduce over the events, then sort each principal's times. A GitHub App's `<slug>[bot]` is the
# principal `app:<slug>`, as lastseen names it; events without an actor are nobody's use.
# Usage: jq -n -r -f bench/reference.jq export.jsonl
reduce inputs as $e ({seen: {}, times: {}};
  ($e._document_id // null) as $id
  | if $id != null and .seen[$id] then .
    else
      (if $id != null then .seen[$id] = true else . end)
      | if ($e.actor // "") == "" then .
        else
          ($e.actor | if endswith("[bot]") then "app:" + .[:-5] else . end) as $principal
          | .times[$principal] += [$e."@timestamp"]
        end
    end)
| .times
| to_entries[]
| (.value | sort) as $t
| [.key, $t[0], $t[-1], ($t | length), ([range(1; $t | length) as $i | $t[$i] - $t[$i - 1]] | max // 0)]
| @tsv
