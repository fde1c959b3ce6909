-- How a course is taxed where the organiser supplies it: at the standard rate, or exempt as
-- vocational training (Belgian VAT code Art. 44 §2 4°; Dutch Wet OB Art. 11 lid 1 onder o).
-- Billing applies it wherever the place of supply is the organiser's country. The courses
-- offered until now are taxed at the standard rate until staff say otherwise.
ALTER TABLE catalog_course ADD COLUMN vat VARCHAR(8) DEFAULT 'STANDARD' NOT NULL;
ALTER TABLE catalog_course ADD CONSTRAINT catalog_course_vat_ck CHECK (vat IN ('STANDARD', 'EXEMPT'));
