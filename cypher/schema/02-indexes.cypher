// Lookup indexes for the filters and sorts the API offers.
CREATE INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.name);
// The lower-case name the organisation list sorts by: read in index order, the
// first page of a whole-graph list needs no sort of every organisation.
CREATE INDEX organisation_sort_name IF NOT EXISTS FOR (n:Organisation) ON (n.sortName);
CREATE INDEX organisation_kind IF NOT EXISTS FOR (n:Organisation) ON (n.kind);
CREATE INDEX project_name IF NOT EXISTS FOR (n:Project) ON (n.name);
CREATE INDEX project_kind IF NOT EXISTS FOR (n:Project) ON (n.kind);
CREATE INDEX project_status IF NOT EXISTS FOR (n:Project) ON (n.status);
CREATE INDEX project_start_year IF NOT EXISTS FOR (n:Project) ON (n.startYear);
CREATE INDEX project_code IF NOT EXISTS FOR (n:Project) ON (n.code);
CREATE INDEX funding_source_name IF NOT EXISTS FOR (n:FundingSource) ON (n.name);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX participation_role IF NOT EXISTS FOR ()-[r:PARTICIPATES_IN]-() ON (r.role);
