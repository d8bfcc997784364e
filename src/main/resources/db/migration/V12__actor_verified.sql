-- When the organisation (or a moderator) last confirmed that an actor's record is still true.
alter table actor add column verified_on date;
