-- Published questions and answers are public output (the plan page, /api/v1/plans/{id}/questions), so a
-- question answered, declined or asked makes the cached public answers stale like any other write to
-- public plan data (ADR 019).
CREATE TRIGGER dialogue_question_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON dialogue_question
  FOR EACH STATEMENT EXECUTE FUNCTION plans_public_generation_bump();
