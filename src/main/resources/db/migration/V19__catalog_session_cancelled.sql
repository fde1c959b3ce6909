-- A session the organiser calls off: it leaves the calendar, takes no registrations, and its
-- participants are told.
alter table catalog_session add column cancelled_at timestamp with time zone;
