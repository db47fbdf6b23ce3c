// The write epoch: one (:WriteEpoch {key: 'graph'}) node that every write
// transaction moves on (analytics/advance-write-epoch). The key is unique, so
// two first writers racing to create it end with one node.
CREATE CONSTRAINT write_epoch_key IF NOT EXISTS FOR (e:WriteEpoch) REQUIRE e.key IS UNIQUE;
