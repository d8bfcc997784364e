-- A search entry is one row: its facet values, territories and enclosing territories become space-separated
-- lists. The entries are derived data: they are emptied here and rebuilt from the modules at the next start
-- (the start-up check sees that the index and the entries differ).
drop table search_entry_facet;
drop table search_entry_territory;
drop table search_entry_within;
delete from search_entry;
delete from search_index_state;
alter table search_entry add column facet_values varchar(100000);
alter table search_entry add column territory_ids varchar(10000);
alter table search_entry add column within_ids varchar(100000);
