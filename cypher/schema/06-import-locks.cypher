// What an import holds while it matches: one (:MatchLock {key}) per
// normalised name and country of the organisations it brings, made and
// removed inside the import's transaction (never committed). The unique key
// makes a second import bringing the same name in the same country wait
// until the first one commits, then match against its node.
CREATE CONSTRAINT match_lock_key IF NOT EXISTS FOR (l:MatchLock) REQUIRE l.key IS UNIQUE;
