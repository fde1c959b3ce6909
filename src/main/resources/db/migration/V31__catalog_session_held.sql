-- When a session was found over (the end hour of its last day passed) and announced to the
-- modules that act on it, such as certification; set once, so it is announced once, by
-- whichever node finds it first. Sessions over before this migration count as announced:
-- certificates for those were issued by staff, as before.
alter table catalog_session add column held_at timestamp with time zone;
update catalog_session set held_at = current_timestamp where last_day < current_date;
