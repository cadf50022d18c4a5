-- H2 already compares strings as Java does (byte order for the ASCII ids); nothing to change. This file keeps the
-- version numbers of both databases in step.
SELECT 1;
