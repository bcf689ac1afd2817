-- Availability reads a window of the diary at a time (a day first): what occupies the chain's therapists and rooms
-- during it. The exclusion constraints' GiST indexes lead with the therapist or the room, so a window of a whole
-- chain walked most of one of them (about 300 pages for a day of a 20-branch chain with a year of history); this
-- index leads with the chain and the time, so the same day is some 20 pages.
CREATE INDEX diary_block_tenant_time ON diary_block USING gist (tenant, tstzrange(starts_at, blocked_until));
