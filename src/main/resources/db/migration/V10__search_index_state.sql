-- Which version of the search mapping the index was last rebuilt with: an index written by an earlier mapping
-- is rebuilt at start-up.
create table search_index_state (
    id integer not null primary key,
    mapping_version varchar(60) not null,
    rebuilt_at timestamp not null
);
