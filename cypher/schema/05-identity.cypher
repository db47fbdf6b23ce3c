// One owner per external identifier: an organisation or funder holds each
// identifier (`SCHEME:value`, or `SCHEME:programme:value`) through an
// (:Identifier) node, and the key is unique both on the node and on the edge
// to its owner (Community edition has no node keys), so two writers claiming
// one identifier cannot both win: the database refuses the second.
CREATE CONSTRAINT identifier_key IF NOT EXISTS FOR (i:Identifier) REQUIRE i.key IS UNIQUE;
CREATE CONSTRAINT identifier_owner IF NOT EXISTS FOR ()-[r:HAS_IDENTIFIER]-() REQUIRE r.key IS UNIQUE;
// Search finds an identifier by its value exactly, whatever its scheme.
CREATE INDEX identifier_value IF NOT EXISTS FOR (i:Identifier) ON (i.value);
// The review queue: one candidate per pair of organisations.
CREATE CONSTRAINT duplicate_candidate_id IF NOT EXISTS FOR (c:DuplicateCandidate) REQUIRE c.id IS UNIQUE;
CREATE INDEX duplicate_candidate_score IF NOT EXISTS FOR (c:DuplicateCandidate) ON (c.score);
