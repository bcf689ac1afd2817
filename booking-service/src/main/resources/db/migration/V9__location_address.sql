-- A location's postal address, as clients and staff read it (on the console, in messages): free text, several lines.
ALTER TABLE location ADD COLUMN address text;
ALTER TABLE location ADD CONSTRAINT location_address_length CHECK (char_length(address) <= 500);
