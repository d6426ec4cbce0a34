"""Admin screens of the policy app: consultation responses, guide vocabularies and the review report."""
