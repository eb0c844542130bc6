-- The forward plan filters on "has open partner requests" (issue 12 point 17), so a partner request posted
-- or closed makes the cached public counts and facets stale like any other write to public plan data
-- (ADR 019).
CREATE TRIGGER partners_request_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON partners_request
  FOR EACH STATEMENT EXECUTE FUNCTION plans_public_generation_bump();
