-- Open data shows how many companies are interested in a public plan (interestedCompanies), so a change
-- of interest makes the cached public answers stale like any other write to public plan data (ADR 019).
CREATE TRIGGER interest_plan_company_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON interest_plan_company
  FOR EACH STATEMENT EXECUTE FUNCTION plans_public_generation_bump();
