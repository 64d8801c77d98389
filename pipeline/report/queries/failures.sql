-- What could not be fetched or parsed, grouped by stage and reason.
SELECT stage, status, failures, example_url, example_error FROM v_failures;
