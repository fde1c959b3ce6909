-- The end-of-contract desk finds ended contracts by their end, and a client's registrations.
create index people_organisation_contract_end_ix on people_organisation (contract_end);
create index enrolment_registration_organisation on enrolment_registration (organisation_id);
