// One node per key: every id the graph uses is unique within its label.
// Named and IF NOT EXISTS, so applying this file twice is harmless.
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT funding_source_id IF NOT EXISTS FOR (n:FundingSource) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_code IF NOT EXISTS FOR (n:Country) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT programme_id IF NOT EXISTS FOR (n:Programme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT policy_area_id IF NOT EXISTS FOR (n:PolicyArea) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT task_id IF NOT EXISTS FOR (n:Task) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT resolution_id IF NOT EXISTS FOR (n:Resolution) REQUIRE n.id IS UNIQUE;
// One owner per name key: an organisation or funding source answers to each
// normalised name and alias through a (:NameKey) node, and the key is unique
// both on the node and on the edge to its owner, so two writers racing for
// one name cannot both win — the database refuses the second.
CREATE CONSTRAINT name_key_key IF NOT EXISTS FOR (k:NameKey) REQUIRE k.key IS UNIQUE;
CREATE CONSTRAINT name_key_owner IF NOT EXISTS FOR ()-[r:HAS_NAME_KEY]-() REQUIRE r.key IS UNIQUE;
