-- Nothing to change on H2 (see V3); keeps the versions of both databases in step.
SELECT 1;
